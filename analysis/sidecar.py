"""Sidecar metadata and stakeholder registries: one declared schema, checked when a file is read.

An article ``news/story.txt`` may have a sidecar ``news/story.yml`` (or
``.yaml``): a YAML mapping of the fields in :data:`SIDECAR_FIELDS`.  Each field
has a declared kind (one line of text, free text, an ISO date, an ISO 4217
currency code ...) and a range, and :func:`read_sidecar` checks every field
when the file is read.  A field that breaks the schema is one
:class:`~analysis.errors.MetadataError` whose one-line message names the file
and the field, so the command line exits 2 and a corpus run writes an error
row for that article alone.

Other keys are allowed (``style:``, ``section:``) and kept in
:attr:`Article.metadata <analysis.article.Article.metadata>` when they hold
plain values (text, a number, true/false, or a flat list of these); a key that
looks like a misspelt field (``refernce_date``, ``Title``) is an error, so a
typo cannot silently drop a date.

YAML is read safely (no Python objects) and without YAML's own date typing:
``reference_date: 2025-13-45`` reaches the schema as text and fails there with
a clear message, instead of inside the YAML library.  Deeply nested or huge
files are refused with one line.

Stakeholder registries (``data/stakeholders/*.yml``) follow
:data:`REGISTRY_FIELDS`; :func:`read_registry` reads and checks one and
:func:`validate_registry` checks already-loaded content.

Examples
--------
>>> check_metadata({"title": "Rates rise", "reference_date": "2026-01-15", "currency": "cad"}, where="x.yml")
{'title': 'Rates rise', 'reference_date': '2026-01-15', 'currency': 'CAD'}
>>> check_metadata({"reference_date": "2025-13-45"}, where="x.yml")
Traceback (most recent call last):
...
analysis.errors.MetadataError: x.yml: reference_date: '2025-13-45' is not a real date YYYY-MM-DD (month must be in 1..12)
"""

from __future__ import annotations

import datetime as _dt
import difflib
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import yaml

from .errors import MetadataError, RegistryError

__all__ = [
    "SIDECAR_FIELDS",
    "REGISTRY_FIELDS",
    "REGISTRY_KINDS",
    "Field",
    "check_metadata",
    "currency_codes",
    "load_yaml",
    "parse_reference_date",
    "read_registry",
    "read_sidecar",
    "sidecar_path",
    "validate_registry",
]

_RES = Path(__file__).resolve().parent / "resources"

#: Largest sidecar file read (bytes); a sidecar is a few lines.
MAX_SIDECAR_BYTES = 1_000_000
#: Largest registry file read (bytes); the seed's 52 stakeholders take 12 kB.
MAX_REGISTRY_BYTES = 10_000_000
#: Years a reference date may have.  Printed news goes back to the 17th century;
#: the bounds keep the arithmetic of relative dates ("in 100 years") far from
#: Python's calendar limits (years 1 to 9999).
YEAR_RANGE = (1500, 2500)


class _Bad(Exception):
    """A value that breaks its field's rule (internal: becomes a MetadataError naming file and field)."""


@dataclass(frozen=True)
class Field:
    """A declared metadata field: its kind (how the value is checked), a maximum length, and what it is for."""

    kind: str
    doc: str
    max_len: int = 500


# --- the kinds of value --------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
_URL = re.compile(r"https?://[^\s/?#]+[^\s]*", re.IGNORECASE)


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number (write it in quotes if it is text)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


def _show(value: Any, width: int = 60) -> str:
    """A short one-line rendering of a value for an error message."""
    r = repr(value)
    return r if len(r) <= width else r[: width - 3] + "..."


def _text(value: Any, max_len: int, *, one_line: bool) -> str | None:
    if not isinstance(value, str):
        raise _Bad(f"must be text, got {_type_name(value)}")
    m = _CONTROL.search(value)
    if m:
        raise _Bad(f"contains the control character {m.group()!r}")
    value = " ".join(value.split()) if one_line else value.strip()
    if len(value) > max_len:
        raise _Bad(f"is {len(value):,} characters long; at most {max_len:,}")
    return value or None


def _line(value: Any, f: Field) -> str | None:
    return _text(value, f.max_len, one_line=True)


def _free(value: Any, f: Field) -> str | None:
    return _text(value, f.max_len, one_line=False)


def _names(value: Any, f: Field) -> str | list[str] | None:
    if isinstance(value, list):
        if len(value) > 100:
            raise _Bad(f"lists {len(value)} names; at most 100")
        return [n for n in (_text(v, f.max_len, one_line=True) for v in value) if n]
    return _text(value, f.max_len, one_line=True)


def _date(value: Any, f: Field) -> str | None:
    date = _parse_date(value)
    return date.isoformat() if date else None


def _currency(value: Any, f: Field) -> str | None:
    if not isinstance(value, str):
        raise _Bad(f"must be an ISO 4217 code such as USD, got {_type_name(value)}")
    code = value.strip()
    if not code:
        return None
    if code.upper() not in currency_codes():
        raise _Bad(f"{_show(value)} is not an ISO 4217 currency code (USD, EUR, GBP, CAD ...)")
    return code.upper()


def _language(value: Any, f: Field) -> str | None:
    tag = _text(value, 35, one_line=True)
    if tag is not None and not _LANGUAGE.fullmatch(tag):
        raise _Bad(f"{_show(value)} is not a language tag such as en or en-GB")
    return tag


def _url(value: Any, f: Field) -> str | None:
    url = _text(value, f.max_len, one_line=True)
    if url is not None and not _URL.fullmatch(url):
        raise _Bad(f"{_show(value)} is not an http(s) address")
    return url


def _verbatim(value: Any, f: Field) -> str | None:
    if not isinstance(value, str):
        raise _Bad(f"must be text, got {_type_name(value)}")
    if len(value) > f.max_len:
        raise _Bad(f"is {len(value):,} characters long; at most {f.max_len:,}")
    return value or None


def _ident(value: Any, f: Field) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _text(value, f.max_len, one_line=True)


_KINDS: dict[str, Callable[[Any, Field], Any]] = {
    "line": _line, "text": _free, "names": _names, "date": _date, "currency": _currency,
    "language": _language, "url": _url, "id": _ident, "verbatim": _verbatim,
}

#: The sidecar schema, field name -> declared kind, maximum length and purpose.
#: ``line`` is one line of text (runs of white space become one space); ``text``
#: may span lines; ``names`` is one name or a list; ``date`` is an ISO date
#: (``YYYY-MM-DD``, or an ISO date-time whose date is kept) in ``YEAR_RANGE`` (1500 to 2500);
#: ``currency`` an ISO 4217 code (case-insensitive, stored in capitals);
#: ``verbatim`` is text kept exactly as given (a file path).
#: Every text field refuses control characters.  ``null`` or an empty value
#: means "not stated".
SIDECAR_FIELDS: dict[str, Field] = {
    "title": Field("line", "the article's headline"),
    "book_title": Field("line", "the title of a book built about this article (default: the title)"),
    "outlet": Field("line", "the publication", 200),
    "author": Field("names", "the byline: one name or a list of names", 200),
    "reference_date": Field("date", "the date relative expressions ('next year') are resolved against"),
    "reference_date_basis": Field("text", "how the reference date was chosen", 10_000),
    "currency": Field("currency", "ISO 4217 code of the article's own currency, for a bare '$' (CAD, AUD ...)"),
    "language": Field("language", "language tag of the text (the analyses read English)"),
    "url": Field("url", "where the article was published", 2_000),
    "provenance": Field("text", "where this copy of the text comes from", 10_000),
    "rights": Field("text", "who holds the rights and what they allow", 10_000),
    "notes": Field("text", "free notes", 10_000),
    "id": Field("id", "the article's id in a corpus", 500),
    "source": Field("verbatim", "the file the article was read from (set by the loader), kept as it is", 4_096),
}


@lru_cache(maxsize=1)
def _currency_rows() -> tuple[tuple[str, str], ...]:
    """(code, status) of each row of ``analysis/resources/iso4217_currencies.txt`` ("current" or "withdrawn 2002")."""
    lines = (_RES / "iso4217_currencies.txt").read_text(encoding="utf-8").splitlines()
    return tuple((ln.split("\t", 1)[0], ln.rstrip().rsplit("\t", 1)[-1])
                 for ln in lines if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes accepted for ``currency`` (``analysis/resources/iso4217_currencies.txt``).

    >>> {"USD", "CAD", "GBP", "DEM"} <= currency_codes(), "XYZ" in currency_codes()
    (True, False)
    """
    return frozenset(code for code, _ in _currency_rows())


@lru_cache(maxsize=1)
def current_currency_codes() -> frozenset[str]:
    """The ISO 4217 codes of :func:`currency_codes` still in use (marked ``current``; not "DEM", withdrawn 2002).

    >>> "KES" in current_currency_codes(), "DEM" in current_currency_codes()
    (True, False)
    """
    return frozenset(code for code, status in _currency_rows() if status == "current")


def parse_reference_date(value: Any, *, where: str | None = None) -> _dt.date | None:
    """An ISO date (``YYYY-MM-DD`` text or a ``date``) checked against ``YEAR_RANGE`` (1500 to 2500).

    ``None`` means "not given" and stays ``None``; an empty or blank string is
    an error (it is not a date), so an empty ``--reference-date ''`` cannot
    silently drop the sidecar's date.  An ISO date-time keeps its date.

    Raises
    ------
    MetadataError
        With ``where`` given, naming it; without, a message for the caller to prefix.

    Examples
    --------
    >>> parse_reference_date("2026-02-28")
    datetime.date(2026, 2, 28)
    >>> parse_reference_date("2026-02-29", where="--reference-date")
    Traceback (most recent call last):
    ...
    analysis.errors.MetadataError: --reference-date: '2026-02-29' is not a real date YYYY-MM-DD (day is out of range for month)
    """
    try:
        return _parse_date(value)
    except _Bad as e:
        raise MetadataError(f"{where}: {e}" if where else str(e)) from None


def _parse_date(value: Any) -> _dt.date | None:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if not isinstance(value, _dt.date):
        if not isinstance(value, str):
            raise _Bad(f"must be a date in the form YYYY-MM-DD, got {_type_name(value)}")
        value = _date_from_text(value)
    if not YEAR_RANGE[0] <= value.year <= YEAR_RANGE[1]:
        raise _Bad(f"{value.isoformat()} is outside the years {YEAR_RANGE[0]} to {YEAR_RANGE[1]}")
    return value


def _date_from_text(text: str) -> _dt.date:
    s = text.strip()
    if not s:
        raise _Bad("is empty; give a date in the form YYYY-MM-DD")
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.,+\-Z]*)?", s)
    if not m:
        raise _Bad(f"{_show(text)} is not a date in the form YYYY-MM-DD")
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as e:
        raise _Bad(f"{_show(text)} is not a real date YYYY-MM-DD ({e})") from None


def _apply(f: Field, value: Any) -> Any:
    """``value`` checked and normalised by its field's kind (``None``, "not stated", stays ``None``)."""
    return None if value is None else _KINDS[f.kind](value, f)


# --- metadata mappings ---------------------------------------------------------------------------

def _plain(value: Any) -> bool:
    """Text, a finite number, true/false, a date or null: a value an unknown key may hold."""
    if isinstance(value, str):
        return len(value) <= 10_000 and not _CONTROL.search(value)
    if isinstance(value, float):
        return math.isfinite(value)
    return value is None or isinstance(value, (bool, int, _dt.date))


def _unknown(key: str, value: Any, fields: dict[str, Field]) -> Any:
    near = difflib.get_close_matches(key.lower().replace("-", "_").replace(" ", "_"), list(fields), n=1, cutoff=0.8)
    if near:
        raise _Bad(f"unknown field (did you mean {near[0]!r}?)")
    ok = _plain(value) or (isinstance(value, list) and len(value) <= 1_000 and all(_plain(v) for v in value))
    if not ok:
        raise _Bad(f"an extra field must hold text, a number, true/false or a flat list of them; got {_type_name(value)}")
    return value.isoformat() if isinstance(value, _dt.date) else value


def check_metadata(meta: Any, *, where: str = "metadata", fields: dict[str, Field] | None = None) -> dict[str, Any]:
    """Check a metadata mapping against the schema and return it normalised.

    Known fields (:data:`SIDECAR_FIELDS` unless ``fields`` is given) are
    checked and normalised (a date becomes ``YYYY-MM-DD`` text, a currency
    code capitals, a one-line field single-spaced); fields that are null or
    empty are dropped; other keys must hold plain values and are kept.

    Raises
    ------
    MetadataError
        ``"<where>: <field>: <what is wrong>"``, one line.
    """
    fields = SIDECAR_FIELDS if fields is None else fields
    if not isinstance(meta, dict):
        raise MetadataError(f"{where}: the metadata must be a mapping of field names to values, got {_type_name(meta)}")
    out: dict[str, Any] = {}
    for key, value in meta.items():
        if not isinstance(key, str):
            raise MetadataError(f"{where}: field names must be text, found {_show(key)}")
        try:
            f = fields.get(key)
            value = _apply(f, value) if f is not None else _unknown(key, value, fields)
        except _Bad as e:
            raise MetadataError(f"{where}: {_show(key, 40) if not key.isidentifier() else key}: {e}") from None
        if value is not None:
            out[key] = value
    return out


# --- reading YAML --------------------------------------------------------------------------------

class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Safe YAML (no Python objects) that leaves dates as text, for the schema to check."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in rules if tag != "tag:yaml.org,2002:timestamp"]
    for first, rules in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(path: str | Path, *, what: str = "metadata file", max_bytes: int = MAX_SIDECAR_BYTES,
              error: type[MetadataError] = MetadataError) -> Any:
    """Read a YAML file safely, or raise ``error`` with one line naming the file.

    Refused: a file that cannot be read, is larger than ``max_bytes``, is not
    UTF-8, is not YAML, uses Python-specific tags, or nests too deeply.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise error(f"{path}: the {what} is {size:,} bytes; at most {max_bytes:,}")
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise error(f"{path}: cannot read the {what} ({e.strerror or e.__class__.__name__})") from None
    except UnicodeDecodeError:
        raise error(f"{path}: the {what} is not UTF-8 text") from None
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as e:
        problem = getattr(e, "problem", None) or e.__class__.__name__
        mark = getattr(e, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise error(f"{path}: the {what} is not valid YAML ({' '.join(str(problem).split())}{at})") from None
    except RecursionError:
        raise error(f"{path}: the {what} nests too deeply to be metadata") from None
    except ValueError as e:  # a tagged scalar the safe constructors reject (!!int abc, !!binary ...)
        raise error(f"{path}: the {what} holds a value YAML cannot read ({' '.join(str(e).split())[:80]})") from None


def sidecar_path(article_path: str | Path) -> Path | None:
    """The sidecar of an article file (``<name>.yml``, else ``<name>.yaml``), or ``None``."""
    path = Path(article_path)
    for cand in (path.with_suffix(".yml"), path.with_suffix(".yaml")):
        try:
            if cand.is_file():
                return cand
        except OSError:  # a name too long for the file system has no sidecar either
            return None
    return None


def read_sidecar(article_path: str | Path) -> dict[str, Any]:
    """The checked sidecar metadata of an article file (``{}`` when it has none).

    Parameters
    ----------
    article_path : str or pathlib.Path
        The article's text file; its sidecar is ``<name>.yml`` or ``<name>.yaml``.

    Returns
    -------
    dict
        The fields, normalised by :func:`check_metadata` (``reference_date`` as
        ``YYYY-MM-DD`` text, ``currency`` in capitals).

    Raises
    ------
    MetadataError
        If the sidecar cannot be read, is not a YAML mapping, or a field breaks
        the schema; one line naming the sidecar file and the field.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "story.yml").write_text("title: Rates rise\\nreference_date: 2026-01-15\\n")
    >>> read_sidecar(d / "story.txt")
    {'title': 'Rates rise', 'reference_date': '2026-01-15'}
    """
    cand = sidecar_path(article_path)
    if cand is None:
        return {}
    meta = load_yaml(cand)
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise MetadataError(f"{cand}: the metadata file must hold a mapping of field names to values, "
                            f"got {_type_name(meta)}")
    return check_metadata(meta, where=str(cand))


# --- stakeholder registries ----------------------------------------------------------------------

#: Kinds of stakeholder a registry entry may declare (``analysis.stakeholders.KINDS``).
REGISTRY_KINDS = ("person", "organisation", "group", "product", "place")

#: The registry schema (top-level fields), then the fields of one entry under ``stakeholders:``.
REGISTRY_FIELDS: dict[str, dict[str, Field]] = {
    "file": {
        "article": Field("line", "the article the registry is about (a path)", 4_096),
        "notes": Field("text", "free notes", 10_000),
    },
    "entry": {
        "name": Field("line", "the canonical name (required)", 200),
        "aliases": Field("names", "other names the text uses", 200),
        "kind": Field("line", f"one of {', '.join(REGISTRY_KINDS)} (default organisation)", 40),
        "group": Field("line", "the analyst's group", 200),
        "power": Field("score", "1 (hardly) to 5 (decisively): how far it can change the outcome"),
        "interest": Field("score", "1 (little) to 5 (its fate rides on it): how much the outcome matters to it"),
        "power_reason": Field("line", "one line of why", 1_000),
        "interest_reason": Field("line", "one line of why", 1_000),
        "notes": Field("text", "free notes", 10_000),
    },
}


def _score(value: Any, f: Field) -> int | None:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
        raise _Bad(f"must be an integer from 1 to 5, got {_show(value)}")
    return value


_KINDS["score"] = _score


def _registry_entry(i: int, e: Any, where: str) -> dict[str, Any]:
    fields = REGISTRY_FIELDS["entry"]
    label = f"entry {i + 1}"
    if not isinstance(e, dict):
        raise RegistryError(f"{where}: {label} must be a mapping with a 'name', got {_type_name(e)}")
    if isinstance(e.get("name"), str) and e["name"].strip():
        label = f"entry {i + 1} ({_show(' '.join(e['name'].split()), 50)})"
    for key in e:
        if not isinstance(key, str) or key not in fields:
            near = difflib.get_close_matches(str(key).lower(), list(fields), n=1, cutoff=0.75)
            hint = f" (did you mean {near[0]!r}?)" if near else f"; known: {', '.join(fields)}"
            raise RegistryError(f"{where}: {label}: unknown field {_show(key, 40)}{hint}")
    c = {}
    for key, f in fields.items():
        try:
            c[key] = _apply(f, e.get(key))
        except _Bad as err:
            raise RegistryError(f"{where}: {label}: {key}: {err}") from None
    if not c["name"]:
        raise RegistryError(f"{where}: {label} needs a 'name' (text)")
    aliases = c["aliases"] or []
    kind = c["kind"] or "organisation"
    if kind not in REGISTRY_KINDS:
        raise RegistryError(f"{where}: {label}: kind {kind!r} is not one of {', '.join(REGISTRY_KINDS)}")
    return {"name": c["name"], "aliases": [aliases] if isinstance(aliases, str) else aliases, "kind": kind,
            "group": c["group"] or "", "power": c["power"], "interest": c["interest"],
            "power_reason": c["power_reason"] or "", "interest_reason": c["interest_reason"] or ""}


def validate_registry(data: Any, *, where: str = "registry") -> list[dict[str, Any]]:
    """Check a loaded stakeholder registry against :data:`REGISTRY_FIELDS`; return its normalised entries.

    ``data`` is the file's content: a mapping with ``stakeholders:`` (a list of
    entries) and optionally ``article`` and ``notes``, or the list itself.

    Returns
    -------
    list of dict
        One entry per stakeholder with ``name``, ``aliases`` (list), ``kind``,
        ``group``, ``power``, ``interest`` (int or None), ``power_reason`` and
        ``interest_reason`` (text, possibly empty).

    Raises
    ------
    RegistryError
        One line naming ``where``, the entry and the field.

    Examples
    --------
    >>> validate_registry({"stakeholders": [{"name": "Acme Corp", "aliases": ["Acme"], "power": 4}]})[0]["kind"]
    'organisation'
    >>> validate_registry({"stakeholders": [{"name": "Acme", "power": 9}]})
    Traceback (most recent call last):
    ...
    analysis.errors.RegistryError: registry: entry 1 ('Acme'): power: must be an integer from 1 to 5, got 9
    """
    entries = data
    if isinstance(data, dict):
        top = REGISTRY_FIELDS["file"]
        try:
            for key, value in data.items():
                if key in top:
                    _apply(top[key], value)
                elif key != "stakeholders":
                    raise _Bad(f"unknown field {_show(key, 40)}; known: stakeholders, {', '.join(top)}")
        except _Bad as err:
            raise RegistryError(f"{where}: {err}") from None
        entries = data.get("stakeholders")
    if not isinstance(entries, list):
        raise RegistryError(f"{where}: expected a list of stakeholders under 'stakeholders:', got {_type_name(entries)}")
    return [_registry_entry(i, e, where) for i, e in enumerate(entries)]


def read_registry(registry: str | Path | dict | list) -> list[dict[str, Any]]:
    """Read (from a path) or take (already loaded) a stakeholder registry and check it.

    Raises
    ------
    RegistryError
        If the file is missing, unreadable, not YAML, too large or too deep,
        or an entry breaks the schema (see :func:`validate_registry`).
    """
    if isinstance(registry, (str, Path)):
        path = Path(registry)
        try:
            found = path.is_file()
        except OSError as e:
            raise RegistryError(f"{path}: cannot read the registry ({e.strerror or e.__class__.__name__})") from None
        if not found:
            raise RegistryError(f"{path}: no such registry file")
        data = load_yaml(path, what="registry", max_bytes=MAX_REGISTRY_BYTES, error=RegistryError)
        return validate_registry(data, where=str(path))
    return validate_registry(registry)
