"""Prefect settings for running offline: set before Prefect is first imported.

Bukti runs Prefect in its local ephemeral mode unless the administrator points it at a
server (``PREFECT_API_URL``). Values the user already set are left alone.
"""

from __future__ import annotations

import os

_DEFAULTS = {
    # No telemetry: evidence folders belong to government units, and there is no network.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_CLOUD_ENABLE_ORCHESTRATION_TELEMETRY": "false",
    # Start the temporary local API when no server is configured.
    "PREFECT_SERVER_ALLOW_EPHEMERAL_MODE": "true",
    # The first start on a fresh machine migrates its SQLite database and can be slow.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
    # Reports are the results; Prefect need not persist task results.
    "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
    # Keep the terminal for Bukti's own messages; Prefect's INFO lines are noise there.
    "PREFECT_LOGGING_LEVEL": "WARNING",
}

for _name, _value in _DEFAULTS.items():
    os.environ.setdefault(_name, _value)
