"""Deterministic generator of realistic Indonesian office documents for Bukti.

The package builds format-independent :class:`~sample_docs.spec.DocumentSpec` objects from
templates (one family per evidence type of the LKE Zona Integritas, plus documents that are
not evidence), renders them to DOCX and PDF, writes deliberately broken files, and assembles
the shipped demo evidence tree and a labelled training corpus. Everything is a pure function
of a seed, so two runs produce the same bytes.

Command line::

    python -m sample_docs.demo DEST             # demo tree + DEST.manifest.json beside it
    python -m sample_docs.corpus DEST --per-type 30 --workers 2   # DEST/files, DEST/manifest.json
"""

from __future__ import annotations
