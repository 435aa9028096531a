"""A transparent baseline classifier driven by the catalog's phrases.

Each evidence type in the catalog lists *title phrases* (how a title, a ``TENTANG`` line or a
``Hal:`` line names it) and *key phrases* (what its body typically says). A phrase found in
the part of the document a human reads first counts most; the same phrase deeper in the
body counts less. The classifier abstains when the evidence is thin or two types are close,
so that an unsure document goes to a person instead of getting a wrong type.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from classifiers.text import fold, head_region
from models.catalog import Catalog
from models.documents import Classification, ExtractedText, ScoredType

log = logging.getLogger(__name__)

CLASSIFIER_NAME = "keyword-baseline/1"

HEAD_TITLE_WEIGHT = 3.0
BODY_TITLE_WEIGHT = 1.0
BODY_KEY_WEIGHT = 0.6
# Below this raw score the document names no evidence type clearly enough.
MIN_SCORE = 4.0
# Confidence below which the classifier abstains.
MIN_CONFIDENCE = 0.6
# Raw-score units that keep one weak match from looking certain.
CONFIDENCE_PRIOR = 1.0
# A cited regulation ("... Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan") names
# another document's topic, not this one's: such lines are left out of the scoring.
_CITATION_LINE = re.compile(r"\bnomor\s+[\w./-]+\s+tahun\s+\d{4}\b.*\btentang\b", re.I)


def _without_citations(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not _CITATION_LINE.search(line))


@dataclass(frozen=True)
class _PhraseSet:
    slug: str
    title: tuple[str, ...]
    key: tuple[str, ...]


def _phrase_weight(phrase: str) -> float:
    """Longer phrases are more specific: weight grows with the number of words."""
    return 1.0 + 0.5 * (len(phrase.split()) - 1)


class KeywordClassifier:
    """Scores each catalog type by weighted phrase matches; abstains when unsure."""

    def __init__(self, catalog: Catalog) -> None:
        """Prepare folded phrases for every type of ``catalog``."""
        self._phrases = tuple(
            _PhraseSet(
                slug=etype.slug,
                title=tuple(fold(p).strip() for p in etype.title_phrases),
                key=tuple(fold(p).strip() for p in etype.key_phrases),
            )
            for etype in catalog.evidence_types
        )

    @property
    def name(self) -> str:
        """Name and version of this classifier."""
        return CLASSIFIER_NAME

    def classify(self, text: ExtractedText) -> Classification:
        """Score every type and return the best, or abstain."""
        full = _without_citations(text.text)
        head = fold(head_region(full))
        body = fold(full)
        scored: list[tuple[float, str, tuple[str, ...]]] = []
        for phrases in self._phrases:
            score, hits = self._score(phrases, head, body)
            if score > 0:
                scored.append((score, phrases.slug, hits))
        if not scored:
            return Classification(evidence_type=None, confidence=0.0, classifier=CLASSIFIER_NAME)
        scored.sort(key=lambda item: (-item[0], item[1]))
        best_score, best_slug, best_hits = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        confidence = best_score / (best_score + runner_up + CONFIDENCE_PRIOR)
        total = sum(item[0] for item in scored) + CONFIDENCE_PRIOR
        alternatives = tuple(
            ScoredType(slug=slug, score=round(score / total, 4)) for score, slug, _ in scored[1:4]
        )
        is_sure = best_score >= MIN_SCORE and confidence >= MIN_CONFIDENCE
        return Classification(
            evidence_type=best_slug if is_sure else None,
            confidence=round(confidence, 4),
            best_guess=best_slug,
            alternatives=alternatives,
            evidence_phrases=best_hits[:5],
            classifier=CLASSIFIER_NAME,
        )

    @staticmethod
    def _score(phrases: _PhraseSet, head: str, body: str) -> tuple[float, tuple[str, ...]]:
        score = 0.0
        hits: list[str] = []
        for phrase in phrases.title:
            if f" {phrase} " in head:
                score += HEAD_TITLE_WEIGHT * _phrase_weight(phrase)
                hits.append(phrase)
            elif f" {phrase} " in body:
                score += BODY_TITLE_WEIGHT * _phrase_weight(phrase)
                hits.append(phrase)
        for phrase in phrases.key:
            if f" {phrase} " in body:
                score += BODY_KEY_WEIGHT * _phrase_weight(phrase)
                hits.append(phrase)
        return score, tuple(hits)
