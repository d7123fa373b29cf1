"""The project's named errors: every bad input is one of these, with a one-line message.

:class:`ArticleError` is the root: the command line turns it into one line on
standard error and exit status 2, and a corpus run into an error row.  The
subclasses say which input was wrong, so a caller can catch just that.

Examples
--------
>>> issubclass(MetadataError, ArticleError) and issubclass(RegistryError, MetadataError)
True
>>> issubclass(ArticleTypeError, TypeError)
True
"""

from __future__ import annotations

__all__ = ["ArticleError", "ArticleTypeError", "MetadataError", "RegistryError"]


class ArticleError(ValueError):
    """Raised when an article cannot be read or built; the message names the input."""


class ArticleTypeError(ArticleError, TypeError):
    """An analysis was given something that is not an :class:`~analysis.article.Article`.

    It is both an :class:`ArticleError` (so the command line and the corpus
    handle it like any bad input) and a :class:`TypeError` (what Python code
    expects for an argument of the wrong type).
    """


class MetadataError(ArticleError):
    """A sidecar metadata file (or metadata mapping) breaks the declared schema; the message names file and field."""


class RegistryError(MetadataError):
    """A stakeholder registry is missing or malformed; the message names the file and the entry."""
