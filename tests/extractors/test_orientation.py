"""The upside-down test before Tesseract, on generated scans of our own documents.

The profiles and documents are those of ``bench/ocr_eval.py --orientation``; the documents
picked here are the ones whose scores came closest to the threshold there.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PIL import Image

from extractors.imageprep import is_upside_down, level_page, orientation_score, prepare_turned_page
from extractors.ocr import recognise_image
from models.options import ExtractOptions
from sample_docs.scans import PROFILES, ScanProfile, degrade, render_text_pages, scan_text
from sample_docs.spec import plain_text
from sample_docs.templates import ALL_TEMPLATES
from sample_docs.units import UNITS

pytestmark = pytest.mark.ocr

OPTIONS = ExtractOptions(page_workers=1)
TEMPLATE_IDS = ("maklumat_pelayanan.maklumat_janji", "reward_pegawai.sk_pegawai_teladan")
ROTATED_270 = ScanProfile("rotated_270", quarter_turns=3, skew_degrees=2.0, noise=6.0, jpeg_quality=80)
# Levelled by imageprep.turn_level (always the same quarter turn): is the page then upside down?
CASES = [
    ("clean", PROFILES["clean"], False),
    ("noisy", PROFILES["noisy"], False),
    ("rotated", PROFILES["rotated"], False),
    ("stamped", PROFILES["stamped"], False),
    ("photo", PROFILES["photo"], False),
    ("upside_down", PROFILES["upside_down"], True),
    ("rotated_270", ROTATED_270, True),
]


def _first_page(template_id: str) -> Image.Image:
    spec = ALL_TEMPLATES[template_id](UNITS[0], dt.date(2026, 3, 14), random.Random(5))
    return render_text_pages(plain_text(spec), dpi=200)[0].image


@pytest.fixture(scope="module")
def pages() -> dict[str, Image.Image]:
    return {template_id: _first_page(template_id) for template_id in TEMPLATE_IDS}


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
@pytest.mark.parametrize(("profile", "upside_down"), [case[1:] for case in CASES], ids=[c[0] for c in CASES])
def test_upside_down_test_turns_only_upside_down_pages(pages, template_id, profile, upside_down):
    level, _ = level_page(degrade(pages[template_id], profile, seed=11))

    score, voters = orientation_score(level)

    assert voters >= 5
    assert is_upside_down(level) is upside_down, score
    # The verdict is the page's, not the scan's: the same page turned round gets the other one.
    assert is_upside_down(level.transpose(Image.Transpose.ROTATE_180)) is not upside_down


def test_page_without_text_lines_is_left_alone():
    blank = Image.new("L", (1654, 2339), 255)
    assert orientation_score(blank) == (0.0, 0)
    assert prepare_turned_page(blank)[1] == 0


def test_blank_page_is_read_once():
    speck = Image.new("L", (1654, 2339), 255)
    speck.paste(0, (800, 1100, 812, 1108))  # a speck of dust, no text
    result = recognise_image(speck, options=OPTIONS)
    assert result.words == 0 and result.passes == 1


@pytest.mark.parametrize(
    ("profile", "rotation"), [(PROFILES["clean"], 0), (PROFILES["upside_down"], 180), (ROTATED_270, 90)]
)
def test_turned_page_is_read_in_one_pass(pages, profile, rotation):
    page = pages[TEMPLATE_IDS[1]]

    result = recognise_image(degrade(page, profile, seed=3), options=OPTIONS)

    assert result.passes == 1
    assert result.rotation == rotation
    assert result.confidence is not None and result.confidence > 0.85
    assert "Ditetapkan di" in result.text or "NIP" in result.text


def test_page_too_short_to_tell_is_still_read_upright_on_the_second_pass():
    # Two lines are too few for the test; the low-confidence retry turns the page instead.
    text = "KEPUTUSAN KEPALA DINAS KESEHATAN\nDitetapkan di Sleman pada tanggal 12 Januari 2026"
    page = scan_text(text, "upside_down", seed=2, dpi=200)[0].image

    result = recognise_image(page, options=OPTIONS)

    assert result.rotation == 180
    assert result.passes == 2
    assert "Ditetapkan di Sleman" in result.text
