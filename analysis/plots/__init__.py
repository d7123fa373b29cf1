"""Plotting helpers: each takes a table (and ``ax=None``) and returns the matplotlib Axes.

All figures use the Okabe-Ito colour-blind-safe palette (:data:`PALETTE`),
carry a title and labelled axes with units, and leave captions and alt text
to the chapter that shows them.
"""

from ._style import PALETTE, finish, new_ax, palette_for
from .article import plot_marks_along_article, plot_paragraph_lengths, plot_sentence_lengths

__all__ = ["PALETTE", "finish", "new_ax", "palette_for", "plot_marks_along_article", "plot_paragraph_lengths", "plot_sentence_lengths"]

for _mod in ("quotes", "stakeholders", "financing", "corpus"):
    try:
        _m = __import__(f"{__name__}.{_mod}", fromlist=["__all__"])
    except ImportError:  # pragma: no cover - a module still being written
        continue
    for _name in getattr(_m, "__all__", []):
        globals()[_name] = getattr(_m, _name)
        __all__.append(_name)
