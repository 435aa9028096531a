"""Effective-date finding on real-looking Indonesian text: candidates, anatomy and traps."""

from __future__ import annotations

import datetime as dt

import pytest

from classifiers.date_grammar import find_date_candidates, parse_date, parse_number_words, parse_ordinal
from classifiers.dates import find_document_dates, find_effective_date, find_period, find_report_year
from models.documents import DatePrecision

DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
QUARTER, SEMESTER = DatePrecision.QUARTER, DatePrecision.SEMESTER

SK_TAIL = """KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN SLEMAN
NOMOR 800/0123/Dinkes/2026
TENTANG
PEMBENTUKAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS
Menimbang : a. bahwa dalam rangka pembangunan Zona Integritas Tahun 2026 perlu dibentuk Tim Kerja;
Mengingat : 1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;
2. Peraturan Menteri PANRB Nomor 90 Tahun 2021 tanggal 31 Desember 2021;
MEMUTUSKAN
Menetapkan : KEPUTUSAN KEPALA DINAS KESEHATAN TENTANG PEMBENTUKAN TIM KERJA.
KESATU : Membentuk Tim Kerja Pembangunan Zona Integritas.
KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.
Ditetapkan di Sleman
pada tanggal 12 Januari 2026
KEPALA DINAS KESEHATAN,
dr. Budi Santoso, M.Kes.
NIP. 19780512 200501 1 003"""

SOP_TABLE = """STANDAR OPERASIONAL PROSEDUR
Nomor SOP | 001/SOP/Dinkes/2026
Tanggal Pembuatan | 02 Januari 2023
Tanggal Revisi | 10 Maret 2025
Tanggal Efektif | 15 Maret 2025
Disahkan oleh | Kepala Dinas Kesehatan
Nama SOP | Pelayanan Surat Keterangan Sehat
Dasar Hukum | 1. Peraturan Menteri PANRB Nomor 35 Tahun 2012 tanggal 1 Juni 2012."""

SOP_COLUMNS = """Nomor SOP | Tanggal Pembuatan | Tanggal Revisi | Tanggal Efektif
061/SOP/DPMPTSP/2025 | 4 Januari 2024 | 20 Februari 2025 | 3 Maret 2025
Nama SOP | Penerbitan Izin Usaha"""

UNDANGAN = """PEMERINTAH KABUPATEN BANYUMAS
DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU
Jalan Kabupaten Nomor 2, Purwokerto 53114
Purwokerto, 18 Juni 2026
Nomor : 065/ 500 /DPMPTSP/2026
Perihal : Undangan Rapat Monitoring dan Evaluasi Pembangunan ZI
Menindaklanjuti surat Sekretaris Daerah Nomor 700/88/Setda/2026 tanggal 2 Juni 2026, kami mengundang
Bapak/Ibu pada:
Hari/Tanggal | : | Rabu, 24 Juni 2026
Waktu : 13.00 WIB s.d. selesai
KEPALA DINAS,
ANI DAMAYANTI, S.H., M.Kes.
NIP. 19770616 200806 2 005"""

NOTULEN = """NOTULA RAPAT
RAPAT PENYUSUNAN TARGET PRIORITAS DAN RENCANA AKSI ZI TAHUN 2026
Hari/Tanggal : Jumat, 9 Oktober 2026
Waktu : 13.00 WIB s.d. selesai
No | Rencana Tindak Lanjut | Penanggung Jawab | Batas Waktu
1 | Finalisasi matriks rencana aksi | Sekretaris Tim | 28 Oktober 2026
Notulis,
KUKUH HARYANTO
NIP. 19920403 202401 1 003"""

BERITA_ACARA = """BERITA ACARA PEMILIHAN AGEN PERUBAHAN
Nomor : 800/139/Dispendik/2025
Pada hari ini Jumat tanggal tujuh bulan Februari tahun dua ribu dua puluh lima, bertempat di Ruang
Rapat Dinas Pendidikan Kabupaten Lamongan, telah dilaksanakan pemilihan agen perubahan.
Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.
Ketua Tim,
Teguh Agus Nugraha
NIP. 19700425 199502 1 003"""

SURAT_EDARAN_DASAR = """SURAT EDARAN
NOMOR B-615/Kk.11.10/2/OT.01.1/06/2022
TENTANG
PELAKSANAAN KETERBUKAAN INFORMASI PUBLIK
Memperhatikan ketentuan:
1. Undang-Undang Nomor 14 Tahun 2008 tanggal 30 April 2008 tentang Keterbukaan Informasi
Publik;
2. Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik.
Untuk itu, diminta kepada Saudara agar melayani permohonan informasi publik.
Atas perhatian dan kerja sama Saudara diucapkan terima kasih.
Klaten, 6 Juni 2022
KEPALA KANTOR KEMENTERIAN AGAMA"""


# -- 1. Candidates: every way a date is written, with its precision ------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("12 Januari 2026", dt.date(2026, 1, 12), DAY),
        ("05 Maret 2026", dt.date(2026, 3, 5), DAY),
        ("12 Jan 2026", dt.date(2026, 1, 12), DAY),
        ("12 Jan. 2026", dt.date(2026, 1, 12), DAY),
        ("12-Jan-2026", dt.date(2026, 1, 12), DAY),
        ("3 Pebruari 2025", dt.date(2025, 2, 3), DAY),
        ("30 Nopember 2025", dt.date(2025, 11, 30), DAY),
        ("17 Agustus 2025", dt.date(2025, 8, 17), DAY),
        ("7 Agt 2026", dt.date(2026, 8, 7), DAY),
        ("31 Agu 2025", dt.date(2025, 8, 31), DAY),
        ("9 Ags 2024", dt.date(2024, 8, 9), DAY),
        ("1 Sept 2025", dt.date(2025, 9, 1), DAY),
        ("21 Okt 2023", dt.date(2023, 10, 21), DAY),
        ("24 Des 2026", dt.date(2026, 12, 24), DAY),
        ("2 Mei 2025", dt.date(2025, 5, 2), DAY),
        ("31 DESEMBER 2021", dt.date(2021, 12, 31), DAY),
        ("12 Januari, 2026", dt.date(2026, 1, 12), DAY),
        ("12-01-2026", dt.date(2026, 1, 12), DAY),
        ("12/01/2026", dt.date(2026, 1, 12), DAY),
        ("12.01.2026", dt.date(2026, 1, 12), DAY),
        ("1/2/2026", dt.date(2026, 2, 1), DAY),
        ("2026-01-12", dt.date(2026, 1, 12), DAY),
        ("2025/08/31", dt.date(2025, 8, 31), DAY),
        ("Senin, 12 Januari 2026", dt.date(2026, 1, 12), DAY),
        ("Jum'at, 6 Februari 2026", dt.date(2026, 2, 6), DAY),
        ("tanggal dua belas bulan Januari tahun dua ribu dua puluh enam", dt.date(2026, 1, 12), DAY),
        ("tanggal tiga puluh satu bulan Desember tahun dua ribu dua puluh lima", dt.date(2025, 12, 31), DAY),
        ("tanggal sebelas bulan Maret tahun dua ribu dua puluh empat", dt.date(2024, 3, 11), DAY),
        ("tanggal satu Juli dua ribu dua puluh enam", dt.date(2026, 7, 1), DAY),
        ("tanggal 5 bulan Mei tahun 2025", dt.date(2025, 5, 5), DAY),
        ("23 Rajab 1447 H / 12 Januari 2026 M", dt.date(2026, 1, 12), DAY),
        ("Januari 2026", dt.date(2026, 1, 1), MONTH),
        ("bulan Maret tahun 2025", dt.date(2025, 3, 1), MONTH),
        ("Tahun 2026", dt.date(2026, 1, 1), YEAR),
        ("TAHUN ANGGARAN 2026", dt.date(2026, 1, 1), YEAR),
        ("Triwulan III 2025", dt.date(2025, 7, 1), QUARTER),
        ("Triwulan IV Tahun 2025", dt.date(2025, 10, 1), QUARTER),
        ("TW ke-2 2026", dt.date(2026, 4, 1), QUARTER),
        ("triwulan pertama tahun 2026", dt.date(2026, 1, 1), QUARTER),
        ("Semester I Tahun 2026", dt.date(2026, 1, 1), SEMESTER),
        ("Semester II Tahun Anggaran 2025", dt.date(2025, 7, 1), SEMESTER),
        ("semester kedua 2024", dt.date(2024, 7, 1), SEMESTER),
    ],
)
def test_date_forms_are_parsed_with_their_precision(
    text: str, expected: dt.date, precision: DatePrecision
) -> None:
    found = parse_date(text)
    assert found is not None
    assert (found.value, found.precision) == (expected, precision)


@pytest.mark.parametrize(
    "text",
    [
        "NIP. 19780512 200501 1 003",
        "NIP 197805122005011003",
        "Telepon (0274) 868409, Faksimile 0274-868410",
        "Nomor 90 Tahun 2021",
        "Peraturan Pemerintah No. 94 Tahun 2021 tentang Disiplin Pegawai",
        "23 Rajab 1447 H",
        "31 Februari 2026",
        "30-02-2026",
        "Kode Pos 55511, RT 03/RW 12",
        "Rp 12.500.000,00",
        "",
    ],
)
def test_no_date_where_none_is_written(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("satu", 1), ("sepuluh", 10), ("sebelas", 11), ("dua belas", 12), ("sembilan belas", 19),
        ("dua puluh", 20), ("tiga puluh satu", 31), ("seratus", 100),
        ("seribu sembilan ratus sembilan puluh sembilan", 1999),
        ("dua ribu", 2000), ("dua ribu dua puluh enam", 2026), ("dua ribu sembilan belas", 2019),
    ],
)  # fmt: skip
def test_number_words(words: str, number: int) -> None:
    assert parse_number_words(words) == number


@pytest.mark.parametrize("words", ["dua tiga", "belas", "puluh dua", "januari"])
def test_number_words_reject_nonsense(words: str) -> None:
    assert parse_number_words(words) is None


@pytest.mark.parametrize(("text", "number"), [("III", 3), ("ke-2", 2), ("kedua", 2), ("4", 4), ("I", 1)])
def test_ordinals(text: str, number: int) -> None:
    assert parse_ordinal(text) == number


def test_overlapping_forms_keep_the_most_precise() -> None:
    found = find_date_candidates("Sleman, 12 Januari 2026 dan laporan Januari 2026")
    assert [(c.value, c.precision) for c in found] == [
        (dt.date(2026, 1, 12), DAY),
        (dt.date(2026, 1, 1), MONTH),
    ]


# -- 2. Choosing the effective date by anatomy ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        (SK_TAIL, dt.date(2026, 1, 12), "ditetapkan"),
        ("Ditetapkan di Bandung pada tanggal 3 Pebruari 2025", dt.date(2025, 2, 3), "ditetapkan"),
        ("Ditetapkan di : Mlati\nPada Tanggal : 30 Nopember 2025", dt.date(2025, 11, 30), "ditetapkan"),
        ("Ditetapkan di Sleman\npada tanggal 7 Agt 2026", dt.date(2026, 8, 7), "ditetapkan"),
        ("Ditetapkan di | : | Klaten\npada tanggal | : | 04-07-2026", dt.date(2026, 7, 4), "ditetapkan"),
        (
            " | Ditetapkan di Lamongan pada tanggal 7 Februari 2025 KEPALA DINAS PENDIDIKAN",
            dt.date(2025, 2, 7),
            "ditetapkan",
        ),
        (
            "Ditetapkan di Yogyakarta\npada tanggal 23 Rajab 1447 H\n12 Januari 2026 M",
            dt.date(2026, 1, 12),
            "ditetapkan",
        ),
        ("Ditetapkan di Jakarta\npada tanggal Senin, 2 Maret 2026", dt.date(2026, 3, 2), "ditetapkan"),
        ("Ditetapkan di Surabaya, 19 Maret 2026\nWALI KOTA SURABAYA,", dt.date(2026, 3, 19), "ditetapkan"),
        (
            "Peraturan ini mulai berlaku pada tanggal diundangkan.\n"
            "Ditetapkan di Sleman\npada tanggal 20 Desember 2025\n"
            "Diundangkan di Sleman\npada tanggal 2 Januari 2026",
            dt.date(2026, 1, 2),
            "diundangkan",
        ),
        (SOP_TABLE, dt.date(2025, 3, 15), "sop_tanggal_efektif"),
        (SOP_COLUMNS, dt.date(2025, 3, 3), "sop_tanggal_efektif"),
        (
            "Tanggal Pembuatan : 02-01-2023\nTanggal Revisi : 10/03/2025\nTanggal Efektif : -",
            dt.date(2025, 3, 10),
            "sop_tanggal_revisi",
        ),
        (
            "Tanggal Pembuatan | 14 Juli 2024\nTanggal Revisi | -\nTanggal Efektif | -",
            dt.date(2024, 7, 14),
            "sop_tanggal_pembuatan",
        ),
        (BERITA_ACARA, dt.date(2025, 2, 7), "pada_hari_ini"),
        (
            "Pada hari ini Senin tanggal dua belas bulan Januari tahun dua ribu dua puluh enam (12-01-2026)",
            dt.date(2026, 1, 12),
            "pada_hari_ini",
        ),
        (UNDANGAN, dt.date(2026, 6, 18), "tempat_tanggal"),
        (SURAT_EDARAN_DASAR, dt.date(2022, 6, 6), "tempat_tanggal"),
        (
            "menindaklanjuti surat Bupati tanggal 2 Januari 2026\nSleman, 20 Februari 2026\nKepala Dinas",
            dt.date(2026, 2, 20),
            "tempat_tanggal",
        ),
        ("Yogyakarta, Senin, 14 April 2025\nKetua Tim", dt.date(2025, 4, 14), "tempat_tanggal"),
        ("Gianyar, 06-11-2026\nKEPALA DINAS", dt.date(2026, 11, 6), "tempat_tanggal"),
        ("Kota Mungkid, 3 Juni 2025\nSEKRETARIS DAERAH", dt.date(2025, 6, 3), "tempat_tanggal"),
        (
            " | Lamongan, 7 Februari 2025 Yang membuat pernyataan, Yusuf Saputra NIP. 19820904 201302 1 001",
            dt.date(2025, 2, 7),
            "tempat_tanggal",
        ),
        (
            "KATA PENGANTAR\nSleman, 5 Januari 2026\nKepala Dinas\n...\n"
            "PENUTUP\nSleman, 15 Januari 2026\nKepala Dinas",
            dt.date(2026, 1, 15),
            "tempat_tanggal",
        ),
        (
            "LAMPIRAN KEPUTUSAN KEPALA DINAS KESEHATAN\nNOMOR : 800/12/Dinkes/2026\nTANGGAL : 19 Maret 2026\n"
            "SUSUNAN TIM KERJA",
            dt.date(2026, 3, 19),
            "lampiran_tanggal",
        ),
        (
            "NOTULEN RAPAT\nHari/Tanggal : Rabu, 5 Maret 2025\nPimpinan Rapat : Sekretaris",
            dt.date(2025, 3, 5),
            "hari_tanggal",
        ),
        (NOTULEN, dt.date(2026, 10, 9), "hari_tanggal"),
        (
            "DAFTAR HADIR\nHari, tanggal : Kamis, 11 Juni 2026\nTempat : Aula",
            dt.date(2026, 6, 11),
            "hari_tanggal",
        ),
        (
            "REKAPITULASI LAPORAN GRATIFIKASI\nTanggal : 30 Juni 2026\nUnit : UPG",
            dt.date(2026, 6, 30),
            "tanggal",
        ),
        (
            "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT\nSEMESTER I TAHUN 2026\nBAB I PENDAHULUAN",
            dt.date(2026, 1, 1),
            "periode_judul",
        ),
        ("LAPORAN MONITORING DAN EVALUASI\nTRIWULAN III 2025\nBAB I", dt.date(2025, 7, 1), "periode_judul"),
        ("LAPORAN PENGADUAN MASYARAKAT\nBULAN MARET 2026\nRekap", dt.date(2026, 3, 1), "bulan_judul"),
        (
            "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS\nTAHUN 2026\nNo | Kegiatan",
            dt.date(2026, 1, 1),
            "tahun_judul",
        ),
        ("PERJANJIAN KINERJA TAHUN ANGGARAN 2025\nDINAS SOSIAL", dt.date(2025, 1, 1), "tahun_judul"),
        (
            "SURAT TUGAS\nNomor : 800/123/BKPSDM/2024\nYang bertanda tangan",
            dt.date(2024, 1, 1),
            "nomor_surat",
        ),
    ],
)
def test_effective_date_by_anatomy(text: str, expected: dt.date, source: str) -> None:
    finding = find_effective_date(text)
    assert finding is not None
    assert (finding.value, finding.source) == (expected, source)


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        (SK_TAIL, DAY),
        ("LAPORAN MONITORING DAN EVALUASI\nTRIWULAN III 2025", QUARTER),
        ("LAPORAN SKM\nSEMESTER II TAHUN 2025", SEMESTER),
        ("LAPORAN PENGADUAN\nBULAN MARET 2026", MONTH),
        ("RENCANA AKSI ZI TAHUN 2026", YEAR),
    ],
)
def test_precision_is_kept(text: str, precision: DatePrecision) -> None:
    assert find_effective_date(text).precision == precision


def test_phrase_records_where_the_date_came_from() -> None:
    finding = find_effective_date(SK_TAIL)
    assert finding.phrase == "Ditetapkan di Sleman pada tanggal 12 Januari 2026"
    assert find_effective_date(UNDANGAN).phrase == "Purwokerto, 18 Juni 2026"


def test_sop_type_reads_its_identity_table_before_a_decree_block() -> None:
    text = SOP_TABLE + "\nDitetapkan di Sleman\npada tanggal 10 Maret 2025"
    assert find_effective_date(text).source == "ditetapkan"
    finding = find_effective_date(text, evidence_type="sop")
    assert (finding.value, finding.source) == (dt.date(2025, 3, 15), "sop_tanggal_efektif")


# -- 3. Traps: dates that are only cited are never chosen ---------------------------------------

CITED = [
    "Mengingat : Peraturan Menteri PANRB Nomor 90 Tahun 2021 tanggal 31 Desember 2021;",
    "Menimbang : a. bahwa berdasarkan Keputusan Bupati Nomor 12 tanggal 4 Januari 2026 perlu dibentuk tim;",
    "Dasar Hukum :\n1. Undang-Undang Nomor 25 Tahun 2009 tanggal 18 Juli 2009 tentang Pelayanan Publik;",
    "NIP. 19780512 200501 1 003",
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Menindaklanjuti surat Sekretaris Daerah Nomor 700/88/Setda/2026 tanggal 2 Juni 2026, bersama ini kami",
    "Sehubungan dengan Surat Edaran Menteri PANRB tanggal 5 Januari 2026 tentang Evaluasi Zona Integritas",
    "Berdasarkan Nota Dinas Kepala Bagian Umum tanggal: 12/01/2026",
    "Dicetak pada 03/11/2026 10:22 oleh admin",
    "Dipindai dengan CamScanner 2026-11-03",
    "Tanggal cetak : 12 November 2026",
    "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil",
    "Ditetapkan di Sleman pada tanggal 31 Februari 2026",
    "",
]


@pytest.mark.parametrize("text", CITED)
def test_cited_dates_alone_give_no_effective_date(text: str) -> None:
    assert find_effective_date(text) is None


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (SK_TAIL, dt.date(2021, 12, 31)),
        (UNDANGAN, dt.date(2026, 6, 2)),
        (UNDANGAN, dt.date(2026, 6, 24)),
        (SURAT_EDARAN_DASAR, dt.date(2008, 4, 30)),
        (NOTULEN, dt.date(2026, 10, 28)),
        (SOP_TABLE, dt.date(2012, 6, 1)),
        (SOP_TABLE, dt.date(2023, 1, 2)),
        (SK_TAIL, dt.date(1978, 5, 12)),
    ],
)
def test_cited_date_is_not_chosen_beside_the_real_one(text: str, cited: dt.date) -> None:
    assert find_effective_date(text).value != cited


def test_undated_document_keeps_an_example_of_what_it_only_cites() -> None:
    dates = find_document_dates(CITED[0])
    assert dates.effective is None
    assert "31 Desember 2021" in dates.cited_phrase
    assert find_document_dates(SK_TAIL).cited_phrase is None


# -- 4. Periods and reporting years ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("RENCANA STRATEGIS\nDINAS KESEHATAN\nTAHUN 2025-2029\n", (2025, 2029)),
        ("RENSTRA PERANGKAT DAERAH PERIODE 2025–2029", (2025, 2029)),
        ("INDIKATOR KINERJA UTAMA\nTAHUN 2021 s.d. 2026", (2021, 2026)),
        ("RPJMD KABUPATEN SLEMAN TAHUN 2021 SAMPAI DENGAN 2026", (2021, 2026)),
        ("IKU 2025 - 2029", (2025, 2029)),
    ],
)
def test_named_periods(text: str, period: tuple[int, int]) -> None:
    found = find_period(text)
    assert (found.start_year, found.end_year) == period


@pytest.mark.parametrize("text", ["Telepon 0274-2025", "NIP. 19780512 200501 1 003", "Tahun 2019-2035"])
def test_no_period_where_none_is_named(text: str) -> None:
    assert find_period(text) is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)\nTAHUN 2025\nSleman, 20 Februari 2026", 2025),
        ("LAPORAN AKUNTABILITAS KINERJA\nDINAS SOSIAL\nTAHUN ANGGARAN 2024", 2024),
        ("LKjIP 2025 Dinas Kesehatan Kabupaten Sleman", 2025),
        ("LAKIP TAHUN 2023", 2023),
    ],
)
def test_report_year(text: str, year: int) -> None:
    assert find_report_year(text)[0] == year


def test_report_year_and_signature_date_are_kept_apart() -> None:
    dates = find_document_dates(
        "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)\nTAHUN 2025\nSleman, 20 Februari 2026"
    )
    assert dates.report_year == 2025
    assert dates.effective.value == dt.date(2026, 2, 20)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("RENCANA KERJA (RENJA)\nBADAN PENDAPATAN DAERAH KOTA MAKASSAR\nTAHUN 2025", (2025, 2025)),
        ("RENCANA KINERJA TAHUNAN (RKT) TAHUN ANGGARAN 2026", (2026, 2026)),
        ("RENCANA STRATEGIS DINAS SOSIAL TAHUN 2025-2029", (2025, 2029)),
    ],
)
def test_annual_plans_name_a_one_year_period(text: str, period: tuple[int, int]) -> None:
    found = find_period(text)
    assert (found.start_year, found.end_year) == period


def test_a_meeting_about_a_plan_names_no_period() -> None:
    assert (
        find_period("NOTULA RAPAT\nRAPAT PEMBAHASAN RANCANGAN RENJA DAN RKA TAHUN 2025\nHari/Tanggal : Senin")
        is None
    )
