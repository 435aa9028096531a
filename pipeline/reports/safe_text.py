"""Text that spreadsheet programs must never evaluate.

Excel, LibreOffice and Google Sheets treat a cell that begins with ``=``, ``+``, ``-`` or ``@``
(and, when importing CSV, a tab or carriage return) as a formula: a file named
``=HYPERLINK("http://evil","klik").docx`` in an evidence folder must stay text (OWASP "CSV
injection"). The XLSX writer keeps such text a string cell with Excel's quote prefix; the CSV
writer, which has no cell types, puts an apostrophe in front.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as the start of a formula."""
    return text.startswith(FORMULA_STARTS)


def neutralise_formula(text: str) -> str:
    """Return ``text`` with a leading apostrophe when it would read as a formula."""
    return f"'{text}" if is_formula_like(text) else text
