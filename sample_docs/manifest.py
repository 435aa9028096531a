"""Ground truth for generated trees: one :class:`ManifestEntry` per file."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sample_docs.spec import DocumentSpec

log = logging.getLogger(__name__)

MANIFEST_SCHEMA = "bukti.sample_manifest/1"


@dataclass(frozen=True)
class ManifestEntry:
    """What one generated file is, for tests and evaluation.

    Every field is a JSON value, so ``dataclasses.asdict`` gives the JSON form.

    Attributes:
        path: POSIX path relative to the tree root.
        unit: Unit (top folder) the file belongs to.
        slug: Evidence type, or ``None`` when the file is not evidence or has no content.
        effective_date: ISO date a reviewer would take as the document's date.
        template_id: Template that produced the content (``None`` for an empty file).
        carrier: Document form (``sk``, ``undangan`` …).
        format: Actual content format: ``"pdf"``, ``"docx"`` or ``"png"``.
        fault: ``None`` or ``"truncated"``, ``"zero_byte"``, ``"image_only"``,
            ``"encrypted"``, ``"corrupt_docx"``, ``"renamed"``, ``"duplicate"``.
        cited_dates: ISO dates the text cites that are not the effective date.
        title: The document's title as printed.
        effective_date_text: The effective date exactly as written.
        period: Multi-year period ``[start, end]`` the document names, if any.
        reporting_year: Year an annual report covers, if any.
        duplicate_of: For ``fault="duplicate"``, the path of the original.

    """

    path: str
    unit: str
    slug: str | None
    effective_date: str | None
    template_id: str | None
    carrier: str | None
    format: str
    fault: str | None = None
    cited_dates: list[str] = field(default_factory=list)
    title: str | None = None
    effective_date_text: str | None = None
    period: list[int] | None = None
    reporting_year: int | None = None
    duplicate_of: str | None = None

    @classmethod
    def from_spec(
        cls,
        spec: DocumentSpec,
        *,
        path: str,
        unit: str,
        fmt: str,
        fault: str | None = None,
        duplicate_of: str | None = None,
    ) -> ManifestEntry:
        """Describe a file rendered from ``spec``."""
        return cls(
            path=path,
            unit=unit,
            slug=spec.slug,
            effective_date=spec.effective_date.isoformat() if spec.effective_date else None,
            template_id=spec.template_id,
            carrier=spec.carrier,
            format=fmt,
            fault=fault,
            cited_dates=sorted(d.isoformat() for d in spec.cited_dates),
            title=spec.title,
            effective_date_text=spec.effective_date_text,
            period=list(spec.period) if spec.period else None,
            reporting_year=spec.reporting_year,
            duplicate_of=duplicate_of,
        )

    def to_dict(self) -> dict[str, object]:
        """Return the JSON form."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> ManifestEntry:
        """Read an entry back from its JSON form."""
        return cls(**data)  # type: ignore[arg-type]


def write_manifest(entries: Iterable[ManifestEntry], path: Path, **meta: object) -> None:
    """Write entries as ``{"schema": …, <meta>, "entries": [...]}`` (stable key order).

    Args:
        entries: The entries.
        path: Destination file.
        **meta: Extra top-level values (seed, evaluation year …).

    """
    doc = {"schema": MANIFEST_SCHEMA, **meta, "entries": [e.to_dict() for e in entries]}
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def read_manifest(path: Path) -> list[ManifestEntry]:
    """Read the entries of a manifest written by :func:`write_manifest`."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    return [ManifestEntry.from_dict(e) for e in doc["entries"]]
