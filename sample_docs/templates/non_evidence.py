"""Official-looking documents that are not ZI evidence (``slug=None``).

Real evidence folders also hold leave requests, stationery memos, receipts, invitations to
unrelated meetings, catering menus, holiday circulars, news about other offices, cover
letters and travel reports. A classifier must learn to leave them unclassified, so these
templates use the same carriers and bureaucratic language as the evidence templates.
"""

from __future__ import annotations

import datetime as dt
import logging

from sample_docs.dates import format_long, terbilang
from sample_docs.spec import DocumentSpec, KeyValue, Paragraph, Signature, Title
from sample_docs.templates import carriers as c
from sample_docs.templates.base import DocBuilder, template
from sample_docs.templates.common import rupiah

log = logging.getLogger(__name__)


@template(None, "permohonan_cuti", "surat")
def cuti(b: DocBuilder) -> DocumentSpec:
    """Build an employee's request for annual leave."""
    person = b.person(b.pick(*(b.unit.sector.staff_positions or ("Pengadministrasi Perkantoran",))))
    days = b.rng.randint(2, 6)
    start = b.later(3, 20)
    end = start + dt.timedelta(days=days - 1 + 2 * (days // 5))
    b.para(f"{b.unit.city}, {b.eff()}", align="right")
    hal = b.pick("Permohonan Cuti Tahunan", "Permohonan Cuti Alasan Penting")
    b.kv([("Hal", hal), ("Lampiran", "-")])
    b.para(f"Yth. {b.unit.head_short}", align="left")
    b.para("di tempat", align="left")
    b.para("Yang bertanda tangan di bawah ini:", align="left")
    b.kv(
        [
            ("Nama", person.name),
            ("NIP", b.nip(person)),
            ("Jabatan", person.position),
            ("Unit Kerja", b.unit.full_name),
        ]
    )
    reason = b.pick(
        "keperluan keluarga",
        "menghadiri pernikahan saudara di luar kota",
        "mengantar orang tua berobat",
        "urusan keluarga",
    )
    b.para(
        f"Dengan ini mengajukan permohonan cuti tahunan selama {days} ({terbilang(days)}) hari kerja "
        f"terhitung mulai tanggal {b.cite(start)} sampai dengan {b.cite(end)} untuk {reason}. Selama "
        "menjalankan cuti, alamat yang dapat dihubungi adalah alamat rumah sesuai data kepegawaian."
    )
    b.para("Demikian permohonan ini saya buat untuk dapat dipertimbangkan sebagaimana mestinya.")
    b.add(Signature(None, None, "Hormat saya,", b.name(person), b.nip(person)))
    return b.build(hal)


@template(None, "nota_dinas_atk", "nota_dinas")
def atk(b: DocBuilder) -> DocumentSpec:
    """Memo requesting the purchase of office stationery."""
    items = [
        ("Kertas HVS A4 70 gram", "rim", 45_000),
        ("Tinta printer hitam", "botol", 85_000),
        ("Map snelhecter", "buah", 3_500),
        ("Ordner", "buah", 32_000),
        ("Pulpen", "pak", 24_000),
        ("Amplop coklat folio", "pak", 38_000),
        ("Stopmap", "buah", 2_500),
    ]
    chosen = b.sample(items, b.rng.randint(3, 6))
    rows = []
    total = 0
    for i, (name, unit, price) in enumerate(chosen, 1):
        qty = b.rng.randint(2, 40)
        total += qty * price
        rows.append((str(i), name, f"{qty} {unit}", rupiah(price), rupiah(qty * price)))
    title = c.nota_dinas(
        b,
        kepada=f"{b.unit.head_short}",
        dari=b.pick("Kepala Subbagian Umum dan Kepegawaian", "Pengurus Barang"),
        hal=b.pick(
            "Permohonan Pengadaan Alat Tulis Kantor",
            "Pengadaan ATK Bulan " + format_long(b.date).split(" ", 1)[1],
        ),
        body=[
            "Sehubungan dengan menipisnya persediaan alat tulis kantor untuk menunjang kegiatan "
            "administrasi perkantoran, bersama ini kami mengajukan permohonan pengadaan alat tulis "
            "kantor sebagaimana daftar berikut.",
            f"Total perkiraan biaya sebesar {rupiah(total)} dibebankan pada kegiatan penyediaan "
            "administrasi perkantoran.",
        ],
    )
    b.table(("No", "Nama Barang", "Jumlah", "Harga Satuan", "Jumlah Harga"), rows)
    return b.build(title)


@template(None, "kuitansi", "kuitansi")
def kuitansi(b: DocBuilder) -> DocumentSpec:
    """Receipt for catering paid by the unit's treasurer."""
    amount = b.rng.randint(15, 240) * 25_000
    vendor = b.pick(
        "CV Sekar Arum Catering",
        "Rumah Makan Sari Rasa",
        "UD Berkah Jaya",
        "Toko Maju Makmur",
        "CV Mitra Boga",
    )
    b.title("KUITANSI", size=16)
    b.kv(
        [
            ("Nomor", f"{b.rng.randint(1, 400):03d}/KW/{b.date.year}"),
            ("Sudah terima dari", f"Bendahara Pengeluaran {b.unit.full_name}"),
            ("Uang sebanyak", f"{terbilang(amount).capitalize()} rupiah"),
            (
                "Untuk pembayaran",
                b.pick(
                    "Konsumsi rapat koordinasi",
                    "Makan dan minum kegiatan rapat internal",
                    "Pembelian air mineral kantor",
                    "Konsumsi tamu dinas",
                ),
            ),
        ],
        layout="table",
    )
    b.para(f"Terbilang: {rupiah(amount)},-", bold=True, align="left")
    b.add(Signature(b.unit.city, b.eff(), "Yang menerima,", vendor, None, caption=None))
    b.add(
        Signature(
            None,
            None,
            "Bendahara Pengeluaran,",
            b.name(b.person()),
            None,
            caption="Lunas dibayar,",
            align="left",
        )
    )
    return b.build("KUITANSI")


@template(None, "invoice_vendor", "kuitansi")
def invoice(b: DocBuilder) -> DocumentSpec:
    """Build a supplier's invoice addressed to the unit."""
    vendor = b.pick("CV Anugerah Komputer", "PT Sinar Grafika", "CV Karya Mandiri", "Toko Elektronik Jaya")
    b.add(
        Title(vendor.upper(), size=14),
        Paragraph(
            b.pick("Jl. Kaliurang Km 5 No. 12", "Jl. Ahmad Yani No. 45", "Jl. Diponegoro No. 8"),
            align="center",
        ),
    )
    title = "INVOICE"
    b.title(title)
    b.kv(
        [
            ("No. Invoice", f"INV/{b.date.year}/{b.rng.randint(100, 999)}"),
            ("Tanggal", b.eff()),
            ("Kepada", b.unit.full_name),
        ]
    )
    items = [
        ("Servis printer", 150_000),
        ("Cartridge toner", 875_000),
        ("Flashdisk 32 GB", 95_000),
        ("Mouse wireless", 120_000),
        ("Cetak spanduk", 250_000),
    ]
    rows = [
        (str(i), n, str(q := b.rng.randint(1, 6)), rupiah(p), rupiah(p * q))
        for i, (n, p) in enumerate(b.sample(items, 3), 1)
    ]
    b.table(("No", "Uraian", "Qty", "Harga", "Jumlah"), rows)
    b.para("Pembayaran dapat ditransfer ke rekening perusahaan. Terima kasih atas kepercayaan Anda.")
    return b.build(title)


@template(None, "undangan_kegiatan_umum", "undangan")
def undangan_umum(b: DocBuilder) -> DocumentSpec:
    """Invitation to an unrelated coordination meeting (Independence Day, clean-up)."""
    anniversary = b.date.year - 1945
    hal, event = b.rng.choice(
        (
            (
                "Undangan Rapat Persiapan HUT RI",
                f"persiapan Peringatan Hari Ulang Tahun ke-{anniversary} Kemerdekaan Republik Indonesia",
            ),
            ("Undangan Kerja Bakti", "pelaksanaan kerja bakti lingkungan kantor"),
            ("Undangan Rapat Koordinasi", "persiapan lomba antar unit kerja dalam rangka Hari Jadi daerah"),
            ("Undangan Rapat Persiapan Donor Darah", "persiapan kegiatan donor darah"),
            ("Undangan Rapat Pembentukan Panitia", "pembentukan panitia halal bihalal keluarga besar"),
        )
    )
    title = c.undangan(b, hal=hal, purpose=event, acara=f"Rapat koordinasi {event}", topic="umum")
    return b.build(title)


@template(None, "menu_konsumsi", "daftar")
def menu(b: DocBuilder) -> DocumentSpec:
    """Catering menu and portions for a meeting."""
    title = "DAFTAR MENU KONSUMSI RAPAT"
    b.title(title)
    b.kv(
        [
            ("Kegiatan", b.pick("Rapat internal", "Rapat koordinasi bulanan", "Kegiatan pelatihan")),
            ("Hari/Tanggal", b.eff_weekday()),
            ("Jumlah peserta", f"{b.rng.randint(15, 60)} orang"),
        ]
    )
    rows = [
        (str(i), m, str(b.rng.randint(15, 60)), rupiah(p))
        for i, (m, p) in enumerate(
            b.sample(
                [
                    ("Snack box (3 jenis kue)", 12_500),
                    ("Nasi kotak ayam bakar", 30_000),
                    ("Air mineral 600 ml", 4_000),
                    ("Kopi dan teh", 6_000),
                    ("Buah potong", 8_000),
                    ("Nasi kotak rendang", 35_000),
                ],
                4,
            ),
            1,
        )
    ]
    b.table(("No", "Menu", "Porsi", "Harga Satuan"), rows)
    b.add(Signature(b.unit.city, None, "Pengelola Kegiatan,", b.name(b.person()), None))
    return b.build(title)


@template(None, "surat_edaran_libur", "surat_edaran")
def libur(b: DocBuilder) -> DocumentSpec:
    """Circular on public holidays and collective leave."""
    holiday = b.later(5, 30)
    title = c.surat_edaran(
        b,
        subject=b.pick(
            "HARI LIBUR NASIONAL DAN CUTI BERSAMA", "PENGATURAN JAM KERJA PADA HARI LIBUR NASIONAL"
        ),
        kepada=f"Seluruh Pegawai {b.unit.full_name}",
        background=[
            "Berdasarkan Surat Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri "
            "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi tentang Hari Libur Nasional dan "
            f"Cuti Bersama Tahun {b.date.year}, dengan ini disampaikan bahwa tanggal {b.cite(holiday)} "
            "merupakan hari libur nasional."
        ],
        points=[
            "kegiatan perkantoran diliburkan pada hari libur nasional dan cuti bersama;",
            "unit pelayanan yang bersifat darurat tetap memberikan pelayanan dengan pengaturan piket;",
            "pegawai masuk kerja kembali pada hari kerja berikutnya sesuai jam kerja.",
        ],
    )
    return b.build(title)


@template(None, "berita_media", "berita")
def berita(b: DocBuilder) -> DocumentSpec:
    """Build a news article about another office's activity."""
    other, event = b.rng.choice(
        (
            ("Dinas Perdagangan", "Dinas Perdagangan Gelar Pasar Murah Jelang Hari Raya"),
            ("Dinas Lingkungan Hidup", "Dinas Lingkungan Hidup Gelar Lomba Kebersihan Lingkungan"),
            ("Badan Penanggulangan Bencana Daerah", "BPBD Latih Relawan Tanggap Bencana"),
            ("Dinas Perhubungan", "Dinas Perhubungan Raih Predikat Wilayah Bebas dari Korupsi"),
            ("Dinas Pemuda dan Olahraga", "Dispora Gelar Turnamen Sepak Bola Pelajar"),
        )
    )
    title = event
    b.add(
        Paragraph(b.pick("BERITA DAERAH", "Portal Berita Pemerintah", "KABAR KOTA"), bold=True, align="left")
    )
    b.add(Title(event, size=15))
    b.add(Paragraph(f"{b.eff_weekday()} | {b.pick('08.15', '10.30', '14.05')} WIB", align="left"))
    b.para(
        f"{b.unit.city.upper()} - {other} {b.unit.region} "
        + b.pick(
            "kembali menjadi sorotan",
            "menggelar kegiatan yang menarik perhatian warga",
            "mencatat capaian baru",
        )
        + ". "
        f"{event}, kegiatan yang diikuti ratusan peserta dan dihadiri unsur forum koordinasi pimpinan "
        "daerah."
    )
    b.para(
        b.pick(
            "Menurut panitia, kegiatan ini merupakan agenda rutin setiap tahun dan mendapat sambutan "
            "positif dari masyarakat.",
            "Kepala dinas berharap kegiatan serupa dapat dilaksanakan secara berkelanjutan dengan "
            "melibatkan lebih banyak pihak.",
        )
    )
    b.para(f"(Humas {b.unit.region}/{b.pick('red', 'adv', 'kom')})", align="left")
    return b.build(title)


@template(None, "surat_pengantar", "surat")
def pengantar(b: DocBuilder) -> DocumentSpec:
    """Cover letter forwarding routine documents to another office."""
    what = b.pick(
        "data inventaris barang milik daerah semester I",
        "usulan peserta lomba kebersihan lingkungan",
        "rekapitulasi pemakaian kendaraan dinas",
        "daftar pegawai peserta jalan sehat",
    )
    title = c.surat(
        b,
        hal=f"Penyampaian {what.split(' ', 1)[0].capitalize()} {what.split(' ', 1)[1]}",
        kepada=b.pick(
            "Kepala Badan Keuangan dan Aset Daerah",
            "Kepala Bagian Umum Sekretariat Daerah",
            "Ketua Panitia Hari Jadi",
        ),
        lampiran="1 (satu) berkas",
        body=[
            f"Bersama ini kami sampaikan {what} {b.unit.full_name} sebagaimana terlampir untuk "
            "dipergunakan sebagaimana mestinya."
        ],
    )
    return b.build(title)


@template(None, "laporan_perjalanan_dinas", "laporan")
def perjalanan(b: DocBuilder) -> DocumentSpec:
    """Travel report after an official trip."""
    person = b.person(b.pick("Kepala Subbagian Umum", "Pengelola Keuangan", "Pengadministrasi Perkantoran"))
    start = b.earlier(3, 15)
    dest = b.pick("Jakarta", "Semarang", "Surabaya", "Bandung", "Denpasar", "Makassar")
    st_date = start - dt.timedelta(days=b.rng.randint(2, 7))
    title = "LAPORAN PERJALANAN DINAS"
    b.kop(0.6)
    b.title(title)
    b.kv(
        [
            ("Dasar", f"Surat Tugas Nomor {b.unit.nomor(b.rng, st_date, 'umum')} tanggal {b.cite(st_date)}"),
            (
                "Maksud",
                b.pick(
                    "Konsultasi pengelolaan keuangan",
                    "Mengikuti rapat koordinasi teknis",
                    "Mengantar dokumen ke kementerian",
                ),
            ),
            ("Tujuan", dest),
            ("Waktu", b.cite(start)),
            ("Pelaksana", person.name),
        ]
    )
    b.heading("Hasil Perjalanan Dinas")
    b.numbered(
        [
            "Telah dilaksanakan koordinasi dengan pejabat terkait.",
            "Diperoleh penjelasan teknis yang akan ditindaklanjuti di kantor.",
            "Dokumen telah diserahkan dan diterima.",
        ],
        "1.",
    )
    b.add(b.sign_letter(person=person, position="Pelaksana Perjalanan Dinas"))
    return b.build(title)


@template(None, "surat_keterangan_kerja", "surat")
def keterangan(b: DocBuilder) -> DocumentSpec:
    """Certificate that an employee works at the unit (for a bank or school)."""
    person = b.person(
        b.pick("Penata Layanan Operasional", "Pengadministrasi Perkantoran", "Pengelola Layanan Operasional")
    )
    b.kop(0.95)
    title = "SURAT KETERANGAN"
    b.title(title, underline=True)
    b.title(f"Nomor: {b.unit.nomor(b.rng, b.date, 'peg')}")
    b.para(f"Yang bertanda tangan di bawah ini {b.unit.head_short} menerangkan bahwa:", align="left")
    b.add(
        KeyValue(
            (("Nama", person.name), ("NIP", b.nip(person)), ("Jabatan", person.position)), layout="table"
        )
    )
    b.para(
        f"adalah benar pegawai pada {b.unit.full_name} dan masih aktif bekerja sampai dengan saat ini. "
        "Surat keterangan ini dibuat untuk keperluan "
        + b.pick("pengajuan kredit bank", "persyaratan sekolah anak", "pengurusan BPJS")
        + "."
    )
    b.add(b.sign_letter())
    return b.build(title)
