"""Coverage: per unit, the status of every evidence type, indicator and area."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from models.catalog import Catalog
from models.coverage import AreaCoverage, Coverage, PredicateEstimate, UnitCoverage
from models.documents import DocumentRecord, DocumentStatus

log = logging.getLogger(__name__)

# Rows that carry an evidence type: classified documents and duplicates of them.
_TYPED_STATUSES = (DocumentStatus.CLASSIFIED, DocumentStatus.DUPLICATE)


def type_status(records: Iterable[DocumentRecord]) -> Coverage:
    """The contract's status of one type from the unit's documents of that type.

    ``present``: at least one current document; ``outdated``: none current, at least one
    outdated; ``needs_review``: only documents whose date could not be judged; ``missing``.
    """
    verdicts = [record.outdated for record in records]
    if not verdicts:
        return Coverage.MISSING
    if False in verdicts:
        return Coverage.PRESENT
    if True in verdicts:
        return Coverage.OUTDATED
    return Coverage.NEEDS_REVIEW


def assess_unit(unit: str, records: list[DocumentRecord], catalog: Catalog) -> UnitCoverage:
    """Give every catalog slug and indicator exactly one status for ``unit``."""
    by_type: dict[str, list[DocumentRecord]] = {}
    for record in records:
        if record.status in _TYPED_STATUSES and record.evidence_type:
            by_type.setdefault(record.evidence_type, []).append(record)
    types = {t.slug: type_status(by_type.get(t.slug, [])) for t in catalog.evidence_types}
    indicators = {
        ind.code: max(
            (types[slug] for slug in catalog.types_supporting(ind.code)),
            key=lambda status: status.rank,
        )
        for ind in catalog.indicators
    }
    return UnitCoverage(
        unit=unit,
        evidence_types=types,
        indicators=indicators,
        areas=tuple(_assess_area(area.code, indicators, catalog) for area in catalog.areas),
        document_count=len(records),
        unreadable_count=sum(r.status == DocumentStatus.UNREADABLE for r in records),
        unclassified_count=sum(r.status == DocumentStatus.UNCLASSIFIED for r in records),
    )


def _assess_area(area_code: str, indicators: dict[str, Coverage], catalog: Catalog) -> AreaCoverage:
    """Share of the area's sub-indicators with current evidence, and a weighted estimate.

    The estimate scores each sub-area as its weight times the share of its questions with
    current evidence: a rough upper bound of the Pemenuhan score, since the LKE grades
    most questions on A–E scales that documents alone cannot decide.
    """
    codes = [ind.code for ind in catalog.indicators if ind.area == area_code]
    present = [code for code in codes if indicators[code] == Coverage.PRESENT]
    weighted = 0.0
    for sub in (s for s in catalog.sub_areas if s.area == area_code):
        sub_codes = [ind.code for ind in catalog.indicators if ind.sub_area == sub.code]
        if sub_codes:
            share = sum(indicators[c] == Coverage.PRESENT for c in sub_codes) / len(sub_codes)
            weighted += sub.weight * share
    return AreaCoverage(
        area=area_code,
        indicators_total=len(codes),
        indicators_present=len(present),
        share_present=round(len(present) / len(codes), 4) if codes else 0.0,
        weighted_score=round(weighted, 4),
        pemenuhan_weight=catalog.area(area_code).pemenuhan_weight,
    )


def pemenuhan_estimate(unit: UnitCoverage) -> float:
    """Return the unit's estimated Pemenuhan score: the sum of its areas' weighted estimates."""
    return round(sum(area.weighted_score for area in unit.areas), 4)


def indicator_weight(code: str, catalog: Catalog) -> float:
    """Return the Pemenuhan points one sub-indicator carries: sub-area weight / its questions.

    The LKE averages a sub-area's questions and multiplies by the sub-area weight, so this is
    what the estimate gains when the question gets current evidence.
    """
    sub_area = catalog.indicator(code).sub_area
    weight = next(s.weight for s in catalog.sub_areas if s.code == sub_area)
    siblings = sum(1 for ind in catalog.indicators if ind.sub_area == sub_area)
    return weight / siblings


def estimate_predicates(unit: UnitCoverage, catalog: Catalog) -> tuple[PredicateEstimate, ...]:
    """Estimate the distance to every predikat threshold if Pemenuhan were all that counted.

    The Pemenuhan estimate (out of ``pemenuhan_max``) is scaled to ``total_max`` and compared
    with each predikat's minimum total; each area's estimate is compared with the predikat's
    minimum share of the area's Pemenuhan weight. Empty when the catalog has no thresholds.
    """
    thresholds = catalog.thresholds
    if thresholds is None:
        return ()
    scaled = pemenuhan_estimate(unit) / thresholds.pemenuhan_max * thresholds.total_max
    estimates = []
    for predicate in thresholds.predicates:
        below = tuple(
            area.area
            for area in unit.areas
            # A small tolerance so that exactly-at-threshold sums of floats count as reached.
            if area.weighted_score + 1e-9 < predicate.area_share_min * area.pemenuhan_weight
        )
        estimates.append(
            PredicateEstimate(
                predicate=predicate.code,
                scaled_score=round(scaled, 2),
                required=predicate.total_min,
                gap=round(max(0.0, predicate.total_min - scaled), 2),
                areas_below=below,
            )
        )
    return tuple(estimates)
