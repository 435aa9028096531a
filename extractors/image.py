"""Images of documents (scans, phone photos), read with OCR: JPEG, PNG, TIFF, BMP and more.

Every frame of a multi-page TIFF is one page. Pages are prepared (EXIF rotation, photo
cropping, skew, resolution) and read by :mod:`extractors.ocr` in parallel.
"""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from extractors import ocr
from extractors.limits import open_evidence
from models.documents import ExtractedText, FileFormat
from models.errors import CorruptFile, ImageTooLarge, NoTextFound, OcrNoText, TooManyPages
from models.options import ExtractOptions

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".webp")


def extract(path: Path, *, options: ExtractOptions) -> ExtractedText:
    """Read the text of every frame of an image file with OCR.

    Raises:
        NoTextFound: OCR is switched off.
        OcrEngineMissing: Tesseract or a language model is not installed.
        CorruptFile: the image cannot be decoded.
        ImageTooLarge: the image has more than ``options.max_image_pixels`` pixels.
        TooManyPages: a multi-page TIFF has more than ``options.max_pages`` frames.
        ExtractionTimeout: every page ran out of its OCR time budget.
        OcrNoText: OCR found no text.

    """
    if not options.ocr:
        raise NoTextFound()
    engine = ocr.require_engine(options)
    # Pillow's own bomb guard refuses at twice this; ours below refuses at once, exactly.
    Image.MAX_IMAGE_PIXELS = options.max_image_pixels
    try:
        with warnings.catch_warnings():
            # Pillow warns before it refuses; the limit below is ours.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with open_evidence(path, max_bytes=options.max_file_bytes) as handle, Image.open(handle) as image:
                # Image.open reads only the header: refuse a bomb before any pixel is decoded.
                _check_pixels(image.width * image.height, options.max_image_pixels)
                page_count = getattr(image, "n_frames", 1)
                if page_count > options.max_pages:
                    raise TooManyPages(pages=page_count, limit=options.max_pages)
                frames = ocr.iter_frames(image, min(options.max_pages, options.ocr_max_pages))
                results = ocr.recognise_pages(frames, options=options)
    except Image.DecompressionBombError as error:
        # Pillow's own guard (at twice Image.MAX_IMAGE_PIXELS) fired before ours could.
        raise ImageTooLarge(
            pixels=f"> {2 * (Image.MAX_IMAGE_PIXELS or 0) / 1e6:.0f}",
            limit=f"{options.max_image_pixels / 1e6:.0f}",
        ) from error
    except (UnidentifiedImageError, OSError, ValueError, EOFError) as error:
        raise CorruptFile(detail="image") from error
    pages, read, confidence, failed = ocr.combine_pages(results, min(page_count, len(results) or 1))
    if not read:
        raise ocr.first_error(results) or OcrNoText()
    if not any(page.strip() for page in pages):
        raise OcrNoText()
    return ExtractedText(
        format=FileFormat.IMAGE,
        extractor=f"{ocr.ENGINE_NAME} {engine.version}",
        pages=pages,
        page_count=page_count,
        ocr_pages=read,
        ocr_confidence=confidence,
        ocr_failed_pages=failed,
    )


def _check_pixels(pixels: int, limit: int) -> None:
    """Refuse an image of more than ``limit`` pixels (a photo of a page has tens of millions)."""
    if pixels > limit:
        raise ImageTooLarge(pixels=f"{pixels / 1e6:.0f}", limit=f"{limit / 1e6:.0f}")
