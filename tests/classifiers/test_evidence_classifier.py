"""The trained evidence classifier: real Indonesian titles and openings, failure cases, artifact."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest

from classifiers.artifact import DEFAULT_ARTIFACT, artifact_bytes, read_artifact
from classifiers.model import TrainedClassifier
from classifiers.training import LabelledText, TrainConfig, fit_evidence_classifier, indonesian_language_data
from models.documents import ExtractedText, FileFormat
from models.errors import MissingDependency
from pipeline.catalog import load_catalog

KOP = "PEMERINTAH KABUPATEN SLEMAN\nDINAS KESEHATAN\nJalan dr. Rajimin, Sucen, Triharjo, Sleman\n"

# One real-looking title and opening per evidence type (how the document starts).
OPENINGS: list[tuple[str, str]] = [
    (
        "sk_tim_zi",
        "KEPUTUSAN KEPALA DINAS KESEHATAN\nNOMOR 800/112/2026\nTENTANG\nPEMBENTUKAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI\nMenimbang : a. bahwa dalam rangka pembangunan zona integritas perlu membentuk tim kerja;\nMEMUTUSKAN\nKESATU : Membentuk Tim Kerja Pembangunan Zona Integritas dengan susunan keanggotaan sebagaimana tercantum dalam lampiran.",
    ),
    (
        "seleksi_tim_zi",
        "BERITA ACARA\nPEMILIHAN ANGGOTA TIM KERJA PEMBANGUNAN ZONA INTEGRITAS\nPada hari ini telah dilaksanakan seleksi calon anggota Tim Kerja Pembangunan Zona Integritas berdasarkan kriteria anggota tim: integritas, kompetensi dan rekam jejak. Penilaian kriteria dilakukan oleh panitia seleksi.",
    ),
    (
        "rencana_kerja_zi",
        "RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK TAHUN 2026\nBAB I PENDAHULUAN\nRencana aksi pembangunan zona integritas memuat target prioritas pada enam area perubahan, jadwal pelaksanaan kegiatan dan penanggung jawab.",
    ),
    (
        "sosialisasi_zi",
        "LAPORAN PELAKSANAAN SOSIALISASI PEMBANGUNAN ZONA INTEGRITAS\nSosialisasi pembangunan zona integritas menuju WBK dilaksanakan kepada seluruh pegawai dan pemangku kepentingan melalui tatap muka, media sosial, spanduk dan laman resmi.",
    ),
    (
        "monev_zi",
        "LAPORAN MONITORING DAN EVALUASI PEMBANGUNAN ZONA INTEGRITAS TRIWULAN II TAHUN 2026\nMonitoring dan evaluasi dilakukan terhadap realisasi rencana aksi pembangunan zona integritas, kendala, solusi dan rekomendasi tindak lanjut.",
    ),
    (
        "sk_agen_perubahan",
        "KEPUTUSAN KEPALA DINAS KESEHATAN\nTENTANG\nPENETAPAN AGEN PERUBAHAN DI LINGKUNGAN DINAS KESEHATAN TAHUN 2026\nMenimbang : bahwa untuk mendorong reformasi birokrasi perlu menetapkan pegawai sebagai agen perubahan yang menjadi teladan.",
    ),
    (
        "budaya_kerja",
        "LAPORAN PENERAPAN BUDAYA KERJA DAN NILAI ORGANISASI TAHUN 2026\nPenerapan nilai dasar BerAKHLAK dan budaya kerja di lingkungan kantor, pimpinan sebagai role model, program apel pagi dan internalisasi nilai organisasi.",
    ),
    (
        "pakta_integritas",
        "PAKTA INTEGRITAS\nSaya yang bertanda tangan di bawah ini:\nNama : Budi Santoso\nJabatan : Kepala Seksi\nDalam rangka pembangunan zona integritas, dengan ini menyatakan bahwa saya:\n1. Berperan secara pro aktif dalam upaya pencegahan dan pemberantasan Korupsi, Kolusi dan Nepotisme serta tidak melibatkan diri dalam perbuatan tercela;\n2. Tidak meminta atau menerima pemberian secara langsung atau tidak langsung berupa suap, hadiah, bantuan, atau bentuk lainnya yang tidak sesuai dengan ketentuan yang berlaku;",
    ),
    (
        "peta_proses_bisnis",
        "PETA PROSES BISNIS DINAS KESEHATAN TAHUN 2026\nPeta proses bisnis menggambarkan hubungan kerja antar unit, proses utama, proses pendukung dan proses manajemen beserta level proses bisnis.",
    ),
    (
        "sop",
        "STANDAR OPERASIONAL PROSEDUR\nNomor SOP : 445/SOP/01/2026\nTanggal Pembuatan : 2 Januari 2026\nTanggal Revisi : -\nTanggal Efektif : 5 Januari 2026\nDisahkan oleh : Kepala Dinas\nNama SOP : Penerbitan Surat Izin Praktik\nDasar Hukum\nKualifikasi Pelaksana\nKeterkaitan\nPeralatan/Perlengkapan\nPeringatan\nPencatatan dan Pendataan\nNo Kegiatan Pelaksana Mutu Baku Kelengkapan Waktu Output Keterangan",
    ),
    (
        "evaluasi_sop",
        "LAPORAN EVALUASI PELAKSANAAN STANDAR OPERASIONAL PROSEDUR TAHUN 2026\nEvaluasi penerapan SOP dilakukan terhadap seluruh SOP administrasi pemerintahan untuk menilai kesesuaian pelaksanaan, kendala dan usulan perbaikan SOP.",
    ),
    (
        "spbe",
        "LAPORAN PEMANFAATAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK (SPBE) TAHUN 2026\nAplikasi yang dimanfaatkan meliputi e-Kinerja untuk pengukuran kinerja, SIMPEG untuk manajemen SDM, dan layanan publik daring melalui laman resmi.",
    ),
    (
        "monev_ti",
        "LAPORAN MONITORING DAN EVALUASI PEMANFAATAN TEKNOLOGI INFORMASI SEMESTER I TAHUN 2026\nMonev pemanfaatan teknologi informasi dalam pengukuran kinerja, operasionalisasi manajemen SDM dan pelayanan publik menemukan beberapa aplikasi belum terintegrasi.",
    ),
    (
        "keterbukaan_informasi",
        "KEPUTUSAN KEPALA DINAS KESEHATAN\nTENTANG\nPEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI (PPID) PELAKSANA DAN DAFTAR INFORMASI PUBLIK\nMenimbang : bahwa dalam rangka melaksanakan keterbukaan informasi publik perlu menetapkan PPID pelaksana.",
    ),
    (
        "monev_kip",
        "LAPORAN MONITORING DAN EVALUASI PELAKSANAAN KETERBUKAAN INFORMASI PUBLIK TRIWULAN III TAHUN 2026\nJumlah permohonan informasi publik, waktu layanan informasi, keberatan dan tindak lanjut pelaksanaan kebijakan keterbukaan informasi publik.",
    ),
    (
        "abk_peta_jabatan",
        "LAPORAN ANALISIS BEBAN KERJA DAN PETA JABATAN TAHUN 2026\nAnalisis beban kerja menghitung kebutuhan pegawai per jabatan berdasarkan volume kerja, norma waktu dan waktu kerja efektif. Bezetting dibandingkan dengan kebutuhan.",
    ),
    (
        "penempatan_pegawai",
        "LAPORAN MONITORING DAN EVALUASI PENEMPATAN PEGAWAI HASIL REKRUTMEN TAHUN 2026\nPenempatan CPNS dan PPPK hasil rekrutmen disesuaikan dengan kebutuhan jabatan dan formasi; dampak penempatan terhadap kinerja unit kerja.",
    ),
    (
        "mutasi_pegawai",
        "KEPUTUSAN KEPALA DINAS KESEHATAN\nTENTANG\nMUTASI DAN ROTASI PEGAWAI DI LINGKUNGAN DINAS KESEHATAN\nMenimbang : bahwa dalam rangka pengembangan karier dan pola mutasi pegawai perlu melakukan rotasi jabatan internal.",
    ),
    (
        "analisis_kebutuhan_diklat",
        "LAPORAN TRAINING NEED ANALYSIS (ANALISIS KEBUTUHAN PENGEMBANGAN KOMPETENSI) TAHUN 2026\nAnalisis kebutuhan diklat mengidentifikasi kesenjangan kompetensi pegawai terhadap standar kompetensi jabatan.",
    ),
    (
        "pengembangan_kompetensi",
        "LAPORAN PELAKSANAAN IN HOUSE TRAINING PENGEMBANGAN KOMPETENSI PEGAWAI TAHUN 2026\nKegiatan pengembangan kompetensi berupa in-house training, coaching dan mentoring diikuti oleh 40 pegawai sesuai rencana pengembangan kompetensi.",
    ),
    (
        "skp",
        "SASARAN KINERJA PEGAWAI (SKP)\nPERIODE PENILAIAN 1 JANUARI SD 31 DESEMBER 2026\nPegawai yang dinilai\nPejabat penilai kinerja\nRencana hasil kerja pimpinan yang diintervensi\nRencana hasil kerja\nIndikator kinerja individu\nTarget",
    ),
    (
        "reward_pegawai",
        "KEPUTUSAN KEPALA DINAS KESEHATAN\nTENTANG\nPENETAPAN PEGAWAI TELADAN (EMPLOYEE OF THE MONTH) BERDASARKAN HASIL PENILAIAN KINERJA\nMenimbang : bahwa pemberian penghargaan kepada pegawai berprestasi didasarkan pada hasil penilaian kinerja.",
    ),
    (
        "penegakan_disiplin",
        "LAPORAN PENEGAKAN DISIPLIN PEGAWAI DAN KODE ETIK TAHUN 2026\nPenegakan disiplin pegawai berdasarkan Peraturan Pemerintah tentang disiplin PNS, pelanggaran kode etik dan kode perilaku serta hukuman disiplin yang dijatuhkan.",
    ),
    (
        "data_kepegawaian",
        "LAPORAN PEMUTAKHIRAN DATA KEPEGAWAIAN BULAN MARET 2026\nPemutakhiran data pegawai pada aplikasi SIASN dan SIMPEG meliputi riwayat jabatan, riwayat pendidikan, golongan dan data keluarga pegawai.",
    ),
    (
        "renstra_renja",
        "RENCANA STRATEGIS (RENSTRA) DINAS KESEHATAN TAHUN 2025-2029\nBAB I PENDAHULUAN\nRenstra memuat visi, misi, tujuan, sasaran strategis, strategi dan arah kebijakan serta program dan kegiatan perangkat daerah.",
    ),
    (
        "perjanjian_kinerja",
        "PERJANJIAN KINERJA TAHUN 2026\nDalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:\nselanjutnya disebut pihak pertama\nselaku atasan pihak pertama, selanjutnya disebut pihak kedua\nPihak pertama berjanji akan mewujudkan target kinerja",
    ),
    (
        "monitoring_kinerja",
        "NOTULEN RAPAT PEMANTAUAN CAPAIAN KINERJA TRIWULAN I TAHUN 2026\nPimpinan rapat: Kepala Dinas\nPembahasan: capaian indikator kinerja dibandingkan target triwulan, kendala realisasi dan langkah perbaikan capaian kinerja.",
    ),
    (
        "iku",
        "INDIKATOR KINERJA UTAMA (IKU) DINAS KESEHATAN TAHUN 2025-2029\nIndikator kinerja utama ditetapkan sebagai ukuran keberhasilan sasaran strategis, dengan formulasi perhitungan dan sumber data.",
    ),
    (
        "laporan_kinerja",
        "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2025\nBAB I PENDAHULUAN\nLaporan kinerja menyajikan capaian kinerja atas perjanjian kinerja, analisis capaian indikator kinerja utama dan realisasi anggaran tahun 2025.",
    ),
    (
        "sistem_informasi_kinerja",
        "KEPUTUSAN KEPALA DINAS KESEHATAN\nTENTANG\nTIM PENGELOLA DATA KINERJA DAN SISTEM AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (SAKIP)\nMekanisme pengumpulan data kinerja dilakukan setiap bulan melalui aplikasi e-SAKIP.",
    ),
    (
        "kapasitas_akuntabilitas",
        "LAPORAN BIMBINGAN TEKNIS PENINGKATAN KAPASITAS SDM PENGELOLA AKUNTABILITAS KINERJA (SAKIP) TAHUN 2026\nBimtek SAKIP diikuti pengelola kinerja untuk meningkatkan pemahaman penyusunan perjanjian kinerja dan laporan kinerja.",
    ),
    (
        "kampanye_gratifikasi",
        "LAPORAN PELAKSANAAN PUBLIC CAMPAIGN PENGENDALIAN GRATIFIKASI TAHUN 2026\nKampanye anti gratifikasi dilaksanakan melalui banner, media sosial dan sosialisasi kepada pegawai dan pengguna layanan: Tolak Gratifikasi!",
    ),
    (
        "laporan_gratifikasi",
        "LAPORAN REKAPITULASI PENERIMAAN DAN PENOLAKAN GRATIFIKASI UNIT PENGENDALIAN GRATIFIKASI (UPG) SEMESTER I TAHUN 2026\nRekap laporan gratifikasi yang diterima UPG dan tindak lanjut pelaporan kepada KPK.",
    ),
    (
        "spip",
        "REGISTER RISIKO DAN RENCANA TINDAK PENGENDALIAN (RTP) SISTEM PENGENDALIAN INTERN PEMERINTAH (SPIP) TAHUN 2026\nIdentifikasi risiko, analisis risiko, penyebab, dampak, skor kemungkinan dan skor dampak, serta rencana tindak pengendalian.",
    ),
    (
        "pengaduan_masyarakat",
        "LAPORAN REKAPITULASI PENGADUAN MASYARAKAT MELALUI SP4N-LAPOR! TRIWULAN II TAHUN 2026\nJumlah pengaduan masyarakat yang diterima, ditindaklanjuti dan diselesaikan melalui kanal SP4N-LAPOR!, kotak saran dan media sosial.",
    ),
    (
        "wbs",
        "LAPORAN EVALUASI PENERAPAN WHISTLE BLOWING SYSTEM (WBS) TAHUN 2026\nSistem pelaporan pelanggaran (whistle blowing system) menerima laporan dugaan pelanggaran, menjamin kerahasiaan pelapor dan menindaklanjuti laporan.",
    ),
    (
        "benturan_kepentingan",
        "LAPORAN EVALUASI PENANGANAN BENTURAN KEPENTINGAN TAHUN 2026\nIdentifikasi potensi benturan kepentingan (conflict of interest), internalisasi kebijakan penanganan benturan kepentingan dan surat pernyataan pegawai.",
    ),
    (
        "standar_pelayanan",
        "KEPUTUSAN KEPALA DINAS KESEHATAN\nTENTANG\nSTANDAR PELAYANAN PADA DINAS KESEHATAN\nKomponen standar pelayanan: persyaratan, sistem mekanisme dan prosedur, jangka waktu penyelesaian, biaya/tarif, produk pelayanan, penanganan pengaduan saran dan masukan.",
    ),
    (
        "maklumat_pelayanan",
        "MAKLUMAT PELAYANAN\nDINAS KESEHATAN KABUPATEN SLEMAN\nDengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.",
    ),
    (
        "pelayanan_prima",
        "LAPORAN PELATIHAN BUDAYA PELAYANAN PRIMA BAGI PETUGAS LAYANAN TAHUN 2026\nPelatihan pelayanan prima meliputi sikap, senyum, sapa, salam, sopan, santun dalam melayani pengguna layanan di ruang pelayanan.",
    ),
    (
        "informasi_pelayanan",
        "BROSUR INFORMASI PELAYANAN\nJenis layanan, persyaratan, alur pelayanan, waktu penyelesaian dan biaya dipublikasikan melalui papan informasi, laman resmi, SIPPN dan media sosial.",
    ),
    (
        "penghargaan_sanksi",
        "KEPUTUSAN KEPALA DINAS KESEHATAN\nTENTANG\nPEMBERIAN PENGHARGAAN DAN SANKSI BAGI PETUGAS LAYANAN SERTA KOMPENSASI BAGI PENERIMA LAYANAN\nKompensasi diberikan apabila pelayanan tidak sesuai dengan standar pelayanan.",
    ),
    (
        "layanan_terpadu",
        "LAPORAN PENYELENGGARAAN LAYANAN TERPADU SATU PINTU TAHUN 2026\nSarana layanan terpadu dan terintegrasi dalam satu ruang pelayanan dan aplikasi layanan terintegrasi bagi masyarakat.",
    ),
    (
        "inovasi_pelayanan",
        "PROFIL INOVASI PELAYANAN PUBLIK TAHUN 2026\nNama inovasi, latar belakang, tujuan inovasi, manfaat inovasi bagi pengguna layanan dan hasil inovasi pelayanan.",
    ),
    (
        "survei_kepuasan",
        "LAPORAN SURVEI KEPUASAN MASYARAKAT (SKM) SEMESTER I TAHUN 2026\nBAB I PENDAHULUAN\nSurvei kepuasan masyarakat dilaksanakan berdasarkan PermenPANRB 14 Tahun 2017 terhadap 9 unsur pelayanan. Nilai IKM unit pelayanan sebesar 86,5 dengan mutu pelayanan B (Baik).",
    ),
]


# The weakest types again, as the everyday forms real folders hold them in (nota dinas, notulen,
# surat, formulir, rekap), worded independently of the generator's templates.
CARRIER_OPENINGS: list[tuple[str, str]] = [
    (
        "pengembangan_kompetensi",
        "DAFTAR PEGAWAI PESERTA DIKLAT DAN PELATIHAN TAHUN 2026\nNo Nama NIP Jabatan Nama Pelatihan Penyelenggara Jumlah JP\n1 Sri Wahyuni Pelatihan Dasar CPNS BPSDM Provinsi 40 JP\n2 Agus Salim Bimtek Pengelolaan Arsip Elektronik ANRI 24 JP\nRata-rata capaian jam pelajaran pengembangan kompetensi pegawai tahun ini 22 JP.",
    ),
    (
        "pengembangan_kompetensi",
        "NOTULA\nKEGIATAN COACHING DAN MENTORING PEGAWAI BIDANG PELAYANAN\nMentor: Kepala Bidang Pelayanan\nAtasan langsung memberikan coaching tentang penyusunan laporan dan mentoring penggunaan aplikasi layanan kepada staf sebagai bentuk pengembangan kompetensi non klasikal.",
    ),
    (
        "analisis_kebutuhan_diklat",
        "Hal : Penyampaian Hasil Analisis Kebutuhan Diklat Tahun 2027\nKepada Yth. Kepala BKPSDM\nBersama ini kami sampaikan hasil training need analysis pegawai berdasarkan kesenjangan kompetensi terhadap standar kompetensi jabatan beserta usulan jenis diklat yang dibutuhkan.",
    ),
    (
        "analisis_kebutuhan_diklat",
        "KUESIONER ANALISIS KEBUTUHAN PELATIHAN (TNA)\nNama pegawai\nJabatan\nKompetensi yang perlu ditingkatkan\nLevel kompetensi saat ini dan level standar jabatan\nJenis pelatihan yang diusulkan\nPersetujuan atasan langsung",
    ),
    (
        "kampanye_gratifikasi",
        "NOTULEN\nSOSIALISASI PENGENDALIAN GRATIFIKASI BAGI PETUGAS PELAYANAN\nNarasumber dari Inspektorat menjelaskan jenis gratifikasi yang wajib dilaporkan dan cara menolak pemberian dari pengguna layanan. Peserta berkomitmen menolak gratifikasi.",
    ),
    (
        "kampanye_gratifikasi",
        "STOP GRATIFIKASI\nPelayanan di kantor ini tidak dipungut biaya. Petugas kami dilarang menerima hadiah atau uang terima kasih dalam bentuk apa pun. Laporkan pungutan kepada Unit Pengendalian Gratifikasi. #TolakGratifikasi",
    ),
    (
        "keterbukaan_informasi",
        "BERITA ACARA\nUJI KONSEKUENSI INFORMASI PUBLIK YANG DIKECUALIKAN\nPPID Pelaksana bersama pemilik informasi melakukan uji konsekuensi dan menetapkan informasi yang dikecualikan berdasarkan Pasal 17 Undang-Undang Keterbukaan Informasi Publik.",
    ),
    (
        "sop",
        "DAFTAR STANDAR OPERASIONAL PROSEDUR DINAS KESEHATAN TAHUN 2026\nNo Nama SOP Nomor SOP Tanggal Efektif\n1 SOP Pelayanan Surat Izin Praktik\n2 SOP Pengelolaan Surat Masuk\n3 SOP Pelayanan Pengaduan\nSeluruh SOP ditetapkan kepala dinas dan diterapkan unit pelaksana.",
    ),
    (
        "penempatan_pegawai",
        "NOTA DINAS\nHal : Usulan Penempatan PPPK Formasi Tahun 2025\nBersama ini kami usulkan penempatan pegawai PPPK hasil seleksi pada unit kerja sesuai kebutuhan jabatan pada peta jabatan dan formasi yang dilamar.",
    ),
    (
        "peta_proses_bisnis",
        "PETA PROSES BISNIS LEVEL 0 DINAS KESEHATAN\nProses manajemen: perencanaan, pengukuran kinerja, pengawasan internal\nProses inti: pelayanan perizinan kesehatan, pencegahan penyakit\nProses pendukung: kepegawaian, keuangan, umum",
    ),
]


@pytest.fixture(scope="session")
def classifier() -> TrainedClassifier:
    """The shipped classifier, loaded once for the whole session."""
    return TrainedClassifier.load()


def _extracted(text: str) -> ExtractedText:
    return ExtractedText(format=FileFormat.DOCX, extractor="test", pages=(text,), page_count=1)


def test_table_covers_every_catalog_type() -> None:
    assert sorted(slug for slug, _ in OPENINGS) == sorted(t.slug for t in load_catalog().evidence_types)


@pytest.mark.parametrize(("slug", "opening"), OPENINGS, ids=[slug for slug, _ in OPENINGS])
def test_title_and_opening_give_the_type(classifier: TrainedClassifier, slug: str, opening: str) -> None:
    result = classifier.classify(_extracted(KOP + opening))
    assert (result.evidence_type or result.best_guess) == slug
    assert result.classifier == classifier.name
    assert len(result.alternatives) == 3 and slug not in {a.slug for a in result.alternatives}
    assert result.evidence_phrases


@pytest.mark.parametrize(
    ("slug", "opening"), CARRIER_OPENINGS, ids=[f"{slug}-{i}" for i, (slug, _) in enumerate(CARRIER_OPENINGS)]
)
def test_everyday_forms_of_weak_types_give_the_type(
    classifier: TrainedClassifier, slug: str, opening: str
) -> None:
    result = classifier.classify(_extracted(KOP + opening))
    assert (result.evidence_type or result.best_guess) == slug


def test_most_openings_are_confident(classifier: TrainedClassifier) -> None:
    confident = [
        slug for slug, text in OPENINGS if classifier.classify(_extracted(KOP + text)).evidence_type == slug
    ]
    assert len(confident) >= 0.8 * len(OPENINGS)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "Minutes of the quarterly steering committee. The board reviewed the budget and approved the roadmap.",
        "No 1 2 3 4\n1 125.000 250.000 375.000\n2 10 20 30\n3 0,5 0,7 0,9",
        "Permohonan cuti tahunan\nDengan ini saya mengajukan permohonan cuti tahunan selama 3 (tiga) hari kerja untuk keperluan keluarga.",
    ],
    ids=["empty", "blank", "english", "table-only", "leave-request"],
)
def test_not_evidence_stays_unclassified(classifier: TrainedClassifier, text: str) -> None:
    result = classifier.classify(_extracted(text))
    assert result.evidence_type is None
    assert 0.0 <= result.confidence <= 1.0


def test_file_name_words_in_body_do_not_outweigh_the_title(classifier: TrainedClassifier) -> None:
    # A document titled as a Maklumat that mentions SOP once in passing stays a Maklumat.
    text = (
        KOP + OPENINGS[[s for s, _ in OPENINGS].index("maklumat_pelayanan")][1] + "\nLampiran: SOP pelayanan."
    )
    assert classifier.classify(_extracted(text)).best_guess == "maklumat_pelayanan"


def test_classification_is_fast(classifier: TrainedClassifier) -> None:
    texts = [KOP + text for _, text in OPENINGS] * 10
    started = time.perf_counter()
    for text in texts:
        classifier.classify_text(text)
    assert len(texts) / (time.perf_counter() - started) > 200


def test_shipped_artifact_is_small_and_versioned(classifier: TrainedClassifier) -> None:
    assert DEFAULT_ARTIFACT.stat().st_size < 5 * 1024 * 1024
    assert "/" in classifier.name and classifier.artifact.training_data_sha256[:8] in classifier.name
    assert len(classifier.training_data_sha256) == 64
    assert 0.0 < classifier.artifact.threshold < 1.0


def test_missing_artifact_is_a_missing_dependency(tmp_path: Path) -> None:
    with pytest.raises(MissingDependency):
        read_artifact(tmp_path / "nope.json.gz")


@pytest.mark.parametrize("content", [b"", b"not gzip", gzip.compress(b"{}"), gzip.compress(b"[1, 2")])
def test_corrupt_artifact_is_a_missing_dependency(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.json.gz"
    path.write_bytes(content)
    with pytest.raises(MissingDependency):
        read_artifact(path)


def _tiny_corpus() -> list[LabelledText]:
    docs = []
    subjects = {
        "sop": "standar operasional prosedur nomor sop tanggal efektif pelaksana mutu baku",
        "pakta_integritas": "pakta integritas saya yang bertanda tangan menyatakan tidak menerima suap",
        "survei_kepuasan": "laporan survei kepuasan masyarakat indeks kepuasan unsur pelayanan responden",
    }
    for slug, words in subjects.items():
        for variant in range(3):
            for k in range(3):
                docs.append(
                    LabelledText(
                        text=f"{words.upper()}\n{words} varian {variant} dokumen {k}",
                        slug=slug,
                        group=f"{slug}.{variant}",
                    )
                )
    for variant in range(3):
        for k in range(3):
            docs.append(
                LabelledText(
                    text=f"permohonan cuti tahunan pegawai {variant} {k}", slug=None, group=f"cuti.{variant}"
                )
            )
    return docs


def test_training_is_deterministic_and_round_trips(tmp_path: Path) -> None:
    features = indonesian_language_data(load_catalog())
    config = TrainConfig(c=1.0, max_features=500)
    first = fit_evidence_classifier(_tiny_corpus(), config=config, features=features)
    second = fit_evidence_classifier(list(reversed(_tiny_corpus())), config=config, features=features)
    assert artifact_bytes(first) == artifact_bytes(second)
    path = tmp_path / "a.json.gz"
    path.write_bytes(artifact_bytes(first))
    loaded = TrainedClassifier.load(path)
    result = loaded.classify_text("STANDAR OPERASIONAL PROSEDUR\nnomor sop tanggal efektif")
    assert result.best_guess == "sop"
