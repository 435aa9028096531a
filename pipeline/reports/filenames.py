"""Safe, unique, readable file names for per-unit pages.

Unit names are folder names and may hold any character: slashes (``--unit-depth 2`` gives
``Kabupaten/Dinas``), markup, emoji, names that differ only in case, names that Windows
reserves. Pages must open on every filesystem an inspector copies them to, so a name is folded
to lower-case ASCII letters, digits and hyphens; a name that folds onto an earlier one gets a
short hash of the exact unit name, so the result never depends on which other units exist
beyond the collision itself.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable

log = logging.getLogger(__name__)

MAX_STEM = 60
_NOT_SAFE = re.compile(r"[^a-z0-9]+")
# Device names Windows refuses as file names, whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}


def unit_stem(name: str) -> str:
    """Fold a unit name to a readable stem: 'Dinas Kesehatan (Kab.)' -> 'dinas-kesehatan-kab'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    stem = _NOT_SAFE.sub("-", ascii_name.lower()).strip("-")[:MAX_STEM].strip("-")
    if not stem:
        stem = "unit"
    if stem in _RESERVED:
        stem = f"{stem}-unit"
    return stem


def unit_page_names(units: Iterable[str]) -> dict[str, str]:
    """Map each unit name to a unique ``<stem>.html`` file name, in the given order.

    Uniqueness is checked case-insensitively (stems are lower-case anyway); a later name whose
    stem is taken gets ``-<8 hex digits of its SHA-1>`` appended.
    """
    names: dict[str, str] = {}
    taken: set[str] = set()
    for unit in units:
        if unit in names:
            continue
        stem = unit_stem(unit)
        if stem in taken:
            digest = hashlib.sha1(unit.encode("utf-8", "surrogatepass")).hexdigest()[:8]
            stem = f"{stem}-{digest}"
            counter = 2
            while stem in taken:  # a hash collision as well: vanishingly rare, still handled
                stem = f"{unit_stem(unit)}-{digest}-{counter}"
                counter += 1
        taken.add(stem)
        names[unit] = f"{stem}.html"
    return names
