"""Models for one document as it moves through the stages.

The chain is ``SourceFile`` (found on disk) → ``ExtractedText`` → ``Classification`` and
``DocumentDates`` → ``DocumentRecord`` (one report row). Every model is frozen: each stage
returns a new object, so results can be cached and shipped to other processes.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import logging
import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from models.messages import Message

log = logging.getLogger(__name__)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FileFormat(str, enum.Enum):
    """A file's format as detected from its bytes, not its name."""

    PDF = "pdf"
    DOCX = "docx"
    IMAGE = "image"
    LEGACY_DOC = "doc"
    LEGACY_XLS = "xls"
    ENCRYPTED_OFFICE = "encrypted_office"
    XLSX = "xlsx"
    ZIP = "zip"
    EMPTY = "empty"
    UNKNOWN = "unknown"


class DocumentStatus(str, enum.Enum):
    """The status of a document row in report.json."""

    CLASSIFIED = "classified"
    UNCLASSIFIED = "unclassified"
    UNREADABLE = "unreadable"
    DUPLICATE = "duplicate"


class EntryKind(str, enum.Enum):
    """What a listed entry under the evidence root is; only ``FILE`` is ever opened."""

    FILE = "file"
    LINK_INSIDE = "link_inside"
    LINK_OUTSIDE = "link_outside"
    LINK_BROKEN = "link_broken"
    SPECIAL = "special"
    FOLDER_UNREADABLE = "folder_unreadable"


class SourceFile(_Frozen):
    r"""An entry found under the evidence root: a regular file, or what stands in for one.

    ``path`` is always valid Unicode so every report can show it; a name whose bytes are
    not UTF-8 shows them as ``\xNN`` escapes there and keeps its exact bytes in
    ``path_base64``, from which :meth:`location` finds the file again.
    """

    path: str = Field(description="POSIX path relative to the evidence root, for display.")
    unit: str = Field(description="The unit (unit kerja) the file belongs to.")
    size: int = Field(ge=0, description="Size in bytes.")
    mtime_ns: int = Field(description="Modification time in nanoseconds.")
    kind: EntryKind = Field(default=EntryKind.FILE, description="Regular file, link, device...")
    detail: str | None = Field(
        default=None, description="The link target inside the root, or what kind of special file."
    )
    path_base64: str | None = Field(
        default=None, description="The exact bytes of the relative path, when they are not UTF-8."
    )

    def location(self, root: Path) -> Path:
        """Return the file's path on disk under ``root`` (exact bytes, whatever the encoding)."""
        if self.path_base64 is None:
            return root / self.path
        return root / os.fsdecode(base64.b64decode(self.path_base64))


class ExtractedText(_Frozen):
    """The text of one document, with where it came from."""

    format: FileFormat = Field(description="Format detected from the bytes.")
    extractor: str = Field(description="Which extractor produced the text, e.g. 'pypdfium2'.")
    pages: tuple[str, ...] = Field(description="Text per page (DOCX: one 'page' per body).")
    header_text: str = Field(default="", description="Page headers/footers (kop surat in DOCX).")
    page_count: int = Field(ge=0, description="Pages in the file (DOCX: 1).")
    ocr_pages: tuple[int, ...] = Field(
        default=(), description="Indices (from 0) of the pages whose text was read by OCR."
    )
    ocr_confidence: float | None = Field(
        default=None, ge=0, le=1, description="Mean OCR word confidence over those pages (0-1)."
    )
    ocr_failed_pages: tuple[int, ...] = Field(
        default=(), description="Pages OCR could not read (time budget ran out); left empty."
    )

    @property
    def text(self) -> str:
        """All text: headers first (a DOCX kop surat often lives there), then the pages."""
        body = "\n".join(self.pages)
        return f"{self.header_text}\n{body}" if self.header_text else body


class DatePrecision(str, enum.Enum):
    """How much of a date the document states."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    SEMESTER = "semester"
    YEAR = "year"


class DateFinding(_Frozen):
    """A date found in a document and the phrase it came from."""

    value: dt.date = Field(description="The date; for coarser precision, the first day.")
    precision: DatePrecision = Field(description="Day, month or year.")
    source: str = Field(description="Which anatomy rule found it, e.g. 'ditetapkan'.")
    phrase: str = Field(description="The text the date was read from, as written.")


class PeriodFinding(_Frozen):
    """A multi-year period the document names, e.g. 'Renstra 2025-2029'."""

    start_year: int
    end_year: int
    phrase: str = Field(description="The text the period was read from.")

    def covers(self, year: int) -> bool:
        """Whether the period includes ``year``."""
        return self.start_year <= year <= self.end_year


class DocumentDates(_Frozen):
    """Everything the date finder learned about a document's time."""

    effective: DateFinding | None = Field(default=None, description="The effective date.")
    period: PeriodFinding | None = Field(default=None, description="A named period.")
    report_year: int | None = Field(
        default=None, description="The year an annual report reports on, e.g. LKjIP 2025."
    )
    report_year_phrase: str | None = Field(default=None, description="Where it was read.")
    cited_phrase: str | None = Field(
        default=None,
        description="When no effective date was found: an example of a date the text only cites.",
    )


class ScoredType(_Frozen):
    """One candidate evidence type with its score."""

    slug: str
    score: float = Field(ge=0, le=1)


class Classification(_Frozen):
    """What the classifier decided about one document, and why."""

    evidence_type: str | None = Field(description="The slug, or None when it abstained.")
    confidence: float = Field(ge=0, le=1, description="Confidence in the best candidate.")
    best_guess: str | None = Field(default=None, description="The best candidate even when it abstained.")
    alternatives: tuple[ScoredType, ...] = Field(default=(), description="Next-best candidates, best first.")
    evidence_phrases: tuple[str, ...] = Field(default=(), description="The phrases that decided it.")
    classifier: str = Field(description="Classifier name and version.")


class RecencyVerdict(_Frozen):
    """Whether a typed document is current for the evaluation year, and why."""

    outdated: bool | None = Field(description="None when the date is unknown.")
    explanation: Message
    rule: str | None = Field(default=None, description="The recency rule applied, e.g. 'Y0'.")


class DocumentRecord(_Frozen):
    """One row of the report: a file and everything Bukti concluded about it."""

    path: str = Field(description="POSIX path relative to the evidence root.")
    unit: str
    status: DocumentStatus
    path_base64: str | None = Field(
        default=None, description="The exact bytes of the path, when they are not UTF-8."
    )
    size: int = Field(ge=0)
    sha256: str | None = Field(default=None, description="Content hash, when readable.")
    format: FileFormat = FileFormat.UNKNOWN
    extractor: str | None = None
    page_count: int | None = None
    char_count: int | None = None
    title: str | None = Field(default=None, description="The document's title as read.")
    classification: Classification | None = None
    dates: DocumentDates | None = None
    recency: RecencyVerdict | None = None
    error: Message | None = Field(default=None, description="Why it is unreadable/duplicate.")
    misfiled: Message | None = Field(
        default=None,
        description="Set when the folder it sits in names another area or type than its content.",
    )
    duplicate_of: str | None = Field(default=None, description="Path of the original.")
    ocr: bool = Field(default=False, description="Whether any of its text was read by OCR.")
    ocr_confidence: float | None = Field(
        default=None, ge=0, le=1, description="Mean OCR word confidence (0-1), when read by OCR."
    )

    @property
    def evidence_type(self) -> str | None:
        """The assigned slug, if any."""
        return self.classification.evidence_type if self.classification else None

    @property
    def document_date(self) -> dt.date | None:
        """The effective date, if found."""
        if self.dates and self.dates.effective:
            return self.dates.effective.value
        return None

    @property
    def outdated(self) -> bool | None:
        """The contract's ``outdated`` value."""
        if self.evidence_type is None or self.recency is None:
            return None
        return self.recency.outdated
