"""The DOCX extractor reads exactly what python-docx's own API reads, only faster.

``extractors.docx`` walks the WordprocessingML with lxml instead of calling python-docx's
``Paragraph.text``, ``Run.text`` and ``_Row.cells``. The reference below is the walk it
replaced, written against python-docx's public API; every test compares the two byte for
byte (errors included) on generated documents, hostile files, hand-built edge cases and
random WordprocessingML.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import sys
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.table import Table
from docx.text.paragraph import Paragraph
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import docx as docx_extractor
from extractors.limits import check_package_size
from models.errors import CorruptFile, NoTextFound
from models.options import ExtractOptions
from sample_docs import faults
from sample_docs.render import render_docx_bytes
from sample_docs.templates import ALL_TEMPLATES
from sample_docs.units import UNITS

sys.path.insert(1, str(Path(__file__).resolve().parents[1] / "pipeline"))
from hostile_tree import TEST_LIMITS, hostile_cases  # noqa: E402

OPTIONS = ExtractOptions()


# -- The reference: the python-docx API walk that extractors.docx used before. ----------------


def reference_block_lines(container) -> list[str]:
    lines: list[str] = []
    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(reference_table_lines(block))
    return lines


def reference_table_lines(table: Table) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            parts = [p.text for p in cell.paragraphs]
            for nested in cell.tables:
                parts.extend(reference_table_lines(nested))
            cells.append(" ".join(part for part in parts if part.strip()))
        lines.append(" | ".join(cells))
    return lines


def reference_header_footer_lines(document: DocxDocument) -> list[str]:
    lines: list[str] = []
    seen: set[str] = set()
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.footer):
            if part.is_linked_to_previous:
                continue
            text = "\n".join(reference_block_lines(part)).strip()
            if text and text not in seen:
                seen.add(text)
                lines.append(text)
    return lines


def reference_extract(data: bytes, options: ExtractOptions) -> tuple[str, str]:
    """(body, header_text) as the python-docx API walk gives them, after the same limits."""
    check_package_size(data, max_unpacked=options.max_unpacked_bytes, max_members=options.max_archive_members)
    try:
        document = docx.Document(io.BytesIO(data))
        body = "\n".join(reference_block_lines(document))
        header = "\n".join(reference_header_footer_lines(document))
    except docx_extractor._DOCX_FAILURES as error:
        raise CorruptFile(detail="DOCX") from error
    if not body.strip() and not header.strip():
        raise NoTextFound()
    return body, header


def outcome(read) -> tuple[str, str] | str:
    """The text a reader returns, or the name of the exception it raises."""
    try:
        return read()
    except Exception as error:  # noqa: BLE001 - the exception class is what is compared
        return type(error).__name__


def assert_same_as_reference(data: bytes, tmp_path: Path, options: ExtractOptions = OPTIONS) -> None:
    path = tmp_path / "document.docx"
    path.write_bytes(data)

    def new() -> tuple[str, str]:
        extracted = docx_extractor.extract(path, options=options)
        assert extracted.pages[0] is not None
        return extracted.pages[0], extracted.header_text

    assert outcome(new) == outcome(lambda: reference_extract(data, options))


def docx_bytes(document: DocxDocument) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# -- Generated documents. --------------------------------------------------------------------


def test_demo_tree_reads_as_python_docx_reads_it(demo_tree, tmp_path):
    root, _ = demo_tree
    files = sorted(root.rglob("*.docx"))
    assert len(files) > 10
    for path in files:
        data = path.read_bytes()
        assert_same_as_reference(data, tmp_path)


@pytest.mark.parametrize("template_id", sorted(ALL_TEMPLATES))
def test_every_corpus_template_reads_as_python_docx_reads_it(template_id, tmp_path):
    # Units, dates and seeds vary so that optional layouts (letterhead in the page header,
    # signature pairs, long tables) are drawn across the templates.
    index = sorted(ALL_TEMPLATES).index(template_id)
    unit = UNITS[index % len(UNITS)]
    date = dt.date(2022, 1, 3) + dt.timedelta(days=13 * index)
    spec = ALL_TEMPLATES[template_id](unit, date, random.Random(f"docx-test:{template_id}"))
    assert_same_as_reference(render_docx_bytes(spec), tmp_path)


def test_hostile_docx_files_fail_or_read_as_python_docx(tmp_path):
    checked = 0
    for name, write, _reason in hostile_cases():
        if not name.endswith((b".docx", b".pdf")):
            continue
        path = tmp_path / "case"
        write(path)
        if not path.is_file() or path.is_symlink():
            path.unlink()
            continue
        data = path.read_bytes()
        path.unlink()
        if not data.startswith(b"PK"):
            continue
        assert_same_as_reference(data, tmp_path, TEST_LIMITS)
        checked += 1
    assert checked >= 4


@pytest.mark.parametrize("mode", ["mangled_xml", "not_docx"])
def test_corrupt_docx_fails_as_before(mode, tmp_path):
    assert_same_as_reference(faults.corrupt_docx_bytes(mode=mode), tmp_path)


# -- Hand-built documents. -------------------------------------------------------------------

W = nsdecls("w")
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def document_with(*body_xml: str) -> bytes:
    """A python-docx document with raw WordprocessingML blocks appended to its body."""
    document = docx.Document()
    body = document.element.body
    for xml in body_xml:
        body.insert(len(body) - 1, parse_xml(xml))  # before the final w:sectPr
    return docx_bytes(document)


def paragraph_xml(inner: str) -> str:
    return f"<w:p {W} {R_NS}>{inner}</w:p>"


RUN_CASES = {
    "text": "<w:r><w:t>Nomor 12</w:t></w:r>",
    "preserved spaces": '<w:r><w:t xml:space="preserve">  dua  </w:t></w:r>',
    "empty w:t": "<w:r><w:t/><w:t>x</w:t></w:r>",
    "tab and ptab": '<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>c</w:t></w:r>',
    "line break": "<w:r><w:t>a</w:t><w:br/><w:t>b</w:t></w:r>",
    "textWrapping break": '<w:r><w:t>a</w:t><w:br w:type="textWrapping"/><w:t>b</w:t></w:r>',
    "page and column breaks": '<w:r><w:t>a</w:t><w:br w:type="page"/><w:t>b</w:t><w:br w:type="column"/><w:t>c</w:t></w:r>',
    "unknown break type": '<w:r><w:t>a</w:t><w:br w:type="sideways"/><w:t>b</w:t></w:r>',
    "carriage return": "<w:r><w:t>a</w:t><w:cr/><w:t>b</w:t></w:r>",
    "non-breaking hyphen": "<w:r><w:t>e</w:t><w:noBreakHyphen/><w:t>Gov</w:t><w:softHyphen/></w:r>",
    "hyperlink": '<w:r><w:t>lihat </w:t></w:r><w:hyperlink r:id="rId99"><w:r><w:t>situs</w:t></w:r><w:r><w:tab/><w:t>web</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r>',
    "insertion and deletion": '<w:ins w:id="1" w:author="a"><w:r><w:t>baru</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>lama</w:delText></w:r></w:del><w:r><w:t>tetap</w:t></w:r>',
    "smart tag, sdt, simple field": '<w:smartTag w:uri="u" w:element="e"><w:r><w:t>tag</w:t></w:r></w:smartTag><w:sdt><w:sdtContent><w:r><w:t>sdt</w:t></w:r></w:sdtContent></w:sdt><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t>isi</w:t></w:r>',
    "complex field": '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
    "run in run properties order": '<w:r><w:rPr><w:b/></w:rPr><w:lastRenderedPageBreak/><w:t>tebal</w:t><w:drawing/><w:sym w:char="F0B7"/></w:r>',
    "comments and processing instructions": "<w:r><!-- c --><w:t>a<!-- d -->b</w:t><?pi x?><w:tab/></w:r>",
    "hyperlink with nested wrappers": '<w:hyperlink w:anchor="x"><w:ins w:id="3" w:author="a"><w:r><w:t>no</w:t></w:r></w:ins><w:r><w:t>yes</w:t></w:r></w:hyperlink>',
}


@pytest.mark.parametrize("inner", RUN_CASES.values(), ids=RUN_CASES.keys())
def test_run_content_reads_as_python_docx_reads_it(inner, tmp_path):
    data = document_with(paragraph_xml("<w:r><w:t>awal</w:t></w:r>"), paragraph_xml(inner))
    assert_same_as_reference(data, tmp_path)


def test_breaks_tabs_and_hyperlinks_built_through_python_docx(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("Kolom\tberikut\nbaris baru")
    paragraph.add_run("halaman").add_break(WD_BREAK.PAGE)
    paragraph.add_run("kolom").add_break(WD_BREAK.COLUMN)
    paragraph.add_run("baris").add_break(WD_BREAK.LINE)
    document.add_paragraph("")
    document.add_paragraph("   ")
    data = docx_bytes(document)
    assert_same_as_reference(data, tmp_path)
    path = tmp_path / "doc.docx"
    path.write_bytes(data)
    body = docx_extractor.extract(path, options=OPTIONS).pages[0]
    assert body == "Kolom\tberikut\nbaris baru" + "halaman" + "kolom" + "baris\n" + "\n\n   "


def test_merged_nested_and_empty_cells_built_through_python_docx(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=4, cols=4)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"r{r}c{c}"
    table.cell(0, 0).merge(table.cell(0, 2))  # horizontal
    table.cell(1, 0).merge(table.cell(3, 0))  # vertical
    table.cell(1, 1).merge(table.cell(2, 2))  # both
    table.cell(3, 3).text = ""
    nested = table.cell(3, 2).add_table(rows=2, cols=2)
    nested.cell(0, 0).text = "dalam"
    nested.cell(1, 0).merge(nested.cell(1, 1))
    nested.cell(1, 0).add_table(rows=1, cols=1).cell(0, 0).text = "lebih dalam"
    document.add_table(rows=2, cols=2)  # all empty
    document.add_paragraph("setelah tabel")
    data = docx_bytes(document)
    assert_same_as_reference(data, tmp_path)
    path = tmp_path / "doc.docx"
    path.write_bytes(data)
    lines = docx_extractor.extract(path, options=OPTIONS).pages[0].split("\n")
    assert lines[0] == "r0c0 r0c1 r0c2 | r0c3"
    # A vertically merged cell repeats on each row, as python-docx's row.cells gives it.
    assert lines[1].startswith("r1c0 r2c0 r3c0 | r1c1 r1c2 r2c1 r2c2")
    assert lines[2].startswith("r1c0 r2c0 r3c0 | r1c1 r1c2 r2c1 r2c2")


def test_headers_and_footers_over_sections(tmp_path):
    document = docx.Document()
    document.add_paragraph("isi satu")
    first = document.sections[0]
    first.header.paragraphs[0].text = "KOP\tSURAT"
    first.header.add_table(rows=1, cols=2, width=first.page_width).cell(0, 1).text = "sel kop"
    first.different_first_page_header_footer = True
    first.first_page_header.paragraphs[0].text = "halaman pertama"
    first.footer.paragraphs[0].text = "Halaman"
    second = document.add_section(WD_SECTION.NEW_PAGE)
    document.add_paragraph("isi dua")
    second.footer.is_linked_to_previous = False
    second.footer.paragraphs[0].text = "Halaman"  # same text: read once
    third = document.add_section(WD_SECTION.NEW_PAGE)
    third.header.is_linked_to_previous = False
    third.header.paragraphs[0].text = "kop lain"
    assert_same_as_reference(docx_bytes(document), tmp_path)


def test_header_only_document_and_empty_document(tmp_path):
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "hanya kop"
    assert_same_as_reference(docx_bytes(document), tmp_path)
    assert_same_as_reference(docx_bytes(docx.Document()), tmp_path)


def document_with_references(*references: str) -> bytes:
    """A document with a real header and footer, and raw references added to its sectPr."""
    document = docx.Document()
    document.add_paragraph("isi")
    section = document.sections[0]
    section.header.paragraphs[0].text = "kop"
    section.even_page_header.paragraphs[0].text = "kop genap"
    section.footer.paragraphs[0].text = "kaki"
    sect_pr = section._sectPr
    for xml in references:
        sect_pr.insert(0, parse_xml(xml))
    return docx_bytes(document)


def reference_xml(kind: str, attributes: str) -> str:
    return f"<w:{kind}Reference {W} {R_NS} {attributes}/>"


REFERENCE_CASES = {
    "none added": [],
    "dangling rId": [reference_xml("header", 'w:type="first" r:id="rId999"')],
    "no rId": [reference_xml("header", 'w:type="first"')],
    "first of two defaults wins": [reference_xml("header", 'w:type="default" r:id="rId999"')],
    "unknown type ignored": [reference_xml("header", 'w:type="odd" r:id="rId999"')],
    "no type ignored": [reference_xml("footer", 'r:id="rId999"')],
}


@pytest.mark.parametrize("references", REFERENCE_CASES.values(), ids=REFERENCE_CASES.keys())
def test_header_and_footer_references_resolve_as_python_docx_resolves_them(references, tmp_path):
    assert_same_as_reference(document_with_references(*references), tmp_path)


def table_xml(rows: list[str], *, grid: int = 4) -> str:
    cols = "".join('<w:gridCol w:w="1000"/>' for _ in range(grid))
    return f"<w:tbl {W}><w:tblPr/><w:tblGrid>{cols}</w:tblGrid>{''.join(rows)}</w:tbl>"


def tc_xml(text: str, props: str = "", *, extra: str = "") -> str:
    tc_pr = f"<w:tcPr>{props}</w:tcPr>" if props else ""
    return f"<w:tc>{tc_pr}<w:p><w:r><w:t>{text}</w:t></w:r></w:p>{extra}</w:tc>"


def tr(*cells: str, tr_pr: str = "") -> str:
    props = f"<w:trPr>{tr_pr}</w:trPr>" if tr_pr else ""
    return "<w:tr>" + props + "".join(cells) + "</w:tr>"


def span(value: str) -> str:
    return '<w:gridSpan w:val="' + value + '"/>'


def v_merge(value: str | None = None) -> str:
    return "<w:vMerge/>" if value is None else '<w:vMerge w:val="' + value + '"/>'


TABLE_CASES = {
    "gridBefore and gridAfter": [
        tr(tc_xml("a"), tc_xml("b"), tr_pr='<w:gridBefore w:val="1"/><w:gridAfter w:val="1"/>'),
        tr(tc_xml("c"), tc_xml("d"), tc_xml("e"), tc_xml("f")),
        tr(tc_xml("g", v_merge()), tc_xml("h"), tr_pr='<w:gridBefore w:val="1"/>'),
    ],
    "vMerge restart and continue chains": [
        tr(tc_xml("top", v_merge("restart")), tc_xml("x")),
        tr(tc_xml("hidden", v_merge()), tc_xml("y")),
        tr(tc_xml("hidden2", v_merge("continue")), tc_xml("z", v_merge())),
    ],
    "spans under a vertical merge": [
        tr(tc_xml("wide", span("2") + v_merge("restart")), tc_xml("r")),
        tr(tc_xml("", span("2") + v_merge()), tc_xml("s")),
    ],
    "continuation in the first row": [tr(tc_xml("a", v_merge()))],
    "continuation with nothing above": [tr(tc_xml("a")), tr(tc_xml("b"), tc_xml("c", v_merge()))],
    "zero and negative spans": [tr(tc_xml("a", span("0")), tc_xml("b", span("-1")), tc_xml("c"))],
    "span that is not a number": [tr(tc_xml("a", span("dua")))],
    "span without a value": [tr(tc_xml("a", "<w:gridSpan/>"))],
    "vMerge with an odd value": [tr(tc_xml("a")), tr(tc_xml("b", v_merge("lanjut")))],
    "cell properties without merges": [tr(tc_xml("a", '<w:tcW w:w="10" w:type="dxa"/>'))],
    "cell with tables before paragraphs": [
        "<w:tr><w:tc><w:tbl><w:tblPr/><w:tblGrid/>"
        + tr(tc_xml("dalam"))
        + "</w:tbl><w:p><w:r><w:t>luar</w:t></w:r></w:p><w:p/><w:p><w:r><w:t> </w:t></w:r></w:p></w:tc></w:tr>"
    ],
    "wrapped cells and rows": [
        tr("<w:sdt><w:sdtContent>" + tc_xml("sdt") + "</w:sdtContent></w:sdt>", tc_xml("biasa")),
        "<w:customXml>" + tr(tc_xml("custom")) + "</w:customXml>",
    ],
    "row without cells": ["<w:tr/>", tr(tc_xml("a"))],
}


@pytest.mark.parametrize("rows", TABLE_CASES.values(), ids=TABLE_CASES.keys())
def test_table_layouts_read_as_python_docx_reads_them(rows, tmp_path):
    data = document_with(paragraph_xml("<w:r><w:t>judul</w:t></w:r>"), table_xml(rows))
    assert_same_as_reference(data, tmp_path)


@pytest.mark.parametrize(
    "data",
    [
        document_with(
            paragraph_xml("<w:r><w:t>judul</w:t></w:r>"), table_xml([tr(tc_xml("a", "<w:gridSpan/>"))])
        ),
        document_with_references(reference_xml("header", 'w:type="default"')),
    ],
    ids=["span without a value", "header reference without r:id"],
)
def test_xml_missing_a_required_attribute_is_a_corrupt_file(data, tmp_path):
    path = tmp_path / "rusak.docx"
    path.write_bytes(data)
    with pytest.raises(CorruptFile):
        docx_extractor.extract(path, options=OPTIONS)


def test_body_blocks_wrapped_in_sdt_are_skipped_as_before(tmp_path):
    data = document_with(
        paragraph_xml("<w:r><w:t>a</w:t></w:r>"),
        f"<w:sdt {W}><w:sdtContent><w:p><w:r><w:t>dalam sdt</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    )
    assert_same_as_reference(data, tmp_path)


# -- Random WordprocessingML. ----------------------------------------------------------------

RUN_ITEMS = st.sampled_from(
    [
        "<w:t>kata</w:t>",
        '<w:t xml:space="preserve"> spasi </w:t>',
        "<w:t/>",
        "<w:tab/>",
        "<w:ptab/>",
        "<w:br/>",
        '<w:br w:type="page"/>',
        '<w:br w:type="column"/>',
        '<w:br w:type="textWrapping"/>',
        "<w:cr/>",
        "<w:noBreakHyphen/>",
        "<w:softHyphen/>",
        "<w:delText>hapus</w:delText>",
        "<w:instrText>PAGE</w:instrText>",
        "<w:lastRenderedPageBreak/>",
        "<w:rPr><w:i/></w:rPr>",
    ]
)
RUNS = st.lists(RUN_ITEMS, max_size=5).map(lambda items: f"<w:r>{''.join(items)}</w:r>")
PARAGRAPH_ITEMS = st.one_of(
    RUNS,
    RUNS.map(
        lambda r: f'<w:hyperlink w:anchor="a">{r}<w:ins w:id="1" w:author="x">{r}</w:ins></w:hyperlink>'
    ),
    RUNS.map(lambda r: f'<w:ins w:id="1" w:author="x">{r}</w:ins>'),
    RUNS.map(lambda r: f'<w:smartTag w:uri="u" w:element="e">{r}</w:smartTag>'),
    RUNS.map(lambda r: f'<w:fldSimple w:instr="PAGE">{r}</w:fldSimple>'),
    st.just('<w:pPr><w:jc w:val="center"/></w:pPr>'),
)
PARAGRAPHS = st.lists(PARAGRAPH_ITEMS, max_size=4).map(lambda items: f"<w:p>{''.join(items)}</w:p>")
CELL_PROPS = st.sampled_from(
    [
        "",
        '<w:tcW w:w="10" w:type="dxa"/>',
        '<w:gridSpan w:val="2"/>',
        '<w:gridSpan w:val="0"/>',
        '<w:vMerge w:val="restart"/>',
        "<w:vMerge/>",
        '<w:gridSpan w:val="2"/><w:vMerge/>',
    ]
)


@st.composite
def tables(draw, depth: int = 0) -> str:
    rows = []
    for _ in range(draw(st.integers(0, 3))):
        tr_pr = draw(st.sampled_from(["", '<w:trPr><w:gridBefore w:val="1"/></w:trPr>']))
        cells = []
        for _ in range(draw(st.integers(0, 3))):
            props = draw(CELL_PROPS)
            blocks = draw(st.lists(PARAGRAPHS, min_size=1, max_size=2))
            if depth < 2 and draw(st.integers(0, 3)) == 0:
                blocks.insert(draw(st.integers(0, len(blocks))), draw(tables(depth + 1)))
            tc_pr = f"<w:tcPr>{props}</w:tcPr>" if props else ""
            cells.append(f"<w:tc>{tc_pr}{''.join(blocks)}</w:tc>")
        rows.append(f"<w:tr>{tr_pr}{''.join(cells)}</w:tr>")
    return f'<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="1"/></w:tblGrid>{"".join(rows)}</w:tbl>'


BODIES = st.lists(st.one_of(PARAGRAPHS, tables()), min_size=1, max_size=4)


# One document reused by every example: the walks are compared in memory, since opening
# and saving a package per example would take most of the time.
RANDOM_DOCUMENT = docx.Document()


@settings(max_examples=200, deadline=None)
@given(blocks=BODIES)
def test_random_wordprocessingml_reads_as_python_docx_reads_it(blocks):
    body = RANDOM_DOCUMENT.element.body
    for block in list(body)[:-1]:  # keep the final w:sectPr
        body.remove(block)
    for block in parse_xml(f"<w:body {W}>{''.join(blocks)}</w:body>"):
        body.insert(len(body) - 1, block)
    new = outcome(lambda: docx_extractor._block_lines(body))
    assert new == outcome(lambda: reference_block_lines(RANDOM_DOCUMENT))
