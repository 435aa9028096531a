"""report.json: the machine-readable contract (shared/spec/interface.md), plus added keys.

The file is ``json.dumps(data, ensure_ascii=False, indent=2)`` plus a newline, byte for byte.
The standard library's C encoder does not indent, and its pure-Python indenting encoder took
most of the time of writing a large report, so :func:`dumps_json` lets pydantic's serializer
(Rust) write the text whenever that text is provably the same (tests compare the two).
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from pydantic_core import PydanticSerializationError, to_json

from models.catalog import Catalog
from models.coverage import UnitCoverage
from models.documents import DocumentRecord, DocumentStatus
from models.messages import Language
from models.report import REPORT_SCHEMA, ScanReport
from pipeline.coverage import estimate_predicates, pemenuhan_estimate
from pipeline.reports.view import DocumentRow, ReportView, view_for

log = logging.getLogger(__name__)


def report_to_dict(
    report: ScanReport, *, language: Language = Language.ID, view: ReportView | None = None
) -> dict[str, Any]:
    """The report as JSON-ready data, contract keys first."""
    view = view_for(report, language, view)
    catalog = view.catalog
    indicators = {etype.slug: etype.indicators for etype in catalog.evidence_types}
    counts = {status.value: 0 for status in DocumentStatus}
    for record in report.documents:
        counts[record.status.value] += 1
    return {
        "schema": REPORT_SCHEMA,
        "evaluation_year": report.evaluation_year,
        "as_of": report.as_of.isoformat(),
        "documents": [
            _document(record, row, indicators)
            for record, row in zip(report.documents, view.rows, strict=True)
        ],
        "units": [
            {
                "unit": unit.unit,
                "evidence_types": {slug: status.value for slug, status in unit.evidence_types.items()},
                "indicators": {code: status.value for code, status in unit.indicators.items()},
                "areas": [area.model_dump() for area in unit.areas],
                "document_count": unit.document_count,
                "estimate": _estimate(unit, catalog),
            }
            for unit in report.units
        ],
        "root": report.root_name,
        "language": language.value,
        "summary": {"documents": len(report.documents), "units": len(report.units), **counts},
        "bukti_version": report.bukti_version,
        "catalog_version": report.catalog_version,
        "classifier": report.classifier,
        "generated_at": report.generated_at.isoformat(),
        "duration_seconds": report.duration_seconds,
        "reused_documents": report.reused_documents,
        "changes": report.changes.model_dump(mode="json") if report.changes else None,
    }


def _document(
    record: DocumentRecord, row: DocumentRow, indicators: dict[str, tuple[str, ...]]
) -> dict[str, Any]:
    classification = record.classification
    dates = record.dates
    slug = record.evidence_type
    effective = dates.effective if dates else None
    return {
        "path": record.path,
        "unit": record.unit,
        "status": record.status.value,
        "evidence_type": slug,
        "confidence": round(classification.confidence, 2) if classification else None,
        "indicators": list(indicators[slug]) if slug else [],
        "document_date": effective.value.isoformat() if effective else None,
        "outdated": record.outdated,
        "error": row.error if record.error else None,
        # Added keys (allowed by the contract).
        # The exact bytes of a path that is not UTF-8 ("path" shows them as \xNN escapes).
        "path_base64": record.path_base64,
        "title": record.title,
        "format": record.format.value,
        "size": record.size,
        "sha256": record.sha256,
        "duplicate_of": record.duplicate_of,
        "best_guess": classification.best_guess if classification else None,
        "alternatives": [a.model_dump() for a in classification.alternatives] if classification else [],
        "evidence_phrases": list(classification.evidence_phrases) if classification else [],
        "misfiled": record.misfiled is not None,
        "misfiled_reason": row.misfiled if record.misfiled else None,
        "date_source": effective.source if effective else None,
        "date_phrase": effective.phrase if effective else None,
        "date_precision": effective.precision.value if effective else None,
        "period": [dates.period.start_year, dates.period.end_year] if dates and dates.period else None,
        "report_year": dates.report_year if dates else None,
        "recency": row.recency if record.recency else None,
        "recency_rule": record.recency.rule if record.recency else None,
        "extractor": record.extractor,
        "page_count": record.page_count,
        "ocr": record.ocr,
        "ocr_confidence": round(record.ocr_confidence, 2) if record.ocr_confidence is not None else None,
    }


def _estimate(unit: UnitCoverage, catalog: Catalog) -> dict[str, Any]:
    """Return the Pemenuhan estimate and its distance to each predikat, as on the unit page."""
    return {
        "pemenuhan": pemenuhan_estimate(unit),
        "pemenuhan_max": catalog.thresholds.pemenuhan_max if catalog.thresholds else None,
        "predicates": [
            {**estimate.model_dump(), "areas_below": list(estimate.areas_below), "reached": estimate.reached}
            for estimate in estimate_predicates(unit, catalog)
        ],
    }


def render_json(
    report: ScanReport, *, language: Language = Language.ID, view: ReportView | None = None
) -> bytes:
    """report.json as UTF-8 bytes (non-ASCII kept readable)."""
    return dumps_json(report_to_dict(report, language=language, view=view)) + b"\n"


def dumps_json(data: Any) -> bytes:
    """``json.dumps(data, ensure_ascii=False, indent=2)`` as UTF-8 bytes, written fast.

    ``data`` is JSON data as :func:`report_to_dict` makes it: dicts with string keys, lists,
    tuples, strings, numbers, booleans and None. pydantic's serializer writes such data exactly
    as ``json.dumps`` does (same indentation, escapes, integers, NaN and Infinity, and the
    shortest round-trip digits of floats) with one exception: a float between -0.0001 and
    0.0001 (other than zero), which Python writes as ``1e-05`` and pydantic as ``0.00001``.
    Such a number always leaves ``0.0000`` or ``e-<digit>`` in pydantic's text, so when either
    appears (in a number or, rarely, inside some string) the text comes from ``json.dumps``.
    """
    try:
        text = to_json(data, indent=2, inf_nan_mode="constants")
    except (PydanticSerializationError, ValueError):
        text = None  # e.g. a lone surrogate: json.dumps (and then encode) raises its own error
    if text is not None and b"0.0000" not in text and not _NEGATIVE_EXPONENT.search(text):
        return text
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


_NEGATIVE_EXPONENT = re.compile(rb"e-\d")
