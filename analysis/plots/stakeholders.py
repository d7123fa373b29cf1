"""Figures about the stakeholders (chapter 3): the network, the power/interest grid, voice."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from ._style import PALETTE, finish, new_ax

__all__ = ["plot_stakeholder_network", "plot_power_interest", "plot_voice", "group_styles", "network_selection",
           "power_grid_selection", "LABEL_PT"]

#: Label size in points: the figures are drawn at the book's text width, so this is the size a reader sees.
LABEL_PT = 10


def _colour_key(df: pd.DataFrame) -> pd.Series:
    """Group when the registry gives one, else kind."""
    return df["group"].where(df["group"].astype(str) != "", df["kind"])


def group_styles(table: pd.DataFrame) -> tuple[dict, dict]:
    """Colour and marker per group (or kind when there is no group), shared by the figures.

    Returns ``(colours, markers)``, two dicts keyed by category, stable for a table.
    """
    keys = _colour_key(table)
    return _colours(keys), _markers(keys)


def _colours(keys) -> dict:
    cats = sorted(dict.fromkeys(keys))
    cols = {}
    for i, c in enumerate(cats):
        cols[c] = PALETTE[i % len(PALETTE)]
    return cols


def _markers(keys) -> dict:
    # a second channel for categories beyond eight colours (and for grey-scale print)
    shapes = ["o", "s", "^", "D", "v", "P", "X", "h"]
    cats = sorted(dict.fromkeys(keys))
    return {c: shapes[(i // len(PALETTE)) % len(shapes)] for i, c in enumerate(cats)}


def _legend(ax, cols: dict, marks: dict) -> None:
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], ls="", marker=marks[k], markersize=7, color=cols[k], label=k) for k in sorted(cols)]
    ax.figure.legend(handles=handles, title="group", loc="outside lower center", fontsize=LABEL_PT,
                     title_fontsize=LABEL_PT, frameon=False, ncol=3)


def label_overlaps(texts) -> int:
    """How many pairs of drawn labels overlap (in pixels, as rendered)."""
    if not texts:
        return 0
    renderer = texts[0].figure.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in texts]
    return sum(1 for i in range(len(boxes)) for j in range(i + 1, len(boxes)) if boxes[i].overlaps(boxes[j]))


def _declutter(ax, texts, *, iterations: int = 150, pad: float = 2.0) -> None:
    """Move labels apart until their boxes (in pixels) no longer overlap."""
    if len(texts) < 2:
        return
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    inv = ax.transData.inverted()
    for _ in range(iterations):
        boxes = [t.get_window_extent(renderer).expanded(1.0, 1.0) for t in texts]
        moved = False
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                a, b = boxes[i], boxes[j]
                if a.x1 + pad < b.x0 or b.x1 + pad < a.x0 or a.y1 + pad < b.y0 or b.y1 + pad < a.y0:
                    continue
                # push apart along the axis where they overlap least
                oy = min(a.y1, b.y1) - max(a.y0, b.y0) + pad
                ox = min(a.x1, b.x1) - max(a.x0, b.x0) + pad
                if oy <= ox:
                    sign = 1 if (a.y0 + a.y1) >= (b.y0 + b.y1) else -1
                    delta = (0.0, oy / 2 + 0.5)
                else:
                    sign = 1 if (a.x0 + a.x1) >= (b.x0 + b.x1) else -1
                    delta = (ox / 2 + 0.5, 0.0)
                for t, s_ in ((texts[i], sign), (texts[j], -sign)):
                    x, y = ax.transData.transform(t.get_position())
                    t.set_position(inv.transform((x + s_ * delta[0], y + s_ * delta[1])))
                boxes[i] = texts[i].get_window_extent(renderer)
                boxes[j] = texts[j].get_window_extent(renderer)
                moved = True
        if not moved:
            break


def network_selection(graph, *, max_nodes: int = 30, kinds=("person", "organisation", "group")) -> list[str]:
    """The stakeholders :func:`plot_stakeholder_network` draws: the ``max_nodes`` most mentioned of ``kinds`` with a tie.

    A chapter compares this list with the whole cast to say in the caption who is left out.
    """
    nodes = [n for n, d in graph.nodes(data=True) if d.get("kind") in kinds and graph.degree(n) > 0]
    nodes = sorted(nodes, key=lambda n: (-graph.nodes[n].get("mentions", 0), n))[:max_nodes]
    sub = graph.subgraph(nodes)
    return [n for n in nodes if sub.degree(n) > 0]


def power_grid_selection(table: pd.DataFrame, *, top: int = 40) -> pd.DataFrame:
    """The rows :func:`plot_power_interest` draws: judged people, organisations and groups, the ``top`` most mentioned.

    Products and places are not actors and never go on the grid.
    """
    df = table.dropna(subset=["power", "interest"])
    df = df[df["kind"].isin(["person", "organisation", "group"])]
    return df.sort_values(["mentions", "name"], ascending=[False, True]).head(top)


def plot_stakeholder_network(graph, *, ax=None, seed: int = 7, max_nodes: int = 30, min_weight: int = 1,
                             kinds=("person", "organisation", "group"), styles=None):
    """Draw the co-occurrence network from :func:`analysis.stakeholder_network`.

    Node area follows ``mentions``, colour (and, past eight categories, shape)
    follows ``group`` (or ``kind`` when there is no group), edge width follows
    ``weight``; edges that carry a typed relation are drawn dark.  Only the
    ``max_nodes`` most mentioned stakeholders of ``kinds`` are drawn, with a
    fixed layout ``seed``; labels are moved apart so that they do not collide.

    Returns
    -------
    matplotlib.axes.Axes
    """
    import networkx as nx

    ax = new_ax(ax, figsize=(7, 6.2))
    g = graph.subgraph(network_selection(graph, max_nodes=max_nodes, kinds=kinds)).copy()
    g.remove_edges_from([(u, v) for u, v, d in g.edges(data=True) if d.get("weight", 0) < min_weight
                         and not d.get("relations")])
    g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    if len(g) == 0:
        ax.text(0.5, 0.5, "no ties to draw", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    # Fruchterman-Reingold with a fixed seed; faint ties between every pair keep small components near.
    h = nx.Graph()
    h.add_nodes_from(sorted(g))
    ns = sorted(g)
    for i, u in enumerate(ns):
        for v in ns[i + 1:]:
            h.add_edge(u, v, w=(g[u][v].get("weight", 1) if g.has_edge(u, v) else 0.03))
    pos = nx.spring_layout(h, seed=seed, weight="w", k=1.9 / math.sqrt(len(g)), iterations=300)
    keys = {n: (g.nodes[n].get("group") or g.nodes[n].get("kind") or "other") for n in g}
    cols, marks = styles or (_colours(keys.values()), _markers(keys.values()))
    cols = {k: cols.get(k, "#777777") for k in set(keys.values())}
    marks = {k: marks.get(k, "o") for k in set(keys.values())}
    wmax = max([d.get("weight", 1) for _u, _v, d in g.edges(data=True)] or [1])
    for u, v, d in g.edges(data=True):
        (x0, y0), (x1, y1) = pos[u], pos[v]
        typed = bool(d.get("relations"))
        ax.plot([x0, x1], [y0, y1], color="#333333" if typed else "#BBBBBB",
                lw=0.6 + 3.0 * d.get("weight", 1) / wmax, alpha=0.9 if typed else 0.6, zorder=1)
    mmax = max(g.nodes[n].get("mentions", 1) for n in g)
    for cat in sorted(set(keys.values())):
        ns = [n for n in g if keys[n] == cat]
        xy = np.array([pos[n] for n in ns])
        sizes = [40 + 700 * g.nodes[n].get("mentions", 1) / mmax for n in ns]
        ax.scatter(xy[:, 0], xy[:, 1], s=sizes, color=cols[cat], marker=marks[cat], edgecolor="white",
                   linewidth=1.0, label=cat, zorder=2)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    ax.set_xlim(min(xs) - 0.2, max(xs) + 0.2)
    ax.set_ylim(min(ys) - 0.2, max(ys) + 0.2)
    ax.figure.canvas.draw()
    px_per_unit = ax.transData.transform((0, 1))[1] - ax.transData.transform((0, 0))[1]
    dpi = ax.figure.dpi
    texts = []
    for n in sorted(g, key=lambda n: -g.nodes[n].get("mentions", 0)):
        size = 40 + 700 * g.nodes[n].get("mentions", 1) / mmax
        radius_px = math.sqrt(size) / 2 * dpi / 72
        dy = (radius_px + 2) / px_per_unit
        texts.append(ax.text(pos[n][0], pos[n][1] - dy, n, fontsize=LABEL_PT, ha="center", va="top", zorder=3,
                             bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7}))
    ax.set_xticks([])
    ax.set_yticks([])
    _legend(ax, cols, marks)
    finish(ax, title="Who appears with whom (sentence co-occurrence)", xlabel="", ylabel="")
    ax.spines[["left", "bottom"]].set_visible(False)
    _declutter(ax, texts, iterations=400)
    return ax


def plot_power_interest(table: pd.DataFrame, *, ax=None, label_top: int = 40, styles=None):
    """The registry's power and interest judgements as a 5 x 5 grid.

    ``table`` is :func:`analysis.find_stakeholders` with a registry; the rows
    drawn are :func:`power_grid_selection` (judged actors, never products).  Points that share a cell are
    spread around its centre (deterministically); colour follows ``group``.
    The dashed lines split the grid into the four quadrants of the classic
    power/interest matrix.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = new_ax(ax, figsize=(7, 6.6))
    df = power_grid_selection(table, top=label_top).copy()
    if df.empty:
        ax.text(0.5, 0.5, "no power/interest judgements (no registry)", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    df["power"] = df["power"].astype(int)
    df["interest"] = df["interest"].astype(int)
    keys = _colour_key(df)
    cols, marks = styles or (_colours(keys), _markers(keys))
    cols = {k: cols.get(k, "#777777") for k in set(keys)}
    marks = {k: marks.get(k, "o") for k in set(keys)}
    texts = []
    for (p, i), cell in df.groupby(["power", "interest"], sort=True):
        n = len(cell)
        for k, (idx, r) in enumerate(cell.iterrows()):
            ang = 2 * math.pi * k / max(n, 1)
            rad = 0 if n == 1 else 0.3
            x, y = i + rad * math.cos(ang), p + rad * math.sin(ang)
            key = keys[idx]
            ax.scatter([x], [y], s=40, color=cols[key], marker=marks[key], zorder=3)
            texts.append(ax.text(x, y - 0.07, r["name"], fontsize=LABEL_PT, ha="center", va="top", zorder=4))
    for v in np.arange(1.5, 5.5, 1.0):
        ax.axhline(v, color="#EEEEEE", lw=0.6, zorder=0)
        ax.axvline(v, color="#EEEEEE", lw=0.6, zorder=0)
    ax.axhline(3, ls="--", color="#888888", lw=0.8)
    ax.axvline(3, ls="--", color="#888888", lw=0.8)
    for x, y, lab in ((1.6, 5.45, "keep satisfied"), (4.4, 5.45, "manage closely"),
                      (1.6, 0.55, "monitor"), (4.4, 0.55, "keep informed")):
        texts.append(ax.text(x, y, lab, ha="center", va="center", fontsize=LABEL_PT, color="#555555", style="italic"))
    ax.set_xlim(0.4, 5.6)
    ax.set_ylim(0.3, 5.7)
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    _legend(ax, cols, marks)
    finish(ax, title="Power and interest, as the analyst judges them",
           xlabel="interest in the outcome (1 = little, 5 = fate rides on it)",
           ylabel="power over the outcome (1 = hardly any, 5 = decisive)")
    _declutter(ax, texts, iterations=400)
    return ax


def plot_voice(table: pd.DataFrame, *, ax=None, top: int = 20, kinds=("person", "organisation", "group")):
    """Who is talked about versus who gets to talk.

    For the ``top`` most mentioned stakeholders of ``kinds``, and every one quoted at least once
    however rarely mentioned, a bar of mentions and beside it a bar of quotations they are the speaker of.

    Returns
    -------
    matplotlib.axes.Axes
    """
    df = table[(table["mentions"] > 0) & table["kind"].isin(kinds)].sort_values(["mentions", "name"], ascending=[False, True])
    df = df[(np.arange(len(df)) < top) | (df["quoted"] > 0)]  # a quoted stakeholder is never cut off the figure
    ax = new_ax(ax, figsize=(7, max(3.0, 0.34 * len(df) + 1)))
    y = np.arange(len(df))[::-1]
    ax.barh(y + 0.2, df["mentions"], height=0.4, color=PALETTE[0], label="mentions (talked about)")
    ax.barh(y - 0.2, df["quoted"], height=0.4, color=PALETTE[1], label="quotations (gets to talk)")
    ax.set_yticks(y, df["name"], fontsize=LABEL_PT)
    ax.legend(loc="lower right", frameon=False, fontsize=LABEL_PT)
    return finish(ax, title="Talked about versus getting to talk", xlabel="count in the article",
                  ylabel="")
