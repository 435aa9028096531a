"""Render a :class:`~sample_docs.spec.DocumentSpec` to DOCX with python-docx.

The output looks like what Indonesian offices type in Word: a centred bold letterhead with a
double rule under it (sometimes in the page header, so extractors must read headers), label
columns laid out as borderless tables (``Menimbang : a. …``), gridded tables, a signature block
in the right half of the page. Bytes are deterministic: core properties are fixed and the
package is written once, with fixed timestamps and a stable entry order.

Tables are built as WordprocessingML and inserted into the python-docx document: the
python-docx table API recomputes the cell grid on every access and made table-heavy
documents several times slower to render.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.pkgwriter import PackageWriter
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from sample_docs.render.layout import column_widths
from sample_docs.spec import (
    Block,
    DocumentSpec,
    Heading,
    KeyValue,
    KopSurat,
    Numbered,
    PageBreak,
    Paragraph,
    Signature,
    SignaturePair,
    Table,
    Title,
    kop_roles,
    list_markers,
    signature_lines,
)

log = logging.getLogger(__name__)

#: Fixed timestamp for core properties. Deliberately unrelated to any document date, so that
#: nothing downstream can take file metadata for the effective date.
FIXED_DATETIME = dt.datetime(2020, 1, 1, 0, 0, 0)  # noqa: TID251 - core properties need a datetime
ZIP_DATE = (1980, 1, 1, 0, 0, 0)

_FONTS = {"Times": ("Times New Roman", 12), "Helvetica": ("Arial", 11), "Courier": ("Courier New", 10)}
_ALIGN = {
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
_JC = {"justify": "both", "left": "left", "center": "center", "right": "right"}
_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_TEXT_WIDTH_CM = 16.0
_TWIPS_PER_CM = 566.93
_TWIPS_PER_PT = 20


@dataclass(frozen=True)
class _Line:
    """One paragraph inside a table cell."""

    text: str
    bold: bool = False
    underline: bool = False
    size: float | None = None
    align: str = "left"


def render_docx(spec: DocumentSpec, path: Path) -> None:
    """Write the document as DOCX to ``path``.

    Args:
        spec: The document.
        path: Destination file.

    """
    path.write_bytes(render_docx_bytes(spec))


def render_docx_bytes(spec: DocumentSpec) -> bytes:
    """Return the document as deterministic DOCX bytes."""
    doc = Document(io.BytesIO(_template_bytes()))
    _setup(doc, spec)
    body_blocks = list(spec.blocks)
    if spec.header_in_docx_header and body_blocks and isinstance(body_blocks[0], KopSurat):
        kop = body_blocks.pop(0)
        header = doc.sections[0].header
        _add_kop(header.paragraphs[0], header, kop)  # type: ignore[arg-type]
    _add_footer(doc, spec)
    for block in body_blocks:
        _add_block(doc, block)
    _fix_properties(doc, spec)
    return _package_bytes(doc)


_KEEP_STYLES = {
    "Normal",
    "DefaultParagraphFont",
    "TableNormal",
    "NoList",
    "Header",
    "HeaderChar",
    "Footer",
    "FooterChar",
    "TableGrid",
}
_DROP_PARTS = {"word/stylesWithEffects.xml", "docProps/thumbnail.jpeg"}


@functools.lru_cache(maxsize=1)
def _template_bytes() -> bytes:
    """python-docx's default template, trimmed to what the renderer uses.

    The stock template carries 164 styles, ~140 latent-style entries, a second
    ``stylesWithEffects.xml`` and a thumbnail: about 800 KB of XML that every document would
    parse, serialise and compress. Dropping them makes rendering several times faster and
    the files a fraction of the size, and Word opens the result unchanged.
    """
    raw = io.BytesIO()
    Document().save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    items: dict[str, bytes] = {}
    for name in src.namelist():
        if name in _DROP_PARTS:
            continue
        data = src.read(name)
        if name == "word/styles.xml":
            data = _trim_styles(data)
        elif name in ("[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"):
            text = data.decode("utf-8")
            text = re.sub(r'<Override PartName="/word/stylesWithEffects.xml"[^>]*/>', "", text)
            text = re.sub(r'<Default Extension="jpeg"[^>]*/>', "", text)
            text = re.sub(r"<Relationship [^>]*(stylesWithEffects|thumbnail)[^>]*/>", "", text)
            data = text.encode("utf-8")
        items[name] = data
    return _zip_entries(items)


def _trim_styles(data: bytes) -> bytes:
    root = etree.fromstring(data)
    for child in list(root):
        tag = etree.QName(child).localname
        if tag == "latentStyles" or (tag == "style" and child.get(qn("w:styleId")) not in _KEEP_STYLES):
            root.remove(child)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


class _Collector:
    """Stands in for python-docx's zip writer and keeps the parts in memory."""

    def __init__(self) -> None:
        self.items: dict[str, bytes] = {}

    def write(self, pack_uri: object, blob: bytes) -> None:
        self.items[pack_uri.membername] = blob  # type: ignore[attr-defined]


def _package_bytes(doc: DocxDocument) -> bytes:
    """Serialize the package once, deterministically.

    ``Document.save`` writes a zip with the current time on every entry; re-zipping it
    doubles the compression work. The part serialisation steps of python-docx's
    ``PackageWriter`` (pinned python-docx 1.2.0) are reused with an in-memory collector, and
    the zip is written here with fixed timestamps.
    """
    package = doc.part.package
    parts = list(package.iter_parts())
    collector = _Collector()
    PackageWriter._write_content_types_stream(collector, parts)
    PackageWriter._write_pkg_rels(collector, package.rels)
    PackageWriter._write_parts(collector, parts)
    return _zip_entries(collector.items)


def _zip_entries(items: dict[str, bytes]) -> bytes:
    # [Content_Types].xml stays first, where Word expects it; the rest follow in name order.
    ordered = sorted(items, key=lambda n: (n != "[Content_Types].xml", n))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in ordered:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, items[name])
    return out.getvalue()


def _setup(doc: DocxDocument, spec: DocumentSpec) -> None:
    section = doc.sections[0]
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.left_margin = Cm(2.5)
    section.right_margin = Cm(2.0)
    section.top_margin = Cm(2.0)
    section.bottom_margin = Cm(2.0)
    section.header_distance = Cm(1.0)
    font_name, size = _FONTS.get(spec.font, _FONTS["Times"])
    normal = doc.styles["Normal"]
    normal.font.name = font_name
    normal.font.size = Pt(size)
    # python-docx sets only the ASCII font; East Asian/complex-script fonts must be set too
    # or Word substitutes its theme font for some characters.
    rfonts = normal.element.rPr.rFonts
    rfonts.set(qn("w:eastAsia"), font_name)
    rfonts.set(qn("w:cs"), font_name)
    fmt = normal.paragraph_format
    fmt.space_after = Pt(3)
    fmt.space_before = Pt(0)
    fmt.line_spacing = 1.1


def _fix_properties(doc: DocxDocument, spec: DocumentSpec) -> None:
    props = doc.core_properties
    props.author = spec.unit_name
    props.last_modified_by = spec.unit_name
    props.title = ""
    props.subject = ""
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.revision = 1
    props.created = FIXED_DATETIME
    props.modified = FIXED_DATETIME
    props.last_printed = FIXED_DATETIME


def _add_footer(doc: DocxDocument, spec: DocumentSpec) -> None:
    if not (spec.footer_text or spec.page_numbers):
        return
    footer = doc.sections[0].footer
    par = footer.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if spec.footer_text:
        run = par.add_run(spec.footer_text + ("   " if spec.page_numbers else ""))
        run.font.size = Pt(8)
    if spec.page_numbers:
        run = par.add_run("Halaman ")
        run.font.size = Pt(8)
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        fld.append(parse_xml(f"<w:r {_W_NS}><w:t>1</w:t></w:r>"))
        par._p.append(fld)


def _add_kop(first: DocxParagraph, container: object, kop: KopSurat) -> None:
    """Write letterhead lines starting at ``first``; the last line gets a double rule."""
    par = first
    for i, (line, role) in enumerate(zip(kop.lines, kop_roles(kop.lines), strict=False)):
        if i > 0:
            par = container.add_paragraph()  # type: ignore[attr-defined]
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        par.paragraph_format.space_after = Pt(0)
        run = par.add_run(line)
        if role == "address":
            run.font.size = Pt(9)
        else:
            run.bold = True
            run.font.size = Pt(15 if role == "unit" else 13)
    p_pr = par._p.get_or_add_pPr()
    p_pr.append(
        parse_xml(
            f'<w:pBdr {_W_NS}><w:bottom w:val="thickThinSmallGap" w:sz="24" w:space="1" '
            'w:color="000000"/></w:pBdr>'
        )
    )


def _add_block(doc: DocxDocument, block: Block) -> None:
    if isinstance(block, KopSurat):
        _add_kop(doc.add_paragraph(), doc, block)
        doc.add_paragraph()
    elif isinstance(block, Title):
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        par.paragraph_format.space_after = Pt(0)
        run = par.add_run(block.text)
        run.bold = True
        run.underline = block.underline
        run.font.size = Pt(block.size)
    elif isinstance(block, Heading):
        par = doc.add_paragraph()
        par.alignment = _ALIGN[block.align]
        par.paragraph_format.space_before = Pt(6)
        par.add_run(block.text).bold = True
    elif isinstance(block, Paragraph):
        par = doc.add_paragraph()
        par.alignment = _ALIGN[block.align]
        if block.indent_first:
            par.paragraph_format.first_line_indent = Cm(1.25)
        par.add_run(block.text).bold = block.bold
    elif isinstance(block, Numbered):
        _add_numbered(doc, block)
    elif isinstance(block, KeyValue):
        _add_keyvalue(doc, block)
    elif isinstance(block, Table):
        _add_table(doc, block)
    elif isinstance(block, Signature):
        _add_signatures(doc, None, block)
    elif isinstance(block, SignaturePair):
        _add_signatures(doc, block.left, block.right)
    elif isinstance(block, PageBreak):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _run_xml(line: _Line) -> str:
    props = ""
    if line.bold:
        props += "<w:b/>"
    if line.underline:
        props += '<w:u w:val="single"/>'
    if line.size:
        half = round(line.size * 2)
        props += f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(line.text)}</w:t></w:r>'


def _cell_xml(lines: list[_Line], width_cm: float, shade: bool = False) -> str:
    fill = '<w:shd w:val="clear" w:color="auto" w:fill="E0E0E0"/>' if shade else ""
    paras = "".join(
        f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="{_JC[ln.align]}"/></w:pPr>'
        f"{_run_xml(ln) if ln.text else ''}</w:p>"
        for ln in (lines or [_Line("")])
    )
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{round(width_cm * _TWIPS_PER_CM)}" '
        f'w:type="dxa"/>{fill}</w:tcPr>{paras}</w:tc>'
    )


def _insert_table(
    doc: DocxDocument,
    rows: list[list[list[_Line]]],
    widths_cm: list[float],
    *,
    grid: bool,
    header: bool = False,
) -> None:
    """Build a ``w:tbl`` and insert it at the end of the body."""
    edge = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' if grid else '<w:{0} w:val="nil"/>'
    borders = "".join(edge.format(side) for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid_cols = "".join(f'<w:gridCol w:w="{round(w * _TWIPS_PER_CM)}"/>' for w in widths_cm)
    body_rows = []
    for r, cells in enumerate(rows):
        is_header = header and r == 0
        tr_pr = "<w:trPr><w:tblHeader/></w:trPr>" if is_header else ""
        tcs = "".join(
            _cell_xml(lines, w, shade=is_header) for lines, w in zip(cells, widths_cm, strict=False)
        )
        body_rows.append(f"<w:tr>{tr_pr}{tcs}</w:tr>")
    xml = (
        f'<w:tbl {_W_NS}><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}</w:tblBorders>'
        f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid_cols}</w:tblGrid>'
        f"{''.join(body_rows)}</w:tbl>"
    )
    doc.element.body._insert_tbl(parse_xml(xml))


def _lines(text: str, **kw: object) -> list[_Line]:
    return [_Line(t, **kw) for t in text.split("\n")]  # type: ignore[arg-type]


def _add_numbered(doc: DocxDocument, block: Numbered) -> None:
    markers = list_markers(block.style, len(block.items))
    if block.style == "KESATU":
        rows = [
            [_lines(m, bold=True), _lines(":"), _lines(item, align="justify")]
            for m, item in zip(markers, block.items, strict=False)
        ]
        _insert_table(doc, rows, [2.6, 0.5, 12.9], grid=False)
        return
    if block.label:
        rows = [
            [
                _lines(block.label if i == 0 else ""),
                _lines(":" if i == 0 else ""),
                _lines(m),
                _lines(item, align="justify"),
            ]
            for i, (m, item) in enumerate(zip(markers, block.items, strict=False))
        ]
        _insert_table(doc, rows, [2.6, 0.5, 0.8, 12.1], grid=False)
        return
    for marker, item in zip(markers, block.items, strict=False):
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        fmt = par.paragraph_format
        fmt.left_indent = Cm(0.8)
        fmt.first_line_indent = Cm(-0.8)
        fmt.tab_stops.add_tab_stop(Cm(0.8))
        fmt.space_after = Pt(1)
        par.add_run(f"{marker}\t{item}")


def _add_keyvalue(doc: DocxDocument, block: KeyValue) -> None:
    if block.layout == "tabs":
        for key, value in block.rows:
            par = doc.add_paragraph()
            par.paragraph_format.tab_stops.add_tab_stop(Cm(4.0))
            par.paragraph_format.left_indent = Cm(4.4)
            par.paragraph_format.first_line_indent = Cm(-4.4)
            par.paragraph_format.space_after = Pt(0)
            par.add_run(f"{key}\t: {value}" if key else f"\t  {value}")
        return
    rows = [[_lines(key), _lines(":" if key else ""), _lines(value)] for key, value in block.rows]
    _insert_table(doc, rows, [3.6, 0.5, 11.9], grid=False)


def _add_table(doc: DocxDocument, block: Table) -> None:
    if block.caption:
        doc.add_paragraph().add_run(block.caption).bold = True
    size = block.font_size
    rows = [[_lines(h, bold=True, size=size, align="center") for h in block.header]]
    rows += [[_lines(c, size=size) for c in row] for row in block.rows]
    widths_pt = column_widths(block.header, block.rows, _TEXT_WIDTH_CM * 28.3465, size)
    _insert_table(doc, rows, [w / 28.3465 for w in widths_pt], grid=True, header=True)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def _signature_cell(sig: Signature | None) -> list[_Line]:
    if sig is None:
        return []
    lines = signature_lines(sig)
    out: list[_Line] = []
    for text in lines:
        if text == sig.name:
            out += [_Line(""), _Line(""), _Line(""), _Line(text, bold=True, underline=True)]
        else:
            out.append(_Line(text))
    return out


def _add_signatures(doc: DocxDocument, left: Signature | None, right: Signature) -> None:
    doc.add_paragraph()
    if left is None and right.align == "left":
        left, right_cell = right, []
    else:
        right_cell = _signature_cell(right)
    _insert_table(doc, [[_signature_cell(left), right_cell]], [8.0, 8.0], grid=False)


__all__ = ["render_docx", "render_docx_bytes"]
