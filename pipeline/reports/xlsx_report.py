"""report.xlsx: the workbook inspectors work from, in the shape of the LKE they already fill.

Sheets, in order:

- the summary: one row per unit, the estimated Pemenuhan share of every area's weight, the
  estimate against the WBK/WBBM minimums, and counts of missing, outdated and review items;
- the documents: one row per file, with filters;
- the sub-indicators: one row per unit and LKE question (long format, for pivot tables);
- one sheet per unit shaped like the LKE Pemenuhan sheet: area and sub-area rows with their
  weights, then each question with its code, scale, status and the documents found.

Text is always a string cell; text that starts like a formula also carries Excel's quote
prefix, so Excel neither evaluates it on opening nor after the cell is edited.

Written with XlsxWriter, where a cell gets its format when it is written; formats are made
once per workbook. (openpyxl, used before, builds a cell object per value and styles it
afterwards: seconds of CPU for a tree of 10,000 documents.)
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterable, Sequence
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from models.catalog import Catalog
from models.coverage import Coverage, UnitCoverage
from models.documents import DocumentRecord, DocumentStatus
from models.messages import Language
from models.report import ScanReport
from pipeline.coverage import estimate_predicates, pemenuhan_estimate
from pipeline.reports.safe_text import FORMULA_STARTS, is_formula_like
from pipeline.reports.view import DocumentRow, ReportView, label, view_for

log = logging.getLogger(__name__)

# Fill colours (RGB hex).
_HEADER_FILL = "F2F4F7"
_AREA_FILL = "D0D5DD"
_SUB_AREA_FILL = "EAECF0"
_GREEN = "D1FADF"
_AMBER = "FEF0C7"
_RED = "FEE4E2"
STATUS_FILL = {
    "present": _GREEN,
    "classified": _GREEN,
    "outdated": _AMBER,
    "needs_review": _AMBER,
    "unclassified": _AMBER,
    "duplicate": _AMBER,
    "missing": _RED,
    "unreadable": _RED,
}
# Excel's limits and rules for sheet names.
_SHEET_NAME_MAX = 31
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# Control characters XML 1.0 cannot hold; tab, newline and carriage return are allowed.
_ILLEGAL_CHARACTERS = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
# Excel column widths are in characters of the default font (Calibri 11), 7 pixels each.
_PIXELS_PER_CHARACTER = 7
_OPTIONS = {
    # All in memory: shared strings make the file smaller and the writing faster than
    # constant-memory mode's inline strings (a scan's labels and reasons repeat a lot).
    "in_memory": True,
    # Text stays text: never a formula, a number or a link because of what it looks like.
    "strings_to_formulas": False,
    "strings_to_numbers": False,
    "strings_to_urls": False,
}


class _Styles:
    """The workbook's cell formats, each made once and shared by every cell that uses it."""

    def __init__(self, workbook: xlsxwriter.Workbook) -> None:
        self.workbook = workbook
        self._formats: dict[tuple[tuple[str, Any], ...], Format] = {}
        self._quoted: dict[int, Format] = {}
        self._properties: dict[int, dict[str, Any]] = {}

    def get(self, **properties: Any) -> Format:
        """The format with these XlsxWriter properties (``fill`` is an RGB hex colour)."""
        key = tuple(sorted(properties.items()))
        cell_format = self._formats.get(key)
        if cell_format is None:
            options = dict(properties)
            fill = options.pop("fill", None)
            if fill:
                options.update(pattern=1, bg_color=f"#{fill}")
            cell_format = self._formats[key] = self.workbook.add_format(options)
            self._properties[id(cell_format)] = properties
        return cell_format

    def quoted(self, cell_format: Format | None) -> Format:
        """``cell_format`` (or none) plus Excel's quote prefix: text, never a formula."""
        key = id(cell_format)
        quoted = self._quoted.get(key)
        if quoted is None:
            base = self._properties[key] if cell_format is not None else {}
            quoted = self._quoted[key] = self.get(**base, quote_prefix=True)
        return quoted


class _Sheet:
    """One worksheet, with 1-based rows and columns as Excel shows them."""

    def __init__(self, worksheet: Worksheet, styles: _Styles) -> None:
        self.worksheet = worksheet
        self.styles = styles

    def put(self, row: int, column: int, value: object, cell_format: Format | None = None) -> None:
        """Write a value; text is always stored as text so Excel never evaluates it."""
        if value is None or value == "":
            # An empty string is an empty cell, as Excel stores it; it exists only for its format.
            if cell_format is not None:
                self.worksheet.write_blank(row - 1, column - 1, None, cell_format)
        elif isinstance(value, str):
            if _ILLEGAL_CHARACTERS.search(value):
                value = _visible_controls(value)
            if value.startswith(FORMULA_STARTS):
                # Excel's own "text, not formula" mark: it survives the user editing the cell.
                cell_format = self.styles.quoted(cell_format)
            self.worksheet.write_string(row - 1, column - 1, value, cell_format)
        else:
            self.worksheet.write_number(row - 1, column - 1, value, cell_format)

    def link(self, row: int, column: int, text: str, location: str) -> None:
        """Write text that links to a place in the workbook, formatted as plain text."""
        text = _visible_controls(text)
        cell_format = self.styles.quoted(None) if is_formula_like(text) else self.styles.get()
        self.worksheet.write_url(row - 1, column - 1, f"internal:{location}", cell_format, string=text)

    def header(self, row: int, titles: Sequence[str]) -> None:
        """A header row: bold on grey, wrapped."""
        header = self.styles.get(bold=True, fill=_HEADER_FILL, text_wrap=True, valign="top")
        for column, title in enumerate(titles, start=1):
            self.put(row, column, title, header)

    def widths(self, widths: Sequence[float]) -> None:
        """Set column widths, in characters, from column A on."""
        for column, width in enumerate(widths):
            # Pixels, because XlsxWriter adds cell padding to widths given in characters.
            self.worksheet.set_column_pixels(column, column, width * _PIXELS_PER_CHARACTER)

    def freeze(self, cell: str) -> None:
        """Freeze the rows above and the columns left of ``cell`` (e.g. 'B2')."""
        self.worksheet.freeze_panes(cell)

    def filter(self, first_row: int, last_row: int, columns: int) -> None:
        """Put filter buttons on row ``first_row`` for columns A.. ``columns``."""
        self.worksheet.autofilter(first_row - 1, 0, last_row - 1, columns - 1)


def render_xlsx(
    report: ScanReport, *, language: Language = Language.ID, view: ReportView | None = None
) -> bytes:
    """Render the workbook as bytes."""
    view = view_for(report, language, view)
    catalog = view.catalog
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, _OPTIONS)
    styles = _Styles(workbook)
    fixed = (
        label("ui.sheet_summary", language),
        label("ui.sheet_documents", language),
        label("ui.sheet_indicators", language),
    )
    summary, documents, indicators = (_Sheet(workbook.add_worksheet(name), styles) for name in fixed)
    names = unit_sheet_names((unit.unit for unit in report.units), reserved=fixed)
    _write_summary(summary, report, catalog, language, names)
    _write_documents(documents, report, view)
    _write_indicators(indicators, report, catalog, language)
    for unit in report.units:
        sheet = _Sheet(workbook.add_worksheet(names[unit.unit]), styles)
        _write_unit(sheet, unit, view.unit_documents(unit.unit), report, catalog, language)
    workbook.close()
    return buffer.getvalue()


def unit_sheet_names(units: Iterable[str], *, reserved: Sequence[str] = ()) -> dict[str, str]:
    r"""Give each unit a valid, unique sheet name: at most 31 characters, none of ``[]:*?/\``.

    Excel compares sheet names without regard to case; a name already taken gets `` (2)``,
    `` (3)`` ... within the length limit. A name cannot start or end with an apostrophe.
    """
    taken = {name.casefold() for name in reserved}
    result: dict[str, str] = {}
    for unit in units:
        if unit in result:
            continue
        base = _SHEET_NAME_FORBIDDEN.sub("_", unit).strip().strip("'").strip() or "Unit"
        base = base[:_SHEET_NAME_MAX]
        name = base
        counter = 2
        while name.casefold() in taken:
            suffix = f" ({counter})"
            name = base[: _SHEET_NAME_MAX - len(suffix)].rstrip() + suffix
            counter += 1
        taken.add(name.casefold())
        result[unit] = name
    return result


def _visible_controls(text: str) -> str:
    r"""Show control characters XML 1.0 cannot hold (a file name may contain \x01) as ``\xNN``.

    Excel would show them as ``_x0001_`` escapes or refuse the file; tab, newline and carriage
    return are kept.
    """
    return _ILLEGAL_CHARACTERS.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def _share_fill(share: float, catalog: Catalog) -> str:
    """Green at or above the highest predikat's area minimum, amber above the lowest, else red."""
    predicates = catalog.thresholds.predicates if catalog.thresholds else ()
    if not predicates:
        return _HEADER_FILL
    if share + 1e-9 >= predicates[-1].area_share_min:
        return _GREEN
    return _AMBER if share + 1e-9 >= predicates[0].area_share_min else _RED


def _write_summary(
    sheet: _Sheet, report: ScanReport, catalog: Catalog, language: Language, names: dict[str, str]
) -> None:
    predicates = catalog.thresholds.predicates if catalog.thresholds else ()
    header = [label("ui.unit", language)]
    header += [f"{area.code} (%)" for area in catalog.areas]
    header.append(label("ui.estimate_total", language))
    header += [label("ui.gap_to", language, name=p.code) for p in predicates]
    header += [
        label("ui.count_missing", language),
        label("ui.count_outdated", language),
        label("ui.count_review", language),
        label("ui.count_unreadable", language),
        label("ui.documents", language),
    ]
    styles = sheet.styles
    sheet.widths([36] + [9] * len(catalog.areas) + [13] * (1 + len(predicates)) + [14] * 5)
    sheet.worksheet.set_row(0, 45)
    sheet.header(1, header)
    for row, unit in enumerate(report.units, start=2):
        # A quote inside a quoted sheet name is doubled, as Excel writes it.
        quoted = names[unit.unit].replace("'", "''")
        sheet.link(row, 1, unit.unit, f"'{quoted}'!A1")
        column = 2
        for area in unit.areas:
            share = area.weighted_score / area.pemenuhan_weight if area.pemenuhan_weight else 0.0
            percent = styles.get(num_format="0%", fill=_share_fill(share, catalog))
            sheet.put(row, column, round(share, 4), percent)
            column += 1
        sheet.put(row, column, pemenuhan_estimate(unit), styles.get(num_format="0.00"))
        column += 1
        for estimate in estimate_predicates(unit, catalog):
            gap = styles.get(num_format="0.00", fill=_GREEN if estimate.reached else _RED)
            sheet.put(row, column, estimate.gap, gap)
            column += 1
        statuses = list(unit.evidence_types.values())
        for value in (
            statuses.count(Coverage.MISSING),
            statuses.count(Coverage.OUTDATED),
            statuses.count(Coverage.NEEDS_REVIEW),
            unit.unreadable_count,
            unit.document_count,
        ):
            sheet.put(row, column, value)
            column += 1
    sheet.freeze("B2")
    if report.units:
        sheet.filter(1, len(report.units) + 1, len(header))


def _write_documents(sheet: _Sheet, report: ScanReport, view: ReportView) -> None:
    language = view.language
    header = [
        label("ui.unit", language),
        label("ui.path", language),
        label("ui.status", language),
        label("ui.evidence_type", language),
        label("ui.confidence", language),
        label("ui.date", language),
        label("ui.recency", language),
        label("ui.rule", language),
        label("ui.supports", language),
        label("ui.reason", language),
    ]
    sheet.widths([26, 55, 14, 24, 11, 13, 13, 9, 18, 70])
    sheet.header(1, header)
    recency_labels = {None: "", True: _recency_label(True, language), False: _recency_label(False, language)}
    top = sheet.styles.get(valign="top")
    wrap = sheet.styles.get(text_wrap=True, valign="top")
    status_formats = {
        status: sheet.styles.get(valign="top", fill=fill) for status, fill in STATUS_FILL.items()
    }
    outdated_format = sheet.styles.get(valign="top", fill=_AMBER)
    put = sheet.put
    for row, (record, doc) in enumerate(zip(report.documents, view.rows, strict=True), start=2):
        outdated = record.outdated
        recency = record.recency
        put(row, 1, record.unit, top)
        put(row, 2, doc.path, wrap)
        put(row, 3, doc.status_label, status_formats[doc.status])
        put(row, 4, doc.evidence_type, top)
        put(row, 5, float(doc.confidence) if doc.confidence else None, top)
        put(row, 6, doc.date, top)
        put(row, 7, recency_labels[outdated], outdated_format if outdated else top)
        put(row, 8, recency.rule if recency and recency.rule else "", top)
        put(row, 9, doc.indicators, top)
        put(row, 10, doc.reason, wrap)
    sheet.freeze("C2")
    sheet.filter(1, max(len(report.documents), 1) + 1, len(header))


def _recency_label(outdated: bool | None, language: Language) -> str:
    if outdated is None:
        return ""
    return label("coverage.outdated" if outdated else "ui.current", language)


def _write_indicators(sheet: _Sheet, report: ScanReport, catalog: Catalog, language: Language) -> None:
    header = [
        label("ui.unit", language),
        label("ui.area", language),
        label("ui.indicator", language),
        label("ui.lke_code", language),
        label("ui.question", language),
        label("ui.status", language),
        label("ui.evidence_type", language),
    ]
    sheet.widths([28, 7, 11, 9, 70, 15, 30])
    sheet.header(1, header)
    coverage_labels = {status: label(f"coverage.{status.value}", language) for status in Coverage}
    status_formats = {status: sheet.styles.get(fill=fill) for status, fill in STATUS_FILL.items()}
    supporting = {i.code: ", ".join(catalog.types_supporting(i.code)) for i in catalog.indicators}
    row = 2
    for unit in report.units:
        for indicator in catalog.indicators:
            status = unit.indicators[indicator.code]
            sheet.put(row, 1, unit.unit)
            sheet.put(row, 2, indicator.area)
            sheet.put(row, 3, indicator.code)
            sheet.put(row, 4, indicator.lke_code)
            sheet.put(row, 5, indicator.question_id)
            sheet.put(row, 6, coverage_labels[status], status_formats[status.value])
            sheet.put(row, 7, supporting[indicator.code])
            row += 1
    sheet.freeze("B2")
    if row > 2:
        sheet.filter(1, row - 1, len(header))


def _found_by_type(documents: list[tuple[DocumentRecord, DocumentRow]], unit: str) -> dict[str, list[str]]:
    """Per evidence type, a line 'path inside the unit (date)' for each typed document."""
    found: dict[str, list[str]] = {}
    prefix = f"{unit}/"
    for record, row in documents:
        if record.status in (DocumentStatus.CLASSIFIED, DocumentStatus.DUPLICATE) and row.evidence_type:
            path = record.path[len(prefix) :] if record.path.startswith(prefix) else record.path
            found.setdefault(row.evidence_type, []).append(f"{path} ({row.date or '?'})")
    return found


def _found_cell(slugs: Sequence[str], found: dict[str, list[str]]) -> str:
    return "\n".join(line for slug in slugs for line in found.get(slug, ()))


UNIT_SHEET_COLUMNS = 9


def _write_unit(
    sheet: _Sheet,
    unit: UnitCoverage,
    documents: list[tuple[DocumentRecord, DocumentRow]],
    report: ScanReport,
    catalog: Catalog,
    language: Language,
) -> None:
    """Write the LKE Pemenuhan sheet of one unit: area, sub-area and question rows."""
    sheet.widths([9, 10, 60, 11, 8, 15, 26, 50, 12])
    title = (
        f"{unit.unit} · {label('ui.evaluation_year', language)} {report.evaluation_year} · "
        f"{label('ui.as_of', language)} {report.as_of.isoformat()}"
    )
    sheet.put(1, 1, title, sheet.styles.get(bold=True, size=13))
    sheet.put(2, 1, label("ui.sheet_unit_note", language))
    header = [
        label("ui.lke_code", language),
        label("ui.indicator", language),
        label("ui.question", language),
        label("ui.scale", language),
        label("ui.weight", language),
        label("ui.status", language),
        label("ui.evidence_type", language),
        label("ui.documents_found", language),
        label("ui.estimate", language),
    ]
    sheet.header(3, header)
    found = _found_by_type(documents, unit.unit)
    areas = {area.area: area for area in unit.areas}
    wrap = sheet.styles.get(text_wrap=True, valign="top")
    status_wrap = {s: sheet.styles.get(text_wrap=True, valign="top", fill=c) for s, c in STATUS_FILL.items()}
    row = 4
    for area in catalog.areas:
        number = next(i.lke_code for i in catalog.indicators if i.area == area.code).split(".")[0]
        name = area.name_id if language == Language.ID else area.name_en
        values = [number, area.code, name, "", area.pemenuhan_weight]
        _group_row(sheet, row, values, _AREA_FILL, areas[area.code].weighted_score)
        row += 1
        for sub in (s for s in catalog.sub_areas if s.area == area.code):
            questions = [i for i in catalog.indicators if i.sub_area == sub.code]
            sub_number = questions[0].lke_code.rsplit(".", 1)[0] if questions else ""
            _group_row(sheet, row, [sub_number, sub.code, sub.name_id, "", sub.weight], _SUB_AREA_FILL)
            row += 1
            for indicator in questions:
                status = unit.indicators[indicator.code]
                slugs = catalog.types_supporting(indicator.code)
                values: list[object] = [
                    indicator.lke_code,
                    indicator.code,
                    indicator.question_id,
                    indicator.scale,
                    None,
                    label(f"coverage.{status.value}", language),
                    ", ".join(slugs),
                    _found_cell(slugs, found),
                    None,
                ]
                for column, value in enumerate(values, start=1):
                    sheet.put(row, column, value, status_wrap[status.value] if column == 6 else wrap)
                row += 1
    sheet.freeze("C4")
    sheet.filter(3, row - 1, UNIT_SHEET_COLUMNS)


def _group_row(
    sheet: _Sheet, row: int, values: Sequence[object], fill: str, estimate: float | None = None
) -> None:
    """An area or sub-area row, bold on its fill across the sheet; an area's ends with its estimate."""
    for column in range(1, UNIT_SHEET_COLUMNS + 1):
        value = values[column - 1] if column <= len(values) else None
        if column == UNIT_SHEET_COLUMNS and estimate is not None:
            sheet.put(row, column, estimate, sheet.styles.get(bold=True, fill=fill, num_format="0.00"))
        else:
            sheet.put(row, column, value, sheet.styles.get(bold=True, fill=fill))
