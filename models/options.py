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

    max_file_bytes: int = Field(default=200 * 1024 * 1024, gt=0)
    max_pages: int = Field(default=500, gt=0, description="Pages read per PDF at most.")
    timeout_seconds: float = Field(default=60.0, gt=0, description="Budget per document.")
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
            raise ValueError(
                f"evaluation year {self.evaluation_year} is after the as-of date {self.as_of}"
            )
        return self


class BuktiSettings(BaseSettings):
    """Process-wide settings, read from ``BUKTI_*`` environment variables."""

    model_config = SettingsConfigDict(env_prefix="BUKTI_", extra="ignore")

    language: Language = Field(default=Language.ID, description="Default report language.")
    catalog_path: Path | None = Field(default=None, description="Override catalog file.")
    jobs: int | None = Field(default=None, ge=1, description="Default number of workers.")
    tesseract_cmd: str = Field(
        default="tesseract", description="The Tesseract program (BUKTI_TESSERACT_CMD)."
    )
