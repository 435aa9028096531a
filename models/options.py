"""Options for one scan and the process-wide settings.

The CLI and the flows both build a :class:`ScanOptions`, validated before any file is
opened. :class:`BuktiSettings` is the only place that reads the environment.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from models.messages import Language

log = logging.getLogger(__name__)


class ExtractOptions(BaseModel):
    """Limits and choices for text extraction of one document."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    # Limits against hostile input (see pipeline/sandbox.py and extractors/limits.py).
    max_file_bytes: int = Field(
        default=200_000_000, gt=0, description="Larger files are reported, never opened."
    )
    max_pages: int = Field(
        default=500, gt=0, description="Documents with more pages (PDF, TIFF frames) are not read."
    )
    max_unpacked_bytes: int = Field(
        default=250_000_000,
        gt=0,
        description="Most bytes a DOCX package may unpack to, all parts together (zip bombs).",
    )
    max_archive_members: int = Field(default=10_000, gt=0, description="Most parts in a DOCX package.")
    max_image_pixels: int = Field(
        default=100_000_000, gt=0, description="Most pixels of one image or rendered page (bombs)."
    )
    timeout_seconds: float = Field(
        default=300.0,
        gt=0,
        description="Budget per document; the reader process that overruns it is ended. Covers "
        "OCR of ocr_max_pages scanned pages at a few seconds each.",
    )
    max_memory_bytes: int = Field(
        default=4_000_000_000,
        ge=256 * 1024 * 1024,
        description="Address space of the reader process (RLIMIT_AS); a bomb ends it, not the machine.",
    )
    ocr: bool = Field(default=True, description="Read scanned pages and images with OCR.")
    ocr_languages: tuple[str, ...] = Field(
        default=("ind", "eng"), min_length=1, description="Tesseract language models, in order."
    )
    tesseract_cmd: str = Field(default="tesseract", description="The Tesseract program to run.")
    ocr_page_timeout_seconds: float = Field(
        default=60.0, gt=0, description="Time budget for OCR of one page."
    )
    page_workers: int = Field(default=1, ge=1, le=256, description="Pages OCR'd in parallel.")
    ocr_dpi: int = Field(
        default=300, ge=72, le=600, description="Resolution at which PDF pages are rendered for OCR."
    )
    ocr_max_pages: int = Field(default=50, gt=0, description="Scanned pages OCR'd per document at most.")
    ocr_min_confidence: float = Field(
        default=0.6,
        ge=0,
        le=1,
        description="Below this mean OCR confidence a document gets no confident type (review).",
    )


class ScanOptions(BaseModel):
    """Everything one scan needs to know; flags map one-to-one onto these fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    root: Path = Field(description="The evidence folder (read-only).")
    out: Path | None = Field(default=None, description="Where reports are written.")
    evaluation_year: int = Field(ge=2000, le=2100, description="Evaluation year N.")
    as_of: dt.date = Field(description="Reference date for recency rules.")
    unit_depth: int = Field(default=1, ge=0, le=10, description="Folder depth of a unit.")
    language: Language = Field(default=Language.ID, description="Report language.")
    jobs: int = Field(default=1, ge=1, le=256, description="Parallel workers.")
    batch_size: int = Field(default=64, ge=1, description="Files per task.")
    state_path: Path | None = Field(
        default=None, description="SQLite state store of earlier results (None: no store)."
    )
    dask_address: str | None = Field(
        default=None,
        pattern=r"^(tcp|tls|inproc|ucx)://\S+$",
        description="Address of an existing Dask scheduler, e.g. tcp://10.0.0.5:8786.",
    )
    extract: ExtractOptions = Field(default_factory=ExtractOptions)
    rules_file: Path | None = Field(
        default=None, description="YAML file overriding recency rules per evidence type (--rules)."
    )

    @model_validator(mode="before")
    @classmethod
    def _pages_in_parallel_up_to_jobs(cls, data: object) -> object:
        # OCR pages of one document run in parallel up to --jobs unless extraction options
        # were given explicitly.
        if isinstance(data, dict) and "extract" not in data:
            jobs = data.get("jobs")
            # An invalid value is left for the field's own validation to report as --jobs.
            if isinstance(jobs, int) and 1 <= jobs <= 256:
                return {**data, "extract": ExtractOptions(page_workers=jobs)}
        return data

    @model_validator(mode="after")
    def _year_not_after_as_of(self) -> ScanOptions:
        if self.evaluation_year > self.as_of.year + 1:
            raise ValueError(f"evaluation year {self.evaluation_year} is after the as-of date {self.as_of}")
        return self


class ServeOptions(BaseModel):
    """A nightly deployment: which tree to check, when, and where its reports go."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    root: Path = Field(description="The evidence folder (read-only).")
    out: Path = Field(description="Where each run writes its reports.")
    cron: str = Field(min_length=9, description="Schedule in cron syntax, e.g. '0 2 * * *'.")
    name: str = Field(default="harian", min_length=1, description="Deployment name.")
    unit_depth: int = Field(default=1, ge=0, le=10)
    language: Language = Language.ID
    jobs: int = Field(default=1, ge=1, le=256)
    evaluation_year: int | None = Field(default=None, ge=2000, le=2100)
    state_path: Path | None = None
    rules_file: Path | None = None


class BuktiSettings(BaseSettings):
    """Process-wide settings, read from ``BUKTI_*`` environment variables."""

    model_config = SettingsConfigDict(env_prefix="BUKTI_", extra="ignore")

    language: Language = Field(default=Language.ID, description="Default report language.")
    catalog_path: Path | None = Field(default=None, description="Override catalog file.")
    jobs: int | None = Field(default=None, ge=1, description="Default number of workers.")
    tesseract_cmd: str = Field(
        default="tesseract", description="The Tesseract program (BUKTI_TESSERACT_CMD)."
    )
