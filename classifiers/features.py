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
from collections.abc import Mapping, Sequence
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


def folded_views(views: DocumentViews) -> DocumentViews:
    """The views folded (see :func:`classifiers.text.fold`).

    Words, phrases and explanations all read the folded form, so a document is folded once.
    """
    return DocumentViews(head=fold(views.head), body=fold(views.body))


def words(text: str, config: FeatureConfig, *, folded: bool = False) -> list[str]:
    """Content words of ``text``: no numbers, no stop words, lemmatised when known.

    ``folded`` says that ``text`` already went through :func:`classifiers.text.fold`.
    """
    lemmas = config.lemmas
    stop = config.stop_words
    found = _WORD.findall(text if folded else fold(text))
    if lemmas:
        return [lemmas.get(w, w) for w in found if len(w) > 1 and w not in stop]
    return [w for w in found if len(w) > 1 and w not in stop]


Features = tuple[Counter[str], Counter[str], dict[str, float]]


def _phrase_weight(phrase: str) -> float:
    """Longer phrases are more specific: weight grows with the number of words."""
    return 1.0 + 0.5 * (phrase.count(" "))


# One catalog phrase: (feature name, padded phrase, its words, weight).
_Phrase = tuple[str, str, frozenset[str], float]


@dataclass(frozen=True)
class _PhraseIndex:
    """Catalog phrases keyed by their longest word.

    A document then only tests the phrases whose key word it contains (a few dozen instead
    of every phrase of every type).
    """

    head: Mapping[str, tuple[_Phrase, ...]]
    body: Mapping[str, tuple[_Phrase, ...]]


@functools.lru_cache(maxsize=4)
def _phrase_index(
    phrases: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...],
) -> _PhraseIndex:
    head: dict[str, list[_Phrase]] = {}
    body: dict[str, list[_Phrase]] = {}
    for slug, title, key in phrases:
        for view, group, index in (("h", title, head), ("b", (*title, *key), body)):
            for phrase in group:
                tokens = phrase.split()
                if not tokens:
                    continue
                feature = f"{PHRASE_PREFIX}{view}:{slug}"
                entry = (feature, f" {phrase} ", frozenset(tokens), _phrase_weight(phrase))
                # Longest word first, ties by text: a stable, usually rare key.
                anchor = min(tokens, key=lambda t: (-len(t), t))
                index.setdefault(anchor, []).append(entry)
    return _PhraseIndex(
        head={k: tuple(v) for k, v in head.items()}, body={k: tuple(v) for k, v in body.items()}
    )


def _scan_phrases(
    folded: str, index: Mapping[str, tuple[_Phrase, ...]], hits: dict[str, list[float]]
) -> None:
    tokens = set(folded.split())
    for anchor in tokens.intersection(index):
        for feature, padded, needed, weight in index[anchor]:
            # A phrase can only occur when all its words do: the set test skips most searches.
            if needed <= tokens and padded in folded:
                hits.setdefault(feature, []).append(weight)


def phrase_scores(views: DocumentViews, config: FeatureConfig, *, folded: bool = False) -> dict[str, float]:
    """How strongly the catalog phrases of each type occur in the head and in the body."""
    if not folded:
        views = folded_views(views)
    index = _phrase_index(config.phrases)
    hits: dict[str, list[float]] = {}
    _scan_phrases(views.head, index.head, hits)
    _scan_phrases(views.body, index.body, hits)
    # fsum is exact, so the score does not depend on the (hash) order of the hits.
    return {feature: math.log1p(math.fsum(ws)) for feature, ws in sorted(hits.items())}


@dataclass(frozen=True)
class Analysis:
    """One document as the classifier reads it.

    Attributes:
        head: Head words and word pairs (without the ``h:`` prefix), in text order.
        body: Body words and word pairs, in text order.
        phrases: Catalog-phrase scores.
        views: The folded views (explanations look phrases up in the folded body).

    """

    head: list[str]
    body: list[str]
    phrases: dict[str, float]
    views: DocumentViews


def _gram_list(tokens: list[str], bigrams: bool) -> list[str]:
    if not bigrams:
        return tokens
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


def analyse(text: str, config: FeatureConfig) -> Analysis:
    """Read ``text`` once: its head and body grams, catalog-phrase scores and folded views."""
    views = folded_views(document_views(text, config))
    return Analysis(
        head=_gram_list(words(views.head, config, folded=True), config.bigrams),
        body=_gram_list(words(views.body, config, folded=True), config.bigrams),
        phrases=phrase_scores(views, config, folded=True),
        views=views,
    )


def document_features(text: str, config: FeatureConfig) -> Features:
    """Head word counts (prefixed ``h:``), body word counts, and catalog-phrase scores."""
    analysis = analyse(text, config)
    head = Counter([HEAD_PREFIX + g for g in analysis.head])
    return head, Counter(analysis.body), analysis.phrases


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

    @functools.cached_property
    def _head_index(self) -> dict[str, int]:
        """Head features without their prefix, so reading a document need not build them."""
        return {f[len(HEAD_PREFIX) :]: i for f, i in self.index.items() if f.startswith(HEAD_PREFIX)}

    def vectorize(self, features: Features) -> tuple[np.ndarray, np.ndarray]:
        """Sparse row (indices, values): TF-IDF per word view, L2-normalised, then phrase scores."""
        head, body, phrases = features
        return self._assemble(
            [(list(head.elements()), self.index, self.head_weight), (list(body.elements()), self.index, 1.0)],
            phrases,
        )

    def vectorize_analysis(self, analysis: Analysis) -> tuple[np.ndarray, np.ndarray]:
        """As :meth:`vectorize`, straight from an :class:`Analysis` (no counters built)."""
        return self._assemble(
            [(analysis.head, self._head_index, self.head_weight), (analysis.body, self.index, 1.0)],
            analysis.phrases,
        )

    def _assemble(
        self, views: list[tuple[list[str], Mapping[str, int], float]], phrases: Mapping[str, float]
    ) -> tuple[np.ndarray, np.ndarray]:
        parts_i: list[np.ndarray] = []
        parts_v: list[np.ndarray] = []
        for grams, index, weight in views:
            found = [c for c in map(index.get, grams) if c is not None]
            if not found:
                continue
            columns, tf = np.unique(np.asarray(found, dtype=np.int64), return_counts=True)
            values = (1.0 + np.log(tf)) * self.idf[columns]
            norm = math.sqrt(float(values @ values))
            if norm > 0:
                values *= weight / norm
            parts_i.append(columns)
            parts_v.append(values)
        get = self.index.get
        found_p = sorted((get(f), s) for f, s in phrases.items() if get(f) is not None)
        if found_p:
            parts_i.append(np.array([c for c, _ in found_p], dtype=np.int64))
            parts_v.append(self.phrase_weight * np.array([s for _, s in found_p], dtype=np.float64))
        if not parts_i:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
        return np.concatenate(parts_i), np.concatenate(parts_v)


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


def catalog_phrases(config: FeatureConfig, slug: str, folded_body: str) -> tuple[str, ...]:
    """The catalog phrases of ``slug`` that occur in a folded body (title phrases first)."""
    for candidate, title, key in config.phrases:
        if candidate == slug:
            return tuple(p for p in (*title, *key) if f" {p} " in folded_body)
    return ()
