"""Cross-check ``pipeline/data/catalog.yaml`` against the domain files it is built from.

The expected values are parsed from ``../shared/domain/evidence-types.md`` (the contract: slugs,
names, indicators, recency rules) and ``../shared/domain/lke.md`` §3 (areas, sub-areas, weights,
exact LKE questions and scales), never copied from the YAML, so an edit to either side that
breaks agreement fails here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

import pytest
import yaml

from models.catalog import Catalog

REPO = Path(__file__).resolve().parents[2]
DOMAIN = REPO.parent / "shared" / "domain"
EVIDENCE_TYPES_MD = DOMAIN / "evidence-types.md"
LKE_MD = DOMAIN / "lke.md"
CATALOG_YAML = REPO / "pipeline" / "data" / "catalog.yaml"

# The LKE (PermenPANRB 90/2021, Tabel 3): area weights out of 60, each half Pemenuhan.
AREA_WEIGHTS = {"MP": 8, "PT": 7, "SDM": 10, "AK": 10, "PW": 15, "PP": 10}
PEMENUHAN_TOTAL = 30
LKE_INDICATOR_COUNT = 87
CONTRACT_TYPE_COUNT = 45

PHRASE = re.compile(r"^[a-z0-9](?:[a-z0-9 ./-]*[a-z0-9])?$")
# The keyword classifier compares phrases with text after turning every run of characters
# other than [0-9a-z] into one space, so "sp4n-lapor" and "sp4n lapor" are the same phrase.
NON_WORD = re.compile(r"[^0-9a-z]+")


class ContractType(NamedTuple):
    """One row of the evidence-type table in evidence-types.md."""

    slug: str
    name_id: str
    indicators: tuple[str, ...]
    rule: str


class LkeArea(NamedTuple):
    """An area heading of lke.md §3."""

    number: str
    name_id: str
    pemenuhan_weight: float
    weight: float


class LkeSubArea(NamedTuple):
    """A sub-area row of lke.md §3, e.g. ``**1.1** (MP.1) | **i. Penyusunan Tim Kerja**``."""

    code: str
    lke_code: str
    name_id: str
    weight: float


class LkeIndicator(NamedTuple):
    """A Pemenuhan question row of lke.md §3."""

    code: str
    lke_code: str
    question: str
    scale: str


def _section(text: str, heading_prefix: str) -> list[str]:
    """Return the lines under the ``##`` heading starting with ``heading_prefix``."""
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith(heading_prefix)]
    assert starts, f"heading {heading_prefix!r} not found"
    body = []
    for line in lines[starts[0] + 1 :]:
        if line.startswith("## "):
            break
        body.append(line)
    return body


def _cells(line: str) -> list[str]:
    """Split a markdown table row into stripped cells (inner whitespace is kept as is)."""
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _as_matched(phrase: str) -> str:
    """The phrase as the classifier matches it: words only, single spaces."""
    return NON_WORD.sub(" ", phrase).strip()


def _number(text: str) -> float:
    """Parse '0.5', '3,5' or '8' as a float."""
    return float(text.replace(",", "."))


def parse_contract_types(text: str) -> list[ContractType]:
    """Parse the table under '## The types' of evidence-types.md."""
    types = []
    for line in _section(text, "## The types"):
        if not line.startswith("|"):
            continue
        cells = _cells(line)
        if cells[0] == "slug" or set(cells[0]) <= set("-: "):
            continue
        assert len(cells) == 4, f"unexpected evidence-type row: {line}"
        slug, name_id, supports, rule = cells
        indicators = tuple(code.strip() for code in supports.split(","))
        types.append(ContractType(slug, name_id, indicators, rule.strip("`")))
    return types


AREA_HEADING = re.compile(
    r"^####\s+(\d)\.\s+(.+?)\s+—\s+Pemenuhan bobot\s+([\d.,]+)\s+"
    r"\(area total with Reform:\s*([\d.,]+)\)\s*$"
)
SUB_AREA_ROW = re.compile(
    r"^\|\s*\*\*(\d\.\d)\*\*\s*\(([A-Z]+\.\d)\)\s*\|\s*\*\*[ivxlc]+\.\s+(.+?)\*\*"
    r"\s*—\s*bobot\s+([\d.,]+)\s*\|"
)
INDICATOR_ROW = re.compile(r"^\|\s*(\d\.\d\.[a-z])\s*\(([A-Z]+\.\d\.[a-z])\)\s*\|")


class LkeTree(NamedTuple):
    """What lke.md §3 says about the Pemenuhan block."""

    areas: list[LkeArea]
    sub_areas: list[LkeSubArea]
    indicators: list[LkeIndicator]


def parse_lke_pemenuhan(text: str) -> LkeTree:
    """Parse areas, sub-areas and questions of lke.md §3; fail on any row it cannot read."""
    areas, sub_areas, indicators = [], [], []
    for line in _section(text, "## 3."):
        if match := AREA_HEADING.match(line):
            number, name, pemenuhan, total = match.groups()
            areas.append(LkeArea(number, name, _number(pemenuhan), _number(total)))
        elif match := SUB_AREA_ROW.match(line):
            lke_code, code, name, weight = match.groups()
            sub_areas.append(LkeSubArea(code, lke_code, name, _number(weight)))
        elif match := INDICATOR_ROW.match(line):
            cells = _cells(line)
            assert len(cells) == 5, f"unexpected question row: {line}"
            indicators.append(LkeIndicator(match[2], match[1], cells[1], cells[2]))
        elif line.startswith("|"):
            cells = _cells(line)
            is_header = cells[0].startswith("Kode")
            is_rule = set("".join(cells)) <= set("-: ")
            assert is_header or is_rule, f"lke.md §3 row not understood: {line}"
        elif line.startswith("#### "):
            raise AssertionError(f"lke.md §3 area heading not understood: {line}")
    return LkeTree(areas, sub_areas, indicators)


CONTRACT = parse_contract_types(EVIDENCE_TYPES_MD.read_text(encoding="utf-8"))
LKE = parse_lke_pemenuhan(LKE_MD.read_text(encoding="utf-8"))
CONTRACT_SLUGS = [t.slug for t in CONTRACT]
LKE_CODES = [i.code for i in LKE.indicators]


@pytest.fixture(scope="module")
def raw_catalog() -> dict:
    """The catalog file as plain YAML data."""
    return yaml.safe_load(CATALOG_YAML.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def catalog(raw_catalog: dict) -> Catalog:
    """The catalog, validated by the schema (which runs its own cross-checks)."""
    return Catalog.model_validate(raw_catalog)


def test_domain_files_parse_completely() -> None:
    """The parsers found every row, so the comparisons below are not vacuous."""
    assert len(CONTRACT) == CONTRACT_TYPE_COUNT
    assert len(LKE.areas) == len(AREA_WEIGHTS)
    assert len(LKE.indicators) == LKE_INDICATOR_COUNT
    assert len(set(LKE_CODES)) == LKE_INDICATOR_COUNT


def test_catalog_validates(raw_catalog: dict) -> None:
    """The YAML has the expected top-level keys and passes the schema's cross-checks."""
    assert list(raw_catalog) == [
        "version",
        "areas",
        "sub_areas",
        "indicators",
        "evidence_types",
        "thresholds",
    ]
    assert raw_catalog["version"] == "2026.1"
    catalog = Catalog.model_validate(raw_catalog)
    assert len(catalog.evidence_types) == len(CONTRACT)
    assert len(catalog.indicators) == len(LKE.indicators)


# --- evidence types against evidence-types.md -------------------------------------------------


def test_evidence_type_slugs_and_order_match_contract(catalog: Catalog) -> None:
    """Same slugs, in the table's order."""
    ours = [t.slug for t in catalog.evidence_types]
    missing = [s for s in CONTRACT_SLUGS if s not in ours]
    extra = [s for s in ours if s not in CONTRACT_SLUGS]
    assert not missing, f"slugs missing from catalog.yaml: {missing}"
    assert not extra, f"slugs not in evidence-types.md: {extra}"
    misplaced = [(i, a, b) for i, (a, b) in enumerate(zip(ours, CONTRACT_SLUGS, strict=True)) if a != b]
    assert not misplaced, f"order differs (position, catalog, contract): {misplaced[:5]}"


@pytest.mark.parametrize("expected", CONTRACT, ids=CONTRACT_SLUGS)
def test_evidence_type_matches_contract(catalog: Catalog, expected: ContractType) -> None:
    """name_id, indicator list and recency rule are exactly those of the contract table."""
    try:
        etype = catalog.evidence_type(expected.slug)
    except KeyError:
        pytest.fail(f"{expected.slug}: missing from catalog.yaml")
    assert etype.name_id == expected.name_id, f"{expected.slug}: name_id differs"
    assert etype.indicators == expected.indicators, f"{expected.slug}: indicators differ"
    assert etype.rule.value == expected.rule, f"{expected.slug}: rule differs"


@pytest.mark.parametrize("slug", CONTRACT_SLUGS)
def test_evidence_type_phrases_are_well_formed(catalog: Catalog, slug: str) -> None:
    """Plain lower-case ASCII phrases, no duplicates, in the agreed numbers."""
    etype = catalog.evidence_type(slug)
    assert etype.name_en.strip(), f"{slug}: name_en is empty"
    assert 3 <= len(etype.title_phrases) <= 10, f"{slug}: {len(etype.title_phrases)} title phrases"
    assert 5 <= len(etype.key_phrases) <= 15, f"{slug}: {len(etype.key_phrases)} key phrases"
    for kind, phrases in (("title", etype.title_phrases), ("key", etype.key_phrases)):
        matched = [_as_matched(p) for p in phrases]
        assert len(set(matched)) == len(matched), f"{slug}: duplicate {kind} phrase"
        bad = [p for p in phrases if not (p.isascii() and PHRASE.match(p) and "  " not in p)]
        assert not bad, f"{slug}: {kind} phrases not plain lower-case ASCII: {bad}"


def test_title_phrases_are_not_shared_between_types(catalog: Catalog) -> None:
    """A title phrase names exactly one type (compared as the classifier matches them)."""
    owners: dict[str, list[str]] = defaultdict(list)
    for etype in catalog.evidence_types:
        for phrase in etype.title_phrases:
            owners[_as_matched(phrase)].append(etype.slug)
    shared = {p: slugs for p, slugs in owners.items() if len(slugs) > 1}
    assert not shared, f"title phrases used by several types: {shared}"


# --- areas, sub-areas and indicators against lke.md §3 -----------------------------------------


def test_area_weights(catalog: Catalog) -> None:
    """Area weights are 8/7/10/10/15/10, each half Pemenuhan, Pemenuhan totalling 30."""
    assert {a.code: a.weight for a in catalog.areas} == AREA_WEIGHTS
    assert [a.code for a in catalog.areas] == list(AREA_WEIGHTS)
    assert sum(a.pemenuhan_weight for a in catalog.areas) == PEMENUHAN_TOTAL
    for area in catalog.areas:
        assert area.pemenuhan_weight * 2 == area.weight, area.code


def test_areas_match_lke(catalog: Catalog) -> None:
    """Names and both weights of every area are those of the lke.md §3 headings."""
    expected = [(a.name_id, a.weight, a.pemenuhan_weight) for a in LKE.areas]
    ours = [(a.name_id, a.weight, a.pemenuhan_weight) for a in catalog.areas]
    assert ours == expected
    # Area number N in lke.md is the area of sub-areas "N.x"; check the code mapping too.
    number_to_code = {s.lke_code.split(".")[0]: s.code.split(".")[0] for s in LKE.sub_areas}
    assert [a.code for a in catalog.areas] == [number_to_code[a.number] for a in LKE.areas]


def test_areas_match_evidence_types_preamble(catalog: Catalog) -> None:
    """evidence-types.md names the same areas with the same total weights."""
    text = EVIDENCE_TYPES_MD.read_text(encoding="utf-8")
    preamble = " ".join(text.split("## Recency rules", 1)[0].split())
    listed = re.findall(r"\*\*([A-Z]+)\*\* (.+?) \((?:bobot )?(\d+)\)", preamble)
    assert listed, "area list not found in evidence-types.md"
    assert [(a.code, a.name_id, a.weight) for a in catalog.areas] == [
        (code, name, float(weight)) for code, name, weight in listed
    ]


def test_sub_areas_match_lke(catalog: Catalog) -> None:
    """Sub-area codes, names (without the roman numeral) and bobot match lke.md §3."""
    expected = [(s.code, s.code.split(".")[0], s.name_id, s.weight) for s in LKE.sub_areas]
    ours = [(s.code, s.area, s.name_id, s.weight) for s in catalog.sub_areas]
    assert ours == expected


def test_sub_area_weights_add_up_to_area_pemenuhan(catalog: Catalog) -> None:
    """The bobot of an area's sub-areas add up to its Pemenuhan weight."""
    totals: dict[str, float] = defaultdict(float)
    for sub in catalog.sub_areas:
        totals[sub.area] += sub.weight
    for area in catalog.areas:
        assert totals[area.code] == pytest.approx(area.pemenuhan_weight), area.code


def test_indicator_codes_match_lke(catalog: Catalog) -> None:
    """Exactly the 87 Pemenuhan codes of lke.md §3, in its order."""
    ours = [i.code for i in catalog.indicators]
    assert sorted(set(LKE_CODES) - set(ours)) == [], "indicators missing from catalog.yaml"
    assert sorted(set(ours) - set(LKE_CODES)) == [], "indicators not in lke.md §3"
    assert ours == LKE_CODES


@pytest.mark.parametrize("expected", LKE.indicators, ids=LKE_CODES)
def test_indicator_matches_lke(catalog: Catalog, expected: LkeIndicator) -> None:
    """Question text (typos and all), scale, LKE code and sub-area are those of lke.md."""
    try:
        indicator = catalog.indicator(expected.code)
    except KeyError:
        pytest.fail(f"{expected.code}: missing from catalog.yaml")
    assert indicator.lke_code == expected.lke_code, f"{expected.code}: lke_code differs"
    assert indicator.sub_area == expected.code.rsplit(".", 1)[0], f"{expected.code}: sub_area"
    assert indicator.question_id == expected.question, f"{expected.code}: question differs"
    assert indicator.scale == expected.scale, f"{expected.code}: scale differs"


@pytest.mark.parametrize("code", LKE_CODES)
def test_indicator_typical_evidence_is_a_short_plain_summary(catalog: Catalog, code: str) -> None:
    """typical_evidence_id is one short line without source tags like [B23]."""
    summary = catalog.indicator(code).typical_evidence_id
    assert summary.strip(), f"{code}: typical_evidence_id is empty"
    assert len(summary) <= 200, f"{code}: typical_evidence_id has {len(summary)} characters"
    assert "\n" not in summary, f"{code}: typical_evidence_id spans several lines"
    assert not re.search(r"\[[A-Z]+\d*\]", summary), f"{code}: source tag in typical_evidence_id"
