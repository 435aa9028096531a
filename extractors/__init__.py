"""Text extraction: one module per format behind one small interface.

``extract_text(path, options=...)`` detects the format from the bytes and dispatches through
:data:`EXTRACTORS`; adding a format means adding a module and a row. Extractors only read
and never write anywhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from extractors import docx, image, pdf
from extractors.detect import detect_format
from models.documents import ExtractedText, FileFormat
from models.errors import EmptyFile, EncryptedFile, LegacyOfficeFormat, UnsupportedFormat
from models.options import ExtractOptions

log = logging.getLogger(__name__)

Extractor = Callable[..., ExtractedText]

EXTRACTORS: dict[FileFormat, Extractor] = {
    FileFormat.PDF: pdf.extract,
    FileFormat.DOCX: docx.extract,
    FileFormat.IMAGE: image.extract,
}

_UNSUPPORTED_KIND = {
    FileFormat.XLSX: "Excel (XLSX)",
    FileFormat.ZIP: "ZIP",
    FileFormat.UNKNOWN: "tidak dikenal",
}


def extract_text(path: Path, *, options: ExtractOptions) -> ExtractedText:
    """Detect the format of ``path`` from its bytes and extract its text.

    Raises:
        DocumentError: any reason this one file cannot be read.

    """
    detected = detect_format(path)
    extractor = EXTRACTORS.get(detected)
    if extractor is not None:
        return extractor(path, options=options)
    if detected == FileFormat.EMPTY:
        raise EmptyFile()
    if detected == FileFormat.ENCRYPTED_OFFICE:
        # A password-protected DOCX/XLSX is an OLE container holding the encrypted package.
        raise EncryptedFile()
    if detected in (FileFormat.LEGACY_DOC, FileFormat.LEGACY_XLS):
        raise LegacyOfficeFormat(kind=f".{detected.value}")
    raise UnsupportedFormat(kind=_UNSUPPORTED_KIND.get(detected, detected.value))


__all__ = ["EXTRACTORS", "ExtractedText", "detect_format", "extract_text"]
