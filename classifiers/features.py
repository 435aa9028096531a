"""What the evidence classifier sees of a document: a head view and a body view of its words.

A reader decides what a document is from its title, its ``TENTANG`` or ``Hal`` line and its
headings; the rest of the text confirms it. The classifier therefore gets two bags of words
and word pairs: the *head* (the opening lines and the subject lines, prefixed ``h:``) and the
*body* (all text up to a length cap). Lines that only cite another regulation ("... Nomor 15
Tahun 2014 tentang Pedoman Standar Pelayanan") name another document's topic and are dropped.
Nothing here looks at file or folder names: a misleading name cannot decide a type.

Words are folded (lower case, no accents, punctuation as spaces), numbers are dropped, stop
words come from spaCy's Indonesian language data and are stored in the artifact, so reading
a document needs no spaCy pipeline at run time.
"""

from __future__ import annotations

import functools
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from classifiers.text import fold, non_empty_lines
from models.catalog import Catalog

log = logging.getLogger(__name__)

HEAD_PREFIX = "h:"
# Catalog-phrase features: "k:h:<slug>" (title phrases in the head), "k:b:<slug>" (in the body).
PHRASE_PREFIX = "k:"
# A cited regulation names another document's topic; such lines are not evidence of type.
_CITATION_LINE = re.compile(r"\bnomor\s+[\w./-]+\s+tahun\s+\d{4}\b.*\btentang\b", re.I)
# Page furniture the PDF extractor keeps ("Halaman 1", "- 2 -").
_PAGE_LINE = re.compile(r"^\s*(halaman|hal\.|page)?\s*-?\s*\d+\s*-?\s*$", re.I)
_SUBJECT_LINE = re.compile(r"^\s*(tentang|hal|perihal|acara|agenda|judul)\b", re.I)
_WORD = re.compile(r"[a-z][a-z0-9]*")


@dataclass(frozen=True)
class FeatureConfig:
    """How text becomes features; stored in the artifact so training and use agree.

    Attributes:
        stop_words: Folded words left out (spaCy's Indonesian list).
        lemmas: Folded word to its lemma (a subset of spaCy's lookup table), may be empty.
        head_lines: Opening non-empty lines that form the head view.
        max_chars: Characters of the text read at most (long reports repeat themselves).
        bigrams: Whether word pairs are features too.
        phrases: Per evidence type, the catalog's folded title phrases and key phrases.
            They are knowledge written independently of any training document, so they
            carry a type to templates the classifier never saw.

    """

    stop_words: frozenset[str] = frozenset()
    lemmas: Mapping[str, str] = field(default_factory=dict)
    head_lines: int = 14
    max_chars: int = 6000
    bigrams: bool = True
    phrases: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class DocumentViews:
    """The two parts of a document the classifier reads."""

    head: str
    body: str


def document_views(text: str, config: FeatureConfig) -> DocumentViews:
    """Split ``text`` into its head (title region) and body, without citation lines."""
    lines = [
        line
        for line in non_empty_lines(text[: config.max_chars])
        if not _CITATION_LINE.search(line) and not _PAGE_LINE.match(line)
    ]
    head = lines[: config.head_lines]
    for index, line in enumerate(lines[config.head_lines :], start=config.head_lines):
        if _SUBJECT_LINE.match(line):
            head.extend(lines[index : index + 3])
    return DocumentViews(head="\n".join(head), body="\n".join(lines))


def words(text: str, config: FeatureConfig) -> list[str]:
    """Folded content words of ``text``: no numbers, no stop words, lemmatised when known."""
    lemmas = config.lemmas
    stop = config.stop_words
    out = []
    for word in _WORD.findall(fold(text)):
        if len(word) < 2 or word in stop:
            continue
        out.append(lemmas.get(word, word))
    return out


def _grams(tokens: Sequence[str], bigrams: bool) -> Iterable[str]:
    yield from tokens
    if bigrams:
        yield from (f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))


Features = tuple[Counter[str], Counter[str], dict[str, float]]


def _phrase_weight(phrase: str) -> float:
    """Longer phrases are more specific: weight grows with the number of words."""
    return 1.0 + 0.5 * (phrase.count(" "))


_Prepared = tuple[tuple[str, tuple[str, ...], float], ...]


@functools.lru_cache(maxsize=4)
def _prepared_phrases(
    phrases: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...],
) -> tuple[tuple[str, _Prepared, _Prepared], ...]:
    """Per type: (padded phrase, its words, its weight) for title phrases and for all phrases."""

    def prepare(group: tuple[str, ...]) -> _Prepared:
        return tuple((f" {p} ", tuple(p.split()), _phrase_weight(p)) for p in group)

    return tuple((slug, prepare(title), prepare((*title, *key))) for slug, title, key in phrases)


def phrase_scores(views: DocumentViews, config: FeatureConfig) -> dict[str, float]:
    """How strongly the catalog phrases of each type occur in the head and in the body."""
    head, body = fold(views.head), fold(views.body)
    head_tokens, body_tokens = set(head.split()), set(body.split())
    scores: dict[str, float] = {}
    for slug, title, every in _prepared_phrases(config.phrases):
        # A phrase can only occur when all its words do: the set test skips most searches.
        in_head = sum(w for p, ws, w in title if head_tokens.issuperset(ws) and p in head)
        in_body = sum(w for p, ws, w in every if body_tokens.issuperset(ws) and p in body)
        if in_head:
            scores[f"{PHRASE_PREFIX}h:{slug}"] = math.log1p(in_head)
        if in_body:
            scores[f"{PHRASE_PREFIX}b:{slug}"] = math.log1p(in_body)
    return scores


def document_features(text: str, config: FeatureConfig) -> Features:
    """Head word counts (prefixed ``h:``), body word counts, and catalog-phrase scores."""
    views = document_views(text, config)
    head = Counter(HEAD_PREFIX + g for g in _grams(words(views.head, config), config.bigrams))
    body = Counter(_grams(words(views.body, config), config.bigrams))
    return head, body, phrase_scores(views, config)


@dataclass(frozen=True)
class Vocabulary:
    """Feature index and inverse document frequencies, as fitted on the training texts."""

    index: Mapping[str, int]
    idf: np.ndarray
    head_weight: float = 1.0
    phrase_weight: float = 1.0

    @property
    def size(self) -> int:
        """Number of features."""
        return len(self.index)

    def vectorize(self, features: Features) -> tuple[np.ndarray, np.ndarray]:
        """Sparse row (indices, values): TF-IDF per word view, L2-normalised, then phrase scores."""
        head, body, phrases = features
        indices: list[int] = []
        values: list[float] = []
        for counts, weight in ((head, self.head_weight), (body, 1.0)):
            start = len(indices)
            for feature, count in counts.items():
                column = self.index.get(feature)
                if column is not None:
                    indices.append(column)
                    values.append((1.0 + math.log(count)) * float(self.idf[column]))
            norm = math.sqrt(sum(v * v for v in values[start:]))
            if norm > 0:
                values[start:] = [weight * v / norm for v in values[start:]]
        for feature, score in phrases.items():
            column = self.index.get(feature)
            if column is not None:
                indices.append(column)
                values.append(self.phrase_weight * score)
        return np.asarray(indices, dtype=np.int64), np.asarray(values, dtype=np.float64)


def fit_vocabulary(
    documents: Sequence[Features],
    *,
    config: FeatureConfig,
    min_df: int = 2,
    max_features: int = 12000,
    head_weight: float = 1.0,
    phrase_weight: float = 1.0,
) -> Vocabulary:
    """Keep word features seen in at least ``min_df`` documents, the most frequent first.

    Every catalog-phrase feature is kept. Ties are broken by the feature's text, so the same
    documents always give the same vocabulary (and the same artifact bytes).
    """
    df: Counter[str] = Counter()
    for head, body, _ in documents:
        df.update(set(head) | set(body))
    kept = sorted((f for f, n in df.items() if n >= min_df), key=lambda f: (-df[f], f))[:max_features]
    kept += [f"{PHRASE_PREFIX}{view}:{slug}" for slug, _, _ in config.phrases for view in ("h", "b")]
    kept.sort()
    total = len(documents)
    idf = np.array([math.log((1 + total) / (1 + df[f])) + 1.0 for f in kept], dtype=np.float64)
    return Vocabulary(
        index={f: i for i, f in enumerate(kept)},
        idf=idf,
        head_weight=head_weight,
        phrase_weight=phrase_weight,
    )


def phrases_from_catalog(catalog: Catalog) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """The catalog's title and key phrases per type, folded, for :class:`FeatureConfig`."""
    return tuple(
        (
            etype.slug,
            tuple(fold(p).strip() for p in etype.title_phrases),
            tuple(fold(p).strip() for p in etype.key_phrases),
        )
        for etype in catalog.evidence_types
    )


def is_phrase_feature(feature: str) -> bool:
    """Whether ``feature`` is a catalog-phrase score rather than a word or word pair."""
    return feature.startswith(PHRASE_PREFIX)


def display_phrase(feature: str) -> str:
    """A word feature as a reader would recognise it (the head marker removed)."""
    return feature.removeprefix(HEAD_PREFIX)


def catalog_phrases(config: FeatureConfig, slug: str, text: str) -> tuple[str, ...]:
    """The catalog phrases of ``slug`` that occur in ``text`` (title phrases first)."""
    views = document_views(text, config)
    body = fold(views.body)
    for candidate, title, key in config.phrases:
        if candidate == slug:
            return tuple(p for p in (*title, *key) if f" {p} " in body)
    return ()
