"""Entry point of the ``bukti`` command: the pipeline's CLI with the Prefect scan flow.

Prefect is imported only by the commands that run a flow, and ``bukti scan`` starts its
temporary Prefect API (:mod:`flows.local_api`) before anything else so that the server
boots while the command loads.
"""

from __future__ import annotations

import functools
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer

    from models.options import ScanOptions, ServeOptions
    from models.report import ScanReport


def run_scan(options: ScanOptions) -> ScanReport:
    """Run the scan flow (Prefect is imported here, not when the CLI loads)."""
    from flows.scan_flow import run_scan_flow

    return run_scan_flow(options)


def serve(options: ServeOptions) -> None:
    """Serve the nightly deployment (Prefect is imported here, not when the CLI loads)."""
    from flows.nightly import serve_nightly

    serve_nightly(options)


@functools.cache
def _app() -> typer.Typer:
    from pipeline.cli import build_app

    return build_app(run_scan, serve)


def __getattr__(name: str) -> object:
    # ``flows.cli.app`` is built on first use, so ``main`` can start the local API first.
    if name == "app":
        return _app()
    raise AttributeError(name)


def main() -> None:
    """Run ``bukti`` and exit with its status."""
    arguments = sys.argv[1:]
    if arguments[:1] == ["scan"] and not {"--help", "-h"} & set(arguments):
        from flows import local_api

        local_api.start_if_needed()
    from pipeline import collector
    from pipeline.cli import run_cli

    status = run_cli(_app())
    collector.spare_final_collection()  # reports are written: nothing left but to exit
    sys.exit(status)


if __name__ == "__main__":
    main()
