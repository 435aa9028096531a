"""Detect a file's format from its first bytes, never from its name."""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path
from typing import BinaryIO

from extractors.limits import open_evidence
from models.documents import FileFormat

log = logging.getLogger(__name__)

SNIFF_BYTES = 2048
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Stream names in an OLE directory, by priority: encryption first, then Word, then Excel.
_OLE_STREAMS = {
    "EncryptedPackage".encode("utf-16-le"): FileFormat.ENCRYPTED_OFFICE,
    "WordDocument".encode("utf-16-le"): FileFormat.LEGACY_DOC,
    "Workbook".encode("utf-16-le"): FileFormat.LEGACY_XLS,
    "Book".encode("utf-16-le") + b"\x00\x00": FileFormat.LEGACY_XLS,  # Excel 5/95
}
_OLE_NAME_MAX = 64
_OLE_SCAN_CHUNK = 1 << 20
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

    The file is opened through :func:`extractors.limits.open_evidence`, so a pipe, device or
    link is refused rather than read. The file name is consulted only when the bytes cannot
    tell (an OLE container whose streams are not recognised; a damaged ZIP).
    """
    with open_evidence(path) as handle:
        head = handle.read(SNIFF_BYTES)
        if not head:
            return FileFormat.EMPTY
        # The PDF header may be preceded by junk; readers accept it within the first 1 KiB.
        if b"%PDF-" in head[:1024]:
            return FileFormat.PDF
        if head.startswith(b"PK\x03\x04"):
            return _detect_zip_format(handle, path)
        if head.startswith(_OLE_MAGIC):
            return _detect_ole_format(handle, path)
    if head.startswith(_IMAGE_MAGICS) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return FileFormat.IMAGE
    return FileFormat.UNKNOWN


def _detect_zip_format(handle: BinaryIO, path: Path) -> FileFormat:
    """Tell a DOCX from an XLSX or a plain ZIP by the package's part names."""
    try:
        handle.seek(0)
        with zipfile.ZipFile(handle) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        # A damaged package: trust the name only for choosing which reader reports it.
        suffix = path.suffix.lower()
        return FileFormat.DOCX if suffix == ".docx" else FileFormat.ZIP
    if "word/document.xml" in names:
        return FileFormat.DOCX
    if "xl/workbook.xml" in names:
        return FileFormat.XLSX
    return FileFormat.ZIP


def _detect_ole_format(handle: BinaryIO, path: Path) -> FileFormat:
    """Tell a Word 97 file from an Excel 97 file or a password-protected DOCX/XLSX.

    All three are OLE compound files. Their directory entries (128 bytes each, in sectors
    that start at multiples of 512 bytes) begin with the stream name in UTF-16LE, so a
    name found at an offset that is a multiple of 128 is a directory entry, not text that
    happens to contain it. Office's password protection wraps the whole DOCX/XLSX in an
    ``EncryptedPackage`` stream: that file is encrypted, not legacy, whatever its name.
    Reading is bounded by the file size limit checked before extraction.
    """
    found: set[bytes] = set()
    handle.seek(0)
    offset = 0
    tail = b""
    while chunk := handle.read(_OLE_SCAN_CHUNK):
        data = tail + chunk
        base = offset - len(tail)
        for name in _OLE_STREAMS:
            start = data.find(name)
            while start != -1:
                if (base + start) % 128 == 0:
                    found.add(name)
                    break
                start = data.find(name, start + 1)
        offset += len(chunk)
        tail = data[-_OLE_NAME_MAX:]
    for name, detected in _OLE_STREAMS.items():
        if name in found:
            return detected
    return FileFormat.LEGACY_XLS if path.suffix.lower() in (".xls", ".xlt") else FileFormat.LEGACY_DOC
