"""Tests for the sample document generator: templates, renderers, faults and the demo tree."""

from __future__ import annotations

import collections
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest
from docx.oxml.ns import qn
from hypothesis import given, settings
from hypothesis import strategies as st

from sample_docs import faults
from sample_docs.dates import MONTHS, format_long, roman, terbilang
from sample_docs.demo import build_demo_tree, default_manifest_path
from sample_docs.manifest import ManifestEntry, read_manifest
from sample_docs.render import render_bytes
from sample_docs.spec import plain_text
from sample_docs.templates import ALL_TEMPLATES, NON_EVIDENCE_TEMPLATES, TEMPLATES
from sample_docs.templates.base import add_typos
from sample_docs.units import UNITS, format_nip, make_nip, random_person

REPO_ROOT = Path(__file__).resolve().parents[2]
EVIDENCE_TYPES = REPO_ROOT.parent / "shared" / "domain" / "evidence-types.md"
IMPORTANT = (
    "sk_tim_zi",
    "sop",
    "pakta_integritas",
    "laporan_gratifikasi",
    "survei_kepuasan",
    "perjanjian_kinerja",
    "laporan_kinerja",
    "renstra_renja",
    "monev_zi",
    "maklumat_pelayanan",
    "standar_pelayanan",
)
EVALUATION_YEAR = 2026
TEMPLATE_IDS = sorted(ALL_TEMPLATES)


def catalog_slugs() -> list[str]:
    """Slugs of the table under '## The types' in the shared evidence-type catalogue."""
    text = EVIDENCE_TYPES.read_text(encoding="utf-8")
    section = text.split("## The types", 1)[1]
    return [s for s in re.findall(r"^\| ([a-z_]+) \|", section, flags=re.MULTILINE) if s != "slug"]


def normalize(text: str) -> str:
    return " ".join(text.split()).lower()


def docx_text(data: bytes) -> str:
    """All text of a DOCX in document order, tables and page headers included."""
    document = docx.Document(io.BytesIO(data))
    parts = []
    for section in document.sections:
        for story in (section.header, section.footer):
            parts.extend(
                "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in story._element.iter(qn("w:p"))
            )
    parts.extend(
        "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in document.element.body.iter(qn("w:p"))
    )
    return "\n".join(parts)


def pdf_text(data: bytes, password: str | None = None) -> str:
    document = pdfium.PdfDocument(data, password=password)
    return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))


def spec_for(template_id: str, k: int) -> object:
    unit = UNITS[(TEMPLATE_IDS.index(template_id) + 5 * k) % len(UNITS)]
    date = dt.date(2026 - k % 3, 1 + (3 * k + 1) % 10, 2 + (7 * k) % 26)
    return ALL_TEMPLATES[template_id](unit, date, random.Random(f"test:{template_id}:{k}")), date


# -- catalogue coverage --------------------------------------------------------------------


def test_catalogue_parses_45_slugs() -> None:
    assert len(catalog_slugs()) == 45


def test_every_slug_has_at_least_two_templates() -> None:
    slugs = catalog_slugs()
    assert set(TEMPLATES) == set(slugs)
    thin = {slug: len(TEMPLATES[slug]) for slug in slugs if len(TEMPLATES[slug]) < 2}
    assert thin == {}


def test_important_slugs_have_three_templates() -> None:
    assert {slug: len(TEMPLATES[slug]) for slug in IMPORTANT if len(TEMPLATES[slug]) < 3} == {}


def test_templates_of_a_slug_use_different_carriers() -> None:
    assert {
        slug: fns[0].carrier for slug, fns in TEMPLATES.items() if len({fn.carrier for fn in fns}) < 2
    } == {}


def test_non_evidence_templates_are_varied_and_unlabelled() -> None:
    assert len(NON_EVIDENCE_TEMPLATES) >= 8
    for fn in NON_EVIDENCE_TEMPLATES:
        assert fn.slug is None
        assert fn(UNITS[0], dt.date(2026, 3, 3), random.Random(1)).slug is None


def test_template_ids_name_their_slug() -> None:
    for slug, fns in TEMPLATES.items():
        assert all(fn.template_id.startswith(f"{slug}.") for fn in fns)
    assert len(ALL_TEMPLATES) == sum(len(f) for f in TEMPLATES.values()) + len(NON_EVIDENCE_TEMPLATES)


# -- specs ---------------------------------------------------------------------------------


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_spec_writes_its_effective_date_and_title(template_id: str) -> None:
    for k in range(4):
        spec, date = spec_for(template_id, k)
        text = normalize(plain_text(spec))
        assert spec.effective_date == date
        assert spec.template_id == template_id
        assert normalize(spec.effective_date_text) in text
        assert normalize(spec.title) in text
        assert date not in spec.cited_dates


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_spec_is_deterministic(template_id: str) -> None:
    first, _ = spec_for(template_id, 1)
    again, _ = spec_for(template_id, 1)
    assert first == again


def test_decree_cites_regulations_and_earlier_dates() -> None:
    spec = ALL_TEMPLATES["sk_tim_zi.sk_lampiran"](UNITS[0], dt.date(2026, 1, 12), random.Random(3))
    text = plain_text(spec)
    for phrase in (
        "MEMUTUSKAN",
        "Menimbang",
        "Mengingat",
        "KESATU",
        "Ditetapkan di",
        "pada tanggal",
        "LAMPIRAN",
        "NIP.",
    ):
        assert phrase.replace(" ", "") in text.replace(" ", "")
    assert re.search(r"Nomor \d+ Tahun (19|20)\d\d", text)
    # NIP birth dates are recorded as cited dates: every one is decades before the decree.
    assert spec.cited_dates and min(spec.cited_dates) < dt.date(2000, 1, 1)


def test_sop_effective_date_is_tanggal_efektif() -> None:
    spec = ALL_TEMPLATES["sop.sop_ap"](UNITS[1], dt.date(2025, 4, 7), random.Random(2))
    text = plain_text(spec)
    line = next(line for line in text.splitlines() if line.startswith("Tanggal Efektif"))
    assert spec.effective_date_text in line
    assert "Tanggal Pembuatan" in text and "Mutu Baku" not in spec.title


def test_lkjip_reports_on_previous_year() -> None:
    spec = ALL_TEMPLATES["laporan_kinerja.lkjip"](UNITS[0], dt.date(2026, 2, 20), random.Random(1))
    assert spec.reporting_year == 2025
    assert "TAHUN 2025" in plain_text(spec).upper()


# -- rendering -----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_rendered_file_contains_date_and_title(template_id: str, fmt: str) -> None:
    spec, _ = spec_for(template_id, 2)
    data = render_bytes(spec, fmt)
    text = normalize(docx_text(data) if fmt == "docx" else pdf_text(data))
    assert normalize(spec.effective_date_text) in text
    assert normalize(spec.title) in text


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_rendering_is_byte_identical(fmt: str) -> None:
    spec, _ = spec_for("perjanjian_kinerja.pk_kepala", 0)
    assert render_bytes(spec, fmt) == render_bytes(spec, fmt)


def test_letterhead_goes_to_docx_header_when_asked() -> None:
    for seed in range(40):
        spec = ALL_TEMPLATES["sk_tim_zi.sk_ringkas"](UNITS[0], dt.date(2026, 1, 5), random.Random(seed))
        if spec.header_in_docx_header:
            break
    else:
        pytest.fail("no seed put the letterhead in the header")
    document = docx.Document(io.BytesIO(render_bytes(spec, "docx")))
    header = " ".join(p.text for p in document.sections[0].header.paragraphs)
    assert UNITS[0].kop_name in header


# -- faults --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_spec() -> object:
    return ALL_TEMPLATES["laporan_gratifikasi.formulir_laporan"](
        UNITS[2], dt.date(2026, 3, 4), random.Random(5)
    )


def test_truncated_pdf_does_not_open(sample_spec: object, tmp_path: Path) -> None:
    path = tmp_path / "cut.pdf"
    faults.write_truncated_pdf(path, render_bytes(sample_spec, "pdf"))
    assert path.stat().st_size > 0
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(path.read_bytes())


def test_encrypted_pdf_needs_its_password(sample_spec: object, tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    faults.write_encrypted_pdf(path, sample_spec)
    with pytest.raises(pdfium.PdfiumError, match="password"):
        pdfium.PdfDocument(path.read_bytes())
    assert normalize(sample_spec.effective_date_text) in normalize(
        pdf_text(path.read_bytes(), faults.ENCRYPTED_PDF_PASSWORD)
    )


def test_image_only_pdf_has_pages_but_no_text(sample_spec: object, tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    faults.write_image_only_pdf(path, sample_spec)
    document = pdfium.PdfDocument(path.read_bytes())
    assert len(document) >= 1
    assert pdf_text(path.read_bytes()).strip() == ""
    image = document[0].render(scale=0.5).to_pil().convert("L")
    assert image.getextrema()[0] < 100  # there is dark ink on the page


def test_zero_byte_and_corrupt_docx(sample_spec: object, tmp_path: Path) -> None:
    empty = tmp_path / "empty.docx"
    faults.write_zero_byte(empty)
    assert empty.read_bytes() == b""
    for mode in ("mangled_xml", "not_docx"):
        broken = tmp_path / f"{mode}.docx"
        faults.write_corrupt_docx(broken, render_bytes(sample_spec, "docx"), mode=mode)
        assert zipfile.is_zipfile(broken)
        with pytest.raises(Exception):  # noqa: B017 - python-docx raises lxml or package errors
            docx.Document(str(broken))


def test_fault_writers_work_without_a_spec(tmp_path: Path) -> None:
    faults.write_encrypted_pdf(tmp_path / "locked.pdf")
    with pytest.raises(pdfium.PdfiumError, match="password"):
        pdfium.PdfDocument((tmp_path / "locked.pdf").read_bytes())
    faults.write_corrupt_docx(tmp_path / "broken.docx")
    with pytest.raises(Exception):  # noqa: B017 - lxml syntax error from the damaged XML
        docx.Document(str(tmp_path / "broken.docx"))


def test_renamed_and_png_scan(sample_spec: object, tmp_path: Path) -> None:
    renamed = tmp_path / "really_a_docx.pdf"
    faults.write_renamed(renamed, render_bytes(sample_spec, "docx"))
    assert renamed.read_bytes()[:2] == b"PK"
    png = tmp_path / "page.png"
    faults.write_png_scan(png, sample_spec)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# -- demo tree -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[ManifestEntry]]:
    root = tmp_path_factory.mktemp("demo") / "evidence"
    entries = build_demo_tree(
        root, evaluation_year=EVALUATION_YEAR, manifest_path=default_manifest_path(root)
    )
    return root, entries


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_demo_tree_is_deterministic(demo: tuple[Path, list[ManifestEntry]], tmp_path: Path) -> None:
    root, entries = demo
    again = build_demo_tree(tmp_path / "evidence", evaluation_year=EVALUATION_YEAR)
    assert tree_bytes(root) == tree_bytes(tmp_path / "evidence")
    assert again == entries


def test_demo_tree_size_and_count(demo: tuple[Path, list[ManifestEntry]]) -> None:
    root, entries = demo
    files = tree_bytes(root)
    assert 50 <= len(files) <= 70
    assert sum(len(b) for b in files.values()) < 5 * 1024 * 1024
    formats = collections.Counter(e.format for e in entries)
    assert formats["pdf"] > 10 and formats["docx"] > 10


def test_demo_manifest_lists_every_file_once(demo: tuple[Path, list[ManifestEntry]]) -> None:
    root, entries = demo
    paths = [e.path for e in entries]
    assert len(paths) == len(set(paths))
    assert set(paths) == set(tree_bytes(root))
    manifest = default_manifest_path(root)
    assert manifest.parent == root.parent and not manifest.is_relative_to(root)
    assert read_manifest(manifest) == entries


def test_demo_faults_are_present_once(demo: tuple[Path, list[ManifestEntry]]) -> None:
    root, entries = demo
    counts = collections.Counter(e.fault for e in entries)
    assert counts["truncated"] == counts["zero_byte"] == counts["image_only"] == counts["duplicate"] == 1
    files = tree_bytes(root)
    duplicate = next(e for e in entries if e.fault == "duplicate")
    assert files[duplicate.path] == files[duplicate.duplicate_of]
    assert Path(duplicate.path).parent != Path(duplicate.duplicate_of).parent
    truncated = next(e for e in entries if e.fault == "truncated")
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(files[truncated.path])
    image_only = next(e for e in entries if e.fault == "image_only")
    assert pdf_text(files[image_only.path]).strip() == ""


def test_demo_has_gaps_traps_and_outdated_documents(demo: tuple[Path, list[ManifestEntry]]) -> None:
    _, entries = demo
    n = EVALUATION_YEAR
    units = {e.unit for e in entries}
    assert len(units) >= 4
    for unit in units:
        present = {e.slug for e in entries if e.unit == unit and e.slug}
        assert len(present) < 45
    assert 2 <= sum(1 for e in entries if e.slug is None and e.template_id) <= 4
    by_slug = collections.defaultdict(list)
    for e in entries:
        if e.slug and e.fault != "duplicate":
            by_slug[e.slug].append(e)
    years = {slug: sorted(int(e.effective_date[:4]) for e in es) for slug, es in by_slug.items()}
    assert n - 2 in years["sk_tim_zi"] and n in years["sk_tim_zi"]
    assert n - 3 in years["survei_kepuasan"]
    assert min(years["sop"]) <= n - 4 and any(y >= n - 3 for y in years["sop"])
    assert any(e.period == [2025, 2029] for e in by_slug["renstra_renja"])
    assert any(e.reporting_year == n - 1 for e in by_slug["laporan_kinerja"])
    for e in entries:
        if e.effective_date and e.effective_date.startswith(str(n)):
            assert 1 <= int(e.effective_date[5:7]) <= 10
        if e.effective_date:
            assert e.effective_date not in e.cited_dates


# -- small helpers -------------------------------------------------------------------------


def test_nip_has_the_real_18_digit_form() -> None:
    rng = random.Random(4)
    for _ in range(50):
        person = random_person(rng)
        assert re.fullmatch(r"\d{8} \d{6} [12] \d{3}", person.nip_spaced)
        assert person.nip[:8] == person.birth_date.strftime("%Y%m%d")
    assert format_nip(make_nip(random.Random(1), dt.date(1978, 5, 12), "L"))[:8] == "19780512"


def test_unit_pool_is_diverse() -> None:
    assert len(UNITS) >= 12
    assert {u.kind for u in UNITS} >= {"dinas", "kecamatan", "badan", "rumah_sakit", "kantor_vertikal"}
    assert len({u.parent for u in UNITS}) >= 8


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (12, "dua belas"),
        (2026, "dua ribu dua puluh enam"),
        (111, "seratus sebelas"),
        (1945, "seribu sembilan ratus empat puluh lima"),
    ],
)
def test_terbilang(n: int, words: str) -> None:
    assert terbilang(n) == words


def test_roman_months() -> None:
    assert [roman(m) for m in (1, 4, 9, 12)] == ["I", "IV", "IX", "XII"]


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)), st.integers(0, 1000))
def test_typos_never_touch_dates_or_numbers(date: dt.date, seed: int) -> None:
    text = (
        f"Laporan pelaksanaan kegiatan ditandatangani pada tanggal {format_long(date)} dengan nomor "
        f"800/123/Dinkes/{date.year} oleh pimpinan"
    )
    mangled = add_typos(text, random.Random(seed), 0.9)
    assert format_long(date) in mangled
    assert f"800/123/Dinkes/{date.year}" in mangled
    assert any(m in mangled for m in MONTHS)
