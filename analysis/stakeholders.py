"""Stakeholders (placeholder: being written)."""

__all__ = ["find_stakeholders"]


def find_stakeholders(article, *, registry=None):
    """One row per stakeholder (not implemented yet)."""
    raise NotImplementedError
