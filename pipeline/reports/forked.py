"""Render one report in a forked copy of this process while the parent renders the others.

Rendering is pure Python and holds the GIL, so threads cannot share it out; the workbook alone
is about half of the writers' CPU time (``bench/report_speed.py``). A forked child starts with
the report and its view already in memory (copy-on-write, nothing is pickled), renders the
workbook into a temporary file in the output folder and exits; the parent renders the rest
meanwhile, then renames the child's file into place with its own. Nothing is renamed before
everything has been rendered, so an interrupted or failed run leaves the old reports intact.

The child runs only our rendering code: no thread, no Prefect, no lock it could inherit held.
Should it fail anyway (killed, out of memory, an exception, or slower than ``timeout``), the
parent renders that report itself: a forked render can make a run faster, never wrong.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

_POLL_SECONDS = 0.01


class ForkedRender:
    """One report rendered by a forked child into a temporary file next to its destination."""

    def __init__(self, render: Callable[[], bytes], destination: Path) -> None:
        handle, name = tempfile.mkstemp(dir=destination.parent, prefix=f".{destination.name}.", suffix=".tmp")
        self.temporary = Path(name)
        self.pid: int | None = None
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()  # or the child would write the parent's buffered output again
        try:
            pid = os.fork()
        except OSError as error:
            log.info("cannot fork a report renderer (%s): rendering in this process", error)
            os.close(handle)
            return
        if pid == 0:
            _render_and_exit(render, handle)
        os.close(handle)
        self.pid = pid

    def collect(self, timeout: float) -> Path | None:
        """Wait up to ``timeout`` seconds; return the rendered file, or None (render it yourself).

        On None the child is gone and its temporary file removed.
        """
        if self.pid is None:
            self.abandon()
            return None
        deadline = time.monotonic() + timeout
        while True:
            finished, status = os.waitpid(self.pid, os.WNOHANG)
            if finished:
                self.pid = None
                if os.waitstatus_to_exitcode(status) == 0:
                    return self.temporary
                log.warning("the forked report renderer failed (status %s): rendering again", status)
                self.abandon()
                return None
            if time.monotonic() > deadline:
                log.warning("the forked report renderer took over %.0f s: rendering again", timeout)
                self.abandon()
                return None
            time.sleep(_POLL_SECONDS)

    def abandon(self) -> None:
        """Stop the child if it still runs and remove its temporary file."""
        if self.pid is not None:
            with contextlib.suppress(ProcessLookupError, ChildProcessError):
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            self.pid = None
        self.temporary.unlink(missing_ok=True)


def _render_and_exit(render: Callable[[], bytes], handle: int) -> None:
    """In the child: render, write, and leave at once (no atexit handlers, no cleanup)."""
    code = 1
    try:
        data = render()
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        code = 0
    except BaseException:  # noqa: BLE001 - whatever happens, the parent renders it again
        code = 1
    finally:
        os._exit(code)
