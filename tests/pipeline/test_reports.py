"""Report writers on a hand-built report: escaping, formula safety, atomic writes, language."""

from __future__ import annotations

import datetime as dt
import gc
import io
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from models.documents import Classification, DocumentRecord, DocumentStatus, FileFormat
from models.messages import Language, Message
from models.options import ScanOptions
from pipeline.reports import REPORT_FILES, write_reports
from pipeline.reports.forked import ForkedRender
from pipeline.reports.html_report import render_html
from pipeline.reports.json_report import dumps_json, render_json
from pipeline.reports.view import build_report_view
from pipeline.reports.xlsx_report import render_xlsx
from pipeline.scan import assemble_report

HOSTILE_NAMES = [
    "Dinas <b>X</b>/<script>alert(1)</script>.pdf",
    'Dinas <b>X</b>/=HYPERLINK("http://evil","klik").docx',
    "Dinas <b>X</b>/+cmd.docx",
    "Dinas <b>X</b>/@SUM(A1).pdf",
    "Dinas <b>X</b>/-2+3.pdf",
]


@pytest.fixture(scope="module")
def hostile_report():
    records = [
        DocumentRecord(
            path=name,
            unit="Dinas <b>X</b>",
            status=DocumentStatus.UNREADABLE,
            size=5,
            format=FileFormat.PDF,
            error=Message(key="document.corrupt", params={"detail": "PDF"}),
        )
        for name in HOSTILE_NAMES
    ]
    records.append(
        DocumentRecord(
            path="Dinas <b>X</b>/sk.pdf",
            unit="Dinas <b>X</b>",
            status=DocumentStatus.CLASSIFIED,
            size=9,
            classification=Classification(evidence_type="sk_tim_zi", confidence=0.9, classifier="t"),
        )
    )
    options = ScanOptions(root=Path("/evidence/Root"), evaluation_year=2026, as_of=dt.date(2026, 11, 1))
    return assemble_report(records, options, units=["Dinas <b>X</b>", "Kecamatan Kosong"], started=0.0)


def test_html_escapes_names_and_is_self_contained(hostile_report) -> None:
    html = render_html(hostile_report).decode("utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>X</b>" not in html
    assert "http://evil" in html  # shown as text, inside an escaped name
    assert "<link" not in html and "src=" not in html and "<script" not in html
    assert 'lang="id"' in html and "Bukti yang belum ada" in html


def test_html_in_english(hostile_report) -> None:
    html = render_html(hostile_report, language=Language.EN).decode("utf-8")
    assert 'lang="en"' in html and "Missing evidence" in html
    assert "Bukti yang belum ada" not in html


def test_unit_without_files_is_reported_with_everything_missing(hostile_report, catalog) -> None:
    empty = next(u for u in hostile_report.units if u.unit == "Kecamatan Kosong")
    assert empty.document_count == 0
    assert set(empty.evidence_types.values()) == {"missing"}
    assert len(empty.evidence_types) == len(catalog.evidence_types)


def test_xlsx_never_evaluates_text(hostile_report) -> None:
    workbook = load_workbook(io.BytesIO(render_xlsx(hostile_report)))
    sheet = workbook["Dokumen"]
    paths = {}
    for row in sheet.iter_rows(min_row=2):
        paths[row[1].value] = row[1].data_type
    for name in HOSTILE_NAMES:
        assert paths[name] == "s", name
    summary = workbook["Ringkasan"]
    assert summary["A1"].value == "Unit kerja"
    assert summary.freeze_panes == "B2"


def test_json_keeps_names_exactly(hostile_report) -> None:
    data = json.loads(render_json(hostile_report))
    paths = [d["path"] for d in data["documents"]]
    assert paths == sorted(paths)
    assert set(HOSTILE_NAMES) <= set(paths)
    assert all(d["error"].endswith(".") for d in data["documents"] if d["status"] == "unreadable")


def test_write_reports_replaces_atomically(hostile_report, tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_reports(hostile_report, out)
    first = (out / "report.json").read_bytes()
    write_reports(hostile_report, out, language=Language.EN)
    assert sorted(p.name for p in out.iterdir()) == sorted([*REPORT_FILES, "units"])
    assert (out / "report.json").read_bytes() != first
    assert json.loads((out / "report.json").read_text())["language"] == "en"


def test_workbook_rendered_by_a_forked_process_is_the_same(hostile_report, tmp_path: Path) -> None:
    here, forked = tmp_path / "here", tmp_path / "forked"
    write_reports(hostile_report, here, fork=False)
    paths = write_reports(hostile_report, forked, fork=True)
    assert [p.relative_to(forked) for p in paths] == [
        p.relative_to(here) for p in write_reports(hostile_report, here, fork=False)
    ]
    for path in paths:
        assert path.read_bytes() == (here / path.relative_to(forked)).read_bytes(), path.name
    # Only the reports are left: no temporary file of the child.
    assert sorted(p.name for p in forked.iterdir()) == sorted([*REPORT_FILES, "units"])


def test_forked_render_hands_back_its_file(tmp_path: Path) -> None:
    rendered = ForkedRender(lambda: b"isi laporan", tmp_path / "report.xlsx").collect(timeout=30)
    assert rendered is not None and rendered.read_bytes() == b"isi laporan"


def test_forked_render_that_fails_or_overruns_leaves_nothing(tmp_path: Path) -> None:
    def fails() -> bytes:
        raise RuntimeError("render bug")

    def overruns() -> bytes:
        time.sleep(30)
        return b""

    assert ForkedRender(fails, tmp_path / "a.xlsx").collect(timeout=30) is None
    started = time.monotonic()
    assert ForkedRender(overruns, tmp_path / "b.xlsx").collect(timeout=0.5) is None
    assert time.monotonic() - started < 10
    assert list(tmp_path.iterdir()) == []


JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.floats(min_value=-1e-4, max_value=1e-4)  # written differently by pydantic: the fallback
    | st.text()
    | st.sampled_from([DocumentStatus.CLASSIFIED, FileFormat.PDF])  # str enums, as models hold
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: (
        st.lists(children, max_size=5)
        | st.lists(children, max_size=3).map(tuple)
        | st.dictionaries(st.text(), children, max_size=5)
    ),
    max_leaves=40,
)


@settings(max_examples=500, deadline=None)
@given(JSON_VALUES)
def test_dumps_json_writes_what_json_dumps_writes(value) -> None:
    assert dumps_json(value) == json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")


@pytest.mark.parametrize(
    "value",
    [
        {"score": 1e-05, "tiny": -9.5e-05, "subnormal": 5e-324, "big": 1e300},
        ["Laporan e-1 tahun 2026", "0.00001", "e-SAKIP 2026"],
        [float("nan"), float("inf"), -float("inf"), -0.0, 2**70],
    ],
)
def test_dumps_json_matches_json_dumps_where_pydantic_differs_or_might(value) -> None:
    assert dumps_json(value) == json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")


def test_dumps_json_fails_like_json_dumps_on_a_lone_surrogate() -> None:
    with pytest.raises(UnicodeEncodeError):
        dumps_json({"title": "\ud800"})


def test_writers_refuse_a_view_of_another_report_or_language(hostile_report) -> None:
    view = build_report_view(hostile_report, Language.ID)
    assert render_json(hostile_report, view=view) == render_json(hostile_report)
    with pytest.raises(ValueError, match="another report"):
        render_html(hostile_report, language=Language.EN, view=view)
    with pytest.raises(ValueError, match="another report"):
        render_xlsx(hostile_report.model_copy(), view=view)


@pytest.mark.parametrize("enabled", [True, False])
def test_write_reports_leaves_the_garbage_collector_as_it_found_it(hostile_report, tmp_path, enabled) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        write_reports(hostile_report, tmp_path / "out")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
