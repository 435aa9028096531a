"""OCR benchmark: character error rate and seconds per page per engine, and what OCR costs
classification and date finding, on our own generated documents rendered as scans.

    .venv/bin/python bench/ocr_eval.py [--docs 8] [--engines tesseract,rapidocr] [--variants]
        [--accuracy-docs 45] [--skip-accuracy] [--orientation]

1. CER and speed: each document's plain text is laid out on A4 at 200 dpi (known text per
   page), degraded with each scan profile of ``sample_docs.scans``, and read by each engine
   one page at a time on one core (Tesseract with ``OMP_THREAD_LIMIT=1``, ONNX Runtime with
   one thread). CER is the edit distance between whitespace-normalised texts divided by the
   length of the truth. Seconds per page are given twice: wall time, and CPU time (this
   process's image preparation plus the engine's own CPU time), which is what "per core"
   means and does not grow when other jobs load the machine. The load average is printed.
2. ``--variants``: the same pages read by Tesseract set up the ways that were tried (page
   segmentation mode, language models, stamp-ink removal), which is how the settings in
   ``extractors/ocr.py`` were chosen.
3. ``--orientation`` (alone, no Tesseract): the upside-down test of
   ``extractors.imageprep.is_upside_down`` on levelled pages of every scan profile, plus
   pages turned the other quarter and phone photos upside down: how many upright pages it
   would wrongly turn (must be 0) and how many upside-down pages it catches (each caught page
   saves a Tesseract pass), with the score margins that set its threshold.
4. Accuracy: one document per evidence type (45), its first pages rendered born-digital
   (a PDF with a text layer) and the same pages scanned at 200 dpi with one scan profile per
   document in turn, stored as an image-only PDF. Both go through the scan's own path
   (``pipeline.scan.read_document``: extraction, the trained classifier, the date finder,
   and the rule that a document with low OCR confidence gets no confident type), and the
   type and date are compared with the ground truth.

It prints figures; it is not a test. RapidOCR is optional (``pip install -e '.[bench]'``):
when it cannot be imported the benchmark says so and reports Tesseract alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

# One core per engine: seconds per page are per core, as in the goal.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extractors import imageprep, ocr  # noqa: E402
from extractors.imageprep import prepare_page  # noqa: E402
from extractors.ocr import engine_status, recognise_image  # noqa: E402
from models.options import ExtractOptions  # noqa: E402
from sample_docs.scans import (  # noqa: E402
    PROFILES,
    ScanProfile,
    degrade,
    rasterize_pdf,
    render_text_pages,
    write_image_pdf,
)

DEFAULT_PROFILES = "clean,noisy,rotated,upside_down,stamped,photo"


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


def _import_templates() -> None:
    import importlib
    import pkgutil

    import sample_docs.templates as package

    for module in pkgutil.iter_modules(package.__path__):
        try:
            importlib.import_module(f"sample_docs.templates.{module.name}")
        except Exception as error:  # noqa: BLE001 - templates are another developer's work in progress
            print(f"  (template module {module.name} not importable: {error})", file=sys.stderr)


def load_specs(count: int, seed: int) -> list:
    """``count`` documents, one per evidence type (slug order), a random template of each."""
    from sample_docs.templates.base import registered
    from sample_docs.units import UNITS

    _import_templates()
    rng = random.Random(seed)
    by_slug = sorted((slug, fns) for slug, fns in registered().items() if slug)
    specs = []
    # Round robin over the types, so any count covers as many types as it can.
    rounds = 0
    while len(specs) < count and rounds < 5:
        for _, fns in by_slug:
            fn = rng.choice(fns)
            try:
                specs.append(
                    fn(rng.choice(UNITS), dt.date(2026, rng.randint(1, 10), rng.randint(1, 28)), rng)
                )
            except Exception as error:  # noqa: BLE001
                print(f"  (template {fn.template_id} failed: {error})", file=sys.stderr)
            if len(specs) == count:
                break
        rounds += 1
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


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (Tesseract), in seconds."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@dataclass
class PageFigure:
    cer: float
    wall: float
    cpu: float


@dataclass(frozen=True)
class Variant:
    """One way of setting Tesseract up, for ``--variants``."""

    name: str
    psm: str = ocr._PSM
    languages: tuple[str, ...] = ("ind", "eng")
    drop_ink: bool = True
    upside_down_test: bool = True


VARIANTS = (
    Variant("psm 4 ind+eng, ink removal (chosen)"),
    Variant("psm 4 ind+eng, no upside-down test (before)", upside_down_test=False),
    Variant("psm 4 ind", languages=("ind",)),
    Variant("psm 4 ind+eng, no ink removal", drop_ink=False),
    Variant("psm 3 ind+eng", psm="3"),
    Variant("psm 1 ind+eng (before)", psm="1"),
    Variant("psm 1 ind", psm="1", languages=("ind",)),
)


@contextmanager
def configured(variant: Variant):
    """Set Tesseract up as ``variant`` says for the duration of the block (bench only)."""
    saved_psm, saved_drop, saved_test = ocr._PSM, imageprep.drop_colour_ink, imageprep.is_upside_down
    ocr._PSM = variant.psm
    if not variant.drop_ink:
        imageprep.drop_colour_ink = lambda image: image.convert("L")
    if not variant.upside_down_test:
        imageprep.is_upside_down = lambda image: False
    try:
        yield
    finally:
        ocr._PSM, imageprep.drop_colour_ink, imageprep.is_upside_down = saved_psm, saved_drop, saved_test


def scan_pages(specs, profiles, dpi, max_pages):
    """Yield (profile, truth, degraded image) for every page the CER measurement reads."""
    from sample_docs.spec import plain_text

    for n, spec in enumerate(specs):
        for page_no, page in enumerate(render_text_pages(plain_text(spec), dpi=dpi)[:max_pages]):
            for profile in profiles:
                yield (
                    profile,
                    page.text,
                    degrade(page.image, PROFILES[profile], seed=1000 * n + page_no, dpi=dpi),
                )


def measure_cer(pages, readers: dict[str, Callable]) -> dict[tuple[str, str], list[PageFigure]]:
    figures: dict[tuple[str, str], list[PageFigure]] = {}
    for profile, truth, image in pages:
        for name, read in readers.items():
            wall, cpu = time.perf_counter(), _cpu_seconds()
            text = read(image)
            figure = PageFigure(cer(truth, text), time.perf_counter() - wall, _cpu_seconds() - cpu)
            figures.setdefault((name, profile), []).append(figure)
    return figures


def _row(engine: str, profile: str, rows: list[PageFigure]) -> str:
    cers = [r.cer for r in rows]
    return (
        f"{engine:<38} {profile:<12} {len(rows):>5} {statistics.mean(cers):>8.2%} "
        f"{statistics.median(cers):>6.2%} {max(cers):>5.1%} "
        f"{statistics.mean(r.wall for r in rows):>7.2f} {statistics.mean(r.cpu for r in rows):>10.2f}"
    )


def print_cer(figures, title: str) -> None:
    print(f"\n{title}")
    header = ("engine", "profile", "pages", "mean CER", "median", "max", "s/page", "CPU s/page")
    print("{:<38} {:<12} {:>5} {:>9} {:>7} {:>6} {:>7} {:>10}".format(*header))
    engines = sorted({engine for engine, _ in figures}, key=list(dict.fromkeys(e for e, _ in figures)).index)
    for engine in engines:
        rows_all: list[PageFigure] = []
        for (name, profile), rows in figures.items():
            if name == engine:
                rows_all += rows
                print(_row(engine, profile, rows))
        print(_row(engine, "ALL", rows_all))


# The scan profiles plus the two turns they lack: the other quarter turn (a page that
# imageprep.turn_level levels upside down) and a phone photo taken upside down.
ORIENTATION_PROFILES = {
    **PROFILES,
    "rotated_270": ScanProfile("rotated_270", quarter_turns=3, skew_degrees=2.0, noise=6.0, jpeg_quality=80),
    "photo_upside": replace(PROFILES["photo"], name="photo_upside", quarter_turns=2),
}


def measure_orientation(specs, dpi: int, max_pages: int) -> None:
    """Print how the upside-down test does on levelled pages of every orientation profile."""
    from sample_docs.spec import plain_text

    rows: dict[str, list[tuple[float, int, bool, float]]] = {}
    for n, spec in enumerate(specs):
        for page_no, page in enumerate(render_text_pages(plain_text(spec), dpi=dpi)[:max_pages]):
            for name, profile in ORIENTATION_PROFILES.items():
                scan = degrade(page.image, profile, seed=1000 * n + page_no, dpi=dpi)
                level, _ = imageprep.level_page(scan)
                started = time.process_time()
                score, voters = imageprep.orientation_score(level)
                turned = imageprep.is_upside_down(level)
                rows.setdefault(name, []).append((score, voters, turned, time.process_time() - started))
        print(f"  {n + 1:>2}/{len(specs)} {spec.template_id}", file=sys.stderr)
    print(
        f"\nUpside-down test on levelled pages ({len(specs)} documents, up to {max_pages} pages each): "
        f"turn when score < {imageprep._UPSIDE_DOWN_SCORE} with >= {imageprep._MIN_ORIENTATION_LINES} lines"
    )
    header = ("profile", "truth", "pages", "turned", "min", "max", "lines", "ms")
    print("{:<14} {:<12} {:>5} {:>6} {:>7} {:>7} {:>6} {:>5}".format(*header))
    wrong = caught = upright_pages = down_pages = 0
    for name, found in rows.items():
        # turn_level always turns a quarter the same way, so a page turned 270° comes out upside down.
        down = ORIENTATION_PROFILES[name].quarter_turns % 4 in (2, 3)
        turned = sum(t for _, _, t, _ in found)
        scores = [s for s, _, _, _ in found]
        if down:
            caught, down_pages = caught + turned, down_pages + len(found)
        else:
            wrong, upright_pages = wrong + turned, upright_pages + len(found)
        print(
            f"{name:<14} {'upside down' if down else 'upright':<12} {len(found):>5} {turned:>6} "
            f"{min(scores):>+7.3f} {max(scores):>+7.3f} {statistics.median(v for _, v, _, _ in found):>6.0f} "
            f"{1000 * statistics.mean(c for _, _, _, c in found):>5.0f}"
        )
    print(f"upright pages wrongly turned: {wrong}/{upright_pages}; upside-down caught: {caught}/{down_pages}")


def _first_pages_pdf(pdf: bytes, pages: int, path: Path) -> Path:
    """Store the first ``pages`` pages of a born-digital PDF, so both sides hold the same pages."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(pdf)
    target = pdfium.PdfDocument.new()
    try:
        target.import_pages(source, list(range(min(pages, len(source)))))
        with path.open("wb") as handle:
            target.save(handle)
    finally:
        target.close()
        source.close()
    return path


@dataclass
class Outcome:
    source: str
    profile: str
    type_right: bool
    date_right: bool
    typed: bool
    ocr_confidence: float | None
    withheld: bool


def measure_accuracy(specs, profiles, options: ExtractOptions, dpi: int, max_pages: int) -> list[Outcome]:
    from models.documents import DocumentStatus
    from pipeline import analysis, sandbox
    from pipeline.scan import DocumentSettings, read_document
    from sample_docs.render.pdf import render_pdf_bytes

    # Read in this process rather than in the scan's sandboxed reader (a fresh process that
    # would not see --psm); the sandbox adds isolation, not a different reading.
    sandbox.read_and_analyse = analysis.read_and_analyse

    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        settings = DocumentSettings(root=root, evaluation_year=2026, extract=options)
        for n, spec in enumerate(specs):
            profile = profiles[n % len(profiles)]
            pdf = render_pdf_bytes(spec)
            born = _first_pages_pdf(pdf, max_pages, root / f"{n}-born.pdf")
            pages = rasterize_pdf(pdf, dpi=dpi, max_pages=max_pages)
            scanned = [degrade(p, PROFILES[profile], seed=n * 7 + i, dpi=dpi) for i, p in enumerate(pages)]
            scan = write_image_pdf(scanned, root / f"{n}-scan.pdf", dpi=dpi)
            for source, path in (("born-digital", born), ("scanned", scan)):
                base = {"path": path.name, "unit": "u", "size": path.stat().st_size}
                record = read_document(path, base, settings)
                if record.status == DocumentStatus.UNREADABLE:
                    print(f"  {spec.template_id} {source}: unreadable {record.error}", file=sys.stderr)
                withheld = record.error is not None and record.error.key == "document.ocr_low_confidence"
                outcomes.append(
                    Outcome(
                        source=source,
                        profile=profile,
                        type_right=record.evidence_type == spec.slug,
                        date_right=record.document_date == spec.effective_date,
                        typed=record.evidence_type is not None,
                        ocr_confidence=record.ocr_confidence,
                        withheld=withheld,
                    )
                )
            marks = ["ok" if o.type_right else "--" for o in outcomes[-2:]]
            marks += ["ok" if o.date_right else "--" for o in outcomes[-2:]]
            print(
                f"  {n + 1:>2}/{len(specs)} {spec.template_id:<55} {profile:<12} "
                "type {}/{} date {}/{} (born/scan)".format(*marks),
                file=sys.stderr,
            )
    return outcomes


def print_accuracy(outcomes: list[Outcome], profiles, options: ExtractOptions, max_pages: int) -> None:
    def rates(rows: list[Outcome]) -> tuple[float, float]:
        return (sum(r.type_right for r in rows) / len(rows), sum(r.date_right for r in rows) / len(rows))

    born = [o for o in outcomes if o.source == "born-digital"]
    scans = [o for o in outcomes if o.source == "scanned"]
    print(
        f"\nType and date accuracy: the same {len(born)} documents (first {max_pages} pages), "
        "born-digital vs scanned at 200 dpi (scan profile per document in turn), "
        "through pipeline.scan.read_document"
    )
    print(f"{'source':<22} {'docs':>4} {'type':>7} {'date':>7}")
    born_type, born_date = rates(born)
    scan_type, scan_date = rates(scans)
    print(f"{'born-digital':<22} {len(born):>4} {born_type:>7.1%} {born_date:>7.1%}")
    print(f"{'scanned (all)':<22} {len(scans):>4} {scan_type:>7.1%} {scan_date:>7.1%}")
    for profile in profiles:
        pairs = [(b, s) for b, s in zip(born, scans, strict=True) if s.profile == profile]
        if pairs:
            bt, bd = rates([b for b, _ in pairs])
            st, sd = rates([s for _, s in pairs])
            label = "  " + profile
            print(f"{label:<22} {len(pairs):>4} {st:>7.1%} {sd:>7.1%}   (born-digital {bt:.0%} / {bd:.0%})")
    print(
        f"{'difference (points)':<22} {'':>4} {100 * (scan_type - born_type):>+7.1f} "
        f"{100 * (scan_date - born_date):>+7.1f}   (goal: within 5)"
    )
    # The low-confidence rule: a scan below ocr_min_confidence must not get a type.
    low = [s for s in scans if s.ocr_confidence is not None and s.ocr_confidence < options.ocr_min_confidence]
    confident_low = [s for s in low if s.typed]
    confidences = [s.ocr_confidence for s in scans if s.ocr_confidence is not None]
    print(
        f"OCR confidence of the scans: mean {statistics.mean(confidences):.3f}, min {min(confidences):.3f}; "
        f"{len(low)} below ocr_min_confidence {options.ocr_min_confidence:g}, of which "
        f"{len(confident_low)} got a type (must be 0) and {sum(s.withheld for s in low)} went to review"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=8, help="documents for CER (one per type in turn)")
    parser.add_argument("--profiles", default=DEFAULT_PROFILES)
    parser.add_argument("--engines", default="tesseract,rapidocr")
    parser.add_argument("--variants", action="store_true", help="also compare Tesseract set-ups")
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--pages", type=int, default=1, help="pages per document for CER")
    parser.add_argument("--accuracy-docs", type=int, default=45, help="documents for accuracy")
    parser.add_argument("--accuracy-pages", type=int, default=3, help="pages per document for accuracy")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--psm", default=ocr._PSM, help="Tesseract page segmentation mode to measure")
    parser.add_argument("--skip-cer", action="store_true")
    parser.add_argument("--skip-accuracy", action="store_true")
    parser.add_argument("--orientation", action="store_true", help="only measure the upside-down test")
    parser.add_argument("--orientation-docs", type=int, default=45)
    parser.add_argument("--orientation-pages", type=int, default=2)
    args = parser.parse_args()

    if args.orientation:
        measure_orientation(load_specs(args.orientation_docs, args.seed), args.dpi, args.orientation_pages)
        return

    profiles = args.profiles.split(",")
    ocr._PSM = args.psm
    status = engine_status()
    print(f"tesseract: {status.version or 'NOT INSTALLED'} languages={','.join(status.languages)}")
    if not status.usable:
        sys.exit("tesseract with ind+eng is required for this benchmark (make install)")
    print(f"page segmentation mode: {ocr._PSM}")
    print(f"cores: {os.cpu_count()}, load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    options = ExtractOptions(page_workers=1)

    if not args.skip_cer:
        readers: dict[str, Callable] = {}
        for name in args.engines.split(","):
            if name == "tesseract":
                readers[name] = lambda image: recognise_image(image, options=options).text
            elif name == "rapidocr":
                try:
                    engine = RapidEngine()
                except ImportError as error:
                    print(f"rapidocr: cannot import ({error}); pip install -e '.[bench]'. Tesseract only.")
                    continue
                readers[name] = lambda image, engine=engine: engine.read(prepare_page(image))
        specs = load_specs(args.docs, args.seed)
        print(f"CER documents: {len(specs)} ({', '.join(s.template_id for s in specs)})")
        pages = list(scan_pages(specs, profiles, args.dpi, args.pages))
        figures = measure_cer(pages, readers)
        print_cer(
            figures,
            f"CER and seconds per page (one page at a time, one core, {args.dpi} dpi, "
            f"{args.pages} page(s) per document)",
        )
        if args.variants:
            variant_figures: dict[tuple[str, str], list[PageFigure]] = {}
            for variant in VARIANTS:
                chosen = options.model_copy(update={"ocr_languages": variant.languages})
                with configured(variant):
                    variant_figures.update(
                        measure_cer(
                            pages,
                            {variant.name: lambda image, o=chosen: recognise_image(image, options=o).text},
                        )
                    )
            print_cer(variant_figures, "Tesseract set-ups on the same pages")
        print(f"load average after CER: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    if args.skip_accuracy:
        return
    accuracy_options = ExtractOptions(page_workers=os.cpu_count() or 1)
    specs = load_specs(args.accuracy_docs, args.seed + 1)
    started = time.perf_counter()
    outcomes = measure_accuracy(specs, profiles, accuracy_options, args.dpi, args.accuracy_pages)
    print_accuracy(outcomes, profiles, accuracy_options, args.accuracy_pages)
    print(f"accuracy run: {time.perf_counter() - started:.0f} s; load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
