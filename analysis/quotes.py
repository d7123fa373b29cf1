"""Quotations and their sources (placeholder: being written)."""

__all__ = ["extract_quotes", "source_table"]


def extract_quotes(article):
    """One row per quotation (not implemented yet)."""
    raise NotImplementedError


def source_table(article):
    """One row per source (not implemented yet)."""
    raise NotImplementedError
