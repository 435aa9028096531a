"""Fit the evidence classifier from labelled texts, deterministically.

Training is a pure function of the labelled texts and :class:`TrainConfig`:

1. every text is augmented (OCR noise, missing letterhead, first-page excerpt);
2. a grouped cross-validation (whole templates or source folders held out per fold) gives
   out-of-group scores, on which the temperature (calibration) and the abstention threshold
   are chosen: the lowest threshold at which confident answers are right at least
   ``target_precision`` of the time;
3. the final linear model is fitted on everything.

Reading files and generating corpora happen in ``pipeline.training``; this module only sees
text, so it stays within the ``classifiers`` layer.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace

import numpy as np
from scipy import sparse

from classifiers.artifact import NOT_EVIDENCE, EvidenceArtifact
from classifiers.augment import augment
from classifiers.features import (
    FeatureConfig,
    Features,
    Vocabulary,
    document_features,
    fit_vocabulary,
    phrases_from_catalog,
)
from models.catalog import Catalog

log = logging.getLogger(__name__)

ARTIFACT_VERSION = "4"
_TEMPERATURES = np.exp(np.linspace(math.log(0.05), math.log(20.0), 121))
_THRESHOLDS = np.round(np.arange(0.20, 0.991, 0.01), 2)


@dataclass(frozen=True)
class LabelledText:
    """One training document.

    Attributes:
        text: The document's extracted text.
        slug: Its evidence type, or ``None`` when it is not evidence.
        group: What must be held out together in validation (template id, source folder).

    """

    text: str
    slug: str | None
    group: str


@dataclass(frozen=True)
class TrainConfig:
    """Choices of the training procedure (all recorded in the artifact's card)."""

    model: str = "logreg"
    # C, the augmentations and none_weight were chosen with bench/classifier_eval.py (held-out
    # templates and unit kinds): C 30 with all three augmentations beat C 5, 10 and 20 and no
    # augmentation; non-evidence weight 0.3 beat 1.0 and 0.1.
    c: float = 30.0
    min_df: int = 2
    max_features: int = 12000
    head_weight: float = 1.0
    phrase_weight: float = 1.0
    augmentations: tuple[str, ...] = ("ocr_noise", "without_letterhead", "first_page_excerpt")
    folds: int = 3
    # The goal: a confident answer is right at least 95% of the time.
    target_precision: float = 0.95
    none_weight: float = 0.3


def training_data_sha256(docs: Sequence[LabelledText]) -> str:
    """A hash of the labelled texts that does not depend on their order."""
    lines = sorted(json.dumps([d.slug, d.group, d.text], ensure_ascii=False) for d in docs)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def indonesian_language_data(catalog: Catalog | None = None, *, lemmas: bool = False) -> FeatureConfig:
    """Stop words (and optionally lemmas) from spaCy's Indonesian language data.

    With ``catalog``, its title and key phrases become features too. Lemmas need the
    ``spacy-lookups-data`` package; without it the table stays empty.
    """
    from spacy.lang.id.stop_words import STOP_WORDS

    from classifiers.text import fold

    stop = frozenset(fold(w).strip() for w in STOP_WORDS if fold(w).strip())
    table: dict[str, str] = {}
    if lemmas:
        table = _spacy_lemma_table()
    phrases = phrases_from_catalog(catalog) if catalog is not None else ()
    return FeatureConfig(stop_words=stop, lemmas=table, phrases=phrases)


def _spacy_lemma_table() -> dict[str, str]:
    try:
        from spacy.lookups import load_lookups

        lookups = load_lookups("id", ["lemma_lookup"])
    except (ImportError, ValueError):
        log.warning("spacy-lookups-data is not installed; training without lemmas")
        return {}
    table = lookups.get_table("lemma_lookup")
    return {str(k): str(v) for k, v in table.items() if isinstance(k, str) and k != v}


def _label(doc: LabelledText) -> str:
    return doc.slug or NOT_EVIDENCE


def _group_folds(groups: Sequence[str], labels: Sequence[str], folds: int) -> dict[str, int]:
    """Deal each class's groups round-robin to the folds (in hash order, reproducibly).

    Dealing per class keeps every class in the training part of most folds, which a plain
    hash of the group would not for classes with only two or three templates.
    """
    by_class: dict[str, set[str]] = {}
    for group, label in zip(groups, labels, strict=False):
        by_class.setdefault(label, set()).add(group)
    fold_of: dict[str, int] = {}
    for label in sorted(by_class):
        ordered = sorted(by_class[label], key=lambda g: hashlib.sha256(g.encode("utf-8")).hexdigest())
        offset = int(hashlib.sha256(label.encode("utf-8")).hexdigest(), 16) % folds
        for i, group in enumerate(ordered):
            fold_of.setdefault(group, (i + offset) % folds)
    return fold_of


@dataclass(frozen=True)
class _Featurised:
    features: list[Features]
    labels: list[str]
    groups: list[str]
    is_original: list[bool]


def _featurise(docs: Sequence[LabelledText], fconf: FeatureConfig, config: TrainConfig) -> _Featurised:
    features, labels, groups, original = [], [], [], []
    for doc in docs:
        # Seeded by content, not position: the same documents in any order give the same artifact.
        seed = hashlib.sha256(f"{doc.group}\n{doc.text}".encode()).hexdigest()[:16]
        variants = [doc.text, *augment(doc.text, seed, config.augmentations)]
        for k, text in enumerate(variants):
            features.append(document_features(text, fconf))
            labels.append(_label(doc))
            groups.append(doc.group)
            original.append(k == 0)
    return _Featurised(features, labels, groups, original)


def _matrix(features: Sequence[Features], vocab: Vocabulary) -> sparse.csr_matrix:
    rows, cols, vals = [], [], []
    for row, feats in enumerate(features):
        idx, val = vocab.vectorize(feats)
        rows.append(np.full(idx.size, row))
        cols.append(idx)
        vals.append(val)
    return sparse.csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
        shape=(len(features), vocab.size),
    )


def _fit_linear(
    x: sparse.csr_matrix, y: np.ndarray, classes: Sequence[str], config: TrainConfig
) -> tuple[np.ndarray, np.ndarray]:
    """Fit the chosen linear model; return (coef, intercept) over ``classes`` in order."""
    if config.model == "logreg":
        from sklearn.linear_model import LogisticRegression

        est = LogisticRegression(C=config.c, max_iter=3000, tol=1e-5)
    elif config.model == "linsvc":
        from sklearn.svm import LinearSVC

        est = LinearSVC(C=config.c / 20, max_iter=20000)
    elif config.model == "cnb":
        from sklearn.naive_bayes import ComplementNB

        est = ComplementNB(alpha=1.0 / config.c)
    else:
        raise ValueError(f"unknown model {config.model!r}")
    # Non-evidence outnumbers every single type about tenfold; its weight sets how readily an
    # unfamiliar evidence document is taken for "not evidence" rather than for its type.
    est.fit(x, y, sample_weight=np.where(y == NOT_EVIDENCE, config.none_weight, 1.0))
    fitted = list(est.classes_)
    if config.model == "cnb":
        fitted_coef, fitted_intercept = est.feature_log_prob_, np.zeros(len(fitted))
    else:
        fitted_coef, fitted_intercept = est.coef_, est.intercept_
    # A class absent from this (validation) training part can never be predicted.
    coef = np.zeros((len(classes), x.shape[1]))
    intercept = np.full(len(classes), -1e4)
    for row, label in enumerate(classes):
        if label in fitted:
            coef[row] = fitted_coef[fitted.index(label)]
            intercept[row] = fitted_intercept[fitted.index(label)]
    return coef, intercept


def _softmax(scores: np.ndarray) -> np.ndarray:
    shifted = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def _fit_temperature(scores: np.ndarray, truth: np.ndarray) -> float:
    """The temperature that minimises the negative log-likelihood of the true classes."""
    best, best_nll = 1.0, math.inf
    for t in _TEMPERATURES:
        probs = _softmax(scores / t)
        nll = -float(np.mean(np.log(probs[np.arange(len(truth)), truth] + 1e-12)))
        if nll < best_nll - 1e-12:
            best, best_nll = float(t), nll
    return best


def decide(probs: np.ndarray, none_index: int | None, threshold: float) -> np.ndarray:
    """The decision per row: a class index, or -1 for "no type" (abstain / not evidence)."""
    top = probs.argmax(axis=1)
    conf = probs[np.arange(len(top)), top]
    typed = (conf >= threshold) & (top != (none_index if none_index is not None else -1))
    return np.where(typed, top, -1)


def choose_threshold(probs: np.ndarray, truth: np.ndarray, none_index: int | None, target: float) -> float:
    """The lowest threshold at which confident answers are right ``target`` of the time."""
    for threshold in _THRESHOLDS:
        decided = decide(probs, none_index, float(threshold))
        confident = decided >= 0
        if confident.sum() == 0:
            continue
        if float(np.mean(decided[confident] == truth[confident])) >= target:
            return float(threshold)
    return float(_THRESHOLDS[-1])


def _vocabulary(features: Sequence[Features], fconf: FeatureConfig, config: TrainConfig) -> Vocabulary:
    return fit_vocabulary(
        features,
        config=fconf,
        min_df=config.min_df,
        max_features=config.max_features,
        head_weight=config.head_weight,
        phrase_weight=config.phrase_weight,
    )


def _validate(
    data: _Featurised, classes: list[str], fconf: FeatureConfig, config: TrainConfig
) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-group scores of the original (not augmented) texts: (scores, true class index)."""
    fold_of = _group_folds(data.groups, data.labels, config.folds)
    folds = np.array([fold_of[g] for g in data.groups])
    original = np.array(data.is_original)
    y = np.array(data.labels)
    scores, truth = [], []
    for fold in range(config.folds):
        train = np.flatnonzero(folds != fold)
        test = np.flatnonzero((folds == fold) & original)
        if test.size == 0 or len(set(y[train])) < 2:
            continue
        vocab = _vocabulary([data.features[i] for i in train], fconf, config)
        coef, intercept = _fit_linear(
            _matrix([data.features[i] for i in train], vocab), y[train], classes, config
        )
        x_test = _matrix([data.features[i] for i in test], vocab)
        scores.append(np.asarray(x_test @ coef.T) + intercept)
        truth.append(np.array([classes.index(label) for label in y[test]]))
    if not scores:
        raise ValueError("too few groups to validate: every class needs documents in several groups")
    return np.vstack(scores), np.concatenate(truth)


def fit_evidence_classifier(
    docs: Sequence[LabelledText],
    *,
    config: TrainConfig = TrainConfig(),
    features: FeatureConfig | None = None,
    source: str = "",
) -> EvidenceArtifact:
    """Train, calibrate and choose the abstention threshold; return the artifact.

    Args:
        docs: Labelled texts; ``group`` decides what validation holds out together.
        config: Model and procedure choices.
        features: Text-to-feature settings (default: spaCy's Indonesian stop words).
        source: A note on where the texts came from, recorded in the card.

    Raises:
        ValueError: fewer than two classes, or too few groups to validate.

    """
    fconf = features if features is not None else indonesian_language_data()
    classes = sorted({_label(d) for d in docs})
    if len(classes) < 2:
        raise ValueError("training needs documents of at least two classes")
    data = _featurise(docs, fconf, config)
    val_scores, val_truth = _validate(data, classes, fconf, config)
    temperature = _fit_temperature(val_scores, val_truth)
    none_index = classes.index(NOT_EVIDENCE) if NOT_EVIDENCE in classes else None
    val_probs = _softmax(val_scores / temperature)
    threshold = choose_threshold(val_probs, val_truth, none_index, config.target_precision)
    vocab = _vocabulary(data.features, fconf, config)
    coef, intercept = _fit_linear(_matrix(data.features, vocab), np.array(data.labels), classes, config)
    data_hash = training_data_sha256(docs)
    card = {
        "format_note": "gzip JSON; coefficients float16, IDF float32, base64",
        "source": source,
        "documents": len(docs),
        "documents_per_class": dict(sorted(Counter(_label(d) for d in docs).items())),
        "groups": len({d.group for d in docs}),
        "config": {**asdict(config), "augmentations": list(config.augmentations)},
        "features": {
            "vocabulary": vocab.size,
            "head_lines": fconf.head_lines,
            "max_chars": fconf.max_chars,
            "stop_words": len(fconf.stop_words),
            "lemmas": len(fconf.lemmas),
            "catalog_phrase_types": len(fconf.phrases),
        },
        "validation": validation_metrics(val_probs, val_truth, classes, threshold),
        "temperature": round(temperature, 4),
        "threshold": threshold,
    }
    return EvidenceArtifact(
        name=f"evidence-{config.model}",
        version=f"{ARTIFACT_VERSION}.{data_hash[:8]}",
        training_data_sha256=data_hash,
        classes=tuple(classes),
        features=replace(fconf),
        vocabulary=vocab,
        # Rounded as stored, so the in-memory classifier equals the loaded one.
        coef=coef.astype(np.float16).astype(np.float64),
        intercept=np.round(intercept, 6),
        temperature=round(temperature, 6),
        threshold=threshold,
        card=card,
    )


def validation_metrics(
    probs: np.ndarray, truth: np.ndarray, classes: Sequence[str], threshold: float
) -> dict[str, float]:
    """Macro-F1 over evidence types, share of non-evidence left out, accuracy of confident answers."""
    none_index = classes.index(NOT_EVIDENCE) if NOT_EVIDENCE in classes else None
    decided = decide(probs, none_index, threshold)
    predicted = np.where(decided >= 0, decided, none_index if none_index is not None else -1)
    f1s = []
    for k in range(len(classes)):
        if k == none_index:
            continue
        tp = int(np.sum((predicted == k) & (truth == k)))
        fp = int(np.sum((predicted == k) & (truth != k)))
        fn = int(np.sum((predicted != k) & (truth == k)))
        if tp + fp + fn:
            f1s.append(2 * tp / (2 * tp + fp + fn))
    confident = decided >= 0
    non_ev = truth == none_index if none_index is not None else np.zeros_like(truth, dtype=bool)
    return {
        "macro_f1": round(float(np.mean(f1s)), 4) if f1s else 0.0,
        "confident_accuracy": round(float(np.mean(decided[confident] == truth[confident])), 4)
        if confident.any()
        else 0.0,
        "coverage": round(float(np.mean(confident[~non_ev])), 4) if (~non_ev).any() else 0.0,
        "non_evidence_unclassified": round(float(np.mean(~confident[non_ev])), 4) if non_ev.any() else 1.0,
        "documents": int(len(truth)),
    }
