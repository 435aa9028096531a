"""Report writing speed: CPU seconds per report writer for 1,000 and 10,000 documents.

Builds a small evidence tree with the committed generators (born-digital DOCX and PDF over
ten units, plus a truncated PDF, an empty file, a duplicate and a formula-like file name),
scans it in-process with ``pipeline.scan.process_batch``, then replicates the records into
copies of the units' folders until the report holds 1,000 and 10,000 documents. Coverage is
assessed again on the replicated records, as a real scan would.

For each size it prints the CPU seconds (``time.process_time``: the machine is shared, so wall
time would measure the neighbours) of the shared per-document view, of each writer given that
view, and their sum, each the least of ``--repeat`` runs. The catalog and the templates are
loaded before timing: a scan has loaded the catalog long before it writes its reports. The
cyclic garbage collector is paused while timing, as ``write_reports`` pauses it
(``--with-gc`` leaves it running).

    .venv/bin/python bench/report_speed.py [--sizes 1000 10000] [--language id] [--base 60]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import math
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from scan_speed import build_tree  # noqa: I001  (sibling bench module)

from models.documents import DocumentRecord
from models.messages import Language
from models.options import ScanOptions
from models.report import ScanReport
from pipeline import collector
from pipeline.catalog import load_catalog
from pipeline.reports.csv_report import render_csv
from pipeline.reports.html_report import render_html
from pipeline.reports.json_report import render_json
from pipeline.reports.unit_page import render_unit_pages
from pipeline.reports.view import build_report_view
from pipeline.reports.xlsx_report import render_xlsx
from pipeline.scan import DocumentSettings, assemble_report, discover_files, process_batch
from sample_docs import faults

WRITERS: dict[str, Callable[..., object]] = {
    "json": render_json,
    "html": render_html,
    "xlsx": render_xlsx,
    "csv": render_csv,
    "unit pages": render_unit_pages,
}
YEAR = 2026
AS_OF = dt.date(2026, 11, 1)


def build_base_tree(root: Path, count: int) -> None:
    """Generated documents plus the rows every report has to handle: faults and odd names."""
    build_tree(root, count)
    some_pdf = sorted(root.rglob("*.pdf"))[0]
    first_unit = root / some_pdf.relative_to(root).parts[0]
    faults.write_truncated_pdf(first_unit / "rusak.pdf", some_pdf.read_bytes())
    faults.write_zero_byte(first_unit / "kosong.docx")
    shutil.copyfile(some_pdf, first_unit / "salinan.pdf")
    shutil.copyfile(some_pdf, first_unit / '=HYPERLINK("x","klik").pdf')


def scan_base(count: int) -> tuple[list[DocumentRecord], list[str], ScanOptions]:
    """Scan the generated tree once; return its records, units and options."""
    work = Path(tempfile.mkdtemp(prefix="bukti-report-bench-"))
    try:
        root = work / "Inspektorat Bench"
        build_base_tree(root, count)
        options = ScanOptions(root=root, evaluation_year=YEAR, as_of=AS_OF, jobs=1)
        inventory = discover_files(root, unit_depth=1)
        records = process_batch(list(inventory.files), DocumentSettings.from_options(options))
        return records, list(inventory.units), options
    finally:
        shutil.rmtree(work, ignore_errors=True)


def replicate(records: list[DocumentRecord], size: int) -> list[DocumentRecord]:
    """``size`` records: copies of ``records`` moved into ``<unit>/copy<N>/`` folders."""
    copies = math.ceil(size / len(records))
    result = []
    for copy in range(copies):
        for record in records:
            path = record.path.replace("/", f"/copy{copy}/", 1)
            # Distinct content per copy, so copies are not all duplicates of each other.
            digest = f"{record.sha256[:-4]}{copy:04d}" if record.sha256 else None
            result.append(record.model_copy(update={"path": path, "sha256": digest}))
    return sorted(result[:size], key=lambda r: r.path)


def cpu(function: Callable[[], object]) -> tuple[float, object]:
    """CPU seconds of one call and its result."""
    started = time.process_time()
    result = function()
    return time.process_time() - started, result


def time_writers(report: ScanReport, language: Language, *, pause_gc: bool = True) -> dict[str, float]:
    """CPU seconds of the shared view and of each writer given it, as write_reports runs them."""
    with collector.paused() if pause_gc else contextlib.nullcontext():
        seconds, view = cpu(lambda: build_report_view(report, language))
        figures = {"view (shared)": seconds}
        for name, writer in WRITERS.items():
            figures[name], _ = cpu(lambda writer=writer: writer(report, language=language, view=view))
    return figures


def main() -> None:
    """Build the fixture, time every writer at every size, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--language", choices=[lang.value for lang in Language], default="id")
    parser.add_argument("--base", type=int, default=60, help="Generated documents to scan.")
    parser.add_argument("--repeat", type=int, default=3, help="Runs per size; the fastest counts.")
    parser.add_argument(
        "--with-gc", action="store_true", help="Leave the cyclic garbage collector running while timing."
    )
    args = parser.parse_args()
    language = Language(args.language)
    started = time.perf_counter()
    records, units, options = scan_base(args.base)
    print(f"scanned {len(records)} generated documents in {time.perf_counter() - started:.1f} s")
    load_catalog()
    # First calls compile templates and fill caches; a scan pays that once, at any size.
    warm_up = assemble_report(records, options, units=units, started=time.monotonic())
    setup = sum(time_writers(warm_up, language, pause_gc=not args.with_gc).values())
    print(f"first-call set-up on {len(records)} documents: {setup:.2f} s CPU")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    results = {}
    for size in args.sizes:
        report = assemble_report(replicate(records, size), options, units=units, started=time.monotonic())
        # The machine is shared: each figure is the least of a few runs.
        runs = [time_writers(report, language, pause_gc=not args.with_gc) for _ in range(args.repeat)]
        results[size] = {name: min(run[name] for run in runs) for name in runs[0]}
    names = list(next(iter(results.values())))
    print(f"{'CPU seconds':<16}" + "".join(f"{size:>10,}" for size in results))
    for name in [*names, "total"]:
        values = [sum(r.values()) if name == "total" else r[name] for r in results.values()]
        print(f"{name:<16}" + "".join(f"{value:>10.2f}" for value in values))


if __name__ == "__main__":
    main()
