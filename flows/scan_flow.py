"""The scan flow: discover files, reuse what the state store knows, process the rest, report.

Each task wraps one ``pipeline`` function. Per-document problems come back as report rows,
never as task failures; task exceptions are kept for infrastructure faults (a share that
is briefly unavailable), which are retried.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from prefect import flow, task, unmapped
from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows import local_api
from models.documents import DocumentRecord, SourceFile
from models.options import ScanOptions
from models.report import ScanReport
from pipeline import collector, scan
from pipeline.progress import ScanProgress
from pipeline.state import ScanPlan, StateStore, analysis_key

log = logging.getLogger(__name__)

T = TypeVar("T")


class Untraversed(Generic[T]):
    """A task or flow result that Prefect hands over without walking through it.

    Prefect visits every field of a result, recursively, looking for futures to resolve; for
    a report of 10,000 documents that took longer than rescanning the tree. Bukti's results
    hold no futures, so they travel in this plain box, which Prefect does not open.
    """

    __slots__ = ("value",)

    def __init__(self, value: T) -> None:
        self.value = value


# Each scanning thread reads documents through its own reader process (pipeline.sandbox),
# so threads already spread extraction, the heavy part, over the cores; Prefect's process
# pool measured slower (each worker re-imports Prefect and starts its own readers).


@dataclass(frozen=True)
class _Rescan:
    """What a scan found under its root and what its state store lets it reuse."""

    inventory: scan.Inventory
    plan: ScanPlan
    reused: list[DocumentRecord]
    started: float


def _plan_rescan(
    options: ScanOptions,
    inventory: scan.Inventory,
    settings: scan.DocumentSettings,
    store: StateStore | None,
    key: str,
) -> tuple[ScanPlan, list[DocumentRecord]]:
    """Split the files into those to read and those whose cached analysis is reused as it is."""
    if store is None:
        return ScanPlan(to_process=inventory.files, reused=(), reused_sources=()), []
    plan = store.plan(
        str(options.root.resolve()),
        inventory.files,
        key,
        hash_file=lambda source: scan.hash_source(options.root, source),
    )
    reused = [
        scan.reuse_record(record, source, settings)
        for record, source in zip(plan.reused, plan.reused_sources, strict=True)
    ]
    return plan, reused


class HeadStart:
    """Discovery and planning, done in a thread while Prefect gets the flow run going.

    ``bukti scan`` waits several seconds for its temporary API, with this process idle, and
    any run waits for the API to create the flow run. Listing the tree and reading the state
    store need no API, so they are done meanwhile; the flow then takes the result instead of
    doing the same work again (its tasks and their retries are unchanged). Should the head
    start fail (a share that is not there yet, a locked store), the flow does the work itself,
    with its retries, and reports what went wrong.
    """

    def __init__(self, options: ScanOptions, *, start_readers: bool = False) -> None:
        """Start discovering and planning ``options``' scan in a background thread.

        With ``start_readers``, this machine's readers are prepared once the plan shows there
        is something to read: a rescan with nothing changed leaves the booting API the cores.
        """
        self.options = options
        self.start_readers = start_readers
        self._done = threading.Event()
        self._result: _Rescan | None = None
        threading.Thread(target=self._run, name="bukti-head-start", daemon=True).start()

    def _run(self) -> None:
        try:
            started = time.monotonic()
            options = self.options
            inventory = scan.discover_files(options.root, unit_depth=options.unit_depth)
            settings = scan.DocumentSettings.from_options(options)
            key = analysis_key(scan.analysis_parts(settings))
            with _open_store(options.state_path) as store:
                plan, reused = _plan_rescan(options, inventory, settings, store, key)
            if self.start_readers and plan.to_process:
                scan.prepare_local_workers()
            self._result = _Rescan(inventory, plan, reused, started)
        except Exception:  # noqa: BLE001 - the flow does it again and reports the error
            log.debug("head start failed; the flow discovers and plans itself", exc_info=True)
        finally:
            self._done.set()

    def result(self, options: ScanOptions) -> _Rescan | None:
        """The finished head start of ``options``' scan, or None when there is none to use."""
        if self.options != options:
            return None
        self._done.wait()
        return self._result


# The head start of the scan this thread is running, if it has one.
_HEAD_START: contextvars.ContextVar[HeadStart | None] = contextvars.ContextVar("head_start", default=None)


def _head_start_of(options: ScanOptions) -> _Rescan | None:
    head_start = _HEAD_START.get()
    return head_start.result(options) if head_start is not None else None


@task(name="discover-files", retries=2, retry_delay_seconds=5)
def discover_files(options: ScanOptions) -> Untraversed[scan.Inventory]:
    """List every file and unit under the evidence root (or take the head start's list)."""
    ahead = _head_start_of(options)
    if ahead is not None:
        return Untraversed(ahead.inventory)
    return Untraversed(scan.discover_files(options.root, unit_depth=options.unit_depth))


@task(name="process-batch", retries=2, retry_delay_seconds=5)
def process_batch(
    files: list[SourceFile], settings: scan.DocumentSettings
) -> Untraversed[list[DocumentRecord]]:
    """Read, classify and date one batch of files."""
    return Untraversed(scan.process_batch(files, settings))


@contextlib.contextmanager
def _open_store(path: Path | None) -> Iterator[StateStore | None]:
    if path is None:
        yield None
        return
    with StateStore(path) as store:
        yield store


def _process(
    batches: list[list[SourceFile]],
    settings: scan.DocumentSettings,
    store: StateStore | None,
    key: str,
    reused: int,
) -> list[DocumentRecord]:
    """Submit every batch to the flow's task runner, saving each batch as it finishes.

    This runs in the flow's body, not as a subflow: a subflow's parameters (every batch)
    are sent to the Prefect API, which refuses them for large trees.
    """
    progress = ScanProgress(sum(len(batch) for batch in batches), reused=reused)
    records: list[DocumentRecord] = []
    root_key = str(settings.root.resolve())
    try:
        for batch, future in zip(batches, process_batch.map(batches, unmapped(settings)), strict=True):
            batch_records = future.result().value
            if store is not None:
                cacheable = [
                    (s, r) for s, r in zip(batch, batch_records, strict=True) if scan.is_cacheable(r)
                ]
                store.save_batch(root_key, [s for s, _ in cacheable], [r for _, r in cacheable], key)
            records.extend(batch_records)
            progress.advance(len(batch), batch[-1].unit)
    finally:
        progress.close()
    return records


@flow(name="bukti-scan", log_prints=False, validate_parameters=False)
def scan_evidence(options: ScanOptions) -> Untraversed[ScanReport]:
    """Scan one evidence folder and return its report (reports are written by the caller)."""
    started = time.monotonic()
    inventory = discover_files(options).value
    settings = scan.DocumentSettings.from_options(options)
    key = analysis_key(scan.analysis_parts(settings))
    root_key = str(options.root.resolve())
    with _open_store(options.state_path) as store:
        ahead = _head_start_of(options)
        if ahead is not None and ahead.inventory is inventory:
            plan, reused, started = ahead.plan, ahead.reused, ahead.started
        else:
            plan, reused = _plan_rescan(options, inventory, settings, store, key)
        batches = scan.batch_files(plan.to_process, _batch_size(len(plan.to_process), options))
        fresh = _process(batches, settings, store, key, len(plan.reused))
        report = scan.assemble_report([*fresh, *reused], options, units=inventory.units, started=started)
        if store is None:
            return Untraversed(report)
        store.save_files(root_key, plan.files_to_remember, plan.hashes_to_remember)
        store.forget_missing(root_key, (source.path for source in inventory.files))
        changes = store.record_run(root_key, report, reused=len(reused))
    return Untraversed(report.model_copy(update={"changes": changes, "reused_documents": len(reused)}))


def _task_runner(jobs: int, dask_address: str | None = None) -> TaskRunner:
    if dask_address:
        # Batches go to an existing cluster; each worker loads the classifier once.
        from prefect_dask import DaskTaskRunner  # distributed is heavy: imported only for Dask

        return DaskTaskRunner(address=dask_address)
    return ThreadPoolTaskRunner(max_workers=max(1, jobs))


def _batch_size(file_count: int, options: ScanOptions) -> int:
    """Batches small enough to spread over the workers, large enough to amortise a task."""
    per_worker = -(-file_count // (options.jobs * 4)) if file_count else 1
    return max(1, min(options.batch_size, per_worker))


def run_scan_flow(options: ScanOptions, *, head_start: HeadStart | None = None) -> ScanReport:
    """Run the scan flow; the CLI and scheduled deployments both call this.

    Discovery and planning get a :class:`HeadStart` (or use ``head_start``, already started
    by the caller) while this command's temporary Prefect API boots and the run is created.
    """
    runner = _task_runner(options.jobs, options.dask_address)
    local_readers = options.dask_address is None
    with collector.tuned_for_bulk_work(), _heartbeats_only_for_a_lasting_server():
        booting = local_api.still_booting()
        if head_start is None:
            head_start = HeadStart(options, start_readers=local_readers and booting)
        if local_readers and not booting:
            # No boot to wait for: load what this machine's workers need before the first batch.
            scan.prepare_local_workers()
        local_api.wait_until_ready()
        token = _HEAD_START.set(head_start)
        try:
            return scan_evidence.with_options(task_runner=runner)(options).value
        finally:
            _HEAD_START.reset(token)


@contextlib.contextmanager
def _heartbeats_only_for_a_lasting_server() -> Iterator[None]:
    """Send no flow-run heartbeats to the temporary API of one ``bukti scan``.

    Heartbeats let a lasting server notice a run that died. The temporary API ends with the
    command, so nothing could ever read them, and stopping the heartbeat thread made every
    run wait up to a second at its end (the thread sleeps in one-second steps).
    """
    if not local_api.is_temporary():
        yield
        return
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield
