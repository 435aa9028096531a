"""Render a :class:`~sample_docs.spec.DocumentSpec` as page images, like a scan.

Used for image-only PDFs (no text layer, so the pipeline must OCR them) and for PNG "photos"
of documents. Only Pillow's built-in font is used (``ImageFont.load_default(size=...)``), so
nothing is downloaded and the output is the same on every machine with the same Pillow.
"""

from __future__ import annotations

import logging
import random

from PIL import Image, ImageDraw, ImageFont

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

A4_MM = (210, 297)


class _Page:
    """Cursor over a stack of page images."""

    def __init__(self, dpi: int) -> None:
        self.dpi = dpi
        self.width = round(A4_MM[0] / 25.4 * dpi)
        self.height = round(A4_MM[1] / 25.4 * dpi)
        self.left = round(25 / 25.4 * dpi)
        self.right = self.width - round(20 / 25.4 * dpi)
        self.top = round(18 / 25.4 * dpi)
        self.bottom = self.height - round(20 / 25.4 * dpi)
        self.pages: list[Image.Image] = []
        self.new_page()

    def new_page(self) -> None:
        self.image = Image.new("L", (self.width, self.height), 255)
        self.draw = ImageDraw.Draw(self.image)
        self.pages.append(self.image)
        self.y = self.top

    def need(self, height: int) -> None:
        if self.y + height > self.bottom:
            self.new_page()


class _Fonts:
    def __init__(self, dpi: int) -> None:
        self.px = round(10.5 / 72 * dpi)
        self.regular = ImageFont.load_default(size=self.px)
        self.big = ImageFont.load_default(size=round(self.px * 1.25))
        self.small = ImageFont.load_default(size=round(self.px * 0.8))
        self.line = round(self.px * 1.35)


def _text(page: _Page, xy: tuple[int, int], text: str, font: ImageFont.ImageFont, bold: bool = False) -> None:
    page.draw.text(xy, text, fill=0, font=font)
    if bold:
        # The built-in font has no bold face; a one-pixel offset reads as bold on a scan.
        page.draw.text((xy[0] + 1, xy[1]), text, fill=0, font=font)


def _wrap(text: str, font: ImageFont.ImageFont, width: int) -> list[str]:
    lines: list[str] = []
    for raw in text.split("\n"):
        words = raw.split(" ")
        current = ""
        for word in words:
            trial = f"{current} {word}".strip()
            if font.getlength(trial) <= width or not current:
                current = trial
            else:
                lines.append(current)
                current = word
        lines.append(current)
    return lines


def _centered(page: _Page, fonts: _Fonts, text: str, font: ImageFont.ImageFont, bold: bool) -> None:
    for line in _wrap(text, font, page.right - page.left):
        page.need(fonts.line)
        x = page.left + (page.right - page.left - int(font.getlength(line))) // 2
        _text(page, (x, page.y), line, font, bold)
        page.y += fonts.line


def _flow(
    page: _Page,
    fonts: _Fonts,
    text: str,
    x: int,
    width: int,
    *,
    bold: bool = False,
    font: ImageFont.ImageFont | None = None,
) -> None:
    font = font or fonts.regular
    for line in _wrap(text, font, width):
        page.need(fonts.line)
        _text(page, (x, page.y), line, font, bold)
        page.y += fonts.line


def _draw_kop(page: _Page, fonts: _Fonts, block: KopSurat) -> None:
    for line, role in zip(block.lines, kop_roles(block.lines), strict=False):
        if role == "address":
            _centered(page, fonts, line, fonts.small, False)
        else:
            _centered(page, fonts, line, fonts.big if role == "unit" else fonts.regular, True)
    page.y += 4
    page.draw.line((page.left, page.y, page.right, page.y), fill=0, width=4)
    page.draw.line((page.left, page.y + 7, page.right, page.y + 7), fill=0, width=1)
    page.y += fonts.line


def _draw_numbered(page: _Page, fonts: _Fonts, block: Numbered) -> None:
    markers = list_markers(block.style, len(block.items))
    label_w = int(fonts.regular.getlength("Menimbang : ")) if block.label else 0
    marker_w = (
        int(fonts.regular.getlength("KETIGA : "))
        if block.style == "KESATU"
        else int(fonts.regular.getlength("10. "))
    )
    for i, (marker, item) in enumerate(zip(markers, block.items, strict=False)):
        page.need(fonts.line)
        if block.label and i == 0:
            _text(page, (page.left, page.y), f"{block.label} :", fonts.regular)
        x = page.left + label_w
        _text(
            page,
            (x, page.y),
            marker + (" :" if block.style == "KESATU" else ""),
            fonts.regular,
            block.style == "KESATU",
        )
        _flow(page, fonts, item, x + marker_w, page.right - x - marker_w)


def _draw_keyvalue(page: _Page, fonts: _Fonts, block: KeyValue) -> None:
    widest = max((fonts.regular.getlength(k) for k, _ in block.rows), default=0)
    key_w = int(min(widest, 0.35 * (page.right - page.left))) + 10
    for key, value in block.rows:
        page.need(fonts.line)
        if key:
            _text(page, (page.left, page.y), key, fonts.regular)
            _text(page, (page.left + key_w, page.y), ":", fonts.regular)
        _flow(page, fonts, value, page.left + key_w + 14, page.right - page.left - key_w - 14)


def _draw_table(page: _Page, fonts: _Fonts, block: Table) -> None:
    font = fonts.small
    total = page.right - page.left
    widths = [int(w) for w in column_widths(block.header, block.rows, total, font.size)]
    if block.caption:
        _flow(page, fonts, block.caption, page.left, total, bold=True)
    for r, row in enumerate([block.header, *block.rows]):
        cells = [_wrap(text, font, max(w - 8, 10)) for text, w in zip(row, widths, strict=False)]
        height = max(len(c) for c in cells) * round(font.size * 1.25) + 8
        page.need(height)
        x = page.left
        for lines, w in zip(cells, widths, strict=False):
            page.draw.rectangle((x, page.y, x + w, page.y + height), outline=0, width=1)
            for k, line in enumerate(lines):
                _text(page, (x + 4, page.y + 4 + k * round(font.size * 1.25)), line, font, r == 0)
            x += w
        page.y += height
    page.y += fonts.line // 2


def _draw_signatures(page: _Page, fonts: _Fonts, left: Signature | None, right: Signature) -> None:
    columns = [(left, page.left), (right, page.left + (page.right - page.left) // 2)]
    blocks = [(sig, x, signature_lines(sig)) for sig, x in columns if sig is not None]
    height = max(len(lines) for _, _, lines in blocks) * fonts.line + 3 * fonts.line
    page.need(height)
    top = page.y + fonts.line // 2
    bottom = top
    for sig, x, lines in blocks:
        y = top
        for line in lines:
            if line == sig.name:
                y += 2 * fonts.line
                _text(page, (x, y), line, fonts.regular, True)
            else:
                _text(page, (x, y), line, fonts.regular)
            y += fonts.line
        bottom = max(bottom, y)
    page.y = bottom + fonts.line // 2


def _draw(page: _Page, fonts: _Fonts, block: Block) -> None:
    width = page.right - page.left
    if isinstance(block, KopSurat):
        _draw_kop(page, fonts, block)
    elif isinstance(block, Title):
        _centered(page, fonts, block.text, fonts.big if block.size >= 14 else fonts.regular, True)
    elif isinstance(block, Heading):
        page.y += fonts.line // 3
        _flow(page, fonts, block.text, page.left, width, bold=True)
    elif isinstance(block, Paragraph):
        if block.align == "center":
            _centered(page, fonts, block.text, fonts.regular, block.bold)
        else:
            _flow(page, fonts, block.text, page.left, width, bold=block.bold)
        page.y += fonts.line // 4
    elif isinstance(block, Numbered):
        _draw_numbered(page, fonts, block)
    elif isinstance(block, KeyValue):
        _draw_keyvalue(page, fonts, block)
    elif isinstance(block, Table):
        _draw_table(page, fonts, block)
    elif isinstance(block, Signature):
        _draw_signatures(page, fonts, None, block)
    elif isinstance(block, SignaturePair):
        _draw_signatures(page, fonts, block.left, block.right)
    elif isinstance(block, PageBreak):
        page.new_page()


def render_page_images(
    spec: DocumentSpec, *, dpi: int = 150, max_pages: int = 3, scan_look: bool = True
) -> list[Image.Image]:
    """Render the document as greyscale page images.

    Args:
        spec: The document.
        dpi: Resolution; 150 dpi is a typical office scan.
        max_pages: Keep at most this many pages.
        scan_look: Tilt the page slightly and tint the paper, as a flatbed scan does. The
            tilt is derived from the template id and title, so output stays deterministic.

    Returns:
        One ``L``-mode image per page.

    """
    page = _Page(dpi)
    fonts = _Fonts(dpi)
    for block in spec.blocks:
        _draw(page, fonts, block)
        if len(page.pages) > max_pages:
            break
    pages = page.pages[:max_pages]
    if scan_look:
        rng = random.Random(f"scan:{spec.template_id}:{spec.title}")
        pages = [
            p.rotate(rng.uniform(-0.6, 0.6), resample=Image.Resampling.BICUBIC, fillcolor=255).point(
                lambda v: min(v, 246)
            )
            for p in pages
        ]
    return pages
