"""OCR benchmark: character error rate and seconds per page per engine, and what OCR costs
classification and date finding, on our own generated documents rendered as scans.

    .venv/bin/python bench/ocr_eval.py [--docs 8] [--profiles clean,noisy,...] [--engines tesseract,rapidocr]

1. CER: each document's plain text is laid out on A4 at 200 dpi (known text per page),
   degraded with each scan profile of ``sample_docs.scans``, prepared by
   ``extractors.imageprep`` and read by each engine on one core. CER is the edit distance
   between whitespace-normalised texts divided by the length of the truth.
2. Accuracy: the same documents rendered as born-digital PDFs are classified and dated from
   their text layer, then rasterised at 200 dpi, degraded, stored as image-only PDFs and read
   through ``extractors`` (Tesseract). Agreement with the ground truth is compared.

It prints figures; it is not a test. RapidOCR is optional (``pip install -e '.[bench]'``):
when it cannot be imported the benchmark says so and reports Tesseract alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

# One core per engine: seconds per page are per core, as in the goal.
os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extractors import extract_text  # noqa: E402
from extractors.imageprep import prepare_page  # noqa: E402
from extractors.ocr import engine_status, recognise_image  # noqa: E402
from models.options import ExtractOptions  # noqa: E402
from sample_docs.scans import (  # noqa: E402
    PROFILES,
    degrade,
    rasterize_pdf,
    render_text_pages,
    write_image_pdf,
)


def edit_distance(a: str, b: str) -> int:
    try:
        from rapidfuzz.distance import Levenshtein
    except ImportError:
        previous = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            current = [i]
            for j, cb in enumerate(b, 1):
                current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
            previous = current
        return previous[-1]
    return Levenshtein.distance(a, b)


def cer(truth: str, guess: str) -> float:
    a, b = " ".join(truth.split()), " ".join(guess.split())
    return edit_distance(a, b) / max(1, len(a))


def load_specs(count: int, seed: int) -> list:
    """Documents from the sample_docs templates, one per evidence type in turn."""
    import importlib
    import pkgutil

    import sample_docs.templates as package
    from sample_docs.templates.base import registered
    from sample_docs.units import UNITS

    for module in pkgutil.iter_modules(package.__path__):
        try:
            importlib.import_module(f"sample_docs.templates.{module.name}")
        except Exception as error:  # noqa: BLE001 - templates are another developer's work in progress
            print(f"  (template module {module.name} not importable: {error})", file=sys.stderr)
    rng = random.Random(seed)
    by_slug = sorted(registered().items(), key=lambda kv: str(kv[0]))
    templates = [fn for slug, fns in by_slug if slug for fn in fns]
    rng.shuffle(templates)
    specs = []
    for fn in templates[: count * 2]:
        try:
            specs.append(fn(rng.choice(UNITS), dt.date(2026, rng.randint(1, 10), rng.randint(1, 28)), rng))
        except Exception as error:  # noqa: BLE001
            print(f"  (template {fn.template_id} failed: {error})", file=sys.stderr)
        if len(specs) == count:
            break
    return specs


class RapidEngine:
    name = "rapidocr"

    def __init__(self) -> None:
        from rapidocr import RapidOCR

        self.engine = RapidOCR(
            params={
                "Global.log_level": "error",
                "EngineConfig.onnxruntime.intra_op_num_threads": 1,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            }
        )
        from PIL import Image

        # Warm-up: the first call builds the ONNX sessions; keep that out of s/page.
        self.read(Image.new("RGB", (200, 60), "white"))

    def read(self, image) -> str:
        import numpy as np

        result = self.engine(np.asarray(image.convert("RGB")))
        if result.boxes is None:
            return ""
        items = sorted(
            (
                (float(box[:, 1].mean()), float(box[:, 0].min()), float(np.ptp(box[:, 1])), text)
                for box, text in zip(result.boxes, result.txts, strict=True)
            ),
        )
        lines: list[list[tuple[float, str]]] = []
        last_y = None
        for y, x, height, text in items:
            if last_y is None or y - last_y > max(8.0, height * 0.5):
                lines.append([])
            lines[-1].append((x, text))
            last_y = y
        return "\n".join(" ".join(t for _, t in sorted(line)) for line in lines)


def measure_cer(specs, profiles, engines, options, dpi, max_pages):
    from sample_docs.spec import plain_text

    figures: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for n, spec in enumerate(specs):
        for page_no, page in enumerate(render_text_pages(plain_text(spec), dpi=dpi)[:max_pages]):
            for profile in profiles:
                image = degrade(page.image, PROFILES[profile], seed=1000 * n + page_no, dpi=dpi)
                for engine in engines:
                    started = time.perf_counter()
                    if engine == "tesseract":
                        text = recognise_image(image, options=options).text
                    else:
                        text = engines[engine].read(prepare_page(image))
                    seconds = time.perf_counter() - started
                    figures.setdefault((engine, profile), []).append((cer(page.text, text), seconds))
    return figures


def measure_accuracy(specs, profiles, options, dpi, max_pages):
    from classifiers.dates import find_document_dates
    from classifiers.keyword import KeywordClassifier
    from pipeline.catalog import load_catalog
    from sample_docs.render import render_pdf_bytes

    classifier = KeywordClassifier(load_catalog())
    hits: dict[str, list[tuple[bool, bool]]] = {}
    with tempfile.TemporaryDirectory() as work:
        for n, spec in enumerate(specs):
            pdf = render_pdf_bytes(spec)
            born = Path(work) / f"{n}.pdf"
            born.write_bytes(pdf)
            sources = {"born-digital": born}
            pages = rasterize_pdf(pdf, dpi=dpi, max_pages=max_pages)
            for profile in profiles:
                scanned = [
                    degrade(p, PROFILES[profile], seed=n * 7 + i, dpi=dpi) for i, p in enumerate(pages)
                ]
                sources[profile] = write_image_pdf(scanned, Path(work) / f"{n}-{profile}.pdf", dpi=dpi)
            for name, path in sources.items():
                try:
                    extracted = extract_text(path, options=options)
                except Exception as error:  # noqa: BLE001 - a failure counts as a miss
                    print(f"  {spec.template_id} {name}: {error}", file=sys.stderr)
                    hits.setdefault(name, []).append((False, False))
                    continue
                if name == "born-digital" and max_pages:
                    extracted = extracted.model_copy(update={"pages": extracted.pages[:max_pages]})
                result = classifier.classify(extracted)
                slug = result.evidence_type or result.best_guess
                found = find_document_dates(extracted.text, evidence_type=slug)
                date = found.effective.value if found.effective else None
                hits.setdefault(name, []).append(
                    (result.evidence_type == spec.slug, date == spec.effective_date)
                )
    return hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=8)
    parser.add_argument("--profiles", default="clean,noisy,rotated,stamped,photo")
    parser.add_argument("--engines", default="tesseract,rapidocr")
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--pages", type=int, default=1, help="pages per document for CER")
    parser.add_argument("--accuracy-pages", type=int, default=3, help="pages per document for accuracy")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--skip-accuracy", action="store_true")
    args = parser.parse_args()

    profiles = args.profiles.split(",")
    status = engine_status()
    print(f"tesseract: {status.version or 'NOT INSTALLED'} languages={','.join(status.languages)}")
    if not status.usable:
        sys.exit("tesseract with ind+eng is required for this benchmark (make install)")
    engines: dict[str, object] = {}
    for name in args.engines.split(","):
        if name == "tesseract":
            engines[name] = None
        elif name == "rapidocr":
            try:
                engines[name] = RapidEngine()
            except ImportError as error:
                print(f"rapidocr: cannot import ({error}); pip install -e '.[bench]'. Tesseract only.")
    options = ExtractOptions(page_workers=1)
    specs = load_specs(args.docs, args.seed)
    print(f"documents: {len(specs)} ({', '.join(s.template_id for s in specs)})")

    figures = measure_cer(specs, profiles, engines, options, args.dpi, args.pages)
    print(f"\nCER and seconds per page (1 core, {args.dpi} dpi, {args.pages} page(s) per document)")
    header = ("engine", "profile", "pages", "mean CER", "median", "max", "s/page")
    print("{:<10} {:<12} {:>5} {:>9} {:>8} {:>7} {:>7}".format(*header))
    for (engine, profile), rows in sorted(figures.items()):
        cers = [c for c, _ in rows]
        secs = [s for _, s in rows]
        print(
            f"{engine:<10} {profile:<12} {len(rows):>5} {statistics.mean(cers):>8.2%} "
            f"{statistics.median(cers):>7.2%} {max(cers):>6.1%} {statistics.mean(secs):>7.2f}"
        )

    if args.skip_accuracy:
        return
    options = ExtractOptions(page_workers=os.cpu_count() or 1)
    hits = measure_accuracy(specs, profiles, options, args.dpi, args.accuracy_pages)
    print(f"\nType and date accuracy (first {args.accuracy_pages} pages, Tesseract via extractors)")
    print(f"{'source':<14} {'docs':>4} {'type':>7} {'date':>7}")
    for name in ["born-digital", *profiles]:
        rows = hits.get(name, [])
        if rows:
            kind = sum(a for a, _ in rows) / len(rows)
            date = sum(b for _, b in rows) / len(rows)
            print(f"{name:<14} {len(rows):>4} {kind:>6.0%} {date:>6.0%}")


if __name__ == "__main__":
    main()
