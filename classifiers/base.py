"""The interface every evidence classifier implements."""

from __future__ import annotations

import logging
from typing import Protocol

from models.documents import Classification, ExtractedText

log = logging.getLogger(__name__)


class EvidenceClassifier(Protocol):
    """Assigns an evidence type to a document's text, or abstains."""

    @property
    def name(self) -> str:
        """Name and version, recorded in every report."""
        ...

    def classify(self, text: ExtractedText) -> Classification:
        """Return the type, its confidence, alternatives and the deciding phrases."""
        ...
