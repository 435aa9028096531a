"""Text from DOCX files through python-docx: body in reading order, tables, headers, footers."""

from __future__ import annotations

import io
import logging
import zipfile
import zlib
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from extractors.limits import check_package_size, read_evidence_bytes
from models.documents import ExtractedText, FileFormat
from models.errors import CorruptFile, NoTextFound
from models.options import ExtractOptions

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".docx",)
EXTRACTOR_NAME = "python-docx"
# python-docx lets these escape from Document() on damaged files (python-docx PR #1562).
_DOCX_FAILURES = (
    PackageNotFoundError,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    XMLSyntaxError,
)


def extract(path: Path, *, options: ExtractOptions) -> ExtractedText:
    """Read paragraphs and tables in document order, plus section headers and footers.

    The package is read once into memory (within ``options.max_file_bytes``) and its
    unpacked size checked before python-docx, which loads every part, sees it.

    Raises:
        FileTooLarge: the file is over ``options.max_file_bytes``.
        ArchiveTooLarge: the package unpacks to more than ``options.max_unpacked_bytes``.
        CorruptFile: the package or its XML is damaged.
        NoTextFound: the document holds no text at all.

    """
    data = read_evidence_bytes(path, max_bytes=options.max_file_bytes)
    check_package_size(data, max_unpacked=options.max_unpacked_bytes, max_members=options.max_archive_members)
    try:
        document = docx.Document(io.BytesIO(data))
        body = "\n".join(_block_lines(document))
        header = "\n".join(_header_footer_lines(document))
    except _DOCX_FAILURES as error:
        raise CorruptFile(detail="DOCX") from error
    if not body.strip() and not header.strip():
        raise NoTextFound()
    return ExtractedText(
        format=FileFormat.DOCX,
        extractor=EXTRACTOR_NAME,
        pages=(body,),
        header_text=header,
        page_count=1,
    )


def _block_lines(container: DocxDocument) -> list[str]:
    lines: list[str] = []
    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_table_lines(block))
    return lines


def _table_lines(table: Table) -> list[str]:
    """One line per row, cells joined by ' | '; merged cells are read once."""
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            # A merged cell appears once per grid column it spans.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            parts = [p.text for p in cell.paragraphs]
            for nested in cell.tables:
                parts.extend(_table_lines(nested))
            cells.append(" ".join(part for part in parts if part.strip()))
        lines.append(" | ".join(cells))
    return lines


def _header_footer_lines(document: DocxDocument) -> list[str]:
    lines: list[str] = []
    seen: set[str] = set()
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.footer):
            if part.is_linked_to_previous:
                continue
            text = "\n".join(_block_lines(part)).strip()
            if text and text not in seen:
                seen.add(text)
                lines.append(text)
    return lines
