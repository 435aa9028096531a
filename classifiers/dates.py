"""Baseline effective-date finder: the common Indonesian forms, by document anatomy.

The effective date is where the document says it was set or signed, never a date it only
cites. In order of trust:

1. ``Ditetapkan di <kota> pada tanggal <tanggal>`` (SK, peraturan);
2. an SOP identity table: ``Tanggal Efektif``, then ``Tanggal Revisi``, then ``Tanggal
   Pembuatan``;
3. the ``<kota>, <tanggal>`` line above a signature (letters, reports), the last one wins;
4. a ``Hari/Tanggal :`` field (notulen, daftar hadir).

Dates inside *Menimbang*/*Mengingat* (``Nomor 90 Tahun 2021``) never match these forms.
Besides the date, the finder reads a named multi-year period (``Renstra 2025-2029``) and the
year an annual report reports on (``Laporan Kinerja ... Tahun 2025``), which the PERIOD and
PREV_REPORT recency rules need.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from classifiers.text import head_region
from models.documents import DateFinding, DatePrecision, DocumentDates, PeriodFinding

log = logging.getLogger(__name__)

FINDER_NAME = "date-baseline/1"

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agust": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12,
}  # fmt: skip

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_WORDS = rf"(\d{{1,2}})\s+({_MONTH_ALT})\.?\s+(\d{{4}})"
_DATE_NUMERIC = r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})"
_DATE_ISO = r"(\d{4})-(\d{2})-(\d{2})"
DATE_PATTERN = re.compile(rf"\b(?:{_DATE_WORDS}|{_DATE_NUMERIC}|{_DATE_ISO})\b", re.I)

_DITETAPKAN = re.compile(r"ditetapkan\s+di\s+[^\n]{2,60}?\s*\n?\s*pada\s+tanggal\s*:?\s*", re.I)
_SOP_FIELDS = (
    ("sop_tanggal_efektif", re.compile(r"tanggal\s+efektif\s*[:|]?\s*", re.I)),
    ("sop_tanggal_revisi", re.compile(r"tanggal\s+revisi\s*[:|]?\s*", re.I)),
    ("sop_tanggal_pembuatan", re.compile(r"tanggal\s+pembuatan\s*[:|]?\s*", re.I)),
)
_PLACE_DATE_LINE = re.compile(
    r"^\s*([A-Z][A-Za-z.'\- ]{2,40}),\s*(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu),?\s*)?"
    rf"(?:{_DATE_WORDS}|{_DATE_NUMERIC})\s*$",
    re.I | re.M,
)
_HARI_TANGGAL = re.compile(r"hari\s*/\s*tanggal\s*[:|]?\s*(?:[A-Za-z']+\s*,?\s*)?", re.I)
_PERIOD = re.compile(r"\b(20\d{2}|19\d{2})\s*(?:-|–|—|s\.?\s*d\.?|sampai(?:\s+dengan)?)\s*(20\d{2})\b", re.I)
_REPORT_TITLE = re.compile(
    r"\b(laporan|lkjip|lakip|lakin|lkj)\b(?:[^\n]{0,120}?\n?){0,3}?\btahun\s+(?:anggaran\s+)?(20\d{2})\b", re.I
)


def parse_date_match(match: re.Match[str]) -> dt.date | None:
    """Turn a :data:`DATE_PATTERN` match into a date, or None when it is impossible."""
    groups = match.groups()
    try:
        if groups[0]:
            return dt.date(int(groups[2]), MONTHS[groups[1].lower()], int(groups[0]))
        if groups[3]:
            return dt.date(int(groups[5]), int(groups[4]), int(groups[3]))
        return dt.date(int(groups[6]), int(groups[7]), int(groups[8]))
    except ValueError:
        return None


def _date_right_after(text: str, start: int) -> tuple[dt.date, str] | None:
    """The date that starts within a few characters of ``start``, with its phrase."""
    match = DATE_PATTERN.search(text, start, start + 40)
    if match is None:
        return None
    value = parse_date_match(match)
    return (value, match.group(0)) if value else None


def _finding(value: dt.date, source: str, phrase: str) -> DateFinding:
    return DateFinding(
        value=value, precision=DatePrecision.DAY, source=source, phrase=" ".join(phrase.split())
    )


def find_effective_date(text: str) -> DateFinding | None:
    """Return the document's effective date by the anatomy rules above, or None."""
    for match in _DITETAPKAN.finditer(text):
        found = _date_right_after(text, match.end())
        if found:
            return _finding(found[0], "ditetapkan", match.group(0) + found[1])
    for source, pattern in _SOP_FIELDS:
        for match in pattern.finditer(text):
            found = _date_right_after(text, match.end())
            if found:
                return _finding(found[0], source, match.group(0) + found[1])
    place_dates = list(_PLACE_DATE_LINE.finditer(text))
    for match in reversed(place_dates):
        inner = DATE_PATTERN.search(match.group(0))
        value = parse_date_match(inner) if inner else None
        if value:
            return _finding(value, "tempat_tanggal", match.group(0))
    for match in _HARI_TANGGAL.finditer(text):
        found = _date_right_after(text, match.end())
        if found:
            return _finding(found[0], "hari_tanggal", match.group(0) + found[1])
    return None


def find_period(text: str) -> PeriodFinding | None:
    """A multi-year period named in the head of the document, e.g. '2025-2029'."""
    for match in _PERIOD.finditer(head_region(text)):
        start, end = int(match.group(1)), int(match.group(2))
        if 1 <= end - start <= 10:
            return PeriodFinding(start_year=start, end_year=end, phrase=match.group(0))
    return None


def find_report_year(text: str) -> tuple[int, str] | None:
    """The year an annual report reports on, read from its title ('... Tahun 2025')."""
    match = _REPORT_TITLE.search(head_region(text))
    if match is None:
        return None
    return int(match.group(2)), " ".join(match.group(0).split())


def find_document_dates(text: str) -> DocumentDates:
    """Everything the recency rules need: effective date, named period, report year."""
    report = find_report_year(text)
    return DocumentDates(
        effective=find_effective_date(text),
        period=find_period(text),
        report_year=report[0] if report else None,
        report_year_phrase=report[1] if report else None,
    )
