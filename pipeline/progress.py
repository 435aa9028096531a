"""Progress of a scan on stderr: a bar on a terminal, periodic log lines otherwise.

stdout stays for data; nothing here writes to it.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import TextIO

from tqdm import tqdm

from models.messages import Language, render

log = logging.getLogger(__name__)

LOG_EVERY_SECONDS = 30.0


class ScanProgress:
    """Counts processed files; shows files, files/s, ETA and the current unit."""

    def __init__(
        self, total: int, *, reused: int = 0, language: Language = Language.ID, stream: TextIO | None = None
    ) -> None:
        """Start counting ``total`` files to read (``reused`` came from the state store)."""
        self.total = total
        self.done = 0
        self._stream = stream or sys.stderr
        self._language = language
        self._started = time.monotonic()
        self._last_log = self._started
        self._bar = None
        if total and self._stream.isatty():
            self._bar = tqdm(total=total, unit="file", file=self._stream, dynamic_ncols=True, leave=False)
        elif total:
            self._line("progress.start", total=total, reused=reused)

    def advance(self, count: int, unit: str) -> None:
        """Record ``count`` more files done, the last of them in ``unit``."""
        self.done += count
        if self._bar is not None:
            self._bar.set_postfix_str(unit[:40], refresh=False)
            self._bar.update(count)
            return
        now = time.monotonic()
        if now - self._last_log >= LOG_EVERY_SECONDS or self.done == self.total:
            self._last_log = now
            rate = self.done / max(now - self._started, 1e-6)
            remaining = (self.total - self.done) / rate if rate else 0.0
            self._line(
                "progress.line",
                done=self.done,
                total=self.total,
                rate=f"{rate:.1f}",
                remaining=f"{remaining:.0f}",
                unit=unit,
            )

    def _line(self, key: str, **params: object) -> None:
        print(f"bukti: {render(key, params, self._language)}", file=self._stream, flush=True)

    def close(self) -> None:
        """Remove the bar."""
        if self._bar is not None:
            self._bar.close()
