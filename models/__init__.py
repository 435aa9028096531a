"""Pydantic domain models shared by every Bukti package.

This package imports no other Bukti package: extractors, classifiers, pipeline and flows all
depend on it, never the other way round.
"""
