"""Real Indonesian regulations cited in generated documents.

Citations appear in the *Mengingat* block of decrees and the *Dasar Hukum* section of reports.
They are date traps for a date finder: every one names a year (``Nomor 90 Tahun 2021``), and
some are written with their enactment date. Dates are given only where they are well known
(PermenPANRB 90/2021 and 5/2024 from the text of the regulations, the others from their
promulgation records); a citation without a known date is never written with one.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Regulation:
    """One citable regulation.

    Attributes:
        text: Full citation as it appears in a Mengingat list.
        short: Short form for running text (``Peraturan Menteri PANRB Nomor 90 Tahun 2021``).
        enacted: Enactment date when well known, else ``None``.
        gazette: Gazette reference printed after the title in formal decrees.

    """

    text: str
    short: str
    enacted: dt.date | None = None
    gazette: str | None = None


REGULATIONS: dict[str, Regulation] = {
    "uu28_1999": Regulation(
        "Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggaraan Negara yang Bersih dan Bebas dari "
        "Korupsi, Kolusi, dan Nepotisme",
        "Undang-Undang Nomor 28 Tahun 1999",
        dt.date(1999, 5, 19),
        "Lembaran Negara Republik Indonesia Tahun 1999 Nomor 75, Tambahan Lembaran Negara Republik "
        "Indonesia Nomor 3851",
    ),
    "uu31_1999": Regulation(
        "Undang-Undang Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi sebagaimana "
        "telah diubah dengan Undang-Undang Nomor 20 Tahun 2001 tentang Perubahan atas Undang-Undang "
        "Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi",
        "Undang-Undang Nomor 31 Tahun 1999",
    ),
    "uu30_2002": Regulation(
        "Undang-Undang Nomor 30 Tahun 2002 tentang Komisi Pemberantasan Tindak Pidana Korupsi "
        "sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 19 Tahun 2019",
        "Undang-Undang Nomor 30 Tahun 2002",
    ),
    "uu14_2008": Regulation(
        "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
        "Undang-Undang Nomor 14 Tahun 2008",
        dt.date(2008, 4, 30),
        "Lembaran Negara Republik Indonesia Tahun 2008 Nomor 61, Tambahan Lembaran Negara Republik "
        "Indonesia Nomor 4846",
    ),
    "uu25_2009": Regulation(
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        "Undang-Undang Nomor 25 Tahun 2009",
        dt.date(2009, 7, 18),
        "Lembaran Negara Republik Indonesia Tahun 2009 Nomor 112, Tambahan Lembaran Negara Republik "
        "Indonesia Nomor 5038",
    ),
    "uu23_2014": Regulation(
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali "
        "diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan "
        "Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi "
        "Undang-Undang",
        "Undang-Undang Nomor 23 Tahun 2014",
    ),
    "uu20_2023": Regulation(
        "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
        "Undang-Undang Nomor 20 Tahun 2023",
    ),
    "uu17_2023": Regulation(
        "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
        "Undang-Undang Nomor 17 Tahun 2023",
    ),
    "uu23_2006": Regulation(
        "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah diubah "
        "dengan Undang-Undang Nomor 24 Tahun 2013",
        "Undang-Undang Nomor 23 Tahun 2006",
    ),
    "pp60_2008": Regulation(
        "Peraturan Pemerintah Nomor 60 Tahun 2008 tentang Sistem Pengendalian Intern Pemerintah",
        "Peraturan Pemerintah Nomor 60 Tahun 2008",
        dt.date(2008, 8, 28),
        "Lembaran Negara Republik Indonesia Tahun 2008 Nomor 127, Tambahan Lembaran Negara Republik "
        "Indonesia Nomor 4890",
    ),
    "pp96_2012": Regulation(
        "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun "
        "2009 tentang Pelayanan Publik",
        "Peraturan Pemerintah Nomor 96 Tahun 2012",
    ),
    "pp11_2017": Regulation(
        "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana "
        "telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020",
        "Peraturan Pemerintah Nomor 11 Tahun 2017",
    ),
    "pp30_2019": Regulation(
        "Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil",
        "Peraturan Pemerintah Nomor 30 Tahun 2019",
    ),
    "pp94_2021": Regulation(
        "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil",
        "Peraturan Pemerintah Nomor 94 Tahun 2021",
        dt.date(2021, 8, 31),
        "Lembaran Negara Republik Indonesia Tahun 2021 Nomor 202, Tambahan Lembaran Negara Republik "
        "Indonesia Nomor 6718",
    ),
    "pp42_2004": Regulation(
        "Peraturan Pemerintah Nomor 42 Tahun 2004 tentang Pembinaan Jiwa Korps dan Kode Etik Pegawai "
        "Negeri Sipil",
        "Peraturan Pemerintah Nomor 42 Tahun 2004",
    ),
    "pp17_2018": Regulation(
        "Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan",
        "Peraturan Pemerintah Nomor 17 Tahun 2018",
    ),
    "perpres29_2014": Regulation(
        "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah",
        "Peraturan Presiden Nomor 29 Tahun 2014",
    ),
    "perpres95_2018": Regulation(
        "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik",
        "Peraturan Presiden Nomor 95 Tahun 2018",
    ),
    "perpres81_2010": Regulation(
        "Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi 2010-2025",
        "Peraturan Presiden Nomor 81 Tahun 2010",
    ),
    "perpres54_2018": Regulation(
        "Peraturan Presiden Nomor 54 Tahun 2018 tentang Strategi Nasional Pencegahan Korupsi",
        "Peraturan Presiden Nomor 54 Tahun 2018",
    ),
    "permenpan90_2021": Regulation(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 "
        "tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan "
        "Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah",
        "Peraturan Menteri PANRB Nomor 90 Tahun 2021",
        dt.date(2021, 12, 31),
        "Berita Negara Republik Indonesia Tahun 2021 Nomor 1571",
    ),
    "permenpan5_2024": Regulation(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 5 Tahun 2024 "
        "tentang Perubahan atas Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi "
        "Birokrasi Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah "
        "Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah",
        "Peraturan Menteri PANRB Nomor 5 Tahun 2024",
        dt.date(2024, 7, 15),
    ),
    "permenpan14_2017": Regulation(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 "
        "tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik",
        "Peraturan Menteri PANRB Nomor 14 Tahun 2017",
    ),
    "permenpan15_2014": Regulation(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 "
        "tentang Pedoman Standar Pelayanan",
        "Peraturan Menteri PANRB Nomor 15 Tahun 2014",
    ),
    "permenpan35_2012": Regulation(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 "
        "tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan",
        "Peraturan Menteri PANRB Nomor 35 Tahun 2012",
    ),
    "permenpan19_2018": Regulation(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 19 Tahun 2018 "
        "tentang Penyusunan Peta Proses Bisnis Instansi Pemerintah",
        "Peraturan Menteri PANRB Nomor 19 Tahun 2018",
    ),
    "permenpan53_2014": Regulation(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 "
        "tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas "
        "Laporan Kinerja Instansi Pemerintah",
        "Peraturan Menteri PANRB Nomor 53 Tahun 2014",
    ),
    "permenpan49_2011": Regulation(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 49 Tahun 2011 "
        "tentang Pedoman Umum Pakta Integritas di Lingkungan Kementerian/Lembaga dan Pemerintah Daerah",
        "Peraturan Menteri PANRB Nomor 49 Tahun 2011",
    ),
    "permenpan27_2014": Regulation(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 27 Tahun 2014 "
        "tentang Pedoman Pembangunan Agen Perubahan di Instansi Pemerintah",
        "Peraturan Menteri PANRB Nomor 27 Tahun 2014",
    ),
    "permenpan39_2012": Regulation(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 39 Tahun 2012 "
        "tentang Pedoman Pengembangan Budaya Kerja",
        "Peraturan Menteri PANRB Nomor 39 Tahun 2012",
    ),
    "permenpan37_2012": Regulation(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 37 Tahun 2012 "
        "tentang Pedoman Umum Penanganan Benturan Kepentingan",
        "Peraturan Menteri PANRB Nomor 37 Tahun 2012",
    ),
    "permenpan62_2018": Regulation(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 62 Tahun 2018 "
        "tentang Pedoman Teknis Pengelolaan Pengaduan Pelayanan Publik Secara Nasional",
        "Peraturan Menteri PANRB Nomor 62 Tahun 2018",
    ),
    "permenpan88_2021": Regulation(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 88 Tahun 2021 "
        "tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah",
        "Peraturan Menteri PANRB Nomor 88 Tahun 2021",
    ),
    "permenpan59_2020": Regulation(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 59 Tahun 2020 "
        "tentang Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik",
        "Peraturan Menteri PANRB Nomor 59 Tahun 2020",
    ),
    "permenpan1_2020": Regulation(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 1 Tahun 2020 "
        "tentang Pedoman Analisis Jabatan dan Analisis Beban Kerja",
        "Peraturan Menteri PANRB Nomor 1 Tahun 2020",
    ),
    "permenpan6_2022": Regulation(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022 "
        "tentang Pengelolaan Kinerja Pegawai Aparatur Sipil Negara",
        "Peraturan Menteri PANRB Nomor 6 Tahun 2022",
    ),
    "permenpan91_2021": Regulation(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 91 Tahun 2021 "
        "tentang Pembinaan Inovasi Pelayanan Publik",
        "Peraturan Menteri PANRB Nomor 91 Tahun 2021",
    ),
    "permenpan25_2020": Regulation(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 25 Tahun 2020 "
        "tentang Road Map Reformasi Birokrasi 2020-2024",
        "Peraturan Menteri PANRB Nomor 25 Tahun 2020",
    ),
    "perkpk2_2019": Regulation(
        "Peraturan Komisi Pemberantasan Korupsi Nomor 2 Tahun 2019 tentang Pelaporan Gratifikasi",
        "Peraturan KPK Nomor 2 Tahun 2019",
    ),
    "perki1_2021": Regulation(
        "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik",
        "Peraturan Komisi Informasi Nomor 1 Tahun 2021",
    ),
    "perlan10_2018": Regulation(
        "Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan Kompetensi "
        "Pegawai Negeri Sipil",
        "Peraturan LAN Nomor 10 Tahun 2018",
    ),
    "permendagri86_2017": Regulation(
        "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, "
        "Pengendalian dan Evaluasi Pembangunan Daerah, Tata Cara Evaluasi Rancangan Peraturan Daerah "
        "tentang Rencana Pembangunan Jangka Panjang Daerah dan Rencana Pembangunan Jangka Menengah "
        "Daerah, serta Tata Cara Perubahan Rencana Pembangunan Jangka Panjang Daerah, Rencana "
        "Pembangunan Jangka Menengah Daerah, dan Rencana Kerja Pemerintah Daerah",
        "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017",
    ),
}

#: Regulations every ZI document may cite, in the order decrees usually list them.
ZI_CORE = ("uu28_1999", "perpres81_2010", "permenpan90_2021", "permenpan5_2024")
