"""The SQLite state store: incremental rescans, changes between runs, migrations, resume."""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from conftest import DEMO_AS_OF, DEMO_YEAR, bukti_command, with_ctrl_c

from flows.scan_flow import run_scan_flow
from models.errors import OutputNotWritable
from models.options import ScanOptions
from pipeline.reports.json_report import report_to_dict
from pipeline.state import SCHEMA_VERSION, StateStore

RUN_KEYS = {"generated_at", "duration_seconds", "reused_documents", "changes"}


def new_document_bytes() -> bytes:
    """A DOCX whose content no earlier scan has seen."""
    import datetime as dt
    import random

    from sample_docs.render import render_bytes
    from sample_docs.templates import TEMPLATES
    from sample_docs.units import UNITS

    spec = TEMPLATES["sop"][0](UNITS[0], dt.date(2026, 3, 3), random.Random(987654))
    return render_bytes(spec, "docx")


def scan(root: Path, state: Path | None, **overrides):
    options = ScanOptions(
        root=root, evaluation_year=DEMO_YEAR, as_of=DEMO_AS_OF, jobs=1, state_path=state, **overrides
    )
    return run_scan_flow(options)


def comparable(report) -> dict:
    return {k: v for k, v in report_to_dict(report).items() if k not in RUN_KEYS}


@pytest.fixture(scope="module")
def tree(demo_tree, tmp_path_factory) -> Path:
    """A private copy of the demo tree that these tests may change."""
    root = tmp_path_factory.mktemp("state") / "Evidence"
    shutil.copytree(demo_tree[0], root)
    return root


@pytest.fixture(scope="module")
def runs(tree: Path, tmp_path_factory):
    """Cold scan, warm rescan, then a rescan after deleting, changing and renaming files."""
    state = tmp_path_factory.mktemp("store") / "state.sqlite"
    without = scan(tree, None)
    cold = scan(tree, state)
    warm = scan(tree, state)
    rows = {r.path: r for r in cold.documents}
    sk = next(r for r in cold.documents if r.evidence_type == "sk_tim_zi" and r.unit == "Dinas Kesehatan")
    deleted = tree / sk.path
    deleted_copy = tree.parent / "sk-backup"
    shutil.move(deleted, deleted_copy)
    renamed_from = next(
        p for p, r in rows.items() if r.status.value == "classified" and p != sk.path and "RSUD" in p
    )
    renamed_to = str(Path(renamed_from).with_name("dipindah " + Path(renamed_from).name))
    (tree / renamed_from).rename(tree / renamed_to)
    changed = next(p for p, r in rows.items() if p.endswith(".docx") and r.size > 0 and "Mlati" in p)
    (tree / changed).write_bytes(new_document_bytes())
    after = scan(tree, state)
    after_without = scan(tree, None)
    return {
        "without": without,
        "cold": cold,
        "warm": warm,
        "after": after,
        "after_without": after_without,
        "sk": sk,
        "renamed": (renamed_from, renamed_to),
        "changed": changed,
        "state": state,
    }


def test_report_is_the_same_with_or_without_the_store(runs) -> None:
    assert comparable(runs["without"]) == comparable(runs["cold"]) == comparable(runs["warm"])
    assert comparable(runs["after"]) == comparable(runs["after_without"])


def test_warm_rescan_reads_nothing_again(runs) -> None:
    readable = [r for r in runs["cold"].documents if r.size > 0]
    assert runs["cold"].reused_documents == 0
    assert runs["warm"].reused_documents == len(readable)
    assert runs["warm"].changes is not None
    assert runs["warm"].changes.documents == () and runs["warm"].changes.statuses == ()


def test_rescan_reports_what_changed(runs) -> None:
    changes = runs["after"].changes
    kinds = {(c.path, c.change) for c in changes.documents}
    old, new = runs["renamed"]
    assert (runs["sk"].path, "removed") in kinds
    assert (old, "removed") in kinds and (new, "new") in kinds
    assert (runs["changed"], "changed") in kinds
    sk_status = [s for s in changes.statuses if s.unit == "Dinas Kesehatan" and s.key == "sk_tim_zi"]
    assert [(s.before, s.after) for s in sk_status] == [("present", "missing")]


def test_renamed_file_is_reused_by_hash(runs) -> None:
    # Everything but the changed file (and empty files, never cached) came from the store.
    readable = [r for r in runs["after"].documents if r.size > 0]
    assert runs["after"].reused_documents == len(readable) - 1


def test_changes_appear_in_report_json(runs) -> None:
    data = json.loads(json.dumps(report_to_dict(runs["after"])))
    assert {"path", "change"} <= set(data["changes"]["documents"][0])
    assert data["reused_documents"] == runs["after"].reused_documents


def test_new_versions_invalidate_cached_results(tree: Path, runs) -> None:
    from models.options import ExtractOptions

    other = scan(tree, runs["state"], extract=ExtractOptions(max_pages=499))
    assert other.reused_documents == 0


def test_older_store_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE files (root TEXT NOT NULL, path TEXT NOT NULL, size INTEGER NOT NULL,"
        " mtime_ns INTEGER NOT NULL, sha256 TEXT, PRIMARY KEY (root, path))"
    )
    db.execute(
        "CREATE TABLE results (sha256 TEXT NOT NULL, analysis_key TEXT NOT NULL,"
        " record TEXT NOT NULL, PRIMARY KEY (sha256, analysis_key))"
    )
    db.execute("INSERT INTO files VALUES ('/r', 'a.pdf', 1, 2, 'abc')")
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()
    with StateStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.run_count("/r") == 0
    assert sqlite3.connect(path).execute("SELECT path FROM files").fetchall() == [("a.pdf",)]


def test_newer_store_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(OutputNotWritable) as raised:
        StateStore(path)
    assert "newer" in raised.value.params["detail"]


def test_killed_scan_resumes_from_finished_batches(demo_tree, tmp_path: Path) -> None:
    root = tmp_path / "Evidence"
    # Three copies of the demo units, so the scan has several batches to be killed between.
    for copy in range(3):
        for unit in demo_tree[0].iterdir():
            shutil.copytree(unit, root / f"{unit.name} {copy}")
    state = tmp_path / "state.sqlite"
    args = [
        *bukti_command(),
        "scan",
        str(root),
        "--as-of",
        DEMO_AS_OF.isoformat(),
        "--out",
        str(tmp_path / "o"),
        "--state",
        str(state),
        "--jobs",
        "1",
    ]
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    saved = 0
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and child.poll() is None:
        try:
            with sqlite3.connect(f"file:{state}?mode=ro", uri=True, timeout=5) as db:
                saved = db.execute("SELECT COUNT(*) FROM results").fetchone()[0]
        except sqlite3.Error:
            saved = 0
        if saved:
            break
        time.sleep(0.05)
    finished_before_kill = child.poll() is not None
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert not finished_before_kill, "the scan finished before a batch could be seen"
    assert saved > 0, "no batch was saved in time"
    assert not (tmp_path / "o" / "report.json").exists()
    resumed = scan(root, state)
    assert resumed.reused_documents >= saved


def test_changes_appear_in_report_html(runs) -> None:
    from pipeline.reports.html_report import render_html

    html = render_html(runs["after"]).decode("utf-8")
    assert "Perubahan sejak pemeriksaan sebelumnya" in html
    assert "dihapus: " + runs["sk"].path in html
    assert "<code>sk_tim_zi</code>" in html
    first = render_html(runs["cold"]).decode("utf-8")
    assert "Perubahan sejak pemeriksaan sebelumnya" not in first


def test_interrupted_scan_exits_130_and_keeps_the_previous_report(demo_tree, tmp_path: Path) -> None:
    root = tmp_path / "Evidence"
    for copy in range(3):
        for unit in demo_tree[0].iterdir():
            shutil.copytree(unit, root / f"{unit.name} {copy}")
    out = tmp_path / "o"
    out.mkdir()
    previous = b'{"schema": "bukti.report/1", "previous": true}\n'
    (out / "report.json").write_bytes(previous)
    state = tmp_path / "state.sqlite"
    args = [*bukti_command(), "scan", str(root), "--as-of", DEMO_AS_OF.isoformat(), "--out", str(out),
            "--state", str(state), "--jobs", "1"]  # fmt: skip
    child = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=with_ctrl_c
    )
    deadline = time.monotonic() + 240
    saved = 0
    while time.monotonic() < deadline and child.poll() is None and not saved:
        try:
            with sqlite3.connect(f"file:{state}?mode=ro", uri=True, timeout=5) as db:
                saved = db.execute("SELECT COUNT(*) FROM results").fetchone()[0]
        except sqlite3.Error:
            saved = 0
        time.sleep(0.05)
    assert child.poll() is None, "the scan finished before it could be interrupted"
    child.send_signal(signal.SIGINT)
    _, stderr = child.communicate(timeout=120)
    assert child.returncode == 130, stderr[-2000:]
    assert (out / "report.json").read_bytes() == previous
    assert "Traceback" not in stderr


def test_reused_record_moved_to_another_area_folder_is_misfiled(runs) -> None:
    from models.documents import SourceFile
    from pipeline.scan import DocumentSettings, reuse_record

    cached = next(r for r in runs["cold"].documents if r.evidence_type == "sk_tim_zi" and r.misfiled is None)
    settings = DocumentSettings(root=Path("/unused"), evaluation_year=DEMO_YEAR, as_of=DEMO_AS_OF)

    def at(path: str) -> SourceFile:
        return SourceFile(path=path, unit=cached.unit, size=cached.size, mtime_ns=0)

    assert reuse_record(cached, at(cached.path), settings).misfiled is None
    moved = reuse_record(cached, at(f"{cached.unit}/5. Pengawasan/{Path(cached.path).name}"), settings)
    assert moved.misfiled is not None and "sk_tim_zi" in moved.misfiled.render()
    back = reuse_record(moved, at(cached.path), settings)
    assert back.misfiled is None
