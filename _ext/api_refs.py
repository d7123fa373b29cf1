"""Resolve references to the package's own objects by the names readers use.

Docstrings in :mod:`analysis` refer to functions and classes the way a user
calls them: through the flat API (``analysis.extract_quotes``) or by the name
imported into the module (``Article`` inside ``analysis.quotes``).  Sphinx
documents each object once, under the module that defines it
(``analysis.quotes.extract_quotes``, ``analysis.article.Article``), so without
help those references stay unresolved and ``-n`` reports them.

This extension handles Sphinx's ``missing-reference`` event for the Python
domain: it imports the object the reference names (from the flat API, or from
the module the docstring belongs to), finds where that same object is
documented, and links there.  A reference it cannot tie to a documented
object is left alone, so a wrong or private name still warns under ``-n``.
"""

from __future__ import annotations

import importlib

from sphinx.util.nodes import make_refnode

PACKAGE = "analysis"


def _walk(path: str):
    """Import the longest module prefix of ``path`` and follow the rest as attributes.

    Returns ``(object, canonical_name)``: the canonical name is the defining
    module and qualified name of the last class or function on the way, plus
    the attribute names after it (``Article.reference_date``).  ``None`` when
    ``path`` does not name anything.
    """
    parts = path.split(".")
    for i in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        canon = obj.__name__
        for name in parts[i:]:
            if not hasattr(obj, name):
                # a documented attribute without a class-level value (a dataclass field)
                if isinstance(obj, type) and name in getattr(obj, "__annotations__", {}):
                    return None, f"{canon}.{name}"
                return None
            obj = getattr(obj, name)
            if (isinstance(obj, type) or callable(obj)) and hasattr(obj, "__qualname__") and hasattr(obj, "__module__"):
                canon = f"{obj.__module__}.{obj.__qualname__}"
            else:
                canon = f"{canon}.{name}"
        return obj, canon
    return None


def _candidates(target: str, modname: str | None):
    target = target.lstrip(".~")
    if target.startswith(PACKAGE + ".") or target == PACKAGE:
        yield target
        return
    if modname and modname.startswith(PACKAGE):
        parts = modname.split(".")
        for i in range(len(parts), 0, -1):  # the docstring's module, then its parents
            yield ".".join(parts[:i]) + "." + target


def _resolve(app, env, node, contnode):
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    objects = env.get_domain("py").objects
    for cand in _candidates(target, node.get("py:module")):
        found = _walk(cand)
        if not found:
            continue
        obj, canon = found
        names = [canon]
        # the same object documented under a re-exported name (analysis.plots.plot_x)
        short = canon.rsplit(".", 1)[-1]
        names += sorted(n for n in objects if n.rsplit(".", 1)[-1] == short and n != canon
                        and obj is not None and (_walk(n) or (None, None))[0] is obj)
        for name in names:
            entry = objects.get(name)
            if entry is not None:
                return make_refnode(app.builder, node["refdoc"], entry.docname, entry.node_id, contnode, name)
    return None


def setup(app):
    app.connect("missing-reference", _resolve)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
