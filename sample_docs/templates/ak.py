"""Area IV, Penguatan Akuntabilitas: plans, agreements, indicators and performance reports.

Strategic and annual plans, performance agreements, performance monitoring, key performance
indicators, performance reports, the performance information system and capacity building
for performance accountability.
"""

from __future__ import annotations

import logging

from sample_docs.dates import roman
from sample_docs.spec import DocumentSpec, PageBreak, Signature, SignaturePair
from sample_docs.templates import carriers as c
from sample_docs.templates.base import DocBuilder, template
from sample_docs.templates.common import cite_period, member_rows, money, pct, report_quarter
from sample_docs.units import Person

log = logging.getLogger(__name__)

AK_KEYS = ("perpres29_2014", "permenpan53_2014", "permenpan88_2021")


def _goals(b: DocBuilder) -> list[tuple[str, str, str]]:
    """``(sasaran strategis, indikator, satuan)`` rows adapted to the unit's field."""
    clients = b.unit.sector.clients
    rows = [
        (f"Meningkatnya kualitas {b.unit.sector.field}", "Indeks Kepuasan Masyarakat", "nilai"),
        ("Meningkatnya akuntabilitas kinerja", "Nilai evaluasi SAKIP", "nilai"),
        (f"Meningkatnya kepuasan {clients}", "Persentase layanan selesai tepat waktu", "%"),
        ("Terwujudnya tata kelola yang bersih", "Persentase tindak lanjut hasil pemeriksaan", "%"),
        (
            f"Meningkatnya cakupan {b.service.removeprefix('Pelayanan ').lower()}",
            "Persentase capaian target layanan",
            "%",
        ),
        ("Meningkatnya kapasitas aparatur", "Persentase pegawai dengan kinerja minimal Baik", "%"),
    ]
    return b.sample(rows, b.rng.randint(3, 5))


def _target(b: DocBuilder, unit_kind: str) -> str:
    if unit_kind == "nilai":
        return f"{b.rng.uniform(76, 92):.2f}".replace(".", ",")
    return f"{b.rng.randint(80, 100)}"


def _renstra_period(b: DocBuilder) -> tuple[int, int]:
    # Strategic plans are adopted in the first year of their period, or late in the year before.
    start = b.date.year if b.maybe(0.7) else b.date.year + 1
    b.period = (start, start + 4)
    return b.period


# -- renstra_renja -------------------------------------------------------------------------


@template("renstra_renja", "renstra", "dokumen_perencanaan")
def renstra(b: DocBuilder) -> DocumentSpec:
    """Strategic plan (Renstra) for a five-year period."""
    start, end = _renstra_period(b)
    period = f"{start}-{end}" if b.maybe(0.7) else f"{start} - {end}"
    title = c.report_cover(
        b, ["RENCANA STRATEGIS", b.unit.full_name.upper(), f"TAHUN {period}"], cover_page=b.maybe(0.8)
    )
    b.title("KATA PENGANTAR")
    b.para(
        b.pf(
            "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya Rencana "
            "Strategis {unit} Tahun {p}. Renstra ini memuat tujuan, sasaran, strategi, arah kebijakan "
            "serta program dan kegiatan yang akan dilaksanakan selama lima tahun ke depan sebagai "
            "penjabaran dari dokumen perencanaan jangka menengah.",
            p=period,
        )
    )
    b.para(
        "Kami menyampaikan terima kasih kepada semua pihak yang telah berkontribusi dalam penyusunan "
        "dokumen ini."
    )
    b.add(b.sign_letter())
    b.add(PageBreak())
    legal = (
        ["perpres29_2014", "permendagri86_2017"]
        if b.unit.is_pemda
        else ["perpres29_2014", "permenpan53_2014"]
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Rencana Strategis (Renstra) {unit} merupakan dokumen perencanaan untuk periode lima "
                "tahun yang disusun selaras dengan rencana pembangunan jangka menengah dan menjadi "
                "acuan penyusunan Rencana Kerja tahunan."
            )
        ],
        legal_keys=legal,
        purpose=[
            "Menjadi pedoman penyusunan Rencana Kerja tahunan.",
            "Menjadi dasar pengukuran dan evaluasi kinerja.",
        ],
    )
    c.chapter(b, "Tujuan dan Sasaran")
    years = [str(y) for y in range(start, end + 1)]
    rows = []
    for goal, indicator, kind in _goals(b):
        base = float(_target(b, kind).replace(",", "."))
        targets = [
            f"{min(base + i * (0.8 if kind == 'nilai' else 2), 100):.2f}".replace(".", ",")
            if kind == "nilai"
            else str(min(int(base) + i * 2, 100))
            for i in range(5)
        ]
        rows.append((goal, indicator, *targets))
    b.table(("Sasaran Strategis", "Indikator Kinerja", *years), rows, font_size=8)
    c.chapter(b, "Penutup")
    b.para(
        b.pf(
            "Renstra {unit} Tahun {p} menjadi acuan bagi seluruh unsur organisasi dalam melaksanakan "
            "program dan kegiatan, serta dievaluasi setiap tahun.",
            p=period,
        )
    )
    return b.build(title)


@template("renstra_renja", "renja", "dokumen_perencanaan")
def renja(b: DocBuilder) -> DocumentSpec:
    """Annual work plan (Renja) with programmes, indicators and budget ceilings."""
    year = b.date.year + 1 if b.date.month >= 6 else b.date.year
    b.period = (year, year)
    name = "RENCANA KERJA (RENJA)" if b.unit.is_pemda else "RENCANA KERJA TAHUNAN"
    title = c.report_cover(b, [name, b.unit.full_name.upper(), f"TAHUN {year}"], with_kop=0.6)
    c.report_intro(
        b,
        background=[
            b.pf(
                "Rencana Kerja {unit} Tahun {y} disusun sebagai penjabaran Rencana Strategis dan "
                "memuat program, kegiatan, indikator kinerja serta pagu indikatif yang akan "
                "dilaksanakan.",
                y=str(year),
            )
        ],
        legal_keys=("perpres29_2014", "permendagri86_2017") if b.unit.is_pemda else ("perpres29_2014",),
    )
    c.chapter(b, "Rencana Program dan Kegiatan")
    programmes = (
        "Program Penunjang Urusan Pemerintahan",
        f"Program Peningkatan {c.title_case(b.unit.sector.field)}",
        "Program Pengelolaan Pelayanan Publik",
        "Program Peningkatan Kapasitas Aparatur",
    )
    rows = [
        (
            str(i),
            p,
            b.pick("Persentase capaian layanan", "Nilai SAKIP", "Indeks Kepuasan Masyarakat"),
            b.pick("90%", "BB", "85,00", "100%"),
            money(b, 150, 4500),
        )
        for i, p in enumerate(b.sample(programmes, b.rng.randint(2, 4)), 1)
    ]
    b.table(("No", "Program/Kegiatan", "Indikator", "Target", "Pagu Indikatif"), rows)
    c.report_close(
        b, conclusions=[b.pf("Renja ini menjadi pedoman pelaksanaan kegiatan {unit} Tahun {y}.", y=str(year))]
    )
    return b.build(title)


@template("renstra_renja", "rkt", "dokumen_perencanaan")
def rkt(b: DocBuilder) -> DocumentSpec:
    """Annual performance plan (Rencana Kinerja Tahunan) table."""
    year = b.date.year + 1 if b.date.month >= 9 else b.date.year
    b.period = (year, year)
    rows = [
        (str(i), goal, indicator, _target(b, kind)) for i, (goal, indicator, kind) in enumerate(_goals(b), 1)
    ]
    title = c.rekap(
        b,
        title_lines=["RENCANA KINERJA TAHUNAN (RKT)", b.unit.full_name.upper(), f"TAHUN {year}"],
        header=("No", "Sasaran Strategis", "Indikator Kinerja", "Target"),
        rows=rows,
    )
    return b.build(title)


@template("renstra_renja", "notulen_perencanaan", "notulen")
def renja_notulen(b: DocBuilder) -> DocumentSpec:
    """Minutes of a planning meeting chaired by the head (Renja/RKA)."""
    year = b.date.year + 1 if b.date.month >= 6 else b.date.year
    title = c.notulen(
        b,
        rapat=b.pick(
            f"Rapat Penyusunan Rencana Kerja Tahun {year}",
            f"Rapat Pembahasan Rancangan Renja dan RKA Tahun {year}",
        ),
        agenda=[
            "Evaluasi capaian kinerja tahun sebelumnya",
            "Penyusunan program, kegiatan dan target kinerja",
        ],
        pembahasan=[
            "Pimpinan memimpin langsung pembahasan rancangan rencana kerja dan menekankan orientasi hasil.",
            "Setiap bidang menyampaikan usulan kegiatan beserta indikator dan target kinerja yang "
            "selaras dengan Renstra.",
            "Pagu indikatif disesuaikan dengan prioritas pembangunan daerah."
            if b.unit.is_pemda
            else "Pagu indikatif disesuaikan dengan prioritas kementerian.",
        ],
        kesimpulan=[
            "Rancangan Renja disepakati dan difinalisasi oleh Subbagian Perencanaan.",
            "Target kinerja dimasukkan dalam aplikasi perencanaan.",
        ],
    )
    return b.build(title)


# -- perjanjian_kinerja --------------------------------------------------------------------


def _superior(b: DocBuilder) -> tuple[Person, str, bool]:
    """Return the head's superior: person, position and whether a NIP is printed."""
    title = b.unit.superior_title
    person = b.person(c.title_case(title))
    elected = title.startswith(("BUPATI", "WALI KOTA", "GUBERNUR"))
    return person, title, not elected


_PK_TEXT = (
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta "
    "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian "
    "ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam "
    "dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi "
    "tanggung jawab kami.",
    "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap "
    "capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian "
    "penghargaan dan sanksi.",
)


def _pk(
    b: DocBuilder,
    *,
    first: Person,
    first_pos: str,
    second: Person,
    second_pos: str,
    second_nip: bool,
    revised: bool,
    label: str = "PIHAK PERTAMA",
) -> str:
    b.kop(0.6)
    title = f"PERJANJIAN KINERJA TAHUN {b.date.year}" + (" (PERUBAHAN)" if revised else "")
    b.title(title, b.unit.full_name.upper())
    if b.maybe(0.3):
        b.title(f"Nomor: {b.rng.randint(1, 30)}/SPJ/{b.unit.abbrev}/{b.date.month}/{b.date.year}")
    b.para(_PK_TEXT[0])
    b.kv([("Nama", first.name), ("Jabatan", first_pos)])
    b.para(f"selanjutnya disebut {label.lower()}.", align="left")
    b.kv([("Nama", second.name), ("Jabatan", second_pos)])
    b.para(f"selaku atasan {label.lower()}, selanjutnya disebut pihak kedua.", align="left")
    if revised:
        b.para(
            b.pick(
                "Perjanjian kinerja ini merupakan perubahan atas perjanjian kinerja sebelumnya "
                "sehubungan dengan perubahan anggaran dan penyesuaian target kinerja.",
                "Perubahan perjanjian kinerja dilakukan karena adanya pergantian pejabat dan "
                "penyesuaian sasaran strategis.",
            )
        )
    b.para(_PK_TEXT[1].replace("Pihak pertama", label.capitalize()))
    b.para(_PK_TEXT[2])
    right = Signature(
        place=b.unit.city,
        date_text=b.eff(),
        position=label.title() + ",",
        name=b.name(first),
        nip=b.nip(first),
    )
    left = Signature(
        place=None,
        date_text=None,
        position="Pihak Kedua,",
        name=b.name(second),
        nip=b.nip(second) if second_nip else None,
    )
    b.add(SignaturePair(left, right))
    b.add(PageBreak())
    b.title(f"LAMPIRAN PERJANJIAN KINERJA TAHUN {b.date.year}", b.unit.full_name.upper())
    rows = [
        (str(i), goal, indicator, _target(b, kind) + (" %" if kind == "%" else ""))
        for i, (goal, indicator, kind) in enumerate(_goals(b), 1)
    ]
    b.table(("No", "Sasaran Strategis", "Indikator Kinerja", "Target"), rows)
    budget = [
        (str(i), p, money(b, 100, 5000))
        for i, p in enumerate(
            (
                "Program Penunjang Urusan Pemerintahan",
                f"Program Peningkatan {c.title_case(b.unit.sector.field)}",
                "Program Pelayanan Publik",
            ),
            1,
        )
    ]
    b.table(("No", "Program", "Anggaran"), budget)
    b.add(
        SignaturePair(
            Signature(None, None, "Pihak Kedua,", b.name(second), b.nip(second) if second_nip else None),
            Signature(None, None, label.title() + ",", b.name(first), b.nip(first)),
        )
    )
    return title


@template("perjanjian_kinerja", "pk_kepala", "perjanjian_kinerja")
def pk_kepala(b: DocBuilder) -> DocumentSpec:
    """Build the performance agreement between the unit head and the superior."""
    second, second_pos, has_nip = _superior(b)
    title = _pk(
        b,
        first=b.head,
        first_pos=c.title_case(b.unit.head_title),
        second=second,
        second_pos=c.title_case(second_pos),
        second_nip=has_nip,
        revised=False,
    )
    return b.build(title)


@template("perjanjian_kinerja", "pk_perubahan", "perjanjian_kinerja")
def pk_perubahan(b: DocBuilder) -> DocumentSpec:
    """Revised performance agreement (PK Perubahan)."""
    second, second_pos, has_nip = _superior(b)
    title = _pk(
        b,
        first=b.head,
        first_pos=c.title_case(b.unit.head_title),
        second=second,
        second_pos=c.title_case(second_pos),
        second_nip=has_nip,
        revised=True,
    )
    return b.build(title)


@template("perjanjian_kinerja", "pk_pejabat", "perjanjian_kinerja")
def pk_pejabat(b: DocBuilder) -> DocumentSpec:
    """Build a sub-unit head's performance agreement with the unit head ("PIHAK KESATU" wording)."""
    subunit = b.pick(*b.unit.sector.subunits)
    first = b.person(f"Kepala {subunit}")
    title = _pk(
        b,
        first=first,
        first_pos=f"Kepala {subunit.removeprefix('Bidang ').removeprefix('Seksi ')}"
        if b.maybe(0.3)
        else f"Kepala {subunit}",
        second=b.head,
        second_pos=c.title_case(b.unit.head_title),
        second_nip=True,
        revised=False,
        label=b.pick("PIHAK PERTAMA", "PIHAK KESATU"),
    )
    return b.build(title)


@template("perjanjian_kinerja", "notulen_penyusunan_pk", "notulen")
def pk_notulen(b: DocBuilder) -> DocumentSpec:
    """Minutes of the meeting, chaired by the head, that drafted the performance agreements."""
    title = c.notulen(
        b,
        rapat=b.pick(
            f"Rapat Penyusunan Perjanjian Kinerja Tahun {b.date.year}",
            "Rapat Penetapan Kinerja dan Penandatanganan Perjanjian Kinerja",
        ),
        agenda=[
            "Penyelarasan sasaran dan indikator Perjanjian Kinerja dengan Renstra",
            "Penetapan target kinerja dan rencana aksi",
        ],
        pembahasan=[
            "Pimpinan memimpin langsung pembahasan rancangan Perjanjian Kinerja dan menekankan "
            "indikator yang berorientasi hasil.",
            "Setiap pejabat menyampaikan usulan target kinerja yang selaras dengan dokumen anggaran "
            "yang telah disahkan.",
            "Perjanjian Kinerja disusun paling lama satu bulan setelah dokumen anggaran disahkan.",
        ],
        kesimpulan=[
            "Target kinerja disepakati dan dituangkan dalam Perjanjian Kinerja berjenjang.",
            "Penandatanganan Perjanjian Kinerja dilaksanakan bersama seluruh pejabat.",
        ],
    )
    return b.build(title)


@template("perjanjian_kinerja", "undangan_penandatanganan_pk", "undangan")
def pk_undangan(b: DocBuilder) -> DocumentSpec:
    """Invitation to the signing of the performance agreements."""
    title = c.undangan(
        b,
        hal=b.pick(
            f"Undangan Penandatanganan Perjanjian Kinerja Tahun {b.date.year}",
            "Undangan Rapat Penyusunan Perjanjian Kinerja",
        ),
        purpose=f"penyusunan dan penandatanganan Perjanjian Kinerja Tahun {b.date.year}",
        acara="Penandatanganan Perjanjian Kinerja dan rencana aksi",
        kepada="Para Pejabat Struktural dan Koordinator (daftar terlampir)",
        topic="ren",
    )
    return b.build(title)


# -- monitoring_kinerja --------------------------------------------------------------------


def _achievement_rows(b: DocBuilder) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for i, (goal, indicator, kind) in enumerate(_goals(b), 1):
        target = _target(b, kind)
        t = float(target.replace(",", "."))
        real = t * b.rng.uniform(0.85, 1.1)
        real_s = f"{real:.2f}".replace(".", ",")
        rows.append(
            (str(i), goal, indicator, target, real_s, f"{real / t * 100:.2f}".replace(".", ",") + "%")
        )
    return rows


@template("monitoring_kinerja", "notulen_monitoring", "notulen")
def monitoring_notulen(b: DocBuilder) -> DocumentSpec:
    """Minutes of the head's quarterly performance monitoring meeting."""
    year, q, _, _ = report_quarter(b)
    title = c.notulen(
        b,
        rapat=b.pick(
            f"Rapat Monitoring Capaian Kinerja Triwulan {roman(q)} Tahun {year}",
            "Rapat Pemantauan Capaian Kinerja dan Rencana Aksi Perjanjian Kinerja",
        ),
        agenda=[
            "Capaian indikator kinerja Perjanjian Kinerja",
            "Realisasi anggaran",
            "Tindak lanjut capaian yang belum optimal",
        ],
        pembahasan=[
            "Pimpinan memimpin langsung pemantauan capaian kinerja triwulan berdasarkan rencana aksi "
            "Perjanjian Kinerja.",
            "Capaian indikator "
            + b.pick("persentase layanan selesai tepat waktu", "indeks kepuasan masyarakat", "nilai SAKIP")
            + " "
            "belum mencapai target triwulan.",
            f"Realisasi anggaran sampai dengan triwulan {roman(q)} sebesar {pct(b, 15, 80)}.",
        ],
        kesimpulan=[
            "Bidang yang capaiannya di bawah target menyusun langkah percepatan.",
            "Hasil pemantauan menjadi bahan pemberian penghargaan dan sanksi.",
        ],
        follow_up=[
            ("Menyusun rencana percepatan capaian", "Kepala Bidang"),
            ("Memutakhirkan data capaian pada e-SAKIP", "Subbagian Perencanaan"),
        ]
        if b.maybe(0.6)
        else (),
    )
    return b.build(title)


@template("monitoring_kinerja", "laporan_capaian_triwulan", "laporan")
def monitoring_laporan(b: DocBuilder) -> DocumentSpec:
    """Quarterly report measuring performance against targets."""
    year, q, start, end = report_quarter(b)
    title = c.report_cover(
        b,
        ["LAPORAN PENGUKURAN CAPAIAN KINERJA", f"TRIWULAN {roman(q)} TAHUN {year}"],
        cover_page=False,
        with_kop=0.8,
    )
    b.para(
        b.pf(
            "Pengukuran capaian kinerja {unit} periode {p} dilakukan terhadap indikator Perjanjian "
            "Kinerja dengan hasil sebagai berikut:",
            p=cite_period(b, start, end),
        )
    )
    b.table(("No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian"), _achievement_rows(b))
    b.para("Capaian yang belum memenuhi target dibahas dalam rapat pimpinan untuk ditindaklanjuti.")
    c.sign_report(b, b.pick("head", "maker"))
    return b.build(title)


@template("monitoring_kinerja", "undangan_monitoring", "undangan")
def monitoring_undangan(b: DocBuilder) -> DocumentSpec:
    """Invitation to the performance monitoring meeting."""
    _, q, _, _ = report_quarter(b)
    title = c.undangan(
        b,
        hal=b.pick(
            f"Undangan Rapat Monitoring Capaian Kinerja Triwulan {roman(q)}",
            "Undangan Rapat Evaluasi Capaian Kinerja",
        ),
        purpose="pemantauan capaian kinerja dan rencana aksi Perjanjian Kinerja",
        acara="Monitoring capaian kinerja dan realisasi anggaran",
        topic="ren",
        extra=["Setiap bidang dimohon menyiapkan data capaian indikator kinerja dan realisasi anggaran."],
    )
    return b.build(title)


# -- iku -----------------------------------------------------------------------------------


def _iku_rows(b: DocBuilder) -> list[tuple[str, ...]]:
    formulas = {
        "Indeks Kepuasan Masyarakat": "Rata-rata tertimbang nilai unsur pelayanan x 25",
        "Nilai evaluasi SAKIP": "Nilai hasil evaluasi AKIP oleh evaluator",
        "Persentase layanan selesai tepat waktu": "Jumlah layanan tepat waktu / jumlah layanan x 100%",
        "Persentase tindak lanjut hasil pemeriksaan": (
            "Rekomendasi ditindaklanjuti / seluruh rekomendasi x 100%"
        ),
        "Persentase capaian target layanan": "Realisasi layanan / target layanan x 100%",
        "Persentase pegawai dengan kinerja minimal Baik": (
            "Pegawai berpredikat minimal Baik / seluruh pegawai x 100%"
        ),
    }
    return [
        (
            str(i),
            goal,
            indicator,
            formulas[indicator],
            b.pick(
                "Laporan bulanan", "Aplikasi e-SAKIP", "Hasil survei", "Aplikasi SIASN", f"Aplikasi {b.app}"
            ),
        )
        for i, (goal, indicator, _) in enumerate(_goals(b), 1)
    ]


@template("iku", "sk_iku", "sk")
def iku_sk(b: DocBuilder) -> DocumentSpec:
    """Decree adopting the key performance indicators for a period."""
    start, end = _renstra_period(b)
    subject = b.pick(
        f"INDIKATOR KINERJA UTAMA {b.unit.full_name.upper()} TAHUN {start}-{end}",
        f"PENETAPAN INDIKATOR KINERJA UTAMA TAHUN {start}-{end}",
    )
    title = c.sk(
        b,
        subject=subject,
        menimbang=[
            "bahwa untuk mengukur keberhasilan pencapaian tujuan dan sasaran strategis organisasi "
            "diperlukan Indikator Kinerja Utama;",
            "bahwa Indikator Kinerja Utama perlu ditetapkan selaras dengan Rencana Strategis dan "
            "memenuhi kriteria spesifik, terukur, dapat dicapai, relevan dan berjangka waktu;",
        ],
        mengingat_keys=AK_KEYS,
        diktum=[
            f"Menetapkan Indikator Kinerja Utama {b.unit.full_name} Tahun {start}-{end} sebagaimana "
            "tercantum dalam Lampiran Keputusan ini.",
            "Indikator Kinerja Utama digunakan sebagai acuan penyusunan Perjanjian Kinerja, pengukuran "
            "dan pelaporan kinerja.",
        ],
        lampiran=(
            "INDIKATOR KINERJA UTAMA",
            ("No", "Sasaran Strategis", "Indikator Kinerja Utama", "Formula", "Sumber Data"),
            _iku_rows(b),
        ),
    )
    return b.build(title)


@template("iku", "dokumen_iku", "dokumen_perencanaan")
def iku_dokumen(b: DocBuilder) -> DocumentSpec:
    """Stand-alone key performance indicator document."""
    start, end = _renstra_period(b)
    title = c.rekap(
        b,
        title_lines=["INDIKATOR KINERJA UTAMA (IKU)", b.unit.full_name.upper(), f"PERIODE {start}-{end}"],
        intro=b.pf(
            "Indikator Kinerja Utama {unit} disusun berdasarkan sasaran strategis dalam Rencana "
            "Strategis dan menjadi ukuran keberhasilan organisasi.",
        ),
        header=("No", "Sasaran Strategis", "Indikator Kinerja Utama", "Formula", "Sumber Data"),
        rows=_iku_rows(b),
    )
    return b.build(title)


@template("iku", "reviu_iku", "laporan")
def iku_reviu(b: DocBuilder) -> DocumentSpec:
    """Review of key performance indicators against the SMART criteria."""
    start, end = _renstra_period(b)
    rows = [
        (str(i), indicator, *["Ya" if b.maybe(0.85) else "Tidak" for _ in range(5)])
        for i, (_, indicator, _) in enumerate(_goals(b), 1)
    ]
    title = c.rekap(
        b,
        title_lines=[
            "KERTAS KERJA REVIU INDIKATOR KINERJA UTAMA",
            f"{b.unit.full_name.upper()} TAHUN {start}-{end}",
        ],
        intro="Reviu dilakukan untuk menilai apakah Indikator Kinerja Utama telah memenuhi kriteria SMART "
        "(Specific, Measurable, Achievable, Relevant, Time bound).",
        header=(
            "No",
            "Indikator Kinerja Utama",
            "Spesifik",
            "Terukur",
            "Dapat Dicapai",
            "Relevan",
            "Berjangka Waktu",
        ),
        rows=rows,
        signer="team",
    )
    return b.build(title)


# -- laporan_kinerja -----------------------------------------------------------------------


@template("laporan_kinerja", "lkjip", "laporan")
def lkjip(b: DocBuilder) -> DocumentSpec:
    """LKjIP on the previous year, signed in the current year."""
    year = b.date.year - 1
    b.reporting_year = year
    name = b.pick("LAPORAN KINERJA INSTANSI PEMERINTAH", "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)")
    title = c.report_cover(b, [name, b.unit.full_name.upper(), f"TAHUN {year}"], cover_page=b.maybe(0.8))
    b.title("KATA PENGANTAR")
    b.para(
        b.pf(
            "Laporan Kinerja Instansi Pemerintah {unit} Tahun {y} disusun sebagai wujud "
            "pertanggungjawaban atas pelaksanaan tugas dan fungsi dalam mencapai sasaran strategis "
            "yang telah ditetapkan dalam Perjanjian Kinerja Tahun {y}.",
            y=str(year),
        )
    )
    b.add(b.sign_letter())
    b.add(PageBreak())
    b.title("IKHTISAR EKSEKUTIF")
    b.para(
        b.pf(
            "Pada Tahun {y}, {unit} menetapkan {n} sasaran strategis yang diukur dengan indikator "
            "kinerja utama. Secara umum capaian kinerja menunjukkan hasil yang baik dengan rata-rata "
            "capaian {p}.",
            y=str(year),
            n=str(b.rng.randint(3, 6)),
            p=pct(b, 92, 108),
        )
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Penyusunan laporan kinerja merupakan kewajiban setiap instansi pemerintah sebagai "
                "bagian dari Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)."
            )
        ],
        legal_keys=AK_KEYS,
    )
    c.chapter(b, "Perencanaan Kinerja")
    b.para(
        b.pf(
            "Perjanjian Kinerja Tahun {y} memuat sasaran strategis, indikator dan target yang menjadi "
            "ukuran keberhasilan organisasi.",
            y=str(year),
        )
    )
    c.chapter(b, "Akuntabilitas Kinerja")
    b.table(("No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian"), _achievement_rows(b))
    b.para(f"Realisasi anggaran Tahun {year} sebesar {money(b, 800, 9000)} atau {pct(b, 85, 99)} dari pagu.")
    c.chapter(b, "Penutup")
    b.para(
        b.pf(
            "Laporan Kinerja Tahun {y} diharapkan menjadi bahan evaluasi dan perbaikan perencanaan "
            "kinerja tahun berikutnya.",
            y=str(year),
        )
    )
    return b.build(title)


@template("laporan_kinerja", "lakin", "laporan")
def lakin(b: DocBuilder) -> DocumentSpec:
    """Build a performance accountability report (LAKIN/LAKIP wording) dated at the end."""
    year = b.date.year - 1
    b.reporting_year = year
    name = b.pick(
        "LAPORAN AKUNTABILITAS KINERJA",
        "LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (LAKIP)",
        "LAPORAN KINERJA (LAKIN)",
    )
    title = c.report_cover(b, [name, f"TAHUN {year}"], cover_page=False, with_kop=0.9)
    c.report_intro(
        b,
        background=[
            b.pf(
                "Laporan ini menyajikan capaian kinerja {unit} Tahun {y} dibandingkan dengan target "
                "Perjanjian Kinerja dan capaian tahun sebelumnya.",
                y=str(year),
            )
        ],
        legal_keys=AK_KEYS,
    )
    c.chapter(b, "Capaian Kinerja Organisasi")
    rows = [(*r[:4], r[4], r[5], b.pick("Meningkat", "Tetap", "Meningkat")) for r in _achievement_rows(b)]
    b.table(("No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian", "Dibanding Tahun Lalu"), rows)
    c.report_close(
        b,
        conclusions=["Sebagian besar sasaran strategis tercapai 100% atau lebih."],
        suggestions=["Meningkatkan kualitas data kinerja dan pemanfaatan aplikasi e-SAKIP."],
    )
    return b.build(title)


@template("laporan_kinerja", "surat_penyampaian", "surat")
def lkjip_surat(b: DocBuilder) -> DocumentSpec:
    """Cover letter submitting the previous year's performance report."""
    year = b.date.year - 1
    b.reporting_year = year
    recipient = c.title_case(b.unit.superior_title) + (
        " c.q. Kepala Bagian Organisasi" if b.unit.is_pemda else ""
    )
    title = c.surat(
        b,
        hal=f"Penyampaian Laporan Kinerja Tahun {year}",
        kepada=recipient,
        topic="ren",
        lampiran="1 (satu) eksemplar",
        body=[
            b.pf(
                "Dalam rangka memenuhi ketentuan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem "
                "Akuntabilitas Kinerja Instansi Pemerintah, bersama ini kami sampaikan Laporan Kinerja "
                "Instansi Pemerintah (LKjIP) {unit} Tahun {y}.",
                y=str(year),
            ),
            "Laporan kinerja tersebut juga telah diunggah pada aplikasi e-SAKIP dan dipublikasikan "
            "melalui laman resmi.",
        ],
    )
    return b.build(title)


# -- sistem_informasi_kinerja --------------------------------------------------------------


@template("sistem_informasi_kinerja", "sk_tim_sakip", "sk")
def sik_sk(b: DocBuilder) -> DocumentSpec:
    """Decree forming the SAKIP / performance data team."""
    people = b.staff(b.rng.randint(5, 8))
    roles = ["Ketua", "Sekretaris"] + ["Anggota"] * (len(people) - 2)
    title = c.sk(
        b,
        subject=b.pick(
            f"TIM PENGELOLA SISTEM AKUNTABILITAS KINERJA INSTANSI PEMERINTAH {b.unit.full_name.upper()}",
            "PEMBENTUKAN TIM PENGUMPUL DATA KINERJA",
            "TIM SAKIP DAN PENGELOLA DATA KINERJA",
        ),
        menimbang=[
            "bahwa dalam rangka penerapan Sistem Akuntabilitas Kinerja Instansi Pemerintah diperlukan "
            "mekanisme pengumpulan data kinerja yang andal dan tepat waktu;",
            "bahwa untuk itu perlu membentuk tim yang bertugas mengumpulkan, memverifikasi dan "
            "mengelola data kinerja;",
        ],
        mengingat_keys=AK_KEYS,
        diktum=[
            "Membentuk Tim Pengelola SAKIP dengan susunan sebagaimana tercantum dalam Lampiran "
            "Keputusan ini.",
            "Tim bertugas mengumpulkan data capaian kinerja setiap bulan, memverifikasi kebenarannya, "
            "menginput pada aplikasi e-SAKIP dan menyusun laporan kinerja.",
        ],
        lampiran=(
            "SUSUNAN TIM PENGELOLA SAKIP",
            ("No", "Nama", "NIP", "Jabatan", "Kedudukan"),
            member_rows(b, people, roles),
        ),
    )
    return b.build(title)


@template("sistem_informasi_kinerja", "mekanisme_data_kinerja", "pedoman")
def sik_mekanisme(b: DocBuilder) -> DocumentSpec:
    """Written mechanism for collecting performance data."""
    title = c.report_cover(
        b,
        [
            b.pick("MEKANISME PENGUMPULAN DATA KINERJA", "PEDOMAN SISTEM INFORMASI KINERJA"),
            b.unit.full_name.upper(),
        ],
        cover_page=False,
        with_kop=0.9,
    )
    b.para(
        b.pf(
            "Mekanisme ini mengatur alur pengumpulan, verifikasi dan pelaporan data kinerja di "
            "lingkungan {unit} agar informasi kinerja tersedia secara akurat dan tepat waktu."
        )
    )
    c.chapter(b, "Alur Pengumpulan Data")
    b.numbered(
        [
            "Penanggung jawab indikator pada setiap bidang mengisi capaian kinerja bulanan paling "
            "lambat tanggal 5 bulan berikutnya.",
            "Tim Pengelola SAKIP memverifikasi data beserta bukti dukungnya.",
            "Data terverifikasi diinput pada aplikasi e-SAKIP.",
            "Rekapitulasi capaian dilaporkan kepada pimpinan setiap triwulan.",
        ],
        "1.",
    )
    rows = [
        (str(i), indicator, b.pick(*b.unit.sector.subunits), b.pick("Bulanan", "Triwulanan", "Semesteran"))
        for i, (_, indicator, _) in enumerate(_goals(b), 1)
    ]
    b.table(("No", "Indikator", "Penanggung Jawab Data", "Frekuensi"), rows)
    b.add(b.sign_letter())
    return b.build(title)


@template("sistem_informasi_kinerja", "nota_dinas_data_kinerja", "nota_dinas")
def sik_nota(b: DocBuilder) -> DocumentSpec:
    """Memo asking sub-units to submit performance data through e-SAKIP."""
    title = c.nota_dinas(
        b,
        kepada="Para Kepala Bidang/Kepala Subbagian",
        dari=b.pick("Sekretaris", "Kepala Subbagian Perencanaan dan Keuangan"),
        hal="Pengumpulan Data Capaian Kinerja melalui e-SAKIP",
        topic="ren",
        body=[
            "Dalam rangka pengelolaan data kinerja sesuai mekanisme pengumpulan data kinerja yang "
            "telah ditetapkan, dimohon kepada Saudara untuk:",
            "Data tersebut akan digunakan sebagai bahan pemantauan capaian kinerja oleh pimpinan.",
        ],
        points=[
            "menginput capaian indikator kinerja bulan lalu pada aplikasi e-SAKIP;",
            "mengunggah bukti dukung capaian;",
            "menyampaikan penjelasan apabila capaian di bawah target.",
        ],
    )
    return b.build(title)


# -- kapasitas_akuntabilitas ---------------------------------------------------------------


@template("kapasitas_akuntabilitas", "laporan_bimtek_sakip", "laporan")
def kapasitas_laporan(b: DocBuilder) -> DocumentSpec:
    """Report on technical guidance (bimtek) for performance accountability staff."""
    held = b.earlier(2, 20)
    title = c.report_cover(
        b,
        [
            b.pick("LAPORAN BIMBINGAN TEKNIS SAKIP", "LAPORAN BIMTEK PENYUSUNAN LAPORAN KINERJA"),
            f"TAHUN {b.date.year}",
        ],
        with_kop=0.7,
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Dalam rangka meningkatkan kapasitas SDM pengelola akuntabilitas kinerja, {unit} "
                "menyelenggarakan bimbingan teknis penyusunan dokumen SAKIP bagi perencana dan "
                "pengelola data kinerja."
            )
        ],
        legal_keys=AK_KEYS,
    )
    c.chapter(b, "Pelaksanaan")
    b.kv(
        [
            ("Tanggal", b.cite(held)),
            ("Narasumber", f"{b.unit.inspectorate}" if b.maybe(0.5) else "Bagian Organisasi"),
            ("Peserta", f"{b.rng.randint(10, 30)} orang"),
            (
                "Materi",
                "Penyusunan Perjanjian Kinerja, pengukuran kinerja, penyusunan LKjIP dan pemanfaatan e-SAKIP",
            ),
        ]
    )
    c.report_close(
        b,
        conclusions=[
            "Peserta memahami tahapan penyusunan dokumen SAKIP.",
            "Pengelola data kinerja mampu menggunakan aplikasi e-SAKIP.",
        ],
        signer=b.pick("maker", "head"),
    )
    return b.build(title)


@template("kapasitas_akuntabilitas", "undangan_bimtek", "undangan")
def kapasitas_undangan(b: DocBuilder) -> DocumentSpec:
    """Invitation to a SAKIP capacity-building session."""
    title = c.undangan(
        b,
        hal=b.pick("Undangan Bimbingan Teknis SAKIP", "Undangan Bimtek Penyusunan Laporan Kinerja"),
        purpose="peningkatan kapasitas pengelola akuntabilitas kinerja instansi pemerintah",
        acara=b.pick(
            "Bimbingan teknis penyusunan Perjanjian Kinerja dan Laporan Kinerja",
            "Bimtek pengukuran kinerja dan pemanfaatan e-SAKIP",
        ),
        kepada="Perencana dan Pengelola Data Kinerja (daftar terlampir)",
        topic="ren",
    )
    return b.build(title)


@template("kapasitas_akuntabilitas", "daftar_hadir_bimtek", "daftar_hadir")
def kapasitas_daftar_hadir(b: DocBuilder) -> DocumentSpec:
    """Attendance list of a SAKIP technical guidance session."""
    title = c.daftar_hadir(
        b,
        kegiatan=b.pick(
            "Bimbingan Teknis Sistem Akuntabilitas Kinerja Instansi Pemerintah",
            "Bimtek Penyusunan LKjIP dan Perjanjian Kinerja",
        ),
    )
    return b.build(title)


# -- more carriers for monitoring_kinerja, kapasitas_akuntabilitas, laporan_kinerja ---------


@template("monitoring_kinerja", "nota_dinas_capaian_kinerja", "nota_dinas")
def monitoring_nota_dinas(b: DocBuilder) -> DocumentSpec:
    """Memo reporting quarterly achievement against Perjanjian Kinerja targets to the head."""
    year, q, _, _ = report_quarter(b)
    indicators = b.sample(
        (
            "Persentase layanan yang diselesaikan tepat waktu",
            "Indeks Kepuasan Masyarakat",
            "Nilai evaluasi SAKIP",
            "Persentase realisasi anggaran",
            "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti",
        ),
        3,
    )
    title = c.nota_dinas(
        b,
        kepada=b.unit.head_short,
        dari=b.pick("Kepala Subbagian Perencanaan dan Pelaporan", "Sekretaris", "Perencana Ahli Muda"),
        hal=b.pick(
            f"Laporan Capaian Kinerja Triwulan {roman(q)} Tahun {year}",
            f"Hasil Pemantauan Capaian Indikator Kinerja Triwulan {roman(q)}",
        ),
        topic="ren",
        body=[
            b.pf(
                "Bersama ini kami laporkan hasil pemantauan capaian kinerja {unit} triwulan {q} tahun "
                "{y} terhadap target Perjanjian Kinerja dan rencana aksi, sebagai berikut:",
                q=roman(q),
                y=str(year),
            ),
            b.pick(
                "Indikator yang capaiannya di bawah target perlu dibahas dalam rapat pimpinan untuk "
                "menetapkan langkah percepatan.",
                "Kami mohon arahan Bapak/Ibu untuk indikator yang belum mencapai target triwulan.",
            ),
        ],
        points=[f"{ind}: target {pct(b, 70, 95)}, realisasi {pct(b, 55, 100)};" for ind in indicators],
    )
    return b.build(title)


@template("kapasitas_akuntabilitas", "surat_tugas_bimtek_sakip", "surat_tugas")
def kapasitas_surat_tugas(b: DocBuilder) -> DocumentSpec:
    """Assignment letter sending performance-accountability staff to SAKIP technical guidance."""
    people = b.staff(b.rng.randint(2, 4))
    start = b.later(3, 20)
    b.kop(0.95)
    title = "SURAT TUGAS"
    b.title(title, underline=True)
    b.title(f"Nomor: {b.unit.nomor(b.rng, b.date, 'ren')}")
    b.numbered(
        [
            f"Surat {b.unit.inspectorate} tanggal {b.cite(b.earlier(5, 30))} hal Bimbingan Teknis "
            "Penyusunan Dokumen SAKIP;",
            "Rencana peningkatan kapasitas SDM pengelola akuntabilitas kinerja.",
        ],
        "1.",
        label="Dasar",
    )
    b.title("MENUGASKAN:")
    b.table(("No", "Nama", "NIP", "Jabatan"), member_rows(b, people))
    b.kv(
        [
            (
                "Untuk",
                b.pick(
                    "Mengikuti Bimbingan Teknis Penyusunan Perjanjian Kinerja dan Laporan Kinerja Instansi "
                    "Pemerintah (LKjIP)",
                    "Mengikuti Pelatihan Akuntabilitas Kinerja Instansi Pemerintah (AKIP) dan Pengukuran "
                    "Kinerja",
                    "Mengikuti Bimtek Aplikasi e-SAKIP bagi Pengelola Data Kinerja",
                )
                + f" pada tanggal {b.cite(start)}.",
            )
        ]
    )
    b.para("Setelah melaksanakan tugas agar menyampaikan laporan dan sertifikat kepada pimpinan.")
    b.add(b.sign_letter())
    return b.build(title)


@template("laporan_kinerja", "ringkasan_eksekutif_lkjip", "laporan")
def lkjip_ringkasan(b: DocBuilder) -> DocumentSpec:
    """Executive summary chapter of an annual performance report, often filed on its own."""
    year = b.date.year - 1
    b.reporting_year = year
    b.kop(0.4)
    title = b.pick(
        f"RINGKASAN EKSEKUTIF LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN {year}",
        f"IKHTISAR EKSEKUTIF LKJIP {b.unit.full_name.upper()} TAHUN {year}",
        f"RINGKASAN LAPORAN KINERJA (LAKIP) TAHUN {year}",
    )
    b.title(title)
    b.para(
        b.pf(
            "Laporan Kinerja {unit} Tahun {y} merupakan wujud pertanggungjawaban atas pelaksanaan "
            "Perjanjian Kinerja Tahun {y}. Pengukuran kinerja dilakukan dengan membandingkan target dan "
            "realisasi indikator kinerja sasaran.",
            y=str(year),
        )
    )
    rows = [
        (str(i), ind, pct(b, 80, 100), pct(b, 75, 110), pct(b, 85, 120))
        for i, ind in enumerate(
            b.sample(
                (
                    "Indeks Kepuasan Masyarakat",
                    "Persentase layanan tepat waktu",
                    "Nilai SAKIP",
                    "Persentase temuan yang ditindaklanjuti",
                    "Cakupan layanan",
                ),
                3,
            ),
            1,
        )
    ]
    b.table(("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"), rows)
    b.para(
        b.pf(
            "Realisasi anggaran tahun {y} sebesar {p} dari pagu. Kendala dan rencana perbaikan diuraikan "
            "pada Bab III.",
            y=str(year),
            p=pct(b, 85, 99),
        )
    )
    b.add(b.sign_letter())
    return b.build(title)


@template("kapasitas_akuntabilitas", "rekap_kompetensi_tim_sakip", "rekap")
def kapasitas_rekap(b: DocBuilder) -> DocumentSpec:
    """Recap of the training each member of the SAKIP team has had (trained-staff gap analysis)."""
    people = b.staff(b.rng.randint(5, 9))
    rows = [
        (
            str(i),
            p.name,
            p.position,
            b.pick(
                "Bimtek SAKIP",
                "Pelatihan AKIP",
                "Bimtek Penyusunan LKjIP",
                "Belum pernah",
                "Webinar Evaluasi AKIP",
            ),
            str(b.date.year - b.rng.randint(0, 2)),
            b.pick("Sudah", "Sudah", "Belum"),
        )
        for i, p in enumerate(people, 1)
    ]
    title = c.rekap(
        b,
        title_lines=[
            b.pick(
                "DAFTAR KOMPETENSI TIM PENGELOLA SAKIP",
                "REKAPITULASI PEGAWAI TERLATIH AKUNTABILITAS KINERJA (AKIP)",
            ),
            f"{b.unit.full_name.upper()} TAHUN {b.date.year}",
        ],
        intro="Data ini digunakan untuk menilai kesenjangan kapasitas SDM pengelola akuntabilitas kinerja "
        "dan merencanakan bimbingan teknis berikutnya.",
        header=("No", "Nama", "Jabatan", "Pelatihan Akuntabilitas Kinerja", "Tahun", "Sertifikat"),
        rows=rows,
    )
    return b.build(title)
