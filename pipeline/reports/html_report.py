"""report.html: a self-contained page in the user's language, one section per unit."""

from __future__ import annotations

import logging

from models.messages import Language, render
from models.report import ScanReport
from pipeline.reports.templating import ENVIRONMENT as _ENVIRONMENT
from pipeline.reports.view import ReportView, build_unit_views, report_totals, ui_labels, view_for

log = logging.getLogger(__name__)


def render_html(
    report: ScanReport, *, language: Language = Language.ID, view: ReportView | None = None
) -> bytes:
    """The whole HTML report as UTF-8 bytes; no external resources are referenced.

    ``view`` is the report already rendered for people (see
    :func:`pipeline.reports.view.build_report_view`).
    """
    view = view_for(report, language, view)
    html = _ENVIRONMENT.get_template("report.html.j2").render(
        report=report,
        language=language.value,
        t=ui_labels(language),
        totals=report_totals(report, language),
        units=build_unit_views(report, language, view=view),
        change_labels={
            kind: render(f"change.{kind}", None, language) for kind in ("new", "changed", "removed")
        },
        coverage_labels={
            status: render(f"coverage.{status}", None, language)
            for status in ("present", "outdated", "needs_review", "missing")
        },
    )
    return html.encode("utf-8")
