"""Mentions: the people, organisations, groups, places and products an article names, found once.

This is the one mention layer of the package: every analysis that needs to know who or what a
stretch of text names (stakeholders; the people whose full names and sexes quotation speakers are
resolved to; financing counterparties and the synthesis may switch to it) reads it from here, so they cannot disagree
on the same article.  Recognition runs once per article and is cached on the
:class:`~analysis.article.Article` itself (lazily, on first use).

Public API
----------
:func:`find_mentions` (article) -> DataFrame
    One row per mention, in reading order: ``start``, ``end`` (offsets:
    ``article.text[start:end] == text``), ``text``, ``name`` (the canonical
    name of the actor it refers to), ``kind`` (one of :data:`KINDS`),
    ``sentence_id``, ``paragraph_id``.
:func:`story_subject` (article) -> (name, kind) or None
    The organisation, person or government the story is mostly about.
:func:`entities` (article) -> tuple of :class:`Entity`
    The same recognition grouped by actor: canonical name, kind, every span
    and the surface form of each span.  :mod:`analysis.stakeholders` builds
    its tables from it.
:func:`collective_group` (noun) -> str or None
    The collective actor a lower-case noun stands for (``"regulator"`` ->
    ``"regulators"``), for mapping an anonymous source ("a former
    executive") to its group.
:data:`KINDS`
    ``("person", "organisation", "group", "product", "place")``.

How recognition works (no downloaded model)
-------------------------------------------
The text is cut into word tokens with offsets; runs of capitalised tokens
become candidate names; rules decide what to keep and what each name is:

* **Whole names**: a run grows over ``&``, name particles (``de``, ``van``)
  and ``of``/``for``/``and`` inside an organisation name (``University of
  Leeds``, ``Federal Trade and Industry Agency``, ``Gun Owners of America``,
  ``UN High Commissioner for Refugees``); ``Inc``, ``& Co`` stay in; a
  no-break space joins a name's words like a space.
* **Filtering**: a capitalised word that only starts a sentence is not a
  name unless the same word is written with a capital elsewhere; stop words,
  months and days, common-noun abbreviations (``AI``, ``CEO``) and
  nationality words are dropped; headline, byline, caption and
  page-furniture lines produce no actors unless the body names them too;
  names inside a short scare quote likewise.  A job title standing alone
  ("Environment Secretary") and a portfolio before a minister's name are no
  actors; a known body's name opening a sentence before a plural common noun
  and a verb ("House prices rose") is a modifier, not the body.  A place and a
  singular party word ("the Wisconsin Republican") describe a person and name
  no one; a sentence adverb ("Moreover,") opens no name; a short quotation
  followed by a verb of saying is speech, not a scare quote.
* **Wire datelines** ("LONDON (Reuters) -", "OTTAWA, Oct. 3 (CP) —") give
  the place, title-cased, and the agency as an organisation; stock tickers
  ("TSX:ABC") and lines of short labels split by bars or dots (footers,
  menus, "Jane Doe · Acme News · Posted ...") name no actor.
* **Titles** split a name off: honorifics, role abbreviations ("Labour MP Jo
  Doe", "NDP MP ..."), hyphenated titles ("Co-leader"), a province or a level
  of government and a portfolio before a minister ("Alberta Energy
  Minister", "U.S. Commerce Secretary": no body); a plural title and "of"
  name a body ("Chiefs of Ontario"); a listed possessive opens a name
  ("Queen's University", ``possessive_name_openers``).  An office after its
  employer with no name after it is cut off ("Acme CEO", "Clark County
  Coroner", "House Speaker" name the employer); a party word before a
  legislature is no part of its name ("the Republican Senate"); a person's
  generational suffix ("Jr.", "III") is part of the mention, not of the name.
* **Kind** (person, organisation, group, product, place) is voted from cues:
  honorifics and titles, common given names, role nouns around the name,
  organisation suffixes and prefixes, organisation nouns, product cues (a
  version number, ``codenamed``, ``model``, a thing an organisation owns:
  ``Acme's Widget``; but "a company called X" is an organisation, "a nurse
  named X" a person), a gazetteer of places and facility nouns; "the West",
  "36th Street" and "the 4th District" are places; so are names read as
  places by their context in British and Commonwealth copy: a dateline in
  capitals ("TORONTO", "MUMBAI:", "NEW DELHI, March 3:"), street and venue
  words ("Mill Lane", "Gallows End", "Whitby Abbey"), "the X region/area/
  ground", "across/nearby X" and lists after them, a home town after an age
  ("Jo Doe, 44, of X"), a constituency before "MP" or after "MP for", a town
  before "Mayor", "the village of X", "cities including X, Y and Z".  Demonyms
  and their plurals are groups; countries and cities are places.  A world
  gazetteer (GeoNames towns of 5,000 people or more, smaller ones named as no
  one is and as no common word is, a weak cue only) makes a
  name no other cue types a place when it never speaks or acts and has two
  words ("the Rotterdam firm") or is placed ("through X", "X, Calif.", "X's
  suburbs"); a name of the regions' gazetteer (an ISO 3166-2 subdivision or
  a city of 500,000 people, no common surname) needs no such use, only no
  word before it but a preposition of place.  A name
  beside a verb of saying or reporting ("Eurostat said", "said Cenovus") is
  a speaker: a person only when it reads as one (a given name, a person's
  name shape, a surname of a full name in the article or shaped like one,
  "he"/"she" after it, "of" and a body after it), else an organisation;
  "X raised its ..." marks a body.
* **Aliases** merge into one actor: full name, surname, first name,
  truncated nickname, possessives, a short form of an organisation named in
  full first, initials (``FAA`` for ``Federal Aviation Administration``), a
  known short form (``Fed`` for ``Federal Reserve``, listed as data).
* **Collective actors** written in lower case (investors, employees,
  regulators ...) are ``group`` actors.
* **Descriptions**: "the Big Tech chief", "the Acme boss" are mentions of the
  most mentioned person named before them, not of the group or firm.
* **Trained filter**: a logistic regression (``mentions_filter.json.gz``,
  22 KB, about 3,260 weights) scores every person and organisation the rules
  propose from their cues, words, word shapes and neighbouring words, and
  drops those scored below its threshold (an organisation whose own name's
  words make it one and that the story names twice outside headlines is
  kept whatever the score).  It was trained by
  :mod:`analysis.train_mentions` (``--filter``) on PolNeAR's training split, with
  CoreNLP's silver entities as labels, on the rules' candidates of commit
  b8e3ded (the rules have changed since; see that module).  The common-word
  list (``mentions_common_words.txt.gz``) and the news names
  (``mentions_news_names.txt.gz``) come from the same script.
* **A bare word**: in a story of 15 sentences or more, a
  one-word organisation, not in capitals, with no body's word, verb of saying, possessive or employer's
  words ("worked for") beside any of its mentions, no verb of acting ("X has", "X reduced") and no firm's
  noun ("X shoppers", "X shares") after them,
  named once, or named again but a town of the world gazetteer or never listed with another name (a list of
  places, after a preposition of place or before a place's plural, does not count), stays a
  mention (``find_mentions``) but is not listed among the stakeholders (``Entity.listed`` is False): in news
  from anywhere such a word is far more often a village, a language or a local term than a body acting in
  the story; one-word names the training news names alone ("Reuters", "Harvard") are listed.

Every hand-written word list lives in ``analysis/resources/stakeholders_*``
(rules as data); the learned ones in ``analysis/resources/mentions_*``.

Measured by ``benchmarks/entities_polnear.py`` (people and organisations
against CoreNLP's silver entities; the threshold was chosen on dev): see the
README's figures table.

Helpers other modules may use
-----------------------------
Quotation speakers and affiliations, financing counterparties and the
synthesis can read :func:`find_mentions` (who is named where, with offsets and
kinds: join on ``start``/``end`` or ``sentence_id``), :func:`entities` (the
same grouped by actor, with every surface form for matching a speaker string
to an actor), :func:`story_subject` (the actor the story is about, in place of
``quotes.story_company`` when a kind is wanted) and :func:`collective_group`
(an anonymous source's noun to its group).
"""

from __future__ import annotations

import bisect
import gzip
import html
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import compress, islice, repeat, takewhile
from operator import attrgetter, mul
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import yaml

from .article import (Article, ArticleError, check_article, fold_case, folded, given_name_sexes, resource_lines,
                      short_given_names, title_abbreviations, word_title_abbreviations)
from .sidecar import currency_codes, current_currency_codes

__all__ = ["KINDS", "Entity", "entities", "find_mentions", "story_subject", "collective_group", "is_furniture_line",
           "is_legal_form", "is_name_particle", "name_particles", "arabic_articles", "party_words", "body_people",
           "dateline_spans", "nickname_at", "is_nickname", "addressed_as", "foreign_body_nouns", "letters_page",
           "MENTION_LAYER_COLUMNS"]

#: The kinds an actor can have.
KINDS = ("person", "organisation", "group", "product", "place")

#: Columns of :func:`find_mentions`.
MENTION_LAYER_COLUMNS = ["start", "end", "text", "name", "kind", "sentence_id", "paragraph_id"]

_RES = Path(__file__).resolve().parent / "resources"


def _yaml(text: str):
    """Parse YAML with the C loader when PyYAML has it (ten times faster)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


# --------------------------------------------------------------------------
# Rules as data (loaded once)
# --------------------------------------------------------------------------
def _currency_words() -> frozenset:
    """The currency signs written in letters that :mod:`analysis.financing` reads before a number ("Rs", "Dh"),
    from its own table (``financing_rules.yml``), so that both modules agree."""
    signs = _yaml((_RES / "financing_rules.yml").read_text(encoding="utf-8"))["currency_prefixes"]
    return frozenset(str(k).rstrip(".") for k in signs if str(k).isalpha())


@lru_cache(maxsize=1)
def _currency_nouns() -> frozenset:
    """The currencies' nouns that :mod:`analysis.financing` reads after a number ("lira", "rupees", "dirhams"), lower
    case, from its own table (``financing_rules.yml`` ``currency_suffixes``), so that both modules agree."""
    nouns = _yaml((_RES / "financing_rules.yml").read_text(encoding="utf-8"))["currency_suffixes"]
    return frozenset(str(k).lower() for k in nouns if str(k).isalpha() and str(k).islower())


def _currency_name(cl: _Cluster, text: str) -> bool:
    """A nationality and a currency's noun ("Indian Rupees", "Turkish Lira"), a place and one in the plural ("Hong
    Kong Dollars"), or one alone in the plural after a nationality in every mention ("Liras" of "40 million Turkish
    Liras", the nationality cut off): money, no actor (not "Georgia Pound", a person; not "the Euros", a
    tournament)."""
    words = cl.name.split()
    last = words[-1].lower()
    plural = last.endswith("s") and (last[:-1] in _currency_nouns() or last in _currency_nouns())
    if len(words) == 1:
        before = [_WORD_BEFORE.search(text, max(0, c.start - 30), c.start) for c in cl.cands]
        return plural and all(m is not None and _demonym(m.group(1)) for m in before)
    return _demonym(words[0]) and (last in _currency_nouns() or plural) \
        or plural and " ".join(words[:-1]) in _rules()["places"]


@lru_cache(maxsize=1)
def _large_number_words() -> frozenset:
    """The numbers written in one word from eleven up ("Fourteen", "Ninety") that :mod:`analysis.financing` reads
    (``number_words`` in ``financing_rules.yml``), capitalised: a count opening a sentence, never a name of its own
    (not one to ten: "Nine", "Seven" and "Ten" are also broadcasters' names)."""
    nums = _yaml((_RES / "financing_rules.yml").read_text(encoding="utf-8"))["number_words"]
    return frozenset(str(k).capitalize() for k, v in nums.items() if " " not in str(k) and v >= 11)


@lru_cache(maxsize=1)
def _quotes_words() -> dict:
    """The word tables of :mod:`analysis.quotes` (``quotes_words.yml``), read once for the few that this module
    shares with it, so that both modules agree."""
    return _yaml((_RES / "quotes_words.yml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _irregular_past() -> frozenset:
    """The irregular past-tense verbs that :mod:`analysis.quotes` reads after a subject ("Acme won", "Acme cut"),
    from its own table (``quotes_words.yml``), so that both modules agree."""
    raw = _quotes_words()
    return frozenset(str(w) for w in raw["irregular_past"] + raw["subject_irregular_past"])


@lru_cache(maxsize=1)
def _calling_words() -> frozenset:
    """The words after which a quotation is a label, not a name nor speech ('called ... "Loco"', 'dubbed',
    'nicknamed'), from :mod:`analysis.quotes`' own table (``quotes_words.yml``), so that both modules agree."""
    raw = _quotes_words()
    return frozenset(str(w) for w in raw["label_verbs"] + raw["naming_cue_words"] + raw["naming_verbs"])


def _furniture_re(raw: dict, *, credits: bool) -> re.Pattern:
    """The lines of page furniture (see :func:`is_furniture_line`), the lines with a credit phrase only with
    ``credits``."""
    return re.compile(
        # (a byline may close with the writer's handle or e-mail address: "By Jo Doe (@jodoe)", "By Jo Doe
        # (jo@kelby.com)")
        # (or, a bare name, with the surname as an initial: "By Jo D."; not "By then, Jo Doe had beaten Ann R.")
        # (or a name of two to four capitalised words closed by a full stop: "By Jo Kelby Doe."; a lower-case
        # particle inside: "By Jo de Roe."; not "By then, Jo Doe had left.")
        r"\s*+(?:by\s+(?:[^\n.!?]{1,60}|(?-i:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2} [A-Z]\.)"
        r"|(?-i:[A-Z][\w’'-]+(?: (?:[a-z]{1,3} )?[A-Z][\w’'-]+){1,3}\.)"
        r"|[^\n.!?@]{1,60}[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?)$"
        + r"|(?:" + "|".join(map(re.escape, sorted(map(str, raw["page_furniture"]), key=len, reverse=True)))
        + r")\b\s*(?:[:|•\-–—»›].*|$)"
        # (or a link's line opened by a chevron: "› Veteran Kelby printer remembered", "MORE NEWS » Port traffic up",
        # "> Lamu's dhow builders race the fibreglass boat")
        + r"|[›»>][ \t]+[^\n]*(?<![.!?])$"
        + r"|(?:[-–—•*]{1,2}\s*|[^\n|]{1,60}\|\s*)?\(?\s*(?:"
        + "|".join(sorted(map(re.escape, raw["credit_openers"]), key=len, reverse=True))
        + r")\s.*" + (r"|.*\b(?:" + "|".join(map(re.escape, raw["credit_phrases"])) + r")\b.*" if credits else "")
        # (a credit after a desk's name and a bar: "Kelby Post Live Desk | Reporting by Jo Doe in Tarno | Updated")
        + r"|" + _tagline(raw) + r"|" + _translation_credit(raw)
        # a contributor's credit: names and places only after its opening ("(With inputs from Jo Doe in Kelby)")
        + r"|\(?(?:" + _alternation(raw["credit_from_openers"])
        + rf")(?-i:(?: (?:[{_CAPS}][\w’'.-]*|in|and|of|the),?){{1,10}})\)?\.?$"
        # a paper's photo credit alone on its line, in brackets or not ("(Herald photo by Jo Doe)", "(Tribune photo / Jo
        # Doe)", "Staff photo by Jo Doe")
        + r"|\(?(?-i:[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){0,2})\s(?:staff\s|file\s)?(?:photo|photograph|picture)s?"
        r"\s?(?:by\s|/\s?)(?-i:[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3})\)?\.?$"
        # a photo's credit alone on its line: the photographer, then "via" or a slash and the agency ("Jo Doe via
        # Getty Images.", "Jo Doe / Reuters", "JO DOE/AFP"; two to four words of a name, no verb)
        + r"|(?-i:[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){1,3})\s?(?:\svia\s|/)\s?(?-i:[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){0,3})\.?$"
        # a print edition's note under a web story ("A version of this article appears in print on ...")
        + r"|(?:" + "|".join(map(re.escape, map(str, raw["print_edition_openers"]))) + r")\b.*"
        # (a business paper's, with its date before "print edition": "Appeared in the March 5, 2026, print edition
        # as 'Kelby Cuts Outlook'", "Appeared in the Saturday/Sunday, March 5-6, 2026, print edition"; not "Appeared
        # in the dock: Jo Doe, 34", nor prose that names a print edition later)
        + r"|(?:" + _alternation(raw["print_edition_dated"])
        + r") (?:[a-z]+(?:/[a-z]+)?, )?[a-z]+\.? \d{1,2}(?:[-–]\d{1,2})?, \d{4},? print edition\b.*)",
        re.I)


def _translation_credit(raw: dict) -> str:
    """A translation's credit alone on its line (``translation_credit_nouns``): "from the" and a language and/or "by"
    and capitalised names or a desk, nothing after ("Translated from the German original by the Tarno staff.",
    "Translated by Jo Doe"; not "Translated by a court interpreter, Jo Doe told the judge ...")."""
    nouns = r"(?:" + _alternation(raw["translation_credit_nouns"]) + r")"
    source = r"\s+from\s+the\s+(?:(?-i:[A-Z][\w’'-]*)(?:\s+" + nouns + r")?|" + nouns + r")"
    names = r"(?-i:[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|and|of|the|&)){0,5})"
    by = r"\s+by\s+(?:the\s+)?" + names + r"(?:\s+" + nouns + r")?"
    return r"translated(?:" + source + r"(?:" + by + r")?|" + by + r")\.?$"


def _period_glued(letters: dict) -> re.Pattern:
    """A fiscal period's letters glued to its number (``period_letters``): a year's two or four digits ("FY28",
    "CY2024-25") or one of the year's parts ("Q4", "H1"; not "H20", "Q400")."""
    years = [re.escape(str(w)) for w, parts in letters.items() if not parts]
    parts = [rf"{re.escape(str(w))}[1-{int(n)}]" for w, n in letters.items() if n]
    return re.compile(r"(?:" + "|".join(years) + r")(?:\d{4}|\d{2})(?:[-/]\d{2,4})?|" + "|".join(parts))


def _tagline(raw: dict) -> str:
    """A reporter's tagline: a name of two or three words, a verb of a beat or a listed role, an outlet
    (``tagline_verbs``: "Jo Doe covers health for The Courier.", "Jo Doe is a staff writer for the Star."); a name of
    one word ("Jess covers farming ... Send news tips to ...") or "is" and any writer's role (``tagline_roles``: "Jo
    Doe is a politics reporter for the Ledger. Follow him on X") only with a call to reach the writer after, with or
    without the outlet ("Jo Doe writes about energy. Email Jo at ..."): "Jo Doe is a paid contributor for the
    Network." is a sentence of the story (a bio in the story's last third is :func:`_bio_lines`')."""
    not_names = "|".join(map(re.escape, raw["tagline_not_names"]))
    word = r"[A-Z][\w’'.-]*\s"
    one_up = r"(?-i:(?!(?:" + not_names + r")\s)" + word + r"(?:" + word + r"){0,2})"
    two_up = r"(?-i:(?!(?:" + not_names + r")\s)" + word + r"(?:" + word + r"){1,2})"
    verbs = "|".join(map(re.escape, raw["tagline_verbs"]))
    role = r"is\s(?:a|an|the)\s(?-i:[a-z][\w-]*\s){0,3}?(?:" + "|".join(map(re.escape, raw["tagline_roles"])) + r")"
    outlet = (r"(?:\s[^\n,;:]{1,60}?)?\s(?:for|at)\s+(?:the\s+)?(?-i:[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){0,4})"
              r"(?:,?\s(?:" + "|".join(map(re.escape, raw["tagline_beat_words"])) + r")\s[^\n]{1,120}?)?\.?\s*")
    call = _contact_call(raw) + r"[^\n]*$"
    return (r"(?:" + two_up + r"(?:" + verbs + r")" + outlet + r"(?:" + call + r")?$"
            + r"|" + one_up + r"(?:" + verbs + r"|" + role + r")(?:" + outlet + r"|[^\n.!?]{1,80}[.!]\s+)" + call + r")")


def _contact_call(raw: dict) -> str:
    """A call to reach a story's writer after a tagline (``contact_calls``: "Reach Jo at ...", "Email Jo"), a whole
    word not before a hyphen ("Follow-up studies" is none)."""
    calls = sorted((re.escape(str(w)).replace(r"\ ", r"\s+") for w in raw["contact_calls"]), key=len, reverse=True)
    return r"(?:" + "|".join(calls) + r")\b(?!-)"


def _with_british_spellings(words: frozenset, endings: dict, keep_out: frozenset) -> frozenset:
    """The learned common words (mostly US copy) and their British spellings (``british_endings``), so that a
    sentence opened by "Licence fees ..." or "Colour ..." reads as a common word too; not a party's word ("labor"
    -> "Labour")."""
    more = {w[:-len(us)] + uk for w in words for us, uk in endings.items() if w.endswith(us) and len(w) > len(us) + 2}
    more |= {w + "s" for w in more if not w.endswith("s")}
    return words | (frozenset(more) - keep_out)


def _lowered(raw: dict, key: str) -> frozenset:
    """The words of the table ``key`` in lower case, without a closing full stop."""
    return frozenset(str(w).lower().rstrip(".") for w in raw[key])


def _foreign_heads(raw: dict) -> frozenset:
    """The words that open a body's name in another language, as written: ``foreign_org_heads`` and every group of
    ``foreign_body_heads``."""
    return _as_written(raw, "foreign_org_heads").union(*map(frozenset, raw["foreign_body_heads"].values()))


def _lowercase(words: frozenset) -> frozenset:
    """``words`` in lower case."""
    return frozenset(w.lower() for w in words)


def _seat_titles(raw: dict) -> frozenset:
    """Legislators' titles before a member's name: the singular words of ``seat_roles_before_for`` capitalised (in
    capitals when of three letters or fewer: "MP", "TD"), and ``seat_titles_before_a_name`` as written."""
    roles = _lowered(raw, "seat_roles_before_for")
    singular = (w for w in roles if not (w.endswith("s") and w[:-1] in roles))
    return frozenset(w.upper() if len(w) <= 3 else w.capitalize() for w in singular) \
        | _as_written(raw, "seat_titles_before_a_name")


def _first_letter_either_case(words) -> str:
    """A regular expression's alternation of lower-case ``words``, the first letter in either case ("[Tt]he")."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in sorted(words, key=len, reverse=True))


def _as_written(raw: dict, key: str) -> frozenset:
    """The words of the table ``key`` as written (case and full stops kept)."""
    return frozenset(str(w) for w in raw[key])


@lru_cache(maxsize=1)
def _rules() -> dict:
    """Every word list of the recogniser (``analysis/resources/stakeholders_*``, ``mentions_*``), loaded once."""
    raw = _yaml((_RES / "stakeholders_rules.yml").read_text(encoding="utf-8"))
    return {**_word_rules(raw), **_org_rules(raw), **_name_rules(raw), **_place_rules(raw)}


def _word_rules(raw: dict) -> dict:
    """Roles, titles, function words, time words, products, page furniture and the other common words."""
    return {**_role_and_market_rules(raw), **_product_and_title_rules(raw), **_byline_rules(raw), **_call_rules(raw),
            **_office_and_word_rules(raw)}


def _role_and_market_rules(raw: dict) -> dict:
    """Roles, titles, networks, amounts, function words, market words and time words."""
    low = partial(_lowered, raw)
    return {
        "honorifics": low("honorifics"),
        "honorifics_before_given_names": low("honorifics_before_given_names"),
        "given_name_honorifics": low("given_name_honorifics"),
        "honorifics_before_listed_given_names": low("honorifics_before_listed_given_names"),
        "person_roles": low("person_roles"),
        "trades_of_a_thing": low("trades_of_a_thing"),
        "colour_words": low("colour_words"),
        "place_holders_before": low("place_holders_before"),
        "given_to_body_heads": _as_written(raw, "given_to_body_heads"),
        "island_holders_before": low("island_holders_before"),
        "origin_holders_before": low("origin_holders_before"),
        "succession_roles": low("succession_roles"),
        "social_networks": _as_written(raw, "social_networks"),
        "civic_hall_words": _as_written(raw, "civic_hall_words"),
        "person_nouns_before_names": low("person_nouns_before_names"),
        "network_use_words": low("network_use_words"),
        "network_send_verbs": low("network_send_verbs"),
        "network_verb_objects": low("network_verb_objects"),
        "list_adverbs": low("list_adverbs"),
        # a send verb, a person it goes to, at most six more words of the clause, then "on" or "via" just before a
        # name ("send us scans of the leases on ", "sent me the voice notes via ")
        "sent_to_someone_before": re.compile(r"\b([a-z]+) (?:" + _alternation(low("network_send_objects"))
                                             + r")(?: [\w’'-]+){0,6} (?:on|via) $"),
        "network_channel_words": low("network_channel_words"),
        "network_prepositions": low("network_prepositions"),
        "channel_joiners": low("channel_joiners"),
        "currency_letters": _as_written(raw, "currency_letters"),
        "phone_labels": _as_written(raw, "phone_labels"),
        "currency_letters_also_bodies": _as_written(raw, "currency_letters_also_bodies"),
        # the noun of such a currency after a sum and its letters (see mentions._a_sum_after_a_body_s_letters)
        "currency_noun_after": re.compile(r"[ \u00a0](?:" + _alternation(raw["currency_nouns_after_body_letters"])
                                          + r")s?(?![\w-])"),  # (not "francs-zone": a compound)
        "period_glued": _period_glued(raw["period_letters"]),
        # letters glued to an amount ("LE3", "KD5"), perhaps a magnitude glued after it ("Rs2.1tr", "Rs11bn", "KD5m")
        "glued_amount": re.compile(r"([A-Za-z]{1,4})(\d[\d,.]*)(?:" + _alternation(raw["glued_magnitudes"]) + r")?"),
        "magnitude_words": _as_written(raw, "magnitude_words"),
        "beside_numbers": frozenset(str(w).rstrip(".") for w in raw["measure_units"] + raw["currency_letters"]
                                    + raw["time_zones"] + raw["magnitude_words"]) | _currency_words(),
        "function_words": low("function_words"),
        "function_words_in_s": low("function_words_in_s"),
        "stopwords": low("function_words") | low("openers"),
        "market_indexes": _as_written(raw, "market_indexes"),
        "seat_nouns": _as_written(raw, "seat_nouns"),
        "market_benchmarks": _as_written(raw, "market_benchmarks"),
        "market_benchmarks_named_like_people": _as_written(raw, "market_benchmarks_named_like_people"),
        "market_benchmark_words_after": _as_written(raw, "market_benchmark_words_after"),
        "market_benchmark_moves_after": _as_written(raw, "market_benchmark_moves_after"),
        "compass_words_rare_as_surnames": _as_written(raw, "compass_words_rare_as_surnames"),
        "land_before_at": low("land_before_at"),
        "ground_idioms_before": low("ground_idioms_before"),
        "travellers_before_from": low("travellers_before_from"),
        "regional_office_words": low("regional_office_words"),
        "land_clause_before_at": low("land_clause_before_at"),
        # (the founding documents too: "the Kelbian Constitution")
        "not_actor_suffixes": frozenset(str(w) for w in raw["not_actor_suffixes"] + raw["documents_alone"]),
        "time_words": low("time_words"),
        "feasts_and_seasons": _as_written(raw, "feasts_and_seasons"),
        "time_zones": _as_written(raw, "time_zones"),
        "language_names": _as_written(raw, "language_names"),
        # "for" and the gloss of a quoted word after a language's name, not a short name's or a clause's "for"
        # ("Quechua for black lake"; not "for short", "for its part")
        "gloss_after": re.compile(r" for (?!(?:" + _alternation(low("not_gloss_after_for")) + r")\b)[a-z“\"‘']"),
        "name_idioms": re.compile(r"\b(?:" + "|".join(sorted(map(_capitals_as_written, raw["name_idioms"]), key=len,
                                                              reverse=True)) + r")\b"),
        "acronyms": frozenset(str(w).rstrip(".") for w in raw["generic_acronyms"])  # and the plural of each in
        | frozenset(str(w) + "s" for w in raw["generic_acronyms"] if str(w).isupper()),  # capitals ("GPs", "SMEs")
    }


def _product_and_title_rules(raw: dict) -> dict:
    """Products and documents, leaders, dwellers and travellers, and the words of titles."""
    low = partial(_lowered, raw)
    return {
        "product_before": low("product_before"),
        "titles_as_written": _as_written(raw, "titles_as_written"),
        # a wish to go by a name just before it, with its subject ("who asked to be called ", "she preferred only to
        # be named ", "one woman, 34, asked to be called "; after "which" or "that" no subject: "which engineers
        # chose to be called ")
        "name_wished_before": re.compile(r"(?<!\bwhich )(?<!\bthat )\b(?P<subject>\w+),? (?:\d{1,2}, )?(?:(?:has|had|have|only|also) )*"
                                         r"(?:" + _alternation(low("name_wish_verbs")) + r")(?: only)? to be "
                                         r"(?:called|named)(?: only)? $", re.IGNORECASE),
        "name_wish_subjects": low("name_wish_subjects"),
        "product_after": low("product_after"),
        "product_appositive": low("product_appositive"),
        "counsel_participles": low("counsel_participles"),
        "given_names_before_surnames": low("given_names_before_surnames"),
        "documents_alone": frozenset(raw["documents_alone"]),
        "compound_verbs": low("compound_verbs"),
        "portfolio_titles": low("portfolio_titles"),
        # a preposition after a thing named after "a" or "an" ("in a TeamsCall at lunchtime")
        "thing_after": re.compile(r" (?:" + _alternation(raw["thing_after_prepositions"]) + r")\b"),
        # a compound adjective of a land's wealth or plight just before a name ("oil-rich ", "war-torn ")
        "land_adjective_before": re.compile(r"(?<![\w-])[a-z]+-(?:" + _alternation(raw["land_adjective_ends"])
                                            + r") $"),
        "land_adjective_not_firsts": frozenset(raw["land_adjective_not_firsts"]),
        "leader_nouns": low("leader_nouns"),
        "dwellers": low("dwellers"),
        "land_holders": low("land_holders"),
        "province_words_of": low("province_words_of"),
        "heads_of_provinces_before_of": _as_written(raw, "heads_of_provinces_before_of"),
        "travel_verbs_before_from": low("travel_verbs_before_from"),
        "travel_verbs_before_to": low("travel_verbs_before_to"),
        "journey_nouns_before_to": low("journey_nouns_before_to"),
        "flying_verbs_before_from": low("flying_verbs_before_from"),
        "home_roles_before_from": low("home_roles_before_from"),
        "where_words_before_from": low("where_words_before_from"),
        "where_words_before_to": low("where_words_before_to"),
        "sea_words_before_off": low("sea_words_before_off"),
        "news_agencies": _as_written(raw, "news_agencies"),
        "volcano_land_words": low("volcano_land_words"),
        "volcano_after": re.compile(r" (?:" + _alternation(
            low("volcano_words_after") | low("volcano_eruption_nouns")) + r")\b"),
        "place_official_after_possessive": re.compile(r"[’']s (?:[a-z-]+ ){0,2}(?:" + _alternation(
            low("place_officials_after_possessive")) + r")\b"),
        "volcano_of_before": re.compile(r"\b(?:" + _alternation(low("volcano_eruption_nouns")) + r") of $"),
        "crown_compounds": low("crown_compounds"),
        "title_modifiers": low("title_modifiers"),
        "business_functions": low("business_functions"),
        "business_function_roles": low("business_function_roles"),
        "describing_words": low("describing_words"),
        "leader_after": re.compile(
            r"\s+(?:" + "|".join(sorted(map(re.escape, low("leader_roles")), key=len, reverse=True))
            + r")(?![\w-])(?!\s+(?:" + "|".join(map(re.escape, low("not_leader_after"))) + r")\b)"),
        "title_acronyms": _as_written(raw, "title_acronyms"),
        "role_abbreviations": frozenset(str(w) for w in raw["role_abbreviations"] + raw["title_acronyms"]),
    }


def _byline_rules(raw: dict) -> dict:
    """Page furniture: lines of names and roles, bios, end credits and bylines."""
    return {
        "furniture_re": _furniture_re(raw, credits=True),
        # a byline's name alone on a line above the writer's role or the story's time stamp ("Jo Doe" over
        # "Agriculture reporter" or "Updated March 5 2025 - 4:30pm"), two or three capitalised words
        # (or several joined by commas and "and": "Jo Doe and Sam Roe" over "Mining reporters")
        "name_line_above_role": re.compile(
            r"(?m)^" + _BYLINE_NAME + r"(?:(?:, | and | & )" + _BYLINE_NAME + r"){0,3}[ \t]*\n(?=[ \t]*(?:(?:"
            + _alternation(raw["time_stamp_words"])
            + r")\b|[A-Z][\w &,-]{0,40}?\b(?i:" + _alternation(raw["tagline_roles"]) + r")s?[ \t]*(?:\n|$)))"),
        # the writer in brackets straight after a dateline's place and date, an agency's or a paper's word and a
        # writer's role before the name, the line or a dash after it ("Radnevo, May 12 (BNN correspondent Jo Doe)",
        # "KYIV, March 1 (Kelby Times reporter Jo Doe) -"): the story's own staff (group "writer"); not such a
        # bracket in a sentence, whose reporter the story is about ("... detained a reporter (Kelby Times reporter
        # Jo Doe) on Monday").  Its own dateline head, not _DATELINE (the one registry of wire datelines): that one
        # takes a place in capitals only, an agency of at most four words in its bracket and a dash always after
        # it, where this one must take a place in title case ("Radnevo, May 12") and a bracket of an agency, a
        # role and a name ending the line
        "bracketed_writer": re.compile(r"(?m)^[A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){0,3}"
                                       r"(?:,[ \u00a0][A-Z0-9][\w.'’]*(?:,?[ \u00a0][A-Z0-9][\w.'’]*){0,4})?[ \u00a0]*"
                                       r"(?P<writer>\((?:[A-Z][\w&.-]* ){1,3}(?i:" + _alternation(raw["tagline_roles"])
                                       + r") " + _BYLINE_NAME + r"\))[ \u00a0]*(?:$|[—–―:-])"),
        # a section of reader comments: its head alone on a line, with a count ("4 Comments", "Comments (12)") or
        # one that needs none ("Readers' comments"), and the lines after it
        "comment_section_head": re.compile(
            r"(?im)^[ \t]*(?:\d+ (?:" + _alternation(raw["comment_section_heads"]) + r")|(?:"
            + _alternation(raw["comment_section_heads"]) + r") \(\d+\)|(?:"
            + _alternation(raw["comment_section_heads_alone"]) + r"))[ \t]*\n"),
        "bio_line": _bio_line(raw),
        "bio_story_mark": re.compile(r";|\b(?:" + _alternation(raw["bio_story_marks"]) + r")\b"),
        # a call to reach a writer after a bio on its line ("He can be reached at ...", "Email her at ...")
        "bio_contact": re.compile(r"(?:(?:" + _alternation(raw["bio_contact_openers"]) + r")\b|" + _contact_call(raw)
                                  + r")", re.I),
        "bio_speech": re.compile(r"\b(?:" + "|".join(re.escape(str(w)).replace(r"\ ", r"\s+")
                                                   for w in raw["bio_speech_words"]) + r")\b|[\"“”]", re.I),
        # a photo credit closing a caption's line after a full stop ("... on Friday night. Picture: Jo Doe", "Photo:
        # Jo Doe/AFP", "... yesterday. – Photo: JO LEE", "Picture by Jo Doe", in any case): the photographer is no
        # actor of the story; "All photos: Jo Doe for Acme Magazine" closing a line of captions)
        "end_credit": re.compile(r"(?m)(?<=[.!?] )(?:[–—-] )?(?i:(?:all )?(?:"
                                 + _alternation(raw["end_credit_words"]) + r"))s?(?:: | by )"
                                 r"(?:[^\n.!?]|(?<=\b[A-Z])\.){1,60}$"),  # (an initial's stop: "Photo: Post / K. Doe")
        # a line that says who writes a newsletter or a column ("The Kelby Letter is written by Jo Doe. Nothing in
        # it is advice."): the writer is the story's own staff
        "written_by_line": re.compile(r"(?m)^(?:The )?(?:[A-Z][\w’'&-]* ){1,4}is (?:"
                                      + _alternation(raw["written_by_verbs"]) + r") by [^\n]*$"),
        # an imprint line, with the two lines after it ("The Kelby Bulletin is published by Kelby Verlag AG, ...")
        "imprint_line": re.compile(r"(?m)^(?:The )?(?:[A-Z][\w’'&-]* ){1,4}is published by ([^\n]*)$"
                                   r"((?:\n[^\n]*){0,2})"),
        "imprint_marks": re.compile("|".join(map(re.escape, map(str, raw["imprint_marks"])))),
        "body_before": re.compile(r"(?:^|\W)(?:" + "|".join(map(re.escape, map(str, raw["body_phrases_before"])))
                                  + r") $", re.IGNORECASE),
        "acts_after": re.compile(r"[ \u00a0](?:" + _alternation(raw["acts_after"]) + r"|[a-z]{3,}ed)\b"),
        "firm_nouns_after": re.compile(r"[ \u00a0](?:" + _alternation(raw["firm_nouns_after"]) + r")\b"),
        "firm_voice_after": re.compile(r"[ \u00a0](?:" + _alternation(raw["firm_voice_after"]) + r")\b"),
        "imprint_prose_marks": re.compile("|".join(map(re.escape, map(str, raw["imprint_prose_marks"])))),
    }


def _call_rules(raw: dict) -> dict:
    """Headline lists, networks named like words, interjections, and calls to follow, write in or subscribe."""
    low = partial(_lowered, raw)
    return {
        # a label of linked headlines alone on its line ("Related Coverage", "READ MORE", "Most Read in Sport", "MORE
        # FROM THE GUARDIAN", "More on the floods"), then
        # up to six short lines with no full stop, blank lines between them or not: the other stories' headlines
        "headline_list": re.compile(
            r"(?im)^[ \t]*(?:" + _alternation(raw["headline_list_labels"]) + r")(?:[ \t]+[^\n.!?:]{1,40})?"
            r"[ \t]*:?[ \t]*\n((?:[ \t]*\n)?(?:[^\n]{3,120}(?<![.!?:])(?:\n(?:[ \t]*\n)?|$)){1,6})"),
        "networks_named_like_words": _as_written(raw, "networks_named_like_words"),
        "network_company_nouns": _as_written(raw, "network_company_nouns"),
        "message_media": low("message_media"),
        "interjections": low("interjections"),
        # a site's call to follow it on a social network (see ``social_networks``)
        "follow_call": re.compile(r"(?m)^[ \t]*(?:" + _alternation(raw["follow_call_verbs"])
                                  + r") (?:us|the |[A-Z])[^\n.]{0,60}?\bon (?:" + "|".join(
            map(re.escape, map(str, raw["social_networks"]))) + r")\b(?:[^\n.]|\.(?=\S)){0,160}[.!]?[ \t]*$"),
        # (a link's dots too: "Follow Jo Doe on Twitter at https://twitter.com/jodoe")
        # a call to send letters, notices or tips to an address, a sentence of its own (see ``submission_verbs``)
        "submission_call": re.compile(r"(?m)(?:^|(?<=[.!?] ))[ \t]*(?:(?:To [^\n.!?,]{0,80}, )?(?i:"
                                      + _alternation(raw["submission_verbs"]) + r")\b|(?:"
                                      + _alternation(raw["submission_nouns"]) + r")\b[^\n.!?]{0,60}? (?:may|should|"
                                      r"can|must) be (?:sent|e-?mailed|submitted|addressed)\b)"
                                      r"(?:[^\n.!?]|\.(?=\S)){0,160}?(?:[\w.+-]+@[\w-]+\.[\w.-]+|\bP\.? ?O\.? Box \d+)"
                                      r"[^\n.!?]*(?:\.(?!\w)|[!?])?"),
        # a word of speech or report or a quotation mark: a call in a sentence of the story ("..., Jo Doe urged")
        "speech_cue": re.compile(r"\b(?:" + "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in
                                                    raw["bio_speech_words"] + raw["speech_cue_words"])
                                 + r")\b|[\"“”]", re.I),
        # a site's call to sign up for a newsletter or an app, a sentence of its own (see ``subscribe_calls``)
        "subscribe_call": re.compile(r"(?m)(?:^|(?<=[.!?] ))[ \t]*(?:" + _alternation(raw["subscribe_calls"])
                                     + r")(?= (?:(?:to|for|up|the|our|an?)\b|[A-Z|]))[^\n.!?]{0,160}?(?i:" + "|".join(
            re.escape(str(w)) if not str(w)[0].isalpha() else rf"\b{re.escape(str(w))}\b"
            for w in raw["subscription_words"]) + r")[^\n.!?]*[.!?]?"),
        # the same without its credit phrases, and those in lower case: a line is first looked for them (most
        # lines of a story have none) before the pattern tries them at every word
        "furniture_head_re": _furniture_re(raw, credits=False),
    }


def _office_and_word_rules(raw: dict) -> dict:
    """Credit phrases, portfolios and offices, given names, common words and demonyms."""
    low = partial(_lowered, raw)
    return {
        "credit_phrases": tuple(fold_case(str(w)) for w in raw["credit_phrases"]),
        "portfolio_levels": _as_written(raw, "portfolio_levels"),
        "portfolio_words": low("portfolio_words"),
        "cabinet_offices": _as_written(raw, "cabinet_offices"),
        "party_member_before": low("party_member_before"),
        "company_boards": _as_written(raw, "company_boards"),
        "field_offices": low("field_offices"),
        "given_names": resource_lines("stakeholders_given_names.txt", lower=True),
        "news_names": resource_lines("mentions_news_names.txt.gz"),
        "common_words": _with_british_spellings(resource_lines("mentions_common_words.txt.gz", lower=True),
                                                {str(k): str(v) for k, v in raw["british_endings"].items()},
                                                frozenset(map(str.lower, map(str, raw["party_words"])))),
        "demonyms": resource_lines("stakeholders_demonyms.txt", lower=True),
        "role_at": re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, low("person_roles")))) + r")\s+(?:at|for|with)\s*$"),
    }


def _org_rules(raw: dict) -> dict:
    """Organisation words, legislators' letters and parties, businesses, known bodies, people of a body."""
    return {**_org_word_rules(raw), **_org_member_rules(raw)}


def _org_word_rules(raw: dict) -> dict:
    """Organisation words and the patterns of a body's or a company's full name."""
    low = partial(_lowered, raw)
    org_nouns = low("org_nouns")
    return {
        "org_nouns": frozenset(w for w in org_nouns if " " not in w),
        "org_bigrams": frozenset(w for w in org_nouns if " " in w),
        "person_or_body_nouns": low("person_or_body_nouns"),
        "org_suffixes": low("org_suffixes") | low("family_firm_words"),
        "org_suffixes_cased": frozenset(str(w) for w in (*raw["org_suffixes"], *raw["family_firm_words"])
                                        if str(w)[:1].isupper() and len(str(w)) > 3),
        "family_firm_words": _as_written(raw, "family_firm_words"),
        "org_prefixes": low("org_prefixes") | _lowercase(_foreign_heads(raw)),
        "org_words": low("org_prefixes") | _lowercase(_foreign_heads(raw)) | low("org_suffixes")
        | low("family_firm_words"),
        "foreign_org_heads": _foreign_heads(raw),
        "foreign_body_nouns": {noun: _lowercase(frozenset(words)) for noun, words in raw["foreign_body_heads"].items()},
        "foreign_body_joiners": _as_written(raw, "foreign_body_joiners"),
        # a Maltese "of the" glued to the capitalised word after it ("tal-Kosta", "tad-Dawl")
        "foreign_body_article": re.compile(r"(?:" + _alternation(raw["foreign_body_article_prefixes"])
                                           + rf")[{_CAPS}]"),
        # what follows the opening words of a company's full name: up to two capitalised words, then a company word
        "company_tail": re.compile(r"(?:\s+[A-Z][\w&.-]*){0,2}?\s+(?:" + "|".join(
            sorted({re.escape(str(w)) for w in raw["org_suffixes"]}, key=len, reverse=True)) + r")\b"),
        # fields joined by "and" before an organisation word ("Product Safety and Liability Network", "Mutual
        # Protection and Indemnity Association"): longer than ``body_tail`` reaches, after a plural possessive
        "body_tail_and": re.compile(r"(?:[ \u00a0][A-Z][\w-]*){1,2}[ \u00a0]and(?:[ \u00a0][A-Z][\w-]*){1,2}[ \u00a0](?:"
                                    + "|".join(sorted({re.escape(str(w).title()) for w in raw["org_suffixes"]},
                                                      key=len, reverse=True)) + r")\b"),
        # capitalised words (and "and", "of", "for", "&" between them) that end in an organisation word
        # (a capitalised word may be a plural possessive: "Nurses’ and Midwives’ Council")
        "body_tail": re.compile(r"(?:[ \u00a0](?:[A-Z][\w&.-]*(?:(?<=s)[’'])?|and|of|for|&)){0,3}?[ \u00a0](?:" + "|".join(
            sorted({re.escape(str(w)) for w in raw["org_suffixes"]}, key=len, reverse=True))
            + r"|(?:" + "|".join(re.escape(str(w).title()) for w in raw["fund_plan_words"]) + r") Plan)\b"),  # (a pension plan)
    }


def _org_member_rules(raw: dict) -> dict:
    """Legislators' letters and parties, businesses, known bodies, people of a body."""
    low = partial(_lowered, raw)
    return {
        "member_parties": _as_written(raw, "member_parties") | frozenset(map(str, raw["party_words"])),
        "party_members": _as_written(raw, "party_members"),
        "member_abbreviations": _as_written(raw, "role_abbreviations"),
        # the rest of a constituency of two places and a member's abbreviation before a name ("Ashby and Old
        # Fenwick MP Jo")
        "seat_after": re.compile(r" and (?:[A-Z][\w’'-]+ ){1,3}(?:"
                                 + "|".join(sorted(map(str, raw["role_abbreviations"]), key=len, reverse=True)) + r") [A-Z]"),
        "business_nouns": _as_written(raw, "business_nouns"),
        "founder_venture_words": _as_written(raw, "founder_venture_words"),
        "service_districts": _as_written(raw, "service_districts"),
        "never_listed_names": _as_written(raw, "deity_names") | _as_written(raw, "scripture_names"),
        "vocative_heads": _as_written(raw, "vocative_heads"),
        "bracketed_titles": _as_written(raw, "bracketed_titles"),
        "area_name_ends": _as_written(raw, "area_name_ends"),
        "known_organisations": frozenset(str(w) for w in raw.get("known_organisations", [])),
        "party_words": _as_written(raw, "party_words"),
        "sector_labels": frozenset(str(w) for w in raw.get("sector_labels", [])),
        "known_short_forms": {str(k): str(v) for k, v in raw.get("known_short_forms", {}).items()},
        "body_people": low("body_people"),
        "collectives": {str(k).lower(): str(v) for k, v in raw["collectives"].items()},
        "possessive_name_openers": _as_written(raw, "possessive_name_openers"),
        "area_body_heads": _as_written(raw, "area_body_heads"),
        "member_possessive_endings": tuple(map(str, raw["member_possessive_endings"])),
        # capitalised words after a possessive that end in a small business's word (" Canal Street Diner")
        "business_tail": re.compile(r"(?:[ \u00a0][A-Z][\w’'&-]*){0,3}?[ \u00a0](?:"
                                    + "|".join(map(re.escape, raw["business_nouns"])) + r")(?![\w’'-])"),
    }


def _name_rules(raw: dict) -> dict:
    """The parts of people's and companies' names: particles, suffixes, dotted titles, legal forms."""
    return {**_person_name_rules(raw), **_company_form_rules(raw), **_body_name_rules(raw)}


def _person_name_rules(raw: dict) -> dict:
    """The parts of people's names: particles, Gaelic, Iberian and Chinese names, endings, courtesy titles, sexes."""
    return {
        "name_prepositions": _as_written(raw, "name_prepositions"),
        "name_particles": _as_written(raw, "name_particles"),
        "name_grammar_words": _as_written(raw, "name_grammar_words"),
        # "Mac a’ Bhàird", "Nic an Tòisich": a Gaelic surname's head, the article and a capitalised name
        "gaelic_surname_particles": _as_written(raw, "gaelic_surname_particles"),
        "gaelic_surname": re.compile(r"(?:" + _alternation(raw["gaelic_surname_heads"]) + r") (?:a[’']|an) [A-Z]"),
        "member_plural_endings": tuple(str(w) for w in raw["member_plural_endings"]),
        # a capitalised adjective or abstract noun qualifying a role ("Civic activist", "Defence lawyer")
        "modifier_shape": re.compile(r"[A-Z][a-z]{2,}(?:" + _alternation(raw["modifier_endings"]) + r")"),
        "lower_name_particles": _as_written(raw, "lower_name_particles"),
        "patronymic_particles": _as_written(raw, "patronymic_particles"),
        "slogan_verbs": _lowered(raw, "slogan_verbs"),
        "patronymic_endings": tuple(sorted(_lowered(raw, "patronymic_endings"), key=len, reverse=True)),
        "patronymic_given_stems": _lowered(raw, "patronymic_given_stems"),
        "patronymic_styles": _lowered(raw, "patronymic_styles"),
        "name_opening_elements": _as_written(raw, "name_opening_elements"),
        "opening_given_names": _as_written(raw, "opening_given_names"),
        "address_sexes": {str(w): sex for sex, words in raw["address_sex"].items() for w in words},
        "abbreviated_given_names": short_given_names(),
        "chinese_name_syllables": _as_written(raw, "chinese_name_syllables"),
        "vietnamese_family_names": _as_written(raw, "vietnamese_family_names"),
        "courtesy_titles": _as_written(raw, "courtesy_titles"),
        "address_forms": _as_written(raw, "address_forms"),
        "post_name_forms": _as_written(raw, "post_name_forms"),
        "first_surname_endings": tuple(str(w) for w in raw["first_surname_endings"]),
        "iberian_given_names": _lowered(raw, "iberian_given_names"),
        "iberian_surname_endings": tuple(str(w) for w in raw["iberian_surname_endings"]),
        "iberian_accents": frozenset(str(raw["iberian_accents"])),
        "surname_joiners": _as_written(raw, "surname_joiners"),
    }


def _dotted_titles(raw: dict) -> frozenset:
    """Titles written with a full stop before a name that are no part of it (``dotted_titles``), as written: the
    table's own and the capitalised titles of the sentence tables (``article.title_abbreviations``,
    ``word_title_abbreviations``) that are no honorific and not in ``not_dotted_titles``."""
    own = _as_written(raw, "dotted_titles")
    skip = _lowered(raw, "honorifics") | {w.lower() for w in own}
    shared = {w.capitalize() for w in title_abbreviations() | word_title_abbreviations() if w not in skip}
    return own | (shared - _as_written(raw, "not_dotted_titles"))


def _company_form_rules(raw: dict) -> dict:
    """Legal forms, name suffixes, dotted titles, post-nominals, the marks and joiners of companies' names."""
    return {
        "lower_legal_forms": frozenset(str(w) for w in raw["legal_forms"] if str(w).islower()),  # "hf", "ehf"
        # a lower-case legal form with full stops (and spaces) after a company's name: " sp. z o.o.", " s.r.o." (no
        # figure after it: "a.d. 300" is the era)
        # (after a form's own full stop too: "Cantina Kelbese Soc. Coop. a r.l.")
        "spaced_legal_form": re.compile(r"\.? (?:" + _alternation(raw["spaced_legal_forms"]) + r")(?![\w’'-]| ?\d)"),
        "company_describers": _lowered(raw, "company_describers"),
        "era_legal_forms": _lowered(raw, "era_legal_forms"),
        "era_context_words": _lowered(raw, "era_context_words"),
        "ruler_titles": _lowered(raw, "ruler_titles"),
        # a legal form written with a slash after a company's name: "A/S", "P/F"
        "slashed_legal_form": re.compile(r"(?:" + _alternation(raw["slashed_legal_forms"]) + r")(?![\w/’'-])"),
        "party_roles_alone": _as_written(raw, "party_roles_alone"),
        # a word of a sum just before a one-letter currency sign and its figures ("about E74", "another R500")
        "letter_amount_before": re.compile(r"\b(?:" + _alternation(raw["amount_words_before"]) + r") $"),
        "post_nominals": _as_written(raw, "post_nominals"),
        "order_honours": _as_written(raw, "order_honours"),
        "units_after_figures": _as_written(raw, "units_after_figures"),
        "currency_marks": _as_written(raw, "currency_marks"),
        "numbered_unit_abbreviations": _as_written(raw, "numbered_unit_abbreviations"),
        # " (c)" after a Gulf company's legal form: part of its registered name
        "closed_company_mark": re.compile(" (?:" + _alternation(raw["closed_company_marks"]) + ")"),
        "company_name_joiners": _as_written(raw, "foreign_and_words"),
        "foreign_body_closers": _as_written(raw, "foreign_body_closers"),
        "foreign_joiners": frozenset(str(w) for w in raw["foreign_name_joiners"] + raw["foreign_and_words"]),
        "welsh_articles": _as_written(raw, "welsh_articles"),
        "sport_words": re.compile(rf"\b(?:{_alternation(raw['sport_words'])})\b", re.IGNORECASE),
        "foreign_name_joiners": _as_written(raw, "foreign_name_joiners"),
        "romance_particles": _as_written(raw, "romance_body_particles"),
        "romance_articles": _as_written(raw, "romance_articles"),
        "possessives_before_sacred_titles": _as_written(raw, "possessives_before_sacred_titles"),
        "portuguese_articles": _as_written(raw, "portuguese_articles"),
        "polynesian_name_articles": _as_written(raw, "polynesian_name_articles"),
        "portuguese_article_leaders": _as_written(raw, "portuguese_article_leaders"),
        "romance_saints": _as_written(raw, "romance_saints"),
        "romance_body_heads": _as_written(raw, "romance_shared_body_heads") | _as_written(raw, "foreign_org_heads"),
        "romance_government_heads": _as_written(raw, "romance_government_heads"),
        "romance_tail_stops": _as_written(raw, "romance_tail_stops"),
        "romance_adjective_endings": tuple(sorted(_lowered(raw, "romance_adjective_endings"))),
        "name_styles": _lowered(raw, "name_styles"),
        "kin_styles": _lowered(raw, "kin_styles"),
        "kin_style_idioms": _as_written(raw, "kin_style_idioms"),
        "kin_nouns": _lowered(raw, "kin_nouns"),
        "courtesy_titles_before_given_names": _lowered(raw, "courtesy_titles_before_given_names"),
        "campaign_offices": _as_written(raw, "campaign_offices"),
        "for_name_body_nouns": _as_written(raw, "for_name_body_nouns"),
        "quoted_name_heads": _as_written(raw, "quoted_name_heads"),
        "for_set_phrases": _as_written(raw, "for_set_phrases"),
        "title_field_words": _lowered(raw, "title_field_words"),
        "for_taking_verbs": _lowered(raw, "for_taking_verbs"),
        "month_given_names": _as_written(raw, "month_given_names"),
        "foreign_months": _lowered(raw, "foreign_months"),
        # a day's number just before a month of another language (see mentions._not_an_actor_span)
        "day_before_a_foreign_month": _day_before_a_foreign_month(raw),
        "foreign_possessives": _as_written(raw, "foreign_possessives"),
        # what closes a person's name written family name first, after it: a person's role in apposition, an age or
        # a verb of speech (see mentions._month_as_given_name_after)
        "person_closes_after": re.compile(r"(?:, (?:a|an|the) (?:[\w-]+ ){0,3}?(?i:"
                                          + _alternation(_lowered(raw, "person_roles"))
                                          + r")\b| said\b| says\b| told\b|, \d{1,3},)"),
        # a group's noun before a phrase, or after it (see mentions._called_a_group)
        "called_a_group": (re.compile(r"\b(?:" + _alternation(raw["group_nouns"]) + r"|calling (?:themselves|itself)) $"),
                           re.compile(r"(?:[’']s)?,? (?:or [A-Z]{2,6}\b|(?:a|an|the) (?:[\w’'-]+ ){0,3}?(?:"
                           + _alternation(raw["group_nouns"]) + r")(?=[,.;:)]|$| (?:that|which|who|of|in|with|"
                           r"formed|founded|based|led|run|set|backed|from)\b))")),  # (not "a campaign theme")
        "name_suffixes": frozenset(str(w).rstrip(".") for w in raw["name_suffixes"]),
        "dotted_titles": _dotted_titles(raw),
        "state_codes": _as_written(raw, "state_codes"),
        "town_name_suffixes": _as_written(raw, "town_name_suffixes"),
        "legal_forms": frozenset(str(w).rstrip(".") for w in raw["legal_forms"]),
        "legal_forms_lower": frozenset(str(w).rstrip(".").lower() for w in raw["legal_forms"]),
        # the spaced forms written as one word ("s.r.o.", "d.o.o."), for is_legal_form (not "a.d.", the era too)
        "one_word_spaced_forms": frozenset(str(w).rstrip(".").lower() for w in raw["spaced_legal_forms"]
                                           if " " not in str(w) and str(w) not in raw["era_legal_forms"]),
        # "(Pvt) Ltd", "(Pty) Limited" after a company's name: the bracketed mark and the legal form
        # (or one or two capitalised words, a place or a company's type: "Kelby Land (Singapore) Pte Ltd", "Tarn Power
        # Company (Guarantee) Limited"; or the country in brackets before the mark: "Kelby Textiles (Lesotho) (Pty)
        # Ltd", the country's company of a group)
        "bracketed_legal_form": re.compile(r"\((?:([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\) \()?("
                                           + _alternation(raw["bracketed_legal_forms"])
                                           + r"|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\.?\) (?:"
                                           + _alternation(raw["legal_forms"]) + r")(?![\w-]|[’'](?!s\b))"),
        # (a possessive after the form: "Marden Farms (Pty) Ltd's factory")
        "partners_and_co": _partners_and_co(raw),
    }


def _body_name_rules(raw: dict) -> dict:
    """Members' bodies, foreign lists in names, firms' forms and dotted legal forms."""
    return {
        # a determiner and one or two lower-case words just before a word ("the silent ", "a family ")
        "determiner_and_lower_before": re.compile(r"\b(?:" + _first_letter_either_case(
            _lowered(raw, "noun_phrase_determiners") | _lowered(raw, "common_noun_determiners"))
            + r") (?:[a-z][\w-]* ){1,2}$"),
        # an accord's word and "of" just before the words that name it ("the Compact of ", "a Treaty of "; not "the
        # Pact of the ": a body that is party to it, "the Pact of the Kelby League")
        "accord_of_before": re.compile(r"\b(?:" + _alternation(raw["accord_words"]) + r") of $"),
        "accord_words_alone": _as_written(raw, "accord_words_alone"),
        "members_body_words": _as_written(raw, "members_body_words"),
        "members_in_field_heads": _as_written(raw, "members_in_field_heads"),
        "membership_plurals": _as_written(raw, "membership_plurals"),
        "supporters_body_openers": _as_written(raw, "supporters_body_openers"),
        "places_members_heads": _as_written(raw, "members_body_words") | _as_written(raw, "places_members_heads"),
        "second_field_heads": _as_written(raw, "members_body_words") | _as_written(raw, "second_field_heads"),
        "places_body_heads": _as_written(raw, "places_body_heads"),
        # capitalised words ("and", "of" between) closed by a members' body word, eight words at most
        "members_body_ahead": re.compile(r"(?:[A-Z][\w’'-]* (?:(?:and|of) )?){1,7}(?:"
                                         + _alternation(raw["members_body_words"]) + r")(?![\w’'-])"),
        # ", Waal en Dijkland", ", Madeira e Afins": up to three capitalised words, the last after a foreign "and"
        "foreign_list_in_name": re.compile(rf"(?:, [^\W\d_a-z][\w’'-]*){{1,3}},? "
                                           rf"(?:{_alternation(raw['foreign_and_words'])}) [^\W\d_a-z]"),
        "owned_unit_nouns": _as_written(raw, "owned_unit_nouns"),
        "firm_cue_words": frozenset(str(w).lower() for w in raw["firm_cue_words"]),
        # a firm's professional or legal form after a list of surnames ("Doe, Roe & Poe, PLLC", "Doe, Roe & Poe LLP")
        "firm_form_after": re.compile(r",?(?: \([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?\))? (?:"
                                      + _alternation(raw["firm_suffixes"] + raw["comma_legal_forms"])
                                      + r")(?![\w’'-])"),  # (perhaps a trade in brackets first: "(Weavers) Ltd")
        "comma_legal_forms": frozenset(str(w).rstrip(".") for w in raw["comma_legal_forms"]),
        "comma_legal_forms_also_states": _as_written(raw, "comma_legal_forms_also_states"),
        "comma_legal_forms_also_credentials": _as_written(raw, "comma_legal_forms_also_credentials"),
        # a legal form of several words after a comma and a company's name (", S. de R.L.")
        "comma_spaced_legal_form": re.compile(r"(?:" + _alternation(raw["comma_spaced_legal_forms"])
                                              + r")(?![\w’'-])"),
        "dotted_legal_forms": _as_written(raw, "dotted_legal_forms"),
        # a firm's tail after "and" and what may close it ("Partners", "Associates LLP", "Partners Law Firm")
        "firm_tail_after_and": re.compile(rf"(?:{_alternation(raw['firm_tails'])})(?: (?:"
                                          + _alternation(raw["firm_suffixes"] + raw["firm_practice_words"]
                                                         + raw["legal_forms"]) + r")\.?)*"),
        "company_tails": _as_written(raw, "company_tails"),
        "legal_forms_before_of": _as_written(raw, "legal_forms_before_of"),
        "firm_closers_before_of": _as_written(raw, "firm_closers_before_of"),
        "company_openers": _as_written(raw, "company_openers"),
        "pair_subject_words": _as_written(raw, "pair_subject_words"),
        # a legal form or a word of a pair's subject just after a name, perhaps after a comma (", Ltd", " both")
        "legal_form_after": re.compile(r",? (?:" + _alternation(str(w).rstrip(".") for w in raw["legal_forms"])
                                       + r")\b"),
        "pair_subject_after": re.compile(r",? (?:" + _alternation(raw["pair_subject_words"]) + r")\b"),
        "unit_head_public_bodies": _as_written(raw, "unit_head_public_bodies"),
    }


# A day's number, 1 to 31 in figures or in Roman numerals ("4", "25", "1°", "XX").
_DAY = r"(?:0?[1-9]|[12]\d|3[01])°?|[XVI]{1,5}"


def _day_before_a_foreign_month(raw: dict) -> re.Pattern:
    """A day's number and "de", "di", "du" or "d'" just before a word ("4 de ", "25 de ", "1° de "), or the number
    alone after a street's or a square's word (``street_words_before_a_day``: "Via XX ", "Rue du 4 "): not any number
    ("in round 3 Avril beat", "2-15 Mayo")."""
    streets = _alternation(raw["street_words_before_a_day"])
    return re.compile(r"(?:(?<![\w.,-])(?:" + _DAY + r") d(?:[eiu] |['’])"
                      r"|\b(?:" + streets + r")(?: d[eiu])? (?:" + _DAY + r") )$")


def _storm_openers_alone(raw: dict) -> frozenset:
    """Openers that only storms take: ``storm_openers`` less ``storm_openers_also_names`` ("Storm", a given name)."""
    return _as_written(raw, "storm_openers") - _as_written(raw, "storm_openers_also_names")


def _place_rules(raw: dict) -> dict:
    """Places: the gazetteer of stakeholders_places.txt and the words that make or open a place's name."""
    return {**_place_word_rules(raw), **_storm_and_vessel_rules(raw), **_site_and_seat_rules(raw),
            **_gazetteer_rules(raw), **_use_as_place_rules(raw)}


def _use_as_place_rules(raw: dict) -> dict:
    """The uses that make a name no cue types a place: a seat, a region by position."""
    low = partial(_lowered, raw)
    return {
        # a seat holder's role and "for" just before a name ("a lawmaker for ", "the MP for ", "a member of the
        # National Assembly for ")
        "seat_role_for_before": re.compile(r"(?<![\w-])(?:(?i:" + _alternation(low("seat_roles_before_for"))
                                           + r")|[Mm]ember of (?:the )?(?:[A-Z][\w’'-]* ){0,2}(?:"
                                           + "|".join(sorted(_LEGISLATURES)) + r")) for $"),
        "region_position_words": _as_written(raw, "region_position_words"),
        "land_words_alone": _as_written(raw, "land_words_alone"),
        "state_words_alone": _as_written(raw, "state_words_alone"),
        "state_word_body_nouns": low("state_word_body_nouns"),
        "crossed_line_words": _as_written(raw, "crossed_line_words") | _as_written(raw, "place_suffixes"),
        # a noun of an area after a name ("Lao Cai province")
        "area_noun_after": re.compile(r" (?:" + _alternation(low("area_nouns_after_a_name")) + r")\b"),
        # a legislator's title, the member's name of one to three words and "of" just before a name ("Senator Jo
        # Doe of ", "Rep. Ann M. Roe of ")
        "seat_title_name_of_before": re.compile(r"(?<![\w.-])(?:" + _alternation(_seat_titles(raw))
                                                + r")\.? (?:[A-Z][\w’'.-]* ){1,3}of $"),
        # perhaps one or two words in lower case, then a site named for its land after a name (" deposit", " coffee
        # washing station")
        "site_named_for_a_place_after": re.compile(r"((?: [a-z]+){0,2}) (" + _alternation(
            low("sites_named_for_places")) + r")\b"),
        "sites_named_for_places_after_the": low("sites_named_for_places_after_the"),
        "place_link_verbs": low("place_link_verbs"),
        "place_rival_verbs": low("place_rival_verbs"),
        "dwell_before_in_the": low("dwell_before_in_the"),
        "under_rule_before": low("under_rule_before"),
        "premises_nouns": low("premises_nouns"),
        "bodies_by_abbreviation": _as_written(raw, "bodies_by_abbreviation"),
    }


# Names of a list before the next one: capitalised words (up to three a name), each name closed by a comma, "and"
# or "or" ("Kelby, Tarno and ", "Ash Creek and ").
_LIST_SO_FAR = r"(?:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}(?:,? (?:and|or) |, ))*"


def _place_word_rules(raw: dict) -> dict:
    """The words that make, open or come before a place's name."""
    low = partial(_lowered, raw)
    return {
        "place_suffixes": _as_written(raw, "place_suffixes"),
        "place_suffixes_also_surnames": _as_written(raw, "place_suffixes_also_surnames"),
        "place_suffixes_rare_surnames": _as_written(raw, "place_suffixes_rare_surnames"),
        "research_station_words": _as_written(raw, "research_station_words"),
        "possessive_body_heads": _as_written(raw, "possessive_body_heads"),
        "street_suffixes": _as_written(raw, "street_suffixes"),
        "lower_street_words": _as_written(raw, "lower_street_words") | _as_written(raw, "lower_street_words_glued"),
        # a street's word in lower case just before a name ("on ulica ", "at calle ", "on ul. ")
        "lower_street_before": re.compile(r"(?<![\w.-])(?:" + _alternation(low("street_openers") | low("lower_street_words_before")) + r") $"),
        "place_words": _as_written(raw, "place_words"),
        "location_phrase_openers": low("location_phrase_openers"),
        "region_phrase_words_after_in_the": low("region_phrase_words_after_in_the"),
        "numbered_areas": frozenset(raw["numbered_areas"]),
        "address_company_words": frozenset(raw["address_company_words"]),
        "road_words": frozenset(raw["road_words"]),
        "street_suffixes_no_surnames": frozenset(raw["street_suffixes_no_surnames"]),
        "gatherings_after_titles": frozenset(w.lower() for w in raw["gatherings_after_titles"]),
        "firm_tails": frozenset(raw["firm_tails"]),
        "legal_forms_never_alone": frozenset(raw["legal_forms_never_alone"]),
        "comma_legal_forms_of_partners": frozenset(raw["comma_legal_forms_of_partners"]),
        # " and Area", " and District" closing a body's name after "of" and a place
        "area_closer_words": _as_written(raw, "area_closers"),
        "place_plurals_after_a_list": frozenset(raw["place_plurals_after_a_list"]),
        # (before the preposition that opens a list of names, in the same sentence)
        "place_words_before_a_list": re.compile(r"\b(?:" + _alternation(raw["place_words_before_a_list"])
                                                + r")\b[^.,;:!?\n]{0,25}\W$"),
        "area_closer": re.compile(r" and (?:" + _alternation(raw["area_closers"]) + r")(?![\w’'-])(?! [A-Z])"),
        "facility_after": low("facility_after"),
        "lower_tiers_after": low("lower_tiers_after"),
        "tier_units_after": low("tier_units_after"),
        "place_before": low("place_before"),
        "gazetteer_before": low("place_before") | low("gazetteer_before"),
        "gazetteer_town_before": low("gazetteer_town_before"),
        # a preposition of place or of movement before a list of towns ("from Kelso and Tarno", "diverted to Kelso
        # and Tarno", "between Kelso and Tarno"), "the" allowed after it
        "list_place_before": re.compile(r"\b(?:" + _alternation(low("gazetteer_town_before")) + r") (?:the )?$"),
        # "the port of ", "the western province of " just before a name
        "place_noun_of_before": re.compile(r"\b(?:(?:" + _alternation(raw["place_nouns_before_of"]) + r") of|"
                                           r"(?:" + _alternation(raw["water_parts_before_of"]) + r") of the|along the) $"),
        "road_ends_never_surnames": frozenset(raw["road_ends_never_surnames"]),
        "body_words_also_surnames": frozenset(raw["body_words_also_surnames"]),
        "vehicle_makers": frozenset(raw["vehicle_makers"]),
        # (or a named owner's possessive: "Doe’s ")
        "vehicle_owner_before": re.compile(r"(?:^|(?<=[^\w-]))(?:(?i:" + _alternation(raw["vehicle_owner_before"])
                                           + r")|(?P<owner>[A-Z][\w-]*)[’']s)(?: (?:"
                                           + _alternation(raw["vehicle_adjectives"]) + r"|[a-z][a-z-]+ed)){0,2} $"),
        "vehicle_use_words": frozenset(w for w in raw["vehicle_use_after"] if " " not in w),
        "vehicle_use_before": re.compile(r"\b(?:" + _alternation(raw["vehicle_use_before"]) + r") $"),
        # (after the name: perhaps ", " or "and a Kelby Tarno" and the like, perhaps "was"/"were"/"had been")
        "vehicle_use_after": re.compile(r"(?:(?:,| and) (?:a|an) [A-Z][\w-]*(?: [A-Z0-9][\w-]*){0,2})*,?"
                                        r"(?: (?:was|were|had been|has been|is|that was|which was))? (?P<use>"
                                        + _alternation(raw["vehicle_use_after"]) + r")\b(?! (?:"
                                        + _alternation(raw["vehicle_nouns_not_before"]) + r")\b)"),
        "vehicle_uses_figurative": re.compile(r"(?:" + _alternation(raw["vehicle_uses_figurative"]) + r")\b"),
        "law_after_sponsors": re.compile(r" (?:" + _alternation(raw["law_nouns_after_sponsors"]) + r")\b(?! (?:"
                                         + _alternation(raw["law_nouns_not_before"]) + r")\b)"),
        "law_before_sponsors": re.compile(r"\b(?:" + _alternation(raw["law_verbs_before_sponsors"])
                                          + r") (?:the )?$"),
        # a plural of settlements, then "of", "such as", "like" or "including", then perhaps the list's earlier
        # names, before a name ("the villages of Kelby and ", "towns such as "); or after a name, perhaps the
        # list's later names, then the plural (" and Tarno counties")
        "place_list_before": re.compile(r"\b(" + _alternation(raw["place_plurals_of_a_list"]
                                                              + raw["place_plurals_opening_a_list"]
                                                              + raw["operated_place_plurals"])
                                        + r") (?:of|such as|like|including) (" + _LIST_SO_FAR + r")$"),
        "operated_place_plurals": _as_written(raw, "operated_place_plurals"),
        # a list of names before the plural: the first or a middle one ("Kelby, Tarno and Ashby counties") ...
        "place_list_after": re.compile(r"(?:(?:,| and| or) [A-Z][\w’'-]*)+ (?:"
                                       + _alternation(raw["place_plurals_of_a_list"]) + r")\b"),
        # ... or the last one, after the list's earlier names ("Kelby and " before "Tarno counties")
        "place_list_last": re.compile(r" (?:" + _alternation(raw["place_plurals_of_a_list"]) + r")\b"),
        "place_list_so_far": re.compile(r"[A-Z][\w’'-]*(?:,| and| or) $"),
        "place_area_after": tuple(str(w) for w in raw["place_area_after"] + raw["place_quarter_after"]),
        "place_quarter_after": tuple(str(w) for w in raw["place_quarter_after"]),
        "town_count_before": re.compile(r"(?:\b(?:" + _alternation(low("town_count_before")) + r")|\d) $"),
        "organs_after_of": _as_written(raw, "organs_after_of"),
        "organ_hosts": _as_written(raw, "organ_hosts"),
        "town_part_after": re.compile(r"(?:’s|'s|’|')(?: [\w-]+){0,2}? (?:" + _alternation(raw["town_parts"])
                                      + r")(?![\w’'-])"),
        "not_place_before": low("not_place_before"),
        "dealings_before_preposition": low("dealings_before_preposition"),
        "journey_words_before_a_place": low("journey_words_before_a_place"),
        "body_words_before_in": low("body_words_before_in"),
    }


def _storm_and_vessel_rules(raw: dict) -> dict:
    """Named storms, vessels, campuses, adjectives of area, and the words that tell a person's surname from them."""
    return {
        # a named storm's opening words and one more capitalised word (see ``storm_openers``)
        "named_storm": re.compile(r"(?:" + _alternation(raw["storm_openers"]) + r") [A-Z][\w’'-]+"),
        "storm_openers_alone": _storm_openers_alone(raw),
        "storm_alone_word": re.compile(r"\b(?:" + _alternation(_storm_openers_alone(raw)) + r")\b"),
        "vessel_prefixes": _as_written(raw, "vessel_prefixes"),
        "vessel_initials": _as_written(raw, "vessel_initials"),
        "campus_states": _as_written(raw, "campus_states"),
        "campus_region_words": _as_written(raw, "campus_region_words"),
        "vessel_words": re.compile(r"\b(?:" + _alternation(raw["vessel_words"]) + r")\b"),
        "area_adjectives_before": _as_written(raw, "area_adjectives_before"),
        "base_before_out_of": _as_written(raw, "base_before_out_of"),
        # a surname used alone as a person's: a verb of ``person_after_surname`` or an apposition after it
        "person_after_surname": re.compile(r"(?: (?:" + _alternation(raw["person_after_surname"])
                                           + r")\b|, (?:a|an|the|who)\b)"),
        "storm_nouns": re.compile(r"\b(?:" + _alternation(raw["storm_nouns"]) + r")\b"),
        # a person's age, a verb of people or "and his/her" after a name (see ``storm_person_verbs``)
        "storm_person_after": re.compile(r", \d{1,3},| (?:" + _alternation(raw["storm_person_verbs"])
                                         + r")\b| (?:and|with) (?:his|her)\b"),
    }


def _site_and_seat_rules(raw: dict) -> dict:
    """Place prefixes, titled sites, movements, parties, elections and seats."""
    low = partial(_lowered, raw)
    return {
        "place_prefixes": _as_written(raw, "place_prefixes"),
        "place_prefix_body_openings": _as_written(raw, "place_prefix_body_openings"),
        "street_openers": _as_written(raw, "street_openers"),
        # the words of another language that open a street's or a land's name (see _street_in_its_language)
        "language_place_openers": _as_written(raw, "street_openers") | _as_written(raw, "land_openers"),
        "glued_street_endings": tuple(str(w) for w in raw["glued_street_endings"] + raw["lower_street_words_glued"]),
        "street_openers_also_given_names": _as_written(raw, "street_openers_also_given_names"),
        "cued_place_prefixes": _as_written(raw, "cued_place_prefixes"),
        "place_abbreviations": _as_written(raw, "place_abbreviations"),
        "saints_bodies": _as_written(raw, "saints_bodies"),
        "roster_links": _as_written(raw, "roster_links"),
        "article_place_prefixes": _as_written(raw, "article_place_prefixes"),
        "place_name_openers_also_given_names": _as_written(raw, "place_name_openers_also_given_names"),
        # every word that opens a place's name in some language (see _unvoiced_place_opener)
        "place_name_openers": frozenset().union(*(_as_written(raw, key) for key in (
            "place_name_openers", "street_openers", "land_openers", "article_place_prefixes", "place_prefixes",
            "elision_place_prefixes", "place_prefixes_before_either", "particle_place_prefixes")))
        - _as_written(raw, "street_openers_also_given_names"),  # (given names too: "Calle Johansson"; and no saint's
        # word: "Santa Claus", see _saint_alone)
        "elision_place_prefixes": _as_written(raw, "elision_place_prefixes")
                                  | _as_written(raw, "place_prefixes_before_either"),
        "particle_place_prefixes": _as_written(raw, "particle_place_prefixes")
                                   | _as_written(raw, "place_prefixes_before_either"),
        # the particles after one ("Rue de la Kelby"): the Romance particles, not the words for "and"
        "place_prefix_particles": _as_written(raw, "romance_body_particles") - _as_written(raw, "foreign_and_words"),
        "county_abbreviations": _as_written(raw, "county_abbreviations"),
        "county_first_not_names": _as_written(raw, "county_first_not_names"),
        "titled_sites": _as_written(raw, "titled_site_words") | _as_written(raw, "place_suffixes"),
        "site_naming_titles": _as_written(raw, "site_naming_titles"),
        "body_naming_addresses": _as_written(raw, "body_naming_addresses"),
        "sites_placed_on": _as_written(raw, "sites_placed_on"),
        "movement_heads": _as_written(raw, "movement_heads"),
        "movement_openers": _lowered(raw, "movement_openers"),
        "movement_opened_heads": _as_written(raw, "movement_opened_heads"),
        "armed_group_roles": _lowered(raw, "armed_group_roles"),
        "firm_people_before": frozenset(str(w).lower() for w in raw["firm_people_before"]),
        "arabic_articles": tuple(str(w).lower() for w in raw["arabic_articles"]),
        "of_place_heads": _as_written(raw, "of_place_heads"),
        "of_body_heads": _as_written(raw, "of_body_heads"),
        "into_body_heads": _as_written(raw, "into_body_heads"),
        "firm_whole_endings": _as_written(raw, "firm_whole_endings"),
        "cause_body_heads": _as_written(raw, "cause_body_heads"),
        "inquiry_heads_after_body": _as_written(raw, "inquiry_heads_after_body"),
        "inquiring_bodies": _as_written(raw, "inquiring_bodies"),
        "inquiry_matter_nouns": _as_written(raw, "inquiry_matter_nouns"),
        "in_name_tails": _as_written(raw, "in_name_tails"),
        "closing_only_heads": _as_written(raw, "closing_only_heads"),
        "alert_words": _as_written(raw, "alert_words"),
        "foreign_in_articles": _as_written(raw, "foreign_in_articles"),
        "dutch_body_heads": _as_written(raw, "dutch_body_heads"),
        "peer_titles": _as_written(raw, "peer_titles"),
        "party_name_words": low("party_name_words"),
        "election_nouns": low("election_nouns"),
        "election_nouns_after_the": low("election_nouns_after_the"),
        "opening_adjectives": low("opening_adjectives"),
        "committee_chambers": _as_written(raw, "committee_chambers"),
        "committee_words": low("committee_words"),
        "held_seat_nouns": low("held_seat_nouns"),
        "noun_phrase_determiners": low("noun_phrase_determiners"),
        # "is a market town nearby", "was a small village." (the noun ends the phrase: not "is a city councillor")
        "settlement_after_is": re.compile(
            r" (?:is|was) an? (?:[a-z-]+ ){0,2}(?:" + _alternation(low("settlement_nouns_after_is"))
            + r")(?=[.,;:!?]| (?:in|near|nearby|on|of|north|south|east|west|outside|where|which|that|with)\b)"),
        "seat_determiner_before": re.compile(r"\b(?i:" + _alternation(low("seat_determiners")) + r")\s+$"),
        "fund_plan_words": low("fund_plan_words"),
        "body_word_pairs": _as_written(raw, "body_word_pairs"),
        "closing_site_plurals": _as_written(raw, "closing_site_plurals"),
        "allied_members_openers": _as_written(raw, "allied_members_openers"),
        # "and Allied Workers", "and Kindred Trades": the allied trades' members closing a union's name
        "allied_members": re.compile(r"\band (?:" + _alternation(_as_written(raw, "allied_members_openers"))
                                     + r") [A-Z][a-z]+s\b"),
        "cause_to_words": _as_written(raw, "cause_to_words"),
        "venue_heads": _as_written(raw, "venue_heads"),
        "venue_closers": _as_written(raw, "venue_closers"),
        "public_body_heads": _as_written(raw, "public_body_heads"),
        "place_members_plurals": _as_written(raw, "place_members_plurals"),
        "firm_town_plurals": _as_written(raw, "firm_town_plurals"),
        "cause_body_closers": _as_written(raw, "cause_body_closers") | _as_written(raw, "members_body_words"),
        "site_area_prepositions": low("site_area_prepositions"),
        "independent_offices": low("independent_offices"),
    }


def _gazetteer_rules(raw: dict) -> dict:
    """The gazetteer of stakeholders_places.txt, read several ways, and the region words."""
    places = resource_lines("stakeholders_places.txt")
    return {
        "places": frozenset(places),
        "place_of_lower": {p.lower(): p for p in places},
        # a place's name with a lower-case word inside ("Dar es Salaam"): its first two words and the whole name
        "lower_inside_places": {tuple(p.split()[:2]): p for p in places if len(p.split()) >= 3 and p.split()[1].islower()},
        "places_lower": frozenset(p.lower() for p in places),
        "places_by_prefix": _by_prefix(p.lower() for p in places if " " not in p),
        "region_words": _as_written(raw, "region_words"),
        # the region words that make any name they close a place (all but "State": "Ohio State" is a university)
        "place_region_words": _as_written(raw, "region_words")
        - _as_written(raw, "region_words_not_places_alone"),
    }


# A writer's name in a byline or a bio: two or three capitalised words ("Jo Doe", "Jo Marren-Lodge").
_BYLINE_NAME = r"[A-Z][\w’'-]+(?: [A-Z][\w’'.-]+){1,2}"


def _bio_line(raw: dict) -> re.Pattern:
    """A writer's bio, a sentence opening a line or after another sentence: a name, then a verb of a beat
    (``tagline_verbs``: "Jo Doe covers retail and consumer companies.", "Jo Doe writes about mining from Kelby.") not
    before an amount (``bio_not_after_verb``), or "is" a writer's role (``tagline_roles`` but ``bio_roles_not``) after
    "a", "an", "the" or an outlet's possessive and up to three words ("Jo Doe is a mining reporter based in Tarn.",
    "Jo Doe is the Ledger's technology editor."), no clause or "of" after it (``bio_not_after_role``); no quotation
    in the sentence; a dash may open the line ("— Jo Doe is a correspondent for the Ledger.").  The group "name" is
    the name; the group "titled" a role in capitals (see below)."""
    roles = [w for w in raw["tagline_roles"] if w not in raw["bio_roles_not"]]
    name = rf"[{_CAPS}][\w’'-]+(?: [{_CAPS}][\w’'.-]+){{1,2}}"  # (accented capitals too: "Émilie Doe")
    # (a doctor's or professor's title before the name, left out of it, only before "is" and a role: "Dr Jo Doe
    # writes about the results in The Lancet" is a scientist; a role glued to a newsroom's word
    # (``bio_role_prefixes``: "sketchwriter", "subeditor"; not "creditor", "screenwriter", "underwriter");
    # or a role in capitals as a title, then "of", "at" or "for" and the outlet: "is Political Editor of The Ledger",
    # only on the story's closing line: see _bio_lines)
    return re.compile(
        r"(?m)(?:^[ \t]*(?:[—–-][ \t]*)?|(?<=[.!?] ))(?P<dr>(?:Dr|Prof)\.? )?(?P<name>" + name + r") (?:(?(dr)(?!)|(?:"
        + _alternation(raw["tagline_verbs"]) + r")(?! (?:" + _alternation(raw["bio_not_after_verb"]) + r")\b))"
        + r"|is (?:a|an|(?:the )?[A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,2}[’']s|the) (?:[A-Za-z][\w-]* ){0,3}?(?:"
        + _alternation(raw["bio_role_prefixes"]) + r"|(?:" + _alternation(raw["bio_editor_prefixes"])
        + r")(?=(?i:editor)))?(?i:"
        + _alternation(roles) + r")(?!,? (?:" + _alternation(raw["bio_not_after_role"]) + r")\b(?! (?:the )?author of\b))"
        + r"|(?P<titled>is (?:[A-Z][a-z]+ ){0,2}(?:" + _alternation(w.title() for w in roles)
        + r")(?= (?:of|at|for) [A-Z])))\b"
        + r"[^\n\"“”]{0,300}?(?:[.!?](?= |$)|$)")


def _capitals_as_written(phrase: str) -> str:
    """A phrase's regular expression: its capitals as written, a word in lower case capitalised too, an apostrophe
    either mark ("thank God": "Thank God"; "Hail Mary": not "hail Mary")."""
    return " ".join(f"[{w[0]}{w[0].upper()}]{re.escape(w[1:])}" if w[0].islower() else re.escape(w)
                    for w in phrase.split()).replace("'", "[’']")


def _alternation(words) -> str:
    """A regular expression's alternation of ``words`` as written, the longest first."""
    return "|".join(sorted({re.escape(str(w)) for w in words}, key=len, reverse=True))


def _partners_and_co(raw: dict) -> re.Pattern:
    """The other partners of a firm named after them and a tail only a firm's name has (``firm_tails``, then
    perhaps one of ``firm_suffixes``; or a last partner and one of ``firm_suffixes``; or an ampersand before the
    last partner): "Doe, Roe & Co", "Doe, Roe & Sons CPAs", "Doe, Roe & Poe PLLC", "Doe, Roe & Poe" (one name,
    though no firm noun comes before it)."""
    tails, suffixes = _alternation(raw["firm_tails"]), _alternation(raw["firm_suffixes"] + raw["firm_practice_words"])
    ands = _alternation(raw["firm_tail_joiners"])
    tail = rf"(?:{tails})(?![\w’'-])(?:,? (?:{suffixes})(?![\w’'-])){{0,2}}"  # (a comma before: "..., P.A.")
    # a company's legal form may close the tail after "&", "et", "y" ("Doe, Roe & Partners Ltd.", "Doe, Roe et
    # Associés Inc."): the firm's registered name, no list ("Smith, Jones and Acme Inc" has no tail before it); or
    # close a last partner and a profession's word after "&" ("Doe, Roe & Poe Architects, LLC")
    forms = _alternation(raw["legal_forms"])  # (two: "Pty Ltd", "Sdn Bhd"; after a comma, no capitalised word next:
    # not "Doe, Roe & Co, AG Barr and Diageo", "..., Co Cork")
    form = rf"(?: (?:{forms})\.?(?![\w’'-])|, (?:{forms})\.?(?![\w’'-])(?! [A-Z])){{0,2}}"
    # (after "and", no capitalised word after the tail: "Blackstone, KKR and Partners Group" is a list)
    professions = _alternation(raw["firm_professions"])
    form_after = form.replace("{0,2}", "{1,2}")  # (a profession's word, then a legal form: not a list, "Arup, Atkins,
    # Smith & Jones Engineers")
    return re.compile(rf"(?:, [^\W\d_][\w’'-]*){{1,3}},? (?:(?!and )(?:{ands}) {tail}{form}|and {tail}(?! [A-Z])"
                      rf"|(?:and|&) [^\W\d_][\w’'-]* (?:{suffixes})(?![\w’'-]){form}"
                      rf"|& [^\W\d_][\w’'-]* (?:{professions})(?![\w’'-]){form_after})")


# "Doe, Roe & Poe": surnames listed with an ampersand before the last, no firm's tail (see _ampersand_firm); a
# surname may open with a particle in lower case ("Doe, de Roe & Poe", "Doe, van Roe & Poe").
_PARTNER = r"(?:(?:de|du|da|di|van|von|le|la|del|della|der|den|ter|ten) )?[A-Z][\w’'-]*"
_AMPERSAND_PARTNERS = re.compile(rf"(?:, {_PARTNER}){{1,3}},? & {_PARTNER}(?![\w’'&-])(?! (?:[A-Z]|&))")
# The same with one or two words after the last partner, the last a body's word ("Marsh, Bell & Audley Ventures").
_AMPERSAND_PARTNERS_BODY = re.compile(r"(?:, [A-Z][\w’'-]*){1,3},? & [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?"
                                      r" ([A-Z][\w’'-]*)(?![\w’'&-])(?! (?:[A-Z]|&))")


def _by_prefix(words) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = defaultdict(list)
    for w in words:
        out[w[:4]].append(w)
    return {k: tuple(v) for k, v in out.items()}


# A union's last word before its local written after a comma ("... Union, Local 7", "... Steelworkers, Local 12").
_UNION_LAST = re.compile(r"^(?:Union|Brotherhood|\w*[Ww]orkers|Teamsters|Employees)$")
# A union's local, numbered, at the end of its name: "Steelworkers Local 1999", "Teamsters Local 727".
_UNION_LOCAL = re.compile(r"\d{1,5}(?![\w.,]\d)")
# A comma and a person's name in apposition ("No. 9, Callum Reid,": the player with that shirt number).
_NAME_IN_APPOSITION = re.compile(r",\s+[A-Z][a-z]+\s+[A-Z][a-z]")
# A number sign and a number: "N°2", "Nº 3", "No. 12" (a union's or a body's branch, inside its name)
_NUMBER_SIGN = re.compile(r"(?:N[°º]|No\.) ?\d{1,4}")
# A surname opened by an Arabic particle and a hyphen ("al-Hamad", "el-Sisi").
_PARTICLE_NAME = re.compile(r"(?:al|el|bin|ibn|abu|ben|ul)-[A-Z]")
# Words joining an organisation name ("University of California", "Institute for ...").
_ORG_JOINERS = frozenset({"of", "for", "on"})
# Lower-case words that may join two parts of one name ("Securities and Exchange Commission", "A & B").
_JOINING = _ORG_JOINERS | {"and", "&", "&amp;"}
# Speech verbs: "Smith said" / "said Smith" leans person.
_SPEECH = frozenset("said says say told tells added adds argued argues wrote writes noted notes asked asks posited explained".split())
# Verbs whose subject is a source, a person or a body ("Eurostat found", "Acme announced"): with the verbs of
# saying, they make the name before them a speaker (the "speaks" cue, read by :func:`_speaker_kinds`).
_REPORTING = _SPEECH | frozenset("found finds reported reports estimated estimates announced announces forecast "
                                 "forecasts warned warns predicted predicts confirmed confirms stated states".split())
# A verb and up to two more lower-case words, then "its": the name before is the subject of "its" (a body).
_ITS_AFTER = re.compile(r" [a-z]+(?: [a-z]+){0,2} its\b")
# "of" and a capitalised name after a speaker: a person and the body they belong to ("said Doe of the Acme Union").
_OF_A_BODY_AFTER = re.compile(r" of (?:the )?[A-Z]")
_PERSON_PRONOUN_AFTER = re.compile(r"[^.!?\n]{0,80}?\b(?:he|she|him|his|her|himself|herself)\b")
# Words after "X's" that show X is an organisation ("Acme's shares").
_ORG_POSSESSED = frozenset(
    "shares stock valuation revenue revenues profit profits earnings employees staff workers board chief "
    "ceo executives executive investors shareholders subsidiary headquarters market spokesman spokeswoman "
    "spokesperson balance capex capital debt bonds products product platform platforms chatbots users "
    "customers financing budget teams team lab labs research engineers business".split()
)
# Party-and-state codes written after US politicians' names: "(D-N.Y.)", "(R-IN)".
_PARTY_CODE = re.compile(r"^(?:[DRI]|DFL)-[A-Z][A-Za-z.]*$")  # ("D-Md.", "R-Casper"; Minnesota's "DFL-Eveleth")
_CONTRACTION = re.compile(r"[’'](?:m|re|ve|ll|d|t)$", re.I)
# A word: letters and digits, joined by apostrophes, full stops and hyphens before another letter or digit
# ("O'Neill", "U.S", "AI-generated"), and an abbreviation's full stop; "&".  (Written unrolled, the same
# matches as "[^\W_](?:[\w&]|[’'.\-](?=[^\W_]))*\.?" in about two thirds of the time; the repeats are possessive,
# the same matches again, since no part of a word can give back a character the next part could take, and
# the engine keeps no place to go back to: a sixth faster.)  First the Malaysian "a/l", "a/p", "s/o", "d/o" whole;
# a Khoekhoe name's click written as "!" opens a word after a space ("Elias !Khamuseb").
_TOKEN = re.compile(r"(?<![\w/])(?:[ad]/[lp]|[sd]/o)(?![\w/])|(?:(?<![^\s(])!(?=[A-Z][a-z]))?"
                    r"[^\W_][\w&]*+(?:(?:[’'.\-]|‘(?<=[a-z]‘)(?=[a-z])(?!(?:s|t|d|m|ll|re|ve)\b))[^\W_][\w&]*+)*+\.?"
                    r"|&amp;|&")
# Quotations: curly, straight, the low-high marks and the guillemets of Central European, Balkan, Nordic and French
# copy („...“, »...«, «...»: a banner's or a decree's words kept in their own language), and two apostrophes a side
# (archived US papers' style: "a sequel to ''Kelby House,''"; no new line inside those, nor another pair; only
# titles count of those, the last group, see _short_quote_spans).  A guillemet opens a quotation only before a
# non-space and not straight after a word or a stop, and closes it only after a non-space: in copy whose quotation
# runs over a paragraph break, the closing mark of one and the opening mark of the next ('... back,» Jo Doe said,
# calling it «...') pair up the wrong way round, around the speaker.
_QUOTE_SPANS = re.compile(r"“([^“”]{1,400})”|„([^„“”\n]{1,400})[“”]"
                          r"|(?<![\w,.;:!?])»(?=\S)([^»«\n]{1,400})(?<=\S)«"
                          r"|(?<![\w,.;:!?])«(?=\S)([^«»\n]{1,400})(?<=\S)»"
                          r"|\"([^\"\n]{1,400})\"|''((?:(?!'')[^\n]){1,400})''")
_APOSTROPHES_GROUP = 6  # the group of two apostrophes a side in _QUOTE_SPANS
# Text between two tokens after which the second opens a clause like a sentence start (a spaced hyphen written for a
# dash too: "14:05 - Bank pulled overdraft").
_OPENER_GAP = re.compile(r"[:;“\"‘(\[―—–]\s*$|\s-\s+$|\n|\s'$")  # (a straight single quotation mark opening:
# "6.15pm – 'Ash is part of our life'")
_PRONOUNS = frozenset("he she him her his hers they them their i we".split())
# Patterns read around every candidate, compiled once.
_NUMBER = re.compile(r"[\d.,]+")
_DIGIT_AHEAD = re.compile(r"\s*\d")
# An opening bracket just before a name, perhaps with "or", "aka" ... or a capitalised "For" that opens a body's name
# translated and cut from it ("the Za Chisto Kelbovo Foundation (For Clean Rivers)", the group's name in English)
_PAREN_BEFORE = re.compile(r"(\S?)\s*\((?:or |aka |also |formerly |For )?$")
_QUOTED_SHORT_BEFORE = re.compile(r"(\S)\s*\([\"“]$")  # a short name defined in quotation marks: 'Ltd ("'
_TITLE_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:of|for)\s+$")
_TITLE_OF_THE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:of|for)\s+the\s+$")  # ("the Minister of the ")
_SPACES = re.compile(r"\s+")
_BRACKETS = re.compile(r"[\[\]]")
_CONTEXT_WORDS = re.compile(r"[\w’'-]+|[,(]")
_CLAUSE_END_AFTER = re.compile(r"[’']?s?\s*(?:[,.;:]|$)")
# A road's number or code after a road word: "30E", "52", "9A", "401-B" (then no more digits: not "Highway 52,000").
_ROAD_NUMBER = re.compile(r" \d{1,4}(?:-?[A-Z]{1,2})?(?![\w.,]\d|[\w-])")
_VERSION_AFTER = re.compile(r" (\d{1,2}(?:\.\d{1,2})?)\b(?![.,]?\d| ?(?:per|%|percent|million|billion|bn|mn|m\b|years?|times))")
_COLON_AFTER = re.compile(r"\s*:(?!\S)")  # a speaker's label ("WALLACE: ..."), not a ticker ("TSX:ABC")
_COMPLEMENT_AFTER = re.compile(r"(?:’s|'s)?\s+(?:a|an)\s")  # "called X a liar": the verb "call", no product's name
# 'called X "a fraud"', 'called X "the plant's press officer"': the verb "call" and its quoted complement, when X
# reads as a person (see _quoted_complement)
_QUOTED_COMPLEMENT_AFTER = re.compile(r"(?:’s|'s)?\s+[“\"‘']")
_INITIAL = re.compile(r"[A-Z]\.")
_AGE_AFTER = re.compile(r",\s*(\d{1,3}),")  # ", 45," after a name: group 1 the age
# Latin capital and small letters, plain and accented ("Jo Söderlund", "Łukasz", "Şahin", "Øystein", "Đặng"): the
# classes of a name's letters (Python's "re" has no letter categories, so they are listed once from Unicode).
_LATIN = "".join(map(chr, (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))))
_CAPS = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_SMALL = "a-z" + "".join(c for c in _LATIN if c.islower())
# One word shaped like a surname: a Gaelic or Norman prefix ("McDonald", "O'Neill", "FitzGerald") or an ending of
# patronymic and Slavic, Romance and Greek surnames ("Johnson", "Kowalski", "Martinez", "Popescu"; "Jiménez",
# "Sørensen", "Wiśniewski" with accented letters).
_SURNAME_SHAPE = re.compile(fr"(?:Mc|Mac|O[’']|Fitz)[{_CAPS}][{_SMALL}]+"
                            fr"|[{_CAPS}][{_SMALL}]{{2,}}(?:son|sen|ski|ska|sky|enko|escu|opoulos|ez)")
_NAME_WORD = re.compile(fr"(?:Mc|Mac|O[’']|D[’']|De|Di|Da|La|Le)?[{_CAPS}][{_SMALL}’'ʻ‘-]+(?:-[{_CAPS}][{_SMALL}]+)?|[A-Z]\.|"
                        fr"(?:al|el|bin|ibn|abu|ben|ul)-[{_CAPS}][{_SMALL}’'-]+")  # ("McDonald", "O'Neill", "DeSantis"; an
# okina inside a Polynesian name, as a letter or a turned comma: "Tuʻipulotu", "Taufa‘ao")
# A French or Italian surname elided in lower case, after another word of the name ("Jean-Luc d'Arvy",
# "Paola l'Tarno"): a word of a person's name.
_ELIDED_NAME_WORD = re.compile(fr"[dl][’'][{_CAPS}][{_SMALL}’'-]+")
_POSSESSOR_BEFORE = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}$")
_OPENING_MARK_BEFORE = re.compile(r"[“\"‘(—–]\s*$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_INDEX_AFTER = re.compile(r" \d{2,4} (?:[a-z]+ )?index\b")
_PROGRAMME_AFTER = re.compile(r"(?:[’']s)? (?:programme|program|podcast)\b")  # (not "show": a verb too)
_TITLE_THE_BEFORE = re.compile(r"\b[A-Z][\w’'-]* the $")
_THE_AT_END = re.compile(r"[Tt]he\s+$")
_FEATURE_WORDS_BEFORE = re.compile(r"[\w’'-]+|[,(“\"]")
_FEATURE_WORDS_AFTER = re.compile(r"[\w’'-]+|[,.)”\"]")


# An empty Counter made without ``Counter.__init__`` (two Python-level calls that have nothing to count): the same
# empty Counter, cheaper for the hundred or so that each article makes.
_new_counter = partial(Counter.__new__, Counter)
_text_of = attrgetter("text")  # a token's text, read in C: ``map(_text_of, run)``
_cap_of = attrgetter("cap")  # whether a token is capitalised, read in C


@dataclass(slots=True)
class _Cand:
    """A candidate name mention found by the chunker (mutable while clustering)."""

    start: int
    end: int
    name: str
    weak: str = ""  # why it needs support elsewhere: "initial", "headline", "quote"
    cues: Counter = field(default_factory=_new_counter)
    version: str | None = None
    suffix: str | None = None  # a person's generational suffix after the name (" Jr.", ", III"), kept out of the name
    suffix_end: int = 0  # where the suffix ends (the mention of a person covers it)
    possessive: bool = False
    speaks: int = 0  # how many verbs of saying or reporting beside it (see _speaker_kinds)
    label: bool = False  # a word in capitals before a colon opening a paragraph ("WALLACE: ...")


@dataclass(slots=True)
class _Cluster:
    """Candidate mentions merged into one stakeholder, with their pooled cues."""

    name: str
    cands: list
    cues: Counter
    kind: str = "organisation"


# --------------------------------------------------------------------------
# Tokens and capitalised runs
# --------------------------------------------------------------------------
class _Tok(NamedTuple):  # a named tuple: about a thousand per article, made faster than a frozen dataclass
    start: int
    end: int
    text: str
    poss: bool
    initial: bool
    sid: int
    cap: bool  # capitalised (see _is_cap)


@lru_cache(maxsize=1)
def _keep_dot() -> frozenset:
    """Abbreviations that keep their full stop as part of the token ("Mr.", "Inc."): lower case, and "Sta."/"Sto."
    (Santa/Santo before a saint's name: "Sta. Rosa", "Sto. Tomas") only as written, not "STO." (a security token
    offering ending a sentence: "an unregistered STO. SEC officials said ...")."""
    return _rules()["honorifics"] | _rules()["dotted_legal_forms"] | _rules()["company_openers"] \
        | {"jr", "sr", "st", "ste", "inc", "co", "corp", "ltd", "bros", "plc", "Sta", "Sto"}


@lru_cache(maxsize=1)
def _word_honorifics() -> frozenset:
    """Honorifics that are whole words, never written short ("King", "Lord", "Pope", "Dame"): one ending a sentence
    is a surname or a name's last word, its full stop the sentence's ("said Carole King."), no part of the token."""
    return frozenset(_rules()["honorifics"] - title_abbreviations() - _rules()["dotted_legal_forms"]
                     - _rules()["company_openers"] - {"jr", "sr", "st", "ste"})


# What may follow a full stop at the end of a sentence: spaces, closing marks and brackets.
_SENTENCE_TAIL = re.compile(r"[\s\"”’')\]]*")
_DOMAIN_NAME = re.compile(r"[A-Za-z][\w-]+\.(?:com|org|net)")  # a web address that names a body ("Kelbyvote.org")
_CAP_CACHE: dict[str, bool] = {}  # word -> _is_cap(word): a dictionary look-up is cheaper than the call


def _tokens(article: Article, text: str) -> list[_Tok]:
    """The word tokens of ``text`` (the article's text, or the same with no-break spaces made plain), by sentence."""
    out: list[_Tok] = []
    append, opener, keep_dot, caps, Tok = out.append, _OPENER_GAP.search, _keep_dot(), _CAP_CACHE, _Tok
    whole_words = _word_honorifics()
    dotted = _rules()["dotted_titles"]
    new = tuple.__new__  # the named tuple built without its Python-level constructor (same object)
    if len(caps) > 200_000:
        caps.clear()
    for s in article.sentences:
        sid = s.sentence_id
        prev_end = -2  # before the first word of the sentence
        for m in _TOKEN.finditer(text, s.start, s.end):
            a, b = m.span()
            w = m.group()
            poss = False
            if w[-1] in ".s":  # (most words end otherwise: nothing to cut)
                if w[-1] == ".":
                    core = w[:-1]
                    if not (len(core) == 1 or "." in core or core.lower() in keep_dot or core in keep_dot
                            or len(core) <= 4 and core[:1].isupper() and core[1:].islower()
                            and _LEGAL_FORM_NEXT.match(text, b)) \
                            or ((len(core) > 4 and (core.isalpha() or _DOMAIN_NAME.fullmatch(core))
                                 or core.lower() in whole_words) and _SENTENCE_TAIL.fullmatch(text, b, s.end)):
                        w, b = core, b - 1  # (a title written in full or a web address ends a sentence with a
                        # full stop: "the Department of Justice. They ...", "said Kelbyvote.org.", "said Carole
                        # King."; not "Sen.", "Inc." nor initials: "the F.B.I.")
                if len(w) > 2 and w[-1] == "s" and w[-2] in "’'":
                    w, b, poss = w[:-2], b - 2, True
            if a == prev_end or (a == prev_end + 1 and text[prev_end] == " "):
                initial = False
            elif prev_end < 0:
                initial = True  # the first word of the sentence
            else:
                initial = opener(text, prev_end, a) is not None
            prev_end = b
            cap = caps.get(w)
            if cap is None:
                cap = caps[w] = _is_cap(w)
            if cap and text[b:b + 1] in _CURRENCY_SIGNS and w.isupper() and len(w) <= 3:
                cap = False  # the letters of a currency sign ("C$4.2bn", "US$", "HK$", "GH¢", "E£"): no name
            elif cap and w in dotted and text[b:b + 1] == "." and _CAP_AFTER_DOT.match(text, b):
                cap = False  # a title with its full stop before a name ("Barr. Jo Doe", "Er. Jo Doe"): no part of it
            append(new(Tok, (a, b, w, poss, initial, sid, cap)))
    return out


# a legal form written short right after a short capitalised abbreviation's full stop ("Kelby Seeds Nig. Ltd", "Tarn
# (Gh.) Ltd"): the abbreviation keeps its stop, a word of the firm's name
_LEGAL_FORM_NEXT = re.compile(r"\)? (?:Ltd|Plc|PLC|plc|Inc|LLC|Pvt|Pty)\b")
# (a full stop, a hyphenated second title "Dipl.-Ing.", lower-case dotted titles "Conf. univ. dr.", a capital)
_CAP_AFTER_DOT = re.compile(r"\.(?:-[A-Z][a-z]{1,4}\.)? (?:[a-z]{1,5}\. )*[A-Z]")
# Currency signs that letters before them make a country's currency ("US$", "GH¢", "E£", "HK$").
_CURRENCY_SIGNS = frozenset("$¢£€¥₹₦₵₱₩")


# A capitalised word joined by a hyphen to one of these is an adjective, not a name
# ("AI-generated", "US-based", "Trump-style"); "Geun-hye" or "Ki-moon" stay names.
_HYPHEN_ADJ = re.compile(r"-(?:[a-z]+(?:ed|ing)|style|like|based|led|era|wide|free|friendly|only|specific|sized|"
                         r"scale|level|heavy|linked|backed|owned|run|made|born|bound|centric|proof|ready|type)$")


# A Chinese or Korean given name of two syllables joined by a hyphen, the second ending in "-ing" ("Ka-ming",
# "Wai-ying", "Ka-shing"): a name, though it ends like a participle ("Car-owning" has three letters before "ing").
_SYLLABLE_PAIR = re.compile(r"[A-Z][a-z]{1,3}-[a-z]{0,2}ing")


def _is_cap(w: str) -> bool:
    """Capitalised, or lower case with a capital in second or third place ("iPhone", "eBay"), or a surname opened by
    a particle in lower case ("al-Kelbani said"; the hyphen looked for first, cheaply)."""
    if not w:
        return False
    if w[0].isupper():
        return True
    if w[0] in "ʻʼ!" and len(w) > 1:
        return w[1].isupper()  # a Polynesian name opened by the ʻokina ("ʻOfa", "ʻAhoafi"), a Khoekhoe name by a
        # click written as an exclamation mark ("!Khamuseb")
    if _elided(w):
        return w[2].isupper()  # an elided French article or "de" before a capital ("de l'Atlantique", "d'Estaing")
    return len(w) > 1 and w[0].islower() and (w[1].isupper() or (len(w) > 2 and w[1].islower() and w[2].isupper())
                                              or ("-" in w[2:4] and _PARTICLE_NAME.match(w) is not None))


def _title_case(words: list[str]) -> bool:
    long = [w for w in words if len(w) > 3]
    return bool(long) and sum(w[0].isupper() for w in long) / len(long) >= 0.6


def _headline_spans(article: Article, shouted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines that read like headlines, subheadings or captions: short, mostly capitalised words.

    The first two paragraphs of a longer article (one sentence, up to 25 words), any
    later line of up to 14 words with no closing punctuation, and any line in capitals
    (a line, not its whole paragraph: many articles separate paragraphs by one line break).
    """
    out = list(shouted)
    text = article.text
    first = article.paragraphs[0] if article.paragraphs else None
    lede_first = first is not None and _dateline_lede(text, first.start) and _closed(text[first.start:first.end])
    for p in article.paragraphs:
        if p.paragraph_id < 2 and len(article.paragraphs) >= 3:
            if (lede_first and (not p.paragraph_id or _closed(text[p.start:p.end]))) or (
                    p.paragraph_id and text[p.start:p.start + 1].isupper() and _DATELINE.match(text, p.start)):
                continue  # a lede opening with a wire dateline, whose capitals make no headline, nor a sentence
                # after it ('"A historic day for Ohio," Ms. Doe said.'); a line with no stop after it may be a subheading
            words = _first_words(text[p.start:p.end], 26)
            open_end = not _closed(text[p.start:p.end])  # (a headline in sentence case ends with no full stop)
            if (open_end or len(article.sentences_of(p.paragraph_id)) == 1) and 2 <= len(words) <= 25 and (
                    _title_case(words) or open_end):
                out.append((p.start, p.end))  # (an abbreviation may split a headline in two: "As U.S. Tariffs")
            continue
        if _VALEDICTION.match(text, p.start):
            continue  # ("Yours faithfully,\nJo Doe\nChairman, Kelby Rice Farmers' Action Committee": a letter's
            # signature, its signer's role and address, no headline)
        for m in re.finditer(r"[^\n]+", text[p.start:p.end]):
            line = m.group()
            if _closed(line):
                if len(line) < 250 and _every_word_capitalised(line):  # a headline in a list, closed by a full stop
                    out.append((p.start + m.start(), p.start + m.end()))
                continue  # (most lines: told before their words are read)
            words = _first_words(line, 15)
            if 2 <= len(words) <= 14 and _title_case(words):
                out.append((p.start + m.start(), p.start + m.end()))  # a subheading or a caption label
    return out


# a letter's closing line over its signature ("Yours faithfully,", "Yours sincerely,", "Regards,")
_VALEDICTION = re.compile(r"[ \t]*(?:Yours(?:\s+(?:faithfully|sincerely|truly))?|Sincerely|(?:Kind |Best )?[Rr]egards)"
                          r",?[ \t]*\n")


def _dateline_lede(text: str, start: int) -> bool:
    """Whether the story's first paragraph opens with a wire dateline and a dash ("LITTLE ROCK, Ark. — Gov. Jo Doe
    signed ..."): the lede, no headline above it (a label and a colon, "WATCH: ...", may open a headline; a
    masthead, "THE DIGEST — English Edition", has no full stop: see the caller)."""
    m = _DATELINE.match(text, start) if text[start:start + 1].isupper() else None
    return m is not None and not m.group().rstrip().endswith(":")


_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]")  # a word in lower case (not after a hyphen: "Anti-immigrant")


def _every_word_capitalised(line: str) -> bool:
    """Six words or more, and every word capitalised, the small ones too: a headline written in title case ("Jane
    Doe Responds To Question About Rents By Saying No."), which prose never is (nor a list of names: "and")."""
    return _LOWER_WORD.search(line) is None and len(_first_words(line, 6)) == 6


def _closed(line: str) -> bool:
    """Whether ``line`` ends with closing punctuation (a full stop, a comma, a closing quote ...) before any spaces."""
    end = line.rstrip()[-1:]
    return end != "" and end in ".!?:;,”\"’')"


_HEAD_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def _first_words(s: str, n: int) -> list[str]:
    """The first ``n`` words of ``s`` (all of them when fewer): enough to tell a headline, which is short."""
    return [m.group() for m in islice(_HEAD_WORD.finditer(s), n)]


_INF = float("inf")


def _within(spans: list[tuple[int, int]], start: int, end: int, *, strict: bool = False) -> bool:
    """Whether [start, end) lies inside one of ``spans`` (sorted, not overlapping)."""
    if not spans or start >= spans[-1][1]:
        return False  # (after the last span, where most names are: told without a search)
    i = bisect.bisect_right(spans, (start, _INF)) - 1
    if i < 0:
        return False
    a, b = spans[i]
    return (a < start and end < b) if strict else (a <= start < b)


def _short_quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotations of at most six words: scare quotes and labels, not speech; and longer titles (see
    :func:`_long_title`)."""
    spans = []
    for m in _QUOTE_SPANS.finditer(text):
        g = m.group(m.lastindex)
        if len(g.split()) <= 6 and not _short_speech(g, text, m.end()) \
                and (m.lastindex < _APOSTROPHES_GROUP or (_title_words(g) and not _spoken_or_shown(text, m.start(), m.end()))):
            spans.append((m.start(), m.end()))
        elif _long_title(g, text, m.start(), m.end()):
            spans.append((m.start(), m.end()))
    return spans


# At most this many words in a quoted title of a work ("“Decision on the Minimum Service Standard for Inland Ferry
# Routes”": a decree's title).
_LONG_TITLE_WORDS = 16


def _long_title(quoted: str, text: str, start: int, end: int) -> bool:
    """A quotation of seven words or more (at most :data:`_LONG_TITLE_WORDS`), every word capitalised but a title's
    small words, and at least one small word or a subtitle's colon, never said nor shown: the title of a report, a
    paper, a decree or a film ("the paper “Tea Exports and the Kelbian Economy: Years of Drift”"), whose capitalised
    words name no actor of their own; a name in it counts only if the story names it elsewhere too."""
    words = quoted.split()
    small = _rules()["name_grammar_words"]
    return len(words) <= _LONG_TITLE_WORDS and _title_words(quoted) \
        and (":" in quoted or any(w in small for w in words)) and not _spoken_or_shown(text, start, end) \
        and not _posted_or_exclaimed(quoted, text, start, end)


# The subject of a verb of saying right after a closing quotation mark: a pronoun, a noun after an article or an
# owner, or up to three capitalised words ("he", "the crowd", "one official", "Jo Doe").
_QUOTE_SUBJECT = (r"\s{0,2}(?:(?:he|she|they|I|we|it)\s+|(?:the|a|an|one|his|her|their)\s+[a-z]+\s+"
                  r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\s+)?")
# Verbs of saying just before an opening quotation mark ("she said ''Ms. Kelby Did Nothing Wrong.''").
_SAID_BEFORE_VERBS = r"said|says|chanted|shouted|yelled|wrote|replied|answered|declared"
# A verb of saying, writing or posting, then a comma, or up to four words and a colon, just before a quotation ("Doe
# wrote on Truth Social: ", "Doe posted: ", "the minister told parliament: ", "Doe tweeted, ").
_POSTED_BEFORE_QUOTE = re.compile(r"\b(?:" + _SAID_BEFORE_VERBS + r"|told|added|asked|writes|tweeted|tweets|posted|"
                                  r"posts)(?:(?: [\w’'.-]+){0,4} ?:|,)?\s*[\"“‘']?$")
# ... or after it, with its subject: '"...," Doe tweeted on Sunday', '"..." Doe posted on Truth Social'.
_POSTED_AFTER_QUOTE = re.compile(_QUOTE_SUBJECT
                                 + r"(?:said|says|told|added|wrote|writes|tweeted|tweets|posted|posts|declared)\b")


def _posted_or_exclaimed(quoted: str, text: str, start: int, end: int) -> bool:
    """A quotation that someone says, writes, tweets or posts (a verb of those just before it, or just after it with
    its subject), or that ends on an exclamation mark: a message in title case ("Doe wrote on Truth Social: “Jo
    Kelby Is a Total Loser and Tarno Must Go Now!”"), no title of a work, so the names in it stay."""
    return quoted.rstrip("\"”’' ").endswith("!") or _POSTED_AFTER_QUOTE.match(text, end) is not None \
        or _POSTED_BEFORE_QUOTE.search(text, max(0, start - 50), start + 1) is not None


# A verb of saying, chanting or showing after a closing quotation mark, with its subject (a pronoun, a name, or a
# noun after an article or an owner: "the crowd chanted", "the signs said", "the letter began") ...
_SAID_AFTER_QUOTE = re.compile(_QUOTE_SUBJECT + r"(?:said|says|told|added|asked|replied|answered|wrote|chanted|shouted|"
                               r"yelled|read|began|declared)\b")
# ... or a verb of saying just before the opening one (_SAID_BEFORE_VERBS).
_SAID_BEFORE_QUOTE = re.compile(r"\b(?:" + _SAID_BEFORE_VERBS + r")[,:]?\s*$")
# What may stand before a quotation that opens a sentence (a title after "On", "In" does not: "On ''Kelby
# Tonight,'' Jo Tarno said").
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")


def _spoken_or_shown(text: str, start: int, end: int) -> bool:
    """A two-apostrophe quotation said, chanted or written as a message, not a title: a verb of saying after or
    before it ("''We Want Jo Kelby,'' the crowd chanted", "''Dear Mr. Tarno,'' the letter began", "''Vote for Jo
    Kelby,'' the signs said"), so the names in it stay."""
    return bool((_SAID_AFTER_QUOTE.match(text, end) and _SENTENCE_OPEN.search(text, max(0, start - 4), start))
                or _SAID_BEFORE_QUOTE.search(text, max(0, start - 12), start))


def _title_words(quoted: str) -> bool:
    """Every word capitalised, or a small word: a title or a label ("''Kelby House,''", "''The Tarno Show''"), not
    a partial quotation ("''the looming presence of Jo Doe,''", which names a person)."""
    small = _rules()["name_grammar_words"]  # (a title's small words: "of", "the", "and"; not "it", "about")
    return all(not w[:1].islower() or w in small for w in (x.strip(",.!?;:") for x in quoted.split()))


def _short_speech(quoted: str, text: str, end: int) -> bool:
    """A short quotation that is speech, not a label: words in lower case (not only small ones, as titles have)
    and a verb of saying after it ("“I’m backing Jo Doe,” she said"; not "“Morning Joe,” Doe said")."""
    if not _SPEECH_AFTER_QUOTE.match(text, end):
        return False
    small = _rules()["function_words"]
    return any(w[:1].islower() and w.strip(",.!?;:") not in small for w in quoted.split())


# A verb of saying after a closing quotation mark, with its subject before it or after it ("“...,” she said",
# "“...,” Doe told reporters", "“...,” said Doe").
_SPEECH_AFTER_QUOTE = re.compile(r"\s{0,2}(?:(?:he|she|they|I|we|it)\s+|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\s+)?"
                                 r"(?:said|says|told|tells|added|asked|replied|wrote|tweeted|recalled|insisted|joked)\b")


class _Ctx(NamedTuple):
    """What the candidate stages read about one article."""

    text: str
    toks: list
    lower_words: set  # words the article writes in lower case
    cap_inside: Counter  # capitalised words seen inside a sentence (not as its first word)
    head_spans: list  # headline, subheading, byline, caption and page-furniture lines
    squotes: list  # short quotations (scare quotes, labels)
    shouted: list  # lines written in capitals
    dropped: dict  # word -> _dropped(word), filled as the words are read
    counts: dict  # (how, phrase) -> how often the article writes it (see _written_count), filled as asked


# Web addresses, handles and hashtags: never names ("@JaneDoe", "#Vote2016", "pic.twitter.com/x1Y2").
_WEB = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+|(?<![\w.])[@#]\w+")
# A wire story's slug: words in capitals joined by hyphens, three parts or more or a number last ("GJ-SALT-LEASE-1",
# "MORE PSI: KL-QUAKE-HOUSING"): a label of the desk, no name.
_WIRE_SLUG = re.compile(r"(?<![\w-])[A-Z]{2,}(?:-[A-Z]{2,}){2,}(?:-\d+)?(?![\w-])"
                        r"|(?<![\w-])[A-Z]{2,}(?:-[A-Z]{2,})+-\d+(?![\w-])")
# A wire's note to editors in brackets ("(Eds: Adds company reaction in paras 10-14)", "(EDITORS: ...)"): no actor.
_EDITORS_NOTE = re.compile(r"\((?:Eds|EDS|Editors|EDITORS|Ed|ED)\s*:[^)\n]*\)")
_DOMAIN_PATH = re.compile(r"\.(?:com|org|net|gov)/")
_DOMAIN = re.compile(r"(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov)/\S*")


# A stock ticker: an exchange's letters, a colon and the company's symbol ("TSX:ABC", "NYSE:XYZ", "LSE:BP.L"; no
# space after the colon, which a speaker's label has); the symbol names no actor, the exchange only a label.
_TICKER = re.compile(r"\b[A-Z]{2,8}:[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?\b")
# A photo or video credit in parentheses, wire style: "(AP Photo/Jane Doe, File)", "(Reuters Photo/Jo Lee)",
# "(Photo: Jo Lee / The Courier)", a paper's closing a caption's line ("... on Monday. (Ledger photo by Jo Lee)");
# or a photographer and an outlet in parentheses closing a line (a caption's end: "... on Tuesday. (Jo Lee/The
# Courier)", "(The Courier / Jo Lee)", the caption in square brackets too: "[... on
# Tuesday. (Jo Lee/The Courier)]"), or without them closing a caption in square brackets after its sentence ("[Photo:
# ... on Tuesday. The Courier / Jo Lee]").
_CREDIT = re.compile(r"\([^()\n]{0,40}\b(?:Photo|Photograph|Image|Video|Illustration)s?\s*[/:][^()\n]{1,80}\)"
                     r"|\((?:[A-Z][\w.'’-]* ){1,3}(?:staff |file )?(?:photo|photograph|picture)s? by [^()\n]{1,60}\)"
                     r"(?=\]?[ \t]*(?:\n|$))"
                     r"|\((?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+ ?/ ?[A-Z][^()\n]{1,60}\)(?=\]?[ \t]*(?:\n|$))"
                     r"|(?<=[.!?] )(?:[A-Z][\w.'’-]+ ){0,3}[A-Z][\w.'’-]+ ?/ ?"
                     r"[A-Z][\w.'’-]++(?: [A-Z][\w.'’-]++){0,3} ?(?=\][ \t]*(?:\n|$))")




def _web_spans(text: str) -> list[tuple[int, int]]:
    """Spans of web addresses, handles and hashtags, and photo credits in parentheses (no actor is named there)."""
    marks = ("@", "#", "http", "www.", "pic.twitter.com/")  # the pattern cannot match without one of them
    spans = [(m.start(), m.end()) for m in _WEB.finditer(text)] if any(w in text for w in marks) else []
    if ("/" in text or " by " in text) and ("(" in text or "[" in text):
        spans += [(m.start(), m.end()) for m in _CREDIT.finditer(text)]
    if ":" in text:
        spans += [(m.start(), m.end()) for m in _TICKER.finditer(text)]
        spans += [(m.start(), m.end()) for m in _rules()["end_credit"].finditer(text)]
    if _DOMAIN_PATH.search(text):  # the costlier pattern only when an address without "www" may be there
        spans += [(m.start(), m.end()) for m in _DOMAIN.finditer(text)]
    if "-" in text:
        spans += [(m.start(), m.end()) for m in _WIRE_SLUG.finditer(text)]
    if "(" in text:
        spans += [(m.start(), m.end()) for m in _EDITORS_NOTE.finditer(text)]
    return spans


def _dropped(t: _Tok, lower_words: set) -> bool:
    """A capitalised token that cannot be part of a name (function word, month, number, adjective ...)."""
    w = t.text
    if _never_in_a_name(w):
        return True
    R = _rules()
    return w.isupper() and len(w) >= 3 and w.lower().rstrip(".") in lower_words \
        and w not in R["known_organisations"] and w not in R["places"]  # a shouted ordinary word: "BORROWING"


# one to three capitalised words after a feast's word (" Lights Committee"); a word of time before the feast ("Last
# Christmas", "this Summer"): _feast_in_a_name
_CAPITALISED_WORDS_AFTER = re.compile(r" ((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+)\b")
_TIME_BEFORE_FEAST = re.compile(r"\b(?i:last|this|next|every|each|at|on|by|since|before|after|until|over|during)"
                                r" [A-Z][a-z]+$")


def _feast_in_a_name(text: str, end: int) -> bool:
    """After a feast's or a season's word ending at ``end``: one or two capitalised common words and an
    organisation's word ("Christmas Lights Committee", "Summer Show Society"; not "Christmas Eve Kelby Council"), no
    word of time before it ("Last Christmas Food Bank volunteers handed out ...")."""
    m = _CAPITALISED_WORDS_AFTER.match(text, end)
    if m is None or _TIME_BEFORE_FEAST.search(text, max(0, end - 20), end):
        return False
    words = m.group(1).split()
    return len(words) >= 2 and words[-1].lower() in _rules()["org_words"] \
        and all(_common_word(w) and w.lower() not in _rules()["org_words"] for w in words[:-1])


@lru_cache(maxsize=16384)
def _never_in_a_name(w: str) -> bool:  # words repeat within and across articles
    """The part of :func:`_dropped` that reads only the word, not the article: function words, months and days,
    common abbreviations, contractions, party codes, name suffixes, hyphenated adjectives, numbers."""
    R = _rules()
    lw = w.lower().rstrip(".")
    if (lw in R["function_words"] and not (w.isupper() and len(w) > 1)) or lw in R["time_words"] \
            or w in R["acronyms"] or _CONTRACTION.search(w) or _PARTY_CODE.match(w) \
            or w.rstrip(".") in R["name_suffixes"] \
            or w.endswith("s") and w[:-1].isupper() and w[:-1] in R["legal_forms"]:  # (a legal form's plural: "LLCs")
        return True
    if "-" in w and _HYPHEN_ADJ.search(w) and not _SYLLABLE_PAIR.fullmatch(w):
        return True  # "AI-generated", "US-based", "Trump-style": an adjective (not "Ka-ming", a given name)
    return bool(_NUMBER.fullmatch(w))


def _dropped_in(ctx: _Ctx, t: _Tok) -> bool:
    """:func:`_dropped` for a token of the article of ``ctx``, remembered per word (it reads only the word)."""
    got = ctx.dropped.get(t.text)
    if got is None:
        got = ctx.dropped[t.text] = _dropped(t, ctx.lower_words)
    if not got and t.text in _rules()["units_after_figures"]:
        return _FIGURE_BEFORE.search(ctx.text, max(0, t.start - 16), t.start) is not None  # ("1,320 MW Yomgo
        # project": a unit after its figure, no word of the name)
    if not got and t.text.rstrip(".") in _rules()["currency_marks"]:
        return _DIGIT_AFTER.match(ctx.text, t.end) is not None  # ("from Shs 9,000 to Shs 6,500": money)
    return got and not (t.text[1:].islower() and t.text.lower() in _rules()["time_words"]
                        and (_opens_a_town(ctx.text, t.end, t.text) or _sun_in_name(ctx.text, t.start)
                             or t.text in _rules()["feasts_and_seasons"] and _feast_in_a_name(ctx.text, t.end)))
    # ("the Kelby Christmas Lights Committee": a feast's word inside a body's name)


_FIGURE_BEFORE = re.compile(r"\d[\d,.]*\s?$")
_DIGIT_AFTER = re.compile(r"\.?[ \u00a0]?\d")


def _sun_in_name(text: str, at: int) -> bool:
    """The "Sun" at ``at`` goes on a name after a capitalised word ("Kalahari Sun Energy", "The Baltimore Sun
    reported"), no figure after it: a word of the name, not Sunday's abbreviation, which opens a schedule's or a
    fixture's entry ("Sun 3 March", "Sun Closed", "; Sun Vell City v Ashby Town", review of session 39).  A season
    written with a capital between two capitalised words is a name's word too ("Great Slave Winter Haul Ltd.",
    "Kelby Summer School", "Kelby and Summer Isles Creel Association"): English writes its seasons in lower case."""
    before = _CAPITALISED_BEFORE.search(text, max(0, at - 30), at)
    word = before.group(1).lower() if before else ""
    if not word or word in _rules()["time_words"]:
        return False
    if text.startswith("Sun", at):
        return _FIGURE_AFTER.match(text, at + 3) is None
    season = _SEASON_THEN_WORD.match(text, at)
    return season is not None and season.group(1).lower() not in _rules()["time_words"] \
        and word not in _rules()["stopwords"]  # (a season after "In", "The", "Every": "In Winter Kelby Council closes",
    # "Every Spring Kelby Rovers open")


# (or such a word and "and", "of" or "&" before the season: "the Minch and Summer Isles Fishermen's Association")
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][a-z]+) (?:(?:and|of|&) )?$")
_FIGURE_AFTER = re.compile(r"[ ,.]*\d|\w")
_SEASON_THEN_WORD = re.compile(r"(?:Spring|Summer|Autumn|Winter) ([A-Z][a-z]+)\b")




# A capitalised word right after a token: the second word of a town's name ("Fall River", "May Pen").
_NEXT_CAPITAL_WORD = re.compile(r" ([A-Z][\w’'-]+)")


def _opens_a_town(text: str, end: int, word: str) -> bool:
    """A season's, a month's or a day's word that opens a town of the gazetteer with the word after it ("Fall River",
    "May Pen", "Spring Valley"): part of a name, kept."""
    m = _NEXT_CAPITAL_WORD.match(text, end)
    return m is not None and f"{word} {m.group(1)}" in _world_places()


def _in_an_address(text: str, t: _Tok) -> bool:
    """The token is part of an e-mail or a web address ("taiping@courier.com.my", "kelby.gov/news"), whose words are
    written in lower case whatever they name (not the story's own use of a word in lower case)."""
    return text[t.end:t.end + 1] in ("@", "/") or text[t.start - 1:t.start] in ("@", "/", ".") and t.start > 0


def _context(article: Article) -> _Ctx:
    # A no-break space between two words of a name ("James\u00a0Comey", common in web copy) reads as a space: the
    # same length, so every offset holds, and the words join into one name as they would across a space.
    text = article.text.replace("\u00a0", " ") if "\u00a0" in article.text else article.text
    if "\u00ad" in text:  # a soft hyphen opening a word after a space ("Doug \u00adAndres"): a space as well
        text = text.replace(" \u00ad", "  ")
    toks = _tokens(article, text)
    lower_words = {t.text for t in toks if t.text.islower() and not _in_an_address(text, t)}
    cap_inside = Counter(t.text for t in compress(toks, map(_cap_of, toks)) if not t.initial)
    shouted = _shouted_lines(article.text)
    head_spans = _merge_spans(_headline_spans(article, shouted) + _furniture_lines(article))
    return _Ctx(text, toks, lower_words, cap_inside, head_spans, _short_quote_spans(article.text), shouted, {}, {})


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


# The headlines listed under a label that ends in a colon ("Related stories:", "Read more:"), one a line up to a
# blank line: short lines without a full stop, links to other stories.
_LINKED_HEADLINES = re.compile(r"[ \t]*\n((?:[^\n]{3,120}(?<![.!?])(?:\n|$)){1,6})")


def _furniture_lines(article: Article) -> list[tuple[int, int]]:
    """Lines that are page furniture, a byline or a caption label ("FULL TEXT: ...", "Read more", "By Jane Doe"), and
    a writer named at the end of a standfirst (", writes Jo Doe") or alone on a line above the outlet's name."""
    text = article.text
    spans = [(m.start(), m.end()) for m in re.finditer(r"(?m)^[^\n]+", text) if is_furniture_line(m.group())]
    spans += _numbered_section_labels(text)  # "3. Briefs", a newsletter's section heading (not a ranked list's item)
    spans += [(m.start(1), m.end(1)) for a, b in spans if text.startswith(":", b - 1)
              if (m := _LINKED_HEADLINES.match(text, b))]
    spans += [(m.start(1), m.end(1)) for m in _rules()["headline_list"].finditer(text)]
    if "writes " in text:
        spans += [(m.start(1), m.end(1)) for m in _WRITES_BYLINE.finditer(text)]
    if m := _SECTION_LINE.match(text):
        spans.append((m.start(1), m.end(1)))
    if m := _SHOUTED_SECTION_LINE.match(text):
        cw, lw = _rules()["common_words"], m.group(1).lower()
        if lw in cw or lw[:-1] in cw or (lw.endswith("ies") and lw[:-3] + "y" in cw):  # (a plural: "MARKETS")
            spans.append((m.start(1), m.end(1)))  # "COMMODITIES" above the headline: the page's section
    if ")\n" in text or text.endswith(")"):
        spans += [(m.start(), m.end()) for m in _CREDIT_IN_BRACKETS_LINE.finditer(text)]
        spans += [(m.start(), m.end()) for m in _PHOTO_CREDIT_ENDING_LINE.finditer(text)]
    if "ign" in text or "ubscribe" in text or "ownload" in text or "Want" in text or "Get " in text:
        spans += [(m.start(), m.end()) for m in _rules()["subscribe_call"].finditer(text)
                  if not _rules()["speech_cue"].search(m.group())]  # (not "Download the Acme app, Jo Doe urged")
    if "Follow" in text or "Join" in text:
        spans += [(m.start(), m.end()) for m in _rules()["follow_call"].finditer(text)]  # "Follow us on X ..."
    if "@" in text or "Box" in text:
        spans += [(m.start(), m.end()) for m in _rules()["submission_call"].finditer(text)
                  if not _rules()["speech_cue"].search(m.group())]
    if "et al" in text:
        spans += [(m.start(), m.end()) for m in _CITED_AUTHORS.finditer(text) if _plain_initials(m.group())]
    given = _rules()["given_names"]
    spans += [(m.start(), m.end()) for m in _NAME_LINE_ABOVE.finditer(text, 0, 600)
              if m.group(1).lower() in given and _signature_line(text, m.start()) is None]
    spans += [(m.start(), m.end()) for m in _rules()["name_line_above_role"].finditer(text)
              if _signature_line(text, m.start()) is None]  # (not a letter's signer over their role)
    spans += [(m.start(), m.end()) for m in _SIGN_OFF.finditer(text, max(0, len(text) - _SIGN_OFF_REACH))
              if m.group(1).lower() in given]
    if "(" in text[:_DATELINE_REACH]:
        spans += [m.span("writer") for m in _rules()["bracketed_writer"].finditer(text, 0, _DATELINE_REACH)]
    spans += _bio_lines(text)
    spans += _comment_lines(text)
    if " by " in text:
        spans += [(m.start(), m.end()) for m in _rules()["written_by_line"].finditer(text)]
    if " published by " in text:
        spans += _imprint_lines(text)
    return spans


def _imprint_lines(text: str) -> list[tuple[int, int]]:
    """An imprint line under a story ("The Kelby Bulletin is published by Kelby Verlag AG, Marktgasse 9. Editor: Jo
    Doe."): a mark of an imprint on it or the two lines after it (``imprint_marks``) and no clause of prose on it
    (``imprint_prose_marks``); not "Kelby Daily is published by Tarn Media, founded by Jo Doe" in the body."""
    R = _rules()
    return [(m.start(), m.end(1)) for m in R["imprint_line"].finditer(text)
            if not R["imprint_prose_marks"].search(m.group(1))
            and R["imprint_marks"].search(m.group(1) + m.group(2))]


# A reader's comment on its line: a commenter's name or handle of one to three words (an initial with its stop, a
# dot or a digit inside), a colon, then the comment ("Jo K: Good news", "Kelby Gal: Where is the road?!",
# "Jo S.: Finally")
_COMMENT_LINE = re.compile(r"[ \t]*[\w’'.@-]+(?: [\w’'.-]+){0,2}: \S[^\n]*")


def _comment_lines(text: str) -> list[tuple[int, int]]:
    """The lines of reader comments under a comments section's head ("4 Comments", then "Jo K: Good news"): each
    line, blank lines skipped, to the first of another shape or opened by a title ("Senator Jo Doe: ..."); the
    commenters are no actors of the story."""
    spans = []
    for head in _rules()["comment_section_head"].finditer(text):
        at = head.end()
        while text.startswith("\n", at):
            at += 1
        while m := _COMMENT_LINE.match(text, at):
            if text[m.end():m.end() + 1] not in ("\n", "") or _titled_line(m.group()):
                break  # (a line opened by a title or a role is a speaker's: "Senator Jo Doe: ...")
            spans.append(m.span())
            at = m.end()
            while text.startswith("\n", at):
                at += 1
    return spans


def _titled_line(line: str) -> bool:
    """Whether a line's first word is a title or a role word ("Senator Jo Doe: ...", "Dr. Ana Roe: ...")."""
    first = line.split(None, 1)[0].lower().rstrip(".:") if line.strip() else ""
    return first in _rules()["honorifics"] or first in _rules()["person_roles"]


# How far into a story its dateline (and a writer in brackets on it) may stand, under a masthead and a headline.
_DATELINE_REACH = 1000


# A reference's authors, each a surname and initials, then "et al" ("Doe JA, van Roe K, et al."): a science
# story's citation, no actor of the story (the authors it quotes are named in its sentences).
_AUTHOR = r"(?:[a-z]{1,3} )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? [A-Z]{1,3}\b"
_CITED_AUTHORS = re.compile(_AUTHOR + r"(?:, " + _AUTHOR + r")*,? et al\b")
# The initials closing each author of a reference ("Doe JA, Roe K, et al").
_INITIALS = re.compile(r" ([A-Z]{1,3})(?=,| et al\b)")


def _plain_initials(authors: str) -> bool:
    """Every author's capitals are initials, no honour, member's or title abbreviation nor legal form ("Jo Doe MP,
    Sam Roe MP et al", "Jo Doe KC", "Doe v. Acme AG et al", "Acme Pharma LP et al" name people and firms)."""
    R = _rules()
    return not any(w in R["post_nominals"] or w in R["role_abbreviations"] or w in R["legal_forms"]
                   or w.lower() in R["org_suffixes"] for w in _INITIALS.findall(authors))


def _bio_lines(text: str) -> list[tuple[int, int]]:
    """The names of writers' bios at a story's foot ("Jo Doe covers retail. She is based in Kelby.", "Jo Doe writes
    about mining from Tarn. Sam Roe is a mining reporter based in Kelby."), and a credit after one on its line: the
    story's own staff.  Only in the last third after the story's last line of speech or report
    (``bio_speech_words``, a quotation mark); the name shaped as a person's (:func:`_writer_shaped`), named nowhere
    before in a sentence, no date in the bio."""
    R = _rules()
    start = text.rfind("\n", 0, len(text) * 2 // 3) + 1
    if said := max((m.end() for m in R["bio_speech"].finditer(text, start) if not _on_furniture_line(text, m.start())),
                   default=0):
        start = text.find("\n", said) + 1 or len(text)  # (the line after the last with speech or report)
    spans, bio_end = [], -1
    for m in R["bio_line"].finditer(text, start):
        end = text.find("\n", m.end())
        rest = text[m.end():end if end >= 0 else len(text)]
        if _writer_shaped(m["name"]) and not _BIO_DATE.search(m.group()) \
                and not R["bio_story_mark"].search(m.group(), m.end("name") - m.start()) \
                and not _named_in_a_sentence(text, m["name"].split()[-1], m.start()) \
                and _bio_opens_or_closes(text, m.start(), bio_end, rest) and not _dash_list_item(text, m.start()) \
                and not (m["titled"] and not _closing_line(text, m.start())):
            bio_end = m.end()
            spans.append((m.start("name"), m.end("name")))
            spans += [(o.start(1), o.end(1)) for o in _BIO_OUTLET.finditer(text, m.end("name"), m.end())]
            spans += [(o.start(1), o.end(1)) for o in _BIO_WORK.finditer(text, m.end("name"), m.end())]
            if rest.strip() and is_furniture_line(rest.strip()):
                spans.append((m.end(), m.end() + len(rest)))  # ("... technology editor. Additional reporting by ...")
    return spans


# The outlet of a writer's bio after "for" or "at" ("... is a politics reporter for The Ledger."): the story's own
# paper, blanked with the writer's name (a place after "in" or "based in" stays).
_BIO_OUTLET = re.compile(r"\b(?:for|at) (?:the |The )?([A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,4})")


# The writer's book in a bio ("... and the author of The Long Rent."): a title, no actor.
_BIO_WORK = re.compile(r"\bauthor of (?:the |The )?([A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,5})")


def _bio_opens_or_closes(text: str, i: int, bio_end: int, rest: str) -> bool:
    """Whether a bio at ``i`` opens its line, follows another bio on it (``bio_end``), or has a call to reach the
    writer or a credit after it on its line (``rest``): "The lead plaintiff is a photographer. Mark Stone is a
    photographer based in Denver." is a sentence of the story."""
    line_start = text.rfind("\n", 0, i) + 1
    if not text[line_start:i].strip() or (bio_end >= line_start and not text[bio_end:i].strip()):
        return True
    rest = rest.strip()
    return bool(rest) and (is_furniture_line(rest) or bool(_rules()["bio_contact"].match(rest)))


def _dash_list_item(text: str, i: int) -> bool:
    """Whether the line at offset ``i`` opens with a dash as an item of a list: the line before it ends with a colon
    or opens with a dash too ("The winners:" then "- Jo Doe is a reporter at the Ledger, honoured for ..."; a
    writer's bio after a dash follows the story's last sentence)."""
    line_start = text.rfind("\n", 0, i) + 1
    if not text[line_start:].lstrip(" \t").startswith(_DASHES):
        return False
    prev = text[:line_start].rstrip().rpartition("\n")[2].strip()
    return prev.endswith(":") or prev.startswith(_DASHES)


_DASHES = ("—", "–", "-")


def _closing_line(text: str, i: int) -> bool:
    """Whether offset ``i`` stands on the story's closing line, after the body: a line after others, and only page
    furniture after it ("... since 2001." then nothing, or "Share this story"; not a profile's opening line "Jo Doe
    is Editor of The Kelby Review." before the story about her)."""
    line_start, end = text.rfind("\n", 0, i) + 1, text.find("\n", i)
    return bool(text[:line_start].strip()) and (end < 0 or all(
        is_furniture_line(line.strip()) for line in text[end:].splitlines() if line.strip()))


def _on_furniture_line(text: str, i: int) -> bool:
    """Whether offset ``i`` stands on a line of page furniture (:func:`is_furniture_line`: "This article appears in
    print with the headline "..."", "Read more: '...'"), whose quotation marks are no one's speech."""
    end = text.find("\n", i)
    return is_furniture_line(text[text.rfind("\n", 0, i) + 1:end if end >= 0 else len(text)].strip())


def _caption_sentence(text: str, i: int) -> bool:
    """Whether offset ``i`` stands on a caption's sentence after a label ("Photo: Mayor Jo Doe speaks to fishermen on
    the quay."; three lower-case words or more after the colon): the name of someone the story is about, not its
    writer's or photographer's ("Photo: Jo Doe/Reuters")."""
    end = text.find("\n", i)
    head, colon, rest = text[text.rfind("\n", 0, i) + 1:end if end >= 0 else len(text)].partition(":")
    return bool(colon) and len(head.strip()) <= 20 and len(re.findall(r"\b[a-z]+\b", rest)) >= 3


def _writer_shaped(name: str) -> bool:
    """A name shaped as a person's: its first word can be a given name (:func:`_first_name_like`) and its last word is
    no body's word ("Kelby Holdings", "Tarn Institute")."""
    return _first_name_like(name) and name.split()[-1].lower() not in _rules()["org_words"]


def _named_in_a_sentence(text: str, surname: str, end: int) -> bool:
    """Whether ``surname`` stands before ``end`` on a line with a full stop, a sentence of the story (an actor's
    name, not a byline's)."""
    for m in re.finditer(r"\b" + re.escape(surname) + r"\b", text[:end]):
        b = text.find("\n", m.end())
        line = text[text.rfind("\n", 0, m.start()) + 1:b if b >= 0 else end]
        if ". " in line or line.rstrip().endswith("."):
            return True
    return False


def _first_name_like(name: str) -> bool:
    """The first word of a name can be a given name: listed, or no form of address, common word, place or known body
    ("Tess" in "Tess Doe", not "Dr" in "Dr Jo Doe", "Blue" in "Blue Cross" nor "Acme" when the story's bodies list
    it)."""
    R, w = _rules(), name.split()[0]
    if w.lower().rstrip(".") in R["honorifics"]:
        return False  # ("Dr Jo Doe writes about the results in The Lancet": a scientist, no bio of the writer)
    return w.lower() in R["given_names"] or (
        w.lower() not in R["common_words"] and w not in R["places"] and w not in R["known_organisations"]
        and name not in R["known_organisations"])


# The days of the week and the months, capitalised, as alternations of a pattern.
_WEEKDAY_ALT = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTH_ALT = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_NAMES = frozenset(_MONTH_ALT.split("|"))
_YEAR = re.compile(r"(?:19|20)\d\d")
# A date in a bio's sentence (a weekday or month written with a capital, a year, "last"/"next" and a unit of time):
# a sentence of the story ("... an op-ed published Tuesday", "... detained in March 2023"); a bio has no date.  Not
# "May" (a given name and a verb as well).
_BIO_DATE = re.compile(r"\b(?:" + _WEEKDAY_ALT + "|" + _MONTH_ALT.replace("May|", "")
                       + r"|(?:19|20)\d\d|(?:last|next) (?:week|month|year))\b")


# A listed given name alone on a paragraph of its own: a newsletter's or a letter's sign-off ("Harriet", "— Jo"),
# the writer's, or on the line after a closing line ending in a comma ("Thanks for everything,\nMargaret"); looked for
# in a story's last characters only (_SIGN_OFF_REACH), and not a speaker's name over the words of a transcript
# ("Jo\nWe need ...").
_SIGN_OFF = re.compile(r"(?:\A|(?<=\n\n)|(?<=\n\r\n)|(?<=,\n)|(?<=,\r\n))[ \t]*(?:[–—-][ \t]*)?([A-Z][a-z’'-]+)[ \t\r]*"
                       r"(?=\n[ \t\r]*\n|\s*\Z)")
_SIGN_OFF_REACH = 600


# One title-case word alone on the first line, above the headline: the page's section ("Dairy", "Politics").
_SECTION_LINE = re.compile(r"\A\s*([A-Z][a-z]{2,})[ \t]*\n")
# One word in capitals alone on one of the first three lines, above the headline: the page's section
# ("COMMODITIES", "BUSINESS"), when it is a common word.
_SHOUTED_SECTION_LINE = re.compile(r"\A(?:[^\n]*\n\s*){0,2}?([A-Z]{4,})[ \t]*\n")
# A line of one name in brackets alone: the agency or the paper that supplied the story ("(MBC)", "(Kelby News
# Agency)"), a credit, no actor.
_CREDIT_IN_BRACKETS_LINE = re.compile(r"(?m)^[ \t]*\((?:[A-Z][\w&.-]*)(?: [A-Z][\w&.-]*){0,3}\)[ \t]*$")
# A photo's credit in brackets closing a caption's line ("... in 2019. (Sentinel file photo / Jo Doe)", "(Staff
# photo by Jo Doe)", "(PSCW photo: Jo Doe)"): the outlet and the photographer, no actors in the story.
_PHOTO_CREDIT_ENDING_LINE = re.compile(r"(?m)\((?:[A-Z][\w’'&.-]*\s){0,3}(?:[Ss]taff\s|[Ff]ile\s)?"
                                       r"(?:[Pp]hoto|[Pp]hotograph|[Pp]icture)s?\s?(?:by\s|/\s?|:\s)"
                                       r"[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3}\)[ \t]*$")
# A standfirst that ends by naming its writer ("..., writes Jo Doe").
_WRITES_BYLINE = re.compile(r"(?m), writes ((?:[A-Z][\w’'.-]+ ){1,2}[A-Z][\w’'.-]+)\.?[ \t]*$")
# A name alone on a line above a short capitalised line (the outlet or the writer's beat): a byline block near the
# top ("Kevin Doe\nMilwaukee Ledger-Courier\n").
_NAME_LINE_ABOVE = re.compile(r"(?m)^([A-Z][a-z’'-]+)(?: [A-Z][\w’'.-]+){1,2}[ \t]*\n(?=[A-Z][^\n.!?]{2,60}\n)")
# A writer's line ("Jo Doe, Business Editor"), a line to contact the writer ("Contact Jo Doe at ...").
_BYLINE_LINE = re.compile(r"(?:[A-Z][\w’'.-]+ ){1,3}[A-Z][\w’'.-]+,[ \t]+(?:[A-Za-z&]+[ \t]+){0,3}(?:[Ee]ditor|"
                          r"[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Cc]olumnist)\b[^\n.!?]{0,40}$"
                          r"|(?:Contact|Email|E-mail|Reach) (?:[A-Z][\w’'.-]+ ){1,2}[A-Z][\w’'.-]+ (?:at|on|via)\b")


_SEPARATOR = re.compile(r"\s*[|·•]\s*")
# A breadcrumb of the site's sections, each label capitalised and short, no punctuation: "Home > News > Kelby Page",
# "Home » News » County", "Home >> Bohol", "News / Local / City Hall".
_BREADCRUMB = re.compile(r"[A-Z][\w’'&-]*(?: [\w’'&-]+){0,4}"
                         r"(?: (?:[>›»/]|>>) [A-Z][\w’'&-]*(?: [\w’'&-]+){0,4})+")


def _separated_labels(line: str) -> bool:
    """Short labels split by bars or dots: a footer, a menu or a byline line ("About Us|Contact|Report error",
    "Jane Doe · Acme News · Posted: Nov 29"), or a breadcrumb ("Home > News > Business"), no sentence of the
    story."""
    if " > " in line or " › " in line or " » " in line or " >> " in line or line.count(" / ") >= 2:
        return _BREADCRUMB.fullmatch(line.strip()) is not None  # (three labels at least in slashes: not "Profile /
        # Ann Doe", a kicker naming the story's subject)
    if "|" not in line and "·" not in line and "•" not in line:
        return False
    parts = [p for p in _SEPARATOR.split(line.strip()) if p]
    return len(parts) >= 2 and all(len(p.split()) <= 7 for p in parts)


_LOWER = re.compile(r"[^\W\d_A-Z\u00c0-\u00de]")  # lower-case letters (ASCII and Latin-1)
_LOWER_RUN = re.compile(_LOWER.pattern + "+")  # a run of them: one match a word, not one a letter
_LETTER = re.compile(r"[^\W\d_]")


def _more_than(rx: re.Pattern, s: str, limit: float) -> bool:
    """Whether more than ``limit`` characters of ``s`` match ``rx`` (a match counts its length), counted a
    chunk at a time and stopped once over the limit: a line of prose is told in its first chunk."""
    n, at, step = 0, 0, min(4096, 2 * int(limit) + 16)  # (prose is told by its first chunk, about 40% of it)
    while at < len(s):
        n += sum(map(len, rx.findall(s, at, at + step)))
        if n > limit:
            return True
        at, step = at + step, 4096
    return False


def _common_lower(s: str) -> int:
    """How many of the eight commonest lower-case letters of English ``s`` holds: a lower bound on its lower-case
    letters, counted in C, that tells most lines of prose without the pattern."""
    return sum(map(s.count, "etaoinsr"))


def _shouted_lines(text: str) -> list[tuple[int, int]]:
    """Lines of three words or more written in capitals ("HE'S BEEN CALLED OUT"): subheadings, no names."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        limit = 0.2 * len(line)
        if _common_lower(line) > limit or _more_than(_LOWER_RUN, line, limit) or len(line.split()) < 3:
            continue
        n_lower = len(_LOWER.findall(line))
        n_letters = len(_LETTER.findall(line))
        if n_letters and n_lower / n_letters < 0.2:
            out.append((m.start(), m.end()))
    return out


def _starts_run(ctx: _Ctx, i: int) -> bool:
    """Whether token ``i`` can open a candidate name."""
    R = _rules()
    toks, t = ctx.toks, ctx.toks[i]
    if not t.cap or _elided(t.text):
        return False  # (an elided article, "d'Aubisque", is capitalised only inside a name: see _elision_joins)
    if t.text[:2] == "Rt" and _STYLE_BEFORE_TITLE.match(ctx.text, t.start):
        return False  # "the Rt. Rev. Jo Doe", "the Rt Hon Jo Doe": "Right", the style of a title, no name
    starts_acr = t.text in R["acronyms"] and i + 1 < len(toks) and toks[i + 1].sid == t.sid \
        and toks[i + 1].cap and ctx.text[t.end:toks[i + 1].start] == " " and not t.poss
    return not _dropped_in(ctx, t) or t.text.lower().rstrip(".") in R["honorifics"] or starts_acr \
        or _month_as_given_name(ctx, i) or (i + 1 < len(toks) and _modal_as_given_name(ctx, t, toks[i + 1]))


# "Rt" ("Right") written before a title of clergy or of a privy counsellor ("the Rt. Rev. Jo Doe", "the Rt Hon Jo Doe")
_STYLE_BEFORE_TITLE = re.compile(r"Rt\.? (?:Hon|Rev|Revd|Honourable|Reverend|Worshipful)\b")

# Words that put a month in a date ("in April", "since Jan"), so that the month is no given name.
_BEFORE_A_MONTH = frozenset("in since until till during early late last next mid before after this".split())


def _month_as_given_name(ctx: _Ctx, i: int) -> bool:
    """A month that is also a given name, before a surname-like word (name particles between) and no number:
    "Jan Smit", "Jan van der Berg" (not "Jan 5", "Jan Parliament", "Jan Budget")."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    t = toks[i]
    if t.text.lower() not in R["time_words"] or t.text.lower() not in R["given_names"] or i + 1 >= len(toks):
        return False
    if i and toks[i - 1].sid == t.sid and toks[i - 1].text.lower() in _BEFORE_A_MONTH:
        return False  # "in April Smith resigned": a date
    k = i + 1
    while k + 1 < len(toks) and toks[k].text in R["name_particles"] and k - i <= 2:
        k += 1  # "Jan van der Berg"
    nxt = toks[k]
    return nxt.sid == t.sid and text[t.end:nxt.start].startswith(" ") and nxt.cap and not _dropped_in(ctx, nxt) \
        and text[t.end:toks[i + 1].start] == " " and _surname_like(ctx, nxt.text)


def _month_as_given_name_after(ctx: _Ctx, i: int, j: int) -> bool:
    """A month's three-letter short form with no full stop after surname-like words (one to three), then a role in
    apposition (a person's role: ``person_roles``), an age or a verb of speech: an East Asian or Burmese given name
    written like a month (``month_given_names``: "Tarnoyama Jun, an analyst", "Kelbyama Jun said", "Yin Kelby May,
    60, a doctor"; not "Jun 5", "in Jun.", "Kelby Jun sales", "sales in Kelby Jun, the weakest month", "Brent Jun,
    the front-month contract", "Kelby Dec, a holiday market")."""
    toks, text, R = ctx.toks, ctx.text, _rules()
    t, nxt = toks[j], toks[j + 1]
    return nxt.text in R["month_given_names"] and text[t.end:nxt.start] == " " and nxt.sid == t.sid and j - i < 3 \
        and all(not x.poss and x.text[1:].islower() and _surname_like(ctx, x.text) for x in toks[i:j + 1]) \
        and R["person_closes_after"].match(text, nxt.end) is not None \
        and not (i and toks[i - 1].sid == t.sid and toks[i - 1].text.lower() in _BEFORE_A_MONTH) \
        and not (toks[i].initial and _common_word(toks[i].text))  # (nor "in Kelby Jun", "Copper Jun said")


# A comma, a full stop or a verb of speech just after a name ("Will Doe, the chairman", "said Will Doe.").
_NAME_CLOSES_AFTER = re.compile(r"(?:[,.;]|\)| said\b| says\b| told\b)")
# The start of a text, a line or a sentence before a word (with an opening quotation mark).
_WILL_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:\n][\"“‘']?\s*|\n\s*[\"“‘']?)$")
# A verb of speech or an apposition after a name opening a sentence ("Will Doe said", "Will Doe, the chairman,", "Will Doe, 34,").
_OPENER_NAME_CLOSES = re.compile(r"(?: said\b| says\b| told\b|, (?:the|a|an|who said|who told)\b|, \d)")
# The end of a sentence: a question mark, an exclamation mark, a full stop before a space, or a line's end.
_WILL_SENTENCE_END = re.compile(r"[?!\n]|\.(?:\s|$)|$")
# A verb of speech just before a name ("said Will Doe").
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|added|asked) $")
# A capitalised word just before a name, a title ("Chairman Will Doe"; checked with _title_word).
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+\.?) $")


def _modal_as_given_name(ctx: _Ctx, t: _Tok, nxt: _Tok) -> bool:
    """A function word that is also a given name ("Will", token ``t``) before a surname-like word (``nxt``), the name
    closed by a comma, a full stop or a verb of speech, or after a title or a verb of speech: "Will Doe, the
    chairman, said", "Chairman Will Doe, for example", "said Will Doe" (not "Will Doe run?", "Will Kelby's plan
    work?")."""
    R, text = _rules(), ctx.text
    lw = t.text.lower()
    if lw not in R["function_words"] or lw not in R["given_names"] or not t.text[1:].islower():
        return False
    if nxt.sid != t.sid or text[t.end:nxt.start] != " " or not nxt.cap or nxt.poss or _dropped_in(ctx, nxt) \
            or not _surname_like(ctx, nxt.text):
        return False
    if ((m := _TITLE_BEFORE.search(text, max(0, t.start - 20), t.start)) is not None and _title_word(m.group(1))) \
            or _SPEECH_BEFORE.search(text, max(0, t.start - 8), t.start) is not None:
        return True
    if _WILL_OPENS_SENTENCE.search(text, max(0, t.start - 4), t.start):
        # opening a sentence, "Will" is a question's verb unless a verb of speech or an apposition follows, and the
        # sentence asks nothing ("Will Doe, the chairman, said"; not "Will Roe, Doe Survive?", "Will Roe,
        # who leads, run again?", "Will Roe. Will he quit?")
        return _OPENER_NAME_CLOSES.match(text, nxt.end) is not None \
            and (q := _WILL_SENTENCE_END.search(text, nxt.end)) is not None and q.group() != "?"
    return _NAME_CLOSES_AFTER.match(text, nxt.end) is not None \
        and (q := _WILL_SENTENCE_END.search(text, nxt.end)) is not None and q.group() != "?"  # ("And Will Doe quit?")


# the days of the week, given names in West African copy after a title ("Pa Friday Odo")
_DAY_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def _surname_like(ctx: _Ctx, w: str) -> bool:
    """A capitalised word that may be a surname after a given name: no nationality, common noun, title, body
    word, place or known body ("Smit", "Hofer"; not "Democrats", "Aid", "Parliament")."""
    R = _rules()
    return not (_demonym(w) or _common_noun(ctx, w) or _title_word(w) or w.lower() in R["org_words"]
                or w in R["places"] or w in R["known_organisations"])


# a body's units numbered after their word ("Incident Management Team 7", "Teamsters Local 727", "American Legion
# Post 12", "Kelby Lodge 4")
_NUMBERED_UNITS = frozenset(("Team", "Local", "Lodge", "Branch", "Chapter", "Post"))


# a currency's letters glued to an amount ("RM12mil", "Rs2.1tr"): group 1 the letters (_joins)
_GLUED_CURRENCY = re.compile(r"([A-Z][A-Za-z]{0,4})\d")


def _joins(ctx: _Ctx, i: int, j: int) -> int:
    """How many tokens after ``j`` extend the run ``toks[i:j+1]`` (0: the run ends at ``j``)."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    nxt = toks[j + 1]
    if i == j and _state_after_town(ctx, i):
        return 0  # "at Bedminster, N.J. Roger Ailes also met ...": the town's state ends a sentence the splitter kept
    if (glued := _GLUED_CURRENCY.match(nxt.text)) and glued.group(1) in R["currency_letters"]:
        return 0  # "throws Kelby Pesisir RM12mil lifeline": an amount, its currency's letters glued on, no name
    if nxt.cap and _elided(nxt.text) and not _elision_joins(ctx, j):
        return 0  # "the Col d'Aubisque" (a mountain pass; "Col" also a colonel's title), no name
    if i and toks[i - 1].text in ("themselves", "itself") and nxt.cap and _dropped_in(ctx, nxt) \
            and _self_named(ctx, i, j):
        return 1  # "calling themselves Save Our Kelby Schools": a capitalised function word inside the name they give
    if not nxt.cap and toks[i].text in R["foreign_org_heads"] and (tail := _foreign_lower_tail(ctx, j)):
        return tail  # "Parti progressiste du Québec", "Société du tramway de la Capitale-Nationale"
    if not nxt.cap and (toks[i].text in R["romance_body_heads"] or toks[j].text in R["romance_body_heads"]) \
            and (tail := _romance_body_tail(ctx, j)):
        return tail  # "Commission de surveillance des contrats kelbyens", "Alliance nationale kelbyenne"
    if nxt.text[:1] == "N" and (num := _NUMBER_SIGN.match(text, nxt.start)) and toks[j].sid == nxt.sid \
            and text[toks[j].end:nxt.start] == " " and not re.match(r"[\w:/\-.]", text[num.end():num.end() + 1]) \
            and not _NAME_IN_APPOSITION.match(text, num.end()) \
            and toks[j].text not in R["not_actor_suffixes"] \
            and (_orgish(toks[i:j + 1]) or j > i and toks[j].text in R["numbered_areas"]):
        return next(k for k in range(j + 1, len(toks)) if toks[k].end >= num.end()) - j  # "Kelby Water District
        # No. 4", "Union N°3": the number of a body's branch or district after its name (not "Pork LLC, No. 7:14-CV",
        # "Exchange Agreement No. 14", "The Dundee United No. 9, Callum Reid,": a case's, a document's, a player's)
    if nxt.text.isdigit() and j > i and _NUMBER_SIGN.fullmatch(text, toks[j].start, nxt.end) \
            and _orgish(toks[i:j]):
        return 1  # "Sindicato de Estibadores N°4 de Kelby", "Union No. 3": the number of a body's branch
    if nxt.text.isdigit() and len(nxt.text) <= 4 and j > i and toks[j].text in _NUMBERED_UNITS \
            and text[toks[j].end:nxt.start] == " " and nxt.sid == toks[j].sid and _orgish(toks[i:j + 1]):
        return 1  # "Northwest Interagency Incident Management Team 7", "Teamsters Local 727": a numbered unit
    if nxt.text in ("into", "of") and (k := _inquiry_matter_joins(ctx, i, j)):
        return k  # "the Commission of Inquiry into the Dam Collapse of 3 May": the matter an inquiry looks into
    if nxt.text == "in" and (k := _members_in_fields(ctx, j)):
        return k  # "the Kelby Women in Farming and Fisheries Association": the members' body of a field
    if k := _exile_tail(ctx, i, j) or _foreign_joiner_joins(ctx, i, j) or _dutch_in_de_joins(ctx, i, j) \
            or _welsh_article_joins(ctx, i, j):
        return k  # "the Kelbian Government in Exile", "the Kelbse Partij voor Arbeid en Vooruitgang (KPAV)"
    if nxt.text == "o" and (k := _polynesian_of(ctx, i, j)):
        return k  # "Te Rōpū o te Kelba", "Te Rūnanga o Tarno": a Māori or Tahitian body's "of", its article after it
    if not nxt.cap and nxt.text not in _JOINING and nxt.text.lower() not in R["name_particles"] \
            and not _PARTICLE_NAME.match(nxt.text) and nxt.text != "the":
        return _lower_word_joins(ctx, i, j)
    if text[toks[j].end:toks[j].end + 1] in "’'":
        return _apostrophe_joins(ctx, i, j)
    if nxt.sid != toks[j].sid or toks[j].text in R["abbreviated_given_names"] and text[toks[j].end:nxt.start] == ". ":
        return _joins_across_split(ctx, i, j)  # (or the sentence goes on after a given name written short: "Judge
        # Ma. Teresa Doe", article.short_given_names)
    gap = text[toks[j].end:nxt.start]
    if gap.strip(" []") != "" or "\n" in gap:
        return _punctuation_joins(ctx, i, j, gap)
    joined = _next_word_joins(ctx, i, j)
    return _joiner_joins(ctx, i, j) if joined is None else joined



def _members_in_fields(ctx: _Ctx, j: int) -> int:
    """How many tokens "in" after a plural of members (``toks[j]``: "Women", "Lawyers") and the fields after it take
    on, when ordinary capitalised words ("and" or "&" between them; no place, given name nor known body) end with a
    members' body's word within six words ("the Kelby Women in Farming and Fisheries Association", "Tarn Lawyers in
    Practice Network"): the body of those members in those fields; else 0 (not "Republicans in Congress", "Nurses in
    Kelby Council hospitals")."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    if not (_plural_in_a_name(toks[j].text) or _plural_taking_s(toks[j].text)) or toks[j].poss:
        return 0
    for k in range(j + 2, min(len(toks), j + 8)):
        t = toks[k]
        if t.sid != toks[j].sid or text[toks[k - 1].end:t.start] != " " or t.poss:
            return 0
        if t.text in ("and", "&") and k > j + 2:
            continue
        if not t.cap or not _unnamed_word(t.text) or t.text.isupper() or _dropped_in(ctx, t):
            return 0
        if (t.text in R["members_body_words"] or t.text in R["members_in_field_heads"]) and k > j + 2:
            return 0 if _plural_follows(ctx, k) else k - j
        if not (_field_word_or_plural(ctx, t.text.lower()) or _ACTIVITY.search(t.text)):
            return 0  # (a field or a trade named by its activity: "Farming", "Mining"; a plural: "Savings")
    return 0


def _exile_tail(ctx: _Ctx, i: int, j: int) -> int:
    """2 when "in" and a word of ``in_name_tails`` follow a body's word at ``toks[j]`` in the run ``toks[i:j+1]``
    ("the Kelbian Government in Exile": where the body works from, inside its name); one sentence, single spaces;
    else 0."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    nxt = toks[j + 1]
    if nxt.text == "in" and j + 2 < len(toks) and toks[j + 2].text in R["in_name_tails"] \
            and toks[j + 2].sid == nxt.sid and text[toks[j].end:toks[j + 2].start] == " in " \
            and toks[j].text.lower() in R["org_words"] and _orgish(toks[i:j + 1]):
        return 2
    return 0


def _foreign_joiner_joins(ctx: _Ctx, i: int, j: int) -> int:
    """2 when a joining word of another language (``foreign_joiners``) and a capitalised word follow the run
    ``toks[i:j+1]`` of two words or more and initials in brackets take in every word from ``toks[i]`` ("the Kelbse
    Partij voor Arbeid en Vooruitgang (KPAV)": the joining words stand inside one name); not after a given name;
    else 0."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    nxt = toks[j + 1]
    if nxt.text in R["foreign_joiners"] and j + 2 < len(toks) and toks[j + 2].cap and toks[j + 2].sid == nxt.sid \
            and text[toks[j].end:toks[j + 2].start] == f" {nxt.text} " and j > i \
            and toks[i].text.lower() not in R["given_names"] and _initials_cover(ctx, i, j + 2):
        return 2
    return 0


def _welsh_article_joins(ctx: _Ctx, i: int, j: int) -> int:
    """2 when the Welsh article (``welsh_articles``: "y", "yr") and a capitalised word follow a run of two words or
    more not opened by a given name, one sentence, single spaces ("Côr Meibion y Tarnau", "Ysgol y Kelby": a Welsh
    body's or place's name goes on across its "the"); else 0."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    nxt = toks[j + 1]
    if nxt.text in R["welsh_articles"] and j > i and j + 2 < len(toks) and toks[j + 2].cap \
            and toks[j + 2].sid == nxt.sid and text[toks[j].end:toks[j + 2].start] == f" {nxt.text} " \
            and toks[i].text.lower() not in R["given_names"]:
        return 2
    return 0


def _dutch_in_de_joins(ctx: _Ctx, i: int, j: int) -> int:
    """3 when "in", a Dutch article (``foreign_in_articles``) and a capitalised word follow a run opened (perhaps
    after an article) by a word of ``dutch_body_heads`` ("the Bond van Vissers in de Delta": Dutch "in the" inside
    a Dutch body's name); one sentence, single spaces; else 0."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    nxt = toks[j + 1]
    if nxt.text == "in" and j + 3 < len(toks) and toks[j + 2].text in R["foreign_in_articles"] \
            and toks[j + 3].cap and toks[j + 3].sid == nxt.sid and not _dropped_in(ctx, toks[j + 3]) \
            and text[toks[j].end:toks[j + 3].start] == f" in {toks[j + 2].text} " \
            and toks[i + (i < j and toks[i].text.lower() in R["romance_articles"])].text in R["dutch_body_heads"]:
        return 3
    return 0


# One to three capitalised words and a comma just before a token: the town a state's abbreviation follows
# ("Bedminster, N.J.", "Atlantic City, N.J.")
_TOWN_COMMA_BEFORE = re.compile(r"((?:[A-Z][\w.’'-]* ){0,2}[A-Z][\w.’'-]*), $")


def _state_after_town(ctx: _Ctx, i: int) -> bool:
    """``toks[i]`` is a US state's code written with full stops ("N.J.", "N.Y.", ``state_codes``) after a town
    the world gazetteer knows and a comma: the town's state, no initials of the name after it ("Bedminster, N.J.
    Roger Ailes"; not "J.R. Doe", nor initials in a list of names: "Sonia Gandhi, A.K. Antony and ...")."""
    t = ctx.toks[i]
    if not (len(t.text) == 4 and t.text[1::2] == ".." and t.text[::2] in _rules()["state_codes"]):
        return False
    m = _TOWN_COMMA_BEFORE.search(ctx.text, max(0, t.start - 40), t.start)
    words = m.group(1).split() if m else []
    return any(" ".join(words[k:]) in _world_places() for k in range(len(words)))


# What a group calls itself, just before the name it gives ("parents calling themselves Save Our Schools", "a group
# calling itself Hands Off Our Parks")
_SELF_NAMED_BEFORE = re.compile(r"\bcalling (?:themselves|itself) $")


def _self_named_in(text: str, name: str) -> bool:
    """Whether the article writes ``name`` just after "calling themselves" or "calling itself"."""
    return f"calling themselves {name}" in text or f"calling itself {name}" in text


def _self_named(ctx: _Ctx, i: int, j: int) -> bool:
    """Whether the run ``toks[i:j+1]`` follows "calling themselves" (or "itself") and a capitalised function word
    after ``toks[j]`` ("Our", "the") goes on inside the name, a capitalised word that is not dropped after it (one
    sentence, single spaces)."""
    toks, text = ctx.toks, ctx.text
    return _SELF_NAMED_BEFORE.search(text, max(0, toks[i].start - 24), toks[i].start) is not None \
        and j + 2 < len(toks) and toks[j + 2].cap and not _dropped_in(ctx, toks[j + 2]) \
        and toks[j + 2].sid == toks[j].sid and text[toks[j].end:toks[j + 2].start] == f" {toks[j + 1].text} "


# an elided article opening a capitalised word ("l'Atlantique", "d'Estaing")
_ELIDED_CAP = re.compile(r"[dl][’'][A-ZÀ-Ý]")


def _elided(w: str) -> bool:
    """Whether ``w`` opens with an elided article or "de" ("d'Estaing", "l'Union", "d'accord")."""
    return len(w) > 2 and w[0] in "dl" and w[1] in "’'"


def _elision_joins(ctx: _Ctx, j: int) -> bool:
    """Whether an elided article before a capital after ``toks[j]`` ("d'Estaing", "l'Union") goes on inside the
    name: after a capitalised word ("Giscard d'Estaing", "Côte d'Ivoire", "Dr d'Kelby") or a Romance particle
    ("Banque de l'Union"), with a space between; not after a title that is also a place's head
    (``elision_place_prefixes``: "the Col d'Aubisque" is a mountain pass, no colonel)."""
    t, R = ctx.toks[j], _rules()
    if ctx.text[t.end:ctx.toks[j + 1].start] != " ":
        return False
    return t.text in R["romance_particles"] or t.text in R["name_particles"] or (
        t.cap and not (t.text in R["elision_place_prefixes"] and _title_word(t.text)))


def _foreign_lower_tail(ctx: _Ctx, j: int) -> int:
    """How many tokens after ``toks[j]`` continue a body's name opened by a word of ``foreign_org_heads`` with one or
    two words in lower case, Romance particles between, closed by a particle and a capitalised word ("Parti
    progressiste du Québec", "Fédération des contribuables du Québec", "Société du tramway de la Kelby"); else 0.
    A lower-case word must be no English word unless particles stand either side of it ("du tramway de la").  Two
    particles in a row before the capitalised word need no lower-case word ("Fédération des Marins et de
    l'Industrie").  Single spaces, one sentence, six tokens at most."""
    toks, text, R = ctx.toks, ctx.text, _rules()
    stop, particles = R["stopwords"], R["romance_particles"]
    k, lower, after_particle, run_of_particles = j + 1, 0, False, 0
    while k < len(toks) and k - j <= 6 and toks[k].sid == toks[j].sid and text[toks[k - 1].end:toks[k].start] == " ":
        w = toks[k].text
        if toks[k].cap and after_particle:  # (an elided article before a capital is capitalised: _is_cap)
            # (or two particles before it: "Fédération des Marins et de l'Industrie", "... y de Crédito")
            return k - j if (lower or (run_of_particles >= 2 and not _opens_own_body(ctx, k))) \
                and not _dropped_in(ctx, toks[k]) else 0
        if w in particles or (after_particle and w in R["romance_articles"]):
            after_particle, run_of_particles = True, run_of_particles + 1
        elif w.isalpha() and w.islower() and len(w) > 2 and w not in stop and lower < 2 and (
                not _common_word(w) or (after_particle and k + 1 < len(toks) and toks[k + 1].text in particles)):
            lower, after_particle, run_of_particles = lower + 1, False, 0
        else:
            return 0
        k += 1
    return 0


def _romance_body_tail(ctx: _Ctx, j: int) -> int:
    """How many tokens after ``toks[j]`` continue a French, Spanish or Italian body's name inside English copy, its
    head (``romance_body_heads``, checked by :func:`_joins`) first in the run or last before the tail: Romance
    particles and articles, words in lower case and a capitalised word after a particle, up to the last word that is
    no particle ("Commission de surveillance des contrats kelbyens", "Parti de l'avenir du Kelby", "Association des
    résidents de la Côte-Kelby", "Alliance nationale kelbyenne"); else 0.  A lower-case word of English counts only between two particles ("de
    surveillance des"); the tail needs one word of no English, and a particle or two such words ("the Commission
    overruled", "the Association de facto" stay as they are).  Single spaces, one sentence, ten tokens at most."""
    toks, R = ctx.toks, _rules()
    k, end, foreign, particle = j + 1, 0, 0, False
    while k < len(toks) and k - j <= 10 and toks[k].sid == toks[j].sid and ctx.text[toks[k - 1].end:toks[k].start] == " ":
        kind = _romance_tail_word(ctx, k)
        if kind == "particle":
            particle = True
        elif kind == "foreign":
            foreign, end = foreign + 1, k
        elif kind == "closer" and toks[k - 1].text.lower() in R["romance_particles"] | R["romance_articles"]:
            end = k
            break
        elif not (kind == "english" and k + 1 < len(toks) and _romance_tail_word(ctx, k + 1) == "particle"
                  and toks[k - 1].text in R["romance_particles"]):
            break
        k += 1
    return end - j if end and foreign and (particle or foreign >= 2) else 0


def _romance_tail_word(ctx: _Ctx, k: int) -> str:
    """What ``toks[k]`` is inside a Romance body's name (see :func:`_romance_body_tail`): "particle" ("de", "des",
    "la"), "foreign" (a lower-case word of no English, an elided one: "contrats", "l'avenir"), "english"
    ("surveillance"), "closer" (a capitalised word) or "" (anything else: a stop word, a verb's ending, a figure)."""
    t, R = ctx.toks[k], _rules()
    w = t.text
    if w in R["romance_particles"] or w in R["romance_articles"]:
        return "particle"
    if t.cap:
        return "" if _dropped_in(ctx, t) or t.poss else "closer"
    if _elided(w) and w[2:].isalpha() and w[2:].islower():
        return "foreign"
    if not (w.isalpha() and w.islower() and len(w) > 2) or w in R["stopwords"] or w in R["romance_tail_stops"]:
        return ""
    if _common_word(w) or w.endswith(("ed", "ing", "ly")):
        return "english"
    return "foreign"


def _era_form(ctx: _Ctx, j: int, form: str) -> bool:
    """The spaced legal form ``form`` after ``toks[j]`` is the era ("a.d.", ``era_legal_forms``): a ruler's or a
    time's word stands before it in its sentence ("the reign of Emperor Kelbian a.d.", "the fifth century a.d.")."""
    R, toks = _rules(), ctx.toks
    if form.strip().lower().rstrip(".") not in R["era_legal_forms"]:
        return False
    k = j
    while k >= 0 and toks[k].sid == toks[j].sid and toks[k].text.lower().rstrip(".") not in R["era_context_words"]:
        k -= 1
    return k >= 0 and toks[k].sid == toks[j].sid


def _lower_word_joins(ctx: _Ctx, i: int, j: int) -> int:
    """How many tokens a lower-case word after ``toks[j]`` (no joiner, particle nor "the") adds to the run: mostly
    none; a particle written only in lower case, a place's lower-case word, a Gaelic article, foreign joiners."""
    R, toks, text, n = _rules(), ctx.toks, ctx.text, len(ctx.toks)
    nxt = toks[j + 1]
    if nxt.text in R["lower_legal_forms"] and nxt.sid == toks[j].sid and text[toks[j].end:nxt.start] == " ":
        return 1  # "Acme Fiskur hf.": an Icelandic legal form in lower case closes the company's name
    if (form := R["spaced_legal_form"].match(text, toks[j].end)) is not None and not _era_form(ctx, j, form.group(0)):
        return sum(1 for t in toks[j + 1:j + 6] if t.start < form.end())  # "Kelby Węgiel sp. z o.o.", "Tarno
        # Stavby spol. s r.o.": a Central European company's legal form in lower case with full stops closes its name
    if nxt.text in R["company_name_joiners"] and text[toks[j].end:nxt.start] == "- " and j + 2 < n \
            and toks[j + 2].cap and toks[j + 2].sid == nxt.sid == toks[j].sid and text[nxt.end:toks[j + 2].start] == " ":
        return 2  # "Tarnfjord Verft- og Industriarbeiderforening": a compound's first part, its hyphen and "and"
    if (nxt.text in R["company_name_joiners"] or nxt.text in R["romance_particles"]) and _joined_company(ctx, i, j):
        return 2  # "Doe Tekstil Sanayi ve Ticaret A.Ş.": "and" inside a registered name that a legal form closes
        # (or "of": "Celulose Kelby do Tarnú S.A.", "Acme Vinhos da Serra Lda.")
    if (n_form := _lower_words_before_form(ctx, i, j)):
        return n_form  # "Beaulieu Valeurs mobilières Inc.": a foreign company's lower-case word before its legal form
    if nxt.text in R["lower_name_particles"]:
        return _lower_particle(ctx, i, j)
    if i == j and (n_group := _foreign_group_name(ctx, j)):
        return n_group  # "the residents' group Nej til Kelbymøller ved Tarn (No to ...)": a group's own name
    if nxt.text == "o" and _foreign_word(toks[j].text) and j + 2 < n and _foreign_word(toks[j + 2].text) \
            and toks[i].text.lower() not in R["given_names"]:
        return _lower_particle(ctx, i, j)  # "Hui Mālama Kai o Hamakua": the Hawaiian and Polynesian "o" ("of")
    if (place := R["lower_inside_places"].get((toks[j].text, nxt.text))) is not None:
        return _lower_inside_place(ctx, j, place)
    if nxt.text in ("a", "an") and j > i and R["gaelic_surname"].match(text, toks[j].start) \
            and j + 2 < n and toks[j + 2].sid == nxt.sid:
        return 2  # "Mac a’ Bhàird": the article and the name after it
    if nxt.text in R["foreign_joiners"] or nxt.text in R["foreign_body_joiners"]:
        return _foreign_joins(ctx, i, j) or _foreign_body_joins(ctx, i, j) or _group_named_across_and(ctx, i, j) \
            or _surnames_joined(ctx, i, j)
    if toks[i].text in R["foreign_org_heads"] and R["foreign_body_article"].match(nxt.text) \
            and nxt.sid == toks[j].sid and text[toks[j].end:nxt.start] == " ":
        return 1  # "Moviment Ħarsien tal-Wied": Maltese "of the" glued to the body's next word
    if nxt.text == "to" and toks[j].text in R["cause_to_words"] and _right_to_a_body(ctx, j):
        return 2  # "the Right to Repair & Kelby Coalition", "Right to Rise USA": a cause "to" a verb, a body's name
    if nxt.text == "at" and (n_at := _campus_at(ctx, i, j)):
        return n_at  # "the University of Kelby at Tarnbury": a state university's campus, part of its name
    if toks[j].text == "Local" and j > i and _UNION_LOCAL.fullmatch(nxt.text) and nxt.sid == toks[j].sid \
            and text[toks[j].end:nxt.start] == " " and _union_before_local(toks[i:j]):
        return 1  # "Steelworkers Local 1999": a plural of members, then the local's number
    return 0  # (the common case, a lower-case word that joins nothing: every test of _joins would say so)


# After a body's name and a comma: the rest of a list of one or two capitalised words each, closed by "and" or "&",
# then perhaps a company's legal form after a comma (_list_inside_a_name).
_LIST_IN_A_NAME = re.compile(r", ((?:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?, ){0,3}[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)? "
                             r"(?:&|and) (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)(?:, (?P<form>[A-Z][\w.]*))?"
                             r"(?=[\s,.;:)]|$)")


def _ordinary_cause(ctx: _Ctx, a: int, b: int) -> bool:
    """The words ``toks[a..b]`` after "for" are a cause: words written with capitals, "and" or "&" between, none a
    body's word (``org_words``, ``given_to_body_heads``) or a place ("Clean Water and Safe Homes"; not "Kelby Air
    Ambulance", "Tarn Hospice Appeal": another body, the one given to)."""
    R = _rules()
    return all(t.text in ("and", "&") or (lw := t.text.lower()) not in R["org_words"] and lw not in R["org_suffixes"]
               and t.text not in R["given_to_body_heads"] and t.text not in R["places"]
               and t.text not in _world_places() for t in ctx.toks[a:b + 1])


def _list_inside_a_name(ctx: _Ctx, i: int, j: int) -> int:
    """How many tokens a list after a comma adds to a body's name that holds "of" after its body's word: a list of
    fields, each an ordinary word ("the Kelby Institute of Water, Soil & Public Health"), or a list of places closed
    by the company's legal form ("the Federation of Small Fishers of Kelby, Tarno and Ashby, Inc."); else 0."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    heads = [(x - 1, toks[x - 1].text) for x, t in enumerate(toks[i:j], i) if t.text == "of" and x > i]
    members = any(x > i and _members_plural(ctx, h, True) for x, h in heads)
    if not members and not any(h.lower() in R["org_words"] for _x, h in heads):
        return 0  # (or a plural of members after a word of the name: "the Amalgamated Workers of Forge, Foundry and
        # Assembly"; not "Friends of Kelvingrove, Oxfam and Shelter", three bodies)
    m = _LIST_IN_A_NAME.match(text, toks[j].end)
    if m is None:
        return 0
    words = [w for w in re.findall(r"[\w’'-]+", m.group(1)) if w not in ("and", "the")]  # ("Food and the Marine")
    items = [x.strip() for x in re.split(r", | and (?:the )?| & ", m.group(1))]
    form = m.group("form") and m.group("form").rstrip(".") in R["legal_forms"] and toks[j - 1].text == "of" \
        and all(" " not in x and _place_like(x) and x not in R["known_organisations"] for x in [toks[j].text, *items])
    # (a list of places: "of Kelby, Tarno and Ashby, Inc."; not "The Bank of Kelby, Tarn Shipping and Ashby Fisk, AS")
    if not form and not all((_field_word(ctx, w.lower()) or members and _unnamed_word(w))
                            and w.lower() not in R["given_names"] for w in words):
        return 0  # (not "the Institute of Economics, Jo Doe and Ann Roe": names, no fields)
    end = m.end() if form else m.end(1)
    return sum(1 for t in toks[j + 1:] if t.start < end)


def _surnames_joined(ctx: _Ctx, i: int, j: int) -> int:
    """2 when the run ``toks[i..j]`` closes with a given name or two and a surname, and "y", "i" or "e"
    (``surname_joiners``) and one more surname close the name: a Spanish, Catalan or Portuguese name of two
    surnames joined by "and" ("Jordi Kelbó i Tarnell, the mayor,", "Minister of Housing Jordi Kelbó i Tarnell"), or
    a founder's name and a firm's "Sons" (``family_firm_words``: "Jo Kelbo e Filhos", one firm); else 0.  Every word
    capitalised, no common, place, body or title word in the name, the last no given name (not two people: "Jo Kelbo
    y Ana Tarnas") and followed by no capitalised word (not a body's name going on)."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    k = j + 2
    if toks[j + 1].text not in R["surname_joiners"] or k >= len(toks) or toks[k].sid != toks[j].sid \
            or toks[j].poss or not toks[k].cap or text[toks[j].end:toks[k].start] != f" {toks[j + 1].text} ":
        return 0
    last = toks[k].text
    firm = last in R["family_firm_words"]
    if not firm and (_INITIAL.fullmatch(last) or last.lower() in R["given_names"] or _demonym(last)
                     or _title_word(last) or last.lower() in R["org_words"] or last in R["places"]):
        return 0  # (a common noun may be a surname: "Camp")
    after = toks[k + 1] if k + 1 < len(toks) else None
    if firm and not toks[k].poss and (after is None or after.text.rstrip(".") in R["legal_forms"] or not after.cap):
        return 2  # "Pesquerías Otero e Hijos SL", "Tarno e Filhos": a firm's "Sons", perhaps its legal form after
    if after and after.cap and after.sid == toks[k].sid and text[toks[k].end:after.start] == " ":
        return 0
    return 2 if any(_given_and_surnames(ctx, s, j) and _one_surname_before(ctx, i, s, j)
                    for s in (j - 1, j - 2) if s >= i) else 0


def _one_surname_before(ctx: _Ctx, i: int, s: int, j: int) -> bool:
    """``toks[s..j]`` of the run from ``toks[i]`` holds one surname only, after one given name or two listed ones
    ("Jordi Kelbó", "Ana María Kelbo"): not a name that has both its surnames before "y" ("Ana Kelbo Tarnas y
    Roe": the word after it is someone else's)."""
    R, toks = _rules(), ctx.toks
    listed = R["given_names"] | R["iberian_given_names"]
    if s == j - 2:
        return toks[s + 1].text.lower() in listed
    return s == i or toks[s - 1].text.lower() not in listed


def _given_and_surnames(ctx: _Ctx, s: int, j: int) -> bool:
    """``toks[s..j]`` read as a given name (listed, or a word that may be one) and one or two more name words, single
    spaces, none of them a common, place, body or title word nor an initial."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    first = toks[s].text
    return (first.lower() in R["given_names"] or _unlisted_given_name(first)) and all(
        toks[m].cap and not _INITIAL.fullmatch(toks[m].text) and _surname_like(ctx, toks[m].text)
        and (m == j or text[toks[m].end:toks[m + 1].start] == " ") for m in range(s, j + 1))


def _foreign_group_name(ctx: _Ctx, j: int) -> int:
    """How many tokens after ``toks[j]`` go on a name in another language that a group's noun just before it
    introduces (``group_nouns``: "the residents' group Nej til Kelbymøller ved Tarn", "the campaign Ja til Kelby"):
    words in lower case of no English and capitalised words (single spaces, one sentence, eight tokens at most), the
    last one capitalised and closing the clause; else 0."""
    toks, text, R = ctx.toks, ctx.text, _rules()
    if not R["called_a_group"][0].search(text, max(0, toks[j].start - 40), toks[j].start):
        return 0
    k, end, foreign = j + 1, 0, 0
    while k < len(toks) and k - j <= 8 and toks[k].sid == toks[j].sid and text[toks[k - 1].end:toks[k].start] == " ":
        w = toks[k].text
        if toks[k].cap and not _dropped_in(ctx, toks[k]) and not toks[k].poss:
            end = k
        elif w.isalpha() and w.islower() and not _common_word(w):
            foreign += 1
        else:
            break
        k += 1
    closes = end and re.match(r"\s*[,;:.(]", text[toks[end].end:toks[end].end + 3])
    return end - j if closes and foreign and end == k - 1 else 0


def _opens_own_body(ctx: _Ctx, k: int, head_only: bool = False) -> bool:
    """``toks[k]``, after "et de la" and the like, opens a second body's name: a body's head word ("... et de la
    Banque de France", "... y de la Universidad Católica"), an abbreviation or a known body ("... et de la BNP"), or,
    unless ``head_only`` (right after "et": "Ahorro y Crédito de Kelby" goes on), a word with a Romance particle of its
    own after it ("... et de la Cour des Comptes"); a Romance body's or government's head ("... y el Tribunal
    Agrario", "... y el Gobierno Departamental")."""
    toks, R = ctx.toks, _rules()
    w = toks[k].text
    if head_only and w in R["romance_body_heads"] and not _name_goes_on_after(ctx, k):
        return False  # "Instituto de Cultura y Sociedad": a head word last in the name after "y" is a field
    return w.lower() in R["org_prefixes"] or w.isupper() or w in R["known_organisations"] \
        or w in R["romance_body_heads"] or w in R["romance_government_heads"] or (
        not head_only and k + 2 < len(toks) and toks[k + 1].sid == toks[k].sid
        and toks[k + 1].text in R["romance_particles"] and toks[k + 1].text not in R["company_name_joiners"]
        and toks[k + 2].cap)  # (a particle "of", not "and": "para a Unidade e Progresso" goes on)


def _name_goes_on_after(ctx: _Ctx, k: int) -> bool:
    """A capitalised word or a particle follows ``toks[k]`` in its sentence after one space."""
    toks = ctx.toks
    return k + 1 < len(toks) and toks[k + 1].sid == toks[k].sid and ctx.text[toks[k].end:toks[k + 1].start] == " " \
        and (toks[k + 1].cap or toks[k + 1].text in _rules()["romance_particles"])


def _right_to_a_body(ctx: _Ctx, j: int) -> bool:
    """ "Right" (``cause_to_words``), "to" and capitalised words of one sentence (single spaces, "&", "and" or "for"
    between) closed by a body's word (``cause_body_closers``, ``members_body_words``) or a capitalised abbreviation
    within seven words after "to": a campaign named for a right ("the Right to Repair & Reuse Coalition", "Right to Rise USA",
    "National Right to Work Committee"), or its short form when the article writes the whole name ("Right to Rise’s
    campaign"); not "the Right to Buy scheme" (no body closes it), nor a headline in title case ("Doe Is Right to
    Worry About Kelby")."""
    toks, text = ctx.toks, ctx.text
    if j + 2 >= len(toks) or text[toks[j].end:toks[j + 2].start] != " to " or not toks[j + 2].cap \
            or toks[j + 2].sid != toks[j].sid or _within(ctx.head_spans, toks[j].start, toks[j].start):
        return False
    return _cause_closed_by_a_body(ctx, j) or _cause_written_whole(ctx, j)


def _cause_closed_by_a_body(ctx: _Ctx, j: int) -> bool:
    """Whether the capitalised words after "Right to" (see :func:`_right_to_a_body`) close with a body's word."""
    toks, text, R = ctx.toks, ctx.text, _rules()
    k, end = j + 2, min(len(toks) - 1, j + 8)
    while k <= end and toks[k].sid == toks[j].sid and (toks[k].cap or toks[k].text in _JOINING):
        w = toks[k].text
        if toks[k].cap and (w in R["cause_body_closers"] or (w.isupper() and len(w) > 1)):
            return True
        if text[toks[k].end:toks[k].end + 1] != " " or toks[k].poss:
            return False
        k += 1
    return False


def _cause_written_whole(ctx: _Ctx, j: int) -> bool:
    """Whether the article writes "Right to <word>" elsewhere before a body's word or an abbreviation ("Right to
    Rise USA ... Right to Rise’s campaign")."""
    phrase = ctx.text[ctx.toks[j].start:ctx.toks[j + 2].end]
    closers = _alternation(_rules()["cause_body_closers"])
    return re.search(re.escape(phrase) + r"(?: [A-Z][\w&-]*){0,3} (?:[A-Z]{2,}|" + closers + r")\b", ctx.text) is not None


def _union_before_local(run: list) -> bool:
    """The words before "Local" and a number name a union: a plural of members last ("Steelworkers Local 1999"), a
    capitalised abbreviation last ("UAW Local 600"), "Union" after its other words ("Kelby Pellet Workers Union Local
    1938"), or a plural of members and "of" a place before it ("Kelby Tool
    Workers of America Local 771")."""
    last = run[-1].text
    return last.endswith("s") or (last.isupper() and len(last) > 1) or last == "Union" and len(run) > 1 or (
        len(run) > 2 and run[-2].text == "of" and any(_plural_in_a_name(t.text) for t in run[:-2]))


def _campus_at(ctx: _Ctx, i: int, j: int) -> int:
    """How many tokens "at" and a campus's town (one or two capitalised words, one sentence, then a mark or a word
    in lower case) add to a name "University of <state>" (``campus_states``, a US state or Canadian province: the
    American style "the University of Kelbia at Tarnbury") or "University of the <region>" (a word of
    ``campus_region_words`` in it: "the University of the Kelby Valley at Tarnbury"; not "the University of the Arts
    at Kelby") when the town is in the world gazetteer; none after
    another body ("Jo Doe of Acme at Kelby": no university), nor before "the" or a time, nor for a venue, an event
    or a possessive after "at" ("the University of Kelby at Tarn Park", "at Kelby's invitation")."""
    toks, text, n = ctx.toks, ctx.text, len(ctx.toks)
    if toks[i].text != "University" or j < i + 2 or toks[i + 1].text != "of" or j + 2 >= n:
        return 0
    k = j + 2
    while k < n and k < j + 4 and toks[k].cap and toks[k].sid == toks[j].sid and not _dropped_in(ctx, toks[k]) \
            and text[toks[k - 1].end:toks[k].start] == " " and toks[k].text.lower() not in _rules()["time_words"]:
        k += 1
    if k == j + 2 or (k < n and toks[k].cap and toks[k].sid == toks[j].sid):
        return 0
    state, town = text[toks[i + 2].start:toks[j].end], text[toks[j + 2].start:toks[k - 1].end]
    if not (state in _rules()["campus_states"] or _campus_region(state)) or town not in _world_places() \
            or text[toks[k - 1].end:toks[k - 1].end + 1] in ("'", "’"):
        return 0  # (a state's campus in a town of the gazetteer only: not "the University of Kelby at Tarn Park",
        # a venue, nor "... at Kelby's invitation", nor "... at Kelby Falls' invitation")
    return k - 1 - j


def _campus_region(words: str) -> bool:
    """Words after "University of" that name a region: "the", then a word of ``campus_region_words`` among them
    ("the Kelby Valley", "the South Pacific", "the Western Highlands"; not "the Arts", "the Creative Industries")."""
    return words.startswith("the ") and any(w in _rules()["campus_region_words"] for w in words.split()[1:])


def _lower_words_before_form(ctx: _Ctx, i: int, j: int) -> int:
    """How many tokens one or two lower-case words after ``toks[j]`` and a legal form right after them add to the
    run: words of another language inside a registered name ("Kelby Valeurs mobilières Inc.", "Tarn Société
    générale SA"), none an English common or small word (not "Acme rival Roe Ltd"), single spaces, one sentence,
    and no legal form before them."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    k = j + 1
    while k < len(toks) and k - j <= 3 and toks[k].sid == toks[j].sid and text[toks[k - 1].end:toks[k].start] == " ":
        t = toks[k]
        if t.cap:
            return k - j if k > j + 1 and t.text.rstrip(".") in R["legal_forms"] \
                and not any(x.text.rstrip(".") in R["legal_forms"] for x in toks[i:j + 1]) else 0
        if not t.text.isalpha() or _common_word(t.text) or t.text in R["lower_legal_forms"]:
            return 0
        k += 1
    return 0


def _joined_company(ctx: _Ctx, i: int, j: int) -> bool:
    """Whether capitalised words after the joining word ``toks[j+1]`` (single spaces, one sentence, six tokens at
    most, Romance particles between them: "Conserves et Produits de Mer SARL", "du Tarn et de Kelby S.A.") close with
    a legal form, and the words ``toks[i..j]`` before it have none of their own: "Sanayi ve Ticaret A.Ş.", "Handel
    und Industrie AG" (not "Acme Ltd i Tarno AG": two companies); or with a body's word of a language that puts it
    last (``foreign_body_closers``), after "and" in that language: "Kelbyi Erdő és Mező Egyesület"."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    closers = R["foreign_body_closers"]
    if any(t.text.rstrip(".") in R["legal_forms"] or t.text in closers for t in toks[i:j + 1]):
        return False
    k = j + 2
    while k < len(toks) and k - j <= 7 and toks[k].sid == toks[j].sid:
        if k > j + 2 and text[toks[k - 1].end:toks[k].start] == ", " and _comma_legal_form_after(ctx, i, k - 1):
            return toks[k - 1].cap  # "Baleias e Golfinhos do Tarno, Lda": the form after a comma closes it
        if text[toks[k - 1].end:toks[k].start] != " " or not (
                toks[k].cap or toks[k].text in R["lower_legal_forms"] or _romance_particle_inside(ctx, k)):
            break
        if toks[k].text.rstrip(".") in R["legal_forms"] or (
                toks[k].text in closers and toks[j + 1].text in R["company_name_joiners"]):
            return k > j + 2 and toks[k - 1].cap
        k += 1
    return False


def _romance_particle_inside(ctx: _Ctx, k: int) -> bool:
    """``toks[k]`` is a Romance particle or article ("de", "du", "de la") with a capitalised word after it in the
    same sentence, single spaces: inside a French, Spanish or Portuguese name ("Produits de Mer", "et de Kelby")."""
    toks, R = ctx.toks, _rules()
    if toks[k].text not in R["romance_particles"] and toks[k].text not in R["romance_articles"] \
            and not (toks[k].text in R["portuguese_articles"] and k > 0
                     and toks[k - 1].text in R["portuguese_article_leaders"]):
        return False  # ("Movimento para a Justiça", "Centro de Estudos e os Direitos": a Portuguese article after "para"
        # or "e")
    e = k + 1
    while e < len(toks) and e - k <= 2 and toks[e].text in R["romance_articles"]:
        e += 1
    return e < len(toks) and toks[e].cap and toks[e].sid == toks[k].sid


def _apostrophe_joins(ctx: _Ctx, i: int, j: int) -> int:
    """How many tokens after an apostrophe closing ``toks[j]`` the run takes on (a possessive mostly ends it)."""
    if ctx.toks[j + 1].text in ("and", "&", "&amp;") and _plural_possessive_and(ctx, j):
        return 2  # "the Porters’ and Kindred Crafts Union", "the Growers’ & Processors’ Association": "and" goes
        # on to the body's word
    if ctx.text[ctx.toks[j].end:ctx.toks[j + 1].start] in ("’ ", "' ") and ctx.toks[j].text.endswith("s") \
            and ctx.text.startswith(", ", ctx.toks[j + 1].end) and _fields_before_body(ctx, j + 1, j + 1):
        return 1  # "the Kelby Girls’ Parents, Teachers and Friends Association": fields listed after members
    if _plural_possessives_listed(ctx, j):
        return 1  # "the Kelby Handloom Owners', Weavers' and Traders' Association": members listed in commas
    if _apostrophe_inside_name(ctx, j) or _glottal_word_before_particle(ctx, j):
        return 1  # "Dr Ochieng’ Barasa": an apostrophe closing a given name (Luo names), no possessive;
        # "Asociación de Pueblos K’iche’ del Norte": a Mayan word's glottal stop, then "del"
    return int(_plural_possessive_in_name(ctx, j) or _possessive_opens_name(ctx, j))


def _plural_possessives_listed(ctx: _Ctx, j: int) -> bool:
    """A plural possessive at ``toks[j]``, a comma and another (``toks[j + 1]``), then "and" and a body's name as
    :func:`_plural_possessive_and` reads it: the members of one body listed ("Owners', Weavers' and Traders'
    Association")."""
    toks, text = ctx.toks, ctx.text
    if j + 2 >= len(toks) or not toks[j].text.endswith("s") or toks[j].poss:
        return False
    nxt = toks[j + 1]
    return text[toks[j].end:nxt.start] in ("’, ", "', ") and nxt.cap and nxt.sid == toks[j].sid \
        and nxt.text.endswith("s") and not nxt.poss and text[nxt.end:nxt.end + 1] in ("’", "'") \
        and toks[j + 2].text == "and" and _plural_possessive_and(ctx, j + 1)


def _joins_across_split(ctx: _Ctx, i: int, j: int) -> int:
    """Whether the run goes on across a sentence split after ``toks[j]``: initials the sentence splitter took for a
    full stop ("Martin D. Singer", "H.S. Kamath")."""
    R, toks = _rules(), ctx.toks
    nxt = toks[j + 1]
    if toks[j].text in R["abbreviated_given_names"] and ctx.text[toks[j].end:nxt.start] == ". " and nxt.cap \
            and nxt.text[1:].islower() and _short_given_name_goes_on(ctx, i, j):
        return 1  # "Shri Mohd. Iqbal Doe", "Wm. Roe", "Mayor Ma. Teresa Roe": a given name written short (the
        # splitter ended a sentence)
    if ctx.text[toks[j].end:nxt.start] != " " or not nxt.cap or not nxt.text[1:].islower():
        return 0
    if j > i and (toks[j].text[:-1].lower() in R["dotted_legal_forms"] or (
            toks[j].text[:-1] in R["legal_forms"] and "." in (nxt.text[-1:], ctx.text[nxt.end:nxt.end + 1]))
            or toks[j].text in R["company_tails"]) and nxt.text.rstrip(".") in R["legal_forms"]:
        return 1  # "Doe Capital Pte. Ltd.", "Roe Holdings Sdn. Bhd.", "Doe Tekstil Ltd. Şti.", "Kelby Trading Co.
        # Limited": the splitter ended a sentence inside the form (after a whole form other than "Co.", only a second
        # one written short: not "... Ltd. Limited funds")
    if toks[j].text == "Co." and j >= i + 2 and toks[j - 1].text in ("&", "&amp;") and _form_end_within(ctx, j + 1):
        return 1  # "Lynch, Barry & Co. Shipping Agents Ltd": the partners' "& Co.", then the trade and the form
    if _STACKED_INITIALS.fullmatch(toks[j].text) and j > i \
            and toks[j - 1].text.lower().rstrip(".") in R["honorifics"] \
            and toks[j].text.replace(".", "") not in R["places"] and toks[j].text.rstrip(".") not in R["acronyms"]:
        return 1  # "Chief Minister M.S. Gopalaiah", "Shri H.S. Kamath": a title, initials, a surname
    if j == i and _STACKED_INITIALS.fullmatch(toks[j].text) and _after_initials(ctx, j):
        return 1  # "H.S. Kamath", "T.K. Road": initials opening a name (the splitter ended a sentence at them)
    return int(len(toks[j].text) == 2 and toks[j].text[1] == "." and toks[j].text[0].isupper() and j > i
               and toks[i].text.lower() in R["given_names"])


def _form_end_within(ctx: _Ctx, k: int) -> int:
    """The index of the legal form closing capitalised words from ``toks[k]`` (single spaces between) within four
    words ("Shipping Agents Ltd"), else 0."""
    toks, R = ctx.toks, _rules()
    for m in range(k, min(len(toks), k + 4)):
        if not toks[m].cap or m > k and ctx.text[toks[m - 1].end:toks[m].start] != " ":
            return 0
        if m > k and toks[m].text.rstrip(".") in R["legal_forms"]:
            return m
    return 0


def _short_given_name_goes_on(ctx: _Ctx, i: int, j: int) -> bool:
    """The name goes on after the given name written short ``toks[j]`` and its full stop: it opens the run, follows
    a title or comes before a listed given name ("Wm. Roe", "Shri Mohd. Iqbal Doe", "Syed Mohd. Ali"; not "said Jack
    Ma. Alibaba ...").  One that is also a Chinese family name ("Ma." for Maria) may end a sentence as a surname
    ("founded by Jack Ma. Daniel Zhang said", "Mr Ma. Mary Chen, his aide,", "won by Ma. Sarah Lee came second"):
    only where it opens the sentence, or after an office's title or a role (no form of courtesy but a woman's before a
    given name and a middle initial: "Board member Ma. Teresa Roe", "Mrs. Ma. Luisa D. Roe") before a listed given
    name (no man's: Maria's name goes on with a woman's, "Governor Ma. John Roe,
    his aide,"; opening the name after a role and a comma or in a byline, any given name but a common word: "His
    daughter, Ma. Lourdes Doe,") and a surname, or one with a nickname or a lower-case particle after it ("Mayor
    Ma. Teresa Roe", 'Sen. Ma. Lourdes "Lulu" Roe', "Sec. Ma. Teresita dela Roe"; not "President Ma. Tsai Ing-wen",
    "Governor Ma. Officials said")."""
    R, toks = _rules(), ctx.toks
    nxt, before = toks[j + 1], toks[j - 1].text if j > i else ""
    if toks[j].text not in R["chinese_name_syllables"]:
        return j == i or _title_word(before) or nxt.text.lower() in R["given_names"]
    if j == i and toks[j].initial:
        return True
    if j == i and j and toks[j - 1].text in ("says", "said") and nxt.text.lower() in R["given_names"] \
            and j + 2 < len(toks) and toks[j + 2].cap and toks[j + 2].sid == nxt.sid \
            and ctx.text[nxt.end:toks[j + 2].start] == " " \
            and not _rx_word_not_dotted(toks[j].text).search(ctx.text):
        return True  # '"...," says Ma. Teresita Lasala-Gamba': an inverted attribution names her whole (not where
        # the story writes Ma as a surname elsewhere: "Jack Ma ... says Ma. Lucy Peng, a co-founder, remembers")
    particle = _LOWER_PARTICLE_ON.match(ctx.text, nxt.end)
    womans = address_sexes().get(before.rstrip(".")) == "f" and nxt.text.lower() in R["given_names"] \
        and j + 2 < len(toks) and _INITIAL.fullmatch(toks[j + 2].text) is not None  # ("Mrs. Ma. Luisa D. Doe": a
    # woman's form of courtesy, a given name and a middle initial; not "won by Mrs. Ma. Sarah Lee came second")
    return (_title_word(before) if j > i else _role_just_before(ctx.text, toks[j].start)
            or _opens_byline(ctx.text, toks[j].start)) \
        and (before.lower().rstrip(".") not in R["courtesy_titles"] or womans) \
        and nxt.text not in R["chinese_name_syllables"] and (
            ((nxt.text.lower() in R["given_names"] or j == i and nxt.text.lower() not in R["common_words"])
             and given_name_sexes().get(nxt.text.lower()) != "m"
             and j + 2 < len(toks) and toks[j + 2].cap
             and toks[j + 2].sid == nxt.sid and ctx.text[nxt.end:toks[j + 2].start] == " ")
            or ctx.text[nxt.end:nxt.end + 2] in (' "', " “")
            or (particle is not None and particle.group(1) not in R["function_words"]))


# A lower-case word of two to four letters after a given name and before a capitalised one, as a particle opening a
# surname ("dela Cruz", "van Roe"), seen from the space before it.
_LOWER_PARTICLE_ON = re.compile(r" ([a-z]{2,4})(?: (?:la|los|las|del))? [A-Z]")  # (two: "de la Torre")


def _punctuation_joins(ctx: _Ctx, i: int, j: int, gap: str) -> int:
    """How many tokens after ``toks[j]`` and punctuation (``gap``) the run takes on: a nickname in quotation marks,
    a bracketed company mark, a comma inside a name."""
    toks, text = ctx.toks, ctx.text
    nxt = toks[j + 1]
    if gap in (' "', " “", " ‘", " '") and (nick := _nickname_joins(ctx, i, j)):
        return nick  # 'Margaret "Peggy" Olsson', 'Tom "Big Tom" Doe'
    if gap == ", " and nxt.text == "Local" and j + 2 < len(toks) and _UNION_LOCAL.fullmatch(toks[j + 2].text) \
            and toks[j + 2].sid == nxt.sid and _UNION_LAST.search(toks[j].text) \
            and re.match(r"[,.;)]|\s*$", text[toks[j + 2].end:toks[j + 2].end + 1]):
        return 1  # "the Kelby Mine Workers Union, Local 7,": the union's local after a comma (its number joins next;
        # not "Jo Jones, Local 100 president", "At Tarn Falls, Local 1938 of ...": a union's word last, the number
        # closing the name)
    if gap == ", " and (n_list := _list_inside_a_name(ctx, i, j)):
        return n_list  # "the Kelby Institute of Water, Soil & Public Health", "the Federation of Small Fishers of
        # Kelby, Tarno and Ashby, Inc.": a body's list of fields, or of places before its legal form
    if gap in (' "', " “") and (quoted := _quoted_body_name(ctx, i, j)):
        return quoted  # 'the Association of Kelby Borrowers "Equal Before the Bank", which ...'
    if gap == " (" and (m := _rules()["bracketed_legal_form"].match(text, nxt.start - 1)):
        return len((m.group(1) or "").split()) + len(m.group(2).split()) + 1  # "Kelby Mining (Pvt) Ltd", "Marden
        # Farms (Pty) Ltd": the private company's mark and legal form; "Kelby Land (Singapore) Pte Ltd", "Kelby
        # Textiles (Lesotho) (Pty) Ltd": the country of a group's company
    if gap in ("/", "./") and j > i and {toks[j].text.rstrip("."), nxt.text.rstrip(".")} <= _rules()["legal_forms"]:
        return 1  # "Kelby Lifts GmbH/Srl", "Tarn Assurances SA/NV", "Tarn Hydraulics Ltd./Ltée": a company of a
        # bilingual land writes its legal form in both languages
    if gap == "/" and _two_places_slashed(ctx, i, j):
        return 1  # "the Kelby/Tarnby Citizens for Peace": two neighbouring places written with a slash
    if gap == ", " and (n_causes := _causes_listed(ctx, i, j)):
        return n_causes  # "the Kelby Flood Victims' Forum for Relief, Rehabilitation and Justice": a body's causes
    if _comma_legal_form_after(ctx, i, j):
        return _form_tokens(ctx, j + 1)  # "Acme Holdings, Inc.", "Doe Feeds, LLC", "Doe, Roe & Poe CPA, PSC": a legal
        # form after a comma ("Kelby Plátanos, S. Coop.": every word of a form of several)
    if gap == ", " and _chamber_committee_fields(ctx, i, j):
        return 1  # "the Senate Banking, Housing and Urban Affairs Committee": a chamber's committee of listed fields
    if gap == ", " and (listed := _list_spelt_by_initials(ctx, i, j)):
        return listed  # "Terres, Eaux et Villages (TEV)": a body named for the fields it lists
    # "University of California, Berkeley"; "Department of Housing, Local Government and Heritage"
    return int(gap == ", " and nxt.cap and not _dropped_in(ctx, nxt) and (
        (toks[i].text == "University" and text[nxt.end:nxt.end + 1] in ",.;)") or _listed_in_name(ctx, i, j)
        or _fields_before_body(ctx, i, j) or _foreign_body_list(ctx, i, j) or _places_listed_before_body(ctx, i, j)))


def _places_listed_before_body(ctx: _Ctx, i: int, j: int) -> bool:
    """The comma after one place's word (``toks[i]``, i == j) lists more places, one word each, to the last, which
    "and" and the rest of a body's name follow (:func:`_body_after_listed_places`): a party or body named for every
    island or town it stands for ("the Kelby, Tarn and Little Vell Democratic Alliance").  No nationality or given
    name."""
    toks, text = ctx.toks, ctx.text
    if not _listed_place_word(toks[j].text) or not (i == j or i == j - 1 and toks[j].text in _rules()["place_suffixes"]
                                                    and _listed_place_word(toks[i].text)):
        return False  # (a place of two words first: "the Clare Island, Inishturk and ...")
    k = j + 1
    while k + 1 < len(toks) and k - j <= 6 and toks[k].cap and toks[k].sid == toks[j].sid \
            and _listed_place_word(toks[k].text):
        gap = text[toks[k].end:toks[k + 1].start]
        if gap == " " and toks[k + 1].text in ("and", "&"):
            return _body_after_listed_places(ctx, i, k) > 0
        if gap != ", ":
            return False
        k += 1
    return False


def _listed_places_and(ctx: _Ctx, i: int, j: int) -> int:
    """How many tokens "and" and a body's name add after places listed in commas (``toks[i..j]``, one word each):
    the last part of a name :func:`_places_listed_before_body` opened; else 0."""
    toks, text = ctx.toks, ctx.text
    if j == i or not all(_listed_place_word(t.text) for t in toks[i:j + 1]) \
            or any(text[toks[m].end:toks[m + 1].start] != ", " for m in range(i, j)):
        return 0
    e = _body_after_listed_places(ctx, i, j)
    return e - j if e else 0


def _body_after_listed_places(ctx: _Ctx, i: int, k: int) -> int:
    """The last token of a body's name after the places listed from ``toks[i]`` to ``toks[k]`` and "and": one
    place's words ending in a place of the gazetteer, perhaps a party's or a nation's adjectives, then a body's or a
    party's word closing the run ("... and Little Vell Democratic Alliance"; not "... and Vell Railway Company": a
    trade, no place, before the company's word); else 0."""
    R, toks = _rules(), ctx.toks
    if k + 2 >= len(toks):
        return 0
    e = _and_run_end(ctx, k)
    head, p = toks[e].text, e - 1
    while p > k + 2 and (toks[p].text.lower() in R["opening_adjectives"] or toks[p].text in R["party_words"]):
        p -= 1  # (the party's adjectives before its word: "Democratic", "National")
    ok = e > k + 2 and (head.lower() in R["org_suffixes"] or head in R["movement_heads"]) \
        and (toks[p].text in R["places"] or toks[p].text in _world_places()) \
        and all(_listed_place_word(t.text) for t in toks[k + 2:p + 1]) and _named_for_listed_places(ctx, i, e)
    if not ok and _listed_place_at(ctx, k + 2) and (m := _members_body_end(ctx, k + 2)):
        return m if _named_for_listed_places(ctx, i, m) else 0  # "the Kelby, Tarn and Vell Residents' Welfare and
        # Environment Committee": the last place, then the fields and the word of the places' members' body
    if not ok and (t := _members_tail_end(ctx, k + 2)) and _named_for_listed_places(ctx, i, t):
        return t  # "the Kelby, Tarn and Vell Inshore Fishermen's Co-operative Society Ltd": the last place, its
        # members' possessive and the body's words
    return e if ok else 0


def _members_tail_end(ctx: _Ctx, m: int) -> int:
    """The last token of a place's members' body from ``toks[m]`` (a place's word): capitalised words in one sentence,
    single spaces, a possessive among them and a body's word closing them ("Vell Inshore Fishermen's Co-operative
    Society Ltd", "Dyason's Klip Community Development Trust"), at most eight words, none a given name, abbreviation
    or known body; else 0."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    if not _listed_place_at(ctx, m):
        return 0
    e = m
    while e + 1 < len(toks) and e - m < 7 and toks[e + 1].cap and toks[e + 1].sid == toks[m].sid \
            and text[toks[e].end:toks[e + 1].start] in (" ", "' ", "’ ", "'s ", "’s ") \
            and _unnamed_word(toks[e + 1].text) \
            and not toks[e + 1].text.isupper():
        e += 1
    possessive = any(t.poss or text[t.end:t.end + 1] in "'’" for t in toks[m:e])  # ("Dyason’s", "Fishermen's")
    return e if e > m and possessive and toks[e].text.lower().rstrip(".") in R["org_suffixes"] else 0


def _members_body_end(ctx: _Ctx, k: int) -> int:
    """The index of a members' body's word (``members_body_words``) that closes the capitalised words from
    ``toks[k]`` within seven tokens ("and" or "&" between them; no given name, known body or abbreviation; one
    sentence, single spaces); else 0."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    for m in range(k + 1, min(len(toks), k + 8)):
        t = toks[m]
        if t.sid != toks[k].sid or text[toks[m - 1].end:t.start] != " " or toks[m - 1].poss:
            return 0
        if t.text in ("and", "&"):
            continue
        if not t.cap or t.text.isupper() or t.text.lower() in R["given_names"] \
                or t.text in R["known_organisations"] or _dropped_in(ctx, t):
            return 0
        if t.text in R["members_body_words"]:
            return m
    return 0


def _named_for_listed_places(ctx: _Ctx, i: int, e: int) -> bool:
    """The places listed from ``toks[i]`` and the body's words to ``toks[e]`` are one body's name: written twice,
    spelt by the initials in brackets after it ("... Democratic Alliance (KTLVDA)"), or "the" before the list and no
    plural after the head, the body itself ("a spokesman for the Kelby, Tarn and Vell Democratic Alliance"); not the
    places, then the last one's own body ("from Kelby, Tarn and Vell Labour Congress", "the Kelby, Tarn and Vell
    Liberal Party caucuses")."""
    toks, text = ctx.toks, ctx.text
    name = text[toks[i].start:toks[e].end]
    m = _PAREN_ABBREVIATION.match(text, toks[e].end)
    if text.count(name) > 1 or (m and m.group(1) == "".join(t.text[0] for t in toks[i:e + 1] if t.cap)):
        return True
    return _THE_AT_END.search(text, max(0, toks[i].start - 4), toks[i].start) is not None \
        and (not _plural_follows(ctx, e) or _verb_with_object(ctx, e + 1))


# What opens a verb's object after a word in "-s" ("holds 12%", "owns the mill", "runs its shelter"): that word is
# the body's verb, no plural of its members or things.
_OBJECT_OPENERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "about", "more", "most", "all", "two",
                             "three", "four", "five", "six", "seven", "eight", "nine", "ten"))


def _verb_with_object(ctx: _Ctx, m: int) -> bool:
    """``toks[m]`` (a lower-case word in "-s") has an object after it in the same sentence: a figure or a word opening
    a noun phrase (``_OBJECT_OPENERS``)."""
    toks = ctx.toks
    return m + 1 < len(toks) and toks[m + 1].sid == toks[m].sid \
        and (toks[m + 1].text[:1].isdigit() or toks[m + 1].text in _OBJECT_OPENERS)


@lru_cache(maxsize=64)
def _rx_word_not_dotted(word: str) -> re.Pattern:
    """``word`` written as a word with no full stop after it ("Jack Ma said", not "Ma. Teresita")."""
    return re.compile(rf"\b{re.escape(word)}\b(?!\.)")


def _listed_place_at(ctx: _Ctx, m: int) -> bool:
    """``toks[m]`` opens the last place of a list: a place's word (:func:`_listed_place_word`), or any capitalised
    word but a common word, a body's word, a nationality or an abbreviation (a given name too) that a place's last
    word (``place_suffixes``) follows ("... and Russell Islands Boat Owners' Association")."""
    toks, w = ctx.toks, ctx.toks[m].text
    if _listed_place_word(w):
        return True
    suffixed = m + 1 < len(toks) and toks[m + 1].text in _rules()["place_suffixes"] \
        and ctx.text[toks[m].end:toks[m + 1].start] == " "
    return suffixed and _NAME_WORD.fullmatch(w) is not None and not _common_word(w) \
        and w.lower() not in _rules()["org_words"] and not _demonym(w) and not w.isupper()


def _listed_place_word(w: str) -> bool:
    """One word of a place in a list: place-like, no nationality, given name or abbreviation."""
    return _place_like(w) and not _demonym(w) and not w.isupper() and w.lower() not in _rules()["given_names"]


def _list_spelt_by_initials(ctx: _Ctx, i: int, j: int) -> int:
    """How many tokens after ``toks[j]`` (a comma after it) a list of capitalised words adds to the run when commas
    and a last "and" (or another language's: "et", "y") join them and a short form in brackets right after the list
    spells the initials of every capitalised word from ``toks[i]``: one body named for the fields it lists ("Terres,
    Eaux et Villages (TEV)", "Land, Water and Life (LWL)"); no given name first; else 0."""
    toks, text, R = ctx.toks, ctx.text, _rules()
    if toks[i].text.lower() in R["given_names"]:
        return 0
    e, joined = j + 1, False
    while e < len(toks) and e - j <= 8 and toks[e].cap and toks[e].sid == toks[j].sid and not _dropped_in(ctx, toks[e]):
        m = _PAREN_ABBREVIATION.match(text, toks[e].end)
        if joined and m and m.group(1) == "".join(t.text[0] for t in toks[i:e + 1] if t.cap):
            return e - j if _spelt_list_names_a_body(ctx, i, e, m.end()) else 0
        gap = text[toks[e].end:toks[e + 1].start] if e + 1 < len(toks) else ""
        if gap == " " and (toks[e + 1].text in ("and", "&") or toks[e + 1].text in R["foreign_joiners"]):
            e, joined = e + 2, True
        elif gap in (" ", ", ") and not joined:
            e += 1
        elif gap == " " and joined and toks[e].text in R["allied_members_openers"] and toks[e + 1].cap:
            e += 1  # ("United Plastics, Composites and Allied Workers of Canada (UPCAWC)": the allied trades' members)
        elif gap == " " and joined and toks[e + 1].text == "of" and e + 2 < len(toks) and toks[e + 2].cap \
                and (toks[e].text.lower() in R["org_words"] or _plural_in_a_name(toks[e].text)):
            e += 2  # (... "Workers of Canada": where the members are)
        else:
            return 0
    return 0


def _spelt_list_names_a_body(ctx: _Ctx, i: int, e: int, after: int) -> bool:
    """The listed words ``toks[i:e + 1]`` that bracketed initials spell (ending at ``after``) name a body: none of
    them a place or a people ("Brazil, Russia, India and China (BRIC)": a bloc of countries, each named), and either
    the last a body's word or a legal form ("Land, Water and Forests Trust (LWFT)") or a group's noun just before the
    list or in apposition after the initials ("the NGO Rivers, Lands and Life", "... (RLL), a Kelby charity"): not
    fields of work the initials stand for ("Diversity, Equity and Inclusion (DEI) programmes", "(LGBT) people")."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    of = next((k for k in range(i + 1, e) if toks[k].text == "of"), e + 1)  # (a place after "of" is the members':
    # "... and Allied Workers of Canada (UPCAWC)")
    if any(t.text in R["places"] or t.text in _world_places() or _demonym(t.text) for t in toks[i:of] if t.cap):
        return False
    last = toks[of - 1] if of <= e else toks[e]
    if last.text.lower() in R["org_words"] or last.text.rstrip(".") in R["legal_forms"] \
            or of <= e and toks[of - 2].text in R["allied_members_openers"]:
        return True
    before, apposition = R["called_a_group"]
    return before.search(text, max(0, toks[i].start - 40), toks[i].start) is not None \
        or apposition.match(text, after) is not None


def _two_places_slashed(ctx: _Ctx, i: int, j: int) -> bool:
    """One capitalised word, a slash and one more, then a plural of members or a body's word in the same sentence:
    two places that share a body ("Kelby/Tarnby Citizens for Peace", "Tarn/Vell Residents Association": the people
    of a place, ``place_members_plurals``; not "the Kelby/Tarn Engineers", "Dublin/Belfast Commuters"); not
    "the Kelby/Tarno campaign" (no name goes on), nor party or nationality words ("Democrat/Republican"), nor
    common words or bodies ("a Times/Kelby News poll", "Register/Kelby Politics"), nor a plural that names no members
    ("Kelby/Tarn Images": a photo credit)."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    if i != j or j + 2 >= len(toks) or _demonym(toks[j].text) or toks[j].text.lower() in R["given_names"]:
        return False
    second, third = toks[j + 1], toks[j + 2]
    return second.cap and third.cap and second.sid == third.sid == toks[j].sid and not second.poss \
        and _place_like(toks[j].text) and _place_like(second.text) and not _demonym(second.text) \
        and text[second.end:third.start] == " " and not _dropped_in(ctx, third) \
        and toks[j].text not in R["known_organisations"] and second.text not in R["known_organisations"] \
        and (third.text in R["members_body_words"]
             or (third.text in R["place_members_plurals"] and _members_body_goes_on(ctx, j, j + 2)))


def _members_body_goes_on(ctx: _Ctx, i: int, k: int) -> bool:
    """After a place's people (``toks[k]``, "Residents"), a body's capitalised word, perhaps after one more
    ("Residents Association", "Residents' Forum", "Residents Welfare Association"), or "for" and a cause the run
    takes on ("Citizens for Peace and Progress"): the slashed pair then names a body that is kept. Not "the
    Kelby/Tarn Residents' homes", "Kelby/Tarn Tenants met", "the Kelby/Tarn Farmers ad campaign": each word its own."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    if k + 1 >= len(toks) or toks[k + 1].sid != toks[k].sid:
        return False
    if toks[k + 1].text == "for":
        return _joiner_joins(ctx, i, k) > 0
    for m in (k + 1, k + 2)[:len(toks) - k - 1]:
        t = toks[m]
        if not t.cap or t.sid != toks[k].sid or text[toks[m - 1].end:t.start] not in (" ", "' "):
            return False
        if t.text in R["members_body_words"] or t.text.lower() in R["org_suffixes"]:
            return True
    return False


def _chamber_committee_fields(ctx: _Ctx, i: int, j: int) -> bool:
    """Whether the comma after ``toks[j]`` lists the fields of a chamber's committee: a chamber
    (``committee_chambers``) and field words, then capitalised field words in commas, "and" (perhaps after a comma)
    and a committee's word closing them ("Senate Banking, Housing and Urban Affairs Committee", "Senate Health,
    Education, Labor, and Pensions Committee"; not "the House, Senate and White House": no committee closes it).
    Each field one word, but the last, after "and", of one or two ("Urban Affairs"): a list of committees' names
    of two words is several bodies ("Senate Armed Services, Foreign Relations and Intelligence Committee
    members")."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    if toks[i].text not in R["committee_chambers"] or j == i or toks[j].poss \
            or not all(_field_word(ctx, t.text.lower()) for t in toks[i + 1:j + 1]) \
            or any(text[toks[k].end:toks[k + 1].start] != ", " for k in range(i + 1, j)):
        return False  # (with no chamber before, the fields join as a body's list: see _fields_before_body; each
        # field read so far one word: this is called again at each comma)
    k, anded, words = j + 1, False, 0  # (words: of the field being read)
    while k < len(toks) and k < j + 14 and toks[k].sid == toks[j].sid:
        t = toks[k]
        if t.text == "and" and not anded and text[toks[k - 1].end:t.start] in (" ", ", "):
            anded, words = True, 0
        elif not t.cap or t.poss or t.text.isupper():
            return False
        elif t.text.lower() in R["committee_words"]:
            return anded and words > 0
        elif not _field_word(ctx, t.text.lower()):
            return False
        else:
            words = 1 if text[toks[k - 1].end:t.start] == ", " else words + 1
            if words > (2 if anded else 1):
                return False
        if k + 1 >= len(toks) or text[t.end:toks[k + 1].start] not in (" ", ", "):
            return False
        k += 1
    return False


def _foreign_body_list(ctx: _Ctx, i: int, j: int) -> bool:
    """A list of capitalised words closed by another language's "and" inside a body's name that a foreign
    organisation word opens ("Waterschap Maas, Waal en Dijkland", "Sindicato dos Trabalhadores da Madeira, Cortiça e
    Afins"): the comma goes on inside the name."""
    R = _rules()
    return ctx.toks[i].text in R["foreign_org_heads"] and R["foreign_list_in_name"].match(ctx.text, ctx.toks[j].end) \
        is not None


# A closing quotation mark, then the end of a clause (a comma, a full stop, a bracket) or a lower-case word.
_QUOTED_NAME_CLOSES = re.compile(r"[\"”](?:[,.;:)]|\s+[a-z(]|\s*$)")


# The word before a name, "the" or "a" between ("called the", "dubbed a").
_PREV_WORD_THE = re.compile(r"([A-Za-z]+)\s+(?:(?:the|a|an)\s+)?$")
# After one quoted word: the clause's end, or a verb of report or an auxiliary ('"Tarnak" said', '"Tarnak" has'; or a
# small word: '"Tarnak" on Monday').
_ONE_QUOTED_WORD_CLOSES = re.compile(r"[\"”](?:[,.;:)]|\s*$|\s+(?:said|says|told|added|warned|announced|called|urged"
                                     r"|has|have|had|is|was|will|would)\b)")


def _one_quoted_word_name(ctx: _Ctx, i: int, j: int) -> bool:
    """The one quoted word after the union's name ``toks[i..j]`` (two words or more, closed by a word of
    ``quoted_name_heads``) is the union's own name: 'the Kelby Miners' Federation "Tarnak", the largest union'.  Not a
    common word ('the Union "Solidarity" said') nor a place, not before a noun ('the Teachers' Union "Tarnak"
    ballot'; a verb of report or a small word may follow), nor after a calling verb or "as" ('branded the Kelby
    Union "Traitors"', 'known as the ...': labels)."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    word = toks[j + 1]
    after = toks[j + 2].text if j + 2 < len(toks) and toks[j + 2].sid == word.sid else ""
    if j == i or toks[j].text not in R["quoted_name_heads"] or _common_word(word.text) or word.text in R["places"] \
            or not (_ONE_QUOTED_WORD_CLOSES.match(text, word.end) or after in R["stopwords"]):
        return False
    before = _PREV_WORD_THE.search(text, max(0, toks[i].start - 40), toks[i].start)
    return before is None or (before.group(1).lower() not in _calling_words() and before.group(1) != "as")


def _quoted_body_name(ctx: _Ctx, i: int, j: int) -> int:
    """How many tokens a body's own name in quotation marks adds to the body's name before it, else 0: capitalised
    words ("the" and other small words between) closed by the mark and the clause's end ('the Association of
    Kelby Borrowers "Fair Play for Savers", which ...'; a translated association's motto-name), or by the mark and a
    legal form, which goes on too ('Thermal Power Plant "Kelby Sever" EAD').  One quoted word needs a name of two
    words or more before it (see :func:`_one_quoted_word_name`).  Not after a person, nor a quotation of speech (a
    lower-case word or a clause inside)."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    if toks[j].text.lower().rstrip(".") in R["given_names"]:
        return 0
    k = j + 1
    while k < len(toks) and k - j <= 6 and toks[k].sid == toks[j].sid and (
            toks[k].cap or (k > j + 1 and toks[k].text in R["stopwords"])):
        if toks[k].cap and (k + 1 < len(toks) and text[toks[k].end:toks[k + 1].start] in ('" ', "” ")
                            and toks[k + 1].text.rstrip(".") in R["legal_forms"]):
            return k + 1 - j  # (the legal form after the mark closes the company's name, a body's word or not)
        if toks[k].cap and _QUOTED_NAME_CLOSES.match(text, toks[k].end) and _orgish(toks[i:j + 1]):
            return k - j if k > j + 1 or _one_quoted_word_name(ctx, i, j) else 0
        if text[toks[k].end:toks[k + 1].start if k + 1 < len(toks) else len(text)] != " ":
            return 0
        k += 1
    return 0


def _comma_legal_form_after(ctx: _Ctx, i: int, j: int) -> bool:
    """Whether a comma and a legal form (``comma_legal_forms``) follow ``toks[j]``: "Doe Feeds, LLC"; not after a
    place ("Port Augusta, S.A.": a state; a place's word first, unless four words or more or a body's word last come
    before a form that is never a place's code)."""
    toks, text, R = ctx.toks, ctx.text, _rules()
    if j + 1 >= len(toks) or text[toks[j].end:toks[j + 1].start] != ", ":
        return False
    if (toks[i].text in R["place_prefixes"] and not (
            (j - i >= 3 or toks[j].text.lower() in R["org_words"])
            and toks[j + 1].text.rstrip(".") in R["legal_forms_never_alone"])) \
            or (i == j and toks[j].text in R["places"]):
        return False  # (four words or more, or a body's word last, before a form no place's code is: "the Lake Kelby
        # Civic Roundtable, Inc.", "Port Kelby Marine, LLC"; not "Mount Lofty Summit Lookout, S.A.")
    nxt = toks[j + 1]
    if R["comma_spaced_legal_form"].match(text, nxt.start):
        return True  # "Doe Textiles, S. de R.L."
    form = nxt.text.rstrip(".")
    if form in R["comma_legal_forms_of_partners"]:
        return any(t.text in ("&", "and") for t in toks[i:j + 1])  # ("Doe, Roe & Poe, P.C.", "Doe & Roe, CPAs")
    if form in R["comma_legal_forms_also_credentials"] and not _form_not_credential(ctx, i, j + 1):
        return False  # ("Jo de Kock, SA captain", "Lord Justice Roe, C.A., who ...")
    if nxt.text in R["comma_legal_forms_also_states"]:
        return _romance_particle_in_run(ctx, i, j)  # ("Aigües del Kelb, SA"; not "Adelaide, SA")
    return form in R["comma_legal_forms"] and text[nxt.end:nxt.end + 1] not in ("-", "’", "'")


def _form_tokens(ctx: _Ctx, f: int) -> int:
    """How many tokens from ``toks[f]`` a legal form after a comma covers: those of a form of several words
    (``comma_spaced_legal_forms``: "S. Coop.", "S. de R.L."), else one."""
    toks = ctx.toks
    m = _rules()["comma_spaced_legal_form"].match(ctx.text, toks[f].start)
    if m is None:
        return 1
    return max(1, sum(1 for t in toks[f:f + 6] if t.end <= m.end()))


def _form_not_credential(ctx: _Ctx, i: int, f: int) -> bool:
    """The legal form ``toks[f]`` after the run from ``toks[i]`` (``comma_legal_forms_also_credentials``) closes a
    company's name: the run opens with no given name or form of address, and a form written without full stops is
    followed by a comma, full stop, bracket, semicolon or the line's end ("Doe Lloguers, SLU, which ...")."""
    toks, R = ctx.toks, _rules()
    first = toks[i].text.lower().rstrip(".")
    if first in R["given_names"] or first in R["honorifics"]:
        return False
    return "." in toks[f].text or ctx.text[toks[f].end:toks[f].end + 1] in ("", ",", ".", ";", ")", "\n")


def _romance_particle_in_run(ctx: _Ctx, i: int, j: int) -> bool:
    """A Romance particle or article inside the run ``toks[i:j + 1]`` ("Aigües del Kelb", "Obras de la Tarna"): a
    Romance company's name before an undotted form that is also a state's code (", SA"), no town ("Adelaide, SA")."""
    R = _rules()
    return any(t.text in R["romance_particles"] or t.text in R["romance_articles"] for t in ctx.toks[i + 1:j])


def _next_word_joins(ctx: _Ctx, i: int, j: int) -> int | None:
    """How many tokens the word after ``toks[j]`` (a space between) adds to the run when it decides by itself: a
    capitalised word, a surname that is a month, particles, a preposition or "of the" inside a name; else None."""
    R, toks, text, n = _rules(), ctx.toks, ctx.text, len(ctx.toks)
    nxt = toks[j + 1]
    if nxt.text.rstrip(".") in R["name_suffixes"]:
        return 0  # "Jr.", "II" end a name
    if j + 2 < n and R["slashed_legal_form"].match(text, nxt.start) and toks[j + 2].start == nxt.end + 1 \
            and not _noun_follows(ctx, j + 2) \
            and not (i == j and toks[j].text in R["places"]):
        return 2  # "Kelby Vind A/S", "Tarn Havfisk P/F": the legal form and its slash close the name (not "the
        # Copenhagen A/S market", "In Copenhagen A/S firms pay ...": a place, then companies of that form)
    if j > i and nxt.cap and _dotted_form_closes(ctx, j):
        return 0  # "... bought by Kelby Hollow Partners L.P. Union members said": the form closes the company's name
    if nxt.text.isupper() and nxt.text in currency_codes() and _DIGIT_AHEAD.match(text, nxt.end):
        return 0  # "fined Tarn Trading AG CHF 4.2 million": a currency's code before an amount ends the name
    if nxt.cap and _function_word_surname(ctx, i, j):
        return 1  # "Mrs Grace Wanjiru Were told": a surname that is also a function word
    if nxt.text == "A" and _a_inside_a_surname(ctx, i, j):
        return 2  # "Jo Fung A Kelb": a Surinamese or Chinese-Caribbean surname of three parts
    if nxt.cap and _vietnamese_syllable(ctx, j):
        return 1  # "Thiên An Capital": a Vietnamese syllable that is also an English function word
    if nxt.cap and (nxt.text in R["acronyms"] or not (
            _dropped_in(ctx, nxt) and nxt.text.lower().rstrip(".") not in R["honorifics"])):
        return 0 if nxt.text.lower().rstrip(".") in R["time_words"] \
            and not _sun_in_name(text, nxt.start) \
            and not (nxt.text in R["feasts_and_seasons"] and _feast_in_a_name(text, nxt.end)) else 1
        # (not "Kalahari Sun Energy", "Kelby Christmas Lights Committee": a name's word)
    if (nxt.text.lower() in R["time_words"] and nxt.text[:1].isupper() and toks[j].text.lower() in R["given_names"]
            and nxt.text.lower().rstrip(".") not in _WEEKDAYS and not _DIGIT_AHEAD.match(text[nxt.end:nxt.end + 3])):
        return 1  # "Theresa May": a month after a given name is a surname (a weekday is a date: "told Clinton Friday")
    if nxt.text in _DAY_NAMES and toks[j].text.lower().rstrip(".") in R["honorifics"] and j + 2 < n \
            and toks[j + 2].cap and toks[j + 2].sid == nxt.sid and text[nxt.end:toks[j + 2].start] == " " \
            and not _dropped_in(ctx, toks[j + 2]) and _surname_like(ctx, toks[j + 2].text):
        return 1  # "Pa Friday Odo", "Engr. Sunday Nnamani": a weekday after a title, a surname after it, is a given
        # name (West African copy)
    if nxt.text in _DAY_NAMES and _weekday_middle_name(ctx, j):
        return 1  # "Madam Affiong Sunday Inyang": a weekday between a given name and a surname is a name
    if _time_word_before_a_patronymic(ctx, j):
        return 1  # "Dr. Jo Ramadan bin Kelbi": a feast's or a month's name before "bin" is a name of the person's
    if _month_as_given_name_after(ctx, i, j):
        return 1  # "Tarnoyama Jun, an analyst at ...", "Yin Kelby May, 60,": a given name written like a month
    if _month_inside_a_name(ctx, i, j):
        return 2  # "Grace Teo Jun Hui", "Mr Tan May Ling": a syllable of a Chinese given name written like a month
    if _PARTICLE_NAME.match(nxt.text) and not nxt.poss:
        return 1  # "Sami al-Hamad", "Abdel Fattah el-Sisi"
    if nxt.text in R["name_prepositions"] and _title_case_preposition(ctx, j):
        return 2  # "Surfers Against Sewage", "Mothers Against Drunk Driving"
    if nxt.text.lower() in R["name_particles"] and j + 3 < n and (toks[j + 2].text.lower() in R["name_particles"]
                                                                  or toks[j + 2].text in R["romance_articles"]) \
            and toks[j + 3].cap and toks[j + 3].sid == nxt.sid \
            and text[nxt.end:toks[j + 3].start] == f" {toks[j + 2].text} ":
        return 3  # "Ursula von der Leyen", "Oscar de la Renta", "Frente de Defensa de los Vecinos"
    if nxt.text == "the" and j == i and j + 2 < n and _verb_the_body(ctx, j):
        return 2  # "Lock the Gate Alliance", "Stop the War Coalition" (and "Lock the Gate" again later)
    if nxt.text in ("of", "for") and j + 3 < n and toks[j + 2].text == "the" and _of_the_in_name(ctx, i, j):
        return 3  # "Organization of the Petroleum Exporting Countries", "Department of the Interior", "Committee
        # for the Rights of ..."
    return None


def _inquiry_matter_joins(ctx: _Ctx, i: int, j: int) -> int:
    """How many tokens "into" (perhaps "the") and a capitalised word add after an inquiry's head at ``toks[j]``
    (:func:`_inquiry_head`: "Inquiry into the Tarn Fire") when the words after "into" name a matter
    (:func:`_inquiry_matter`), or "of", a day, a month's name and perhaps a year after such a matter in the run
    ("... into the Tarn Fire of 3 May 2019"): one sentence, single spaces; else 0."""
    toks, text, n = ctx.toks, ctx.text, len(ctx.toks)
    if toks[j + 1].text == "into" and _inquiry_head(toks, j):
        k = j + 3 if j + 2 < n and toks[j + 2].text == "the" else j + 2
        if not _inquiry_matter(ctx, k):
            return 0
    elif toks[j + 1].text == "of" and any(t.text == "into" and _inquiry_head(toks, m - 1)
                                          for m, t in enumerate(toks[i + 1:j], i + 1)) \
            and j + 3 < n and toks[j + 2].text.isdigit() and len(toks[j + 2].text) <= 2 \
            and toks[j + 3].text in _MONTH_NAMES:
        k = j + 4 if j + 4 < n and _YEAR.fullmatch(toks[j + 4].text) and toks[j + 4].sid == toks[j].sid else j + 3
    else:
        return 0
    ok = k < n and toks[k].sid == toks[j].sid and ((toks[k].cap and not _dropped_in(ctx, toks[k]))
                                                   or toks[k].text in _MONTH_NAMES or _YEAR.fullmatch(toks[k].text)) \
        and all(text[toks[m].end:toks[m + 1].start] == " " for m in range(j, k))
    return k - j if ok else 0


def _inquiry_head(toks: list, j: int) -> bool:
    """``toks[j]`` heads an inquiry's name: "Inquiry" itself ("the Leveson Inquiry", "the Commission of Inquiry"), or
    a word of ``inquiry_heads_after_body`` after an inquiring body's word and "of" ("the Commission of
    Investigation"; not "the Bureau of Investigation", a police force, nor "the Defence Review", a report)."""
    R, w = _rules(), toks[j].text
    return w in R["into_body_heads"] or (w in R["inquiry_heads_after_body"] and j >= 2 and toks[j - 1].text == "of"
                                         and toks[j - 2].text in R["inquiring_bodies"])


def _inquiry_matter(ctx: _Ctx, k: int) -> bool:
    """The capitalised words from ``toks[k]`` after an inquiry's "into (the)" name a matter, an event or a thing
    ("the Bridge Collapse", "Press Standards", "the Flood of 4 March"): the last of them an ordinary noun
    (an event's word of ``inquiry_matter_nouns``, a common word, an "-ing" or abstract noun) or a date after "of";
    no possessive among them ("into Nigel Doe's loans": the person is the matter's owner), no given name first ("into
    Jo Roe"), and not one word that names a place, a people or a known body ("into Kelby police", "into Tarnish
    interference")."""
    R, toks, text, e = _rules(), ctx.toks, ctx.text, k
    if k >= len(toks) or not toks[k].cap or toks[k].text.lower() in R["given_names"]:
        return False
    while e + 1 < len(toks) and toks[e + 1].cap and toks[e + 1].sid == toks[k].sid and not toks[e].poss \
            and text[toks[e].end:toks[e + 1].start] == " ":
        e += 1
    if any(t.poss for t in toks[k:e + 1]) or (e == k and (_named_word(ctx, toks[k].text))):
        return False
    last = toks[e].text
    return last in R["inquiry_matter_nouns"] or last.lower() in R["common_words"] \
        or bool(_EVENT_NOUN_END.search(last)) or _DATE_OF_AFTER.match(text, toks[e].end) is not None


# The endings of a noun of an event or a state of affairs ("Sinking", "Dredging", "Administration", "Treatment").
_EVENT_NOUN_END = re.compile(r"\w{3}(?:ing|ings|tion|tions|ment|ness|ity|ism)$")
# "of", a day and a month's name after a matter's words ("... Flood of 4 March").
_DATE_OF_AFTER = re.compile(r" of \d{1,2} (?:" + _MONTH_ALT + r")\b")


def _dotted_form_closes(ctx: _Ctx, j: int) -> bool:
    """A legal form written with its full stop ("L.P.", "Inc.", "Ltd.", "N.V.") at ``toks[j]`` closes a company's
    name: a capitalised word after it opens the next sentence though the splitter kept one ("Acme Holdings Inc. Union
    members ..."), unless that word is a legal form too ("Acme Co. Ltd.") or the form runs on
    (``dotted_legal_forms``: "Doe Capital Pte. Ltd."); not "Co." (also a county: "Co. Kerry")."""
    R, t, nxt = _rules(), ctx.toks[j], ctx.toks[j + 1]
    form = t.text[:-1]
    return t.text.endswith(".") and form in R["legal_forms"] and form != "Co" \
        and form.lower() not in R["dotted_legal_forms"] and nxt.text.rstrip(".") not in R["legal_forms"]


def _weekday_middle_name(ctx: _Ctx, j: int) -> bool:
    """A weekday after ``toks[j]``, a given name (listed, or after a title: "Madam Affiong", "Mr Akpan"), and before a
    capitalised word that may be a surname, single spaces between, in one sentence: a middle name, as West African
    copy writes many ("Madam Affiong Sunday Inyang", "Mr Akpan Monday Obot"; not "told Jo Doe Sunday", "Easter
    Sunday Mass": no given name before it, or no surname after)."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    w, day = toks[j], toks[j + 1]
    if j + 2 >= len(toks) or not w.cap or _title_word(w.text):
        return False
    last = toks[j + 2]
    given = w.text.lower() in R["given_names"] or j > 0 and toks[j - 1].sid == w.sid \
        and text[toks[j - 1].end:w.start] == " " and _title_word(toks[j - 1].text)
    return given and last.cap and last.sid == day.sid == w.sid and text[w.end:day.start] == " " \
        and text[day.end:last.start] == " " and not _dropped_in(ctx, last) and _surname_like(ctx, last.text)


def _time_word_before_a_patronymic(ctx: _Ctx, j: int) -> bool:
    """A feast's or a month's name (no weekday) after a name's word and before a patronymic particle and a capitalised
    word, single spaces between: a name of the person's, Arab and Malay style ("Amina Ramadan bin Kelbi", "Siti
    Ramadan binti Tarno"), no date."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    if j + 1 >= len(toks):
        return False
    t = toks[j + 1]
    m = _PATRONYMIC_AHEAD.match(text, t.end)
    return t.text.lower() in R["time_words"] and t.text[:1].isupper() and t.text.lower() not in _WEEKDAYS \
        and text[toks[j].end:t.start] == " " and m is not None and m.group(1) in R["patronymic_particles"]


# A lower-case word and a capitalised one after a word ("bin Kelbi"): the word is read against patronymic_particles.
_PATRONYMIC_AHEAD = re.compile(r" ([a-z/]+) [A-Z]")


def _month_inside_a_name(ctx: _Ctx, i: int, j: int) -> bool:
    """A month's name or abbreviation (no weekday) after up to three words of a person's name with a listed given
    name or a form of address among them, and before a capitalised word of the same sentence shaped as a surname,
    single spaces between and no number after: a syllable of a Chinese given name ("Grace Teo Jun Hui", "Ms Tan May
    Ling"), no date."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    if j + 2 >= len(toks) or j == i or j - i > 3:
        return False
    t, nxt = toks[j + 1], toks[j + 2]
    return t.text.lower() in R["time_words"] and t.text[:1].isupper() and t.text.lower() not in _WEEKDAYS \
        and any(w in R["given_names"] or w in R["honorifics"] for w in (x.text.lower().rstrip(".") for x in toks[i:j])) \
        and nxt.cap and nxt.sid == t.sid \
        and text[toks[j].end:t.start] == " " and text[t.end:nxt.start] == " " and not _dropped_in(ctx, nxt) \
        and _surname_like(ctx, nxt.text) and not _DIGIT_AHEAD.match(text, nxt.end)


def _joiner_joins(ctx: _Ctx, i: int, j: int) -> int:
    """How many tokens a joining word after ``toks[j]`` ("&", "of", "for", "and", a particle) and the capitalised
    word after it add to the run."""
    R, toks, text, n = _rules(), ctx.toks, ctx.text, len(ctx.toks)
    nxt = toks[j + 1]
    if nxt.text == "for" and j + 3 < n and toks[j + 2].text in ("a", "an") and _for_a_cause(ctx, i, j):
        return _cause_end(ctx, j + 3) - j  # ("the Coalition for a Free and Open Tarnland": the whole cause)
    if nxt.text == "and" and (n_area := _members_area_after_and(ctx, i, j)):
        return n_area  # "the Association of Gold Miners of Kelby and the Tarn Valley": the members' second area
    if nxt.text == "and" and (n_friends := _friends_second_object(ctx, i, j)):
        return n_friends  # "Friends of the Wet Dock and Old Custom House": the second thing its friends keep
    if nxt.text == "and" and _members_second_place(ctx, i, j):
        return 2  # "the Federation of Salt Producers of Kutch and Tarnagar": the members' second place
    if nxt.text == "and" and _places_of_one_kind(ctx, i, j):
        return 3  # "Citizens for Clean Air of Kelby and Tarn Counties": the body's two counties
    if nxt.text == "of" and (n_of := _members_of_the_body(ctx, i, j)):
        return n_of  # "the Catfish Farmers of the Mid-Delta Association": one body of those members
    if nxt.text in ("&", "&amp;") and (k := _particle_after_ampersand(ctx, j)):
        return k  # "Brandsma & de Wit Oils B.V.", "Doe & van der Berg": a partner's surname opened by a particle
    if j + 2 >= n or nxt.poss or not toks[j + 2].cap or (_dropped_in(ctx, toks[j + 2]) and not (
            nxt.text in ("&", "&amp;") and toks[j + 2].text in R["acronyms"])) \
            or text[nxt.end:toks[j + 2].start].strip() != "":  # ("Lenders & NBFCs": a common abbreviation after "&")
        return 0
    if toks[j].text in R["member_abbreviations"] and nxt.text in _ORG_JOINERS:
        return 0  # "the Labour MP for Leeds": the member's seat, no part of a body's name
    if nxt.text == "for" and toks[j].text in _LEGISLATURES and j + 2 < n and i == j \
            and _MEMBER_OF_BEFORE.search(text, max(0, toks[j].start - 12), toks[j].start) and (
            toks[j + 2].text.lower() not in R["common_words"] or _seat_after_for(text, toks[j + 2].start)):
        return 0  # "the Member of Parliament for Kelby East": the member's seat (or party), no part of the house's
        # name; kept before a common word unless a seat ("... for Reform Kelby": the party alone would be dropped)
    if nxt.text == "for" and toks[j].text in _LEGISLATURES and j - i <= 2 and _member_seat_after_for(ctx, i, j):
        return 0  # "a member of the National Assembly for Tarno": the member's seat, no part of the house's name
    if toks[j].text == "Committee" and nxt.text == "of" and toks[j + 2].text in _LEGISLATURES:
        return 0  # "the Budget Committee of Parliament": the committee, then the house it belongs to
    if nxt.text == "on" and (toks[j].text in R["sites_placed_on"] and _place_run_at(ctx, j + 2)
                             or j > i and toks[j].text.rstrip(".") in R["legal_forms"]):
        return 0  # "Kelby University on Long Island": the site, then where it stands; so after a company's legal form
        # ("runs Teso Pearl Hotel Ltd on Gweri Road")
    if nxt.text == "for" and (i == j or toks[j - 1].text in ("and", "&") and _members_word(ctx, j)
                              or toks[j].text in R["place_members_plurals"]) \
            and (n_for := _body_named_for(ctx, j)) \
            and (i == j or toks[j].text not in R["place_members_plurals"] or _ordinary_cause(ctx, j + 2, j + n_for)):
        return n_for  # "Democracy for Kelby, an advocacy group", "the Doe for Senate Committee" (and after two
        # plurals of members: "Kelby Ranchers and Landowners for Clean Water, a group of ..."; after a place's
        # people: "Tarn Creek Citizens for Clean Water and Safe Homes, a residents' group")
    if nxt.text == "of" and j > i and (form := toks[j].text.rstrip(".")) in R["legal_forms"] \
            and (form not in R["legal_forms_before_of"] or _town_after_of(ctx, j)):
        return 0  # "Kelby Inversiones S.L. of Valencia", "Acme Inc. of Delaware": the form closes the name, then the
        # company's seat (after "Co." or "Corp." too when a town follows: "Kelby Paper Holdings Corp. of Milwaukee";
        # not a country: "Aluminum Co. of America")
    if nxt.text == "of" and _company_of_its_place(ctx, i, j):
        return 2  # "Hallett Brothers Poultry of Sussex, Inc.": a company named for its place, its legal form after
    if nxt.text == "of" and j > i and toks[j].text in R["firm_closers_before_of"] and _seat_after_of(ctx, j):
        return 0  # "Kelby Capital Partners of Boston": a firm's closing word, then its seat
    orgish = _orgish(toks[i:j + 1]) and not (toks[j].text in R["closing_only_heads"] and (
        i == j or toks[j - 1].text in R["alert_words"]))  # ("a Tornado Watch for Kelby County": an alert)
    if nxt.text in ("&", "&amp;") and _two_people_joined(ctx, i, j):
        return 0  # "Jo Doe & Ann Roe said": two people, each with a given name and a surname, no firm
    if nxt.text in ("&", "&amp;") or nxt.text.lower() in R["name_particles"] or (nxt.text in _ORG_JOINERS and orgish):
        return 2
    if nxt.text in ("of", "for") and _plural_body(ctx, i, j):
        return 2
    if nxt.text == "of" and (toks[j].text in R["place_suffixes"] or toks[j].text[:-1] in R["place_suffixes"]) \
            and toks[j].text not in R["place_suffixes_also_surnames"] and toks[i].text.lower() not in R["given_names"] \
            and (n_region := _region_body_after_of(ctx, j)):
        return n_region  # "the Lakes of Killarney Hoteliers' Federation", "the Isles of Kelby Wildlife Trust": a body
        # named for a region whose own name holds "of"
    if nxt.text == "of" and j > i and toks[j].text in R["of_body_heads"]:
        return 2  # "the Kelby Coordination of Contract Teachers": a body named for what it does for its members
    if nxt.text == "of" and i == j and toks[j].text in R["of_place_heads"]:
        return 2  # "the Horn of Africa", "the Gulf of Aden Institute": a part of the land or the sea and its place
    if nxt.text == "of" and j > i and toks[j - 1].text in R["peer_titles"] and _one_word_closes(ctx, j + 2):
        return 2  # "Lord Ferris of Tarnby", "Baroness Doe of Kelby": a peer's title names a place
    if nxt.text == "for" and toks[j].text.endswith("s") and (_demonym(toks[j].text) or (
            i == j and toks[j].text in R["place_members_plurals"]
            and (_name_ends_at(ctx, j + 2) is not None or not _place_like(toks[j + 2].text)))):
        return 2  # "Americans for Prosperity", "Young Americans for Freedom", "Canadians for Tax Fairness";
        # "Citizens for Kelby", "Residents for Tarn Valley": the people of a place for it, closing the name (not
        # "Growers for Florida citrus", "Farmers for Kenya's tea estates"); or for a cause ("Citizens for Tax
        # Justice advocates ...")
    if nxt.text == "and":
        if j > i and toks[j].text.rstrip(".") in R["legal_forms"]:
            return 0  # "Doe & Company, Inc. and Roe International": a legal form closes a company's name
        if listed := _listed_places_and(ctx, i, j):
            return listed  # "the Kelby, Tarn and Little Vell Democratic Alliance": a party named for its places
        return 2 if _area_closes(ctx, i, j) or _two_places_close(ctx, i, j) or _office_fields_and(ctx, i, j) \
            else _and_join(ctx, i, j)
    return 0


def _particle_after_ampersand(ctx: _Ctx, j: int) -> int:
    """How many tokens "&" after ``toks[j]``, one or two lower-case particles and the capitalised surname after them
    add to the run (one sentence, single spaces), else 0."""
    toks, text, particles = ctx.toks, ctx.text, _rules()["name_particles"]
    k = j + 2
    while k < len(toks) and k < j + 4 and toks[k].text.islower() and toks[k].text in particles:
        k += 1
    if k == j + 2 or k >= len(toks) or not toks[k].cap or toks[k].sid != toks[j].sid \
            or any(text[toks[m].end:toks[m + 1].start] != " " for m in range(j, k)):
        return 0
    return k - j


def _two_people_joined(ctx: _Ctx, i: int, j: int) -> bool:
    """The run ``toks[i..j]`` is a listed given name and one surname, and "&" joins another such pair that closes the
    run ("Jo Doe & Ann Roe"; not "Ben & Jerry's", "Doe & Roe Solicitors", "Jo Doe & Sons Ltd")."""
    toks, given, org = ctx.toks, _rules()["given_names"], _rules()["org_words"]
    k = j + 3
    return j == i + 1 and k < len(toks) and toks[i].text.lower() in given and toks[j + 2].text.lower() in given \
        and toks[k].cap and toks[k].sid == toks[j].sid and not toks[k].poss \
        and (k + 1 >= len(toks) or not toks[k + 1].cap or toks[k + 1].sid != toks[k].sid) \
        and toks[j].text.lower() not in org and toks[k].text.lower() not in org


def _region_body_after_of(ctx: _Ctx, j: int) -> int:
    """How many tokens "of" and the capitalised words after it (one sentence, single spaces, a plural possessive
    inside) add to a region's land form (``toks[j]``: "Lakes", "Isles") when they go on past the region's one
    word to a body's word ("Killarney Hoteliers' Federation", "Kelby Wildlife Trust"); else 0."""
    toks, text, R = ctx.toks, ctx.text, _rules()
    k = j + 2
    while k + 1 < len(toks) and k < j + 7 and toks[k + 1].sid == toks[k].sid and toks[k + 1].cap \
            and text[toks[k].end:toks[k + 1].start] in (" ", "’ ", "' "):
        k += 1
    return k - j if k > j + 2 and toks[k].text.lower() in R["org_suffixes"] else 0


def _town_after_of(ctx: _Ctx, j: int) -> bool:
    """The word after "of" (``toks[j + 2]``) is a town of the world gazetteer and no country, closing the run."""
    toks = ctx.toks
    if j + 2 >= len(toks):
        return False
    word = toks[j + 2].text
    closes = j + 3 >= len(toks) or not toks[j + 3].cap or toks[j + 3].sid != toks[j + 2].sid \
        or _state_after(ctx.text, toks[j + 2].end)  # ("... Corp. of Davenport, Iowa": the town, its state)
    return closes and word in _world_places() and word not in _world_countries()


def _seat_after_of(ctx: _Ctx, j: int) -> bool:
    """After "of" (``toks[j + 1]``), a town of the gazetteer, or one word shaped as a place, closing the run."""
    toks = ctx.toks
    if _town_after_of(ctx, j):
        return True
    closes = j + 3 >= len(toks) or not toks[j + 3].cap or toks[j + 3].sid != toks[j + 2].sid
    return j + 2 < len(toks) and closes and toks[j + 2].sid == toks[j].sid and _place_like(toks[j + 2].text) \
        and toks[j + 2].text not in _world_countries()


def _company_of_its_place(ctx: _Ctx, i: int, j: int) -> bool:
    """After "of" at ``toks[j + 1]``, one word shaped as a place, then a legal form (after a comma or not) that
    closes the name: "Hallett Poultry of Sussex, Inc.", "Kelby Mills of Tarn Ltd" (not after a title or a given
    name: "Jo Doe of Acme, Inc.", "Chairman of Acme, Inc.": a person of the company)."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    k = j + 2
    if k >= len(toks) or not _place_like(toks[k].text) or text[toks[j].end:toks[k].start] != " of " \
            or any(_title_word(t.text) or t.text.lower() in R["given_names"] for t in toks[i:j + 1]) \
            or all(_common_word(t.text) or _plural_of_members(ctx, t.text) for t in toks[i:j + 1]):
        return False  # (nor after common words: "Shares of Acme Inc. fell", "Holders of Acme Inc sold")
    return _comma_legal_form_after(ctx, i, k) or (k + 1 < len(toks) and text[toks[k].end:toks[k + 1].start] == " "
                                                   and toks[k + 1].text.rstrip(".") in R["legal_forms"])


def _members_of_the_body(ctx: _Ctx, i: int, j: int) -> int:
    """How many tokens "of the" and a body's words add after a plural of members that ends a name of two words or
    more (``toks[i..j]``: "Catfish Farmers"): capitalised words, single spaces, one sentence, at most four, the last
    a members' body's word ("the Catfish Farmers of the Mid-Delta Association"); else 0 (not "Members of the
    Kelby Association": people of a body (``membership_plurals``), nor "Kelby Farmers of the Tarn Valley": a place,
    nor a person's name after a title or with a given name: "Dr Sam Peters of the Kelby Cancer Society")."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    if j == i or j + 3 >= len(toks) or toks[j + 2].text != "the" or toks[j].poss \
            or not _members_plural(ctx, toks[j].text, True) or text[toks[j].end:toks[j + 3].start] != " of the " \
            or toks[j].text in R["membership_plurals"] or _title_before(text, toks[i].start, R["honorifics"]) \
            or any(t.text.lower() in R["given_names"] or _title_word(t.text) for t in toks[i:j + 1]):
        return 0  # (not "Rep. Denise Waters of the ... Committee", "Dr Sam Peters of the ... Society": a person, a
        # surname in the plural's shape; nor "Honorary Members of the ... Society": people of a body)
    for k in range(j + 3, min(len(toks), j + 7)):
        t = toks[k]
        if not t.cap or t.sid != toks[j].sid or (k > j + 3 and text[toks[k - 1].end:t.start] != " ") \
                or t.text.lower() in R["given_names"]:
            return 0
        if t.text in R["members_body_words"] and t.text != "League":  # (a league is a sport's as often: "the
            # Abilene Prospectors of the Texas League", a team)
            return k - j
        if t.poss:
            return 0
    return 0


def _friends_second_object(ctx: _Ctx, i: int, j: int) -> int:
    """How many tokens "and", perhaps "the", and a capitalised run (with "of" and a capitalised word inside it) add to
    a body of supporters opened by "Friends of" (``supporters_body_openers``): the second place or thing it is the
    friend of ("Friends of the Kelby Dock and Old Custom House", "Friends of Kelby Dale and the Wye", "Friends of Loch
    Kelby and the Lynn of Tarn"); 0 when the run after "and" closes with a body's word or a legal form, or the body
    is a known one ("Friends of the Earth and Greenpeace": two bodies)."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    if toks[i].text not in R["supporters_body_openers"] or j == i or toks[i + 1].text != "of" \
            or text[toks[i].start:toks[j].end] in R["known_organisations"]:
        return 0
    k = j + 3 if j + 2 < len(toks) and toks[j + 2].text == "the" else j + 2
    end = None
    while k < len(toks) and toks[k].sid == toks[j].sid and (toks[k].cap and not _dropped_in(ctx, toks[k])):
        end = k
        k += 2 if k + 2 < len(toks) and toks[k + 1].text == "of" and toks[k + 2].cap else 1
        end = k - 1 if toks[k - 1].cap else end
    after = toks[end + 1] if end is not None and end + 1 < len(toks) else None
    if end is None or toks[end].text.lower().rstrip(".") in R["org_suffixes"] \
            or toks[end].text.rstrip(".") in R["legal_forms"] or toks[end].poss \
            or after is not None and after.text in _ORG_JOINERS and after.sid == toks[end].sid \
            or any(_members_word(ctx, x) for x in range(j + 2, end + 1)) \
            or toks[j + 2].text.lower() in R["given_names"]:
        return 0  # (nor a body named for a cause after "and": "Friends of the Earth and Kelby Citizens for ..."; nor a
        # person: "a spokesman for the Friends of Kelby and Tom Reed said")
    return end - j


def _members_area_after_and(ctx: _Ctx, i: int, j: int) -> int:
    """How many tokens "and the", then an area's name, add to a members' body named for a place: a members' body's
    word (``members_body_words``; or "Friends" opening it, ``supporters_body_openers``), "of" and one or two words
    shaped as a place just before "and", then "the", one or two capitalised words and a land's or a region's word
    closing them (``place_suffixes``, ``area_closers``,
    ``region_words``), or an island's word alone (``land_words_alone``): "the Association of Gold Miners of Kelby and
    the Tarn Valley", "the Union of Cocoa Growers of Tarno and the Kelby Region", "the Federation of Fishers of Kelby
    and the Islands".  0 when the area's name goes on (another capitalised word, a possessive: "... and the
    Tarn Valley Authority", "... and the Kelby Region's governor")."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    if j + 4 >= len(toks) or toks[j + 2].text != "the":
        return 0
    p = next((x for x in range(j - 1, i, -1) if toks[x].text == "of"), None)
    if p is None or j - p > 2 or not (any(t.text in R["members_body_words"] for t in toks[i:p])
                                      or p == i + 1 and toks[i].text in R["supporters_body_openers"]) \
            or not all(_place_like(t.text) for t in toks[p + 1:j]) \
            or not (_place_like(toks[j].text) or j > p + 1 and _area_closer(toks[j].text)):  # ("of Park Point and")
        return 0
    k = next((x for x in range(j + 3, min(j + 6, len(toks))) if _area_closer(toks[x].text)), None)
    while k is not None and k + 1 < len(toks) and _area_closer(toks[k + 1].text) and toks[k + 1].sid == toks[k].sid \
            and text[toks[k].end:toks[k + 1].start] == " ":
        k += 1  # ("... and the St. Louis River Estuary": a land's words closing it one after the other)
    if k is None or (k == j + 3 and toks[k].text not in R["land_words_alone"]) or toks[k].poss or not all(
            t.cap and t.sid == toks[j].sid and not t.poss for t in toks[j + 3:k + 1]) \
            or any(text[toks[x].end:toks[x + 1].start] != " " for x in range(j, k)):
        return 0
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and nxt.cap and nxt.sid == toks[k].sid and text[toks[k].end:nxt.start] == " ":
        return 0
    return k - j


def _area_closer(word: str) -> bool:
    """A land's or a region's word that closes an area's name ("Valley", "Estuary", "Region")."""
    R = _rules()
    return word in R["place_suffixes"] or word in R["area_closer_words"] or word in R["region_words"]


def _causes_listed(ctx: _Ctx, i: int, j: int) -> int:
    """How many tokens a list of causes after a comma adds to a body named "for" a cause: a body's word, "for" and a
    capitalised common noun just before the comma (``toks[j]``), then more such nouns, a comma between them and
    "and" or "&" before the last, closing the run ("the Kelby Victims' Forum for Relief, Rehabilitation and Justice",
    "the Kelby Alliance for Land, Water & Culture",
    "the Tarn Society for Relief, Rehabilitation and Development"); 0 otherwise (not "the Society for Relief, Jo Doe
    said": no "and" closing a list of nouns)."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    f = next((x for x in range(j - 1, i, -1) if toks[x].text == "for"), None)
    if f is None or f != j - 1 or not any(t.text.lower() in R["org_suffixes"] or t.text in R["members_body_words"]
                                          for t in toks[i:f]) \
            or not _common_noun(ctx, toks[j].text):
        return 0
    k = j + 1
    for _ in range(5):
        if k >= len(toks) or toks[k].sid != toks[j].sid or not toks[k].cap or not _common_noun(ctx, toks[k].text):
            return 0
        gap = text[toks[k].end:toks[k + 1].start] if k + 1 < len(toks) else ""
        if gap == ", ":
            k += 1
            continue
        if gap == " " and toks[k + 1].text in ("and", "&") and k + 2 < len(toks) and toks[k + 2].cap \
                and _cause_word(ctx, toks[k + 2].text) and text[toks[k + 1].end:toks[k + 2].start] == " ":
            last = k + 2
            after = toks[last + 1] if last + 1 < len(toks) else None
            closed = after is None or after.sid != toks[last].sid or not after.cap \
                or text[toks[last].end:after.start] != " "
            return last - j if closed else 0
        return 0
    return 0


def _cause_word(ctx: _Ctx, w: str) -> bool:
    """The last cause of a list: a capitalised common noun, or a word of no given name, listed place nor capitals
    ("Justice", a title's word too and a town of the gazetteer)."""
    R = _rules()
    return _common_noun(ctx, w) or not (w.isupper() or w.lower() in R["given_names"] or w in R["places"])


def _members_second_place(ctx: _Ctx, i: int, j: int) -> bool:
    """A members' body named for a place (a members' body's word, "of" and one word shaped as a place just before
    "and"), then "and" and one more word shaped as a place that closes the run (a stop, a comma or a verb after
    it, no possessive): the body's second place ("the Federation of Salt Producers of Kutch and Tarnagar", "the
    Crofters' Association of Uig and Bernera"), though either place stands alone in the story, as places do.  Not a
    given name, a nationality, a known body or a word in capitals after "and" ("the Union of Kelby and Jo Doe")."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    k = j + 2
    if k >= len(toks) or j - 1 <= i or toks[j - 1].text != "of" or toks[k].sid != toks[j].sid or toks[k].poss \
            or not any(t.text in R["members_body_words"] for t in toks[i:j - 1]) \
            or not all(_place_like(t.text) and not _demonym(t.text) for t in (toks[j], toks[k])) \
            or toks[k].text.isupper() or toks[k].text.lower() in R["given_names"] or toks[k].text in R["news_names"] \
            or text[toks[j].end:toks[k].start] != " and ":
        return False
    return _SECOND_PLACE_CLOSES.match(text, toks[k].end) is not None


# Plurals of an area's word that close two places' names joined by "and" ("Kelby and Tarn Counties").
_AREA_PLURALS = frozenset(("Counties", "Districts", "Parishes", "Provinces", "Regions", "Boroughs", "Townships",
                           "Valleys", "Islands", "Shires", "Cantons", "Municipalities"))


def _places_of_one_kind(ctx: _Ctx, i: int, j: int) -> bool:
    """A body's name with "of" and one word shaped as a place just before "and" (``toks[j]``), then one more such word
    and an area's plural closing the run: the body's two areas ("Citizens for Clean Air and Water of Kelby and Tarn
    Counties"; counties are named for people too: "Nelson and Washington Counties").  The run before "of" has an
    organisation's word or "for"; no nationality or capitals."""
    toks, text = ctx.toks, ctx.text
    k = j + 2
    if k + 1 >= len(toks) or j - 1 <= i or toks[j - 1].text != "of" or toks[k + 1].text not in _AREA_PLURALS \
            or toks[k + 1].sid != toks[j].sid or text[toks[j].end:toks[k + 1].start] != f" and {toks[k].text} " \
            or not (_orgish(toks[i:j - 1]) or any(t.text == "for" for t in toks[i:j - 1])):
        return False
    return all(_NAME_WORD.fullmatch(t.text) and not _common_word(t.text) and not _demonym(t.text)
               and not t.text.isupper() and t.text.lower() not in _rules()["org_words"] for t in (toks[j], toks[k])) \
        and (k + 2 >= len(toks) or toks[k + 2].sid != toks[k].sid or not toks[k + 2].cap)


# What may follow a members' body's second place: a stop, a comma, a bracket's end, or its verb ("..., which",
# "... has written"); not a noun the place modifies ("... and Delhi police officers": the police of Delhi).
_SECOND_PLACE_CLOSES = re.compile(r"\s*(?:[,.;:)!?]|$|(?:has|have|had|is|are|was|were|said|says|will|would|wants|"
                                  r"wanted|called|calls|claims|represents|organised|organized)\b)")


def _polynesian_of(ctx: _Ctx, i: int, j: int) -> int:
    """How many tokens the Polynesian "o" ("of") after ``toks[j]`` and the words after it add to a name that a
    Polynesian article opens (``polynesian_name_articles``: "Te Rōpū o te Kelba", "Te Rūnanga o Tarno"): the "o",
    one of those articles in lower case if any, and a capitalised word of the same sentence, single spaces between;
    0 when none."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    if toks[i].text not in R["polynesian_name_articles"] or j == i:
        return 0
    k = j + 2
    if k < len(toks) and toks[k].text.capitalize() in R["polynesian_name_articles"] and not toks[k].cap:
        k += 1
    if k >= len(toks) or not toks[k].cap or toks[k].sid != toks[j].sid \
            or any(text[toks[x].end:toks[x + 1].start] != " " for x in range(j, k)):
        return 0
    return k - j


def _office_fields_and(ctx: _Ctx, i: int, j: int) -> bool:
    """One field after an office's title and "of" (``toks[i]``, i == j: "Minister of Energy"), then "and", a second
    field and at least two more capitalised words: the office's two fields before its holder's name ("Minister of
    Energy and Mines Jo Kelbo Tarn said"), one run that the title before it splits (not "the Minister of Energy and
    Mines said": the office alone).  A field is a common noun: no place after "of", and no nationality, place or
    title in the run after "and" (a second office-holder: "the Mayor of Kelby and Tarn County Mayor Jo Doe", "the
    President of Kelbia and Tarnish President Jo Doe", "the Secretary of State and Defence Secretary Jo Doe")."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    if i != j or i < 2 or toks[i - 1].text != "of" or toks[i - 2].text.lower() not in R["honorifics"] \
            or j + 4 >= len(toks) or toks[i].text in R["places"]:
        return False
    nxt = toks[j + 2:j + 5]
    if not (all(x.cap and x.sid == toks[j].sid for x in nxt) and not _dropped_in(ctx, nxt[0])
            and all(text[toks[m].end:toks[m + 1].start] == " " for m in range(j, j + 4))):
        return False
    return not (_demonym(nxt[0].text) or _place_run_at(ctx, j + 2)
                or any(_title_word(x.text) for x in _cap_run(ctx, j + 2)))


def _cap_run(ctx: _Ctx, k: int) -> list:
    """The capitalised tokens from ``toks[k]`` on, one sentence, single spaces."""
    toks, text, e = ctx.toks, ctx.text, k
    while e + 1 < len(toks) and toks[e + 1].cap and toks[e + 1].sid == toks[k].sid \
            and text[toks[e].end:toks[e + 1].start] == " ":
        e += 1
    return toks[k:e + 1]


def _place_run_at(ctx: _Ctx, k: int) -> bool:
    """The capitalised words from ``toks[k]`` (one sentence, single spaces) name a place: a place's first word
    ("Cape Cod", "Lake Tarn"), a place's last word ("Long Island", "Fifth Avenue") or a listed place alone."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    e = k
    while e + 1 < len(toks) and e - k < 3 and toks[e + 1].cap and toks[e + 1].sid == toks[k].sid \
            and text[toks[e].end:toks[e + 1].start] == " ":
        e += 1
    first, last = toks[k].text, toks[e].text
    return first in R["place_prefixes"] or (e > k and last in R["place_suffixes"]) or (e == k and first in R["places"])


def _for_a_cause(ctx: _Ctx, i: int, j: int) -> bool:
    """A body named for its members (a plural of common noun or of nationality) "for a" or "for an" and a cause in
    capitalised words (or a party's members): "Conservatives for a Fair Deal", "Taxpayers for an Honest Budget", "Parents for a Safer
    Kelby" (one sentence, single spaces; not "Democrats for a day": a lower-case word after the article); or a body's
    own head word ("the Kelby Coalition for a Green Future", "the Council for a Fair Tarnland", "the Liaison Office for a
    Free Tarnland")."""
    toks, text = ctx.toks, ctx.text
    w, art, cause = toks[j].text, toks[j + 2], toks[j + 3]
    return cause.cap and cause.sid == toks[j].sid and not _dropped_in(ctx, cause) and not toks[j].poss \
        and text[toks[j].end:cause.start] == f" for {art.text} " \
        and (_members_plural(ctx, w, j > i) or (w.endswith("s") and (_demonym(w) or w[:-1] in _rules()["party_words"]))
             or (w in _rules()["cause_body_heads"] and _orgish(toks[i:j + 1])))


def _cause_end(ctx: _Ctx, k: int) -> int:
    """The token where a cause's words after "for a" end for the join from ``toks[k]``, its first word: across "and"
    only between two of its first words, both before its noun ("... for a Fair and Open Kelbia"), not after its noun
    ("the Campaign for a Fair Deal and Unison": a second body); one sentence, single spaces."""
    toks, text = ctx.toks, ctx.text
    if k + 3 < len(toks) and toks[k + 1].text == "and" \
            and all(t.cap and t.sid == toks[k].sid for t in toks[k + 2:k + 4]) and not _dropped_in(ctx, toks[k + 2]) \
            and text[toks[k].end:toks[k + 3].start] == f" and {toks[k + 2].text} ":
        return k + 2
    return k


def _body_named_for(ctx: _Ctx, j: int) -> int:
    """How many tokens "for" and the capitalised words after it (one sentence, single spaces, "and" or "&" between)
    add to one capitalised word ``toks[j]`` when the whole names a body: a candidate's campaign committee (a word of
    ``campaign_offices``, then "Committee" or "Campaign": "the Doe for Senate Committee"), or a phrase the article
    calls a group, before or after it ("Democracy for Kelby, an advocacy group", "the group Bikers for Doe",
    "calling themselves Parents for Tarn Schools"); the longest such phrase.  A phrase that opens every sentence it
    stands in needs a word before "for" that is no common word, or common words only after it ("Support for Kelby,
    a charity" stays as it is; "Solidarity for Economic Justice, a civic group" joins); the word before "for" must
    stand nowhere else without it ("Jo Doe ... thanks to Doe for Kelby Aid, a charity")."""
    toks, text, R = ctx.toks, ctx.text, _rules()
    ends, k = [], j + 2
    while k < len(toks) and k <= j + 8 and toks[k].sid == toks[j].sid and text[toks[k - 1].end:toks[k].start] == " ":
        if toks[k].cap and not _dropped_in(ctx, toks[k]):
            ends.append(k)
        elif toks[k].text not in ("and", "&") or not ends or ends[-1] != k - 1:
            break
        if toks[k].poss:
            break
        k += 1
    if ends and toks[j + 2].text in R["campaign_offices"] and toks[ends[-1]].text in ("Committee", "Campaign"):
        # (a candidate's name before "for", no common word opening a sentence: "Calls for Senate Committee hearings")
        opens = _SENTENCE_OPENS_BEFORE.search(text, max(0, toks[j].start - 4), toks[j].start)
        return 0 if opens and _common_word(toks[j].text) else ends[-1] - j
    if not ends or _stands_without_for(text, toks[j].text) or _for_of_the_verb(ctx, j):
        return 0  # ("thanks to Doe for Kelby Aid, a charity": the word stands alone elsewhere, a name of its own)
    for e in reversed(ends):
        phrase = text[toks[j].start:toks[e].end]
        if _called_a_group(text, phrase) and _for_phrase_cased(ctx, j, e, phrase):
            return e - j
    return 0


def _for_of_the_verb(ctx: _Ctx, j: int) -> bool:
    """Whether the "for" after ``toks[j]`` is the clause's: a known place or body, or a word after a verb that takes
    "for" (``for_taking_verbs``: "left Kelby for Tarn Aid, a charity", "will lobby Kelby for Tarn Relief", "applied to
    Kelby for ...") or after "from", "at" or "on" ("moved from Kelby for Tarn Media, a news group", "pressure on
    Kelby for ...").  The group's noun after the phrase then names the words after "for" only."""
    toks, R = ctx.toks, _rules()
    if toks[j].text in R["places"] or toks[j].text in R["known_organisations"]:
        return True
    before = [t.text.lower() for t in toks[max(0, j - 2):j] if t.sid == toks[j].sid]
    verbs = R["for_taking_verbs"]
    return bool(before) and (before[-1] in verbs or before[-1] in ("from", "at", "on")
                             or (before[-1] == "to" and len(before) == 2 and before[0] in verbs))


def _occurrences(text: str, phrase: str):
    """The offsets where ``phrase`` stands as whole words in ``text`` (no letter or digit either side)."""
    k = text.find(phrase)
    while k >= 0:
        end = k + len(phrase)
        if not text[k - 1:k].isalnum() and not text[end:end + 1].isalnum():
            yield k
        k = text.find(phrase, end)


def _stands_without_for(text: str, word: str) -> bool:
    """Whether ``word`` stands somewhere in ``text`` as a whole word not followed by " for "."""
    return any(not text.startswith(" for ", k + len(word)) for k in _occurrences(text, word))


def _called_a_group(text: str, phrase: str) -> bool:
    """Whether the article calls ``phrase`` a group: a group's noun (``group_nouns``) closing a noun phrase after
    "a", "an" or "the" and up to three words after it (not "a campaign theme", "a group said"), an abbreviation
    after "or", or a group's noun or "calling themselves" before it."""
    before, after = _rules()["called_a_group"]
    return any(after.match(text, k + len(phrase)) or before.search(text, max(0, k - 40), k)
               or (place := _PLACE_WORDS_BEFORE.search(text, max(0, k - 40), k))
               and before.search(text, max(0, place.start() - 40), place.start())
               for k in _occurrences(text, phrase))


# one or two capitalised words ending the text before a phrase, a place's ("a group calling itself Kelby | Neighbors
# for Clean Water"): _called_a_group
_PLACE_WORDS_BEFORE = re.compile(r"(?<= )(?:[A-Z][\w’'-]* ){1,2}$")


def _for_phrase_cased(ctx: _Ctx, j: int, e: int, phrase: str) -> bool:
    """The capital of ``toks[j]`` is a name's: the phrase stands once inside a sentence, the word is no common word,
    or the words after "for" are all common words (or titles) written with capitals (a cause: "Economic Justice and
    Renewal")."""
    text = ctx.text
    if any(not _SENTENCE_OPENS_BEFORE.search(text, max(0, k - 4), k) for k in _occurrences(text, phrase)):
        return True
    if not _common_word(ctx.toks[j].text):
        return True
    hon = _rules()["honorifics"]  # ("Justice", a title too, is no word of the learned list)
    return all(t.text in ("and", "&") or _common_word(t.text) or t.text.lower() in hon for t in ctx.toks[j + 2:e + 1])


def _fund_plan(words) -> bool:
    """A plan named by a word of ``fund_plan_words`` before "Plan": a pension fund, an investor ("Kelby Teachers'
    Pension Plan", "Tarn Retirement Plan"), no plan as "the Marshall Plan" is."""
    return len(words) >= 2 and words[-1] == "Plan" and words[-2].lower() in _rules()["fund_plan_words"]


def _one_word_closes(ctx: _Ctx, k: int) -> bool:
    """``toks[k]`` ends its run: no possessive, no capitalised word after it in the same sentence."""
    toks, text = ctx.toks, ctx.text
    t = toks[k]
    return not t.poss and not (k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].sid == t.sid
                               and text[t.end:toks[k + 1].start] == " ")


def _noun_follows(ctx: _Ctx, e: int) -> bool:
    """A word in lower case right after ``toks[e]`` (a single space, one sentence) that is no function word, no verb
    of saying or finding and no verb's past form ("won", "cut"): a noun the words before describe ("the Zelensky government", "Kherson
    region", "Party candidates", "Florida citrus"), not the verb of a body's name ("... of the Philippines said")."""
    toks, text = ctx.toks, ctx.text
    if e + 1 >= len(toks) or toks[e + 1].sid != toks[e].sid or text[toks[e].end:toks[e + 1].start] != " ":
        return False
    w = toks[e + 1].text
    return w.isalpha() and w.islower() and w not in _rules()["stopwords"] and w not in _REPORTING \
        and not w.endswith("ed") and w not in _irregular_past()


def _name_ends_at(ctx: _Ctx, k: int) -> int | None:
    """The last of the capitalised words from ``toks[k]`` (single spaces, one sentence; "of", "and" or "&" between
    two of them) when they close a name: no possessive at the end and no lower-case noun after them (:func:`_noun_follows`);
    else None ("of the Philippines said", "for Kelby and Tarnia won"; not "of the Kherson region", "for Kenya's
    tea estates", "for Hackney Council homes")."""
    toks, text = ctx.toks, ctx.text
    e = k

    def joined(a: int, b: int) -> bool:
        return b < len(toks) and toks[b].sid == toks[k].sid \
            and text[toks[a].end:toks[b].start] in ((" ", "'s ", "’s ", "' ", "’ ") if toks[a].poss else (" ",))

    while True:
        if joined(e, e + 1) and toks[e + 1].cap:
            e += 1  # (a possessive inside too: "the People's Republic")
        elif not toks[e].poss and joined(e, e + 1) and toks[e + 1].text in ("of", "and", "&") \
                and joined(e + 1, e + 2) and toks[e + 2].cap:
            e += 2
        else:
            break
    return None if toks[e].poss or _noun_follows(ctx, e) else e


def _two_places_close(ctx: _Ctx, i: int, j: int) -> bool:
    """A body's name (a word before its "of") closed by two places joined by "and", the second ending the name:
    "Law Society of England and Wales", "Cheese Makers of Britain and Ireland" (not "the Bank of England and
    France's central bank": a possessive; nor a capitalised word going on after the second place).  After the people
    of a place and "for" (``place_members_plurals``), two words shaped as places the gazetteer may lack: "Citizens for
    Kelby and Tarnia", a civic movement."""
    R, toks = _rules(), ctx.toks
    if j < i + 2 or toks[j - 1].text not in ("of", "for"):
        return False
    if toks[j - 1].text == "for":
        if j != i + 2 or toks[i].text not in R["place_members_plurals"] \
                or not (_place_like(toks[j].text) and _place_like(toks[j + 2].text)):
            return False
    elif toks[j].text not in R["places"] or toks[j + 2].text not in R["places"]:
        return False
    return _one_word_closes(ctx, j + 2) and not (toks[j - 1].text == "for" and _noun_follows(ctx, j + 2))


def _area_closes(ctx: _Ctx, i: int, j: int) -> bool:
    """ "and Area", "and District" after a run with "of" a place in it, closing the body's name: "Concerned Residents
    of Oakvale and Area" (the closing word last: not "Friends of Halby and District Council", see ``area_closer``)."""
    return any(t.text == "of" for t in ctx.toks[i + 1:j]) \
        and _rules()["area_closer"].match(ctx.text, ctx.toks[j].end) is not None


def _orgish(run: list) -> bool:
    """An organisation word or known body in a run with no given name after it: "of" and "for" go on inside its
    name ("Institute of ..."), not after a given name or a role word opening the sentence and a person ("Economist
    Jo Doe of Acme": her employer)."""
    R = _rules()
    last = max((k for k, x in enumerate(run) if x.text.lower().rstrip(".") in R["org_words"]
                or x.text in R["known_organisations"]), default=None)
    if last == 0 and len(run) > 1 and run[0].initial and run[0].text.lower() in R["person_roles"]:
        return False  # a role word opening the sentence before a name ("Economist Jo Doe-Vell of ...")
    return last is not None and not any(x.text.lower() in R["given_names"] for x in run[last + 1:])


_LEGISLATURES = frozenset(("Parliament", "Congress", "Senate", "Assembly"))
_MEMBER_OF_BEFORE = re.compile(r"\bMember of $")
# "a member of the" before a house's name ("a member of the National Assembly for Kelby North": the member's seat
# after "for", no part of the house's name)
_MEMBER_OF_THE_BEFORE = re.compile(r"\b[Mm]ember of the $")
# ("Custos Rotulorum for St Kelby": a Jamaican parish's Custos and the parish)
_MEMBER_OF_HOUSE_FOR_BEFORE = re.compile(r"\b(?:Member of (?:Parliament|Congress|the House of Assembly)|Custos(?: Rotulorum)?) for $")
_NAME_WORDS_AT = re.compile(r"[A-Z][\w’'.]*(?:-[A-Z][\w’'.]*)*(?: (?:and |& )?[A-Z][\w’'.]*(?:-[A-Z][\w’'.]*)*){0,4}")
_HYPHENED_PAIR = re.compile(r"[A-Z][a-z’']+-[A-Z][a-z’']+")
_SAINTS = frozenset(("St", "St.", "Saint", "Ste"))
_SEAT_AREA_WORDS = frozenset(("District", "Municipal", "Rural", "Urban", "Borough", "Constituency"))
_BODY_AFTER = r"(?= (?:party|members|leader|said|says|won|wins|announced|has)\b|’s|'s)"


def _member_seat_after_for(ctx: _Ctx, i: int, j: int) -> bool:
    """After "a member of the" and a house's name (``toks[i..j]``) and "for", the capitalised words name the
    member's seat ("a member of the National Assembly for Tarno", "a member of the Senate for Kelby City"): a place of
    the gazetteers or one the story puts something "in"; but after a house of two words or three not a place of the
    list of places (a country, a region: such a house "for" one bears its name, "the National Assembly for Wales");
    not a party's or a body's words ("the Congress for Democracy and Progress"), and the house's name with them
    written nowhere without "member of the" before it."""
    R, toks, text, k = _rules(), ctx.toks, ctx.text, j + 2
    if not _MEMBER_OF_THE_BEFORE.search(text, max(0, toks[i].start - 20), toks[i].start) or k >= len(toks) \
            or not toks[k].cap or toks[k].sid != toks[j].sid or text[toks[j].end:toks[k].start] != " for ":
        return False
    e = k
    while e + 1 < len(toks) and e - k < 2 and toks[e + 1].cap and toks[e + 1].sid == toks[k].sid \
            and text[toks[e].end:toks[e + 1].start] == " ":
        e += 1
    seat = text[toks[k].start:toks[e].end]
    if (seat in R["places"] and i < j) or not (seat in R["places"] or seat in _world_places()
                                               or re.search(r"\bin " + re.escape(seat) + r"\b", text)):
        return False
    whole = text[toks[i].start:toks[e].end]
    return all(_MEMBER_OF_THE_BEFORE.search(text, max(0, m.start() - 20), m.start())
               for m in re.finditer(r"(?<!\w)" + re.escape(whole) + r"(?!\w)", text))


def _seat_after_for(text: str, pos: int) -> bool:
    """Whether the capitalised words at ``pos`` (after "Member of Parliament for") name a seat: a place cue (a known
    place not in capitals, "UK" of "Reform Kelby UK" being a party's, a compass or seat word, "St"/"Saint", a region or town word, a hyphened pair, two names joined by "and"),
    and no sign of a party (all capitals, a party word at the end, the name used as a body elsewhere)."""
    m = _NAME_WORDS_AT.match(text, pos)
    if m is None:
        return False
    R, words = _rules(), [w for w in m.group().split() if w not in ("and", "&")]
    if all(w.replace("-", "").isupper() for w in words) or words[-1] in R["member_parties"] \
            or words[-1] in R["party_words"] or _body_elsewhere(text, m.group(), pos):
        return False
    return words[0] in _SAINTS or any(
        (w in R["places"] and not w.isupper()) or w in _SEAT_ENDS or w.rstrip(".") in R["town_name_suffixes"] or w in R["place_suffixes"]
        or w in R["place_region_words"] or w in _SEAT_AREA_WORDS or any(p in _COMPASS_REGIONS for p in w.split("-"))
        for w in words) or bool(_HYPHENED_PAIR.fullmatch(words[0])) or (len(words) == 2 and " and " in m.group())


def _body_elsewhere(text: str, name: str, pos: int) -> bool:
    """Whether ``name`` is used elsewhere in the text as a body: "the <name> party", "<name> said", "<name>'s"."""
    return any(m.start() != pos for m in re.finditer(r"\b%s\b%s" % (re.escape(name), _BODY_AFTER), text))


# Two or three initials written together ("K.N.", "M.S.", "D.V."): a South Asian way to open a name.
_STACKED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")




def _function_word_surname(ctx: _Ctx, i: int, j: int) -> bool:
    """A capitalised verb or adverb of the function words ("Were", "Still", "Then", "Will") inside a sentence of the
    body, after a given name (not the sentence's first word) or it and one name word more (or a title and them),
    closing the name before a lower-case word or a stop: "Mrs Grace Wanjiru Were told", "the columnist Gail Will
    wrote"; prose capitalises such a word only as a surname."""
    toks, R = ctx.toks, _rules()
    nxt = toks[j + 1]
    lw = nxt.text.lower()
    if nxt.initial or not nxt.text[1:].islower() or lw not in R["function_words"] or lw in R["name_grammar_words"] \
            or len(lw) < 3 or nxt.poss:
        return False
    if toks[i].text.lower().rstrip(".") in R["honorifics"]:
        i += 1  # "Mrs Grace Wanjiru Were"
    if toks[i].text.lower() not in R["given_names"] or j == i and (i == 0 or toks[i - 1].sid != toks[i].sid):
        return False  # (a given name alone before it opens no sentence: "the columnist Gail Will wrote")
    if j + 2 < len(toks) and toks[j + 2].sid == nxt.sid and toks[j + 2].cap \
            and ctx.text[nxt.end:toks[j + 2].start] == " ":
        return False  # more capitalised words: a title of a work ("Jane Doe Was Here Again")
    return not _within(ctx.head_spans, nxt.start, nxt.start) and not _within(ctx.shouted, nxt.start, nxt.start)


def _a_inside_a_surname(ctx: _Ctx, i: int, j: int) -> bool:
    """A capital "A" between the parts of a surname after a given name (listed, or no common word; no body's word
    nor place among the words before) or a title, inside a sentence of the body, the last part no common word and closing the name before a lower-case word, a comma or a stop: Surinamese
    and Chinese-Caribbean family names ("Jo Fung A Kelb said", "Mr Ana Lie A Tarn,"); not "Class A Shares", "Plan A
    Team", "Jo Doe Won A Medal" (a headline), "Kelby A Tarn" (no given name)."""
    toks, R = ctx.toks, _rules()
    nxt = toks[j + 1]
    if j + 2 >= len(toks) or toks[j + 2].sid != nxt.sid or not toks[j + 2].cap or toks[j + 2].initial \
            or ctx.text[toks[j].end:toks[j + 2].start] != " A ":
        return False
    last = toks[j + 2]
    if i and toks[i - 1].sid == nxt.sid and toks[i - 1].text.lower() in R["slogan_verbs"]:
        return False  # a slogan after a verb of chanting or writing one ("chanted Jo Doe A Thief", "placards reading")
    titled = toks[i].text.lower().rstrip(".") in R["honorifics"] or toks[i].text.lower() in R["person_roles"]
    i += titled  # (a title or a role word first: "Mr Fung A Kelb", "Analyst Ana Lie A Tarn")
    if (j == i and not titled) or j < i or any(_no_name_part(toks[k].text, k == i) for k in range(i, j + 1)) \
            or not last.text[1:].islower() or last.text.lower() in R["common_words"] \
            or last.text.lower() in R["function_words"]:
        return False
    if j + 3 < len(toks) and toks[j + 3].sid == last.sid and toks[j + 3].cap \
            and ctx.text[last.end:toks[j + 3].start] == " ":
        return False  # more capitalised words: a title of a work ("Jo Doe Has A Dream Tonight")
    return not _within(ctx.head_spans, nxt.start, nxt.start) and not _within(ctx.shouted, nxt.start, nxt.start)


def _no_name_part(w: str, first: bool) -> bool:
    """A word before a surname's "A" that is no part of a person's name: a body's word or a place (or, first, a
    common word: "Class", "Plan"); a listed given name always is one."""
    R, lw = _rules(), w.lower()
    return lw not in R["given_names"] and (lw in R["org_words"] or w in R["places"] or first and lw in R["common_words"])


# Letters that only Vietnamese writes: the horned, breved and barred letters and the tone-marked vowels of the
# Latin Extended Additional block ("ư", "ơ", "ă", "đ", "ạ", "ế" ...).
_VIETNAMESE_LETTER = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")


def _vietnamese_syllable(ctx: _Ctx, j: int) -> bool:
    """A capitalised function word ("An", "Do", "To") after a word with a Vietnamese letter, before another
    capitalised word, single spaces, one sentence: a syllable of a Vietnamese name ("Thiên An Capital")."""
    toks, text = ctx.toks, ctx.text
    if j + 2 >= len(toks):
        return False
    t, nxt, w = toks[j], toks[j + 1], toks[j + 2]
    return nxt.text[1:].islower() and _dropped_in(ctx, nxt) and w.cap and w.sid == nxt.sid == t.sid \
        and text[t.end:nxt.start] == " " and text[nxt.end:w.start] == " " and not t.poss \
        and _VIETNAMESE_LETTER.search(t.text) is not None


def _apostrophe_inside_name(ctx: _Ctx, j: int) -> bool:
    """An apostrophe after a name word that ends in no "s" (so no plural's possessive) and opens no quotation,
    then a space and a capitalised name word of the same sentence: "Ochieng’ Barasa", "Ng’ang’ Kamau"."""
    toks, text = ctx.toks, ctx.text
    t, nxt = toks[j], toks[j + 1]
    if t.text.lower().endswith("s") or not t.text[1:].islower() or text[t.end + 1:nxt.start] != " " \
            or not nxt.cap or nxt.sid != t.sid or _dropped_in(ctx, nxt):
        return False
    before = text[max(0, t.start - 100):t.start].rsplit("\n", 1)[-1]
    return _OPENING_SINGLE_QUOTE.search(before) is None  # (not "‘ISIS Truther’ Donald Trump": a quotation closes)


def _glottal_word_before_particle(ctx: _Ctx, j: int) -> bool:
    """A word written with apostrophes for glottal stops, one inside it and one closing it ("K’iche’", "Q’anjob’al’"),
    then a Romance particle and a capitalised word of the same sentence, single spaces: the name goes on (not after
    an "s": a plural's possessive, "the O’Kelbys’ de Tarn years")."""
    toks, text = ctx.toks, ctx.text
    t, nxt = toks[j], toks[j + 1]
    return j + 2 < len(toks) and any(c in "’'" for c in t.text[1:-1]) and not t.text.endswith("s") \
        and text[t.end + 1:nxt.start] == " " \
        and nxt.text in _rules()["romance_particles"] and toks[j + 2].cap and toks[j + 2].sid == nxt.sid == t.sid \
        and text[nxt.end:toks[j + 2].start] == " "


# An opening single quotation mark: after a space, a bracket or a double quotation mark, before a letter.
_OPENING_SINGLE_QUOTE = re.compile(r"(?:^|[\s(\[“\"])['‘]\w")


def _initials_name(w: str) -> bool:
    """Stacked initials that may open a person's name: no place, common abbreviation or known body ("U.S.", "D.C.",
    "A.I.", "U.N."; a state's postal code written with full stops is a person's initials: "M.S. Jo Doe", "K.S. Roe",
    while the stylebook abbreviations with full stops, "N.J.", "S.C.", are in the place list)."""
    R, bare = _rules(), w.replace(".", "")
    return not (bare in R["places"] or w in R["places"] or bare in R["acronyms"] or w.rstrip(".") in R["acronyms"]
                or bare in R["known_organisations"] or w in R["known_organisations"])


def _after_initials(ctx: _Ctx, j: int) -> bool:
    """Whether the capitalised word after the stacked initials ``toks[j]`` goes on with them: the initials are no
    place or common abbreviation ("U.S.", "A.I."), the word is no common word unless it ends a street's or a place's
    name ("K.R. Road"), and the initials are not the last word of the sentence before a new one ("in the U.K. Prices
    rose")."""
    R, toks = _rules(), ctx.toks
    nxt = toks[j + 1]
    if not _initials_name(toks[j].text) or nxt.text[:2] in ("I'", "I’"):
        return False  # (not "to talk to R.J. I've known him": the speaker's "I" opens the next sentence)
    return nxt.text in R["place_suffixes"] or nxt.text in R["street_suffixes"] or not (
        _common_word(nxt.text) or nxt.text.lower() in ctx.lower_words)




def _foreign_joins(ctx: _Ctx, i: int, j: int) -> int:
    """Foreign joining words and the capitalised word after them (their count with it, else 0), when the name
    goes on to an abbreviation in brackets made of its capitalised words' initials ("... Digitali (CUDD)"), across
    the particles after them too ("... pour la Défense des Droits Kelbiens (PDDK)")."""
    R, toks = _rules(), ctx.toks
    k = j + 1
    while k < len(toks) and k - j <= 3 and (toks[k].text in R["foreign_joiners"] or toks[k].text in R["name_particles"]):
        k += 1
    if k >= len(toks) or not toks[k].cap or toks[k].sid != toks[j].sid:
        return 0
    return k - j if _initials_cover(ctx, i, k) else 0


def _foreign_body_joins(ctx: _Ctx, i: int, j: int) -> int:
    """How many tokens a foreign joining word ("y", "e", "et", "des"), Romance particles and articles after it ("et
    de la") and the capitalised word after them add inside a body's name in another language (one sentence, single
    spaces): "Cooperativa de Ahorro y Crédito Kelby", "Fédération des Artisans et Commerçants", "Union Nationale des
    Pêcheurs de Kelby et de la Tarn-Côte" (see :func:`_foreign_body_opened`); else 0."""
    toks, text = ctx.toks, ctx.text
    if not _foreign_body_opened(ctx, i, j) or toks[j].poss:
        return 0
    k = j + 2
    while k < len(toks) and k - j <= 4 and not toks[k].cap and _romance_particle_inside(ctx, k):
        k += 1
    if k >= len(toks) or not toks[k].cap or _dropped_in(ctx, toks[k]) or toks[k].sid != toks[j].sid \
            or (k > j + 2 and _opens_own_body(ctx, k, _bare_field_after_and(ctx, j, k))
                and not _initials_cover(ctx, i, k)) \
            or (k == j + 2 and toks[j + 1].text in _rules()["company_name_joiners"] and _opens_own_body(ctx, k, True)) \
            or (_portuguese_and_the(ctx, j) and not _para_article_in_run(ctx, i, j) and not _initials_cover(ctx, i, k)):
        return 0  # (after "et de la", a second body: "the Banque de France et de la Caisse des Dépôts report"; after
        # "and" alone, a body's head word: "the Commission de Kelby et Banque Centrale de Tarno"; not after "do" alone:
        # "... e Afins do Centro"; after "e a", a second body or firm unless "para a" went before or the bracketed
        # initials cover all: "the Associação dos Pescadores e a Kelbytel")
    return k - j if all(text[toks[m].end:toks[m + 1].start] == " " for m in range(j, k)) else 0


def _bare_field_after_and(ctx: _Ctx, j: int, k: int) -> bool:
    """A Romance "and" and one bare particle "of" (no article) before ``toks[k]``: "... de Vigilance et de Médiation
    de Kelba", "... de Agua y de Saneamiento": a second field of the same body's name, which a second body's name,
    taking its article, would not be written with ("... et de la Cour des Comptes", "... et du Conseil")."""
    toks, R = ctx.toks, _rules()
    return k == j + 3 and toks[j + 1].text in R["company_name_joiners"] and toks[j + 2].text in ("de", "di", "da")


def _portuguese_and_the(ctx: _Ctx, j: int) -> bool:
    """"e" and a Portuguese article (``portuguese_articles``: "e a", "e os") follow ``toks[j]``."""
    toks = ctx.toks
    return toks[j + 1].text == "e" and j + 2 < len(toks) and toks[j + 2].text in _rules()["portuguese_articles"]


def _para_article_in_run(ctx: _Ctx, i: int, j: int) -> bool:
    """Portuguese "para" and an article inside the run ``toks[i..j]``: "Fundação para a Ciência" (a body named for
    its aims, which "e a" may go on listing: "... e a Tecnologia")."""
    toks, R = ctx.toks, _rules()
    return any(toks[m].text == "para" and toks[m + 1].text in R["portuguese_articles"] for m in range(i, j))


def _initials_cover(ctx: _Ctx, i: int, k: int) -> bool:
    """The name from ``toks[i]`` goes on through ``toks[k]`` (capitalised words, Romance particles and other languages'
    joining words, single spaces) to a short form in brackets made of all its capitalised words' initials: "Parti de l'Avenir et du Progrès du
    Kelby (PAPK)" is one party, though "du Progrès du Kelby" could open a second body."""
    toks, text, R = ctx.toks, ctx.text, _rules()
    e = k
    while e + 1 < len(toks) and toks[e + 1].sid == toks[k].sid and text[toks[e].end:toks[e + 1].start] == " " \
            and (toks[e + 1].cap or toks[e + 1].text in R["romance_particles"] or toks[e + 1].text in R["foreign_joiners"]):
        e += 1
    m = _PAREN_INITIALS_HYPHENED.match(text, toks[e].end)
    capitals = (next((c for c in t.text if c.isupper()), "") for t in toks[i:e + 1] if t.cap)
    return m is not None and m.group(1).replace("-", "") == "".join(
        unicodedata.normalize("NFD", c)[:1] for c in capitals)  # ("(PUD-KT)": a hyphen between the initials of a
    # party's aims and of its country's)


def _group_named_across_and(ctx: _Ctx, i: int, j: int) -> int:
    """2 when a foreign "and" (``foreign_and_words``: "i", "et", "y") after ``toks[j]`` and a capitalised word join
    one name that a group's noun comes just before ("the opposition group Futur i Terra", "the group Kelba et
    Transparence": a party or list so named), one sentence, single spaces; else 0."""
    toks, text, R = ctx.toks, ctx.text, _rules()
    if toks[j + 1].text not in R["company_name_joiners"] or j + 2 >= len(toks) or not toks[j + 2].cap \
            or toks[j + 2].sid != toks[j].sid or _dropped_in(ctx, toks[j + 2]) \
            or text[toks[j].end:toks[j + 2].start] != f" {toks[j + 1].text} ":
        return 0
    return 2 if R["called_a_group"][0].search(text, max(0, toks[i].start - 40), toks[i].start) else 0


def _foreign_body_opened(ctx: _Ctx, i: int, j: int) -> bool:
    """The run ``toks[i..j]`` is a body's name in another language before the joining word ``toks[j+1]``: opened
    by a word of ``foreign_org_heads`` ("Cooperativa", "Għaqda"); or by a head shared with English
    (``romance_shared_body_heads``: "Union", "Commission") when the joining word is one English never writes
    (``foreign_name_joiners``: "Union Nationale des ...") or a Romance particle already stands inside the run
    ("Union des Pêcheurs de Kelby et ..."); a capitalised Romance article may go before the head ("La Société des
    Pêcheurs de ...")."""
    toks, R = ctx.toks, _rules()
    if i < j and toks[i].text.lower() in R["romance_articles"]:
        i += 1  # ("La Société ...", "El Colectivo ...")
    if toks[i].text in R["foreign_org_heads"]:
        return True
    return toks[i].text in R["romance_body_heads"] and (toks[j + 1].text in R["foreign_name_joiners"] or any(
        t.text in R["foreign_name_joiners"] or t.text in R["romance_particles"] for t in toks[i + 1:j]) or (
        j > i and toks[j + 1].text in R["romance_particles"] and toks[j + 1].text in R["company_name_joiners"]
        and _foreign_word(toks[j].text) and not _common_word(toks[j].text)
        and toks[j + 2].text not in R["romance_articles"]))
    # (or a Romance "and" after a word of no English: "the Association Kelba Littoral et Avenir"; not "and" and an
    # article, which open a second body in a name with no particle: "the Tribunal Supremo y el Gobierno")


def _lower_inside_place(ctx: _Ctx, j: int, place: str) -> int:
    """How many tokens after ``toks[j]`` finish a place of the gazetteer with a lower-case word inside that opens
    there ("Dar es Salaam"), else 0."""
    n = len(place.split()) - 1
    toks = ctx.toks
    if j + n >= len(toks) or toks[j + n].sid != toks[j].sid:
        return 0
    return n if ctx.text[toks[j].start:toks[j + n].end] == place else 0


def _foreign_word(w: str) -> bool:
    """A capitalised word that is no English word, given name or known place (the words around a particle of
    another language)."""
    R = _rules()
    lw = w.lower()
    return w[1:].islower() and lw not in R["common_words"] and lw not in R["stopwords"] and lw not in R["given_names"] \
        and w not in R["places"]


def _lower_particle(ctx: _Ctx, i: int, j: int) -> int:
    """ "Rhys ap Gruffydd": a lower-case Welsh particle (``lower_name_particles``) between a capitalised word and a
    capitalised one, single spaces, one sentence; 2 (the particle and the name after it) or 0."""
    toks, text = ctx.toks, ctx.text
    if j + 2 >= len(toks):
        return 0
    nxt, w = toks[j + 1], toks[j + 2]
    ok = w.cap and not w.initial and w.sid == nxt.sid == toks[j].sid and not toks[j].poss \
        and text[toks[j].end:nxt.start] == " " and text[nxt.end:w.start] == " " \
        and (not _dropped_in(ctx, w) or w.text[1:].islower() and w.text.lower() in _rules()["function_words"])
    return 2 if ok else 0  # (a surname that is a function word after the particle: "Daniel Kiprop arap Too")


def _verb_the_body(ctx: _Ctx, j: int) -> bool:
    """Whether "the" after the one capitalised word ``toks[j]`` goes on inside a campaign's name: the capitalised
    word after "the" and an organisation word end it here or where the same words stand elsewhere in the article
    ("Lock the Gate Alliance ... Lock the Gate spokeswoman", "Stop the War Coalition")."""
    toks, text = ctx.toks, ctx.text
    w = toks[j + 2]
    if not w.cap or w.sid != toks[j].sid or toks[j].poss or text[toks[j].end:w.start] != " the " \
            or _dropped_in(ctx, w) or toks[j].text.isupper():
        return False
    R = _rules()
    if any(k.startswith(w.text + " ") for k in R["known_organisations"]):
        return False  # "Take the Federal Reserve ...": a verb before a known body
    tail = R["body_tail"]  # (after the word: "Meet the Press" is a programme)
    if tail.match(text, w.end):
        return True
    head = f"{toks[j].text} the {w.text}"
    return any(tail.match(text, k + len(head)) for k in _find_all(text, head) if k != toks[j].start)


def _find_all(text: str, s: str):
    """The offsets of every occurrence of ``s`` in ``text`` (overlapping ones too)."""
    k = text.find(s)
    while k >= 0:
        yield k
        k = text.find(s, k + 1)


def _of_the_in_name(ctx: _Ctx, i: int, j: int) -> bool:
    """Whether "of the" ("for the") after ``toks[j]`` goes on inside a body's name opened by an organisation word at
    ``toks[i]`` (one or two words before, or "of" or "for" after it and a few words: "Association of Placer Miners
    of the Kelso"): a capitalised word after it, single spaces, one sentence."""
    toks, text = ctx.toks, ctx.text
    w = toks[j + 3]
    R = _rules()
    opener = (toks[i].text.lower() in R["org_prefixes"] and not toks[i].text.isupper()) or (
        j == i + 1 and toks[j].text.lower() in R["org_prefixes"]  # "U.S. Office of the Comptroller": a country first
        and (toks[i].text.replace(".", "") in R["places"] or (  # or a common word ("Teaching Federation of the ...")
            _common_word(toks[i].text) and toks[i].text.lower() not in R["given_names"] and not toks[i].initial)))
    near = j - i <= 1 or (j - i <= 6 and toks[i + 1].text in _ORG_JOINERS and opener)  # "Union of Dockworkers of
    # the Port", "Campaign for Clean Lakes of the Tarn Valley"
    if not (w.cap and w.sid == toks[j].sid and not toks[j].poss and not _dropped_in(ctx, w)):
        return False
    if not near and j > i + 1 and _demonym(toks[i].text) and toks[i + 1].text.lower() in R["org_words"] \
            and toks[i + 2].text in _ORG_JOINERS and j - i <= 7 and _region_closes(ctx, j + 3):
        opener = near = True  # "the Tarnian Chamber of Trade and Crafts of the Highlands": a nation's body
    gap = text[toks[j].end:w.start]
    if i == j and gap == " of the " and toks[j].text in R["of_place_heads"]:
        return True  # "Lake of the Woods", "Valley of the Kings": a part of the land or the water named with "of the"
    if gap == " for the " and toks[j].text in _LEGISLATURES \
            and (j > i or i == 0 or toks[i - 1].text.lower() != "the"):
        return False  # "a member of the Kelbian Parliament for the Green Alliance", "elected to Parliament for the
        # Tarn Party": the member's party, no name (not "the Congress for the New Urbanism", a body so named)
    if gap == " of the " and toks[j].text in R["members_body_words"] \
            and toks[j - 1].text.lower().rstrip("'’").endswith("s") and ((
                w.text in _COMPASS_REGIONS and _one_word_closes(ctx, j + 3) and not _noun_follows(ctx, j + 3))
                or ((w.text in R["places"] or _closed_by_place_word(ctx, j + 3)) and _region_closes(ctx, j + 3))):
        return True  # "the Kelby Drivers' Union of the South": a members' body of a country's part (not "the
        # European Union of the North and South"); "the Dockers’ Union of the Philippines": of a country named
        # with "the"; "the Weavers' Federation of the Kelbe Region": of a region so named
    return (near and opener and gap in (" of the ", " for the ")) or (gap == " for the " and _for_the_people(ctx, j, w))


def _closed_by_place_word(ctx: _Ctx, k: int) -> bool:
    """The capitalised words from ``toks[k]`` close a name with a word of ``place_words`` or ``place_suffixes`` after
    another ("the Kelbe Region", "the Tarn Coast", "the Kelby Valley")."""
    e = _name_ends_at(ctx, k)
    return e is not None and e > k and (ctx.toks[e].text in _rules()["place_words"]
                                        or ctx.toks[e].text in _rules()["place_suffixes"])


def _region_closes(ctx: _Ctx, k: int) -> bool:
    """The words from ``toks[k]`` after "of the" close a nation's body's name as its land or a part of it: a place of
    the gazetteer, a word of ``place_words``, a compass or nationality word, or a common word ("Interior"), or a
    place's last word after another (``place_suffixes``: "the Kelby Valley"), no given
    name, and no possessive nor lower-case noun after them ("... of the Philippines", "... of the Ivory Coast", "...
    of the Republic of Kenya"; not "... of the Zelensky government", "... of the Kherson region", "... of the Year
    award")."""
    toks, R = ctx.toks, _rules()
    e = _name_ends_at(ctx, k)
    if e is None:
        return False
    words = [t.text for t in toks[k:e + 1] if t.cap]
    return not any(w.lower() in R["given_names"] for w in words) and any(
        w in R["places"] or w in R["place_words"] or w in _COMPASS_REGIONS or _demonym(w) for w in words) \
        or (len(words) == 1 and _common_word(words[0])) \
        or (len(words) >= 2 and words[-1] in R["place_suffixes"] and not _rules()["org_words"] & set(
            w.lower() for w in words))  # "... of the Kelby Valley": a valley, a coast, an island group so named


def _for_the_people(ctx: _Ctx, j: int, w: _Tok) -> bool:
    """A body's word (``org_suffixes``) before "for the" and a common word in capitals after it, the people or the
    field it serves: "Kelby Coalition for the Homeless", "Tarno Legal Clinic for the Elderly", "the Marden Center
    for the Arts" (not "the Kelby Foundation for the Tarno project": a name after "the")."""
    R, toks = _rules(), ctx.toks
    if toks[j].text.lower() not in R["org_suffixes"] or not _serves_word(ctx, w):
        return False
    k = j + 4  # every capitalised word after it too ("for the Performing Arts"; not "for the Red Cross appeal")
    while k < len(toks) and toks[k].cap and toks[k].sid == w.sid and ctx.text[toks[k - 1].end:toks[k].start] == " ":
        if not _serves_word(ctx, toks[k]):
            return False
        k += 1
    return k == j + 4 or toks[k - 1].text.lower() not in R["org_suffixes"]  # (a second body's name after it:
    # "polls by Kelby Research for the Associated Press")


# A word for a kind of people in capitals ending in -less: "Homeless", "Stateless" (others, "Elderly", "Disabled",
# are common words; not any -ed/-ly word: "the Connolly family", "the Rasheed family" are surnames).
_PEOPLE_ADJECTIVE = re.compile(r"[A-Z][a-z]+less")


def _serves_word(ctx: _Ctx, t: _Tok) -> bool:
    """A common word in capitals, or a word for a kind of people, that is no place, body or given name."""
    R, w = _rules(), t.text
    lw = w.lower()
    return (lw in R["common_words"] or lw in ctx.lower_words or _PEOPLE_ADJECTIVE.fullmatch(w) is not None) \
        and w not in R["known_organisations"] and w not in R["places"] and lw not in R["given_names"] \
        and lw not in given_name_sexes()


def _title_case_preposition(ctx: _Ctx, j: int) -> bool:
    """Whether the capitalised preposition after ``toks[j]`` sits inside a name written in title case in running
    text: a capitalised word on both sides, single spaces, one sentence, not in a headline or furniture line."""
    toks = ctx.toks
    if j + 2 >= len(toks):
        return False
    prep, nxt = toks[j + 1], toks[j + 2]
    return nxt.cap and not prep.initial and nxt.sid == prep.sid == toks[j].sid and not toks[j].poss \
        and ctx.text[toks[j].end:prep.start] == " " and ctx.text[prep.end:nxt.start] == " " \
        and not _dropped_in(ctx, nxt) and not _within(ctx.head_spans, prep.start, prep.start)


def _plural_body(ctx: _Ctx, i: int, j: int) -> bool:
    """A body named for its members, then "of" a place or "for" a cause: "Gun Owners of America", "Iowa Citizens for
    Community Improvement Action Fund", "Dunmore Ratepayers for Open Books", "Seafood Packers of Kelby Ltd" (a
    plural word before "of" and a place in the gazetteer after it, or capitalised words ending in a company's legal
    form; before "for" capitalised words ending with an organisation word, or a cause of common words only; not
    "Jane Doe of Acme", not "Democrats of Texas", not "Holders of Acme Inc", not "Sanders for President"; opening a
    sentence only after a word of the name that is no common word: not "Shares of Acme Inc fell"; a compass word
    may open it though the story writes it in lower case: "North Side Neighbors for Clean Air")."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    w = toks[j].text
    k = j + 2
    while k + 1 < len(toks) and k < j + 8 and toks[k + 1].sid == toks[k].sid and toks[k + 1].cap \
            and text[toks[k].end:toks[k + 1].start] == " " and not toks[k].poss:
        k += 1
    closed = toks[j + 1].text == "of" and R["area_closer"].match(text, toks[k].end) is not None
    if not _members_plural(ctx, w, j > i) or _demonym(w) or (toks[i].initial and not closed and (
            j == i or _common_word(toks[i].text) or toks[i].text.lower() in ctx.lower_words
            and toks[i].text not in _COMPASS_REGIONS)) \
            or any((x := t.text.lower().rstrip(".")) in R["given_names"] or x in R["honorifics"] for t in toks[i:j]):
        return False  # (a body "of" a place "and Area" may open a sentence: "Concerned Residents of Oakvale and Area")
    after = text[toks[j + 2].start:toks[k].end]
    last = toks[k].text.lower().rstrip(".")
    if toks[j + 1].text == "of" and j > i and k == j + 2 and (fields := _LIST_IN_A_NAME.match(text, toks[k].end)) \
            and not fields.group("form") and all(_unnamed_word(w) and w not in R["places"]
                                                 and w.lower() not in R["given_names"]
                                                 for w in [toks[k].text,
                                                           *re.findall(r"[A-Z][\w’'-]*", fields.group(1))]):
        return True  # "the Amalgamated Workers of Forge, Foundry and Assembly": the members of a list of trades
    if toks[j + 1].text == "of":
        return closed or after in R["places"] or (j > i and k > j + 2 and toks[k].text.rstrip(".") in R["legal_forms"]) \
            or (k > j + 2 and toks[k].text == "Local" and text[toks[j + 2].start:toks[k - 1].end] in R["places"]
                and k + 1 < len(toks) and _UNION_LOCAL.fullmatch(toks[k + 1].text) is not None)
        # ("Kelby Tool Workers of America Local 1101": the members "of" a country, then their union's local)
    return (k > j + 2 and last in R["org_suffixes"]) or _a_cause(ctx, toks[j + 2:k + 1]) \
        or _cause_across_and(ctx, j + 2, k)


def _cause_across_and(ctx: _Ctx, s: int, k: int) -> bool:
    """A cause of two parts after "for", the capitalised words ``toks[s..k]``, "and" and one more capitalised word
    closing the run: "Kelby Neighbors for Justice and Peace", "Tarn Parents for Jobs and Housing" (a word that is
    also a title, "Justice", names a field before "and", no one); not "Kelby Workers for Justice and Jane Doe"."""
    toks, n = ctx.toks, len(ctx.toks)
    if k + 2 >= n or toks[k + 1].text != "and" or not toks[k + 2].cap or toks[k + 2].sid != toks[k].sid \
            or ctx.text[toks[k].end:toks[k + 2].start] != " and " \
            or (k + 3 < n and toks[k + 3].cap and ctx.text[toks[k + 2].end:toks[k + 3].start] == " "):
        return False
    return _a_cause(ctx, toks[s:k + 1] + [toks[k + 2]], titles=True)


def _members_plural(ctx: _Ctx, w: str, more_before: bool) -> bool:
    """The plural of a common noun naming members ("Owners", "Citizens"; not "Sanders" in "Bernie Sanders of
    Vermont"); after another word of the name also one the article writes in lower case, or a plural in "-ers",
    "-ors", "-ists" ("Oyster Growers", "Vale Ratepayers")."""
    lw = w.lower()
    if not (len(w) > 3 and lw.endswith("s") and lw[-2] != "s" and w[:1].isupper() and w[1:].islower()):
        return False
    return lw[:-1] in _rules()["common_words"] or (more_before and (
        lw in ctx.lower_words or lw[:-1] in ctx.lower_words or lw.endswith(_rules()["member_plural_endings"])))


def _a_cause(ctx: _Ctx, words: list, titles: bool = False) -> bool:
    """Capitalised common words after "for" in a body's name, a cause ("Open Books", "Safe Streets", "Climate
    Action"): each a common word (or one the article writes in lower case), none a title, given name, place or
    known body; two words at most (not "Workers for Acme", "Sanders for President"); ``titles``: a title's word
    is a field too (before "and": "for Justice and Peace", see :func:`_cause_across_and`)."""
    R = _rules()
    return 1 <= len(words) <= 3 and all(
        ((lw := t.text.lower()) in R["common_words"] or lw in ctx.lower_words or _NOUNISH.search(lw)
         or (titles and _title_word(t.text)))
        and not t.text.isupper() and (titles or not _title_word(t.text)) and lw not in R["given_names"]
        and t.text not in R["places"] and t.text not in R["known_organisations"] and not _demonym(t.text)
        for t in words)


def _plural_possessive_in_name(ctx: _Ctx, j: int) -> bool:
    """ "Supporters’ Trust", "Farmers’ Union": a plural possessive before an organisation word inside one name, or
    before a few capitalised words that end in one ("Tenants’ Rights and Advice Centre")."""
    toks, text = ctx.toks, ctx.text
    nxt = toks[j + 1]
    R = _rules()
    sfx = R["org_suffixes"]
    return toks[j].text.endswith("s") and not toks[j].poss and text[toks[j].end + 1:nxt.start] == " " \
        and nxt.sid == toks[j].sid and (nxt.text.lower() in sfx or nxt.text.lower()[:-1] in sfx  # ("Associations")
                                        or nxt.text in R["possessive_body_heads"]  # ("Miners' Lodge")
                                        or (nxt.cap and R["body_tail"].match(text, toks[j].end + 1) is not None)
                                        or (nxt.cap and toks[j].text not in R["places"]  # (not "the Kelbonia'
                                            # Trade and Development Ministry": a country's ministry)
                                            and R["body_tail_and"].match(text, toks[j].end + 1) is not None))


def _possessive_and_goes_on(ctx: _Ctx, j: int) -> bool:
    """A plural's possessive "'s" at ``toks[j]``, then "and" (or "&") and one body's words ("Fishermen's and
    Boatmen's Guild", "Growers’ & Processors’ Association"): the run goes on."""
    return ctx.toks[j + 1].text in ("and", "&", "&amp;") and _plural_possessive_and(ctx, j)


def _plural_taking_s(w: str) -> bool:
    """A capitalised plural that takes "'s" ("Fishermen", "Women", "Craftspeople", "Ex-Servicemen";
    ``member_possessive_endings``)."""
    last = w.rsplit("-", 1)[-1]
    return last[:1].isupper() and last[1:].islower() and _plural_after_hyphen(w) \
        and w.lower().endswith(tuple(_rules()["member_possessive_endings"]))


def _plural_after_hyphen(w: str) -> bool:
    """No hyphen in ``w``, or a common word or a long one after its last ("Ex-Servicemen", "Working-Men"; not the
    surname "Roe-Lehmen")."""
    last = w.rsplit("-", 1)[-1]
    return last == w or _common_word(last.lower()) or len(last) >= 8


def _plural_possessive_and(ctx: _Ctx, j: int) -> bool:
    """A plural possessive, "and" and capitalised words that end in an organisation word: "Porters’ and Kindred
    Crafts Union", "Nurses’ and Midwives’ Council", "Fishermen's and Boatmen's Guild" (one body; one sentence,
    single spaces)."""
    toks, text = ctx.toks, ctx.text
    t, a = toks[j], toks[j + 1]
    plural = _plural_taking_s(t.text) if t.poss else t.text.endswith("s")
    if not (j + 2 < len(toks) and plural and text[t.end + 1 + t.poss:a.start] == " "
            and a.sid == t.sid == toks[j + 2].sid and toks[j + 2].cap and text[a.end:a.end + 1] == " "):
        return False
    # (a second plural possessive, then the body's word: "Builders' and Craftsmen's Association"; a capitalised word
    # before it: "Kelby Market Traders' and Market Women's Association")
    return _rules()["body_tail"].match(text, a.end) is not None or any(
        b.poss and _plural_taking_s(b.text) and _rules()["body_tail"].match(text, b.end + 2) is not None
        and all(c.cap and c.sid == t.sid for c in toks[j + 2:k + 1])
        for k, b in enumerate(toks[j + 2:j + 4], j + 2))


_SAINT = _SAINTS | frozenset(("San", "Sant"))  # (and the Spanish and Italian forms)


# "Office" or "Department" after a role's possessive ("Sheriff's Office", "Coroner's Department"); not before a
# capitalised word, an officer's rank and name ("Kelby County Sheriff's Office Sgt. Jo Roe said": left as before).
_OFFICE_AFTER_ROLE = re.compile(r" (?:Office|Department|Chambers)\b(?![’'-])(?! [A-Z])")  # ("the Attorney General's
# Chambers", a Commonwealth government's law office)


def _possessive_opens_name(ctx: _Ctx, j: int) -> bool:
    """ "Queen's University", "People's Bank of China": a possessive of ``possessive_name_openers`` before a
    capitalised word inside one name (one sentence, one space), not an owner before what it owns; so does any
    possessive before capitalised words that end in a small business's word ("Dot's Canal Street Diner")."""
    toks, text = ctx.toks, ctx.text
    t = toks[j]
    R = _rules()
    if not t.poss or j + 1 >= len(toks) or not (
            t.text in R["possessive_name_openers"] or R["business_tail"].match(text, t.end + 2)
            or (j > 0 and toks[j - 1].text in _SAINT) or _members_possessive_body(ctx, j)
            or (_OFFICE_AFTER_ROLE.match(text, t.end + 2) and _title_word(t.text))
            or _place_through_possessive(ctx, j)):
        # (an office named by its holder's role: "the Kelby County Sheriff's Office", "the District Attorney's
        # Office": one body, no person who owns an office)
        return False  # ("Dot's Canal Street Diner": a small business named by its owner; "St Mary's Hospital": a
        # school, church or hospital named after its saint)
    nxt = toks[j + 1]
    return nxt.cap and nxt.sid == t.sid and text[t.end + 2:nxt.start] == " " and not _dropped_in(ctx, nxt)


def _place_through_possessive(ctx: _Ctx, j: int) -> bool:
    """The possessive at ``j`` and the capitalised word after it are a town of the gazetteer ("Cox's Bazar", "King's
    Lynn", "Simon's Town"): one name."""
    toks = ctx.toks
    return j + 1 < len(toks) and toks[j + 1].cap and ctx.text[toks[j].start:toks[j + 1].end] in _world_places()


def _members_possessive_body(ctx: _Ctx, j: int) -> bool:
    """A plural of members that takes "'s" ("Fishermen", "Tradesmen", "Craftspeople") before capitalised words that
    end in an organisation word: "the Kelby Fishermen's Association" (see ``member_possessive_endings``)."""
    w = ctx.toks[j].text
    end = next((e for e in _rules()["member_possessive_endings"] if w.endswith(e)), None)
    last = w.rsplit("-", 1)[-1]  # ("the Kelby Ex-Servicemen's Association": the plural after the hyphen)
    return len(w) > 5 and last[1:].islower() and end is not None and _unnamed_word(w) and _plural_after_hyphen(w) \
        and (len(stem := w[:-len(end)]) >= 4 or len(stem) == 3 and w not in _world_places()
             or _common_word(stem.lower())) \
        and (_rules()["body_tail"].match(ctx.text, ctx.toks[j].end + 2) is not None  # (a word before the ending:
             # "Sea-men", "Trades-men", "Axemen"; not a town's name, "Kelbremen", "Bremen")
             or j > 1 and ctx.toks[j - 1].text == "of" and ctx.toks[j - 2].text.lower() in _rules()["org_words"])
    # ("the Kelby Association of Fishermen's Wives and Families": the body's members' kin after "of")


def _listed_in_name(ctx: _Ctx, i: int, j: int) -> bool:
    """Whether the comma after ``toks[j]`` lists the fields of a body named by an organisation word and "of" or
    "for": capitalised ordinary words in commas, then "and" and a last field ("Ministry of Housing, Local
    Government and Heritage"; not "Department of Justice, Jane Doe said" or "Bank of England, Barclays and HSBC")."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    if not any(a.text.lower() in R["org_words"] and b.text in _ORG_JOINERS
               for a, b in zip(toks[i:j], toks[i + 1:j + 1])):
        return False  # (its organisation word may follow a place: "Allegheny Conference of Business, Labor and ...")
    items, k, last = [[]], j + 1, False
    while k < len(toks) and k < j + 12 and toks[k].cap and toks[k].sid == toks[j].sid:
        items[-1].append(toks[k].text)
        gap = text[toks[k].end:toks[k + 1].start] if k + 1 < len(toks) else ""
        if gap == " " and toks[k + 1].text == "and" and not last:
            items.append([])  # the last field comes after "and"
            last, k = True, k + 2
        elif gap == ", " and not last:
            items.append([])
            k += 1
        elif gap == " ":
            k += 1
        else:
            break
    # fields that end with "and" and a last one, each made of ordinary words and none a body of its own (before
    # a plural common noun closing the list, any word but a name or a place: "Business, Labor and Civic Leaders")
    if last and all(items) and _area_list(ctx, i, j, items):
        return True  # "Friends of Kelby, Tarn and Vell": the places of a body's area
    people = last and all(items) and (_common_plural(items[-1][-1].lower()) or all(
        _plural_in_a_name(w) for w in [toks[j].text] + [it[-1] for it in items])
        or _plural_in_a_name(items[-1][-1]) and items[-1][-1].lower().endswith(R["member_plural_endings"]))
    # (a list of plurals: the trades or premises of members, "Guild of Boat Builders, Riggers and Sailmakers"; or
    # fields before the members' plural: "Association of Test, Assembly and Packaging Subcontractors")
    # (a word of a road or a place may go before an item's last field: "Road Safety", "Airport Security")
    return last and all(items) and not any(_names_a_body(it[-1]) for it in items) and all(
        not w.isupper() and (_field_word(ctx, w.lower()) or people and _unnamed_word(w)
                             or (w is not it[-1] and w in R["place_suffixes"])) for it in items for w in it)


def _area_list(ctx: _Ctx, i: int, j: int, items: list) -> bool:
    """The places of a body named for an area (``area_body_heads`` and "of" one word before the comma) listed in
    commas and "and", one word each, one of them in the gazetteer, none a known body, given name, abbreviation or
    organisation word, nothing
    capitalised after the last: "Friends of Kelby, Tarn and Vell" (not "Friends of Kelby, Tarn Council and ...")."""
    R, toks = _rules(), ctx.toks
    if j < i + 2 or toks[j - 1].text != "of" or toks[j - 2].text not in R["area_body_heads"]:
        return False
    words = [toks[j].text] + [w for it in items for w in it]
    return all(len(it) == 1 for it in items) and all(
        _unnamed_word(w) and not w.isupper() and w.lower() not in R["org_words"] for w in words) \
        and any(it[0] in _world_places() and not _common_word(it[0]) for it in items)  # (one listed word a town's
    # name in the gazetteer: not "Friends of Kelby, Oxfam and Shelter", a body's name and other bodies)


# what follows a trade union's members' word: "Union", "International", "Local 327", "of America"
_UNION_AFTER_MEMBERS = re.compile(r"\s+(?:Union|International|Local\s+\d+|of\s+America)\b")


# "for" or "against" and a capitalised word: the cause a group of members is named for
_FOR_A_CAUSE = re.compile(r" (?:for|against) (?:a |the )?[A-Z]")


def _members_word(ctx: _Ctx, k: int) -> bool:
    """``toks[k]`` is a plural of members in "-ers", "-ors", "-ists" ("Ranchers", "Landowners"), no possessive."""
    w = ctx.toks[k].text
    return w.lower().endswith(_rules()["member_plural_endings"]) and _plural_in_a_name(w) and not ctx.toks[k].poss


def _one_word_items(ctx: _Ctx, j: int, m: int) -> bool:
    """The items listed after the comma following ``toks[j]`` up to the members' word ``toks[m]`` are one word each
    but the last ("Pulp and Mill Workers", "Mill & Pellet Workers"; not "Kelby Steel and Tarn Workers": a firm)."""
    toks, text = ctx.toks, ctx.text
    ends = [x for x in range(j + 1, m) if text[toks[x].end:toks[x + 1].start] == ", "
            or toks[x + 1].text in ("and", "&")]
    starts = [j + 1] + [x + (2 if toks[x + 1].text in ("and", "&") else 1) for x in ends]
    return all(e == s for s, e in zip(starts, ends))


def _union_members(ctx: _Ctx, k: int) -> bool:
    """``toks[k]`` is a plural of members ("Workers") that a trade union's own words follow: "Union", "International",
    "Local 327", "of America"."""
    return _members_word(ctx, k) and _UNION_AFTER_MEMBERS.match(ctx.text, ctx.toks[k].end) is not None


def _fields_before_body(ctx: _Ctx, i: int, j: int) -> bool:
    """Whether the comma after ``toks[j]`` lists the fields of a body whose word closes the list: one or two
    ordinary words (three with a place's: "Saint Kelby Banana, Cocoa and ..."), then more in commas, "and" and the
    last field with the body's word ("Timber, Furniture and Joinery Workers Union", "Kelby Tourism, Catering and
    Events Association"); no given name, place or known body
    in it (not "Acme, Beta and Gamma Union" after a person: "Jo Doe, Beta and ...")."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    if j - i > 2 or any(t.text.lower() in R["given_names"] or t.text in R["known_organisations"] or t.text.isupper()
                        for t in toks[i:j + 1]):
        return False
    k, last, amp = j + 1, False, False
    while k < len(toks) and k < j + 12 and toks[k].cap and toks[k].sid == toks[j].sid and not toks[k].text.isupper() \
            and _unnamed_word(toks[k].text) and not toks[k].poss:
        gap = text[toks[k].end:toks[k + 1].start] if k + 1 < len(toks) else ""
        if gap == " " and toks[k + 1].text in ("and", "&") and not last:
            last, amp, k = True, toks[k + 1].text == "&", k + 2
        elif gap == ", " and not last:
            k += 1
        elif gap == " " and toks[k + 1].cap:
            k += 1
        elif gap in ("’ ", "' ") and last and toks[k].text.endswith("s") and k + 1 < len(toks) \
                and toks[k + 1].text.lower() in R["org_suffixes"]:
            return True  # "Kelby Garment, Textile and Allied Workers’ Union": members' plural possessive, body word
        else:
            if last and amp and k > j + 2 and toks[k].text.rstrip(".") in R["legal_forms"]:
                return all(_field_word(ctx, t.text.lower()) for t in toks[j:k] if t.text != "&")  # "Doe Feed, Seed
                # & Supply Co.": a firm's trades in ordinary words, then its legal form (not "Acme, Beta & Gamma Ltd")
            return last and k > j + 2 and (not amp and (toks[k].text.lower() in R["org_suffixes"] or _members_of(
                ctx, k) and all(_field_word(ctx, t.text.lower()) for t in toks[j + 1:k] if t.text != "and"))
                or any(_union_members(ctx, m) and _one_word_items(ctx, j, m) for m in range(j + 2, k + 1)))
            # (the fields of members after the first in ordinary words: not "Acme, Stellantis and Tarn Motors Workers
            # of Kelbia"; any words before a union's own "Union", "Local 327" or "of America": "Allied Paper, Pulp and
            # Mill Workers of America Local 327", "Iron Range Mine, Mill & Pellet Workers Union Local 1938")
    return last and k < len(toks) and toks[k].text in R["places"] and _fields_then_place(ctx, i, k)


def _fields_then_place(ctx: _Ctx, i: int, k: int) -> bool:
    """Fields in ordinary words ("and" and commas between), then a place closing the name: a country's or a region's
    department or body named for its fields ("Fisheries and Oceans Kelbia", "Immigration, Refugees and Citizenship
    Kelbia", "Food and Drink Tarnshire"); each field one or two words, none a name, a nationality or an abbreviation,
    nothing capitalised after the place, not in a headline (not "Britain and France": no field)."""
    toks = ctx.toks
    run = toks[i:k + 1]
    if toks[k].poss or not _one_word_closes(ctx, k) or _within(ctx.head_spans, run[0].start, run[0].start) \
            or (i > 1 and toks[i - 1].text == "and" and toks[i - 2].cap and toks[i - 2].sid == run[0].sid):
        return False  # (nor the second part of a name across an earlier "and": "the Health and Safety Executive and
        # Transport Kelbia" are two)
    words = [t for t in run[:-1] if t.text != "and"]
    return len(words) >= 2 and len(words) == len(run) - 2 and all(
        t.cap and not t.text.isupper() and not t.poss and _unnamed_word(t.text) and not _demonym(t.text)
        and _field_word(ctx, t.text.lower()) and not _body_or_members_word(t.text) for t in words) \
        and run[-2].text != "and"


def _body_or_members_word(w: str) -> bool:
    """A word that names a body or its members, no field of one: an institution's word ("Agency", "Office",
    "Council"), a plural of a body's word ("Hospitals", "Unions", "Universities") or of members ("Teachers",
    "Doctors"): "the Environment Agency and Natural England", "Hospitals and Police Scotland" are two."""
    R, lw = _rules(), w.lower()
    if lw in R["org_prefixes"] or (lw.endswith("s") and lw.endswith(R["member_plural_endings"])
                                   and _plural_in_a_name(w)):
        return True
    one = lw[:-3] + "y" if lw.endswith("ies") else lw[:-1]
    return lw.endswith("s") and lw not in R["org_suffixes"] and one in R["org_words"]


def _members_of(ctx: _Ctx, k: int) -> bool:
    """A plural of members in "-ers", "-ors", "-ists" before "of" or "for" and a capitalised word, closing a list of
    their fields: "Timber, Energy and Allied Workers of Kelby" (a union of the workers of a place)."""
    toks, w = ctx.toks, ctx.toks[k].text
    return k + 2 < len(toks) and w.lower().endswith(_rules()["member_plural_endings"]) and _plural_in_a_name(w) \
        and not toks[k].poss and toks[k + 1].text in ("of", "for") and toks[k + 2].cap \
        and ctx.text[toks[k].end:toks[k + 2].start] == f" {toks[k + 1].text} " and toks[k + 2].sid == toks[k].sid


def _common_plural(lw: str) -> bool:
    return lw.endswith("s") and lw in _rules()["common_words"] and lw[:-1] in _rules()["common_words"]


def _unnamed_word(w: str) -> bool:
    """A capitalised word that is no given name, place or known body."""
    R = _rules()
    return w.lower() not in R["given_names"] and w not in R["places"] and w not in R["known_organisations"]


def _field_word(ctx: _Ctx, lw: str) -> bool:
    """An ordinary word that can name a field of a body ("housing", "development", "affairs", a cabinet portfolio:
    "transport", "fisheries")."""
    R = _rules()
    return lw in R["common_words"] or lw in ctx.lower_words or bool(_NOUNISH.search(lw)) or lw in R["org_suffixes"] \
        or lw in R["portfolio_words"] or bool(_FIELD_ADJECTIVE_END.search(lw))


_FIELD_ADJECTIVE_END = re.compile(r"\w{3}(?:ural|ical)$")  # a field's adjective ("horticultural", "historical")


def _field_word_or_plural(ctx: _Ctx, lw: str) -> bool:
    """A field's word (:func:`_field_word`) or its plural ("savings", "fisheries")."""
    return _field_word(ctx, lw) or (lw.endswith("s") and _field_word(ctx, lw[:-1]))


def _names_a_body(word: str) -> bool:
    """A word that names a body of its own in a list: an institution head ("Office", "Department") or a known
    organisation ("Treasury"); fields of a body's name ("Heritage", "Rural Affairs") are no body."""
    R = _rules()
    return word in R["known_organisations"] or (word.lower() in R["org_prefixes"] and word.lower() in R["org_suffixes"])


def _and_join(ctx: _Ctx, i: int, j: int) -> int:
    """ "Securities and Exchange Commission": "and" inside one organisation name.

    The run after "and" must end with an organisation head word (Commission,
    Agency, Studies ...), or continue a name opened by an organisation word and
    "of" or "for" ("Center for Media and Public Affairs"), and the part before it must not be a name of its own
    (a person's given name, a place, a word the article writes alone elsewhere).
    """
    R = _rules()
    toks = ctx.toks
    if any(toks[m].text == "for" and toks[m + 1].text in ("a", "an") for m in range(i + 1, j - 1)):
        return 0  # "the Campaign for a Fair Deal and Unison": a cause after "for a" closes the name at its noun
        # (:func:`_cause_end` took "and" between its first words: "... for a Free and Fair Kelbia")
    k = _and_run_end(ctx, j)
    if _saints_of_a_body(ctx, i, j, k):
        return k - j  # "the Church of St Peter and St Paul", "the Parish of [St Mary and St Giles]"
    if _towns_after_of(ctx, i, j, k):
        return k - j  # "Citizens for Fair Rates of Kelby and Tarnville": the towns a body is of
    if toks[k].text in R["closing_only_heads"] and k != j + 3:
        return 0  # "Kelby Forest and River Watch" (one thing watched on each side of "and"), not "Global Kelby and
        # Tarn Action Watch": a body's whole name before "and" and another's after it
    if _two_places_body(ctx, i, j, k):
        return k - j  # "the Kelby and Tarno Community Energy Trust", "the Kelby and Tarno Women in Leadership Forum"
    if (e := _district_fields_end(ctx, i, j, k)) is not None:
        return e - j  # "the Kelby and District Bowling, Curling and Social Club": the district's fields listed
    head = toks[k].text.lower().rstrip(".")
    m = k - 1 if k > j + 2 and head in R["legal_forms_lower"] and "." not in toks[k].text.rstrip(".") else k
    if j + 2 < m < k and toks[m].text.startswith("(") and toks[m].text.strip("()").lower() in R["legal_forms_lower"]:
        m -= 1  # ("... Rugby and Sports Club Incorporated", "... Gallery and Craft Centre (Pty) Ltd": the body's word
    if m < k and toks[m].text.lower() in R["org_suffixes"]:  # before its form, one word, perhaps a bracketed one)
        head = toks[m].text.lower()
    # a dotted legal form closing the name after "and" ("Kelby Recycling and Environmental Services S.A.L.")
    # (or one in capitals of three letters or more: "the Tarno Textile and Knitwear Works OJSC", unless a part is
    # written alone or a body's name stands whole before "and": "Bank of Kelbia and Tarn Bank JSC")
    dotted_form = k > j + 2 and toks[k].text.rstrip(".") in R["legal_forms"] and (
        "." in toks[k].text.rstrip(".") or (toks[k].text.isupper() and len(toks[k].text) >= 3
                                            and not _and_part_alone(ctx, i, j, k)
                                            and not _body_before_and(ctx, i, j, k)))
    # a legal form of two words closing the name after "and", none before it; two words or more before "and", no
    # given name first, fields' words on both sides of it, the part before no name of its own elsewhere nor a body's
    # whole name: one company ("Kelby Textiles and Dyes Sdn Bhd"; not "Ahmad Zaki and Permata Jaya Sdn Bhd", a
    # person and a company, nor "Kelbcorp and Tarno Logistics Sdn Bhd", "Kelby Rubber and Tarno Logistics Sdn Bhd")
    two_word_form = k > j + 3 and j > i and toks[k].text.rstrip(".") in R["legal_forms"] \
        and toks[k - 1].text.rstrip(".") in R["legal_forms"] and toks[i].text.lower() not in R["given_names"] \
        and all(_field_word(ctx, t.text.lower()) and _unnamed_word(t.text) for t in (toks[j], *toks[j + 2:k - 1])) \
        and not any(t.text.rstrip(".") in R["legal_forms"] for t in toks[i:j + 1]) \
        and not _and_part_alone(ctx, i, j, k) and not _body_before_and(ctx, i, j, k)
    two_word_form = two_word_form or _comma_form_across_and(ctx, i, j, k)
    by_initials = _and_initials(ctx, i, j, k)
    if by_initials is not None:
        return by_initials
    parts = _and_parts(ctx, i, j, k, head)
    if _firm_before_and(ctx, i, j, k, parts):
        return 0  # a firm "X & Y" is whole before "and" and a name: "led by Doe & Roe and Tarn Fischer Securities"
        # names two (not "Doe & Roe and Co.", "Doe & Sons Roofing and Building Ltd": one firm)
    if _one_body_shape(ctx, i, j, k, head):
        return k - j
    head = _and_numbered_head(ctx, j, k, head)
    if k == j + 2 and _members_word(ctx, j) and _members_word(ctx, k) and _FOR_A_CAUSE.match(ctx.text, toks[k].end):
        return k - j  # "Kelby Ranchers and Landowners for Clean Water": two plurals of members, then their cause
    if _trades_then_members(ctx, i, j, k):
        return k - j  # "the Narragansett Bay Longshore and Port Workers": one union of two trades
    if j > i and _firms_trades_and(ctx, j, k):
        return k - j  # "Kelby Bottlers and Distributors plc": a firm's two trades and its legal form
    if _allied_workers(ctx, i, j, k):
        return k - j  # "the Southern Province Construction and Allied Workers' Union": a trade's union and the
        # workers allied to it
    verdict = _and_second_body(ctx, i, j, k, head, parts, dotted_form or two_word_form)
    if verdict is not None:
        return verdict
    if (_one_field_body_after(ctx, i, j, k) or _named_again_without_its_form(ctx, i, j, k)) \
            and not _and_part_alone(ctx, i, j, k):
        return k - j
    if two_word_form:
        return k - j
    if _and_lead_alone(ctx, i, j, k, parts):
        return 0
    if dotted_form:
        return k - j  # (a short form of it may stand alone: "Kelby Recycling" for the whole company)
    return 0 if _and_part_alone(ctx, i, j, k) and not _places_body_after_the(ctx, i, j, k) else k - j


def _saints_of_a_body(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """A body's word of ``saints_bodies``, "of" and a saint's name before "and", another saint's name (or, after
    "Saints", a name of one word) after it, closing the run: the two saints a parish, a church or a congregation is
    named for are one name, with the body's word when the run holds it ("the Church of St Peter and St Paul", "the
    Church of Saints Peter and Paul"), else the pair alone ("the Parish of [St Mary and St Giles]"); not "Jo Doe of St
    Albans and St Ives"."""
    toks = ctx.toks
    of = next((m for m in range(j - 1, i - 2, -1) if m > 0 and toks[m].text == "of"), None)  # (or just before the
    # run: "the Parish of [St Mary and St Giles]")
    if of is None or of + 2 > j or toks[of - 1].text not in _rules()["saints_bodies"]:
        return False
    first = toks[of + 1].text
    return first in _SAINTS and k == j + 3 and toks[j + 2].text in _SAINTS \
        or first == "Saints" and k == j + 2


def _towns_after_of(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """A body's name of two words or more, "of", a town of the gazetteer, "and" and another, closing the run: the
    towns the body is of ("Citizens for Fair Rates of Kelby and Tarnville"), though each town stands alone in the
    story; not countries, which the other readings of "and" weigh."""
    toks, R = ctx.toks, _rules()
    return k == j + 2 and j - 2 > i and toks[j - 1].text == "of" and all(
        (w in R["places"] or w in _world_places()) and w not in _world_countries()
        for w in (toks[j].text, toks[k].text))


# a plural of a firm's trade ("Bottlers", "Distributors", "Contractors", "Packers"): _and_join
_FIRMS_PLURAL = re.compile(r"[A-Z][a-z]+(?:ers|ors)")


def _allied_workers(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """After a field's word in the singular (``toks[j]``, no given name opening the run) and "and": "Allied", the
    workers or employees and a body's word closing the run ("Construction and Allied Workers' Union", "Transport and
    Allied Employees Association"); not a firm's plural nor a trade's own members ("Kelby Foods and Allied Bakers
    Association", "Tarnvale Airlines and Allied Pilots Association": a company and a union)."""
    R, toks = _rules(), ctx.toks
    return k == j + 4 and toks[j + 2].text == "Allied" and toks[j + 3].text.rstrip("’'") in ("Workers", "Employees") \
        and toks[k].text.lower() in R["org_suffixes"] and toks[i].text.lower() not in R["given_names"] \
        and _unnamed_word(toks[j].text) and not toks[j].text.isupper() \
        and not (toks[j].text.endswith("s") and not toks[j].text.endswith("ss"))


def _firms_trades_and(ctx: _Ctx, j: int, k: int) -> bool:
    """Two plurals of a firm's trades joined by "and" (``toks[j]``, ``toks[j + 2]``), then a legal form closing the
    run or right after it: one company ("Kelby Bottlers and Distributors plc", "Tarn Builders and Contractors Ltd")."""
    toks, forms = ctx.toks, _rules()["legal_forms"]
    last = k - 1 if toks[k].text.rstrip(".") in forms else k
    after = toks[k + 1] if last == k and k + 1 < len(toks) and toks[k + 1].sid == toks[k].sid else None
    closed = last == k - 1 or after is not None and after.text.rstrip(".") in forms
    return last == j + 2 and closed and all(_FIRMS_PLURAL.fullmatch(toks[x].text) for x in (j, last))


def _trades_then_members(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """Before "and" (``toks[j + 1]``), a trade's one word closing a name's words; after it, one more trade's word and
    a plural of members closing the run: one union of both trades ("the Narragansett Bay Longshore and Port Workers",
    "Kelby Pulp and Paper Workers"; two words of the second trade before the union's word: "the Southern Copra and Oil
    Mill Workers Union"); not after a plural, a body's word, a given name or a place ("Kelby Farmers and Port
    Workers", "Kelby Council and Port Workers", "Jo Doe and Allied Workers", "For Women Kelby and Tarn Matters",
    "Kelby and Tarn Workers": two bodies, a person and a body, or the places')."""
    R, toks = _rules(), ctx.toks
    if k == j + 5 and toks[k].text in R["members_body_words"]:
        k -= 1  # ("the Southern Copra and Oil Mill Workers Union": a trade of two words, the members, "Union")
        if not _field_word(ctx, toks[j + 2].text.lower()):
            return False
        trades, members = (toks[j].text, toks[j + 3].text), toks[k].text
    elif k != j + 3:
        return False
    else:
        trades, members = (toks[j].text, toks[j + 2].text), toks[k].text
    return j > i and all(_unnamed_word(w) and not w.isupper() and w not in R["places"]
                         and w.lower() not in R["org_words"] and w.lower() not in R["given_names"]
                         and not _plural_in_a_name(w) and not _demonym(w) for w in trades) \
        and not any(t.text.lower() in R["given_names"] or _plural_in_a_name(t.text) or _plural_of_members(ctx, t.text)
                    for t in toks[i:j]) \
        and _plural_in_a_name(members) and members.lower().endswith(R["member_plural_endings"])


def _body_before_and(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """Whether ``toks[i..j]`` before "and" is a body's whole name (an organisation word in it: "Bank of Kelbia",
    "State Oil Company of Tarnia", "Air Kelbia") and the name after it opens with a name's word of its own, no field
    of trade ("Tarn Bank JSC", "KLB Airlines JSC"; not "Kelby Oil and Gas JSC")."""
    R, toks = _rules(), ctx.toks
    return any(t.text.lower() in R["org_words"] for t in toks[i:j + 1]) \
        and (toks[j + 2].text.isupper() or not _field_word(ctx, toks[j + 2].text.lower()))


# words before two places joined by "and" that may make them two parties ("between Kelby and ...", ", Kelby and ...")
_PAIR_BEFORE = re.compile(r"(?:\bbetween|\band|&|,)\s*$")


def _two_places_body(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """After "the" (or before "and District"), one word shaped as a place, "and", a second such word, then words of
    no name and a body's word
    (``org_suffixes``) closing the run two words or more after the second place, or a run going on with "in" or
    "for" to a body's word: one body of the two places or of a place "and District" ("the Kelby and Tarno Community
    Energy Trust", "Kelby and District Football Club", "the Kelby and
    Tarno Women's Council for Health", "the Kelby and Tarno Women in Leadership Forum").  Not a given name, a word in
    capitals or a nationality for a place; not two listed places ("the Kenya and Uganda Farmers' Union": two
    nations' bodies, see :func:`_two_places_public_body`); nor before a plural ("... Community Trust members")."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    two = j == i + 1 and toks[j].text in R["place_suffixes"]  # ("Honey Creek and Mill River Watershed Alliance",
    # "Kalk Bay and St James Linefishers' Co-operative Ltd")
    second = j + 3 if two and j + 3 < k and (toks[j + 3].text in R["place_suffixes"]
                                             or toks[j + 2].text.rstrip(".") in ("St", "Saint")) else j + 2
    if (i != j and not two) or k < second + 1 or toks[k].poss or _plural_follows(ctx, k) \
            or not _THE_AT_END.search(text, max(0, toks[i].start - 4), toks[i].start) and (
                toks[j + 2].text not in ("District", "Area")
                or _PAIR_BEFORE.search(text, max(0, toks[i].start - 10), toks[i].start)):
        return False  # (without "the", only a place "and District", not after "between" or in a list: "leaves
        # Haddiscoe and District Football Club"; not "Boats left Tarnholm and Vessay Community Energy Trust staff")
    places = (toks[i].text, toks[j + 2].text)
    if not all((_place_like(w) or x and w in ("District", "Area") or two) and not _demonym(w) and not w.isupper()
               and w.lower() not in R["given_names"] for x, w in enumerate(places)) \
            or all(w in R["places"] for w in places) and any(w in _world_countries() for w in places) \
            or not all(_unnamed_word(t.text) and not t.text.isupper() for t in toks[second + 1:k + 1]):
        return False  # (two towns of the gazetteer make one body: "the Ballycastle and Rathlin Chamber of Trade")
    if (k >= second + 2 or two and second > j + 2) and toks[k].text.lower().rstrip(".") in R["org_suffixes"]:
        return True  # ("... Fishermen's Co-operative Society Ltd."; two places of two words each, a body's word
        # alone after them: "the Christchurch Harbour and Mudeford Quay Commissioners")
    if (k >= j + 4 or k == j + 3 and toks[k].text.lower() not in R["org_suffixes"] and (
            toks[k + 1].text == "&" or _field_word(ctx, toks[k + 2].text.lower()))) and k + 3 < len(toks) \
            and toks[k + 1].text in ("and", "&") and toks[k + 2].cap:
        e = _and_run_end(ctx, k)  # the fields joined by a second "and" before the body's word ("the Kelby and Tarno
        # Fruit Growers' Marketing and Processing Society Ltd", "the Tasman and Huon Shellfish & Seaweed Growers
        # Association Inc.")
        return toks[e].text.lower().rstrip(".") in R["org_suffixes"] and not _plural_follows(ctx, e) \
            and all(_unnamed_word(t.text) and not t.text.isupper() for t in toks[k + 2:e]) and e - k <= 5
    if k == second + 1 and toks[k].text.lower() in R["org_suffixes"] \
            and k + 2 < len(toks) and toks[k + 1].text == "of" and toks[k + 2].cap:
        return True  # "the Kelby and District Chamber of Trade", "the Kelby and Tarn Chamber of Commerce": one body's
        # word, then its "of"
    return k + 2 < len(toks) and toks[k + 1].text in ("in", "for") and _body_word_ends_run(ctx, k + 2)


def _district_fields_end(ctx: _Ctx, i: int, j: int, k: int) -> int | None:
    """The last token of a body "Kelby and District", one-word fields listed with commas and "and" and a body's word
    ("the Kelby and District Bowling, Curling and Social Club"), or None: ``toks[i]`` one place-shaped word after
    "the" or opening its sentence's run, ``toks[j + 2]`` "District", ``toks[k]`` the first field."""
    R, toks = _rules(), ctx.toks
    if i != j or k != j + 3 or toks[j + 2].text not in ("District", "Area") or not _place_like(toks[i].text) \
            or (a := _listed_fields_and(ctx, k)) is None:
        return None
    e = _and_run_end(ctx, a - 1)
    if toks[e].text.lower().rstrip(".") not in R["org_suffixes"] or _plural_follows(ctx, e) or e - a > 4 \
            or not all(_unnamed_word(t.text) and not t.text.isupper() for t in toks[k:e + 1]):
        return None
    return e


def _listed_fields_and(ctx: _Ctx, k: int) -> int | None:
    """The "and" closing a list of one-word fields from ``toks[k]`` ("Bowling, Curling and ..."), each after ", " in
    one sentence, a capitalised word after "and"; or None."""
    toks, text = ctx.toks, ctx.text
    m = k
    while m + 1 < len(toks) and m - k < 4 and text[toks[m].end:toks[m + 1].start] == ", " and toks[m + 1].cap \
            and toks[m + 1].sid == toks[k].sid and not toks[m + 1].poss:
        m += 1
    if m == k or m + 2 >= len(toks) or toks[m + 1].text != "and" or not toks[m + 2].cap:
        return None
    return m + 1


def _body_word_ends_run(ctx: _Ctx, m: int) -> bool:
    """The capitalised run opening at ``toks[m]`` (one sentence, single spaces, at most four words) ends with a body's
    word (``org_suffixes``): "Leadership Forum"."""
    toks, text = ctx.toks, ctx.text
    if not toks[m].cap or toks[m].sid != toks[m - 1].sid:
        return False
    e = m
    while e + 1 < len(toks) and e - m < 3 and toks[e + 1].cap and toks[e + 1].sid == toks[e].sid \
            and not toks[e].poss and text[toks[e].end:toks[e + 1].start] == " ":
        e += 1
    return toks[e].text.lower() in _rules()["org_suffixes"]


def _places_body_after_the(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """After "the", places before "and" (``toks[i..j]``: each word a place of the gazetteer or shaped as one, no
    given name, known body, nationality or abbreviation) and a members' body's word closing the run after it
    (``places_members_heads``, ``places_body_heads``): one body of those places ("the Kelby and Tarno Community Energy
    Trust", "the Vell Sound and Tarn Inshore Fishermen's Association"), though a place stands alone in the story, as
    places do."""
    R, toks = _rules(), ctx.toks
    if not _THE_AT_END.search(ctx.text, max(0, toks[i].start - 4), toks[i].start) or toks[k].poss \
            or (toks[k].text not in R["places_members_heads"] and toks[k].text not in R["places_body_heads"]) \
            or _plural_follows(ctx, k):
        return False
    return all(_place_like(t.text) and t.text.lower() not in R["given_names"] and not t.text.isupper()
               for t in toks[i:j + 1])


def _named_again_without_its_form(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """The name across "and" (``toks[i..k]``, one trade word after "and", its legal form perhaps after that) is a
    company's: the article writes it with a legal form after it once and without it again ("Kelby Power and Turbines
    Ltd ... Kelby Power and Turbines did not comment"): a short form that drops the form keeps both parts, so they
    make one name.  Not a given name first ("Jo Doe and Tarn Ltd"); not when the word after "and" can open a
    company's name of its own: two words or more ("Kelby Motors and Tarn Engineering Ltd ... Kelby Motors and Tarn
    Engineering"), a given name, place or known body, or a word the article writes outside the pair ("Tarn's
    chief"); nor when the pair is the subject of "both" or "each" ("Kelby Motors and Tarn both supply ...")."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    last = k - 1 if toks[k].text.rstrip(".") in R["legal_forms"] else k
    if last != j + 2 or toks[i].text.lower() in R["given_names"] or not _unnamed_word(toks[last].text):
        return False
    whole = text[toks[i].start:toks[last].end]
    n = _written_count(ctx, whole)
    return n >= 2 and len(re.findall(r"\b" + re.escape(toks[last].text) + r"\b", text)) == n \
        and _written_before(text, whole, R["legal_form_after"]) \
        and not _written_before(text, whole, R["pair_subject_after"])


def _written_before(text: str, phrase: str, after: re.Pattern) -> bool:
    """Whether ``text`` writes ``phrase`` somewhere with ``after`` matching right after it."""
    at = text.find(phrase)
    while at >= 0:
        if after.match(text, at + len(phrase)):
            return True
        at = text.find(phrase, at + 1)
    return False


def _and_run_end(ctx: _Ctx, j: int) -> int:
    """The last token of the capitalised run after the "and" at token j + 1 (see :func:`_and_join`)."""
    toks = ctx.toks
    k = j + 2
    while k + 1 < len(toks) and toks[k + 1].sid == toks[k].sid and toks[k + 1].cap \
            and not _dropped_in(ctx, toks[k + 1]) and (
                (not toks[k].poss and ctx.text[toks[k].end:toks[k + 1].start] == " ")
                or (not toks[k].poss and ctx.text[toks[k].end:toks[k].end + 1] in "’'"
                    and _plural_possessive_in_name(ctx, k))
                or (toks[k].poss and _members_possessive_body(ctx, k))):
        k += 1  # ("Food and Allied Workers’ Union": a plural possessive inside; "Kelby Inshore Fishermen's
        # Association": a plural that takes "'s")
    if k + 1 < len(toks) and ctx.text[toks[k].end:toks[k + 1].start] == " (" \
            and (m := _rules()["bracketed_legal_form"].match(ctx.text, toks[k + 1].start - 1)):
        k += len((m.group(1) or "").split()) + len(m.group(2).split()) + 1  # ("Kelby Water and Sanitation (SOC)
        # Ltd": a company's mark in brackets and its legal form end the run)
    return k


def _and_initials(ctx: _Ctx, i: int, j: int, k: int) -> int | None:
    """The verdict of the initials in brackets after the name across "and", or None when they decide nothing."""
    R, toks = _rules(), ctx.toks
    short = _PAREN_ABBREVIATION.match(ctx.text, toks[k].end)
    if short and _initials(ctx.text[toks[j + 2].start:toks[k].end]) == short.group(1):
        return 0  # "CalMac Ferries and Caledonian Maritime Assets Limited (CMAL)": the initials of the second alone
    if short and toks[i].text.lower() not in R["given_names"] \
            and _abbreviates(short.group(1), ctx.text[toks[i].start:toks[k].end]):
        return k - j  # "Australian Competition and Consumer Commission (ACCC)": its initials make it one name
    return None


class _AndParts(NamedTuple):
    """What the words before "and" make of a name across it (see :func:`_and_join`)."""
    joiner: int | None  # the index in the words before "and" of the first "of"/"for" joiner
    inside_org: bool  # "Center for Media and Public Affairs": an organisation name goes on across "and"
    members: bool  # "Amalgamated Couriers and Drivers Local 771": plural members either side
    members_for: bool  # "Parents for Safe Streets and Parks": a body of members for a cause
    members_field: bool  # "European Patients’ Alliance for Access and Safety": a members' body and its fields
    field_after: bool  # one ordinary field word after "and" ("... Institute of Nephrology and Transplantation")


def _and_parts(ctx: _Ctx, i: int, j: int, k: int, head: str) -> _AndParts:
    """How the words before "and" (tokens i..j) open a name that the run after it (to k, head word `head`) goes on."""
    R, toks = _rules(), ctx.toks
    before = toks[i:j + 1]
    # (an organisation word first, or second after an adjective: "International Brotherhood of Boilermakers and ...")
    # (or any organisation word before its "of": "Ontario Federation of School Support Staff and Cleaners", "Tarnhill
    # School of Law and Public Policy")
    joiner = next((x for x, t in enumerate(before) if t.text in _ORG_JOINERS), None)
    opener = before[0].text.lower() in R["org_prefixes"] or (
        len(before) > 2 and before[1].text.lower() in R["org_prefixes"]
        and before[0].text.lower() in R["opening_adjectives"]) or (
        joiner is not None and any(t.text.lower() in R["org_words"] for t in before[:joiner]))
    # a body named for its members "for" a cause, the cause going on in one ordinary word ("Americans for Fair Taxes
    # and Jobs", "Parents for Safe Streets and Parks"; not "Americans for Prosperity and Koch Industries", "... and
    # Club for Growth", "... and Heritage Foundation", "... and Environmental Defence": a second body's name after)
    field_after = k == j + 2 and _field_word(ctx, (lw := toks[k].text.lower())) and _unnamed_word(toks[k].text) \
        and lw not in R["org_words"]  # (one ordinary field word after "and")
    members_for = joiner is not None and _members_for_opening(before[:joiner + 1]) \
        and (field_after or _two_word_causes(ctx, before[joiner + 1:], j, k)) \
        and not (len(before) > joiner + 2 and toks[k].text.lower().endswith(R["member_plural_endings"]))
    # (not "Kelby Parents for Safe Schools and Teachers union": the members of another body after "and")
    inside_org = (opener or members_for) and joiner is not None \
        and toks[j + 2].text.lower() not in R["given_names"]  # "Center for Media and Public Affairs"
    # a members' body opened by a nationality ("European Patients’ Alliance for Access and Safety"): a plural
    # possessive before the body's word, one ordinary field word after "and" (not "... and American Airlines")
    members_field = inside_org and field_after and any(
        t.text.endswith("s") and ctx.text[t.end:t.end + 1] in "’'" for t in before[:joiner]) \
        and not _demonym(toks[k].text)
    # two plural nouns of members either side of "and", then a body's word: "United Filipino Travellers and
    # Consumers Association", "Amalgamated Couriers and Drivers Local 771"
    members = _plural_in_a_name(before[-1].text) and _second_members(ctx, j, k) and len(before) >= 2 \
        and (head in R["org_suffixes"] or toks[k].text == "Local")
    return _AndParts(joiner, inside_org, members, members_for, members_field, field_after)


def _two_word_causes(ctx: _Ctx, cause: list, j: int, k: int) -> bool:
    """Two causes of two ordinary words each either side of the "and" after ``toks[j]``, the second closing the run
    at ``toks[k]``: "Alabamians for Safe Prisons and Fair Sentencing", "Parents for Clean Air and Safe Streets"
    (not "Americans for Prosperity and Koch Industries": one word before "and")."""
    R, after = _rules(), ctx.toks[j + 2:k + 1]
    if cause and _TWO_PARTIES_BEFORE.search(ctx.text, max(0, cause[0].start - 60), cause[0].start):
        return False  # ("run jointly by Parents for Safe Schools and Teach First": two bodies after "by")
    return len(cause) == 2 and len(after) == 2 and all(
        _field_word_or_plural(ctx, (lw := t.text.lower()))
        and _unnamed_word(t.text) and lw not in R["org_words"]
        and not t.text.isupper() and not t.poss for t in [*cause, *after])


# "between", "by" or "with" before a body's name, "for" and its cause: a second party may follow after "and"
_TWO_PARTIES_BEFORE = re.compile(r"\b(?:between|by|with)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}for\s+"
                                 r"(?:[A-Z][\w’'-]*\s+)?$")


def _second_members(ctx: _Ctx, j: int, k: int) -> bool:
    """The members' plural after "and" (``toks[j + 1]``), first ("... and Consumers Association") or last before the
    body's word after one common word ("... and Ferry Owners Association", "... and Taxi Drivers Union")."""
    toks = ctx.toks
    return _plural_in_a_name(toks[j + 2].text) or (
        k == j + 4 and _plural_in_a_name(toks[k - 1].text) and toks[j + 2].text[1:].islower()
        and _unnamed_word(toks[j + 2].text) and not _demonym(toks[j + 2].text)
        and (lw := toks[j + 2].text.lower()) not in _rules()["opening_adjectives"] and lw not in _rules()["org_words"])
    # (not "... and National Carers Association": a second body's name opens with its adjective)


def _members_for_opening(words: list) -> bool:
    """A plural of members (or of a nationality) and "for", perhaps after a place or region word: "Parents for",
    "Americans for", "Kelby Citizens for" (the people of a place for a cause)."""
    if len(words) not in (2, 3, 4) or words[-1].text != "for" or words[0].text.lower() in _rules()["given_names"]:
        return False
    members = words[-2].text
    return members.endswith("s") and (_plural_in_a_name(members) or _demonym(members)) \
        and all(_place_like(t.text) for t in words[:-2])


def _place_like(w: str) -> bool:
    """A place of the gazetteer, a region or nationality word, or a capitalised word that is no common word, given
    name, body's word or known body (a place the gazetteer lacks: "Kelby" in "Kelby Citizens for Peace")."""
    R = _rules()
    return w in R["places"] or _demonym(w) or (
        _NAME_WORD.fullmatch(w) is not None and _unnamed_word(w) and not _common_word(w) and w.lower() not in R["org_words"])


def _firm_before_and(ctx: _Ctx, i: int, j: int, k: int, parts: _AndParts) -> bool:
    """A firm "X & Y" whole before "and", a name of several words after it: two names."""
    toks = ctx.toks
    return j - i >= 2 and toks[j - 1].text in ("&", "&amp;") and not parts.inside_org and not parts.members \
        and k > j + 2 and not _common_word(toks[j + 2].text)


def _and_numbered_head(ctx: _Ctx, j: int, k: int, head: str) -> str:
    """The head word of the run after "and", read as "fund" for a pension plan or "union" for a numbered local."""
    toks = ctx.toks
    if _fund_plan((toks[k - 1].text, toks[k].text)):
        return "fund"  # "Kelby Nurses and Public Servants Pension Plan": a pension fund's name
    if k > j + 2 and toks[k].text == "Local" and _plural_in_a_name(toks[k - 1].text):
        return "union"  # "Amalgamated Bus and Mechanical Workers Local 3120": a union's numbered local
    return head


def _and_second_body(ctx: _Ctx, i: int, j: int, k: int, head: str, parts: _AndParts, dotted_form: bool) -> int | None:
    """The verdict of the run after "and" as a body's name (a place, a head word, fields listed), or None."""
    R, toks = _rules(), ctx.toks
    before = toks[i:j + 1]
    inside_org, members = parts.inside_org, parts.members
    listed = ", " in ctx.text[before[0].start:before[-1].end]  # (fields in commas before "and")
    if toks[k].text in R["places"] and k > j + 2 and _fields_then_place(ctx, i, k):
        return k - j  # "Environment and Climate Change Kelbia": fields of a country's department, then the country
    if inside_org and toks[k].text in R["places"] and k > j + 2 \
            and _named_after_a_place(tuple(t.text for t in toks[j + 2:k + 1])):
        return 0  # a second body named after its country after "and": "the Bank of Kelbia and Public Health Kelbia"
    if head == "district" and k > j + 2 and _field_word(ctx, toks[j].text.lower()) \
            and all(_unnamed_word(t.text) and not t.poss for t in toks[j + 2:k]):
        return k - j  # "the Upper Saco Valley Water and Sewer District": a district that serves the fields named
    if (head not in R["org_suffixes"] and not inside_org and not members and not dotted_form
            and not (listed and _members_of(ctx, k))) \
            or (toks[k].text.isupper() and not dotted_form) \
            or (toks[j + 2].text.lower().rstrip(".") in R["honorifics"]
                and (k > j + 2 or toks[k].text.lower() not in R["title_field_words"])
                and not (listed and _members_after_title_word(ctx, i, j, k))
                and not _field_title_then_head(ctx, j, k, head)) \
            or toks[j + 2].text in R["places"] and not _trade_word_then_members(ctx, j, k):
        return 0  # (nor a title after "and": "the University of Chicago and Professor Jo Doe", "the Board of Trade
        # and Mayor", but a field's word that closes the name alone or before the body's word: "Movement for Kelby and
        # Justice", "the Kelby Rights and Justice Network"; nor a place
        # opening a second name: "Acme Pension Scheme and China Investment Corporation")
    if listed and (head in R["org_suffixes"] or _members_of(ctx, k)):
        return k - j  # a list of fields before the body's word ("Timber, Furniture and Joinery Workers Union")
    return None


def _trade_word_then_members(ctx: _Ctx, j: int, k: int) -> bool:
    """Before "and", a plural of members (``toks[j]``); after it, a word the article also writes in lower case (a
    place's name too: "Ore"), a plural of members with its possessive and a body's word closing the run: one union of
    two trades ("the Kelby Gold Diggers and Ore Crushers' Association"), no place opening a second name."""
    R, toks = _rules(), ctx.toks
    members = toks[k - 1].text.rstrip("’'")
    return k == j + 4 and _members_word(ctx, j) and toks[j + 2].text.lower() in ctx.lower_words \
        and members.lower().endswith(R["member_plural_endings"]) and _plural_in_a_name(members) \
        and toks[k].text.lower() in R["org_suffixes"]


def _field_title_then_head(ctx: _Ctx, j: int, k: int, head: str) -> bool:
    """After "and", a title that also names a field (``title_field_words``: "Justice"), ordinary field words and a
    body's word closing the run: a field of the body's name ("the Kelby Rights and Justice Network", "... and Justice
    Reform Forum"), since a title goes before a person's name, not before a body's word."""
    R, toks = _rules(), ctx.toks
    return k > j + 2 and toks[j + 2].text.lower() in R["title_field_words"] and head in R["org_suffixes"] \
        and all(_field_word(ctx, t.text.lower()) and _unnamed_word(t.text) for t in toks[j + 3:k])


def _members_after_title_word(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """After "and" (``toks[j + 1]``), a title's word ("General"), a plural of members and the body's word closing the
    run (``toks[k]``): the last of a union's listed trades (``toks[i..j]``: one word each after the first comma, the
    first no body's name of two words) ("... Port, Rail and General Workers' Union"), no title before a
    person's name ("... and General Jo Doe"), nor the last of bodies or firms listed ("the Nurses Union, Teachers
    Union and General Practitioners Association", "Kelby Steel, Tarn Cement and General Contractors Association")."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    members = toks[j + 3].text if k == j + 4 else ""
    trades = [t.split() for t in text[toks[i].start:toks[j].end].split(", ")]
    return _plural_in_a_name(members) and members.lower().endswith(R["member_plural_endings"]) \
        and toks[k].text.lower() in R["org_suffixes"] and all(len(t) == 1 for t in trades[1:]) \
        and not (len(trades[0]) > 1 and trades[0][-1].lower() in R["org_suffixes"])  # (a trade alone may be a
    # body's word: "the Police, Prisons and Chief Officers Association")


def _and_lead_alone(ctx: _Ctx, i: int, j: int, k: int, parts: _AndParts) -> bool:
    """The words before "and" make a name of their own: a given name, a place, a nationality, initials, a body."""
    R, toks = _rules(), ctx.toks
    before = toks[i:j + 1]
    first = " ".join(t.text for t in before)
    inside_org, joiner = parts.inside_org, parts.joiner
    lead = before[:joiner] if inside_org else before
    after = toks[j + 2:k + 1]
    if not inside_org and (region := _region_words(ctx, before, after)) \
            and (region == 2 or not _demonym(before[0].text) or _fields_of_a_nation(before)) \
            and _field_then_body(ctx, before, after):
        return False  # "the Kelby Valley River Safety and Rescue Society": a region's body of two fields; "the
        # Tarnish Glass Products and Ceramics Industry Association": a nation's body of two fields
    second = toks[j + 2].text.lower()
    if inside_org and len(before) > 1 and (before[0].text.lower() in R["opening_adjectives"] or (
            _demonym(before[0].text) and _plural_in_a_name(toks[k].text)
            and toks[k].text.lower().endswith(R["member_plural_endings"])
            and not (toks[j].text.endswith("s") and not toks[j].text.endswith("ss"))
            and all(_unnamed_word(t.text) and not t.text.isupper() and t.text.lower() not in R["org_words"]
                    for t in toks[j + 2:k])) or _nation_s_cause_fields(ctx, before, joiner, j, k)) \
            and before[1].text.lower() in R["org_prefixes"] and not _demonym(toks[j + 2].text) \
            and second not in R["opening_adjectives"] and second not in R["org_prefixes"]:
        lead = before[1:joiner]  # "Canadian Council of Independent and Family Grocers": the nation's body (not
        # "British Federation of Shipping and American Airlines", "American Federation of Teachers and National
        # Education Association": a second body's name opens after "and"); after any nationality when the members
        # close the name after a field ("the Tarnish Union of Glass and Ceramics Workers"; not after a plural that
        # closes the first body's name, "the Chinese Academy of Sciences and Huawei Engineers"; nor before an
        # abbreviation or a body's word, "the Kelbian Federation of Paper and PGE Workers", "... and Kelby Media
        # Group Workers")
    return before[0].text.lower() in R["given_names"] or first in R["places"] or first == toks[k].text \
        or (any(_demonym(t.text) and not (t.text in R["member_parties"] and x + 1 < len(lead) and not t.poss
                                          and not t.text.endswith("s"))
                for x, t in enumerate(lead)) and not parts.members and not parts.members_for
            and not parts.members_field and not (inside_org and parts.field_after)) \
        or (before[-1].text.isupper() and len(before[-1].text) > 1) \
        or (len(before) > 1 and before[-1].text.lower().rstrip(".") in R["org_suffixes"] and not inside_org
            and not _field_then_body(ctx, before, toks[j + 2:k + 1]))
    # (a party's word before more of the lead is a field too: "the Coastal Labour Rights and Legal Aid Centre")
    # (a party or nationality word after the "for" of a body's name is a field: "Institute for Labour and Coastal
    # Studies", "Institute for European and Asian Affairs"; a body's word alone before "and" that closes the name
    # after it ends another body's name: "Sainsbury's Bank and Tesco Bank")


def _nation_s_cause_fields(ctx: _Ctx, before: list, joiner: int, j: int, k: int) -> bool:
    """A nationality word, a body's word and "for" before "and", then ordinary words of a field to the run's end:
    the cause goes on across "and" ("the Latvian Union for Rural Schools and Public Transport", "the Estonian
    Institute for Transport and Housing Studies"); not a second body's name after it (a nationality, a given name, a
    place, an abbreviation or a body's opening word: "... and American Airlines", "... and National Grid", "... and
    UK Power")."""
    R, toks = _rules(), ctx.toks
    return _demonym(before[0].text) and before[joiner].text == "for" and all(
        _unnamed_word(t.text) and not t.text.isupper() and not _demonym(t.text)
        and _field_word_or_plural(ctx, (lw := t.text.lower()))
        and lw not in R["org_prefixes"] and lw not in R["opening_adjectives"] for t in toks[j + 2:k + 1])


def _fields_of_a_nation(before: list) -> bool:
    """A nationality word, then one or two fields that name no company of their own before "and" (no word of
    ``org_suffixes``: not "the British Gas and Energy Networks Association", two bodies): "the Tarnish Glass Products
    and Ceramics Industry Association", "the Kelbian Lakes and Villages Party"."""
    R = _rules()
    return _demonym(before[0].text) and 2 <= len(before) <= 3 \
        and not any(t.text.lower() in R["org_suffixes"] or t.text.lower() in R["org_prefixes"] for t in before[1:])


def _one_field_body_after(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """Three words or more before "and", then one capitalised ordinary word and a body's word that closes the run:
    the body's second field and its word, naming no body of its own ("the Kelby Nurses' Guild and Benevolent
    Association", "the Tarnian Flood Watch and Geohazard Center", "the National Tarnian Service and Education
    Consortium"), though a nationality opens the name or a body's word closes the part before "and".  Not an
    institution's word before "and" nor the same word after it ("the Kelby County Council and Planning Commission",
    "the Kelby Police Department and Fire Department": two bodies), nor a name, place or nationality after "and"
    ("the Tarnian Shipping Federation and American Airlines"), nor a chamber's or a force's short name before it
    ("the Tarnian Navy and Coast Guard": two words), nor a members' body's word before it ("the Kelby Private Sector
    Alliance and Manufacturers Association": two bodies); the head one of ``second_field_heads`` (no company's:
    "Americans for Prosperity and Koch Industries"), no "of"/"for" before "and" (:func:`_and_parts` reads those)."""
    R, toks = _rules(), ctx.toks
    field, head, last = toks[j + 2].text, toks[k].text, toks[j].text
    return k == j + 3 and j - i >= 2 and head in R["second_field_heads"] and not toks[k].poss \
        and not any(t.text in _ORG_JOINERS for t in toks[i:j]) \
        and _unnamed_word(field) and not _demonym(field) and not field.isupper() and field.lower() not in R["org_words"] \
        and field not in R["public_body_heads"] and not _closes_a_public_body(last, head) \
        and last not in R["members_body_words"]


def _and_part_alone(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """Either part of the name across "and" stands alone elsewhere in the article more often than with it."""
    R, toks = _rules(), ctx.toks
    second = ctx.text[toks[j + 2].start:toks[k].end]
    # each part against its "and" and the word across it: two bodies may share a field list ("Ministry of Lands and
    # Land Reform Affairs", "Select Committee on Lands and Land Reform Affairs")
    return _first_part_alone(ctx, i, j) \
        or (_written_count(ctx, second, alone=True) > _written_count(ctx, ctx.text[toks[j].start:toks[k].end])
            and not (k == j + 2 and (_common_word(second) or (
                second.lower() in ctx.lower_words and second.endswith("s") and not second.endswith("ss")))
                     and second.lower() not in R["org_words"]
                     and second not in R["known_organisations"] and second not in R["member_parties"]))
    # (a part also stands alone: two names ("Jane Doe and Fox News"; a common word alone, "Policy" in a section
    # label, names no body: "Institute for Health Economics and Policy"; nor a plural the article writes in lower
    # case too, opening a sentence: "Suppliers are worried" and "... Association of Kelby Producers and Suppliers";
    # a brand also written in lower case for its thing is a name still: "Jeep said ..." and "a jeep")


def _comma_form_across_and(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """A legal form after a comma closing the name after "and" (``toks[j + 1]``), none before it, fields' words
    after "and" (or one word, after words of no body: "Pipe and Foundry"), no given name first, the part before no
    name of its own elsewhere nor a body's whole name (the one word after "and" may stand alone when the article
    writes it in lower case too: "the foundry's bill", "Foundry posts profit"): one company ("Tennessee Valley Pipe
    and Foundry, Inc."; not "Jo Doe and Acme, Inc.", "Kelby Bank and Tarn Holdings, Inc.")."""
    R, toks = _rules(), ctx.toks
    return j > i and _comma_legal_form_after(ctx, i, k) and toks[i].text.lower() not in R["given_names"] \
        and all(_unnamed_word(t.text) and not t.text.isupper() and (_field_word(ctx, t.text.lower()) or (
            k == j + 2 and not any(x.text.lower() in R["org_words"] for x in toks[i:j + 1])))
                for t in toks[j + 2:k + 1]) \
        and not any(t.text.rstrip(".") in R["legal_forms"] for t in toks[i:j + 1]) \
        and not _body_before_and(ctx, i, j, k) and (not _and_part_alone(ctx, i, j, k) or (
            k == j + 2 and toks[k].text.lower() in ctx.lower_words and not _first_part_alone(ctx, i, j)))


def _first_part_alone(ctx: _Ctx, i: int, j: int) -> bool:
    """The part before "and" (``toks[i..j]``) stands alone elsewhere in the article more often than with it."""
    first = " ".join(t.text for t in ctx.toks[i:j + 1])
    return _written_count(ctx, first, alone=True) > _written_count(ctx, ctx.text[ctx.toks[i].start:ctx.toks[j + 2].end])


def _two_trades_before_company(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """``toks[i..k]`` is one firm's name with two trades joined by "and" at ``toks[j + 1]`` and its company word
    closing it ("Kelby Minerals and Construction Company"): a name's word, a body's trade word before "and" that
    does not close a firm's whole name alone ("Kelby Energy", "Tarn Power": :func:`_rules` ``firm_whole_endings``),
    one ordinary trade word after it, and the company word with no "of" and a place after it ("Tarn Energy and
    Public Service Company of Kelby": two firms); no given name first, not a known body before "and"."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    return toks[k].text in R["company_tails"] and k == j + 3 and j > i and toks[j].text.lower() in R["org_suffixes"] \
        and toks[j].text not in R["firm_whole_endings"] and toks[i].text.lower() not in R["given_names"] \
        and text[toks[i].start:toks[j].end] not in R["known_organisations"] \
        and not text.startswith(" of ", toks[k].end) and _unnamed_word(toks[j + 2].text) \
        and _field_word(ctx, toks[j + 2].text.lower())


def _one_body_shape(ctx: _Ctx, i: int, j: int, k: int, head: str) -> bool:
    """Shapes across the "and" after ``toks[j]`` that make ``toks[i..k]`` one body's name whatever its parts are
    written alone: a bank's pair of words, the sites a body runs, a chamber's committee, the members' body of two
    places (:func:`_and_join`)."""
    R, toks, before = _rules(), ctx.toks, ctx.toks[i:j + 1]
    if _firm_tail_after_and(ctx, i, j, k):
        return True  # "Doe and Partners", "Tarn and Associates LLP", "Kelby Roe and Partners Law Firm": one firm
    if _two_trades_before_company(ctx, i, j, k):
        return True  # "Kelby Minerals and Construction Company": one firm's two trades and its company word after
        # both (a short form may drop the second trade: "Kelby Minerals' chief said")
    if f"{toks[j].text} and {toks[j + 2].text}" in R["body_word_pairs"] and k > j + 2 and head in R["org_suffixes"]:
        return True  # "Kelby Bank and Trust Company", "Tarn Savings and Loan Association": one bank's name
    if k > j + 2 and toks[j + 2].text in R["allied_members_openers"] and _plural_in_a_name(toks[j + 3].text) \
            and before[0].text.lower() not in R["given_names"] and before[-1].text not in R["members_body_words"] \
            and ((j + 4 < len(toks) and toks[j + 4].text == "of") or _trade_before_allied(before[-1].text)):
        return True  # "Kelby Steel and Allied Workers of America", "Printing and Kindred Trades Union": a union of
        # one trade's members and those of the trades allied to it (not "Acme Union and Allied Workers": a body
        # before "and"; nor "Tarn Mining and Allied Miners Union": a company, then a union)
    if k == j + 2 and j > i and toks[k].text in R["venue_closers"] and toks[j].text in R["venue_heads"] \
            and not toks[k].poss and before[0].text.lower() not in R["given_names"]:
        return True  # "the Kelby Sands Resort and Spa", "Tarn Golf Club and Spa": a venue and what it also runs
    if k == j + 2 and j > i and toks[k].text in R["closing_site_plurals"] and not toks[k].poss \
            and before[-1].text.lower() in R["org_words"] and before[0].text.lower() not in R["given_names"] \
            and not (k + 1 < len(toks) and toks[k + 1].text in R["site_area_prepositions"]):
        return True  # "Kelby Medical Center and Clinics": the sites a body runs close its name
    if j > i and before[0].text in R["committee_chambers"] and head in R["committee_words"] \
            and not any(_party_or_members(t.text) for t in before[1:]):
        return True  # "the Senate Energy and Natural Resources Committee", "House Energy and Commerce Committee"
        # (not "House Republicans and Oversight Committee investigators": a chamber's members, then a committee)
    if _chamber_fields_before_committee(ctx, i, j, k):
        return True  # "a House Energy and Commerce subcommittee": the committee's word in lower case after its name
    if _party_of_two_ideas(ctx, i, j, k):
        return True  # "the National Liberal and Reform Party", "the Conservative and Unionist Party": one party
    if _two_places_public_body(ctx, i, j, k):
        return True  # "the Kelby and Tarn Island Ferry Council": the body of two places
    if _for_named_party(ctx, i, j, k):
        return True  # "the For Kelby and Tarn party": a party named "For ..."
    if _members_body_of_two_places(ctx, i, j, k):
        return True  # "the Federation of Bus Drivers of Kelby and Tarnville": the members' body of two places
    # "the Tarno and Vell Residents’ Association": a body of the people of two places
    return _places_members_body(ctx, i, j, k) or _two_places_plural_body(ctx, i, j, k)


def _members_body_of_two_places(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """A members' body's word (``members_body_words``), then "of" and a listed place just before "and", and a listed
    place (or a county, :data:`_COUNTY_NAME`) after it to the run's end: the body of the members of both places ("the
    Federation of Bus Drivers of Kelby and Tarnville", "the Union of Market Traders of Mombasa and Malindi", "the
    Taxpayers League of Kelby and Tarn County"), though each place also stands alone in the
    story.  Not another kind of body ("the University of Chicago and Boston": two names), nor when the second place
    owns what follows, the opening of a new phrase ("the Union of Drivers of Kelby and Tarnville's transport
    minister")."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    p = next((x for x in range(j - 1, i, -1) if toks[x].text == "of"), None)
    if p is None or toks[k].poss or not any(t.text in R["members_body_words"] for t in toks[i:p]):
        return False
    return all(_listed_place(text[toks[a].start:toks[b].end])
               or _COUNTY_NAME.fullmatch(text, toks[a].start, toks[b].end)
               and not _NOUN_AFTER_COUNTY.match(text, toks[b].end) for a, b in ((p + 1, j), (j + 2, k))) \
        or _listed_place(text[toks[p + 1].start:toks[k].end])  # (one country named with "and": "the Federation of
    # Cane Workers of Trinidad and Tobago", "... of Bosnia and Herzegovina", though the gazetteer may lack one part)


# A county's or parish's name, a place whatever the gazetteer lists: "Chatham County", "St. Tammany Parish"
_COUNTY_NAME = re.compile(r"(?:[A-Z][\w’'.\-]+ ){1,2}(?:County|Parish|Borough)")


# a lower-case word after a county's name that is no verb's form: the county names what follows ("Franklin County
# election officials"), not the end of a body's name ("... and Chatham County praised")
_NOUN_AFTER_COUNTY = re.compile(r" (?!(?:has|had|have|is|was|will|would|said|says|and|or|to|on|in)\b)"
                                r"[a-z]+\b(?<!ed)(?<!s)")


def _listed_place(name: str) -> bool:
    """A place of the rules' list or of the world gazetteer (a saint's place written "St." too: "St. Lucia")."""
    return name in _rules()["places"] or name in _world_places() \
        or (name.startswith("St. ") and _listed_place("St " + name[4:]))


def _for_named_party(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """``toks[i..k]`` is a capitalised "For", one word, "and" and one word, after "the" inside a sentence, and a
    party's or a movement's noun in lower case follows it (``for_name_body_nouns``): "the For Kelby and Tarn party",
    "the For Fatherland and Freedom alliance" (not "For Kelby and Tarn, the vote ..." opening a sentence, nor two
    groups' names of two words joined in an alliance: "the For Kelby Women and Tarn Matters alliance")."""
    toks, text = ctx.toks, ctx.text
    if toks[i].text != "For" or j != i + 1 or k != j + 2 \
            or not _THE_AT_END.search(text, max(0, toks[i].start - 4), toks[i].start) \
            or k + 1 >= len(toks) or toks[k + 1].sid != toks[k].sid or text[toks[k].end:toks[k + 1].start] != " ":
        return False
    return toks[k + 1].text in _rules()["for_name_body_nouns"]


def _two_places_public_body(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """After "the", one word shaped as a place, "and", a second place of one or two words (the second a place's last
    word: "Long Island"), at most two field words and a public or members' body's word closing the run: the body
    of the two places ("the Kelby and Tarn Island Ferry Council", "the Kelby and Tarno Police"), though a place also
    stands alone in the story.  Not a known body first ("the Senate and Kelby Council"); not two nations' bodies (a
    nationality or an abbreviation first: "the German and French Police", "the US and UK Border Agency"; two places of
    the gazetteer that are not one: "the Kenya and Uganda Police", but "the Trinidad and Tobago Police Service"); nor
    before a plural, the two bodies' people ("the Kelby and Tarno Police chiefs")."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    head, first, second_place = toks[k].text, toks[i].text, toks[j + 2].text
    if i != j or not 3 <= k - j <= 5 or toks[k].poss or (head not in R["public_body_heads"]
                                                          and head not in R["members_body_words"]):
        return False
    if not _THE_AT_END.search(text, max(0, toks[i].start - 4), toks[i].start) or _plural_follows(ctx, k) \
            or _demonym(first) or first.isupper() or not (first in R["places"] or _place_like(first)):
        return False
    if first in R["places"] and second_place in R["places"] and f"{first} and {second_place}" not in R["places"]:
        return False  # (two nations: "the Kenya and Uganda Police")
    second = 1 if toks[j + 3].text in R["place_suffixes"] and k > j + 3 else 0  # ("Long Island")
    fields = toks[j + 3 + second:k]
    return (second_place in R["places"] or _place_like(second_place)) and len(fields) <= 2 \
        and all(_field_word(ctx, t.text.lower()) and _unnamed_word(t.text) and not t.text.isupper() for t in fields)


def _party_of_two_ideas(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """Up to three words of a party's ideas before "and" (``party_words``, ``party_name_words``: "National Liberal",
    "Conservative"), one or two capitalised words after it and "Party" closing the run: one party's name.  Not a
    party's word after "and" ("Republican and Democratic Party leaders": the two parties' leaders), nor before a
    plural (two parties' members or ballot lines: "Labour and Reform Party voters", "Democratic and Working Families
    Party lines").  After one party's word alone, only with "the" before and no other party's short name after "and"
    (``member_parties``, ``party_name_words``): "the Labour and Co-operative Party" (not "the Liberal and Green Party
    coalition", "Conservative and Brexit Party ...")."""
    R, toks = _rules(), ctx.toks
    if toks[k].text != "Party" or j - i >= 3 or k - j not in (3, 4) or _plural_follows(ctx, k):
        return False
    if not (all(t.text in R["party_words"] or t.text.lower() in R["party_name_words"] for t in toks[i:j + 1])
            and all(t.text not in R["party_words"] and _unnamed_word(t.text) and not t.text.isupper()
                    and not _demonym(t.text) for t in toks[j + 2:k])):
        return False
    second = toks[j + 2:k]
    return i < j or toks[i].text not in R["party_words"] or (
        _THE_AT_END.search(ctx.text, max(0, toks[i].start - 4), toks[i].start) is not None
        and not (len(second) == 1 and (second[0].text in R["member_parties"]
                                       or second[0].text.lower() in R["party_name_words"])))


def _plural_follows(ctx: _Ctx, k: int) -> bool:
    """A plural right after ``toks[k]`` (a single space, one sentence): people or things of the name before, in lower
    case or an abbreviation's ("Party candidates", "Party lines", "Police chiefs", "Party MPs"); no verb of saying."""
    toks, text = ctx.toks, ctx.text
    if k + 1 >= len(toks) or toks[k + 1].sid != toks[k].sid or text[toks[k].end:toks[k + 1].start] != " ":
        return False
    w = toks[k + 1].text
    return (w.isalpha() and w.islower() and w.endswith("s") and not w.endswith("ss")
            and w not in _rules()["stopwords"] and w not in _REPORTING) or _ABBREVIATION_PLURAL.fullmatch(w) is not None


# An abbreviation in the plural ("MPs", "MEPs", "CEOs").
_ABBREVIATION_PLURAL = re.compile(r"[A-Z]{2,}s")


def _chamber_fields_before_committee(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """A chamber, then its committee's fields either side of "and" and nothing else, the committee's word in lower
    case after them and no person's role after that: one committee ("a House Energy and Commerce subcommittee",
    "the House Ways and Means committee").  Not a title or a person before "and" ("House Speaker Paul Ryan and
    Rules committee chairman ..."), a second chamber after it ("the House Intelligence and Senate Intelligence
    committee leaders"), nor two committees at work together ("a joint House Judiciary and Oversight committee
    inquiry")."""
    R, toks = _rules(), ctx.toks
    if k + 2 >= len(toks) or toks[k + 1].text not in R["committee_words"] or toks[k + 1].sid != toks[k].sid \
            or toks[i].text not in R["committee_chambers"] or _title_word(toks[k + 2].text) \
            or _TWO_BODIES_BEFORE.search(ctx.text, max(0, toks[i].start - 6), toks[i].start):
        return False
    return not any(_party_or_members(t.text) for t in toks[i + 1:j + 1]) and all(
        t.cap and not t.text.isupper() and not _title_word(t.text) and t.text.lower() not in R["given_names"]
        and t.text not in R["committee_chambers"] and t.text not in R["places"]
        for t in toks[i + 1:j + 1] + toks[j + 2:k + 1])


# "joint" or "both" just before a chamber's committees: two of them at work together.
_TWO_BODIES_BEFORE = re.compile(r"\b(?:joint|both) $")


def _firm_tail_after_and(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """A firm's tail (``firm_tails``: "Partners", "Associates", "Sons") after "and" closes the run, perhaps with a
    professional or legal form after it, and up to three words before "and" with no body's word among them: a firm
    named after one partner ("Doe and Partners", "Tarn and Associates LLP", "Kelby Roe and Partners Law Firm"; not
    "Blackstone and Partners Group": a second firm's name goes on; nor "Acme Bank and Partners": a body and others).
    After a person's whole name, "and Co." or "and Company" alone (``company_tails``) are the people around that
    person ("Jo Doe and Co. were booed off") unless a firm's word comes before ("lawyers at Jo Doe and Co.")."""
    R, toks = _rules(), ctx.toks
    if j - i >= 3 or R["firm_tail_after_and"].fullmatch(ctx.text, toks[j + 2].start, toks[k].end) is None \
            or any(t.text.lower() in R["org_words"] or t.text in R["known_organisations"] for t in toks[i:j + 1]):
        return False
    return k > j + 2 or toks[k].text not in R["company_tails"] or j == i \
        or toks[i].text.lower() not in R["given_names"] \
        or any(w.lower() in R["firm_cue_words"] for w in _last_words(_CONTEXT_WORDS, ctx.text, toks[i].start, 50, 5))


def _trade_before_allied(word: str) -> bool:
    """A trade's word before "and Allied/Kindred <members>" without "of" after them: no company's word ("Tarn
    Airlines", "Kelby Steel", "Acme Health") and no plural ("Tarnford Mills", "Greenlow Farms"): "Printing and
    Kindred Trades Union", "Kelby Industrial and Allied Workers Union"."""
    return word.lower() not in _rules()["org_suffixes"] and not word.endswith("s")


def _field_then_body(ctx: _Ctx, before: list, after: list) -> bool:
    """Two fields of one body before its word, the first closed by an industry's word: "Clean Energy and Storage
    Alliance", "National Telecommunications and Spectrum Board".  The first part names no company of its own
    (three words at most, none a given name, place, nationality, known body or abbreviation; its last word an
    industry's, no institution's: not "Kelby Council and ..."), the part after "and" is ordinary words and a body's
    word (not "Kelby Energy and Tarn Power Board": a name in it)."""
    R = _rules()
    last, head = before[-1].text.lower(), after[-1].text
    region = _region_words(ctx, before, after)
    if len(before) - region > 3 or len(after) > 3 or last in R["org_prefixes"] \
            or before[-1].text.rstrip(".") in R["legal_forms"]:
        return False
    if not (_names_a_body(head) or head in R["members_body_words"] or head.rstrip(".") in R["legal_forms"]
            or (region and head.lower() in R["org_suffixes"])):
        return False  # (a legal form closing both fields: "Kelby Shipbuilding and Marine Engineering Ltd")
    if head.rstrip(".") not in R["legal_forms"] and ctx.text[after[-1].end:after[-1].end + 4] != " of " \
            and ctx.text[max(0, before[0].start - 4):before[0].start].lower() != "the " and any(
            not (_field_word(ctx, lw := t.text.lower()) or lw in R["opening_adjectives"] or lw in R["org_prefixes"]
                 or lw.endswith(R["member_plural_endings"])) for t in before[:-1]):
        return False  # a company's own word before its industry, then an industry's body: "Acme Energy and Energy
        # Networks Association" are two (but "the" before it or "of" and a country after it make one body's name:
        # "the Clean Energy and Storage Alliance", "Clean Energy and Storage Alliance of Kelbia")
    own = before[region:]
    return len(after) > 1 and all(_unnamed_word(t.text) and not t.text.isupper() and not _demonym(t.text)
                                  for t in own) \
        and all(_unnamed_word(t.text) and (_field_word(ctx, (lw := t.text.lower())) or _ACTIVITY.search(lw) or (
            _plural_in_a_name(t.text) and lw.endswith(R["member_plural_endings"]))
            or (lw.endswith("s") and lw[:-1] in R["common_words"])) for t in after[:-1])
    # (a plural field: "... and Regions Party")


def _region_words(ctx: _Ctx, before: list, after: list) -> int:
    """How many words of a region open ``before`` after "the", one or two field words following them before "and":
    a place or nationality word ("the Kelby Health and Medical Research Foundation", "the Tarnshire Health and
    Social Care Partnership"; a place of the world gazetteer that is no common word too), a word and a place's last
    word ("the Kelby Valley River Safety and Rescue Society", "the Tarn Ocean Reef and Fisheries Research Trust"), or
    two places and "and" before one field ("the Kelby and Tarn Health and Community Care Trust"); none without "the"
    ("Kelby Water and Environment Agency staff": a company, then a national body), nor when a body's word closes the
    part before "and" ("the Kelby Police Service and Fire Services", "the Tarn Ports Authority and Revenue
    Authority": two bodies of one place)."""
    R, first = _rules(), before[0]
    if len(before) < 2 or ctx.text[max(0, first.start - 4):first.start].lower() != "the " \
            or _closes_a_public_body(before[-1].text, after[-1].text):
        return 0
    two = 3 <= len(before) <= 4 and (before[1].text in R["place_suffixes"]  # ("Kelby Valley", "Tarn Ocean")
                                     or first.text in R["place_words"] and (before[1].text in R["places"]
                                                                           or _demonym(before[1].text)))
    # (or a compass word and a place or a nationality: "the Eastern Caribbean Volcano and Geothermal Observatory")
    if first.text in R["places"] or _demonym(first.text) or (
            first.text in _world_places() and not _common_word(first.text)):
        return 2 if two else int(len(before) <= 3)
    if len(before) == 4 and before[1].text == "and" and all(
            _listed_place(t.text) or _place_like(t.text) for t in (first, before[2])):
        return 3  # two places: "the Kelby and Tarn Health and Community Care Trust"
    return 2 if two and (_place_like(first.text) or first.text in R["place_words"]) else 0


def _closes_a_public_body(last: str, head: str) -> bool:
    """Whether ``last``, the word before "and", closes a body of its own: an institution's word
    (``public_body_heads``, "Kelby Police", "Tarn Hospital") or the head that closes the part after "and" too
    ("Authority ... Authority", "Service ... Services")."""
    return last in _rules()["public_body_heads"] or _names_a_body(last) or last.rstrip("s") == head.rstrip("s")


# A trade named by its activity ("Engineering", "Shipbuilding", "Banking"), a field inside a body's name.
_ACTIVITY = re.compile(r"\w{4}ing$")


def _places_members_body(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """One capitalised word (no given name; or a region and a trade, see :func:`_region_then_trade`), "and", one
    capitalised word, a plural possessive and a body's word: the members' body of two places ("Tarno and Vell
    Residents’ Association", "Kelby and Tarn Ratepayers' Association"; a compass word before the first place and
    one field word before the members: "North Kelby and Tarn Ferry Users’ Group") or of two trades in a region
    ("Kelby Taxi and Minibus Owners’ Association"), though each part also stands alone in the story."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    field = k == j + 5 and _field_word(ctx, toks[j + 3].text.lower()) and _unnamed_word(toks[j + 3].text)
    return (i == j or _region_then_trade(ctx, i, j) or _compass_place(ctx, i, j)) and (k == j + 4 or field) \
        and toks[i].text.lower() not in R["given_names"] \
        and toks[k].text.lower() in R["org_suffixes"] and toks[k - 1].text.endswith("s") \
        and text[toks[k - 1].end:toks[k - 1].end + 1] in "’'" and not toks[j + 2].text.isupper()


def _compass_place(ctx: _Ctx, i: int, j: int) -> bool:
    """``toks[i..j]`` is a place of two words, a compass word (``place_words``) and a word shaped as a place: "North
    Kelby", "West Kelby"; not a listed place of its own, a country ("North Korea", "South Sudan": talks "between North
    Korea and China Trade Officials' Group" are two parties)."""
    toks, R = ctx.toks, _rules()
    return j == i + 1 and toks[i].text in R["place_words"] and _place_like(toks[j].text) \
        and f"{toks[i].text} {toks[j].text}" not in R["places"]


def _region_then_trade(ctx: _Ctx, i: int, j: int) -> bool:
    """A place or region word, then one ordinary word of a trade before "and": "the Northern Guesthouse and Homestay
    Operators' Club", "Kelby Taxi and Minibus Owners’ Association" (the members' body of two trades in a region; not
    "Kelby Council and Tenants' Union": a body's word before "and"; nor "Southern Water and Water Customers'
    Council": the trade again after "and" opens the customers' body)."""
    R, toks = _rules(), ctx.toks
    first, trade = toks[i].text, toks[j].text
    return j == i + 1 and (_demonym(first) or first in R["places"]) and toks[j + 2].text != trade \
        and (trade.lower() in R["common_words"] or trade.lower() in ctx.lower_words) \
        and trade.lower() not in R["org_words"] and trade not in R["known_organisations"]


def _two_places_plural_body(ctx: _Ctx, i: int, j: int, k: int) -> bool:
    """One capitalised word (no given name nor known body), "and", a capitalised word and a plural, then more
    capitalised words ("and" or "of" between) closed by a members' body word (``members_body_words``) within eight
    words: the body of two places' people ("Kelby and Orrin Counties Farmers and Water Users Association", "Marra
    and Tolu Landowners and Affected Persons Association")."""
    R, toks = _rules(), ctx.toks
    if i != j or k < j + 3 or toks[i].text.lower() in R["given_names"] or toks[i].text in R["known_organisations"]:
        return False
    plural = toks[j + 3].text
    return len(plural) > 3 and plural.endswith("s") and not toks[j + 3].poss and not toks[j + 2].text.isupper() \
        and R["members_body_ahead"].match(ctx.text, toks[j + 2].start) is not None


def _written_count(ctx: _Ctx, phrase: str, alone: bool = False) -> int:
    """How often the article writes ``phrase`` (``alone``: as a name of its own, see ``_alone``), each phrase
    counted once per article (an "and" join asks again at every mention of a name)."""
    key = (alone, phrase)
    n = ctx.counts.get(key)
    if n is None:
        n = ctx.counts[key] = _alone(ctx.text, phrase) if alone else ctx.text.count(phrase)
    return n


def _alone(text: str, part: str) -> int:
    """How often ``part`` is written as a name of its own: not inside a longer capitalised name ("Immigration" in
    "Citizenship and Immigration Services" does not count; "Fox News" in "Fox News said" does)."""
    n, at = 0, text.find(part)
    while at >= 0:
        end = at + len(part)
        before, after = text[max(0, at - 25):at], text[end:end + 6]  # (a whole word before: "County Durham")
        whole_words = not text[end:end + 1].isalnum() and not (at and text[at - 1].isalnum())
        if whole_words and not _CAP_BEFORE.search(before) and not _CAP_AFTER.match(after):
            n += 1
        at = text.find(part, at + 1)
    return n


_PAREN_ABBREVIATION = re.compile(r" \(([A-Z]{2,8})\)")
# The same, a hyphen perhaps between groups of initials: " (PUD-KT)".
_PAREN_INITIALS_HYPHENED = re.compile(r" \(([A-Z]{2,8}(?:-[A-Z]{1,6})?)\)")
_CAP_BEFORE = re.compile(r"(?:(?<![\w.])(?!The )(?:[A-Z]\w*|[A-Z]\.(?:[A-Z]\.)+|[A-Z][a-z]?\.)|of|for|&) $")  # a
# name goes on before a part ("Office of Immigration", "U.S. Treasury", "St. Jude"; not "The Treasury said": an
# article opening the sentence; nor "... in London. Treasury sources said": a full stop ends the sentence before it)
_CAP_AFTER = re.compile(r" (?:[A-Z]|& )")  # or after it ("Immigration Services")


# A wire dateline opening a paragraph: a place in capitals, perhaps a state or a date after a comma, perhaps the
# agency in brackets, then a dash ("LONDON (Reuters) -", "NEW YORK, March 4 (Reuters) -", "BEDFORD, N.H. (AP) —",
# "TORONTO —": without the agency or a comma, only a place of the gazetteer); Indian papers put a colon in the
# dash's place ("NEW DELHI, March 3:", "MUMBAI:").
_DATELINE = re.compile(fr"^(?P<place>[{_CAPS}][{_CAPS}.'’-]+(?:[ \u00a0][{_CAPS}][{_CAPS}.'’-]+){{0,3}})"
                       r"(?P<tail>,[ \u00a0][A-Z][^\n()—–―]{0,30}?)?[ \u00a0]*"
                       r"(?:[(/](?P<agency>[A-Z][\w.&/-]*(?:[ \u00a0][A-Z][\w.&/-]*){0,3})[)/][ \u00a0]*)?"
                       r"(?:\.?[—–―]|\.?--?|:)[ \u00a0]", re.M)  # (a horizontal bar too: "HEMPSTEAD, N.Y. ― ...")
# (Capitals with accents too, "BOUMERDÈS –"; a full stop before the dash as Spanish-language papers write it: the
# optional stop is needed after the agency's bracket, "KELBO (EFE).- ", as the place's and the tail's classes take it
# elsewhere, "KELBO, Tarno.- ")
# (The agency in brackets, or between slashes as press-release wires write it: "FARGO, N.D., June 8 /Acme Wire/ --")
# A place of the gazetteer in capitals and a full stop opening a paragraph: "DAR ES SALAAM. Bus owners ...", an
# East African paper's dateline.
_STOP_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z'’-]+(?:[ \u00a0][A-Z][A-Z'’-]+){0,3})\.[ \u00a0]+(?=[A-Z])", re.M)


def _datelines(text: str) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """The place and the agency of every wire dateline (see :data:`_DATELINE`), and the spans the datelines take."""
    cands, spans = [], []
    for m in _DATELINE.finditer(text) if "-" in text or "—" in text or "–" in text or "―" in text or ":" in text \
            else ():
        place = m.group("place")
        if sum(map(str.isalpha, place)) < 3 or not (m.group("agency") or m.group("tail")
                                                      or place.title() in _rules()["places"]
                                                      or _named_again(text, place, m.end())
                                                      or _gazetteer_dateline(place)
                                                      or _town_dateline(text, place, m.end())
                                                      or _lede_dateline(text, place, m.end())):
            continue  # (a dash alone after a word in capitals that is no known place: "UPDATE —", "WATCH -")
        name = _rules()["place_of_lower"].get(place.lower()) or _written_later(text, place, m.end()) or place.title()
        # ("DAR ES SALAAM": "Dar es Salaam"; "HCM CITY", the story writing "HCM City" later: as written there)
        cands.append(_Cand(start=m.start("place"), end=m.end("place"), name=name, cues=Counter(place=6)))
        if (region := _dateline_region(m)) is not None:
            cands.append(_Cand(start=region.start(1), end=region.end(1), name=region.group(1), cues=Counter(place=6)))
        if m.group("agency") and not _LETTERS_THEN_FIGURES.fullmatch(m.group("agency")):  # (a code: "(KR104)")
            cands.append(_Cand(start=m.start("agency"), end=m.end("agency"), name=m.group("agency"),
                               cues=Counter(organisation=4)))
        spans.append((m.start(), m.end()))
    if ". " in text:
        for m in _STOP_DATELINE.finditer(text):
            if (name := _rules()["place_of_lower"].get(m.group("place").lower())) is not None:
                cands.append(_Cand(start=m.start("place"), end=m.end("place"), name=name, cues=Counter(place=6)))
                spans.append((m.start(), m.end()))
    for m in _TITLE_DATELINE.finditer(text) if "(" in text or ":" in text else ():
        place = m.group("place")
        if any(a <= m.start() < b for a, b in spans) or place.split()[0] in _WEEKDAYS_AND_MONTHS \
                or not (m.group("agency") or place in _world_places() or place in _world_regions()):
            continue  # (a schedule's line: "Friday, June 7: Kelby v Tarn"; a timeline's: "Jo Doe, June 1: ...")
        cands.append(_Cand(start=m.start("place"), end=m.end("place"), name=m.group("place"), cues=Counter(place=6)))
        if m.group("region"):
            cands.append(_Cand(start=m.start("region"), end=m.end("region"), name=m.group("region"),
                               cues=Counter(place=6)))
        if m.group("agency") and not _LETTERS_THEN_FIGURES.fullmatch(m.group("agency")):
            cands.append(_Cand(start=m.start("agency"), end=m.end("agency"), name=m.group("agency"),
                               cues=Counter(organisation=4)))
        spans.append((m.start(), m.end()))
    return cands, sorted(spans)


_WEEKDAYS_AND_MONTHS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
                                  "April May June July August September October November December".split())
# A dateline in title case, as Indian and other wires write it: a town (its state in brackets), a comma, the month
# and the day, then the agency in brackets or a colon ("Kelbapur, Nov 19 (PTI)", "Tarnagar (Gujarat), Nov 19 (PSI)",
# "Kelbima, September 22 (KLB):"); with a colon alone, only a town or a region of the gazetteer (not a weekday nor a
# person: "Friday, June 7:", "Jo Doe, June 1:" open a schedule's or a timeline's lines).
_TITLE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w'’.-]+(?:[ \u00a0][A-Z][\w'’.-]+){0,2})"
    r"(?:[ \u00a0]\((?P<region>[A-Z][\w'’ -]+)\))?,[ \u00a0]"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?[ \u00a0]\d{4})?[ \u00a0]*"
    r"(?:\((?P<agency>[A-Z][\w.&/-]*(?:[ \u00a0][A-Z][\w.&/-]*){0,3})\)[ \u00a0]*:?|:)[ \u00a0]*",
    re.M)


# The first part of a dateline's tail, a region or a country written in full: capitalised words of letters only, then
# the tail's end or a comma ("KELBO, Tarnaland –", "KELBO, North Tarno, May 3 –"; not "KELBO, Calif. –", "KELBO, June
# 8 –").
_DATELINE_REGION = re.compile(r",[ \u00a0]([A-Z][^\W\d_]+(?:[ \u00a0-][A-Z][^\W\d_]+){0,2})[ \u00a0]*(?:,|$)")


def _dateline_region(m: re.Match) -> re.Match | None:
    """The region or the country in a dateline's tail ("MORVEL, Kelbaba –": "Kelbaba"), a place: no month, weekday,
    given name nor common word, and no news agency or paper (``news_agencies``, a body's last word such as "Press" or
    "News", letters in capitals no gazetteer knows, a name the story makes speak: "PARIS, AFP –")."""
    tail = m.group("tail")
    if not tail:
        return None
    r = _DATELINE_REGION.match(m.string, m.start("tail"), m.end("tail"))
    if r is None:
        return None
    name, R = r.group(1), _rules()
    first = name.split()[0]
    if name in R["news_agencies"] or any(w.lower() in R["org_suffixes"] for w in name.split()) \
            or _speaks_in(name, m.string):
        return None  # "PARIS, AFP –", "TORONTO, Canadian Press –", "DUBAI, Gulf News –": the agency or the paper
    if name in R["places"] or name in _world_places() or name.title() in _world_places():
        return r
    if name.isupper() or first in _MONTH_NAMES or first in _WEEKDAY_ALT.split("|") or _common_word(first) \
            or (first.lower() in R["given_names"] and r.group(1) not in R["places"]):
        return None
    return r


@lru_cache(maxsize=64)
def _speaks_in(name: str, text: str) -> bool:
    """A name the story makes speak or be told ("Kelby News said", "told Kelby News", "according to Kelby News").
    (Kept for the last names asked: a long text of many stories has many datelines, each naming its region.)"""
    n = re.escape(name)
    return any(w in _REPORTING for w in re.findall(n + r" ([a-z]+)\b", text)) \
        or re.search(r"\b(?:told|according to) " + n + r"\b", text) is not None


def _gazetteer_dateline(place: str) -> bool:
    """A dateline's place in capitals that the world gazetteer knows and English writes in no other case
    ("MONROVIA -", "GABORONE -", "PUERTO DE LA KELBA -": its particles in lower case); not a common word ("UPDATE
    -", "WATCH -")."""
    return not _common_word(place) and (place.title() in _world_places() or _particles_lowered(place.title())
                                        in _world_places())


def _particles_lowered(name: str) -> str:
    """A place's name with its inner particles in lower case ("Ciudad Del Kelbo" -> "Ciudad del Kelbo")."""
    words = name.split()
    return " ".join(words[:1] + [w.lower() if w.lower() in _rules()["name_particles"] else w for w in words[1:]])


def _written_later(text: str, place: str, after: int) -> str | None:
    """The dateline's place in capitals as the story writes it after ``after`` in another case, every word
    capitalised ("HCM CITY —" ... "the HCM City People's Committee": "HCM City"), or None."""
    for m in re.finditer(rf"\b{re.escape(place)}\b", text[after:], re.I):
        if not m.group().isupper() and all(w[:1].isupper() for w in m.group().split()):
            return m.group()
    return None


def _town_dateline(text: str, place: str, after: int) -> bool:
    """A dateline's place in capitals of two words or more that a town's word closes ("HCM CITY —", "TARN TOWN
    —") and that the story writes again in title case after a preposition of place ("in HCM City"): a town the
    gazetteer lacks; not a section's label ("SMART CITY —", "AROUND TOWN —", "LIFE IN THE CITY —")."""
    words = place.split()
    if len(words) < 2 or words[-1].title() not in _rules()["town_name_suffixes"]:
        return False
    return (form := _written_later(text, place, after)) is not None and re.search(
        rf"\b(?:in|to|from|at|near|outside) {re.escape(form)}\b", text[after:]) is not None


def _lede_dateline(text: str, place: str, after: int) -> bool:
    """One word in capitals, no common word nor known body, opening a paragraph before a dash and a sentence of twelve
    words or more on the same line, never written in capitals again: a lede's dateline of a town the gazetteer lacks
    ("DALANZADGAD – On a clear morning in the soum, a column of coal trucks ..."; not "UPDATE — ...", "NATO — ...
    NATO said")."""
    R = _rules()
    if " " in place or place.lower() in R["common_words"] or place in R["known_organisations"] \
            or place.title() in R["news_names"] or place in R["acronyms"] \
            or re.search(rf"(?<![\w’'-]){re.escape(place)}(?![\w’'-])", text[after:]) is not None:
        return False  # (an abbreviation is written in capitals again: "NATO — ... NATO said")
    line = text[after:text.find("\n", after) if "\n" in text[after:] else len(text)]
    return line[:1].isupper() and len(line.split()) >= 12


def _named_again(text: str, place: str, after: int) -> bool:
    """A word in capitals before a dash that the story writes again in title case, as a place ("HARRISBURG — The
    House voted ... bus riders to Harrisburg"): a dateline of a town the gazetteer lacks (a label such as "UPDATE
    —" is not written again so, nor after "in", "to" or "from")."""
    return any(re.search(rf"\b(?:in|to|from|at|near|outside) {re.escape(form)}\b", text[after:]) is not None
               for form in {place.title(), _particles_lowered(place.title())})


def _runs(article: Article) -> list[_Cand]:
    """Capitalised runs as candidate mentions, with the cues read around them."""
    ctx = _context(article)
    toks, n = ctx.toks, len(ctx.toks)
    web = _merge_spans(_web_spans(ctx.text) + ctx.shouted)
    cands, dateline_spans = _datelines(ctx.text)
    free = 0  # the first token not yet in a run
    for i in list(compress(range(n), map(_cap_of, toks))):  # (most tokens are not capitalised: only these open a run)
        if i < free or not _starts_run(ctx, i) or (web and _within(web, toks[i].start, toks[i].start)) \
                or (dateline_spans and _within(dateline_spans, toks[i].start, toks[i].start)):
            continue
        j = i
        while j + 1 < n and (not toks[j].poss or _possessive_opens_name(ctx, j) or _possessive_and_goes_on(ctx, j)):
            step = _joins(ctx, i, j)
            if not step:
                break
            j += step
        # (a surname opened by a capitalised particle too: "De Vries, Kok & Brandsma Advocaten")
        first = i + 1 if j == i + 1 and toks[i].text.lower() in _rules()["name_particles"] else i
        partners = j == first and ctx.text.startswith(",", toks[j].end) and (j := _partners_end(ctx, first)) > first
        if partners and _comma_legal_form_after(ctx, first, j):
            j += 1  # "Doe, Roe & Poe CPA, PSC"
        if partners and toks[j].text in _rules()["firm_tails"] and j + 1 < len(toks) \
                and ctx.text[toks[j].end:toks[j + 1].start] == " " and (end := _form_end_within(ctx, j + 1)):
            j = end  # "Lynch, Barry & Co. Shipping Agents Ltd", "Doe, Roe & Sons Construction Ltd": the trade and the
            # form after the partners' tail (a space between: not "& Sons. Tarn Homes Ltd")
        free = j + 1
        got = _split_run(ctx, toks[i:j + 1])
        if got and ctx.text[toks[i].start - 1:toks[i].start] == " ":
            _address_company(ctx.text, got[0])
        if partners:
            for c in got:
                c.cues["organisation"] += 3  # "the firm Moss, Kerrigan and Lamb": a firm, though "Ross" is a given name
        if j > i and _SELF_NAMED_BEFORE.search(ctx.text, max(0, toks[i].start - 24), toks[i].start):
            for c in got:
                c.cues["organisation"] += 3  # "parents calling themselves Save Our Kelby Schools": a group's name
        cands.extend(got)
    if dateline_spans:
        cands.sort(key=attrgetter("start"))
    _lone_label(article, cands)
    _dateline_lines(ctx.text, cands)
    cands = _widened_to_short_forms(ctx.text, cands)
    _short_forms(ctx, cands)
    _saints_short_forms(ctx.text, cands)
    _speaker_kinds(ctx.text, cands)
    return cands


# A street number just before a run: "1200 " (not part of an amount or a list: no "$", "," or "." before it).
_STREET_NUMBER_BEFORE = re.compile(r"(?<![\w$€£,.])\d{1,5} $")


def _address_company(text: str, c: _Cand) -> None:
    """A single-asset company named after its street address takes the street number into its name: "1200 Elm Owner
    LLC" (a name, an ``address_company_words`` word, a legal form; the number just before)."""
    words = c.name.split()
    R = _rules()
    if len(words) < 3 or words[-1].rstrip(".") not in R["legal_forms"] or words[-2] not in R["address_company_words"]:
        return
    if m := _STREET_NUMBER_BEFORE.search(text, max(0, c.start - 7), c.start):
        c.name = text[m.start():c.start] + c.name
        c.start = m.start()


def _saints_short_forms(text: str, cands: list[_Cand]) -> None:
    """A saint's possessive alone ("at St. Mary's") names the hospital, school or church the article names in full
    with it ("St. Mary's Regional Medical Center"): the same actor (the longest such name)."""
    saints = [c for c in cands if c.possessive and c.name.split(None, 1)[0] in _SAINT and " " in c.name]
    if not saints:
        return
    sites = _rules()["sites_placed_on"]
    for c in saints:
        heads = (f"{c.name}'s ", f"{c.name}’s ")
        full = max((x.name for x in cands if x.name.startswith(heads)), key=len, default=None)
        if full is not None and (full.split()[-1] in sites or not _listed_place(f"{c.name}'s")
                                 or not _saint_s_town_written(text, c.name)):
            c.name = full  # (a town named for its saint, "St. John's" in the gazetteer and written as a place, "in
            # St. John's", is the town before a body of another kind named after it, "the St. John's Rowing Club";
            # a hospital, school or service named so goes by the saint alone)


def _saint_s_town_written(text: str, name: str) -> bool:
    """The story writes a saint's possessive (``name`` and "'s") alone as a place, after "in", "near" or "outside" or
    a word for a town, and before no capitalised word ("lives in St. John's, the capital", "the capital St. John's
    was flooded"; not "in St. John's Hospital", "at St. John's, a nurse said")."""
    before = r"\b(?:in|near|outside|capital|town|city|village|port) "
    return re.search(rf"{before}{re.escape(name)}[’']s(?![\w’'-]| [A-Z])", text) is not None


# The other partners of a firm named after them, after the first one: ", Kerr and Lamont", ", Doe & Roe".
_PARTNERS_AFTER = re.compile(r"(?:, [A-Z][a-z’'-]+){1,3},? (?:and|&) [A-Z][a-z’'-]+(?![\w’'-])")
# The last item of such a list goes on ("... and Clifford Chance", "... and Allen & Overy"): the items are firms of
# their own, no one firm's surnames.
_LAST_ITEM_GOES_ON = re.compile(r" (?:&|[A-Z])")
# Nouns of a firm written before its name ("the accountancy firm X", "solicitors X").
_FIRM_NOUNS = frozenset(("firm", "practice", "partnership", "solicitors", "accountants", "chambers", "architects"))


def _partners_end(ctx: _Ctx, i: int) -> int:
    """The last token of a firm named after its partners, opened by ``toks[i]`` after a firm noun (and "of": "the law
    firm Moss, Kerrigan and Lamb", "the law firm of Moss, Kerrigan and Lamb", "solicitors Doe, Roe & Poe"); ``i`` itself
    when the name is no such list."""
    toks, text = ctx.toks, ctx.text
    m = _rules()["partners_and_co"].match(text, toks[i].end)  # "Doe, Roe & Co": the tail marks a firm, no firm noun
    if m is None and (m := _ampersand_firm(ctx, i)) is not None \
            and (form := _rules()["firm_form_after"].match(text, m.end())) and form.group().lstrip(", ")[:1] == "(":
        m = form  # ("McCaw, Heron & Boyd (Weavers) Ltd": the trade in brackets and the legal form end the name)
    if m is None:
        bw = _last_words(_CONTEXT_WORDS, text, toks[i].start, 30, 2)
        if bw[-1:] == ["of"]:
            bw = bw[:-1]  # "the law firm of Doe, Roe and Poe"
        if not bw or bw[-1].lower() not in _FIRM_NOUNS:
            return _partners_named_in_full(ctx, i) or _partners_after_firm_people(ctx, i)
        m = _PARTNERS_AFTER.match(text, toks[i].end)
        if m is None:
            return i
    j = i
    while j + 1 < len(toks) and toks[j + 1].start < m.end() and toks[j + 1].sid == toks[i].sid:
        j += 1
    return j if toks[j].end >= m.end() else i


def _partners_named_in_full(ctx: _Ctx, i: int) -> int:
    """The last token of a firm's partners listed without their legal form ("Harlan, Boyce and Whitcomb did not
    return calls") when the story writes the same list with a legal form after it elsewhere ("Harlan, Boyce and
    Whitcomb LLC of Indianapolis"); else 0."""
    toks, text = ctx.toks, ctx.text
    m = _PARTNERS_AFTER.match(text, toks[i].end)
    if m is None or not _written_before_a_form(text, text[toks[i].start:m.end()]):
        return 0
    j = i
    while j + 1 < len(toks) and toks[j + 1].start < m.end() and toks[j + 1].sid == toks[i].sid:
        j += 1
    return j if toks[j].end >= m.end() else 0


def _written_before_a_form(text: str, phrase: str) -> bool:
    """The article writes ``phrase`` somewhere with a company's legal form after it (a comma perhaps between)."""
    at = text.find(phrase)
    while at >= 0:  # (str.find and one compiled pattern: no pattern built for each phrase)
        if _form_after_a_phrase().match(text, at + len(phrase)):
            return True
        at = text.find(phrase, at + 1)
    return False


@lru_cache(maxsize=1)
def _form_after_a_phrase() -> re.Pattern:
    """A comma perhaps, then a company's legal form (``legal_forms``, the longest first)."""
    return re.compile(r",? (?:" + _alternation(sorted(_rules()["legal_forms"], key=len, reverse=True)) + r")\b")


def _partners_after_firm_people(ctx: _Ctx, i: int) -> int:
    """The last token of one-word surnames listed with "and" after ONE of a firm's people and "at", "of" or "with"
    ("a partner at Doe, Roe and Poe", ``firm_people_before``: singular, as one person works at one firm; "lawyers
    at Freshfields, Linklaters and Clifford Chance" are several firms), none a listed place, known body or given
    name, the last item one word too; ``i`` otherwise."""
    R, toks, text = _rules(), ctx.toks, ctx.text
    bw = _last_words(_CONTEXT_WORDS, text, toks[i].start, 40, 3)
    if not bw or bw[-1] not in ("at", "of", "with") or not any(w.lower() in R["firm_people_before"] for w in bw[:-1]):
        return i
    m = _PARTNERS_AFTER.match(text, toks[i].end)
    if m is None or _LAST_ITEM_GOES_ON.match(text, m.end()) or any(
            w in R["places"] or w in R["known_organisations"] or w.lower() in R["given_names"]
            for w in [toks[i].text] + re.findall(r"[A-Z][\w’'-]*", m.group())):
        return i
    j = i
    while j + 1 < len(toks) and toks[j + 1].start < m.end() and toks[j + 1].sid == toks[i].sid:
        j += 1
    return j if toks[j].end >= m.end() else i


def _ampersand_firm(ctx: _Ctx, i: int) -> re.Match | None:
    """Surnames listed with an ampersand before the last ("Doe, Roe & Poe") after a word of ``firm_cue_words``
    within the five words (and a comma) before ("lawyers at Doe, Roe & Poe", "Advocate Jo Doe, of Doe, de Roe &
    Poe") or before a firm's professional or legal form ("hired Doe, Roe & Poe, PLLC"; or the same list before one
    elsewhere in the story: "Doe, Lyle & Roe plc ... chief executive of Doe, Lyle & Roe"), none of them a place, a
    known organisation nor a given name (but before a legal form: "Doe, Lyle & Roe plc"): one firm.  Not "Floods hit
    Leeds, York & Hull", "Oil majors Exxon, Chevron & Shell said"."""
    R, text, start = _rules(), ctx.text, ctx.toks[i].start
    m = _AMPERSAND_PARTNERS.match(text, ctx.toks[i].end)
    tail = None
    if m is None and (tail := _AMPERSAND_PARTNERS_BODY.match(text, ctx.toks[i].end)) is not None:
        m = tail if tail.group(1).lower() in R["org_suffixes"] else None  # "Doe, Roe & Poe Ventures"
    if m is None:
        return None
    form = R["firm_form_after"].match(text, m.end()) or _formed_elsewhere(text, text[start:m.end()])
    if not (form or {w.lower() for w in _last_words(_CONTEXT_WORDS, text, start, 50, 6)} & R["firm_cue_words"]):
        return None
    words = [ctx.toks[i].text] + re.findall(r"[A-Z][\w’'-]*", m.group())
    if any(w in R["places"] or w in R["known_organisations"]
           or (w.lower() in R["given_names"] and tail is None and form is None) for w in words):
        return None  # (a body's word or a legal form after the last partner: a given name among them is a surname,
        # "Doe, Lyle & Roe plc")
    return m


def _formed_elsewhere(text: str, partners: str) -> re.Match | None:
    """The list of partners written elsewhere in the story before a firm's professional or legal form."""
    R = _rules()
    at = text.find(partners)
    while at != -1:
        if (m := R["firm_form_after"].match(text, at + len(partners))) is not None:
            return m
        at = text.find(partners, at + 1)
    return None


# The rest of a line after a place in capitals: nothing, or a state's or a province's abbreviation (", ONT.").
_DATELINE_LINE_END = re.compile(r"(?:,[ \u00a0][A-Z][A-Za-z.]{1,5})?[ \u00a0]*\n[ \u00a0]*\n")


def _dateline_lines(text: str, cands: list[_Cand]) -> None:
    """A line of a name in capitals after a capitalised line (byline, role; a blank line between or not), before a
    blank line: a dateline ("JANE ROE / MINING REPORTER / SUDBURY, ONT."), a place, not a person or a body."""
    for c in cands:
        if c.start == 0 or text[c.start - 1] != "\n" or not c.name.isupper() or "place" in c.cues \
                or _DATELINE_LINE_END.match(text, c.end) is None:
            continue
        at = text.rfind("\n", 0, c.start - 1)
        prev = text[at + 1:c.start - 1]
        if not prev.strip() and at > 0:  # (a blank line between: "JANE ROE / (blank) / SUDBURY")
            prev = text[text.rfind("\n", 0, at) + 1:at]
        if prev.strip() and prev.isupper() and len(prev) <= 60:
            c.cues["place"] += 6


def _lone_label(article: Article, cands: list[_Cand]) -> None:
    """A word in capitals before a colon that opens one of the first paragraphs, and no other such label in the
    story, is a dateline ("NAGPUR: Shares of ..."), not a speaker's label (a transcript labels every turn)."""
    labels = [c for c in cands if c.label]
    if len(labels) != 1 or "person" not in labels[0].cues:
        return
    c, paras, text = labels[0], article.paragraphs, article.text
    if paras and c.start < paras[min(4, len(paras) - 1)].end and (c.start == 0 or text[c.start - 1] == "\n"):
        c.cues["place"] += c.cues.pop("person")


def _styled_given_names(words: list[str]) -> list[str]:
    """The given names of a name whose first word, a hereditary style of Malaysia, stands again before the father's
    name ("Wan Ahmad Haziq Wan Zulkifli": Ahmad, Haziq; "Nik Rohani Nik Mahmud": Rohani); else none."""
    again = next((k for k in range(2, len(words) - 1) if words[k] == words[0]), 0)
    return [w for w in words[1:again] if w[:1].isupper()]


def _speaker_kinds(text: str, cands: list[_Cand]) -> None:
    """Turn the "speaks" cue (a name beside a verb of saying or reporting) into a person or an organisation cue.

    A speaker is a person when its name reads as one: a person cue of its own, a given name first, two or three
    words shaped like a person's name and not opening with a common word ("Jane Doe said"), or one word that is
    a given name, the last word of such a name elsewhere in the article ("Doe said" after "Jane Doe"), shaped like
    a surname ("McDonald", "Kowalski"), that a personal pronoun follows in the same sentence ("Doe said he ..."),
    or that another mention of the same word reads as a person ("President Doe") or stands before "of" and a body
    ("said Doe of the Acme Union").  Any other speaker is a body: "Eurostat
    said", "Capital Economics said", "said Cenovus" (one unknown word is not a surname by itself).
    """
    speakers = [c for c in cands if "speaks" in c.cues]
    if not speakers:
        return
    surnames = None  # the last words of person-like names, read only when a one-word speaker needs them
    given, org_words = _rules()["given_names"], _rules()["org_words"]
    for c in speakers:
        n = c.speaks = c.cues.pop("speaks")
        words = c.name.split()
        other = c.cues.get("organisation", 0) + c.cues.get("product", 0) + c.cues.get("place", 0)
        if c.cues.get("person", 0) > other or (words[0].lower() in given and not other):
            kind = "person"
        elif other:
            kind = "organisation"  # (a place that speaks is its government: "Ottawa said")
        elif len(words) > 1:
            kind = "person" if _name_like(c.name) and not any(w.lower() in org_words for w in words) \
                and text[max(0, c.start - 4):c.start] not in ("the ", "The ") \
                and not any(x.name.startswith(c.name + " ") and x.name.split()[-1].lower() in org_words
                            for x in cands) else "organisation"  # ("Kelby Pesisir said" after "Kelby Pesisir FC")
            # ("the Grand Ole Opry said", "the Lakeside Ramblers said": no person's name takes the article)
        else:
            if surnames is None:  # (and the one-word names written before "of" and a body somewhere)
                surnames = {x.name.rsplit(None, 1)[-1] for x in cands if " " in x.name and (
                    x.cues.get("person", 0) > 0 or _name_like(x.name)
                    or any(w.lower() in given for w in x.name.split()[:-1]))}
                surnames.update(x.name for x in cands if " " not in x.name and (
                    _OF_A_BODY_AFTER.match(text, x.end) or x.cues.get("person", 0) > 0))  # ("President Doe")
                surnames.update(w for x in cands if x.cues.get("person", 0) > 0
                                for w in _styled_given_names(x.name.split()))  # ("Wan Ahmad Haziq Wan Zulkifli
                # ... Haziq said": a given name inside a long name of a hereditary style)
            kind = "person" if c.name in surnames or _SURNAME_SHAPE.fullmatch(c.name) \
                or _PERSON_PRONOUN_AFTER.match(text, c.end) else "organisation"
        c.cues[kind] += n


def _for_translated_name(body: str, name: str) -> bool:
    """``name``, in brackets after "For" and the body's name ``body``, is the body's name translated: the body's name
    closes with a body's word, ``name`` has two words or more and "For" with it is no set phrase ("... Foundation (For
    Clean Rivers)"; not "the Kelby Building Society (For Sale) sign", "(For Immediate Release)")."""
    R = _rules()
    return body.split()[-1].lower() in R["org_suffixes"] and len(name.split()) > 1 \
        and f"For {name}" not in R["for_set_phrases"]


def _short_forms(ctx: _Ctx, cands: list[_Cand]) -> None:
    """A name in parentheses right after another is its short form: "Federal Aviation Administration (FAA)";
    the short form written alone later names the same actor ("ACOSS chief executive ...")."""
    text = ctx.text
    sq_ends = {b for _a, b in ctx.squotes}
    by_end = {c.end: c for c in cands}
    defined: dict[str, tuple[int, str]] = {}  # short form -> (where it was defined, full name)
    quoted: dict[str, str] = {}  # a short name defined in quotation marks -> the full name
    for c in cands:
        if c.name in defined and c.start > defined[c.name][0] and c.name.isupper():
            c.name = defined[c.name][1]
            continue
        if (m := _QUOTED_SHORT_BEFORE.search(text, max(0, c.start - 6), c.start)) and text[c.end:c.end + 2] in (
                '")', "”)") and (p := by_end.get(m.end(1))) is not None and p is not c and p.cues.get("organisation"):
            quoted.setdefault(c.name, p.name)  # ('Kelby Textile & Garment Manufacturing PLC ("Kelby Apparel")':
            continue  # the short name a company is called by, before and after)
        if text[c.end:c.end + 1] != ")":
            continue
        m = _PAREN_BEFORE.search(text[max(0, c.start - 30):c.start])
        if not m:
            continue
        at = max(0, c.start - 30) + m.start(1)
        if m.group(1) in "”\"" and m.group(1) and at + 1 in sq_ends:
            c.weak = "quote"
        else:
            p = by_end.get(at + len(m.group(1)))
            if p is None or p is c or len(p.name.split()) < 2 or (
                    p.cues.get("person", 0) > 0 and _longer_body_name(c.name, p.name)):
                continue
            if m.group(0).endswith("For ") and not _for_translated_name(p.name, c.name):
                continue  # (a translated name "For ..." only after a body's name: "... Foundation (For Clean Rivers)")
            initials = _abbreviates(c.name, p.name)
            if initials or (p.name.lower() not in _rules()["places_lower"]  # not "MEXICO CITY (AFP)": a dateline
                            and c.cues.get("place", 0) < 5):  # nor "Jane Doe (Iowa)": a politician's state
                c.name = p.name
                c.weak = p.weak
            if initials:
                defined.setdefault(text[c.start:c.end], (c.start, p.name))
    for c in cands:  # (and a longer start of the full name: "Elgon Highland Arabica" for "Elgon Highland")
        c.name = quoted.get(c.name) or next((full for short, full in quoted.items() if c.name.startswith(short + " ")
                                             and full.startswith(c.name + " ")), c.name)


def _longer_body_name(short: str, name: str) -> bool:
    """A body's name of more words than ``name``, with a joining word inside ("of", "for", "and"), can be no short
    form of a person's name: "deputy mayor Jo Doe (Citizens for Kelby and Tarn)" gives her party (a translation
    after a body's name in another language is one: "... Tadbir Urus (Centre for Democracy and Governance)")."""
    words = short.split()
    return len(words) > len(name.split()) and any(w in _JOINING for w in words)


# The words a long name may hold between its capitalised words ("Council for Rural and Integrated Schools in
# Northern Ireland", "Association of Czech Automotive Suppliers and Parts Makers").
_LONG_NAME_SPAN = re.compile(r"[A-Z][\w’'-]*(?: (?:(?:and|of|for|in|on|the|&) )*[A-Z][\w’'-]*)*")


def _widened_to_short_forms(text: str, cands: list[_Cand]) -> list[_Cand]:
    """A long name cut into pieces ("and", "in" and a place inside it) made whole again by the abbreviation in
    brackets after it, when the pieces together, and not the last alone, give its letters: "the Council for Rural
    and Integrated Schools in Northern Ireland (CRISNI)" is one organisation, not a council and a place."""
    if "(" not in text:
        return cands
    out = list(cands)
    for m in _PAREN_ABBREVIATION.finditer(text):
        end = m.start()
        near = [c for c in out if end - 160 <= c.start and c.end <= end]
        if not near or near[-1].end != end or _abbreviates(m.group(1), near[-1].name):
            continue
        for q in near[:-1]:
            span = text[q.start:end]
            if _LONG_NAME_SPAN.fullmatch(span) and _letters_of(m.group(1), span):
                whole = _Cand(start=q.start, end=end, name=span, weak=q.weak, cues=Counter(organisation=3))
                out = [c for c in out if not (q.start <= c.start and c.end <= end)]
                out.append(whole)
                out.sort(key=attrgetter("start"))
                break
    return out


def _letters_of(short: str, name: str) -> bool:
    """``short`` abbreviates ``name``, or holds the initials of its capitalised words in another order (four or
    more: an abbreviation that keeps the word order of the body's own language)."""
    caps = sorted(w[0] for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper())
    return _abbreviates(short, name) or (len(short) >= 4 and sorted(short) == caps)


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is the initials of ``name``, with or without its small words ("ACOSS" for "Australian
    Council of Social Service", "SDF" for "Syrian Democratic Forces"; not "AFP" for "Mexico City")."""
    words = re.findall(r"[^\W\d_]+", name)
    letters = short.replace(".", "").upper()
    # an abbreviation inside the name gives all its letters ("UNHCR" for "UN High Commissioner for Refugees")
    caps = "".join(w if w.isupper() else w[0] for w in words if w[0].isupper())
    return letters in ("".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w[0].isupper()), caps)


# A capitalised "The" inside a sentence, after a small word or a comma: a title opens there ("told The Scotsman").
_TITLE_THE_INSIDE = re.compile(r"(?:[a-z]|,) The $")


@lru_cache(maxsize=16384)
def _demonym(w: str) -> bool:
    """A nationality, region, party or faith word ("Mexican", "Hawaiians", "Franco-German")."""
    R = _rules()
    lw = w.lower()
    if lw in R["demonyms"] or ("-" in w and all(_demonym(x) for x in w.split("-") if x)):
        return True
    if lw.endswith("s") and lw[:-1] in R["demonyms"]:
        return lw not in R["places_lower"]  # (a country is no plural of its people: "Laos", not "Lao" twice)
    return _place_adjective(lw)


@lru_cache(maxsize=4096)
def _place_adjective(lw: str) -> bool:
    """An adjective formed from a place in the gazetteer: "hawaiian" (Hawaii), "burmese" (Burma), "syrians"."""
    R = _rules()
    if lw in R["places_lower"] or lw in R["given_names"]:
        return False
    word = lw[:-1] if lw.endswith(("ians", "ans", "is")) else lw
    for suf in ("ian", "an", "ish", "i"):  # (not "ese": the list has those, and "Albanese" is a surname)
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            stem = word[: -len(suf)]
            if any(p.startswith(stem) and len(p) - len(stem) <= 2 and " " not in p
                   for p in R["places_by_prefix"].get(stem[:4], ())):
                return True
    return False


_DESCRIPTOR = re.compile(r"[A-Z][a-z]+-of-[a-z]+(?:-[a-z]+)*")


def _strip_run(ctx: _Ctx, run: list) -> list:
    """Cut an ordinary sentence-opening word, a leading "The", and leading nationality words off a run."""
    R = _rules()
    run = _strip_lead_in(run)
    if not run:
        return run
    if run[0].initial:
        lw = run[0].text.lower()
        ordinary = _opener_is_ordinary(ctx, run, lw) and not (len(run) > 1 and _modal_as_given_name(ctx, run[0], run[1]))
        if (ordinary and lw not in R["honorifics"]) or (len(run) == 1 and _modifies_a_role(ctx, run[0])):
            run = run[1:]
    while run and ((run[0].text.lower() in R["function_words"] and not run[0].text.isupper()
                    and not (len(run) > 1 and _modal_as_given_name(ctx, run[0], run[1]))) or _demonym(run[0].text)
                   or (len(run) > 1 and run[0].text in R["place_words"] and _demonym(run[1].text))):
        if _demonym(run[0].text) and _nationality_in_the_name(ctx, run):
            break  # "White House", "Republican Party": the nationality word is part of the name
        if not _demonym(run[0].text) and run[0].text in R["place_words"] and _nationality_in_the_name(ctx, run[1:]):
            break  # "East African Community", "South African Airways": the compass word with it
        run = run[1:]
    return run


def _strip_lead_in(run: list) -> list:
    """Cut a description ("Mum-of-three") and a shouted lead-in in capitals ("MANY CAVEATS") off a run."""
    R = _rules()
    while len(run) > 1 and "-of-" in run[0].text and _DESCRIPTOR.fullmatch(run[0].text):
        run = run[1:]  # "Mum-of-three Jo Doe", "Father-of-two Jo Doe": a description before the name
    lead = 0
    while lead < len(run) and run[lead].text.isupper() and len(run[lead].text) >= 2:
        lead += 1
    if run[0].initial and 0 < lead < len(run) and (lead >= 2 or len(run[0].text) >= 6) \
            and run[0].text not in R["known_organisations"] and run[lead - 1].text not in R["role_abbreviations"]:
        # a shouted lead-in before the sentence: "MANY CAVEATS Plenty of people ..." (not a party and a role: "NDP MP")
        while run and run[0].text.isupper():
            run = run[1:]
        if not run:
            return run
        run = [run[0]._replace(initial=True), *run[1:]]
    return run


def _opener_is_ordinary(ctx: _Ctx, run: list, lw: str) -> bool:
    """The run's first word (``lw``, lower-cased) opens the sentence as an ordinary word, not as the name's own."""
    R = _rules()
    ordinary = lw in ctx.lower_words or lw in R["stopwords"] or (
        lw.endswith(("ly", "ing", "ed")) and lw not in R["given_names"] and ctx.cap_inside[run[0].text] == 0
        and not run[0].text.isupper()  # (an abbreviation is no adverb nor participle: "ING economist ...")
        and (len(run) == 1 or lw in R["common_words"])) or _describes(run)  # (not "Carly Fiorina")
    if not ordinary and len(run) >= 3 and lw in R["company_describers"] and run[1].text.lower() not in R["org_words"] \
            and run[-1].text.rstrip(".") in R["legal_forms"]:
        ordinary = True  # "Rival Kelby Metales SpA said": a word describing a company (not "Studio Ghibli Inc")
    if _opener_opens_a_name(ctx, run, lw):
        ordinary = False
    if not ordinary and len(run) >= 3 and not _movement_opened(ctx, run, lw) \
            and _descriptor_before_a_name(ctx, run) \
            and (lw in R["common_words"] or lw in ctx.lower_words or "-" in lw or lw.endswith(_ROLE_ENDINGS)):
        ordinary = True  # "Pensioner Joan Hill, 79,", "Ex-soldier Tom Bell": a description opening the sentence
    if ordinary and len(run) >= 3 and run[0].text in R["place_words"] \
            and run[-1].text.rstrip(".") in R["legal_forms"]:
        ordinary = False  # "Northern Kelby Pipelines Ltd. said", "Western Tarn Corp.": a company's compass word
    if ordinary and len(run) >= 3 and run[0].text in _COMPASS_REGIONS and not _demonym(run[1].text):
        ordinary = False  # "North Side Neighbors for Clean Air handed in" where the story writes "north of Kelby":
        # the compass word opens a name of three words or more
    if ordinary and len(run) >= 3 and lw not in R["stopwords"] and run[-1].text.rstrip(".") in R["legal_forms"] \
            and (lw not in R["common_words"] or _colour_opener(lw, run)):
        ordinary = False  # "Kelu Blue Resorts Co., Ltd. said" where the story glosses "kelu" (the sun) in lower case:
        # a word of another language that opens the company's own name; "Red Soil Frozen Foods Ltd. says": a colour
    if ordinary and len(run) >= 3 and _opener_always_written(ctx, run, lw):
        ordinary = False  # "Grey River Power says ...", "Grey River Power Corporation, which ...": the name's own
        # first word, though each mention opens a sentence
    return ordinary


def _colour_opener(lw: str, run: list) -> bool:
    """A colour word opening a company's name before a capitalised noun ("Red Soil Frozen Foods Ltd.", "Green Valley
    Farms Ltd"): the name's own word, no adjective of the sentence (``colour_words``)."""
    return lw in _rules()["colour_words"] and run[1].text[:1].isupper()


def _opener_opens_a_name(ctx: _Ctx, run: list, lw: str) -> bool:
    """The run's first word belongs to the name by its shape: a place or label of two words, a body's word after it,
    a capitalised plural after it, a community body "of ... and Area"."""
    R = _rules()
    if len(run) > 1 and ((two := f"{run[0].text} {run[1].text}") in R["places"] or two in R["sector_labels"]
                         or _written_inside(ctx.text, two)):
        return True  # "New York", "South Africa", "First Nations"; "Three Rivers Authority warns" in a
        # headline when the story writes "the Three Rivers Authority" too
    if len(run) == 2 and run[1].text.lower() in R["org_suffixes"] and not run[1].text.isupper() \
            and lw not in R["stopwords"] and lw not in R["title_modifiers"] and not lw.endswith(("ly", "ed")):
        return True  # "State Department spokesman ...", "City Council president ...": the body's name
    if _movement_opened(ctx, run, lw):
        return True  # "New Kelbian Movement spokesman ...", "Free Tarnish Army fighters ...": a movement's own word
    if len(run) >= 3 and lw not in R["stopwords"] and lw not in R["time_words"] \
            and not lw.endswith(("ly", "ing", "ed")) and _plural_in_a_name(run[1].text):
        return True  # "Coral Keepers Australia said", "Ocean Defenders Alliance": a common word before a
        # capitalised plural noun and more of the name is the name's first word, not a sentence opener
    return bool(len(run) >= 5 and lw not in R["stopwords"] and _closed_by_area(ctx.text[run[0].start:run[-1].end]))
    # ("Concerned Residents of Oakvale and Area": a community body's name opens the sentence)


def _movement_opened(ctx: _Ctx, run: list, lw: str) -> bool:
    """A word of ``movement_openers`` (``lw``), a nationality word and a movement's or party's head: the three make
    one name ("New Kelbian Movement", "Free Tarnish Army") when the story writes it inside a sentence too, or when
    the head is a party's or a movement's (``movement_opened_heads``, no army) and no plural nor role follows it
    ("New Kelbian Party recruits", "New Kelbian Army commander": an ordinary "new" before the body's name)."""
    R = _rules()
    if not (len(run) == 3 and lw in R["movement_openers"] and _demonym(run[1].text)
            and run[2].text in R["movement_heads"]):
        return False
    if _written_inside(ctx.text, ctx.text[run[0].start:run[-1].end]):
        return True
    m = _NEXT_LOWER_WORD.match(ctx.text, run[-1].end)
    after = m.group(1) if m else ""
    plural = after.endswith("s") and not after.endswith("ss") and after not in R["stopwords"] \
        and after not in _REPORTING  # ("recruits", "officials"; not "says", "claims")
    return run[2].text in R["movement_opened_heads"] and not (
        plural or _a_role_word(after) or after in R["armed_group_roles"])


# The lower-case word right after a name (one space), hyphened or not: " recruits", " commander", " co-op".
_NEXT_LOWER_WORD = re.compile(r" ([a-z][a-z-]*)\b")


def _nationality_in_the_name(ctx: _Ctx, run: list) -> bool:
    """A nationality word opening the run is part of the name: "White House", "Republican Party", "Labour MP"."""
    R = _rules()
    return bool(" ".join(t.text for t in run) in R["known_organisations"]
                or run[0].text in R["known_organisations"]  # "Labour MP Jo Doe"
                # "Scottish Labour": a nation's branch of a known body
                or (len(run) == 2 and run[1].text in R["known_organisations"]
                    and run[0].text not in R["party_words"])  # (not "the Republican Senate")
                or (len(run) > 2 and run[1].text == "for")  # "Americans for Prosperity"
                or _national_movement(run)
                or (len(run) > 1 and f"{run[0].text} {run[1].text}" in R["places"])
                or _names_an_organisation(run) or _opens_a_company(ctx, run) or (
                    len(run) >= 2 and all(_common_noun(ctx, t.text) and not _title_word(t.text) for t in run[1:]))
                or _given_name_before_surname(ctx, run)
                # "Kelbani Moto Tours Srl": a word only shaped like a place's adjective (no listed nationality)
                # opening a company's name that its legal form closes
                or (len(run) >= 3 and run[-1].text.rstrip(".") in R["legal_forms"]
                    and not _nationality_of_a_listed_place(run[0].text.lower()))
                or (len(run) > 1 and _opens_a_place(run[0].text, run[1].text)
                    and not _demonym(run[1].text))  # "Puerto Princesa" (not "Puerto Rican")
                # "the Southern Lowlanders", "Northern Chargers": a side's or a body's name (a
                # compass word and a plural that is no common noun nor nationality word)
                or (len(run) == 2 and run[0].text in R["place_words"]
                    and _plural_in_a_name(run[1].text)
                    and run[1].text.lower()[:-1] not in R["common_words"]
                    and run[1].text.lower() not in R["common_words"])
                # "the Mexican War", "the Cuban Revolution": an event, which names no actor
                or (len(run) == 2 and run[1].text in R["not_actor_suffixes"])
                # "told The Scotsman", "according to The Australian": a paper's title
                or (len(run) == 1 and _TITLE_THE_INSIDE.search(ctx.text, max(0, run[0].start - 8),
                                                                run[0].start) is not None)
                or (len(run) == 2 and _body_appositive_after(ctx.text, run[-1].end))
                # "Lao Cai province", "Thai Binh province": the place's own first word
                or (len(run) == 2 and R["area_noun_after"].match(ctx.text, run[-1].end) is not None))


# A short appositive after a name: an article and up to four words, to the next punctuation (", a hardline Buddhist
# group,", ", the ruling party.").
_SHORT_APPOSITIVE = re.compile(r", (?:a|an|the) ((?:[A-Za-z][A-Za-z-]* ){0,3}[a-z]+)(?=[,.;:]|$| that\b| which\b)")


def _body_appositive_after(text: str, end: int) -> bool:
    """A short appositive after a name ends on a body's noun (", a hardline Buddhist group", ", the ruling party"):
    a nationality or language word opening the name is the body's own ("Sinhala Ravaya, a hardline Buddhist
    group"), no person's nationality (not ", a group leader": a person's role)."""
    R = _rules()
    m = _SHORT_APPOSITIVE.match(text, end)
    noun = m.group(1).split()[-1] if m else ""
    return noun in R["org_nouns"] and noun not in R["person_roles"] and noun not in R["person_or_body_nouns"]


def _opener_always_written(ctx: _Ctx, run: list, lw: str) -> bool:
    """The two words after a run's sentence-opening word are written at least twice, never without that word
    before them: the word is the name's own ("Grey River Power" each time, never "River Power")."""
    R = _rules()
    if lw in R["stopwords"] or lw in R["time_words"] or lw in R["title_modifiers"] or lw in R["honorifics"] \
            or lw.endswith(("ly", "ing")) or (lw.endswith("ed") and len(lw) > 4) or run[0].text.isupper() \
            or _demonym(run[0].text) or lw in R["describing_words"]:
        return False  # (not "Rising", "Reported"; "Red" is no participle; nor "Veteran" in "Veteran Labour MP")
    rest = ctx.text[run[1].start:run[2].end]  # (its next two words: "River Power" in "Grey River Power Corporation")
    n = _written_count(ctx, rest)
    return n >= 2 and _written_count(ctx, f"{run[0].text} {rest}") == n


def _modifies_a_role(ctx: _Ctx, tok: _Tok) -> bool:
    """A word shaped like an adjective or an abstract noun opening a sentence before a lower-case role noun and a
    name ("Defence lawyer Jo Doe said", "Civic activist Jo Doe"): it qualifies the role, no employer, unless the
    article also capitalises it inside a sentence or it is a known name ("Harvard professor Jo Doe" keeps Harvard,
    which has no such shape); or any noun before a trade named by what it works on (``trades_of_a_thing``: "Lung
    doctor Jo Doe" beside "the Kelby Lung Clinic"), unless the story writes it alone inside a sentence too."""
    R, toks = _rules(), ctx.toks
    k = bisect.bisect_left(toks, tok.start, key=attrgetter("start"))
    if k + 2 >= len(toks) or not toks[k + 2].cap or toks[k + 2].sid != tok.sid \
            or ctx.text[tok.end:toks[k + 1].start] != " ":
        return False
    w, role = tok.text, toks[k + 1].text
    shaped = role in R["person_roles"] and R["modifier_shape"].fullmatch(w) and ctx.cap_inside[w] == 0
    traded = role in R["trades_of_a_thing"] and w[1:].islower() and not _alone_inside(ctx.text, w)
    return bool(shaped or traded) and w.lower() not in R["given_names"] \
        and w not in R["places"] and w not in R["known_organisations"] and w not in R["party_words"] \
        and not _demonym(w)


def _alone_inside(text: str, word: str) -> bool:
    """The article writes ``word`` capitalised after a lower-case word and before no other capitalised word: a name
    of its own inside a sentence ("a Zoetis spokesman"; not "the Kelby Lung Clinic")."""
    return re.search(rf"\b[a-z]+,? {re.escape(word)}\b(?![ \t]+[A-Z&])", text) is not None


def _written_inside(text: str, words: str) -> bool:
    """The article writes ``words`` (two capitalised words) after a lower-case word or a comma too, inside a
    sentence: the first is part of a name there, not a word that opens a sentence."""
    at = text.find(words)
    while at >= 0:  # (str.find, not a pattern compiled for each pair of words)
        end = at + len(words)
        if at >= 2 and text[at - 1] == " " and text[at - 2] in _LOWER_OR_COMMA \
                and _word_char_at(text, end - 1) != _word_char_at(text, end):
            return True  # (the pattern "[a-z,] WORDS\b")
        at = text.find(words, at + 1)
    return False


_LOWER_OR_COMMA = frozenset("abcdefghijklmnopqrstuvwxyz,")


def _describes(run: list) -> bool:
    """A describing word (``describing_words``) opening a sentence before more capitalised words: "Longtime
    Pittsburgh watchdog Jo Doe" (no name "Longtime Pittsburgh")."""
    return len(run) >= 2 and run[0].text.lower() in _rules()["describing_words"]


# Endings of nouns for people ("pensioner", "billionaire", "activist", "librarian", "resident", "retiree").
_ROLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "aire", "ee")


def _descriptor_before_a_name(ctx: _Ctx, run: list) -> bool:
    """A word opening a sentence before a given name and a surname that is no name, title, body word, place or
    nationality word itself: a description of the person ("Pensioner Joan Hill", "Ex-soldier Tom Bell").  A given
    name the list lacks will do after a word never capitalised inside a sentence of the story and with a role's
    ending, before a name of two words ("Patient Rudo Chikwanha")."""
    R = _rules()
    w, lw = run[0].text, run[0].text.lower()
    given = run[1].text.lower()
    if given not in R["given_names"] and not (
            len(run) == 3 and lw.endswith(_ROLE_ENDINGS) and ctx.cap_inside[w] == 0 and given not in R["common_words"]
            and "-" not in given and _NAME_WORD.fullmatch(run[1].text)):
        return False
    return lw not in R["given_names"] and w[1:].islower() \
        and lw not in R["honorifics"] and lw not in R["title_modifiers"] and not _title_form(lw) \
        and lw not in R["org_words"] and w not in R["places"] and w not in R["known_organisations"] \
        and w not in R["place_words"] and not _demonym(w) and not _surname_shape_any(w) \
        and run[2].text[:1].isupper() and not run[1].poss


def _surname_shape_any(w: str) -> bool:
    return _SURNAME_SHAPE.fullmatch(w) is not None


def _party_or_members(w: str) -> bool:
    """A party's word or a plural of members ("Labour", "Republicans", "Democrats", "Investigators"): no field of a
    committee's name."""
    R = _rules()
    return w in R["member_parties"] or w[:-1] in R["party_words"] or _plural_in_a_name(w)


def _plural_in_a_name(w: str) -> bool:
    """A capitalised plural noun ("Guardians", "Defenders"): no given name, surname shape or nationality word."""
    lw = w.lower()
    return len(lw) > 4 and w[1:].islower() and lw.endswith("s") and not lw.endswith(("ss", "us", "is")) \
        and lw not in _rules()["given_names"] and not _demonym(w) and not _SURNAME_SHAPE.fullmatch(w)


def _given_name_before_surname(ctx: _Ctx, run: list) -> bool:
    """A faith or nationality word that is also a given name, then one surname-like word: "Christian Lindner"
    (not "Christian Democrats", "Christian Aid", "Christian Science": a group, a common word after it)."""
    return len(run) == 2 and run[0].text.lower() in _rules()["given_names"] and _surname_like(ctx, run[1].text)


def _nationality_of_a_listed_place(lw: str) -> bool:
    """A listed nationality ("italian") or a listed place with an adjective's ending ("pakistani", "kelbian"), lower
    case; not a word only shaped like one ("dolomiti")."""
    places = _rules()["places_lower"]
    return lw in _rules()["demonyms"] or any(lw.endswith(end) and lw[:-len(end)] in places
                                              for end in ("i", "n", "an", "ian", "ish", "ese"))


def _opens_a_company(ctx: _Ctx, run: list) -> bool:
    """Whether the run, two words or more, opens a company name the article writes in full elsewhere: "Northern
    Maple" after "Northern Maple Resources Inc" (up to two more capitalised words, then a company word)."""
    if len(run) < 2:
        return False
    return _written_before(ctx.text, ctx.text[run[0].start:run[-1].end], _rules()["company_tail"])


def _common_noun(ctx: _Ctx, w: str) -> bool:
    """A capitalised common noun, not a name: "Brotherhood", "Journalism" ("Muslim Brotherhood" is one name)."""
    lw = w.lower()
    if w.isupper():
        return False
    cw = _rules()["common_words"]
    if lw in cw or lw in ctx.lower_words or _NOUNISH.search(lw):
        return True
    # the plural of a common noun ("Lives" for "life", "Owners" for "owner"), which the learned list may lack
    return lw.endswith("s") and (lw[:-1] in cw or (lw.endswith("ves") and lw[:-3] + "fe" in cw))


def _title_word(w: str) -> bool:
    """A title, a word qualifying one, or a role noun ("President", "Prime", "Minister", "analyst")."""
    R, lw = _rules(), w.lower().rstrip(".")
    return lw in R["honorifics"] or lw in R["title_modifiers"] or lw in R["person_roles"]


# An adjective in -ic ("Islamic", "Atlantic", "Olympic"): opening a name that is not a given name, no person's.
_ADJECTIVE_IC = re.compile(r"[A-Z][a-z]{3,}ic")
# One word with a capital inside after two lower-case letters or more, as brands write their names ("YouGov",
# "BlackRock", "JPMorgan"); not the prefixes of surnames ("McDonald", "MacLeod", "DeSantis", "LaGuardia").
_CAMEL = re.compile(r"(?!Mc|Mac|De|Di|Da|La|Le|Van|Von)[A-Z][A-Za-z]*[a-z]{2}[A-Z][A-Za-z]*")
_SHIRE = re.compile(r"[A-Z][a-z]+shire")
# Endings of abstract and collective nouns, which names seldom have.
_NOUNISH = re.compile(r"\w{3}(?:hood|ism|ity|tion|ment|ship|ness)$")


def _national_movement(run: list) -> bool:
    """A nationality, then national or party adjectives (``opening_adjectives``, ``party_words``) and a movement's
    or party's head (``movement_heads``): one name ("the Kelbian National Congress", "the Tarnish Democratic
    Front", "the Irish Republican Army"; not "the Irish National Stud": no movement's head)."""
    R = _rules()
    return len(run) >= 3 and run[-1].text in R["movement_heads"] and all(
        t.text.lower() in R["opening_adjectives"] or t.text in R["party_words"] for t in run[1:-1])


def _names_an_organisation(run: list) -> bool:
    """An organisation word stands in the run before any title: "European Council President X", "American Airlines";
    or a word that opens one with "of" or "for" after it ("Irish Congress of Trade Unions")."""
    R = _rules()
    for t, nxt in zip(run[1:], [*run[2:], None]):
        lw = t.text.lower().rstrip(".")
        if lw in R["org_suffixes"] or (lw in R["org_prefixes"] and nxt is not None and nxt.text in ("of", "for")):
            return True  # "American Airlines", "Irish Congress of Trade Unions"
        if lw in R["honorifics"]:
            return False
    return False


def _group_of_demonyms(ctx: _Ctx, run: list) -> _Cand | None:
    """ "Mexicans", "Muslim Americans", "New Yorkers": a plural nationality or faith word names a group.

    So does the plural of an abbreviated role, alone or after a party's or a nation's name: "MEPs", "Tory MPs",
    "Fine Gael TDs".
    """
    if not run or not run[-1].text.endswith("s") or run[-1].text.isupper():
        return None
    R = _rules()
    if " ".join(map(_text_of, run)) in R["known_organisations"]:
        return None  # a party named by a plural ("Liberal Democrats")
    role_plural = run[-1].text[:-1] in R["role_abbreviations"] and not any(  # "MPs" (not "Several MPs")
        t.text.lower() in R["stopwords"] or (t.initial and _common_word(t.text)) for t in run[:-1])
    if not role_plural and not (all(_demonym(t.text) for t in run) or (
            len(run) >= 2 and _demonym(run[-1].text) and all(t.text in R["place_words"] for t in run[:-1]))):
        # (a compass word before the nationality is part of it: "South Africans", "North Koreans")
        words = " ".join(t.text for t in run)
        if not (words.endswith("ers") and (words[:-3] in R["places"] or words[:-4] in R["places"])):
            return None  # "New Yorkers", "Londoners" (not "Vermonters": a demonym of its own)
    start, end = run[0].start, run[-1].end
    c = _Cand(start=start, end=end, name=ctx.text[start:end], possessive=run[-1].poss)
    c.cues["group"] += 5
    return c


def _split_at_titles(run: list, titled: bool = False, member: bool = False) -> list[tuple[list, bool]]:
    """Split a run at titles before a name: "FAA Administrator Maria Delgado" -> FAA | (titled) Maria Delgado.

    A title is an honorific followed by more of the run; words that qualify it
    ("Prime", "Vice", "Deputy") and "of X" after it ("Secretary of State") go
    with it.  An honorific followed by an organisation word is part of a name
    ("Justice Department", "General Assembly").  ``member``: a word of ``party_member_before`` stands before the
    run ("former Labour Minister Jo Doe": the party's member, see :func:`_party_field_before_office`).
    """
    if any(map(attrgetter("poss"), run[:-1])):
        return [(run, titled)]  # a possessive inside opens a name ("Queen's Park"): no title there
    return [(run if len(piece) == len(run) else [run[k] for k in piece], t)  # (most often one piece: all the run)
            for piece, t in _title_splits(tuple(map(_text_of, run)), titled, member)]


@lru_cache(maxsize=16384)
def _title_splits(words: tuple, titled: bool, member: bool = False) -> tuple:  # names repeat within and across articles
    """:func:`_split_at_titles` on the words of a run: the positions of each piece, and whether it is titled."""
    R = _rules()
    hon, mods, given = R["honorifics"], R["title_modifiers"], R["given_names"]
    pieces: list[tuple[tuple, bool]] = []
    cur: list = []
    k, n = 0, len(words)
    if (whole := _untitled_whole(words, titled)) is not None:
        return whole
    father = _patronymic_at(words)
    while k < n:
        if k > father:  # ("Jo bin Haji Doe", "Jo bin Pengiran Haji Doe": the father's name keeps its style)
            cur.extend(range(k, n))
            break
        lw = words[k].lower().rstrip(".")
        nxt = words[k + 1].lower().rstrip(".") if k + 1 < n else ""
        if lw in mods and (nxt in hon or k == 0 and nxt in R["person_roles"]) and k + 2 < n:
            k += 1  # "Prime Minister ...", "Senior Counsel Jo V. Doe": the modifier belongs to the title
            continue
        two = k + 2 < n and f"{lw} {nxt}" in hon  # a title of two words ("Tan Sri", "Datuk Seri", "Menteri Besar")
        if two:
            k += 1  # read at its last word, a title whatever that word is alone ("Sri Lanka", "Tan" a surname)
            lw, nxt = nxt, words[k + 1].lower().rstrip(".")
        named = nxt in given or (k + 3 == n and _full_name_shape(words[k + 1], words[k + 2]))
        if _title_at(words, k, lw, nxt, two, named) or (lw in R["patronymic_styles"] and k + 1 < n and (
                k < father < n or nxt in hon)):  # (Brunei's "Awang", "Dayang", "Pengiran" before a patronymic
            # name or another style: "Awang Haji Jo bin Doe"; not "Abdul Hadi Awang", "Awang Sariyan", names too)
            piece = _piece_before_title(words, cur, k, lw, member) if not (titled and k < father < n) else []
            # (between two titles before a patronymic name, the words of a long style: "Pehin Orang Kaya Seri
            # Tarno Dato Seri Paduka Awang Haji Jo bin Doe", Brunei's titles)
            if piece:
                pieces.append((tuple(piece), titled))
            cur = []
            titled = True
            k += 1
            if nxt in ("of", "for") and k + 2 < n:
                g = next((x for x in range(k + 1, n) if words[x].lower() in given), None)
                k = g if g is not None else k + 2  # "Secretary of State John Kerry"
            continue
        cur.append(k)
        k += 1
    if cur:
        pieces.append((tuple(cur), titled))
    return tuple(pieces)


def _patronymic_at(words: tuple) -> int:
    """The position of the first patronymic particle inside a run of words after its first (``patronymic_particles``:
    "Jo Hakim bin Doe"), else the run's length."""
    particles = _rules()["patronymic_particles"]
    return next((k for k in range(1, len(words) - 1) if words[k] in particles), len(words))


def _untitled_whole(words: tuple, titled: bool) -> tuple | None:
    """The run as one piece with no title inside (a company's registered name, a site named for a titled person, a
    role's words before a name), or None."""
    R = _rules()
    given, n = R["given_names"], len(words)
    if _office_of_a_body(words) or _body_of_office_holders(words) or (n >= 3 and words[-1].rstrip(".") in R["legal_forms"]):
        return ((tuple(range(n)), titled),)  # (a company's registered name: "Sri Durga Traders Pvt Ltd", no title)
    if n == 2 and " ".join(w.lower().rstrip(".") for w in words) in R["honorifics"]:
        return ((tuple(range(n)), titled),)  # "Datuk Seri", "Tan Sri" standing alone: a title of two words, no name
    if n == 2 and (" ".join(words) in R["places"] or " ".join(words).lower() in R["demonyms"]):
        return ((tuple(range(n)), titled),)  # "Sri Lanka", "Sri Lankan": a listed place or demonym, though its
        # first word is an honorific too
    if n >= 3 and words[0] in R["place_prefixes"] and words[1].lower().rstrip(".") in R["honorifics"]:
        return ((tuple(range(n)), titled),)  # "Taman Sri Intan Residents' Association", "Jalan Tun Razak": a title
        # right after a place's first word names the place, no one
    if n >= 3 and words[0] in R["site_naming_titles"] and words[-1] in R["titled_sites"]:
        return ((tuple(range(n)), titled),)  # "Queen Elizabeth Hospital", "King George Park": a site named for a
        # titled person
    if n >= 2 and words[0] in R["body_naming_addresses"] and _body_after_address(words[1:]):
        return ((tuple(range(n)), titled),)  # "Mamosta Jo Institute", "Mamosta Teachers' Union", "Hajj Kelby
        # Tours", "Hajj Terminal": a body's or a site's name
    if n >= 3 and words[-2].lower() in given and all(
            (lw := w.lower()) in R["common_words"] and lw not in R["org_words"] and lw not in given
            and w not in R["places"] and not _demonym(w) for w in words[:-2]):
        return ((tuple(range(n - 2, n)), True),)  # "(Supervisor of) Elections Susan Bucher": the words of a role first
    return None


def _body_after_address(words: tuple) -> bool:
    """Whether the words after a form of address of ``body_naming_addresses`` are a body's or a site's, no person's:
    a body's word last ("Jo Institute", "Kelbo Group"), or, no listed given name, title or role first, a body's or a
    site's word, a common word or a capitalised plural among them ("Kelby Tours", "Pilgrims Welfare Board",
    "Terminal"; not "Salem Doe", "Amin al-Doe", "Kelbo", "Minister Jo Doe")."""
    R = _rules()
    if words[-1].lower() in R["org_suffixes"] or words[-1].lower() in R["org_words"]:
        return True
    first = words[0].lower().rstrip(".")
    return first not in R["given_names"] and first not in R["honorifics"] and first not in R["person_roles"] and any(
        w.lower() in R["org_words"] or w in R["titled_sites"] or w.lower() in R["premises_nouns"] or _common_word(w)
        or _plural_in_a_name(w) for w in words)


def _title_at(words: tuple, k: int, lw: str, nxt: str, two: bool, named: bool) -> bool:
    """A title (or a role word, an abbreviated title, a nationality word) at word k (``lw``, then ``nxt``) before a
    name: the run splits there."""
    R = _rules()
    hon, given, n = R["honorifics"], R["given_names"], len(words)
    # a title before more of the run (not before an organisation word or "and": "Justice Department", "Justice
    # and Home Affairs"; nor after "and": "Bus & Coach Operators"); a role word before a name; an employer's
    # abbreviated title or nationality word; not after a Romance article in lower case, where a title's word is a
    # field of a body's aims ("Union pour la Paix et la Réforme"), unless its holder's name closes the run
    # ("Ministre de la Justice Jo Tarnou")
    title = (two or lw in hon or ((k == 0 or "-" in lw) and _title_form(lw) and not (
                "-" not in lw and words[-1].lower() in R["org_suffixes"]))  # (no plural: "Barristers Benevolent Fund")
             or lw in R["honorifics_before_listed_given_names"] and _given_name_after_title(words[k + 1:])
             and not all(w in R["chinese_name_syllables"] for w in words[k + 1:])) and k + 1 < n \
        and not words[k].islower() \
        and nxt not in R["org_words"] and nxt not in ("and", "&", "&amp;") and lw not in ("st", "ste", "saint") \
        and not (lw == "general" and nxt in R["gatherings_after_titles"]) \
        and not (k > 0 and words[k - 1] in ("and", "&", "&amp;")) \
        and not (k > 0 and words[k - 1] in R["romance_articles"]
                 and not _person_after_romance_title(words[k + 1:])) \
        and not (k > 0 and words[k - 1] in R["possessives_before_sacred_titles"]) \
        and not (lw in R["honorifics_before_given_names"] and not _given_name_after_title(words[k + 1:])) \
        and not (k > 0 and not two and lw in R["given_name_honorifics"] and not _title_just_before(words, k)) \
        and not (words[-1].lower() in R["org_suffixes"] and _people_word(nxt.rstrip("'’"))) \
        and not (k == 0 and n >= 3 and words[-1].lower() in R["org_suffixes"] and lw in R["title_modifiers"]
                 and not any(w.lower() in given for w in words[1:]))  # ("the General Food and Cold Store Workers'
    # Union": an adjective opening a body's name, no rank)
    return bool(title or (
            (k == 0 or k == 1 and words[0].lower() in R["title_modifiers"]) and lw in R["person_roles"] and k + 2 < n
            and (named or _unknown_words(words[k + 1:]))) or (
            # ("the Honourable Jo Doe"; "Collector Smt. Jane Rao" is the person roles' clause above); a style that
            # is a given name too only before a name of two surnames ("Don Jo Tarno Ruiz"; "Don Jo Doe" is his own)
            lw in R["name_styles"] and k + 2 < n and (lw not in given or k + 3 < n)
            and (nxt in given or nxt in hon or _INITIAL.fullmatch(words[k + 1]) or _styled_two_surnames(words, k))) or (
            k > 0 and words[k] in R["title_acronyms"] and (k + 2 < n or nxt in given)) or (
            words[k] in R["role_abbreviations"] and (named or (nxt in hon and k + 2 < n) or (
                k + 2 < n and _presumed_person(" ".join(words[k + 1:]))))) or (
            k > 0 and named and k + 2 < n and _demonym(words[k])
            and words[k - 1].lower() not in R["name_particles"]) or (  # ("Faisal bin Turki Al Doe": a name)
            k > 0 and named and (k + 3 == n or k + 4 == n and _INITIAL.fullmatch(words[k + 2]))
            and _inner_title(words, k)))  # ("Town Supervisor Karen A. Doe": a middle initial inside the name)


def _title_just_before(words: tuple, k: int) -> bool:
    """Whether a title of one word or two (an honorific, a style: "Datuk", "Awang", "Pengiran Muda") ends just
    before word k."""
    R = _rules()
    one = words[k - 1].lower().rstrip(".")
    two = " ".join(w.lower().rstrip(".") for w in words[max(0, k - 2):k])
    return one in R["honorifics"] or one in R["patronymic_styles"] or one in R["name_styles"] \
        or (k >= 2 and two in R["honorifics"])


def _person_after_romance_title(words: tuple) -> bool:
    """Whether ``words``, after a title's word that follows a Romance article ("... de la Justice"), are its holder's
    name: a listed given name first, or two or three capitalised words none of which ends like a French adjective
    ("Ministre de la Justice Jo Tarnou"; not "... pour la Justice Sociale Kelbienne": the body's aims)."""
    ends = _rules()["romance_adjective_endings"]
    return bool(words) and (words[0].lower() in _rules()["given_names"] or (
        _given_name_after_title(words) and not any(w.lower().endswith(ends) for w in words)))


def _given_name_after_title(words: tuple) -> bool:
    """Whether ``words``, after a title only before a given name (``honorifics_before_given_names``), are a person's
    name: a listed given name first, or a full name of two or three words whose first is no common word, and no
    organisation word, place or nationality among them, nor a street's or a place's last word ("Fundi Jo Doe",
    "Fundi Abdu Kelbo Tarni", "Fundi Hasani Said"; not "Fundi Konnect", "Fundi Smart Homes", "Fundi Jo Association",
    "Mama Jane Drive", "Mama Kelbo Street": a street named for a person)."""
    R = _rules()
    if not words or any(w.lower() in R["org_words"] for w in words) \
            or words[-1] in R["place_suffixes"] or words[-1] in R["street_suffixes"]:
        return False
    return words[0].lower() in R["given_names"] or 2 <= len(words) <= 3 and not _common_word(words[0]) and all(
        w[:1].isupper() and w not in R["places"] and not _demonym(w) for w in words)


def _styled_two_surnames(words: tuple, k: int) -> bool:
    """A style at word k before three words or more shaped as a given name the list lacks and two Spanish or
    Portuguese surnames, the last with one of their endings ("Don Evaristo Kelbo Tarnas"): the style is no name."""
    R = _rules()
    rest = words[k + 1:]
    return len(rest) >= 3 and all(w[:1].isupper() or w in R["name_particles"] for w in rest) \
        and _unlisted_given_name(rest[0]) and not _common_word(rest[0]) \
        and rest[-1].endswith(R["iberian_surname_endings"]) and rest[-1][1:].islower()


def _piece_before_title(words: tuple, cur: list, k: int, lw: str, member: bool) -> list:
    """The positions before the title at word k that make a piece of their own (none when they are its portfolio,
    its level of government, a field of a chief or a party's field before an office)."""
    R = _rules()
    fields = [words[x] for x in cur[1:]]
    if cur and len(cur) > 1 and (lw in R["portfolio_titles"] and _portfolio(fields, True) or lw in R["field_offices"]
                                 and _portfolio([w for w in fields if w.lower() not in R["portfolio_words"]], True)):
        if words[cur[0]] in R["places"] or words[cur[0]].replace(".", "") in R["places"] \
                or lw in R["field_offices"] and words[cur[0]] in _world_places():
            cur = cur[:1]  # "Alberta Energy Minister Jo Doe": the province, and a portfolio that names no body;
            # "Mtwara Regional Labour Officer Jo Doe": the region, and the field of a government's office
        elif words[cur[0]] in R["portfolio_levels"]:
            cur = []  # "Federal Resources Minister Jo Doe": a level of government, no body
    if len(cur) >= 2 and words[cur[0]].lower() in R["title_modifiers"] and (
            len(cur) == 2 and lw in R["person_roles"] and words[cur[1]] in R["portfolio_levels"]
            or (lw in R["portfolio_titles"] or lw in R["honorifics"])
            and all((w := words[x].lower()) in R["portfolio_words"] or w in R["common_words"] for x in cur[1:])):
        return []  # "Senior State Counsel Jo Doe", "Assistant Labour Commissioner Jo Doe": a rank, then a level or a
        # portfolio, open the title
    cur = cur[:_chief_of_a_field([words[x] for x in cur])]  # "Acme Chief Financial Officer Jo Doe"
    if len(cur) == 1 and cur[0] > 0 and words[cur[0] - 1].lower() == "chief" and lw in R["person_roles"] \
            and (_portfolio([words[cur[0]]]) or _FIELD_ADJECTIVE.fullmatch(words[cur[0]])):
        return []  # "Chief Judicial Magistrate Jo Doe": "Chief" read as a title already, the field its title's
    if cur and _role_s_words([words[x] for x in cur]):
        cur = cur[:-1] if len(cur) > 2 and _opens_a_body(words[cur[0]]) else []  # "Archaeologist Dr Jo Doe",
        # "Board Member Atty. Jo Doe", "Senior Policy Analyst Dr. Jo Doe": a role before a titled name, no body;
        # "Federal Reserve Economist Dr. Jo Doe": the body before the role
    if cur and not (lw in R["portfolio_titles"] and _portfolio([words[x] for x in cur])) \
            and not _party_field_before_office(words, cur, k, member):
        return cur
    return []


# The endings of a learned profession's word ("Archaeologist", "Cardiologist", "Statistician", "Psychiatrist"): no
# firm's or place's name ends so.
_PROFESSION_ENDING = re.compile(r"\w{3}(?:ologist|ician|iatrist)$")


def _opens_a_body(word: str) -> bool:
    """A word that may open a body's name before a role's: a body's word or no common word ("Federal", "National",
    "Capital"; not a rank's "Senior", "Lead", "Principal")."""
    low = word.lower()
    return low in _rules()["org_words"] or low not in _rules()["common_words"]


def _role_s_words(words: list[str]) -> bool:
    """A role's words: a person's role or a profession's word last ("Member", "Analyst", "Archaeologist"), after
    common words or a body's words only ("Board Member", "Senior Analyst"; not "Kelby Analyst", "Acme Engineer")."""
    R = _rules()
    low = [w.lower().rstrip(".") for w in words]
    return (low[-1] in R["person_roles"] or _PROFESSION_ENDING.search(low[-1]) is not None) \
        and all(lw in R["common_words"] or lw in R["org_words"] for lw in low[:-1])


def _unknown_words(words: tuple) -> bool:
    """Two or three capitalised words, none a common word, a body's word, a place or a nationality: a name after a
    role word that opens a run ("Analyst Chong Wai Ling", "Economist Kelbo Tarnu"; not "Analyst Relations Group"),
    lower-case particles inside it and an elided "d'" before its surname read past ("Economist Kelbo de Tarnu")."""
    R = _rules()
    if len(words) > 2 and words[0][:1].isupper():  # (a lower-case particle inside: "Economist Ana de Souza-Roe";
        # a Surinamese surname's "A": "Economist Jo Fung A Kelb")
        words = words[:1] + tuple(w for w in words[1:-1] if not is_name_particle(w) and w != "A") + words[-1:]
    if any(_elided(w) and k and words[k - 1] in R["elision_place_prefixes"] for k, w in enumerate(words)):
        return False  # (a place's name: "Val d'Kelby", "Côte d'Tarn")
    words = tuple(w[2:] if _elided(w) else w for w in words)  # (an elided "d'": "Lawyer Kofi d'Almeida")
    return (2 <= len(words) <= 3 or _two_given_names_first(words)) and all(
        w[:1].isupper() and not _common_word(w) and w.lower() not in R["org_words"] and w not in R["places"]
        and not _demonym(w) for w in words)


def _patronymic_whole(words) -> bool:
    """Up to three capitalised words, no organisation's word, before a patronymic particle and one or two after it: a
    Malay or Arab person's whole name with the father's ("Nur Aisyah June binti Kelbi", "Ahmad Zaki Hafiz bin Tarno
    Yusof"), however many given names it holds."""
    R = _rules()
    k = next((x for x, w in enumerate(words) if w in R["patronymic_particles"]), 0)
    return 1 <= k <= 3 and 1 <= len(words) - k - 1 <= 2 \
        and all(w[:1].isupper() and w.lower() not in R["org_words"] for x, w in enumerate(words) if x != k)


def _two_given_names_first(words) -> bool:
    """Four words, the first two listed given names (``given_names`` or ``iberian_given_names``) and the last two
    capitalised, no common word: two given names and two surnames, as Spanish and Portuguese names go ("Ana Luisa
    Kelbo Tarnas", "Juan Pablo Tarno Vega")."""
    R = _rules()
    return len(words) == 4 and all(
        w.lower() in R["given_names"] or w.lower() in R["iberian_given_names"] for w in words[:2]) \
        and all(w[:1].isupper() and w[1:].islower() and not _common_word(w) for w in words[2:])


def _party_member_before(ctx: _Ctx, run: list) -> bool:
    """Whether the word before ``run`` is one of ``party_member_before`` ("former", "shadow")."""
    bw = _last_words(_CONTEXT_WORDS, ctx.text, run[0].start, 12, 1)
    return bool(bw) and bw[-1].lower() in _rules()["party_member_before"]


def _party_field_before_office(words: tuple, cur: list, k: int, member: bool) -> bool:
    """A field that also names a party ("Labour", "Labor": ``portfolio_words``) alone before "Minister" or
    "Secretary" as written and a name: the office's field, no party ("Labour Minister Jo Doe" in Luxembourg, Jordan
    or Canada; a party's minister is written "Labour minister", "the Labour MP").  Not after a word of
    ``party_member_before`` before the run ("former Labour Minister Jo Doe", "the shadow Labour Secretary Jo Doe":
    the party's)."""
    R = _rules()
    return not (member and cur[:1] == [0]) and len(cur) == 1 and words[cur[0]].lower() in R["portfolio_words"] \
        and words[k] in R["cabinet_offices"] and k + 1 < len(words)


# an adjective of a field, capitalised in a title ("Judicial", "Medical", "Statutory", "Executive"): _piece_before_title
_FIELD_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:al|ary|ive|ic)")


def _chief_of_a_field(words: list[str]) -> int:
    """Where "Chief" and a field (common words, as in a minister's portfolio: :func:`_portfolio`) open a title that
    ends in the next word ("Chief Financial Officer", "Chief Medical Adviser"): the words before them are the run's
    own (all of them when there is no such opening)."""
    low = [w.lower() for w in words]
    c = low.index("chief") if "chief" in low else len(words)
    return c if c + 1 < len(words) and _portfolio(words[c + 1:]) else len(words)


def _portfolio(words: list[str], after_place: bool = False) -> bool:
    """Common words only, none a place, nationality, given name or body word: a minister's portfolio before the
    title ("Emergency Management" in "Emergency Management Minister Jo Doe"), no organisation.  After a place or a
    level of government (``after_place``) any such word that does not end a company's name will do ("U.S.
    Commerce Secretary"; not "US Bancorp spokesman")."""
    R = _rules()
    return all(((lw := w.lower()) in R["common_words"] or _NOUNISH.search(lw) or lw in R["portfolio_words"]
                or (after_place and lw not in R["org_suffixes"])) and lw not in R["given_names"]
               and lw not in R["org_prefixes"]
               and w not in R["places"] and w not in R["known_organisations"] and not _demonym(w) for w in words)


def _office_of_a_body(words: tuple) -> bool:
    """An office named inside a body's name, with no person after it: "UN High Commissioner for Refugees",
    "European Commissioner for Trade" (a body or a place word first, then a title, "for" or "of" and no given name);
    one name, not a title before a person."""
    R = _rules()
    hon, given = R["honorifics"], R["given_names"]
    for k in range(1, len(words) - 2):
        if words[k].lower() in hon and words[k + 1] in ("for", "of"):
            before = words[:k]
            return (any(w.lower() in R["org_words"] or w in R["known_organisations"] or _demonym(w) for w in before)
                    and not any(w.lower() in given for w in words[k + 2:])
                    and not (len(words) - k - 2 >= 2 and _full_name_shape(words[-2], words[-1])))
    return False


def _body_of_office_holders(words: tuple) -> bool:
    """A plural title, then "of" or "for" and no given name: a body of those office holders ("Chiefs of Ontario",
    "Mayors for Peace"), one name, no title before a person."""
    R = _rules()
    first = words[0].lower().rstrip(".")
    return len(words) >= 3 and words[1] in ("of", "for") and first not in R["honorifics"] and _title_form(first) \
        and not any(w.lower() in R["given_names"] for w in words[2:])


@lru_cache(maxsize=4096)
def _title_form(lw: str) -> bool:
    """The plural of a title or a title joined by hyphens ("presidents", "pastors", "secretary-general")."""
    hon = _rules()["honorifics"]
    if "-" in lw:
        parts = lw.split("-")  # "secretary-general"; "co-leader", "ex-president", "vice-chair"
        return all(p in hon for p in parts) or (parts[0] in _TITLE_PREFIXES and parts[-1] in hon)
    return len(lw) >= 4 and lw.endswith("s") and (lw[:-1] in hon or lw[:-1] in _PLURAL_TITLES)  # ("Govs.", "Sens.")


# Prefixes joined by a hyphen to a title ("co-leader", "ex-minister", "vice-chair").
_TITLE_PREFIXES = frozenset(("co", "ex", "vice", "deputy", "acting", "former"))
# Role nouns written as a title before several names ("Pastors Jane Doe and John Roe"), besides the honorifics.
_PLURAL_TITLES = frozenset(("pastor", "officer", "agent", "trooper", "deputie"))


def _full_name_shape(first: str, last: str) -> bool:
    """Two words that end a run after a role word and read as a person's full name though the given name is not
    in the list ("Actress Danai Gurira", "Congressman Pete King"): each capitalised, then lower case, and neither
    an ordinary word, an organisation word, a place or a nationality word."""
    R = _rules()
    return all(_NAME_WORD.fullmatch(w) and not w.endswith(".") and (lw := w.lower()) not in R["common_words"]
               and lw not in R["org_words"] and w not in R["places"] and w not in R["place_words"] and not _demonym(w)
               for w in (first, last))


def _inner_title(words: tuple, k: int) -> bool:
    """A role noun, a capitalised abbreviation or a hyphenated title between an employer and a person's full name:
    "New York Congressman Pete King", "Navy SEAL Chris Kyle", "Acme Editor-in-Chief Jane Doe"."""
    w = words[k]
    return words[0].lower() not in _rules()["given_names"] and (
        w.lower() in _rules()["person_roles"]
        or (w.isupper() and len(w) >= 2 and not _initial_before_particle(words, k))
        or ("-" in w and w[0].isupper()))


def _initial_before_particle(words: tuple, k: int) -> bool:
    """Word k is a middle initial before a surname's particle ("Josefina C. Dela Doe"): inside the name, no title."""
    return len(words[k]) == 2 and words[k].endswith(".") and k + 1 < len(words) \
        and words[k + 1].lower() in _rules()["name_particles"]


def _split_run(ctx: _Ctx, run: list) -> list[_Cand]:
    """Clean one capitalised run: strip openers and titles, split at inner titles, read cues."""
    groups = _groups_in_run(ctx, run)
    if groups is not None:
        return groups
    return _names_in_run(ctx, run)


def _groups_in_run(ctx: _Ctx, run: list) -> list[_Cand] | None:
    """A party named by a plural, a group of people (nationality words, a body's members, "Senate Republicans")
    in the run, or None."""
    R = _rules()
    core = run
    while core and core[0].text.lower() in R["function_words"]:
        core = core[1:]
    if _member_described(ctx, core):
        return []  # "the Selma Democrat said": a member described by place and party, named elsewhere
    if _party_named_by_plural(ctx, core):
        party = _Cand(start=core[0].start, end=core[-1].end, name=ctx.text[core[0].start:core[-1].end],
                      possessive=core[-1].poss)
        party.cues["organisation"] += 3
        return [party]
    group = _group_of_demonyms(ctx, core)  # "New Yorkers" ("New" may open a sentence, but not here)
    while group is None and core and (core[0].text.lower() in R["stopwords"]
                                      or (core[0].initial and _common_word(core[0].text))):
        core = core[1:]
        group = _group_of_demonyms(ctx, core)
    if group is not None and len(core) >= 3 and core[-2].text.lower() in R["org_suffixes"] \
            and core[-1].text[:-1] in R["role_abbreviations"]:
        tail = core[-1]  # "Kelby Party MPs", "Tarn Union MEPs": the body, and its members as a group
        group = _Cand(start=tail.start, end=tail.end, name=tail.text, possessive=tail.poss)
        group.cues["group"] += 5
        return [*_split_run(ctx, core[:-1]), group]
    if group is not None:
        return [group]
    if _plural_group_at_end(core):  # "Senate Republicans": the Senate, and Republicans as a group
        tail = run[-1]
        group = _Cand(start=tail.start, end=tail.end, name=ctx.text[tail.start:tail.end], possessive=tail.poss)
        group.cues["group"] += 5
        return [*_split_run(ctx, run[:-1]), group]
    return None


def _names_in_run(ctx: _Ctx, run: list) -> list[_Cand]:
    """The run with no group: strip openers and titles, split at inner titles, read cues."""
    R = _rules()
    run, titled = _after_title_of(ctx, _strip_run(ctx, run))
    if not run:
        return []
    if (k := _body_after_title_of(run)):
        return _split_run(ctx, run[k:])  # "Chief Investment Officer of QBIA": the office, no name; the body after it
    if (k := _name_after_seat(ctx, run)):
        return [c for part, t in ((run[:k], False), (run[k:], True)) if (c := _make_cand(ctx, part, t)) is not None]
    if len(run) >= 2 and run[-1].text in R["party_words"] and not run[-1].poss \
            and " ".join(t.text for t in run[:-1]) in R["known_organisations"]:
        run = run[:-1]  # "Senate Democratic leader Jo Doe", "House Republican aides": the body, and a party word
    run = _without_board_of(_without_organ_after_of(ctx, _without_title_at_end(_without_honours_at_end(run))))
    if not run:
        return []
    if len(run) == 2 and run[0].text.lower() in R["honorifics"] and (
            run[1].text in R["street_suffixes_no_surnames"] or run[1].text in R["road_ends_never_surnames"]):
        street = _make_cand(ctx, run, False)  # ("off Coach Street", "on King Street": a street, no one titled)
        if street is not None:
            street.cues["place"] += 5
            return [street]
    if len(run) == 2 and run[0].text.lower() in R["honorifics"] and _titled_town(ctx, run):
        town = _make_cand(ctx, run, False)
        if town is not None:
            town.cues["place"] += 5
            return [town]
    pieces = _headline_pieces(run, ctx.lower_words) if _within(ctx.head_spans, run[0].start, run[0].start) else [run]
    out = [c for piece in pieces for toks_, t in _split_at_titles(piece, titled, _party_member_before(ctx, piece))
           if not _modifies_a_noun(ctx, toks_) and (c := _make_cand(ctx, toks_, t)) is not None]
    if len(out) > 1:
        _mark_before_a_title(ctx, out)
    return out


def _mark_before_a_title(ctx: _Ctx, out: list[_Cand]) -> None:
    """Each piece before the last is the place governed or the employer: "Kelby Mayor Jo Doe", "FAA Administrator X"."""
    for c in out[:-1]:
        if _place_before_its_head(ctx.text, c):
            c.cues["place"] += 3  # "Uasin Gishu Governor Jo Doe", "Kelby Mayor Jo Doe": the place governed
        else:
            c.cues["organisation"] += 1  # "FAA Administrator X": the first part is the employer


# The title word right after a name ("Governor" in "Kelby Governor Jo Doe").
_TITLE_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)\b")


def _titled_town(ctx: _Ctx, run: list) -> bool:
    """A town of the world gazetteer named with a title's word, after a preposition of place ("near Prince Rupert",
    "in Prince Albert"): the town, no person under a title."""
    text = ctx.text
    return (_TOWN_TO_BEFORE.search(text, max(0, run[0].start - 8), run[0].start) is not None
            and f"{run[0].text} {run[1].text}" in _world_places())


# A preposition of place before a town's name ("near ", "in "; not "to": "wrote to Prince George").
_TOWN_TO_BEFORE = re.compile(r"\b(?:in|at|near|outside) $")


def _place_before_its_head(text: str, c: _Cand) -> bool:
    """A name before the title of the head of a place (governor, mayor) and a capitalised word (the head's name), no
    body's word in it: the place ("Trans Kelby Governor Jo Doe", "NYC Mayor Jo Doe"; not "Federal Reserve Governor
    Jo Doe", "Bank of Kelby Governor"); an abbreviation before "Governor" only when it is a known place ("BoE
    Governor Jo Doe", "RBK Governor": a central bank's)."""
    m = _TITLE_WORD_AFTER.match(text, c.end)
    R = _rules()
    if m is None or m.group(1).lower() not in _HEADS_OF_PLACES or not text[m.end() + 1:m.end() + 2].isupper():
        return False
    if m.group(1).startswith("Governor") and _ABBREVIATION.fullmatch(c.name) and c.name not in R["places"]:
        return False
    return not any(w.lower() in R["org_words"] or w in R["known_organisations"] for w in c.name.split())


# An abbreviation: two capitals or more, or a short word with a capital after a small letter ("RBK", "BoE";
# not "McAllen").
_ABBREVIATION = re.compile(r"[A-Z&]{2,}|(?=\w{2,4}$)[A-Z][a-z]*[A-Z]\w*")


def _body_after_title_of(run: list) -> int:
    """Where the body starts in a run that is an office, "of" and the body that holds it, no person named ("Chief
    Investment Officer of QBIA", "the National Chairman of the APRC", "Chairman of the Kelby Growers Union"): after
    the title word (a form of address or a role) and the words before it that qualify it, the body an abbreviation in
    capitals or, after "the", two words or more ending in a body's word; 0 otherwise."""
    R = _rules()
    words = [t.text for t in run]
    if "of" not in words[1:]:
        return 0
    j = words.index("of", 1)
    title, quals = words[j - 1].lower(), words[:j - 1]
    if not (title in R["honorifics"] or title in R["person_roles"]) or any(
            (lw := w.lower()) not in R["title_modifiers"] and lw not in R["common_words"] and lw not in R["portfolio_words"]
            or w in R["places"] or w in R["known_organisations"] or lw in R["given_names"] for w in quals):
        return 0
    k = j + 2 if j + 2 < len(words) and words[j + 1] == "the" else j + 1
    rest = words[k:]
    if len(rest) == 1 and rest[0].isupper() and 2 <= len(rest[0]) <= 6 and rest[0].isalpha():
        return k
    if k == j + 2 and len(rest) >= 2 and rest[-1].lower() in R["org_suffixes"] \
            and not any(w.lower() in R["given_names"] for w in rest):
        return k
    return 0


# A member of an assembly and "for" just before a run: the run opens with the member's seat.
_MEMBER_FOR_BEFORE = re.compile(r"\b([A-Za-z]+) for $")


def _name_after_seat(ctx: _Ctx, run: list) -> int:
    """Where the member's name starts in a run that follows "MP for", "TD for", "Member for" and names the seat and
    then the member, no comma between ("Independent TD for Kelby South Áine Nic Tarna", "the MP for Kelby
    South Jo Doe"): at the first listed given name after the seat's first word, with a word after it, or the word
    before a Gaelic surname's particle ("Nic", "Ó"), or after a seat of one word in a run of three ("Member for
    Murray Mick Doe"); 0 when the run is the seat alone or no member's "for" stands before it."""
    m = _MEMBER_FOR_BEFORE.search(ctx.text, max(0, run[0].start - 24), run[0].start)
    if m is None or len(run) < 3 or run[-1].text in _SEAT_ENDS or not (
            m.group(1) in _rules()["member_abbreviations"] or m.group(1).lower() in _MEMBERS_OF_SEATS):
        return 0  # (a seat that ends in a compass word: "MP for St. Philip North")
    R = _rules()
    given, gaelic = R["given_names"], R["gaelic_surname_particles"]
    at = next((k for k in range(1, len(run) - 1) if run[k - 1].text not in _SAINT and (
        (run[k].text.lower() in given and run[k + 1].cap) or run[k + 1].text in gaelic)), 0)
    if at or len(run) != 3 or any(t.text in R["place_suffixes"] or _demonym(t.text) or t.text.isupper()
                                  or t.text in _SAINT or t.text in _COMPASS_REGIONS for t in run) \
            or any(" ".join(t.text for t in run[k:]) in places for k in (0, 1)
                   for places in (R["places"], _world_places(), _world_regions())):
        return at
    return 1  # "the Member for Murray Mick Doe": a seat of one word, then a name of two (the given name unlisted;
    # not "MP for North East Fife", "Bury St Edmunds", "senator for New South Wales": a seat of three words)


# A capitalised word and "of" just before a run ("Students of ").
_BODY_OF_BEFORE = re.compile(r"[A-Z][\w’'-]* of $")


def _without_organ_after_of(ctx: _Ctx, run: list) -> list:
    """A university's full name and an organ after "of" and a body's name, without the organ: "the Associated
    Students of Kelby State University Senate" names the students' body and the university ("Kelby State
    University"); the senate is the students'."""
    R = _rules()
    if len(run) >= 3 and run[-1].text in R["organs_after_of"] and not run[-1].poss \
            and run[-2].text in R["organ_hosts"] \
            and _BODY_OF_BEFORE.search(ctx.text, max(0, run[0].start - 40), run[0].start):
        return run[:-1]
    return run


def _without_board_of(run: list) -> list:
    """A company's board before "of" and the company, without the board: "Chairman of the Board of Acme Farms Inc."
    and "the Board of KFS" name the company ("Acme Farms Inc.", "KFS"), as a legal form or an abbreviation shows
    ("the Board of Education", "Board of Trade" stay bodies)."""
    if len(run) < 3 or run[0].text not in _rules()["company_boards"] or run[1].text != "of" or run[-1].poss:
        return run
    rest = run[2:]
    company = (len(rest) == 1 and rest[0].text.isupper() and len(rest[0].text) >= 2) \
        or (len(rest) >= 2 and rest[-1].text.rstrip(".") in _rules()["legal_forms"])
    return rest if company else run


def _without_honours_at_end(run: list) -> list:
    """A person's name and honours after it with no comma ("Dr Jo Doe-Roe SAN told ...", "Jo Doe KC", "Jo Doe OBE";
    ``post_nominals``): the name without them, after a form of address or a listed given name (not "Kelby United SC",
    "Al Ahly SC": a club's letters)."""
    R = _rules()
    if len(run) < 3 or run[-1].text not in R["post_nominals"] or run[-1].poss or run[-2].poss \
            or any(t.text in ("of", "for", "the", "and") for t in run):
        return run
    first = run[0].text.lower().rstrip(".")
    # (each of several: "Jo Doe MA PhD"; a style in lower case, no club's letters, after any name: "Jo Doe Thera"; a
    # style before a given name: "Canon Jo Doe PP")
    return _without_honours_at_end(run[:-1]) if first in R["honorifics"] or first in R["given_names"] \
        or len(run) > 3 and run[1].text.lower() in R["given_names"] or not run[-1].text.isupper() \
        or any(t.text.lower().rstrip(".") in R["honorifics"] for t in run[1:-2]) \
        else run  # (or a form of address inside: "Field Marshal Sir Jo Doe KG")


def _without_title_at_end(run: list) -> list:
    """A run that ends in an office with no name after it, without the office: "Acme CEO", "Orange County Coroner",
    "House Speaker", "Polk County GOP Chairman" name the employer (and a bare title names no one: all words go).

    Not a given name and one word ("Julie Bishop", "Alexander Pope"), nor a name with "of", "for" or "the" in it
    ("Office of the Inspector General") or a title before ("Lt. Gov. Patty Judge"), nor "General" ("Dollar
    General"), nor a possessive ("the Speaker's").
    """
    R = _rules()
    if len(run) > 2 and run[-1].text in R["member_abbreviations"] and not any(t.text in ("of", "for", "the") for t in run) \
            and (run[0].text.lower() in R["given_names"] or (
                len(run) > 3 and run[-3].text.lower() in R["given_names"] and run[-2].text not in _SEAT_ENDS
                and run[-4].text.lower().rstrip(".") in R["honorifics"])):
        return run[:-1]  # "Jane Doe MP", "Rhys ap Gruffydd MS", "Enterprise Minister Jo Doe MHK": a member's letters
        # after a person's name
    if len(run) > 2 and run[-1].text in R["member_abbreviations"] and run[-2].text in _SEAT_ENDS:
        return run[:-1]  # "the Kelby South MP said": the seat (a place), and the member unnamed
    if len(run) < 2 or run[-1].poss or run[0].text.lower() in R["given_names"]:
        return run
    if _independent_office(tuple(t.text for t in run)):
        return run  # "the Parliamentary Standards Commissioner", "the Energy Supply Ombudsman": an office as a body
    if _field_office([t.text for t in run]):
        return []  # "the Labour Commissioner", "the Chief Labour Officer": an office, no actor
    if len(run) > 2 and _field_office([t.text for t in run[1:]]) and run[0].text.lower() not in R["common_words"] \
            and run[0].text.lower() not in R["org_words"]:
        return run[:1]  # "Mtwara Regional Labour Officer": the region the office serves, and the office
    k = len(run)
    while k > 0 and _office_word(run[k - 1].text):
        k -= 1
    if k == len(run) or any(t.text in ("of", "for", "the") or t.text.lower().rstrip(".") in R["honorifics"]
                            for t in run[:k]):
        return run  # (a title before: "Lt. Gov. Patty Judge", the last word a surname)
    office = k
    while k > 0 and run[k - 1].text.lower() in R["title_modifiers"]:
        k -= 1  # "NBC News Senior Investigative Correspondent": the modifiers go with the office
    if k and all((lw := t.text.lower()) in R["title_modifiers"] or (lw in R["common_words"] and lw not in R["org_words"]
                                                                   and t.text not in R["places"]) for t in run[:k]):
        return []  # "the National Publicity Secretary": a field and a modifier of the office, no employer
    if k == 1 and k == office and not all(t.text in _EXECUTIVE_ACRONYMS or t.text in R["member_abbreviations"]
                                          for t in run[1:]) and not _employer_word(run[0].text):
        return run  # one capitalised word before a spelled-out office may be a given name or a paper's name: "Patty
        # Judge", "The Perry Chief" (an executive's abbreviation after a word is its employer: "Acme CEO"; a modifier
        # between makes it the office's place or employer: "Kigoma Regional Director")
    return run[:k]


def _independent_office(words: tuple) -> bool:
    """An office of ``independent_offices`` after two or more capitalised words of its remit, no place, body word,
    abbreviation, title or given name among them: a watchdog's office, a body ("the Parliamentary Integrity
    Commissioner", "the Grocery Supply Code Ombudsman"; not "the Kelby Police Commissioner": the police's head)."""
    R = _rules()
    if len(words) < 3 or words[-1].lower() not in R["independent_offices"]:
        return False
    return not any(w in R["places"] or w.isupper() or (lw := w.lower().rstrip(".")) in R["org_words"]
                   or lw in R["given_names"] or lw in R["honorifics"] or lw in R["title_modifiers"]
                   or lw in R["person_roles"] or w in _ORG_JOINERS or w.endswith(("’s", "'s")) for w in words[:-1])


def _field_office(words: list[str]) -> bool:
    """An office of a government field (``field_offices``) after portfolio words, perhaps "Chief" or a modifier
    first: "Labour Commissioner", "Chief Labour Officer", "Deputy Fisheries Inspector" (not "Acme Commissioner")."""
    R = _rules()
    if len(words) < 2 or words[-1].lower().rstrip(".") not in R["field_offices"]:
        return False
    before = words[:-1]
    while before and (before[0].lower() in R["title_modifiers"] or before[0].lower() == "chief"):
        before = before[1:]
    return bool(before) and all(w.lower() in R["portfolio_words"] or _portfolio([w]) for w in before)


def _employer_word(w: str) -> bool:
    """A word that names an employer on its own: an abbreviation, a hyphenated name, a place or a known body."""
    R = _rules()
    return w.isupper() or "-" in w or w in R["places"] or w in R["known_organisations"] or w.lower() in R["org_words"]


def _office_word(w: str) -> bool:
    """An office written after its employer: an honorific or a local office, an executive's abbreviation, a
    party role ("Acme CEO", "Labour MP"); not "General", nor a word of rank or faith ("Saint", "Queen")."""
    R = _rules()
    lw = w.lower().rstrip(".")
    return (lw in R["honorifics"] and lw not in _NOT_OFFICES_AT_END) or w in _EXECUTIVE_ACRONYMS \
        or lw in _LOCAL_OFFICES or w in R["member_abbreviations"]


# Honorifics that end names too ("Dollar General", "Warner Brothers", "Social Justice", "Ramsay Street"):
# never read as an office after its employer.
_NOT_OFFICES_AT_END = frozenset(("general", "justice", "father", "sister", "brother", "saint", "st", "king", "queen",
                                 "prince", "princess", "lord", "lady", "dame", "sir", "vice", "hon", "pope", "cardinal",
                                 "bishop", "rabbi", "imam", "sheikh", "emir", "sultan", "del", "deputy", "delegate",
                                 "coach", "candidate", "nominee", "leader", "brother"))
# Executives' abbreviations written after the company ("Acme CEO"); not "VP", "SVP" (also parties: "Junge SVP").
_EXECUTIVE_ACRONYMS = frozenset(("CEO", "CFO", "COO", "CTO", "CIO", "CMO"))
# Local offices (in person_roles) written after a county or a city: "Clark County Coroner", "Maricopa County Recorder".
_LOCAL_OFFICES = frozenset(("recorder", "coroner", "auditor", "comptroller", "assessor", "prosecutor", "sheriff",
                            "treasurer", "clerk"))


def _modifies_a_noun(ctx: _Ctx, core: list) -> bool:
    """Ordinary capitalised words and a nationality word before a lower-case noun: "Veteran Irish broadcaster
    Jo Doe", "Leading British economist ..." (no name; "House Republican leader" keeps its organisation)."""
    if len(core) < 2 or not _demonym(core[-1].text) or core[-1].text.endswith("s") or core[-1].poss \
            or not ctx.text.startswith(" ", core[-1].end) or not ctx.text[core[-1].end + 1:core[-1].end + 2].islower():
        return False
    R = _rules()
    return all((w := t.text.lower()) not in R["org_words"] and (w in R["common_words"] or w in ctx.lower_words)
               for t in core[:-1])


def _member_described(ctx: _Ctx, core: list) -> bool:
    """ "the", one to three capitalised words of a place and a party's word for one member: "the Selma Democrat",
    "the Texas Republican", "the North Kelby Conservative": a description of someone the story names elsewhere, no
    name of its own (the table ``party_members``); not "the Democrat" alone, nor a given name, a common word or a
    nationality word before it."""
    if not 2 <= len(core) <= 4 or core[-1].text not in _rules()["party_members"] or core[0].initial \
            or not _THE_BEFORE.search(ctx.text, max(0, core[0].start - 4), core[0].start):
        return False
    return not any(t.poss or t.text.lower() in _rules()["given_names"] or _common_word(t.text) or _demonym(t.text)
                   for t in core[:-1])  # (not a paper: "the Press Democrat", "the Kelbian Democrat")


def _party_named_by_plural(ctx: _Ctx, core: list) -> bool:
    """ "the" and two words, the second a party's word in the plural, the first another party's word or a word of
    ``party_name_words`` (an idea, a colour): a party's name ("the Green Liberals", "the Labour Unionists", "the
    Social Liberals").  (Not "the Senate Republicans", "the Texas Democrats": groups of members.)"""
    if len(core) != 2 or core[0].initial or not _THE_BEFORE.search(ctx.text, max(0, core[0].start - 4), core[0].start):
        return False
    R, first, last = _rules(), core[0].text, core[1].text
    return last.endswith("s") and last[:-1] in R["party_words"] and not core[0].poss \
        and (first in R["party_words"] or first.lower() in R["party_name_words"])


def _plural_group_at_end(core: list) -> bool:
    """A run that ends with a plural party or nationality word after a name: "Senate Republicans", "Texas Democrats".

    (A run of such words only, "Muslim Americans", is one group: :func:`_group_of_demonyms`.)
    """
    if len(core) < 2 or core[-1].text.isupper() or not core[-1].text.endswith("s") or core[-2].text in _ORG_JOINERS:
        return False  # (after "of", "for", "and": the body's members, inside its name: "Association of Evangelicals")
    return core[-1].text[:-1].lower() in _rules()["demonyms"] and not _demonym(core[-2].text)


def _after_title_of(ctx: _Ctx, run: list) -> tuple[list, bool]:
    """The run without the words that complete a title before it ("Secretary of State John Kerry"), and whether titled.

    After "<title> of" or "for", the words up to a given name complete the title; without one the run is a
    name of its own ("director of Rutgers University"), except "Secretary of State Kerry" and common words
    only, which name no actor ("Secretary of Defense", "Minister for Foreign Affairs"): then no run is left.
    """
    if not run:
        return run, False
    if _portfolio_list_part(ctx, run):
        return [], False  # "the Minister of Hydraulics, Roads and Ports", "the Minister for Forests and Rural
        # Resources Development": a cabinet office's listed fields, no body
    if holder := _holder_after_list(ctx, run):
        return holder, True  # "Minister for Mines and Minerals Development Barrister Jo Doe"
    R = _rules()
    before = ctx.text[max(0, run[0].start - 30):run[0].start]
    bare = before.rstrip()  # (the pattern needs "of" or "for" and a space at the end: told without it first)
    m = _TITLE_OF_BEFORE.search(before) if bare != before and bare.endswith(("of", "for")) else None
    if not m and len(run) > 1 and (t := _TITLE_OF_THE_BEFORE.search(before)) and t.group(1).lower() in R["honorifics"]:
        if _field_of_office(ctx, run):
            return [], False  # "the Minister of the Digital Economy"
        g = next((x for x in range(1, len(run)) if run[x].text.lower() in R["given_names"]
                  or len(run) - x >= 2 and not _common_noun(ctx, run[x].text)), None)
        holder = run[g:] if g else []
        return (holder, True) if 2 <= len(holder) <= 4 and all(_common_noun(ctx, t.text) for t in run[:g]) \
            and not any(t.text.lower() in R["org_words"] or t.text in _ORG_JOINERS for t in holder) else (run, False)
        # ("Justice of the Peace Jo Doe", "Minister of the Interior Jo Doe": the holder after the title's field;
        # not "Chairman of the Board of Directors of Kelby Bank": a body)
    if not m or (m.group(1).lower() not in R["honorifics"] and not (
            m.group(1).lower() in R["person_roles"] and bare.endswith("of") and len(run) == 1)):
        return run, False  # (after a role word, one word after "of" only: "Head of Research"; not "spokesman for
        # World Relief", a body named by common words)
    words = " ".join(t.text for t in run)
    if all(_common_noun(ctx, t.text) or (t.text.lower() in R["org_suffixes"] and (t is not run[-1] or len(run) == 1))
           or (t.text in R["place_words"] and (t is not run[-1] or len(run) == 1)) or _NOUNISH.search(t.text.lower())
           for t in run) \
            and words not in R["places"] and words not in R["known_organisations"]:
        return [], False  # "Secretary of Defense", "Minister of International Trade": part of the title
        # (and "Minister of Northern Development", "Secretary for Rural Employment": a region, an abstract noun;
        # after a role word too: "Head of Research", "Manager of Operations"; "Secretary of State": a lone place word)
    if m.group(1).lower() not in R["honorifics"]:
        return run, False  # "head of Kelby Securities": a body
    return _holder_after_field(ctx, run, m.group(1).lower(), words) if len(run) > 1 else (run, False)


def _holder_after_field(ctx: _Ctx, run: list, title: str, words: str) -> tuple[list, bool]:
    """After a title (``title``, lower case), "of" or "for", a run of two words or more (``words``): the
    holder's name that closes the run and True ("Minister of Planning Dr. Jo Doe", "Under Secretary for Political
    Affairs Wendy Sherman"), no run for an office's portfolio alone, else the run as it is (a seat, a place, a
    body)."""
    R = _rules()
    if run[-1].text.rstrip(".") in R["legal_forms"]:
        return run, False  # "a former treasurer of Mattatuck Brass & Copper Co.": a company, no holder in it
    g = next((x for x in range(len(run)) if run[x].text.lower() in R["given_names"]), None)
    if g and run[g - 1].text.lower().rstrip(".") in ("st", "saint"):
        return run, False  # "candidate for St Kelby North": a saint's name opens a seat's, no holder's
    hon = next((x for x in range(len(run) - 2, 0, -1) if run[x].text.lower().rstrip(".") in R["address_forms"]), 0)
    if hon and (g is None or hon + 1 < g) and all(_common_noun(ctx, t.text) for t in run[:hon]):
        return run[hon + 1:], True  # "Minister of Planning Dr. Jo Muhammad Doe": the name after a form of
        # address after the portfolio, though its given name is no listed one and a listed one (the father's)
        # follows (not "Mayor of Port St. Lucie Jo Doe", "Chairman of General Electric Jo Doe": a place, a body)
    if g is not None or ((len(run) == 2 or any(t.text in R["name_particles"] for t in run[2:-1]))
                         and title in ("secretary", "minister")
                         and run[1].text.lower() not in R["org_words"]
                         and run[1].text.lower() not in R["common_words"]):  # ("Minister of International Trade")
        return run[g or 1:], True  # (a name with a particle inside: "Minister of Fisheries Jo við Doe")
    if len(run) > 2 and _full_name_shape(run[-2].text, run[-1].text) and words not in R["places"] \
            and all(_common_noun(ctx, t.text) and t.text not in R["place_words"] or t.text == "State" and x == 0
                    for x, t in enumerate(run[:-2])):
        return run[-2:], True  # "Under Secretary for Political Affairs Wendy Sherman", "Secretary of State Marla
        # Quint"
    x = _name_after_field(ctx, run)
    if x:
        return run[x:], True  # "Minister of State for Transport Grace Teo Li Ping": a given name not listed
    if run[0].text == "State" and run[1].text == "for" and title.capitalize() in R["cabinet_offices"] \
            and " ".join(t.text for t in run[2:]) not in R["places"]:
        return [], False  # "Minister of State for Kelby Provincial Affairs and Devolution": an office's
        # portfolio, no body (a named holder after it is read above; a place alone after "for" is left as it
        # was: the quotation layer would take the place for the speaker)
    return run, False


# A cabinet office and "of" or "for" ("Minister of ", "Department for ").
_CABINET_OFFICE_OF = r"\b(?:Minister|Secretary|Ministry|Department) (?:of|for) "
# A cabinet office and "of" or "for" just before a run ("Minister of ").
_OFFICE_ABOVE_LIST = re.compile(_CABINET_OFFICE_OF + "$")
# A cabinet office, "of" or "for", and capitalised fields listed with commas and "and" up to the end: the fields
# before a run of the list ("Minister of Hydraulics, Roads and ", "Secretary for Trade and ").
_OFFICE_LIST_BEFORE = re.compile(_CABINET_OFFICE_OF
                                 + r"((?:[A-Z][\w’'-]*(?: |, |, and | and | & ))+)$")
# The fields after a run of such a list, up to its last field after "and" (", Energy and Mines", " and Rural
# Development").
_OFFICE_LIST_AFTER = re.compile(r"(?:, [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)*,? (?:and|&) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*")


def _field_of_office(ctx: _Ctx, run: list) -> bool:
    """Two words or more after "<title> of the", the last an ordinary noun, no plural, and none a place, a
    nationality, a given name or a body's word ("the Minister of the Inland Economy", "the Secretary of the Digital
    Economy"): a field of the office, no body (not "Secretary of the Kelby Navy", "of the Interior Ministry", "the
    Chairman of the Joint Chiefs": a plural names a body's members)."""
    R = _rules()
    words = " ".join(t.text for t in run)
    last = run[-1].text
    return words not in R["places"] and words not in R["known_organisations"] and not _plural_in_a_name(last) \
        and (_common_noun(ctx, last) or _NOUNISH.search(last.lower())) and not any(
            t.text.lower() in R["org_suffixes"] or t.text.lower() in R["org_words"] or t.text in R["places"]
            or t.text.lower() in R["given_names"] or _demonym(t.text) or t.text.isupper() for t in run)


def _portfolio_list_part(ctx: _Ctx, run: list) -> bool:
    """The run is one field of a cabinet office's list of fields joined by commas and "and" ("the Minister of
    Hydraulics, Roads and Ports", "the Minister for Forests and Rural Land Development"): the list names
    at least two fields and every field is an ordinary word (no place, given name or known body), but perhaps the
    first field's one word ("Hydraulics": a field the word lists lack), so the run names no body either."""
    text, start, end = ctx.text, run[0].start, run[-1].end
    m = _OFFICE_LIST_BEFORE.search(text, max(0, start - 80), start)
    if not m and not _TITLE_OF_BEFORE.search(text, max(0, start - 30), start):
        return False
    after = _OFFICE_LIST_AFTER.match(text, end)
    if m and not after and not m.group(1).endswith(("and ", "& ")):
        return False  # (a comma after the list and a name: "... and Mines, Dr Jo Doe")
    others = re.findall(r"[A-Z][\w’'-]*", (m.group(1) if m else "") + (after.group(0) if after else ""))
    if not others or (not m and not _OFFICE_ABOVE_LIST.search(text, max(0, start - 30), start)):
        return False
    words = [t.text for t in run]
    return all(_field_only(ctx, w) for w in others) \
        and (all(_field_only(ctx, w) for w in words) or (not m and len(words) == 1 and not _named_word(ctx, words[0])))


def _holder_after_list(ctx: _Ctx, run: list) -> list:
    """After a cabinet office's fields listed up to "and" ("Minister for Mines and "), every one an ordinary word,
    the holder's name that closes the run of the last field (:func:`_name_after_field`: "Minerals Development
    Barrister Jo Doe" gives "Jo Doe"); else []."""
    m = _OFFICE_LIST_BEFORE.search(ctx.text, max(0, run[0].start - 80), run[0].start)
    if not m or not m.group(1).endswith(("and ", "& ")) \
            or not all(_field_only(ctx, w) for w in re.findall(r"[A-Z][\w’'-]*", m.group(1))):
        return []
    x = _name_after_field(ctx, run)
    return run[x:] if x else []


def _named_word(ctx: _Ctx, w: str) -> bool:
    """A word that can name something of its own: a place, a given name, a nationality or a known body."""
    R = _rules()
    return w in R["places"] or w.lower() in R["given_names"] or _demonym(w) or w in R["known_organisations"] \
        or w.isupper() or w in _world_places()


def _field_only(ctx: _Ctx, w: str) -> bool:
    """An ordinary word of a field (:func:`_field_word`: "Fisheries", "Development") that names nothing of its own."""
    return _field_word(ctx, w.lower()) and not _named_word(ctx, w)


def _name_after_field(ctx: _Ctx, run: list) -> int:
    """Where a person's name of two words or more starts after the field of an office ("State for Transport",
    "Trade Promotion"): the first word, after two or more words of the field (common nouns, portfolio words,
    "State", "for", "and"), or after one ordinary word that names nothing of its own ("Minister for Mines Naveed
    Akhtar Durrani"), that is no such word, body word, place or nationality, with no body word after it ("Minister
    of State for Transport Joanne Tay"; not "Director of Al Noor Capital Company"); 0 when there is none."""
    R = _rules()

    def field(w: str) -> bool:
        return _common_noun(ctx, w) or w.lower() in R["portfolio_words"] or w in R["portfolio_levels"] \
            or w in ("for", "and")

    if len(run) > 2 and R["slashed_legal_form"].fullmatch(ctx.text, run[-2].start, run[-1].end):
        return 0  # "director of Kelby Havfisk P/F": a company's legal form closes the run
    for x in range(1, len(run) - 1):
        w = run[x].text
        if field(w):
            continue
        if x < 2 and not _field_only(ctx, run[0].text) or not field(run[x - 1].text) \
                or run[x - 1].text in ("for", "and") \
                or any(t.text.lower() in R["org_words"] or t.text in R["places"] or t.text in R["known_organisations"]
                       or _demonym(t.text) for t in run[x:]):
            return 0
        return x
    return 0


def _headline_pieces(run: list, lower_words: set) -> list[list]:
    """In a headline every word is capitalised: split the run at common words and nationality words.

    Common words: the learned list, and the words the article itself writes in lower case.

    "Rand Paul Scores Direct Hit" -> "Rand Paul"; "Jane Doe Goes" -> "Jane Doe".  Organisation
    and place words stay ("Supreme Court"), and so do given names.
    """
    R = _rules()
    pieces: list[list] = [[]]
    for t in run:
        lw = t.text.lower().rstrip(".")
        keep = lw in R["org_suffixes"] or lw in R["org_prefixes"] or t.text in R["place_suffixes"] \
            or lw in R["given_names"] or lw in R["honorifics"] or lw in R["title_modifiers"]
        if not keep and (lw in R["common_words"] or lw in lower_words or _demonym(t.text)):
            if pieces[-1]:
                pieces.append([])
            continue
        pieces[-1].append(t)
    return [p for p in pieces if p] or [run[:1]]


def _demonym_of_a_place(name: str) -> bool:
    """A nationality of two words or more formed from a place of the list by "-n" or "-an" ("Costa Rican" from
    Costa Rica, "Sierra Leonean" from Sierra Leone, "Puerto Rican" from Puerto Rico)."""
    places = _rules()["places"]
    return " " in name and name.endswith("an") and any(
        stem in places for stem in (name[:-1], name[:-2], name[:-2] + "o"))


def _event_or_law(words, lows: list[str]) -> bool:
    """Capitalised ``words`` (``lows`` in lower case, stops cut) closed by an event's, a law's or a document's word
    (``not_actor_suffixes``): "Election Day", "Paris Agreement", "Requiem Mass", no actor (but "Center for Security
    Policy", "Coalition for Tax Reform" are; "Doris Day", a given name first, is a person)."""
    R = _rules()
    return len(words) >= 2 and words[-1] in R["not_actor_suffixes"] and not _fund_plan(words) \
        and not (len(words) == 2 and lows[0] in R["given_names"]) and not any(
            (a in R["org_prefixes"] or w in R["members_body_words"]) and b in _ORG_JOINERS
            for w, a, b in zip(words, lows, lows[1:]))


def _not_a_name(words: list[str]) -> bool:
    """Runs that never name an actor: abbreviations and stop words only, a bare title, an event, furniture."""
    return _not_a_name_cached(tuple(words))


@lru_cache(maxsize=8192)
def _not_a_name_cached(words: tuple) -> bool:  # names repeat within and across articles
    R = _rules()
    lows = [w.lower().rstrip(".") for w in words]
    if all(w in R["acronyms"] or lw in R["stopwords"] for w, lw in zip(words, lows)):
        return True
    if " ".join(words) in R["market_indexes"]:
        return True  # "the Sensex", "the Nikkei": a share index, no actor
    if len(words) == 1 and words[0] in R["post_nominals"] and not words[0].isupper():
        return True  # "the Thera said": a monk's style standing for him, no body (letters may be a party's: "PP")
    if len(words) == 1 and words[0] in R["post_name_forms"] and words[0][:1].isupper():
        return True  # "Sheikh Sahib published ...": a form of respect after a title, standing for the one so titled
    if len(words) >= 2 and words[-2] == "General" and words[-1].lower() in R["gatherings_after_titles"]:
        return True  # "the General Election", "the Annual General Meeting": a vote or a meeting, no actor
    if len(words) == 1 and words[0].rstrip(".") in R["legal_forms_never_alone"]:
        return True  # "..., Inc.": a legal form cut off the name before it, no name alone
    if len(words) == 1 and words[0].lower() in R["kin_styles"]:
        return True  # "why Grandma's house smells": a kin word for someone, no name
    if " ".join(words) in R["market_benchmarks"] or (len(words) > 1 and " ".join(words[1:]) in R["market_benchmarks"]
                                                    and (words[0].replace(".", "") in R["places"] or _demonym(words[0]))):
        return True  # "Treasuries", "U.S. West Texas Intermediate", "German Bunds": a benchmark price, no actor
    if len(words) >= 2 and (" ".join(lows) in R["demonyms"] or _demonym_of_a_place(" ".join(words))):
        return True  # "a Sri Lankan national", "the New Zealander", "Kelba Rican law": a nationality of two words
    if len(words) == 2 and words[0] in _DIVISIONS and words[1] in _NUMBER_WORDS:
        return True  # "League One", "Division Two": a division of a league, no actor
    if len(words) == 1 and _AGE_BAND.fullmatch(words[0]):
        return True  # "Under-16s", "Over-65s": an age band
    if len(words) == 1 and _AMOUNT_OR_LEVEL.fullmatch(words[0]):
        return True  # "N7.15", "R1.2bn" (an amount in naira, rand), "Tier-2", "Covid-19": no actor
    if len(words) == 1 and (m := _CODE_AMOUNT.fullmatch(words[0])) and m.group(1).replace("Đ", "D") in currency_codes():
        return True  # "VNĐ18", "USD3bn": a currency's code and an amount ("VNĐ" the Vietnamese spelling of VND)
    if len(words) == 1 and _LETTERS_THEN_FIGURES.fullmatch(words[0]) and words[0] not in R["known_organisations"]:
        return True  # "MH370", "ZB221", "PS752": a flight's, a station's or a model's code of letters and figures
    if len(words) == 1 and len(lows[0]) == 1 and words[0] != "X":
        return True  # a letter alone ("Generation Z", "Plan B", "Q:") names no actor ("X", the former Twitter, does)
    if all(lw in R["honorifics"] or lw in R["title_modifiers"] or lw in R["person_roles"] or _title_form(lw)
           for lw in lows) or " ".join(lows) in R["honorifics"]:
        return True  # a job title standing alone: "Senior Fellow", "Deputy", "Govs.", "Menteri Besar"
    if len(words) >= 2 and lows[-1] in R["portfolio_titles"] and all(
            lw not in R["given_names"] and (lw in R["common_words"] or lw in R["portfolio_words"]
                                             or w in R["places"] or _demonym(w))
            for w, lw in zip(words[:-1], lows)):
        return True  # a portfolio and its title: "Environment Secretary", "Finance Minister"
    if _office_for_portfolio(words, lows):
        return True  # "County Executive Committee Member for Transport", "Cabinet Secretary for Health": an office
    if len(words) == 1 and words[0] in R["party_roles_alone"]:
        return True  # "the Applicant has not shown ...": a party of a court's or a regulator's document
    if len(words) == 1 and words[0] in R["documents_alone"]:
        return True  # "under Article 12 of the Constitution": a document, no actor
    if _event_or_law(words, lows):
        return True
    if len(words) >= 2 and lows[-1] in R["demonyms"] and not lows[-1].endswith("s") \
            and " ".join(words[:-1]) in R["places"]:
        return True  # a place and a party or nationality word: "the Wisconsin Republican", "an Iowa Democrat"
        # describe a person, whose name the story gives elsewhere (the plural is a group: "Texas Democrats")
    return bool(R["furniture_re"].fullmatch(" ".join(words)))


def _office_for_portfolio(words: tuple, lows: list[str]) -> bool:
    """An office and its portfolio: a singular title word, "for" and one or two words of a portfolio, nothing named
    in it (no abbreviation, place, given name or known body: "UN High Commissioner for Refugees" is a body)."""
    R = _rules()
    if len(words) < 3 or "for" not in words:
        return False
    p = words.index("for")
    role = lows[p - 1] if p else ""
    known = R["known_organisations"]
    return 1 <= len(words) - p - 1 <= 2 and (role in R["person_roles"] or role in R["honorifics"]) \
        and not role.endswith("s") and not any(
            w.isupper() or w in R["places"] or lw in R["given_names"] or w in known
            for w, lw in zip(words, lows) if lw != "for") \
        and not any(" ".join(words[:b]) in known for b in range(2, p))  # ("United Nations High Commissioner ...")


# A currency letter and an amount with decimals or a multiplier ("N7.15", "R1.2bn", "K250m"), a currency sign of
# two or three letters and digits ("Shs20,000", "Rs500": the token ends at the comma), or a word and a number
# joined by a hyphen ("Tier-2", "Covid-19", "Level-4").
_AMOUNT_OR_LEVEL = re.compile(r"[A-Z][a-z]?\d[\d,]*(?:\.\d+(?:bn|mn|m|k|tn)?|(?:bn|mn|m|k|tn))|[A-Z][a-z]{1,2}\d+"
                              r"|[A-Z][a-z]+-\d{1,3}")
_AGE_BAND = re.compile(r"(?:Under|Over)-\d{1,2}s?")
# Two to four capitals glued to three figures or more ("MH370", "ZB221"; not "G20", "A380": a group, a product).
_LETTERS_THEN_FIGURES = re.compile(r"[A-Z]{2,4}\d{3,}")
_LETTER_AMOUNT = re.compile(r"[A-Z]\d{1,3}(?:,\d{3})*(?:\.\d+)?")  # "E74", "R1,500", "K2.50"
_CODE_AMOUNT = re.compile(r"([A-ZĐ]{3})\d[\d,]*(?:\.\d+)?(?:bn|mn|m|k|tn)?")


def _last_words(rx: re.Pattern, text: str, at: int, reach: int, k: int) -> list[str]:
    """The last ``k`` words ``rx`` finds in ``text[at - reach:at]`` (fewer when there are fewer).

    Read from the last 20 characters first: when they hold more than ``k`` words, the last ``k`` are whole
    (only the first can be cut: the patterns' one-character words are no word characters) and the same.
    """
    short = min(20, reach)
    near = rx.findall(text, max(0, at - short), at)
    if len(near) > k or at <= short or short == reach:
        return near[-k:]
    return rx.findall(text, max(0, at - reach), at)[-k:]


def _first_words_at(rx: re.Pattern, text: str, at: int, stop: int, k: int) -> list[str]:
    """The first ``k`` words ``rx`` finds in ``text[at:stop]`` (the same as slicing: the patterns have no anchors).

    Read from the first ``8 * k`` characters first: when they hold more than ``k`` words, the first ``k`` ended
    before the window did, so they are whole and the same.  One ``findall`` a window (the patterns have no
    groups): cheaper than a match object a word.
    """
    short = min(stop, at + 8 * k)
    near = rx.findall(text, at, short)
    if len(near) > k or short == stop:
        return near[:k]
    return rx.findall(text, at, stop)[:k]


# A figure within a few words ("up $1.52", "2%", "at 80.02"): a price's move.
_FIGURE_SOON = re.compile(r"[^\n.;:!?]{0,24}?[\d$€£¥]")


def _a_price_after(text: str, end: int, aw: list[str]) -> bool:
    """The words after a benchmark named like a person make it a price: a market's noun
    (``market_benchmark_words_after``: "Brent crude") or a move (``market_benchmark_moves_after``) and a figure
    within a few words ("Brent was up $1.52"; not "Brent was a mentor to many")."""
    R = _rules()
    if not aw:
        return False
    if aw[0] in R["market_benchmark_words_after"]:
        return True
    at = text.find(aw[0], end) + len(aw[0])
    return aw[0] in R["market_benchmark_moves_after"] and _FIGURE_SOON.match(text, at) is not None


def _make_cand(ctx: _Ctx, run: list, titled: bool) -> _Cand | None:
    """One candidate mention from a cleaned run, with every cue for its kind."""
    if not run:
        return None
    words = list(map(_text_of, run))
    if _not_a_name(words):
        return None
    text = ctx.text
    start, end = run[0].start, run[-1].end
    if _not_an_actor_span(text, start, end, words):
        return None
    end = _cand_end(text, start, end, words)
    if text.startswith(" ", end) and "-" in text[end:end + 40] and (place_end := _place_before_a_hyphen(text, start, end)):
        end = place_end  # "a Los Angeles-based lawyer": the place, its last word cut from the adjective's rest
    name = _clean_name(text[start:end])
    c = _Cand(start=start, end=end, name=name, possessive=run[-1].poss)
    if titled:
        c.cues["person"] += 3
    if len(words) == 2 and words[0].lower() in _rules()["given_names_before_surnames"] and not _common_word(words[1]) \
            and words[1].lower() not in _rules()["org_words"] and words[1] not in _rules()["places"]:
        c.cues["person"] += 3  # "Witness Mazengo", "Gift Banda": a given name that is a common word, then a surname
    _mark_weak(ctx, c, run)
    after = end + 2 if run[-1].poss else end
    stop = m.start() + 1 if (m := _SENTENCE_END.search(text, after, end + 80)) else end + 80
    aw = _words_after(text, after, stop)  # (not across the sentence's end: "said Jo Doe. Analysts at Acme ...")
    if aw and aw[0] in _PORTFOLIO_NOUNS and not run[-1].poss:
        return None  # "the Water Resources portfolio", "who holds the Women and Child Development brief": an office
    if (aw and aw[0] in _rules()["lower_street_words"] and text.startswith(" " + aw[0], end)) \
            or _rules()["lower_street_before"].search(text, max(0, start - 12), start):
        c.cues["place"] += 5  # "a building on Kelby tänav", "on ulica Kelby": a street named in its own language
    if _benchmark_or_modifier(c, words, text, name, end, aw):
        return None
    _own_words_cues(ctx, c, run, words, text, name, end)
    bw = _last_words(_CONTEXT_WORDS, text, start, 60, 2)
    if _unnamed_member_or_word(ctx, words, text, start, end, bw, aw):
        return None
    _before_cues(c, text, start, bw)
    _after_cues(c, run, words, text, aw)
    if len(words) == 1 and _demonym(words[0]) and _TITLE_THE_INSIDE.search(text, max(0, start - 8), start):
        c.cues["organisation"] += 2  # "according to The Australian, the minister ...": a paper's title, whose comma
        # opens the sentence's subject, no appositive
    elif not (len(words) == 1 and _TOWN_PREPOSITION_BEFORE.search(text, max(0, start - 8), start)) \
            and not _QUOTE_CLOSES_AFTER.match(text, end) \
            and not _SUBJECT_LIST_LABEL.match(text, text.rfind("\n", 0, start) + 1):
        _appositive_cues(c, aw)  # (after "in X, ...": "At the signing in Kelby, the board's chairman said"; nor
        # across a quotation's end: '... a family in Kelby," the governor said' names the speaker after it)
    b1 = bw[-1].lower() if bw else ""
    if b1 in _SPEECH and _CLAUSE_END_AFTER.match(text, end, end + 80):
        c.cues["speaks"] += 1  # "..., said Doe." (not "Doe said Acme had ...": Acme opens a clause)
    return c


# A site's label opening a line of subjects ("Tags: Kelso, Banff Sheriff Court, farming"): its commas part items of
# a list, no name and its appositive ("Banff Sheriff Court" tells nothing of "Kelso").
_SUBJECT_LIST_LABEL = re.compile(r"(?i:tags|tagged|keywords|topics)\s*:")
# A quotation closing just after a name, with its comma inside or outside the marks (',"', ',”', ",’", '",', '”,'):
# what follows the comma is the attribution, no appositive of the name.
_QUOTE_CLOSES_AFTER = re.compile(r",[\"”’]|[\"”],")


def _cand_end(text: str, start: int, end: int, words: list[str]) -> int:
    """The end of a candidate's name, taking in a closing quotation mark of its own or a closed company's mark."""
    if text[end:end + 1] in ('"', "”") and text.count(text[end], start, end) + ("“" in text[start:end]) == 1:
        end += 1  # the closing mark of a body's own name in quotation marks ('... Borrowers "Equal Before the Bank"')
    if text[end:end + 1] == " " and words[-1].rstrip(".") in _rules()["legal_forms"] \
            and (mark := _rules()["closed_company_mark"].match(text, end)):
        end = mark.end()  # "Acme Bank B.S.C. (c)": a closed company's mark after its legal form
    return end


def _benchmark_or_modifier(c: _Cand, words: list[str], text: str, name: str, end: int, aw: list[str]) -> bool:
    """An oil benchmark before its price, or a known body's name modifying a plural at a sentence's start."""
    if len(words) == 1 and name in _rules()["market_benchmarks_named_like_people"] and _a_price_after(text, end, aw):
        return True  # "Brent crude rose", "Brent was up $1.52": the oil benchmark, no person
    return c.weak == "initial" and not c.possessive and name in _rules()["known_organisations"] \
        and _modifies_a_plural(aw)
    # ("House prices rose", "Treasury yields fell": a modifier opening the sentence, not the body; only a known
    # body's name: "Acme shares fell" names the company whose shares they are)


def _own_words_cues(ctx: _Ctx, c: _Cand, run: list, words: list[str], text: str, name: str, end: int) -> None:
    """Cues from the name itself and what is glued to it: a version or label, a suffix ("Jr."), a programme, the
    name's words (:func:`_name_cues`), a glued initial, a possessive place, a place and a common noun."""
    _version_and_label(c, run, words, text[end:end + 40])
    if len(words) >= 2 and text[end:end + 1] in ", " and not run[-1].poss \
            and (ms := _NAME_SUFFIX_AFTER.match(text, end)) is not None \
            and ((ms.group(1) or ms.group(2)).lower().startswith(("j", "s"))
                 or words[0].lower() in _rules()["given_names"]):
        c.suffix, c.suffix_end = ms.group(), ms.end()  # "Bob Casey Jr.", "Joe Manchin III" (not "World War II")
    if len(words) >= 2 and not run[-1].poss and _PROGRAMME_AFTER.match(text, end):
        c.cues["product"] += 5  # "the Good Morning Scotland programme": a broadcast, no body
    _name_cues(c, words, name)
    if len(words) == 1 and _glued_initial_name(name):
        c.cues["person"] += 3  # "D.Batmunkh": an initial glued to a given name
    if run[-1].poss and f"{name}'s" in _rules()["places"]:
        c.cues["place"] += 5  # "in St. John's": a place whose name ends in a possessive, no owner
    if len(words) == 2 and _place_then_common_noun(words, ctx.lower_words):
        c.cues["organisation"] += 2  # "Alberta Wildfire", "Toronto Hydro", "Ontario Health"


def _unnamed_member_or_word(ctx: _Ctx, words: list[str], text: str, start: int, end: int, bw: list[str],
                            aw: list[str]) -> bool:
    """No name: a member's abbreviation unnamed ("the MP said"), a tabloid's opening words in capitals, an order's
    honour given ("appointed MBE"), a caption's credit after a dash ("- Dispatch Photo"), a unit after a number with
    decimals."""
    R = _rules()
    if len(words) == 1 and words[0] in R["member_abbreviations"] and (bw and (
            bw[-1].lower() in _DETERMINERS or bw[-1].lower() in R["title_modifiers"] or bw[-1].islower()
            or bw[-1] in R["party_words"] or bw[-1] in R["member_parties"])
            or _SEAT_AFTER.match(text, end)):
        return True  # "the MP said", "a local TD", "an opposition MP", "Deputy CM", "MLA from Hexley", "the riding's
        # Liberal MP,": a member of an assembly, unnamed
    if len(words) == 1 and len(words[0]) >= 4 and words[0].isupper() and bw and bw[-1] in ("A", "An", "AN") \
            and (words[0].lower() in R["common_words"] or words[0].lower() in ctx.lower_words) \
            and words[0] not in R["known_organisations"] \
            and _LOWER_WORD_AFTER.match(text, end):
        return True  # "A ROGUE builder who ...": a tabloid's opening words in capitals, no name
    if len(words) == 1 and len(words[0]) >= 8 and words[0].isupper() and words[0].endswith("S") \
            and _LEDE_OPENING_BEFORE.search(text, max(0, start - 40), start) \
            and (after := _LOWER_WORD_AFTER.match(text, end)) and after.group(1) in _PLURAL_PEOPLE_NEXT \
            and words[0] not in R["known_organisations"] \
            and not re.search(rf"\b{words[0].title()}\b(?![’'\w]| [A-Z])", text):
        return True  # "CANEGROWERS who own the mill will vote": a lede's first word in capitals, a plural of people
        # (a relative or a plural verb after it; not "WOOLWORTHS has cut", nor one the story writes alone in mixed
        # case: "Emirates adds flights ... EMIRATES said"), no name
    if len(words) == 1 and words[0] in R["order_honours"] and bw and bw[-1].lower() in _HONOUR_GIVEN_BEFORE:
        return True  # "was appointed MBE in 1996", "received an OBE": the honour itself, no body (not "CBE said")
    if len(words) == 2 and words[1] in ("Photo", "Photos", "Pictures") \
            and _DASH_BEFORE.search(text, max(0, start - 4), start) and _LINE_END_AFTER.match(text, end):
        return True  # "... on Thursday. - Dispatch Photo": a caption's credit, no name
    if len(words) == 1 and _section_label(text, start, end, words[0]):
        return True
    return bool(len(words) == 1 and _DECIMAL_BEFORE.search(text, max(0, start - 12), start) and aw and aw[0].islower())
    # ("a 3.0 Tesla magnet", "a 2.0 Litre engine": a unit after a number with decimals, no actor)


def _section_label(text: str, start: int, end: int, word: str) -> bool:
    """A common word in capitals opening a line before a colon ("NOTES: ...", "UPDATE: ..."), not a given name and
    written nowhere else with a capital, in capitals or not: a section's label, no speaker's ("GROSS: ..." in a
    transcript whose host is "TERRY GROSS, HOST:", "BANKS: ..." after "JIM BANKS: ...")."""
    R = _rules()
    return word.isupper() and len(word) >= 3 and (start == 0 or text[start - 1] == "\n") \
        and _COLON_AFTER.match(text, end) is not None and word.lower() in R["common_words"] \
        and word.lower() not in R["given_names"] \
        and sum(1 for _ in islice(re.finditer(rf"\b(?:{re.escape(word)}|{re.escape(word.title())})\b", text), 2)) == 1


# One letter glued to a number written in thousands ("N200,000", "K12,500"): a sum in a currency's sign.
_THOUSANDS_AFTER = re.compile(r",\d{3}\b")
# A road's letters and number ("DN15", "N7", "M25") after a preposition of travel and "the".
_NUMBERED_ROAD = re.compile(r"[A-Z]{1,3}\d{1,4}")
_NUMBERED_ROAD_BEFORE = re.compile(r"\b(?:on|along|off|onto|via|down|up) the $")


# After a network, words that go on about it as a firm: a possessive, or "and its", "and whose", ", whose" ("a report on
# Telegram and its founder", "questions on Telegram's encryption").
_NETWORK_AS_A_FIRM_AFTER = re.compile(r"[’']|,? (?:and|or) (?:its|their|whose|the)\b|,? (?:its|whose)\b")


def _network_channel(text: str, start: int, end: int, word: str) -> bool:
    """A social network or a messaging app (``social_networks``) as the channel of a message: before a word of its
    channels ("a Telegram post"); after "on" or "via" (``network_prepositions``) and a word of using it ("wrote on
    Telegram", "message us on WhatsApp"); a network named by a letter or a word after "on" or "via" whatever comes
    before ("put it bluntly on X", "a statement on Threads"), but not after a noun of ruling a company
    (``network_company_nouns``: "its ban on X", "a fine on X": the company);
    after "and" or "or" and another means of a message ("by email and WhatsApp")."""
    R = _rules()
    if word not in R["social_networks"]:
        return False
    aw = _first_words_at(_CONTEXT_WORDS, text, end, end + 30, 1)
    if aw and aw[0].lower() in R["network_channel_words"]:
        return True
    raw = _last_words(_CONTEXT_WORDS, text, start, 40, 3)
    bw = [w.lower() for w in raw]
    use = R["network_use_words"] | R["network_channel_words"]  # ("a video on TikTok", "a post on X")
    if len(bw) >= 2 and bw[-1] in R["channel_joiners"] and bw[-2] in R["message_media"]:
        return True  # "by email and WhatsApp", "by phone or Telegram": a channel beside another
    if aw and aw[0].lower() in R["network_verb_objects"] \
            and _SENTENCE_OPENS_BEFORE.search(text, max(0, start - 4), start):
        return True  # "Have a tip? Telegram the desk.": the network as a verb, a channel
    if not bw or bw[-1] not in R["network_prepositions"]:
        return False
    if len(bw) >= 2 and (bw[-2] in use or (len(bw) == 3 and bw[-3] in R["network_channel_words"])):
        return True  # (not "published guidance on Telegram")
    if len(bw) >= 2 and bw[-2] not in R["network_company_nouns"] and not _NETWORK_AS_A_FIRM_AFTER.match(text, end) \
            and (m := R["sent_to_someone_before"].search(text, max(0, start - 70), start)) \
            and m.group(1).lower() in R["network_send_verbs"]:
        return True  # "relatives send us scans of their leases on Telegram": what was sent went by the network
    return word in R["networks_named_like_words"] and not (len(bw) >= 2 and bw[-2] in R["network_company_nouns"])


_NUMBER_THEN_CAP = re.compile(r"\s+\d+\s+([A-Z][a-z]+)")


def _number_names_a_unit(text: str, end: int, word: str) -> bool:
    """Whether a currency's letters (``currency_letters``) are followed by a number and a capitalised word that is no
    magnitude: a unit's name, the letters a body's ("RM 3 Commando Brigade", the Royal Marines'), no sum."""
    m = _NUMBER_THEN_CAP.match(text, end)
    return m is not None and word in _rules()["currency_letters"] and m.group(1) not in _rules()["magnitude_words"]


# A possessive and "office" after a name ("The State Attorney's office").
_POSSESSIVE_OFFICE_AFTER = re.compile(r"(?:’s|'s) (?:office|Office)\b")


def _a_role_word(word: str) -> bool:
    """A title or a role's word ("Governor", "Manager")."""
    return word.lower() in _rules()["honorifics"] or word.lower() in _rules()["person_roles"]


# A sum after a currency's letters that are also a body's: a number and its magnitude word, or a number written with
# thousands' separators ("CFA 18.4 billion", "DA 3.2 bn", "DA 1,500"), and no share after it ("DA 22.5 percent"); not
# a year, a seat count or a poll's share ("CFA 2025", "the ANC 159, DA 87", "DA 22 percent").
_SUM_AFTER_A_BODY_S_LETTERS = re.compile(r"[ \u00a0]?(?:\d+(?:[.,]\d+)?[ \u00a0]?(?i:thousand|million|billion|trillion"
                                         r"|mn|bn|m)\b|\d{1,3}(?:[.,]\d{3})+(?![\d.,]))"
                                         r"(?![ \u00a0]*(?:%|per ?cent\b|percent\b))")


def _a_sum_after_a_body_s_letters(text: str, start: int, end: int) -> bool:
    """Whether letters that are a currency's and a body's ("CFA", "DA") stand before a sum, not after "the" (a body's
    own: "the DA 87 and the EFF 39" are seats, "the CFA 2025 exam" an edition); or before the currency's own noun
    after a sum ("2 billion CFA francs", "500 DA dinars"), or after a sum with no noun it counts ("320 million FCFA a
    day"; not "10 million CFA members")."""
    return (_SUM_AFTER_A_BODY_S_LETTERS.match(text, end) is not None
            and not _THE_BEFORE.search(text, max(0, start - 5), start)) \
        or _rules()["currency_noun_after"].match(text, end) is not None \
        or (_SUM_BEFORE_A_BODY_S_LETTERS.search(text, max(0, start - 24), start) is not None
            and not _a_counted_noun_after(text, _past_other_letters(text, end)))  # "150 billion FCFA in 2011",
    # "2,400 FCFA per sack"; not "84 DA and 44 EFF members", "94 DA, 87 ANC and 12 EFF candidates": seats counted


# Other bodies' letters listed after such letters, perhaps each with its own number (" and EFF", ", 87 ANC and 12
# EFF", " to 38 ANC"): the noun they count comes after the list.
_OTHER_LETTERS_AFTER = re.compile(r"(?:(?:,| and| or| to)(?: \d+)? [A-Z]{2,6}\b)+")


def _past_other_letters(text: str, end: int) -> int:
    """Where a list of other bodies' letters after ``end`` ends (``end`` itself when there is none)."""
    m = _OTHER_LETTERS_AFTER.match(text, end)
    return m.end() if m else end


# A sum just before a currency's letters: a number and its magnitude ("410 million "), thousands grouped ("1,800 ",
# "5.000 ") or a number of at most three figures ("500 "); no year ("Since 2019 CFA has trained").
_SUM_BEFORE_A_BODY_S_LETTERS = re.compile(r"(?<![\d.,])(?:\d+(?:[.,]\d+)?[ \u00a0]"
                                          r"(?:thousand|million|billion|trillion|mn|bn)"
                                          r"|\d{1,3}(?:[.,]\d{3})+|\d{1,3})[ \u00a0]$")


# A clock time just before a word ("9:58 a.m. ", "11am ", "15:42 ", "10 p.m. "): a time zone may follow.
_CLOCK_BEFORE = re.compile(r"(?<![\w.,])\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.m\.|[ap]m|[AP]\.M\.|[AP]M)? $")


# One person counted before a word ("a ", "every ", "his fellow ", "the average "), as before a dweller's word (not
# "in a ": "ran in a New Yorker in 2019", the magazine's issue).
_ONE_OF_BEFORE = re.compile(r"(?<![\w-])(?:(?<!\bin )[Aa]n?|[Ee]very|[Ee]ach|[Aa]ny|fellow|average|typical|true"
                            r"|born) $")


def _dweller_of_a_place(text: str, start: int, end: int, words: list[str]) -> bool:
    """A place's name and "er" ("New Yorker", "Londoner", "Vermonter") after "a", "every" or "fellow", then no noun
    it modifies ("Trump is a New Yorker in ways ...", "every Londoner knows"; not "a New Yorker cartoon"): one of the
    place's people, no actor."""
    name, R = " ".join(words), _rules()
    if not name.endswith("er") or not ((place := name[:-2]) in R["places"] or place in _world_places()) \
            or not _ONE_OF_BEFORE.search(text, max(0, start - 10), start):
        return False
    m = _NEXT_WORD.match(text, end)
    return m is None or not m.group(1).isalpha() or m.group(1) in R["stopwords"] or m.group(1) in _REPORTING


def _foreign_word_no_actor(text: str, start: int, word: str) -> bool:
    """One capitalised word of another language, or a language, that names no actor: a month after a day's number,
    a language after a verb of speaking, a possessive opening a quoted slogan."""
    R = _rules()
    if word.lower() in R["foreign_months"] and R["day_before_a_foreign_month"].search(text, max(0, start - 24), start):
        return True  # "Rua 12 de Outubro", "Plaza 25 de Mayo": a date in another language, no actor
    if _SPEAK_BEFORE.search(text, max(0, start - 40), start) and not _known_name(word):
        return True  # "people who speak Kelbani and Tarnese", "she speaks Kelbish": a language, no actor
    if word in R["foreign_org_heads"] and R["determiner_and_lower_before"].search(text, max(0, start - 40), start):
        return True  # "the days of the discreet Stiftung", "a family Fundación": the kind of body as a common noun
        # in English copy, no body of its own (not "the Stiftung said": a short form of one named before)
    return word in R["foreign_possessives"] and _QUOTE_OPENS_BEFORE.search(text, max(0, start - 3), start) is not None
    # ('a sign reading "Notre quartier, notre voix"': "our" opening a slogan in its language, no actor)


# A label's stop or colon and a telephone number after it ("Tel. +99 555 01 23", "Fax: (020) 7946"): a plus or a
# bracket, then figures with spaces, dots or dashes, six figures at least.
_PHONE_NUMBER_AFTER = re.compile(r"\.?:?[ \u00a0]?(?:\+|\(\d)?\d[\d \u00a0().-]{5,}\d")




def _named_accord_s_words(text: str, start: int, end: int, words: list[str]) -> bool:
    """The words at ``text[start:end]`` finish an accord's name after its word and "of" ("the Compact of Kelby
    Fisheries", "a Treaty of Friendship and Cooperation") and stand nowhere else in the text without it: no actor
    of their own (not a place: "the Treaty of Rome"; not after "the", a body party to it: "the Covenant of the Kelby
    League"; not a known body nor one the text names elsewhere); or the accord's word alone when the text names the
    accord so ("the amended Compact")."""
    R = _rules()
    if len(words) == 1 and words[0] in R["accord_words_alone"] and re.search(r"\b" + words[0] + " of [A-Z]", text):
        return True
    if " ".join(words) in R["places"] or " ".join(words) in R["known_organisations"] \
            or not R["accord_of_before"].search(text, max(0, start - 20), start):
        return False
    name = text[start:end]
    return all(R["accord_of_before"].search(text, max(0, m.start() - 20), m.start())
               for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text))


# a British road's number: A, B or M and one to four figures ("A595", "B5330", "M6")
_BRITISH_ROAD = re.compile(r"[ABM]\d{1,4}")
_INTERSTATE = re.compile(r"I-\d{1,3}")  # a US interstate's number ("I-80", "I-25")


# a reference number of capitals and figures joined by slashes ("NICN/WR/47/2020", "HC/CIV/112/19")
_REFERENCE_NUMBER = re.compile(r"[A-Z0-9.]+(?:/[A-Z0-9.]+)+")


def _in_a_reference_number(text: str, start: int, end: int) -> bool:
    """The word at ``text[start:end]`` is a part of a reference number that holds a figure
    (:data:`_REFERENCE_NUMBER`)."""
    lo = start
    while lo > 0 and not text[lo - 1].isspace() and text[lo - 1] not in "(,;":
        lo -= 1
    m = _REFERENCE_NUMBER.match(text, lo)
    return m is not None and m.end() >= end and any(ch.isdigit() for ch in m.group())




@lru_cache(maxsize=1)
def _bracketed_title_next() -> re.Pattern:
    """A title's full stop, then a title in brackets (``bracketed_titles``) before a capitalised word (". (Mrs.) Jo",
    ". (Dr.) Jo": Nigerian copy writes both titles so)."""
    alt = "|".join(sorted(_rules()["bracketed_titles"], key=len, reverse=True))
    return re.compile(rf"\.\s*\((?:{alt})\.?\)\s+[A-Z]")


def _not_an_actor_span(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the words of a run at ``text[start:end]`` name no actor by their own shape and their neighbours: a
    currency or a unit by a number, a share index, the end of a programme's title, part of a law or an office, a
    portfolio, a post-nominal, a sum after its currency's letter, dwellers, "Crown" in a common noun, "Parliament"
    in a member's title."""
    if len(words) == 1 and (words[0] in currency_codes() or words[0] in _rules()["beside_numbers"]) \
            and _beside_a_number(text, start, end) and not _number_names_a_unit(text, end, words[0]) \
            and (words[0] not in _rules()["currency_letters_also_bodies"]
                 or _a_sum_after_a_body_s_letters(text, start, end)):
        return True  # "EUR 180mn", "Rs 9,350 crore", "50 GW": a currency or a unit, not an organisation (not "Since
        # 2019 CFA has trained", "the CFA 2025 curriculum", "the DA 87": a body's letters are a currency only before a
        # sum)
    if len(words) == 1 and "/" in text[max(0, start - 1):end + 1] and _in_a_reference_number(text, start, end):
        return True  # "The suit, NICN/WR/47/2020, will come up": a court's or a file's reference number, no actor
    if len(words) == 2 and words[0] == "O" and words[1] in _rules()["vocative_heads"] \
            and text[max(0, start - 2):start] == ", ":
        return True  # "Eternal rest grant unto him, O Lord.": a prayer's vocative, no actor
    if len(words) == 1 and words[0] in _rules()["dotted_titles"] and _bracketed_title_next().match(text, end):
        return True  # "Barr. (Mrs.) Jo Doe", "Tpl. (Dr.) Jo Doe": a title, then another in brackets, before the name
    if len(words) == 1 and _BRITISH_ROAD.fullmatch(words[0]) and text[max(0, start - 4):start] in ("the ", "The "):
        return True  # "on the A595", "the B5330", "off the M6": a British road's number, no actor
    if len(words) == 1 and _INTERSTATE.fullmatch(words[0]):
        return True  # "I-80 closed from Laramie to Rawlins": a US interstate highway, no actor
    if len(words) == 1 and words[0].isupper() and _rules()["currency_noun_after"].match(text, end) \
            and _SUM_BEFORE_A_BODY_S_LETTERS.search(text, max(0, start - 24), start):
        return True  # "30 billion CFP francs", "1,300 CFA francs": a currency's letters between a sum and its noun
    if any(m.start() <= start and end <= m.end()
           for m in _rules()["name_idioms"].finditer(text, max(0, start - 16), min(len(text), end + 16))):
        return True  # "for God's sake", "Thank God, ...", "a Hail Mary pass": a phrase of speech, no actor
    if _dweller_of_a_place(text, start, end, words):
        return True
    if len(words) == 1 and words[0].lower() in _rules()["portfolio_words"] \
            and _OFFICE_OF_BEFORE.search(text, max(0, start - 40), start):
        return True  # "the Commissioner of Labour", "Minister for Labour": the office's field, no party
    if len(words) == 1 and _foreign_word_no_actor(text, start, words[0]):
        return True
    if len(words) == 1 and words[0] in _rules()["phone_labels"] and _PHONE_NUMBER_AFTER.match(text, end):
        return True  # "Tel. +99 555 01 23", "Fax: 020 7946 0000": a contact line's label, no actor
    if len(words) == 1 and _form_alone_after_a_name(text, start, words[0]):
        return True
    if len(words) == 1 and _ARTICLE_JUST_BEFORE.search(text, max(0, start - 4), start) \
            and _LANGUAGE_WORD_AFTER.match(text, end) and _a_language(words[0]):
        return True  # "a Kelbish word for contempt", "the Tarnese term meaning land": a language, no actor (not "a
        # Pentagon term for", "an IMF term for": a body's jargon)
    if len(words) <= 2 and _GLOSS_BEFORE.search(text, max(0, start - 3), start) \
            and _rules()["gloss_after"].match(text, end) \
            and (len(words) == 1 and _demonym(words[0]) or " ".join(words) in _rules()["language_names"]):
        return True  # 'the "kelu tarna", Quechua for black lake', "(Gaelic for 'river')": a word glossed in its
        # language, no actor (a listed language only, not a name that ends as one: "(Tsubaki for the Kelbian
        # market)" names a brand, '"the grinder", Jokic for one says' a player; of two words: '"giaman stori", Tok
        # Pisin for made-up stories')
    if len(words) == 2 and words[0] in _SETTLEMENT_ENDS and _a_role_word(words[1]) \
            and not _POSSESSIVE_OFFICE_AFTER.match(text, end):
        return True  # "the County Governor", "the State Treasurer", "the City Manager": an office of the area the
        # story is set in, named by its title alone (not "Orange County Sheriff Jo Doe": a place opens it; not "The
        # State Attorney's office said": the office, a body)
    if len(words) == 1 and words[0] in _rules()["time_zones"] and _CLOCK_BEFORE.search(text, max(0, start - 16), start):
        return True  # "9:58 a.m. PT", "at 11 a.m. ET": a time zone after a clock time, no actor
    if len(words) <= 2 and (m := _rules()["glued_amount"].fullmatch(words[0])) \
            and (m.group(1) in currency_codes() or m.group(1) in _rules()["currency_letters"]) \
            and all(w in _rules()["magnitude_words"] for w in words[1:]):
        return True  # "LE3", "KD5", "USD40", "RM1.2 Bil": a sum with its currency's letters glued to it
    if len(words) == 1 and _NUMBERED_ROAD.fullmatch(words[0]) \
            and _NUMBERED_ROAD_BEFORE.search(text, max(0, start - 12), start) \
            and words[0] not in _rules()["known_organisations"]:
        return True  # "on the DN15", "along the N7", "off the M25": a numbered road (or a plane, "on the A380")
    if len(words) == 1 and _network_channel(text, start, end, words[0]):
        return True  # "wrote on Telegram", "in a WhatsApp group": a channel, no actor
    if text[end + 1:end + 2].isdigit() and _INDEX_AFTER.match(text, end):
        return True  # "the CSI 300 index", "the FTSE 100 index": a share index, not its publisher
    if len(words) == 1 and words[0].lower() in _rules()["org_suffixes"] and _TITLE_THE_BEFORE.search(text, max(0, start - 80), start) \
            and words[0] not in _rules()["known_organisations"]:
        return True  # the last word of a title with "the" inside: "Meet the Press", "Face the Nation"
    if len(words) == 1 and words[0] in _large_number_words() \
            and _OPENS_A_SENTENCE_OR_REPORT_BEFORE.search(text, max(0, start - 6), start) \
            and not _a_number_word_acts(text, words[0]):
        return True  # "Fourteen plants closed", "(Agency) -- Fourteen state-owned mills": a count opening a
        # sentence, no actor (not "told Seventeen magazine": a title inside a sentence; not "Eighteen, the youth
        # charity, said": a body named by a number)
    if _part_of_a_law_or_office(text, start, end, words) or _a_portfolio(text, start, end, words) \
            or _first_field_of_a_portfolio(text, start, end, words):
        return True
    if (m := _CAP_HYPHENED_AFTER.match(text, end)) and _HYPHEN_ADJ.search(m.group(1)) \
            and not _SYLLABLE_PAIR.fullmatch(m.group(1)) and m.group(1).split("-", 1)[0] not in _HYPHEN_PREFIXES and text[start:end] not in _rules()["places"] \
            and _place_before_a_hyphen(text, start, end) is None:
        return True  # "a Los Angeles-based lawyer", "a South Korean-born engineer": the first words of a name in a
        # compound adjective, no name of their own (as "US-based" is none); a known place stays ("a New York
        # City-based group": New York)
    if len(words) == 1 and _post_nominal_or_unit(text, start, end, words[0].rstrip(".")):
        return True
    if len(words) == 1 and _LETTER_AMOUNT.fullmatch(words[0]) and (
            _rules()["letter_amount_before"].search(text, max(0, start - 12), start)
            or _THOUSANDS_AFTER.match(text, end)):
        return True  # "will pay about E74 more", "another R500 a month", "N200,000 a line": a sum after its
        # currency's letter
    if len(words) == 1 and _rules()["period_glued"].fullmatch(words[0]):
        return True  # "by the fourth quarter of FY28", "H1 profit": a fiscal period
    if len(words) == 1 and words[0][-1:] in "sS" and words[0].lower() in _rules()["dwellers"]:
        return True  # "Islanders ‘let down again’", "RESIDENTS fear ...": people of a place, no name
    if words == ["Crown"] and (m := _NEXT_LOWER_WORD.match(text, end)) and m.group(1) in _rules()["crown_compounds"]:
        return True  # "a Crown corporation", "the Crown prosecutor": a common noun of Commonwealth copy
    if _named_accord_s_words(text, start, end, words):
        return True
    if len(words) == 2 and words[1] in _rules()["closing_only_heads"] and words[0] in _rules()["alert_words"]:
        return True  # "a Tornado Watch", "placed on Suicide Watch": an alert or a state, no body
    if words == ["Parliament"] and _MEMBER_OF_BEFORE.search(text, max(0, start - 12), start):
        return True  # "the Member of Parliament for Ashby": a member's title, no body (not "members of Congress",
        # which US copy and its taggers read as the body's members)
    return False


# A verb of speaking a language just before a word, another language and "and", "or" or a comma between ("who
# speak ", "speaks Kelbish and "); not "speaking in", "spoke to": a place, a listener; nor a day or a month between,
# when the verb is a speech's ("Jo Doe spoke Tuesday and Kelby replied", "spoke Friday, Tarno walked out").
_SPEAK_BEFORE = re.compile(r"\b(?:speak|speaks|spoke|speaking|spoken) (?:(?!(?:" + _WEEKDAY_ALT + "|" + _MONTH_ALT
                           + r"|Today|Tonight|Yesterday|Tomorrow)\b)[A-Z][\w’'-]+(?:,|,? and|,? or) )?$")
# An opening quotation mark (perhaps a space after it) just before a word, with a space or a line's start before it
# ('reading "', "« ", "‘"): the word opens a quotation (not "Portugal's ").
_QUOTE_OPENS_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[\"“‘'«] ?$")


# An article just before a name, and a word of a language's vocabulary after it, then what it means ("a Kelbish
# word for", "the Tarnese term meaning", "a Kelbish phrase that means"), or a saying closing its clause ("is an old
# Kelbish proverb.", "a Tarnawan saying, often quoted").
_ARTICLE_JUST_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he) $")
# The endings of a language's name that is no listed nationality word ("Kelbish", "Tarnese", "Swahili", "Arabic",
# "Kelbarian": an island's or a region's speech; not any "-an", which ends surnames too: "a Reagan phrase", "a
# Goldman term for").
_LANGUAGE_ENDING = re.compile(r"[a-z]+(?:ish|ese|i|ic|ian)")


def _a_language(word: str) -> bool:
    """A one-word name reads as a language's: a nationality word (:func:`_demonym`), a listed language
    (``language_names``) or a name ending as one (:data:`_LANGUAGE_ENDING`); never an abbreviation nor a known
    body ("IMF", "Kremlin")."""
    R = _rules()
    if word.isupper() or word in R["known_organisations"]:
        return False
    return _demonym(word) or word in R["language_names"] or _LANGUAGE_ENDING.fullmatch(word[1:]) is not None


# A quoted word's closing mark and a comma, or an opening bracket, just before a language's name; "for" and the
# gloss after it (the rule "gloss_after": '"kelu tarna", Quechua for black lake', "(Gaelic for 'river')"; not a short
# name, "(Hitachi for short)", nor a clause's subject, '"too thin", Kelbo for its part said').
_GLOSS_BEFORE = re.compile(r"(?:[”\"’'],|\() ?$")
_LANGUAGE_WORD_AFTER = re.compile(r" (?:(?:word|words|term|terms|phrase|expression|idiom|saying|proverb)"
                                  r"(?: for| meaning| that means| which means)\b|(?:saying|proverb|idiom)[,.;])")


def _place_before_a_hyphen(text: str, start: int, end: int) -> int | None:
    """The end of a known place whose last word is glued by a hyphen to an adjective's rest after the run at
    ``text[start:end]`` ("Los" before " Angeles-based": "Los Angeles"), or None."""
    m = _CAP_HYPHENED_AFTER.match(text, end)
    if m is None:
        return None
    last = m.group(1).split("-", 1)[0]
    return m.start(1) + len(last) if f"{text[start:end]} {last}" in _rules()["places"] else None


# Prefixes and adverbs of a verb or adjective in title case after a name ("Jo Doe Re-elected", "Jo Roe Co-founded
# Kelby Labs", "Paul Roe Hand-picked", "Jo Roe Well-liked?"): the word is no part of a name before it.
_HYPHEN_PREFIXES = frozenset((
    "Re", "Co", "Well", "Hand", "Self", "Ill", "Long", "Short", "Non", "Pre", "Ex", "Over", "Under", "Half", "Un",
    "Anti", "Counter", "Semi", "Mid", "Post", "Sub", "Hard", "Far", "Full", "Ever", "Much", "Fast", "Cross", "Out",
    "Double", "Newly", "Highly", "Little", "Bad", "Badly", "Best", "Top", "High", "Low", "Hot", "Cold", "Open",
    "Twice", "Once", "Oft", "Mis", "Dis", "De", "Multi", "Inter", "Hyper", "Super", "Ultra", "Quick", "Home"))
# The next word, capitalised and joined by a hyphen to a word in lower case (" Angeles-based", " Korean-born").
_CAP_HYPHENED_AFTER = re.compile(r" ([A-Z][\w’'.]*-[a-z]+)\b(?!-)")


# A word in brackets and a law's last word after a name ("the Excise Duty (Amendment) Bill", "the Finance (No. 2)
# Act"): the name is a law's, no actor's; the words in the brackets are the law's too.
_LAW_AFTER = re.compile(r" ?\([A-Z][\w.]*(?: [\w.]+){0,2}\) (?:Bill|Act|Regulations|Rules|Order|Ordinance)\b")
_LAW_IN_BRACKETS_AFTER = re.compile(r"\) (?:Bill|Act|Regulations|Rules|Order|Ordinance)\b")
# An office and its portfolio before a bracket ("Minister of State for Finance (General Duties)"): the words in
# the bracket are a part of the portfolio, no name.
_OFFICE_BEFORE_BRACKET = re.compile(r"\b(?:[Mm]inister|[Ss]ecretary|[Cc]ommissioner)(?: of State)?"
                                    r"(?: (?:for|of) [A-Z][\w&]*(?: (?:and |& )?[A-Z][\w&]*)*)? \($")
_LAW_WORDS = frozenset(("Bill", "Act"))
_BRACKET_OPENS_BEFORE = re.compile(r"\((?:[A-Z][\w.]* )?$")  # "(Amendment", "(General Duties": a bracket opened


# What puts an office's portfolio before capitalised words: "in charge of", "responsible for" ("the Vice Mayor in
# charge of Economic Development"), or an office "of"/"for" a field, then "and (the)" ("the Minister of Agriculture
# and the Sugar Industry"), or more fields listed by commas first ("Minister for Housing, the Environment and ").
# Shared pieces: the office (and "Delegate"), one capitalised field of up to four words, and up to two more fields
# after commas.
_PORTFOLIO_OFFICE = r"\b(?:[Mm]inister|[Mm]inistry|[Ss]ecretary|[Cc]ommissioner)(?: Delegate)?"
_PORTFOLIO_FIELD = r"[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}"
_PORTFOLIO_MORE_FIELDS = rf"(?:, (?:the )?{_PORTFOLIO_FIELD}){{0,2}}"
_PORTFOLIO_BEFORE = re.compile(rf"(?:\bin charge of|\bresponsible for"
                               rf"|{_PORTFOLIO_OFFICE} (?:of|for) {_PORTFOLIO_FIELD}"
                               rf"(?P<more>{_PORTFOLIO_MORE_FIELDS}),? and) (?:the )?$")
# The same office and its first field, then a comma before a field in the middle of the list, which a comma or "and"
# goes on after ("the Minister Delegate for Mines, Energy and Water": "Energy").
_PORTFOLIO_ITEM_BEFORE = re.compile(rf"{_PORTFOLIO_OFFICE} (?:of|for) {_PORTFOLIO_FIELD}{_PORTFOLIO_MORE_FIELDS}"
                                    r", (?:the )?$")
# After such a field: "and", ", and" (an Oxford comma) or a comma and the next capitalised field.
_PORTFOLIO_LIST_GOES_ON = re.compile(r",? and |, (?:the )?[A-Z]")


# The cabinet offices that a field or a portfolio goes with ("Minister of ...", "Energy Minister"), capitalised.
_CABINET_OFFICES = ("Minister", "Secretary", "Commissioner")
# An office and "of" or "for" just before capitalised words ("Minister of ", "Secretary for ").
_OFFICE_OF_BEFORE = re.compile(r"\b(?:" + "|".join(f"[{w[0]}{w[0].lower()}]{w[1:]}" for w in _CABINET_OFFICES)
                               + r") (?:of|for) ((?:[A-Z][a-z]+ ){0,2})$")


# A head of a unit and "of" or "for" just before capitalised words ("head of ", "director of the ").
_UNIT_HEAD_BEFORE = re.compile(r"\b(?:[Hh]ead|[Dd]irector|[Mm]anager|[Cc]hief|[Dd]ean) (?:of|for) (the )?$")


# A name's last word and a comma before a post-nominal ("Doe, "), and a comma or a full stop after it.
_NAME_COMMA_BEFORE = re.compile(r"[A-Za-z][a-z.]*, $")
# letters of another degree or honour right before (a class in brackets after it): "Jo Doe BA(Hons) MRTPI"
_HONOURS_BEFORE = re.compile(r"\b([A-Z][A-Za-z]{1,5})(?:\s*\([A-Z][a-z]+\))? $")
_CLAUSE_MARK_AFTER = re.compile(r"[,.;)]")
# A full stop perhaps, a space and a figure after a unit's short form ("Pct. 2", "Dist 4").
_NUMBER_AFTER = re.compile(r"\.? \d")


def _post_nominal_or_unit(text: str, start: int, end: int, word: str) -> bool:
    """Honours between commas after a name ("Jo Doe, KC, said"; ``post_nominals``), or a numbered unit's short form
    before its number ("Commissioner Pct. 2 Jo Doe"; ``numbered_unit_abbreviations``): no actor."""
    R = _rules()
    if word in R["numbered_unit_abbreviations"]:
        return _NUMBER_AFTER.match(text, end) is not None
    return word in R["post_nominals"] and (_NAME_COMMA_BEFORE.search(text, max(0, start - 30), start) is not None
                                           and (_CLAUSE_MARK_AFTER.match(text, end) is not None or "." in word)
                                           or (h := _HONOURS_BEFORE.search(text, max(0, start - 30), start)) is not None
                                           and h.group(1) in R["post_nominals"])


def _a_portfolio(text: str, start: int, end: int, words: list[str]) -> bool:
    """Capitalised words that name an office's field, no body: a portfolio's words after an office and "of"
    ("Minister of Fisheries"); after "in charge of", "responsible for" or an
    office's field and "and" (:data:`_PORTFOLIO_BEFORE`), with no organisation word, known body or abbreviation
    ("in charge of Economic Development"; not "responsible for the Kelby Water Board")."""
    near = text[max(0, start - 30):start]
    if " of " not in near and " for " not in near and " and " not in near:
        return False  # (most names: no "of", "for" or "and" just before, nothing to search)
    R = _rules()
    if (m := _OFFICE_OF_BEFORE.search(text, max(0, start - 40), start)) and _portfolio(m.group(1).split() + words):
        return True  # "the Minister of Fisheries", "Secretary for Transport": the office's field (or its last words,
        # the first cut off the run: "Minister for Public Works")
    if (m := _UNIT_HEAD_BEFORE.search(text, max(0, start - 24), start)) and all(_common_word(w) for w in words) \
            and " ".join(words) not in R["known_organisations"] \
            and not (m.group(1) and len(words) > 1 and words[-1] in R["unit_head_public_bodies"]
                     and not text.startswith(" at ", end)):
        return True  # "the head of Corporate Communications", "manager of the Sales Office": a unit of the employer,
        # named by common words (not "director of the Energy Security Board", "head of the Financial Conduct
        # Authority": "the" and a public body's head word close a body's own name, unless "at" and the employer
        # follow: "head of the Finance Board at the church")
    if _PORTFOLIO_ITEM_BEFORE.search(text, max(0, start - 90), start) and _PORTFOLIO_LIST_GOES_ON.match(text, end) \
            and _portfolio(words):
        return True  # "the Minister for Mines, Energy and ...": a field in the middle of the list
    return (m := _PORTFOLIO_BEFORE.search(text, max(0, start - 90), start)) is not None \
        and _fields_listed(m.group("more")) \
        and not any(w.lower() in R["org_words"] or w.isupper() for w in words) \
        and " ".join(words) not in R["known_organisations"]


def _fields_listed(more: str | None) -> bool:
    """Whether the items a comma opens between an office's first field and "and" are all portfolios ("Minister for
    Housing, the Environment and "): a person's name among them ends the portfolio ("the Minister of Finance, Jo
    Doe and ")."""
    items = (more or "").split(", ")[1:]
    return all(_portfolio(item.removeprefix("the ").split()) for item in items)


# Where a sentence opens, or a report after its dateline's dash, just before a word.
_OPENS_A_SENTENCE_OR_REPORT_BEFORE = re.compile(r"(?:^|[.!?][\"”’']?\s+|[“\"‘(]|\n\s*|(?:--|[—–―]) )$")
# What a body named by a number word does after its name: a possessive ("Eighteen's agency"), an apposition
# (", the youth charity"), or a verb of saying or reporting (group 1, "Eighteen said", "Eighteen confirmed").
_NUMBER_NAME_ACTS_AFTER = re.compile(r"[’']s\b|, (?:the|an?) [a-z]| ([a-z]+)\b")


def _a_number_word_acts(text: str, word: str) -> bool:
    """Whether a number word opening a sentence ("Seventeen", "Eighteen") is, somewhere in the text, followed by a
    possessive, an apposition or a reporting verb: a body or a band named by a number, no count."""
    for m in re.finditer(rf"\b{word}\b", text):
        if (a := _NUMBER_NAME_ACTS_AFTER.match(text, m.end())) and (a.group(1) is None or a.group(1) in _REPORTING):
            return True
    return False


# " and", one to three capitalised words of a field, a cabinet office and a capitalised word after a name (" and
# Energy Minister Jo", " and Social Policy Secretary Jo"): a portfolio of two fields before its holder.
_AND_FIELD_TITLE_AFTER = re.compile(r" and ((?:[A-Z][a-z]+ ){1,3})(?:" + "|".join(_CABINET_OFFICES) + r") [A-Z]")


# Where a joint portfolio surely opens before a field that also names a party: a sentence's start, "the", or a
# possessive ("The Labour and Social Policy Minister", "Kelbia's Labour and ...", "her Labour and ...").
_PORTFOLIO_SURELY_BEFORE = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*|\b[Tt]he |[’']s "
                                      r"|\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) )$")


def _first_field_of_a_portfolio(text: str, start: int, end: int, words: list[str]) -> bool:
    """One word of a field (a common or a portfolio word, ``portfolio_words``), then "and" and another field before a
    cabinet office and its holder ("Mines and Energy Minister Jo Doe"): the first field of the portfolio, no body.
    A field that also names a party ("Labour", "Green": ``party_words``, ``member_parties``) only where nothing
    else can open the phrase (a sentence's start, "the", a possessive): "talks between Labour and Health Secretary
    Jo Doe" name the party."""
    m = _AND_FIELD_TITLE_AFTER.match(text, end)
    if m is None or len(words) != 1:
        return False
    R = _rules()
    if words[0] in R["member_parties"] and not _PORTFOLIO_SURELY_BEFORE.search(text, max(0, start - 8), start):
        return False
    return (words[0].lower() in R["portfolio_words"] or _portfolio(words)) and _portfolio(m.group(1).split())


def _part_of_a_law_or_office(text: str, start: int, end: int, words: list[str]) -> bool:
    """A name that is a law's ("the Excise Duty (Amendment) Bill", "the Bill" alone: no Bill the person) or the
    bracketed part of an office's portfolio ("Minister of State for Finance (General Duties)")."""
    if _LAW_AFTER.match(text, end):
        return True
    if (m := _BRACKET_OPENS_BEFORE.search(text, max(0, start - 30), start)) and (
            _LAW_IN_BRACKETS_AFTER.match(text, end) or (not words[-1].isupper() and _OFFICE_BEFORE_BRACKET.search(
                text, max(0, m.start() - 80), m.start() + 1))):
        return True  # (not an abbreviation in the bracket: "the UN High Commissioner for Refugees (UNHCR)")
    return len(words) == 1 and words[0] in _LAW_WORDS and (
        text[start - 2:start] == ") " or _THE_BEFORE.search(text, max(0, start - 4), start) is not None)


_PORTFOLIO_NOUNS = frozenset(("portfolio", "portfolios", "brief"))
_DECIMAL_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}\.\d{1,2} $")
_SEAT_AFTER = re.compile(r" (?:from|for) (?:the )?[A-Z]")  # "MLA from Chamarajpet": a member and the seat
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[\"“‘]?[A-Z]")
_DETERMINERS = frozenset(("the", "a", "an", "local", "our", "their", "his", "her", "its", "this", "that"))


def _modifies_a_plural(aw: list[str]) -> bool:
    """Whether the words after a sentence-opening word (``aw``) are a plural common noun and a verb, so that the
    word modifies the noun ("House prices rose", "Labour costs were up", "Treasury yields climbed"): not the people
    of a body ("Senate staff said", "Treasury officials warned"), nor a verb ("Treasury says yields rose")."""
    if len(aw) < 2 or not aw[0].isalpha() or not aw[0].islower() or not aw[0].endswith("s") or aw[0].endswith("ss"):
        return False
    R = _rules()
    noun, verb = aw[0], aw[1]
    if noun in R["body_people"] or noun[:-1] in R["person_roles"] or noun in R["collectives"]:
        return False
    return verb in R["compound_verbs"] or (verb.islower() and verb.endswith("ed") and len(verb) > 3)


def _words_after(text: str, at: int, stop: int) -> list[str]:
    """The words after a name that its cues read (:data:`_CONTEXT_WORDS` in ``text[at:stop]``): the first two,
    or the first seven after a comma, which may open an appositive (:func:`_appositive_cues`)."""
    aw = _first_words_at(_CONTEXT_WORDS, text, at, stop, 2)
    return _first_words_at(_CONTEXT_WORDS, text, at, stop, 7) if aw and aw[0] == "," else aw


def _beside_a_number(text: str, start: int, end: int) -> bool:
    """Whether a digit follows ``text[start:end]`` (after its abbreviation's point too: "Rs. 842") or comes just
    before it, across at most one space, or a number and its magnitude word do ("11 million KM")."""
    after = text[end + 1:end + 3] if text[end:end + 1] == "." else text[end:end + 2]
    after, before = after.lstrip(" \u00a0"), text[max(0, start - 2):start].rstrip(" \u00a0")
    return after[:1].isdigit() or before[-1:].isdigit() \
        or (_NUMBER_AND_MAGNITUDE_BEFORE.search(text, max(0, start - 20), start) is not None
            and not _a_counted_noun_after(text, end))


# Words after a lede's first word in capitals that make it a plural of people: a relative, a preposition, a plural
# verb ("CANEGROWERS who own", "PENSIONERS in Kelby", "MOTORISTS face").
_PLURAL_PEOPLE_NEXT = frozenset(("who", "whose", "that", "in", "across", "from", "around", "living", "are", "were",
                                 "have", "face", "fear", "say"))
# What comes before a paragraph's first word: the line's start, or a dateline and its dash ("MACKAY -- ").
_LEDE_OPENING_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][A-Z .,'’-]*[A-Z.,][ \t]*(?:--|[–—-])[ \t]*)?$")
# A number and a magnitude word in lower case just before a word ("11 million ", "2.5 bn "): a sum before its
# currency's letters or its unit.
_NUMBER_AND_MAGNITUDE_BEFORE = re.compile(r"\d[ \u00a0](?:thousand|million|billion|trillion|mn|bn)[ \u00a0]$")
# The word after a firm's or a currency's letters, in lower case ("AMD chips", "KM to", "NIS worth"), or after a
# tabloid's opening word in capitals ("A ROGUE builder").
_LOWER_WORD_AFTER = re.compile(r"[ \u00a0]([a-z]+)\b")


def _a_counted_noun_after(text: str, end: int) -> bool:
    """Whether a noun in lower case follows the letters after a number and its magnitude: what is counted is the
    firm's ("10 million AMD chips", "3 million JD shares"), so the letters are a firm's, no currency (not "11 million
    KM to the plant's costs", "2 billion NIS worth of bonds")."""
    m = _LOWER_WORD_AFTER.match(text, end)
    return m is not None and m.group(1) not in _rules()["stopwords"] and m.group(1) != "worth" \
        and _rules()["currency_noun_after"].match(text, end) is None  # (the currency's noun: "2 billion CFA francs")


@lru_cache(maxsize=16384)
def _clean_name(raw: str) -> str:
    """A name as written, entities decoded, brackets and a quoted nickname dropped and spaces made single ("[Jane]
    Doe" -> "Jane Doe", 'Margaret "Peggy" Olsson' -> "Margaret Olsson"); a company's quoted part before its legal
    form stays ('Thermal Power Plant "Kelby Sever" EAD')."""
    quoted = '"' in raw or "“" in raw or "‘" in raw or " '" in raw
    if quoted and raw.rsplit(" ", 1)[-1].rstrip(".") not in _rules()["legal_forms"]:
        raw = _NICKNAME.sub(" ", raw)
    return _SPACES.sub(" ", _BRACKETS.sub("", html.unescape(raw))).strip()


# A nickname in quotation marks between a given name and a surname ('Margaret "Peggy" Olsson', "Tom ‘Tucker’ Bell").
_NICKNAME = re.compile(r" (?:\"[^\s\"]+(?: [A-Z][^\s\"]*){0,2}\"|“[^\s”]+(?: [A-Z][^\s”]*){0,2}”"
                       r"|‘[^\s’]+(?: [A-Z][^\s’]*){0,2}’|'[A-Z][^\s']*(?: [A-Z][^\s']*){0,2}') ")
# (up to three words: 'Tom "Big Tom" Doe'; in straight single marks too, a capital first: "Jo 'Scatta' Doe")


def _nickname_joins(ctx: _Ctx, i: int, j: int) -> int:
    """How many words a nickname in quotation marks (one to three capitalised words) takes after the given name
    ``toks[j]`` (the run's first word, or the word after a title or another given name), then a capitalised
    surname, one sentence, counting the surname (0: none): 'Margaret "Peggy" Olsson', 'Jose Antonio "Jun" Doe',
    'Tom "Big Tom" Doe'."""
    toks, text = ctx.toks, ctx.text
    g = j - 1 if j > i and (toks[j - 1].text.lower() in _rules()["given_names"]
                            or toks[j - 1].text.rstrip(".") in _rules()["abbreviated_given_names"]) else j
    # (two given names: 'Jose Antonio "Jun" Doe', 'Maria Clara "Bing" Roe', 'Ma. Luisa "Lulu" Roe')
    if j + 2 >= len(toks) or (g > i and not _title_word(toks[g - 1].text)):
        return 0  # (a title just before it: "Coach Tom ‘Tucker’ Bell", "Company President Tom ‘Tucker’ Bell")
    listed = toks[j].text.lower() in _rules()["given_names"] \
        or (g < j and toks[g].text.rstrip(".") in _rules()["abbreviated_given_names"]) \
        or (j > i and toks[j - 1].text.lower().rstrip(".") in _rules()["honorifics"])  # (a given name the list
    # lacks after an honorific: 'Mr. Marcel "Max" Doe')
    if not listed and not _unlisted_given_name(toks[j].text):
        return 0
    role = not listed and j == i and _role_just_before(text, toks[j].start)  # (or after a person's role: 'said the
    # chairman, Nestor "Tatay Nes" Doe', with no ordinary word for a surname: not 'the producer, Netflix "Squid Game"
    # Season Two', 'the analyst, Apple "Vision Pro" Sales')
    # (a nickname used after a form of address: not after a given name that opens the sentence and is cut off as an
    # ordinary word later, leaving 'Noi" Sukjai': "Pranee" read as a role like "Trainee": _opener_cut)
    for n in range(1, 4):
        if j + n + 1 >= len(toks):
            return 0
        last = toks[j + n + 1]
        if _NICKNAME.fullmatch(text, toks[j].end, last.start) is not None:
            return n + 1 if all(t.cap for t in toks[j + 1:j + n + 2]) and last.sid == toks[j].sid \
                and not _dropped_in(ctx, last) and _nicknamed_surname(last.text) \
                and not any(_title_word(t.text) for t in toks[j + 1:j + n + 1]) \
                and (listed or role and not _ordinary_word(ctx, last.text)
                     or _surname_alone_again(ctx, last.text) and _word_count(ctx, toks[j].text) == 1
                     or _nickname_addressed(ctx, toks[j + 1].text) and not _opener_cut(ctx, toks[j:j + n + 2])) \
                else 0  # (a word the list of given names lacks, written nowhere else, when the surname is
    return 0  # written alone elsewhere as a person's: 'Tomasz "Big Tom" Kowal ... Kowal said'; not 'the Acme
    # "Lumia" Windows phones ... Windows sales fell'; no title's word in the nickname: 'Thaksin "Big Brother" Doe')


def _ordinary_word(ctx: _Ctx, w: str) -> bool:
    """An abbreviation, or a common word or its plural, or one the article writes in lower case ("CNN", "Sales",
    "Theory", "Economists"): no surname after a role and a nickname (see :func:`_nickname_joins`)."""
    lw = _rules()["common_words"]
    return w.isupper() or w.lower() in lw or w.lower()[:-1] in lw or w.lower() in ctx.lower_words


def _role_just_before(text: str, at: int) -> bool:
    """A person's role (``person_roles``) is the word just before ``at``, perhaps with a comma between: "the
    chairman, Jo ...", "coach Jo ..."."""
    bw = [w for w in _last_words(_CONTEXT_WORDS, text, at, 30, 2) if w != ","][-1:]
    return bool(bw) and bw[0].lower() in _rules()["person_roles"]


def _opens_byline(text: str, at: int) -> bool:
    """``at`` follows the "By " opening its line: a byline's name ("By Ma. Theresa Doe, Kelby Bureau")."""
    line = text.rfind("\n", 0, at) + 1
    return at - line == 3 and text.startswith(("By ", "BY "), line)


def _opener_cut(ctx: _Ctx, run: list) -> bool:
    """The run's first word opens the sentence and reads as an ordinary word there (see :func:`_strip_run`)."""
    return run[0].initial and _opener_is_ordinary(ctx, run, run[0].text.lower())


def _nickname_addressed(ctx: _Ctx, nick: str) -> bool:
    """The nickname (its first word, quotation mark stripped) is written elsewhere right after a form of address:
    how Thai copy names the person again ('Somchai "Lek" Kelby ... said Khun Lek')."""
    return addressed_as(ctx.text, nick.strip("\"“”‘’'"))


def _surname_alone_again(ctx: _Ctx, w: str) -> bool:
    """A capitalised word, no common word, written alone elsewhere in the article more often than after "the": a
    surname used again ("Kowal scored"), not a thing's name ('the Acme "Smart Home" Expo ... visitors at the
    Expo')."""
    return not _common_word(w) and _written_count(ctx, w, alone=True) - 1 > _written_count(ctx, "the " + w) \
        + _written_count(ctx, "The " + w) and any(_rules()["person_after_surname"].match(ctx.text, at + len(w))
                                                  for at in _word_starts(ctx.text, w))
    # (less the mention after the nickname, which the quotation mark leaves alone; and once as a person: a verb of
    # saying, an auxiliary or a person's deed, or an apposition after it, not "Kowal sales")


def _word_starts(text: str, w: str):
    """Where ``w`` is written as a whole word ("Tom" in "Tom said", not in "Tomorrow" nor "Tomlinson")."""
    at = text.find(w)
    while at >= 0:
        end = at + len(w)
        if not (at and (text[at - 1].isalnum() or text[at - 1] == "_")) \
                and not (text[end:end + 1].isalnum() or text[end:end + 1] == "_"):
            yield at
        at = text.find(w, at + 1)


def _word_count(ctx: _Ctx, w: str) -> int:
    """How often the article writes ``w`` as a whole word (once per article, see ``_written_count``)."""
    key = ("word", w)
    n = ctx.counts.get(key)
    if n is None:
        n = ctx.counts[key] = sum(1 for _ in _word_starts(ctx.text, w))
    return n


def _nicknamed_surname(w: str) -> bool:
    """A capitalised word after a given name and a quoted nickname: a surname even when it is a common word as well
    ('Robert "Bobby" Lane', 'Marcia "Cia" Price': the nickname between is the evidence), not a nationality, title,
    body word, place or known body ('Tom "Tucker" Police' is no name)."""
    R = _rules()
    return not (_demonym(w) or _title_word(w) or w.lower() in R["org_words"] or w in R["places"]
                or w in R["known_organisations"])


def _mark_weak(ctx: _Ctx, c: _Cand, run: list) -> None:
    """Weak: only a sentence-initial single word, only in a headline or furniture line, only in a scare quote."""
    if len(run) == 1 and run[0].initial and (ctx.cap_inside[run[0].text] == 0 or (
            _plural_of_members(ctx, run[0].text) and _capitalised_alone(ctx)[run[0].text] == 0
            and not _heads_a_team_s_name(ctx, run[0].text))) and not (
            run[0].text.isupper() and len(run[0].text) >= 2):
        c.weak = "initial"  # (an abbreviation in capitals is no ordinary word opening a sentence: "(UPI)"; a plural
        # of members capitalised elsewhere only inside a longer name is an ordinary word too: "Fishermen could not
        # go out" beside "the Kelby Fishermen's Association", "Retailers warn" beside "the National Retailers ...")
    if (_within(ctx.head_spans, c.start, c.start) or (len(run) == 1 and _plural_opens_title_line(ctx, run[0]))) \
            and not _letter_signature(ctx.text, c):
        c.weak = "headline"
    if _within(ctx.squotes, c.start, c.end, strict=True):
        if _legal_form_after(ctx.text, _QUOTE_CLOSE_THEN_WORD.match(ctx.text, c.end)):
            c.cues["organisation"] += 5  # '"Kelby Grain" LLP', '“Tarn Cotton Mills” LLC': a company's name in
            # quotation marks before its legal form, as Central Asian and East European copy writes it
        else:
            c.weak = "quote"


def _letter_signature(text: str, c: _Cand) -> bool:
    """The name opens a paragraph of two short unstopped lines (the name, perhaps after a title, then a town or a
    role) after a letter to the editor's salutation ("Sir – ... / Mary Doe / Kelby"), or of one such line with the
    town or role after a comma ("Mary Doe, Kelby"): a letter's signer, no headline; on a letters page, the body on the
    role line under the signer's name too, when a legal form closes it."""
    line_start = text.rfind("\n", 0, c.start) + 1
    if line_start >= 2 and text[line_start - 2] != "\n" and _role_line(text[line_start:c.start]) \
            and is_legal_form(c.name.split()[-1]):
        m = _SIGNATURE_PARAGRAPH.match(text, text.rfind("\n", 0, line_start - 1) + 1)
        return m is not None and m.start(2) == line_start and m.start() >= 2 and text.startswith("\n\n", m.start() - 2) \
            and letters_page(text)  # ("Jo Doe\nManaging Director, Kelby Motor Services Ltd, Tarn": the signer's body)
    if not text.startswith("\n\n", line_start - 2) or c.start - line_start > 12:
        return False
    m = _SIGNATURE_PARAGRAPH.match(text, line_start)
    if m is None and text.startswith((",", " ("), c.end) and "," not in text[line_start:c.start] \
            and _signers_name(c.name):
        m = _SIGNATURE_ONE_LINE.match(text, line_start)  # ("Jo Doe, Chipadze, Kelby": the name, then its town)
    return m is not None and m.end(1) >= c.end and (_SALUTATION.search(text, 0, line_start) is not None
                                                     or letters_page(text))


def _signers_name(name: str) -> bool:
    """A name of two words or more, each a listed given name or no common word: a person's, not a pen name ("Worried
    Pensioner, Kelby") nor a headline's words ("Dry Taps, Angry Residents")."""
    words = name.split()
    return len(words) >= 2 and all(w.lower() in _rules()["given_names"] or not _common_word(w) for w in words)


# a paragraph of two short lines with no full stop at their ends (a letter's signature: "Mary Doe\nKelby",
# "Jo Roe\nSecretary, Kelby Business Forum")
_SIGNATURE_PARAGRAPH = re.compile(r"([^\n]{3,80}?)(?<![.!?:])\n([^\n]{2,80})(?<![.!?:])(?:\n\n|\n?$)")
# a paragraph of one short line with no full stop or quotation mark at its end, commas in it (a letter's signature
# on one line: "Mary Doe, Chipadze, Kelby", "Ann Roe (Mrs), Kelby", "Jo Roe, Secretary, Kelby Traders' Association")
_SIGNATURE_ONE_LINE = re.compile(r"([^\n]{3,80}?,[^\n]{2,80}?)(?<![.!?:”\"’'])(?:\n\n|\n?$)")
# a letter to the editor's salutation opening a line ("Sir – ", "Madam, ", "Dear Editor,"; see opens_a_letter), or
# the editor addressed with a dash before a sentence of the letter ("EDITOR - For nineteen days ...", southern
# African and South Asian letters pages; not a masthead's credits, "Editor - Jo Doe | Deputy Editor - Ann Roe")
_SALUTATION = re.compile(r"(?m)^[ \t]*(?:(?:Sir|SIR|Madam|MADAM|Dear\s+(?:Sir|Madam|Editor|editor))\s*[–—,:-]"
                         r"|(?:EDITOR|Editor)\s*[–—-]\s+(?=[^\n|–—]{40}))")


# A closing quotation mark, a space and the word after it, which ends the name: punctuation, a word in lower case
# or the text's end after it ('"Kelby Grain" LLP, a trader', '"Kelby Grain" LLP said'; not '"Operation Kelby" AG
# Jo Doe said': a title before a person's name).
_QUOTE_CLOSE_THEN_WORD = re.compile(r"[\"”’'] (\S+)(?:(?<=[.,;:)])|(?=\s+[a-z]|\s*$))")
# A short form of one word in brackets and a space just before a word ("(KTB) ", "(Kelgaz) ").
_BRACKETED_CAPS_BEFORE = re.compile(r"\([A-Z][\w.&-]{1,11}\) $")


def _legal_form_after(text: str, m: re.Match | None) -> bool:
    """The word ``m`` matched after a name's closing mark is a company's legal form (its full stop or comma off)."""
    return m is not None and m.group(1).rstrip(".,;:") in _rules()["legal_forms"]


def _form_alone_after_a_name(text: str, start: int, word: str) -> bool:
    """A legal form alone after a company's name closed by a quotation mark ('"Kelby Grain" LLP') or by its
    short form in brackets ("Société des Eaux de Kelby (SEK) Spa", "Kelby Gaz (Kelgaz) Spa"; any case: the Algerian
    "SpA"): the form names no company of its own."""
    forms = _rules()["legal_forms"]
    if text[max(0, start - 2):start] in ('" ', "” ", "’ "):
        return word.rstrip(".") in forms
    return _BRACKETED_CAPS_BEFORE.search(text, max(0, start - 12), start) is not None \
        and any(word.rstrip(".").upper() == f.upper() for f in forms)


def _plural_of_members(ctx: _Ctx, w: str) -> bool:
    """A capitalised plural of a common noun naming members or a trade ("Retailers", "Airlines", "Fishermen"): no
    given name, place, known body or nationality or party word ("Greens", "Republicans")."""
    lw, R = w.lower(), _rules()
    if not (w[1:].islower() and len(lw) > 4) or lw in R["given_names"] or w in R["places"] \
            or w in R["known_organisations"] or _demonym(w):
        return False
    if lw.endswith(R["member_possessive_endings"]):
        return len(lw) > 7 and lw in ctx.lower_words | R["common_words"] or lw.endswith("men") and (
            lw[:-3] in R["common_words"] or len(lw) > 8)  # ("Fishermen", "Tradesmen"; not "Bremen")
    return lw.endswith("s") and (lw[:-1] in R["common_words"] or lw in ctx.lower_words or lw[:-1] in ctx.lower_words
                                 or lw.endswith(R["member_plural_endings"]))


def _capitalised_alone(ctx: _Ctx) -> Counter:
    """How often each capitalised word stands inside a sentence as a name of one word: no capitalised word next to
    it, nor "of", "and", "for" or "&" and a capitalised word, across single spaces, and no possessive (not
    "Fishermen" in "the Kelby Fishermen's Association", "Retailers" in "the Alliance of Retailers and Brands")."""
    alone = ctx.counts.get(("cap_alone",))
    if alone is None:
        toks = ctx.toks
        alone = ctx.counts[("cap_alone",)] = Counter(
            t.text for k, t in enumerate(toks) if t.cap and not t.initial and not t.poss
            and not _name_goes_on(ctx, k, -1) and not _name_goes_on(ctx, k, 1))
    return alone


def _heads_a_team_s_name(ctx: _Ctx, w: str) -> bool:
    """Whether a capitalised plural ends a longer name elsewhere and is no word for a group of people nor written in
    lower case in the story ("Warriors" of "the Golden State Warriors", a team's short name; not "Workers" of "the
    United Auto Workers", nor "Members" of "the States Members" beside "members")."""
    lw = w.lower()
    return lw not in _rules()["collectives"] and lw not in ctx.lower_words and _capitalised_name_ends(ctx)[w] > 0


def _capitalised_name_ends(ctx: _Ctx) -> Counter:
    """How often each capitalised word inside a sentence ends a name right after another capitalised word: no
    capitalised word after it, nor "of", "and", "for" or "&" and a capitalised word, across single spaces, and no
    possessive ("Warriors" in "Golden State Warriors coach", the head of a team's name; not "Fishermen" in "the
    Kelby Fishermen's Association", "Retailers" in "the Alliance of Retailers and Brands", "Nurses" in "the Royal
    College of Nurses": a body of members)."""
    ends = ctx.counts.get(("cap_ends",))
    if ends is None:
        toks = ctx.toks
        ends = ctx.counts[("cap_ends",)] = Counter(
            t.text for k, t in enumerate(toks) if t.cap and not t.initial and not t.poss and k > 0
            and toks[k - 1].cap and toks[k - 1].sid == t.sid and not toks[k - 1].poss and not _name_goes_on(ctx, k, 1))
    return ends


def _name_goes_on(ctx: _Ctx, k: int, step: int) -> bool:
    """Whether a capitalised word, or a joining word and a capitalised word, stands next to ``toks[k]`` on the side
    ``step`` (-1 before, 1 after), in its sentence across single spaces."""
    toks, text = ctx.toks, ctx.text
    for n in (1, 2):
        at = k + step * n
        if not 0 <= at < len(toks) or toks[at].sid != toks[k].sid:
            return False
        a, b = sorted((at, at - step))
        if text[toks[a].end:toks[b].start] != " ":
            return False
        if toks[at].cap:
            return True
        if n == 2 or toks[at].text not in ("of", "and", "for", "&"):
            return False
    return False


def _plural_opens_title_line(ctx: _Ctx, t: _Tok) -> bool:
    """A capitalised plural common noun opening a line of its own with no full stop at its end, a standfirst or a
    related story's title ("Growers say the levy is unfair", "Graziers brace for a dry winter"): the members of a
    trade, no actor (one written in a sentence too is kept by that mention)."""
    text, lw = ctx.text, t.text.lower()
    if not (t.initial and t.text[1:].islower() and lw.endswith("s") and len(lw) > 4) or (t.start and text[t.start - 1] != "\n"):
        return False
    R = _rules()
    if not (lw[:-1] in R["common_words"] or lw[:-1] in ctx.lower_words or lw in ctx.lower_words
            or lw.endswith(R["member_plural_endings"])) or lw in R["given_names"] or t.text in R["places"] \
            or t.text in R["known_organisations"] or _demonym(t.text):
        return False
    end = text.find("\n", t.end)
    line = text[t.start:end if end >= 0 else len(text)].rstrip()
    return len(line) < 160 and not line.endswith((".", ".\"", ".”", ".’", ":"))


def _version_and_label(c: _Cand, run: list, words: list[str], after: str) -> None:
    """A version number makes a product ("Orbit 2.5"); an all-caps label before a colon a speaker ("WALLACE:")."""
    if after[1:2].isdecimal() and words[-1] in _rules()["road_words"] and _ROAD_NUMBER.match(after):
        c.cues["place"] += 6  # "Road 30E", "Highway 52": a numbered road
        return
    mv = _VERSION_AFTER.match(after) if after[1:2].isdecimal() else None  # (a digit after the space, or no match)
    if mv and not run[-1].poss:
        c.version = mv.group(1)
        c.cues["product"] += 3
    if len(run) == 1 and words[0].isupper() and len(words[0]) >= 3 and _COLON_AFTER.match(after):
        c.name = words[0].title()  # "WALLACE: ..." a speaker's label; "MUMBAI: ..." an Indian paper's dateline
        c.cues["place" if c.name in _rules()["places"] else "person"] += 4
        c.label = True


def _name_cues(c: _Cand, words: list[str], name: str) -> None:
    """Cues from the name itself: given names, suffixes and prefixes, gazetteers."""
    cues = c.cues
    for kind, n in _name_cue_steps(tuple(words), name, "person" in cues):
        cues[kind] += n
    if c.weak == "initial" and name in _rules()["known_organisations"]:
        c.weak = ""


def _closed_by_sites(words) -> bool:
    """A body's word, "and" and the sites it runs: "Kelby Medical Center and Clinics" (``closing_site_plurals``)."""
    R = _rules()
    return len(words) >= 3 and words[-2] == "and" and words[-1] in R["closing_site_plurals"] \
        and words[-3].lower() in R["org_words"]


def _named_after_a_place(words: tuple) -> bool:
    """A body named after its country or city: a place last, before it capitalised common nouns or portfolios that
    are no given name and do not make another place ("Health Canada", "Statistics Canada", "Transport Scotland"; not
    "Michael Jordan", "Denzel Washington", "South Africa"); fields joined by "and" too ("Fisheries and Oceans
    Canada")."""
    R = _rules()
    if len(words) < 2 or words[-1] not in R["places"] or " ".join(words) in R["places"]:
        return False
    before = [w for w in words[:-1] if w.lower() not in ("for", "of", "and")]
    return all(w[:1].isupper() and w.lower() not in R["given_names"] and w not in R["place_words"] and not _demonym(w)
               and w not in R["place_prefixes"]  # (not "Mount Kenya", "Lake Victoria": a mountain, a lake)
               and (w.lower() in R["common_words"] or _NOUNISH.search(w.lower()) or w.endswith("ics")
                    or w.lower() in R["portfolio_words"]) for w in before)  # (a cabinet portfolio: "Transport Kelbia")


def _place_then_common_noun(words: list[str], lower_words: set) -> bool:
    """A place, then one common noun (of the learned list, or written in lower case in the article) that is no place
    word, role or given name: a body of that place ("Alberta Wildfire", "Toronto Hydro"; not "Mexico City",
    "Ontario Premier", "Georgia Smith")."""
    R = _rules()
    if len(words) != 2 or words[0] not in R["places"] or words[0].lower() in R["given_names"]:
        return False
    lw = words[1].lower()
    return (lw in R["common_words"] or lw in lower_words) and words[1] not in R["place_words"] and words[1] not in R["place_suffixes"] \
        and lw not in R["given_names"] and lw not in R["person_roles"] and lw not in R["honorifics"] \
        and not _demonym(words[1]) and " ".join(words) not in R["places"]


def _service_district(words) -> bool:
    """A service and "District" end the name ("Kelby Area School District"): a body, no area."""
    return len(words) >= 3 and words[-1] == "District" and words[-2] in _rules()["service_districts"]


def _numbered_local(words) -> bool:
    """A union's local and its number close the name ("Kelby Tool Workers of America Local 771")."""
    return words[-2] == "Local" and _UNION_LOCAL.fullmatch(words[-1]) is not None


# Legal forms that are also other abbreviations ("Co. Cork", "Adelaide, SA", "the AG"), no strong cue alone.
_AMBIGUOUS_FORMS = frozenset(("Co", "SA", "AB", "AG", "Corp", "KK"))


def _opens_a_place(first: str, second: str) -> bool:
    """Whether ``first`` opens a place's name before ``second``: "River Thames", "Wadi al-Doe" (not "Wadi Doe"),
    "Lac d'Kelby" (not "Lac Kelby"), "Rue de la Kelby" (not "Rue Kelby"; nor "Rumah Sakit", a hospital:
    ``place_prefix_body_openings``)."""
    R = _rules()
    return first in R["place_prefixes"] and f"{first} {second}" not in R["place_prefix_body_openings"] or (
        first in R["article_place_prefixes"] and second.lower().startswith(R["arabic_articles"])) or (
        first in R["elision_place_prefixes"] and _ELIDED_CAP.match(second) is not None) or (
        first in R["particle_place_prefixes"] and (second in R["place_prefix_particles"]
                                                   or _ELIDED_CAP.match(second) is not None))


# A compound compass word with a hyphen ("South-West", "North-East"): a side of a place, never a surname.
_HYPHENED_COMPASS = re.compile(r"(?:North|South)-(?:East|West)")


def _place_step(words: tuple, name: str, place_end: bool) -> tuple | None:
    """The place cue a name's own words give (see :func:`_name_cue_steps`), as a (kind, count) pair, or None."""
    R = _rules()
    first, last = words[0].lower().rstrip("."), words[-1].lower().rstrip(".")
    if len(words) >= 2 and (place_end or (_opens_a_place(words[0], words[1]) and last not in R["org_suffixes"])):
        return "place", 3  # "Hudson River", "River Thames" (not "Mount Sinai Hospital")
    if len(words) == 3 and words[1] == "of" and words[0] in R["of_place_heads"]:
        return "place", 3  # "Horn of Africa", "Gulf of Aden", "Bay of Plenty"
    if len(words) == 2 and words[0].rstrip(".") in R["county_abbreviations"] \
            and (words[1] in R["places"] or words[1] in _world_places()):
        return "place", 3  # "Co Cork", "Co. Tyrone": an Irish county
    if len(words) >= 2 and words[-1] in R["street_suffixes"] \
            and (not _listed_given(first) or words[-1] in R["street_suffixes_no_surnames"]):
        return "place", 3  # "Church Lane", "Gallows End", "Whitby Abbey", "Charles Abel Drive" (not "Nathan Lane",
        # "Jean-Luc Lane")
    if len(words) >= 2 and " ".join(words[-2:]) in R["seat_nouns"]:
        return "place", 5  # "Oyo South Senatorial District", "Kelby Federal Constituency": a seat
    if len(words) == 2 and first not in R["given_names"] and (_HYPHENED_COMPASS.fullmatch(words[1]) or (
            words[1] in R["compass_words_rare_as_surnames"]
            and (words[0] in R["places"] or words[0] in _world_places()))):
        return "place", 3  # "Ibadan South-West", "Oyo South", "Kelby North-East": a seat or a side of a known
        # place (not "Oliver North", "Mae West": "North" and "West" are surnames, and "Oliver" a town too)
    if len(words) == 2 and words[0] in _COMPASS_REGIONS and last not in R["org_suffixes"] \
            and name not in R["known_organisations"]:
        return "place", 2  # "South Kelby", "West Block": a side of a place or a building, no person's name
        # (not a compass word last: "Oliver North", "Mae West")
    return None


@lru_cache(maxsize=16384)
def _name_cue_steps(words: tuple, name: str, had_person: bool) -> tuple:  # names repeat within and across articles
    """The cues :func:`_name_cues` adds, in order, as (kind, count) pairs (``had_person``: a person cue came before)."""
    steps = []
    place_end = _place_end(words)
    _person_or_place_steps(steps, words, name, place_end)
    _body_word_steps(steps, words, name)
    _listed_name_steps(steps, words, name, had_person)
    return tuple(steps)


def _members_branch(name: str) -> bool:
    """A plural's possessive, then a branch's word closing the name (``possessive_body_heads``: "Kelby Miners'
    Lodge")."""
    words = name.split()
    return len(words) >= 2 and words[-1] in _rules()["possessive_body_heads"] and words[-2].endswith(("s'", "s’"))


def _given_name_then_rare_surname(words: tuple) -> bool:
    """A listed given name, then a place's word that is a surname too, if rarely (``place_suffixes_rare_surnames``:
    "Ann Jetty, a nurse, said" beside "Tyrone Pier"): a person's name only with a person's cue."""
    R = _rules()
    return len(words) == 2 and words[-1] in R["place_suffixes_rare_surnames"] \
        and words[0].lower().rstrip(".") in R["given_names"]


def _place_end(words: tuple) -> bool:
    """A place's last word closes the name, or one before a compass word ("Don Valley East", "Lake District North":
    a seat)."""
    R = _rules()
    place_end = words[-1] in R["place_suffixes"] or words[-1] in R["place_region_words"] or (
        len(words) >= 3 and words[-1] in _COMPASS_REGIONS and words[-2] in R["place_suffixes"])
    if len(words) == 2 and words[-1] in R["place_suffixes_also_surnames"] \
            and words[0].lower().rstrip(".") in R["given_names"] and " ".join(words) not in _world_places():
        return False  # "Richard Brook, a councillor": a given name and a surname (not "Kelby Brook", nor a town of
        # the world gazetteer: "Alice Springs")
    if len(words) >= 2 and words[-1] == "Station" and words[-2] in R["research_station_words"]:
        return False  # "the Kelby Marine and Coastal Research Station": an institute, no railway station
    return place_end


def _person_or_place_steps(steps: list, words: tuple, name: str, place_end: bool) -> None:
    """Steps of an administration, a person's names (a given name, initials) or a place from the name's words."""
    R = _rules()
    first, last = words[0].lower().rstrip("."), words[-1].lower().rstrip(".")
    known = R["known_organisations"]
    org_end = len(words) >= 3 and (" ".join(words[-2:]) in known or words[-1] in known)
    if org_end:
        steps.append(("organisation", 3))  # "Clinton White House": an administration, not a person
    elif len(words) >= 2 and first in R["given_names"] and last not in R["org_suffixes"] and not place_end \
            and "&" not in words and words[-1] not in _SETTLEMENT_ENDS \
            and words[-1] not in R["street_suffixes_no_surnames"]:
        steps.append(("person", 3))  # (not "Ben & Jerry's": no person's name has "&" in it; nor "Mason City",
        # "Carson City", "Jordan Town", "Charles Abel Drive": a town's, a side's or a street's word last is no
        # surname)
    elif len(words) >= 2 and words[0].rstrip(".") in R["abbreviated_given_names"] \
            and name.startswith(words[0].rstrip(".") + ". "):
        steps.append(("person", 3))  # "Md. Abdul Salam", "Wm. Roe": a given name written short, its full stop kept
    elif len(words) == 2 and first in R["given_names"] and last in R["org_suffixes"]:
        steps.append(("person", 1))  # "Ned Power, 85,": a surname that is a body's word too, a tie broken for the
        # person ("Georgia Power" keeps its body's cue)
    if (place := _place_step(words, name, place_end)) is not None:
        steps.append(place)
    if _named_after_a_place(words):
        steps.append(("organisation", 3))  # "Statistics Canada", "Sport England", "Transport for London"
    if len(words) >= 2 and _INITIAL.fullmatch(words[1]) and first in R["given_names"]:
        steps.append(("person", 1))
    elif 2 <= len(words) <= 4 and _STACKED_INITIALS.fullmatch(words[0]) and not place_end \
            and _initials_name(words[0]) and all(
            _NAME_WORD.fullmatch(w) and w.lower() not in R["org_words"] and w not in R["street_suffixes"]
            and w not in R["places"] and w.lower() not in R["common_words"] for w in words[1:]):
        steps.append(("person", 2))  # "H.S. Kamath", "T.R. Ananth Kini": initials and a person's names


def _body_word_steps(steps: list, words: tuple, name: str) -> None:
    """Steps of an organisation from a body's words in the name: a head word, a joiner, a legal form, "&"."""
    R = _rules()
    first, last = words[0].lower().rstrip("."), words[-1].lower().rstrip(".")
    surname = len(words) == 2 and first in R["given_names"] and first not in R["common_words"] \
        and words[1] in R["body_words_also_surnames"] and last not in R["org_prefixes"]  # (as _body_shaped reads
    # it; not a head that opens a body's or a site's name too: "Grace Church", "Victoria Court")
    if (last in R["org_suffixes"] and len(words) >= 2 and not surname) or _service_district(words) or _fund_plan(words) \
            or _independent_office(words) or _closed_by_sites(words) or (len(words) >= 3 and _numbered_local(words)):
        steps.append(("organisation", 2 if words[-1].isupper() else 3))  # ("Kelby Area School District": a body;
        # not a given name and a body's word that is a surname too: "Sarah Cluster", "Andrew Guild")
    elif len(words) >= 3 and words[-1] in R["places"] and words[-2].lower() in R["org_suffixes"] \
            and first not in R["given_names"]:
        steps.append(("organisation", 3))  # "Transparency International Australia": a body's branch in a country
    if any((a.lower() in R["org_prefixes"] or a.lower() in R["org_suffixes"]) and b in _ORG_JOINERS
           for a, b in zip(words, words[1:])) or _office_of_a_body(words) or (
            len(words) >= 3 and words[0] in R["foreign_org_heads"] and any(w.islower() for w in words[1:])):
        steps.append(("organisation", 3))  # "University of Leeds", "Annenberg Institute for School Reform";
        # "Asociación de Cooperativas del Sur": a foreign body's word, a particle, more of the name (or its "and"
        # further on: "Industriegewerkschaft Kelby, Tarn und Vell", "Museo Kelby y Tarn de Arte")
    if len(words) >= 2 and (words[-1] in R["lower_legal_forms"] or (
            "." in words[-1].rstrip(".") and words[-1].rstrip(".") in R["legal_forms"])
            or (len(words) >= 3 and words[-1].rstrip(".") in R["legal_forms"]
                and words[-1].rstrip(".") not in _AMBIGUOUS_FORMS and words[-1] not in R["state_codes"])):
        steps.append(("organisation", 5))  # "Acme Fiskur hf", "Doe Bank B.S.C.", "Barrow Lane Capital LLP": a company
        # (a street's word inside no place: "Harrow Lane declined to comment" is its short form)
    if len(words) == 1 and _CAMEL.fullmatch(words[0]):
        steps.append(("organisation", 2))  # "YouGov", "JPMorgan", "BlackRock": a brand's inner capital
    if len(words) == 1 and words[0] in R["org_suffixes_cased"]:
        steps.append(("organisation", 2))  # "Capital", "Holdings" standing alone
    if "&" in words or "&amp;" in words or "&" in name.replace(" ", ""):
        steps.append(("organisation", 2))
    if any(b == "for" and a.endswith("s") and (_demonym(a) or (len(a) > 3 and a[1:].islower()))
           for a, b in zip(words, words[1:])):
        steps.append(("organisation", 3))  # "Americans for Prosperity", "Ratepayers for Open Books": a body named for
        # its members and a cause
    if len(words) >= 3 and any(w in R["name_prepositions"] for w in words[1:-1]):
        steps.append(("organisation", 2))  # "Surfers Against Sewage": a body's title-case name, not a person's


def _listed_name_steps(steps: list, words: tuple, name: str, had_person: bool) -> None:
    """Steps from the lists the whole name is in (sector labels, known bodies, places), or a short abbreviation."""
    R = _rules()
    if name in R["sector_labels"]:
        steps.append(("group", 5))
    if name in R["known_organisations"]:
        steps.append(("organisation", 5))
    if name in R["places"] or name.replace(".", "") in R["places"] \
            or (len(name) >= 4 and name.isupper() and name.title() in R["places"]) or (len(words) == 1 and (
            _SHIRE.fullmatch(name) or ("-" in name and all(x in R["places"] for x in name.split("-"))))):
        steps.append(("place", 5))  # ("Nottinghamshire": an English county by its ending; "Asia-Pacific"; "TORONTO"
        # in capitals, a dateline; not "VA", "PA": abbreviations)
    elif len(words) > 1 and any(w in R["places"] for w in words) and all(
            w in R["places"] or w in R["place_words"] for w in words):
        steps.append(("place", 5))  # "Mexico City", "South Asia"
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 5 and not had_person \
            and all(k != "person" for k, _n in steps):
        steps.append(("organisation", 1))


# A distance or a part of the land before "to", "from" or "of" and a name: the name is a place ("40 miles from
# Kelso", "two kilometres to the coast", "the top of Ben Gorm", "the outskirts of Tarn"), or a compass side ("west
# of the Bann", "north of Kelso").
_DISTANCE_OR_SIDE_BEFORE = re.compile(
    r"(?:\b(?:kilometres|kilometers|km|miles|metres|meters)\s+(?:to|from)"
    r"|\b(?:top|summit|peaks?|slopes|foot|outskirts|shores|banks)\s+of"
    r"|\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+(?:the\s+)?$")


# A role of a body and the body's capitalised name before a comma and a name: "the chairman of the Kelby and Orrin
# Farmers Association, " (the role word is read against ``person_roles``), or of a body's branch in a country: "the
# firm's plant director in Kelbia, ".
_ROLE_OF_BODY_BEFORE = re.compile(r"\b([a-z]+) (of|in) (?:the )?[A-Z][\w’'-]*"
                                  r"(?: (?:(?:and|of|for|&) )?[A-Z][\w’'-]*)*, $")


def _person_shaped(name: str) -> bool:
    """A given name first, or two words or more none of which is an organisation's word or an abbreviation."""
    R, words = _rules(), name.split()
    return words[0].lower() in R["given_names"] or (len(words) >= 2 and not any(
        w.lower() in R["org_words"] or (len(w) > 1 and w.isupper()) for w in words))


def _faith_or_nation_body(name: str) -> bool:
    """A nationality or faith adjective (or one in "-ic", or one of ``opening_adjectives``) and a word of
    ``movement_heads``: "Islamic State", "National Front"."""
    w, R = name.split(), _rules()
    return len(w) == 2 and w[1] in R["movement_heads"] and (
        _demonym(w[0]) or bool(_ADJECTIVE_IC.fullmatch(w[0])) or w[0].lower() in R["opening_adjectives"])
    # (or "National", "United": "the National Front", "the United Party")


# A longer name going on after "Front", "Party" with "for" or "of" and a capitalised word ("the Democratic Front for
# the Liberation of Palestine"): the whole name or nothing, no fragment.
_NAME_GOES_ON = re.compile(r" (?:for|of) (?:the )?[A-Z]")
# The end of a sentence just before a name: a full stop, "!" or "?", perhaps a closing mark, then spaces.
_SENTENCE_END_BEFORE = re.compile(r"[a-z][.!?][”\"’')]?\s+$")


def _before_cues(c: _Cand, text: str, start: int, bw: list[str]) -> None:
    """Cues from the words before ``text[start]`` (``bw``: the last two): "start-up Acme", "analyst Jane Doe",
    "codenamed X", "in Denver"."""
    bw = _words_in_sentence_before(c, text, start, bw)
    b1 = bw[-1].lower() if bw else ""
    b2 = f"{bw[-2].lower()} {b1}" if len(bw) >= 2 else ""
    _body_or_role_cues(c, text, start, bw, b1, b2)
    _product_cues_before(c, text, bw, b1)
    _address_cues_before(c, text, start, bw, b1)
    _home_cues_before(c, text, start, bw, b1)
    _list_cues_before(c, text, start, bw, b1)
    if b1 in ("as", "by") and _NAME_GIVEN_BEFORE.search(text, max(0, start - 60), start):
        c.cues["person"] += 3  # "a busker, who would give his name only as Macca": the name a person gave
    if b1 == "of" and (m := _WORD_OF_BEFORE.search(text, max(0, start - 16), start)) \
            and ((form := m.group(1).rstrip(".")) in _rules()["legal_forms"]
                 and form not in _rules()["legal_forms_before_of"]
                 or form in _rules()["firm_closers_before_of"] and " " not in c.name) and _no_party_word(c.name):
        c.cues["place"] += 3  # "Kelby Inversiones S.L. of Sant Tarnell": the company's seat after its legal form
        # (or a firm's closing word: "Doe & Sons Haulage of Tarnby")
    if b1 == "of" and not c.possessive and " " not in c.name and text.startswith(",", c.end) \
            and _no_party_word(c.name) and _rules()["seat_title_name_of_before"].search(text, max(0, start - 60), start):
        c.cues["place"] += 2  # "Senator Jo Doe of Kelby, who chairs ...", "Delegate Ann Roe of Tarno, whose": the
        # seat, set off by a comma (not "MP Jo Doe of Kelbpartij said": a party or a charity the member speaks for)
    if bw and bw[-1].endswith(("at", "for", "with")):  # (the last word ends so whenever the text before does)
        before = text[max(0, start - 60):start]
        if _rules()["seat_role_for_before"].search(before) and not c.possessive and _seat_s_name(c.name):
            c.cues["place"] += 2  # "a lawmaker for <a gazetteer town>", "the MP for Tarno East": a town of it or a
            # seat's name, the seat (a party written bare is none: "a lawmaker for Tarnud", "a deputy for Kelbemos")
        elif before.rstrip().endswith(("at", "for", "with")) and _rules()["role_at"].search(before):
            c.cues["organisation"] += 2


# A person's name given, or asked to be given, after these: "who would give his name only as ", "who gave her first
# name as ", "who asked to be identified only by "
_NAME_GIVEN_BEFORE = re.compile(r"\b(?:gave|gives|give|giving)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|full\s+)?"
                                r"name\s+(?:only\s+)?as\s+$|\bto\s+be\s+(?:identified|named|called)\s+(?:only\s+)?"
                                r"(?:as|by)\s+$")
# The word before "of" just before a name ("S.L. of ", "Ltd of ").
_WORD_OF_BEFORE = re.compile(r"(\S+) of $")


def _seat_s_name(name: str) -> bool:
    """A town of the world gazetteer, or two or three words with a compass point last ("Tarno East"), and no party's
    word nor an abbreviation: the name of a seat."""
    words = name.split()
    return (name in _world_places() or (1 < len(words) < 4 and words[-1] in _COMPASS_REGIONS)) \
        and not name.isupper() and _no_party_word(name)


def _no_party_word(name: str) -> bool:
    """No party's word, known body, nationality or body's word in a name ("Labour", "the Kelby Party")."""
    R = _rules()
    return name not in R["known_organisations"] and not any(
        w in R["member_parties"] or w in R["party_words"] or _demonym(w) or w.lower() in R["org_words"]
        for w in name.split())


def _words_in_sentence_before(c: _Cand, text: str, start: int, bw: list[str]) -> list[str]:
    """The words before the name ``bw``, or none when the last of them ends the sentence before."""
    R = _rules()
    if bw and "\n" in text[max(0, start - 3):start] and _SENTENCE_END_BEFORE.search(text, max(0, start - 8), start):
        return []  # a paragraph opens with the name: the words before close the paragraph above, whatever they are
        # ("... the crowd gathered outside the depot.\n\nJo Doe, who drives ...": no depot's name)
    if bw and len(bw[-1]) > 1 and bw[-1].isupper() and "\n" in text[max(0, start - 3):start]:
        return []  # a line in capitals above, a masthead or a heading ("THE CANE COAST ADVOCATE\nKelby - Tarn"): no
        # title of the name
    if bw and bw[-1].islower() and _SENTENCE_END_BEFORE.search(text, max(0, start - 6), start) \
            and not (len(bw) >= 2 and bw[-2].lower() in R["noun_phrase_determiners"] and " " in c.name
                     and c.name.split()[0].lower() not in R["given_names"]):
        return []  # "... the order was firm. Doe added": the word ends the sentence before, no noun of this name
        # (but "Voters backed the party. Sinn Féin won": a noun phrase's head there still types a name of two words
        # or more opening with no given name; not a lone surname: "Jo Vardon runs the lab. Vardon said")
    return bw


# a possessive and a kin noun in apposition before a name ("My grandfather, ", "the mayor's late brother, ")
_KIN_APPOSED_BEFORE = re.compile(r"(?<![\w’'])(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|\w+[’']s)\s+(?:late\s+)?"
                                 r"([a-z]+),\s+$")
_OPENS_A_LINE = re.compile(r"\n[ \t]*\n[ \t]*$")  # (a paragraph's opening: hard-wrapped prose keeps its role,
# "the club's manager\nOkonkwo", review of session 39)
_BULLET_OPENS_THE_LINE = re.compile(r"\n[ \t]*[→•*·▪►>–—-][ \t]*$")  # (a list's line: its first word no role's)


def _body_or_role_cues(c: _Cand, text: str, start: int, bw: list[str], b1: str, b2: str) -> None:
    """Cues of a body or a person's role before the name: "the Islamic State", "analyst Jane Doe"; none when the name
    opens a paragraph (the words before it end another: a byline's "Council Reporter" is no role of "Orkney’s
    ...")."""
    R, cues = _rules(), c.cues
    if _OPENS_A_LINE.search(text, max(0, start - 4), start) or _BULLET_OPENS_THE_LINE.search(text, max(0, start - 6),
                                                                                          start):
        return  # (nor after a bullet or an arrow opening its line: "... studio owner\n→ Explainer: ...")
    if b1 == "the" and _faith_or_nation_body(c.name) and not _NAME_GOES_ON.match(text, c.end):
        cues["organisation"] += 3  # "the Islamic State", "the Kurdish Front": a movement or an army
    if b2 in R["org_bigrams"] or b1 in R["org_nouns"] and not (b1 in R["person_nouns_before_names"] and " " in c.name
                                                                and c.name.split()[0].lower() in R["given_names"]):
        cues["organisation"] += 2
    elif _role_word(b1, c.name) or _hyphened_role(b1) or b1 in R["honorifics"] \
            or _dotted_title_before(text, start, bw) \
            or (bw and bw[-1] in R["titles_as_written"] and not (len(bw) > 1 and bw[-2][:1].isupper())):
        cues["person"] += 2  # (a title as written: "the union's lawyer, Me Jo Doe"; not "Give Me Liberty")
    elif b1 == "," and len(bw) >= 2 and _role_word(bw[-2].lower(), c.name) and not _region_after(text, c.end) \
            and not _byline_place(text, start, c.end):
        cues["person"] += 2  # "Acme's president, Jane Doe" (not an address: "Office of the Governor, Weno, Chuuk";
        # nor a byline's town: "By Staff Reporter, Mzuzu")
    elif b1 == "," and (m := _KIN_APPOSED_BEFORE.search(text, max(0, start - 40), start)) \
            and m.group(1).lower() in R["kin_nouns"] and _person_shaped(c.name):
        cues["person"] += 2  # "My grandfather, Hōne Pōtae,", "the mayor's brother, Jo Tarno": a kin's name
    elif b1 == "," and (m := _ROLE_OF_BODY_BEFORE.search(text, max(0, start - 120), start)) \
            and m.group(1).lower() in R["person_roles"] and _person_shaped(c.name) \
            and (m.group(2) == "of" or c.name.split()[0].lower() in R["given_names"]
                 or not any(_common_word(w) for w in c.name.split())):
        cues["person"] += 2  # "the chairman of the Kelby Farmers Association, Jo Doe" (not "the owner of The Sun,
        # News UK", "the head of Barclays, Lloyds": another body); after a role in a country, no common word in the
        # name ("the firm's plant director in Kelbia, Jo Doe"; not "the brand's owner in Kelbia, Marks Tarn")


_OUR_JUST_BEFORE = re.compile(r"(?<![\w’'])[Oo]ur $")  # the paper's own ("From our Kelby Correspondent")


def _dotted_title_before(text: str, start: int, bw: list[str]) -> bool:
    """An academic or professional title with its full stop just before the name (``dotted_titles``: "Ing. Jo Doe",
    "Econ. Jane Doe", "Arq. Jo Roe"): a person's, as after an honorific."""
    return bool(bw) and bw[-1] in _rules()["dotted_titles"] \
        and text[max(0, start - 12):start].rstrip().endswith(bw[-1] + ".")


_HYPHENED_SURNAME = re.compile(fr"[{_CAPS}][{_SMALL}’']+-[{_CAPS}][{_SMALL}’']+")  # "Tarnai-Lőrincz", "Doe-Kelby"


def _quoted_complement(c: _Cand, text: str, bw: list[str]) -> bool:
    """'called X "a disgrace"', 'called X "the worst"': the verb "call" and its quoted complement, where X reads as a
    person (a listed given name first or a hyphened family name: 'called Kelby-Roe "a liar"'); not after "a/an
    <noun> called", where the noun tells the kind, nor a thing so described ('called Ozempic "a miracle drug"', 'a
    chatbot called Ernie "to rival ChatGPT"'; a surname the story gives a person joins that person anyway)."""
    if not _QUOTED_COMPLEMENT_AFTER.match(text, c.end) or any(w.lower() in ("a", "an") for w in bw[-4:-1]):
        return False
    return c.name.split()[0].lower() in _rules()["given_names"] or bool(_HYPHENED_SURNAME.fullmatch(c.name)) \
        or " " not in c.name and re.search(rf"\b[A-Z][\w’'-]+ (?:[A-Z][\w’'-]+ )?{re.escape(c.name)}\b(?![’'-])",
                                          text) is not None  # (a surname the story writes after a name elsewhere:
    # 'called Pagar "a customer who ..."' after "Sudhakar Shankarrao Pagar")


def _name_wished(text: str, start: int) -> bool:
    """Whether a person's wish to go by the name at ``start`` stands before it: "who asked to be called X", "she
    preferred to be named X", "a nurse ... who asked"; not a body's nor a thing's ("which the club wants to be named
    X", "it asked to be called X")."""
    R = _rules()
    m = R["name_wished_before"].search(text, max(0, start - 60), start)
    return bool(m) and (subject := m.group("subject").lower()) not in ("which", "that", "it") and (
        subject in R["name_wish_subjects"] or subject in R["person_roles"] or subject in R["kin_nouns"])


def _product_cues_before(c: _Cand, text: str, bw: list[str], b1: str) -> None:
    """Cues of a named thing before the name: "a tool called X", "in a TeamsCall" (or of the noun that names it)."""
    R, cues = _rules(), c.cues
    if b1 in R["product_before"] and not (len(bw) >= 2 and (bw[-2].lower() in _PRONOUNS or bw[-2][:1].isupper())) \
            and not _COMPLEMENT_AFTER.match(text, c.end) and not _quoted_complement(c, text, bw):
        noun = bw[-2].lower().rsplit("-", 1)[-1] if b1 in _NAMING_VERBS and len(bw) >= 2 else ""
        if noun in R["org_nouns"]:
            cues["organisation"] += 3  # "a company called X", "a consulting firm named X": the noun tells the kind
        elif noun in R["person_roles"] or noun in R["name_wish_subjects"] or _name_wished(text, c.start):
            cues["person"] += 3  # "a retired teacher named X", "a man named X"; "who asked to be called X": a name
            # she goes by
        else:
            cues["product"] += 3  # "a tool called X" (not "he called X", "Doe named X", "the letter called X a quack")
    if b1 in ("a", "an") and not c.possessive and _CAMEL.fullmatch(c.name) and R["thing_after"].match(text, c.end):
        cues["product"] += 3  # "told in a TeamsCall at lunchtime": a brand's thing, no actor (not "a Lincoln in
        # the White House", a person; "a SlideCo spokesman", the employer)


# a company's legal form and a comma right before a name ("... Pvt Ltd, Thamel"); a comma and a relative or time
# clause's first word after a name ("Thamel, until", "Piopio, whose")
_LEGAL_FORM_COMMA_BEFORE = re.compile(r"\b(?:Ltd|Limited|Inc|LLC|plc|PLC|Pty|Co)\.?, $")
_AFTER_COMMA_CLAUSE = re.compile(r", (?:who|whose|which|where|when|until|since|known|nicknamed|whom)\b")


# a role of one to four capitalised words as a signature writes it ("Managing Director", "Chair"); then a comma opening
# a signature's line ("Managing Director, "; its last word a person's role: _role_line); and such a line right under
# a name, the role and the body after its comma (:func:`role_line_under`)
_SIGNATURE_ROLE_WORDS = r"[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,3}"
_SIGNATURE_ROLE = re.compile(rf"[ \t]*{_SIGNATURE_ROLE_WORDS}, ")
_ROLE_LINE_UNDER = re.compile(rf"[ \t]*\n[ \t]*({_SIGNATURE_ROLE_WORDS}), ([A-Z][^\n]{{2,80}})(?=\n|$)")


def _signs_a_letter(text: str, start: int) -> bool:
    """The name at ``start`` is the first line of a letter's signature under its closing line ("Yours faithfully,\n
    Jo Doe")."""
    sig = _signature_line(text, start)
    return sig is not None and sig[0] == 0


def _role_line(line: str) -> bool:
    """A signature's line opens with a person's role and a comma ("Managing Director, Kelby Leisure Ltd")."""
    m = _SIGNATURE_ROLE.match(line)
    return m is not None and m.group().split(",")[0].split()[-1].lower() in _rules()["person_roles"]


def _signature_line(text: str, start: int) -> tuple[int, int] | None:
    """(index, count) of the line holding ``start`` among the lines of a letter's signature under its closing line
    ("Yours faithfully,\nJo Doe\nChairman, Kelby Rice Farmers' Action Committee\nTain, Kelby": 0 the signer's,
    the last the address), at most four lines; else None."""
    line_start = text.rfind("\n", 0, start) + 1
    para = text.rfind("\n\n", 0, line_start)
    m = _VALEDICTION.match(text, para + 2 if para >= 0 else 0)
    if m is None or m.end() > line_start:
        return None
    end = text.find("\n\n", line_start)
    lines = text[m.end():end if end >= 0 else len(text)].rstrip().split("\n")
    idx = text.count("\n", m.end(), line_start)
    return (idx, len(lines)) if len(lines) <= 4 and idx < len(lines) else None


def _signature_cues(c: _Cand, text: str, start: int) -> None:
    """Cues of a letter's signature under its closing line: its first line the signer, a body after a role and a
    comma ("Director, Tarnco"), its last line, no role's, the signer's address ("Tain, Kelby")."""
    if (sig := _signature_line(text, start)) is None:
        return
    line = text[text.rfind("\n", 0, start) + 1:start]
    if sig[0] == 0 and line.strip() == "":
        c.cues["person"] += 4  # "Yours faithfully,\nJo Doe": the signer
    elif sig[0] and _SIGNATURE_ROLE.fullmatch(line) and _role_line(line):
        c.cues["organisation"] += 3  # "...\nDirector, Tarnco": the signer's body after the role
    elif sig[0] == sig[1] - 1 and sig[0] and not any(w.lower() in _rules()["org_words"] for w in c.name.split()) \
            and not _role_line(text[text.rfind("\n", 0, start) + 1:]):
        c.cues["place"] += 4  # "...\nTain, Kelby": the signer's address (not a role line: "Chair, Kelby Now")


def _address_cues_before(c: _Cand, text: str, start: int, bw: list[str], b1: str) -> None:
    """Cues of a place in an address, a region, a seat or a distance before the name: "36th Street", "the MP for
    Hexley", "west of Tarn"; a letter's signer and address under its closing line."""
    R, cues = _rules(), c.cues
    _signature_cues(c, text, start)
    if text[start - 1:start] == "–" and (m := _CAP_WORD_BEFORE_DASH.search(text, max(0, start - 40), start - 1)) \
            and not _common_word(m.group()):
        cues["place"] += 3  # "Huron–Bruce MPP", "the Scarborough–Guildwood riding": a riding or a route
    if (b1 == "the" and c.name in _COMPASS_REGIONS) or (" " in c.name and all(
            w in _COMPASS_REGIONS for w in c.name.split())) or (b1 == "the" and "-" in c.name and all(
            w in _COMPASS_REGIONS for w in c.name.split("-"))):
        cues["place"] += 3  # "the West", "the Midwest", "North East", "the South-West": a region, no body
    if text[start - 3:start - 1] in _ORDINAL_ENDS and _ORDINAL_BEFORE.search(text, max(0, start - 8), start) \
            and ((w := c.name.split()[-1]) in _rules()["place_suffixes"] or w in _rules()["numbered_areas"]):
        cues["place"] += 5  # "36th Street", "the 4th District": an address or a district, no body
    if " " not in c.name and (text.endswith(", of ", 0, start) or _LEGAL_FORM_COMMA_BEFORE.search(
            text, max(0, start - 12), start)) and _AFTER_COMMA_CLAUSE.match(text, c.end):
        cues["place"] += 4  # "Jo Doe, of Piopio, whose daughter ...", "Kelby Crafts Pvt Ltd, Thamel, until ...": where
        # a person or a firm is based, in commas, a relative or time clause after it (not a partner's firm, "Jo Doe,
        # of Doe, Roe & Co", a list of firms, "Acme Ltd, Tarno, both owned by ...", nor "Jo Doe, of Deloitte, said")
    if b1 in ("of", "from", ",") and _AGE_OF_BEFORE.search(text, max(0, start - 60), start) \
            and not _firm_word_last(c.name):  # (not "Jo Doe (44), from Kelby Motors,": a firm's word closes the
        # name; but "Jo Doe, 52, of Mayfield Court, Kelby": an address)
        cues["place"] += 4  # "Jo Doe, 44, of Springfield" (and "..., of Hillside, Springfield"): a home town, over
        # a body's cue from a modifier elsewhere ("a Moffat bowling club")
    if b1 in ("of", "for", "from") and len(bw) >= 2 and (bw[-2] in R["member_abbreviations"] or (
            (b2w := bw[-2].lower()) in _MEMBERS_OF_SEATS and b1 == "for") or (
            b1 == "of" and (b2w in _SETTLEMENTS or b2w in R["province_words_of"]))):
        cues["place"] += 3  # "the MP for Hexley", "MLA from Marden": a seat; "the village of Kilby": a place
    if b1 == "for" and _MEMBER_OF_HOUSE_FOR_BEFORE.search(text, max(0, start - 40), start):
        # "the Member of Parliament for Kelby East", "Custos Rotulorum for Kelby": a seat, a parish; but "Member of
        # Parliament for Tarn Fáil", "... for KPF": the member's party, a body
        seat = text[max(0, start - 40):start].rstrip().endswith(("Custos for", "Rotulorum for")) \
            or _seat_after_for(text, start)
        cues["place" if seat else "organisation"] += 3
    if b1 in _LIST_WORDS and _PLACE_LIST_BEFORE.search(text, max(0, start - 120), start):
        cues["place"] += 3  # "cities including Indore, Nashik and Coimbatore", "towns such as Kilby"
    if b1 in ("to", "from", "of", "the") and _DISTANCE_OR_SIDE_BEFORE.search(text, max(0, start - 40), start):
        cues["place"] += 3  # "58 kilometres to Kelso", "the summit of Ben Gorm", "west of Tarn": a place


# A person (a pronoun, "who", a full name or a plural of people: ``travellers_before_from``), a verb of travelling,
# then "back", "home" or "to" and a place of one or two words, just before "from" ("who came back from ", "she fled
# home from ", "Ana Ruiz came to Tarno from "; not "the results came back from ", "Word came back from ").
_TRAVELLED_BACK_FROM_BEFORE = re.compile(
    r"\b(?P<who>[a-z]+|I|[A-Z][a-z]+ [A-Z][a-z]+) ([a-z]+) "
    r"(?:back|home|(?:back )?to (?P<to>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)) from $")


def _volcano(c: _Cand, text: str, end: int) -> bool:
    """A volcano's name: before "volcano", after "the eruption of" (no possessive after: "the eruption of Doe's
    temper"), or before a verb or a noun of erupting in a sentence with a word of a volcano's land (lava, ash,
    crater: ``volcano_land_words``; "Doe erupted at reporters" is anger); never a known body nor a social network."""
    R = _rules()
    if c.name in R["known_organisations"] or c.name in R["social_networks"]:
        return False
    if re.match(r" volcano(?:es)?\b", text[end:end + 12], re.I):
        return True
    if R["volcano_of_before"].search(text, max(0, c.start - 16), c.start):
        return text[end:end + 1] not in ("’", "'")
    if not (v := R["volcano_after"].match(text, end)):
        return False
    lo, hi = text.rfind(".", 0, c.start) + 1, text.find(".", v.end())
    rest = text[lo:c.start] + text[v.end():hi if hi >= 0 else len(text)]  # (the sentence but the name and its verb)
    return any(w in R["volcano_land_words"] for w in re.findall(r"[a-z]+", rest.lower()))


def _a_place_elsewhere(name: str, text: str) -> bool:
    """A name the gazetteers list as a place, or that the story writes after "in", "at", "across" or "near", or
    after a regional office and "for" ("its district leader for Kelby": ``regional_office_words``), not before a
    possessive: a place's name ("in Kelby ... Kelby's mayor"; not "Doe's ministers", a leader's)."""
    R = _rules()
    if name in R["places"] or name in _world_places():
        return True
    n = re.escape(name) + r"\b(?![’'-])"
    if re.search(r"\b(?:in|at|across|near) " + n, text):
        return True
    return any(w.lower() in R["regional_office_words"] and (r.lower() in R["person_roles"] or r.lower()[:-1] in
                                                            R["person_roles"])
               for w, r in re.findall(r"\b([A-Za-z]+) ([a-z]+) for " + n, text))


# a verb, a distance or a time on the road, perhaps how often, then "from" ("travelled 40 kilometres each day from ",
# "drove two hours from ", "walks 5km every morning from ")
_TRAVELLED_DISTANCE_FROM_BEFORE = re.compile(
    r"\b([a-z]+)\s+(?:(?:about|nearly|almost|some|more than|over)\s+)?(?:\d[\d,.]*\s?|(?:a|an|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred)\s+)(?:kilometres|kilometers|km|miles|hours|"
    r"hour|minutes|metres|meters)(?:\s+(?:each|every|a)\s+(?:day|week|morning|night|evening))?\s+from\s+$")
# a verb of flying or sailing, perhaps "in", and "from" just before a name ("flew in from", "sailed from"), or a
# verb of travel and a particle ("walked down from"; not "came over from", a hire's): _travelled_from; and what
# after the name shows a body (a possessive, an appositive of a firm: ", the mining giant")
_FLEW_IN_FROM_BEFORE = re.compile(r"\b([a-z]+)\s+(?:(in|down|up|across)\s+)?from\s+$")
_BODY_SIGN_AFTER = re.compile(r"[’']s?\b|,\s+(?:the|a|an)\s")
# "from as far as" (or "as far afield as") just before a name: how far people came, a place (_home_cues_before)
_AS_FAR_AS_BEFORE = re.compile(r"\bfrom\s+as\s+far\s+(?:afield\s+)?as\s+$")


def _travelled_from(c: _Cand, text: str, start: int, bw: list[str]) -> bool:
    """Whether a verb of travel goes before "from" and the name (``travel_verbs_before_from``: "I came from Kelby"),
    a verb of flying, or of travel with a particle, before a one-word name the news names no body
    (``flying_verbs_before_from``: "who flew in from Penang", "walked down from Saboo"), or one of a traveller
    (``travellers_before_from``, or a name) and "back", "home", "to" a place further back ("who came back from
    Kelby", "she came to Tarno from Kelby"; not "came to Acme from Kelbcorp", a hire; never a known body)."""
    R = _rules()
    if bw[-2].lower() in R["travel_verbs_before_from"]:
        return True
    p = _FLEW_IN_FROM_BEFORE.search(text, max(0, start - 30), start)
    if p and (p.group(1).lower() in R["flying_verbs_before_from"]
              or p.group(2) and p.group(1).lower() in R["travel_verbs_before_from"]):
        return " " not in c.name and c.name not in R["news_names"] and not _BODY_SIGN_AFTER.match(text, c.end)
        # ("who flew in from Penang", "boats sailed from Kelby", "who walked down from Saboo": one word the news
        # names no body, nothing of a body after it: not "flew in from Boeing", "drove down from Kelbcorp's depot",
        # "from Kelbcorp, the mining giant,")
    if (d := _TRAVELLED_DISTANCE_FROM_BEFORE.search(text, max(0, start - 70), start)) \
            and d.group(1).lower() in R["travel_verbs_before_from"] and c.name not in R["known_organisations"]:
        return True  # ("he travelled 40 kilometres each day from Tshitale": a distance travelled from a place)
    m = _TRAVELLED_BACK_FROM_BEFORE.search(text, max(0, start - 60), start)
    return bool(m and m.group(2) in R["travel_verbs_before_from"] and c.name not in R["known_organisations"]
                and (not m.group("who").islower() or m.group("who") in R["travellers_before_from"])
                and (m.group("to") is None or _a_place_elsewhere(m.group("to"), text)))


def _town_named_for_its_place(c: _Cand, text: str) -> bool:
    """Whether the name is "<place> Town", its first word a listed place, and its name ends there
    (:data:`_TOWN_NAME_ENDS`), no known body: a town named for its place, over a club's word ("Kelby Town" is a
    football club's name too)."""
    R, first = _rules(), c.name.split()[0]
    return c.name.endswith(" Town") and (first in R["places"] or first in _world_places()) \
        and _TOWN_NAME_ENDS.match(text, c.end) is not None and c.name not in R["known_organisations"]


_AND_ON_TO_BEFORE = re.compile(r"\band on to $")  # ("to Rosslare and on to Roscoff": a journey's next stop)


# a date after a comma ("..., 2 March 1931", "..., March 2, 1931"): _home_cues_before
_DATE_AFTER_COMMA = re.compile(rf",\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_ALT})|(?:{_MONTH_ALT})\s+\d{{1,2}}\b)")


def _home_cues_before(c: _Cand, text: str, start: int, bw: list[str], b1: str) -> None:
    """Cues of a place where people live, go or govern before the name: "a farmer from Kukuom", "the mayor of
    Springfield", "much of rural Kelby"."""
    R, cues = _rules(), c.cues
    if b1 in ("represents", "represented") and len(bw) >= 2 and bw[-2].lower() == "who" \
            and _MEMBER_BEFORE.search(text, max(0, start - 90), start):
        cues["place"] += 4  # "Coun. Jo Doe, who represents Dartmouth Centre": a member's ward (over a body word)
    if b1 == "from" and len(bw) >= 2 and bw[-2].lower() in R["dwellers"]:
        cues["place"] += 3  # "a farmer from Kukuom", "pensioners from Ashby": where they live
    if b1 in ("born", "died") and _DATE_AFTER_COMMA.match(text, c.end):
        cues["place"] += 2  # "born Ōkaihau, 2 March 1931; died Kaikohe, 9 September 2009": an obituary's places
    if b1 == "as" and _AS_FAR_AS_BEFORE.search(text, max(0, start - 40), start):
        cues["place"] += 3  # "fishermen from as far as Kemaman": how far people came, a place
    if b1 == "from" and len(bw) >= 2 and _travelled_from(c, text, start, bw):
        cues["place"] += 1  # "I came from Kelby at dawn", "who came back from Kelby", "she came to Tarno from
        # Kelby" (Tarno a place: not "came to Acme from Kelbcorp", a hire): where someone travelled from (weak)
    if b1 == "in" and len(bw) >= 2 and bw[-2] in _REPORTING and _town_named_for_its_place(c, text):
        cues["place"] += 3  # "the governor told reporters in Tarno Town after the vote": where she spoke
    if b1 == "to" and _AND_ON_TO_BEFORE.search(text, max(0, start - 12), start) \
            and c.name not in R["known_organisations"]:
        cues["place"] += 2  # "from Kinsale to Rosslare and on to Roscoff": a journey's next stop
    if b1 in ("to", "into", "from") and len(bw) >= 2 and bw[-2].lower() in R["journey_nouns_before_to"] \
            and not (b1 == "from" and bw[-2].lower().startswith("route")) and c.name not in R["known_organisations"]:
        cues["place"] += 2  # "flights to Tokua", "the ferry from Tenerife": where a journey goes or starts
    if b1 == "to" and len(bw) >= 2 and bw[-2].lower() in R["travel_verbs_before_to"] and " " not in c.name \
            and c.name in _world_places():
        cues["place"] += 1  # "the strike spread to Kelso", "diverted to Tarbes": a town where it went (weak)
    if b1 == "of" and len(bw) >= 2 and (bw[-2].lower() in _HEADS_OF_PLACES
                                        or bw[-2] in R["heads_of_provinces_before_of"]):
        cues["place"] += 3  # "the mayor of Springfield", "governor of Ohio": a town or a state
    if bw and bw[-1] in R["area_adjectives_before"] and _area_of_a_place(c, text, bw):
        cues["place"] += 3  # "much of rural Kelby", "farmers in northern Tarnia", "south Kelby": a region or a town


def _list_cues_before(c: _Cand, text: str, start: int, bw: list[str], b1: str) -> None:
    """Weak cues of a place in a list of places or after a preposition of place: "in Windsor and Oshawa", "in
    Copenhagen"."""
    R, cues = _rules(), c.cues
    if b1 == "the" and len(bw) >= 2 and bw[-2] in ("and", "or", ","):
        b1 = bw[-2]  # "in Hexley, Marden and the Vale": a place list goes on through "the"
    if b1 == "," and len(bw) >= 2 and bw[-2] in _ADDRESSED and " " not in c.name and text.startswith(",", c.end):
        cues["place"] += 4  # "St Mary's Primary School, Kelby, and ...": the town where the school stands
    if b1 == "," and len(bw) >= 2 and bw[-2].rstrip(".") in R["legal_forms"] and c.name in _world_places() \
            and _SEAT_CLOSES.match(text, c.end):
        cues["place"] += 4  # "Kelby Spice Traders Pvt. Ltd., Guwahati, who made the highest bid": the firm's seat
    elif b1 == "," and len(bw) >= 2 and bw[-2][:1].isupper() and c.name in _world_places() \
            and _seat_after_a_body(c, text):
        cues["place"] += 2  # "Publicity Cell, NLCSPB, Kohima.", "the Institute of Plant Health, Dimapur, confirmed":
        # a body's seat
    if b1 in ("and", "or", ",") and len(bw) >= 2 and not c.possessive \
            and (b1 != "," or _LIST_GOES_ON.match(text, c.end)) and ((b1 == "and" and bw[-2] in R["places"]) or (
            (m := _PLACE_AND_BEFORE.search(text, max(0, start - 50), start)) is not None
            and m.group(2) in R["place_before"] and (m.group(1) or "").lower() not in R["not_place_before"]
            and not _demonym(m.group(3)))):
        cues["place"] += 1  # "in Windsor and Oshawa": the second of two places (weak, any other cue outvotes it)
    if b1 in R["place_before"] and not (len(bw) >= 2 and bw[-2].lower() in R["not_place_before"]
                                        and not (b1 == "in" and bw[-2].lower() in R["body_words_before_in"]
                                                 and bw[-2][:1].isupper() and len(bw) >= 3 and bw[-3][:1].isupper())) \
            and not c.possessive and not (c.name.endswith("s") and text[c.end:c.end + 1] in ("’", "'")) \
            and text[start - 2:start - 1].isalpha():  # (in the same sentence: not "gathered outside. Unison said")
        cues["place"] += 1  # "in Copenhagen"; weak, any other cue outvotes it (not "in Doe's car": an owner)


def _byline_place(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] closes a byline's line after a comma: "By Staff Reporter, Mzuzu" (the town the
    reporter files from)."""
    line = text.rfind("\n", 0, start) + 1
    return text.startswith(("By ", "BY "), line) and text[start - 2:start] == ", " and text[end:end + 1] in ("\n", "")


def _area_of_a_place(c: _Cand, text: str, bw: list[str]) -> bool:
    """A name after an adjective of area (``area_adjectives_before``, the last of ``bw``) that stands alone: no
    body's word in it, no noun in lower case after it, no verb of its own unless a preposition of place comes before
    the adjective ("in northern Tarnia.", "much of rural Kelby, where", "farmers in northern Tarnia said"; not
    "central Acme flights": the airline's, nor "rural Kelby Council", nor "staff at northern Kelbco said", "after
    central Tarnbank was fined": a body that speaks or acts)."""
    R = _rules()
    m = _NEXT_WORD.match(text, c.end)
    verb = m is not None and (m.group(1) in _REPORTING or m.group(1) in R["compound_verbs"]) \
        and not (len(bw) >= 2 and bw[-2].lower() in R["place_before"])
    words = c.name.split()
    if len(words) > 1 and words[-1] in R["region_words"]:
        words = words[:-1]  # ("in southern Gombe State": a state of a federation, no body)
    return not _noun_after(text, c.end) and not verb and not c.possessive \
        and not any(x.lower() in R["org_words"] for x in words)


def _noun_after(text: str, end: int) -> bool:
    """A word in lower case right after a name that is no function word: a noun the name modifies ("Kelby rice",
    "all five Kelso seats", "ran out of Kelso sauce") or a verb of its own ("Kelby owns")."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).islower() and m.group(1) not in _rules()["stopwords"]


# Institutions written with their town after a comma ("Drumnakilly Primary School, Altamuskin,").
# What closes a town named as a firm's seat after its legal form: a comma, a full stop, a dash (not a line's end
# alone: a line of tags, "mining, trade unions, Kelby Oil, Tarnamäe", lists its words).
_SEAT_CLOSES = re.compile(r"[ \t]*(?:[,.;)]|[–—-]\s)")
_ADDRESSED = frozenset(("School", "College", "Academy", "Church", "Hospital", "Surgery", "Library", "Station"))
# A capitalised word joined to a lower-case adjective by a hyphen after a name (" Kong-listed", " York-based").
_HYPHENED_AFTER = re.compile(r" ([A-Z][\w’']*)-[a-z]")
# A capitalised word just before an en dash ("Huron–", "London–").
_CAP_WORD_BEFORE_DASH = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*$")


# A member of a council or an assembly before "who represents" and the seat.
_MEMBER_BEFORE = re.compile(r"(?:\b(?:Coun|Cllr|Sen|Rep)\.|\b(?:Councillor|Councilor|Cllr|[Cc]ouncillors?|"
                            r"[Cc]ouncilors?|"
                            r"[Cc]ouncilman|[Cc]ouncilwoman|[Aa]lderman|MP|MPP|MLA|MSP|MS|MNA|MHA|TD|MCA|[Ss]enator|"
                            r"[Cc]ongress(?:man|woman)|[Aa]ssembly(?:man|woman|member))\b)[^.!?\n]*$")


# Days of the week: after a name they date the sentence ("told Clinton Friday", "met Joe Monday"), no surname.
_WEEKDAYS = frozenset(_WEEKDAY_ALT.lower().split("|") + "mon tue tues wed thu thurs fri sat sun".split())
# Verbs that give a name after a noun of its kind ("a company called X"); "launched", "unveiled" name products.
_NAMING_VERBS = frozenset(("called", "named", "dubbed"))
# A generational suffix after a person's name, with or without a comma ("Bob Casey Jr.", "John Doe, Sr.", "Ann Roe III",
# "Jo Doe jnr"): the table name_suffixes.
_NAME_SUFFIX_AFTER = re.compile(
    r",? (" + "|".join(re.escape(g) + (r"\.?" if len(g) == 2 and g[1:].islower() else "")
                       for g in sorted(_rules()["name_suffixes"], key=len, reverse=True) if len(g) < 5)
    + r")(?![\w’'-])| (" + "|".join(g for g in sorted(_rules()["name_suffixes"]) if len(g) >= 5) + r")(?=[,.;:)])")
# (a numeral's or "jnr"'s full stop ends the sentence: "Jo Doe III.", "said Jo Doe jnr."; "Jr." and "Sr." keep theirs;
# a word spelt out, no comma before it, only before a stop: "Hugh Doe junior, 34,", not "Jo Doe, senior adviser")
# Regions named by a compass word after "the" ("the West", "the Midwest").
_COMPASS_REGIONS = frozenset(("North", "South", "East", "West", "Midwest", "Northeast", "Northwest", "Southeast",
                              "Southwest", "Mideast"))
# An ordinal number just before a name ("36th Street", "2nd District"); its ending read first, without a search.
_ORDINAL_ENDS = frozenset(("st", "nd", "rd", "th"))
# The last word of a constituency named by its part of a town or county ("Kelby Central", "Ashby North East").
_SEAT_ENDS = _COMPASS_REGIONS | {"Central"}
_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th) $")
def _firm_word_last(name: str) -> bool:
    """A firm's word closes ``name``: a legal form ("Ltd"), "Co." or "Company", a firm's whole ending ("Motors",
    "Energy") or a property firm's word ("Holdings", "Associates")."""
    R, last = _rules(), name.split()[-1]
    return last.rstrip(".") in R["legal_forms"] or last in R["company_tails"] or last in R["firm_whole_endings"] \
        or last in R["address_company_words"]


# A person's age and "of" or "from" before a name: the name is where they live ("Jo Doe, 44, of Springfield",
# "Jo Doe, 44, from Hillside, Springfield"; a district and its town).
_AGE_OF_BEFORE = re.compile(r"(?:,\s?\d{1,3}|\s\(\d{1,3}\)),\s(?:of|from)\s(?:[A-Z][\w’'-]*,?\s){0,2}$")  # (an age in
# brackets too: "Jo Doe (38), of Cloonoo, Kelby")
# "in", "across" ... before a capitalised word and "and" or a comma (the first of a list of places: "across Hexley
# and Marden", "in Hexley, Marden and Lusk"), and
# the word before the preposition ("a stake in Acme and Beta" names no place; nor "in Black and Brown communities").
# Each place may have "the" before it and up to three words ("across Castle Ward, the Vale and Marden").
_UC = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"  # capitals, Latin-1 and Latin Extended-A ("Ōtara", "Ærø")
_PLACE_ITEM = rf"(?:the )?[{_UC}][\w’'-]+(?: [{_UC}][\w’'-]+){{0,2}}"
_PLACE_AND_BEFORE = re.compile(rf"(?:([\w’'-]+) )?([a-z]+) (?:the )?([{_UC}][\w’'-]+)(?: [{_UC}][\w’'-]+){{0,2}}"
                               rf"(?:, {_PLACE_ITEM}){{0,4}},? (?:and |or )?(?:the )?$")
# Members whose "for" names their seat ("the Member for Marden", "TD for Cavan-Monaghan" via the abbreviations).
_MEMBERS_OF_SEATS = frozenset(("member", "councillor", "councilor", "assemblyman", "assemblywoman", "assemblymember",
                               "senator"))
# Settlements and areas whose "of" names them ("the village of Kilby", "the town of Marden"; other countries'
# provinces: ``province_words_of``).
_SETTLEMENTS = frozenset(("village", "town", "city", "hamlet", "parish", "suburb", "borough", "township", "county",
                          "province", "state", "island", "region", "district", "municipality",
                          # the people of a place ("residents of Stainmore", "the people of Flint")
                          "residents", "villagers", "townspeople", "householders", "people"))
# A plural noun of places and "including", "like" or "such as", then a list of capitalised names: each is a place.
_PLACE_LIST_BEFORE = re.compile(r"\b(?:cities|towns|villages|states|countries|suburbs|districts|regions|provinces|"
                                r"counties|areas|places|capitals|municipalities) (?:including|like|such as) "
                                r"(?:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?,? (?:and |or )?){0,6}$")
_LIST_WORDS = frozenset((",", "and", "or", "including", "like", "as"))
# A list going on after a name ("Hexley, Marden and Lusk": after "Marden"); not "in Iowa, Doe said".
_LIST_GOES_ON = re.compile(rf"(?:,| and| or) (?:the )?[{_UC}]")
# Titles whose "of" names a town, a county or a state ("mayor of Springfield", "governor of Ohio").
_HEADS_OF_PLACES = frozenset(("mayor", "mayors", "governor", "governors", "alderman", "sheriff"))
# (and before "of" only, ``heads_of_provinces_before_of``: "the wali of Kelby")
# Role words after a name that do not make it the employer ("Acme rival", "Acme investor").
_NOT_EMPLOYER = frozenset(("partner", "rival", "investor", "owner", "mayor"))  # (a town has a mayor)
# Organisation nouns after a name that do not make it an organisation ("Acme group", "Acme rival").
_NOT_ORG_AFTER = frozenset(("group", "team", "unit", "network", "platform", "site", "rival", "owner", "investor",
                            "client", "backer", "shareholder", "creditor"))


# A preposition of place just before a name ("a clerk in Goaso, who ...").
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|from|at|near|outside) $")
# A preposition of place or of motion to a place just before a name ("drove into Don Benito", "flights at Don Mueang").
_STYLE_PLACE_BEFORE = re.compile(r"\b(?:in|into|from|at|near|outside|towards|via) $")
# A preposition that places a one-word name as a town: what follows its comma is about another ("a maker in Kelby,
# has been deputy manager", "At the signing in Kelby, the board's chairman said"; opening a sentence too: "In Kelby,
# the paint maker Acme said").
_TOWN_PREPOSITION_BEFORE = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Oo]utside) $")
# Transport before a stop: a name before both is the stop's place ("Kencom bus stage", "Ashby rail station").
_TRANSPORT = frozenset(("bus", "rail", "railway", "train", "tram", "tube", "metro", "ferry", "taxi", "coach"))
_STOPS = frozenset(("station", "stop", "rank", "terminal"))
# A state, a province or a country written with "-based" after a town and a comma (", California-based").
_REGION_BASED = re.compile(r", ([A-Z][\w.]*(?: [A-Z][\w.]*)?)-based\b")


# " to " a place and a route noun after a name: the name is where the route starts ("the Lochby to Uig route")
_ROUTE_AFTER = re.compile(r" to (?:[A-Z][\w’'-]+ ){1,2}(?:route|service|crossing|sailings?|ferry|road|line|railway|"
                          r"flights?|bus|buses|trains?)\b")
_PAIR_BEFORE_A_WORD = re.compile(r" and (?:[A-Z][\w’'-]* ){1,3}([a-z]+)\b")  # " and Ema Kombi models"


def _after_cues(c: _Cand, run: list, words: list[str], text: str, aw: list[str]) -> None:
    """Cues from the words after the run (``aw``, see :func:`_words_after`): "Acme's shares", "X model", "Acme
    executive", ", who", an age."""
    R = _rules()
    cues = c.cues
    a0 = aw[0].lower() if aw else ""
    a1 = aw[1].lower() if len(aw) > 1 else ""
    if run[-1].poss and a0 in _ORG_POSSESSED:
        cues["organisation"] += 2
    if text.startswith(", ", c.end) and (m := _REGION_BASED.match(text, c.end)) and m.group(1) in R["places"]:
        cues["place"] += 4  # "the Palo Alto, California-based firm": a town and its state before "-based"
    if not run[-1].poss:
        _noun_cues_after(c, words, text, aw, a0, a1)
        _seat_cues_after(c, run, words, text, aw, a0)
    end = run[-1].end
    _place_cues_after(c, text, end)
    if not run[-1].poss and a0.isalpha() and a0.islower() and words[0].lower() not in R["given_names"] \
            and _ITS_AFTER.match(text, end, end + 60) and not (cues.get("person", 0) and a0 in _SPEECH) \
            and not (_INDEFINITE_BEFORE.search(text, max(0, c.start - 24), c.start) and c.name in _world_places()):
        cues["organisation"] += 2  # "Goldman Sachs raised its target": the subject of "its" is a body (not after
        # a role and before a verb of saying: "spokeswoman Jo Doe said two of its units": the body's, reported; nor
        # a town of the gazetteer after "a": "A Kelso agricultural contractor and its director")
    if text.startswith(",", end) and _AGE_AFTER.match(text, end, end + 80):
        cues["person"] += 3  # "Jane Doe, 25,": an age
    _relative_cues_after(c, words, text, a0, a1)


def _noun_cues_after(c: _Cand, words: list[str], text: str, aw: list[str], a0: str, a1: str) -> None:
    """Cues from the noun after a name with no possessive: "X model", "Kencom bus stage", "Acme executive", "the
    Ford government", "Jo Doe of Acme"."""
    R, cues = _rules(), c.cues
    if (a0 in R["product_after"] or (a0 == "and" and (m := _PAIR_BEFORE_A_WORD.match(text, c.end))
                                     and m.group(1).lower() in R["product_after"])) and not c.version:
        cues["product"] += 3  # "the Acme X1 model"; "the Vela Ema and Ema Kombi models": both are models
    if (a0 in R["facility_after"] and not (a0 == "town" and a1 == "hall") and not _verb_reading(text, c, a0)) \
            or (a0 == "data" and a1 in ("centre", "center", "centres", "centers")) \
            or (a0 in _TRANSPORT and a1 in R["facility_after"] | _STOPS) \
            or _lower_tier_after(c, text, a0, a1):  # "the Kencom bus stage", "from Kelby sub-county"
        cues["place"] += 3
    if a0 in R["dwellers"] and not _common_word(c.name):
        cues["place"] += 3  # "Ōtara resident Mere Tane", "a Stratford farmer": where they live, no employer
    elif a0 in R["land_holders"] and not _common_word(c.name) and _named_before_a_land_word(c.name, text):
        cues["place"] += 3  # "the Kelby landowners ... Kelby Atoll": the land they hold (not a people's name only:
        # "the Tarnbarra landowners")
    elif (a0 in R["person_roles"] or (len(words) == 2 and a0[-1:] == "s" and a0[:-1] in R["person_roles"])) \
            and a0 not in _NOT_EMPLOYER and a0[:-1] not in _NOT_EMPLOYER \
            and (len(words) <= 2 or (len(words) == 3 and a0 in R["person_roles"])) \
            and words[0].lower().rstrip(".") not in R["given_names"] \
            and text[c.start - 3:c.start] not in ("’s ", "'s ") and not _OUR_JUST_BEFORE.search(text, max(0, c.start - 5),
                                                                                           c.start):
        cues["organisation"] += 2  # "Acme executive", "Acme insider", "Goldman Sachs analysts": the employer
        # (not after an owner: in "Labour's Westbury candidate", "the BBC's Paris correspondent" the owner employs;
        # nor after "our": "From our Kelby Correspondent" is the paper's, in Kelby)
        # (a plural only after two words: "Trump aides" are no staff of a company called Trump)
    leader = a0 in R["leader_nouns"] or (a0[-2:] in ("'s", "’s") and a0[:-2] in R["leader_nouns"])
    if len(words) == 1 and leader:
        cues["person"] += 2  # "the Ford government", "the Biden administration('s)": the leader
    if a0 == "of" and len(aw) > 1 and aw[1][:1].isupper() and 2 <= len(words) <= 3 and _name_like(c.name) \
            and text[max(0, c.start - 4):c.start].lower() != "the ":
        cues["person"] += 1  # "Jo Doe of Acme": a person and the body they belong to (not after "the": "the
        # Directorate General of Roads", "the Green Union of Kelby": a body's name and its seat or field)
    if a0 in R["org_nouns"] and a0 not in _NOT_ORG_AFTER:
        cues["organisation"] += 1
    elif a0 in ("branch", "chapter") and a1 in R["person_roles"]:
        cues["organisation"] += 2  # "Unison branch secretary Jo Doe": a body's local unit
    if a0 in _REPORTING and not _IN_A_PLACE_BEFORE.search(text, max(0, c.start - 24), c.start):
        cues["speaks"] += 1  # (not after "in", "near", "in the" or "near the": "a cable-car company in the Ötztal
        # told the court", "Fishermen in Galibi said")


# "in" or "near" (and "the") just before a name, or "at" after a lower-case word ("the sea wall at Nakasi said"): the
# name sits in a phrase of place, no subject of a verb after it
_IN_A_PLACE_BEFORE = re.compile(r"\b(?:in|near) (?:the )?$|\b[a-z]+ at (?:the )?$")


def _named_before_a_land_word(name: str, text: str) -> bool:
    """Whether the story gives ``name`` before a land form's word that ends a place's name (``place_suffixes``:
    "Kelby Atoll", "the Tarno Valley")."""
    suffixes = _rules()["place_suffixes"]
    return any(m.group(1) in suffixes for m in re.finditer(re.escape(name) + r" ([A-Z]\w+)", text))


def _lower_tier_after(c: _Cand, text: str, a0: str, a1: str) -> bool:
    """A lower tier of local government after the name (``lower_tiers_after``: "from Kelby sub-county", "the Tarno
    regency"), no "a" before ("a Trump county"), the name no abbreviation in capitals nor a known body ("the GOP
    county chairman"), and a listed place or no role nor a body's unit after ("Nakuru county assembly"; not "Jubilee
    county assembly members", "Golkar regency chairman": a party's local branch)."""
    R = _rules()
    if a0 not in R["lower_tiers_after"] or c.name.isupper() or c.name in R["known_organisations"] \
            or _A_OR_AN_BEFORE.search(text, max(0, c.start - 9), c.start):
        return False
    return c.name in R["places"] or not (a1 in R["person_roles"] or a1 in R["org_nouns"] or a1 in R["tier_units_after"])


def _seat_cues_after(c: _Cand, run: list, words: list[str], text: str, aw: list[str], a0: str) -> None:
    """Cues of a seat, a state or a town from a member, an election or a head of a place after the name: "Ashby and
    Fenwick MP Jo Doe", "the Kelby North by-election", "Greenstone Mayor Jo Doe"."""
    R, cues = _rules(), c.cues
    if aw and len(aw) > 1 and (aw[1][:1].isupper() or _THE_BEFORE.search(text, max(0, c.start - 5), c.start)) \
            and (aw[0] in R["member_abbreviations"] or (aw[0] == "and" and R["seat_after"].match(text, run[-1].end))) \
            and _constituency(words, c.name):
        cues["place"] += 6 if words[-1] in _SEAT_ENDS else 3  # "Ashby and Fenwick MP Jo Doe", "the Kelby Central
        # MP said": the member's constituency (not "Labour MP Jo Doe"); "Kelby Central" a seat, not a person
    elif a0 in R["election_nouns"] and aw[0].islower() and _constituency(words, c.name) \
            and not _verb_reading(text, c, a0) and not (a0 in R["held_seat_nouns"] and _seat_holder(text, words)):
        cues["place"] += 6 if words[-1] in _SEAT_ENDS else 3  # "the Kelby North by-election", "the Tarno
        # constituency": the seat an election is held in, a place
    elif len(words) >= 2 and words[-1] in R["region_words"] and a0 in _HEADS_OF_PLACES and aw[0].islower():
        cues["place"] += 4  # "the Kano State governor", "the Aceh Province governor": the state, a place
    elif aw and len(aw) > 1 and aw[0].lower() in _HEADS_OF_PLACES and (aw[0][:1].isupper() or aw[0] == "mayor") \
            and (aw[1].lower() in R["given_names"] or aw[0] == "mayor" and aw[1][:1].isupper()) \
            and _constituency(words, c.name):
        cues["place"] += 3  # "Greenstone Mayor Jo Doe", "Kelby mayor Sizwe Doe": the town (not "Acme Corp
        # Governor ...": a body word; only a town has a mayor)


# A comma, a weekday and a date after a name, closing the line (", Tuesday, October 14, 1997", ", Monday 3
# March"): where the page or the report is dated.
_WEEKDAY_AND_DATE_AFTER = re.compile(r", (?:" + _WEEKDAY_ALT + r"),? (?:\d{1,2} )?(?:" + _MONTH_ALT
                                     + r")(?: \d{1,2})?(?:,? \d{4})?[ \t]*(?:\n|$)")


def _place_cues_after(c: _Cand, text: str, end: int) -> None:
    """Cues of a place from the text just after the name (``end``): "Hong Kong-listed", "The Hague", "is a market
    town", "the Lochby to Uig route", "Scarborough–Guildwood"."""
    R, cues = _rules(), c.cues
    if text.startswith(" ", end) and (m := _HYPHENED_AFTER.match(text, end)) \
            and f"{c.name} {m.group(1)}" in R["places"]:
        cues["place"] += 5  # "Hong Kong-listed", "New York-based": the rest of a place went with its adjective
    if text.endswith("The ", 0, c.start) and f"The {c.name}" in R["places"]:
        cues["place"] += 5  # "in The Hague", "The Gambia's capital": a place whose name keeps its article
    if R["settlement_after_is"].match(text, end, end + 60):
        cues["place"] += 3  # "Kelby is a market town nearby": the story says the name is a place
    if _volcano(c, text, end):
        cues["place"] += 3  # "the Kelby volcano", "the eruption of Tarno", "ash fell after Kelby erupted": a volcano
    if " " not in c.name and R["place_official_after_possessive"].match(text, end) and _no_party_word(c.name) \
            and c.name not in R["known_organisations"] and _a_place_elsewhere(c.name, text):
        cues["place"] += 3  # "Kelby's economy minister", "Tarno's mayor": the place they govern (a leader's or a
        # party's ministers too, "Doe's defence minister": only a name the gazetteer or the story makes a place)
    if text.startswith(" to ", end) and _ROUTE_AFTER.match(text, end):
        cues["place"] += 3  # "the Lochby to Uig route", "the Ashby to Kelby road": a route between two places
    if text.startswith("–", end) and text[end + 1:end + 2].isupper() and not _common_word(c.name):
        cues["place"] += 3  # "Scarborough–Guildwood", "London–Paris": a riding or a route of two places
    if text.startswith(", ", end) and (c.start == 0 or text[c.start - 1] == "\n") \
            and _WEEKDAY_AND_DATE_AFTER.match(text, end) and c.name in _world_places() \
            and (" " not in c.name or c.name.split()[0].lower() not in _rules()["given_names"]):
        cues["place"] += 5  # "Lusaka, Tuesday, October 14, 1997" opening a line: a masthead's or a dateline's
        # place and date (a town of the gazetteer only, and none opened by a given name: a wire's, a group's or a
        # byline's name is dated so too, "Jo Doe, Monday, March 3", and towns are named after people)


# A person's name of two capitalised words, then "of", "at" or "from" (and "the") just before another name: the
# second is the first's body or home ("Jo Doe of Kelby Rights Watch", "Jo Doe at the Tarno Institute"; not one
# word, a noun or a preposition's head: "Relatives of Jo Roe, who", "Because of Roe, who"; the first word no
# function word: "The Friends of Jo Roe, who").
_AFFILIATION_BEFORE = re.compile(r"\b([A-Z][\w’'.-]*) [A-Z][\w’'.-]* (?:of|at|from) (?:the )?$")


def _relative_cues_after(c: _Cand, words: list[str], text: str, a0: str, a1: str) -> None:
    """Cues from ", who" (a person, or a side named by a plural) and ", which" (a body) after the name."""
    R, cues = _rules(), c.cues
    if a0 == "," and a1 == "who":
        if (len(words) == 1 and _PLACE_PREPOSITION_BEFORE.search(text, max(0, c.start - 8), c.start)) \
                or _someone_placed_before(text, c.start):
            pass  # "A clerk in Goaso, who asked not to be named": "who" is the clerk, the name a place
        elif (m := _AFFILIATION_BEFORE.search(text, max(0, c.start - 50), c.start)) \
                and m.group(1).lower() not in R["function_words"]:
            cues["organisation"] += 1  # "said Jo Doe of Kelby Rights Watch, who observed the vote": "who" is Jo
            # Doe, the name her body (weak: a place outvotes it, "Jo Doe of New York, who ...")
        elif _plural_in_a_name(words[-1]) and _THE_BEFORE.search(text, max(0, c.start - 5), c.start) \
                and words[-1].lower().rstrip("s") not in R["given_names"]:
            cues["organisation"] += 2  # "the Highlanders, who play in Dunedin": a side named by a plural, no person
        else:
            cues["person"] += 2
    elif a0 == "," and a1 == "which":
        cues["organisation"] += 1


# "a", "an" or "one", at most two words, a noun, then a preposition of place before a name ("A coffee trader in ",
# "an elderly farmer from ", "A ferry captain near ", "One mother on ").
_SOMEONE_PLACED_BEFORE = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Oo]ne) (?:[\w’'-]+ ){0,2}?([a-z][\w-]*) "
                                    r"(?:in|from|near|outside|on) $")


def _someone_placed_before(text: str, start: int) -> bool:
    """An unnamed person ("a"/"an" and a person's noun, :func:`_person_nouns`) placed by a preposition just before
    the name ("A bus driver in Puerto Tarno, who asked not to be named", "a ferry captain from Port Kelby, who"):
    the relative clause after the name is that person's, the name the place (not "a letter from Jo Doe, who")."""
    m = _SOMEONE_PLACED_BEFORE.search(text, max(0, start - 60), start)
    return m is not None and m.group(1).lower() in _person_nouns()


def _verb_reading(text: str, c: _Cand, a0: str) -> bool:
    """A seat's noun after a name that is also a verb's form (``election_nouns_after_the``) with no "the" or
    possessive (``seat_determiners``) before the name: "Acme riding the AI boom", "With Jo Doe riding high in the
    polls" (not "the Ashby riding", "lost his Ashby riding")."""
    R = _rules()
    return a0 in R["election_nouns_after_the"] and not R["seat_determiner_before"].search(
        text, max(0, c.start - 7), c.start)


def _seat_holder(text: str, words: list[str]) -> bool:
    """Whether a name before "seat" (``held_seat_nouns``) names the seat's holder, no place: opened by a listed given
    name; or one word no gazetteer lists that is a given name, a surname's shape or a person's last name elsewhere in
    the story, after a given name or a title ("the Kell seat" ... "Senator Jo Kell")."""
    R, name = _rules(), words[0]
    if len(words) > 1:
        return name.lower() in R["given_names"]  # ("the Jo Kell seat")
    if name in R["places"] or name in _world_places():
        return False
    if name.lower() in R["given_names"] or _SURNAME_SHAPE.fullmatch(name):
        return True
    before = (m.group(1).lower().rstrip(".") for m in re.finditer(r"\b([A-Z][\w.]*) " + re.escape(name) + r"\b", text))
    return any(w in R["given_names"] or w in R["honorifics"] for w in before)


def _constituency(words: list[str], name: str) -> bool:
    """Whether a name before a member's abbreviation and a name ("X MP Jo Doe") is a constituency, not a party: no
    party word, nationality word, known body or abbreviation in it ("Green MP", "Scottish Labour MSP", "SNP MP")."""
    R = _rules()
    return not name.isupper() and name not in R["known_organisations"] and not any(
        w in R["member_parties"] or _demonym(w) or w in R["known_organisations"] or w.lower() in R["org_words"]
        for w in words)


def _region_phrase(aw: list[str]) -> bool:
    """", in the" and a word of a region (``region_phrase_words_after_in_the``), or ", in" and a listed place, after
    a name: where the name lies ("Kelby, in the southern province of Tarno"; not "Acme, in a statement,")."""
    if len(aw) < 3 or aw[1] != "in":
        return False
    R = _rules()
    if aw[2] == "the":
        return len(aw) > 3 and aw[3].lower() in R["region_phrase_words_after_in_the"]
    return aw[2] in R["places"] or aw[2] in _world_places()


def _appositive_cues(c: _Cand, aw: list[str]) -> None:
    """An appositive after a comma: ", a popular investor", ", portfolio manager", ", the company"."""
    R = _rules()
    if not aw or aw[0] != "," or len(aw) <= 2 or aw[1].lower() in ("who", "which") \
            or aw[1] in R["location_phrase_openers"] or _region_phrase(aw) or _next_item_of_a_list(aw):
        return  # (nor a phrase of location: "in Kelby, next to a building site"; nor the next item of a list:
        # "in Kelby, and the plastics maker Tarno Ltd")
    app = [w.lower() for w in aw[1:7]]
    if app[0] in R["counsel_participles"]:
        c.cues["person"] += 2  # "Jo Doe, appearing for the committee,": counsel, not the body named after
        return
    if app[0] == "for":
        return  # ("Jo Doe, for the company, said": whom one speaks for, no appositive)
    off = 1
    if app and app[0] in ("a", "an", "the", "former", "its", "his", "her"):
        app, off = app[1:], 2
    for k, w in enumerate(app[:5]):
        if _role_word(w, c.name) or _hyphened_role(w) \
                or aw[off + k] in R["role_abbreviations"] and _appositive_head(aw, off + k):
            # (", an MP for the Kelby Party"; not ", an MP expenses website": the abbreviation modifies a noun)
            if k <= 1 and off + k + 1 < len(aw) and (nxt := aw[off + k + 1])[:1].isupper() \
                    and nxt.lower() not in R["stopwords"] and not _title_word(nxt) and nxt.lower() not in R["org_words"]:
                return  # "In Kelby, tribal administrator Jo Doe said": the role is the next name's, not this one's
                # (not "Jo Doe, appearing for the Attorney General": a title goes on)
            c.cues["person"] += 1 if w in ("rival", "owner", "investor", "partner", "member") else 2
            return
        if w in R["org_nouns"]:
            if k + 1 < len(app) and app[k + 1] in R["person_roles"]:
                continue  # "a tea party activist", "a bank executive": the body modifies a person's role
            if aw[1] == "of" and (_name_like(c.name) or c.cues["person"] > 0):
                return  # "Jo Kelbo Tarn, of the opposition group Tarno Unida,": the body the person belongs to
                # (a name a role stands before already counts as one: "Assembly member Rémi Tarn, of the party")
            c.cues["organisation"] += 2
            return
        if w in R["product_appositive"]:
            if k + 1 < len(app) and app[k + 1] in R["person_roles"] and " " in c.name and _name_like(c.name):
                continue  # ", product manager at ...", ", a film producer": the thing modifies a person's role,
                # after a person's name (not a word alone: "Tarnix, a game developer, said it ...", a company)
            c.cues["product"] += 2
            return
        if w in (",", "(", "that", "who", "which") or w in _SPEECH or w.endswith("ed"):
            break  # the appositive has ended: "Jane Doe, told analysts that the company ..."
    if app and is_age_word(app[0]) and _person_head(aw, off + 1):
        c.cues["person"] += 2  # ", a 41-year-old former commander", ", a 41-year-old,": a person's age (not ", a
        # 30-year-old tanker", ", a 100-year-old company": a thing's or a body's, its noun no person's)


# an age written as one word ("41-year-old", "nine-year-old", "seventy-nine-year-old"; see is_age_word)
_AGE_WORD = re.compile(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old")


def is_age_word(word: str) -> bool:
    """Whether ``word`` is an age written as one word, in digits or in letters (the one copy of this pattern,
    which :mod:`analysis.quotes` reads too).

    >>> is_age_word("41-year-old"), is_age_word("seventy-nine-year-old"), is_age_word("41-years")
    (True, True, False)
    """
    return _AGE_WORD.fullmatch(word) is not None


def _role_word(lw: str, name: str) -> bool:
    """A person's role word (``person_roles``), or one of ``succession_roles`` beside a person-shaped name ("her
    predecessor Jo Doe"; not "its predecessor Tarnavia", "Kelbyflex, the successor to ...")."""
    R = _rules()
    return lw in R["person_roles"] or lw in R["succession_roles"] and _person_shaped(name)


def _hyphened_role(lw: str) -> bool:
    """A role written as one hyphened word of role words ("secretary-general", "director-general",
    "editor-in-chief"): its first part a person's role and every other part a role or a small word."""
    parts, R = lw.split("-"), _rules()
    return len(parts) > 1 and parts[0] in R["person_roles"] \
        and all(p in R["person_roles"] or p in R["stopwords"] for p in parts[1:])


def _appositive_head(aw: list[str], k: int) -> bool:
    """Whether the word at ``aw[k]`` heads the appositive: nothing, a comma, a bracket or a small word after it (",
    an MP for Kelby", ", a Labour MP, said"; not ", an MP expenses website")."""
    return k + 1 >= len(aw) or aw[k + 1] in (",", "(") or aw[k + 1].lower() in _rules()["stopwords"]


def _person_head(aw: list[str], k: int) -> bool:
    """Whether the noun the appositive's words from ``aw[k]`` close on (before a comma, a bracket, a small word or
    the sentence's end) is a person's (:func:`_person_nouns`) or a nationality's, or there is none (", a
    41-year-old, said", ", a 41-year-old Kelbian")."""
    stops = _rules()["stopwords"]
    words = list(takewhile(lambda w: w not in (",", "(") and w.lower() not in stops and w not in _SPEECH, aw[k:]))
    return not words or words[-1].lower().split("-")[0] in _person_nouns() or _demonym(words[-1])


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset:
    """Nouns of a person: the roles and dwellers of ``stakeholders_rules.yml`` and the person nouns, the nouns of
    one sex and the titles that :mod:`analysis.quotes` reads (``quotes_words.yml``), so that both modules agree."""
    R = _rules()
    raw = _quotes_words()
    return R["person_roles"] | R["dwellers"] | R["home_roles_before_from"] | frozenset(
        str(w) for t in ("person_nouns", "female_nouns", "male_nouns", "titles") for w in raw[t])


def _next_item_of_a_list(aw: list[str]) -> bool:
    """", and the", ", or a" after a name opens the next item of a list, no appositive ("in Kelby, and the plastics
    maker Tarno Ltd"), or a body's people ("backed by Kelby, and the fund's chief executive said"); not the kin or
    the people of a person the name is, whom a possessive of a word for no body names ("Police detained Kelby, and
    the suspect's brother was held": the role word after it still reads as the person's)."""
    R, k = _rules(), 2
    while k < min(len(aw) - 1, 5) and (aw[k] in R["list_adverbs"] or aw[k].endswith("ly") and aw[k].isalpha()
                                       and aw[k].islower()):
        k += 1  # (", and surely not the council", ", or even the board")
    if aw[1] not in ("and", "or") or aw[k].lower() not in ("the", "a", "an"):
        return False
    owner = aw[k + 1] if len(aw) > k + 1 else ""
    if not owner.endswith(("'s", "’s")):
        return True
    return owner[:-2].lower() in R["org_nouns"]


# --------------------------------------------------------------------------
# Clustering: aliases into stakeholders
# --------------------------------------------------------------------------
def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _case_groups(cands: list[_Cand]) -> tuple[dict[str, list[_Cand]], dict[str, str]]:
    """Candidates grouped by name, an all-caps form folded into the normal one ("PENCE" / "Pence")."""
    by_name: dict[str, list[_Cand]] = defaultdict(list)
    for c in cands:
        by_name[c.name].append(c)
    lower_map: dict[str, str] = {}
    for nm in sorted(by_name, key=lambda x: by_name[x][0].start):
        if not nm.isupper() or len(nm) < 4:
            lower_map.setdefault(nm.lower(), nm)
    canon_of = {nm: lower_map.get(nm.lower(), nm) for nm in by_name}
    groups: dict[str, list[_Cand]] = defaultdict(list)
    for nm, cs in by_name.items():
        groups[canon_of[nm]].extend(cs)
    for cs in groups.values():
        cs.sort(key=lambda c: c.start)
    return groups, canon_of


def _pooled(counters) -> Counter:
    """The sum of cue counts (all positive: the same as adding the Counters, without a new one for each).

    Added key by key: the same counts, in the same key order, as ``Counter.update``, which first asks
    whether its argument is a mapping (slower than the few additions themselves).
    """
    out: Counter = _new_counter()
    get = out.get
    for c in counters:
        for k, v in c.items():
            out[k] = get(k, 0) + v
    return out


# A Chinese or Korean given name of two syllables joined by a hyphen, the second in lower case ("Ka-ming", "Tsz-hin",
# "Ki-moon"): the word before it is the family name, which the story uses alone ("Lam Ka-wing ... Mr Lam"), whether
# an English given name opens the name or not ("Alan Poon Tsz-kit ... Poon").  (A double-barrelled surname has a
# capital after its hyphen: "Sarpong-Keteku".)
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")


# Chambers of a legislature of two houses, named alone: a story that names one of them has a "House" of its own.
_CHAMBERS = ("Senate", "Congress", "Commons", "Lords", "Representatives", "Bundesrat", "Seanad")
# The last word of a legislature's name ("Parliament", "the National Assembly", "the Ontario Legislature").
_ONE_HOUSE = ("Parliament", "Assembly", "Legislature")


# Mongolian style writes the initial of the father's name (one letter or two) and a full stop glued to the given
# name ("D.Batmunkh", "Ts.Oyuntuya", "Kh.Enkhjargal"); the name alone later is the same person.
_GLUED_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.)+(?=[A-Z][a-z]{2})")



def _glued_initial_name(name: str) -> bool:
    """A name of the Mongolian style, initials glued to a given name ("D.Batmunkh"), not "St.Louis" nor a place."""
    g = _GLUED_INITIALS.match(name)
    return g is not None and g.group().split(".")[0] not in _rules()["place_abbreviations"] \
        and name[g.end():] not in _rules()["places"] \
        and not _common_word(name[g.end():])


# The word just before a mention ("Mr " before "Tarno").
_WORD_BEFORE = re.compile(r"([\w.’']+) $")


def _word_before(text: str, start: int) -> str:
    """The word just before ``start``, in lower case and without a full stop ("rev" before "Rev. Doe"), else ''."""
    b = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return b.group(1).lower().rstrip(".") if b else ""


def _title_before(text: str, start: int, titles: frozenset) -> bool:
    """Whether one of ``titles`` (lower case, no full stop) is the word just before ``start``."""
    return _word_before(text, start) in titles


def _inner_name_called(words: list[str], k: int, courtesy_full: bool) -> bool:
    """Whether the ``k``-th word inside a person's name is how the story names that person again, by the name's
    shape: a personal name after "Mohamed" or "Muhammad" (``name_opening_elements``), a Chinese family name after a
    Western given name, itself and the words after it romanised syllables
    (``chinese_name_syllables``: "Kevin Ong Jun Hao", or joined by a hyphen, "Yuet-ngor"); a word after a particle ("Maria da Graça Doe") or before a
    patronymic one ("Ahmad Hafiz bin Yusof"); a Spanish first surname (``first_surname_endings``: "Ana María López
    Ortega"); or any word inside a whole name written after a courtesy title (``courtesy_full``: "Mr Azlan Hakim
    Yusof", Singapore and Malaysian style).  Not a US middle or maiden name ("Jane Moore Doe", "Jo Paul Roe")."""
    R = _rules()
    if all(w in R["chinese_name_syllables"] or (i and _HYPHENED_GIVEN.fullmatch(w)) for i, w in enumerate(words[k:])):
        return True  # (a given name's syllables joined by a hyphen too: "Carrie Lam Cheng Yuet-ngor")
    if words[k - 1] in R["name_particles"] or words[k + 1] in R["patronymic_particles"] \
            or (k == 1 and (words[0].rstrip(".") in R["name_opening_elements"]
                            or (len(words) == 3 and words[0] in R["opening_given_names"]))):
        return True  # ("Mohamed Faizal Ismail ... Mr Faizal": the personal name after the Prophet's)
    return (k == len(words) - 2 and (words[k].endswith(R["first_surname_endings"]) or _iberian_shaped(words))) \
        or courtesy_full \
        or (k == len(words) - 3 and words[k + 1] in R["name_particles"])  # ("Ana Tarno de Kelby": Ms Tarno)


# ", a" or ", an" after a name: an introduction ("Mr. Lopez, a union spokesman"): of someone new before any longer
# name that holds the word.
_INTRODUCED_AFTER = re.compile(r",\s+(?:a|an)\s")
# An appositive after a bare surname ("Roe, the health minister,", "Roe, his cousin,", "Roe, a teacher,"): someone
# introduced there, not a person named before by a longer name.
_APPOSITIVE_AFTER = re.compile(r",\s+(?:a|an|the|his|her|their)\s")
# "it" or "its" opening what a verb of saying after a bare name reports ("Tarn said its sales rose", "Tarn said on
# Monday it would ..."; not "Tarn dedicated it to ...", "Tarn said the board would meet before its next ..."): a
# body's name.
_IT_LATER = re.compile(r"\s+(?:said|says|added|announced|confirmed|stated)"
                       r"(?:\s+(?:on|in|last|this)\s+[\w ]{1,25}?)?\s+(?:that\s+)?its?\b")


# After a bare surname, someone else introduced: an age ("Roe, 45,"), "no relation", "not related", or "who" and a
# role ("Roe, who chairs the committee,", "Roe, who is the mayor,").
_SOMEONE_NEW_AFTER = re.compile(r",\s+(?:\d{1,3},|(?:who\s+(?:is\s+|was\s+)?)?(?:no\s+relation|not\s+related)\b"
                                r"|who\s+(?:(?:is|was)\s+(?:a|an|the|also)|chairs|heads|leads|runs|directs|manages|owns|"
                                r"represents|serves|coaches|teaches)\b)")
# An apposition with an article or an age after a name (", an engineer who ...", ", the minister,", ", 63,").
_ARTICLE_OR_AGE_AFTER = re.compile(r",\s+(?:(?:a|an|the)\s|\d{1,3},)")
# The text of an apposition after a name, to its next comma or stop (", the mayor's brother,").
_APPOSITION_TEXT = re.compile(r",\s+([^,.;:\n]{1,120})")
# A town's people or bodies after a word, or a town's description after "is"/"was" ("Kelso police", "Kelso
# officials", "Kelso was her favourite city", "Kelso is the largest town in ...").
_TOWN_NOUN_AFTER = re.compile(r"\s+(?:police|officials|council|councillors|residents|voters|authorities|county|"
                              r"schools|(?:is|was)\s+(?:a|an|the|her|his|their|my|our)\s+(?:[a-z-]+\s+){0,2}?"
                              r"(?:city|town|village|port|capital|suburb|state|province|country|hometown))\b")


def _not_the_named_person(text: str, c: _Cand) -> bool:
    """Whether a bare surname (``c``) is not the person named before by a longer name: placed as a town ("Kelso,
    Ohio,", "in Kelso"), a town's police or officials after it ("Kelso police said"), described as a town, or
    someone new introduced after it (an age, "no relation", "who chairs ..."; see :func:`_first_surnames_alone`)."""
    return _SOMEONE_NEW_AFTER.match(text, c.end) is not None or _TOWN_NOUN_AFTER.match(text, c.end) is not None \
        or _gazetteer_use(text, c)


def _both_surnames(full: str, short: str, cues: Counter) -> bool:
    """Whether ``short``, the last two words of a name of three shaped as a Spanish or Portuguese one
    (:func:`_iberian_shaped`), is its two surnames, with at most one weak cue of a body: how Caribbean and Andean
    copy names the person again ("Ing. Jo Kelbo Tarnés ... Kelbo Tarnés told reporters"); the caller asks that no
    other person's name end so."""
    w = full.split()
    return len(w) == 3 and len(short.split()) == 2 and len(w[1]) > 2 and cues.get("organisation", 0) < 2 \
        and _iberian_shaped(w)  # (not a Gaelic surname's particle: "Ó Tarnaí")


def _iberian_shaped(words: list[str], story: bool = False) -> bool:
    """Whether a person's name of three words or more reads as a Spanish or Portuguese name of two surnames: a given
    name of ``iberian_given_names`` before them or a letter of ``iberian_accents`` in it, and a last word ending in
    one of ``iberian_surname_endings`` or accented ("Rodrigo Kelbaría Tarnas", "Ana Lucía Tarno Vega"; not "Emily
    Kelby Wilson", "Daniel Tarn Brooks", "Anil Kelby Sharma"); with ``story`` (the story names two people or more
    so: Spanish or Portuguese copy), any such name of a person ("Aurelio Tarno Kelbett" beside them)."""
    R = _rules()
    if len(words) >= 4 and words[-2] in R["surname_joiners"]:
        return True  # ("Jordi Kelbó i Tarnell": two surnames joined by "and")
    accents = R["iberian_accents"]
    opens = any(w.lower() in R["iberian_given_names"] for w in words[:-2]) \
        or any(ch in accents for w in words for ch in w)
    last = words[-1]
    return story or opens and (last.endswith(R["iberian_surname_endings"]) or any(ch in accents for ch in last))


def _other_person_so_called(text: str, c: _Cand, full: str, full_at: int) -> bool:
    """Whether "Mr./Ms. <word>" (``c``) is someone other than ``full``, whose name holds the word: introduced by
    ", a" before ``full`` is first named ("Mr. Lopez, a union spokesman," first; after it "Mr. Lopez, a leftist who
    took office in 2018," describes the same man), or addressed as the other sex than ``full``'s given name
    ("Mr. Marquez" beside "Ana Sofia Marquez Ortega")."""
    if _INTRODUCED_AFTER.match(text, c.end) and c.start < full_at:
        return True
    b = _WORD_BEFORE.search(text, max(0, c.start - 16), c.start)
    sex = _rules()["address_sexes"].get(b.group(1).rstrip(".")) if b else None
    known = given_name_sexes().get(full.split()[0].lower())
    return bool(sex and known and sex != known)


def _plural_head(w: str) -> bool:
    """A capitalised plural of a common noun that may end a team's or a body's name ("Warriors" for "the Golden State
    Warriors"): no place, nationality, given name or word for a group of people ("Workers", "Nurses")."""
    lw, R = w.lower(), _rules()
    return w[1:].islower() and lw.endswith("s") and lw[:-1] in R["common_words"] and w not in R["places"] \
        and not _demonym(w) and lw not in R["given_names"] and lw not in R["collectives"]


def _malay_shaped(full: str, given: str) -> bool:
    """Whether ``full`` reads as a Malay or Arabic name after its personal names ``given``: "Mohamed" or "Muhammad"
    opens it, a patronymic particle ("bin") stands in it, or a father's name of two words or more follows
    ("Nur Aisyah Abdul Rahman"); not one surname-like word ("David Lee Ming" is not "Mr David Lee")."""
    R, words = _rules(), full.split()
    return words[0] in R["name_opening_elements"] or any(w in R["patronymic_particles"] for w in words) \
        or len(words) - len(given.split()) >= 2



def _ages_differ(text: str, ones: list, others: list) -> bool:
    """Whether the mentions ``ones`` and ``others`` carry different ages (", 19," and ", 45,"): two people."""
    def ages(cs):
        return {m.group(1) for c in cs if (m := _AGE_AFTER.match(text, c.end))}
    a, b = ages(ones), ages(others)
    return bool(a and b and not a & b)


# An apposition with "a" or "an" right after a name (", a party colleague").
_AN_APPOSITION_AFTER = re.compile(r", an? [a-z]")


# Text with no sentence's end in it, no stop before a space nor a line break ("Jo Kelbov and ", "Jo Kelbov met ")
_NO_STOP_BETWEEN = re.compile(r"(?:[^.!?\n]|[.!?](?!\s))*")


def _patronymic(word: str) -> bool:
    """Whether ``word`` is an East Slavic patronymic: a given name and one of ``patronymic_endings`` ("Ivanovich",
    "Petrovna", "Mykolaivna", "Sergeyevich", "Ryhoravich"); not a surname so ending ("Yanukovych", "Abramovich")."""
    R, lw = _rules(), word.lower()
    if not word[:1].isupper() or not lw.isalpha():
        return False
    stems = R["patronymic_given_stems"]
    for end in R["patronymic_endings"]:
        if lw.endswith(end) and len(lw) > len(end) + 1:
            stem = lw[:-len(end)]
            if any(v in stems or v in R["given_names"] for v in (stem, stem + "o", stem + "a", stem + "y", stem + "i")):
                return True
    return False


# A possessive and up to two words after a name, a comma perhaps before: ", his wife", " and her late mother"; read
# by :func:`_kin_after`.
_POSSESSIVE_WORDS_AFTER = re.compile(r",?\s+(?:his|her|their)\s+((?:[\w-]+ )?[\w-]+)", re.I)


def _kin_after(text: str, end: int) -> bool:
    """Whether a word of kin (``kin_nouns``) follows ``end`` after a possessive: "Mrs Kelbe, his wife", "Mr Tarn, her
    late father": a relative of someone just named, no other name of that person."""
    m = _POSSESSIVE_WORDS_AFTER.match(text, end)
    return m is not None and any(w in _rules()["kin_nouns"] for w in m.group(1).lower().split())


# A description and its comma just before a name ("Spain's former king, Jo Tarn,", "her brother, Jo Tarn,"): the
# name introduces someone of its own.
_DESCRIBED_BEFORE = re.compile(r"\b[a-z][\w’'-]*, $")


def _complete_name(s: str) -> bool:
    """Two words that make a whole person's name: a listed given name, then a word that is no given name (nor a
    woman's form in "-a" of one: "Luisa", "Paula"), no honorific and no name particle ("Jo Kelbo", not "Ana Maria",
    "Ana Luisa", "Datu Jo" or "Hugo Van")."""
    R, w = _rules(), s.lower().split()
    given = R["given_names"]
    return len(w) == 2 and w[0] in given and w[1] not in given and w[1] not in given_name_sexes() \
        and not (w[1].endswith("a") and (w[1][:-1] in given or w[1][:-1] + "o" in given)) \
        and w[0] not in R["honorifics"] and w[1] not in R["name_particles"] and w[1] not in R["honorifics"]


_INITIAL_WORD = re.compile(r"[A-Z]\.")  # one capital and its full stop ("H.", "J.")


class _Aliases:
    """Union-find over names: which forms name the same actor."""

    def __init__(self, groups: dict[str, list[_Cand]]):
        self.groups = groups
        self.cue_of = {nm: _pooled(c.cues for c in cs) for nm, cs in groups.items()}
        self.first_at = {nm: cs[0].start for nm, cs in groups.items()}
        self.parent = {nm: nm for nm in groups}
        self.multi = [nm for nm in groups if len(nm.split()) >= 2]
        self.single = [nm for nm in groups if len(nm.split()) == 1]
        # the multi-word names by first word, last word, its first four letters and initials (in the order of
        # ``multi``), so that each look-up reads only the names that can match, not all of them
        self.by_first, self.by_last, self.by_last4, self.by_initials = (defaultdict(list) for _ in range(4))
        self.by_family: dict[str, list[str]] = defaultdict(list)  # the word before a hyphenated given name
        self.by_glued: dict[str, list[str]] = defaultdict(list)  # "D.Batmunkh" under "Batmunkh"
        self.titled: set[str] = set()  # the words alone joined by the title written before them (_titled_inner_names)
        self.nicknames: set[str] = set()  # the names a person is "known as" after the full name (_names_goes_by)
        for nm in self.single:
            if _glued_initial_name(nm):
                self.by_glued[nm[_GLUED_INITIALS.match(nm).end():]].append(nm)
        for m in self.multi:
            w = m.split()
            for k in range(len(w) - 1):
                if _HYPHENED_GIVEN.fullmatch(w[k + 1]):
                    self.by_family[w[k]].append(m)  # "Lam Ka-wing", "Alan Poon Tsz-kit": "Lau", "Poon"
            self.by_first[w[0]].append(m)
            if len(w) > 2 and _INITIAL_WORD.fullmatch(w[0]):
                self.by_first[w[1]].append(m)  # ("H. Darmawan Saputra ... Darmawan said": the given name after an
                # initial, a pilgrim's "H." in Indonesian copy)
            self.by_last[w[-1]].append(m)
            self.by_last4[w[-1][:4]].append(m)
            self.by_initials[_initials(m)].append(m)

    def find(self, x: str) -> str:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(self, short: str, full: str) -> None:
        self.parent[self.find(short)] = self.find(full)

    def kind_lean(self, nm: str) -> str:
        k = self.cue_of[nm]
        if not k or sum(k.values()) == 0:
            return "person" if _presumed_person(nm) and nm.split()[-1] in self.groups else ""
        return max(KINDS, key=lambda kk: (k.get(kk, 0), kk == "organisation"))

    def person_parts(self, text: str) -> None:
        """Surname, first name and truncated nickname of a person ("Smith", "Jane", "Vander")."""
        given = _rules()["given_names"]
        self._titled_inner_names(text)
        for s in sorted(self.single, key=lambda x: self.first_at[x]):
            if self.cue_of[s].get("place", 0) >= 5 or s in self.titled:
                continue
            lasts = [m for m in (*self.by_last.get(s, ()), *self.by_family.get(s, ()), *self.by_glued.get(s, ()))
                     if self.kind_lean(m) == "person" and not self._furniture_only(m, text)
                     and not self._other_s_inner_surname(m, s, text) and m not in self.nicknames]
            # (not a name the person goes by: "known as “Emrys Pen-y-Graig”", the farm "at Pen-y-Graig")
            alone = len(self.by_first.get(s, ())) == 1 and not self.cue_of[s].get("organisation", 0) \
                and not self.cue_of[s].get("place", 0)  # ("Lincoln is a market town nearby")
            firsts = [m for m in self.by_first.get(s, ()) if (self.cue_of[m].get("person", 0) > 0 and not (
                self.cue_of[s].get("place", 0) and self.kind_lean(m) == "organisation") or (  # (a town opening a
                # body's name: "in Basse ... the Basse Women Gardeners' Kafo")
                alone and not any(self.cue_of[m].values()) and self.kind_lean(m) == "person"))
                      and (s.lower() in given or _unlisted_given_name(s) or _after_kin_noun(text, self.first_at[s])
                           or (_STACKED_INITIALS.fullmatch(s) and _initials_name(s)))]
            # (or no cue, but a presumed person whose surname is used alone too, the one name opening so: "Jo Kelby
            # ... Kelby ... Jo"; an unlisted given name after a kinship noun: "her daughter Hope"; initials a person
            # goes by: "R.J. Yoder ... talk to R.J.")
            target = None
            if lasts:
                target = max(lasts, key=lambda m: (len(self.groups[m]), -self.first_at[m]))
            elif firsts and (len({m.split()[-1] for m in firsts}) == 1 or len({self.find(m) for m in firsts}) == 1):
                target = min(firsts, key=lambda m: self.first_at[m])  # (or one person's names: "Jo Wyn Doe, known
                # as 'Jo Lorri'")
            elif len(firsts) > 1 and (same := self._one_of_the_sex(s, firsts, text)) is not None:
                target = same  # ("Mr. Lim Chee Keong ... Ms. Lim Mei Ling ... said Mr. Lim": he)
            elif (short := self._short_given_name_of(s, given)) is not None:
                target = short
            elif len(s) >= 4 and not s.isupper():
                nick = [m for m in self.by_last4.get(s[:4], ()) if m.split()[-1].startswith(s) and m.split()[-1] != s
                        and self.kind_lean(m) == "person" and len(m.split()[-1]) > len(s)]
                target = nick[0] if len(nick) == 1 else None
            if target:
                self.join(s, target)
        self._given_before_patronymic(text)
        self._given_name_and_patronymic(text)
        self._leading_words(text)
        particles = _rules()["name_particles"]
        for s in self.multi:  # a surname of several words: "Van der Merwe", "Woodhouse Nepinak"
            cued = self.kind_lean(s) == "person" and s.split()[0].lower() not in given
            longer = [m for m in self.by_last.get(s.split()[-1], ()) if len(m) > len(s) and m.endswith(" " + s)
                      and (self.kind_lean(m) == "person" or (cued and self._uncued_longer_name(m, s)))]
            if not longer or self.find(s) != s:
                continue
            if self.kind_lean(s) not in ("person", ""):
                if self.kind_lean(s) != "organisation" or not any(
                        m.split()[-len(s.split()) - 1] in particles
                        or (len(longer) == 1 and (_both_surnames(m, s, self.cue_of[s])
                                                  or any(w in particles for w in s.split()[1:-1])))
                        for m in longer) \
                        or s in _world_places():
                    continue  # (a place's lean stays, and a place's name: "San Martín province ... José de San
                    # Martín", "the Santa Cruz department"; not a surname with particles inside, one person's
                    # longer name holding it: "Lucía Fernández de la Vega ... Fernández de la Vega said")
                for c in self.groups[s]:
                    c.cues.pop("organisation", None)  # (after a particle in the longer name, the surname despite a
                    # body's cues, none carried into the row: "Jo á Kelbuvík Doe ... á Kelbuvík Doe said")
            self.join(s, min(longer, key=lambda m: self.first_at[m]))
        self._particle_surnames()
        self._given_names_after_styles(text)
        self._middle_name_left_out()

    def _middle_name_left_out(self) -> None:
        """A person's two words that are the first and the last of one three-word person's name ("Sudhakar Pagar"
        after "Sudhakar Shankarrao Pagar", "John Doe" after "John Robert Doe"), or three words whose surname a
        particle opens ("Jo La Doe" after "Jo Ignatius La Doe"): that person, the middle name left out; not when two
        such names share them, nor after a middle initial ("George Bush" beside "George W. Bush": as often the
        father), nor a third word of no particle ("Jo Walker Doe" beside "Jo Herbert Walker Doe": a son)."""
        particles = _rules()["name_particles"]
        for s in self.multi:
            w = s.split()
            if len(w) not in (2, 3) or len(w) == 3 and w[1].lower() not in particles or self.find(s) != s \
                    or self.kind_lean(s) not in ("person", ""):
                continue
            full = [m for m in self.by_first.get(w[0], ()) if len(m.split()) == len(w) + 1
                    and m.split()[2:] == w[1:] and m.split()[1][:1].isupper() and len(m.split()[1].rstrip(".")) > 1
                    and self.kind_lean(m) == "person"]
            if len({self.find(m) for m in full}) == 1:
                self.join(s, full[0])

    def _short_given_name_of(self, s: str, given) -> str | None:
        """The one person whose given name a listed given name alone cuts short by three letters at most ("Walt" for
        "Walter Doe", "Pete" for "Peter Roe"), when no name opens with ``s`` itself; else None."""
        if s.lower() not in given or len(s) < 3 or self.by_first.get(s):
            return None
        fulls = {self.find(m) for k, ms in self.by_first.items() if k != s and k.startswith(s) and len(k) <= len(s) + 3
                 for m in ms if self.kind_lean(m) == "person"}
        return fulls.pop() if len(fulls) == 1 else None

    def _one_of_the_sex(self, s: str, names: list[str], text: str) -> str | None:
        """Of the people ``names`` that the word ``s`` opens, the one whose form of address tells the same sex as
        the one before every mention of ``s`` ("Mr. Lim" for "Mr. Lim Chee Keong", not "Ms. Lim Mei Ling"); else
        None."""
        sexes = {w.lower(): x for w, x in address_sexes().items()}
        def sex_of(name):
            return {sexes.get(_word_before(text, c.start)) for c in self.groups[name]}
        want = sex_of(s)
        if len(want) != 1 or None in want:
            return None
        same = {self.find(m) for m in names if sex_of(m) == want}
        return same.pop() if len(same) == 1 else None

    def _titled_inner_names(self, text: str) -> None:
        """A word alone, each time after one title, for the one person whose longer name holds it after its first
        word and is written after that same title: how African and Asian copy names a person again by a family or a
        father's name inside the whole name ("Captain Jo Kelbo Tarn ... Captain Kelbo said", "Rev. Jo Kelbo Tarn ...
        Rev. Kelbo", even beside "Jane Ruiz Kelbo"), or a family name written first ("Dato' Lim Chee Keong ... Dato'
        Lim said", beside "Madam Lim Siew Lan"); not when two such names hold it."""
        honorifics = _rules()["honorifics"]
        for s in self.single:
            titles = {_word_before(text, c.start).rstrip("’'") for c in self.groups[s]}  # ("Dato’": "dato")
            if len(titles) != 1 or not titles <= honorifics:
                continue
            fulls = {self.find(m) for m in self.multi if s in m.split() and self.kind_lean(m) == "person"
                     and self.first_at[m] < self.first_at[s]
                     and any(_word_before(text, c.start).rstrip("’'") in titles for c in self.groups[m])}
            if len(fulls) == 1 and not self._named_anew(text, s, full := fulls.pop()):
                self.join(s, full)  # (not "Dr. Kelbo, her father,": someone new)
                self.titled.add(s)

    def _given_name_and_patronymic(self, text: str) -> None:
        """A given name and an East Slavic patronymic alone ("Jo Ivanovich") for the one person named in full with
        that given name and another surname ("Jo Kelbov"), before it and in another sentence: the respectful form of
        address of Russian, Belarusian and Ukrainian speech, no new person (``patronymic_endings`` on a given name,
        ``_patronymic``); not a surname so ending, written alone too or introduced with an apposition or an age of its
        own ("Jo Tarnovich, the captain,"), nor when two people share the given name."""
        for s in self.multi:
            w = s.split()
            if len(w) != 2 or not _patronymic(w[1]) or self.find(s) != s or w[1] in self.groups or any(
                    _APPOSITIVE_AFTER.match(text, c.end) or _SOMEONE_NEW_AFTER.match(text, c.end)
                    for c in self.groups[s]):
                continue
            fulls = {self.find(m) for m in self.by_first.get(w[0], ()) if m != s and self.find(m) != s}
            if len(fulls) != 1:
                continue  # (none, or two people with the given name: "Jo Kelbov met Jo Tarnov. Jo Ivanovich said")
            full = fulls.pop()
            if self.kind_lean(full) == "person" and self.first_at[full] < self.first_at[s] \
                    and not self._one_sentence(full, s, text):
                self.join(s, full)

    def _leading_words(self, text: str) -> None:
        """A person's name of two words or more that opens the one longer person's name written before it: the same
        person called again by a title and a given name, or by given names ("Datu Jo Kelbo ... Datu Jo said", "Ana
        Maria Kelbo da Tarno ... Ana Maria was quiet"), no one new; not when two longer names open so, nor when the
        short name cues another kind or is introduced anew ("Jo Doe, the captain,"; "Tarnia's former king, Jo Doe,"),
        nor when it is a whole name itself (a given name and a word that is none: "Jo Kelbo" beside "Jo Kelbo Tarn", a
        namesake), nor when the longer name is written only where a name needs support (a headline's words in
        capitals: "Jo Doe Slams Tarn") or goes on in common words ("Jo Doe Miss The Mark", which still makes a short
        form of two longer names ambiguous), nor for initials ("E. J.")."""
        honorifics = _rules()["honorifics"]
        for s in self.multi:
            if self.find(s) != s or self.kind_lean(s) not in ("person", "") or "." in s or _complete_name(s) or any(
                    _APPOSITIVE_AFTER.match(text, c.end) or _SOMEONE_NEW_AFTER.match(text, c.end)
                    or _DESCRIBED_BEFORE.search(text, max(0, c.start - 40), c.start) and text.startswith(",", c.end)
                    for c in self.groups[s]):
                continue  # (nor initials: "E. J." of "E. J. Doe" may be another's, "E. J. Roe"; nor a name after its
                # own description: "the former king, Jo Tarn, ..."; nor one complete in itself: "Jo Kelbo" of "Jo
                # Kelbo Tarn" is a namesake)
            longer = [m for m in self.by_first.get(s.split()[0], ())
                      if m.startswith(s + " ") and self.kind_lean(m) == "person" and self.first_at[m] < self.first_at[s]
                      and any(not c.weak for c in self.groups[m])]  # (not a headline's run: "Jo Doe Slams Tarn")
            fulls = {self.find(m) for m in longer}
            # (two fuller names, one ending in a common word, make the short form ambiguous still: "Jo Van Hung")
            if len(fulls) == 1 and not any(_common_word(w) or w.lower() in honorifics
                                           for m in longer for w in m[len(s):].split()):
                self.join(s, fulls.pop())  # (nor "Jo Doe Miss The Mark")

    def _one_sentence(self, a: str, b: str, text: str) -> bool:
        """Whether a mention of ``a`` and one of ``b`` stand in one sentence (no stop nor line break between)."""
        return any(_NO_STOP_BETWEEN.fullmatch(text, min(x.end, y.end), max(x.start, y.start))
                   for x in self.groups[a] for y in self.groups[b] if x.end <= y.start or y.end <= x.start)

    def _other_s_inner_surname(self, nm: str, s: str, text: str) -> bool:
        """Whether ``s``, the last word of ``nm``, follows a particle after a surname there (a married name, "Ana
        Kelbo de Tarno") and stands inside another person's name too ("Jo Tarno Ruiz"): the other person's first
        surname, not the husband's name a woman is never called by alone; unless a woman's form of address stands
        before ``s`` and the other is no woman ("Ms. Tarno said": the married woman)."""
        w, particles = nm.split(), _rules()["name_particles"]
        if len(w) < 4 or w[-2] not in particles or not w[-3][:1].isupper():
            return False
        others = [o for o in self.multi if o != nm and self.kind_lean(o) == "person" and s in o.split()[1:-1]]
        return bool(others) and not (self._addressed_as_woman(s, text) and all(
            given_name_sexes().get(o.split()[0].lower()) != "f" for o in others))

    def _addressed_as_woman(self, s: str, text: str) -> bool:
        """Whether a woman's form of address (``address_sexes``: "Ms.", "Mrs.", "Sra.") stands before a writing of
        ``s``."""
        sexes = _rules()["address_sexes"]
        return any((b := _WORD_BEFORE.search(text, max(0, c.start - 16), c.start))
                   and sexes.get(b.group(1).rstrip(".")) == "f" for c in self.groups[s])

    def _furniture_only(self, nm: str, text: str) -> bool:
        """Whether ``nm`` is written only on lines of page furniture (a byline, a credit: :func:`_on_furniture_line`):
        the story's own staff, whose surname alone in a sentence is someone else's ("By Jo Kelbo Doe" over "Doe
        said" of another Doe)."""
        return all(c.weak == "headline" and _on_furniture_line(text, c.start) and not _caption_sentence(text, c.start)
                   for c in self.groups[nm])

    def _given_names_after_styles(self, text: str) -> None:
        """A style of ``name_styles`` or ``kin_styles`` and one word ("Don Jo", "Si Ahmed", "Grandpa Jo") for the one
        person whose longer name opens
        with that word: how Spanish, Latin American and Maghreb copy names a man again by his given name ("Jo Tarno
        Doe ... Don Jo said", "Si Ahmed Doe ... Si Ahmed said"); only when that name comes first, written after the
        style itself or shaped as a Spanish or Portuguese name of two surnames, and the two words are no place ("Don
        Jo"/"Don Jo Doe" of English copy are a man's own names: "Don Scott said ... Scott Perry"; "Si Racha port")."""
        R = _rules()
        # (and a title only before a given name, written before the full name first: "Fundi Abdu Kelbo ... Fundi Abdu")
        styles, iberian, given = R["name_styles"] | R["honorifics_before_given_names"] \
            | R["honorifics_before_listed_given_names"] | R["kin_styles"], self._iberian_story(), R["given_names"]
        for s in self.multi:
            w = s.split()
            if len(w) != 2 or w[0].lower() not in styles or self.find(s) != s or self._placed(s, text) \
                    or w[0].lower() in R["kin_styles"] and self._kin_form_names_no_one(s):
                continue
            fulls = {self.find(m) for m in (*self.by_first.get(w[1], ()), *self._second_given_names(w[1], styles, text))
                     if self.kind_lean(m) == "person"}
            if len(fulls) > 1:  # (two namesakes: the one written after a style, "Mana Jane Doe ... Jane Roe")
                fulls = {f for f in fulls if self._styled(f, text, styles)}
            full = fulls.pop() if len(fulls) == 1 else ""
            if full and self.first_at[full] < self.first_at[s] and (self._styled(full, text, styles) or len(
                    full.split()) >= 3 and _iberian_shaped(full.split(), iberian)
                    or w[0].lower() not in given and self._style_before_given_name(s, full, text)):
                self.join(s, full)

    def _kin_form_names_no_one(self, s: str) -> bool:
        """A kinship word and a given name (``s``) that is a figure of speech ("Uncle Sam": ``kin_style_idioms``) or a
        brand's or a title's name, written before a possessive ("Uncle Ben's rice", "Uncle Tom's Cabin")."""
        return s in _rules()["kin_style_idioms"] or any(c.possessive for c in self.groups[s])

    def _style_before_given_name(self, s: str, full: str, text: str) -> bool:
        """A style that is no given name itself ("Mana", "Maun": Tetum) and one word, ``s``, names the person by
        the given name that opens ``full`` whatever its shape ("Jane Doe ... Mana Jane said"), but not: a family
        name written first ("Doe Ken": ``full``'s second word a listed given name), a short form with an apposition
        or an age of its own (someone new: "Mana Doe, a pianist,"), a style after "the" (a body's name: "the Mana
        party") or before the word and another name ("Mana Doe Ken")."""
        style, word = map(re.escape, s.split())
        fw = full.split()
        if fw[0] != s.split()[1] or len(fw) == 2 and fw[1].lower() in _rules()["given_names"] or any(
                _APPOSITIVE_AFTER.match(text, c.end) or _SOMEONE_NEW_AFTER.match(text, c.end) for c in self.groups[s]):
            return False
        return not re.search(rf"(?<![\w’'-])(?:[Tt]he {style}|{style} {word} [{_UC}])", text)

    def _second_given_names(self, word: str, styles, text: str) -> list[str]:
        """The names of four words or more (two given names, two surnames) written after a style whose second word
        is ``word``: a man so styled may be called by either given name ("Don Jo Kelbo Tarno Ruiz ... Don
        Kelbo")."""
        return [m for m in self.multi if len(w := m.split()) >= 4 and w[1] == word and w[0] != word
                and self._styled(m, text, styles)]

    def _styled(self, nm: str, text: str, styles) -> bool:
        """Whether ``nm`` is written at least once right after a style of ``styles`` ("Si Ahmed Doe")."""
        return any((b := _WORD_BEFORE.search(text, max(0, c.start - 16), c.start)) and b.group(1).lower() in styles
                   for c in self.groups[nm])

    def _placed(self, nm: str, text: str) -> bool:
        """Whether ``nm`` reads as a place: typed so, in the world gazetteer with no cue of a person, or after a
        preposition of place."""
        return self.kind_lean(nm) == "place" or nm in _world_places() and not self.cue_of[nm].get("person") or any(
            _STYLE_PLACE_BEFORE.search(text, max(0, c.start - 10), c.start) for c in self.groups[nm])

    def _particle_surnames(self) -> None:
        """A surname opening with a capitalised particle ("De la Torre", "Van der Berg", "Ter Horst") for the one
        person whose longer name holds it with the particle in lower case after a given name ("Ana de la Torre
        Ruiz", "Pieter van der Berg"), not at its end only (that is the loop above); so the rest of it when its
        first particle is cut off after a quotation ('"We are ready," De la Torre said': "la Torre")."""
        particles = _rules()["name_particles"]
        for s in self.multi:
            w = s.split()
            cut = w[0].islower() and len(w) >= 2 and w[1][:1].isupper()  # ("la Torre": no body, whatever its cues)
            if w[0].lower() not in particles or not (cut or w[0][:1].isupper()) or self.find(s) != s \
                    or not cut and self.kind_lean(s) not in ("person", ""):
                continue
            inner = " " + " ".join([w[0].lower(), *w[1:]]) + " "
            fulls = {self.find(m) for m in self.multi
                     if m != s and inner in " " + m + " " and m.split()[0].lower() not in particles
                     and self.kind_lean(m) == "person"}
            if len(fulls) == 1:
                self.join(s, fulls.pop())
                for c in self.groups[s] if cut else ():
                    c.cues.pop("organisation", None)  # (the person's surname: no body's cue carried into the row)

    def _uncued_longer_name(self, m: str, s: str) -> bool:
        """A longer name ``m`` with no cue that ends in a short name ``s`` with a person's cues, opening with no
        listed given name: the person's whole name (a Burmese name has no surname: "Tin Aye Mya Kyi ... Mya Kyi, 70,
        said"); its other words no common words, given names or a site's or business's noun (not a headline's words
        glued to it: "Jo Kelby Endorses Ann Tarn"; not "the Hotel Tin Aye ... Tin Aye, the owner's son"), and
        written outside a headline (not "Impeach AG Tarn")."""
        R = _rules()
        return self.kind_lean(m) == "" and self._body_first(m) < 1 << 30 \
            and not any(_common_word(w) or w.lower() in R["given_names"] or w in R["sites_placed_on"]
                        or w in R["business_nouns"] for w in m[:-len(s)].split())

    def _body_first(self, nm: str) -> int:
        """Where ``nm`` is first written outside the headline (the text's length when only there)."""
        return min((c.start for c in self.groups[nm] if c.weak != "headline"), default=1 << 30)

    def quoted_nicknames(self, text: str) -> None:
        """A nickname written in quotes inside one person's name, alone elsewhere: that person ("Danny ‘Spud’ Doe ...
        Spud said", 'Jo "Tank" Roe ... Tank')."""
        nick: dict[str, set[str]] = defaultdict(set)
        for m in self.multi:
            for c in self.groups[m]:
                raw = text[c.start:c.end]
                if '"' in raw or "“" in raw or "‘" in raw or " '" in raw:
                    for k in _NICKNAME.finditer(raw):
                        nick[k.group()[2:-2]].add(m)
        for s in self.single:
            if s in nick and self.find(s) == s and len(fulls := {self.find(m) for m in nick[s]}) == 1:
                self.join(s, fulls.pop())

    def _given_before_patronymic(self, text: str) -> None:
        """The given names before a patronymic particle (``patronymic_particles``) for the one person so named:
        "Siti Aminah binti Omar ... Ms Siti Aminah", "Ahmad Hafiz bin Yusof ... Ahmad Hafiz said"."""
        particles = _rules()["patronymic_particles"]
        for s in self.multi:
            if self.find(s) != s or self.kind_lean(s) not in ("person", ""):
                continue
            n = len(s.split())
            fulls = {self.find(m) for m in self.by_first.get(s.split()[0], ())
                     if m.startswith(s + " ") and m.split()[n] in particles and self.kind_lean(m) == "person"}
            if len(fulls) == 1:
                self.join(s, fulls.pop())
        self._given_name_before_particle(particles, text)

    def _given_name_before_particle(self, particles, text: str) -> None:
        """A word alone that stands just before the patronymic particle of one person's name, after another given
        name: how the story names that person again ("Mohd Kelmi bin Tarno ... Kelmi said"); not when the word
        alone has an apposition of its own ("Kelmi, a party colleague, said": another person)."""
        before: dict[str, set[str]] = defaultdict(set)
        for m in self.multi:
            w = m.split()
            if len(w) < 3 or not any(x in particles for x in w[2:]) or self.kind_lean(m) != "person":
                continue
            for k in range(1, len(w) - 1):
                if w[k + 1] in particles:
                    before[w[k]].add(m)
        for s in self.single:
            if s in before and self.find(s) == s and not self.cue_of[s].get("place", 0) \
                    and not any(_AN_APPOSITION_AFTER.match(text, c.end) for c in self.groups[s]) \
                    and len(fulls := {self.find(m) for m in before[s]}) == 1:
                self.join(s, fulls.pop())

    def nickname_and_surname(self) -> None:
        """A name a person goes by, then that person's surname, for that person ("Edward Doe, known to all as
        'Ned' ... Ned Doe": one man, not two)."""
        for m in self.multi:
            w = m.split()
            full = self.find(w[0]) if len(w) == 2 and w[0] in self.nicknames else None
            if full and full != self.find(m) and full.split()[-1] == w[1] and self.kind_lean(full) == "person":
                self.join(m, full)

    def nickname_last_word(self) -> None:
        """A given name alone that ends one person's nickname of several words and no other name of the story
        ("Butcher Edward Doe, known to shoppers as 'Oatcake Ted' ... Ted has seen it all"): that person."""
        given = _rules()["given_names"]
        for s in self.single:
            if s.lower() not in given or self.find(s) != s:
                continue
            owners = {self.find(n) for n in self.nicknames if n.endswith(" " + s)}
            others = [m for m in self.multi if s in m.split() and m not in self.nicknames]
            if len(owners) == 1 and not others and self.kind_lean(full := owners.pop()) == "person":
                self.join(s, full)

    def inner_family_names(self, text: str) -> None:
        """A word inside a person's name of three words or more, alone after a form of address, for the one such
        name whose shape shows that word is how the story names the person again (:func:`_inner_name_called`):
        "Kevin Ong Jun Hao ... Mr Ong", "Mr Azlan Hakim Yusof ... Mr Hakim", "Ana María López Ortega ... Ms López";
        not a US middle or maiden name ("Sen. Jane Moore Doe ... Mr. Moore" is someone else)."""
        inner: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for m in self.multi:
            w = m.split()
            if len(w) >= 3:
                for k in range(1, len(w) - 1):
                    inner[w[k]].append((m, k))
        honorifics, courtesy = _rules()["honorifics"], _rules()["courtesy_titles"]
        for s in self.single:
            if self.find(s) != s or s not in inner or not any(
                    _title_before(text, c.start, honorifics) for c in self.groups[s]):
                continue
            fulls = {self.find(m) for m, k in inner[s] if self.kind_lean(m) == "person" and _inner_name_called(
                m.split(), k, any(_title_before(text, c.start, courtesy) for c in self.groups[m]))}
            if len(fulls) == 1 and not any(_other_person_so_called(text, c, m, self.first_at[m])
                                           for m in fulls for c in self.groups[s]):
                self.join(s, fulls.pop())
        self._first_surnames_alone(text)
        self._styled_given_names_alone()
        self._second_names_alone(text)
        self._names_after_opening_names(text)
        self._given_names_after_courtesy(text, courtesy)
        self._family_names_first(text, courtesy)
        self._chinese_family_names()

    def _styled_given_names_alone(self) -> None:
        """A word alone that stands among the given names of the one person whose name repeats its first word
        before the father's name, a hereditary style of Malaysia, or those names with the style ("Wan Ahmad Haziq Wan
        Zulkifli ... Haziq said", "Nik Rohani Nik Mahmud ... Nik Rohani"): that person."""
        styled: dict[str, set[str]] = defaultdict(set)
        for m in self.multi:
            w = m.split()
            for given in _styled_given_names(w):
                styled[given].add(m)
            if given := _styled_given_names(w):
                styled[" ".join(w[:len(given) + 1])].add(m)  # ("Nik Rohani": the style and the given names)
        for s in [*self.single, *(m for m in self.multi if m in styled)]:
            if self.find(s) == s and len(fulls := {self.find(m) for m in styled.get(s, ())
                                                   if self.kind_lean(m) == "person"}) == 1:
                self.join(s, fulls.pop())

    def _family_names_first(self, text: str, courtesy) -> None:
        """A word alone, each time after a courtesy title, for the one person named before by two words opening
        with it, when no person's name ends with it: a family name written first, Japanese, Korean or Hungarian
        style ("Kelbe Haruto, the director, ... Mr Kelbe said"), since a courtesy title goes with a family name
        (a Malay or Thai given name after it, "Encik Ahmad" for "Ahmad Kelby", is the same person too); not a listed
        given name after a Western title ("Mr Jo" beside "Jo Kelby"), nor one that a word of kin or an indefinite
        appositive follows ("Mrs Kelbe, his wife": a relative of the same name; "Mr Tarn, a local resident": a person
        brought in anew)."""
        given, malay = _rules()["given_names"], _rules()["courtesy_titles_before_given_names"]
        for s in self.single:
            if self.find(s) != s or s.isupper() or self.cue_of[s].get("place", 0) \
                    or (s.lower() in given and not all(_title_before(text, c.start, malay) for c in self.groups[s])) \
                    or any(self.kind_lean(m) == "person" for m in self.by_last.get(s, ())) \
                    or not all(_title_before(text, c.start, courtesy) for c in self.groups[s]) \
                    or any(_kin_after(text, c.end) or _INTRODUCED_AFTER.match(text, c.end) for c in self.groups[s]):
                continue
            fulls = {self.find(m) for m in self.by_first.get(s, ()) if len(m.split()) == 2
                     and self.kind_lean(m) in ("person", "") and self.first_at[m] < self.first_at[s]}
            if len(fulls) == 1:
                self.join(s, fulls.pop())

    def _chinese_family_names(self) -> None:
        """A Chinese family name alone for the one person whose name opens with it, or with one Western given name
        before it, and goes on with two given syllables, every word from the family name on a romanised syllable
        (``chinese_name_syllables``): how Hong Kong, Macau and Singapore copy names the person again, with no title
        too ("Vong Sio Lei ... Vong said", "Tony Chan Iong Wa ... Chan said"; not "Sheila Jackson Lee"), when the word
        alone has no strong cue of another kind."""
        syllables = _rules()["chinese_name_syllables"]
        family: dict[str, set[str]] = defaultdict(set)
        for m in self.multi:
            w = m.split()
            k = 0 if w[0] in syllables else 1
            if len(w) - k == 3 and all(x in syllables for x in w[k:]) and self.kind_lean(m) in ("person", ""):
                family[w[k]].add(self.find(m))
        for s in self.single:
            if self.find(s) == s and len(family.get(s, ())) == 1 \
                    and max((v for k, v in self.cue_of[s].items() if k != "person"), default=0) < 2 \
                    and (self.kind_lean(next(iter(family[s]))) == "person" or self.cue_of[s].get("person", 0) >= 2):
                # (a name with no cue of its own, when the word alone has a person's: "Its director, Wong Kelb
                # Tarn, said ... Mr Wong said")
                self.join(s, next(iter(family[s])))  # (not a word the story gives a body's or a place's cues, a
                # weak one aside: "Chan, the Macau restaurant group, ... its founder, Ricky Chan Sio Wa"; but '"We
                # are ready," Ho said')

    def _first_surnames_alone(self, text: str) -> None:
        """The word before the last of a person's name of three words or more that opens with a listed given name
        (or has strong cues of a person) and is shaped as a Spanish or Portuguese name (:func:`_iberian_shaped`),
        written alone while the last word never is: the first of two surnames, how Spanish and Portuguese copy names
        the person again ("Rodrigo Kelbaría Tarnas ... Kelbaría said"; not "Jane Moore Doe ... Doe said", where the
        last word is used, nor a word inside two such names, a given name or a middle initial; not an English
        middle name, which is hardly ever used alone: "Emily Kelby Wilson ... Kelby said it would" is a company)."""
        R = _rules()
        given, honorifics = R["given_names"], R["honorifics"]
        story = self._iberian_story()
        inner = self._inner_surnames(story)
        strict = self._inner_surnames(False) if story else inner
        for s in self.single:
            fulls = inner.get(s)
            if fulls and len(fulls) > 1:
                fulls = strict.get(s)  # (two people share it in a story of such names: only a name shaped so by
                # itself takes it, else no one: "Ana Kelbo Tarn ... Jo Kelbo Ruiz ... Kelbo said")
            if not fulls or len(fulls) > 1 or self.find(s) != s or len(s) < 3 or s.isupper() \
                    or s.lower() in given or s in R["places"] or self.cue_of[s].get("place", 0) \
                    or self.by_first.get(s) \
                    or any(not self._other_s_inner_surname(m, s, text) and not self._furniture_only(m, text)
                           for m in self.by_last.get(s, ())):
                continue
            full = next(iter(fulls))
            if not any(_title_before(text, c.start, honorifics) or _IT_LATER.match(text, c.end)
                       or self._someone_new_after(text, c, full) for c in self.groups[s]):
                self.join(s, full)  # (after a title, inner_family_names decides by the name's shape; "it" after
                # it names a body: "Ana Tarn Ruiz ... Tarn said it would")

    def _second_names_alone(self, text: str) -> None:
        """The second word of a person's name of three or four words that opens with a given name (listed, or any
        with a person's cue), written alone while no later word of that name ever is: the family or the father's
        name Congolese, South Sudanese and other African copy names the person by again ("Jo Kelbo Tarn ... Kelbo
        said", "Minister Kelbo"); not a given name, a place, a word another name opens or ends with, a word with a
        body's or a place's cues, nor someone new introduced after it (an apposition, an age, "it" after its verb:
        a company)."""
        R = _rules()
        holders = self._second_name_holders()
        if len({next(iter(f)) for f in holders.values() if len(f) == 1}) < 2:
            return  # (a story of such names: two people or more so named; not one English middle name, "Officer
            # Jo Kelby Waters ... Kelby said", a company or someone else)
        for s in self.single:
            fulls = holders.get(s, set())
            if len(fulls) != 1 or not self._lone_second_name_ok(s):
                continue
            full = next(iter(fulls))
            if self.first_at[full] < self.first_at[s] and not self._named_anew(text, s, full):
                for c in self.groups[s]:
                    c.cues.pop("organisation", None)  # (a weak one, not carried into the person's row)
                self.join(s, full)

    def _lone_second_name_ok(self, s: str) -> bool:
        """Whether a one-word name ``s`` may be a person's second name written alone: a capitalised word of three
        letters or more, no given name, place, nor a word another name opens or ends with, with no cue of a body or
        a place of weight 2 or more, not joined to another name yet."""
        R = _rules()
        return self.find(s) == s and len(s) >= 3 and s[1:].islower() and s.lower() not in R["given_names"] \
            and s not in R["places"] and not self.by_first.get(s) and not self.by_last.get(s) \
            and max((v for k, v in self.cue_of[s].items() if k != "person"), default=0) < 2

    def _named_anew(self, text: str, s: str, full: str) -> bool:
        """Whether a short form ``s`` of the longer name ``full`` ever stands for someone else: an apposition after it
        (", the harbour master", ", her father"), an age or "who ..." (:func:`_not_the_named_person`), "it" after its
        verb (a body), or "Mr./Ms." and the word for someone other than ``full`` (:func:`_other_person_so_called`)."""
        return any(_APPOSITIVE_AFTER.match(text, c.end) or _not_the_named_person(text, c)
                   or _IT_LATER.match(text, c.end) or _other_person_so_called(text, c, full, self.first_at[full])
                   for c in self.groups[s])

    def _second_name_holders(self) -> dict[str, set[str]]:
        """The persons' names of three or four words, opening with a given name (listed, or any with a person's cue),
        their second word no given name (no English middle name: "Mary Ann Doe Roe") and none of their words after
        it written alone, by their second word."""
        given = _rules()["given_names"]
        holders: dict[str, set[str]] = defaultdict(set)
        for m in self.multi:
            w = m.split()
            if 3 <= len(w) <= 4 and self.kind_lean(m) == "person" and not any(x in self.groups for x in w[2:]) \
                    and w[1].lower() not in given and w[1][:1].isupper() and (
                    w[0].lower() in given or self.cue_of[m].get("person", 0) and _unlisted_given_name(w[0])):
                holders[w[1]].add(self.find(m))
        return holders

    def _someone_new_after(self, text: str, c: _Cand, full: str) -> bool:
        """Whether what follows the first surname alone (``c``) introduces someone other than ``full``: ", a
        teacher", ", her brother", an age (:func:`_not_the_named_person`; "Dora Gale Whitcombe ... Ms. Gale, a
        teacher"); but not an apposition with an article or an age after the first surname of a name written before
        it that is shaped as a Spanish or Portuguese one by itself and has none of its own, how such copy goes on
        about the person ("Kelbino Tarno Vargas spoke at the opening ... Tarno, a geologist by training", "Ing.
        Tarcisio Kelbo Tarnas spoke to the council ... Ing. Kelbo, 48, added")."""
        if _TOWN_NOUN_AFTER.match(text, c.end) or _gazetteer_use(text, c):
            return True
        if not (_APPOSITIVE_AFTER.match(text, c.end) or _SOMEONE_NEW_AFTER.match(text, c.end)):
            return False
        return not (_ARTICLE_OR_AGE_AFTER.match(text, c.end) and self.first_at[full] < c.start
                    and _iberian_shaped(full.split(), self._iberian_story())
                    and not self._apposition_of_another(text, c, full)
                    and not any(_ARTICLE_OR_AGE_AFTER.match(text, f.end) for f in self.groups[full]))
        # (not "who chairs ...", nor when the whole name has an apposition or an age of its own: "Jo Tarno Vega, a
        # fisherman, ... Tarno, the minister", "Ana Tarno Reyes, 29, ... Tarno, 45": two people)

    def _apposition_of_another(self, text: str, c: _Cand, full: str) -> bool:
        """Whether the apposition after the surname ``c`` (to its next comma) relates it to someone (a word of
        ``kin_nouns``: "Tarno, the mayor's brother,", "Tarno, a miner who is not related to her,") or gives it an
        office other than the one written before ``full`` ("Senator Jo Tarno Ruiz ... Tarno, the former
        president,"; not "Tarno, the senator,"); after an age, the apposition after it ("Tarno, 19, her son,")."""
        R = _rules()
        m = _APPOSITION_TEXT.match(text, c.end)
        if m and m.group(1).isdigit():
            m = _APPOSITION_TEXT.match(text, m.end(1)) or m
        words = set(re.findall(r"[a-z]+", m.group(1).lower())) if m else set()
        if words & R["kin_nouns"]:
            return True
        first = min(self.groups[full], key=lambda f: f.start)
        b = _WORD_BEFORE.search(text, max(0, first.start - 24), first.start)
        title = b.group(1).lower().rstrip(".") if b else ""
        offices = words & R["honorifics"] & R["person_roles"]
        return title in R["person_roles"] and title in R["honorifics"] and bool(offices) and title not in offices

    def _names_after_opening_names(self, text: str) -> None:
        """The second word of a person's name of three words that opens with a common Muslim given name
        (``opening_given_names``, ``name_opening_elements``), written alone while the name's first and last words
        never are: the personal name the person is called by, Maldivian and Malay style ("Fathimath Kelbee Tarno
        ... Kelbee said", "Mohamed Faizal Ismail ... Faizal said"); not when someone new is introduced by it
        (", a teacher", an age) nor when another name ends or opens with the word."""
        R = _rules()
        opening = R["opening_given_names"] | R["name_opening_elements"]
        after: dict[str, set[str]] = defaultdict(set)
        for m in self.multi:
            w = m.split()
            if len(w) == 3 and w[0] in opening and w[0] not in self.groups and w[-1] not in self.groups \
                    and self.kind_lean(m) == "person":
                after[w[1]].add(m)
        for s in self.single:
            if s not in after or self.find(s) != s or s.isupper() or s in R["places"] \
                    or self.cue_of[s].get("place", 0) or self.by_first.get(s) or self.by_last.get(s):
                continue
            fulls = {self.find(m) for m in after[s]}
            if len(fulls) == 1 and not any(_APPOSITIVE_AFTER.match(text, c.end) or _not_the_named_person(text, c)
                                           or _IT_LATER.match(text, c.end) for c in self.groups[s]):
                self.join(s, fulls.pop())

    def _inner_surnames(self, story: bool) -> dict[str, set[str]]:
        """The word before the last of each person's name of three words or more shaped as a Spanish or Portuguese
        name (:func:`_iberian_shaped`, with ``story``: in a story of such names), and the names holding it."""
        R = _rules()
        given, particles = R["given_names"], R["name_particles"]
        inner: dict[str, set[str]] = defaultdict(set)
        for m in self.multi:
            w = m.split()
            joined = len(w) >= 4 and w[-2] in R["surname_joiners"]  # ("Jordi Kelbó i Tarnell": a name by its shape)
            if len(w) >= 3 and (w[0].lower() in given or w[0].lower() in R["iberian_given_names"] or joined
                                or self.cue_of[m].get("person", 0) >= 3 - story) \
                    and self.kind_lean(m) == "person" and _iberian_shaped(w, story):
                if joined and w[-3] not in particles:
                    inner[w[-3]].add(m)  # (the first of two surnames joined by "and": "Jordi Kelbó i Tarnell")
                elif w[-3] not in particles and w[-2] not in particles and w[-1] not in self.groups:
                    inner[w[-2]].add(m)
                elif len(w) >= 4 and w[-2] in particles and w[-3][:1].isupper() and w[-3].lower() not in given:
                    inner[w[-3]].add(m)  # (the surname before a particle's: a married name, "Ana Tarno de Kelby",
                    # or a Brazilian one, "Jo Kelbert dos Tarnos", named again "Tarno", "Kelbert")
        return inner

    def _iberian_story(self) -> bool:
        """Whether the story names two people or more by Spanish or Portuguese names of two surnames
        (:func:`_iberian_shaped`): Latin American or Iberian copy, where a person is named again by the first."""
        return sum(len(m.split()) >= 3 and self.kind_lean(m) == "person" and _iberian_shaped(m.split())
                   for m in self.multi) >= 2

    def _given_names_after_courtesy(self, text: str, courtesy) -> None:
        """The first words of one person's longer name, each time after a courtesy title: how the story names a
        person whose name has no surname ("Nur Aisyah Abdul Rahman ... Ms Nur Aisyah", Singapore and Malay style); a
        form of the Prophet's name and the personal name after it with no title too ("Mohd Kelmi Abdul Tarno ...
        Mohd Kelmi said": ``name_opening_elements``)."""
        opening = _rules()["name_opening_elements"]
        for s in self.multi:
            longer = [m for m in self.by_first.get(s.split()[0], ()) if m.startswith(s + " ")]
            titled = all(_title_before(text, c.start, courtesy) for c in self.groups[s])
            if not longer or self.find(s) != s or self.kind_lean(s) not in ("person", "") or not (
                    titled or len(s.split()) == 2 and s.split()[0].rstrip(".") in opening):
                continue
            fulls = {self.find(m) for m in longer if self.kind_lean(m) == "person" and _malay_shaped(m, s)
                     and not _ages_differ(text, self.groups[s], self.groups[m])}
            if len(fulls) == 1 and (titled or not self._named_anew(text, s, full := next(iter(fulls)))):
                self.join(s, fulls.pop())  # (with no title, not someone new: "Muhammad Ali, the boxer,")

    def head_words(self, text: str) -> None:
        """An organisation word alone for the one body whose name ends in it ("Union general secretary Jo Doe"
        after "the Food and Allied Workers' Union"; not when two bodies' names end so); so a team's plural
        (:func:`_plural_head`: "Warriors" of "the Kelby Warriors") that the story never writes in lower case."""
        R = _rules()
        for s in self.single:
            if self.find(s) != s or not (s.lower() in R["org_suffixes"] or (
                    _plural_head(s) and not all(c.weak for c in self.groups[s])
                    and f" {s.lower()} " not in text)) or s in R["known_organisations"]:
                continue
            longer = [m for m in self.by_last.get(s, ()) if self.kind_lean(m) in ("organisation", "")] \
                or list({self.find(m) for m in self.multi if len(w := m.split()) >= 3 and w[-2] == s
                         and w[-1].rstrip(".") in R["legal_forms"] and self.kind_lean(m) in ("organisation", "")})
            # (or, with none, the one whose name ends so before its legal form: "the Cooperative" of "the Kelby
            # Growers Cooperative Limited")
            if len(longer) == 1:
                self.join(s, longer[0])

    def tail_names(self) -> None:
        """A body's name of two words or more that ends in an organisation word, for the one longer body's name
        that ends in it ("the First Nation" in a story of the "Kelby River First Nation", "the Water Board" of the
        "Tarn Valley Water Board"; not when two bodies' names end so)."""
        R = _rules()
        for s in self.multi:
            w = s.split()
            if self.find(s) != s or w[-1].lower() not in R["org_suffixes"] or s in R["known_organisations"] \
                    or self.kind_lean(s) not in ("organisation", ""):
                continue
            longer = {self.find(m) for m in self.by_last.get(w[-1], ()) if m.endswith(" " + s)
                      and self.kind_lean(m) in ("organisation", "")}
            if len(longer) == 1:
                self.join(s, longer.pop())

    def chamber(self) -> None:
        """"The House" in a story that names one legislature and no other chamber is that legislature ("in
        Parliament ... the House's agriculture committee"; not in a story of Congress: "the Senate", "the House")."""
        if "House" not in self.groups or self.find("House") != "House" or any(w in self.groups for w in _CHAMBERS):
            return
        bodies = [m for m in self.groups if m.split()[-1] in _ONE_HOUSE and self.kind_lean(m) in ("organisation", "")]
        if len(bodies) == 1:
            self.join("House", bodies[0])

    def cut_tails(self, text: str) -> None:
        """A word cut off a longer name by a rule that read its first words as a sentence opener ("Northern Maple
        Chief Executive ..." after "Northern Maple Resources Inc"): each mention stands right after the rest of
        that name, so it is that name."""
        inner: dict[str, list[tuple[str, str]]] = defaultdict(list)  # a word inside a name: the name, the words before
        titles = _rules()["site_naming_titles"]
        for m in self.multi:
            w = m.split()
            for k in range(1 + (w[0] in titles), len(w)):  # (not "Andrew" after "Prince" when a "Prince Andrew
                inner[w[k]].append((m, " ".join(w[:k]) + " "))  # Hospital" is named: the royal, not the site)
        places = _rules()["places"]
        for s in self.single:
            if self.find(s) != s:
                continue
            for m, head in inner.get(s, ()):
                if all(text.startswith(head, c.start - len(head)) for c in self.groups[s]) \
                        and (head + s not in places or m == head + s):  # (not a place's last word inside a longer
                    self.join(s, m)  # name: "Ireland" cut from "Northern Ireland" is no short form of "the Northern
                    break  # Ireland Taxi Owners Council"; of the place itself it is: "post-New Hampshire")

    def _cued_person(self, s: str) -> bool:
        """A person's name with a person's cues and none of a body, one word or opening with a listed given name
        ("President Kelby said", "Ann Kelby, 36,"): no short form of a body named after that person ("the Kelby
        White House", "the Ann Kelby Foundation"; not "Kelby chief executive Jo Doe ... judge Kelby by what it
        does", nor "Kelby Fintech, which ...")."""
        cues = self.cue_of[s]
        return cues.get("person", 0) >= 2 and not cues.get("organisation", 0) \
            and (" " not in s or s.split()[0].lower() in _rules()["given_names"])

    def _gazetteer_place(self, s: str) -> bool:
        """A place of the gazetteers, or a name a place's word opens ("Sungai Kelby", "Lake Tarno"), whose mentions
        read as a place's more than a body's (two place cues or more: "teachers in Tripoli", "from Tripoli")."""
        cues = self.cue_of[s]
        return (s in _rules()["places"] or s in _world_places() or s.split()[0] in _rules()["place_prefixes"]) \
            and cues.get("place", 0) >= 2 and cues.get("place", 0) > cues.get("organisation", 0)

    def _own_noun_after(self, s: str, m: str, text: str) -> bool:
        """Every mention of ``s`` (two words or more) has a word of the rest of the body's name ``m`` after it in lower
        case: the body named short before it is named in full ("the Kelby Tarn conservancy ... the Kelby Tarn
        Wildlife Conservancy Trust")."""
        rest = {w.lower() for w in m.split()[len(s.split()):]}
        return " " in s and all((w := _LOWER_WORD_GROUP_AFTER.match(text, c.end)) and w.group(1) in rest
                                for c in self.groups[s])

    def short_forms(self, text: str) -> None:
        """An organisation's short form after its full name ("Acme Capital" then "Acme"); initials ("FAA")."""
        for s in sorted(self.groups, key=lambda x: self.first_at[x]):
            if self.find(s) != s or self.cue_of[s].get("place", 0) >= 5 or self.cue_of[s].get("group", 0) >= 5:
                continue  # "New York" is not a short form of "New York Times", nor "Americans" of "Americans for ..."
            if self._cued_person(s):
                continue
            sw = s.split()
            headline = min(self.groups[s], key=lambda c: c.start).weak == "headline"  # a headline comes first
            longer = [m for m in (self.by_first.get(sw[0], ()) if sw else self.multi) if m != s and m.split()[:len(sw)] == sw
                      and (headline or self.first_at[m] <= self.first_at[s]
                           or (_one_body_word_more(sw, m) and (self.kind_lean(s) == "organisation"
                                                               or _legal_form_more(sw, m)))
                           or self._own_noun_after(s, m, text))
                      and self.kind_lean(m) in ("organisation", "") and not self._furniture_only(m, text)]
            # (not a name written only on the page's furniture, the outlet's masthead or section: "Government
            # Bulletin · Kelby" over a story's "Government said")
            if longer and self._gazetteer_place(s):
                longer = [m for m in longer if not any(w.lower() in _rules()["org_words"] for w in m.split()[len(sw):])]
                # (the town in a body's name, "the Tripoli Federation of Teachers", is no short form of it; the
                # town of "Terrebonne Parish" is the parish)
            if longer and (s in _rules()["places"] or s in _world_places()):
                longer = [m for m in longer if m.split()[len(sw)] not in ("and", "&")]  # (nor the first of two towns
                # a body serves: "the Kelby and Tarn Chamber of Trade")
            if longer:
                self.join(s, min(longer, key=lambda m: self.first_at[m]))
        R = _rules()
        for s in self.single:  # a side or a body after its place: "the Southern Lowlanders ... the Highlanders"
            if self.find(s) == s and s not in R["places"] and not s.isupper() \
                    and self.kind_lean(s) in ("organisation", ""):
                longer = [m for m in self.by_last.get(s, ()) if self.kind_lean(m) in ("organisation", "")
                          and all(w in R["place_words"] or w in R["places"] for w in m.split()[:-1])]
                if len(longer) == 1:
                    self.join(s, longer[0])
        self.head_words(text)
        self.tail_names()
        self.chamber()
        known = R["known_short_forms"]
        for s in self.single:
            if s in known and known[s] in self.groups and self.find(s) == s:
                self.join(s, known[s])  # "the Federal Reserve ... the Fed"
            if s.isupper() and 2 <= len(s) <= 6 and self.find(s) == s:
                full = [m for m in self.by_initials.get(s, ()) if self.kind_lean(m) != "person"]
                if len(full) == 1:
                    self.join(s, full[0])


# Words that end a body's formal name and that a story may leave off ("the Kelby Police ... the Kelby Police
# Department", "Acme Energy ... Acme Energy Ltd"); not a word that makes another body ("White House Press", "Cedar
# Rapids Gazette", "Muhammad Ali Center").
_FORMAL_ENDINGS = frozenset(("Department", "Dept", "Service", "Services", "Force", "Administration", "Agency",
                             "Network", "Inc", "Inc.", "Ltd", "Ltd.", "Limited", "Corp", "Corp.", "Corporation",
                             "Company", "Co", "Co.", "LLC", "LLP", "plc", "PLC", "Bhd", "Berhad", "AG", "SA", "GmbH"))


def _one_body_word_more(short: list[str], name: str) -> bool:
    """A body's name of two words or more, and the same name with a formal ending after it, which the story may
    give later ("Kelby Police ... the Kelby Police Department"): one body."""
    rest = name.split()[len(short):]
    return len(short) >= 2 and len(rest) == 1 and rest[0] in _FORMAL_ENDINGS


def _legal_form_more(short: list[str], name: str) -> bool:
    """The longer name is the short one and a company's legal form ("Kelby Cobalt Recovery's permit ... Kelby Cobalt
    Recovery Ltd (KCRL)"): one company, named short first, whatever the short form leans to; not a person's name
    with a given name first ("Jo Doe ... Jo Doe Ltd", her firm)."""
    R = _rules()
    return name.split()[-1].rstrip(".") in R["legal_forms"] and short[0].lower() not in R["given_names"]


def _after_kin_noun(text: str, at: int) -> bool:
    """A kinship noun (``kin_nouns``) just before offset ``at``, a comma or not: "her daughter Hope", "his son,
    Ford": the word there is a given name."""
    words = text[max(0, at - 16):at].rstrip(", ").rsplit(None, 1)
    return text[at - 1:at] == " " and bool(words) and words[-1].lower() in _rules()["kin_nouns"]


def _unlisted_given_name(s: str) -> bool:
    """A word that may be a given name the list lacks ("Sipho wants the post" after "Sipho Mthethwa"): no
    common word, place, known body or abbreviation."""
    R = _rules()
    return not s.isupper() and s.lower() not in R["common_words"] and s not in R["places"] \
        and s not in R["known_organisations"] and not _demonym(s)


def _only_weak(cs: list[_Cand]) -> bool:
    """Only a sentence opener, a headline word or a scare-quoted label, and no cue that saves it."""
    if not all(c.weak for c in cs):
        return False
    if any(c.weak == "initial" and (c.cues.get("person", 0) >= 1 or c.speaks) for c in cs):
        return False  # ("Doe said", "Eurostat said" opening a sentence)
    body = [c for c in cs if c.weak != "headline"]
    if body and all(c.weak == "initial" for c in body) and not _common_word(cs[0].name) \
            and not _plural_of_a_common_word(cs[0].name):
        return False  # "Cruz openly admitted ...": no common word, left to the trained filter (a headline too)
        # (a common word's plural is one too: "Rents, wages, everything is indexed ...")
    return not (all(c.weak == "initial" for c in cs) and sum(sum(c.cues.values()) for c in cs) >= 2)


def _plural_of_a_common_word(name: str) -> bool:
    """A capitalised plural whose singular is a common word ("Rents", "Tariffs"): no place nor known body."""
    R = _rules()
    return name[1:].islower() and name.endswith("s") and not name.endswith("ss") and len(name) > 4 \
        and _common_word(name[:-1]) and name not in R["places"] and name not in R["known_organisations"]


def _role_plural_opener(names: list[str], cs: list[_Cand], text: str) -> bool:
    """One word, the plural of a person's role or a body's common noun ("Campaigners", "Senators", "Airlines") or a
    word of dwellers or landholders ("Villagers", "Landowners"), capitalised only where a sentence, a line or a
    headline opens: people or firms of a kind, no actor, whatever it says ("Campaigners say it is a closure";
    "Kelby Senators" or "the Senators" inside a sentence keep a team); so is a plural whose noun the story writes in
    lower case ("Greenkeepers reassured" beside "The head greenkeeper")."""
    w = names[0]
    line_start = [c.weak in ("initial", "headline") or (c.start > 0 and text[c.start - 1] == "\n") for c in cs]
    if len(names) > 1 or not all(line_start) or all(c.weak == "headline" for c in cs):
        return False
    R, lw = _rules(), w.lower()
    return len(w) > 4 and w.endswith("s") and w[1:].islower() and w not in R["known_organisations"] \
        and w not in R["places"] and (lw[:-1] in R["person_roles"] or lw[:-1] in R["org_nouns"]
                                      or lw in R["dwellers"] or lw in R["land_holders"]
                                      or re.search(rf"(?<![\w-]){re.escape(lw[:-1])}s?(?![\w-])", text) is not None)


# A stop or an exclamation mark closing a one-word sentence, then a space, a line's end or a closing quotation mark.
_ONE_WORD_SENTENCE_AFTER = re.compile(r"[.!?…]+(?:[”\"’'])?(?:\s|$)")


def _exclamation(names: list[str], cs: list[_Cand], text: str) -> bool:
    """A one-word name of ``interjections`` whose every mention is a sentence of its own ("Ouch. But also ...",
    "Wow!", "“Gosh.”"): an interjection, no actor (a name given as an answer, "Who bought it? Acme.", is kept)."""
    return len(names) == 1 and names[0].lower() in _rules()["interjections"] and all(
        _SENTENCE_OPENS_BEFORE.search(text, max(0, c.start - 4), c.start)
        and _ONE_WORD_SENTENCE_AFTER.match(text, c.end) for c in cs)


def _kin_by_given_name_only(name: str, cs: list[_Cand], text: str) -> bool:
    """A one-word name whose every mention follows a possessive and a kin noun ("her husband, Dan, a creamery
    manager", "the draper's shop her brother Michael ran"): a relative named in passing, kept as a mention (a "he"
    may stand for him) but listed as no actor (one who speaks or acts by name elsewhere has a mention there)."""
    kin = _rules()["kin_nouns"]
    return " " not in name and all(
        (m := _KIN_BEFORE.search(text, max(0, c.start - 40), c.start)) and m.group(1).lower() in kin
        and not _CLAUSE_OPENS_BEFORE.search(text, max(0, m.start() - 12), m.start())
        and not _acts_after(text, c.end)
        and not ((a := _APPOSITION_AFTER.match(text, c.end)) and _acts_after(text, a.end())) for c in cs)
    # (nor a verb after the name or its apposition: "his wife, Jo, delivered a speech", "his daughter, Jo, who ...")


_APPOSITION_AFTER = re.compile(r",(?: [^,\n]{1,50},)?")  # a comma, or an apposition between commas, after a name
# a sentence's or a reported clause's start before a kin's phrase ("His wife, Eliza, said", "He said his wife, Jo, had
# asked him"): the relative is the clause's subject, an actor
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|[.!?:;\n][\"”’']?|\b(?:said|says|told|added|that))\s*$")
# a possessive and a kin noun right before a name, perhaps with an age's word and a comma ("her husband, ", "his
# late brother ", "their eldest son ")
_KIN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:(?:late|elder|younger|eldest|youngest|"
                         r"only|twin)\s+)?([a-z]+),?\s+$")


def _birth_name_only(cs: list[_Cand], text: str) -> bool:
    """A name of two words or more whose every mention follows "was born" or "née" ("She was born Kathleen Doe in
    Kelby", "Mary Roe (née Doe)"): a name the person bore before, the story's actor being named otherwise."""
    return all(" " in c.name and _BORN_BEFORE.search(text, max(0, c.start - 12), c.start) for c in cs)


# "was born", "were born" or "née" right before a name (not "the Kelby-born Jo Doe": a home town)
_BORN_BEFORE = re.compile(r"(?:\b(?:was|were)\s+born|\bn[ée]e)\s+$")


def _storm_names(merged, groups: dict[str, list[_Cand]], text: str) -> set[str]:
    """Storms' names ("Storm Kelda", "Hurricane Tarn": ``storm_openers`` and a word that is no common word nor
    shaped like a surname, "Storm Doeson") and their last words, in a story that writes of storms in lower case
    (``storm_nouns``), no mention of them acting as a person (:func:`_storm_acts_as_person`): weather events, no
    actors ("Storm Financial", "Storm Reid said" stay)."""
    R = _rules()
    nouns = R["storm_nouns"].search(text) is not None
    if not nouns and R["storm_alone_word"].search(text) is None:
        return set()  # (one search of the text, as before: most stories name no storm)
    found = {nm for names in merged for nm in names
             if R["named_storm"].fullmatch(nm) and not _common_word(nm.rsplit(" ", 1)[1])
             and not _SURNAME_SHAPE.fullmatch(nm.rsplit(" ", 1)[1])
             and (nouns or _storm_without_nouns(nm))}
    alone = {nm for names in merged for nm in names if nm in R["storm_openers_alone"]
             and all(_QUOTED_NAME_AFTER.match(text, c.end) for c in groups[nm])}  # 'Typhoon "Kelda"': the
    # storm's local name in quotation marks, the opener alone a candidate
    found = {nm for nm in found if not any(_storm_acts_as_person(c, text) for c in
                                           groups[nm] + groups.get(nm.rsplit(" ", 1)[1], []))}
    return found | {nm.rsplit(" ", 1)[1] for nm in found} | alone


# A capitalised name in quotation marks right after a word ('Typhoon "Kelda"').
_QUOTED_NAME_AFTER = re.compile(r" [\"“‘][A-Z]")


def _storm_without_nouns(name: str) -> bool:
    """A storm's name that needs no storm noun in lower case in the story: an opener only storms take
    (``storm_openers_alone``: "Hurricane", "Typhoon", not "Storm", a given name too) and a listed given name, how
    storms are named ("after Hurricane Kelda destroyed his home"; not "Hurricane Doeson", a sportsman's nickname)."""
    opener, last = name.rsplit(" ", 1)
    return opener in _rules()["storm_openers_alone"] and last.lower() in _rules()["given_names"]


def _storm_acts_as_person(c: _Cand, text: str) -> bool:
    """A storm's name (or its short form) that speaks, stands before a verb of ``storm_person_verbs``, an age or
    "and his/her" ("Storm Kelby and her partner won", "Storm Tarn, 29, withdrew"): a person named Storm."""
    return c.speaks or _rules()["storm_person_after"].match(text, c.end) is not None \
        or _WHO_AFTER.match(text, c.end) is not None


# A relative clause of a person right after a name (", whose real name is", ", who").
_WHO_AFTER = re.compile(r",? (?:whose|who)\b")


# Words before a bracket ("voluntary retirement scheme (").
_WORDS_BEFORE_BRACKET = re.compile(r"((?:[\w’'-]+ ){1,8})\($")


def _short_for_lower_words(names: list[str], cs: list[_Cand], text: str) -> bool:
    """An abbreviation (its only form) that the story defines in brackets after words in lower case whose initials
    it holds: a thing or a common noun, no actor ("a voluntary retirement scheme (VRS) ... the VRS", "an annual
    general meeting (AGM)"; not "the Kelby Water Board (KWB)")."""
    short = names[0]
    if len(names) > 1 or not short.isupper() or not 2 <= len(short) <= 6:
        return False
    for c in cs:
        m = _WORDS_BEFORE_BRACKET.search(text, max(0, c.start - 90), c.start) if text[c.end:c.end + 1] == ")" else None
        if m is None:
            continue
        words = m.group(1).split()
        stop = _rules()["stopwords"]
        for k in range(len(short), min(len(words), len(short) + 3) + 1):
            window = words[-k:]
            letters = [w[0] for w in window if w.lower() not in stop or k == len(short)]
            if all(w.islower() for w in window) and "".join(letters).upper() == short:
                return True
    return False


# A short form in brackets after the words it stands for ("District Commissioner (DC)", "Officer-in-Charge (OC)").
_DEFINED_SHORT = re.compile(r"((?:[A-Z][\w’'-]*\s+(?:(?:of|for|in|the|and)\s+)*){1,6})\(([A-Z]{2,6})\)")


@lru_cache(maxsize=8)
def _title_shorts(text: str) -> frozenset[str]:
    """Short forms the story defines in brackets after a person's title in capitals, whose initials they are: the
    title's last word, or its first before "-in-", is a word of ``person_roles`` ("District Commissioner (DC)",
    "Officer-in-Charge (OC)", "Public Prosecutor (PP)"; not "Kelby Water Board (KWB)")."""
    R, found = _rules(), set()
    for m in _DEFINED_SHORT.finditer(text):
        words = [w for w in m.group(1).split() if w[:1].isupper()]
        head = words[-1].lower().split("-")[0] if words else ""
        parts = [p for w in words for p in w.split("-") if p[:1].isupper()]
        if head in R["person_roles"] and any(
                "".join(p[0] for p in parts[k:]) == m.group(2) and parts[k].lower() not in R["given_names"]
                and not any(p.lower() in R["org_words"] for p in parts[k:]) for k in range(len(parts))):
            found.add(m.group(2))  # (not a body's: "Office of the Special Prosecutor (OSP)"; nor a person's
            # initials: "Lucy Singer (LS)")
    return frozenset(found)


def _short_for_a_title(names: list[str], text: str) -> bool:
    """Every name of the cluster is a person's title the story defines by its short form (:func:`_title_shorts`) or
    an office's letters (``role_abbreviations``; not ``title_acronyms``: "Junge SVP", a party's youth): the short
    form ("the DC said", "the DCE said"), the short form after a place ("The Keta DCE, Hon. Jo Doe", "the Meru
    Central OCPD"), or the title spelt out ("the District Commissioner" defined as "(DC)"): an office, no
    organisation."""
    defined = _title_shorts(text) if "(" in text else frozenset()
    shorts, roles = defined | _rules()["member_abbreviations"], _rules()["person_roles"]
    return all(nm.split()[-1] in shorts or " " not in nm and nm.upper() in shorts  # (a label's "CDO:" read as "Cdo")
               or nm.split()[-1].lower().split("-")[0] in roles
               and _initials_of_title(nm) in defined for nm in names)


def _initials_of_title(name: str) -> str:
    """The initials of a title's capitalised words and hyphened parts ("Officer-in-Charge": OC)."""
    return "".join(p[0] for w in name.split() for p in w.split("-") if p[:1].isupper())


# What a person is called besides the full name just written ("Lin Mei-ting, who goes by Vicky", "Jo Doe, known
# as Jojo", "Jo Kelbo, known in the village as 'Black Jo'", "known to his pupils as « Jojo »"), at most one clause
# between, the other name perhaps in quotation marks.
_GOES_BY_BEFORE = re.compile(r"(?:,? (?:(?:who|and) )?(?:is |was )?)?(?:goes by|went by|known(?: (?:simply|locally|"
                             r"affectionately|widely|"
                             r"(?:in|to|among|around|across|throughout|on|at|by|along|about|over|from) "
                             r"[^,.;:!?\"“”«»„\n]{1,40}?))?(?: simply)? as|nicknamed) (?:the name )?"
                             r"(?:[„“\"‘'«][ \u00a0\u202f]?)?"
                             r"(?:[A-Z][a-zé]{1,5}\.? )?$")  # (a form of address before it: "known as “Dona Jo”")
# A relative clause that gives a person's other name ("Chief Kelbo, whose given name is Jo Doe,"): a one-word name
# before it (a chieftaincy's, a title's) is that person's too.
_WHOSE_NAME_AFTER = re.compile(r", whose (?:real |given |full |birth |own )?name (?:is|was) ")
# What follows a second person's name after ", or": an appositive or a relative clause of their own.
_SOMEONE_ELSE_AFTER = re.compile(r", (?:who|whose|his|her|their|the|a|an)\b")
# The quotation marks that may open that other name.
_OPENING_MARKS = frozenset("„“\"‘'«")
# A writing of that other name in brackets, after a dash or after ", or" just after it, closing marks between: its
# translation ("«Dyadya Jo» (Uncle Jo)", "‘Kelbo Tarn’ – Orange Jo", "“Bambo Jo” - Father Jo", "“Pak Ombak”,
# or Mr. Wave": a title's word may open it, the name read after it).
_TRANSLATION_GAP = re.compile(r"[ \u00a0\u202f]?[”\"’'»]? ?(?:\(|(?:[–—] |- )(?:[A-Z][a-z]{1,6}\.? )?"
                              r"|, or (?:[A-Z][a-z]{1,4}\.? )?)")


def _names_goes_by(cands: list[_Cand], text: str, al: _Aliases) -> None:
    """A name after "goes by", "known as" or "nicknamed" just after a person's full name (a comma, a bracket, an
    age or a short description at most between) is that person's other name ("his daughter, Lin Mei-ting, who goes
    by Vicky", "Jo Kelbo, 78, a retired welder known in his courtyard as «Dyadya Jo» (Uncle Jo)"), and so is its
    translation in brackets after it; so is a name after "know him as" (:func:`_known_to_others`)."""
    for n in range(1, len(cands)):
        if _called_by(cands[n - 1], cands[n], text, al) or _known_to_others(cands, n, text, al):
            continue
        for prev in reversed(cands[max(0, n - 4):n]):  # (a town or two between: "Jo Doe, a farmer from Kelby known
            # as ...", "Jo Doe, 44, known to farmers in Kelby and Tarn as ...")
            if _goes_by(prev, cands[n], cands[n + 1] if n + 1 < len(cands) else None, text, al):
                break


# A sentence's people calling someone by another name, the name next ("Neighbours know him as “Emrys the Post”",
# "Everyone calls her 'Big Jo'", "Generations of pupils knew her simply as “Mammy Teacher”"): the him or her is the
# person named last before it (_known_to_others).
_KNOW_THEM_AS = re.compile(r"[.!?][”\"’]?\s+[A-Z][^.!?\n]{0,60}? (?:know|knows|knew|call|calls|called) (?:him|her) "
                           r"(?:simply |affectionately |only )?(?:as )?[„“\"‘'«]$")
_PERSON_REACH_BACK = 300
# A pronoun's person known by another name, the name next ("Across the district he was known simply as “Bambo Jo”"):
# the person named last before the pronoun's clause, within _PRONOUN_REACH_BACK characters (_known_to_others).
_PRONOUN_KNOWN_AS = re.compile(r"\b(?:[Hh]e|[Ss]he) (?:was|is|had been|has been|became) (?:[a-z]+ ){0,2}known "
                               r"(?:(?:to|in|across|around|among|throughout) [^\n,.;:!?\"“”]{1,40}? )?"
                               r"(?:simply |affectionately )?"
                               r"as [„“\"‘'«]$")
_PRONOUN_REACH_BACK = 800


def _one_person_back(cands: list[_Cand], n: int, al: _Aliases) -> _Cand | None:
    """The latest mention of the person whose full name is written most often within _PRONOUN_REACH_BACK characters
    before ``cands[n]``, more often than any other's, else None (two people as often: the him or her may be
    either)."""
    near = [p for p in takewhile(lambda p: cands[n].start - p.end < _PRONOUN_REACH_BACK, reversed(cands[:n]))
            if " " in p.name and p.name != cands[n].name and p.name in al.parent
            and al.kind_lean(p.name) == "person"]
    top = Counter(al.find(p.name) for p in near).most_common(2)
    if not top or len(top) > 1 and top[1][1] == top[0][1] or any(cands[n].name in m.split() for m in al.multi):
        return None  # (nor a word of someone's name: 'he only knew him as "Mwansa from security"')
    return next(p for p in near if al.find(p.name) == top[0][0])


def _known_to_others(cands: list[_Cand], n: int, text: str, al: _Aliases) -> bool:
    """Join the name ``cands[n]`` in quotation marks after "<people> know him as" to the person with a full name
    named last among the four candidates before it, in the sentences just before (see :data:`_KNOW_THEM_AS`), else to
    the one named most often further back (:func:`_one_person_back`); after "he was known simply as", the one named
    last before it in the paragraphs just before (:data:`_PRONOUN_KNOWN_AS`); whether joined."""
    c = cands[n]
    pronoun = _PRONOUN_KNOWN_AS.search(text, max(0, c.start - 80), c.start)
    if c.name not in al.parent or not (pronoun or _KNOW_THEM_AS.search(text, max(0, c.start - 80), c.start)):
        return False
    if pronoun:  # (a person the mention layer knows, named before the pronoun's clause: not "the Holy Ghost feast"
        # of "he is known to everyone at the Holy Ghost feast as 'Manny'", nor a place)
        near = takewhile(lambda p: c.start - p.end < _PRONOUN_REACH_BACK, reversed(cands[:n]))
        prev = next((p for p in near if p.end <= pronoun.start() and p.name in al.parent
                     and al.kind_lean(p.name) == "person"), None)
    else:
        prev = next((p for p in reversed(cands[max(0, n - 4):n]) if " " in p.name and p.name in al.parent
                     and (al.kind_lean(p.name) == "person" or not al.kind_lean(p.name) and _presumed_person(p.name))
                     and c.start - p.end < _PERSON_REACH_BACK), None) \
            or _one_person_back(cands, n, al)  # (the one person named further back, places between: "Born in
        # Lungi to a Temne trader ... pupils knew her as")
    if prev is None or c.name in prev.name:
        return False
    for o in [c] + _translation(c, cands[n + 1] if n + 1 < len(cands) else None, text, al):
        _join_nickname(o.name, prev.name, al)  # (and its translation: '“Bambo Jo” - Father Jo')
    return True


# Between a name someone goes by and their full name after it: "as", the people who call them so in lower case and
# a verb of calling ("Mai Jo, as the vendors at the gate call Jo Doe, 38, said").
_AS_THEY_CALL = re.compile(r",? as (?!well |soon |long |much |far )(?:(?!who |that |which )[a-z][a-z’'-]* ){1,7}"
                           r"(?:call|calls|called|know|knows|knew) ")  # (not "Ann Roe, as well as traders who know
# Jo Doe well"; the full name closes the clause: not "Mary Auma, as her lawyer called Paul Maina to the stand")
_CLAUSE_CLOSES = re.compile(r"[,.;:)]|\s*$")


def _called_by(nick: _Cand, c: _Cand, text: str, al: _Aliases) -> bool:
    """Join the name ``nick`` to the full name ``c`` after it when only "as ... call" stands between (see
    :data:`_AS_THEY_CALL`): the person's other name; whether they were joined."""
    if " " not in c.name or nick.name in c.name or nick.name not in al.parent or c.name not in al.parent \
            or _AS_THEY_CALL.fullmatch(text, nick.end, c.start) is None or not _CLAUSE_CLOSES.match(text, c.end):
        return False
    al.join(nick.name, c.name)
    al.nicknames.add(nick.name)
    return True


def _goes_by(prev: _Cand, c: _Cand, after: _Cand | None, text: str, al: _Aliases) -> bool:
    """Join ``c`` (and its translation ``after``) to the person ``prev`` as a name that person goes by (see
    :func:`_names_goes_by`); whether they were joined."""
    if " " not in prev.name and " " in c.name and prev.name in al.parent and c.name in al.parent \
            and (w := _WHOSE_NAME_AFTER.match(text, prev.end)) and w.end() == c.start:
        al.join(prev.name, c.name)  # ("Chief Kelbo, whose given name is Jo Doe": the full name names the person; a
        return True  # stage name of two words keeps its own: "Hurricane Chris, whose real name is ...")
    if c.start - prev.end > 90 or prev.name not in al.parent or c.name not in al.parent \
            or c.name in prev.name.split() \
            or (" " not in prev.name and not _title_before(text, prev.start, _rules()["courtesy_titles"])
                and len([m for m in al.by_last.get(prev.name, ()) if al.kind_lean(m) == "person"]) != 1):
        return False  # (a surname alone after a form of address will do: "Mrs. Doe, known to all as 'Aunty Jo'"; so
        # will the surname of one person named in full: "Jo Doe ... Doe, known to all as 'Skipper Jo'")
    m = _GOES_BY_BEFORE.search(text, max(prev.end, c.start - 70), c.start)
    if m is None or not _GOES_BY_GAP.fullmatch(text, prev.end, m.start()) or (
            m.group().rstrip(" \u00a0\u202f")[-1:] in _OPENING_MARKS and al.kind_lean(prev.name) == "organisation"):
        return False  # (a body's project or a person after the body's name: 'a tower by Kelby Ltd, known as "the
        # Needle"', 'Jo Doe, head of the Tarn Association, known to all as "Big Jo"')
    for o in [c] + _translation(c, after, text, al):
        _join_nickname(o.name, prev.name, al)
    return True


def _translation(c: _Cand, after: _Cand | None, text: str, al: _Aliases) -> list[_Cand]:
    """``[after]`` when that name translates the name ``c`` a person goes by (:data:`_TRANSLATION_GAP`), else []."""
    return [after] if after is not None and after.name in al.parent \
        and _TRANSLATION_GAP.fullmatch(text, c.end, after.start) \
        and not (text[c.end:after.start].rstrip().endswith((" or", " or Mr.", " or Mrs.", " or Ms."))
                 and (" " in after.name or _SOMEONE_ELSE_AFTER.match(text, after.end))) else []
    # (", or Mr. Wave" translates a nickname; not ", or Mr. Lim Doe, his deputy", ", or Mrs. Roe, who runs ...":
    # another person)


def _join_nickname(nick: str, name: str, al: _Aliases) -> None:
    """Join ``nick`` to ``name`` as a name it goes by; a person's nickname gives no organisation's or place's cue to
    the person ("« Jo » told me"; "known as 'Emrys Post'", "'Emrys Bridge'")."""
    al.join(nick, name)
    al.nicknames.add(nick)
    if al.kind_lean(name) != "organisation":
        for oc in al.groups[nick]:
            oc.cues.pop("organisation", None)
            oc.cues.pop("place", None)


# Words before an order's honour that make its letters the honour, no body ("appointed MBE", "received an OBE").
_HONOUR_GIVEN_BEFORE = frozenset(("appointed", "made", "awarded", "received", "receive", "given", "an", "a", "his",
                                  "her", "became", "become", "becomes", "won"))
# A spaced dash before a caption's credit ("... on Thursday. - Dispatch Photo").
_DASH_BEFORE = re.compile(r"\s[-–—]\s?$")
# A line opened by a dash before a name, and the line's end after it: a writer's sign-off ("— K.M." closing a live
# blog's entry or a wire's item).
_SIGN_OFF_BEFORE = re.compile(r"(?:^|\n)[ \t]*[—–-]{1,2} ?$")
_LINE_END_AFTER = re.compile(r"[ \t]*(?:\n|$)")


def _initials_sign_off(text: str, c: _Cand) -> bool:
    """The mention is a writer's initials, with their stops, signing off an entry on a line of its own after a dash
    ("— K.M."; not "– IMF", a list's line): page furniture, no actor."""
    return _STACKED_INITIALS.fullmatch(c.name) is not None \
        and _SIGN_OFF_BEFORE.search(text, max(0, c.start - 6), c.start) is not None \
        and _LINE_END_AFTER.match(text, c.end) is not None


# a surname after one to three initials and no given name ("B. Lohan", "P. J. Soper")
_INITIALS_SURNAME_PATTERN = r"(?:[A-Z]\.[^\S\n]?){1,3}[A-Z][\w’'\-]+"
_INITIALS_SURNAME = re.compile(_INITIALS_SURNAME_PATTERN)
_INITIALS_LISTED = re.compile(r"(?<![\w.])" + _INITIALS_SURNAME_PATTERN)  # (each entry of such a list)
# a line's label: a few words before a colon, not an interview's "Q:" or "A:" ("DRUMCASHEL EMMETS: ", "Junior
# handlers: 1, ")
_LINE_LABEL_BEFORE = re.compile(r"[^\S\n]*[^\n:.!?\"“”‘’]{3,40}:[^\S\n]")
# what marks a line of entries as a team sheet's or a results page's: a semicolon between entries, a placing ("1, K.
# Doe", "2. T. Roe"), a minute or a tally in brackets ("for Roe (48)") or a score ("21-14"); not an age (", 45,")
_ROSTER_MARK = re.compile(r";|(?:^|[:;,]\s*)\d{1,2}[,.]\s+(?=[A-Z])|\(\d{1,3}\)|\b\d{1,2}-\d{1,2}\b")
_AGE_AFTER_NAME = re.compile(r"[A-Za-z], \d{1,3}\b(?!\))|(?<!for )(?<![\w.])"
                             + _INITIALS_SURNAME_PATTERN + r" \(\d{1,3}\)")  # (", 24,", "B. Roe (24)"; not a
# substitute's minute: "for Roe (48)", "for G. Roe (55)", "(for Roe, 49)")
_LOWER_WORD_IN_LINE = re.compile(r"(?<![\w’'-])[a-z]+\b")
_FULL_NAME = re.compile(r"(?<![A-Z]\.)(?<![A-Z]\. )\b[A-Z][a-z]+ [A-Z][a-z’'\-]+")  # (a given name, then a surname)
# a results line's one placed entry ("Senior: 1, G. Doe.")
_PLACING_THEN_INITIALS = re.compile(r"\d{1,2}[,.][^\S\n]+" + _INITIALS_SURNAME_PATTERN + r"\.?[^\S\n]*")
# an entry opened by a preposition ("of theft, J. Doe", "to sergeant, K. Roe"): a charge or a promotion, no award
_PREPOSITION_OPENS = re.compile(r"(?:of|for|to|in|at|by|with|from)\b")
# an award's entry on a results line, its winner's initials and surname last ("Champion ram, D. M. Doe", "champion
# ewe, A. and H. Roe"): every entry between the semicolons so, the line is a results list whatever its words
_AWARD_THEN_INITIALS = re.compile(r", (?:(?:[A-Z]\.[^\S\n]?)+and[^\S\n]+)?" + _INITIALS_SURNAME_PATTERN + r"$")


def _initials_in_a_labelled_list(text: str, c: _Cand) -> bool:
    """The mention is a surname after initials only on a team sheet's or a results page's line, page furniture and no
    actor: a line a label with no quotation mark and its colon open, two entries or more of initials and surnames,
    no more other words in lower case than entries (``roster_links`` aside) unless each entry between semicolons is an
    award then its winner, no preposition first ("Romney: Champion ram, D. M. Doe; champion ewe, P. J. Roe."; not
    "Convicted: of theft, J. Doe; of assault, B. Roe."), no full name, marked as a roster by
    semicolons, placings, minutes or scores and telling no ages ("KELBY ROVERS: J. Doe; B. Roe, T. Poe", "Junior
    handlers: 1, K. Doe; 2, T. Roe"; not "Present: T. Doe, B. Roe", "Sentenced: B. Roe (24) and T. Poe (31)",
    "Contact: M. Doe"); or one placed entry alone, the placing its mark ("Senior: 1, G. Doe.").  A surname alone on
    such a line or a label's word inside it goes with it ("... T. Poe. Subs:
    L. Doe for Roe (48)": "Roe", "Subs")."""
    initials = _INITIALS_SURNAME.fullmatch(c.name) is not None
    if not initials and " " in c.name:
        return False
    line = text.rfind("\n", 0, c.start) + 1
    end = text.find("\n", c.end)
    end = end if end >= 0 else len(text)
    label = _LINE_LABEL_BEFORE.match(text, line, c.start)
    placed = label is not None and _PLACING_THEN_INITIALS.fullmatch(text, label.end(), end) is not None
    if label is None or not (placed or _ROSTER_MARK.search(text, label.end(), end)) \
            or _AGE_AFTER_NAME.search(text, line, end) or _FULL_NAME.search(text, label.end(), end):
        return False
    entries = len(_INITIALS_LISTED.findall(text, line, end))
    words = [w for w in _LOWER_WORD_IN_LINE.findall(text, label.end(), end) if w not in _rules()["roster_links"]]
    awards = [a.strip() for a in text[label.end():end].rstrip(" .").split(";")]
    return (entries >= 2 or placed) and (len(words) <= entries or len(awards) >= 2 and all(
        _AWARD_THEN_INITIALS.search(a) and not _PREPOSITION_OPENS.match(a) for a in awards))


# Between a full name and "who goes by": nothing, a bracketed writing of the name ("Lin Wei-ting (林維婷)"), an age,
# a short description in lower case ("Jo Kelbo, 78, a retired welder known as ..."), no preposition in it: after one
# the name known is the group's, firm's or place's the description names ("Jo Doe, a member of the gang known as
# Tarn Boys", "a nurse at a hospital known as ...", "a trader in the town known as ..."), unless a comma closes the
# description ("Jo Doe, the union convener at the yard, known to everyone as ...": the person's other name).
_GOES_BY_GAP = re.compile(r"(?: \([^()]{1,30}\))?(?:, \d{1,3})?(?:, (?:an?|the) "
                          r"(?!(?:[a-z’'-]+ )*(?:of|at|in|with|for|from (?![A-Z])|on|to|by|near|inside|outside|among"
                          r"|under|behind|within|across|around|into|over)\b)"
                          r"[a-z][a-zA-Z’' -]{0,40}(?: from [A-Z][\w’'-]+)?"
                          r"|, (?:an?|the) [a-z][a-z’' -]{0,40}(?=,)"
                          r"|, (?:an?|the) [^,.;:\n]{1,60}? and an? (?:man|woman)"  # (", the founder of Kelby Ltd
                          # and a man known across the district simply as “Uncle Bus”": his own description's end)
                          r"|, who [a-z][\w’' &.-]{0,50}(?=$| and (?:is|was) known ))?,? ?")
# (a relative clause, then "and is known as": "Mere Doe, who is not related to him and is known to staff as ...", "Jo
# Doe, 58, who trades as Kelby Rare Books & Maps Ltd and is known in the town as ...")


def _cluster(cands: list[_Cand], text: str) -> list[_Cluster]:
    """Merge candidate mentions into actors (aliases), drop weak or common-word ones, decide kinds."""
    groups, canon_of = _case_groups(cands)
    al = _Aliases(groups)
    _names_goes_by(cands, text, al)
    al.person_parts(text)
    if "“" in text or "‘" in text or '"' in text or " '" in text:
        al.quoted_nicknames(text)
    al.nickname_and_surname()
    al.nickname_last_word()
    al.inner_family_names(text)
    al.short_forms(text)
    al.cut_tails(text)
    merged: dict[str, list[str]] = defaultdict(list)
    for nm in groups:
        merged[al.find(nm)].append(nm)
    clusters = []
    last_words = {nm.rsplit(" ", 1)[-1] for nm in al.multi}
    storms = _storm_names(merged.values(), groups, text)
    for names in merged.values():
        if storms and all(nm in storms for nm in names):
            continue  # a storm's name or its short form ("Storm Kelda ... Kelda weakened")
        cs = sorted((c for nm in names for c in groups[nm]), key=lambda c: c.start)
        cues = _pooled(c.cues for c in cs)
        if _only_weak(cs) or _role_plural_opener(names, cs, text) or _common_word_only(names, cues) \
                or _dated_common_word(names, cs, text) \
                or (names[0] not in last_words and _abstract_noun_opening(names, cs, text)) \
                or _short_for_lower_words(names, cs, text) or _short_for_a_title(names, text) \
                or _exclamation(names, cs, text) \
                or _birth_name_only(cs, text) \
                or all(_code_or_key(text, c) or _title_s_abbreviation(text, c) or _initials_sign_off(text, c)
                       or _initials_in_a_labelled_list(text, c) for c in cs) \
                or _currency_of_the_story(names, cs, text) or _sum_by_a_currency_letter(names, text):
            continue
        clusters.append(_Cluster(name=_canonical(names, cs, canon_of, al.first_at, al.nicknames), cands=cs, cues=cues))
    clusters = [part for cl in clusters for part in _generations(cl)]
    for cl in clusters:
        cl.kind = _kind_with_overrides(cl, text)
    _named_after_a_person(clusters, text)
    _possessed_products(clusters, text)
    _places_by_gazetteer(clusters, text)
    _places_by_context(clusters, text)
    _place_words_alone(clusters, text)
    _dwellers_by_place_name(clusters, text)
    _demonyms_of_story_places(clusters, text)
    _placed_pairs(clusters, text)
    _counted_plurals(clusters, text)
    _families_by_surname(clusters, text)
    _towns_by_use(clusters, text)
    _regions_by_name(clusters, text)
    _towns_in_a_semicolon_list(clusters, text)
    _places_in_a_dotted_line(clusters, text)
    _places_by_list_mates(clusters, text)
    _places_by_prepositions(clusters, text)
    _waters_of_towns(clusters, text)
    _people_of_places(clusters, text)
    return clusters


def _generations(cl: _Cluster) -> list[_Cluster]:
    """A cluster whose mentions carry two generational suffixes or more ("Ray Lafleur Sr. ... Ray Lafleur Jr. ...
    Ray Sr. says"): one person per suffix, named with it ("Ray Lafleur Sr.", "Ray Lafleur Jr."), the mentions with
    no suffix kept by the one named first; else the cluster alone."""
    by: dict[str, list] = {}
    for c in cl.cands:
        if c.suffix:
            by.setdefault(c.suffix.strip(" ,").rstrip("."), []).append(c)
    if len(by) < 2:
        return [cl]
    first = min(by, key=lambda k: by[k][0].start)
    by[first] += [c for c in cl.cands if not c.suffix]
    parts = []
    for suffix, cs in by.items():
        cs = sorted(cs, key=lambda c: c.start)
        written = next(c.suffix for c in cs if c.suffix).strip(" ,")
        parts.append(_Cluster(name=f"{cl.name} {written}", cands=cs, cues=_pooled(c.cues for c in cs)))
    return parts


# A count just before a name: figures ("350 ", "1,200 ") or a number word in lower case ("two ", "dozens of "), no
# money, year nor ordinal ("$350 ", "the 1990s").
_COUNT_BEFORE = re.compile(r"(?:(?<![\w$€£¥.,])\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|"
                           r"dozens of|hundreds of|thousands of)) $")


def _counted_plurals(clusters: list[_Cluster], text: str) -> None:
    """One capitalised plural word (ending in "s"), every mention of it counted ("about 350 Kelbawenyos", "two
    Tarnlands, one rich and one poor"), no cue of a person or a body, never speaking nor listed with a body (a band
    named with its count: "Nirvana and 10,000 Maniacs"): people of a place or a place written in the plural, no
    person nor body."""
    org_ends = {c.end for cl in clusters if cl.kind == "organisation" for c in cl.cands}
    known = _rules()["known_organisations"]
    for cl in clusters:
        if cl.kind in ("organisation", "person") and " " not in cl.name and cl.name.endswith("s") \
                and cl.name not in known and not cl.name.isupper() \
                and not (cl.cues.get("person") or cl.cues.get("organisation")) \
                and all(_counted_not_after_a_body(text, c, org_ends) and not c.speaks for c in cl.cands):
            cl.kind = "group"


def _families_by_surname(clusters: list[_Cluster], text: str) -> None:
    """A family named by the plural of a surname the story gives a person ("Robert Dufresne ... The Dufresnes have
    a reputation", "Donncha Ó Donnabháin ... the Ó Donnabháins"), "the" or a count ("three Atkinsons") before every
    mention and no cue of a body: a group of people, no body nor person."""
    people = [cl.name for cl in clusters if cl.kind == "person" and " " in cl.name]
    for cl in clusters:
        stems = (cl.name[:-1], cl.name[:-2] if cl.name.endswith("es") else "") if cl.name.endswith("s") else ()
        if cl.kind in ("organisation", "person") and cl.cues.get("organisation", 0) < 3 \
                and any(st and p.endswith(" " + st) for st in stems for p in people) \
                and all(_THE_BEFORE.search(text, max(0, c.start - 4), c.start)
                        or _FAMILY_COUNT_BEFORE.search(text, max(0, c.start - 8), c.start)
                        and _FAMILY_AFTER.match(text, c.end) for c in cl.cands):
            cl.kind = "group"


# a count of a family's members or generations just before their surname's plural ("I've worked for three
# Atkinsons", "Both Does"), and what may follow the plural then: punctuation, a verb or a small word, no noun it
# modifies ("two Johnsons dealerships": a firm's)
_FAMILY_COUNT_BEFORE = re.compile(r"\b(?i:two|three|four|five|six|seven|eight|nine|ten|several|both)\s$")
_FAMILY_AFTER = re.compile(r"\s*(?:[,.;:!?)\"”’]|$)|\s+(?:and|or|but|who|were|are|have|had|still|would|will|can|could"
                           r"|did|do|all|in|at|on|for|of|to|wanted|worked|ran)\b")


def _counted_not_after_a_body(text: str, c: _Cand, org_ends: set[int]) -> bool:
    """A count just before the mention, and no body's name (ending at one of ``org_ends``) and a list's gap before
    the count."""
    m = _COUNT_BEFORE.search(text, max(0, c.start - 16), c.start)
    if m is None:
        return False
    gap = _LIST_GAP_BEFORE.search(text, max(0, m.start() - 12), m.start())
    return gap is None or gap.start() not in org_ends


# A preposition of a site or of the sea just before a name, perhaps with "the" ("at the Villa Tarna", "off Ras
# Kelbo", "near the Wisma Tarnu"; "at" only with "the": "worked at Tarrant Lynch", "talks held at Doe Hollis" are a
# firm's), and the word before it.
_SITE_PREPOSITION_BEFORE = re.compile(r"(?:\b(\w+) )?\b(?:at|off|near|outside|beside|opposite) the $")
# (always with "the": a person follows "beside", "opposite" or "took off" alone: "sat beside Xi Jinping", "took off
# Smith Rowe")


def _placed_pairs(clusters: list[_Cluster], text: str) -> None:
    """A "person" of two words, neither a given name, with no cue of a person and never speaking nor owning, every
    mention after "at the", "off", "near" and the like ("a meeting at the Villa Tarna", "lights off Ras Kelbo"; no
    role's word before: "analysts at the Kelby Tarn"): a site or a place, no person."""
    given = _rules()["given_names"]
    for cl in clusters:
        words = cl.name.split()
        if cl.kind == "person" and len(words) == 2 and not cl.cues.get("person") \
                and not any(w.lower() in given for w in words) \
                and all(not c.speaks and not c.possessive and _at_a_site(text, c) for c in cl.cands):
            cl.kind = "place"


def _at_a_site(text: str, c: _Cand) -> bool:
    """The mention follows a preposition of a site (``_SITE_PREPOSITION_BEFORE``) and no role's word before it ("a
    professor at Kelby Tarn", "analysts at Kelby Tarn": an employer, a body)."""
    m = _SITE_PREPOSITION_BEFORE.search(text, max(0, c.start - 40), c.start)
    if m is None:
        return False
    w = (m.group(1) or "").lower()
    return not (_a_role_word(w) or (w.endswith("s") and _a_role_word(w[:-1])))


def _dweller_of(word: str) -> bool:
    """A listed place's or a region's name and "er" or "ers" ("Londoner", "Yukoners", "Mainer", "Icelanders"): a
    dweller's word, which no list of nationality words holds."""
    R = _rules()
    stem = word[:-1] if word.endswith("ers") else word
    if not stem.endswith("er") or len(stem) < 6:
        return False
    return any(s in R["places"] or s in _world_regions() for s in (stem[:-2], stem[:-1]))


def _dwellers_by_place_name(clusters: list[_Cluster], text: str) -> None:
    """One word that is a dweller's of a place (:func:`_dweller_of`: "a third-generation Kelbyer"), in the plural or
    after "a", "an", "every" or "one" (not a food's name: "Hamburger sales", "Frankfurter prices"), no cue of a
    person or a body, never speaking: people of the place, a group."""
    for cl in clusters:
        if cl.kind in ("organisation", "person") and " " not in cl.name and _dweller_of(cl.name) \
                and not (cl.cues.get("person") or cl.cues.get("organisation")) \
                and not any(c.speaks or c.label for c in cl.cands) \
                and all(c.name.endswith("s") or _A_DWELLER_BEFORE.search(text, max(0, c.start - 40), c.start)
                        for c in cl.cands):
            cl.kind = "group"


def _demonyms_of_story_places(clusters: list[_Cluster], text: str) -> None:
    """A one-word name formed from a place the story names by "-n", "-an" or "-ian" ("Malaitan" beside Malaita,
    "Kelbyans" beside Kelby): its people, a group, no body nor person, even when the gazetteer lacks the place; not
    a given name, a name that speaks ("said Adrian" beside Adria, "Kiran said" beside Kira) nor one after "the" ("The
    Daytonian hotel" beside Dayton)."""
    places = {cl.name for cl in clusters if cl.kind == "place" and " " not in cl.name}
    given = _rules()["given_names"]
    for cl in clusters:
        word = cl.name[:-1] if cl.name.endswith("ns") else cl.name
        if cl.kind in ("organisation", "person") and " " not in word and word.endswith("n") \
                and word.lower() not in given and not any(c.speaks or text.endswith(("the ", "The "), 0, c.start)
                                                          for c in cl.cands) \
                and any(stem in places for stem in (word[:-1], word[:-2], word[:-3]) if len(stem) >= 4):
            cl.kind = "group"  # (not a given name, nor one who speaks: "said Adrian, a volunteer" beside Adria)


# "a", "an", "every" or "one" and at most two words in lower case just before a name ("a third-generation ").
_A_DWELLER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Ee]very|[Oo]ne)(?: [a-z][a-z-]*){0,2} $")


def _place_words_alone(clusters: list[_Cluster], text: str) -> None:
    """A place's last word standing alone (``place_suffixes``: "the Island's remedy", "the Road to Nowhere", "his
    home off 128 Street", "of the Sea"), every mention after a determiner or a number, no surname too, no cue of a
    person or a body, never speaking: the place the story names by its kind, no person nor body (not "Peninsula
    beat Tarn Grammar": a school's side)."""
    R = _rules()
    for cl in clusters:
        if cl.kind in ("organisation", "person") and cl.name in R["place_suffixes"] \
                and cl.name not in R["place_suffixes_also_surnames"] \
                and not (cl.cues.get("person") or cl.cues.get("organisation")) \
                and all(not c.speaks and not c.label and _DETERMINER_BEFORE.search(text, max(0, c.start - 6), c.start)
                        for c in cl.cands):
            cl.kind = "place"


# "the", "this" or "that", or a number, just before a name ("the Island", "this Island", "128 Street").
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat)|\d) $")


def _named_after_a_person(clusters: list[_Cluster], text: str) -> None:
    """A "person" of two words or more opening with the surname of another person the story names in full, that
    surname no given name, never speaking, after a title nor named by its last word alone, no word after it a given
    name or a word of another person's name, and a venture's word after it (:func:`_founder_venture_tail`): a firm,
    a building or a venture named after that person ("Jo Kelby ... the Kelby Tower", "Kelby Mortgage collapsed"), an
    organisation; never one described as a person (", the minister", ", a fisherman"); no person's name opens with
    another's surname (not "Jordan Tarn" beside "Jo Jordan": a given name; nor "Carter Page" beside "Jo Carter")."""
    R = _rules()
    given = R["given_names"]
    people = [cl for cl in clusters if cl.kind == "person" and " " in cl.name]
    surnames = {cl.name.split()[-1] for cl in people}
    for cl in clusters:
        words = cl.name.split()
        if cl.kind == "person" and len(words) >= 2 and words[0] in surnames and words[0].lower() not in given \
                and _founder_venture_tail(words[1:]) \
                and not any(c.speaks or c.name == words[-1] for c in cl.cands) and not _titled(cl, text) \
                and not any(w.lower() in given or any(w in o.name.split() for o in people if o is not cl)
                            for w in words[1:]) \
                and not any(_described_as_a_person(text, c.end) for c in cl.cands):
            cl.kind = "organisation"  # (not a name written in both orders, "Syed Farook ... Farook Syed"; nor one
            # named again by its last word alone, "Carly Tarn ... Tarn")


def _founder_venture_tail(words: list[str]) -> bool:
    """Whether the words after a founder's surname hold a venture's word (``founder_venture_words``, an
    organisation's last word of ``org_suffixes`` or ``family_firm_words`` that is no surname too, a business's noun)
    with only places after it: "Tower Manila", "Mortgage", "Cement"; not "Page", "Mayfield", "T. Washington"."""
    R = _rules()
    for k, w in enumerate(words):
        if w in R["founder_venture_words"] or w in R["business_nouns"] or (
                w.lower() in R["org_suffixes"] and w not in R["body_words_also_surnames"]):
            return all(x in R["places"] or x in _world_places() for x in words[k + 1:])
    return False


# An appositive after a comma and an article or a possessive, its first four words (", the minister", ", a
# fisherman", ", his wife"), read by :func:`_described_as_a_person`.
_APPOSITIVE_WORDS_AFTER = re.compile(r",\s+(?:the|a|an|his|her|their)\s+((?:[\w-]+ ){0,3}[\w-]+)", re.I)


def _described_as_a_person(text: str, end: int) -> bool:
    """Whether an appositive just after ``end`` names a person's role or kin (``person_roles``, ``kin_nouns``, a word
    in "-man" or "-woman") within its first four words: ", the minister", ", a fisherman", ", his wife"."""
    m = _APPOSITIVE_WORDS_AFTER.match(text, end)
    R = _rules()
    return m is not None and any(w in R["person_roles"] or w in R["kin_nouns"] or w.endswith(("man", "woman"))
                                 for w in m.group(1).lower().split())


# The endings of a place's people in the plural and what each leaves of the place's name: "Kenyans" (Kenya),
# "Bostonians" (Boston), "Tasmanians", "Futunians" (Futuna), "Londoners" (London), "Marshall Islanders" (Marshall
# Islands).
_PEOPLE_ENDINGS = (("ns", ("",)), ("ans", ("",)), ("ians", ("", "y", "ia", "a")), ("ers", ("", "s")))
# The same in the singular ("every Tobagonian", "a Herzegovinian", "the Kelbian"): one of the people, no actor either.
_PERSON_OF_A_PLACE_ENDINGS = tuple((ending[:-1], left) for ending, left in _PEOPLE_ENDINGS)


# A word of one person just before a name ("every ", "each ", "a ", "another "): a singular people's word.
_ONE_PERSON_BEFORE = re.compile(r"\b(?:[Ee]very|[Ee]ach|[Aa]n?|[Aa]nother|[Aa]ny|[Nn]o|[Oo]ne|[Ff]ellow) $")


@lru_cache(maxsize=1)
def _places_of_two() -> frozenset:
    """Each part of a place of two joined by "and", listed or of the world's or the regions' gazetteer ("Trinidad and
    Tobago", "Wallis and Futuna", "Newfoundland and Labrador"), and a listed place's name after "New" ("New
    Caledonia"): a place whose people are named for it alone ("Tobagonians", "Futunians", "Caledonians")."""
    places = _rules()["places"] | {p for p in _world_places() | _world_regions() if " and " in p}
    return frozenset(part for p in places if " and " in p for part in p.split(" and ")) \
        | {p[4:] for p in _rules()["places"] if p.startswith("New ")}


def _people_of_places(clusters: list[_Cluster], text: str) -> None:
    """A name no cue types, never speaking nor owning, that is a place's name and the ending of its people in the
    plural (``_PEOPLE_ENDINGS``: "Kenyans", "Marshall Islanders", "Londoners"), the place a listed one or one the
    story names (alone or opening a place's name: "Tarno ... the Tarno Reef" gives "Tarnoans"): the place's people,
    a group (no team: "the Islanders" names no place; not the world gazetteer's towns: "Mariners", Marin).  A part
    of a listed place of two ("Herzegovina" of "Bosnia and Herzegovina") counts as a place; so does the singular after a
    word of one person each time ("every Tobagonian", "a Herzegovinian"; ``_ONE_PERSON_BEFORE``), but not a given name
    ("Adrian", "Vivian") nor a paper's or a hotel's name ("The Kelbian hotel", "the Kelbian reported")."""
    R = _rules()
    story_places = {w for cl in clusters if cl.kind == "place" for w in (cl.name, cl.name.split()[0])}
    for cl in clusters:
        if cl.kind not in ("organisation", "person") or any(cl.cues.values()) or cl.name.isupper() \
                or any(c.speaks or c.possessive or c.label for c in cl.cands):
            continue
        singular = not cl.name.endswith("s") and cl.name.lower() not in R["given_names"]
        if singular and not all(_ONE_PERSON_BEFORE.search(text, max(0, c.start - 12), c.start) for c in cl.cands):
            continue
        endings = _PERSON_OF_A_PLACE_ENDINGS if singular else _PEOPLE_ENDINGS
        stems = [cl.name[:-len(end)] + tail for end, tails in endings if cl.name.endswith(end) for tail in tails]
        if any(len(st) >= 4 and (st in R["places"] or st in story_places or st in _places_of_two()) for st in stems):
            cl.kind = "group"


# "on" or "upon" between a town and the river or the water its name goes on with ("Newcastle upon Tyne", "Sherfield on
# Loddon", "Walton on Thames").
_ON_A_WATER_BEFORE = re.compile(r" (?:on|upon) $")
# After the water, the town's name ends: a mark, the text's end, or a preposition or a conjunction ("near Kelby on
# Tarn on Friday", "in Kelby upon Tarn and Leeds"; not a verb: "a hearing in Kelby on Acme ended").
_TOWN_NAME_ENDS = re.compile(r"(?:[,.;:!?)]|$| (?:on|in|at|near|and|or|to|from|for|by|with|where|when|after|before"
                             r"|during|until|since|last|this)\b)")


def _waters_of_towns(clusters: list[_Cluster], text: str) -> None:
    """An untyped word (:func:`_untyped_word`), no known body, whose every mention follows a town's and "on" or
    "upon" and ends the town's name (:data:`_TOWN_NAME_ENDS`), never speaking nor owning ("near Kelby on Tarn, ...",
    "from Kelby upon Tarn on Friday"): the water of the town's name, a place.  Not after a listed place, a country's
    or a capital's ("a hearing in Washington on Huawei", "sanctions in Moscow on Acme": what they are about)."""
    R = _rules()
    place_ends = {c.end for cl in clusters if cl.kind == "place" and cl.name not in R["places"] for c in cl.cands}
    for cl in clusters:
        if _untyped_word(cl) and cl.name not in R["known_organisations"] \
                and not any(c.speaks or c.possessive for c in cl.cands) and all(
                (m := _ON_A_WATER_BEFORE.search(text, max(0, c.start - 6), c.start)) and m.start() in place_ends
                and _TOWN_NAME_ENDS.match(text, c.end) for c in cl.cands):
            cl.kind = "place"


# A label's colon and one code of figures to the line's end, a score joined by a dash or a slash or a DOI ("HT:
# 10-13", "DOI: 10.4821/kelby.2024"): a score or an identifier, no speaker's turn nor a result box's count or share
# ("Kelby Party: 412", "Jo Doe: 47.7%"); a key's name and a plus sign before another key ("Ctrl+Enter"), or one
# letter and a plus before ("A+E Networks").
_FIGURE_AFTER_LABEL = re.compile(r": ?(?:\d+[-–/]\d+|10\.\d{4,}/\S+)[ \t]*(?:\n|$)")
_KEY_PLUS_AFTER = re.compile(r"\+[A-Za-z]")
_KEY_NAMES = ("Ctrl", "Alt", "Shift", "Cmd", "Fn", "Option", "Win", "Esc", "Tab")
_KEY_PLUS_BEFORE = re.compile(r"(?<![\w+])[A-Za-z]\+$")


# A full stop, then an honorific's short form and a capitalised word ("Assoc. Prof. Jo Doe": "Assoc" before it).
_STOP_THEN_TITLE_AFTER = re.compile(r"\. ([A-Z][a-z]{1,4})\.? [A-Z]")


def _title_s_abbreviation(text: str, c: _Cand) -> bool:
    """A word opening a sentence, then a full stop and an honorific ("Assoc. Prof. Jo Doe", "Asst. Prof. Ann Roe"):
    the title's first word cut short, no actor (a sentence of one name is none)."""
    return c.weak == "initial" and (m := _STOP_THEN_TITLE_AFTER.match(text, c.end)) is not None \
        and m.group(1).lower() in _rules()["honorifics"]


def _known_name(name: str) -> bool:
    """A place of the gazetteers or a known organisation."""
    R = _rules()
    return name in R["places"] or name in _world_places() or name in R["known_organisations"]


def _currency_of_the_story(names: list[str], cs: list[_Cand], text: str) -> bool:
    """One ISO 4217 code in use in capitals (:func:`analysis.sidecar.current_currency_codes`), no known body's
    letters, never speaking nor owning, that the story writes before a sum of money somewhere (``_MONEY_AFTER_CODE``:
    "a salary of KES 45,000", a masthead's price "UGX 2,000", "KES 1.2 billion"): the currency wherever else it stands
    alone ("KES firms as exports rise"), no actor.  Not a code glued to a number or written with "the" ("COP29",
    "the COP": a conference; "SDP 24.1" in a poll is no sum)."""
    code = names[0]
    if len(names) != 1 or not code.isupper() or code not in current_currency_codes() \
            or code in _rules()["known_organisations"] or any(c.speaks or c.possessive for c in cs):
        return False
    if re.search(r"(?<![\w.])" + code + r"\d{1,2}\b(?![,.]\d)|\b[Tt]he " + code + r"\b", text):
        return False
    return re.search(r"(?<![\w.])" + code + _MONEY_AFTER_CODE, text) is not None


# A sum written with a currency's one-letter sign glued to it: the peso's or the pula's "P30", the rand's "R250",
# the kwacha's or the kina's "K500", the naira's "N2,000".
_LETTER_SUM = re.compile(r"([PRKN])\d{2,}(?:,\d{3})*")


def _sum_by_a_currency_letter(names: list[str], text: str) -> bool:
    """A name that is such a sum ("One said P30."), when the story writes another sum with the same sign ("paid P50,
    some paid P300"): money, no actor (not "G20", "U2", "K2")."""
    m = _LETTER_SUM.fullmatch(names[0]) if len(names) == 1 else None
    return m is not None and any(o.group() != names[0] for o in re.finditer(
        rf"(?<![\w.-]){m.group(1)}\d{{2,}}(?:,\d{{3}})*(?![\w-])", text))


# A sum of money after a currency's code and a space: figures with a thousands' comma, or two decimals, or a word of
# magnitude ("45,000", "2.50", "1.2 billion", "300m"), no per cent nor letter after.
_MONEY_AFTER_CODE = (r"[ \u00a0](?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d\d|\d+(?:\.\d+)?[ \u00a0]?"
                     r"(?:million|billion|trillion|bn|mn|m|k|tn)\b)(?![\w%]| per ?cent| percent)")


def _code_or_key(text: str, c: _Cand) -> bool:
    """A mention that opens a line before a colon and one figure or code ("HT: 10-13" in a score box, "DOI:
    10.4821/x"), or that a plus sign joins to another key ("pressing Ctrl+Enter"): no actor."""
    if (c.start == 0 or text[c.start - 1] == "\n") and _FIGURE_AFTER_LABEL.match(text, c.end):
        return not _known_name(c.name)  # (a place's or a known body's tally stays: "Ohio: 51-47")
    if (c.name in _KEY_NAMES or len(c.name) == 1) and _KEY_PLUS_AFTER.match(text, c.end):
        return True  # (a brand joined by a plus stays: "Kelby+Tarno")
    return _KEY_PLUS_BEFORE.search(text, max(0, c.start - 3), c.start) is not None


def _area_by_its_shape(cl: _Cluster, text: str) -> bool:
    """A name no given name opens that ends in an area's word of ``area_name_ends`` ("Tutong District"; not "Kelby
    School District": see ``service_districts``), is a word of position and one other ("Upper Baddibu", "Lower
    Shire"), or is written before a comma and a state each time ("Derby Line, Vt."): an area, no person."""
    R, words = _rules(), cl.name.split()
    if len(words) < 2 or words[0].lower() in R["given_names"] or _described_after(cl, text):
        return False  # (nor a name the story describes: "Deep South, the Atlanta-based band,")
    if words[-1] in R["area_name_ends"] and all(w[:1].isupper() and w not in R["service_districts"] for w in words) \
            or len(words) == 2 and words[0] in R["region_position_words"] and words[1].lower() not in R["org_words"] \
            and not _body_shaped(cl.name):
        return True  # (not "the Kelby Water and Tarnby District councils", "The Upper House")
    return all(_state_after(text, c.end) for c in cl.cands)


def _compass_opener(name: str) -> bool:
    """A compass word opens the name ("Northern Light", "Western Power"): as often a firm's name as a region's."""
    return name.split()[0].removesuffix("ern") in _COMPASS_REGIONS


def _region_shaped(name: str) -> bool:
    """A name of several words shaped as a region's, not a person's: a lower-case particle or a common word in it
    ("Davao del Norte", "Central Java"; not "Santiago Rodriguez", a province's name and a man's)."""
    words = name.split()
    return len(words) > 1 and any(w.islower() or _common_word(w) or w in _COMPASS_REGIONS for w in words)


def _small_business(name: str) -> bool:
    """A possessive, then words that end in a small business's noun (``business_nouns``): "Joe's Diner", "Dot's
    Canal Street Diner"."""
    words = name.split()
    return len(words) >= 2 and words[-1] in _rules()["business_nouns"] \
        and any(w.endswith(("'s", "’s")) for w in words[:-1])


def _kind_with_overrides(cl: _Cluster, text: str) -> str:
    """The cluster's kind by its cues (:func:`_decide_kind`), then the overrides by its name's shape and use: a body
    by its own words (which also earns it the organisation cue), a person by a full name, a saint's town, a ship, a
    law, a car, a road."""
    kind = _decide_kind(cl)
    if kind != "place" and cl.name in _world_regions() and (cl.cues.get("place", 0) or _region_shaped(cl.name)) \
            and cl.name not in _rules()["news_names"] \
            and max(cl.cues.get("organisation", 0), cl.cues.get("person", 0)) < 3:
        return "place"  # ("transfers to Mohéli", "Davao del Norte exported ..."): a region of the gazetteer that a
        # place's cue reads so, or shaped as no person's name, no strong cue of a body or a person against it
    if kind == "organisation" and not any(cl.cues.values()) and _cueless_place(cl, text):
        return "place"  # ("Rural Tripura": a region of the gazetteer read by its neighbours alone; _regions_by_name,
        # run after, reads the rest by their uses)
    if kind == "organisation" and not any(cl.cues.values()) and _within_a_town(cl, text):
        return "place"  # ("racks at Nazirartek, Cox's Bazar"): a village or a quarter the gazetteer lacks, placed in a
        # town it lists
    if kind == "organisation" and not any(cl.cues.values()) and _only_where(cl, text):
        return "place"  # ("estates at Mwelya, Kange and Pongwe", "fishermen on Manihi"): a name said only as where
        # something is
    if kind == "organisation" and not any(cl.cues.values()) and _name_like(cl.name) and _body_shaped(cl.name):
        cl.cues["organisation"] += 3  # a body by its name's own words ("Kelby News Channel", "Tarno Publishing")
    if kind == "organisation" and _person_by_full_name(cl):
        kind = "person"
    if kind == "person" and _members_branch(cl.name):
        kind = "organisation"  # "the Kelby Miners' Lodge": a union's branch, named for its members
    if kind == "place" and _rules()["allied_members"].search(cl.name):
        kind = "organisation"  # "United Plastics, Composites and Allied Workers of Canada": a union of trades
    if kind == "person" and _small_business(cl.name):
        kind = "organisation"  # "Joe's Diner said": a small business named by its owner's possessive
    if kind == "place" and cl.cues.get("person", 0) and _given_name_then_rare_surname(tuple(cl.name.split())):
        kind = "person"  # "Ann Jetty, a nurse, said": a person's cue over the place's word
    if kind == "person" and not any(cl.cues.values()) \
            and all(_PLACE_THE_BEFORE.search(text, max(0, c.start - 24), c.start) and not _noun_after(text, c.end)
                    for c in cl.cands):
        kind = "place"  # "came from Tanna in the New Hebrides": no person's name after "in the" (not "from the
        # Kelby Rivieren faction": a noun after it)
    if kind in ("person", "organisation") and not any(cl.cues.values()) and _area_by_its_shape(cl, text) \
            and not (kind == "organisation" and (_body_shaped(cl.name) or _compass_opener(cl.name))):
        kind = "place"  # "the Tutong District", "The Seyfo of Upper Baddibu", "from Derby Line, Vt.": no person's
        # name, nothing naming one
    if kind == "person" and _saint_alone(cl.name) and _where_a_place_stands(cl, text) and not _titled(cl, text) \
            and not _romance_saint_a_person(cl, text):
        kind = "place"  # "August Town, St Andrew": a parish or a town named for its saint
    if _vessel(cl, text) or _law_by_sponsors(cl, text) or _vehicle_model(cl, text) \
            or (kind == "person" and _given_name_after_the(cl, text)):
        kind = "product"  # a ship ("the ferry MV Kelby Star"), a law ("the Kelby-Tarno bill"), a car ("a Subaru Tarno")
    if kind != "place" and (_road_named_for_someone(cl) or _street_in_its_language(cl, text) or _glued_street(cl, text)
                            or _camp_by_its_use(cl, text) or _county_before_its_name(cl)):
        kind = "place"  # "on Lady Kelby Road": a road named for a titled person, no person; "on Calle Kelby"; "at
        # Camp Kelby"
    if kind == "person" and _civic_hall(cl.name) or kind == "organisation" and _civic_hall(cl.name, "Chambers"):
        kind = "place"  # "at City Hall", "outside Kelby Town Hall": a building, no person named Hall; "signed at the
        # Council Chambers": a building, no body (a barristers' "Kelby Street Chambers" has no civic word)
    if kind != "place" and ((_region_by_position(cl.name) and not _described_after(cl, text))
                            or _possessive_place(cl, text) or _land_word_alone(cl, text)
                            or _state_word_alone(cl, text)):
        kind = "place"  # "the Upper Midwest", "the Deep South"; "Kelby's Bay" (cut at its possessive); "the Island"
    if kind == "person" and _only_after_the(cl, text):
        kind = "organisation"  # "The State says he knew ...", "the Crown said": one word no person's name, each time
        # after "the": an institution speaking, not a surname
    if (kind == "person" or kind == "organisation" and _place_cue_outweighs(cl)) and _unvoiced_place_opener(cl, text):
        kind = "place"  # "between Bab al-Kelby and Jabal Tarno", "the Serra de Kelby": a place's word opens the name
        # (or a body's, with a cue of a place too and no body's word: "in Barangay Kelba ... Barangay Kelba Kapitan")
    if kind == "organisation" and _CAUSE_OR_TRADE_PLURAL.fullmatch(cl.name):
        kind = "group"  # "Conservationists said ...": people of one cause or trade, written with a capital at a
        # sentence's start
    if kind == "organisation" and _acronym_as_a_thing(cl, text) or _currency_name(cl, text):
        kind = "product"  # "dug with a KCB in March", "transferred under TUPA.": a machine, a law; "Turkish Liras"
    return kind


def _only_after_the(cl: _Cluster, text: str) -> bool:
    """A one-word name, no given name, that the story writes after "the" every time, as a subject ("The State says",
    "the Crown said", "The State will show", "the State feared"): no person, whom English names without an article
    (not "the Obama administration", "the Bush years": a person's name before the noun it modifies)."""
    return " " not in cl.name and cl.name.lower() not in _rules()["given_names"] \
        and cl.name.lower() not in _rules()["ruler_titles"] and not _title_word(cl.name) \
        and all(_THE_BEFORE.search(text, max(0, c.start - 4), c.start)
                and (not (m := _LOWER_WORD_AFTER.match(text, c.end)) or m.group(1) in _SUBJECTS_VERBS
                     or m.group(1).endswith("ed") or _rules()["speech_cue"].fullmatch(m.group(1))) for c in cl.cands)


_SUBJECTS_VERBS = frozenset("will would has had is was can could must may might should did does".split())


# One capitalised word, the plural of a noun in "-ist" ("Conservationists", "Environmentalists", "Loyalists") or of
# one who holds something in "-holder" ("Stallholders", "Shareholders", "Leaseholders").
_CAUSE_OR_TRADE_PLURAL = re.compile(r"[A-Z][a-z]{3,}(?:ists|holders)")


def _place_cue_outweighs(cl: _Cluster) -> bool:
    """A body's cluster whose place cues are as many as its body cues or more, with no body's word, legal form nor
    listed body in its name ("in Barangay Kelba ... Barangay Kelba Kapitan Jo Doe"; not "The Quai d'Orsay summoned")."""
    R = _rules()
    return cl.cues.get("place", 0) >= max(1, cl.cues.get("organisation", 0)) \
        and cl.name not in R["known_organisations"] \
        and not any(w.lower() in R["org_words"] or w.rstrip(".") in R["legal_forms"] for w in cl.name.split())


def _unvoiced_place_opener(cl: _Cluster, text: str) -> bool:
    """A name of two words or more read as a person's (or a body's, with a place's cue) that a word opening places'
    names in some language opens (``place_name_openers``: "Wadi", "Jabal", "Serra", "Calle", "Anse", "Monte",
    "Barangay"), with no cue of a person, never
    speaking nor possessing: a place ("clashes between Bab al-Kelby and Jabal Tarno", "between the coast and the Serra
    de Kelby"), since such words open a person's name too ("Monte Doe", "Santa Doe") only where a given name, a title
    or speech shows the person.  An opener that is also an English given name (``place_name_openers_also_given_names``:
    "Rio", "Sierra", "Monte") opens a place only before a particle or a hyphened word, in a name of three words or
    more, or after "the" ("the Sierra Kelba"; not "Rio Doe and Micah Roe argued", "Sierra Doe died")."""
    R, words = _rules(), cl.name.split()
    if len(words) < 2 or words[0] not in R["place_name_openers"] or cl.cues.get("person") \
            or any(c.speaks or c.possessive for c in cl.cands):
        return False
    return words[0] not in R["place_name_openers_also_given_names"] or len(words) > 2 or words[1][:1].islower() \
        or "-" in words[1] or any(_THE_AT_END.search(text, max(0, c.start - 4), c.start) for c in cl.cands)


_THE_WORD = r"(?<![\w’'-])[Tt]he {}(?![\w’'-])"


def _given_name_after_the(cl: _Cluster, text: str) -> bool:
    """A given name alone, with no cue of a person and never speaking, that the story writes two times or more after
    "the", twice as often as without it, and that closes a longer name of its own elsewhere: a defined term written
    with a capital, no person ("the Marine Kelby Amendment Bill passed ... the Bill would cut ..."; a law named so;
    not "The Jo we knew ... The Jo in the papers": a person, nor a nickname, "The Jo is back")."""
    name = cl.name
    if " " in name or name.lower() not in _rules()["given_names"] or cl.cues.get("person", 0) \
            or any(c.speaks for c in cl.cands):
        return False
    written = len(re.findall(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text))
    after_the = len(re.findall(_THE_WORD.format(re.escape(name)), text))
    return after_the >= 2 and after_the >= 2 * (written - after_the) and any(
        m.group(1).lower() not in _rules()["given_names"] and not _title_word(m.group(1))
        for m in re.finditer(_NAME_THE_WORD_CLOSES.format(re.escape(name)), text))


# A capitalised word inside a phrase (after a word or a bracket) and then a word that closes a longer name: "the
# Housing Bill", "Marine Leases (Approvals) Amendment Bill" (the group: the word before it, no given name nor title:
# not "the Jo Bill show")
_NAME_THE_WORD_CLOSES = rf"(?<=[\w)’'] )([{_UC}][\w’'-]*) {{}}(?![\w’'-])"


def _county_before_its_name(cl: _Cluster) -> bool:
    """ "County", "Co" or "Co." and one capitalised word, no body's word nor an event's, in every mention: an Irish or
    a British county written with its word first ("Co Kelby", "Co. Tarn", "County Kelby"; not "County Council",
    "County Championship"; a firm's "Co" closes its name: "Doe & Co")."""
    R, named = _rules(), False
    for c in cl.cands:
        words = c.name.split()
        if len(words) == 1 and words[0] in ("Co", "Co."):
            continue  # the county's word alone, a short form the clustering joined to the name
        if len(words) != 2 or words[0] not in ("County", "Co", "Co.") or not words[1][:1].isupper() \
                or _a_body_s_or_office_s_word(words[1]):
            return False
        named = True
    return named


def _a_body_s_or_office_s_word(word: str) -> bool:
    """A word that closes a body's, an office's or an event's name after "County" ("Council", "Board", "Sheriff",
    "Commissioners", "Championship", "Clerk"), or "Op" after "Co" (a co-operative): no county's own name."""
    R = _rules()
    return word.lower() in R["org_words"] or word in R["not_actor_suffixes"] or word in R["public_body_heads"] \
        or word in R["members_body_words"] or word in R["county_first_not_names"] or _a_role_word(word) \
        or (word.endswith("s") and _a_role_word(word[:-1]))


# A comma and an article after a name: an appositive says what it is ("Central Kelby, a regional airline, ...").
_ARTICLE_APPOSITIVE_AFTER = re.compile(r", (?:a|an|the) ")


def _described_after(cl: _Cluster, text: str) -> bool:
    """A mention of the cluster that an appositive follows ("Deep Tarno, the Kelby-based band"): what it is is said."""
    return any(_ARTICLE_APPOSITIVE_AFTER.match(text, c.end) for c in cl.cands)


def _region_by_position(name: str) -> bool:
    """Words of position (``region_position_words``) and a compass region last: "Upper Midwest", "Deep South",
    "Far East", "Middle East"; no person ("Jo West")."""
    words = name.split()
    return len(words) >= 2 and words[-1] in _COMPASS_REGIONS \
        and all(w in _rules()["region_position_words"] for w in words[:-1])


def _civic_hall(name: str, building: str = "Hall") -> bool:
    """A name ending in "Hall" (or ``building``: "Chambers") after a word of ``civic_hall_words`` ("City Hall",
    "Kelby Town Hall", "the Village Hall", "the Council Chambers"): a building, not a person whose surname is Hall
    (no such word is a given name or a title)."""
    words = name.split()
    return len(words) >= 2 and words[-1] == building and words[-2] in _rules()["civic_hall_words"]


def _land_word_alone(cl: _Cluster, text: str) -> bool:
    """A word of land alone (``land_words_alone``: "the Island", "Highlands and Islands"), never speaking, owning nor
    described, each time after "the", a land's "and" or a place's first word (:data:`_LAND_WORD_BEFORE`): the land the
    story is set on or a region's part, no body (not "Islands, the burger chain, said", "Peninsula's coach",
    "according to The Island": a body's name)."""
    return cl.name in _rules()["land_words_alone"] and not _described_after(cl, text) \
        and all(not (c.speaks or c.label or c.possessive) and _LAND_WORD_BEFORE.search(text, max(0, c.start - 12),
                                                                                      c.start) for c in cl.cands)


def _state_word_alone(cl: _Cluster, text: str) -> bool:
    """A word of a state's form alone (``state_words_alone``: "the Republic", "the Principality"), each time after
    "the" in lower case, never speaking, labelled nor described: the country the story is set in, a place, its owner's
    mark too ("the Republic's banks")."""
    R = _rules()
    return cl.name in R["state_words_alone"] and not _described_after(cl, text) \
        and all(not (c.speaks or c.label) and text.endswith("the ", 0, c.start)
                and not ((m := _OWNED_NOUN_AFTER.match(text, c.end)) and m.group(1) in R["state_word_body_nouns"])
                for c in cl.cands) \
        and not _a_body_named_for_a_place_and(cl.name, text)


# An owner's mark and the noun in lower case after it ("'s publisher", "’s editor").
_OWNED_NOUN_AFTER = re.compile(r"(?:'s|’s) ([a-z]+)\b")


def _a_body_named_for_a_place_and(word: str, text: str) -> bool:
    """Whether the story names a body by a place and a state's form ("The Kelby Republic", a paper): no listed place
    ("Dominican Republic"), its first word a place; "the Republic" alone is then that body's short form."""
    R = _rules()
    for m in re.finditer(r"\b((?:[A-Z][\w’'-]* )+)" + re.escape(word) + r"\b", text):
        head = m.group(1).split()
        head = head[1:] if head[0] == "The" else head
        full = " ".join((*head, word))
        if head and full not in R["places"] and (head[0] in R["places"] or head[0] in _world_places()):
            return True
    return False


# "the" (capitalised only at a sentence's start), a land's "and" or a place's capitalised first word just before a
# land word ("on the Island", "The Island had", "Highlands and Islands", "Easter Island"; not "according to The
# Island": a paper's title).
_LAND_WORD_BEFORE = re.compile(r"(?:\bthe|(?:^|[.!?:\n][”\"’']?\s*)The|\w (?:and|&)"
                               r"|(?<![\w’'-])(?!The )[A-Z][a-z]+) $")


# A possessive and a place's last word (``place_suffixes``) after a name, then no more capitalised word: "Kelby’s
# Bay", "Tarno's Island" (not "Acme's Bay Area office").
_POSSESSIVE_PLACE_AFTER = re.compile(r"(?:’s|'s) ([A-Z][a-z]+)\b(?![’'-]| [A-Z])")


_LOWER_WORD_GROUP_AFTER = re.compile(r" ([a-z]+)\b")


def _possessive_place(cl: _Cluster, text: str) -> bool:
    """One word no cue types, every mention a possessive before a place's last word: the place "Kelby's Bay" (the
    name cut at its possessive), no body ("Kelby's Bay had led at half-time", "beat Kelby’s Bay")."""
    R = _rules()
    return " " not in cl.name and not any(cl.cues.values()) and all(
        (m := _POSSESSIVE_PLACE_AFTER.match(text, c.end)) and m.group(1) in R["place_suffixes"]
        and not ((w := _LOWER_WORD_GROUP_AFTER.match(text, m.end())) and w.group(1) in R["premises_nouns"])
        for c in cl.cands)  # (nor a shop's or a site's place word: "Tarnco's Bay store", "Acme's Park campus")


# "a"/"an" just before a name, "with a"/"with an" (a tool's use: "dug with a KCB"); "under" just before it, and the word
# before "under" (a law: "charged under TUPA"; no rule: "a decade under KLP", "has been under KLP").
_A_OR_AN_BEFORE = re.compile(r"(?<![\w-])(with )?an? $")
_UNDER_BEFORE = re.compile(r"(?:([\w’'-]+) )?(?<![\w-])under $")
# After a name: a clause's mark, or a function word in lower case then, as after a common noun ("a KCB in March").
_WORD_OR_MARK_AFTER = re.compile(r"(?:[,.;:)]|\s*$| ([a-z]+)\b)")
# A relative clause after a name, as after a body's ("under KNFA, which sets the fixtures").
_BODY_CLAUSE_AFTER = re.compile(r",\s+(?:which|who|whose)\b")
# A time after a name ("since 1994", "in 1992", "in the 1950s", "until", "for"): a ruler's or a body's time; or
# "of" and a figure, a measure's reading ("with a BAC of 0.12", "a KPI of 40%"), no thing.
_TIME_AFTER = re.compile(r" (?:since|until|till|for|from|during|in (?:the )?\d|of [-+$£€]?\d)")


def _acronym_as_a_thing(cl: _Cluster, text: str) -> bool:
    """An abbreviation of one word (letters only) that no person's cue types, used only as a tool is ("dug with a
    KCB in March", "a KJ on the other side") or as a law is ("staff transfer under TUPA.", "charged under KPLA on
    Friday"): each mention after "with a"/"with an" (a bare "a" only before "in"/"on"/"at") or "under", and before a
    clause's mark or a function word, no noun it would modify ("a CIA officer", "under UN rules"), no "that" ("an
    KHS that works"), no time of a rule ("under KLP since 2019") and no rule's word before "under"
    (``under_rule_before``: "a decade under KLP", "came under KFA"); no known regulator ("sanctioned under KFAC")."""
    R = _rules()
    if not (cl.name.isupper() and cl.name.isalpha()) or len(cl.name) < 2 or cl.cues.get("person", 0) \
            or cl.name in R["known_organisations"] or cl.name in R["bodies_by_abbreviation"]:
        return False  # (nor a dotted title's or a degree's short form: "a C.E.O.", "an M.F.A.")
    for c in cl.cands:
        under = _UNDER_BEFORE.search(text, max(0, c.start - 30), c.start)
        article = _A_OR_AN_BEFORE.search(text, max(0, c.start - 9), c.start)
        if c.possessive or c.speaks or _TIME_AFTER.match(text, c.end) or not (
                article or (under and (under.group(1) or "").lower() not in R["under_rule_before"])):
            return False
        m = _WORD_OR_MARK_AFTER.match(text, c.end)
        if m is None or _BODY_CLAUSE_AFTER.match(text, c.end) or (m.group(1) and (m.group(1) not in R["stopwords"] or m.group(1) in ("and", "or", "that"))):
            return False  # (nor one of two names before a noun: "an MTV and KBT town hall")
        if article and not article.group(1) and (m.group(1) or "") not in ("in", "on", "at"):
            return False  # a bare "a": only a thing somewhere ("a KCB on the other side"), no "a KBC that serves"
    return True


def _person_by_full_name(cl: _Cluster) -> bool:
    """A person's full name of two or three words, opening with a listed given name (or with a word the story also
    uses alone for the same actor, the full name with a person's cue of its own: "Ann Kelby told reporters ...
    Ann's team"), whose own mentions lean to a person (no organisation cue, or fewer than a person's: "Mayor Jo
    Guardian", the surname a paper's name too), in a cluster typed an organisation by the cues of its surname
    alone: cues a politician's surname takes as often as a firm's name ("a Kelby supporter", "Kelby spokeswoman",
    "Kelby's team", "a spokeswoman for Kelby"), which do not outvote the full name (not when the full name's own
    mentions carry as many organisation cues as a person's)."""
    w, R = cl.name.split(), _rules()
    if not 2 <= len(w) <= 3 or not _presumed_person(cl.name) or _common_word(w[-1]) \
            or cl.name in R["known_organisations"] or w[0] in R["known_organisations"]:
        return False  # (not "Kelby Politics", "Kelby News": a body's common noun last, or a known body's name)
    full = _pooled(c.cues for c in cl.cands if " " in c.name)
    if full.get("organisation", 0) >= max(1, full.get("person", 0)):
        return False
    return w[0].lower() in R["given_names"] or (
        full.get("person", 0) > 0 and any(c.name == w[0] for c in cl.cands))


# Two or more capitalised surnames joined by hyphens ("Kelby-Tarno").
_SPONSORS = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")


# "the" before a law's name, perhaps with a year or a word in lower case between ("the 2010 ", "the landmark ").
_THE_BEFORE_LAW = re.compile(r"\b[Tt]he (?:\d{4} |[a-z]+ )?$")


def _law_by_sponsors(cl: _Cluster, text: str) -> bool:
    """Every form two or more capitalised words joined by hyphens (no place, no people's word, no given name first:
    "Kelby-Tarno", not "Jo-Ann", "Austria-Hungary", "Franco-German"), never speaking nor owning, and one mention
    after "the" with a noun of law directly after it, or after a verb of repeal ("the Kelby-Tarno bill", "the repeal
    of Kelby-Tarno"; not "under Kelby-Tarno", "Kelby-Tarno rules", "the Kelby-Tarno law firm"): a law named after
    its sponsors."""
    R = _rules()
    if not all(_SPONSORS.fullmatch(c.name) for c in cl.cands) or any(c.speaks or c.possessive for c in cl.cands):
        return False
    parts = cl.name.split("-")
    if any(p in R["places"] or p.lower() in R["demonyms"] for p in parts) or parts[0].lower() in R["given_names"] \
            or cl.name in R["known_organisations"]:
        return False  # (a given name may end it: "Kelby-Frank")
    return any((R["law_after_sponsors"].match(text, c.end) and _THE_BEFORE_LAW.search(text, max(0, c.start - 24), c.start))
               or R["law_before_sponsors"].search(text, max(0, c.start - 24), c.start) for c in cl.cands)


def _vehicle_model(cl: _Cluster, text: str) -> bool:
    """Every form a vehicle maker's name and a model's word or more, none a body's or a place's word ("Holden
    Kelby", "Subaru TX9"; not "Ford Foundation", "Toyota Motor", "Dodge City"), never speaking nor owning, and one
    mention after an article or an owner with a use of a vehicle beside it ("was driving his modified Holden
    Kelby", "a Subaru TX9 was stolen"; not "her friend Mercedes Kelby", "a Fiat Kelby spokesman"): a vehicle."""
    R = _rules()
    if cl.cues.get("place", 0) or cl.cues.get("organisation", 0) >= 3:
        return False  # (a place or a body by its own words or uses: "Dodge City", "Ford Kelby Holdings")
    for c in cl.cands:
        w = c.name.split()
        if len(w) < 2 or w[0] not in R["vehicle_makers"] or c.speaks or c.possessive \
                or any(x.lower() in R["org_words"] or x in R["place_suffixes"] for x in w[1:]):
            return False
    return any(_vehicle_used(c, text) for c in cl.cands)


def _vehicle_used(c: _Cand, text: str) -> bool:
    """An article or an owner (and perhaps an adjective or two) just before the mention, and a verb of driving
    before those, a vehicle's use among those or a vehicle's use just after the name ("driving his modified ", "a
    stolen ", "a " ... " was stolen")."""
    R = _rules()
    m = R["vehicle_owner_before"].search(text, max(0, c.start - 40), c.start)
    if m is None or m.group("owner") in R["places"]:
        return False  # (a country's possessive: "Canada’s Kia Nurse", "Argentina’s Mercedes Sosa": its people)
    after = R["vehicle_use_after"].match(text, c.end)
    if m.group("owner") and after and R["vehicle_uses_figurative"].match(text, after.start("use")):
        after = None  # ("Salinger’s Holden Caulfield struck a nerve": a named owner, a figure of speech)
    return (R["vehicle_use_before"].search(text, max(0, m.start() - 24), m.start()) is not None
            or any(w in R["vehicle_use_words"] for w in m.group().split()) or after is not None)


def _road_named_for_someone(cl: _Cluster) -> bool:
    """Every form closed by a road word no surname is ("Lady Kelby Road", "Tarno Highway"), and not a person's
    name with a person's cue ("Mr. Jo Boulevard said", "Sarah Highway, 42,": a listed given name opens it)."""
    R = _rules()
    if not all(" " in c.name and c.name.rsplit(" ", 1)[1] in R["road_ends_never_surnames"] for c in cl.cands):
        return False
    return not (cl.cues.get("person", 0) and any(c.name.split()[0].lower() in R["given_names"] for c in cl.cands))


def _street_in_its_language(cl: _Cluster, text: str) -> bool:
    """Every form a street's or a land's word of another language and more words ("Akti Tarno", "Avenida Kelby Doe",
    "Cerro Kelby"; ``street_openers``, ``land_openers``), no mention speaking, no person's cue, no body's words
    last; when the word is a given name too ("Calle Kelby", "Rua Tarno"), a mention after a preposition of place or
    before a number ("on Calle Kelby"; not "Calle Kelby, the former defenceman")."""
    R = _rules()
    if " " not in cl.name or cl.name.split(" ", 1)[0] not in R["language_place_openers"] \
            or not all(not c.speaks and (c.name.split(" ", 1)[0] in R["language_place_openers"]
                                         or cl.name.endswith(" " + c.name)) for c in cl.cands) \
            or cl.cues.get("person", 0) or cl.cues.get("organisation", 0) >= 3 or _body_words_last(cl.name):
        return False  # (not "Rua Kelby Holdings", "Playa Kelby Hotels & Resorts"; a form may be the name's rest,
        # cut from a caption's opening words: "Work on the Anse du Kelby extension" gives "Kelby")
    return cl.name.split(" ", 1)[0] not in R["street_openers_also_given_names"] or any(
        _STREET_PREPOSITION_BEFORE.search(text, max(0, c.start - 7), c.start) or _HOUSE_NUMBER_AFTER.match(text, c.end)
        for c in cl.cands)


def _glued_street(cl: _Cluster, text: str) -> bool:
    """One word with a street's word of its language glued to its end (``glued_street_endings``: "Kelbystraat",
    "Tarnolaan", "Kelbygracht"), no mention speaking, no person's cue, and a mention after a preposition of place
    ("on the Kelbylaan") or before a house's number ("Tarnostraat 9"): a street, a place (not "Vanderlaan said")."""
    name = cl.name
    if " " in name or not any(name.lower().endswith(w) and len(name) >= len(w) + 3
                              for w in _rules()["glued_street_endings"]) \
            or cl.cues.get("person", 0) or any(c.speaks for c in cl.cands) or _described_after(cl, text):
        return False  # (the street's word with a stem of three letters at least: not "Kade", "Laan" alone; not
        # "Verlaan, the dredging firm": what it is is said)
    return any(_STREET_PREPOSITION_THE_BEFORE.search(text, max(0, c.start - 13), c.start)
               or _HOUSE_NUMBER_AFTER.match(text, c.end) for c in cl.cands)


# Prepositions of place before a street's name, in both patterns below.
_STREET_PREPOSITIONS = r"on|at|along|off|near|onto"
# A preposition of place just before a street's name ("a bakery on ", "offices at ", "walked along ", "up ").
_STREET_PREPOSITION_BEFORE = re.compile(r"\b(?:" + _STREET_PREPOSITIONS + r"|down|up) $")
# A preposition of place and perhaps "the" just before a street's name ("on the ", "along ", "at "); "the" after
# "in", "into", "from" and "to" ("in the ", "from the "; not "a stake in Vanderlaan", "a letter from Vanderlaan": a
# firm, a person).
_STREET_PREPOSITION_THE_BEFORE = re.compile(r"\b(?:(?:" + _STREET_PREPOSITIONS + r"|through|past)(?: the)?"
                                            r"|(?:in|into|from|to) the) $")


def _body_words_last(name: str) -> bool:
    """A body's words in a name: "&" joining two ("Playa Kelby Hotels & Resorts") or a legal form or a body's word
    last ("Cerro Tarno Mining Corp")."""
    R = _rules()
    return "&" in name or name.rsplit(" ", 1)[-1].lower().rstrip(".") in R["org_suffixes"]


def _camp_by_its_use(cl: _Cluster, text: str) -> bool:
    """Every form a camp's word and more words ("Camp Kelby"; ``cued_place_prefixes``) or their rest, no mention
    speaking, no person's or body's cue, and a mention where a place stands: after a preposition of place or a verb
    of leaving ("Marines at Camp Kelby", "troops left Camp Tarno") or before an appositive calling it a base (", the
    Marine base").  Not a body nor a campaign ("Camp Kelby, a nonprofit, said", "Camp Doe dismissed the poll")."""
    R = _rules()
    if " " not in cl.name or cl.name.split(" ", 1)[0] not in R["cued_place_prefixes"] \
            or cl.cues.get("person", 0) or cl.cues.get("organisation", 0) >= 2 \
            or not all(not c.speaks and (c.name.split(" ", 1)[0] in R["cued_place_prefixes"]
                                         or cl.name.endswith(" " + c.name)) for c in cl.cands):
        return False  # (a form may be the name's rest, cut from a headline's opening word: "Camp Kelby work
        # resumes" gives "Kelby")
    return any(_CAMP_PLACE_BEFORE.search(text, max(0, c.start - 12), c.start)
               or _BASE_APPOSITIVE_AFTER.match(text, c.end) for c in cl.cands)


# A preposition of place or a verb of leaving just before a camp's name ("Marines at ", "near the ", "left ").
_CAMP_PLACE_BEFORE = re.compile(r"\b(?:at|in|near|outside|inside|into|left|leave|leaving)(?: the)? $")
# An appositive calling the name before it a military base (", the Marine base", ", a US air base").
_BASE_APPOSITIVE_AFTER = re.compile(r", (?:the|a|an) (?:[A-Za-z.-]+ ){0,3}(?:base|airbase|garrison|barracks)\b")


# A house's number just after a street's name ("Calle Kelby 12", "Rua Tarno, 45").
_HOUSE_NUMBER_AFTER = re.compile(r",? \d{1,4}[A-Za-z]?\b")


def _vessel(cl: _Cluster, text: str) -> bool:
    """Every form opens with a ship's prefix (``vessel_prefixes``: "MV", "HMS") and goes on: a vessel's name ("MV
    Kelby Star", "MV TARN NAN EILEAN", "HMS Tarn"), no actor; not a body so abbreviated, whose name has a body's
    word ("MT Kelby Holdings Ltd", "RMS Tarn Services").  The prefixes that are initials too (``vessel_initials``:
    "MV", "MT", "FV"; "CPI(M) leader MV Kelan", "contractor MT Tarnby") need a ship's word in the story
    (``vessel_words``: "ship", "tanker", "aboard") and a name that never speaks nor has a person's cue."""
    R = _rules()
    if cl.cues.get("organisation", 0) >= 3 or not all(
            " " in c.name and c.name.split(" ", 1)[0] in R["vessel_prefixes"] for c in cl.cands):
        return False
    if not any(c.name.split(" ", 1)[0] in R["vessel_initials"] for c in cl.cands):
        return True  # (any form with a prefix that is initials too needs the tests below: "HMS Tarn" and "MV Tarn")
    return R["vessel_words"].search(text) is not None and not any(c.speaks for c in cl.cands) \
        and cl.cues.get("person", 0) == 0


def _saint_alone(name: str) -> bool:
    """"St" or "Saint" and a given name alone: a parish, a town or a church named for its saint ("St Andrew", "St.
    Mary"), no person (a surname "St John" stands after a given name, "Ian St John", and its short form joins it)."""
    words = name.split()
    saints = _rules()["romance_saints"]
    return len(words) == 2 and (words[0] in _SAINT or words[0] in saints) and (
        words[1].lower() in _rules()["given_names"] or words[0] in saints and _unlisted_given_name(words[1])
        and not _common_word(words[1]) or f"Saint {words[1]}" in _world_places())
    # (or any name after a Romance saint's word: "Santo Kelbino", "Santa Tarna"; or a place of the gazetteer written
    # with "St": "St Lucia")


def _romance_saint_a_person(cl: _Cluster, text: str) -> bool:
    """"Santo", "Santa", "São" or "Sainte" and a name that stays a person's ("Santo" is a given name in Italy, "Santa"
    in Japan): an apposition naming a role ("Santa Kelbo, the union's leader,"; not "Santa Tarna, the provincial
    capital,"), the second word named alone ("... Kelbo said"), or, for a word no listed given name, a name of no
    gazetteer town that never stands after "in", "at", "from" or "near" (not a figure of worship or folklore:
    "devotees of Santa Tarna", "the Santa Kelbo parade")."""
    first, second = cl.name.split()
    if first not in _rules()["romance_saints"]:
        return False
    if any(c.name == second or (a := _APPOSITION_TEXT.match(text, c.end)) and any(
            _title_word(w) for w in a.group(1).split()) for c in cl.cands):
        return True
    return second.lower() not in _rules()["given_names"] and cl.name not in _world_places() and not any(
        _SAINT_TOWN_BEFORE.search(text, max(0, c.start - 10), c.start) for c in cl.cands)


_SAINT_TOWN_BEFORE = re.compile(r"\b(?:in|at|from|near) $")


_PLACE_STANDS_BEFORE = re.compile(r"(?:\b(?:of|in|at|from|near|the|The)|[A-Z][a-z]+,)\s+$")


def _where_a_place_stands(cl: _Cluster, text: str) -> bool:
    """Whether a mention stands after "of", "in", "at", "from", "near", "the" or a capitalised word and a comma
    ("the Constable of St Mary", "at St Joseph", "August Town, St Andrew"): not a saint himself as the subject of
    a sentence ("St Patrick was honoured", "known as St Teresa")."""
    return any(_PLACE_STANDS_BEFORE.search(text, max(0, c.start - 24), c.start) for c in cl.cands)


def _titled(cl: _Cluster, text: str) -> bool:
    """Whether a person's title ("Mr", "Ms", "Lord") stands before a mention of the cluster: a surname "St John"
    ("Mr St John told the tribunal", "Ms St Mary, 54,"), no parish."""
    return any(c.name == cl.name and _title_before(text, c.start, _rules()["honorifics"]) for c in cl.cands)


@lru_cache(maxsize=1)
def _world_places() -> frozenset:
    """The world gazetteer (towns of 5,000 people or more, smaller towns named as no person and no common word is,
    countries; built by :mod:`analysis.build_gazetteer`):
    a weak cue only, loaded the first time a story has a name no cue types."""
    return _typographic_apostrophes(resource_lines("mentions_world_places.txt.gz"))


def _typographic_apostrophes(names: frozenset) -> frozenset:
    """The names with their straight apostrophes also written curly, as most copy sets them, and the curly ones
    straight: GeoNames has "Les Sables-d'Olonne" and "Cox’s Bazar", a story "Les Sables-d’Olonne" and "Cox's
    Bazar"."""
    return names | {n.replace("'", "’") for n in names if "'" in n} \
        | {n.replace("’", "'") for n in names if "’" in n}


@lru_cache(maxsize=1)
def _world_regions() -> frozenset:
    """The world's subdivisions (ISO 3166-2) and cities of 500,000 people or more (built by
    :mod:`analysis.build_gazetteer`): a stronger cue than a town's name, few of them anyone's surname."""
    return _typographic_apostrophes(resource_lines("mentions_world_regions.txt.gz"))


# A capitalised word and "of" just before a name ("Mayor Jo Doe of ", "Governor of "): a person's or an office's
# place, which the person's appositive after it does not describe ("Mayor Jo Doe of Lualaba, a cousin of ...").
_CAPITAL_OF_BEFORE = re.compile(r"\b[A-Z][\w’'.-]* of $")
# An owner's word just before a name ("its Santander branch", "their Jeddah office"): the name is an owned thing's
# or a firm's, no region read alone.
_OWNER_WORD_BEFORE = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Yy]our) $")


def _regions_by_name(clusters: list[_Cluster], text: str) -> None:
    """A name of the regions' gazetteer (a province, district, atoll or large city: "Lualaba", "Jeddah") that no cue
    of a person, a body, a group or a product types, no given name, common word, known body or abbreviation, never
    speaking, labelling, acting ("Lualaba said", "Lualaba voted"), owned ("its Lualaba unit") nor owning but a town's
    part ("Lualaba's mines"; but a region the story places inside once, "in Lualaba's south", may own), nor listed
    with a body or a person ("merged with Toyota and Suez"): a place, with no other use of a place needed ("cases
    in Borno", "on Ailuk, said") but no word before it other than a preposition of place or a list's "and even"
    (``_verb_before_a_region``).  A person's cue after a name and "of" is the person's (``_CAPITAL_OF_BEFORE``)."""
    R = _rules()
    bodies = [(cl.kind, c) for cl in clusters if cl.kind in ("organisation", "person")
              and cl.name not in _world_regions() for c in cl.cands]  # (untyped names too: "merged with Toyota and
    # Suez", Toyota a town of the gazetteer; a body after a comma: "Juventus, Bayern", not a person: "Jo Doe, Kelby")
    starts, ends = {c.start for _, c in bodies}, {c.end for _, c in bodies}
    org_starts, org_ends = ({c.start for k, c in bodies if k == "organisation"},
                            {c.end for k, c in bodies if k == "organisation"})
    for cl in clusters:
        k = cl.cues
        if cl.kind not in ("organisation", "person") or cl.name.isupper() or cl.name in R["known_organisations"] \
                or any(_listed_with(text, c, starts, ends, _AND_OR_AFTER, _AND_OR_BEFORE)
                       or _listed_with(text, c, org_starts, org_ends, _COMMA_AFTER, _COMMA_BEFORE)
                       or _verb_before_a_region(text, c) for c in cl.cands) \
                or max(k.get("organisation", 0), k.get("group", 0), k.get("product", 0)) > 0 \
                or any(c.cues.get("person") and not _CAPITAL_OF_BEFORE.search(text, max(0, c.start - 30), c.start)
                       for c in cl.cands):
            continue
        placed = any(_in_a_region(text, c) for c in cl.cands)
        if all(c.name in _world_regions() and c.name.lower() not in R["given_names"] and not _common_word(c.name)
               for c in cl.cands) and not any(
                c.speaks or c.label or (_acts_after(text, c.end) and not (c.possessive and placed))
                or _OWNER_WORD_BEFORE.search(text, max(0, c.start - 6), c.start)
                or (c.possessive and not placed and R["town_part_after"].match(text, c.end) is None)
                for c in cl.cands):
            cl.kind = "place"


# A preposition of a land's inside just before a name, perhaps with "the" ("in Kelbia", "across the Kelbian").
_IN_A_REGION_BEFORE = re.compile(r"\b(?:in|across|throughout|within) (?:the )?$")


def _in_a_region(text: str, c: _Cand) -> bool:
    """The mention is inside a land ("in Kelbia's north", "across Kelbia"): a region's name once placed so may own
    elsewhere in the story ("Kelbia's weekly paper"), as a body's name may not."""
    return _IN_A_REGION_BEFORE.search(text, max(0, c.start - 16), c.start) is not None


def _sport_sentence(text: str, c: _Cand) -> bool:
    """A word of sport (``sport_words``) in the sentence (or line) of the mention: a region's name may be a side's
    there ("scored for Bayern", "Juventus, Bayern and Inter")."""
    a = max(text.rfind(". ", 0, c.start), text.rfind("\n", 0, c.start)) + 1
    b = min((x for x in (text.find(". ", c.end), text.find("\n", c.end)) if x != -1), default=len(text))
    return _rules()["sport_words"].search(text, a, b) is not None


# "and" or "or" between two names; a comma alone.
_AND_OR_AFTER = re.compile(r",? (?:and|or) (?:the )?")
_AND_OR_BEFORE = re.compile(r",? (?:and|or) (?:the )?$")
_COMMA_AFTER = re.compile(r", ")
_COMMA_BEFORE = re.compile(r", $")
# The words in lower case a region's name may follow when read alone: prepositions that place a thing, "of", "on",
# "from", "off" and the joins of a list ("cases in Borno", "on Ailuk", "a councillor from Domagnano", "across Utrik
# and Ailuk"); not a verb nor "past", "against", "with" ("joined Barnsley", "moved past Wigan", "drew with Bayern": a
# side), nor the words of sport and transfers "for", "at", "over", "to", "between" ("scored for Bayern", "25 years
# at Bayern", "a win over Verona", "lost to Torino", "the game between Otago and Waikato"; "from" stays, a place's
# far more often than a side's: "on loan from Parma" is read as a place).  And not "The" opening a sentence ("The
# Otago side", "The Turkana have": a side's, a body's or a people's name).
_REGION_BEFORE = frozenset(("of", "on", "from", "and", "or", "in", "into", "across", "around", "beyond", "near",
                            "nearby", "outside", "inside", "through", "throughout", "toward", "towards", "via",
                            "within", "off"))
# The prepositions of a land's part a region's name may follow with "the" ("in the Chaco", "across the Punjab"; not
# "and the Samburu graze", "of the Otago side").
_REGION_BEFORE_THE = frozenset(("in", "into", "across", "around", "beyond", "near", "outside", "inside", "through",
                                "throughout", "toward", "towards", "via", "within"))
_LOWER_WORD_BEFORE = re.compile(r"\b([a-z]+|The) (the )?$")
# Adverbs that pick out a list's last item ("Tarno, Ashby and even Kelbia"; in a sentence of sport a side's: "and
# even Bayern").
_LIST_FOCUS_BEFORE = frozenset(("even",))  # (not "and especially Santander", "and notably Santander": a lender
# named in a list of lenders, which these adverbs hide from the list's test)


def _listed_with(text: str, c: _Cand, starts: set[int], ends: set[int], after: re.Pattern, before: re.Pattern) -> bool:
    """The mention ``c`` is joined by ``after`` (``before``) to a mention that starts at one of ``starts`` (ends at one
    of ``ends``): "merged with Toyota and Suez", a firm's list mate."""
    m = after.match(text, c.end)
    if m and m.end() in starts:
        return True
    m = before.search(text, max(0, c.start - 12), c.start)
    return m is not None and m.start() in ends


def _verb_before_a_region(text: str, c: _Cand) -> bool:
    """A word in lower case just before the mention that is not one of ``_REGION_BEFORE``, or "the" after a word
    that is not one of ``_REGION_BEFORE_THE``; not an adverb of ``_LIST_FOCUS_BEFORE`` after a list's gap outside a
    sentence of sport ("Tarno, Ashby and even Kelbia")."""
    m = _LOWER_WORD_BEFORE.search(text, max(0, c.start - 24), c.start)
    if m is None or m.group(1).lower() in (_REGION_BEFORE_THE if m.group(2) else _REGION_BEFORE):
        return False
    return not (m.group(2) is None and m.group(1) in _LIST_FOCUS_BEFORE
                and _LIST_GAP_BEFORE.search(text, max(0, m.start() - 6), m.start())
                and not _sport_sentence(text, c))


def _gazetteer_place(cl: _Cluster, text: str) -> bool:
    """A name of the world gazetteer that nothing else types: no cue of a person, a body, a group or a product
    (at most one weak one), not a given name, common word, known body or abbreviation, never speaking or acting
    ("Kelso said", "Kelso voted", "Mayor Kelso"); and, when it is one word (a town's name is often a surname:
    "the Doe administration"), used as a place at least once (see :func:`_gazetteer_use`)."""
    k, R = cl.cues, _rules()
    if cl.kind not in ("organisation", "person") or cl.name.isupper() or cl.name in R["known_organisations"] \
            or max(k.get("person", 0), k.get("organisation", 0), k.get("group", 0), k.get("product", 0)) >= 2 \
            or (cl.kind == "person" and k.get("person", 0) > 0):
        return False
    world = _world_places()
    if not all(c.name in world and c.name.lower() not in R["given_names"] and not _common_word(c.name)
               for c in cl.cands):
        return False
    uses = [_gazetteer_use(text, c) or _town_modifier(text, c) for c in cl.cands]
    if any((c.speaks and not u) or c.label or (not c.possessive and not u and _acts_after(text, c.end))
           for c, u in zip(cl.cands, uses)):
        return False  # (a verb after a placed name is another's: "the council near Kelso backs ...", "Growers in
        # Kelso said ...")
    return " " in cl.name or any(uses)


# A capitalised word before a name and the preposition before that ("in Kelso", "through Kelso", "At Kelso").
_PREPOSITION_BEFORE = re.compile(r"(?:([\w’'-]+) )?\b([A-Za-z]+) $")
# A region after a town's name and a comma, then a stop or a comma ("Kelso, Calif.,", "Kelso, Ohio.").
_REGION_AFTER = re.compile(r", ([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?=[,.;:)]|\s*$)")


def _state_after(text: str, end: int) -> bool:
    """A comma and a state or a country the gazetteer lists right after ``end`` ("Kelso, Calif.,", "Kelso, Ohio.")."""
    R, m = _rules(), _REGION_AFTER.match(text, end)
    return m is not None and ((r := m.group(1)) in R["places"] or r.rstrip(".") in R["places"] or r in R["state_codes"])


# A noun in lower case after a name, then a capitalised name ("Kelso firm Acme Audit").
_DESCRIBED_NAME_AFTER = re.compile(r" ([a-z]+) [A-Z]")
# one or two lower-case words after a name, the last a noun (_town_modifier), and "a" or "an" before it, perhaps with
# an adjective ("a Kelso research group", "a retired Kelso dentist")
_DESCRIBED_NOUN_AFTER = re.compile(r" (?:[a-z]+ )?([a-z]+)\b(?! [A-Z])")
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]|[Aa]n)(?: [a-z]+)? $")  # (opening a sentence too: "A Kelso firm ...")


def _town_modifier(text: str, c: _Cand) -> bool:
    """A town of the gazetteer written as a modifier (:func:`_gazetteer_place`), before a noun for a body or a person
    after "a" or "an" ("a Kelso research group", "a retired Kelso dentist"): a town describing someone unnamed (not
    after "the" or a possessive: "the Doe presidents", "his Kelso degree" name a family and a university)."""
    R = _rules()
    return bool((m := _DESCRIBED_NOUN_AFTER.match(text, c.end))
                and _INDEFINITE_BEFORE.search(text, max(0, c.start - 24), c.start)
                and ((w := m.group(1)) in R["org_nouns"] or w in R["person_roles"])
                and not R["firm_voice_after"].match(text, c.end))  # (not "A Carlsberg spokesman": a firm's)


def _gazetteer_use(text: str, c: _Cand) -> bool:
    """A mention placed as a town: after a preposition of place ("in Kelso", "through Kelso"; "at Kelso" only as
    :func:`_place_use` allows; "from Kelso" after a person's role or age), before a comma and a state or country ("Kelso, Calif."), or with a possessive
    before a part or the people of a town ("Kelso's compounds", "Kelso's residents")."""
    R = _rules()
    if c.possessive or text[c.end:c.end + 1] in ("’", "'"):  # (also "Kelso’ words": a plural's possessive)
        return R["town_part_after"].match(text, c.end) is not None
    if _state_after(text, c.end):
        return True
    if (m := _DESCRIBED_NAME_AFTER.match(text, c.end)) and (
            (w := m.group(1)) in R["org_nouns"] or w in R["person_roles"] or w[:-1] in R["person_roles"]):
        return True  # "prepared by Kelso firm Acme Audit", "the Kelso solicitors Doe & Roe": a place describing a name
    if text.endswith(", of ", 0, c.start) and _CLAUSE_END_AFTER.match(text, c.end):
        return True  # "its adviser, Acme Capital, of Kelso.": where a person or a firm is based
    m = _PREPOSITION_BEFORE.search(text, max(0, c.start - 40), c.start)
    if not m or _stake_word_before(text, m):
        return False
    prep, before = m.group(2), (m.group(1) or "")
    if prep.lower() == "at":
        return prep == "At" or _land_before_at(text, m)
    if prep == "from":  # a person from a town ("a sophomore from Kelso", "a 40-year-old from Kelso")
        return _from_a_home(text, c.start)
    return prep.islower() and prep in R["gazetteer_before"]


def _land_before_at(text: str, m: re.Match) -> bool:
    """The word before "at" (group 1 of ``m``) is land standing at a place (``land_before_at``: "a farm at Kelby",
    "the old ground at Tarno"), not a ground of an idiom ("gained ground at Acme", "found common ground at Acme":
    ``ground_idioms_before``)."""
    R, word = _rules(), (m.group(1) or "").lower()
    if word not in R["land_before_at"]:
        return False
    prev = re.search(r"([\w’'-]+) $", text[max(0, m.start(1) - 30):m.start(1)])
    return word not in ("ground", "grounds") or not prev or prev.group(1).lower() not in R["ground_idioms_before"]


# A capitalised word just before a word (the last of a name's: "Acme Holding in").
_CAP_WORD_JUST_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]* $")


def _stake_word_before(text: str, m: re.Match) -> bool:
    """The word before the preposition ``m`` matched (group 1, the preposition group 2) is a stake's or a role's
    (``not_place_before``: "a stake in Kelby", "shares in Kelby"), so the preposition does not place the name after
    it; not when the word ends a body's name (``body_words_before_in``), capitalised after another capitalised word,
    before "in" ("Acme Holding in Kelby", "Tarn Investment in Kelby"; never a role: "Regional Head at Acme",
    "Managing Partner at Acme")."""
    w = m.group(1) or ""
    if w.lower() not in _rules()["not_place_before"]:
        return False
    return not (m.group(2) == "in" and w[:1].isupper() and w.lower() in _rules()["body_words_before_in"]
                and _CAP_WORD_JUST_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)))


# A word and "from" just before a name ("a teacher from ").
_WORD_FROM_BEFORE = re.compile(r"\b([\w’'-]+) from $")


# A distance written as one word ("40km", "12-mile").
_DISTANCE = re.compile(r"\d[\d,.]*-?(?:km|kilometres?|kilometers?|miles?)")  # (not "m": "$300m from Acme")


def _from_a_home(text: str, start: int, roles: bool = True) -> bool:
    """A dweller, an age or a distance (with ``roles`` a person's role too), then "from", before a name: where the
    person lives ("residents from Tarn Hill", "a 40-year-old from Kelby", "40km from Kelby"; "a sophomore from
    Kelby" for a town of the gazetteer: "an analyst from Tarnwell" names an employer); or a line or a road from a
    place (``where_words_before_from``: "said by telephone from Kelby", "the road from Tarno")."""
    R = _rules()
    m = _WORD_FROM_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    b = m.group(1)
    return (roles and b in R["person_roles"]) or b in R["home_roles_before_from"] or b in R["dwellers"] \
        or b in R["where_words_before_from"] or b.endswith("-old") or _DISTANCE.fullmatch(b) is not None


def _places_by_gazetteer(clusters: list[_Cluster], text: str) -> None:
    """A name of the world gazetteer that no cue types is a place ("in Kelso", "the Kelso research firm")."""
    for cl in clusters:
        if _gazetteer_place(cl, text):
            cl.kind = "place"
            cl.cues["place"] += 3  # (a strong place for the list of places it is in: "through Kelso or Tarn")


# A preposition of place before a name, the word before it, and a capitalised word cut off the name between ("in
# Kelby", "near Kelby", "sites in To Kwa Wan": "To" cut off as a function word; not "The": "a column in The Daily
# Beast" names a paper).  "At" only opening a sentence ("At Kelby, farmers ...") or after a word of land or home
# ("a farm at Kelby"): "a professor at Yale", "then at UBS" name employers.
_PLACE_USE_BEFORE = re.compile(r"(?:([\w’'-]+) )?\b(in|near|outside|across|throughout|(?i:at))"
                               r"(?: (?!The )[A-Z][\w’'-]*)? $")
_NEXT_WORD = re.compile(r" ?([\w’'-]+|[,.;:!?)])")
# A word and "off" just before a name ("anchored off ", "the waters off ").
_WORD_OFF_BEFORE = re.compile(r"\b([\w’'-]+) off $")
# "across the" or "throughout the" just before a name ("Across the Kelb Line", "throughout the Gulf"): a land or a
# line crossed, when a clause's mark closes the name and its last word is a line's or a land's (``crossed_line_words``;
# "across the Kelby network" names a firm's).
_ACROSS_THE_BEFORE = re.compile(r"\b(?i:across|throughout) the $")


# A word of dwelling or staying just before "in the" ("lived in the ", "stranded in the ").
_DWELL_IN_THE_BEFORE = re.compile(r"\b([\w’'-]+) in the $")
# A possessive's mark just after a name, of a plural too ("the Kelbroos' win").
_POSSESSIVE_MARK_AFTER = re.compile(r"[’']")


def _plural_land_in_the(text: str, c: _Cand) -> bool:
    """A one-word plural, no common word's, after a word of dwelling or staying and "in the" (``dwell_before_in_the``:
    "lived in the Kelbtons", "stranded in the Tarnelles"): a land named by a plural; no possessive ("the Kelbroos'
    side") nor a noun it modifies ("in the Kelbroos camp"); a team or a party after other words ("despair in the
    Tarnies", "a rift in the Kelbtons") is none."""
    name = c.name
    if " " in name or not name.endswith("s") or name.endswith("ss") or not name[1:].islower() \
            or _common_word(name) or _common_word(name[:-1]) or c.possessive \
            or _POSSESSIVE_MARK_AFTER.match(text, c.end):
        return False
    m = _DWELL_IN_THE_BEFORE.search(text, max(0, c.start - 30), c.start)
    R = _rules()
    return m is not None and m.group(1).lower() in R["dwell_before_in_the"] \
        and not ((w := _LOWER_WORD_GROUP_AFTER.match(text, c.end)) and w.group(1) not in R["stopwords"])


def _acts_after(text: str, end: int) -> bool:
    """The word after a name makes it the subject of a verb ("Kelby said", "Kelby is", "Kelby owned") or a plural
    noun's modifier; or a clause about it opens (", who", ", which")."""
    m = _NEXT_WORD.match(text, end)
    w = m.group(1) if m else ""
    if w == ",":
        return text.startswith((" who", " which"), m.end())
    R = _rules()
    return w.islower() and (w in R["compound_verbs"] or w in _REPORTING or w.endswith("ed")
                            or (w.endswith("s") and not w.endswith("ss") and w not in R["function_words_in_s"]))


# ", in" and a place's name of one or two words, then a comma or a stop (", in Vanuatu,", ", in New Zealand.").
_IN_A_PLACE_AFTER = re.compile(r", in (?:the )?([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?=[,.;])")


def _clause_of_the_land_before(text: str, c: _Cand) -> bool:
    """A relative clause after a name placed after a word of land or harbour works (``land_clause_before_at``) and a
    preposition of place ("the pier at Kelby, which was designed ...", "the farm near Tarno, which"): the clause is
    about the land, the name no actor (not "shop at Acme, which has cut prices": a firm's premises)."""
    if not _BODY_CLAUSE_AFTER.match(text, c.end):
        return False
    m = _PLACE_USE_BEFORE.search(text, max(0, c.start - 40), c.start)
    return m is not None and (m.group(1) or "").lower() in _rules()["land_clause_before_at"]


# A preposition of place before a land's compound adjective ("in oil-rich ", "In war-torn ", a sentence's first word).
_IN_BEFORE_A_LAND_ADJECTIVE = re.compile(r"(?:([\w’'-]+) )?(?<![\w-])(?:[Ii]n|near|across|throughout) $")


def _place_use(text: str, c: _Cand) -> str:
    """How a mention reads: "placed" after a preposition of place (not "a stake in X"), "modifier" before a noun in
    lower case ("Kelby rice growers"), or "" (as an actor could be: "boycotting Acme if ...", "Acme said")."""
    if c.possessive or c.speaks or (_acts_after(text, c.end) and not _clause_of_the_land_before(text, c)):
        return ""
    R = _rules()
    if _from_a_home(text, c.start, roles=False) or ((m := _WORD_OFF_BEFORE.search(text, max(0, c.start - 30), c.start))
                                                     and m.group(1).lower() in R["sea_words_before_off"]):
        return "placed"  # (a ship or a field at sea off a coast: "anchored off Kelby", "the waters off Tarno")
    if (m := _IN_A_PLACE_AFTER.match(text, c.end)) and m.group(1) in R["places"] \
            and not (text.startswith(",", m.end()) and _acts_after(text, m.end() + 1)):
        return "placed"  # "sends his pay home to Kelby, in Vanuatu, where ...": a town in its country (not "Acme,
        # in Norway, declined to comment": the name acts after the phrase of place)
    if _plural_land_in_the(text, c):
        return "placed"  # "she lived in the Kelbtons": a land named by a plural
    if _ACROSS_THE_BEFORE.search(text, max(0, c.start - 16), c.start) and _CLAUSE_MARK_AFTER.match(text, c.end) \
            and c.name.split()[-1] in R["crossed_line_words"]:
        return "placed"  # "Across the Kelb Line, traders hope ...", "trade throughout the Gulf.": a land crossed (not
        # "across the Kelbtel, and managers admit it": a firm's staff)
    if (a := R["land_adjective_before"].search(text, max(0, c.start - 30), c.start)) \
            and (p := _IN_BEFORE_A_LAND_ADJECTIVE.search(text, max(0, a.start() - 30), a.start())) \
            and (p.group(1) or "").lower() not in R["not_place_before"] \
            and a.group().split("-")[0] not in R["land_adjective_not_firsts"]:
        return "placed"  # "In oil-rich Kelby, ...", "across war-torn Kelbia": a land described (not "investors in
        # cash-rich Acme": a firm)
    m = _PLACE_USE_BEFORE.search(text, max(0, c.start - 40), c.start)
    if m and not _stake_word_before(text, m) and (
            m.group(2).lower() != "at" or m.group(2) == "At" or _land_before_at(text, m)):
        return "placed"
    after = _NEXT_WORD.match(text, c.end)
    w = after.group(1) if after else ""
    return "modifier" if w.islower() and w not in R["stopwords"] else ""


def _places_by_context(clusters: list[_Cluster], text: str) -> None:
    """A name no cue types (one word with a weak cue at most, or longer with none and no abbreviation) is a place
    when the story uses it only as one: after a preposition of place ("in Kelby", "At Kelby, ...", "a farm at
    Kelby"), or before a noun in lower case ("Kelby rice growers"), never acting (no verb, no possessive, no
    speech), and at least once after a preposition or before a site named for its land (``sites_named_for_places``:
    "the Kelby deposit"; a headline or a caption counts for this, not against it).  A one-word name that opens a
    place's name the story gives ("the Tarn" after "the Tarn Valley") is that place."""
    R = _rules()
    place_heads = {c.name.rsplit(None, 1)[0] for cl in clusters if cl.kind == "place" and cl.cues.get("place", 0) >= 3
                   for c in cl.cands if " " in c.name and (c.name.split()[-1] in R["place_suffixes"]
                                                            or c.name.split()[-1] in R["town_name_suffixes"])}
    for cl in clusters:
        if (_untyped_word(cl) or not any(cl.cues.values())) and cl.name in place_heads \
                and not any(c.possessive or c.speaks for c in cl.cands):
            cl.kind = "place"  # "the Tarn Valley ... treating the Tarn as a drain"; "near Elm Ridge Park ... the Elm
            continue  # Ridge market"
        if not (_untyped_word(cl) or (cl.kind in ("person", "organisation") and not any(cl.cues.values())
                                      and not any(w.isupper() for w in cl.name.split())
                                      and cl.name.split()[-1] not in R["business_nouns"])):
            continue  # (a business is no place: "At Dot's Canal Street Diner, the owner said ...")
        uses = [_place_use(text, c) for c in cl.cands]
        body = [u for u, c in zip(uses, cl.cands) if c.weak != "headline"]
        if body and all(body) and ("placed" in uses or any(
                u == "modifier" and _site_named_for_it(text, c) for u, c in zip(uses, cl.cands))):
            cl.kind = "place"  # (or before a site named for its land: "the Kelby deposit", "Tarno station")


def _site_named_for_it(text: str, c: _Cand) -> bool:
    """A site named for its land closes the phrase after a name (``sites_named_for_places``: "the Kelby deposit",
    "Tarno station", "the Kelby oil field in the south"), no noun after it that the phrase is about ("the Kelby dam
    contract": a firm's) nor a named spot after a preposition ("the Kelbco dam at Tarno", "the Kelbco yard in
    Tarno": the spot is the place, the name before it the owner).  A firm names its own sites as well, so not after
    "a" or "an" (one unit of a chain: "an Acme charging station") nor "the", one word and a firm's site word alone
    ("the Acme field", "the Acme station"; ``sites_named_for_places_after_the``: land words only, "the Kelby
    deposit")."""
    R = _rules()
    m = R["site_named_for_a_place_after"].match(text, c.end)
    if m is None or _INDEFINITE_ARTICLE_BEFORE.search(text, max(0, c.start - 3), c.start):
        return False
    if not m.group(1) and " " not in c.name and _THE_BEFORE_A_NAME.search(text, max(0, c.start - 4), c.start) \
            and m.group(2).lower() not in R["sites_named_for_places_after_the"]:
        return False  # ("the Acme field", "the Acme yard"; not "the Kelby lignite field", "Tarno station")
    if _NAMED_SPOT_AFTER.match(text, m.end()):
        return False
    w = _LOWER_WORD_GROUP_AFTER.match(text, m.end())
    return w is None or w.group(1) in R["stopwords"] or _acts_after(text, m.end())  # ("Tarno station runs at")


# "a" or "an" just before a name ("an Acme charging station"); "the" just before one ("the Acme field").
_INDEFINITE_ARTICLE_BEFORE = re.compile(r"\b[Aa]n? $")
_THE_BEFORE_A_NAME = re.compile(r"\b[Tt]he $")
# A preposition of place and a capitalised name, no day nor month, just after a site ("... yard in Tarno", "...
# station on Kelby Road", "... field off Tarno"; not "... field on Monday").
_NAMED_SPOT_AFTER = re.compile(r" (?:at|in|near|on|off|outside) (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                               r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
                               r"November|December)\b)[A-Z]")


# Between two items of a list: a comma, "and" or "or" (and "the": "York, Leeds and the Dales").
_LIST_GAP_AFTER = re.compile(r"(?:,? (?:and|or) |, )(?:the )?")
_LIST_GAP_BEFORE = re.compile(r"(?:,? (?:and|or) |, )(?:the )?$")
_CAP_NEXT = re.compile(r"\.? [A-Z]")
# "and other" or "or other" after the last name of a list ("Kelby, Tarno and other towns"): the list closes there.
_AND_OTHER_AFTER = re.compile(r",? (?:and|or) other ")
_LOWER_WORD_NOT_AND = re.compile(r" (?!and |or )[a-z]")
# A noun for places after "and other" ("and other cities", "and other Gulf states", "or other parts of").
_PLACE_NOUN_AFTER = re.compile(r"(?:[A-Z][\w.-]* ){0,2}(?:[a-z]+ ){0,2}(?:cities|towns|countries|states|nations|villages|"
                               r"areas|regions|provinces|districts|counties|capitals|places|communities|suburbs|"
                               r"neighbou?rhoods|islands|territories|locations|destinations|municipalities|parts|"
                               r"ports|hubs|centres|centers|hotspots|spots|sites)\b")


def _subject_after_a_list(text: str, c: _Cand, by_start: dict) -> bool:
    """A name after a comma that closes a list, with a word in lower case after it and no list mate of its own after
    it: the subject of the clause that the list opened ("After stops in Paris and Milan, Kelbo announced ...")."""
    before = text[max(0, c.start - 2):c.start]
    return before == ", " and _LOWER_WORD_NOT_AND.match(text, c.end) is not None \
        and not ((m := _LIST_GAP_AFTER.match(text, c.end)) and m.end() in by_start)


# ", and", ", or" or ", but" just before a name: a second clause may open there.
_CLAUSE_JOIN_BEFORE = re.compile(r", (?:and|or|but) $")
# A lower-case preposition just before a name ("brine from ").
_PREPOSITION_JUST_BEFORE = re.compile(r"\b([a-z]+) (?:the )?$")


def _opens_a_clause_after_a_place(text: str, c: _Cand, by_end: dict) -> bool:
    """A name after a single place and ", and" that acts (a verb after it: "outside the Gare du Nord, and Kelbair
    cancelled 20 trains") opens a clause of its own; so does one after a place and "and" with the preposition before
    that place again after it, a clause whose verb is left out ("brine from the Salar del Kelby and Tarnco from the
    Salar de Ashby"): no item of a list of places.  (Not in a longer list: "Kelby, Tarno, and Ashby were flooded".)"""
    m = _LIST_GAP_BEFORE.search(text, max(0, c.start - 12), c.start)
    if m is None or m.start() not in by_end:
        return False
    mate = by_end[m.start()][1]
    if (g := _LIST_GAP_BEFORE.search(text, max(0, mate.start - 12), mate.start)) and g.start() in by_end:
        return False
    if _CLAUSE_JOIN_BEFORE.search(text, max(0, c.start - 8), c.start) and _acts_after(text, c.end):
        return True
    p = _PREPOSITION_JUST_BEFORE.search(text, max(0, mate.start - 20), mate.start)
    return p is not None and " and " in m.group() and text.startswith(f" {p.group(1)} ", c.end)


# A line with middle dots, bullets or bars (a local paper's masthead: "Coleraine · Portrush · Portstewart ·
# Ballymoney | Est. 1921"); the dash or slash that sets a list apart from the rest of its line ("Kelby | Tarnby |
# Ashby -- Since 1926"); a name of one to three capitalised words.
_SEPARATED_LINE = re.compile(r"(?m)^[^\n]*[·•~|][^\n]*$")
_LINE_PARTS = re.compile(r"[ \t]+(?:[/—–]|--?)[ \t]+")
_DOTTED_ITEM = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}")


def _dotted_lines(text: str):
    """Each line's start and names, where a line lists three names or more set apart by middle dots, bullets or
    tildes (or, with none, by bars); the parts and items that are no name are left out ("Kelby · Tarnby · Ashby |
    Founded 1884", "Kelby · Tarnby · Ashby · Est. 1921")."""
    for m in _SEPARATED_LINE.finditer(text):
        line = m.group()
        dots = any(d in line for d in "·•~")
        parts = _LINE_PARTS.split(line)
        if dots:
            parts = [x for p in parts for x in p.split("|") if any(d in x for d in "·•~")]
        items = [x.strip() for p in parts for x in re.split("[·•~]" if dots else r"\|", p)]
        names = [x for x in items if _DOTTED_ITEM.fullmatch(x)]
        if len(names) >= 3:
            yield m.start(), names


_MASTHEAD_REACH = 300  # (characters: a line of towns this near the top stands under the masthead)


def _places_in_a_dotted_line(clusters: list[_Cluster], text: str) -> None:
    """A name no cue types, in a line of names set apart by middle dots, tildes or bars (:func:`_dotted_lines`) whose
    other names are mostly places
    (two or more, and more than half of the others; read as places, or towns of the gazetteer the layer keeps no
    mention of), or of three names or more one of which is a place and the rest names no cue types, or of three
    names or more right under the masthead: the towns a local paper serves, a place too."""
    R, kinds = _rules(), {cl.name: cl for cl in clusters}
    for at, items in _dotted_lines(text):
        found = [kinds.get(x) for x in items]
        placed = [o.kind == "place" if o is not None else x in _world_places() for x, o in zip(items, found)]
        untyped = [not p if o is None else o.kind in ("organisation", "person") and not any(o.cues.values())
                   for o, p in zip(found, placed)]  # (a name the layer keeps no mention of, nor the gazetteer: none)
        masthead = at < _MASTHEAD_REACH and not any(
            x in R["known_organisations"] or x in R["news_names"] or _common_word(x) for x in items)
        for k, cl in enumerate(found):
            others = [p for j, p in enumerate(placed) if j != k]
            places = sum(others)
            typed = [p for j, p in enumerate(placed) if j != k and not untyped[j]]
            if cl is not None and untyped[k] and (places >= 2 and 2 * places > len(others)
                                                  or len(items) >= 3 and places >= 1 and all(typed)):
                cl.kind = "place"  # (or one place and the rest names nothing types: "Mount Isa · Kelby · Tarn")
            elif cl is not None and masthead and cl.kind in ("organisation", "person") \
                    and cl.cues.get("organisation", 0) + cl.cues.get("person", 0) < 3:
                cl.kind = "place"  # (a line of three names or more under the masthead, none a body's nor a common
                # word, no strong cue against it: "THE KELBY MERCURY / Kelby · Tarnby · Ashby · Dinas Kelb")


def _places_by_list_mates(clusters: list[_Cluster], text: str) -> None:
    """A one-word name no cue types, in a list joined by "and" or "or" whose other items are all places, is a place
    too ("holidays to Florida, Dubai and the Algarve", "matatus from Eastlands, Thika Road and Ngong Road").  Not an
    abbreviation ("enemies like ISIS, Iran and Russia"), nor a list of commas only ("to Mexico, Honda is coming")."""
    # the mentions by start and by end (a place that stands alone: not one opening a longer run, "Arizona Sen. ...")
    by_start = {c.start: (cl, c) for cl in clusters for c in cl.cands if not _CAP_NEXT.match(text, c.end)}
    by_end = {c.end: (cl, c) for cl in clusters for c in cl.cands
              if not c.possessive and not _CAP_NEXT.match(text, c.end)}
    strong_place = {id(cl) for cl in clusters if cl.kind == "place" and cl.cues.get("place", 0) >= 3}
    place_ends = {c.end: cl.name for cl in clusters if cl.kind == "place" for c in cl.cands}
    untyped = {id(cl) for cl in clusters if _untyped_word(cl) or _world_town(cl) or _given_name_of_a_place(cl)}
    for cl in clusters:
        if id(cl) not in untyped:
            continue
        mates, joined, opens = [], False, []
        for c in cl.cands:
            if _subject_after_a_list(text, c, by_start) or _opens_a_clause_after_a_place(text, c, by_end):
                continue  # "In Paris, Milan and Tokyo, Kelbo said ...": the clause's subject after a list of places
            pos, gaps = c.end, 0
            if not c.possessive and (m := _LIST_GAP_AFTER.match(text, pos)) and m.end() not in by_start \
                    and (" and " in m.group() or " or " in m.group()) and text[m.end():m.end() + 1].isupper():
                joined = True  # ("from Kelby, Ashby and Tarno. On ...": the list's last name, read apart, closes it)
            while not c.possessive and (m := _LIST_GAP_AFTER.match(text, pos)) and m.end() in by_start:
                joined |= "," not in m.group() or " and " in m.group() or " or " in m.group()
                mate, mc = by_start[m.end()]
                mates.append(mate)
                pos, gaps = mc.end, gaps + 1
            if (m := _AND_OTHER_AFTER.match(text, pos)) and not _PLACE_NOUN_AFTER.match(text, m.end()):
                joined = None  # a list of firms, clubs or schools ("Kelby Rovers, Tarno Town, Kelby and other clubs"): no
                break  # places, whatever the list mates are
            joined |= m is not None  # "Kelby, Tarno and other towns"
            pos = c.start
            while (m := _LIST_GAP_BEFORE.search(text, max(0, pos - 12), pos)) and m.start() in by_end:
                joined |= "," not in m.group() or " and " in m.group() or " or " in m.group()
                mate, mc = by_end[m.start()]
                mates.append(mate)
                pos, gaps = mc.start, gaps + 1
            joined |= gaps >= 2  # three names or more in commas: a list, though no "and" closes it
            opens.append(pos)
        if joined is None:
            continue
        mates = [mt for mt in mates if mt is not cl]
        if joined and any(id(mt) in strong_place for mt in mates) \
                and all(id(mt) in strong_place or id(mt) in untyped or mt.kind == "place" for mt in mates):
            cl.kind = "place"  # (another untyped word in the list too: "from Kelby, Ash Creek and Tarno")
        elif joined and mates and any(_rules()["list_place_before"].search(text, max(0, at - 16), at)
                                      for at in opens) and (
                (_world_town(cl) and all(_world_town(mt) or mt.kind == "place" for mt in mates))
                or (id(cl) in untyped and all(mt.kind == "place" for mt in mates))
                or (id(cl) in untyped and _towns_and_untyped(mates, untyped)
                    and not any(_people_before_a_list(text, at) for at in opens))):
            for town in (cl, *mates):  # towns of the gazetteer listed after a preposition: "transport from
                town.kind = "place"  # Kelso and Tarno", "diverted to Kelso and Tarno" (both ends of the list)
        elif joined and mates and _world_town(cl) and cl.cues.get("organisation", 0) < 2 and (
                all(mt.kind == "place" for mt in mates) or (
                all(_world_town(mt) and mt.cues.get("organisation", 0) < 2 for mt in mates)
                and any(_a_place_with_before(text, at, place_ends) for at in opens))):
            for town in (cl, *mates):  # a town of the gazetteer listed with places only ("competing with Mendoza and
                town.kind = "place"  # Kelso"), or towns a place is linked or compared with ("Kelby competes with
                # Kelso and Tarno", "a line linking Kelby with Kelso and Tarno")
    _places_on_a_route(clusters, text, by_start, by_end)
    _owned_units(clusters, text)


# A word and a preposition just before a list ("Executives from ", "analysts at the ").
_WORD_AND_PREPOSITION_BEFORE = re.compile(r"\b(\w+) [a-z]+ (?:the )?$")


def _people_before_a_list(text: str, at: int) -> bool:
    """People's role word and a preposition just before the list that opens at ``at`` ("Executives from Toyota,
    Kelbco and Tarnco": their employers, bodies)."""
    m = _WORD_AND_PREPOSITION_BEFORE.search(text, max(0, at - 30), at)
    if m is None:
        return False
    w = m.group(1).lower()
    return _a_role_word(w) or (w.endswith("s") and _a_role_word(w[:-1]))


def _towns_and_untyped(mates: list[_Cluster], untyped: set[int]) -> bool:
    """The other items of a list are places and words no cue types, at least one a place and none a country (a
    country is listed with firms and lenders too: "loans from Kelbco, Tarnco and Japan"): "by video from Lahaina,
    Kelbaki and Tarnai"."""
    return any(mt.kind == "place" for mt in mates) \
        and all((mt.kind == "place" and mt.name not in _world_countries()) or id(mt) in untyped for mt in mates)


# Perhaps a word in lower case, a capitalised name, at most three words in lower case, then "with" just before a
# list ("Kelby competes with ", "links Kelby with ", "Kelby by rail with ").
_NAME_THEN_WITH_BEFORE = re.compile(r"(?:\b([a-z]+) )?[A-Z][\w’'-]*((?: [a-z]+){0,3}) with $")


def _a_place_with_before(text: str, at: int, place_ends: dict) -> bool:
    """A place of the story (``place_ends``: where each place's mention ends, and its name) and "with" just before
    ``at`` (where a list opens), a verb of linking places just before the place or after it ("links Kelby with ",
    "Kelby is linked by rail with "; ``place_link_verbs``), or a town (of the world gazetteer, no listed country nor
    state) and a verb of rivalry ("Kelby competes with "; ``place_rival_verbs``): the list is of what the place is
    linked or compared with (not "Kelby has signed deals with": firms; not "Tarnland competes with": a country or a
    state competes with firms and universities as often)."""
    R = _rules()
    m = _NAME_THEN_WITH_BEFORE.search(text, max(0, at - 60), at)
    if m is None or m.start(2) not in place_ends:
        return False
    words = {m.group(1), *m.group(2).split()}
    name = place_ends[m.start(2)]
    return bool(words & R["place_link_verbs"]) or (
        bool(words & R["place_rival_verbs"]) and name in _world_places() and name not in R["places"])


# An owner's determiner and perhaps other capitalised words of a list before a name ("its ", "its Kelby and ").
_OWNER_LIST_BEFORE = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Oo]ur) (?:[A-Z][\w’'-]*(?:,| and| or) )*$")
# Perhaps more capitalised words of the list after a name, then a plural noun in lower case (" and Tarno divisions"),
# perhaps after another noun (" lithium assets").
_LIST_THEN_PLURAL_AFTER = re.compile(r"(?:(?:,| and| or) [A-Z][\w’'-]*)*(?: [a-z]{3,})? ([a-z]{3,}s)\b")


def _owned_units(clusters: list[_Cluster], text: str) -> None:
    """One-word names no cue types, each time between an owner's determiner and a plural noun in lower case: the
    owner's sites or units named for their places ("the closure of its Kelby and Tarno divisions", "their Kelby
    estates"), no actor.  The plural is a site's or a unit's noun (``owned_unit_nouns``: not "its Acme shares",
    "their Acme sales").  (Not after "the": "the Ford and GM plants" name the owners.)"""
    R = _rules()
    for cl in clusters:
        if not (_untyped_word(cl) or _world_town(cl)) or any(c.possessive or c.speaks for c in cl.cands):
            continue
        if all(_OWNER_LIST_BEFORE.search(text, max(0, c.start - 60), c.start)
               and (m := _LIST_THEN_PLURAL_AFTER.match(text, c.end)) and m.group(1) in R["owned_unit_nouns"]
               for c in cl.cands):
            cl.kind = "place"


# "from" before a name, and " to " after it: a route ("villages from Kelso to Tarno").
_ROUTE_FROM_BEFORE = re.compile(r"\bfrom $")


def _places_on_a_route(clusters: list[_Cluster], text: str, by_start: dict, by_end: dict) -> None:
    """A one-word name no cue types at one end of a route whose other end is a place is a place too ("villages
    from Kelby to Tarno", "from Tarno to Kelby", Kelby a place), and so are both ends of a renown's range, whatever
    the other end ("Known on every quay from Kelby to Tarno": :func:`_from_to_range`)."""
    starts = {c.start: (cl, c) for cl in clusters for c in cl.cands if not _CAP_NEXT.match(text, c.end)
              or text.startswith(". ", c.end)}  # (the route's end may close its sentence: "from Kelby to Tarn. I")
    for cl in clusters:
        if not (_untyped_word(cl) or _world_town(cl)):
            continue
        for c in cl.cands:
            if text.startswith(" to ", c.end) and _ROUTE_FROM_BEFORE.search(text, max(0, c.start - 5), c.start):
                other = starts.get(c.end + 4)
            elif text.endswith(" to ", 0, c.start) and (b := by_end.get(c.start - 4)) is not None \
                    and _ROUTE_FROM_BEFORE.search(text, max(0, b[1].start - 5), b[1].start):
                other = b
            else:
                continue
            if other is not None and other[0] is not cl and (other[0].kind == "place" or _from_to_range(text, c)):
                cl.kind = "place"
                break


# A company's legal form and "of" just before a name ("Doe Ltd of ", "Roe S.r.l. of ").
_FORM_OF_BEFORE = re.compile(r"(?<![\w.])([A-Za-z][A-Za-z.]{1,8}) of $")


def _town_use(text: str, c: _Cand, world: bool, listable: bool = True) -> str:
    """How one mention of a one-word name reads as a town: "area" ("the port of Kelso", "the Kelso industrial
    estate", "Kelso-based", in a list of settlements when ``listable``), "placed" (after a word of
    ``gazetteer_town_before``, not "a stake in Kelso"; a name of the gazetteer only), "actor" (it owns, speaks or a
    verb follows with no such word before), else ""."""
    R = _rules()
    if (text.startswith(R["place_area_after"], c.end) and (not text.startswith(R["place_quarter_after"], c.end)
                                                          or text.endswith(("the ", "The "), 0, c.start))) \
            or R["place_noun_of_before"].search(text, max(0, c.start - 30), c.start) \
            or (listable and _in_a_settlement_list(text, c, world)):
        return "area"  # (a quarter only after "the": "the Kelby neighborhood", not "a Kelbook neighborhood group")
    if (m := _FORM_OF_BEFORE.search(text, max(0, c.start - 16), c.start)) \
            and ((f := m.group(1).rstrip(".")) in R["legal_forms"] or f.upper() in R["legal_forms"]) \
            and _CLAUSE_MARK_AFTER.match(text, c.end):
        return "area"  # "Ferraris & Figli S.r.l. of Kelso, ...": where a company is based
    if c.speaks or c.label or (c.possessive and R["town_part_after"].match(text, c.end) is None):
        return "actor"
    m = _PREPOSITION_BEFORE.search(text, max(0, c.start - 40), c.start)
    if m and m.group(2) in R["gazetteer_town_before"] and not _stake_word_before(text, m):
        return "placed" if world else ""  # (a verb after it is another's: "ships calling at Tarno averaged ...")
    if (b := _OUT_OF_BEFORE.search(text, max(0, c.start - 30), c.start)) and b.group(1) in R["base_before_out_of"] \
            and not _noun_after(text, c.end):  # (not "ran out of Kelso sauce": a thing used up)
        return "placed" if world else ""  # "works out of Kelso", "runs routes out of Kelso": where one is based
        # (not "spun out of Kelso", a firm of a town's name)
    if (text.endswith(_ARTICLES_BEFORE, max(0, c.start - 4), c.start) or c.weak == "headline") \
            and not R["firm_voice_after"].match(text, c.end):
        return "modifier" if world else ""  # "the Kelso company", "a Kelso bike maker", "from the Tarno factories"
        # (not "A Carlsberg spokesman": a firm's voice)
    if world and R["town_count_before"].search(text, max(0, c.start - 12), c.start) and _noun_after(text, c.end):
        return "modifier"  # "all five Kelso seats", "both Tarno plants"
    return "actor" if _acts_after(text, c.end) else ""


def _in_a_settlement_list(text: str, c: _Cand, world: bool) -> bool:
    """A name in a list of settlements: after the plural ("the villages of Kelby and Tarno", "towns such as
    Kelby"), or before it ("Kelby and Tarno counties"); before "towns" or "cities" (``firm_town_plurals``) a name of
    the gazetteer only: a firm's towns are no places ("Kelbook and Tarnco towns" that grew up round its plants)."""
    R = _rules()
    if m := R["place_list_before"].search(text, max(0, c.start - 80), c.start):
        return m.group(1) not in R["operated_place_plurals"] or not _a_firm_in_the_list(text, m.start(2))
    m = R["place_list_after"].match(text, c.end)
    if m is None and R["place_list_so_far"].search(text, max(0, c.start - 40), c.start):
        m = R["place_list_last"].match(text, c.end)
    return m is not None and (world or m.group(0).split()[-1] not in R["firm_town_plurals"])


# The names of a list from its first ("Kelby, Tarno Blanca and the Ash Creek"), and what parts them.
_LIST_NAMES = re.compile(r"(?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}"
                         r"(?:(?:,? (?:and|or) |, )(?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})*")
_LIST_PARTS = re.compile(r",? (?:and|or) |, |^the ")
# Capitalised words joined by a hyphen ("Hapag-Lloyd"; not "Port-au-Prince").
_CAPITALS_HYPHENED = re.compile(r"[A-Z][\w’']*-[A-Z]")


def _a_firm_in_the_list(text: str, at: int) -> bool:
    """A name of the list opening at ``at`` has a firm's shape and no gazetteer place's: an abbreviation ("DP World",
    "COSCO"), capitalised words joined by a hyphen ("Hapag-Lloyd"), a known body: the list names operators."""
    R = _rules()
    m = _LIST_NAMES.match(text, at)
    for name in filter(None, _LIST_PARTS.split(m.group()) if m else ()):
        if name in R["places"] or name in _world_places():
            continue
        if name in R["known_organisations"] or _CAPITALS_HYPHENED.search(name) \
                or any(len(w) >= 2 and w.isupper() for w in name.split()):
            return True
    return False


def _listable(cl: _Cluster) -> bool:
    """A name a list of settlements may make a place: no known body nor party ("the Labour and Green
    constituencies": the parties' seats), no body by two cues or more elsewhere in the story."""
    R = _rules()
    return cl.name not in R["known_organisations"] and cl.name not in R["member_parties"] \
        and cl.name not in R["party_words"] and cl.cues.get("organisation", 0) < 2


_ARTICLES_BEFORE = ("the ", "The ", "a ", "A ", "an ", "An ")
# A word in lower case and "out of" before a name ("works out of ").
_OUT_OF_BEFORE = re.compile(r"\b([a-z]+) out of $")


def _uncued_name(cl: _Cluster) -> bool:
    """A name of several words that no cue types, no abbreviation in it ("Ain el-Sindiyan")."""
    return cl.kind in ("person", "organisation") and not any(cl.cues.values()) \
        and not any(w.isupper() for w in cl.name.split())


def _towns_by_use(clusters: list[_Cluster], text: str) -> None:
    """A one-word name no cue types (one weak cue at most) is a town when a story names an area by it or calls a
    firm based there ("the port of Tarno", "the Tarno industrial estate", "Tarno-based"), or, for a name of the
    world gazetteer (not a given name nor a common word), places it once ("in Kelso", "to Kelso", "from Kelso");
    never when a mention acts, speaks or owns ("Kelso said", "Kelso's chief")."""
    R = _rules()
    for cl in clusters:
        if cl.kind == "place" or not (_untyped_word(cl) or _world_town(cl) or _uncued_name(cl)):
            continue
        world = " " not in cl.name and cl.name in _world_places() and cl.name.lower() not in R["given_names"] and not _common_word(cl.name)
        listable = _listable(cl)
        uses = [_town_use(text, c, world, listable) for c in cl.cands]
        if "actor" not in uses and ("area" in uses or "placed" in uses or (uses and all(uses))):
            cl.kind = "place"


# "; " or "; and " just before a name: an item of a list in semicolons.
_SEMICOLON_ITEM_BEFORE = re.compile(r"; (?:and |or )?$")


# The head of a list before its first item "Name, Region;": its last word "in"/"at"/"near"/"from", or a plural of
# places in it ("the most dangerous cities include ").
_PLACES_HEAD = re.compile(r"(?:\b(?:in|at|near|from|across)|\b(?:cities|towns|villages|places|destinations|"
                          r"locations|communities|municipalities|capitals|ports|sites)\b.*)\s*$")
_FIRST_ITEM = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*, [A-Z][\w.]*(?: [A-Z][\w.]*)?;")


def _list_of_places_head(text: str, start: int) -> bool:
    """The sentence of a list in semicolons that a name at ``start`` is an item of opens with a head of places ("in",
    "the cities include"), no list of suppliers, plaintiffs, candidates or bands ("Suppliers include Kelbtron, Ohio;")."""
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind(": ", 0, start)) + 1
    m = _FIRST_ITEM.search(text, opening, start + 200)
    return m is not None and _PLACES_HEAD.search(text[opening:m.start()].rstrip()) is not None


def _towns_in_a_semicolon_list(clusters: list[_Cluster], text: str) -> None:
    """A name no person's cue types (one weak body's cue at most), written once as an item of a list in semicolons
    with its region after a comma, a known place: a town ("include Tarno Sula, Texas; Ollera, Ohio; and Kelbport, Iowa,"),
    whatever a clause about it says elsewhere ("Kelbport, which has 800,000 people, ...")."""
    R = _rules()
    for cl in clusters:
        if cl.kind != "organisation" or cl.cues.get("person", 0) or cl.cues.get("organisation", 0) > 1 \
                or cl.name.isupper() or cl.name in R["known_organisations"] or not _no_party_word(cl.name) \
                or any(c.speaks or c.label or c.possessive for c in cl.cands):
            continue
        for c in cl.cands:
            m = _REGION_AFTER.match(text, c.end)
            if m and (m.group(1) in R["places"] or m.group(1).rstrip(".") in R["places"]) and (
                    text.startswith(";", m.end()) or _SEMICOLON_ITEM_BEFORE.search(text, max(0, c.start - 7), c.start)) \
                    and _list_of_places_head(text, c.start):
                cl.kind = "place"
                break


def _world_town(cl: _Cluster) -> bool:
    """One word of the world gazetteer, no person's, group's or product's cue, never speaking: an organisation only
    by a cue a town's name takes as well ("a Kelso producer", "the Kelso firm")."""
    k = cl.cues
    return cl.kind == "organisation" and " " not in cl.name and not cl.name.isupper() \
        and max(k.get("person", 0), k.get("group", 0), k.get("product", 0)) == 0 \
        and cl.name.lower() not in _rules()["given_names"] and not _common_word(cl.name) \
        and cl.name not in _rules()["known_organisations"] and cl.name in _world_places() \
        and not any(c.speaks or c.label for c in cl.cands)


def _given_name_of_a_place(cl: _Cluster) -> bool:
    """One word of the world gazetteer that is a given name too ("Chad", "Florence", "Sydney"), a person only because
    a given name alone is one (no cue at all), never speaking, owning nor labelling: a place if a list of places
    holds it ("fled to Jordan and Lebanon"; not "Chad and Jo Doe")."""
    return cl.kind == "person" and not any(cl.cues.values()) and " " not in cl.name \
        and cl.name in _world_places() and not any(c.speaks or c.label or c.possessive for c in cl.cands)


# a word, a preposition of place or of a journey's end, perhaps a list of capitalised names after it, just before a
# name ("a farmer at ", "drives to ", "between Kelby and ", "from Kelby, Tarn or ")
_PLACE_PREPOSITION_LIST_BEFORE = re.compile(r"\b([\w’'-]+)([.,]?)\s+(at|from|to|between|near|towards?)\s+"
                                            r"(?:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?,\s+){0,4}"
                                            r"(?:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?,?\s+(?:and|or)\s+)?$")


_MC_SURNAME = re.compile(r"Ma?c[A-Z]")  # ("McGrath", "MacLeod": a surname, no village)
_ACTOR_CLAUSE_AFTER = re.compile(r", (?:which|who)\b")  # ("to Kelbstar, which tackled it": a body that acts)


def _places_by_prepositions(clusters: list[_Cluster], text: str) -> None:
    """A one-word name no cue types (:func:`_untyped_word`), not one news gives a body or a brand by, each mention
    of it after a preposition of place or of a journey's end that the words before it make one (:func:`_placed_by`),
    or in a list after one ("a farmer at Kelby", "drives to Tarn", "the road between Kelby and Tarn"; not "a job at
    Kelbco", "loans from Tarnbank"; nor after a capitalised word, as in a title,
    "Going Home to Kelby", but for a name and its comma, "Jo Doe, from Kelby"; nor before ", which" or ", who"),
    never owning nor speaking, nor before a word in lower case each time ("at Kelby mill"): a village or a town the
    gazetteer lacks, no body."""
    R = _rules()
    for cl in clusters:
        if not _untyped_word(cl) or cl.name in R["news_names"] or cl.name in R["known_organisations"] \
                or cl.name in R["vehicle_makers"] or _common_word(cl.name) or "." in cl.name \
                or _CAMEL.fullmatch(cl.name) or _MC_SURNAME.match(cl.name):  # (no web address nor brand, "KelbTech",
            # nor surname, "McKelby"; "Pen-y-Graig" is a village)
            continue
        if all(not c.possessive and not c.speaks
               and (m := _PLACE_PREPOSITION_LIST_BEFORE.search(text, max(0, c.start - 80), c.start))
               and (m.group(1).islower() or m.group(2) or m.group(1).lower() in R["journey_words_before_a_place"]
                    or _ROAD_NAME.fullmatch(m.group(1).lower()) and m.group(3) in ("between", "near"))
               and _placed_by(text[max(0, m.start() - 40):m.end(1)].lower().split()[-5:], m.group(3))
               and not _ACTOR_CLAUSE_AFTER.match(text, c.end)
               for c in cl.cands) and not all(_noun_after(text, c.end) for c in cl.cands):
            cl.kind = "place"


def _placed_by(words: list[str], preposition: str) -> bool:
    """The words before a preposition (up to five, the last next to it) place the name after it, none of them of
    dealings or of a firm's staff ("a gift of 40 laptops from", "a spokesman from"): "between" and "near" right after a
    road's number ("the A98 between", "the N7 near"); "to" and "between" after a word of a journey or a route among
    them ("drives to", "drive their babies to", "the Araniko Highway between"; not "a sale to", "talks between");
    "from", "at" and "near" right after a word of land, home, works or journey, or a person by where they live
    (:func:`_place_holders`: "a farm at", "a shed at", "a farmer from"; not "accounts at", "results came back from",
    "common ground at", "an analyst from")."""
    R, word = _rules(), words[-1]
    if word in R["not_place_before"] or any(w in R["dealings_before_preposition"] for w in words) \
            or len(words) > 1 and words[-2] in R["ground_idioms_before"]:
        return False  # ("a gift of 40 laptops from", "bought a fridge at", "gained ground at")
    if _ROAD_NAME.fullmatch(word) and preposition in ("between", "near"):
        return True  # (a road's number: "the A98 between", "on the N7 near"; not "the A350 from Airbus")
    if preposition in ("to", "between", "towards", "toward"):
        return any(w in _journey_words() for w in words)
    return word in _place_holders() or word.endswith("s") and word[:-1] in _place_holders()


_ROAD_NAME = re.compile(r"(?:[abmnr]|i-|us-?|sr-?)\d{1,4}")  # a road's number in lower case ("a98", "n7", "i-95")


@lru_cache(maxsize=1)
def _journey_words() -> frozenset:
    """Words of going, of a journey or of a route ("drive", "flights", "highway", "km")."""
    R = _rules()
    return R["journey_words_before_a_place"] | R["travel_verbs_before_to"] | R["journey_nouns_before_to"]


@lru_cache(maxsize=1)
def _place_holders() -> frozenset:
    """The words before "at", "from" or "near" that place the name after them: land, homes and works ("a farm at", "a
    shed at"), people by where they live or come from ("a farmer from", "a mother from", "villagers near"), journeys
    ("came from", "9 km from"): the existing lists of place cues, read together."""
    R = _rules()
    return _journey_words().union(*(R[k] for k in (
        "place_holders_before", "island_holders_before", "origin_holders_before", "land_before_at", "dwellers",
        "travellers_before_from", "home_roles_before_from")))


def _untyped_word(cl: _Cluster) -> bool:
    """One word, no abbreviation, an organisation only because no cue (or one weak cue) says otherwise."""
    return cl.kind == "organisation" and max(cl.cues.values(), default=0) < 2 and " " not in cl.name \
        and not cl.name.isupper()


def _canonical(names: list[str], cs: list[_Cand], canon_of: dict[str, str], first_at: dict[str, int],
               nicknames: frozenset | set = frozenset()) -> str:
    """An actor's canonical name: the longest multi-word form, else the most frequent form (ties: the first named);
    never a name the person is "known as" (``nicknames``), one such a name opens ("Ned Doe"), nor one a kinship word
    opens ("Grandpa Jo", ``kin_styles``) when there is another.

    Most actors have one form only: it is the name, without counting the forms.
    """
    if len(names) == 1:
        return names[0]
    forms = Counter(canon_of.get(c.name, c.name) for c in cs)
    kin = _rules()["kin_styles"]
    return max(names, key=lambda x: (x not in nicknames and x.split()[0] not in nicknames
                                     and x.split()[0].lower() not in kin, len(x.split()), forms[x], -first_at[x]))
    # (nor one a nickname opens: "Ned Doe" of "Edward Doe, known as 'Ned'")


def _common_word(name: str) -> bool:
    """A word English news writes in lower case (the learned list), or a stop word."""
    lw = name.lower().rstrip(".")
    return lw in _rules()["common_words"] or lw in _rules()["stopwords"]


# Where a sentence or a quotation opens: the text's start, a full stop and space, an opening mark, a new line.
_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[.!?][\"”’']?\s+|[“\"‘(]|\n\s*)$")
# The endings of abstract nouns ("Tourism", "Management", "Security", "Regulation", "Leadership"); not "-ness",
# which ends names ("Guinness", "Inverness").
_ABSTRACT_ENDING = re.compile(r"\w{3}(?:ism|ity|tion|sion|ment|ship|hood)$")


def _abstract_noun_opening(names: list[str], cs: list[_Cand], text: str) -> bool:
    """One word with the ending of an abstract noun that only ever opens a sentence or a quotation ("Tourism is the
    engine of this economy", "Management has been telling investors"): the common noun, capitalised by its place.
    (The caller keeps a word that ends a longer name of the story: "Sean Hannity ... Hannity followed up".)"""
    return len(names) == 1 and " " not in names[0] and not names[0].isupper() \
        and _ABSTRACT_ENDING.search(names[0].lower()) is not None and names[0] not in _rules()["known_organisations"] \
        and all(_SENTENCE_OPENS_BEFORE.search(text, max(0, c.start - 4), c.start) for c in cs)


# A determiner and a year (or a span of years) just before a word: "the 2028 Budget", "the 2026-27 Budget", "its
# 2030 Strategy" (not "Since 2019 Shell has ...").
_YEAR_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir) (?:1[89]|20)\d\d(?:[-–/]\d{2,4})? $")


def _dated_common_word(names: list[str], cs: list[_Cand], text: str) -> bool:
    """Every form is one common word and one mention follows a determiner and a year: a dated thing ("the 2028
    Budget", "the 2030 Strategy", "its 2021 Census"), no actor, whatever cue the words around it give (a year alone
    before the word is no such sign: "Since 2019 Shell has cut jobs")."""
    R = _rules()
    return all(" " not in n and n.lower() in R["common_words"] and n not in R["known_organisations"]
               and n not in R["places"] for n in names) \
        and any(_YEAR_BEFORE.search(text, max(0, c.start - 20), c.start) for c in cs)


def _common_word_only(names: list[str], cues: Counter) -> bool:
    """Every form is one common word ("Change", "Details", "Police") and nothing marks it as a name."""
    R = _rules()
    if not all(" " not in n and n.lower().rstrip(".") in R["common_words"] for n in names):
        return False
    if any(n in R["known_organisations"] or n in R["places"] for n in names):
        return False
    return cues.get("person", 0) < 2 and cues.get("product", 0) < 3


# A number word last makes no person's name ("League One", "Formula One", "Channel Four").
_NUMBER_WORDS = frozenset("One Two Three Four Five Six Seven Eight Nine Ten".split())
# Nor a word of a town or a club last ("Wexborough Town", "Ashby City": a side), nor of a region, a state's
# nickname or a court ("Granite State", "Rust Belt", "Gold Coast", "Seventh Circuit").
_SETTLEMENT_ENDS = frozenset(("Town", "City", "State", "Province", "Region", "Coast", "County", "Republic"))
_NO_SURNAMES = _SETTLEMENT_ENDS | {"Belt", "Circuit"}  # (these two are surnames too: "Brandon Belt")
# Words of a league's divisions before a number word ("League Two", "Division One"): a division, no actor.
_DIVISIONS = frozenset(("League", "Division", "Tier"))


def _name_words(w: list[str]) -> bool:
    """Each word is shaped like a word of a person's name (_NAME_WORD, accented letters too: "Jo Söderlund"); a
    first word with accents only when it is a given name ("Jürgen Doe", "Łukasz Wójcik"; given_names lists common
    accented given names): accents in later words too say nothing, as many a body or place has them ("École Normale
    Supérieure", "Iarnród Éireann", "Kraków Główny"). A name opening with an accented surname ("Đặng Văn Hùng")
    needs a cue, unless it is a Vietnamese family name (``vietnamese_family_names``: "Nguyễn Thị Lan")."""
    if not all(_NAME_WORD.fullmatch(x) for x in w):
        return _elided_surname_after(w)
    return w[0].isascii() or _listed_given(w[0].lower()) or w[0] in _rules()["vietnamese_family_names"]


def _listed_given(word: str) -> bool:
    """The lower-case ``word`` is a listed given name, or a hyphened one that a listed given name opens ("marie-ève",
    "jean-luc", "jean-rémi")."""
    given = _rules()["given_names"]
    return word in given or "-" in word and word.split("-", 1)[0] in given


def _elided_surname_after(w: list[str]) -> bool:
    """An elided surname in lower case ending a name after words shaped as a name's: a given name first, or two
    words that open no body or place ("Aurélie d'Arvy", "Jean-Luc d'Arvy", "Gérald Tarno d'Kelby"; not "Musée
    d'Orsay", "Côte d'Ivoire", "Château d'Arvy", "Le Monde d'Aujourd'hui"): a person's name."""
    R = _rules()
    head, given = w[0], R["given_names"]
    if len(w) < 2 or not _ELIDED_NAME_WORD.fullmatch(w[-1]) or not all(_NAME_WORD.fullmatch(x) for x in w[:-1]):
        return False
    if any(p.lower() in given for p in head.split("-")):
        return True
    return len(w) >= 3 and head not in R["foreign_org_heads"] and head not in R["elision_place_prefixes"] \
        and head not in R["place_prefixes"] and head.lower() not in R["name_particles"] \
        and head.lower() not in R["org_words"] and head.lower() not in R["common_words"]


def _named_of_a_place(name: str) -> bool:
    """Words of no given name, then a particle and a known place ("Énergie Kelby du Québec", "Banco Central de
    Chile"): a body named for where it serves, in French or Spanish style, no person ("Pedro de Mendoza" opens
    with a given name)."""
    w, R = name.split(), _rules()
    return len(w) >= 3 and w[-2] in _PLACE_PARTICLES and w[0].lower() not in R["given_names"] \
        and (w[-1] in R["places"] or folded(w[-1]) in R["places"])  # ("Québec": "Quebec")


def _country_branch(name: str) -> bool:
    """One or two words of no given name first, then a country's name (the gazetteer's countries) that is no given
    name either: a body's branch or office in that country ("Oxfam Kenya", "Kelby South Africa"), no person
    ("Michael Jordan", "Vijay India" open with a given name; "Jo Chad", "Jo Jordan": a country that is a given name is
    a surname as often)."""
    w, R = name.split(), _rules()
    if w[0].lower() in R["given_names"] or w[-1].lower() in R["given_names"]:
        return False
    countries = _world_countries()
    return any(1 <= len(w) - n <= 2 and " ".join(w[-n:]) in countries for n in (1, 2, 3) if n < len(w))


@lru_cache(maxsize=1)
def _world_countries() -> frozenset:
    """The world's countries (``mentions_world_countries.txt``, built with the gazetteer by
    :mod:`analysis.build_gazetteer`)."""
    return resource_lines("mentions_world_countries.txt")


# Lower-case particles before a place in a body's name in French, Spanish, Portuguese and Italian.
_PLACE_PARTICLES = frozenset(("du", "de", "des", "del", "do", "da", "di"))


@lru_cache(maxsize=16384)
def _presumed_person(name: str) -> bool:  # names repeat within and across articles
    """Two or three capitalised words and nothing else known: most often a person ("Quina Jones", "Ana de Vries"); a
    given name written short before them too ("Md Shafiqul Islam Chowdhury")."""
    w, joiners = name.split(), _rules()["surname_joiners"]
    if len(w) >= 3 and w[0].rstrip(".") in _rules()["abbreviated_given_names"]:
        return _presumed_person(" ".join(w[1:]))  # (nor "y", "i", "e" between two surnames)
    w = w[:1] + [x for x in w[1:-1] if not is_name_particle(x) and x not in joiners and x != "A"] + w[-1:] \
        if len(w) > 2 else w  # (nor the "A" of a Surinamese surname: "Jo Fung A Kelb", see _a_inside_a_surname)
    if not ((2 <= len(w) <= 3 or _two_given_names_first(w) or _patronymic_whole(name.split()))
            and not _NOUNISH.search(w[-1].lower()) and _name_words(w)) \
            or "’s " in name or "'s " in name or w[-1] in _NUMBER_WORDS or w[-1] in _NO_SURNAMES \
            or (len(w) == 3 and w[0].lower() not in _rules()["given_names"] and _plural_in_a_name(w[1])) \
            or _people_word(w[-1].lower()) or _named_of_a_place(name) or _country_branch(name):
        # (nor a plural of people last: "Kelby Tobacco Growers", "Tarn Market Traders": their body)
        # (nor a plural noun inside, after no given name: "Harbour Keepers Scotland", "Coral Keepers Australia")
        return False  # (nor a possessive inside: "Women's Agenda Symposium")
    # a faith or nationality adjective first ("Islamic State", "Catholic Charities") opens no person's name, nor a
    # place that is no given name ("Cleveland Cavaliers", "Cincinnati Enquirer", "Middle West")
    R = _rules()
    return w[0].lower() in R["given_names"] or not (_demonym(w[0]) or _ADJECTIVE_IC.fullmatch(w[0])
                                                    or w[0] in R["places"] or all(x in R["place_words"] for x in w))


def _people_word(lw: str) -> bool:
    """A plural of a role or of dwellers ("growers", "traders", "residents"): people, no surname."""
    R = _rules()
    return lw.endswith("s") and (lw in R["dwellers"] or lw[:-1] in R["person_roles"] or lw[:-1] in R["dwellers"])


@lru_cache(maxsize=16384)
def _name_like(name: str) -> bool:  # names repeat within and across articles
    """Shaped like a person's name and not made of common words ("Wolf Blitzer", not "Great Talent Heist")."""
    R = _rules()
    first = name.split()[0].lower()
    return _presumed_person(name) and (first in R["given_names"] or first not in R["common_words"])


# The ending of a common noun of a trade, a field or a unit that closes a body's name ("Kelby Publishing", "Kelby
# Politics", "Security Division"), read on a word of the learned common words (not a plural: "Banks", "Fields" and
# "Rivers" are surnames too).
_BODY_NOUN_ENDING = re.compile(r"\w{3}(?:ing|ion|ics)$")


def _body_shaped(name: str) -> bool:
    """A name of no listed given name, with an organisation's word in it ("Tarno Daily Star", "Kelby News
    Channel", "University Hospitals", "Kelby House") or closed by a common noun of a trade, field or unit ("Grand
    Kelby Publishing", "Kelby Politics"): a body's name when nothing else says what it is, not a person's ("Jane
    Newsome", "Tom Waters" open with a given name)."""
    R, words = _rules(), name.split()
    if any(w.lower() in R["given_names"] for w in words):
        return False  # (nor one with a given name inside, glued to a title's word: "State Jo Doe", "Marine Jo")
    if len(words) == 2 and words[1] in R["body_words_also_surnames"] and words[0].lower() not in R["common_words"] \
            and words[0].lower() not in R["org_words"]:
        return False  # a surname that is a body's word too, after a given name not listed ("Ama House", "Kiri Darling")
    last = words[-1].lower()
    trade_last = last in R["common_words"] and _BODY_NOUN_ENDING.search(last) is not None
    if len(words) >= 3 and not trade_last and not any(w.lower() in R["org_words"] for w in words[1:]) \
            and _presumed_person(" ".join(words[1:])):
        return False  # a title's word glued to a person's name ("State Jo Kelby", "Board Ann Tarno")
    return trade_last or any(w.lower() in R["org_words"] for w in words)


def _decide_kind(cl: _Cluster) -> str:
    k = cl.cues
    if not k or sum(k.values()) == 0:
        # a full name later used by its last word alone ("Jane Doe ... Doe") is a person
        short = {c.name for c in cl.cands if len(c.name.split()) == 1}
        full = [c.name for c in cl.cands if _presumed_person(c.name)]
        if any(f.split()[-1] in short for f in full) or (not _body_shaped(cl.name) and any(
                _name_like(f) and not _body_shaped(f) for f in full)):
            return "person"  # (not the short form of a body's name: "Grand Kelby Publishing ... Grand Kelby")
        if " " not in cl.name and cl.name.lower() in _rules()["given_names"] and not _common_word(cl.name) \
                and cl.name not in _rules()["places"]:
            return "person"  # a given name alone ("David", "Elizabeth"): a person called by a first name
        # a compass word alone, no surname: a region or what is left of a place ("a South Florida-based group"); a
        # plural land form alone, a place's short name ("the Islands' reserves", "across the Highlands")
        return "place" if cl.name in _COMPASS_REGIONS or (
            cl.name.endswith("s") and cl.name in _rules()["place_suffixes"]) else "organisation"
    best = max(KINDS, key=lambda kk: (k.get(kk, 0), kk == "organisation"))
    return best if k.get(best, 0) > 0 else "organisation"


def _region_after(text: str, end: int) -> bool:
    """A comma and a region of the gazetteer right after a name ("Weno, Chuuk", "Kelby, Gujarat"): a place in an
    address or a dateline, no person's name."""
    m = _COMMA_WORD.match(text, end)
    return m is not None and m.group(1) in _world_regions()


_COMMA_WORD = re.compile(r",\s+([A-Z][\w’'-]+)")


def _cueless_place(cl: _Cluster, text: str) -> bool:
    """A one-word region of the gazetteer that no cue types at all, though it follows a capitalised word or a
    comma ("Rural Tripura", "Tripura, a small state,"): a place rather than a body; not a name news gives people and
    bodies by one word (``news_names``), nor one any mention of which reads as a side's, a people's or a body's:
    after "for", "at", "over", "to", "by", "against" or "the" ("scored for Tirol", "The Afar"), or before a
    lower-case word, its possessive too ("the Sinaloa cartel", "The Afar have", "Tata's steel plant").  (A town's
    name is left alone: teams and brands are named for towns, "Essendon", "Tata".)"""
    if " " in cl.name or cl.name in _rules()["news_names"] or cl.name not in _world_regions():
        return False
    return not any(_SIDES_BEFORE.search(text, max(0, c.start - 12), c.start)
                   or _THE_BEFORE.search(text, max(0, c.start - 4), c.start)
                   or _LOWER_AFTER.match(text, c.end) and not _SUPERLATIVE_AFTER.match(text, c.end)
                   for c in cl.cands)  # (but a region's possessive before a superlative is where: "Kelbyland's biggest
    # growers' co-operative")


# a preposition of place and "the" before a name ("in the ", "across the ")
_PLACE_THE_BEFORE = re.compile(r"\b(?:in|on|to|from|across|throughout|near|around) the $")


# A comma and a capitalised name of one to three words, then a clause's end ("Nazirartek, Cox's Bazar.")
_TOWN_AFTER_COMMA = re.compile(r", ([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})(?=[.;:)\n]|, |$)")


def _within_a_town(cl: _Cluster, text: str) -> bool:
    """A one-word name no cue types, not one news gives a body by, and one of its mentions after a preposition of
    place and before a comma and a town of the gazetteer ("racks at Nazirartek, Cox's Bazar."): a place in that
    town."""
    R = _rules()
    if " " in cl.name or cl.name.isupper() or cl.name in R["news_names"] or cl.name in R["known_organisations"]:
        return False
    return any((m := _TOWN_AFTER_COMMA.match(text, c.end)) and m.group(1) in _world_places()
               and _PLACE_PREPOSITION_JUST_BEFORE.search(text, max(0, c.start - 8), c.start) for c in cl.cands)


_PLACE_PREPOSITION_JUST_BEFORE = re.compile(r"\b(?:at|in|near|outside|from) $")


def _only_where(cl: _Cluster, text: str) -> bool:
    """A one-word name no cue types, each mention of it after a word that places it (``place_holders_before``; before
    "on", ``island_holders_before``; before "from", ``origin_holders_before``) and a preposition of place, or in a
    list of capitalised words after them ("estates at Mwelya, Kange and Pongwe", "fishermen on Manihi", "People from
    Kelby and Tarno"): a place (a village or an island the gazetteer lacks), no body; not a name news gives bodies or
    brands by (``news_names``, ``known_organisations``, ``vehicle_makers``), nor one in capitals, nor an owner
    ("farmers at Tarnco's plant")."""
    R = _rules()
    if " " in cl.name or cl.name.isupper() or cl.name in R["news_names"] or cl.name in R["known_organisations"] \
            or cl.name in R["vehicle_makers"]:
        return False
    return all(not c.possessive and (m := _LOCATIVE_LIST_BEFORE.search(text, max(0, c.start - 80), c.start))
               and m.group(1).lower() in R[_HOLDERS_BEFORE.get(m.group(2), "place_holders_before")]
               for c in cl.cands)


_HOLDERS_BEFORE = {"on": "island_holders_before", "from": "origin_holders_before"}  # (the rest: place_holders_before)


# a preposition of place after a word, then perhaps a list of capitalised words before the mention
# ("estates at Mwelya, Kange and ", "farmers on Manihi")
_LOCATIVE_LIST_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(at|near|around|outside|on|from)\s+"
                                   r"(?:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?,\s+){0,4}"
                                   r"(?:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?,?\s+(?:and|or)\s+)?$")


# the words before a name that make it a side's, a people's or a body's as often as a place's (_cueless_place)
_SIDES_BEFORE = re.compile(r"\b(?:for|at|over|to|by|against)\s+$")
_LOWER_AFTER = re.compile(r"(?:[’']s)?\s+[a-z]")  # (its possessive too: "Tata's steel plant", a firm's)
# a possessive and a superlative or a word of rank after a name ("Kelbyland's biggest", "Tarnshire's only"; not a noun
# in "-est": "Kelby's interest", "Tarn's protest")
_SUPERLATIVE_AFTER = re.compile(r"[’']s\s+(?:biggest|largest|oldest|newest|busiest|richest|poorest|smallest|highest|"
                                r"longest|greatest|best|worst|most|only|first|leading|main)\b")


def _possessed_products(clusters: list[_Cluster], text: str) -> None:
    """A name owned by another stakeholder ("Acme's Widget") is a product when nothing else speaks for it.

    A name shaped like a person's stays a person ("Acme's Jane Doe": an employee),
    one with an organisation word an organisation ("Acme's Research Institute");
    "Doe's Grand Plan" is a thing.
    """
    owner_end = {c.end: cl for cl in clusters for c in cl.cands if c.possessive}
    org_words = _rules()["org_suffixes"] | _rules()["org_prefixes"]
    for cl in clusters:
        if sum(cl.cues.values()) > 0:
            continue
        owners = []
        for c in cl.cands:
            m = _POSSESSOR_BEFORE.search(text[max(0, c.start - 40):c.start])
            if m:
                owner = owner_end.get(max(0, c.start - 40) + m.start())
                if owner is not None and owner is not cl:
                    owners.append(owner)
        if not owners or len(owners) != len(cl.cands):
            continue
        if any(_name_like(c.name) or any(w.lower() in org_words for w in c.name.split()) for c in cl.cands):
            continue  # "Acme's Jane Doe" (an employee), "Acme's Research Institute" (a unit)
        cl.kind = "product"


# --------------------------------------------------------------------------
# Collective actors (lower case)
# --------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _collective_re() -> re.Pattern:
    words = sorted(_rules()["collectives"], key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


@lru_cache(maxsize=1)
def _collective_heads() -> frozenset:
    """The first word of every collective noun, lower case: the only words where one can start."""
    return frozenset(re.match(r"\w+", w).group().lower() for w in _rules()["collectives"])


_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


def _head_starts(low: str) -> list[int]:
    """Where a whole word of :func:`_collective_heads` starts in lower-cased text, in order.

    Each word is looked for with ``str.find`` (a few dozen scans in C, faster than one pattern of them
    all tried at every character) and kept where no word character touches it on either side.
    """
    starts = []
    for w in _collective_heads():
        at = low.find(w)
        while at >= 0:
            if not _word_char_at(low, at - 1) and not _word_char_at(low, at + len(w)):
                starts.append(at)
            at = low.find(w, at + 1)
    return sorted(starts)


def _word_char_at(s: str, i: int) -> bool:
    """Whether ``s[i]`` exists and is a word character (``\\w``)."""
    return 0 <= i < len(s) and _WORD_CHAR.match(s, i) is not None


def _collective_matches(text: str):
    """The matches of :func:`_collective_re` in ``text``, tried only at words that can start one (same matches).

    Those words are found in the lower-cased text when lower-casing keeps the offsets (it keeps which
    characters are word characters), else word by word.
    """
    rx, heads = _collective_re(), _collective_heads()
    low = text.lower()
    if len(low) == len(text):
        starts = _head_starts(low)
    else:
        starts = (w.start() for w in _WORD.finditer(text) if w.group().lower() in heads)
    reach = 0
    for at in starts:
        if at < reach:
            continue
        m = rx.match(text, at)
        if m is not None:
            reach = m.end()
            yield m


def _collectives(article: Article, taken: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    R = _rules()
    text = article.text
    starts = {s.start for s in article.sentences}
    taken_starts = sorted(taken)
    keys = [a for a, _b in taken_starts]
    out = []
    for m in _collective_matches(text):
        w = m.group(1)
        if w[0].isupper() and m.start() not in starts and not _OPENING_MARK_BEFORE.search(text[max(0, m.start() - 3):m.start()]):
            continue  # capitalised inside a sentence: part of a name ("Investors Chronicle")
        i = bisect.bisect_right(keys, m.start()) - 1
        if i >= 0 and m.start() < taken_starts[i][1]:
            continue
        out.append((R["collectives"][w.lower()], m.start(), m.end()))
    return out


def _descriptions(clusters: list[_Cluster], text: str) -> list[_Cluster]:
    """ "The Big Tech chief", "the Acme boss": a description of a person, not a mention of the group or firm.

    The span from "the" to the role word becomes a mention of the most mentioned
    person named before it (ties: the one named last); the organisation or
    group keeps only its other mentions.  Role words: ``leader_roles`` in the rules.
    """
    rx = _rules()["leader_after"]
    persons = [cl for cl in clusters if cl.kind == "person"]
    for cl in clusters:
        if cl.kind not in ("organisation", "group"):
            continue
        keep = []
        for c in cl.cands:
            m = rx.match(text, c.end)
            if m is None or c.possessive or not _THE_BEFORE.search(text[max(0, c.start - 4):c.start]) \
                    or _CAP_AFTER.match(text, m.end()):  # a title before a name: "the Labour Party leader Jo Doe"
                keep.append(c)
                continue
            start = c.start - len(_THE_AT_END.search(text[max(0, c.start - 4):c.start]).group())
            before = [p for p in persons if p.cands[0].start < start]
            if before:
                who = max(before, key=lambda p: (len(p.cands), max(x.start for x in p.cands if x.start < start)))
                who.cands.append(_Cand(start=start, end=m.end(), name=text[start:m.end()], weak="description"))
                who.cands.sort(key=lambda x: x.start)
        cl.cands = keep
    return [cl for cl in clusters if cl.cands]


def _features(cl: _Cluster, text: str, first_end: int) -> dict[str, float]:
    """What the actor filter weighs: the kind the rules chose, their cues, the words and their shapes, the context."""
    R = _rules()
    words = cl.name.split()
    first, last = words[0].lower(), words[-1].lower().rstrip(".")
    n = len(cl.cands)
    f = {f"kind={cl.kind}": 1.0, f"nwords={min(len(words), 4)}": 1.0, f"nment={min(n, 4)}": 1.0,
         f"first={first}": 1.0, f"last={last}": 1.0, f"shape={_shape(cl.name)}": 1.0,
         "given": float(first in R["given_names"]), "suffix": float(last in R["org_suffixes"]),
         "common_first": float(first in R["common_words"]), "common_last": float(last in R["common_words"]),
         "place_word": float(any(w in R["places"] for w in words)),
         "headline_only": float(all(c.start < first_end for c in cl.cands)),
         "weak_all": float(all(c.weak for c in cl.cands)), "possessive": float(any(c.possessive for c in cl.cands))}
    if any(c.speaks for c in cl.cands):
        f["speaks"] = 1.0
        f[f"speaks&kind={cl.kind}&nwords={min(len(words), 2)}"] = 1.0
    for k, v in cl.cues.items():
        f[f"cue={k}"] = float(min(v, 8)) / 4
        f[f"cue={k}&kind={cl.kind}"] = 1.0
    for c in cl.cands[:4]:
        bw = _last_words(_FEATURE_WORDS_BEFORE, text, c.start, 25, 1)
        aw = _first_words_at(_FEATURE_WORDS_AFTER, text, c.end, c.end + 25, 1)
        f[f"prev={bw[-1].lower() if bw else '^'}"] = 1.0
        f[f"next={aw[0].lower() if aw else '$'}"] = 1.0
    return f


_SHAPE = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "A" * 26 + "a" * 26 + "0" * 10)
_REPEAT = re.compile(r"(.)\1+")


@lru_cache(maxsize=16384)
def _shape(name: str) -> str:
    """Word shape with repeats collapsed: "Acme Capital" -> "Aa Aa", "FAA" -> "A"."""
    return _REPEAT.sub(r"\1", name.translate(_SHAPE))[:8]


@lru_cache(maxsize=1)
def _actor_filter() -> dict | None:
    """The trained actor filter (``mentions_filter.json.gz``, see :mod:`analysis.train_mentions`), or None."""
    path = _RES / "mentions_filter.json.gz"
    if not path.is_file():
        return None
    import gzip
    import json
    return json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))


def _legislature_before_party(c: _Cand, text: str) -> bool:
    """The mention ``c`` is a legislature named with a word before it ("Kelbian Parliament"), then "for the" and a
    capitalised word: the member's party after it (see _of_the_in_name) leaves the legislature a body of its own."""
    words = c.name.split()
    return len(words) >= 2 and words[-1] in _LEGISLATURES and _FOR_THE_NAME.match(text, c.end) is not None


# "for the" and a capitalised word after a name, single spaces.
_FOR_THE_NAME = re.compile(r" for the [A-Z]")


def _body_word_before_of(words: list[str]) -> bool:
    """A body's word right before the name's first "of" ("Kelby Chamber of Commerce and Industry", "Tarno Department
    of Agriculture, Food and the Marine"): a formal name that goes on after its head."""
    k = words.index("of") if "of" in words else 0
    return k > 0 and words[k - 1].lower() in _rules()["org_suffixes"]


def _keep(cl: _Cluster, text: str, first_end: int, model: dict) -> bool:
    """Whether the trained filter keeps a person or organisation (everything else is kept)."""
    if cl.kind not in ("person", "organisation") or cl.name in _rules()["known_organisations"]:
        return True
    if cl.kind == "organisation" and cl.cues.get("organisation", 0) >= 3 \
            and sum(not c.weak and c.start >= first_end for c in cl.cands) >= 2:
        return True  # an organisation by its own name's words, named twice in the story: the rules suffice
        # ("Reform UK ... Reform", "the GOP"; the filter learned from US silver tags, which miss such bodies)
    if cl.kind == "organisation" and cl.cues.get("organisation", 0) >= 3 and len(cl.name.split()) >= 4 \
            and (cl.name.split()[-1].lower() in _rules()["org_suffixes"] or _service_district(cl.name.split())
                 or _body_word_before_of(cl.name.split())
                 or _numbered_local(cl.name.split())
                 or _closed_by_area(cl.name) or _fields_of_a_place(cl.name)):
        return True  # a long formal name ending in a body's word, named once ("Kelby Drivers' Solidarity Movement")
    if cl.kind == "organisation" and cl.cues.get("organisation", 0) >= 3 and any(c.speaks for c in cl.cands) \
            and len(cl.name.split()) >= 2 and cl.name.split()[-1].lower().rstrip(".") in _rules()["org_suffixes"]:
        return True  # a body's formal name that speaks ("the Tsleil-Waututh Nation said ..."), named once
    if cl.kind == "organisation" and cl.cues.get("organisation", 0) >= 3 and _faith_or_nation_body(cl.name):
        return True  # "the Islamic State", "the Kurdish Front": a movement named by a faith or nation and its head
    if cl.kind == "organisation" and cl.cues.get("organisation", 0) >= 3 and (
            _members_for_a_cause(cl.name.split()) or _place_members_for_a_cause(cl.name.split())):
        return True  # a body named for its members and a cause, named once ("Americans for Prosperity and ...")
    if cl.kind == "organisation" and cl.cues.get("organisation", 0) >= 3 and _body_for_a_cause(cl.name.split()):
        return True  # "the Movement for Kelby Renewal", "the Campaign for Better Roads": a body's word, "for" and its
        # cause in capitals, named once
    if cl.kind == "organisation" and " " in cl.name and (" for " in cl.name or _self_named_in(text, cl.name)) \
            and _called_a_group(text, cl.name):
        return True  # "Solidarity for Kelby Renewal, a civic group", "calling themselves Save Our Kelby Schools": a
        # body the story calls a group, named once
    if cl.kind == "organisation" and any(_legislature_before_party(c, text) for c in cl.cands):
        return True  # "sits in the Kelbian Parliament for the Green Alliance": the legislature, named once
    if cl.kind == "person" and any(_signs_a_letter(text, c.start) for c in cl.cands):
        return True  # "Yours faithfully,\nJo Doe": a letter's signer, named once
    if cl.kind == "organisation" and _candidate_committee(cl.name.split()):
        return True  # "The Doe for Senate Campaign paid ...": a candidate's committee, named once
    if cl.kind == "organisation" and _right_campaign(cl.name.split()):
        return True  # a campaign named for a right, named once ("Right to Kelby USA", "Right to Die Society of Tarn")
    w = model["weights"]
    f = _features(cl, text, first_end)
    z = model["intercept"] + sum(map(mul, map(w.get, f, repeat(0.0)), f.values()))
    return z >= model["threshold"]


# A story this long names again a body that matters in it: only then is a bare word no stakeholder (in a
# passage of a few sentences every name is named once).
_BARE_WORD_MIN_SENTENCES = 15


def _bare_word(cl: _Cluster, text: str) -> bool:
    """Whether an actor is kept as a mention but not listed as a stakeholder (``Entity.listed`` False).

    One capitalised word, not in capitals, read as a body with nothing of a body about it anywhere: no body's word
    beside it, no verb of saying, no possessive, no employer's or owner's words before it ("worked for X"), no verb
    of acting after it ("X has", "X reduced": ``acts_after``), no firm's noun after it ("X shoppers":
    ``firm_nouns_after``).  In news from anywhere such a word is far more often
    a village, a river, a people, a language or a local term ("Tsintsabis", "Setswana", "Kellerbier") than an
    organisation acting in the story; a body that matters speaks, acts or has its own word ("the Forum").  Named
    once, or named again but a town of the world gazetteer ("a plant at Kappelshamn", "the Tallinn office") or
    never listed with another name.  Kept listed: one-word names that news names alone ("Reuters", "Harvard":
    ``mentions_news_names.txt.gz``, learned from PolNeAR's training split); a name after the words of
    ``body_phrases_before`` ("worked for", "a stake in", "via", "from": a firm as often as a place there); a name
    listed with another ("Barclays, Lloyds and Natwest"; a town of the gazetteer in a list stays a place, and so does
    any name in a list of places: "villages around Kundara, Kottiyam and Tarno", "the Funcho and Arade dams"); a name
    whose apposition is followed by a verb of saying ("Copa, the EU farm lobby, said")."""
    R = _rules()
    if cl.kind != "organisation" or " " in cl.name or cl.name.isupper() or cl.cues.get("organisation") \
            or cl.name in R["news_names"]:
        return False
    town = cl.name in _world_places()
    return all(_bare_mention(c, text, town) for c in cl.cands)


def _bare_mention(c: _Cand, text: str, town: bool) -> bool:
    """One mention of :func:`_bare_word`: nothing of a body beside it; in a list, only in a list of places
    (:func:`_placed_list`: "villages around Kundara, Kottiyam and Tarno", "the Funcho and Arade dams"; a verb of
    acting after it still keeps it: "to Mexico, Honda is coming to Mexico") or among towns when the name is a town
    ("Bastia and Livorno"; not "Microsoft, Alphabet and Meta")."""
    R = _rules()
    listed = [] if _placed_list(c, text) or town and _seat_after_a_body(c, text) else _list_neighbours(c, text)
    acts = R["acts_after"].match(text, c.end) and not _SETTING_BEFORE.search(text, max(0, c.start - 16), c.start)
    body_before = R["body_before"].search(text, max(c.start - 25, 0), c.start) is not None \
        and not _from_a_home(text, c.start, roles=False) and not _way_to(text, c) and not _from_to_range(text, c)
    return not c.speaks and not c.possessive and not body_before \
        and not acts and _APPOSITION_THEN_SAYS.match(text, c.end) is None \
        and R["firm_nouns_after"].match(text, c.end) is None \
        and (not listed or (town and all(w in _world_places() for w in listed)))


# A word and "to" just before a name ("the road to ").
_WORD_TO_BEFORE = re.compile(r"\b([\w’'-]+) to $")
# "from" and one capitalised word before "to" and a name, or "to" and one after it: the two ends of a range ("from
# Kelby to Tarno": each a place, mentions._from_to_range).
_FROM_ONE_TO_BEFORE = re.compile(r"\bfrom [A-Z][\w’'-]+ to $")
_TO_ONE_AFTER = re.compile(r" to [A-Z][\w’'-]+\b(?! [A-Z])")


def _way_to(text: str, c: _Cand) -> bool:
    """A way or a crossing and "to" before the name (``where_words_before_to``: "the road to Kelby", "the ferry to
    Tarno"): where it leads."""
    m = _WORD_TO_BEFORE.search(text, max(0, c.start - 30), c.start)
    return m is not None and m.group(1).lower() in _rules()["where_words_before_to"]


def _from_to_range(text: str, c: _Cand) -> bool:
    """The name is one end of "from X to Y", each end one capitalised word, after "known" or "famous" in the
    sentence ("known from Kelby to Tarno", "famous from Kelby to Tarno"): two places a renown spans (not "switched
    from Acme to Beta", "clubs from Acme to Beta": firms, review of session 39)."""
    before = _FROM_ONE_TO_BEFORE.search(text, max(0, c.start - 40), c.start)
    at = before.start() if before else c.start - 5
    if not (before or text.endswith("from ", max(0, c.start - 5), c.start) and _TO_ONE_AFTER.match(text, c.end)):
        return False
    return _RENOWN_BEFORE.search(text, max(0, at - 60), at + 1) is not None


# "known" or "famous" before "from" in the same clause ("Known to audiences from", "famous from").
_RENOWN_BEFORE = re.compile(r"\b(?i:known|famous|loved|remembered|renowned)\b[^.;:!?\n]*$")


def _placed_list(c: _Cand, text: str) -> bool:
    """The list of capitalised words that holds the mention is a list of places: a place's plural closes it ("the
    Funcho and Arade dams", "Great Soppo and Muea markets": ``place_plurals_after_a_list``), or a preposition of place
    opens it and a town of the gazetteer stands in it or a word of places goes just before the preposition ("villages
    around Laiagam, Kompiam and Tarno", "the road between Barhabise and Tatopani": ``place_words_before_a_list``); not
    shops, banks or airlines ("milk at Tesco, Asda and Morrisons", "flights on Jetstar or Virgin", "Everton and Wolves
    supporters"), nor a list with a name the news names alone (``mentions_news_names``, ``known_organisations``) or
    with the preposition said again before each name ("accounts at Absa and at Capitec")."""
    R, start, end, words = _rules(), c.start, c.end, [c.name]
    while (m := _NAME_LISTED_BEFORE.search(text, max(start - 40, 0), start)) is not None:
        start = m.start()
        words.append(m.group("word"))
    while (m := _NAME_LISTED_AFTER.match(text, end)) is not None:
        end = m.end()
        words.append(m.group("word") + ("…" if _CAPITAL_AFTER.match(text, end) else ""))  # (the first word of a
        # longer name, "Wells Fargo", is no town of the gazetteer)
    if (start, end) == (c.start, c.end) or any(w in R["news_names"] or w in R["known_organisations"] for w in words) \
            or _REPEATED_PREPOSITION.search(text, start, end):
        return False
    if (plural := _PLURAL_AFTER.match(text, end)) is not None and plural.group(1) in R["place_plurals_after_a_list"]:
        return True
    if _KIN_BEFORE_A_LIST.search(text, max(0, start - 20), start) and len(words) >= 2:
        return True  # "his sons Tomasi, Sione and Pita; his daughters Faith and Lagi": given names of kin, no bodies
    prep = _LIST_PLACED_BEFORE.search(text, max(0, start - 14), start)
    if prep is not None and _PURE_PLACE_PREPOSITION.search(prep.group()) and not _not_placed_by(text, prep.start()) \
            and R["firm_nouns_after"].match(text, end) is None and _PLURAL_AFTER.match(text, end) is None:
        return True  # "farms in Kundara, Kottiyam and Tarno", "growers around Kelby and Tarno": places, however
        # small (not "invested in Acme and Beta", "jobs in Acme and Beta stores")
    return prep is not None and (any(w in _world_places() or w in R["places"] for w in words)
                                 or R["place_words_before_a_list"].search(text, max(0, prep.start() - 40),
                                                                          prep.start() + 1) is not None)


# Prepositions of place that open a list of names only of places ("in", "around", "near", "beyond", "outside",
# "across", "throughout"; not "at", "from", "on", "to", "off" or "between": "milk at Tesco and Asda", "a deal between
# Acme and Beta", "spun off Acme and Beta").
_PURE_PLACE_PREPOSITION = re.compile(r"\b(?i:in|around|near|beyond|outside|across|throughout)\b")
# A word of kinship in the plural, and perhaps a comma, right before a list of names ("his sons Jo, Al and Ed").
_KIN_BEFORE_A_LIST = re.compile(r"\b(?:sons|daughters|brothers|sisters|children|grandchildren|nephews|nieces|cousins|"
                                r"grandsons|granddaughters),? $")


def _not_placed_by(text: str, at: int) -> bool:
    """The word before the preposition at ``at`` is one after which a preposition places nothing
    (``not_place_before``: "invested in", "a stake in", "shares in")."""
    m = re.search(r"([\w’'-]+)\W*$", text[max(0, at - 30):at + 1])
    return m is not None and m.group(1).lower() in _rules()["not_place_before"]


# A preposition of place (perhaps "the") just before a list of names; a word in "s" just after one.
_LIST_PLACED_BEFORE = re.compile(r"(?:^|\W)(?:in|at|on|from|to|between|near|around|towards|toward|across|outside|off"
                                 r"|of the|and the)(?: the)? $", re.IGNORECASE)  # (not "via": "via Uber or Lyft")
_REPEATED_PREPOSITION = re.compile(r"(?:,| and| or| &)[ \t]+(?:by|at|from|to|on) ")
_PLURAL_AFTER = re.compile(r" ([a-z]+s)\b")
_CAPITAL_AFTER = re.compile(r" [A-Z]")


def _seat_after_a_body(c: _Cand, text: str) -> bool:
    """A town named after a body's name and a comma alone, with nothing listed after it and its clause or line
    closing there ("Publicity Cell, NLCSPB, Kohima.", "the Institute of Plant Health, Dimapur, confirmed"): the
    body's seat, no item of a list ("Barclays, Lloyds and Natwest")."""
    before = _NAME_LISTED_BEFORE.search(text, max(c.start - 40, 0), c.start)
    return before is not None and text[before.end("word"):c.start].strip() == "," \
        and c.name.lower() not in _rules()["given_names"] and _NAME_LISTED_AFTER.match(text, c.end) is None \
        and _LIST_AFTER_A_SEAT.match(text, c.end) is None and _SEAT_CLOSES.match(text, c.end) is not None


# A list going on after a name: "and", "or" or a comma and a capitalised word (", and Amy", " or Tarn", ", Kelby").
_LIST_AFTER_A_SEAT = re.compile(r",?\s+(?:and|or|&)\s+[A-Z]|,\s+[A-Z]")


def _list_neighbours(c: _Cand, text: str) -> list[str]:
    """The capitalised words listed right before and after a mention ("Barclays, [Lloyds] and Natwest")."""
    before = _NAME_LISTED_BEFORE.search(text, max(c.start - 40, 0), c.start)
    after = _NAME_LISTED_AFTER.match(text, c.end)
    return [m.group("word") for m in (before, after) if m]


# A name in a list with another capitalised name ("Barclays, Lloyds and Natwest", "Hershey and Nestle"): one of the
# firms a business story lists, as often as a place.
_NAME_LISTED_BEFORE = re.compile(r"(?P<word>[A-Z][\w&.'’-]*)(?:,| and|, and| or|, or| &)[ \t]+"
                                 r"(?:(?:by|at|from|to|on) )?$")
_NAME_LISTED_AFTER = re.compile(r"(?:,| and| or| &)[ \t]+(?:(?:by|at|from|to|on) )?(?P<word>[A-Z][\w&.'’-]*)")
# A preposition of place right before a name: the verb after it is its sentence's, not the name's ("a slipway at
# Kroonhavik would do nothing"; not "the chief executive of Hewlett-Packard had been").
_SETTING_BEFORE = re.compile(r"\b(?:at|in|near|on|from|to|into|across|around|outside|off|beside) (?:the )?\Z")
# An apposition or none, then a comma and a verb of saying: "Copa, the EU farm lobby, said", "One agency, Kelbworks,
# said".
_APPOSITION_THEN_SAYS = re.compile(r"(?:,[^,.;:\n]{3,60})?,\s+(?:said|says|warned|told|added)\b")


def _body_for_a_cause(words: list) -> bool:
    """A body's opening word (``org_prefixes``), "for" and two or more capitalised words of its cause, "and" or "of"
    between them: "Movement for Jobs and Fairness", "Campaign for Better Roads" (one name, no title: "Minister for
    Jobs" opens with no body's word)."""
    return len(words) >= 4 and words[1] == "for" and words[0].lower() in _rules()["org_prefixes"] \
        and words[-1][:1].isupper() and all(w[:1].isupper() or w in ("and", "of", "the") for w in words[2:])


def _candidate_committee(words: list) -> bool:
    """A candidate's committee: a name, "for", an office (``campaign_offices``), then "Committee" or "Campaign" ("Doe
    for Senate Committee", "Roe for Mayor Campaign")."""
    return len(words) >= 4 and words[1] == "for" and words[2] in _rules()["campaign_offices"] \
        and words[-1] in ("Committee", "Campaign")


def _members_for_a_cause(words: list) -> bool:
    """A plural of members or a nationality, "for" and a capitalised cause: "Canadians for Tax Fairness"."""
    return len(words) >= 3 and words[1] == "for" and words[0].endswith("s") and words[0][1:].islower() \
        and (_demonym(words[0]) or _plural_in_a_name(words[0])) and words[2][:1].isupper()


def _place_members_for_a_cause(words: list) -> bool:
    """The people of a place (two with a slash) "for" a cause: "Kelby Farmers for Clean Air and Water", "the
    Kelby/Tarn Citizens for Peace and Progress"."""
    return len(words) >= 4 and all(_place_like(w) for w in words[0].split("/")) and _members_for_a_cause(words[1:])


def _right_campaign(words: list) -> bool:
    """ "Right to" a verb, closed by an abbreviation or a body's word (``cause_body_closers``), perhaps "of" a
    country after it: "Right to Kelby USA", "Right to Tarn Foundation", "Right to Die Society of Kelbia"."""
    R = _rules()
    if len(words) < 4 or not any(words[x] in R["cause_to_words"] and words[x + 1] == "to" for x in range(2)):
        return False
    x = words.index("to")
    last = words[-3] if words[-2] == "of" and words[-1] in R["places"] else words[-1]
    if last.isupper() and len(last) > 1 and len(words) > x + 3 and words[-2] in R["cause_body_closers"]:
        return True  # "Right to Kelby Coalition RKC": the closer, then the body's initials
    return last in R["cause_body_closers"] or (last.isupper() and len(last) > 1 and len(words) == x + 3)
    # (the abbreviation right after the verb: not "the Right to Information Act RTI", a law and its initials)


def _fields_of_a_place(name: str) -> bool:
    """A department named by fields joined by "and", then its country ("Environment and Climate Change Kelbia")."""
    return " and " in name and _named_after_a_place(tuple(name.replace(",", "").split()))


def _closed_by_area(name: str) -> bool:
    """A body's name "of" a place closed by "and Area", "and District" ("Friends of Halby and District")."""
    m = _rules()["area_closer"].search(name)
    return m is not None and m.end() == len(name) and " of " in name[:m.start()]


def actor_candidates(article: Article) -> list[tuple[str, str, dict, list]]:
    """Every person and organisation the rules propose, before the trained filter.

    One tuple per actor: name, kind, the filter's features, the surface forms.

    Public for the training script (:mod:`analysis.train_mentions`); analyses use :func:`entities`.
    """
    check_article(article, caller="actor_candidates")
    clusters, first_end = _rule_clusters(article)
    return [(cl.name, cl.kind, _features(cl, article.text, first_end), [c.name for c in cl.cands])
            for cl in clusters if cl.kind in ("person", "organisation")]


def _rule_clusters(article: Article) -> tuple[list[_Cluster], int]:
    clusters = _descriptions(_cluster(_runs(article), article.text), article.text)
    first_end = article.sentences[0].end if article.sentences else 0
    return clusters, first_end


def _discover(article: Article) -> tuple:
    """Registry-free discovery: clusters and collective mentions (cached per article)."""
    clusters, first_end = _rule_clusters(article)
    model = _actor_filter()
    if model is not None:
        clusters = [cl for cl in clusters if _keep(cl, article.text, first_end, model)]
    people = {cl.name for cl in clusters if cl.kind == "person"}
    clusters = [cl for cl in clusters if not _namesakes_plural(cl, people, article.text)
                and not _the_before_a_presumed_person(cl, article.text) and not _job_title(cl.name)
                and not _quoted_nickname(cl, article.text)]
    taken = [(c.start, c.end) for cl in clusters for c in cl.cands]
    coll = _collectives(article, taken)
    return tuple(clusters), tuple(coll)


# the word right before a quotation's opening mark ("whom the crowd calls “")
_WORD_BEFORE_MARK = re.compile(r"([\w-]+)\s+[“\"‘']$")


def _quoted_nickname(cl: _Cluster, text: str) -> bool:
    """Every mention of the actor's whole name is a whole quotation after a calling word (``_calling_words``: 'whom
    the home crowd calls “Apo Jo”') or "known as" (``_GOES_BY_BEFORE``: 'known in Kelby as "Ath Mama"'), or a
    crosshead quoting it, and one at least is: a nickname, no actor of its own."""
    whole = [c for c in cl.cands if text[c.start:c.end] == cl.name]
    named = [c for c in whole if text[c.end:c.end + 1] in ("”", '"', "’", "'") and (
        (w := _WORD_BEFORE_MARK.search(text, max(0, c.start - 30), c.start)) and w.group(1).lower() in _calling_words()
        or _GOES_BY_BEFORE.search(text, max(0, c.start - 70), c.start))]
    return bool(named) and all(c in named or text[c.start - 2:c.start - 1] == "\n" and text[c.end + 1:c.end + 2] == "\n"
                               for c in whole)  # (or the nickname quoted as a crosshead on a line of its own)


def _job_title(name: str) -> bool:
    """A name made only of a firm's functions (``business_functions``), perhaps closed by a role word of
    ``business_function_roles``: a job title ("Communications Manager", "Human Resource Manager", "Operations"), no
    actor."""
    R, words = _rules(), name.lower().split()
    if len(words) > 1 and words[-1] in R["business_function_roles"]:
        words = words[:-1]
    return bool(words) and all(w in R["business_functions"] for w in words)


def _namesakes_plural(cl: _Cluster, people: set[str], text: str) -> bool:
    """A person's full name in the plural after a plural's words, another person of the story named in the singular
    ("the three other Michael Harringtons who fish out of the port"): people who bear the name, no one named (not
    "Daniel Jacob scored and Daniel Jacobs added a third": two people)."""
    words = cl.name.split()
    return cl.kind == "person" and len(words) >= 2 and words[-1].endswith("s") and cl.name[:-1] in people \
        and all(namesakes_before(text, c.start) for c in cl.cands)


def _the_before_a_presumed_person(cl: _Cluster, text: str) -> bool:
    """A person only by its shape (no cue at all, no given name first), ending with a title's word and written after
    "the" every time ("the office of the Cane Commissioner"): an office, no one (not "the Ku Klux Klan", "the New York
    Mets": bodies the shape took for people, which the silver tags count)."""
    return cl.kind == "person" and not any(cl.cues.values()) and _title_word(cl.name.split()[-1]) \
        and cl.name.split()[0].lower() not in _rules()["given_names"] \
        and all(_THE_BEFORE.search(text, max(0, c.start - 4), c.start)
                and not _ARTICLE_APPOSITIVE_AFTER.match(text, c.end)
                for c in cl.cands)  # (not "The Kelby Collector, a magazine,": a name the story describes)


def namesakes_before(text: str, start: int) -> bool:
    """A plural's words right before a name at ``start`` ("the three other ", "two ", "all the "): the name stands
    for the people who bear it ("the three other Michael Harringtons")."""
    return _PLURAL_BEFORE.search(text, max(0, start - 40), start) is not None


_PLURAL_BEFORE = re.compile(r"\b(?:the|other|two|three|four|five|six|seven|eight|nine|ten|several|many|both|all|"
                            r"dozens|hundreds)\s+(?:[a-z]+\s+)?$")


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------
@dataclass(frozen=True)
class Entity:
    """One actor of an article: canonical name, kind, and every mention (span and surface form)."""

    name: str
    kind: str
    spans: tuple  # ((start, end), ...) in reading order
    forms: tuple  # the surface form of each span (a product's version included: "Orbit 2.5"; a person's suffix: "Jo Doe Jr.")
    listed: bool = True  # False: a bare word named once, a deity, a relative named in passing: a mention only


def _build_entities(article: Article) -> tuple[Entity, ...]:
    clusters, coll = _discover(article)
    out = []
    for cl in clusters:
        person = cl.kind == "person"
        out.append(Entity(_group_name(cl, article.text), cl.kind,
                          tuple((c.start, c.suffix_end if person and c.suffix else c.end)
                                                  for c in cl.cands),
                          tuple(_form(c, cl.kind) for c in cl.cands),
                          (len(article.sentences) < _BARE_WORD_MIN_SENTENCES or not _bare_word(cl, article.text))
                          and not _staff_person(cl, article.text) and cl.name not in _rules()["never_listed_names"]
                          and not (person and _kin_by_given_name_only(cl.name, cl.cands, article.text))))
    groups: dict[str, list] = defaultdict(list)
    for name, a, b in coll:
        groups[name].append((a, b))
    text = article.text
    for name, spans in groups.items():
        out.append(Entity(name, "group", tuple(spans), tuple(text[a:b].lower() for a, b in spans)))
    return tuple(out)


def _group_name(cl: _Cluster, text: str) -> str:
    """The cluster's name, in lower case for people of one cause or trade written with a capital only where a
    sentence or a line opens ("Preservationists say ...": preservationists, a common noun like "residents"; not "the
    Methodists")."""
    if cl.kind != "group" or not _CAUSE_OR_TRADE_PLURAL.fullmatch(cl.name) \
            or any(re.search(r"[\w,;]\s*$", text[max(0, c.start - 20):c.start]) for c in cl.cands):
        return cl.name
    return cl.name.lower()


# A byline's or a credit's words right before a name on its line ("By ", "By Jo Doe and ", "By Kelby Pulse reporters
# Jo Doe (Tarn) and ", "Photographs by ",
# "(Ledger photo/", "Picture: ", a caption's closing "... on Wednesday. - Herald photo: "): the name is the outlet's
# writer or photographer.
_CREDIT_BEFORE = re.compile(r"(?m)(?:^|[·|(\[/] ?|\. |\s[-–—] )(?:(?P<by>By|[Pp]hotographs? by|[Pp]ictures? by|"
                            r"[Pp]ics? by|"
                            r"[Pp]hotos? by|[Ww]ords by|[Ss]tory by)(?: [A-Z][\w’'.-]+){0,3}"
                            r"(?: (?:staff )?(?:reporters?|correspondents?|writers?)(?: [A-Z][\w’'.-]+){0,3})?"
                            r"(?: \([A-Z][\w’' -]{1,30}\))?"
                            r"(?: and|,| &)? |"
                            r"[Pp]hoto/|(?:Picture|Photo|Pictures|Photos|Image|Credit): |"
                            r"[A-Z][\w’'-]+ (?:photo|picture|pic)s?: )$")
# What closes a credit's name on its line: the line's end, a bracket, a slash or a middle dot, the writer's town in
# brackets ("Jo Doe (Tarn) and Ann Roe (Kelby)") (a comma too after
# "By": "By Jo Doe, Kelby FM News"; not after "Image:": "Image: Jo Doe, the new mayor, with her family").
_CREDIT_NAME_END = re.compile(r"[ \t]*(?:$|\n|[)\]/·|]|\([A-Z][\w’' -]{1,30}\)(?: and |[ \t]*(?:$|\n)))")
# What a writer's or photographer's name may be followed by elsewhere in the story: the work ("’s photographs of",
# "reports from"), a bio ("is a Kelby Standard journalist", "is the Ledger's health correspondent", "writes the
# Northern Lights column", "can be reached at") or a caption's credit closing its line ("Jo Doe for The Kelby
# Review]").
_STAFF_WORK_AFTER = re.compile(r"(?:[’']s (?:photographs|pictures|photos|reporting)\b| reports? from\b"
                               r"| is (?:an? |the |[\w-]+[’']s )?(?:[\w-]+ ){0,4}(?:journalist|reporter|correspondent|"
                               r"photographer|writer|editor|columnist|producer)\b"
                               r"| for (?:[Tt]he )?[A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,4}[\])]?[ \t]*(?:\n|$)"
                               r"| writes\b| can be reached\b| covers\b)")
# What goes before a writer's name in a call to reach them ("Reach reporter Jo Doe at ...", "Contact Jo Doe").
_STAFF_CALL_BEFORE = re.compile(r"\b(?:Reach|Contact|Email|Follow)(?: (?:reporter|writer|columnist|photographer))? $")


# A line that gives the writer's telephone, e-mail or handle: "Staff writer Jo Doe can be reached at 555-0144." (not
# "Reporter Jo Doe can be reached at the hospital, his wife said")
_STAFF_CONTACT_BEFORE = re.compile(r"(?:(?:Staff|Senior|Business|Political|Sports) )?(?:[Ww]riter|[Rr]eporter|"
                                   r"[Cc]orrespondent|[Cc]olumnist|[Pp]hotographer) ")
_REACHED_AFTER = re.compile(r",? (?:can|may) be reached (?:at|on|by|via)(?: phone| e-?mail)?:? *(?:[+(\d]|\S+@|@)")


def _staff_person(cl: _Cluster, text: str) -> bool:
    """Whether a person is the outlet's writer or photographer: named in a byline or a credit on its line ("By Jo
    Doe, Kelby FM News", "Photographs by Jo Doe", "(Ledger photo/Jo Doe)", "Picture: Jo Doe]") and elsewhere only
    with their work or their bio ("▶ Listen: Jo Doe reports from Kelby", "Jo Doe’s photographs of the valley", "Jo
    Doe is a Kelby Standard journalist"): no stakeholder (``Entity.listed`` False).  A credited person the story
    is about ("Police detained Jo Doe, a correspondent", "Jo Doe, 34, said") stays one (review of session 39)."""
    if cl.kind != "person" or " " not in cl.name:
        return False
    credited, end = False, -1
    for c in cl.cands:
        if credited and text[end:c.start] == " (":
            continue  # (the writer's town in brackets after the name: "By Jo Doe (Tarn)")
        end = c.end
        line_start = text.rfind("\n", 0, c.start) + 1
        m = _CREDIT_BEFORE.search(text, line_start, c.start)
        if m and (c.start - line_start <= 80 or m.start() > line_start) and (_CREDIT_NAME_END.match(text, c.end)
                                                  or m.group("by") and text.startswith((",", ":"), c.end)):
            credited = True  # (a caption's credit before its words: "Picture by Jo Doe: the harbour at dawn")
        elif _STAFF_CONTACT_BEFORE.fullmatch(text, line_start, c.start) and _REACHED_AFTER.match(text, c.end):
            credited = True  # "Staff writer Jo Doe can be reached at 555-0144."
        elif not (_STAFF_WORK_AFTER.match(text, c.end) or _STAFF_CALL_BEFORE.search(text, max(0, c.start - 30), c.start)
                  or _on_furniture_line(text, c.start)):
            return False
    return credited


def _form(c: _Cand, kind: str) -> str:
    """The surface form of a mention: a product's version and a person's generational suffix included."""
    if c.version:
        return f"{c.name} {c.version}"
    return c.name + c.suffix if c.suffix and kind == "person" else c.name  # (the suffix as written: " Jr.", ", Jr.")


def entities(article: Article) -> tuple[Entity, ...]:
    """Every actor the article names, found once and cached on the article.

    Parameters
    ----------
    article : Article

    Returns
    -------
    tuple of Entity
        Named actors in order of first mention, then the lower-case
        collective groups (``investors``, ``regulators``).

    Examples
    --------
    >>> art = Article.from_text("Jane Doe runs Acme Capital. Doe said investors were calm.")
    >>> [(e.name, e.kind, e.forms) for e in entities(art)]
    [('Jane Doe', 'person', ('Jane Doe', 'Doe')), ('Acme Capital', 'organisation', ('Acme Capital',)), \
('investors', 'group', ('investors',))]
    """
    check_article(article, caller="entities")
    cache = article.__dict__  # a frozen dataclass still has an instance dict (as cached_property uses)
    got = cache.get("_mention_entities")
    if got is None:
        got = cache["_mention_entities"] = _build_entities(article)
    return got


def find_mentions(article: Article) -> pd.DataFrame:
    """Every mention of a person, organisation, group, place or product, one row each.

    Parameters
    ----------
    article : Article

    Returns
    -------
    pandas.DataFrame
        Columns :data:`MENTION_LAYER_COLUMNS`: ``start``, ``end`` (offsets,
        ``article.text[start:end] == text``), ``text``, ``name`` (canonical
        name of the actor), ``kind`` (one of :data:`KINDS`), ``sentence_id``,
        ``paragraph_id``.  Reading order.

    Raises
    ------
    ArticleError
        If ``article`` is not an :class:`Article`.

    Examples
    --------
    >>> art = Article.from_text("Jane Doe flew to Lisbon for Acme Capital. Doe met regulators.")
    >>> find_mentions(art)[["text", "name", "kind"]].values.tolist()
    [['Jane Doe', 'Jane Doe', 'person'], ['Lisbon', 'Lisbon', 'place'], \
['Acme Capital', 'Acme Capital', 'organisation'], ['Doe', 'Jane Doe', 'person'], \
['regulators', 'regulators', 'group']]
    """
    ents = entities(article)
    text = article.text
    starts = [s.start for s in article.sentences]
    rows = []
    for e in ents:
        for a, b in e.spans:
            i = max(bisect.bisect_right(starts, a) - 1, 0)
            s = article.sentences[i] if article.sentences else None
            rows.append((a, b, text[a:b], e.name, e.kind, s.sentence_id if s else 0, s.paragraph_id if s else 0))
    rows.sort(key=lambda r: (r[0], r[1], r[3]))
    cols = list(zip(*rows)) if rows else [[]] * len(MENTION_LAYER_COLUMNS)
    df = pd.DataFrame({c: list(v) for c, v in zip(MENTION_LAYER_COLUMNS, cols)})
    return df.astype({"start": "int64", "end": "int64", "text": "object", "name": "object", "kind": "object",
                      "sentence_id": "int64", "paragraph_id": "int64"})


def story_subject(article: Article) -> tuple[str, str] | None:
    """The organisation, person or government the story is mostly about, with its kind.

    The most mentioned named person or organisation (aliases and possessives
    counted with the name; a mention in the first paragraph, usually the
    headline or lead, counts twice); ties go to the one named first.  A
    single mention is not enough: ``None`` when no actor is named twice.

    Examples
    --------
    >>> art = Article.from_text("Acme grew. Jane Doe runs Acme. Doe said Acme would hire. Acme's shares rose.")
    >>> story_subject(art)
    ('Acme', 'organisation')
    >>> story_subject(Article.from_text("It rained all day.")) is None
    True
    """
    ents = entities(article)
    first_para_end = article.paragraphs[0].end if article.paragraphs else 0
    best, best_key = None, None
    for e in ents:
        if e.kind not in ("person", "organisation"):
            continue
        weight = sum(2 if a < first_para_end else 1 for a, _b in e.spans)
        if len(e.spans) < 2:
            continue
        key = (weight, -e.spans[0][0])
        if best_key is None or key > best_key:
            best, best_key = e, key
    return (best.name, best.kind) if best is not None else None


def collective_group(noun: str) -> str | None:
    """The collective actor a lower-case noun stands for, or None.

    Examples
    --------
    >>> collective_group("regulator"), collective_group("Investors"), collective_group("table")
    ('regulators', 'investors', None)
    """
    c = _rules()["collectives"]
    w = re.sub(r"[^a-z-]", "", noun.strip().lower())
    return c.get(w + "s") or c.get(w)


def bracketed_titles() -> frozenset[str]:
    """Titles written in brackets after a first title, before a name ("Barr. (Mrs.) Jo Doe"): the table
    ``bracketed_titles`` in ``stakeholders_rules.yml``.

    >>> {"Mrs", "Dr", "Chief"} <= bracketed_titles(), "Barr" in bracketed_titles()
    (True, False)
    """
    return _rules()["bracketed_titles"]


def names_an_event(words: tuple[str, ...]) -> bool:
    """Whether the capitalised ``words`` may name an event, a law or a document, no actor, by their words alone: a
    word of the table ``not_actor_suffixes`` in ``stakeholders_rules.yml`` closes them, and they are no listed given
    name and one word after it ("Doris Day" is a person; "Hosea Bill" may be: a caller asks the mention layer too).

    >>> names_an_event(("Requiem", "Mass")), names_an_event(("Election", "Day")), names_an_event(("Doris", "Day"))
    (True, True, False)
    """
    return _event_or_law(words, [w.lower().rstrip(".") for w in words])


def is_legal_form(word: str) -> bool:
    """Whether ``word`` is a company's legal form, the last word of a registered name, in any case and with or
    without its full stop (the table ``legal_forms`` in ``stakeholders_rules.yml``, and the one-word forms of
    ``spaced_legal_forms`` with their stops: "s.r.o.", "d.o.o.").

    >>> is_legal_form("Ltd."), is_legal_form("PLC"), is_legal_form("Holdings")
    (True, True, False)
    """
    low = word.rstrip(".").lower()
    if _DOTTED_CAPITALS.fullmatch(word):
        low = low.replace(".", "")  # "K.K.", "N.V.", "S.A.": the form's letters with their stops
    return low in _rules()["legal_forms_lower"] or "." in low and low in _rules()["one_word_spaced_forms"]


_DOTTED_CAPITALS = re.compile(r"(?:[A-Z]\.){1,2}[A-Z]\.?")


def is_name_particle(word: str) -> bool:
    """Whether ``word``, as written, is a lower-case particle inside a person's name: one that joins capitalised
    words ("de", "van", "bin": the table ``name_particles`` in ``stakeholders_rules.yml``) or one that does so only
    in lower case ("ap", "binti", "a/l": ``lower_name_particles``).

    >>> is_name_particle("van"), is_name_particle("a/l"), is_name_particle("Van"), is_name_particle("of")
    (True, True, False, False)
    """
    R = _rules()
    return word in R["name_particles"] or word in R["lower_name_particles"]


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """The spans ``(start, end)`` of the wire datelines that open paragraphs of ``text``, in order: the place in
    capitals, its date or state after a comma, the agency in brackets or between slashes, and the dash, colon or bar
    after them with the space that follows ("LONDON (Reuters) - ", "NEW DELHI, March 3: ", "HEMPSTEAD, N.Y. ― ",
    "FARGO, N.D., June 8 /Acme Wire/ -- "), or a place of the gazetteer in capitals and a full stop ("DAR ES SALAAM.
    "), or a town in title case, its date and the agency in brackets or a colon ("Kelbapur, Nov 19 (PTI) ").  A dash
    after a word in capitals that is no place is no dateline ("UPDATE - ", "WATCH - ").  The one registry of
    datelines: the mention layer reads their places and agencies from the same spans, and a sentence
    that opens with one starts its first clause at the span's end.

    >>> dateline_spans("LONDON (Reuters) - Acme said on Monday it would cut jobs.")
    [(0, 19)]
    >>> dateline_spans("UPDATE - Acme said on Monday it would cut jobs.")
    []
    """
    return _datelines(text)[1]


def nickname_at(text: str, start: int) -> int | None:
    """Where a quoted nickname that opens at ``text[start]`` (the space after a given name) ends: the index just
    past the space after its closing mark, where the surname begins; None when none opens there.  A nickname is one
    to three words in straight or curly quotation marks, every word after the first capitalised (' "Peggy" ', ' “Big
    Tom” ', ' ‘Big Bad Bob’ '), as the mention layer joins 'Margaret "Peggy" Olsson' into one name; whether the
    words around it are a given name and a surname is the caller's test.  The one registry of the nickname's form.

    >>> text = 'Robert "Big Bad Bob" Kowal won.'
    >>> nickname_at(text, 6), text[nickname_at(text, 6):]
    (21, 'Kowal won.')
    >>> nickname_at('She said "We won it all" on Friday.', 8) is None
    True
    """
    m = _NICKNAME.match(text, start)
    return m.end() if m else None


def is_nickname(text: str, a: int, b: int) -> bool:
    """Whether the words inside quotation marks ``text[a:b]`` (the marks at ``a - 1`` and ``b``) have a quoted
    nickname's form, a space before the opening mark and after the closing one (see :func:`nickname_at`).

    >>> text = 'Robert "Big Bad Bob" Kowal won.'
    >>> is_nickname(text, 8, 19), is_nickname('He said "Big Bad Bob Kowal" won.', 9, 26)
    (True, False)
    """
    return a >= 2 and nickname_at(text, a - 2) == b + 2


def arabic_articles() -> tuple[str, ...]:
    """Arabic articles written in lower case and glued to the word they open, with their hyphen ("al-", "ul-"): the
    table ``arabic_articles`` in ``stakeholders_rules.yml``.

    >>> {"al-", "el-", "ul-"} <= set(arabic_articles())
    True
    """
    return _rules()["arabic_articles"]


def foreign_body_nouns() -> dict[str, frozenset[str]]:
    """The English noun for a body and the lower-case words that open such a body's name in another language: the
    table ``foreign_body_heads`` in ``stakeholders_rules.yml``.

    >>> {"associazione", "verein"} <= foreign_body_nouns()["association"]
    True
    """
    return _rules()["foreign_body_nouns"]


def name_particles() -> frozenset[str]:
    """Every lower-case particle inside a person's name, as written (see :func:`is_name_particle`): for a pattern's
    alternation of them.

    >>> {"de", "van", "bin", "ap", "a/l"} <= name_particles()
    True
    """
    R = _rules()
    return R["name_particles"] | R["lower_name_particles"]


def place_prefixes() -> frozenset[str]:
    """First words that make a capitalised run a place, as written ("River Thames", "Lake Ontario", "Mount Royal").

    >>> {"River", "Lake", "Mount"} <= place_prefixes()
    True
    """
    return frozenset(_rules()["place_prefixes"])


def role_line_under(text: str, end: int) -> re.Match | None:
    """The role line right under a name ending at ``end``, as a letter's signature writes it: group 1 the role,
    group 2 the body and any town after its comma; else None.

    >>> role_line_under("Jo Doe\\nManaging Director, Kelby Leisure Ltd\\n", 6).groups()
    ('Managing Director', 'Kelby Leisure Ltd')
    """
    return _ROLE_LINE_UNDER.match(text, end)


def title_modifiers() -> frozenset[str]:
    """Lower-case words that modify a title or a role before it ("senior", "former", "deputy"): the table
    ``title_modifiers`` in ``stakeholders_rules.yml``.

    >>> {"senior", "former", "deputy"} <= title_modifiers()
    True
    """
    return _rules()["title_modifiers"]


def address_sexes() -> dict[str, str]:
    """Forms of address that tell the holder's sex, as written -> "m" or "f" ("Mr" -> "m", "Smt" -> "f"): the
    table ``address_sex`` in ``stakeholders_rules.yml``.

    >>> address_sexes()["Mr"], address_sexes()["Mrs"]
    ('m', 'f')
    """
    return _rules()["address_sexes"]


def patronymic_particles() -> frozenset[str]:
    """Particles between a person's given names and the father's name ("bin", "binte", "a/l"): the table
    ``patronymic_particles`` in ``stakeholders_rules.yml``.

    >>> {"bin", "binti", "a/l"} <= patronymic_particles()
    True
    """
    return _rules()["patronymic_particles"]


def titles_as_written() -> frozenset[str]:
    """Forms of address that are a title only as written, capitalised, before a name ("Me", the French "Maître" of a
    lawyer: "Me Jo Doe"): the table ``titles_as_written`` in ``stakeholders_rules.yml``.

    >>> "Me" in titles_as_written(), "me" in titles_as_written()
    (True, False)
    """
    return _rules()["titles_as_written"]


def dotted_titles() -> frozenset[str]:
    """Titles written with a full stop before a name that are no part of it ("Ing. Jo Doe", "Lic. Jo Doe", "Mag. Dr.
    Jo Doe"), as written without the stop: the table ``dotted_titles`` in ``stakeholders_rules.yml`` and the
    sentence tables' abbreviated titles that are no honorific there.

    >>> {"Ing", "Lic", "Arq"} <= dotted_titles()
    True
    """
    return _rules()["dotted_titles"]


def surname_joiners() -> frozenset[str]:
    """The words for "and" between a person's two surnames in Spanish, Catalan and Portuguese names ("Jo Kelbo y
    Tarnas", "Jordi Kelbó i Tarnell"): the table ``surname_joiners`` in ``stakeholders_rules.yml``.

    >>> sorted(surname_joiners())
    ['e', 'i', 'y']
    """
    return _rules()["surname_joiners"]


def name_styles() -> frozenset[str]:
    """Styles that are a title only before a given name, given names or words elsewhere ("Don Jo Doe", "Si Ahmed
    Doe", "the Honourable Jo Doe"; "Don Lemon"): the table ``name_styles`` in ``stakeholders_rules.yml``, with
    ``honorifics_before_listed_given_names`` (a family name elsewhere: "Bi Jane Doe ... Bi Jane"; "Bi Kelming").

    >>> {"don", "si", "honourable", "bi"} <= name_styles()
    True
    """
    return _rules()["name_styles"] | _rules()["honorifics_before_listed_given_names"]


def patronymic_styles() -> frozenset[str]:
    """Brunei's styles that are a title only before a patronymic name ("Awang Haji Jo bin Doe"), given names and a
    father's name elsewhere ("Awang Sariyan"): the table ``patronymic_styles`` in ``stakeholders_rules.yml``.

    >>> {"awang", "dayang", "pengiran"} <= patronymic_styles()
    True
    """
    return _rules()["patronymic_styles"]


def party_words() -> frozenset[str]:
    """Words of party names written before a member's title or in a party's plural ("Labour", "Sinn", "Féin",
    "Tory", "Green"): the tables ``party_words`` and ``member_parties`` in ``stakeholders_rules.yml``.

    >>> {"Labour", "Tory", "Fianna"} <= party_words(), "Kelby" in party_words()
    (True, False)
    """
    return _rules()["member_parties"]


def party_members() -> frozenset[str]:
    """A party's words for one member ("Democrat", "Tory"): the table ``party_members`` in
    ``stakeholders_rules.yml``.

    >>> {"Democrat", "Republican"} <= party_members(), "Democratic" in party_members()
    (True, False)
    """
    return _rules()["party_members"]


def currency_marks() -> frozenset[str]:
    """Currencies written short before a figure ("Rs 6 lakh", "Shs 9,000"; the table ``currency_marks`` in
    ``stakeholders_rules.yml``): money, never a name.

    >>> {"Rs", "Shs"} <= currency_marks(), "Ltd" in currency_marks()
    (True, False)
    """
    return _rules()["currency_marks"]


def forms_of_address() -> frozenset[str]:
    """Honorifics and formal titles written before a person's name, in lower case and without full stops ("mr",
    "sen", "justice", "ato", "datuk seri"): the table ``honorifics`` in ``stakeholders_rules.yml``.

    >>> {"mr", "sen", "justice", "cllr"} <= forms_of_address(), "spokesman" in forms_of_address()
    (True, False)
    """
    return _rules()["honorifics"]


def addressed_as(text: str, word: str) -> bool:
    """Whether ``text`` writes the capitalised ``word`` (two letters or more) somewhere right after a form of
    address (the table ``honorifics`` in ``stakeholders_rules.yml``): a given name or nickname the story uses for a person ("said Khun Lek").

    >>> addressed_as("Prices rose, said Khun Lek.", "Lek"), addressed_as("Lek Kelby said so.", "Lek")
    (True, False)
    """
    honorifics = _rules()["honorifics"]
    return len(word) >= 2 and word[:1].isupper() and any(
        (m := re.search(r"(\w+)\.?\s+$", text[max(0, at - 12):at])) and m.group(1).lower() in honorifics
        for at in _word_starts(text, word))


def honours_after_names() -> frozenset[str]:
    """Honours and other letters written after a person's name, as written ("KC", "OBE", "PhD"): the table
    ``post_nominals`` in ``stakeholders_rules.yml``.

    >>> {"KC", "OBE", "PhD"} <= honours_after_names(), "Ltd" in honours_after_names()
    (True, False)
    """
    return _rules()["post_nominals"]


def post_name_forms() -> frozenset[str]:
    """Forms of address written in lower case after a given name ("kishi", "khanim", "bey": "Jo kishi said"): the
    table ``post_name_forms`` in ``stakeholders_rules.yml``.

    >>> {"kishi", "khanim", "bey"} <= post_name_forms(), "bin" in post_name_forms()
    (True, False)
    """
    return _rules()["post_name_forms"]


def name_suffixes() -> frozenset[str]:
    """Generational suffixes after a person's name, as written without a full stop ("Jr", "III", British and Irish
    "jnr"): the table ``name_suffixes`` in ``stakeholders_rules.yml``.

    >>> sorted(name_suffixes())
    ['II', 'III', 'IV', 'Jnr', 'Jr', 'Snr', 'Sr', 'jnr', 'junior', 'senior', 'snr']
    """
    return _rules()["name_suffixes"]


def body_people() -> frozenset[str]:
    """Plural nouns, in lower case, for people of a body named by the word before them ("Senate staff said",
    "Treasury officials said"): the table ``body_people`` in ``stakeholders_rules.yml``.

    >>> "staff" in body_people(), "prices" in body_people()
    (True, False)
    """
    return _rules()["body_people"]


# A line of a number, a full stop or a bracket and one to three words, no more: a newsletter's numbered section
# heading ("3. Briefs", "2. QUICK HITS") when its words are common ones, or an item of a ranked list ("1. Kelbo",
# "2. KBC").
_NUMBERED_LABEL = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+([A-Za-z][A-Za-z&’' -]{0,40}?)[ \t]*")


def _numbered_section_label(line: str) -> bool:
    """Whether a line is a numbered section heading of common words (or their plurals) in any case, or of two words
    or more in capitals ("3. Briefs", "2. BRIEFS", "1. ARTISANAL MINING"), no name (not "1. Kelbo Mining", a ranked
    list's firm; nor "2. KBC", a body's letters alone)."""
    m = _NUMBERED_LABEL.fullmatch(line)
    words = m.group(1).replace("&", " ").split() if m else []
    common = _rules()["common_words"]
    return 0 < len(words) <= 3 and ((len(words) >= 2 and m.group(1).isupper()) or all(
        (lw := w.lower().strip("’'")) in common or (lw.endswith("s") and lw[:-1] in common) for w in words))


def _numbered_section_labels(text: str) -> list[tuple[int, int]]:
    """The lines of numbered section headings (:func:`_numbered_section_label`) outside a ranked list: no line next
    to one (the nearest non-blank line before or after) is another short numbered line ("1. Labour / 2. Greens",
    "1. Unite / 2. GMB": a list's items, each a name)."""
    lines = [(m.start(), m.end(), m.group()) for m in re.finditer(r"(?m)^[^\n]*\S[^\n]*", text)]
    return [(a, b) for k, (a, b, line) in enumerate(lines) if _numbered_section_label(line) and not any(
        _NUMBERED_LABEL.fullmatch(lines[x][2]) for x in (k - 1, k + 1) if 0 <= x < len(lines))]


# a page of letters to the editor, by a line of its own near the top ("LETTERS TO THE EDITOR", "Your letters",
# "LETTERS"; not a menu's "Letters", in a line of its own or not)
# (perhaps after a section's breadcrumb: "Opinion › Letters to the Editor")
_LETTERS_PAGE = re.compile(r"(?m)^[ \t]*(?:(?:[^\n›»>|]{1,40}[›»>|][ \t]*)?"
                           r"(?:(?i:letters to the editor|(?:your|readers[’']?) letters)|LETTERS)"
                           r"|[^\n›»>|]{1,40}[›»>|][ \t]*Letters)[ \t]*$")  # (a section's "Letters" after its
# marker: "OPINION › Letters")
_LETTERS_PAGE_REACH = 800  # (characters from the top where that line stands)


def letters_page(text: str) -> bool:
    """Whether the story is a page of letters to the editor, by a line of its own near the top that says so, whose
    letters may open with no salutation: the mention layer reads a letter's signature there and the quotation
    reader a letter writer's "I".

    >>> letters_page("THE KELBY POST\\n\\nLETTERS TO THE EDITOR\\n\\nPay or swim")
    True
    >>> letters_page("Letters\\nfrom abroad")
    False
    >>> letters_page("THE KELBY POST\\n\\nOpinion › Letters to the Editor\\n\\nPay")
    True
    >>> letters_page("THE KELBY POST\\n\\nOPINION › Letters\\n\\nPay")
    True
    """
    return _LETTERS_PAGE.search(text, 0, _LETTERS_PAGE_REACH) is not None


def opens_a_letter(text: str, start: int, end: int) -> bool:
    """Whether a letter to the editor's salutation ("Sir – ", "Madam, ", "Dear Editor,") opens ``text[start:end]``, a
    paragraph: the one registry of salutations, which the mention layer reads for a letter's signature and the
    quotation reader for a letter writer's "I".

    >>> opens_a_letter("Sir – The plan is wrong.", 0, 24), opens_a_letter("Sirens sounded.", 0, 15)
    (True, False)
    """
    return _SALUTATION.match(text, start, end) is not None


def is_furniture_line(line: str) -> bool:
    """Whether one line of an article is page furniture: a call to action or section label with what follows it
    ("Read more: ...", "Related: ...", "Advertisement"), a byline ("By Jo Doe"), a credit or a footer of short
    labels (the table ``page_furniture`` and its neighbours in ``stakeholders_rules.yml``).  Names on such a line
    are no actors of the story, and words quoted there are no one's speech.

    Examples
    --------
    >>> is_furniture_line("Read more: 'I waited three years for a scan'"), is_furniture_line("Jo Doe said so.")
    (True, False)
    """
    R = _rules()
    if R["furniture_head_re"].match(line) or _separated_labels(line) or (
            len(line) <= 200 and _BYLINE_LINE.match(line) is not None):
        return True
    low = fold_case(line)  # (a credit phrase in no case cannot match)
    return any(w in low for w in R["credit_phrases"]) and bool(R["furniture_re"].match(line))
