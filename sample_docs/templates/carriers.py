"""Builders for the document forms that carry evidence.

Indonesian offices put almost every piece of evidence into a handful of forms: the decree
(SK/Keputusan), the invitation (surat undangan), the minutes (notulen), the attendance list
(daftar hadir), the activity report (laporan), the official record (berita acara), the recap
table, the form, the internal memo (nota dinas) and the circular (surat edaran). The builders
here lay out those forms; the area modules supply the topic words, which is what decides the
evidence type ("Generic carrier documents belong to the type their topic names").

Each builder appends blocks to a :class:`~sample_docs.templates.base.DocBuilder` and returns
the title as printed.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence

from sample_docs.dates import (
    DateStyle,
    date_in_words,
    format_long,
    format_numeric,
    roman,
)
from sample_docs.spec import PageBreak, Paragraph, SignaturePair, Title
from sample_docs.templates.base import DocBuilder
from sample_docs.templates.regulations import ZI_CORE

log = logging.getLogger(__name__)

ACRONYMS = {
    "WBK",
    "WBBM",
    "ZI",
    "SOP",
    "SPIP",
    "UPG",
    "PPID",
    "SAKIP",
    "IKU",
    "TIK",
    "ASN",
    "KIP",
    "SKM",
    "BK",
    "WBS",
    "RSUD",
    "SPBE",
    "PNS",
    "SKP",
    "LKJIP",
    "UPT",
    "PTSP",
    "SP4N-LAPOR!",
    "TNA",
    "ABK",
    "AKIP",
    "IKM",
    "RTP",
    "SIMPEG",
    "SIASN",
    "DIP",
    "KUA",
    "BPS",
    "II",
    "III",
    "IV",
    "I",
    "DPA",
    "RKT",
    "RENJA",
    "RENSTRA",
    "PK",
}
SMALL_WORDS = {
    "dan",
    "di",
    "ke",
    "dari",
    "yang",
    "untuk",
    "pada",
    "dalam",
    "atas",
    "serta",
    "menuju",
    "terhadap",
    "tentang",
    "oleh",
    "bagi",
    "atau",
    "sebagai",
    "dengan",
    "di lingkungan",
}


def title_case(text: str) -> str:
    """Convert an upper-case decree subject to the title case used in running text.

    ``PEMBENTUKAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI (WBK)``
    becomes ``Pembentukan Tim Kerja Pembangunan Zona Integritas menuju Wilayah Bebas dari
    Korupsi (WBK)``.
    """
    out = []
    for i, word in enumerate(text.split(" ")):
        bare = word.strip("(),.;:")
        if bare.upper() in ACRONYMS or re.search(r"\d", bare):
            out.append(word)
        elif i > 0 and bare.lower() in SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append(word[:1].upper() + word[1:].lower())
    return " ".join(out)


def _tembusan(b: DocBuilder, extra: Sequence[str] = ()) -> None:
    unit = b.unit
    top = title_case(unit.superior_title)
    if unit.is_pemda:
        options = [f"{top} (sebagai laporan)", unit.inspectorate, "Arsip"]
    else:
        options = [top, unit.inspectorate, "Arsip"]
    items = [*extra, *options]
    b.add(Paragraph(b.pick("Tembusan Yth.:", "Tembusan:", "Tembusan disampaikan kepada Yth.:"), align="left"))
    b.numbered(items, "1.")


# ----------------------------------------------------------------------------------------
# Surat Keputusan
# ----------------------------------------------------------------------------------------


def sk(
    b: DocBuilder,
    *,
    subject: str,
    menimbang: Sequence[str],
    mengingat_keys: Sequence[str],
    diktum: Sequence[str],
    memperhatikan: Sequence[str] = (),
    lampiran: tuple[str, Sequence[str], Sequence[Sequence[str]]] | None = None,
    valid_to_year_end: bool | None = None,
) -> str:
    """Lay out a decree (Keputusan Kepala …) following the Indonesian tata naskah dinas.

    Args:
        b: The builder.
        subject: The decree's subject in capitals (printed after ``TENTANG``).
        menimbang: Considerations a and b (``bahwa …``); the closing one is added here.
        mengingat_keys: Regulations to cite (keys of the regulation catalogue).
        diktum: Operative parts KESATU, KEDUA …; the closing diktum is added here.
        memperhatikan: Optional further references (earlier letters, meeting results).
        lampiran: Optional annex ``(title, header, rows)`` printed on a new page.
        valid_to_year_end: End the closing diktum with "berlaku sampai dengan tanggal 31
            Desember <year>" (a cited date); drawn at random by default.

    Returns:
        The subject as printed.

    """
    unit = b.unit
    b.kop(0.9)
    kind = b.pick("KEPUTUSAN", "KEPUTUSAN", "KEPUTUSAN", "SURAT KEPUTUSAN")
    nomor = unit.sk_nomor(b.rng, b.date)
    b.title(f"{kind} {unit.head_title}")
    b.title(b.pick(f"NOMOR {nomor}", f"NOMOR : {nomor}", f"Nomor : {nomor}"))
    b.title("TENTANG")
    b.title(subject)
    if b.maybe(0.85):
        b.title("DENGAN RAHMAT TUHAN YANG MAHA ESA")
    b.title(f"{unit.head_title},")
    readable = title_case(subject)
    letters = (
        "a dan huruf b"
        if len(menimbang) == 2
        else "a sampai dengan huruf " + chr(ord("a") + len(menimbang) - 1)
    )
    closing = b.pick(
        f"bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf {letters}, perlu menetapkan "
        f"Keputusan {unit.head_short} tentang {readable};",
        f"bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf {letters}, perlu ditetapkan "
        f"dengan Keputusan {unit.head_short};",
    )
    b.numbered([*menimbang, closing], "a.", label="Menimbang")
    mengingat = b.regs(list(mengingat_keys))
    if b.maybe(0.7):
        mengingat = [m.rstrip(";.") + ";" for m in mengingat] + [b.org_regulation() + "."]
    b.numbered(mengingat, "1.", label="Mengingat")
    if memperhatikan:
        b.numbered(list(memperhatikan), "1.", label="Memperhatikan")
    b.title(b.pick("MEMUTUSKAN:", "MEMUTUSKAN :", "M E M U T U S K A N :"))
    b.kv([("Menetapkan", f"KEPUTUSAN {unit.head_title} TENTANG {subject}.")], layout="table")
    if valid_to_year_end is None:
        valid_to_year_end = b.maybe(0.3)
    if valid_to_year_end:
        year_end = dt.date(b.date.year, 12, 31)
        if year_end == b.date:
            year_end = dt.date(b.date.year + 1, 12, 31)
        closing_diktum = (
            "Keputusan ini mulai berlaku pada tanggal ditetapkan dan berlaku sampai dengan "
            f"tanggal {b.cite(year_end)}."
        )
    else:
        closing_diktum = b.pick(
            "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
            "Keputusan ini mulai berlaku pada tanggal ditetapkan, dengan ketentuan apabila di kemudian "
            "hari terdapat kekeliruan dalam penetapan ini akan diadakan perbaikan sebagaimana mestinya.",
            "Keputusan ini berlaku sejak tanggal ditetapkan dan apabila di kemudian hari terdapat "
            "kekeliruan akan dilakukan pembetulan sebagaimana mestinya.",
        )
    b.numbered([*diktum, closing_diktum], "KESATU")
    b.add(b.sign_decree())
    if b.maybe(0.45):
        _tembusan(b)
    if lampiran:
        title, header, rows = lampiran
        b.add(PageBreak())
        b.kv(
            [
                ("LAMPIRAN", f"KEPUTUSAN {unit.head_title}"),
                ("NOMOR", nomor),
                ("TANGGAL", b.eff_text or format_long(b.date)),
                ("TENTANG", subject),
            ],
            layout="table",
        )
        b.title(title)
        b.table(header, rows)
        b.add(b.sign_plain())
    return subject


# ----------------------------------------------------------------------------------------
# Letters: undangan, surat pengantar, surat edaran, nota dinas
# ----------------------------------------------------------------------------------------


def _letter_head(
    b: DocBuilder, *, hal: str, topic: str, lampiran: str = "-", sifat: str | None = None
) -> bool:
    """Add kop, date line and the Nomor/Sifat/Lampiran/Hal block.

    Returns:
        ``True`` when the date was written at the top (so the signature stays undated).

    """
    unit = b.unit
    b.kop(0.95)
    top_dated = b.maybe(0.6)
    nomor = unit.nomor(b.rng, b.date, topic)  # type: ignore[arg-type]
    if top_dated:
        b.para(f"{unit.city}, {b.eff()}", align="right")
    rows = [("Nomor", nomor)]
    if sifat or b.maybe(0.8):
        rows.append(("Sifat", sifat or b.pick("Biasa", "Penting", "Segera", "Biasa")))
    rows += [("Lampiran", lampiran), (b.pick("Hal", "Perihal", "Hal"), hal)]
    b.kv(rows)
    return top_dated


def _addressee(b: DocBuilder, kepada: str) -> None:
    b.para(b.pick("Yth.", "Kepada Yth.", "Kepada"), align="left")
    b.para(kepada, align="left")
    b.para(b.pick("di -", "di", "di -"), align="left")
    b.para(b.pick("Tempat", "    Tempat", b.unit.city), align="left")


def undangan(
    b: DocBuilder,
    *,
    hal: str,
    purpose: str,
    acara: str,
    kepada: str | None = None,
    topic: str = "org",
    ref_letter: tuple[str, str] | None = None,
    place: str | None = None,
    extra: Sequence[str] = (),
) -> str:
    """Lay out an invitation letter (surat undangan).

    The meeting date is later than the letter date and is recorded as a cited date.

    Args:
        b: The builder.
        hal: Subject line (``Undangan Rapat …``).
        purpose: The reason, completing "Dalam rangka …".
        acara: The agenda line.
        kepada: Addressee; a generic one by default.
        topic: Filing topic for the letter number.
        ref_letter: ``(issuer, about)`` of an earlier letter the invitation follows up; its
            number and date are generated and its date is recorded as cited.
        place: Meeting place.
        extra: Extra paragraphs before the closing.

    Returns:
        The subject line as printed.

    """
    unit = b.unit
    top_dated = _letter_head(b, hal=hal, topic=topic)
    kepada = kepada or b.pick(
        "Bapak/Ibu/Saudara (daftar terlampir)",
        f"Seluruh Pegawai {unit.full_name}",
        "Para Kepala Bidang/Kepala Seksi/Koordinator Pelayanan",
        "Anggota Tim Kerja (terlampir)",
    )
    _addressee(b, kepada)
    meeting = b.later(1, 9)
    if ref_letter:
        issuer, about = ref_letter
        ref_date = b.earlier(5, 45)
        ref_no = unit.nomor(b.rng, ref_date, topic)  # type: ignore[arg-type]
        opening = b.pick(
            f"Menindaklanjuti surat {issuer} Nomor {ref_no} tanggal {b.cite(ref_date)} hal {about}, "
            f"dan dalam rangka {purpose}, bersama ini kami mengundang Bapak/Ibu/Saudara untuk hadir "
            "pada:",
            f"Berdasarkan surat {issuer} Nomor {ref_no} tanggal {b.cite(ref_date)} perihal {about}, "
            f"dengan hormat kami mengundang Bapak/Ibu/Saudara dalam rangka {purpose} yang akan "
            "dilaksanakan pada:",
        )
    else:
        opening = b.pick(
            f"Dalam rangka {purpose}, bersama ini kami mengundang Bapak/Ibu/Saudara untuk hadir pada:",
            f"Sehubungan dengan {purpose}, dengan hormat kami mengharap kehadiran Bapak/Ibu/Saudara pada:",
            f"Dengan hormat, dalam rangka {purpose}, kami mengundang Bapak/Ibu/Saudara untuk "
            "menghadiri kegiatan yang akan diselenggarakan pada:",
        )
    b.para(opening)
    start, end = b.rng.choice(
        (
            ("08.00", "12.00 WIB"),
            ("08.30", "selesai"),
            ("09.00", "selesai"),
            ("09.30", "12.00 WIB"),
            ("13.00", "15.00 WIB"),
            ("13.30", "selesai"),
        )
    )
    rows = [
        ("Hari/Tanggal", b.cite_weekday(meeting)),
        ("Waktu", f"{start} WIB s.d. {end}"),
        (
            "Tempat",
            place
            or b.pick(
                f"Aula {unit.full_name}",
                f"Ruang Rapat {unit.full_name}",
                "Ruang Rapat Lantai 2",
                "Ruang Pertemuan Utama",
            ),
        ),
        ("Acara", acara),
    ]
    if b.maybe(0.3):
        rows.append(("Pakaian", b.pick("Dinas harian", "Batik", "Bebas rapi")))
    b.kv(rows)
    b.paras(extra)
    if b.maybe(0.4):
        b.para(
            b.pick(
                "Mengingat pentingnya acara tersebut, dimohon kehadiran Bapak/Ibu/Saudara tepat pada "
                "waktunya.",
                "Mengingat pentingnya kegiatan dimaksud, kehadiran Bapak/Ibu/Saudara tidak dapat diwakilkan.",
                "Peserta dimohon membawa bahan/data dukung yang diperlukan.",
            )
        )
    b.para(
        b.pick(
            "Demikian untuk menjadi perhatian dan atas kehadirannya disampaikan terima kasih.",
            "Demikian undangan ini kami sampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.",
            "Atas perhatian dan kerja samanya, kami sampaikan terima kasih.",
        )
    )
    b.add(b.sign_letter(dated=not top_dated))
    if b.maybe(0.3):
        _tembusan(b)
    return hal


def surat(
    b: DocBuilder,
    *,
    hal: str,
    kepada: str,
    body: Sequence[str],
    topic: str = "umum",
    lampiran: str = "-",
    points: Sequence[str] = (),
    closing: str | None = None,
) -> str:
    """Lay out an ordinary official letter (surat dinas, surat pengantar).

    Args:
        b: The builder.
        hal: Subject line.
        kepada: Addressee.
        body: Paragraphs.
        topic: Filing topic for the letter number.
        lampiran: Attachment line.
        points: Optional numbered points after the first paragraph.
        closing: Closing sentence; a standard one by default.

    Returns:
        The subject line as printed.

    """
    top_dated = _letter_head(b, hal=hal, topic=topic, lampiran=lampiran)
    _addressee(b, kepada)
    b.para(body[0])
    if points:
        b.numbered(points, "1.")
    b.paras(body[1:])
    b.para(
        closing
        or b.pick(
            "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
            "Demikian kami sampaikan untuk menjadi periksa dan atas perhatiannya diucapkan terima kasih.",
            "Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.",
        )
    )
    b.add(b.sign_letter(dated=not top_dated))
    if b.maybe(0.35):
        _tembusan(b)
    return hal


def surat_edaran(
    b: DocBuilder,
    *,
    subject: str,
    kepada: str,
    background: Sequence[str],
    points: Sequence[str],
    legal_keys: Sequence[str] = (),
) -> str:
    """Lay out a circular (surat edaran) from the unit head.

    Args:
        b: The builder.
        subject: Subject in capitals (after ``TENTANG``).
        kepada: Addressees.
        background: Opening paragraphs.
        points: The instructions.
        legal_keys: Regulations cited in a "Dasar" list.

    Returns:
        The subject as printed.

    """
    unit = b.unit
    b.kop(0.95)
    if b.maybe(0.5):
        b.para(f"{unit.city}, {b.eff()}", align="right")
        dated_top = True
    else:
        dated_top = False
    b.title("SURAT EDARAN", underline=b.maybe(0.3))
    b.title(f"NOMOR {unit.nomor(b.rng, b.date, 'org')}")
    b.title("TENTANG")
    b.title(subject)
    b.para(f"Yth. {kepada}", align="left")
    b.paras(background)
    if legal_keys:
        b.para(b.pick("Dasar:", "Sebagai dasar pelaksanaan:", "Memperhatikan ketentuan:"), align="left")
        b.numbered(b.regs(list(legal_keys)), "1.")
    b.para(
        b.pick(
            "Sehubungan dengan hal tersebut di atas, dengan ini diminta kepada seluruh pegawai untuk:",
            "Berkenaan dengan hal tersebut, bersama ini disampaikan hal-hal sebagai berikut:",
            "Untuk itu, diminta kepada Saudara agar:",
        )
    )
    b.numbered(points, b.pick("1.", "a."))  # type: ignore[arg-type]
    b.para(
        b.pick(
            "Demikian Surat Edaran ini disampaikan untuk dilaksanakan dengan penuh tanggung jawab.",
            "Demikian untuk menjadi perhatian dan dilaksanakan sebagaimana mestinya.",
            "Atas perhatian dan kerja sama Saudara diucapkan terima kasih.",
        )
    )
    if dated_top:
        b.add(b.sign_plain())
    elif b.maybe(0.5):
        b.add(b.sign_decree())
    else:
        b.add(b.sign_letter())
    return subject


def nota_dinas(
    b: DocBuilder,
    *,
    kepada: str,
    dari: str,
    hal: str,
    body: Sequence[str],
    points: Sequence[str] = (),
    topic: str = "umum",
    lampiran: str = "-",
) -> str:
    """Lay out an internal memo (nota dinas); the date sits in its header block.

    Args:
        b: The builder.
        kepada: Recipient.
        dari: Sender position.
        hal: Subject.
        body: Paragraphs.
        points: Optional numbered points after the first paragraph.
        topic: Filing topic for the number.
        lampiran: Attachment line.

    Returns:
        The title (``NOTA DINAS``) as printed.

    """
    b.kop(0.8)
    b.title("NOTA DINAS", underline=b.maybe(0.5))
    rows = [
        ("Kepada", f"Yth. {kepada}"),
        ("Dari", dari),
        ("Tanggal", b.eff()),
        ("Nomor", b.unit.nomor(b.rng, b.date, topic)),  # type: ignore[arg-type]
        ("Sifat", b.pick("Biasa", "Segera", "Penting")),
        ("Lampiran", lampiran),
        ("Hal", hal),
    ]
    if b.maybe(0.4):
        rows.insert(2, ("Tembusan", b.pick("Sekretaris", "Kepala Subbagian Umum dan Kepegawaian", "-")))
    b.kv(rows)
    b.para("_" * 60, align="left")
    b.para(body[0])
    if points:
        b.numbered(points, "1.")
    b.paras(body[1:])
    b.para(
        b.pick(
            "Demikian disampaikan, mohon arahan lebih lanjut.",
            "Demikian disampaikan untuk menjadi periksa dan mohon petunjuk lebih lanjut.",
            "Atas perhatian Bapak/Ibu diucapkan terima kasih.",
        )
    )
    sender = b.person(dari)
    b.add(b.sign_plain(person=sender, position=dari))
    return "NOTA DINAS"


# ----------------------------------------------------------------------------------------
# Meetings: notulen, daftar hadir
# ----------------------------------------------------------------------------------------


def notulen(
    b: DocBuilder,
    *,
    rapat: str,
    agenda: Sequence[str],
    pembahasan: Sequence[str],
    kesimpulan: Sequence[str],
    opening: str | None = None,
    follow_up: Sequence[tuple[str, str]] = (),
) -> str:
    """Lay out minutes of a meeting; the meeting date is the effective date.

    Args:
        b: The builder.
        rapat: The meeting's name (``Rapat Monitoring dan Evaluasi …``).
        agenda: Agenda items.
        pembahasan: Discussion points.
        kesimpulan: Conclusions/decisions.
        opening: Opening paragraph; a standard one by default.
        follow_up: Optional ``(action, person in charge)`` rows with deadlines (cited dates).

    Returns:
        The meeting name as printed.

    """
    unit = b.unit
    b.kop(0.6)
    b.title(b.pick("NOTULEN RAPAT", "NOTULA RAPAT", "NOTULEN", "NOTULA"), underline=b.maybe(0.3))
    printed = b.upper_or_title(rapat, 0.5)
    b.title(printed)
    chair = (
        b.head if b.maybe(0.7) else b.person(b.pick("Sekretaris", "Ketua Tim Kerja", "Kepala Subbagian Umum"))
    )
    clerk = b.person(b.pick("Notulis", "Pengadministrasi Perkantoran", "Staf Subbagian Umum"))
    start_hour, start_minute = b.rng.choice(((8, 30), (9, 0), (10, 0), (13, 0), (13, 30)))
    # The chair opens the meeting a few minutes after the scheduled start.
    opened = start_hour * 60 + start_minute + b.rng.choice((5, 10, 15))
    closed = opened + b.rng.choice((75, 90, 105, 120, 150))
    n_peserta = b.rng.randint(9, 38)
    rows = [
        ("Hari/Tanggal", b.eff_weekday()),
        ("Waktu", f"{start_hour:02d}.{start_minute:02d} WIB s.d. selesai"),
        (
            "Tempat",
            b.pick(
                f"Ruang Rapat {unit.full_name}",
                f"Aula {unit.full_name}",
                "Ruang Rapat Pimpinan",
                "Zoom Meeting",
            ),
        ),
        ("Pimpinan Rapat", f"{chair.name} ({unit.head_short if chair == b.head else chair.position})"),
        ("Notulis", clerk.name),
        (
            "Peserta",
            b.pick(
                f"{n_peserta} orang (daftar hadir terlampir)", f"{n_peserta} orang", "Daftar hadir terlampir"
            ),
        ),
    ]
    if b.maybe(0.8):
        rows.append(("Acara", "; ".join(agenda) if len(agenda) < 3 else agenda[0]))
    b.kv(rows)
    style = b.rng.choice(("roman", "letter", "plain"))
    headings = iter(_minute_headings(style, len(agenda) >= 2, b))
    b.heading(next(headings))
    b.para(
        opening
        or b.pf(
            "Rapat dibuka oleh pimpinan rapat pada pukul {t} WIB. Pimpinan rapat menyampaikan maksud "
            "dan tujuan rapat serta menekankan pentingnya komitmen seluruh peserta.",
            "Rapat dibuka pukul {t} WIB dengan doa, dilanjutkan pengantar dari pimpinan rapat mengenai "
            "latar belakang dan agenda pembahasan.",
            "Pimpinan rapat membuka rapat pada pukul {t} WIB, menyampaikan terima kasih atas kehadiran "
            "peserta dan menjelaskan agenda rapat.",
            t=f"{opened // 60:02d}.{opened % 60:02d}",
        )
    )
    if len(agenda) >= 2:
        b.heading(next(headings))
        b.numbered(agenda, "1.")
    b.heading(next(headings))
    b.numbered(pembahasan, b.pick("1.", "a."))  # type: ignore[arg-type]
    b.heading(next(headings))
    b.numbered(kesimpulan, "1.")
    if follow_up:
        rows_t = []
        for i, (action, who) in enumerate(follow_up, 1):
            deadline = b.later(7, 45)
            rows_t.append((str(i), action, who, b.cite(deadline, DateStyle.LONG)))
        b.table(("No", "Rencana Tindak Lanjut", "Penanggung Jawab", "Batas Waktu"), rows_t)
    b.para(
        b.pick(
            f"Rapat ditutup pukul {closed // 60:02d}.{closed % 60:02d} WIB.",
            "Demikian notulen rapat ini dibuat untuk dipergunakan sebagaimana mestinya.",
            "Rapat diakhiri dengan kesepakatan untuk melaksanakan tindak lanjut sesuai kesimpulan di atas.",
        )
    )
    left = b.sign_plain(
        person=chair,
        position="Pimpinan Rapat" if chair != b.head else unit.head_title,
        caption=b.pick("Mengetahui,", "Pimpinan Rapat,"),
    )
    right = b.sign_plain(person=clerk, position="Notulis")
    b.add(SignaturePair(left, right))
    return printed


def _minute_headings(style: str, with_agenda: bool, b: DocBuilder) -> list[str]:
    """Section headings of minutes, numbered consistently within one document."""
    names = (
        ["Pembukaan"]
        + (["Agenda"] if with_agenda else [])
        + [
            b.pick("Pembahasan", "Hasil Pembahasan", "Pokok-pokok Pembahasan"),
            b.pick("Kesimpulan", "Kesimpulan dan Tindak Lanjut", "Keputusan Rapat"),
        ]
    )
    if style == "roman":
        return [f"{roman(i)}. {n}" for i, n in enumerate(names, 1)]
    if style == "letter":
        return [f"{chr(ord('A') + i)}. {n.upper()}" for i, n in enumerate(names)]
    return names


def daftar_hadir(b: DocBuilder, *, kegiatan: str, rows: int | None = None, place: str | None = None) -> str:
    """Lay out an attendance list (No | Nama | NIP | Jabatan | Tanda Tangan).

    Args:
        b: The builder.
        kegiatan: The activity the list belongs to.
        rows: Number of attendees; drawn by default.
        place: Venue.

    Returns:
        The activity name as printed.

    """
    unit = b.unit
    b.kop(0.5)
    b.title("DAFTAR HADIR", underline=b.maybe(0.4))
    printed = b.upper_or_title(kegiatan, 0.6)
    b.title(printed)
    b.kv(
        [
            ("Hari/Tanggal", b.eff_weekday()),
            ("Waktu", f"{b.pick('08.00', '09.00', '13.00')} WIB s.d. selesai"),
            (
                "Tempat",
                place or b.pick(f"Aula {unit.full_name}", f"Ruang Rapat {unit.full_name}", "Ruang Pertemuan"),
            ),
        ]
    )
    n = rows or b.rng.randint(8, 22)
    people = b.staff(n)
    body = []
    for i, person in enumerate(people, 1):
        sig = f"{i}. ........" if i % 2 else f"        {i}. ........"
        body.append((str(i), person.name, b.nip(person) if b.maybe(0.9) else "-", person.position, sig))
    b.table(("No", "Nama", "NIP", "Jabatan", "Tanda Tangan"), body)
    if b.maybe(0.6):
        b.add(b.sign_plain(caption="Mengetahui,"))
    return printed


# ----------------------------------------------------------------------------------------
# Reports
# ----------------------------------------------------------------------------------------

_ROMAN_CHAPTERS = ("I", "II", "III", "IV", "V", "VI")


def report_cover(
    b: DocBuilder, lines: Sequence[str], *, cover_page: bool | None = None, with_kop: float = 0.5
) -> str:
    """Start a report: an optional cover page, else a title block under the letterhead.

    Args:
        b: The builder.
        lines: Title lines (the first is the main title).
        cover_page: Force a cover page on or off.
        with_kop: Probability of a letterhead when there is no cover page.

    Returns:
        The title lines as printed, joined with spaces.

    """
    unit = b.unit
    cover = b.maybe(0.45) if cover_page is None else cover_page
    printed = [b.upper_or_title(line, 0.75) for line in lines]
    if cover:
        b.header_in_docx_header = False
        for line in printed:
            b.add(Title(line, size=14))
        b.add(Title(unit.full_name.upper(), size=13))
        if unit.is_pemda:
            b.add(Title(unit.parent, size=12))
        b.add(PageBreak())
    else:
        b.kop(with_kop)
        for line in printed:
            b.add(Title(line))
    return " ".join(printed)


def chapter(b: DocBuilder, name: str) -> None:
    """Add a chapter heading in this document's numbering style (``BAB I PENDAHULUAN``)."""
    style = b.state.setdefault("chapter_style", b.rng.choice(("bab", "roman", "letter")))
    n = int(b.state.get("chapter_n", 0))  # type: ignore[arg-type]
    b.state["chapter_n"] = n + 1
    b.state["section_n"] = 0
    if style == "bab":
        b.add(Title(f"BAB {_ROMAN_CHAPTERS[n]}"), Title(name.upper()))
    elif style == "roman":
        b.heading(f"{_ROMAN_CHAPTERS[n]}. {name.upper()}")
    else:
        b.heading(f"{chr(ord('A') + n)}. {name.upper()}")


def section(b: DocBuilder, name: str) -> None:
    """Add a sub-heading numbered within the current chapter (``A. Latar Belakang``)."""
    style = b.state.setdefault("section_style", b.rng.choice(("letter", "decimal", "plain")))
    n = int(b.state.get("section_n", 0))  # type: ignore[arg-type]
    b.state["section_n"] = n + 1
    chapter_n = int(b.state.get("chapter_n", 1))  # type: ignore[arg-type]
    if style == "letter" and b.state.get("chapter_style") != "letter":
        b.heading(f"{chr(ord('A') + n)}. {name}")
    elif style == "decimal":
        b.heading(f"{chapter_n}.{n + 1} {name}")
    else:
        b.heading(f"{n + 1}. {name}")


def report_intro(
    b: DocBuilder,
    *,
    background: Sequence[str],
    legal_keys: Sequence[str] = ZI_CORE,
    purpose: Sequence[str] = (),
    scope: str | None = None,
    chapter_name: str = "Pendahuluan",
) -> None:
    """Add the opening chapter: background, legal basis, purpose, scope."""
    chapter(b, chapter_name)
    section(b, "Latar Belakang")
    b.paras(background)
    if legal_keys:
        section(b, b.pick("Dasar Hukum", "Dasar Pelaksanaan", "Landasan Hukum"))
        b.numbered(b.regs(list(legal_keys), gazette=False), "1.")
    if purpose:
        section(b, b.pick("Maksud dan Tujuan", "Tujuan", "Maksud dan Tujuan Kegiatan"))
        b.numbered(purpose, b.pick("1.", "a."))  # type: ignore[arg-type]
    if scope:
        section(b, "Ruang Lingkup")
        b.para(scope)


def report_close(
    b: DocBuilder,
    *,
    conclusions: Sequence[str],
    suggestions: Sequence[str] = (),
    signer: str = "head",
    closing: str | None = None,
) -> None:
    """Add the closing chapter and the dated signature.

    Args:
        b: The builder.
        conclusions: Conclusion paragraphs or points.
        suggestions: Recommendations.
        signer: ``"head"`` (the unit head signs), ``"team"`` (a team lead signs, the head
            acknowledges) or ``"maker"`` (a staff member signs, the head acknowledges).
        closing: Final sentence; a standard one by default.

    """
    chapter(b, "Penutup")
    if suggestions:
        section(b, "Kesimpulan")
    if len(conclusions) == 1:
        b.para(conclusions[0])
    else:
        b.numbered(conclusions, "1.")
    if suggestions:
        section(b, b.pick("Saran", "Rekomendasi", "Saran dan Rencana Tindak Lanjut"))
        b.numbered(suggestions, "1.")
    b.para(
        closing
        or b.pick(
            "Demikian laporan ini disusun sebagai bahan evaluasi dan pertanggungjawaban pelaksanaan "
            "kegiatan.",
            "Demikian laporan ini dibuat untuk dapat dipergunakan sebagaimana mestinya.",
            "Demikian laporan ini kami sampaikan, semoga bermanfaat bagi peningkatan kinerja organisasi.",
            "Laporan ini disampaikan kepada pimpinan sebagai bahan pengambilan keputusan.",
            "Atas perhatian dan dukungan semua pihak, kami sampaikan terima kasih.",
        )
    )
    sign_report(b, signer)


def sign_report(b: DocBuilder, signer: str = "head") -> None:
    """Add the dated signature of a report in one of its usual arrangements."""
    if signer == "head":
        b.add(b.sign_letter())
        return
    lead_pos = (
        b.pick("Ketua Tim Kerja", "Koordinator Tim", "Penanggung Jawab Kegiatan")
        if signer == "team"
        else b.pick("Pembuat Laporan", "Pelaksana Kegiatan", "Penyusun")
    )
    lead = b.person(lead_pos)
    maker = b.sign_letter(person=lead, position=lead_pos)
    acknowledged = b.sign_plain(caption="Mengetahui,")
    if b.maybe(0.5):
        b.add(SignaturePair(acknowledged, maker))
    else:
        b.add(maker, acknowledged)


# ----------------------------------------------------------------------------------------
# Berita acara, recap tables, forms
# ----------------------------------------------------------------------------------------


def berita_acara(
    b: DocBuilder,
    *,
    about: str,
    body: Sequence[str],
    place: str | None = None,
    table: tuple[Sequence[str], Sequence[Sequence[str]]] | None = None,
    points: Sequence[str] = (),
    signers: int = 2,
) -> str:
    """Lay out an official record (berita acara) that opens with the date in words.

    Args:
        b: The builder.
        about: What is recorded, in capitals (``PEMILIHAN AGEN PERUBAHAN``).
        body: Paragraphs after the opening.
        place: Where it happened.
        table: Optional ``(header, rows)``.
        points: Optional numbered points.
        signers: 2 for a pair of signatures, 3 adds a witness.

    Returns:
        The title as printed.

    """
    unit = b.unit
    b.kop(0.85)
    title = f"BERITA ACARA {about}"
    b.title(title, underline=b.maybe(0.3))
    if b.maybe(0.7):
        b.title(f"Nomor : {unit.nomor(b.rng, b.date, 'org')}")
    where = place or b.pick(
        f"Aula {unit.full_name}", f"Ruang Rapat {unit.full_name}", f"Kantor {unit.full_name}"
    )
    words = date_in_words(b.date)
    b.protect(words)
    sig_dated = b.maybe(0.4)
    if sig_dated:
        opening = (
            f"Pada hari ini {words}, bertempat di {where}, telah dilaksanakan {title_case(about).lower()} "
            "dengan hasil sebagai berikut:"
        )
    else:
        numeric = b.pick(format_numeric(b.date, "-"), format_numeric(b.date, "/"), format_long(b.date))
        b.eff_text = b.eff_text or numeric
        opening = (
            f"Pada hari ini {words} ({numeric}), bertempat di {where}, kami yang bertanda tangan di bawah "
            f"ini telah melaksanakan {title_case(about).lower()} sebagai berikut:"
        )
    b.para(opening)
    b.paras(body)
    if points:
        b.numbered(points, "1.")
    if table:
        b.table(*table)
    b.para(
        b.pick(
            "Demikian berita acara ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana "
            "mestinya.",
            "Demikian berita acara ini dibuat dalam rangkap secukupnya untuk dipergunakan sebagaimana "
            "mestinya.",
        )
    )
    lead_pos = b.pick("Ketua Panitia", "Ketua Tim", "Sekretaris Tim", "Notulis")
    lead = b.person(lead_pos)
    right = b.sign_letter(person=lead, position=lead_pos, dated=sig_dated)
    left = b.sign_plain(caption="Mengetahui,")
    b.add(SignaturePair(left, right))
    if signers > 2:
        witness = b.person("Saksi")
        b.add(b.sign_plain(person=witness, position="Saksi", caption=None))
    return title


def rekap(
    b: DocBuilder,
    *,
    title_lines: Sequence[str],
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    intro: str | None = None,
    notes: Sequence[str] = (),
    signer: str = "head",
) -> str:
    """Lay out a recap table (rekapitulasi) with a dated signature.

    Args:
        b: The builder.
        title_lines: Title lines.
        header: Table header.
        rows: Table rows.
        intro: Optional paragraph before the table.
        notes: Optional notes after the table (``Keterangan``).
        signer: As for :func:`report_close`.

    Returns:
        The title lines as printed, joined with spaces.

    """
    b.kop(0.7)
    printed = [b.upper_or_title(t, 0.8) for t in title_lines]
    b.title(*printed)
    title = " ".join(printed)
    if intro:
        b.para(intro)
    b.table(header, rows)
    if notes:
        b.para("Keterangan:", align="left")
        b.numbered(notes, "-")
    sign_report(b, signer)
    return title


def formulir(
    b: DocBuilder,
    *,
    title_lines: Sequence[str],
    sections: Sequence[tuple[str, Sequence[tuple[str, str]]]],
    declaration: str | None = None,
    signer_person: object | None = None,
) -> str:
    """Lay out a filled-in form: headed groups of ``field : value`` rows and a signature.

    Args:
        b: The builder.
        title_lines: Title lines.
        sections: ``(heading, rows)`` groups.
        declaration: Statement before the signature.
        signer_person: The person filling in the form (signs, dated); the head otherwise.

    Returns:
        The first title line as printed.

    """
    b.kop(0.6)
    b.title(*title_lines)
    for heading, rows in sections:
        b.heading(heading)
        b.kv(rows, layout="table")
    if declaration:
        b.para(declaration)
    if signer_person is not None:
        person = signer_person  # type: ignore[assignment]
        b.add(b.sign_letter(person=person, position=b.pick("Pelapor,", "Yang melaporkan,", "Pelapor")))  # type: ignore[arg-type]
    else:
        b.add(b.sign_letter())
    return " ".join(title_lines)
