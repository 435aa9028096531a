"""Page layout shared by the DOCX, PDF and image renderers."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def column_widths(
    header: tuple[str, ...], rows: tuple[tuple[str, ...], ...], total: float, font_size: float = 9
) -> list[float]:
    """Share ``total`` points between columns by their text length.

    Short columns (No, NIP, dates, scores) ask for the width of their longest cell, long
    text columns for a width based on their average length. Spare room goes to the text
    columns; when space is short, every column keeps at least its longest word and the rest
    is shared in proportion to what each asked for.

    Args:
        header: Header cells.
        rows: Body rows.
        total: Width to share, in points.
        font_size: Font size of the table text, in points.

    Returns:
        One width per column, in points.

    """
    char = font_size * 0.55 + 0.3
    pad = 8.0
    desired: list[float] = []
    minimum: list[float] = []
    is_long: list[bool] = []
    for col in range(len(header)):
        body = [r[col] for r in rows if col < len(r)] or [""]
        words = [w for c in (header[col], *body) for w in c.split()] or [""]
        shortest_fit = max(len(w) for w in words) * char + pad
        longest = max(len(line) for c in body for line in c.split("\n"))
        if longest <= 24:
            # Let a short header ("NRR per Unsur") sit on one line when there is room.
            wanted = max(longest, min(len(header[col]), 16))
            desired.append(max(wanted * char + pad, shortest_fit))
            is_long.append(False)
        else:
            avg = sum(len(c) for c in body) / len(body)
            desired.append(max(min(max(avg, 18.0), 50.0) * char + pad, shortest_fit))
            is_long.append(True)
        minimum.append(shortest_fit)
    want = sum(desired)
    if want <= total:
        # Spare room goes to the text columns (or to all if there is none).
        text_total = sum(d for d, long_ in zip(desired, is_long, strict=True) if long_)
        if not text_total:
            return [d * total / want for d in desired]
        spare = total - want
        return [d + spare * d / text_total if long_ else d for d, long_ in zip(desired, is_long, strict=True)]
    floor = sum(minimum)
    if floor >= total:
        return [m * total / floor for m in minimum]
    slack = want - floor
    return [m + (total - floor) * (d - m) / slack for d, m in zip(desired, minimum, strict=True)]
