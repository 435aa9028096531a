"""The scan flow: discover files, process them in batches, assemble the report.

Each task wraps one ``pipeline`` function. Per-document problems come back as report rows,
never as task failures; task exceptions are kept for infrastructure faults (a share that
is briefly unavailable), which are retried.
"""

from __future__ import annotations

import logging
import time

from prefect import flow, task, unmapped
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from models.documents import DocumentRecord, SourceFile
from models.options import ScanOptions
from models.report import ScanReport
from pipeline import scan

log = logging.getLogger(__name__)


@task(name="discover-files", retries=2, retry_delay_seconds=5)
def discover_files(options: ScanOptions) -> scan.Inventory:
    """List every file and unit under the evidence root."""
    return scan.discover_files(options.root, unit_depth=options.unit_depth)


@task(name="process-batch", retries=2, retry_delay_seconds=5)
def process_batch(files: list[SourceFile], settings: scan.DocumentSettings) -> list[DocumentRecord]:
    """Read, classify and date one batch of files."""
    return scan.process_batch(files, settings)


# Worker processes cost seconds to start (each imports Prefect and the classifier), so
# small scans run in one process; see bench/scan_speed.py.
MIN_FILES_FOR_PROCESSES = 300


@flow(name="bukti-process-files", log_prints=False, validate_parameters=False)
def process_files(batches: list[list[SourceFile]], settings: scan.DocumentSettings) -> list[DocumentRecord]:
    """Process every batch with the flow's task runner; records come back in order."""
    futures = process_batch.map(batches, unmapped(settings))
    return [record for future in futures for record in future.result()]


@flow(name="bukti-scan", log_prints=False, validate_parameters=False)
def scan_evidence(options: ScanOptions) -> ScanReport:
    """Scan one evidence folder and return its report (reports are written by the caller)."""
    started = time.monotonic()
    inventory = discover_files(options)
    batches = scan.batch_files(inventory.files, _batch_size(len(inventory.files), options))
    settings = scan.DocumentSettings.from_options(options)
    runner = _task_runner(len(inventory.files), options.jobs)
    records = process_files.with_options(task_runner=runner)(batches, settings)
    return scan.assemble_report(records, options, units=inventory.units, started=started)


def _task_runner(file_count: int, jobs: int) -> ThreadPoolTaskRunner | ProcessPoolTaskRunner:
    if jobs > 1 and file_count >= MIN_FILES_FOR_PROCESSES:
        return ProcessPoolTaskRunner(max_workers=jobs)
    return ThreadPoolTaskRunner(max_workers=1)


def _batch_size(file_count: int, options: ScanOptions) -> int:
    """Batches small enough to spread over the workers, large enough to amortise a task."""
    per_worker = -(-file_count // (options.jobs * 4)) if file_count else 1
    return max(1, min(options.batch_size, per_worker))


def run_scan_flow(options: ScanOptions) -> ScanReport:
    """Run the scan flow; the CLI and scheduled deployments both call this."""
    return scan_evidence(options)
