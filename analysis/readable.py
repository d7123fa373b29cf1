"""Tables and numbers for readers: one formatter that every chapter uses.

A reader's table leads with the words (the quotation, the sentence), uses
plain-English headers, shows numbers as people write them (``$70bn``,
``0.13``, ``400,000``) and leaves empty cells blank: never ``<NA>``,
``NaN``, ``None``, ``NaT`` or ``4e+05``.  Technical columns (offsets, ids,
raw scores) stay in the downloadable CSV, which holds every column as a plain
value (lists joined with ``"; "``).

The functions here know nothing about a particular article.
"""

from __future__ import annotations

import html
import math
import re
from urllib.parse import quote

import pandas as pd

__all__ = ["is_missing", "format_number", "format_amount", "format_cell", "plain_frame", "plain_csv",
           "money_style", "reader_frame", "show_table", "figure_html", "COLLAPSE_ROWS"]

#: Tables with more rows than this are folded away (a ``<details>`` element) so the essay stays readable.
COLLAPSE_ROWS = 12

# Scale words of the two usual styles of writing amounts: "$70bn" (short) and "$70 billion" (long).
_SCALES = ((1e12, "tn", " trillion"), (1e9, "bn", " billion"), (1e6, "mn", " million"))
_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "INR": "₹"}
_SHORT_RX = re.compile(r"\d\s?(?:bn|tn|mn|m|k)\b", re.I)
_LONG_RX = re.compile(r"\d\s(?:billion|trillion|million|thousand)\b", re.I)


def is_missing(value) -> bool:
    """True for ``None`` and every pandas or numpy missing value (NaN, NA, NaT).

    >>> [is_missing(v) for v in (None, float("nan"), pd.NA, pd.NaT, 0, "", [])]
    [True, True, True, True, False, False, False]
    """
    if value is None:
        return True
    if isinstance(value, (list, tuple, set, dict)):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def format_number(value, *, digits: int = 2) -> str:
    """A number as a person writes it: thousands separated, at most ``digits`` decimals, no e-notation.

    >>> format_number(400000), format_number(400000.0), format_number(0.1346), format_number(-0.5)
    ('400,000', '400,000', '0.13', '-0.5')
    >>> format_number(float("nan")), format_number(2.0), format_number(1234.5678)
    ('', '2', '1,234.57')
    """
    if is_missing(value):
        return ""
    value = float(value)
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    if value.is_integer():
        return f"{int(value):,}"
    text = f"{value:,.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def money_style(phrases) -> str:
    """``"short"`` when the article writes amounts as ``$70bn`` or ``$300m``, ``"long"`` for ``$70 billion``.

    ``phrases`` are the money phrases as the article writes them (the ``phrase`` column of
    :func:`analysis.extract_financing`); a tie or no amount gives ``"short"``.

    >>> money_style(["$70bn", "about $600bn", "$5 billion"]), money_style(["$5 billion", "$300 million"])
    ('short', 'long')
    """
    short = sum(bool(_SHORT_RX.search(str(p))) for p in phrases)
    long_ = sum(bool(_LONG_RX.search(str(p))) for p in phrases)
    return "long" if long_ > short else "short"


def format_amount(value, unit: str | None, *, style: str = "short") -> str:
    """An amount in the article's own style: ``$70bn``, ``€1.5tn``, ``$300mn``, ``12%``, ``400,000 JPY``.

    Parameters
    ----------
    value : float
        The magnitude (``7e10`` for seventy billion).
    unit : str or None
        An ISO currency code, ``"percent"``, or None for a plain number.
    style : {"short", "long"}
        ``"short"`` writes ``$70bn``; ``"long"`` writes ``$70 billion`` (see :func:`money_style`).

    Examples
    --------
    >>> format_amount(7e10, "USD"), format_amount(1.5e12, "EUR"), format_amount(2.5e8, "GBP", style="long")
    ('$70bn', '€1.5tn', '£250 million')
    >>> format_amount(-12.5, "percent"), format_amount(950, "USD"), format_amount(4e9, "CHF")
    ('-12.5%', '$950', '4bn CHF')
    """
    if is_missing(value):
        return ""
    if unit == "percent":
        return f"{format_number(value, digits=1)}%"
    sign, mag = ("-" if value < 0 else ""), abs(float(value))
    number = format_number(mag)
    for size, short, long_ in _SCALES:
        if mag >= size:
            number = format_number(mag / size, digits=2 if mag / size < 10 else 1)
            number += short if style == "short" else long_
            break
    if not unit:
        return sign + number
    symbol = _SYMBOLS.get(str(unit))
    return f"{sign}{symbol}{number}" if symbol else f"{sign}{number} {unit}"


def format_cell(value) -> str:
    """One cell for a reader: lists joined with "; ", numbers by :func:`format_number`, missing as blank.

    >>> [format_cell(v) for v in (["Ann", "Bo"], 0.126, 3, True, None, pd.NaT, "a <b>")]
    ['Ann; Bo', '0.13', '3', 'yes', '', '', 'a <b>']
    """
    if isinstance(value, (list, tuple, set)):
        return "; ".join(format_cell(v) for v in value if not is_missing(v))
    if is_missing(value):
        return ""
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return "yes" if value else "no"
    if isinstance(value, (int, float)) or pd.api.types.is_number(value):
        return format_number(value)
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat(sep=" ")
    return str(value)


def _plain(value):
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(_plain(v)) for v in value if not is_missing(v))
    if is_missing(value):
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return int(value)
    return value


def plain_frame(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with plain values for a CSV: lists joined with "; ", missing values empty, whole floats as integers.

    >>> plain_frame(pd.DataFrame({"a": [["x", "y"], None], "b": [4e5, float("nan")]})).values.tolist()
    [['x; y', 400000], ['', '']]
    """
    return pd.DataFrame({c: [_plain(v) for v in df[c]] for c in df.columns}, index=range(len(df)))


def plain_csv(df: pd.DataFrame) -> str:
    """The CSV text of :func:`plain_frame` (no index), as the download links of the book offer it."""
    return plain_frame(df).to_csv(index=False)


def reader_frame(df: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    """The columns a reader sees, renamed to plain-English headers, every cell a formatted string.

    Parameters
    ----------
    df : pandas.DataFrame
    columns : dict
        Column name -> header, in the order to show (put the words first).

    Examples
    --------
    >>> t = pd.DataFrame({"compound": [0.1346, None], "text": ["Fine.", "Bad."], "start": [0, 6]})
    >>> reader_frame(t, {"text": "Quotation", "compound": "Tone"}).values.tolist()
    [['Fine.', '0.13'], ['Bad.', '']]
    """
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise KeyError(f"reader_frame: no column {missing[0]!r} in the table")
    return pd.DataFrame({head: [format_cell(v) for v in df[col]] for col, head in columns.items()},
                        index=range(len(df)))


def _long_columns(frame: pd.DataFrame) -> set[str]:
    """Columns of running text (quotations, sentences): they get room and wrap."""
    return {c for c in frame.columns if frame[c].map(len).mean() > 40} if len(frame) else set()


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "table"


def _rows_html(shown: pd.DataFrame, hrefs: dict[str, list], long_cols: set[str]) -> str:
    rows = []
    for i in range(len(shown)):
        cells = []
        for c in shown.columns:
            cell = html.escape(shown[c].iat[i])
            link = hrefs.get(c, [None] * len(shown))[i]
            if link and cell:
                cell = f"<a href='{html.escape(str(link), quote=True)}'>{cell}</a>"
            cells.append(f"<td class='long'>{cell}</td>" if c in long_cols else f"<td>{cell}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return "".join(rows)


def show_table(df: pd.DataFrame, *, name: str, columns: dict[str, str] | None = None,
               caption: str | None = None, max_rows: int | None = None,
               links: dict[str, str] | None = None, csv: pd.DataFrame | None = None):
    """Display a reader's table (escaped HTML) with a download link to the full CSV.

    Parameters
    ----------
    df : pandas.DataFrame
        The full table; the CSV download holds all its columns (or ``csv`` when given).
    name : str
        File name (without extension) of the downloadable CSV, and the anchor ``#table-<name>``.
    columns : dict, optional
        Column -> plain-English header, in the order to show; other columns stay in the CSV only.
        Default: every column, headers as they are.
    caption : str, optional
        A sentence saying what the table shows.
    max_rows : int, optional
        Show only the first rows (the CSV always holds all of them).
    links : dict, optional
        Shown column -> column of ``df`` holding a link target; that column's cells become links.
    csv : pandas.DataFrame, optional
        What the download holds, if not ``df``.

    Returns
    -------
    IPython.display.HTML
        Article text is escaped: it never becomes markup.
    """
    from IPython.display import HTML

    columns = dict(columns) if columns is not None else {c: c for c in df.columns if c not in (links or {}).values()}
    shown_df = df if max_rows is None else df.head(max_rows)
    shown = reader_frame(shown_df, columns)
    hrefs = {columns[c]: [None if is_missing(v) else v for v in shown_df[target]]
             for c, target in (links or {}).items() if c in columns}
    fname = _slug(name) + ".csv"
    href = "data:text/csv;charset=utf-8," + quote(plain_csv(df if csv is None else csv))
    head = "".join(f"<th scope='col'>{html.escape(str(c))}</th>" for c in shown.columns)
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    body = _rows_html(shown, hrefs, _long_columns(shown))
    table = (f"<div class='analysis-table-wrap' role='region' aria-label='{html.escape(caption or name, quote=True)}'>"
             f"<table class='analysis-table'>{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")
    if len(shown) > COLLAPSE_ROWS:
        table = (f"<details class='analysis-details'><summary>Show the table: {html.escape(caption or name)} "
                 f"({len(shown)} rows)</summary>{table}</details>")
    more = f", showing {len(shown)}" if len(shown) < len(df) else ""
    extra = "; with every column, including offsets and raw scores" if len((df if csv is None else csv).columns) > len(columns) else ""
    return HTML(f"<div class='analysis-table-block' id='table-{_slug(name)}'>{table}"
                f"<p class='analysis-download'><a download='{fname}' href='{href}'>Download this table as CSV</a>"
                f" ({len(df)} rows{more}{extra})</p></div>")


def figure_html(fig, alt: str, *, dpi: int = 100):
    """A matplotlib figure as an image at the full text width, with ``alt`` text that states its finding.

    Glue the result and show it with ``{glue:figure}``: unlike the directive's fixed ``:alt:``, the alt
    text here is computed, so it can say what this article's figure shows.

    Returns
    -------
    IPython.display.HTML
    """
    import base64
    import io

    from IPython.display import HTML

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return HTML(f"<img class='analysis-figure' src='data:image/png;base64,{data}' "
                f"alt='{html.escape(alt, quote=True)}' width='{int(fig.get_figwidth() * dpi)}'>")
