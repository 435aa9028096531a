"""Misfiled evidence: a document whose folder names another area or type than its content.

Units sort their evidence into folders named after the LKE areas ("1. Manajemen Perubahan",
"AREA II - TATALAKSANA", "Bukti Dukung PW", "05 PW") or after evidence types ("SOP", "SKM",
"gratifikasi"). When the classified type supports none of the areas the folder points to,
the document is flagged with one sentence; its type is never changed (the content decides).
"""

from __future__ import annotations

import functools
import logging
import re
from pathlib import PurePosixPath

from classifiers.text import fold
from models.catalog import Catalog
from models.messages import Message

log = logging.getLogger(__name__)

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
# LKE area order (1-6) and the words units use for each area in folder names.
AREA_ORDER = ("MP", "PT", "SDM", "AK", "PW", "PP")
AREA_WORDS: dict[str, tuple[str, ...]] = {
    "MP": ("manajemen perubahan",),
    "PT": ("tatalaksana", "tata laksana"),
    "SDM": ("sistem manajemen sdm", "manajemen sdm", "sdm aparatur", "sumber daya manusia"),
    "AK": ("akuntabilitas",),
    "PW": ("pengawasan",),
    "PP": ("pelayanan publik", "kualitas pelayanan"),
}
# Words that name an evidence type in a folder name, folded.
TYPE_WORDS: dict[str, str] = {
    "sop": "sop",
    "skm": "survei_kepuasan",
    "survei kepuasan": "survei_kepuasan",
    "gratifikasi": "laporan_gratifikasi",
    "upg": "laporan_gratifikasi",
    "pakta integritas": "pakta_integritas",
    "agen perubahan": "sk_agen_perubahan",
    "wbs": "wbs",
    "whistle": "wbs",
    "spip": "spip",
    "manajemen risiko": "spip",
    "benturan kepentingan": "benturan_kepentingan",
    "maklumat": "maklumat_pelayanan",
    "standar pelayanan": "standar_pelayanan",
    "inovasi": "inovasi_pelayanan",
    "pengaduan": "pengaduan_masyarakat",
    "lkjip": "laporan_kinerja",
    "lakip": "laporan_kinerja",
    "perjanjian kinerja": "perjanjian_kinerja",
    "renstra": "renstra_renja",
    "iku": "iku",
    "skp": "skp",
    "mutasi": "mutasi_pegawai",
    "disiplin": "penegakan_disiplin",
    "abk": "abk_peta_jabatan",
    "peta jabatan": "abk_peta_jabatan",
    "ppid": "keterbukaan_informasi",
    "spbe": "spbe",
}
_AREA_NUMBER = re.compile(r"\barea\s+(\d|i{1,3}|iv|vi?)\b", re.I)
_AREA_CODE = re.compile(r"(?<![A-Za-z])(MP|PT|SDM|AK|PW|PP)(?![A-Za-z])")


@functools.lru_cache(maxsize=4096)
def folder_hint(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The areas and the evidence types a folder name points to (either may be empty)."""
    folded = fold(name)
    areas = {code for code, words in AREA_WORDS.items() if any(f" {w} " in folded for w in words)}
    areas.update(_AREA_CODE.findall(name))
    number = _AREA_NUMBER.search(name)
    if number:
        token = number.group(1).lower()
        index = int(token) if token.isdigit() else _ROMAN.get(token, 0)
        if 1 <= index <= len(AREA_ORDER):
            areas.add(AREA_ORDER[index - 1])
    types = {slug for word, slug in TYPE_WORDS.items() if f" {word} " in folded}
    return frozenset(areas), frozenset(types)


def type_areas(slug: str, catalog: Catalog) -> frozenset[str]:
    """The LKE areas whose indicators ``slug`` supports."""
    return frozenset(code.split(".", 1)[0] for code in catalog.evidence_type(slug).indicators)


def misfiled_message(path: str, slug: str, catalog: Catalog) -> Message | None:
    """A sentence when the deepest folder that names an area or type contradicts ``slug``.

    Only folders below the unit are read (the first part of ``path`` is the unit folder when
    there is more than one folder). A folder that names a type counts through that type's
    areas, so "SOP" holding an SOP evaluation (same area) is not flagged.
    """
    folders = PurePosixPath(path).parts[:-1]
    areas_of_slug = type_areas(slug, catalog)
    for folder in reversed(folders[1:] if len(folders) > 1 else folders):
        areas, types = folder_hint(folder)
        if not areas and not types:
            continue
        if slug in types:
            return None
        pointed = set(areas)
        for other in types:
            pointed |= type_areas(other, catalog)
        if pointed & areas_of_slug:
            return None
        hint = ", ".join(sorted(types)) if types and not areas else "area " + ", ".join(sorted(pointed))
        return Message(
            key="document.misfiled",
            params={
                "type": slug,
                "areas": ", ".join(sorted(areas_of_slug)),
                "folder": folder,
                "hint": hint,
            },
        )
    return None
