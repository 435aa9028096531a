"""An inspectorate's recency-rule overrides: a small YAML file, validated on load.

The catalog's rules are policy defaults (evidence-types.md: "an inspectorate must be able to
override per type in configuration"). An override file maps evidence-type slugs to rules::

    # bukti-rules.yaml
    rules:
      sop: Y2                  # our SOPs must be reviewed every two years
      pakta_integritas: Y0     # we renew pakta integritas every year
      inovasi_pelayanan: Y1

Any unknown key, slug or rule stops the run before a file is read, with a one-line
:class:`~models.errors.CatalogInvalid` (exit code BAD_ARGUMENTS).
"""

from __future__ import annotations

import logging
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from models.catalog import Catalog, RecencyRule
from models.errors import CatalogInvalid

log = logging.getLogger(__name__)


class RuleOverrides(BaseModel):
    """The content of a rule override file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rules: dict[str, RecencyRule] = Field(
        default_factory=dict, description="Evidence-type slug → recency rule (Y0..Y3, PERIOD, PREV_REPORT)."
    )


def parse_rule_overrides(text: str, catalog: Catalog, *, source: str = "<teks>") -> dict[str, RecencyRule]:
    """Validate the YAML ``text`` of an override file against ``catalog``.

    Args:
        text: The file's content.
        catalog: The catalog whose slugs may be overridden.
        source: The file name, for the error message.

    Returns:
        Slug → rule, only for the slugs the file names.

    Raises:
        CatalogInvalid: not YAML, unknown keys, unknown slugs or rules.

    """
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise CatalogInvalid(path=source, detail="bukan YAML yang sah") from error
    if raw is None:
        return {}
    try:
        overrides = RuleOverrides.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "isi berkas"
        allowed = ", ".join(rule.value for rule in RecencyRule)
        detail = (
            f"{where}: aturan harus salah satu dari {allowed}"
            if first["type"] == "enum"
            else (f"{where}: {first['msg']}")
        )
        raise CatalogInvalid(path=source, detail=detail) from error
    known = {etype.slug for etype in catalog.evidence_types}
    unknown = sorted(slug for slug in overrides.rules if slug not in known)
    if unknown:
        raise CatalogInvalid(path=source, detail=f"jenis bukti tidak dikenal: {', '.join(unknown)}")
    return dict(overrides.rules)


def load_rule_overrides(path: Path | None, catalog: Catalog) -> dict[str, RecencyRule]:
    """Read and validate the override file at ``path`` (no file: no overrides).

    Raises:
        CatalogInvalid: the file cannot be read or does not validate.

    """
    if path is None:
        return {}
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise CatalogInvalid(path=str(path), detail=error.strerror or str(error)) from error
    except UnicodeDecodeError as error:
        raise CatalogInvalid(path=str(path), detail="bukan teks UTF-8") from error
    return parse_rule_overrides(text, catalog, source=str(path))


def apply_rule_overrides(catalog: Catalog, overrides: dict[str, RecencyRule]) -> Catalog:
    """Return a copy of ``catalog`` whose evidence types carry the overridden rules."""
    if not overrides:
        return catalog
    types = tuple(
        etype.model_copy(update={"rule": overrides[etype.slug]}) if etype.slug in overrides else etype
        for etype in catalog.evidence_types
    )
    return catalog.model_copy(update={"evidence_types": types})
