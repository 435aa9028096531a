"""Area VI, Peningkatan Kualitas Pelayanan Publik: standards, declarations, surveys.

Service standards, service declarations, service excellence, service information,
rewards/sanctions and compensation, integrated service points, innovation and the community
satisfaction survey (SKM).
"""

from __future__ import annotations

import datetime as dt
import logging

from sample_docs.dates import format_long, roman
from sample_docs.spec import DocumentSpec, Paragraph, Title
from sample_docs.templates import carriers as c
from sample_docs.templates.base import DocBuilder, template
from sample_docs.templates.common import cite_period, report_quarter

log = logging.getLogger(__name__)

PP_KEYS = ("uu25_2009", "pp96_2012", "permenpan15_2014")


# -- standar_pelayanan ---------------------------------------------------------------------


def _sp_components(b: DocBuilder, service: str) -> list[tuple[str, str]]:
    """Return the 14 components of a service standard (PermenPANRB 15/2014) for ``service``."""
    clients = b.unit.sector.clients
    return [
        ("Dasar Hukum", "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik; " + b.org_regulation()),
        (
            "Persyaratan",
            b.pick(
                "Formulir permohonan; fotokopi KTP-el; dokumen pendukung sesuai jenis layanan",
                "Surat pengantar; KTP-el asli; Kartu Keluarga; pas foto",
            ),
        ),
        (
            "Sistem, Mekanisme dan Prosedur",
            f"{clients.capitalize()} mengambil nomor antrean, menyerahkan berkas, petugas "
            "memverifikasi, berkas diproses dan produk layanan diserahkan",
        ),
        (
            "Jangka Waktu Penyelesaian",
            b.pick("1 (satu) hari kerja", "60 menit", "3 (tiga) hari kerja", "14 (empat belas) hari kerja"),
        ),
        (
            "Biaya/Tarif",
            b.pick("Tidak dipungut biaya", "Gratis", "Sesuai Peraturan Daerah tentang Retribusi"),
        ),
        ("Produk Pelayanan", service.removeprefix("Pelayanan ")),
        (
            "Penanganan Pengaduan, Saran dan Masukan",
            "SP4N-LAPOR!, kotak saran, WhatsApp pengaduan dan layanan langsung",
        ),
        (
            "Sarana, Prasarana dan/atau Fasilitas",
            "Ruang tunggu, loket, komputer, mesin antrean, toilet, ruang laktasi, akses disabilitas",
        ),
        (
            "Kompetensi Pelaksana",
            "Memahami peraturan terkait, mampu mengoperasikan aplikasi, bersikap ramah dan komunikatif",
        ),
        (
            "Pengawasan Internal",
            "Dilakukan oleh atasan langsung secara berjenjang dan Sistem Pengendalian Intern",
        ),
        ("Jumlah Pelaksana", f"{b.rng.randint(2, 8)} orang"),
        ("Jaminan Pelayanan", "Pelayanan diberikan sesuai standar pelayanan yang ditetapkan"),
        (
            "Jaminan Keamanan dan Keselamatan Pelayanan",
            "Kerahasiaan data pemohon dijamin dan dokumen disimpan dengan aman",
        ),
        ("Evaluasi Kinerja Pelaksana", "Dilakukan melalui survei kepuasan masyarakat dan evaluasi berkala"),
    ]


@template("standar_pelayanan", "sk_standar_pelayanan", "sk")
def sp_sk(b: DocBuilder) -> DocumentSpec:
    """Decree adopting service standards, the components listed in the annex."""
    service = b.service
    rows = [(str(i), k, v) for i, (k, v) in enumerate(_sp_components(b, service), 1)]
    title = c.sk(
        b,
        subject=b.pick(
            f"STANDAR PELAYANAN PADA {b.unit.full_name.upper()}",
            f"PENETAPAN STANDAR PELAYANAN PUBLIK {b.unit.full_name.upper()} TAHUN {b.date.year}",
        ),
        menimbang=[
            b.pf(
                "bahwa dalam rangka memberikan kepastian, meningkatkan kualitas dan kinerja pelayanan "
                "kepada {clients}, setiap penyelenggara pelayanan publik wajib menetapkan standar "
                "pelayanan;"
            ),
            "bahwa standar pelayanan telah disusun dengan melibatkan masyarakat dan pihak terkait;",
        ],
        mengingat_keys=PP_KEYS,
        diktum=[
            "Menetapkan Standar Pelayanan sebagaimana tercantum dalam Lampiran Keputusan ini.",
            "Standar Pelayanan wajib dipublikasikan dan dijadikan acuan penilaian kualitas pelayanan.",
            "Standar Pelayanan dievaluasi secara berkala dengan memperhatikan hasil survei kepuasan "
            "masyarakat dan pengaduan.",
        ],
        lampiran=(f"STANDAR {service.upper()}", ("No", "Komponen", "Uraian"), rows),
    )
    return b.build(title)


@template("standar_pelayanan", "dokumen_standar_pelayanan", "standar")
def sp_dokumen(b: DocBuilder) -> DocumentSpec:
    """Stand-alone service standard table for one service."""
    service = b.service
    rows = [(str(i), k, v) for i, (k, v) in enumerate(_sp_components(b, service), 1)]
    title = c.rekap(
        b,
        title_lines=[
            "STANDAR PELAYANAN",
            service.removeprefix("Pelayanan ").upper(),
            b.unit.full_name.upper(),
        ],
        header=("No", "Komponen", "Uraian"),
        rows=rows,
    )
    return b.build(title)


@template("standar_pelayanan", "berita_acara_reviu_sp", "berita_acara")
def sp_reviu(b: DocBuilder) -> DocumentSpec:
    """Record of reviewing the service standards with stakeholders."""
    title = c.berita_acara(
        b,
        about=b.pick("REVIU STANDAR PELAYANAN", "FORUM KONSULTASI PUBLIK REVIU STANDAR PELAYANAN"),
        body=[
            b.pf(
                "Reviu standar pelayanan dilaksanakan bersama perwakilan {clients}, tokoh masyarakat, "
                "akademisi dan lembaga swadaya masyarakat dengan memanfaatkan hasil survei kepuasan "
                "masyarakat dan data pengaduan."
            ),
            "Hasil reviu menyepakati perbaikan standar pelayanan sebagai berikut:",
        ],
        points=[
            "Jangka waktu penyelesaian dipersingkat sesuai kemampuan aplikasi pelayanan.",
            "Persyaratan yang tidak relevan dihapus.",
            "Informasi kanal pengaduan ditambahkan pada setiap jenis layanan.",
        ],
        signers=3,
    )
    return b.build(title)


# -- maklumat_pelayanan --------------------------------------------------------------------

_MAKLUMAT = (
    "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang "
    "telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan "
    "perundang-undangan yang berlaku.",
    "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai dengan standar pelayanan "
    "yang telah ditetapkan, memberikan pelayanan sesuai dengan kewajiban dan akan melakukan perbaikan "
    "secara terus menerus, dan apabila tidak menepati janji ini kami siap menerima sanksi sesuai "
    "peraturan perundang-undangan yang berlaku.",
)


@template("maklumat_pelayanan", "maklumat_standar", "maklumat")
def maklumat_standar(b: DocBuilder) -> DocumentSpec:
    """Service declaration poster with the standard sentence."""
    b.kop(0.5)
    title = "MAKLUMAT PELAYANAN"
    b.add(Title(title, size=18))
    b.add(Title(b.unit.full_name.upper(), size=14))
    b.add(Paragraph(b.pick(*_MAKLUMAT), align="center"))
    b.add(b.sign_letter(align="center" if b.maybe(0.5) else "right"))
    return b.build(title)


@template("maklumat_pelayanan", "maklumat_janji", "maklumat")
def maklumat_janji(b: DocBuilder) -> DocumentSpec:
    """Service declaration listing concrete service promises."""
    b.kop(0.6)
    title = b.pick("MAKLUMAT PELAYANAN", "MAKLUMAT PELAYANAN PUBLIK")
    b.title(title, b.unit.full_name.upper())
    b.para(b.pf("Kami segenap pegawai {unit} berjanji dan sanggup untuk:"))
    b.numbered(
        [
            "memberikan pelayanan sesuai standar pelayanan yang telah ditetapkan;",
            b.pf("memberikan pelayanan yang cepat, tepat, ramah dan tanpa diskriminasi kepada {clients};"),
            "tidak meminta dan menerima imbalan dalam bentuk apa pun di luar ketentuan;",
            "menindaklanjuti setiap pengaduan, saran dan masukan;",
            "melakukan perbaikan pelayanan secara terus menerus.",
        ],
        "1.",
    )
    b.para(
        "Apabila kami tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan "
        "perundang-undangan yang berlaku."
    )
    b.add(b.sign_letter())
    return b.build(title)


@template("maklumat_pelayanan", "sk_maklumat", "sk")
def maklumat_sk(b: DocBuilder) -> DocumentSpec:
    """Decree adopting the service declaration."""
    title = c.sk(
        b,
        subject=b.pick(
            f"MAKLUMAT PELAYANAN {b.unit.full_name.upper()}", "PENETAPAN MAKLUMAT PELAYANAN PUBLIK"
        ),
        menimbang=[
            "bahwa penyelenggara pelayanan publik wajib menyusun dan menetapkan maklumat pelayanan "
            "yang merupakan pernyataan kesanggupan penyelenggara dalam melaksanakan pelayanan sesuai "
            "standar pelayanan;",
            "bahwa maklumat pelayanan perlu dipublikasikan secara jelas dan luas kepada masyarakat;",
        ],
        mengingat_keys=PP_KEYS,
        diktum=[
            f'Menetapkan Maklumat Pelayanan {b.unit.full_name} dengan bunyi: "{b.pick(*_MAKLUMAT)}"',
            "Maklumat Pelayanan dipublikasikan pada ruang pelayanan, laman resmi dan media sosial.",
        ],
    )
    return b.build(title)


# -- pelayanan_prima -----------------------------------------------------------------------


@template("pelayanan_prima", "laporan_pelatihan_prima", "laporan")
def prima_laporan(b: DocBuilder) -> DocumentSpec:
    """Report on training in service excellence for front-line staff."""
    held = b.earlier(2, 21)
    title = c.report_cover(
        b,
        [
            b.pick("LAPORAN PELATIHAN PELAYANAN PRIMA", "LAPORAN SOSIALISASI BUDAYA PELAYANAN PRIMA"),
            f"TAHUN {b.date.year}",
        ],
        with_kop=0.7,
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Peningkatan kompetensi petugas dalam menerapkan budaya pelayanan prima diperlukan "
                "agar {clients} memperoleh pelayanan yang cepat, ramah dan sesuai standar."
            )
        ],
        legal_keys=("uu25_2009",),
    )
    c.chapter(b, "Pelaksanaan")
    b.kv(
        [
            ("Tanggal", b.cite(held)),
            ("Peserta", f"{b.rng.randint(10, 40)} petugas pelayanan"),
            (
                "Materi",
                "Etika pelayanan, komunikasi efektif, penanganan keluhan, senyum salam sapa sopan santun",
            ),
            (
                "Metode",
                b.pick(
                    "Ceramah, simulasi dan role play",
                    "Coaching dan mentoring",
                    "Klasikal dan praktik di loket",
                ),
            ),
        ]
    )
    c.report_close(
        b,
        conclusions=["Petugas pelayanan memahami dan mempraktikkan standar pelayanan prima."],
        suggestions=[
            "Pelatihan dilaksanakan berkelanjutan setiap semester.",
            "Dilakukan monitoring kemampuan petugas melalui mystery shopping.",
        ],
    )
    return b.build(title)


@template("pelayanan_prima", "undangan_pelayanan_prima", "undangan")
def prima_undangan(b: DocBuilder) -> DocumentSpec:
    """Invitation to a service excellence training."""
    title = c.undangan(
        b,
        hal=b.pick("Undangan Pelatihan Pelayanan Prima", "Undangan Sosialisasi Pelayanan Prima"),
        purpose=b.pf(
            "peningkatan kompetensi petugas dalam penerapan budaya pelayanan prima kepada {clients}"
        ),
        acara="Pelatihan pelayanan prima bagi petugas front office",
        kepada="Petugas Pelayanan (daftar terlampir)",
        topic="yan",
    )
    return b.build(title)


@template("pelayanan_prima", "daftar_hadir_pelayanan_prima", "daftar_hadir")
def prima_daftar_hadir(b: DocBuilder) -> DocumentSpec:
    """Attendance list of a service excellence training."""
    title = c.daftar_hadir(
        b,
        kegiatan=b.pick("Pelatihan Pelayanan Prima", "Coaching Budaya Pelayanan Prima Petugas Front Office"),
    )
    return b.build(title)


# -- informasi_pelayanan -------------------------------------------------------------------


@template("informasi_pelayanan", "brosur_layanan", "brosur")
def info_brosur(b: DocBuilder) -> DocumentSpec:
    """Service information leaflet (requirements, flow, time, cost, channels)."""
    service = b.service
    b.kop(0.3)
    title = f"INFORMASI {service.upper()}"
    b.title(title, size=14)
    b.heading("Persyaratan")
    b.numbered(
        ["Formulir permohonan yang telah diisi", "Fotokopi KTP-el", "Dokumen pendukung sesuai jenis layanan"],
        "1.",
    )
    b.heading("Alur Pelayanan")
    b.numbered(
        [
            "Ambil nomor antrean",
            "Serahkan berkas di loket",
            "Berkas diverifikasi petugas",
            "Terima produk layanan",
        ],
        "1.",
    )
    b.kv(
        [
            ("Waktu Penyelesaian", b.pick("1 hari kerja", "60 menit", "3 hari kerja")),
            ("Biaya", "Gratis"),
            ("Jam Layanan", "Senin-Kamis 08.00-15.00, Jumat 08.00-11.00"),
            ("Pengaduan", "SP4N-LAPOR! / WhatsApp 08" + str(b.rng.randint(1100000000, 5999999999))),
            ("Informasi daring", "Laman resmi, Instagram dan SIPPN"),
        ]
    )
    b.para(f"Informasi ini dimutakhirkan tanggal {b.eff()}.", align="left")
    return b.build(title)


@template("informasi_pelayanan", "laporan_publikasi_informasi", "laporan")
def info_laporan(b: DocBuilder) -> DocumentSpec:
    """Report on publishing service information across media, including SIPPN."""
    rows = [
        (str(i), m, b.pick("Aktif", "Aktif, dimutakhirkan bulanan", "Aktif"))
        for i, m in enumerate(
            (
                "Laman resmi",
                "Sistem Informasi Pelayanan Publik Nasional (SIPPN)",
                "Instagram",
                "Papan informasi ruang tunggu",
                "Brosur/leaflet",
                "Videotron",
            ),
            1,
        )
    ]
    title = c.rekap(
        b,
        title_lines=[
            "LAPORAN PUBLIKASI INFORMASI PELAYANAN",
            f"{b.unit.full_name.upper()} TAHUN {b.date.year}",
        ],
        intro=b.pf(
            "Informasi standar pelayanan, persyaratan, biaya dan kanal pengaduan {unit} dipublikasikan "
            "melalui media berikut:"
        ),
        header=("No", "Media", "Status"),
        rows=rows,
        signer=b.pick("head", "maker"),
    )
    return b.build(title)


# -- penghargaan_sanksi --------------------------------------------------------------------


@template("penghargaan_sanksi", "sk_reward_punishment", "sk")
def ps_sk(b: DocBuilder) -> DocumentSpec:
    """Decree on rewards and sanctions for front-line service staff."""
    title = c.sk(
        b,
        subject=b.pick(
            "PEMBERIAN PENGHARGAAN DAN SANKSI BAGI PETUGAS PELAYANAN",
            f"KEBIJAKAN REWARD DAN PUNISHMENT PETUGAS PELAYANAN PUBLIK {b.unit.full_name.upper()}",
        ),
        menimbang=[
            "bahwa untuk meningkatkan motivasi dan kualitas kinerja petugas pelayanan perlu diberikan "
            "penghargaan dan sanksi yang objektif;",
            "bahwa penilaian petugas pelayanan didasarkan pada unsur disiplin, kinerja dan hasil "
            "penilaian pengguna layanan;",
        ],
        mengingat_keys=("uu25_2009", "pp94_2021"),
        diktum=[
            "Petugas pelayanan dinilai setiap bulan berdasarkan unsur disiplin, kinerja dan penilaian "
            "pengguna layanan melalui aplikasi survei.",
            "Petugas dengan nilai tertinggi diberikan penghargaan berupa piagam dan prioritas "
            "pengembangan kompetensi.",
            "Petugas yang mendapat penilaian buruk atau terbukti melanggar standar pelayanan diberikan "
            "sanksi berupa teguran hingga pemindahan tugas sesuai ketentuan.",
        ],
    )
    return b.build(title)


@template("penghargaan_sanksi", "petugas_terbaik", "rekap")
def ps_terbaik(b: DocBuilder) -> DocumentSpec:
    """Monthly ranking of service staff by user ratings, discipline and performance."""
    people = b.staff(b.rng.randint(5, 9))
    scored = sorted(
        ((b.rng.uniform(3.2, 4.0), b.rng.randint(85, 100), b.rng.randint(80, 100), p) for p in people),
        key=lambda t: -t[0],
    )
    rows = [
        (
            str(i),
            p.name,
            p.position,
            f"{r:.2f}".replace(".", ","),
            str(d),
            str(k),
            "Petugas Terbaik" if i == 1 else "-",
        )
        for i, (r, d, k, p) in enumerate(scored, 1)
    ]
    month = (b.date.replace(day=1) - dt.timedelta(days=1)).month
    title = c.rekap(
        b,
        title_lines=[
            "HASIL PENILAIAN PETUGAS PELAYANAN TERBAIK",
            f"BULAN {format_long(dt.date(b.date.year, month, 1)).split(' ', 1)[1].upper()}",
        ],
        intro="Penilaian dilakukan berdasarkan rating pengguna layanan (skala 1-4), disiplin kehadiran dan "
        "capaian kinerja.",
        header=("No", "Nama Petugas", "Jabatan", "Rating Pengguna", "Disiplin", "Kinerja", "Keterangan"),
        rows=rows,
        signer="head",
    )
    return b.build(title)


@template("penghargaan_sanksi", "kebijakan_kompensasi", "pedoman")
def ps_kompensasi(b: DocBuilder) -> DocumentSpec:
    """Compensation policy for users when a service falls short of its standard."""
    title = c.report_cover(
        b,
        [
            b.pick("KEBIJAKAN PEMBERIAN KOMPENSASI PELAYANAN", "SISTEM KOMPENSASI BAGI PENERIMA LAYANAN"),
            b.unit.full_name.upper(),
        ],
        cover_page=False,
        with_kop=0.9,
    )
    b.para(
        b.pf(
            "Dalam hal pelayanan yang diberikan tidak sesuai dengan standar pelayanan, {unit} "
            "memberikan kompensasi kepada {clients} sebagai bentuk tanggung jawab penyelenggara "
            "pelayanan."
        )
    )
    rows = [
        (str(i), k, v)
        for i, (k, v) in enumerate(
            (
                (
                    "Waktu penyelesaian melebihi standar",
                    "Produk layanan diantar ke alamat pemohon tanpa biaya",
                ),
                (
                    "Petugas tidak berada di loket pada jam layanan",
                    "Permohonan maaf tertulis dan layanan prioritas",
                ),
                ("Kesalahan data pada produk layanan", "Perbaikan dokumen pada hari yang sama"),
                ("Antrean melebihi 60 menit", "Voucher minuman dan layanan prioritas"),
            ),
            1,
        )
    ]
    b.table(("No", "Kondisi Layanan Tidak Sesuai Standar", "Bentuk Kompensasi"), rows)
    b.para(
        "Kompensasi diberikan setelah pengguna layanan menyampaikan keluhan dan diverifikasi oleh "
        "petugas pengelola pengaduan."
    )
    b.add(b.sign_letter())
    return b.build(title)


# -- layanan_terpadu -----------------------------------------------------------------------


@template("layanan_terpadu", "sk_layanan_terpadu", "sk")
def lt_sk(b: DocBuilder) -> DocumentSpec:
    """Decree establishing an integrated service point."""
    name = b.pick(
        "Ruang Pelayanan Terpadu",
        "Layanan Satu Pintu",
        "Unit Layanan Terpadu (Front Office)",
        "Pelayanan Terpadu Satu Atap",
    )
    title = c.sk(
        b,
        subject=f"PENYELENGGARAAN {name.upper()} PADA {b.unit.full_name.upper()}",
        menimbang=[
            b.pf(
                "bahwa untuk mendekatkan dan mempermudah pelayanan kepada {clients}, perlu "
                "menyelenggarakan pelayanan secara terpadu dalam satu tempat;"
            ),
            f"bahwa untuk itu perlu menetapkan penyelenggaraan {name};",
        ],
        mengingat_keys=PP_KEYS,
        diktum=[
            f"Menetapkan penyelenggaraan {name} yang melayani seluruh jenis layanan {b.unit.full_name} "
            "dalam satu loket terintegrasi.",
            "Layanan terpadu didukung aplikasi antrean dan basis data pelayanan yang terintegrasi.",
        ],
    )
    return b.build(title)


@template("layanan_terpadu", "laporan_layanan_terpadu", "laporan")
def lt_laporan(b: DocBuilder) -> DocumentSpec:
    """Report on the facilities of the integrated service point."""
    title = c.report_cover(
        b,
        [
            b.pick("LAPORAN PENYELENGGARAAN LAYANAN TERPADU", "LAPORAN SARANA LAYANAN TERINTEGRASI"),
            f"TAHUN {b.date.year}",
        ],
        cover_page=False,
        with_kop=0.8,
    )
    b.para(
        b.pf(
            "{unit} menyelenggarakan layanan terpadu sehingga seluruh jenis layanan dapat diakses "
            "melalui satu loket dan kanal daring yang terintegrasi."
        )
    )
    rows = [
        (
            str(i),
            s,
            b.pick("Loket terpadu", "Loket terpadu dan daring", "Daring terintegrasi"),
            b.pick("Terintegrasi", "Terintegrasi", "Sebagian"),
        )
        for i, s in enumerate(b.unit.sector.services, 1)
    ]
    b.table(("No", "Jenis Layanan", "Sarana", "Status Integrasi"), rows)
    b.para(
        "Sarana pendukung meliputi mesin antrean, ruang tunggu, ruang laktasi, area bermain anak dan "
        "akses bagi penyandang disabilitas."
    )
    c.sign_report(b, "head")
    return b.build(title)


# -- inovasi_pelayanan ---------------------------------------------------------------------

_INNOVATIONS = (
    ("SI CEPAT", "Sistem Antrean Cepat dan Tepat"),
    ("LAYAN DARING", "Layanan Permohonan Daring Tanpa Tatap Muka"),
    ("JEMPUT BOLA", "Pelayanan Jemput Bola ke Desa/Kelurahan"),
    ("KLIK AJA", "Konsultasi Layanan via WhatsApp"),
    ("PAS TEPAT", "Pengantaran Dokumen Layanan Tepat Waktu"),
    ("SAPA WARGA", "Sarana Pengaduan dan Aspirasi Warga"),
)


@template("inovasi_pelayanan", "profil_inovasi", "proposal")
def inovasi_profil(b: DocBuilder) -> DocumentSpec:
    """Profile of a public service innovation."""
    short, long_ = b.rng.choice(_INNOVATIONS)
    b.kop(0.7)
    title = f'PROFIL INOVASI PELAYANAN PUBLIK "{short}"'
    b.title(title, long_.upper())
    sections = [
        (
            "Latar Belakang",
            b.pf(
                "Sebelum inovasi diterapkan, {clients} harus datang berulang kali untuk mengurus {s} "
                "sehingga waktu layanan lama dan menimbulkan keluhan.",
                s=b.service.lower(),
            ),
        ),
        (
            "Tujuan",
            "Mempercepat waktu pelayanan, mengurangi tatap muka dan meningkatkan kepuasan pengguna layanan.",
        ),
        (
            "Manfaat",
            f"Waktu penyelesaian layanan berkurang dari {b.rng.randint(3, 7)} hari "
            f"menjadi {b.rng.randint(1, 2)} "
            "hari dan jumlah pengaduan menurun.",
        ),
        (
            "Hasil",
            f"Sejak diterapkan, inovasi {short} telah dimanfaatkan oleh {b.rng.randint(300, 9000)} "
            "pengguna layanan.",
        ),
    ]
    for i, (heading, text) in enumerate(sections, 1):
        b.heading(f"{i}. {heading}")
        b.para(text)
    b.add(b.sign_letter())
    return b.build(title)


@template("inovasi_pelayanan", "sk_inovasi", "sk")
def inovasi_sk(b: DocBuilder) -> DocumentSpec:
    """Decree adopting a service innovation."""
    short, long_ = b.rng.choice(_INNOVATIONS)
    title = c.sk(
        b,
        subject=f"PENETAPAN INOVASI PELAYANAN PUBLIK {short} ({long_.upper()})",
        menimbang=[
            b.pf(
                "bahwa dalam rangka meningkatkan kualitas pelayanan kepada {clients} diperlukan "
                "inovasi pelayanan publik yang mendekatkan pelayanan kepada masyarakat;"
            ),
            f"bahwa inovasi {short} telah diujicobakan dan memberikan manfaat bagi pengguna layanan;",
        ],
        mengingat_keys=("uu25_2009", "permenpan91_2021"),
        diktum=[
            f"Menetapkan {short} ({long_}) sebagai inovasi pelayanan publik {b.unit.full_name}.",
            "Inovasi sebagaimana dimaksud dalam Diktum KESATU dilaksanakan secara berkelanjutan dan "
            "dievaluasi setiap tahun.",
        ],
    )
    return b.build(title)


@template("inovasi_pelayanan", "laporan_inovasi", "laporan")
def inovasi_laporan(b: DocBuilder) -> DocumentSpec:
    """Report comparing service before and after an innovation."""
    short, long_ = b.rng.choice(_INNOVATIONS)
    title = c.report_cover(
        b,
        ["LAPORAN PENERAPAN INOVASI PELAYANAN", f'"{short}"', f"TAHUN {b.date.year}"],
        cover_page=False,
        with_kop=0.8,
    )
    b.para(
        b.pf(
            "Inovasi {s} ({l}) diterapkan pada {unit} untuk memperbaiki pelayanan {v}.",
            s=short,
            l=long_,
            v=b.service.lower(),
        )
    )
    rows = [
        ("1", "Waktu penyelesaian", f"{b.rng.randint(3, 7)} hari", f"{b.rng.randint(1, 2)} hari"),
        ("2", "Jumlah kunjungan pemohon", "2-3 kali", "1 kali"),
        ("3", "Pengaduan per bulan", str(b.rng.randint(8, 20)), str(b.rng.randint(0, 5))),
        (
            "4",
            "Indeks Kepuasan Masyarakat",
            f"{b.rng.uniform(76, 82):.2f}".replace(".", ","),
            f"{b.rng.uniform(83, 92):.2f}".replace(".", ","),
        ),
    ]
    b.table(("No", "Aspek", "Sebelum Inovasi", "Sesudah Inovasi"), rows)
    b.para(
        "Inovasi telah direplikasi oleh unit layanan lain."
        if b.maybe(0.4)
        else "Inovasi akan dikembangkan dengan integrasi aplikasi nasional."
    )
    c.sign_report(b, b.pick("head", "team"))
    return b.build(title)


# -- survei_kepuasan -----------------------------------------------------------------------

UNSUR = (
    "Persyaratan",
    "Sistem, Mekanisme, dan Prosedur",
    "Waktu Penyelesaian",
    "Biaya/Tarif",
    "Produk Spesifikasi Jenis Pelayanan",
    "Kompetensi Pelaksana",
    "Perilaku Pelaksana",
    "Penanganan Pengaduan, Saran dan Masukan",
    "Sarana dan Prasarana",
)


def mutu(ikm: float) -> str:
    """Service quality grade for an IKM value (PermenPANRB 14/2017 intervals)."""
    if ikm >= 88.31:
        return "A (Sangat Baik)"
    if ikm >= 76.61:
        return "B (Baik)"
    if ikm >= 65.00:
        return "C (Kurang Baik)"
    return "D (Tidak Baik)"


def _dec(x: float, n: int = 2) -> str:
    return f"{x:.{n}f}".replace(".", ",")


def _skm_values(b: DocBuilder) -> tuple[list[float], float]:
    nrr = [round(b.rng.uniform(2.9, 3.75), 2) for _ in UNSUR]
    # Fees are usually nil, so Biaya/Tarif scores near the top.
    nrr[3] = round(b.rng.uniform(3.6, 3.95), 2)
    ikm = sum(v * 0.111 for v in nrr) * 25
    return nrr, ikm


def _skm_period(b: DocBuilder) -> tuple[str, dt.date, dt.date]:
    kind = b.pick("triwulan", "semester", "tahun")
    if kind == "triwulan":
        year, q, start, end = report_quarter(b)
        return f"TRIWULAN {roman(q)} TAHUN {year}", start, end
    if kind == "semester":
        if b.date.month >= 7:
            return f"SEMESTER I TAHUN {b.date.year}", dt.date(b.date.year, 1, 1), dt.date(b.date.year, 6, 30)
        return (
            f"SEMESTER II TAHUN {b.date.year - 1}",
            dt.date(b.date.year - 1, 7, 1),
            dt.date(b.date.year - 1, 12, 31),
        )
    return f"TAHUN {b.date.year - 1}", dt.date(b.date.year - 1, 1, 1), dt.date(b.date.year - 1, 12, 31)


@template("survei_kepuasan", "laporan_skm", "laporan")
def skm_laporan(b: DocBuilder) -> DocumentSpec:
    """Community satisfaction survey report with the nine elements, NRR and IKM."""
    label, start, end = _skm_period(b)
    nrr, ikm = _skm_values(b)
    respondents = b.rng.randint(100, 420)
    title = c.report_cover(
        b,
        [
            b.pick("LAPORAN SURVEI KEPUASAN MASYARAKAT", "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT (SKM)"),
            b.unit.full_name.upper(),
            label,
        ],
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Survei Kepuasan Masyarakat dilaksanakan untuk mengukur tingkat kepuasan {clients} "
                "terhadap pelayanan {unit} sebagai bahan perbaikan kualitas pelayanan secara "
                "berkelanjutan."
            )
        ],
        legal_keys=("uu25_2009", "permenpan14_2017"),
        purpose=[
            "Mengetahui Indeks Kepuasan Masyarakat.",
            "Mengetahui unsur pelayanan yang perlu diperbaiki.",
        ],
    )
    c.chapter(b, "Metode Survei")
    b.para(
        f"Survei dilakukan terhadap {respondents} responden pengguna layanan pada periode "
        f"{cite_period(b, start, end)} "
        "menggunakan kuesioner sembilan unsur pelayanan dengan skala 1 sampai dengan 4. Nilai indeks "
        "dihitung dengan nilai rata-rata tertimbang masing-masing unsur (bobot 0,111) dikalikan 25."
    )
    c.chapter(b, "Hasil Survei")
    rows = [
        (f"U{i}", u, _dec(v), _dec(v * 0.111, 3)) for i, (u, v) in enumerate(zip(UNSUR, nrr, strict=False), 1)
    ]
    rows.append(("", "Jumlah NRR Tertimbang", "", _dec(sum(v * 0.111 for v in nrr), 3)))
    rows.append(("", "IKM Unit Pelayanan", "", _dec(ikm)))
    b.table(("No", "Unsur Pelayanan", "NRR per Unsur", "NRR Tertimbang"), rows)
    lowest = min(range(len(UNSUR)), key=lambda i: nrr[i])
    b.para(
        f"Nilai Indeks Kepuasan Masyarakat sebesar {_dec(ikm)} dengan mutu pelayanan {mutu(ikm)}. "
        f"Unsur dengan nilai terendah adalah {UNSUR[lowest]} ({_dec(nrr[lowest])})."
    )
    c.report_close(
        b,
        conclusions=[
            f"Kinerja pelayanan {b.unit.full_name} berada pada kategori "
            f"{mutu(ikm).split(' ', 1)[1].strip('()')}."
        ],
        suggestions=[
            f"Perbaikan pada unsur {UNSUR[lowest]}.",
            "Hasil survei dipublikasikan melalui laman resmi dan papan informasi.",
        ],
    )
    return b.build(title)


@template("survei_kepuasan", "publikasi_skm", "pengumuman")
def skm_publikasi(b: DocBuilder) -> DocumentSpec:
    """One-page publication of SKM results (website/notice board poster)."""
    label, start, end = _skm_period(b)
    nrr, ikm = _skm_values(b)
    b.kop(0.4)
    title = "HASIL SURVEI KEPUASAN MASYARAKAT"
    b.add(Title(title, size=15), Title(b.unit.full_name.upper()), Title(label))
    b.kv(
        [
            ("Periode", cite_period(b, start, end)),
            ("Jumlah Responden", f"{b.rng.randint(100, 420)} orang"),
            ("Nilai IKM", _dec(ikm)),
            ("Mutu Pelayanan", mutu(ikm)),
        ]
    )
    b.table(("Unsur", "Nilai"), [(u, _dec(v)) for u, v in zip(UNSUR, nrr, strict=False)])
    b.para(
        b.pick(
            "Terima kasih atas partisipasi Anda. Masukan Anda sangat berarti bagi perbaikan pelayanan kami.",
            "Kami terus berbenah untuk memberikan pelayanan terbaik.",
        ),
        align="center",
    )
    b.add(b.sign_letter(align="center"))
    return b.build(title)


@template("survei_kepuasan", "rtl_skm", "rencana")
def skm_rtl(b: DocBuilder) -> DocumentSpec:
    """Follow-up plan on the lowest-scoring SKM elements."""
    label, start, end = _skm_period(b)
    nrr, _ = _skm_values(b)
    order = sorted(range(len(UNSUR)), key=lambda i: nrr[i])[:3]
    actions = {
        0: "Penyederhanaan persyaratan dan publikasi daftar persyaratan",
        1: "Reviu SOP dan penambahan alur layanan daring",
        2: "Penambahan petugas pada jam sibuk",
        3: "Penegasan layanan tanpa biaya melalui maklumat",
        4: "Perbaikan format produk layanan",
        5: "Pelatihan teknis petugas layanan",
        6: "Pelatihan pelayanan prima",
        7: "Optimalisasi kanal pengaduan dan respons cepat",
        8: "Perbaikan ruang tunggu dan fasilitas disabilitas",
    }
    rows = [
        (
            str(n),
            UNSUR[i],
            _dec(nrr[i]),
            actions[i],
            b.pick("Triwulan berikutnya", "Semester berikutnya", "Desember"),
            b.pick(*b.unit.sector.subunits),
        )
        for n, i in enumerate(order, 1)
    ]
    title = c.rekap(
        b,
        title_lines=["RENCANA TINDAK LANJUT HASIL SURVEI KEPUASAN MASYARAKAT", label],
        intro=f"Berdasarkan hasil survei kepuasan masyarakat periode {cite_period(b, start, end)}, disusun "
        "rencana tindak lanjut atas unsur dengan nilai terendah sebagai berikut:",
        header=("No", "Unsur", "NRR", "Rencana Tindak Lanjut", "Waktu", "Penanggung Jawab"),
        rows=rows,
        signer="head",
    )
    return b.build(title)


# -- more carriers for the service-quality types --------------------------------------------


@template("layanan_terpadu", "nota_dinas_integrasi_loket", "nota_dinas")
def lt_nota_dinas(b: DocBuilder) -> DocumentSpec:
    """Memo arranging for all services to be handled at one integrated front office."""
    title = c.nota_dinas(
        b,
        kepada=b.unit.head_short,
        dari=b.pick("Koordinator Pelayanan", "Kepala Seksi Pelayanan", "Kepala Subbagian Umum"),
        hal=b.pick(
            "Pengintegrasian Loket Layanan dalam Satu Ruang Pelayanan Terpadu",
            "Penataan Sarana Layanan Terpadu",
            "Usulan Penerapan Pelayanan Satu Pintu",
        ),
        topic="yan",
        body=[
            b.pf(
                "Dalam rangka mewujudkan sarana layanan terpadu/terintegrasi, kami usulkan agar seluruh "
                "jenis layanan {unit} dilayani melalui satu loket pelayanan terpadu (front office) "
                "dengan satu sistem antrean, sehingga {clients} tidak perlu berpindah ruangan."
            ),
            b.pick(
                f"Loket terpadu terhubung dengan aplikasi {b.app} sehingga berkas yang diterima di depan "
                "langsung diteruskan ke bidang teknis (back office).",
                "Penataan ini juga menyediakan ruang tunggu, ruang laktasi dan jalur bagi penyandang "
                "disabilitas dalam satu area pelayanan.",
            ),
        ],
        points=[f"{s}: dilayani pada loket terpadu {i}" for i, s in enumerate(b.unit.sector.services[:4], 1)],
    )
    return b.build(title)


@template("informasi_pelayanan", "papan_informasi_layanan", "pengumuman")
def info_papan(b: DocBuilder) -> DocumentSpec:
    """Text of the service information board: requirements, flow, time, fee and channels."""
    service = b.service
    b.kop(0.5)
    title = b.pick("INFORMASI PELAYANAN", "PAPAN INFORMASI PELAYANAN PUBLIK", "KETAHUI SEBELUM MENGURUS")
    b.title(title, service.upper())
    b.heading(b.pick("Persyaratan:", "Syarat yang harus dibawa:"))
    b.numbered(
        b.sample(
            [
                "Fotokopi KTP elektronik",
                "Fotokopi Kartu Keluarga",
                "Formulir permohonan yang telah diisi",
                "Surat pengantar dari desa/kelurahan",
                "Pas foto berwarna ukuran 3x4 sebanyak 2 lembar",
                "Dokumen asli untuk diverifikasi",
            ],
            4,
        ),
        "1.",
    )
    b.heading("Alur Pelayanan:")
    b.para("Ambil nomor antrean > Loket pendaftaran > Verifikasi berkas > Proses > Pengambilan hasil")
    b.kv(
        [
            ("Waktu Penyelesaian", b.pick("1 (satu) hari kerja", "60 menit", "3 (tiga) hari kerja")),
            ("Biaya/Tarif", b.pick("GRATIS", "Tidak dipungut biaya", "Sesuai Perda retribusi")),
            ("Jam Layanan", "Senin s.d. Kamis 08.00-15.00, Jumat 08.00-11.00"),
            (
                "Informasi dan Pengaduan",
                f"WhatsApp 08{b.rng.randint(11, 99)}-{b.rng.randint(1000, 9999)}-{b.rng.randint(1000, 9999)}",
            ),
            ("Diperbarui", b.eff()),
        ],
        layout="tabs",
    )
    b.para(
        b.pick(
            "Informasi ini juga tersedia di laman resmi, media sosial dan SIPPN.",
            "Scan kode QR untuk melihat informasi pelayanan lengkap di laman resmi.",
        )
    )
    return b.build(title)


@template("inovasi_pelayanan", "notulen_kompetisi_inovasi", "notulen")
def inovasi_notulen(b: DocBuilder) -> DocumentSpec:
    """Minutes of a meeting reviewing the unit's service innovation before it enters a competition."""
    short, long_ = b.rng.choice(_INNOVATIONS)
    title = c.notulen(
        b,
        rapat=b.pick(
            f"Rapat Pembahasan Inovasi Pelayanan {short}",
            "Rapat Evaluasi Penerapan Inovasi Pelayanan Publik",
            "Rapat Persiapan Kompetisi Inovasi Pelayanan Publik",
        ),
        agenda=[f"Capaian penerapan inovasi {short} ({long_})", "Replikasi dan keberlanjutan inovasi"],
        pembahasan=[
            f"Inovasi {short} telah diterapkan selama {b.rng.randint(6, 30)} bulan dan memangkas waktu "
            f"layanan dari {b.rng.randint(3, 7)} hari menjadi 1 hari.",
            "Data sebelum dan sesudah inovasi menunjukkan jumlah pengaduan menurun.",
            "Inovasi perlu didukung SK penetapan dan anggaran pemeliharaan agar berkelanjutan.",
        ],
        kesimpulan=[
            f"Inovasi {short} diusulkan mengikuti Kompetisi Inovasi Pelayanan Publik tahun {b.date.year}.",
            "Tim inovasi menyiapkan proposal, video dan data dukung.",
        ],
    )
    return b.build(title)


@template("penghargaan_sanksi", "berita_acara_kompensasi", "berita_acara")
def ps_berita_acara(b: DocBuilder) -> DocumentSpec:
    """Official record of compensation given to a service user after a service failure."""
    client = b.person("")
    title = c.berita_acara(
        b,
        about=b.pick("PEMBERIAN KOMPENSASI PELAYANAN", "PEMBERIAN KOMPENSASI KEPADA PENERIMA LAYANAN"),
        body=[
            b.pf(
                "Telah diberikan kompensasi kepada Saudara {name} selaku penerima layanan {service}, "
                "karena penyelesaian layanan melebihi waktu yang ditetapkan dalam standar pelayanan.",
                name=client.name,
            ),
            b.pick(
                "Bentuk kompensasi berupa pengantaran dokumen hasil layanan ke alamat penerima layanan "
                "tanpa biaya dan permohonan maaf tertulis.",
                "Bentuk kompensasi berupa voucher/bingkisan dan prioritas layanan pada permohonan "
                "berikutnya.",
            ),
            "Petugas yang lalai telah diberikan teguran lisan oleh atasan langsung sesuai ketentuan "
            "penghargaan dan sanksi bagi petugas layanan.",
        ],
    )
    return b.build(title)


@template("survei_kepuasan", "kuesioner_skm", "formulir")
def skm_kuesioner(b: DocBuilder) -> DocumentSpec:
    """A filled-in community satisfaction questionnaire (nine elements, scores 1-4)."""
    unsur = (
        "Persyaratan",
        "Sistem, Mekanisme, dan Prosedur",
        "Waktu Penyelesaian",
        "Biaya/Tarif",
        "Produk Spesifikasi Jenis Pelayanan",
        "Kompetensi Pelaksana",
        "Perilaku Pelaksana",
        "Penanganan Pengaduan, Saran dan Masukan",
        "Sarana dan Prasarana",
    )
    b.kop(0.6)
    title = b.pick(
        "KUESIONER SURVEI KEPUASAN MASYARAKAT (SKM)",
        "FORMULIR SURVEI KEPUASAN MASYARAKAT",
        "KUESIONER INDEKS KEPUASAN MASYARAKAT",
    )
    b.title(title, b.unit.full_name.upper())
    b.kv(
        [
            ("Tanggal Survei", b.eff()),
            ("Jenis Layanan", b.service),
            ("Umur", str(b.rng.randint(19, 66))),
            ("Jenis Kelamin", b.pick("L", "P")),
            ("Pendidikan", b.pick("SMA", "D3", "S1", "SMP")),
            ("Pekerjaan", b.pick("Wiraswasta", "Pegawai swasta", "Pelajar/Mahasiswa", "Lainnya")),
        ],
        layout="table",
    )
    b.para(
        "Berilah tanda pada jawaban yang sesuai (1 = tidak baik, 2 = kurang baik, 3 = baik, 4 = sangat baik)."
    )
    b.table(
        ("No", "Unsur Pelayanan", "Nilai"),
        [(f"U{i}", u, str(b.rng.randint(2, 4))) for i, u in enumerate(unsur, 1)],
    )
    b.para(
        "Saran dan masukan: "
        + b.pick("Ruang tunggu diperluas.", "Petugas ramah, pertahankan.", "Antrean daring dipercepat.", "-")
    )
    b.para(b.pick("Terima kasih atas partisipasi Anda.", "Identitas responden dirahasiakan."))
    return b.build(title)


@template("standar_pelayanan", "undangan_forum_konsultasi_publik", "undangan")
def sp_undangan_fkp(b: DocBuilder) -> DocumentSpec:
    """Invitation to the public consultation forum that drafts or reviews the service standard."""
    title = c.undangan(
        b,
        hal=b.pick(
            "Undangan Forum Konsultasi Publik Penyusunan Standar Pelayanan",
            "Undangan Forum Konsultasi Publik Reviu Standar Pelayanan",
        ),
        purpose=b.pf(
            "penyusunan dan reviu standar pelayanan {unit} dengan melibatkan masyarakat dan pemangku "
            "kepentingan sesuai ketentuan tentang pedoman standar pelayanan"
        ),
        acara=b.pick(
            "Forum Konsultasi Publik (FKP) rancangan standar pelayanan",
            "Pembahasan komponen standar pelayanan: persyaratan, prosedur, waktu, biaya dan produk layanan",
        ),
        kepada=b.pick(
            "Tokoh masyarakat, perwakilan pengguna layanan dan mitra kerja (daftar terlampir)",
            "Bapak/Ibu perwakilan masyarakat pengguna layanan",
        ),
        topic="yan",
    )
    return b.build(title)


@template("pelayanan_prima", "jadwal_pelatihan_pelayanan_prima", "rekap")
def prima_jadwal(b: DocBuilder) -> DocumentSpec:
    """Schedule of recurring service-excellence training for front-line staff, with attendance."""
    topics = (
        "Etika dan komunikasi dengan pengguna layanan",
        "Penerapan 5S (senyum, salam, sapa, sopan, santun)",
        "Menangani pengguna layanan yang komplain",
        "Pelayanan ramah disabilitas dan kelompok rentan",
        "Standar penampilan petugas front office",
    )
    rows = [
        (
            str(i),
            format_long(d),
            b.pick(*topics),
            b.pick("Internal", "Narasumber Ombudsman", "Widyaiswara"),
            str(b.rng.randint(8, 30)),
        )
        for i, d in enumerate(sorted(b.earlier(5, 300) for _ in range(b.rng.randint(4, 7))), 1)
    ]
    title = c.rekap(
        b,
        title_lines=[
            b.pick(
                "JADWAL DAN REALISASI PELATIHAN PELAYANAN PRIMA",
                "REKAP KEGIATAN PENINGKATAN KOMPETENSI PELAYANAN PRIMA PETUGAS LAYANAN",
            ),
            f"{b.unit.full_name.upper()} TAHUN {b.date.year}",
        ],
        header=("No", "Tanggal", "Materi", "Narasumber", "Jumlah Petugas"),
        rows=rows,
        intro="Pelatihan budaya pelayanan prima dilaksanakan terjadwal dan berkelanjutan bagi seluruh "
        "petugas/pelaksana layanan.",
    )
    return b.build(title)
