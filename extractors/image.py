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
from models.documents import ExtractedText, FileFormat
from models.errors import CorruptFile, NoTextFound, OcrNoText
from models.options import ExtractOptions

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".webp")
# A page photographed at 200 megapixels is not a document; refuse rather than exhaust memory.
MAX_PIXELS = 200_000_000


def extract(path: Path, *, options: ExtractOptions) -> ExtractedText:
    """Read the text of every frame of an image file with OCR.

    Raises:
        NoTextFound: OCR is switched off.
        OcrEngineMissing: Tesseract or a language model is not installed.
        CorruptFile: the image cannot be decoded.
        ExtractionTimeout: every page ran out of its OCR time budget.
        OcrNoText: OCR found no text.

    """
    if not options.ocr:
        raise NoTextFound()
    engine = ocr.require_engine(options)
    try:
        with warnings.catch_warnings():
            # Pillow warns before it refuses; the limit below is ours.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with path.open("rb") as handle, Image.open(handle) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise CorruptFile(detail=f"{image.width}x{image.height} px")
                page_count = getattr(image, "n_frames", 1)
                frames = ocr.iter_frames(image, min(options.max_pages, options.ocr_max_pages))
                results = ocr.recognise_pages(frames, options=options)
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError, EOFError) as error:
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
