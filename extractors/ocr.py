"""The Tesseract OCR engine: page images in, text and word confidences out.

Tesseract runs as a subprocess (the ``tesseract`` program of the Debian packages listed in
:data:`TESSERACT_PACKAGES`), one process per page, with a time budget per page. Pages of one
document run in parallel in a thread pool (the work happens in the child processes, so
threads suffice); each child is limited to one OpenMP thread so that ``page_workers``
children use ``page_workers`` cores and no more.

The page is sent as a PGM image on standard input and the result read as TSV from standard
output, so no temporary file is written. The image is prepared by :mod:`extractors.imageprep`
first (stamp ink, photo cropping, quarter turns, skew, resolution).

Choices made by the figures of ``bench/ocr_eval.py`` (one core, our 200-dpi scans):

* ``--psm 4`` (one column of text of varying sizes) instead of ``--psm 1`` (automatic layout
  with orientation detection): the same words a second faster per page, and table rows stay
  in reading order (a column of row numbers no longer becomes a block of its own).
* Orientation: ``imageprep`` turns pages whose lines run up the page, and pages whose text
  lines are clearly upside down (ascenders below the x-height band), before Tesseract sees
  them, so an upside-down page costs one pass like an upright one. When that test could not
  tell, a page whose first reading has a low mean confidence is read again turned by 180°,
  and if that is no better either, Tesseract's orientation detection (``--psm 0``, model
  ``osd``) names the turn. :attr:`PageOcr.passes` counts the Tesseract runs of a page.
* ``ind+eng`` rather than ``ind`` alone: about 0.3 s more per page for a lower CER on
  every profile (English terms and names are common in our documents).

Tesseract was chosen over RapidOCR by the same benchmark (see README).
"""

from __future__ import annotations

import functools
import io
import logging
import os
import subprocess
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from PIL import Image
from pydantic import BaseModel, ConfigDict, Field

from extractors.imageprep import prepare_turned_page
from models.errors import CorruptFile, DocumentError, ExtractionTimeout, OcrEngineMissing, OcrFailed
from models.messages import Message
from models.options import ExtractOptions

log = logging.getLogger(__name__)

TESSERACT_PACKAGES = ("tesseract-ocr", "tesseract-ocr-ind", "tesseract-ocr-eng", "tesseract-ocr-osd")
ENGINE_NAME = "tesseract"
_PROBE_TIMEOUT = 15.0
# Page segmentation mode 4: a single column of text of variable sizes (see the docstring).
_PSM = "4"
# Orientation detection only (needs the 'osd' model; optional: without it that step is skipped).
_OSD_PSM = "0"
_OSD_LANGUAGE = "osd"
# Below this mean word confidence a reading may be of a page upside down: upright pages of our
# scans read at 0.88-0.96, the same pages upside down or on their side at 0.3-0.5.
_DOUBTFUL_CONFIDENCE = 0.75
# A gap between two words of one line wider than this many word heights separates columns.
_COLUMN_GAP = 8


class EngineStatus(BaseModel):
    """Whether the OCR engine can run, and with which language models."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    command: str = Field(description="The Tesseract program as configured.")
    version: str | None = Field(default=None, description="Tesseract's version, if it runs.")
    languages: tuple[str, ...] = Field(default=(), description="Installed language models.")
    missing_languages: tuple[str, ...] = Field(default=(), description="Requested but missing.")

    @property
    def usable(self) -> bool:
        """Tesseract runs and has every requested language model."""
        return self.version is not None and not self.missing_languages

    @property
    def what(self) -> str:
        """What is missing, in a few words (used in messages)."""
        if self.version is None:
            return f"Tesseract ('{self.command}')"
        return "Tesseract " + ", ".join(f"'{lang}'" for lang in self.missing_languages)

    def warning(self) -> Message | None:
        """Return the one-line warning to print once per scan when OCR cannot run, else ``None``."""
        if self.usable:
            return None
        return Message(
            key="warning.ocr_unavailable",
            params={"what": self.what, "packages": " ".join(TESSERACT_PACKAGES)},
        )

    def error(self) -> OcrEngineMissing:
        """Return the document-level error for a scan that cannot be read without the engine."""
        return OcrEngineMissing(what=self.what, packages=" ".join(TESSERACT_PACKAGES))


class PageOcr(BaseModel):
    """The OCR result of one page."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    index: int = Field(ge=0, description="Page index in the document, from 0.")
    text: str = Field(description="Recognised text, lines in reading order.")
    confidence: float | None = Field(description="Mean word confidence (0-1); None without words.")
    words: int = Field(ge=0, description="Number of recognised words.")
    seconds: float = Field(ge=0, description="Wall time spent on the page.")
    rotation: int = Field(
        default=0, description="Degrees (counter-clockwise: 0, 90, 180, 270) the page was turned to be read."
    )
    passes: int = Field(default=1, ge=0, description="Tesseract runs spent on the page (readings and OSD).")


def _child_env() -> dict[str, str]:
    # One OpenMP thread per Tesseract: parallelism comes from page_workers, and more
    # threads per process only oversubscribe the cores (Tesseract issue #898).
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


@functools.lru_cache(maxsize=8)
def engine_status(command: str = "tesseract", languages: tuple[str, ...] = ("ind", "eng")) -> EngineStatus:
    """Probe the Tesseract program once per process: does it run, which models does it have.

    Args:
        command: The program name or path.
        languages: Language models the scan needs.

    Returns:
        The engine's status; never raises for a missing or broken program.

    """
    try:
        version = subprocess.run(
            [command, "--version"], capture_output=True, text=True, timeout=_PROBE_TIMEOUT, env=_child_env()
        )
        listed = subprocess.run(
            [command, "--list-langs"],
            capture_output=True,
            text=True,
            timeout=_PROBE_TIMEOUT,
            env=_child_env(),
        )
    except (OSError, subprocess.SubprocessError) as error:
        log.info("tesseract %r cannot run: %s", command, error)
        return EngineStatus(command=command, missing_languages=languages)
    if version.returncode != 0:
        return EngineStatus(command=command, missing_languages=languages)
    first = (version.stdout or version.stderr).splitlines()
    installed = tuple(line.strip() for line in listed.stdout.splitlines()[1:] if line.strip())
    return EngineStatus(
        command=command,
        version=first[0].strip() if first else "tesseract",
        languages=installed,
        missing_languages=tuple(lang for lang in languages if lang not in installed),
    )


def status_for(options: ExtractOptions) -> EngineStatus:
    """Return the engine status for the command and languages of ``options``."""
    return engine_status(options.tesseract_cmd, tuple(options.ocr_languages))


def require_engine(options: ExtractOptions) -> EngineStatus:
    """Return the engine status, or raise the document-level error when OCR cannot run.

    Raises:
        OcrEngineMissing: Tesseract or a language model is not installed.

    """
    status = status_for(options)
    if not status.usable:
        raise status.error()
    return status


# A page with no more dark pixels than this share is not read in other orientations.
_BLANK_INK_SHARE = 0.001


def recognise_image(image: Image.Image, *, options: ExtractOptions, index: int = 0) -> PageOcr:
    """Prepare one page image and read it with Tesseract, turning it round if it reads badly.

    The page's time budget covers every pass: when a second orientation runs out of time,
    the best reading so far is kept.

    Raises:
        ExtractionTimeout: The page took longer than ``options.ocr_page_timeout_seconds``
            before any reading was complete.
        OcrFailed: Tesseract exited with an error.

    """
    started = time.monotonic()
    budget = _PageBudget(options, started + options.ocr_page_timeout_seconds)
    page, rotation = prepare_turned_page(image)
    best = _read(page, budget)
    if _is_doubtful(best) and not (best.words == 0 and _is_nearly_blank(page)):
        # (A blank page, such as the back of a duplex scan, reads as nothing in any turn.)
        try:
            best = _read_other_orientations(page, best, budget)
        except ExtractionTimeout:
            log.info("page %d: no time left to try another orientation", index + 1)
    return PageOcr(
        index=index,
        text=best.text,
        confidence=best.confidence,
        words=best.words,
        seconds=time.monotonic() - started,
        rotation=(rotation + best.turn) % 360,
        passes=budget.passes,
    )


def _is_nearly_blank(page: Image.Image) -> bool:
    """Whether at most 0.1% of the prepared page is dark: too little ink to hold a line of text."""
    pixels = np.asarray(page.convert("L"))
    return bool(pixels.size == 0 or np.count_nonzero(pixels < 128) <= pixels.size * _BLANK_INK_SHARE)


def _read_other_orientations(page: Image.Image, first: _Reading, budget: _PageBudget) -> _Reading:
    """Read a doubtful page turned by 180°, then as OSD says; return the best reading.

    Raises:
        ExtractionTimeout: the page's budget ran out (the caller keeps ``first``).

    """
    best = max(first, _read(page.transpose(Image.Transpose.ROTATE_180), budget, turn=180), key=_Reading.score)
    if _is_doubtful(best):
        clockwise = _detect_rotation(page, budget)
        if clockwise in (90, 270):
            turned = page.rotate(-clockwise, expand=True, fillcolor=255)
            best = max(best, _read(turned, budget, turn=360 - clockwise), key=_Reading.score)
    return best


class _Reading(NamedTuple):
    text: str
    confidence: float | None
    words: int
    turn: int = 0  # degrees counter-clockwise, on top of the prepared page's own turn

    def score(self) -> float:
        """Confidence-weighted amount of text: a wrong orientation reads less, less surely."""
        return (self.confidence or 0.0) * sum(char.isalnum() for char in self.text)


def _is_doubtful(reading: _Reading) -> bool:
    return reading.confidence is None or reading.confidence < _DOUBTFUL_CONFIDENCE


@dataclass
class _PageBudget:
    """What one page may still spend: its deadline, and the Tesseract runs it has made."""

    options: ExtractOptions
    deadline: float
    passes: int = 0


def _run_tesseract(page: Image.Image, arguments: list[str], budget: _PageBudget) -> str:
    """Run Tesseract on one prepared page within what is left of its budget; returns stdout.

    Raises:
        ExtractionTimeout: the budget is spent.
        OcrEngineMissing: the program cannot be started.
        OcrFailed: Tesseract exited with an error.

    """
    options = budget.options
    remaining = budget.deadline - time.monotonic()
    if remaining <= 0:
        raise ExtractionTimeout(seconds=f"{options.ocr_page_timeout_seconds:g}")
    buffer = io.BytesIO()
    page.save(buffer, "PPM")
    command = [options.tesseract_cmd, "stdin", "stdout", *arguments]
    budget.passes += 1
    try:
        result = subprocess.run(
            command,
            input=buffer.getvalue(),
            capture_output=True,
            timeout=remaining,
            env=_child_env(),
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        # subprocess.run kills the child before raising, so nothing is left running.
        raise ExtractionTimeout(seconds=f"{options.ocr_page_timeout_seconds:g}") from error
    except OSError as error:
        raise status_for(options).error() from error
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrFailed(detail=(detail[-1] if detail else f"exit {result.returncode}")[:200])
    return result.stdout.decode("utf-8", "replace")


def _read(page: Image.Image, budget: _PageBudget, *, turn: int = 0) -> _Reading:
    arguments = ["-l", "+".join(budget.options.ocr_languages), "--psm", _PSM, "tsv"]
    return _Reading(*parse_tsv(_run_tesseract(page, arguments, budget)), turn=turn)


def detect_rotation(page: Image.Image, options: ExtractOptions, deadline: float) -> int | None:
    """Ask Tesseract's orientation detection how far to turn a page clockwise to read it.

    Returns:
        0, 90, 180 or 270, or ``None`` when the ``osd`` model is missing or detection fails
        (too few letters on the page, for one).

    Raises:
        ExtractionTimeout: the page's budget is spent.

    """
    return _detect_rotation(page, _PageBudget(options, deadline))


def _detect_rotation(page: Image.Image, budget: _PageBudget) -> int | None:
    if _OSD_LANGUAGE not in status_for(budget.options).languages:
        return None
    try:
        output = _run_tesseract(page, ["--psm", _OSD_PSM], budget)
    except OcrFailed as error:
        log.info("orientation detection failed: %s", error.params.get("detail"))
        return None
    return parse_osd(output)


def parse_osd(output: str) -> int | None:
    """Read the ``Rotate:`` line of Tesseract's orientation report (degrees clockwise)."""
    for line in output.splitlines():
        name, _, value = line.partition(":")
        if name.strip() == "Rotate":
            try:
                degrees = int(value.strip())
            except ValueError:
                return None
            return degrees if degrees in (0, 90, 180, 270) else None
    return None


def parse_tsv(tsv: str) -> tuple[str, float | None, int]:
    """Turn Tesseract's TSV into text (one line per recognised line) and a mean confidence.

    A line whose words are separated by a gap of more than ``_COLUMN_GAP`` word heights is
    split there: ``--psm 4`` reads a two-column signature block ("Mengetahui," on the left,
    "Depok, 27 Oktober 2026" on the right) as one line, where the text layer of the same
    document born-digital has two, and the date finder reads place-and-date lines whole. A
    colon on either side of the gap marks a form field ("Tanggal      : 4 Juli 2026"), which
    stays one line.

    Returns:
        The text, the mean word confidence on a 0-1 scale (``None`` without words), and the
        number of words.

    """
    lines: list[str] = []
    current_key: tuple[str, ...] | None = None
    current: list[str] = []
    right_edge = 0
    confidences: list[float] = []
    for row in tsv.splitlines()[1:]:
        fields = row.split("\t")
        if len(fields) < 12 or fields[0] != "5":
            continue
        word = fields[11].strip()
        if not word:
            continue
        key = tuple(fields[1:5])  # page, block, paragraph, line
        try:
            left, width, height = int(fields[6]), int(fields[8]), int(fields[9])
        except ValueError:
            left, width, height = right_edge, 0, 0
        # "Tanggal      : 4 Juli 2026" is one form field across a wide gap, not two columns.
        column_break = (
            key == current_key
            and left - right_edge > _COLUMN_GAP * max(height, 1)
            and not word.startswith(":")
            and not (current and current[-1].endswith(":"))
        )
        if (key != current_key or column_break) and current:
            lines.append(" ".join(current))
            current = []
        current_key = key
        right_edge = left + width
        current.append(word)
        try:
            confidences.append(max(0.0, min(100.0, float(fields[10]))) / 100.0)
        except ValueError:
            continue
    if current:
        lines.append(" ".join(current))
    confidence = sum(confidences) / len(confidences) if confidences else None
    return "\n".join(lines), confidence, len(confidences)


PageResult = PageOcr | DocumentError


def recognise_pages(
    images: Iterable[tuple[int, Image.Image]], *, options: ExtractOptions
) -> dict[int, PageResult]:
    """OCR pages in parallel (up to ``options.page_workers``), each with its own time budget.

    ``images`` is consumed lazily in the calling thread, a few pages ahead of the workers,
    so a long scan is never held in memory whole and a non-thread-safe renderer (PDFium)
    is only ever used from one thread.

    Returns:
        Page index to its result, or to the document-level error that page ran into (a
        timeout becomes a reason, never a hang).

    """
    results: dict[int, PageResult] = {}
    ahead = 2 * options.page_workers
    with ThreadPoolExecutor(max_workers=options.page_workers, thread_name_prefix="ocr") as pool:
        pending: list[tuple[int, Future[PageOcr]]] = []
        for index, image in images:
            pending.append((index, pool.submit(recognise_image, image, options=options, index=index)))
            while len(pending) >= ahead:
                _collect(pending.pop(0), results)
        for item in pending:
            _collect(item, results)
    return results


def _collect(item: tuple[int, Future[PageOcr]], results: dict[int, PageResult]) -> None:
    index, future = item
    try:
        results[index] = future.result()
    except DocumentError as error:
        log.info("OCR of page %d failed: %s", index + 1, error.message_key)
        results[index] = error


def combine_pages(
    results: dict[int, PageResult], page_count: int, known: dict[int, str] | None = None
) -> tuple[tuple[str, ...], tuple[int, ...], float | None, tuple[int, ...]]:
    """Merge OCR results with pages that already had text.

    Args:
        results: OCR results by page index.
        page_count: How many page slots the document has.
        known: Text of pages that were not OCR'd.

    Returns:
        Text per page, the OCR'd page indices, the mean confidence over their words, and
        the indices of pages OCR could not read.

    """
    known = known or {}
    pages: list[str] = []
    read: list[int] = []
    failed: list[int] = []
    weighted = 0.0
    words = 0
    for index in range(page_count):
        result = results.get(index)
        if isinstance(result, PageOcr):
            pages.append(result.text)
            read.append(index)
            if result.confidence is not None:
                weighted += result.confidence * result.words
                words += result.words
        else:
            if result is not None:
                failed.append(index)
            pages.append(known.get(index, ""))
    confidence = round(weighted / words, 4) if words else None
    return tuple(pages), tuple(read), confidence, tuple(failed)


def first_error(results: dict[int, PageResult]) -> DocumentError | None:
    """Return the first page error, preferring a timeout (the most useful reason to report)."""
    errors = [result for _, result in sorted(results.items()) if isinstance(result, DocumentError)]
    timeouts = [error for error in errors if isinstance(error, ExtractionTimeout)]
    return (timeouts or errors or [None])[0]


def iter_frames(image: Image.Image, limit: int) -> Iterator[tuple[int, Image.Image]]:
    """Every frame of a (multi-page) image, as independent copies, at most ``limit``.

    Raises:
        CorruptFile: a frame cannot be decoded.

    """
    count = getattr(image, "n_frames", 1)
    for index in range(min(count, limit)):
        try:
            image.seek(index)
            frame = image.copy()
            frame.load()
        except (OSError, ValueError, EOFError, SyntaxError) as error:
            raise CorruptFile(detail="image") from error
        yield index, frame
