"""Images of documents (scans, phone photos).

Until OCR is available every image is reported as having no text layer.
"""

from __future__ import annotations

import logging
from pathlib import Path

from models.documents import ExtractedText
from models.errors import NoTextFound
from models.options import ExtractOptions

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".webp")


def extract(path: Path, *, options: ExtractOptions) -> ExtractedText:
    """Raise :class:`NoTextFound`: images have no text layer and OCR is not yet wired in."""
    raise NoTextFound()
