"""The result of one scan: every document and every unit's coverage."""

from __future__ import annotations

import datetime as dt
import logging

from pydantic import BaseModel, ConfigDict, Field

from models.changes import ChangeReport
from models.coverage import UnitCoverage
from models.documents import DocumentRecord

log = logging.getLogger(__name__)

REPORT_SCHEMA = "bukti.report/1"


class ScanReport(BaseModel):
    """Everything one scan concluded; the report writers render it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    root_name: str = Field(description="Name of the evidence folder (not its full path).")
    evaluation_year: int
    as_of: dt.date
    documents: tuple[DocumentRecord, ...] = Field(description="One per file, sorted by path.")
    units: tuple[UnitCoverage, ...] = Field(description="One per unit, sorted by name.")
    catalog_version: str
    classifier: str = Field(description="Classifier name and version.")
    bukti_version: str
    generated_at: dt.datetime = Field(description="When the scan finished (UTC).")
    duration_seconds: float = Field(ge=0)
    changes: ChangeReport | None = Field(
        default=None, description="What changed since the previous run (needs the state store)."
    )
    reused_documents: int = Field(
        default=0, ge=0, description="Documents whose analysis came from the state store."
    )
