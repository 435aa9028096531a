"""Recency rules: is a typed document current for evaluation year N?"""

from __future__ import annotations

import logging

from models.catalog import RecencyRule
from models.documents import DocumentDates, RecencyVerdict
from models.messages import Message

log = logging.getLogger(__name__)

# How many years back a document may be dated under each year-based rule.
_YEARS_BACK = {RecencyRule.Y0: 0, RecencyRule.Y1: 1, RecencyRule.Y2: 2, RecencyRule.Y3: 3}


def assess_recency(rule: RecencyRule, dates: DocumentDates, *, evaluation_year: int) -> RecencyVerdict:
    """Apply ``rule`` to what the date finder found, with a one-sentence explanation.

    PERIOD uses a named period when there is one and otherwise behaves as Y1; PREV_REPORT
    uses the reported year when named and otherwise requires the document year to be N.
    """
    if rule == RecencyRule.PERIOD and dates.period is not None:
        period = dates.period
        return RecencyVerdict(
            outdated=not period.covers(evaluation_year),
            explanation=Message(
                key="recency.period_current" if period.covers(evaluation_year) else "recency.period_outdated",
                params={"period": f"{period.start_year}–{period.end_year}", "source": period.phrase, "year": evaluation_year},
            ),
        )
    if rule == RecencyRule.PREV_REPORT and dates.report_year is not None:
        year_min = evaluation_year - 1
        is_current = dates.report_year >= year_min
        return RecencyVerdict(
            outdated=not is_current,
            explanation=Message(
                key="recency.report_current" if is_current else "recency.report_outdated",
                params={
                    "report_year": dates.report_year,
                    "source": dates.report_year_phrase or "",
                    "rule": rule.value,
                    "requirement": _requirement(rule, year_min, evaluation_year),
                },
            ),
        )
    if dates.effective is None:
        return RecencyVerdict(outdated=None, explanation=Message(key="recency.undated"))
    # Without a named period or report year these rules fall back to a year-based rule.
    applied = {RecencyRule.PERIOD: RecencyRule.Y1, RecencyRule.PREV_REPORT: RecencyRule.Y0}.get(rule, rule)
    year_min = evaluation_year - _YEARS_BACK[applied]
    is_current = dates.effective.value.year >= year_min
    return RecencyVerdict(
        outdated=not is_current,
        explanation=Message(
            key="recency.current" if is_current else "recency.outdated",
            params={
                "date": dates.effective.value.isoformat(),
                "source": dates.effective.phrase,
                "rule": rule.value,
                "requirement": _requirement(applied, year_min, evaluation_year),
            },
        ),
    )


def _requirement(rule: RecencyRule, year_min: int, evaluation_year: int) -> Message:
    """The rule's requirement in words, e.g. 'harus tahun 2026'."""
    return Message(key=f"rule.{rule.value}", params={"year_min": year_min, "year": evaluation_year})
