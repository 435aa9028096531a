"""Document templates: every evidence type of the LKE ZI, plus documents that are not evidence.

``TEMPLATES`` maps each of the 45 evidence-type slugs (``shared/domain/evidence-types.md``) to
its templates; ``NON_EVIDENCE_TEMPLATES`` lists documents that must stay unclassified. A
template is ``fn(unit, effective_date, rng) -> DocumentSpec`` and carries a stable
``template_id`` (``<slug>.<variant>``), so a classifier can be evaluated on held-out
templates.
"""

from __future__ import annotations

import logging

# Importing the area modules registers their templates.
from sample_docs.templates import ak, mp, non_evidence, pp, pt, pw, sdm  # noqa: F401
from sample_docs.templates.base import TemplateFn, registered

log = logging.getLogger(__name__)

TEMPLATES: dict[str, list[TemplateFn]] = {slug: fns for slug, fns in registered().items() if slug is not None}
NON_EVIDENCE_TEMPLATES: list[TemplateFn] = list(registered().get(None, []))
ALL_TEMPLATES: dict[str, TemplateFn] = {
    fn.template_id: fn for fns in [*TEMPLATES.values(), NON_EVIDENCE_TEMPLATES] for fn in fns
}

__all__ = ["ALL_TEMPLATES", "NON_EVIDENCE_TEMPLATES", "TEMPLATES", "TemplateFn"]
