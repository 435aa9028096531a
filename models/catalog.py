"""The catalog: LKE areas, Pemenuhan sub-indicators and evidence types.

The catalog's content lives in a data file (``pipeline/data/catalog.yaml``); these models
validate it on load so that a broken catalog fails loudly at start-up, never half-way
through a scan.
"""

from __future__ import annotations

import enum
import logging
import re

from pydantic import BaseModel, ConfigDict, Field, model_validator

log = logging.getLogger(__name__)

INDICATOR_CODE = re.compile(r"^(MP|PT|SDM|AK|PW|PP)\.[1-9]\.[a-h]$")
SLUG = re.compile(r"^[a-z][a-z0-9_]*$")


class RecencyRule(str, enum.Enum):
    """How recent a document of a type must be for evaluation year N."""

    Y0 = "Y0"
    Y1 = "Y1"
    Y2 = "Y2"
    Y3 = "Y3"
    PERIOD = "PERIOD"
    PREV_REPORT = "PREV_REPORT"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Area(_Frozen):
    """One of the six change areas (area perubahan) of the LKE."""

    code: str = Field(description="Short code used in indicator codes, e.g. 'MP'.")
    name_id: str = Field(description="Indonesian name, e.g. 'Manajemen Perubahan'.")
    name_en: str = Field(description="English name.")
    weight: float = Field(gt=0, description="Area weight (Pemenuhan + Reform) out of 60.")
    pemenuhan_weight: float = Field(gt=0, description="Weight of the Pemenuhan half.")


class SubArea(_Frozen):
    """A sub-area of an area, e.g. MP.1 'Penyusunan Tim Kerja', with its weight."""

    code: str = Field(description="Sub-area code, e.g. 'MP.1'.")
    area: str = Field(description="Area code this sub-area belongs to.")
    name_id: str = Field(description="Indonesian name as the LKE writes it.")
    weight: float = Field(gt=0, description="Pemenuhan weight (bobot) of the sub-area.")


class Indicator(_Frozen):
    """A Pemenuhan sub-indicator (one LKE question), e.g. MP.1.a."""

    code: str = Field(pattern=INDICATOR_CODE.pattern, description="Code, e.g. 'MP.1.a'.")
    lke_code: str = Field(description="Numeric LKE code, e.g. '1.1.a'.")
    sub_area: str = Field(description="Sub-area code, e.g. 'MP.1'.")
    question_id: str = Field(description="The LKE question text (Indonesian).")
    scale: str = Field(description="Answer scale, e.g. 'Ya/Tidak' or 'A/B/C/D'.")
    typical_evidence_id: str = Field(
        default="", description="What documents usually answer this question (Indonesian)."
    )

    @property
    def area(self) -> str:
        """The area code of this indicator."""
        return self.code.split(".", 1)[0]


class EvidenceType(_Frozen):
    """A kind of evidence document, identified by its contract slug."""

    slug: str = Field(pattern=SLUG.pattern, description="Contract slug, e.g. 'sk_tim_zi'.")
    name_id: str = Field(description="What it is, in Indonesian (from evidence-types.md).")
    name_en: str = Field(description="What it is, in English.")
    indicators: tuple[str, ...] = Field(min_length=1, description="Indicators it supports.")
    rule: RecencyRule = Field(description="Recency rule for evaluation year N.")
    title_phrases: tuple[str, ...] = Field(
        default=(),
        description="Lower-case phrases that name this type in a title or TENTANG line.",
    )
    key_phrases: tuple[str, ...] = Field(
        default=(), description="Lower-case phrases typical of this type's body text."
    )


class Predicate(_Frozen):
    """The minimum scores of one predikat (Menuju WBK, Menuju WBBM) in the LKE."""

    code: str = Field(description="Short name, e.g. 'WBK'.")
    name_id: str = Field(description="Indonesian name, e.g. 'Menuju WBK'.")
    name_en: str = Field(description="English name.")
    total_min: float = Field(gt=0, description="Minimum total score (Pengungkit + Hasil).")
    pengungkit_min: float = Field(gt=0, description="Minimum Pengungkit score.")
    area_share_min: float = Field(
        gt=0, le=1, description="Minimum share of each area's weight every area must reach."
    )


class Thresholds(_Frozen):
    """What the LKE totals add up to, and the predikat thresholds measured against them."""

    total_max: float = Field(gt=0, description="Highest total score (Pengungkit + Hasil).")
    pengungkit_max: float = Field(gt=0, description="Highest Pengungkit score (sum of area weights).")
    pemenuhan_max: float = Field(gt=0, description="Highest Pemenuhan score (half of Pengungkit).")
    predicates: tuple[Predicate, ...] = Field(min_length=1, description="Lowest predikat first.")


class Catalog(_Frozen):
    """The whole catalog, cross-checked on construction."""

    version: str = Field(description="Catalog version; part of cache keys and reports.")
    areas: tuple[Area, ...]
    sub_areas: tuple[SubArea, ...]
    indicators: tuple[Indicator, ...]
    evidence_types: tuple[EvidenceType, ...]
    thresholds: Thresholds | None = Field(
        default=None, description="Predikat thresholds; reports estimate the distance to them."
    )

    @model_validator(mode="after")
    def _check_references(self) -> Catalog:
        area_codes = {a.code for a in self.areas}
        sub_codes = {s.code for s in self.sub_areas}
        indicator_codes = [i.code for i in self.indicators]
        slugs = [t.slug for t in self.evidence_types]
        for label, codes in (("indicator", indicator_codes), ("slug", slugs)):
            dupes = sorted({c for c in codes if codes.count(c) > 1})
            if dupes:
                raise ValueError(f"duplicate {label}s: {', '.join(dupes)}")
        for sub in self.sub_areas:
            if sub.area not in area_codes:
                raise ValueError(f"sub-area {sub.code} names unknown area {sub.area}")
        for ind in self.indicators:
            if ind.sub_area not in sub_codes or not ind.code.startswith(ind.sub_area + "."):
                raise ValueError(f"indicator {ind.code} names sub-area {ind.sub_area}")
        known = set(indicator_codes)
        for etype in self.evidence_types:
            unknown = [c for c in etype.indicators if c not in known]
            if unknown:
                raise ValueError(f"type {etype.slug} supports unknown {', '.join(unknown)}")
        supported = {c for t in self.evidence_types for c in t.indicators}
        orphans = [c for c in indicator_codes if c not in supported]
        if orphans:
            raise ValueError(f"indicators with no evidence type: {', '.join(orphans)}")
        self._check_thresholds()
        return self

    def _check_thresholds(self) -> None:
        if self.thresholds is None:
            return
        pengungkit = sum(a.weight for a in self.areas)
        pemenuhan = sum(a.pemenuhan_weight for a in self.areas)
        if abs(self.thresholds.pengungkit_max - pengungkit) > 1e-9:
            raise ValueError(f"thresholds.pengungkit_max is not the sum of area weights ({pengungkit:g})")
        if abs(self.thresholds.pemenuhan_max - pemenuhan) > 1e-9:
            raise ValueError(f"thresholds.pemenuhan_max is not the sum of Pemenuhan weights ({pemenuhan:g})")

    def evidence_type(self, slug: str) -> EvidenceType:
        """Return the evidence type with this slug (KeyError when unknown)."""
        for etype in self.evidence_types:
            if etype.slug == slug:
                return etype
        raise KeyError(slug)

    def indicator(self, code: str) -> Indicator:
        """Return the indicator with this code (KeyError when unknown)."""
        for ind in self.indicators:
            if ind.code == code:
                return ind
        raise KeyError(code)

    def area(self, code: str) -> Area:
        """Return the area with this code (KeyError when unknown)."""
        for area in self.areas:
            if area.code == code:
                return area
        raise KeyError(code)

    def types_supporting(self, indicator_code: str) -> tuple[str, ...]:
        """Return the slugs of every evidence type that supports an indicator."""
        return tuple(t.slug for t in self.evidence_types if indicator_code in t.indicators)
