"""Detect a file's format from its first bytes, never from its name."""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path

from models.documents import FileFormat

log = logging.getLogger(__name__)

SNIFF_BYTES = 2048
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGICS = (
    b"\xff\xd8\xff",  # JPEG
    b"\x89PNG\r\n\x1a\n",
    b"II*\x00",  # TIFF, little-endian
    b"MM\x00*",  # TIFF, big-endian
    b"BM",  # BMP
    b"GIF87a",
    b"GIF89a",
)


def detect_format(path: Path) -> FileFormat:
    """Return the format of ``path`` judged by its content.

    The file name is consulted only to tell apart formats whose bytes look the same
    (an OLE container is a legacy .doc or .xls).
    """
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if not head:
        return FileFormat.EMPTY
    # The PDF header may be preceded by junk; readers accept it within the first 1 KiB.
    if b"%PDF-" in head[:1024]:
        return FileFormat.PDF
    if head.startswith(b"PK\x03\x04"):
        return _detect_zip_format(path)
    if head.startswith(_OLE_MAGIC):
        return FileFormat.LEGACY_XLS if path.suffix.lower() == ".xls" else FileFormat.LEGACY_DOC
    if head.startswith(_IMAGE_MAGICS) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return FileFormat.IMAGE
    return FileFormat.UNKNOWN


def _detect_zip_format(path: Path) -> FileFormat:
    """Tell a DOCX from an XLSX or a plain ZIP by the package's part names."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        # A damaged package: trust the name only for choosing which reader reports it.
        suffix = path.suffix.lower()
        return FileFormat.DOCX if suffix == ".docx" else FileFormat.ZIP
    if "word/document.xml" in names:
        return FileFormat.DOCX
    if "xl/workbook.xml" in names:
        return FileFormat.XLSX
    return FileFormat.ZIP
