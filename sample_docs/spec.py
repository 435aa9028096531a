"""Format-independent description of a generated document.

A template produces a :class:`DocumentSpec`: an ordered tuple of blocks (letterhead, titles,
paragraphs, lists, tables, signatures) plus the ground truth a test or an evaluation needs
(evidence type, effective date and how it is written, the dates the text merely cites, which
template made it). Renderers in :mod:`sample_docs.render` turn the same spec into DOCX or PDF.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, Union

log = logging.getLogger(__name__)

Align = Literal["justify", "left", "center", "right"]
NumberStyle = Literal["a.", "1.", "KESATU", "-", "a)", "1)"]


@dataclass(frozen=True)
class KopSurat:
    """Letterhead: government, unit, address lines, centred above a rule."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class Title:
    """A centred bold title line (``KEPUTUSAN KEPALA …``, ``NOTULEN RAPAT``)."""

    text: str
    underline: bool = False
    size: int = 12


@dataclass(frozen=True)
class Heading:
    """A bold section heading (``BAB I PENDAHULUAN``, ``A. Latar Belakang``)."""

    text: str
    align: Align = "left"


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of running text."""

    text: str
    bold: bool = False
    align: Align = "justify"
    indent_first: bool = False


@dataclass(frozen=True)
class Numbered:
    """A numbered or lettered list, optionally under a label such as ``Menimbang``.

    With ``style="KESATU"`` the items are the diktum of a decree and the markers are
    ``KESATU``, ``KEDUA`` … rendered in a label column.
    """

    items: tuple[str, ...]
    style: NumberStyle = "1."
    label: str | None = None


@dataclass(frozen=True)
class KeyValue:
    """Rows of ``key : value`` (letter numbers, meeting details, form fields)."""

    rows: tuple[tuple[str, str], ...]
    layout: Literal["table", "tabs"] = "table"


@dataclass(frozen=True)
class Table:
    """A gridded table with a header row."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    font_size: int = 9
    caption: str | None = None


@dataclass(frozen=True)
class Signature:
    """A signature block.

    ``prefix`` selects the form: ``"Ditetapkan di"`` gives the two-line decree form
    (``Ditetapkan di Sleman`` / ``pada tanggal 12 Januari 2026``); ``None`` with a place and
    date gives the letter form (``Sleman, 12 Januari 2026``). ``position`` may span several
    lines separated by newlines. ``rank`` is the pangkat line some offices print under the name.
    """

    place: str | None
    date_text: str | None
    position: str
    name: str
    nip: str | None
    prefix: str | None = None
    rank: str | None = None
    caption: str | None = None
    align: Literal["right", "left", "center"] = "right"


@dataclass(frozen=True)
class SignaturePair:
    """Two signatures side by side (Pihak Kedua / Pihak Pertama, Mengetahui / Pembuat)."""

    left: Signature
    right: Signature


@dataclass(frozen=True)
class PageBreak:
    """Start a new page."""


Block = Union[
    KopSurat,
    Title,
    Heading,
    Paragraph,
    Numbered,
    KeyValue,
    Table,
    Signature,
    SignaturePair,
    PageBreak,
]


@dataclass(frozen=True)
class DocumentSpec:
    """A whole document and its ground truth.

    Attributes:
        blocks: The content in reading order.
        slug: Evidence type (see ``shared/domain/evidence-types.md``), or ``None`` when the
            document is not evidence.
        effective_date: The date a reviewer would take as the document's date.
        effective_date_text: That date exactly as written in the document.
        title: The document's title as it appears in the text.
        unit_name: The unit (folder name) the document belongs to.
        template_id: Stable identifier of the template/variant that produced it.
        carrier: The document form (``sk``, ``undangan``, ``notulen``, ``laporan`` …).
        cited_dates: Dates the text mentions that are *not* the effective date (cited
            regulations and letters, meeting dates, survey periods, NIP birth dates).
        header_in_docx_header: Put the letterhead in the DOCX section header.
        period: Multi-year period the document names (Renstra/IKU), e.g. ``(2025, 2029)``.
        reporting_year: Year an annual report reports on (LKjIP ``Tahun 2025``).
        font: Font family for rendering: ``"Times"``, ``"Helvetica"`` or ``"Courier"``.
        footer_text: Optional page footer text.
        page_numbers: Whether the renderer prints page numbers.

    """

    blocks: tuple[Block, ...]
    slug: str | None
    effective_date: dt.date | None
    title: str
    unit_name: str
    template_id: str
    carrier: str
    effective_date_text: str | None = None
    cited_dates: tuple[dt.date, ...] = ()
    header_in_docx_header: bool = False
    period: tuple[int, int] | None = None
    reporting_year: int | None = None
    font: str = "Times"
    footer_text: str | None = None
    page_numbers: bool = False


def _numbered_lines(block: Numbered) -> Iterator[str]:
    if block.label:
        yield f"{block.label} :"
    for marker, item in zip(list_markers(block.style, len(block.items)), block.items, strict=True):
        yield f"{marker} {item}"


def _table_lines(block: Table) -> Iterator[str]:
    if block.caption:
        yield block.caption
    yield " | ".join(block.header)
    for row in block.rows:
        yield " | ".join(row)


def iter_block_lines(block: Block) -> Iterator[str]:
    """Yield the text lines of one block in reading order.

    Args:
        block: Any block.

    Yields:
        Plain-text lines, roughly as a reader would see them.

    """
    if isinstance(block, KopSurat):
        yield from block.lines
    elif isinstance(block, (Title, Heading, Paragraph)):
        yield block.text
    elif isinstance(block, Numbered):
        yield from _numbered_lines(block)
    elif isinstance(block, KeyValue):
        yield from (f"{key} : {value}" if key else value for key, value in block.rows)
    elif isinstance(block, Table):
        yield from _table_lines(block)
    elif isinstance(block, Signature):
        yield from signature_lines(block)
    elif isinstance(block, SignaturePair):
        yield from signature_lines(block.left)
        yield from signature_lines(block.right)


def plain_text(spec: DocumentSpec) -> str:
    """Return the document's text as plain lines (for image rendering and tests)."""
    lines: list[str] = []
    for block in spec.blocks:
        lines.extend(iter_block_lines(block))
    return "\n".join(lines)


_ORDINALS = (
    "KESATU",
    "KEDUA",
    "KETIGA",
    "KEEMPAT",
    "KELIMA",
    "KEENAM",
    "KETUJUH",
    "KEDELAPAN",
    "KESEMBILAN",
    "KESEPULUH",
    "KESEBELAS",
    "KEDUA BELAS",
)


_ADDRESS_WORDS = ("Jalan", "Jl.", "Telepon", "Telp", "Pos-el", "Laman", "Gedung", "Faksimile", "Email")


def kop_roles(lines: tuple[str, ...]) -> list[str]:
    """Classify letterhead lines as ``"parent"``, ``"unit"`` or ``"address"``.

    The unit line (the last line before the address) is printed largest.

    Args:
        lines: Letterhead lines, top to bottom.

    Returns:
        One role per line.

    """
    roles = ["address" if any(w in line for w in _ADDRESS_WORDS) else "parent" for line in lines]
    for i in range(len(roles) - 1, -1, -1):
        if roles[i] == "parent":
            roles[i] = "unit"
            break
    return roles


def list_markers(style: NumberStyle, count: int) -> list[str]:
    """Return the markers of a list (``a.``, ``1.``, ``KESATU`` …).

    Args:
        style: The list style.
        count: Number of items.

    Returns:
        One marker per item.

    """
    if style == "KESATU":
        return [_ORDINALS[i] if i < len(_ORDINALS) else f"KE-{i + 1}" for i in range(count)]
    if style == "a.":
        return [f"{chr(ord('a') + i)}." for i in range(count)]
    if style == "a)":
        return [f"{chr(ord('a') + i)})" for i in range(count)]
    if style == "1)":
        return [f"{i + 1})" for i in range(count)]
    if style == "-":
        return ["-"] * count
    return [f"{i + 1}." for i in range(count)]


def signature_lines(sig: Signature) -> list[str]:
    """Return the text lines of a signature block, top to bottom.

    Args:
        sig: The signature.

    Returns:
        Lines including the place/date line(s), position, name, NIP and rank.

    """
    lines: list[str] = []
    if sig.prefix and sig.place:
        lines.append(f"{sig.prefix} {sig.place}")
        if sig.date_text:
            lines.append(f"pada tanggal {sig.date_text}")
    elif sig.place and sig.date_text:
        lines.append(f"{sig.place}, {sig.date_text}")
    elif sig.date_text:
        lines.append(sig.date_text)
    if sig.caption:
        lines.extend(sig.caption.split("\n"))
    lines.extend(sig.position.split("\n"))
    lines.append(sig.name)
    if sig.rank:
        lines.append(sig.rank)
    if sig.nip:
        lines.append(f"NIP. {sig.nip}")
    return lines
