"""Area V, Penguatan Pengawasan: gratification, SPIP, complaints, WBS, conflicts of interest."""

from __future__ import annotations

import datetime as dt
import logging

from sample_docs.dates import DateStyle, format_long, roman
from sample_docs.spec import DocumentSpec
from sample_docs.templates import carriers as c
from sample_docs.templates.base import DocBuilder, template
from sample_docs.templates.common import cite_period, earlier_dates, member_rows, pct, report_quarter, rupiah

log = logging.getLogger(__name__)

GRAT_KEYS = ("uu31_1999", "uu30_2002", "perkpk2_2019")
SPIP_KEYS = ("pp60_2008",)
ADUAN_KEYS = ("uu25_2009", "permenpan62_2018")


def _semester(b: DocBuilder) -> tuple[int, str, dt.date, dt.date]:
    """Return the half-year a report dated on the effective date covers."""
    if b.date.month >= 7:
        return b.date.year, "I", dt.date(b.date.year, 1, 1), dt.date(b.date.year, 6, 30)
    return b.date.year - 1, "II", dt.date(b.date.year - 1, 7, 1), dt.date(b.date.year - 1, 12, 31)


# -- kampanye_gratifikasi ------------------------------------------------------------------


@template("kampanye_gratifikasi", "laporan_public_campaign", "laporan")
def kampanye_laporan(b: DocBuilder) -> DocumentSpec:
    """Report on public campaigns about gratification control."""
    title = c.report_cover(
        b,
        [
            b.pick("LAPORAN PELAKSANAAN PUBLIC CAMPAIGN", "LAPORAN KAMPANYE"),
            "PENGENDALIAN GRATIFIKASI",
            f"TAHUN {b.date.year}",
        ],
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Public campaign pengendalian gratifikasi dilaksanakan secara berkala untuk "
                "menyampaikan kepada pegawai dan {clients} bahwa seluruh layanan {unit} tidak dipungut "
                "biaya di luar ketentuan dan pegawai dilarang menerima gratifikasi."
            )
        ],
        legal_keys=GRAT_KEYS,
        purpose=[
            "Meningkatkan kesadaran pegawai dan masyarakat tentang larangan gratifikasi.",
            "Mendorong pelaporan gratifikasi.",
        ],
    )
    c.chapter(b, "Pelaksanaan Public Campaign")
    dates = earlier_dates(b, b.rng.randint(4, 7), 170)
    media = (
        "Spanduk di ruang pelayanan",
        "Banner digital di laman resmi",
        "Unggahan Instagram",
        "Video pendek di media sosial",
        "Stiker di loket layanan",
        "Pengumuman melalui pengeras suara",
        "Leaflet untuk pengguna layanan",
    )
    messages = (
        "Kami menolak gratifikasi",
        "Layanan gratis tanpa imbalan",
        "Tolak suap dan pungli",
        "Laporkan gratifikasi melalui UPG",
        "Berani jujur hebat",
    )
    rows = [(str(i), format_long(d), b.pick(*media), b.pick(*messages)) for i, d in enumerate(dates, 1)]
    b.table(("No", "Tanggal", "Media", "Pesan Kampanye"), rows)
    c.report_close(
        b,
        conclusions=[
            "Public campaign pengendalian gratifikasi telah dilaksanakan secara berkala melalui "
            "berbagai media."
        ],
        signer=b.pick("head", "team"),
    )
    return b.build(title)


@template("kampanye_gratifikasi", "undangan_sosialisasi_gratifikasi", "undangan")
def kampanye_undangan(b: DocBuilder) -> DocumentSpec:
    """Invitation to a session on gratification control."""
    title = c.undangan(
        b,
        hal=b.pick(
            "Undangan Sosialisasi Pengendalian Gratifikasi",
            "Undangan Sosialisasi Anti Gratifikasi dan Pungli",
        ),
        purpose="sosialisasi pengendalian gratifikasi dan pencegahan pungutan liar",
        acara=b.pick(
            "Sosialisasi pengendalian gratifikasi",
            "Sosialisasi larangan gratifikasi dan tata cara pelaporannya",
        ),
        topic="awas",
        ref_letter=(b.unit.inspectorate, "Fasilitasi Narasumber Sosialisasi Pengendalian Gratifikasi")
        if b.maybe(0.4)
        else None,
    )
    return b.build(title)


@template("kampanye_gratifikasi", "daftar_hadir_gratifikasi", "daftar_hadir")
def kampanye_daftar_hadir(b: DocBuilder) -> DocumentSpec:
    """Attendance list of a gratification control session."""
    title = c.daftar_hadir(
        b,
        kegiatan=b.pick(
            "Sosialisasi Pengendalian Gratifikasi",
            "Sosialisasi Anti Gratifikasi bagi Pegawai dan Petugas Layanan",
        ),
    )
    return b.build(title)


@template("kampanye_gratifikasi", "surat_edaran_hari_raya", "surat_edaran")
def kampanye_surat_edaran(b: DocBuilder) -> DocumentSpec:
    """Circular warning staff against gratification around holidays."""
    holiday = b.pick("Hari Raya Idul Fitri", "Hari Raya Natal dan Tahun Baru", "Hari Raya Keagamaan")
    ref = b.earlier(3, 20)
    ref_no = f"{b.rng.randint(100, 2500)}/GTF.00.02/01/{ref.month:02d}/{ref.year}"
    title = c.surat_edaran(
        b,
        subject=f"PENCEGAHAN DAN PENGENDALIAN GRATIFIKASI TERKAIT {holiday.upper()}",
        kepada=f"Seluruh Pegawai {b.unit.full_name}",
        background=[
            f"Menindaklanjuti Surat Edaran Komisi Pemberantasan Korupsi Nomor {ref_no} tanggal "
            f"{b.cite(ref)} tentang Pencegahan Korupsi dan Pengendalian Gratifikasi terkait {holiday}, "
            "dengan ini disampaikan hal-hal sebagai berikut."
        ],
        legal_keys=GRAT_KEYS,
        points=[
            "pegawai dilarang meminta dan/atau menerima gratifikasi yang berhubungan dengan jabatan "
            "dan berlawanan dengan kewajiban atau tugasnya;",
            "pegawai dilarang menggunakan fasilitas dinas untuk kepentingan pribadi;",
            "apabila menerima gratifikasi yang tidak dapat ditolak, wajib melaporkan kepada Unit "
            "Pengendalian Gratifikasi atau KPK paling lambat 30 (tiga puluh) hari kerja;",
            "pelaporan dapat dilakukan melalui aplikasi GOL KPK (gol.kpk.go.id).",
        ],
    )
    return b.build(title)


# -- laporan_gratifikasi -------------------------------------------------------------------

_GIFTS = (
    ("Parsel makanan dan minuman", 350_000),
    ("Uang tunai dalam amplop", 500_000),
    ("Karangan bunga", 750_000),
    ("Bingkisan batik", 400_000),
    ("Voucher belanja", 1_000_000),
    ("Kue dan buah", 250_000),
)


@template("laporan_gratifikasi", "formulir_laporan", "formulir")
def gratifikasi_formulir(b: DocBuilder) -> DocumentSpec:
    """Individual gratification report form (Peraturan KPK 2/2019 contents)."""
    person = b.person(b.pick(*(b.unit.sector.staff_positions or ("Penata Layanan Operasional",))))
    received = b.earlier(1, 25)
    gift, value = b.rng.choice(_GIFTS)
    # NIK: province, regency, district codes, birth date (day +40 for women), sequence.
    region = f"{b.rng.randint(31, 76)}{b.rng.randint(1, 79):02d}{b.rng.randint(1, 40):02d}"
    day = person.birth_date.day + (40 if person.sex == "P" else 0)
    nik = f"{region}{day:02d}{person.birth_date:%m%y}{b.rng.randint(1, 9999):04d}"
    giver = b.pick(
        "Pengguna layanan",
        "Rekanan penyedia barang/jasa",
        "Keluarga pasien",
        "Warga pemohon layanan",
        "Mitra kerja",
    )
    sections = [
        (
            "A. Identitas Penerima",
            [
                ("Nama", person.name),
                ("NIK", nik),
                ("NIP", b.nip(person)),
                ("Jabatan", person.position),
                ("Instansi", b.unit.full_name),
                ("Nomor Telepon", f"08{b.rng.randint(11, 59)}{b.rng.randint(10000000, 99999999)}"),
            ],
        ),
        (
            "B. Data Penerimaan Gratifikasi",
            [
                ("Jenis Penerimaan", gift),
                ("Nilai/Taksiran", rupiah(value)),
                ("Tanggal Penerimaan", b.cite(received, DateStyle.LONG)),
                (
                    "Tempat Penerimaan",
                    b.pick(f"Kantor {b.unit.full_name}", "Ruang pelayanan", "Rumah pelapor"),
                ),
                (
                    "Peristiwa Terkait",
                    b.pick("Setelah selesai pelayanan", "Menjelang hari raya", "Acara pernikahan pelapor"),
                ),
            ],
        ),
        (
            "C. Identitas Pemberi",
            [("Nama", b.person().name.split(",")[0]), ("Hubungan dengan Pemberi", giver)],
        ),
        (
            "D. Kronologi",
            [
                (
                    "",
                    f"Pada tanggal {format_long(received)} pelapor menerima {gift.lower()} dari "
                    f"{giver.lower()} yang tidak dapat ditolak karena pemberi langsung meninggalkan "
                    "tempat. Barang tersebut diserahkan kepada Unit Pengendalian Gratifikasi.",
                )
            ],
        ),
    ]
    title = c.formulir(
        b,
        title_lines=[
            b.pick("FORMULIR LAPORAN GRATIFIKASI", "FORMULIR PELAPORAN PENERIMAAN GRATIFIKASI"),
            "UNIT PENGENDALIAN GRATIFIKASI",
        ],
        sections=sections,
        declaration="Laporan ini saya sampaikan dengan sebenar-benarnya dan saya bersedia memberikan "
        "keterangan "
        "lebih lanjut apabila diperlukan.",
        signer_person=person,
    )
    return b.build(title)


@template("laporan_gratifikasi", "rekap_upg", "rekap")
def gratifikasi_rekap(b: DocBuilder) -> DocumentSpec:
    """UPG recap of gratification reports (penerimaan, penolakan …) and follow-up."""
    year, sem, start, end = _semester(b)
    dates = earlier_dates(b, b.rng.randint(3, 7), 160)
    rows = []
    for i, d in enumerate(dates, 1):
        gift, value = b.rng.choice(_GIFTS)
        rows.append(
            (
                str(i),
                format_long(d),
                b.pick("Penerimaan", "Penolakan", "Penerimaan"),
                b.pick(*(b.unit.sector.staff_positions or ("Pelaksana",))),
                gift,
                rupiah(value),
                b.pick(
                    "Ditetapkan milik negara",
                    "Ditetapkan milik penerima",
                    "Diserahkan ke panti sosial",
                    "Dalam proses di KPK",
                ),
            )
        )
    title = c.rekap(
        b,
        title_lines=[
            "LAPORAN REKAPITULASI DAN TINDAK LANJUT PELAPORAN",
            "PENERIMAAN, PENOLAKAN, PEMBERIAN DAN PERMINTAAN GRATIFIKASI",
            f"SEMESTER {sem} TAHUN {year}",
        ],
        intro="Rekapitulasi laporan gratifikasi yang diterima Unit Pengendalian Gratifikasi "
        f"{b.unit.full_name} periode {cite_period(b, start, end)}:",
        header=(
            "No",
            "Tanggal Lapor",
            "Jenis Laporan",
            "Jabatan Pelapor",
            "Objek Gratifikasi",
            "Nilai",
            "Tindak Lanjut",
        ),
        rows=rows,
        signer=b.pick("team", "head"),
    )
    return b.build(title)


@template("laporan_gratifikasi", "sk_upg", "sk")
def gratifikasi_sk_upg(b: DocBuilder) -> DocumentSpec:
    """Decree forming the gratification control unit (UPG)."""
    people = b.staff(b.rng.randint(4, 6))
    roles = ["Ketua", "Sekretaris"] + ["Anggota"] * (len(people) - 2)
    title = c.sk(
        b,
        subject=b.pick(
            f"PEMBENTUKAN UNIT PENGENDALIAN GRATIFIKASI {b.unit.full_name.upper()}",
            "UNIT PENGENDALIAN GRATIFIKASI",
        ),
        menimbang=[
            "bahwa dalam rangka mewujudkan pemerintahan yang bersih dan bebas dari korupsi, kolusi dan "
            "nepotisme perlu dilakukan pengendalian gratifikasi secara terpadu;",
            "bahwa untuk melaksanakan pengendalian gratifikasi perlu membentuk Unit Pengendalian "
            "Gratifikasi;",
        ],
        mengingat_keys=GRAT_KEYS,
        diktum=[
            "Membentuk Unit Pengendalian Gratifikasi dengan susunan keanggotaan sebagaimana tercantum "
            "dalam Lampiran Keputusan ini.",
            "Unit Pengendalian Gratifikasi bertugas menerima, menganalisis dan meneruskan laporan "
            "gratifikasi kepada KPK, melaksanakan sosialisasi serta menyampaikan rekapitulasi laporan "
            "secara berkala.",
        ],
        lampiran=(
            "SUSUNAN UNIT PENGENDALIAN GRATIFIKASI",
            ("No", "Nama", "NIP", "Jabatan", "Kedudukan"),
            member_rows(b, people, roles),
        ),
    )
    return b.build(title)


@template("laporan_gratifikasi", "laporan_upg", "laporan")
def gratifikasi_laporan_upg(b: DocBuilder) -> DocumentSpec:
    """Half-year activity report of the gratification control unit."""
    year, sem, start, end = _semester(b)
    title = c.report_cover(
        b, ["LAPORAN PELAKSANAAN TUGAS", "UNIT PENGENDALIAN GRATIFIKASI", f"SEMESTER {sem} TAHUN {year}"]
    )
    c.report_intro(
        b,
        background=[
            f"Laporan ini memuat pelaksanaan tugas Unit Pengendalian Gratifikasi {b.unit.full_name} "
            f"periode {cite_period(b, start, end)}."
        ],
        legal_keys=GRAT_KEYS,
    )
    c.chapter(b, "Pelaksanaan Pengendalian Gratifikasi")
    b.kv(
        [
            ("Laporan penerimaan", str(b.rng.randint(0, 6))),
            ("Laporan penolakan", str(b.rng.randint(0, 4))),
            ("Diteruskan ke KPK", str(b.rng.randint(0, 3))),
            ("Kegiatan sosialisasi", str(b.rng.randint(1, 4))),
        ]
    )
    c.report_close(
        b,
        conclusions=["Pengendalian gratifikasi telah menjadi bagian dari prosedur pelayanan."],
        suggestions=["Meningkatkan pelaporan melalui aplikasi GOL KPK."],
    )
    return b.build(title)


# -- spip ----------------------------------------------------------------------------------


@template("spip", "sk_satgas_spip", "sk")
def spip_sk(b: DocBuilder) -> DocumentSpec:
    """Decree forming the SPIP task force."""
    people = b.staff(b.rng.randint(4, 7))
    roles = ["Ketua", "Sekretaris"] + ["Anggota"] * (len(people) - 2)
    title = c.sk(
        b,
        subject=b.pick(
            f"SATUAN TUGAS PENYELENGGARAAN SISTEM PENGENDALIAN INTERN PEMERINTAH {b.unit.full_name.upper()}",
            "PEMBENTUKAN TIM PENYELENGGARA SPIP DAN MANAJEMEN RISIKO",
        ),
        menimbang=[
            "bahwa untuk mencapai pengelolaan keuangan yang efektif, efisien, transparan dan "
            "akuntabel, setiap instansi wajib menyelenggarakan Sistem Pengendalian Intern Pemerintah;",
            "bahwa untuk efektivitas penyelenggaraan SPIP perlu membentuk Satuan Tugas Penyelenggaraan SPIP;",
        ],
        mengingat_keys=SPIP_KEYS + ("uu23_2014",) if b.unit.is_pemda else SPIP_KEYS,
        diktum=[
            "Membentuk Satuan Tugas Penyelenggaraan SPIP dengan susunan sebagaimana tercantum dalam "
            "Lampiran Keputusan ini.",
            "Satuan Tugas bertugas membangun lingkungan pengendalian, melakukan penilaian risiko, "
            "menyusun rencana tindak pengendalian dan memantau pelaksanaannya.",
        ],
        lampiran=(
            "SUSUNAN SATUAN TUGAS SPIP",
            ("No", "Nama", "NIP", "Jabatan", "Kedudukan"),
            member_rows(b, people, roles),
        ),
    )
    return b.build(title)


def _risk_rows(b: DocBuilder) -> list[tuple[str, ...]]:
    risks = (
        (
            "Layanan melebihi waktu standar",
            "Jumlah petugas terbatas",
            "Keluhan {clients}",
            "Penambahan petugas loket pada jam sibuk",
        ),
        (
            "Penyalahgunaan wewenang dalam pelayanan",
            "Pengawasan atasan belum optimal",
            "Turunnya kepercayaan publik",
            "Supervisi berkala dan CCTV",
        ),
        ("Data layanan hilang", "Belum ada cadangan data", "Layanan terhenti", "Pencadangan data harian"),
        (
            "Pungutan di luar ketentuan",
            "Interaksi langsung petugas dan pemohon",
            "Pelanggaran integritas",
            "Pembayaran non tunai dan maklumat",
        ),
        (
            "Keterlambatan pelaporan keuangan",
            "Dokumen pertanggungjawaban terlambat",
            "Opini audit",
            "Jadwal tutup buku bulanan",
        ),
    )
    rows: list[tuple[str, ...]] = []
    for i, (risk, cause, impact, control) in enumerate(b.sample(risks, b.rng.randint(3, 5)), 1):
        likelihood, severity = b.rng.randint(2, 5), b.rng.randint(2, 5)
        level = likelihood * severity
        rows.append(
            (
                str(i),
                risk,
                cause,
                b.f(impact),
                str(likelihood),
                str(severity),
                f"{level} ({'Tinggi' if level >= 15 else 'Sedang' if level >= 8 else 'Rendah'})",
                control,
            )
        )
    return rows


@template("spip", "register_risiko", "rekap")
def spip_register(b: DocBuilder) -> DocumentSpec:
    """Risk register with likelihood, impact and control plans."""
    title = c.rekap(
        b,
        title_lines=[
            b.pick("REGISTER RISIKO", "DAFTAR RISIKO DAN RENCANA TINDAK PENGENDALIAN"),
            f"{b.unit.full_name.upper()} TAHUN {b.date.year}",
        ],
        intro="Identifikasi dan penilaian risiko dilakukan atas sasaran dan kegiatan utama dengan skala "
        "kemungkinan dan dampak 1 sampai dengan 5.",
        header=(
            "No",
            "Risiko",
            "Penyebab",
            "Dampak",
            "K",
            "D",
            "Level Risiko",
            "Rencana Tindak Pengendalian",
        ),
        rows=_risk_rows(b),
        notes=["K = kemungkinan, D = dampak."],
        signer="head",
    )
    return b.build(title)


@template("spip", "laporan_rtp", "laporan")
def spip_laporan(b: DocBuilder) -> DocumentSpec:
    """Report on the control actions taken against identified risks."""
    year, q, start, end = report_quarter(b)
    title = c.report_cover(
        b,
        [
            "LAPORAN PELAKSANAAN RENCANA TINDAK PENGENDALIAN",
            f"SISTEM PENGENDALIAN INTERN PEMERINTAH TRIWULAN {roman(q)} TAHUN {year}",
        ],
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Laporan ini menyajikan pelaksanaan rencana tindak pengendalian atas risiko yang telah "
                "diidentifikasi dalam register risiko {unit}."
            ),
            f"Periode {cite_period(b, start, end)}.",
        ],
        legal_keys=SPIP_KEYS,
    )
    c.chapter(b, "Pelaksanaan Pengendalian")
    rows = [
        (
            r[0],
            r[1],
            r[7],
            b.pick("Terlaksana", "Terlaksana sebagian", "Terlaksana"),
            b.pick("Risiko menurun", "Tidak terjadi kejadian risiko", "Masih dipantau"),
        )
        for r in _risk_rows(b)
    ]
    b.table(("No", "Risiko", "Rencana Tindak Pengendalian", "Realisasi", "Hasil"), rows)
    c.report_close(
        b,
        conclusions=[
            "Rencana tindak pengendalian telah dilaksanakan sesuai jadwal.",
            "SPI telah dikomunikasikan kepada seluruh pegawai.",
        ],
        signer=b.pick("team", "head"),
    )
    return b.build(title)


# -- pengaduan_masyarakat ------------------------------------------------------------------


@template("pengaduan_masyarakat", "rekap_pengaduan", "rekap")
def aduan_rekap(b: DocBuilder) -> DocumentSpec:
    """Monthly recap of public complaints and their follow-up."""
    dates = earlier_dates(b, b.rng.randint(4, 8), 60)
    subjects = (
        "Antrean layanan terlalu lama",
        "Petugas kurang ramah",
        "Informasi persyaratan tidak jelas",
        "Fasilitas ruang tunggu kurang nyaman",
        "Aplikasi {app} tidak dapat diakses",
        "Jadwal layanan tidak sesuai pengumuman",
    )
    rows = [
        (
            str(i),
            format_long(d),
            b.pick("SP4N-LAPOR!", "WhatsApp pengaduan", "Kotak saran", "Langsung", "Instagram"),
            b.f(b.pick(*subjects)),
            b.pick("Sudah ditindaklanjuti", "Selesai", "Dalam proses"),
        )
        for i, d in enumerate(dates, 1)
    ]
    month = format_long(b.date.replace(day=1) - dt.timedelta(days=1)).split(" ", 1)[1]
    title = c.rekap(
        b,
        title_lines=["REKAPITULASI PENGADUAN MASYARAKAT", f"BULAN {month.upper()}", b.unit.full_name.upper()],
        header=("No", "Tanggal", "Kanal", "Uraian Pengaduan", "Status Tindak Lanjut"),
        rows=rows,
        signer=b.pick("maker", "head"),
    )
    return b.build(title)


@template("pengaduan_masyarakat", "sk_pengelola_pengaduan", "sk")
def aduan_sk(b: DocBuilder) -> DocumentSpec:
    """Decree appointing complaint handlers and SP4N-LAPOR! administrators."""
    people = b.staff(b.rng.randint(3, 6))
    roles = ["Penanggung Jawab", "Admin SP4N-LAPOR!"] + ["Petugas Pengelola Pengaduan"] * (len(people) - 2)
    title = c.sk(
        b,
        subject=b.pick(
            f"PETUGAS PENGELOLA PENGADUAN PELAYANAN PUBLIK {b.unit.full_name.upper()}",
            "PENUNJUKAN PENGELOLA SP4N-LAPOR! DAN PENANGANAN PENGADUAN MASYARAKAT",
        ),
        menimbang=[
            b.pf(
                "bahwa dalam rangka meningkatkan kualitas pelayanan kepada {clients}, setiap pengaduan "
                "perlu dikelola secara cepat, tepat dan tuntas;"
            ),
            "bahwa untuk itu perlu menunjuk petugas pengelola pengaduan yang terintegrasi dengan "
            "SP4N-LAPOR!;",
        ],
        mengingat_keys=ADUAN_KEYS,
        diktum=[
            "Menunjuk pegawai sebagaimana tercantum dalam Lampiran Keputusan ini sebagai Petugas "
            "Pengelola Pengaduan.",
            "Petugas Pengelola Pengaduan bertugas menerima, mencatat, meneruskan dan memantau tindak "
            "lanjut pengaduan serta melaporkannya setiap bulan.",
        ],
        lampiran=(
            "SUSUNAN PETUGAS PENGELOLA PENGADUAN",
            ("No", "Nama", "NIP", "Jabatan", "Tugas"),
            member_rows(b, people, roles),
        ),
    )
    return b.build(title)


@template("pengaduan_masyarakat", "laporan_monev_pengaduan", "laporan")
def aduan_laporan(b: DocBuilder) -> DocumentSpec:
    """Report monitoring and evaluating complaint handling."""
    year, q, start, end = report_quarter(b)
    title = c.report_cover(
        b,
        [
            "LAPORAN MONITORING DAN EVALUASI",
            "PENANGANAN PENGADUAN MASYARAKAT",
            f"TRIWULAN {roman(q)} TAHUN {year}",
        ],
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Monitoring dan evaluasi penanganan pengaduan dilakukan untuk memastikan setiap "
                "pengaduan {clients} yang masuk melalui berbagai kanal ditindaklanjuti sesuai standar "
                "waktu."
            ),
            f"Periode {cite_period(b, start, end)}.",
        ],
        legal_keys=ADUAN_KEYS,
    )
    c.chapter(b, "Hasil Monitoring")
    channels = ("SP4N-LAPOR!", "WhatsApp", "Kotak saran", "Langsung", "Media sosial")
    rows = []
    for i, ch in enumerate(channels, 1):
        n = b.rng.randint(0, 15)
        done = n - b.rng.randint(0, min(2, n))
        rows.append((str(i), ch, str(n), str(done), str(n - done)))
    b.table(("No", "Kanal", "Jumlah Pengaduan", "Selesai", "Dalam Proses"), rows)
    c.report_close(
        b,
        conclusions=[f"Persentase penyelesaian pengaduan sebesar {pct(b, 85, 100)}."],
        suggestions=["Hasil evaluasi ditindaklanjuti dengan perbaikan prosedur layanan."],
    )
    return b.build(title)


# -- wbs -----------------------------------------------------------------------------------


@template("wbs", "sk_tim_wbs", "sk")
def wbs_sk(b: DocBuilder) -> DocumentSpec:
    """Decree forming the whistle-blowing system team."""
    people = b.staff(b.rng.randint(3, 6))
    roles = ["Ketua", "Sekretaris"] + ["Anggota"] * (len(people) - 2)
    title = c.sk(
        b,
        subject=b.pick(
            f"TIM PENGELOLA WHISTLE BLOWING SYSTEM {b.unit.full_name.upper()}",
            "PENERAPAN SISTEM PENANGANAN PENGADUAN PELANGGARAN (WHISTLE BLOWING SYSTEM)",
        ),
        menimbang=[
            "bahwa dalam rangka pencegahan dan pemberantasan korupsi diperlukan sarana bagi pegawai "
            "dan masyarakat untuk melaporkan dugaan pelanggaran secara rahasia;",
            "bahwa untuk itu perlu menerapkan Whistle Blowing System dan membentuk tim pengelolanya;",
        ],
        mengingat_keys=("uu28_1999", "uu31_1999", "permenpan90_2021"),
        diktum=[
            "Membentuk Tim Pengelola Whistle Blowing System dengan susunan sebagaimana tercantum dalam "
            "Lampiran Keputusan ini.",
            "Tim menjamin kerahasiaan identitas pelapor, menelaah setiap laporan dugaan pelanggaran "
            "dan melaporkan hasilnya kepada pimpinan.",
        ],
        lampiran=(
            "SUSUNAN TIM PENGELOLA WHISTLE BLOWING SYSTEM",
            ("No", "Nama", "NIP", "Jabatan", "Kedudukan"),
            member_rows(b, people, roles),
        ),
    )
    return b.build(title)


@template("wbs", "laporan_evaluasi_wbs", "laporan")
def wbs_laporan(b: DocBuilder) -> DocumentSpec:
    """Report evaluating the whistle-blowing system and its follow-up."""
    year, sem, start, end = _semester(b)
    title = c.report_cover(
        b, ["LAPORAN EVALUASI PENERAPAN", "WHISTLE BLOWING SYSTEM", f"SEMESTER {sem} TAHUN {year}"]
    )
    c.report_intro(
        b,
        background=[
            "Evaluasi penerapan Whistle Blowing System dilakukan terhadap laporan dugaan pelanggaran "
            f"yang diterima periode {cite_period(b, start, end)}."
        ],
        legal_keys=("uu28_1999", "permenpan90_2021"),
    )
    c.chapter(b, "Hasil Evaluasi")
    b.kv(
        [
            ("Jumlah laporan masuk", str(b.rng.randint(0, 5))),
            ("Laporan memenuhi syarat", str(b.rng.randint(0, 3))),
            ("Ditindaklanjuti", str(b.rng.randint(0, 3))),
            (
                "Kanal pelaporan",
                b.pick("Aplikasi WBS, surel dan kotak pengaduan", "Aplikasi WBS dan WhatsApp"),
            ),
        ]
    )
    b.para("Kendala yang ditemukan adalah masih rendahnya pemahaman pegawai tentang perlindungan pelapor.")
    c.report_close(
        b,
        conclusions=["Whistle Blowing System telah diterapkan dan dievaluasi secara berkala."],
        suggestions=[
            "Sosialisasi ulang tentang kerahasiaan pelapor.",
            "Hasil evaluasi ditindaklanjuti dengan perbaikan kanal pelaporan.",
        ],
    )
    return b.build(title)


@template("wbs", "surat_edaran_wbs", "surat_edaran")
def wbs_se(b: DocBuilder) -> DocumentSpec:
    """Circular on using the whistle-blowing system."""
    title = c.surat_edaran(
        b,
        subject="PENERAPAN WHISTLE BLOWING SYSTEM",
        kepada=f"Seluruh Pegawai {b.unit.full_name}",
        background=[
            "Dalam rangka membangun budaya integritas, setiap pegawai yang mengetahui dugaan "
            "pelanggaran dapat melaporkannya melalui Whistle Blowing System."
        ],
        points=[
            "laporan dapat disampaikan melalui aplikasi WBS, surel atau kotak pengaduan khusus;",
            "identitas pelapor dijamin kerahasiaannya;",
            "laporan memuat uraian perbuatan, waktu, tempat dan pihak yang terlibat;",
            "pelapor yang beritikad baik mendapat perlindungan dari pimpinan.",
        ],
    )
    return b.build(title)


# -- benturan_kepentingan ------------------------------------------------------------------


@template("benturan_kepentingan", "peta_benturan_kepentingan", "rekap")
def bk_peta(b: DocBuilder) -> DocumentSpec:
    """Map of potential conflicts of interest in the main duties."""
    rows = []
    potentials = (
        "Hubungan keluarga dengan pemohon",
        "Penerimaan hadiah dari pengguna layanan",
        "Rangkap jabatan",
        "Kepentingan pribadi dalam pengadaan",
        "Penggunaan aset dinas untuk kepentingan pribadi",
    )
    for i, service in enumerate(b.sample(b.unit.sector.services, b.rng.randint(3, 5)), 1):
        rows.append(
            (
                str(i),
                service,
                b.pick(*potentials),
                b.pick("Petugas layanan", "Pejabat penandatangan", "Verifikator"),
                b.pick(
                    "Penugasan petugas lain",
                    "Pernyataan bebas benturan kepentingan",
                    "Pelayanan daring tanpa tatap muka",
                    "Pelaporan kepada atasan",
                ),
            )
        )
    title = c.rekap(
        b,
        title_lines=[
            "IDENTIFIKASI DAN PEMETAAN POTENSI BENTURAN KEPENTINGAN",
            f"{b.unit.full_name.upper()} TAHUN {b.date.year}",
        ],
        header=("No", "Tugas/Layanan", "Potensi Benturan Kepentingan", "Pihak Terkait", "Pengendalian"),
        rows=rows,
        signer="head",
    )
    return b.build(title)


@template("benturan_kepentingan", "surat_pernyataan_bk", "formulir")
def bk_pernyataan(b: DocBuilder) -> DocumentSpec:
    """Individual statement of having no conflict of interest."""
    person = b.person(b.pick(*(b.unit.sector.staff_positions or ("Penata Layanan Operasional",))))
    b.kop(0.5)
    title = b.pick(
        "SURAT PERNYATAAN BEBAS BENTURAN KEPENTINGAN", "SURAT PERNYATAAN TIDAK MEMILIKI BENTURAN KEPENTINGAN"
    )
    b.title(title, underline=b.maybe(0.5))
    b.para("Yang bertanda tangan di bawah ini:", align="left")
    b.kv(
        [
            ("Nama", person.name),
            ("NIP", b.nip(person)),
            ("Jabatan", person.position),
            ("Unit Kerja", b.unit.full_name),
        ]
    )
    b.para("Dengan ini menyatakan bahwa:", align="left")
    b.numbered(
        [
            "Saya tidak memiliki benturan kepentingan dalam melaksanakan tugas dan jabatan saya;",
            "Apabila di kemudian hari terdapat benturan kepentingan, saya akan melaporkannya kepada "
            "atasan langsung dan tidak terlibat dalam pengambilan keputusan terkait;",
            "Saya bersedia menerima sanksi sesuai ketentuan apabila melanggar pernyataan ini.",
        ]
    )
    b.add(b.sign_letter(person=person, position="Yang membuat pernyataan"))
    return b.build(title)


@template("benturan_kepentingan", "laporan_evaluasi_bk", "laporan")
def bk_laporan(b: DocBuilder) -> DocumentSpec:
    """Report evaluating how conflicts of interest were handled."""
    year, sem, start, end = _semester(b)
    title = c.report_cover(
        b,
        ["LAPORAN EVALUASI PENANGANAN BENTURAN KEPENTINGAN", f"SEMESTER {sem} TAHUN {year}"],
        cover_page=False,
        with_kop=0.85,
    )
    c.report_intro(
        b,
        background=[
            f"Evaluasi penanganan benturan kepentingan periode {cite_period(b, start, end)} dilakukan "
            "atas hasil pemetaan potensi benturan kepentingan dan pelaksanaan pengendaliannya."
        ],
        legal_keys=("permenpan37_2012",),
    )
    c.chapter(b, "Hasil Evaluasi")
    b.kv(
        [
            ("Potensi BK teridentifikasi", str(b.rng.randint(3, 12))),
            ("Telah dikendalikan", str(b.rng.randint(2, 10))),
            ("Laporan BK dari pegawai", str(b.rng.randint(0, 3))),
            ("Pegawai menandatangani pernyataan", pct(b, 90, 100)),
        ]
    )
    c.report_close(
        b,
        conclusions=["Penanganan benturan kepentingan telah diimplementasikan pada seluruh layanan."],
        suggestions=["Hasil evaluasi ditindaklanjuti dengan pemutakhiran peta benturan kepentingan."],
    )
    return b.build(title)


@template("benturan_kepentingan", "notulen_internalisasi_bk", "notulen")
def bk_notulen(b: DocBuilder) -> DocumentSpec:
    """Minutes of a session internalising conflict-of-interest handling."""
    title = c.notulen(
        b,
        rapat=b.pick(
            "Internalisasi Penanganan Benturan Kepentingan",
            "Rapat Sosialisasi Pedoman Penanganan Benturan Kepentingan",
        ),
        agenda=["Pengertian dan bentuk benturan kepentingan", "Mekanisme pelaporan dan penanganan"],
        pembahasan=[
            "Narasumber menjelaskan jenis benturan kepentingan, antara lain hubungan afiliasi, "
            "penerimaan gratifikasi dan rangkap jabatan.",
            "Hasil pemetaan potensi benturan kepentingan pada layanan utama disampaikan kepada seluruh "
            "pegawai.",
            "Pegawai wajib mengisi surat pernyataan bebas benturan kepentingan.",
        ],
        kesimpulan=[
            "Seluruh pegawai memahami mekanisme penanganan benturan kepentingan.",
            "Surat pernyataan dikumpulkan kepada Subbagian Umum dan Kepegawaian.",
        ],
    )
    return b.build(title)


# -- more carriers for kampanye_gratifikasi ------------------------------------------------


@template("kampanye_gratifikasi", "notulen_sosialisasi_gratifikasi", "notulen")
def kampanye_notulen(b: DocBuilder) -> DocumentSpec:
    """Minutes of an awareness session on gratification with a speaker from the inspectorate."""
    title = c.notulen(
        b,
        rapat=b.pick(
            "Sosialisasi Pengendalian Gratifikasi",
            "Sosialisasi Anti Gratifikasi dan Pungutan Liar",
            "Penyuluhan Antikorupsi: Kenali dan Tolak Gratifikasi",
        ),
        agenda=[
            "Pengertian gratifikasi dan gratifikasi yang wajib dilaporkan",
            "Tata cara pelaporan gratifikasi melalui UPG dan aplikasi GOL KPK",
        ],
        pembahasan=[
            b.pf(
                "Narasumber dari {inspectorate} menjelaskan bahwa setiap gratifikasi kepada pegawai "
                "dianggap suap apabila berhubungan dengan jabatan dan berlawanan dengan kewajiban atau "
                "tugasnya."
            ),
            "Contoh gratifikasi dalam pelayanan antara lain uang terima kasih, parsel hari raya dan "
            "hadiah dari rekanan.",
            "Gratifikasi yang tidak dapat ditolak wajib dilaporkan paling lambat 30 hari kerja sejak "
            "diterima.",
            b.pf(
                "Peserta menanyakan batas nilai hadiah pernikahan dan cara menolak pemberian dari {clients}."
            ),
        ],
        kesimpulan=[
            "Seluruh pegawai berkomitmen menolak gratifikasi dalam pelayanan.",
            "Materi kampanye dipasang di ruang pelayanan dan diunggah di media sosial.",
        ],
    )
    return b.build(title)


@template("kampanye_gratifikasi", "naskah_media_kampanye", "pengumuman")
def kampanye_naskah(b: DocBuilder) -> DocumentSpec:
    """Text of a banner, poster or social-media post of the campaign, with its approval note."""
    b.kop(0.4)
    head = b.pick(
        "STOP GRATIFIKASI!", "TOLAK GRATIFIKASI", "KAMI MENOLAK GRATIFIKASI", "ZONA BEBAS GRATIFIKASI"
    )
    b.title(head, size=16)
    b.title(
        b.pick(
            "Naskah Banner Public Campaign", "Materi Kampanye Media Sosial", "Desain Poster Ruang Pelayanan"
        )
    )
    b.para(
        b.pf(
            "Seluruh layanan {unit} TIDAK DIPUNGUT BIAYA di luar ketentuan. Pegawai kami dilarang "
            "menerima imbalan, hadiah atau uang terima kasih dalam bentuk apa pun.",
        )
    )
    b.para(
        b.pick(
            "Jika ada petugas yang meminta imbalan, laporkan melalui kotak pengaduan, WhatsApp pengaduan "
            "atau gol.kpk.go.id.",
            "Gratifikasi yang tidak dapat ditolak wajib dilaporkan kepada Unit Pengendalian Gratifikasi "
            "(UPG) paling lambat 30 hari kerja.",
        )
    )
    b.para(
        b.pick("#BeraniJujurHebat #TolakGratifikasi", "Berani Jujur Hebat!", "Integritas adalah harga mati.")
    )
    b.kv(
        [
            (
                "Media",
                b.pick(
                    "Spanduk 3 x 1 meter", "Instagram dan Facebook resmi", "Poster A3 di loket", "Videotron"
                ),
            ),
            ("Tanggal tayang", b.eff()),
            (
                "Penanggung jawab",
                b.pick("Tim Kerja Area V Penguatan Pengawasan", "Unit Pengendalian Gratifikasi"),
            ),
        ],
        layout="tabs",
    )
    return b.build(head)


@template("kampanye_gratifikasi", "rekap_publikasi_medsos", "rekap")
def kampanye_rekap(b: DocBuilder) -> DocumentSpec:
    """Monthly recap of campaign posts against gratification on social media, with links."""
    dates = earlier_dates(b, b.rng.randint(5, 9), 200)
    slug = b.unit.abbrev.lower().replace(".", "")
    rows = [
        (
            str(i),
            format_long(d),
            b.pick("Instagram", "Facebook", "YouTube", "TikTok", "Laman resmi"),
            b.pick(
                "Poster tolak gratifikasi",
                "Video himbauan tidak menerima parsel",
                "Infografis cara melapor gratifikasi",
                "Ucapan hari raya dan larangan gratifikasi",
            ),
            f"https://www.instagram.com/p/{slug}{d:%m%d}",
        )
        for i, d in enumerate(dates, 1)
    ]
    title = c.rekap(
        b,
        title_lines=[
            b.pick(
                "REKAPITULASI PUBLIKASI PUBLIC CAMPAIGN PENGENDALIAN GRATIFIKASI",
                "REKAP UNGGAHAN KAMPANYE ANTI GRATIFIKASI DI MEDIA SOSIAL",
            ),
            f"{b.unit.full_name.upper()} TAHUN {b.date.year}",
        ],
        header=("No", "Tanggal Unggah", "Media", "Judul Konten", "Tautan"),
        rows=rows,
        notes=["Tangkapan layar setiap unggahan terlampir."] if b.maybe(0.5) else (),
        signer=b.pick("team", "head"),
    )
    return b.build(title)


@template("laporan_gratifikasi", "berita_acara_penyerahan_gratifikasi", "berita_acara")
def gratifikasi_berita_acara(b: DocBuilder) -> DocumentSpec:
    """Record of a gift handed over to the gratification control unit (UPG) after it was refused."""
    gift, value = b.rng.choice(_GIFTS)
    giver = b.pick("rekanan penyedia barang/jasa", "pengguna layanan", "mitra kerja")
    title = c.berita_acara(
        b,
        about=b.pick("PENYERAHAN BARANG GRATIFIKASI", "SERAH TERIMA PELAPORAN GRATIFIKASI KEPADA UPG"),
        body=[
            f"Pegawai yang bertanda tangan di bawah ini menyerahkan {gift.lower()} senilai {rupiah(value)} "
            f"yang diterima dari {giver} dan tidak dapat ditolak kepada Unit Pengendalian Gratifikasi (UPG).",
            "UPG mencatat penerimaan tersebut dalam register pelaporan gratifikasi dan meneruskan laporannya "
            "kepada Komisi Pemberantasan Korupsi paling lambat 30 hari kerja sejak diterima.",
        ],
    )
    return b.build(title)
