"""Figures for readers: labels as large as the text, none overlapping, products kept off the power grid."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import pandas as pd  # noqa: E402

from analysis import plots  # noqa: E402
from analysis.plots.stakeholders import label_overlaps, labels_over_markers  # noqa: E402


def _cast(n=18):
    names = [f"Person {chr(65 + i)} Long-Surname" for i in range(n)]
    return pd.DataFrame({"name": names + ["Phone X"], "kind": ["person"] * n + ["product"],
                         "group": ["staff"] * (n // 2) + ["rivals"] * (n - n // 2) + ["products"],
                         "mentions": list(range(n + 1, 1, -1)) + [30], "quoted": 0,
                         "power": [3] * (n + 1), "interest": [3] * (n + 1)})


def test_grid_crowded_cell_labels_do_not_overlap_and_products_stay_off():
    cast = _cast()
    fig, ax = plt.subplots(figsize=(7, 6.6), layout="constrained")
    plots.plot_power_interest(cast, ax=ax)
    fig.savefig(__import__("io").BytesIO(), dpi=100)
    labels = [t for t in ax.texts if t.get_text().startswith("Person")]
    assert len(labels) == 18
    assert not any(t.get_text() == "Phone X" for t in ax.texts)
    assert label_overlaps(labels) == 0
    assert min(t.get_fontsize() for t in labels) >= 9
    plt.close(fig)


def test_grid_labels_leave_every_dot_visible_and_stay_inside_the_axes():
    fig, ax = plt.subplots(figsize=(7, 6.6), layout="constrained")
    plots.plot_power_interest(_cast(), ax=ax)
    fig.canvas.draw()
    labels = [t for t in ax.texts if t.get_text().startswith("Person")]
    dots = [tuple(xy) for c in ax.collections for xy in c.get_offsets()]
    assert len(dots) == 18  # the product is not drawn
    radius_px = 40 ** 0.5 / 2 * fig.dpi / 72  # the grid's dots are drawn with s=40 (points squared)
    assert labels_over_markers(labels, dots, [radius_px] * len(dots)) == 0
    frame = ax.get_window_extent().padded(1.0)
    renderer = fig.canvas.get_renderer()
    for t in labels:
        box = t.get_window_extent(renderer)
        assert frame.contains(box.x0, box.y0) and frame.contains(box.x1, box.y1), t.get_text()
    plt.close(fig)


def test_network_selection_leaves_out_products_and_isolates():
    g = nx.Graph()
    for name, kind, m in (("Ann Lee", "person", 5), ("Acme", "organisation", 9), ("Phone X", "product", 7),
                          ("Bo Chan", "person", 2)):
        g.add_node(name, kind=kind, mentions=m)
    g.add_edge("Ann Lee", "Acme", weight=2)
    g.add_edge("Phone X", "Acme", weight=1)
    assert plots.network_selection(g) == ["Acme", "Ann Lee"]


def test_source_tone_draws_an_interval_only_from_five_quotations():
    q = pd.DataFrame({"kind": "full", "speaker": ["A"] * 5 + ["B"] * 2, "side": ["company"] * 5 + ["outside"] * 2,
                      "compound": [0.1, 0.2, 0.3, -0.1, 0.0, 0.5, -0.5], "stance_score": 0.0})
    ax = plots.plot_source_tone(q, score="compound")
    assert len(ax.lines) == 2  # one interval line (A) and the zero line; B has no interval
    ax2 = plots.plot_source_tone(q, score="stance_score")
    assert "stance toward the story's subject" in ax2.get_xlabel()
    plt.close("all")
