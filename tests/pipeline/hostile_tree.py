"""A hostile evidence tree built from real bytes at test time, with what each entry must become.

Shared by ``test_hostile.py``, ``test_concurrent_scans.py`` and ``bench/hostile_scan.py``.
Each case is (relative path as bytes, expected message key or ``None`` for a readable file).
Small limits (:data:`TEST_LIMITS`) keep the bombs small enough to build in a second.
"""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Callable
from pathlib import Path

from models.options import ExtractOptions
from sample_docs import faults
from sample_docs.render.docx import render_docx_bytes
from sample_docs.render.pdf import render_pdf_bytes

# Limits small enough that every bomb below is cheap to build, yet each trips its limit.
TEST_LIMITS = ExtractOptions(
    max_file_bytes=50_000_000,
    max_pages=20,
    max_unpacked_bytes=16_000_000,
    max_image_pixels=20_000_000,
    timeout_seconds=60,
)

Writer = Callable[[Path], None]


def _bytes(data: bytes) -> Writer:
    return lambda path: path.write_bytes(data)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _socket(path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(os.fsdecode(path))


def _device(path: Path) -> None:
    # /dev/null's numbers; needs CAP_MKNOD (root). Falls back to a FIFO elsewhere.
    try:
        os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 3))
    except PermissionError:
        os.mkfifo(path)


def _symlink(target: str) -> Writer:
    return lambda path: os.symlink(target, path)


def hostile_cases() -> list[tuple[bytes, Writer, str | None]]:
    """Every hostile entry: path under the root (bytes), how to make it, its expected reason."""
    spec = faults.default_spec()
    pdf = render_pdf_bytes(spec)
    docx = render_docx_bytes(spec)
    return [
        # Readable files, some under names that attack the reports.
        (b"Dinas A/SK Tim ZI.pdf", _bytes(pdf), None),
        (b"Dinas A/laporan.docx", _bytes(docx), None),
        (b"Dinas A/<script>alert(1)</script>.docx", _bytes(docx + b"\x00" * 3), None),
        (b'Dinas A/=HYPERLINK("evil.example","klik").pdf', _bytes(pdf + b"\n%1"), None),
        (b"Dinas A/+SUM(1,2).pdf", _bytes(pdf + b"\n%2"), None),
        (b"Dinas A/-cmd.pdf", _bytes(pdf + b"\n%3"), None),
        (b"Dinas A/@foo.pdf", _bytes(pdf + b"\n%4"), None),
        (b"Dinas A/baris\nbaru\tdan tab.pdf", _bytes(pdf + b"\n%5"), None),
        (b"Dinas A/kontrol\x01\x1b.pdf", _bytes(pdf + b"\n%6"), None),
        ("Dinas A/Laporan Kegiatan \u00e9.pdf".encode(), _bytes(pdf + b"\n%7"), None),  # NFC
        ("Dinas A/Laporan Kegiatan e\u0301.pdf".encode(), _bytes(pdf + b"\n%8"), None),  # NFD
        (b"Dinas A/latin1 \xe9t\xe9.pdf", _bytes(pdf + b"\n%9"), None),  # not UTF-8
        (b"Dinas \xff\xfe/berkas.pdf", _bytes(pdf + b"\n%10"), None),  # unit not UTF-8
        (b"=1+1 Dinas/berkas.pdf", _bytes(pdf + b"\n%11"), None),  # a unit that reads as a formula
        # A DOCX saved with a .pdf extension is read by its bytes.
        (b"Dinas A/salah ekstensi.pdf", _bytes(docx + b"\x00" * 7), None),
        # Unreadable files, each with its reason.
        (b"Dinas B/kosong.pdf", faults.write_zero_byte, "document.empty"),
        (b"Dinas B/terpotong.pdf", lambda p: faults.write_truncated_pdf(p, pdf), "document.corrupt"),
        (b"Dinas B/sandi.pdf", faults.write_encrypted_pdf, "document.encrypted"),
        (b"Dinas B/rusak.docx", faults.write_corrupt_docx, "document.corrupt"),
        (b"Dinas B/sandi.docx", _bytes(faults.encrypted_docx_bytes()), "document.encrypted"),
        (b"Dinas B/word97.doc", _bytes(faults.legacy_doc_bytes()), "document.legacy_office"),
        (b"Dinas B/excel97.xls", _bytes(faults.legacy_xls_bytes()), "document.legacy_office"),
        (
            b"Dinas B/word97 bernama.pdf",
            _bytes(faults.legacy_doc_bytes() + b"\x01"),
            "document.legacy_office",
        ),
        (b"Dinas B/teks biasa.pdf", _bytes(b"bukan PDF, hanya teks\n" * 10), "document.unsupported"),
        (b"Dinas B/video.mp4", lambda p: faults.write_sparse(p, 1 << 30), "document.too_large"),
        (b"Dinas B/bom zip.docx", _bytes(faults.zip_bomb_docx_bytes(40_000_000)), "document.zip_bomb"),
        (b"Dinas B/bom gambar.png", _bytes(faults.png_bomb_bytes(8_000, 8_000)), "document.image_too_large"),
        (
            b"Dinas B/lampiran 30 halaman.pdf",
            _bytes(faults.many_pages_pdf_bytes(30)),
            "document.too_many_pages",
        ),
        # Entries that are not regular files: reported, never opened.
        (b"Dinas C/pipa", _fifo, "document.not_regular"),
        (b"Dinas C/soket", _socket, "document.not_regular"),
        (b"Dinas C/perangkat", _device, "document.not_regular"),
        (b"Dinas C/ke passwd", _symlink("/etc/passwd"), "document.link_outside"),
        (b"Dinas C/ke atas", _symlink("../.."), "document.link_outside"),
        (b"Dinas C/ke SK", _symlink("../Dinas A/SK Tim ZI.pdf"), "document.link_inside"),
        (b"Dinas C/ke folder", _symlink("../Dinas A"), "document.link_inside"),
        (b"Dinas C/putus", _symlink("tidak ada.pdf"), "document.link_broken"),
        (b"Dinas C/putar1", _symlink("putar2"), "document.link_broken"),
        (b"Dinas C/putar2", _symlink("putar1"), "document.link_broken"),
        (b"Dinas C/diri sendiri", _symlink("."), "document.link_inside"),
    ]


def build_hostile_tree(root: Path) -> dict[bytes, str | None]:
    """Write every hostile case under ``root``; return {relative path bytes: expected key}."""
    expected: dict[bytes, str | None] = {}
    broot = os.fsencode(root)
    for relative, write, key in hostile_cases():
        path = os.path.join(broot, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        write(Path(os.fsdecode(path)))
        expected[relative] = key
    # OS litter and hidden files may be skipped (the contract allows it).
    Path(os.fsdecode(os.path.join(broot, b"Dinas A/.~lock.x#"))).write_bytes(b"x")
    Path(os.fsdecode(os.path.join(broot, b"Dinas A/Thumbs.db"))).write_bytes(b"x")
    os.makedirs(os.path.join(broot, b"Dinas D (kosong)"), exist_ok=True)
    return expected
