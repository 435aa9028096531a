"""``bukti train``: turn labelled documents into the classifier artifact.

Three sources of labelled documents, all read with the scan's own extractors so that the
classifier learns from the same text it will later see:

- the built-in generated corpus (``sample_docs.corpus``), regenerated when no folder is given;
- an inspectorate's folder with one subfolder per evidence-type slug (``bukan_bukti`` or
  ``-`` for documents that are not evidence);
- a labels CSV with ``path,slug[,group]`` rows (an empty slug or ``-`` means not evidence).

The same documents always give a byte-identical artifact.
"""

from __future__ import annotations

import csv
import json
import logging
import tempfile
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from classifiers.artifact import DEFAULT_ARTIFACT, NOT_EVIDENCE, EvidenceArtifact, write_artifact
from classifiers.training import LabelledText, TrainConfig, fit_evidence_classifier, indonesian_language_data
from extractors import extract_text
from models.errors import BadArguments, DocumentError
from models.options import ExtractOptions
from pipeline.catalog import load_catalog

log = logging.getLogger(__name__)

# Folder names that mean "not evidence" in a labelled folder.
NON_EVIDENCE_FOLDERS = frozenset({"-", "bukan_bukti", "bukan-bukti", "non_evidence", "not_evidence"})
# The built-in corpus `bukti train` regenerates (the generator's defaults).
BUILTIN_CORPUS = {"per_type": 30, "non_evidence": 300, "seed": 7}
_EXTRACT = ExtractOptions(ocr=False)


@dataclass(frozen=True)
class CorpusDocument:
    """A labelled file and what the generator recorded about it (for evaluation splits)."""

    path: Path
    slug: str | None
    group: str
    meta: dict[str, object]


def _read_text(path: Path) -> str | None:
    try:
        return extract_text(path, options=_EXTRACT).text
    except DocumentError as error:
        log.warning("skipping %s: %s", path, error.message_key)
        return None


def read_texts(documents: Sequence[CorpusDocument], *, workers: int = 1) -> list[LabelledText]:
    """Extract every document's text (in order); unreadable files are left out."""
    paths = [d.path for d in documents]
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            texts = list(pool.map(_read_text, paths, chunksize=16))
    else:
        texts = [_read_text(p) for p in paths]
    return [
        LabelledText(text=text, slug=doc.slug, group=doc.group)
        for doc, text in zip(documents, texts, strict=False)
        if text is not None and text.strip()
    ]


def generated_corpus(
    dest: Path, *, per_type: int, non_evidence: int, seed: int, workers: int = 1
) -> list[CorpusDocument]:
    """Generate (or reuse) the labelled corpus in ``dest``; group documents by template."""
    manifest = dest / "manifest.json"
    if not manifest.exists():
        from sample_docs.corpus import generate_corpus

        generate_corpus(dest, per_type=per_type, non_evidence=non_evidence, seed=seed, workers=workers)
    return corpus_documents(dest)


def corpus_documents(dest: Path) -> list[CorpusDocument]:
    """The documents of a corpus written by ``sample_docs.corpus`` (its manifest)."""
    entries = json.loads((dest / "manifest.json").read_text(encoding="utf-8"))["entries"]
    return [
        CorpusDocument(path=dest / e["path"], slug=e["slug"], group=e["template_id"] or e["path"], meta=e)
        for e in entries
        if not e.get("fault")
    ]


def labelled_folder(root: Path) -> list[CorpusDocument]:
    """Documents under ``root/<slug>/…``; nested folders (e.g. units) form validation groups."""
    known = {t.slug for t in load_catalog().evidence_types}
    documents = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if folder.name in NON_EVIDENCE_FOLDERS:
            slug = None
        elif folder.name in known:
            slug = folder.name
        else:
            raise BadArguments(detail=f"folder '{folder.name}' is not an evidence-type slug")
        for path in sorted(
            p for p in folder.rglob("*") if p.is_file() and not p.name.startswith((".", "~$"))
        ):
            relative = path.relative_to(folder)
            group = (
                f"{folder.name}/{relative.parts[0]}"
                if len(relative.parts) > 1
                else f"{folder.name}/{relative}"
            )
            documents.append(CorpusDocument(path=path, slug=slug, group=group, meta={}))
    return documents


def labels_csv(path: Path) -> list[CorpusDocument]:
    """Documents listed in a CSV with columns ``path``, ``slug`` and optionally ``group``."""
    known = {t.slug for t in load_catalog().evidence_types}
    documents = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            slug = (row.get("slug") or "").strip() or None
            slug = None if slug == NOT_EVIDENCE else slug
            if slug is not None and slug not in known:
                raise BadArguments(detail=f"{path.name}: '{slug}' is not an evidence-type slug")
            file_path = (path.parent / row["path"]).resolve()
            group = (row.get("group") or "").strip() or row["path"]
            documents.append(CorpusDocument(path=file_path, slug=slug, group=group, meta={}))
    return documents


def train_classifier(
    *,
    corpus: Path | None = None,
    labelled: Path | None = None,
    labels: Path | None = None,
    out: Path = DEFAULT_ARTIFACT,
    config: TrainConfig | None = None,
    workers: int = 1,
) -> EvidenceArtifact:
    """Build the artifact from one source (the built-in corpus when none is given) and write it."""
    if sum(x is not None for x in (corpus, labelled, labels)) > 1:
        raise BadArguments(detail="give at most one of --corpus, --labelled, --labels")
    with tempfile.TemporaryDirectory(prefix="bukti-train-") as scratch:
        if labelled is not None:
            documents, source = labelled_folder(labelled), f"labelled folder {labelled.name}"
        elif labels is not None:
            documents, source = labels_csv(labels), f"labels CSV {labels.name}"
        elif corpus is not None:
            documents, source = (
                generated_corpus(corpus, workers=workers, **BUILTIN_CORPUS),
                f"corpus {corpus.name}",
            )
        else:
            documents = generated_corpus(Path(scratch) / "corpus", workers=workers, **BUILTIN_CORPUS)
            source = "sample_docs.corpus " + ", ".join(f"{k}={v}" for k, v in BUILTIN_CORPUS.items())
        texts = read_texts(documents, workers=workers)
    features = indonesian_language_data(load_catalog())
    artifact = fit_evidence_classifier(
        texts, config=config or TrainConfig(), features=features, source=source
    )
    write_artifact(artifact, out)
    return artifact
