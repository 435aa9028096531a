"""A language-rendered view of a scan report, computed once and shared by every writer.

Rendering a document for people (its type's name, its reasons as sentences, its labels) is
the same work for report.html, the unit pages, the workbook, the CSV and report.json. For a
tree of 10,000 documents that work costs more than writing any one file, so
:func:`build_report_view` does it once per report and language and every writer takes the
result. Reasons repeat a great deal (most documents of a scan share a handful of sentences),
so rendered messages are cached per view.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from types import SimpleNamespace

from models.catalog import Catalog, EvidenceType
from models.coverage import Coverage, UnitCoverage
from models.documents import DocumentRecord, DocumentStatus
from models.messages import MESSAGES, Language, Message, render
from models.report import ScanReport
from pipeline.catalog import load_catalog
from pipeline.reports.filenames import unit_page_names

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One document as people read it (``reason`` is ``error`` and ``recency`` together)."""

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
    error: str = field(default="", metadata={"doc": "Why it is unreadable or a duplicate."})
    recency: str = field(default="", metadata={"doc": "The recency verdict as a sentence."})


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
    misfiled: tuple[DocumentRow, ...] = field(default=(), metadata={"doc": "Documents filed elsewhere."})
    page: str = field(default="", metadata={"doc": "Relative link to the unit's own page."})


def label(key: str, language: Language, **params: object) -> str:
    """A UI label or sentence from the message catalog."""
    return render(key, dict(params), language)


def ui_labels(language: Language) -> SimpleNamespace:
    """Every ``ui.*`` label in ``language``, as attributes named without the prefix (``t``).

    Attributes rather than a dict: Jinja looks ``t.name`` up as an attribute first, and a dict
    answers that with a raised and caught AttributeError, for every label in every row.
    """
    index = 0 if language == Language.ID else 1
    return SimpleNamespace(
        **{key[3:]: texts[index] for key, texts in MESSAGES.items() if key.startswith("ui.")}
    )


def _message_key(message: Message) -> object:
    """A hashable stand-in for ``message``: equal for messages that render the same."""
    if not message.params:
        return message.key
    # The value's class is part of the key: 1, 1.0 and True are equal but format differently.
    return (
        message.key,
        *[
            (name, _message_key(value) if isinstance(value, Message) else (value.__class__, value))
            for name, value in message.params.items()
        ],
    )


class MessageCache:
    """Renders messages in one language, each distinct message once."""

    def __init__(self, language: Language) -> None:
        """Start an empty cache for ``language``."""
        self.language = language
        self._texts: dict[object, str] = {}

    def __call__(self, message: Message) -> str:
        """The sentence of ``message``."""
        key = _message_key(message)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = message.render(self.language)
        return text


class _RowMaker:
    """Turns records into :class:`DocumentRow` with catalog lookups and labels done once."""

    def __init__(self, catalog: Catalog, language: Language, messages: MessageCache) -> None:
        self.messages = messages
        self.types: dict[str, EvidenceType] = {t.slug: t for t in catalog.evidence_types}
        self.type_names = {
            t.slug: t.name_id if language == Language.ID else t.name_en for t in catalog.evidence_types
        }
        self.type_indicators = {t.slug: ", ".join(t.indicators) for t in catalog.evidence_types}
        self.status_labels = {s: label(f"status.{s.value}", language) for s in DocumentStatus}

    def row(self, record: DocumentRecord) -> DocumentRow:
        """Render one record for people."""
        slug = record.evidence_type
        if slug and slug not in self.types:
            raise KeyError(slug)  # as Catalog.evidence_type does: a slug the catalog lacks is a bug
        error = self.messages(record.error) if record.error else ""
        recency = self.messages(record.recency.explanation) if record.recency else ""
        classification = record.classification
        date = record.document_date
        return DocumentRow(
            path=record.path,
            status=record.status.value,
            status_label=self.status_labels[record.status],
            evidence_type=slug or "",
            type_name=self.type_names[slug] if slug else "",
            confidence=f"{classification.confidence:.2f}" if classification and slug else "",
            date=date.isoformat() if date else "",
            reason=f"{error} {recency}" if error and recency else error or recency,
            indicators=self.type_indicators[slug] if slug else "",
            phrases=", ".join(classification.evidence_phrases) if classification and slug else "",
            alternatives=", ".join(f"{a.slug} ({a.score:.2f})" for a in classification.alternatives)
            if classification
            else "",
            misfiled=self.messages(record.misfiled) if record.misfiled else "",
            error=error,
            recency=recency,
        )


@dataclass(frozen=True)
class ReportView:
    """A report rendered once for people in one language, for every writer to share.

    ``rows[i]`` is ``report.documents[i]``; ``by_unit`` lists each unit's records and rows in
    report order. Writers take it as ``view=`` and build their own when given none.
    """

    report: ScanReport
    language: Language
    catalog: Catalog
    rows: tuple[DocumentRow, ...]
    by_unit: dict[str, list[tuple[DocumentRecord, DocumentRow]]]
    messages: MessageCache = field(repr=False)

    def unit_documents(self, unit: str) -> list[tuple[DocumentRecord, DocumentRow]]:
        """The unit's records with their rows, in report order (empty for a unit without files)."""
        return self.by_unit.get(unit, [])


def build_report_view(report: ScanReport, language: Language) -> ReportView:
    """Render every document of ``report`` once, in ``language``."""
    catalog = load_catalog()
    messages = MessageCache(language)
    maker = _RowMaker(catalog, language, messages)
    rows = tuple(maker.row(record) for record in report.documents)
    by_unit: dict[str, list[tuple[DocumentRecord, DocumentRow]]] = {}
    for record, row in zip(report.documents, rows, strict=True):
        by_unit.setdefault(record.unit, []).append((record, row))
    return ReportView(
        report=report, language=language, catalog=catalog, rows=rows, by_unit=by_unit, messages=messages
    )


def view_for(report: ScanReport, language: Language, view: ReportView | None) -> ReportView:
    """``view`` when it was built for this report and language; otherwise a new one."""
    if view is None:
        return build_report_view(report, language)
    if view.report is not report or view.language != language:
        raise ValueError("the report view was built for another report or language")
    return view


def build_unit_views(
    report: ScanReport, language: Language, *, view: ReportView | None = None
) -> list[UnitView]:
    """One view per unit, in report order."""
    view = view_for(report, language, view)
    pages = unit_page_names(unit.unit for unit in report.units)
    return [
        replace(
            _unit_view(unit, [row for _, row in view.unit_documents(unit.unit)], view.catalog, language),
            page=f"units/{pages[unit.unit]}",
        )
        for unit in report.units
    ]


def _unit_view(unit: UnitCoverage, rows: list[DocumentRow], catalog: Catalog, language: Language) -> UnitView:
    by_type: dict[str, list[DocumentRow]] = {}
    for row in rows:
        by_type.setdefault(row.evidence_type, []).append(row)

    def type_rows(status: Coverage) -> tuple[TypeRow, ...]:
        result = []
        for slug in unit.types_with(status):
            etype = catalog.evidence_type(slug)
            questions = tuple(f"{code}: {catalog.indicator(code).question_id}" for code in etype.indicators)
            result.append(
                TypeRow(
                    slug=slug,
                    name=etype.name_id if language == Language.ID else etype.name_en,
                    indicators=", ".join(etype.indicators),
                    questions=questions,
                    documents=tuple(by_type.get(slug, ())),
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
        misfiled=tuple(row for row in rows if row.misfiled),
    )


def report_totals(report: ScanReport, language: Language) -> str:
    """The one-sentence totals line of a report."""
    counts = {status.value: 0 for status in DocumentStatus}
    for record in report.documents:
        counts[record.status.value] += 1
    return label("ui.totals", language, documents=len(report.documents), units=len(report.units), **counts)
