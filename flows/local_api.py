"""The temporary local Prefect API of one ``bukti scan``, started before anything else loads.

With no ``PREFECT_API_URL``, Prefect starts a temporary API server for the run itself, but
only once the flow starts: it first imports its whole server package into the command's own
process (several CPU-seconds, only to build the launcher), then boots the server and waits.
Bukti starts the same server, with the same command and settings, as the very first thing
``bukti scan`` does, so the server boots while the command imports Prefect, checks its
arguments and loads the classifier. The flow then finds ``PREFECT_API_URL`` set and only
waits for whatever boot time is left.

The server is this process's child: it is stopped at exit and, should ``bukti`` itself be
killed, the kernel ends it too (``PR_SET_PDEATHSIG``). An administrator's own server
(``PREFECT_API_URL`` set) is always used as it is.
"""

from __future__ import annotations

import atexit
import ctypes
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from models.errors import MissingDependency

_PR_SET_PDEATHSIG = 1
_PORT_IN_USE_EXIT = 3  # what uvicorn exits with when it cannot bind its port
_POLL_SECONDS = 0.05


class LocalPrefectApi:
    """One temporary Prefect API server on a free localhost port."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.process = _start_server(self.port)
        self.ready = False
        atexit.register(self.stop)

    @property
    def url(self) -> str:
        """The API address Prefect's client uses (``PREFECT_API_URL``)."""
        return f"http://127.0.0.1:{self.port}/api"

    def wait_until_ready(self, timeout: float) -> None:
        """Block until the server answers its health check.

        Raises:
            MissingDependency: the server exited or did not answer within ``timeout`` seconds.

        """
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = self.process.poll()
            if code == _PORT_IN_USE_EXIT:
                # Another program took the port between our probe and the server's bind.
                self.port = _free_port()
                self.process = _start_server(self.port)
                os.environ["PREFECT_API_URL"] = self.url
                continue
            if code is not None:
                raise MissingDependency(what=f"server Prefect lokal (berhenti dengan kode {code})")
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=1) as response:
                    if response.status == 200:
                        self.ready = True
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(_POLL_SECONDS)
        raise MissingDependency(what=f"server Prefect lokal (tidak siap dalam {timeout:g} detik)")

    def stop(self) -> None:
        """Stop the server (at exit, or when the caller is done with it)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


_STARTED: LocalPrefectApi | None = None


def start_if_needed() -> LocalPrefectApi | None:
    """Start the temporary API unless a server is configured; set ``PREFECT_API_URL`` to it.

    Must run before Prefect is imported (Prefect reads its settings once, at import).
    """
    global _STARTED
    if _STARTED is not None or os.environ.get("PREFECT_API_URL") or "prefect" in sys.modules:
        return _STARTED
    if os.environ.get("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", "true").lower() not in ("1", "true"):
        return None
    _STARTED = LocalPrefectApi()
    os.environ["PREFECT_API_URL"] = _STARTED.url
    return _STARTED


def is_temporary() -> bool:
    """Whether this process runs its flows against the temporary API it started itself."""
    return _STARTED is not None and os.environ.get("PREFECT_API_URL") == _STARTED.url


def still_booting() -> bool:
    """Whether the temporary API has been started and has not answered its health check yet."""
    return is_temporary() and _STARTED is not None and not _STARTED.ready


def wait_until_ready() -> None:
    """Wait for the API that :func:`start_if_needed` started (nothing to do otherwise)."""
    if _STARTED is not None:
        timeout = float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180"))
        _STARTED.wait_until_ready(timeout)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start_server(port: int) -> subprocess.Popen[bytes]:
    """Start Prefect's API server exactly as Prefect's own temporary server is started."""
    spec = importlib.util.find_spec("prefect")
    if spec is None or not spec.submodule_search_locations:
        raise MissingDependency(what="prefect")
    package_parent = Path(next(iter(spec.submodule_search_locations))).parent
    environment = {
        **os.environ,
        "PREFECT_UI_ENABLED": "0",
        "PREFECT__SERVER_EPHEMERAL": "1",
        "PREFECT__SERVER_FINAL": "1",
    }
    environment.pop("PREFECT_API_URL", None)
    return subprocess.Popen(  # noqa: S603 - our own interpreter and a fixed argument list
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--app-dir",
            str(package_parent),
            "--factory",
            "prefect.server.api.server:create_app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "error",
            "--lifespan",
            "on",
        ],
        env=environment,
        stdin=subprocess.DEVNULL,
        preexec_fn=_die_with_parent,  # noqa: PLW1509 - no threads exist yet at this point
    )


def _die_with_parent() -> None:
    """In the server process: ask the kernel to end it when ``bukti`` ends, however it ends."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass  # not Linux: atexit still stops the server on a normal exit
