"""Entry point of the ``bukti`` command: the pipeline's CLI with the Prefect scan flow."""

from __future__ import annotations

import sys

from flows.nightly import serve_nightly
from flows.scan_flow import run_scan_flow
from pipeline.cli import build_app, run_cli

app = build_app(run_scan_flow, serve_nightly)


def main() -> None:
    """Run ``bukti`` and exit with its status."""
    sys.exit(run_cli(app))


if __name__ == "__main__":
    main()
