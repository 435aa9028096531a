"""Text from PDF files through pypdfium2.

pypdfium2 is used for every PDF: on our own born-digital documents it reads the same words
as pdfplumber in a fraction of the time (see ``bench/pdf_extractors.py``); pdfplumber's
layout analysis only pays off for table structure, which classification does not need.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from models.documents import ExtractedText, FileFormat
from models.errors import CorruptFile, EncryptedFile, NoTextFound
from models.options import ExtractOptions

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".pdf",)
EXTRACTOR_NAME = f"pypdfium2-{pdfium.version.PYPDFIUM_INFO.version}"
# A page with fewer visible characters than this is treated as having no text layer.
MIN_CHARS_PER_TEXT_PAGE = 16


def extract(path: Path, *, options: ExtractOptions) -> ExtractedText:
    """Read the text layer of every page of a PDF.

    Raises:
        EncryptedFile: the PDF needs a password.
        CorruptFile: PDFium cannot parse the file.
        NoTextFound: no page has a text layer (a scan).
    """
    data = path.read_bytes()
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        # PDFium reports the failure class as a code; the message text is not stable.
        if error.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedFile() from error
        raise CorruptFile(detail="PDF") from error
    try:
        page_count = len(document)
        pages = tuple(_page_text(document, index) for index in range(min(page_count, options.max_pages)))
    except pdfium.PdfiumError as error:
        raise CorruptFile(detail="PDF") from error
    finally:
        document.close()
    if not any(len(page.strip()) >= MIN_CHARS_PER_TEXT_PAGE for page in pages):
        raise NoTextFound()
    return ExtractedText(
        format=FileFormat.PDF, extractor=EXTRACTOR_NAME, pages=pages, page_count=page_count
    )


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
