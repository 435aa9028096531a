"""What changed since the previous scan of the same evidence root."""

from __future__ import annotations

import logging
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

log = logging.getLogger(__name__)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DocumentChange(_Frozen):
    """A document that is new, whose content changed, or that was removed."""

    path: str
    change: Literal["new", "changed", "removed"]


class StatusChange(_Frozen):
    """A unit's status of one evidence type or indicator that moved between runs."""

    unit: str
    kind: Literal["evidence_type", "indicator"]
    key: str = Field(description="The slug or indicator code.")
    before: str | None = Field(description="Status in the previous run (None: unit was new).")
    after: str | None = Field(description="Status now (None: the unit is gone).")


class ChangeReport(_Frozen):
    """Every change since the previous run of the same root and evaluation year."""

    previous_run_at: str = Field(description="When the previous run finished (UTC, ISO).")
    documents: tuple[DocumentChange, ...] = ()
    statuses: tuple[StatusChange, ...] = ()
