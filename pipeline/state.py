"""The state store: what earlier scans learned, so a rescan re-reads only what changed.

A SQLite database (``--state FILE``; by default ``bukti-state.sqlite`` in the output folder)
with three tables:

* ``files``: every file of every scanned root by path, with size, modification time and
  content hash. A file whose size and time are unchanged is not read again at all.
* ``results``: the analysis of a content (extraction, classification, dates) keyed by its
  SHA-256 and an *analysis key* that hashes every version and option the analysis depends
  on (Bukti, extractors, classifier, catalog, extraction options). A new version invalidates
  exactly the results it would change; a renamed or moved file is found by its hash.
* ``runs``: the history of scans per root, with a snapshot of each run's statuses, from which
  the next report says what changed.

Only content-dependent parts are cached. What depends on the file's place or the scan's
settings (path, unit, recency for ``--year``/``--as-of``/``--rules``) is recomputed on every
scan, so a report is the same with or without the store. Results are written batch by batch
as they complete, so a scan killed half way resumes from what it finished.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from models.changes import ChangeReport, DocumentChange, StatusChange
from models.documents import DocumentRecord, SourceFile
from models.errors import OutputNotWritable
from models.report import ScanReport

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
DEFAULT_STATE_NAME = "bukti-state.sqlite"
# Waiting for another scan's write lock, in seconds, before giving up.
_BUSY_TIMEOUT_MS = 60_000

# Each migration takes the store from version i to i + 1. Never edit a released one:
# add a new step, so that a newer Bukti opens an older store.
_MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE files (root TEXT NOT NULL, path TEXT NOT NULL, size INTEGER NOT NULL,"
        " mtime_ns INTEGER NOT NULL, sha256 TEXT, PRIMARY KEY (root, path))",
        "CREATE TABLE results (sha256 TEXT NOT NULL, analysis_key TEXT NOT NULL,"
        " record TEXT NOT NULL, PRIMARY KEY (sha256, analysis_key))",
    ),
    (
        "CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, root TEXT NOT NULL,"
        " started_at TEXT NOT NULL, finished_at TEXT, evaluation_year INTEGER NOT NULL,"
        " as_of TEXT NOT NULL, documents INTEGER, reused INTEGER, snapshot TEXT)",
        "CREATE INDEX runs_by_root ON runs (root, id)",
    ),
)


class ScanPlan(BaseModel):
    """Which files a scan must read, and the records it can reuse."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    to_process: tuple[SourceFile, ...] = Field(description="Files to read and classify.")
    reused: tuple[DocumentRecord, ...] = Field(
        description="Cached records of unchanged content, not yet re-identified."
    )
    reused_sources: tuple[SourceFile, ...] = Field(description="The files those records are for.")
    files_to_remember: tuple[SourceFile, ...] = Field(
        default=(), description="Reused files the store does not know by this size and time yet."
    )
    hashes_to_remember: tuple[str, ...] = Field(default=(), description="Their content hashes.")


# Record fields that :func:`pipeline.scan.reuse_record` recomputes, so the store need not keep.
_RECOMPUTED_ON_REUSE = {"recency"}


class StateStore:
    """A SQLite state store; use as a context manager."""

    def __init__(self, path: Path) -> None:
        """Open (creating and migrating if needed) the store at ``path``.

        Raises:
            OutputNotWritable: the database cannot be created or opened for writing.

        """
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=_BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
            self._migrate()
        except (sqlite3.Error, OSError) as error:
            raise OutputNotWritable(out=str(path), detail=str(error)) from error

    def __enter__(self) -> StateStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _migrate(self) -> None:
        with self._transaction() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise sqlite3.DatabaseError(
                    f"store schema {version} is newer than this Bukti ({SCHEMA_VERSION})"
                )
            for step in _MIGRATIONS[version:]:
                for statement in step:
                    db.execute(statement)
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    @property
    def schema_version(self) -> int:
        """The schema version of the open database."""
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def plan(
        self,
        root_key: str,
        files: Sequence[SourceFile],
        analysis_key: str,
        *,
        hash_file: Callable[[SourceFile], str | None],
    ) -> ScanPlan:
        """Split ``files`` into those to read and those whose cached analysis still holds.

        A file with the size and modification time recorded last time keeps its recorded
        hash without being read. Any other file is hashed (``hash_file``), which finds
        content already analysed under another name (a rename or a copy).
        """
        # One query for every known file of the root with its cached analysis, if any.
        known = {
            path: (size, mtime_ns, sha256, record)
            for path, size, mtime_ns, sha256, record in self._db.execute(
                "SELECT f.path, f.size, f.mtime_ns, f.sha256, r.record FROM files AS f"
                " LEFT JOIN results AS r ON r.sha256 = f.sha256 AND r.analysis_key = ?"
                " WHERE f.root = ?",
                (analysis_key, root_key),
            )
        }
        # A store with no analysis under this key (first scan, new version) reuses nothing:
        # hashing files only to find that out would read the whole tree twice.
        has_results = self._db.execute(
            "SELECT 1 FROM results WHERE analysis_key = ? LIMIT 1", (analysis_key,)
        ).fetchone()
        to_process: list[SourceFile] = []
        reused: list[DocumentRecord] = []
        reused_sources: list[SourceFile] = []
        to_remember: list[tuple[SourceFile, str]] = []
        for source in files:
            previous = known.get(source.path)
            if not has_results:
                record = None
            elif previous and previous[:2] == (source.size, source.mtime_ns) and previous[2]:
                raw = previous[3]
                record = DocumentRecord.model_validate_json(raw) if raw is not None else None
            else:
                # New, changed, renamed or copied: the content decides.
                sha256 = hash_file(source)
                record = self._result(sha256, analysis_key) if sha256 else None
                if record is not None:
                    to_remember.append((source, sha256))
            if record is None:
                to_process.append(source)
            else:
                reused.append(record)
                reused_sources.append(source)
        return ScanPlan(
            to_process=tuple(to_process),
            reused=tuple(reused),
            reused_sources=tuple(reused_sources),
            files_to_remember=tuple(source for source, _ in to_remember),
            hashes_to_remember=tuple(sha256 for _, sha256 in to_remember),
        )

    def _result(self, sha256: str, analysis_key: str) -> DocumentRecord | None:
        row = self._db.execute(
            "SELECT record FROM results WHERE sha256 = ? AND analysis_key = ?", (sha256, analysis_key)
        ).fetchone()
        return DocumentRecord.model_validate_json(row[0]) if row else None

    def save_batch(
        self,
        root_key: str,
        sources: Sequence[SourceFile],
        records: Sequence[DocumentRecord],
        analysis_key: str,
    ) -> None:
        """Remember the files and the analyses of one finished batch (one transaction)."""
        with self._transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO files (root, path, size, mtime_ns, sha256) VALUES (?, ?, ?, ?, ?)",
                [
                    (root_key, source.path, source.size, source.mtime_ns, record.sha256)
                    for source, record in zip(sources, records, strict=True)
                ],
            )
            # Recency is left out: every reuse recomputes it for that scan's year, as-of date
            # and rules, and loading it back was half the cost of reading a cached record.
            db.executemany(
                "INSERT OR REPLACE INTO results (sha256, analysis_key, record) VALUES (?, ?, ?)",
                [
                    (record.sha256, analysis_key, record.model_dump_json(exclude=_RECOMPUTED_ON_REUSE))
                    for record in records
                    if record.sha256 and record.size > 0
                ],
            )

    def save_files(self, root_key: str, sources: Sequence[SourceFile], hashes: Sequence[str | None]) -> None:
        """Remember size, time and hash of files whose analysis was reused (renamed, touched)."""
        with self._transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO files (root, path, size, mtime_ns, sha256) VALUES (?, ?, ?, ?, ?)",
                [
                    (root_key, source.path, source.size, source.mtime_ns, sha256)
                    for source, sha256 in zip(sources, hashes, strict=True)
                ],
            )

    def forget_missing(self, root_key: str, present: Iterable[str]) -> None:
        """Drop file rows of paths that no longer exist under the root."""
        keep = set(present)
        gone = [
            (root_key, path)
            for (path,) in self._db.execute("SELECT path FROM files WHERE root = ?", (root_key,))
            if path not in keep
        ]
        with self._transaction() as db:
            db.executemany("DELETE FROM files WHERE root = ? AND path = ?", gone)

    def record_run(self, root_key: str, report: ScanReport, *, reused: int) -> ChangeReport | None:
        """Store this run's snapshot and return what changed since the previous run.

        The comparison is with the previous finished run of the same root and evaluation
        year; None when there is none.
        """
        snapshot = snapshot_of(report)
        previous_row = self._db.execute(
            "SELECT id, finished_at, snapshot FROM runs WHERE root = ? AND evaluation_year = ?"
            " AND snapshot IS NOT NULL ORDER BY id DESC LIMIT 1",
            (root_key, report.evaluation_year),
        ).fetchone()
        with self._transaction() as db:
            db.execute(
                "INSERT INTO runs (root, started_at, finished_at, evaluation_year, as_of, documents,"
                " reused, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    root_key,
                    (report.generated_at - dt.timedelta(seconds=report.duration_seconds)).isoformat(),
                    report.generated_at.isoformat(),
                    report.evaluation_year,
                    report.as_of.isoformat(),
                    len(report.documents),
                    reused,
                    json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
                ),
            )
        if previous_row is None:
            return None
        return compare_snapshots(json.loads(previous_row[2]), snapshot, previous_run_at=previous_row[1])

    def run_count(self, root_key: str) -> int:
        """How many runs of this root the store remembers."""
        return int(self._db.execute("SELECT COUNT(*) FROM runs WHERE root = ?", (root_key,)).fetchone()[0])


def analysis_key(parts: dict[str, object]) -> str:
    """A short stable hash of everything an analysis depends on."""
    text = json.dumps(parts, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def snapshot_of(report: ScanReport) -> dict[str, object]:
    """The parts of a report the next run compares with."""
    return {
        "documents": {
            record.path: [record.sha256, record.status.value, record.evidence_type]
            for record in report.documents
        },
        "units": {
            unit.unit: {
                "evidence_types": {slug: status.value for slug, status in unit.evidence_types.items()},
                "indicators": {code: status.value for code, status in unit.indicators.items()},
            }
            for unit in report.units
        },
    }


def compare_snapshots(
    before: dict[str, object], after: dict[str, object], *, previous_run_at: str
) -> ChangeReport:
    """What changed between two snapshots: documents, and every unit status that moved."""
    old_docs: dict[str, list[object]] = before["documents"]  # type: ignore[assignment]
    new_docs: dict[str, list[object]] = after["documents"]  # type: ignore[assignment]
    documents = [DocumentChange(path=path, change="new") for path in sorted(set(new_docs) - set(old_docs))]
    documents += [
        DocumentChange(path=path, change="removed") for path in sorted(set(old_docs) - set(new_docs))
    ]
    documents += [
        DocumentChange(path=path, change="changed")
        for path in sorted(set(old_docs) & set(new_docs))
        if old_docs[path][0] != new_docs[path][0]
    ]
    documents.sort(key=lambda change: change.path)
    statuses: list[StatusChange] = []
    old_units: dict[str, dict[str, dict[str, str]]] = before["units"]  # type: ignore[assignment]
    new_units: dict[str, dict[str, dict[str, str]]] = after["units"]  # type: ignore[assignment]
    for unit in sorted(set(old_units) | set(new_units)):
        for kind in ("evidence_types", "indicators"):
            old = old_units.get(unit, {}).get(kind, {})
            new = new_units.get(unit, {}).get(kind, {})
            for key in sorted(set(old) | set(new)):
                if old.get(key) != new.get(key):
                    statuses.append(
                        StatusChange(
                            unit=unit,
                            kind="evidence_type" if kind == "evidence_types" else "indicator",
                            key=key,
                            before=old.get(key),
                            after=new.get(key),
                        )
                    )
    return ChangeReport(previous_run_at=previous_run_at, documents=tuple(documents), statuses=tuple(statuses))
