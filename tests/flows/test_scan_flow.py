"""The Prefect flow, run in-process on the real engine, gives the CLI's report."""

from __future__ import annotations

import json

from conftest import DEMO_AS_OF, DEMO_YEAR

from flows.scan_flow import run_scan_flow
from models.options import ScanOptions
from pipeline.reports.json_report import report_to_dict

VOLATILE = {"generated_at", "duration_seconds"}


def test_flow_report_equals_cli_report(demo_scan) -> None:
    options = ScanOptions(root=demo_scan["root"], evaluation_year=DEMO_YEAR, as_of=DEMO_AS_OF, jobs=1)
    report = run_scan_flow(options)
    from_flow = {k: v for k, v in report_to_dict(report).items() if k not in VOLATILE}
    from_cli = {k: v for k, v in demo_scan["report"].items() if k not in VOLATILE}
    assert json.dumps(from_flow, sort_keys=True) == json.dumps(from_cli, sort_keys=True)
