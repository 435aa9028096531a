"""Area III, Penataan Sistem Manajemen SDM Aparatur: planning, careers and performance.

Workload analysis, placement, rotation, training needs and development, individual
performance, rewards, discipline and HR data.
"""

from __future__ import annotations

import datetime as dt
import logging

from sample_docs.dates import format_long, roman
from sample_docs.spec import DocumentSpec, SignaturePair
from sample_docs.templates import carriers as c
from sample_docs.templates.base import DocBuilder, template
from sample_docs.templates.common import cite_period, member_rows, pct, report_quarter

log = logging.getLogger(__name__)

SDM_KEYS = ("uu20_2023", "pp11_2017")


def _positions(b: DocBuilder, k: int) -> list[str]:
    pool = list(b.unit.sector.staff_positions) + [
        "Analis Sumber Daya Manusia Aparatur Ahli Muda",
        "Perencana Ahli Pertama",
        "Pranata Komputer Ahli Pertama",
        "Pengadministrasi Perkantoran",
        "Penata Layanan Operasional",
        "Pengelola Layanan Operasional",
        "Arsiparis Terampil",
        "Bendahara Pengeluaran",
    ]
    return b.sample(pool, k)


# -- abk_peta_jabatan ----------------------------------------------------------------------


def _abk_rows(b: DocBuilder) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for i, position in enumerate(_positions(b, b.rng.randint(6, 10)), 1):
        load = b.rng.randint(900, 6500)
        need = max(1, round(load / 1250))
        have = max(0, need + b.rng.randint(-2, 1))
        rows.append(
            (str(i), position, f"{load:,}".replace(",", "."), str(need), str(have), f"{have - need:+d}")
        )
    return rows


@template("abk_peta_jabatan", "laporan_abk", "laporan")
def abk_laporan(b: DocBuilder) -> DocumentSpec:
    """Workload analysis (analisis beban kerja) report."""
    title = c.report_cover(
        b,
        [
            b.pick("LAPORAN ANALISIS BEBAN KERJA", "DOKUMEN ANALISIS JABATAN DAN ANALISIS BEBAN KERJA"),
            b.unit.full_name.upper(),
            f"TAHUN {b.date.year}",
        ],
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Analisis beban kerja dilaksanakan untuk mengetahui jumlah kebutuhan pegawai pada "
                "setiap jabatan di {unit} berdasarkan volume kerja dan norma waktu, sebagai dasar "
                "penyusunan rencana kebutuhan pegawai dan peta jabatan."
            )
        ],
        legal_keys=("pp11_2017", "permenpan1_2020"),
        purpose=[
            "Menghitung kebutuhan pegawai per jabatan.",
            "Menyusun rencana kebutuhan pegawai berbasis peta jabatan.",
        ],
    )
    c.chapter(b, "Hasil Analisis Beban Kerja")
    b.para(
        "Kebutuhan pegawai dihitung dengan membagi jumlah beban kerja jabatan dengan jam kerja efektif "
        "sebesar 1.250 jam per tahun."
    )
    b.table(
        ("No", "Nama Jabatan", "Beban Kerja (jam/tahun)", "Kebutuhan", "Bezetting", "Selisih"), _abk_rows(b)
    )
    c.report_close(
        b,
        conclusions=[
            "Masih terdapat jabatan yang kekurangan pegawai sehingga perlu diusulkan dalam rencana "
            "kebutuhan pegawai."
        ],
        suggestions=["Hasil ABK digunakan sebagai dasar usulan formasi dan redistribusi pegawai."],
    )
    return b.build(title)


@template("abk_peta_jabatan", "peta_jabatan", "rekap")
def abk_peta(b: DocBuilder) -> DocumentSpec:
    """Position map (peta jabatan) with class, requirement and current staffing."""
    rows = []
    for subunit in b.sample(b.unit.sector.subunits, 3):
        for position in _positions(b, 2):
            need = b.rng.randint(1, 5)
            have = max(0, need + b.rng.randint(-2, 1))
            rows.append(
                (
                    str(len(rows) + 1),
                    subunit,
                    position,
                    str(b.rng.randint(5, 10)),
                    str(need),
                    str(have),
                    f"{have - need:+d}",
                )
            )
    title = c.rekap(
        b,
        title_lines=["PETA JABATAN", b.unit.full_name.upper(), f"TAHUN {b.date.year}"],
        header=("No", "Unit Organisasi", "Nama Jabatan", "Kelas", "Kebutuhan (B)", "Bezetting (K)", "+/-"),
        rows=rows,
        notes=["Kebutuhan berdasarkan hasil analisis beban kerja.", "Bezetting berdasarkan data SIASN."],
    )
    return b.build(title)


@template("abk_peta_jabatan", "usulan_kebutuhan", "surat")
def abk_usulan(b: DocBuilder) -> DocumentSpec:
    """Letter proposing staffing needs based on workload analysis."""
    target = (
        "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
        if b.unit.is_pemda
        else "Kepala Biro Sumber Daya Manusia"
    )
    title = c.surat(
        b,
        hal=b.pick(
            f"Usulan Kebutuhan Pegawai Tahun {b.date.year + 1}",
            "Usulan Rencana Kebutuhan Pegawai berdasarkan ABK",
        ),
        kepada=target,
        topic="peg",
        lampiran="1 (satu) berkas",
        body=[
            b.pf(
                "Berdasarkan hasil analisis jabatan dan analisis beban kerja {unit} Tahun {year}, "
                "bersama ini kami sampaikan usulan kebutuhan pegawai sebagai berikut:"
            ),
            "Usulan tersebut telah mempertimbangkan peta jabatan, bezetting pegawai dan proyeksi "
            "pegawai yang akan memasuki batas usia pensiun.",
        ],
        points=[f"{p}: {b.rng.randint(1, 4)} orang" for p in _positions(b, b.rng.randint(3, 5))],
    )
    return b.build(title)


# -- penempatan_pegawai --------------------------------------------------------------------


@template("penempatan_pegawai", "sk_penempatan", "sk")
def penempatan_sk(b: DocBuilder) -> DocumentSpec:
    """Decree placing newly recruited staff in positions."""
    people = b.staff(b.rng.randint(3, 8))
    kind = b.pick(
        "Calon Pegawai Negeri Sipil",
        "Pegawai Pemerintah dengan Perjanjian Kerja",
        "Pegawai Negeri Sipil hasil pengadaan",
    )
    rows = [
        (str(i), p.name, b.nip(p), p.position, b.pick(*b.unit.sector.subunits))
        for i, p in enumerate(people, 1)
    ]
    title = c.sk(
        b,
        subject=b.pick(
            f"PENEMPATAN {kind.upper()} FORMASI TAHUN {b.date.year - 1}",
            f"PENEMPATAN PEGAWAI HASIL REKRUTMEN DI LINGKUNGAN {b.unit.full_name.upper()}",
        ),
        menimbang=[
            "bahwa dalam rangka pemenuhan kebutuhan pegawai sesuai peta jabatan dan analisis beban "
            f"kerja, perlu menempatkan {kind} hasil rekrutmen pada unit kerja;",
            "bahwa penempatan pegawai sebagaimana dimaksud dalam huruf a telah mempertimbangkan "
            "kualifikasi pendidikan dan formasi jabatan yang dilamar;",
        ],
        mengingat_keys=SDM_KEYS,
        diktum=[
            f"Menempatkan {kind} sebagaimana tercantum dalam Lampiran Keputusan ini pada jabatan dan "
            "unit kerja sesuai kebutuhan organisasi.",
            "Pegawai sebagaimana dimaksud dalam Diktum KESATU melaksanakan tugas sesuai uraian jabatan "
            "dan dievaluasi kinerjanya setiap semester.",
        ],
        lampiran=("DAFTAR PENEMPATAN PEGAWAI", ("No", "Nama", "NIP", "Jabatan", "Unit Penempatan"), rows),
    )
    return b.build(title)


@template("penempatan_pegawai", "laporan_monev_penempatan", "laporan")
def penempatan_laporan(b: DocBuilder) -> DocumentSpec:
    """Report monitoring whether recruited staff placement improved unit performance."""
    title = c.report_cover(
        b, ["LAPORAN MONITORING DAN EVALUASI", "PENEMPATAN PEGAWAI HASIL REKRUTMEN", f"TAHUN {b.date.year}"]
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Monitoring dan evaluasi penempatan pegawai hasil rekrutmen dilakukan untuk menilai "
                "kesesuaian penempatan dengan kebutuhan jabatan serta dampaknya terhadap kinerja "
                "{unit}."
            )
        ],
        legal_keys=SDM_KEYS,
    )
    c.chapter(b, "Hasil Evaluasi")
    rows = [
        (
            str(i),
            p,
            str(b.rng.randint(1, 4)),
            b.pick("Sesuai", "Sesuai", "Kurang sesuai"),
            b.pick(
                "Waktu layanan lebih cepat", "Beban kerja berkurang", "Belum terlihat", "Antrean berkurang"
            ),
        )
        for i, p in enumerate(_positions(b, b.rng.randint(3, 6)), 1)
    ]
    b.table(
        ("No", "Jabatan", "Jumlah Pegawai Baru", "Kesesuaian Kualifikasi", "Dampak terhadap Kinerja"), rows
    )
    c.report_close(
        b,
        conclusions=[
            "Penempatan pegawai hasil rekrutmen telah sesuai kebutuhan jabatan dan memberikan "
            "perbaikan kinerja unit."
        ],
        suggestions=["Pegawai baru diikutsertakan dalam pelatihan teknis sesuai jabatannya."],
    )
    return b.build(title)


@template("penempatan_pegawai", "spmt", "formulir")
def penempatan_spmt(b: DocBuilder) -> DocumentSpec:
    """Statement that a newly placed employee has actually started work (SPMT)."""
    person = b.person(_positions(b, 1)[0])
    start = b.earlier(1, 25)
    b.kop(0.95)
    title = "SURAT PERNYATAAN MELAKSANAKAN TUGAS"
    b.title(title, underline=True)
    b.title(f"Nomor: {b.unit.nomor(b.rng, b.date, 'peg')}")
    b.para("Yang bertanda tangan di bawah ini:", align="left")
    head = b.head
    b.kv(
        [
            ("Nama", head.name),
            ("NIP", b.nip(head)),
            ("Pangkat/Golongan", head.rank),
            ("Jabatan", b.unit.head_short),
        ]
    )
    b.para("dengan ini menyatakan dengan sesungguhnya bahwa:", align="left")
    b.kv(
        [
            ("Nama", person.name),
            ("NIP", b.nip(person)),
            ("Pangkat/Golongan", b.pick("Penata Muda (III/a)", "Pengatur (II/c)", "-")),
            ("Jabatan", person.position),
        ]
    )
    b.para(
        f"telah secara nyata melaksanakan tugas sebagai {person.position} pada {b.unit.full_name} "
        f"terhitung mulai tanggal {b.cite(start)} sesuai dengan penempatan hasil rekrutmen."
    )
    b.para(
        "Demikian surat pernyataan ini dibuat dengan sesungguhnya dengan mengingat sumpah jabatan dan "
        "apabila di kemudian hari isi surat pernyataan ini ternyata tidak benar, saya bersedia "
        "bertanggung jawab."
    )
    b.add(b.sign_letter())
    return b.build(title)


# -- mutasi_pegawai ------------------------------------------------------------------------


@template("mutasi_pegawai", "sk_mutasi", "sk")
def mutasi_sk(b: DocBuilder) -> DocumentSpec:
    """Decree on internal rotation of staff between positions."""
    people = b.staff(b.rng.randint(3, 7))
    rows = [
        (
            str(i),
            f"{p.name}\nNIP. {b.nip(p)}",
            f"{p.position} pada {b.pick(*b.unit.sector.subunits)}",
            f"{b.pick(*_positions(b, 3))} pada {b.pick(*b.unit.sector.subunits)}",
        )
        for i, p in enumerate(people, 1)
    ]
    title = c.sk(
        b,
        subject=b.pick(
            "MUTASI PEGAWAI ANTAR JABATAN",
            f"ROTASI INTERNAL PEGAWAI DI LINGKUNGAN {b.unit.full_name.upper()}",
            "PEMINDAHAN TUGAS PEGAWAI ANTAR JABATAN",
        ),
        menimbang=[
            "bahwa dalam rangka pengembangan karier, penyegaran dan peningkatan kinerja organisasi, "
            "perlu dilakukan mutasi pegawai antar jabatan sesuai pola mutasi yang telah ditetapkan;",
            "bahwa pegawai yang namanya tercantum dalam Lampiran Keputusan ini telah memenuhi "
            "kompetensi jabatan yang akan diduduki;",
        ],
        mengingat_keys=SDM_KEYS,
        memperhatikan=[f"Hasil rapat pertimbangan mutasi tanggal {b.cite(b.earlier(3, 20))}."]
        if b.maybe(0.5)
        else (),
        diktum=[
            "Memindahkan pegawai sebagaimana tercantum dalam Lampiran Keputusan ini dari jabatan lama "
            "ke jabatan baru.",
            "Pegawai yang dimutasi wajib melaksanakan serah terima tugas paling lambat 7 (tujuh) hari "
            "kerja sejak Keputusan ini ditetapkan.",
        ],
        lampiran=("DAFTAR PEGAWAI YANG DIMUTASI", ("No", "Nama/NIP", "Jabatan Lama", "Jabatan Baru"), rows),
    )
    return b.build(title)


@template("mutasi_pegawai", "pola_mutasi", "pedoman")
def mutasi_pola(b: DocBuilder) -> DocumentSpec:
    """Written internal rotation pattern (pola mutasi)."""
    title = c.report_cover(
        b,
        [b.pick("POLA MUTASI INTERNAL PEGAWAI", "PEDOMAN POLA MUTASI PEGAWAI"), b.unit.full_name.upper()],
        cover_page=False,
        with_kop=0.9,
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Mutasi pegawai antar jabatan merupakan bagian dari pengembangan karier yang dilakukan "
                "dengan memperhatikan kompetensi jabatan, kebutuhan organisasi dan pola mutasi yang "
                "jelas di lingkungan {unit}."
            )
        ],
        legal_keys=SDM_KEYS,
    )
    c.chapter(b, "Ketentuan Pola Mutasi")
    b.numbered(
        [
            "Mutasi dilakukan paling singkat 2 (dua) tahun dan paling lama 5 (lima) tahun dalam satu "
            "jabatan.",
            "Mutasi memperhatikan kesesuaian kompetensi pegawai dengan standar kompetensi jabatan.",
            "Pegawai pada jabatan yang rawan benturan kepentingan dirotasi secara berkala.",
            "Usulan mutasi dibahas dalam rapat pertimbangan yang dipimpin oleh pimpinan unit.",
            "Hasil mutasi dimonitor dan dievaluasi dampaknya terhadap kinerja.",
        ],
        "1.",
    )
    c.report_close(b, conclusions=["Pola mutasi ini menjadi pedoman pelaksanaan mutasi internal pegawai."])
    return b.build(title)


@template("mutasi_pegawai", "laporan_monev_mutasi", "laporan")
def mutasi_laporan(b: DocBuilder) -> DocumentSpec:
    """Report evaluating internal rotations against performance."""
    title = c.report_cover(b, ["LAPORAN MONITORING DAN EVALUASI MUTASI PEGAWAI", f"TAHUN {b.date.year}"])
    c.report_intro(
        b,
        background=[
            b.pf(
                "Monitoring dan evaluasi mutasi dilakukan untuk menilai dampak mutasi pegawai antar "
                "jabatan terhadap kinerja individu dan kinerja {unit}."
            )
        ],
        legal_keys=SDM_KEYS,
    )
    c.chapter(b, "Hasil Monitoring")
    people = b.staff(b.rng.randint(3, 6))
    rows = [
        (
            str(i),
            p.name,
            p.position,
            b.pick("Baik", "Sangat Baik", "Butuh Perbaikan"),
            b.pick("Baik", "Sangat Baik", "Sangat Baik"),
        )
        for i, p in enumerate(people, 1)
    ]
    b.table(
        ("No", "Nama", "Jabatan Baru", "Predikat Kinerja Sebelum Mutasi", "Predikat Kinerja Setelah Mutasi"),
        rows,
    )
    c.report_close(b, conclusions=["Mutasi pegawai secara umum berdampak positif terhadap kinerja."])
    return b.build(title)


# -- analisis_kebutuhan_diklat -------------------------------------------------------------

_COMPETENCIES = (
    "Pelayanan prima",
    "Penyusunan laporan kinerja",
    "Analisis data",
    "Manajemen risiko",
    "Pengelolaan arsip elektronik",
    "Penyusunan SOP",
    "Komunikasi publik",
    "Pengadaan barang/jasa",
    "Penanganan pengaduan",
    "Literasi digital",
)


@template("analisis_kebutuhan_diklat", "laporan_tna", "laporan")
def tna_laporan(b: DocBuilder) -> DocumentSpec:
    """Training Need Analysis report."""
    title = c.report_cover(
        b,
        [
            b.pick(
                "LAPORAN TRAINING NEED ANALYSIS (TNA)", "LAPORAN ANALISIS KEBUTUHAN PENGEMBANGAN KOMPETENSI"
            ),
            b.unit.full_name.upper(),
            f"TAHUN {b.date.year}",
        ],
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Analisis kebutuhan pengembangan kompetensi (Training Need Analysis) disusun untuk "
                "mengidentifikasi kesenjangan antara kompetensi pegawai dan standar kompetensi jabatan "
                "sebagai dasar perencanaan pengembangan kompetensi di {unit}."
            )
        ],
        legal_keys=("pp11_2017", "perlan10_2018"),
    )
    c.chapter(b, "Hasil Analisis")
    rows = [
        (
            str(i),
            p,
            b.pick(*_COMPETENCIES),
            pct(b, 5, 45),
            b.pick("Pelatihan teknis", "In-house training", "Coaching", "E-learning", "Bimbingan teknis"),
        )
        for i, p in enumerate(_positions(b, b.rng.randint(4, 8)), 1)
    ]
    b.table(("No", "Jabatan", "Kompetensi yang Dibutuhkan", "Kesenjangan", "Usulan Pengembangan"), rows)
    c.report_close(
        b, conclusions=["Hasil TNA menjadi dasar penyusunan rencana pengembangan kompetensi tahun berjalan."]
    )
    return b.build(title)


@template("analisis_kebutuhan_diklat", "kesenjangan_kompetensi", "rekap")
def tna_kesenjangan(b: DocBuilder) -> DocumentSpec:
    """Recap of competency gaps per employee against position standards."""
    people = b.staff(b.rng.randint(6, 12))
    rows = []
    for i, p in enumerate(people, 1):
        standard = b.rng.choice((3, 4))
        actual = max(1, standard - b.rng.choice((0, 0, 1, 1, 2)))
        rows.append(
            (
                str(i),
                p.name,
                p.position,
                str(standard),
                str(actual),
                str(standard - actual),
                b.pick("Memenuhi", "Perlu pengembangan") if actual < standard else "Memenuhi",
            )
        )
    title = c.rekap(
        b,
        title_lines=[
            "REKAPITULASI KESENJANGAN KOMPETENSI PEGAWAI",
            f"{b.unit.full_name.upper()} TAHUN {b.date.year}",
        ],
        intro="Pengukuran kesenjangan kompetensi dilakukan dengan membandingkan level kompetensi pegawai "
        "dengan standar kompetensi jabatan.",
        header=("No", "Nama", "Jabatan", "Level Standar", "Level Pegawai", "Gap", "Keterangan"),
        rows=rows,
    )
    return b.build(title)


@template("analisis_kebutuhan_diklat", "notulen_tna", "notulen")
def tna_notulen(b: DocBuilder) -> DocumentSpec:
    """Minutes of the meeting that compiled training needs."""
    title = c.notulen(
        b,
        rapat=b.pick(
            "Rapat Penyusunan Analisis Kebutuhan Diklat", "Rapat Penyusunan Training Need Analysis Pegawai"
        ),
        agenda=["Hasil kuesioner kebutuhan pelatihan", "Penetapan prioritas pengembangan kompetensi"],
        pembahasan=[
            "Pengelola kepegawaian menyampaikan rekapitulasi kuesioner kebutuhan pelatihan yang diisi "
            "oleh seluruh pegawai.",
            f"Kompetensi yang paling dibutuhkan adalah {b.pick(*_COMPETENCIES).lower()} dan "
            f"{b.pick(*_COMPETENCIES).lower()}.",
            "Kesenjangan kompetensi terbesar terdapat pada jabatan pelaksana pelayanan.",
        ],
        kesimpulan=[
            "Hasil TNA dijadikan dasar rencana pengembangan kompetensi.",
            "Usulan kebutuhan diklat diinput dalam sistem informasi pengembangan kompetensi.",
        ],
    )
    return b.build(title)


# -- pengembangan_kompetensi ---------------------------------------------------------------


@template("pengembangan_kompetensi", "laporan_iht", "laporan")
def bangkom_laporan(b: DocBuilder) -> DocumentSpec:
    """Report on an in-house training session."""
    topic = b.pick(*_COMPETENCIES)
    held = b.earlier(2, 14)
    title = c.report_cover(
        b, ["LAPORAN PELAKSANAAN IN-HOUSE TRAINING", topic.upper(), f"TAHUN {b.date.year}"], with_kop=0.7
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Dalam rangka meningkatkan kompetensi pegawai sesuai hasil analisis kebutuhan "
                "pengembangan kompetensi, {unit} menyelenggarakan in-house training dengan tema {t}.",
                t=topic.lower(),
            )
        ],
        legal_keys=("pp11_2017", "perlan10_2018"),
    )
    c.chapter(b, "Pelaksanaan")
    b.kv(
        [
            ("Hari/Tanggal", b.cite_weekday(held)),
            ("Tempat", f"Aula {b.unit.full_name}"),
            ("Narasumber", b.person("Widyaiswara Ahli Madya").name),
            ("Peserta", f"{b.rng.randint(15, 45)} orang pegawai"),
        ]
    )
    b.para(
        "Materi pelatihan meliputi konsep dasar, praktik dan studi kasus. Evaluasi dilakukan melalui "
        "pre-test dan post-test."
    )
    b.kv(
        [
            ("Rata-rata nilai pre-test", str(b.rng.randint(50, 70))),
            ("Rata-rata nilai post-test", str(b.rng.randint(75, 92))),
        ]
    )
    c.report_close(
        b,
        conclusions=[
            "Pelatihan meningkatkan pemahaman peserta.",
            "Peserta menerapkan hasil pelatihan dalam pelaksanaan tugas.",
        ],
        signer=b.pick("maker", "head"),
    )
    return b.build(title)


@template("pengembangan_kompetensi", "rencana_bangkom", "rencana")
def bangkom_rencana(b: DocBuilder) -> DocumentSpec:
    """Annual competency development plan."""
    rows = [
        (
            str(i),
            b.pick(*_COMPETENCIES),
            b.pick("Pelatihan klasikal", "E-learning", "Coaching dan mentoring", "Seminar", "Magang"),
            str(b.rng.randint(2, 25)),
            b.pick("Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"),
            b.pick("APBD", "DIPA", "Mandiri", "Tanpa biaya"),
        )
        for i in range(1, b.rng.randint(5, 9))
    ]
    title = c.rekap(
        b,
        title_lines=[
            b.pick("RENCANA PENGEMBANGAN KOMPETENSI PEGAWAI", "RENCANA PENGEMBANGAN KOMPETENSI ASN"),
            f"{b.unit.full_name.upper()} TAHUN {b.date.year}",
        ],
        intro="Rencana pengembangan kompetensi disusun berdasarkan hasil analisis kebutuhan dan hasil "
        "penilaian kinerja pegawai.",
        header=("No", "Kompetensi", "Jalur Pengembangan", "Jumlah Peserta", "Waktu", "Sumber Dana"),
        rows=rows,
    )
    return b.build(title)


@template("pengembangan_kompetensi", "surat_tugas_pelatihan", "surat_tugas")
def bangkom_surat_tugas(b: DocBuilder) -> DocumentSpec:
    """Build an assignment letter sending staff to a training course."""
    people = b.staff(b.rng.randint(1, 4))
    start = b.later(3, 20)
    end = start + dt.timedelta(days=b.rng.randint(1, 4))
    b.kop(0.95)
    title = "SURAT TUGAS"
    b.title(title, underline=True)
    b.title(f"Nomor: {b.unit.nomor(b.rng, b.date, 'peg')}")
    if b.maybe(0.6):
        ref = b.earlier(5, 30)
        b.numbered(
            [
                "Surat "
                + b.pick(
                    "Kepala BPSDM Provinsi", "Kepala Pusat Pendidikan dan Pelatihan", "Kepala Balai Diklat"
                )
                + " "
                f"tanggal {b.cite(ref)} hal Pemanggilan Peserta Pelatihan;",
                "Rencana Pengembangan Kompetensi Pegawai Tahun " + str(b.date.year) + ".",
            ],
            "1.",
            label="Dasar",
        )
    b.title("MENUGASKAN:")
    b.table(("No", "Nama", "NIP", "Jabatan"), member_rows(b, people))
    training = b.pick(*_COMPETENCIES)
    b.kv(
        [
            (
                "Untuk",
                f"Mengikuti Pelatihan {training} yang diselenggarakan pada tanggal {b.cite(start)} "
                f"sampai dengan {b.cite(end)}.",
            )
        ]
    )
    b.para(
        "Demikian surat tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab dan melaporkan "
        "hasilnya kepada pimpinan."
    )
    b.add(b.sign_letter())
    return b.build(title)


# -- skp -----------------------------------------------------------------------------------


@template("skp", "skp_dokumen", "skp")
def skp_dokumen(b: DocBuilder) -> DocumentSpec:
    """Sasaran Kinerja Pegawai (PermenPANRB 6/2022 form)."""
    person = b.person(_positions(b, 1)[0])
    boss = (
        b.head
        if b.maybe(0.5)
        else b.person(b.pick("Sekretaris", "Kepala Bidang", "Kepala Subbagian Umum dan Kepegawaian"))
    )
    year = b.date.year
    b.kop(0.5)
    title = b.pick("SASARAN KINERJA PEGAWAI", "SASARAN KINERJA PEGAWAI (SKP)")
    b.title(title, "PENDEKATAN HASIL KERJA KUANTITATIF" if b.maybe(0.5) else "BAGI PEJABAT PELAKSANA")
    b.kv(
        [
            ("Pemerintah/Instansi", c.title_case(b.unit.parent)),
            ("Periode Penilaian", cite_period(b, dt.date(year, 1, 1), dt.date(year, 12, 31))),
        ]
    )
    b.table(
        ("No", "Pegawai yang Dinilai", "", "Pejabat Penilai Kinerja", ""),
        (
            ("1", "Nama", person.name, "Nama", boss.name),
            ("2", "NIP", b.nip(person), "NIP", b.nip(boss)),
            ("3", "Pangkat/Gol.", person.rank, "Pangkat/Gol.", boss.rank),
            (
                "4",
                "Jabatan",
                person.position,
                "Jabatan",
                b.unit.head_short if boss == b.head else boss.position,
            ),
            ("5", "Unit Kerja", b.unit.full_name, "Unit Kerja", b.unit.full_name),
        ),
    )
    outputs = (
        (
            "Terlaksananya {service} sesuai standar pelayanan",
            "Persentase layanan selesai tepat waktu",
            "100%",
        ),
        ("Tersusunnya laporan kegiatan bulanan", "Jumlah laporan", "12 laporan"),
        ("Terkelolanya data layanan pada aplikasi {app}", "Persentase data mutakhir", "95%"),
        ("Tertanganinya pengaduan {clients}", "Persentase pengaduan ditindaklanjuti", "100%"),
        ("Terdokumentasinya arsip layanan", "Jumlah berkas terarsip", "250 berkas"),
    )
    rows = [
        (str(i), b.f(o), ind, tgt)
        for i, (o, ind, tgt) in enumerate(b.sample(outputs, b.rng.randint(3, 5)), 1)
    ]
    b.table(
        ("No", "Rencana Hasil Kerja", "Indikator Kinerja Individu", "Target"),
        rows,
        caption="HASIL KERJA UTAMA",
    )
    left = b.sign_plain(person=person, position="Pegawai yang Dinilai")
    right = b.sign_letter(person=boss, position="Pejabat Penilai Kinerja")
    b.add(SignaturePair(left, right))
    return b.build(title)


@template("skp", "rekap_predikat", "rekap")
def skp_rekap(b: DocBuilder) -> DocumentSpec:
    """Recap of monthly/quarterly individual performance ratings."""
    year, q, start, end = report_quarter(b)
    people = b.staff(b.rng.randint(8, 16))
    rows = [
        (
            str(i),
            p.name,
            b.nip(p),
            p.position,
            b.pick("Sangat Baik", "Baik", "Baik", "Baik", "Butuh Perbaikan"),
        )
        for i, p in enumerate(people, 1)
    ]
    title = c.rekap(
        b,
        title_lines=["REKAPITULASI PENILAIAN KINERJA PEGAWAI", f"TRIWULAN {roman(q)} TAHUN {year}"],
        intro="Pengukuran kinerja individu dilakukan setiap bulan melalui aplikasi e-Kinerja untuk periode "
        f"{cite_period(b, start, end)}.",
        header=("No", "Nama", "NIP", "Jabatan", "Predikat Kinerja"),
        rows=rows,
    )
    return b.build(title)


@template("skp", "evaluasi_kinerja_pegawai", "formulir")
def skp_evaluasi(b: DocBuilder) -> DocumentSpec:
    """Employee performance evaluation document for a period."""
    person = b.person(_positions(b, 1)[0])
    year, q, start, end = report_quarter(b)
    sections = [
        ("Periode Penilaian", [("Periode", cite_period(b, start, end)), ("Triwulan", roman(q))]),
        (
            "Pegawai yang Dinilai",
            [("Nama", person.name), ("NIP", b.nip(person)), ("Jabatan", person.position)],
        ),
        (
            "Capaian Kinerja",
            [
                ("Rating Hasil Kerja", b.pick("Sesuai Ekspektasi", "Di Atas Ekspektasi")),
                ("Rating Perilaku Kerja", b.pick("Sesuai Ekspektasi", "Di Atas Ekspektasi")),
                ("Predikat Kinerja Pegawai", b.pick("Baik", "Sangat Baik")),
            ],
        ),
    ]
    title = c.formulir(
        b, title_lines=["DOKUMEN EVALUASI KINERJA PEGAWAI", f"PERIODE TRIWULAN {roman(q)}"], sections=sections
    )
    return b.build(title)


# -- reward_pegawai ------------------------------------------------------------------------


@template("reward_pegawai", "sk_pegawai_teladan", "sk")
def reward_sk(b: DocBuilder) -> DocumentSpec:
    """Decree naming exemplary employees based on performance appraisal."""
    year, q, _, _ = report_quarter(b)
    people = b.staff(b.rng.randint(1, 3))
    categories = ["Pegawai Teladan", "Pegawai Terdisiplin", "Pegawai Inovatif"]
    rows = [(str(i), p.name, b.nip(p), p.position, categories[i - 1]) for i, p in enumerate(people, 1)]
    title = c.sk(
        b,
        subject=b.pick(
            f"PENETAPAN PEGAWAI TELADAN TRIWULAN {roman(q)} TAHUN {year}",
            f"PEMBERIAN PENGHARGAAN PEGAWAI BERPRESTASI {b.unit.full_name.upper()}",
        ),
        menimbang=[
            "bahwa dalam rangka meningkatkan motivasi dan kinerja pegawai, perlu memberikan "
            "penghargaan kepada pegawai yang berprestasi berdasarkan hasil penilaian kinerja;",
            "bahwa pegawai yang namanya tercantum dalam Lampiran Keputusan ini telah memenuhi kriteria "
            "penilaian kinerja, disiplin dan perilaku kerja;",
        ],
        mengingat_keys=("uu20_2023", "pp30_2019"),
        diktum=[
            "Menetapkan pegawai sebagaimana tercantum dalam Lampiran Keputusan ini sebagai penerima "
            "penghargaan.",
            "Kepada pegawai sebagaimana dimaksud dalam Diktum KESATU diberikan piagam penghargaan dan "
            "prioritas pengembangan kompetensi.",
        ],
        lampiran=("DAFTAR PEGAWAI PENERIMA PENGHARGAAN", ("No", "Nama", "NIP", "Jabatan", "Kategori"), rows),
    )
    return b.build(title)


@template("reward_pegawai", "berita_acara_penilaian", "berita_acara")
def reward_berita_acara(b: DocBuilder) -> DocumentSpec:
    """Record of scoring candidates for employee of the period."""
    people = b.staff(b.rng.randint(4, 8))
    rows = []
    for i, p in enumerate(people, 1):
        k, d, s = b.rng.randint(75, 98), b.rng.randint(80, 100), b.rng.randint(75, 98)
        rows.append(
            (
                str(i),
                p.name,
                p.position,
                str(k),
                str(d),
                str(s),
                str(round((k + d + s) / 3, 1)).replace(".", ","),
            )
        )
    title = c.berita_acara(
        b,
        about=b.pick("PENILAIAN PEGAWAI TELADAN", "PENILAIAN EMPLOYEE OF THE MONTH"),
        body=[
            "Tim penilai telah melakukan penilaian terhadap calon pegawai teladan berdasarkan capaian "
            "kinerja (SKP), disiplin kehadiran dan penilaian perilaku kerja dengan hasil sebagai "
            "berikut:"
        ],
        table=(("No", "Nama", "Jabatan", "Kinerja", "Disiplin", "Perilaku", "Rata-rata"), rows),
    )
    return b.build(title)


@template("reward_pegawai", "piagam", "piagam")
def reward_piagam(b: DocBuilder) -> DocumentSpec:
    """Certificate of appreciation for an exemplary employee."""
    person = b.person(_positions(b, 1)[0])
    year, q, _, _ = report_quarter(b)
    b.kop(0.4)
    title = "PIAGAM PENGHARGAAN"
    b.title(title, size=16)
    b.title(f"Nomor: {b.unit.nomor(b.rng, b.date, 'peg')}")
    b.para("Diberikan kepada:", align="center")
    b.title(person.name, size=14)
    b.para(f"NIP. {b.nip(person)}", align="center")
    b.para(
        b.pf(
            "sebagai PEGAWAI TELADAN Triwulan {q} Tahun {y} di lingkungan {unit} atas capaian kinerja, "
            "kedisiplinan dan dedikasinya dalam memberikan pelayanan kepada {clients}.",
            q=roman(q),
            y=str(year),
        ),
        align="center",
    )
    b.add(b.sign_letter())
    return b.build(title)


# -- penegakan_disiplin --------------------------------------------------------------------


@template("penegakan_disiplin", "laporan_disiplin", "laporan")
def disiplin_laporan(b: DocBuilder) -> DocumentSpec:
    """Report on enforcing staff discipline and the code of ethics."""
    year, q, start, end = report_quarter(b)
    title = c.report_cover(b, ["LAPORAN PENEGAKAN DISIPLIN PEGAWAI", f"TRIWULAN {roman(q)} TAHUN {year}"])
    c.report_intro(
        b,
        background=[
            b.pf(
                "Penegakan aturan disiplin, kode etik dan kode perilaku pegawai di {unit} dilaksanakan "
                "melalui pemantauan kehadiran, pembinaan dan penjatuhan hukuman disiplin sesuai "
                "ketentuan."
            ),
            f"Periode pelaporan {cite_period(b, start, end)}.",
        ],
        legal_keys=("pp94_2021", "pp42_2004"),
    )
    c.chapter(b, "Rekapitulasi")
    rows = [
        (
            str(i),
            k,
            str(b.rng.randint(0, 6)),
            b.pick("Teguran lisan", "Teguran tertulis", "Pernyataan tidak puas secara tertulis", "-"),
        )
        for i, k in enumerate(
            (
                "Tidak masuk kerja tanpa keterangan",
                "Terlambat masuk kerja",
                "Pulang sebelum waktunya",
                "Pelanggaran kode etik",
            ),
            1,
        )
    ]
    b.table(("No", "Jenis Pelanggaran", "Jumlah", "Tindakan/Hukuman"), rows)
    c.report_close(
        b,
        conclusions=[
            f"Tingkat kehadiran pegawai rata-rata {pct(b, 93, 99)}.",
            "Jumlah pelanggaran disiplin menurun dibandingkan periode sebelumnya.",
        ],
    )
    return b.build(title)


@template("penegakan_disiplin", "surat_edaran_disiplin", "surat_edaran")
def disiplin_se(b: DocBuilder) -> DocumentSpec:
    """Circular on working hours discipline and the code of conduct."""
    title = c.surat_edaran(
        b,
        subject=b.pick("PENINGKATAN DISIPLIN PEGAWAI", "DISIPLIN JAM KERJA DAN KODE ETIK PEGAWAI"),
        kepada=f"Seluruh Pegawai {b.unit.full_name}",
        background=[
            b.pf(
                "Dalam rangka penegakan disiplin dan peningkatan kualitas pelayanan kepada {clients}, "
                "perlu ditegaskan kembali ketentuan disiplin pegawai."
            )
        ],
        legal_keys=("pp94_2021",),
        points=[
            "masuk kerja dan menaati ketentuan jam kerja serta melakukan presensi elektronik;",
            "tidak meninggalkan tempat tugas tanpa izin atasan langsung;",
            "menaati kode etik dan kode perilaku pegawai dalam melayani masyarakat;",
            "atasan langsung melakukan pembinaan dan melaporkan pelanggaran disiplin.",
        ],
    )
    return b.build(title)


@template("penegakan_disiplin", "notulen_kode_etik", "notulen")
def disiplin_notulen(b: DocBuilder) -> DocumentSpec:
    """Minutes of a session socialising discipline rules and the code of ethics."""
    title = c.notulen(
        b,
        rapat=b.pick(
            "Sosialisasi Peraturan Disiplin dan Kode Etik Pegawai", "Rapat Pembinaan Disiplin Pegawai"
        ),
        agenda=["Sosialisasi PP Nomor 94 Tahun 2021", "Kode etik dan kode perilaku pegawai"],
        pembahasan=[
            "Narasumber menjelaskan kewajiban dan larangan PNS serta jenis hukuman disiplin ringan, "
            "sedang dan berat.",
            "Disampaikan rekapitulasi kehadiran pegawai dan pelanggaran disiplin periode sebelumnya.",
            "Pegawai diingatkan untuk tidak menerima imbalan dalam bentuk apa pun dari pengguna layanan.",
        ],
        kesimpulan=[
            "Seluruh pegawai berkomitmen menaati peraturan disiplin.",
            "Atasan langsung melakukan pembinaan secara berkala.",
        ],
    )
    return b.build(title)


# -- data_kepegawaian ----------------------------------------------------------------------


@template("data_kepegawaian", "laporan_pemutakhiran", "laporan")
def data_laporan(b: DocBuilder) -> DocumentSpec:
    """Report on updating personnel data in SIASN/SIMPEG."""
    month = b.date.replace(day=1) - dt.timedelta(days=1)
    label = format_long(month).split(" ", 1)[1]
    title = c.report_cover(
        b, ["LAPORAN PEMUTAKHIRAN DATA KEPEGAWAIAN", f"BULAN {label.upper()}"], cover_page=False, with_kop=0.9
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Pemutakhiran data kepegawaian dilakukan secara berkala melalui aplikasi SIASN dan "
                "SIMPEG agar data pegawai {unit} akurat dan dapat diakses oleh pegawai."
            )
        ],
        legal_keys=("uu20_2023",),
    )
    c.chapter(b, "Hasil Pemutakhiran")
    rows = [
        (str(i), k, str(b.rng.randint(0, 12)))
        for i, k in enumerate(
            (
                "Riwayat jabatan",
                "Riwayat pangkat",
                "Riwayat pendidikan",
                "Data keluarga",
                "Riwayat diklat",
                "Nomor rekening dan NPWP",
            ),
            1,
        )
    ]
    b.table(("No", "Elemen Data", "Jumlah Perubahan"), rows)
    c.report_close(b, conclusions=["Seluruh perubahan data telah divalidasi dan diperbarui dalam SIASN."])
    return b.build(title)


@template("data_kepegawaian", "surat_pemutakhiran", "surat")
def data_surat(b: DocBuilder) -> DocumentSpec:
    """Letter asking staff to update their personnel data themselves."""
    deadline = b.later(7, 21)
    title = c.surat(
        b,
        hal=b.pick("Pemutakhiran Data Mandiri ASN", "Pemutakhiran Data Kepegawaian melalui SIASN"),
        kepada=f"Seluruh Pegawai {b.unit.full_name}",
        topic="peg",
        body=[
            "Dalam rangka menjaga akurasi data kepegawaian, dimohon kepada seluruh pegawai untuk "
            "melakukan pemutakhiran data secara mandiri melalui aplikasi SIASN dengan ketentuan:",
            f"Pemutakhiran data diselesaikan paling lambat tanggal {b.cite(deadline)}.",
        ],
        points=[
            "Memeriksa dan melengkapi riwayat jabatan, pangkat dan pendidikan;",
            "Mengunggah dokumen pendukung dalam format PDF;",
            "Melaporkan kendala kepada pengelola kepegawaian.",
        ],
    )
    return b.build(title)


@template("data_kepegawaian", "rekap_data_pegawai", "rekap")
def data_rekap(b: DocBuilder) -> DocumentSpec:
    """Recap of staff numbers by rank and education from the HR information system."""
    rows = [
        (str(i), g, str(b.rng.randint(0, 20)), str(b.rng.randint(0, 20)))
        for i, g in enumerate(("Golongan IV", "Golongan III", "Golongan II", "Golongan I", "PPPK"), 1)
    ]
    title = c.rekap(
        b,
        title_lines=[
            "REKAPITULASI DATA PEGAWAI",
            f"{b.unit.full_name.upper()}",
            "BERDASARKAN DATA SIMPEG/SIASN",
        ],
        intro="Data berikut merupakan hasil pemutakhiran data kepegawaian terakhir:",
        header=("No", "Golongan", "Laki-laki", "Perempuan"),
        rows=rows,
        signer="maker",
    )
    return b.build(title)


# -- more carriers for penempatan_pegawai, analisis_kebutuhan_diklat, pengembangan_kompetensi --
# Real folders hold these types mostly in everyday forms (nota dinas, notulen, formulir, rekap),
# not only in the formal report or decree.


@template("penempatan_pegawai", "nota_dinas_usulan_penempatan", "nota_dinas")
def penempatan_nota_dinas(b: DocBuilder) -> DocumentSpec:
    """Internal memo proposing where newly appointed CPNS/PPPK staff should be placed."""
    kind = b.pick("CPNS", "PPPK", "CPNS dan PPPK")
    people = b.staff(b.rng.randint(3, 7))
    formation = b.date.year - b.rng.randint(0, 1)
    points = [f"{p.name}, {p.position}, ditempatkan pada {b.pick(*b.unit.sector.subunits)};" for p in people]
    title = c.nota_dinas(
        b,
        kepada=b.unit.head_short,
        dari=b.pick("Kepala Subbagian Umum dan Kepegawaian", "Sekretaris", "Kepala Subbagian Tata Usaha"),
        hal=b.pick(
            f"Usulan Penempatan {kind} Formasi Tahun {formation}",
            f"Rencana Penempatan Pegawai Baru Hasil Seleksi {kind} Tahun {formation}",
        ),
        topic="peg",
        body=[
            b.pf(
                "Menindaklanjuti penerimaan {k} formasi tahun {y} yang ditugaskan pada {unit}, bersama "
                "ini kami sampaikan usulan penempatan pegawai baru pada unit kerja sesuai kebutuhan "
                "jabatan dalam peta jabatan dan hasil analisis beban kerja, sebagai berikut:",
                k=kind,
                y=str(formation),
            ),
            b.pick(
                "Penempatan tersebut telah mempertimbangkan kualifikasi pendidikan, formasi jabatan yang "
                "dilamar serta kekurangan pegawai pada masing-masing bidang.",
                "Usulan disusun berdasarkan selisih antara kebutuhan dan bezetting pegawai per jabatan, "
                "sehingga pegawai baru langsung mengisi jabatan yang lowong.",
            ),
        ],
        points=points,
    )
    return b.build(title)


@template("penempatan_pegawai", "notulen_evaluasi_penempatan", "notulen")
def penempatan_notulen(b: DocBuilder) -> DocumentSpec:
    """Minutes of a meeting reviewing how newly recruited staff were placed."""
    title = c.notulen(
        b,
        rapat=b.pick(
            "Rapat Evaluasi Penempatan Pegawai Hasil Rekrutmen",
            "Rapat Monitoring Penempatan CPNS dan PPPK",
            "Rapat Koordinasi Penempatan Pegawai Baru",
        ),
        agenda=[
            "Kesesuaian penempatan pegawai baru dengan kebutuhan jabatan",
            "Kinerja unit setelah penempatan pegawai baru",
        ],
        pembahasan=[
            b.pf(
                "Sebanyak {n} pegawai hasil rekrutmen telah ditempatkan pada {s} dan bidang lain "
                "sesuai formasi jabatan.",
                n=str(b.rng.randint(3, 12)),
                s=b.pick(*b.unit.sector.subunits),
            ),
            "Kepala bidang menyampaikan bahwa penempatan pegawai baru mengurangi beban kerja dan "
            "mempercepat penyelesaian layanan.",
            b.pick(
                "Terdapat pegawai yang latar belakang pendidikannya kurang sesuai dengan jabatan sehingga "
                "perlu bimbingan dari atasan langsung.",
                "Satu formasi belum terisi karena pelamar mengundurkan diri.",
            ),
        ],
        kesimpulan=[
            "Penempatan pegawai hasil rekrutmen secara umum telah sesuai dengan kebutuhan jabatan.",
            "Evaluasi penempatan dilakukan kembali setelah pegawai menyelesaikan masa percobaan.",
        ],
    )
    return b.build(title)


@template("analisis_kebutuhan_diklat", "formulir_identifikasi_kebutuhan", "formulir")
def tna_formulir(b: DocBuilder) -> DocumentSpec:
    """Filled-in questionnaire identifying one employee's training needs (TNA form)."""
    person = b.person(_positions(b, 1)[0])
    boss = b.person(b.pick("Kepala Seksi", "Kepala Subbagian", "Kepala Bidang"))
    needs = b.sample(_COMPETENCIES, 3)
    title = c.formulir(
        b,
        title_lines=[
            b.pick(
                "FORMULIR IDENTIFIKASI KEBUTUHAN PENGEMBANGAN KOMPETENSI",
                "KUESIONER TRAINING NEED ANALYSIS (TNA)",
                "FORMULIR ANALISIS KEBUTUHAN PELATIHAN PEGAWAI",
            ),
            f"TAHUN {b.date.year + b.rng.choice((0, 1))}",
        ],
        sections=[
            (
                "A. Identitas Pegawai",
                [
                    ("Nama", person.name),
                    ("NIP", b.nip(person)),
                    ("Jabatan", person.position),
                    ("Unit Kerja", b.pick(*b.unit.sector.subunits)),
                    ("Atasan Langsung", boss.name),
                ],
            ),
            (
                "B. Kesenjangan Kompetensi",
                [
                    (f"Kompetensi {i}", f"{need} (level saat ini {b.rng.randint(1, 2)}, standar 3)")
                    for i, need in enumerate(needs, 1)
                ],
            ),
            (
                "C. Usulan Bentuk Pengembangan",
                [
                    ("Prioritas 1", f"{b.pick('Pelatihan teknis', 'Bimbingan teknis')} {needs[0].lower()}"),
                    ("Prioritas 2", f"{b.pick('E-learning', 'Coaching', 'Magang')} {needs[1].lower()}"),
                    ("Alasan", b.pick("Tuntutan tugas jabatan", "Hasil penilaian kinerja semester lalu")),
                ],
            ),
        ],
        declaration=b.pick(
            "Kebutuhan pengembangan kompetensi di atas telah dibahas dengan atasan langsung.",
            "Data ini digunakan sebagai bahan penyusunan analisis kebutuhan diklat unit kerja.",
        ),
        signer_person=person,
    )
    return b.build(title)


_GROUPS = ("jabatan pelaksana", "jabatan fungsional", "pejabat struktural")


@template("analisis_kebutuhan_diklat", "surat_usulan_kebutuhan_bangkom", "surat")
def tna_surat(b: DocBuilder) -> DocumentSpec:
    """Letter sending the unit's training-needs analysis to the HR agency."""
    target = (
        "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
        if b.unit.is_pemda
        else "Kepala Bagian Sumber Daya Manusia"
    )
    year = b.date.year + 1
    title = c.surat(
        b,
        hal=b.pick(
            f"Penyampaian Hasil Analisis Kebutuhan Pengembangan Kompetensi Tahun {year}",
            f"Usulan Kebutuhan Diklat Pegawai Tahun {year}",
            f"Hasil Training Need Analysis Tahun {year}",
        ),
        kepada=target,
        topic="peg",
        lampiran="1 (satu) berkas",
        body=[
            b.pf(
                "Menindaklanjuti surat Saudara tentang pengisian kebutuhan pengembangan kompetensi "
                "ASN, bersama ini kami sampaikan hasil analisis kebutuhan diklat pegawai {unit} "
                "tahun {y} yang disusun berdasarkan kesenjangan kompetensi pegawai terhadap standar "
                "kompetensi jabatan, dengan prioritas sebagai berikut:",
                y=str(year),
            ),
            b.pick(
                "Data kebutuhan per pegawai telah diinput pada aplikasi pengembangan kompetensi.",
                "Rincian per pegawai terlampir dalam formulir identifikasi kebutuhan pelatihan.",
            ),
        ],
        points=[
            f"{need}: {b.rng.randint(2, 15)} orang ({b.pick(*_GROUPS)})"
            for need in b.sample(_COMPETENCIES, b.rng.randint(3, 5))
        ],
    )
    return b.build(title)


@template("pengembangan_kompetensi", "rekap_peserta_bangkom", "rekap")
def bangkom_rekap(b: DocBuilder) -> DocumentSpec:
    """Recap of staff who took part in development activities, with hours (JP) and certificates."""
    people = b.staff(b.rng.randint(6, 12))
    rows = []
    for i, p in enumerate(people, 1):
        held = b.earlier(10, 200)
        rows.append(
            (
                str(i),
                p.name,
                p.position,
                f"{b.pick('Pelatihan', 'Bimtek', 'Webinar', 'E-learning')} {b.pick(*_COMPETENCIES)}",
                b.pick(
                    "BPSDM Provinsi", "LAN RI", "Pusdiklat Kementerian", "Internal (in-house)", "ASN Unggul"
                ),
                format_long(held),
                str(b.rng.choice((2, 4, 8, 10, 16, 20, 24, 32))),
                b.pick("Ada", "Ada", "Dalam proses"),
            )
        )
    title = c.rekap(
        b,
        title_lines=[
            b.pick(
                "REKAPITULASI PEGAWAI YANG MENGIKUTI PENGEMBANGAN KOMPETENSI",
                "DATA PESERTA PELATIHAN DAN PENGEMBANGAN KOMPETENSI PEGAWAI",
                "REKAP CAPAIAN JAM PELAJARAN (JP) PENGEMBANGAN KOMPETENSI ASN",
            ),
            f"{b.unit.full_name.upper()} TAHUN {b.date.year}",
        ],
        intro=b.pick(
            "Setiap ASN berhak mendapatkan pengembangan kompetensi paling sedikit 20 (dua puluh) jam "
            "pelajaran dalam satu tahun. Rekapitulasi keikutsertaan pegawai adalah sebagai berikut:",
            "Data berikut memuat pegawai yang telah memperoleh kesempatan mengikuti diklat maupun "
            "pengembangan kompetensi lainnya pada tahun berjalan.",
        ),
        header=(
            "No",
            "Nama",
            "Jabatan",
            "Jenis Pengembangan",
            "Penyelenggara",
            "Tanggal",
            "JP",
            "Sertifikat",
        ),
        rows=rows,
        notes=["JP = jam pelajaran.", "Sertifikat terlampir."] if b.maybe(0.6) else (),
        signer=b.pick("head", "maker"),
    )
    return b.build(title)


@template("pengembangan_kompetensi", "laporan_evaluasi_pasca_pelatihan", "laporan")
def bangkom_evaluasi(b: DocBuilder) -> DocumentSpec:
    """Report evaluating what training changed in the participants' work (monev bangkom)."""
    title = c.report_cover(
        b,
        [
            b.pick(
                "LAPORAN EVALUASI PASCA PELATIHAN",
                "LAPORAN MONITORING DAN EVALUASI PENGEMBANGAN KOMPETENSI",
                "EVALUASI DAMPAK PENGEMBANGAN KOMPETENSI TERHADAP KINERJA",
            ),
            f"TAHUN {b.date.year}",
        ],
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Pengembangan kompetensi yang telah diikuti pegawai {unit} perlu dievaluasi untuk "
                "mengetahui penerapan hasil pelatihan dalam pelaksanaan tugas dan kaitannya dengan "
                "perbaikan kinerja pegawai dan unit kerja."
            )
        ],
        legal_keys=("pp11_2017", "perlan10_2018"),
        purpose=[
            "Mengukur penerapan hasil pelatihan oleh alumni pelatihan.",
            "Memberikan masukan bagi rencana pengembangan kompetensi tahun berikutnya.",
        ],
    )
    c.chapter(b, b.pick("Metode Evaluasi", "Pelaksanaan Evaluasi"))
    b.para(
        b.pick(
            "Evaluasi dilakukan melalui kuesioner kepada alumni pelatihan dan atasan langsung tiga "
            "bulan setelah pelatihan berakhir.",
            "Evaluasi pasca pelatihan menggunakan penilaian atasan langsung dan perbandingan capaian "
            "SKP sebelum dan sesudah pelatihan.",
        )
    )
    c.chapter(b, "Hasil Evaluasi")
    rows = [
        (
            str(i),
            b.pick(*_COMPETENCIES),
            str(b.rng.randint(2, 15)),
            pct(b, 55, 95),
            b.pick("Meningkat", "Meningkat", "Tetap", "Meningkat signifikan"),
        )
        for i in range(1, b.rng.randint(4, 7))
    ]
    b.table(("No", "Jenis Pelatihan", "Jumlah Alumni", "Penerapan di Tempat Kerja", "Kinerja Pegawai"), rows)
    c.report_close(
        b,
        conclusions=[
            "Sebagian besar alumni pelatihan telah menerapkan hasil pelatihan dan kinerjanya meningkat."
        ],
        suggestions=[
            "Pelatihan yang belum berdampak pada kinerja ditinjau kembali metodenya.",
            "Hasil evaluasi menjadi bahan rencana pengembangan kompetensi tahun berikutnya.",
        ],
        signer=b.pick("head", "team"),
    )
    return b.build(title)


@template("pengembangan_kompetensi", "notulen_coaching_mentoring", "notulen")
def bangkom_coaching(b: DocBuilder) -> DocumentSpec:
    """Minutes of a coaching and mentoring session held by a superior for staff."""
    topic = b.pick(*_COMPETENCIES)
    title = c.notulen(
        b,
        rapat=b.pick(
            f"Kegiatan Coaching dan Mentoring {topic}",
            "Coaching Pegawai dalam rangka Pengembangan Kompetensi",
            f"Sharing Session (Transfer Pengetahuan) {topic}",
        ),
        agenda=[
            f"Penyampaian materi {topic.lower()} oleh atasan langsung",
            "Diskusi kendala pelaksanaan tugas dan rencana pengembangan diri",
        ],
        pembahasan=[
            b.pf(
                "Mentor menyampaikan materi {t} dan contoh penerapannya dalam pelaksanaan tugas di {unit}.",
                t=topic.lower(),
            ),
            "Peserta menyampaikan kendala dalam pelaksanaan tugas dan mentor memberikan umpan balik.",
            "Kegiatan ini diakui sebagai pengembangan kompetensi non-klasikal dengan bobot 2 JP.",
        ],
        kesimpulan=[
            "Peserta menyusun rencana tindak lanjut pengembangan diri masing-masing.",
            "Coaching dan mentoring dilaksanakan kembali bulan berikutnya dengan topik berbeda.",
        ],
    )
    return b.build(title)


@template("reward_pegawai", "nota_dinas_usulan_pegawai_teladan", "nota_dinas")
def reward_nota_dinas(b: DocBuilder) -> DocumentSpec:
    """Memo from a division head nominating staff for the employee-of-the-period award."""
    year, q, _, _ = report_quarter(b)
    people = b.staff(b.rng.randint(1, 3))
    title = c.nota_dinas(
        b,
        kepada=b.pick("Ketua Tim Penilai Pegawai Teladan", "Sekretaris", b.unit.head_short),
        dari=b.pick("Kepala Bidang", "Kepala Seksi Pelayanan", "Kepala Subbagian Umum dan Kepegawaian"),
        hal=b.pick(
            f"Usulan Calon Pegawai Teladan Triwulan {roman(q)} Tahun {year}",
            f"Usulan Pemberian Penghargaan Pegawai Berprestasi Tahun {year}",
        ),
        topic="peg",
        body=[
            b.pf(
                "Berdasarkan hasil penilaian kinerja pegawai (SKP) dengan predikat Sangat Baik, tingkat "
                "kehadiran dan perilaku kerja BerAKHLAK, bersama ini kami usulkan pegawai berikut sebagai "
                "calon penerima penghargaan pegawai teladan di lingkungan {unit}:"
            ),
            "Sebagai bahan pertimbangan kami lampirkan rekap kehadiran dan capaian SKP yang bersangkutan.",
        ],
        points=[f"{p.name}, {p.position} (predikat kinerja: Sangat Baik);" for p in people],
        lampiran="1 (satu) berkas",
    )
    return b.build(title)


@template("pengembangan_kompetensi", "surat_pemberitahuan_kesempatan_diklat", "surat")
def bangkom_kesempatan(b: DocBuilder) -> DocumentSpec:
    """Circular letter telling staff about open training places and how to apply for them."""
    offers = b.sample(_COMPETENCIES, b.rng.randint(2, 4))
    deadline = b.later(5, 15)
    title = c.surat(
        b,
        hal=b.pick(
            "Pemberitahuan Kesempatan Mengikuti Pelatihan",
            f"Kesempatan Pengembangan Kompetensi Pegawai Tahun {b.date.year}",
            "Penawaran Kuota Peserta Diklat dan Pelatihan Teknis",
        ),
        kepada=f"Seluruh Pegawai {b.unit.full_name}",
        topic="peg",
        body=[
            b.pf(
                "Dalam rangka memenuhi hak setiap pegawai untuk memperoleh pengembangan kompetensi paling "
                "sedikit 20 jam pelajaran per tahun, bersama ini kami sampaikan kesempatan mengikuti "
                "pelatihan berikut bagi pegawai {unit}:"
            ),
            f"Pegawai yang berminat agar mendaftar melalui atasan langsung paling lambat tanggal "
            f"{b.cite(deadline)} dengan melampirkan persetujuan atasan.",
            b.pick(
                "Prioritas diberikan kepada pegawai yang belum memenuhi 20 JP pada tahun berjalan.",
                "Peserta terpilih akan ditetapkan dengan surat tugas.",
            ),
        ],
        points=[
            f"Pelatihan {o} ({b.pick('klasikal', 'e-learning', 'blended learning')}, "
            f"{b.rng.choice((16, 24, 32, 40))} JP)"
            for o in offers
        ],
    )
    return b.build(title)
