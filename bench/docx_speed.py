"""DOCX extraction speed: ``extractors.docx.extract`` against python-docx's own API.

Renders ``--docs`` DOCX files from the evidence templates (as ``bench/scan_speed.py`` does,
DOCX only), then measures, in one process and on the same files, CPU milliseconds per file
for:

* ``open``: reading the file and ``docx.Document()`` on its bytes, nothing else (the floor);
* ``limits``: reading the file and the package-size check every extraction makes
  (``extractors.limits``), which the old walk paid too;
* ``plain loop``: ``Document()``, ``paragraph.text`` for body paragraphs and ``cell.text``
  over ``row.cells`` for body tables (the loop ``bench/scan_speed.py`` calls raw);
* ``old walk``: the extractor before the lxml walk: the same limits, then ``Paragraph.text``,
  ``_Row.cells`` and the header/footer walk through python-docx's API (the reference kept in
  ``tests/extractors/test_docx.py``);
* ``extract``: ``extractors.docx.extract`` (reads the file, checks limits, opens with
  python-docx, walks the XML with lxml).

Each method runs over all files ``--rounds`` times, methods interleaved; the best round is
reported, which keeps the figures steady on a shared machine. It also checks that old and new
give the same text for every file.

    .venv/bin/python bench/docx_speed.py [--docs 200] [--rounds 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import docx

from extractors.docx import extract
from extractors.limits import check_package_size, read_evidence_bytes
from models.options import ExtractOptions
from sample_docs.render import render_docx_bytes
from sample_docs.templates import TEMPLATES
from sample_docs.units import UNITS

sys.path.insert(1, str(Path(__file__).resolve().parents[1] / "tests" / "extractors"))
from test_docx import reference_extract  # noqa: E402 - the old walk lives with its test

OPTIONS = ExtractOptions()


def build_docx_files(root: Path, count: int, seed: int = 11) -> list[Path]:
    """Write ``count`` DOCX evidence documents, templates and units in rotation."""
    rng = random.Random(seed)
    templates = [fn for _, fns in sorted(TEMPLATES.items()) for fn in fns]
    paths = []
    for index in range(count):
        template = templates[index % len(templates)]
        date = dt.date(2026, 1, 2) + dt.timedelta(days=rng.randrange(280))
        spec = template(UNITS[index % 10], date, random.Random(seed * 100_003 + index))
        path = root / f"dokumen {index:05d}.docx"
        path.write_bytes(render_docx_bytes(spec))
        paths.append(path)
    return paths


def open_only(path: Path) -> None:
    docx.Document(io.BytesIO(path.read_bytes()))


def limits_only(path: Path) -> None:
    data = read_evidence_bytes(path, max_bytes=OPTIONS.max_file_bytes)
    check_package_size(data, max_unpacked=OPTIONS.max_unpacked_bytes, max_members=OPTIONS.max_archive_members)


def plain_loop(path: Path) -> None:
    document = docx.Document(io.BytesIO(path.read_bytes()))
    for paragraph in document.paragraphs:
        paragraph.text  # noqa: B018 - the property is what is measured
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                cell.text  # noqa: B018


def old_walk(path: Path) -> tuple[str, str]:
    return reference_extract(path.read_bytes(), OPTIONS)


def new_extract(path: Path) -> tuple[str, str]:
    extracted = extract(path, options=OPTIONS)
    return extracted.pages[0] or "", extracted.header_text


def cpu_ms_per_file(method: Callable[[Path], object], paths: list[Path]) -> float:
    start = time.process_time()
    for path in paths:
        method(path)
    return (time.process_time() - start) * 1000 / len(paths)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    methods = {
        "open": open_only,
        "limits": limits_only,
        "plain loop": plain_loop,
        "old walk": old_walk,
        "extract": new_extract,
    }
    with tempfile.TemporaryDirectory(prefix="bukti-docx-speed-") as tmp:
        paths = build_docx_files(Path(tmp), args.docs)
        mismatched = [p.name for p in paths if old_walk(p) != new_extract(p)]
        best = {name: float("inf") for name in methods}
        # Both open and limits read the file; add one read back when subtracting both.
        read_ms = min(cpu_ms_per_file(lambda path: path.read_bytes(), paths) for _ in range(args.rounds))
        for _ in range(args.rounds):
            for name, method in methods.items():
                best[name] = min(best[name], cpu_ms_per_file(method, paths))
    print(f"{args.docs} DOCX files, best of {args.rounds} rounds, CPU ms per file")
    for name, ms in best.items():
        print(f"  {name:<11} {ms:6.2f}")
    print(f"  old walk / extract: {best['old walk'] / best['extract']:.2f}x")
    walk = best["extract"] - best["open"] - best["limits"] + read_ms
    old_walk_ms = best["old walk"] - best["open"] - best["limits"] + read_ms
    print(f"  walk alone (extract - open - limits): {walk:.2f} ms, before {old_walk_ms:.2f} ms")
    print(f"  text identical for {len(paths) - len(mismatched)}/{len(paths)} files")
    if mismatched:
        sys.exit(f"text differs: {', '.join(mismatched[:10])}")


if __name__ == "__main__":
    main()
