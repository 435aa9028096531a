"""The scan's stages: find files, read and classify each, mark duplicates, assess units.

Each stage is a plain function over paths and frozen models so that ``flows/`` can run
batches as Prefect tasks (locally or on Dask workers) through the same code. The evidence
root is only ever opened for reading.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import os
import time
from collections.abc import Iterable, Sequence
from importlib import metadata
from pathlib import Path, PurePosixPath

from pydantic import BaseModel, ConfigDict, Field

from classifiers.dates import find_document_dates
from classifiers.keyword import KeywordClassifier
from classifiers.text import title_line
from extractors import extract_text
from extractors.detect import detect_format
from models.catalog import Catalog, RecencyRule
from models.documents import (
    Classification,
    DocumentRecord,
    DocumentStatus,
    ExtractedText,
    FileFormat,
    SourceFile,
)
from models.errors import DocumentError, EvidenceRootNotFound, FileAccessDenied
from models.messages import Message
from models.options import ExtractOptions, ScanOptions
from models.report import ScanReport
from pipeline.catalog import load_catalog
from pipeline.coverage import assess_unit
from pipeline.recency import assess_recency
from pipeline.rules import load_rule_overrides

log = logging.getLogger(__name__)

# Operating-system litter that is not evidence and is left out of reports.
_LITTER_NAMES = {"thumbs.db", "desktop.ini", ".ds_store", "icon\r"}
_HASH_CHUNK = 1 << 20


class DocumentSettings(BaseModel):
    """What a worker needs to turn one file into a report row (picklable, frozen)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    root: Path
    evaluation_year: int
    catalog_path: Path | None = None
    extract: ExtractOptions = ExtractOptions()
    as_of: dt.date | None = None
    rule_overrides: dict[str, RecencyRule] = Field(
        default_factory=dict, description="Recency rules an inspectorate overrode (--rules)."
    )

    @classmethod
    def from_options(cls, options: ScanOptions) -> DocumentSettings:
        """Derive the per-document settings of a scan (validates the --rules file)."""
        return cls(
            root=options.root,
            evaluation_year=options.evaluation_year,
            extract=options.extract,
            as_of=options.as_of,
            rule_overrides=load_rule_overrides(options.rules_file, load_catalog()),
        )


def bukti_version() -> str:
    """The installed version of Bukti."""
    try:
        return metadata.version("bukti")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def check_root(root: Path) -> None:
    """Fail early, with the contract's exit code, when the evidence root cannot be listed."""
    if not root.is_dir():
        raise EvidenceRootNotFound(root=str(root))
    try:
        with os.scandir(root):
            pass
    except OSError as error:
        raise EvidenceRootNotFound(root=str(root)) from error


def is_litter(name: str) -> bool:
    """Hidden files, Office lock files and OS thumbnails: not evidence, not reported."""
    return name.startswith((".", "~$")) or name.lower() in _LITTER_NAMES


def unit_of(relative: PurePosixPath, *, unit_depth: int, root_name: str) -> str:
    """The unit a file belongs to: its first ``unit_depth`` folders under the root.

    Files shallower than the unit depth belong to the deepest folder they sit in, and files
    directly in the root to a unit named after the root itself.
    """
    folders = relative.parts[:-1][:unit_depth]
    return "/".join(folders) if folders else root_name


class Inventory(BaseModel):
    """What a scan found: every regular file, and every unit (also those with no files)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    files: tuple[SourceFile, ...]
    units: tuple[str, ...]


def discover_files(root: Path, *, unit_depth: int) -> Inventory:
    """Every regular file under ``root`` (symlinks are not followed), sorted by path.

    A folder at the unit depth is a unit even when it holds no file, so that a unit that
    uploaded nothing is reported with everything missing.
    """
    check_root(root)
    found: list[SourceFile] = []
    units: set[str] = set()
    for folder, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        base = Path(folder)
        depth = len(base.relative_to(root).parts)
        if depth == unit_depth:
            units.add(base.relative_to(root).as_posix() if depth else root.name)
        for name in sorted(filenames):
            if is_litter(name):
                continue
            path = base / name
            try:
                stat = path.lstat()
            except OSError:
                continue
            if not path.is_file() or path.is_symlink():
                continue
            relative = PurePosixPath(path.relative_to(root).as_posix())
            found.append(
                SourceFile(
                    path=str(relative),
                    unit=unit_of(relative, unit_depth=unit_depth, root_name=root.name),
                    size=stat.st_size,
                    mtime_ns=stat.st_mtime_ns,
                )
            )
    found.sort(key=lambda source: source.path)
    units.update(source.unit for source in found)
    return Inventory(files=tuple(found), units=tuple(sorted(units)))


def batch_files(files: Sequence[SourceFile], size: int) -> list[list[SourceFile]]:
    """Split the file list into batches of at most ``size``, keeping the order."""
    return [list(files[start : start + size]) for start in range(0, len(files), size)]


@functools.lru_cache(maxsize=2)
def _classifier_for(catalog_path: Path | None) -> tuple[Catalog, KeywordClassifier]:
    """Load the catalog and classifier once per process (each worker has its own)."""
    catalog = load_catalog(catalog_path)
    return catalog, KeywordClassifier(catalog)


def classifier_name(catalog_path: Path | None = None) -> str:
    """The name and version of the classifier a scan uses."""
    return _classifier_for(catalog_path)[1].name


def file_sha256(path: Path) -> str:
    """Hash a file's content in chunks (read-only)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def process_file(source: SourceFile, settings: DocumentSettings) -> DocumentRecord:
    """Turn one file into its report row; a problem with this file never raises.

    This is the single per-document boundary: document-level errors become an
    ``unreadable`` row with a one-sentence reason.
    """
    base = {"path": source.path, "unit": source.unit, "size": source.size}
    return read_document(settings.root / source.path, base, settings)


def read_document(path: Path, base: dict[str, object], settings: DocumentSettings) -> DocumentRecord:
    """Extract, classify and date the file at ``path``; ``base`` holds the row's identity."""
    catalog, classifier = _classifier_for(settings.catalog_path)
    try:
        sha256 = file_sha256(path)
        extracted = extract_text(path, options=settings.extract)
    except DocumentError as error:
        return _unreadable(base, error, path)
    except PermissionError as error:
        return _unreadable(base, FileAccessDenied(), path, cause=error)
    classification = classifier.classify(extracted)
    return _readable_record(base, sha256, extracted, classification, catalog, settings)


def _unreadable(
    base: dict[str, object], error: DocumentError, path: Path, cause: Exception | None = None
) -> DocumentRecord:
    log.info("unreadable %s: %s", path, error.message_key, exc_info=cause)
    try:
        detected = detect_format(path)
    except OSError:
        detected = FileFormat.UNKNOWN
    try:
        sha256 = file_sha256(path) if detected != FileFormat.EMPTY else None
    except OSError:
        sha256 = None
    return DocumentRecord(
        **base,
        status=DocumentStatus.UNREADABLE,
        format=detected,
        sha256=sha256,
        error=Message(key=error.message_key, params=error.params),
    )


def _readable_record(
    base: dict[str, object],
    sha256: str,
    extracted: ExtractedText,
    classification: Classification,
    catalog: Catalog,
    settings: DocumentSettings,
) -> DocumentRecord:
    text = extracted.text
    dates = find_document_dates(text, evidence_type=classification.evidence_type or classification.best_guess)
    classification = _withhold_if_ocr_unsure(classification, extracted, settings.extract)
    slug = classification.evidence_type
    recency = None
    error = None
    if slug is None and _is_ocr_unsure(extracted, settings.extract):
        error = Message(
            key="document.ocr_low_confidence",
            params={
                "ocr_confidence": f"{extracted.ocr_confidence:.2f}",
                "best": classification.best_guess or "-",
            },
        )
    elif slug is not None:
        rule = settings.rule_overrides.get(slug, catalog.evidence_type(slug).rule)
        recency = assess_recency(rule, dates, evaluation_year=settings.evaluation_year, as_of=settings.as_of)
    elif classification.best_guess is not None:
        best = catalog.evidence_type(classification.best_guess)
        error = Message(
            key="document.unsure",
            params={"best": best.slug, "confidence": f"{classification.confidence:.2f}"},
        )
    else:
        error = Message(key="document.not_evidence")
    return DocumentRecord(
        **base,
        status=DocumentStatus.CLASSIFIED if slug else DocumentStatus.UNCLASSIFIED,
        sha256=sha256,
        format=extracted.format,
        extractor=extracted.extractor,
        page_count=extracted.page_count,
        char_count=len(text),
        title=title_line(text),
        classification=classification,
        dates=dates,
        recency=recency,
        error=error,
        ocr=bool(extracted.ocr_pages),
        ocr_confidence=extracted.ocr_confidence,
    )


def _is_ocr_unsure(extracted: ExtractedText, options: ExtractOptions) -> bool:
    """Whether the document's OCR text is too unreliable to give it a confident type."""
    return extracted.ocr_confidence is not None and extracted.ocr_confidence < options.ocr_min_confidence


def _withhold_if_ocr_unsure(
    classification: Classification, extracted: ExtractedText, options: ExtractOptions
) -> Classification:
    """Send a document with low OCR confidence to review: no type, but keep the best guess."""
    if not _is_ocr_unsure(extracted, options) or classification.evidence_type is None:
        return classification
    best = classification.best_guess or classification.evidence_type
    return classification.model_copy(update={"evidence_type": None, "best_guess": best})


def process_batch(files: Sequence[SourceFile], settings: DocumentSettings) -> list[DocumentRecord]:
    """Process a batch of files in order."""
    return [process_file(source, settings) for source in files]


def mark_duplicates(records: Iterable[DocumentRecord]) -> list[DocumentRecord]:
    """Mark every later file whose bytes equal an earlier one's (in path order).

    The duplicate keeps the original's type and dates, so it still counts for its own unit,
    and names the original in its reason. Empty files are never duplicates of each other.
    """
    first_by_hash: dict[str, str] = {}
    result: list[DocumentRecord] = []
    for record in sorted(records, key=lambda r: r.path):
        if not record.sha256 or record.size == 0:
            result.append(record)
            continue
        original = first_by_hash.setdefault(record.sha256, record.path)
        if original == record.path:
            result.append(record)
            continue
        result.append(
            record.model_copy(
                update={
                    "status": DocumentStatus.DUPLICATE,
                    "duplicate_of": original,
                    "error": Message(key="document.duplicate", params={"original": original}),
                }
            )
        )
    return result


def assemble_report(
    records: Iterable[DocumentRecord],
    options: ScanOptions,
    *,
    units: Iterable[str],
    started: float,
    catalog_path: Path | None = None,
) -> ScanReport:
    """Mark duplicates, assess every unit and build the scan report."""
    catalog = load_catalog(catalog_path)
    documents = mark_duplicates(records)
    by_unit: dict[str, list[DocumentRecord]] = {unit: [] for unit in units}
    for record in documents:
        by_unit.setdefault(record.unit, []).append(record)
    units = tuple(assess_unit(unit, by_unit[unit], catalog) for unit in sorted(by_unit))
    return ScanReport(
        root_name=options.root.name,
        evaluation_year=options.evaluation_year,
        as_of=options.as_of,
        documents=tuple(documents),
        units=units,
        catalog_version=catalog.version,
        classifier=classifier_name(catalog_path),
        bukti_version=bukti_version(),
        generated_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
        duration_seconds=round(time.monotonic() - started, 3),
    )
