"""Recency rules and coverage aggregation (pure functions)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.catalog import RecencyRule
from models.coverage import Coverage
from models.documents import (
    Classification,
    DateFinding,
    DatePrecision,
    DocumentDates,
    DocumentRecord,
    DocumentStatus,
    PeriodFinding,
)
from models.messages import Language
from pipeline.coverage import assess_unit
from pipeline.recency import assess_recency


def dated(year: int, month: int = 6, day: int = 1) -> DocumentDates:
    return DocumentDates(
        effective=DateFinding(
            value=dt.date(year, month, day),
            precision=DatePrecision.DAY,
            source="ditetapkan",
            phrase=f"pada tanggal {day} Juni {year}",
        )
    )


@pytest.mark.parametrize(
    ("rule", "doc_year", "outdated"),
    [
        (RecencyRule.Y0, 2026, False),
        (RecencyRule.Y0, 2025, True),
        (RecencyRule.Y1, 2025, False),
        (RecencyRule.Y1, 2024, True),
        (RecencyRule.Y2, 2024, False),
        (RecencyRule.Y2, 2023, True),
        (RecencyRule.Y3, 2023, False),
        (RecencyRule.Y3, 2022, True),
        (RecencyRule.PERIOD, 2025, False),
        (RecencyRule.PERIOD, 2024, True),
        (RecencyRule.PREV_REPORT, 2026, False),
        (RecencyRule.PREV_REPORT, 2025, True),
    ],
)
def test_year_rules(rule: RecencyRule, doc_year: int, outdated: bool) -> None:
    verdict = assess_recency(rule, dated(doc_year), evaluation_year=2026)
    assert verdict.outdated is outdated
    text = verdict.explanation.render(Language.ID)
    assert text.endswith("masih berlaku." if not outdated else "sudah kedaluwarsa.")
    assert rule.value in text


def test_period_rule_uses_named_period() -> None:
    covering = DocumentDates(period=PeriodFinding(start_year=2025, end_year=2029, phrase="2025-2029"))
    assert assess_recency(RecencyRule.PERIOD, covering, evaluation_year=2026).outdated is False
    old = DocumentDates(period=PeriodFinding(start_year=2019, end_year=2023, phrase="2019-2023"))
    assert assess_recency(RecencyRule.PERIOD, old, evaluation_year=2026).outdated is True


def test_prev_report_uses_reported_year() -> None:
    lkjip = DocumentDates(report_year=2025, report_year_phrase="LKjIP Tahun 2025")
    assert assess_recency(RecencyRule.PREV_REPORT, lkjip, evaluation_year=2026).outdated is False
    older = DocumentDates(report_year=2023, report_year_phrase="LKjIP Tahun 2023")
    assert assess_recency(RecencyRule.PREV_REPORT, older, evaluation_year=2026).outdated is True


def test_undated_is_unknown_with_reason() -> None:
    verdict = assess_recency(RecencyRule.Y0, DocumentDates(), evaluation_year=2026)
    assert verdict.outdated is None
    assert "tidak ditemukan" in verdict.explanation.render(Language.ID)
    assert "not found" in verdict.explanation.render(Language.EN)


def record(
    catalog, slug: str | None, outdated: bool | None, status=DocumentStatus.CLASSIFIED, index: int = 0
):
    from models.documents import RecencyVerdict
    from models.messages import Message

    classification = Classification(evidence_type=slug, confidence=0.9, classifier="test") if slug else None
    return DocumentRecord(
        path=f"U/doc{index}.pdf",
        unit="U",
        status=status,
        size=10,
        classification=classification,
        recency=RecencyVerdict(outdated=outdated, explanation=Message(key="recency.undated"))
        if slug
        else None,
    )


def test_unit_statuses(catalog) -> None:
    records = [
        record(catalog, "sk_tim_zi", False, index=1),
        record(catalog, "sk_tim_zi", True, index=2),
        record(catalog, "sop", True, index=3),
        record(catalog, "pakta_integritas", None, index=4),
        record(catalog, "survei_kepuasan", True, index=5, status=DocumentStatus.DUPLICATE),
    ]
    unit = assess_unit("U", records, catalog)
    assert unit.evidence_types["sk_tim_zi"] == Coverage.PRESENT
    assert unit.evidence_types["sop"] == Coverage.OUTDATED
    assert unit.evidence_types["pakta_integritas"] == Coverage.NEEDS_REVIEW
    assert unit.evidence_types["survei_kepuasan"] == Coverage.OUTDATED
    assert unit.evidence_types["wbs"] == Coverage.MISSING
    assert unit.indicators["MP.1.a"] == Coverage.PRESENT
    # PT.1.a is supported by sop (outdated) and peta_proses_bisnis (missing).
    assert unit.indicators["PT.1.a"] == Coverage.OUTDATED
    mp = next(a for a in unit.areas if a.area == "MP")
    assert mp.indicators_present == 1 and mp.indicators_total == 12


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 44), st.sampled_from([True, False, None])), max_size=30))
def test_every_slug_and_indicator_gets_exactly_one_status(catalog, docs) -> None:
    slugs = [t.slug for t in catalog.evidence_types]
    records = [record(catalog, slugs[i], outdated, index=n) for n, (i, outdated) in enumerate(docs)]
    unit = assess_unit("U", records, catalog)
    assert list(unit.evidence_types) == slugs
    assert list(unit.indicators) == [i.code for i in catalog.indicators]
    for slug in slugs:
        verdicts = {o for i, o in docs if slugs[i] == slug}
        expected = (
            Coverage.MISSING
            if not verdicts
            else Coverage.PRESENT
            if False in verdicts
            else Coverage.OUTDATED
            if True in verdicts
            else Coverage.NEEDS_REVIEW
        )
        assert unit.evidence_types[slug] == expected
