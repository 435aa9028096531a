"""The inspectors' workbook, reopened with openpyxl and checked cell by cell."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from sample_report import DINAS, DINAS_TWIN, FORMULA_PATH, KOSONG, build_sample_report

from models.coverage import Coverage
from models.messages import Language
from pipeline.coverage import estimate_predicates, pemenuhan_estimate
from pipeline.reports.xlsx_report import STATUS_FILL, render_xlsx, unit_sheet_names

FIXED_SHEETS = ["Ringkasan", "Dokumen", "Sub-indikator"]


@pytest.fixture(scope="module")
def report():
    return build_sample_report()


@pytest.fixture(scope="module")
def workbook(report):
    return load_workbook(io.BytesIO(render_xlsx(report)))


def fill_of(cell) -> str:
    return cell.fill.fgColor.rgb[-6:]


def test_sheets_in_order(workbook, report) -> None:
    names = unit_sheet_names((u.unit for u in report.units), reserved=FIXED_SHEETS)
    assert workbook.sheetnames == FIXED_SHEETS + [names[u.unit] for u in report.units]
    assert names[DINAS] == 'Dinas <b>Kesehatan<_b> & "Co"'
    assert names[DINAS_TWIN] == "DINAS <B>KESEHATAN<_B> & CO"
    assert names[KOSONG] == KOSONG


@pytest.mark.parametrize(
    ("units", "expected"),
    [
        (["Ringkasan"], ["Ringkasan (2)"]),
        (["a/b", "a:b", "A?B"], ["a_b", "a_b (2)", "A_B (3)"]),
        (["x" * 40, "X" * 40], ["x" * 31, "X" * 27 + " (2)"]),
        (["'quoted'", "", "   "], ["quoted", "Unit", "Unit (2)"]),
    ],
)
def test_unit_sheet_names_are_valid_and_unique(units, expected) -> None:
    assert list(unit_sheet_names(units, reserved=FIXED_SHEETS).values()) == expected


def test_summary_sheet_cell_by_cell(workbook, report, catalog) -> None:
    sheet = workbook["Ringkasan"]
    header = [cell.value for cell in sheet[1]]
    areas = [a.code for a in catalog.areas]
    assert header == (
        ["Unit kerja"]
        + [f"{code} (%)" for code in areas]
        + [
            "Perkiraan Pemenuhan",
            "Kurang ke WBK",
            "Kurang ke WBBM",
            "Jenis bukti belum ada",
            "Jenis bukti kedaluwarsa",
            "Jenis bukti perlu diperiksa",
            "Dokumen tidak terbaca",
            "Dokumen",
        ]
    )
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(row=1, column=len(header)).column_letter}4"
    for row, unit in enumerate(report.units, start=2):
        cells = [cell for cell in sheet[row]]
        assert cells[0].value == unit.unit and cells[0].data_type == "s"
        assert cells[0].hyperlink.location or cells[0].hyperlink.target
        for column, area in enumerate(unit.areas, start=1):
            assert cells[column].value == pytest.approx(area.weighted_score / area.pemenuhan_weight, abs=1e-4)
            assert cells[column].number_format == "0%"
        assert cells[7].value == pemenuhan_estimate(unit)
        wbk, wbbm = estimate_predicates(unit, catalog)
        assert [cells[8].value, cells[9].value] == [wbk.gap, wbbm.gap]
        assert fill_of(cells[8]) == "FEE4E2"  # nobody reaches WBK with this little
        statuses = list(unit.evidence_types.values())
        assert [c.value for c in cells[10:15]] == [
            statuses.count(Coverage.MISSING),
            statuses.count(Coverage.OUTDATED),
            statuses.count(Coverage.NEEDS_REVIEW),
            unit.unreadable_count,
            unit.document_count,
        ]
    dinas = next([c.value for c in row] for row in sheet.iter_rows(min_row=2) if row[0].value == DINAS)
    assert dinas[1] == pytest.approx(0.0625)  # MP: 0.25 of 4
    assert dinas[10:15] == [len(catalog.evidence_types) - 3, 1, 1, 1, 5]
    assert sheet.column_dimensions["A"].width == 36


def test_documents_sheet_has_filters_and_text_that_never_evaluates(workbook, report) -> None:
    sheet = workbook["Dokumen"]
    assert [c.value for c in sheet[1]] == [
        "Unit kerja",
        "Berkas",
        "Status",
        "Jenis bukti",
        "Keyakinan",
        "Tanggal efektif",
        "Keberlakuan",
        "Aturan",
        "Mendukung",
        "Keterangan",
    ]
    assert sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref == f"A1:J{len(report.documents) + 1}"
    rows = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
    assert set(rows) == {d.path for d in report.documents}
    hostile = rows[FORMULA_PATH]
    assert hostile[1].data_type == "s" and hostile[2].value == "tidak terbaca"
    assert fill_of(hostile[2]) == STATUS_FILL["unreadable"]
    skm = next(row for path, row in rows.items() if path.endswith("SKM 2022.pdf"))
    assert [c.value for c in skm[2:9]] == [
        "dikenali",
        "survei_kepuasan",
        0.91,
        "2022-07-01",
        "kedaluwarsa",
        "Y1",
        "PP.4.a, PP.4.b, PP.4.c",
    ]
    assert "aturan Y1" in skm[9].value
    assert sheet.column_dimensions["B"].width == 55 and skm[1].alignment.wrap_text


@pytest.mark.parametrize("text", ['=HYPERLINK("http://evil","klik")', "+62 274", "-2+3", "@SUM(A1)"])
def test_formula_like_text_is_a_quote_prefixed_string(text: str) -> None:
    import datetime as dt
    from pathlib import Path

    from models.documents import DocumentRecord, DocumentStatus
    from models.messages import Message
    from models.options import ScanOptions
    from pipeline.scan import assemble_report

    record = DocumentRecord(
        path=f"{text}/{text}.pdf",
        unit=text,
        status=DocumentStatus.UNREADABLE,
        size=1,
        error=Message(key="document.empty"),
    )
    options = ScanOptions(root=Path("/r"), evaluation_year=2026, as_of=dt.date(2026, 11, 1))
    report = assemble_report([record], options, units=[text], started=0.0)
    book = load_workbook(io.BytesIO(render_xlsx(report)))
    for sheet_name in ("Ringkasan", "Dokumen"):
        cell = book[sheet_name]["A2"]
        assert cell.value == text and cell.data_type == "s" and cell.quotePrefix, sheet_name
    assert book["Dokumen"]["B2"].value == f"{text}/{text}.pdf" and book["Dokumen"]["B2"].quotePrefix


def test_unit_sheet_is_shaped_like_the_lke(workbook, report, catalog) -> None:
    names = unit_sheet_names((u.unit for u in report.units), reserved=FIXED_SHEETS)
    unit = next(u for u in report.units if u.unit == DINAS)
    sheet = workbook[names[DINAS]]
    assert sheet["A1"].value.startswith(DINAS) and "2026" in sheet["A1"].value
    assert [c.value for c in sheet[3]] == [
        "Kode LKE",
        "Sub-indikator",
        "Pertanyaan LKE",
        "Skala",
        "Bobot",
        "Status",
        "Jenis bukti",
        "Dokumen ditemukan",
        "Perkiraan nilai Pemenuhan",
    ]
    assert sheet.freeze_panes == "C4"
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    assert len(rows) == len(catalog.areas) + len(catalog.sub_areas) + len(catalog.indicators)
    # Area row, sub-area row, then its questions, in LKE order.
    assert rows[0][:5] == ("1", "MP", "Manajemen Perubahan", None, 4)
    assert rows[0][8] == pytest.approx(0.25)
    assert rows[1][:5] == ("1.1", "MP.1", "Penyusunan Tim Kerja", None, 0.5)
    question = rows[2]
    assert question[:4] == ("1.1.a", "MP.1.a", catalog.indicator("MP.1.a").question_id, "Ya/Tidak")
    assert question[5] == "ada" and question[6] == "sk_tim_zi"
    assert question[7] == "1. MP/SK Tim ZI.pdf (2026-01-12)"
    assert fill_of(sheet.cell(row=6, column=6)) == STATUS_FILL["present"]
    by_code = {r[1]: r for r in rows}
    assert by_code["MP.1.b"][5] == "belum ada" and by_code["MP.1.b"][7] in (None, "")
    assert by_code["PP.4.a"][5] == "kedaluwarsa" and by_code["PP.4.a"][7] == "6. PP/SKM 2022.pdf (2022-07-01)"
    assert by_code["PW.1.b"][5] == "perlu diperiksa" and by_code["PW.1.b"][7] == "5. PW/SK UPG.pdf (?)"
    statuses = {code: unit.indicators[code] for code in unit.indicators}
    for row_index, row in enumerate(rows, start=4):
        if row[1] in statuses:
            fill = fill_of(sheet.cell(row=row_index, column=6))
            assert fill == STATUS_FILL[statuses[row[1]].value], row[1]
    assert sheet.column_dimensions["C"].width == 60


def test_workbook_in_english(report) -> None:
    book = load_workbook(io.BytesIO(render_xlsx(report, language=Language.EN)))
    assert book.sheetnames[:3] == ["Summary", "Documents", "Sub-indicators"]
    assert book["Summary"]["A1"].value == "Unit"


def test_summary_link_to_a_sheet_whose_name_has_a_quote() -> None:
    import datetime as dt
    from pathlib import Path

    from models.documents import DocumentRecord, DocumentStatus
    from models.messages import Message
    from models.options import ScanOptions
    from pipeline.scan import assemble_report

    unit = "Kantor Jum'at Bersih"
    record = DocumentRecord(
        path=f"{unit}/a.pdf", unit=unit, status=DocumentStatus.UNREADABLE, size=1,
        error=Message(key="document.empty"),
    )  # fmt: skip
    options = ScanOptions(root=Path("/r"), evaluation_year=2026, as_of=dt.date(2026, 11, 1))
    book = load_workbook(
        io.BytesIO(render_xlsx(assemble_report([record], options, units=[unit], started=0.0)))
    )
    sheet_name = unit_sheet_names([unit], reserved=FIXED_SHEETS)[unit]
    assert "'" in sheet_name and sheet_name in book.sheetnames
    assert book["Ringkasan"]["A2"].hyperlink.location == f"'{sheet_name.replace(chr(39), chr(39) * 2)}'!A1"
