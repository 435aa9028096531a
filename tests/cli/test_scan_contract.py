"""The outside contract (../shared/spec/interface.md) on a real scan of the demo tree."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from conftest import DEMO_AS_OF, DEMO_YEAR, SHARED

SPEC = SHARED / "spec" / "interface.md"
COVERAGE_VALUES = {"present", "outdated", "needs_review", "missing"}
STATUS_VALUES = {"classified", "unclassified", "unreadable", "duplicate"}


def spec_example() -> dict:
    """The report.json example in the spec, so the test follows the spec, not our output."""
    match = re.search(r"```json\n(.*?)```", SPEC.read_text(encoding="utf-8"), re.S)
    assert match, "the spec has no JSON example"
    return json.loads(match.group(1))


def test_top_level_keys_and_values(demo_scan) -> None:
    report = demo_scan["report"]
    example = spec_example()
    assert set(example) <= set(report)
    assert report["schema"] == example["schema"] == "bukti.report/1"
    assert report["evaluation_year"] == DEMO_YEAR
    assert report["as_of"] == DEMO_AS_OF.isoformat()


def test_document_rows_have_contract_keys_and_types(demo_scan, catalog) -> None:
    example_keys = set(spec_example()["documents"][0])
    slugs = {t.slug for t in catalog.evidence_types}
    for row in demo_scan["report"]["documents"]:
        assert example_keys <= set(row), row["path"]
        assert row["status"] in STATUS_VALUES
        assert row["evidence_type"] is None or row["evidence_type"] in slugs
        if row["status"] == "classified":
            assert row["evidence_type"] in slugs
            assert 0 <= row["confidence"] <= 1
            assert row["indicators"] == list(catalog.evidence_type(row["evidence_type"]).indicators)
        if row["status"] == "unclassified":
            assert row["evidence_type"] is None and row["outdated"] is None
        if row["status"] in ("unreadable", "duplicate"):
            assert isinstance(row["error"], str) and row["error"].endswith(".")
        if row["document_date"] is not None:
            dt.date.fromisoformat(row["document_date"])
        if row["evidence_type"] is None or row["document_date"] is None:
            assert row["outdated"] is None or row["evidence_type"] is not None
        assert row["outdated"] in (True, False, None)


def test_every_file_appears_exactly_once(demo_scan) -> None:
    root: Path = demo_scan["root"]
    on_disk = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    reported = [row["path"] for row in demo_scan["report"]["documents"]]
    assert sorted(reported) == on_disk
    assert len(set(reported)) == len(reported)


def test_units_cover_every_slug_and_indicator(demo_scan, catalog) -> None:
    root: Path = demo_scan["root"]
    units = demo_scan["report"]["units"]
    assert [u["unit"] for u in units] == sorted(p.name for p in root.iterdir() if p.is_dir())
    for unit in units:
        assert list(unit["evidence_types"]) == [t.slug for t in catalog.evidence_types]
        assert list(unit["indicators"]) == [i.code for i in catalog.indicators]
        assert set(unit["evidence_types"].values()) <= COVERAGE_VALUES
        assert set(unit["indicators"].values()) <= COVERAGE_VALUES


def test_indicator_takes_best_status_of_its_types(demo_scan, catalog) -> None:
    order = ["missing", "needs_review", "outdated", "present"]
    for unit in demo_scan["report"]["units"]:
        for indicator in catalog.indicators:
            statuses = [unit["evidence_types"][slug] for slug in catalog.types_supporting(indicator.code)]
            assert unit["indicators"][indicator.code] == max(statuses, key=order.index)


def test_type_status_follows_its_documents(demo_scan) -> None:
    """present iff a current classified document exists; missing iff none at all."""
    report = demo_scan["report"]
    for unit in report["units"]:
        rows = [r for r in report["documents"] if r["unit"] == unit["unit"] and r["evidence_type"]]
        for slug, status in unit["evidence_types"].items():
            verdicts = [r["outdated"] for r in rows if r["evidence_type"] == slug]
            expected = (
                "missing"
                if not verdicts
                else "present"
                if False in verdicts
                else "outdated"
                if True in verdicts
                else "needs_review"
            )
            assert status == expected, (unit["unit"], slug)


def test_demo_scan_finds_known_faults(demo_scan) -> None:
    rows = {r["path"]: r for r in demo_scan["report"]["documents"]}
    faults = {e.path: e.fault for e in demo_scan["manifest"] if e.fault}
    assert faults, "the demo tree has no faulty files"
    for path, fault in faults.items():
        if fault == "image_only":
            # A scan without a text layer is read by OCR and marked as such.
            assert rows[path]["ocr"] is True and rows[path]["status"] != "unreadable", path
            continue
        expected = "duplicate" if fault == "duplicate" else "unreadable"
        assert rows[path]["status"] == expected, (path, fault)


def test_root_is_not_modified(demo_scan) -> None:
    assert demo_scan["before"] == demo_scan["after"]


def test_reports_written(demo_scan) -> None:
    out: Path = demo_scan["out"]
    for name in ("report.json", "report.html", "report.xlsx", "report.csv"):
        assert (out / name).stat().st_size > 0
    pages = sorted((out / "units").glob("*.html"))
    assert len(pages) == len(demo_scan["report"]["units"])
    html = (out / "report.html").read_text(encoding="utf-8")
    for page in pages:
        assert f'href="units/{page.name}"' in html
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]
    assert "report.html" in demo_scan["result"].stderr
    assert demo_scan["result"].stdout == ""
