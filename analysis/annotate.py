"""The annotated article: the text itself, with what the modules found marked on it.

Every quotation (:func:`analysis.extract_quotes`), every speaker mention (the
words a quotation or a reported claim is attributed to), every stakeholder
mention (:func:`analysis.stakeholder_mentions`) and every money or percentage
fact (:func:`analysis.extract_financing`) becomes a *mark* on the article's
paragraphs.  A mark can be reached by keyboard (Tab) and shows, on hover or
focus, what the modules concluded about it.

How the page is built, and why:

* **Escaping first.**  The article is data, not markup: every piece of text,
  and every value that goes into an attribute, passes through
  ``html.escape``, so ``<script>``, ``&amp;`` or quotation marks in an
  article show as written and never run.
* **Nesting from offsets.**  Marks can overlap (a money fact inside a
  quotation, a stakeholder mention inside a speaker mention).  The HTML is
  built from the sorted offsets with a stack: a mark that crosses the end of
  an enclosing one is closed there and reopened after it, so the tags always
  nest and the text is never repeated or lost.
* **One anchor per row.**  Each quotation, mention and fact has one element
  with a stable ``id`` (:func:`anchor_id`), so a table in a chapter can link
  each row to its place on the page (:func:`anchor_href`, :func:`link_rows`).
* **Not by colour alone.**  Kinds differ in line style (solid, dashed, dotted,
  boxed, underlined), quotations and facts carry their id as a small label,
  and colour only tells sources apart.  In print, tooltips become numbered
  notes under each paragraph.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, replace

import pandas as pd

from .article import Article, ArticleError
from .financing import extract_financing
from .quotes import extract_quotes, reported_claims
from .stakeholders import stakeholder_mentions

__all__ = [
    "ANNOTATION_COLUMNS",
    "ANCHOR_PREFIXES",
    "anchor_id",
    "anchor_href",
    "link_rows",
    "annotation_table",
    "annotation_legend",
    "annotated_html",
    "annotated_document",
]

# ---------------------------------------------------------------------------
# Rules as data
# ---------------------------------------------------------------------------

#: Kind of table row -> prefix of its anchor on the annotated page.  Rows with
#: an id column (quotations, claims, mentions, facts) use the id; sources and
#: stakeholders (one row per name) use a slug of the name.
ANCHOR_PREFIXES = {
    "quote": "q",         # a quotation (quote_id Q01 -> q-Q01)
    "claim": "sp",        # a reported claim: the words naming its source (claim_id C01 -> sp-C01)
    "speaker": "sp",      # the speaker mention of a quotation (quote_id Q01 -> sp-Q01)
    "mention": "m",       # one stakeholder mention, by its offsets (start 412, end 422 -> m-412-422)
    "fact": "f",          # a money or percentage fact (fact_id F01 -> f-F01)
    "source": "src",      # a source's entry in the key under the article
    "stakeholder": "st",  # a stakeholder's entry in the index under the article
    "sentence": "s",      # the start of a sentence (sentence_id 12 -> s-12)
    "paragraph": "para",  # a paragraph (paragraph_id 3 -> para-3; the page shows it as ¶4, counting from 1)
}
# Common synonyms a caller may use for the kinds above.
_KIND_ALIASES = {"q": "quote", "quotation": "quote", "f": "fact", "money": "fact", "m": "mention",
                 "c": "claim", "sp": "speaker", "src": "source", "st": "stakeholder"}

#: The annotated page, relative to the other chapters (they sit in one folder).
PAGE = "annotated.html"

# Layers in nesting order: for two marks with the same offsets, the first is outside.
_LAYERS = ("quotation", "speaker", "stakeholder", "fact")

# Okabe & Ito (2008) colour-blind-safe palette (the figures use it too); one colour per source.
_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")

# What each quotation kind and fact unit is called in tooltips and the legend.
_KIND_NAMES = {"full": "full quotation", "partial": "partial quotation", "term": "term or scare quote"}

# Quotation marks that may stand just outside a quotation's offsets (the mark
# then covers them too, so the reader sees the whole quotation marked).
_OPEN_MARKS = "“‘«„‚\"'"
_CLOSE_MARKS = "”’»“‘\"'"

ANNOTATION_COLUMNS = ["anchor", "layer", "row_ids", "start", "end", "text", "style", "group", "details"]

# The page's style sheet.  Each layer has its own line style; colour (the
# source's, through --src) is a second channel, never the only one.
_CSS = """
.ann-root{--ann-ink:#1a1a1a;line-height:1.9}
.ann-root .ann-para{white-space:pre-line;margin:0 0 1.1rem 0}
.ann-root .ann-para::before{content:"¶" attr(data-n);font:600 .7rem/1 system-ui,sans-serif;opacity:.7;margin-right:.35rem}
.ann{position:relative;color:inherit}
.ann:focus{outline:3px solid currentColor;outline-offset:2px}
.ann:target,.ann-para:target{outline:3px dashed currentColor;outline-offset:3px}
.ann-anchor:target+*{outline:3px dashed currentColor;outline-offset:3px}
.ann::after{content:attr(data-tip);display:none;position:absolute;left:0;top:100%;z-index:30;
 width:max-content;max-width:min(28rem,80vw);white-space:pre-line;background:#1a1a1a;color:#fff;
 font:400 .8rem/1.35 system-ui,sans-serif;padding:.35rem .55rem;border-radius:4px;pointer-events:none;
 text-align:left;text-indent:0}
.ann[data-tip]:hover::after,.ann[data-tip]:focus::after{display:block}
.ann:has(.ann:hover)::after,.ann:has(.ann:focus)::after{display:none}
.ann-q{background:color-mix(in srgb,var(--src,#777) 16%,transparent);border-bottom:3px solid var(--src,#777);
 padding-bottom:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.ann-q.ann-partial{border-bottom-style:dashed}
.ann-q.ann-alt,.ann-swatch.ann-alt{background:repeating-linear-gradient(135deg,
 color-mix(in srgb,var(--src,#777) 30%,transparent) 0 3px,transparent 3px 7px)}
.ann-q.ann-term{background:none;border:1.5px dotted currentColor;border-radius:3px;padding:0 2px}
.ann-q[data-tag]::before,.ann-f[data-tag]::before{content:attr(data-tag);font:600 .62rem/1 system-ui,sans-serif;
 vertical-align:super;margin-right:2px;opacity:.85}
.ann-sp{text-decoration:underline solid var(--src,currentColor) 2px;text-underline-offset:3px;font-weight:600}
a.ann-sp,a.ann-sp:visited{color:inherit}
.ann-st{text-decoration:underline dotted currentColor 1.5px;text-underline-offset:6px}
.ann-f{border:1.5px solid currentColor;border-radius:3px;padding:0 2px;font-weight:600;
 -webkit-box-decoration-break:clone;box-decoration-break:clone}
.ann-f.ann-percent{border-style:double;border-width:3px}
.ann-anchor{display:inline}
.ann-notes{display:none;font-size:.8rem;line-height:1.4;margin:-.6rem 0 1rem 1.2rem}
.ann-legend{border:1px solid #ccc;border-radius:6px;padding:.6rem .9rem;margin:0 0 1.2rem 0;line-height:2.1}
.ann-legend h2,.ann-index h2{font-size:1rem;font-weight:700;border:0;margin:.2rem 0 .4rem 0}
.ann-legend ul,.ann-index ul{list-style:none;padding-left:0;margin:0}
.ann-swatch{display:inline-block;width:1.1em;height:.8em;border-bottom:3px solid var(--src);
 background:color-mix(in srgb,var(--src) 16%,transparent);margin-right:.35rem;vertical-align:middle}
.ann-index{font-size:.9rem;line-height:1.6;margin-top:1.5rem}
.ann-missing{font-style:italic}
.ann-skip{font-size:.85rem}
@media print{
 .ann::after{display:none!important}
 .ann-notes{display:block}
 .ann-notes .ann-plain{display:none}
 .ann-q{background:none}
 .ann,.ann-legend{break-inside:auto}
 .ann-root{line-height:1.7}
}
"""


@dataclass(frozen=True)
class _Mark:
    """One mark to draw: offsets, nesting rank, and the attributes of its element."""

    start: int
    end: int
    rank: int
    anchor: str
    classes: str
    tip: str
    link: str | None = None     # href of a speaker mention (rendered as <a>)
    colour: str | None = None
    tag: str | None = None      # small label shown before the mark (Q03, F01)
    extra_anchors: tuple[str, ...] = ()
    plain: bool = False         # nothing to add beyond the words (a stakeholder named by name): no printed note


# ---------------------------------------------------------------------------
# Anchors
# ---------------------------------------------------------------------------
def _slug(name: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", str(name).lower()).strip("-")
    if not s:  # a name with no ASCII letters or digits: use its code points
        s = "u" + "-".join(f"{ord(c):x}" for c in str(name) if not c.isspace())[:40]
    return s


def _kind(kind: str) -> str:
    k = _KIND_ALIASES.get(str(kind).lower(), str(kind).lower())
    if k not in ANCHOR_PREFIXES:
        raise ArticleError(f"anchor kind {kind!r} is not one of {', '.join(ANCHOR_PREFIXES)}")
    return k


def anchor_id(kind: str, row_id: str) -> str:
    """The ``id`` of a row's mark on the annotated page.

    Parameters
    ----------
    kind : str
        One of the keys of :data:`ANCHOR_PREFIXES` (``quote``, ``claim``,
        ``speaker``, ``mention``, ``fact``, ``source``, ``stakeholder``).
    row_id : str
        The row's id (``Q01``, ``F03``) or, for ``source`` and
        ``stakeholder``, the name.

    Raises
    ------
    ArticleError
        For an unknown kind.

    Examples
    --------
    >>> anchor_id("quote", "Q01"), anchor_id("fact", "F12")
    ('q-Q01', 'f-F12')
    >>> anchor_id("source", "Jane Doe")
    'src-jane-doe'
    """
    k = _kind(kind)
    if k in ("source", "stakeholder"):
        return f"{ANCHOR_PREFIXES[k]}-{_slug(row_id)}"
    rid = re.sub(r"[^A-Za-z0-9_-]+", "-", str(row_id)).strip("-") or "x"
    return f"{ANCHOR_PREFIXES[k]}-{rid}"


def anchor_href(kind: str, row_id: str, *, page: str = PAGE) -> str:
    """A link to a row's mark: ``page#anchor``.

    Chapters sit in one folder, so the default ``annotated.html`` works from
    any chapter.  Pass ``page=""`` for a link inside the annotated page.

    Examples
    --------
    >>> anchor_href("quote", "Q01")
    'annotated.html#q-Q01'
    >>> anchor_href("fact", "F02", page="")
    '#f-F02'
    """
    return f"{page}#{anchor_id(kind, row_id)}"


def link_rows(df: pd.DataFrame, kind: str, *, id_column: str | None = None, column: str = "link",
              page: str = PAGE) -> pd.DataFrame:
    """A copy of ``df`` with a column of links to each row's mark on the annotated page.

    Use it with :func:`analysis.book.show_table`:
    ``show_table(link_rows(q, "quote"), name="quotes", links={"quote_id": "link"})``
    makes each quotation id a link to the quotation.

    Parameters
    ----------
    df : pandas.DataFrame
        A table of quotations, claims, mentions, facts, sources or
        stakeholders; any table with a ``sentence_id`` can link its sentences.
    kind : str
        See :func:`anchor_id`.
    id_column : str, optional
        The column holding the row id.  By default ``quote_id`` for quotes and
        speakers, ``claim_id``, ``fact_id``, ``speaker`` for sources and
        ``stakeholder`` (or ``name``) for stakeholders, ``sentence_id`` and
        ``paragraph_id`` for sentences and paragraphs.  A mention is known by
        its offsets (``start``-``end``), so a filtered table of mentions
        still links right.
    column : str
        Name of the new column.
    page : str
        See :func:`anchor_href`.

    Returns
    -------
    pandas.DataFrame
        ``df`` with one more column, ``column``, holding ``page#anchor``
        (empty for a stakeholder with no mention in the text).

    Examples
    --------
    >>> t = pd.DataFrame({"fact_id": ["F01", "F02"], "value": [1.0, 2.0]})
    >>> link_rows(t, "fact")["link"].tolist()
    ['annotated.html#f-F01', 'annotated.html#f-F02']
    """
    k = _kind(kind)
    out = df.copy()
    if id_column is None and k == "mention" and "mention_id" not in df.columns:
        if not {"start", "end"} <= set(df.columns):
            raise ArticleError("link_rows: a table of mentions needs start and end columns (or pass id_column=)")
        out[column] = [anchor_href(k, f"{a}-{b}", page=page) for a, b in zip(df["start"], df["end"])]
        return out
    if id_column is None:
        defaults = {"quote": ["quote_id"], "speaker": ["quote_id"], "claim": ["claim_id"],
                    "mention": ["mention_id"], "fact": ["fact_id"], "source": ["speaker", "source"],
                    "stakeholder": ["stakeholder", "name"], "sentence": ["sentence_id"],
                    "paragraph": ["paragraph_id"]}[k]
        id_column = next((c for c in defaults if c in df.columns), None)
        if id_column is None:
            raise ArticleError(f"link_rows: the table has none of the columns {defaults}; pass id_column=")
    links = [anchor_href(k, v, page=page) for v in df[id_column]]
    if k == "stakeholder" and "mentions" in df.columns:
        # a stakeholder never mentioned in the text (a registry entry) has no place on the page
        links = [h if (n or 0) > 0 else "" for h, n in zip(links, df["mentions"].fillna(0))]
    out[column] = links
    return out


# ---------------------------------------------------------------------------
# Gathering the marks
# ---------------------------------------------------------------------------
def _records(df: pd.DataFrame) -> list[dict]:
    return df.to_dict("records") if len(df) else []


def _val(row: dict, col: str, default=None):
    v = row.get(col, default)
    if v is None or (isinstance(v, float) and v != v):  # None and NaN, the common cases, cheaply
        return default
    if isinstance(v, (str, int, list, tuple)):
        return v
    try:
        if pd.isna(v):  # pd.NA, NaT
            return default
    except (TypeError, ValueError):
        pass
    return v


def _int(row, col, default=-1) -> int:
    v = _val(row, col, default)
    try:
        return int(v)
    except (TypeError, ValueError):
        return default


def _fmt_value(value, unit) -> str:
    """``7e10, USD`` -> ``USD 70 billion``; ``10, percent`` -> ``10%``."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value) if value is not None else "?"
    if unit == "percent":
        return f"{v:g}%"
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= size:
            return f"{unit or ''} {v / size:,.4g} {word}".strip()
    return f"{unit or ''} {v:,.2f}".strip().replace(".00", "")


def _widen_to_marks(text: str, a: int, b: int) -> tuple[int, int]:
    """Cover the quotation marks just outside ``[a, b)``, if they are there."""
    if a > 0 and text[a - 1] in _OPEN_MARKS and b < len(text) and text[b] in _CLOSE_MARKS:
        return a - 1, b + 1
    return a, b


def _source_colours(quotes: pd.DataFrame | None, claims: pd.DataFrame | None) -> dict[str, str]:
    names = []
    for df in (quotes, claims):
        if df is not None and "speaker" in df.columns:
            names += [s for s in df["speaker"] if isinstance(s, str) and s]
    return {n: _PALETTE[i % len(_PALETTE)] for i, n in enumerate(dict.fromkeys(names))}


def _striped(colours: dict[str, str], name: str) -> bool:
    """Sources after the first eight reuse the palette's colours, striped, so no two sources look alike."""
    return name in colours and list(colours).index(name) >= len(_PALETTE)


def _quote_marks(article, quotes, colours, affiliation_of):
    marks = []
    text = article.text
    for r in _records(quotes):
        qid = str(_val(r, "quote_id", ""))
        a, b = _int(r, "start", 0), _int(r, "end", 0)
        a, b = _widen_to_marks(text, a, b)
        kind = str(_val(r, "kind", "full"))
        spk = _val(r, "speaker")
        lines = [f"{qid} · {_KIND_NAMES.get(kind, kind)}"]
        if spk:
            st = _val(r, "source_type")
            lines.append(f"source: {spk}" + (f" ({st})" if st else ""))
            aff = _val(r, "affiliation") or affiliation_of.get(spk)
            if aff:
                lines.append(f"affiliation: {aff}")
            if _val(r, "cue"):
                lines.append(f"cue: {_val(r, 'cue')}")
        else:
            lines.append("no speaker" + (f" ({_val(r, 'note')})" if _val(r, "note") else ""))
        if _val(r, "label") is not None:
            comp = _val(r, "compound")
            lines.append(f"tone: {_val(r, 'label')}" + (f" (VADER compound {float(comp):+.2f})" if comp is not None else ""))
        alt = " ann-alt" if spk and _striped(colours, spk) else ""
        marks.append(_Mark(a, b, 0, anchor_id("quote", qid), f"ann-q{alt} ann-{_slug(kind)}", "\n".join(lines),
                           colour=colours.get(spk) if spk else None, tag=qid))
    return marks


def _speaker_marks(quotes, claims, colours, affiliation_of):
    """One mark per distinct speaker-mention span; every row it serves gets an anchor."""
    spans: dict[tuple[int, int], dict] = {}
    for df, kind, id_col in ((quotes, "speaker", "quote_id"), (claims, "claim", "claim_id")):
        if df is None or "speaker_start" not in df.columns:
            continue
        for r in _records(df):
            a, b, spk = _int(r, "speaker_start"), _int(r, "speaker_end"), _val(r, "speaker")
            if a < 0 or b < a or not spk:
                continue
            e = spans.setdefault((a, b), {"speaker": spk, "rows": [], "anchors": []})
            e["rows"].append(str(_val(r, id_col, "")))
            e["anchors"].append(anchor_id(kind, _val(r, id_col, "")))
    marks = []
    for (a, b), e in spans.items():
        spk = e["speaker"]
        lines = ["speaker of " + ", ".join(e["rows"]), f"source: {spk}"]
        if affiliation_of.get(spk):
            lines.append(f"affiliation: {affiliation_of[spk]}")
        lines.append("(link: the source in the key below)")
        marks.append(_Mark(a, b, 1, e["anchors"][0], "ann-sp", "\n".join(lines),
                           link="#" + anchor_id("source", spk), colour=colours.get(spk),
                           extra_anchors=tuple(dict.fromkeys(e["anchors"][1:]))))
    return marks


def _mention_ids(mentions: pd.DataFrame) -> list[str]:
    """A mention is known by its ``mention_id`` if the table has one, else by its offsets (``412-422``)."""
    if "mention_id" in mentions.columns:
        return [str(x) for x in mentions["mention_id"]]
    if not len(mentions):
        return []
    return [f"{a}-{b}" for a, b in zip(mentions["start"], mentions["end"])]


def _stakeholder_marks(mentions):
    marks = []
    name_col = "stakeholder" if "stakeholder" in mentions.columns else "name"
    for mid, r in zip(_mention_ids(mentions), _records(mentions)):
        name = _val(r, name_col, "?")
        lines = [f"stakeholder: {name}"]
        for col, label in (("type", "type"), ("kind", "kind"), ("category", "category"), ("via", "found as")):
            if _val(r, col) is not None and col in mentions.columns:
                lines.append(f"{label}: {_val(r, col)}")
        marks.append(_Mark(_int(r, "start", 0), _int(r, "end", 0), 2, anchor_id("mention", mid), "ann-st",
                           "\n".join(lines), plain=_val(r, "via") == "name"))
    return marks


def _fact_marks(facts):
    marks = []
    for r in _records(facts):
        fid = str(_val(r, "fact_id", ""))
        unit = _val(r, "unit")
        lines = [f"{fid} · {_val(r, 'phrase', '')}".rstrip(" ·"), f"value: {_fmt_value(_val(r, 'value'), unit)}"]
        for col, label in (("direction", "direction"), ("qualifier", "qualifier"), ("event_type", "event type")):
            if _val(r, col):
                lines.append(f"{label}: {_val(r, col)}")
        period = _val(r, "period")
        span = ""
        if _val(r, "period_start") and _val(r, "period_end"):
            span = f" ({_val(r, 'period_start')} to {_val(r, 'period_end')})"
        lines.append(f"period: {period}{span}" if period else "period: not stated")
        lines.append(f"status: {_val(r, 'status', 'not stated')}")
        style = "ann-percent" if unit == "percent" else "ann-money"
        marks.append(_Mark(_int(r, "start", 0), _int(r, "end", 0), 3, anchor_id("fact", fid), f"ann-f {style}",
                           "\n".join(lines), tag=fid))
    return marks


def _gather(article, quotes, claims, mentions, facts, registry, company):
    if not isinstance(article, Article):
        raise ArticleError(f"expected an Article, got {type(article).__name__}")
    missing = []  # every analysis is available; kept for callers that pass their own tables
    if quotes is None:
        quotes = extract_quotes(article, company=company)
    if claims is None:
        claims = reported_claims(article, company=company)
    if mentions is None:
        mentions = stakeholder_mentions(article, registry=registry)
    if facts is None:
        facts = extract_financing(article)
    affiliation_of = {}
    for df in (claims, quotes):
        if df is not None and "affiliation" in df.columns:
            affiliation_of.update({s: a for s, a in zip(df["speaker"], df["affiliation"])
                                   if isinstance(s, str) and isinstance(a, str)})
    colours = _source_colours(quotes, claims)
    marks = []
    if quotes is not None:
        marks += _quote_marks(article, quotes, colours, affiliation_of)
    marks += _speaker_marks(quotes, claims, colours, affiliation_of)
    if mentions is not None:
        marks += _stakeholder_marks(mentions)
    if facts is not None:
        marks += _fact_marks(facts)
    n = len(article.text)
    marks = [m if 0 <= m.start <= m.end <= n else _clip(m, n) for m in marks]
    marks = _unique_anchors(marks)
    marks.sort(key=lambda m: (m.start, -m.end, m.rank))
    return marks, dict(quotes=quotes, claims=claims, mentions=mentions, facts=facts, colours=colours,
                       affiliation_of=affiliation_of, missing=missing)


def _unique_anchors(marks: list[_Mark]) -> list[_Mark]:
    """Two rows with one id (a table with a repeated id, two mentions on the same words): number the later ones."""
    used: set[str] = set()

    def fresh(a: str) -> str:
        k, out = 1, a
        while out in used:
            k += 1
            out = f"{a}-{k}"
        used.add(out)
        return out

    return [replace(m, anchor=fresh(m.anchor), extra_anchors=tuple(fresh(x) for x in m.extra_anchors)) for m in marks]


def _clip(m: _Mark, n: int) -> _Mark:
    a = min(max(m.start, 0), n)
    b = min(max(m.end, a), n)
    return replace(m, start=a, end=b)


def annotation_table(article: Article, *, quotes: pd.DataFrame | None = None, claims: pd.DataFrame | None = None,
                     mentions: pd.DataFrame | None = None, facts: pd.DataFrame | None = None,
                     registry=None, company: str | None = None) -> pd.DataFrame:
    """Every mark the annotated page draws, one row each.

    The tables default to what the modules compute (:func:`analysis.extract_quotes`,
    :func:`analysis.reported_claims`, :func:`analysis.stakeholder_mentions`,
    :func:`analysis.extract_financing`); pass a table to use it instead.

    Parameters
    ----------
    article : Article
    quotes, claims, mentions, facts : pandas.DataFrame, optional
        Tables to draw instead of the modules' own.
    registry : str or pathlib.Path, optional
        Stakeholder registry passed to :func:`analysis.stakeholder_mentions`.
    company : str, optional
        The story's company, passed to :func:`analysis.extract_quotes`.

    Returns
    -------
    pandas.DataFrame
        Ordered by ``start``, then outer marks first, with columns:

        ``anchor``
            The ``id`` of the mark's element (``q-Q01``, ``sp-Q03``,
            ``m-412-422``, ``f-F01``), see :func:`anchor_id`.
        ``layer``
            ``quotation``, ``speaker``, ``stakeholder`` or ``fact``.
        ``row_ids``
            The table rows the mark stands for (a list; a speaker mention
            that attributes several quotations lists them all).
        ``start``, ``end``
            Offsets of the marked text in ``article.text``.  A quotation's
            mark includes the quotation marks around it when they are there.
        ``text``
            ``article.text[start:end]``.
        ``style``
            The look of the mark: ``full``, ``partial`` or ``term`` for a
            quotation, ``speaker``, ``stakeholder``, ``money`` or ``percent``.
        ``group``
            The colour of the mark (a source's palette colour) or None.
        ``details``
            What the tooltip says: the modules' conclusions about the row.

    Examples
    --------
    >>> art = Article.from_text('“We spent $5bn,” says Jane Doe.')
    >>> q = pd.DataFrame({"quote_id": ["Q01"], "start": [1], "end": [15], "kind": ["full"],
    ...                   "speaker": ["Jane Doe"], "speaker_start": [22], "speaker_end": [30]})
    >>> f = pd.DataFrame({"fact_id": ["F01"], "start": [10], "end": [14], "value": [5e9], "unit": ["USD"]})
    >>> t = annotation_table(art, quotes=q, claims=q.iloc[:0], mentions=q.iloc[:0], facts=f)
    >>> t[["anchor", "layer", "text"]].values.tolist()
    [['q-Q01', 'quotation', '“We spent $5bn,”'], ['f-F01', 'fact', '$5bn'], ['sp-Q01', 'speaker', 'Jane Doe']]
    """
    marks, _ = _gather(article, quotes, claims, mentions, facts, registry, company)
    rows = []
    for m in marks:
        layer = _LAYERS[m.rank]
        rid = m.anchor.split("-", 1)[1]
        ids = [rid] + [x.split("-", 1)[1] for x in m.extra_anchors]
        style = m.classes.split()[-1].removeprefix("ann-")
        style = {"sp": "speaker", "st": "stakeholder"}.get(style, style)
        rows.append((m.anchor, layer, ids, m.start, m.end, article.text[m.start:m.end], style, m.colour, m.tip))
    return pd.DataFrame(rows, columns=ANNOTATION_COLUMNS).astype({"start": "int64", "end": "int64"})


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------
def _attr(value) -> str:
    return html.escape(str(value), quote=True)


def _open(m: _Mark, *, first: bool, in_link: bool) -> tuple[str, str]:
    """The opening and closing tags of ``m``; only its first fragment carries the id."""
    attrs = [f'class="ann {m.classes}{"" if first else " ann-frag"}"']
    if first:
        attrs.append(f'id="{_attr(m.anchor)}"')
        attrs.append(f'aria-describedby="n-{_attr(m.anchor)}"')
    if m.colour:
        attrs.append(f'style="--src:{_attr(m.colour)}"')
    if m.tag and first:
        attrs.append(f'data-tag="{_attr(m.tag)}"')
    attrs.append(f'data-tip="{_attr(m.tip)}"')
    tag = "a" if m.link and not in_link else "span"
    if tag == "a":
        attrs.append(f'href="{_attr(m.link)}"')
        if not first:
            attrs.append('tabindex="-1"')
    elif first:
        attrs.append('tabindex="0"')
    pre = "".join(f'<span class="ann-anchor" id="{_attr(x)}"></span>' for x in m.extra_anchors) if first else ""
    return pre + f"<{tag} {' '.join(attrs)}>", f"</{tag}>"


def _render_paragraph(text: str, a: int, b: int, marks: list[_Mark], done: set[str],
                      anchors: tuple[tuple[int, str], ...] = ()) -> str:
    """Escaped HTML of ``text[a:b]`` with ``marks`` (sorted, clipped to the paragraph) properly nested.

    ``anchors`` are (offset, id) pairs: empty elements to link to (a sentence's start).
    """
    cuts = sorted({a, b} | {m.start for m in marks} | {m.end for m in marks} | {x for x, _ in anchors})
    todo = list(anchors)
    out: list[str] = []
    stack: list[tuple[_Mark, str]] = []  # open marks and their closing tags
    i, pos = 0, a

    def opened(m: _Mark) -> str:
        first = m.anchor not in done
        done.add(m.anchor)
        o, c = _open(m, first=first, in_link=any(x.link for x, _ in stack))
        stack.append((m, c))
        return o

    for x in cuts:
        if x > pos:
            out.append(html.escape(text[pos:x]))
            pos = x
        # Close every mark that ends here; marks above it that go on are closed and reopened.
        if any(m.end <= x for m, _ in stack):
            reopen = []
            while any(m.end <= x for m, _ in stack):
                m, c = stack.pop()
                out.append(c)
                if m.end > x:
                    reopen.append(m)
            for m in reversed(reopen):
                out.append(opened(m))
        while todo and todo[0][0] <= x:
            out.append(f'<span class="ann-anchor" id="{_attr(todo.pop(0)[1])}"></span>')
        while i < len(marks) and marks[i].start <= x:
            m = marks[i]
            i += 1
            out.append(opened(m))
            if m.end <= x:  # an empty mark: open and close at once
                out.append(stack.pop()[1])
    while stack:
        out.append(stack.pop()[1])
    return "".join(out)


def _notes(text: str, marks: list[_Mark], anchors: set[str]) -> str:
    """The paragraph's notes: each mark's words and details (hidden on screen, printed; aria-describedby)."""
    items = []
    for m in marks:
        if m.anchor not in anchors:
            continue
        words = " ".join(text[m.start:m.end].split())
        words = words if len(words) <= 60 else words[:57] + "…"
        plain = ' class="ann-plain"' if m.plain else ""
        words = "" if m.tag else f"{html.escape(words)}: "  # a tagged mark's note starts with its tag
        items.append(f'<li id="n-{_attr(m.anchor)}"{plain}>{words}{html.escape(m.tip).replace(chr(10), " · ")}</li>')
    return f'<ul class="ann-notes">{"".join(items)}</ul>' if items else ""


def _body(article: Article, marks: list[_Mark]) -> str:
    text = article.text
    paras = article.paragraphs
    by_para: list[list[_Mark]] = [[] for _ in paras]
    starts = [p.start for p in paras]
    for m in marks:
        hit = False
        for k in range(max(bisect.bisect_right(starts, m.start) - 1, 0), len(paras)):
            p = paras[k]
            if p.start >= m.end and not (m.start == m.end and p.start == m.start):
                break
            if m.start < p.end and m.end > p.start or (m.start == m.end and p.start <= m.start <= p.end):
                by_para[k].append(replace(m, start=max(m.start, p.start), end=min(m.end, p.end)))
                hit = True
        if not hit:  # a mark in the white space between paragraphs: an empty mark where the next one starts
            k = min(bisect.bisect_left(starts, m.start), len(paras) - 1)
            at = paras[k].start if paras[k].start >= m.start else paras[k].end
            by_para[k].append(replace(m, start=at, end=at))
    done: set[str] = set()
    out = []
    for p, pm in zip(paras, by_para):
        pm.sort(key=lambda m: (m.start, -m.end, m.rank))
        before = set(done)
        sents = tuple((s.start, anchor_id("sentence", s.sentence_id)) for s in article.sentences_of(p.paragraph_id))
        body = _render_paragraph(text, p.start, p.end, pm, done, sents)
        out.append(f'<p class="ann-para" id="{anchor_id("paragraph", p.paragraph_id)}" data-n="{p.paragraph_id + 1}">'
                   f'{body}</p>'
                   + _notes(text, pm, done - before))
    return "".join(out)


def _sample(classes: str, label: str, *, colour: str | None = None, tag: str | None = None) -> str:
    """A mark as the legend shows it (not focusable: it stands for nothing in the article)."""
    style = f' style="--src:{colour}"' if colour else ""
    data = f' data-tag="{tag}"' if tag else ""
    return f'<span class="ann {classes}"{style}{data}>{html.escape(label)}</span>'


def _legend(extra: dict) -> str:
    q = extra["quotes"]
    items = [
        ("full quotation: a clause or more of someone's words (solid line)", _sample("ann-q ann-full", "“…”", colour="#777", tag="Q")),
        ("partial quotation: a fragment inside the reporter's sentence (dashed line)", _sample("ann-q ann-partial", "“…”", colour="#777", tag="Q")),
        ("term or scare quote: a label, no speaker (dotted box)", _sample("ann-q ann-term", "“…”", tag="Q")),
        ("speaker mention: the words a quotation is attributed to; links to its source (bold, underlined)", _sample("ann-sp", "she")),
        ("stakeholder mention (dotted underline)", _sample("ann-st", "Acme")),
        ("money amount (boxed)", _sample("ann-f ann-money", "$5bn", tag="F")),
        ("percentage (double box)", _sample("ann-f ann-percent", "12%", tag="F")),
    ]
    lis = "".join(f"<li>{s} {html.escape(t)}</li>" for t, s in items)
    out = ('<div class="ann-legend" role="note" aria-label="Legend of the annotated article"><h2>Legend</h2>'
           f"<ul>{lis}</ul>"
           "<p>Hover over a mark, or move to it with the Tab key, to see what the analysis concluded. "
           "Quotations are tinted in their source's colour (key below the article; after eight sources "
           "the colours come back striped); "
           "the small labels (Q01, F01) are the row ids of the tables in the chapters.</p>")
    if extra["missing"]:
        out += f'<p class="ann-missing">Not marked (analysis not available): {html.escape(", ".join(extra["missing"]))}.</p>'
    if q is not None and not len(q):
        out += '<p class="ann-missing">The analysis found no quotations in this article.</p>'
    return out + "</div>"


def _id_once(anchor: str, used: set[str]) -> str:
    """`` id="..."`` the first time an anchor is used, else nothing (two names with one slug)."""
    if anchor in used:
        return ""
    used.add(anchor)
    return f' id="{_attr(anchor)}"'


def _index(extra: dict, article: Article) -> str:
    """Source key (colour, affiliation, links to quotations) and stakeholder index (links to mentions)."""
    q, c, colours, aff = extra["quotes"], extra["claims"], extra["colours"], extra["affiliation_of"]
    parts: list[str] = []
    used: set[str] = set()
    if colours:
        rows_of: dict[str, list[tuple[str, str]]] = {}
        for df, kind, id_col in ((q, "quote", "quote_id"), (c, "claim", "claim_id")):
            if df is not None and id_col in df.columns and "speaker" in df.columns:
                for spk, rid in zip(df["speaker"], df[id_col]):
                    rows_of.setdefault(spk, []).append((kind, rid))
        lis = []
        for name, col in colours.items():
            links = []
            for kind, rid in rows_of.get(name, []):
                links.append(f'<a href="#{_attr(anchor_id(kind, rid))}">{html.escape(str(rid))}</a>')
            a = f" ({html.escape(aff[name])})" if aff.get(name) else ""
            alt = " ann-alt" if _striped(colours, name) else ""
            lis.append(f'<li{_id_once(anchor_id("source", name), used)}><span class="ann-swatch{alt}" style="--src:{col}"></span>'
                       f"<strong>{html.escape(name)}</strong>{a}: {' '.join(links)}</li>")
        parts.append(f'<div class="ann-index" id="ann-sources"><h2>Sources</h2><ul>{"".join(lis)}</ul></div>')
    m = extra["mentions"]
    if m is not None and len(m):
        name_col = "stakeholder" if "stakeholder" in m.columns else "name"
        groups: dict[str, list[str]] = {}
        seen: dict[tuple[str, str], int] = {}
        starts = [p.start for p in article.paragraphs]  # (Article.paragraph_at rebuilds this list per call)
        for mid, r in zip(_mention_ids(m), _records(m)):
            k = bisect.bisect_right(starts, _int(r, "start", 0)) - 1
            name = str(_val(r, name_col, "?"))
            label = f"¶{article.paragraphs[k].paragraph_id + 1}" if k >= 0 else mid
            n = seen[name, label] = seen.get((name, label), 0) + 1
            label = label if n == 1 else f"{label}·{n}"  # the second mention in the same paragraph: ¶10·2
            groups.setdefault(name, []).append(
                f'<a href="#{_attr(anchor_id("mention", mid))}">{html.escape(label)}</a>')
        lis = "".join(f'<li{_id_once(anchor_id("stakeholder", n), used)}><strong>{html.escape(n)}</strong>: {" ".join(ls)}</li>'
                      for n, ls in groups.items())
        parts.append(f'<div class="ann-index" id="ann-stakeholders"><h2>Stakeholders</h2><ul>{lis}</ul></div>')
    return "".join(parts)


def annotation_legend(article: Article | None = None, **tables) -> str:
    """HTML of the legend alone (with the page's style sheet).

    Parameters
    ----------
    article : Article, optional
        When given, the legend also says which analyses are missing.
    **tables
        ``quotes``, ``claims``, ``mentions``, ``facts``, ``registry``,
        ``company`` as for :func:`annotation_table`.

    Examples
    --------
    >>> "dashed" in annotation_legend()
    True
    """
    if article is None:
        extra = dict(quotes=None, colours={}, missing=[])
    else:
        _, extra = _gather(article, tables.get("quotes"), tables.get("claims"), tables.get("mentions"),
                           tables.get("facts"), tables.get("registry"), tables.get("company"))
    return f"<style>{_CSS}</style>" + _legend(extra)


def annotated_html(article: Article, *, quotes: pd.DataFrame | None = None, claims: pd.DataFrame | None = None,
                   mentions: pd.DataFrame | None = None, facts: pd.DataFrame | None = None,
                   registry=None, company: str | None = None, legend: bool = True) -> str:
    """The annotated article as an HTML fragment (style sheet included).

    Paragraphs come in order, each a ``<p class="ann-para">``; marks are
    elements with class ``ann`` and the ids of :func:`anchor_id`.  Under the
    article: a key of sources (their colour, affiliation and quotations) and
    an index of stakeholders (links to each mention).  All article text is
    escaped.

    Parameters
    ----------
    article : Article
    quotes, claims, mentions, facts, registry, company
        As for :func:`annotation_table`.
    legend : bool
        Put the legend (:func:`annotation_legend`) above the article.

    Returns
    -------
    str
        HTML to show with ``IPython.display.HTML`` or to put in a page.

    Raises
    ------
    ArticleError
        If ``article`` is not an :class:`Article`.

    Examples
    --------
    >>> art = Article.from_text('Sales rose 5%. <b>“Fine,”</b> said Jo.')
    >>> f = pd.DataFrame({"fact_id": ["F01"], "start": [11], "end": [13], "value": [5.0], "unit": ["percent"]})
    >>> none = pd.DataFrame({"start": [], "end": []})
    >>> h = annotated_html(art, quotes=none, claims=none, mentions=none, facts=f, legend=False)
    >>> '<span class="ann ann-f ann-percent" id="f-F01"' in h, "&lt;b&gt;" in h, "<b>" in h
    (True, True, False)
    """
    marks, extra = _gather(article, quotes, claims, mentions, facts, registry, company)
    head = _legend(extra) if legend else ""
    index = _index(extra, article)
    if index:  # every mark is a tab stop: let keyboard users jump past the article
        skip = " · ".join(f'<a href="#{i}">{t}</a>' for i, t in (("ann-sources", "the sources"),
                                                                 ("ann-stakeholders", "the stakeholders"))
                          if f'id="{i}"' in index)
        head += f'<p class="ann-skip">Skip the article, go to {skip}.</p>'
    return (f'<style>{_CSS}</style><div class="ann-root">{head}'
            f'<div class="ann-article" lang="en">{_body(article, marks)}</div>{index}</div>')


def annotated_document(article: Article, **kw) -> str:
    """A complete HTML page holding :func:`annotated_html` (for a standalone file).

    Keyword arguments go to :func:`annotated_html`.

    Examples
    --------
    >>> annotated_document(Article.from_text("<i>Hi</i>"), quotes=pd.DataFrame(), claims=pd.DataFrame(),
    ...                    mentions=pd.DataFrame(), facts=pd.DataFrame()).startswith("<!DOCTYPE html>")
    True
    """
    title = html.escape(article.title or article.name or "Annotated article")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\">"
            f"<title>{title}: annotated</title></head><body><main><h1>{title}</h1>"
            f"{annotated_html(article, **kw)}</main></body></html>\n")
