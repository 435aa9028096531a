"""pypdfium2 vs pdfplumber on our own born-digital PDFs: speed and what text each recovers.

For each generated PDF (every template, several units) it times both libraries' plain text
extraction and checks what the classifier and date finder depend on: the title, the
effective date as written, and the overall word overlap between the two outputs.

    .venv/bin/python bench/pdf_extractors.py [--docs 200]
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import io
import random
import re
import time

import pdfplumber
import pypdfium2

from sample_docs.render import render_bytes
from sample_docs.templates import TEMPLATES
from sample_docs.units import UNITS

_WORD = re.compile(r"\w+")


def words(text: str) -> collections.Counter[str]:
    """Lower-cased word counts."""
    return collections.Counter(_WORD.findall(text.lower()))


def squash(text: str) -> str:
    """Text without white space, for 'does this phrase appear' checks across line breaks."""
    return re.sub(r"\s+", "", text.lower())


def with_pdfium(data: bytes) -> str:
    """Plain text of every page through pypdfium2."""
    pdf = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_bounded() for page in pdf)
    finally:
        pdf.close()


def with_pdfplumber(data: bytes) -> str:
    """Plain text of every page through pdfplumber (pdfminer layout analysis)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def main() -> None:
    """Generate the PDFs, run both extractors, print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    args = parser.parse_args()
    templates = [fn for _, fns in sorted(TEMPLATES.items()) for fn in fns]
    rng = random.Random(5)
    pdfs = []
    for index in range(args.docs):
        spec = templates[index % len(templates)](
            UNITS[index % len(UNITS)],
            dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(250)),
            random.Random(index),
        )
        pdfs.append((spec, render_bytes(spec, "pdf")))
    seconds = {"pypdfium2": 0.0, "pdfplumber": 0.0}
    found = {name: collections.Counter() for name in seconds}
    overlap = []
    for spec, data in pdfs:
        texts = {}
        for name, extract in (("pypdfium2", with_pdfium), ("pdfplumber", with_pdfplumber)):
            start = time.perf_counter()
            texts[name] = extract(data)
            seconds[name] += time.perf_counter() - start
            squashed = squash(texts[name])
            found[name]["title"] += squash(spec.title)[:40] in squashed
            if spec.effective_date_text:
                found[name]["date"] += squash(spec.effective_date_text) in squashed
        a, b = words(texts["pypdfium2"]), words(texts["pdfplumber"])
        overlap.append(sum((a & b).values()) / max(1, sum((a | b).values())))
    dated = sum(1 for spec, _ in pdfs if spec.effective_date_text)
    print(f"{len(pdfs)} PDFs, {dated} with a written effective date")
    for name in seconds:
        print(
            f"{name:<11} {seconds[name] / len(pdfs) * 1000:7.1f} ms/doc"
            f"   title found {found[name]['title']}/{len(pdfs)}"
            f"   date found {found[name]['date']}/{dated}"
        )
    print(f"speed ratio pdfplumber/pypdfium2: {seconds['pdfplumber'] / seconds['pypdfium2']:.1f}x")
    print(f"mean word overlap between the two: {sum(overlap) / len(overlap):.3f}")


if __name__ == "__main__":
    main()
