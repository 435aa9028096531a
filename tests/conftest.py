"""Shared fixtures: a generated demo tree, the catalog, a real scan of the demo tree."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.catalog import load_catalog
from sample_docs.demo import build_demo_tree

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"
DEMO_YEAR = 2026
DEMO_AS_OF = dt.date(2026, 11, 1)


def bukti_command() -> list[str]:
    """The installed ``bukti`` console script next to the test interpreter."""
    script = Path(sys.executable).with_name("bukti")
    return [str(script)] if script.exists() else [sys.executable, "-m", "flows.cli"]


def with_ctrl_c() -> None:
    """In a child about to start: let Ctrl-C (SIGINT) work as at a terminal.

    A test run started in the background of a non-interactive shell inherits SIGINT ignored,
    and Python keeps it ignored; tests that interrupt ``bukti`` restore the default first.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_bukti(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real ``bukti`` command in a subprocess."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BUKTI_")}
    return subprocess.run(
        [*bukti_command(), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=900
    )


def snapshot_tree(root: Path) -> dict[str, tuple[int, int, str]]:
    """Paths, sizes, modification times and hashes of every file and folder under ``root``."""
    snapshot: dict[str, tuple[int, int, str]] = {}
    for path in sorted(root.rglob("*")):
        stat = path.lstat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        snapshot[path.relative_to(root).as_posix()] = (stat.st_size, stat.st_mtime_ns, digest)
    return snapshot


@pytest.fixture(scope="session")
def catalog():
    return load_catalog()


@pytest.fixture(scope="session")
def demo_tree(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    """The demo evidence tree, built by the committed generator, and its manifest."""
    root = tmp_path_factory.mktemp("demo") / "Inspektorat Demo"
    manifest = build_demo_tree(root, evaluation_year=DEMO_YEAR)
    return root, manifest


@pytest.fixture(scope="session")
def demo_scan(demo_tree, tmp_path_factory: pytest.TempPathFactory):
    """One real ``bukti scan`` of the demo tree (Prefect engine, subprocess), shared by tests."""
    root, manifest = demo_tree
    before = snapshot_tree(root)
    out = tmp_path_factory.mktemp("demo-out")
    result = run_bukti(
        "scan", str(root), "--year", str(DEMO_YEAR), "--as-of", DEMO_AS_OF.isoformat(), "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {
        "root": root,
        "manifest": manifest,
        "out": out,
        "report": report,
        "result": result,
        "before": before,
        "after": snapshot_tree(root),
    }
