"""Exit codes and one-line messages for runs that cannot start, and the other commands."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import run_bukti

from flows.cli import app
from models.errors import ExitCode
from pipeline.cli import run_cli


def one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_missing_root_exits_with_root_unreadable(tmp_path: Path, capsys) -> None:
    code = run_cli(app, ["scan", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert code == ExitCode.ROOT_UNREADABLE
    line = one_line(capsys.readouterr().err)
    assert line == f"bukti: Folder bukti '{tmp_path / 'nope'}' tidak ditemukan atau tidak dapat dibaca."


def test_root_that_is_a_file_exits_with_root_unreadable(tmp_path: Path, capsys) -> None:
    file_root = tmp_path / "file.pdf"
    file_root.write_bytes(b"%PDF-1.4")
    assert run_cli(app, ["scan", str(file_root), "--out", str(tmp_path / "o")]) == ExitCode.ROOT_UNREADABLE
    one_line(capsys.readouterr().err)


def test_out_under_a_file_exits_with_output_not_writable(tmp_path: Path, capsys) -> None:
    (tmp_path / "root").mkdir()
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    code = run_cli(app, ["scan", str(tmp_path / "root"), "--out", str(blocker / "out")])
    assert code == ExitCode.OUTPUT_NOT_WRITABLE
    assert one_line(capsys.readouterr().err).startswith(f"bukti: Folder keluaran '{blocker / 'out'}'")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["scan"], "Missing argument"),
        (["scan", ".", "--as-of", "2026-13-45"], "--as-of '2026-13-45'"),
        (["scan", ".", "--year", "abc"], "'--year'"),
        (["scan", ".", "--unit-depth", "-1"], "unit_depth"),
        (["scan", ".", "--jobs", "0"], "jobs"),
        (["scan", ".", "--lang", "fr"], "'fr'"),
        (["scan", ".", "--no-such-flag"], "--no-such-flag"),
        (["frobnicate"], "frobnicate"),
    ],
)
def test_bad_arguments_exit_with_bad_arguments(args: list[str], fragment: str, capsys) -> None:
    assert run_cli(app, args) == ExitCode.BAD_ARGUMENTS
    line = one_line(capsys.readouterr().err)
    assert line.startswith("bukti: Argumen tidak valid: ")
    assert fragment in line


def test_subprocess_error_has_no_traceback(tmp_path: Path) -> None:
    result = run_bukti("scan", str(tmp_path / "missing"))
    assert result.returncode == ExitCode.ROOT_UNREADABLE
    one_line(result.stderr)
    assert result.stdout == ""


@pytest.mark.parametrize("command", ["scan", "classify", "catalog"])
def test_every_command_has_help(command: str, capsys) -> None:
    assert run_cli(app, [command, "--help"]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "Usage" in out and len(out.splitlines()) > 3


def test_scan_help_lists_exit_codes(capsys) -> None:
    run_cli(app, ["scan", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    for code in ExitCode:
        assert f"{code.value} {code.name}" in out


def test_catalog_json_and_table(catalog, capsys) -> None:
    import json

    assert run_cli(app, ["catalog", "--json"]) == ExitCode.OK
    data = json.loads(capsys.readouterr().out)
    assert [t["slug"] for t in data["evidence_types"]] == [t.slug for t in catalog.evidence_types]
    assert len(data["indicators"]) == 87
    assert run_cli(app, ["catalog"]) == ExitCode.OK
    table = capsys.readouterr().out
    for etype in catalog.evidence_types:
        assert etype.slug in table


def test_classify_prints_one_line_per_file_in_order(demo_tree, capsys) -> None:
    root, manifest = demo_tree
    entries = [e for e in manifest if e.slug and not e.fault][:3]
    broken = next(e for e in manifest if e.fault == "truncated")
    paths = [str(root / e.path) for e in entries] + [str(root / broken.path), str(root / "absent.pdf")]
    assert run_cli(app, ["classify", *paths]) == ExitCode.OK
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert [line.split("\t")[0] for line in lines] == paths
    for line, entry in zip(lines, entries, strict=False):
        path, slug, confidence, date = line.split("\t")
        assert slug == entry.slug
        assert re.fullmatch(r"\d\.\d\d", confidence)
        assert date == entry.effective_date
    assert lines[-2].split("\t")[1:] == ["-", "-", "-"]
    assert lines[-1].split("\t")[1:] == ["-", "-", "-"]
    assert len(captured.err.strip().splitlines()) == 2
