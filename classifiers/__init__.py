"""Classifiers: which evidence type a document is, and when it took effect.

Both live behind small interfaces (:class:`classifiers.base.EvidenceClassifier` and
:func:`classifiers.dates.find_document_dates`) so that a trained model and a more thorough
date finder can replace the baseline ones without touching the pipeline.
"""
