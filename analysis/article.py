"""The article model: text, metadata, paragraphs and sentences with offsets.

Everything else in :mod:`analysis` starts from an :class:`Article`.  Offsets
are Python string offsets into :attr:`Article.text` (``end`` exclusive).

The text is normalised once, when the article is built, and the offsets of
every table refer to the normalised text :attr:`Article.text`:

* Windows (``\\r\\n``) and old Mac (``\\r``) line endings, and the other
  line separators (vertical tab, form feed, ``U+0085``, ``U+2028``), become
  ``\\n``; a paragraph separator (``U+2029``) becomes a blank line;
* HTML character references with their semicolon (``&ldquo;``, ``&amp;``,
  ``&#8217;``, ``&#x2019;``) become the characters they stand for, so an
  article pasted from a web page reads like any other ("&nosuch;" and a bare
  "AT&T" stay as written);
* control characters (NUL and the rest of C0 and C1 but tab and line breaks),
  byte-order marks and the non-characters ``U+FFFE``/``U+FFFF`` are removed;
  a lone surrogate becomes ``U+FFFD``.

Nothing else is changed: straight quotes, markup and odd spacing stay as
written, so that what a table quotes is what the article says.  When the
normalisation changed anything, :attr:`Article.offset_map` keeps the text as
given and maps every offset back: ``article.source_offset(i)`` is the place in
the original input of ``article.text[i]`` (see :class:`OffsetMap`).

An article larger than a limit (2,000,000 bytes of UTF-8 by default) is
refused with one line; the limit is the ``max_bytes`` argument, else the
environment variable ``ANALYSIS_MAX_ARTICLE_BYTES`` (see
:func:`max_article_bytes`).

Sidecar metadata (``<name>.yml`` beside the text) is read and checked by
:mod:`analysis.sidecar`; :func:`check_article` is the one input check of
every analysis.
"""

from __future__ import annotations

import datetime as _dt
import gzip
import html
import json
import os
import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from bisect import bisect_right as _bisect_right
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
from nltk.tokenize import punkt as _punkt
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken, PunktTrainer

from .errors import ArticleError, ArticleTypeError, MetadataError
from .sidecar import check_metadata, currency_codes, parse_reference_date, read_sidecar


__all__ = [
    "Article",
    "ArticleError",
    "ArticleTypeError",
    "MetadataError",
    "OffsetMap",
    "Paragraph",
    "Sentence",
    "check_article",
    "load_article",
    "max_article_bytes",
    "normalise_text",
    "parse_date",
    "read_article_file",
    "read_sidecar",
    "sentence_table",
    "mark_table",
    "article_summary",
    "frame_of",
    "trie_pattern",
    "folded_text",
    "led_trie_pattern",
    "check_folded_pattern",
    "resource_lines",
    "title_abbreviations",
    "word_title_abbreviations",
    "short_given_names",
]


_PARA_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
_SPACED_ELLIPSIS = re.compile(r"\.(?: \.){2,}")
_CLOSERS = "”’\"')]}»"

#: Default size limit of one article, in bytes of UTF-8 text (about 300,000 words,
#: ten times a long magazine feature); see :func:`max_article_bytes`.
DEFAULT_MAX_BYTES = 2_000_000
#: Environment variable that overrides :data:`DEFAULT_MAX_BYTES` (bytes, or with a k/M/G suffix).
MAX_BYTES_ENV = "ANALYSIS_MAX_ARTICLE_BYTES"


def max_article_bytes() -> int:
    """The size limit of an article in bytes: ``$ANALYSIS_MAX_ARTICLE_BYTES``, else 2,000,000.

    The variable holds a whole number of bytes, optionally with a ``k``, ``M``
    or ``G`` suffix (powers of 1,000): ``ANALYSIS_MAX_ARTICLE_BYTES=6M``.

    >>> max_article_bytes() == DEFAULT_MAX_BYTES or MAX_BYTES_ENV in os.environ
    True
    """
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    m = re.fullmatch(r"(\d+)\s*([kKmMgG]?)[bB]?", raw)
    if not m:
        raise ArticleError(f"{MAX_BYTES_ENV}={raw!r}: give a number of bytes, such as 6000000 or 6M")
    return int(m.group(1)) * 1000 ** " kmg".index(m.group(2).lower() or " ")


def _check_size(size: int, limit: int, name: str) -> None:
    if size > limit:
        raise ArticleError(f"{name}: the article is {size / 1e6:.1f} MB, over the {limit / 1e6:.1f} MB limit "
                           f"(set {MAX_BYTES_ENV} to raise it)")


# -- normalisation with an offset map -----------------------------------------------------------
# One pass over the text finds everything the normalisation changes: line
# endings and separators, HTML character references (with their semicolon),
# control characters, byte-order marks, non-characters and lone surrogates.
_EDITS = re.compile(
    r"\r\n?"
    r"|&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});"
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]"
)
_AS_NEWLINE = {"\r": "\n", "\r\n": "\n", "\x0b": "\n", "\x0c": "\n", "\x1c": "\n", "\x1d": "\n", "\x1e": "\n",
               "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"}
_BAD_CHARS = re.compile(r"[\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def _char_replacement(ch: str) -> str:
    if ch in _AS_NEWLINE:
        return _AS_NEWLINE[ch]
    return "\ufffd" if "\ud800" <= ch <= "\udfff" else ""


def _replacement(found: str) -> str:
    if found[0] == "&":  # a character reference; what it decodes to is cleaned like the text
        return _BAD_CHARS.sub(lambda m: _char_replacement(m.group()), html.unescape(found))
    return _char_replacement(found) if len(found) == 1 else "\n"


@dataclass(frozen=True)
class OffsetMap:
    """How the normalised :attr:`Article.text` relates to the text as given.

    ``source`` is the text as given; each edit ``k`` replaced
    ``source[old_start[k]:old_end[k]]`` with
    ``text[new_start[k]:new_end[k]]`` (``&ldquo;`` with ``“``, ``\\r\\n``
    with ``\\n``, a NUL with nothing).  Between edits the two texts run in
    step, so an offset maps back by bisection.

    Examples
    --------
    >>> a = Article.from_text("&ldquo;Yes,&rdquo; she said.")
    >>> a.text
    '“Yes,” she said.'
    >>> a.source_offset(a.text.index("she")), a.offset_map.source.index("she")
    (19, 19)
    """

    source: str
    new_start: array
    new_end: array
    old_start: array
    old_end: array

    def to_source(self, offset: int) -> int:
        """The offset in ``source`` of ``offset`` in the normalised text (an edit maps to its start or end)."""
        k = _bisect_right(self.new_start, offset) - 1
        if k < 0:
            return offset
        if offset >= self.new_end[k]:
            return self.old_end[k] + offset - self.new_end[k]
        return self.old_start[k] if offset == self.new_start[k] else self.old_end[k]

    def __len__(self) -> int:
        return len(self.new_start)


def _normalise(text: str) -> tuple[str, OffsetMap | None]:
    """The normalised text and the map of what changed (``None`` when nothing did)."""
    pieces: list[str] = []
    maps = tuple(array("q") for _ in range(4))
    pos = new = 0
    for m in _EDITS.finditer(text):
        found = m.group()
        rep = _replacement(found)
        if rep == found:
            continue  # an unknown entity (&nosuch;) stays as written
        a = m.start()
        pieces.append(text[pos:a])
        new += a - pos
        for arr, v in zip(maps, (new, new + len(rep), a, m.end())):
            arr.append(v)
        pieces.append(rep)
        new += len(rep)
        pos = m.end()
    if not pieces:
        return text, None
    pieces.append(text[pos:])
    return "".join(pieces), OffsetMap(text, *maps)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph: ``paragraph_id`` counts from 0; ``start``/``end`` are offsets."""

    paragraph_id: int
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """A sentence inside one paragraph, with its offsets and text."""

    sentence_id: int
    paragraph_id: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    """A news article: normalised text, metadata, paragraphs and sentences.

    Build one with :meth:`Article.from_text` or :func:`load_article`; both
    validate the input and raise :class:`ArticleError` with a clear message.

    Attributes
    ----------
    text : str
        The normalised article text (see the module notes).
    title, outlet : str or None
        From the sidecar metadata; ``None`` when not stated.
    reference_date : datetime.date or None
        The date relative time expressions ("next year") are resolved against.
    metadata : dict
        Everything the sidecar file holds (checked against the schema of
        :mod:`analysis.sidecar`), plus ``source`` (the file path).
    currency : str or None
        ISO 4217 code given as an option (``--currency``): what a bare "$" or
        a sum with no currency of its own is in (see :mod:`analysis.financing`).
    paragraphs : tuple of Paragraph
    sentences : tuple of Sentence
    offset_map : OffsetMap or None
        The text as given and how offsets map back to it, when the
        normalisation changed anything (see :meth:`source_offset`).

    Examples
    --------
    >>> a = Article.from_text("Mr. Smith spoke.\\n\\nThen he left. It rained.")
    >>> [s.text for s in a.sentences]
    ['Mr. Smith spoke.', 'Then he left.', 'It rained.']
    >>> [p.paragraph_id for p in a.paragraphs]
    [0, 1]
    """

    text: str
    title: str | None = None
    outlet: str | None = None
    reference_date: _dt.date | None = None
    metadata: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    offset_map: OffsetMap | None = field(default=None, compare=False, hash=False, repr=False)
    currency: str | None = None

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        reference_date: str | _dt.date | None = None,
        title: str | None = None,
        outlet: str | None = None,
        metadata: dict[str, Any] | None = None,
        name: str = "text",
        currency: str | None = None,
        max_bytes: int | None = None,
    ) -> Article:
        """Build an article from a string.

        Parameters
        ----------
        text : str
            The article text.  Must contain something other than white space.
            It is normalised (see the module notes); the offsets of every
            table refer to the normalised :attr:`text`.
        reference_date : str or datetime.date, optional
            ISO date (``YYYY-MM-DD``) the article's relative dates refer to.
        title, outlet : str, optional
            Override the same fields of ``metadata``.
        metadata : dict, optional
            Metadata kept in :attr:`metadata`, checked against the sidecar
            schema (:data:`analysis.sidecar.SIDECAR_FIELDS`).
        name : str
            How error messages name the input (a file path, an id).
        max_bytes : int, optional
            Size limit in bytes of UTF-8 (default :func:`max_article_bytes`).
        currency : str, optional
            ISO 4217 code of the article's reference currency ("CAD"): what a
            bare "$" means, overriding the sidecar's ``currency`` and the text.

        Raises
        ------
        ArticleError
            If the text is not a string, is empty or white space only, is over
            the size limit, the date is not a real ISO date, the currency is not
            an ISO 4217 code, or a metadata field breaks the schema
            (:class:`MetadataError`).
        """
        if not isinstance(text, str):
            raise ArticleError(f"{name}: expected text (str), got {type(text).__name__}")
        limit = max_article_bytes() if max_bytes is None else max_bytes
        _check_size(_utf8_size(text, limit), limit, name)
        meta = dict(metadata or {})
        meta.update({k: v for k, v in (("title", title), ("outlet", outlet)) if v is not None})
        meta = check_metadata(meta, where=name)
        date = parse_date(reference_date, name=name) if reference_date is not None else parse_date(
            meta.get("reference_date"), name=name)
        text, offset_map = _normalise(text)
        if not text.strip():
            raise ArticleError(f"{name}: the text is empty" if not text else f"{name}: the text is only white space")
        currency = parse_currency(currency, name=name)
        paragraphs = _split_paragraphs(text)
        sentences = _split_sentences(text, paragraphs)
        return cls(
            text=text,
            title=meta.get("title"),
            outlet=meta.get("outlet"),
            reference_date=date,
            metadata=meta,
            paragraphs=paragraphs,
            sentences=sentences,
            currency=currency,
            offset_map=offset_map,
        )

    # The caches of the tables (functools.lru_cache) look an article up several times; the hash the
    # dataclass would make hashes every sentence and paragraph again at each look-up (some 50
    # microseconds for a news article).  This one is the same number, made once and kept; it is
    # left out of a pickle (a string's hash differs from one process to another).
    def __hash__(self) -> int:
        got = self.__dict__.get("_hash")
        if got is None:
            got = self.__dict__["_hash"] = hash((self.text, self.title, self.outlet, self.reference_date,
                                                 self.paragraphs, self.sentences, self.currency))
        return got

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_hash", None)
        return state

    def source_offset(self, offset: int) -> int:
        """Where ``text[offset]`` is in the text as given, before normalisation (see :class:`OffsetMap`).

        >>> Article.from_text("AT&amp;T rose. Fine.").source_offset(4)
        8
        """
        return offset if self.offset_map is None else self.offset_map.to_source(offset)

    # -- lookups -----------------------------------------------------------
    # The start offsets and the per-paragraph grouping are computed once per
    # article (cached_property writes to the instance __dict__, which a frozen
    # dataclass allows), so that a lookup is a bisection, not a scan.
    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def _by_paragraph(self) -> dict[int, list[Sentence]]:
        out: dict[int, list[Sentence]] = {}
        for s in self.sentences:
            out.setdefault(s.paragraph_id, []).append(s)
        return out

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds character ``offset`` (``None`` between sentences)."""
        i = _bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < max(self.sentences[i].end, self.sentences[i].start + 1):
            return self.sentences[i]
        return None

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph that holds character ``offset``."""
        i = _bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    def sentence_id_at(self, offset: int) -> int:
        """Id of the sentence at or before ``offset`` (for spans that start in white space)."""
        i = _bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[max(i, 0)].sentence_id

    def sentences_of(self, paragraph_id: int) -> list[Sentence]:
        """The sentences of one paragraph, in order."""
        return list(self._by_paragraph.get(paragraph_id, ()))

    @property
    def name(self) -> str:
        """Short name of the article (its file stem, title or ``"article"``)."""
        src = self.metadata.get("source")
        return Path(src).stem if src else (self.metadata.get("id") or "article")


def folded(text: str) -> str:
    """``text`` without its accents ("Québec" -> "Quebec", "Żebbuġ" -> "Zebbug"); letters that do not decompose
    stay ("ø", "ł")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def normalise_text(text: str) -> str:
    """The text as :class:`Article` keeps it: line breaks unified, entities decoded, control characters removed.

    >>> normalise_text("\\ufeffA&amp;B\\r\\nC\\x00D")
    'A&B\\nCD'
    """
    return _normalise(text)[0]


def _utf8_size(text: str, limit: int) -> int:
    """Bytes of ``text`` as UTF-8, encoding it only when its length alone cannot decide against ``limit``."""
    n = len(text)
    return n if n > limit or 4 * n <= limit else len(text.encode("utf-8", "surrogatepass"))


def parse_date(value: str | _dt.date | None, *, name: str = "article") -> _dt.date | None:
    """Parse an ISO date (``YYYY-MM-DD``) or pass a ``date`` through; ``None`` stays ``None``.

    An empty string is an error, not "no date" (see
    :func:`analysis.sidecar.parse_reference_date`).

    >>> parse_date("2026-01-15")
    datetime.date(2026, 1, 15)
    """
    return parse_reference_date(value, where=f"{name}: reference date")


def parse_currency(value: str | None, *, name: str = "article") -> str | None:
    """An ISO 4217 currency code ("cad" becomes "CAD"); ``None`` and "" stay ``None``.

    Examples
    --------
    >>> parse_currency(" nzd ")
    'NZD'
    """
    if value is None or value == "":
        return None
    if (not isinstance(value, str) or not re.fullmatch(r"[A-Za-z]{3}", value.strip())
            or value.strip().upper() not in currency_codes()):
        raise ArticleError(f"{name}: currency {value!r} is not a three-letter ISO 4217 code such as USD or CAD")
    return value.strip().upper()


def _split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Blank lines separate paragraphs; a text without blank lines uses its line breaks."""
    sep = _PARA_BREAK if _PARA_BREAK.search(text) else re.compile(r"\n\s*")
    spans, pos = [], 0
    for m in sep.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for a, b in spans:
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        a, b = a + lead, a + len(chunk.rstrip())
        if b > a:
            out.append(Paragraph(len(out), a, b))
    return tuple(out)


def _untimed(pattern):
    """The compiled pattern inside NLTK's timed wrapper (same engine and flags, no per-call timeout)."""
    return getattr(pattern, "_rx", pattern)


class _Token(PunktToken):
    """Punkt's token with its own fixed patterns called directly.

    NLTK 3.10 routes every regular expression through a wrapper that adds a
    time limit to each call, a defence against patterns supplied by callers.
    Punkt's own patterns are fixed and linear, and the wrapper costs about
    half of the sentence splitting time, so these call the same compiled
    patterns (same ``regex`` engine, same flags) without it.  The sentences
    are the same.
    """

    __slots__ = ()
    _RE_ELLIPSIS = _untimed(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _untimed(PunktToken._RE_NUMERIC)
    _RE_INITIAL = _untimed(PunktToken._RE_INITIAL)
    _RE_ALPHA = _untimed(PunktToken._RE_ALPHA)
    _RE_NON_PUNCT = _untimed(_punkt._re_non_punct)

    @property
    def is_non_punct(self):
        return self._RE_NON_PUNCT.search(self.type)


class _LangVars(PunktLanguageVars):
    """Punkt's English settings with its word and period patterns called directly (see :class:`_Token`)."""

    re_boundary_realignment = _untimed(PunktLanguageVars.re_boundary_realignment)

    def _word_tokenizer_re(self):
        if "_fast_word" not in self.__dict__:
            self._fast_word = _untimed(super()._word_tokenizer_re())
        return self._fast_word

    def period_context_re(self):
        if "_fast_period" not in self.__dict__:
            self._fast_period = _untimed(super().period_context_re())
        return self._fast_period


_LANG_VARS = _LangVars()


class _Splitter(PunktSentenceTokenizer):
    """Punkt's sentence splitter that remembers its answer for each context it reads.

    Punkt decides each possible sentence end from a few characters around it (the word before, the mark,
    the word after: "Mr. Trump", "said. The"), always the same way for the same characters: the
    parameters are fixed.  Building and annotating the tokens of a context is most of the splitting time,
    and contexts come back (some 28% of those of the PolNeAR articles were read before), so the answer
    is kept, up to :data:`_CONTEXTS_KEPT` contexts (then they are forgotten at once: the memory of a long corpus
    run stays bounded).  The same sentences.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._breaks: dict[str, bool] = {}

    def text_contains_sentbreak(self, text: str) -> bool:
        got = self._breaks.get(text)
        if got is None:
            if len(self._breaks) >= _CONTEXTS_KEPT:
                self._breaks.clear()
            got = self._breaks[text] = super().text_contains_sentbreak(text)
        return got


_CONTEXTS_KEPT = 50_000  # some 4 MB of strings and entries


#: The trained Punkt parameters: learned once from news text (see :func:`train_sentence_parameters`).
SENTENCE_MODEL = "punkt_news.json.gz"


def train_sentence_parameters(texts) -> dict:
    """Train Punkt's parameters on ``texts`` (an iterable of strings) with this module's settings.

    The result is JSON-ready and deterministic for the same texts in the same
    order: ``abbrev_types``, ``collocations`` (pairs), ``sent_starters`` (all
    sorted) and ``ortho_context`` (word type to Punkt's orthographic flags).
    ``benchmarks/train_punkt.py`` trains the shipped model with it.

    Examples
    --------
    >>> p = train_sentence_parameters(["Dr. Lee met Dr. Ray at noon. They spoke. Dr. Lee left."])
    >>> "dr" in p["abbrev_types"], sorted(p)
    (True, ['abbrev_types', 'collocations', 'ortho_context', 'sent_starters'])
    """
    trainer = PunktTrainer(lang_vars=_LANG_VARS, token_cls=_Token)
    for text in texts:
        trainer.train(_mask(normalise_text(text)), finalize=False)
    trainer.finalize_training()
    params: PunktParameters = trainer.get_params()
    return {
        "abbrev_types": sorted(params.abbrev_types),
        "collocations": sorted([a, b] for a, b in params.collocations),
        "sent_starters": sorted(params.sent_starters),
        "ortho_context": dict(sorted(params.ortho_context.items())),
    }


def resource_lines(name: str, *, lower: bool = False) -> frozenset:
    """The entries of a one-entry-per-line file in ``analysis/resources`` (``#`` starts a comment line).

    >>> "jane" in resource_lines("stakeholders_given_names.txt", lower=True)
    True
    """
    raw = resources.files("analysis.resources").joinpath(name).read_bytes()
    raw = gzip.decompress(raw) if name.endswith(".gz") else raw
    lines = (ln.strip() for ln in raw.decode("utf-8").splitlines())
    return frozenset(ln.lower() if lower else ln for ln in lines if ln and not ln.startswith("#"))


@lru_cache(maxsize=1)
def given_name_sexes() -> dict[str, str]:
    """Given names almost always borne by one sex, lower case -> "f" or "m" (the table
    ``resources/quotes_given_name_genders.txt``, commented there): a pronoun's or a form of address's check.

    >>> given_name_sexes()["ana"], given_name_sexes()["pedro"], "taylor" in given_name_sexes()
    ('f', 'm', False)
    """
    out = {}
    for line in resources.files("analysis.resources").joinpath("quotes_given_name_genders.txt").read_text(
            encoding="utf-8").splitlines():
        if line[:2] in ("f:", "m:"):
            out.update((w, line[0]) for w in line[2:].split())
    return out


@lru_cache(maxsize=1)
def title_abbreviations() -> frozenset:
    """Titles written with a full stop before a name, in lower case without it ("dr", "sen", "eng"): a sentence
    never ends on one (the table ``resources/article_titles.txt``).

    >>> {"dr", "sen", "eng"} <= title_abbreviations(), "inc" in title_abbreviations()
    (True, False)
    """
    return resource_lines("article_titles.txt", lower=True)


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset:
    """Abbreviations whose full stop rarely ends a sentence: the titles and ``resources/article_abbreviations.txt``."""
    return title_abbreviations() | resource_lines("article_abbreviations.txt", lower=True)


@lru_cache(maxsize=1)
def word_title_abbreviations() -> frozenset:
    """Titles abbreviated before a name whose abbreviation is also an English word or word end ("conf", "mag",
    "ing"): a sentence goes on after one only when it is written with a capital or the next word is in lower case
    (the table ``resources/article_name_titles.txt``).

    >>> {"mag", "ing"} <= word_title_abbreviations(), "dr" in word_title_abbreviations()
    (True, False)
    """
    return resource_lines("article_name_titles.txt", lower=True)


@lru_cache(maxsize=1)
def short_given_names() -> frozenset:
    """Given names written short before a full stop and the rest of a name ("Md. Jo Doe", "Wm. Roe", "Ma. Teresa
    Doe"; the table ``resources/article_given_abbreviations.txt``, case as written).

    >>> {"Md", "Mohd", "Wm"} <= short_given_names(), "Mr" in short_given_names()
    (True, False)
    """
    return resource_lines("article_given_abbreviations.txt")


@lru_cache(maxsize=1)
def _office_words() -> frozenset:
    return resource_lines("article_office_words.txt", lower=True)


@lru_cache(maxsize=1)
def _line_end_words() -> frozenset:
    """Words that leave a line's clause open (``resources/article_line_end_words.txt``)."""
    return resource_lines("article_line_end_words.txt", lower=True)


@lru_cache(maxsize=1)
def _given_names() -> frozenset:
    return resource_lines("stakeholders_given_names.txt", lower=True)


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    """The sentence tokenizer: the shipped news parameters plus the abbreviations listed above.

    One parameter set for every article (trained once on 840 news articles,
    not on each article by itself): the same sentences on the seed and the
    bundled test articles, better agreement with the PolNeAR silver sentence
    boundaries, and about a sixth of the time per article.
    """
    with resources.files("analysis.resources").joinpath(SENTENCE_MODEL).open("rb") as f:
        data = json.loads(gzip.decompress(f.read()).decode("utf-8"))
    params = PunktParameters()
    # Learned "abbreviations" that contain spaces come from spaced ellipses; drop them.
    params.abbrev_types = {a for a in data["abbrev_types"] if " " not in a} | set(_abbreviations())
    params.collocations = {tuple(c) for c in data["collocations"]}
    params.sent_starters = set(data["sent_starters"])
    for typ, flags in data["ortho_context"].items():
        params.ortho_context[typ] = flags
    return _Splitter(params, lang_vars=_LANG_VARS, token_cls=_Token)


def _mask(text: str) -> str:
    """Same-length copy of ``text`` in which spaced ellipses (". . .") cannot end a sentence."""
    return _SPACED_ELLIPSIS.sub(lambda m: m.group().replace(".", "\u2026"), text)


def _split_sentences(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[Sentence, ...]:
    masked = _mask(text)
    tok = _tokenizer()
    out: list[Sentence] = []
    for p in paragraphs:
        spans = [(p.start + a, p.start + b) for a, b in tok.span_tokenize(masked[p.start : p.end])]
        spans = [part for a, b in _realign(text, spans) for part in _heading_split(text, a, b)]
        for a, b in spans:
            out.append(Sentence(len(out), p.paragraph_id, a, b, text[a:b]))
    return tuple(out)


# a line with no stop, colon, comma, bracket or quotation mark at its end and no dash at its start (not a credit,
# "[Jo Doe, Kelby Post]", nor an attribution, "― Jo Doe"), then a line break and a capital: perhaps a heading over
# the line after it ("12:15 NPT - Ward chair backs new park\nWard chairperson ...", see _heading_split)
_HEADING_LINE = re.compile(r"((?![―—–-])[^\n]*[^\s.!?:;,\"“”‘’'()\[\]-])[ \t]*\n[ \t]*(?=[A-Z“\"‘])")
HEADING_MAX_WORDS = 12
# a line that is one bracketed group (a photo credit left over from the caption before), then a line break and a
# capital
_BRACKET_LINE = re.compile(r"(\([^()\n]*\))[ \t]*\n[ \t]*(?=[A-Z“\"‘])")


def _heading_split(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The sentence ``text[a:b]`` split after each heading that opens it on a line of its own (:data:`_HEADING_LINE`):
    a live blog's entry heading or a crosshead written with a single line break before its text is a sentence of its
    own.  A heading has HEADING_MAX_WORDS words at most, is less than two thirds as long as the line after it (not
    a hard-wrapped paragraph's first line, about as long as the next) and ends in no word that leaves its clause open
    (``article_line_end_words.txt``: "The meeting was chaired by\nCouncillor Jo Doe")."""
    out = []
    if (m := _BRACKET_LINE.match(text, a, b)) and m.end() < b:
        out.append((a, a + len(m.group(1))))  # "(Record photo by Jo Doe)\nAnn Roe, who ...: "..."": a caption's
        a = m.end()  # credit closes its line; the next line is a caption of its own
    while (m := _HEADING_LINE.match(text, a, b)) and len(m.group(1).split()) <= HEADING_MAX_WORDS \
            and m.group(1).split()[-1].lower() not in _line_end_words():
        nxt = text.find("\n", m.end(), b)
        if 3 * len(m.group(1)) >= 2 * ((nxt if nxt >= 0 else b) - m.end()):
            break
        out.append((a, a + len(m.group(1))))
        a = m.end()
    return out + [(a, b)]


def _realign(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Repair two Punkt habits: closing curly quotes split off, and breaks after titles."""
    fixed: list[list[int]] = []
    for a, b in spans:
        if fixed:
            prev = fixed[-1]
            # A sentence that starts with closing marks: give them to the previous sentence.
            k = a
            while k < b and text[k] in _CLOSERS and _is_closing(text, k):
                k += 1
            if k > a:
                prev[1] = k
                while k < b and text[k].isspace():
                    k += 1
                a = k
                if a >= b:
                    continue
            if _word_before_stop(text, prev[0], prev[1]).lower() in title_abbreviations() \
                    or _name_title_stop(text, prev[0], prev[1], a) or _middle_initial(text, prev[0], prev[1], a) \
                    or _initials_before_lower(text, prev[0], prev[1], a) \
                    or _legal_form_goes_on(text, prev[0], prev[1], a) or _initials_before_name(text, prev[0], prev[1], a) \
                    or _short_given_name_stop(text, prev[0], prev[1], a) \
                    or _initials_open_company(text, prev[0], prev[1], a) or _partners_co_goes_on(text, prev[1], a):
                prev[1] = b
                continue
        fixed.append([a, b])
    return [(a, b) for a, b in fixed]


# dotted initials ending a span ("Kelby Dokuma A.Ş.", "Doe Holdings S.A.", "Kelby Partners, L.P."), any script's
# capitals: when the next span opens with a lower-case word ("said in a filing"), the stop ended the name only
_DOTTED_INITIALS = re.compile(r"(?<![\w.])(?:[^\W\d_]\.){2,}\s*$")


def _initials_before_lower(text: str, a: int, b: int, next_start: int) -> bool:
    """``text[a:b]`` ends with dotted initials and the next span, on the same line, opens with a lower-case
    letter: 'Kelby Tekstil A.Ş. | said on Monday' is one sentence."""
    return next_start < len(text) and text[next_start].islower() and "\n" not in text[b:next_start] \
        and bool(_DOTTED_INITIALS.search(text, max(a, b - 12), b))


# two or three initials glued with full stops ("H.R.", "K.S."; not after "the", a comma or another capital: "the
# U.S.", "Concord, N.H.") ending a span, then a capitalised word and a lower-case word or a comma: a person's
# initials before the surname, as South Asian news writes them ("spokesperson H.R. | Manjunath said")
_GLUED_INITIALS = re.compile(r"(?<![\w.])(?<!the )(?<!, )(?:[A-Z]\.){2,3}$")
# glued initials after a role's lower-case word and a comma ("the association's secretary, D.M. | Somapala, said";
# not a place's after its town: "Concord, N.H.")
_ROLE_COMMA_INITIALS = re.compile(r"\b([A-Za-z][a-z\-]*), ((?:[A-Z]\.){2,3})$")
# a title written short, a capitalised word of three letters or more and one initial: a titled given name and a middle
# initial, the surname after it ("Hon. Rudolph A. | Flowers, who attended"; not "chose Plan A. | Flowers were bought")
_TITLED_MIDDLE_INITIAL = re.compile(r"(?<![\w.’'-])([A-Z][a-z]+)\.? [A-Z][a-z]{2,} [A-Z]\.$")


def _titled_middle_initial(text: str, lo: int, end: int) -> re.Match | None:
    """The match of :data:`_TITLED_MIDDLE_INITIAL` ending at ``end``, when its first word is a title's abbreviation."""
    m = _TITLED_MIDDLE_INITIAL.search(text, lo, end)
    return m if m and m.group(1).lower() in title_abbreviations() else None
_SURNAME_THEN_LOWER = re.compile(r"[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){0,2}(?:,|\s+[a-z])")  # (one to
# three names: "counsel T.M. | Abdul Rasheed, who")
# a verb of saying right before the initials, and one to three names ending the sentence after them: an inverted
# attribution ('"...," said J.D. | Harrop.')
_CUE_BEFORE_INITIALS = re.compile(r"\b(?:said|says|added|adds|asked|wrote|writes|explained|recalled)\s+"
                                  r"(?:(?:(?:[a-z][a-z\-]*|[A-Z]{2,6})\s+){0,3}(?:(?P<title>[A-Z][a-z]{1,4})\.?\s+)?"
                                  r"|(?:[\w’'\-]+\s+){0,5}[a-z][a-z\-]*,\s+)$")
# (a role's lower-case words or a body's acronym between, and a title's abbreviation: 'said club president W.M. |
# Jayantha Bandara Herath.', 'said DDGM managing director Dr W.J. | Pennefather.'; or a role closed by a comma: 'says
# Northgate's vice-president of operations, R.J. | Thibodeau.')
_SURNAME_THEN_END = re.compile(r"[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){0,2}[.!?](?:\s|$)")
# words that open a sentence after an abbreviation, and the abbreviations of places that end sentences
_SENTENCE_OPENING_WORDS = frozenset("The A An It He She They We I In On At But And This That There His Her Its Their "
                                    "Our As If So Yet Then When While After Before".split())
# an article or a preposition before initials: a degree or a college, no person ("completed an M.B.A.", "at M.I.T.")
_THING_BEFORE_INITIALS = re.compile(r"(?<![\w-])(?:a|an|at|from|in|of|to|with|by|for|on|into)\s+$", re.IGNORECASE)
_PLACE_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "U.A.E.", "P.R.C.", "N.Z."})


def _initials_before_name(text: str, a: int, b: int, next_start: int) -> bool:
    """``text[a:b]`` ends with a person's glued initials and the next span, on the same line, opens with a
    surname and goes on in lower case: 'Acme spokesperson H.R. | Manjunath said' is one sentence (not 'in the U.S.
    | The firm said', nor 'sold to N.C. | State officials', a place's initials, nor 'earned an M.B.A. | Colleagues
    say', 'at M.I.T. | Classmates recall': a degree or a college after an article or a preposition)."""
    end = b
    while end > a and text[end - 1].isspace():
        end -= 1
    found = _GLUED_INITIALS.search(text, max(a, end - 8), end) or _titled_middle_initial(text, max(a, end - 40), end)
    if found is None and (role := _ROLE_COMMA_INITIALS.search(text, max(a, end - 40), end)):
        found = _INITIALS_AT_END.match(text, role.start(2), end) if role.group(1).islower() else None  # (the word
        # before the comma a role's, in lower case)
    word = text[next_start:next_start + 16].split(None, 1)[0] if next_start < len(text) else ""
    return found is not None and found.group() not in _PLACE_INITIALS and "\n" not in text[b:next_start] \
        and not _THING_BEFORE_INITIALS.search(text, max(a, found.start() - 8), found.start()) \
        and word.rstrip(",") not in _SENTENCE_OPENING_WORDS and (
            _SURNAME_THEN_LOWER.match(text, next_start) is not None
            or _cue_before_initials(text, max(a, found.start() - 56), found.start())
            and _SURNAME_THEN_END.match(text, next_start) is not None)  # ('"...," said J.D. | Harrop.')


def _cue_before_initials(text: str, lo: int, at: int) -> bool:
    """A verb of saying before the initials at ``at`` (:data:`_CUE_BEFORE_INITIALS`), its title word a title's
    abbreviation ("Dr", "Cr"; not "said Monday W.J. | Pennefather.")."""
    m = _CUE_BEFORE_INITIALS.search(text, lo, at)
    return m is not None and (m.group("title") is None or m.group("title").lower() in title_abbreviations())


# a company's legal form after "Co." or a short form that Punkt ended a sentence at ("Kelby Trading Co. | Limited,
# said", "Tarn Holdings Pte. | Limited")
_LEGAL_FORM_AFTER = re.compile(r"(?:Limited|Ltd|Bhd|Berhad|Ltda|LLC|Inc|Incorporated)\b(?![’'\w-])")
_LEGAL_FORM_OPENERS = frozenset({"Co", "Pte", "Pty", "Pvt", "Sdn"})


def _legal_form_goes_on(text: str, a: int, b: int, next_start: int) -> bool:
    """``text[a:b]`` ends with "Co." (or "Pte.", "Sdn." ...), or with a short capitalised abbreviation before a legal
    form written short and a comma ("Nig.", "Gh."), and the next span, on the same line, opens with the legal form:
    'Kelby Trading Co. | Limited, said ...', 'Kelby Seeds Nig. | Ltd, which sells ...' are one sentence."""
    if "\n" in text[b:next_start] or (m := _LEGAL_FORM_AFTER.match(text, next_start)) is None:
        return False
    word = _word_before_stop(text, a, b)
    return word in _LEGAL_FORM_OPENERS or (2 <= len(word) <= 4 and word[:1].isupper() and word[1:].islower()
                                           and word not in _LEGAL_FORMS_WRITTEN_SHORT
                                           and m.group() not in ("Limited", "Incorporated")
                                           and text.startswith(",", m.end()))
    # (or a country's short form before "Ltd" and a comma: "Kelby Seeds Nig. | Ltd, which sells ..."; not "Limited"
    # or "Incorporated", words that open sentences: "... founded by Jo Doe. Limited parking has hurt trade.")


# legal forms written short with a stop: one ends a name, the next sentence may open with "Limited" ("Kelby Metrics
# Ltd. Limited funding forced her to sell")
_LEGAL_FORMS_WRITTEN_SHORT = frozenset({"Ltd", "Inc", "Corp", "Plc", "Bhd", "Pty", "Pvt", "Pte"})


# a place's or anyone's initials ending a span ("U.S.", "W.A."; no preposition before them: "sales rose in the U.S.
# | Acme Corp. said"), then one to three capitalised words and a legal form: a company named after its country
_INITIALS_AT_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}\s*$")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:in|to|into|from|across|throughout|outside|within|for|of|at|on)"
                                 r"\s+(?:the\s+)?$", re.IGNORECASE)
_WORDS_THEN_LEGAL_FORM = re.compile(r"(?:[A-Z][\w&’'-]*\.? ){1,3}(?:Corp|Corporation|Inc|Co|Ltd|Limited|LLC|plc|"
                                    r"PLC|Pty|Pte|Bhd|Berhad|Group|Holdings)\b(?![’'\w-])")


def _partners_co_goes_on(text: str, b: int, next_start: int) -> bool:
    """The span ends with "& Co." and the next one, on the same line, opens with one to three capitalised words and a
    legal form: 'Lynch, Barry & Co. | Shipping Agents Ltd, called him ...' is one sentence."""
    return text.endswith(("& Co.", "&amp; Co."), 0, b) and "\n" not in text[b:next_start] \
        and _WORDS_THEN_LEGAL_FORM.match(text, next_start) is not None


def _initials_open_company(text: str, a: int, b: int, next_start: int) -> bool:
    """``text[a:b]`` ends with dotted initials and the next span, on the same line, opens with one to three
    capitalised words and a legal form or a group's word: 'said U.S. | Steel Corp. spokesman Mark Halley', 'W.A. |
    Grain Growers Ltd said' are one sentence (not 'sales rose in the U.S. | Acme Corp. said': the place ends a
    clause after a preposition)."""
    found = _INITIALS_AT_END.search(text, max(a, b - 10), b)
    return found is not None and "\n" not in text[b:next_start] \
        and not _PREPOSITION_BEFORE.search(text, max(a, found.start() - 14), found.start()) \
        and _WORDS_THEN_LEGAL_FORM.match(text, next_start) is not None


def _short_given_name_stop(text: str, a: int, b: int, next_start: int) -> bool:
    """``text[a:b]`` ends with a given name written short (:func:`short_given_names`) and the next span, on the
    same line, opens with a capitalised word no sentence opens with: "the helper, Md. | Sohel Mia, said" is one
    sentence (not "Bethesda, Md. | Officials said": Maryland after its town); "Ma." (a Chinese family name too:
    "founded by Jack Ma. | Daniel Zhang said", "the economist Lin Ma. | Peter J. Wong disagreed") only after an
    office or a title (``resources/article_office_words.txt``: "Judge Ma. | Teresa L. Doe", "Director Ma. | Lourdes
    Doe")."""
    word = _word_before_stop(text, a, b)
    if word not in short_given_names() or "\n" in text[b:next_start]:
        return False
    at = text.rindex(word, a, b)
    after = text[next_start:next_start + 40]
    first = after.split(None, 1)[0].rstrip(",") if after.strip() else ""
    if not re.match(r"[A-Z][a-z]", first) or first in _SENTENCE_OPENING_WORDS \
            or re.search(r"[A-Z][a-z]+, $", text[max(a, at - 30):at]):
        return False
    if word != "Ma":
        return True
    before = text[max(a, at - 24):at].split()
    title = before[-1].rstrip(".").lower() if before else ""
    return title in title_abbreviations() or title in _office_words()


def _name_title_stop(text: str, a: int, b: int, next_start: int) -> bool:
    """``text[a:b]`` ends with a title abbreviation that is also a word (``resources/article_name_titles.txt``)
    written with a capital, not all in capitals ("Mag. | Dr. Jo Doe", "Sta. | Rosa"; not "an STO. | SEC said", an
    acronym), or before a lower-case word ("Conf. univ. | dr."), same line."""
    word = _word_before_stop(text, a, b)
    if word.lower() not in word_title_abbreviations() or "\n" in text[b:next_start]:
        return False
    at = text.rindex(word, a, b)
    name = _NAME_WORD_BEFORE_TITLE.search(text, max(a, at - 24), at)
    return ((word[:1].isupper() and not word.isupper()) or text[next_start:next_start + 1].islower()) \
        and (name is None or name.group().strip().lower() not in _given_names())  # (a surname so written ends a
    # sentence after a given name: "said William Barr. | Ann Roe"; not "led by Barr. Ita Nyong", "The Mag. Dr. Jo Doe",
    # "said Chief Engineer Er. Jo Doe", "in Barangay Sta. Cruz")


_NAME_WORD_BEFORE_TITLE = re.compile(r"\b[A-Z][a-z]+ $")


def _word_before_stop(text: str, a: int, b: int) -> str:
    """The word (run of word characters) before the full stop that ends ``text[a:b]``, white space aside;
    "" when the span does not end so.  What ``re.search(r"(\\w+)\\.\\s*$", text[a:b])`` finds, without a
    search from every character of the sentence."""
    end = b
    while end > a and text[end - 1].isspace():
        end -= 1
    if end == a or text[end - 1] != ".":
        return ""
    i = end - 1
    while i > a and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return text[i : end - 1]


# a given name and a middle initial ending a sentence that goes on, on the same line, with a capitalised
# word: 'said Paul R. | Pillar, a former analyst', 'Donald J. | Trump' (Punkt breaks after an initial
# before a word it never saw in lower case); 'no Plan B. | The' still breaks ('plan' is no given name)
_MIDDLE_INITIAL = re.compile(r"\b([A-Z][a-z]+)\s[A-Z]\.$")


def _middle_initial(text: str, a: int, b: int, next_start: int) -> bool:
    found = _MIDDLE_INITIAL.search(text, a, b) if text[b - 1 : b] == "." else None
    return bool(found) and found.group(1).lower() in _given_names() and "\n" not in text[b:next_start] \
        and text[next_start : next_start + 1].isupper()


def _is_closing(text: str, i: int) -> bool:
    """A straight quote at ``i`` closes when it follows a non-space (``said."``)."""
    ch = text[i]
    if ch in "\"'":
        return i > 0 and not text[i - 1].isspace()
    return True


def load_article(
    path: str | Path, *, reference_date: str | _dt.date | None = None, currency: str | None = None,
    max_bytes: int | None = None,
) -> Article:
    """Read a UTF-8 article file and its sidecar metadata.

    The sidecar is ``<name>.yml`` (or ``.yaml``) beside the text file, read and
    checked by :func:`analysis.sidecar.read_sidecar`; its ``title``, ``outlet``
    and ``reference_date`` fill the article's fields and all of it is kept in
    :attr:`Article.metadata`.

    Parameters
    ----------
    path : str or pathlib.Path
        A UTF-8 text file.
    reference_date : str or datetime.date, optional
        Overrides the sidecar's ``reference_date``.  An empty string is an
        error, not "no override".
    max_bytes : int, optional
        Size limit of the file (default :func:`max_article_bytes`); a larger
        file is refused before it is read.
    currency : str, optional
        ISO 4217 code of the reference currency; overrides the sidecar's ``currency``.

    Raises
    ------
    ArticleError
        If the file is missing, unreadable, not a regular file, over the size
        limit, binary or not UTF-8, or empty; if a date is malformed or not a
        real date; or (:class:`MetadataError`) if the sidecar breaks its
        schema.  The message is one line and names the file (and field).
    """
    path = Path(path)
    limit = max_article_bytes() if max_bytes is None else max_bytes
    text = read_article_file(path, max_bytes=limit)
    meta = read_sidecar(path)
    return Article.from_text(
        text,
        reference_date=reference_date,
        metadata={**meta, "source": str(path)},
        name=str(path),
        currency=currency,
        max_bytes=limit,
    )


def read_article_file(path: str | Path, *, max_bytes: int | None = None) -> str:
    """The text of an article file, with the checks of :func:`load_article` (but no sidecar, no normalising).

    For readers of many files (the corpus) that build the :class:`Article`
    later.  Every failure is one :class:`ArticleError` naming the file: missing,
    not a regular file, unreadable, over ``max_bytes`` (default
    :func:`max_article_bytes`; checked before reading), NUL bytes in the first
    8 kB (a binary file), not UTF-8.
    """
    path = Path(path)
    limit = max_article_bytes() if max_bytes is None else max_bytes
    try:
        if not path.exists():
            raise ArticleError(f"{path}: no such file")
        if not path.is_file():
            raise ArticleError(f"{path}: not a regular file")
        _check_size(path.stat().st_size, limit, str(path))
        raw = path.read_bytes()
    except OSError as e:
        raise ArticleError(f"{path}: cannot be read ({e.strerror or e.__class__.__name__})") from None
    if b"\x00" in raw[:8192]:
        raise ArticleError(f"{path}: looks like a binary file (it contains NUL bytes), not UTF-8 text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ArticleError(
            f"{path}: not valid UTF-8 text (byte 0x{raw[e.start]:02x} at position {e.start}); save it as UTF-8"
        ) from None


def check_article(article: Any, *, caller: str | None = None) -> Article:
    """The one input check of every analysis: ``article`` must be an :class:`Article`.

    Parameters
    ----------
    article : object
        What the analysis was given.
    caller : str, optional
        The analysis's name, for the message (``"extract_money"``).

    Returns
    -------
    Article
        ``article`` itself.

    Raises
    ------
    ArticleTypeError
        (an :class:`ArticleError` and a :class:`TypeError`) with one line
        naming what was given instead.

    Examples
    --------
    >>> check_article("Some text.", caller="extract_quotes")
    Traceback (most recent call last):
    ...
    analysis.errors.ArticleTypeError: extract_quotes expects an Article (from Article.from_text or load_article), got str
    """
    if not isinstance(article, Article):
        who = f"{caller} expects" if caller else "expected"
        raise ArticleTypeError(f"{who} an Article (from Article.from_text or load_article), got {type(article).__name__}")
    if not article.sentences and article.text.strip():
        who = f"{caller} was given" if caller else "given"
        raise ArticleError(f"{who} an Article with text but no sentences (built as Article(text)?): "
                           "build it with Article.from_text or load_article")
    return article



SENTENCE_COLUMNS = ["sentence_id", "paragraph_id", "start", "end", "text"]


def sentence_table(article: Article) -> pd.DataFrame:
    """The article's sentences, one row each.

    Columns: ``sentence_id`` (from 0, in reading order), ``paragraph_id``,
    ``start``/``end`` (offsets into ``article.text``), ``text``.

    Examples
    --------
    >>> t = sentence_table(Article.from_text("One. Two.\\n\\nThree."))
    >>> t[["sentence_id", "paragraph_id", "text"]].values.tolist()
    [[0, 0, 'One.'], [1, 0, 'Two.'], [2, 1, 'Three.']]
    """
    rows = [(s.sentence_id, s.paragraph_id, s.start, s.end, s.text) for s in article.sentences]
    return frame_of(rows, SENTENCE_COLUMNS, {"sentence_id": "int64", "paragraph_id": "int64", "start": "int64",
                                             "end": "int64"})


# The four letters that re.IGNORECASE matches with an ASCII letter though str.lower does not make them
# one ("\u0130" lower-cases to two characters, the others stay as they are), and that ASCII letter.
_IGNORECASE_ODD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold_case(text: str) -> str:
    """``text`` in lower case, of the same length: a pattern whose letters are lower-case ASCII matches it
    without ``re.IGNORECASE`` exactly where, and as long as, it matches ``text`` with that flag.

    It is some three times faster (``re.IGNORECASE`` turns off the engine's quick test of a literal).
    ``str.lower`` does it but for four letters that ``re.IGNORECASE`` matches with an ASCII letter (the re
    module's documentation lists them), which become that letter first: İ and ı (i), ſ (s) and the
    Kelvin sign (k).  Lower-casing keeps every other character one character, of the same class (``\\w``,
    ``\\d``, ``\\s``) and ASCII or not as it was (a scan of every code point shows it).

    >>> fold_case("Acme HIRED ıt")
    'acme hired it'
    """
    if "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text:
        text = text.translate(_IGNORECASE_ODD)
    return text.lower()



@lru_cache(maxsize=4)
def folded_text(text: str) -> str:
    """``fold_case`` of an article's text, kept: the time expressions and every stage of the money facts
    search it, so that it is folded once."""
    return fold_case(text)


def check_folded_pattern(pattern: str, source: str, *, groups: bool = True) -> None:
    """Raise ValueError unless ``pattern`` matches a text folded by ``fold_case`` as it would the text
    with ``re.IGNORECASE``: every letter outside an escape lower-case ASCII or without case; with
    ``groups=False``, no named group or conditional either.  ``source`` (the rule file) opens the message.

    >>> check_folded_pattern("sold to|provides", "rules.yml")
    >>> check_folded_pattern("Hired", "rules.yml")
    Traceback (most recent call last):
    ...
    ValueError: rules.yml: write the pattern in lower-case ASCII letters: 'Hired'
    """
    plain = re.sub(r"\\.", "", pattern)
    bad_letter = any(c.isupper() or (not c.isascii() and c.lower() != c.upper()) for c in plain)
    if bad_letter or not groups and ("(?P" in pattern or "(?(" in pattern):
        without = "" if groups else ", without named groups"
        raise ValueError(f"{source}: write the pattern in lower-case ASCII letters{without}: {pattern!r}")


def trie_pattern(words) -> str:
    """A regular expression (no group) that matches any of ``words``, factored as a trie: much faster to try
    than the flat alternation ``a|b|...`` (the engine tries every alternative of a flat one in turn).

    At a place where several words match, the longest is taken (one word may be the start of another).

    >>> trie_pattern(["on", "one", "two"])
    '(?:on(?:e)?|two)'
    >>> re.fullmatch(trie_pattern(["spring", "sprint", "sp"]), "sprint") is not None
    True
    """
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(k) + build(v) for k, v in sorted(node.items()) if k]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)



def led_trie_pattern(words, not_after: str) -> str:
    """:func:`trie_pattern` of ``words`` where no character of the class ``not_after`` (one character wide, such as
    ``[\\w.]``) stands before the word: ``(?<!not_after)(?:trie)``, written so that a search skips at once to
    the places where a first letter of the words stands.  The engine can skip so only when every branch opens
    with a plain character: each branch opens with its word's first character, then looks behind it.

    >>> rx = re.compile(led_trie_pattern(["Ohio", "Oslo", "Rome"], r"[\\w.]"))
    >>> [m.group() for m in rx.finditer("Ohio, xOslo, .Rome, Rome")]
    ['Ohio', 'Rome']
    """
    rests: dict[str, list[str]] = {}
    for w in words:
        if not w:
            raise ValueError("led_trie_pattern: an empty word")
        rests.setdefault(w[0], []).append(w[1:])
    branches = []
    for first, rest in sorted(rests.items()):
        tail = trie_pattern([r for r in rest if r]) if any(rest) else ""
        if tail and "" in rest:
            tail = f"(?:{tail})?"
        branches.append(re.escape(first) + rf"(?<!{not_after}[\s\S])" + tail)
    return "(?:" + "|".join(branches) + ")"

_OBJECT = np.dtype(object)
# pandas' constructor for columns that are already typed: no per-column check and no type inference,
# several times faster than pd.DataFrame(dict) on the small tables of one article.  pandas is pinned
# (pyproject.toml); should a later pandas drop this method, the public constructor takes over.
_FROM_ARRAYS = getattr(pd.DataFrame, "_from_arrays", None)


@lru_cache(maxsize=64)
def _column_index(columns: tuple[str, ...]) -> pd.Index:
    """The column labels of a table (an Index is immutable, so tables of the same columns share one)."""
    return pd.Index(columns)


@lru_cache(maxsize=64)
def _dtype(name: str):
    """The dtype of that name, resolved once (pandas parses a dtype's name at every call otherwise)."""
    return pd.api.types.pandas_dtype(name)


def frame_of(rows: list[tuple], columns: list[str], dtypes: dict[str, str], *, nan_as_none: bool = False) -> pd.DataFrame:
    """A typed table from row tuples: ``pd.DataFrame(rows, columns=columns, dtype=object).astype(dtypes)``
    at a fraction of the cost (pandas converts column by column; the tables of one article are small).

    Columns named in ``dtypes`` get that dtype (a NumPy dtype; a pandas extension dtype such as
    ``"Int64"``; or ``"str"``: pandas' string dtype, what ``pd.DataFrame`` infers for a column of
    text); the others stay ``object``, and a list value stays one cell.  With ``nan_as_none``, a
    float NaN in an ``object`` column becomes None.

    Examples
    --------
    >>> t = frame_of([(1, "a", ["x", "y"]), (2, "b", [])], ["n", "s", "items"], {"n": "int64"})
    >>> t.dtypes.astype(str).tolist(), t["items"].tolist()
    (['int64', 'object', 'object'], [['x', 'y'], []])
    >>> frame_of([("a",), (None,)], ["s"], {"s": "str"}).dtypes.astype(str).tolist()
    ['str']
    >>> frame_of([(float("nan"), None)], ["o", "i"], {"i": "Int64"}, nan_as_none=True).values.tolist()
    [[None, <NA>]]
    """
    if not rows:  # most articles have no relation or money fact: their empty table is made once
        return _empty_frame(tuple(columns), tuple(dtypes.items())).copy(deep=False)
    return _frame(rows, columns, dtypes, nan_as_none)


@lru_cache(maxsize=64)
def _empty_frame(columns: tuple[str, ...], dtypes: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    """The empty table of :func:`frame_of` (kept: a shallow copy of it is ten times cheaper to make, and
    pandas copies on write, so a change to the copy never reaches it)."""
    return _frame([], list(columns), dict(dtypes), False)


def _frame(rows: list[tuple], columns: list[str], dtypes: dict[str, str], nan_as_none: bool) -> pd.DataFrame:
    """:func:`frame_of`, column by column."""
    n = len(rows)
    arrays = []
    for c, values in zip(columns, zip(*rows) if rows else [()] * len(columns)):
        dtype = dtypes.get(c)
        if dtype is None:
            if nan_as_none:
                values = [None if isinstance(v, float) and v != v else v for v in values]
            arrays.append(np.fromiter(values, dtype=_OBJECT, count=n))  # one cell per value, lists included
        elif isinstance(_dtype(dtype), np.dtype):
            arrays.append(np.fromiter(values, dtype=_OBJECT, count=n).astype(_dtype(dtype)))
        elif dtype == "Int64" and all(type(v) is int or v is None for v in values):
            arrays.append(_int64_array(values, n))
        elif dtype == "str" and _ARROW_STRINGS and all(type(v) is str or v is None for v in values):
            arrays.append(_string_array(values))
        else:  # "str", "Int64", ...: a pandas array
            arrays.append(pd.array(np.fromiter(values, dtype=_OBJECT, count=n), dtype=_dtype(dtype)))
    index = pd.RangeIndex(n)
    if _FROM_ARRAYS is not None:
        return _FROM_ARRAYS(arrays, columns=_column_index(tuple(columns)), index=index, verify_integrity=False)
    return pd.DataFrame({c: pd.Series(a, index=index, dtype=a.dtype, copy=False) for c, a in zip(columns, arrays)},
                        index=index, copy=False)


# pandas' string dtype keeps its text in a pyarrow array (pyarrow is pinned in pyproject.toml; without it
# pandas would store text otherwise, and frame_of then leaves the building to pandas).
_ARROW_STRINGS = pd.api.types.pandas_dtype("str").construct_array_type() is pd.arrays.ArrowStringArray


def _string_array(values) -> pd.api.extensions.ExtensionArray:
    """``pd.array(values, dtype="str")`` for Python strings and Nones (missing), built by pyarrow at once
    (pandas checks and converts every value first: three times slower)."""
    return pd.arrays.ArrowStringArray(pa.array(values, type=pa.large_string()), dtype=_dtype("str"))


def _int64_array(values, n: int) -> pd.api.extensions.ExtensionArray:
    """``pd.array(values, dtype="Int64")`` for Python ints and Nones, built from its data and mask (pandas
    infers the type of every value first: several times slower).  A missing value's data is 1, as pandas'."""
    mask = np.fromiter((v is None for v in values), dtype=bool, count=n)
    data = np.fromiter((1 if v is None else v for v in values), dtype=np.int64, count=n)
    return pd.arrays.IntegerArray(data, mask)


# Marks a reader can see before any analysis: quotation marks and currency signs.
# Apostrophes (’ or ' between letters) are not quotation marks and are skipped.
_MARKS = {
    "quotation mark": re.compile(r"[“”«»„]|\"|(?<!\w)[‘']|[’'](?!\w)"),
    "currency sign": re.compile(r"[$€£¥₹]"),
}

MARK_COLUMNS = ["kind", "mark", "start", "end", "sentence_id", "paragraph_id"]


def mark_table(article: Article) -> pd.DataFrame:
    """Quotation marks and currency signs, one row per character.

    Columns: ``kind`` (``quotation mark`` or ``currency sign``), ``mark`` (the
    character), ``start``/``end``, ``sentence_id``, ``paragraph_id``.  A
    typographic apostrophe inside a word (``Meta’s``) is not a quotation mark.

    Examples
    --------
    >>> t = mark_table(Article.from_text("Meta’s “big” bet cost $5bn."))
    >>> t[["kind", "mark"]].values.tolist()
    [['quotation mark', '“'], ['quotation mark', '”'], ['currency sign', '$']]
    """
    rows = []
    for kind, rx in _MARKS.items():
        for m in rx.finditer(article.text):
            p = article.paragraph_at(m.start())
            rows.append((kind, m.group(), m.start(), m.end(), article.sentence_id_at(m.start()),
                         p.paragraph_id if p else -1))
    rows.sort(key=lambda r: r[2])
    return pd.DataFrame(rows, columns=MARK_COLUMNS)


def article_summary(article: Article) -> dict[str, float]:
    """Size and structure: characters, words, paragraphs, sentences and typical lengths.

    Examples
    --------
    >>> article_summary(Article.from_text("One two three. Four five.\\n\\nSix."))["words"]
    6
    """
    words_per_sentence = [len(s.text.split()) for s in article.sentences]
    sentences_per_para = [len(article.sentences_of(p.paragraph_id)) for p in article.paragraphs]
    ordered = sorted(words_per_sentence)
    mid = len(ordered) // 2
    median = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return {
        "characters": len(article.text),
        "words": len(article.text.split()),
        "paragraphs": len(article.paragraphs),
        "sentences": len(article.sentences),
        "median_sentence_words": median,
        "longest_sentence_words": max(words_per_sentence),
        "mean_sentences_per_paragraph": round(sum(sentences_per_para) / len(sentences_per_para), 2),
        "single_sentence_paragraphs": sum(1 for n in sentences_per_para if n == 1),
    }
