"""Every way an Indonesian office document writes a date, as candidates with their precision.

This module only *finds* dates; :mod:`classifiers.dates` decides which one is the document's
effective date. Each candidate keeps its span, its text and how much of a date it states
(day, month, quarter, semester, year), so a year-only ``Tahun Anggaran 2026`` never becomes
``2026-<today's month>-<today's day>``.

Why a regex grammar and no date library: the forms are a closed, well-documented set
(lke.md §8): ``12 Januari 2026``, ``12 Jan. 2026``, old spellings ``Pebruari``/``Nopember``,
``Agt``/``Agu``/``Ags``, day-first numerics ``12-01-2026``/``12/01/2026``/``12.01.2026``, ISO
``2026-01-12``, dates in words (``tanggal dua belas bulan Januari tahun dua ribu dua puluh
enam``), Hijri dates beside Gregorian ones, and period labels (``Triwulan III 2025``,
``Semester I Tahun 2026``, ``periode 2025–2029``). ``dateparser`` (already in the lock as a
Prefect dependency) would add nothing for these: it fills a missing day or month from today
unless told otherwise (``PREFER_DAY_OF_MONTH``/``RELATIVE_BASE``), knows no Indonesian
period labels or number words, cannot tell us the span or precision of what it parsed, and
costs milliseconds per call where a compiled pattern costs microseconds on 2 cores scanning
thousands of documents. A month table, a small words-to-number parser and a handful of
patterns are fully deterministic and testable line by line.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from models.documents import DatePrecision, PeriodFinding

log = logging.getLogger(__name__)

# Month names as Indonesian offices write them, including pre-1972 spellings still copied in
# templates (Pebruari, Nopember), the competing short forms of August, and English names that
# bilingual letterheads and system printouts use.
MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "febr": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agust": 8, "agus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9, "spt": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}  # fmt: skip

# Hijri months are recognised only so that a Hijri date beside a Gregorian one is skipped,
# never chosen (the recency rules count Gregorian years).
HIJRI_MONTHS = (
    "muharram", "muharam", "safar", "shafar", "rabiul awal", "rabi'ul awal", "rabiulawal",
    "rabiul akhir", "rabi'ul akhir", "rabiulakhir", "jumadil awal", "jumadil ula",
    "jumadil akhir", "jumadil tsani", "jumadilawal", "jumadilakhir", "rajab", "sya'ban",
    "syaban", "sya`ban", "ramadhan", "ramadan", "syawal", "syawwal", "dzulqa'dah",
    "dzulqaidah", "zulkaidah", "dzulkaidah", "dzulqadah", "dzulhijjah", "zulhijah",
    "dzulhijah",
)  # fmt: skip

WEEKDAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "jum`at", "sabtu", "minggu", "ahad")

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}

_NUMBER_WORDS = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
}  # fmt: skip
_MULTIPLIERS = {"belas": None, "puluh": 10, "ratus": 100, "ribu": 1000}
_ORDINAL_WORDS = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "satu": 1, "dua": 2,
                  "tiga": 3, "empat": 4}  # fmt: skip

YEAR_MIN, YEAR_MAX = 1900, 2100


def _alternation(words: object) -> str:
    """Build a regex alternation of ``words``, longest first so 'Agustus' beats 'Agu'."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_MONTH = rf"(?:{_alternation(MONTHS)})"
_HIJRI = rf"(?:{_alternation(HIJRI_MONTHS)})"
_NUMWORD = rf"(?:{_alternation([*_NUMBER_WORDS, *_MULTIPLIERS])})"
_NUMWORDS = rf"{_NUMWORD}(?:[\s-]+{_NUMWORD})*"
WEEKDAY = rf"(?:{_alternation(WEEKDAYS)})"

# A day-month-year date with a month name: '12 Januari 2026', '12 Jan. 2026', '12-Jan-2026',
# '12 Januari, 2026'. The year must not run on into more digits (a phone or NIP).
_NAMED = re.compile(
    rf"(?<![\d/])(?P<d>\d{{1,2}})(?:\s*|\s*-\s*)(?P<m>{_MONTH})\b\.?(?:\s*,\s*|\s+|\s*-\s*)(?P<y>\d{{4}})(?!\d)",
    re.I,
)
# Day-first numeric dates with one separator used twice: '12-01-2026', '12/01/2026', '12.01.2026'.
_NUMERIC = re.compile(
    r"(?<![\d/.\-])(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/\-]|\.\d)"
)
# ISO dates from systems: '2026-01-12', also '2026/01/12'.
_ISO = re.compile(r"(?<![\d/.\-])(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/]|-\d)")
# Dates in words, as berita acara write them: 'tanggal dua belas bulan Januari tahun dua ribu
# dua puluh enam'. 'bulan' and 'tahun' are optional in practice.
_WORDS = re.compile(
    rf"\b(?:tanggal|tgl\.?)\s+(?P<d>{_NUMWORDS}|\d{{1,2}})\s+(?:bulan\s+)?(?P<m>{_MONTH})\s+(?:tahun\s+)?"
    rf"(?P<y>{_NUMWORDS}|\d{{4}}(?!\d))(?![\w])",
    re.I,
)
# Month precision: 'Januari 2026', 'bulan Maret tahun 2025'. Only full month names, so that
# 'Mar 2026' inside a table of abbreviations does not flood the candidates.
_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("mei", "juni", "juli")]
_MONTH_YEAR = re.compile(
    rf"(?<![\d\w])(?:bulan\s+)?(?P<m>{_alternation(_FULL_MONTHS)})\s*,?\s+(?:tahun\s+)?(?P<y>\d{{4}})(?!\d)",
    re.I,
)
# Quarter and semester labels: 'Triwulan III 2025', 'Triwulan ke-2 Tahun 2026', 'TW I 2026',
# 'Semester I Tahun Anggaran 2026', 'semester kedua tahun 2025'.
_ORDINAL = r"(?:iv|iii|ii|i|vi|v|[1-4]|ke-?\s*[1-4]|pertama|kesatu|kedua|ketiga|keempat|satu|dua|tiga|empat)"
_QUARTER = re.compile(
    rf"\b(?P<kind>triwulan|tw|kuartal|caturwulan|semester|smt)\.?\s+(?P<n>{_ORDINAL})\b\.?\s*(?:\(\s*[^)]{{0,40}}\)\s*)?"
    rf"[,/]?\s*(?:tahun\s+(?:anggaran\s+)?|ta\.?\s+)?(?P<y>\d{{4}})(?!\d)",
    re.I,
)
# Year with its keyword: 'Tahun 2026', 'Tahun Anggaran 2026', 'TA 2026'.
_YEAR = re.compile(
    r"\b(?P<kw>tahun\s+anggaran|tahun|t\.?a\.?)\s*:?\s*(?P<y>\d{4})(?!\d)(?!\s*(?:-|–|—|s\.?\s*d))", re.I
)
# A regulation citation 'Nomor 90 Tahun 2021' or 'No. 5 Th. 2024': the year is the
# regulation's, never the document's.
_CITATION_BEFORE = re.compile(r"(?:nomor|no\.?|nomer)\s*:?\s*[\w./-]+\s*$", re.I)
# Multi-year periods: 'periode 2025–2029', 'Renstra 2025-2029', '2025 s.d. 2029'.
_PERIOD = re.compile(
    r"(?<!\d)(?P<a>(?:19|20)\d{2})\s*(?:-|–|—|s\.?\s*/?\s*d\.?|sampai\s+dengan|sampai|hingga)\s*(?P<b>(?:19|20)\d{2})(?!\d)",
    re.I,
)
# A Hijri date: '23 Rajab 1447 H', '1 Ramadhan 1447 H.'.
HIJRI_DATE = re.compile(rf"(?<!\d)\d{{1,2}}\s+{_HIJRI}\s+\d{{4}}\s*(?:H\b\.?|Hijriah|Hijriyah)?", re.I)


@dataclass(frozen=True)
class DateCandidate:
    """One date written in the text, with where it is and how precise it is.

    Attributes:
        value: The date; for a coarser precision, the first day of the month, quarter,
            semester or year.
        precision: How much of the date the text states.
        start: Offset of the first character in the searched text.
        end: Offset just after the last character.
        text: The text as written.
        form: Which pattern found it ('named', 'numeric', 'iso', 'words', 'month_year',
            'quarter', 'semester', 'year').

    """

    value: dt.date
    precision: DatePrecision
    start: int
    end: int
    text: str
    form: str


def parse_number_words(words: str) -> int | None:
    """Indonesian number words to an integer: 'dua ribu dua puluh enam' → 2026.

    Handles satu..sembilan, sepuluh, sebelas, '<n> belas', '<n> puluh', seratus, '<n> ratus',
    seribu, '<n> ribu'. Returns None for anything that is not a well-formed number.
    """
    tokens = [t for t in re.split(r"[\s-]+", words.lower().strip()) if t]
    if not tokens:
        return None
    total = 0  # completed thousands
    current = 0  # the part below a thousand being built
    last: int | None = None  # the last bare digit word, waiting for a multiplier
    for token in tokens:
        if token in _NUMBER_WORDS:
            value = _NUMBER_WORDS[token]
            if last is not None:
                return None  # two digit words in a row: 'dua tiga'
            if value == 1000:
                total += 1000
            elif value >= 10:
                current += value
            else:
                last = value
            continue
        if token not in _MULTIPLIERS or last is None:
            return None
        if token == "belas":
            current += 10 + last
        elif token == "ribu":
            total += (current + last) * 1000
            current = 0
        else:
            current += last * _MULTIPLIERS[token]
        last = None
    return total + current + (last or 0)


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else parse_number_words(text)


def parse_ordinal(text: str) -> int | None:
    """'III' → 3, 'ke-2' → 2, 'kedua' → 2, '4' → 4."""
    token = re.sub(r"^ke-?\s*(?=\d)", "", text.lower().strip())
    if token.isdigit():
        return int(token)
    return ROMAN.get(token) or _ORDINAL_WORDS.get(token)


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    if not YEAR_MIN <= year <= YEAR_MAX:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_candidates(text: str) -> list[DateCandidate]:
    found: list[DateCandidate] = []
    for pattern, form in ((_NAMED, "named"), (_NUMERIC, "numeric"), (_ISO, "iso")):
        for match in pattern.finditer(text):
            month = MONTHS[match["m"].lower()] if form == "named" else int(match["m"])
            value = _make_date(int(match["y"]), month, int(match["d"]))
            if value:
                found.append(
                    DateCandidate(value, DatePrecision.DAY, match.start(), match.end(), match[0], form)
                )
    for match in _WORDS.finditer(text):
        day, year = _number(match["d"]), _number(match["y"])
        value = _make_date(year, MONTHS[match["m"].lower()], day) if day and year else None
        if value:
            # The span starts at the day so that an anchor ending in 'tanggal' still sees it.
            start = match.start("d")
            found.append(
                DateCandidate(
                    value, DatePrecision.DAY, start, match.end(), text[start : match.end()], "words"
                )
            )
    return found


def _coarse_candidates(text: str) -> list[DateCandidate]:
    found: list[DateCandidate] = []
    for match in _MONTH_YEAR.finditer(text):
        if re.search(r"\d\s*-?\s*$", text[max(0, match.start() - 3) : match.start()]):
            continue  # '31 Februari 2026': an impossible day, not a month
        value = _make_date(int(match["y"]), MONTHS[match["m"].lower()], 1)
        if value:
            found.append(
                DateCandidate(value, DatePrecision.MONTH, match.start(), match.end(), match[0], "month_year")
            )
    for match in _QUARTER.finditer(text):
        number = parse_ordinal(match["n"])
        kind = match["kind"].lower()
        is_semester = kind in ("semester", "smt")
        limit = 2 if is_semester else 3 if kind == "caturwulan" else 4
        if number is None or not 1 <= number <= limit:
            continue
        months_per = 6 if is_semester else 4 if kind == "caturwulan" else 3
        value = _make_date(int(match["y"]), 1 + months_per * (number - 1), 1)
        precision = DatePrecision.SEMESTER if is_semester else DatePrecision.QUARTER
        if value:
            found.append(
                DateCandidate(value, precision, match.start(), match.end(), match[0], precision.value)
            )
    for match in _YEAR.finditer(text):
        if _CITATION_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        value = _make_date(int(match["y"]), 1, 1)
        if value:
            found.append(
                DateCandidate(value, DatePrecision.YEAR, match.start(), match.end(), match[0], "year")
            )
    return found


def find_date_candidates(text: str) -> list[DateCandidate]:
    """Every date written in ``text``, in reading order, without overlaps.

    Where two patterns cover the same characters the more precise, longer one wins
    ('12 Januari 2026' over 'Januari 2026'). Impossible dates (31 Februari) and years
    outside 1900–2100 (Hijri years such as 1447) are dropped. Regulation citations
    ('Nomor 90 Tahun 2021') give no year candidate.
    """
    ranked = sorted(
        [*_day_candidates(text), *_coarse_candidates(text)],
        key=lambda c: (_PRECISION_RANK[c.precision], -(c.end - c.start), c.start),
    )
    taken: list[DateCandidate] = []
    for candidate in ranked:
        if all(candidate.end <= other.start or candidate.start >= other.end for other in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


_PRECISION_RANK = {
    DatePrecision.DAY: 0,
    DatePrecision.MONTH: 1,
    DatePrecision.QUARTER: 2,
    DatePrecision.SEMESTER: 2,
    DatePrecision.YEAR: 3,
}


def parse_date(text: str) -> DateCandidate | None:
    """Return the first, most precise date in a short string ('Senin, 12 Januari 2026'), or None."""
    candidates = find_date_candidates(text)
    if not candidates:
        return None
    return min(candidates, key=lambda c: (_PRECISION_RANK[c.precision], c.start))


def find_periods(text: str) -> list[PeriodFinding]:
    """Multi-year periods named in ``text`` ('Renstra 2025–2029'), in reading order.

    A span of 1 to 10 years counts; '2025-2026' in a table of figures is as much a period
    as a plan's, so callers look for periods only where documents name them (the head).
    """
    periods: list[PeriodFinding] = []
    for match in _PERIOD.finditer(text):
        start, end = int(match["a"]), int(match["b"])
        if 1 <= end - start <= 10:
            periods.append(PeriodFinding(start_year=start, end_year=end, phrase=" ".join(match[0].split())))
    return periods
