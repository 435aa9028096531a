"""Scan speed: ``bukti scan`` against a plain text-extraction loop over the same files.

Builds a tree of born-digital documents (DOCX and PDF from the committed generator, spread
over units), then measures in one run, on the same machine and files:

* ``raw``: a fresh Python process that reads every file with pypdfium2 / python-docx and
  nothing else (the floor any scanner pays);
* ``scan``: the real ``bukti scan`` command (Prefect engine start-up, detection, hashing,
  classification, dates, coverage and the three reports), wall time including start-up.

It prints documents per second for both and the ratio scan/raw (goal: <= 2.0), and, to show
where the time goes, a scan of an empty tree (the fixed start-up: imports, the temporary
Prefect API, reports) and the ratio of what remains, (scan - start-up)/raw. Last, the same
scan and start-up when a Prefect server is already running (``PREFECT_API_URL`` set, as an
administrator's nightly set-up has it), which leaves out booting the temporary API.

    .venv/bin/python bench/scan_speed.py [--docs 1000] [--jobs N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from flows.local_api import LocalPrefectApi
from sample_docs.render import render_bytes
from sample_docs.templates import TEMPLATES
from sample_docs.units import UNITS

RAW_LOOP = r"""
import sys
from pathlib import Path
import docx, pypdfium2
chars = 0
for path in sorted(Path(sys.argv[1]).rglob("*")):
    if path.suffix == ".pdf":
        pdf = pypdfium2.PdfDocument(path.read_bytes())
        for page in pdf:
            chars += len(page.get_textpage().get_text_bounded())
        pdf.close()
    elif path.suffix == ".docx":
        document = docx.Document(str(path))
        chars += sum(len(p.text) for p in document.paragraphs)
        for table in document.tables:
            for row in table.rows:
                chars += sum(len(c.text) for c in row.cells)
print(chars)
"""


def build_tree(root: Path, count: int, seed: int = 11) -> None:
    """Write ``count`` evidence documents over 10 units, half DOCX, half PDF."""
    rng = random.Random(seed)
    templates = [fn for slug, fns in sorted(TEMPLATES.items()) for fn in fns]
    units = UNITS[:10]
    for index in range(count):
        unit = units[index % len(units)]
        template = templates[index % len(templates)]
        date = dt.date(2026, 1, 2) + dt.timedelta(days=rng.randrange(280))
        spec = template(unit, date, random.Random(seed * 100_003 + index))
        fmt = "docx" if index % 2 else "pdf"
        folder = root / unit.name / f"area {index % 6 + 1}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"dokumen {index:05d}.{fmt}").write_bytes(render_bytes(spec, fmt))


def timed(command: list[str], env: dict[str, str] | None = None) -> float:
    """Wall seconds of a command that must succeed."""
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    return time.perf_counter() - start


def main() -> None:
    """Build the tree, time both, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="Build/keep the tree here.")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bukti-bench-"))
    root = args.keep or work / "evidence"
    if not root.exists() or not any(root.iterdir()):
        started = time.perf_counter()
        build_tree(root, args.docs)
        print(f"built {args.docs} documents in {time.perf_counter() - started:.1f}s under {root}")
    files = [p for p in root.rglob("*") if p.is_file()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    bukti = str(Path(sys.executable).with_name("bukti"))

    def scan(run: str, tree: Path = root) -> list[str]:
        # A fresh output folder and state store per run: every timed scan is a cold scan.
        command = [bukti, "scan", str(tree), "--year", "2026", "--as-of", "2026-11-01",
                   "--out", str(work / run), "--state", str(work / f"{run}.sqlite")]  # fmt: skip
        return command + (["--jobs", str(args.jobs)] if args.jobs else [])

    # Warm the file cache and Prefect's database once so neither run pays a first-time cost.
    timed([sys.executable, "-c", RAW_LOOP, str(root)])
    timed(scan("warm-up"))
    empty = work / "empty"
    (empty / "unit").mkdir(parents=True)
    raw = timed([sys.executable, "-c", RAW_LOOP, str(root)])
    full = timed(scan("measured"))
    startup = timed(scan("empty", empty))
    print(f"files: {len(files)} ({size_mb:.1f} MB)")
    print(f"raw extraction loop : {raw:7.2f} s  {len(files) / raw:7.1f} docs/s")
    print(f"bukti scan          : {full:7.2f} s  {len(files) / full:7.1f} docs/s")
    print(f"ratio scan/raw      : {full / raw:7.2f}  (goal <= 2.0)")
    print(f"start-up (empty tree): {startup:6.2f} s")
    print(f"(scan - start-up)/raw: {(full - startup) / raw:6.2f}")
    # The same scan when a Prefect server already runs (an administrator's PREFECT_API_URL,
    # as nightly runs have): no temporary server to boot.
    server = LocalPrefectApi()
    try:
        server.wait_until_ready(timeout=180)
        with_server = {**os.environ, "PREFECT_API_URL": server.url}
        timed(scan("server-warm-up"), with_server)
        served = timed(scan("server-measured"), with_server)
        served_startup = timed(scan("server-empty", empty), with_server)
    finally:
        server.stop()
    print(
        f"with a running Prefect server: scan {served:.2f} s, ratio {served / raw:.2f}, "
        f"start-up {served_startup:.2f} s, (scan - start-up)/raw {(served - served_startup) / raw:.2f}"
    )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
