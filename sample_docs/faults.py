"""Deliberately broken files, made from real bytes.

The pipeline must survive what real evidence folders contain: a PDF cut off by a failed
upload, a password-protected PDF, an empty file, a Word file whose XML is damaged, a scan with
no text layer, a file with the wrong extension, a photo of a page. Each writer here produces
the genuine article (no mocks), deterministically.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import random
import zipfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from sample_docs.render.docx import ZIP_DATE, render_docx_bytes
from sample_docs.render.image import render_page_images
from sample_docs.render.pdf import render_pdf_bytes
from sample_docs.spec import DocumentSpec

log = logging.getLogger(__name__)

#: User password of :func:`write_encrypted_pdf` files, so tests can open them on purpose.
ENCRYPTED_PDF_PASSWORD = "rahasia2026"


def default_spec() -> DocumentSpec:
    """Return a fixed evidence document for writers called without one (a UPG recap)."""
    # Imported here: the templates package is heavy and only needed for this fallback.
    from sample_docs.templates import ALL_TEMPLATES
    from sample_docs.units import UNITS

    return ALL_TEMPLATES["laporan_gratifikasi.rekap_upg"](UNITS[0], dt.date(2026, 7, 3), random.Random(0))


def truncate_pdf_bytes(source_pdf_bytes: bytes, fraction: float = 0.45) -> bytes:
    """Cut a PDF in the middle, as an interrupted upload or copy does.

    The cut drops the cross-reference table and the trailer with its ``/Root`` reference;
    pdfium and pdfminer both refuse such a file ("Data format error", "Unexpected EOF").

    Args:
        source_pdf_bytes: A valid PDF.
        fraction: Where to cut, as a share of the length.

    Returns:
        The truncated bytes.

    """
    return source_pdf_bytes[: int(len(source_pdf_bytes) * fraction)]


def write_truncated_pdf(path: Path, source_pdf_bytes: bytes) -> None:
    """Write a PDF cut off in the middle (see :func:`truncate_pdf_bytes`)."""
    path.write_bytes(truncate_pdf_bytes(source_pdf_bytes))


def encrypted_pdf_bytes(spec: DocumentSpec | None = None, password: str = ENCRYPTED_PDF_PASSWORD) -> bytes:
    """Render a spec (by default :func:`default_spec`) as a password-protected PDF (128-bit)."""
    spec = spec or default_spec()
    encryption = StandardEncryption(password, ownerPassword=password + "-owner", canPrint=1, strength=128)
    return render_pdf_bytes(spec, encrypt=encryption)


def write_encrypted_pdf(
    path: Path, spec: DocumentSpec | None = None, password: str = ENCRYPTED_PDF_PASSWORD
) -> None:
    """Write a real password-protected PDF of ``spec``; it opens only with ``password``."""
    path.write_bytes(encrypted_pdf_bytes(spec, password))


def write_zero_byte(path: Path) -> None:
    """Write an empty file."""
    path.write_bytes(b"")


def corrupt_docx_bytes(source_docx_bytes: bytes | None = None, *, mode: str = "mangled_xml") -> bytes:
    """Return a broken DOCX.

    Args:
        source_docx_bytes: A valid DOCX to damage; by default :func:`default_spec` rendered.
        mode: ``"mangled_xml"`` keeps the package but cuts ``word/document.xml`` in half, so
            the XML does not parse; ``"not_docx"`` is a valid zip without any Office parts.

    Returns:
        The broken bytes.

    Raises:
        ValueError: For an unknown mode.

    """
    out = io.BytesIO()
    if mode == "not_docx":
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            info = zipfile.ZipInfo("catatan.txt", date_time=ZIP_DATE)
            dst.writestr(info, "Berkas ini bukan dokumen Word.\n")
        return out.getvalue()
    if mode != "mangled_xml":
        raise ValueError(f"unknown corrupt DOCX mode {mode!r}")
    if source_docx_bytes is None:
        source_docx_bytes = render_docx_bytes(default_spec())
    src = zipfile.ZipFile(io.BytesIO(source_docx_bytes))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(zipfile.ZipInfo(name, date_time=ZIP_DATE), data)
    return out.getvalue()


def write_corrupt_docx(
    path: Path, source_docx_bytes: bytes | None = None, *, mode: str = "mangled_xml"
) -> None:
    """Write a DOCX that Word and python-docx cannot open (see :func:`corrupt_docx_bytes`)."""
    path.write_bytes(corrupt_docx_bytes(source_docx_bytes, mode=mode))


def image_only_pdf_bytes(spec: DocumentSpec, *, dpi: int = 150, max_pages: int = 2) -> bytes:
    """Render ``spec`` to page images and wrap them in a PDF with no text layer."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    canvas.setAuthor("")
    canvas.setCreator("Scanner")
    for image in render_page_images(spec, dpi=dpi, max_pages=max_pages):
        canvas.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def write_image_only_pdf(path: Path, spec: DocumentSpec, *, dpi: int = 150) -> None:
    """Write a scanned-looking PDF of ``spec`` whose pages are images only."""
    path.write_bytes(image_only_pdf_bytes(spec, dpi=dpi))


def png_scan_bytes(spec: DocumentSpec, *, dpi: int = 120) -> bytes:
    """Return the first page of ``spec`` as a PNG image."""
    image = render_page_images(spec, dpi=dpi, max_pages=1)[0]
    buf = io.BytesIO()
    image.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def write_png_scan(path: Path, spec: DocumentSpec, *, dpi: int = 120) -> None:
    """Write the first page of ``spec`` as a PNG, like a phone photo of a printed page."""
    path.write_bytes(png_scan_bytes(spec, dpi=dpi))


def write_renamed(path: Path, real_bytes: bytes) -> None:
    """Write ``real_bytes`` under a name whose extension does not match (a DOCX saved as .pdf)."""
    path.write_bytes(real_bytes)


__all__ = [
    "ENCRYPTED_PDF_PASSWORD",
    "corrupt_docx_bytes",
    "encrypted_pdf_bytes",
    "image_only_pdf_bytes",
    "png_scan_bytes",
    "render_docx_bytes",
    "truncate_pdf_bytes",
    "write_corrupt_docx",
    "write_encrypted_pdf",
    "write_image_only_pdf",
    "write_png_scan",
    "write_renamed",
    "write_truncated_pdf",
    "write_zero_byte",
]
