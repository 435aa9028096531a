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
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from models.catalog import Catalog
from models.coverage import Coverage, UnitCoverage
from models.documents import DocumentRecord, DocumentStatus
from models.messages import Language
from models.report import ScanReport
from pipeline.coverage import estimate_predicates, pemenuhan_estimate
from pipeline.reports.safe_text import is_formula_like
from pipeline.reports.view import ReportView, label, view_for

log = logging.getLogger(__name__)

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="F2F4F7")
_AREA_FILL = PatternFill("solid", fgColor="D0D5DD")
_SUB_AREA_FILL = PatternFill("solid", fgColor="EAECF0")
_GREEN = PatternFill("solid", fgColor="D1FADF")
_AMBER = PatternFill("solid", fgColor="FEF0C7")
_RED = PatternFill("solid", fgColor="FEE4E2")
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
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
# Excel's limits and rules for sheet names.
_SHEET_NAME_MAX = 31
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def render_xlsx(
    report: ScanReport, *, language: Language = Language.ID, view: ReportView | None = None
) -> bytes:
    """Render the workbook as bytes."""
    view = view_for(report, language, view)
    catalog = view.catalog
    workbook = Workbook()
    summary = workbook.active
    summary.title = label("ui.sheet_summary", language)
    documents = workbook.create_sheet(label("ui.sheet_documents", language))
    indicators = workbook.create_sheet(label("ui.sheet_indicators", language))
    by_unit: dict[str, list[DocumentRecord]] = {}
    for record in report.documents:
        by_unit.setdefault(record.unit, []).append(record)
    names = unit_sheet_names(
        (unit.unit for unit in report.units), reserved=(summary.title, documents.title, indicators.title)
    )
    _write_summary(summary, report, catalog, language, names)
    _write_documents(documents, report, view)
    _write_indicators(indicators, report, catalog, language)
    for unit in report.units:
        sheet = workbook.create_sheet(names[unit.unit])
        _write_unit(sheet, unit, by_unit.get(unit.unit, []), report, catalog, language)
    buffer = io.BytesIO()
    workbook.save(buffer)
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


def _put(sheet: Worksheet, row: int, column: int, value: object) -> None:
    """Write a value; text is always stored as text so Excel never evaluates it."""
    if isinstance(value, str):
        value = _visible_controls(value)
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        # openpyxl turns strings that start with '=' into formulas; file names can.
        cell.data_type = "s"
        if is_formula_like(value):
            # Excel's own "text, not formula" mark: it survives the user editing the cell.
            cell.quotePrefix = True


def _visible_controls(text: str) -> str:
    r"""Show control characters XML 1.0 cannot hold (a file name may contain \x01) as ``\xNN``.

    openpyxl refuses them (IllegalCharacterError); tab, newline and carriage return are kept.
    """
    return ILLEGAL_CHARACTERS_RE.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def _header(sheet: Worksheet, row: int, titles: Sequence[str]) -> None:
    for column, title in enumerate(titles, start=1):
        _put(sheet, row, column, title)
        cell = sheet.cell(row=row, column=column)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _WRAP


def _widths(sheet: Worksheet, widths: Sequence[float]) -> None:
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width


def _share_fill(share: float, catalog: Catalog) -> PatternFill:
    """Green at or above the highest predikat's area minimum, amber above the lowest, else red."""
    predicates = catalog.thresholds.predicates if catalog.thresholds else ()
    if not predicates:
        return _HEADER_FILL
    if share + 1e-9 >= predicates[-1].area_share_min:
        return _GREEN
    return _AMBER if share + 1e-9 >= predicates[0].area_share_min else _RED


def _write_summary(
    sheet: Worksheet, report: ScanReport, catalog: Catalog, language: Language, names: dict[str, str]
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
    _header(sheet, 1, header)
    for row, unit in enumerate(report.units, start=2):
        _put(sheet, row, 1, unit.unit)
        sheet.cell(row=row, column=1).hyperlink = f"#'{names[unit.unit]}'!A1"
        column = 2
        for area in unit.areas:
            share = area.weighted_score / area.pemenuhan_weight if area.pemenuhan_weight else 0.0
            cell = sheet.cell(row=row, column=column, value=round(share, 4))
            cell.number_format = "0%"
            cell.fill = _share_fill(share, catalog)
            column += 1
        sheet.cell(row=row, column=column, value=pemenuhan_estimate(unit)).number_format = "0.00"
        column += 1
        for estimate in estimate_predicates(unit, catalog):
            cell = sheet.cell(row=row, column=column, value=estimate.gap)
            cell.number_format = "0.00"
            cell.fill = _GREEN if estimate.reached else _RED
            column += 1
        statuses = list(unit.evidence_types.values())
        for value in (
            statuses.count(Coverage.MISSING),
            statuses.count(Coverage.OUTDATED),
            statuses.count(Coverage.NEEDS_REVIEW),
            unit.unreadable_count,
            unit.document_count,
        ):
            sheet.cell(row=row, column=column, value=value)
            column += 1
    _widths(sheet, [36] + [9] * len(catalog.areas) + [13] * (1 + len(predicates)) + [14] * 5)
    sheet.row_dimensions[1].height = 45
    sheet.freeze_panes = "B2"
    if report.units:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(report.units) + 1}"


def _write_documents(sheet: Worksheet, report: ScanReport, view: ReportView) -> None:
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
    _header(sheet, 1, header)
    for row, (record, doc) in enumerate(zip(report.documents, view.rows, strict=True), start=2):
        values: list[object] = [
            record.unit,
            doc.path,
            doc.status_label,
            doc.evidence_type,
            float(doc.confidence) if doc.confidence else None,
            doc.date,
            _recency_label(record.outdated, language),
            record.recency.rule if record.recency and record.recency.rule else "",
            doc.indicators,
            doc.reason,
        ]
        for column, value in enumerate(values, start=1):
            _put(sheet, row, column, value)
            sheet.cell(row=row, column=column).alignment = _WRAP if column in (2, 10) else _TOP
        sheet.cell(row=row, column=3).fill = STATUS_FILL[record.status.value]
        if record.outdated:
            sheet.cell(row=row, column=7).fill = _AMBER
    _widths(sheet, [26, 55, 14, 24, 11, 13, 13, 9, 18, 70])
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(len(report.documents), 1) + 1}"


def _recency_label(outdated: bool | None, language: Language) -> str:
    if outdated is None:
        return ""
    return label("coverage.outdated" if outdated else "ui.current", language)


def _write_indicators(sheet: Worksheet, report: ScanReport, catalog: Catalog, language: Language) -> None:
    header = [
        label("ui.unit", language),
        label("ui.area", language),
        label("ui.indicator", language),
        label("ui.lke_code", language),
        label("ui.question", language),
        label("ui.status", language),
        label("ui.evidence_type", language),
    ]
    _header(sheet, 1, header)
    row = 2
    for unit in report.units:
        for indicator in catalog.indicators:
            status = unit.indicators[indicator.code]
            values = [
                unit.unit,
                indicator.area,
                indicator.code,
                indicator.lke_code,
                indicator.question_id,
                label(f"coverage.{status.value}", language),
                ", ".join(catalog.types_supporting(indicator.code)),
            ]
            for column, value in enumerate(values, start=1):
                _put(sheet, row, column, value)
            sheet.cell(row=row, column=6).fill = STATUS_FILL[status.value]
            row += 1
    _widths(sheet, [28, 7, 11, 9, 70, 15, 30])
    sheet.freeze_panes = "B2"
    if row > 2:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{row - 1}"


def _documents_by_type(records: list[DocumentRecord]) -> dict[str, list[DocumentRecord]]:
    typed: dict[str, list[DocumentRecord]] = {}
    for record in records:
        if record.status in (DocumentStatus.CLASSIFIED, DocumentStatus.DUPLICATE) and record.evidence_type:
            typed.setdefault(record.evidence_type, []).append(record)
    return typed


def _found_cell(slugs: Sequence[str], typed: dict[str, list[DocumentRecord]], unit: str) -> str:
    lines = []
    for slug in slugs:
        for record in typed.get(slug, []):
            path = record.path[len(unit) + 1 :] if record.path.startswith(f"{unit}/") else record.path
            date = record.document_date.isoformat() if record.document_date else "?"
            lines.append(f"{path} ({date})")
    return "\n".join(lines)


UNIT_SHEET_COLUMNS = 9


def _write_unit(
    sheet: Worksheet,
    unit: UnitCoverage,
    records: list[DocumentRecord],
    report: ScanReport,
    catalog: Catalog,
    language: Language,
) -> None:
    """Write the LKE Pemenuhan sheet of one unit: area, sub-area and question rows."""
    _put(
        sheet,
        1,
        1,
        f"{unit.unit} · {label('ui.evaluation_year', language)} {report.evaluation_year} · "
        f"{label('ui.as_of', language)} {report.as_of.isoformat()}",
    )
    sheet.cell(row=1, column=1).font = Font(bold=True, size=13)
    _put(sheet, 2, 1, label("ui.sheet_unit_note", language))
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
    _header(sheet, 3, header)
    typed = _documents_by_type(records)
    areas = {area.area: area for area in unit.areas}
    row = 4
    for area in catalog.areas:
        number = next(i.lke_code for i in catalog.indicators if i.area == area.code).split(".")[0]
        name = area.name_id if language == Language.ID else area.name_en
        _group_row(sheet, row, [number, area.code, name, "", area.pemenuhan_weight], _AREA_FILL)
        sheet.cell(row=row, column=9, value=areas[area.code].weighted_score).number_format = "0.00"
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
                    _found_cell(slugs, typed, unit.unit),
                    None,
                ]
                for column, value in enumerate(values, start=1):
                    _put(sheet, row, column, value)
                    sheet.cell(row=row, column=column).alignment = _WRAP
                sheet.cell(row=row, column=6).fill = STATUS_FILL[status.value]
                row += 1
    _widths(sheet, [9, 10, 60, 11, 8, 15, 26, 50, 12])
    sheet.freeze_panes = "C4"
    sheet.auto_filter.ref = f"A3:{get_column_letter(UNIT_SHEET_COLUMNS)}{row - 1}"


def _group_row(sheet: Worksheet, row: int, values: Sequence[object], fill: PatternFill) -> None:
    for column, value in enumerate(values, start=1):
        _put(sheet, row, column, value)
    for column in range(1, UNIT_SHEET_COLUMNS + 1):
        cell = sheet.cell(row=row, column=column)
        cell.fill = fill
        cell.font = _HEADER_FONT
