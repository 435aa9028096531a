"""The scan's stages: find files, read and classify each, mark duplicates, assess units.

Each stage is a plain function over paths and frozen models so that ``flows/`` can run
batches as Prefect tasks (locally or on Dask workers) through the same code. The evidence
root is only ever opened for reading.
"""

from __future__ import annotations

import base64
import datetime as dt
import errno
import functools
import hashlib
import logging
import os
import stat
import time
from collections.abc import Iterable, Sequence
from importlib import metadata
from pathlib import Path, PurePosixPath

from pydantic import BaseModel, ConfigDict, Field

from classifiers.model import TrainedClassifier
from classifiers.text import title_line
from extractors.limits import document_error_for, open_evidence, special_kind
from models.catalog import Catalog, RecencyRule
from models.documents import (
    Classification,
    DocumentDates,
    DocumentRecord,
    DocumentStatus,
    EntryKind,
    ExtractedText,
    FileFormat,
    SourceFile,
)
from models.errors import (
    DocumentError,
    EmptyFile,
    EvidenceRootNotFound,
    FolderUnreadable,
    LinkBroken,
    LinkNotFollowed,
    LinkOutsideRoot,
    NotRegularFile,
)
from models.messages import Message
from models.options import ExtractOptions, ScanOptions
from models.report import ScanReport
from pipeline import analysis, sandbox
from pipeline.catalog import load_catalog
from pipeline.coverage import assess_unit
from pipeline.misfiled import misfiled_message
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
    """Every entry under ``root`` that stands for a file, sorted by path; nothing is opened.

    Regular files are listed for reading. Everything else that is not a folder is listed
    too, so that each appears once in the report with its reason, but is never opened:
    symbolic links (inside the root, leaving it, or broken/looping), pipes, sockets and
    devices, and folders that cannot be listed. Links are never followed, so a link loop
    cannot hang the walk; bind mounts that loop are caught by (device, inode). Hidden
    entries and OS litter are skipped, as the contract allows.

    A folder at the unit depth is a unit even when it holds no file, so that a unit that
    uploaded nothing is reported with everything missing.
    """
    check_root(root)
    real_root = os.path.realpath(root)
    found: list[SourceFile] = []
    units: set[str] = set()
    seen_folders: set[tuple[int, int]] = set()
    pending: list[bytes] = [b""]
    while pending:
        relative_folder = pending.pop()
        folder = os.path.join(os.fsencode(root), relative_folder) if relative_folder else os.fsencode(root)
        depth = relative_folder.count(b"/") + 1 if relative_folder else 0
        if depth == unit_depth:
            units.add(_display_path(relative_folder)[0] if depth else root.name)
        try:
            identity = os.stat(folder)
            if (identity.st_dev, identity.st_ino) in seen_folders:
                log.warning("folder %r is reached twice (a looping mount); listed once", folder)
                continue
            seen_folders.add((identity.st_dev, identity.st_ino))
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            if not relative_folder:
                raise EvidenceRootNotFound(root=str(root)) from error
            found.append(
                _entry(
                    relative_folder,
                    EntryKind.FOLDER_UNREADABLE,
                    unit_depth,
                    root,
                    detail=error.strerror or type(error).__name__,
                )
            )
            continue
        for entry in entries:
            name = entry.name
            if _is_hidden_bytes(name):
                continue
            relative = os.path.join(relative_folder, name) if relative_folder else name
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                # Vanished between listing and looking: it is no longer under the root.
                continue
            if stat.S_ISDIR(info.st_mode):
                pending.append(relative)
            elif stat.S_ISREG(info.st_mode):
                found.append(_entry(relative, EntryKind.FILE, unit_depth, root, info=info))
            elif stat.S_ISLNK(info.st_mode):
                kind, target = _classify_link(entry.path, real_root)
                found.append(_entry(relative, kind, unit_depth, root, info=info, detail=target))
            else:
                found.append(
                    _entry(
                        relative,
                        EntryKind.SPECIAL,
                        unit_depth,
                        root,
                        info=info,
                        detail=special_kind(info.st_mode),
                    )
                )
    found.sort(key=lambda source: source.path)
    units.update(source.unit for source in found)
    return Inventory(files=tuple(found), units=tuple(sorted(units)))


def _is_hidden_bytes(name: bytes) -> bool:
    return is_litter(os.fsdecode(name))


def _display_path(relative: bytes) -> tuple[str, str | None]:
    r"""Return the path to show in reports, and its exact bytes (base64) when they are not UTF-8.

    Undecodable bytes are shown as ``\xNN`` escapes rather than replaced by U+FFFD, so
    two different names never look the same; NFC and NFD spellings are kept as they are.
    """
    try:
        return relative.decode("utf-8"), None
    except UnicodeDecodeError:
        shown = relative.decode("utf-8", "backslashreplace")
        return shown, base64.b64encode(relative).decode("ascii")


def _classify_link(link: bytes, real_root: str) -> tuple[EntryKind, str | None]:
    """Where a symbolic link leads: inside the root (and to which path), outside, or nowhere.

    ``os.path.realpath`` resolves a loop without hanging (it stops where the loop closes);
    nothing the link points to is opened.
    """
    target = os.path.realpath(os.fsdecode(link))
    if not os.path.lexists(target) or os.path.islink(target):
        return EntryKind.LINK_BROKEN, None
    try:
        inside = os.path.commonpath([real_root, target]) == real_root
    except ValueError:
        inside = False
    if not inside or not os.path.exists(target):
        return (EntryKind.LINK_OUTSIDE if inside is False else EntryKind.LINK_BROKEN), None
    relative = os.fsencode(os.path.relpath(target, real_root))
    return EntryKind.LINK_INSIDE, _display_path(relative)[0]


def _entry(
    relative: bytes,
    kind: EntryKind,
    unit_depth: int,
    root: Path,
    *,
    info: os.stat_result | None = None,
    detail: str | None = None,
) -> SourceFile:
    shown, raw = _display_path(relative)
    posix = PurePosixPath(shown)
    return SourceFile(
        path=str(posix),
        unit=unit_of(posix, unit_depth=unit_depth, root_name=root.name),
        # Only regular files have a size worth reporting; the rest are never read.
        size=info.st_size if info is not None and kind == EntryKind.FILE else 0,
        mtime_ns=info.st_mtime_ns if info is not None else 0,
        kind=kind,
        detail=detail,
        path_base64=raw,
    )


def batch_files(files: Sequence[SourceFile], size: int) -> list[list[SourceFile]]:
    """Split the file list into batches of at most ``size``, keeping the order."""
    return [list(files[start : start + size]) for start in range(0, len(files), size)]


@functools.lru_cache(maxsize=2)
def _classifier_for(catalog_path: Path | None) -> tuple[Catalog, TrainedClassifier]:
    """Load the catalog and the classifier artifact once per process (each worker has its own).

    Raises:
        MissingDependency: the artifact is missing or corrupt (exit code 5).

    """
    catalog = load_catalog(catalog_path)
    return catalog, analysis.classifier()


def prepare_local_workers(catalog_path: Path | None = None) -> None:
    """Load the classifier and start the readers' fork server before the first batch needs them."""
    _classifier_for(catalog_path)
    sandbox.start_fork_server()


def classifier_name(catalog_path: Path | None = None) -> str:
    """The name and version of the classifier a scan uses."""
    return _classifier_for(catalog_path)[1].name


def classifier_training_data(catalog_path: Path | None = None) -> str:
    """The hash of the labelled data the scan's classifier was trained on."""
    return _classifier_for(catalog_path)[1].training_data_sha256


def file_sha256(path: Path) -> str:
    """Hash a file's content in chunks (read-only; a pipe or device is refused, not read).

    Raises:
        OSError: the file cannot be read or is not a regular file.

    """
    try:
        return _evidence_sha256(path, max_bytes=None)
    except DocumentError as error:
        raise OSError(errno.EINVAL, error.message_key) from error


def _evidence_sha256(path: Path, *, max_bytes: int | None) -> str:
    """Hash an evidence file opened by :func:`open_evidence` (raises ``DocumentError``)."""
    digest = hashlib.sha256()
    with open_evidence(path, max_bytes=max_bytes) as handle:
        try:
            while chunk := handle.read(_HASH_CHUNK):
                digest.update(chunk)
        except OSError as error:
            raise document_error_for(error) from error
    return digest.hexdigest()


def process_file(source: SourceFile, settings: DocumentSettings) -> DocumentRecord:
    """Turn one file into its report row; a problem with this file never raises.

    This is the single per-document boundary: document-level errors become an
    ``unreadable`` row with a one-sentence reason. Entries that are not regular files
    (links, pipes, devices, unlistable folders) get their reason without being opened.
    """
    base = {"path": source.path, "unit": source.unit, "size": source.size, "path_base64": source.path_base64}
    if source.kind != EntryKind.FILE:
        return _unreadable(base, _entry_error(source), source.path)
    return read_document(source.location(settings.root), base, settings)


def _entry_error(source: SourceFile) -> DocumentError:
    """Return the reason an entry that is not a regular file is reported but never opened."""
    if source.kind == EntryKind.LINK_INSIDE:
        return LinkNotFollowed(target=source.detail or "?")
    if source.kind == EntryKind.LINK_OUTSIDE:
        return LinkOutsideRoot()
    if source.kind == EntryKind.LINK_BROKEN:
        return LinkBroken()
    if source.kind == EntryKind.FOLDER_UNREADABLE:
        return FolderUnreadable(detail=source.detail or "?")
    return NotRegularFile(kind=source.detail or "?")


def read_document(path: Path, base: dict[str, object], settings: DocumentSettings) -> DocumentRecord:
    """Extract, classify and date the file at ``path``; ``base`` holds the row's identity.

    The file is hashed here (opened as a regular file only, refused over the size limit
    before a byte is read); a reader process extracts, classifies and dates it and is ended
    when it overruns the document's time budget (:mod:`pipeline.sandbox`).
    """
    catalog, _ = _classifier_for(settings.catalog_path)
    options = settings.extract
    sha256 = None
    try:
        sha256 = _evidence_sha256(path, max_bytes=options.max_file_bytes)
        if base.get("size") == 0 and os.stat(path).st_size == 0:
            raise EmptyFile()
        extracted, classification, dates = sandbox.read_and_analyse(path, options=options)
    except DocumentError as error:
        return _unreadable(base, error, path, sha256=sha256)
    except OSError as error:
        return _unreadable(base, document_error_for(error), path, sha256=sha256, cause=error)
    return _readable_record(base, sha256, extracted, classification, dates, catalog, settings)


def _unreadable(
    base: dict[str, object],
    error: DocumentError,
    path: Path | str,
    *,
    sha256: str | None = None,
    cause: Exception | None = None,
) -> DocumentRecord:
    """Build the ``unreadable`` row; nothing is opened here (the reader reported the format)."""
    log.info("unreadable %s: %s", path, error.message_key, exc_info=cause)
    detected = getattr(error, "file_format", None)
    if isinstance(error, EmptyFile):
        detected, sha256 = FileFormat.EMPTY, None
    return DocumentRecord(
        **base,
        status=DocumentStatus.UNREADABLE,
        format=detected or FileFormat.UNKNOWN,
        sha256=sha256,
        error=Message(key=error.message_key, params=error.params),
    )


def _readable_record(
    base: dict[str, object],
    sha256: str,
    extracted: ExtractedText,
    classification: Classification,
    dates: DocumentDates,
    catalog: Catalog,
    settings: DocumentSettings,
) -> DocumentRecord:
    text = extracted.text
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
        misfiled=misfiled_message(base["path"], slug, catalog) if slug else None,
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
        generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        duration_seconds=round(time.monotonic() - started, 3),
    )


# Reasons that may not hold next time (a busy machine, a share that came back): never cached.
_TRANSIENT_ERRORS = {
    "document.timeout",
    "document.access_denied",
    "document.memory_limit",
    "document.reader_crashed",
    "document.vanished",
    "document.read_failed",
}


def analysis_parts(settings: DocumentSettings) -> dict[str, object]:
    """Everything a document's cached analysis depends on; its hash keys the state store.

    Recency is not in it: it depends on ``--year``, ``--as-of`` and ``--rules`` and is
    recomputed for reused records on every scan.
    """
    catalog = load_catalog(settings.catalog_path)
    return {
        "bukti": bukti_version(),
        "catalog": catalog.version,
        "classifier": classifier_name(settings.catalog_path),
        "extract": settings.extract.model_dump(mode="json"),
        "extractors": _extractor_versions(),
    }


def _extractor_versions() -> dict[str, str]:
    versions = {}
    for package in ("pypdfium2", "python-docx", "pillow"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = "absent"
    return versions


def is_cacheable(record: DocumentRecord) -> bool:
    """Whether a fresh record may be reused by later scans of the same content."""
    return not (record.error is not None and record.error.key in _TRANSIENT_ERRORS)


def reuse_record(cached: DocumentRecord, source: SourceFile, settings: DocumentSettings) -> DocumentRecord:
    """Give a cached analysis the identity of ``source`` and recompute what the scan decides.

    The cached record may come from another path (a renamed or copied file) and from a scan
    with another evaluation year or as-of date, so identity and recency are redone here.
    """
    update: dict[str, object] = {
        "path": source.path,
        "unit": source.unit,
        "size": source.size,
        "path_base64": source.path_base64,
    }
    slug = cached.evidence_type
    if slug is not None:
        catalog = load_catalog(settings.catalog_path)
        if source.path != cached.path:
            # Whether a document is misfiled depends on the folder it sits in now (the
            # catalog is part of the cache key, so at the same path the verdict stands).
            update["misfiled"] = misfiled_message(source.path, slug, catalog)
        if cached.dates is not None:
            rule = settings.rule_overrides.get(slug, catalog.evidence_type(slug).rule)
            update["recency"] = assess_recency(
                rule, cached.dates, evaluation_year=settings.evaluation_year, as_of=settings.as_of
            )
    return cached.model_copy(update=update)


def hash_source(root: Path, source: SourceFile) -> str | None:
    """The content hash of a source file, or None when it cannot be read."""
    try:
        return file_sha256(source.location(root)) if source.size else None
    except OSError:
        return None
