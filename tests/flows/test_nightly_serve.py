"""A real Prefect server on localhost: register the nightly deployment, trigger it, see it done."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import bukti_command, with_ctrl_c

from models.errors import ExitCode

PREFECT = str(Path(sys.executable).with_name("prefect"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(check, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what}")


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture
def prefect_server(tmp_path: Path):
    """A real Prefect server with its own SQLite database, stopped after the test."""
    port = free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
    }
    env.pop("PREFECT_API_URL", None)
    server = subprocess.Popen(
        [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/api"
    try:
        wait_until(lambda: healthy(url), 240, "the Prefect server")
        yield {**env, "PREFECT_API_URL": url}
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=60)


def test_nightly_deployment_runs_on_a_real_server(prefect_server, demo_tree, tmp_path: Path) -> None:
    root = tmp_path / "Evidence"
    shutil.copytree(demo_tree[0], root)
    out = tmp_path / "laporan"
    serving = subprocess.Popen(
        [*bukti_command(), "serve", str(root), "--cron", "0 2 * * *", "--out", str(out), "--name", "uji"],
        env=prefect_server,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=with_ctrl_c,
    )
    try:

        def registered() -> bool:
            inspect = subprocess.run(
                [PREFECT, "deployment", "inspect", "bukti-nightly/uji"],
                env=prefect_server,
                capture_output=True,
                text=True,
            )
            return inspect.returncode == 0 and "0 2 * * *" in inspect.stdout

        wait_until(registered, 180, "the deployment")
        run = subprocess.run(
            [PREFECT, "deployment", "run", "bukti-nightly/uji", "--watch", "--watch-timeout", "400"],
            env=prefect_server,
            capture_output=True,
            text=True,
            timeout=450,
        )
        assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
        assert "Completed" in run.stdout
        assert {"report.json", "report.html", "report.xlsx", "bukti-state.sqlite"} <= {
            p.name for p in out.iterdir()
        }
    finally:
        os.killpg(serving.pid, 2)
        serving.wait(timeout=60)


def test_serve_without_a_server_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    result = subprocess.run(
        [*bukti_command(), "serve", str(tmp_path), "--cron", "0 2 * * *", "--out", str(tmp_path / "o")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == ExitCode.MISSING_DEPENDENCY
    assert result.stderr.strip().count("\n") == 0 and "PREFECT_API_URL" in result.stderr
