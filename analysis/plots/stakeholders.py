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


def labels_over_markers(texts, anchors, radii_px) -> int:
    """How many (label, marker) pairs overlap: a label drawn over any dot, its own or another's (in pixels)."""
    if not texts:
        return 0
    ax = texts[0].axes
    renderer = ax.figure.canvas.get_renderer()
    pts = ax.transData.transform(np.asarray(anchors, dtype=float))
    boxes = [t.get_window_extent(renderer) for t in texts]
    return sum(1 for b in boxes for (px, py), r in zip(pts, radii_px)
               if b.x0 < px + r and px - r < b.x1 and b.y0 < py + r and py - r < b.y1)


def _push(ax, text, dx: float, dy: float) -> None:
    """Move a label by (dx, dy) pixels."""
    x, y = ax.transData.transform(text.get_position())
    text.set_position(ax.transData.inverted().transform((x + dx, y + dy)))


def _apart(a, b, pad: float) -> tuple[float, float] | None:
    """The smallest shift (in pixels) that takes box ``a`` clear of box ``b``, or None when they are clear."""
    ox = min(a.x1, b.x1) - max(a.x0, b.x0) + pad
    oy = min(a.y1, b.y1) - max(a.y0, b.y0) + pad
    if ox <= 0 or oy <= 0:
        return None
    if oy <= ox:
        return 0.0, oy if (a.y0 + a.y1) >= (b.y0 + b.y1) else -oy
    return (ox if (a.x0 + a.x1) >= (b.x0 + b.x1) else -ox), 0.0


def _declutter_step(ax, texts, dots, frame, renderer, pad: float) -> bool:
    """One pass: labels apart from each other (both move), off every dot (the label moves), inside the frame."""
    moved = False
    boxes = [t.get_window_extent(renderer) for t in texts]
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            shift = _apart(boxes[i], boxes[j], pad)
            if shift:
                _push(ax, texts[i], shift[0] / 2 + 0.5, shift[1] / 2 + 0.5 * (shift[1] != 0))
                _push(ax, texts[j], -shift[0] / 2 - 0.5 * (shift[0] != 0), -shift[1] / 2 - 0.5 * (shift[1] != 0))
                boxes[i], boxes[j] = texts[i].get_window_extent(renderer), texts[j].get_window_extent(renderer)
                moved = True
        for dot in dots:
            shift = _apart(boxes[i], dot, 1.0)
            if shift:
                _push(ax, texts[i], *shift)
                boxes[i] = texts[i].get_window_extent(renderer)
                moved = True
        if _inside(ax, texts[i], boxes[i], frame):
            boxes[i] = texts[i].get_window_extent(renderer)
            moved = True
    return moved


def _inside(ax, text, box, frame) -> bool:
    """Move a label whose box (pixels) sticks out of ``frame`` back inside; True when it moved."""
    dx = max(frame.x0 - box.x0, 0.0) + min(frame.x1 - box.x1, 0.0)
    dy = max(frame.y0 - box.y0, 0.0) + min(frame.y1 - box.y1, 0.0)
    if dx or dy:
        _push(ax, text, dx, dy)
    return bool(dx or dy)


#: Where a label may sit around its dot, in order of preference: (dx, dy) in units of the dot's radius
#: plus a gap, with the alignment that keeps the text on that side.
_SPOTS = ((0, -1, "center", "top"), (0, 1, "center", "bottom"), (1, 0, "left", "center"),
          (-1, 0, "right", "center"), (1, -1, "left", "top"), (-1, -1, "right", "top"),
          (1, 1, "left", "bottom"), (-1, 1, "right", "bottom"))


def _clash(box, others, frame) -> float:
    """How much of ``box`` (pixels) lies over the ``others`` or outside ``frame``: 0 when it is clear."""
    area = sum(max(0.0, min(box.x1, o.x1) - max(box.x0, o.x0)) * max(0.0, min(box.y1, o.y1) - max(box.y0, o.y0))
               for o in others)
    inside = max(0.0, min(box.x1, frame.x1) - max(box.x0, frame.x0)) * max(0.0, min(box.y1, frame.y1) - max(box.y0, frame.y0))
    return area + (box.width * box.height - inside) * 4


def _place(ax, texts, pts, radii_px, obstacles, frame, renderer) -> None:
    """Put each label on the first side of its dot that is clear (in the order of ``_SPOTS``)."""
    taken = list(obstacles)
    to_data = ax.transData.inverted().transform
    for t, (x, y), r in zip(texts, pts, radii_px):
        best = None
        for gap, (dx, dy, ha, va) in ((g, spot) for g in (2, 14, 28) for spot in _SPOTS):
            t.set_ha(ha)
            t.set_va(va)
            t.set_position(to_data((x + dx * (r + gap), y + dy * (r + gap))))
            box = t.get_window_extent(renderer)
            score = _clash(box.padded(2.0), taken, frame)
            if best is None or score < best[0]:
                best = (score, (x + dx * (r + gap), y + dy * (r + gap)), ha, va, box)
            if score == 0:
                break
        _score, xy, ha, va, box = best
        t.set_ha(ha)
        t.set_va(va)
        t.set_position(to_data(xy))
        taken.append(box)


def _declutter(ax, texts, anchors, radii_px, *, fixed=(), iterations: int = 150, pad: float = 4.0) -> None:
    """Place labels so that none overlaps another label or any dot and all stay inside the axes.

    ``anchors`` are the labelled dots (data coordinates, one per label, most important first) and
    ``radii_px`` their radii in pixels; ``fixed`` are texts that stay put and that labels keep clear of.
    Each label first takes the first clear side of its dot (below, above, right, left, then the
    corners); what still collides is pushed apart.  A label that ends up away from its dot gets a thin
    leader line back to it.
    """
    if not texts:
        return
    from matplotlib.transforms import Bbox

    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    pts = ax.transData.transform(np.asarray(anchors, dtype=float))
    dots = [Bbox([[x - r, y - r], [x + r, y + r]]) for (x, y), r in zip(pts, radii_px)]
    dots += [t.get_window_extent(renderer) for t in fixed]
    frame = ax.get_window_extent(renderer)
    _place(ax, texts, pts, radii_px, dots, frame, renderer)
    for _ in range(iterations):
        if not _declutter_step(ax, texts, dots, frame, renderer, pad):
            break
    for t, (x, y), r in zip(texts, pts, radii_px):
        _inside(ax, t, t.get_window_extent(renderer), frame)
        _leader(ax, t, x, y, r, renderer)


def _leader(ax, text, x: float, y: float, r: float, renderer) -> None:
    """A thin grey line from a dot (pixels) to its label's nearest edge when the label has drifted away."""
    b = text.get_window_extent(renderer)
    nx_, ny_ = min(max(x, b.x0), b.x1), min(max(y, b.y0), b.y1)
    if math.hypot(nx_ - x, ny_ - y) <= r + 6:
        return
    (x0, y0), (x1, y1) = ax.transData.inverted().transform([(x, y), (nx_, ny_)])
    ax.plot([x0, x1], [y0, y1], color="#999999", lw=0.6, zorder=0.8)


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
    texts, anchors, radii = [], [], []
    for n in sorted(g, key=lambda n: -g.nodes[n].get("mentions", 0)):
        size = 40 + 700 * g.nodes[n].get("mentions", 1) / mmax
        radius_px = math.sqrt(size) / 2 * dpi / 72
        dy = (radius_px + 2) / px_per_unit
        anchors.append(pos[n])
        radii.append(radius_px)
        texts.append(ax.text(pos[n][0], pos[n][1] - dy, n, fontsize=LABEL_PT, ha="center", va="top", zorder=3,
                             bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.7}))
    ax.set_xticks([])
    ax.set_yticks([])
    _legend(ax, cols, marks)
    finish(ax, title="Who appears with whom (sentence co-occurrence)", xlabel="", ylabel="")
    ax.spines[["left", "bottom"]].set_visible(False)
    _declutter(ax, texts, anchors, radii, iterations=400)
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
    labelled, quadrants = [], []  # (mentions, text, dot): the most mentioned choose their spot first
    for (p, i), cell in df.groupby(["power", "interest"], sort=True):
        n = len(cell)
        for k, (idx, r) in enumerate(cell.iterrows()):
            ang = 2 * math.pi * k / max(n, 1)
            rad = 0 if n == 1 else 0.3
            x, y = i + rad * math.cos(ang), p + rad * math.sin(ang)
            key = keys[idx]
            ax.scatter([x], [y], s=40, color=cols[key], marker=marks[key], zorder=3)
            labelled.append((-r["mentions"], len(labelled), ax.text(x, y, r["name"], fontsize=LABEL_PT, zorder=4),
                             (x, y)))
    for v in np.arange(1.5, 5.5, 1.0):
        ax.axhline(v, color="#EEEEEE", lw=0.6, zorder=0)
        ax.axvline(v, color="#EEEEEE", lw=0.6, zorder=0)
    ax.axhline(3, ls="--", color="#888888", lw=0.8)
    ax.axvline(3, ls="--", color="#888888", lw=0.8)
    for x, y, lab in ((1.6, 5.45, "keep satisfied"), (4.4, 5.45, "manage closely"),
                      (1.6, 0.55, "monitor"), (4.4, 0.55, "keep informed")):
        quadrants.append(ax.text(x, y, lab, ha="center", va="center", fontsize=LABEL_PT, color="#555555",
                                 style="italic"))
    ax.set_xlim(0.4, 5.6)
    ax.set_ylim(0.3, 5.7)
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    _legend(ax, cols, marks)
    finish(ax, title="Power and interest, as the analyst judges them",
           xlabel="interest in the outcome (1 = little, 5 = fate rides on it)",
           ylabel="power over the outcome (1 = hardly any, 5 = decisive)")
    labelled.sort(key=lambda row: row[:2])
    _declutter(ax, [t for *_k, t, _xy in labelled], [xy for *_k, xy in labelled],
               [math.sqrt(40) / 2 * ax.figure.dpi / 72] * len(labelled), fixed=quadrants, iterations=400)
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
