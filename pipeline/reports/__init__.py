"""Report writers: JSON (the contract), HTML and unit pages (people), XLSX and CSV (inspectors).

report.json, report.html with units/<unit>.html, report.xlsx and report.csv.
Every file is written to a temporary name in the output folder and then renamed into place,
so an interrupted run never leaves a half-written report over a good one. Everything is
rendered before the first file is written, so a rendering bug leaves the old reports intact.
Every document is rendered for people once (:func:`pipeline.reports.view.build_report_view`)
and that view is shared by all writers.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from models.errors import OutputNotWritable
from models.messages import Language
from models.report import ScanReport
from pipeline import collector
from pipeline.reports.csv_report import render_csv
from pipeline.reports.forked import ForkedRender
from pipeline.reports.html_report import render_html
from pipeline.reports.json_report import render_json
from pipeline.reports.unit_page import UNIT_PAGES_DIR, render_unit_pages
from pipeline.reports.view import build_report_view
from pipeline.reports.xlsx_report import render_xlsx

log = logging.getLogger(__name__)

# In this order; report.html stays second (the CLI names it in its summary line).
REPORT_FILES = ("report.json", "report.html", "report.xlsx", "report.csv")
# From this many documents the workbook is rendered in a forked process (below, forking
# costs more than it saves: the workbook of 1,000 documents renders in about 0.2 s).
FORK_FROM_DOCUMENTS = 2_000
# Rendered in a forked child: the workbook, about as much CPU (0.8 s for 10,000 documents) as
# every other writer together. A second child (report.html) measured slower on two cores:
# three processes competing, and each fork makes both sides copy the pages they touch.
_FORKED = ("report.xlsx",)


def check_output_dir(out: Path) -> None:
    """Create ``out`` if needed and prove it is writable, before any work is done.

    Raises:
        OutputNotWritable: the folder cannot be created or written to.

    """
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out, prefix=".bukti-probe-"):
            pass
    except OSError as error:
        raise OutputNotWritable(out=str(out), detail=error.strerror or type(error).__name__) from error


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_reports(
    report: ScanReport, out: Path, *, language: Language = Language.ID, fork: bool | None = None
) -> list[Path]:
    """Write the reports and one page per unit into ``out``; return their paths.

    The paths come in :data:`REPORT_FILES` order, then the unit pages in report order. Pages
    of units that an earlier scan wrote into ``units/`` but this one no longer has are removed,
    so every page there belongs to this report. The workbook is rendered by a forked copy of
    this process while this one renders the rest
    (:mod:`pipeline.reports.forked`) when ``fork`` is True, or by default for reports of
    :data:`FORK_FROM_DOCUMENTS` or more.
    """
    check_output_dir(out)
    if fork is None:
        fork = len(report.documents) >= FORK_FROM_DOCUMENTS and hasattr(os, "fork")
    with collector.paused():
        view = build_report_view(report, language)
        renderers: dict[str, Callable[[], bytes]] = {
            "report.json": lambda: render_json(report, language=language, view=view),
            "report.html": lambda: render_html(report, language=language, view=view),
            "report.xlsx": lambda: render_xlsx(report, language=language, view=view),
            "report.csv": lambda: render_csv(report, language=language, view=view),
        }
        # The slowest writer in a forked child, while this process does the rest.
        children = {name: ForkedRender(renderers[name], out / name) for name in _FORKED if fork}
        try:
            started = time.monotonic()
            rendered = {name: render() for name, render in renderers.items() if name not in children}
            pages = render_unit_pages(report, language=language, view=view)
            # A child does about as much as this process did; allow it plenty more.
            timeout = 60 + 4 * (time.monotonic() - started)
            done = {name: child.collect(timeout=timeout) for name, child in children.items()}
            for name, path in done.items():
                if path is None:
                    rendered[name] = renderers[name]()
        except BaseException:
            for child in children.values():
                child.abandon()
            raise
    paths = []
    try:
        for name in REPORT_FILES:
            if name in rendered:
                write_atomic(out / name, rendered[name])
            else:
                os.replace(done[name], out / name)
            paths.append(out / name)
        pages_dir = out / UNIT_PAGES_DIR
        pages_dir.mkdir(exist_ok=True)
        for name, data in pages.items():
            write_atomic(pages_dir / name, data)
            paths.append(pages_dir / name)
        _remove_stale_pages(pages_dir, keep=set(pages))
    except OSError as error:
        raise OutputNotWritable(out=str(out), detail=error.strerror or type(error).__name__) from error
    finally:
        for child in children.values():
            child.abandon()  # removes a child's file if it was not renamed into place
    return paths


def _remove_stale_pages(pages_dir: Path, *, keep: set[str]) -> None:
    """Remove ``*.html`` pages left by an earlier scan; nothing else in the folder is touched."""
    for path in pages_dir.glob("*.html"):
        if path.name not in keep and path.is_file():
            path.unlink()
