"""Golden files: report.json and the text of report.html and of every unit page.

The case ``small`` is a tree of six generated documents in two units (current, outdated,
not evidence, truncated, empty, a formula-like file name), scanned in-process. Volatile
values (generation time, duration, versions, classifier name, state-store reuse) are fixed
before rendering. Any difference fails; so does a missing golden file. To accept a change
on purpose, regenerate and review the diff (tests/golden/README.md):

    BUKTI_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
from html.parser import HTMLParser
from pathlib import Path

import pytest

from models.messages import Language
from models.options import ScanOptions
from models.report import ScanReport
from pipeline.reports.html_report import render_html
from pipeline.reports.json_report import report_to_dict
from pipeline.reports.unit_page import render_unit_pages
from pipeline.scan import DocumentSettings, assemble_report, discover_files, process_batch
from sample_docs import faults
from sample_docs.render import render_bytes
from sample_docs.templates import ALL_TEMPLATES
from sample_docs.units import unit_by_name

GOLDEN = Path(__file__).parent / "golden"
REGENERATE = os.environ.get("BUKTI_REGEN_GOLDEN") == "1"
YEAR = 2026
AS_OF = dt.date(2026, 11, 1)
ROOT_NAME = "Inspektorat Golden"
DINKES = "Dinas Kesehatan"
KUA = "KUA Kecamatan Depok"

# (unit, path inside the unit, template id, date, fault)
PLAN = (
    (DINKES, "1. MP/SK Tim ZI 2026.pdf", "sk_tim_zi.sk_lampiran", dt.date(2026, 1, 8), None),
    (DINKES, "6. PP/Laporan SKM 2023.pdf", "survei_kepuasan.laporan_skm", dt.date(2023, 7, 12), None),
    (DINKES, "Umum/nota dinas ATK.docx", "bukan_bukti.nota_dinas_atk", dt.date(2026, 3, 2), None),
    (DINKES, "4. AK/Renja 2026.pdf", "renstra_renja.renja", dt.date(2025, 7, 21), "truncated"),
    (
        KUA,
        "01 MP/=pakta integritas kepala KUA.docx",
        "pakta_integritas.pakta_individu",
        dt.date(2026, 1, 6),
        None,
    ),
    (KUA, "05 PW/laporan WBS TW II.docx", None, None, "zero_byte"),
)
VOLATILE = {
    "generated_at": dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC),
    "duration_seconds": 0.0,
    "bukti_version": "<version>",
    "classifier": "<classifier>",
    "reused_documents": 0,
    "changes": None,
}


def build_tree(root: Path) -> None:
    """Write the case's documents; every byte depends only on the plan."""
    for unit, path, template, date, fault in PLAN:
        target = root / unit / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if fault == "zero_byte":
            target.write_bytes(b"")
            continue
        spec = ALL_TEMPLATES[template](unit_by_name(unit), date, random.Random(f"golden:{unit}/{path}"))
        data = render_bytes(spec, target.suffix.lstrip("."))
        target.write_bytes(faults.truncate_pdf_bytes(data) if fault == "truncated" else data)


def normalised(report: ScanReport) -> ScanReport:
    """The report with its volatile values fixed."""
    return report.model_copy(update={k: v for k, v in VOLATILE.items() if k in ScanReport.model_fields})


@pytest.fixture(scope="module")
def small_report(tmp_path_factory: pytest.TempPathFactory) -> ScanReport:
    root = tmp_path_factory.mktemp("golden") / ROOT_NAME
    build_tree(root)
    options = ScanOptions(root=root, evaluation_year=YEAR, as_of=AS_OF, jobs=1)
    inventory = discover_files(root, unit_depth=1)
    records = process_batch(list(inventory.files), DocumentSettings.from_options(options))
    return normalised(assemble_report(records, options, units=inventory.units, started=0.0))


class _TextRenderer(HTMLParser):
    """HTML to text as a reader meets it: one line per block, no styles, no markup."""

    BLOCKS = {
        "p",
        "li",
        "h1",
        "h2",
        "h3",
        "tr",
        "div",
        "section",
        "header",
        "footer",
        "figure",
        "ul",
        "table",
        "svg",
        "title",
        "text",
        "nav",
        "span",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "style":
            self.skip += 1
        if tag in self.BLOCKS:
            self.lines.append("")
        if tag in ("td", "th"):
            self.lines[-1] += " | "
        if tag == "a":
            href = dict(attrs).get("href") or ""
            self.lines[-1] += f"[{href}] "

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self.skip -= 1
        if tag in self.BLOCKS:
            self.lines.append("")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.lines[-1] += data

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in self.lines)
        return "\n".join(line for line in lines if line) + "\n"


def html_text(html: bytes) -> str:
    """The visible text of an HTML page, one block per line, with link targets."""
    renderer = _TextRenderer()
    renderer.feed(html.decode("utf-8"))
    return renderer.text()


def golden_outputs(report: ScanReport) -> dict[str, str]:
    """Every golden file of the case: name -> expected content."""
    data = report_to_dict(report)
    for key in set(VOLATILE) & set(data):
        data[key] = VOLATILE[key] if not isinstance(VOLATILE[key], dt.datetime) else VOLATILE[key].isoformat()
    outputs = {
        "report.json": json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n",
        "report.html.txt": html_text(render_html(report)),
    }
    for name, page in render_unit_pages(report).items():
        outputs[f"units/{name}.txt"] = html_text(page)
    for name, page in render_unit_pages(report, language=Language.EN).items():
        if name.startswith("kua"):
            outputs[f"units-en/{name}.txt"] = html_text(page)
    return outputs


def test_regeneration_flag_is_not_set_in_ci() -> None:
    """CI must compare golden files, never rewrite them."""
    assert not (REGENERATE and os.environ.get("CI", "").lower() in ("1", "true", "yes")), (
        "BUKTI_REGEN_GOLDEN is set in CI"
    )


def test_golden_files_match(small_report: ScanReport) -> None:
    case = GOLDEN / "small"
    outputs = golden_outputs(small_report)
    if REGENERATE:
        for stale in case.rglob("*"):
            if stale.is_file() and stale.name != "README.md":
                stale.unlink()
        for name, content in outputs.items():
            (case / name).parent.mkdir(parents=True, exist_ok=True)
            (case / name).write_text(content, encoding="utf-8")
    on_disk = sorted(p.relative_to(case).as_posix() for p in case.rglob("*") if p.is_file())
    missing = sorted(set(outputs) - set(on_disk))
    assert not missing, (
        f"golden files missing: {missing}; regenerate with BUKTI_REGEN_GOLDEN=1 and review the diff"
    )
    assert on_disk == sorted(outputs), f"unexpected golden files: {sorted(set(on_disk) - set(outputs))}"
    for name, content in outputs.items():
        expected = (case / name).read_text(encoding="utf-8")
        assert content == expected, (
            f"{name} differs from tests/golden/small/{name}; if the change is intended, regenerate "
            "with BUKTI_REGEN_GOLDEN=1 and review the diff"
        )
