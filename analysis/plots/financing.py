"""Figures about money (chapter 4): the timeline, the capital-spending path, debt against
cash flow and the market's reactions.  Each takes the table of
:func:`analysis.extract_financing` and ``ax=None``, returns the Axes, and raises
``ValueError`` when the table holds nothing to draw.

Facts kept off the company's balance sheet (the rows of
:func:`analysis.off_balance_sheet`, passed as ``off_balance``) are drawn apart
from the company's own money, never stacked onto its debt."""

from __future__ import annotations

import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.transforms import Bbox
from matplotlib.ticker import FuncFormatter, LogLocator

from ..financing import EVENT_TYPES, capex_path, debt_and_cash_flow, main_currency, market_reactions
from ..readable import format_amount
from ._style import PALETTE, finish, new_ax

__all__ = ["plot_money_timeline", "plot_capex_path", "plot_debt_and_cash_flow", "plot_market_reactions",
           "event_colours", "money_label", "period_label", "MARKET_EVENTS"]

#: Event types about the market's valuation, not money spent or raised: kept apart from spending.
MARKET_EVENTS = ("market value", "share-price move")
#: Colour and hatch of money kept off the company's balance sheet, in every figure.
_OFF_COLOUR = "#7f7f7f"


def money_label(value: float, unit: str | None) -> str:
    """An amount as a reader writes it, in its currency: ``$70bn``, ``€1.5tn``, ``$100mn``, ``4bn CHF``.

    Examples
    --------
    >>> money_label(7e10, "USD"), money_label(1e8, "USD"), money_label(2.5e9, "EUR")
    ('$70bn', '$100mn', '€2.5bn')
    """
    return format_amount(value, unit)


# Okabe-Ito colours for the common event types, greys for the rest (so all figures agree).
_EVENT_COLOURS = {"capital spending": PALETTE[0], "bond": PALETTE[1], "private credit": PALETTE[2],
                  "equity stake": PALETTE[3], "market value": PALETTE[4], "share-price move": PALETTE[5],
                  "cash flow": PALETTE[7], "compensation": PALETTE[6], "revenue": "#7f7f7f",
                  "subsidy": "#b0b0b0", "hypothetical": "#d0d0d0", "other": "#505050"}


def event_colours() -> dict[str, str]:
    """A fixed colour for every event type (so all figures agree)."""
    return {ev: _EVENT_COLOURS.get(ev, PALETTE[i % len(PALETTE)]) for i, ev in enumerate(EVENT_TYPES)}


_OFFSETS = [(9, -4, "left"), (-9, -4, "right"), (0, 9, "center"), (0, -18, "center"), (9, 10, "left"),
            (-9, 10, "right"), (9, -18, "left"), (-9, -18, "right"), (9, 22, "left"), (-9, 22, "right")]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def period_label(period: str) -> str:
    """A period of :func:`analysis.extract_financing` as a reader writes it.

    Examples
    --------
    >>> [period_label(p) for p in ["2024", "2025-06", "2025-Q3", "2025-summer", "2025-late", "2024-04/2025-03"]]
    ['2024', 'Jun 2025', 'Q3 2025', 'summer 2025', 'late 2025', 'Apr 2024 – Mar 2025']
    """
    if "/" in str(period):  # a span: "2024-04/2025-03"
        return " – ".join(period_label(p) for p in str(period).split("/", 1))
    year, _, part = str(period).partition("-")
    if not part:
        return year
    if part.isdigit() and 1 <= int(part) <= 12:
        return f"{_MONTHS[int(part) - 1]} {year}"
    return f"{part} {year}"


def _place_labels(ax, points, texts, fontsize=9):
    """Label every point, trying a few offsets and keeping the first that overlaps no earlier label or point."""
    renderer = ax.figure.canvas.get_renderer()
    pad = 7 * ax.figure.dpi / 72  # a marker's radius, in pixels
    marks = [Bbox.from_bounds(mx - pad, my - pad, 2 * pad, 2 * pad) for mx, my in ax.transData.transform(points)]
    taken = []
    for (x, y), t in zip(points, texts):
        ann = None
        for dx, dy, ha in _OFFSETS:
            if ann is not None:
                ann.remove()
            ann = ax.annotate(t, (x, y), xytext=(dx, dy), textcoords="offset points", fontsize=fontsize, ha=ha)
            box = ann.get_window_extent(renderer).expanded(1.03, 1.1)
            if not any(box.overlaps(b) for b in taken) and not any(box.overlaps(m) for m in marks):
                break
        taken.append(ann.get_window_extent(renderer))


def _currency_axis(axis, unit: str) -> None:
    """Log-scale money ticks written as amounts ($100mn, $1bn, $10bn, $100bn)."""
    axis.set_major_locator(LogLocator(base=10))
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: money_label(v, unit)))
    axis.set_minor_formatter(FuncFormatter(lambda v, _pos: ""))


def _timeline_points(facts: pd.DataFrame, off_balance: pd.DataFrame | None):
    """The dated money facts the timeline draws (main currency, no market moves), with an ``off`` flag."""
    cur = main_currency(facts)
    f = facts[(facts["unit"] == cur) & facts["period_start"].notna() & ~facts["event_type"].isin(MARKET_EVENTS)
              & (facts["status"] != "hypothetical")] if cur else facts.iloc[0:0]
    off_ids = set(off_balance["fact_id"]) if off_balance is not None and len(off_balance) else set()
    f = f.assign(off=f["fact_id"].isin(off_ids))
    return f.sort_values(["period_start", "period_end", "value"]).reset_index(drop=True), cur


def plot_money_timeline(facts: pd.DataFrame, *, ax=None, off_balance: pd.DataFrame | None = None):
    """Dated sums of money, period by period, amounts on a log scale with currency ticks.

    One column per period the article gives (in time order; no empty years),
    one marker per amount, each labelled with the article's words.  Colour =
    event type; a filled circle is an actual figure, a hollow triangle one that
    is expected, planned or projected; a grey square is money kept off the
    company's balance sheet (``off_balance``: rows of
    :func:`analysis.off_balance_sheet`).  Only the main currency is drawn (no
    exchange rates); market-value moves, percentages and hypothetical sums are
    left out (they are not money spent, raised or earned).
    """
    f, cur = _timeline_points(facts, off_balance)
    if f.empty:
        raise ValueError("no dated sums of money to draw")
    periods = list(dict.fromkeys(f["period"]))
    ax = new_ax(ax, figsize=(9, 4.8))
    colours = event_colours()
    xs = [periods.index(p) for p in f["period"]]
    for x, r in zip(xs, f.itertuples()):
        c = colours.get(r.event_type, PALETTE[-1])
        if r.off:
            ax.scatter([x], [r.value], s=80, marker="s", zorder=3, facecolors="white", edgecolors=_OFF_COLOUR,
                       linewidths=1.8, hatch="///")
        elif r.status == "actual":
            ax.scatter([x], [r.value], s=70, marker="o", zorder=3, facecolors=c, edgecolors="0.15", linewidths=0.6)
        else:
            ax.scatter([x], [r.value], s=70, marker="^", zorder=3, facecolors="white", edgecolors=c, linewidths=1.8)
    ax.set_yscale("log")
    lo, hi = f["value"].min(), f["value"].max()
    ax.set_ylim(lo / 4, hi * 5)
    _currency_axis(ax.yaxis, cur)
    ax.set_xticks(range(len(periods)), [period_label(p) for p in periods], rotation=30, ha="right")
    ax.set_xlim(-0.6, len(periods) - 0.4)
    events = [e for e in EVENT_TYPES if e in set(f.loc[~f["off"], "event_type"])]
    handles = [Line2D([], [], marker="s", linestyle="", color=colours[e], label=e) for e in events]
    handles += [Line2D([], [], marker="o", linestyle="", color="0.3", markeredgecolor="0.15", label="actual"),
                Line2D([], [], marker="^", linestyle="", markerfacecolor="white", color="0.3",
                       label="expected, planned or projected")]
    if f["off"].any():
        handles.append(Line2D([], [], marker="s", linestyle="", markerfacecolor="white", color=_OFF_COLOUR,
                              label="off the company's balance sheet"))
    ax.legend(handles=handles, fontsize=9, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    _place_labels(ax, list(zip(xs, f["value"])), [str(p) for p in f["phrase"]])
    return finish(ax, title="When the money moves: every dated sum", xlabel="period the amount refers to",
                  ylabel=f"amount ({cur}, log scale)")


def plot_capex_path(facts: pd.DataFrame, *, ax=None):
    """Capital spending period by period (bars), hatched where the figure is not yet actual."""
    path = capex_path(facts)
    if path.empty:
        raise ValueError("no dated capital-spending figures to draw")
    ax = new_ax(ax, figsize=(6.5, 4))
    cur = path["unit"].iloc[0]
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: money_label(v * 1e9, cur) if v else "0"))
    colour = event_colours()["capital spending"]
    xs = range(len(path))
    for x, r in zip(xs, path.itertuples()):
        actual = r.status == "actual"
        ax.bar(x, r.value / 1e9, color=colour if actual else "white", edgecolor=colour, linewidth=2,
               hatch=None if actual else "//")
        words = f"{r.qualifier} {r.phrase}" if r.qualifier and r.qualifier not in r.phrase else r.phrase
        ax.annotate(f"{words}\n{r.status}", (x, r.value / 1e9), xytext=(0, 4), textcoords="offset points",
                    ha="center", fontsize=9)
    ax.set_xticks(list(xs), path["period"].tolist())
    ax.set_ylim(0, path["value"].max() / 1e9 * 1.3)
    return finish(ax, title="Capital spending, period by period", xlabel="period",
                  ylabel=f"capital spending ({cur})")


def plot_debt_and_cash_flow(facts: pd.DataFrame, *, ax=None, off_balance: pd.DataFrame | None = None,
                            cash_label: str = "cash flow"):
    """Debt the company raised (stacked by kind of debt) beside its cash flow, year by year.

    Facts in ``off_balance`` (rows of :func:`analysis.off_balance_sheet`) are
    not the company's debt: they are left out of its stack and drawn as a third,
    grey bar of their own.  ``cash_label`` names the cash bar as the article does
    ("free cash flow").
    """
    off_ids = set(off_balance["fact_id"]) if off_balance is not None and len(off_balance) else set()
    t = debt_and_cash_flow(facts[~facts["fact_id"].isin(off_ids)])
    off = debt_and_cash_flow(facts[facts["fact_id"].isin(off_ids)]) if off_ids else t.iloc[0:0]
    off = off[off["kind"] == "debt raised"]
    if t.empty and off.empty:
        raise ValueError("no dated debt or cash-flow figures to draw")
    ax = new_ax(ax, figsize=(7, 4))
    cur = (t if len(t) else off)["unit"].iloc[0]
    colours = event_colours()
    years = sorted(set(t["year"]) | set(off["year"]))
    width = 0.27 if len(off) else 0.38
    for i, year in enumerate(years):
        bottom = 0.0
        for r in t[(t["year"] == year) & (t["kind"] == "debt raised")].itertuples():
            ax.bar(i - width, r.amount, width, bottom=bottom, color=colours[r.event_type], label=f"{r.event_type} (debt)")
            bottom += r.amount
        for r in t[(t["year"] == year) & (t["kind"] == "cash flow")].itertuples():
            actual = r.status == "actual"
            ax.bar(i, r.amount, width, color=colours[r.event_type] if actual else "white",
                   edgecolor=colours[r.event_type], hatch=None if actual else "//", linewidth=1.5,
                   label=f"{cash_label} ({'actual' if actual else r.status})")
        for r in off[off["year"] == year].itertuples():
            ax.bar(i + width, r.amount, width, color="white", edgecolor=_OFF_COLOUR, hatch="xx", linewidth=1.5,
                   label="raised off the company's balance sheet")
    handles, names = ax.get_legend_handles_labels()
    seen = dict(zip(names, handles))
    ax.legend(seen.values(), seen.keys(), fontsize=9, frameon=False)
    ax.set_xticks(range(len(years)), [str(y) for y in years])
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: money_label(v, cur) if v else "0"))
    third = "; right: off the balance sheet" if len(off) else ""
    return finish(ax, title=f"Debt raised against {cash_label}",
                  xlabel=f"year (left bar: the company's debt; middle: {cash_label}{third})",
                  ylabel=f"amount ({cur})")


def plot_market_reactions(facts: pd.DataFrame, *, ax=None):
    """Share-price moves, signed (down to the left), one bar each, labelled with period and phrase."""
    m = market_reactions(facts)
    m = m[m["unit"] == "percent"]
    if m.empty:
        raise ValueError("no share-price moves in per cent to draw")
    ax = new_ax(ax, figsize=(7, 0.7 * len(m) + 1.5))
    ys = range(len(m))
    colours = [PALETTE[2] if c > 0 else PALETTE[3] for c in m["change"]]
    ax.barh(list(ys), m["change"], color=colours)
    ax.set_yticks(list(ys), [f"{period_label(p) if p else 'undated'}: {ph}" for p, ph in zip(m["period"], m["phrase"])], fontsize=9)
    ax.axvline(0, color="0.3", linewidth=0.8)
    ax.invert_yaxis()
    lim = max(abs(m["change"]).max() * 1.2, 1)
    ax.set_xlim(-lim, lim)
    return finish(ax, title="How the shares reacted", xlabel="share-price move (per cent; down is negative)",
                  ylabel="")
