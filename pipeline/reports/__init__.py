"""Report writers: report.json (the contract), report.html (people), report.xlsx (inspectors).

Every file is written to a temporary name in the output folder and then renamed into place,
so an interrupted run never leaves a half-written report over a good one.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from models.errors import OutputNotWritable
from models.messages import Language
from models.report import ScanReport
from pipeline.reports.html_report import render_html
from pipeline.reports.json_report import render_json
from pipeline.reports.xlsx_report import render_xlsx

log = logging.getLogger(__name__)

REPORT_FILES = ("report.json", "report.html", "report.xlsx")


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


def write_reports(report: ScanReport, out: Path, *, language: Language = Language.ID) -> list[Path]:
    """Write report.json, report.html and report.xlsx into ``out``; return their paths."""
    check_output_dir(out)
    rendered = {
        "report.json": render_json(report, language=language),
        "report.html": render_html(report, language=language),
        "report.xlsx": render_xlsx(report, language=language),
    }
    paths = []
    try:
        for name, data in rendered.items():
            write_atomic(out / name, data)
            paths.append(out / name)
    except OSError as error:
        raise OutputNotWritable(out=str(out), detail=error.strerror or type(error).__name__) from error
    return paths
