"""Area I, Manajemen Perubahan: the ZI team, its plan and monitoring, culture and pacts.

ZI team and its selection, work plan, socialisation, monitoring, change agents, work culture
and integrity pacts.
"""

from __future__ import annotations

import logging

from sample_docs.dates import format_long, roman
from sample_docs.spec import DocumentSpec
from sample_docs.templates import carriers as c
from sample_docs.templates.base import DocBuilder, template
from sample_docs.templates.common import (
    AREAS,
    cite_period,
    earlier_dates,
    member_rows,
    pct,
    report_quarter,
    team_rows,
    zi_phrase,
)

log = logging.getLogger(__name__)

ZI_KEYS = ("uu28_1999", "uu25_2009", "perpres81_2010", "permenpan90_2021", "permenpan5_2024")


# -- sk_tim_zi -----------------------------------------------------------------------------


def _tim_subject(b: DocBuilder) -> str:
    unit = b.unit.full_name.upper()
    return b.pick(
        "PEMBENTUKAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI (WBK) DI "
        f"LINGKUNGAN {unit} TAHUN {b.date.year}",
        "TIM KERJA PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI DAN WILAYAH "
        f"BIROKRASI BERSIH DAN MELAYANI PADA {unit}",
        f"PEMBENTUKAN TIM PEMBANGUNAN ZONA INTEGRITAS {unit} TAHUN {b.date.year}",
        f"PENETAPAN TIM KERJA ZONA INTEGRITAS MENUJU WBK/WBBM {unit} TAHUN {b.date.year}",
    )


def _tim_menimbang(b: DocBuilder) -> list[str]:
    return [
        b.pf(
            "bahwa dalam rangka mewujudkan pemerintahan yang bersih dan bebas dari korupsi, kolusi dan "
            "nepotisme serta meningkatkan kualitas pelayanan kepada {clients}, perlu dilakukan "
            "pembangunan Zona Integritas di lingkungan {unit};",
            "bahwa untuk mempercepat pencapaian sasaran reformasi birokrasi dan membangun unit kerja "
            "yang berpredikat Wilayah Bebas dari Korupsi (WBK) dan Wilayah Birokrasi Bersih dan "
            "Melayani (WBBM), perlu dilakukan pembangunan Zona Integritas secara terencana dan terukur;",
            "bahwa sesuai Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi "
            "Nomor 90 Tahun 2021, pembangunan Zona Integritas dilaksanakan oleh tim kerja yang "
            "dibentuk oleh pimpinan unit kerja;",
        ),
        b.pf(
            "bahwa agar pembangunan Zona Integritas pada {unit} dapat berjalan efektif, perlu "
            "membentuk Tim Kerja Pembangunan Zona Integritas dengan susunan keanggotaan yang mewakili "
            "seluruh unsur unit kerja;",
            "bahwa untuk kelancaran pelaksanaan pembangunan Zona Integritas Tahun {year}, perlu "
            "menetapkan Tim Kerja yang bertugas menyusun, melaksanakan dan memantau rencana kerja pada "
            "enam area perubahan;",
        ),
    ]


def _tim_tugas(b: DocBuilder) -> str:
    tasks = [
        "menyusun rencana kerja dan target prioritas pembangunan Zona Integritas",
        "melaksanakan rencana aksi pada area Manajemen Perubahan, Penataan Tatalaksana, Penataan "
        "Sistem Manajemen SDM Aparatur, Penguatan Akuntabilitas, Penguatan Pengawasan dan Peningkatan "
        "Kualitas Pelayanan Publik",
        "melakukan sosialisasi dan internalisasi pembangunan Zona Integritas kepada pegawai dan "
        "pemangku kepentingan",
        "melakukan monitoring dan evaluasi pelaksanaan rencana kerja secara berkala",
        "menyiapkan data dukung penilaian mandiri Lembar Kerja Evaluasi Zona Integritas",
        "melaporkan hasil pelaksanaan tugas kepada {head}",
    ]
    chosen = b.sample(tasks, b.rng.randint(4, 6))
    parts = [f"{chr(ord('a') + i)}. {b.f(t)}" for i, t in enumerate(chosen)]
    return (
        b.pick("Tim Kerja sebagaimana dimaksud dalam Diktum KESATU mempunyai tugas: ", "Tim Kerja bertugas: ")
        + "; ".join(parts)
        + "."
    )


def _budget(b: DocBuilder) -> str:
    source = (
        "Daftar Isian Pelaksanaan Anggaran (DIPA)"
        if not b.unit.is_pemda
        else "Dokumen Pelaksanaan Anggaran (DPA)"
    )
    return (
        f"Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada {source} "
        f"{b.unit.full_name} Tahun Anggaran {b.date.year}."
    )


@template("sk_tim_zi", "sk_lampiran", "sk")
def sk_tim_zi_lampiran(b: DocBuilder) -> DocumentSpec:
    """SK Tim Kerja ZI with the member list in an annex."""
    subject = _tim_subject(b)
    rows = team_rows(b, b.rng.choice((1, 2, 2, 3)))
    memperhatikan = []
    if b.maybe(0.4):
        meeting = b.earlier(3, 20)
        memperhatikan.append(
            f"Hasil Rapat Pembentukan Tim Kerja Pembangunan Zona Integritas tanggal {b.cite(meeting)}."
        )
    title = c.sk(
        b,
        subject=subject,
        menimbang=_tim_menimbang(b),
        mengingat_keys=b.sample(ZI_KEYS, b.rng.randint(3, 5)),
        memperhatikan=memperhatikan,
        diktum=[
            b.pick(
                f"Membentuk Tim Kerja Pembangunan Zona Integritas di lingkungan {b.unit.full_name} "
                f"Tahun {b.date.year} dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran "
                "yang merupakan bagian tidak terpisahkan dari Keputusan ini.",
                "Menetapkan susunan Tim Kerja Pembangunan Zona Integritas menuju Wilayah Bebas dari "
                "Korupsi sebagaimana tercantum dalam Lampiran Keputusan ini.",
            ),
            _tim_tugas(b),
            b.pf(
                "Dalam melaksanakan tugasnya Tim Kerja bertanggung jawab dan menyampaikan laporan "
                "secara berkala kepada {head}."
            ),
            _budget(b),
        ],
        lampiran=(
            b.pick(
                "SUSUNAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS",
                f"SUSUNAN KEANGGOTAAN TIM ZONA INTEGRITAS TAHUN {b.date.year}",
            ),
            ("No", "Nama", "NIP", "Jabatan", "Kedudukan dalam Tim"),
            rows,
        ),
    )
    return b.build(title)


@template("sk_tim_zi", "sk_ringkas", "sk")
def sk_tim_zi_ringkas(b: DocBuilder) -> DocumentSpec:
    """Short SK Tim ZI naming the members inside the diktum."""
    people = b.staff(8)
    members = ", ".join(p.name for p in people[3:])
    subject = _tim_subject(b)
    title = c.sk(
        b,
        subject=subject,
        menimbang=_tim_menimbang(b)[:2],
        mengingat_keys=("permenpan90_2021", "permenpan5_2024")
        if b.maybe(0.5)
        else ("uu28_1999", "permenpan90_2021"),
        diktum=[
            f"Membentuk Tim Kerja Pembangunan Zona Integritas {b.unit.full_name} dengan susunan: "
            f"Penanggung Jawab: {b.unit.head_short}; Ketua: {people[0].name}; Wakil Ketua: "
            f"{people[1].name}; Sekretaris: {people[2].name}; Anggota: {members}.",
            _tim_tugas(b),
            _budget(b)
            if b.maybe(0.5)
            else b.pf("Tim Kerja melaporkan pelaksanaan tugasnya kepada {head} setiap triwulan."),
        ],
    )
    return b.build(title)


@template("sk_tim_zi", "undangan_pembentukan", "undangan")
def sk_tim_zi_undangan(b: DocBuilder) -> DocumentSpec:
    """Invitation to the meeting that forms the ZI working team."""
    hal = b.pick(
        "Undangan Rapat Pembentukan Tim Kerja Zona Integritas",
        "Undangan Rapat Pembentukan Tim Pembangunan ZI",
        "Rapat Pembentukan Tim Kerja Pembangunan Zona Integritas",
    )
    title = c.undangan(
        b,
        hal=hal,
        purpose=b.pf(
            "pembentukan Tim Kerja Pembangunan Zona Integritas {unit} Tahun {year}",
            "persiapan penyusunan Surat Keputusan Tim Kerja Pembangunan Zona Integritas menuju WBK",
        ),
        acara=b.pick(
            "Pembentukan Tim Kerja Pembangunan Zona Integritas",
            "Penyusunan susunan keanggotaan Tim ZI dan pembagian tugas per area perubahan",
        ),
        topic="org",
        ref_letter=(b.unit.inspectorate, "Pendampingan Pembangunan Zona Integritas")
        if b.maybe(0.4)
        else None,
    )
    return b.build(title)


@template("sk_tim_zi", "notulen_pembentukan", "notulen")
def sk_tim_zi_notulen(b: DocBuilder) -> DocumentSpec:
    """Minutes of the meeting that forms the ZI team."""
    title = c.notulen(
        b,
        rapat=b.pick(
            "Rapat Pembentukan Tim Kerja Pembangunan Zona Integritas",
            f"Rapat Pembentukan Tim ZI Tahun {b.date.year}",
        ),
        agenda=[
            "Pembentukan Tim Kerja Pembangunan Zona Integritas",
            "Pembagian tugas koordinator area perubahan",
            "Jadwal penyusunan rencana kerja",
        ],
        pembahasan=[
            b.pf(
                "Pimpinan menyampaikan bahwa {unit} diusulkan sebagai unit kerja pembangunan Zona "
                "Integritas Tahun {year} sehingga perlu dibentuk Tim Kerja yang ditetapkan dengan "
                "Surat Keputusan."
            ),
            "Tim Kerja terdiri atas Penanggung Jawab, Ketua, Sekretaris dan koordinator untuk "
            "masing-masing dari enam area perubahan beserta anggotanya.",
            b.pick(
                "Keanggotaan tim diusulkan dari setiap bidang/seksi agar seluruh unsur unit kerja terwakili.",
                "Peserta rapat mengusulkan agar koordinator area dipilih dari pejabat yang menangani "
                "substansi area tersebut.",
            ),
            "Sekretariat menyiapkan rancangan Surat Keputusan Tim Kerja untuk ditandatangani pimpinan.",
        ],
        kesimpulan=[
            "Disepakati pembentukan Tim Kerja Pembangunan Zona Integritas dengan susunan sebagaimana "
            "dibahas dalam rapat.",
            b.pick(
                "Rancangan SK Tim Kerja diselesaikan paling lambat satu minggu setelah rapat.",
                "SK Tim Kerja segera ditetapkan dan disosialisasikan kepada seluruh pegawai.",
            ),
        ],
    )
    return b.build(title)


# -- seleksi_tim_zi ------------------------------------------------------------------------

_CRITERIA = (
    "Tidak sedang/pernah dijatuhi hukuman disiplin tingkat sedang atau berat",
    "Nilai predikat kinerja (SKP) tahun terakhir minimal Baik",
    "Memiliki pemahaman dan kompetensi sesuai area perubahan",
    "Memiliki integritas dan dapat menjadi teladan",
    "Bersedia menjadi anggota tim yang dinyatakan dengan surat pernyataan",
    "Mewakili bidang/seksi/instalasi di lingkungan unit kerja",
)


@template("seleksi_tim_zi", "berita_acara_seleksi", "berita_acara")
def seleksi_berita_acara(b: DocBuilder) -> DocumentSpec:
    """Record of the selection of ZI team members with candidate scores."""
    candidates = b.staff(b.rng.randint(8, 14))
    rows = []
    scored = []
    for person in candidates:
        integ, perf, comp = b.rng.randint(70, 98), b.rng.randint(70, 98), b.rng.randint(65, 98)
        total = round(0.4 * integ + 0.3 * perf + 0.3 * comp, 2)
        scored.append((total, person, integ, perf, comp))
    scored.sort(key=lambda t: -t[0])
    cut = len(scored) * 2 // 3
    for i, (total, person, integ, perf, comp) in enumerate(scored, 1):
        note = "Terpilih" if i <= cut else "Cadangan"
        rows.append(
            (
                str(i),
                person.name,
                person.position,
                str(integ),
                str(perf),
                str(comp),
                f"{total:.2f}".replace(".", ","),
                note,
            )
        )
    title = c.berita_acara(
        b,
        about=b.pick(
            "SELEKSI ANGGOTA TIM KERJA PEMBANGUNAN ZONA INTEGRITAS", "PEMILIHAN ANGGOTA TIM ZONA INTEGRITAS"
        ),
        body=[
            b.pf(
                "Seleksi dilaksanakan terhadap pegawai yang diusulkan oleh masing-masing bidang/seksi "
                "{unit} dengan memperhatikan kriteria integritas, kinerja dan kompetensi sesuai area "
                "perubahan."
            ),
            "Penilaian dilakukan oleh panitia seleksi dengan bobot integritas 40%, kinerja 30% dan "
            "kompetensi 30%, dengan hasil sebagai berikut:",
        ],
        table=(
            ("No", "Nama", "Jabatan", "Integritas", "Kinerja", "Kompetensi", "Nilai Akhir", "Keterangan"),
            rows,
        ),
        signers=3 if b.maybe(0.3) else 2,
    )
    return b.build(title)


@template("seleksi_tim_zi", "kertas_kerja", "rekap")
def seleksi_kertas_kerja(b: DocBuilder) -> DocumentSpec:
    """Worksheet checking candidates against the ZI team membership criteria."""
    criteria = b.sample(_CRITERIA, 4)
    people = b.staff(b.rng.randint(7, 12))
    rows = []
    for i, person in enumerate(people, 1):
        marks = ["Ya" if b.maybe(0.85) else "Tidak" for _ in criteria]
        result = "Memenuhi Syarat" if all(m == "Ya" for m in marks) else "Tidak Memenuhi Syarat"
        rows.append((str(i), person.name, person.position, *marks, result))
    header = ("No", "Nama", "Jabatan", *[f"K{j}" for j in range(1, len(criteria) + 1)], "Kesimpulan")
    title = c.rekap(
        b,
        title_lines=[
            b.pick("KERTAS KERJA PENENTUAN ANGGOTA TIM KERJA", "KERTAS KERJA SELEKSI CALON ANGGOTA TIM"),
            "PEMBANGUNAN ZONA INTEGRITAS",
            b.unit.full_name.upper(),
        ],
        intro=b.pf(
            "Kertas kerja ini memuat hasil penilaian pemenuhan kriteria calon anggota Tim Kerja "
            "Pembangunan Zona Integritas {unit} Tahun {year}."
        ),
        header=header,
        rows=rows,
        notes=[f"K{j}: {k}" for j, k in enumerate(criteria, 1)],
        signer=b.pick("team", "head"),
    )
    return b.build(title)


@template("seleksi_tim_zi", "mekanisme", "pedoman")
def seleksi_mekanisme(b: DocBuilder) -> DocumentSpec:
    """Written procedure and criteria for choosing ZI team members."""
    title = c.report_cover(
        b,
        [
            b.pick("MEKANISME DAN KRITERIA PEMILIHAN", "TATA CARA PENENTUAN"),
            "ANGGOTA TIM KERJA PEMBANGUNAN ZONA INTEGRITAS",
            f"TAHUN {b.date.year}",
        ],
        cover_page=False,
        with_kop=0.8,
    )
    c.chapter(b, "Dasar")
    b.numbered(b.regs(["permenpan90_2021", "permenpan5_2024"]), "1.")
    c.chapter(b, "Kriteria Anggota Tim")
    b.para(
        b.pf(
            "Anggota Tim Kerja Pembangunan Zona Integritas {unit} dipilih dari pegawai yang memenuhi "
            "kriteria sebagai berikut:"
        )
    )
    b.numbered(b.sample(_CRITERIA, b.rng.randint(4, 6)), "1.")
    c.chapter(b, "Tahapan Pemilihan")
    b.numbered(
        [
            "Setiap bidang/seksi mengusulkan calon anggota tim kepada Sekretariat paling sedikit 2 "
            "(dua) orang.",
            "Panitia seleksi melakukan verifikasi pemenuhan kriteria dengan kertas kerja penilaian.",
            "Hasil verifikasi dibahas dalam rapat pimpinan dan dituangkan dalam berita acara.",
            b.pf("Calon terpilih ditetapkan sebagai anggota Tim Kerja dengan Keputusan {head}."),
            "Susunan tim dievaluasi setiap tahun atau apabila terdapat mutasi pegawai.",
        ],
        "1.",
    )
    c.chapter(b, "Penutup")
    b.para(
        b.pick(
            "Mekanisme ini menjadi pedoman dalam pemilihan anggota tim agar dilakukan secara "
            "transparan, objektif dan mewakili seluruh unsur unit kerja.",
            "Dengan adanya mekanisme ini diharapkan pemilihan anggota tim dilakukan melalui prosedur "
            "yang jelas dan dapat dipertanggungjawabkan.",
        )
    )
    b.add(b.sign_letter())
    return b.build(title)


@template("seleksi_tim_zi", "notulen_seleksi", "notulen")
def seleksi_notulen(b: DocBuilder) -> DocumentSpec:
    """Minutes of the meeting that chose the ZI team members."""
    title = c.notulen(
        b,
        rapat=b.pick(
            "Rapat Penentuan Anggota Tim Kerja Zona Integritas",
            "Rapat Seleksi Calon Anggota Tim Pembangunan ZI",
        ),
        agenda=[
            "Penyampaian usulan calon anggota dari setiap bidang",
            "Pembahasan kriteria dan hasil penilaian calon anggota tim",
        ],
        pembahasan=[
            "Sekretariat menyampaikan daftar usulan calon anggota tim dari setiap bidang/seksi beserta "
            "riwayat hidup dan rekam jejaknya.",
            "Penilaian calon anggota menggunakan kriteria integritas, kinerja, kompetensi dan "
            "kesediaan, sebagaimana tertuang dalam kertas kerja seleksi.",
            b.pick(
                "Terdapat calon yang tidak memenuhi syarat karena nilai kinerja belum mencapai "
                "predikat Baik.",
                "Seluruh calon yang diusulkan memenuhi kriteria administrasi.",
            ),
            "Pimpinan meminta agar komposisi tim mewakili seluruh unsur, termasuk petugas pelayanan "
            "garis depan.",
        ],
        kesimpulan=[
            "Rapat menyepakati nama-nama calon terpilih sebagai anggota Tim Kerja Pembangunan Zona "
            "Integritas.",
            "Hasil seleksi dituangkan dalam berita acara dan menjadi dasar penetapan SK Tim Kerja.",
        ],
    )
    return b.build(title)


# -- rencana_kerja_zi ----------------------------------------------------------------------

_ACTIONS = {
    "Manajemen Perubahan": (
        "Penyusunan rencana kerja dan target prioritas ZI",
        "Sosialisasi ZI kepada pegawai dan stakeholder",
        "Penandatanganan pakta integritas seluruh pegawai",
        "Penetapan agen perubahan",
    ),
    "Penataan Tatalaksana": (
        "Reviu peta proses bisnis",
        "Penyusunan dan evaluasi SOP layanan",
        "Optimalisasi aplikasi {app}",
        "Pemutakhiran informasi publik",
    ),
    "Penataan Sistem Manajemen SDM Aparatur": (
        "Penyusunan analisis beban kerja",
        "Pelaksanaan in-house training pegawai",
        "Pengukuran kinerja pegawai bulanan",
        "Penetapan pegawai teladan triwulanan",
    ),
    "Penguatan Akuntabilitas": (
        "Penyusunan Perjanjian Kinerja",
        "Rapat monitoring capaian kinerja triwulanan",
        "Penyusunan laporan kinerja tepat waktu",
        "Bimbingan teknis SAKIP",
    ),
    "Penguatan Pengawasan": (
        "Public campaign pengendalian gratifikasi",
        "Penyusunan register risiko",
        "Pengelolaan pengaduan melalui SP4N-LAPOR!",
        "Identifikasi benturan kepentingan",
    ),
    "Peningkatan Kualitas Pelayanan Publik": (
        "Reviu standar pelayanan",
        "Pelaksanaan survei kepuasan masyarakat",
        "Pelatihan pelayanan prima",
        "Pengembangan inovasi pelayanan",
    ),
}


def _plan_rows(b: DocBuilder, *, with_target: bool) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    months = (
        "Januari-Maret",
        "Februari",
        "Maret-Juni",
        "April",
        "Triwulan II",
        "Juni-Desember",
        "Setiap triwulan",
        "Setiap bulan",
        "Juli",
        "Agustus-Oktober",
    )
    for i, area in enumerate(AREAS, 1):
        for action in b.sample(_ACTIONS[area], b.rng.randint(1, 3)):
            row: tuple[str, ...] = (str(len(rows) + 1), f"{roman(i)}. {area}", b.f(action))
            if with_target:
                row = (
                    *row,
                    b.pick("1 dokumen", "100% pegawai", "4 kali", "1 laporan", "Terlaksana", "12 laporan"),
                )
            row = (
                *row,
                b.pick(*months),
                b.pick(
                    "Koordinator Area " + roman(i),
                    "Sekretaris Tim",
                    "Ketua Tim",
                    f"Koordinator Area {roman(i)}",
                ),
            )
            rows.append(row)
    return rows


@template("rencana_kerja_zi", "rencana_aksi", "rencana")
def rencana_aksi(b: DocBuilder) -> DocumentSpec:
    """Annual action plan of ZI development, per change area."""
    title = c.report_cover(
        b,
        [
            b.pick(
                "RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS",
                "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK",
            ),
            b.unit.full_name.upper(),
            f"TAHUN {b.date.year}",
        ],
        with_kop=0.7,
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Pembangunan Zona Integritas merupakan salah satu upaya {unit} dalam mewujudkan "
                "birokrasi yang bersih, akuntabel dan melayani. Untuk itu diperlukan rencana kerja "
                "yang memuat kegiatan, target dan jadwal pelaksanaan yang terukur pada setiap area "
                "perubahan."
            ),
            b.pick(
                "Rencana kerja ini disusun oleh Tim Kerja dengan melibatkan pimpinan dan seluruh "
                "koordinator area, serta memperhatikan hasil evaluasi tahun sebelumnya.",
                "Rencana kerja disusun berdasarkan hasil penilaian mandiri dan rekomendasi evaluasi "
                "Tim Penilai Internal tahun sebelumnya.",
            ),
        ],
        legal_keys=("permenpan90_2021", "permenpan5_2024"),
        purpose=[
            "Menjadi acuan pelaksanaan pembangunan Zona Integritas.",
            "Menetapkan target prioritas yang relevan dengan tujuan pembangunan WBK/WBBM.",
            "Menjadi dasar monitoring dan evaluasi pelaksanaan kegiatan.",
        ],
    )
    c.chapter(b, b.pick("Rencana Kerja dan Target Prioritas", "Matriks Rencana Aksi"))
    b.para(
        b.pick(
            "Rencana kerja pembangunan Zona Integritas dituangkan dalam matriks berikut:",
            "Target prioritas dan rencana aksi untuk masing-masing area perubahan adalah sebagai berikut:",
        )
    )
    b.table(
        ("No", "Area Perubahan", "Rencana Aksi", "Target", "Waktu", "Penanggung Jawab"),
        _plan_rows(b, with_target=True),
    )
    c.report_close(
        b,
        conclusions=[
            b.pf(
                "Rencana kerja ini ditetapkan sebagai pedoman bagi Tim Kerja dalam melaksanakan "
                "pembangunan Zona Integritas {unit} Tahun {year} dan akan dievaluasi setiap triwulan."
            )
        ],
    )
    return b.build(title)


@template("rencana_kerja_zi", "sk_rencana_kerja", "sk")
def rencana_sk(b: DocBuilder) -> DocumentSpec:
    """Decree adopting the ZI work plan and priority targets."""
    subject = b.pick(
        "PENETAPAN RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI TAHUN "
        f"{b.date.year}",
        f"RENCANA KERJA DAN TARGET PRIORITAS PEMBANGUNAN ZONA INTEGRITAS {b.unit.full_name.upper()} "
        f"TAHUN {b.date.year}",
    )
    title = c.sk(
        b,
        subject=subject,
        menimbang=[
            b.pf(
                "bahwa dalam rangka pembangunan Zona Integritas pada {unit} diperlukan rencana kerja "
                "yang memuat target prioritas yang relevan dengan tujuan pembangunan WBK/WBBM;"
            ),
            "bahwa rencana kerja sebagaimana dimaksud dalam huruf a telah disusun oleh Tim Kerja "
            "Pembangunan Zona Integritas;",
        ],
        mengingat_keys=("perpres81_2010", "permenpan90_2021", "permenpan5_2024"),
        diktum=[
            "Menetapkan Rencana Kerja Pembangunan Zona Integritas sebagaimana tercantum dalam Lampiran "
            "Keputusan ini.",
            "Rencana Kerja sebagaimana dimaksud dalam Diktum KESATU menjadi pedoman bagi Tim Kerja "
            "dalam melaksanakan pembangunan Zona Integritas.",
            "Tim Kerja melaksanakan monitoring dan evaluasi atas pelaksanaan Rencana Kerja setiap triwulan.",
        ],
        lampiran=(
            "RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS",
            ("No", "Area Perubahan", "Kegiatan", "Waktu", "Penanggung Jawab"),
            _plan_rows(b, with_target=False),
        ),
    )
    return b.build(title)


@template("rencana_kerja_zi", "notulen_penyusunan", "notulen")
def rencana_notulen(b: DocBuilder) -> DocumentSpec:
    """Minutes of the meeting that drafted the ZI work plan."""
    title = c.notulen(
        b,
        rapat=b.pick(
            "Rapat Penyusunan Rencana Kerja Pembangunan Zona Integritas",
            f"Rapat Penyusunan Target Prioritas dan Rencana Aksi ZI Tahun {b.date.year}",
        ),
        agenda=[
            "Evaluasi capaian pembangunan ZI tahun sebelumnya",
            "Penyusunan rencana aksi dan target prioritas per area",
        ],
        pembahasan=[
            "Ketua Tim menyampaikan hasil penilaian mandiri dan catatan Tim Penilai Internal tahun "
            "sebelumnya sebagai bahan penyusunan rencana kerja.",
            "Setiap koordinator area menyampaikan usulan rencana aksi beserta target, jadwal dan "
            "penanggung jawabnya.",
            b.pick(
                "Target prioritas difokuskan pada peningkatan kualitas pelayanan dan penguatan pengawasan.",
                "Pimpinan meminta target disusun terukur dan dapat dipantau setiap triwulan.",
            ),
        ],
        kesimpulan=[
            "Rencana kerja pembangunan Zona Integritas disepakati dan akan ditetapkan oleh pimpinan.",
            "Koordinator area menyempurnakan matriks rencana aksi paling lambat satu minggu setelah rapat.",
        ],
        follow_up=[
            ("Finalisasi matriks rencana aksi", "Sekretaris Tim"),
            ("Penetapan rencana kerja", "Ketua Tim"),
        ]
        if b.maybe(0.5)
        else (),
    )
    return b.build(title)


# -- sosialisasi_zi ------------------------------------------------------------------------


@template("sosialisasi_zi", "laporan_sosialisasi", "laporan")
def sosialisasi_laporan(b: DocBuilder) -> DocumentSpec:
    """Report on socialising ZI development to staff and stakeholders."""
    title = c.report_cover(
        b,
        [
            b.pick("LAPORAN PELAKSANAAN SOSIALISASI", "LAPORAN KEGIATAN SOSIALISASI DAN PUBLIKASI"),
            "PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK",
            f"TAHUN {b.date.year}",
        ],
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Sosialisasi pembangunan Zona Integritas dilaksanakan agar seluruh pegawai dan "
                "pemangku kepentingan {unit} memahami tujuan, tahapan dan komitmen yang dibangun "
                "menuju Wilayah Bebas dari Korupsi."
            )
        ],
        legal_keys=("permenpan90_2021",),
        purpose=[
            "Meningkatkan pemahaman pegawai tentang pembangunan Zona Integritas.",
            b.pf("Menginformasikan komitmen pelayanan bebas korupsi kepada {clients}."),
        ],
    )
    c.chapter(b, "Pelaksanaan Kegiatan")
    dates = earlier_dates(b, b.rng.randint(3, 6), 150)
    media = (
        "Apel pagi",
        "Rapat internal",
        "Instagram resmi",
        "Laman resmi",
        "Forum konsultasi publik",
        "Spanduk dan banner",
        "Grup WhatsApp pegawai",
        "Videotron ruang tunggu",
    )
    rows = [
        (
            str(i),
            format_long(d),
            b.pick(*media),
            b.pick(
                "Pengenalan ZI dan WBK",
                "Komitmen anti korupsi",
                "Maklumat pelayanan",
                "Kanal pengaduan",
                "Nilai BerAKHLAK",
            ),
            b.pick("Internal", "Stakeholder", "Internal dan stakeholder"),
        )
        for i, d in enumerate(dates, 1)
    ]
    b.table(("No", "Tanggal", "Media/Kegiatan", "Materi", "Sasaran"), rows)
    c.report_close(
        b,
        conclusions=[
            "Sosialisasi telah dilaksanakan secara berkala melalui media luring dan daring.",
            "Perlu peningkatan publikasi kepada stakeholder eksternal.",
        ],
        signer=b.pick("head", "team"),
    )
    return b.build(title)


@template("sosialisasi_zi", "undangan_sosialisasi", "undangan")
def sosialisasi_undangan(b: DocBuilder) -> DocumentSpec:
    """Invitation to a ZI socialisation session."""
    title = c.undangan(
        b,
        hal=b.pick(
            "Undangan Sosialisasi Pembangunan Zona Integritas",
            "Undangan Sosialisasi ZI menuju WBK",
            "Sosialisasi Pembangunan Zona Integritas kepada Stakeholder",
        ),
        purpose=b.pf("sosialisasi {zi} di lingkungan {unit}", zi=zi_phrase(b)),
        acara=b.pick(
            "Sosialisasi Pembangunan Zona Integritas menuju WBK/WBBM",
            "Sosialisasi dan Deklarasi Komitmen Pembangunan Zona Integritas",
        ),
        kepada=b.pick(
            "Tokoh Masyarakat dan Pemangku Kepentingan (daftar terlampir)",
            "Seluruh Pegawai",
            "Mitra Kerja dan Perwakilan Pengguna Layanan",
        ),
    )
    return b.build(title)


@template("sosialisasi_zi", "daftar_hadir_sosialisasi", "daftar_hadir")
def sosialisasi_daftar_hadir(b: DocBuilder) -> DocumentSpec:
    """Attendance list of a ZI socialisation session."""
    title = c.daftar_hadir(
        b,
        kegiatan=b.pick(
            "Sosialisasi Pembangunan Zona Integritas menuju WBK",
            f"Sosialisasi Zona Integritas {b.unit.full_name}",
        ),
    )
    return b.build(title)


# -- monev_zi ------------------------------------------------------------------------------


@template("monev_zi", "laporan_triwulan", "laporan")
def monev_laporan(b: DocBuilder) -> DocumentSpec:
    """Quarterly ZI monitoring and evaluation report with plan-versus-realisation table."""
    year, q, start, end = report_quarter(b)
    title = c.report_cover(
        b,
        [
            b.pick("LAPORAN MONITORING DAN EVALUASI", "LAPORAN MONEV"),
            "PEMBANGUNAN ZONA INTEGRITAS",
            f"TRIWULAN {roman(q)} TAHUN {year}",
        ],
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Monitoring dan evaluasi pembangunan Zona Integritas dilakukan secara berkala untuk "
                "memastikan rencana kerja Tim Kerja {unit} dilaksanakan sesuai jadwal dan target yang "
                "telah ditetapkan."
            ),
            f"Laporan ini memuat hasil monitoring periode {cite_period(b, start, end)}.",
        ],
        legal_keys=("permenpan90_2021", "permenpan5_2024"),
        purpose=[
            "Mengetahui realisasi rencana aksi pada setiap area perubahan.",
            "Mengidentifikasi kendala dan menyusun rekomendasi tindak lanjut.",
        ],
    )
    c.chapter(b, "Hasil Monitoring dan Evaluasi")
    rows = []
    for i, area in enumerate(AREAS, 1):
        action = b.f(b.pick(*_ACTIONS[area]))
        rows.append(
            (
                roman(i),
                area,
                action,
                b.pick("100%", "75%", "50%", "100%"),
                pct(b, 45, 100),
                b.pick(
                    "Belum seluruh data dukung terkumpul",
                    "Jadwal bertabrakan dengan kegiatan lain",
                    "-",
                    "Keterbatasan anggaran",
                    "Aplikasi masih dalam perbaikan",
                ),
                b.pick(
                    "Percepatan pengumpulan data dukung",
                    "Penjadwalan ulang",
                    "Koordinasi dengan bidang terkait",
                    "-",
                ),
            )
        )
    b.table(("No", "Area", "Rencana Aksi", "Target", "Realisasi", "Kendala", "Solusi/Rekomendasi"), rows)
    c.report_close(
        b,
        conclusions=[
            "Sebagian besar rencana aksi telah dilaksanakan sesuai jadwal.",
            "Rekomendasi hasil monitoring akan ditindaklanjuti pada triwulan berikutnya.",
        ],
        suggestions=[
            "Koordinator area agar melengkapi data dukung setiap bulan.",
            "Rapat evaluasi dengan pimpinan dilaksanakan setiap akhir triwulan.",
        ],
        signer=b.pick("team", "head"),
    )
    return b.build(title)


@template("monev_zi", "notulen_monev", "notulen")
def monev_notulen(b: DocBuilder) -> DocumentSpec:
    """Minutes of a ZI monitoring and evaluation meeting with follow-up table."""
    _, q, _, _ = report_quarter(b)
    title = c.notulen(
        b,
        rapat=b.pick(
            f"Rapat Monitoring dan Evaluasi Pembangunan Zona Integritas Triwulan {roman(q)}",
            "Rapat Evaluasi Pelaksanaan Rencana Kerja Zona Integritas",
        ),
        agenda=[
            "Paparan capaian rencana aksi per area",
            "Pembahasan kendala dan rekomendasi",
            "Rencana tindak lanjut",
        ],
        pembahasan=[
            "Setiap koordinator area memaparkan realisasi rencana aksi beserta data dukungnya.",
            b.pick(
                "Area Penguatan Pengawasan belum melaksanakan identifikasi benturan kepentingan sesuai "
                "jadwal.",
                "Area Peningkatan Kualitas Pelayanan Publik telah melaksanakan survei kepuasan "
                "masyarakat namun hasilnya belum dipublikasikan.",
                "Data dukung area Penataan Tatalaksana belum diunggah ke folder bersama.",
            ),
            "Pimpinan meminta agar rekomendasi hasil monitoring triwulan sebelumnya segera ditindaklanjuti.",
        ],
        kesimpulan=[
            "Capaian pelaksanaan rencana kerja dinilai cukup baik.",
            "Setiap area menindaklanjuti rekomendasi sesuai batas waktu yang disepakati.",
        ],
        follow_up=[
            ("Melengkapi data dukung LKE", "Koordinator Area"),
            ("Publikasi hasil monitoring", "Sekretaris Tim"),
            ("Rapat evaluasi berikutnya", "Ketua Tim"),
        ],
    )
    return b.build(title)


@template("monev_zi", "undangan_monev", "undangan")
def monev_undangan(b: DocBuilder) -> DocumentSpec:
    """Invitation to a ZI monitoring and evaluation meeting."""
    _, q, _, _ = report_quarter(b)
    title = c.undangan(
        b,
        hal=b.pick(
            f"Undangan Rapat Monev Zona Integritas Triwulan {roman(q)}",
            "Undangan Rapat Monitoring dan Evaluasi Pembangunan ZI",
        ),
        purpose=b.pick(
            "monitoring dan evaluasi pelaksanaan rencana kerja pembangunan Zona Integritas",
            "evaluasi capaian pembangunan Zona Integritas menuju WBK",
        ),
        acara="Monitoring dan evaluasi pembangunan Zona Integritas",
        kepada="Anggota Tim Kerja Pembangunan Zona Integritas",
        extra=[
            b.pick(
                "Koordinator area dimohon menyiapkan paparan capaian rencana aksi dan data dukungnya.",
                "Mohon membawa laporan realisasi rencana aksi masing-masing area.",
            )
        ],
    )
    return b.build(title)


@template("monev_zi", "tindak_lanjut", "laporan")
def monev_tindak_lanjut(b: DocBuilder) -> DocumentSpec:
    """Report on follow-up of ZI monitoring recommendations."""
    title = c.rekap(
        b,
        title_lines=[
            "LAPORAN TINDAK LANJUT HASIL MONITORING DAN EVALUASI",
            "PEMBANGUNAN ZONA INTEGRITAS",
            b.unit.full_name.upper(),
        ],
        intro=b.pf(
            "Berikut disampaikan tindak lanjut atas rekomendasi hasil monitoring dan evaluasi "
            "pembangunan Zona Integritas {unit}:"
        ),
        header=("No", "Rekomendasi", "Tindak Lanjut", "Status"),
        rows=[
            (
                "1",
                "Melengkapi SOP yang belum mengacu peta proses bisnis",
                "Reviu dan penyusunan ulang SOP layanan",
                b.pick("Selesai", "Dalam proses"),
            ),
            (
                "2",
                "Mempublikasikan hasil survei kepuasan masyarakat",
                "Publikasi melalui laman dan papan informasi",
                "Selesai",
            ),
            (
                "3",
                "Meningkatkan keterlibatan pegawai",
                "Penandatanganan komitmen bersama dan pakta integritas",
                b.pick("Selesai", "Dalam proses"),
            ),
            ("4", "Memperbaiki kanal pengaduan", "Integrasi dengan SP4N-LAPOR!", b.pick("Selesai", "Belum")),
        ],
        signer=b.pick("team", "head"),
    )
    return b.build(title)


# -- sk_agen_perubahan ---------------------------------------------------------------------


@template("sk_agen_perubahan", "sk", "sk")
def agen_sk(b: DocBuilder) -> DocumentSpec:
    """Decree appointing change agents."""
    people = b.staff(b.rng.randint(4, 9))
    subject = b.pick(
        f"PENETAPAN AGEN PERUBAHAN DI LINGKUNGAN {b.unit.full_name.upper()} TAHUN {b.date.year}",
        "PENETAPAN AGEN PERUBAHAN PEMBANGUNAN ZONA INTEGRITAS",
        f"AGEN PERUBAHAN {b.unit.full_name.upper()}",
    )
    title = c.sk(
        b,
        subject=subject,
        menimbang=[
            "bahwa dalam rangka mendorong percepatan reformasi birokrasi dan pembangunan Zona "
            "Integritas, diperlukan pegawai yang dapat berperan sebagai pelopor dan teladan perubahan;",
            "bahwa pegawai yang namanya tercantum dalam Lampiran Keputusan ini dipandang memenuhi "
            "syarat untuk ditetapkan sebagai agen perubahan;",
        ],
        mengingat_keys=("perpres81_2010", "permenpan27_2014", "permenpan90_2021"),
        diktum=[
            "Menetapkan pegawai sebagaimana tercantum dalam Lampiran Keputusan ini sebagai Agen Perubahan.",
            "Agen Perubahan bertugas: a. menjadi teladan dalam berperilaku sesuai nilai-nilai "
            "organisasi; b. mendorong dan menggerakkan perubahan pola pikir dan budaya kerja; c. "
            "mengusulkan dan melaksanakan paling sedikit satu perubahan konkret; d. melaporkan "
            "pelaksanaan tugas kepada pimpinan setiap semester.",
            "Agen Perubahan dievaluasi setiap tahun berdasarkan kontribusi perubahan yang dihasilkan.",
        ],
        lampiran=("DAFTAR AGEN PERUBAHAN", ("No", "Nama", "NIP", "Jabatan"), member_rows(b, people)),
    )
    return b.build(title)


@template("sk_agen_perubahan", "berita_acara_pemilihan", "berita_acara")
def agen_berita_acara(b: DocBuilder) -> DocumentSpec:
    """Record of the election of change agents."""
    people = b.staff(b.rng.randint(5, 10))
    rows = [(str(i), p.name, p.position, str(b.rng.randint(4, 31))) for i, p in enumerate(people, 1)]
    title = c.berita_acara(
        b,
        about=b.pick("PEMILIHAN AGEN PERUBAHAN", "PENJARINGAN DAN PEMILIHAN AGEN PERUBAHAN"),
        body=[
            b.pf(
                "Pemilihan agen perubahan {unit} dilakukan melalui penjaringan usulan dari setiap "
                "bidang dan penilaian oleh seluruh pegawai terhadap kriteria keteladanan, integritas "
                "dan inovasi."
            ),
            "Hasil pengumpulan suara terhadap calon agen perubahan adalah sebagai berikut:",
        ],
        table=(("No", "Nama Calon", "Jabatan", "Jumlah Suara"), rows),
        points=[
            "Calon dengan perolehan suara terbanyak diusulkan untuk ditetapkan sebagai Agen Perubahan.",
            "Penetapan Agen Perubahan dilakukan dengan Keputusan pimpinan.",
        ],
    )
    return b.build(title)


@template("sk_agen_perubahan", "laporan_agen", "laporan")
def agen_laporan(b: DocBuilder) -> DocumentSpec:
    """Report on change agents and the concrete changes they made."""
    people = b.staff(b.rng.randint(3, 6))
    changes = (
        "Antrean daring layanan {service}",
        "Digitalisasi arsip surat masuk",
        "Pojok konsultasi pelayanan",
        "Papan informasi persyaratan layanan",
        "Jadwal piket layanan akhir pekan",
        "Formulir pengaduan berbasis QR code",
        "Apel budaya kerja setiap Senin",
    )
    rows = [
        (
            str(i),
            p.name,
            b.f(b.pick(*changes)),
            b.pick("Sudah terintegrasi dalam SOP", "Diterapkan", "Uji coba"),
        )
        for i, p in enumerate(people, 1)
    ]
    title = c.rekap(
        b,
        title_lines=[
            b.pick("LAPORAN KINERJA AGEN PERUBAHAN", "LAPORAN PELAKSANAAN TUGAS AGEN PERUBAHAN"),
            f"SEMESTER {b.pick('I', 'II')} TAHUN {b.date.year}",
        ],
        intro=b.pf(
            "Sesuai Keputusan {head} tentang Penetapan Agen Perubahan, berikut laporan perubahan "
            "konkret yang dihasilkan oleh agen perubahan {unit}:"
        ),
        header=("No", "Nama Agen Perubahan", "Perubahan yang Dibuat", "Status"),
        rows=rows,
        signer="head",
    )
    return b.build(title)


# -- budaya_kerja --------------------------------------------------------------------------

_BERAKHLAK = (
    ("Berorientasi Pelayanan", "Memahami dan memenuhi kebutuhan {clients}"),
    ("Akuntabel", "Melaksanakan tugas dengan jujur, bertanggung jawab dan cermat"),
    ("Kompeten", "Terus belajar dan mengembangkan kapabilitas"),
    ("Harmonis", "Saling peduli dan menghargai perbedaan"),
    ("Loyal", "Berdedikasi dan mengutamakan kepentingan bangsa dan negara"),
    ("Adaptif", "Terus berinovasi dan antusias menggerakkan perubahan"),
    ("Kolaboratif", "Membangun kerja sama yang sinergis"),
)


@template("budaya_kerja", "laporan_budaya_kerja", "laporan")
def budaya_laporan(b: DocBuilder) -> DocumentSpec:
    """Report on applying the BerAKHLAK core values and work culture."""
    title = c.report_cover(
        b,
        [
            b.pick("LAPORAN PENERAPAN BUDAYA KERJA", "LAPORAN INTERNALISASI NILAI DASAR BERAKHLAK"),
            b.unit.full_name.upper(),
            f"TAHUN {b.date.year}",
        ],
        with_kop=0.6,
    )
    c.report_intro(
        b,
        background=[
            b.pf(
                "Pembangunan budaya kerja dan pola pikir merupakan bagian dari area Manajemen "
                "Perubahan. {unit} menerapkan nilai dasar ASN BerAKHLAK sebagai budaya kerja dalam "
                "pelaksanaan tugas sehari-hari, dengan pimpinan sebagai role model."
            )
        ],
        legal_keys=("uu20_2023", "permenpan39_2012"),
        purpose=[
            "Menginternalisasikan nilai-nilai organisasi kepada seluruh pegawai.",
            "Mengurangi resistensi terhadap perubahan.",
        ],
    )
    c.chapter(b, "Pelaksanaan")
    rows = [
        (
            str(i),
            value,
            b.f(behaviour),
            b.pick(
                "Apel pagi dan pembacaan panca prasetya",
                "Coffee morning pimpinan",
                "Senam dan jumat bersih",
                "Gerakan 5R di ruang kerja",
                "Sharing session mingguan",
                "Penghargaan pegawai teladan",
            ),
        )
        for i, (value, behaviour) in enumerate(b.sample(_BERAKHLAK, b.rng.randint(4, 7)), 1)
    ]
    b.table(("No", "Nilai", "Perilaku Utama", "Kegiatan Penerapan"), rows)
    c.report_close(
        b,
        conclusions=[
            "Penerapan budaya kerja telah dilaksanakan dan diikuti oleh sebagian besar pegawai.",
            "Pimpinan aktif menjadi teladan dalam kegiatan apel, rapat dan pelayanan.",
        ],
    )
    return b.build(title)


@template("budaya_kerja", "surat_edaran_budaya", "surat_edaran")
def budaya_surat_edaran(b: DocBuilder) -> DocumentSpec:
    """Circular from the head on applying the organisation's work culture."""
    title = c.surat_edaran(
        b,
        subject=b.pick(
            "PENERAPAN NILAI DASAR BERAKHLAK DAN BUDAYA KERJA",
            f"PENERAPAN BUDAYA KERJA DI LINGKUNGAN {b.unit.full_name.upper()}",
        ),
        kepada=f"Seluruh Pegawai {b.unit.full_name}",
        background=[
            b.pf(
                "Dalam rangka pembangunan Zona Integritas dan peningkatan kualitas pelayanan kepada "
                "{clients}, diperlukan budaya kerja yang positif dan diterapkan secara konsisten oleh "
                "seluruh pegawai."
            )
        ],
        points=[
            "menerapkan nilai dasar ASN BerAKHLAK dalam pelaksanaan tugas sehari-hari;",
            "mengikuti apel pagi setiap hari Senin dan pembacaan nilai-nilai organisasi;",
            "menerapkan budaya senyum, salam, sapa, sopan dan santun kepada pengguna layanan;",
            "menjaga kebersihan dan kerapian ruang kerja melalui gerakan 5R;",
            "para pejabat struktural menjadi teladan dalam penerapan budaya kerja.",
        ],
    )
    return b.build(title)


@template("budaya_kerja", "laporan_role_model", "laporan")
def budaya_role_model(b: DocBuilder) -> DocumentSpec:
    """Report on the unit head acting as a role model for ZI."""
    dates = earlier_dates(b, b.rng.randint(4, 7), 120)
    activities = (
        "Memimpin apel pagi dan menyampaikan arahan integritas",
        "Hadir tepat waktu dan melakukan presensi elektronik",
        "Memimpin rapat evaluasi kinerja",
        "Turun langsung melayani {clients} di loket",
        "Menjadi narasumber sosialisasi anti korupsi",
        "Melakukan inspeksi mendadak ruang pelayanan",
        "Menandatangani pakta integritas bersama pegawai",
    )
    rows = [
        (
            str(i),
            format_long(d),
            b.f(b.pick(*activities)),
            b.pick("Foto kegiatan", "Daftar hadir", "Notulen", "Tangkapan layar media sosial"),
        )
        for i, d in enumerate(dates, 1)
    ]
    title = c.rekap(
        b,
        title_lines=[
            "LAPORAN KETELADANAN PIMPINAN (ROLE MODEL)",
            "DALAM PEMBANGUNAN ZONA INTEGRITAS",
            b.unit.full_name.upper(),
        ],
        intro="Pimpinan berperan sebagai role model dalam pelaksanaan pembangunan WBK/WBBM melalui kegiatan "
        "sebagai berikut:",
        header=("No", "Tanggal", "Kegiatan", "Bukti"),
        rows=rows,
        signer="maker",
    )
    return b.build(title)


# -- pakta_integritas ----------------------------------------------------------------------


def pakta_points(b: DocBuilder) -> list[str]:
    """Return the seven points of the Pakta Integritas (PermenPAN-RB 49/2011)."""
    return [
        "Berperan secara pro aktif dalam upaya pencegahan dan pemberantasan Korupsi, Kolusi dan "
        "Nepotisme serta tidak melibatkan diri dalam perbuatan tercela;",
        "Tidak meminta atau menerima pemberian secara langsung atau tidak langsung berupa suap, "
        "hadiah, bantuan, atau bentuk lainnya yang tidak sesuai dengan ketentuan yang berlaku;",
        "Bersikap transparan, jujur, objektif, dan akuntabel dalam melaksanakan tugas;",
        "Menghindari pertentangan kepentingan (conflict of interest) dalam pelaksanaan tugas;",
        "Memberi contoh dalam kepatuhan terhadap peraturan perundang-undangan dalam melaksanakan "
        "tugas, terutama kepada pegawai yang berada di bawah pengawasan saya dan sesama pegawai di "
        "lingkungan kerja saya secara konsisten;",
        f"Akan menyampaikan informasi penyimpangan integritas di {b.unit.full_name} serta turut "
        "menjaga kerahasiaan saksi atas pelanggaran peraturan yang dilaporkannya;",
        "Bila saya melanggar hal-hal tersebut di atas, saya siap menghadapi konsekuensinya.",
    ]


@template("pakta_integritas", "pakta_individu", "pakta")
def pakta_individu(b: DocBuilder) -> DocumentSpec:
    """Individual integrity pact with the identity block and seven points."""
    person = (
        b.head
        if b.maybe(0.3)
        else b.person(b.pick(*(b.unit.sector.staff_positions or ("Pengadministrasi Perkantoran",))))
    )
    b.kop(0.5)
    title = b.pick("PAKTA INTEGRITAS", "PAKTA INTEGRITAS PEGAWAI")
    b.title(title, underline=b.maybe(0.3))
    b.para("Saya yang bertanda tangan di bawah ini:", align="left")
    b.kv(
        [
            ("Nama", person.name),
            ("NIP", b.nip(person)),
            ("Pangkat/Golongan", person.rank),
            ("Jabatan", b.unit.head_short if person == b.head else person.position),
            ("Instansi", b.unit.full_name),
        ]
    )
    b.para(
        b.pick(
            "Dalam rangka pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) dan "
            "Wilayah Birokrasi Bersih dan Melayani (WBBM), dengan ini menyatakan bahwa saya:",
            "Dengan ini menyatakan bahwa saya:",
        )
    )
    b.numbered(pakta_points(b), "1.")
    if b.maybe(0.4):
        b.para(
            "Demikian pakta integritas ini saya buat dengan sebenarnya tanpa ada paksaan dari pihak mana pun."
        )
    sig = b.sign_letter(
        person=person,
        position=b.pick("Yang membuat pernyataan,", "Pegawai yang bersangkutan,", "Yang menyatakan,"),
        caption="Meterai Rp10.000" if b.maybe(0.3) else None,
    )
    b.add(sig)
    return b.build(title)


@template("pakta_integritas", "pakta_pernyataan", "pakta")
def pakta_pernyataan(b: DocBuilder) -> DocumentSpec:
    """Integrity pact in the 'Saya, <nama>, sebagai <jabatan>' sentence form, signed by the head."""
    head = b.head
    b.kop(0.9)
    title = "PAKTA INTEGRITAS"
    b.title(title)
    b.para(
        f"Saya, {head.name}, sebagai {b.unit.head_short} dalam rangka pembangunan Zona Integritas "
        "menuju WBK/WBBM, dengan ini menyatakan sebagai berikut:"
    )
    b.numbered(pakta_points(b), "1.")
    b.add(b.sign_letter(position=b.unit.head_title))
    return b.build(title)


@template("pakta_integritas", "komitmen_bersama", "pakta")
def pakta_komitmen(b: DocBuilder) -> DocumentSpec:
    """Joint commitment / integrity pact signed by all staff in a table."""
    b.kop(0.85)
    title = b.pick("PERNYATAAN KOMITMEN BERSAMA", "KOMITMEN BERSAMA DAN PAKTA INTEGRITAS")
    b.title(title, f"PEMBANGUNAN ZONA INTEGRITAS {b.unit.full_name.upper()}")
    b.para(
        b.pf(
            "Kami, seluruh pegawai {unit}, dengan ini berkomitmen untuk membangun Zona Integritas "
            "menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani, serta "
            "menandatangani Pakta Integritas dengan isi sebagai berikut:"
        )
    )
    b.numbered(
        pakta_points(b)[:4]
        + [
            f"Memberikan pelayanan terbaik kepada {b.unit.sector.clients} tanpa diskriminasi dan tanpa "
            "pungutan di luar ketentuan."
        ],
        "1.",
    )
    people = b.staff(b.rng.randint(10, 24))
    rows = [(str(i), p.name, b.nip(p), p.position, f"{i}. ........") for i, p in enumerate(people, 1)]
    b.table(("No", "Nama", "NIP", "Jabatan", "Tanda Tangan"), rows)
    b.add(b.sign_letter(caption="Mengetahui,"))
    return b.build(title)


@template("pakta_integritas", "berita_acara_penandatanganan", "berita_acara")
def pakta_berita_acara(b: DocBuilder) -> DocumentSpec:
    """Record of the mass signing of integrity pacts."""
    total = b.rng.randint(25, 180)
    signed = total - b.rng.randint(0, 6)
    title = c.berita_acara(
        b,
        about=b.pick(
            "PENANDATANGANAN PAKTA INTEGRITAS", "PENANDATANGANAN PAKTA INTEGRITAS DAN KOMITMEN BERSAMA"
        ),
        body=[
            b.pf(
                "Penandatanganan Pakta Integritas dilaksanakan oleh {head} beserta seluruh pegawai "
                "{unit} sebagai wujud komitmen dalam pembangunan Zona Integritas menuju WBK/WBBM."
            ),
            f"Jumlah pegawai seluruhnya {total} orang, telah menandatangani Pakta Integritas sebanyak "
            f"{signed} orang, sedangkan pegawai yang belum menandatangani karena sedang cuti/tugas "
            "luar akan melengkapi pada kesempatan berikutnya.",
        ],
    )
    return b.build(title)


# -- more carriers for monev_zi and rencana_kerja_zi ----------------------------------------


@template("monev_zi", "nota_dinas_tindak_lanjut_lke", "nota_dinas")
def monev_nota_dinas(b: DocBuilder) -> DocumentSpec:
    """Memo from the ZI team leader asking area coordinators to follow up the self-assessment."""
    year, q, _, _ = report_quarter(b)
    areas = b.sample(list(AREAS), 3)
    title = c.nota_dinas(
        b,
        kepada=b.pick("Para Koordinator Area Tim Kerja Zona Integritas", "Seluruh Anggota Tim Kerja ZI"),
        dari=b.pick("Ketua Tim Kerja Pembangunan Zona Integritas", "Sekretaris Tim Kerja ZI"),
        hal=b.pick(
            f"Tindak Lanjut Hasil Monitoring dan Evaluasi Pembangunan ZI Triwulan {roman(q)}",
            "Tindak Lanjut Hasil Penilaian Mandiri (LKE) Zona Integritas",
        ),
        topic="org",
        body=[
            b.pf(
                "Berdasarkan hasil monitoring dan evaluasi pembangunan Zona Integritas triwulan {q} "
                "tahun {y}, masih terdapat rencana aksi yang belum terealisasi dan data dukung LKE yang "
                "belum lengkap pada area berikut:",
                q=roman(q),
                y=str(year),
            ),
            "Diminta agar koordinator area melengkapi data dukung dan melaporkan progres tindak lanjut "
            "paling lambat akhir bulan berjalan untuk dibahas dalam rapat evaluasi berikutnya.",
        ],
        points=[f"Area {a}: realisasi rencana aksi {pct(b, 40, 85)};" for a in areas],
    )
    return b.build(title)


_MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


@template("rencana_kerja_zi", "jadwal_rencana_aksi", "rekap")
def rencana_jadwal(b: DocBuilder) -> DocumentSpec:
    """Time schedule (matrix per month) of the ZI action plan per change area."""
    rows = []
    for i, area in enumerate(AREAS, 1):
        months = b.sample(_MONTHS_SHORT, 3)
        rows.append(
            (
                str(i),
                area,
                b.pick("Penyusunan dokumen", "Sosialisasi dan internalisasi", "Penerapan dan monev"),
                ", ".join(months),
                b.pick("Koordinator Area", "Ketua Tim", "Sekretaris Tim"),
                b.pick("Dokumen", "Laporan", "SK/SOP"),
            )
        )
    title = c.rekap(
        b,
        title_lines=[
            b.pick(
                "JADWAL PELAKSANAAN RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS",
                "TIME SCHEDULE RENCANA KERJA TIM ZONA INTEGRITAS",
            ),
            f"{b.unit.full_name.upper()} TAHUN {b.date.year}",
        ],
        intro="Jadwal berikut menjabarkan target prioritas rencana kerja pembangunan zona integritas per "
        "area perubahan beserta penanggung jawab dan output yang diharapkan.",
        header=("No", "Area Perubahan", "Kegiatan", "Bulan Pelaksanaan", "Penanggung Jawab", "Output"),
        rows=rows,
        signer=b.pick("team", "head"),
    )
    return b.build(title)
