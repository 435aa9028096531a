"""The scan flow: discover files, reuse what the state store knows, process the rest, report.

Each task wraps one ``pipeline`` function. Per-document problems come back as report rows,
never as task failures; task exceptions are kept for infrastructure faults (a share that
is briefly unavailable), which are retried.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator
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


@task(name="discover-files", retries=2, retry_delay_seconds=5)
def discover_files(options: ScanOptions) -> Untraversed[scan.Inventory]:
    """List every file and unit under the evidence root."""
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
        if store is None:
            plan = ScanPlan(to_process=inventory.files, reused=(), reused_sources=())
        else:
            plan = store.plan(
                root_key,
                inventory.files,
                key,
                hash_file=lambda source: scan.hash_source(options.root, source),
            )
        batches = scan.batch_files(plan.to_process, _batch_size(len(plan.to_process), options))
        fresh = _process(batches, settings, store, key, len(plan.reused))
        reused = [
            scan.reuse_record(record, source, settings)
            for record, source in zip(plan.reused, plan.reused_sources, strict=True)
        ]
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


def run_scan_flow(options: ScanOptions) -> ScanReport:
    """Run the scan flow; the CLI and scheduled deployments both call this."""
    runner = _task_runner(options.jobs, options.dask_address)
    if options.dask_address is None:
        # While a local Prefect API may still be booting: load what this machine's workers need.
        scan.prepare_local_workers()
    local_api.wait_until_ready()
    with collector.tuned_for_bulk_work(), _heartbeats_only_for_a_lasting_server():
        return scan_evidence.with_options(task_runner=runner)(options).value


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
