"""Round trip: format a random date in every supported Indonesian style, parse it back."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from classifiers.date_grammar import parse_date
from classifiers.dates import find_effective_date
from models.documents import DatePrecision
from sample_docs.dates import terbilang

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")  # fmt: skip
OLD = {2: "Pebruari", 11: "Nopember"}
SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des")
AUGUST = ("Agt", "Agu", "Ags", "Agust")
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
ROMAN = ("I", "II", "III", "IV")

DAY_STYLES = {
    "long": lambda d, v: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "long_upper": lambda d, v: f"{d.day} {MONTHS[d.month - 1]} {d.year}".upper(),
    "long_padded": lambda d, v: f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}",
    "long_old": lambda d, v: f"{d.day} {OLD.get(d.month, MONTHS[d.month - 1])} {d.year}",
    "short": lambda d, v: f"{d.day} {AUGUST[v % 4] if d.month == 8 else SHORT[d.month - 1]} {d.year}",
    "short_dot": lambda d, v: f"{d.day} {SHORT[d.month - 1]}. {d.year}",
    "dashed": lambda d, v: f"{d.day:02d}-{d.month:02d}-{d.year}",
    "slashed": lambda d, v: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "slashed_unpadded": lambda d, v: f"{d.day}/{d.month}/{d.year}",
    "dotted": lambda d, v: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "iso": lambda d, v: d.isoformat(),
    "weekday": lambda d, v: f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}",
    "words": lambda d, v: f"tanggal {terbilang(d.day)} bulan {MONTHS[d.month - 1]} tahun {terbilang(d.year)}",
    "hijri_beside": lambda d, v: (
        f"{1 + v % 29} Ramadhan {1400 + v % 60} H / {d.day} {MONTHS[d.month - 1]} {d.year} M"
    ),
}

dates = st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2099, 12, 31))


@settings(max_examples=400, deadline=None)
@given(dates, st.sampled_from(sorted(DAY_STYLES)), st.integers(0, 1000))
@example(dt.date(2026, 8, 31), "short", 1)
@example(dt.date(2025, 11, 30), "long_old", 0)
@example(dt.date(2026, 1, 12), "words", 0)
def test_day_styles_round_trip(date: dt.date, style: str, variant: int) -> None:
    written = DAY_STYLES[style](date, variant)
    found = parse_date(written)
    assert found is not None, written
    assert (found.value, found.precision) == (date, DatePrecision.DAY), written


@settings(max_examples=200, deadline=None)
@given(dates, st.sampled_from(["month", "year", "budget_year", "quarter", "semester"]))
def test_coarse_styles_round_trip(date: dt.date, style: str) -> None:
    quarter, semester = (date.month - 1) // 3 + 1, (date.month - 1) // 6 + 1
    written, expected, precision = {
        "month": (f"Bulan {MONTHS[date.month - 1]} {date.year}", date.replace(day=1), DatePrecision.MONTH),
        "year": (f"Tahun {date.year}", dt.date(date.year, 1, 1), DatePrecision.YEAR),
        "budget_year": (f"Tahun Anggaran {date.year}", dt.date(date.year, 1, 1), DatePrecision.YEAR),
        "quarter": (
            f"Triwulan {ROMAN[quarter - 1]} {date.year}",
            dt.date(date.year, 3 * quarter - 2, 1),
            DatePrecision.QUARTER,
        ),
        "semester": (
            f"Semester {ROMAN[semester - 1]} Tahun {date.year}",
            dt.date(date.year, 6 * semester - 5, 1),
            DatePrecision.SEMESTER,
        ),
    }[style]
    found = parse_date(written)
    assert found is not None, written
    assert (found.value, found.precision) == (expected, precision), written


@settings(max_examples=200, deadline=None)
@given(
    dates,
    st.sampled_from(sorted(DAY_STYLES)),
    st.integers(0, 1000),
    st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2099, 12, 31)),
)
def test_decree_block_wins_over_a_cited_date_in_any_style(
    date: dt.date, style: str, variant: int, cited: dt.date
) -> None:
    text = (
        f"Mengingat : Peraturan Menteri PANRB Nomor 90 Tahun 2021 tanggal {DAY_STYLES['long'](cited, 0)};\n"
        "MEMUTUSKAN\n"
        f"Ditetapkan di Sleman\npada tanggal {DAY_STYLES[style](date, variant)}\nKEPALA DINAS,"
    )
    finding = find_effective_date(text)
    assert finding is not None and finding.value == date, text
