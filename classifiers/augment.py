"""Variants of a training text that real evidence folders contain too.

Generated documents are clean and complete. Uploaded evidence is often not: OCR confuses
letters, a scan starts below the letterhead, a unit uploads only the first page. Each function
here turns one text into such a variant, deterministically from a ``random.Random``.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable

log = logging.getLogger(__name__)

# Confusions Tesseract makes on Indonesian office documents (both directions seen).
_OCR_CONFUSIONS = (("rn", "m"), ("m", "rn"), ("l", "1"), ("i", "l"), ("o", "0"), ("e", "c"), ("a", "e"))


def ocr_noise(text: str, rng: random.Random, rate: float = 0.03) -> str:
    """Swap, drop and confuse letters in about ``rate`` of the words."""
    out = []
    for word in text.split(" "):
        if len(word) > 3 and rng.random() < rate:
            kind = rng.randrange(3)
            if kind == 0:
                at = rng.randrange(len(word) - 1)
                word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
            elif kind == 1:
                at = rng.randrange(len(word))
                word = word[:at] + word[at + 1 :]
            else:
                wrong, right = rng.choice(_OCR_CONFUSIONS)
                word = word.replace(wrong, right, 1)
        out.append(word)
    return " ".join(out)


def without_letterhead(text: str, rng: random.Random) -> str:
    """Drop the first few lines (a scan cropped below the kop surat, a missing header)."""
    lines = text.splitlines()
    return "\n".join(lines[rng.randint(3, 7) :])


def first_page_excerpt(text: str, rng: random.Random) -> str:
    """Keep only the opening part, as when one page of a long document is uploaded."""
    lines = text.splitlines()
    keep = max(8, int(len(lines) * rng.uniform(0.25, 0.5)))
    return "\n".join(lines[:keep])


AUGMENTATIONS: dict[str, Callable[[str, random.Random], str]] = {
    "ocr_noise": ocr_noise,
    "without_letterhead": without_letterhead,
    "first_page_excerpt": first_page_excerpt,
}


def augment(text: str, seed: str, kinds: tuple[str, ...] = tuple(AUGMENTATIONS)) -> list[str]:
    """One variant of ``text`` per augmentation kind, reproducible from ``seed``."""
    return [AUGMENTATIONS[kind](text, random.Random(f"{seed}:{kind}")) for kind in kinds]
