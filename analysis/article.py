"""The article model: text, metadata, paragraphs and sentences with offsets.

Everything else in :mod:`analysis` starts from an :class:`Article`.  Offsets
are Python string offsets into :attr:`Article.text` (``end`` exclusive).

The text is normalised once, when the article is built, and the offsets of
every table refer to the normalised text:

* a leading byte-order mark is removed;
* Windows (``\\r\\n``) and old Mac (``\\r``) line endings become ``\\n``.

Nothing else is changed: HTML entities, straight quotes and odd spacing stay
as written, so that what a table quotes is what the article says.
"""

from __future__ import annotations

import datetime as _dt
import gzip
import json
import re
from dataclasses import dataclass, field
from bisect import bisect_right as _bisect_right
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd
import yaml
from nltk.tokenize import punkt as _punkt
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken, PunktTrainer

__all__ = [
    "Article",
    "ArticleError",
    "Paragraph",
    "Sentence",
    "load_article",
    "sentence_table",
    "mark_table",
    "article_summary",
]


class ArticleError(ValueError):
    """Raised when an article cannot be read or built; the message names the input."""


# Abbreviations that end with a full stop but rarely end a sentence.  Punkt's
# shipped news parameters (resources/punkt_news.json.gz) hold the ones it learned;
# this list makes sure of the common ones (titles, US states and months as news
# agencies abbreviate them).  Lower case, without the final full stop.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen lt col capt sgt st jr sr rev hon pres
    u.s u.k u.n e.u u.s.a d.c a.m p.m e.g i.e etc vs inc corp co ltd llc plc
    no nos jan feb mar apr jun jul aug sep sept oct nov dec
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich
    minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
)
# Titles: a sentence never ends on one of these, whatever Punkt decides.
_TITLES = frozenset("mr mrs ms dr prof sen rep gov gen lt col capt sgt st rev hon pres".split())

_PARA_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
_SPACED_ELLIPSIS = re.compile(r"\.(?: \.){2,}")
_CLOSERS = "”’\"')]}»"


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
        Everything the sidecar file holds, plus ``source`` (the file path).
    paragraphs : tuple of Paragraph
    sentences : tuple of Sentence

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
    ) -> Article:
        """Build an article from a string.

        Parameters
        ----------
        text : str
            The article text.  Must contain something other than white space.
        reference_date : str or datetime.date, optional
            ISO date (``YYYY-MM-DD``) the article's relative dates refer to.
        title, outlet : str, optional
        metadata : dict, optional
            Extra metadata kept in :attr:`metadata`.
        name : str
            How error messages name the input (a file path, an id).

        Raises
        ------
        ArticleError
            If the text is not a string, is empty or white space only, or the
            date is not a valid ISO date.
        """
        if not isinstance(text, str):
            raise ArticleError(f"{name}: expected text (str), got {type(text).__name__}")
        text = normalise_text(text)
        if not text.strip():
            raise ArticleError(f"{name}: the text is empty" if not text else f"{name}: the text is only white space")
        date = parse_date(reference_date, name=name)
        paragraphs = _split_paragraphs(text)
        sentences = _split_sentences(text, paragraphs)
        return cls(
            text=text,
            title=title,
            outlet=outlet,
            reference_date=date,
            metadata=dict(metadata or {}),
            paragraphs=paragraphs,
            sentences=sentences,
        )

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


def normalise_text(text: str) -> str:
    """Remove a leading byte-order mark and unify line endings to ``\\n``."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_date(value: str | _dt.date | None, *, name: str = "article") -> _dt.date | None:
    """Parse an ISO date (``YYYY-MM-DD``) or pass a ``date`` through; ``None`` stays ``None``."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ArticleError(f"{name}: reference date {value!r} is not a date in the form YYYY-MM-DD") from None


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
    params.abbrev_types = {a for a in data["abbrev_types"] if " " not in a} | set(_ABBREVIATIONS)
    params.collocations = {tuple(c) for c in data["collocations"]}
    params.sent_starters = set(data["sent_starters"])
    for typ, flags in data["ortho_context"].items():
        params.ortho_context[typ] = flags
    return PunktSentenceTokenizer(params, lang_vars=_LANG_VARS, token_cls=_Token)


def _mask(text: str) -> str:
    """Same-length copy of ``text`` in which spaced ellipses (". . .") cannot end a sentence."""
    return _SPACED_ELLIPSIS.sub(lambda m: m.group().replace(".", "\u2026"), text)


def _split_sentences(text: str, paragraphs: tuple[Paragraph, ...]) -> tuple[Sentence, ...]:
    masked = _mask(text)
    tok = _tokenizer()
    out: list[Sentence] = []
    for p in paragraphs:
        spans = [(p.start + a, p.start + b) for a, b in tok.span_tokenize(masked[p.start : p.end])]
        spans = _realign(text, spans)
        for a, b in spans:
            out.append(Sentence(len(out), p.paragraph_id, a, b, text[a:b]))
    return tuple(out)


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
            last_word = re.search(r"(\w+)\.\s*$", text[prev[0] : prev[1]])
            if last_word and last_word.group(1).lower() in _TITLES:
                prev[1] = b
                continue
        fixed.append([a, b])
    return [(a, b) for a, b in fixed]


def _is_closing(text: str, i: int) -> bool:
    """A straight quote at ``i`` closes when it follows a non-space (``said."``)."""
    ch = text[i]
    if ch in "\"'":
        return i > 0 and not text[i - 1].isspace()
    return True


def load_article(path: str | Path, *, reference_date: str | _dt.date | None = None) -> Article:
    """Read a UTF-8 article file and its sidecar metadata.

    The sidecar is ``<name>.yml`` (or ``.yaml``) beside the text file; its keys
    ``title``, ``outlet`` and ``reference_date`` fill the article's fields and
    everything in it is kept in :attr:`Article.metadata`.

    Parameters
    ----------
    path : str or pathlib.Path
        A UTF-8 text file.
    reference_date : str or datetime.date, optional
        Overrides the sidecar's ``reference_date``.

    Raises
    ------
    ArticleError
        If the file is missing, is not a regular file, is binary or not UTF-8,
        is empty, or a date is malformed.  The message names the file.
    """
    path = Path(path)
    if not path.exists():
        raise ArticleError(f"{path}: no such file")
    if not path.is_file():
        raise ArticleError(f"{path}: not a regular file")
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise ArticleError(f"{path}: looks like a binary file (it contains NUL bytes), not UTF-8 text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ArticleError(
            f"{path}: not valid UTF-8 text (byte 0x{raw[e.start]:02x} at position {e.start}); save it as UTF-8"
        ) from None
    meta = read_sidecar(path)
    date = reference_date if reference_date is not None else meta.get("reference_date")
    return Article.from_text(
        text,
        reference_date=date,
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        metadata={**meta, "source": str(path)},
        name=str(path),
    )


def read_sidecar(path: str | Path) -> dict[str, Any]:
    """The sidecar metadata of the article file ``path`` (``<name>.yml`` or ``.yaml`` beside it), or ``{}``.

    Raises
    ------
    ArticleError
        If the sidecar is not valid YAML or does not hold a mapping.
    """
    path = Path(path)
    for cand in (path.with_suffix(".yml"), path.with_suffix(".yaml")):
        if cand.is_file():
            try:
                meta = yaml.safe_load(cand.read_text(encoding="utf-8")) or {}
            except (yaml.YAMLError, UnicodeDecodeError) as e:
                raise ArticleError(f"{cand}: the metadata file is not valid YAML ({e.__class__.__name__})") from None
            if not isinstance(meta, dict):
                raise ArticleError(f"{cand}: the metadata file must hold a mapping of keys to values")
            if isinstance(meta.get("reference_date"), _dt.date):
                meta["reference_date"] = meta["reference_date"].isoformat()
            return meta
    return {}


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
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS).astype(
        {"sentence_id": "int64", "paragraph_id": "int64", "start": "int64", "end": "int64", "text": "object"}
    )


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
