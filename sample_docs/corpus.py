"""A labelled training corpus over all 45 evidence types and the non-evidence templates.

``generate_corpus(dest)`` writes ``dest/files/NNNNN.<ext>`` (names that reveal nothing about
the label) and ``dest/manifest.json``. Templates of a type are used in turn, units and dates
are drawn per document, and every document has its own seed, so any subset can be
regenerated and the work can be spread over processes with identical results. Because every
entry records its ``template_id``, a classifier can be evaluated on templates it never saw.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import random
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sample_docs.demo import workday
from sample_docs.manifest import ManifestEntry, write_manifest
from sample_docs.render import render_bytes
from sample_docs.templates import ALL_TEMPLATES, NON_EVIDENCE_TEMPLATES, TEMPLATES
from sample_docs.units import UNITS, unit_by_name

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Job:
    index: int
    template_id: str
    unit: str
    date: dt.date
    fmt: str
    seed: str


def _plan(
    per_type: int, non_evidence: int, seed: int, formats: Sequence[str], evaluation_year: int
) -> list[_Job]:
    """Decide every document up front (template, unit, date, format, seed)."""
    rng = random.Random(f"corpus:{seed}")
    first = dt.date(evaluation_year - 4, 1, 1)
    span = (dt.date(evaluation_year, 10, 31) - first).days
    groups = [(slug, fns, per_type) for slug, fns in sorted(TEMPLATES.items())]
    groups.append(("-", NON_EVIDENCE_TEMPLATES, non_evidence))
    jobs: list[_Job] = []
    for slug, fns, count in groups:
        # Rotate through the type's templates so each is equally represented.
        offset = rng.randrange(len(fns))
        for k in range(count):
            fn = fns[(offset + k) % len(fns)]
            date = workday(first + dt.timedelta(days=rng.randrange(span)))
            jobs.append(
                _Job(
                    index=len(jobs),
                    template_id=fn.template_id,
                    unit=rng.choice(UNITS).name,
                    date=date,
                    fmt=formats[rng.randrange(len(formats))],
                    seed=f"{seed}:{slug}:{k}",
                )
            )
    return jobs


def _run(job: _Job, files: Path) -> ManifestEntry:
    spec = ALL_TEMPLATES[job.template_id](unit_by_name(job.unit), job.date, random.Random(job.seed))
    rel = f"files/{job.index:05d}.{job.fmt}"
    (files.parent / rel).write_bytes(render_bytes(spec, job.fmt))
    return ManifestEntry.from_spec(spec, path=rel, unit=job.unit, fmt=job.fmt)


def _run_chunk(jobs: list[_Job], files: Path) -> list[ManifestEntry]:
    return [_run(job, files) for job in jobs]


def generate_corpus(
    dest: Path,
    *,
    per_type: int = 30,
    non_evidence: int = 300,
    seed: int = 7,
    formats: Sequence[str] = ("docx", "pdf"),
    evaluation_year: int = 2026,
    workers: int = 1,
) -> list[ManifestEntry]:
    """Write a labelled corpus and its manifest.

    Args:
        dest: Output folder; files go to ``dest/files``, the manifest to
            ``dest/manifest.json``.
        per_type: Documents per evidence type.
        non_evidence: Documents that are not evidence.
        seed: Corpus seed.
        formats: Formats to draw from per document.
        evaluation_year: Dates are drawn from January of N-4 to October of N.
        workers: Processes to use; the output does not depend on it.

    Returns:
        The manifest entries, in file order.

    """
    files = dest / "files"
    files.mkdir(parents=True, exist_ok=True)
    jobs = _plan(per_type, non_evidence, seed, tuple(formats), evaluation_year)
    started = time.perf_counter()
    if workers <= 1:
        entries = _run_chunk(jobs, files)
    else:
        chunks = [jobs[i::workers] for i in range(workers)]
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_run_chunk, chunks, [files] * workers))
        entries = sorted((e for chunk in results for e in chunk), key=lambda e: e.path)
    write_manifest(
        entries,
        dest / "manifest.json",
        seed=seed,
        per_type=per_type,
        non_evidence=non_evidence,
        evaluation_year=evaluation_year,
    )
    log.info("wrote %d documents to %s in %.1f s", len(entries), dest, time.perf_counter() - started)
    return entries


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m sample_docs.corpus DEST [--per-type N] [--workers W]``."""
    parser = argparse.ArgumentParser(
        prog="python -m sample_docs.corpus",
        description="Write a labelled training corpus of generated documents.",
    )
    parser.add_argument("dest", type=Path)
    parser.add_argument("--per-type", type=int, default=30)
    parser.add_argument("--non-evidence", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--year", type=int, default=2026)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    generate_corpus(
        args.dest,
        per_type=args.per_type,
        non_evidence=args.non_evidence,
        seed=args.seed,
        evaluation_year=args.year,
        workers=args.workers,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
