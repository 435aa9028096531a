"""Render a :class:`~sample_docs.spec.DocumentSpec` to PDF with reportlab platypus.

A4 pages, Times or Helvetica (standard Type-1 fonts, no embedding, no downloads), a bold
centred letterhead over a double rule, gridded tables, label columns for decree lists, and
signature blocks in the right half. ``invariant=1`` makes the bytes identical run to run.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import (
    PageBreak as RLPageBreak,
)
from reportlab.platypus import (
    Paragraph as RLParagraph,
)
from reportlab.platypus import (
    Table as RLTable,
)
from reportlab.platypus.flowables import HRFlowable

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

_FAMILIES = {
    "Times": ("Times-Roman", "Times-Bold", 11),
    "Helvetica": ("Helvetica", "Helvetica-Bold", 10),
    "Courier": ("Courier", "Courier-Bold", 9.5),
}
_ALIGN = {"justify": TA_JUSTIFY, "left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
_WIDTH = A4[0] - 4.5 * cm


class _Styles:
    """Paragraph styles for one font family."""

    def __init__(self, family: str) -> None:
        regular, bold, size = _FAMILIES.get(family, _FAMILIES["Times"])
        self.regular = regular
        self.bold = bold
        self.size = size
        leading = size * 1.3
        self.body = ParagraphStyle(
            "body", fontName=regular, fontSize=size, leading=leading, alignment=TA_JUSTIFY, spaceAfter=3
        )
        self.cell = ParagraphStyle(
            "cell", fontName=regular, fontSize=size, leading=leading, alignment=TA_LEFT
        )
        self.heading = ParagraphStyle(
            "heading", parent=self.body, fontName=bold, alignment=TA_LEFT, spaceBefore=6
        )

    def para(self, align: str, *, bold: bool = False, indent: bool = False) -> ParagraphStyle:
        return ParagraphStyle(
            f"p-{align}-{bold}-{indent}",
            parent=self.body,
            fontName=self.bold if bold else self.regular,
            alignment=_ALIGN[align],
            firstLineIndent=1.0 * cm if indent else 0,
        )

    def title(self, size: int) -> ParagraphStyle:
        scaled = size - (1 if self.size < 11 else 0)
        return ParagraphStyle(
            f"t-{size}",
            parent=self.body,
            fontName=self.bold,
            fontSize=scaled,
            leading=scaled * 1.25,
            alignment=TA_CENTER,
            spaceBefore=2,
            spaceAfter=2,
        )

    def small(self, size: float, *, bold: bool = False, align: int = TA_LEFT) -> ParagraphStyle:
        return ParagraphStyle(
            f"s-{size}-{bold}-{align}",
            parent=self.cell,
            fontName=self.bold if bold else self.regular,
            fontSize=size,
            leading=size * 1.22,
            alignment=align,
        )


def render_pdf(spec: DocumentSpec, path: Path) -> None:
    """Write the document as PDF to ``path``.

    Args:
        spec: The document.
        path: Destination file.

    """
    path.write_bytes(render_pdf_bytes(spec))


def render_pdf_bytes(spec: DocumentSpec, *, encrypt: object | None = None) -> bytes:
    """Return the document as deterministic PDF bytes.

    Args:
        spec: The document.
        encrypt: Optional reportlab encryption (``StandardEncryption``), used to make
            password-protected test files.

    Returns:
        The PDF bytes.

    """
    buf = io.BytesIO()
    styles = _Styles(spec.font)
    kwargs: dict[str, object] = {}
    if encrypt is not None:
        kwargs["encrypt"] = encrypt
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=2.5 * cm,
        rightMargin=2.0 * cm,
        topMargin=1.8 * cm,
        bottomMargin=2.0 * cm,
        title="",
        author=spec.unit_name,
        creator="",
        producer="",
        invariant=1,
        **kwargs,
    )
    story: list[Flowable] = []
    for block in spec.blocks:
        story.extend(_flowables(block, styles))
    # A trailing spacer after a table that exactly fills the page would start an empty page.
    while story and isinstance(story[-1], Spacer):
        story.pop()

    def on_page(canvas: Canvas, document: SimpleDocTemplate) -> None:
        if not (spec.footer_text or spec.page_numbers):
            return
        canvas.saveState()
        canvas.setFont(styles.regular, 8)
        parts = []
        if spec.footer_text:
            parts.append(spec.footer_text)
        if spec.page_numbers:
            parts.append(f"Halaman {document.page}")
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, "   ".join(parts))
        canvas.restoreState()

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


def _p(text: str, style: ParagraphStyle) -> RLParagraph:
    # Cells may hold several lines (a signature inside an SOP identity table).
    return RLParagraph(escape(text).replace("\n", "<br/>"), style)


def _flowables(block: Block, st: _Styles) -> list[Flowable]:
    if isinstance(block, KopSurat):
        return _kop(block, st)
    if isinstance(block, Title):
        text = f"<u>{escape(block.text)}</u>" if block.underline else escape(block.text)
        return [RLParagraph(text, st.title(block.size))]
    if isinstance(block, Heading):
        return [_p(block.text, st.heading)]
    if isinstance(block, Paragraph):
        if set(block.text) == {"_"}:
            return [HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=2, spaceAfter=4)]
        return [_p(block.text, st.para(block.align, bold=block.bold, indent=block.indent_first))]
    if isinstance(block, Numbered):
        return [_numbered(block, st)]
    if isinstance(block, KeyValue):
        return [_keyvalue(block, st)]
    if isinstance(block, Table):
        return _table(block, st)
    if isinstance(block, Signature):
        return [Spacer(1, 8), _signatures(None, block, st)]
    if isinstance(block, SignaturePair):
        return [Spacer(1, 8), _signatures(block.left, block.right, st)]
    if isinstance(block, PageBreak):
        return [RLPageBreak()]
    return []


def _kop(block: KopSurat, st: _Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for line, role in zip(block.lines, kop_roles(block.lines), strict=False):
        if role == "address":
            style = st.small(8.5, align=TA_CENTER)
        else:
            size = 14 if role == "unit" else 12
            style = ParagraphStyle(
                f"kop-{size}", fontName=st.bold, fontSize=size, leading=size * 1.2, alignment=TA_CENTER
            )
        out.append(_p(line, style))
    out.append(HRFlowable(width="100%", thickness=2.2, color=colors.black, spaceBefore=3, spaceAfter=1))
    out.append(HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceBefore=0, spaceAfter=8))
    return out


_PLAIN = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
)


def _numbered(block: Numbered, st: _Styles) -> Flowable:
    markers = list_markers(block.style, len(block.items))
    if block.style == "KESATU":
        bold = st.small(st.size, bold=True)
        rows = [
            [_p(m, bold), _p(":", st.cell), _p(item, st.body)]
            for m, item in zip(markers, block.items, strict=False)
        ]
        widths = [2.5 * cm, 0.4 * cm, _WIDTH - 2.9 * cm]
    elif block.label:
        rows = [
            [
                _p(block.label if i == 0 else "", st.cell),
                _p(":" if i == 0 else "", st.cell),
                _p(m, st.cell),
                _p(item, st.body),
            ]
            for i, (m, item) in enumerate(zip(markers, block.items, strict=False))
        ]
        widths = [3.0 * cm, 0.4 * cm, 0.8 * cm, _WIDTH - 4.2 * cm]
    else:
        rows = [[_p(m, st.cell), _p(item, st.body)] for m, item in zip(markers, block.items, strict=False)]
        widths = [0.8 * cm, _WIDTH - 0.8 * cm]
    table = RLTable(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(_PLAIN)
    return table


def _keyvalue(block: KeyValue, st: _Styles) -> Flowable:
    key_width = 3.0 * cm if block.layout == "table" else 3.8 * cm
    rows = [[_p(k, st.cell), _p(":" if k else "", st.cell), _p(v, st.cell)] for k, v in block.rows]
    table = RLTable(rows, colWidths=[key_width, 0.4 * cm, _WIDTH - key_width - 0.4 * cm], hAlign="LEFT")
    table.setStyle(_PLAIN)
    return table


def _table(block: Table, st: _Styles) -> list[Flowable]:
    size = block.font_size
    head_style = st.small(size, bold=True, align=TA_CENTER)
    cell_style = st.small(size)
    data = [[_p(h, head_style) for h in block.header]]
    for row in block.rows:
        data.append([_p(c, cell_style) for c in row])
    widths = column_widths(block.header, block.rows, _WIDTH, size)
    table = RLTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    out: list[Flowable] = []
    if block.caption:
        out.append(_p(block.caption, st.heading))
    out += [table, Spacer(1, 6)]
    return out


def _signature_cell(sig: Signature, st: _Styles) -> list[Flowable]:
    style = st.small(st.size)
    lines = signature_lines(sig)
    name_idx = lines.index(sig.name)
    out: list[Flowable] = [_p(line, style) for line in lines[:name_idx]]
    out.append(Spacer(1, 1.6 * cm))
    out.append(
        RLParagraph(
            f"<u><b>{escape(sig.name)}</b></u>", ParagraphStyle("sig-name", parent=style, fontName=st.bold)
        )
    )
    out += [_p(line, style) for line in lines[name_idx + 1 :]]
    return out


def _signatures(left: Signature | None, right: Signature, st: _Styles) -> Flowable:
    left_cell: list[Flowable] | str = _signature_cell(left, st) if left else ""
    right_cell = _signature_cell(right, st)
    if left is None and right.align == "left":
        left_cell, right_cell = right_cell, []  # type: ignore[assignment]
    table = RLTable([[left_cell, right_cell]], colWidths=[_WIDTH / 2, _WIDTH / 2], hAlign="LEFT")
    table.setStyle(_PLAIN)
    return KeepTogether([table])
