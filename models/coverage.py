"""Per-unit coverage: which evidence types and indicators a unit can prove."""

from __future__ import annotations

import enum
import logging

from pydantic import BaseModel, ConfigDict, Field

log = logging.getLogger(__name__)


class Coverage(str, enum.Enum):
    """Status of an evidence type or indicator for one unit, as in report.json."""

    PRESENT = "present"
    OUTDATED = "outdated"
    NEEDS_REVIEW = "needs_review"
    MISSING = "missing"

    @property
    def rank(self) -> int:
        """Order used to pick the best status: present > outdated > needs_review > missing."""
        return _RANK[self]


_RANK = {
    Coverage.PRESENT: 3,
    Coverage.OUTDATED: 2,
    Coverage.NEEDS_REVIEW: 1,
    Coverage.MISSING: 0,
}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class AreaCoverage(_Frozen):
    """How much of one LKE area a unit covers with current evidence."""

    area: str = Field(description="Area code, e.g. 'MP'.")
    indicators_total: int = Field(ge=0)
    indicators_present: int = Field(ge=0, description="Sub-indicators with current evidence.")
    share_present: float = Field(ge=0, le=1, description="indicators_present / total.")
    weighted_score: float = Field(
        ge=0,
        description="Estimated Pemenuhan score: sub-area weight x share of its indicators present.",
    )
    pemenuhan_weight: float = Field(ge=0, description="The area's Pemenuhan weight.")


class UnitCoverage(_Frozen):
    """The coverage of one unit: every catalog slug and indicator gets exactly one status."""

    unit: str
    evidence_types: dict[str, Coverage]
    indicators: dict[str, Coverage]
    areas: tuple[AreaCoverage, ...]
    document_count: int = Field(ge=0)
    unreadable_count: int = Field(ge=0)
    unclassified_count: int = Field(ge=0)

    def types_with(self, status: Coverage) -> list[str]:
        """Slugs with the given status, in catalog order."""
        return [slug for slug, value in self.evidence_types.items() if value == status]


class PredicateEstimate(_Frozen):
    """How far a unit's estimated Pemenuhan score is from one predikat threshold.

    An estimate "as if Pemenuhan were all that counted": the Pemenuhan estimate is scaled to
    the LKE's whole scale and set against the predikat's minimum total, and each area's
    Pemenuhan estimate against the minimum share of its weight. Reform and Hasil (70 of the
    100 points) are not seen by Bukti.
    """

    predicate: str = Field(description="Predikat code, e.g. 'WBK'.")
    scaled_score: float = Field(ge=0, description="Pemenuhan estimate scaled to the total scale.")
    required: float = Field(gt=0, description="The predikat's minimum total score.")
    gap: float = Field(ge=0, description="Points missing to the minimum; 0 when reached.")
    areas_below: tuple[str, ...] = Field(
        description="Areas whose Pemenuhan estimate is under the predikat's minimum share."
    )

    @property
    def reached(self) -> bool:
        """Whether the estimate reaches the total and every area's minimum."""
        return self.gap == 0 and not self.areas_below
