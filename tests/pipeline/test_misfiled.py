"""Misfiled evidence: folder names that point to another area or type than the content."""

from __future__ import annotations

import pytest

from pipeline.catalog import load_catalog
from pipeline.misfiled import folder_hint, misfiled_message


@pytest.mark.parametrize(
    ("folder", "areas", "types"),
    [
        ("1. Manajemen Perubahan", {"MP"}, set()),
        ("AREA II - TATALAKSANA", {"PT"}, set()),
        ("Area 3 SDM", {"SDM"}, set()),
        ("Bukti Dukung PW", {"PW"}, set()),
        ("05 PW", {"PW"}, set()),
        ("06 PP", {"PP"}, set()),
        ("4. Akuntabilitas", {"AK"}, set()),
        ("SOP", set(), {"sop"}),
        ("Hasil SKM", set(), {"survei_kepuasan"}),
        ("laporan gratifikasi", set(), {"laporan_gratifikasi"}),
        ("Umum", set(), set()),
        ("2024", set(), set()),
    ],
)
def test_folder_hints(folder: str, areas: set[str], types: set[str]) -> None:
    assert folder_hint(folder) == (frozenset(areas), frozenset(types))


@pytest.mark.parametrize(
    ("path", "slug", "flagged"),
    [
        ("Dinas X/1. Manajemen Perubahan/SK Tim ZI.pdf", "sk_tim_zi", False),
        ("Dinas X/1. Manajemen Perubahan/Pakta Integritas/pakta.pdf", "pakta_integritas", False),
        ("Dinas X/5. Pengawasan/SKM 2026.pdf", "survei_kepuasan", True),
        ("Dinas X/AREA II - TATALAKSANA/sop/Evaluasi SOP.pdf", "evaluasi_sop", False),
        ("Dinas X/SOP/skp staf.pdf", "skp", True),
        ("Dinas X/05 PW/rekap pengaduan.pdf", "pengaduan_masyarakat", False),
        ("Dinas X/06 PP/rekap pengaduan.pdf", "pengaduan_masyarakat", False),
        ("Dinas X/Umum/renstra.pdf", "renstra_renja", False),
        ("Dinas X/renstra.pdf", "renstra_renja", False),
    ],
)
def test_misfiled_message(path: str, slug: str, flagged: bool) -> None:
    message = misfiled_message(path, slug, load_catalog())
    assert (message is not None) == flagged
    if message is not None:
        assert slug in message.render() and "." in message.render()
