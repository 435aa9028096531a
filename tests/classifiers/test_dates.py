"""Baseline effective-date finder on real-looking Indonesian text."""

from __future__ import annotations

import datetime as dt

import pytest

from classifiers.dates import find_document_dates, find_effective_date

SK_TAIL = """KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN SLEMAN
NOMOR 800/0123/Dinkes/2026
TENTANG
PEMBENTUKAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS
Mengingat : 1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;
2. Peraturan Menteri PANRB Nomor 90 Tahun 2021 tanggal 31 Desember 2021;
MEMUTUSKAN
Ditetapkan di Sleman
pada tanggal 12 Januari 2026
KEPALA DINAS KESEHATAN,
dr. Budi Santoso, M.Kes.
NIP. 19780512 200501 1 003"""


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        (SK_TAIL, dt.date(2026, 1, 12), "ditetapkan"),
        ("Ditetapkan di Bandung pada tanggal 3 Pebruari 2025", dt.date(2025, 2, 3), "ditetapkan"),
        ("Ditetapkan di : Mlati\nPada Tanggal : 30 Nopember 2025", dt.date(2025, 11, 30), "ditetapkan"),
        ("Ditetapkan di Sleman\npada tanggal 7 Agt 2026", dt.date(2026, 8, 7), "ditetapkan"),
        (
            "Nomor SOP | 001/SOP/2026\nTanggal Pembuatan | 02 Januari 2023\n"
            "Tanggal Revisi | 10 Maret 2025\nTanggal Efektif | 15 Maret 2025",
            dt.date(2025, 3, 15),
            "sop_tanggal_efektif",
        ),
        (
            "Tanggal Pembuatan : 02-01-2023\nTanggal Revisi : 10/03/2025",
            dt.date(2025, 3, 10),
            "sop_tanggal_revisi",
        ),
        (
            "menindaklanjuti surat Bupati tanggal 2 Januari 2026\nSleman, 20 Februari 2026\nKepala Dinas",
            dt.date(2026, 2, 20),
            "tempat_tanggal",
        ),
        ("Yogyakarta, Senin, 14 April 2025\nKetua Tim", dt.date(2025, 4, 14), "tempat_tanggal"),
        ("NOTULEN RAPAT\nHari/Tanggal : Rabu, 5 Maret 2025\nPimpinan Rapat : Sekretaris", dt.date(2025, 3, 5), "hari_tanggal"),
    ],
)
def test_effective_date_by_anatomy(text: str, expected: dt.date, source: str) -> None:
    finding = find_effective_date(text)
    assert finding is not None
    assert (finding.value, finding.source) == (expected, source)


@pytest.mark.parametrize(
    "text",
    [
        "Mengingat : Peraturan Menteri PANRB Nomor 90 Tahun 2021 tanggal 31 Desember 2021;",
        "NIP. 19780512 200501 1 003",
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        "",
    ],
)
def test_cited_dates_alone_give_no_effective_date(text: str) -> None:
    assert find_effective_date(text) is None


def test_period_and_report_year() -> None:
    dates = find_document_dates("RENCANA STRATEGIS\nDINAS KESEHATAN\nTAHUN 2025-2029\n")
    assert (dates.period.start_year, dates.period.end_year) == (2025, 2029)
    dates = find_document_dates("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)\nTAHUN 2025\nSleman, 20 Februari 2026")
    assert dates.report_year == 2025
    assert dates.effective.value == dt.date(2026, 2, 20)


def test_impossible_date_is_ignored() -> None:
    assert find_effective_date("Ditetapkan di Sleman pada tanggal 31 Februari 2026") is None
