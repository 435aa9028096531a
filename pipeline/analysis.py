"""What a document's text says: its evidence type and its dates.

This runs where the text is extracted, in the scan's reader processes (:mod:`pipeline.sandbox`),
so that classifying and dating, the CPU-heavy part after extraction, is spread over the
readers (one per core) instead of queueing for the scanning process's GIL. Each process loads
the classifier once; the readers' fork server loads it before forking them
(:mod:`pipeline.reader_preload`), so a reader starts with it in memory.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import NamedTuple

from classifiers.dates import find_document_dates
from classifiers.model import TrainedClassifier
from extractors import extract_text
from models.documents import Classification, DocumentDates, ExtractedText
from models.options import ExtractOptions


class AnalysedText(NamedTuple):
    """A document's text with the type and dates read from it."""

    extracted: ExtractedText
    classification: Classification
    dates: DocumentDates


@functools.lru_cache(maxsize=1)
def classifier() -> TrainedClassifier:
    """The shipped evidence classifier, loaded once per process.

    Raises:
        MissingDependency: the artifact is missing or corrupt.

    """
    return TrainedClassifier.load()


def analyse(extracted: ExtractedText) -> AnalysedText:
    """Classify the text, then find its dates (the type decides which date rules apply)."""
    classification = classifier().classify(extracted)
    dates = find_document_dates(
        extracted.text, evidence_type=classification.evidence_type or classification.best_guess
    )
    return AnalysedText(extracted, classification, dates)


def read_and_analyse(path: Path, *, options: ExtractOptions) -> AnalysedText:
    """Extract, classify and date ``path`` in this process (no time or memory limit)."""
    return analyse(extract_text(path, options=options))
