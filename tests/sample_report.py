"""A hand-built scan report with one document of every kind, for the report writer tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from models.catalog import RecencyRule
from models.documents import (
    Classification,
    DateFinding,
    DatePrecision,
    DocumentDates,
    DocumentRecord,
    DocumentStatus,
    FileFormat,
)
from models.messages import Message
from models.options import ScanOptions
from models.report import ScanReport
from pipeline.recency import assess_recency
from pipeline.scan import assemble_report

YEAR = 2026
AS_OF = dt.date(2026, 11, 1)
DINAS = 'Dinas <b>Kesehatan</b> & "Co"'
KOSONG = "Kecamatan Kosong"
# Folds onto the same file name as DINAS: the page name must still be unique.
DINAS_TWIN = "DINAS <B>KESEHATAN</B> & CO"
FORMULA_PATH = f'{DINAS}/=HYPERLINK("http://evil","klik").pdf'


def _dated(year: int, month: int, day: int) -> DocumentDates:
    return DocumentDates(
        effective=DateFinding(
            value=dt.date(year, month, day),
            precision=DatePrecision.DAY,
            source="ditetapkan",
            phrase=f"pada tanggal {day} Januari {year}",
        )
    )


def _typed(path: str, unit: str, slug: str, rule: RecencyRule, dates: DocumentDates | None) -> DocumentRecord:
    recency = assess_recency(rule, dates or DocumentDates(), evaluation_year=YEAR, as_of=AS_OF)
    return DocumentRecord(
        path=path,
        unit=unit,
        status=DocumentStatus.CLASSIFIED,
        size=100,
        sha256=path,
        format=FileFormat.PDF,
        classification=Classification(
            evidence_type=slug, confidence=0.91, evidence_phrases=("tim kerja",), classifier="test"
        ),
        dates=dates,
        recency=recency,
    )


def sample_records() -> list[DocumentRecord]:
    """Current, outdated, undated, unclassified, unreadable and formula-like documents."""
    return [
        _typed(f"{DINAS}/1. MP/SK Tim ZI.pdf", DINAS, "sk_tim_zi", RecencyRule.Y0, _dated(2026, 1, 12)),
        _typed(f"{DINAS}/6. PP/SKM 2022.pdf", DINAS, "survei_kepuasan", RecencyRule.Y1, _dated(2022, 7, 1)),
        _typed(f"{DINAS}/5. PW/SK UPG.pdf", DINAS, "laporan_gratifikasi", RecencyRule.Y0, None),
        DocumentRecord(
            path=f"{DINAS}/nota dinas.docx",
            unit=DINAS,
            status=DocumentStatus.UNCLASSIFIED,
            size=50,
            sha256="nota",
            format=FileFormat.DOCX,
            classification=Classification(evidence_type=None, confidence=0.2, classifier="test"),
            error=Message(key="document.not_evidence"),
        ),
        DocumentRecord(
            path=FORMULA_PATH,
            unit=DINAS,
            status=DocumentStatus.UNREADABLE,
            size=5,
            format=FileFormat.PDF,
            error=Message(key="document.corrupt", params={"detail": "PDF"}),
        ),
        _typed(f"{DINAS_TWIN}/+SK Tim ZI.pdf", DINAS_TWIN, "sk_tim_zi", RecencyRule.Y0, _dated(2026, 2, 2)),
    ]


def build_sample_report() -> ScanReport:
    """The report of the sample records, over three units (one of them empty)."""
    options = ScanOptions(root=Path("/evidence/Inspektorat"), evaluation_year=YEAR, as_of=AS_OF)
    return assemble_report(sample_records(), options, units=[DINAS, KOSONG, DINAS_TWIN], started=0.0)
