"""Incremental rescans with the state store on a large tree.

Builds a tree of born-digital documents (default 10,000) and measures, in one run:

* start-up: ``bukti scan`` of an empty tree (Prefect engine, imports, reports);
* cold: the first scan with an empty state store;
* warm: a rescan with nothing changed;
* 1% changed: a rescan after rewriting 1% of the files with new content;

and prints each, the warm and 1%-changed costs as a share of the cold cost (all minus
start-up; goals: <= 5% and <= 10%), and the peak resident memory of the largest process.

On a shared two-core machine one short run varies by a second or more, as much as a warm
rescan's own work, and the machine's speed drifts over minutes. So each rescan is paired
with a start-up measured right after it, and each cost is the median, over ``--repeat``
pairs (default 5), of rescan minus its start-up; the cold scan's own cost is the cold scan
minus the mean of the start-ups just before and after it. Each 1% round changes a fresh 1%
of the files before its rescan. Every sample is printed.

    .venv/bin/python bench/incremental.py [--docs 10000] [--keep DIR] [--repeat 5] [--server]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from scan_speed import build_tree  # noqa: I001  (sibling bench module)

from flows.local_api import LocalPrefectApi


def _build_part(args: tuple[Path, int, int]) -> None:
    root, count, seed = args
    build_tree(root, count, seed=seed)


def build(root: Path, count: int) -> None:
    """Build the tree with two processes (two seeds, two halves of the units' folders)."""
    halves = [(root / "bagian-a", count // 2, 11), (root / "bagian-b", count - count // 2, 12)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(_build_part, halves))


def timed_scan(root: Path, out: Path, state: Path, env: dict[str, str] | None = None) -> float:
    """Wall seconds of one real ``bukti scan`` (unit depth 2: 'bagian-x/<unit>')."""
    bukti = str(Path(sys.executable).with_name("bukti"))
    command = [bukti, "scan", str(root), "--year", "2026", "--as-of", "2026-11-01", "--out", str(out),
               "--state", str(state), "--unit-depth", "2"]  # fmt: skip
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def change_files(root: Path, share: float, seed: int = 3) -> int:
    """Give ``share`` of the files new content (another generated document, new bytes)."""
    files = sorted(p for p in root.rglob("*") if p.is_file())
    rng = random.Random(seed)
    chosen = rng.sample(files, max(1, int(len(files) * share)))
    scratch = Path(tempfile.mkdtemp(prefix="bukti-change-"))
    build_tree(scratch, len(chosen), seed=seed + 1000)
    fresh = sorted(p for p in scratch.rglob("*") if p.is_file())
    for target, source in zip(chosen, fresh, strict=False):
        target.unlink()
        shutil.copyfile(source, target.with_suffix(source.suffix))
    shutil.rmtree(scratch)
    return len(chosen)


def main() -> None:
    """Build, scan, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, default=None, help="Build/keep the tree here.")
    parser.add_argument("--repeat", type=int, default=5, help="Runs of each short scan (median).")
    parser.add_argument(
        "--server",
        action="store_true",
        help="Scan against a Prefect server that is already running, as nightly runs do "
        "(PREFECT_API_URL set), instead of each command's temporary API.",
    )
    args = parser.parse_args()
    server = None
    if args.server:
        server = LocalPrefectApi()
        server.wait_until_ready(timeout=180)
        os.environ["PREFECT_API_URL"] = server.url
    try:
        _measure(args)
    finally:
        if server is not None:
            server.stop()


def _measure(args: argparse.Namespace) -> None:
    work = Path(tempfile.mkdtemp(prefix="bukti-incremental-"))
    root = args.keep or work / "evidence"
    if not root.exists() or not any(root.iterdir()):
        started = time.perf_counter()
        build(root, args.docs)
        print(f"built {args.docs} documents in {time.perf_counter() - started:.0f}s under {root}")
    tree = work / "tree"
    shutil.copytree(root, tree)  # the rescans change files: never touch the kept tree
    empty = work / "empty"
    empty.mkdir()
    repeats = range(max(1, args.repeat))
    state = work / "state.sqlite"

    def startup() -> float:
        return timed_scan(empty, work / "out-empty", work / "empty.sqlite")

    def rescan() -> float:
        return timed_scan(tree, work / "out", state)

    before = startup()
    cold = rescan()
    after = startup()
    cold_own = cold - (before + after) / 2
    warm_pairs = [(rescan(), startup()) for _ in repeats]
    changed_pairs = []
    for round_number in repeats:
        changed = change_files(tree, 0.01, seed=3 + round_number)
        changed_pairs.append((rescan(), startup()))
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    files = sum(1 for p in tree.rglob("*") if p.is_file())
    warm_own = statistics.median(scan - empty_scan for scan, empty_scan in warm_pairs)
    changed_own = statistics.median(scan - empty_scan for scan, empty_scan in changed_pairs)
    startups = [before, after, *(empty_scan for _, empty_scan in warm_pairs + changed_pairs)]
    api = "a running Prefect server" if os.environ.get("PREFECT_API_URL") else "each scan's temporary API"
    print(f"files: {files}, changed before each 1% rescan: {changed}; {len(warm_pairs)} pairs each; {api}")
    print(f"start-up (empty tree) : {statistics.median(startups):8.1f} s   median of {_samples(startups)}")
    around = f"start-ups {before:.1f} and {after:.1f}"
    print(f"cold scan             : {cold:8.1f} s   own {cold_own:.1f} s ({around})")
    warm_scan, changed_scan = _median_scan(warm_pairs), _median_scan(changed_pairs)
    print(f"warm rescan           : {warm_scan:8.1f} s   own {warm_own:.2f} s   {_pairs(warm_pairs)}")
    print(
        f"rescan, 1% changed    : {changed_scan:8.1f} s   own {changed_own:.2f} s   {_pairs(changed_pairs)}"
    )
    print(f"(warm - start-up) / (cold - start-up)       = {warm_own / cold_own:.3f}  (goal <= 0.05)")
    print(f"(1% changed - start-up) / (cold - start-up) = {changed_own / cold_own:.3f}  (goal <= 0.10)")
    print(f"peak RSS, largest process: {peak_mib:.0f} MiB (goal <= 1024)")
    shutil.rmtree(work, ignore_errors=True)


def _samples(runs: list[float]) -> str:
    return "(" + ", ".join(f"{run:.1f}" for run in runs) + ")"


def _median_scan(pairs: list[tuple[float, float]]) -> float:
    return statistics.median(scan for scan, _ in pairs)


def _pairs(pairs: list[tuple[float, float]]) -> str:
    """Each rescan with the start-up measured after it: '(rescan/start-up, ...)'."""
    return "(" + ", ".join(f"{scan:.1f}/{empty_scan:.1f}" for scan, empty_scan in pairs) + ")"


if __name__ == "__main__":
    main()
