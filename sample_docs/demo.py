"""The shipped demo evidence tree: four units, messy folders, a few broken files.

``build_demo_tree(dest)`` writes the tree and returns its manifest entries;
``python -m sample_docs.demo DEST`` also writes ``DEST.manifest.json`` beside the tree (never
inside it, since the tree is what the scanner reads).

The plan below is hand-written so that the tree exercises the product: each unit has a
different subset of evidence types (so each has gaps), some documents are outdated for the
evaluation year (an SK Tim ZI from N-2, an SKM from N-3, an SOP older than three years), the
Renstra names the period 2025-2029 and the LKjIP reports on N-1, and there is exactly one
truncated PDF, one empty file, one image-only PDF and one byte-identical duplicate.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import logging
import os
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sample_docs import faults
from sample_docs.manifest import ManifestEntry, write_manifest
from sample_docs.render import render_bytes
from sample_docs.spec import DocumentSpec
from sample_docs.templates import ALL_TEMPLATES
from sample_docs.units import unit_by_name

log = logging.getLogger(__name__)

Require = Callable[[DocumentSpec, int], bool]


@dataclass(frozen=True)
class Planned:
    """One file of the demo tree.

    Attributes:
        unit: Unit folder name (a profile in :mod:`sample_docs.units`).
        path: Path inside the unit folder.
        template_id: Template to use; ``None`` for an empty file.
        when: ``(years relative to the evaluation year, month, day)``.
        fault: ``None``, ``"truncated"``, ``"zero_byte"``, ``"image_only"``, ``"png"`` or
            ``"duplicate"``.
        source: For a duplicate, the unit-relative path of the original.
        require: Optional check on the drawn spec (given the evaluation year); other seeds
            are tried until it holds, e.g. to get a Renstra for exactly 2025-2029.

    """

    unit: str
    path: str
    template_id: str | None
    when: tuple[int, int, int] = (0, 1, 1)
    fault: str | None = None
    source: str | None = None
    require: Require | None = None


def _title_has(*words: str) -> Require:
    return lambda spec, _year: all(w.lower() in spec.title.lower() for w in words)


def _period(start_offset: int) -> Require:
    return lambda spec, year: spec.period == (year + start_offset, year + start_offset + 4)


DINKES = "Dinas Kesehatan"
MLATI = "Kecamatan Mlati"
RSUD = "RSUD Sleman"
KUA = "KUA Kecamatan Depok"

PLAN: tuple[Planned, ...] = (
    # Dinas Kesehatan: numbered area folders, fairly complete.
    Planned(DINKES, "1. Manajemen Perubahan/SK Tim ZI {N}.pdf", "sk_tim_zi.sk_lampiran", (0, 1, 8)),
    Planned(
        DINKES,
        "1. Manajemen Perubahan/Rencana Kerja ZI {N}.docx",
        "rencana_kerja_zi.rencana_aksi",
        (0, 1, 20),
    ),
    Planned(
        DINKES,
        "1. Manajemen Perubahan/Pakta Integritas/pakta integritas kadinkes.pdf",
        "pakta_integritas.pakta_pernyataan",
        (0, 1, 5),
    ),
    Planned(
        DINKES,
        "1. Manajemen Perubahan/monev/Laporan Monev TW I.docx",
        "monev_zi.laporan_triwulan",
        (0, 4, 10),
    ),
    Planned(
        DINKES,
        "2. Penataan Tatalaksana/SOP/SOP Penerbitan SIP Nakes.pdf",
        "sop.sop_ap",
        (-1, 2, 3),
        require=_title_has("Praktik"),
    ),
    Planned(DINKES, "2. Penataan Tatalaksana/SOP/SOP lama.docx", "sop.sop_narasi", (-5, 6, 14)),
    Planned(
        DINKES,
        "2. Penataan Tatalaksana/Daftar Informasi Publik.pdf",
        "keterbukaan_informasi.daftar_informasi_publik",
        (0, 2, 11),
    ),
    Planned(DINKES, "3. SDM/ABK {N}.docx", "abk_peta_jabatan.laporan_abk", (0, 1, 27)),
    Planned(DINKES, "3. SDM/SKP/skp staf.pdf", "skp.skp_dokumen", (0, 1, 15)),
    Planned(
        DINKES,
        "4. Akuntabilitas/Renstra Dinkes 2025-2029.pdf",
        "renstra_renja.renstra",
        (-1, 6, 16),
        require=_period(-1),
    ),
    Planned(DINKES, "4. Akuntabilitas/LKjIP {N1}.pdf", "laporan_kinerja.lkjip", (0, 2, 24)),
    Planned(DINKES, "4. Akuntabilitas/PK {N} Kadinkes.docx", "perjanjian_kinerja.pk_kepala", (0, 1, 30)),
    Planned(DINKES, "5. Pengawasan/UPG/SK UPG.pdf", "laporan_gratifikasi.sk_upg", (0, 1, 12)),
    Planned(DINKES, "5. Pengawasan/register risiko {N}.docx", "spip.register_risiko", (0, 2, 3)),
    Planned(
        DINKES,
        "6. Pelayanan Publik/Maklumat Pelayanan.pdf",
        "maklumat_pelayanan.maklumat_standar",
        (-1, 3, 10),
    ),
    Planned(DINKES, "6. Pelayanan Publik/SKM/Laporan SKM.pdf", "survei_kepuasan.laporan_skm", (0, 1, 22)),
    Planned(DINKES, "scan0001.pdf", "monev_zi.notulen_monev", (0, 7, 7)),
    Planned(DINKES, "Umum/nota dinas ATK.docx", "bukan_bukti.nota_dinas_atk", (0, 3, 2)),
    # Kecamatan Mlati: upper-case area folders, lower-case file names.
    Planned(MLATI, "AREA I - MANAJEMEN PERUBAHAN/sk tim zi.docx", "sk_tim_zi.sk_ringkas", (0, 1, 14)),
    Planned(
        MLATI,
        "AREA I - MANAJEMEN PERUBAHAN/undangan sosialisasi ZI.pdf",
        "sosialisasi_zi.undangan_sosialisasi",
        (0, 2, 9),
    ),
    Planned(
        MLATI,
        "AREA I - MANAJEMEN PERUBAHAN/daftar hadir sosialisasi.pdf",
        "sosialisasi_zi.daftar_hadir_sosialisasi",
        (0, 2, 16),
    ),
    Planned(
        MLATI, "AREA I - MANAJEMEN PERUBAHAN/SK Agen Perubahan {N}.pdf", "sk_agen_perubahan.sk", (0, 2, 2)
    ),
    Planned(
        MLATI,
        "AREA II - TATALAKSANA/sop/SOP Pelayanan KTP.docx",
        "sop.sop_ap",
        (-2, 8, 19),
        require=_title_has("KTP"),
    ),
    Planned(
        MLATI, "AREA II - TATALAKSANA/sop/Evaluasi SOP {N}.pdf", "evaluasi_sop.laporan_evaluasi", (0, 7, 14)
    ),
    Planned(
        MLATI,
        "AREA II - TATALAKSANA/Peta Proses Bisnis Kecamatan.pdf",
        "peta_proses_bisnis.dokumen_peta",
        (-2, 3, 5),
    ),
    Planned(
        MLATI,
        "AREA III - SDM/disiplin/laporan disiplin TW1.docx",
        "penegakan_disiplin.laporan_disiplin",
        (0, 4, 8),
    ),
    Planned(MLATI, "AREA III - SDM/pegawai teladan.pdf", "reward_pegawai.sk_pegawai_teladan", (0, 4, 20)),
    Planned(
        MLATI,
        "AREA IV - AKUNTABILITAS/Perjanjian Kinerja Camat {N}.pdf",
        "perjanjian_kinerja.pk_kepala",
        (0, 1, 28),
    ),
    Planned(
        MLATI,
        "AREA IV - AKUNTABILITAS/notulen monitoring kinerja TW I.docx",
        "monitoring_kinerja.notulen_monitoring",
        (0, 4, 15),
    ),
    Planned(
        MLATI,
        "AREA V - PENGAWASAN/rekap pengaduan/rekap pengaduan maret.pdf",
        "pengaduan_masyarakat.rekap_pengaduan",
        (0, 4, 3),
    ),
    Planned(
        MLATI,
        "AREA V - PENGAWASAN/sosialisasi gratifikasi.docx",
        "kampanye_gratifikasi.undangan_sosialisasi_gratifikasi",
        (0, 5, 11),
    ),
    Planned(
        MLATI,
        "AREA VI - PELAYANAN PUBLIK/Standar Pelayanan.pdf",
        "standar_pelayanan.sk_standar_pelayanan",
        (-1, 1, 13),
    ),
    Planned(MLATI, "AREA VI - PELAYANAN PUBLIK/SKM {N3}.pdf", "survei_kepuasan.laporan_skm", (-3, 7, 12)),
    Planned(
        MLATI,
        "AREA VI - PELAYANAN PUBLIK/Maklumat Pelayanan Kecamatan.pdf",
        "maklumat_pelayanan.maklumat_janji",
        (0, 1, 6),
    ),
    Planned(
        MLATI,
        "Publikasi/maklumat pelayanan (copy).pdf",
        None,
        fault="duplicate",
        source="AREA VI - PELAYANAN PUBLIK/Maklumat Pelayanan Kecamatan.pdf",
    ),
    Planned(MLATI, "dokumen (2).docx", "inovasi_pelayanan.profil_inovasi", (-1, 9, 17)),
    Planned(
        MLATI,
        "undangan HUT RI.pdf",
        "bukan_bukti.undangan_kegiatan_umum",
        (0, 7, 28),
        require=_title_has("HUT"),
    ),
    # RSUD Sleman: "Bukti Dukung <area>" folders, an outdated SK, a scan and a broken PDF.
    Planned(RSUD, "Bukti Dukung MP/SK TIM ZI.pdf", "sk_tim_zi.sk_lampiran", (-2, 1, 9)),
    Planned(RSUD, "Bukti Dukung MP/Notulen Rapat Monev ZI.docx", "monev_zi.notulen_monev", (0, 7, 6)),
    Planned(
        RSUD, "Bukti Dukung MP/Pakta Integritas Pegawai.pdf", "pakta_integritas.komitmen_bersama", (0, 1, 19)
    ),
    Planned(
        RSUD,
        "Bukti Dukung PT/SOP/SOP Pendaftaran Rawat Jalan.pdf",
        "sop.sop_ringkas",
        (-1, 11, 3),
        require=_title_has("Rawat Jalan"),
    ),
    Planned(RSUD, "Bukti Dukung PT/laporan pemanfaatan SIMRS.docx", "spbe.laporan_pemanfaatan", (0, 3, 16)),
    Planned(RSUD, "Bukti Dukung SDM/TNA {N}.pdf", "analisis_kebutuhan_diklat.laporan_tna", (0, 2, 20)),
    Planned(RSUD, "Bukti Dukung SDM/laporan IHT.docx", "pengembangan_kompetensi.laporan_iht", (0, 5, 25)),
    Planned(RSUD, "Bukti Dukung AK/IKU RSUD 2025-2029.pdf", "iku.sk_iku", (-1, 3, 3), require=_period(-1)),
    Planned(RSUD, "Bukti Dukung AK/Laporan Kinerja {N1}.docx", "laporan_kinerja.lakin", (0, 3, 5)),
    Planned(RSUD, "Bukti Dukung AK/Renja {N}.pdf", "renstra_renja.renja", (-1, 7, 21), fault="truncated"),
    Planned(
        RSUD,
        "Bukti Dukung PW/scan gratifikasi.pdf",
        "laporan_gratifikasi.formulir_laporan",
        (0, 6, 9),
        fault="image_only",
    ),
    Planned(RSUD, "Bukti Dukung PW/WBS/SK Tim WBS.docx", "wbs.sk_tim_wbs", (0, 1, 26)),
    Planned(
        RSUD,
        "Bukti Dukung PW/Benturan Kepentingan.pdf",
        "benturan_kepentingan.peta_benturan_kepentingan",
        (0, 2, 17),
    ),
    Planned(RSUD, "Bukti Dukung PP/Hasil SKM TW II {N}.pdf", "survei_kepuasan.publikasi_skm", (0, 7, 9)),
    Planned(RSUD, "Bukti Dukung PP/inovasi/SK Inovasi.pdf", "inovasi_pelayanan.sk_inovasi", (0, 3, 23)),
    Planned(
        RSUD, "Bukti Dukung PP/foto maklumat.png", "maklumat_pelayanan.maklumat_janji", (0, 1, 6), fault="png"
    ),
    Planned(RSUD, "Final revisi FIX.docx", "pelayanan_prima.laporan_pelatihan_prima", (0, 8, 12)),
    Planned(RSUD, "kuitansi konsumsi rapat.pdf", "bukan_bukti.kuitansi", (0, 6, 9)),
    # KUA Kecamatan Depok: two-digit area prefixes, a few gaps, an empty file.
    Planned(KUA, "01 MP/berita acara seleksi tim ZI.pdf", "seleksi_tim_zi.berita_acara_seleksi", (0, 1, 7)),
    Planned(KUA, "01 MP/SK rencana kerja ZI.pdf", "rencana_kerja_zi.sk_rencana_kerja", (0, 1, 21)),
    Planned(KUA, "01 MP/SE budaya kerja.docx", "budaya_kerja.surat_edaran_budaya", (0, 2, 5)),
    Planned(KUA, "01 MP/pakta integritas kepala KUA.pdf", "pakta_integritas.pakta_individu", (-1, 1, 6)),
    Planned(
        KUA, "02 PT/SOP Pencatatan Nikah.docx", "sop.sop_narasi", (-1, 5, 19), require=_title_has("Nikah")
    ),
    Planned(KUA, "02 PT/monev TI/Laporan Monev TI.pdf", "monev_ti.laporan_monev_ti", (0, 4, 14)),
    Planned(KUA, "03 SDM/pemutakhiran data SIASN.pdf", "data_kepegawaian.surat_pemutakhiran", (0, 3, 9)),
    Planned(KUA, "03 SDM/mutasi/SK rotasi pegawai.pdf", "mutasi_pegawai.sk_mutasi", (0, 6, 1)),
    Planned(KUA, "04 AK/RKT {N}.docx", "renstra_renja.rkt", (0, 1, 9)),
    Planned(
        KUA, "05 PW/laporan gratifikasi/rekap UPG smt I.docx", "laporan_gratifikasi.rekap_upg", (0, 7, 3)
    ),
    Planned(
        KUA, "05 PW/kampanye anti gratifikasi.pdf", "kampanye_gratifikasi.laporan_public_campaign", (0, 9, 14)
    ),
    Planned(KUA, "05 PW/laporan WBS TW II.docx", None, fault="zero_byte"),
    Planned(
        KUA,
        "06 PP/Standar Pelayanan Nikah.pdf",
        "standar_pelayanan.dokumen_standar_pelayanan",
        (0, 2, 10),
        require=_title_has("Nikah"),
    ),
    Planned(KUA, "06 PP/layanan terpadu.docx", "layanan_terpadu.laporan_layanan_terpadu", (0, 3, 30)),
    Planned(KUA, "berita kegiatan.pdf", "bukan_bukti.berita_media", (0, 5, 20)),
)


def workday(d: dt.date) -> dt.date:
    """Move a weekend date to the nearest working day (Saturday back, Sunday forward)."""
    if d.weekday() == 5:
        return d - dt.timedelta(days=1)
    if d.weekday() == 6:
        return d + dt.timedelta(days=1)
    return d


def _expand(path: str, year: int) -> str:
    return path.format(N=year, N1=year - 1, N3=year - 3)


def _draw(item: Planned, year: int, seed: int) -> DocumentSpec:
    assert item.template_id is not None
    fn = ALL_TEMPLATES[item.template_id]
    offset, month, day = item.when
    date = workday(dt.date(year + offset, month, day))
    unit = unit_by_name(item.unit)
    for attempt in range(200):
        spec = fn(unit, date, random.Random(f"{seed}:{item.unit}/{item.path}:{attempt}"))
        if item.require is None or item.require(spec, year):
            return spec
    raise RuntimeError(f"no seed satisfies the requirement for {item.unit}/{item.path}")


def _content(item: Planned, spec: DocumentSpec, suffix: str) -> tuple[bytes, str]:
    """Bytes of a planned file and its actual format."""
    if item.fault == "image_only":
        return faults.image_only_pdf_bytes(spec), "pdf"
    if item.fault == "png":
        return faults.png_scan_bytes(spec), "png"
    if item.fault == "truncated":
        return faults.truncate_pdf_bytes(render_bytes(spec, "pdf")), "pdf"
    return render_bytes(spec, suffix), suffix


def build_demo_tree(
    dest: Path, *, evaluation_year: int = 2026, seed: int = 20260, manifest_path: Path | None = None
) -> list[ManifestEntry]:
    """Write the demo evidence tree under ``dest``.

    Args:
        dest: Tree root; created if missing. Existing files with the same names are
            overwritten, nothing else is removed.
        evaluation_year: The year N the tree is built for; dates follow it.
        seed: Seed for all content.
        manifest_path: Also write the manifest there (keep it outside ``dest``).

    Returns:
        One entry per file, in plan order.

    """
    dest.mkdir(parents=True, exist_ok=True)
    entries: list[ManifestEntry] = []
    written: dict[str, tuple[bytes, ManifestEntry]] = {}
    # A fixed modification time keeps the tree identical run to run, metadata included.
    mtime = calendar.timegm((evaluation_year, 11, 1, 8, 0, 0))
    for item in PLAN:
        rel = f"{item.unit}/{_expand(item.path, evaluation_year)}"
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        suffix = target.suffix.lower().lstrip(".")
        if item.fault == "zero_byte":
            data = b""
            entry = ManifestEntry(
                path=rel,
                unit=item.unit,
                slug=None,
                effective_date=None,
                template_id=None,
                carrier=None,
                format=suffix,
                fault="zero_byte",
            )
        elif item.fault == "duplicate":
            source = f"{item.unit}/{_expand(item.source or '', evaluation_year)}"
            data, original = written[source]
            entry = ManifestEntry(
                **{**original.to_dict(), "path": rel, "fault": "duplicate", "duplicate_of": source}
            )  # type: ignore[arg-type]
        else:
            spec = _draw(item, evaluation_year, seed)
            data, fmt = _content(item, spec, suffix)
            fault = item.fault if item.fault in ("truncated", "image_only") else None
            entry = ManifestEntry.from_spec(spec, path=rel, unit=item.unit, fmt=fmt, fault=fault)
        target.write_bytes(data)
        os.utime(target, (mtime, mtime))
        written[rel] = (data, entry)
        entries.append(entry)
    if manifest_path is not None:
        write_manifest(entries, manifest_path, evaluation_year=evaluation_year, seed=seed)
    log.info("wrote %d files under %s", len(entries), dest)
    return entries


def default_manifest_path(dest: Path) -> Path:
    """``<dest>.manifest.json``, beside the tree rather than inside it."""
    return dest.with_name(dest.name + ".manifest.json")


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m sample_docs.demo DEST [--year N] [--seed S]``."""
    parser = argparse.ArgumentParser(
        prog="python -m sample_docs.demo", description="Write the Bukti demo evidence tree and its manifest."
    )
    parser.add_argument("dest", type=Path, help="folder to create (the manifest goes to DEST.manifest.json)")
    parser.add_argument("--year", type=int, default=2026, help="evaluation year (default 2026)")
    parser.add_argument("--seed", type=int, default=20260, help="content seed (default 20260)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    manifest = default_manifest_path(args.dest)
    entries = build_demo_tree(args.dest, evaluation_year=args.year, seed=args.seed, manifest_path=manifest)
    print(f"{len(entries)} files in {args.dest}, manifest {manifest}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
