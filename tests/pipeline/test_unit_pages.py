"""Unit pages, their file names, the predikat estimate and the CSV, on hand-built reports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import pytest
from conftest import SHARED
from hypothesis import given, settings
from hypothesis import strategies as st
from sample_report import DINAS, DINAS_TWIN, FORMULA_PATH, KOSONG, build_sample_report

from models.coverage import Coverage
from models.documents import DocumentRecord, DocumentStatus
from models.messages import Language, Message
from models.options import ScanOptions
from pipeline.coverage import assess_unit, estimate_predicates, indicator_weight, pemenuhan_estimate
from pipeline.reports import REPORT_FILES, write_reports
from pipeline.reports.csv_report import CSV_COLUMNS, render_csv
from pipeline.reports.filenames import unit_page_names, unit_stem
from pipeline.reports.unit_page import render_unit_pages
from pipeline.scan import assemble_report

SAFE_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*\.html$")


@pytest.fixture(scope="module")
def report():
    return build_sample_report()


@pytest.fixture(scope="module")
def pages(report) -> dict[str, str]:
    return {name: html.decode("utf-8") for name, html in render_unit_pages(report).items()}


def page_of(pages: dict[str, str], report, unit: str) -> str:
    return pages[unit_page_names(u.unit for u in report.units)[unit]]


# --- file names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("Dinas Kesehatan", "dinas-kesehatan"),
        ("Kabupaten Sleman/Dinas Kesehatan", "kabupaten-sleman-dinas-kesehatan"),
        ("RSUD Dr. Soetomo (Kelas A)", "rsud-dr-soetomo-kelas-a"),
        ("Kantor Urusan Agama Kec. Ngaglik", "kantor-urusan-agama-kec-ngaglik"),
        ("Ñoño ünit 🙂", "nono-unit"),
        ("..", "unit"),
        ("CON", "con-unit"),
        ("<script>alert(1)</script>", "script-alert-1-script"),
    ],
)
def test_unit_stem_is_readable_and_safe(unit: str, expected: str) -> None:
    assert unit_stem(unit) == expected


def test_colliding_names_get_a_hash_of_the_exact_name(report) -> None:
    names = unit_page_names([DINAS, KOSONG, DINAS_TWIN])
    assert names[DINAS] == "dinas-b-kesehatan-b-co.html"
    assert re.fullmatch(r"dinas-b-kesehatan-b-co-[0-9a-f]{8}\.html", names[DINAS_TWIN])
    # The suffix depends only on the name, not on which other units exist.
    assert unit_page_names(["x", DINAS, DINAS_TWIN])[DINAS_TWIN] == names[DINAS_TWIN]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=120), min_size=1, max_size=30, unique=True))
def test_page_names_are_safe_and_unique_for_any_unit_names(units: list[str]) -> None:
    names = unit_page_names(units)
    assert set(names) == set(units)
    files = list(names.values())
    assert len({f.casefold() for f in files}) == len(files)
    for file in files:
        assert SAFE_NAME.match(file), file
        assert len(file) <= 60 + 1 + 8 + 5
    assert unit_page_names(units) == names  # deterministic


# --- the estimate ---------------------------------------------------------------------------


def test_catalog_thresholds_match_lke_md(catalog) -> None:
    """The numbers in catalog.yaml are those of lke.md §5 (PermenPANRB 90/2021 Tabel 6)."""
    text = (SHARED / "domain" / "lke.md").read_text(encoding="utf-8")
    total = re.search(r"\| Nilai total \(pengungkit \+ hasil\) \| ≥ ([\d,]+) \| ≥ ([\d,]+)", text)
    pengungkit = re.search(r"\| Nilai minimal pengungkit \| (\d+) \| (\d+) \|", text)
    share = re.search(r"\| Bobot nilai minimal per area pengungkit \| (\d+)% .*? \| (\d+)% ", text)
    assert total and pengungkit and share
    wbk, wbbm = catalog.thresholds.predicates
    assert (wbk.code, wbbm.code) == ("WBK", "WBBM")
    assert [wbk.total_min, wbbm.total_min] == [float(v.replace(",", ".")) for v in total.groups()]
    assert [wbk.pengungkit_min, wbbm.pengungkit_min] == [float(v) for v in pengungkit.groups()]
    assert [wbk.area_share_min, wbbm.area_share_min] == [int(v) / 100 for v in share.groups()]
    assert catalog.thresholds.total_max == 100 and catalog.thresholds.pemenuhan_max == 30


def test_estimate_of_a_unit_with_nothing_and_with_everything(catalog) -> None:
    empty = assess_unit("Kosong", [], catalog)
    assert pemenuhan_estimate(empty) == 0
    for estimate in estimate_predicates(empty, catalog):
        assert estimate.scaled_score == 0 and estimate.gap == estimate.required
        assert estimate.areas_below == tuple(a.code for a in catalog.areas) and not estimate.reached
    full = empty.model_copy(
        update={
            "indicators": dict.fromkeys(empty.indicators, Coverage.PRESENT),
            "areas": tuple(a.model_copy(update={"weighted_score": a.pemenuhan_weight}) for a in empty.areas),
        }
    )
    assert pemenuhan_estimate(full) == 30
    assert all(e.reached and e.scaled_score == 100 for e in estimate_predicates(full, catalog))


def test_indicator_weights_add_up_to_the_pemenuhan_weights(catalog) -> None:
    for area in catalog.areas:
        total = sum(indicator_weight(i.code, catalog) for i in catalog.indicators if i.area == area.code)
        assert total == pytest.approx(area.pemenuhan_weight)


def test_estimate_counts_one_current_document(report, catalog) -> None:
    unit = next(u for u in report.units if u.unit == DINAS)
    # sk_tim_zi answers MP.1.a: half of sub-area MP.1 (weight 0.5) = 0.25 of 30 points.
    assert pemenuhan_estimate(unit) == pytest.approx(0.25)
    wbk = estimate_predicates(unit, catalog)[0]
    assert wbk.scaled_score == pytest.approx(0.83, abs=0.01) and wbk.gap == pytest.approx(74.17, abs=0.01)


# --- the page -------------------------------------------------------------------------------


def test_every_unit_gets_a_page(report, pages) -> None:
    assert len(pages) == len(report.units) == 3
    assert all(SAFE_NAME.match(name) for name in pages)


def test_page_is_self_contained_and_escaped(report, pages) -> None:
    html = page_of(pages, report, DINAS)
    assert "<b>Kesehatan</b>" not in html and "&lt;b&gt;Kesehatan&lt;/b&gt;" in html
    assert "<script" not in html and "<link" not in html and "src=" not in html and "@import" not in html
    assert re.findall(r'href="([^"]+)"', html) == ["../report.html"]
    assert html.count("<svg") == 2


def test_page_sections_in_reading_order(report, pages) -> None:
    html = page_of(pages, report, DINAS)
    sections = ("glance", "estimate", "missing", "outdated", "review")
    order = [html.index(f'id="{section}"') for section in sections]
    assert order == sorted(order)
    assert 'lang="id"' in html and "Ini perkiraan, bukan nilai resmi" in html
    assert "Menuju WBK: nilai minimal 75; perkiraan kurang 74.17 poin." in html
    assert "Menuju WBBM: nilai minimal 85; perkiraan kurang 84.17 poin." in html


def test_missing_questions_name_the_lke_question_and_the_documents(report, pages, catalog) -> None:
    html = page_of(pages, report, DINAS)
    unit = next(u for u in report.units if u.unit == DINAS)
    missing = [code for code, status in unit.indicators.items() if status == Coverage.MISSING]
    assert f"Bukti yang belum ada ({len(missing)})" in html
    seleksi = catalog.indicator("MP.1.b")
    assert f"1.1.b (MP.1.b)</span> {seleksi.question_id}" in html
    assert catalog.evidence_type("seleksi_tim_zi").name_id in html
    assert seleksi.typical_evidence_id in html
    assert "+0.25 poin" in html
    # MP.1.a has a current SK Tim ZI: not listed as missing.
    assert "(MP.1.a)</span>" not in html


def test_outdated_shows_date_found_and_rule(report, pages) -> None:
    html = page_of(pages, report, DINAS)
    section = html[html.index('id="outdated"') : html.index('id="review"')]
    assert "6. PP/SKM 2022.pdf" in section and "2022-07-01" in section
    assert "aturan Y1" in section and "sudah kedaluwarsa" in section
    assert "Survei Kepuasan Masyarakat" in section


def test_review_lists_undated_unclassified_and_unreadable_with_reasons(report, pages) -> None:
    html = page_of(pages, report, DINAS)
    section = html[html.index('id="review"') : html.index('id="documents"')]
    assert "Dokumen yang perlu diperiksa (3)" in section
    assert "5. PW/SK UPG.pdf" in section  # undated
    assert "nota dinas.docx" in section and "tidak dikenali sebagai bukti" in section
    assert "=HYPERLINK(&#34;http://evil&#34;,&#34;klik&#34;).pdf" in section
    assert "rusak atau terpotong" in section
    assert "1. MP/SK Tim ZI.pdf" not in section


def test_empty_unit_page(report, pages, catalog) -> None:
    html = page_of(pages, report, KOSONG)
    assert f"Bukti yang belum ada ({len(catalog.indicators)})" in html
    assert "Tidak ada dokumen di unit ini." in html


def test_page_in_english(report) -> None:
    html = next(iter(render_unit_pages(report, language=Language.EN).values())).decode("utf-8")
    assert 'lang="en"' in html and "Missing evidence" in html and "This is an estimate" in html
    assert "Bukti yang belum ada" not in html and "Ini perkiraan" not in html


# --- writing --------------------------------------------------------------------------------


def test_write_reports_writes_pages_csv_and_links(report, tmp_path: Path) -> None:
    out = tmp_path / "out"
    stale = out / "units" / "unit-yang-sudah-dihapus.html"
    stale.parent.mkdir(parents=True)
    stale.write_text("old")
    keep = out / "units" / "catatan.txt"
    keep.write_text("not ours")
    paths = write_reports(report, out)
    assert [p.name for p in paths[: len(REPORT_FILES)]] == list(REPORT_FILES)
    pages = sorted(p.name for p in (out / "units").glob("*.html"))
    assert pages == sorted(unit_page_names(u.unit for u in report.units).values())
    assert not stale.exists() and keep.exists()
    index = (out / "report.html").read_text(encoding="utf-8")
    links = re.findall(r'href="(units/[^"]+)"', index)
    assert sorted(set(links)) == sorted(f"units/{p}" for p in pages)
    for link in links:
        assert (out / link).is_file()
    assert not [p for p in out.rglob(".*")]  # no temporary files left


def test_csv_rows(report) -> None:
    data = render_csv(report)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r["path"] for r in rows] == [d.path for d in report.documents]
    by_path = {r["path"]: r for r in rows}
    hostile = by_path[FORMULA_PATH]  # the formula is inside the cell, not at its start
    assert hostile["status"] == "unreadable" and hostile["reason"].startswith("Berkas rusak")
    twin = by_path[f"{DINAS_TWIN}/+SK Tim ZI.pdf"]
    assert twin["evidence_type"] == "sk_tim_zi" and twin["outdated"] == "false"
    skm = next(r for r in rows if r["path"].endswith("SKM 2022.pdf"))
    assert skm["outdated"] == "true" and skm["recency_rule"] == "Y1" and skm["document_date"] == "2022-07-01"
    assert skm["evidence_type_name"].startswith("Laporan Survei Kepuasan Masyarakat")


@pytest.mark.parametrize("unit", ["=cmd|' /C calc'!A0", "+62 Kantor", "-Unit", "@SUM(A1)", "\tTab"])
def test_csv_never_starts_a_cell_with_a_formula(unit: str) -> None:
    unit = unit.replace("\\t", "\t")
    records = [
        DocumentRecord(
            path=f"{unit}/x.pdf",
            unit=unit,
            status=DocumentStatus.UNREADABLE,
            size=1,
            error=Message(key="document.empty"),
        )
    ]
    options = ScanOptions(root=Path("/r"), evaluation_year=2026, as_of=dt.date(2026, 11, 1))
    data = render_csv(assemble_report(records, options, units=[unit], started=0.0)).decode("utf-8-sig")
    row = next(csv.DictReader(io.StringIO(data)))
    assert row["unit"] == "'" + unit and row["path"] == f"'{unit}/x.pdf"
    for value in row.values():
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_misfiled_document_is_listed_for_review_with_its_sentence() -> None:
    from models.documents import DocumentRecord as Record

    if "misfiled" not in Record.model_fields:
        pytest.fail("DocumentRecord has no misfiled flag")
    from sample_report import sample_records

    records = sample_records()
    current = records[0]
    misfiled = Message(
        key="document.misfiled",
        params={"type": "SK Tim ZI", "areas": "MP", "folder": "6. PP", "hint": "area PP"},
    )
    records[0] = current.model_copy(update={"misfiled": misfiled})
    options = ScanOptions(root=Path("/r"), evaluation_year=2026, as_of=dt.date(2026, 11, 1))
    report = assemble_report(records, options, units=[DINAS], started=0.0)
    html = render_unit_pages(report)[unit_page_names(u.unit for u in report.units)[DINAS]].decode("utf-8")
    section = html[html.index('id="review"') : html.index('id="documents"')]
    assert "1. MP/SK Tim ZI.pdf" in section and "Salah folder" in section
    assert misfiled.render() in section.replace("&#39;", "'").replace("&#34;", '"')
