"""report.csv: one row per document, for anyone's tooling.

Column names are stable English keys (those of report.json where they exist), whatever the
report language; the type name and the reason are in the report language. UTF-8 with a byte
order mark so that Excel shows Indonesian text correctly, comma-separated, every field quoted
when needed (RFC 4180). A field that a spreadsheet would evaluate as a formula gets a leading
apostrophe (see :mod:`pipeline.reports.safe_text`); report.json keeps every value exactly.
"""

from __future__ import annotations

import csv
import io
import logging

from models.messages import Language
from models.report import ScanReport
from pipeline.reports.safe_text import neutralise_formula
from pipeline.reports.view import ReportView, view_for

log = logging.getLogger(__name__)

CSV_COLUMNS = (
    "unit",
    "path",
    "status",
    "evidence_type",
    "evidence_type_name",
    "confidence",
    "indicators",
    "document_date",
    "outdated",
    "recency_rule",
    "reason",
)


def _outdated(value: bool | None) -> str:
    return "" if value is None else str(value).lower()


def render_csv(
    report: ScanReport, *, language: Language = Language.ID, view: ReportView | None = None
) -> bytes:
    """Render the documents as CSV bytes (UTF-8 with BOM, CRLF line ends)."""
    view = view_for(report, language, view)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for record, row in zip(report.documents, view.rows, strict=True):
        values = (
            record.unit,
            record.path,
            record.status.value,
            row.evidence_type,
            row.type_name,
            row.confidence,
            row.indicators.replace(", ", " "),
            row.date,
            _outdated(record.outdated),
            record.recency.rule if record.recency and record.recency.rule else "",
            row.reason,
        )
        writer.writerow([neutralise_formula(value) for value in values])
    return buffer.getvalue().encode("utf-8-sig")
