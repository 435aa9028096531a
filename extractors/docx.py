"""Text from DOCX files through python-docx: body in reading order, tables, headers, footers.

python-docx opens the package (and reports damage); the text is then read by walking the
WordprocessingML once with lxml. python-docx's own ``Paragraph.text``, ``Run.text``,
``_Row.cells`` and ``Section.header`` answer the same questions with an XPath query per
paragraph, run, cell and header, which cost more than opening the package
(``bench/docx_speed.py``). The walk below gives their output byte for byte
(``tests/extractors/test_docx.py`` compares the two on every generated document and on
random WordprocessingML); what is rare and intricate (vertical merges, ``gridSpan`` values,
header relationship ids) is still delegated to python-docx's element classes, so it reads
and fails as before.
"""

from __future__ import annotations

import io
import logging
import zipfile
import zlib
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.exceptions import InvalidXmlError
from docx.oxml.ns import nsmap, qn
from docx.oxml.section import CT_HdrFtrRef
from docx.oxml.table import CT_Tc
from lxml import etree
from lxml.etree import XMLSyntaxError, _Element

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
    InvalidXmlError,  # a required attribute is missing (a header reference without r:id)
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
        body = "\n".join(_block_lines(document.element.body))
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


_P = qn("w:p")
_TBL = qn("w:tbl")
_TR = qn("w:tr")
_TC = qn("w:tc")
_TC_PR = qn("w:tcPr")
_GRID_SPAN = qn("w:gridSpan")
_V_MERGE = qn("w:vMerge")
_R = qn("w:r")
_HYPERLINK = qn("w:hyperlink")
_T = qn("w:t")
_BR = qn("w:br")
_W_TYPE = qn("w:type")
# Text equivalents of run content, as python-docx's CT_R.text gives them (docx/oxml/text/run.py).
_RUN_SYMBOLS = {qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}
_RUN_TEXT_TAGS = (_T, _BR, *_RUN_SYMBOLS)
# Section properties as python-docx's CT_Document.sectPr_lst finds them, in document order.
_SECTION_PROPERTIES = etree.XPath("./w:body/w:p/w:pPr/w:sectPr | ./w:body/w:sectPr", namespaces=nsmap)
_READ_REFERENCES = (
    (qn("w:headerReference"), "default"),
    (qn("w:headerReference"), "first"),
    (qn("w:footerReference"), "default"),
)


def _block_lines(container: _Element) -> list[str]:
    """Lines of the ``w:p`` and ``w:tbl`` children of a body, header, footer or cell.

    Only direct children count, as in python-docx: content wrapped in ``w:sdt``,
    ``w:customXml`` or ``w:ins`` is not read.
    """
    lines: list[str] = []
    for block in container.iterchildren(_P, _TBL):
        if block.tag == _P:
            lines.append(_paragraph_text(block))
        else:
            lines.extend(_table_lines(block))
    return lines


def _paragraph_text(p: _Element) -> str:
    """``Paragraph.text``: runs that are children of the paragraph or of its hyperlinks.

    Runs inside ``w:ins``, ``w:del``, ``w:smartTag``, ``w:sdt`` or ``w:fldSimple`` are
    skipped, as python-docx skips them.
    """
    parts: list[str] = []
    for item in p.iterchildren(_R, _HYPERLINK):
        if item.tag == _R:
            _add_run_text(item, parts)
        else:
            for run in item.iterchildren(_R):
                _add_run_text(run, parts)
    return "".join(parts)


def _add_run_text(run: _Element, parts: list[str]) -> None:
    """Append ``Run.text`` of ``run`` to ``parts``."""
    for item in run.iterchildren(*_RUN_TEXT_TAGS):
        tag = item.tag
        if tag == _T:
            parts.append(item.text or "")
        elif tag == _BR:
            # A line break (the default type) reads as a newline; page and column breaks
            # read as nothing, and so does any unknown type.
            break_type = item.get(_W_TYPE)
            if break_type is None or break_type == "textWrapping":
                parts.append("\n")
        else:
            parts.append(_RUN_SYMBOLS[tag])


def _table_lines(table: _Element) -> list[str]:
    """One line per row, cells joined by ' | '; merged cells are read once.

    A cell continuing a vertical merge reads as the cell that starts the merge, as
    python-docx's ``_Row.cells`` gives it, so its text repeats on every row it spans.
    """
    lines: list[str] = []
    for tr in table.iterchildren(_TR):
        cells: list[str] = []
        # Cells with merge properties read so far in this row; holding them keeps the
        # identity checks valid. A plain cell is always its own, distinct cell.
        merged: list[_Element] = []
        for tc in tr.iterchildren(_TC):
            if _has_merge_properties(tc):
                cell = _merged_cell(tc)
                if cell is None or any(cell is other for other in merged):
                    continue
                merged.append(cell)
            else:
                cell = tc
            parts = [_paragraph_text(p) for p in cell.iterchildren(_P)]
            for nested in cell.iterchildren(_TBL):
                parts.extend(_table_lines(nested))
            cells.append(" ".join(part for part in parts if part.strip()))
        lines.append(" | ".join(cells))
    return lines


def _has_merge_properties(tc: _Element) -> bool:
    """Whether the cell's ``w:tcPr`` (the first, as python-docx reads it) spans or merges."""
    # iterchildren() with a tag is much cheaper than find(), which goes through ElementPath.
    tc_pr = next(tc.iterchildren(_TC_PR), None)
    return tc_pr is not None and next(tc_pr.iterchildren(_V_MERGE, _GRID_SPAN), None) is not None


def _merged_cell(tc: CT_Tc) -> CT_Tc | None:
    """The ``w:tc`` holding the content shown at ``tc``; None if it spans no grid column.

    Goes through python-docx's ``CT_Tc`` properties, so malformed values fail (or read)
    exactly as ``_Row.cells`` does: a continuation in the first row raises ValueError, a
    non-numeric span raises ValueError, and a span of zero or less drops the cell.
    """
    while tc.vMerge == "continue":
        tc = tc._tc_above
    return tc if tc.grid_span > 0 else None


def _header_footer_lines(document: DocxDocument) -> list[str]:
    """Each section's default header, first-page header and default footer, each text once.

    Read as python-docx's ``Section.header`` / ``first_page_header`` / ``footer`` give them:
    a section without its own reference is linked to the previous one and skipped here.
    """
    lines: list[str] = []
    seen: set[str] = set()
    related_parts = document.part.related_parts
    for sect_pr in _SECTION_PROPERTIES(document.element):
        for reference in _header_footer_references(sect_pr):
            # The rId property and the lookup fail as python-docx's do on a broken package.
            element = related_parts[reference.rId].element
            text = "\n".join(_block_lines(element)).strip()
            if text and text not in seen:
                seen.add(text)
                lines.append(text)
    return lines


def _header_footer_references(sect_pr: _Element) -> list[CT_HdrFtrRef]:
    """The default header, first-page header and default footer references, those present.

    Like python-docx's ``get_headerReference()``, the first reference of a type counts.
    """
    references: list[CT_HdrFtrRef] = []
    for tag, kind in _READ_REFERENCES:
        reference = next((ref for ref in sect_pr.iterchildren(tag) if ref.get(_W_TYPE) == kind), None)
        if reference is not None:
            references.append(reference)
    return references
