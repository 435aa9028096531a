"""The effective date of a document, chosen by its anatomy, never a date it only cites.

:mod:`classifiers.date_grammar` finds every date written in the text; this module decides
which one is the date the document was set, signed or took effect (lke.md §8). In order of
trust:

1. ``Ditetapkan di <kota> pada tanggal <tanggal>`` (SK, peraturan, surat edaran); for a
   peraturan that "mulai berlaku pada tanggal diundangkan", the ``Diundangkan`` date;
2. the SOP identity table: ``Tanggal Efektif``, then ``Tanggal Revisi``, then
   ``Tanggal Pengesahan``, then ``Tanggal Pembuatan`` (for SOPs this comes first);
3. ``Pada hari ini <hari> tanggal <dalam kata> …`` opening a berita acara;
4. the ``<kota>, <tanggal>`` line above a signature or at the head of a letter (the last
   one wins: a report's final signature, a letter's only date line);
5. ``LAMPIRAN KEPUTUSAN … TANGGAL <tanggal>`` (the decree an attachment belongs to);
6. an update stamp of information material (``dimutakhirkan tanggal …``), a ``Hari/Tanggal :``
   field (notulen, daftar hadir), a dateline opening with the weekday (``Jumat, 7 Februari
   2025 | 08.15 WIB``), then a bare ``Tanggal :`` field;
7. coarser dates from the head of the document: a survey or report period (``Triwulan III
   2025``, ``Semester I Tahun 2026``), a month (``Bulan Maret 2026``), a year (``Tahun
   Anggaran 2026``), and lastly the year closing a letter number (``800/123/BKPSDM/2024``).

A date only cited is never chosen: anything inside *Menimbang*/*Mengingat*/*Memperhatikan*/
*Dasar* blocks, a date following ``surat … tanggal`` or ``menindaklanjuti …``, the birth and
appointment dates inside an NIP (``19780512 200501 1 003``; the grammar never reads 8-digit
runs as dates), and print or scan stamps (``Dicetak pada 03/11/2026``). Anchored rules take
only the date written right after their anchor (separators, a weekday or a Hijri date may
come between), so a cited date further along a line is never picked up.

Besides the effective date, the finder reads a named multi-year period (``Renstra
2025-2029``) and the year an annual report reports on (``LKjIP Tahun 2025``), which the
PERIOD and PREV_REPORT recency rules need.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable

from classifiers.date_grammar import (
    HIJRI_DATE,
    WEEKDAY,
    WEEKDAYS,
    DateCandidate,
    find_date_candidates,
    find_periods,
)
from classifiers.text import head_region
from models.documents import DateFinding, DatePrecision, DocumentDates, PeriodFinding

log = logging.getLogger(__name__)

FINDER_NAME = "date-anatomy/2"

# Evidence types whose own identity table carries the effective date (lke.md §8.2).
SOP_TYPES = frozenset({"sop"})

_PHRASE_LIMIT = 140

# What may stand between an anchor and its date: separators and table bars, the word
# 'tanggal', a weekday, and a Hijri date written before the Gregorian one.
_GAP = re.compile(
    rf"[\s:|,.]*(?:(?:pada\s+)?(?:tanggal|tgl\.?)\s*[:|]?\s*)?(?:{WEEKDAY}\s*[,/]?\s*)?"
    rf"(?:(?:{HIJRI_DATE.pattern})\s*[/|,\-–]?\s*)?[\s:|]*",
    re.I,
)

_DITETAPKAN = re.compile(
    r"\bditetapkan\s+(?:di\b[^\n]{0,80}?(?:\n[\s|:]*)?(?:\bpada\s+tanggal\b|\btanggal\b|\btgl\b\.?|,)"
    r"|(?:pada\s+)?tanggal\b)",
    re.I,
)
_DIUNDANGKAN = re.compile(
    r"\bdiundangkan\s+di\b[^\n]{0,80}?(?:\n[\s|:]*)?(?:\bpada\s+tanggal\b|\btanggal\b|,)", re.I
)
_BERLAKU_SAAT_DIUNDANGKAN = re.compile(r"mulai\s+berlaku\s+pada\s+tanggal\s+diundangkan", re.I)
_SOP_FIELDS = (
    ("sop_tanggal_efektif", re.compile(r"\b(?:tanggal|tgl\.?)\s+(?:efektif|mulai\s+berlaku)\b", re.I)),
    ("sop_tanggal_revisi", re.compile(r"\b(?:tanggal|tgl\.?)\s+revisi\b", re.I)),
    ("sop_tanggal_pengesahan", re.compile(r"\b(?:tanggal|tgl\.?)\s+(?:pengesahan|disahkan)\b", re.I)),
    ("sop_tanggal_pembuatan", re.compile(r"\b(?:tanggal|tgl\.?)\s+(?:pembuatan|dibuat|penyusunan)\b", re.I)),
)
_PADA_HARI_INI = re.compile(r"\bpada\s+hari\s+ini\b", re.I)
# '<Kota>, <tanggal>' at the start of a line, of a table cell, or after a tab.
_PLACE_COMMA = re.compile(
    r"(?:^|\||\t)[ \t]*(?P<place>[A-Z][A-Za-z.'\-]+(?:[ ][A-Z][A-Za-z.'\-]+){0,3})[ \t]*,", re.M
)
_NOT_PLACES = frozenset(
    {"hari", "tanggal", "nomor", "kepada", "lampiran", "perihal", "hal", "sifat", "waktu", "tempat", "yth"}
    | {day.replace("'", "").replace("`", "") for day in WEEKDAYS}
)
_LAMPIRAN = re.compile(r"\blampiran\b[^\n]{0,120}(?:\n[^\n]{0,120}){0,4}?\btanggal\b", re.I)
_DIMUTAKHIRKAN = re.compile(
    r"\b(?:dimutakhirkan|diperbarui|diperbaharui|diupdate|(?:pembaruan|pemutakhiran|update)\s+terakhir|"
    r"terakhir\s+(?:diperbarui|dimutakhirkan))\b(?:\s+pada)?(?:\s+(?:tanggal|tgl\.?))?",
    re.I,
)
# A dateline opening with the weekday: 'Jumat, 7 Februari 2025 | 08.15 WIB' (news, posters).
_WEEKDAY_LINE = re.compile(rf"^[ \t]*{WEEKDAY}[ \t]*,", re.I | re.M)
_HARI_TANGGAL = re.compile(r"\bhari\s*[/,]\s*(?:tanggal|tgl\b\.?)", re.I)
_TANGGAL_FIELD = re.compile(r"(?:^|\|)[ \t]*(?:tanggal|tgl\.?)[ \t]*(?=[:|])", re.I | re.M)
_LETTER_NUMBER_YEAR = re.compile(
    r"\bnomor\s*[:|]?[ \t]*[\w.\- ]{0,40}?/[\w.\- /]*?/(?P<y>(?:19|20)\d{2})\b", re.I
)

# Blocks whose dates are only cited; each runs until the next of these labels or the decree.
_CITED_BLOCK_START = re.compile(
    r"^[\s|]*(?:menimbang|mengingat|memperhatikan|dasar(?:\s+hukum)?|referensi|rujukan)\b\s*[:|]?",
    re.I | re.M,
)
_CITED_BLOCK_END = re.compile(
    r"^[\s|]*(?:menimbang|mengingat|memperhatikan|memutuskan|menetapkan|kesatu|kualifikasi\s+pelaksana|"
    r"keterkaitan|peralatan|peringatan|pencatatan|dengan\s+hormat|demikian|bab\s+[ivx]+|pasal\s+1|"
    r"ditetapkan\s+di)\b"
    # A signature's '<Kota>, <tanggal>' line is never part of a list of cited regulations.
    r"|^[\s|]*[A-Z][A-Za-z.'\-]+(?:[ ][A-Z][A-Za-z.'\-]+){0,3}[ \t]*,[ \t]*"
    r"(?:\w+[ \t]*,[ \t]*)?\d{1,2}[ \t/.\-]",
    re.I | re.M,
)
_CITED_BLOCK_MAX = 4000
_LIST_ITEM = re.compile(r"^[\s|]*(?:\d{1,2}[.)]|[a-z][.)]|-|•)\s", re.I)
# A date right after '<surat/keputusan/…> … tanggal', or in a clause that follows up a letter.
_CITING_CLAUSE = re.compile(
    r"(?:\b(?:surat|nomor|keputusan|peraturan|edaran|undangan|nota\s+dinas|instruksi|radiogram|memo)\b"
    r"[^\n;]{0,160}?\b(?:tanggal|tgl\.?)\s*:?\s*$)"
    r"|(?:\b(?:menindaklanjuti|merujuk|sehubungan\s+dengan|berdasarkan|memperhatikan|membalas)\b[^\n;]{0,200}$)",
    re.I,
)
_STAMP_LINE = re.compile(
    r"\b(?:dicetak|dipindai|diunduh|diakses|dicetak\s+oleh|tanggal\s+cetak|waktu\s+cetak|tgl\.?\s+cetak|"
    r"printed|scanned|generated|downloaded|camscanner)\b",
    re.I,
)
# The document *is* the plan when its title line starts with the plan's name (a 'Rapat
# pembahasan rancangan Renja 2025' is a meeting about a plan, not one).
_PLAN_TITLE = re.compile(
    r"^[\s|]*(?:rencana\s+kerja|renja|rkt|rencana\s+kinerja\s+tahunan|rencana\s+strategis|renstra|"
    # The title's line and up to three more (one line break each: see _REPORT_TITLE).
    r"indikator\s+kinerja\s+utama|iku)\b[^\n]{0,120}?(?:\n[^\n]{0,120}?){0,3}?"
    r"\btahun\s+(?:anggaran\s+)?(?P<y>(?:19|20)\d{2})\b"
    r"(?!\s*(?:-|–|—|s\.?\s*d|sampai|hingga))",
    re.I | re.M,
)
_REPORT_TITLE = re.compile(
    # The title's line and up to three more, each read up to 120 characters. (Written so that
    # each further line must start with its line break: an ambiguous form backtracked
    # through every split of a long line and took a third of the date finder's time.)
    r"\b(?:laporan|lkjip|lakip|lakin|lkj|lkip)\b[^\n]{0,120}?(?:\n[^\n]{0,120}?){0,3}?"
    r"\btahun\s+(?:anggaran\s+)?((?:19|20)\d{2})\b"
    r"|\b(?:lkjip|lakip|lakin|lkip|lkj)\b[^\n]{0,40}?\b((?:19|20)\d{2})\b(?!\s*(?:-|–|s\.?d))",
    re.I,
)

Span = tuple[int, int]


class _Text:
    """The text with its date candidates and the spans where dates are only cited."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.candidates = find_date_candidates(text)
        self.cited_blocks = _cited_blocks(text)

    def is_cited(self, candidate: DateCandidate) -> bool:
        """Whether ``candidate`` is only cited (citation block, citing clause, stamp)."""
        if any(start <= candidate.start < end for start, end in self.cited_blocks):
            return True
        line_start = self.text.rfind("\n", 0, candidate.start) + 1
        line_end = self.text.find("\n", candidate.end)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
        if _STAMP_LINE.search(line):
            return True
        before = self.text[max(line_start, candidate.start - 220) : candidate.start]
        return bool(_CITING_CLAUSE.search(before))

    def date_after(self, position: int, *, day_only: bool = True) -> DateCandidate | None:
        """Return the date written right after ``position``, past separators, weekday or Hijri date."""
        gap_end = _GAP.match(self.text, position).end()
        for candidate in self.candidates:
            if candidate.start > gap_end:
                break
            if candidate.start >= position and (not day_only or candidate.precision == DatePrecision.DAY):
                return None if self.is_cited(candidate) else candidate
        return None


def _cited_blocks(text: str) -> list[Span]:
    """Return the spans of Menimbang/Mengingat/Dasar blocks.

    A block runs up to the next label, or to the line after the list's last item (one that
    ends with '.' and is followed by a line that is no list item).
    """
    spans: list[Span] = []
    for match in _CITED_BLOCK_START.finditer(text):
        end_match = _CITED_BLOCK_END.search(text, match.end())
        end = min(end_match.start() if end_match else len(text), match.end() + _CITED_BLOCK_MAX)
        position = text.find("\n", match.end())
        while 0 <= position < end:
            next_end = text.find("\n", position + 1)
            line = text[position + 1 : next_end if next_end >= 0 else len(text)]
            previous = text[text.rfind("\n", 0, position) + 1 : position].rstrip(" |\t")
            if previous.endswith(".") and not _LIST_ITEM.match(line) and line.strip(" |\t"):
                end = position + 1
                break
            position = next_end
        spans.append((match.start(), end))
    return spans


def _finding(doc: _Text, anchor_start: int, candidate: DateCandidate, source: str) -> DateFinding:
    phrase = " ".join(doc.text[anchor_start : candidate.end].replace("|", " ").split())
    if len(phrase) > _PHRASE_LIMIT:
        phrase = "… " + phrase[-_PHRASE_LIMIT:]
    return DateFinding(value=candidate.value, precision=candidate.precision, source=source, phrase=phrase)


def _first_anchored(doc: _Text, pattern: re.Pattern[str], source: str) -> DateFinding | None:
    for match in pattern.finditer(doc.text):
        candidate = doc.date_after(match.end())
        if candidate is not None:
            return _finding(doc, match.start(), candidate, source)
    return None


def _ditetapkan(doc: _Text) -> DateFinding | None:
    if _BERLAKU_SAAT_DIUNDANGKAN.search(doc.text):
        found = _first_anchored(doc, _DIUNDANGKAN, "diundangkan")
        if found:
            return found
    return _first_anchored(doc, _DITETAPKAN, "ditetapkan")


def _sop_table(doc: _Text) -> DateFinding | None:
    """Tanggal Efektif > Revisi > Pengesahan > Pembuatan, in row or column layout."""
    for source, pattern in _SOP_FIELDS:
        for match in pattern.finditer(doc.text):
            candidate = doc.date_after(match.end()) or _column_value(doc, match)
            if candidate is not None:
                return _finding(doc, match.start(), candidate, source)
    return None


def _column_value(doc: _Text, label: re.Match[str]) -> DateCandidate | None:
    """Read a table whose header row holds the labels and whose next row the values."""
    text = doc.text
    line_start = text.rfind("\n", 0, label.start()) + 1
    line_end = text.find("\n", label.end())
    if line_end < 0 or "|" not in text[line_start:line_end]:
        return None
    column = text[line_start : label.start()].count("|")
    next_end = text.find("\n", line_end + 1)
    next_line = text[line_end + 1 : next_end if next_end >= 0 else len(text)]
    cells = next_line.split("|")
    if column >= len(cells) or len(cells) != text[line_start:line_end].count("|") + 1:
        return None
    cell_start = line_end + 1 + sum(len(cell) + 1 for cell in cells[:column])
    cell_end = cell_start + len(cells[column])
    for candidate in doc.candidates:
        if cell_start <= candidate.start < cell_end and candidate.precision == DatePrecision.DAY:
            return None if doc.is_cited(candidate) else candidate
    return None


def _pada_hari_ini(doc: _Text) -> DateFinding | None:
    for match in _PADA_HARI_INI.finditer(doc.text):
        for candidate in doc.candidates:
            if (
                match.end() <= candidate.start <= match.end() + 40
                and candidate.precision == DatePrecision.DAY
            ):
                if not doc.is_cited(candidate):
                    return _finding(doc, match.start(), candidate, "pada_hari_ini")
    return None


def _place_date(doc: _Text) -> DateFinding | None:
    found: DateFinding | None = None
    for match in _PLACE_COMMA.finditer(doc.text):
        if re.sub(r"[.'`]", "", match["place"].split()[0].lower()) in _NOT_PLACES:
            continue
        candidate = doc.date_after(match.end())
        if candidate is not None:
            found = _finding(doc, match.start("place"), candidate, "tempat_tanggal")
    return found


def _lampiran(doc: _Text) -> DateFinding | None:
    return _first_anchored(doc, _LAMPIRAN, "lampiran_tanggal")


def _dimutakhirkan(doc: _Text) -> DateFinding | None:
    return _first_anchored(doc, _DIMUTAKHIRKAN, "dimutakhirkan")


def _weekday_line(doc: _Text) -> DateFinding | None:
    return _first_anchored(doc, _WEEKDAY_LINE, "hari_tanggal_terbit")


def _hari_tanggal(doc: _Text) -> DateFinding | None:
    return _first_anchored(doc, _HARI_TANGGAL, "hari_tanggal")


def _tanggal_field(doc: _Text) -> DateFinding | None:
    return _first_anchored(doc, _TANGGAL_FIELD, "tanggal")


def _head_coarse(doc: _Text) -> DateFinding | None:
    """Return a period, month or year from the head of the document (title, subject lines)."""
    head_end = _head_end(doc.text)
    in_head = [c for c in doc.candidates if c.start < head_end and not doc.is_cited(c)]
    sources = (
        ((DatePrecision.QUARTER, DatePrecision.SEMESTER), "periode_judul"),
        ((DatePrecision.MONTH,), "bulan_judul"),
        ((DatePrecision.YEAR,), "tahun_judul"),
    )
    for precisions, source in sources:
        for candidate in in_head:
            if candidate.precision in precisions:
                return _finding(doc, candidate.start, candidate, source)
    return None


def _letter_number_year(doc: _Text) -> DateFinding | None:
    head_end = _head_end(doc.text)
    for match in _LETTER_NUMBER_YEAR.finditer(doc.text, 0, head_end):
        year = int(match["y"])
        candidate = DateCandidate(
            value=dt.date(year, 1, 1), precision=DatePrecision.YEAR, start=match.start("y"),
            end=match.end("y"), text=match["y"], form="letter_number",
        )  # fmt: skip
        if not doc.is_cited(candidate):
            return _finding(doc, match.start(), candidate, "nomor_surat")
    return None


def _head_end(text: str) -> int:
    """Offset where the head region (kop, title, nomor, subject) ends: about 25 lines."""
    position = 0
    for _ in range(25):
        found = text.find("\n", position)
        if found < 0:
            return len(text)
        position = found + 1
    return position


Rule = Callable[[_Text], "DateFinding | None"]
_DAY_RULES: tuple[Rule, ...] = (_ditetapkan, _sop_table, _pada_hari_ini, _place_date, _lampiran)
_SOP_FIRST: tuple[Rule, ...] = (_sop_table, _ditetapkan, _pada_hari_ini, _place_date, _lampiran)
_FIELD_RULES: tuple[Rule, ...] = (
    _dimutakhirkan,
    _hari_tanggal,
    _weekday_line,
    _tanggal_field,
    _head_coarse,
    _letter_number_year,
)


def _rules_for(evidence_type: str | None) -> Iterable[Rule]:
    return (*(_SOP_FIRST if evidence_type in SOP_TYPES else _DAY_RULES), *_FIELD_RULES)


def find_effective_date(text: str, *, evidence_type: str | None = None) -> DateFinding | None:
    """Return the document's effective date by the anatomy rules above, or None.

    Args:
        text: The document's text.
        evidence_type: The slug the classifier assigned (or its best guess), when known;
            an SOP reads its identity table before any ``Ditetapkan`` block.

    Returns:
        The finding with its precision, the rule that found it and the phrase it came from.

    """
    doc = _Text(text)
    for rule in _rules_for(evidence_type):
        found = rule(doc)
        if found is not None:
            return found
    return None


def find_period(text: str) -> PeriodFinding | None:
    """Return the period a plan names in its head: 'Renstra 2025-2029', or 'Renja ... Tahun 2025'.

    A multi-year span wins; an annual plan (Renja, RKT, IKU of one year) names a period of
    one year, which a PERIOD rule must also respect: a Renja 2025 does not cover 2026.
    """
    head = head_region(text)
    for period in find_periods(head):
        line = next((ln for ln in head.splitlines() if period.phrase.split()[0] in ln), period.phrase)
        phrase = " ".join(line.split())
        return period.model_copy(update={"phrase": phrase if len(phrase) <= 100 else period.phrase})
    match = _PLAN_TITLE.search(head)
    if match is None:
        return None
    year = int(match["y"])
    return PeriodFinding(start_year=year, end_year=year, phrase=" ".join(match[0].split()))


def find_report_year(text: str) -> tuple[int, str] | None:
    """Return the year an annual report reports on, read from its title ('LKjIP Tahun 2025')."""
    match = _REPORT_TITLE.search(head_region(text))
    if match is None:
        return None
    return int(match.group(1) or match.group(2)), " ".join(match.group(0).split())


def first_cited_phrase(text: str) -> str | None:
    """Return an example of a date the text only cites, to explain why no date was chosen."""
    doc = _Text(text)
    for candidate in doc.candidates:
        if candidate.precision == DatePrecision.DAY and doc.is_cited(candidate):
            start = max(0, candidate.start - 60)
            return "… " + " ".join(text[start : candidate.end].split())
    return None


def find_document_dates(text: str, *, evidence_type: str | None = None) -> DocumentDates:
    """Everything the recency rules need: effective date, named period, report year.

    Args:
        text: The document's text.
        evidence_type: The slug (or best guess) from the classifier, when known.

    Returns:
        The dates found; ``cited_phrase`` gives an example of an ignored cited date when no
        effective date was found.

    """
    report = find_report_year(text)
    effective = find_effective_date(text, evidence_type=evidence_type)
    return DocumentDates(
        effective=effective,
        period=find_period(text),
        report_year=report[0] if report else None,
        report_year_phrase=report[1] if report else None,
        cited_phrase=None if effective else first_cited_phrase(text),
    )
