"""Indonesian date formatting helpers.

Government documents write the same date in many ways: ``12 Januari 2026`` in signature
blocks, old spellings (``Pebruari``, ``Nopember``) in older offices, short months in
application printouts, numeric forms in forms and tables, weekday prefixes in invitations and
minutes, Roman numerals for the month inside letter numbers. The generator uses all of them so
that date finders are exercised on realistic variety.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
from enum import StrEnum

log = logging.getLogger(__name__)

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

# Spellings from before the 1988 spelling reform still appear in templates copied for decades.
OLD_MONTHS = {2: "Pebruari", 11: "Nopember"}

# Short month forms seen in Indonesian systems and printouts; August has three competing forms.
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des")

WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


class DateStyle(StrEnum):
    """The ways a document may write its effective date."""

    LONG = "long"
    LONG_OLD = "long_old"
    LONG_PADDED = "long_padded"
    SHORT = "short"
    DASHED = "dashed"
    SLASHED = "slashed"
    WEEKDAY = "weekday"


def month_name(month: int, *, old_spelling: bool = False) -> str:
    """Return the Indonesian name of a month (1-12).

    Args:
        month: Month number, 1 to 12.
        old_spelling: Use ``Pebruari``/``Nopember`` where such a spelling exists.

    Returns:
        The capitalised month name.

    """
    if old_spelling and month in OLD_MONTHS:
        return OLD_MONTHS[month]
    return MONTHS[month - 1]


def format_long(d: dt.date, *, old_spelling: bool = False, pad_day: bool = False) -> str:
    """Format a date as ``12 Januari 2026``.

    Args:
        d: The date.
        old_spelling: Use ``Pebruari``/``Nopember``.
        pad_day: Write single-digit days with a leading zero (``05 Maret 2026``).

    Returns:
        The formatted date.

    """
    day = f"{d.day:02d}" if pad_day else str(d.day)
    return f"{day} {month_name(d.month, old_spelling=old_spelling)} {d.year}"


def format_short(d: dt.date, *, august: str = "Agt") -> str:
    """Format a date with a short month, e.g. ``12 Jan 2026`` or ``31 Agt 2025``.

    Args:
        d: The date.
        august: Which of the competing short forms to use for August.

    Returns:
        The formatted date.

    """
    month = august if d.month == 8 else SHORT_MONTHS[d.month - 1]
    return f"{d.day} {month} {d.year}"


def format_numeric(d: dt.date, sep: str = "-") -> str:
    """Format a date as ``12-01-2026`` (day first, as Indonesian forms do).

    Args:
        d: The date.
        sep: Separator between day, month and year.

    Returns:
        The formatted date.

    """
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def weekday_name(d: dt.date) -> str:
    """Return the Indonesian weekday name of a date (``Senin`` … ``Minggu``)."""
    return WEEKDAYS[d.weekday()]


def format_weekday(d: dt.date, *, old_spelling: bool = False) -> str:
    """Format a date as ``Senin, 12 Januari 2026``.

    Args:
        d: The date.
        old_spelling: Use ``Pebruari``/``Nopember``.

    Returns:
        The formatted date.

    """
    return f"{weekday_name(d)}, {format_long(d, old_spelling=old_spelling)}"


def format_style(d: dt.date, style: DateStyle) -> str:
    """Format a date in one of the :class:`DateStyle` styles.

    Args:
        d: The date.
        style: The style to use.

    Returns:
        The formatted date.

    """
    if style is DateStyle.LONG:
        return format_long(d)
    if style is DateStyle.LONG_OLD:
        return format_long(d, old_spelling=True)
    if style is DateStyle.LONG_PADDED:
        return format_long(d, pad_day=True)
    if style is DateStyle.SHORT:
        return format_short(d)
    if style is DateStyle.DASHED:
        return format_numeric(d, "-")
    if style is DateStyle.SLASHED:
        return format_numeric(d, "/")
    return format_weekday(d)


def pick_style(rng: random.Random, *, allow_numeric: bool = True) -> DateStyle:
    """Choose a date style with weights that mimic real signature blocks.

    Most offices write the long form; old spellings, padded days and numeric forms are the
    minority that a date finder must still handle.

    Args:
        rng: Source of randomness.
        allow_numeric: Whether numeric and short forms may be chosen.

    Returns:
        The chosen style.

    """
    styles = [DateStyle.LONG, DateStyle.LONG_OLD, DateStyle.LONG_PADDED]
    weights = [70, 10, 8]
    if allow_numeric:
        styles += [DateStyle.SHORT, DateStyle.DASHED, DateStyle.SLASHED]
        weights += [4, 4, 4]
    return rng.choices(styles, weights=weights, k=1)[0]


def roman(n: int) -> str:
    """Return ``n`` in Roman numerals (used for months inside letter numbers).

    Args:
        n: A positive integer.

    Returns:
        The Roman numeral, e.g. ``XII``.

    Raises:
        ValueError: If ``n`` is not positive.

    """
    if n <= 0:
        raise ValueError(f"Roman numerals need a positive integer, got {n}")
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


_UNITS = (
    "",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)


def terbilang(n: int) -> str:
    """Spell out a non-negative integer in Indonesian words (``2026`` → ``dua ribu dua puluh enam``).

    Berita acara open with the date in words ("Pada hari ini Senin tanggal dua belas bulan
    Januari tahun dua ribu dua puluh enam"), so the generator needs this.

    Args:
        n: A non-negative integer below one billion.

    Returns:
        The number in lower-case words.

    """
    if n < 12:
        return _UNITS[n] if n else "nol"
    if n < 20:
        return f"{_UNITS[n - 10]} belas"
    if n < 100:
        rest = n % 10
        return f"{_UNITS[n // 10]} puluh" + (f" {_UNITS[rest]}" if rest else "")
    if n < 200:
        return "seratus" + (f" {terbilang(n - 100)}" if n > 100 else "")
    if n < 1000:
        rest = n % 100
        return f"{_UNITS[n // 100]} ratus" + (f" {terbilang(rest)}" if rest else "")
    if n < 2000:
        return "seribu" + (f" {terbilang(n - 1000)}" if n > 1000 else "")
    if n < 1_000_000:
        rest = n % 1000
        return f"{terbilang(n // 1000)} ribu" + (f" {terbilang(rest)}" if rest else "")
    rest = n % 1_000_000
    return f"{terbilang(n // 1_000_000)} juta" + (f" {terbilang(rest)}" if rest else "")


def date_in_words(d: dt.date) -> str:
    """Spell a date the way berita acara do.

    Args:
        d: The date.

    Returns:
        E.g. ``Senin tanggal dua belas bulan Januari tahun dua ribu dua puluh enam``.

    """
    return (
        f"{weekday_name(d)} tanggal {terbilang(d.day)} bulan {month_name(d.month)} tahun {terbilang(d.year)}"
    )


def quarter_of(d: dt.date) -> int:
    """Return the quarter (triwulan, 1-4) a date falls in."""
    return (d.month - 1) // 3 + 1


def previous_quarter(d: dt.date) -> tuple[int, int]:
    """Return ``(year, quarter)`` of the quarter before the one containing ``d``.

    Reports on a quarter are written after it ends, so a report dated in April covers
    Triwulan I.
    """
    q = quarter_of(d)
    return (d.year, q - 1) if q > 1 else (d.year - 1, 4)


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    """Return the first and last day of a quarter."""
    start = dt.date(year, 3 * (quarter - 1) + 1, 1)
    end_month = 3 * quarter
    end = dt.date(year, end_month, 31 if end_month in (3, 12) else 30)
    return start, end


def add_days(d: dt.date, days: int) -> dt.date:
    """Return ``d`` shifted by ``days`` days."""
    return d + dt.timedelta(days=days)
