"""Renderers turning a :class:`~sample_docs.spec.DocumentSpec` into DOCX or PDF bytes."""

from __future__ import annotations

import logging
from pathlib import Path

from sample_docs.render.docx import render_docx, render_docx_bytes
from sample_docs.render.pdf import render_pdf, render_pdf_bytes
from sample_docs.spec import DocumentSpec

log = logging.getLogger(__name__)

__all__ = ["render", "render_bytes", "render_docx", "render_docx_bytes", "render_pdf", "render_pdf_bytes"]


def render_bytes(spec: DocumentSpec, fmt: str) -> bytes:
    """Render a spec to ``"docx"`` or ``"pdf"`` bytes.

    Raises:
        ValueError: For any other format.

    """
    if fmt == "docx":
        return render_docx_bytes(spec)
    if fmt == "pdf":
        return render_pdf_bytes(spec)
    raise ValueError(f"unsupported format {fmt!r}")


def render(spec: DocumentSpec, path: Path) -> None:
    """Render a spec to ``path``, choosing the format from its suffix."""
    path.write_bytes(render_bytes(spec, path.suffix.lower().lstrip(".")))
