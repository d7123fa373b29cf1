"""Figures about money (chapter 4): the timeline, the capital-spending path, debt against
cash flow and the market's reactions.  Each takes the table of
:func:`analysis.extract_financing` and ``ax=None``, returns the Axes, and raises
``ValueError`` when the table holds nothing to draw."""

from __future__ import annotations

import datetime as _dt

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.lines import Line2D

from ..financing import EVENT_TYPES, capex_path, debt_and_cash_flow, main_currency, market_reactions
from ._style import PALETTE, finish, new_ax

__all__ = ["plot_money_timeline", "plot_capex_path", "plot_debt_and_cash_flow", "plot_market_reactions",
           "event_colours"]

_SCALES = [(1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")]


def _short(value: float, unit: str) -> str:
    """$70bn-style label: 7e10, 'USD' -> 'USD 70bn'."""
    for size, suffix in _SCALES:
        if abs(value) >= size:
            return f"{unit} {value / size:,.3g}{suffix}"
    return f"{unit} {value:,.3g}"


# Okabe-Ito colours for the common event types, greys for the rest (so all figures agree).
_EVENT_COLOURS = {"capital spending": PALETTE[0], "bond": PALETTE[1], "private credit": PALETTE[2],
                  "equity stake": PALETTE[3], "market value": PALETTE[4], "share-price move": PALETTE[5],
                  "cash flow": PALETTE[7], "compensation": PALETTE[6], "revenue": "#7f7f7f",
                  "subsidy": "#b0b0b0", "hypothetical": "#d0d0d0", "other": "#505050"}


def event_colours() -> dict[str, str]:
    """A fixed colour for every event type (so all figures agree)."""
    return {ev: _EVENT_COLOURS.get(ev, PALETTE[i % len(PALETTE)]) for i, ev in enumerate(EVENT_TYPES)}


_OFFSETS = [(8, 6, "left"), (8, -22, "left"), (-8, 6, "right"), (-8, -22, "right"), (8, 24, "left"),
            (-8, 24, "right"), (8, -40, "left"), (-8, -40, "right")]


def _place_labels(ax, points, texts, fontsize=7.5):
    """Label points, trying a few offsets and keeping the first that overlaps no earlier label."""
    renderer = ax.figure.canvas.get_renderer()
    taken = []
    for (x, y), t in zip(points, texts):
        ann = None
        for dx, dy, ha in _OFFSETS:
            if ann is not None:
                ann.remove()
            ann = ax.annotate(t, (x, y), xytext=(dx, dy), textcoords="offset points", fontsize=fontsize, ha=ha)
            box = ann.get_window_extent(renderer).expanded(1.03, 1.08)
            if not any(box.overlaps(b) for b in taken):
                break
        taken.append(ann.get_window_extent(renderer))


def _mid(a: str, b: str) -> _dt.date:
    d0, d1 = _dt.date.fromisoformat(a), _dt.date.fromisoformat(b)
    return d0 + (d1 - d0) / 2


def plot_money_timeline(facts: pd.DataFrame, *, ax=None, labels: int = 6):
    """Dated money facts on a time axis, amounts on a log scale.

    Each fact is a marker at the middle of its period, with a thin line across
    the whole period; colour = event type; a filled circle is an actual figure,
    a hollow triangle one that is expected, planned, projected or hypothetical.
    Only the main currency is drawn (no exchange rates); percentages are left
    out.  The ``labels`` largest amounts are labelled with their phrase.
    """
    cur = main_currency(facts)
    f = facts[(facts["unit"] == cur) & facts["period_start"].notna()] if cur else facts.iloc[0:0]
    if f.empty:
        raise ValueError("no dated money facts to draw")
    ax = new_ax(ax, figsize=(9, 4.8))
    colours = event_colours()
    f = f.assign(mid=[_mid(a, b) for a, b in zip(f["period_start"], f["period_end"])])
    for r in f.itertuples():
        c = colours.get(r.event_type, PALETTE[-1])
        actual = r.status == "actual"
        ax.hlines(r.value, _dt.date.fromisoformat(r.period_start), _dt.date.fromisoformat(r.period_end),
                  color=c, alpha=0.45, linewidth=2)
        ax.scatter([r.mid], [r.value], s=70, marker="o" if actual else "^", zorder=3,
                   facecolors=c if actual else "white", edgecolors=c if not actual else "0.15",
                   linewidths=1.8 if not actual else 0.6)
    ax.set_yscale("log")
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    lo, hi = f["value"].min(), f["value"].max()
    ax.set_ylim(lo / 3, hi * 4)
    span = (_dt.date.fromisoformat(f["period_start"].min()), _dt.date.fromisoformat(f["period_end"].max()))
    pad = max((span[1] - span[0]) / 12, _dt.timedelta(days=20))
    ax.set_xlim(span[0] - pad, span[1] + pad * 2)
    events = [e for e in EVENT_TYPES if e in set(f["event_type"])]
    handles = [Line2D([], [], marker="s", linestyle="", color=colours[e], label=e) for e in events]
    handles += [Line2D([], [], marker="o", linestyle="", color="0.3", markeredgecolor="0.15", label="actual"),
                Line2D([], [], marker="^", linestyle="", markerfacecolor="white", color="0.3",
                       label="expected, planned or projected")]
    ax.legend(handles=handles, fontsize=7.5, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.figure.autofmt_xdate()
    top = f.sort_values("value", ascending=False).head(labels).sort_values("value", ascending=False)
    _place_labels(ax, list(zip(top["mid"], top["value"])),
                  [f"{r.phrase}\n({r.event_type}, {r.period})" for r in top.itertuples()])
    return finish(ax, title="When the money moves: every dated amount",
                  xlabel="period the amount refers to (marker at its middle, line across it)",
                  ylabel=f"amount ({cur}, log scale)")


def plot_capex_path(facts: pd.DataFrame, *, ax=None):
    """Capital spending period by period (bars), hatched where the figure is not yet actual."""
    path = capex_path(facts)
    if path.empty:
        raise ValueError("no dated capital-spending figures to draw")
    ax = new_ax(ax, figsize=(6.5, 4))
    cur = path["unit"].iloc[0]
    colour = event_colours()["capital spending"]
    xs = range(len(path))
    for x, r in zip(xs, path.itertuples()):
        actual = r.status == "actual"
        ax.bar(x, r.value / 1e9, color=colour if actual else "white", edgecolor=colour, linewidth=2,
               hatch=None if actual else "//")
        words = f"{r.qualifier} {r.phrase}" if r.qualifier and r.qualifier not in r.phrase else r.phrase
        ax.annotate(f"{words}\n{r.status}", (x, r.value / 1e9), xytext=(0, 4), textcoords="offset points",
                    ha="center", fontsize=8)
    ax.set_xticks(list(xs), path["period"].tolist())
    ax.set_ylim(0, path["value"].max() / 1e9 * 1.3)
    return finish(ax, title="Capital spending, period by period", xlabel="period",
                  ylabel=f"capital spending ({cur} billions)")


def plot_debt_and_cash_flow(facts: pd.DataFrame, *, ax=None):
    """Debt raised (stacked by kind of debt) beside cash flow, year by year."""
    t = debt_and_cash_flow(facts)
    if t.empty:
        raise ValueError("no dated debt or cash-flow figures to draw")
    ax = new_ax(ax, figsize=(7, 4))
    cur = t["unit"].iloc[0]
    colours = event_colours()
    years = sorted(t["year"].unique())
    width = 0.38
    for i, year in enumerate(years):
        bottom = 0.0
        for r in t[(t["year"] == year) & (t["kind"] == "debt raised")].itertuples():
            ax.bar(i - width / 2, r.amount / 1e9, width, bottom=bottom, color=colours[r.event_type],
                   label=r.event_type)
            bottom += r.amount / 1e9
        for r in t[(t["year"] == year) & (t["kind"] == "cash flow")].itertuples():
            actual = r.status == "actual"
            ax.bar(i + width / 2, r.amount / 1e9, width, color=colours[r.event_type] if actual else "white",
                   edgecolor=colours[r.event_type], hatch=None if actual else "//", linewidth=1.5,
                   label=f"cash flow ({'actual' if actual else r.status})")
    handles, names = ax.get_legend_handles_labels()
    seen = dict(zip(names, handles))
    ax.legend(seen.values(), seen.keys(), fontsize=8, frameon=False)
    ax.set_xticks(range(len(years)), [str(y) for y in years])
    return finish(ax, title="Debt raised against cash flow", xlabel="year (left bar: debt raised; right bar: cash flow)",
                  ylabel=f"amount ({cur} billions)")


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
    ax.set_yticks(list(ys), [f"{p or 'undated'}: {ph}" for p, ph in zip(m["period"], m["phrase"])], fontsize=8)
    ax.axvline(0, color="0.3", linewidth=0.8)
    ax.invert_yaxis()
    lim = max(abs(m["change"]).max() * 1.2, 1)
    ax.set_xlim(-lim, lim)
    return finish(ax, title="How the shares reacted", xlabel="share-price move (per cent; down is negative)",
                  ylabel="")
