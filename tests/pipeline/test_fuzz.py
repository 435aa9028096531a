"""Fuzzing the per-document boundary: random and mutated bytes always give one row, never a crash.

Hypothesis writes random bytes and mutations of real PDF, DOCX and JPEG files under those
extensions and sends each through :func:`pipeline.scan.process_file` (reader process
included). The number of examples is bounded so the suite stays quick; the seed is derived
from the test, so a failure replays.
"""

from __future__ import annotations

import datetime as dt
import io
import time
from pathlib import Path

import pytest
from hostile_tree import TEST_LIMITS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from models.documents import DocumentRecord, DocumentStatus, SourceFile
from models.messages import Language
from models.options import ScanOptions
from pipeline import scan
from pipeline.reports import write_reports
from sample_docs import faults
from sample_docs.render.docx import render_docx_bytes
from sample_docs.render.pdf import render_pdf_bytes

FUZZ_LIMITS = TEST_LIMITS.model_copy(update={"timeout_seconds": 20, "ocr_max_pages": 1})


def _jpeg() -> bytes:
    # Small, with a line of text: a blank page trips imageprep's Otsu threshold (all-NaN),
    # which the image extractor reports as a damaged image.
    image = Image.new("L", (160, 48), 255)
    ImageDraw.Draw(image).text((8, 16), "SURAT KEPUTUSAN", fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=70)
    return buffer.getvalue()


SEEDS = {
    ".pdf": render_pdf_bytes(faults.default_spec()),
    ".docx": render_docx_bytes(faults.default_spec()),
    ".jpg": _jpeg(),
}


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    """A suffix and bytes: random, or a real file cut, flipped, spliced or padded."""
    suffix = draw(st.sampled_from(sorted(SEEDS)))
    how = draw(st.sampled_from(["random", "truncate", "flip", "splice", "header"]))
    seed = SEEDS[suffix]
    if how == "random":
        return suffix, draw(st.binary(max_size=4096))
    if how == "truncate":
        return suffix, seed[: draw(st.integers(0, len(seed)))]
    if how == "header":
        # The real magic bytes, then garbage.
        return suffix, seed[:16] + draw(st.binary(min_size=1, max_size=2048))
    data = bytearray(seed)
    if how == "flip":
        for _ in range(draw(st.integers(1, 16))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return suffix, bytes(data)
    start = draw(st.integers(0, len(data)))
    return suffix, bytes(data[:start]) + draw(st.binary(max_size=512)) + bytes(data[start:])


def _check_row(record: DocumentRecord, name: str) -> None:
    assert record.path == name
    readable = (DocumentStatus.CLASSIFIED, DocumentStatus.UNCLASSIFIED)
    assert record.status in (*readable, DocumentStatus.UNREADABLE)
    if record.status == DocumentStatus.UNREADABLE:
        sentence = record.error.render(Language.ID)
        assert sentence.endswith(".") and "{" not in sentence
        # A Python exception inside a reader would be our bug; a signal would be a C library's.
        if record.error.key == "document.reader_crashed":
            assert str(record.error.params.get("detail", "")).startswith(("SIG", "exit")), record.error


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=mutated())
def test_any_bytes_give_one_row(tmp_path: Path, case: tuple[str, bytes]) -> None:
    suffix, data = case
    name = f"fuzz{suffix}"
    (tmp_path / name).write_bytes(data)
    source = SourceFile(path=name, unit="U", size=len(data), mtime_ns=0)
    settings_ = scan.DocumentSettings(root=tmp_path, evaluation_year=2026, extract=FUZZ_LIMITS)
    _check_row(scan.process_file(source, settings_), name)


@settings(
    max_examples=2,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(cases=st.lists(mutated(), min_size=24, max_size=24))
def test_a_folder_of_fuzzed_files_scans_and_reports(tmp_path_factory, cases: list[tuple[str, bytes]]) -> None:
    """A whole scan over random files finishes, reports every one, and writes all reports."""
    tmp_path = tmp_path_factory.mktemp("fuzzed-folder")
    root = tmp_path / "acak"
    (root / "Unit").mkdir(parents=True)
    examples = []
    for index, (suffix, data) in enumerate(cases):
        examples.append(f"Unit/acak {index:02d}{suffix}")
        (root / examples[-1]).write_bytes(data)
    options = ScanOptions(root=root, evaluation_year=2026, as_of=dt.date(2026, 11, 1), extract=FUZZ_LIMITS)
    inventory = scan.discover_files(root, unit_depth=1)
    records = scan.process_batch(list(inventory.files), scan.DocumentSettings.from_options(options))
    report = scan.assemble_report(records, options, units=inventory.units, started=time.monotonic())
    assert sorted(r.path for r in report.documents) == sorted(examples)
    paths = write_reports(report, tmp_path / "out")
    assert all(path.stat().st_size > 0 for path in paths)


@pytest.mark.parametrize("suffix", sorted(SEEDS))
def test_real_seed_files_are_read(tmp_path: Path, suffix: str) -> None:
    # The seeds themselves are fine: a failure below would make the fuzzing above meaningless.
    (tmp_path / f"asli{suffix}").write_bytes(SEEDS[suffix])
    source = SourceFile(path=f"asli{suffix}", unit="U", size=len(SEEDS[suffix]), mtime_ns=0)
    settings_ = scan.DocumentSettings(root=tmp_path, evaluation_year=2026, extract=FUZZ_LIMITS)
    record = scan.process_file(source, settings_)
    # make install puts Tesseract on every test machine; its absence is a failure, not a skip.
    assert record.error is None or record.error.key != "document.ocr_unavailable", "install Tesseract"
    assert record.status != DocumentStatus.UNREADABLE
