"""Text from PDF files through pypdfium2, with OCR for pages that have no text layer.

pypdfium2 is used for every PDF: on our own born-digital documents it reads the same words
as pdfplumber in a fraction of the time (see ``bench/pdf_extractors.py``); pdfplumber's
layout analysis only pays off for table structure, which classification does not need.

A page whose text layer has fewer than :data:`MIN_CHARS_PER_TEXT_PAGE` visible characters
is a scanned page when it holds an image or drawing: it is rendered at ``options.ocr_dpi`` and
read by :mod:`extractors.ocr`. A blank page, or one with a few words and nothing else, is not.
A mixed PDF (a typed decree with a scanned signature page) has only its scanned pages OCR'd.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from extractors import ocr
from extractors.limits import read_evidence_bytes
from models.documents import ExtractedText, FileFormat
from models.errors import CorruptFile, EncryptedFile, NoTextFound, OcrEngineMissing, OcrNoText, TooManyPages
from models.options import ExtractOptions

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".pdf",)
EXTRACTOR_NAME = f"pypdfium2-{pdfium.version.PYPDFIUM_INFO.version}"
# A page with fewer visible characters than this is treated as having no text layer.
MIN_CHARS_PER_TEXT_PAGE = 16


def extract(path: Path, *, options: ExtractOptions) -> ExtractedText:
    """Read the text layer of every page of a PDF.

    Raises:
        FileTooLarge: the file is over ``options.max_file_bytes``.
        TooManyPages: the PDF has more than ``options.max_pages`` pages.
        EncryptedFile: the PDF needs a password.
        CorruptFile: PDFium cannot parse the file.
        NoTextFound: no page has a text layer, and OCR is off or no page holds anything to OCR.
        OcrEngineMissing: no page has a text layer and Tesseract is not installed.
        ExtractionTimeout: every scanned page ran out of its OCR time budget.
        OcrNoText: no page has a text layer and OCR found no text.

    """
    data = read_evidence_bytes(path, max_bytes=options.max_file_bytes)
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        # PDFium reports the failure class as a code; the message text is not stable.
        if error.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedFile() from error
        raise CorruptFile(detail="PDF") from error
    try:
        page_count = len(document)
        if page_count > options.max_pages:
            raise TooManyPages(pages=page_count, limit=options.max_pages)
        pages = tuple(_page_text(document, index) for index in range(page_count))
        scanned = [
            index
            for index, page in enumerate(pages)
            if not has_text_layer(page) and _has_marks_besides_text(document, index)
        ]
        if not scanned:
            if not any(has_text_layer(page) for page in pages):
                raise NoTextFound()  # blank pages, or a few words and nothing else
            return _text_only(pages, page_count)
        return _with_ocr(document, pages, scanned, page_count, options)
    except pdfium.PdfiumError as error:
        raise CorruptFile(detail="PDF") from error
    finally:
        document.close()


def _text_only(pages: tuple[str, ...], page_count: int) -> ExtractedText:
    return ExtractedText(format=FileFormat.PDF, extractor=EXTRACTOR_NAME, pages=pages, page_count=page_count)


def has_text_layer(page_text: str) -> bool:
    """Whether a page's text layer holds enough visible characters to be read as is."""
    return len("".join(page_text.split())) >= MIN_CHARS_PER_TEXT_PAGE


def _with_ocr(
    document: pdfium.PdfDocument,
    pages: tuple[str, ...],
    scanned: list[int],
    page_count: int,
    options: ExtractOptions,
) -> ExtractedText:
    """OCR the scanned pages and merge them with the pages that have a text layer."""
    has_text = len(scanned) < len(pages)
    if not options.ocr:
        if not has_text:
            raise NoTextFound()
        return _text_only(pages, page_count)
    try:
        engine = ocr.require_engine(options)
    except OcrEngineMissing:
        if not has_text:
            raise
        # The typed pages still count; the scanned ones stay empty.
        log.info("OCR unavailable; reading only the text pages of a mixed PDF")
        return _text_only(pages, page_count)
    to_read = scanned[: options.ocr_max_pages]
    max_pixels = options.max_image_pixels
    images = ((index, _render(document, index, options.ocr_dpi, max_pixels)) for index in to_read)
    results = ocr.recognise_pages(images, options=options)
    known = {index: text for index, text in enumerate(pages) if index not in results}
    merged, read, confidence, failed = ocr.combine_pages(results, len(pages), known)
    if not read and not has_text:
        raise ocr.first_error(results) or OcrNoText()
    if not any(has_text_layer(page) for page in merged):
        raise OcrNoText()
    return ExtractedText(
        format=FileFormat.PDF,
        extractor=f"{EXTRACTOR_NAME}+{ocr.ENGINE_NAME} {engine.version}",
        pages=merged,
        page_count=page_count,
        ocr_pages=read,
        ocr_confidence=confidence,
        ocr_failed_pages=failed,
    )


def _render(document: pdfium.PdfDocument, index: int, dpi: int, max_pixels: int) -> Image.Image:
    """Render one page in grey levels for OCR, in at most ``max_pixels`` pixels.

    A page box of a hundred inches would otherwise render to gigapixels (a decompression
    bomb by page size); such a page is rendered at the resolution that fits the limit.
    Called from one thread only: PDFium is not thread-safe.
    """
    page = document[index]
    try:
        scale = _scan_resolution(page, dpi) / 72
        width, height = page.get_size()
        if width * height * scale * scale > max_pixels:
            scale = (max_pixels / max(width * height, 1.0)) ** 0.5
        image = page.render(scale=scale, grayscale=True).to_pil()
        # The resolution travels with the image, so preparation can bring fine scans down.
        image.info["dpi"] = (scale * 72, scale * 72)
        return image
    finally:
        page.close()


def _scan_resolution(page: pdfium.PdfPage, max_dpi: int) -> float:
    """Return the resolution of the page's largest embedded image, capped at ``max_dpi``.

    Rendering a 200-dpi scan at 300 dpi only magnifies its noise: Tesseract's mean word
    confidence on our noisy scans fell from 0.92 to 0.70 (``bench/ocr_eval.py``).
    """
    best = 0.0
    for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, _, right, _ = image.get_bounds()
        width_px, _ = image.get_px_size()
        if right - left > 72:  # ignore logos and signatures smaller than an inch
            best = max(best, width_px / ((right - left) / 72))
    return min(float(max_dpi), best) if best >= 100 else float(max_dpi)


def _has_marks_besides_text(document: pdfium.PdfDocument, index: int) -> bool:
    """Whether a page holds anything but text objects: an image, drawing or form to OCR.

    A page with a short text layer and nothing else (a blank page, the last lines of a
    letter: '3. Arsip') has nothing more to read; OCR would only read the same few words.
    """
    page = document[index]
    try:
        return any(obj.type != pdfium_c.FPDF_PAGEOBJ_TEXT for obj in page.get_objects(max_depth=1))
    finally:
        page.close()


def _page_text(document: pdfium.PdfDocument, index: int) -> str:
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            # PDFium ends lines with CRLF; normalise so line-based rules see plain '\n'.
            return textpage.get_text_bounded().replace("\r\n", "\n").replace("\r", "\n")
        finally:
            textpage.close()
    finally:
        page.close()
