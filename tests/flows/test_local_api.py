"""The temporary local Prefect API that ``bukti scan`` starts first: it serves, and it ends with us.

Each case runs a real Prefect API server (no mock) in a child Python process, because the
API must be started before Prefect is imported.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

STARTER = r"""
import os, sys, time
from flows import local_api
api = local_api.start_if_needed()
if api is None:
    print("none", os.environ.get("PREFECT_API_URL"), flush=True)
    sys.exit(0)
local_api.wait_until_ready()
print(api.process.pid, os.environ["PREFECT_API_URL"], flush=True)
if sys.argv[1] == "linger":
    time.sleep(120)
"""


def _start(mode: str, **env: str) -> subprocess.Popen[str]:
    environment = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"} | env
    return subprocess.Popen(
        [sys.executable, "-c", STARTER, mode],
        cwd=REPO,
        env=environment,
        stdout=subprocess.PIPE,
        text=True,
    )


def _gone(pid: int, within: float) -> bool:
    """Whether process ``pid`` has ended (a zombie counts as ended) within ``within`` seconds."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
        except FileNotFoundError:
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.1)
    return False


def _healthy(url: str) -> bool:
    with urllib.request.urlopen(f"{url}/health", timeout=5) as response:
        return response.status == 200


def test_the_server_answers_and_stops_when_the_command_exits() -> None:
    starter = _start("exit")
    pid_text, url = starter.stdout.readline().split()
    assert url.startswith("http://127.0.0.1:") and url.endswith("/api")
    starter.wait(timeout=60)
    assert starter.returncode == 0
    assert _gone(int(pid_text), within=15), "the Prefect API outlived the command"


def test_the_server_ends_when_the_command_is_killed() -> None:
    starter = _start("linger")
    try:
        pid_text, url = starter.stdout.readline().split()
        assert _healthy(url)
    finally:
        starter.send_signal(signal.SIGKILL)
        starter.wait(timeout=30)
    assert _gone(int(pid_text), within=15), "a killed scan left its Prefect API running"


@pytest.mark.parametrize(
    ("env", "expected_url"),
    [
        ({"PREFECT_API_URL": "http://prefect.internal:4200/api"}, "http://prefect.internal:4200/api"),
        ({"PREFECT_SERVER_ALLOW_EPHEMERAL_MODE": "false"}, "None"),
    ],
    ids=["administrator-server", "ephemeral-mode-off"],
)
def test_a_configured_server_is_used_as_it_is(env: dict[str, str], expected_url: str) -> None:
    starter = _start("exit", **env)
    output, _ = starter.communicate(timeout=60)
    assert output.split() == ["none", expected_url]


HEARTBEATS = r"""
import os
from flows import local_api
local_api.start_if_needed()
from prefect.settings import get_current_settings
from flows.scan_flow import _heartbeats_only_for_a_lasting_server
with _heartbeats_only_for_a_lasting_server():
    print(local_api.is_temporary(), get_current_settings().flows.heartbeat_frequency, flush=True)
print(get_current_settings().flows.heartbeat_frequency, flush=True)
"""


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, ["True", "None", "180"]),
        ({"PREFECT_API_URL": "http://prefect.internal:4200/api"}, ["False", "180", "180"]),
    ],
    ids=["temporary-api", "administrator-server"],
)
def test_flow_heartbeats_go_only_to_a_server_that_outlives_the_command(
    env: dict[str, str], expected: list[str]
) -> None:
    environment = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"} | env
    environment.pop("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", None)
    done = subprocess.run(
        [sys.executable, "-c", HEARTBEATS],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == expected
