"""Prefect flows: they orchestrate ``pipeline/`` functions and hold no logic of their own."""

from flows import prefect_defaults  # noqa: F401  (must run before Prefect is imported)
