"""The recency engine: rules Y0..Y3, PERIOD, PREV_REPORT, explanations, and rule overrides."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from classifiers.dates import find_document_dates
from flows.cli import app
from models.catalog import RecencyRule
from models.documents import DateFinding, DatePrecision, DocumentDates, PeriodFinding
from models.errors import CatalogInvalid, ExitCode
from models.messages import Language
from pipeline.catalog import load_catalog
from pipeline.cli import run_cli
from pipeline.recency import assess_recency
from pipeline.rules import apply_rule_overrides, load_rule_overrides, parse_rule_overrides

N = 2026


def found(
    value: dt.date, precision: DatePrecision = DatePrecision.DAY, source: str = "ditetapkan"
) -> DocumentDates:
    return DocumentDates(effective=DateFinding(value=value, precision=precision, source=source, phrase="x"))


@pytest.mark.parametrize(
    ("rule", "value", "outdated"),
    [
        (RecencyRule.Y0, dt.date(2026, 1, 12), False),
        (RecencyRule.Y0, dt.date(2025, 12, 31), True),
        (RecencyRule.Y1, dt.date(2025, 1, 1), False),
        (RecencyRule.Y1, dt.date(2024, 12, 31), True),
        (RecencyRule.Y2, dt.date(2024, 6, 1), False),
        (RecencyRule.Y2, dt.date(2023, 6, 1), True),
        (RecencyRule.Y3, dt.date(2023, 1, 1), False),
        (RecencyRule.Y3, dt.date(2022, 12, 31), True),
        (RecencyRule.PERIOD, dt.date(2025, 3, 1), False),  # no named period: as Y1
        (RecencyRule.PERIOD, dt.date(2024, 3, 1), True),
        (RecencyRule.PREV_REPORT, dt.date(2026, 2, 20), False),  # no reporting year: year >= N
        (RecencyRule.PREV_REPORT, dt.date(2025, 2, 20), True),
    ],
)
def test_rules_by_document_year(rule: RecencyRule, value: dt.date, outdated: bool) -> None:
    verdict = assess_recency(rule, found(value), evaluation_year=N)
    assert verdict.outdated is outdated
    assert verdict.rule == rule.value
    text = verdict.explanation.render(Language.ID)
    assert text.endswith("sudah kedaluwarsa." if outdated else "masih berlaku.")
    assert f"aturan {rule.value}" in text


def test_explanation_reads_like_a_sentence_in_both_languages() -> None:
    verdict = assess_recency(RecencyRule.Y0, found(dt.date(2026, 1, 12)), evaluation_year=N)
    assert verdict.explanation.render(Language.ID) == (
        "Tanggal efektif 12 Januari 2026 (dari 'Ditetapkan di ... pada tanggal'); "
        "aturan Y0: harus tahun 2026; "
        "masih berlaku."
    )
    assert verdict.explanation.render(Language.EN) == (
        "Effective date 12 January 2026 (from 'Ditetapkan di ... pada tanggal'); rule Y0: must be from 2026; "
        "current."
    )


@pytest.mark.parametrize(
    ("precision", "value", "written"),
    [
        (DatePrecision.MONTH, dt.date(2026, 3, 1), "Maret 2026"),
        (DatePrecision.QUARTER, dt.date(2025, 7, 1), "Triwulan III 2025"),
        (DatePrecision.SEMESTER, dt.date(2026, 1, 1), "Semester I 2026"),
        (DatePrecision.YEAR, dt.date(2026, 1, 1), "tahun 2026"),
    ],
)
def test_coarse_dates_are_written_as_precisely_as_known(
    precision: DatePrecision, value: dt.date, written: str
) -> None:
    verdict = assess_recency(RecencyRule.Y1, found(value, precision, "tahun_judul"), evaluation_year=N)
    assert verdict.outdated is False
    assert f"Tanggal efektif {written} (dari 'tahun pada judul')" in verdict.explanation.render()


@pytest.mark.parametrize(
    ("period", "outdated"),
    [((2025, 2029), False), ((2021, 2026), False), ((2019, 2023), True), ((2027, 2031), True)],
)
def test_period_rule_uses_the_named_period(period: tuple[int, int], outdated: bool) -> None:
    dates = DocumentDates(
        period=PeriodFinding(start_year=period[0], end_year=period[1], phrase="RENSTRA 2025-2029"),
        effective=found(dt.date(2019, 1, 5)).effective,
    )
    verdict = assess_recency(RecencyRule.PERIOD, dates, evaluation_year=N)
    assert verdict.outdated is outdated
    assert "aturan PERIOD" in verdict.explanation.render()


@pytest.mark.parametrize(("report_year", "outdated"), [(2025, False), (2026, False), (2024, True)])
def test_prev_report_uses_the_reporting_year(report_year: int, outdated: bool) -> None:
    dates = DocumentDates(report_year=report_year, report_year_phrase=f"LKjIP Tahun {report_year}")
    verdict = assess_recency(RecencyRule.PREV_REPORT, dates, evaluation_year=N)
    assert verdict.outdated is outdated
    assert (
        f"Laporan atas tahun {report_year} (dari 'LKjIP Tahun {report_year}')" in verdict.explanation.render()
    )


def test_lkjip_signed_in_n_on_year_n_minus_1_is_current_end_to_end() -> None:
    dates = find_document_dates("LAPORAN KINERJA INSTANSI PEMERINTAH\nTAHUN 2025\nSleman, 20 Februari 2026")
    assert assess_recency(RecencyRule.PREV_REPORT, dates, evaluation_year=2026).outdated is False
    assert assess_recency(RecencyRule.PREV_REPORT, dates, evaluation_year=2027).outdated is True


def test_undated_needs_review_with_the_reason() -> None:
    verdict = assess_recency(RecencyRule.Y0, DocumentDates(), evaluation_year=N)
    assert verdict.outdated is None
    assert "tidak ditemukan" in verdict.explanation.render(Language.ID)
    assert "not found" in verdict.explanation.render(Language.EN)


def test_undated_with_only_cited_dates_says_so() -> None:
    dates = find_document_dates(
        "Mengingat : Peraturan Menteri PANRB Nomor 90 Tahun 2021 tanggal 31 Desember 2021;"
    )
    verdict = assess_recency(RecencyRule.Y0, dates, evaluation_year=N)
    assert verdict.outdated is None
    assert (
        "hanya dikutip" in verdict.explanation.render() and "31 Desember 2021" in verdict.explanation.render()
    )


def test_date_after_as_of_stays_current_but_asks_for_a_check() -> None:
    verdict = assess_recency(
        RecencyRule.Y0, found(dt.date(2026, 12, 1)), evaluation_year=N, as_of=dt.date(2026, 11, 1)
    )
    assert verdict.outdated is False
    assert "sesudah tanggal acuan 1 November 2026" in verdict.explanation.render()
    plain = assess_recency(
        RecencyRule.Y0, found(dt.date(2026, 10, 1)), evaluation_year=N, as_of=dt.date(2026, 11, 1)
    )
    assert "tanggal acuan" not in plain.explanation.render()


# -- Rule overrides -----------------------------------------------------------------------------------


def test_overrides_change_only_the_named_types() -> None:
    catalog = load_catalog()
    overrides = parse_rule_overrides("rules:\n  sop: Y2\n  pakta_integritas: Y0\n", catalog)
    assert overrides == {"sop": RecencyRule.Y2, "pakta_integritas": RecencyRule.Y0}
    changed = apply_rule_overrides(catalog, overrides)
    assert changed.evidence_type("sop").rule == RecencyRule.Y2
    assert changed.evidence_type("sk_tim_zi").rule == catalog.evidence_type("sk_tim_zi").rule
    assert catalog.evidence_type("sop").rule == RecencyRule.Y3  # the shipped catalog is untouched


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("rules:\n  sop_lama: Y2\n", "jenis bukti tidak dikenal: sop_lama"),
        (
            "rules:\n  sop: Y9\n",
            "rules.sop: aturan harus salah satu dari Y0, Y1, Y2, Y3, PERIOD, PREV_REPORT",
        ),
        ("aturan:\n  sop: Y2\n", "aturan"),
        ("rules: [sop, Y2]\n", "rules"),
        ("rules:\n  sop: Y2\n   bad indent: [\n", "bukan YAML yang sah"),
    ],
)
def test_invalid_override_file_is_one_clear_error(text: str, fragment: str) -> None:
    with pytest.raises(CatalogInvalid) as raised:
        parse_rule_overrides(text, load_catalog(), source="aturan.yaml")
    assert fragment in raised.value.params["detail"]
    assert raised.value.params["path"] == "aturan.yaml"


def test_empty_or_missing_override_file(tmp_path: Path) -> None:
    assert parse_rule_overrides("", load_catalog()) == {}
    assert load_rule_overrides(None, load_catalog()) == {}
    with pytest.raises(CatalogInvalid):
        load_rule_overrides(tmp_path / "tidak-ada.yaml", load_catalog())


def test_cli_rejects_an_invalid_rules_file_with_one_line(tmp_path: Path, capsys) -> None:
    (tmp_path / "root").mkdir()
    rules = tmp_path / "aturan.yaml"
    rules.write_text("rules:\n  sop_lama: Y2\n", encoding="utf-8")
    code = run_cli(
        app, ["scan", str(tmp_path / "root"), "--out", str(tmp_path / "out"), "--rules", str(rules)]
    )
    assert code == ExitCode.BAD_ARGUMENTS
    lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert lines == [
        f"bukti: Katalog atau berkas konfigurasi '{rules}' tidak valid: jenis bukti tidak dikenal: sop_lama."
    ]
    assert not (tmp_path / "out" / "report.json").exists()
