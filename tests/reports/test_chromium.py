"""The HTML reports as a person sees them: real headless Chromium at desktop and phone widths.

Chromium (Debian package ``chromium``) is installed by ``make install`` when root. Without it
these tests fail with that hint; they are never skipped, so CI always looks at the pages.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pypdfium2
import pytest
from headless import A4_PRINT_WIDTH, DESKTOP, PHONE, Browser, ChromiumMissing, find_chromium

UNIT_SECTIONS = ("header", "glance", "estimate", "missing", "outdated", "review", "documents")
VIEWS = [pytest.param(DESKTOP, False, id="desktop"), pytest.param(PHONE, True, id="phone")]


@pytest.fixture(scope="module")
def browser():
    try:
        find_chromium()
    except ChromiumMissing as error:
        pytest.fail(str(error), pytrace=False)
    with Browser() as running:
        yield running


@pytest.fixture(scope="module")
def unit_pages(demo_scan) -> list[Path]:
    pages = sorted((demo_scan["out"] / "units").glob("*.html"))
    assert len(pages) == len(demo_scan["report"]["units"])
    return pages


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def assert_laid_out(layout: dict, sections: tuple[str, ...]) -> None:
    assert layout["scrollWidth"] <= layout["viewport"], layout["overflowing"]
    assert layout["overflowing"] == []
    for section in sections:
        assert layout["sections"].get(section) is True, (section, layout["sections"])
    assert layout["smallestFont"] >= 11


@pytest.mark.parametrize(("size", "mobile"), VIEWS)
def test_unit_pages_fit_and_show_every_section(
    browser, unit_pages, demo_scan, size, mobile, tmp_path
) -> None:
    for path in unit_pages:
        page = browser.open(path, size, mobile=mobile)
        layout = page.layout()
        assert_laid_out(layout, UNIT_SECTIONS)
        assert layout["lang"] == "id"
        assert layout["firstHeading"] in {u["unit"] for u in demo_scan["report"]["units"]}
        assert len(layout["charts"]) == 2
        for chart in layout["charts"]:
            assert 250 <= chart["width"] <= size[0] and chart["height"] > 30, chart
        # Offline: the page asked for nothing but itself.
        assert page.requests() == [path.resolve().as_uri()]
        assert layout["links"] == ["../report.html"] and (path.parent / "../report.html").is_file()
        shot = page.screenshot(tmp_path / f"{path.stem}.png")
        assert png_size(shot) == size
        page.close()


@pytest.mark.parametrize(("size", "mobile"), VIEWS)
def test_report_html_fits_and_links_every_unit_page(browser, demo_scan, unit_pages, size, mobile) -> None:
    path = demo_scan["out"] / "report.html"
    page = browser.open(path, size, mobile=mobile)
    layout = page.layout()
    assert layout["scrollWidth"] <= layout["viewport"], layout["overflowing"]
    assert page.requests() == [path.resolve().as_uri()]
    unit_links = sorted({link for link in layout["links"] if link.startswith("units/")})
    assert unit_links == sorted(f"units/{p.name}" for p in unit_pages)
    page.close()


def test_unit_page_prints_on_a4(browser, unit_pages) -> None:
    path = unit_pages[0]
    page = browser.open(path, (A4_PRINT_WIDTH, 1000), media="print")
    layout = page.layout()
    assert layout["overflowing"] == [] and layout["scrollWidth"] <= layout["viewport"]
    assert layout["links"] == ["../report.html"]  # present in the DOM ...
    back_link = page.evaluate("getComputedStyle(document.querySelector('.back')).display")
    assert back_link == "none"  # ... but not printed
    pdf = pypdfium2.PdfDocument(page.pdf())
    try:
        assert len(pdf) >= 2
        width, height = pdf[0].get_size()
        assert (round(width), round(height)) == (595, 842)  # A4 in points
    finally:
        pdf.close()
    page.close()


def test_english_page_in_the_browser(browser, tmp_path) -> None:
    from sample_report import build_sample_report

    from models.messages import Language
    from pipeline.reports import write_reports

    write_reports(build_sample_report(), tmp_path, language=Language.EN)
    for path in sorted((tmp_path / "units").glob("*.html")):
        for size, mobile in ((DESKTOP, False), (PHONE, True)):
            page = browser.open(path, size, mobile=mobile)
            layout = page.layout()
            assert_laid_out(layout, UNIT_SECTIONS)
            assert layout["lang"] == "en" and layout["title"].startswith("ZI evidence: ")
            page.close()
