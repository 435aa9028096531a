"""Recency rules: whether a typed document is current for evaluation year N.

The rules are those of shared/domain/evidence-types.md, with N the evaluation year and the
document year the year of its effective date:

- ``Y0``: document year = N; ``Y1``..``Y3``: document year ≥ N−1..N−3;
- ``PERIOD``: the multi-year period the document names covers N; without one, as ``Y1``;
- ``PREV_REPORT``: an annual report on N−1 or later; without a named reporting year, the
  document year must be N or later.

A year-, quarter- or month-precise date is enough for every rule: the rules compare years.
A document dated after ``as_of`` stays current, but its explanation asks for a check (a
typo in the year is the usual cause). A document without a date is neither current nor
outdated (``outdated`` is None: the unit's type becomes ``needs_review``) and the
explanation says why. Every verdict carries one sentence in the report language.
"""

from __future__ import annotations

import datetime as dt
import logging

from models.catalog import RecencyRule
from models.documents import DateFinding, DocumentDates, RecencyVerdict
from models.messages import Message, date_message, date_source_message

log = logging.getLogger(__name__)

# How many years back a document may be dated under each year-based rule.
_YEARS_BACK = {RecencyRule.Y0: 0, RecencyRule.Y1: 1, RecencyRule.Y2: 2, RecencyRule.Y3: 3}
# The year-based rule PERIOD and PREV_REPORT fall back to, and the wording of that fallback.
_FALLBACK = {RecencyRule.PERIOD: RecencyRule.Y1, RecencyRule.PREV_REPORT: RecencyRule.Y0}


def assess_recency(
    rule: RecencyRule,
    dates: DocumentDates,
    *,
    evaluation_year: int,
    as_of: dt.date | None = None,
) -> RecencyVerdict:
    """Apply ``rule`` to what the date finder found, with a one-sentence explanation.

    Args:
        rule: The recency rule of the document's type (after any inspectorate override).
        dates: What the date finder read from the document.
        evaluation_year: N.
        as_of: The scan's reference date; a document dated after it is flagged in the
            explanation (never outdated for that).

    Returns:
        ``outdated`` True/False, or None when the document has no date; and why.

    """
    if rule == RecencyRule.PERIOD and dates.period is not None:
        period = dates.period
        covers = period.covers(evaluation_year)
        return RecencyVerdict(
            rule=rule.value,
            outdated=not covers,
            explanation=Message(
                key="recency.period_current" if covers else "recency.period_outdated",
                params={
                    "period": f"{period.start_year}–{period.end_year}",
                    "source": period.phrase,
                    "year": evaluation_year,
                },
            ),
        )
    if rule == RecencyRule.PREV_REPORT and dates.report_year is not None:
        year_min = evaluation_year - 1
        is_current = dates.report_year >= year_min
        return RecencyVerdict(
            rule=rule.value,
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
        return _undated(dates).model_copy(update={"rule": rule.value})
    return _by_document_year(rule, dates.effective, evaluation_year=evaluation_year, as_of=as_of)


def _by_document_year(
    rule: RecencyRule, effective: DateFinding, *, evaluation_year: int, as_of: dt.date | None
) -> RecencyVerdict:
    applied = _FALLBACK.get(rule, rule)
    year_min = evaluation_year - _YEARS_BACK[applied]
    is_current = effective.value.year >= year_min
    requirement = (
        Message(key=f"rule.{rule.value}_fallback", params={"year_min": year_min, "year": evaluation_year})
        if rule in _FALLBACK
        else _requirement(rule, year_min, evaluation_year)
    )
    params: dict[str, str | int | Message] = {
        "date": date_message(effective.value, effective.precision.value),
        "source": date_source_message(effective.source),
        "rule": rule.value,
        "requirement": requirement,
    }
    key = "recency.current" if is_current else "recency.outdated"
    if is_current and as_of is not None and _starts_after(effective, as_of):
        key = "recency.future"
        params["as_of"] = date_message(as_of, "day")
    return RecencyVerdict(
        rule=rule.value, outdated=not is_current, explanation=Message(key=key, params=params)
    )


def _starts_after(effective: DateFinding, as_of: dt.date) -> bool:
    """Whether even the earliest day the finding can mean lies after ``as_of``."""
    return effective.value > as_of


def _undated(dates: DocumentDates) -> RecencyVerdict:
    if dates.cited_phrase:
        explanation = Message(key="recency.undated_cited", params={"example": dates.cited_phrase})
    else:
        explanation = Message(key="recency.undated")
    return RecencyVerdict(outdated=None, explanation=explanation)


def _requirement(rule: RecencyRule, year_min: int, evaluation_year: int) -> Message:
    """Return the rule's requirement in words, e.g. 'harus tahun 2026'."""
    return Message(key=f"rule.{rule.value}", params={"year_min": year_min, "year": evaluation_year})
