"""Unit profiles (unit kerja), people and NIPs for generated documents.

A :class:`UnitProfile` carries everything a template needs to write as a particular office:
its letterhead, the head's position and name, how it numbers letters, where it is, and the
vocabulary of its sector (a hospital serves *pasien*, a sub-district *warga*). Names and NIPs
are drawn from a ``random.Random`` so that every document is reproducible from its seed.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import random
from dataclasses import dataclass
from typing import Literal

from sample_docs.dates import roman

log = logging.getLogger(__name__)

UnitKind = Literal["dinas", "kecamatan", "badan", "rumah_sakit", "puskesmas", "kantor_vertikal"]
NomorStyle = Literal["pemda", "pemda_roman", "kemenag", "bps", "atr"]
Topic = Literal["org", "awas", "peg", "ren", "yan", "umum", "info"]


@dataclass(frozen=True)
class Sector:
    """Vocabulary of a unit's field of work.

    Attributes:
        field: Phrase naming the field (``bidang kesehatan``).
        clients: What the unit calls the people it serves (``pasien``).
        client_phrase: A longer form for sentences (``pasien dan keluarga pasien``).
        services: Names of its public services.
        subunits: Internal sub-units (bidang, seksi, instalasi).
        apps: Applications it uses for services and administration.

    """

    field: str
    clients: str
    client_phrase: str
    services: tuple[str, ...]
    subunits: tuple[str, ...]
    apps: tuple[str, ...]
    staff_positions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    """A civil servant as printed in documents."""

    name: str
    nip: str
    sex: Literal["L", "P"]
    rank: str
    position: str
    birth_date: dt.date

    @property
    def nip_spaced(self) -> str:
        """The NIP in the printed form ``19780512 200501 1 003``."""
        return format_nip(self.nip)


@dataclass(frozen=True)
class UnitProfile:
    """One unit kerja, as its own documents present it.

    Attributes:
        name: The unit as a folder would be named (``Dinas Kesehatan``).
        kind: Broad kind of unit.
        parent: Top letterhead line (``PEMERINTAH KABUPATEN SLEMAN``).
        kop_name: Unit line(s) of the letterhead (``DINAS KESEHATAN``).
        full_name: Name in running text (``Dinas Kesehatan Kabupaten Sleman``).
        region: Region in running text (``Kabupaten Sleman``).
        city: Place written in signature blocks (``Sleman``).
        address: Street address line of the letterhead.
        contact: Phone/e-mail/website line of the letterhead.
        head_title: Head's position in capitals, as signed.
        head_short: Head's position in running text (``Kepala Dinas``).
        abbrev: Abbreviation used in letter numbers (``Dinkes``).
        nomor_style: How the unit numbers its letters.
        code: Unit code inside letter numbers (Kemenag satker, BPS region, ATR office).
        superior_title: Position of the head's superior (for Perjanjian Kinerja).
        inspectorate: The internal auditor (APIP) that oversees the unit.
        sector: Field vocabulary.
        new_classification: Uses the 2022 klasifikasi arsip codes (``000.8.3``) instead of
            the older three-digit ones (``060``).
        extra_kop: Lines between the parent and unit lines (a UPT's parent office).

    """

    name: str
    kind: UnitKind
    parent: str
    kop_name: str
    full_name: str
    region: str
    city: str
    address: str
    contact: str
    head_title: str
    head_short: str
    abbrev: str
    nomor_style: NomorStyle
    sector: Sector
    superior_title: str
    inspectorate: str
    code: str = ""
    new_classification: bool = False
    extra_kop: tuple[str, ...] = ()
    head_prefix: str = ""

    @functools.cached_property
    def head(self) -> Person:
        """The unit head: fixed per unit, so every document of a unit has the same signer."""
        rng = random.Random(f"head:{self.name}")
        return random_person(
            rng,
            position=self.head_short,
            senior=True,
            prefix=self.head_prefix or None,
        )

    @property
    def is_pemda(self) -> bool:
        """Whether the unit belongs to a regional government (Pemda)."""
        return self.parent.startswith("PEMERINTAH")

    def kop_lines(self) -> tuple[str, ...]:
        """Letterhead lines from the parent government down to the contact line."""
        return (self.parent, *self.extra_kop, self.kop_name, self.address, self.contact)

    def klas(self, topic: Topic, rng: random.Random) -> str:
        """Return a filing classification code for a letter on ``topic``.

        Args:
            topic: Broad subject of the letter.
            rng: Source of randomness (some subjects have several codes).

        Returns:
            A code in the unit's numbering tradition.

        """
        if self.nomor_style in ("kemenag", "bps", "atr"):
            table = {
                "org": ("OT.00", "OT.01.1", "OT.02"),
                "awas": ("PS.00", "PS.01", "PW.01"),
                "peg": ("KP.00.1", "KP.01.2", "KP.07"),
                "ren": ("PR.00", "PR.01", "OT.01.2"),
                "yan": ("HM.00", "PP.00.1", "OT.03"),
                "umum": ("HM.00", "KS.01", "PL.00"),
                "info": ("HM.01", "HM.03"),
            }
        elif self.new_classification:
            table = {
                "org": ("000.8.3", "000.8.2", "000.8.1"),
                "awas": ("700.1.2", "700.1.1", "700"),
                "peg": ("800.1.11", "800.1.3", "800"),
                "ren": ("000.7.3", "000.7.2", "900.1.3"),
                "yan": ("000.9", "400.7.1", "100.3"),
                "umum": ("000.1.5", "000.3", "005"),
                "info": ("000.2.3", "045.2"),
            }
        else:
            table = {
                "org": ("060", "061", "065"),
                "awas": ("700", "703", "704"),
                "peg": ("800", "821", "890"),
                "ren": ("050", "054", "900"),
                "yan": ("065", "440", "470"),
                "umum": ("005", "027", "090"),
                "info": ("045", "046", "482"),
            }
        return rng.choice(table[topic])

    def nomor(self, rng: random.Random, d: dt.date, topic: Topic = "umum") -> str:
        """Return a letter number in the unit's style for a letter dated ``d``.

        Args:
            rng: Source of randomness.
            d: The letter's date (its month and year appear in many numbering styles).
            topic: Broad subject (chooses the classification code).

        Returns:
            E.g. ``800/123/Dinkes/2026``, ``440/ 57 /RSUD/I/2026``,
            ``B-123/Kk.12.04/1/HM.00/01/2026``.

        """
        # Running numbers grow through the year; a January letter has a small number.
        seq = max(1, int((d.timetuple().tm_yday / 366) * rng.randint(600, 1500)) + rng.randint(1, 40))
        klas = self.klas(topic, rng)
        if self.nomor_style == "kemenag":
            return f"B-{seq}/{self.code}/{rng.choice(('1', '2', '3'))}/{klas}/{d.month:02d}/{d.year}"
        if self.nomor_style == "bps":
            return f"B-{seq}/{self.code}/{klas}/{d.month:02d}/{d.year}"
        if self.nomor_style == "atr":
            return f"{klas}/{seq}-{self.code}/{roman(d.month)}/{d.year}"
        if self.nomor_style == "pemda_roman":
            spaced = rng.random() < 0.5
            num = f" {seq} " if spaced else str(seq)
            return f"{klas}/{num}/{self.abbrev}/{roman(d.month)}/{d.year}"
        if rng.random() < 0.25:
            return f"{klas}/ {seq} /{self.abbrev}/{d.year}"
        return f"{klas}/{seq}/{self.abbrev}/{d.year}"

    def sk_nomor(self, rng: random.Random, d: dt.date) -> str:
        """Return a decree number (``188.4/12/Kep.Dinkes/2026`` or ``12 TAHUN 2026``).

        Args:
            rng: Source of randomness.
            d: The decree's date.

        Returns:
            The number as printed after ``NOMOR``.

        """
        seq = max(1, int(d.timetuple().tm_yday / 366 * rng.randint(80, 260)) + rng.randint(1, 9))
        if self.nomor_style in ("kemenag", "bps", "atr") or rng.random() < 0.35:
            return f"{seq} TAHUN {d.year}"
        if self.nomor_style == "pemda_roman":
            return f"188.4/{seq}/SK/{self.abbrev}/{roman(d.month)}/{d.year}"
        code = "100.3.3.2" if self.new_classification else "188.4"
        return f"{code}/{seq}/Kep.{self.abbrev}/{d.year}"


def format_nip(nip: str, *, spaced: bool = True) -> str:
    """Format an 18-digit NIP as printed: ``19780512 200501 1 003``.

    Args:
        nip: The 18 digits.
        spaced: Insert the conventional spaces.

    Returns:
        The NIP as printed.

    """
    if not spaced:
        return nip
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


def make_nip(rng: random.Random, birth: dt.date, sex: Literal["L", "P"]) -> str:
    """Build an 18-digit NIP: birth date, appointment year-month, sex digit, sequence.

    Args:
        rng: Source of randomness.
        birth: Birth date (the first eight digits).
        sex: ``"L"`` gives 1, ``"P"`` gives 2 in position 15.

    Returns:
        The NIP without spaces.

    """
    year = min(2024, birth.year + rng.randint(22, 33))
    month = rng.choice((1, 2, 3, 4, 12, 6, 10))
    seq = rng.choices((rng.randint(1, 9), rng.randint(10, 60)), weights=(8, 2))[0]
    return f"{birth:%Y%m%d}{year}{month:02d}{1 if sex == 'L' else 2}{seq:03d}"


MALE_FIRST = (
    "Agus",
    "Budi",
    "Bambang",
    "Dwi",
    "Eko",
    "Hendra",
    "Joko",
    "Slamet",
    "Teguh",
    "Wahyu",
    "Yusuf",
    "Rizky",
    "Fajar",
    "Andi",
    "Ahmad",
    "Muhammad",
    "Arif",
    "Rahmat",
    "Sigit",
    "Heru",
    "Irfan",
    "Taufik",
    "Dedi",
    "Asep",
    "Rudi",
    "Hasan",
    "Syahrul",
    "Bayu",
    "Yoga",
    "Anton",
    "Danang",
    "Galih",
    "Hari",
    "Imam",
    "Kukuh",
    "Lukman",
    "Nanang",
    "Priyo",
    "Rizal",
    "Suparno",
    "Tri",
    "Wawan",
    "Yudi",
    "Zainal",
    "Made",
    "Ketut",
    "Gede",
    "Nyoman",
    "Fauzi",
    "Ridwan",
)
FEMALE_FIRST = (
    "Sri",
    "Siti",
    "Dewi",
    "Endang",
    "Rina",
    "Ratna",
    "Yuli",
    "Wulan",
    "Ani",
    "Nur",
    "Nurul",
    "Dian",
    "Retno",
    "Fitri",
    "Indah",
    "Kartika",
    "Ayu",
    "Putri",
    "Anisa",
    "Dyah",
    "Eka",
    "Lia",
    "Maya",
    "Novi",
    "Okta",
    "Rini",
    "Sinta",
    "Tika",
    "Vina",
    "Winda",
    "Yeni",
    "Erna",
    "Heni",
    "Ika",
    "Lilis",
    "Mega",
    "Ni Made",
    "Ni Putu",
    "Ni Ketut",
    "Farida",
)
MALE_LAST = (
    "Santoso",
    "Prasetyo",
    "Wibowo",
    "Nugroho",
    "Setiawan",
    "Hidayat",
    "Kurniawan",
    "Saputra",
    "Purnomo",
    "Susanto",
    "Hartono",
    "Siregar",
    "Nasution",
    "Harahap",
    "Simanjuntak",
    "Lubis",
    "Pratama",
    "Firmansyah",
    "Ramadhan",
    "Gunawan",
    "Sutrisno",
    "Wijaya",
    "Rahman",
    "Syarifuddin",
    "Hakim",
    "Mulyadi",
    "Suryadi",
    "Haryanto",
    "Nugraha",
    "Permana",
    "Sudrajat",
    "Wicaksono",
    "Adiputra",
    "Suardana",
    "Sanjaya",
    "Pamungkas",
    "Baskoro",
    "Utomo",
    "Daeng Ngalle",
)
FEMALE_LAST = (
    "Rahayu",
    "Sulistyowati",
    "Handayani",
    "Wahyuningsih",
    "Puspitasari",
    "Susilowati",
    "Rahmawati",
    "Kusumawati",
    "Fitriani",
    "Safitri",
    "Lestari",
    "Wulandari",
    "Purwaningsih",
    "Maharani",
    "Anggraini",
    "Yuliana",
    "Novitasari",
    "Pratiwi",
    "Astuti",
    "Sari",
    "Utami",
    "Damayanti",
    "Permatasari",
    "Kusumaningrum",
    "Oktaviani",
    "Hapsari",
    "Suryani",
)

SUFFIX_TITLES = (
    "S.Sos.",
    "S.IP.",
    "S.E.",
    "S.Kom.",
    "S.H.",
    "S.T.",
    "S.Pd.",
    "S.Ag.",
    "S.Kep., Ns.",
    "S.K.M.",
    "S.Ak.",
    "S.Stat.",
    "S.Psi.",
    "A.Md.",
    "A.Md.Kep.",
    "S.Tr.Keb.",
    "S.Farm., Apt.",
    "S.I.Kom.",
    "S.AP.",
)
MASTER_TITLES = (
    "M.Si.",
    "M.M.",
    "M.A.P.",
    "M.Kes.",
    "M.H.",
    "M.T.",
    "M.Pd.",
    "M.Ag.",
    "M.Kom.",
    "M.P.H.",
    "M.Ec.Dev.",
)
PREFIX_TITLES = ("dr.", "Ir.", "Drs.", "H.", "drg.")

RANKS_SENIOR = (
    "Pembina Utama Muda (IV/c)",
    "Pembina Tingkat I (IV/b)",
    "Pembina (IV/a)",
)
RANKS = (
    "Pembina (IV/a)",
    "Penata Tingkat I (III/d)",
    "Penata (III/c)",
    "Penata Muda Tingkat I (III/b)",
    "Penata Muda (III/a)",
    "Pengatur Tingkat I (II/d)",
    "Pengatur (II/c)",
)


def random_person(
    rng: random.Random,
    *,
    position: str = "",
    senior: bool = False,
    prefix: str | None = None,
    titled: bool | None = None,
) -> Person:
    """Draw a plausible civil servant: name with academic titles, NIP, rank.

    Args:
        rng: Source of randomness.
        position: Position to record on the person.
        senior: A head of unit: older, higher rank, always with a master's degree.
        prefix: Force a title before the name (``dr.``).
        titled: Force academic titles on or off; ``None`` decides at random.

    Returns:
        The person.

    """
    sex: Literal["L", "P"] = rng.choice(("L", "P"))
    if sex == "L":
        first = rng.choice(MALE_FIRST)
        last = rng.choice(MALE_LAST)
    else:
        first = rng.choice(FEMALE_FIRST)
        last = rng.choice(FEMALE_LAST)
    middle = ""
    if rng.random() < 0.3:
        middle = " " + rng.choice(MALE_FIRST if sex == "L" else FEMALE_FIRST)
        if middle.strip() == first:
            middle = ""
    name = f"{first}{middle} {last}"
    if titled is None:
        titled = senior or rng.random() < 0.8
    if titled:
        if senior:
            suffix = rng.choice(SUFFIX_TITLES[:12]) + ", " + rng.choice(MASTER_TITLES)
        elif rng.random() < 0.25:
            suffix = rng.choice(SUFFIX_TITLES) + ", " + rng.choice(MASTER_TITLES)
        else:
            suffix = rng.choice(SUFFIX_TITLES)
        if prefix == "dr.":
            suffix = rng.choice(("M.Kes.", "M.P.H.", "M.M.R.", "Sp.PD", "M.Sc."))
        name = f"{name}, {suffix}"
    if prefix:
        name = f"{prefix} {name}"
    elif senior and rng.random() < 0.2:
        name = f"{rng.choice(PREFIX_TITLES[1:4])} {name}"
    start_year = 1966 if senior else 1970
    end_year = 1980 if senior else 1999
    birth = dt.date(rng.randint(start_year, end_year), rng.randint(1, 12), rng.randint(1, 28))
    nip = make_nip(rng, birth, sex)
    rank = rng.choice(RANKS_SENIOR if senior else RANKS)
    return Person(name=name, nip=nip, sex=sex, rank=rank, position=position, birth_date=birth)


def random_staff(rng: random.Random, unit: UnitProfile, n: int) -> list[Person]:
    """Draw ``n`` distinct staff members with positions from the unit's sector.

    Args:
        rng: Source of randomness.
        unit: The unit (its sector supplies position names).
        n: How many people.

    Returns:
        People with distinct names.

    """
    positions = list(unit.sector.staff_positions) + list(GENERIC_POSITIONS)
    seen: set[str] = set()
    people: list[Person] = []
    while len(people) < n:
        person = random_person(rng, position=rng.choice(positions))
        if person.name in seen:
            continue
        seen.add(person.name)
        people.append(person)
    return people


GENERIC_POSITIONS = (
    "Analis Sumber Daya Manusia Aparatur Ahli Muda",
    "Perencana Ahli Pertama",
    "Pranata Komputer Ahli Pertama",
    "Pengadministrasi Perkantoran",
    "Penata Layanan Operasional",
    "Pengelola Layanan Operasional",
    "Arsiparis Terampil",
    "Bendahara Pengeluaran",
    "Pengolah Data dan Informasi",
    "Analis Kebijakan Ahli Muda",
)


def _pemda_unit(
    *,
    name: str,
    kind: UnitKind,
    level: str,
    region_name: str,
    city: str,
    kop_name: str,
    full_name: str,
    head_short: str,
    abbrev: str,
    address: str,
    contact: str,
    sector: Sector,
    nomor_style: NomorStyle = "pemda",
    new_classification: bool = False,
    extra_kop: tuple[str, ...] = (),
    head_prefix: str = "",
    superior: str | None = None,
) -> UnitProfile:
    region = f"{level} {region_name}"
    head_of_region = {"Kabupaten": "BUPATI", "Kota": "WALI KOTA", "Provinsi": "GUBERNUR"}[level]
    return UnitProfile(
        name=name,
        kind=kind,
        parent=f"PEMERINTAH {region.upper()}",
        kop_name=kop_name,
        full_name=full_name,
        region=region,
        city=city,
        address=address,
        contact=contact,
        # Heads of dinas and badan sign with the region appended; camat, direktur and kepala
        # puskesmas already name their office.
        head_title=(
            f"{head_short.upper()} {region.upper()}" if kind in ("dinas", "badan") else head_short.upper()
        ),
        head_short=head_short,
        abbrev=abbrev,
        nomor_style=nomor_style,
        sector=sector,
        superior_title=superior or f"{head_of_region} {region_name.upper()}",
        inspectorate=f"Inspektorat {region}",
        new_classification=new_classification,
        extra_kop=extra_kop,
        head_prefix=head_prefix,
    )


HEALTH = Sector(
    field="bidang kesehatan",
    clients="masyarakat",
    client_phrase="masyarakat dan fasilitas pelayanan kesehatan",
    services=(
        "Penerbitan Surat Izin Praktik Tenaga Kesehatan",
        "Penerbitan Sertifikat Laik Higiene Sanitasi",
        "Rekomendasi Izin Operasional Klinik",
        "Penerbitan Sertifikat Produksi Pangan Industri Rumah Tangga",
        "Pelayanan Pengaduan Jaminan Kesehatan Daerah",
    ),
    subunits=(
        "Sekretariat",
        "Bidang Kesehatan Masyarakat",
        "Bidang Pencegahan dan Pengendalian Penyakit",
        "Bidang Pelayanan Kesehatan",
        "Bidang Sumber Daya Kesehatan",
    ),
    apps=("SIMPEG", "e-Kinerja", "SIPTENAKES", "SIKDA Generik", "SIASN", "e-SAKIP", "SP4N-LAPOR!"),
    staff_positions=(
        "Administrator Kesehatan Ahli Muda",
        "Epidemiolog Kesehatan Ahli Pertama",
        "Sanitarian Ahli Muda",
        "Apoteker Ahli Muda",
    ),
)
HOSPITAL = Sector(
    field="pelayanan kesehatan rujukan",
    clients="pasien",
    client_phrase="pasien dan keluarga pasien",
    services=(
        "Pelayanan Rawat Jalan",
        "Pelayanan Instalasi Gawat Darurat",
        "Pelayanan Rawat Inap",
        "Pelayanan Laboratorium Klinik",
        "Pelayanan Radiologi",
        "Pelayanan Farmasi",
        "Pelayanan Rekam Medis",
    ),
    subunits=(
        "Bagian Tata Usaha",
        "Bidang Pelayanan Medik",
        "Bidang Keperawatan",
        "Bidang Penunjang",
        "Instalasi Rawat Jalan",
        "Instalasi Gawat Darurat",
        "Instalasi Farmasi",
    ),
    apps=(
        "SIMRS",
        "e-Kinerja",
        "Antrean Online Mobile JKN",
        "SIASN",
        "e-SAKIP",
        "SP4N-LAPOR!",
        "SIRS Online",
    ),
    staff_positions=(
        "Dokter Ahli Madya",
        "Perawat Ahli Pertama",
        "Perawat Terampil",
        "Bidan Terampil",
        "Perekam Medis Terampil",
        "Apoteker Ahli Muda",
        "Pranata Laboratorium Kesehatan Ahli Pertama",
    ),
)
PUSKESMAS = Sector(
    field="pelayanan kesehatan tingkat pertama",
    clients="pasien",
    client_phrase="pasien dan masyarakat wilayah kerja Puskesmas",
    services=(
        "Pelayanan Pemeriksaan Umum",
        "Pelayanan Kesehatan Ibu dan Anak",
        "Pelayanan Imunisasi",
        "Pelayanan Kesehatan Gigi dan Mulut",
        "Pelayanan Laboratorium",
        "Pelayanan Kefarmasian",
    ),
    subunits=(
        "Tata Usaha",
        "Unit Pelayanan Umum",
        "Unit KIA-KB",
        "Unit Gigi dan Mulut",
        "Unit Farmasi",
        "Unit Laboratorium",
    ),
    apps=("e-Puskesmas", "P-Care BPJS", "SIMPEG", "e-Kinerja", "SIASN", "SP4N-LAPOR!"),
    staff_positions=(
        "Dokter Ahli Pertama",
        "Perawat Terampil",
        "Bidan Ahli Pertama",
        "Nutrisionis Terampil",
        "Sanitarian Terampil",
        "Asisten Apoteker Terampil",
    ),
)
SUBDISTRICT = Sector(
    field="pelayanan administrasi terpadu kecamatan",
    clients="warga",
    client_phrase="warga dan pemohon layanan",
    services=(
        "Pelayanan Rekomendasi KTP-el dan Kartu Keluarga",
        "Pelayanan Surat Keterangan Ahli Waris",
        "Pelayanan Rekomendasi Dispensasi Nikah",
        "Pelayanan Legalisasi Dokumen",
        "Pelayanan Rekomendasi Izin Keramaian",
        "Pelayanan Surat Keterangan Tidak Mampu",
    ),
    subunits=(
        "Sekretariat",
        "Seksi Pemerintahan",
        "Seksi Ketenteraman dan Ketertiban Umum",
        "Seksi Kesejahteraan Sosial",
        "Seksi Pemberdayaan Masyarakat",
    ),
    apps=("SIAK Terpusat", "PATEN Online", "SIMPEG", "e-Kinerja", "SIASN", "SP4N-LAPOR!"),
    staff_positions=(
        "Penata Kelola Pemerintahan",
        "Pengelola Layanan Kependudukan",
        "Analis Pemerintahan",
        "Penyuluh Sosial Ahli Pertama",
    ),
)
CIVIL_REG = Sector(
    field="administrasi kependudukan",
    clients="pemohon",
    client_phrase="pemohon dokumen kependudukan",
    services=(
        "Pelayanan Perekaman dan Pencetakan KTP-el",
        "Pelayanan Penerbitan Kartu Keluarga",
        "Pelayanan Akta Kelahiran",
        "Pelayanan Akta Kematian",
        "Pelayanan Surat Keterangan Pindah",
        "Pelayanan Kartu Identitas Anak",
    ),
    subunits=(
        "Sekretariat",
        "Bidang Pelayanan Pendaftaran Penduduk",
        "Bidang Pelayanan Pencatatan Sipil",
        "Bidang Pengelolaan Informasi Administrasi Kependudukan",
        "Bidang Pemanfaatan Data dan Inovasi Pelayanan",
    ),
    apps=(
        "SIAK Terpusat",
        "Identitas Kependudukan Digital",
        "Klampid New Generation",
        "SIMPEG",
        "e-Kinerja",
        "SIASN",
    ),
    staff_positions=(
        "Administrator Database Kependudukan Ahli Pertama",
        "Penata Layanan Operasional",
        "Pengelola Layanan Kependudukan",
    ),
)
PERMITS = Sector(
    field="penanaman modal dan perizinan berusaha",
    clients="pemohon izin",
    client_phrase="pelaku usaha dan pemohon perizinan",
    services=(
        "Pelayanan Persetujuan Bangunan Gedung",
        "Pelayanan Izin Praktik Tenaga Kesehatan",
        "Pelayanan Izin Reklame",
        "Pelayanan Perizinan Berusaha Berbasis Risiko melalui OSS",
        "Pelayanan Konsultasi Perizinan",
    ),
    subunits=(
        "Sekretariat",
        "Bidang Promosi dan Pengembangan Iklim Penanaman Modal",
        "Bidang Pelayanan Perizinan",
        "Bidang Pengendalian Pelaksanaan Penanaman Modal",
        "Bidang Pengaduan, Kebijakan dan Pelaporan Layanan",
    ),
    apps=("OSS RBA", "SIMBG", "SiCantik Cloud", "SIMPEG", "e-Kinerja", "SIASN"),
    staff_positions=("Penata Perizinan Ahli Muda", "Analis Penanaman Modal", "Verifikator Perizinan"),
)
REVENUE = Sector(
    field="pendapatan daerah",
    clients="wajib pajak",
    client_phrase="wajib pajak daerah",
    services=(
        "Pelayanan Pendaftaran Objek Pajak PBB-P2",
        "Pelayanan Validasi BPHTB",
        "Pelayanan Pengurangan dan Keringanan PBB-P2",
        "Pelayanan Pajak Restoran dan Hotel",
        "Pelayanan Pajak Reklame",
    ),
    subunits=(
        "Sekretariat",
        "Bidang Pendataan dan Penetapan",
        "Bidang Penagihan dan Keberatan",
        "Bidang Pengembangan dan Pengendalian",
        "UPT Pelayanan Pajak Daerah",
    ),
    apps=("e-SPPT", "e-BPHTB", "SIMPATDA", "SIMPEG", "e-Kinerja", "SIASN"),
    staff_positions=("Pemeriksa Pajak Daerah", "Analis Pendapatan Daerah", "Penata Layanan Operasional"),
)
PERSONNEL = Sector(
    field="manajemen aparatur sipil negara",
    clients="ASN",
    client_phrase="ASN dan instansi pengguna layanan kepegawaian",
    services=(
        "Pelayanan Kenaikan Pangkat",
        "Pelayanan Pensiun",
        "Pelayanan Mutasi dan Pindah Instansi",
        "Pelayanan Izin Belajar dan Tugas Belajar",
        "Pelayanan Cuti",
        "Pelayanan Kartu Pegawai Elektronik",
    ),
    subunits=(
        "Sekretariat",
        "Bidang Pengadaan, Pemberhentian dan Informasi",
        "Bidang Mutasi dan Promosi",
        "Bidang Pengembangan Kompetensi Aparatur",
        "Bidang Penilaian Kinerja dan Penghargaan",
    ),
    apps=("SIASN", "SIMPEG", "e-Kinerja", "I-Mut", "SIJAGAT", "e-SAKIP"),
    staff_positions=(
        "Analis SDM Aparatur Ahli Muda",
        "Assessor SDM Aparatur Ahli Pertama",
        "Pranata SDM Aparatur Terampil",
    ),
)
EDUCATION = Sector(
    field="pendidikan",
    clients="masyarakat",
    client_phrase="peserta didik, orang tua dan satuan pendidikan",
    services=(
        "Pelayanan Legalisir Ijazah",
        "Pelayanan Mutasi Peserta Didik",
        "Pelayanan Izin Pendirian Satuan PAUD",
        "Pelayanan Surat Keterangan Pengganti Ijazah",
        "Pelayanan Rekomendasi Tunjangan Profesi Guru",
    ),
    subunits=(
        "Sekretariat",
        "Bidang Pembinaan PAUD",
        "Bidang Pembinaan Sekolah Dasar",
        "Bidang Pembinaan Sekolah Menengah Pertama",
        "Bidang Ketenagaan",
    ),
    apps=("Dapodik", "SIMPEG", "e-Kinerja", "SIASN", "SIPLah", "SP4N-LAPOR!"),
    staff_positions=("Pengawas Sekolah Ahli Madya", "Pengelola Data Pendidikan", "Analis Kurikulum"),
)
SOCIAL = Sector(
    field="penyelenggaraan kesejahteraan sosial",
    clients="penerima manfaat",
    client_phrase="penerima manfaat dan masyarakat kurang mampu",
    services=(
        "Pelayanan Rekomendasi Pengangkatan Anak",
        "Pelayanan Verifikasi dan Validasi DTSEN",
        "Pelayanan Rekomendasi Penerima Bantuan Iuran Jaminan Kesehatan",
        "Pelayanan Rujukan Panti Sosial",
        "Pelayanan Izin Pengumpulan Uang atau Barang",
    ),
    subunits=(
        "Sekretariat",
        "Bidang Rehabilitasi Sosial",
        "Bidang Perlindungan dan Jaminan Sosial",
        "Bidang Pemberdayaan Sosial",
        "Bidang Penanganan Fakir Miskin",
    ),
    apps=("SIKS-NG", "SIMPEG", "e-Kinerja", "SIASN", "SP4N-LAPOR!"),
    staff_positions=(
        "Pekerja Sosial Ahli Muda",
        "Penyuluh Sosial Ahli Pertama",
        "Pengelola Data Kesejahteraan Sosial",
    ),
)
RELIGION_OFFICE = Sector(
    field="pelayanan keagamaan",
    clients="masyarakat",
    client_phrase="masyarakat dan umat beragama",
    services=(
        "Pelayanan Rekomendasi Paspor Haji dan Umrah",
        "Pelayanan Legalisasi Ijazah Madrasah",
        "Pelayanan Pendaftaran Haji Reguler",
        "Pelayanan Rekomendasi Izin Operasional Madrasah",
        "Pelayanan Rekomendasi Rumah Ibadah",
        "Pelayanan Tunjangan Profesi Guru Madrasah",
    ),
    subunits=(
        "Subbagian Tata Usaha",
        "Seksi Pendidikan Madrasah",
        "Seksi Penyelenggaraan Haji dan Umrah",
        "Seksi Bimbingan Masyarakat Islam",
        "Penyelenggara Zakat dan Wakaf",
    ),
    apps=("SIMKAH", "SIMPEG", "e-Kinerja", "SIASN", "SISKOHAT", "EMIS", "SP4N-LAPOR!"),
    staff_positions=(
        "Penyuluh Agama Islam Ahli Muda",
        "Penata Layanan Operasional",
        "Analis Kepegawaian Ahli Pertama",
        "Pengawas Madrasah Ahli Madya",
    ),
)
KUA = Sector(
    field="pelayanan urusan agama Islam di kecamatan",
    clients="masyarakat",
    client_phrase="calon pengantin dan masyarakat",
    services=(
        "Pelayanan Pendaftaran dan Pencatatan Nikah",
        "Pelayanan Bimbingan Perkawinan",
        "Pelayanan Rekomendasi Nikah",
        "Pelayanan Pengukuran Arah Kiblat",
        "Pelayanan Pencatatan Ikrar Wakaf",
        "Pelayanan Duplikat Buku Nikah",
    ),
    subunits=("Tata Usaha", "Penghulu", "Penyuluh Agama Islam", "Layanan Front Office"),
    apps=("SIMKAH Web", "SIWAK", "SIMPEG", "e-Kinerja", "SIASN", "Pusaka Superapp"),
    staff_positions=(
        "Penghulu Ahli Muda",
        "Penghulu Ahli Pertama",
        "Penyuluh Agama Islam Ahli Pertama",
        "Penata Layanan Operasional",
    ),
)
STATISTICS = Sector(
    field="statistik dasar",
    clients="konsumen data",
    client_phrase="konsumen data dan pengguna layanan statistik",
    services=(
        "Pelayanan Perpustakaan Statistik",
        "Pelayanan Konsultasi Statistik",
        "Pelayanan Penjualan Produk Statistik",
        "Pelayanan Rekomendasi Kegiatan Statistik",
    ),
    subunits=(
        "Subbagian Umum",
        "Fungsi Statistik Sosial",
        "Fungsi Statistik Produksi",
        "Fungsi Statistik Distribusi",
        "Fungsi Neraca Wilayah dan Analisis Statistik",
        "Fungsi Integrasi Pengolahan dan Diseminasi Statistik",
    ),
    apps=("PST Online", "Romantik Online", "SIMPEG BPS", "KipApp", "SIASN", "Silastik"),
    staff_positions=(
        "Statistisi Ahli Muda",
        "Statistisi Ahli Pertama",
        "Pranata Komputer Ahli Pertama",
        "Statistisi Terampil",
    ),
)
LAND = Sector(
    field="pertanahan",
    clients="pemohon",
    client_phrase="masyarakat pemohon layanan pertanahan",
    services=(
        "Pelayanan Peralihan Hak",
        "Pelayanan Pengecekan Sertipikat",
        "Pelayanan Roya",
        "Pelayanan Hak Tanggungan Elektronik",
        "Pelayanan Pendaftaran Tanah Pertama Kali",
        "Pelayanan Informasi Zona Nilai Tanah",
    ),
    subunits=(
        "Subbagian Tata Usaha",
        "Seksi Survei dan Pemetaan",
        "Seksi Penetapan Hak dan Pendaftaran",
        "Seksi Penataan dan Pemberdayaan",
        "Seksi Pengendalian dan Penanganan Sengketa",
    ),
    apps=("KKP Web", "Sentuh Tanahku", "HT-el", "SIMPEG ATR/BPN", "SIASN", "SP4N-LAPOR!"),
    staff_positions=(
        "Penata Kadastral Ahli Pertama",
        "Analis Hukum Pertanahan",
        "Asisten Surveyor Kadaster",
        "Penata Pertanahan Ahli Muda",
    ),
)


def _unit_pool() -> tuple[UnitProfile, ...]:
    return (
        _pemda_unit(
            name="Dinas Kesehatan",
            kind="dinas",
            level="Kabupaten",
            region_name="Sleman",
            city="Sleman",
            kop_name="DINAS KESEHATAN",
            full_name="Dinas Kesehatan Kabupaten Sleman",
            head_short="Kepala Dinas Kesehatan",
            abbrev="Dinkes",
            address="Jalan dr. Rajimin, Sucen, Triharjo, Sleman, Yogyakarta 55514",
            contact="Telepon (0274) 868409, Faksimile (0274) 868409, Laman dinkes.slemankab.go.id",
            sector=HEALTH,
            new_classification=True,
            head_prefix="dr.",
        ),
        _pemda_unit(
            name="Kecamatan Mlati",
            kind="kecamatan",
            level="Kabupaten",
            region_name="Sleman",
            city="Mlati",
            kop_name="KECAMATAN MLATI",
            full_name="Kecamatan Mlati",
            head_short="Camat Mlati",
            abbrev="Kec.Mlt",
            address="Jalan Magelang Km 7,5, Sendangadi, Mlati, Sleman 55285",
            contact="Telepon (0274) 865190, Pos-el kec.mlati@slemankab.go.id",
            sector=SUBDISTRICT,
        ),
        _pemda_unit(
            name="RSUD Sleman",
            kind="rumah_sakit",
            level="Kabupaten",
            region_name="Sleman",
            city="Sleman",
            kop_name="RUMAH SAKIT UMUM DAERAH SLEMAN",
            full_name="Rumah Sakit Umum Daerah Sleman",
            head_short="Direktur Rumah Sakit Umum Daerah Sleman",
            abbrev="RSUD",
            address="Jalan Bhayangkara Nomor 48, Triharjo, Sleman, Yogyakarta 55514",
            contact="Telepon (0274) 868437, Faksimile (0274) 868812, Pos-el rsud@slemankab.go.id",
            sector=HOSPITAL,
            nomor_style="pemda_roman",
            head_prefix="dr.",
        ),
        _pemda_unit(
            name="Puskesmas Depok III",
            kind="puskesmas",
            level="Kabupaten",
            region_name="Sleman",
            city="Depok",
            kop_name="PUSKESMAS DEPOK III",
            full_name="Puskesmas Depok III",
            head_short="Kepala Puskesmas Depok III",
            abbrev="PKM.Dpk3",
            address="Jalan Babarsari, Tambakbayan, Caturtunggal, Depok, Sleman 55281",
            contact="Telepon (0274) 485513, Pos-el puskesmas.depok3@slemankab.go.id",
            sector=PUSKESMAS,
            extra_kop=("DINAS KESEHATAN",),
            head_prefix="dr.",
            superior="KEPALA DINAS KESEHATAN KABUPATEN SLEMAN",
        ),
        _pemda_unit(
            name="Dinas Kependudukan dan Pencatatan Sipil",
            kind="dinas",
            level="Kota",
            region_name="Surabaya",
            city="Surabaya",
            kop_name="DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
            full_name="Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya",
            head_short="Kepala Dinas Kependudukan dan Pencatatan Sipil",
            abbrev="Dispendukcapil",
            address="Gedung Siola Lantai 2, Jalan Tunjungan Nomor 1-3, Surabaya 60275",
            contact="Telepon (031) 5468800, Laman dispendukcapil.surabaya.go.id",
            sector=CIVIL_REG,
            new_classification=True,
        ),
        _pemda_unit(
            name="DPMPTSP Banyumas",
            kind="dinas",
            level="Kabupaten",
            region_name="Banyumas",
            city="Purwokerto",
            kop_name="DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
            full_name="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Banyumas",
            head_short="Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
            abbrev="DPMPTSP",
            address="Jalan Kabupaten Nomor 2, Purwokerto 53114",
            contact="Telepon (0281) 6844024, Pos-el dpmptsp@banyumaskab.go.id",
            sector=PERMITS,
        ),
        _pemda_unit(
            name="Bapenda Makassar",
            kind="badan",
            level="Kota",
            region_name="Makassar",
            city="Makassar",
            kop_name="BADAN PENDAPATAN DAERAH",
            full_name="Badan Pendapatan Daerah Kota Makassar",
            head_short="Kepala Badan Pendapatan Daerah",
            abbrev="Bapenda",
            address="Jalan Urip Sumoharjo Nomor 8, Makassar 90231",
            contact="Telepon (0411) 444888, Laman bapenda.makassarkota.go.id",
            sector=REVENUE,
            new_classification=True,
        ),
        _pemda_unit(
            name="BKPSDM Gianyar",
            kind="badan",
            level="Kabupaten",
            region_name="Gianyar",
            city="Gianyar",
            kop_name="BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
            full_name="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Gianyar",
            head_short="Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            abbrev="BKPSDM",
            address="Jalan Ngurah Rai Nomor 7, Gianyar, Bali 80511",
            contact="Telepon (0361) 943125, Pos-el bkpsdm@gianyarkab.go.id",
            sector=PERSONNEL,
        ),
        _pemda_unit(
            name="Kecamatan Medan Baru",
            kind="kecamatan",
            level="Kota",
            region_name="Medan",
            city="Medan",
            kop_name="KECAMATAN MEDAN BARU",
            full_name="Kecamatan Medan Baru",
            head_short="Camat Medan Baru",
            abbrev="Kec.MB",
            address="Jalan Sei Batang Hari Nomor 1, Medan 20122",
            contact="Telepon (061) 8212345, Pos-el kecmedanbaru@pemkomedan.go.id",
            sector=SUBDISTRICT,
            new_classification=True,
        ),
        _pemda_unit(
            name="Dinas Pendidikan Lamongan",
            kind="dinas",
            level="Kabupaten",
            region_name="Lamongan",
            city="Lamongan",
            kop_name="DINAS PENDIDIKAN",
            full_name="Dinas Pendidikan Kabupaten Lamongan",
            head_short="Kepala Dinas Pendidikan",
            abbrev="Dispendik",
            address="Jalan Jaksa Agung Suprapto Nomor 41, Lamongan 62211",
            contact="Telepon (0322) 321234, Laman dispendik.lamongankab.go.id",
            sector=EDUCATION,
        ),
        _pemda_unit(
            name="Dinas Sosial Provinsi Jawa Tengah",
            kind="dinas",
            level="Provinsi",
            region_name="Jawa Tengah",
            city="Semarang",
            kop_name="DINAS SOSIAL",
            full_name="Dinas Sosial Provinsi Jawa Tengah",
            head_short="Kepala Dinas Sosial",
            abbrev="Dinsos",
            address="Jalan Pahlawan Nomor 12, Semarang 50241",
            contact="Telepon (024) 8311729, Pos-el dinsos@jatengprov.go.id",
            sector=SOCIAL,
            new_classification=True,
        ),
        UnitProfile(
            name="Kantor Kemenag Kabupaten Klaten",
            kind="kantor_vertikal",
            parent="KEMENTERIAN AGAMA REPUBLIK INDONESIA",
            kop_name="KANTOR KEMENTERIAN AGAMA KABUPATEN KLATEN",
            full_name="Kantor Kementerian Agama Kabupaten Klaten",
            region="Kabupaten Klaten",
            city="Klaten",
            address="Jalan Ki Hajar Dewantara Nomor 10, Klaten 57413",
            contact="Telepon (0272) 321029, Laman klaten.kemenag.go.id",
            head_title="KEPALA KANTOR KEMENTERIAN AGAMA KABUPATEN KLATEN",
            head_short="Kepala Kantor Kementerian Agama Kabupaten Klaten",
            abbrev="Kk.11.10",
            nomor_style="kemenag",
            code="Kk.11.10",
            sector=RELIGION_OFFICE,
            superior_title="KEPALA KANTOR WILAYAH KEMENTERIAN AGAMA PROVINSI JAWA TENGAH",
            inspectorate="Inspektorat Jenderal Kementerian Agama",
            head_prefix="H.",
        ),
        UnitProfile(
            name="KUA Kecamatan Depok",
            kind="kantor_vertikal",
            parent="KEMENTERIAN AGAMA REPUBLIK INDONESIA",
            extra_kop=("KANTOR KEMENTERIAN AGAMA KABUPATEN SLEMAN",),
            kop_name="KANTOR URUSAN AGAMA KECAMATAN DEPOK",
            full_name="Kantor Urusan Agama Kecamatan Depok",
            region="Kabupaten Sleman",
            city="Sleman",
            address="Jalan Perumnas Nomor 2, Condongcatur, Depok, Sleman 55283",
            contact="Telepon (0274) 885123, Pos-el kuadepok.sleman@kemenag.go.id",
            head_title="KEPALA KANTOR URUSAN AGAMA KECAMATAN DEPOK",
            head_short="Kepala KUA Kecamatan Depok",
            abbrev="Kua.12.04.03",
            nomor_style="kemenag",
            code="Kua.12.04.03",
            sector=KUA,
            superior_title="KEPALA KANTOR KEMENTERIAN AGAMA KABUPATEN SLEMAN",
            inspectorate="Inspektorat Jenderal Kementerian Agama",
        ),
        UnitProfile(
            name="BPS Kota Balikpapan",
            kind="kantor_vertikal",
            parent="BADAN PUSAT STATISTIK",
            kop_name="BADAN PUSAT STATISTIK KOTA BALIKPAPAN",
            full_name="Badan Pusat Statistik Kota Balikpapan",
            region="Kota Balikpapan",
            city="Balikpapan",
            address="Jalan Jenderal Sudirman Nomor 33, Balikpapan 76114",
            contact="Telepon (0542) 421315, Pos-el bps6471@bps.go.id, Laman balikpapankota.bps.go.id",
            head_title="KEPALA BADAN PUSAT STATISTIK KOTA BALIKPAPAN",
            head_short="Kepala BPS Kota Balikpapan",
            abbrev="BPS",
            nomor_style="bps",
            code="BPS/6471",
            sector=STATISTICS,
            superior_title="KEPALA BADAN PUSAT STATISTIK PROVINSI KALIMANTAN TIMUR",
            inspectorate="Inspektorat Utama Badan Pusat Statistik",
        ),
        UnitProfile(
            name="Kantor Pertanahan Kabupaten Bogor",
            kind="kantor_vertikal",
            parent="KEMENTERIAN AGRARIA DAN TATA RUANG/BADAN PERTANAHAN NASIONAL",
            kop_name="KANTOR PERTANAHAN KABUPATEN BOGOR",
            full_name="Kantor Pertanahan Kabupaten Bogor",
            region="Kabupaten Bogor",
            city="Cibinong",
            address="Jalan Tegar Beriman Nomor 3, Cibinong, Bogor 16914",
            contact="Telepon (021) 8753622, Pos-el kab-bogor@atrbpn.go.id",
            head_title="KEPALA KANTOR PERTANAHAN KABUPATEN BOGOR",
            head_short="Kepala Kantor Pertanahan Kabupaten Bogor",
            abbrev="Kantah",
            nomor_style="atr",
            code="32.01",
            sector=LAND,
            superior_title="KEPALA KANTOR WILAYAH BADAN PERTANAHAN NASIONAL PROVINSI JAWA BARAT",
            inspectorate="Inspektorat Jenderal Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional",
        ),
    )


UNITS: tuple[UnitProfile, ...] = _unit_pool()
UNITS_BY_NAME: dict[str, UnitProfile] = {u.name: u for u in UNITS}


def unit_by_name(name: str) -> UnitProfile:
    """Return the unit profile whose folder name is ``name``.

    Raises:
        KeyError: If no profile has that name.

    """
    return UNITS_BY_NAME[name]
