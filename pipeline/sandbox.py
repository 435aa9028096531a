"""Reading documents in a reader process that is ended when a document overruns its budget.

A reader extracts a document's text, then classifies and dates it (:mod:`pipeline.analysis`),
so all per-document CPU work runs in the readers, one per scanning thread.

PDFium, python-docx, Pillow and Tesseract are third-party code fed with hostile bytes: any
of them may loop, allocate without bound or crash on a crafted file. Asking a thread to stop
is hoping it returns, so each scanning thread keeps one *reader process* and sends it one
document at a time:

* the reader is started once (not per document) from a ``forkserver`` that has already
  imported the extractors and loaded the classifier, so a start costs a ``fork`` (a few
  milliseconds), not a new interpreter, and the forked reader inherits no thread of the
  (Prefect) parent;
* it runs in its own process group with ``RLIMIT_AS`` set to ``max_memory_bytes``, so a
  bomb raises ``MemoryError`` or kills the reader, never the machine;
* the parent waits at most ``timeout_seconds`` for the answer; on overrun it kills the whole
  process group (the reader and any Tesseract it started) and starts a fresh reader for the
  next document. A reader that dies on its own (a crash in C code, the memory limit) is
  likewise replaced, and the document gets a sentence saying what happened.

``concurrent.futures.ProcessPoolExecutor`` is not used: it cannot end one overrunning task.

Errors cross the pipe as (class name, message parameters) because :class:`BuktiError`
subclasses are built from keyword parameters and do not unpickle from ``args``.
"""

from __future__ import annotations

import atexit
import ctypes
import logging
import multiprocessing
import multiprocessing.forkserver
import os
import resource
import signal
import threading
import time
import weakref
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from extractors import extract_text as extract_in_process
from extractors.detect import detect_format
from extractors.limits import document_error_for, format_bytes
from models import errors
from models.documents import ExtractedText, FileFormat
from models.errors import (
    DocumentError,
    ExtractionTimeout,
    MemoryLimitExceeded,
    ReaderCrashed,
)
from models.options import ExtractOptions
from pipeline import analysis
from pipeline.analysis import AnalysedText

log = logging.getLogger(__name__)

_CONTEXT = multiprocessing.get_context("forkserver")
# The forkserver imports the extractors and loads the classifier once; every reader forked from
# it starts warm. This replaces the default preload of ``__main__``, which would re-import the
# caller's script.
_CONTEXT.set_forkserver_preload(["pipeline.reader_preload"])
_PR_SET_PDEATHSIG = 1


class _Reader:
    """One reader process and the pipe to it."""

    def __init__(self, memory_limit: int) -> None:
        parent_end, child_end = _CONTEXT.Pipe(duplex=True)
        self.memory_limit = memory_limit
        self.process = _CONTEXT.Process(
            target=_serve, args=(child_end, memory_limit), name="bukti-reader", daemon=True
        )
        self.process.start()
        child_end.close()
        self.connection: Connection = parent_end

    def alive(self) -> bool:
        return self.process.is_alive()

    def stop(self) -> None:
        """Kill the reader and everything it started (its process group), then reap it."""
        pid = self.process.pid
        if pid is not None:
            try:
                os.killpg(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                # Not yet its own group leader (or already gone): kill the process itself.
                self.process.kill()
        self.process.join(5)
        self.connection.close()


class ReaderPool:
    """One reader process per scanning thread, restarted whenever it is ended."""

    def __init__(self) -> None:
        self._local = threading.local()
        self._readers: weakref.WeakSet[_Reader] = weakref.WeakSet()
        self._lock = threading.Lock()

    def read_and_analyse(self, path: Path, *, options: ExtractOptions) -> AnalysedText:
        """Extract, classify and date ``path`` in this thread's reader, within its budget.

        Raises:
            DocumentError: the file cannot be read, it overran ``options.timeout_seconds``
                (:class:`ExtractionTimeout`), it needed more than ``options.max_memory_bytes``
                (:class:`MemoryLimitExceeded`) or the reader died on it (:class:`ReaderCrashed`).
                The error carries ``file_format`` when the reader detected it.

        """
        reader = self._reader(options.max_memory_bytes)
        try:
            reader.connection.send((os.fsencode(path), options))
            if not reader.connection.poll(options.timeout_seconds):
                self._discard(reader)
                raise ExtractionTimeout(seconds=f"{options.timeout_seconds:g}")
            answer = reader.connection.recv()
        except (EOFError, OSError) as error:
            code = self._discard(reader)
            raise _death_error(code, options) from error
        if answer[3]:
            self._discard(reader)
        return _unpack(answer)

    def close(self) -> None:
        """End every reader (at exit, or when a caller is done with the pool)."""
        with self._lock:
            readers = list(self._readers)
        for reader in readers:
            reader.stop()

    def _reader(self, memory_limit: int) -> _Reader:
        reader: _Reader | None = getattr(self._local, "reader", None)
        if reader is not None and (not reader.alive() or reader.memory_limit != memory_limit):
            self._discard(reader)
            reader = None
        if reader is None:
            started = time.monotonic()
            reader = _Reader(memory_limit)
            log.debug("reader %s started in %.3fs", reader.process.pid, time.monotonic() - started)
            self._local.reader = reader
            with self._lock:
                self._readers.add(reader)
        return reader

    def _discard(self, reader: _Reader) -> int | None:
        reader.stop()
        self._local.reader = None
        return reader.process.exitcode


def _death_error(exitcode: int | None, options: ExtractOptions) -> DocumentError:
    """Return the error for a reader that died while reading a document."""
    if exitcode == -signal.SIGKILL:
        # The kernel's out-of-memory killer, or an administrator.
        return MemoryLimitExceeded(limit=format_bytes(options.max_memory_bytes))
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return ReaderCrashed(detail=name)
    return ReaderCrashed(detail=f"exit {exitcode}")


def _unpack(answer: tuple[str, Any, FileFormat | None, bool]) -> AnalysedText:
    kind, payload, detected, _ = answer
    if kind == "ok":
        return payload
    name, params = payload
    error_class = getattr(errors, name, None)
    if not (isinstance(error_class, type) and issubclass(error_class, DocumentError)):
        error_class = ReaderCrashed
        params = {"detail": name}
    error = error_class(**params)
    error.file_format = detected  # type: ignore[attr-defined]
    raise error


_POOL = ReaderPool()
atexit.register(_POOL.close)


def read_and_analyse(path: Path, *, options: ExtractOptions) -> AnalysedText:
    """Extract, classify and date ``path`` in a reader process, within the limits of ``options``.

    See :meth:`ReaderPool.read_and_analyse`.
    """
    return _POOL.read_and_analyse(path, options=options)


def start_fork_server() -> None:
    """Start the fork server now (it imports the extractors), not at the first document."""
    multiprocessing.forkserver.ensure_running()


# --- in the reader process ---------------------------------------------------------------


def _serve(connection: Connection, memory_limit: int) -> None:
    """Read documents sent by the parent until it closes the pipe."""
    # Own process group: the parent ends the reader and its Tesseract children together.
    os.setpgid(0, 0)
    _die_with_parent()
    _limit_memory(memory_limit)
    while True:
        try:
            raw_path, options = connection.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        answer = _extract_one(Path(os.fsdecode(raw_path)), options)
        try:
            connection.send(answer)
        except (OSError, MemoryError):
            return
        if answer[3]:
            # After a MemoryError the interpreter's state is doubtful: a fresh reader goes on.
            return


def _die_with_parent() -> None:
    """Ask Linux to kill the reader when its parent (the forkserver) goes away.

    The forkserver ends when the scan process does, so a reader stuck in a hostile document
    never outlives a scan that was killed. Not available elsewhere; the pipe's EOF then
    ends an idle reader.
    """
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        log.debug("prctl(PR_SET_PDEATHSIG) unavailable")


def _limit_memory(limit: int) -> None:
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        log.warning("cannot limit the reader's memory to %s", format_bytes(limit))


def _extract_one(path: Path, options: ExtractOptions) -> tuple[str, Any, FileFormat | None, bool]:
    """Extract, classify and date one document; every outcome becomes an answer.

    The answer is (kind, payload, detected format, fatal); *fatal* asks the parent to replace
    this reader because its state is doubtful (after a ``MemoryError``). The payload is an
    :class:`~pipeline.analysis.AnalysedText`.
    """
    try:
        return "ok", analysis.analyse(_clean(extract_in_process(path, options=options))), None, False
    except DocumentError as error:
        return "error", (type(error).__name__, error.params), _detect_quietly(path), False
    except MemoryError:
        limit = format_bytes(options.max_memory_bytes)
        return "error", ("MemoryLimitExceeded", {"limit": limit}), None, True
    except OSError as error:
        translated = document_error_for(error)
        return "error", (type(translated).__name__, translated.params), None, False
    except RecursionError:
        return "error", ("ReaderCrashed", {"detail": "RecursionError"}), _detect_quietly(path), True
    except Exception as error:  # noqa: BLE001 - one hostile document must not stop the scan
        # A defect met on one document's bytes: logged with its traceback so it can be fixed,
        # reported on the document's row, and the nightly scan goes on.
        log.error("reader failed on %s", path, exc_info=True)
        return "error", ("ReaderCrashed", {"detail": type(error).__name__}), _detect_quietly(path), True


def _detect_quietly(path: Path) -> FileFormat | None:
    """Return the detected format for an unreadable row, or ``None`` if even that fails."""
    try:
        return detect_format(path)
    except (DocumentError, OSError, MemoryError):
        return None


def _clean(extracted: ExtractedText) -> ExtractedText:
    """Replace lone surrogates (from broken UTF-16 text layers) so reports can be encoded."""
    pages = tuple(_valid_unicode(page) for page in extracted.pages)
    header = _valid_unicode(extracted.header_text)
    if pages == extracted.pages and header == extracted.header_text:
        return extracted
    return extracted.model_copy(update={"pages": pages, "header_text": header})


def _valid_unicode(text: str) -> str:
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
