"""Imported by the readers' fork server: every reader forked from it starts warm.

It imports the extractors (through :mod:`pipeline.sandbox`) and loads the classifier, so a
new reader costs a ``fork``, not imports and a model load.
"""

from __future__ import annotations

import contextlib

from models.errors import BuktiError
from pipeline import analysis, sandbox  # noqa: F401 - imported for the readers

# A missing or corrupt artifact is reported by the scan itself (exit 5), not here.
with contextlib.suppress(BuktiError):
    analysis.classifier()
