"""One self-contained HTML page per unit (``units/<unit>.html``), for the unit's ZI team.

The page answers, in reading order: how far is the unit (an estimate of its Pemenuhan score
per area against the LKE weights and the WBK/WBBM minimums), what must still be uploaded
(every LKE question without current evidence, with the documents that would answer it), what
is too old (with the date found and the rule), and which documents need a person's look
(unreadable, unrecognised, duplicated, misfiled, undated), each with its reason.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from markupsafe import Markup

from models.catalog import Catalog
from models.coverage import Coverage, PredicateEstimate, UnitCoverage
from models.documents import DocumentRecord, DocumentStatus
from models.messages import Language
from models.report import ScanReport
from pipeline.coverage import estimate_predicates, indicator_weight, pemenuhan_estimate
from pipeline.reports.charts import Bar, Marker, bar_chart, score_bar
from pipeline.reports.filenames import unit_page_names
from pipeline.reports.templating import ENVIRONMENT as _ENVIRONMENT
from pipeline.reports.view import DocumentRow, ReportView, label, ui_labels, view_for

log = logging.getLogger(__name__)

UNIT_PAGES_DIR = "units"


@dataclass(frozen=True)
class DocumentItem:
    """A document on the unit page: its shared row plus what this page adds."""

    row: DocumentRow
    short_path: str = ""
    misfiled: bool = False


@dataclass(frozen=True)
class QuestionItem:
    """An LKE question without current evidence, and what would answer it."""

    code: str
    lke_code: str
    question: str
    points: str
    satisfied_by: tuple[str, ...]
    typical: str


@dataclass(frozen=True)
class AreaGroup:
    """The missing questions of one area."""

    code: str
    name: str
    questions: tuple[QuestionItem, ...]


@dataclass(frozen=True)
class TypeItem:
    """An outdated evidence type, the questions it answers and its documents."""

    slug: str
    name: str
    questions: tuple[str, ...]
    documents: tuple[DocumentItem, ...]


@dataclass(frozen=True)
class AreaLine:
    """One row of the area table: the estimate against the weight and each predikat minimum."""

    code: str
    name: str
    weight: str
    estimate: str
    present: str
    marks: tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class UnitPage:
    """Everything the unit page shows."""

    unit: str
    file_name: str
    cards: tuple[tuple[str, str, str], ...]
    estimate_sentence: str
    estimate_note: str
    predicates: tuple[tuple[str, str, bool], ...]
    total_chart: Markup
    area_chart: Markup
    areas: tuple[AreaLine, ...]
    missing: tuple[AreaGroup, ...]
    missing_count: int
    other_missing_types: tuple[str, ...]
    outdated: tuple[TypeItem, ...]
    outdated_intro: str
    review: tuple[DocumentItem, ...]
    documents: tuple[DocumentItem, ...]


def _number(value: float) -> str:
    return f"{value:.2f}"


def _percent(share: float) -> str:
    return f"{share * 100:.0f}%"


def _type_name(catalog: Catalog, slug: str, language: Language) -> str:
    etype = catalog.evidence_type(slug)
    return etype.name_id if language == Language.ID else etype.name_en


def _predicate_name(catalog: Catalog, code: str, language: Language) -> str:
    assert catalog.thresholds is not None
    predicate = next(p for p in catalog.thresholds.predicates if p.code == code)
    return predicate.name_id if language == Language.ID else predicate.name_en


def _is_misfiled(record: DocumentRecord) -> bool:
    # The classifier may flag a document filed under the wrong area; older records lack the flag.
    return bool(getattr(record, "misfiled", False))


def _needs_review(record: DocumentRecord) -> bool:
    if record.status != DocumentStatus.CLASSIFIED:
        return True
    return _is_misfiled(record) or (record.recency is not None and record.recency.outdated is None)


def _item(record: DocumentRecord, row: DocumentRow) -> DocumentItem:
    prefix = f"{record.unit}/"
    short = record.path[len(prefix) :] if record.path.startswith(prefix) else record.path
    return DocumentItem(row=row, short_path=short, misfiled=_is_misfiled(record))


def _missing_groups(
    unit: UnitCoverage, catalog: Catalog, language: Language
) -> tuple[tuple[AreaGroup, ...], int]:
    groups = []
    count = 0
    for area in catalog.areas:
        questions = []
        for indicator in (i for i in catalog.indicators if i.area == area.code):
            if unit.indicators[indicator.code] != Coverage.MISSING:
                continue
            questions.append(
                QuestionItem(
                    code=indicator.code,
                    lke_code=indicator.lke_code,
                    question=indicator.question_id,
                    points=label(
                        "ui.points", language, points=_number(indicator_weight(indicator.code, catalog))
                    ),
                    satisfied_by=tuple(
                        _type_name(catalog, slug, language)
                        for slug in catalog.types_supporting(indicator.code)
                    ),
                    typical=indicator.typical_evidence_id,
                )
            )
        if questions:
            name = area.name_id if language == Language.ID else area.name_en
            groups.append(AreaGroup(code=area.code, name=name, questions=tuple(questions)))
            count += len(questions)
    return tuple(groups), count


def _outdated_types(
    unit: UnitCoverage,
    documents: list[tuple[DocumentRecord, DocumentItem]],
    catalog: Catalog,
    language: Language,
) -> tuple[TypeItem, ...]:
    outdated_by_type: dict[str, list[DocumentItem]] = {}
    for record, item in documents:
        if record.outdated and record.evidence_type:
            outdated_by_type.setdefault(record.evidence_type, []).append(item)
    items = []
    for slug in unit.types_with(Coverage.OUTDATED):
        etype = catalog.evidence_type(slug)
        items.append(
            TypeItem(
                slug=slug,
                name=_type_name(catalog, slug, language),
                questions=tuple(
                    f"{catalog.indicator(code).lke_code} ({code}) {catalog.indicator(code).question_id}"
                    for code in etype.indicators
                ),
                documents=tuple(outdated_by_type.get(slug, ())),
            )
        )
    return tuple(items)


def _predicate_lines(
    estimates: tuple[PredicateEstimate, ...], catalog: Catalog, language: Language
) -> tuple[tuple[str, str, bool], ...]:
    assert catalog.thresholds is not None
    lines = []
    for estimate, predicate in zip(estimates, catalog.thresholds.predicates, strict=True):
        name = _predicate_name(catalog, estimate.predicate, language)
        params = {"name": name, "required": f"{estimate.required:g}", "gap": _number(estimate.gap)}
        key = "ui.predicate_reached" if estimate.gap == 0 else "ui.predicate_gap"
        sentence = label(key, language, **params)
        share = _percent(predicate.area_share_min)
        areas = (
            label("ui.predicate_areas_below", language, share=share, areas=", ".join(estimate.areas_below))
            if estimate.areas_below
            else label("ui.predicate_areas_ok", language, share=share)
        )
        lines.append((sentence, areas, estimate.reached))
    return tuple(lines)


def _charts(unit: UnitCoverage, catalog: Catalog, language: Language) -> tuple[Markup, Markup]:
    assert catalog.thresholds is not None
    predicates = catalog.thresholds.predicates
    names = ", ".join(f"{p.code} {_percent(p.area_share_min)}" for p in predicates)
    area_markers = [Marker(p.area_share_min, p.code) for p in predicates]
    bars = []
    for area in unit.areas:
        share = area.weighted_score / area.pemenuhan_weight if area.pemenuhan_weight else 0.0
        tone = (
            "ok"
            if share + 1e-9 >= predicates[-1].area_share_min
            else ("mid" if share + 1e-9 >= predicates[0].area_share_min else "low")
        )
        caption = f"{_number(area.weighted_score)} / {area.pemenuhan_weight:g}"
        bars.append(Bar(area.area, area.weighted_score, area.pemenuhan_weight, tone, caption))
    area_chart = bar_chart(bars, area_markers, title=label("ui.chart_areas", language, markers=names))
    total = catalog.thresholds.total_max
    scaled = pemenuhan_estimate(unit) / catalog.thresholds.pemenuhan_max * total
    total_names = ", ".join(f"{p.code} {p.total_min:g}" for p in predicates)
    total_chart = score_bar(
        scaled,
        total,
        [Marker(p.total_min / total, f"{p.code} {p.total_min:g}") for p in predicates],
        title=label("ui.chart_total", language, markers=total_names),
        caption=label("ui.chart_total_caption", language, scaled=f"{scaled:.1f}", total_max=f"{total:g}"),
    )
    return total_chart, area_chart


def _area_lines(unit: UnitCoverage, catalog: Catalog, language: Language) -> tuple[AreaLine, ...]:
    assert catalog.thresholds is not None
    lines = []
    for area in unit.areas:
        meta = catalog.area(area.area)
        marks = tuple(
            (
                f"{p.area_share_min * area.pemenuhan_weight:.2f}",
                area.weighted_score + 1e-9 >= p.area_share_min * area.pemenuhan_weight,
            )
            for p in catalog.thresholds.predicates
        )
        lines.append(
            AreaLine(
                code=area.area,
                name=meta.name_id if language == Language.ID else meta.name_en,
                weight=f"{area.pemenuhan_weight:g}",
                estimate=_number(area.weighted_score),
                present=f"{area.indicators_present} / {area.indicators_total}",
                marks=marks,
            )
        )
    return tuple(lines)


def build_unit_page(
    unit: UnitCoverage,
    documents: list[tuple[DocumentRecord, DocumentRow]],
    catalog: Catalog,
    language: Language,
    *,
    file_name: str,
    evaluation_year: int,
) -> UnitPage:
    """Gather everything one unit's page shows, in the user's language.

    ``documents`` are the unit's records with their rows (:meth:`ReportView.unit_documents`).
    """
    thresholds = catalog.thresholds
    if thresholds is None:
        raise ValueError("the catalog has no thresholds; unit pages need them")
    missing, missing_count = _missing_groups(unit, catalog, language)
    covered_elsewhere = tuple(
        _type_name(catalog, slug, language)
        for slug in unit.types_with(Coverage.MISSING)
        if all(unit.indicators[code] != Coverage.MISSING for code in catalog.evidence_type(slug).indicators)
    )
    items = [(record, _item(record, row)) for record, row in documents]
    review = tuple(item for record, item in items if _needs_review(record))
    outdated = _outdated_types(unit, items, catalog, language)
    total_chart, area_chart = _charts(unit, catalog, language)
    estimates = estimate_predicates(unit, catalog)
    score = pemenuhan_estimate(unit)
    cards = (
        (
            f"{len(unit.types_with(Coverage.PRESENT))} {label('ui.of', language)} {len(unit.evidence_types)}",
            label("ui.card_current", language),
            "ok",
        ),
        (str(missing_count), label("ui.card_missing", language), "bad" if missing_count else "ok"),
        (str(len(outdated)), label("ui.card_outdated", language), "warn" if outdated else "ok"),
        (str(len(review)), label("ui.card_review", language), "warn" if review else "ok"),
    )
    return UnitPage(
        unit=unit.unit,
        file_name=file_name,
        cards=cards,
        estimate_sentence=label(
            "ui.estimate_score",
            language,
            score=_number(score),
            maximum=f"{thresholds.pemenuhan_max:g}",
            scaled=f"{score / thresholds.pemenuhan_max * thresholds.total_max:.1f}",
            total_max=f"{thresholds.total_max:g}",
        ),
        estimate_note=label(
            "ui.estimate_plain",
            language,
            pemenuhan_max=f"{thresholds.pemenuhan_max:g}",
            total_max=f"{thresholds.total_max:g}",
        ),
        predicates=_predicate_lines(estimates, catalog, language),
        total_chart=total_chart,
        area_chart=area_chart,
        areas=_area_lines(unit, catalog, language),
        missing=missing,
        missing_count=missing_count,
        other_missing_types=covered_elsewhere,
        outdated=outdated,
        outdated_intro=label("ui.outdated_intro", language, year=evaluation_year),
        review=review,
        documents=tuple(item for _, item in items),
    )


def render_unit_pages(
    report: ScanReport, *, language: Language = Language.ID, view: ReportView | None = None
) -> dict[str, bytes]:
    """Every unit's page as UTF-8 bytes, keyed by its file name inside ``units/``.

    ``view`` is the report already rendered for people (see
    :func:`pipeline.reports.view.build_report_view`).
    """
    view = view_for(report, language, view)
    catalog = view.catalog
    names = unit_page_names(unit.unit for unit in report.units)
    template = _ENVIRONMENT.get_template("unit.html.j2")
    labels = ui_labels(language)
    predicates = catalog.thresholds.predicates if catalog.thresholds else ()
    predicate_names = [label("ui.minimum", language, name=p.code) for p in predicates]
    pages = {}
    for unit in report.units:
        page = build_unit_page(
            unit,
            view.unit_documents(unit.unit),
            catalog,
            language,
            file_name=names[unit.unit],
            evaluation_year=report.evaluation_year,
        )
        html = template.render(
            report=report,
            language=language.value,
            t=labels,
            page=page,
            title=label("ui.unit_page_title", language, unit=unit.unit),
            predicate_names=predicate_names,
        )
        pages[names[unit.unit]] = html.encode("utf-8")
    return pages
