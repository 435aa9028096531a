"""Bukti's two levels of failure, and the exit codes of the command line.

*Document-level* errors (:class:`DocumentError`) concern one file. They are caught at the
per-document boundary in ``pipeline/`` and become an ``unreadable`` row with a one-sentence
reason; the scan goes on and they never reach an exit code.

*Run-level* errors (:class:`RunError`) mean the scan itself cannot run. Each carries the
:class:`ExitCode` the CLI returns.

User-facing text is never written here: each error carries a message key and parameters,
rendered in Indonesian or English by :mod:`models.messages`.
"""

from __future__ import annotations

import enum
import logging
from typing import Any, ClassVar

log = logging.getLogger(__name__)


class ExitCode(enum.IntEnum):
    """Exit status of ``bukti``; a documented, stable interface."""

    OK = 0
    INTERNAL = 1
    BAD_ARGUMENTS = 2
    ROOT_UNREADABLE = 3
    OUTPUT_NOT_WRITABLE = 4
    MISSING_DEPENDENCY = 5
    INTERRUPTED = 130


class BuktiError(Exception):
    """Base of every error Bukti raises on purpose."""

    message_key: ClassVar[str] = "error.internal"

    def __init__(self, **params: Any) -> None:
        """Keep the message parameters; the text is rendered later in the user's language."""
        self.params: dict[str, Any] = params
        super().__init__(f"{self.message_key} {params}" if params else self.message_key)


class DocumentError(BuktiError):
    """One file could not be read; the scan records it and continues."""

    message_key = "document.unreadable"


class CorruptFile(DocumentError):
    """The file is damaged or truncated and cannot be opened."""

    message_key = "document.corrupt"


class EncryptedFile(DocumentError):
    """The file is password-protected and cannot be read."""

    message_key = "document.encrypted"


class EmptyFile(DocumentError):
    """The file has zero bytes."""

    message_key = "document.empty"


class NoTextFound(DocumentError):
    """The file opened but holds no text layer (a scan or photo)."""

    message_key = "document.no_text"


class UnsupportedFormat(DocumentError):
    """The file's content is of a kind Bukti does not read."""

    message_key = "document.unsupported"


class LegacyOfficeFormat(UnsupportedFormat):
    """The file is an old binary Word or Excel file (.doc/.xls)."""

    message_key = "document.legacy_office"


class OcrNoText(NoTextFound):
    """The file is a scan or photo, and OCR found no text on it."""

    message_key = "document.ocr_no_text"


class OcrEngineMissing(DocumentError):
    """The file is a scan or photo, and the OCR engine (Tesseract) is not installed."""

    message_key = "document.ocr_unavailable"


class OcrFailed(DocumentError):
    """The OCR engine failed on the file's page images."""

    message_key = "document.ocr_failed"


class ExtractionTimeout(DocumentError):
    """Reading the file took longer than its time budget."""

    message_key = "document.timeout"


class FileAccessDenied(DocumentError):
    """The operating system refused to open the file."""

    message_key = "document.access_denied"


class FileVanished(DocumentError):
    """The file disappeared or was moved between listing the folder and reading it."""

    message_key = "document.vanished"


class FileReadFailed(DocumentError):
    """The storage returned an error while the file was read (e.g. a network drive dropped)."""

    message_key = "document.read_failed"


class FileTooLarge(DocumentError):
    """The file is larger than the size limit and is not opened."""

    message_key = "document.too_large"


class TooManyPages(DocumentError):
    """The document has more pages than the page limit."""

    message_key = "document.too_many_pages"


class ArchiveTooLarge(DocumentError):
    """A DOCX package unpacks to more bytes or parts than allowed (a zip bomb)."""

    message_key = "document.zip_bomb"


class ImageTooLarge(DocumentError):
    """An image has more pixels than allowed (a decompression bomb)."""

    message_key = "document.image_too_large"


class MemoryLimitExceeded(DocumentError):
    """Reading the file needed more memory than the reader is allowed."""

    message_key = "document.memory_limit"


class ReaderCrashed(DocumentError):
    """The reader of this file failed unexpectedly; the file is reported, the scan goes on."""

    message_key = "document.reader_crashed"


class NotRegularFile(DocumentError):
    """The entry is a device, socket or pipe, not a file; it is never opened."""

    message_key = "document.not_regular"


class LinkNotFollowed(DocumentError):
    """The entry is a symbolic link to something inside the evidence folder, reported there."""

    message_key = "document.link_inside"


class LinkOutsideRoot(DocumentError):
    """The entry is a symbolic link leaving the evidence folder; it is never opened."""

    message_key = "document.link_outside"


class LinkBroken(DocumentError):
    """The entry is a symbolic link whose target is missing or loops back on itself."""

    message_key = "document.link_broken"


class FolderUnreadable(DocumentError):
    """A folder under the evidence root cannot be listed, so its files cannot be checked."""

    message_key = "document.folder_unreadable"


class RunError(BuktiError):
    """The scan itself cannot run; the CLI exits with ``exit_code``."""

    exit_code: ClassVar[ExitCode] = ExitCode.INTERNAL


class EvidenceRootNotFound(RunError):
    """The evidence folder does not exist or cannot be listed."""

    message_key = "run.root_not_found"
    exit_code = ExitCode.ROOT_UNREADABLE


class OutputNotWritable(RunError):
    """The output folder cannot be created or written to."""

    message_key = "run.output_not_writable"
    exit_code = ExitCode.OUTPUT_NOT_WRITABLE


class MissingDependency(RunError):
    """A program or file Bukti needs (e.g. the classifier artifact) is not installed."""

    message_key = "run.missing_dependency"
    exit_code = ExitCode.MISSING_DEPENDENCY


class BadArguments(RunError):
    """The command-line arguments are invalid."""

    message_key = "run.bad_arguments"
    exit_code = ExitCode.BAD_ARGUMENTS


class CatalogInvalid(RunError):
    """The catalog or an override file does not validate."""

    message_key = "run.catalog_invalid"
    exit_code = ExitCode.BAD_ARGUMENTS
