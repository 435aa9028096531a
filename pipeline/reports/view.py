"""A language-rendered view of a scan report, shared by the HTML and Excel writers."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from models.catalog import Catalog
from models.coverage import Coverage, UnitCoverage
from models.documents import DocumentRecord, DocumentStatus
from models.messages import Language, render
from models.report import ScanReport
from pipeline.catalog import load_catalog
from pipeline.reports.filenames import unit_page_names

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocumentRow:
    """One document as people read it."""

    path: str
    status: str
    status_label: str
    evidence_type: str
    type_name: str
    confidence: str
    date: str
    reason: str
    indicators: str
    phrases: str
    alternatives: str = ""
    misfiled: str = ""


@dataclass(frozen=True)
class TypeRow:
    """One evidence type with a status for a unit, and the documents behind it."""

    slug: str
    name: str
    indicators: str
    questions: tuple[str, ...]
    documents: tuple[DocumentRow, ...] = ()


@dataclass(frozen=True)
class AreaRow:
    """Coverage of one area for a unit."""

    code: str
    name: str
    present: int
    total: int
    share_percent: str
    estimate: str
    weight: str


@dataclass(frozen=True)
class UnitView:
    """Everything a unit's section shows, in reading order."""

    name: str
    totals: str
    missing: tuple[TypeRow, ...]
    outdated: tuple[TypeRow, ...]
    needs_review: tuple[TypeRow, ...]
    areas: tuple[AreaRow, ...]
    documents: tuple[DocumentRow, ...]
    coverage: UnitCoverage = field(repr=False)
    page: str = field(default="", metadata={"doc": "Relative link to the unit's own page."})


def label(key: str, language: Language, **params: object) -> str:
    """A UI label or sentence from the message catalog."""
    return render(key, dict(params), language)


def document_row(record: DocumentRecord, catalog: Catalog, language: Language) -> DocumentRow:
    """Render one record for people."""
    slug = record.evidence_type
    etype = catalog.evidence_type(slug) if slug else None
    name = etype.name_id if etype and language == Language.ID else (etype.name_en if etype else "")
    reason_parts = []
    if record.error:
        reason_parts.append(record.error.render(language))
    if record.recency:
        reason_parts.append(record.recency.explanation.render(language))
    classification = record.classification
    return DocumentRow(
        path=record.path,
        status=record.status.value,
        status_label=label(f"status.{record.status.value}", language),
        evidence_type=slug or "",
        type_name=name,
        confidence=f"{classification.confidence:.2f}" if classification and slug else "",
        date=record.document_date.isoformat() if record.document_date else "",
        reason=" ".join(reason_parts),
        indicators=", ".join(etype.indicators) if etype else "",
        phrases=", ".join(classification.evidence_phrases) if classification and slug else "",
        alternatives=", ".join(f"{a.slug} ({a.score:.2f})" for a in classification.alternatives)
        if classification
        else "",
        misfiled=record.misfiled.render(language) if record.misfiled else "",
    )


def build_unit_views(report: ScanReport, language: Language) -> list[UnitView]:
    """One view per unit, in report order."""
    catalog = load_catalog()
    by_unit: dict[str, list[DocumentRecord]] = {}
    for record in report.documents:
        by_unit.setdefault(record.unit, []).append(record)
    pages = unit_page_names(unit.unit for unit in report.units)
    return [
        replace(
            _unit_view(unit, by_unit.get(unit.unit, []), catalog, language),
            page=f"units/{pages[unit.unit]}",
        )
        for unit in report.units
    ]


def _unit_view(
    unit: UnitCoverage, records: list[DocumentRecord], catalog: Catalog, language: Language
) -> UnitView:
    rows = [document_row(r, catalog, language) for r in records]

    def type_rows(status: Coverage) -> tuple[TypeRow, ...]:
        result = []
        for slug in unit.types_with(status):
            etype = catalog.evidence_type(slug)
            questions = tuple(f"{code}: {catalog.indicator(code).question_id}" for code in etype.indicators)
            documents = tuple(row for row in rows if row.evidence_type == slug)
            result.append(
                TypeRow(
                    slug=slug,
                    name=etype.name_id if language == Language.ID else etype.name_en,
                    indicators=", ".join(etype.indicators),
                    questions=questions,
                    documents=documents,
                )
            )
        return tuple(result)

    areas = tuple(
        AreaRow(
            code=area.area,
            name=catalog.area(area.area).name_id
            if language == Language.ID
            else catalog.area(area.area).name_en,
            present=area.indicators_present,
            total=area.indicators_total,
            share_percent=f"{area.share_present * 100:.0f}%",
            estimate=f"{area.weighted_score:.2f}",
            weight=f"{area.pemenuhan_weight:g}",
        )
        for area in unit.areas
    )
    counts = {status: len(unit.types_with(status)) for status in Coverage}
    return UnitView(
        name=unit.unit,
        totals=label(
            "ui.unit_totals",
            language,
            present=counts[Coverage.PRESENT],
            types=len(unit.evidence_types),
            missing=counts[Coverage.MISSING],
            outdated=counts[Coverage.OUTDATED],
            needs_review=counts[Coverage.NEEDS_REVIEW],
        ),
        missing=type_rows(Coverage.MISSING),
        outdated=type_rows(Coverage.OUTDATED),
        needs_review=type_rows(Coverage.NEEDS_REVIEW),
        areas=areas,
        documents=tuple(rows),
        coverage=unit,
    )


def report_totals(report: ScanReport, language: Language) -> str:
    """The one-sentence totals line of a report."""
    counts = {status.value: 0 for status in DocumentStatus}
    for record in report.documents:
        counts[record.status.value] += 1
    return label("ui.totals", language, documents=len(report.documents), units=len(report.units), **counts)
