"""Nightly checks: a Prefect deployment that scans a shared drive on a schedule.

``bukti serve ROOT --cron "0 2 * * *"`` registers the deployment ``bukti-nightly/<name>``
on the Prefect server named by ``PREFECT_API_URL`` and keeps running to execute it on
schedule. Each run scans with the state store (only changed files are read again) and
writes the three reports into its output folder. Runs of one deployment never overlap:
the deployment's concurrency limit is 1 and later runs wait their turn.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from prefect import flow, serve
from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
from prefect.settings import PREFECT_API_URL

from flows.scan_flow import run_scan_flow
from models.errors import BadArguments, MissingDependency
from models.messages import Language
from models.options import ServeOptions
from pipeline import collector
from pipeline.reports import check_output_dir, write_reports
from pipeline.scan import check_root
from pipeline.state import DEFAULT_STATE_NAME

log = logging.getLogger(__name__)


@flow(name="bukti-nightly", log_prints=False)
def nightly_check(
    root: str,
    out: str,
    unit_depth: int = 1,
    language: str = "id",
    jobs: int = 1,
    state: str | None = None,
    rules: str | None = None,
    year: int | None = None,
) -> dict[str, int]:
    """Scan ``root`` as of the run's own date and write the reports into ``out``."""
    from models.options import ScanOptions

    # A scheduled run is its own entry point: its reference date is the day it runs.
    as_of = dt.date.today()
    out_path = Path(out)
    options = ScanOptions(
        root=Path(root),
        out=out_path,
        evaluation_year=year or as_of.year,
        as_of=as_of,
        unit_depth=unit_depth,
        language=Language(language),
        jobs=jobs,
        rules_file=Path(rules) if rules else None,
        state_path=Path(state) if state else out_path / DEFAULT_STATE_NAME,
    )
    check_root(options.root)
    check_output_dir(out_path)
    with collector.tuned_for_bulk_work():
        report = run_scan_flow(options)
        write_reports(report, out_path, language=options.language)
    return {"documents": len(report.documents), "reused": report.reused_documents}


def serve_nightly(options: ServeOptions) -> None:
    """Register the nightly deployment on the configured Prefect server and serve it.

    Raises:
        MissingDependency: no Prefect server is configured (``PREFECT_API_URL``).

    """
    if not PREFECT_API_URL.value():
        raise MissingDependency(what="server Prefect (atur PREFECT_API_URL; jalankan `make prefect-server`)")
    try:
        deployment = _deployment(options)
    except ValueError as error:
        raise BadArguments(detail=f"--cron '{options.cron}' tidak valid") from error
    serve(deployment, print_starting_message=False)


def _deployment(options: ServeOptions):  # noqa: ANN202  (Prefect's RunnerDeployment)
    return nightly_check.to_deployment(
        name=options.name,
        cron=options.cron,
        parameters={
            "root": str(options.root.resolve()),
            "out": str(options.out.resolve()),
            "unit_depth": options.unit_depth,
            "language": options.language.value,
            "jobs": options.jobs,
            "state": str(options.state_path.resolve()) if options.state_path else None,
            "rules": str(options.rules_file.resolve()) if options.rules_file else None,
            "year": options.evaluation_year,
        },
        # Two runs on the same tree never overlap: a late run waits for the previous one.
        concurrency_limit=ConcurrencyLimitConfig(
            limit=1, collision_strategy=ConcurrencyLimitStrategy.ENQUEUE
        ),
        description=f"Bukti: pemeriksaan bukti dukung ZI untuk {options.root}",
    )
