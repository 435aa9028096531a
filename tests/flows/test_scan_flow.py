"""The Prefect flow, run in-process on the real engine, gives the CLI's report."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DEMO_AS_OF, DEMO_YEAR

from flows.scan_flow import HeadStart, run_scan_flow
from models.errors import OutputNotWritable
from models.options import ScanOptions
from pipeline import scan
from pipeline.reports.json_report import report_to_dict
from pipeline.state import StateStore, analysis_key
from sample_docs.render import render_bytes
from sample_docs.templates import TEMPLATES
from sample_docs.units import UNITS

VOLATILE = {"generated_at", "duration_seconds"}
REPO = Path(__file__).resolve().parents[2]


def test_flow_report_equals_cli_report(demo_scan) -> None:
    options = ScanOptions(root=demo_scan["root"], evaluation_year=DEMO_YEAR, as_of=DEMO_AS_OF, jobs=1)
    report = run_scan_flow(options)
    from_flow = {k: v for k, v in report_to_dict(report).items() if k not in VOLATILE}
    from_cli = {k: v for k, v in demo_scan["report"].items() if k not in VOLATILE}
    assert json.dumps(from_flow, sort_keys=True) == json.dumps(from_cli, sort_keys=True)


def _rescan_options(demo_scan, tmp_path: Path) -> ScanOptions:
    """A copy of the demo tree scanned once with a state store, then one file changed."""
    root = tmp_path / "evidence"
    shutil.copytree(demo_scan["root"], root)
    options = ScanOptions(
        root=root, evaluation_year=DEMO_YEAR, as_of=DEMO_AS_OF, jobs=1, state_path=tmp_path / "state.sqlite"
    )
    run_scan_flow(options)
    spec = TEMPLATES["sop"][0](UNITS[0], dt.date(2026, 3, 3), random.Random(987654))
    _first_docx(root).write_bytes(render_bytes(spec, "docx"))  # content no scan has seen
    return options


def _first_docx(root: Path) -> Path:
    return min(root.rglob("*.docx"))


def _comparable(report) -> dict:
    return {
        k: v for k, v in report_to_dict(report).items() if k not in VOLATILE | {"changes", "reused_documents"}
    }


def test_a_head_start_plans_what_the_flow_would_and_the_flow_uses_it(demo_scan, tmp_path: Path) -> None:
    options = _rescan_options(demo_scan, tmp_path)
    head_start = HeadStart(options)
    ahead = head_start.result(options)
    assert ahead is not None
    assert ahead.inventory == scan.discover_files(options.root, unit_depth=options.unit_depth)
    with StateStore(options.state_path) as store:
        settings = scan.DocumentSettings.from_options(options)
        direct = store.plan(
            str(options.root.resolve()),
            ahead.inventory.files,
            analysis_key(scan.analysis_parts(settings)),
            hash_file=lambda source: scan.hash_source(options.root, source),
        )
    assert ahead.plan == direct
    changed = _first_docx(options.root).relative_to(options.root).as_posix()
    assert changed in [source.path for source in ahead.plan.to_process]
    assert len(ahead.reused) == len(direct.reused) > 0
    with_head_start = run_scan_flow(options, head_start=head_start)
    # The flow took the head start's records rather than reading the store again.
    taken = {id(record) for record in with_head_start.documents}
    assert sum(id(record) in taken for record in ahead.reused) >= len(ahead.reused) - 2
    without = run_scan_flow(options)
    assert json.dumps(_comparable(with_head_start), sort_keys=True) == json.dumps(
        _comparable(without), sort_keys=True
    )


def test_a_head_start_is_only_for_its_own_scan(demo_scan, tmp_path: Path) -> None:
    options = _rescan_options(demo_scan, tmp_path)
    head_start = HeadStart(options)
    other = options.model_copy(update={"evaluation_year": DEMO_YEAR - 1})
    assert head_start.result(other) is None
    assert head_start.result(options) is not None


def test_a_failed_head_start_leaves_the_flow_to_report_the_problem(demo_scan, tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    state.write_bytes(b"this is not a SQLite database, it is a text file" * 100)
    options = ScanOptions(
        root=demo_scan["root"], evaluation_year=DEMO_YEAR, as_of=DEMO_AS_OF, jobs=1, state_path=state
    )
    head_start = HeadStart(options)
    assert head_start.result(options) is None
    with pytest.raises(OutputNotWritable):
        run_scan_flow(options, head_start=head_start)


READERS_STARTED = r"""
import sys
import datetime as dt
from multiprocessing import forkserver
from pathlib import Path
from flows.scan_flow import HeadStart
from models.options import ScanOptions
root, state = Path(sys.argv[1]), Path(sys.argv[2])
options = ScanOptions(root=root, evaluation_year=2026, as_of=dt.date(2026, 11, 1), jobs=1, state_path=state)
ahead = HeadStart(options, start_readers=True).result(options)
print(len(ahead.plan.to_process), forkserver._forkserver._forkserver_pid is not None)
"""


def test_a_head_start_starts_the_readers_only_when_there_is_something_to_read(
    demo_scan, tmp_path: Path
) -> None:
    root = tmp_path / "evidence"
    for source in sorted(demo_scan["root"].rglob("*.docx"))[:3]:
        target = root / source.relative_to(demo_scan["root"])
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    state = tmp_path / "state.sqlite"
    run_scan_flow(ScanOptions(root=root, evaluation_year=2026, as_of=DEMO_AS_OF, jobs=1, state_path=state))

    def head_start_in_a_fresh_process() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", READERS_STARTED, str(root), str(state)],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.split()

    assert head_start_in_a_fresh_process() == ["0", "False"]  # nothing changed: no readers
    spec = TEMPLATES["sop"][0](UNITS[0], dt.date(2026, 3, 3), random.Random(987654))
    _first_docx(root).write_bytes(render_bytes(spec, "docx"))
    assert head_start_in_a_fresh_process() == ["1", "True"]
