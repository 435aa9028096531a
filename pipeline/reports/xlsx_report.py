"""report.xlsx: a summary sheet of units x areas and a documents sheet, for inspectors."""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from models.coverage import Coverage
from models.messages import Language
from models.report import ScanReport
from pipeline.catalog import load_catalog
from pipeline.reports.view import build_unit_views, label

log = logging.getLogger(__name__)

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="F2F4F7")
_STATUS_FILL = {
    "present": PatternFill("solid", fgColor="D1FADF"),
    "classified": PatternFill("solid", fgColor="D1FADF"),
    "outdated": PatternFill("solid", fgColor="FEF0C7"),
    "needs_review": PatternFill("solid", fgColor="FEF0C7"),
    "unclassified": PatternFill("solid", fgColor="FEF0C7"),
    "duplicate": PatternFill("solid", fgColor="FEF0C7"),
    "missing": PatternFill("solid", fgColor="FEE4E2"),
    "unreadable": PatternFill("solid", fgColor="FEE4E2"),
}


def render_xlsx(report: ScanReport, *, language: Language = Language.ID) -> bytes:
    """The workbook as bytes."""
    workbook = Workbook()
    summary = workbook.active
    summary.title = label("ui.sheet_summary", language)
    _write_summary(summary, report, language)
    _write_indicators(workbook.create_sheet(label("ui.sheet_indicators", language)), report, language)
    _write_documents(workbook.create_sheet(label("ui.sheet_documents", language)), report, language)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _put(sheet: Worksheet, row: int, column: int, value: object) -> None:
    """Write a value; text is always stored as text so Excel never evaluates it."""
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        # openpyxl turns strings that start with '=' into formulas; file names can.
        cell.data_type = "s"


def _table(sheet: Worksheet, header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[int]) -> None:
    for column, title in enumerate(header, start=1):
        _put(sheet, 1, column, title)
        sheet.cell(row=1, column=column).font = _HEADER_FONT
        sheet.cell(row=1, column=column).fill = _HEADER_FILL
    for row_index, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            _put(sheet, row_index, column, value)
            fill = _STATUS_FILL.get(value) if isinstance(value, str) else None
            if fill is not None:
                sheet.cell(row=row_index, column=column).fill = fill
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "B2"
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"


def _write_summary(sheet: Worksheet, report: ScanReport, language: Language) -> None:
    catalog = load_catalog()
    header = [label("ui.unit", language)]
    header += [f"{area.code} (%)" for area in catalog.areas]
    header += [
        label("ui.count_missing", language),
        label("ui.count_outdated", language),
        label("ui.count_review", language),
        label("ui.count_unreadable", language),
        label("ui.documents", language),
    ]
    rows = []
    for unit in report.units:
        statuses = list(unit.evidence_types.values())
        rows.append(
            [unit.unit]
            + [round(area.share_present * 100, 1) for area in unit.areas]
            + [
                statuses.count(Coverage.MISSING),
                statuses.count(Coverage.OUTDATED),
                statuses.count(Coverage.NEEDS_REVIEW),
                unit.unreadable_count,
                unit.document_count,
            ]
        )
    _table(sheet, header, rows, [36] + [10] * len(catalog.areas) + [18] * 5)


def _write_indicators(sheet: Worksheet, report: ScanReport, language: Language) -> None:
    catalog = load_catalog()
    header = [
        label("ui.unit", language),
        label("ui.area", language),
        label("ui.indicator", language),
        label("ui.question", language),
        label("ui.status", language),
        label("ui.evidence_type", language),
    ]
    rows = []
    for unit in report.units:
        for indicator in catalog.indicators:
            status = unit.indicators[indicator.code]
            types = ", ".join(catalog.types_supporting(indicator.code))
            rows.append([unit.unit, indicator.area, indicator.code, indicator.question_id, status.value, types])
    _table(sheet, header, rows, [30, 8, 12, 70, 14, 30])


def _write_documents(sheet: Worksheet, report: ScanReport, language: Language) -> None:
    header = [
        label("ui.unit", language),
        label("ui.path", language),
        label("ui.status", language),
        label("ui.evidence_type", language),
        label("ui.confidence", language),
        label("ui.date", language),
        label("ui.supports", language),
        label("ui.reason", language),
    ]
    rows = []
    for view in build_unit_views(report, language):
        for doc in view.documents:
            rows.append(
                [view.name, doc.path, doc.status, doc.evidence_type, doc.confidence, doc.date, doc.indicators, doc.reason]
            )
    _table(sheet, header, rows, [28, 60, 14, 26, 11, 14, 24, 80])
