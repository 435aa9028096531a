"""Area II, Penataan Tatalaksana: process maps, SOPs, SPBE and information disclosure.

Business process maps, SOPs and their evaluation, SPBE, monitoring of IT use, public
information disclosure and its monitoring.
"""

from __future__ import annotations

import datetime as dt
import logging

from sample_docs.dates import DateStyle, format_long, pick_style, roman
from sample_docs.spec import DocumentSpec, Table
from sample_docs.templates import carriers as c
from sample_docs.templates.base import DocBuilder, template
from sample_docs.templates.common import cite_period, member_rows, pct, report_quarter

log = logging.getLogger(__name__)

# -- SOP content ---------------------------------------------------------------------------

_ADMIN_SOPS = (
    "Pengelolaan Surat Masuk dan Disposisi",
    "Peminjaman Arsip Dinamis",
    "Pemeliharaan Kendaraan Dinas",
    "Penyusunan Rencana Kerja dan Anggaran",
    "Pengelolaan Barang Milik Daerah",
    "Penyusunan Laporan Keuangan Bulanan",
)


def _sop_name(b: DocBuilder) -> str:
    if b.maybe(0.7):
        return f"Pelayanan {b.service.removeprefix('Pelayanan ')}"
    return b.pick(*_ADMIN_SOPS)


def _sop_steps(b: DocBuilder, name: str) -> list[tuple[str, str, str, str, str]]:
    """Return the steps ``(kegiatan, pelaksana, kelengkapan, waktu, output)`` of an SOP."""
    clients = b.unit.sector.clients
    requester = clients.capitalize() if name.startswith("Pelayanan") else "Pengusul"
    steps = [
        (
            f"{requester} mengajukan permohonan dan menyerahkan berkas persyaratan",
            requester,
            "Formulir permohonan, fotokopi KTP",
            "5 menit",
            "Berkas permohonan",
        ),
        (
            "Memeriksa kelengkapan dan keabsahan berkas; apabila tidak lengkap dikembalikan kepada pemohon",
            "Petugas Front Office",
            "Daftar periksa persyaratan",
            b.pick("10 menit", "15 menit"),
            "Berkas lengkap",
        ),
        (
            f"Mencatat permohonan dalam register dan aplikasi {b.app}",
            "Petugas Front Office",
            "Register/aplikasi",
            "10 menit",
            "Nomor registrasi",
        ),
        (
            "Memproses dan menyiapkan konsep dokumen",
            "Petugas Teknis",
            "Berkas lengkap",
            b.pick("1 jam", "2 jam", "1 hari"),
            "Konsep dokumen",
        ),
        (
            "Memverifikasi dan memaraf konsep dokumen",
            b.pick("Kepala Seksi", "Kepala Subbagian", "Koordinator Pelayanan"),
            "Konsep dokumen",
            b.pick("30 menit", "1 jam"),
            "Konsep terverifikasi",
        ),
        (
            "Menandatangani dokumen",
            b.pick("Kepala Unit", "Pimpinan"),
            "Konsep terverifikasi",
            b.pick("1 hari", "30 menit"),
            "Dokumen ditandatangani",
        ),
        (
            "Menyerahkan dokumen kepada pemohon dan mengarsipkan salinannya",
            "Petugas Front Office",
            "Tanda terima",
            "10 menit",
            "Dokumen diterima pemohon",
        ),
    ]
    if not b.maybe(0.6):
        steps.pop(2)
    return steps


def _sop_dates(b: DocBuilder) -> tuple[str, str, str]:
    """Tanggal Pembuatan, Tanggal Revisi, Tanggal Efektif as written (efektif = effective date)."""
    made = b.date - dt.timedelta(days=b.rng.randint(40, 900))
    style = pick_style(b.rng)
    made_text = b.cite(made, style if style is not DateStyle.WEEKDAY else DateStyle.LONG)
    if b.maybe(0.5):
        revised = b.date - dt.timedelta(days=b.rng.randint(3, 30))
        revised_text = b.cite(revised, style)
    else:
        revised_text = "-"
    return made_text, revised_text, b.eff(style)


def _identity_table(b: DocBuilder, name: str, nomor: str) -> None:
    made, revised, effective = _sop_dates(b)
    head = b.head
    signed = f"{b.unit.head_title}\n\n\n{b.name(head)}\nNIP. {b.nip(head)}"
    b.add(
        Table(
            ("Nomor SOP", nomor),
            (
                ("Tanggal Pembuatan", made),
                ("Tanggal Revisi", revised),
                ("Tanggal Efektif", effective),
                ("Disahkan oleh", signed),
                ("Nama SOP", name.upper()),
            ),
            font_size=10,
        )
    )


@template("sop", "sop_ap", "sop")
def sop_ap(b: DocBuilder) -> DocumentSpec:
    """SOP in the PermenPANRB 35/2012 format: identity table, second block, flow table."""
    name = _sop_name(b)
    b.kop(0.7)
    b.title(
        b.pick(
            "STANDAR OPERASIONAL PROSEDUR",
            "STANDAR OPERASIONAL PROSEDUR (SOP)",
            "SOP ADMINISTRASI PEMERINTAHAN",
        )
    )
    nomor = b.pick(
        b.unit.nomor(b.rng, b.date, "org"), f"SOP/{b.rng.randint(1, 60):03d}/{b.unit.abbrev}/{b.date.year}"
    )
    _identity_table(b, name, nomor)
    legal = b.regs(["uu25_2009", "permenpan35_2012"])
    b.add(
        Table(
            ("Dasar Hukum", "Kualifikasi Pelaksana"),
            (
                (
                    "\n".join(f"{i}. {x}" for i, x in enumerate(legal, 1)),
                    b.pick(
                        "1. Memahami tugas pokok dan fungsi\n2. Mampu mengoperasikan komputer",
                        "1. Pendidikan minimal SMA/sederajat\n2. Memahami peraturan terkait "
                        "layanan\n3. Mampu berkomunikasi dengan baik",
                    ),
                ),
                ("Keterkaitan", "Peralatan/Perlengkapan"),
                (
                    b.pick("SOP Penanganan Pengaduan", "SOP Pengarsipan", "SOP Survei Kepuasan Masyarakat"),
                    f"1. Komputer dan printer\n2. Jaringan internet\n3. Aplikasi {b.app}\n4. ATK",
                ),
                ("Peringatan", "Pencatatan dan Pendataan"),
                (
                    "Apabila SOP tidak dilaksanakan, pelayanan terlambat dan menimbulkan pengaduan",
                    "Register permohonan dan arsip elektronik",
                ),
            ),
            font_size=9,
        )
    )
    steps = _sop_steps(b, name)
    actors: list[str] = []
    for _, who, *_rest in steps:
        if who not in actors:
            actors.append(who)
    actors = actors[:5]
    rows = []
    last = len(steps)
    for i, (activity, who, equipment, time, output) in enumerate(steps, 1):
        shape = (
            "Mulai"
            if i == 1
            else "Selesai"
            if i == last
            else ("Keputusan" if "apabila" in activity else "Proses")
        )
        marks = [shape if a == who else "" for a in actors]
        rows.append((str(i), activity, *marks, equipment, time, output, ""))
    b.table(
        ("No", "Kegiatan", *actors, "Kelengkapan", "Waktu", "Output", "Ket."),
        rows,
        font_size=8,
        caption=b.pick("Uraian Prosedur", "Prosedur") if b.maybe(0.7) else None,
    )
    return b.build(name.upper())


@template("sop", "sop_ringkas", "sop")
def sop_ringkas(b: DocBuilder) -> DocumentSpec:
    """One-page SOP: identity table and a plain step list."""
    name = _sop_name(b)
    b.kop(0.9)
    nomor = b.unit.nomor(b.rng, b.date, "org")
    _identity_table(b, name, nomor)
    b.heading("Uraian Prosedur:")
    b.numbered([f"{who}: {activity} ({time})" for activity, who, _, time, _ in _sop_steps(b, name)], "1.")
    return b.build(name.upper())


@template("sop", "sop_narasi", "sop")
def sop_narasi(b: DocBuilder) -> DocumentSpec:
    """SOP written as numbered sections, dated in the signature block."""
    name = _sop_name(b)
    b.kop(0.9)
    b.title(b.pick("STANDAR OPERASIONAL PROSEDUR", "SOP"), name.upper())
    b.title(f"Nomor: {b.unit.nomor(b.rng, b.date, 'org')}")
    title = name.upper()
    sections = [
        (
            "Tujuan",
            b.pf(
                "Sebagai pedoman bagi petugas dalam melaksanakan {n} agar berjalan tertib, cepat, "
                "transparan dan akuntabel.",
                n=name.lower(),
            ),
        ),
        (
            "Ruang Lingkup",
            b.pf(
                "SOP ini berlaku bagi seluruh petugas {unit} yang terlibat dalam {n}, mulai dari "
                "penerimaan permohonan sampai penyerahan hasil.",
                n=name.lower(),
            ),
        ),
        (
            "Definisi",
            b.pf(
                "{clients_cap} adalah pengguna layanan yang mengajukan permohonan kepada {unit}.",
                clients_cap=b.unit.sector.clients.capitalize(),
            ),
        ),
    ]
    for i, (heading, text) in enumerate(sections):
        b.heading(f"{chr(ord('A') + i)}. {heading}")
        b.para(text)
    b.heading("D. Dasar Hukum")
    b.numbered(b.regs(["uu25_2009", "permenpan35_2012", "permenpan15_2014"]), "1.")
    b.heading("E. Prosedur")
    b.numbered(
        [f"{activity} oleh {who.lower()} ({time})." for activity, who, _, time, _ in _sop_steps(b, name)],
        "1.",
    )
    b.heading("F. Waktu Penyelesaian")
    b.para(
        b.pick(
            "Paling lama 1 (satu) hari kerja sejak berkas dinyatakan lengkap.",
            "Paling lama 3 (tiga) hari kerja.",
            "60 (enam puluh) menit setelah berkas lengkap.",
        )
    )
    b.heading("G. Biaya")
    b.para(
        b.pick(
            "Tidak dipungut biaya.",
            "Gratis/tidak dipungut biaya.",
            "Sesuai Peraturan Daerah tentang Retribusi yang berlaku.",
        )
    )
    b.add(b.sign_decree())
    return b.build(title)


@template("sop", "sk_penetapan_sop", "sk")
def sop_sk(b: DocBuilder) -> DocumentSpec:
    """Decree adopting the unit's SOPs, with the list of SOPs in an annex."""
    names = [f"Pelayanan {s.removeprefix('Pelayanan ')}" for s in b.unit.sector.services] + list(
        b.sample(_ADMIN_SOPS, 3)
    )
    rows = [(str(i), n, f"SOP/{i:03d}/{b.unit.abbrev}/{b.date.year}") for i, n in enumerate(names, 1)]
    subject = b.pick(
        f"STANDAR OPERASIONAL PROSEDUR DI LINGKUNGAN {b.unit.full_name.upper()}",
        f"PENETAPAN STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN PADA {b.unit.full_name.upper()}",
    )
    title = c.sk(
        b,
        subject=subject,
        menimbang=[
            b.pf(
                "bahwa dalam rangka meningkatkan kualitas pelayanan kepada {clients} dan tertib "
                "penyelenggaraan administrasi pemerintahan, perlu disusun Standar Operasional Prosedur "
                "yang mengacu pada peta proses bisnis;"
            ),
            "bahwa Standar Operasional Prosedur yang telah disusun perlu ditetapkan sebagai pedoman "
            "pelaksanaan tugas;",
        ],
        mengingat_keys=("uu25_2009", "permenpan35_2012"),
        diktum=[
            "Menetapkan Standar Operasional Prosedur sebagaimana tercantum dalam Lampiran Keputusan ini.",
            "Standar Operasional Prosedur sebagaimana dimaksud dalam Diktum KESATU wajib dilaksanakan "
            "oleh seluruh pegawai dan dievaluasi secara berkala.",
        ],
        lampiran=("DAFTAR STANDAR OPERASIONAL PROSEDUR", ("No", "Nama SOP", "Nomor SOP"), rows),
    )
    return b.build(title)


# -- peta_proses_bisnis --------------------------------------------------------------------


def _process_rows(b: DocBuilder) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    services = b.unit.sector.services
    groups = [
        (
            "Proses Manajerial",
            ("Perencanaan Program dan Anggaran", "Pengukuran dan Pelaporan Kinerja", "Pengawasan Internal"),
        ),
        ("Proses Utama", tuple(services)),
        (
            "Proses Pendukung",
            (
                "Pengelolaan Kepegawaian",
                "Pengelolaan Keuangan",
                "Pengelolaan Barang Milik Negara/Daerah",
                "Pengelolaan Persuratan dan Kearsipan",
            ),
        ),
    ]
    for level, names in groups:
        for name in b.sample(names, b.rng.randint(2, min(4, len(names)))):
            owner = b.pick(*b.unit.sector.subunits)
            rows.append(
                (
                    str(len(rows) + 1),
                    level,
                    name,
                    b.pick("Permohonan", "Data dan dokumen", "Kebijakan pimpinan", "Rencana kerja"),
                    b.pick("Dokumen layanan", "Laporan", "Keputusan", "Data terverifikasi"),
                    owner,
                )
            )
    return rows


@template("peta_proses_bisnis", "dokumen_peta", "pedoman")
def peta_dokumen(b: DocBuilder) -> DocumentSpec:
    """Build a business process map document with process levels and owners."""
    title = c.report_cover(
        b, ["PETA PROSES BISNIS", b.unit.full_name.upper(), f"TAHUN {b.date.year}"], with_kop=0.7
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Peta proses bisnis menggambarkan hubungan kerja yang efektif dan efisien antar unit "
                "organisasi untuk menghasilkan kinerja sesuai tujuan pendirian organisasi. Peta proses "
                "bisnis {unit} menjadi acuan penyusunan Standar Operasional Prosedur dan "
                "penyederhanaan jabatan."
            )
        ],
        legal_keys=("perpres81_2010", "permenpan90_2021"),
        purpose=[
            "Memberikan gambaran proses kerja utama, manajerial dan pendukung.",
            "Menjadi dasar penyusunan dan evaluasi SOP.",
        ],
    )
    c.chapter(b, "Peta Proses Bisnis")
    b.para(
        b.pick(
            "Proses bisnis level 1 dan level 2 dituangkan dalam tabel berikut:",
            "Hasil pemetaan proses bisnis adalah sebagai berikut:",
        )
    )
    b.table(("No", "Kelompok Proses", "Nama Proses", "Input", "Output", "Pemilik Proses"), _process_rows(b))
    c.report_close(
        b,
        conclusions=[
            b.pf(
                "Peta proses bisnis ini ditetapkan sebagai acuan penyusunan SOP di lingkungan {unit} "
                "dan direviu apabila terjadi perubahan organisasi atau kebijakan."
            )
        ],
    )
    return b.build(title)


@template("peta_proses_bisnis", "sk_peta", "sk")
def peta_sk(b: DocBuilder) -> DocumentSpec:
    """Decree adopting the business process map."""
    subject = b.pick(
        f"PETA PROSES BISNIS {b.unit.full_name.upper()}",
        f"PENETAPAN PETA PROSES BISNIS DI LINGKUNGAN {b.unit.full_name.upper()}",
    )
    title = c.sk(
        b,
        subject=subject,
        menimbang=[
            "bahwa dalam rangka penataan tatalaksana dan penyederhanaan proses kerja, perlu disusun "
            "peta proses bisnis yang menggambarkan hubungan kerja antar unit organisasi;",
            "bahwa peta proses bisnis yang telah disusun perlu ditetapkan sebagai acuan penyusunan "
            "Standar Operasional Prosedur;",
        ],
        mengingat_keys=("perpres81_2010", "perpres95_2018", "permenpan90_2021"),
        diktum=[
            "Menetapkan Peta Proses Bisnis sebagaimana tercantum dalam Lampiran Keputusan ini.",
            "Peta Proses Bisnis sebagaimana dimaksud dalam Diktum KESATU menjadi acuan dalam "
            "penyusunan Standar Operasional Prosedur dan analisis jabatan.",
        ],
        lampiran=(
            "PETA PROSES BISNIS",
            ("No", "Kelompok Proses", "Nama Proses", "Input", "Output", "Pemilik Proses"),
            _process_rows(b),
        ),
    )
    return b.build(title)


@template("peta_proses_bisnis", "notulen_penyusunan_peta", "notulen")
def peta_notulen(b: DocBuilder) -> DocumentSpec:
    """Minutes of the meeting that drafted/reviewed the business process map."""
    title = c.notulen(
        b,
        rapat=b.pick(
            "Rapat Penyusunan Peta Proses Bisnis", "Rapat Reviu Peta Proses Bisnis dan Keselarasan SOP"
        ),
        agenda=[
            "Pemetaan proses utama, manajerial dan pendukung",
            "Keterkaitan peta proses bisnis dengan SOP",
        ],
        pembahasan=[
            b.pf(
                "Proses utama {unit} meliputi {services}.",
                services=", ".join(s.lower() for s in b.unit.sector.services[:3]),
            ),
            "Setiap bidang menyampaikan proses level 2 dan level 3 beserta input, output dan pemilik "
            "prosesnya.",
            "Beberapa SOP belum mengacu pada peta proses bisnis sehingga perlu direviu.",
        ],
        kesimpulan=[
            "Rancangan peta proses bisnis disepakati untuk ditetapkan pimpinan.",
            "SOP yang belum selaras dengan peta proses bisnis direviu oleh bidang masing-masing.",
        ],
    )
    return b.build(title)


# -- evaluasi_sop --------------------------------------------------------------------------

_SOP_EVAL_CRITERIA = (
    "Mampu mendorong peningkatan kinerja",
    "Mudah dipahami",
    "Mudah dilaksanakan",
    "Semua orang dapat menjalankan perannya masing-masing",
    "Mampu mengatasi permasalahan yang berkaitan dengan proses",
    "Mampu menjawab kebutuhan peningkatan kinerja organisasi",
    "Sinergi satu dengan lainnya",
)


def _sop_list(b: DocBuilder, k: int) -> list[str]:
    names = [f"SOP Pelayanan {s.removeprefix('Pelayanan ')}" for s in b.unit.sector.services] + [
        f"SOP {n}" for n in _ADMIN_SOPS
    ]
    return b.sample(names, k)


@template("evaluasi_sop", "laporan_evaluasi", "laporan")
def evaluasi_laporan(b: DocBuilder) -> DocumentSpec:
    """Report evaluating how the unit's SOPs are applied."""
    semester = "I" if b.date.month >= 7 else "II"
    year = b.date.year if semester == "I" else b.date.year - 1
    title = c.report_cover(
        b,
        [
            b.pick("LAPORAN EVALUASI PENERAPAN SOP", "LAPORAN HASIL EVALUASI STANDAR OPERASIONAL PROSEDUR"),
            f"SEMESTER {semester} TAHUN {year}",
        ],
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Evaluasi penerapan Standar Operasional Prosedur dilakukan untuk menilai kesesuaian "
                "pelaksanaan kegiatan dengan SOP yang telah ditetapkan serta mengidentifikasi "
                "kebutuhan perbaikan SOP di lingkungan {unit}."
            )
        ],
        legal_keys=("permenpan35_2012",),
        purpose=["Menilai penerapan SOP utama.", "Menyusun usulan perbaikan SOP."],
    )
    c.chapter(b, "Hasil Evaluasi")
    rows = [
        (
            str(i),
            n,
            b.pick("Diterapkan", "Diterapkan sebagian", "Diterapkan"),
            b.pick(
                "-",
                "Waktu layanan melebihi mutu baku",
                "Pelaksana berubah akibat mutasi",
                "Formulir belum diperbarui",
            ),
            b.pick("Tetap", "Revisi", "Tetap", "Revisi mutu baku waktu"),
        )
        for i, n in enumerate(_sop_list(b, b.rng.randint(4, 8)), 1)
    ]
    b.table(("No", "Nama SOP", "Penerapan", "Temuan", "Rekomendasi"), rows)
    c.report_close(
        b,
        conclusions=[
            "Sebagian besar SOP telah diterapkan sesuai ketentuan.",
            "SOP yang direkomendasikan untuk direvisi akan diperbaiki dan ditetapkan kembali.",
        ],
        signer=b.pick("head", "team"),
    )
    return b.build(title)


@template("evaluasi_sop", "kertas_kerja", "rekap")
def evaluasi_kertas_kerja(b: DocBuilder) -> DocumentSpec:
    """Worksheet scoring SOPs against the seven PermenPANRB 35/2012 criteria."""
    sop = _sop_list(b, 1)[0]
    rows = [
        (
            str(i),
            crit,
            "Ya" if b.maybe(0.8) else "Tidak",
            b.pick("-", "Perlu penyesuaian", "Sudah sesuai", "Perlu sosialisasi ulang"),
        )
        for i, crit in enumerate(_SOP_EVAL_CRITERIA, 1)
    ]
    title = c.rekap(
        b,
        title_lines=["KERTAS KERJA EVALUASI PENERAPAN SOP", sop.upper()],
        intro=b.pf(
            "Evaluasi dilakukan oleh Tim Evaluasi SOP {unit} terhadap {sop} dengan hasil sebagai berikut:",
            sop=sop,
        ),
        header=("No", "Penilaian terhadap Penerapan", "Ya/Tidak", "Catatan"),
        rows=rows,
        notes=[
            b.pick(
                "SOP tetap digunakan.",
                "SOP perlu direvisi pada bagian mutu baku waktu.",
                "SOP perlu disesuaikan dengan aplikasi yang baru.",
            )
        ],
        signer="maker",
    )
    return b.build(title)


@template("evaluasi_sop", "notulen_evaluasi_sop", "notulen")
def evaluasi_notulen(b: DocBuilder) -> DocumentSpec:
    """Minutes of an SOP evaluation meeting."""
    sops = _sop_list(b, 3)
    title = c.notulen(
        b,
        rapat=b.pick("Rapat Evaluasi Penerapan Standar Operasional Prosedur", "Rapat Evaluasi SOP"),
        agenda=["Hasil evaluasi penerapan SOP per bidang", "Usulan perbaikan SOP"],
        pembahasan=[
            f"Tim evaluasi menyampaikan hasil evaluasi terhadap {', '.join(sops)}.",
            "Terdapat SOP yang mutu baku waktunya tidak sesuai lagi dengan kondisi layanan setelah "
            "penerapan aplikasi.",
            "Pelaksana pada beberapa SOP berubah karena mutasi pegawai sehingga perlu pemutakhiran.",
        ],
        kesimpulan=[
            "SOP yang memerlukan perbaikan direvisi oleh bidang terkait.",
            "Hasil evaluasi dilaporkan kepada pimpinan dan menjadi dasar penetapan SOP perbaikan.",
        ],
    )
    return b.build(title)


# -- spbe ----------------------------------------------------------------------------------


def _app_rows(b: DocBuilder) -> list[tuple[str, ...]]:
    purpose = {
        "e-Kinerja": "Pengukuran kinerja pegawai",
        "e-SAKIP": "Perencanaan dan pelaporan kinerja unit",
        "SIASN": "Manajemen data ASN",
        "SIMPEG": "Manajemen data kepegawaian",
        "SP4N-LAPOR!": "Pengaduan pelayanan publik",
    }
    rows: list[tuple[str, ...]] = []
    for app in b.unit.sector.apps:
        rows.append(
            (
                str(len(rows) + 1),
                app,
                purpose.get(app, "Layanan publik daring"),
                b.pick("Pegawai", f"{b.unit.sector.clients.capitalize()} dan petugas", "Petugas layanan"),
                b.pick("Berjalan, terintegrasi", "Berjalan", "Berjalan, terintegrasi nasional"),
            )
        )
    return rows


@template("spbe", "laporan_pemanfaatan", "laporan")
def spbe_laporan(b: DocBuilder) -> DocumentSpec:
    """Report on using SPBE applications for performance, HR and public services."""
    title = c.report_cover(
        b,
        [
            b.pick(
                "LAPORAN PEMANFAATAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK",
                "LAPORAN PENERAPAN TEKNOLOGI INFORMASI DALAM PELAYANAN",
            ),
            b.unit.full_name.upper(),
            f"TAHUN {b.date.year}",
        ],
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Penerapan Sistem Pemerintahan Berbasis Elektronik (SPBE) di {unit} meliputi "
                "pengukuran kinerja, operasionalisasi manajemen SDM dan pemberian pelayanan kepada "
                "{clients} secara daring."
            )
        ],
        legal_keys=("perpres95_2018", "permenpan59_2020"),
        purpose=[
            "Menginventarisasi aplikasi yang digunakan.",
            "Menilai pemanfaatan aplikasi dalam mendukung kinerja dan pelayanan.",
        ],
    )
    c.chapter(b, "Pemanfaatan Aplikasi")
    b.table(("No", "Aplikasi", "Fungsi", "Pengguna", "Status"), _app_rows(b))
    b.para(
        b.pf(
            "Jumlah transaksi layanan melalui aplikasi {app} selama tahun berjalan sebanyak {n} transaksi.",
            n=f"{b.rng.randint(800, 25000):,}".replace(",", "."),
        )
    )
    c.report_close(
        b,
        conclusions=[
            "Seluruh layanan utama telah memanfaatkan teknologi informasi.",
            "Database layanan telah terintegrasi dengan sistem nasional pada sebagian besar aplikasi.",
        ],
    )
    return b.build(title)


@template("spbe", "daftar_aplikasi", "rekap")
def spbe_daftar(b: DocBuilder) -> DocumentSpec:
    """Inventory of SPBE applications in use."""
    title = c.rekap(
        b,
        title_lines=[
            "DAFTAR APLIKASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK (SPBE)",
            b.unit.full_name.upper(),
        ],
        header=("No", "Nama Aplikasi", "Fungsi", "Pengguna", "Status"),
        rows=_app_rows(b),
        notes=["Status per tanggal penandatanganan daftar ini."],
    )
    return b.build(title)


@template("spbe", "surat_edaran_aplikasi", "surat_edaran")
def spbe_surat_edaran(b: DocBuilder) -> DocumentSpec:
    """Circular requiring staff to use electronic applications for services and performance."""
    title = c.surat_edaran(
        b,
        subject=b.pick(
            f"PENGGUNAAN APLIKASI {b.app.upper()} DALAM PELAYANAN",
            "OPTIMALISASI PEMANFAATAN APLIKASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK",
        ),
        kepada=f"Seluruh Pegawai {b.unit.full_name}",
        background=[
            b.pf(
                "Dalam rangka penerapan Sistem Pemerintahan Berbasis Elektronik dan peningkatan "
                "kualitas pelayanan kepada {clients}, seluruh proses layanan dan administrasi "
                "diarahkan menggunakan aplikasi yang telah tersedia."
            )
        ],
        legal_keys=("perpres95_2018",),
        points=[
            b.pf("mencatat seluruh permohonan layanan melalui aplikasi {app};"),
            "mengisi capaian kinerja harian melalui aplikasi e-Kinerja;",
            "memutakhirkan data kepegawaian melalui SIASN;",
            "melaporkan kendala aplikasi kepada pengelola TIK.",
        ],
    )
    return b.build(title)


# -- monev_ti ------------------------------------------------------------------------------


@template("monev_ti", "laporan_monev_ti", "laporan")
def monev_ti_laporan(b: DocBuilder) -> DocumentSpec:
    """Quarterly report monitoring the use of information technology."""
    year, q, start, end = report_quarter(b)
    title = c.report_cover(
        b,
        [
            "LAPORAN MONITORING DAN EVALUASI",
            "PEMANFAATAN TEKNOLOGI INFORMASI",
            f"TRIWULAN {roman(q)} TAHUN {year}",
        ],
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Monitoring dan evaluasi pemanfaatan teknologi informasi dilakukan terhadap aplikasi "
                "pengukuran kinerja, manajemen SDM dan pelayanan publik yang digunakan {unit}."
            ),
            f"Periode monitoring: {cite_period(b, start, end)}.",
        ],
        legal_keys=("perpres95_2018", "permenpan59_2020"),
    )
    c.chapter(b, "Hasil Monitoring")
    rows = [
        (
            str(i),
            app,
            pct(b, 92, 100),
            str(b.rng.randint(40, 4000)),
            b.pick("-", "Gangguan jaringan", "Pembaruan versi", "Server lambat"),
            b.pick(
                "-", "Koordinasi dengan Dinas Kominfo", "Pelatihan ulang operator", "Penambahan bandwidth"
            ),
        )
        for i, app in enumerate(b.unit.sector.apps, 1)
    ]
    b.table(("No", "Aplikasi", "Ketersediaan", "Jumlah Transaksi", "Kendala", "Tindak Lanjut"), rows)
    c.report_close(
        b,
        conclusions=[
            "Pemanfaatan teknologi informasi berjalan baik.",
            "Kendala yang ditemukan telah ditindaklanjuti.",
        ],
        suggestions=["Monitoring dilaksanakan setiap triwulan."],
        signer=b.pick("team", "maker"),
    )
    return b.build(title)


@template("monev_ti", "notulen_monev_ti", "notulen")
def monev_ti_notulen(b: DocBuilder) -> DocumentSpec:
    """Minutes of a meeting evaluating the use of information technology."""
    title = c.notulen(
        b,
        rapat=b.pick(
            "Rapat Monitoring dan Evaluasi Pemanfaatan Teknologi Informasi",
            "Rapat Evaluasi Pemanfaatan TIK dan Aplikasi Layanan",
        ),
        agenda=["Capaian pemanfaatan aplikasi", "Kendala dan rencana perbaikan"],
        pembahasan=[
            b.pf(
                "Pengelola TIK menyampaikan rekapitulasi penggunaan aplikasi {app}, e-Kinerja dan "
                "SIASN selama triwulan berjalan."
            ),
            "Terdapat gangguan akses pada jam sibuk pelayanan yang perlu dikoordinasikan dengan "
            "penyedia jaringan.",
            "Pegawai baru belum seluruhnya memperoleh akun aplikasi kinerja.",
        ],
        kesimpulan=[
            "Dilakukan perbaikan jaringan dan pembuatan akun pegawai baru.",
            "Hasil monitoring dilaporkan kepada pimpinan setiap triwulan.",
        ],
    )
    return b.build(title)


@template("monev_ti", "undangan_monev_ti", "undangan")
def monev_ti_undangan(b: DocBuilder) -> DocumentSpec:
    """Invitation to a meeting monitoring the use of information technology."""
    title = c.undangan(
        b,
        hal=b.pick(
            "Undangan Rapat Monev Pemanfaatan Teknologi Informasi", "Undangan Evaluasi Pemanfaatan Aplikasi"
        ),
        purpose="monitoring dan evaluasi pemanfaatan teknologi informasi dalam pengukuran kinerja, manajemen "
        "SDM dan pelayanan publik",
        acara="Monitoring dan evaluasi pemanfaatan teknologi informasi",
        kepada="Pengelola Aplikasi dan Operator Layanan",
    )
    return b.build(title)


# -- keterbukaan_informasi -----------------------------------------------------------------


@template("keterbukaan_informasi", "sk_ppid", "sk")
def kip_sk_ppid(b: DocBuilder) -> DocumentSpec:
    """Decree appointing the unit's information and documentation officer (PPID)."""
    people = b.staff(6)
    roles = [
        "Atasan PPID Pelaksana",
        "PPID Pelaksana",
        "Bidang Pelayanan Informasi",
        "Bidang Pengolahan Data dan Klasifikasi Informasi",
        "Bidang Dokumentasi dan Arsip",
        "Bidang Penyelesaian Sengketa Informasi",
    ]
    subject = b.pick(
        f"PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI (PPID) PELAKSANA {b.unit.full_name.upper()}",
        "PENETAPAN PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI PELAKSANA",
    )
    title = c.sk(
        b,
        subject=subject,
        menimbang=[
            "bahwa setiap badan publik wajib menyediakan, memberikan dan/atau menerbitkan informasi "
            "publik yang berada di bawah kewenangannya kepada pemohon informasi publik;",
            "bahwa untuk melaksanakan pelayanan informasi publik secara cepat, tepat dan sederhana "
            "perlu menunjuk Pejabat Pengelola Informasi dan Dokumentasi Pelaksana;",
        ],
        mengingat_keys=("uu14_2008", "perki1_2021"),
        diktum=[
            "Menunjuk pegawai sebagaimana tercantum dalam Lampiran Keputusan ini sebagai Pejabat "
            "Pengelola Informasi dan Dokumentasi (PPID) Pelaksana.",
            "PPID Pelaksana bertugas menyediakan, menyimpan, mendokumentasikan dan mengamankan "
            "informasi publik serta memberikan pelayanan informasi kepada masyarakat.",
            "PPID Pelaksana menyusun Daftar Informasi Publik dan laporan layanan informasi secara berkala.",
        ],
        lampiran=(
            "SUSUNAN PPID PELAKSANA",
            ("No", "Nama", "NIP", "Jabatan", "Kedudukan"),
            member_rows(b, people, roles),
        ),
    )
    return b.build(title)


@template("keterbukaan_informasi", "daftar_informasi_publik", "rekap")
def kip_dip(b: DocBuilder) -> DocumentSpec:
    """Register of public information (Daftar Informasi Publik)."""
    items = [
        ("Profil, struktur organisasi dan tugas fungsi", "Berkala"),
        ("Rencana Strategis dan Rencana Kerja", "Berkala"),
        ("Laporan Kinerja Instansi Pemerintah", "Berkala"),
        ("Standar pelayanan dan maklumat pelayanan", "Setiap Saat"),
        ("Hasil survei kepuasan masyarakat", "Berkala"),
        ("Daftar Standar Operasional Prosedur", "Setiap Saat"),
        ("Informasi keadaan darurat dan bencana", "Serta Merta"),
        ("Rencana Umum Pengadaan", "Berkala"),
    ]
    rows = [
        (
            str(i),
            name,
            b.pick(*b.unit.sector.subunits),
            str(b.date.year - b.rng.randint(0, 1)),
            b.pick("Softcopy dan hardcopy", "Softcopy"),
            b.pick("5 tahun", "Selama berlaku", "2 tahun"),
            kind,
        )
        for i, (name, kind) in enumerate(b.sample(items, b.rng.randint(5, 8)), 1)
    ]
    title = c.rekap(
        b,
        title_lines=["DAFTAR INFORMASI PUBLIK", b.unit.full_name.upper(), f"TAHUN {b.date.year}"],
        header=(
            "No",
            "Ringkasan Isi Informasi",
            "Penanggung Jawab",
            "Tahun Pembuatan",
            "Bentuk Informasi",
            "Jangka Waktu Penyimpanan",
            "Jenis Informasi",
        ),
        rows=rows,
    )
    return b.build(title)


@template("keterbukaan_informasi", "surat_edaran_kip", "surat_edaran")
def kip_surat_edaran(b: DocBuilder) -> DocumentSpec:
    """Circular on the unit's public information disclosure policy."""
    title = c.surat_edaran(
        b,
        subject="PELAKSANAAN KETERBUKAAN INFORMASI PUBLIK",
        kepada="Para Kepala Bidang/Seksi dan Pengelola Informasi",
        background=[
            b.pf(
                "Dalam rangka melaksanakan Undang-Undang tentang Keterbukaan Informasi Publik, {unit} "
                "berkewajiban menyediakan informasi publik yang akurat, benar dan tidak menyesatkan."
            )
        ],
        legal_keys=("uu14_2008", "perki1_2021"),
        points=[
            "menyerahkan informasi publik yang dikuasai kepada PPID Pelaksana untuk dimutakhirkan pada "
            "laman resmi;",
            "melayani permohonan informasi publik paling lambat 10 (sepuluh) hari kerja;",
            "mendokumentasikan setiap permohonan informasi dalam register layanan informasi;",
            "mengumumkan informasi berkala sekurang-kurangnya 6 (enam) bulan sekali.",
        ],
    )
    return b.build(title)


# -- monev_kip -----------------------------------------------------------------------------


@template("monev_kip", "laporan_monev_kip", "laporan")
def monev_kip_laporan(b: DocBuilder) -> DocumentSpec:
    """Report monitoring how public information disclosure is carried out."""
    year, q, start, end = report_quarter(b)
    title = c.report_cover(
        b,
        [
            "LAPORAN MONITORING DAN EVALUASI",
            "PELAKSANAAN KETERBUKAAN INFORMASI PUBLIK",
            f"TRIWULAN {roman(q)} TAHUN {year}",
        ],
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik dilakukan "
                "untuk memastikan pelayanan informasi oleh PPID Pelaksana {unit} berjalan sesuai "
                "standar layanan informasi publik."
            ),
            f"Periode: {cite_period(b, start, end)}.",
        ],
        legal_keys=("uu14_2008", "perki1_2021"),
    )
    c.chapter(b, "Hasil Monitoring")
    months = [dt.date(year, 3 * (q - 1) + m, 1) for m in (1, 2, 3)]
    rows = []
    for d in months:
        total = b.rng.randint(2, 30)
        granted = total - b.rng.randint(0, min(3, total))
        rows.append(
            (
                f"{format_long(d).split(' ', 1)[1]}",
                str(total),
                str(granted),
                str(total - granted),
                f"{b.rng.randint(1, 9)} hari",
            )
        )
    b.table(
        ("Bulan", "Jumlah Permohonan", "Dikabulkan", "Ditolak/Dikecualikan", "Rata-rata Waktu Layanan"), rows
    )
    c.report_close(
        b,
        conclusions=[
            "Permohonan informasi dilayani sesuai jangka waktu.",
            "Daftar Informasi Publik telah dimutakhirkan.",
        ],
        suggestions=["Meningkatkan pemutakhiran informasi berkala pada laman resmi."],
        signer=b.pick("team", "head"),
    )
    return b.build(title)


@template("monev_kip", "laporan_layanan_informasi", "laporan")
def monev_kip_tahunan(b: DocBuilder) -> DocumentSpec:
    """Annual report on public information services of the previous year."""
    year = b.date.year - 1
    title = c.report_cover(b, ["LAPORAN LAYANAN INFORMASI PUBLIK", f"TAHUN {year}"], with_kop=0.8)
    c.report_intro(
        b,
        background=[
            b.pf(
                "Laporan ini disusun sebagai pertanggungjawaban pelaksanaan layanan informasi publik "
                "oleh PPID Pelaksana {unit} selama Tahun {y} dan bahan evaluasi kebijakan keterbukaan "
                "informasi.",
                y=str(year),
            )
        ],
        legal_keys=("uu14_2008", "perki1_2021"),
    )
    c.chapter(b, "Rekapitulasi Layanan Informasi")
    total = b.rng.randint(30, 300)
    b.kv(
        [
            ("Jumlah permohonan informasi", str(total)),
            ("Dikabulkan seluruhnya", str(total - b.rng.randint(0, 10))),
            ("Keberatan", str(b.rng.randint(0, 3))),
            ("Sengketa informasi", "0"),
        ]
    )
    c.report_close(
        b,
        conclusions=["Pelayanan informasi berjalan baik dan tidak terdapat sengketa informasi."],
        suggestions=["Mengembangkan layanan informasi daring."],
    )
    return b.build(title)


@template("monev_kip", "notulen_monev_kip", "notulen")
def monev_kip_notulen(b: DocBuilder) -> DocumentSpec:
    """Minutes of a meeting evaluating public information services."""
    title = c.notulen(
        b,
        rapat=b.pick(
            "Rapat Evaluasi Pelaksanaan Keterbukaan Informasi Publik",
            "Rapat Monev Layanan Informasi Publik PPID Pelaksana",
        ),
        agenda=["Rekapitulasi permohonan informasi", "Pemutakhiran Daftar Informasi Publik"],
        pembahasan=[
            "PPID Pelaksana melaporkan jumlah permohonan informasi dan waktu penyelesaiannya.",
            "Beberapa informasi berkala pada laman resmi belum dimutakhirkan.",
            "Perlu penambahan petugas layanan informasi pada meja layanan.",
        ],
        kesimpulan=[
            "Setiap bidang menyerahkan informasi berkala terbaru kepada PPID Pelaksana.",
            "Hasil monev dilaporkan kepada pimpinan dan diumumkan melalui laman resmi.",
        ],
    )
    return b.build(title)


# -- more carriers for sop, peta_proses_bisnis, keterbukaan_informasi -------------------------


@template("sop", "daftar_sop", "rekap")
def sop_daftar(b: DocBuilder) -> DocumentSpec:
    """Register of the unit's SOPs with their numbers, dates and the business process they follow."""
    names = [f"Pelayanan {s.removeprefix('Pelayanan ')}" for s in b.unit.sector.services] + list(
        b.sample(_ADMIN_SOPS, b.rng.randint(2, 5))
    )
    rows = []
    for i, name in enumerate(names, 1):
        made = b.date - dt.timedelta(days=b.rng.randint(30, 700))
        rows.append(
            (
                str(i),
                f"SOP {name}",
                f"{b.rng.randint(1, 60):03d}/SOP/{b.unit.abbrev}/{made.year}",
                format_long(made),
                b.pick("Proses Utama", "Proses Pendukung", "Proses Manajerial"),
                b.pick(*b.unit.sector.subunits),
            )
        )
    title = c.rekap(
        b,
        title_lines=[
            b.pick(
                "DAFTAR STANDAR OPERASIONAL PROSEDUR (SOP)",
                "REKAPITULASI SOP ADMINISTRASI PEMERINTAHAN",
                "DAFTAR SOP YANG BERLAKU",
            ),
            f"{b.unit.full_name.upper()} TAHUN {b.date.year}",
        ],
        intro=b.pick(
            "Seluruh SOP berikut telah ditetapkan oleh pimpinan, mengacu pada peta proses bisnis dan "
            "diterapkan oleh unit pelaksana.",
            "Daftar ini memuat SOP yang berlaku beserta nomor, tanggal penetapan dan proses bisnis yang "
            "menjadi acuannya.",
        ),
        header=("No", "Nama SOP", "Nomor SOP", "Tanggal Penetapan", "Kelompok Proses", "Unit Pelaksana"),
        rows=rows,
    )
    return b.build(title)


@template("sop", "nota_dinas_penerapan_sop", "nota_dinas")
def sop_nota_dinas(b: DocBuilder) -> DocumentSpec:
    """Memo instructing sections to apply newly adopted SOPs and keep records of it."""
    names = b.sample([f"SOP {s}" for s in (*b.unit.sector.services, *_ADMIN_SOPS)], b.rng.randint(3, 5))
    title = c.nota_dinas(
        b,
        kepada=b.pick(
            "Para Kepala Bidang/Kepala Seksi", "Seluruh Koordinator Pelayanan", "Para Kepala Subbagian"
        ),
        dari=b.pick(b.unit.head_short, "Sekretaris"),
        hal=b.pick(
            "Penerapan Standar Operasional Prosedur",
            "Pelaksanaan Tugas Sesuai SOP yang Telah Ditetapkan",
            f"Pemberlakuan SOP Tahun {b.date.year}",
        ),
        topic="org",
        body=[
            b.pf(
                "Sehubungan dengan telah ditetapkannya Standar Operasional Prosedur (SOP) di lingkungan "
                "{unit}, bersama ini diminta agar seluruh pelaksana layanan dan administrasi melaksanakan "
                "tugas sesuai langkah, waktu dan mutu baku dalam SOP berikut:"
            ),
            b.pick(
                "Setiap pelaksanaan kegiatan agar didokumentasikan sebagai bukti penerapan SOP, antara lain "
                "register, lembar kendali dan tanda terima.",
                "Kendala penerapan SOP agar dicatat dan disampaikan setiap akhir bulan sebagai bahan "
                "perbaikan.",
            ),
        ],
        points=names,
    )
    return b.build(title)


@template("peta_proses_bisnis", "peta_level_nol", "pedoman")
def peta_level_nol(b: DocBuilder) -> DocumentSpec:
    """Short level-0 business process map: stakeholders, inputs, processes, outputs, outcomes."""
    b.kop(0.6)
    title = b.pick(
        "PETA PROSES BISNIS LEVEL 0",
        "PROBIS LEVEL 0 (VALUE CHAIN)",
        "PETA PROSES BISNIS TINGKAT UNIT KERJA",
    )
    b.title(title, f"{b.unit.full_name.upper()} TAHUN {b.date.year}")
    services = list(b.unit.sector.services)
    b.kv(
        [
            ("Pemangku Kepentingan", f"{b.unit.sector.clients.capitalize()}, {b.unit.superior_title}"),
            (
                "Input",
                b.pick("Permohonan layanan, kebijakan dan anggaran", "Kebutuhan masyarakat dan regulasi"),
            ),
            ("Proses Manajemen", "Perencanaan; Pengukuran Kinerja; Pengawasan Internal"),
            ("Proses Inti", "; ".join(services[:4])),
            ("Proses Pendukung", "Kepegawaian; Keuangan; Umum dan Kearsipan; Pengelolaan Data"),
            ("Output", b.pick("Layanan yang tepat waktu dan akuntabel", "Dokumen layanan dan laporan")),
            ("Outcome", b.pick("Meningkatnya kepuasan masyarakat", "Meningkatnya kualitas pelayanan publik")),
        ],
        layout="table",
    )
    b.para(
        b.pick(
            "Proses level 0 diturunkan menjadi proses level 1 dan level 2 oleh masing-masing pemilik "
            "proses, dan menjadi acuan penyusunan SOP serta penyederhanaan jabatan.",
            "Peta lintas fungsi (cross functional map) setiap proses inti disajikan pada lampiran.",
        )
    )
    b.add(b.sign_letter(caption=b.pick("Ditetapkan oleh,", "Mengesahkan,")))
    return b.build(title)


@template("peta_proses_bisnis", "laporan_reviu_probis", "laporan")
def peta_reviu(b: DocBuilder) -> DocumentSpec:
    """Report of the review of the business process map after an organisation change."""
    title = c.report_cover(
        b,
        [
            b.pick("LAPORAN REVIU PETA PROSES BISNIS", "LAPORAN PENYUSUNAN PROBIS DAN PETA LINTAS FUNGSI"),
            b.unit.full_name.upper(),
            f"TAHUN {b.date.year}",
        ],
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Perubahan struktur organisasi dan penyederhanaan birokrasi menuntut {unit} mereviu peta "
                "proses bisnis agar hubungan kerja antar unit tetap efektif dan efisien serta jabatan "
                "hasil penyetaraan memiliki proses kerja yang jelas."
            )
        ],
        legal_keys=("perpres81_2010", "permenpan19_2018"),
    )
    c.chapter(b, "Hasil Reviu")
    rows = [
        (
            str(i),
            name,
            b.pick("Level 1", "Level 2", "Level 3"),
            b.pick("Tetap", "Digabung", "Disederhanakan", "Baru"),
            b.pick("Jabatan fungsional", "Jabatan pelaksana", "Tidak berubah"),
        )
        for i, name in enumerate(
            b.sample(
                [
                    *b.unit.sector.services,
                    "Pengelolaan Kepegawaian",
                    "Perencanaan dan Pelaporan",
                    "Pengelolaan Keuangan",
                ],
                5,
            ),
            1,
        )
    ]
    b.table(("No", "Proses", "Level", "Hasil Reviu", "Dampak pada Jabatan"), rows)
    c.report_close(
        b,
        conclusions=[
            "Peta proses bisnis hasil reviu menjadi dasar pemutakhiran SOP dan peta jabatan.",
        ],
        signer=b.pick("head", "team"),
    )
    return b.build(title)


@template("keterbukaan_informasi", "berita_acara_uji_konsekuensi", "berita_acara")
def kip_uji_konsekuensi(b: DocBuilder) -> DocumentSpec:
    """Official record of the consequence test that classifies information as exempt."""
    items = b.sample(
        (
            "Data pribadi pemohon layanan",
            "Dokumen pengadaan yang masih dalam proses evaluasi",
            "Hasil pemeriksaan internal yang belum final",
            "Rekam medis dan data kesehatan perorangan",
            "Data kepegawaian yang memuat riwayat pribadi",
        ),
        3,
    )
    rows = [
        (
            str(i),
            item,
            b.pick("Pasal 17 huruf h", "Pasal 17 huruf b", "Pasal 17 huruf i"),
            b.pick("5 tahun", "Selama diperlukan"),
        )
        for i, item in enumerate(items, 1)
    ]
    title = c.berita_acara(
        b,
        about=b.pick(
            "UJI KONSEKUENSI INFORMASI YANG DIKECUALIKAN",
            "PENETAPAN KLASIFIKASI INFORMASI PUBLIK YANG DIKECUALIKAN",
        ),
        body=[
            b.pf(
                "Uji konsekuensi dilakukan oleh Pejabat Pengelola Informasi dan Dokumentasi (PPID) "
                "Pelaksana {unit} bersama bidang pemilik informasi untuk menentukan informasi publik yang "
                "dikecualikan sesuai Undang-Undang tentang Keterbukaan Informasi Publik."
            ),
            "Informasi selain yang tercantum di bawah ini merupakan informasi publik yang wajib "
            "disediakan dan diumumkan.",
        ],
        table=(("No", "Informasi yang Dikecualikan", "Dasar Pengecualian", "Jangka Waktu"), rows),
    )
    return b.build(title)


@template("keterbukaan_informasi", "nota_dinas_pemutakhiran_informasi", "nota_dinas")
def kip_nota_dinas(b: DocBuilder) -> DocumentSpec:
    """Memo from the PPID asking sections for their public information to publish."""
    title = c.nota_dinas(
        b,
        kepada=b.pick("Para Kepala Bidang", "Seluruh Kepala Seksi dan Koordinator", "Para Kepala Subbagian"),
        dari=b.pick(
            "PPID Pelaksana",
            "Sekretaris selaku Atasan PPID Pelaksana",
            "Kepala Subbagian Umum selaku PPID Pelaksana",
        ),
        hal=b.pick(
            "Pemutakhiran Daftar Informasi Publik",
            f"Penyampaian Informasi Berkala Tahun {b.date.year}",
            "Penyediaan Informasi Publik pada Laman PPID",
        ),
        topic="info",
        body=[
            b.pf(
                "Dalam rangka melaksanakan kewajiban badan publik menyediakan informasi publik secara "
                "berkala, serta merta dan setiap saat, bersama ini diminta agar setiap bidang di {unit} "
                "menyampaikan informasi publik yang dikuasainya kepada PPID Pelaksana, yaitu:"
            ),
            b.pick(
                "Informasi tersebut akan dimuat dalam Daftar Informasi Publik dan diunggah pada laman "
                "PPID paling lambat akhir bulan ini.",
                "Informasi yang dikecualikan agar disertai usulan uji konsekuensi.",
            ),
        ],
        points=b.sample(
            [
                "profil, tugas dan fungsi bidang;",
                "program dan kegiatan yang sedang dijalankan;",
                "ringkasan laporan kinerja dan laporan keuangan;",
                "standar pelayanan dan prosedur permohonan layanan;",
                "pengumuman pengadaan barang/jasa;",
            ],
            4,
        ),
    )
    return b.build(title)


@template("monev_kip", "berita_acara_evaluasi_layanan_informasi", "berita_acara")
def monev_kip_berita_acara(b: DocBuilder) -> DocumentSpec:
    """Record of the periodic evaluation of how information requests were handled."""
    year, q, _, _ = report_quarter(b)
    requests = b.rng.randint(8, 60)
    title = c.berita_acara(
        b,
        about=b.pick(
            "EVALUASI PELAKSANAAN KETERBUKAAN INFORMASI PUBLIK",
            "MONITORING DAN EVALUASI LAYANAN INFORMASI PUBLIK",
        ),
        body=[
            f"Evaluasi dilaksanakan terhadap layanan informasi publik triwulan {roman(q)} tahun {year} oleh "
            "Atasan PPID Pelaksana bersama PPID Pelaksana.",
        ],
        points=[
            f"Jumlah permohonan informasi publik: {requests} permohonan;",
            f"Permohonan dipenuhi seluruhnya: {requests - b.rng.randint(0, 4)} permohonan;",
            f"Rata-rata waktu pemenuhan: {b.rng.randint(2, 9)} hari kerja;",
            f"Keberatan atas layanan informasi: {b.rng.randint(0, 2)} keberatan;",
            "Daftar Informasi Publik pada laman PPID perlu dimutakhirkan dan tindak lanjutnya dipantau "
            "pada evaluasi berikutnya.",
        ],
    )
    return b.build(title)


@template("monev_ti", "rekap_evaluasi_aplikasi", "rekap")
def monev_ti_rekap(b: DocBuilder) -> DocumentSpec:
    """Recap of the evaluation of each application's use, availability and integration."""
    apps = list(dict.fromkeys([b.app, *b.unit.sector.apps, "SRIKANDI", "e-Kinerja", "SIASN", "SIPD"]))
    rows = [
        (
            str(i),
            app,
            b.pick("Layanan publik", "Manajemen SDM", "Pengukuran kinerja", "Administrasi"),
            pct(b, 60, 100),
            b.pick("Terintegrasi", "Belum terintegrasi", "Sebagian"),
            b.pick("Ditingkatkan", "Dipertahankan", "Perbaikan server", "Pelatihan operator"),
        )
        for i, app in enumerate(b.sample(apps, min(len(apps), b.rng.randint(4, 6))), 1)
    ]
    title = c.rekap(
        b,
        title_lines=[
            b.pick(
                "REKAPITULASI HASIL MONITORING DAN EVALUASI PEMANFAATAN TEKNOLOGI INFORMASI",
                "HASIL EVALUASI PEMANFAATAN APLIKASI DAN TIK",
            ),
            f"{b.unit.full_name.upper()} SEMESTER {b.pick('I', 'II')} TAHUN {b.date.year}",
        ],
        header=("No", "Aplikasi", "Pemanfaatan", "Tingkat Penggunaan", "Integrasi", "Rekomendasi"),
        rows=rows,
        notes=["Tingkat penggunaan diukur dari jumlah transaksi dibanding target."] if b.maybe(0.5) else (),
    )
    return b.build(title)


@template("monev_kip", "undangan_monev_kip", "undangan")
def monev_kip_undangan(b: DocBuilder) -> DocumentSpec:
    """Invitation to the periodic meeting that evaluates public information services."""
    year, q, _, _ = report_quarter(b)
    title = c.undangan(
        b,
        hal=b.pick(
            f"Undangan Rapat Monitoring dan Evaluasi Keterbukaan Informasi Publik Triwulan {roman(q)}",
            "Undangan Evaluasi Pelaksanaan Layanan Informasi Publik",
        ),
        purpose="monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik triwulan "
        f"{roman(q)} tahun {year}",
        acara=b.pick(
            "Evaluasi layanan permohonan informasi publik dan tindak lanjutnya",
            "Pembahasan laporan layanan informasi publik dan pemutakhiran DIP",
        ),
        kepada="PPID Pelaksana dan para Kepala Bidang",
        topic="info",
    )
    return b.build(title)


_APP_STATES = ("berjalan baik", "sering gangguan", "belum optimal")


@template("monev_ti", "nota_dinas_hasil_monev_aplikasi", "nota_dinas")
def monev_ti_nota_dinas(b: DocBuilder) -> DocumentSpec:
    """Memo reporting the results of monitoring the use of the unit's applications."""
    apps = b.sample(list(dict.fromkeys([b.app, *b.unit.sector.apps, "SRIKANDI", "e-Kinerja"])), 3)
    title = c.nota_dinas(
        b,
        kepada=b.unit.head_short,
        dari=b.pick(
            "Pranata Komputer Ahli Pertama", "Kepala Subbagian Umum dan Kepegawaian", "Pengelola TIK"
        ),
        hal=b.pick(
            f"Hasil Monitoring dan Evaluasi Pemanfaatan Teknologi Informasi Semester {b.pick('I', 'II')}",
            "Laporan Evaluasi Penggunaan Aplikasi Layanan dan Aplikasi Umum",
        ),
        topic="info",
        body=[
            b.pf(
                "Bersama ini kami laporkan hasil monitoring dan evaluasi pemanfaatan teknologi informasi di "
                "{unit} dalam pelaksanaan pengukuran kinerja, manajemen SDM dan pelayanan publik:"
            ),
            b.pick(
                "Kendala utama adalah jaringan internet yang tidak stabil dan data yang belum terintegrasi "
                "antar aplikasi.",
                "Direkomendasikan pelatihan operator dan penjadwalan pemeliharaan server secara berkala.",
            ),
        ],
        points=[f"{a}: tingkat pemanfaatan {pct(b, 55, 100)}, {b.pick(*_APP_STATES)};" for a in apps],
    )
    return b.build(title)


@template("keterbukaan_informasi", "pengumuman_tata_cara_informasi", "pengumuman")
def kip_tata_cara(b: DocBuilder) -> DocumentSpec:
    """Public notice on how to request public information from the unit's PPID."""
    b.kop(0.7)
    title = b.pick(
        "TATA CARA MEMPEROLEH INFORMASI PUBLIK",
        "PROSEDUR PERMOHONAN INFORMASI PUBLIK",
        "PENGUMUMAN LAYANAN INFORMASI PUBLIK PPID",
    )
    b.title(title, b.unit.full_name.upper())
    b.numbered(
        [
            "Pemohon mengisi formulir permohonan informasi publik di meja layanan PPID atau melalui laman "
            "PPID dengan melampirkan fotokopi KTP.",
            "Petugas PPID mencatat permohonan dalam register dan memberikan tanda bukti permohonan.",
            "PPID Pelaksana memberikan jawaban paling lambat 10 (sepuluh) hari kerja dan dapat "
            "diperpanjang 7 (tujuh) hari kerja.",
            "Apabila permohonan ditolak atau tidak ditanggapi, pemohon dapat mengajukan keberatan kepada "
            "Atasan PPID.",
        ],
        "1.",
    )
    b.kv(
        [
            ("Jam layanan", "Senin s.d. Jumat, 08.00-15.00"),
            ("Biaya", "Tidak dipungut biaya (penggandaan ditanggung pemohon)"),
            ("Ditetapkan", b.eff()),
        ],
        layout="tabs",
    )
    b.add(b.sign_plain(caption=b.pick("PPID Pelaksana,", "Atasan PPID Pelaksana,")))
    return b.build(title)
