"""The one Jinja environment every HTML report renders through."""

from __future__ import annotations

import logging

import jinja2

log = logging.getLogger(__name__)

ENVIRONMENT = jinja2.Environment(
    loader=jinja2.PackageLoader("pipeline.reports", "templates"),
    # Every value is escaped: unit names, file names and document text come from untrusted folders.
    autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
