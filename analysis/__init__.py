"""Narrative analysis of English news articles.

Every capability takes an :class:`Article` and returns a tidy
:class:`pandas.DataFrame` whose ``start``/``end`` columns are offsets into
``article.text``.

>>> import analysis
>>> art = analysis.Article.from_text("Prices rose. “It is fine,” she said.")
>>> len(analysis.sentence_table(art))
2
"""

from .article import Article, ArticleError, Paragraph, Sentence, article_summary, load_article, mark_table, sentence_table
from .article import MetadataError, check_article, read_sidecar
from .mentions import entities, find_mentions, story_subject
from .sentiment import *  # noqa: F401,F403
from .quotes import *  # noqa: F401,F403
from .stakeholders import *  # noqa: F401,F403
from .financing import *  # noqa: F401,F403
from .synthesis import *  # noqa: F401,F403
from .annotate import *  # noqa: F401,F403
from . import annotate as _a, financing as _f, quotes as _q, sentiment as _sent, stakeholders as _s, synthesis as _syn

__version__ = "0.1.0"
__all__ = [
    "Article", "ArticleError", "Paragraph", "Sentence", "load_article", "sentence_table", "mark_table", "article_summary",
    "MetadataError", "check_article", "read_sidecar", "entities", "find_mentions", "story_subject",
    *_sent.__all__, *_q.__all__, *_s.__all__, *_f.__all__, *_syn.__all__, *_a.__all__,
]
