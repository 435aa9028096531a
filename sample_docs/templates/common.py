"""Content shared by several areas: the six ZI change areas, team tables, period labels."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from sample_docs.dates import format_long, previous_quarter, quarter_bounds, roman
from sample_docs.templates.base import DocBuilder
from sample_docs.units import Person

log = logging.getLogger(__name__)

AREAS = (
    "Manajemen Perubahan",
    "Penataan Tatalaksana",
    "Penataan Sistem Manajemen SDM Aparatur",
    "Penguatan Akuntabilitas",
    "Penguatan Pengawasan",
    "Peningkatan Kualitas Pelayanan Publik",
)


def zi_phrase(b: DocBuilder) -> str:
    """One of the ways offices name the programme in running text."""
    return b.pick(
        "pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK)",
        "pembangunan Zona Integritas menuju WBK/WBBM",
        "pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih "
        "dan Melayani",
        "pembangunan Zona Integritas (ZI) menuju WBK",
    )


def team_rows(b: DocBuilder, n_per_area: int = 2) -> list[tuple[str, str, str, str, str]]:
    """Rows ``No | Nama | NIP | Jabatan | Kedudukan dalam Tim`` for a ZI working team."""
    people = b.staff(3 + len(AREAS) * n_per_area)
    rows: list[tuple[str, str, str, str, str]] = []
    head = b.head
    roles = [
        ("Penanggung Jawab", head, b.unit.head_short),
        ("Ketua", people[0], people[0].position),
        ("Sekretaris", people[1], people[1].position),
    ]
    for role, person, position in roles:
        rows.append((str(len(rows) + 1), person.name, b.nip(person), position, role))
    k = 2
    for i, area in enumerate(AREAS, 1):
        for j in range(n_per_area):
            person = people[k]
            k += 1
            role = f"Koordinator Area {roman(i)} ({area})" if j == 0 else f"Anggota Area {roman(i)}"
            rows.append((str(len(rows) + 1), person.name, b.nip(person), person.position, role))
    return rows


def member_rows(
    b: DocBuilder, people: Sequence[Person], role_of: Sequence[str] | None = None
) -> list[tuple[str, ...]]:
    """Rows ``No | Nama | NIP | Jabatan [| role]`` for a list of people."""
    rows: list[tuple[str, ...]] = []
    for i, person in enumerate(people, 1):
        row: tuple[str, ...] = (str(i), person.name, b.nip(person), person.position)
        if role_of is not None:
            row = (*row, role_of[i - 1])
        rows.append(row)
    return rows


def report_quarter(b: DocBuilder) -> tuple[int, int, dt.date, dt.date]:
    """Return the quarter a report dated on the effective date covers, with its bounds.

    Returns:
        ``(year, quarter, start, end)``.

    """
    year, q = previous_quarter(b.date)
    start, end = quarter_bounds(year, q)
    return year, q, start, end


def cite_period(b: DocBuilder, start: dt.date, end: dt.date) -> str:
    """Write a period ``1 Januari s.d. 31 Maret 2026`` and record both ends as cited."""
    b.record_cited(start)
    b.record_cited(end)
    if start.year == end.year:
        first = f"{start.day} {format_long(start).split(' ')[1]}"
    else:
        first = format_long(start)
    return f"{first} s.d. {format_long(end)}"


def earlier_dates(b: DocBuilder, n: int, span_days: int = 80) -> list[dt.date]:
    """``n`` distinct dates before the effective date, oldest first (recorded as cited)."""
    days = sorted(b.rng.sample(range(3, max(span_days, n + 4)), n), reverse=True)
    dates = [b.date - dt.timedelta(days=d) for d in days]
    for d in dates:
        b.record_cited(d)
    return dates


def pct(b: DocBuilder, low: int = 60, high: int = 100) -> str:
    """Return a percentage with an Indonesian decimal comma."""
    value = b.rng.uniform(low, high)
    return f"{value:.2f}".replace(".", ",") + "%"


def money(b: DocBuilder, low_millions: int, high_millions: int) -> str:
    """Return a rupiah amount scaled to the unit: a KUA or puskesmas spends far less."""
    small = b.unit.kind in ("kecamatan", "puskesmas") or b.unit.code.startswith("Kua")
    amount = b.rng.randint(low_millions, high_millions) * (50_000 if small else 1_000_000)
    return rupiah(amount)


def rupiah(amount: int) -> str:
    """Format an amount as ``Rp 12.500.000``."""
    return "Rp " + f"{amount:,}".replace(",", ".")
