"""The trained evidence classifier: a calibrated linear model over head and body words.

It implements :class:`classifiers.base.EvidenceClassifier`. The probabilities are calibrated
(temperature scaling on validation data that held out whole templates), and the classifier
abstains below the threshold chosen on the same data so that a confident answer is right at
least 95% of the time. Each answer carries its next-best types and the phrases that weighed
most for it.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from classifiers.artifact import DEFAULT_ARTIFACT, NOT_EVIDENCE, EvidenceArtifact, read_artifact
from classifiers.features import analyse, catalog_phrases, display_phrase, is_phrase_feature
from models.documents import Classification, ExtractedText, ScoredType

log = logging.getLogger(__name__)

ALTERNATIVES = 3
PHRASES = 5


class TrainedClassifier:
    """Classifies documents with a loaded :class:`EvidenceArtifact`."""

    def __init__(self, artifact: EvidenceArtifact) -> None:
        """Prepare the weights of ``artifact`` for fast scoring."""
        self.artifact = artifact
        coef = np.asarray(artifact.coef, dtype=np.float64)
        # Feature-major copies: a document touches a few hundred features, and gathering
        # whole rows of a (features x classes) array is much faster than columns.
        self._coef_t = np.ascontiguousarray(coef.T)
        # Explanations use each feature's weight for a class relative to its mean weight, so
        # that words every class shares (kop surat, "kabupaten") never "decide" anything.
        self._relative_t = np.ascontiguousarray((coef - coef.mean(axis=0, keepdims=True)).T)
        self._none = artifact.classes.index(NOT_EVIDENCE) if NOT_EVIDENCE in artifact.classes else None
        self._phrases = sorted(artifact.vocabulary.index, key=artifact.vocabulary.index.__getitem__)

    @classmethod
    def load(cls, path: Path = DEFAULT_ARTIFACT) -> TrainedClassifier:
        """Load the artifact at ``path`` (raises ``MissingDependency`` when it is unusable)."""
        return cls(read_artifact(path))

    @property
    def name(self) -> str:
        """Name and version, recorded in every report."""
        return f"{self.artifact.name}/{self.artifact.version}"

    @property
    def training_data_sha256(self) -> str:
        """Hash of the labelled data the artifact was trained on."""
        return self.artifact.training_data_sha256

    def probabilities(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Calibrated class probabilities of ``text``, and its feature indices and values."""
        probs, indices, values, _ = self._score(text)
        return probs, indices, values

    def _score(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, str]:
        analysis = analyse(text, self.artifact.features)
        indices, values = self.artifact.vocabulary.vectorize_analysis(analysis)
        scores = values @ self._coef_t[indices] + self.artifact.intercept
        scores = scores / self.artifact.temperature
        scores -= scores.max()
        probs = np.exp(scores)
        return probs / probs.sum(), indices, values, analysis.views.body

    def classify(self, text: ExtractedText) -> Classification:
        """Return the type, or abstain when the document is not evidence or too unsure."""
        return self.classify_text(text.text)

    def classify_text(self, text: str) -> Classification:
        """Classify plain text (see :meth:`classify`)."""
        probs, indices, values, folded_body = self._score(text)
        if indices.size == 0:
            return Classification(evidence_type=None, confidence=0.0, classifier=self.name)
        order = [int(i) for i in np.argsort(-probs, kind="stable")]
        evidence = [i for i in order if i != self._none]
        best = evidence[0]
        confidence = float(probs[best])
        is_sure = order[0] == best and confidence >= self.artifact.threshold
        # When "not evidence" is the likeliest answer there is no best guess to review.
        best_guess = self.artifact.classes[best] if order[0] == best else None
        alternatives = tuple(
            ScoredType(slug=self.artifact.classes[i], score=round(float(probs[i]), 4))
            for i in evidence[1 : 1 + ALTERNATIVES]
        )
        return Classification(
            evidence_type=self.artifact.classes[best] if is_sure else None,
            confidence=round(min(confidence, 1.0), 4),
            best_guess=best_guess,
            alternatives=alternatives,
            evidence_phrases=self._deciding_phrases(best, indices, values, folded_body),
            classifier=self.name,
        )

    def _deciding_phrases(
        self, cls: int, indices: np.ndarray, values: np.ndarray, folded_body: str
    ) -> tuple[str, ...]:
        """The features that pushed most towards class ``cls``, as readable phrases.

        A catalog-phrase score is shown as the catalog phrases of that type found in the text.
        """
        contributions = self._relative_t[indices, cls] * values
        phrases: list[str] = []
        for position in np.argsort(-contributions, kind="stable"):
            if contributions[position] <= 0 or len(phrases) >= PHRASES:
                break
            feature = self._phrases[int(indices[position])]
            if is_phrase_feature(feature):
                found = catalog_phrases(self.artifact.features, feature.rsplit(":", 1)[1], folded_body)
                phrases.extend(p for p in found[:2] if p not in phrases)
                continue
            phrase = display_phrase(feature)
            # Drop a word already shown inside a longer phrase, and repeats from the other view.
            if not any(phrase == p or phrase in p.split() for p in phrases):
                phrases.append(phrase)
        return tuple(phrases[:PHRASES])
