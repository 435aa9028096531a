"""Text normalisation shared by the classifier and the date finder."""

from __future__ import annotations

import logging
import re
import unicodedata

log = logging.getLogger(__name__)

_NON_WORD = re.compile(r"[^0-9a-z]+")
# Lines that name a document's subject: SK 'TENTANG', letters' 'Hal'/'Perihal', agendas.
_SUBJECT_LINE = re.compile(r"^\s*(tentang|hal|perihal|acara|agenda|kegiatan|judul)\b", re.I)
HEAD_LINES = 25


def fold(text: str) -> str:
    """Lower-case, strip accents, and reduce to space-separated words, padded with spaces.

    Padding lets phrase matching use ``f" {phrase} " in folded`` as a whole-word test.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " " + _NON_WORD.sub(" ", ascii_text.lower()).strip() + " "


def non_empty_lines(text: str) -> list[str]:
    """The lines of ``text`` that hold anything but white space, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def head_region(text: str) -> str:
    """What a human reads first: the opening lines and the subject lines.

    The subject of an SK follows its 'TENTANG' line, possibly over several lines; the
    two lines after each subject keyword are kept with it.
    """
    lines = non_empty_lines(text)
    picked = lines[:HEAD_LINES]
    for index, line in enumerate(lines[HEAD_LINES:], start=HEAD_LINES):
        if _SUBJECT_LINE.match(line):
            picked.extend(lines[index : index + 3])
    return "\n".join(picked)


def title_line(text: str) -> str | None:
    """A best-effort title: the subject line of an SK or letter, else the first heading.

    Used for display only (reports), never for decisions.
    """
    lines = non_empty_lines(text)[: HEAD_LINES * 2]
    for index, line in enumerate(lines):
        if line.upper() == "TENTANG" and index + 1 < len(lines):
            return _clip(" ".join(lines[index + 1 : index + 3]))
        match = re.match(r"^(hal|perihal)\s*:\s*(.+)$", line, re.I)
        if match:
            return _clip(match.group(2))
    for line in lines:
        letters = [c for c in line if c.isalpha()]
        if len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.8:
            if not line.upper().startswith(("PEMERINTAH", "KEMENTERIAN", "JL", "JALAN")):
                return _clip(line)
    return _clip(lines[0]) if lines else None


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
