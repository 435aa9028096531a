"""Scale-out: the same scan on a real distributed LocalCluster gives the local report."""

from __future__ import annotations

import dask
import pytest
from conftest import DEMO_AS_OF, DEMO_YEAR
from distributed import LocalCluster

from flows.scan_flow import run_scan_flow
from models.options import ScanOptions
from pipeline.reports.json_report import report_to_dict

RUN_KEYS = {"generated_at", "duration_seconds"}


@pytest.fixture(scope="module")
def cluster():
    # Bukti's per-document time budget runs extraction in a child process, which daemonic
    # worker processes may not start; clusters run their workers with daemon=False.
    with (
        dask.config.set({"distributed.worker.daemon": False}),
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local,
    ):
        yield local


def test_dask_report_equals_local_report(cluster, demo_scan) -> None:
    options = ScanOptions(
        root=demo_scan["root"],
        evaluation_year=DEMO_YEAR,
        as_of=DEMO_AS_OF,
        dask_address=cluster.scheduler_address,
    )
    report = run_scan_flow(options)
    on_dask = {k: v for k, v in report_to_dict(report).items() if k not in RUN_KEYS}
    local = {k: v for k, v in demo_scan["report"].items() if k not in RUN_KEYS}
    assert on_dask == local


def test_dask_workers_each_loaded_the_classifier(cluster, demo_scan) -> None:
    def loaded() -> int:
        from pipeline import scan

        return scan._classifier_for.cache_info().currsize

    counts = cluster.get_client().run(loaded)
    assert counts and all(count == 1 for count in counts.values()), counts
