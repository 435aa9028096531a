"""Three ``bukti scan`` runs of the same hostile tree at once, into three output folders.

Each run starts its own Prefect ephemeral API on the shared ``PREFECT_HOME`` SQLite database
(measured: three concurrent runs complete; no per-run PREFECT_HOME, which would cost a
database migration each). All three must finish with exit 0 and identical reports.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import bukti_command

sys.path.insert(1, str(Path(__file__).resolve().parents[1] / "pipeline"))
from hostile_tree import build_hostile_tree  # noqa: E402

VOLATILE = {"generated_at", "duration_seconds"}


@pytest.mark.slow
def test_three_concurrent_scans_agree(tmp_path: Path) -> None:
    root = tmp_path / "Inspektorat"
    build_hostile_tree(root)
    env = {k: v for k, v in os.environ.items() if not k.startswith("BUKTI_")}
    runs = []
    for index in range(3):
        out = tmp_path / f"out{index}"
        command = [
            *bukti_command(),
            "scan",
            str(root),
            "--year",
            "2026",
            "--as-of",
            "2026-11-01",
            "--out",
            str(out),
            "--jobs",
            "1",
        ]
        runs.append(
            (
                out,
                subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env),
            )
        )
    reports = []
    for out, process in runs:
        _, stderr = process.communicate(timeout=900)
        assert process.returncode == 0, stderr
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        reports.append({k: v for k, v in report.items() if k not in VOLATILE})
        assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert reports[0] == reports[1] == reports[2]
    assert len(reports[0]["documents"]) > 30
