"""The trained classifier's artifact: one gzip-compressed JSON file, safe to load.

No pickle: the file holds the vocabulary, the stop words and lemmas, and the coefficients as
base64 ``float16``/``float32`` arrays, so loading it runs no code from the file. Written with
sorted keys and a zero gzip timestamp, the same training data always gives the same bytes.
"""

from __future__ import annotations

import base64
import gzip
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.features import FeatureConfig, Vocabulary
from models.errors import MissingDependency

log = logging.getLogger(__name__)

ARTIFACT_FORMAT = "bukti.evidence-classifier/1"
DEFAULT_ARTIFACT = Path(__file__).resolve().parent / "artifacts" / "evidence-classifier.json.gz"
# The label of documents that are not evidence.
NOT_EVIDENCE = "-"


@dataclass(frozen=True)
class EvidenceArtifact:
    """Everything a trained evidence classifier needs, and where it came from.

    Attributes:
        name: Classifier family, e.g. ``evidence-logreg``.
        version: Artifact version (``<format>.<training-data hash prefix>``).
        training_data_sha256: Hash of the labelled texts it was trained on.
        classes: Class labels; :data:`NOT_EVIDENCE` for documents that are not evidence.
        features: How text becomes features.
        vocabulary: Feature index and IDF.
        coef: Class-by-feature weights.
        intercept: Class offsets.
        temperature: Divides the scores before the softmax (calibration).
        threshold: Calibrated probability below which the classifier abstains.
        card: Training facts and validation metrics, for people.

    """

    name: str
    version: str
    training_data_sha256: str
    classes: tuple[str, ...]
    features: FeatureConfig
    vocabulary: Vocabulary
    coef: np.ndarray
    intercept: np.ndarray
    temperature: float
    threshold: float
    card: dict[str, Any]


def _encode(array: np.ndarray, dtype: str) -> str:
    return base64.b64encode(np.ascontiguousarray(array, dtype=dtype).tobytes()).decode("ascii")


def _decode(text: str, dtype: str, shape: tuple[int, ...]) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype=dtype).reshape(shape).astype(np.float64)


def artifact_bytes(artifact: EvidenceArtifact) -> bytes:
    """Serialise ``artifact`` deterministically."""
    vocab = sorted(artifact.vocabulary.index, key=artifact.vocabulary.index.__getitem__)
    doc = {
        "format": ARTIFACT_FORMAT,
        "name": artifact.name,
        "version": artifact.version,
        "training_data_sha256": artifact.training_data_sha256,
        "classes": list(artifact.classes),
        "features": {
            "stop_words": sorted(artifact.features.stop_words),
            "lemmas": dict(sorted(artifact.features.lemmas.items())),
            "head_lines": artifact.features.head_lines,
            "max_chars": artifact.features.max_chars,
            "bigrams": artifact.features.bigrams,
            "phrases": [[slug, list(title), list(key)] for slug, title, key in artifact.features.phrases],
        },
        "vocabulary": vocab,
        "head_weight": artifact.vocabulary.head_weight,
        "phrase_weight": artifact.vocabulary.phrase_weight,
        "idf": _encode(artifact.vocabulary.idf, "<f4"),
        "coef": _encode(artifact.coef, "<f2"),
        "intercept": [round(float(v), 6) for v in artifact.intercept],
        "temperature": round(artifact.temperature, 6),
        "threshold": round(artifact.threshold, 6),
        "card": artifact.card,
    }
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def write_artifact(artifact: EvidenceArtifact, path: Path) -> Path:
    """Write the artifact and its human-readable card (``<name>.card.json``) beside it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(artifact_bytes(artifact))
    card = {
        "name": artifact.name,
        "version": artifact.version,
        "training_data_sha256": artifact.training_data_sha256,
        "artifact_bytes": path.stat().st_size,
        **artifact.card,
    }
    card_path(path).write_text(json.dumps(card, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return path


def card_path(path: Path) -> Path:
    """Where the card of the artifact at ``path`` lives."""
    return path.with_name(path.name.removesuffix(".json.gz") + ".card.json")


def read_artifact(path: Path = DEFAULT_ARTIFACT) -> EvidenceArtifact:
    """Load an artifact written by :func:`write_artifact`.

    Raises:
        MissingDependency: the file is missing, unreadable or not a Bukti classifier.

    """
    try:
        doc = json.loads(gzip.decompress(path.read_bytes()))
        if doc.get("format") != ARTIFACT_FORMAT:
            raise ValueError(f"unknown format {doc.get('format')!r}")
        return _from_doc(doc)
    except (OSError, EOFError, ValueError, KeyError, TypeError) as error:
        log.debug("cannot load classifier artifact %s", path, exc_info=True)
        raise MissingDependency(what=f"classifier artifact {path} ({type(error).__name__})") from error


def _from_doc(doc: dict[str, Any]) -> EvidenceArtifact:
    classes = tuple(doc["classes"])
    vocab = doc["vocabulary"]
    feats = doc["features"]
    return EvidenceArtifact(
        name=doc["name"],
        version=doc["version"],
        training_data_sha256=doc["training_data_sha256"],
        classes=classes,
        features=FeatureConfig(
            stop_words=frozenset(feats["stop_words"]),
            lemmas=dict(feats["lemmas"]),
            head_lines=int(feats["head_lines"]),
            max_chars=int(feats["max_chars"]),
            bigrams=bool(feats["bigrams"]),
            phrases=tuple((slug, tuple(title), tuple(key)) for slug, title, key in feats["phrases"]),
        ),
        vocabulary=Vocabulary(
            index={f: i for i, f in enumerate(vocab)},
            idf=_decode(doc["idf"], "<f4", (len(vocab),)),
            head_weight=float(doc["head_weight"]),
            phrase_weight=float(doc["phrase_weight"]),
        ),
        coef=_decode(doc["coef"], "<f2", (len(classes), len(vocab))),
        intercept=np.asarray(doc["intercept"], dtype=np.float64),
        temperature=float(doc["temperature"]),
        threshold=float(doc["threshold"]),
        card=dict(doc.get("card", {})),
    )
