"""Small Sphinx fixes for the stock Jupyter Book theme.

sphinx-thebe and sphinx-togglebutton add their inline scripts twice under
Sphinx 7, so the browser reports ``Identifier 'THEBE_JS_URL' has already been
declared``.  This extension drops duplicate inline scripts from each page.
"""


def _dedupe_scripts(app, pagename, templatename, context, doctree):
    files = context.get("script_files")
    if not files:
        return
    seen, kept = set(), []
    for js in files:
        body = getattr(js, "attributes", {}).get("body") if hasattr(js, "attributes") else None
        key = ("body", body) if body else ("src", str(js))
        if key in seen:
            continue
        seen.add(key)
        kept.append(js)
    context["script_files"] = kept


def setup(app):
    app.connect("html-page-context", _dedupe_scripts, priority=1000)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
