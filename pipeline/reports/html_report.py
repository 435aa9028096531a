"""report.html: a self-contained page in the user's language, one section per unit."""

from __future__ import annotations

import logging

from models.messages import MESSAGES, Language, render
from models.report import ScanReport
from pipeline.reports.templating import ENVIRONMENT as _ENVIRONMENT
from pipeline.reports.view import build_unit_views, report_totals

log = logging.getLogger(__name__)


def render_html(report: ScanReport, *, language: Language = Language.ID) -> bytes:
    """The whole HTML report as UTF-8 bytes; no external resources are referenced."""
    index = 0 if language == Language.ID else 1
    labels = {key[3:]: texts[index] for key, texts in MESSAGES.items() if key.startswith("ui.")}
    html = _ENVIRONMENT.get_template("report.html.j2").render(
        report=report,
        language=language.value,
        t=labels,
        totals=report_totals(report, language),
        units=build_unit_views(report, language),
        change_labels={
            kind: render(f"change.{kind}", None, language) for kind in ("new", "changed", "removed")
        },
        coverage_labels={
            status: render(f"coverage.{status}", None, language)
            for status in ("present", "outdated", "needs_review", "missing")
        },
    )
    return html.encode("utf-8")
