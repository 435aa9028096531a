"""report.json: the machine-readable contract (shared/spec/interface.md), plus added keys.

The file is ``json.dumps(data, ensure_ascii=False, indent=2)`` plus a newline, byte for byte.
The standard library only uses its C encoder without ``indent``, and its pure-Python indenting
encoder is the slowest part of writing a large report, so :func:`dumps_indented` writes the
same text directly (tests compare the two on arbitrary data).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from models.catalog import Catalog
from models.coverage import UnitCoverage
from models.documents import DocumentRecord, DocumentStatus
from models.messages import Language
from models.report import REPORT_SCHEMA, ScanReport
from pipeline.coverage import estimate_predicates, pemenuhan_estimate
from pipeline.reports.view import DocumentRow, ReportView, view_for

log = logging.getLogger(__name__)


def report_to_dict(
    report: ScanReport, *, language: Language = Language.ID, view: ReportView | None = None
) -> dict[str, Any]:
    """The report as JSON-ready data, contract keys first."""
    view = view_for(report, language, view)
    catalog = view.catalog
    indicators = {etype.slug: etype.indicators for etype in catalog.evidence_types}
    counts = {status.value: 0 for status in DocumentStatus}
    for record in report.documents:
        counts[record.status.value] += 1
    return {
        "schema": REPORT_SCHEMA,
        "evaluation_year": report.evaluation_year,
        "as_of": report.as_of.isoformat(),
        "documents": [
            _document(record, row, indicators)
            for record, row in zip(report.documents, view.rows, strict=True)
        ],
        "units": [
            {
                "unit": unit.unit,
                "evidence_types": {slug: status.value for slug, status in unit.evidence_types.items()},
                "indicators": {code: status.value for code, status in unit.indicators.items()},
                "areas": [area.model_dump() for area in unit.areas],
                "document_count": unit.document_count,
                "estimate": _estimate(unit, catalog),
            }
            for unit in report.units
        ],
        "root": report.root_name,
        "language": language.value,
        "summary": {"documents": len(report.documents), "units": len(report.units), **counts},
        "bukti_version": report.bukti_version,
        "catalog_version": report.catalog_version,
        "classifier": report.classifier,
        "generated_at": report.generated_at.isoformat(),
        "duration_seconds": report.duration_seconds,
        "reused_documents": report.reused_documents,
        "changes": report.changes.model_dump(mode="json") if report.changes else None,
    }


def _document(
    record: DocumentRecord, row: DocumentRow, indicators: dict[str, tuple[str, ...]]
) -> dict[str, Any]:
    classification = record.classification
    dates = record.dates
    slug = record.evidence_type
    effective = dates.effective if dates else None
    return {
        "path": record.path,
        "unit": record.unit,
        "status": record.status.value,
        "evidence_type": slug,
        "confidence": round(classification.confidence, 2) if classification else None,
        "indicators": list(indicators[slug]) if slug else [],
        "document_date": effective.value.isoformat() if effective else None,
        "outdated": record.outdated,
        "error": row.error if record.error else None,
        # Added keys (allowed by the contract).
        # The exact bytes of a path that is not UTF-8 ("path" shows them as \xNN escapes).
        "path_base64": record.path_base64,
        "title": record.title,
        "format": record.format.value,
        "size": record.size,
        "sha256": record.sha256,
        "duplicate_of": record.duplicate_of,
        "best_guess": classification.best_guess if classification else None,
        "alternatives": [a.model_dump() for a in classification.alternatives] if classification else [],
        "evidence_phrases": list(classification.evidence_phrases) if classification else [],
        "misfiled": record.misfiled is not None,
        "misfiled_reason": row.misfiled if record.misfiled else None,
        "date_source": effective.source if effective else None,
        "date_phrase": effective.phrase if effective else None,
        "date_precision": effective.precision.value if effective else None,
        "period": [dates.period.start_year, dates.period.end_year] if dates and dates.period else None,
        "report_year": dates.report_year if dates else None,
        "recency": row.recency if record.recency else None,
        "recency_rule": record.recency.rule if record.recency else None,
        "extractor": record.extractor,
        "page_count": record.page_count,
        "ocr": record.ocr,
        "ocr_confidence": round(record.ocr_confidence, 2) if record.ocr_confidence is not None else None,
    }


def _estimate(unit: UnitCoverage, catalog: Catalog) -> dict[str, Any]:
    """Return the Pemenuhan estimate and its distance to each predikat, as on the unit page."""
    return {
        "pemenuhan": pemenuhan_estimate(unit),
        "pemenuhan_max": catalog.thresholds.pemenuhan_max if catalog.thresholds else None,
        "predicates": [
            {**estimate.model_dump(), "areas_below": list(estimate.areas_below), "reached": estimate.reached}
            for estimate in estimate_predicates(unit, catalog)
        ],
    }


def render_json(
    report: ScanReport, *, language: Language = Language.ID, view: ReportView | None = None
) -> bytes:
    """report.json as UTF-8 bytes (non-ASCII kept readable)."""
    return (dumps_indented(report_to_dict(report, language=language, view=view)) + "\n").encode("utf-8")


def dumps_indented(value: object) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, written without the slow encoder.

    Handles what that call handles for JSON data: dicts, lists, tuples, strings, numbers,
    booleans and None, including their subclasses (str and int enums); anything else raises
    TypeError, as ``json.dumps`` does.
    """
    chunks: list[str] = []
    _write(value, "\n", chunks)
    return "".join(chunks)


_encode_string: Callable[[str], str] = json.encoder.encode_basestring  # type: ignore[attr-defined]


def _float(value: float) -> str:
    text = float.__repr__(value)
    return _NON_FINITE.get(text, text)


# repr() of a float is one of these only when it is not finite; JSON's names for them.
_NON_FINITE = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}


# Exact classes written in one call; subclasses take the general path in _write.
_SCALARS: dict[type, Callable[[Any], str]] = {
    str: _encode_string,
    int: int.__repr__,
    float: _float,
    bool: lambda value: "true" if value else "false",
    type(None): lambda value: "null",
}


def _key(key: object) -> str:
    """A dict key and its colon, as json.dumps writes them (numbers and literals as strings)."""
    text = _KEYS.get(key) if key.__class__ is str else None
    if text is not None:
        return text
    if isinstance(key, str):
        name = key
    elif key is True or key is False or key is None:
        name = json.dumps(key)
    elif isinstance(key, float):
        name = _float(key)
    elif isinstance(key, int):
        name = int.__repr__(key)
    else:
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
    text = f"{_encode_string(name)}: "
    if key.__class__ is str and len(_KEYS) < _KEYS_MAX:
        _KEYS[key] = text  # keys repeat in every document and unit: encode each once
    return text


_KEYS: dict[object, str] = {}
_KEYS_MAX = 10_000


def _write(value: object, newline: str, out: list[str]) -> None:
    """Append ``value``, nested at the indentation that ``newline`` ends with."""
    scalar = _SCALARS.get(value.__class__)
    if scalar is not None:
        out.append(scalar(value))
    elif isinstance(value, dict):
        _write_dict(value, newline, out)
    elif isinstance(value, list | tuple):
        _write_list(value, newline, out)
    else:
        out.append(_subclass_scalar(value))


def _write_dict(value: dict[Any, Any], newline: str, out: list[str]) -> None:
    if not value:
        out.append("{}")
        return
    inner = newline + "  "
    for prefix, item in zip(_prefixes(tuple(value), inner), value.values()):  # noqa: B905 - same length
        scalar = _SCALARS.get(item.__class__)
        if scalar is not None:
            out.append(prefix + scalar(item))
        else:
            out.append(prefix)
            _write(item, inner, out)
    out.append(newline + "}")


def _prefixes(keys: tuple[Any, ...], inner: str) -> list[str]:
    """What comes before each value of a dict with these keys: brace or comma, indent, key."""
    shape = (keys, inner)
    prefixes = _SHAPES.get(shape)
    if prefixes is None:
        prefixes = [("{" if index == 0 else ",") + inner + _key(key) for index, key in enumerate(keys)]
        # Every document, unit and area repeats its keys: work the prefixes out once per shape.
        # Only string keys: 1, 1.0 and True are equal as keys but written differently.
        if len(_SHAPES) < _SHAPES_MAX and all(key.__class__ is str for key in keys):
            _SHAPES[shape] = prefixes
    return prefixes


_SHAPES: dict[tuple[tuple[Any, ...], str], list[str]] = {}
_SHAPES_MAX = 1_000


def _write_list(value: list[Any] | tuple[Any, ...], newline: str, out: list[str]) -> None:
    if not value:
        out.append("[]")
        return
    inner = newline + "  "
    following = "," + inner
    try:
        # Most lists hold only strings (indicator codes, phrases): encode them in one pass.
        out.append(f"[{inner}{following.join(map(_encode_string, value))}{newline}]")
        return
    except TypeError:  # not all strings: item by item below
        pass
    separator = "[" + inner
    for item in value:
        scalar = _SCALARS.get(item.__class__)
        if scalar is not None:
            out.append(separator + scalar(item))
        else:
            out.append(separator)
            _write(item, inner, out)
        separator = following
    out.append(newline + "]")


def _subclass_scalar(value: object) -> str:
    """A subclass of a JSON scalar (a str or int enum member), in the order json.dumps checks."""
    if isinstance(value, str):
        return _encode_string(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    raise TypeError(f"Object of type {value.__class__.__name__} is not JSON serializable")
