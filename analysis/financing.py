"""Money, time and financing (placeholder: being written)."""

__all__ = ["extract_money", "extract_financing"]


def extract_money(article):
    """Every money amount and percentage (not implemented yet)."""
    raise NotImplementedError


def extract_financing(article):
    """Money facts with event, period and status (not implemented yet)."""
    raise NotImplementedError
