"""Inline SVG charts for the unit pages: no script, no network, readable on paper.

Each chart is a small ``<svg>`` with a ``viewBox`` so it scales to its container; widths are
chosen so that text stays legible on a phone (the page caps the chart's width on desktop).
Every label is escaped: area names come from the catalog, but units' names from folders.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

log = logging.getLogger(__name__)

_WIDTH = 360
_LABEL = 44  # room for the area code on the left
_VALUE = 62  # room for "2.75 / 4" on the right
_ROW = 26
_TOP = 22

_COLOURS = {"ok": "#1b7f3b", "mid": "#b54708", "low": "#b42318"}


@dataclass(frozen=True)
class Bar:
    """One bar: a label, a value out of a maximum, and its colour class (ok, mid, low)."""

    label: str
    value: float
    maximum: float
    tone: str
    caption: str


@dataclass(frozen=True)
class Marker:
    """A vertical reference line at a share of the maximum, e.g. WBK at 60%."""

    share: float
    label: str


def _fmt(number: float) -> str:
    return f"{number:.1f}".rstrip("0").rstrip(".") if number != int(number) else str(int(number))


def _marker_lines(markers: Sequence[Marker], x0: float, span: float, top: float, bottom: float) -> list[str]:
    parts = []
    for index, marker in enumerate(markers):
        x = x0 + span * marker.share
        # Labels alternate above the plot so that close markers (60%, 75%) do not overlap.
        anchor = "end" if index % 2 == 0 else "start"
        dx = -3 if anchor == "end" else 3
        parts.append(
            f'<line x1="{_fmt(x)}" y1="{_fmt(top - 4)}" x2="{_fmt(x)}" y2="{_fmt(bottom)}" '
            'stroke="#344054" stroke-width="1.5" stroke-dasharray="4 3"/>'
            f'<text x="{_fmt(x + dx)}" y="{_fmt(top - 8)}" font-size="11" text-anchor="{anchor}" '
            f'fill="#344054">{escape(marker.label)}</text>'
        )
    return parts


def bar_chart(bars: Sequence[Bar], markers: Sequence[Marker], *, title: str) -> Markup:
    """Horizontal bars, one per row, each filled to ``value / maximum``, with marker lines."""
    span = _WIDTH - _LABEL - _VALUE
    height = _TOP + _ROW * len(bars) + 6
    parts = [
        f'<svg class="chart" viewBox="0 0 {_WIDTH} {height}" width="{_WIDTH}" height="{height}" '
        f'role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for index, bar in enumerate(bars):
        y = _TOP + index * _ROW
        share = 0.0 if bar.maximum <= 0 else max(0.0, min(1.0, bar.value / bar.maximum))
        colour = _COLOURS.get(bar.tone, _COLOURS["low"])
        parts.append(
            f'<text x="0" y="{y + 15}" font-size="12" font-weight="600" fill="#101828">'
            f"{escape(bar.label)}</text>"
            f'<rect x="{_LABEL}" y="{y + 3}" width="{span}" height="16" fill="#eaecf0" rx="2"/>'
            f'<rect x="{_LABEL}" y="{y + 3}" width="{_fmt(span * share)}" height="16" '
            f'fill="{colour}" rx="2"/>'
            f'<text x="{_WIDTH}" y="{y + 15}" font-size="11" text-anchor="end" fill="#101828">'
            f"{escape(bar.caption)}</text>"
        )
    parts += _marker_lines(markers, _LABEL, span, _TOP, _TOP + _ROW * len(bars))
    parts.append("</svg>")
    return Markup("".join(parts))


def score_bar(value: float, maximum: float, markers: Sequence[Marker], *, title: str, caption: str) -> Markup:
    """One wide bar for a total score out of ``maximum``, with the predikat minimums marked."""
    span = _WIDTH - 8
    share = 0.0 if maximum <= 0 else max(0.0, min(1.0, value / maximum))
    reached = [m for m in markers if share + 1e-9 >= m.share]
    tone = "ok" if len(reached) == len(markers) else "mid" if reached else "low"
    height = 62
    parts = [
        f'<svg class="chart" viewBox="0 0 {_WIDTH} {height}" width="{_WIDTH}" height="{height}" '
        f'role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
        f'<rect x="4" y="{_TOP}" width="{span}" height="20" fill="#eaecf0" rx="3"/>',
        f'<rect x="4" y="{_TOP}" width="{_fmt(span * share)}" height="20" fill="{_COLOURS[tone]}" rx="3"/>',
        f'<text x="4" y="{_TOP + 36}" font-size="11" fill="#101828">{escape(caption)}</text>',
    ]
    parts += _marker_lines(markers, 4, span, _TOP, _TOP + 24)
    parts.append("</svg>")
    return Markup("".join(parts))
