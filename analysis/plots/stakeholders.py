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


# Labels are placed on boxes in pixels, [x0, y0, x1, y1], measured once per label: laying text out again
# at every trial position is what made placement slow.

def _apart(a, b, pad: float) -> tuple[float, float] | None:
    """The smallest shift (in pixels) that takes box ``a`` clear of box ``b``, or None when they are clear."""
    ox = min(a[2], b[2]) - max(a[0], b[0]) + pad
    oy = min(a[3], b[3]) - max(a[1], b[1]) + pad
    if ox <= 0 or oy <= 0:
        return None
    if oy <= ox:
        return 0.0, oy if (a[1] + a[3]) >= (b[1] + b[3]) else -oy
    return (ox if (a[0] + a[2]) >= (b[0] + b[2]) else -ox), 0.0


def _move(box: list, dx: float, dy: float) -> None:
    box[0] += dx
    box[2] += dx
    box[1] += dy
    box[3] += dy


def _into(box: list, frame) -> bool:
    """Move a box that sticks out of ``frame`` back inside; True when it moved."""
    dx = max(frame[0] - box[0], 0.0) + min(frame[2] - box[2], 0.0)
    dy = max(frame[1] - box[1], 0.0) + min(frame[3] - box[3], 0.0)
    if dx or dy:
        _move(box, dx, dy)
    return bool(dx or dy)


def _declutter_step(boxes: list, dots: list, frame, pad: float) -> bool:
    """One pass: labels apart from each other (both move), off every dot (the label moves), inside the frame."""
    moved = False
    for i, bi in enumerate(boxes):
        for bj in boxes[i + 1:]:
            shift = _apart(bi, bj, pad)
            if shift:
                _move(bi, shift[0] / 2 + 0.5 * (shift[0] != 0), shift[1] / 2 + 0.5 * (shift[1] != 0))
                _move(bj, -shift[0] / 2 - 0.5 * (shift[0] != 0), -shift[1] / 2 - 0.5 * (shift[1] != 0))
                moved = True
        for dot in dots:
            shift = _apart(bi, dot, 1.0)
            if shift:
                _move(bi, *shift)
                moved = True
        moved = _into(bi, frame) or moved
    return moved


def _clash(box, others, frame) -> float:
    """How much of ``box`` lies over the ``others`` or outside ``frame`` (pixels squared): 0 when it is clear."""
    area = sum(max(0.0, min(box[2], o[2]) - max(box[0], o[0])) * max(0.0, min(box[3], o[3]) - max(box[1], o[1]))
               for o in others)
    inside = (max(0.0, min(box[2], frame[2]) - max(box[0], frame[0]))
              * max(0.0, min(box[3], frame[3]) - max(box[1], frame[1])))
    return area + ((box[2] - box[0]) * (box[3] - box[1]) - inside) * 4


#: Where a label may sit around its dot, in order of preference: (dx, dy) in units of the dot's radius
#: plus a gap, with the alignment that keeps the text on that side.
_SPOTS = ((0, -1, "center", "top"), (0, 1, "center", "bottom"), (1, 0, "left", "center"),
          (-1, 0, "right", "center"), (1, -1, "left", "top"), (-1, -1, "right", "top"),
          (1, 1, "left", "bottom"), (-1, 1, "right", "bottom"))


def _spot_box(x: float, y: float, w: float, h: float, ha: str, va: str) -> list:
    """The box of a ``w`` by ``h`` label anchored at (x, y) with that alignment."""
    x0 = x - w / 2 if ha == "center" else x if ha == "left" else x - w
    y0 = y - h / 2 if va == "center" else y - h if va == "top" else y
    return [x0, y0, x0 + w, y0 + h]


def _place(sizes, pts, radii_px, obstacles, frame) -> list:
    """(box, ha, va) of each label: the first side of its dot (in the order of ``_SPOTS``, in three rings)
    that is clear of the dots, the labels placed before it and the frame, else the least crowded one."""
    taken, out = list(obstacles), []
    for (w, h), (x, y), r in zip(sizes, pts, radii_px):
        best = None
        for gap in (2, 14, 28):
            for dx, dy, ha, va in _SPOTS:
                box = _spot_box(x + dx * (r + gap), y + dy * (r + gap), w, h, ha, va)
                score = _clash([box[0] - 2, box[1] - 2, box[2] + 2, box[3] + 2], taken, frame)
                if best is None or score < best[0]:
                    best = (score, box, ha, va)
                if score == 0:
                    break
            if best[0] == 0:
                break
        taken.append(best[1])
        out.append(best[1:])
    return out


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
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    pts = ax.transData.transform(np.asarray(anchors, dtype=float))
    dots = [[x - r, y - r, x + r, y + r] for (x, y), r in zip(pts, radii_px)]
    dots += [list(t.get_window_extent(renderer).extents) for t in fixed]
    frame = list(ax.get_window_extent(renderer).extents)
    sizes = [(b.width, b.height) for b in (t.get_window_extent(renderer) for t in texts)]
    placed = _place(sizes, pts, radii_px, dots, frame)
    boxes = [box for box, _ha, _va in placed]
    for _ in range(iterations):
        if not _declutter_step(boxes, dots, frame, pad):
            break
    else:  # no room that clears every dot: labels clear of each other come first
        for _ in range(iterations):
            if not _declutter_step(boxes, [], frame, pad):
                break
    to_data = ax.transData.inverted().transform
    for t, box, (_b, ha, va), (x, y), r in zip(texts, boxes, placed, pts, radii_px):
        _into(box, frame)
        t.set_ha(ha)
        t.set_va(va)
        ax_ = box[0] + (box[2] - box[0]) / 2 if ha == "center" else box[0] if ha == "left" else box[2]
        ay = box[1] + (box[3] - box[1]) / 2 if va == "center" else box[3] if va == "top" else box[1]
        t.set_position(to_data((ax_, ay)))
        _leader(ax, box, x, y, r)


def _leader(ax, box, x: float, y: float, r: float) -> None:
    """A thin grey line from a dot (pixels) to its label's nearest edge when the label has drifted away."""
    nx_, ny_ = min(max(x, box[0]), box[2]), min(max(y, box[1]), box[3])
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
    _declutter(ax, texts, anchors, radii)
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
               [math.sqrt(40) / 2 * ax.figure.dpi / 72] * len(labelled), fixed=quadrants)
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
