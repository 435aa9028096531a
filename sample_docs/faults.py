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
import struct
import zipfile
import zlib
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


# --- Hostile files (issue 8): bombs, legacy Office containers, odd entries -----------------


def zip_bomb_docx_bytes(unpacked_bytes: int = 300 * 1024 * 1024, *, lying: bool = False) -> bytes:
    """Return a real DOCX with an extra part of ``unpacked_bytes`` zeros (deflates ~1000:1).

    Args:
        unpacked_bytes: How large the extra part is once inflated.
        lying: Rewrite the part's sizes in the central directory to 1 KiB, as a crafted
            bomb does to slip past a check of the declared sizes.

    Returns:
        The package's bytes (about ``unpacked_bytes / 1000``).

    """
    source = render_docx_bytes(default_spec())
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            dst.writestr(zipfile.ZipInfo(name, date_time=ZIP_DATE), src.read(name))
        info = zipfile.ZipInfo("word/media/image1.bin", date_time=ZIP_DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        with dst.open(info, "w", force_zip64=unpacked_bytes > 0x7FFFFFFF) as part:
            block = bytes(1 << 20)
            remaining = unpacked_bytes
            while remaining > 0:
                part.write(block[: min(remaining, len(block))])
                remaining -= len(block)
    data = bytearray(out.getvalue())
    if lying:
        _shrink_declared_size(data, b"word/media/image1.bin", 1024)
    return bytes(data)


def _shrink_declared_size(data: bytearray, name: bytes, size: int) -> None:
    """Overwrite the uncompressed size of ``name`` in its central directory entry."""
    entry = data.rfind(b"PK\x01\x02")
    while entry != -1:
        name_length = struct.unpack_from("<H", data, entry + 28)[0]
        if data[entry + 46 : entry + 46 + name_length] == name:
            struct.pack_into("<I", data, entry + 24, size)
            return
        entry = data.rfind(b"PK\x01\x02", 0, entry)
    raise ValueError(f"{name!r} not in the central directory")


def png_bomb_bytes(width: int = 30_000, height: int = 30_000) -> bytes:
    """Return a genuine 1-bit PNG of ``width`` x ``height`` white pixels, a few hundred KB.

    Decoded it needs ``width * height`` bytes or more (900 MB by default): a decompression
    bomb. The rows are compressed as a stream, so writing it needs little memory.
    """

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    row = b"\x00" + b"\xff" * ((width + 7) // 8)  # filter byte 0, then the bits
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(row) for _ in range(height)]
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    signature = b"\x89PNG\r\n\x1a\n"
    return signature + chunk(b"IHDR", header) + chunk(b"IDAT", b"".join(parts)) + chunk(b"IEND", b"")


def many_pages_pdf_bytes(pages: int) -> bytes:
    """Return a born-digital PDF of ``pages`` short pages (for the page limit)."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    for number in range(1, pages + 1):
        canvas.drawString(72, 770, f"Lampiran laporan kegiatan, halaman {number} dari {pages}.")
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def huge_page_pdf_bytes(inches: int = 200) -> bytes:
    """Return a PDF whose only page is ``inches`` square and has no text (a render bomb)."""
    buf = io.BytesIO()
    side = inches * 72
    canvas = Canvas(buf, pagesize=(side, side), invariant=1)
    canvas.rect(side / 4, side / 4, side / 2, side / 2, fill=1)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


_CFB_FREE, _CFB_END, _CFB_FAT, _CFB_NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def ole_bytes(streams: dict[str, bytes]) -> bytes:
    """Write an OLE compound file (MS-CFB version 3, 512-byte sectors) holding ``streams``.

    This is the container of Word 97-2003 (``WordDocument`` stream), Excel 97-2003
    (``Workbook``) and password-protected DOCX/XLSX (``EncryptedInfo`` and
    ``EncryptedPackage``). Streams are padded to 4096 bytes so they live in normal sectors
    (no mini stream). The layout is: header, one FAT sector, one directory sector (at most
    three streams), then the streams.

    Raises:
        ValueError: more than three streams.

    """
    if len(streams) > 3:
        raise ValueError("at most three streams fit in one directory sector")
    sector = 512
    bodies = [data.ljust(max(4096, -(-len(data) // sector) * sector), b"\x00") for data in streams.values()]
    fat = [_CFB_FAT, _CFB_END]  # sector 0: the FAT itself; sector 1: the directory
    starts = []
    for body in bodies:
        first = len(fat)
        count = len(body) // sector
        starts.append(first)
        fat.extend(range(first + 1, first + count))
        fat.append(_CFB_END)
    if len(fat) > sector // 4:
        raise ValueError("streams too large for one FAT sector")
    fat_sector = struct.pack(f"<{sector // 4}I", *(fat + [_CFB_FREE] * (sector // 4 - len(fat))))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = (name + "\x00").encode("utf-16-le")
        return (
            encoded.ljust(64, b"\x00")
            + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", _CFB_NONE, right, child)
            + bytes(16 + 4 + 8 + 8)
            + struct.pack("<IQ", start, size)
        )

    names = list(streams)
    directory = entry("Root Entry", 5, 1 if names else _CFB_NONE, _CFB_NONE, _CFB_END, 0)
    for index, name in enumerate(names):
        right = index + 2 if index + 1 < len(names) else _CFB_NONE
        directory += entry(name, 2, _CFB_NONE, right, starts[index], len(streams[name]))
    directory = directory.ljust(sector, b"\x00")
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, _CFB_END, 0, _CFB_END, 0)
        + struct.pack("<109I", 0, *([_CFB_FREE] * 108))
    )
    return header + fat_sector + directory + b"".join(bodies)


def legacy_doc_bytes() -> bytes:
    """Return an OLE container shaped like a Word 97-2003 .doc (``WordDocument`` stream)."""
    return ole_bytes({"WordDocument": b"\xec\xa5" + bytes(510), "1Table": bytes(512)})


def legacy_xls_bytes() -> bytes:
    """Return an OLE container shaped like an Excel 97-2003 .xls (``Workbook`` stream)."""
    return ole_bytes({"Workbook": b"\x09\x08" + bytes(510)})


def encrypted_docx_bytes() -> bytes:
    """Return an OLE container shaped like a password-protected DOCX (Office agile encryption)."""
    info = struct.pack("<HHI", 4, 4, 0x40) + b'<?xml version="1.0"?><encryption/>'
    return ole_bytes({"EncryptedInfo": info, "EncryptedPackage": struct.pack("<Q", 4096) + bytes(4096)})


def write_sparse(path: Path, size: int, head: bytes = b"\x00\x00\x00\x18ftypmp42") -> None:
    """Write a file of ``size`` bytes that takes no disk space (a 1 GB 'video')."""
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(size)
