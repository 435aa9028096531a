"""Hostile input cost: ``bukti scan`` of a hostile tree vs a clean tree of the same count.

The clean tree holds born-digital DOCX and PDF evidence (``bench/scan_speed.py``'s
generator). The hostile tree holds the same number of entries: half the same kind of clean
documents, half hostile ones cycling through every case at the default limits (truncated,
encrypted, zero-byte, damaged DOCX, password-protected DOCX, Word 97/Excel 97, wrong
extension, a 1 GB sparse "video", a 260 MB zip bomb, a 144-megapixel PNG bomb, a 600-page
PDF, pipes, sockets, links inside/outside/looping, names in Latin-1 bytes and with
``<script>``/``=``). It prints both wall times and their ratio (goal: <= 1.5).

    .venv/bin/python bench/hostile_scan.py [--docs 300] [--jobs N] [--in-process]
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from scan_speed import build_tree

from sample_docs import faults
from sample_docs.render.docx import render_docx_bytes
from sample_docs.render.pdf import render_pdf_bytes


def hostile_writers() -> list[tuple[str, Callable[[Path, bytes], None]]]:
    """(file name suffix, writer(path, unique tail)) for every hostile case at default limits."""
    spec = faults.default_spec()
    pdf, docx = render_pdf_bytes(spec), render_docx_bytes(spec)
    blobs = {
        "terpotong.pdf": faults.truncate_pdf_bytes(pdf),
        "sandi.pdf": faults.encrypted_pdf_bytes(spec),
        "rusak.docx": faults.corrupt_docx_bytes(docx),
        "sandi.docx": faults.encrypted_docx_bytes(),
        "word97.doc": faults.legacy_doc_bytes(),
        "excel97.xls": faults.legacy_xls_bytes(),
        "salah ekstensi.pdf": docx,
        "bom zip.docx": faults.zip_bomb_docx_bytes(260_000_000),
        "bom gambar.png": faults.png_bomb_bytes(12_000, 12_000),
        "600 halaman.pdf": faults.many_pages_pdf_bytes(600),
        "<img src=x onerror=alert(1)>.pdf": pdf,
        "=HYPERLINK(1).pdf": pdf,
    }
    writers: list[tuple[str, Callable[[Path, bytes], None]]] = [
        (name, lambda path, tail, data=data: path.write_bytes(data + tail)) for name, data in blobs.items()
    ]
    writers += [
        ("kosong.pdf", lambda path, tail: path.write_bytes(b"")),
        ("video.mp4", lambda path, tail: faults.write_sparse(path, 1 << 30)),
        ("pipa", lambda path, tail: os.mkfifo(path)),
        ("soket", lambda path, tail: socket.socket(socket.AF_UNIX).bind(str(path))),
        ("ke luar", lambda path, tail: os.symlink("/etc/passwd", path)),
        ("putar", lambda path, tail: os.symlink(path.name, path)),
        ("latin1", lambda path, tail: _latin1(path).write_bytes(pdf + tail)),
    ]
    return writers


def _latin1(path: Path) -> Path:
    return Path(os.fsdecode(os.fsencode(path) + b" \xe9t\xe9.pdf"))


def build_hostile(root: Path, count: int) -> None:
    """Half clean documents (same generator as the clean tree), half hostile entries."""
    build_tree(root, count - count // 2)
    writers = hostile_writers()
    for index in range(count // 2):
        name, write = writers[index % len(writers)]
        folder = root / f"Unit Rawan {index % 5}"
        folder.mkdir(parents=True, exist_ok=True)
        write(folder / f"{index:04d} {name}", f"\n%{index}".encode())


def timed(command: list[str]) -> float:
    """Wall seconds of a command that must succeed."""
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, text=True)
    return time.perf_counter() - start


def scan_in_process(root: Path, out: Path) -> float:
    """Wall seconds of the scan stages in this process (no Prefect start-up), reports included."""
    import datetime as dt

    from models.options import ScanOptions
    from pipeline import scan
    from pipeline.reports import write_reports

    start = time.perf_counter()
    options = ScanOptions(root=root, evaluation_year=2026, as_of=dt.date(2026, 11, 1))
    inventory = scan.discover_files(root, unit_depth=1)
    records = scan.process_batch(list(inventory.files), scan.DocumentSettings.from_options(options))
    report = scan.assemble_report(records, options, units=inventory.units, started=time.monotonic())
    write_reports(report, out)
    return time.perf_counter() - start


def main() -> None:
    """Build both trees, scan each twice (the first warms caches), print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--in-process", action="store_true", help="Time the scan stages, not the command.")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bukti-hostile-bench-"))
    try:
        clean, hostile = work / "clean", work / "hostile"
        build_tree(clean, args.docs)
        build_hostile(hostile, args.docs)
        bukti = str(Path(sys.executable).with_name("bukti"))
        jobs = ["--jobs", str(args.jobs)] if args.jobs else []

        def scan(root: Path) -> list[str]:
            return [
                bukti,
                "scan",
                str(root),
                "--year",
                "2026",
                "--as-of",
                "2026-11-01",
                "--out",
                str(work / f"out-{root.name}"),
                *jobs,
            ]

        if args.in_process:
            scan_in_process(clean, work / "warm")
            clean_s = scan_in_process(clean, work / "out-clean")
            hostile_s = scan_in_process(hostile, work / "out-hostile")
        else:
            timed(scan(clean))
            clean_s = timed(scan(clean))
            hostile_s = timed(scan(hostile))
        entries = sum(
            len(files) + len([d for d in dirs if os.path.islink(os.path.join(top, d))])
            for top, dirs, files in os.walk(hostile)
        )
        print(f"entries: clean {args.docs}, hostile {entries}")
        print(f"clean tree   : {clean_s:7.2f} s")
        print(f"hostile tree : {hostile_s:7.2f} s")
        print(f"ratio hostile/clean: {hostile_s / clean_s:5.2f}  (goal <= 1.5)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
