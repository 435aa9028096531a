"""Opening evidence files safely, and the size limits every reader checks before parsing.

Evidence folders are shared drives: a name may turn into a pipe or a link between listing
and reading, a DOCX may be a zip bomb, an image a decompression bomb. The helpers here are
the only way extractors and the pipeline open an evidence file:

* :func:`open_evidence` opens read-only without following a final symbolic link and without
  blocking (a FIFO swapped in after listing would otherwise hang the open), then checks
  with ``fstat`` on the open descriptor that it is a regular file within the size limit.
  It asks for ``O_NOATIME`` so reading does not even change the access time (allowed for
  the file's owner and for root; refused otherwise, then it opens without it).
* :func:`check_package_size` checks a ZIP package's declared *and* actual unpacked size
  before python-docx loads every part into memory.
* :func:`document_error_for` translates an ``OSError`` into the document-level error whose
  sentence the report shows (style §7: third-party exceptions are translated at the edge).
"""

from __future__ import annotations

import errno
import io
import logging
import os
import stat
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from models.errors import (
    ArchiveTooLarge,
    DocumentError,
    FileAccessDenied,
    FileReadFailed,
    FileTooLarge,
    FileVanished,
    NotRegularFile,
)

log = logging.getLogger(__name__)

_OPEN_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)
_NOATIME = getattr(os, "O_NOATIME", 0)
_CHUNK = 1 << 16


def format_bytes(size: int) -> str:
    """Write a size for a sentence: '1.3 GB', '250 MB', '12 KB' (decimal units, as file managers show)."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if size >= scale:
            value = size / scale
            return f"{value:.1f} {unit}" if value < 10 else f"{value:.0f} {unit}"
    return f"{size} B"


def special_kind(mode: int) -> str:
    """Name the kind of a non-regular file in a few words (Indonesian, shown in reports)."""
    if stat.S_ISFIFO(mode):
        return "pipa bernama/FIFO"
    if stat.S_ISSOCK(mode):
        return "soket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "berkas perangkat"
    if stat.S_ISLNK(mode):
        return "tautan simbolik"
    if stat.S_ISDIR(mode):
        return "folder"
    return "jenis khusus"


def document_error_for(error: OSError) -> DocumentError:
    """Translate an operating-system error on one file into its document-level error."""
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM):
        return FileAccessDenied()
    if isinstance(error, FileNotFoundError) or error.errno == errno.ENOENT:
        return FileVanished()
    if error.errno == errno.ELOOP:
        # O_NOFOLLOW met a symbolic link that replaced the file after listing.
        return NotRegularFile(kind=special_kind(stat.S_IFLNK))
    if isinstance(error, IsADirectoryError):
        return NotRegularFile(kind=special_kind(stat.S_IFDIR))
    return FileReadFailed(detail=error.strerror or type(error).__name__)


def open_evidence(path: Path, *, max_bytes: int | None = None) -> BinaryIO:
    """Open an evidence file for reading, only if it is a regular file within ``max_bytes``.

    Raises:
        NotRegularFile: the path is a pipe, socket, device, folder or symbolic link.
        FileTooLarge: the file is larger than ``max_bytes``.
        FileAccessDenied, FileVanished, FileReadFailed: the operating system refused.

    """
    try:
        try:
            descriptor = os.open(path, _OPEN_FLAGS | _NOATIME)
        except PermissionError:
            # O_NOATIME is allowed only to the owner (or root); read normally otherwise.
            descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise document_error_for(error) from error
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(kind=special_kind(info.st_mode))
        if max_bytes is not None and info.st_size > max_bytes:
            raise FileTooLarge(size=format_bytes(info.st_size), limit=format_bytes(max_bytes))
        # Regular files never block; clear the flag so reads behave normally.
        os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_evidence_bytes(path: Path, *, max_bytes: int | None = None) -> bytes:
    """Read the whole content of an evidence file (see :func:`open_evidence`), at most ``max_bytes``.

    The size is checked again while reading: a file still being copied may grow.
    """
    with open_evidence(path, max_bytes=max_bytes) as handle:
        try:
            data = handle.read() if max_bytes is None else handle.read(max_bytes + 1)
        except OSError as error:
            raise document_error_for(error) from error
    if max_bytes is not None and len(data) > max_bytes:
        raise FileTooLarge(size=f"> {format_bytes(max_bytes)}", limit=format_bytes(max_bytes))
    return data


def check_package_size(data: bytes, *, max_unpacked: int, max_members: int) -> None:
    """Refuse a ZIP package (DOCX) that unpacks to more than ``max_unpacked`` bytes.

    Both the sizes the package declares and the bytes it really inflates to are checked:
    the declared sizes stop an honest bomb without inflating anything; inflating every part
    with a running count (at most ``max_unpacked`` bytes, in 64 KiB chunks, so memory stays
    flat) stops a package whose headers lie. A damaged package is left for the reader to
    report as corrupt.

    Raises:
        ArchiveTooLarge: too many parts, or too many bytes once unpacked.

    """
    limit = format_bytes(max_unpacked)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > max_members:
                raise ArchiveTooLarge(size=f"{len(members)} bagian", limit=f"{max_members} bagian")
            declared = sum(member.file_size for member in members)
            if declared > max_unpacked:
                raise ArchiveTooLarge(size=format_bytes(declared), limit=limit)
            total = 0
            for member in members:
                with archive.open(member) as stream:
                    while chunk := stream.read(_CHUNK):
                        total += len(chunk)
                        if total > max_unpacked:
                            raise ArchiveTooLarge(size=f"> {limit}", limit=limit)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        NotImplementedError,
        OSError,
        EOFError,
        ValueError,
    ):
        # Damaged or exotic packages are python-docx's to report (as corrupt).
        log.debug("package size check skipped: the package is damaged", exc_info=True)
