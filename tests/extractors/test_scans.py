"""The scan and photo generator: deterministic, known ground truth, every degradation applied."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from sample_docs.scans import (
    PROFILES,
    degrade,
    render_text_pages,
    sample_text,
    scan_text,
    write_image,
    write_image_pdf,
    write_tiff,
)


@pytest.fixture(scope="module")
def page():
    return render_text_pages(sample_text(), dpi=100)[0]


def test_pages_are_a4_at_the_requested_resolution_and_keep_their_text(page):
    assert page.image.size == (827, 1169)
    assert "Ditetapkan di Sleman pada tanggal 12 Januari 2026" in page.text


def test_long_text_wraps_and_paginates_without_losing_words():
    text = " ".join(f"kata{n}" for n in range(900))
    pages = render_text_pages(text, dpi=100)
    assert len(pages) >= 2
    assert " ".join(p.text for p in pages).split() == text.split()


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_degradation_is_deterministic_and_changes_the_page(page, name):
    first = degrade(page.image, PROFILES[name], seed=11, dpi=100)
    again = degrade(page.image, PROFILES[name], seed=11, dpi=100)
    other = degrade(page.image, PROFILES[name], seed=12, dpi=100)
    assert np.array_equal(np.asarray(first), np.asarray(again))
    if name != "clean":
        assert not np.array_equal(np.asarray(first.convert("L")), np.asarray(page.image))
    if PROFILES[name].noise:
        assert not np.array_equal(np.asarray(first), np.asarray(other))


def test_quarter_turns_swap_width_and_height(page):
    rotated = degrade(page.image, PROFILES["rotated"], seed=1, dpi=100)
    assert rotated.width > rotated.height


def test_photo_puts_the_page_on_a_darker_background(page):
    photo = np.asarray(degrade(page.image, PROFILES["photo"], seed=1, dpi=100).convert("L"))
    assert photo[:5, :5].mean() < 150 < photo[photo.shape[0] // 2, photo.shape[1] // 4]


def test_stamp_adds_coloured_ink(page):
    stamped = np.asarray(degrade(page.image, PROFILES["stamped"], seed=1, dpi=100)).astype(int)
    chroma = stamped.max(axis=2) - stamped.min(axis=2)
    assert (chroma > 30).sum() > 500


def test_writers_produce_files_that_open(tmp_path: Path):
    pages = scan_text(sample_text() + "\n" + "baris\n" * 60, "noisy", seed=2, dpi=100)
    images = [p.image for p in pages]
    pdf = write_image_pdf(images, tmp_path / "scan.pdf", dpi=100)
    tiff = write_tiff(images, tmp_path / "scan.tiff", dpi=100)
    jpeg = write_image(images[0], tmp_path / "scan.jpg")
    assert pdf.read_bytes().startswith(b"%PDF-")
    with Image.open(tiff) as multi:
        assert multi.n_frames == len(images) == 2
    with Image.open(jpeg) as single:
        assert single.format == "JPEG"
