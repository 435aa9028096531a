"""OCR with real Tesseract on generated scans: images, scanned and mixed PDFs, failures."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors import extract_text
from extractors.imageprep import (
    deskew,
    drop_colour_ink,
    estimate_skew,
    lines_run_vertically,
    prepare_page,
    to_grey,
)
from extractors.ocr import detect_rotation, engine_status, parse_osd, parse_tsv
from extractors.pdf import _render
from models.documents import DocumentStatus, FileFormat
from models.errors import CorruptFile, ExtractionTimeout, NoTextFound, OcrEngineMissing
from models.options import ExtractOptions
from pipeline.scan import DocumentSettings, read_document
from sample_docs.scans import (
    PROFILES,
    ScanProfile,
    render_text_pages,
    sample_text,
    scan_text,
    write_image,
    write_image_pdf,
    write_mixed_pdf,
    write_tiff,
)
from sample_docs.scans import degrade as degrade_page

pytestmark = pytest.mark.ocr

OPTIONS = ExtractOptions(page_workers=2)
KEY_PHRASES = ("ZONA INTEGRITAS", "Ditetapkan di Sleman", "12 Januari 2026", "KEPALA DINAS KESEHATAN")


@pytest.fixture(scope="module", autouse=True)
def _tesseract_installed() -> None:
    # The project installs Tesseract (make install); a machine without it must fail loudly
    # here rather than skip, since these tests are the proof that OCR works.
    assert shutil.which("tesseract"), "tesseract is not installed: run `make install` as root"
    assert engine_status().usable, engine_status()


def _normalised(text: str) -> str:
    return " ".join(text.split())


def _cer(truth: str, guess: str) -> float:
    a, b = _normalised(truth), _normalised(guess)
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1] / max(1, len(a))


@pytest.fixture(scope="module")
def clean_page():
    return render_text_pages(sample_text(), dpi=200)[0]


@pytest.mark.parametrize(
    ("profile", "suffix", "max_cer"),
    [("clean", ".png", 0.03), ("upside_down", ".jpg", 0.05), ("photo", ".jpg", 0.08)],
)
def test_image_scans_are_read_with_known_text(tmp_path: Path, clean_page, profile, suffix, max_cer):
    image = degrade_page(clean_page.image, PROFILES[profile], seed=7)
    path = write_image(image, tmp_path / f"scan{suffix}", dpi=None if profile == "photo" else 200)

    extracted = extract_text(path, options=OPTIONS)

    assert extracted.format == FileFormat.IMAGE
    assert extracted.ocr_pages == (0,)
    assert extracted.ocr_confidence is not None and extracted.ocr_confidence > 0.8
    assert _cer(clean_page.text, extracted.text) <= max_cer, extracted.text
    for phrase in KEY_PHRASES:
        assert phrase in _normalised(extracted.text)


def test_multi_page_tiff_reads_every_frame_in_order(tmp_path: Path):
    text = sample_text() + "\n" + "\n".join(f"Lampiran halaman kedua baris {n}" for n in range(40))
    pages = scan_text(text, "noisy", seed=3, dpi=200)
    assert len(pages) == 2
    path = write_tiff([page.image for page in pages], tmp_path / "scan.tiff")

    extracted = extract_text(path, options=OPTIONS)

    assert extracted.page_count == 2 and extracted.ocr_pages == (0, 1)
    assert "Ditetapkan di Sleman" in _normalised(extracted.pages[0])
    assert "Lampiran halaman kedua" in extracted.pages[1]


def test_mixed_pdf_ocrs_only_its_scanned_page(tmp_path: Path):
    # A two-page typed PDF whose second page is then replaced by a scan.
    typed = tmp_path / "typed.pdf"
    pdf = canvas.Canvas(str(typed), pagesize=A4)
    pdf.drawString(72, 760, "NOTULEN RAPAT PEMBANGUNAN ZONA INTEGRITAS DINAS KESEHATAN")
    pdf.showPage()
    pdf.drawString(72, 760, "halaman yang akan diganti hasil pindai")
    pdf.showPage()
    pdf.save()
    clean = render_text_pages(sample_text(), dpi=200)[0].image
    scanned_page = degrade_page(clean, PROFILES["stamped"], seed=2)
    path = write_mixed_pdf(typed.read_bytes(), {1: scanned_page}, tmp_path / "mixed.pdf")

    extracted = extract_text(path, options=OPTIONS)

    assert extracted.format == FileFormat.PDF
    assert extracted.ocr_pages == (1,)
    assert extracted.pages[0].startswith("NOTULEN RAPAT")
    assert "Ditetapkan di Sleman" in _normalised(extracted.pages[1])


def test_short_or_blank_typed_page_is_not_ocrd(tmp_path: Path):
    # The last page of a letter holds only '3. Arsip'; a blank page holds nothing: no OCR.
    path = tmp_path / "surat.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawString(72, 760, "NOTULEN RAPAT PEMBANGUNAN ZONA INTEGRITAS DINAS KESEHATAN")
    pdf.showPage()
    pdf.drawString(72, 760, "3. Arsip")
    pdf.showPage()
    pdf.showPage()
    pdf.save()

    extracted = extract_text(path, options=OPTIONS)

    assert extracted.ocr_pages == () and extracted.ocr_confidence is None
    assert extracted.pages[1].strip() == "3. Arsip" and extracted.pages[2] == ""


def test_pdf_of_blank_pages_has_no_text(tmp_path: Path):
    path = tmp_path / "kosong.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.showPage()
    pdf.showPage()
    pdf.save()
    with pytest.raises(NoTextFound):
        extract_text(path, options=OPTIONS)


def test_image_only_pdf_is_read_and_reported_with_confidence(tmp_path: Path, clean_page):
    image = degrade_page(clean_page.image, PROFILES["rotated"], seed=5)
    path = write_image_pdf([image], tmp_path / "SK Tim ZI.pdf")
    settings = DocumentSettings(root=tmp_path, evaluation_year=2026, extract=OPTIONS)

    record = read_document(path, {"path": path.name, "unit": "u", "size": path.stat().st_size}, settings)

    assert record.status in (DocumentStatus.CLASSIFIED, DocumentStatus.UNCLASSIFIED)
    assert record.ocr is True
    assert record.ocr_confidence is not None and record.ocr_confidence > 0.8
    assert record.document_date is not None and record.document_date.isoformat() == "2026-01-12"


def test_low_ocr_confidence_withholds_the_type(tmp_path: Path, clean_page):
    path = write_image(clean_page.image, tmp_path / "sk.png")
    strict = OPTIONS.model_copy(update={"ocr_min_confidence": 0.999})
    settings = DocumentSettings(root=tmp_path, evaluation_year=2026, extract=strict)

    record = read_document(path, {"path": path.name, "unit": "u", "size": path.stat().st_size}, settings)

    assert record.evidence_type is None
    assert record.status == DocumentStatus.UNCLASSIFIED
    assert record.error is not None and record.error.key == "document.ocr_low_confidence"
    assert record.ocr_confidence is not None and record.ocr_confidence < 0.999


def test_missing_engine_makes_scans_unreadable_with_the_reason(tmp_path: Path, clean_page):
    path = write_image(clean_page.image, tmp_path / "scan.png")
    missing = OPTIONS.model_copy(update={"tesseract_cmd": str(tmp_path / "no-such-tesseract")})

    with pytest.raises(OcrEngineMissing) as raised:
        extract_text(path, options=missing)
    assert "tesseract-ocr-ind" in raised.value.params["packages"]

    settings = DocumentSettings(root=tmp_path, evaluation_year=2026, extract=missing)
    record = read_document(path, {"path": path.name, "unit": "u", "size": path.stat().st_size}, settings)
    assert record.status == DocumentStatus.UNREADABLE
    assert record.error is not None and record.error.key == "document.ocr_unavailable"
    status = engine_status(missing.tesseract_cmd, missing.ocr_languages)
    assert not status.usable and status.warning() is not None
    assert "tesseract-ocr-ind" in status.warning().render()


def test_missing_language_model_is_reported():
    status = engine_status("tesseract", ("ind", "xyz"))
    assert not status.usable and status.missing_languages == ("xyz",)


def test_page_that_exceeds_its_budget_becomes_a_timeout(tmp_path: Path, clean_page):
    path = write_image(clean_page.image, tmp_path / "scan.png")
    hurried = OPTIONS.model_copy(update={"ocr_page_timeout_seconds": 0.01})
    with pytest.raises(ExtractionTimeout):
        extract_text(path, options=hurried)


def test_ocr_off_keeps_the_old_no_text_reason(tmp_path: Path, clean_page):
    path = write_image(clean_page.image, tmp_path / "scan.png")
    with pytest.raises(NoTextFound):
        extract_text(path, options=OPTIONS.model_copy(update={"ocr": False}))


def test_truncated_image_is_corrupt(tmp_path: Path, clean_page):
    path = write_image(clean_page.image, tmp_path / "scan.jpg")
    path.write_bytes(path.read_bytes()[:200])
    with pytest.raises(CorruptFile):
        extract_text(path, options=OPTIONS)


@pytest.mark.parametrize("angle", [-6.0, -1.5, 2.5, 9.0])
def test_deskew_levels_rotated_text(clean_page, angle):
    tilted = clean_page.image.rotate(angle, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    level, applied = deskew(tilted)
    assert applied == pytest.approx(-angle, abs=0.3)
    assert abs(estimate_skew(level)) <= 0.3


def test_parse_tsv_groups_lines_and_averages_confidence():
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        "5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t90\tKEPUTUSAN",
        "5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t70\tBUPATI",
        "4\t1\t1\t1\t2\t0\t0\t0\t1\t1\t-1\t",
        "5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t80\tSLEMAN",
    ]
    text, confidence, words = parse_tsv("\n".join([header, *rows]))
    assert text == "KEPUTUSAN BUPATI\nSLEMAN"
    assert confidence == pytest.approx(0.8) and words == 3


# A short letter: most of the page is empty, as on the last page of a decree.
SHORT_TEXT = "\n".join(
    (
        "PEMERINTAH KABUPATEN SLEMAN",
        "KEPUTUSAN KEPALA DINAS KESEHATAN NOMOR 800/123/2026",
        "TENTANG TIM PEMBANGUNAN ZONA INTEGRITAS",
        "Ditetapkan di Sleman pada tanggal 12 Januari 2026",
    )
)


@pytest.mark.parametrize("quarter_turns", [1, 2, 3])
def test_turned_pages_are_read_upright(tmp_path: Path, quarter_turns):
    # Short pages turned by 90° used to come back empty: their line height was measured
    # across the turned lines and the page shrunk to a quarter before Tesseract saw it.
    profile = ScanProfile("turned", quarter_turns=quarter_turns, skew_degrees=1.5, noise=6.0, jpeg_quality=80)
    page = scan_text(SHORT_TEXT, profile, seed=quarter_turns)[0]
    path = write_image(page.image, tmp_path / "turned.jpg")

    extracted = extract_text(path, options=OPTIONS)

    assert _cer(SHORT_TEXT, extracted.text) <= 0.05, extracted.text
    assert extracted.ocr_confidence is not None and extracted.ocr_confidence > 0.8


@pytest.mark.parametrize(("quarter_turns", "vertical"), [(0, False), (1, True), (2, False), (3, True)])
def test_line_direction_is_seen_and_turned_pages_keep_their_size(quarter_turns, vertical):
    page = render_text_pages(SHORT_TEXT, dpi=200)[0].image.rotate(90 * quarter_turns, expand=True)
    assert lines_run_vertically(page) is vertical
    prepared = prepare_page(page)
    assert prepared.height > prepared.width  # level again, portrait
    assert prepared.height >= 0.9 * max(page.size)  # not shrunk


def test_stamp_ink_is_lightened_but_text_under_it_stays_dark():
    white, black, red_stamp = (255, 255, 255), (0, 0, 0), (180, 105, 125)
    text_under_stamp = (100, 20, 40)
    row = [white, black, red_stamp, text_under_stamp] + [white] * 8 + [black] * 4
    image = Image.fromarray(np.array([row] * 16, dtype=np.uint8), "RGB")

    grey = np.asarray(drop_colour_ink(image))[0]

    assert grey[0] == 255 and grey[1] == 0
    assert grey[2] >= 175  # the stamp is now paper to Tesseract's binarisation
    assert grey[3] <= 100  # the text under it is still ink


def test_page_printed_in_colour_keeps_its_text():
    blue = (20, 40, 200)
    row = [blue] * 6 + [(255, 255, 255)] * 10
    image = Image.fromarray(np.array([row] * 16, dtype=np.uint8), "RGB")

    grey = np.asarray(to_grey(image))[0]

    assert grey[0] < 80  # luminance, not the bright blue channel


def test_stamped_page_reads_the_line_under_the_stamp(tmp_path: Path, clean_page):
    image = degrade_page(clean_page.image, PROFILES["stamped"], seed=4)
    path = write_image(image, tmp_path / "stamped.png")
    extracted = extract_text(path, options=OPTIONS)
    assert _cer(clean_page.text, extracted.text) <= 0.04, extracted.text
    assert "KEPALA DINAS KESEHATAN KABUPATEN SLEMAN" in _normalised(extracted.text)


def test_parse_osd_reads_the_turn():
    report = "Page number: 0\nOrientation in degrees: 270\nRotate: 90\nOrientation confidence: 26.18\n"
    assert parse_osd(report) == 90
    assert parse_osd("Too few characters. Skipping this page") is None


@pytest.mark.parametrize("quarter_turns", [1, 3])
def test_orientation_detection_names_the_clockwise_turn(clean_page, quarter_turns):
    turned = clean_page.image.rotate(90 * quarter_turns, expand=True)
    deadline = time.monotonic() + 30
    assert detect_rotation(turned, OPTIONS, deadline) == 90 * quarter_turns


@pytest.mark.parametrize(
    ("dpi", "font_size", "scale"), [(300, 11.0, 2 / 3), (200, 11.0, 1.0), (300, 6.0, 1.0)]
)
def test_fine_scans_are_read_at_200_dpi_unless_the_print_is_small(dpi, font_size, scale):
    page = render_text_pages(sample_text(), dpi=dpi, font_size=font_size)[0].image
    page.info["dpi"] = (dpi, dpi)
    prepared = prepare_page(page)
    assert prepared.width == pytest.approx(page.width * scale, rel=0.01)


def test_scanned_pdf_pages_carry_their_resolution_to_preparation(tmp_path: Path, clean_page):
    path = write_image_pdf([clean_page.image], tmp_path / "scan.pdf", dpi=200)
    document = pdfium.PdfDocument(path.read_bytes())
    try:
        image = _render(document, 0, 300, OPTIONS.max_image_pixels)
    finally:
        document.close()
    assert image.info["dpi"][0] == pytest.approx(200, rel=0.01)
    assert image.width == pytest.approx(clean_page.image.width, rel=0.01)


def test_small_print_of_a_200_dpi_scan_is_not_enlarged():
    page = render_text_pages(sample_text(), dpi=200, font_size=6.0)[0].image
    unlabelled = prepare_page(page)
    page.info["dpi"] = (200, 200)
    assert prepare_page(page).size == page.size
    assert unlabelled.width > page.width  # without a resolution, tiny lines are still enlarged


def test_parse_tsv_splits_a_line_at_a_column_gap():
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        "5\t1\t1\t1\t1\t1\t100\t677\t150\t30\t90\tMengetahui,",
        "5\t1\t1\t1\t1\t2\t900\t681\t100\t30\t90\tDepok,",
        "5\t1\t1\t1\t1\t3\t1010\t681\t40\t30\t90\t27",
        "5\t1\t1\t1\t1\t4\t1060\t681\t140\t30\t90\tOktober",
    ]
    text, _, words = parse_tsv("\n".join([header, *rows]))
    assert text == "Mengetahui,\nDepok, 27 Oktober" and words == 4


def test_parse_tsv_keeps_a_form_field_across_its_gap():
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        "5\t1\t1\t1\t1\t1\t100\t50\t110\t30\t90\tTanggal",
        "5\t1\t1\t1\t1\t2\t900\t50\t8\t20\t90\t:",
        "5\t1\t1\t1\t1\t3\t920\t50\t30\t30\t90\t4",
        "5\t1\t1\t1\t1\t4\t960\t50\t60\t30\t90\tJuli",
    ]
    assert parse_tsv("\n".join([header, *rows]))[0] == "Tanggal : 4 Juli"
