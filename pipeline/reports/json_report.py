"""report.json: the machine-readable contract (shared/spec/interface.md), plus added keys."""

from __future__ import annotations

import json
import logging
from typing import Any

from models.catalog import Catalog
from models.coverage import UnitCoverage
from models.documents import DocumentRecord, DocumentStatus
from models.messages import Language
from models.report import REPORT_SCHEMA, ScanReport
from pipeline.catalog import load_catalog
from pipeline.coverage import estimate_predicates, pemenuhan_estimate

log = logging.getLogger(__name__)


def report_to_dict(report: ScanReport, *, language: Language = Language.ID) -> dict[str, Any]:
    """The report as JSON-ready data, contract keys first."""
    catalog = load_catalog()
    counts = {status.value: 0 for status in DocumentStatus}
    for record in report.documents:
        counts[record.status.value] += 1
    return {
        "schema": REPORT_SCHEMA,
        "evaluation_year": report.evaluation_year,
        "as_of": report.as_of.isoformat(),
        "documents": [_document(r, catalog, language) for r in report.documents],
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


def _document(record: DocumentRecord, catalog: Any, language: Language) -> dict[str, Any]:
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
        "indicators": list(catalog.evidence_type(slug).indicators) if slug else [],
        "document_date": effective.value.isoformat() if effective else None,
        "outdated": record.outdated,
        "error": record.error.render(language) if record.error else None,
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
        "misfiled_reason": record.misfiled.render(language) if record.misfiled else None,
        "date_source": effective.source if effective else None,
        "date_phrase": effective.phrase if effective else None,
        "date_precision": effective.precision.value if effective else None,
        "period": [dates.period.start_year, dates.period.end_year] if dates and dates.period else None,
        "report_year": dates.report_year if dates else None,
        "recency": record.recency.explanation.render(language) if record.recency else None,
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


def render_json(report: ScanReport, *, language: Language = Language.ID) -> bytes:
    """report.json as UTF-8 bytes (non-ASCII kept readable)."""
    text = json.dumps(report_to_dict(report, language=language), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
