"""The pipeline: scan a tree, read and classify each document, assess coverage, report."""
