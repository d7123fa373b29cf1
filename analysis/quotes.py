"""Quotations and their sources: who speaks, how each voice is attributed, how it sounds.

The pipeline, all rule-based and explainable:

1. **Marks** (``_quote_spans``): every stretch inside double quotation
   marks (curly or straight), per paragraph; a paragraph that ends inside a
   quotation and is followed by a paragraph that opens one continues the same
   voice (the news convention for long quotations).  Single quotation marks
   nested inside double ones belong to the outer quotation; top-level single
   marks (British style) are read too.  A stray mark is reported with a
   :class:`QuoteWarning` and skipped; the rest is still extracted.
2. **Kind** (``_kind_of``): ``full`` when the quotation stands as a
   clause of its own (it opens the sentence, follows a colon or a cue, or ends
   the sentence with a cue beside it); ``term`` when it is a label (a naming
   cue such as *call* or *dub* before it, or a word or three used inside the
   reporter's syntax with no speech cue in the sentence); else ``partial``.
   A quotation that opens its sentence but stops mid-clause, the reporter's
   words going on after its marks, is ``partial`` (its speaker found as a
   full quotation's is).
3. **Attribution** (``_attribute``): a cue verb after the quotation
   (inverted or not), before it, or *according to*; else the speaker of the
   quotation just before (continuation) or the subject of a reported claim in
   the previous sentence.  Pronouns and definite descriptions ("the person",
   "the former executive") are resolved against the sources already met,
   never to the nearest capitalised word.
4. **Canonical sources**: a surname is the full name first met in the
   article ("Smith" = "Jane Smith"); a description drops its determiner and
   relative clause ("one former executive who ..." = "former executive").
5. **Tone**: VADER on each quotation (:mod:`analysis.sentiment`); per source a
   mean with a bootstrap interval.

Rules live in the tables below, each with a note of why it is there.
"""

from __future__ import annotations

import bisect
import math
import re
import threading
import warnings
from collections import Counter
from dataclasses import dataclass, fields, replace as dc_replace
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd
import yaml

from .article import (Article, ArticleError, check_article, frame_of, given_name_sexes, resource_lines,
                      short_given_names, title_abbreviations, word_title_abbreviations)
from .mentions import (addressed_as, address_sexes, arabic_articles, currency_marks, dateline_spans, entities,
                       foreign_body_nouns, forms_of_address, honours_after_names, is_age_word, is_furniture_line,
                       is_legal_form, is_nickname, name_particles, name_styles, name_suffixes, namesakes_before,
                       opens_a_letter, place_prefixes,
                       party_members, party_words, patronymic_particles, patronymic_styles, post_name_forms,
                       role_line_under,
                       story_subject, surname_joiners, dotted_titles, title_modifiers, titles_as_written)
from .sentiment import SENTENCE_REACH, name_spans, quote_stance, score_text

__all__ = [
    "QUOTE_COLUMNS",
    "SOURCE_COLUMNS",
    "CLAIM_COLUMNS",
    "AFFILIATIONS",
    "SIDES",
    "SIDE_LABELS",
    "MIN_FOR_INTERVAL",
    "source_stance",
    "side_of",
    "NAMING_MAX_WORDS",
    "DIRECT_SHARE",
    "DIRECT_MIN_WORDS",
    "CUE_FORMS",
    "QuoteWarning",
    "Quote",
    "extract_quotes",
    "source_table",
    "reported_claims",
    "story_company",
    "stray_quote_marks",
    "voice_shares",
    "quote_validation",
    "tone_extremes",
]

# ---------------------------------------------------------------------------
# Rules as data
# ---------------------------------------------------------------------------

def _load_words() -> dict:
    """The word tables of ``analysis/resources/quotes_words.yml`` (each commented there)."""
    raw = resources.files("analysis").joinpath("resources/quotes_words.yml").read_text(encoding="utf-8")
    return yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # the C loader: same tables, 10x faster


_W = _load_words()
_W["calling_verbs"] = _W["label_verbs"] + _W["calling_verbs"]  # (the naming verbs, label_verbs, call too)
# Cue verbs that introduce speech or writing.  Each lemma expands to its -s, -ed and -ing
# forms below; irregular forms are listed in full.
_CUE_LEMMAS = _W["cue_lemmas"]
_IRREGULAR = _W["irregular_forms"]


def _forms(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    out = {lemma, lemma + "s", stem + "ed", stem + "ing", lemma + "d" if lemma.endswith("e") else lemma + "ed"}
    if lemma.endswith("y") and lemma not in ("say", "pray"):
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][pgtm]$", lemma):  # quip -> quipped
        out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    if lemma.endswith(("sh", "ch", "ss", "x")):
        out.add(lemma + "es")
    return out | set(_IRREGULAR.get(lemma, []))


#: Every inflected cue form -> its lemma.
CUE_FORMS: dict[str, str] = {f: lem for lem in _CUE_LEMMAS for f in _forms(lem)}
# Every inflected stance form -> its lemma (subjects of vague-quantifier claims).
_STANCE_FORMS: dict[str, str] = {f: lem for lem in _W["stance_lemmas"] for f in _forms(lem)}
# What an organisation opening its sentence says a partial quotation by: a cue, a stance or an attributing verb.
_ORG_SAYING_FORMS = frozenset(CUE_FORMS) | frozenset(_STANCE_FORMS) \
    | frozenset(f for lem in _W["attributing_lemmas"] for f in _forms(lem))
# Cue forms that are far more often nouns in news text; never taken as cues.
_NOUNLIKE = set(_W["nounlike"])
# A word before a cue form that makes it a noun ("the states", "his notes").
_NOUN_BEFORE = set(_W["noun_before"])
# Cue words for reported claims (unquoted attributions): the unambiguous ones.
_CLAIM_LEMMAS = set(_W["claim_lemmas"])
# Words between a subject and its cue verb that do not belong to the subject.
_AUX = set(_W["aux"])
_CATENATIVES = frozenset(_W["catenatives"])  # ("used to say": the subject before them)
# Negated auxiliaries between a subject and its verb ("He didn't say").
_NEGATIONS = frozenset(("not", "no", "nothing", "never", "none", "nobody", "neither", "nor"))  # (a word before)
_NEGATED = re.compile(r"(?:did|does|do|has|have|had|was|is|would|could|wo|ca)n[’']t")
# Words that end the search for a subject going backwards from a cue verb.
_CLAUSE_BREAK = set(_W["clause_break"])
_PERCEPTION_VERBS = frozenset(_W["perception_verbs"])
# Sentence openers before a subject, no part of it: the conjunctions; with the linking adverbs; with the time words
_OPENING_CONJUNCTIONS = frozenset(_W["opening_conjunctions"])
_OPENING_LINKS = _OPENING_CONJUNCTIONS | frozenset(_W["opening_linkers"])
_SUBJECT_OPENERS = _OPENING_LINKS | frozenset(_W["opening_adverbs"])
# their plain forms: after "who"/"that" a plain "see" is a present like the "say" after its object
_PERCEPTION_BASE = frozenset(w for w in _PERCEPTION_VERBS if not w.endswith(("s", "d")) and w != "saw")
# Naming cues: a quotation right after one of these is a label, not speech.
# (not "described": a label after it follows "as", 'described it as "a betrayal"')
_NAMING_CUE_WORDS = sorted((set(_W["label_verbs"]) | set(_W["naming_verbs"]) | set(_W["naming_cue_words"]))
                           - _forms("describe"), key=lambda w: (-len(w), w))
# ("known as", "known to friends as", "known across the island as", "known to everybody in Kelby Bay as", "known to
# two generations of miners as", "locally known as", "known up and down the river as", "known from Kilrush to Kinvara
# as": a nickname follows)
_NAMING = re.compile(
    r"(?:\b(?:" + "|".join(map(re.escape, _NAMING_CUE_WORDS)) + r"|known\s+(?:(?:to|by|among|across|around|in"
    r"|throughout|on|at|within|up|down|along|from|all|far|over|round)\s+(?:[\w’'\-]+\s+){1,9}|[a-z]+ly\s+)?as"
    r"|referred\s+to\s+as|"
    r"refers\s+to\s+as|billed\s+as|marketed\s+as|the\s+word|the\s+term|the\s+phrase|the\s+label|"
    r"the\s+slogan|the\s+motto|the\s+name)\b)(?:\s+(?:it|them|him|her|this|that|the|a|an|its|their|his|what|as))*\s*$",
    re.I,
)
# Naming words whose quotation is the caller's own words when a person calls ('called it a "disaster"').
# (the object may hold a figure, 'called the 25% rise "arbitrary"', and one closed by "as" may be longer:
# 'described the city's plan for its harbour as "reckless"')
_CALLING = "|".join(_W["calling_verbs"])
_CALLED = re.compile(r"\b(?:" + _CALLING + r")\b((?:\s+[\w’'\-%]+){0,4}|"
                     r"(?:\s+(?!(?:" + _CALLING + r")\b)[\w’'\-%$€£.]+){0,12}\s+as)\s*$", re.I)
# (an amount may stand in the object: "described the price of FJ$0.85 a kilogram as")
_LABEL_VERBS = frozenset(_W["label_verbs"])
# The plain forms among them: verbs whose name after them is their object, never an inverted speaker.
_CALLING_FORMS = frozenset(w for w in _W["calling_verbs"] if w.isalpha())
# the naming verbs proper ("described", "called", "dubbed"): see _cue_after
_NAMING_VERBS = frozenset(_W["naming_verbs"])
# (only the forms that are never a noun: not 'said the terms were "..."', 'the long-term rating "..."')
_TERM_FORMS = frozenset(w for w in _NAMING_VERBS if w.startswith("term"))
# Small words a title writes in lower case ("Game of Thrones").
_TITLE_SMALL = set(_W["title_small_words"])
# Characters before a quotation searched for a naming cue ("what insiders have called the").
_NAMING_REACH = 80
#: A quotation after a naming cue is a label (term) up to this many words; longer, it is someone's words.
NAMING_MAX_WORDS = 4
# Determiners and quantifiers dropped from a description to make its canonical name.
_DETERMINERS = set(_W["determiners"])
# Singular heads folded into their plural ("one person familiar" = "people familiar").
_PLURAL = dict(_W["plural"])
# Words that start a post-modifier after the head noun of a description.
_POSTMOD = set(_W["postmod"])
# Nouns that, after "the", stand for the company the story is about ("the company said").
_COMPANY_NOUNS = set(_W["company_nouns"])
# a body's possessive opening a description of a person ("its warden", "their organiser"): _Resolver._role_holder
_ITS_OR_THEIR = re.compile(r"(?:[Ii]ts|[Tt]heir)\s")
# "the <company noun>" with an apposition that ties it to its owner after its comma ("The company, a subsidiary of
# Firth Holdings plc,", "The firm, which is owned by Tarn Group,"): the noun alone is the speaker, not the owner
# (_Resolver._resolve_phrase; not "The group, a coalition of angling clubs,": a description of its own)
_APPOSED_BODY_NOUN = re.compile(
    r"(?:the|The)\s+(" + "|".join(sorted(map(re.escape, _COMPANY_NOUNS), key=len, reverse=True)) + r"),\s+"
    r"(?:an?\s+(?:[a-z\-]+\s+)?(?:subsidiary|unit|division|arm|affiliate)\s+of"
    r"|(?:which|that)\s+is\s+(?:owned|controlled)\s+by|(?:owned|controlled)\s+by|part\s+of)\s")
# Words inside an organisation's name that make it a company ("Acme Trading Company", "Doe Bank"), table
# ``company_name_words``; the bank words, ``bank_name_words``, make it a bank for "the bank said".
_COMPANY_NAME_WORDS = frozenset(_W["company_name_words"])
_COUNCIL_CORPORATION_WORDS = frozenset(_W["council_corporation_words"])
_BANK_NAME_WORDS = frozenset(_W["bank_name_words"])
_BANK_NOUNS = frozenset(_W["bank_nouns"])
# "the board said", "the bank's press office said": a part of an organisation that speaks for it, ``company_organs``
_COMPANY_ORGANS = frozenset(_W["company_organs"])
_BODY_LEADER_HEADS = frozenset(_W["body_leader_heads"])
# a body named or called by its noun, a possessive, then one of its organs ("the trust's board of trustees")
_ORGAN_OF = re.compile(r"(?:[Tt]he\s+)?(?P<owner>[^\s’'][^’']{0,80}?)[’']s\s+(?i:(?P<organ>" + "|".join(
    sorted((re.escape(o) for o in _COMPANY_ORGANS | set(_W["possessed_organs"])), key=len, reverse=True)) + r"))")
# "the co-op board", "the union executive": a body's noun before its organ, no possessive (_Resolver._organ_of_body)
_NOUN_ORGAN = re.compile(r"[Tt]he\s+(?P<owner>[a-z][a-z\-]+)\s+(?i:(?P<organ>"
                         + "|".join(sorted((re.escape(o) for o in _COMPANY_ORGANS), key=len, reverse=True)) + r"))")
# an aside in commas after a mention ("The co-op board, in its own statement,"), cut before reading its words
_ASIDE_AFTER = re.compile(r",[^,]*,?$")
# "its board", "their management": an organ of the body "it" or "they" stands for (_Resolver._organ_of_body)
_ITS_ORGAN = re.compile(r"(?i:its|their)\s+(?i:" + "|".join(sorted((re.escape(o) for o in _COMPANY_ORGANS), key=len,
                                                                    reverse=True)) + r")")

# "the agency": the institution nouns of organisation names it may stand for (commented in the word file)
_BODY_NOUNS = {k: frozenset(v) for k, v in _W["body_nouns"].items()}
_WEAK_BODY_NOUNS = frozenset(_W["weak_body_nouns"])
_FOREIGN_BODY_NOUNS = foreign_body_nouns()
_FOREIGN_BODY_HEADS = frozenset().union(*_FOREIGN_BODY_NOUNS.values())
# Nouns that, after "the", stand for an organisation just named when the story has no company.
_FIRM_TRADE_NOUNS = frozenset(_W["firm_trade_nouns"])
_ORG_NOUNS = _COMPANY_NOUNS | set(_W["organisation_nouns"]) | _FIRM_TRADE_NOUNS
_HEADLINE_FIRM_HEADS = frozenset(_W["headline_firm_heads"])
_MEMBERS_BODY_NAME_WORDS = frozenset(_W["members_body_name_words"])


def _stem_plural(word: str) -> str:
    """A lower-case word without a plural's "s" ("contractors" -> "contractor"; not "ss": "glass")."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


# Lone lower-case words that may stand as a speaker ("police said"), table ``lone_speakers``.
_LONE_SPEAKERS = frozenset(_W["lone_speakers"])
# A company leader's title ending a description ("the Big Tech chief"), table ``leader_heads``.
_LEADER_HEAD = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _W["leader_heads"]) + r")$")
# Heads of descriptions that name a document, not a person.
_DOCUMENT_HEADS = set(_W["document_heads"])
# Pronouns that may stand for a speaker.
_PRONOUNS = {"he": "person", "she": "person", "they": "group", "i": "person", "we": "group", "it": "thing"}
# Generic heads: "the person", "the source" point to the latest anonymous source.
_GENERIC_HEADS = set(_W["generic_heads"])
# Tokens that may begin a capitalised run but are not names.
_NOT_NAME = set(_W["not_name"])
# Honorifics, political and job titles stripped from a name: the mention layer's forms of address and the job words.
_TITLES = set(_W["titles"]) | forms_of_address()
# Offices a story seldom has two holders of ("the chancellor"): see :meth:`_Resolver._title_holder`.
_OFFICES = frozenset(_W["offices"])
# Last words of capitalised runs that name organisations, places or things, not people.
_ORG_WORDS = set(_W["org_words"])
_BODY_HEADS = frozenset(w.lower() for w in _ORG_WORDS | _ORG_NOUNS)
# Stance verbs and vague quantifiers of unquoted claims ("some insiders have welcomed ...").
_VAGUE = set(_W["vague_quantifiers"])
# Phrases by which a source declines to speak.
_DECLINED = re.compile(r"\b(?:" + "|".join(_W["declined"]) + r")\b", re.I)
# The phrases alone, searched in the lower-cased text (they are written in lower case; a search without
# re.I is four times faster): an article with none of them anywhere has no match of _DECLINED in any sentence.
if any(p != p.lower() for p in _W["declined"]):
    raise ValueError("quotes_words.yml: the 'declined' phrases must be written in lower case")
_DECLINED_PHRASES = re.compile("|".join(_W["declined"]))

#: Affiliation classes of a source (``affiliation`` column) and how they are decided.
AFFILIATIONS = {
    "company leadership": "founder, chief executive, chair or other top officer of the company the story is about",
    "current insider": "works at the company the story is about (employee, insider, staff) and not its leadership",
    "former insider": "once worked at the company the story is about, whatever their current job",
    "company": "the company itself: its spokesperson, statement or own document",
    "analyst": "analyst, strategist, economist or researcher at a research firm or bank",
    "investor": "investor, shareholder, fund or portfolio manager",
    "academic": "professor, lecturer, academic researcher",
    "rival": "works at an organisation the article calls a rival or competitor",
    "government": "politician, lawmaker, regulator, official of a government body",
    "other": "anyone else, or no role stated",
}
#: The three sides of a source (``side`` column), decided from its affiliation: one source of truth
#: for every table and chapter that counts sides.
SIDES = {
    "company": "current staff and leadership of the company the story is about, and the company itself "
               "(affiliations company leadership, current insider, company)",
    "former": "former staff of that company, whatever their current job (affiliation former insider)",
    "outside": "everyone else: analysts, investors, academics, rivals, government, and named people of no "
               "stated tie to the company",
    "unstated": "unnamed sources the article ties to no side (\"some\", \"people familiar with the matter\", "
                "\"insiders\", \"people close to the company\"): they may be current or former staff or outsiders",
}
#: How the book writes each side (the keys of :data:`SIDES`), in the order tables and figures show them.
SIDE_LABELS = {"company": "current staff and leadership", "former": "former staff", "outside": "outsiders",
               "unstated": "unnamed sources of no stated side"}
_SIDE_OF = {"company leadership": "company", "current insider": "company", "company": "company",
            "former insider": "former"}


def side_of(affiliation: str | None, source_type: str | None = None) -> str | None:
    """The side (see :data:`SIDES`) of an affiliation class; None without one.

    An unnamed source (``source_type`` "anonymous") with no affiliation class of its own ("other") has no
    stated side: "unstated", not "outside".

    >>> side_of("former insider"), side_of("company leadership"), side_of("analyst"), side_of(None)
    ('former', 'company', 'outside', None)
    >>> side_of("other", "anonymous"), side_of("other", "named")
    ('unstated', 'outside')
    """
    if affiliation is None or affiliation != affiliation:  # None or NaN
        return None
    if affiliation == "other" and source_type == "anonymous":
        return "unstated"
    return _SIDE_OF.get(affiliation, "outside")


# Keyword tables behind AFFILIATIONS (checked in this order; word-boundary, case-insensitive).
_AFFIL_KEYWORDS = [
    ("investor", r"investor|shareholder|portfolio manager|fund manager|asset manager|hedge fund|venture capitalist|"
                 r"money manager|chief investment officer|wealth manager|invests in"),
    ("analyst", r"analyst|strategist|economist|research firm|consultanc|consultant"),
    ("academic", r"professor|lecturer|academic|scholar|university|college|phd student|postdoc"),
    ("government", r"administrator|agency|senate|senator|congress|congressional|lawmaker|congressman|congresswoman|regulator|minister|governor|mayor|legislator|"
                   r"government|white house|parliament|commissioner|state department|federal|official of|"
                   r"representative|attorney general|prosecutor|spokesman for the (?:state|city|department)|"
                   # (parliamentary and cabinet titles outside the US: "the Education Secretary", "Labour MP",
                   # "the shadow chancellor", "Premier", "a Department for Education spokesperson")
                   r"department for|department of|ministry|premier|prime minister|chancellor|treasury|"
                   r"downing street|no 10|cabinet|shadow |mp\b|mps\b|mla\b|mep\b|councillor|taoiseach|"
                   r"(?:home|foreign|health|education|transport|defence|defense|environment|housing|justice|"
                   r"culture|business|energy|interior|finance) secretary|secretary of state"),
]
_LEADER_WORDS = (r"chief executive|ceo|founder|co-founder|cofounder|chairman|chairwoman|chair|president|chief|"
                 r"cfo|coo|cto|boss|owner|head of|managing director|executive chairman")
# "insiders" and "people close to the company" alone do not say whether they work there now, once did or
# only know the company: an unnamed source so described has no stated side (see side_of)
_INSIDER_WORDS = r"insider|employee|employees|staff|staffer|worker|engineer|manager|executive|researcher|" \
                 r"director|official|who works at|at the company"
_SPOKES_WORDS = r"spokesman|spokeswoman|spokesperson|representative for|press office|press secretary"
_FORMER = r"\bformer\b|\bex-|\bleft\b|\bonce worked\b|\bpreviously worked\b|\bused to work\b|\bquit\b|\bdeparted\b|\balumn"

_OPEN_D, _CLOSE_D = "“«„", "”»"
_OPEN_S = "‘"
_WORD = re.compile(r"[A-Za-z0-9][\w’'\-.]*")
# The capital letters a name may open with: ASCII, and the Latin-1 and Latin Extended-A capitals of European names
# ("Ó Dónaill", "Émile", "Łukasz", "Ørsted"), Latin Extended-B ("Ștefan", "Țurcanu": Romanian's comma below) and
# Latin Extended Additional ("Nguyễn"'s capitals, "Đặng"), for a regex character class.
_UC = "A-Z" + "".join(c for c in (*map(chr, range(0xC0, 0x250)), *map(chr, range(0x1E00, 0x1F00))) if c.isupper())
# A run of capitalised words ("Jane van Doe", "J. Smith"); it ends at a possessive or a full stop.  (Every
# run opens with a capital: the lookahead, tried first, makes a scan of a text 40% faster.)
_NAME_PARTICLES = name_particles()  # the mention layer's table (stakeholders_rules.yml)
# titles written with a full stop before a name ("Lic. Jo Doe", "Ing. Jo Doe", "Arq."): the layer's, as written
_DOTTED_TITLES = dotted_titles()
# forms of address that are titles only as written, capitalised, before a name ("Me Jo Doe", a lawyer): the layer's
_TITLES_AS_WRITTEN = titles_as_written()
_SURNAME_JOINERS = surname_joiners()  # "y", "i", "e" between two surnames ("Jordi Kelbó i Tarnell"): the layer's
_PARTY_WORDS = party_words()  # the mention layer's party words ("Labour", "Fianna", "Tory")
_PARTY_MEMBERS = party_members()  # a party's words for one member ("Democrat", "Tory")
# a document's noun, then whose it is ("a statement from residents", "a letter by ..."): not the sentence's speaker's
_DOCUMENT_OF_ANOTHER = re.compile(r"\s+(?:from|by|of)\b")
_CLOSING_MARK_FIRST = re.compile(r"[’'”\"]\s+")  # a closing mark before a speaker mention (_Resolver.resolve)
# "the", a place's one to three capitalised words, then a role or a member's word ("the Vermont senator", "the New
# Kelby Democrat"): _Resolver._placed_role_holder
_PLACED_ROLE = re.compile(r"[Tt]he\s+(?P<place>[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?){0,2})\s+(?P<head>[A-Za-z]+)")
# letters after a name: the mention layer's honours and the seats and degrees of seat_letters_after_name
_POST_NOMINALS = frozenset(_W["seat_letters_after_name"]) | honours_after_names()
# forms of address in lower case after a given name ("Jo kishi", "Ana khanim"): the mention layer's table
_POST_NAME_FORMS = post_name_forms()
# a given name, then such a form of address (group 1 the name)
_POST_NAME_FORM_AFTER = re.compile(rf"([{_UC}][\w’'\-]+) "
                                   rf"(?:{'|'.join(sorted(_POST_NAME_FORMS, key=len, reverse=True))})")
_PARTICLE_ALT = "|".join(sorted(_NAME_PARTICLES, key=len, reverse=True))  # the particles as a regex alternation
_NICKNAME_MARKS = "“\"‘"
# the space between two words of a name: at most one line break (a blank line ends the paragraph, and a name)
_GAP = r"(?=\s)[^\S\n]*\n?[^\S\n]*"
# abbreviated titles written with a full stop inside a run of a name ("Dr. Jo Doe", "Eng. Jo Doe"): the article's
# title abbreviations, capitalised, and "Jr."
_DOTTED_ALT = "|".join(sorted({w.capitalize() for w in title_abbreviations()} | set(_W["dotted_name_words"]),
                              key=len, reverse=True))
# letters that may open a name before its capital: the Polynesian glottal stop, ʻokina ("Sione ʻAhoafi")
_NAME_LEAD = "".join(_W["name_lead_letters"])
# the Irish article inside a surname after "Mac", "Nic" or "Mhic" ("Maeve Mac an Bhaird", "Seán Mac an tSaoi")
_GAELIC_ARTICLE = r"(?:(?<=\bMac )|(?<=\bNic )|(?<=\bMhic ))an"
_CAP_RUN = re.compile(
    rf"(?=[{_NAME_LEAD}]?[{_UC}])(?<![\w’'])(?:(?:(?:[A-Z]\.)+|(?:{_DOTTED_ALT})\.|[{_NAME_LEAD}]?[{_UC}][\w\-]*(?:[’'‘](?:[a-rt-z]|[A-Z])[\w\-]*)?){_GAP}(?:(?:"
    + _PARTICLE_ALT + rf"|{_GAELIC_ARTICLE}){_GAP}){{0,2}}"  # ("Federico de Jesus", "Philippe de la Roche", "Ursula
    # von der Leyen"; "Maeve Mac an Bhaird")
    # a nickname in quotation marks after a given name: 'Juan "Chico" Manriquez'
    rf"(?:[“\"‘][{_UC}][\w\-]*[”\"’]\s+(?=[{_UC}]))?)*"
    rf"[{_NAME_LEAD}]?[{_UC}][\w\-]*(?:[’'‘](?:[a-rt-z]|[A-Z])[\w\-]*)?(?:[’']s?)?"
)


#: How far (characters) the rules read back from a quotation or mention inside its sentence, and how many
#: tokens a subject or mention may span: every look-up is bounded, so the work is linear in the article's
#: length even for one unpunctuated line.  No attribution clause in news text is longer.
# a verb, then "that" (an adverbial of time or place may stand between: "recalled in 2008 that", "said on Monday
# that"): a name after it is the reported clause's subject
_CUE_THAT = re.compile(r"\b([a-z]+)(?: (?:in|on|at|during|last|this|earlier|later|[A-Z0-9][\w.]*|[a-z]+ly)){0,3} that\b")
_LOOKBACK = 400
# characters back to "a former miner who ..." that "the former miner" may take up (_Resolver._named_after_who)
_DESCRIPTION_REACH = 2000
# a body's name (capitalised words) and a passive verb after it: "Kelby Freight Ltd was fined"
_PASSIVE_SUBJECT = re.compile(r"(?:[A-Z][\w&.'’-]*,?\s+){1,8}(?:was|were|is|are|has been|have been|had been)\s+"
                              r"[a-z]+(?:ed|en)\b")
_AGE_LOOKBACK = 1000  # characters back to the last speaker that an age alone closing a quotation may stand for
# "told the court" and a reported clause without its "that" ("She told the court the fraud came to light when ...")
_TOLD_CLAUSE = re.compile(r"\btold (?:the |a |an )?[a-z]+ (?:the|a|an|his|her|their|its|this|these|those)\b")
_MAX_TOKENS = 40
#: How many earlier source mentions a pronoun or description is resolved against.
_MAX_HISTORY = 200

#: Compiled patterns built from article words (names, the company), cached beyond ``re``'s own small cache.
_rx = lru_cache(maxsize=4096)(re.compile)


class _Spans:
    """Sorted, non-overlapping spans with a fast membership test (bisect, not a scan)."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def inside(self, pos: int, *, pad: int = 0) -> bool:
        i = bisect.bisect_right(self.starts, pos + pad) - 1
        return i >= 0 and self.spans[i][0] - pad <= pos < self.spans[i][1] + pad

    def next_start_after(self, pos: int, default: int) -> int:
        i = bisect.bisect_right(self.starts, pos)
        return self.starts[i] if i < len(self.starts) else default

    def prev_end_before(self, pos: int, default: int) -> int:
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and self.spans[i][1] >= pos:
            i -= 1
        return max(default, self.spans[i][1]) if i >= 0 else default

    def __iter__(self):
        return iter(self.spans)


# a quoted nickname between a given name and a surname ('union president Robert "Bobby" Tanaka told', 'Captain
# Jose "Big Joe" Cruz said'): the form the mention layer reads (mentions.is_nickname: one to three capitalised words
# in their marks), a capitalised word (the given name) right before and one (the surname) right after
_NAME_WORD_BEFORE = re.compile(r"(?<![\w’'\-])[A-Z][a-z][\w’'\-]* $")
_NAME_WORD_AFTER = re.compile(r" [A-Z][a-z]")
# the same nickname inside a speaker mention, with its marks and the space before it (cut from the mention)
_NICKNAME_IN_NAME = re.compile(r"(?<=[a-z]) [“\"‘']([A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*){0,2})[”\"’'](?= [A-Z][a-z])")


def _naming_label(text: str, x: int, y: int) -> bool:
    """The quotation text[x:y] is a name given after a naming cue ("known to the town as “Jo the Post”",
    "nicknamed 'Bhudi'"): a few words, no one's speech."""
    return x > 0 and len(text[x:y].split()) <= NAMING_MAX_WORDS \
        and _NAMING.search(text, max(0, x - 1 - _NAMING_REACH), x - 1) is not None


def _nickname(text: str, a: int, b: int) -> bool:
    """The quotation text[a:b] is a nickname inside a person's name: its words are no quotation that a cue search
    must stop at (the name runs across it)."""
    # (its first word capitalised too: not 'called Jo "unfit." Sen. Roe')
    return bool(is_nickname(text, a, b) and text[a].isupper()
                and _NAME_WORD_BEFORE.search(text, max(0, a - 30), a - 1) and _NAME_WORD_AFTER.match(text, b + 1))


class QuoteWarning(UserWarning):
    """An odd but valid quotation mark: a stray opening or closing mark."""


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Quote:
    """One quotation and its attribution (see :func:`extract_quotes` for the fields)."""

    quote_id: str
    start: int
    end: int
    text: str
    kind: str
    direct: bool
    speaker: str | None
    speaker_mention: str | None
    speaker_start: int
    speaker_end: int
    source_type: str
    role: str | None
    affiliation: str | None
    side: str | None
    cue: str | None
    sentence_id: int
    paragraph_id: int
    compound: float
    pos: float
    neu: float
    neg: float
    label: str
    stance: str
    stance_proba: float
    stance_score: float
    note: str


QUOTE_COLUMNS = [f.name for f in fields(Quote)]
SOURCE_COLUMNS = ["speaker", "source_type", "role", "affiliation", "side", "quotes", "words_quoted", "first_start",
                  "reported_claims", "declined", "compound_mean", "ci_low", "ci_high"]
CLAIM_COLUMNS = ["claim_id", "start", "end", "text", "speaker", "speaker_mention", "speaker_start", "speaker_end",
                 "source_type", "role", "affiliation", "side", "cue", "kind", "sentence_id", "paragraph_id"]


@dataclass
class _Src:
    """A source met in the article (mutable while the article is read)."""

    name: str
    source_type: str
    role: str | None
    kind: str  # person / group / thing
    first: int
    last: int


# ---------------------------------------------------------------------------
# Quotation marks
# ---------------------------------------------------------------------------
def _is_open_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/" + _OPEN_D + _OPEN_S:
        return not after.isspace()
    # a colon typed without its space: 'Rep. Jo Doe (D-Ohio):"We will not wait."' (a transcript's speaker label)
    return before == ":" and after.isalnum()


def _double_marks(text: str, a: int, b: int) -> list[tuple[int, str]]:
    """Double marks in text[a:b] as (offset, 'open'|'close')."""
    out = []
    for m in re.finditer(r"[“”«»„\"]", text[a:b]):
        i = a + m.start()
        ch = text[i]
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch in _CLOSE_D and (before.isspace() or before in "([") and after.isalnum():
            out.append((i, "open"))  # a closing mark typed where an opening one belongs: ' ”Mr. Smith ...'
        elif ch in _OPEN_D and not before.isspace() and (after.isspace() or after in ",.;:)"):
            out.append((i, "close"))  # an opening mark typed where a closing one belongs: '... percent.“ '
        elif ch in _OPEN_D:
            out.append((i, "open"))
        elif ch in _CLOSE_D:
            out.append((i, "close"))
        else:
            out.append((i, "open" if _is_open_straight(text, i) else "close"))
    return out


def _quote_spans(article: Article) -> tuple[list[tuple[int, int, bool]], list[tuple[int, str]]]:
    """Spans inside quotation marks and stray marks.

    Returns ``(spans, strays)``: ``spans`` holds ``(start, end, reopened)``
    (offsets of the text inside the marks; ``reopened`` when the quotation
    continues in the next paragraph), ``strays`` holds ``(offset, message)``.
    A quotation inside a quotation in the same double marks ('"He tweeted "we won" at once," she said')
    belongs to the outer one, as a single-marked one does.
    """
    text = article.text
    paras = article.paragraphs
    spans: list[tuple[int, int, bool]] = []
    strays: list[tuple[int, str]] = []
    for k, p in enumerate(paras):
        first = len(spans)
        open_at = _paragraph_doubles(text, _double_marks(text, p.start, p.end), spans, strays)
        if open_at is not None:
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            reopens = nxt is not None and text[nxt.start] in _OPEN_D + '"'
            if reopens and p.end > open_at + 1:
                spans.append((open_at + 1, p.end, True))
            else:
                strays.append((open_at, f"opening quotation mark at offset {open_at} is never closed"))
                rest = text[open_at + 1:p.end].rstrip()
                said = _UNCLOSED_SAID.search(rest)  # '"There was no warning, said Jo Doe.': it ends at the comma
                rest = rest[:said.start() + 1] if said else rest
                if (said or _UNCLOSED_TAIL.search(rest)) and len(rest.split()) >= UNCLOSED_MIN_WORDS:
                    # 'Jo Doe said the plan is "a mess. [end of paragraph]': the closing mark was left out; the
                    # quotation runs to the paragraph's end, which is where the reader takes it to end
                    spans.append((open_at + 1, open_at + 1 + len(rest), False))
        # top-level single quotation marks (British style), outside the double spans of this paragraph
        nxt = paras[k + 1].start if k + 1 < len(paras) else len(text)
        runs_on = text[nxt:nxt + 1] in ("‘", "'") and text[nxt + 1:nxt + 2].isalnum()
        singles = _single_spans(text, p.start, p.end, spans[first:] + _doubled_apostrophes(text, p.start, p.end),
                                runs_on)
        spans[first:] = [d for d in spans[first:] if not any(a <= d[0] and d[1] <= b for a, b, _ in singles)]
        spans.extend(singles)  # (a double-marked quotation inside a single-marked one belongs to it)
    spans.sort()
    strays.sort()
    return spans, strays


def _paragraph_doubles(text: str, marks, spans: list, strays: list) -> int | None:
    """Pair one paragraph's double marks (``_double_marks``) into ``spans``; returns the offset of the
    opening mark left open at the paragraph's end (or None).

    Marks nest: an opening mark while one is open starts an inner quotation, whose span is dropped when
    the outer one closes.  An outer one never closed is a stray mark, and its inner quotations stand on
    their own ('He said "yes. Then "no," she said.').  A line that ends inside a quotation and a next line
    that reopens it are one voice.
    """
    stack: list[int] = []  # offsets of the open marks, outermost first
    inner: list[tuple[int, int, bool]] = []  # quotations closed inside the outermost open one
    for i, kind in marks:
        if kind == "open":
            if stack:
                brk = text.rfind("\n", stack[0], i)
                if brk > stack[0] + 1 and text[stack[0] + 1:brk].strip() and not text[brk:i].strip():
                    # a line that ends inside a quotation and a line that reopens it (one voice; a mark with
                    # nothing but blanks before the line's end opens nothing: no empty span)
                    end = stack[0] + 1 + len(text[stack[0] + 1:brk].rstrip())
                    spans.append((stack[0] + 1, end, True))
                    stack, inner = [], []
            stack.append(i)
        elif not stack:
            strays.append((i, f"closing quotation mark at offset {i} has no opening mark"))
        else:
            at = stack.pop()
            if i > at + 1:
                (inner if stack else spans).append((at + 1, i, False))
            if not stack:
                inner = []
    # the last mark left open runs on (to the paragraph's end or the next); any other, and one with quotations
    # closed after it, was never closed: a stray, and the quotations inside it stand on their own
    last = stack.pop() if stack and not any(a > stack[-1] for a, _, _ in inner) else None
    strays.extend((at, f"opening quotation mark at offset {at} is never closed") for at in stack)
    spans.extend(inner)
    return last


#: An unclosed quotation of this many words or more, ending a paragraph with a sentence's end, runs to that end.
UNCLOSED_MIN_WORDS = 4
_UNCLOSED_TAIL = re.compile(r"[\w)\]][.!?]$")
_UNCLOSED_SAID = re.compile(r"[,?!]\s+(?:(?:[A-Z][\w.\-]*\s+){1,3}(?:said|says|added|adds|told|wrote|asked)\b"
                            r"|(?:said|says|added|adds|told|wrote|asked)\s+(?:[A-Z]|the\s|an?\s))")

_APOSTROPHES = re.compile(r"'{2,3}")


def _doubled_apostrophes(text: str, a: int, b: int) -> list[tuple[int, int, bool]]:
    """Quotations in text[a:b] between two apostrophes typed as a double mark (''Yes,'' he said), the
    typewriter style of archived copy: ``(start, end, False)`` each, to run to the paragraph's end when not
    closed.  They are not reported as quotations (PolNeAR, whose New York Times articles are in this style,
    does not count them as quotation marks); a single-marked quotation inside one is part of it (''He said,
    'No.' '' has no quotation of its own), as inside double marks."""
    out, open_at = [], None
    for m in _APOSTROPHES.finditer(text, a, b):
        i, j = m.start(), m.end()
        opens = i == a or text[i - 1].isspace() or text[i - 1] in "([—–-"
        if opens and open_at is None and j < b and not text[j].isspace():
            open_at = j
        elif not opens and open_at is not None:
            out.append((open_at, i, False))
            open_at = None
    if open_at is not None:
        out.append((open_at, b, False))
    return out


_SINGLE_OPEN = re.compile(r"[‘']")  # where a single quotation can open
# what may stand before a single quotation that runs on to the next paragraph: a colon, or a sentence's end
# after a closed single quotation in the paragraph (_single_spans)
_RUN_ON_OPENS = re.compile(r"(?::|[.!?][’”]?)\s*$")
# a word an apostrophe opens, no quotation: "'Tis", "'80s" (run_on_elisions; _single_spans)
_ELIDED_OPENING = re.compile(r"(?:" + "|".join(_W["run_on_elisions"]) + r"|\d+s?)\b", re.I)
_SINGLE_CLOSE_OR_DOUBLE = re.compile(r"[’'“”\"]")  # where one can close, and the double marks that end the search


# a word that no noun possessed follows ("dismissed them as 'plastic buckets' and warned"): the mark before it
# closes a quotation; not "and" or "or" before another possessive ("the growers' and packers' union")
_NO_POSSESSED = re.compile(r"(?:(?:and|or)(?!\s+(?:the\s+|their\s+)?[\w\-]+(?:s[’']|[’']s)\s)|but|as|to|in|at|of"
                           r"|for|with|that|which|who|is|was|were|are|by|from|if|when|while|because|than)\b"
                           r"(?!-)")  # (not "the Does' in-laws")


#: How far after a possible closing mark another single quotation is looked for (about a sentence).
OPENING_AHEAD_CHARS = 200
# a straight or curly single mark that opens a quotation, and one after a letter that may close one
_SINGLE_OPENING = re.compile(r"(?<![\w’'])['‘](?=\w)")
_SINGLE_CLOSING = re.compile(r"(?<=\w)['’](?!\w)")


def _opens_before_closing(text: str, at: int, b: int) -> bool:
    """Another single quotation opens in text[at:b] before any mark that could close one: the mark before ``at``
    closed a quotation ("as 'plastic buckets' and warned that it would 'die ...'"), not a plural possessive ("at the
    Wilsons' in Harrogate")."""
    end = min(b, at + OPENING_AHEAD_CHARS)  # (a bounded look: linear in the paragraph)
    opens, closes = _SINGLE_OPENING.search(text, at, end), _SINGLE_CLOSING.search(text, at, end)
    return opens is not None and (closes is None or opens.start() < closes.start())


def _single_closers(text: str, a: int, b: int) -> tuple[list[int], list[int], list[int]]:
    """Sorted offsets in text[a:b] of the marks that can close a single quotation (after a non-space, before
    no letter or digit, not a plural possessive: "the workers' union"), of the double marks, and of the plural
    possessives (a closing mark only when nothing else closes: "warns of 'tough choices' ahead of the vote")."""
    closes, doubles, possessives = [], [], []
    for m in _SINGLE_CLOSE_OR_DOUBLE.finditer(text, a + 1, b):
        j = m.start()
        if text[j] in "“”\"":
            doubles.append(j)
            continue
        if text[j - 1].isspace():
            continue
        nxt = text[j + 1] if j + 1 < b else " "
        if nxt.isalnum():
            continue
        if text[j - 1] in "sS" and nxt == " " and j + 2 < b and text[j + 2].islower() \
                and not (_NO_POSSESSED.match(text, j + 2, b) and _opens_before_closing(text, j + 1, b)):
            possessives.append(j)
        else:
            closes.append(j)
    return closes, doubles, possessives


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with the overlapping ones merged (what ``_Spans`` needs)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _single_spans(text: str, a: int, b: int, doubles, runs_on: bool = False) -> list[tuple[int, int, bool]]:
    """Top-level single quotations in text[a:b]: an opening mark before a word, closed by the first closing
    mark after it unless a double mark comes first (each found by bisection: linear in the paragraph), but not
    by a double-marked quotation wholly inside it ("‘Not a “bonus”. A wage,’": the outer one).

    With ``runs_on`` (the next paragraph opens with a single mark), a quotation that opens the paragraph or
    follows a colon, or a sentence's end after a closed single quotation, and is never closed continues in the
    next paragraph (British style, as with double marks: "'...,' Ms Doe said. 'The court accepts ..." then "'In
    the meantime ...'"; not "... at night. 'Ewa residents", an ʻokina typed as an apostrophe, nor "'Tis the
    season"): its span runs to the paragraph's end, marked reopened."""
    marked = _Spans(_merged(sorted((s - 1, e + 1) for s, e, _ in doubles)))
    closes, stops, possessives = _single_closers(text, a, b)
    out = []
    m = _SINGLE_OPEN.search(text, a, b)
    while m is not None:
        i = nxt = m.start()
        if not marked.inside(i) and _is_open_straight(text, i) and i + 1 < b and text[i + 1].isalnum():
            k, s = bisect.bisect_left(closes, i + 1), bisect.bisect_left(stops, i + 1)
            found = closes[k] if k < len(closes) and (s == len(stops) or closes[k] < stops[s]) else None
            if found is None and k < len(closes) and _doubles_inside(doubles, stops, s, i, closes[k]):
                found = closes[k]  # ("‘We are not asking for a “bonus”. We are asking ...,’ said Jo Doe": a
                # quotation the house marks double, quoted inside a single-marked one)
            run_on = found is None and runs_on and s == len(stops) and len(text[i + 1:b].split()) >= UNCLOSED_MIN_WORDS \
                and (i == a or text[a:i].rstrip().endswith(":") or out and _RUN_ON_OPENS.search(text[a:i])
                     and not _ELIDED_OPENING.match(text, i + 1))
            if found is None and not run_on:  # nothing else closes: a plural possessive does
                p = bisect.bisect_left(possessives, i + 1)
                found = possessives[p] if p < len(possessives) and (s == len(stops) or possessives[p] < stops[s]) \
                    else None
            if found is not None and len(text[i + 1:found].split()) >= 1 and not marked.inside(found):
                out.append((i + 1, found, False))
                nxt = found
            elif run_on:
                out.append((i + 1, i + 1 + len(text[i + 1:b].rstrip()), True))
                break
        m = _SINGLE_OPEN.search(text, nxt + 1, b)
    return out


def _doubles_inside(doubles, stops: list[int], s: int, i: int, close: int) -> bool:
    """Every double mark from ``stops[s]`` up to the closing single mark at ``close`` opens or closes a double-marked
    quotation wholly between the single opening mark at ``i`` and ``close``, and there is one at least."""
    inner = {m for a, b, _ in doubles if i < a - 1 and b < close for m in (a - 1, b)}
    between = stops[s:bisect.bisect_left(stops, close)]
    return bool(between) and set(between) <= inner


def stray_quote_marks(article: Article) -> pd.DataFrame:
    """Quotation marks that open or close nothing, one row each.

    Columns: ``start`` (offset of the mark), ``mark`` (the character),
    ``message``.

    Examples
    --------
    >>> art = Article.from_text('He said “yes. Then “no,” she said.')
    >>> stray_quote_marks(art)[["start", "mark"]].values.tolist()
    [[8, '“']]
    """
    check_article(article, caller="stray_quote_marks")
    _, strays = _quote_spans(article)
    rows = [(i, article.text[i], msg) for i, msg in strays]
    return pd.DataFrame(rows, columns=["start", "mark", "message"]).astype({"start": "int64"})


# ---------------------------------------------------------------------------
# Names, mentions and sources
# ---------------------------------------------------------------------------
def _words(s: str) -> list[str]:
    return [w.strip(".’'") for w in _WORD.findall(s)]


def _strip_possessive(tok: str) -> str:
    for suf in ("’s", "'s", "’", "'"):
        if tok.endswith(suf) and len(tok) > len(suf):
            return tok[: -len(suf)]
    return tok


def _name_tokens(run: str) -> list[str]:
    return list(_name_token_tuple(run))


_SAINT_WORDS = frozenset(("St.", "Ste.", "St", "Ste"))  # a saint's abbreviated title, inside a surname too


@lru_cache(maxsize=8192)
def _name_token_tuple(run: str) -> tuple[str, ...]:
    """The words of the name in ``run`` (titles and leading non-name words cut); cached: names repeat."""
    toks = [_strip_possessive(t) for t in run.split() if t[:1] not in _NICKNAME_MARKS]  # (no nickname)
    # "Massachusetts Sen. Elizabeth Warren": the name starts after the last title
    # (a particle as written in lower case is no title: "Rodrigo Doe del Campo", not the delegate's "Del. Jo Doe")
    # (nor is a title after a patronymic particle: "Jo bin Haji Doe", the father's style inside the name; Brunei's
    # "Awang", "Dayang", "Pengiran" are titles only before one: "Awang Jo bin Doe", not "Awang Sariyan")
    # (nor "St."/"Ste." after a given name: a surname named for a saint, "Roland Ste. Croix", "Jo St. John")
    father = next((i for i, t in enumerate(toks[1:-1], 1) if t in _PATRONYMIC_PARTICLES), len(toks) - 1)
    cut = max((i + 1 for i, t in enumerate(toks[:father])
               if (i == 0 or i == len(toks) - 1 or t not in _SAINT_WORDS)
               and (_is_title(t) and t not in _NAME_PARTICLES or (re.fullmatch(r"[A-Z]{2,}", t) and t not in _GENERATIONS)
                    or t[-1:] == "." and t[:-1] in _DOTTED_TITLES or (t in _TITLES_AS_WRITTEN and i < len(toks) - 1)
                    or (father < len(toks) - 1 and t.lower() in _PATRONYMIC_STYLES))),
              default=0)
    if toks[cut:] and all(t in _GENERATION_NUMERALS for t in toks[cut:]):
        cut = 0  # a title word the name's last, a numeral after it: a surname ("Martin Luther King III")
    toks = toks[cut:]
    if len(toks) == 2 and toks[0].lower() in _ROLE_PARTICIPLES and _is_title(toks[1]):
        return ()  # a role, no name: "Managing Director", "Acting Chairman"
    if len(toks) > 3 and " ".join(toks[:3]).lower() in _TITLES:
        toks = toks[3:]  # (a title of three words: "Group Village Headman Chisupe", a Malawian chief)
    elif len(toks) > 2 and f"{toks[0]} {toks[1]}".lower() in _TITLES:
        toks = toks[2:]  # (a title of two words: "Tuai Rumah Jo anak Doe", an Iban longhouse's headman)
    while toks and (toks[0].rstrip(".").lower() in _TITLES or toks[0] in _NOT_NAME
                    or len(toks) > 2 and toks[0].lower() in _PERSON_HEADS and toks[0].lower() not in _GIVEN_GENDER):
        toks = toks[1:]  # (an occupation written as a title: "Shopkeeper Mohd Jafri bin Osman", "Farmer Jo Doe")
    while len(toks) > 1 and (toks[-1].rstrip(".,") in _POST_NOMINALS or toks[-1] in _GENERATION_NUMERALS
                             or toks[-1] in _POST_NAME_FORMS):
        toks = toks[:-1]  # "Jo Roe-Dunlop KC": Jo Roe-Dunlop; "Kwame Asante II": Kwame Asante, as the mention layer
        # ("Jo kishi said": Jo, a form of address after the given name)
    return tuple(toks)


# capitalised words, then "of" just before a name: a title ("Secretary of State John Kerry", "Governor of Ohio")
_TITLE_OF = re.compile(r"((?:[A-Z][\w\-.]*\s+)+)of\s+(?:the\s+)?$")


def _is_title(tok: str) -> bool:
    """A title word ("Sen.", "governor"), or a hyphenated one with a title among its parts ("Secretary-General",
    "Vice-President")."""
    low = tok.rstrip(".’'").lower()  # (a Malay title written with its apostrophe: "Dato’", "Dato'")
    return low in _TITLES or "-" in low and any(part in _TITLES for part in low.split("-"))


# a preposition or conjunction before a name: the name is no subject, a pronoun after it is seldom its own
_OBJECT_BEFORE = re.compile(r"\b(?:to|with|of|for|by|at|from|against|about|on|than|and|or|over|like)\s+$")
# a name right after a participle that opens a clause after a comma (", accusing Jo Doe of", ", including Jo
# Doe"): an object, whose he or she is only one in its own sentence (see _genders)
_OBJECT_OF_PARTICIPLE = re.compile(r",\s+[a-z]{2,}ing\s+$")
_SENTENCE_END = re.compile(r"[.!?][”\"’]?\s")

# a line with no closing stop (a headline), then a line opened by "The" and up to three words: a person's
# description there (see _new_subject_at) is a new subject, whose he or she a name in the headline does not share
_SENTENCE_THE = re.compile(r"(?<=[^\s.!?”\"’:])[ \t]*\n\s*The\s+((?:[\w’'\-]+\s+){0,2}[\w’'\-]+)")
# a quotation in any house style's marks ("...", “...”, «...», „...“, ‘...’), and the opening mark of one left open
_QUOTED_IN_WINDOW = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|„[^“”]*[“”]|(?<![\w’'])‘[^‘]*?’(?![\w’'])")
_QUOTE_OPENER = re.compile(r"[“\"«„]|(?<![\w’'])‘")


def _unquoted_window(raw: str) -> str:
    """``raw`` without its quotations and cut at one left open: a pronoun inside a quotation is the speaker's
    word for someone else ("Jo Doe said the pupils visited him. «He made them sing ...»").  An ellipsis stands
    where a quotation stood, its words left out (see :func:`_attribution_pronoun`)."""
    return _QUOTE_OPENER.split(_QUOTED_IN_WINDOW.sub(" … ", raw), maxsplit=1)[0]


def _attribution_pronoun(window: str, m: re.Match) -> bool:
    """The he/she ``m`` of an :func:`_unquoted_window` opens the attribution right after a quotation ("‘...,’ she
    said"): the quotation's speaker (not "her" of '"...," her mother said')."""
    return m.group().lower() in ("he", "she") and re.search(r"…[\s,]*$", window[:m.start()]) is not None


# where a new clause opens, perhaps with a new subject: a semicolon, or a comma then "but", "and", "while", ...
_NEW_CLAUSE = re.compile(r";|,\s+(?:but|and|while|whereas|although|though|yet)\b")


def _reported_name(text: str, start: int) -> bool:
    """The person's name at ``start`` stands after a verb of saying in its own clause of its sentence, outside
    quotations ("Jo Doe said the builder, Kel Roe, had ...", "Doe told Kelby Radio."): the object or the reported
    clause's, whom the "she said" after the next quotation is not ("..., but its secretary, Kel Roe, said": the
    subject's)."""
    clause = _NEW_CLAUSE.split(_QUOTED_IN_WINDOW.sub(" ", text[_sentence_start(text, start):start]))[-1]
    return any(_is_cue(w) and not w.endswith("ing") for w in re.findall(r"[a-z]+", clause))


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence (or the line) that holds ``at`` opens."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 300), at)]
    return max(text.rfind("\n", 0, at) + 1, ends[-1] if ends else 0)


def _sentence_subject(text: str, runs: list, i: int) -> int | None:
    """The index of the name that opens the sentence of the later name ``runs[i]``, in the same clause ("Jo Doe,
    whose firm moves goods between Kelby and Roe, agreed."), not a dateline's capitals; else None."""
    cut = _sentence_start(text, runs[i][0])
    j = next((k for k in range(i) if runs[k][0] == cut), None)
    if j is None or runs[j][2].isupper() or _NEW_CLAUSE.search(_QUOTED_IN_WINDOW.sub(" ", text[runs[j][1]:runs[i][0]])):
        return None
    return j


# the first he/his/him/himself (group 1) or she/her/hers/herself (group 2)
_HE_OR_SHE = re.compile(r"\b(?:(he|his|him|himself)|(she|her|hers|herself))\b", re.I)


_HE_SHE_WORD = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# "in the company's words", "in Jo Doe's own words", "in the words of Jo Doe" before a quotation: whose words they are
_IN_THE_WORDS_OF = re.compile(r"\b[Ii]n\s+(?:(?P<own>(?:the\s+)?[\w’'.\- ]{2,60}?)[’']s?\s+(?:own\s+)?words|"
                              r"the\s+(?:own\s+)?words\s+of\s+(?P<of>[^.;:,“”\"\n]{2,80}?))\s*,")
# "quoted Jo Doe, its chairman, as saying": the one quoted (wire usage)
_QUOTED_AS_SAYING = re.compile(r"\bquoted\s+(?P<who>[^.;:“”\"\n]{2,120}?),?\s+as\s+(?:saying|telling)\b")
# an adverb set off by commas between a lone surname and its verb: "Doe, typically, played down his part",
# "Doe, however, said" (see _Resolver._lone_name)
_ASIDE_THEN_WORD = re.compile(r", ([a-z]+(?<=ly)|however|meanwhile|though|too|instead|also|again), ([a-z]+)")
# a sentence's opening before a name: nothing, or up to three words with no comma ("His teammate ", "Club
# president "), a person's noun or title last or a possessive first (see _Resolver._opener_before_colon)
_SHORT_ROLE_OPENING = re.compile(r"(?:[A-Za-z][\w’'\-]*\s+){0,3}")
# a name, then a copula and an adjective saying how the person took something, up to a colon or semicolon: "Jo Doe
# was less modest on his behalf", "Jo Doe was blunt" (see _Resolver._opener_before_colon)
_STANCE_BEFORE_COLON = re.compile(r"(?:[A-Z][\w’'\-.]*\s+)*[A-Z][\w’'\-.]*\s+(?:is|was|were|are|sounded|seemed)\s+"
                                  r"(?:(?:less|more|far|much|even|rather|very|so|too|as)\s+)*(?P<adj>[a-z]+)\b[^:;]*")
_STANCE_NOT_ADJ = frozenset({"at", "in", "on", "for", "to", "by", "with", "under", "out", "off", "the", "a", "an",
                             "his", "her", "their", "its", "not", "no", "one", "among", "from", "of", "behind",
                             "still", "also", "then", "later", "being", "getting", "going"})
# the capitalised name opening a sentence as its subject, then a lower-case word ("Rovers led", "The Kelby Chamber
# of Commerce and its president"; see _Resolver._owner_subject)
_SUBJECT_BODY = re.compile(r"(?:The\s+)?([A-Z][\w’'\-]*(?:\s+(?:(?:of|for|&)\s+(?:the\s+)?)?[A-Z][\w’'\-]*)*)"
                           r"\s+[a-z]")
# a relative clause set off by commas after a name, then a speech verb and he/she: the name's pronoun, though the
# clause names someone or something else ("Jo Doe, who runs Kelby Mills, said she"); the clause may hold commas of
# its own ("Jo Doe, who farms near Kelby, South Dakota, and lent hives to the study, said he"), see
# _relative_clause_sex
_RELATIVE_THEN_PRONOUN = re.compile(r",\s+(?:who|whose)\s([^.;:“”\"\n]{1,160}?),\s+([a-z]+)\s+(he|she)\b")
# what may follow a comma inside that clause: a region after a town ("near Kelby, South Dakota"), or "and" and a
# second verb of the same subject ("and lent hives"); not "and" before a new subject ("and the mayor", "and she")
_CLAUSE_REGION = re.compile(r"(?:[A-Z][\w’'\-.]*\s+)*[A-Z][\w’'\-.]*")
_CLAUSE_SECOND_VERB = re.compile(r"and\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|he|she|"
                                 r"it|they|we|i|you|then|now|so|yet)\b)[a-z]+\b")


def _next_person_at(text: str, end: int) -> int:
    """Where the next name the mention layer gives to a person starts after ``end`` (the text's end if none): a
    place or an organisation between ("near Kelby, South Dakota", "whose company Kelby Hydro") does not count."""
    return next((a for a, _, _, kind in _people_mentions(text) if a >= end and kind == "person"), len(text))


def _relative_clause_sex(text: str, end: int) -> str | None:
    """'he' or 'she' from ", who ..., said he/she" right after a name ending at ``end``, a clause with commas
    ending before the next person's name: "Jo Doe, who farms near Kelby, South Dakota, and lent hives, said he". None
    when a comma in the clause opens anything but a region after a town or a second verb after "and": a clause of
    its own ("who leads the union, backed the deal, and the mayor said she": the mayor's)."""
    rel = _RELATIVE_THEN_PRONOUN.match(text, end)
    if rel and "," in rel.group(1):  # (a clause without a comma may name anyone: "who runs Kelby Mills, said she")
        rel = _RELATIVE_THEN_PRONOUN.match(text, end, _next_person_at(text, end))
    if not rel or not _is_cue(rel.group(2)):
        return None
    parts = re.split(r",\s+", rel.group(1))
    for before, part in zip(parts, parts[1:]):
        region = _CLAUSE_REGION.fullmatch(part) and before.rsplit(None, 1)[-1][:1].isupper()
        if not (region or _CLAUSE_SECOND_VERB.match(part)):
            return None
    return rel.group(3)


# a form of address of known sex opening a name ("Mrs", "U", "Daw": address_sex), then a space or a full stop
_ADDRESS_SEX = address_sexes()  # "Mr" -> "m", "Mrs" -> "f": the mention layer's table
# the person's own verb after a name, or after an appositive's closing comma: ", 77, whom all called "Doc," said"
_OWN_VERB_AFTER = re.compile(r"\s+(?:also\s+|later\s+|then\s+)?([a-z]+)\b")
# a comma that may close an appositive (its quotation's closing mark too)
_APPOSITIVE_COMMA = re.compile(r",[”\"’']?(?=\s)")
# a sentence whose subject is he or she, an opening phrase perhaps before, and its verb: "She went on", "Outside the
# court, she said" (_newcomer_reach, _speaks_next)
_PRONOUN_VERB = re.compile(r"\s*(?:[A-Z][^,.;:“”\"]{0,40}, )?(?:[Hh]e|[Ss]he) (?:also |later |then )?([a-z]+)\b")
_DIGIT_NEXT = re.compile(r"\.?[ \u00a0]?\d")  # a figure right after a word ("Rs 6 lakh")
# a relative clause by which someone brought in unnamed gives a name ("A trader, who gave her name only as Mrs Doe,
# said", "a farmer who asked to be identified only as Jo")
_GAVE_NAME_AS = re.compile(r",? who (?:gave|gives|would give|will give) (?:only )?(?:his|her|their) (?:first |full )?"
                           r"name(?: only)? as $"
                           r"|,? who (?:asked|wished|wanted) to be (?:identified|named|called) only (?:as|by) $")
# "He was Jo Doe, who has grown cardamom for 50 years", "He was Jo Doe III, a retired banker, who said": the one just
# described, named, and a clause about him (an appositive and a generation's numeral perhaps between)
_WHO_AFTER = re.compile(r"(?:\s+(?:Jr|Sr|II|III|IV)\.?)?,(?:(?:[^,.;:\n]{1,60},)?\s+who"
                        r"|\s+(?:an?|the)\s+[^,.;:\n]{1,40}?\s+(?:who|whom|whose))\s")  # (or a description and
# its relative clause: "She was Jo Doe, a master's student whom the professor supervised")
_WAS_NAMED = re.compile(r"(?:He|She) was (?:[A-Z][a-z]+\.? )?")
# ("She is Jo Doe", "He is Rev. Jo Doe", "Her name was Jo Doe")
_NAME_IS = r"(?P<poss>His|Her) name (?:is|was)"  # (also _RENAMING_NOUN's, after a quotation)
_IDENTIFIED_AS = re.compile(r"(?:(?:He|She) is|" + _NAME_IS + r") (?:[A-Z][a-z]+\.? )?")
# a capitalised word that may be a title ("Rev.", "Dr"), and a retired officer's mark after it ("Colonel (retd)")
_TITLE_WORD_AT = re.compile(r"([A-Z][a-z]+\.?)(?:\s+\((?i:retd|rtd|retired)\.?\))?(?=\s)")
_HONORIFIC = re.compile(r"(" + "|".join(sorted(_ADDRESS_SEX, key=len, reverse=True)) + r")\.?(?=\s)")


# what follows "her" when it is an object ("accused her of", "told her that", "gave her a"), not a possessive
_AFTER_OBJECT = re.compile(r"\s*(?:[,.;:!?)]|$|(?:of|to|that|for|with|about|on|in|at|from|a|an|the|as|and|or|but|over|"
                           r"into|after|before|by)\b)")


def _object_pronoun(window: str, m: re.Match) -> bool:
    """The he/she pronoun ``m`` is an object ("him", "accused her of"): most often someone other than the
    subject just named ("The shadow chancellor, Mel Doe, accused her of ..."), so it casts no vote."""
    w = m.group().lower()
    return w == "him" or w == "her" and bool(_AFTER_OBJECT.match(window, m.end()))


# the Irish particle of a woman's surname inside a name ("Máire Ní Bhriain", "Áine Nic Gearailt"): she
_DAUGHTER_OF = re.compile(r"\s(?:Ní|Nic)\s[A-ZÁÉÍÓÚ]")


# a sentence that opens with someone new brought in, a person's noun in its first three words ("A man in a hi-vis
# jacket", "One resident"): a pronoun after it is theirs, no earlier name's (_genders)
_NEWCOMER_OPENS = re.compile(r"(?:[.!?][”\"’']?\s+|\n\s*)(?:A|An|Another|One)\s+"
                             r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")


_INITIAL_WORD = re.compile(r"[A-Z]\.(?:[A-Z]\.)*")  # an initial or two, written with stops ("P.", "S.R.")


@lru_cache(maxsize=32)
def _genders(text: str) -> dict[str, str]:
    """Canonical person name -> 'm' or 'f', from honorifics and from the first pronoun after each mention.

    A mention votes with the first he/his/him or she/her pronoun that follows
    it within 150 characters when no other name stands between them; Mr. or
    Mrs./Ms. before a name count three votes.  Names without a clear majority
    are left out (no gender assumed).
    """
    votes: dict[str, list[int]] = {}
    runs = _person_spans(text)
    canonical: dict[str, str] = {}  # run -> its canonical name (names repeat)
    canons: list[str] = []  # the canonical name of each run
    for i, (start, end, run) in enumerate(runs):
        toks, addressed = _name_tokens(run), _address_sex(run)  # (the sex of a form of address before the name)
        canon = canonical.get(run)
        if canon is None:
            canon = canonical[run] = _canonical_name(" ".join(toks), text, addressed)
        if len(toks) == 1 and not (addressed and _namesake(toks[0], addressed, text)):
            canon = _namesake_before(toks[0], text, start, addressed) or canon  # (a lone surname: whom there)
        v = votes.setdefault(canon, [0, 0])
        canons.append(canon)
        hon = _HONORIFIC.match(run)
        if hon and not (len(toks) == 1 and len(_namesakes(text).get(toks[0], ())) > 1
                        and not (addressed and _namesake(toks[0], addressed, text))):
            v[0 if _ADDRESS_SEX[hon.group(1)] == "m" else 1] += 3  # (not a lone surname several people share, read
            # as the latest of them, no given name's sex telling which: "Pa Kpakiwa" beside "Sahr Tamba Kpakiwa" and
            # his widow "Finda Kpakiwa")
        if _DAUGHTER_OF.search(run):
            v[1] += 3  # "Máire Ní Bhriain": an Irish woman's surname ("Ní", "Nic": daughter of)
        if sex := _sexed_apposition(text, start, end):
            v[0 if sex == "m" else 1] += 3  # "His daughter, Jo Doe, said he had ...": she, whatever "he" follows
        if own := _OWN_OPENER_BEFORE.search(text, max(0, start - 48), start):
            v[0 if own.group(1).lower() == "his" else 1] += 2  # "In her ruling, Doe said ...": her own, before her name
        if _OBJECT_BEFORE.search(text, max(0, start - 12), start):
            continue  # "apologised to Clinton and to his supporters": the pronoun is the subject's
        stop = min(runs[i + 1][0] if i + 1 < len(runs) else len(text), end + 150)
        # a pronoun inside a quotation is the speaker's word for someone else ("Doe added, "... her standing"")
        raw = text[end:stop]
        if _OBJECT_OF_PARTICIPLE.search(text, max(0, start - 24), start):
            raw = _SENTENCE_END.split(raw, maxsplit=1)[0]  # ("..., accusing Doe of lying. He said": the subject's;
            # in the participle's own sentence, the object's: "inviting Doe to use her office")
        window = _unquoted_window(raw)
        if i and "\n" not in text[runs[i - 1][1]:start]:  # (a second name in a headline: see _new_subject_at)
            window = window[:_new_subject_at(window)]
        if someone := next((m for m in _NEWCOMER_OPENS.finditer(window)
                            if any(w in _PERSON_HEADS or w in _HEAD_SEX for w in m.group(1).split())), None):
            window = window[:someone.start()]  # ('Doe answered. / A man in a jacket ... his pocket': the newcomer's)
        pronoun = next((p for p in _HE_OR_SHE.finditer(window) if not _object_pronoun(window, p)), None)
        if pronoun and _attribution_pronoun(window, pronoun):
            if (j := _sentence_subject(text, runs, i)) is not None:
                v = votes[canons[j]]  # ("Jo Doe said the builder, Kel Roe, had ... ‘...,’ she said": Doe's)
            elif _reported_name(text, start):
                pronoun = None  # ("Police said the builder, Kel Roe, had ... ‘...,’ she said": no one's named)
        if pronoun:
            v[0 if pronoun.group(1) else 1] += 1
        elif rel := _relative_clause_sex(text, end):
            v[0 if rel == "he" else 1] += 1  # "Jo Doe, whose company Kelby Hydro runs a plant, said he"
    out = {k: ("m" if m > f else "f") for k, (m, f) in votes.items() if m != f and max(m, f) >= 1}
    for k in votes:  # a given name of one sex outweighs the votes ("Clinton ... to his supporters")
        parts = k.split()
        first = next((w for w in parts if not _INITIAL_WORD.fullmatch(w)), parts[0]).lower()  # a lone given name
        # too ("Melanie said"), after initials too ("P. Murugan", "N. Subbulakshmi": a South Indian name)
        if "-" in first and first not in _GIVEN_GENDER and first.split("-")[0] in _GIVEN_GENDER:
            first = first.split("-")[0]  # a double given name takes its first's sex ("Paul-Émile", "Marie-Claire")
        if first in _GIVEN_GENDER and not (k in out and " " in k and _common_given(first)):
            out[k] = _GIVEN_GENDER[first]  # (the votes stand for a given name that is a common word too, borne by
            # either sex: "Joy Debbarma finishes his last row")
        elif sex := _sex_of_name_parts(k):
            out[k] = sex  # "Jaspreet Kaur Doe", "Nurul Ain binti Osman"
    return out


# a noun of one sex with a determiner (or "whose": "Ann Roe, whose husband, Jo Doe, died,") right before a name
# ("His daughter, Jo Doe", "her husband Jo Doe") or in
# apposition right after it ("Jo Doe, his wife,"): the name's sex (_sexed_apposition); not a noun after a preposition
# ("The mother of the boy, Jo Doe,": the name is the mother's)
_SEXED_BEFORE = re.compile(r"\b(?<!of )(?<!for )(?<!to )(?<!with )(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?|whose)\s+"
                           r"(?:[a-z\-]+\s+)?([a-z]+),?\s+$")
_SEXED_AFTER = re.compile(r"(?:,\s+\d{1,3})?,\s+(?:his|her|their|the|a|an)\s+(?:[a-z\-]+\s+)?([a-z]+)"
                          r"(?=[,.;]|\s+(?:of|who)\b)")  # (an age may come first: "Jo Doe, 9, his granddaughter,")
# such a noun written as a role right before the name, no comma between ("White House spokeswoman Jo Doe")
_SEXED_ROLE = re.compile(r"(?<![\w\-’'])([a-z]+)[^\S\n]+$")


# A short phrase opening a sentence, a preposition and "his" or "her" ("In her reasons,", "During his visit,"), right
# before a name: the pronoun is the name's own, said before it (cataphora), so it gives the name's sex.
_OWN_OPENER_BEFORE = re.compile(r"(?:^|(?<=[.!?”\"’]\s)|(?<=\n))"
                                r"(?:In|On|At|During|After|Before|With|Throughout|Despite|Under|For)"
                                r"\s+(his|her)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*,\s+\Z")


def _sexed_apposition(text: str, a: int, b: int) -> str | None:
    """'m' or 'f' when a noun of one sex (tables female_nouns, male_nouns) stands in apposition to the name at
    text[a:b] ("His daughter, Jo Doe,", "Jo Doe, his wife,") or as its role right before it ("spokeswoman Jo Doe"),
    else None."""
    for m in (_SEXED_BEFORE.search(text, max(0, a - 40), a), _SEXED_AFTER.match(text, b),
              _SEXED_ROLE.search(text, max(0, a - 30), a)):
        if m and m.group(1) in _HEAD_SEX:
            return _HEAD_SEX[m.group(1)]
    return None


def _new_subject_at(window: str) -> int:
    """Where a line after a headline in ``window`` opens with a description of a person ("Doe, Roe trade blows
    in debate / The Republican governor called his ...": with two people named in the headline, the description
    may be either), else its length."""
    for m in _SENTENCE_THE.finditer(window):
        if any(w.lower() in _PERSON_HEADS for w in m.group(1).split()):
            return m.start()
    return len(window)


_NAME_PARTS_F = frozenset(_W["name_parts_female"])
_NAME_PARTS_M = frozenset(_W["name_parts_male"])


_GIVEN_ENDINGS = (("f", tuple(_W["given_name_endings_female"])), ("m", tuple(_W["given_name_endings_male"])))
_SURNAME_ENDINGS_F = tuple(_W["surname_endings_female"])


def _sex_of_name_parts(name: str) -> str | None:
    """'f' or 'm' when a word inside the name tells the sex ("Kaur", "binti", "a/l"), else when the ending of its
    given name does ("Bronisław", "Miroslava") or, after a given name in -a, of a word after it ("Ola Wróblewska",
    "Jana Doe-Nováková"); else None."""
    parts = name.lower().split()
    words = set(parts[1:])
    # (a "son of" right after the given name, perhaps after an initial: "Jo bin Doe", "R. Kel a/l Doe"; later it
    # opens a family name that women bear too: "Jo Kel bin Doe")
    son_of = set(parts[1:2] + (parts[2:3] if parts[0].endswith(".") else [])) & _NAME_PARTS_M
    if words & _NAME_PARTS_F or son_of:
        return "f" if words & _NAME_PARTS_F else "m"
    for sex, ends in _GIVEN_ENDINGS:  # (the longer women's endings first: "-sława" ends in "-sław" + "a")
        if parts and any(parts[0].endswith(e) and len(parts[0]) > len(e) for e in ends):
            return sex
    later = [p for w in parts[1:] for p in w.split("-")]  # (a given name in -a too: "Kondwani Msiska" is a man)
    return "f" if len(parts) > 1 and parts[0].endswith("a") \
        and any(p.endswith(_SURNAME_ENDINGS_F) and len(p) > 4 for p in later) else None


# the capitalised words right before a mention on its line ("Vice President", "Dame", "The"): the mention layer's span
# leaves out a title or a form of address, which belongs to the run of capitals the genders read
_CAPS_BEFORE = re.compile(rf"(?:(?<![\w’'])[{_UC}][\w\-’'.]*[^\S\n]+)+$")


@lru_cache(maxsize=32)
def _person_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, words) of every mention of a named actor in ``text`` shaped like a person's name
    (:func:`_people_mentions`), from the run of capitals it ends ("Vice President Jo Doe", "Mr Jo Doe"), in reading
    order; read for the genders."""
    out = []
    for a, b, _, _ in _people_mentions(text):
        caps = _CAPS_BEFORE.search(text, max(0, a - 60), a)
        if caps:
            ends = [m.end() for m in _WORD_ENDS_SENTENCE.finditer(text, caps.start(), a)
                    if m.group(1).lower() not in _TITLES]
            a = ends[-1] if ends else caps.start()  # (not across a sentence's end: "in March. Ms Jo Doe")
        out.append((a, b, text[a:b]))
    return tuple(out)


_WORD_ENDS_SENTENCE = re.compile(r"\b([A-Za-z]{4,})\.[^\S\n]+")  # a word of four letters or more and a full stop


_GIVEN_GENDER = given_name_sexes()  # given name -> "f" or "m" (resources/quotes_given_name_genders.txt)

# Demonyms and nationality words ("Jewish", "Mexican"): never a lone surname (the mention layer's list).
_DEMONYMS = resource_lines("stakeholders_demonyms.txt", lower=True)


# First words of place and organisation names that look like person names ("New York", "North Korea").
_PLACE_FIRST = set(_W["place_first"])


# generations after a name ("Martin Luther King III", "Jo Doe Jr."): capitals but no acronym; the mention layer's
# table (stakeholders_rules.yml name_suffixes)
_GENERATIONS = name_suffixes()
# those written with a full stop after a name ("Jo Doe Jr.", "Jo Doe Sr."): the abbreviations, not the numerals
_DOTTED_GENERATIONS = tuple(f" {g}." for g in sorted(_GENERATIONS) if g[1:].islower())
# (of them, the numerals are cut from a canonical name; "Jr" and "Sr" stay: "Jo Doe Jr." is not his father Jo Doe)
_GENERATION_NUMERALS = frozenset(g for g in _GENERATIONS if g.isupper())


# a place's name made an adjective by a hyphen and a participle ("Kelby-registered", "Tarn-based"; not a Cantonese
# given name's second syllable, "Ka-ming")
_PLACE_ADJECTIVE = re.compile(r"-(?:[a-z]{3,}(?:ed|ing)|based|born|owned|run|led|made|style|like)$")


@lru_cache(maxsize=8192)
def _is_person_name(run: str) -> bool:
    """The words ``run`` are SHAPED like a person's name (two to four capitalised words, particles aside; no acronym,
    organisation word, demonym opening or place's first word): quotes' one shape check on a string, for callers
    that hold a string without its place in the article (a speaker mention, an appositive). It says nothing of who
    the article names: a caller that has offsets asks the mention layer too (_Resolver._layer_kind,
    _Resolver._layer_person, _people_mentions). It stays because the layer, on its own, misses some people
    ("Kofi Doe-Roe III, a chief", a lone surname that is also a demonym) and reads some as bodies (a name opening
    with an accented word that is no listed given name; a Burmese name opened by "U"), where this check reads them
    right."""
    toks = _name_token_tuple(run)
    gaelic = {k for k, t in enumerate(toks[1:-1], 1) if t == "an" and toks[k - 1] in ("Mac", "Nic", "Mhic")}
    # ("Maeve Mac an Bhaird": the Irish article inside a surname, as _CAP_RUN reads it)
    if not toks or len(toks) - sum(t in _NAME_PARTICLES or _is_title(t) or k and t.lower() in _NAME_PARTICLES
                                  or k in gaelic or k and t == toks[0] for k, t in enumerate(toks[:-1])) > 4 \
            or toks[0] in _PLACE_FIRST:
        return False  # (a particle makes no name longer: "Mohd Ali bin Abdul Rahman"; nor a hereditary style that
        # opens the given name and the father's alike, "Wan Ahmad Haziq Wan Zulkifli"; nor a father's style after
        # it, the only title left inside: "Jo Ali bin Haji Abdul Rahman"; nor a capitalised one inside, as Gulf
        # copy writes the Arabic article: "Jo Saeed bin Hamad Al Doe")
    if len(toks) > 1 and toks[0].lower() in _DEMONYMS and toks[0].lower() not in _GIVEN_GENDER:
        return False  # "Malaysian E-Hailing Drivers' ...", "Irish Farmers' ...": a body of a nation's people
    if any(_PLACE_ADJECTIVE.search(t) for t in toks):
        return False  # "a Kelby-registered trawler", "the Tarn-based firm": an adjective of a place, no name
    # an all-capitals word (an acronym) makes an organisation; a middle initial ("Lisa M. Madigan") does not, nor do
    # initials run together before a surname ("A.L.M. Haniffa", "M.S. Doe"; not "U.S.", "D.C.": listed abbreviations)
    # (nor does a plural one: "Opposition MPs", "Tory MSPs")
    if toks[-1].rstrip(".").lower() in _ORG_WORDS or any(t.isupper() and len(t.rstrip(".")) > 1 and t not in _GENERATIONS
                                                         and not (k < len(toks) - 1 and _initials_token(t)
                                                                  or _time_letters_as_initials(toks, k))
                                                         for k, t in enumerate(toks)) \
            or len(toks[-1]) > 2 and toks[-1][-1] == "s" and toks[-1][:-1].isupper():
        return False
    if len(toks) > 1 and toks[-1] in _SURNAME_MONTHS and toks[0].lower() in _GIVEN_GENDER:
        toks = toks[:-1]  # "Theresa May": a month after a given name is a surname
    # ("Federico de Jesus": a particle inside the name is lower case; "Ms de Wet": or first, after a title)
    # ("Jo bin Rashid al-Doe": or an Arabic article glued to a capitalised part, in a name of two words or more)
    return all(t.lstrip(_NAME_LEAD)[:1].isupper() or k < len(toks) - 1 and t in _NAME_PARTICLES or k in gaelic
               or k and _GLUED_ARTICLE.fullmatch(t) or 1 < k == len(toks) - 2 and t in _SURNAME_JOINERS
               or k == len(toks) - 1 and _ELIDED_SURNAME.fullmatch(t)
               for k, t in enumerate(toks)) \
        and not any(t in _NOT_NAME and not (t == "A" and 1 < k == len(toks) - 2) for k, t in enumerate(toks))
    # (the "A" inside a Surinamese surname is one, after a given name: "Jo Fung A Kelb", as the mention layer reads)


_RUN_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")  # initials run together ("A.L.M.", "M.S.")
_DOTTED_ABBREVIATIONS = resource_lines("article_abbreviations.txt", lower=True)  # "u.s", "d.c", "u.n": no initials


def _initials_token(t: str) -> bool:
    """``t`` is a person's initials run together ("A.L.M.", "M.S."), no listed abbreviation ("U.S.", "D.C.")."""
    return _RUN_INITIALS.fullmatch(t) is not None and t.lower().rstrip(".") not in _DOTTED_ABBREVIATIONS


def _time_letters_as_initials(toks: tuple, k: int) -> bool:
    """``toks[k]`` is "A.M." or "P.M." opening a name before a surname ("Mr. A.M. Riyas"): a person's initials, not
    the time, which follows a figure and no title ("at 10 A.M. Monday")."""
    return toks[k].lower().rstrip(".") in ("a.m", "p.m") and k < len(toks) - 1 \
        and (k == 0 or _is_title(toks[k - 1])) and toks[k + 1] not in _WEEKDAYS and toks[k + 1] not in _MONTHS


_MID_CAP = re.compile(r"[A-Z](?<=[a-z,] [A-Z])[a-z]+")  # (the capital first, then what stands before it: faster)


@lru_cache(maxsize=32)
def _mid_caps(text: str) -> frozenset:
    """Capitalised words the text writes inside a sentence somewhere (after a lower-case word or a comma)."""
    return frozenset(_MID_CAP.findall(text))


@lru_cache(maxsize=32)
def _lower_words(text: str) -> frozenset:
    """Words the text writes in lower case somewhere (so "Insiders" at a sentence start is "insiders")."""
    return frozenset(re.findall(r"\b[a-z][\w’'\-]*", text))


# a line of two sentences is prose, however many names it holds ("Jane Doe met Bill Roe. Sue Poe was
# critical."); a headline is one (a stop between lower-case words, not after an initial or "Mr")
# (written with the stop first and the two letters before it as a look-behind: the scan skips from stop to stop)
_TWO_SENTENCES = re.compile(r"[.!?](?<=[a-z]{2}[.!?])[”\"’]?\s+[A-Z]")


_NO_CAPITALS = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LINE, _LINE_WORD = re.compile(r"[^\n]+"), re.compile(r"[A-Za-z][\w’'\-]*")


# "the [one or two lower-case words] noun's" opening a document's mention: its possessor ("the district's plan",
# "The sugar company's statement")
_BODY_POSSESSOR = re.compile(r"(?i:the)\s+((?:[a-z]+\s+){0,2})([a-z]+)(?:’s|'s)\s")


@lru_cache(maxsize=32)
def _body(text: str) -> str:
    """``text`` with headline-style lines (most words capitalised) blanked out, offsets kept.

    Title Case headlines run names into other words ("Smith Goes After Jones"),
    so names and the story's company are read from the body only.
    """
    def blank(m):
        line = m.group()
        if _TWO_SENTENCES.search(line):  # (first: most paragraphs are found prose before their words are read)
            return line
        words = _LINE_WORD.findall(line)
        initials = "".join([w[0] for w in words])
        caps = len(initials) - len(initials.translate(_NO_CAPITALS))  # words that begin with a capital
        return " " * len(line) if len(words) >= 4 and caps >= 0.7 * len(words) else line

    return _LINE.sub(blank, text)


# The article each text came from (the last few read): the name tables below are cached on the text and read the
# mention layer's people, which are cached on the article (_people_mentions).  A lock keeps it whole when a corpus
# runs batches in threads (a text whose article was dropped meanwhile is read as an article of its own).
_ARTICLE_OF: dict[str, Article] = {}
_ARTICLE_OF_LOCK = threading.Lock()


def _remember(article: Article) -> None:
    """Keep ``article`` as the one its text came from (for :func:`_people_mentions`): the 32 remembered last."""
    with _ARTICLE_OF_LOCK:
        _ARTICLE_OF.pop(article.text, None)
        _ARTICLE_OF[article.text] = article
        while len(_ARTICLE_OF) > 32:
            _ARTICLE_OF.pop(next(iter(_ARTICLE_OF)))


# a person's name after the last "of" of an organisation's name ("the Office of Jo Doe"): group 1
_OF_A_PERSON = re.compile(r"\bof\s+(\S+\s[^,]+)$")


@lru_cache(maxsize=32)
def _layer_entities(text: str) -> tuple:
    """The mention layer's actors in ``text`` (:func:`mentions.entities`), read from the article met for that text, or
    from the text read as an article of its own (a direct call); none when normalising changes the text (the
    layer's offsets would not be the text's)."""
    article = _ARTICLE_OF.get(text) or Article.from_text(text)
    return entities(article) if article.text == text else ()


@lru_cache(maxsize=32)
def _people_mentions(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, surface form, kind) of every mention of a named actor the mention layer finds in ``text`` whose
    form is shaped like a person's name (:func:`_is_person_name`), in reading order: quotes' people are the mention
    layer's (the name tables read its people and organisations so shaped, the genders all of them); and a person
    an organisation is named after ("The Office of Jo Doe"), by :func:`_layer_entities`."""
    out = []
    for e in _layer_entities(text):
        for (a, b), form in zip(e.spans, e.forms) if e.kind != "group" else ():
            if _is_person_name(form):
                out.append((a, b, form, e.kind))
            elif e.kind == "organisation" and (tail := _OF_A_PERSON.search(form)) and _is_person_name(tail.group(1)) \
                    and (at := text.find(tail.group(1), a, b)) >= 0:
                out.append((at, at + len(tail.group(1)), tail.group(1), "person"))
    return tuple(sorted(out))


# a capitalised word whose parts after a hyphen are in lower case ("Oscar-winner", "Mum-of-three"): a description,
# no part of a name (a name's parts are capitalised: "Jean-Marc", "Doe-Kelby")
_HYPHENED_DESCRIPTION = re.compile(r"[^\W\d_][\w’']*(?:-[a-z][\w’']*)+")


@lru_cache(maxsize=32)
def _body_names(text: str) -> tuple[tuple[str, ...], ...]:
    """The words of each person's name of two words or more the mention layer finds outside headline-style lines
    (:func:`_body`), leading non-name words cut (:func:`_common_lead`), in reading order."""
    body = _body(text)
    out = []
    for a, b, form, kind in _people_mentions(text):
        toks = _name_tokens(form) if kind in ("person", "organisation") and body[a:b].strip() else []
        if toks and _HYPHENED_DESCRIPTION.fullmatch(toks[0]):
            toks = toks[1:]  # "Oscar-winner Sarandon": a description before the name, no given name
        toks = _common_lead(toks, text)
        if len(toks) >= 2:
            out.append(tuple(toks))
    return tuple(out)


@lru_cache(maxsize=32)
def _full_names(text: str) -> dict[str, str]:
    """Surname -> the first name of two words or more the article gives a person of that surname."""
    names: dict[str, str] = {}
    bodies = _body_names(text)
    inside = {w for toks in bodies for w in toks[1:-1]}
    for toks in bodies:
        if len(toks) >= 4 and toks[-2] in _NAME_PARTICLES and toks[-3][:1].isupper() and toks[-1] in inside:
            continue  # (a married name's last word, "Ana Kelbo de Tarno", that is another's first surname, "Jo
            # Tarno Ruiz": "Tarno said" is his, :func:`_named_by_part`)
        names.setdefault(toks[-1], " ".join(toks))
    for m in _GLUED_NAME_IN_TEXT.finditer(_body(text)):  # ("D.Doejav ... Doejav said": the name with its initials)
        names.setdefault(m.group(1), m.group())
    return names


# a chain of single-capital initials glued to a word ("the U.S.Treasury"): an abbreviation, no name's initials
_GLUED_ABBREVIATION = re.compile(rf"(?:[{_UC}]\.){{2,}}(?=[{_UC}][a-z])")
# a name of one word with its initials glued on, as Mongolian and some Central Asian papers write it ("D.Doejav",
# "Kh.Doejav", "Ts.Doe-Ochir"): the initials, then the name
_GLUED_INITIALS = rf"(?:[{_UC}][a-z]{{0,2}}\.)+"
_GLUED_NAME = rf"[{_UC}][a-z][\w’'\-]*"


def _unglued(name: str) -> str:
    """An organisation's name without a place's initials glued on ("U.S.Treasury" -> "Treasury")."""
    glued = "." in name and _GLUED_ABBREVIATION.match(name)
    return name[glued.end():] if glued else name


# such a name standing in a text, its name after the initials as group 1 (never after a chain of single-capital
# initials: "the U.S.Treasury")
_GLUED_NAME_IN_TEXT = re.compile(rf"(?<![\w.])(?!{_GLUED_ABBREVIATION.pattern}){_GLUED_INITIALS}({_GLUED_NAME})")


@lru_cache(maxsize=32)
def _namesakes(text: str) -> dict[str, tuple[str, ...]]:
    """Surname -> the different full names of two words or more the article gives people of that surname."""
    out: dict[str, set[str]] = {}
    for toks in _body_names(text):
        out.setdefault(toks[-1], set()).add(" ".join(toks))
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _married_name(surname: str, text: str) -> str | None:
    """'Ana Kelbo de Tarno ... Ms. Tarno said': the one woman's married name the article gives that ends with a
    particle and ``surname`` (her husband's, which :func:`_full_names` leaves to a man whose name holds it inside);
    None when no such name or several, or when its given name is a man's."""
    found = {" ".join(t) for t in _body_names(text) if len(t) >= 4 and t[-1] == surname and t[-2] in _NAME_PARTICLES
             and t[-3][:1].isupper() and _GIVEN_GENDER.get(t[0].lower()) != "m"}
    return found.pop() if len(found) == 1 else None


def _namesake(surname: str, sex: str, text: str) -> str | None:
    """'Harold Quibell and his sister Margaret Quibell ... Ms Quibell said': of the people the article names with
    ``surname``, the one whose given name is of ``sex``, when they are several and one only is."""
    names = _namesakes(text).get(surname, ())
    of_sex = [n for n in names if _GIVEN_GENDER.get(n.split()[0].lower()) == sex]
    return of_sex[0] if len(names) > 1 and len(of_sex) == 1 else None


@lru_cache(maxsize=32)
def _full_names_by_word(text: str) -> dict[str, tuple[tuple[int, str], ...]]:
    """Surname or first word -> (start, full name) of each writing of the people's names of two words or more that
    end or open with it (as :func:`_body_names` reads them), in reading order."""
    body = _body(text)
    out: dict[str, list] = {}
    for a, b, form, kind in _people_mentions(text):
        toks = _name_tokens(form) if kind in ("person", "organisation") and body[a:b].strip() else []
        toks = _common_lead(toks, text)
        # (and a paternal surname inside a name of three words or more, "Rodrigo Doe Salinas" for "Doe": not a
        # given name nor a particle there)
        inner = {w for w in toks[1:-1] if w.lower() not in _ANY_GIVEN_NAMES and w not in _NAME_PARTICLES
                 and w[:1].isupper()} if len(toks) >= 3 else set()
        if len(toks) >= 2:
            for word in {toks[0], toks[-1]} | inner:
                out.setdefault(word, []).append((a, " ".join(toks)))
    return {k: tuple(v) for k, v in out.items()}


# a namesake set apart from the one just named ("not related to ", "no relation of ")
_NO_RELATION_BEFORE = re.compile(r"\b(?:not|no)\s+(?:related|relation|kin)\s+(?:to|of)\s+$")


def _namesake_before(word: str, text: str, at: int, sex: str | None) -> str | None:
    """'Jo Chan Siu-fong, 34, ... Chan said', the sister Ann Chan Siu-wah named only later: of the people the article
    names in full with ``word`` as surname or first word, when they are several, the one named before ``at``; with
    ``sex`` (a form of address), the latest of those so named whose given name is not of the other sex, named in a
    later sentence than any other ("Jo Doe said ... / He was joined by Sylvie Doe, the mayor. ... Ms. Doe said"),
    but not a namesake named in passing after the form of address was used for the one named before ("Mr Doe said
    ... his father, Abe Doe, ... Mr Doe said": the first); else None (none, or several before and no sex or sentence
    to choose by: "Jo Doe and Sylvie Doe met")."""
    found = [(a, n) for a, n in _full_names_by_word(text).get(word, ()) if not n[:1].islower()]  # (not "de Silva")
    if len({n for _a, n in found}) < 2:
        return None
    before = [(a, n) for a, n in found if a < at and not (sex and _GIVEN_GENDER.get(n.split()[0].lower(), sex) != sex)]
    if _NO_RELATION_BEFORE.search(text, max(0, at - 24), at):
        before = [(a, n) for a, n in before if _SENTENCE_END.search(text, a, at)]  # ('Cde Jo Dube, who is not
        # related to Mr Dube the fitter, said': the other Dube, not the one the clause goes on about)
    if not before or len({n for _a, n in before}) > 1 and not sex:
        return None
    last = before[-1][1]
    other = max((a for a, n in found if a < at and n != last), default=-1)
    if other >= 0 and not _SENTENCE_END.search(text, other, before[-1][0]):
        return None
    if sex and other >= 0 and _addressed_between(word, sex, text, other, before[-1][0]):
        return next(n for a, n in found if a == other)  # ('Mr Doe said ... his father, Abe Doe ... Mr Doe said')
    return last


def _office_after_the(m: re.Match, r: tuple) -> bool:
    """Whether a passive's agent after "the" is an office or only part of a name ("by the Director of Public
    Prosecutions", "by the Solicitor General, Jo Doe"), not a body named whole ("by the Kelby Institute"):
    ``m`` is the match of :data:`_AGENT`'s pattern, ``r`` the agent resolved, (name, source type, role, kind)."""
    return m["the"] is not None and (r[0] != m.group("who").strip() or r[3] == "person")


def _addressed_between(word: str, sex: str, text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] writes ``word`` after a form of address of ``sex`` ("Mr Doe" for "m")."""
    return any(_address_sex(m.group()) == sex
               for m in _rx(rf"\b[A-Z][a-z]*\.?\s+{re.escape(word)}\b").finditer(text, lo, hi))


@lru_cache(maxsize=4096)
def _shared_surname(given: str, text: str) -> str | None:
    """'retired couple Jo and Ann Doe ... Jo, 71, said': a given name written first of two given names that share
    the surname after the second ("Jo and Ann Doe", each name opening its own run: not "Ann Roe and Jo Doe", nor
    "San Francisco and Jo Doe"), the one such surname in the article: the person's full name; else None."""
    if given.lower() not in _ANY_GIVEN_NAMES:
        return None
    found = _couples(text).get(given, ())
    return f"{given} {next(iter(found))}" if len(found) == 1 else None


# "Jo and Ann Doe": a word, "and", a word and a surname (every start, overlapping: see _couples)
_COUPLE = re.compile(rf"(?<![\w’'\-])(?=([{_UC}][\w’'\-]*) and ([{_UC}][a-z]+) ([{_UC}][\w’'\-]+)\b)")


@lru_cache(maxsize=16)
def _couples(text: str) -> dict[str, frozenset[str]]:
    """First given name -> the surnames written after it, "and" and a second given name ("Jo and Ann Doe": "Jo" ->
    {"Doe"}), when no capitalised word stands right before the first (not "San Francisco and Jo Doe"): once per
    text, for :func:`_shared_surname`."""
    out: dict[str, set] = {}
    for m in _COUPLE.finditer(text):
        first, second, surname = m.groups()
        if second.lower() in _ANY_GIVEN_NAMES and surname.lower() not in _ANY_GIVEN_NAMES \
                and not _CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            out.setdefault(first, set()).add(surname)
    return {k: frozenset(v) for k, v in out.items()}


# a capitalised word right before a space ("San Francisco", "Harriet Blaine"): the next word goes on its name
_CAPITALISED_BEFORE = re.compile(rf"[{_UC}][\w’'\-]*[^\S\n]$")


def _address_sex(run: str) -> str | None:
    """'m' for a run opened by "Mr" (or another man's form of address: address_sex), 'f' for one opened by
    "Mrs", "Ms", "Miss" (or another woman's), else None."""
    m = _HONORIFIC.match(run)
    return None if m is None else _ADDRESS_SEX[m.group(1)]


def _common_lead(toks: list[str], text: str) -> list[str]:
    """Drop leading words before a given name or that the text also writes in lower case ("Celebrities Julianne
    Moore", "Democrat Hillary Clinton"), keeping at least two words and any known given name ("Will", "Mark"), and
    a first word the mention layer reads alone as that person ("Jo Muhammad Doe ... Dr. Jo said": a given name
    before the father's, Arabic and Kurdish style)."""
    while len(toks) > 2 and toks[0].lower() not in _GIVEN_GENDER and (
            toks[0].lower() in _lower_words(text)
            or toks[1].lower() in _GIVEN_GENDER and toks[0] not in _given_names_alone(text)
            and not _layer_name_opens(tuple(toks[:2]), text)
            or " ".join(toks[1:]) in _person_forms(text)[0] and " ".join(toks) not in _person_forms(text)[1]):
        toks = toks[1:]
    return toks


@lru_cache(maxsize=32)
def _person_forms(text: str) -> tuple[frozenset, frozenset]:
    """The full names and all the forms of the persons the mention layer reads in ``text`` ("Minister of Industry
    Jo Doe": "Jo Doe", the words before it the title's; not "Ann Ní Doe", a form of hers, for "Ní Doe")."""
    people = [e for e in _layer_entities(text) if e.kind == "person"]
    return frozenset(e.name for e in people), frozenset(f for e in people for f in e.forms)


@lru_cache(maxsize=256)
def _layer_name_opens(toks: tuple[str, ...], text: str) -> bool:
    """A person's name that the mention layer reads in ``text`` opens with ``toks`` ("Jo Kel" of "Dr. Jo Kel bin
    Doe": a given name, then the father's, not a word before a given name), and stands somewhere not after "of",
    "for" or "the" (not "Dean of Admissions Jo Doe", "Speaker of the House Jo Doe": an office's charge the layer
    may take in)."""
    lead = " ".join(toks) + " "
    return any(name.startswith(lead) and re.search(rf"(?<!\bof )(?<!\bfor )(?<!\bthe ){re.escape(name)}", text)
               for name in _person_forms(text)[0])


@lru_cache(maxsize=32)
def _given_names_alone(text: str) -> frozenset:
    """The first words of people's names that the mention layer reads alone as the same person in ``text``
    ("Jo Muhammad Doe ... Dr. Jo said": "Jo")."""
    return frozenset(f for e in _layer_entities(text) if e.kind == "person" for f in e.forms
                     if " " not in f and e.name.split()[0] == f)


@lru_cache(maxsize=256)
def _linked_word(word: str, text: str) -> str:
    """The full name of the one person the mention layer links ``word`` alone, or a title and ``word``, to in
    ``text``, ``word`` a word of the name before its last ("Jo anak Kelbo ... Jo said", "Jane Kelbo Tarn ... Mama
    Jane said", "Jo Kelbo Tarn ... Kelbo said": a given or a father's name the other readings leave bare); else ''
    (a surname left bare stays so: the title-holder readings work on it)."""
    people = [e for e in _layer_entities(text) if e.kind == "person" and word in e.name.split()]
    if len(people) != 1 or word not in people[0].name.split()[:-1]:
        return ""  # (not a word two people's names hold: "Jo Chan Mei-ling and her brother Chan Ka-wai")
    return people[0].name if any(f == word or f.endswith(" " + word) and len(f.split()) == 2
                                 for f in people[0].forms) else ""


@lru_cache(maxsize=32)
def _styled_given_name(name: str, text: str) -> str:
    """The full name of the person the mention layer reads a style and a given name as in ``text`` ("Jo Tarno Doe
    ... Don Jo said": :func:`mentions.name_styles`; not "Don Scott ... Scott Doe", a man's own name); else ''."""
    return next((e.name for e in _layer_entities(text) if e.kind == "person" and name in e.forms and e.name != name),
                "")


def _canonical_name(name: str, text: str, sex: str | None = None, at: int | None = None) -> str:
    """The fullest name the article gives the person called ``name``; with ``sex`` ('m' or 'f', from a form of
    address before the name), a surname that several people bear is the one of them of that sex; with ``at`` (where
    the name stands), the one of them named in full before it (:func:`_namesake_before`)."""
    if full := _particle_surname_of(_name_token_tuple(name), text):
        return full  # ("De la Torre said": "Ana de la Torre Ruiz")
    toks = _common_lead(_name_tokens(name), text)
    if len(toks) == 2 and toks[0].lower() in _NAME_STYLES and (full := _styled_given_name(" ".join(toks), text)):
        return full  # ("Don Jo said", "Si Ahmed said": the person the mention layer names so)
    if not toks:  # "May", "Mrs May": a month as a surname is no name token, but the article may name her in full
        last = _strip_possessive(name.split()[-1]) if name.split() else ""
        return _full_names(text).get(last, name.strip()) if last in _SURNAME_MONTHS else name.strip()
    if len(toks) == 1:
        return sex and _namesake(toks[0], sex, text) or sex == "f" and _married_name(toks[0], text) \
            or at is not None and _namesake_before(toks[0], text, at, sex) or _full_names(text).get(toks[0]) \
            or _full_names(text).get(_article_lowered(toks[0], text)) or _article_cut_off(toks[0], text) \
            or _named_by_part(toks[0], text, sex) or _shared_surname(toks[0], text) or _nicknamed(toks[0], text) \
            or _linked_word(toks[0], text) or _layer_person_of(toks[0], text) or toks[0]
    full = " ".join(toks)
    longer = _full_names(text).get(toks[-1])
    if longer and longer.endswith(full) and len(longer) > len(full):
        return longer
    return fathered if (fathered := _with_father(full, text)) != full else _layer_person_of(full, text) or full


@lru_cache(maxsize=256)
def _layer_person_of(name: str, text: str) -> str:
    """The full name of the one person the mention layer gives ``name`` as another form ("Jo Kelbo, known in the
    village as 'Big Jo' ... Big Jo said": "Jo Kelbo"; "Datu Jo Kelbo ... Datu Jo said": a name of no word of the full
    name, or its first words, two or more); else '' (a word of the full name left bare stays so: the namesake and
    title-holder readings work on it)."""
    words = set(name.split())
    fulls = {e.name for e in _layer_entities(text) if e.kind == "person" and name in e.forms and e.name != name
             and (not words & set(e.name.split()) or len(words) > 1 and (
                 e.name.startswith(name + " ") or e.name.split()[-1] not in words))}  # (two words or more the layer
    # joined, no surname of the full name's: "Mai Jo, as the vendors call Jo Doe"; "Datu Jo" of "Datu Jo Kelbo"; not
    # "Van Dijk", whom the namesake readings choose)
    return fulls.pop() if len(fulls) == 1 else ""


def _article_cut_off(word: str, text: str) -> str:
    """The full name of the one person whose surname is ``word`` after a glued Arabic article ("Kelbani" of "Jo
    al-Kelbani", read without its article where a pronoun takes it up); else '', and '' when two people bear that
    surname (a father and a son: the namesake rules before this one choose, or no one) or when ``word`` opens
    another person's name ("Kelbani Roe ... Jo al-Kelbani ... Kelbani said": his given name)."""
    names = _namesakes(text)
    fulls = {full for surname, fs in names.items() for full in fs
             if surname.endswith("-" + word) and _GLUED_ARTICLE.fullmatch(surname)}
    if len(fulls) != 1 or any(f.split()[0] == word for fs in names.values() for f in fs):
        return ""
    return fulls.pop()


def _article_lowered(word: str, text: str) -> str:
    """A surname opened by a capitalised Arabic article, the article in lower case as a full name writes it
    ("Al-Tarni", opening a sentence: "al-Tarni") when ``text`` names exactly one person so (a person the mention
    layer reads); else '', and '' when ``text`` uses the word so written as a body's name (a company or a family:
    "Saudi lender Al-Rajhi ... Sulaiman al-Rajhi", :func:`_body_so_written`)."""
    low = word[:1].lower() + word[1:]
    if low == word or not _GLUED_ARTICLE.fullmatch(low) or _body_so_written(word, text):
        return ""
    named = _namesakes(text).get(low, ())
    persons = {form for _a, _b, form, kind in _people_mentions(text) if kind == "person" and form.endswith(low)}
    return low if len(named) == 1 and persons else ""  # (several al-Thani: "Al-Thani said" stays as written)


# a word after a capitalised name that makes it a body's, a movement's or a family's (quotes_words.yml)
_ARABIC_BODY_WORDS = "|".join(map(re.escape, _W["arabic_body_words"]))


def _body_so_written(word: str, text: str) -> bool:
    """Whether ``text`` uses ``word`` (a capitalised "Al-Doe") as a body's, a movement's or a family's name: the
    mention layer reads it so, or "the" opens it or a body's word follows it ("the Al-Sabah family", "Al-Shabaab
    fighters attacked")."""
    if any(form == word and kind == "organisation" for _a, _b, form, kind in _people_mentions(text)):
        return True
    w = re.escape(word)
    return bool(re.search(rf"\b(?i:the)\s+{w}\b|\b{w}\s+(?:{_ARABIC_BODY_WORDS})\b", text))


@lru_cache(maxsize=16)
def _particle_surname_of(toks: tuple[str, ...], text: str) -> str | None:
    """'De la Torre said', 'Van der Berg said': a surname that opens with a capitalised particle stands for the one
    person the article names in full with it, the particle in lower case, after a given name ("Ana de la Torre Ruiz",
    "Pieter van der Berg"), when no one is named with it written exactly so ("Mayor Pieter Van Dijk"); else None."""
    if len(toks) < 2 or not toks[0][:1].isupper() or toks[0].lower() not in _NAME_PARTICLES:
        return None
    inner = (toks[0].lower(), *toks[1:])
    n = len(inner)
    names = _body_names(text)
    if any(b[k:k + n] == toks for b in names for k in range(1, len(b) - n + 1)):
        return None  # ("Ann De Souza ... Jo de Souza ... De Souza said": the name written exactly so comes first)
    found = {" ".join(b) for b in names
             if any(b[k:k + n] == inner for k in range(1, len(b) - n + 1)) and b[0].lower() not in _NAME_PARTICLES}
    return found.pop() if len(found) == 1 else None


# a nickname in quotation marks between a given name and a surname: 'Somchai "Lek" Kelby' (see _nicknamed): the
# quoted word (searched for first: quotation marks are few), then the names on either side
_NICKNAME_QUOTED = re.compile(r" [\"“‘']([A-Z][\w’'\-]*)[\"”’'] ")
_NAME_WORD_ENDING = re.compile(rf"(?:^|\s)([{_UC}][\w’'\-]+)$")
_NAME_WORD_OPENING = re.compile(rf"[{_UC}][\w’'\-]+")


@lru_cache(maxsize=16)
def _nicknames(text: str) -> dict[str, frozenset[str]]:
    """Each nickname the article writes inside a name -> the names ("Somchai Kelby") it is written in."""
    found: dict[str, set[str]] = {}
    for m in _NICKNAME_QUOTED.finditer(text):
        given = _NAME_WORD_ENDING.search(text, max(0, m.start() - 40), m.start())
        surname = _NAME_WORD_OPENING.match(text, m.end())
        if given and surname:
            found.setdefault(m.group(1), set()).add(f"{given.group(1)} {surname.group()}")
    return {k: frozenset(v) for k, v in found.items()}


def _nicknamed(word: str, text: str) -> str | None:
    """The one person whose name the article writes with ``word`` as a nickname in quotation marks between the given
    name and the surname ('Somchai "Lek" Kelby ... said Khun Lek': "Somchai Kelby") and after a form of address
    somewhere, as Thai copy names the person again ("Khun Lek", "Mr Lek"); else None."""
    names = _nicknames(text).get(word, ())
    if len(names) != 1 or not addressed_as(text, word):
        return None  # (a scare-quoted word in a headline, 'Kelby "Vanguard" Fund Under Investigation': no one)
    return next(iter(names))


@lru_cache(maxsize=16)
def _patronymic_names(text: str) -> tuple[str, ...]:
    """The article's full names with a patronymic particle inside ("Jo Hakim bin Doe"), once per text."""
    return tuple(f for fs in _namesakes(text).values() for f in fs
                 if any(w.lower() in _PATRONYMIC_PARTICLES for w in f.split()[1:-1]))


def _with_father(full: str, text: str) -> str:
    """A name given in full with its father's name after a patronymic particle (table patronymic_particles: "Jo
    Hakim bin Doe", "Ana Huda binte Roe"), when the article names one person so: the person called by the given
    names ``full`` ("Mr Jo Hakim said"); else ``full``."""
    n = len(full.split())
    found = {f for f in _patronymic_names(text)
             if f.startswith(full + " ") and len(f.split()) > n + 1 and f.split()[n].lower() in _PATRONYMIC_PARTICLES}
    if not found and n >= 2:  # "Ms Nur Aisyah said" after "Ms Nur Aisyah Abdul Rahman": called by the given names
        found = {f for fs in _namesakes(text).values() for f in fs if f.startswith(full + " ")}
        one = found.pop() if len(found) == 1 else None
        if not one or len({m.group(1) for m in _rx(re.escape(full) + r" ([A-Z][\w’'-]+)").finditer(text)}) > 1 \
                or one.split()[n].rstrip(".") in _GENERATIONS or len(one.split()[-1]) < 3 \
                or not _person_not_title(one, text) or _rx(re.escape(one) + r"\s+(?:and|&)\s").search(text):
            return full  # (not "Jo Doe Jr" nor "Jo Doe Q.C.", nor a body's name: "Kelby Arches Regeneration and
            # Housing LLP", nor one of two so named: "Jo Ann Doe ... Conservative Jo Ann Roe")
        return one
    return found.pop() if len(found) == 1 else full


# particles before a father's name in a person's full name ("bin", "binte", "a/l"): the mention layer's table
_PATRONYMIC_PARTICLES = patronymic_particles()
_PATRONYMIC_STYLES = patronymic_styles()
_NAME_STYLES = name_styles()  # "Don", "Si" before a given name (:func:`_canonical_name`)


def _person_not_title(full: str, text: str) -> bool:
    """A name of three words or more that is a person's, not a title or a body's name that holds one: its last
    word no common or organisation word, and the text never writes it after "the" ("The Rachel Doe Show")."""
    last = full.split()[-1].lower()
    return last not in _lower_words(text) and last not in _ORG_WORDS \
        and "the " + full not in text and "The " + full not in text


def _person_noun(word: str) -> bool:
    """A person's noun (``_PERSON_HEADS``), or a compound that ends with one of six letters or more
    ("schoolteacher", "ex-footballer")."""
    return word in _PERSON_HEADS or any(word.endswith(h) for h in _LONG_PERSON_HEADS)


def _nickname_only(name: str, text: str) -> bool:
    """The text writes ``name`` only in quotation marks, right after the opening mark: a nickname ('known throughout
    the county as "Berry Paddy"'), no person's full name that a part of it stands for."""
    return all(text[k - 1:k] in _OPENING_MARKS for k in _finds(text, name))


_OPENING_MARKS = frozenset('"“‘\'')


@lru_cache(maxsize=1024)  # (keyed by the text too: a bounded few articles' words)
def _named_by_part(word: str, text: str, sex: str | None = None) -> str | None:
    """The one full name of the article that opens with ``word`` (a person called by a given name: "Sir Keir",
    Malaysian "Dr Suresh"), or holds it before a hyphened given name written last ("Kelvin Doe Chi-wai" is
    "Mr Doe"), or holds it inside a name of three words or more (a paternal surname before the maternal one,
    "Rodrigo Doe Salinas" is "Doe"; a Chinese surname before a given name of two words, "Ann Doe Mei Ying" is
    "Ms Doe"); None when no name or several do. A run the text goes on with '&' is the head of a body's name
    ("Tarnside Sports & Leisure"), not a person's."""
    found = {f for fs in _namesakes(text).values() for f in fs if f.split()[0] == word or (
        word in f.split()[1:-1] and _person_not_title(f, text) and _inner_surname(word, f, text, sex))}
    found = {f for f in found if not _nickname_only(f, text)}
    full = found.pop() if len(found) == 1 else None
    return None if full is None or full + " &" in text else full


# given names, of either sex: a given name inside a name of three words is a middle name ("Jo Paul Doe")
_ANY_GIVEN_NAMES = resource_lines("stakeholders_given_names.txt", lower=True) | frozenset(_GIVEN_GENDER)


def _inner_surname(word: str, full: str, text: str, sex: str | None) -> bool:
    """``word`` inside the name ``full`` may be the person's surname ("Rodrigo Doe Salinas", "Ann Doe Mei Ying"):
    not a given name inside a name of three words (a US middle name, "Jo Paul Doe"), not when the person's given
    name is of the other sex than the address before ``word``, and not when the article introduces a person of
    that name on its own ("Mr. Doe, a local farmer,") or gives ``word`` a title no one gives ``full`` ("Sen. Doe"
    for "Rep. Ann Doe Kell"). The given name's sex, when the name table knows it, must agree with the address;
    and the article must not introduce ``word`` apart (:func:`_introduced_apart`: "Her aide, Mr. Doe, said")."""
    words = full.split()
    if len(words) == 3 and word.lower() in _ANY_GIVEN_NAMES and not _HYPHENED_GIVEN.match(words[-1]):
        return False  # (not "Kelvin Lee Chi-wai": a given name written last, hyphened, makes "Lee" the surname)
    known = _GIVEN_GENDER.get(words[0].lower(), sex)
    if sex and known != sex:
        return False
    return not _introduced_apart(word, full, text) and not _other_title(word, full, text)


def _introduced_apart(word: str, full: str, text: str) -> bool:
    """The article introduces ``word`` as someone other than ``full``: an appositive or an age after it before
    ``full`` is first named ("Mr. Doe, a local farmer, ..." first), or after a role noun that no title of
    ``full`` repeats ("Her aide, Mr. Doe, said"; not "The prime minister, Mr. Doe," after "Prime Minister Ann
    Doe Kell")."""
    first = text.find(full)
    seen = _rx(rf"\b{re.escape(word)}, (?:(?:an?|the) [a-z]|\d+,)").search(text)
    if seen and (first < 0 or seen.start() < first):
        return True
    for m in _rx(rf"\b([a-z]+), (?:(?:{'|'.join(_HONORIFICS)})\.? )?{re.escape(word)},").finditer(text):
        if not _rx(rf"\b(?i:{re.escape(m.group(1))})\.? (?:[A-Z][\w.’'-]* )*?{re.escape(full)}").search(text):
            return True  # (the role before the comma is no title the story gives the full name)
    return False


# a Cantonese given name of two syllables written last with a hyphen: "Chi-wai", "Ka-chiu"
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+$")


def _other_title(word: str, full: str, text: str) -> bool:
    """The article writes ``word`` alone after a title ("Sen. Doe") and ``full`` after titles, none of them that
    one ("Rep. Ann Doe Kell")."""
    own = {m.group(1).rstrip(".").lower() for m in _rx(rf"\b([A-Z][a-z]+\.?) {re.escape(full)}\b").finditer(text)
           if _is_title(m.group(1))}
    alone = {m.group(1).rstrip(".").lower() for m in _rx(rf"\b([A-Z][a-z]+\.?) {re.escape(word)}\b(?! [A-Z])")
             .finditer(text) if _is_title(m.group(1)) and m.group(1).rstrip(".") not in _HONORIFICS}
    return bool(own) and any(not any(t.startswith(o) or o.startswith(t) for o in own) for t in alone)


# forms of address, no role ("Ms McDonald said")
_HONORIFICS = frozenset(_W["forms_of_address"])
_STYLES = frozenset(_W["styles_of_address"])
_ADDRESS_OFFICE = {str(k): str(v) for k, v in _W["address_for_office"].items()}
_BENCH_OF = {str(k): tuple(map(str, v)) for k, v in _W["bench_of_office"].items()}
# "her Honour", "His Honor": a possessive, then a form of address standing for an office (address_for_office)
_ADDRESSED_BY = re.compile(r"\b(?:[Hh]is|[Hh]er|[Yy]our) (?:" + "|".join(k.capitalize() for k in _ADDRESS_OFFICE) + r")$")


def _after_titles(name: str) -> str:
    """A person's name without the place and title words the mention layer may leave before it ("Kelby Regent Jo
    Doe": "Jo Doe"), when at least two words follow the last title."""
    words = name.split()
    last = max((x for x, w in enumerate(words[:-2]) if _is_title(w) and w[:1].isupper()), default=None)
    return " ".join(words[last + 1:]) if last is not None else name


def _head_phrase(mention: str) -> str:
    """The mention cut before an appositive or relative clause (a body's initials in brackets inside it left out:
    "Kelby Unionist Party (KUP) MLA Jo Doe, who ..." is "Kelby Unionist Party MLA Jo Doe")."""
    mention = _INITIALS_INSIDE.sub(_initials_before_role, mention)
    portfolio = _PORTFOLIO_LIST.match(mention)
    keep = portfolio.end() if portfolio and _is_title(portfolio.group(1)) and not any(
        _is_person_name(field.strip()) for field in portfolio.group().split(",")[1:]) else 0  # (commas of the title)
    head = re.split(r",(?!\d{3}\b)|\(|\s[—–-]\s|—|–|\s(?:who|which|that|whose|whom)\s", mention[keep:],
                    maxsplit=1)[0]  # (not the comma of a number: "the 3,000 fans")
    return (mention[:keep] + head).strip()


# a title whose portfolio lists its fields with commas and "and" ("Minister of Health, Sport and Culture Jo Doe"),
# up to the "and": the commas are inside the head (_head_phrase)
_PORTFOLIO_LIST = re.compile(rf"([{_UC}][a-z]+)\s+(?:of|for)\s+(?:the\s+)?(?:[{_UC}][\w\-]*\s+)*[{_UC}][\w\-]*"
                             rf"(?:,\s+(?:[{_UC}][\w\-]*\s+)*[{_UC}][\w\-]*)+,?\s+and\s+(?=[{_UC}])")


def _portfolio_commas_out(mention: str) -> str:
    """``mention`` with the commas of a title's portfolio list (:data:`_PORTFOLIO_LIST`: "Minister of Health, Sport
    and Culture") made spaces, so that the comma after the whole title is the first ("Minister of Health, Sport and
    Culture, Dr Jo Doe"); the same length, the same offsets."""
    portfolio = _PORTFOLIO_LIST.match(mention)
    if not portfolio or not _is_title(portfolio.group(1)):
        return mention
    return portfolio.group().replace(",", " ") + mention[portfolio.end():]


# a body's initials in brackets after its name and before more of the mention's head, a capitalised title and a
# name ("Kelby Unionist Party (KUP) MLA Jo Doe"; not before a comma, a lower-case word or the end: "the Kelby Farmers
# Union (KFU), which ...", "the Kelby Health Service (KHS) in the north")
_INITIALS_INSIDE = re.compile(r"(?<=[A-Za-z]) \([A-Z]{2,6}\)(?= [A-Z]|(?P<role>(?: [a-z][\w\-]*){1,3}) [A-Z])")
# (or before one to three lower-case role words and a name: "the Kelby Farmers Party (KFP) youth chief Jo Doe", when
# the last of them is a person's noun or a title: _initials_before_role)


def _initials_before_role(m: re.Match) -> str:
    """"" for a body's initials in brackets that :data:`_INITIALS_INSIDE` finds before a name, or before lower-case
    role words ending in a person's noun or a title and then a name; else the brackets as written ("the Kelby
    Health Service (KHS) in Tarno": a place after a preposition)."""
    role = m.group("role")
    return "" if not role or role.split()[-1] in _ROLE_END_NOUNS or _is_title(role.split()[-1]) else m.group()


# a person's nouns that may end lower-case role words before a name (_initials_before_role)
_ROLE_END_NOUNS = frozenset(_W["person_nouns"]) | frozenset(_W["generic_heads"])


# a name in apposition after a description: ", Jo Doe," (a lower-case particle may stand inside it: ", Jo ap Kelby,")
# (a seat in brackets may follow it: ", Senator Jo Doe (Kelby North),")
# "Chief Executive of Acme, Dr Jo Doe": a capitalised role (of a body), a comma, a name (_Resolver._role_first_name)
# (a body's name with its initials in brackets after the first word, and an adjective, count as none of the seven:
# "The ruling Kelby Farmers Union (KFU) regional secretary for Kelby East, Jo Doe")
_ROLE_FIRST_NAME = re.compile(rf"(?P<desc>[{_UC}][\w’'\-]*"
                              rf"(?:(?:\s+[a-z]+)?(?:\s+(?:[{_UC}][\w’'\-&.]*|of|for|and|the))*\s+\([A-Z]{{2,6}}\))?"
                              r"(?:\s+[\w’'\-&().]+){0,13}?),\s+(?:the\s+)?"
                              rf"(?P<name>[{_UC}][^,]{{2,60}}?)(?:,?\s+(?:who|whose|known|nicknamed)\s.*|,?)")
# (up to fourteen words of a long office, "Minister of State in the Office of the Premier with responsibility for
# Ports"; a relative clause may follow the name: ", Dr Jo Doe, who piloted the Bill,", or a nickname: "Its founder,
# Jo Doe known in the town as 'Jo the Yank',"; a style of address may open with "the": "Minister of Works, the Hon.
# Jo Doe")
# an "and" or a comma where a subject is cut inside a body's name ("The Ferrymen and | Lock Keepers' Union")
_CUT_IN_NAME = re.compile(r"(?:,|\sand)\s+$")
# "Jo Doe of the Kelby Cree Nation": a person, then the body she belongs to (_Resolver._body_of_person)
_PERSON_OF_BODY = re.compile(r",?\s+(?:of|from|at)\s+(?:the\s+)?")
_PERSON_AT_BODY = re.compile(r"\s+(?:at|of)\s+(?:the\s+)?")  # ("Jo Doe at Kelby Sachs" though read as a person)
# "Kelby Storage Alliance chair Jo Doe": a body, one to three lower-case role words, then the person
_BODY_ROLE_PERSON = re.compile(r"(?:[’']s)?\s+(?:[a-z][a-z\-]+\s+){1,3}")
# an Arabic name's article written in lower case and glued to the part it opens ("al-Doe", "el-Roe", "ash-Kel"):
# the mention layer's table (stakeholders_rules.yml arabic_articles)
_GLUED_ARTICLES = "|".join(sorted((w.rstrip("-") for w in arabic_articles()), key=len, reverse=True))
_GLUED_ARTICLE = re.compile(rf"(?:{_GLUED_ARTICLES})-[A-Z][a-z]+(?:[’']s)?")
# a surname opened by an elided "de" in lower case ("d’Almeida", "d'Arvy"): "Mr d’Almeida", "Jo d'Arvy"
_ELIDED_SURNAME = re.compile(rf"d[’'][{_UC}][a-z]+(?:[’']s)?")
_APPOSITIVE_NAME = re.compile(rf",\s*((?:[{_UC}][\w’'\-]*\.?\s?){{1,4}}"
                              rf"(?:(?:(?:{_PARTICLE_ALT}|{_GAELIC_ARTICLE})\s)+(?:(?:(?:{_GLUED_ARTICLES})-)?[{_UC}][\w’'\-]*\.?\s?){{1,3}})?"
                              rf"(?:(?:{_GLUED_ARTICLES})-[{_UC}][\w’'\-]*\s?)?)"  # (", Jo bin Kel al-Doe,")
                              rf"(?:\s*\([^()]{{1,40}}\))?"
                              rf"(?:\s*\b(?:of|at|from)\s+(?:the\s+)?[{_UC}][^,]{{0,60}})?(?:,|$)")  # (", Jo Doe of Doe & Co,")
# a lower-case trade's word opening an appositive before a name (", businessman Jo Doe,"): _described_then_named
_TRADE_BEFORE_APPOSED = re.compile(rf",\s*([a-z]+)(?=\s+[{_UC}])")
_ONE_OF_THEM = re.compile(r"one of (?:the|our|my|his|her|their) [a-z]+s$")  # "one of the owners": one unnamed person
# a role in apposition before a name, its form of address perhaps between ("its president, Mrs ")
_ROLE_THEN_ADDRESSED = re.compile(r"\b(?:its|their|the|his|her)\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+,\s+"
                                  r"(?:(?:Mrs|Ms|Miss|Mr|Dr)\.?\s+)?$")
# a relative clause still open at a comma ("One captain, who asked not to be named because, ")
_OPEN_RELATIVE = re.compile(r",\s+who\s+[^,“”\"]*,\s+$")
_CUE_THEN_MARK = re.compile(r"\w+\s+\w+,\s*[“\"‘]")  # a pronoun, its verb, a comma and a quotation ("he said, “")
_NEWCOMER_OPENER = re.compile(r"(?:A|An|One)\s+[a-z]")  # an indefinite description opening a clause ("One old hand")
_SPOKES_FORMS = {"spokesman": "spokesperson", "spokeswoman": "spokesperson"}  # one word for a spokesperson's role
_TOLD_THAT = re.compile(r"\s+(?:told|tell|tells)\s+(?:him|her|them|me|us)\s+[a-z]")  # ("I told him somebody ...")
# "a man named" and the like opening an appositive before the name it gives (", a man named Jo Doe,", ", a quietly
# spoken farmer called Jo Doe,"; no relative clause nor preposition: not ", a woman who called Jo Doe", ", a woman
# from a town called Kelby Bridge")
_KIND_NAMED = re.compile(r"^,\s+(?:a|an)\s+(?:(?!(?:who|whom|whose|that|which|of|from|at|in|with|near|on|for|to)\b)"
                         r"[a-z][\w-]*\s+){1,4}?"
                         r"(?:named|called)\s+(?=[A-Z])")
# the local word for a description glossed after it, between commas: ", or lantmann," (_described_then_named; not
# another person: ", or his deputy,")
_OR_GLOSS = re.compile(r"^,\s*or\s+(?!(?:his|her|their|its|the|a|an|one)\s)"
                       r"[^\W\d_A-Z][^\W\d_]*(?:\s+[^\W\d_A-Z][^\W\d_]*)?(?=\s*,)")
# a relative clause opening after a comma inside a mention (_Resolver._resolve_holder)
_RELATIVE_AFTER = re.compile(r",\s+(?:where|which|who|whose|whom)\b")
# a single word in apposition, capitalised with lower-case letters after it, then "who" or "whose": a person's one
# name (a place takes "where", a body "which"): "the firm's director, Doewanto, who" (_described_then_named: only
# after a person's noun; "the mayor of the town, Kelby, who" may name the town)
_SINGLE_NAME_WHO = re.compile(rf"[{_UC}][a-z][a-z’'\-]+\s*,\s+(?:who|whose)\b")
# capitalised words and a short bracketed note ending the text before a capitalised run: "Lake County (Ariz.)"
# before "Sheriff Jo Doe" (the run the name opens starts with them)
_ROLE_NOTE = re.compile(r"(?:\s+[A-Z][\w.\-]*)+\s+\([A-Z][\w.\-]{0,11}\)\s*$")
# the same name whole ("D.Doejav"): a full name, though one word
_GLUED_INITIALS_NAME = re.compile(_GLUED_INITIALS + _GLUED_NAME)
# a form of address in lower case opening an appositive (", mr. Jo Doe", Dutch and Belgian papers' "mr." of a lawyer)
# (or academic and professional titles abbreviated before a name, many in lower case: "Conf. univ. dr.", "Mag.
# Dr.", "ec.", "ing."): the article's title abbreviations, those that are also words among them
_NAME_TITLE_ABBREVIATIONS = title_abbreviations() | word_title_abbreviations()
_LOWER_ADDRESS = re.compile(
    rf"^(,\s*)(?:(?:{'|'.join(sorted((h.lower() for h in _HONORIFICS), key=len, reverse=True))})\.?\s+"
    rf"|(?:(?i:{'|'.join(sorted(map(re.escape, _NAME_TITLE_ABBREVIATIONS), key=len, reverse=True))})\.\s*)+)(?=[{_UC}])")
# title abbreviations and forms of address that end the text before a name ("The labour lawyer Sr. Dr. ")
_TITLES_BEFORE_NAME = _NAME_TITLE_ABBREVIATIONS | set(_W["address_abbreviations"]) | {h.lower() for h in _HONORIFICS}
# (capitalised, "Dr", "Mag.", "Sr.", or in lower case with its full stop, "dr.", "ing.": "miss", "doc", "st" are words)
_TITLES_ALTERNATION = "|".join(sorted(map(re.escape, _TITLES_BEFORE_NAME), key=len, reverse=True))
_TITLES_AT_END = re.compile(rf"\s(?:(?:(?=[A-Z])(?i:{_TITLES_ALTERNATION})\.?|(?:{_TITLES_ALTERNATION})\.)\s+)+$")
# a description of a body in apposition, then the body's name: ", the Doe family's investment company Kelby
# Holding AS," -> (the description's noun, the name)
_DESCRIBED_BODY = re.compile(rf",\s*(?:the|a|an|its|their)\s+(?:(?!(?:of|at|for|in|with)\s)[\w’'\-]+\s+){{0,5}}?([a-z]+)\s+"
                             rf"([{_UC}][\w’'\-&]*(?:\s+(?:(?:and|of|for|&)\s+)*[{_UC}][\w’'\-&.]*)+)\s*(?:,|$)")
_LEADING_BRACKET = re.compile(r"\s*\([^()]{1,40}\)")  # "chief engineer (stormwater drains), Jo Doe"


# an organisation's name in apposition after a description, perhaps with "the" and its abbreviation in brackets
_APPOSITIVE_BODY = re.compile(rf",\s*(?:the\s+)?(?:[{_UC}][\w’'\-]*-based\s+)?([{_UC}][\w’'\-]*"
                              r"(?:\s+(?:(?:and|of|for|in|on|the|&|de|du|des|la|del|et|di|della|delle|dei|degli|da|do"
                              rf"|dos|das)\s+)*[{_UC}][\w’'\-]*(?:(?<=&\sCo)\.(?=\s[{_UC}]))?"  # ("GmbH & Co. KG")
                              rf"|\s+\([{_UC}][\w]{{0,9}}\)(?=\s+[{_UC}]))*"
                              r"(?:(?:(?<=Ltd)|(?<=Inc)|(?<=Co)|(?<=Corp)|(?<=Bhd))\.)?(?:(?<=Co\.),\s+Ltd\.?)?)"
                              r"(?:\s*\([A-Z&]{2,10}\))?\s*(?:,|$)")
# (its legal form abbreviated with a stop: ", Kelby Petroleum Ltd., which ..."; East Asia's "Co., Ltd."; a place's
# "-based" before it is no part of the name: ", Tarno-based Kelby Feeds Ltd,")
_PLACE_OPENERS = frozenset({"in", "at", "from", "across", "near", "outside"})  # prepositions that open a place
# the same, closing the text before a name ("in the", "from")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_PLACE_OPENERS)) + r")\s+(?:the\s+)?$")
_LEAD_BODY_PREPOSITIONS = frozenset({"of", "in", "from", "for", "at", "representing", "that", "which", "whose"})
_OTHER_BODY_WORDS = frozenset(_W["other_body_words"])
_NOT_THE_SOURCE = tuple(_W["not_the_source_phrases"])
# ("Jo Doe of the village council", "Jo Doe from the local union": a person, then a body not named)
_OF_SPLIT = re.compile(r"\s+(?:of|for|at|from|with)\s+(?:the\s+)?(?=[A-Za-z])")


def _lower_body_after(words: list[str]) -> bool:
    """``words`` open with "of the"/"from the" and a lower-case word: a body the story does not name ("Jo Doe of
    the village council", "Jo Doe from the local union"), which the person before it speaks for."""
    return len(words) >= 3 and words[0] in ("of", "from") and words[1] == "the" and words[2][:1].islower()


# a capitalised word and the capital opening the next (a title and a name), not a possessive one: a saint's name
# names a place or a body ("Jo Doe of St. Mary's Hospital")
_TITLE_THEN_NAME = re.compile(rf"\b([A-Z][a-z]+\.?)\s+(?![{_UC}][\w\-]*[’']s\b)[{_UC}]")


def _org_word_after(head: str, at: int) -> bool:
    """The word after offset ``at`` of ``head`` is an organisation's word (org_words): the capitalised word
    before it opens a body's name, no title ("the Liberal and Reform Party")."""
    nxt = head[at:].split(None, 1)
    return bool(nxt) and nxt[0].strip(".,").lower() in _ORG_WORDS


# a person's noun in lower case and a capitalised name ("... Alliance leader Jo Doe"; quotes._name_before_of)
_HEAD_THEN_NAME = re.compile(rf"\b([a-z]+)\s+[{_UC}]")


def _person_named_after(head: str, at: int) -> bool:
    """A person's noun (person_nouns) and a capitalised name stand in ``head`` after offset ``at``: "and" there joins
    a second person ("Jo Doe of the Nurses' Union and Liberal Alliance leader Ann Roe"), the one named last."""
    return any(m.group(1) in _PERSON_HEADS for m in _HEAD_THEN_NAME.finditer(head, at))


def _name_before_of(head: str) -> str | None:
    """The words of ``head`` up to the first "of"/"for"/"at"/"from"/"with" that follows a person's name ("Jane
    Doe of Acme Corp", "nuclear expert Jo Doe of ...": role words may open it; "Leader of the Opposition R.
    Jo Doe of the KPP": not the first "of"), when no title and name stand after it ("Township of North
    Kelby Mayor Jo Doe": the name is after the title); else None."""
    for m in _OF_SPLIT.finditer(head):
        if not head[m.end()].isupper() and not _lower_body_after(head[m.start():].split(None, 3)):
            continue
        left = head[:m.start()]
        if not (left[-1:].isalpha() or left.endswith(_DOTTED_GENERATIONS)) or not left.split()[-1][:1].isupper():
            continue
        run = ([None] + list(_CAP_RUN.finditer(left.split(",")[0])))[-1]
        if run and head[m.end()].islower() and len(_name_tokens(run.group())) < 2:
            continue  # ("The Friends of the earth group": a lower-case body after a full name only)
        if run and _is_person_name(run.group()) and not all(map(_is_title, run.group().split())) \
                and _name_tokens(left) and not any(
                _is_title(t.group(1)) and not _org_word_after(head, t.end(1))
                for t in _TITLE_THEN_NAME.finditer(head, m.end())) \
                and not _given_name_ends(head, m.end(), run.group()) and not _person_named_after(head, m.end()):
            return left
    return None


def _office_of_then_name(head: str) -> tuple[str, str] | None:
    """(office, name) of ``head`` when one capitalised word, "of" and a run of capitalised words make it, the run
    ending in a given name and a surname: an office and its charge before a name ("Dean of Students Jo Doe",
    "Provost of the Kelby Law School Jane Roe"), not a person "of" somewhere ("Dean Smith of Acme", "Smith of
    Kelby Bank"); else None."""
    m = _OFFICE_OF.fullmatch(head)
    words = m.group(2).split() if m else []
    at = next((k for k in range(1, len(words) - 1) if words[k].lower() in _ANY_GIVEN_NAMES), None)
    if at is None or not _is_person_name(" ".join(words[at:])):
        return None
    return (m.group(1) + " " + " ".join(words[:at])).strip(), " ".join(words[at:])


# one capitalised word (or two joined by a hyphen: "Vice-Minister"), "of", perhaps "the", then capitalised words to
# the end (_office_of_then_name)
_OFFICE_OF = re.compile(rf"([{_UC}][a-z]+(?:-[{_UC}]?[a-z]+)?\s+of(?:\s+the)?)\s+((?:[{_UC}][\w’'\-]*\s*){{3,7}})")


def _given_name_ends(head: str, at: int, run: str) -> bool:
    """A name opened by a given name ends ``head`` after ``at``, and ``run`` (before "of"/"for") opens with none:
    'Independent Member for the Kelby region Tom Reed' is Tom Reed, a role before his name."""
    end = ([None] + list(_CAP_RUN.finditer(head, at)))[-1]
    return bool(end and end.end() == len(head) and run.split()[0].lower() not in _GIVEN_GENDER
                and end.group().split()[0].lower() in _GIVEN_GENDER and _is_person_name(end.group()))


# a bracketed honorific inside a name ("Chief (Mrs.) Jo Doe") or acronym after a body ("the Shareholders Forum of
# Nigeria (SFN), Jo Doe"): left out when a mention is read
_BRACKETED_HONORIFIC = re.compile(r"\((?:Mrs|Mr|Ms|Miss|Dr)\.?\)\s*|\s*\([A-Z][A-Z&.]{1,9}\)(?=,)")


_DESCRIBED_BY = re.compile(r"(?:(?i:a|an|the|one|another|two|three|several)\s+)?((?:[a-z][\w’'\-]*\s+){1,4}"
                           r"(?:for|to|at|of|with)\s+(?:the\s+)?[A-Z].*)")
_DESCRIBED_IN = re.compile(r"(?:(?i:a|an|the|one|another)\s+)?((?:(?:[a-z][\w’'\-]*|\d{1,3}-year-old)\s+){0,3}"
                           r"([a-z][\w’'\-]*)\s+"
                           r"(?:in|from)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)\s+"
                           r"|central\s+)?[A-Z].*)")  # (a compass point may stand before the place: "in eastern Kelby")


_DESCRIPTION_PREPOSITIONS = frozenset({"for", "to", "at", "of", "with", "in", "from"})  # of the two patterns above


def _described_in_a_place(opener: str) -> re.Match | None:
    """'a purchasing clerk in Kelby', 'a farmer from Ashby', 'residents in Kelby': people by a trade or a place, no
    name."""
    m = _DESCRIBED_IN.match(opener)
    if not m:
        return None
    head, before = m.group(2), opener[m.start(1):m.start(2)].split()
    # (or an agent noun of a trade: "a sports administrator in Kelby", "a fisheries inspector from Ashby"; or a
    # body's noun: "the biggest taxi drivers' union in southern Kelby"; plural too, "the three main rail unions in
    # Kelby", "the biggest private employers in Kelby"; or a participle after such a noun, "the four men arrested
    # in Kelby")
    return m if _speaking_noun(head) or head.endswith("ed") and before and _speaking_noun(before[-1]) else None


def _speaking_noun(word: str) -> bool:
    """A noun, singular or plural, for a person or a body that may speak: a person's noun, a trade's agent noun, a
    body's noun ("driver", "employers", "unions", "men")."""
    one = word[:-1] if word[-1:] == "s" and not word.endswith("ss") else _IRREGULAR_PLURALS.get(word, word)
    return any(w in _PERSON_HEADS or _AGENT_NOUN.fullmatch(w) or w in _ORG_WORDS or w in _BODY_NOUNS
               for w in {word, one})


# a first person's kin, "my father", "our mother" (the noun's sex in _HEAD_SEX): _Resolver._own_kin_before
_OWN_KIN = re.compile(r"\b(?:[Mm]y|[Oo]ur) ([a-z]+)\b(?![’'-])")
# a name in apposition after a kin noun ("my father, Jo Doe", "my uncle Jo"): the kin is named
_NAME_AFTER_KIN = re.compile(rf",?\s+[{_UC}]")


_NUMBER_WORDS = frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))
_IRREGULAR_PLURALS = {"men": "man", "women": "woman", "children": "child"}  # (of person_nouns)


# the styles of address English writes after "the" before a person's name ("the Rev. Jo Doe", "the Hon Jo Doe", "the
# Rt Hon Jo Doe", "the Ven. Jo Doe")
_STYLES_AFTER_THE = frozenset(("rev", "revd", "reverend", "hon", "honourable", "honorable", "rt", "right", "very",
                               "most", "ven", "venerable"))
# "the" before a style of address in an appositive (", the Hon Jo Doe", ", the Rt Hon Jo Doe", ", the Rev. Jo Doe"):
# the name after it, as without "the" (Commonwealth and Gibraltar copy styles ministers "the Hon")
_THE_STYLE = re.compile(r",\s*the\s+(?=(?:Rt\.?\s+|Right\s+|Most\s+|Very\s+)?"
                        r"(?:Hon|Honourable|Honorable|Rev|Revd|Reverend)\b)")
# a comma-separated part of a body's name that a description runs on with ("of the Guild of Potters, Weavers and
# Smiths"): capitalised words and the connectives between them
_NAME_PART = re.compile(rf",\s*[{_UC}][\w’'\-]*(?:\s+(?:(?:and|of|for|the|&)\s+)*[{_UC}][\w’'\-]*)*")
# an appositive of role words, then a name ("Kelby farmer Jo Doe"), closed by a comma or the mention's end
_ROLE_WORDS_NAME = re.compile(rf",\s*((?:[\w’'\-]+\s+){{1,3}}?)((?:[{_UC}][\w’'\-]*\s?){{2,4}})(?:,|$)")


def _later_appositive_name(rest: str) -> tuple[str, str] | None:
    """(name, the role words before it) of a person's name in apposition after a description's head, when the
    name comes after the rest of a body's name cut at its commas ("..., Weavers and Smiths, Mr Jo Doe") or after
    role words ("Its chairman, Kelby farmer Jo Doe, who ...", "Another resident, retired engineer Jo Doe,"); else
    None."""
    at, lead = 0, ""
    while (part := _NAME_PART.match(rest, at)) and not _APPOSITIVE_NAME.match(rest, at):
        at, lead = part.end(), lead + part.group()
    appos = _APPOSITIVE_NAME.match(rest, at)
    if lead and appos and _is_person_name(appos.group(1).strip()):
        return appos.group(1).strip(), lead
    m = _ROLE_WORDS_NAME.match(rest)
    words = m.group(1).split() if m else []
    noun = bool(words) and words[-1].lower() in _PERSON_HEADS  # ("retired engineer": a participle, a person's noun)
    if not m or not _is_person_name(m.group(2).strip()) or any(
            w in _FINITE or _is_cue(w) or w.lower() in _CLAUSE_BREAK or w.lower() in _DETERMINERS
            or w.lower() in _PREPOSITIONS
            or w.endswith(("ed", "ing")) and not (noun and w != words[-1])
            for w in words):
        return None
    return m.group(2).strip(), ", " + m.group(1).strip()


def _sentence_case(word: str) -> str:
    """A word of four letters or more written in capitals, as a tabloid opens a story ("RESIDENTS"), written as
    a sentence opens ("Residents"); any other word as it is."""
    return word.capitalize() if word.isupper() and len(word) > 3 and word.isalpha() else word


# a name of capitalised words (small joining words between) ending in dotted initials of any script: a company's
# legal form as many countries write it ("S.A.", "A.Ş.", "L.P.", "B.S.C."), unless a person's (_letters_of_person)
_DOTTED_LEGAL_FORM = re.compile(r"[^\W\d_a-z][\w’'\-&]*(?:,?\s+(?:[a-z]{1,3}\s+)?[^\W\d_a-z][\w’'\-&]*)*,?\s+"
                                r"((?:[^\W\d_a-z]\.)+[^\W\d_a-z]\.?)(?:\s*\([a-z]\))?")


def _letters_of_person(head: str, m: re.Match) -> bool:
    """The dotted letters that end ``head`` (matched by _DOTTED_LEGAL_FORM) are a person's: post-nominal letters
    ("Jo Doe Q.C.", "Jane Roe M.D."), or initials after a title or a person's noun ("Dr Jane Roe", "Engineer Anand
    V.K.") or after a given name ("Jo Doe J.P.")."""
    words = head[:m.start(1)].split()
    first = words[0].rstrip(".")
    return m.group(1).replace(".", "") in _POST_NOMINALS or _is_title(first) or first.lower() in _PERSON_HEADS \
        or first.lower() in _GIVEN_GENDER and _is_person_name(" ".join(words))


def _titled_seat(head: str) -> bool:
    """A capitalised title and the seat it is for, before a name in apposition ("Opposition MP for Kelby North",
    "Labour MP for Ashby and Kelby", then ", Mr Jo Doe")."""
    m = re.match(rf"((?:[{_UC}][\w’'\-]*\s+){{0,2}}[{_UC}][\w’'\-.]*)\s+for\s+[{_UC}]", head)
    return bool(m) and _is_title(m.group(1).split()[-1])


def _plural_common_noun(word: str, text: str) -> bool:
    """``word``, capitalised, is a plural noun of people ("Residents", "Campaigners", "Women") or a plural the text also
    writes in lower case ("Colleagues" and "colleagues"), and no surname of a person the text names in full
    ("Banks" of "Jo Banks"), no party's or club's name (``party_team_plurals``: "Liberals", "Chiefs") and none the
    text writes after "the" ("The Islanders lost ... Islanders said")."""
    return word[1:].islower() and word not in _PARTY_TEAM_PLURALS \
        and (word.endswith("s") and not word.endswith("ss") or word.lower().endswith(_IRREGULAR_PLURAL_ENDS)) \
        and (_people_noun(word) or word.lower() in _lower_words(text)) and word not in _full_names(text) \
        and not any(text.startswith(word, k) and _AFTER_THE_WORD_END.match(text, k + len(word))
                    for k in _after_the(text))


_PARTY_TEAM_PLURALS = frozenset(_W["party_team_plurals"])
# the irregular plurals of people's nouns: "Women say ...", "Fishermen", "Children", "Townsfolk" (_plural_common_noun)
_IRREGULAR_PLURAL_ENDS = ("men", "children", "people", "folk")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+")
# the end of a word written after "the" as a noun of its own: not a possessive nor before a capital ("The Islanders
# said", not "the Islanders' coach" nor "the Islanders Trust")
_AFTER_THE_WORD_END = re.compile(rf"\b(?![’']|\s+[{_UC}])")


@lru_cache(maxsize=32)
def _after_the(text: str) -> tuple[int, ...]:
    """The offsets of the words the text writes right after "the" or "The"."""
    return tuple(m.end() for m in _THE_BEFORE.finditer(text))


def _glued_surname(head: str, text: str) -> str | None:
    """The fullest name the article gives the person ``head`` names when it ends in a surname opened by a glued
    Arabic article or an elided "d'" ("Mr al-Doe", "Dr Jo el-Roe", "Me d'Arvy"): a title or a given name before it;
    else None."""
    toks = _name_tokens(head)
    if not toks or not all(t[:1].isupper() or t in _NAME_PARTICLES or _GLUED_ARTICLE.fullmatch(t)
                           or _ELIDED_SURNAME.fullmatch(t) for t in toks):
        return None
    canon = _canonical_name(" ".join(toks), text, _address_sex(head))
    return canon if len(canon.split()) > 1 or len(head.split()) > 1 and _is_title(head.split()[0]) else None


def _describe(mention: str, text: str) -> tuple[str, str, str | None, str]:
    """(canonical name, source_type, role, kind) of a speaker mention."""
    mention = _BRACKETED_HONORIFIC.sub("", mention.strip(" ,.;:"))
    mention = _NICKNAME_IN_NAME.sub("", mention)  # 'union president Robert "Bobby" Tanaka': the name without it
    first = mention.split(" ", 1)[0]
    mention = _sentence_case(first) + mention[len(first):]  # "RESIDENTS in Kelby"
    head = _head_phrase(mention)
    role = mention[len(head):].strip(" ,—–-") or None
    toks = head.split()
    if not toks:
        return mention, "anonymous", role, "person"
    if role and _NOT_NAMED.search(role) and re.match(r"(?i:a|an|one|another)\s", head):
        # "A sports administrator in Kelby ..., who asked not to be named": no one's name, nor the place's
        return " ".join(toks[1:]), "anonymous", role, "person"
    q = 1 if toks[0].lower() in _VAGUE | _NUMBER_WORDS else 0  # ("Some farmers at Kelby", "Two workers at Acme Ltd")
    if len(toks) > q + 2 and (toks[q + 1] in ("at", "in", "from", "across") or toks[q + 1] == "of" and q
                              and toks[q].islower()) and _plural_common_noun(toks[q], text):
        # "Parents at three small primary schools in Co Tyrone", "Workers at Acme Ltd", "Many residents of Kelby":
        # the people, not the place or the firm named after them (not "Friends of the Earth", a body's name)
        return head[:1].lower() + head[1:], "anonymous", role, "group"
    return _described_then_named(mention, head, toks, text) or _description_of(head, toks, role) \
        or _describe_head(head, toks, role, text)


def _described_then_named(mention: str, head: str, toks: list[str], text: str):
    """A description, then the name of the person or body it describes ("A Skyline spokesman, Tom Reyes"); else
    None."""
    rest = _LOWER_ADDRESS.sub(r"\1", _OR_GLOSS.sub("", _THE_STYLE.sub(", ", mention[len(head):]), count=1))
    # ("The firm's lawyer, mr. Jo Doe": a title in lower case; "The head of government, or premier, Jo Doe": the
    # office's local word given after "or")
    rest = _KIND_NAMED.sub(", ", rest, count=1)  # ("Our first buyer, a man named Jo Doe,": the name given)
    appos = _APPOSITIVE_NAME.match(rest, _LEADING_BRACKET.match(rest).end() if _LEADING_BRACKET.match(rest) else 0)
    if appos is None and (trade := _TRADE_BEFORE_APPOSED.match(rest)) \
            and (trade.group(1) in _PERSON_HEADS or len(trade.group(1)) >= 6 and trade.group(1).endswith("ist")):
        appos = _APPOSITIVE_NAME.match(", " + rest[trade.end():].lstrip())  # ("The club's chairman, businessman Jo
        # Doe, who": a trade's word before the name in apposition, "hydrologist Prof. Jo Doe"; a name of two words or
        # more)
        appos = appos if appos and len(appos.group(1).split()) > 1 else None
    single = appos and len(appos.group(1).split()) == 1 and toks[-1].lower() in _ROLE_END_NOUNS \
        and _SINGLE_NAME_WHO.match(rest, appos.start(1))
    if appos and len(appos.group(1).split()) == 1 and appos.group(1).strip().lower() not in _GIVEN_GENDER \
            and not _GLUED_INITIALS_NAME.fullmatch(appos.group(1).strip()) and not single:
        appos = None  # (one word only when it is a given name: "Mr Hawkins's wife, Sarah"; or a name with its
        # initials glued on: "Her brother, T.Doejav,"; or a single name that "who" takes up: "the firm's director,
        # Doewanto, who": many Indonesians, Burmese and others go by one name)
    # ("The Tory MP for Wells, James Heappey": a description opened by its article, capitals inside; "Acme's
    # Finance Director, Tom Reed": or by a possessor, "Mr Doe's colleague at Acme, Tom Reed": a titled one)
    # ("Senate President, Senator Jo Doe,": or a capitalised title alone)
    described = toks[-1][:1].islower() or re.match(r"(?i:a|an|the)\s+[a-z]", head) \
        or len(toks) > 2 and toks[0].lower() in ("the", "a", "an") or len(toks) > 1 and _POSSESSOR.fullmatch(toks[0]) \
        or len(toks) > 2 and toks[0].rstrip(".").lower() in _TITLES_BEFORE_NAME and _POSSESSOR.fullmatch(toks[1]) \
        or _possessed_role(toks) \
        or len(toks) > 2 and toks[0] in ("His", "Her", "Its", "Their", "Our", "My") and toks[1].islower() \
        or appos and len(toks) <= 3 and _is_title(toks[-1]) and all(t[:1].isupper() for t in toks) \
        or appos and _titled_seat(head) \
        or appos and _is_title(toks[0]) and any(t in ("for", "of") for t in toks[1:-1])  # ("Custos Rotulorum for St
    # Catherine, the Honourable Jo Doe": a title for a place, then its holder)
    if described and appos and (_is_person_name(appos.group(1).strip()) or single):
        # "A Skyline spokesman, Tom Reyes", "A spokesman for Acme, Tom Reyes": the name follows the description
        name = appos.group(1).strip()
        while " " in name and name.split(" ", 1)[0].rstrip(".") in _STYLES:
            name = name.split(" ", 1)[1]  # ("..., the Honourable Jo Doe": the style of address is no name)
        return _canonical_name(name, text), "named", head, "person"
    later = _later_appositive_name(rest) if described and not appos else None
    if later:  # "The chair of the Guild of Potters, Weavers and Smiths, Mr Jo Doe", "Its chairman, Kelby farmer Jo Doe,"
        return _canonical_name(later[0], text), "named", (head + later[1]).strip(" ,"), "person"
    foreign = _foreign_body_appositive(rest) if described else None
    if foreign and (person := _employee_of_body(foreign)):
        # "The university's rector, Universidad de Kelby professor Ana Roe,": the body names her employer
        return _canonical_name(person[1], text), "named", f"{head}, {person[0]}", "person"
    if described and (company := _company_of_place(rest) or foreign):
        # "The yard's main partner, Doe Tekstil A.Ş. of Tarn,": the company; "The growers' body, the Vereniging van
        # Kelbyse Telers,": a body named in its own language, lower-case words and all
        return company, "named", head, "group"
    body = described and not (appos and _is_person_name(appos.group(1).strip())) and _APPOSITIVE_BODY.match(rest)
    told = described and not body and _DESCRIBED_BODY.match(rest)
    if told and told.group(1).lower() in _BODY_HEADS and not _is_person_name(told.group(2).strip()):
        # "The yard's largest shareholder, the Doe family's investment company Kelby Holding AS, which ...": a body
        # named after its own description (its noun a body's) is the speaker, not the role before it
        return told.group(2).strip(), "named", head, "group"
    if body and (any(w.lower().rstrip(".,") in _ORG_WORDS or w.lower() in _FOREIGN_BODY_HEADS
                     or k and is_legal_form(w.rstrip(".,")) for k, w in enumerate(body.group(1).split()))
                 or toks[-1].lower() in _BODY_HEADS):  # ("The bank's largest shareholder, Fondazione Cassa di ...,";
        # a legal form after the first word: "Kelby Leaf GmbH & Co. KG")
        # "The sector's representative body, the Kelby Publicans Federation (KPF),": the body named; "A second
        # union, the Kelby Guild of Cutters,": a description whose head is a body's noun names a body anyhow; "One
        # of the largest exporters, Doe Seafood (Pvt) Ltd,": a company's legal form closes the name
        return body.group(1), "named", head, "group"
    return None


def _possessed_role(toks: list[str]) -> bool:
    """A name of two or three capitalised words in the possessive, then a role in lower case ("Noordveld Pootgoed's
    representative in East Africa"): a description, the name in apposition after it its holder."""
    p = next((k for k, t in enumerate(toks[1:3], 1) if _POSSESSOR.fullmatch(t)), None)
    return p is not None and p + 1 < len(toks) and toks[p + 1][:1].islower() and all(t[:1].isupper() for t in toks[:p])


# a company's name, a legal form ending it, then perhaps the place it is of or in ("Kelby Fibres SA of Tarn", ", Doe
# Tekstil Sanayi A.Ş. of Ashby", "Kestrel Polymers Group plc"): the company speaks, not the place (_company_of_place)
_COMPANY_OF_PLACE = re.compile(rf"(?:the\s+)?((?:[{_UC}][\w’'\-&.]*,?\s+(?:[a-z]{{1,3}}\s+)?)+?(?:[{_UC}][\w’'\-&.]*|plc))"
                               rf"(?:\s+(?:of|in|from)\s+[{_UC}][\w’'\-.]*(?:\s+[{_UC}][\w’'\-.]*){{0,2}})?")


def _company_of_place(words: str) -> str | None:
    """The company ``words`` name, when they are its name (a legal form last: "Doe Fibres SA", "Kelby Tekstil
    Ticaret A.Ş.") and perhaps the place it is of ("of Tarn"); else None ("Royal Bank of Kelby": no legal form), and
    None when a title or a person's name opens them ("Chief Executive Jo Doe of Tarn Mining Co Ltd", "Jo Doe of
    Kelby Holdings Group Ltd": the person of the company)."""
    m = _COMPANY_OF_PLACE.fullmatch(words.strip(" ,"))
    company = m.group(1).rstrip(",") if m and is_legal_form(m.group(1).split()[-1]) else ""
    if not company or _is_title(company.split()[0]) or _name_before_of(company):
        return None
    return company


# a document's noun, then its verb of quoting someone ("the release quoted", "the statement cited")
_DOCUMENT_QUOTES = re.compile(r"\s+(?:also\s+)?(?:quoted|quotes|cited|cites)\b")
# an appositive up to a comma or the end, perhaps with "the" and initials in brackets (_foreign_body_appositive)
_WHOLE_APPOSITIVE = re.compile(r",\s*(?:the\s+)?([^,()]+?)\s*(?:\([A-Z&]{2,10}\))?\s*(?:,|$)")


def _foreign_body_appositive(rest: str) -> str | None:
    """The name of a body in apposition that a foreign word for a body opens (the mention layer's
    foreign_body_heads: ", the Vereniging van Kelbyse Telers", ", the Asociación de Regantes"); else None."""
    m = _WHOLE_APPOSITIVE.match(rest)
    first = m.group(1).split()[0] if m else ""
    return m.group(1) if first[:1].isupper() and first.lower() in _FOREIGN_BODY_HEADS else None


# an appositive's last words: a lower-case role noun, then a capitalised run (_employee_of_body)
_ROLE_THEN_RUN = re.compile(rf"(.*\s([a-z][\w\-]*))\s+([{_UC}][\w’'\-]*(?:\s+[{_UC}][\w’'\-]*){{1,3}})")


def _employee_of_body(appositive: str) -> tuple[str, str] | None:
    """(the words up to the role, the person's name) when a lower-case role noun and a person's name end
    ``appositive`` ("Universidad de Kelby professor Ana Roe": the body is her employer); else None."""
    m = _ROLE_THEN_RUN.fullmatch(appositive.strip())
    if m and (_is_title(m.group(2)) or m.group(2) in _PERSON_HEADS) and _is_person_name(m.group(3)):
        return m.group(1), m.group(3)
    return None


def _description_of(head: str, toks: list[str], role: str | None):
    """An anonymous description naming an employer or a place ("a spokesman for Acme Corp", "a clerk in Kelby");
    else None."""
    opener = head[:1].lower() + head[1:] if toks and _people_noun(toks[0]) and not _OF_THE_BODY.match(head) \
        else head  # "Allies of Ms Doe" (not "Friends of the Earth": a body's name)
    desc = _DESCRIBED_BY.match(opener) or _described_in_a_place(opener)
    counted = opener[:4].lower() == "the " and desc and desc.group(1).split()[0] in _NUMBER_WORDS
    if desc and (counted or not any(w in _DETERMINERS - {"a", "an", "the", "one", "another"}
                                    for w in desc.group(1).split()[:1])):
        # (a number after "the" counts the people or bodies: "the four men arrested in Kelby")
        # "a spokesman for Acme Corp", "an adviser to Jane Doe": a description naming an employer, not the employer
        # ("a clerk in Kelby", "a farmer from Ashby": nor the place)
        words = desc.group(1).rstrip(".").split()
        noun = words[next((i for i, w in enumerate(words) if w in _DESCRIPTION_PREPOSITIONS), 1) - 1]
        if noun.lower() in _DOCUMENT_HEADS:  # ("The resolution of the Kelby assembly": a document, no one)
            return " ".join(words), "document", role, "thing"
        kind = "group" if noun.endswith("s") and not noun.endswith("ss") or noun in _ORG_WORDS \
            or noun in _BODY_NOUNS else "person"  # (its noun: "sports administrator in Kelby" is one person,
        # "residents of Kelby" and "a growers' association in Kelby" a group)
        return " ".join(words), "anonymous", role, kind
    return None


def _describe_head(head: str, toks: list[str], role: str | None, text: str):
    """The head of a mention: a body with a legal form, an office then a name, "Jo Doe of Acme", a name; else
    :func:`_anonymous_head`."""
    legal = _DOTTED_LEGAL_FORM.fullmatch(head)
    if legal and not _letters_of_person(head, legal):  # "Kelby Dokuma Tekstil ve Ticaret A.Ş.", "Doe Holdings S.A."
        return head + ("" if head.endswith((".", ")")) else "."), "named", role, "group"  # (the stop stripped above)
    if legal:  # "Jo Doe Q.C.": the name before the letters; post-nominal ones are the role
        letters = legal.group(1) + ("" if legal.group(1).endswith(".") else ".")
        if letters.replace(".", "") in _POST_NOMINALS:
            role = f"{letters}; {role}" if role else letters
        head = head[:legal.start(1)].rstrip(" ,")
        toks = head.split()
    last = _strip_possessive(toks[-1]).strip(".,")
    if office := _office_of_then_name(head):  # "Dean of Students Jo Doe": the name after the office
        return _canonical_name(office[1], text), "named", f"{office[0]}; {role}" if role else office[0], "person"
    if company := _company_of_place(head):  # "Kelby Fibres SA of Tarn": the company, not the place
        return company, "named", role, "group"
    pp = _name_before_of(head)
    if pp:
        # "Jane Doe of Acme Corp": the person, with the organisation as role
        role = f"{head[len(pp):].strip()}; {role}" if role else head[len(pp):].strip()
        head = pp
        toks = head.split()
        last = _strip_possessive(toks[-1]).strip(".,")
    if len(toks) == 1 and _plural_common_noun(toks[0], text):
        return toks[0].lower(), "anonymous", role, "group"  # "Residents say ...": a sentence's capital, no name
    if (_GLUED_ARTICLE.fullmatch(last) or _ELIDED_SURNAME.fullmatch(last)) and (glued := _glued_surname(head, text)):
        return glued, "named", role, "person"  # "Mr al-Doe", "Jo al-Doe", "Me d'Arvy": a surname opening in lower case
    if last.lstrip(_NAME_LEAD)[:1].isupper() and (last not in _NOT_NAME or _month_surname(last, text)
                                                 or len(toks) > 1 and toks[-2].lower() in _ANY_GIVEN_NAMES
                                                 and toks[0].lower() not in _ROLE_ARTICLES):
        return _named_head(head, last, role, text)  # (a word of not_name after a given name is a surname: "Kevin
        # Lord"; not after an article: "the Virginia Governor", "the Chelsea Chairman")
    if (tail := _LOWER_LEGAL_TAIL.search(head)) and len(toks) > len(tail.group().split()) \
            and all(t[:1].isupper() for t in head[:tail.start()].split()) \
            and (is_legal_form(last) or "." in tail.group(1)):
        return head.rstrip(","), "named", role, "group"  # "Kelby Energy plc", "Doe Górnictwo sp. z o.o.": a legal
        # form written in lower case (a word of the legal forms table, or dotted lower-case initials)
    return _anonymous_head(head, role, text)


# a company's legal form in lower case ending a name: one word ("plc", "bhd") or dotted initials, perhaps after short
# lower-case words ("sp. z o.o.", "s.r.o.", "spol. s r.o."): _describe_head
_LOWER_LEGAL_TAIL = re.compile(r"\s((?:[a-z]{1,5}\.?\s+){0,3}(?:[a-z]{2,5}|(?:[a-z]\.){2,}[a-z]?\.?))$")


# capitalised words and "&" ending the words before a mention's last capitalised run ("Gulf & Delta"): one name
_AMPERSAND_END = re.compile(rf"(?<!\S)(?:(?:The|the)\s+)?((?:[{_UC}][\w\-]*\s+)*[{_UC}][\w\-]*)\s*&$")


# "in" or "near" (and "the") ending the words before a mention's last capitalised run: a phrase of place
_IN_A_PLACE_END = re.compile(r"\s(?:in|near)(?:\s+the)?$")


def _named_head(head: str, last: str, role: str | None, text: str):
    """The capitalised run at the end of the head ("Meta spokesman Andy Stone" -> Andy Stone), the words before it
    and those it leaves out the role."""
    runs = list(_CAP_RUN.finditer(head))
    if len(runs) > 1 and runs[-2].group().endswith(("s'", "s’")) \
            and not head[runs[-2].end():runs[-1].start()].strip() and last.lower() in _ORG_WORDS:
        runs[-2:] = [re.match(r".+", head[runs[-2].start():runs[-1].end()])]  # "the Grape Growers' Council": one
        # body's name across its plural possessive, not "Council" alone
    run = runs[-1].group() if runs else last
    # a role written before the name belongs to the role
    before = head[: head.rfind(run)].strip() if runs else ""
    if (amp := _AMPERSAND_END.search(before)) and not all(" " in x and _is_person_name(x) for x in (amp.group(1), run)):
        # "Gulf & Delta said": a firm's name of two runs joined by "&" (not two people's: "Jo Doe & Ann Roe said")
        lead = before[:amp.start()].strip()
        joined = f"{amp.group(1)} & {run}"
        whole = next((e.name for e in _layer_entities(text) if e.kind == "organisation"
                      and any(f.startswith(joined) for f in (e.name, *e.forms))), joined)
        return whole, "named", "; ".join(x for x in (lead, role) if x) or None, "group"
    if _IN_A_PLACE_END.search(before) and re.match(r"(?i:the|a|an)\s", before) or before.endswith(" from") \
            and re.match(r"(?i:a|an)\s", before) and " " not in run and not _SPOKES.search(before):
        return _anonymous_head(head, role, text)  # "The former head of a cable-car company in the Ötztal told":
        # the name ends a phrase of place, the head is the description its article opens (so does one word after
        # "from": "A commercial pipi picker from Ōpōtiki", a town; not "a spokesman from Acme")
    surname = last in _SURNAME_MONTHS  # (only a surname here: see the test above)
    name_toks = _name_tokens(run) or ([last] if surname else [])
    if not name_toks:
        return head, "anonymous", role, "person"
    # the words the name leaves out of the run are the role's end: "Minister of State for Housing Jo Doe"
    kept = len(_common_lead(name_toks, text)) if len(name_toks) > 2 else len(name_toks)
    words = run.split()
    tail = next(i for i in range(len(words)) if i == len(words) - 1 or words[-1 - i].rstrip(".,") not in _POST_NOMINALS)
    pre_title = " ".join(t for t in words[: len(words) - kept - tail] if t.rstrip(".") not in _HONORIFICS)
    lead = " ".join(x for x in (before, pre_title, " ".join(words[len(words) - tail:])) if x).strip()
    if lead:
        role = f"{lead}; {role}" if role else lead
    canon = len(name_toks) == 1 and (_titled_bearer(run, name_toks[0], text) or _namesake_by_title(
        run, name_toks[0], text)) or _canonical_name(" ".join(name_toks), text, _address_sex(run))
    if _is_person_name(run) or surname:
        return canon, "named", role, "person"
    return canon, ("document" if canon.split()[-1].lower() in _DOCUMENT_HEADS else "named"), role, "group"


def _titled_bearer(run: str, word: str, text: str) -> str:
    """'Rev. Doe said' after 'Rev. Jo Doe Kel' (and "Ann Roe Doe" named before without that title): the one person
    the text names in full after the same title as the run opens with, whose name holds ``word`` as a middle name
    (as many East African names carry the father's name there), when no one else with ``word`` as last name is
    named after him (:func:`_surname_bearer_after`); else '' (the usual reading)."""
    lead = run.split()[0]
    if lead == word or not _is_title(lead):
        return ""
    fulls: dict[str, int] = {}
    for m in _rx(rf"\b{re.escape(lead.rstrip('.'))}\.?[^\S\n]+((?:[{_UC}][\w’'\-]+[^\S\n]+){{1,3}}[{_UC}][\w’'\-]+)"
                 ).finditer(text):
        if word in m.group(1).split()[1:]:
            fulls.setdefault(" ".join(_name_tokens(m.group(1))), m.end())
    fulls = {f: at for f, at in fulls.items() if len(f.split()) > 1 and word in f.split()}  # (not the run itself,
    # titles and all: "Pehin Dato Haji Jo said")
    if len(fulls) != 1:
        return ""
    full, at = fulls.popitem()
    core = [w for w in full.split() if w.rstrip(".") not in name_suffixes()]
    if core[-1] == word or _surname_bearer_after(word, full, text, at):
        return ""  # (the word his last name: the usual reading, "Jr." kept; another bearer of it named since)
    return full


def _namesake_by_title(run: str, word: str, text: str) -> str:
    """'Fr Durkan said' after "Cllr Seamus Durkan" and "Fr Liam Durkan, no relation of the councillor": of the
    people the text names in full with the surname ``word`` (two or more), the one it names after the title the run
    opens with; else '' (none, several, or no title)."""
    lead = run.split()[0]
    names = _namesakes(text).get(word, ())
    if lead == word or not _is_title(lead) or len(names) < 2:
        return ""
    titled = [n for n in names if _rx(rf"\b{re.escape(lead.rstrip('.'))}\.?[^\S\n]+{re.escape(n)}\b").search(text)]
    return titled[0] if len(titled) == 1 else ""


def _surname_bearer_after(word: str, full: str, text: str, at: int) -> bool:
    """Someone else whose last name is ``word`` is named after ``at`` ("Dr. Jo Ali Kel ... Ann Ali, a doctor, said
    ...": "Dr. Ali" is then the newer bearer, as the usual reading of a surname has it): a capitalised word, no
    title and no part of ``full``, right before ``word`` with no capitalised word after it."""
    return any(not _is_title(m.group(1)) and m.group(1) not in full.split() for m in _rx(
        rf"\b([{_UC}][\w’'\-]+)[^\S\n]+{re.escape(word)}\b(?![^\S\n]+[{_UC}])").finditer(text, at))


def _anonymous_head(head: str, role: str | None, text: str):
    """An unnamed head: its noun before a post-modifier ("people familiar with ..."), a document, a group."""
    words = re.findall(r"\d{1,3}(?:,\d{3})+(?!\d)|[\w’'\-]+", head)  # ("the 3,000 fans": one number)
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    # the head noun comes before a post-modifier ("people familiar with ...", "sources close to ...")
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _POSTMOD), len(words))
    if words and words[0].lower() in _POSTMOD:  # "those close to the company"
        words, cut = ["people"] + words, 1
    if not words:
        return head.lower(), "anonymous", role, "group"
    hd = words[cut - 1].lower()
    if hd in _DOCUMENT_HEADS:
        return " ".join(words), "document", role, "thing"
    kind = "group" if (hd.endswith("s") and not hd.endswith("ss")) or hd == "people" else "person"
    if hd in _PLURAL and cut < len(words) and words[cut].lower() in _POSTMOD - {"at", "from", "in", "of", "on", "for"}:
        words[cut - 1], kind = _PLURAL[hd], "group"
    if words[0][:1].isupper() and not words[0].isupper() and (len(words) == 1 or words[1].islower()) and (
            words[0] in _NOT_NAME or words[0].lower() in _lower_words(text)):
        words[0] = words[0].lower()  # "Insiders say" (sentence start) = "insiders"
    canon = " ".join(words)
    return canon, "anonymous", role, kind


# ---------------------------------------------------------------------------
# Cues and subjects
# ---------------------------------------------------------------------------
_WORD_RUN = re.compile(r"(?:(?<![^\s(])!(?=[A-Z][a-z]))?[\w’'\-.]+")  # a word token of _tokens, before a sentence's
# full stop is split off (a Khoekhoe name's click typed as "!" opens it: "!Khamuseb", name_lead_letters)
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)[\w’'\-.]*|" + _WORD_RUN.pattern + r"|[,;:—–()?!]")  # ("3,000": one
# token)
# Abbreviations whose full stop does not end a sentence.
# abbreviations that may end a sentence (a legal form), unlike a title before a name; then all of them, with the
# titles written with a full stop before a name that the article's sentence splitter never ends a sentence on
# (resources/article_titles.txt: "said Eng. Jo Doe", "Msgr. Jo Doe")
_ENDING_ABBREV = frozenset(_W["ending_abbreviations"])
_ABBREV = set(_W["abbreviations"]) | _ENDING_ABBREV | title_abbreviations()
# and those that are also words, written with a capital ("said Ing. Jo Doe", "Econ. Jane Doe"; resources/
# article_name_titles.txt: the splitter ends no sentence on one so written)
_WORD_TITLE_ABBREV = word_title_abbreviations()
# Month abbreviations before a day's number ("on Oct. 17"): their full stop ends no sentence
_MONTH_ABBREV = frozenset(_W["month_abbreviations"])
_DOTTED = re.compile(r"(?:[A-Z]\.)+|\w+\.\S*\.")  # "U.S.", "e.g.": a full stop inside the token
# two or more dotted letters ("U.S.", "a.m."), never one initial ("said T. An Nguyen": a given name may follow it)
_DOTTED_SEVERAL = re.compile(r"(?:[A-Z]\.){2,}|\w+\.\S*\.")


def _word_title_before_name(t: str, s: str, end: int, out: list) -> bool:
    """Whether ``t``, a capitalised word title's abbreviation with its full stop ("Ing.", "Econ."), is a title before
    a name: a capitalised word follows, and no preposition stands before it, which makes it a field of study ("said
    Econ. Jane Doe"; not "enrolment rose fastest in Econ. Jane Doe, the dean, said")."""
    return t[0].isupper() and t[:-1].lower() in _WORD_TITLE_ABBREV and s[end:end + 2][1:].isupper() \
        and not (out and out[-1][0] in _FIELD_PREPOSITIONS)


def _short_given_name(t: str, s: str, end: int, out: list) -> bool:
    """Whether ``t`` is a given name written short with its full stop before the rest of the name ("said the helper,
    Md. Sohel Mia", "said Wm. Roe"): a word of ``short_given_names`` (not one that is also a Chinese family name,
    "Ma."), a capitalised word in lower case after it, and no capitalised word and comma before it ("Bethesda, Md.
    Officials" is Maryland)."""
    return t[:-1] in _SHORT_GIVEN and re.match(r" [A-Z][a-z]", s[end:end + 3]) is not None \
        and not (len(out) > 1 and out[-1][0] == "," and out[-2][0][:1].isupper())


_SHORT_GIVEN = short_given_names() - {"Ma"}
# one of them, its full stop and a space ending the words before a name ("Md. " before "Abdul Salam")
_SHORT_GIVEN_AT_END = re.compile(rf"(?:^|(?<=\s))(?:{'|'.join(sorted(short_given_names()))})\.?\s+$")
# prepositions before a capitalised abbreviation that make it a field of study, not a title ("in Econ.", "of Ing.")
_FIELD_PREPOSITIONS = frozenset(("in", "of", "at", "from"))


def _tokens(s: str, base: int = 0) -> list[tuple[str, int, int]]:
    out = []
    append = out.append
    for m in _TOKEN.finditer(s):
        t = m.group()
        a, b = m.span()
        if t[-1] != "." or len(t) == 1:  # most tokens: no full stop to split off
            append((t, base + a, base + b))
            continue
        stop = None
        if not _DOTTED.fullmatch(t) and t[:-1].lower() not in _ABBREV \
                and not _word_title_before_name(t, s, m.end(), out) \
                and not _short_given_name(t, s, m.end(), out):  # (t ends with "." and is longer)
            t, b, stop = t[:-1], b - 1, b - 1
        elif _STOP_THEN_OPENER.match(s, m.end()) and (_DOTTED_SEVERAL.fullmatch(t) or t[:-1].lower() in _ENDING_ABBREV):
            # "at 10 a.m. A spokeswoman said", "Acme Inc. The company said": the abbreviation's stop ends a
            # sentence the splitter ran on (the next word opens a sentence, never a name)
            out.append((t[:-1], base + a, base + b - 1))
            out.append((".", base + b - 1, base + b))
            continue
        out.append((t, base + a, base + b))
        nxt = s[m.end():m.end() + 2]
        if stop is not None and (nxt[:1] in (",", ")", ";") or nxt[1:2].islower()
                                 or nxt[1:2].isdigit() and t.lower() in _MONTH_ABBREV):  # ("on Oct. 17, said")
            t, b, stop = t + ".", b + 1, None  # "R-Ky., said", "Inc. said": an abbreviation, not a sentence end
            out[-1] = (t, base + a, base + b)
        if stop is not None:
            out.append((".", base + stop, base + stop + 1))
    return out


_ARTICLES = {"a", "an", "the", "his", "her", "its", "my", "our", "their", "your", "of"}
# a word that opens a sentence, never a name, after an abbreviation's full stop (see _tokens)
_STOP_THEN_OPENER = re.compile(r" (?:" + "|".join(_W["sentence_openers"]) + r")\s")
_CONTRACTED = re.compile(r"(?:he|she|it|that|who|there|what)[’']s", re.I)


_MODALS = frozenset({"could", "would", "will", "can", "may", "might", "should", "must", "did", "does", "do", "to"})


def _after_modal(toks, k: int) -> bool:
    """A cue form that is mostly a noun ("quip", "reply") used as a verb after a modal, an -ly adverb
    allowed between: 'a spokesman could only quip: "..."'."""
    w = toks[k][0].lower()
    if w not in _NOUNLIKE or w not in CUE_FORMS:
        return False
    j = k - 1
    while j >= 0 and toks[j][0].islower() and toks[j][0].endswith("ly"):
        j -= 1
    return j >= 0 and toks[j][0].lower() in _MODALS


_INDEFINITE_ARTICLES = frozenset(_W["indefinite_articles"])
_DOCUMENT_DETERMINERS = frozenset(_W["document_determiners"])  # ("referring to a statement that said ...")
_EXISTENTIAL_BE = frozenset({"is", "was", "are", "were", "be", "been", "'s", "’s"})


# the words after "a" that make a plural subject ("a few say", "a majority argue")
_PLURAL_AFTER_A = frozenset({"few", "lot", "couple", "handful", "dozen", "number", "majority", "minority", "group"})


def _noun_use(toks, k: int) -> bool:
    """The cue form at ``k`` is a noun: after a determiner ("his notes"), an amount ("a £4.8m cut") or a possessive
    name ("Trump's comments")."""
    if k == 0:
        return False
    p = toks[k - 1][0]
    # "there was no telephone call planned": the noun phrase of an existential "there" + be
    if any(toks[x][0].lower() == "there" and toks[x + 1][0] in _EXISTENTIAL_BE for x in range(max(0, k - 4), k - 1)):
        return True
    w = toks[k][0]
    if w.endswith("ing") and p.lower() in _GERUND_NOT_CUE_AFTER:
        return True  # "approved in writing": a noun or an adverbial, not the quotation's cue
    if w.endswith("s") and not w.endswith("ss") and p.islower() and p.endswith("ed"):
        return True  # "The minister rejected claims that ...": a plural noun, the object of a past verb
    if w.endswith("s") and not w.endswith("ss") and k + 1 < len(toks) and toks[k + 1][0] in ("were", "are", "have") \
            and k > 1 and p.isalpha() and p.islower() and toks[k - 2][0].lower() in _ARTICLES \
            and not _person_noun(p) and p not in _ORG_WORDS and p not in _BODY_NOUNS \
            and (k < 3 or toks[k - 3][0].lower() not in ("which", "who", "whom")):
        return True  # "warned that the carbon estimates were '...'": an article, a noun, a plural noun and a plural
        # verb after it (not "refugees, who he speculates are", "the ones State now says are", "which the minister
        # says are", "which the chief claims have": a verb after its subject, one that may speak)
    if k > 1 and p.isalpha() and p.islower() and CUE_FORMS.get(w) == w and p not in _PLURAL_AFTER_A \
            and _article_before_modifiers(toks, k - 2):
        return True  # "on a conference call that": after "a" and a noun, a verb's bare form is no singular verb
        # (a date or figure may stand between: "on a Feb. 22 earnings call that", "in a Q3 investor call")
    if k > 3 and CUE_FORMS.get(w) == w and _modified_after_preposition(toks, k):
        return True  # "in a brief telephone call that": an adjective between "a" and the noun before the form
    amount = p[:1].isdigit() and "-" not in p and k > 1 and toks[k - 2][0].lower() in _ARTICLES  # (not "The 45-year-old")
    return p.lower() in _ARTICLES or amount or (  # ("a £4.8m cut", "a 5% rise": an amount before it)
        p[:1].isupper() and bool(re.search(r"[’']s$|s[’']$", p)) and not _CONTRACTED.fullmatch(p))  # ("Sanders’ comments")


def _modified_after_preposition(toks, k: int) -> bool:
    """A speech verb (its object perhaps after it), a preposition, "a"/"an" and two lower-case words, the second
    no plural, stand before token ``k`` ("said in a brief telephone call that", "told reporters during a short
    phone call"): the adverbial of the verb before; not a subject with a place ("Parents at a local school say":
    no speech verb before the preposition)."""
    prep, art, mod, noun = (toks[x][0] for x in range(k - 4, k))
    return prep.lower() in _ADVERBIAL_PREPOSITIONS and art.lower() in _INDEFINITE_ARTICLES \
        and mod.isalpha() and mod.islower() and noun.isalpha() and noun.islower() and not noun.endswith("s") \
        and any(_is_cue(toks[x][0]) for x in range(max(0, k - 6), k - 4))


def _article_before_modifiers(toks, x: int) -> bool:
    """Token ``x`` is "a"/"an", or up to three dates, figures or abbreviations ("Feb.", "22", "Q3") stand between
    an "a"/"an" and token ``x + 1``."""
    for y in range(x, max(-1, x - 4), -1):
        if toks[y][0].lower() in _INDEFINITE_ARTICLES:
            return True
        if not (toks[y][0][:1].isdigit() or toks[y][0][:1].isupper() and toks[y][0].rstrip(".").isalnum()
                and (toks[y][0].endswith(".") or any(c.isdigit() for c in toks[y][0]) or toks[y + 1][0][:1].isdigit())):
            return False
    return False


_PHRASAL = {k: str(v) for k, v in _W["phrasal_cues"].items()}


def _phrasal(toks, k: int) -> bool:
    """Token ``k`` opens a two-word speech verb ("shot back", "went on"; table ``phrasal_cues``)."""
    part = _PHRASAL.get(toks[k][0])
    if part is None or k + 1 >= len(toks) or toks[k + 1][0] != part:
        return False
    # "went on, ..." or "went on to say", not "the Senate goes on recess"
    return part != "on" or k + 2 >= len(toks) or toks[k + 2][0] in (",", ":", ".", "to")


def _is_cue(tok: str, *, strict: bool = False) -> bool:
    """``tok`` is a form of a cue verb (CUE_FORMS) that is not mostly a noun (``_NOUNLIKE``); with ``strict``,
    of a verb of claiming (``_CLAIM_LEMMAS``).  (One set look-up: ``_CUE_SET``, ``_STRICT_CUE_SET``.)"""
    return tok.lower() in (_STRICT_CUE_SET if strict else _CUE_SET)


# prepositions that take "it" as their object ("The company behind it says"; not "after it said": a conjunction)
_OBJECT_OF_IT = frozenset(("behind", "against", "with", "of", "to", "at", "on", "in", "from", "about", "by", "under",
                           "over", "without", "near", "beside"))


def _noun_behind(toks, j: int) -> tuple[int, int] | None:
    """Offsets of "the <noun>" (one or two lower-case words after "the") before "behind" and its object ending at
    ``toks[j]`` ("The company behind it", "the group behind the campaign"), or None."""
    b = next((x for x in range(j, max(0, j - 4), -1) if toks[x][0] == "behind"), None)
    if b is None or b < 2 or not all(t[0].isalpha() for t in toks[b + 1:j + 1]):
        return None
    d = next((x for x in (b - 2, b - 3) if x >= 0 and toks[x][0] in ("the", "The")), None)
    if d is None or not all(t[0].isalpha() and t[0].islower() for t in toks[d + 1:b]):
        return None
    return toks[d][1], toks[b - 1][2]


def _subject_before(toks, k: int) -> tuple[int, int] | None:
    """Offsets of the subject that ends right before token ``k`` (the cue), or None."""
    j = _subject_end(toks, k)
    if j is None:
        return _relative_antecedent(toks, k)
    if (behind := _noun_behind(toks, j)) is not None:
        return behind  # "The company behind the plan says": the company, not the plan
    if toks[j][0].lower() in _PRONOUNS and not (j > 0 and toks[j][0] == "it" and toks[j - 1][0] in _OBJECT_OF_IT):
        return toks[j][1], toks[j][2]  # (not "The group with it says": the pronoun a preposition's object)
    if toks[j][0] == ",":
        j = _before_aside(toks, j)
        return _relative_appositive(toks, j) or _appositive_subject(toks, j)
    i = _subject_start(toks, j)
    if i is None and j > 0 and re.fullmatch(r"\d{1,4}", toks[j][0]) \
            and (toks[j - 1][0] in _PREPOSITIONS or toks[j - 1][0] in ("since", "until", "before", "after")):
        return _who_antecedent(toks, j, j, k)  # ("A shopkeeper who has run the store since 1990 said": a year
        # closing the relative clause, no subject)
    if i is None:
        return None
    d = next((x for x in range(i + 1, j) if toks[x][0] in ("the", "a", "an")), None)
    if d is not None and i > 0 and toks[i - 1][0].lower() in ("which", "what") and all(
            t[0].isalpha() and t[0].islower() and t[0] not in _PREPOSITIONS for t in toks[i:d]):
        i = d  # "at which point the crowd chanted": the subject opens at its determiner
    w = _anonymity_relative(toks, i)
    if w is not None:  # "A clerk who asked not to be named because she was not allowed to speak about the case said"
        head = _appositive_subject(toks, w)
        return (head[0], toks[j][2]) if head else None
    who = _who_antecedent(toks, i, j, k)
    if who is not False:
        return who
    if i > 0 and _relative_before(toks, i) and k - i <= 12 and toks[i][0].islower() \
            and (_verb_like(toks[i][0]) or toks[i][0] in _FINITE or toks[i][0] in _PERCEPTION_VERBS):
        # "Nate Silver, the polling guru who founded the site tweeted" (no closing comma), "Fans that saw the
        # crash said": the relative clause's antecedent is the subject (not in "which Jane Doe calls", where Doe is)
        head = _appositive_subject(toks, i - 1)
        return (head[0], toks[j][2]) if head else None
    if i > 0 and toks[i - 1][0] in _NOUN_PREPOSITIONS and toks[k][0].endswith("s") \
            and k + 1 < len(toks) and toks[k + 1][0] in _NO_OBJECT_OPENERS \
            and all(t[0].isalpha() and t[0].islower() and t[0] not in ("the", "a", "an") for t in toks[i:j + 1]):
        return None  # ("criticism from other member states as": a plural noun in a preposition's object, no cue
        # after a subject; not "a story by the website Doe says": a subject with its own article; not "a statement
        # from police says the driver ...", a cue with its clause)
    if toks[i][0] in _FRONTED_PREPOSITIONS and (d := max((x for x in range(i + 2, j + 1) if toks[x][0] in (
            "the", "a", "an", "its", "their") and toks[x - 1][0] not in _OBJECT_PREPOSITIONS), default=None)) \
            is not None:
        i = d  # "In a post on Facebook the committee said": the phrase opening the sentence without a comma, then the
        # subject at its determiner, no preposition's object ("In court a lawyer for the mother of the boy said"; "At
        # the session in the hall its managing director told me")
    if i >= 2 and toks[i - 1][0] in _OBJECT_PREPOSITIONS and toks[i - 2][0].lower() in _VAGUE \
            and toks[i - 2][0][:1].isupper() and toks[i][0].islower():
        i -= 2  # "Some in the town called him ...", "Others at the meeting said": people there, not the place
    name = _name_before_appositive(toks, i)
    return (name if name is not None else toks[i][1]), toks[j][2]


# an unnamed source brought in with "a" or "an": its head noun before "of", "at", "for", "from", "with" or a comma ("A
# regional manager of Kelby Crop Care Ltd, a pesticide company": "manager")
_INDEFINITE_DESCRIPTION = re.compile(r"(?:A|An|a|an)\s+(?:[a-z][\w-]*\s+){0,3}(?P<head>[a-z][\w-]*)"
                                     r"(?=\s+(?:of|at|for|from|with)\b|,|$)")
# prepositions that open a sentence's phrase of time, place or means before its subject ("In a statement the
# committee said", "At the hearing the judge said")
_FRONTED_PREPOSITIONS = frozenset(("In", "On", "At", "After", "During", "Through", "Via", "Under", "From"))
# prepositions whose object a lower-case subject would be, before a cue's -s form that is a plural noun
# (_subject_before)
_NOUN_PREPOSITIONS = frozenset(("from", "of", "by", "with", "among", "between", "against"))
# words after such an -s form that open no clause a cue's would be: the plural noun's own "as", "and", "or", a
# comma, a full stop (_subject_before)
_NO_OBJECT_OPENERS = frozenset(("as", "and", "or", ",", "."))
_AMOUNT_TOKEN = re.compile(r"[$€£¥]?\d[\d.,]*(?:m|bn|k)?")  # an amount inside a relative clause ("has about €2m at")
_MEASURE_WORD = re.compile(r"\d[\d.,]*-[a-z]+")  # a figure and its unit in one word ("10-metre", "40-acre")
# a message read out for its author, then a colon: "read a tribute from the society to the mourners:", "read out a
# statement from Kelby Holdings Ltd:" (colon_subject)
_READ_FROM = re.compile(r"\b(?:read (?:out )?|handed (?:in |up |over )?|produced |submitted )(?:a|an|the) (?:short )?"
                        r"(?:tribute|statement|message|letter|note|eulogy|reference) "
                        rf"from (?P<who>(?:the|its|their) (?:[a-z][\w-]*[’']s? )?[a-z][\w-]*"
                        rf"|[{_UC}][\w’'&.-]*(?:,? (?:and )?[{_UC}&][\w’'&.-]*){{0,8}})(?: to [^:]{{1,40}})?"
                        r"(?:, which (?:said|read|stated))?:\s*$")  # ("handed in a letter from the Kelby, Tarno and
# District Community Council, which said:")
_ANONYMITY_REACH = 30  # tokens of a relative clause asking for anonymity ("who asked not to be named because ...")


def _anonymity_relative(toks, i: int) -> int | None:
    """The "who" opening a relative clause that asks for anonymity ("who asked not to be named because she was
    not authorised to speak about the case") and runs, with no comma, to the would-be subject at ``i``: the
    clause's antecedent is the subject, not the clause's last noun; else None."""
    w = next((x for x in range(i - 1, max(i - _ANONYMITY_REACH, 0), -1) if toks[x][0] in ("who", ",", ";", ":")), None)
    if w is None or toks[w][0] != "who" or w < 1:
        return None
    return w if _NOT_NAMED.search(" ".join(t[0] for t in toks[w:i])) else None


_ASIDE_MAX = 6  # tokens of a prepositional aside between a subject and its verb ("in a terse reply")


def _before_aside(toks, j: int) -> int:
    """'the Commissioner for Roads, Mrs Jo Doe, in a terse reply, said': the comma before a short prepositional
    aside (a preposition, then lower-case words) that ends with the comma ``j`` and follows another comma after a
    capitalised word; else ``j``."""
    c = next((x for x in range(j - 1, max(j - _ASIDE_MAX - 2, 0), -1) if toks[x][0] == ","), None)
    if c is None or c < 1 or c + 2 >= j or toks[c + 1][0] not in _PREPOSITIONS or not toks[c - 1][0][:1].isupper():
        return j
    if all(t[0].isalpha() and t[0].islower() and not _is_cue(t[0]) for t in toks[c + 1:j]):
        return c
    return j


def _name_before_appositive(toks, i: int) -> int | None:
    """'Sam Lau, the communications director for the party said': the start of a person's name opening its
    clause right before the comma that precedes the description at ``i`` (its closing comma left out), or None."""
    if i < 3 or toks[i][0].lower() not in ("the", "a", "an") or toks[i - 1][0] != ",":
        return None
    s = i - 1
    while s > 0 and i - 1 - s < 4 and toks[s - 1][0][:1].isupper() and toks[s - 1][0].isalpha():
        s -= 1
    if s == i - 1 or s > 0 and toks[s - 1][0] not in (".", ";", ":", '"', "“", "”"):
        return None
    return toks[s][1] if _is_person_name(" ".join(t[0] for t in toks[s:i - 1])) else None


def _relative_appositive(toks, j: int) -> tuple[int, int] | None:
    """'in what Ann Royce, a party treasurer, called': the name between a relative pronoun and the appositive
    that ends with the comma ``j``, or None."""
    c = next((i for i in range(j - 1, max(j - 15, 0), -1) if toks[i][0] == ","), None)
    if c is None or c < 2:
        return None
    i = c
    while i > 0 and c - i < 4 and toks[i - 1][0][:1].isupper():
        i -= 1
    if i == c or i == 0 or toks[i - 1][0].lower() not in ("what", "whom", "which"):
        return None
    return toks[i][1], toks[c - 1][2]


def _before_indefinite_appositive(toks, e: int) -> int:
    """The last token of the name before an appositive that ``toks[e]`` closes and "a"/"an" opens ("the Kelby
    Fishers' Alliance, a group of mostly fishing families on the other shore, which called"), else ``e``."""
    c = next((x for x in range(e, max(e - 16, 1), -1) if toks[x][0] == ","), None)
    if c is None or toks[c + 1][0] not in ("a", "an") or not toks[c - 1][0][:1].isupper() \
            or any(t[0] in ("“", '"', "‘", "”") for t in toks[c + 1:e + 1]) \
            or any(t[0][:1].isupper() and u[0][:1].isupper() for t, u in zip(toks[c + 1:e], toks[c + 2:e + 1])):
        return e  # (not one naming another body: "Kelby Council, a body that rarely agrees with the Tarn Union,"; a
        # word alone will do: "a group of mostly Muslim families", "a Dehradun-based research group")
    return c - 1


def _relative_antecedent(toks, k: int) -> tuple[int, int] | None:
    """'Customers include Ashby Timber & Builders' Supplies, which said it had ...': the capitalised name before the
    comma and "which"/"who" right before the cue ``k`` (up to eight words, "of", "and", "&", "for" inside)."""
    j = _before_auxiliaries(toks, k - 1)
    if j >= 2 and toks[j][0] in ("that", "which") and toks[j - 1][0] in _DOCUMENT_HEADS \
            and toks[j - 2][0].lower() in _DOCUMENT_DETERMINERS:
        return toks[j - 2][1], toks[j - 1][2]  # "referring to a statement that said ...": the document speaks
    end = _dashed_aside_start(toks, j) - 1 if j >= 2 and toks[j][0].lower() == "who" else j - 2  # ("Jo Doe – no
    # relation – who admitted": the name before the aside)
    if j < 2 or toks[j][0].lower() not in ("who", "which") or toks[j - 1][0] != "," and end == j - 2 or end < 0:
        return None
    if (the := _definite_antecedent(toks, end)) is not None:
        return toks[the][1], toks[end][2]  # "The guild, which called the levy ...": the description
    s = e = _before_indefinite_appositive(toks, end)
    while s > 0 and e - s < 8 and (toks[s - 1][0][:1].isupper() or toks[s - 1][0] in ("of", "and", "&", "for")):
        s -= 1
    while s < e and not toks[s][0][:1].isupper():
        s += 1
    if s > 0 and toks[s - 1][0].lower() in _PREPOSITIONS \
            and (toks[j][0].lower() == "who" or not _which_body_after_preposition(toks, s, e)):
        return None  # "A senior official at City Hall, who asked not to be named": the relative is the official's
        # ("which" stands for no person: "financed by Acme Bank, which said it was ...": the bank)
    if toks[j][0].lower() == "who" and (n := _name_before_title_comma(toks, s)) is not None:
        return toks[n][1], toks[e][2]  # "Jo Doe, CEO of Acme Corp., who called": the person, not the firm
    if toks[j][0].lower() == "who" and (n := _name_before_of_the(toks, s)) is not None:
        return toks[n][1], toks[s - 3][2]  # "Senator Jo Doe of the Bronx, who said": the person, not the place
    return (toks[s][1], toks[e][2]) if toks[s][0][:1].isupper() and toks[e][0][:1].isupper() else None


def _dashed_aside_start(toks, j: int) -> int:
    """The index of the dash opening a short aside that a dash closes right before ``j`` ("Jo Doe – no relation –
    who"), else ``j - 1``."""
    if toks[j - 1][0] not in ("–", "—"):
        return j - 1
    return next((x for x in range(j - 2, max(0, j - 8), -1) if toks[x][0] == toks[j - 1][0]), j - 1)


def _definite_antecedent(toks, e: int) -> int | None:
    """The index of "the" opening a definite description of one to three lower-case words that ends at ``e`` and
    opens its clause ("The association, which ...", "; the union, which ..."); else None."""
    x = e
    while x >= 0 and e - x < 3 and toks[x][0].isalpha() and toks[x][0].islower() and toks[x][0] != "the":
        x -= 1
    if x < 0 or x == e or toks[x][0] not in ("the", "The") or x > 0 and toks[x - 1][0] not in (".", ";", ":"):
        return None
    return x


_NAME_PREPOSITIONS = ("on", "to", "in", "at", "of", "for")  # (inside a body's name: "Committee to Protect Journalists")


def _which_body_after_preposition(toks, s: int, e: int) -> bool:
    """The name toks[s..e] after a preposition, before ", which said", can be the body "which" stands for ("financed
    by Acme Bank, which said"): not the tail of a longer name ("the Council on Foreign Relations"), a date ("by Ofcom
    in January, which said"), a person's name ("sent to Jo Doe, which said") or the name after a document its
    clause speaks of ("the letter the president wrote to Doe, which said": the letter says it).  ("Oxford University
    with AstraZeneca, which said": a capital before "with", "by", "from" ends another name.)"""
    if s > 1 and toks[s - 2][0][:1].isupper() and toks[s - 1][0] in _NAME_PREPOSITIONS or toks[e][0] in _TIME_WORDS:
        return False
    if toks[s][0].lower() in _GIVEN_GENDER and e > s and toks[e][0].lower() not in _BODY_HEADS:
        return False
    c = next((i for i in range(s - 2, -1, -1) if toks[i][0] in (",", ";", ":")), -1)
    return not any(t[0].lower() in _DOCUMENT_HEADS for t in toks[c + 1:s - 1])


def _name_before_of_the(toks, s: int) -> int | None:
    """'Senator Jo Doe of the Bronx, who ...', 'Jo Doe of the Kelby Party, who ...': the index of the first word of a
    person's name (two to five capitalised words, a title among them) right before the "of the" that opens the run
    at ``s``, else None (not "the Friends of the Earth, who": no person's name before it; nor a group's name shaped
    like one, with a plural noun for people or an article in it: "Young Farmers of the Dales", "The Sisters of the
    Holy Cross")."""
    if s < 3 or toks[s - 1][0].lower() != "the" or toks[s - 2][0] != "of" or not toks[s - 3][0][:1].isupper():
        return None
    n = s - 3
    while n > 0 and s - 3 - n < 4 and toks[n - 1][0][:1].isupper():
        n -= 1
    run = [t[0] for t in toks[n:s - 2]]
    if any(_people_noun(w) or w.lower() in _ROLE_ARTICLES for w in run):
        return None
    return n if len(run) > 1 and _is_person_name(" ".join(run)) else None  # (two words or more)


def _name_before_title_comma(toks, s: int) -> int | None:
    """'Jo Doe, CEO of Acme Corp., who ...', 'Jo Doe, chairman of the Kelby Port Authority, who ...': the index of
    the first word of a person's name (up to four capitalised words) right before the comma that opens a role (a
    title first, then lower-case words up to "of"/"at"/"for" and perhaps "the") taking in the run at ``s``, else
    None."""
    c = p = s - 1 - (toks[s - 1][0] == "the")
    if _is_title(toks[s][0]):
        c = s
    elif p < 2 or toks[p][0] not in ("of", "at", "for"):
        return None
    while c > 1 and toks[c - 1][0] != "," and p - c < 4 and (toks[c - 1][0].islower() or _is_title(toks[c - 1][0])):
        c -= 1
    if c < 2 or toks[c - 1][0] != "," or not _is_title(toks[c][0]):
        return None
    s = c
    n = s - 1
    while n > 0 and s - 1 - n < 4 and toks[n - 1][0][:1].isupper() and toks[n - 1][0].replace("-", "").isalpha():
        n -= 1
    return n if n < s - 1 and _is_person_name(" ".join(t[0] for t in toks[n:s - 1])) else None


def _subject_end(toks, k: int) -> int | None:
    """Index of the last token of the subject before the cue ``k``: auxiliaries, adverbs and a
    parenthetical ("Rep. Jane Doe (D-Md.) said") skipped, and a time adverbial ("Jane Doe on Monday said",
    "Doe last week called"); None at a clause break or relative pronoun."""
    j = _before_auxiliaries(toks, k - 1)
    t = _before_time(toks, j)
    j = _before_auxiliaries(toks, t) if t != j else j
    if j >= 0 and toks[j][0].lower() in ("who", "which", "that", "whom"):
        return None  # a relative clause: "a woman who suggested"
    if j >= 0 and toks[j][0] == ")":
        while j >= 0 and toks[j][0] != "(":
            j -= 1
        j -= 1
    elif j > 0 and toks[j][0] in _ASIDE_DASHES:  # "John McCain -- who lost in 2008 to Obama -- said": the aside skipped
        # (a lone "-" token is a spaced hyphen written for a dash: "Dr Jo Doe - no relation to the leader - said")
        d = next((x for x in range(j - 1, max(-1, j - 25), -1) if toks[x][0] == toks[j][0]
                  or toks[x][0] in _DASHES and toks[j][0] in _DASHES), None)
        j = d - 1 if d is not None and d > 0 else j
    if j < 0 or (toks[j][0].lower() in _CLAUSE_BREAK and not toks[j][0][:1].isupper()):
        return None
    if toks[j][0] in _CUE_SET:
        return None  # "Minister calls rail strike 'a betrayal'": after a verb of saying, a cue form is its object
    return j


_DASHES = ("—", "–", "--")
_ASIDE_DASHES = (*_DASHES, "-")
_TIME_NOUNS = set(_W["time_nouns"])
_TIME_LEADS = set(_W["time_leads"])
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
# time words that make an adverbial alone ("Doe Monday said", "Doe yesterday told")
_LONE_TIMES = {*_WEEKDAYS, "yesterday", "today", "tonight"}


# nouns that end in -ly (_before_auxiliaries)
_LY_NOUNS = frozenset(("family", "ally", "assembly", "rally", "supply", "monopoly", "bully"))


def _before_auxiliaries(toks, j: int) -> int:
    """Index of the last token before ``j`` (included) that is no auxiliary, adverb or negation."""
    while j >= 0 and (toks[j][0].lower() in _AUX or _NEGATED.fullmatch(toks[j][0].lower())
                      or (toks[j][0].endswith("ly") and toks[j][0].islower() and j > 0
                          and toks[j][0] not in _LY_NOUNS and toks[j - 1][0].lower() not in _DETERMINERS
                          and not toks[j - 1][0].endswith(("'s", "’s", "s'", "s’")))) \
            and not toks[j][0][:1].isupper():
        # (an -ly word after a determiner or a possessive is a noun: "the family said", "an ally said", "Ann Doe's
        # family said"; so are a few -ly nouns after anything: "Relatives and family said")
        if toks[j][0] == "statement" and j > 0 and toks[j - 1][0].lower() in _DETERMINERS - {"a", "an"}:
            break  # "the statement said": the statement is the subject ("in a statement" is skipped)
        j -= 1
    if j > 0 and toks[j][0] == "to" and toks[j - 1][0] in _CATENATIVES:  # ("he liked to tell visitors")
        return _before_auxiliaries(toks, j - 2)
    return j


def _before_time(toks, j: int) -> int:
    """Index of the token before a time adverbial ending at ``j`` ("on Friday night", "last week", "earlier
    this month", "Monday"), else ``j``.  A month or a time noun needs a leading word ("in May", "last
    week"): "Theresa May said" keeps its name; a weekday or "yesterday" alone is enough."""
    i = j
    while i >= 0 and (toks[i][0] in _TIME_WORDS or toks[i][0].lower() in _TIME_NOUNS):
        i -= 1
    if i == j:
        return j
    lead = i
    while i >= 0 and toks[i][0].lower() in _TIME_LEADS and toks[i][0].islower():
        i -= 1
    if i == lead and not all(t[0] in _LONE_TIMES for t in toks[i + 1:j + 1]):
        return j
    # (after a name, a pronoun, or the comma closing an appositive: "The minister, Jo Doe, on Tuesday said")
    return i if i >= 0 and (toks[i][0][:1].isupper() or toks[i][0].lower() in _PRONOUNS or toks[i][0] == ",") else j
_SPEECH_NOUNS = "|".join(_W["speech_nouns"])
_SPEECH_NOUN_SET = frozenset(_W["speech_nouns"])
# a quotation described right after its closing mark by a noun of speech and a relative clause ('"...," a phrase
# that analysts said ...', '"...," a remark which critics called ...'): the clause's verb of saying is not its cue
_DESCRIBED_AFTER = re.compile(r"[”\"]?,?\s+(?:a|an|the)\s+(?:" + _SPEECH_NOUNS + "|" + "|".join(_W["described_speech_nouns"])
                              + r")\s+(?:that|which)\b")
# a possessor and its speech noun before a quotation: 'Ann Lee's response was: ', 'In Forbes' words, '
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_OWNED_WORDS = re.compile(r"(?:(?P<who>(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*|\b[Tt]he\s+[a-z]+)(?:’s|'s|’|')|"
                          r"(?:^|(?<=[.:;!?]\s)|(?<=\b[Ii]n\s)|(?<=\b[Bb]y\s))(?P<who2>His|Her|Their|his|her|their))\s+"
                          rf"(?:[a-z]+\s+)?(?P<noun>{_SPEECH_NOUNS})\b(?:\s+[a-z]+){{0,2}}\s*[:,]?\s*$")
# a sentence that opens with a possessor and its speech noun, a phrase after a preposition (no name, no second verb
# of being) or an aside in commas after it, and a copula before a colon: 'Ward's answer to critics was short: ', 'His
# conclusion, in an affidavit filed in June, was blunt: ', 'Her advice to the young never changed: ', 'Jo Doe's
# advice for residents has not changed all day: ', "The co-op's statement on his death put it simply: ", "The forum's
# letter to the regent, delivered on Monday, ended with a warning: ", "Its letter ended: " (not 'Doe's
# argument was rejected by the judge, who was blunt: ')
_OWNED_THEN_COPULA = re.compile(r"(?:(?P<who>(?:[A-Z][\w.\-]*\s+|(?:ap|ab|de|da|di|du|van|von|bin|binti)\s+){0,3}"
                                r"[A-Z][\w.\-]*|[Tt]he\s+[a-z\-]+)(?:’s|'s|’|')"
                                r"|(?P<who2>His|Her|Their|Its))\s+(?:[a-z]+\s+)?(?P<noun>" + _SPEECH_NOUNS
                                + r")\b(?:\s+(?:to|for|on|about|in|of|from|at|over|with)\s"
                                r"(?:(?!\b(?:was|is|were|are|but|by|while|whereas)\b)[^.!?:;,“”\"A-Z]){1,90})?"
                                r"(?:,[^,.!?:;“”\"]{1,80},)?\s(?:was|is|were|are|remains|remained"
                                r"|(?:has|had)\s+been|never\s+changed|never\s+varied|(?:has|had)(?:\s+not|n[’']t)\s+changed"
                                r"|put\s+it|ended|closed|concluded)"
                                r"(?:\s+[a-z]+){0,3}\s*:\s*$")
# 'In the words of Jo Doe, '
_WORDS_OF = re.compile(r"\b[Ii]n\s+the\s+(?P<noun>words)\s+of\s+(?P<who>(?:[A-Z][\w.’'\-]*\s*){1,4}|the\s+[a-z]+)"
                       r"\s*,?\s*$")
_TIME_WORDS = {*_WEEKDAYS, *_MONTHS, "Yesterday", "Today", "Tonight", "Earlier", "Later"}
# 'That drew a pointed reply from Jo Doe, the co-founder of Kelby Inc., on Threads: ': a speech noun "from" a name
# (an appositive and a medium may follow), then a colon
_NOUN_FROM = re.compile(rf"\b(?:a|an|the)\s+(?:[a-z]+\s+){{0,2}}(?P<noun>{_SPEECH_NOUNS})\s+from\s+"
                        r"(?P<who>(?:[A-Z][\w’'\-]*\s+){0,3}[A-Z][\w’'\-]*)(?:,[^,:;“”\"]{1,80},)?"
                        r"(?:\s+(?:on|in|at|via)\s+[A-Z][\w’'\-]*)?\s*:\s*$")

# the sentence's subject answers the speech noun: "He responded to a question from Jo Doe: "..."" (the quotation is
# his answer; see _noun_from)
_ANSWERING = re.compile(r"\b(?:repl(?:y|ied|ies|ying)|respond\w*|answer\w*|batt\w*\s+away|brush\w*\s+(?:off|aside)"
                        r"|dismiss\w*|deflect\w*|rebuff\w*|sidestep\w*|dodg\w*|fend\w*\s+off|shrug\w*\s+off"
                        r"|field\w*|react\w*|return\w*)\b", re.I)


def _noun_from(text: str, lo: int, b: int):
    """The _NOUN_FROM match ending at ``b`` ('That drew a reply from Jo Doe: '), unless the sentence (from ``lo``)
    answers the speech noun before it ('She replied to a message from Jo Doe on WhatsApp: ', 'The minister batted
    away a question from Kelby News: ': the quotation is the answer); else None."""
    m = _NOUN_FROM.search(text, max(lo, b - 3 * _NAMING_REACH), b)
    return None if m is None or _ANSWERING.search(text, lo, m.start()) else m


# A capitalised participle or adverb that opens an introductory phrase ("Recalling that moment, Doe, ...").
_INTRO_WORD = re.compile(r"[A-Z][a-z]{3,}(?:ing|ly)")
# a short present participle ("Taking", "Making", "Facing"): an opening word only when English writes it in lower case
_SHORT_PARTICIPLE = re.compile(r"[A-Z][a-z]{2}ing")


def _intro_word(word: str) -> bool:
    """``word`` opens an introductory phrase by its form: a capitalised -ing or -ly word ("Testifying on Tuesday,",
    "Clearly,"; a short participle only when it is a common word: "Taking the stand first, Jo Doe, 61, said"; not
    "Boeing"), and no given name."""
    return (bool(_INTRO_WORD.fullmatch(word)) or bool(_SHORT_PARTICIPLE.fullmatch(word))
            and word.lower() in _place_and_common_words()[1]) and word.lower() not in _GIVEN_GENDER


# a capitalised past participle that opens an introductory phrase when a preposition follows it ("Reached by
# telephone in Kelby, the firm's director, Jo Doe, said", "Interviewed at the gate, ...")
_PARTICIPLE_INTRO = re.compile(r"[A-Z][a-z]{2,}ed")


def _participle_intro(word: str) -> bool:
    """``word`` is a capitalised past participle ("Reached", "Interviewed"): it ends in -ed and English news writes
    it in lower case (common words), and it is no given name ("Mohamed of the chamber, ..., said", "Alfred at the
    port"; not a body's name either: "United for Change, the alliance, said")."""
    low = word.lower()
    return bool(_PARTICIPLE_INTRO.fullmatch(word)) and low in _place_and_common_words()[1] \
        and low not in _ANY_GIVEN_NAMES


# adverbs of place and sequence that open a sentence ("Elsewhere in the hall, ..."), table fronted_adverbs
_FRONTED_ADVERBS = frozenset(_W["fronted_adverbs"])
# "whose" and a body's possessives before a role and the name of its holder ("Acme, whose chair, Jo Doe, said")
_HOLDER_OPENERS = frozenset(["whose", *_W["body_possessives"]])


# words that open a role written before a name between commas ("the prime minister, Jane Doe, said")
_ROLE_ARTICLES = frozenset({"the", "a", "an", "its", "his", "her", "their"})


_PARTY_STATE = re.compile(r"[DRI]-[A-Z][\w.]*")  # "R-Kelby", "D-N.Y."


_LONE_INITIAL = re.compile(r"[A-Z]\.")
_PARENT_NOUNS = frozenset(_W["parent_nouns"])
# a pronoun subject, perhaps after an adverb and with a contraction ("then he’d"; _Reader._inner_row)
_INNER_PRONOUN = re.compile(r"^(?:(?:then|and|so|always|also|just|once|often)\s+)?(i|we|he|she)(?:[’'](?:d|ll|s|ve))?$")
_INNER_NEGATION = re.compile(r"\b(?:not|never)\b|n[’']t\b")  # ("didn't say", "did not tell", "never said")


def _cue_end(text: str, found: tuple, a: int) -> int:
    """Where the words of the cue ``found`` (cue, mention start, mention end, where) before the quotation at ``a``
    end: after its verb when the verb follows the mention ("he told me"), else after the mention ("Said Jo Doe:")."""
    at = text.rfind(found[0], found[2], a)
    return at + len(found[0]) if at >= 0 else found[2]


# between a verb of saying and a quotation inside another one: its listener at most, then a comma or a colon ("told
# me, '", "said to us: '", "wrote, '"; _Reader._inner_row)
_INNER_CUE_GAP = re.compile(r"(?:\s+(?:to\s+)?(?:me|us|him|her|them|you|everyone|everybody))?\s*[,:]\s*")
# a lower-case word right before a name, and a plural in lower case right after it (_Resolver.person_mentions_before)
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z]+ $")
_PLURAL_AFTER = re.compile(r" ([a-z]{3,}s)\b")
_POSSESSIVE_DETERMINERS = frozenset(("my", "his", "her", "our", "their", "your"))


def _kin_appositive_start(toks, i: int, j: int) -> int:
    """Where the subject that ends at the comma ``j`` opens: at a possessive's noun phrase named in apposition right
    before the comma when a clause stands before it ("I tell them what my father, Gerry Doe, told them": the father,
    not "I"; "the same thing her aunt, Ann Roe, said"), else at ``i`` (not after a preposition: "the son of his
    partner, Jo Doe,")."""
    c = next((x for x in range(j - 1, max(i, j - 5), -1) if toks[x][0] == ","), None)
    if c is None or not all(t[0][:1].isupper() for t in toks[c + 1:j]):
        return i
    p = next((x for x in range(c - 1, max(i, c - 3) - 1, -1) if toks[x][0] in _POSSESSIVE_DETERMINERS), None)
    if p is None or p <= i or not all(t[0].isalpha() and t[0].islower() for t in toks[p + 1:c]) or p + 1 == c:
        return i
    before = toks[p - 1][0]
    return p if before.isalpha() and before.islower() and before not in _PREPOSITIONS else i


def _partners_comma(toks, x: int, j: int) -> bool:
    """The comma at ``x`` stands inside an aside of "of" and a firm's capitalised name that runs on to ``j``
    (", of Gillespie, Mair & Rattray,", ", of Lynch, Barry & Co. Shipping Agents Ltd,"): the partners' list, no
    clause's start."""
    p = next((y for y in range(x - 1, 0, -1) if toks[y][0] == ","), None)
    return p is not None and p + 2 < x and toks[p + 1][0] == "of" \
        and all(t[0][:1].isupper() for t in (*toks[p + 2:x], *toks[x + 1:j]))


def _appositive_subject(toks, j: int) -> tuple[int, int] | None:
    """"Name, an appositive, says": the subject runs from the clause start to the comma at ``j``."""
    if j >= 2 and toks[j - 2][0] == "," and _PARTY_STATE.fullmatch(toks[j - 1][0]):
        j -= 2  # "state Sen. Jo Doe, R-Kelby, dismissed": US style, a party and a place after the name
    i = j - 1
    while i >= 0 and toks[i][0] not in (";", ":", "—", "–", ".", "?", "!", '"') and (
            toks[i][0].lower() not in ("that", "because", "while", "whether") or _relative_that(toks, i)
            or _inside_relative(toks, i, j)) and not _new_clause_at(toks, i):
        i -= 1
        if j - i > _MAX_TOKENS:
            return None  # no clause start within reach: not an appositive subject
    i += 1
    by = next((x for x in range(j - 2, i + 1, -1) if toks[x][0] == "by" and toks[x - 1][0].endswith(("ed", "en"))
               and toks[x - 2][0].lower() in _PASSIVE_AUX), None)
    if by is not None and any(t[0] in (",", "who", "which", "that") for t in toks[i:by]):
        by = None  # (not a passive inside an appositive or relative clause: "Doe, who is reviled by many, said")
    if by is not None:
        i = by + 1  # "Her motion was backed by the whip, Jo Doe, who said": the agent of the passive
    while i < j and (toks[i][0] in _OPENING_LINKS or toks[i][0] == ","):
        i += 1
    i = _kin_appositive_start(toks, i, j)
    if (held := _holder_after_body(toks, i, j)) is not None:
        return held
    if i < j and (toks[i][0].lower() in _INTRO | {"of", "about", "asked"} or toks[i][0] in _TIME_WORDS
                  or _intro_word(toks[i][0])
                  or _participle_intro(toks[i][0]) and i + 1 < j and toks[i + 1][0] in _PREPOSITIONS
                  or toks[i][0] == "Not" and i + 2 < j and _participle_intro(toks[i + 1][0].capitalize())
                  and toks[i + 2][0] in _PREPOSITIONS  # ("Not related to the manager, Cllr Jo Doe, ... said")
                  or toks[i][0][:1].islower() and toks[i][0].lower() not in _ROLE_ARTICLES):
        # "Recalling that night, Doe, ...": the scan stopped at "that" ("the prime minister, Doe," is a role)
        # "Of Carson, Levine, who backs Rubio, said", "Tuesday at X in Y, OH, after winning, Gov. Jane Doe
        # said": the introductory phrases end at the last comma followed by a capitalised word
        c = next((x for x in range(j - 1, i, -1) if toks[x][0] == "," and toks[x + 1][0][:1].isupper()
                  and not _PARTY_STATE.fullmatch(toks[x + 1][0]) and not _partners_comma(toks, x, j)), j)
        # (not "Rep. Jo Doe, R-Ga., whose ...", nor the comma inside a firm of partners: "solicitor Jo Doe, of
        # Gillespie, Mair & Rattray, said")
        if c == j and _intro_word(toks[i][0]) and toks[i + 1][0] == ",":  # ("Defending, solicitor Jo Doe, of Doe
            c = next((x for x in range(i + 1, j) if toks[x][0] == "," and toks[x + 1][0].islower()  # & Co, said")
                      and toks[x + 1][0] not in _PREPOSITIONS
                      and any(t[0][:1].isupper() for t in toks[x + 2:x + 5])), j)
        c = _name_before_title(toks, i, c, j)
        if c == j and toks[i][0].lower() in _PREPOSITIONS:
            # "In a filing to the Kelby Exchange, the company, which ..., said": a description after the phrase
            # (not after a clause's subject: "As Jo Doe, the party's No. 2, put it")
            c = next((x for x in range(i + 1, j) if toks[x][0] == "," and toks[x + 1][0] in ("the", "its")), j)
            if c == j and toks[i][0].lower() in _PLACE_OPENERS and toks[i + 1][0][:1].isupper():
                # "In Kelby, a fisherman who gave his name only as Jo said": a place phrase, then the person
                # brought in with "a"/"an" (the last such comma: "In Kelby, a mill town, a retired weaver who ...")
                c = next((x for x in range(j - 1, i, -1) if toks[x][0] == "," and toks[x + 1][0] in ("a", "an")), j)
        elif c == j and toks[i][0].lower() in _FRONTED_ADVERBS:
            # "Elsewhere in the hall, the party's candidate conceded": a fronted adverbial, then the subject
            c = next((x for x in range(i + 1, j) if toks[x][0] == "," and toks[x + 1][0] in ("the", "its")), j)
        i = c + 1 if c + 1 < j else i
    cap = next((x for x in range(i, min(j, i + 4)) if toks[x][0][:1].isupper()), None)
    if cap and all(t[0].isalpha() and t[0].islower() and not _is_cue(t[0]) and not t[0].endswith("ed")
                   or _YEAR_OLD.fullmatch(t[0]) for t in toks[i:cap]):  # (an age: "81-year-old Jo Doe, a ...,")
        # "state Sen. Jo Doe, R-Kelby, dismissed": lower-case role words; "association president Jo Doe, a
        # reeve from Kelby, said": and the name's own appositive
        c = next((x for x in range(cap, j) if toks[x][0] == ","), j)
        if (all(t[0][:1].isupper() for t in toks[cap:c]) or _joint_names(toks[cap:c])) \
                and (c == j or toks[c + 1][0].lower() in _ROLE_ARTICLES or toks[c + 1][0] in ("both", "of")):
            return toks[cap][1], toks[c - 1][2]  # ("state Senate leader Jo Doe and House Speaker Ann Roe, both
            # Republicans, said": two names joined)
    if i < j and (toks[i][0][:1].isupper() or _YEAR_OLD.fullmatch(toks[i][0]) and toks[i + 1][0][:1].isupper()
                  or by is not None and toks[i][0].lower() in _ROLE_ARTICLES):
        return toks[i][1], toks[j - 1][2]
    return _role_then_name(toks, i, j) or _described_appositive(toks, i, j) or _name_before_relative(toks, cap, j)


def _joint_names(run) -> bool:
    """Tokens ``run`` are two names, each perhaps after role words, joined by one "and" ("Senate leader Jo Doe and
    House Speaker Ann Roe"): no verb, no cue, a capitalised word before the "and" and at the end."""
    ands = [x for x, t in enumerate(run) if t[0] == "and"]
    return len(ands) == 1 and 0 < ands[0] < len(run) - 1 and len(run) <= 12 and run[ands[0] - 1][0][:1].isupper() \
        and run[-1][0][:1].isupper() and all(
            t[0].isalpha() and (t[0][:1].isupper() or not (_is_cue(t[0]) or t[0] in _AUX or t[0].endswith("ed")))
            for t in run)


def _holder_after_body(toks, i: int, j: int) -> tuple[int, int] | None:
    """'the Kelby Traders' Forum, whose chief executive, Jo Doe, said', 'The Harbour Group, its chair, Ann Lee,
    said': a body, then its role written with "whose" or a possessive (table ``body_possessives``) and a person's
    name between commas ending at ``j``: the person speaks, not the body; else None."""
    c = next((x for x in range(j - 1, i, -1) if toks[x][0] == ","), None)
    if c is None or c + 1 >= j or not all(t[0][:1].isupper() for t in toks[c + 1:j]) \
            or not _is_person_name(" ".join(t[0] for t in toks[c + 1:j])):
        return None
    w = next((x for x in range(c - 1, max(c - 6, i), -1) if toks[x][0].lower() in _HOLDER_OPENERS), None)
    if w is None or toks[w - 1][0] != "," or w + 1 >= c \
            or not all(t[0].replace("-", "").isalpha() and t[0].islower() and not _is_cue(t[0])
                       for t in toks[w + 1:c]):
        return None  # (a hyphened role too: "whose director-general, Jo Doe, said")
    return toks[c + 1][1], toks[j - 1][2]


def _name_before_title(toks, i: int, c: int, j: int) -> int:
    """The comma that opens the subject after an introductory phrase: ``c`` (the last comma before a capital),
    unless what follows it is a capitalised title ("Chief Executive Officer of Kelby Bank") after a person's name
    between the comma before and it ("Commenting on the deal, Dr. Jo Doe, Chief Executive Officer of ..., said"), or
    a possessor and lower-case words describing the name between the commas, a person's or a body's ("In a
    statement, Kelby Group plc, Tarno Marine's parent company, said"): then that comma before."""
    owned = c < j and _possessed_description(toks, c + 1, j)
    if c >= j or not owned and not _title_run(toks, c + 1, j):
        return c
    p = next((x for x in range(c - 1, i, -1) if toks[x][0] == ","), None)
    if p is None or p + 1 >= c:
        return c
    named = toks[p + 1:c]
    person = _is_person_name(" ".join(t[0] for t in named))
    body = owned and named[0][0][:1].isupper() \
        and all(t[0][:1].isupper() or t[0] in ("&", "and", "of") or is_legal_form(t[0]) for t in named)
    return p if person or body else c


def _possessed_description(toks, x: int, j: int) -> bool:
    """Tokens ``x`` to ``j`` are a possessor's capitalised words and lower-case nouns ("Tarno Marine's parent
    company", "Acme's chief executive"): a description, no verb among them."""
    k = next((y for y in range(x, min(j, x + 4)) if toks[y][0].endswith(("’s", "'s"))), None)
    return k is not None and k + 1 < j and all(t[0][:1].isupper() for t in toks[x:k + 1]) \
        and all(t[0].isalpha() and t[0].islower() and not _is_cue(t[0]) and t[0] not in _FINITE for t in toks[k + 1:j])


def _title_run(toks, x: int, j: int) -> bool:
    """A capitalised title opens at token ``x``: a title word within its first three capitalised words ("Chief
    Executive", "Managing Director", "Group Managing Director of ...")."""
    for y in range(x, min(x + 3, j)):
        if not toks[y][0][:1].isupper():
            return False
        if _is_title(toks[y][0]):
            return True
    return False


def _new_clause_at(toks, i: int) -> bool:
    """", and" at ``i`` opens a new clause with a capitalised subject ('The chapter passed a motion, and
    Professor Jo Doe, who teaches law, described ...'), a description ('He has been traded twice, and a club
    official, speaking on condition of anonymity, said') or a role's holder ('..., and its chairman, Jo Doe,')."""
    return toks[i][0] in ("and", "but") and i > 0 and toks[i - 1][0] == "," and i + 1 < len(toks) \
        and (toks[i + 1][0][:1].isupper() or toks[i + 1][0] in ("a", "an") and not _after_apposition(toks, i - 1)
             or toks[i + 1][0] in ("its", "their", "the") and _person_head_within(toks, i + 2)
             and not _after_apposition(toks, i - 1))
    # (or a holder of a role: "The association welcomed the choice, and its chairman, Jo Doe, dismissed ...", "...,
    # and its managing director, Jo Doe, called")


def _person_head_within(toks, k: int) -> bool:
    """A person's noun at ``toks[k]`` or after one or two lower-case words ("chairman", "managing director")."""
    for x in range(k, min(k + 3, len(toks))):
        if toks[x][0].lower() in _PERSON_HEADS:
            return True
        if not (toks[x][0].isalpha() and toks[x][0].islower()):
            return False
    return False


def _after_apposition(toks, c: int) -> bool:
    """The comma at ``c`` closes an apposition (", a/an/the ...,"): ", and a/an" after it is a second apposition
    of the same subject ('The mayor, a Democrat, and an ally of the governor, said'), no new clause."""
    x = next((x for x in range(c - 1, max(c - 12, 0), -1) if toks[x][0] == ","), None)
    return x is not None and x + 1 < c and toks[x + 1][0].lower() in ("a", "an", "the")


def _inside_relative(toks, i: int, j: int) -> bool:
    """The word at ``i`` ("because", "that") is inside a relative clause opened by "who" or "which" (or a
    participle's clause after a comma) and closed by the comma ``j``: 'A broker, who asked not to be named because
    he trades with both sides, said', 'An official, speaking on condition of anonymity because he was not
    authorized to comment, said'."""
    for x in range(i - 1, max(i - 15, 1), -1):
        if toks[x][0] == ",":
            return False
        if toks[x][0] in ("who", "which") or toks[x - 1][0] == "," and toks[x][0].endswith("ing") \
                and toks[x][0].isalpha() and toks[x][0].islower():
            return all(t[0] != "," for t in toks[i:j])
    return False


def _name_before_relative(toks, cap: int | None, j: int) -> tuple[int, int] | None:
    """'the Third Ward Business Council, which represents 300 firms downtown, said': the name that the relative
    clause ending at the comma ``j`` describes (capitalised words, "of", "and", "&" between them)."""
    c = next((x for x in range(cap, j) if toks[x][0] == ","), None) if cap is not None else None
    if c is None or c + 1 >= j or toks[c + 1][0] not in ("which", "who") or not all(
            t[0][:1].isupper() or t[0] in ("of", "and", "&", "for") for t in toks[cap:c]):
        return None
    return toks[cap][1], toks[c - 1][2]


def _relative_that(toks, i: int) -> bool:
    """The "that" at ``i`` opens a relative clause inside an appositive ('X, a group that has campaigned ..., said',
    'X, a miner that holds three permits ..., said'): after a lower-case noun, before an auxiliary or a verb's -s
    or -ed form; not "Recalling that night" or "said that"."""
    if i == 0 or i + 1 >= len(toks):
        return False
    before, after = toks[i - 1][0], toks[i + 1][0]
    return before.isalpha() and before.islower() and not _verb_like(before) \
        and (after.lower() in _AUX or after.isalpha() and after.islower() and _verb_like(after)
             and _in_appositive(toks, i))


def _in_appositive(toks, i: int) -> bool:
    """The word at ``i`` follows an appositive's opening: a comma, an article and lower-case words (", an explorer
    that holds ..."; not "The operator that runs the routes, Acme Ferries, said": the subject's own clause)."""
    x = i - 1
    while x > 0 and (toks[x][0].islower() or toks[x][0].rsplit("-", 1)[-1].islower()) \
            and toks[x][0] not in ("a", "an", "the") and i - x < 6:  # ("an Ashby-based miner that")
        x -= 1
    return x > 0 and toks[x][0] in ("a", "an", "the") and toks[x - 1][0] == ","


def _described_appositive(toks, i: int, j: int) -> tuple[int, int] | None:
    """'"...," an intelligence source, who was not authorized to speak, told Fox News': an article and up to
    six lower-case words, then the appositive (or relative clause) between commas: the whole mention."""
    if i >= j or toks[i][0].lower() not in ("a", "an", "the", "one", "another"):
        return None
    # (or the relative clause right after the head: "a woman who gave her name only as Jo")
    c = next((x for x in range(i + 1, j) if toks[x][0] == ","), j if toks[j][0] == "who" else None)
    if c is None or not 1 <= c - i - 1 <= 6 or not toks[c - 1][0].islower() or not all(
            t[0].replace("-", "").isalpha() and not _is_cue(t[0]) for t in toks[i + 1:c]):
        return None  # (a hyphenated noun is one word: "one vice-chancellor, who asked not to be named,"; a
        # capitalised modifier before a lower-case head: "one Acme engineer, who asked not to be named,")
    return toks[i][1], toks[j - 1][2]


def _particle_joined(word: str) -> bool:
    """A surname joined to its particle by a hyphen or an apostrophe ("al-Gharyani", "el-Amin", "d'Souza")."""
    head, _, rest = word.replace("’", "-").replace("'", "-").partition("-")
    return (head in _NAME_PARTICLES or head == "d") and rest[:1].isupper()


def _role_then_name(toks, i: int, j: int) -> tuple[int, int] | None:
    """"the prime minister, Jane Doe, said": a role with its article, then the name between commas (the whole
    mention, role and name, as "Jane Doe, the prime minister" would be)."""
    if i >= j or toks[i][0].lower() not in _ROLE_ARTICLES:
        return None
    c = next((x for x in range(i + 1, j) if toks[x][0] == ","), None)
    name = [t for t in toks[c + 1:j] if t[0] not in "()"] if c is not None else []  # ("Chief (Mrs.) Jo Doe")
    lead = 1 if name and _is_title(name[0][0].rstrip(".")) else 0
    inner = sum(t[0] in _NAME_PARTICLES for t in name[lead + 1:-1])  # ("Inmaculada Ruiz de Velasco": a particle)
    # (one to four words after a leading title: "Mr Jo Lau Wei Kel"; a second title counts as a word)
    if not 1 <= len(name) - lead - inner <= 4 \
            or not all(t[0][:1].isupper() or t[0] in _NAME_PARTICLES or _particle_joined(t[0]) for t in name) \
            or c - i > 14:
        return None  # ("the National Coordinator of the Shareholders Forum of Nigeria (SFN), Jo Doe,": long roles)
    return toks[i][1], name[-1][2]


# cue verbs whose object is the listener ("told AFP", "informed reporters"), never the speaker
_TO_LISTENER = set(_W["listener_cues"])
_PREPOSITIONS = ("to", "with", "at", "of", "for", "on", "in", "from", "about", "by")
# (before "a brief call": "told reporters during a brief call")
_ADVERBIAL_PREPOSITIONS = frozenset(_PREPOSITIONS) | {"during"}
_GROUP_SUBJECTS = ("Others", "Some", "Many", "Most", "Insiders", "Analysts", "Investors", "Critics", "Officials",
                   "Executives", "Sources", "Experts", "Supporters", "Employees", "Staff", "People")


def _hyphened_alpha(w: str) -> bool:
    """``w`` is letters, or words of letters joined by hyphens ("co-founder", "voice-over")."""
    return all(part.isalpha() for part in w.split("-"))


def _keeps_preposition(toks, i: int, j: int) -> bool:
    """A preposition inside a subject: "several of the people", "people familiar with the matter"."""
    w = toks[i][0].lower()
    if i == 0:
        return False
    p = _sentence_case(toks[i - 1][0])  # ("CLIENTS in Kelby have ...")
    if w in ("in", "from", "across", "at") and _people_noun(p) and i - 1 <= j:
        return True  # "Residents in Kelby have accused ...", "Farmers from Ashby said", "Workers at Acme Ltd say":
        # the people speak
    if w == "of" and (p.lower() in _DETERMINERS | {"each", "none", "any"}
                      or (_hyphened_alpha(p) and p.islower() and p not in _CLAUSE_BREAK | _AUX and not _is_cue(p))
                      or _people_noun(p)):
        return True  # ("Allies of Ms Doe said": the allies speak)
    if w in _PREPOSITIONS and re.search(r"familiar|close|knowledge|briefed|aware|involved|people|person|officials?|sources?", p):
        return True
    if _employer_after(toks, i):
        return True  # "a reporter for Agence France-Presse said": the employer belongs to the subject
    if w in ("of", "for") and _name_of(toks, i):
        return True  # "Jane Doe of the Farm Bureau said", "the Center for Public Integrity said": one name
    if w == "at" and _name_of(toks, i) and _person_before(toks, i):
        return True  # "Raj Patel at Kelby & Co said": an analyst at a firm speaks, not the firm
    if i + 2 <= j and _lower_body_after([t[0] for t in toks[i:i + 3]]) and _person_before(toks, i):
        return True  # "Jo Doe of the village council said": she speaks, not a body the story does not name
    if w == "of" and i + 3 <= j and toks[i + 1][0] == "the" and toks[j][0] in _ORG_WORDS and _person_before(toks, i) \
            and all(t[0][:1].isupper() and _letters_only(t[0]) or t[0] == "and" for t in toks[i + 2:j]):
        return True  # "Jo Doe of the For Kelby and Ashby party said": a party's name, then its noun in lower case
    if w in ("for", "to", "at", "on", "with", "from", "in") and p.islower() \
            and (p.isalpha() or w != "from" and _hyphened_alpha(p)) \
            and p not in _CLAUSE_BREAK | _AUX \
            and not _is_cue(p) and _description_opens(toks, i):
        # "the lawyer for the family said", "a staffer in the room asked": a noun's post-modifier (a hyphened head
        # too, "a co-founder of the group", but not before "from": "a twenty-year-old from Kelby said" is no place)
        return True
    if w in ("in", "on", "at") and p in _DOCUMENT_HEADS and i + 1 <= j and toks[i + 1][0].lower() in ("the", "a", "an"):
        return True  # "The trust's own notice in the library window calls ...": where the document stands
    return (w in _PREPOSITIONS and i + 1 <= j and toks[i + 1][0].lower() in ("the", "a", "an")
            and bool(re.fullmatch(r"familiar|close|knowledge|briefed|aware|involved|with", p)))


def _appositive_name_words(subject: str) -> list[str]:
    """The words of a subject; of the name alone when a description and a comma come before it ("The chair of the
    board, Cr Lorraine Beutel": the name the subject comes down to, however long its description)."""
    words = subject.split()
    head, _, name = subject.rpartition(", ")
    tail = name.split()
    return tail if head and 1 <= len(tail) <= 4 and all(_NAME_WORD.fullmatch(w) for w in tail) \
        and not any(mark in head for mark in "\"“”‘") else words  # (no quotation: 'The statement, signed "Jo Doe,
    # President,"')


_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*")


def _body_name_words(words: list[str]) -> bool:
    """Up to twelve words that are one capitalised name with its connectives, an article before it and an acronym in
    brackets after it ("The Kelby Association of Ferry Operators and Port Workers (KAFO)"): a body's name, however
    long, not a clause."""
    name = words[1:] if words[:1] in (["The"], ["the"]) else words
    name = name[:-1] if name and re.fullmatch(r"\([A-Z][\w&\-]*\)", name[-1]) else name
    return 1 < len(name) <= 12 and name[0][:1].isupper() and name[-1][:1].isupper() \
        and all(w[:1].isupper() or w in ("of", "and", "for", "the", "&", "de", "del", "la") for w in name)


# from a quotation's end to a noun in apposition to it or its clause: the closing marks, a comma, maybe a short
# phrase before the comma ('"a fair price" for the land, a sum the ...')
_MUTE_NOUNS = frozenset(_W["mute_nouns"])
_VERB_AS_QUOTATION = re.compile(r"\s+[a-z]+\s+as\s+[“\"‘'«]")  # ' dismissed as "', ' described as “'
_BEFORE_APPOSED_NOUN = re.compile(r"[,”\"’'»“]*(?:\s+[a-z][\w ]{0,30},)?\s+")


def _noun_then_relative(text: str, b: int, ma: int, mb: int) -> bool:
    """The would-be speaker at [ma, mb), right after the quotation that ends at ``b``, is a noun for a thing that
    cannot speak (``mute_nouns``: a sum, an offer, a gesture; not "a source", "a report", "a union"), then a
    relative clause with no "that": its own subject, an article's noun ('"...", a sum the council has said it
    will spend') or a name whose verb quotes its own words with "as" ('"...," a gesture Jo Doe dismissed as "..."';
    not '"...," the younger Doe said'): the noun describes the quotation; the clause's subject did not say it."""
    words = text[ma:mb].split()
    words = words[1:] if words[:1] in (["a"], ["an"], ["the"]) else words
    return len(words) >= 2 and _BEFORE_APPOSED_NOUN.fullmatch(text, b, ma) is not None \
        and words[0] in _MUTE_NOUNS \
        and (words[1] in ("the", "a", "an") or words[1][:1].isupper() and _VERB_AS_QUOTATION.match(text, mb))


def _description_opens(toks, i: int) -> bool:
    """A description opener ("the", "a", ...) stands two or three tokens before the preposition at ``i``, or up to
    seven when only lower-case words and plural possessives, no preposition, lie between ("The biggest taxi
    drivers' union in northern Kelby said": the whole description speaks, not the place; "An old mother selling
    kaukau next to me put it")."""
    for x in range(i - 2, max(-1, i - 8), -1):
        if toks[x][0].lower() in _DESCRIPTION_OPENERS:
            # (the longer reach not inside an "of" phrase: "The head of the largest nurses' union in Kelby",
            # "Three of the biggest employers in Kelby", whose subject opens further back)
            return x >= i - 3 or (x == 0 or toks[x - 1][0].lower() != "of") and all(
                (t[0].isalpha() and t[0].islower() or _PLURAL_POSSESSIVE.fullmatch(t[0]))
                and t[0] not in _PREPOSITIONS for t in toks[x + 1:i])
    return False


_PLURAL_POSSESSIVE = re.compile(r"[a-z]+s[’']")  # "farmers’", "growers'"


def _inside_body_name(toks, i: int) -> bool:
    """The "for", "of" or "and" at ``i`` stands between capitalised words of one body's name after a person's "of":
    "Jo Doe of the Democrats for Kelby said" (the run opens with "of the"), "Jo Doe of Free Farmers and Greens
    (FFG) said" (its initials follow in brackets).  Not "Jo Doe and Ann Roe said", "Jo Doe of Kelby and Ann Roe
    said" (no "of the", no initials)."""
    if toks[i][0] not in ("for", "of", "and") or i == 0 or i + 1 >= len(toks) or not toks[i + 1][0][:1].isupper() \
            or not toks[i - 1][0][:1].isupper():
        return False
    x = i - 1
    while x > 0 and toks[x - 1][0][:1].isupper() and _letters_only(toks[x - 1][0]):
        x -= 1
    if x > 1 and toks[x - 1][0] == "the" and toks[x - 2][0] == "of" and toks[i][0] != "and":
        return True  # (not "and": "Jo Doe of the Greens and Tom Reed said" are two)
    y = i + 1
    while y + 1 < len(toks) and (toks[y + 1][0][:1].isupper() and _letters_only(toks[y + 1][0])
                                 or toks[y + 1][0] in _OF_WORDS):
        y += 1
    while x > 2 and toks[x - 1][0] in ("for", "and") and toks[x - 2][0][:1].isupper() and _letters_only(toks[x - 2][0]):
        x -= 2  # ("of the Tarno League for Peace and Progress (TLPP)": the name's words back to its "of the")
        while x > 0 and toks[x - 1][0][:1].isupper() and _letters_only(toks[x - 1][0]):
            x -= 1
    of = x - 2 if x > 1 and toks[x - 1][0] == "the" else x - 1  # (the "of" before the name, "the" between)
    if y + 2 >= len(toks) or toks[y + 1][0] != "(" or not toks[y + 2][0].isupper() or of < 0 \
            or toks[of][0] != "of":
        return False
    initials = "".join(t[0][0] for t in toks[x:y + 1] if t[0] not in _OF_WORDS)
    return len(initials) >= 2 and initials == toks[y + 2][0]


def _and_in_body_name(toks, i: int) -> bool:
    """The "and" at ``i`` joins two fields inside one body's name ("Jo Doe of the Centre for Agricultural Markets
    and Rural Finance said"): capitalised words on both sides, and the run before it, back to its "the", holds an
    organisation word (org_words).  Not "Jo Doe and Ann Roe said" (no "the", no such word)."""
    if toks[i][0] != "and" or i + 1 >= len(toks) or not toks[i + 1][0][:1].isupper() \
            or not toks[i - 1][0][:1].isupper():
        return False
    if _named_then_body_noun(toks, i):
        return True
    x = i - 1
    while x >= 0 and i - x <= _BODY_NAME_WORDS and (toks[x][0][:1].isupper() or toks[x][0] in _TITLE_SMALL):
        if toks[x][0].lower() == "the" and any(t[0].lower() in _ORG_WORDS for t in toks[x + 1:i] if t[0][:1].isupper()):
            return True  # ("the National Committee for the Rights of Private Sector Teachers and": the first "the")
        if toks[x][0] == "the" and x and toks[x - 1][0] == "of" and _org_word_closes_run(toks, i + 1):
            return True  # ("Jo Doe of the Kelby Liberal and Reform Party said": its word after "and")
        if toks[x][0] == "of" and x and toks[x - 1][0][:1].isupper() and toks[x + 1][0][:1].isupper() \
                and toks[x + 1][0].lower() not in _ORG_WORDS and _org_word_then_field(toks, x + 1, i):
            return True  # ("Jo Doe of Kelby Centre for Policy and Society Studies said": no "the" before the body)
        x -= 1
    return False


def _org_word_closes_run(toks, y: int) -> bool:
    """The run of capitalised words from ``y`` (a few at most) closes on an organisation word (org_words): "Democratic
    Alliance", "Social Democratic Party"."""
    run = []
    for t in toks[y:y + _BODY_NAME_WORDS]:
        if not t[0][:1].isupper():
            break
        run.append(t[0])
    return bool(run) and run[-1].lower() in _ORG_WORDS


def _and_in_title(toks, i: int) -> bool:
    """The "and" at ``i`` joins two fields of a title's portfolio ("Minister of Trade and Industry Jo Doe said",
    "Secretary for Health and Social Care Jo Doe"): back from it, over one or two capitalised words (a portfolio,
    no holder's name yet: not "Minister of Finance Jo Doe and ..."), an "of" or "for" after a capitalised title;
    and the holder's name still to come after it (:func:`_holder_after_and`)."""
    if toks[i][0] != "and" or not _holder_after_and(toks, i):
        return False
    x = i - 1
    while x > i - 3 and x > 0 and toks[x][0][:1].isupper():
        x -= 1
    return x < i - 1 and x > 0 and toks[x][0] in ("of", "for") and toks[x - 1][0][:1].isupper() \
        and _is_title(toks[x - 1][0])


def _holder_after_and(toks, i: int) -> bool:
    """After the "and" at ``i``, the rest of a portfolio and the holder's name: two capitalised words or more, no
    title (its own or a peer's: "and Investment Lord Doe" is left as two) and no possessive among them; not a
    second subject with a title or a group of its own ("and Finance Minister Jo Doe", "and Kelby's Jo Doe", "and
    IMF officials")."""
    x = i + 1
    while x < len(toks) and toks[x][0][:1].isupper() and not _POSSESSOR.fullmatch(toks[x][0]) \
            and not _is_title(toks[x][0]):
        x += 1
    return x - i > 2 and (x == len(toks) or not toks[x][0][:1].isupper())


def _named_then_body_noun(toks, i: int) -> bool:
    """The "and" at ``i`` joins capitalised words after "of the", and a lower-case body's noun (org_words) follows
    the capitalised words after it: "Jo Doe of the For Kelby and Ashby party accused" (the party's name holds
    "and"); not "Jo Doe of the Greens and Tom Reed said"."""
    y = i + 1
    while y < len(toks) and toks[y][0][:1].isupper() and _letters_only(toks[y][0]):
        y += 1
    if y >= len(toks) or toks[y][0] not in _ORG_WORDS:
        return False
    x = i - 1
    while x > 0 and toks[x - 1][0][:1].isupper() and _letters_only(toks[x - 1][0]):
        x -= 1
    return x > 1 and toks[x - 1][0] == "the" and toks[x - 2][0] == "of"


def _org_word_then_field(toks, x: int, i: int) -> bool:
    """Between ``x`` and the "and" at ``i``, an organisation word then "for"/"of" ("Kelby Centre for Policy"); after
    the "and", capitalised words with no given name, then a lower-case word ("and Society Studies said"): the
    fields of one body's name, not a second person ("... Kelby Bank and Tom Reed of Acme")."""
    words = [t[0] for t in toks[x:i]]
    org = next((k for k, w in enumerate(words) if w.lower() in _ORG_WORDS), None)
    if org is None or org + 1 >= len(words) or words[org + 1] not in ("for", "of"):
        return False
    y = i + 1
    while y < len(toks) and toks[y][0][:1].isupper():
        if toks[y][0].lower() in _GIVEN_GENDER:
            return False
        y += 1
    return y > i + 1 and y < len(toks) and toks[y][0].islower() and toks[y][0] not in ("of", "at", "from")


_BODY_NAME_WORDS = 12  # words of a body's name back from an "and" inside it to its "the"
# "the Centre for Crop Markets and ": a body's name up to an "and" inside it (see _ends_body_name)
_BODY_UP_TO_AND = re.compile(rf"\b[Tt]he\s+((?:[{_UC}][\w’'\-]*\s+|(?:of|for|on|the)\s+){{1,11}})and\s+$")


# "the", an institution noun, then "for", "of" or "on" inside a body's name, right before a capitalised run ("the
# Kelby Institute for | Transport Economics", "the Centre for | Urban Housing Policy"): see _ends_body_name
_BODY_UP_TO_PREP = re.compile(rf"\b[Tt]he\s+(?:[{_UC}][\w’'\-]*\s+){{0,3}}([{_UC}][\w’'\-]*)\s+"
                              r"(?:for|of|on)\s+(?:the\s+)?$")


def _ends_body_name(text: str, at: int) -> bool:
    """The capitalised run at ``at`` ends a body's name after an "and" inside it ("Jo Doe of the Centre for Crop
    Markets and Rural Finance": "Rural Finance" is no person), as :func:`_and_in_body_name` reads it; or after
    an institution noun and its preposition ("Dr Jo Doe of the Institute for Transport Economics"), when the run
    holds no given name and its last word is written nowhere else (not "the Secretary of State for Health Jo
    Doe ... Doe said")."""
    m = _BODY_UP_TO_AND.search(text, max(0, at - 80), at)
    if m and any(w.lower() in _ORG_WORDS for w in m.group(1).split() if w[:1].isupper()):
        return True
    m = _BODY_UP_TO_PREP.search(text, max(0, at - 60), at)
    if not m or m.group(1).lower() not in _ORG_WORDS:
        return False
    run = _name_tokens(_CAP_RUN.match(text, at).group())
    return bool(run) and not any(t.lower() in _GIVEN_GENDER for t in run) and len(_finds(text, run[-1])) == 1


_OF_THE_BODY = re.compile(r"\S+\s+of\s+the\s")


def _people_noun(w: str) -> bool:
    """A plural noun for people, capitalised as a sentence opens ("Allies", "Friends", "Aides", "Supporters",
    "Preservationists": people of one cause or trade)."""
    low = w.lower()
    return w[:1].isupper() and low.endswith("s") and (low[:-1] in _PERSON_HEADS or low[:-3] + "y" in _PERSON_HEADS
                                                       or re.fullmatch(r"[a-z]{4,}ists", low) is not None)


def _name_of(toks, i: int) -> bool:
    """Token ``i`` ("of", "for") stands between two capitalised words, "the" allowed after it: a person and
    the body they belong to ("Jane Doe of the Farm Bureau") or a name with a preposition inside ("Center
    for Public Integrity")."""
    if i == 0 or i + 1 >= len(toks):
        return False
    nxt = toks[i + 2][0] if toks[i + 1][0] == "the" and i + 2 < len(toks) else toks[i + 1][0]
    prev = _strip_possessive(toks[i - 1][0])
    return prev[:1].isupper() and _letters_only(prev) and prev not in _NOT_NAME and nxt[:1].isupper() \
        and nxt not in _NOT_NAME


def _person_before(toks, i: int) -> bool:
    """Two or three capitalised words right before token ``i`` that make a person's name ("Jane Doe at")."""
    s = i
    while s > 0 and i - s < 3 and toks[s - 1][0][:1].isupper() and _letters_only(toks[s - 1][0]):
        s -= 1
    return i - s >= 2 and _is_person_name(" ".join(t[0] for t in toks[s:i]))


def _letters_only(w: str) -> bool:
    """Letters only, hyphens and apostrophes aside ("Stone-Kaye", "O'Brien")."""
    return w.replace("-", "").replace("’", "").replace("'", "").isalpha()


def _bracketed_mark(toks, i: int) -> bool:
    """``toks[i]`` is a bracket of a company's mark before its legal form, "(Pty) Ltd", "(SOC) Ltd" (its tokens
    "(", mark, ")", then a legal form): the closing bracket, or the opening one."""
    k = i - 2 if toks[i][0] == ")" else i if toks[i][0] == "(" else -1
    return k >= 1 and k + 3 < len(toks) and toks[k][0] == "(" and toks[k + 2][0] == ")" \
        and toks[k + 1][0][:1].isupper() and is_legal_form(toks[k + 3][0]) and toks[k - 1][0][:1].isupper()


def _who_antecedent(toks, i: int, j: int, k: int):
    """'an official who spoke anonymously to discuss plans said': the subject ending at ``j`` (opening at ``i``)
    closes a relative clause, whose antecedent is the subject of the cue at ``k``: its offsets, or None when it has
    none; False when no "who" opens such a clause."""
    w = next((x for x in range(i - 1, max(i - 12, 0), -1)
              if not (toks[x][0].isalpha() or _AMOUNT_TOKEN.fullmatch(toks[x][0])
                      or _MEASURE_WORD.fullmatch(toks[x][0]))  # (a measure: "who fishes from a 10-metre boat")
              or toks[x][0] in ("who", "which")), None)
    if w is None or toks[w][0] != "who" or w + 1 >= i or not toks[w + 1][0].islower() or k - w > 16:
        return False
    head = _appositive_subject(toks, w)
    if head and _MENTION_LEAD.match(toks[bisect.bisect_left(toks, head[0], key=_start)][0] + " A"):
        # "Although X, an official who ...": the subordinate clause before the comma is not the subject
        c = next((x for x in range(w - 1, 0, -1) if toks[x][0] == ","), None)
        head = (toks[c + 1][1], head[1]) if c is not None and c + 1 < w else None
    return (head[0], toks[j][2]) if head else None


def _subject_start(toks, j: int) -> int | None:
    """Index of the first token of a subject that ends at ``j`` (at most 12 tokens, within the clause)."""
    i = j
    n = 0
    while i >= 0 and n < 12 and (toks[i][0] not in (",", ";", ":", "—", "–", "-", "--", "(", ")", ".", "?", "!",
                                                    '"') or _bracketed_mark(toks, i)):
        # (a lone "-" or "--" token is a spaced dash: "four months after Doe left office - the department told"; a
        # company's mark in brackets before its legal form goes on its name: "Kelby Mines (Pty) Ltd said")
        if _bracketed_mark(toks, i):
            i -= 3 if toks[i][0] == ")" else 1
            n += 1
            continue
        w = toks[i][0]
        if w.lower() in _CLAUSE_BREAK and not w[:1].isupper() and i < j:
            if _keeps_preposition(toks, i, j) or _and_in_body_name(toks, i) or _inside_body_name(toks, i) \
                    or _and_in_title(toks, i) or _participle_by(toks, i):
                i -= 1
                n += 1
                continue
            break
        if w.lower() in ("who", "which") and i < j or w in _CAPITAL_SUBORDINATORS and i < j:
            break  # ("After the ban was announced": the clause's subject follows its subordinator)
        if i < j and w in _PERCEPTION_VERBS and _bare_saying(toks, j) and not _relative_perception(toks, i):
            return i + 1  # "a customer heard the gunman say" (not "Fans that saw the crash said"): the one heard
        if i < j and _is_cue(w) and w.islower() and not (i > 0 and toks[i - 1][0].lower() == "who") \
                and not (i > 0 and toks[i - 1][0].lower() in _ROLE_ARTICLES and w.endswith(("en", "ed"))):
            return None  # another cue inside the would-be subject: "X said Kim's mental state is" (not a relative
            # clause's verb: "One customer who called the newsroom said"; nor a participle after a determiner, an
            # adjective: "Its written objection called")
        if i < j and w.islower() and w.endswith("ed") and toks[i + 1][0] in _ROLE_ARTICLES:
            if i > 0 and toks[i - 1][0].lower() in ("who", "which"):
                return i  # "the guru who founded the site tweeted": the relative clause (see _subject_before)
            return None  # a verb and its object: "Doe published a column calling it" ("the report released Friday"
            # has no article after its participle)
        i -= 1
        n += 1
    i += 1
    if i > j:
        return None
    while i <= j and (toks[i][0] in _SUBJECT_OPENERS or re.fullmatch(r"[\d.,]+", toks[i][0])):
        i += 1
    if i > j or (i == j and toks[i][0] in _NOT_NAME and toks[i][0].lower() not in _PRONOUNS
                 and toks[i][0] not in _GROUP_SUBJECTS and toks[i][0].lower() not in _VAGUE | {"another", "one"}
                 and not _surname_month(toks, i)
                 and not (toks[i][0].lower() in _PERSON_HEADS and j + 1 < len(toks) and _is_cue(toks[j + 1][0]))):
        # (a person's noun alone before a verb of saying is a subject, as a headline or a deck writes it: "Chairman
        # says ...")
        return None  # ("Another tweeted, ...": one more unnamed source, not the previous speaker)
    return i


def _participle_by(toks, i: int) -> bool:
    """The "by" at ``i`` follows a participle of an outlet's getting a document (outlet_leads: "obtained by", "seen
    by") that follows a noun, with no "was" or "has" before it: the phrase modifies the noun ("A letter from the
    Legion obtained by the AP warns"), the subject runs on before it (the outlet is not the one speaking)."""
    return toks[i][0] == "by" and i > 1 and f"{toks[i - 1][0]} by" in _OUTLET_BY \
        and toks[i - 2][0][:1].isalpha() and toks[i - 2][0].lower() not in _PASSIVE_AUX | _AUX


_OUTLET_BY = frozenset(w for w in _W["outlet_leads"] if w.endswith(" by"))  # "obtained by", "seen by": _participle_by


def _relative_before(toks, i: int) -> bool:
    """A relative pronoun opens the clause at ``i``: "who"/"which", or "that" before a verb of perception ("Fans
    that saw the crash said"; a "that" before other verbs may open what was said: "added that cuts loom")."""
    w = toks[i - 1][0].lower()
    return w in ("who", "which") or w == "that" and toks[i][0] in _PERCEPTION_VERBS


def _bare_saying(toks, j: int) -> bool:
    """The cue after the subject that ends at ``j`` is a bare verb of saying ("heard the gunman say", "saw the
    driver tell"), not a finite one ("saw the crash said")."""
    w = toks[j + 1][0].lower() if j + 1 < len(toks) else ""
    return CUE_FORMS.get(w) == w


def _relative_perception(toks, i: int) -> bool:
    """The perception verb at ``i`` is a plain present after a relative pronoun ("Critics who see the bill say"):
    the "say" after its object is the relative's antecedent's finite verb, not a bare one."""
    return i > 0 and toks[i - 1][0].lower() in ("who", "that", "which") and toks[i][0].lower() in _PERCEPTION_BASE


# months that are also surnames ("Theresa May", "Sam June"): alone before a verb, with no preposition before
# them ("published in May said"), they are the surname (a month says nothing)
_SURNAME_MONTHS = {"April", "May", "June", "August"}


def _surname_month(toks, i: int) -> bool:
    return toks[i][0] in _SURNAME_MONTHS and (i == 0 or not toks[i - 1][0].islower())


def _month_surname(word: str, text: str) -> bool:
    """``word`` is a month the text also writes as a surname, after a given name or an honorific ("Theresa
    May", "Mrs May", "Mr. June")."""
    return word in _SURNAME_MONTHS and any(
        g.lower() in _GIVEN_GENDER or g.lower() in _TITLES for g in re.findall(rf"\b([A-Z][a-z]+)\.? {word}\b", text))


def _mention_after(toks, k: int, stop: int) -> tuple[int, int] | None:
    """Offsets of the speaker mention that follows the cue token ``k`` ("says one former X who ..."); None when
    the cue reports a clause ('..., said the smoke had come over the hill': an article, a noun, a finite verb)."""
    i = k + 1
    while i < len(toks) and toks[i][0].lower() in ("recently", "later", "also", "then", "again", "simply"):
        i += 1
    if i >= len(toks) or toks[i][1] >= stop:
        return None
    first = toks[i][0]
    if first.lower() in ("that", "to", "in", "on", "it", "this", "the", "a", "an") and not first[:1].isupper():
        # "said that", "told reporters"; keep descriptions that start with a determiner
        if first.lower() in ("that", "to", "in", "on", "it", "this"):
            return None
    a = toks[i][1]
    j = i
    b = toks[i][2]
    while j < min(len(toks), i + _MAX_TOKENS) and toks[j][1] < stop:
        w = toks[j][0]
        if w in (";", ":", "(", ".", "?", "!") or (w == "—" and j > i):
            break
        if j == i + 2 and w in _FINITE and first.lower() in ("the", "a", "an", "his", "her", "their", "its", "our") \
                and toks[i + 1][0].islower():
            return None  # ('..., said the smoke had come over the hill', '..., said his side had been': a reported
            # clause, no speaker)
        if j > i and toks[j - 1][0].lower() in ("familiar", "briefed", "close", "knowledge", "involved", "aware"):
            pass  # "people briefed on the plans": the preposition belongs to the description
        elif j > i and _employer_after(toks, j):
            pass  # "a spokesman for Acme", "an adviser to Jane Doe": the employer belongs to the description
        elif j > i and w.lower() in ("in", "on", "during", "at", "to", "via", "after", "before", "when", "while", "for",
                                   "adding", "noting", "referring", "explaining", "speaking", "citing", "told",
                                   "last", "this", "yesterday", "today", "tuesday", "monday", "wednesday",
                                   "thursday", "friday", "saturday", "sunday", "earlier", "later") \
                and not _inside_appositive(toks, i, j):
            break
        if j > i and w == "as" and toks[j - 1][0][:1].isupper() and not _inside_appositive(toks, i, j):
            break  # ('..., said Jo Doe as the storm came in': a clause of time after the name)
        if w == "," and j + 1 < len(toks) and (toks[j + 1][0].lower().endswith("ing") or toks[j + 1][0] == ")"):
            break  # '..., says the narrator, going on to ...': a participle clause follows the mention
        if w == ")" and not any(t[0] == "(" for t in toks[i:j]):
            break
        if w == "," and j + 1 < len(toks) and toks[j + 1][0].lower() in ("adding", "noting", "referring", "according",
                                                                       "explaining", "and", "but", "as", "while",
                                                                       "in", "on", "after", "speaking", "when"):
            break
        b = toks[j][2]
        j += 1
    last = toks[j - 1][0] if j > i else ""
    if last.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+|(?:Jr|Sr|Inc|Co|Corp|Ltd|St)\.", last):
        b -= 1  # the sentence's full stop, not an abbreviation's
    return (a, b) if b > a else None


def _inverted_mention(text: str, toks, k: int, stop: int) -> tuple[int, int] | None:
    """'The move is unprecedented, said Jo Doe, a professor at Yale.', '..., according to Jo Doe.': the capitalised
    mention after a cue that follows a comma (an inverted attribution closing its sentence), or None (not in
    'Doe, a spokeswoman, said Acme would appeal', where the name opens the reported clause)."""
    if k == 0 or toks[k - 1][0] != ",":
        return None
    w = toks[k][0].lower()
    j = k + 1 if w == "according" and k + 1 < len(toks) and toks[k + 1][0].lower() == "to" else k
    if j == k and (not toks[k][0].islower() or CUE_FORMS.get(w) in _TO_LISTENER):
        return None
    clause = [t[0] for t in toks[:k - 1]]
    if not any(t in _FINITE or t.islower() and _verb_like(t)
               and not (x and t.endswith("ed") and clause[x - 1].lower() in ("a", "an", "the"))
               for x, t in enumerate(clause)):
        return None  # "Jane Doe, the chairman, said ...": no clause before the comma, an appositive subject (nor a
        # participle after an article: "Its chairman, Jo Doe, a retired hydrologist, said the plan relied ..."; a
        # plural after one still may be a verb's subject: "The growers want a fair price, said Jo Doe")
    m = _mention_after(toks, j, stop)
    if not m or text[m[0]:m[1]].split()[0] in _TIME_WORDS \
            or any(w in _FINITE or w in _MODALS for w in text[m[0]:m[1]].lower().split()[1:]):
        return None  # (nor a reported clause with its verb: "..., known as 'Jo', said the jetty would sit there")
    run = _CAP_RUN.match(text, m[0])
    head = run.end() if run else m[0] + len(text[m[0]:m[1]].split()[0]) if text[m[0]:m[1]].split()[0].lower() in (
        "a", "an", "the") else None
    if head is None or run and not re.match(r"\s*(?:[,.;]|$)", text[run.end():stop]):
        return None  # ("..., said Acme would appeal": the name opens the reported clause)
    return m


def _employer_after(toks, j: int) -> bool:
    """Token ``j`` is "for", "to" or "at" between a lower-case role noun and a capitalised name: "a spokesman for
    Acme", "an adviser to the Jane Doe campaign" (not "told reporters", not "said Doe to reporters")."""
    if toks[j][0] not in ("for", "to", "at") or j + 1 >= len(toks):
        return False
    prev = toks[j - 1][0]
    nxt = toks[j + 2][0] if toks[j + 1][0] == "the" and j + 2 < len(toks) else toks[j + 1][0]
    return (prev.isalpha() and prev.islower() and not _is_cue(prev) and prev not in _AUX
            and not prev.endswith(("ed", "ly")) and nxt[:1].isupper())


def _inside_appositive(toks, i: int, j: int) -> bool:
    """True when token j lies after a comma or a relative pronoun in the mention started at i."""
    return any(toks[x][0] in (",",) or toks[x][0].lower() in ("who", "whose") for x in range(i, j))


# ---------------------------------------------------------------------------
# Company the story is about
# ---------------------------------------------------------------------------
def story_company(article: Article) -> str | None:
    """The organisation the story is most about: the most mentioned capitalised name that is not a person.

    A name counts as a person (and is skipped) when the article also writes
    it after a first name ("Jane Smith" makes "Smith" a person).  Pass
    ``company=`` to :func:`extract_quotes` to override the guess.

    Examples
    --------
    >>> art = Article.from_text("Acme grew. Jane Doe runs Acme. Doe said Acme would hire. Acme's shares rose.")
    >>> story_company(art)
    'Acme'
    """
    _remember(article)
    # a lone name the mention layer reads as a person ("Obama ... he said") or a place ("flights at Delhi") is never
    # the story's company
    lone = frozenset(e.name for e in entities(article) if e.kind in ("person", "place") and " " not in e.name) \
        | _prefixed_place_words(article)
    # (nor does the form of a person's name make one of the organisations it names: "Jordan Quay Freight")
    people = {e.name for e in entities(article) if e.kind == "person"}  # ("Trayvon Martin Foundation": a person's too)
    bodies = frozenset(e.name for e in entities(article) if e.kind == "organisation" and " " in e.name
                       and not any(e.name.startswith(p + " ") for p in people))
    return _story_company(article.text, lone, bodies)


# a verb of saying or acting right after a name: the name is its subject
_ACTS_AFTER = r"(?:said|says|will|would|has|had|is|was|plans|announced)\b"


def _prefixed_place_words(article: Article) -> set[str]:
    """The words of the places of two words opened by a place's word ("River Robe", "Lough Mask") that open no
    organisation's name of two words or more ("the River Robe ... below the Robe"; not "Loch Erisort" of "Loch
    Erisort Tweed Company Ltd", nor "Japfü" of "Mount Japfü" when "Japfü Aggregates Pvt Ltd" is the firm)."""
    found = entities(article)
    orgs = [e.name for e in found if e.kind == "organisation" and " " in e.name]
    places = [e.name for e in found if e.kind == "place" and len(e.name.split()) == 2
              and e.name.split()[0] in place_prefixes() and not any(o.startswith(e.name + " ") for o in orgs)]
    return {w for p in places for w in p.split() if not any(o.startswith(w + " ") for o in orgs)
            and not re.search(rf"(?<!the )(?<!{re.escape(p.split()[0])} ){re.escape(w)} {_ACTS_AFTER}", article.text)}
    # (not "Lake Macquarie ... Macquarie said": the word alone a firm's name, the subject of a verb)


# (_HONORIFIC_NAME opens with a lookahead for its first letter, tried before the word boundary: a faster scan, the
# same matches; _CAPITALISED with the capital, then what may not stand before it: the scan skips to the capitals)
_HONORIFIC_NAME = re.compile(r"(?=[MDSRG])\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+([A-Z][\w\-]+)")
_CAPITALISED = re.compile(r"[A-Z](?<![\w’'][A-Z])[\w\-]*(?:[’']s)?")
_SENTENCE_START_BEFORE = re.compile(r"[.!?“\"\n]\s?$")
# a clock time right before a word ("09:40 ", "9.45am ", "1 p.m. "): a time zone's letters may follow, no body's
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}(?:[:.h]\d{2}[^\S\n]*(?:am|pm|a\.m\.|p\.m\.)?|[^\S\n]*(?:am|pm|a\.m\.|p\.m\.))"
                           r"[^\S\n]+$")


@lru_cache(maxsize=32)
def _story_company(text: str, lone_persons: frozenset = frozenset(), bodies: frozenset = frozenset()) -> str | None:
    # surnames and given names of the people the article names ("Trayvon Martin" makes "Trayvon" a person too),
    # not of a name that opens an organisation's ("Jordan Quay" of "Jordan Quay Freight Ltd")
    full = {k: v for k, v in _full_names(text).items() if not any(b.startswith(v + " ") for b in bodies)}
    persons = set(full) | {v.split()[0] for v in full.values()} | set(_HONORIFIC_NAME.findall(text))
    persons |= lone_persons
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    inside: set[str] = set()  # words seen capitalised inside a sentence, not only at its start
    body = _body(text)
    words: dict[str, str | None] = {}  # capitalised word -> the word it counts as, None if it counts not (words repeat)
    for m in _CAPITALISED.finditer(body):
        word, at = m.group(), m.start()
        if word.isupper() and _CLOCK_BEFORE.search(text, max(0, at - 16), at):
            continue  # ("09:40 IST", "1pm GMT": a time zone)
        tok = words.get(word, "")
        if tok == "":
            tok = words[word] = _company_word(word, persons)
        if tok is None:
            continue
        counts[tok] = counts.get(tok, 0) + 1
        first.setdefault(tok, at)
        if tok not in inside and at > 0 and not _SENTENCE_START_BEFORE.search(text, max(0, at - 2), at):
            inside.add(tok)
    counts = {k: v for k, v in counts.items() if k in inside}
    if not counts:
        return None
    best = max(counts.items(), key=lambda kv: (kv[1], -first[kv[0]]))
    return best[0] if best[1] >= 2 else None


@lru_cache(maxsize=32)
def _addressed_names(text: str) -> frozenset:
    """The words the text writes after a form of address or title ("Mrs NicRoe", "Dr Roe")."""
    return frozenset(_HONORIFIC_NAME.findall(text))


def _company_word(word: str, persons: set[str]) -> str | None:
    """``word`` without a possessive, or None when it cannot name the story's company (a person, a title ...)."""
    tok = _strip_possessive(word)
    if tok in persons or tok in _NOT_NAME or tok.lower() in _TITLES or len(tok) < 2 or (tok.isupper() and len(tok) <= 2):
        return None
    if is_legal_form(tok) or tok.lower() in _NAME_PARTICLES:
        return None  # "Acme Ltd ... Roe Ltd": a legal form; "Al Qudsi ... Al Badawi": a particle of names
    return tok


@lru_cache(maxsize=32)
def _rivals(text: str) -> frozenset:
    if "rival" not in text and "competi" not in text:
        return frozenset()  # (the pattern needs one of these words: the text is not scanned)
    out = set()
    for m in re.finditer(r"\b(?:rival|rivals|competitor|competitors|competing)\b(?:\s+(?:such as|including|like|at|from))?\s+((?:[A-Z][\w’'\-]*(?:,\s*|\s+and\s+|\s+)?)+)", text):
        for t in re.findall(r"[A-Z][\w\-]*", m.group(1)):
            out.add(_strip_possessive(t))
    return frozenset(out)


# (written "h(?<=\bh)" for "\bh": a pattern that opens with a letter is searched by skipping to that letter,
# eight times faster than one that opens with \b)
_HIS_COMPANY = re.compile(r"h(?<=\bh)(?:is|er)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}"
                          r"(?:company|platform|firm|business|empire|start-up|startup)\b")


_LEADING_VERBS = r"head(?:s|ing)?(?:\s+up)?|lead(?:s|ing)?|run(?:s|ning)?|steer(?:s|ing)?|oversee(?:s|ing)?|in\s+charge\s+of"
_HIRING_VERBS = r"hired|appointed|named|recruited|tapped|poached|brought\s+in|installed"
_PAST = re.compile(r"\b(?:former|ex|onetime|one-time)\b", re.I)


def _not_former(matches, text: str) -> bool:
    """True when one of the matches has no "former" / "ex-" in it or just before it ("former chief executive Doe")."""
    return any(not _PAST.search(text[max(0, m.start() - 12):m.end()]) for m in matches)


def _near_name(rx: re.Pattern, text: str, pat: str, reach: int, leader_at: list[int], low: str | None = None):
    """The matches of ``rx`` (a leader pattern anchored on the name ``pat``) in the stretch of whole words
    within ``reach`` characters of each occurrence of the name that has a leader word (``leader_at``:
    their sorted offsets) in that stretch: a scan of the whole text for every name grew with the names
    times the text.  ``low``: the lower-cased text, when ``pat`` is one ASCII word and lower-casing keeps
    the offsets and case-insensitive matches (see :func:`_foldable`): the name is then found with ``str.find``."""
    occ_rx = _rx(rf"\b{pat}\b", re.I)
    occurrences = (_word_near(occ_rx, text, low, pat.lower(), reach + 2 * len(pat), leader_at) if low is not None
                   else _occurrences_near(occ_rx, text, reach + 2 * len(pat), leader_at))
    for occ in occurrences:
        lo, hi = max(0, occ.start() - reach), min(len(text), occ.end() + reach)
        i = bisect.bisect_left(leader_at, lo)
        if i == len(leader_at) or leader_at[i] > hi:
            continue  # no leader word near this occurrence: neither pattern can match here
        floor, ceiling = max(0, lo - 40), min(len(text), hi + 40)  # to a word's edge, not far
        while lo > floor and not text[lo - 1].isspace():
            lo -= 1
        while hi < ceiling and not text[hi].isspace():
            hi += 1
        yield from rx.finditer(text, lo, hi)


@lru_cache(maxsize=32)
def _foldable(text: str) -> bool:
    """Whether the lower-cased ``text`` keeps its offsets, and an ASCII word matches case-insensitively exactly
    where the lower-cased text has it (no "İ", "ı" or "ſ").  Kept: asked of the article's text by several
    readers."""
    return len(_lowered(text)) == len(text) and not _ODD_FOLDS.search(text)


@lru_cache(maxsize=32)
def _lowered(text: str) -> str:
    """``text.lower()``, kept: the article's text is lower-cased for several readers."""
    return text.lower()


def _word_near(occ_rx: re.Pattern, text: str, low: str, word: str, reach: int, leader_at: list[int]):
    """What :func:`_occurrences_near` yields for ``occ_rx`` = ``\\b{word}\\b`` (case-insensitive; ``word``:
    one ASCII word in lower case, ``low``: the lower-cased text): each occurrence, found with ``str.find``,
    that starts within ``reach`` characters of a leader word.  (A whole word never overlaps another
    occurrence of itself, and starts inside a stretch exactly when it starts within ``reach`` of its leader word.)"""
    at = low.find(word)
    while at >= 0:
        i = bisect.bisect_left(leader_at, at - reach)
        if i < len(leader_at) and leader_at[i] <= at + reach:
            m = occ_rx.match(text, at)
            if m is not None:
                yield m
        at = low.find(word, at + 1)


def _occurrences_near(occ_rx: re.Pattern, text: str, reach: int, leader_at: list[int]):
    """The matches of ``occ_rx`` that start within ``reach`` characters of a leader word (sorted offsets
    ``leader_at``), searched only in those stretches (merged, widened to word edges) and not in the whole
    text: a superset of the occurrences ``_near_name`` keeps, found in time linear in the stretches."""
    n = len(text)
    stretches: list[list[int]] = []
    for at in leader_at:
        lo, hi = max(0, at - reach), min(n, at + reach)
        if stretches and lo <= stretches[-1][1]:
            stretches[-1][1] = max(stretches[-1][1], hi)
        else:
            stretches.append([lo, hi])
    for lo, hi in stretches:
        while hi < n and (text[hi].isalnum() or text[hi] == "_"):
            hi += 1  # the search ends at a word's edge, so that no word is cut into a false match
        yield from occ_rx.finditer(text, lo, hi)


_LEADER_ALTERNATIVES = [re.compile(re.escape(w), re.I) for w in _LEADER_WORDS.split("|")]
_OPT_SPACES, _DOTTED_WORD, _ATOM = re.compile(r"\s*"), re.compile(r"[\w.]+\s+"), re.compile(r"\w+")


def _atom_before(text: str, end: int) -> str:
    """The run of word characters that ends at ``end``."""
    i = end
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return text[i:end]


# Characters that match an ASCII letter case-insensitively although their lower case is not that letter.
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f]")  # İ, ı, ſ (every other such character lower-cases to the letter)


def _leader_word_spans(text: str, low: str | None):
    """(start, end) of every match of each leader word alternative (``_LEADER_ALTERNATIVES``, in that order).

    The matches are found with ``str.find`` in the lower-cased text ``low`` (one fast scan per word, not
    one case-insensitive regular-expression scan each): the same places whenever lower-casing keeps the
    offsets and the text has no character that matches a letter only case-insensitively (:func:`_foldable`;
    ``low`` is None otherwise).
    """
    if low is None:
        for rx in _LEADER_ALTERNATIVES:
            yield from (m.span() for m in rx.finditer(text))
        return
    for word, rx in zip(_LEADER_WORDS.split("|"), _LEADER_ALTERNATIVES):
        at = low.find(word)
        while at >= 0:
            if rx.match(text, at):
                yield at, at + len(word)
            at = low.find(word, at + len(word))


def _leader_atoms(text: str, low: str | None, comp: str, company: str | None
                  ) -> tuple[set[str], set[str], set[str], list[int]]:
    """Where ``_leaders``' per-name patterns can match, as words, found with one scan of the text each.

    A name matches one of those patterns only if its first word (lower case) follows a leader word
    ("chief executive [Jane] Doe"), or its last word (lower case) stands before ", <leader word>"
    ("Doe, Acme's founder"), or its last word before "is leading <company>'s": the three sets returned,
    with the sorted offsets of every leader word.  ``_leaders`` runs its patterns only for the names
    they admit, and only near those offsets (the same result, in linear time).  ``low``: the lower-cased
    text when it keeps the case-insensitive matches (:func:`_foldable`), else None.
    """
    first: set[str] = set()
    at_leader: list[int] = []
    for start, end in _leader_word_spans(text, low):  # every place some leader word could match, whichever alternative
        at_leader.append(start)
        sp = _OPT_SPACES.match(text, end)  # (a superset of the places the patterns need: spaces or none)
        word = _DOTTED_WORD.match(text, sp.end())
        for at in (sp.end(), word.end() if word else None):
            atom = _ATOM.match(text, at) if at is not None else None
            if atom:
                first.add(atom.group().lower())
    last = {_atom_before(text, at).lower() for at in _company_leader_commas(text, low, comp, company)}
    heading: set[str] = set()
    if company and (f"{company}’s" in text or f"{company}'s" in text):  # the pattern ends with the possessive
        heading = {_atom_before(text, at) for at in _heading_starts(text, company)}
    return first, last, heading, sorted(at_leader)


# The parts of the patterns of _company_leader_commas and _heading_starts that hold no company name: the
# patterns are read at the company's occurrences (a pattern compiled per article cost ~1 ms).
_LEADER_TAIL = re.compile(rf"(?:’s|'s)?\s+[\w\s-]{{0,20}}\b(?:{_LEADER_WORDS})\b", re.I)
_COMMA_SPACES, _THE_SPACES = re.compile(r",\s+"), re.compile(r"the\s+", re.I)
_HEADING_VERB = re.compile(rf"(?:\s+(?:is|was|has|been|will|be|also|now|currently))*\s+(?:{_LEADING_VERBS})\s+"
                           rf"(?:the\s+)?\Z")
_ONE_WORD = re.compile(r"[A-Z][\w\-]*")  # a company as _story_company reads it (one capitalised word)
# how far before a company's possessive its leading verb and auxiliaries are looked for: searching all the
# text since the previous occurrence is quadratic in a long run of blanks (pasted text)
_HEADING_REACH = 200


def _company_leader_commas(text: str, low: str | None, comp: str, company: str | None) -> list[int]:
    """Where the matches of ``,\\s+(?:the\\s+)?{comp}[\\w\\s-]{0,20}\\b(?:LEADER)\\b`` (case-insensitive)
    start: the comma of ", Acme's founder".  Each match holds one comma, its first character, so the
    commas followed by the company and a leader word are those starts.  A company that is not one
    ASCII word, or a text whose lower case moves offsets (``low``, the lower-cased text, is None), takes
    the compiled pattern."""
    if not (company and company.isascii() and _ONE_WORD.fullmatch(company) and low is not None):
        tail = _rx(rf",\s+(?:the\s+)?{comp}[\w\s-]{{0,20}}\b(?:{_LEADER_WORDS})\b", re.I)
        return [m.start() for m in tail.finditer(text)]
    name, n = company.lower(), len(company)
    out = []
    for m in _COMMA_SPACES.finditer(text):
        the = _THE_SPACES.match(text, m.end())
        for at in ((the.end(), m.end()) if the else (m.end(),)):
            if low.startswith(name, at) and _LEADER_TAIL.match(text, at + n):
                out.append(m.start())
                break
    return out


def _finds(text: str, word: str) -> list[int]:
    """Every offset where ``word`` starts in ``text``."""
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def _heading_starts(text: str, company: str) -> list[int]:
    """Where the matches of ``(?:\\s+AUX)*\\s+(?:LEADING)\\s+(?:the\\s+)?{company}(?:’s|'s)`` start ("Doe is
    heading up Acme's lab"): at each occurrence of the possessive company, the leftmost start of the
    words before it.  Those words are lower case, so they never span an occurrence of a capitalised
    company; another company takes the compiled pattern."""
    if not _ONE_WORD.fullmatch(company):
        verb = _rx(rf"(?:\s+(?:is|was|has|been|will|be|also|now|currently))*\s+(?:{_LEADING_VERBS})\s+"
                   rf"(?:the\s+)?{re.escape(company)}(?:’s|'s)")
        return [m.start() for m in verb.finditer(text)]
    out, lo = [], 0
    for at in sorted(_finds(text, company + "’s") + _finds(text, company + "'s")):
        m = _HEADING_VERB.search(text, max(lo, at - _HEADING_REACH), at)
        if m:
            out.append(m.start())
        lo = at + len(company) + 2
    return out


def _whole_words(words: set[str], text: str) -> set[str]:
    """The ``words`` (runs of word characters) that ``text`` has as whole words: in a long text one search
    each, not a list of every word of the text."""
    if len(text) < 10_000:
        return words & set(_ATOM.findall(text))
    return {w for w in words if _whole(w, text)}


def _whole(word: str, text: str) -> bool:
    """Whether ``word`` stands in ``text`` with a word boundary before and after it (``\\b{word}\\b``), its
    occurrences found with ``str.find``: faster on a long text than a pattern that starts with ``\\b``, and no
    pattern is compiled for the word (the words are the article's names)."""
    at = text.find(word)
    while at >= 0:
        if _boundary(text, at) and _boundary(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def _boundary(text: str, i: int) -> bool:
    """Whether ``\\b`` holds before ``text[i]``: a word character (``\\w``: alphanumeric or "_") on one side only."""
    return (i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")) != (
        i < len(text) and (text[i].isalnum() or text[i] == "_"))


_STOPS = re.compile(r"[.;]")


def _hiring_index(sents: list[str]) -> list[tuple[str, list[int], list[int]]]:
    """Per sentence: the sentence, where its hiring verbs end and where its full stops and semicolons are."""
    verb = _rx(rf"\b(?:{_HIRING_VERBS})\b")
    return [(x, [m.end() for m in verb.finditer(x)], [m.start() for m in _STOPS.finditer(x)]) for x in sents]


def _hired(index: list[tuple[str, list[int], list[int]]], word: str) -> bool:
    """Whether a hiring verb is followed by ``word`` (whole) in one sentence of ``index`` with no full stop or
    semicolon between: the pattern ``\\b(?:HIRING)\\b[^.;]*\\b{word}\\b``, decided from each occurrence of the
    word and the last verb before it (that pattern searched from every verb to the sentence's end, for every
    name: quadratic in a long sentence)."""
    rx = _rx(rf"\b{re.escape(word)}\b")
    for x, ends, stops in index:
        at = x.find(word, ends[0]) if ends else -1
        while at >= 0:
            if rx.match(x, at):
                verb_end = ends[bisect.bisect_right(ends, at) - 1]
                k = bisect.bisect_left(stops, verb_end)
                if k == len(stops) or stops[k] >= at:
                    return True
            at = x.find(word, at + 1)
    return False


@lru_cache(maxsize=16)
def _leader_context(text: str, company: str | None):
    """What :func:`_leaders` reads of the text whatever the names (kept: it is asked once for the article's
    persons, then again for each candidate of "the company's chief said"): the company's pattern part
    ``comp``, the owner and hiring sentences, the hiring index, the lower-cased text (None when str.find
    would miss a match) and :func:`_leader_atoms`."""
    sents = re.split(r"(?<=[.!?])\s+", text)
    owner_sents = [x for x in sents if _HIS_COMPANY.search(x)]
    comp = re.escape(company) + r"(?:’s|'s)?\s+" if company else ""
    hire_sents = [x for x in sents if company and company in x and re.search(rf"\b(?:{_HIRING_VERBS})\b", x)
                  and re.search(rf"\b[Tt]o\s+(?:{_LEADING_VERBS})\b", x)]
    # Each pattern of _leaders matches a name only where the name's words are whole words of the text: the
    # sets of such words (one scan each) spare the per-name searches for the names that cannot match.
    low = _lowered(text) if _foldable(text) else None
    return comp, owner_sents, hire_sents, _hiring_index(hire_sents), low, _leader_atoms(text, low, comp, company)


def _leaders(text: str, company: str | None, names: list[str]) -> set[str]:
    """Persons the article presents as running the company (or a part of it) now.

    A leader word next to the name ("Acme chief executive Jane Doe", "Jane
    Doe, Acme's founder") and not after "former"; a sentence that names the
    person and speaks of "his/her company" (or platform, firm, business,
    empire); the person heading part of the company ("Doe is heading up
    Acme's lab"); or hired to lead ("To run its cloud arm, Acme hired Jane Doe").
    """
    if not names:
        return set()
    comp, owner_sents, hire_sents, hire_index, low, (first_atoms, last_atoms, heading_atoms, leader_at) = \
        _leader_context(text, company)
    reach = len(comp) + 160  # longer than any match of the two leader patterns next to a name
    wanted = {a for name in names for a in _ATOM.findall(name.split()[-1])}  # the words the tests below ask about
    owner_atoms = _whole_words(wanted, " ".join(owner_sents))
    hire_atoms = _whole_words(wanted, " ".join(hire_sents))
    leading: set[str] = set()  # surnames that pass
    for last in dict.fromkeys(name.split()[-1] for name in names):  # each surname once: the tests read only it
        pat = re.escape(last)
        atoms = _ATOM.findall(last)
        plain = bool(atoms) and last[0] + last[-1] == atoms[0][0] + atoms[-1][-1]  # begins and ends with a word character
        word_low = low if atoms == [last] and last.isascii() else None  # one ASCII word: found with str.find
        if (not plain or atoms[0].lower() in first_atoms or atoms[-1].lower() in last_atoms) and (
                _not_former(_near_name(_rx(rf"{comp}(?:\w+\s+)?(?:{_LEADER_WORDS})\s+(?:[\w.]+\s+)?{pat}\b", re.I),
                                       text, pat, reach, leader_at, word_low), text) or
                _not_former(_near_name(_rx(rf"\b{pat}\b,\s+(?:the\s+)?{comp}[\w\s-]{{0,20}}\b(?:{_LEADER_WORDS})\b", re.I),
                                       text, pat, reach, leader_at, word_low), text)):
            leading.add(last)
            continue
        # a one-word name stands as a whole word in an owner sentence exactly when it is one of their words
        if (atoms[0] in owner_atoms if plain and len(atoms) == 1 else
                (not plain or owner_atoms.issuperset(atoms)) and any(_whole(last, x) for x in owner_sents)):
            leading.add(last)
            continue
        if company and (not plain or atoms[-1] in heading_atoms) and _rx(rf"\b{pat}\b(?:\s+(?:is|was|has|been|will|be|also|now|currently))*\s+(?:{_LEADING_VERBS})\s+"
                           rf"(?:the\s+)?{re.escape(company)}(?:’s|'s)").search(text):
            leading.add(last)
            continue
        if (not plain or hire_atoms.issuperset(atoms)) and _hired(hire_index, last):
            leading.add(last)
    return {name for name in names if name.split()[-1] in leading}


def _affiliation(src: _Src, text: str, company: str | None, leaders: set[str]) -> str:
    desc = " ".join(x for x in (src.name, src.role or "") if x)
    low = desc.lower()
    comp = company.lower() if company else None
    if src.name in leaders and not re.search(_FORMER, low):
        return "company leadership"
    if company and src.source_type != "anonymous" and src.kind != "person" and src.name.split()[0] == company:
        return "company"
    mentions_company = bool(comp and _whole(comp, low)) or "the company" in low \
        or bool(re.search(r"\binsiders?\b", low))
    if src.source_type == "document" and mentions_company:
        return "company"
    if (mentions_company or src.name in leaders) and re.search(_FORMER, low):
        return "former insider"
    if mentions_company and re.search(rf"\b(?:{_SPOKES_WORDS})\b", low):
        return "company"
    if mentions_company and re.search(rf"\b(?:{_LEADER_WORDS})\b", low) and not re.search(r"\b(?:staff|insiders?|employees?)\b", low):
        if re.search(r"\b(?:chief executive|ceo|founder|co-founder|chairman|chairwoman|president)\b", low):
            return "company leadership"
    lead = re.search(r"\b(?:chief executive|ceo|founder|co-founder|chairman|chairwoman|president|managing director)\b", low)
    if lead and src.role and not any(t[:1].isupper() and _strip_possessive(t) != company
                                     for t in re.findall(r"[\w’'\-]+", src.role)):
        return "company leadership"  # "chief executive Jane Doe": no other organisation named
    for cls, pat in _AFFIL_KEYWORDS:
        if re.search(rf"\b(?:{pat})", low):
            return cls
    if mentions_company and re.search(rf"\b(?:{_INSIDER_WORDS})\b", low):
        return "current insider"
    if src.source_type == "anonymous" and re.search(r"\b(?:insider|employees?|staff|staffers?|workers?)\b", low) \
            and not re.search(r"[A-Z]", src.name + (src.role or "")):
        return "current insider"  # "some staff", "employees": no other organisation named
    rivals = _rivals(text)
    if any(_rx(rf"\b{re.escape(r)}\b").search(desc) for r in rivals if r != company):
        return "rival"
    return "other"


# ---------------------------------------------------------------------------
# Kinds and attribution
# ---------------------------------------------------------------------------
def _sentence_for(article: Article, offset: int):
    s = article.sentence_at(offset)
    if s is None:
        s = article.sentences[article.sentence_id_at(offset)]
    return s


def _cue_tokens(toks, *, strict=False, low=None):
    """Indices of the tokens that are cue verbs (:func:`_is_cue`) written in lower case, and of "according to".
    ``low``: the tokens' words in lower case, when the caller has them already."""
    forms = _STRICT_CUE_SET if strict else _CUE_SET  # (a set look-up per token, not a call)
    low = [t[0].lower() for t in toks] if low is None else low
    return [k for k, w in enumerate(low) if w in forms and not toks[k][0][:1].isupper()
            and not (k and w.endswith("ing") and low[k - 1] in _GERUND_NOT_CUE_AFTER)
            or (w == "according" and k + 1 < len(toks) and low[k + 1] == "to")]


# words after which a cue's -ing form is a noun or an adverbial, never a quotation's cue ("approved in writing")
_GERUND_NOT_CUE_AFTER = frozenset(_W["gerund_not_cue_after"])


# The token forms _is_cue accepts (lower case), without and with ``strict``.
_CUE_SET = frozenset(f for f in CUE_FORMS if f not in _NOUNLIKE)
_STRICT_CUE_SET = frozenset(f for f in _CUE_SET if CUE_FORMS[f] in _CLAIM_LEMMAS)


def _between(toks, lo: int, hi: int):
    """The tokens that start in [lo, hi) (tokens are sorted by start; a bisection, not a scan)."""
    i = bisect.bisect_left(toks, lo, key=_start)
    j = bisect.bisect_left(toks, hi, lo=i, key=_start)
    return toks[i:j]


def _start(tok) -> int:
    return tok[1]


_STOP_AFTER = re.compile(r"[ \t]*[.!?](?![\w.])")
# a semicolon right after the closing mark: the cue after it is the next clause's (see _NEW_CLAUSE_AFTER)
_SEMICOLON_AFTER = re.compile(r"[ \t]*;")
# 'Doe said it had "lost control", while Roe accused ...': a contrasting clause with its own subject after the
# quotation; its cue belongs to that clause, so the quotation's own cue before it comes first (so after "and" or "but":
# 'Doe said that the minister had "misled parliament" and officials admitted ...'); a semicolon right after the
# closing mark opens a new clause too ('Regulator says lapses were "avoidable"; operator apologises'; '... called it
# "a disgrace"; the council said it would appeal')
_NEW_CLAUSE_AFTER = re.compile(r"(?:[ \t]*[,;])?[ \t]+(?:(?:while|whereas|but|although|though)[ \t]+(?:[A-Z]|(?:he|she|they)\b)"
                               r"|(?:and|but)[ \t]+(?!said|says|told|added|adds|wrote|writes)[a-z])|[ \t]*;")


# a lower-case word right after a quotation that ends in no punctuation: the reporter's clause runs on
# ('Doe said the panel had been "kept in the dark" about the cost estimates, which ...')
_RUNS_ON = re.compile(r"[”\"’']?[ \t]+(?!(?:he|she|they|we|it|i|the|a|an|according)\b)([a-z]+)\b")


def _runs_on(text: str, quote_b: int) -> bool:
    """The quotation ending at ``quote_b`` ends without punctuation and a lower-case word other than a speech
    verb, a pronoun or an article follows it: the sentence goes on, so the quotation's own cue before it
    comes first."""
    m = text[quote_b - 1:quote_b].isalpha() and _RUNS_ON.match(text, quote_b)
    return bool(m) and not _is_cue(m.group(1))


#: A line at least this long is a paragraph of its own, not a line of hard-wrapped copy (wrapped at 72-80).
PARAGRAPH_LINE_MIN_CHARS = 100


def _paragraph_line_break(text: str, b: int, nxt: int) -> bool:
    """A line break between the quotation's closing mark at ``b`` and the next sentence at ``nxt`` ends a long
    line: a paragraph of its own in copy that breaks paragraphs with single line breaks ('...get the schools
    open."' then a line 'Jo Roe hit back, saying ...'): the next paragraph's cue is not this quotation's.  Only after
    a quotation that ends in a full stop: after "?" or "!" the next line is its attribution as often as not
    ('"...?"' then 'Jo Doe asked.'), and never when the next line opens in lower case ('shouted Jo Doe.': a wrap)."""
    br = text.find("\n", b, nxt)
    return br >= 0 and br - (text.rfind("\n", 0, b) + 1) >= PARAGRAPH_LINE_MIN_CHARS \
        and text[:br].rstrip().rstrip("\"”’'").endswith(".") and not text[nxt:nxt + 1].islower()


# a verb of hearing or seeing and its object of one to three words right before a naming verb ("heard the riverside
# described as", "saw it called")
_PERCEIVED_OBJECT_BEFORE = re.compile(r"\b(?:heard|hear|hears|overheard|saw|seen|see)\s+(?:the|it|him|her|them|this)"
                                      r"(?:\s+[a-z’'-]+){0,2}\s+$")


def _cue_object_colon(before) -> bool:
    """The tokens before a quotation end with a verb of saying, its listener of one or two lower-case words and a
    colon ('One little girl asked me: "..."', 'Doe told reporters: "..."'): the cue names its speaker."""
    if len(before) < 3 or before[-1][0] != ":":
        return False
    return any(_is_cue(before[j][0]) and before[j][0].islower()
               and all(t[0].isalpha() and t[0].islower() for t in before[j + 1:-1])
               for j in range(max(0, len(before) - 4), len(before) - 2))


def _attribute_in(text: str, toks, quote_a: int, quote_b: int, sent_a: int, sent_b: int, before_limit: int,
                  after_limit: int, sent_b_first: int | None = None, quoted=()):
    """Find the cue and speaker mention of a quotation in its own sentence.

    Returns ``(cue, mention_start, mention_end, where)`` or None.  A cue
    after the quotation is tried first, except when the quotation follows
    "cue:" or "cue," ('Jane Doe said: "..."'), which names its speaker explicitly, or
    when a full stop right after it ends its sentence.
    """
    quoted = quoted if isinstance(quoted, _Spans) else _Spans(quoted)
    before = _before_tokens(toks, max(sent_a, quote_a - _LOOKBACK), quote_a, quoted)
    # 'Doe said: "..."', 'Doe added, "..."': the cue right before the quotation names its speaker
    colon = len(before) >= 2 and before[-1][0] in (":", ",") and _is_cue(before[-2][0]) \
        and not before[-2][0][:1].isupper() or _cue_object_colon(before)
    # 'X said it was "a farce". Y said ...': a full stop after the closing mark ends the quotation's sentence,
    # so its own cue before it comes first (British style puts the stop outside the marks)
    hit = _cue_before(text, toks, before, quote_a, quote_b, sent_a) \
        if colon or _STOP_AFTER.match(text, quote_b + 1) or _NEW_CLAUSE_AFTER.match(text, quote_b + 1) \
        or _runs_on(text, quote_b) else None
    semicolon = bool(before) and _SEMICOLON_AFTER.match(text, quote_b + 1)  # (the cue after it is the next clause's)
    hit = hit or (None if semicolon else _cue_after(text, toks, quote_b, after_limit, sent_b_first, not before)) or \
        (None if colon else _cue_before(text, toks, before, quote_a, quote_b, sent_a))
    span = hit and _mention_span(text, hit[1], hit[2])
    return span and (hit[0], span[0], span[1], hit[3])


# what ends a speaker mention early: a sentence adverb after a comma ("the two lawmakers, however"), a
# reflexive ("Cruz himself"), a day or time after the name ("Priebus later Thursday", "Doe last month"), a relative clause after a
# description ("one source who spoke on condition of anonymity": the description is "one source"; a name
# keeps its clause, which says who the person is), a nickname after the name (", known to all as 'Big Tom'")
_MENTION_TAIL = re.compile(r"(?:(?:,\s*|\s+)(?:however|though|too|also|meanwhile|instead|in turn|for (?:his|her|their|its) part)"
                           r"|\s+(?:(?:later|earlier|late|early|on|during|last|this)\s+(?:a\s+)?)?"
                           r"(?:" + "|".join(_WEEKDAYS) + r")|[\s,;:—–-]+"
                           r"|\s+(?:(?:later|earlier)\s+)?(?:(?:last|this|next)\s+(?:" + "|".join(sorted(_TIME_NOUNS - _LONE_TIMES))
                           + r")|" + "|".join(sorted(_LONE_TIMES & _TIME_NOUNS)) + r")"
                           r"|\s+(?:himself|herself|themselves|itself)"
                           r"|,\s+(?:(?:also|locally|widely|better)\s+)?(?:known|nicknamed|dubbed)\s[^,]*)$")
_DESCRIPTION_CLAUSE = re.compile(r",?\s+(?:who|whose|who’s|who's|which|speaking|talking)\s")
# an aside on the document a description speaks in ("The school's board of governors, in a tribute read at the
# funeral, described her as ..."): the description ends before it (_mention_end); not "The 19-year-old, in her first
# season, said", where the aside tells who she is
_MEANS_ASIDE = re.compile(r",\s+(?:in|through|via)\s+(?:a|an|its|their|his|her)\s+(?:[a-z\-]+\s+)?(?:"
                          + "|".join(sorted(_DOCUMENT_HEADS, key=len, reverse=True)) + r")\b")


# a preposition of place right before a name ("at Pendeen", "near Kelby"): _Resolver.person_mentions_before
_AT_A_PLACE_BEFORE = re.compile(r"\b(?:at|in|near|from)\s+$")  # (before a place: "a picker from Ōpōtiki")
# a subordinator before the subject it introduces ("While Clinton has condemned it, ...")
_MENTION_LEAD = re.compile(r"(?:While|As|If|When|Although|Though|Because|Since|After|Before|Until)\s+(?=[A-Z])")


# a preposition of place or direction just before a name: the name is the object of a journey or a site, no
# antecedent of a he/she that follows ("a lorry bound for Calais", "flights to Doha", "back from Kelby")
_PLACE_OBJECT_BEFORE = re.compile(r"\b(?:for|to|from|into|towards?|via|at|in|near)\s+$")


# the dash that ends a dateline before the subject ("OTTAWA (CP) - Finance Minister Jo Doe says")
_DATELINE_DASH = re.compile(r"[-–—]+\s+(?=[A-Z])")


def _mention_span(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The speaker mention text[a:b] made a noun phrase: a leading subordinator dropped, cut before a verb
    that follows a name ("Rubio pushed back ...", "Trump had", "Jo Doe said the loss, estimated at ..."), trimmed
    (:func:`_mention_end`); None when it is no noun phrase at all (a verb first and no name: "founded
    fivethirtyeight.com")."""
    lead = _MENTION_LEAD.match(text, a, b) or _DATELINE_DASH.match(text, a, b)
    a = lead.end() if lead else a
    a = _named_after_clause(text, a, b)
    if (reduced := _REDUCED_RELATIVE.fullmatch(text, a, b)) and not any(
            w in _PREPOSITIONS or w in _CLAUSE_BREAK or w.endswith(("ing", "ed"))
            for w in reduced.group("head").split()):
        a = reduced.start("sub")  # ("a price the union says is "almost double"": the relative clause's subject)
    b = _mention_end(text, a, b)
    words = [(w.group(), a + w.start()) for w in re.finditer(r"\S+", text[a:b])]
    if not words:
        return None
    first = words[0][0]
    if first[:1].islower() and (first.endswith(("ed", "ing")) and first not in _ROLE_PARTICIPLES
                                or first in _FINITE or _is_cue(first)) \
            and not re.search(r"\b[A-Z]", text[a:b]):
        return None  # (not a role's participle: '"...", says managing director' closing a deck)
    for (w, at), (prev, _) in zip(words[1:], words):
        if w[:1].islower() and (w.endswith("ed") or w in _FINITE or w in _SAYS) and prev[:1].isupper() \
                and prev.rstrip(",") == prev and prev.lower() not in _DETERMINERS | _DESCRIPTION_OPENERS:
            return a, _mention_end(text, a, at - 1)
    return a, b


# a noun phrase, then a second one opening a relative clause without "that" ("a price the union", "the figure its
# owners"): the second is the subject of the verb after it
_REDUCED_RELATIVE = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?P<head>(?:[a-z\-]+\s+){1,2})(?P<sub>(?:the|its|their)\s+"
                               r"[a-z\-]+)\s*")  # (one noun: not a clause with its own verb, "a court the residents
# petitioned ruled", "A vendor the reporters met says")
# a name of two to four words in apposition after a description's relative clause, closed by a comma or the end
_NAME_AFTER_CLAUSE = re.compile(rf",\s+(?:(?P<trade>[a-z]+)\s+)?((?:[{_UC}][\w’'\-]*\.?\s?){{2,4}})(?=,|$)")


def _named_after_clause(text: str, a: int, b: int) -> int:
    """Where the speaker mention text[a:b] opens: at the person's name that a description and its relative clause
    come before ("A hydrologist who has studied the river for the government, Budi Santoso, warned"), else ``a``.
    Not a name after a person's noun closing the clause ("A neighbour who knew the victim, Jo Doe, said": the
    victim's), nor a region after a place (a name of place_first's shape: "a shopkeeper who lives in Quezon City,
    Metro Manila, said")."""
    m = text[a:b]
    first = m.split(maxsplit=1)[0] if m.strip() else ""
    rel = _DESCRIPTION_CLAUSE.search(m) if m[:1].islower() or first.lower() in _DESCRIPTION_OPENERS else None
    if not rel or re.search(r"\b[A-Z]", m[len(first):rel.start()]):
        return a
    named = _NAME_AFTER_CLAUSE.search(m, rel.end())
    before = m[rel.end():named.start()].split() if named else []
    trade = named and named.group("trade")
    if named and before and not _person_noun_like(before[-1].lower().rstrip("’'s")) \
            and (not trade or _person_noun_like(trade) or len(trade) >= 6 and trade.endswith("ist")) \
            and _is_person_name(named.group(2).strip()):
        return a + named.start(2)  # (perhaps after a trade: "The co-author who built the map, hydrologist Jo Doe")
    return a


# what stands before a word that opens a line, a sentence, or a heading's words after a spaced dash
_LINE_OR_SENTENCE_OPENS = re.compile(r"(?:^|\n|[.!?]\s|\s[–—-]\s)$")


# the commonest speech verbs, never a noun inside a speaker's noun phrase ("Jo Doe said the loss, estimated at ...")
_SAYS = frozenset(("said", "says", "told", "tells"))
# finite auxiliaries: never inside a speaker's noun phrase
_FINITE = frozenset({"has", "had", "have", "is", "was", "are", "were", "does", "did", "will", "would", "can", "could"})


# "as" and a clause after a speaker (a pronoun, an article or a word, then a verb in the present or the past):
# "hotel group as Galle club loses sponsor", "bank as club seeks backer", "Jo Doe as she left court", a plural and
# its verb ("chairman as farmers weigh offer"; not a role, "her successor as sales director"); not "known as", "such
# as"
_AS_CLAUSE = re.compile(r"(?<!known)(?<!such)(?<!same)\s+as\s+(?:(?:he|she|they|it|we|the|an?|[A-Z][\w’'-]*|[a-z]+)\b"
                        r"(?:\s+[\w’'-]+){0,3}?\s+[a-z]+(?:s|ed)\b|[a-z]+s\s+(?P<verb>[a-z]{3,})\b)")


def _mention_end(text: str, a: int, b: int) -> int:
    """The end of the speaker mention text[a:b] without a trailing adverb, day, punctuation or (for a
    description in lower case) relative clause."""
    m = text[a:b]
    first = m.split(maxsplit=1)[0] if m.strip() else ""
    if (clause := _AS_CLAUSE.search(m)) and not (clause.group("verb") and _person_noun_like(clause.group("verb"))):
        m = m[:clause.start()]  # "says hotel group as Galle club loses sponsor": the speaker, not the clause after "as"
    if m[:1].islower() or first.lower() in _DESCRIPTION_OPENERS:  # ("The lawmaker, who ...": a sentence's first word)
        rel = _DESCRIPTION_CLAUSE.search(m) or _MEANS_ASIDE.search(m)
        if rel and not any(w[:1].isupper() for w in m[len(first):rel.start()].split()):
            m = m[:rel.start()]  # (a capital of any script marks a name: "from Ōpōtiki, who asked not to be named")
    while True:
        tail = _MENTION_TAIL.search(m)
        if not tail or tail.start() == 0:
            return a + len(m)
        before = m[:tail.start()].split()
        if tail.group()[-1].isalpha() and before and before[-1][:1].islower() and before[-1].endswith(("ed", "en", "wn")):
            return a + len(m)  # "the order released Friday": the day belongs to a description
        m = m[:tail.start()]


def _verb_use(after, k: int) -> bool:
    """A cue form that is mostly a noun ("read", "reply", table ``nounlike``) used as the verb right after a
    quotation: '"...," read the email', '"...," the editorial read.', '"...," Conway notes.'."""
    w = after[k][0].lower()
    if w not in _NOUNLIKE or w not in CUE_FORMS or k + 1 >= len(after):
        return False
    if k == 0:
        return after[1][0] in _ROLE_ARTICLES  # inverted: the verb, then its subject
    if k > 8 or after[k + 1][0] not in (".", ","):
        return False
    if k <= 3 and all(t[0][:1].isupper() and t[0].replace(".", "").isalpha() for t in after[:k]):
        return True  # '"...," Conway notes.'
    # '"...," the editorial reads.', '"...!" a welcome message on the website reads.'
    return after[0][0].lower() in _ROLE_ARTICLES | {"it"} and all(t[0].isalpha() and t[0].islower() for t in after[1:k])


def _before_tokens(toks, lo: int, quote_a: int, quoted: _Spans):
    """Tokens before the quotation, with a '"' token where another quotation stood (no subject runs across it)."""
    before = []
    for t in _between(toks, lo, quote_a):
        if quoted.inside(t[1], pad=1):
            if before and before[-1][0] != '"':
                before.append(('"', t[1], t[1]))
            continue
        before.append(t)
    return before


_LOWER_NEXT = re.compile(r"[ \t]*[a-z]")  # a lower-case word next on the line
# words that open a reported clause right after a cue verb ("said that ...", "said he would ...")
_REPORTED_OPENERS = frozenset({"that", "he", "she", "they", "we", "it", "I"})


def _names_object(after, k: int, opens: bool) -> bool:
    """The naming verb ``after[k]`` after a quotation names its object, so no inverted speaker follows it: the
    quotation does not open its sentence ('signed "Jo Doe, President," described the recall as') or an object and
    "as" follow the verb ('"...," described the plan as "..."'); not '"...," described Inspector Jo Doe', nor the
    other calling verbs ('"...," warned Jo Doe'), but for a name and "as" before another quotation ('..., praised Jo
    Doe as "..."': the one praised)."""
    run = [t[0] for t in after[k + 1:k + 8]]
    at = next((x for x, w in enumerate(run) if w == "as"), None)
    if after[k][0].lower() not in _NAMING_VERBS:
        return after[k][0].lower() in _CALLING_FORMS and at is not None and 0 < at and k + 1 + at == len(after) - 1 \
            and all(w[:1].isupper() for w in run[:at])  # ("as" the last word before the next quotation)
    return not opens or at is not None and at > 0 and run[0][:1].islower() \
        and not any(w in (",", ";", ":", ".") for w in run[:at]) \
        and (at + 1 == len(run) or run[at + 1].lower() not in _SUBJECT_PRONOUNS)


_SUBJECT_PRONOUNS = frozenset(_PRONOUNS) | {"you"}


def _cue_after(text: str, toks, quote_b: int, after_limit: int, sent_b_first: int | None, opens: bool = True):
    """'"...," says X' / '"...," X says' / '"..." X told Y' / '"..." — X' / '"...," according to X'.  ``opens``:
    the quotation opens its sentence."""
    after = _between(toks, quote_b + 1, min(after_limit, quote_b + _LOOKBACK))
    if not after:
        return None
    sent_b_first = sent_b_first if sent_b_first is not None else after_limit + 1
    at = _after_cue_at(text, after)
    if at and (at[0] == 0 or at[0] == 1 and after[0][0] == ",") and after[at[0]][0].lower().endswith("ing"):
        at = []  # '"...," saying the city ...', '"...", telling reporters': a participle clause, no speaker after it
    if at and after[0][1] >= sent_b_first and (
            at[0] + 1 < len(after) and after[at[0] + 1][0] in _REPORTED_OPENERS
            or re.search(r"[“\"]", text[after[at[0]][2]:after_limit + 1])):
        # '"..." Russia insisted that Pyongyang "...', '"...." Kasich said he would have fired him.': the next
        # sentence's own claim, not this attribution
        at = []
    hit = _speaker_at_cue(after, at[0], sent_b_first, after_limit, opens) if at else None
    return hit or _cue_after_rest(text, after, at, quote_b, after_limit)


def _after_cue_at(text: str, after) -> list[int]:
    """The index in ``after`` of the first verb of saying that can attribute the quotation before it, or []."""
    # (a relative clause's verb inside an appositive is not the cue: '"...," one official, who asked not to be
    # named, told the Observer'; nor a participle with no "has", "had" or a passive's "was ... by": 'as "a desktop
    # exercise" written by staff')
    return [k for k, t in enumerate(after) if (_is_cue(t[0]) or _phrasal(after, k) or _verb_use(after, k)
                                             or _closing_cue(text, after, k))
          and not t[0][:1].isupper()
          and not (k > 0 and after[k - 1][0].lower() in _PASSIVE_AUX and t[0].endswith(("ed", "en"))
                   and not (k + 1 < len(after) and after[k + 1][0] == "by"))  # ("its debts were written down")
          and not _noun_use(after, k)
          and not (t[0] in ("written", "spoken") and (k == 0 or after[k - 1][0].lower() not in ("has", "had", "have"))
                   and not (k > 0 and after[k - 1][0].lower() in _PASSIVE_AUX and k + 1 < len(after)
                            and after[k + 1][0] == "by"))
          and not (k > 0 and after[k - 1][0].lower() in _NOUN_BEFORE)
          and not (k > 1 and after[k - 1][0] in ("who", "which") and after[k - 2][0] == ",")
          and not (k > 1 and t[0].endswith("ing") and after[k - 1][0].lower() not in _AUX
                   and after[k - 1][0] != ",")  # ('"...," a nod to the front-runner acknowledging that ...': a
          # participle right after a noun phrase modifies it, no cue; not "Jo Doe, writing in the Courier, argued")
          and not _object_relative_cue(after, k)
          and not any(t[0] == "that" and after[x - 1][0] in ("and", "but") for x, t in enumerate(after[1:k], 1))][:1]


def _object_relative_cue(after, k: int) -> bool:
    """The verb of saying ``after[k]`` is in a relative clause whose object is the noun before "which" ('Doe called
    the levy "...", which the treasury says will raise ...'): "which", then its own subject of a few words (no
    comma) right before the verb; it tells what that noun is, not who spoke the quotation."""
    x = next((x for x in range(k - 1, max(-1, k - 6), -1) if after[x][0] in ("which", ",")), None)
    return x is not None and after[x][0] == "which" and x + 1 < k and not any(
        t[0].lower() in ("is", "was", "are", "were", "what", "how") for t in after[x + 1:k])  # ("which is what Doe said")


def _speaker_at_cue(after, k: int, sent_b_first: int, after_limit: int, opens: bool):
    """(cue, start, end, "after") for the speaker around the cue ``after[k]`` when the words before it are short,
    a name or a description; else None."""
    named_first = after[0][0][:1].isupper() or after[0][0].lower() in ("a", "an", "the", "one", "another") \
        or _role_words_then_name(after)  # ('"...," association president Jo Doe, a reeve from Kelby, said')
    # a long subject is accepted only as "Name, appositive, said" or "Name (party) said"
    appositive = k > 1 and after[k - 1][0] in (",", ")")
    near = 3 if after[0][1] >= sent_b_first else 9
    if not (k <= near or _name_run(after, k) or (named_first and appositive and k <= 30) or _description_run(after, k)
            or _joint_name_run(after, k)):
        return None
    inverted = after[k - 1][0] == "," and k + 1 < len(after) and after[k + 1][0][:1].isupper() \
        and after[k + 1][0] not in _NOT_NAME  # '"..." that X can win, said Jane Doe'
    # '"...," Doe, 58, told AFP': after "told" comes the listener, the speaker is before it
    inverted = inverted and CUE_FORMS.get(after[k][0].lower()) not in _TO_LISTENER
    # ('"...," Will wrote': a name; '"...", says the chief': a comma after the closing mark, then the verb)
    if k == 0 or inverted or all(t[0] in _AUX for t in after[:k]) \
            or [t[0] for t in after[:k]] == [","] and _inverted_after_comma(after, k):
        # (not after a naming verb that names: 'signed "Jo Doe, President," described the recall as': its object)
        m = None if _names_object(after, k, opens) else _mention_after(after, k, after_limit)
        if m and _opens_reported_clause(after, k, m[1]):
            return None  # ('..., "not for sale", said Jo Doe had been "...": the name opens the reported clause)
        return (after[k][0], m[0], m[1], "after") if m else None
    sub = _subject_before(after, k)
    return (after[k][0], sub[0], sub[1], "after") if sub else None


def _opens_reported_clause(after, k: int, end: int) -> bool:
    """After the verb of saying ``after[k]``, a name or "the" and a noun (one or two words, no pronoun), then a
    finite verb or a modal, all before ``end``: the subject and verb of a reported clause ("said Jo Doe had been",
    "said the agency had received"), no inverted speaker (not "said a driver the Record has agreed not to name")."""
    words = [t[0] for t in after[k + 1:k + 5] if t[2] <= end]
    lead = 1 if words[:1] and words[0] in ("the", "The") else 0
    x = next((x for x, w in enumerate(words) if w in _FINITE or w in _MODALS and w != "to"), None)
    return x is not None and 1 + lead <= x <= 2 + lead \
        and all((w[:1].isupper() or lead and w.isalpha() and w.islower()) and w.lower() not in _PRONOUNS
                for w in words[lead:x])


def _inverted_after_comma(after, k: int) -> bool:
    """After a comma outside the closing mark, the verb of saying ``after[k]`` is inverted before its speaker
    ('"...", says the chief', 'says trust chief'): not a passive participle ("said by critics to be ...") nor a
    verb with an object and its "of" ("warns drivers of the danger ahead": a bare plural, no name or role)."""
    nxt = [t[0] for t in after[k + 1:k + 6]]
    if not nxt or nxt[0] in ("by", "to", "as"):
        return False
    return not (nxt[0].islower() and nxt[0] not in _DETERMINERS and "of" in nxt)


def _name_run(after, k: int) -> bool:
    """The words before the cue ``after[k]`` are a run of capitalised words (titles and a name): '"...!" US Senator
    Jeff Sessions said'; role words may stand before the name ("former Obama adviser Jane Doe asked"), and a name
    may be joined to its body ("Jane Doe of the Center for Public Integrity wrote")."""
    joined = [x for x in range(k) if after[x][0] in ("of", "for", "the") and (
        _name_of(after, x) or after[x][0] == "the" and x > 0 and _name_of(after, x - 1))]
    return 1 <= k <= (10 if joined else 6) and after[k - 1][0][:1].isupper() and all(
        x in joined or t[0].replace("’", "").replace("'", "").replace("-", "").replace(".", "").isalpha()
        and (t[0][:1].isupper() or not (_is_cue(t[0]) or t[0] in _AUX or t[0] in _CLAUSE_BREAK))
        for x, t in enumerate(after[:k]))


def _joint_name_run(after, k: int) -> bool:
    """Two to four name runs joined by commas and one "and" before the cue ``after[k]`` ('"...," state Senate leader
    Jo Doe and House Speaker Ann Roe said', "Jo Doe, Ann Roe and Kim Poe of Kelby said"), each as :func:`_name_run`
    reads one."""
    ands = [x for x in range(1, k - 1) if after[x][0] == "and"]
    if len(ands) != 1:
        return False
    cuts = [x for x in range(1, ands[0]) if after[x][0] == ","]
    cuts += [] if cuts and cuts[-1] == ands[0] - 1 else ands  # (an Oxford comma before the "and" is its cut)
    starts = [0] + [x + 1 + (after[x + 1][0] == "and") for x in cuts]
    return len(starts) <= 4 and all(_name_run(after[a:], b - a) for a, b in zip(starts, cuts + [k]))


def _cue_after_rest(text: str, after, at: list[int], quote_b: int, after_limit: int):
    """A late inverted cue, a dash before a name, "according to" a name after the quotation; else None."""
    late = _late_inverted(after, at, after_limit)
    if late:
        return late
    dash = re.match(rf"[\s,.]*[―—–-]\s*((?:[{_UC}][\w.’'\-]*\s?){{1,4}})", text[quote_b + 1: after_limit])
    if dash and not at and not _LOWER_NEXT.match(text, quote_b + 1 + dash.end(1)):
        # ('"...?" - Democrats in Iowa who watched said they ...': a new clause, not a dash attribution)
        return "—", quote_b + 1 + dash.start(1), quote_b + 1 + dash.end(1) - (1 if dash.group(1).endswith(" ") else 0), "after"
    if len(after) > 1 and after[0][0].lower() == "according" and after[1][0].lower() == "to":
        m = _mention_after(after, 1, after_limit)
        if m:
            return "according to", m[0], m[1], "after"
    return None


def _title_before_portfolio(words: list[str]) -> list[str]:
    """The title and the words before it that ``words`` end with, before "for" or "of" and a portfolio (the words
    after, read already): "Federal Minister for [Power] Jo Doe", "Secretary of [State] Jo Doe"; else []."""
    if len(words) < 2 or words[-1] not in ("for", "of"):
        return []
    m = _role_length(words[:-1])
    title = words[len(words) - 1 - m:-1]
    return title if m and _is_title(title[-1]) else []


def _copular_role(words: list[str]) -> list[str]:
    """The role a copula gives the name after ``words`` ("Its rector is [Professor] Jo Doe", "The company's chief
    executive is Jo Doe"): the lower-case words between a possessive or an article and "is"/"are"; else []. (Never
    "was": "Its chief executive was Jo Doe until 2020" names a former holder.)"""
    if len(words) < 3 or words[-1] not in ("is", "are"):
        return []
    lead = next((x for x in range(len(words) - 2, max(-1, len(words) - 6), -1)
                 if words[x].lower() in _ROLE_ARTICLES or _POSSESSOR.fullmatch(words[x])), None)
    role = words[lead + 1:-1] if lead is not None else []
    return role if role and all(w.isalpha() and w.islower() for w in role) else []


def _role_words_then_name(toks) -> bool:
    """One to three lower-case role words (no verb), then a capitalised word: "association president Jo Doe"."""
    cap = next((x for x in range(1, min(4, len(toks))) if toks[x][0][:1].isupper()), None)
    return cap is not None and all(t[0].isalpha() and t[0].islower() and not _is_cue(t[0]) and t[0] not in _AUX
                                   and t[0] not in _CLAUSE_BREAK and not t[0].endswith("ed") for t in toks[:cap])


_AFTER_QUOTE_CUES = frozenset(_W["after_quote_cues"])


def _closing_cue(text: str, after, k: int) -> bool:
    """'"...," he began.': a verb of ``after_quote_cues`` one to three words after the quotation, ending the
    clause."""
    return 1 <= k <= 3 and after[k][0] in _AFTER_QUOTE_CUES and text[after[k][2]:after[k][2] + 1] in (".", ",", ":")


def _description_run(after, k: int) -> bool:
    """'"...!" a welcome message on the website reads.': an article and up to seven lower-case words before
    the cue ``k`` (a description with its post-modifier, no verb of its own: no -ed word, no cue); capitalised
    words may follow a preposition in it ('"...?" a narrator in the Green Party ad asks.')."""
    if not (1 < k <= 8 and after[0][0].lower() in ("a", "an", "the")):
        return False
    prep = next((x for x in range(1, k) if after[x][0] in _OBJECT_PREPOSITIONS), k)
    # (a capitalised modifier may stand before the head noun: '"...?" a Democratic staffer in the room wondered')
    return after[prep - 1][0].islower() and all(
        t[0].isalpha() and (t[0].islower() or x > prep or x < prep - 1) and not t[0].endswith("ed")
        and not _is_cue(t[0]) for x, t in enumerate(after[1:k], 1))


def _late_inverted(after, at: list[int], after_limit: int):
    """'"..." if she did not win by more, said Tom Wade, an analyst': the quotation's sentence runs on in the
    reporter's words, then a comma, a speech verb and a capitalised name (at most 25 tokens on)."""
    if not at or not 3 < at[0] <= 25 or after[at[0] - 1][0] != "," or at[0] + 1 >= len(after):
        return None
    k = at[0]
    if not after[k + 1][0][:1].isupper() or CUE_FORMS.get(after[k][0].lower()) in _TO_LISTENER:
        return None
    m = _mention_after(after, k, after_limit)
    return (after[k][0], m[0], m[1], "after") if m else None


def _said_that_before(before, k: int) -> bool:
    """A verb of saying and then "that" before ``k`` ("The Exchange said in a statement that the order showed"): the
    document's verb at ``k`` is in the clause it reports, whose speaker is that verb's subject."""
    x = next((x for x in range(k - 1, 0, -1) if before[x][0] == "that"), None)
    return x is not None and any(_is_cue(t[0]) and t[0].islower() and not _noun_use(before, y)
                                 for y, t in enumerate(before[:x]))


# verbs of asking that, with "for" right before the quotation, take the words asked for ('The family said he had
# asked for "no long speeches"')
_ASKING_FOR_VERBS = frozenset(("asked", "called", "pleaded", "appealed"))


def _naming_clause_subject(before, k: int) -> tuple[int, int] | None:
    """'He said she had described the trade as "..."', 'He said his dispatcher had called him "..."': a verb of
    naming (or of asking, before "for": "The family said he had asked for '...'") after "had", "has" or "have" in a
    clause reported by an earlier verb of saying names the words of its own subject (a pronoun, a capitalised name,
    or "his"/"her"/"their" and a noun): that subject's offsets; else None."""
    if k < 3 or not (before[k][0].lower() in _NAMING_VERBS or before[k][0].lower() in _ASKING_FOR_VERBS
                     and k + 2 == len(before) and before[k + 1][0].lower() == "for") \
            or before[k - 1][0].lower() not in ("had", "has", "have") \
            or not any(_is_cue(t[0]) and t[0].islower() for t in before[:k - 2]):
        return None
    sub = before[k - 2]
    if sub[0].lower() in ("he", "she", "they"):
        return sub[1], sub[2]
    if before[k - 3][0].lower() in ("his", "her", "their") and sub[0].isalpha() and sub[0].islower():
        return before[k - 3][1], sub[2]
    i = k - 2
    while i > 0 and before[i - 1][0][:1].isupper():
        i -= 1
    return (before[i][1], sub[2]) if sub[0][:1].isupper() and i > 0 and _is_cue(before[i - 1][0]) else None


def _reported_cue(before, k: int) -> bool:
    """The cue at ``k`` stands in a "that" clause reported by an earlier verb of saying in the sentence ('Doe told
    reporters the tariffs were "..." and that Canada would respond "..."'): the speaker is the earlier verb's."""
    x = next((x for x in range(k - 1, 0, -1) if before[x][0] == "that"), None)
    if x is not None and before[x - 1][0] in ("and", "but") and any(
            _is_cue(t[0]) and t[0].islower() and not _noun_use(before, y) for y, t in enumerate(before[:x - 1])):
        return True
    # 'the chief executive said all five directors had indicated they would ...': a cue after an auxiliary, in
    # the clause reported by an earlier cue of the sentence (no clause break between them); so after a modal
    # ('..., and added that the union would press for the register "..."')
    if k < 2 or before[k - 1][0].lower() not in ("had", "has", "have", "would", "will", "could", "should", "might"):
        return False
    if k >= 3 and before[k - 3][0].lower() in _QUANTIFIERS and before[k - 2][0].isalpha() \
            and before[k - 2][0].islower():
        return False  # ('a proposal some builders have dismissed as "..."': the clause's own subject, unnamed people)
    for y in range(k - 2, -1, -1):
        w = before[y][0]
        if w in (";", ":", "—", "–") or w.lower() in ("while", "whereas", "but", "although", "though"):
            return False
        if _is_cue(w) and w.islower() and not _noun_use(before, y) and before[y + 1][0] not in (",", ":"):
            return True
    return False


# a he, she or they opening a sentence, perhaps an adverb after it ("He ", "She once ", "They later ")
_PRONOUN_OPENING = re.compile(r"(?:He|She|They)\s+(?:[a-z]+ly\s+|once\s+|later\s+|had\s+|has\s+)?")
# a verb of saying and ", adding" after a closing cue's mention (" said, adding that")
_CUE_THEN_ADDING = re.compile(r"\s+[a-z]+,\s+adding\b")
# a description of a body opening a sentence, a place's possessive or an article and lower-case words, before its
# verb ("Kelbyland's biggest growers' co-operative has opened", "A tenants' movement said")
_BODY_DESCRIBED_OPENING = re.compile(r"[\s“\"]*((?:[A-Z][\w\-]*(?:’s|'s)|An?|The)(?:\s+[a-z][a-z’'\-]*){1,5})\s+"
                                     r"(?:has|have|had|is|was|will|said|says)\b")
# a page of letters to the editor, by a line of its own near the top ("LETTERS TO THE EDITOR", "Your letters",
# "LETTERS"; not a menu's "Letters", in a line of its own or not)
_LETTERS_PAGE = re.compile(r"(?m)^[ \t]*(?:(?i:letters to the editor|(?:your|readers[’']?) letters)|LETTERS)[ \t]*$")
_LETTERS_PAGE_REACH = 800  # (characters from the top where that line stands)
_LETTER_PARAGRAPHS = 12  # (paragraphs a letter runs to at most, from its salutation to its signature)
_SIGNATURE_WORDS = 12  # (words on a signature's first line at most: "Cllr Jo Doe (no relation to Mary, before ...)")
_SIGNATURE_TITLE_CHARS = 12  # (characters of a title before the signer's name at most: "Cllr ", "Dr ", "Prof. ")
# a vague quantifier and a plural noun opening a sentence ("Some growers had ", "Many residents ")
_VAGUE_PLURAL_OPENING = re.compile(r"(?:Some|Many|Several|Most|Few|A\s+few)\s+[a-z]+(?:s|people|men|children)\s+"
                                   r"(?:[a-z]+ly\s+|had\s+|have\s+)?")
# a verb of rejecting and the claim it rejects ("dismissed suggestions", "denied reports that"), and who made the claim
# right after the noun ("claims by Jo Doe", "suggestions from the union"): _Reader._rejected_claim
_REJECTED_CLAIM = re.compile(r"\b(dismissed|dismisses|rejected|rejects|denied|denies|refuted|refutes|disputed|"
                             r"disputes|played\s+down|brushed\s+aside)\s+(?:the\s+)?(?P<noun>suggestions?|claims?|"
                             r"reports?|allegations?|accusations?|rumou?rs?|assertions?)\b")
_CLAIM_AUTHOR_AFTER = re.compile(r"\s+(?:by|from|of)\s")
_JUDGED_BETWEEN = re.compile(r"\bas\b|\bcall(?:ing|ed)\b|\bterm(?:ing|ed)\b|[,;:]")
# words that open an unnamed group as a clause's subject ("some builders", "many growers")
_QUANTIFIERS = frozenset(("some", "many", "several", "most", "few", "other", "local"))
# "to" and its object after a quotation that "add" opens: the sum's verb, no verb of saying
_TO_AFTER_CLOSE = re.compile(r"[\"”’']?[.,]?\s+to\s")


def _cue_before(text: str, toks, before, quote_a: int, quote_b: int, sent_a: int):
    """'X says: "..."', 'X said in a memo that ... "..."', 'Said X: "..."', 'according to X, "..."'."""
    predicate = bool(_PREDICATE_START.match(text, quote_a))
    for k in range(len(before) - 1, -1, -1):
        hit = _cue_before_at(text, toks, before, k, quote_a, quote_b, sent_a, predicate)
        if hit:
            return hit
    return _that_clauses_subject(before)


# what must follow a verb of saying that has another sense too, for it to be one: listeners asked to act after
# "appeal" ("appealed to both sides to settle", "appeals to parents to know"; not an appeal to a court), listeners
# and "that" after "remind" and "inform" ("reminded guests that", "informed the court that"; not "Trump reminds me of
# Lincoln")
_LISTENERS_AFTER = {"appeal": re.compile(r"\s+to\s+(?:[\w’'\-]+\s+){1,6}?to\s+(?:[a-z]+\b|[\"“‘'])"),
                    "remind": re.compile(r"\s+(?:(?!of\b)[\w’'\-]+\s+){1,3}?that\b"),
                    "inform": re.compile(r"\s+(?:(?!of\b)[\w’'\-]+\s+){1,3}?that\b")}


def _not_speech_here(text: str, before, k: int) -> bool:
    """The verb ``before[k]`` is one of ``_LISTENERS_AFTER`` without what must follow it: no speech there."""
    after = _LISTENERS_AFTER.get(CUE_FORMS.get(before[k][0].lower(), ""))
    return after is not None and not after.match(text, before[k][2])


def _cue_before_at(text: str, toks, before, k: int, quote_a: int, quote_b: int, sent_a: int, predicate: bool):
    """The attribution whose verb is ``before[k]``: "according to", an opening "Said", "put it", or a verb of
    saying that is not passive nor in a reported clause (:func:`_speaker_of_cue`); else None."""
    w = before[k][0]
    if predicate and _participle(before, k):
        return None
    if w.lower() == "according" and k + 1 < len(before) and before[k + 1][0].lower() == "to":
        m = _mention_after(before, k + 1, quote_a)
        if m:
            return "according to", m[0], m[1], "before"
    asked_about = w == "Asked" and len(before) > 1 and before[1][0].lower() in (
        "which", "what", "why", "how", "whether", "if", "about", "who", "when", "where", "to", "for")
    if k == 0 and w in ("Said", "Says", "Added", "Adds", "Asked", "Wrote") and before[0][1] == sent_a \
            and not asked_about:  # "Asked which county ..., she demurred:": the question, not the speaker
        m = _mention_after(before, k, quote_a)
        if m:
            return w, m[0], m[1], "before"
    if w.lower() in ("put", "puts") and k + 1 < len(before) and before[k + 1][0].lower() == "it":
        sub = _subject_before(before, k)  # 'as Jane Doe put it, "..."'
        if sub:
            return w + " it", sub[0], sub[1], "before"
    if not (_is_cue(w) or _phrasal(before, k) or _after_modal(before, k) or _named_participle(before, k)
            or w in _DOCUMENT_VERBS and _document_subject(text, before, k) and not _said_that_before(before, k)) \
            or w[:1].isupper() or _noun_use(before, k):
        return None
    if _after_passive_aux(before, k) and not w.endswith("ing"):
        return None  # "After the ban was announced, ...", "Doe was told": a passive verb has no speaker subject
    if w.endswith("ed") and _PERCEIVED_OBJECT_BEFORE.search(text, max(0, before[k][1] - 40), before[k][1]):
        return None  # "I once heard the riverside described ... as": the object's passive, said by someone unnamed
    if _not_speech_here(text, before, k):
        return None  # 'said they would appeal to the Court of Appeal and called the verdict "..."': a court's appeal;
        # 'Trump reminds me of Abraham Lincoln saying that "..."'
    if k == len(before) - 1 and CUE_FORMS.get(w.lower()) == "add" and _TO_AFTER_CLOSE.match(text, quote_b):
        return None  # 'warning that lorries would add "hundreds of trips" to the road': "add" ... "to", no speech
    if own := _naming_clause_subject(before, k):
        return w, own[0], own[1], "before"
    if _reported_cue(before, k):
        return None  # 'Doe told reporters ... and that Canada would respond "...': the verb of the reported clause
    if _later_that_clause(before, k):
        return None  # 'found that the firm had dismissed them and that the dismissals were "...": another clause
    return _speaker_of_cue(text, toks, before, k, quote_a, quote_b)


def _with_absolute(before, k: int) -> int | None:
    """Index of the "with" opening an absolute phrase whose participle is the verb of saying ``before[k]`` ("with
    the local anglers' association warning that ...", "with Jo Doe calling it"): a determiner, a possessive or a
    name after "with", at most five words, no comma, clause word or verb of saying between; else None."""
    if not before[k][0].endswith("ing"):
        return None
    x = next((x for x in range(k - 2, max(-1, k - 7), -1) if before[x][0] == "with"), None)
    if x is None or not (before[x + 1][0].lower() in ("the", "its", "their", "his", "her")
                         or before[x + 1][0][:1].isupper()):
        return None
    words = [t[0] for t in before[x + 1:k]]
    if words[-1].endswith(("’s", "'s")):
        return None  # ("with the company's warning that": a noun after a possessive, no participle)
    return x if all(w.replace("’", "").replace("'", "").replace("-", "").isalpha() and w.lower() not in _CLAUSE_BREAK
                    and not _is_cue(w) for w in words) else None


def _speaker_of_cue(text: str, toks, before, k: int, quote_a: int, quote_b: int):
    """The speaker of the verb of saying ``before[k]``: an inverted subject, a shared one, the clause's subject, an
    antecedent of "who", the mention after it; else None."""
    w = before[k][0]
    hit = _inverted_after_intro(text, before, k, quote_a)
    if hit:
        return hit
    if (with_ := _with_absolute(before, k)) is not None:
        e = k - 1
        while e > with_ + 1 and before[e][0].endswith("ly") and before[e][0].islower():
            e -= 1  # ("with Tom Reed reportedly yelling": no adverb in the name)
        return w, before[with_ + 1][1], before[e][2], "before"  # "..., with the anglers' association warning
        # that it could leave the river "...": the noun phrase after "with" speaks
    if k > 0 and (before[k - 1][0].lower() in ("and", "but")
                  or (w.lower().endswith("ing") and before[k - 1][0] in (",", '"'))
                  or k > 1 and before[k - 2][0].lower() in ("and", "but") and before[k - 1][0] in _SEQUENCE_ADVERBS):
        return _shared_subject(text, before, k) or None  # (also "sat for an hour and then said", "and finally said")
    if w.lower().endswith("ing") and (k == 0 or before[k - 1][0].lower() in ("after", "before", "while", "when",
                                                                             "by", "upon", "since")):
        # "Doe ended his list by saying ...": the clause before; "After saying ..., Doe left": the one after
        return (k >= 3 and _shared_subject(text, before, k)) or _main_clause_subject(text, toks, w, quote_b) or None
    if w.lower() in _CALLING_FORMS and w.lower().endswith("ing") and k > 1 and before[k - 1][0].endswith("s") \
            and (people := _lower_antecedent(before, k)) \
            and _SOURCE_PREPOSITION.search(text, max(0, people[0] - 8), people[0]):
        return w, people[0], people[1], "before"  # ('read letters from members describing the club as "..."': the
        # plural after the preposition that the participle follows describes, not the clause's subject)
    sub = _subject_before(before, k)
    if sub is None and k >= 3 and before[k - 1][0] == "who" and before[k - 2][0] == ",":
        sub = _appositive_subject(before, k - 2)  # 'Jane Doe, who told Congress: "..."': who's antecedent
    if sub is None and k >= 3 and before[k - 1][0] == "who":
        sub = _cleft(before, k - 1)  # 'It was Jane Doe who told the crowd: "..."'
    if sub is None and k >= 2 and before[k - 1][0] == "who":
        sub = _lower_antecedent(before, k - 1)  # '... by traders who cited "...": the traders
    if sub and not (w.endswith("ing") and (_holds_object(before, sub[0], k) or _after_preposition(before, sub[0]))):
        return w, sub[0], sub[1], "before"
    hit = w.endswith("ing") and _shared_subject(text, before, k)
    if hit:
        return hit  # "Doe published a column calling it ...": the clause's subject
    m = None if CUE_FORMS.get(w.lower()) in _TO_LISTENER or w.lower() in _CALLING_FORMS \
        else _mention_after(before, k, quote_a)  # ("went on to call Cole “...”": Cole is called, no speaker)
    if m and k + 1 < len(before) and before[k + 1][1] == m[0] and text[m[0]].isupper() \
            and not _REPORTED_VERB.search(text, m[0], min(m[1] + 8, quote_a)) \
            and not (_POSSESSIVE_INSIDE.search(text, m[0], m[1]) and not text[m[1]:quote_a].strip(" \t“\"‘'")):
        # ('now said Reed had "..."', 'Judge says Kelby man's conduct "...": the reported clause's subject, not the
        # speaker, a possessive's noun phrase right before the quotation)
        return w, m[0], m[1], "before"
    return None


# the preposition before people whose words a participle after them gives ("letters from members describing")
_SOURCE_PREPOSITION = re.compile(r"\b(?:from|by|among|of)\s+$")
_POSSESSIVE_INSIDE = re.compile(r"\w[’']s\s+[a-z]")  # ("Kelby man's conduct": a possessive before its noun)
_DOCUMENT_VERBS = frozenset(_W["document_verbs"])
# bodies whose findings are their words as a document's are ("the regulator found the firm had "misled" ...")
_FINDING_BODIES = frozenset(_W["finding_bodies"])
_TOLD_LISTENERS = frozenset(_W["told_listeners"])
# words that open or mark the finding's clause after "found" ("found that ...", "found the firm had ...")
_FINDING_CLAUSE_WORDS = frozenset(_W["finding_clause_words"])
# things that carry written words, so a quotation after them is their text ("found a note ... "...")
_WRITTEN_OBJECTS = frozenset(_W["written_objects"])
_FINDING_OBJECT_WORDS = 3  # words of the object noun phrase between "found" and its quotation ("a "toxic culture"")


def _document_subject(text: str, before, k: int) -> bool:
    """The subject of the verb at ``k`` is a document ("An independent expert's report, prepared by ..., found")."""
    sub = _subject_before(before, k)
    head = sub and _head_phrase(text[sub[0]:sub[1]]).split()
    if not head:
        return False
    if head[-1].lower() in _DOCUMENT_HEADS:
        return True
    return head[-1].lower() in _FINDING_BODIES and (
        any(t[0].lower() in _FINDING_CLAUSE_WORDS for t in before[k + 1:]) or _finding_object(before, k))


def _finding_object(before, k: int) -> bool:
    """The quotation after a finding body's "found" at ``k`` is, or modifies, the verb's object noun phrase
    ('the inquiry found a "toxic culture"', 'the court found the law "unconstitutional"'), not a written thing's
    words or a phrase after a preposition ('found a note with the words "..."', 'a folder marked "..."')."""
    between = [t[0].lower() for t in before[k + 1:]]
    return len(between) <= _FINDING_OBJECT_WORDS and not any(
        w in _PREPOSITIONS or w in _WRITTEN_OBJECTS or not w.isalpha() or w.endswith(("ing", "ed"))
        for w in between)


_ANTECEDENT_WORDS = 4  # lower-case words of a description before its "who" ("two grain traders who")


def _lower_antecedent(before, w: int) -> tuple[int, int] | None:
    """The lower-case description a "who" at ``w`` follows, no comma between ('offered lower prices by traders who
    cited "..."', 'backed by two senior officials who called it "..."'): (start, end) from after the preposition
    or verb before it, else None."""
    i = w
    while i > 0 and w - i < _ANTECEDENT_WORDS and before[i - 1][0].isalpha() and before[i - 1][0].islower() \
            and before[i - 1][0] not in _PREPOSITIONS and not _is_cue(before[i - 1][0]):
        i -= 1
    if i == w or before[w - 1][0] in _DETERMINERS or i == 0 or before[i - 1][0] not in _PREPOSITIONS:
        return None  # (only after a preposition: "by traders who", "from officials who")
    return before[i][1], before[w - 1][2]


def _later_that_clause(before, k: int) -> bool:
    """The cue at ``k`` is inside a "that" clause, and a second one ("and that", "but that") opens after it: the
    quotation after that is in the second clause, not in the cue's."""
    return any(before[x][0] == "that" for x in range(1, k - 1)) \
        and any(before[x][0] == "that" and before[x - 1][0] in ("and", "but") for x in range(k + 2, len(before)))


def _that_clauses_subject(before):
    """'the judge found that the firm had erred and that the dismissals were "..."': the verb that governs two
    coordinated "that" clauses, the second holding the quotation, reports them: (verb, subject start, end,
    "before") with its subject, or None."""
    second = next((x for x in range(len(before) - 1, 1, -1) if before[x][0] == "that"
                   and before[x - 1][0] in ("and", "but")), None)
    if second is None:
        return None
    first = next((x for x in range(1, second - 1) if before[x][0] == "that"), None)
    if first is None or not (before[first - 1][0].isalpha() and before[first - 1][0].islower()
                             and (_verb_like(before[first - 1][0]) or before[first - 1][0] in _IRREGULAR_PAST)):
        return None
    sub = _subject_before(before, first - 1)
    return (before[first - 1][0], sub[0], sub[1], "before") if sub else None


# a finite verb right after a name that follows "said": the name is the reported clause's subject
_REPORTED_VERB = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|will|could|should|can|may|might|must|"
                            r"did|does|do)\b")


# a quotation that opens with a finite verb is the predicate of a subject written before it
_PREDICATE_START = re.compile(r"\s*(?:will|would|is|are|was|were|has|have|had|could|can|should|may|might|must)\b")


_OBJECT_PREPOSITIONS = frozenset(_W["object_prepositions"])
_VERB_PARTICLES = frozenset(_W["verb_particles"])


def _cleft(toks, w: int) -> tuple[int, int] | None:
    """'It was Jane Doe who told ...', 'It is the mayor who says ...': the focus of a cleft sentence, between
    "It was" (or "is") and the relative "who" at ``w`` (at most six words, no punctuation), or None."""
    i = w - 1
    while i >= 2 and w - i < 6 and toks[i - 1][0].lower() not in ("was", "is"):
        i -= 1
    if i < 2 or i >= w or toks[i - 1][0].lower() not in ("was", "is") or toks[i - 2][0].lower() != "it" \
            or not all(t[0][:1].isalpha() for t in toks[i:w]) \
            or not (toks[i][0][:1].isupper() or toks[i][0].lower() in _DESCRIPTION_OPENERS):
        return None
    return toks[i][1], toks[w - 1][2]


def _holds_object(toks, start: int, k: int) -> bool:
    """The would-be subject from offset ``start`` to the participle cue ``k`` holds a verb and its object
    ('Lori Dunn held up a sign saying', 'his office put out a statement saying'): a lower-case word, not a
    preposition or a determiner, followed by an article or a number."""
    return any(toks[x][1] >= start and toks[x][0].isalpha() and toks[x][0].islower() and _takes_object(toks, x)
               for x in range(k - 2, -1, -1))


def _after_preposition(toks, start: int) -> bool:
    """The would-be subject at offset ``start`` follows a preposition ('replied on Twitter writing', 'in a
    statement to the Gazette explaining'): the object of that preposition, not the subject of a participle
    (but for "with": 'with Doe saying' makes Doe the participle's subject; and a person, given name first,
    is the subject of a gerund: 'no different from Jane Doe calling it "..."')."""
    i = bisect.bisect_left(toks, start, key=_start)
    return i > 0 and toks[i - 1][0] in _OBJECT_PREPOSITIONS and toks[i - 1][0] != "with" \
        and toks[i][0].lower() not in _GIVEN_GENDER


def _inverted_after_intro(text: str, before, k: int, quote_a: int):
    """'In other words, explained host Jane Doe: "..."', 'Later, added Doe: "..."': an inverted cue after an
    introductory phrase and its comma, then the speaker's name and a colon or comma before the quotation."""
    w = before[k][0]
    if k == 0 or before[k - 1][0] != "," or not w.islower() or w.endswith("ing") \
            or CUE_FORMS.get(w) in _TO_LISTENER:
        return None
    m = _mention_after(before, k, quote_a)
    if m and text[m[0]].isupper() and re.fullmatch(r"\s*[:,]\s*[“\"‘']?\s*", text[m[1]:quote_a]):
        return w, m[0], m[1], "before"
    return None


def _participle(before, k: int) -> bool:
    """'X says that the guidelines revealed in August "will go down ...": a cue word followed by a preposition,
    inside the clause of an earlier cue, is a participle in the subject of the quoted predicate, not a cue."""
    return (k + 1 < len(before) and before[k + 1][0].lower() in _PREPOSITIONS
            and any(_is_cue(t[0]) and t[0].islower() for t in before[:k]))


def _named_participle(before, k: int) -> bool:
    """'with Jo Doe warning that the tax would "..."': a cue's -ing form that is mostly a noun ("a warning"),
    between a name (or an absolute phrase's noun: "with the union warning that") and "that", is the verb; so is one
    after a comma with "that" a few words on ('Doe was cautious, warning clients in a note that the "..."')."""
    w = before[k][0]
    if w not in CUE_FORMS or not w.endswith("ing") or not 0 < k < len(before) - 1:
        return False
    named = before[k - 1][0][:1].isupper() or _with_absolute(before, k) is not None
    return before[k + 1][0] == "that" and named or before[k - 1][0] == "," and any(
        t[0] == "that" for t in before[k + 1:k + 7])


# coordinating conjunctions ("and", "or", "but"), table coordinators
_COORDINATORS = frozenset(_W["coordinators"])


def _issuer_of_noun_before(toks, k: int) -> tuple[int, int] | None:
    """The subject of a verb of issuing ("issued", "released") a word or two before a speech noun that the
    participle at ``k`` follows ("The Kelby Forum has issued a statement calling ..."), else None."""
    if not (2 < k < len(toks) and toks[k][0].endswith("ing") and toks[k - 1][0].lower() in _SPEECH_NOUN_SET):
        return None
    v = next((x for x in range(k - 2, max(-1, k - 5), -1) if toks[x][0].lower() in _ISSUING_VERBS), None)
    return _subject_before(toks, v) if v is not None else None


# adverbs of sequence between "and" and a second verb that shares the first one's subject ("and then said")
_SEQUENCE_ADVERBS = frozenset(("then", "later", "finally", "eventually", "afterwards", "also", "again", "simply",
                               "quietly", "just"))


def _shared_subject(text: str, before, k: int):
    """'X stressed ... and said: "..."', 'X attacked Y, saying, "..."': the subject of the clause."""
    w = before[k][0]
    for k2 in range(k - 1, -1, -1):
        if _is_cue(before[k2][0]) and not before[k2][0][:1].isupper() and not _noun_use(before, k2) \
                and not _not_speech_here(text, before, k2):
            if k2 > 0 and before[k2 - 1][0].lower() in _PASSIVE_AUX:
                continue  # "After the ban was announced, Doe's aide rallied supporters, saying": a passive verb
            if before[k2][0].endswith("ing") and k2 > 0 and before[k2 - 1][0].isalpha() \
                    and before[k2 - 1][0].islower() and before[k2 - 1][0] not in _AUX | _COORDINATORS:
                continue  # "Doe said the party would move a motion asking ..., and described": a noun's participle
            sub = _subject_before(before, k2)
            if sub and _SUBORDINATE_END.search(text, max(0, sub[0] - 12), sub[0]):
                continue  # "When the mayor announced it, Doe's aide rallied supporters, saying": a subordinate clause
            if sub and _FREE_RELATIVE_END.search(text, max(0, sub[0] - 50), sub[0]):
                continue  # 'Doe called it part of what Kelby and Ashby call "the corridor", and said': a relative
                # clause's verb, not the one whose subject the second verb shares
            if sub:
                return w, sub[0], sub[1], "before"
    if before and _MENTION_LEAD.match(before[0][0] + " A") and not any(t[0] == "," for t in before[1:k]) \
            and (p := next((x for x in range(k - 1, 1, -1) if before[x][0] in ("he", "she", "they")), None)):
        return w, before[p][1], before[p][2], "before"  # ("When I opened the shop she came to see it and said": the
        # main clause's subject after a subordinate clause that no comma closes)
    sub = _clause_subject(text, before, descriptions=True)
    if sub and text[sub[0]:sub[1]] in _TIME_WORDS:
        sub = _clause_subject(text, before[1:], descriptions=True)  # ("Today a girl comes in and asks": the girl)
    wider = _subject_of_verb(before, k)
    if wider and (not sub or wider[0] == sub[0] and wider[1] > sub[1] and not _verb_in(text[sub[1]:wider[1]])):
        sub = wider  # "Lawyer for the firm, Ms Jo Doe, of Doe Legal, did not object but told": the whole subject
        # ("The firm's union, the Kelby Workers' Union, issued a statement ... expressing": a description, then a name;
        # not "Walter went out on Sunday, pulled up a plant ... and said": a name, then its verb, no apposition)
    return (w, sub[0], sub[1], "before") if sub else None


def _verb_in(words: str) -> bool:
    """A past verb among ``words`` in lower case (an -ed form or an irregular past: "went out on Sunday")."""
    return any(w in _SUBJECT_IRREGULAR or re.fullmatch(r"[a-z]{3,}ed", w)
               for w in re.findall(r"[A-Za-z]+", words))


def _subject_of_verb(toks, k: int) -> tuple[int, int] | None:
    """The subject before the first finite verb (an auxiliary or an -ed word) that follows a comma before ``k``
    ('Lawyer for the firm, Ms Jo Doe, of Doe Legal, did not object'), or None."""
    x = next((x for x in range(1, k) if toks[x - 1][0] in (",", "–", "—") and toks[x][0].islower()
              and (toks[x][0] in _FINITE or toks[x][0].endswith("ed") or toks[x][0] in _IRREGULAR_PAST)), None)
    # (an irregular past too: "Our buyer, Jo Doe, rang me and said"; or a dash closing an aside:
    # "The chair of the forum, Jo Doe – who is no relation – welcomed the news but warned")
    return _subject_before(toks, x) if x is not None else None


def _main_clause_subject(text: str, toks, w: str, quote_b: int):
    """'After saying it was "...," she left': the subject of the main clause, after the quotation."""
    rest = _between(toks, quote_b + 1, quote_b + _LOOKBACK)
    if rest and rest[0][0] == ",":
        rest = rest[1:]
    if rest and (rest[0][0].lower() in _PRONOUNS or rest[0][0][:1].isupper()):
        sub = _clause_subject(text, rest)
        if sub:
            return w, sub[0], sub[1], "after"
    return None


_INTRO = set(_W["intro"]) | set(_W["fronted_adverbs"])  # (the adverbs of place and sequence open phrases too)
_SUBORDINATORS = frozenset(_W["subordinators"])
# a passive verb of arguing or hearing a case that is still to happen and "by", perhaps titles, before a name: "will
# be argued by (Dr) Jo Doe", "is to be heard by Judge Jo Doe": a lawyer or judge who will act, not a source brought
# in to speak (not "the study was led by Dr Jo Doe", nor "the inquiry will be led by Dame Jo Doe", who often speak
# next); see _Resolver._newcomer
_PASSIVE_AGENT_BEFORE = re.compile(r"\b(?:will|would|shall|is\s+to|are\s+to)\s+be\s+(?:[a-z]+ly\s+)?"
                                   r"(?:" + "|".join(_W["case_agent_participles"]) + r")"
                                   r"\s+by\s+(?:[A-Z][a-z]*\.?\s+){0,2}$")
_SUBORDINATE_END = re.compile(r"\b(?i:" + "|".join(sorted(_SUBORDINATORS)) + r")\s+$")
# a relative pronoun before a clause's subject, perhaps the first of two joined by "and" ("what Kelby and | Ashby")
_FREE_RELATIVE_END = re.compile(r"\b(?:what|whom)\s+(?:(?:[A-Z][\w’'\-.]*\s+)+(?:and|or)\s+)?$")
_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "be", "is", "are", "got", "get", "gets"})
# adverbs other than those in -ly that may stand between a passive auxiliary and its verb ("is often described")
_PASSIVE_ADVERBS = frozenset(_W["passive_adverbs"])


def _after_passive_aux(toks, k: int) -> bool:
    """The verb ``toks[k]`` right after a passive auxiliary, perhaps with one adverb between ("was told", "is often
    described", "was widely quoted")."""
    prev = toks[k - 1][0].lower() if k > 0 else ""
    if prev in _PASSIVE_AUX:
        return True
    return k > 1 and (prev in _PASSIVE_ADVERBS or prev.endswith("ly") and prev.isalpha()) \
        and toks[k - 2][0].lower() in _PASSIVE_AUX
_CAPITAL_SUBORDINATORS = frozenset(w.capitalize() for w in _SUBORDINATORS)


def _told_ages(description: str) -> list[tuple[int, int]]:
    """The ages a description's words tell (``age_adjectives``: "elderly man in a green shirt" -> [(60, 130)])."""
    return [_AGE_ADJECTIVES[w] for w in description.lower().split() if w in _AGE_ADJECTIVES]


def _role_opening(text: str, tok) -> bool:
    """The capitalised word ``tok`` and lower-case role words after it make a role before a person's name, the
    clause's subject ("Managing director Jo Doe broke the news"): no preposition or participle opening a phrase
    ("Speaking to reporters, Jo Doe said", "Following chairman Jo Doe's resignation,", "Praising captain Jo Doe,
    Ann Roe said"), an -ing word only as a role's own (``role_participles``: "Managing", "Acting")."""
    first = tok[0].lower()
    if first in _INTRO or first in _SUBORDINATORS or first in _PREPOSITIONS \
            or first.endswith(("ing", "ed")) and first not in _ROLE_PARTICIPLES:
        return False
    named = _ROLE_THEN_NAME.match(text, tok[2])
    between = named and text[tok[2]:named.start(1)].split()
    return bool(named and between and _is_person_name(named.group(1)) and _role_lead(tok[0], between)
                and not re.match(r"[’']s?\b|,", text[named.end(1):named.end(1) + 2]))


_ROLE_PARTICIPLES = frozenset(_W["role_participles"])


def _role_lead(first: str, between: list[str]) -> bool:
    """A capitalised common word in the singular and the lower-case words after it make a role before a name: the
    last a title or a person's noun, none a verb ("Branch secretary", "Union shop steward")."""
    low = first.lower()
    return " " not in first and not (low.endswith("s") and not low.endswith("ss")) \
        and (_is_title(between[-1]) or _person_noun_like(between[-1])) and not any(_verb_like(w) for w in between)


def _apposed_noun(text: str, end: int, words: list[str]) -> bool:
    """An appositive after the name ending at ``end`` (an age perhaps first) has the last of ``words`` for its noun
    and holds the others: "Jo Doe, 47, a bus driver" for "the bus driver"."""
    m = _APPOSITIVE_NOUN.match(text, end)
    return bool(m) and m.group(1) == words[-1] and set(words) <= set(m.group().lower().replace(",", " ").split())


# an appositive's noun after a name: ", 47, a bus driver", ", the harbour master"
_APPOSITIVE_NOUN = re.compile(r",\s*(?:\d{1,3},\s*)?(?:a|an|the)\s+(?:[a-z\-]+\s+){0,3}?([a-z\-]+)"
                              r"(?=[,.;]|\s+(?:and|who|from|in|at)\b)")


def _does_the_trade(text: str, head: str, end: int) -> bool:
    """The relative clause right after a name ending at ``end`` says the person does the trade of the agent noun
    ``head`` ("Jo Doe, 29, who farms 900 acres": "the young farmer"; "Jo Doe, who now builds boats": "the builder")."""
    if not head.endswith("er") or len(head) < 5:
        return False
    does = _DOES_AFTER_NAME.match(text, end)
    return bool(does) and does.group(1).lower().rstrip("s").rstrip("e") in (head[:-2], head[:-1].rstrip("e"))


# what befalls someone, who then says nothing: "died at the scene", "was injured", "was killed"
_BEFALLEN = re.compile(r"\b(?:died|dies|drowned|(?:was|were|has been|had been)\s+(?:\w+ly\s+)?"
                       r"[a-z]+(?:ed|en|wn|ght))\b")
# an appositive clause after a name, its verb in the present or past: ", 29, who farms", ", who now builds"
_DOES_AFTER_NAME = re.compile(r"(?:,\s*\d{1,3})?,\s+who\s+(?:(?:now|still|also|once|[a-z]+ly)\s+)?([a-z]+?)(?:ed|s)?\b")


# a number written in words with a capital, as a count opens a sentence ("Twenty-six", "Forty", "Eleven", "Dozens")
_COUNT_WORD = re.compile(r"(?:(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)(?:-[a-z]+)?|Two|Three|Four|Five"
                         r"|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|(?:Thir|Four|Fif|Six|Seven|Eigh|Nine)teen"
                         r"|Hundreds|Dozens|Scores|Thousands)")


# the people counted after such a word, up to their first preposition, verb or clause ("Hundreds| of salt workers|
# from villages", "Twenty-six| housekeepers| and kitchen hands")
_COUNTED_PEOPLE = re.compile(r"(?: of)?(?: (?!(?:from|on|at|in|with|of|who|and|for|to)\b)[a-z][\w-]*\b(?<!ed)){1,3}")


@lru_cache(maxsize=8)
def _datelines_of(text: str) -> tuple[tuple[int, int], ...]:
    """The wire datelines of ``text`` (mentions.dateline_spans, the one registry), read once per article."""
    return tuple(dateline_spans(text))


def _dateline_end(text: str, lo: int) -> int | None:
    """The end of the wire dateline of ``text`` that holds offset ``lo``, else None."""
    return next((e for a, e in _datelines_of(text) if a <= lo < e), None)


def _clause_subject(text: str, toks, descriptions: bool = False) -> tuple[int, int] | None:
    """The subject that opens a clause: a pronoun or a capitalised name, after an introductory phrase
    (with ``descriptions``, also a description up to its verb: see :func:`_description_subject`)."""
    toks = toks[:_MAX_TOKENS]
    i = 0
    dash = next((x for x in range(min(len(toks), 10)) if toks[x][0] in ("—", "–", "-", "--")), None)
    if dash and toks[0][0].isupper() and len(toks[0][0]) > 1 and all(t[0][:1].isupper() or not t[0][:1].isalpha()
                                                                   for t in toks[:dash]):
        i = dash + 1  # a dateline ("TALLAHASSEE, Fla. — Jane Doe said") is not the subject
    elif toks and (end := _dateline_end(text, toks[0][1])):
        i = next((x for x, t in enumerate(toks) if t[1] >= end), len(toks))  # nor one with a colon ("KELBY: Some
        # twenty cleaners walked out, saying ...", the registry's dateline spans)
    start = i
    while i < len(toks) - 1 and toks[i][0].lower() in ("and", "but", "yet", "so", "then") and toks[i + 1][0] != ",":
        i += 1  # "And then Trump went on the attack, saying": a conjunction is not an introductory phrase
    for _ in range(3):  # "On Thursday, after remaining neutral for months, Jane Doe ...": phrases in a row
        if i < len(toks) and (toks[i][0].lower() in _INTRO | _SUBORDINATORS or _intro_word(toks[i][0])
                              or _time_distance(toks, i)) \
                and (i == start or toks[i][0].islower() or toks[i - 1][0] == ",") \
                and not _role_opening(text, toks[i]):
            i = _after_intro(toks, i)
        else:
            break
    if i >= len(toks):
        return None
    w = toks[i][0]
    if w.lower() in _PRONOUNS and w.lower() != "it" or w in _GROUP_SUBJECTS and i + 1 < len(toks) \
            and toks[i + 1][0].islower() and toks[i + 1][0].isalpha():
        return toks[i][1], toks[i][2]  # ("Some welcomed the plan, saying ...": a quantifier standing alone)
    m = _CAP_RUN.match(text, toks[i][1])
    if m and _COUNT_WORD.fullmatch(m.group()):
        counted = _COUNTED_PEOPLE.match(text, m.end())
        return (m.start(), counted.end()) if counted else None  # a count opens a description ("Twenty-six
        # housekeepers ... walked off the job, saying"; "Hundreds of salt workers from ... marched"), no name
    if m and m.group()[-1] in "’'" and (joined := _PLURAL_POSSESSIVES_JOINED.match(text, m.end())):
        return m.start(), joined.end()  # "The Kelby Crabbers' and Trawlers' Alliance welcomed ... but said": a body
        # whose name joins two plural possessives
    if m and not re.search(r"[’']s?$", m.group()):
        # "Former Obama speechwriter Jon Favreau published", "Republican senator Jo Doe", "Branch secretary Jo Doe":
        # role words, then a name (the first word may be a common one)
        end = of.end() if (of := _OF_NAME_AFTER.match(text, m.end())) else m.end()
        named = _ROLE_THEN_NAME.match(text, end)  # (a body's name with "of" before the role: "Kelby Board of
        # Adjustment chairman Jo Doe")
        between = named and text[end:named.start(1)].split()
        if of and named and not all(_person_noun_like(w) or _is_title(w) for w in between):
            named = None  # (role words only after "of ...": not "The Mayor of Kelby gave pensioner Jo Doe a medal")
        if named and _is_person_name(named.group(1)) and (not _common_word(m.group(), text) or _role_lead(
                m.group(), between)):
            return m.start(), named.end(1)  # (after a common word, role words only: "Branch secretary Jo Doe",
            # not "Analysts expect Jo Doe", "Farmers took agriculture minister Jo Doe")
        one = _ROLE_THEN_ONE_NAME.match(text, m.end()) if " " not in m.group() else None
        if one and _role_lead(m.group(), one.group(1).split()) and not _common_word(one.group(2), text):
            return m.start(), one.end(2)  # "Band member Flea shared": one word after the role, the verb next
    if m and not re.search(r"[’']s?$", m.group()) and not _common_word(m.group(), text):
        # ("Wait, it gets better:", "Pause.": a capitalised common word is no name; "The audience" a description)
        head = m.group().split()[-1]
        seat = _SEAT_THEN_NAME.match(text, m.end()) if m.group().startswith("The ") \
            and (_is_title(head) or head.lower() in _PERSON_HEADS) else None
        if seat and _is_person_name(seat.group(1)):
            return seat.start(1), seat.end(1)  # ("The Member for Kelby East, Jo Doe, ...": the name in apposition)
        if _name_tokens(m.group()):
            return m.start(), m.end()
    return _description_subject(toks, i) if descriptions else _named_in_apposition(text, toks, i)


# "and" or "&" and a capitalised run that ends with no possessive, after a plural possessive ("Crabbers' | and
# Trawlers' Alliance"): the rest of a body's name (_clause_subject)
_PLURAL_POSSESSIVES_JOINED = re.compile(rf"\s+(?:and|&)\s+[{_UC}][\w\-]*s[’'](?:\s+[{_UC}][\w\-]*)+"
                                        rf"(?<![’'])(?!\s*[’'])")


# between a quotation and a cue's mention after it: a conjunction that opens a clause of its own ('... welcomes "a
# small step" as opponents warn of ...'), so the cue after is that clause's
_CLAUSE_OF_ITS_OWN = re.compile(r"[’'\"”]?,?\s+(?:as|while|whereas|but)\s+")
# a subordinate clause that opens a speaker's mention before its subject, closed by a comma
_FRONTED_CLAUSE = re.compile(r"(?:When|As|After|Before|While|Since|Although|Though|Once|Until)\s+"
                             r"[^,;:“”\"]{3,80},\s+(?=\S)")
# one who has died, before a name in apposition ("my father, the late Jo Doe,")
_THE_LATE = re.compile(r"the\s+late\s+")
# a short description in lower case opened by a determiner, a comma, and a name closed by a comma ("the company's
# managing director, Datuk Jo Tan, who is no relation to ..., spoke to reporters", "My grandfather, Jo Doe, had")
_DESCRIPTION_THEN_NAME = re.compile(r"(?:the|its|his|her|their|[Mm]y|[Oo]ur)\s+(?:[a-z][\w’'-]*\s+){0,5}[a-z][\w’'-]*,\s+")


def _named_in_apposition(text: str, toks, i: int) -> tuple[int, int] | None:
    """The person's name set off by commas after a short description that opens the clause at ``toks[i]``, else
    None."""
    m = _DESCRIPTION_THEN_NAME.match(text, toks[i][1]) if i < len(toks) else None
    late = _THE_LATE.match(text, m.end()) if m else None  # ("my father, the late Jo Doe,": one who has died)
    name = _CAP_RUN.match(text, late.end() if late else m.end()) if m else None
    if name is None or not text.startswith(",", name.end()) or not _is_person_name(name.group()):
        return None
    return name.start(), name.end()


_TIME_UNITS = frozenset(_W["time_units"])
_TIME_DISTANCE = frozenset(_W["time_distance"])


def _clause_start(toks) -> int:
    """The index of the token after the introductory phrases that open a clause ("Outside the arena, ...")."""
    i = 0
    for _ in range(3):
        if i < len(toks) - 1 and (toks[i][0].lower() in _INTRO | _SUBORDINATORS or _time_distance(toks, i)):
            i = _after_intro(toks, i)
        else:
            break
    return min(i, len(toks) - 1)


def _time_distance(toks, i: int) -> bool:
    """A time distance opens the clause at ``i`` ("Hours later, Doe ...", "Eight years ago, she ...", "Two days
    after the vote, ..."): numerals or "a few" (or nothing), a plural time unit, then a distance word."""
    for x in range(i, min(len(toks) - 1, i + 4)):
        w = toks[x][0].lower()
        if w in _TIME_UNITS:
            return toks[x + 1][0].lower() in _TIME_DISTANCE
        if not (w in _DETERMINERS or w.isdigit() or w in ("a", "few")):
            return False
    return False


_INTRO_PRONOUNS = frozenset(("he", "she", "they", "we", "I"))  # a clause's subject after a short opening phrase


def _after_intro(toks, i: int) -> int:
    """The token after the introductory phrase opening at ``i``: "On Monday, Doe said", "And after the court
    ruled, Doe said", "On July 6, 2015, Sanders said"; an adverb with no comma ends at once ("Later Doe
    called him ..."), and so does a day after "on" or "in" ("On the Thursday Johan phoned and said")."""
    k = i
    day = next((x for x in range(i + 1, min(len(toks) - 1, i + 4)) if toks[x][0] in _WEEKDAYS or toks[x][0] in _MONTHS),
               None)
    if day is not None and toks[i][0].lower() in ("on", "in") and all(t[0].islower() for t in toks[i + 1:day]) \
            and toks[day + 1][0][:1].isupper() and toks[day + 1][0] not in _TIME_WORDS:
        return day + 1  # ("On the Thursday Johan phoned and said": a day with no comma, then the subject)
    while k < len(toks) and toks[k][0] != "," and toks[k][0] not in _DASHES:
        k += 1
    if (k >= len(toks) or toks[k][0] != ",") and i + 1 < len(toks) and toks[i][0].lower() not in _PREPOSITIONS \
            and toks[i + 1][0][:1].isupper():
        return i + 1  # no comma before the clause's end or a dash: "When Doe wrapped up — "...""
    if (k >= len(toks) or toks[k][0] != ",") and toks[i][0].lower() not in _SUBORDINATORS:
        # ("Earlier in the day she wrote": a short phrase, then a pronoun; not "When she arrived the governor said")
        p = next((x for x in range(i + 1, min(len(toks), i + 6)) if toks[x][0] in _INTRO_PRONOUNS), None)
        if p is not None and all(t[0].islower() for t in toks[i + 1:p]):
            return p
    k += 1
    while k < len(toks) and toks[k][0][:1].isdigit():
        while k < len(toks) and toks[k][0] != ",":
            k += 1
        k += 1
    return _after_role_appositive(toks, _after_place(toks, k))


def _after_role_appositive(toks, k: int) -> int:
    """'In a statement signed by its secretary, Jo Doe, Acme Plc attributed ...': a person's name set off by
    commas right after an introductory phrase that ends with a title or a person's noun is that noun's
    apposition, part of the phrase: the token after its closing comma when a capitalised word follows it; else
    ``k``."""
    if not 2 <= k < len(toks) or toks[k - 1][0] != "," \
            or not (_is_title(toks[k - 2][0]) or toks[k - 2][0].lower() in _PERSON_HEADS):
        return k
    e = k
    while e < len(toks) and e - k < 6 and (toks[e][0][:1].isupper() or toks[e][0] == "."):
        e += 1
    if e == k or e + 1 >= len(toks) or toks[e][0] != "," or not toks[e + 1][0][:1].isupper():
        return k
    return e + 1 if _is_person_name(" ".join(t[0] for t in toks[k:e] if t[0] != ".")) else k


def _after_place(toks, k: int) -> int:
    """'Speaking in Salem, New Hampshire, Trump said': the state after a town's comma ends the introductory
    phrase too (a run that is no person's name, then a comma and a capitalised word)."""
    if not 2 <= k < len(toks) or toks[k - 2][0][:1].islower() or k < 3 or toks[k - 3][0] not in ("in", "at", "from"):
        return k
    c = next((x for x in range(k, min(len(toks), k + 4)) if toks[x][0] == ","), None)
    if c is None or c == k or c + 1 >= len(toks) or not toks[c + 1][0][:1].isupper() \
            or not all(t[0][:1].isupper() for t in toks[k:c]) or _is_person_name(" ".join(t[0] for t in toks[k:c])):
        return k
    return c + 1


def _common_word(run: str, text: str) -> bool:
    """A lone capitalised word the text also writes in lower case and never capitalised inside a sentence:
    a common word opening the sentence ("Wait", "See", "Voices"), not a name ("Sanders", "Rice")."""
    run = run.strip()
    return " " not in run and run not in _mid_caps(text) and run.lower() in _lower_words(text)


# a capitalised office's seat or body, then a person's name in apposition: "(The Member) for Kelby East, Jo Doe,"
# and a lower-case word ("said", "a Labour MP,"), not another name or "and" ("The Mayor of Kelby, Jo Doe, Cllr Ann
# Roe and residents marched": a list)
_SEAT_THEN_NAME = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3},\s+"
                             r"((?:[A-Z][a-z]{1,3}\.?\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3}),"
                             r"(?=\s+(?!and\b|or\b)[a-z])")  # (then the clause or an appositive: no list)
# one or two lower-case role words after a capitalised word, then a one-word name and a lower-case word ("Band
# member Flea shared"): _clause_subject, with _role_lead
_ROLE_THEN_ONE_NAME = re.compile(r"((?: [a-z][a-z\-]+(?<!ed)(?<!ly)){1,2}) ([A-Z][a-z][\w’'\-]*)(?= [a-z])")
# "of" and a body's capitalised words before lower-case words (" of Adjustment chairman Jo Doe"): _clause_subject
_OF_NAME_AFTER = re.compile(r" of (?:[A-Z][\w’'\-]*)(?: [A-Z][\w’'\-]*){0,2}(?= [a-z])")
# lower-case role nouns after a capitalised modifier, then a name: " speechwriter Jon Favreau", " finance committee
# chairman Jo Doe" (no verb: no -ed, -ly or -s word, "Doe supports Democrat Jane Roe")
_ROLE_THEN_NAME = re.compile(r"(?: (?!(?:said|says|told|who|and|or|of|in|on|at|to|for|with)\b)"
                             r"[a-z][a-z\-]+(?<!ed)(?<!ly)(?<![^s]s)){1,3}"
                             r" ((?:[A-Z][\w’'\-]*\.? ?){1,3}[A-Z][\w’'\-]*)")


_PAST_THEN_PERSON = frozenset(("and", "me", "us", "him", "her", "them", "my", "our", "his", "their"))
_COUNT_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")  # a count in a description ("the 3,000 fans")


def _description_subject(toks, i: int) -> tuple[int, int] | None:
    """A description opening the clause at ``i`` up to its verb: "One operative inside the campaign tried to
    play it down, saying ...", "The retired neurosurgeon addressed it, remarking ..." (a determiner or a
    possessor first: "Reed's campaign sent out a release saying ...")."""
    owner = next((x for x in range(i, min(len(toks), i + 3)) if _POSSESSOR.fullmatch(toks[x][0])), None)
    if owner is not None and all(t[0][:1].isupper() for t in toks[i:owner]):
        i0, i = i, owner  # "Jane Doe's right-hand woman rallied supporters, saying": the possessor's name first
    else:
        i0 = i
    if toks[i][0].lower() not in _DESCRIPTION_OPENERS and not _POSSESSOR.fullmatch(toks[i][0]):
        return None
    for k in range(i + 1, min(len(toks), i + 10)):
        w = toks[k][0]
        if w == "," and k > i + 1:  # "The board's chairman, Engr. Jo Doe, rejected it, saying": the name
            return _appositive_name(toks, k) or _participle_aside(toks, i0, k) or _past_after_aside(toks, i0, k)
        if w == "who" and k > i + 1:
            return _past_after_relative(toks, i0, k)
        if not (w.replace("-", "").isalpha() or w.endswith(("’s", "'s")) or _COUNT_TOKEN.fullmatch(w)) \
                or w.lower() in _CLAUSE_BREAK - _OBJECT_PREPOSITIONS:
            return None  # ("right-hand woman": a hyphenated word is one word; "the 3,000 fans": a count)
        if w in _BE_PREDICATE and k > i + 1 and k + 1 < len(toks) and toks[k + 1][0].isalpha() \
                and (w not in ("has", "have", "had") or toks[k + 1][0] == "been"):
            if any(t[0] == "according" for t in toks[k:]):
                return None  # ("The hospital has been full, according to Dr Jo Doe, saying": the named source)
            return toks[i0][1], toks[k - 1][2]  # "The magazine has been critical of the plan, arguing ..."
        if w.islower() and k > i + 1 and (w.endswith("ed") or k + 1 < len(toks) and _takes_object(toks, k)
                                          or w in _IRREGULAR_PAST and k + 1 < len(toks)
                                          and toks[k + 1][0] in _PAST_THEN_PERSON):
            # (an irregular past before "and" or a person as its object: "The fans stood and chanted", "One of the
            # owners rang me and asked", "An old fisherman took my hand and said"; not "The first incident came
            # during a speech ..., shouting")
            if w in _VERB_PARTICLES and toks[k - 1][0].islower() and k > i + 2:
                k -= 1  # "His office put out a statement, saying": the verb before its particle
            sub = _subject_before(toks, k)
            return (toks[i0][1], sub[1]) if sub and sub[0] in (toks[i][1], toks[i0][1]) else None
    return None


def _past_after_aside(toks, i0: int, k: int) -> tuple[int, int] | None:
    """'One old hand at the pens, who has not missed a show since 1932, summed it up:': the description before the
    comma at ``k`` when a relative clause in commas follows it and a verb in the past right after its closing
    comma; else None."""
    if k + 1 >= len(toks) or toks[k + 1][0] != "who":
        return None
    end = next((x for x in range(k + 2, min(len(toks) - 1, k + 20)) if toks[x][0] == ","), None)
    w = toks[end + 1][0] if end is not None else ""
    return (toks[i0][1], toks[k - 1][2]) if w in _IRREGULAR_PAST or re.fullmatch(r"[a-z]{3,}ed", w) else None


def _past_after_relative(toks, i0: int, k: int) -> tuple[int, int] | None:
    """'A woman who runs an antiques shop three blocks away stood up and asked ...': the description before the
    "who" at ``k`` (no comma), when the relative clause's verb is in the present (or "has" and a participle: "A
    woman who has dyed cloth here since 1960 leaned ...") and a verb in the past (``irregular_past`` or -ed) follows
    within a few words, no comma or clause break between: the clause's subject."""
    perfect = k + 2 < len(toks) and toks[k + 1][0] in ("has", "have") and (
        toks[k + 2][0] in _IRREGULAR_PAST or re.fullmatch(r"[a-z]{2,}(?:ed|en)", toks[k + 2][0]) is not None)
    # ("a woman who has dyed cloth here since 1960 leaned on her stick and said": the clause's own participle first)
    if k + 1 >= len(toks) or not re.fullmatch(r"[a-z]+s", toks[k + 1][0]) \
            or toks[k + 1][0] in _BE_PREDICATE and not perfect:
        return None
    for x in range(k + 2 + perfect, min(len(toks), k + 14)):
        w = toks[x][0]
        if w in _IRREGULAR_PAST or re.fullmatch(r"[a-z]{3,}ed", w) and toks[x - 1][0] not in _PASSIVE_AUX:
            return toks[i0][1], toks[k - 1][2]
        if not w.replace("-", "").isalnum() or w in ("who", "which", "that", "and", "but"):
            return None
    return None


_POSSESSOR = re.compile(r"[A-Z][\w\-]*(?:’s|'s|’|')")
_BE_PREDICATE = frozenset(("is", "was", "are", "were", "has", "have", "had"))  # (has/have/had before "been")
_IRREGULAR_PAST = frozenset(_W["irregular_past"])
_ASIDE_REACH = 14  # tokens of a participle aside between a description and its verb


def _participle_aside(toks, i0: int, k: int) -> tuple[int, int] | None:
    """'The review, prepared by a Leeds firm, found ...': a description, then a participle aside between commas
    (a lower-case -ed or -en word first), then its verb (a lower-case -ed word): the description, or None."""
    if k + 1 >= len(toks) or not re.fullmatch(r"[a-z]{3,}(?:ed|en)", toks[k + 1][0]):
        return None
    end = next((x for x in range(k + 2, min(len(toks), k + _ASIDE_REACH)) if toks[x][0] == ","), None)
    if end is None or end + 1 >= len(toks) or not (re.fullmatch(r"[a-z]{3,}ed", toks[end + 1][0])
                                                   or toks[end + 1][0] in _IRREGULAR_PAST):
        return None
    return toks[i0][1], toks[k - 1][2]




def _appositive_name(toks, k: int) -> tuple[int, int] | None:
    """The span of a person's name between the comma at ``k`` and the next one (at most five words), when a
    lower-case word (the verb) follows: 'The board's chairman, Engr. Jo Doe, rejected ...'; else None."""
    end = next((x for x in range(k + 2, min(len(toks), k + 7)) if toks[x][0] == ","), None)
    if end is None or end + 1 >= len(toks) or not toks[end + 1][0].islower() or not toks[k + 1][0][:1].isupper() \
            or not all(t[0][:1].isupper() or t[0] in _NAME_PARTICLES for t in toks[k + 1:end]):
        return None  # (a particle inside the name: ", Philippe de la Roche,")
    run = " ".join(t[0] for t in toks[k + 1:end])
    return (toks[k + 1][1], toks[end - 1][2]) if _is_person_name(run) and _name_tokens(run) else None


def _takes_object(toks, k: int) -> bool:
    """The lower-case word ``k`` is a verb or its particle with an object after it ("sent a letter", "put out
    a statement"): an article or a number follows and the word is no preposition or determiner."""
    w = toks[k][0]
    return toks[k + 1][0] in _DESCRIPTION_OPENERS and w not in _OBJECT_PREPOSITIONS and w not in _DETERMINERS


# determiners that open a description subject of a clause (table ``description_openers``)
_DESCRIPTION_OPENERS = frozenset(_W["description_openers"])

# what stands before a clause's subject: a comma or a conjunction, and perhaps a focus or time adverb ("And even
# Obama tried", "Then Doe said"; at the sentence start too: see _Resolver._read_subject)
_FOCUS = r"(?:(?:[Ee]ven|[Aa]lso|[Tt]hen|[Nn]ow|[Ss]till|[Oo]nly|[Ll]ater|[Ii]nstead)\s+)?"
_AFTER_CLAUSE_START = re.compile(r"(?:[,;:—”\"]\s*|\b(?:But|And|Yet|So)\s+)" + _FOCUS + "$")
_SENTENCE_FOCUS = re.compile(r"[\s“\"‘']*" + _FOCUS)
# A possessor opening a sentence after a short phrase of place or time and perhaps a form of address ("Back in
# Kelby, Mr Doe's workers ...", "In March, Dr Roe's team ..."): still the sentence's topic.
_FRONTED_FOCUS = re.compile(r"[\s“\"‘']*(?:(?:Back|Meanwhile|Elsewhere|Later|Earlier|In|At|On|Over|Across|By|"
                            r"Down|Up)\b[^,.;:\n]{0,32},\s+)?" + _FOCUS + r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?")
# a body's name opening a sentence before a role ("Kelby Drivers' Union president", "Federation of Kelby Traders'
# Associations secretary"): capitalised words, joined by "of", "for", "and", "&" or "the"
_BODY_BEFORE_ROLE = re.compile(r"[\s“\"‘']*[A-Z][\w’'\-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w’'\-]*)*"
                               r"(?:\s+(?:of|for|and|&|the))*\s*")  # (the role may take the body's last words)
# a sentence opened by a phrase of place or company, then "was"/"were"/"is"/"are" or a verb of posture, then its
# subject: "Among the workers in court was Jo Doe", "Standing beside him was ...", "Next to him on the trailer is
# Jo Doe", "Next to her stood Jo Doe" (table locative_inversion_openers)
_LOCATIVE_INVERSION = re.compile(r"[\s“\"‘']*(?:" + "|".join(_W["locative_inversion_openers"])
                                 + r")\b[^.;:!?“”\"]{0,60}?\s(?:was|were|is|are|stood|stands|sat|sits|knelt|kneels"
                                   r"|waited|waits)\s+")
# a sentence opened by a plural common noun (perhaps after one lower-case modifier: "Local farmers") and its
# verb: "Bondholders have asked ...", "Residents said ..." (the noun must be written in lower case elsewhere too)
_PLURAL_SUBJECT = re.compile(r"[\s“\"‘']*(?P<np>(?:[A-Z][a-z]+\s+)?(?P<head>[A-Za-z][a-z]+[^s\W]s))\s+"
                             r"(?:have|had|are|were|will|would|could|say|said|[a-z]+ed)\b")
_SEAT_AND = re.compile(r"[\s“\"‘']*(?:[A-Z][\w’'\-]*\s+){1,3}(?:and|&)\s+")


def _verb_after(text: str, end: int) -> bool:
    """The word after ``end`` (past one -ly adverb) is lower case and can be a verb: no preposition, conjunction
    or determiner ("West made a dig", "West quickly said"; not "West of the river", "East and West")."""
    m = re.match(r" (?:[a-z]+ly )?([a-z]+)\b", text[end:end + 40])
    return bool(m) and not {m.group(1)} & (_CLAUSE_BREAK | _OBJECT_PREPOSITIONS | _DETERMINERS)


def _verb_like(w: str) -> bool:
    """A lower-case word that can be the verb after a subject: a cue verb, or an -s / -ed form."""
    return w not in _DETERMINERS and w not in ("his", "this", "its", "us") and (_is_cue(w) or w.endswith(("s", "ed")))


# what follows a name in apposition to a role, its subject: a comma, a bracket or a dash ("The labour lawyer Jo
# Doe, who ...", "The bus driver Jo Doe (52) ...")
_APPOSITION_AFTER = re.compile(r"\s*[,(—–]|\s+-\s")
# an article and lower-case role words opening a sentence before a name ("The labour lawyer ", "A retired nurse ")
_ARTICLE_ROLE = re.compile(r"[\s“\"‘']*(?:The|A|An)\s+((?:[a-z][\w’'\-]*\s+){1,3})")
# a cleft's focus ("it was Jo Doe who spoke"): the words before the name and the relative after it
_CLEFT_BEFORE = re.compile(r"\b[Ii]t (?:was|is|had been) (?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?$")
_CLEFT_WHO = re.compile(r"\s+who\b")
# ... a cleft that opens its sentence or a clause ("It was Jo Doe who", ", but it was Jo Doe who"), not one reported
# after a verb ("Jo Roe said it was Jo Doe who", "insists that it was"): see _Resolver._clause_cleft
_CLEFT_CLAUSE = re.compile(r"(?:^|[,;:—]\s*|\b(?:but|and|yet|so)\s+)[\s“\"‘']*[Ii]t (?:was|is|had been) "
                           r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?$")
# the verb after a name and its appositive, if any ("Jo Doe, a shop steward, added"; "Jo Doe added that")
_VERB_AFTER_ASIDE = re.compile(r"(?P<aside>,[^,.;:“\"]{1,80},)?\s+(?:[a-z]+ly\s+)?([a-z]+)\b")
# a possessive and lower-case words opening a sentence before a name, or before an appositive holding it ("Her
# colleague ", "His neighbour on the benches, the Kelby member "): the name is that description's, the subject
_POSSESSIVE_ROLE = re.compile(r"[\s“\"‘']*(?:His|Her|Their|My|Our)\s+[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,4}"
                              r"(?:(?P<apposed>,\s+(?:(?:the|a|an)\s+)?(?:[\w’'\-]+\s+){0,4})|\s+)")


def _person_role_words(words: list[str]) -> bool:
    """Lower-case words that make a person's role: no verb or cue among them, the last a person's noun
    (person_nouns) or an agent noun ("labour lawyer", "retired nurse", "bus driver")."""
    return bool(words) and (words[-1] in _PERSON_HEADS or _AGENT_NOUN.fullmatch(words[-1]) is not None) and not any(
        _is_cue(w) or w in _AUX or w in _CLAUSE_BREAK or w.endswith("ing") for w in words)


def _role_length(words: list[str]) -> int:
    """How many of the last ``words`` (at most 5) are a role phrase before a name: titles and capitalised
    words ("Veteran Irish broadcaster"), and lower-case nouns after a capitalised modifier ("Obama
    consultant", "Republican pollster"; not a verb: "-ed", "-ing", "-ly" words and cue verbs stop it)."""
    def capital(w):  # a possessive counts: "North Carolina’s Ada Fisher said"
        w = _strip_possessive(w)
        return _is_title(w) or w[:1].isupper() and w.replace("-", "").isalpha() and w not in _NOT_NAME - {"Former"}
        # ("secretary-general"; a hyphened modifier: "Jet-boat operator Jo Doe")

    def noun(w, i):
        return (w.replace("-", "").isalpha() and w.islower() and not re.search(r"(?:ed|ing|ly)$", w) and not _is_cue(w)
                and w not in _CLAUSE_BREAK | _AUX | _DETERMINERS and any(capital(x) for x in words[max(0, i - 2):i]))

    n = 0
    while n < min(len(words), 5) and (capital(words[-1 - n]) or noun(words[-1 - n], len(words) - 1 - n)):
        n += 1
    return n


def _lower_role_length(words: list[str]) -> int:
    """How many of the last ``words`` are a lower-case role with no capitalised word before a name: a person's
    noun, and one noun before it ('"...," incident controller Jo Doe told': 2); 0 when the last word is none, or
    when an article, a possessive or "of" comes before the role (``_ARTICLES``: "the singer Jo Doe", a description
    which "The actress" may vary; "the widow of fisherman Jo Doe")."""
    if not words or words[-1] not in _PERSON_HEADS:
        return 0
    w = words[-2] if len(words) > 1 else ""
    n = 2 if _LOWER_WORD.fullmatch(w) and w not in _CLAUSE_BREAK | _AUX | _DETERMINERS and not _is_cue(w) \
        and not re.search(r"(?:ed|ing|ly|s)$", w) else 1
    return 0 if len(words) > n and words[-1 - n].lower() in _ARTICLES else n


# an agent noun: who does a thing or plies a trade ("operator", "driver", "miller", "florist", "technician")
# (not a function word or a common thing so ending, table agent_noun_lookalikes: "after", "other", "water")
# every word of the body_nouns table, keys and their kin ("authority", "union", "federation"): a body's kind
_BODY_FAMILY = frozenset(_BODY_NOUNS).union(*_BODY_NOUNS.values())
_HEAD_OF_BODY = {str(k): frozenset(map(str, v)) for k, v in _W["head_of_body_nouns"].items()}
_SEEKER_NOUNS = {str(k): frozenset(map(str, v)) for k, v in _W["seeker_nouns"].items()}
# a description in apposition right after a person's name, up to its noun (", the candidate of the ... Party",
# ", a lecturer at ..."): _Reader._fits_clause_echo
_PERSON_APPOSITIVE = re.compile(r",\s+((?:a|an|the)\s+(?:[a-z\-]+\s+){0,3}?[a-z\-]+)"
                                r"(?=\s*[,.;:]|\s+(?:who|of|for|in|at)\b)")
_DENIAL_VERBS = frozenset(_W["denial_verbs"])  # ("denied the government was "in chaos"": no echo of those words)
_AGENT_NOUN = re.compile(r"(?!(?:" + "|".join(_W["agent_noun_lookalikes"]) + r")$)[a-z]{3,}(?:er|or|ist|ian)")


def _trade_length(words: list[str]) -> int:
    """'..., sewing operator Jo Doe', 'Outside, bus driver Jo Doe', 'But striker Jo Doe': how many of the last
    ``words`` (one or two, lower case, after a comma or a sentence's opening conjunction) name a trade before a
    name, the last an agent noun; else 0."""
    for n in (1, 2):
        run = words[len(words) - n:]
        if len(words) > n and (words[-1 - n].endswith(",") or len(words) == n + 1 and words[0] in _OPENING_CONJUNCTIONS) \
                and _AGENT_NOUN.fullmatch(run[-1]) \
                and all(w.isalpha() and w.islower() and w not in _CLAUSE_BREAK | _INTRO | _DETERMINERS
                        and not _is_cue(w) for w in run):
            return n
    return 0

#: Sentences looked back for a pronoun's antecedent when neither the last two sentences nor the earlier
#: speakers give one.
_PRONOUN_REACH = 5
# "a man", "an elderly driver": an indefinite person brought into the story (see _Resolver._aged_blocked)
_INDEFINITE_NOUN = re.compile(r"\b[Aa]n?\s+([a-z]+)(?:\s+([a-z]+))?\b")


def _definite_person_subject(sentence: str) -> bool:
    """The sentence opens with "The", "His", "Her" or "Their", maybe a possessive ("The club's"), then up to three
    lower-case words ending in a person's noun (``person_nouns``, a sexed noun or ``kin_and_court_nouns``):
    "The accused, ...", "His widow still ...", "The club's founder died ..."."""
    return _definite_person_noun(sentence) is not None


def _definite_person_noun(sentence: str) -> str | None:
    """The person's noun of :func:`_definite_person_subject` ("widow" of "His widow still ..."), else None."""
    words = sentence.split()[:6]
    if not words or words[0] not in ("The", "His", "Her", "Their"):
        return None
    rest = words[2:] if len(words) > 1 and re.fullmatch(r"\w+['’]s", words[1]) else words[1:]
    for w in rest[:3]:
        bare = w.rstrip(",;:.")
        if not (bare.isalpha() and bare.islower()):
            return None
        if bare in _PERSON_HEADS or bare in _HEAD_SEX or bare in _KIN_AND_COURT_NOUNS:
            return bare
        if bare != w:
            return None
    return None
    rest = words[2:] if len(words) > 1 and re.fullmatch(r"\w+['’]s", words[1]) else words[1:]
    for w in rest[:3]:
        bare = w.rstrip(",;:.")
        if not (bare.isalpha() and bare.islower()):
            return False
        if bare in _PERSON_HEADS or bare in _HEAD_SEX or bare in _KIN_AND_COURT_NOUNS:
            return True
        if bare != w:
            return False
    return False


def _description_sex(mention: str) -> str | None:
    """The sex a description gives its person: "her"/"she" or "his"/"he" in it, else a sexed noun ("father of
    three"); else None."""
    words = re.findall(r"[a-z]+", mention.lower())
    said = "f" if "her" in words or "she" in words else "m" if "his" in words or "he" in words else None
    return said or next((_HEAD_SEX[w] for w in words if w in _HEAD_SEX), None)


_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|its|our|my|your)\s+$")
_OWNER_BEFORE = re.compile(r"(?:\b(?:his|her|their|its|our|my|your)|\w[’']s)\s+$")  # a possessive before a name
_LOWER_WORD_NEXT = re.compile(r"[^\S\n]+([a-z]+)\b")  # the lower-case word right after a name
# "the DCE", "the acting CP": "the", up to two lower-case words, a title by its initials (see _acronym_holder)
_ACRONYM_MENTION = re.compile(r"[Tt]he\s+(?P<mods>(?:[a-z]+\s+){0,2})(?P<acr>[A-Z]{2,5})")
_OF_WORDS = frozenset(("of", "for", "the", "and"))
# capitalised title words right before a name, after a short form of address ("Commissioner of Police Mr Jo")
_TITLE_WORD = r"(?:[A-Z][\w’'\-]*|of|for|the|and)"
_TITLE_BEFORE_NAME = re.compile(rf"(?:^|[\s(])(?P<title>[A-Z][\w’'\-]*(?:\s+{_TITLE_WORD})*)\s+"
                                r"(?:[A-Z][a-z]{1,3}\.?\s+)?$")
# a title defined by its initials, then an appositive name: "District Chief Executive (DCE) for Kelby, Mr. "
_DEFINED_BEFORE_NAME = re.compile(rf"(?:^|\s)(?P<title>[A-Z][\w’'\-]*(?:\s+{_TITLE_WORD})*)"
                                  r"\s+\((?P<acr>[A-Z]{2,5})\)"
                                  r"(?:\s+(?:for|of|in)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)?,\s+"
                                  r"(?:[A-Z][a-z]{1,3}\.?\s+)?$")
_FOR_THE_BEFORE = re.compile(r"\b(?:for|of)\s+the\s+$")  # (a spokeswoman "for the" body defined in brackets)
_THE_OPENING = re.compile(r"^[Tt]he\s+")
_STAND_IN_WORDS = frozenset(("acting", "interim"))  # the same office's holder ("the acting CP")
_RANK_WORDS = frozenset(("additional", "joint", "shadow", "senior", "junior", "associate", "principal", "special"))


def _ranks_title(word: str) -> bool:
    """A word before a title that makes it another office ("Deputy", "Additional", "Senior" District Attorney), not a
    place or time before it ("Kelby County", "On Monday") nor a stand-in ("Acting")."""
    return word.lower() not in _STAND_IN_WORDS and (_is_title(word) or word.lower() in _RANK_WORDS)


def _title_initials(words: list[str], mods: set[str]) -> str | None:
    """The initials of a spelt-out title's capitalised words (``mods`` and "of" words left out) when its head (the
    word before its first "of"/"for", else its last) is a title or a person's noun; else None."""
    cut = next((k for k, w in enumerate(words) if w in ("of", "for")), len(words))
    if not cut or not (_is_title(words[cut - 1]) or words[cut - 1].lower() in _PERSON_HEADS):
        return None
    return "".join(w[0] for w in words if w.lower() not in mods and w.lower() not in _OF_WORDS)


# nothing, or an introductory phrase and its comma, before a clause's subject ("Closing the debate, ")
_OPENING_PHRASE = re.compile(r"(?:[A-Z][^,;:.!?\"“”]{0,80},\s+)?")
#: "it said" reaches back this many sentences for an organisation the mention layer names (when no
#: organisation or document spoke just before).
_IT_REACH = 2


# the one or two lower-case words after a name that end a clause ("..., Doe argues.", "Doe also argues,")
_NEXT_WORDS = re.compile(r" ([a-z]+)(?: ([a-z]+))?(?=[.,;])")


# a cue verb right before a name, after a comma: "..., said Jane Doe" (or "according to Jane Doe")
_INVERTED_CUE = re.compile(r",\s+(?:(?:according)\s+to|([a-z]+))\s+$")


# a he/she and its speech verb set off by commas inside a clause ("Doe, she added, was ..."): see
# _Resolver._interrupted_subject
_PARENTHETICAL_PRONOUN = re.compile(r"(?:he|she)\s+([a-z]+)(?:\s+[a-z]+)?,\s")


# a definite description, then an aside that opens with a preposition ("The board, in a brief statement", "The
# company, in a filing on Monday"): the speaker is the description (see _Resolver.resolve)
_MENTION_ASIDE = re.compile(r"((?:The|the)\s+[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,2}),\s+"
                            r"(?:in|on|at|through|via|with|during|after|before|from)\s")


def _person_noun_like(word: str) -> bool:
    """``word`` names a person: a person noun or one of a sex, or a compound ending in one ("schoolteacher") or in
    "man" or "person" ("lobsterman", "boatman", "chairperson"); not "time", "clip", "newspaper", "human"."""
    return word in _PERSON_HEADS or word in _HEAD_SEX or any(word.endswith(n) and len(n) >= 5 for n in _PERSON_HEADS) \
        or len(word) >= 6 and word.endswith(("man", "person"))


def _role_and_cue(noun: str, verb: str) -> bool:
    """A person's noun ("chairman", "Mother") or an agent noun ("developer") and a lower-case speech verb ("says")."""
    return (noun.lower() in _PERSON_HEADS or bool(_AGENT_NOUN.fullmatch(noun))) and verb.islower() and _is_cue(verb)


def _repeats(text: str, words: str, *, clause: bool = False) -> bool:
    """The quotation ``text`` holds the lower-case ``words`` of a headline's quotation, as whole words; three words
    or fewer only at its end ("... and the worst is behind us," for "behind us"; not "not behind us yet"), or with
    ``clause`` at a clause's end where the speaker says them as her own ("I will mend every road, one by one" for
    "mend every road"; :func:`_own_clause_end`)."""
    said = _ECHO_TRIM.sub("", text).lower()
    if len(words.split()) <= 3:
        return said == words or said.endswith(" " + words) or clause and _own_clause_end(said, words)
    return _holds_words(text, words)


def _own_clause_end(said: str, words: str) -> bool:
    """The lower-case quotation ``said`` holds ``words`` right before a comma, semicolon or colon ("I will open
    every door, one by one" for "open every door") with no verb of saying before them in that clause: the speaker's
    own words, not words she reports or disputes ("She promised no new taxes, and ...", "Everybody says we will
    rebuild, but ...", "They keep saying the force is not racist, but ...")."""
    for m in re.finditer(rf"(?<!\w){re.escape(words)}[,;:]", said):
        clause = re.split(r"[,;:.!?]", said[:m.start()])[-1]
        if not any(_is_cue(w) for w in re.findall(r"[\w’']+", clause)):
            return True
    return False


def _holds_words(text: str, words: str) -> bool:
    """The quotation ``text`` holds the lower-case ``words`` anywhere, as whole words."""
    return bool(re.search(rf"(?<!\w){re.escape(words)}(?!\w)", _ECHO_TRIM.sub("", text).lower()))


_ECHO_LONG_WORDS = 6  # words of a headline's quotation that a later one by a named person may repeat, whoever it is
_ANYONE_WORDS = frozenset(_W["anyone_words"])
_COURT_SIDE_ROLES = _W["court_side_roles"]  # a side in court, the role of who speaks for it ("prosecutor")
_DEFENCE_HOLDERS = frozenset(_W["defence_holders"])  # ("His lawyer, Jo Doe": who speaks for the defence)
_PRESIDING_TITLES = frozenset(_W["presiding_titles"])  # (a court's one presiding officer: _Resolver._only_holder)
# the marks and stops at either end of a quotation's text, cut before its words are looked for in a later one
_ECHO_TRIM = re.compile(r"^[\s“”‘’\"'.,;:!?…]+|[\s“”‘’\"'.,;:!?…]+$")
# a word of four letters or more, and the function words of that length: a deck's and a role's words compared
# (_Reader._sole_holder)
_CONTENT_WORD = re.compile(r"[a-z]{4,}")
_FUNCTION_WORDS_OF_FOUR = frozenset(("with", "from", "that", "this", "into", "have", "their", "them", "were", "been"))


# "He"/"She" opening a sentence (after its full stop, or a paragraph break) and followed by a lower-case word
_SENTENCE_PRONOUN = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?][”\"’] )|(?<=\n))(He|She)(?= [a-z])")
def _newcomer_between(text: str, a: int, b: int) -> bool:
    """A sentence in ``text[a:b]`` opens with someone new, a person's noun in its first three words ("A neighbour
    stood at her door", see :data:`_NEWCOMER_OPENS`)."""
    return any(any(w in _PERSON_HEADS or w in _HEAD_SEX for w in m.group(1).split())
               for m in _NEWCOMER_OPENS.finditer(text, a, b))


# a sentence with no verb that names someone, up to the name ("My apprentice, a boy from Kelby called ", "Our
# coach, "), and the name and its full stop
_NAMING_FRAGMENT = re.compile(r"(?:My|Our|His|Her|Their)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,\s+"
                              r"(?:(?:a|an)\s+[^.,;:“”\"]*?\s(?:called|named)\s+)?")
_NAME_THEN_STOP = re.compile(r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}\.")
# a sentence's he or she told to be someone ("She was Loretta Doe, 77,"; "He is Jo Roe"): the name after it, if a
# person's, is whom a later pronoun stands for (_Resolver._pronoun_subject)
_IS_NAMED = re.compile(r"\s+(?:is|was)\s+(?=[A-Z])")
_PRONOUN_TOLD = re.compile(r"(He|She|That)(?=\s+(?:is|was)\s+[A-Z])")  # ("She is Jo Doe, whose family ...", "That
# was Mr Jo Doe, who turns 56 ...")
# a document brought in as where its author acted ("The society paid tribute in a letter to members")
_IN_A_DOCUMENT_BEFORE = re.compile(r"\bin (?:a|an|its|their) $")
# a sentence opening with a phrase that names a document ("In a memorandum", "In its statement"), and the clause's
# subject after that phrase's comma ("..., the samity sought", "..., Kelby Ltd said")
_DOCUMENT_OPENING = re.compile(r"[\s“\"]*(?:In|in)\s+(?:a|an|its|their|a\s+joint)\s+")
_SUBJECT_AFTER_OPENING = re.compile(r"[^,.;:“”\"\n]{0,100},\s+((?:the|The)\s+[a-z]+"
                                    r"|[A-Z][\w’'&.\-]*(?:\s+[A-Z][\w’'&.\-]*){0,6})\s+[a-z]")
# a he or she told to be the name after it, perhaps after a form of address ("She is W/rt ", "He was ")
_TOLD_BEFORE = re.compile(r"\b([Hh]e|[Ss]he)\s+(?:is|was)\s+(?:[A-Z][\w/]{0,6}\.?\s+)?$")


# a sentence that opens with a document ("The email, released by ...", "The group's letter"): see _Resolver._it
_DOCUMENT_SUBJECT = re.compile(r"(?:The|This|That|Its|Their|His|Her)\s+(?:[\w’'\-]+\s+){0,2}?(?:"
                               + "|".join(map(re.escape, _W["document_voices"])) + r")\b(?![’'\-])")


_UNNAMED_HEADS = frozenset(_W["unnamed_heads"])
_TRADE_ENDINGS = "|".join(_W["trade_name_endings"])
_BODY_SPEAKERS = frozenset(_W["body_speakers"])
_VERB_NEXT = re.compile(r" (?:[a-z]+ly )?([a-z]+) (?=[a-zA-Z])")  # the word after a name, then more of the clause
# a participle aside naming a document's author: ", prepared by Leeds consultancy Marlow & Finch Ltd," (a place
# and a lower-case trade word or two may stand before the name, which ends at the aside's comma)
_AUTHOR_ASIDE = re.compile(rf",\s+[a-z]{{3,}}(?:ed|en)\s+by\s+(?:the\s+)?(?:(?:[{_UC}][\w\-]*\s+)?[a-z][\w\-]*\s+){{0,2}}?"
                           rf"([{_UC}][\w’'\-.]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+|the\s+|(?:{_PARTICLE_ALT})\s+)*"
                           rf"[{_UC}][\w’'\-.&]*)*)\s*(?:,|$)")
# from the end of a body's name to the document it issues: "(KWU) has issued a ", " on Monday released its "
_ISSUING_OBJECT = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:has|have|had|also|on\s+[A-Z][a-z]+|late|this|last"
                             r"|[a-z]+ly))*\s+([a-z]+)\s+(?:a|an|the|its|their|this)(?:\s+[a-z\-]+){0,2}\s+")
# the document, subject of a passive of handing it to someone, and who handed it ("The petition, signed by 1,140
# fishermen, was handed over on Thursday by the Kelby Fishermen's Co-operative Society Ltd."): _Resolver._author_in
_DOCUMENT_HANDED_BY = re.compile(r"[^.;:“”\"]{0,80}?\s(?:was|were)\s+(?:handed\s+(?:over|in)|submitted|presented|"
                                 r"lodged|tabled)\b[^.;:“”\"]{0,60}?\sby\s+(?:the\s+)?(?=[A-Z])")  # (not "delivered":
# a courier's work)
_ISSUER_REACH = 8  # sentences back to the one that names a document and its author ("in a statement, X said")
_ISSUING_IRREGULAR = {str(k): list(map(str, v)) for k, v in _W["issuing_irregular"].items()}
# each verb of issuing (issuing_verbs) -> its past participle ("issued", "sent")
_ISSUED = {lem: _ISSUING_IRREGULAR[lem][-1] if lem in _ISSUING_IRREGULAR else lem + ("d" if lem.endswith("e") else "ed")
           for lem in _W["issuing_verbs"]}
_ISSUING_VERBS = frozenset(f for lem, done in _ISSUED.items()
                           for f in (lem, lem + ("es" if lem.endswith(("sh", "ch", "ss", "x")) else "s"), done))
_DOCUMENT_BY = re.compile(r"(?:\s+(?:" + "|".join(map(re.escape, [*_ISSUED.values(), *_W["document_by_participles"]]))
                          + r")(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?)?"
                          rf"\s+(?:from|by)\s+(?:the\s+[a-z]+(?:’s|'s)\s+)?"  # ("from the board's Audit Committee")
                          r"(?:(?:his|her)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+"
                          r"(?:[A-Z][a-z]{1,4}\.?\s+)?)?"  # ("signed by his first son, Engr. Jo Doe": a person's kin
                          # or aide and a title; not "signed by its finance director, Jo Doe", the body's officer)
                          rf"((?:the\s+)?[{_UC}][\w’'\-.&]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*"
                          rf"[{_UC}][\w’'\-.&]*)*)")
_AUTHOR_LEAD = re.compile(r"(?:In\s+[^.\n]{1,120}?,\s+)?(?:[Tt]he\s+(?P<noun>[a-z]+)|(?<=,\s)(?P<pron>"
                          + "|".join(_W["author_pronouns"]) + rf")|(?P<owner>[{_UC}][\w\-.&]*"
                          rf"(?:\s+[{_UC}][\w\-.&]*)*)(?:’s|'s)\s+(?P<part>[a-z]+))\s+(?:[a-z]+ly\s+)?(?:said|says|[a-z]+ed|"
                          + "|".join(_W["irregular_past"]) + r")\b")
_DOCUMENT_OWNER = re.compile(rf"\b((?:the\s+)?[{_UC}][\w\-.&]*(?:\s+[{_UC}][\w\-.&]*)*)(?:’s|'s|’|')\s+"
                             r"(?:[\w\-]+\s+){0,2}$")
# a body's noun after a document, as the body's people or its possessive: "by council officers", "by the
# commission's five members", "on the authority's website" (see _Resolver._body_of_document)
# "from the <noun>" right after a document's noun ("a letter from the authority"): see _Resolver._body_from
_DOCUMENT_FROM = re.compile(r"\s+from\s+the\s+([a-z]+)\b(?![’'])")
_DOCUMENT_HEAD = re.compile(r"\s*(?i:an?)(?:\s+[\w\-]+){1,3}?(?=\s+from\s+the\s)")  # "A letter", "A victim statement"
_BODY_OF_DOCUMENT = re.compile(r"\b(?:by|from|on|of)\s+(?:the\s+)?([a-z]+)(?:’s|'s|\s+(?:officers|officials|staff|members)\b)")
# what comes before an outlet's name: "told Kelby Insight", "seen by the Ashby Observer" (outlet_leads)
_TOLD_TO_ACT = re.compile(r"\s+to\s")  # "told Acme Holdings to repay": an addressee told to act, no outlet
_OUTLET_LEAD = re.compile(rf"\b(?:{'|'.join(map(re.escape, _W['outlet_leads']))})\s+(?:the\s+)?$")
# "the committee's (decision) " before a document's noun: a body's noun as its owner (see _Resolver._body_possessor)
_BODY_OWNER = re.compile(r"\b[Tt]he\s+[a-z]+(?:’s|'s)\s+(?:[a-z\-]+\s+){0,2}$")
# modifiers of a company noun that point to another firm than the one just named ("the rival company")
_OTHER_FIRM = frozenset(_W["other_firm_modifiers"])
_ORG_SUBJECT_LEAD = re.compile(r"[\s“\"‘']*(?:(?:[A-Z]?[a-z]+\s+){0,2}[A-Za-z][a-z]+s\s+(?:of|at|from)\s+)?(?:[Tt]he\s+)?")
_BODY_DOCUMENTS = frozenset(_W["body_documents"])
_ORG_REACH = 5  # sentences back to the body "A company statement" stands for (_Resolver._org_just_before)
_AN_ORG_NOUN = re.compile(r"(?:A|An|a|an)\s+([a-z\-]+)")  # "A company" before "statement", read as "the company"
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
# a subject, then an aside naming its document, then (after it) the verb: "Kelby Proteins, in a statement issued on
# Wednesday, said": the subject up to the aside's comma (a capitalised name or "the <noun>")
_SUBJECT_THEN_DOCUMENT = re.compile(rf"[\s“\"‘']*((?:[Tt]he\s+)?[{_UC}]?[\w’'\-.&]+(?:\s+[\w’'\-.&]+){{0,7}}),\s+"
                                    r"(?:in|through|via)\s+(?:a|an|its|their|his|her)\s+(?:[\w\-]+\s+){0,2}")
# "..., according to a filing": the document of a body that opens the sentence ("Kelby Sugar halted a line, according
# to a filing with the exchange. The filing said ...")
_ACCORDING_TO_DOCUMENT = re.compile(r"\baccording\s+to\s+(?:a|an|the|its|their)\s+(?:[\w\-]+\s+)?$")
# the document as the means of what the subject did ("defended the plan in a statement to this newspaper",
# "rejected the claim in an email"): any verb in the past before it has the document's author as its subject
_DOCUMENT_AS_MEANS = re.compile(r"\b(?:" + "|".join(_W["means_prepositions"]) + r")\s+(?:"
                                + "|".join(_W["indefinite_articles"]) + r")\s+(?:[a-z\-]+\s+)?$")
_PAST_VERB = re.compile(r"[a-z]{3,}ed")
_NOT_MEANS_VERBS = frozenset(_W["not_means_verbs"])  # ("Doe appeared in an ad": shown in it, not its author)
# the document's noun, then its issuer by a participle ("an ad released by the committee", "a lawsuit filed by
# investors"): someone else's document, not the means of the subject's verb
_ISSUED_BY_OTHER = re.compile(r"[\w\-]+\s+[a-z]+(?:ed|en|ut)\s+by\b")
# a summary that opens a story (headline, deck, lede) may call a body by its noun before naming it in full
_LEAD_WORDS = 25
# an appositive after a company's name that makes another body its parent: ", a unit of Doe Agri Holdings Ltd,"
_UNIT_OF = re.compile(r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:" + "|".join(_W["parent_of_unit"])
                      + r")\s+of\s+[^,;.]{2,80}")
_ENDS_SENTENCE = re.compile(r"[.!?:][”\"’'»)]*\s*$")  # a paragraph's last words end a sentence
# a body's description by a common noun, in apposition after its name ("Kelby Health, a 12-hospital system,") or as
# the speaker of the reporter's sentence the name opens ("..., the 12-hospital system said"): see _descriptions
_APPOSITIVE_DESCRIPTION = re.compile(r",\s+(?:a|an|the)\s+(?:[\w\-.’']+\s+){0,3}?(?P<noun>[a-z]{3,})"
                                     r"(?=\s*[,;.]|\s+(?:"
                                     + "|".join(_W["description_continuations"]) + r")\b)")
# a sentence opened by "Its" and a speech noun ("Its letter ended:", _Resolver._it), or by "In a statement, it said";
# not "It said": often another body than the subject before, "The court fined Acme. It said it would appeal")
_IT_OPENS = re.compile(r"[\s“\"‘']*(?:Its\s+(?:[a-z]+\s+)?(?:" + _SPEECH_NOUNS + r")\b|In\s+(?:a|an|its)\s+(?:[a-z]+\s+)?"
                       r"(?:" + _SPEECH_NOUNS + r"),\s+it\s+[a-z]+\b)")  # ("In a statement, it said:")
# a body's description as the subject opening a sentence ("THE insurance regulator has ordered ...")
_BODY_SUBJECT = re.compile(r"[\s“\"‘']*(?i:the)\s+(?:[a-z\-]+\s+){0,3}?([a-z]+)\s+(?:"
                           + "|".join(_W["subject_auxiliaries"]) + r"|[a-z]+ed)\b")
# the passive with its agent after a body's noun ("The agency was sued by Acme Chemicals over what it called"):
# "it" there is the agent more than the subject (see _Resolver._it)
_PASSIVE_BY = re.compile(r"\s+(?:(?:has|have|had|will|would)\s+)?(?:(?:is|are|was|were|be|been|being)\s+)+"
                         r"(?:[a-z]+ly\s+)?[a-z]+\s+by\b")
# a headline's clause read as a speaker mention ("Senator Doe dumps PDA for APRC", then ', says "..."'): its
# subject, capitalised words or, in sentence case, a capitalised word and lower-case ones ("Police chief releases
# video"), then a lower-case word in -s read as its verb, unless a verb of causing a reaction follows that word, a
# plural noun then ("Doe tweets spark outrage": headline_reaction_verbs)
_HEADLINE_CLAUSE = re.compile(rf"((?:[{_UC}][\w’'.\-]*\s+)(?:[\w’'.\-]+\s+){{0,3}}?)(?=[a-z]+s\s(?!(?:"
                              + "|".join(_W["headline_reaction_verbs"]) + r")\b))")


def _headline_subject(mention: str) -> str | None:
    """The subject of a headline's clause read as a speaker mention (_HEADLINE_CLAUSE), with its trailing space;
    one in sentence case ends with a title or a person's noun ("Police chief", not "The 38-year-old bus"); else
    None."""
    m = _HEADLINE_CLAUSE.match(mention)
    words = m.group(1).split() if m else []
    if not m or any(not w[:1].isupper() for w in words) and not (_is_title(words[-1]) or words[-1] in _PERSON_HEADS):
        return None
    return m.group(1)


_BULLET = re.compile(r"[ \t]*[" + _W["bullet_marks"] + r"]\s")  # a bulleted line's mark
# a line opened by a bullet ("- ", "• ", "▪ "), up to the offset searched to
_SUMMARY_HEADING_WORDS = 6  # words at most of a summary box's heading above its bullets ("What to know")
_BULLET_LINE = re.compile(r"^[" + _W["bullet_marks"] + r"]\s+[^\n]*$", re.M)
# (a dateline may open the sentence: "GALLE —")
_DESCRIBED_LEAD = re.compile(r"[\s“\"‘']*(?:[A-Z][A-Z .,'’-]+(?:\([^()\n]{1,20}\))?\s*[-–—]\s*)?"
                             r"(?:\S+(?:\s+\S+){0,2}-based\s+)?(?:the\s+)?")  # ("Springfield, Mo.-based")
_DESCRIBED_SPEAKER = re.compile(r",\s+the\s+(?:[\w\-.’']+\s+){0,3}?(?P<noun>[a-z]{3,})\s+(?:"
                                + "|".join(_W["described_speaker_verbs"]) + r")\b")
_CUE_TO_DOCUMENT = 40  # characters from a speech verb to its document's noun ("said on Monday in a written statement")
_WRITTEN_DOCUMENTS = frozenset(_W["written_documents"])
_WROTE = re.compile(rf"(\b(?:the\s+)?[a-z]+|(?:[{_UC}][\w\-.&]*\s+(?:(?:of|for|and|the|&)\s+)*)*[{_UC}][\w\-.&]*)"
                    r"(?:\s+\([A-Z&]{2,10}\))?\s+(?:(?:had|has|have)\s+)?(?:wrote|written|writes)\b")  # ("... (KTU) wrote")
# a role's holder named in apposition, then the verb: "the company's managing director, Jo Doe, had written"
_WROTE_APPOSED = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[{_UC}][\w\-]*[’']s)\s+(?:[a-z\-’']+\s+){{0,3}}"
                            rf"[a-z]+,\s+((?:[{_UC}][\w\-]*\.?\s+){{0,3}}[{_UC}][\w\-]*),\s+"
                            r"(?:(?:had|has|have)\s+)?(?:wrote|written|writes)\b")
_TITLE_ABBREVIATIONS = {str(k): str(v) for k, v in _W["title_abbreviations"].items()}
# the other way: a title -> its abbreviations ("governor": ("gov",))
_ABBREVIATIONS_OF = {t: tuple(k for k, v in _TITLE_ABBREVIATIONS.items() if v == t)
                     for t in _TITLE_ABBREVIATIONS.values()}
# initials -> the word sets of their long forms (one, or a list: "PS" is a permanent or a principal secretary)
_OFFICER_INITIALS = {str(k): tuple(frozenset(str(f).split()) for f in (v if isinstance(v, list) else [v]))
                     for k, v in _W["officer_initials"].items()}
_VARIATION_REACH = 30  # sentences back to a description that told a newly named person again
# a source that asks for anonymity: "asked not to be named", "did not want to be identified", "declined to be named",
# "spoke on condition of anonymity", "asked that his name not be used", "asked that her name be withheld"; or one who
# would not give their name, when that person is its subject ("a driver, who would not give his name, said", "A
# labourer at the site would not give his full name", "she would not give her name"; not "police would not give his
# name" of someone arrested)
_NOT_NAMED = re.compile(r"\b(?:not (?:(?:want|wish)(?:ing)? )?(?:to )?|declined to |declining to |unwilling to )be "
                        r"(?:named|identified)\b|\banonymity\b|\bcondition that\b"
                        r"|\b(?:his|her|their) (?:full )?names? "
                        r"(?:not be (?:used|published|printed|given)|be withheld)\b"
                        r"|\bnot (?:want|wish)(?:ed|ing)? (?:his|her|their) (?:full )?names? "
                        r"(?:used|published|printed|given)\b"  # ("who did not want his name used")
                        r"|(?:\bwho|\b(?:he|she)|(?<![\w,’'\-] )\b(?:A|An|One|Another|The)"
                        r"(?:,?\s+[\w’'\-]+){1,12}?),?\s+"
                        r"(?:(?:would|did|does|could|will) not(?:\s+(?:want|wish)\s+to)?|(?:declined|refused) to)"
                        r"\s+give\s+(?:his|her|their)\s+"
                        r"(?:full\s+)?name\b")
# a passive's agent, a person by description, then a relative clause ("described by one shift foreman, who asked not
# to be named, as"): the description in group "d", its head noun in group "head"
_UNNAMED_BY_AGENT = re.compile(r"\bby\s+(?P<d>(?:a|an|one|another)\s+(?:[\w’'\-]+\s+){0,3}?(?P<head>[a-z][a-z\-]+)),"
                               r"\s+who\b")
_YEAR_OLD = re.compile(r"\d{1,3}-year-old")
# a trade in apposition with "a" or "an" after a name: "Mary Doe, a retired schoolteacher, said"
_A_TRADE_AFTER = re.compile(r",\s+an?\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*,")
# a verb of saying after a name (an appositive or a relative clause between): "Jo Doe, who fished here, said"
_SAID_AFTER_NAME = re.compile(r"(?:,[^,.;\n]{1,80},)?\s+(?:said|says|told|added|recalled|explained)\b")
# words that give a person's past or background, not a second role now ("the retired schoolteacher")
_PAST_ROLE_WORDS = frozenset(("retired", "former", "onetime", "one-time", "ex"))
_GENERATION_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(_GENERATIONS)) + r")\.?(?=,)")  # "Jo Doe II, the chief"
_APPOSED_AT = re.compile(r",\s*(?:\d{1,3},\s*)?")  # the gap from a name to its appositive ("Jo Doe, 74, a retiree")
_AGE_AFTER = re.compile(r",\s*(\d{1,3}),")  # "Sarah Jones, 45, from Leeds"
# an age stated as the sentence's predicate after the name, an appositive between perhaps: "Jo Doe, known in town as
# 'Jo the Boat', is 84 and ...", "Jo Doe is 71"
# (not "was 20 minutes late", nor "is 84 years old", as often a boat's or a building's age)
_AGE_STATED_AFTER = re.compile(r"(?:,[^,.;:]{1,60},)?\s+(?:is|was|turned|turns)\s+(\d{1,3})"
                               r"(?=\s*(?:[,.;]\s|(?:and|but|on|in|at|last|this)\b|$))")
_AGE_AFTER_NAME = re.compile(r",\s*(?:aged\s+|now\s+)?(\d{1,3})(?=[,.;]\s|\s+[–—-]\s)|,\s*an?\s+(\d{1,3})-year-old\b")
# ("Jo Doe, 45, said", "Jo Doe, now 61, said", "beating Jo Doe, 34.", "Jo Doe, a 22-year-old apprentice", "Jo Doe, 63
# - no relation to the mayor - said")
_AGE_BEFORE_NAME = re.compile(r"\b(\d{1,3})-year-old\s+$")  # "81-year-old Jo Doe"
_DEFINITE_AGE = re.compile(r"the\s+(\d{1,3})-years?-old\b")  # "the 41-year-old builder", "the 52-year-old"
_CLOSING_GAP = re.compile(r"[,?!]?[”\"»«“’'‘›‹]?,?\s+(?:(?:said|says|added|adds|asked|recalled)\s+)?")
# (from a quotation's last word to its closing attribution, its verb perhaps first: '"...," said the 41-year-old')
# words of a description that tell an age and the ages they fit, table ``age_adjectives``
_AGE_ADJECTIVES = {str(k): (int(v[0]), int(v[1])) for k, v in _W["age_adjectives"].items()}
# the verb right after a name, past an age or short appositives: "Jo Doe, 71, a retired nurse, said", "Jo Doe has told"
_SPEAKS_AFTER_NAME = re.compile(r"(?:(?:,[^,.;:“”\"]{1,60}){1,3},)?\s+(?:has\s+|had\s+)?([a-z]+)\b")
# a trade's noun by its ending ("striker", "croupier", "novelist", "librarian"), besides the listed person nouns:
# a role of another trade than a description's (see _Resolver._described_newcomer)
_TRADE_FORM = re.compile(r"[a-z]{3,}(?:er|or|ist|ian)")
# the opening of a sentence that names a person just quoted: "The speaker, ", "The mother is " (_Resolver._named_next)
# ("That founder member, Jo Doe," with a comma only: "That man is Jo Doe" takes up the quotation's own "one man")
# the nouns that take up a person just quoted before their name and a comma ("The speaker, Jo Doe,"), table
# renaming_nouns
_RENAMING_NOUNS = frozenset(_W["renaming_nouns"])
_RENAMING_ANY = frozenset(_W["renaming_any_nouns"])
# ("She is Jo Doe, and she has farmed since 1979", "He gives his name as Jo Doe, 19.", "Her name is Jo Doe": the person
# just described, named)
_RENAMING_NOUN = re.compile(r"The (?:[a-z]+ )?([a-z]+)(?:,\s+|\s+(?:is|was)\s+)|(?:That|This) (?:[a-z]+ )?([a-z]+),\s+"
                            r"|(?P<pron>She|He) (?:is|was|gives (?:his|her) name as|gave (?:his|her) name as)\s+"
                            r"(?=[A-Z])|" + _NAME_IS + r"\s+(?=[A-Z])")
# a possessive pronoun and one or two words after it: "his brother", "her eldest daughter", "his brother outside"
_POSSESSED_NOUN = re.compile(r"\b(?:his|her|their)\s+([a-z\-]+)(?:\s+([a-z]+))?\b")
# after that name, an age or "is" with an age or an article: "Jo Doe, 58,", "Jo Doe is 66", "Jo Doe was a rigger"
# an aside opened after a name and not yet closed ("Jo Doe, no relation to "): no coordination ("Jo Doe, along with
# Ann Roe,") and no clause of another's ("Jo Doe, whose husband Tom Roe is 52,")
_ASIDE_SO_FAR = re.compile(r",(?!\s*(?:along|together|as\s+well|and|with|or|plus|whose|like)\b)[^,.;:]*")
_AGE_THEN_ROLE = re.compile(r",\s*\d{1,3}(?:,|\s+[–—-])\s*(?:the|a|an)\s")  # "Jo Doe, 45, the village head,"
# ("Jo Doe, 45 - the village head -")
_AGE_OR_IS_AFTER = re.compile(r",\s*\d{1,3}(?:,|\s+[a-z])|\s+(?:is|was)\s+(?:\d{1,3}\b|an?\s|the\s|one\s)")
# A body's one holder of a role, described: "The company's managing director", "Kelby Mining's chief executive"
# (the role's head word captured: a person's noun, checked by the caller).
_BODY_ROLE_DESCRIPTION = re.compile(r"(?:[Tt]he\s+)?(?:[a-z]+|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})[’']s\s+"
                                    r"(?:[a-z-]+\s+){0,2}([a-z]+)\b(?!\s+(?:of|for|at)\b)")
# After a name: "known" or "nicknamed" ("Jo Doe, known from Kelby to Tarn as"): the writer brings in a name held back
# a relative clause after a name that gives the person a role ("Jo Doe, 63, who chairs the council,"; not "who is
# not related to her"): _Resolver._named_after_who
_WHO_HOLDS = re.compile(r",\s+who\s+(?!is\b|was\b|has\b|had\b)[a-z]+s\b")
_NAMED_THEN_KNOWN = re.compile(r",\s+(?:known|nicknamed|better\s+known)\b")
_WHO_DOES = re.compile(r",\s+who\s+(?:still\s+|now\s+|also\s+)?([a-z]+?)(?:es|s)\b")  # "Jo Doe, who fishes ..."


def _trade_of_head(head: str, does: re.Match | None) -> bool:
    """Whether the verb of a relative clause after a name (``does``: ", who fishes", ", who farms") is the trade of a
    description's head noun ("fisherman", "farmer", "grower", "teacher"): the person so described."""
    head = head.lower()
    stem = head[:-5] if head.endswith("erman") else head[:-2] if head.endswith("er") else ""
    return does is not None and len(stem) >= 3 and does.group(1) == stem


_SHORT_BODY_NOUNS = {str(k): tuple(v) for k, v in _W["short_body_nouns"].items()}  # ("the co-op": "... Co-operative")
_CO_OP_WORDS = frozenset(("co-op", *(w.lower() for w in _SHORT_BODY_NOUNS["co-op"])))  # (a members' body too:
# _firm_named_after)


def _heads_of(name: str, noun: str) -> list[str]:
    """The words of the body's ``name`` that the short noun ``noun`` may stand for: all of them for "the co-op" or
    "the creamery" ("Kelby Co-operative Creamery Society Ltd"); for a firm's or a works' noun ("the airline", "the
    railroad") only the first word and the last before a legal form ("Kelby Air Ltd", "Air Tarno", "Tarn Pacific
    Railroad Co."; not "Kelby Clean Air Alliance", "Kelby Railway Preservation Society")."""
    words = [w.rstrip(",") for w in name.split()]  # ("Kelby Country Resort, S.A.": "Resort")
    if noun not in _COMPANY_NOUNS and noun not in _WORKS_NOUNS:
        return words
    while len(words) > 1 and (is_legal_form(words[-1].strip("()")) or words[-1] in _COMPANY_NAME_WORDS):
        words.pop()  # (and "Corporation", "Company": "Tarn Railways Corporation ... the railway said")
    return [words[0], words[-1]]


_NOT_A_COOP_HEADS = frozenset(("Bank", "Wholesale", "Insurance"))  # a co-operative's lender or insurer, no "co-op"
_WORKS_NOUNS = frozenset(_W["works_nouns"])  # ("the mine said": a body named with the word, if any)
# a document "of" the body that adopted it, by name: "The resolution of the Kelby Gram Sabha"
_DOCUMENT_OF_BODY = re.compile(r"\s*(?:[Tt]he|[Aa]n?)\s+(" + "|".join(map(re.escape, sorted(_DOCUMENT_HEADS)))
                               + r")\s+of\s+(?:the\s+)?"
                               r"([A-Z][\w’'\-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w’'\-]*)*)")
_BEFORE_OF_PHRASE = re.compile(r"\s(?:for|of|at|in|from|with|on|to|who|whose|that)\s")  # a head's phrase after it
# a past passive in the naming sentence: someone acted upon, not the speaker described ("Jo Doe, 45, was arrested")
# a death or harm told of someone ("who died", "was buried", "was killed"): after "He is Jo Doe," no speaker named
_DEATH_TOLD = re.compile(r"\b(?:died|dies|drowned|(?:was|were|has been|had been)\s+(?:\w+ly\s+)?(?:killed|buried|"
                         r"murdered|shot|stabbed|injured|hurt|drowned|found\s+dead|laid\s+to\s+rest))\b")
_PAST_PASSIVE = re.compile(r"\b(?:was|were|has been|had been|have been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ght)\b")
_SAID_AFTER = re.compile(r"\b(?:said|says|told|tells)\b")
# ... or a verb of calling or describing, the partial quotation's cue ("Jo Doe, 79, called the sentence \"...\"")
_SAID_OR_CALLED = re.compile(r"\b(?:said|says|told|tells|called|calls|described|describes)\b")


def _said_at(text: str, start: int, end: int) -> int:
    """Where the first "said" or "told" in text[start:end] is, else ``end``: a passive after it is in what the
    person said ("Jo Doe said he was owed ..."), not done to them."""
    m = _SAID_AFTER.search(text, start, end)
    return m.start() if m else end


_IS_WORD = re.compile(r"\b(?:is|was|are|were|said|says)\b")
_OPEN_QUOTE_MARKS = "\"“‘'«"
# an indefinite noun phrase's first words, a person's noun among them: "A Yup'ik skipper", "a pensioner from"
# the pronouns by which a quotation speaks of a third person of each sex ('"She never went home," she said')
_THIRD_PERSON = {"he": r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b", "she": r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b"}
# a person brought in undergoing something, no speaker ("A worker was trapped under the floor")
_UNDERGOES = re.compile(r"(?:[\w’'\-]+\s+){1,4}?(?:was|were|had been|has been)\s+(?:[a-z]+(?:ed|en)|hurt|caught"
                        r"|hit|shot|struck|held|left|found|stuck)\b")
# the same with a fourth word, for a description whose head comes late ("a 58-year-old former loom fitter")
_SOMEONE_NEW = re.compile(r"\b(?:[Aa]n?|[Oo]ne)[^\S\n]+((?:[\w’'\-]+[^\S\n]+){0,3}[\w’'\-]+)")  # (on one line: not
# a crosshead's "Thirty-one slips" run into the next paragraph)
# words that end the noun phrase an article opens ("a winch operator who", "a meeting with the mayor")
_PHRASE_STOPS = frozenset(_W["noun_phrase_stops"])


def _phrase_head_words(words: str) -> list[str]:
    """The lower-case words of ``words`` before the first one that ends their noun phrase (``noun_phrase_stops``):
    "winch operator who has" gives winch, operator; "meeting with the mayor" gives meeting."""
    out = []
    for w in words.lower().split():
        if w in _PHRASE_STOPS:
            break
        out.append(w)
    return out
# someone unnamed brought in: "a driver", "one engineer on the team", "another man"
_NEWCOMER_NOUN = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+([a-z]+)(?:\s+([a-z]+))?\b")
_POSSESSIVE_AT = re.compile(r"[’']s?\b")  # a possessive right after a name ("Jo Doe's lawyer")
# a definite description, then an appositive or an affiliation after a comma: "The 61-year-old, a ferry pilot for 30
# years", "The 48-year-old deputy, of the Kelby Party"
_DESCRIPTION_APPOSITIVE = re.compile(r"((?:The|the)\s+[a-z\d][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,2}),\s+(?:an?|of)\s")
# A sentence's opening that brings in its subject after the verb: a fronted place or "There", then a verb of being
# or standing ("Among them was ", "Near the gate stood ", "There was "; see _Resolver._presented_at).
_PRESENTING = re.compile(r"[\s“\"‘']*(?:There\s+|(?:Among|Amongst|Near|Outside|Inside|Behind|Beside|Beyond|"
                         r"Alongside|At|In|On|By|Next\s+to|Across)\s+(?:[\w’'\-]+\s+){1,5}?)"
                         r"(?:was|were|stood|sat|came)\s+")
# A copula presenting a person, perhaps with an age or a word or two before the name ("Among those backing it was
# 82-year-old Jo Doe", "One of them is Jo Doe").
_PRESENTED_BEFORE = re.compile(r"\b(?:was|is|were|are)\s+(?:[\w\-’']+\s+){0,2}$")
# Nothing but a short phrase and a comma, or a title, before a name opening its sentence ("Jo Doe, who ...", "In
# Kelby, Jo Doe, who ...").
_OPENING_BEFORE = re.compile(r"[\s“\"‘']*(?:[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,4},\s+)?(?:[A-Z][a-z]+\.?\s+)?")
# A relative clause or a "known as" after a name bringing a person in (", who worked ...", ", known locally as").
_WHO_CLAUSE = re.compile(r",\s+(?:who|known|nicknamed|better\s+known)\s+[a-z]")
_WHO_SAID = re.compile(r",\s+who\s+(?:said|says|told|tells)\b")  # a relative clause that gives the person a voice
# the appositive after a name that gives its role: ", a spokeswoman for Acme," ", the party's leader." (an
# article or possessive first; at most ten words before the next comma or full stop)
_APPOSITIVE_ROLE = re.compile(r"(?:[’']s?)?,\s+((?:a|an|the|his|her|its|their|[A-Z][\w\-]*[’']s)\s+[^,.;:()“”\"]{1,80}?)"
                              r"\s*(?=[,.;:)]|$)")


# an appositive role with no article after a name: ", chief executive of Kelby Ports Agency," (lower-case role
# words, the last a person's noun or title, perhaps "of"/"at"/"for" and a body's capitalised name)
_BARE_ROLE_AFTER = re.compile(r",\s+((?:[a-z][\w\-]*\s+){0,3}(?P<head>[a-z][\w\-]*)(?:\s+(?:of|at|for)\s+(?:the\s+)?"
                              r"[A-Z][\w’'\-&]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w’'\-&]*){0,6}"
                              r"(?:\s+\([A-Z][A-Za-z&]{1,9}\))?)?)"
                              r"\s*(?=[,.;:(]|\s+and\s+[a-z]|\s+(?:of|at|for)\s+(?:an?|the)\s+[a-z]|$)")  # (", parish
# priest of Kelby and no relation of", ", minister of a congregation in the town": a role of a body not named; the
# body's letters after it: ", coordinator of the Society for Coastal Rights (SCR),")
# the body a titled name belongs to, right after the name: "Chief Jo Doe of the Kelby Police Department" (for a
# headline's "Police chief": see _Resolver._role_words)
_BODY_AFTER_TITLED = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w’'\-&]*"
                                r"(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w’'\-&]*){0,6})")


# a general role noun and the titles of its holders ("Senator Jo Doe ... The lawmaker announced"): table role_kinds
# agent noun -> "<participle> by " of the act it names ("the sponsor": "sponsored by"; _Resolver._agent_of_participle)
_AGENT_PARTICIPLES = {str(k): re.compile(r"\b(?:" + "|".join(map(re.escape, v)) + r")\s+by\s+")
                      for k, v in _W["agent_participles"].items()}
_AGENT_REACH = 6  # sentences back from "the sponsor said" to its "sponsored by Jo Doe"
_PUBLIC_BODY_HEADS = frozenset(_W["public_body_heads"])  # (see _Resolver._subject_org_before)
_ROLE_KINDS = {str(k): frozenset(v) for k, v in _W["role_kinds"].items()}
_PERSON_HEADS = frozenset(_W["person_nouns"]) | _GENERIC_HEADS - _UNNAMED_HEADS | {o.split()[-1] for o in _OFFICES}
_LONG_PERSON_HEADS = tuple(sorted(h for h in _PERSON_HEADS if len(h) >= 6))  # (the ends of compounds: _person_noun)
_PASSIVE_AFTER = re.compile(r"\s+(?:was|were|is|are|had been|has been)\s+[a-z]+ed\b")  # "Doe was asked": not the asker
_LOWER_WORD = re.compile(r"[a-z\d]+(?:-[a-z\d]+)*")  # "pensioner", "mother-of-two", "52-year-old"
_KIN_AND_COURT_NOUNS = frozenset(_W["kin_and_court_nouns"])
_HEAD_SEX = {**{w: "f" for w in _W["female_nouns"]}, **{w: "m" for w in _W["male_nouns"]}}
_KIN = {str(k): frozenset(map(str, v)) for k, v in _W["kin_converses"].items()}
_GENERATION = {str(k): str(v) for k, v in _W["generation_words"].items()}
_GENERATION_NAME = re.compile(rf"[Tt]he\s+({'|'.join(_GENERATION)})\s+([{_UC}][\w’'\-]+)\b")
_GENERATION_BEFORE = re.compile(rf"\b[Tt]he\s+({'|'.join(_GENERATION)})\s+$")
_CHILD_KIN = _KIN["father"] | _KIN["grandfather"]  # ("son", "daughter", "grandson" ...: the younger namesake)
_KIN_WORDS = frozenset(w for k, v in _KIN.items() for w in (k, *v))
_KIN_ALT = "|".join(sorted({w for k, v in _KIN.items() for w in (k, *v)}, key=len, reverse=True))
# a speaker's own kin in a quotation ("My son runs the farm now"): whom a "He is Jo Doe" after it may name
_OWN_KIN_QUOTED = re.compile(rf"\b(?:[Mm]y|[Oo]ur)\s+(?:[a-z]+\s+)?(?:{_KIN_ALT})\b")
# a kin relation the reporter states with a name in apposition: "her father, Jo Doe," / "Jo Doe, her father," /
# "Doe's grandson, Kel," / "His daughter, Ann Doe,"
# (a word of birth order or of death may stand between: "His eldest son, Jo Doe,", "her late husband, Jo Doe")
_KIN_ORDER = r"(?:(?:eldest|elder|oldest|youngest|younger|only|late)\s+)?"
_KIN_THEN_WHO = re.compile(r"\s*(?:[Hh]is|[Hh]er|[Mm]y|[Oo]ur)\s+[a-z\-]+,\s+who\b")  # ("My husband, who ...")
_KIN_STATED = re.compile(rf"(?:\b(?P<owner>[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[{_UC}][\w’'\-]*)(?:’s|'s|’|')?\s+"
                         rf"{_KIN_ORDER}(?P<kin>{_KIN_ALT}),\s+"
                         rf"(?P<name>(?:[{_UC}][\w’'\-.]*\s+){{0,4}}[{_UC}][\w’'\-]*)"
                         rf"|(?P<name2>(?:[{_UC}][\w’'\-.]*\s+){{0,4}}[{_UC}][\w’'\-]*),\s+(?:[Hh]is|[Hh]er)\s+"
                         rf"{_KIN_ORDER}(?P<kin2>{_KIN_ALT})\b)")
# a caption's or a photo credit's label opening a line ("Caption: ", "Photo: ", "Picture caption: ", "Pictured: ")
_CAPTION_LINE = re.compile(r"[ \t]*(?:Picture caption|Image caption|Caption|Photo|Picture|Pictured|Image)\s*:")
# a name and "and" just before a kin statement ("Jo Doe and " before "her father, Dinny Roe")
_NAME_AND_BEFORE = re.compile(rf"((?:[{_UC}][\w’'\-]*\s+){{0,3}}[{_UC}][\w’'\-]*)\s+and\s+$")
# a possessive and a kin noun just before a name in apposition ("His wife, ", "Her son, ")
_KIN_LEAD = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:{_KIN_ALT}),\s+$")
# a child named, then described as the son or daughter "of" the parent: "Jo Doe, the 44-year-old only son of Acme
# Chairman Tom Doe," (the parent's name ends the run of capitalised words after "of")
_CHILD_OF_STATED = re.compile(rf"(?P<name>(?:[{_UC}][\w’'\-.]*\s+){{0,4}}[{_UC}][\w’'\-]*),\s+(?:the|a|an)\s+"
                              rf"(?:[\w\-]+\s+){{0,3}}?(?P<kin>{_KIN_ALT})\s+of\s+"
                              rf"(?P<owner>(?:[{_UC}][\w’'\-.]*\s+){{0,7}}[{_UC}][\w’'\-]*)(?!\s+[{_UC}])")
# a parent described by the number of children ("the father of three", "the mother-of-two", "the grandmother of 11")
_PARENT_OF = re.compile(r"the\s+(" + "|".join(_W["parent_nouns"]) + r")[\s-]+of[\s-]+(?:\d+|two|three|four|five|six|"
                        r"seven|eight|nine|ten|eleven|twelve)")
# a description opening a sentence (after a short introductory phrase): an article, up to four words, the head
# noun, then a comma, a preposition or relative pronoun, or a verb ("A spokesman for the ministry declined")
# "a council spokesperson", "the ministry's spokesman", "a spokeswoman for the agency": an unnamed
# spokesperson of a body the article names by a lower-case institution noun (the body speaks)
_SPOKES_HEAD = "(?:" + "|".join(_W["spokes_heads"]) + ")"
_BODY_SPOKESPERSON = re.compile(rf"(?i:a|an|the)\s+(?:(?P<n1>[\w&.’'\- ]+?)(?:’s|'s)?\s+{_SPOKES_HEAD}|"
                                rf"{_SPOKES_HEAD}\s+(?:for|of|at)\s+(?:the\s+)?(?P<n2>[\w&.’'\- ]+?))")
_SPOKES = re.compile(_SPOKES_HEAD)
_SPOKES_NOUNS = frozenset(h for h in _W["spokes_heads"] if h.isalpha())
_SPOKES_PLAIN_NOUNS = frozenset(_W["spokes_plain_nouns"])  # "their man told our members": the body's spokesperson
_FAR_REACHING_BODY_NOUNS = frozenset(_W["far_reaching_body_nouns"])  # "police": the one force named, however far
# an unnamed spokesperson of no one named ("A spokesman said"): see _Resolver._spokes_body_before
_RELATIVE_ASIDE = re.compile(r"[^,.;:“\"]*?,\s+(?:which|who)\b[^,.;:]*,")
_LONE_SPOKESPERSON = re.compile(rf"(?i:a|an)\s+{_SPOKES_HEAD}")
# ... the noun of another body there, not in a predicate the organisation's name opens ("Acme Corp is a privately
# owned firm", "became the first airline to"): see _Resolver._noun_for_another_body
_ORG_PREDICATE = (r"\s+(?:is|was|has\s+been|had\s+been|became|becomes|remains|remained)\s+(?:one\s+of\s+|among\s+)?"
                  r"(?:a|an|the)\s+[^,.;:“\"]{0,60}?")
# ... the organisation is the bare subject of an active verb there (_Resolver._org_acts): an aside after its name, a
# passive with its agent ("Acme was praised by campaigners": not the organisation's spokesperson), the verb
_ORG_ASIDE = re.compile(r",(?:[^,.;:\"]|(?<=\d)[,.](?=\d)){1,120},")  # (", which employs 3,000 people,")
_ORG_LEAD = re.compile(r"[\w’'\- ]{0,40}")
_ORG_BRACKET = re.compile(r"\s*\([^()]{1,60}\)")  # (its initials or its name in another language: "Acme (ACM) said")
_ORG_PASSIVE_BY = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?[a-z]+\b"
                         r"[^.;:!?“\"]{0,60}?\bby\b")
_VERB_AFTER_ORG = re.compile(r"\s+(?:(?:[a-z]+ly|also|still|now|then|again|later|first|never)\s+)?([a-z]+)"
                             r"(?:\s+([\w’'\-]+))?")
_ORG_VERB_AUX = frozenset({"has", "had", "have", "is", "was", "were", "are", "will", "would", "can", "could", "may",
                           "might", "must", "should", "shall", "did", "does", "do"})
_SUBJECT_IRREGULAR = _IRREGULAR_PAST | frozenset(_W["subject_irregular_past"])
_VERB_OBJECT_START = frozenset({"to", "a", "an", "the", "its", "their", "his", "her", "up", "out", "off", "back",
                                "down", "in", "on", "for", "with", "about", "into", "over", "more", "all"})
# a person's spokesperson ("A spokesman for Sir Jo Doe", "Doe's spokeswoman"): see _Resolver._person_spokesperson
_PERSON_SPOKESPERSON = re.compile(rf"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:(?P<n1>[{_UC}][\w.’'\- ]*?)(?:’s|'s)\s+"
                                  rf"{_SPOKES_HEAD}|{_SPOKES_HEAD}\s+for\s+(?P<n2>[{_UC}][\w.’'\- ]*?))")
# how far back an unnamed spokesperson introduced in the reporter's words ("A KWA spokesperson said ...") is
# looked for by "the spokesperson"
_SPOKES_REACH = 1500
# what gives a person described at a sentence's opening a voice besides a speech verb (_Resolver._given_voice): a
# stance ("A driver ..., was less sure", "One banker ... was blunter."), speaking ("spoke to reporters"), a source
# that keeps its name back ("who did not give his name"), comment, given or refused ("declined to comment")
# a view given with a modifier first ("offered a longer view", "struck a more cautious note", "took a dim view"; not
# "offered a view of the depot", a sight): a voice (_VOICE)
_VOICE_NOTE = re.compile(r"\b(?:offer(?:s|ed)?|gave|gives|had|has|took|takes|struck|strikes)\s+(?:a|an)\s+"
                         r"(?:[a-z]+\s+){1,2}(?:view|take|note|verdict|assessment|perspective|opinion)\b")
_VOICE = re.compile(r"\b(?:is|was|were|are|seemed|sounded)\s+(?:(?:less|more|far|much|even|rather|not\s+so|not\s+as)\s+)+"
                    r"[a-z]+(?=\s*[.:;,]|\s+(?:about|than|that|of)\b)|\b(?:is|was|were|are|seemed|sounded)\s+[a-z]+er"
                    r"(?=\s*[.:;,])|\b(?:is|was|were)\s+(?!(?:never|over|after|under|ever|later|either|neither|rather|"
                    r"other|older|younger|longer|bigger|smaller)\b)[a-z]+er(?=\s+about\b)"  # ("was blunter about")
                    r"|\b(?:spoke|speaks|speaking)\b|\bcomment(?:s|ed|ing)?\b"
                    r"|\bdid\s+not\s+give\s+(?:his|her|their)\s+(?:full\s+)?name\b"
                    r"|" + _VOICE_NOTE.pattern)
# (an opening phrase of a few words may stand before it: "Later, the Mayor said", "Pressed on the
# petition, the minister said"; one longer than _SHORT_OPENING characters only before a named holder's title)
_SHORT_OPENING = 28
_ON_OR_NEAR = re.compile(r"\s+(?:on|near)\s")  # a place phrase after a description's head (_description_antecedent)
_DESCRIPTION_OPENING_PATTERN = (
    r"(?:[A-Z][\w ]{0,45},\s+)?(?P<d>(?:The|A|An|One|Another|Our|My|(?<=, )(?:the|a|an|one))\s+<LISTED>"
    r"(?:[\w’'\-]+\s+){0,4}?(?P<head>[a-z][a-z\-]+|"
    + "|".join(_W["capitalised_titles"]) + r")"
    r"(?:\s+(?:for|of|at|from|in|with|on|near)\s+(?:the\s+)?[\w’'\- ]{1,40}?"
    # (not ending on "his" of "in his fifties"; "An old fisherman on the harbour wall at Pendeen, ...")
    r"(?<!\bhis)(?<!\bher)(?<!\btheir)(?<!\bits)(?<!\bour)(?<!\bthe)(?<!\ba)(?<!\ban))?)"
    r"(?:\s+[a-z]+ing\s[\w’'\- ]{1,40}?(?=,|\s+[a-z]+ed\s))?"  # ("A driver waiting outside the station, who ...": a
    # participle; "A woman selling nuts at the roadside refused ..."; a noun in "-s" before the head is no verb: "A
    # former customs officer, who ...")
    r"(?=\s*,|\s+(?:who|whose)\b|\s+[a-z]+(?:ed|s)\b(?!\s+[a-z]+,)|\s+(?:spoke|said|told|was|is|has|had|will|would|"
    r"met|went|"
    r"came|took|gave|made|wrote|sent|left|won|lost|ran|saw|began|did|can|could|may|might|must|should|struck|put|"
    r"kept|felt|thought|knew|held|stood)\b)")
_DESCRIPTION_OPENING = re.compile(_DESCRIPTION_OPENING_PATTERN.replace("<LISTED>", ""))
# the same with an adjective and a comma before the modifiers ("A thin, grey-haired man in a white sarong, who")
_LISTED_DESCRIPTION_OPENING = re.compile(_DESCRIPTION_OPENING_PATTERN.replace("<LISTED>", r"[a-z][\w\-]*,\s+"))
# (a speaker's own "Our"/"My" opens one too: "Our credit union manager put it plainly. He said, '...'": the one
# described, in the words of a speaker who says "I")


def _body_heads(words: list[str]) -> set[str]:
    """The words of an organisation's name (lower case) that "the <noun>" may stand for: its first and last (or the
    last before a legal form, and before a head that says only what the body is in law, ``compound_heads``, the
    body's word naming it: "the co-operative" for "Kelby Fishermen's Co-operative Society Ltd"), and the one before
    its first "of" or "for" ("the association" for "the Cocoa Buyers Association of Ghana", "the commission" for "the
    State Commission for the Protection of Kelby Wines"); a comma before the legal form aside ("Association, Inc.")."""
    words = [w.rstrip(",") for w in words]
    heads = {words[0], words[-1]}
    k = len(words) - 2 if len(words) > 2 and is_legal_form(words[-1]) else len(words) - 1
    heads.add(words[k])  # ("the mines" for "Kelby Copper Mines Plc": the word before its legal form)
    if words[k] in _COMPOUND_HEADS and k > 1 and words[k - 1] in _ORG_WORDS:
        heads.add(words[k - 1])
    for joint in ("of", "for"):
        if joint in words[1:]:
            heads.add(words[words.index(joint, 1) - 1])
    return heads


# a name a person described gives for themselves: "A woman who gave her name only as Jo", "a man identified only as
# Kel", "a nurse, who would give only her first name, Jo,", "a driver, who would only be named as Kel,"
_GAVE_NAME = re.compile(rf",?\s+(?:who\s+)?(?:(?:gave|gives|giving|would\s+give)\s+(?:only\s+)?(?:her|his|their)\s+"
                        rf"(?:first\s+)?name"
                        rf"\s+(?:only\s+)?as|(?:was\s+)?identified\s+only\s+as|(?:would\s+(?:only\s+)?give|gave|gives)\s+"
                        rf"(?:only\s+)?(?:her|his|their)\s+first\s+name,)\s+([{_UC}][\w’'\-]+(?:\s+[{_UC}][\w’'\-]+)?)")

# a possessive pronoun with its noun ("her sister", "his son"), and the nouns of a person among them (a person's,
# a kin noun, infant_nouns): a description that owns another person, whom "Her name is" may name
# (_Resolver._name_told_after)
_OWN_PERSON = re.compile(r"\b(?:[Hh]er|[Hh]is)\s+([a-z\-]+)(?:\s+([a-z\-]+))?")
_KIN_OR_PERSON = _PERSON_HEADS | _KIN_WORDS | frozenset(_W["infant_nouns"])
_WORD_THEN_OF = re.compile(r"(\w+) of $")
# a sentence that names a person described before: 'Her name is Jo Doe.' (_Resolver._name_told_after)
_NAME_TOLD = re.compile(rf"(?<![^\s“\"‘’”])(Her|His)\s+name\s+is\s+"
                        rf"([{_UC}][\w’'\-]+(?:\s+[{_UC}][\w’'\-]+){{0,2}})"
                        r"\s*[.,;]")

# how far before a name its title may open, a long portfolio and a short title between ("the Minister for
# Forests and Rural Land Development, Hon. Jo Doe"): _Resolver._holder_of
_TITLE_REACH = 100
# "and the" and a capitalised title, or "and" and a title before its own "of"/"for" ("The Minister of Finance and
# the Governor of the Central Bank of Kelby, Jo Doe"): a second office, whose holder the name after it is
_SECOND_OFFICE = re.compile(rf"\band\s+(?:the\s+([{_UC}][\w\-]*)"
                            rf"|([{_UC}][\w\-]*)(?=(?:\s+[{_UC}][\w\-]*)*\s+(?:of|for)\b))")


def _second_office(words: str) -> bool:
    """A second office joined by "and" inside ``words``, a title and what stands between it and a name (not "Minister
    of Law and Justice, Jo Doe": no "the", no charge of its own)."""
    return any(_is_title(m.group(1) or m.group(2)) for m in _SECOND_OFFICE.finditer(words))


# words that open a free relative clause ("what it calls a ...", "whatever the board decides"): such a phrase names
# a thing, never a speaker
_FREE_RELATIVES = frozenset({"what", "whatever", "whichever", "whoever"})


# capitalised words, perhaps with "of" or "and" between, after "the" (a role written out: "the Chief District Officer")
_CAPITALISED_ROLE = re.compile(r"\b[Tt]he\s+((?:[A-Z][a-z]+\s+(?:(?:of|and)\s+)?){1,4}[A-Z][a-z]+)")


def _owner_fits(phrase: str, hit) -> bool:
    """Whose words "in the company's words" says they are is a named speaker, and for a description ("the company")
    a body its noun fits: one whose name holds the noun, or a company for a firm's noun (not "Kelby Council" for "the
    company", nor "the old song", nor a person for "the minister", whom the resolver may take from anyone near)."""
    if hit[1] != "named":
        return False
    words = phrase.lower().split()
    if words[0] != "the":
        return True
    noun = words[-1]
    return hit[3] != "person" and (noun in hit[0].lower().split()
                                   or noun in _COMPANY_NOUNS and _is_company_name(hit[0]))


@lru_cache(maxsize=64)
def _spelled_role(text: str, abbr: str) -> tuple[int, int] | None:
    """(start, end) of the first role written out after "the" whose first capitalised words' initials spell ``abbr``,
    a word of two to five capitals ("CDO": "the Chief District Officer of Banke"), the last of them a person's noun;
    else None."""
    if not (2 <= len(abbr) <= 5 and abbr.isalpha() and abbr.isupper()):
        return None
    for m in _CAPITALISED_ROLE.finditer(text):
        words = [w for w in re.finditer(r"\S+", m.group(1)) if w.group()[:1].isupper()]
        if len(words) >= len(abbr) and "".join(w.group()[0] for w in words[:len(abbr)]) == abbr \
                and _person_noun_like(words[len(abbr) - 1].group().lower()):
            return m.start(1), m.end(1)
    return None


def _initials_words(words: set[str]) -> set[str]:
    """The company officers' initials a role of ``words`` also holds ("chief executive officer": "ceo"), and the
    words of the long form of the initials it holds ("CEO": chief, executive) (``officer_initials``)."""
    out = {k for k, forms in _OFFICER_INITIALS.items() if any(long <= words for long in forms)}
    return out.union(*(long for w in words if w in _OFFICER_INITIALS for long in _OFFICER_INITIALS[w]))


# forms of address that, capitalised alone as a headline's subject, name no office holder ("Justice says ...":
# the Justice Department; "Lady", "Sir": a courtesy, not an office)
_PLAIN_ADDRESS = frozenset({"justice", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lady", "lord", "madam",
                            "master", "honour", "honor", "excellency", "highness", "majesty", "worship", "saint"})


def _lone_office_title(word: str) -> bool:
    """The lower-case title ``word`` may stand alone, capitalised, for its holder in a headline or deck ('Bishop
    calls it "..."', 'Superintendent says ...', 'CEO says ...'): an office, not a body's word ("State": the State
    Department), a party's ("Republican"), a modifier of another title ("Deputy", "Former") nor a plain form of
    address ("Mr", "Sir", "Lady")."""
    return word.isalpha() and len(word) > 2 and word not in _ORG_WORDS and word.capitalize() not in _PARTY_WORDS \
        and word not in _PAST_HOLDER_WORDS and word not in _OTHER_OFFICE_WORDS and word not in _PLAIN_ADDRESS


def _kin_noun_after(text: str, at: int) -> bool:
    """A kin or person noun follows offset ``at`` ("the elder Doe brother", "the younger Doe sister"): a sibling
    or other namesake the noun tells, not the parent or child of a kin statement."""
    m = re.match(r"\s+([a-z]+)\b", text[at:at + 30])
    return bool(m) and (m.group(1) in _KIN_WORDS or m.group(1) in _PERSON_HEADS)


def _name_head(words: list[str]) -> str | None:
    """The head noun of an organisation's lower-case name ``words``: its last word before a legal form, unless an
    "of", "for" or "and" comes before it ("Kelby Children's Clinic" -> "clinic"; "Kelby Academy of Science",
    "Department of Defense", "Office of Management and Budget": a complement, not the head -> None)."""
    head = len(words) - 2 if is_legal_form(words[-1]) else len(words) - 1
    return words[head] if head > 0 and not {"of", "for", "and", "&"} & set(words[:head]) else None


def _is_public_body(name: str) -> bool:
    """The organisation ``name`` is a public body by its institution noun (``public_body_heads``: "Ashby Borough
    Council", "the Kelby Utilities Review Board")."""
    return bool(_body_heads(name.lower().split()) & _PUBLIC_BODY_HEADS)


def _holder_of_spokesperson(words: list[str]) -> list[str] | None:
    """The words of a person's role in "a spokesman for the (deputy) minister" (one or two lower-case words, a
    person's role last, no body's noun: "a spokeswoman for the council" is the council's), else None."""
    if not 5 <= len(words) <= 6 or words[0] not in ("a", "an") or words[1] not in _SPOKES_NOUNS \
            or words[2:4] != ["for", "the"]:
        return None
    head = words[-1]
    if not all(w.isalpha() and w.islower() for w in words[4:]) or head not in _PERSON_HEADS \
            or head in _ORG_NOUNS or head in _ORG_WORDS or any(head in v for v in _BODY_NOUNS.values()):
        return None
    return words[4:]


def _means_verb(toks: list, k: int) -> bool:
    """The token ``toks[k]`` is a past verb in the active voice that may have a document as its means ("defended
    the plan in a statement"): not after a passive auxiliary ("was named in a lawsuit") and not a verb of being
    shown or named in one (``not_means_verbs``: "appeared in an ad")."""
    word = toks[k][0]
    return bool(_PAST_VERB.fullmatch(word)) and word not in _NOT_MEANS_VERBS \
        and not (k > 0 and toks[k - 1][0].lower() in _PASSIVE_AUX)


# between a person's name and a firm named as the person's ("Jo Doe of Doe & Partners LLP", "Jo Doe, a partner at")
_FIRM_OF_PERSON = re.compile(
    r"(?:,\s+(?:an?|the|their|his|her)\s+[a-z][a-z\- ]{0,40}?)?\s+(?:of|at|from|with)\s+(?:the\s+)?")
# What names a firm as another's owner right before its name ("a subsidiary of", "a unit of", "owned by").
_PARENT_BEFORE = re.compile(r"\b(?:subsidiary|unit|division|arm|affiliate)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*-based\s+)?"
                            r"(?:[A-Z]?[a-z]+\s+){0,2}$"  # ("a subsidiary of the German group Doe Holding AG")
                            r"|\b(?:owned|controlled)\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*-based\s+)?$")
_AT_A_BODY_BEFORE = re.compile(r"\b(?:at|with|for|from)\s+$")  # a body someone works at or for ("analysts at ")
_AGENT_BY = re.compile(r"\bby\s+$")  # a passive's agent before a name: "was disputed by Jo Doe"


_PROFESSION_FORM = re.compile(r"[a-z]{4,}(?:ian|(?<!l)ist)")  # ("the veterinarian", "the pharmacist"; not "playlist")


def _newcomer_description(words: list[str]) -> bool:
    """The lower-case words of a mention are a definite description of a person with a noun of its own ("the old
    man", "the crane driver"; not "the 58-year-old", "the spokesman", "the union", "the time")."""
    head = words[-1]
    return 2 <= len(words) <= 5 and words[0] == "the" and all(_LOWER_WORD.fullmatch(w) for w in words[1:]) \
        and (_person_noun_like(head) or _PROFESSION_FORM.fullmatch(head)) \
        and not any(w in _PREPOSITIONS for w in words) \
        and head not in _GENERIC_HEADS and head not in _UNNAMED_HEADS and head not in _DOCUMENT_HEADS \
        and head not in _ORG_WORDS and head not in _BODY_NOUNS and not (head in _ORG_NOUNS and len(words) == 2) \
        and not _YEAR_OLD.fullmatch(head)


# an age in apposition after a lone capitalised word, then a person's relative clause or appositive: ", 14, who
# ...", ", 14, a pupil who ...", ", 9, his granddaughter," (the appositive's noun in the group "noun"; not ", 12, of
# the new law", ", 45, Bulawayo, 30", ", 14, on the third floor": no person's appositive) (_Resolver._lone_name)
_AGE_APPOSITION = re.compile(r", \d{1,3}, (?:who\b|(?:a|an|the|his|her|their) (?:[\w\-]+ ){0,3}?(?P<noun>[a-z]+)"
                             r"(?=,| who\b| whose\b| that\b))")


@lru_cache(maxsize=1)
def _place_and_common_words() -> tuple[frozenset, frozenset]:
    """The world's towns and countries (mentions_world_places.txt.gz) and the common English words
    (mentions_common_words.txt.gz), lower case: words that are seldom a lone person's name."""
    return (resource_lines("mentions_world_places.txt.gz", lower=True),
            resource_lines("mentions_common_words.txt.gz", lower=True))


def _aged_person_word(low: str, noun: str | None) -> bool:
    """The lone word ``low`` with an age and an appositive (its noun ``noun``; None for "who") is a person's name:
    no common word ("Room, 14, ...") unless a given name; the appositive's noun no body's, company's or
    institution's ("Torino, 24, the local football club,"); a town or country only before "who" or a person's
    noun ("Marina, 34, a teacher who ...")."""
    places, common = _place_and_common_words()
    if low in common and low not in _ANY_GIVEN_NAMES:
        return False
    if noun and (noun in _ORG_WORDS or noun in _BODY_NOUNS or noun in _COMPANY_NOUNS):
        return False
    return low not in places or not noun or noun in _PERSON_HEADS or noun in _HEAD_SEX


def _kind_before_members(word: str, name: list[str], head: str) -> bool:
    """A headline's word before its possessive ("banana" of "banana growers' association") names the body
    ``name`` (lower-case words, possessives cut) too: the name holds it, and a plural noun of members stands right
    before its body noun ``head`` ("the North Kelby Banana and Cocoa Producers' Association"); not a demonym
    ("Welsh farmers' union": not the Welsh Rugby Union; a place neither, _Resolver._place_word: "Kenya nurses'
    union" is not the Kenya ... Dentists Union), nor a name without such a plural ("Small Business Union", "Local
    Government Association")."""
    if word not in name or head not in name or word in _DEMONYMS:
        return False
    k = name.index(head)
    return k > 0 and re.fullmatch(r"[a-z\-]+[^s]s", name[k - 1]) is not None


def _opens_unclosed(paragraph: str) -> bool:
    """A paragraph that opens a quotation in double marks and never closes it: the quotation runs on into the next
    paragraph."""
    t = paragraph.strip()
    return t[:1] == '"' and t.count('"') == 1 or t[:1] == "“" and "”" not in t


class _Resolver:
    """Keeps the sources met so far and resolves mentions to canonical sources."""

    def __init__(self, article: Article):
        self.article = article
        self.text = article.text
        _remember(article)
        self.sources: dict[str, _Src] = {}
        self.history: list[tuple[int, str]] = []  # (offset, canonical) of speaker mentions in reading order
        self.mentions: list[tuple[int, int, str]] = []  # (start, end, canonical) of person speakers' mentions, sorted
        self.quoted = _Spans([])
        self.company: str | None = None
        self._subject_at: dict[int, bool] = {}  # _is_subject by offset (it reads the text only)
        self._name_at: dict[tuple, tuple] = {}  # person_mentions_before's reading of one capitalised run
        self.company_name: str | None = None
        self._spans: list | None = None  # (start, end, kind) of the mention layer's named actors: _layer_spans
        self._people: frozenset | None = None  # names and forms the mention layer gives to people: _layer_people
        self._orgs: list | None = None  # (start, name) of the mention layer's organisations
        self._org_set: frozenset | None = None  # their names: see _org_name_set
        self._heads: frozenset | None = None  # see _org_name_heads
        self._head_ends: frozenset = frozenset()  # (the same)
        self._lead_para: int | None = None  # see _in_lead
        self._described: dict | None = None  # common noun -> (start, name) of bodies the reporter so describes
        self._first_full: dict | None = None  # entity name -> its first span with its first word: _named_in_full_before
        self._org_words: dict[str, frozenset] = {}  # organisation name -> its lower-case words: see _org_with_words
        self._word_index: tuple | None = None  # (quotations, index) of the organisations' words: _org_word_index
        self._companies: tuple | None = None  # (quotations, rows) of the companies named: _company_mentions
        self._ends: list | None = None  # see _person_ends
        self._people_spans: list | None = None  # see _person_spans
        self._called: dict[str, list] = {}  # noun -> the bodies named before its apposition (_called_spans)
        self._outlets: dict = {}  # name -> it is named only as whom a speaker told (see _only_told)
        self._labels: dict | None = None  # quoted names after a naming cue -> offset (see _nickname_holder)
        self._first: dict | None = None  # each entity name -> the start of its first span: see _named_before
        self._org_forms: dict | None = None  # shorter forms of the mention layer's organisations
        self._bodies: dict[str, list] = {}  # institution noun -> (start, name) of organisations so named
        self._places: frozenset | None = None  # names the mention layer gives to places and groups only
        self._held: list | None = None  # (name, start, end) of the mention layer's person spans: see _holder_of
        self._ages: dict | None = None  # person's name -> the ages the story states for them: _by_age
        self._holders: dict[str, tuple | None] = {}  # title -> its one holder and where named: see _holder_of
        self._current: dict[str, tuple[frozenset, frozenset]] = {}  # title -> its holders: see _current_holders
        self._trades: dict[str, tuple | None] = {}  # agent noun -> _trade_org's answer
        self._kin_stated: list | None = None  # _KIN_STATED matches outside quotations: see _kin_named
        self._excerpts: tuple | None = None  # _EXCERPTS_LINE matches and their ends, in reading order: _excerpts_answer
        self._address_sexes: dict[str, str | None] = {}  # a person's name -> _addressed_sex's answer
        self._spoken: dict[int, list] = {}  # an interview's first question's start -> _spoken_to's answer

    def _of_no_person(self, at: int) -> bool:
        """The name at ``at`` follows "of" and a word that names no person: "the words of Abraham Lincoln ... He";
        not "The son of Peter Mwangi ... he said", "The lawyer of Ahmed Yusuf", whose own person speaks."""
        before = _WORD_THEN_OF.search(self.text, max(0, at - 30), at)
        return before is not None and not (_person_noun_like(word := before.group(1).lower()) or word in _KIN_OR_PERSON)

    def person_mentions_before(self, offset: int, window_start: int):
        """(offset, canonical, possessive) of person names in text[window_start:offset], outside quotations."""
        out = []
        seg = self.text[window_start:offset]
        for m in _CAP_RUN.finditer(seg):
            at = window_start + m.start()
            if self.quoted.inside(at) or self.text[at - 1:at] == "(":
                continue  # (a label in brackets after a name is an affiliation: "Cllr Jo Doe (Residents First)")
            run = m.group()
            if split := self._person_after_place(at, at + len(run)):
                at, run = split  # ("TD for Kelby West Jo Doe": the place ends the title; the person is the name)
            by = _ADDRESSED_BY.search(self.text, max(0, at - 5), at + len(run))
            if by:  # "her Honour", "His Honour": the judge named before, if any
                held = self.resolve(by.group(), at, at + len(run))
                if held and held[1] == "named" and held[3] == "person":
                    out.append((at, held[0], False))
                continue
            gen = _GENERATION_BEFORE.search(self.text, max(0, at - 16), at)
            if gen and not _kin_noun_after(self.text, at + len(run)) \
                    and (hit := self._generation(gen.group(1), run.split()[0].rstrip("’'s"), at)):
                out.append((at, hit[0], bool(re.search(r"[’']s?$", run))))  # "the elder Lin stops": the parent
                continue
            key = (at, run, min(at - window_start, 30))  # what the reading below depends on, but for the sources
            if key not in self._name_at:  # met; each later pronoun nearby reads the same names again: once
                self._name_at[key] = self._read_name(run, at, self.text[max(window_start, at - 30):at])
            toks, canon, after_the, person = self._name_at[key]
            owner = _TITLE_POSSESSIVE_BEFORE.search(self.text, max(0, at - 24), at) if len(toks) == 1 else None
            if not toks or owner and _is_title(owner.group(1)):
                continue  # ("of the Attorney General's Chambers": what an office holds, no one's surname)
            if canon in self._non_persons() or _ends_body_name(self.text, at) \
                    or len(toks) == 1 and (canon != toks[0] and canon in self._org_name_heads()
                                           or canon == toks[0] and canon in self._org_name_heads(ends=True)
                                           and self._layer_kind(at, at + len(run)) == "organisation"):
                continue  # "pro-Israel activists": the mention layer names a place or a group so elsewhere; "the
                # Centre for Crop Markets and Rural Finance": the words after "and" end a body's name; "Nickel
                # prices had fallen": "Nickel" (an organisation to the mention layer) ends the opening words
                # "Kelby Nickel" of "Kelby Nickel & Cobalt Corp." (or is read as them)
            known = canon in self.sources and self.sources[canon].kind == "person"
            if not known and self._inside_org_span(at):
                continue  # ("the Erris & Inishkea Fishermen's Co-operative": words inside a body's name)
            layer = self._layer_kind(at, at + len(run))
            if not known and (layer == "place" or layer in ("organisation", "product") and len(toks) > 1
                              and toks[0].lower() not in _GIVEN_GENDER and not self._titled_person(run, toks)
                              and (canon in self.sources or canon not in _genders(self.text)
                                   or any(t.lower() in _BODY_HEADS for t in toks[1:]))):
                # the mention layer, reading the whole article, names a place ("Sandy Hook") or a firm there
                # (its reading of a lone surname is less sure: "Cruz" may come out an organisation; so is its
                # reading of a name that opens with a common given name: "Christian Lindner"; nor of one that no
                # source bears and the he/she after it give a sex: "Khin Ma Ohn Lwin's fate ..., but she said"; a
                # body's head word after the first tells for the body: "died at Kelby College Hospital. He was 81.")
                continue
            if not known and layer == "organisation" and (k := self._layer_span_at(at)) is not None \
                    and (span := self._layer_spans()[k])[0] == at and span[1] > at + len(run) \
                    and _is_company_name(self.text[span[0]:span[1]]):
                continue  # ("Sri Thamirabarani Sweets & Savouries Pvt. Ltd.": a title opening a firm's name)
            if not known and layer == "organisation" and len(toks) == 1 and _AT_A_PLACE_BEFORE.search(
                    self.text, max(0, at - 6), at) and not re.search(r"[’']s?$", run):
                continue  # ("an old fisherman on the harbour wall at Pendeen": a place the layer took for a body)
            if not known and layer == "organisation" and len(toks) == 1 and toks[0].lower() not in _GIVEN_GENDER \
                    and len((self.org_named_at(at) or "").split()) > 1:
                continue  # ("a Kelby Tribe citizen ... named for Kelby, ...": a body's short form, its whole name
                # of several words the mention layer's organisation there, no lone surname)
            if not known and layer == "organisation" and len(toks) == 1 \
                    and _LOWER_WORD_BEFORE.search(self.text, max(0, at - 20), at) \
                    and (after := _PLURAL_AFTER.match(self.text, at + len(run))) and not _is_cue(after.group(1)):
                continue  # ("who sold Cheviot tups under him": a breed's or a make's name before a plural, no one)
            if not known and layer is None and len(toks) > 1 and _is_title(toks[-1]) and _is_title(run.split()[0]):
                continue  # ("Jo Doe, Chief Financial Officer of Acme, said": an office's words, no one's name)
            if not known and layer is None and self._modifies_a_noun(at, at + len(run)):
                continue  # ("a public-sector bank's Civil Lines branch": a name before a noun after a possessive)
            if not known and layer in (None, "organisation", "person") and self._body_of_person(at):
                continue  # "Dr Jo Doe of Parents for Safe Roads Britain said ... she said": the body, not her
            if after_the and not known and not (layer == "person" and len(toks) >= 2 and self._of_no_person(at)):
                inner = self._name_inside(run, at)
                if inner:  # "Minister in the Ministry of Finance Jo Doe": a body's name, then a person's
                    out.append(inner)
                continue  # "the Council on Foreign Relations": not a person
            if known or person and (layer is not None or not self._common_phrase(run, toks, canon, at)
                                    and not self._common_opener(toks, at)):
                out.append((at, canon, bool(re.search(r"[’']s?$", run))))
        return out

    def _common_opener(self, toks: list[str], at: int) -> bool:
        """One capitalised word opening a line, a sentence or a heading's words after a dash at ``at``, a common word
        (``mentions_common_words``) and no given name, never capitalised inside a sentence, where the mention layer
        names no one: a common word ("4:30pm – Work halted"), no person."""
        return len(toks) == 1 and toks[0].lower() in _place_and_common_words()[1] \
            and toks[0].lower() not in _GIVEN_GENDER and toks[0] not in _mid_caps(self.text) \
            and _LINE_OR_SENTENCE_OPENS.search(self.text[max(0, at - 3):at]) is not None

    def _person_after_place(self, a: int, b: int) -> tuple[int, str] | None:
        """(start, words) of the person's name the mention layer reads ending the run of capitals text[a:b] right
        after a place's name that opens it ("Dun Laoghaire Jo Doe" in "TD for Dun Laoghaire Jo Doe, who ..."), else
        None."""
        k = self._layer_span_at(a)
        if k is None or self._spans[k][0] != a or self._spans[k][2] != "place" or k + 1 >= len(self._spans):
            return None
        sa, sb, kind = self._spans[k + 1]
        if kind != "person" or sb != b or not self._spans[k][1] < sa \
                or not all(_is_title(w) for w in self.text[self._spans[k][1]:sa].split()):
            return None  # (a title may stand between: "Kelby MP Jo Doe", "Tarn County Supervisor Jo Doe")
        return sa, self.text[sa:sb]

    def _common_phrase(self, run: str, toks: list[str], canon: str, at: int) -> bool:
        """The run of capitals ``run`` at ``at``, in which the mention layer names no one, is capitalised common words:
        two words or more, one of which the story also writes in lower case ("Young Latinos", "Investment Officer",
        a headline's "Server Unprotected"), its name no person's to the layer. (The layer may miss a person: "Kofi
        Doe-Roe III, a chief, ...", "Doe said" stay persons.)"""
        lower = _lower_words(self.text)
        return len(toks) > 1 and any(w.lower() in lower for w in toks) and not self._layer_person(canon, at)

    def _name_inside(self, run: str, at: int):
        """(offset, canonical, possessive) of a person's name that ends the capitalised run ``run`` (at ``at``)
        after the name of a body's field: from a common given name on, at least two words, a person's name by its
        form ("Finance Jo Doe-Smith" in "the Ministry of Finance Jo Doe-Smith", an institution word before "of");
        else None."""
        if not (m := re.search(r"(\w+)\s+of\s+$", self.text[max(0, at - 30):at])) or m.group(1).lower() not in _ORG_WORDS:
            return None
        words = list(re.finditer(r"\S+", run))
        x = next((x for x, w in enumerate(words[1:-1], 1) if w.group().lower() in _GIVEN_GENDER
                  and w.group()[:1].isupper()), None)
        if x is None:
            return None
        name = " ".join(w.group() for w in words[x:])
        if not _is_person_name(name) or not _name_tokens(name):
            return None
        return at + words[x].start(), _canonical_name(" ".join(_name_tokens(name)), self.text), \
            bool(re.search(r"[’']s?$", name))

    def _org_name_heads(self, ends: bool = False) -> frozenset:
        """The opening words (two or more, short of the whole) of the mention layer's organisation names that it
        gives to no person: "Kelby Nickel" for "Kelby Nickel & Cobalt Corp." (not "Tony Blair" for the "Tony Blair
        Institute" in a story that names Tony Blair) (once); with ``ends``, the last word of each ("Nickel")."""
        if self._heads is None:
            people = {e.name for e in entities(self.article) if e.kind == "person"}
            self._heads = frozenset(" ".join(w[:k]) for n in self._org_name_set() if len(w := n.split()) > 2
                                    for k in range(2, len(w))) - people
            self._head_ends = frozenset(h.split()[-1] for h in self._heads)
        return self._head_ends if ends else self._heads

    def _non_persons(self) -> frozenset:
        """Names the mention layer gives to places and groups (and to no person) anywhere in the article."""
        if self._places is None:
            kinds: dict[str, set] = {}
            for e in entities(self.article):
                for f in {e.name, *e.forms}:
                    kinds.setdefault(f, set()).add(e.kind)
            self._places = frozenset(f for f, k in kinds.items() if k & {"place", "group"} and "person" not in k)
        return self._places

    def _layer_kind(self, a: int, b: int) -> str | None:
        """The kind the mention layer gives a name starting inside text[a:b]: a person when one of its
        names there is a person's, else the first name's kind (None when it names none there)."""
        spans = self._layer_spans()
        i, j = bisect.bisect_left(spans, (a,)), bisect.bisect_left(spans, (b,))
        inside = [kind for _, _, kind in spans[i:j]]  # "Wisconsin Gov. Scott Walker": a place, then a person
        return "person" if "person" in inside else inside[0] if inside else None

    def _inside_org_span(self, at: int) -> bool:
        """Offset ``at`` follows the "&" or "and" inside an organisation's name the mention layer reads ("Erris &
        Inishkea Fishermen's Co-operative"; not any word inside one, which the layer may have run over a person's
        name: "Ministry of Finance Jo Doe")."""
        k = self._layer_span_at(at)
        return k is not None and self._layer_spans()[k][0] < at and self._layer_spans()[k][2] == "organisation" \
            and self.text[max(0, at - 5):at].endswith(("& ", " and "))

    @staticmethod
    def _titled_person(run: str, toks: list[str]) -> bool:
        """A name of two to four words after a title, form of address or occupation ("Barrister Jo Ahsan Doe",
        "Justice Jo Doe Roe"), its last word no organisation word: a person, though the mention layer reads a body there."""
        first = run.split()[0]
        return first != toks[0] and (_is_title(first) or first.lower() in _PERSON_HEADS) and 2 <= len(toks) <= 4 \
            and toks[-1].lower() not in _ORG_WORDS

    def _layer_person(self, canon: str, at: int) -> bool:
        """The mention layer gives a person the name ``canon``, or reads a person's name around ``at`` (its span may
        open before a run of capitals: "'M'e 'Jo Doe")."""
        if canon in self._layer_people():
            return True
        k = self._layer_span_at(at)
        return k is not None and self._spans[k][2] == "person"

    def _layer_people(self) -> frozenset:
        """The names and forms the mention layer gives to people (once)."""
        if self._people is None:
            self._people = frozenset(f for e in entities(self.article) if e.kind == "person" for f in (e.name, *e.forms))
        return self._people

    def _layer_spans(self) -> list:
        """(start, end, kind) of the mention layer's named actors but groups, sorted (once)."""
        if self._spans is None:
            self._spans = sorted((sa, sb, e.kind) for e in entities(self.article) if e.kind != "group"
                                 for sa, sb in e.spans)
        return self._spans

    def people_between(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """(start, end) of the mention layer's person spans that start in [lo, hi), in reading order."""
        spans = self._layer_spans()
        return [(sa, sb) for sa, sb, kind in spans[bisect.bisect_left(spans, (lo,)):bisect.bisect_left(spans, (hi,))]
                if kind == "person"]

    def _layer_span_at(self, at: int) -> int | None:
        """The index in :meth:`_layer_spans` of the mention layer's span holding ``at``, or None."""
        spans = self._layer_spans()
        k = bisect.bisect_right(spans, (at, len(self.text))) - 1
        return k if k >= 0 and spans[k][0] <= at < spans[k][1] else None

    def _body_of_person(self, at: int) -> bool:
        """The mention layer's organisation around ``at`` is tied to a person the layer names right next to it:
        "Dr Jo Doe of the Kelby Cree Nation" (the person, then of/from/at) or "Kelby Storage Alliance chair Jo Doe"
        (the body, one to three lower-case role words, the person): whom a later he/she stands for is the person,
        though the pronoun's sex was first given to the body's nearer name."""
        k = self._layer_span_at(at)
        if k is None or self._spans[k][2] not in ("organisation", "person"):
            return False
        start, end, kind = self._spans[k]
        before = self._spans[k - 1] if k else None
        after = self._spans[k + 1] if k + 1 < len(self._spans) else None
        if kind == "person":  # "Analyst Jo Doe at Kelby Sachs": a name right after a person's "at" is a body's
            return bool(before and before[2] == "person" and _PERSON_AT_BODY.fullmatch(self.text, before[1], start)
                        and not re.match(r"[’']", self.text[end:end + 1]))
        return bool(before and before[2] == "person" and _PERSON_OF_BODY.fullmatch(self.text, before[1], start)
                    or after and after[2] == "person" and _BODY_ROLE_PERSON.fullmatch(self.text, end, after[0]))

    def _person_of_body_at(self, a: int) -> tuple[int, int] | None:
        """(start, end) of the person the mention layer names right before "of" and the organisation that holds
        ``a`` past its first word ("Jo Doe of Doe, Roe and Associates" for "Associates"), else None."""
        k = self._layer_span_at(a)
        spans = self._layer_spans()
        if k is None or k == 0 or spans[k][2] != "organisation" or spans[k][0] == a or spans[k - 1][2] != "person" \
                or not self.text.startswith(" of ", spans[k - 1][1]) or spans[k - 1][1] + 4 != spans[k][0] \
                or _OBJECT_BEFORE.search(self.text, max(0, spans[k - 1][0] - 8), spans[k - 1][0]):
            return None  # (not "A partner of Jo Doe of Doe and Associates said": the person a preposition's object)
        return spans[k - 1][0], spans[k - 1][1]

    def _modifies_a_noun(self, a: int, b: int) -> bool:
        """The name text[a:b] stands between a possessive ("bank's", "his") and a lower-case word that is no verb,
        adverb, preposition or conjunction ("branch"): it names a noun's kind, no one ("the bank's Civil Lines
        branch"; not "Acme's Jo Doe said")."""
        nxt = _LOWER_WORD_NEXT.match(self.text, b)
        w = nxt.group(1) if nxt else ""
        return bool(w) and _OWNER_BEFORE.search(self.text, max(0, a - 24), a) is not None and not _verb_like(w) \
            and w not in _AUX and not w.endswith("ly") and w not in _PREPOSITIONS and w not in _CLAUSE_BREAK

    def _read_name(self, run: str, at: int, before: str) -> tuple:
        """(name tokens, canonical name, after "the"/"of"/..., a person's name by its form) of a capitalised run."""
        toks = _name_tokens(run)
        if not toks:
            return toks, None, False, False
        canon = len(toks) == 1 and _namesake_by_title(run, toks[0], self.text) \
            or _canonical_name(" ".join(toks), self.text, _address_sex(run), at)  # ("Fr Durkan": the priest)
        if len(toks) == 1 and " " not in canon and (full := self._person_named_in(at, at + len(run))) \
                and canon in full.split()[1:] and not full.split()[0].isupper():
            canon = full  # ("Dr Teo" of "Dr Jo Teo Hui Min" beside "Mr Teo Ah Teck": the mention layer's person;
            # not initials first, which a speaker's name leaves off: "MT Ramesh ... he" is Ramesh)
        title_of = _TITLE_OF.search(before)  # "Secretary of State John Kerry": "of" inside a title
        after_the = bool(re.search(r"\b(?:the|of|on|in)\s+$", before)) and not (
            title_of and any(_is_title(w) for w in title_of.group(1).split())) \
            and run.split()[0].rstrip(".").lower() not in _STYLES_AFTER_THE  # ("was the Rev. Jo Doe": a person)
        words = run.split()
        honorific = len(words) > 1 and (words[0].rstrip(".").lower() in _TITLES
                                        or " ".join(words[:3]).lower() in _TITLES or " ".join(words[:2]).lower() in _TITLES)
        # (a title of two or three words too: "Group Village Headman Chiwalo", a chief by his chieftaincy's name)
        person = _is_person_name(run) and (len(toks) >= 2 or len(canon.split()) >= 2 or honorific
                                            or self._lone_name(toks[0], at + len(run))
                                            and not _POSSESSIVE_BEFORE.search(before))
        # (a lone word after a possessive modifies a noun: "his Eid bonus", "her Christmas party")
        # (or the mention layer reads a person there: "Chief Financial Officer Susan Park", a surname that is
        # also an institution word; "Joy Debbarma", a given name that is a common word)
        person = person or 2 <= len(toks) <= 3 and (toks[0].lower() in _GIVEN_GENDER and toks[-1].lower() in _ORG_WORDS
                                                    or _common_given(toks[0])) \
            and self._layer_kind(at, at + len(run)) == "person"
        # a surname that is also a compass word, after the full name, before its verb: "Carl West ... West made a
        # sharp dig" ("the West" comes after "the"; "West Bank" is no lone word)
        person = person or len(toks) == 1 and toks[0] in _PLACE_FIRST and len(canon.split()) > 1 \
            and _is_person_name(canon) and bool(_verb_after(self.text, at + len(run)))
        return toks, canon, after_the, person

    def _lone_name(self, tok: str, end: int) -> bool:
        """A lone capitalised word is a surname when the text never writes it in lower case, it is no
        title, place, demonym or organisation word, and a lower-case word (its verb) or an appositive (an age
        too) follows it: "Carson defied the question", "Barden says", "Rihanna, who was honored, ..."."""
        low = tok.lower()
        if len(tok) < 3 or not tok.isalpha() or low in _lower_words(self.text) or low in _TITLES:
            return False
        if low in _ORG_WORDS or tok in _PLACE_FIRST or low in _PRONOUNS or tok in _NOT_NAME or low in _DEMONYMS:
            return False  # ("And Jewish leaders point to ...": a demonym)
        if low in _CLAUSE_BREAK or low in _INTRO or low in _DETERMINERS or low in _AUX:
            return False  # "During his tour"
        after = self.text[end:end + 60]
        if re.match(r", (?:who|a|an|the) ", after):
            return True
        if (age := _AGE_APPOSITION.match(after)) and _aged_person_word(low, age.group("noun")):
            return True  # (or an age, then a person's appositive: "Nyoka, 14, a pupil who ...", "Kel, 23, who ...")
        if low in _GIVEN_GENDER and re.match(r",|\s+[a-z]", after):
            return True  # "His wife, Melania, is scheduled", "Her father, Brad, 39, worried": a given name alone
        if after.startswith(",") and _KIN_LEAD.search(self.text, max(0, end - len(tok) - 40), end - len(tok)):
            return True  # "His wife, Hasnah, mends nets": anyone's one name in apposition to a kin noun
        m = re.match(r" ([a-z]+)(?: ([a-z]+))?", after) or _ASIDE_THEN_WORD.match(after)
        if not m:
            return False
        w1, w2 = m.groups()
        verb = w1 if _verb_like(w1) and m.re is not _ASIDE_THEN_WORD else w2 if (
            w1.endswith("ly") or w1 in _AUX or m.re is _ASIDE_THEN_WORD) and w2 and _verb_like(w2) else None
        # an -s word may be a plural ("Sometimes confrontations grew"): then the word must also be
        # written capitalised inside a sentence somewhere
        # (so must an -s word before any verb: "Residents criticised the plan" is a plural, "Jones criticised" a
        # surname, written after a given name or a lower-case word somewhere)
        plural = low.endswith("s") and not low.endswith("ss")
        return bool(verb) and (not plural and (_is_cue(verb) or verb.endswith("ed")) or tok in _mid_caps(self.text))

    def resolve(self, mention: str, a: int, b: int):
        """(canonical, source_type, role, kind) for a speaker mention at [a, b); a description with an age ("the
        41-year-old builder") is checked against the ages the story states (:meth:`_by_age`)."""
        if "\n" in mention.strip():  # ("What comes next\nA clerk in Tarno, who ...": a crosshead before it)
            cut = mention.rindex("\n", 0, len(mention.rstrip())) + 1
            mention, a = mention[cut:], a + cut
        if (mark := _CLOSING_MARK_FIRST.match(mention)) and mark.end() < len(mention):
            mention, a = mention[mark.end():], a + mark.end()  # ("‘...,’ the statement said": the curly mark that
            # closes the quotation, read as an apostrophe, is no part of the speaker)
        if fronted := _FRONTED_CLAUSE.match(mention):
            mention, a = mention[fronted.end():], a + fronted.end()  # ("When the last lighter was laid up in 1968,
            # my father, the late Jo Doe, ... said:": the subject after the clause)
            if named := _named_in_apposition(self.text, _tokens(mention, a), 0):
                return self.resolve(self.text[named[0]:named[1]], *named)  # (its name in apposition)
        if " " not in mention.strip() and self.text.startswith(".", b) and (k := self._layer_span_at(a)) is not None \
                and (span := self._layer_spans()[k])[0] == a and span[1] > b and span[2] == "person":
            return self.resolve(self.text[a:span[1]], a, span[1])  # ('"...," says Ma. Teresita Doe': the sentence
            # split after a given name written short; the mention layer's person goes on)
        if (spelled := _spelled_role(self.text, mention.strip())) and self.text.startswith(", ", spelled[1]) \
                and (k := self._layer_span_at(spelled[1] + 2)) is not None \
                and (span := self._layer_spans()[k])[2] == "person" and span[0] == spelled[1] + 2:
            return self.resolve(self.text[span[0]:span[1]], span[0], span[1])  # ("CDO says the order is ..." over
            # "The Chief District Officer of Banke, Jo Doe,": the one named in apposition to the role its letters
            # spell)
        if (person := self._person_of_body_at(a)) is not None:
            return self.resolve(self.text[person[0]:person[1]], *person)  # ("Mr Jo Doe of Doe, Roe and Associates
            # described ...": the subject read from its last words, the firm's, is the person of the firm)
        adverb = _PLACE_ADVERB_AFTER.search(mention)
        if adverb and adverb.start() > 0 and (group := self.resolve(mention[:adverb.start()], a, a + adverb.start())) \
                and group[3] == "group":
            return group  # ("Farmers here call the notes ...": the farmers; the adverb says where they are; not a
            # capitalised plural read as a name, "Fishermen here say": left as it was)
        if mention.strip().rstrip(".") in currency_marks() and _DIGIT_NEXT.match(self.text, b):
            return None  # ("Rs 6 lakh a hectare ...; groups call it ...": money, no speaker)
        if (noun := _AN_ORG_NOUN.fullmatch(mention.strip())) and noun.group(1).lower() in _ORG_NOUNS \
                and (doc := _WORD_AFTER.match(self.text, b)) and doc.group(1) in _BODY_DOCUMENTS:
            if near := self._org_just_before(a):
                return near  # ("Acme Ltd says it will sail. A company statement said ...": the body named just before)
            mention = "the " + noun.group(1).lower()  # (else as "the company")
        hit = self._nickname_holder(mention.strip(), a) or self._resolve(mention, a, b)
        age = _DEFINITE_AGE.match(mention.strip().lower())
        hit = self._by_age(age.group(1), hit, mention) if age else hit
        if age and hit and hit[1] == "anonymous" and hit[3] == "person":
            hit = self._aged_newcomer(mention, age.group(1), a, b) or self._aged_last_speaker(
                mention, age.group(1), a) or hit
        if (not hit or hit[1] == "anonymous" or _ORGAN_OF.fullmatch(mention.strip()) and hit[3] == "group"
                and hit[0].lower() in _COMPANY_ORGANS) and (organ := self._organ_of_body(mention, a)):
            return organ  # (or the organ's own capitalised words read as a body: "Acme's Steering Committee")
        if (not hit or hit[1] == "anonymous") and (body := self._body_by_its_words(mention, a) or (
                self._in_lead(a) and mention.strip()[:1].isupper() and mention.split()[0].lower() not in _ARTICLES
                and self._body_by_its_words(mention, a, deck=True))):
            return body  # ("a spokeswoman for the mutual aid society": the Kelby Mutual Aid Society named before)
        if (not hit or hit[0] == mention.strip() or hit[1] == "anonymous" or hit[3] == "person") \
                and (label := self._label_noun_speaker(mention, a)):
            return label  # ('Company: "The door is open"', 'Miner says spill "contained"': the body named next;
            # not the person a firm's noun was read as: "1:00 PM - Exporter: '...'" over "Kelby Exports Ltd ... said")
        office = _THE_OFFICE_WORD.fullmatch(mention.strip())
        if hit and hit[1] == "anonymous" and hit[3] == "person" and office \
                and office.group(1).lower() in _LOCAL_OFFICE_WORDS:
            return office.group(1), "named", None, "group"  # ("The State says he knew", "the County said": a
            # government speaking, no official; no he or she after it)
        if hit and hit[1] == "anonymous" and hit[3] == "person":
            return self._described_newcomer(mention, a, b) or self._named_next(mention, a, hit) \
                or self._that_was_named(a) or self._aged_one_named_before(mention, a) or hit
        if mention.strip() in ("he", "she") and (named := self._named_next(mention, a, hit)):
            return named
        if hit and hit[3] == "person" and mention.strip().isupper() and (org := self.org_named_at(a)):
            return org, "named", None, "group"  # ("NCDA blames ..." in a headline: the short form the mention layer
            # gives the body named later, "the National Cocoa Development Authority (NCDA)")
        return self._body_named_whole(mention, a, hit) or hit

    def _aged_one_named_before(self, mention: str, a: int):
        """'He is Pa Jo Doe, 84, who worked beside him ... / "...," he said. / "...," the old miner said': a definite
        description whose words tell an age ("old", "elderly": ``age_adjectives``) stands for the one person named
        with an age that fits (", 84,") in this paragraph and the two before, outside quotations, who spoke (a
        quotation of theirs, or a verb of saying after the name) and whose death is not told there, when the noun's
        sex fits and no one unnamed with that noun came in since; else None."""
        words = mention.strip().lower().split()
        told = _told_ages(mention)
        if not told or not _newcomer_description(words) or _YEAR_OLD.fullmatch(words[1]):
            return None
        lo = self._start_two_paragraphs_back(a)
        ages = self._story_ages()
        fit = {c[1] for c in self.person_mentions_before(a, lo)
               if any(all(lo_ <= int(y) <= hi for lo_, hi in told) for y in ages.get(c[1], ()))}
        if len(fit) != 1 or words[-1] in self._unnamed_people_since(lo, a):
            return None
        name = fit.pop()
        spans = [(sa, sb) for e in entities(self.article) if e.kind == "person" and _after_titles(e.name) == name
                 for sa, sb in e.spans if sa < a]
        if any(_DEATH_TOLD.search(self.text, sb, _sentence_for(self.article, sa).end) for sa, sb in spans) \
                or not (name in {c for _, c in self.history}
                        or any(_SAID_AFTER_NAME.match(self.text, sb) for _, sb in spans)):
            return None  # (one who spoke, not "Jo Doe, 24, died at the scene. "...," the young farmer said")
        sex = _HEAD_SEX.get(words[-1])
        return None if sex and self._sex_before(name, a) not in (None, sex) else self._holder_source(name)

    def _start_two_paragraphs_back(self, a: int) -> int:
        """The start of the paragraph two before that of ``a`` (or of the first paragraph after it with a sentence)."""
        para = _sentence_for(self.article, a).paragraph_id
        return next(ss[0].start for p in range(max(0, para - 2), para + 1) if (ss := self.article.sentences_of(p)))

    def _that_was_named(self, a: int):
        """'A man from Sapporo ... asked me ... He said, "Then we will talk." That was Kenji Watanabe.': the sentence
        after the quotation (the first not inside quotation marks) that says "That was" or "This was" and a person's
        name, nothing more, names the unnamed speaker at ``a``; else None."""
        sents = self.article.sentences
        sid = _sentence_for(self.article, a).sentence_id
        j = sid + 1
        while j < len(sents) and j <= sid + 3 and self._in_quotation(sents[j].start):
            j += 1
        m = _THAT_WAS_NAME.fullmatch(sents[j].text.strip()) if j < len(sents) else None
        if not m or not _is_person_name(m.group(1)):
            return None
        at = sents[j].start + sents[j].text.find(m.group(1))
        person = self._person_named_in(at, at + len(m.group(1)))
        return self._source_of(_after_titles(person)) if person else None

    def _company_with_noun(self, noun: str, a: int) -> str | None:
        """The one company named within ``_LABEL_REACH`` characters after ``a`` with ``noun`` right after its name
        ("the Kelby Sugar Ltd mill in Lugazi"): what a deck's "Mill says ..." stands for; else None."""
        found = {name for sa, name in self._org_mentions() if a < sa < a + _LABEL_REACH and _is_company_name(name)
                 and _rx(rf"\s+{re.escape(noun)}\b", re.I).match(self.text, sa + len(name))}
        return found.pop() if len(found) == 1 else None

    def _label_noun_speaker(self, mention: str, a: int):
        """A body's bare noun, capitalised, no article, opening its line (a clock time before it perhaps) as a
        headline's or a live blog's label does ("Company: ...", "Miner says ...", "Flood group: ..."): the first
        organisation named after it, outside quotations and within ``_LABEL_REACH`` characters, whose name holds the
        noun ("Kelby Flood Action Group") or its first word ("Relief group:", "Kelby Valley Relief & Rescue
        Volunteers"), or for a firm's noun ("miner", "company") a company's name ("Watut Ridge
        Gold Ltd"; of several companies there, one that speaks right after its name or opens its sentence, not "A
        contractor, Kelby Drilling Ltd, was pumping ..."); so is such a noun in lower case opening a headline's clause
        after a semicolon ("...; co-op calls it ...": the body its noun names, however far); else None (not after a
        word for another firm: "Rival firm says ...")."""
        words = mention.strip().split()
        clause = len(words) == 1 and self.text.endswith("; ", 0, a) and self._in_headline(a)  # ("Mayor breaks tie;
        # co-op calls it ..."; one word: "teachers' union" may be one of two)
        if not 1 <= len(words) <= 2 or not (words[0][:1].isupper() or clause) \
                or not all(w[1:].islower() for w in words) or words[0].lower() in _ARTICLES:
            return None  # (no article: "An exporter who asked not to be named said" is someone unnamed)
        noun = words[-1].lower()
        firm = noun in _COMPANY_NOUNS or (noun in _ORG_NOUNS and _AGENT_NOUN.fullmatch(noun) is not None) \
            or self._company_with_noun(noun, a) is not None  # ("Mill says ..." over "the Kelby Sugar Ltd mill")
        line = self.text.rfind("\n", 0, a) + 1
        if not (firm or noun in _ORG_WORDS or noun in _SHORT_BODY_NOUNS) or self.quoted.inside(a) \
                or self.text[line:a].strip() and not clause \
                and not _ENTRY_TIME.fullmatch(self.text[line:a].rstrip() + " ") \
                and not (self._in_lead_bullet(a) and not self._bullets_in_body(a)):  # (a deck's bulleted line:
            # "• Mill says ..."; not a list of the body: "By Jo Doe ... Among the points raised:")
            return None
        forms = {noun, *(w.lower() for w in _SHORT_BODY_NOUNS.get(noun, ()))}  # ("co-op": "... Co-operative Ltd.")
        far = len(words) == 2 and self._in_lead_bullet(a)  # ("- Harbour company says ..." in a deck's bullets)
        reach = len(self.text) if clause or far else _LABEL_REACH  # (a deck's clause: the body its noun names,
        # anywhere; a deck's bullet: the body named with both its words, anywhere)
        near = [(sa, name) for sa, name in self._org_mentions()
                if a < sa < a + reach and not self.quoted.inside(sa)]
        if len(words) == 2 and len({e.name for e in entities(self.article) if e.kind in ("organisation", "person")
                                    for sa, _sb in e.spans if a < sa < a + _LABEL_REACH
                                    and words[0].lower() in e.name.lower().split()}) > 1:
            return None  # ("Cargo firm says ..." over Kelby Cargo Ltd and Tarn Cargo Services: which, untold; the
            # mention layer may read one as a person: "Kelby Rail and Tarno Rail")
        companies = {name for _sa, name in near if _is_company_name(name)}
        for sa, name in near:
            one = name in companies and (len(companies) == 1 and not _BY_BEFORE.search(self.text, max(0, sa - 8), sa)
                                         or _SPEAKS_AFTER.match(self.text, sa + len(name))
                                         or self._opens_its_sentence(sa))  # (of several, one that speaks or leads;
            # not an agent: "Miner says pit was 'a death trap' / Jo Doe ... says the pit run by Kelby Coal Ltd ...")
            held = set(name.lower().replace("’s", "").replace("'s", "").split())
            if (forms & held or firm and one or len(words) == 2 and words[0].lower() in held) \
                    and words[0].lower() not in _OTHER_FIRM \
                    and not (far and words[0].lower() not in name.lower().split()):
                return name, "named", None, "group"
        return None

    def _opens_its_sentence(self, at: int) -> bool:
        """The name at ``at`` opens its sentence, after a wire dateline perhaps and role words ("SPLIT – Private
        shipping company Kelby Linija d.o.o. has suspended ..."): the sentence's subject (not "A contractor, Kelby
        Drilling Ltd, was ...", nor "the pit run by Kelby Coal Ltd")."""
        lo = _sentence_for(self.article, at).start
        return _ROLE_WORDS_ONLY.fullmatch(self.text, _dateline_end(self.text, lo) or lo, at) is not None

    def _nickname_holder(self, mention: str, a: int):
        """'Jo Doe, the club's secretary, known to the whole town as "Jo the Post", ... / "...," Jo the Post said':
        a capitalised speaker mention that the story gave, in quotation marks after a naming cue ("known as",
        "nicknamed"), to the one person named before it in that sentence, stands for that person; else None."""
        if not mention[:1].isupper():
            return None
        if self._labels is None:  # (the quoted names after a naming cue, once: label -> where its mark opens)
            self._labels = {}
            for x, y in self.quoted.spans:
                if _naming_label(self.text, x, y):
                    self._labels.setdefault(self.text[x:y], x - 1)
        words = mention.split()
        surname = words[1] if len(words) == 2 and words[0] in self._labels else None  # ('Edward Doe, known as "Ned"
        # ... / "...," Ned Doe said': the nickname and the surname)
        at = self._labels.get(words[0] if surname else mention, a)
        if at >= a:
            return None
        sent = _sentence_for(self.article, at)
        named = {n for _sa, _sb, n in self._named_between(sent.start, at, False)}
        return self._source_of(named.pop()) if len(named) == 1 and (
            surname is None or next(iter(named)).split()[-1] == surname) else None

    def _organ_of_body(self, mention: str, a: int):
        """'the trust's board of trustees said', "the Relief Fund's Steering Committee said", 'Acme Ltd's board
        said', "The co-op board, in its own statement, called": a body's governing organ or press office (table
        company_organs) speaks for the body, which the mention names or calls by its noun before the possessive (or
        before the organ); (name, "named", None, "group") when that resolves
        to a named body, else None."""
        m = _ORGAN_OF.fullmatch(mention.strip()) or _NOUN_ORGAN.fullmatch(_ASIDE_AFTER.sub("", mention.strip()))
        if m is None and _ITS_ORGAN.fullmatch(mention.strip()):
            # "In a statement, its board said": the body "it" stands for, when the sentence before names it alone
            # (not "The regulator fined Kelby Mutual. Its board said": either's)
            one = self._one_org_before(a)
            return (one, "named", None, "group") if one else None
        if m is None:
            return None
        owner = m.group("owner")
        at = a + len(mention) - len(mention.lstrip()) + m.start("owner")
        words = owner.split()
        if len(words) == 1 and owner.islower():
            hit = self._org_noun_speaker(["the", owner], at) or self._named_body(owner, at)
        else:
            hit = self._resolve(owner, at, at + len(owner))
        return (hit[0], "named", None, "group") if hit and hit[1] == "named" and hit[3] == "group" else None

    def _organ_owner_before(self, organ: str, a: int):
        """The organisation whose ``organ`` (``company_organs``) the story last wrote out before ``a``, outside
        quotations, as the agent "by the <organ> of <name>" or a clause's subject ("The charge was introduced by
        the board of Kelby Mart Co-operative Society Ltd"; not "Jo Doe, who sits on the board of Kelby Hospital
        Trust": her seat), as the resolved group source; else None."""
        orgs = self._org_mentions()
        found = _rx(rf"(?:\bby\s+|^|[.,;:]\s+)[Tt]he {re.escape(organ)} of (?:the )?", re.M).finditer(self.text, 0, a)
        for m in reversed(list(found)):
            k = bisect.bisect_left(orgs, (m.end(),))
            if k < len(orgs) and orgs[k][0] == m.end() and not self.quoted.inside(m.end()):
                return orgs[k][1], "named", None, "group"
        return None

    def _one_org_before(self, a: int) -> str | None:
        """The one organisation the mention layer names, outside quotations, in the sentence before ``a``'s, when
        it names no other there ("The regulator fined Kelby Mutual Ltd": either's); else None."""
        sid = _sentence_for(self.article, a).sentence_id
        if not sid:
            return None
        prev, orgs = self.article.sentences[sid - 1], self._org_mentions()
        k = bisect.bisect_left(orgs, (prev.start,))
        names = {name for sa, name in orgs[k:bisect.bisect_left(orgs, (prev.end,))] if not self.quoted.inside(sa)}
        return names.pop() if len(names) == 1 else None

    def _body_named_whole(self, mention: str, a: int, hit):
        """The organisation whose whole name the mention layer reads where the mention stands, when the mention is
        cut inside it at an "and" or a comma ("The Ferrymen and | Lock Keepers' Union said", "The Union of Rail,
        | Port and Dock Workers said") or is that whole name read as an unnamed description ("Friends of the Kelby
        Forests, a conservation group, said": no friends).  Else None."""
        if (k := self._layer_span_at(a)) is None:
            return None
        sa, sb, kind = self._layer_spans()[k]  # (sa <= a: the span holds a)
        head_end = a + len(mention) - len(mention.lstrip()) + len(_head_phrase(mention))
        cut_inside = sa < a and _CUT_IN_NAME.search(self.text, sa, a) is not None
        whole_description = sa == a and head_end == sb and (not hit or hit[1] == "anonymous") \
            and _OF_THE_BODY.match(mention) is not None
        if kind != "organisation" or head_end > sb or not (cut_inside or whole_description) \
                or self._people_then_body(sa, a, mention):
            return None  # (the words after the cut, "Transit Workers of Kelby", may read as a person's name; "Friends
            # of Jo Doe" are people, whatever the layer reads)
        name = self.org_named_at(sa)
        return name and (name, "named", hit[2] if hit else None, "group")

    def _people_then_body(self, sa: int, a: int, mention: str) -> bool:
        """Before the mention at ``a``, from ``sa``, the sentence opens with a plural noun for people and "and", and
        the mention opens with a name, no such noun: two subjects ("Farmers and | Kelby Dairy Co-operative said"),
        not one body's name ("Teachers and | Lecturers Union", "The Pilots and | Mooring Crews' Union")."""
        words = self.text[sa:a].split()
        first = mention.split()[:1]
        return len(words) == 2 and words[1] == "and" and _people_noun(words[0]) and bool(first) \
            and not _people_noun(first[0]) and sa == _sentence_for(self.article, sa).start

    def _aged_newcomer(self, mention: str, age: str, a: int, b: int):
        """'Jo Doe, a night nurse, has worked ... / "...," the 41-year-old said': an age alone closing a quotation,
        an age the story gives no one ("Jo Doe, 41,", "a 41-year-old man"), stands for the one person named in the
        sentence before the quotation (:meth:`_described_newcomer`), whether or not that person has spoken: the
        age is first told there, not a speaker further back.  Else None."""
        if not _DEFINITE_AGE.fullmatch(mention.strip().lower()) or not self._closes_quotation(a) \
                or any(age in ages for ages in self._story_ages().values()) \
                or self._unnamed_of_age(age):
            return None
        return self._described_newcomer(mention, a, b, bare_age=True)

    def _described_newcomer(self, mention: str, a: int, b: int, bare_age: bool = False):
        """'Tom Roe, 47, said ... / "...," the 47-year-old said', 'Mam Doe, 71, said ... / "...," the old man said':
        a definite description of a person (the quotation's speaker) stands for the one person
        named, outside quotations, in the sentence before the quotation's or in its own before the description,
        when it fits that person (:meth:`_fits_newcomer`) and nothing tells against it: another sex, another age,
        a role of another trade ("Jo Doe, the striker, ... the midfielder added"), someone else brought in ("a
        driver"), a sentence that asks not to be named; a firm's noun alone ("the miner said") is no person, nor a
        head that names no person (:func:`_person_noun_like`: "the time", "the clip to YouTube").  Else None."""
        words = mention.strip().lower().split()
        head = words[-1]
        if not bare_age and not _newcomer_description(words):
            return None
        sent = self._run_opening(self._quotation_opening(a))
        if sent.sentence_id == 0 or _NOT_NAMED.search(self.text, sent.start, _sentence_for(self.article, a).end):
            return None
        lo = self._newcomer_reach(sent.sentence_id - 1)
        named = self._named_between(lo, a, bare_age)
        subjects = [x for x in named if self._is_subject(x[0])] if bare_age else []
        if len({n for _sa, _sb, n in named}) > 1 and len(subjects) == 1 \
                and all(x == subjects[0] or _ASIDE_SO_FAR.fullmatch(self.text, subjects[0][1], x[0]) for x in named):
            named = subjects  # ("Jo Doe, no relation to Ann, has worked there for 19 years. / "...," said the
            # 41-year-old": the subject, the other name in an aside after hers; not "Tom Reed met Jane Roe")
        if len({n for _sa, _sb, n in named}) != 1 or any(_POSSESSIVE_AT.match(self.text, sb) for _sa, sb, _n in named):
            return None
        at, end, canon = named[0]
        if bare_age and (not (self._is_subject(at) or _AGENT_BY.search(self.text, max(0, at - 4), at))
                         or self._age_in_doubt(at, end, canon, lo)):
            return None  # ('He said Mayor Jo Doe had never come. "...," the 58-year-old said': he, not Jo Doe)
        s = self.sources.get(canon)
        sex, known = _HEAD_SEX.get(head), self._sex_before(canon, a)
        if s and (s.kind != "person" or s.source_type != "named") or sex and known and sex != known \
                or self._brought_in_since(at, end, a):
            return None
        role = self._role_words(at, end)
        trades = {w for w in role if w in _PERSON_HEADS or _TRADE_FORM.fullmatch(w)}
        ages = {int(w.split("-")[0]) for w in role if _YEAR_OLD.fullmatch(w)}
        own = {int(w.split("-")[0]) for w in words if _YEAR_OLD.fullmatch(w)}
        if trades - set(words) and not bare_age or own and ages and not own & ages:
            return None  # (an age alone names no trade: "Jo Doe, a night nurse, ... the 41-year-old said")
        if bare_age:
            return self._source_of(canon)
        befallen = _BEFALLEN.search(self.text, end, _sentence_for(self.article, at).end)
        if sent.sentence_id != self._quotation_opening(a).sentence_id:  # (closing a run of paragraphs, the person must be told speaking
            # before the run, its own opening paragraph perhaps given to them already; no one else holding the noun)
            fits = self._speaks_next(end, sent.start) and not befallen and self._ages_fit(words, ages) \
                and not self._other_holder(head, canon)
        else:
            fits = self._fits_newcomer(words, canon, ages, a, not befallen) or not befallen and (
                _does_the_trade(self.text, head, end) or set(words[1:]) <= role or _apposed_noun(self.text, end,
                                                                                                 words[1:]))
            # (the person's own role's words: "Jo Doe, 47, a bus driver, ... the bus driver"; not "Sen. Jo Doe ...
            # the Texas senator", a place never given)
        return self._source_of(canon) if fits else None

    def _ages_fit(self, words: list[str], ages: set) -> bool:
        """The description's age words ("young", "old") fit the ages given with the name, if any."""
        told = [_AGE_ADJECTIVES[w] for w in words if w in _AGE_ADJECTIVES]
        return all(lo <= age <= hi for lo, hi in told for age in ages)

    def _other_holder(self, head: str, canon: str) -> bool:
        """Someone other than ``canon`` holds the title or role ``head`` in the story ("Detective Sergeant Ann Roe"
        for "the detective")."""
        holders, local = self._current_holders(head)
        return bool((holders | local) - {canon})

    def _speaks_next(self, end: int, stop: int) -> bool:
        """The person named just before ``end`` speaks next, before ``stop``: their own verb of saying after the name
        and an appositive ("Jo Doe, 77, whom everyone called "Doc," said he ..."), or in the next sentence a he or
        she opening it, after an opening phrase perhaps, with that verb ("... wept. Outside the court, she said")."""
        for c in [end] + [m.end() for m in _APPOSITIVE_COMMA.finditer(self.text, end, min(stop, end + 140))]:
            m = _OWN_VERB_AFTER.match(self.text, c, stop)
            if m and _is_cue(m.group(1)):
                return True  # (the verb right after the name or after a comma closing its appositive)
        p = _PRONOUN_VERB.match(self.text, _sentence_for(self.article, end).end, stop)
        return bool(p) and _is_cue(p.group(1))

    def _run_opening(self, sent):
        """The first sentence of a quotation left open over paragraphs that ends in the paragraph of ``sent`` (its
        opening paragraph: the one before it opens with a quotation mark and its quotation runs to its end), else
        ``sent``."""
        paras = self.article.paragraphs
        pid = sent.paragraph_id
        while pid > 0 and self.text[paras[pid].start:paras[pid].start + 1] in _OPEN_QUOTE_MARKS \
                and self.text[paras[pid - 1].start:paras[pid - 1].start + 1] in _OPEN_QUOTE_MARKS \
                and self.quoted.inside(paras[pid - 1].end - 1):
            pid -= 1
        return sent if pid == sent.paragraph_id else _sentence_for(self.article, paras[pid].start + 1)

    def _named_next(self, mention: str, a: int, hit):
        """'A skipper who has fished here for 30 summers stood on the dock. / "...," he said. / Jo Doe, 58, of Kelby,
        said ...': a feature quotes someone unnamed first and names them in the next sentence (after any further
        quotation of theirs).  A person new to the story named at that sentence's opening, with an age or "is"
        after the name or after a definite noun for a person ("The speaker, Jo Doe,", "The mother is Jo Doe"),
        stands for an indefinite description of a person ("one woman who ...") when a definite noun takes it up
        before the name ("The witness, Jo Doe,"), or for a he/she closing the quotation whose own antecedent is no
        one named nearby (none named since the sentence before the quotation, and, if the backward reading gives a
        named person or an unnamed official, someone unnamed brought in since: "a pensioner"), when the sexes
        agree; not for an unnamed witness the
        story described (a review's near misses: the person named next is as often someone new: "A shopkeeper said
        ... / Jo Doe, 70, is the town's mayor", "one protester said ... / Jo Doe, 43, a spokesman, said"), but for a
        scene's description opening its paragraph ("The old man at the tiller ... he says") or one telling an age
        ("An elderly man in a green shirt"), when no role follows the age and the age fits ("Jo Doe, 71,").  Else
        None (not after a wish not to be named: 'one man, who would not give his name')."""
        low, lede = mention.strip().lower(), False
        if low in ("he", "she") and self._closes_quotation(a) \
                and (not hit or hit[1] == "anonymous" or self._unnamed_before(a, True)) \
                and (same := self._renamed_next(a, low, hit[0] if hit and hit[1] == "anonymous" else None)):
            want, explicit = ("m" if low == "he" else "f"), same
        elif _DEFINITE_AGE.fullmatch(low) and self._closes_quotation(a) and (same := self._renamed_next(a, "", None)):
            want, explicit = None, same  # ('A retired schoolteacher ... / "...," the 74-year-old told the judge. /
            # The teacher, Jo Doe, ...': an age alone, renamed as a pronoun is)
        elif low in ("he", "she"):
            role = bool(hit and hit[1] == "anonymous" and _BEFORE_OF_PHRASE.split(hit[0].lower(), 1)[0].split()[-1]
                        in _GENERIC_HEADS)  # ("an official": one who speaks unnamed, as "he" may go on to)
            lede = bool(hit and hit[1] == "anonymous") and (self._opens_paragraph_described(hit[0], a)
                                                            or _told_ages(hit[0]) != [])
            if not self._closes_quotation(a) or hit and hit[1] == "anonymous" and not role and not lede \
                    or not self._unnamed_before(a, bool(hit and hit[1] == "named") or role and not lede):
                return None  # (not after an unnamed witness described: "A shopkeeper said ... "...," he said. /
                # Jo Doe, 70, is the town's mayor": as often someone new as the witness named)
            want, explicit = ("m" if low == "he" else "f"), False
        elif low.split()[:1] and low.split()[0] in ("a", "an", "one", "the") and hit and hit[1] == "anonymous" \
                and (named := self._named_after_who(mention.strip(), a) or self._told_next(a, hit[0])
                     or self._told_after_description(mention.strip(), a, hit[0])):
            return named  # ("A former prop who has played here since 1979 said he was "...". / Jo Doe, 61, said")
        elif low.split()[:1] and low.split()[0] in ("a", "an", "one") \
                and (head := _BEFORE_OF_PHRASE.split(hit[0].lower(), 1)[0].split()[-1]) not in _GENERIC_HEADS:
            # (not "a spokesman for the firm", "an official": a role that speaks unnamed, seldom named after)
            want, explicit = _HEAD_SEX.get(head), head  # ("A labourer ... said ... / The labourer, Jo Doe, 34,")
        elif (owned := _BODY_ROLE_DESCRIPTION.match(mention.strip())) and owned.group(1).lower() in _PERSON_HEADS:
            return self._named_after_body_role(a, _HEAD_SEX.get(owned.group(1).lower()))
        else:
            return None
        sent = _sentence_for(self.article, a)
        if _NOT_NAMED.search(self.text, sent.start, sent.end):
            return None
        named = self._named_at_next(sent.sentence_id, bool(explicit), also=explicit if isinstance(explicit, str)
                                    else None)
        if named is None or lede and _AGE_THEN_ROLE.match(self.text, named[1]):
            return None  # (after a scene's unnamed man, not "Jo Doe, 45, the village head, says": someone else)
        if lede and (told := _told_ages(hit[0])):
            age = _AGE_AFTER_NAME.match(self.text, named[1])
            years = int(age.group(1) or age.group(2)) if age else None
            if years is None or not all(lo <= years <= hi for lo, hi in told):
                return None  # ('An elderly man ... "...," he said. / Jo Doe, 71, summed up ...': the age must fit)
        at, end, canon = named
        sex = self._sex_before(canon, _sentence_for(self.article, at).end)
        hon = _HONORIFIC.match(self.text, at)
        sex = _ADDRESS_SEX[hon.group(1)] if hon else sex
        return None if want and sex and sex != want else self._source_of(canon)

    def _told_next(self, a: int, described: str):
        """'A woman who runs an antiques shop ... asked the council to "...". / She is Jo Doe, whose family ...': a
        person described, unnamed, is the one the next sentence outside quotation marks (after at most four that
        open inside them: '"...," the grower said. "..." / He is Jo Doe') tells a he or she to be, when the sexes
        agree (:meth:`_told_person`) and the sentence tells no death ("He was Jo Doe, who was buried on Tuesday":
        the one spoken of); else None."""
        sents = self.article.sentences
        first = j = _sentence_for(self.article, a).sentence_id + 1
        while j < len(sents) and j <= first + 3 and self._in_quotation(sents[j].start):
            if _OWN_KIN_QUOTED.search(self.text, sents[j].start, sents[j].end):
                return None  # ('"My son runs the farm now." / He is Jo Doe, 30': perhaps the son)
            j += 1
        m = _PRONOUN_TOLD.match(self.text, sents[j].start) if j < len(sents) else None
        if m is None or self._in_quotation(sents[j].start) or (told := self._told_person(m.end(1))) is None \
                or _DEATH_TOLD.search(self.text, told[1], sents[j].end):
            return None
        want = _HEAD_SEX.get(_BEFORE_OF_PHRASE.split(described.lower(), 1)[0].split()[-1])
        return None if want and want != {"He": "m", "She": "f"}.get(m.group(1), want) else \
            self.resolve(self.text[told[0]:told[1]], *told)

    def _told_after_description(self, mention: str, a: int, described: str):
        """'A rancher in a straw hat was loading his pickup. / "...," he said. / He is Jo Doe, 58. / "...," the rancher
        said': "the" and a noun at ``a`` take up the latest "a" or "an" and that noun before it (outside quotations,
        within ``_DESCRIPTION_REACH`` characters), whom the sentence after it names (:meth:`_told_next`); else None."""
        words = mention.split()
        if len(words) != 2 or words[0].lower() != "the":
            return None
        pattern = _rx(rf"\b[Aa]n?\s+(?:[\w’'-]+\s+){{0,2}}{re.escape(words[1])}\b")
        found = [m for m in pattern.finditer(self.text, max(0, a - _DESCRIPTION_REACH), a)
                 if not self.quoted.inside(m.start())]
        return self._told_next(found[-1].start(), described) if found else None

    def _opens_paragraph_described(self, described: str, a: int) -> bool:
        """The paragraph of ``a`` opens with "The" and the description ``described`` ("The old man at the tiller cuts
        the engine ... "...," he says"): a feature's scene setting that the next sentence names."""
        para = self.article.paragraphs[_sentence_for(self.article, a).paragraph_id]
        return self.text.startswith(f"The {described}", para.start)

    def _named_after_body_role(self, a: int, want: str | None):
        """'The company's managing director, a former miner, called the deal "...". / Jo Doe, known across the
        state as "Dusty", told reporters ...': a body's one holder of a role, described and quoted unnamed, is the
        person new to the story whose name opens the next sentence, with no role of its own, when "known" or
        "nicknamed" follows the name; else None (not "Jo Doe, an analyst, said", nor "Jo Doe said ...": as often
        someone else, a review found)."""
        sid = _sentence_for(self.article, a).sentence_id
        if _NOT_NAMED.search(self.text, self.article.sentences[sid].start, self.article.sentences[sid].end):
            return None
        named = self._named_at_next(sid, loose=True)
        if named is None or not _NAMED_THEN_KNOWN.match(self.text, named[1]):
            return None
        sex = self._sex_before(named[2], _sentence_for(self.article, named[0]).end)
        return None if want and sex and sex != want else self._source_of(named[2])

    def _named_after_who(self, mention: str, a: int):
        """'A former prop who has played at the park since 1979 said he was "...". / Jo Doe, known as "Stumpy",
        said ...': a person described with an indefinite article and a relative clause of their own story ("a former
        miner who has worked there since ..."), at ``a`` or taken up later by "the" and the same words ("... the
        former miner said"), is the person new to the story whose name opens the next sentence, an age or "known"
        after it and no role (nor a relative clause of one: "Jo Doe, 63, who chairs the council, said"), or a relative
        clause doing the description's trade ("A creel fisherman who ... said ... / Jo Doe, who fishes 600 creels out
        of Kelby, said"), who speaks there; else None (not after a wish not to be named)."""
        words = mention.split()
        described = re.escape(' '.join(words[1:]))
        if words[1:2] and words[1].lower() in ("former", "retired"):  # ("a retired shepherd who ..." taken up as
            described = rf"(?:former|retired)\s+{re.escape(' '.join(words[2:]))}"  # "the former shepherd")
        pattern = rf"\b(?:an?|An?|one|One)\s+{described}\s+who\b"
        if words[0].lower() == "the":  # (the description brought in within _DESCRIPTION_REACH characters before)
            lo = max(0, a - _DESCRIPTION_REACH)
            found = [m for m in re.compile(pattern).finditer(self.text, lo, a) if not self.quoted.inside(m.start())]
            at = found[-1].start() if found else None
        else:
            at = a if re.compile(pattern).match(self.text, a) else None
        if at is None:
            return None
        sent = _sentence_for(self.article, at)
        if _NOT_NAMED.search(self.text, sent.start, sent.end) or sent.sentence_id + 1 >= len(self.article.sentences):
            return None
        nxt = self.article.sentences[sent.sentence_id + 1]
        named = [n for n in self._named_between(nxt.start, nxt.end, False) if n[0] == nxt.start]
        if not named or self._in_quotation(nxt.start):
            return None
        start, end, canon = named[0]
        said = cue.start() if (cue := _SAID_OR_CALLED.search(self.text, end, nxt.end)) else nxt.end
        trade = _trade_of_head(words[-1], _WHO_DOES.match(self.text, end))
        if not (_AGE_AFTER_NAME.match(self.text, end) or _NAMED_THEN_KNOWN.match(self.text, end) or trade) \
                or _AGE_THEN_ROLE.match(self.text, end) or said == nxt.end \
                or not trade and _WHO_HOLDS.search(self.text, end, said) \
                or any(sa < start for e in entities(self.article) if e.kind == "person" and e.name == canon
                       for sa, _sb in e.spans):
            return None
        return self._source_of(canon)

    def _renamed_next(self, a: int, pronoun: str, described: str) -> str | bool:
        """'A grey-haired woman held up her slips. / "...," she said. / The woman, Jo Doe, 56, farms ...': the he
        or she closing the quotation at ``a`` goes back to a person described, unnamed (``described``, the speaker
        so described, or one brought in as "a ... woman" within three sentences before the quotation), and
        the next sentence not in quotation marks names them: it opens with the description's own head noun and a
        comma ("The woman, ", "The chairman, ": that noun, for :meth:`_named_at_next`) or with the same pronoun and
        "is" ("He is Jo Doe, known ..."); else False."""
        sents = self.article.sentences
        j = _sentence_for(self.article, a).sentence_id + 1
        while j < len(sents) and self._in_quotation(sents[j].start):
            j += 1
        lead = _RENAMING_NOUN.match(self.text, sents[j].start) if j < len(sents) else None
        if lead is None:
            return False
        lo = self.article.sentences[max(0, self._quotation_opening(a).sentence_id - 3)].start
        unnamed = [m.end() for m in _NOT_NAMED.finditer(self.text, lo, a)]
        same_head = bool(described) and _BEFORE_OF_PHRASE.split(described.lower(), 1)[0].split()[-1] == lead.group(1)
        if unnamed and (lead.group("pron") or lead.group("poss") or same_head):
            return False  # ("a nurse who asked not to be named ... / The nurse, Jo Doe, 29,": someone else)
        lo = unnamed[-1] if unnamed else lo  # (but one brought in after her: "One manager, who did not want to be
        # named, said ... / A crane driver ... / '...,' he said. / The driver, Jo Doe,")
        if lead.group("poss") and (j != _sentence_for(self.article, a).sentence_id + 1
                                   or self._possessed_person_in(sents[j - 1])):
            return False  # ('..., said a man holding a picture of his brother. His name is Jo Doe': the brother)
        if lead.group("pron") or lead.group("poss"):  # (not when the quotation speaks of someone by that pronoun:
            # '"She never went home," she said. / She was Dr Jo Doe': the one spoken of)
            said = self.text[self._quotation_opening(a).start:a]
            own = (lead.group("pron") or {"Her": "she", "His": "he"}[lead.group("poss")]).lower()
            return own == pronoun and not re.search(_THIRD_PERSON[pronoun], said)
        if not lead.group(1) or not lead.group(0).rstrip().endswith(","):
            return False
        if same_head:
            return lead.group(1)
        return lead.group(1) if any(not self.quoted.inside(m.start()) and not _UNDERGOES.match(self.text, m.start(1))
                                    and self._takes_up(_phrase_head_words(m.group(1)), lead.group(1),
                                                       self.text[m.start():_sentence_for(self.article, m.start()).end],
                                                       lead.group(0).rstrip(", "))
                                    for m in _SOMEONE_NEW.finditer(self.text, lo, a)) else False

    @staticmethod
    def _takes_up(words: list[str], noun: str, told: str = "", lead: str = "") -> bool:
        """The definite ``noun`` takes up a person brought in as "a/one ``words``": the same noun among the words
        ("a former loom fitter", "The fitter,"; a compound ending in it, "a retired schoolteacher", "The teacher,"),
        any noun for a person after a noun of ``renaming_any_nouns`` ("a winch operator", "The worker,"), or a noun
        no title after one of them when the lead's own modifier is a word of the description ``told`` (the caller
        wants a person's name after it: "A woman who runs kayak trips", "The kayak guide, Jo Doe,"; not "A woman who
        sells fish at the market ... / The market manager, Jo Doe," nor "The judge, Jo Doe,": an office's holder), or
        one that names the doer of a verb of the description ("A woman who has trapped muskrat ...", "The trapper,
        Jo Doe,")."""
        if noun in _RENAMING_ANY:
            return any(_person_noun_like(w) or _AGENT_NOUN.fullmatch(w) for w in words)
        if any(w == noun or len(noun) > 4 and w.endswith(noun) for w in words):
            return True
        told_words = set(re.findall(r"[a-z]+", told.lower()))
        stem = noun[:-2] if noun.endswith("er") and len(noun) > 5 else ""
        does = bool(stem) and any(w.startswith(stem) and w.endswith(("ed", "ing", "s")) and w != noun + "s"
                                  for w in told_words)
        shared = set(lead.lower().split()[1:-1]) & told_words
        return bool(_RENAMING_ANY & set(words)) and (bool(shared) or does) and not _is_title(noun)

    def _named_at_next(self, sid: int, explicit: bool = False, loose: bool = False, also: str | None = None):
        """(start, end, name) of the person named first in the story at the opening of the first sentence after
        ``sid`` that opens with no quotation mark (at most two such quotations skipped), followed by an age
        (", 58,") or "is"/"was" and an age or an article, or named after a definite noun for a person ("The
        witness, Jo Doe", "The mother is Jo Doe"; only so with ``explicit``; a noun before a comma is one of
        ``renaming_nouns`` or ``also``, the head of the description taken up, or takes it up: "a nurse", "The
        woman,"); with ``loose``, whatever follows the
        name and whatever the sentence's verb (the caller checks what follows); else None."""
        sents = self.article.sentences
        j = sid + 1
        while j < len(sents) and j <= sid + 3 and (self._in_quotation(sents[j].start) or self._in_byline(sents[j].start)):
            j += 1  # (and a byline between a deck and the story's opening: "By Jane Doe")
        if j >= len(sents) or self._in_quotation(sents[j].start):
            return None
        nxt = sents[j]
        lead = _RENAMING_NOUN.match(self.text, nxt.start)
        noun = lead and (lead.group(1) or lead.group(2))
        if lead and noun and noun != also and not (_person_noun_like(noun) or _AGENT_NOUN.fullmatch(noun)) \
                or lead and lead.group(1) and lead.group(0).rstrip().endswith(",") and noun not in _RENAMING_NOUNS \
                and noun != also and not (also and self._takes_up([also], noun)):
            return None  # ("The witness, Jo Doe,"; not "The landlord, Jo Doe," nor "The victim, Jo Doe,": someone
            # else the story brings in)
        if explicit and not lead or lead and lead.group("poss") and self._possessed_person_in(sents[j - 1]):
            return None  # ('..., clutching a photograph of her daughter. Her name is Jo Doe': the daughter's)
        at = lead.end() if lead else nxt.start
        title = _TITLE_WORD_AT.match(self.text, at)
        hon = _HONORIFIC.match(self.text, at) or (title if title and _is_title(title.group(1)) else None)
        name_at = _OPT_SPACES.match(self.text, hon.end()).end() if hon else at  # ("The witness, Mrs Jo Doe,", "He
        # was Rev. Jo Doe")
        named = [n for n in self._named_between(at, nxt.end, False) if n[0] in (at, name_at)]
        if not named or self.quoted.inside(at):
            return None
        _sa, end, canon = named[0]
        if _POSSESSIVE_AT.match(self.text, end):
            return None  # ("He was Rev. Jo Doe's grandson": someone else's name)
        if not lead and not loose and not _AGE_OR_IS_AFTER.match(self.text, end) or canon in self.sources \
                or not loose and not (lead and lead.group("pron")) \
                and _PAST_PASSIVE.search(self.text, end, _said_at(self.text, end, nxt.end)) \
                or any(sa < at for e in entities(self.article) if e.kind == "person" and _after_titles(e.name) == canon
                       for sa, _sb in e.spans):
            return None
        return named[0]

    def _possessed_person_in(self, sent) -> bool:
        """``sent`` names a person by a possessive and a person's noun outside quotations ("a picture of his
        brother", "her eldest daughter"): whom a "His name is"/"Her name is" after it names."""
        return any(_person_noun_like(m.group(1)) or m.group(2) and _person_noun_like(m.group(2))
                   for m in _POSSESSED_NOUN.finditer(self.text, sent.start, sent.end)
                   if not self.quoted.inside(m.start()))

    def _in_quotation(self, at: int) -> bool:
        """The sentence opening at ``at`` opens with a quotation mark or inside a quotation."""
        return self.text[at] in _OPEN_QUOTE_MARKS or self.quoted.inside(at)

    def _unnamed_before(self, a: int, named_hit: bool) -> bool:
        """No person is named outside quotations from the sentence before the quotation that the he/she at ``a``
        closes; and with ``named_hit`` (the pronoun would go back to someone named, or to an unnamed official) an
        indefinite description of a person, no official's ("A pensioner from Kelby held up ...", not "A spokesman
        ..."), opening its clause, is brought in within three sentences before the quotation, after the last person
        named."""
        sid = self._quotation_opening(a).sentence_id
        sents = self.article.sentences
        if self._named_between(sents[max(0, sid - 1)].start, a, False):
            return False
        if not named_hit:
            return True
        lo = sents[max(0, sid - 3)].start
        last = max((sb for _sa, sb, _n in self._named_between(lo, a, False)), default=lo)
        return any(not self.quoted.inside(m.start())
                   and (self._opens_clause(m.start()) or self._presented_at(m.start()))
                   and not set(m.group(1).lower().split()) & _GENERIC_HEADS
                   and (m.group(1).lower().startswith("of ")  # ("One of them still remembers ...")
                        or any(_person_noun_like(w) or _AGENT_NOUN.fullmatch(w)
                               for w in _phrase_head_words(m.group(1))))
                   for m in _SOMEONE_NEW.finditer(self.text, last, a))

    def _presented_at(self, at: int) -> bool:
        """The words at ``at`` follow a fronted place or "There" and a verb of being or standing that opens their
        sentence ("Among them was a lasher who ...", "Near the gate stood a woman", "There was one man"): the
        subject, brought in after its verb."""
        start = _sentence_for(self.article, at).start
        return _PRESENTING.fullmatch(self.text, start, at) is not None

    def _opens_clause(self, at: int) -> bool:
        """The words at ``at`` open their sentence, or follow only an opening phrase and its comma ("Outside the
        bank this morning, a pensioner ..."): a subject, not an appositive or a predicate ("Jo Doe, a minister",
        "she was a regular")."""
        start = _sentence_for(self.article, at).start
        before = self.text[start:at]
        return not before.strip() or before.rstrip().endswith(",") and before.count(",") == 1 \
            and not _IS_WORD.search(before)

    def _newcomer_reach(self, sid: int) -> int:
        """Where the person a description may stand for is looked for: the sentence ``sid`` before the quotation,
        or the one before it in its paragraph when ``sid`` opens with "He" or "She" (that sentence goes on about
        the person named before it: "Jo Doe, a diver, came back. He returned last year. '...,' the 29-year-old
        said")."""
        sents = self.article.sentences
        sent = sents[sid]
        if sid > 0 and _PRONOUN_VERB.match(self.text, sent.start, sent.end) \
                and sents[sid - 1].paragraph_id == sent.paragraph_id:
            return sents[sid - 1].start
        return sent.start

    def _age_in_doubt(self, at: int, end: int, canon: str, lo: int) -> bool:
        """An age alone may stand for someone else than the person named at [at, end): that person holds a title
        or an office before the name ("Governor Jo Doe ordered ...": an official the story is about, seldom the
        one whose age it tells), or another person, not yet a speaker, is named in the same or the previous
        paragraph before ``lo`` ("Ann Roe has sold fish here for years. / Mayor Jo Doe closed the market. /
        '...,' the 52-year-old said": Ann Roe as well may be meant)."""
        lead = self.text[max(_sentence_for(self.article, at).start, at - 24):at].split()[-2:]
        if any(_is_title(w) for w in self.text[at:end].split()[:1] + lead):
            return True  # (the title inside the name's span, or just before it in its sentence)
        pid = _sentence_for(self.article, lo).paragraph_id
        start = self.article.paragraphs[max(0, pid - 1)].start
        return any(_after_titles(e.name) != canon and _after_titles(e.name) not in self.sources
                   for e in entities(self.article) if e.kind == "person"
                   for sa, _sb in e.spans if start <= sa < lo and not self.quoted.inside(sa))

    def _named_between(self, lo: int, a: int, read: bool) -> list:
        """(start, end, name) of the persons the mention layer names in text[lo:a], outside quotations; with
        ``read`` and none, those this resolver reads as persons' names there (the layer may take "Jo Doe, a crane
        operator," for a firm)."""
        named = sorted((sa, sb, _after_titles(e.name)) for e in entities(self.article) if e.kind == "person"
                       for sa, sb in e.spans if lo <= sa < a and not self.quoted.inside(sa))
        if named or not read:
            return named
        return [(at, _CAP_RUN.match(self.text, at).end(), canon) for at, canon, _p in self.person_mentions_before(a, lo)]

    def _quotation_opening(self, a: int):
        """The sentence the quotation before the speaker mention at ``a`` opens in (:meth:`_quotation_sentence`),
        also when the words after it are split off as a sentence of their own ('"... only our boats. Who will buy
        the catch?" the old trawlerman asked': the sentence of "... only our boats.")."""
        sent = self.article.sentences[self._quotation_sentence(a)]
        while sent.sentence_id > 0 and self.text[sent.start:sent.start + 1].islower() \
                and self.quoted.inside(self.article.sentences[sent.sentence_id - 1].end - 2):
            sent = self.article.sentences[self._quotation_sentence(self.article.sentences[sent.sentence_id - 1].start)]
        return sent

    def _brought_in_since(self, at: int, end: int, a: int) -> bool:
        """Someone unnamed is brought in from the sentence of the name at [at, end) to ``a`` ("a driver", "one
        engineer", "a man"), outside quotations and not in apposition to that name ("Jo Doe, a driver,"), or that
        sentence asks not to be named."""
        sent = _sentence_for(self.article, at)
        return bool(_NOT_NAMED.search(self.text, sent.start, sent.end)) \
            or any(not self.quoted.inside(m.start()) and not _APPOSED_AT.fullmatch(self.text, end, m.start())
                   and any(w in _PERSON_HEADS or w in _HEAD_SEX for w in m.groups())
                   for m in _NEWCOMER_NOUN.finditer(self.text, sent.start, a))

    def _fits_newcomer(self, words: list[str], canon: str, ages: set, a: int, unharmed: bool = False) -> bool:
        """The description ``words`` fits the person ``canon``, of the ages ``ages`` given with the name: its own
        age is the person's ("Jo Doe, 58, ... the 58-year-old"), or its age words ("old", "young") all fit the
        person's age and the person has spoken before ``a`` or (``unharmed``) nothing befell them there ('Mam Doe,
        71, said ... / "...," the old man said', "Jo Doe is 84. / '...,' said the old fisherman"; not 'Jo Doe, 24, died
        at the scene. "...," the young man said', nor "the young driver" for an 82-year-old)."""
        own = {int(w.split("-")[0]) for w in words if _YEAR_OLD.fullmatch(w)}
        if own & ages:
            return True
        told = _told_ages(" ".join(words))
        return bool(told and ages) and all(lo <= age <= hi for lo, hi in told for age in ages) \
            and (unharmed or self._has_spoken(canon, a))

    def _has_spoken(self, canon: str, a: int) -> bool:
        """The person ``canon`` has spoken before ``a``: a quotation's speaker, or named outside quotations right
        before a verb of saying ("Jo Doe, 71, said his pension ...", "Jo Doe has told reporters")."""
        return any(c == canon for o, c in self.history if o < a) or any(
            (m := _SPEAKS_AFTER_NAME.match(self.text, sb)) and _is_cue(m.group(1))
            for e in entities(self.article) if e.kind == "person" and _after_titles(e.name) == canon
            for sa, sb in e.spans if sa < a and not self.quoted.inside(sa))

    def _appositive_holder(self, description: str, name: str) -> bool:
        """``name``, resolved for the description before an appositive ("The chancellor, a former trade unionist,
        said"), is whom it stands for: the description is an age ("the 54-year-old"), or its head is a title the
        story writes with that one person and no other ("Chancellor Jo Doe"; not "the suspect" resolved to the
        detective, "the president" of a story with two, nor a possessive "the bank's spokesman")."""
        words = description.lower().split()
        if _YEAR_OLD.fullmatch(words[-1]):
            return True
        held = None if _POSSESSIVE_AT.search(description) else self._holder_of(words[-1])
        return bool(held) and _after_titles(held[0]) == name

    def _aged_last_speaker(self, mention: str, age: str, a: int):
        """'"...," Jo Doe said. / The 58-year-old former prosecutor, now in her second term, told ...': a definite
        description with an age stands for the latest named person who spoke a few sentences back when the
        description itself gives a sex ("her second term", "mother of two") and it is that person's, and nothing
        comes between (:meth:`_aged_blocked`); else None.  An age and a noun alone bring in a new person ('"...,"
        manager Tony Doe said. The 21-year-old midfielder said he ...', "The 34-year-old driver told police").
        An age alone closing a quotation ('"...," the 58-year-old said') brings in no one new: it needs no sex, and
        the speaker may have spoken further back (a paragraph about them between, no one else named)."""
        bare = _DEFINITE_AGE.fullmatch(mention.strip().lower()) and self._closes_quotation(a)  # (no noun after it)
        last = self._last_speaker("person", None, {}, a, reach=_AGE_LOOKBACK if bare else _LOOKBACK)
        if last is None or self._aged_blocked(last[0], age, a):
            return None
        if bare:  # (not when a sentence since the last quotation opens with someone else's name, which the mention
            # layer may not have read as a person's, or someone else is brought in by a definite noun)
            return None if self._other_opener_since(last[0], a) or self._definite_other_since(a) else last
        if self._head_met(mention, a):
            return None
        sex = self._sex_before(last[0], a)
        return last if sex and _description_sex(mention) == sex else None

    def _other_opener_since(self, name: str, a: int) -> bool:
        """A sentence between the last quotation before ``a`` and ``a`` opens with a run of two or more capitalised
        words that shares no word with ``name``."""
        off = next((o for o, _c in reversed(self.history) if o < a), 0)
        own = set(name.split())
        return any((m := _CAP_RUN.match(self.text, s.start)) and len(m.group().split()) > 1
                   and not own & set(m.group().split()) and not self.quoted.inside(s.start)
                   for s in self.article.sentences if off < s.start < a)

    def _definite_other_since(self, a: int) -> bool:
        """Since the last quotation before ``a``, outside quotations, another age with "the" ("The 58-year-old taxi
        driver who hit him", "police said the 58-year-old had been arrested") or a sentence whose subject is a
        definite person's noun ("The accused, a former policeman, sat ...", "His widow still runs the bar"): someone
        else brought in, whom an age alone closing a quotation may stand for."""
        off = next((o for o, _c in reversed(self.history) if o < a), 0)
        return any(not self.quoted.inside(m.start()) for m in _rx(r"\b[Tt]he\s+\d{1,3}-years?-old\b").finditer(
            self.text, off + 1, a)) or any(not self.quoted.inside(s.start) and _definite_person_subject(
                self.text[s.start:min(s.end, a)]) for s in self.article.sentences if off < s.start < a)

    def _closes_quotation(self, a: int) -> bool:
        """The mention at ``a`` follows a quotation's closing mark, with only a comma, "?" or "!" between: the
        quotation's closing attribution ('"...," the 58-year-old said')."""
        end = self.quoted.prev_end_before(a, -1)
        return end >= 0 and _CLOSING_GAP.fullmatch(self.text, end, a) is not None

    def _sex_before(self, name: str, a: int) -> str | None:
        """The sex the text gives ``name`` before ``a``: a listed given name or name part of one sex, else a form
        of address, a sexed apposition or the first he/she pronoun after a mention of the name (before ``a``, none
        other named between), when they agree; else None (the description's own "her" is no evidence of it)."""
        first = name.split()[0].lower()
        if first in _GIVEN_GENDER or _sex_of_name_parts(name):
            return _GIVEN_GENDER.get(first) or _sex_of_name_parts(name)
        seen, last_tok = set(), name.split()[-1]
        runs = [r for r in _person_spans(self.text) if r[0] < a]
        for i, (start, end, run) in enumerate(runs):
            if last_tok not in _name_tokens(run):
                continue
            hon = _HONORIFIC.match(run)
            seen.add(_ADDRESS_SEX[hon.group(1)] if hon else _sexed_apposition(self.text, start, end))
            stop = min(runs[i + 1][0] if i + 1 < len(runs) else a, end + 150, a)
            window = _unquoted_window(self.text[end:stop])
            pronoun = next((p for p in _HE_OR_SHE.finditer(window) if not _object_pronoun(window, p)), None)
            if pronoun and _attribution_pronoun(window, pronoun) and _reported_name(self.text, start):
                pronoun = None  # ("Jo Doe said the builder, Kel Roe, had ... ‘...,’ she said": Doe's, not Roe's)
            seen.add(("m" if pronoun.group(1) else "f") if pronoun else None)
        seen.discard(None)
        return seen.pop() if len(seen) == 1 else None

    def _aged_blocked(self, name: str, age: str, a: int) -> bool:
        """Someone else may bear the age before ``a``: no speaker in the last few quotations, "a 58-year-old"
        written anywhere, another age given to ``name``, another person named or "a man"/"a driver" brought in
        since the last quotation."""
        off = next((o for o, c in reversed(self.history[-5:]) if o < a), None)
        return off is None or bool(_rx(rf"\b[Aa]n? {age}-year-old\b").search(self.text)) \
            or bool(self._other_age(name, [f"{age}-year-old"], a)) \
            or any(c[1] != name for c in self.person_mentions_before(a, off + 1)) \
            or bool(self._indefinite_people(off, a))

    def _head_met(self, mention: str, a: int) -> bool:
        """The description's head noun is missing, sexed or generic, or met before ``a`` outside quotations ("a
        driver ... the 19-year-old driver told police": that driver)."""
        head = re.findall(r"[a-z]+", _head_phrase(mention).lower())[-1:]
        return not head or head[0] in _HEAD_SEX or head[0] in _GENERIC_HEADS \
            or any(not self.quoted.inside(m.start()) for m in _rx(rf"\b{head[0]}\b", re.I).finditer(self.text, 0, a))

    def _by_age(self, age: str, hit, mention: str):
        """'Craig Smith, 41, ... Joan Walsh, 82, ... "...," the 41-year-old builder said': ``hit`` when it names a
        person the story gives that age; else the one person the story gives that age, when no one of that age goes
        unnamed ("a 33-year-old man", "A driver, 19,"); else the description, unnamed, when ``hit`` is a person given
        another age and someone of that age goes unnamed; else ``hit`` (a later age: "Jo Doe, 55, ... now 56")."""
        named = hit and hit[1] == "named"
        if named and age in self._story_ages().get(hit[0], ()):
            return hit  # (a person the story gives that age: "Jo Doe, a 22-year-old apprentice")
        same = [name for name, ages in self._story_ages().items() if ages == {age}]
        unnamed = self._unnamed_of_age(age)
        if len(same) == 1 and not unnamed:
            return self._holder_source(same[0])  # (not when someone of that age goes unnamed: "a 33-year-old man")
        return _describe(mention, self.text) if named and hit[0] in self._story_ages() and unnamed else hit

    def _unnamed_of_age(self, age: str) -> bool:
        """Whether the story gives that age to someone it does not name ("a 33-year-old man", "A driver, 19,",
        "a cyclist aged 19")."""
        return bool(_rx(rf"\b[Aa]n? (?:{age}-year-old\b|[a-z]+(?:, | aged ){age}\b)").search(self.text))

    def _story_ages(self) -> dict:
        """Person's name -> the ages the story gives with the name ("Jo Doe, 45,", "81-year-old Jo Doe")."""
        if self._ages is None:
            self._ages = {}
            for e in entities(self.article):
                for sa, sb in e.spans if e.kind == "person" else ():
                    m = _AGE_AFTER_NAME.match(self.text, sb) or _AGE_BEFORE_NAME.search(self.text, max(0, sa - 16), sa)
                    if m:
                        self._ages.setdefault(_after_titles(e.name), set()).add(m.group(m.lastindex))
        return self._ages

    def _resolve(self, mention: str, a: int, b: int):
        """An aside, a role before a given name, a lone lower-case word, a pronoun; else :meth:`_resolve_phrase`."""
        aside = _MENTION_ASIDE.match(mention)
        if aside:  # "The board, in a brief statement, said": the words before the aside
            return self.resolve(aside.group(1), a, a + aside.end(1))
        if given := self._name_given(mention, b):
            return given
        if mention.split()[:1] and mention.split()[0].lower() in _FREE_RELATIVES:
            return self._free_relative_subject(mention, a, b)
        appos = _DESCRIPTION_APPOSITIVE.match(mention)
        if appos and (hit := self.resolve(appos.group(1), a, a + appos.end(1))) and hit[1] == "named" \
                and hit[3] == "person" and self._appositive_holder(appos.group(1), hit[0]) \
                and (not (sex := _description_sex(mention)) or self._sex_before(hit[0], a) == sex):
            return hit  # "The 61-year-old, a ferry pilot for 30 years, said": whom "the 61-year-old" stands for (the
            # sex an appositive gives, "a mother of five", the text gives that person too)
        hit = self._role_first_name(mention, a)
        if hit:
            return hit
        if named := _POST_NAME_FORM_AFTER.fullmatch(mention.strip()):  # "Jo kishi said": whom the given name names
            at = a + mention.find(named.group(1))
            return self.resolve(named.group(1), at, at + len(named.group(1)))
        low = mention.strip().lower()
        words = re.findall(r"[\w’'\-]+", low)
        if mention.strip() == low and len(words) == 1 and low not in _PRONOUNS and low not in _LONE_SPEAKERS \
                and (not low.endswith("s") or low.endswith("ss")):
            if low.isalpha() and self._in_headline(a) and (hit := self.resolve("the " + low, a, b)) \
                    and (hit[1] == "named" or low in _ORG_NOUNS):
                return hit  # 'chairman calls stake "..."': a headline drops the article of "the chairman" (unnamed
                # yet, a firm's noun stays a description: the firm may repeat the words later)
            if low.isalpha() and self._in_headline(a) and _person_noun_like(low):
                return self._headline_holder(low, words, a)  # ('... and mediator calls talks "..."' in a deck: the
                # person the story names later as the mediator, else no one, never the clause before's subject)
            return None  # "Mr. Doe had at last described ...": a lone lower-case word that names no one
        if low in _PRONOUNS:
            kind = _PRONOUNS[low]
            return self._pronoun(kind, a, low)
        return self._resolve_phrase(mention, low, words, a, b)

    def _resolve_phrase(self, mention: str, low: str, words: list[str], a: int, b: int):
        """A headline noun, a bench, an address, "one of", a headline clause, an office, a month; else _resolve_spokes."""
        if (hit := self._headline_noun(mention, low, words, a, b)) is not None:
            return hit
        if len(words) == 2 and words[0] == "the" and words[1] in _BENCH_OF:
            return self._bench_speaker(words[1], a)
        hit = self._address_age_or_kin(mention, words, a, b)
        if hit:
            return hit
        if _head_phrase(low) in ("one", "another"):  # (a relative clause may follow: "One, who asked not to be named")
            hit = self._one_of(a, _head_phrase(low), _describe(mention, self.text)[2])
            if hit:
                return hit
        clause = _headline_subject(mention.strip()) if len(words) > 2 else None
        if clause and self._in_headline(a) and (hit := self.resolve(clause, a, a + len(clause))) \
                and hit[1] == "named" and hit[3] == "person":
            return hit  # 'Senator Doe quits party, says "..."': the subject of the headline's first verb
        if words and " ".join(words) in _OFFICES and mention[:1].isupper() and self.text[max(0, a - 4):a] == "the ":
            return self.resolve("the " + mention, a - 4, b)  # "with the First Minister, who insisted": the office
        if mention.strip() in _SURNAME_MONTHS and not _month_surname(mention.strip(), self.text):
            return None  # a month, not a surname of someone the article names
        if (head := _APPOSED_BODY_NOUN.match(mention.strip())) \
                and (hit := self._org_noun_speaker(["the", head.group(1).lower()], a)):
            return hit  # ("The company, a subsidiary of Firth Holdings plc, said": the company, not its parent)
        hit = (self._anonymous_before(words, a) if words[:1] == ["the"] else None) \
            or self._org_noun_speaker(words, a) or self._office_of_holder(words, a, b) \
            or self._placed_role_holder(mention, a, b)
        if hit:
            return hit
        return self._resolve_spokes(mention, words, a, b)

    def _placed_role_holder(self, mention: str, a: int, b: int):
        """ "the Vermont senator", "the Selma Democrat", "the Kelby councillor": a place's name the mention layer
        reads as a place or not at all, then a person's noun or a party's word for one member: the person named
        before whom "the senator" stands for, or the last one named with that party, when the story places them
        there too (:meth:`_placed_at`: "Vermont Sen. Jo Doe", "Jo Doe, D-Selma,"); else None."""
        m = _PLACED_ROLE.fullmatch(mention.strip())
        if m is None or not (m.group("head") in _PERSON_HEADS or m.group("head") in _PARTY_MEMBERS) \
                or self._layer_kind(a + m.start("place"), a + m.end("place")) not in (None, "place"):
            return None
        place = m.group("place")
        if m.group("head") in _PARTY_MEMBERS:
            name = self._party_member_before(m.group("head"), place, a)
            return self._source_of(name) if name else None
        hit = self.resolve("the " + m.group("head"), a, b)
        if not hit or hit[1] != "named" or hit[3] != "person":
            return None
        return hit if any(self._placed_at(sa, sb, place) for sa, sb, name in self._people_between(0, a)
                          if name == hit[0] or hit[0] in name) else None

    def _placed_at(self, sa: int, sb: int, place: str) -> bool:
        """The person named at text[sa:sb] is placed in ``place`` there: the place a few title words before the
        name ("Vermont Sen. Jo Doe", "French President Jo Doe") or right after it ("Jo Doe, D-Selma", "Jo Doe
        (R-Kelby)", "Jo Doe of Kelby", "Jo Doe, a Democrat who represents the Southside")."""
        p = re.escape(place)
        return bool(re.search(rf"\b{p}\s+(?:[\w.]+\s+){{0,3}}$", self.text[max(0, sa - 50):sa])
                    or re.match(rf"\s*(?:[,(]\s*(?:[DRI]-)?|\s+of\s+|,\s+(?:an?|the)\s+[^.;:()]{{0,50}}?\b){p}\b",
                                self.text[sb:sb + 90]))

    def _party_member_before(self, member: str, place: str, a: int) -> str | None:
        """The last person named before ``a`` with the party ``member`` tells and placed in ``place``
        (:meth:`_placed_at`): the party's word a few title words before the name ("Republican Sen. Jo Doe") or in
        an apposition right after it ("Jo Doe, a Democrat who"), or its letter and a place right after it ("Jo Doe,
        R-Kelby", "Jo Doe (D-Tarn)"); else None."""
        word = re.escape(member[:6])
        before = re.compile(rf"\b{word}[a-z]*\s+((?:[\w.]+\s+){{0,2}})$")
        after = re.compile(rf"\s*[,(]\s*(?:{member[0]}-[A-Z]|(?:an?|the)\s+(?:[\w\-]+\s+){{0,3}}?{word})")
        for sa, sb, name in reversed(self._people_between(0, a)):
            m = before.search(self.text, max(0, sa - 40), sa)
            if (m and all(w[:1].isupper() or w.endswith(".") or w in _PERSON_HEADS or w in ("presidential", "state")
                          for w in m.group(1).split()) or after.match(self.text, sb)) \
                    and self._placed_at(sa, sb, place):
                return _after_titles(name)  # (a title between: "Republican Sen. Jo Doe", "Democratic presidential
                # candidate Jo Doe"; not a headline's verb: "Republican seeks new Doe inquiry")
        return None

    def _free_relative_subject(self, mention: str, a: int, b: int):
        """A free relative clause read as a mention ('..., offers what it calls a "..."': the verb's object, no
        one): None; but its own subject, no pronoun, when a calling verb follows it ('What the mayor called "a
        modest rise" is ...': the mayor)."""
        lead = re.match(r"\s*\w+\s+", mention)
        rest = mention[lead.end():] if lead else ""
        verb = re.match(r"\s*([a-z]+)", self.text[b:b + 30])
        if not rest.strip() or rest.split()[0].lower() in _PRONOUNS or not verb \
                or verb.group(1) not in _CALLING_FORMS and verb.group(1) not in _NAMING_VERBS:
            return None
        return self.resolve(rest, a + lead.end(), b)

    def _name_given(self, mention: str, b: int):
        """The name an unnamed person gives for themselves, in the mention's relative clause or right after it ("A
        woman who gave her name only as Jo told the hearing", "a diver who gave his name as Kel Roe said"); else None."""
        inside = _GAVE_NAME.search(mention)
        given = inside if inside and inside.end() >= len(mention.rstrip(" ,")) else _GAVE_NAME.match(self.text, b)
        if not given:  # (the cheap test first: most mentions give no name)
            return self._name_told_after(mention, b)
        canon, stype, _, kind = _describe(mention, self.text)
        if stype != "anonymous" or kind != "person" and canon not in ("one", "another"):
            return None
        return given.group(1), "named", mention.strip(), "person"

    def _name_told_after(self, mention: str, b: int):
        """The name a feature tells after quoting a person it described ('..., says the woman on the ladder. "..."
        Her name is Jo Doe.'): "Her/His name is" opening a sentence within the next two after the mention, the
        description of the same sex (a woman, her; a man, his); else None."""
        sents = self.article.sentences
        sid = _sentence_for(self.article, b - 1).sentence_id
        end = sents[min(sid + 2, len(sents) - 1)].end
        told = _NAME_TOLD.search(self.text, b, end)
        if not told or self.quoted.inside(told.start()) or any(
                {w1, w2} & _KIN_OR_PERSON for w1, w2 in _OWN_PERSON.findall(self.text, b - len(mention), sents[sid].end)):
            return None  # ("said a woman, holding a photograph of her sister. Her name is Jo Doe": the sister's)
        between = range(sid + 1, _sentence_for(self.article, told.start()).sentence_id)
        if any(not self.quoted.inside(sents[j].start + 1) for j in between):
            return None  # ("said a mother of two. Her youngest daughter was born here. Her name is Jo": the daughter's)
        stype = _describe(mention, self.text)[1]
        sex = _description_sex(mention)
        if stype != "anonymous" or sex != ("f" if told.group(1) == "Her" else "m"):  # (a sex makes a person)
            return None
        return told.group(2), "named", mention.strip(), "person"

    def _resolve_spokes(self, mention: str, words: list[str], a: int, b: int):
        """A spokesperson for a body or a person, a title; else :meth:`_resolve_described`."""
        spokes = _BODY_SPOKESPERSON.fullmatch(mention.strip())
        lone = _LONE_SPOKESPERSON.fullmatch(mention.strip())
        if spokes and self._in_headline(a) and (hit := self._headline_holder(mention, words, a)):
            return hit  # ('A White House spokeswoman says "..."' in a deck: "White House spokeswoman Jo Doe" later)
        if spokes or lone:  # "a council spokesperson said", "a spokeswoman for Acme Corp": the body speaks
            noun = spokes and (spokes.group("n1") or spokes.group("n2"))
            if noun and (placed := _PLACED_BODY_NOUN.fullmatch(noun)):
                noun = placed.group(1)  # ("a spokeswoman for the Edinburgh company": the company, where it is based)
            body = (noun and self._one_body(noun, a)) or self._spokes_body_before(noun, mention, a)
            if body:  # (a person still: "He added" goes on with the spokesman's words)
                return body, "named", mention.strip(), "person"
        hit = self._title_speaker(mention, words, a) or self._person_spokesperson(mention, a) \
            or self._holder_spokesperson(mention, words, a)
        if hit:
            return hit
        return self._resolve_described(mention, words, a, b)

    def _resolve_described(self, mention: str, words: list[str], a: int, b: int):
        """The mention as :func:`_describe` reads it: a namesake, a name given, a place, the holder of a title."""
        canon, stype, role, kind = _describe(mention, self.text)
        if stype == "named" and kind == "person":
            canon = self._namesake_here(mention, a) or canon
        if stype == "named" and _PLACE_PREPOSITION_BEFORE.search(self.text, max(0, a - 12), a) \
                and self._layer_kind(a, b) == "place":
            return None  # "Parents at three schools in Co Tyrone have vowed": the place ends a description
        if stype == "named" and kind == "person" and words[0] in ("a", "an", "one") \
                and (at := self.text.rfind(canon, a, b)) > a \
                and (k := self._layer_span_at(at)) is not None and (span := self._layer_spans()[k])[2] == "place" \
                and span[0] > a and span[1] >= at + len(canon):
            # ("A yacht broker in Rodney Bay, St Lucia, who asked not to be named": a place in apposition, no name)
            canon, stype, role, kind = _describe(self.text[a:span[0]].rstrip(" ,"), self.text)
        if stype == "named" and words[0] == "the" and (hit := self._acronym_holder(mention, a)):
            return hit  # ("the DCE said": the person named with the title spelt out)
        if stype == "named" and kind == "person" and words[0] == "the" \
                and _capitalised_title(_THE_OPENING.sub("", mention.strip(), count=1)) \
                and self._in_lead(a) and not self._role_holder(words, a) \
                and (hit := self._headline_holder(mention, words, a)):
            return hit  # ('..., as the Opposition Leader accuses ...' in a lede: "Opposition Leader Jo Doe" later)
        if stype == "named" and kind == "person" and words[0] == "the" and (
                len(words) == 2 or len(words) == 3 and all(w[:1].isupper() for w in mention.split()[1:])):
            # "the Constable said", "the Deputy Bailiff said" (a capitalised title the mention layer reads as a
            # name): its holder, if named
            hit = self._role_holder(words, a) or self._only_holder(words[-1], a)
            if hit:
                return hit
        if self.company and canon == self.company:
            # (the whole name of a body the company's word ends or opens: "The Traders' Forum of Kelby", "The
            # Chamber of Small-Scale Quarry Owners of Kelby (CSQOK), which says ...")
            return self._org_around(a, b, canon) or self.company_name, "named", role, "group"
        return self._resolve_holder(mention, words, (canon, stype, role, kind), a, b)

    def _resolve_holder(self, mention: str, words: list[str], described: tuple, a: int, b: int):
        """For a description: a holder named later, a definite or body speaker, an issuer; else the description."""
        canon, stype, role, kind = described
        if stype == "anonymous" and (hit := self._lead_body_description(mention, a)):
            return hit  # "Kelby's biggest union of dock workers said ...": the union the story names later
        headline = self._in_headline_or_bullet(a)
        if stype == "named" and kind == "person" and headline and len(words) == 1 and mention.strip()[:1].isupper() \
                and (words[0] in _PERSON_HEADS or words[0] in _KIN_AND_COURT_NOUNS) and canon == mention.strip():
            canon, stype = words[0], "anonymous"  # ("Teacher warns ...", "Widow tells court ..." in a headline: a
            # person's noun, no one's name)
        if stype == "anonymous" and kind == "person" and (headline or self._bare_role_in_deck(mention, a)) \
                and (hit := self._headline_holder(mention, words, a, deck=not headline) or self._interview_subject(a)):
            return hit  # 'Agency chief admits "..."' in a headline: the person the story names later with that role;
            # 'Q&A | Kelby Timber boss: "..."': the one interviewed
        if stype == "anonymous" and headline and words and words[-1] in _COMPANY_NOUNS and words[0] not in _ARTICLES \
                and (found := self._descriptions().get(words[-1])) and len({n for _, n in found}) == 1:
            return found[0][1], "named", None, "group"  # '"...," says hotel group as ...' in a headline: the one
            # body the story describes so ("Rampart Bay Hotels PLC has ended ..., the hotel group said")
        if stype == "named" and kind == "person" and _capitalised_title(mention) and self._in_headline(a) \
                and (hit := self._headline_holder(mention, words, a)):
            return hit  # 'Prime Minister says "..."' in a headline: a capitalised title, no name, for its holder
        if stype == "anonymous" and kind == "person" and len(words) > 1 and words[0] in _BODY_POSSESSIVES \
                and (hit := self._role_holder(["the"] + words[1:], a) or self._leader_named_later(words[1:], a)
                     or self._possessed_spokesperson(words, a)):
            return hit  # "its chief executive called ...": the person named with that role ("chief executive Jo Doe")
        if stype == "anonymous" and kind == "person" and len(words) > 2 and words[0] == "the" \
                and _strip_possessive(words[1]) in _COMPANY_NOUNS and words[1] != _strip_possessive(words[1]) \
                and (hit := self._leader_named_later(words[1:], a)):
            return hit  # ("The company's managing director told the meeting ... / Jo Doe\nManaging Director, Kelby
            # Leisure Ltd": the one named later with that role of the story's company)
        if stype == "anonymous" and len(words) == 2 and words[0] == "my" and (hit := self._own_kin_named(words[1], a)):
            return hit  # ("A: ... My father used to say, '...'" after "her late father, Jo Doe": the one answering's)
        if stype == "anonymous" and words and words[0] == "the" or (words and words[0] in ("several", "some", "many", "most", "all") and "of" in words[:2]):
            hit = self._definite_speaker(words, a)
            if hit:
                return hit
        if stype == "anonymous" and kind == "person" and len(words) == 2 and words[0] == "our" \
                and (hit := self._definite_speaker(["the", words[1]], a)):
            return hit  # ("On January 26 our coach, Jo Doe, found ... / Our coach put it more simply:": the one so
            # named)
        if stype == "anonymous" and kind == "person" and (words[:1] == ["the"] and len(words) <= 3 or len(words) == 2
                                                          and words[0] in ("a", "an") and _is_title(words[1])
                                                          and words[1] not in _GENERIC_HEADS) \
                and not self._role_holder(words, a) and (hit := self._lede_holder(mention, words, a)):
            return hit  # "... while the governor says the levy stays" in a deck or lede, "... spared jail after a judge
            # said he had ...": the one holder named later
        hit = self._body_speakers(mention, words, a) or (self._document_issuer(mention, canon, a)
                                                        if stype == "document" else None)
        if hit:
            return hit
        office = stype == "named" and kind == "person" and role and _office_of_then_name(mention.strip(" ,.;:"))
        if office and role.startswith(office[0]):
            return canon, stype, role, kind  # "Archbishop of Kelby Jo Doe": the name after the office, not a mention
            # layer's span that opens inside the office ("Kelby Jo Doe")
        if stype == "named":  # (the layer's kind of the name before a relative clause, not of a person inside it:
            # "The Holy Cross Society of Kelby, where Mr Doe has served")
            rel = _RELATIVE_AFTER.search(mention)
            canon, role, kind = self._named_kind(canon, role, kind, a, a + rel.start() if rel else b)
        return canon, stype, role, kind

    def _lead_body_description(self, mention: str, a: int):
        """'A tenants' movement said ...', "Kelby's biggest union of dock workers said ...", "... their union says"
        in the story's opening: a description of a body (an article, "their" or a place's possessive, lower-case words,
        a body's noun before any "of"/"in"/"from" phrase) stands for the one body the story names later with that noun
        (:meth:`_body_named_later`); else None."""
        whole = mention.strip().split()
        cut = next((x for x, w in enumerate(whole) if w in _LEAD_BODY_PREPOSITIONS), len(whole))
        words = whole[:cut]
        if not 2 <= len(words) <= 5 or not (words[0].lower() in ("a", "an", "the", "their")
                                            or _POSSESSOR.fullmatch(words[0])) \
                or not all(_LOWER_WORD.fullmatch(w) or w.endswith(("s’", "s'")) or self._place_word(w.lower())
                           for w in words[1:]) \
                or any(w.lower() in _OTHER_BODY_WORDS for w in whole):
            return None  # (nor "a rival union", "the other party": one set against the body the story names; a place
            # the story names may stand among the words: "a Kelby research centre")
        head = words[-1]
        if not (head in _ORG_WORDS or head in _BODY_NOUNS) or head in _COMPANY_NOUNS:
            return None
        hit = self._body_named_later(head, a)
        return hit if hit and self._fits_lead_body(whole, cut, head, hit[0], a) else None

    def _fits_lead_body(self, whole: list[str], cut: int, head: str, name: str, a: int) -> bool:
        """The body ``name`` the story names later is the one the opening's description ``whole`` tells: its name
        holds each noun for its members the description gives ("students' union", "union of teachers": a stem of
        it, "Teachers", "Exportadores" for "exporters"), is not cut from a longer name ("the South African
        Federation ..." read from "African"), and the sentence that names it first does not set it apart as a
        rival or say it is not the source ("... is not involved", "said it was trying to confirm the report")."""
        members = [w.rstrip("’'") for w in whole[1:cut] if w.endswith(("s’", "s'"))]
        members += [w for w in whole[cut + 1:] if _LOWER_WORD.fullmatch(w) and w.endswith("s")][-1:]
        stems = {w.lower()[:5] for w in name.split()}
        if any(m.lower()[:5] not in stems for m in members):
            return False
        at = next((sa for sa, n, _own in self._bodies[head] if n == name and sa > a), None)
        if at is None or re.search(r"\b[A-Z][\w’'\-]*\s+$", self.text[max(0, at - 40):at]) \
                and not re.search(r"(?:^|[.!?]\s+|\n)[A-Z]\w*\s+$", self.text[max(0, at - 40):at]):
            return False  # (a capitalised word right before it, not a sentence's first: a cut name)
        sent = _sentence_for(self.article, at)
        said = self.text[sent.start:sent.end].lower()
        return not any(re.search(rf"\b{re.escape(p)}\b", said) for p in _NOT_THE_SOURCE)

    def _namesake_here(self, mention: str, a: int) -> str | None:
        """'Jo Doe ... Zelie Doe, the mayor, ... "...," Ms. Doe said': a mention that names one person by one word
        (a surname, after a form of address or none) stands for the namesake named in full before it
        (:func:`_namesake_before`), when the article names several so; else None."""
        found = _CAP_RUN.findall(mention)
        runs = [r for r in found if not _is_title(r)] if len(found) == 2 else found  # ("Dato’ Lim": the title a
        # run of its own, cut at its apostrophe)
        toks = _name_tokens(runs[0]) if len(runs) == 1 else []
        while len(toks) > 1 and toks[0][:1].islower():
            toks = toks[1:]  # ("Mr. de Silva", "Ms. van der Berg": the surname after its particles)
        if len(toks) != 1:
            return None
        return _namesake_before(toks[0], self.text, a, _address_sex(found[0])) or self._said_so_before(mention, a)

    def _said_so_before(self, mention: str, a: int) -> str | None:
        """The one person every earlier speaker mention written as ``mention`` stood for ('"...," Lim said' for Lim
        Chee Keong, before Ivy Lim Mei Ling is named: the later "Lim said" too), else None."""
        form = mention.strip()
        earlier = {canon for sa, sb, canon in self.mentions if sb <= a and self.text[sa:sb].strip() == form}
        canon = earlier.pop() if len(earlier) == 1 else ""
        return canon if form in canon.split() else None

    def _headline_noun(self, mention: str, low: str, words: list[str], a: int, b: int):
        """'Regulator says lapses were "avoidable"' in a headline or deck (which drop the article): one capitalised
        common noun of a body, a firm or a person's role (``organisation_nouns``, ``body_nouns``, ``org_words``,
        person nouns) stands for "the <noun>": whom that resolves to by name, else the one body the story names
        later with that noun (:meth:`_body_named_later`), else the person named later with that role
        (:meth:`_headline_holder`); two such words ("Business chamber warns", "Union local says") stand for the
        one body the story names later with their body noun, not a firm's (never a role last: "Agency chief"); None
        when it is no such noun or not in a headline."""
        if len(words) in (2, 3) and (hit := self._possessed_body_later(words, a) or self._firm_named_later(words, a)):
            return hit
        if len(words) == 2 and all(w.isalpha() for w in words) and mention.strip() == low.capitalize() \
                and words[-1] not in _PERSON_HEADS and self._in_headline(a):
            head = next((w for w in reversed(words) if (w in _BODY_NOUNS or w in _ORG_WORDS)
                         and w not in _COMPANY_NOUNS), None)
            return head and self._body_named_later(head, a)
        if len(words) != 1 or not low.isalpha() or mention.strip() != low.capitalize() \
                or not (low in _ORG_NOUNS or low in _BODY_NOUNS or low in _ORG_WORDS or low in _PERSON_HEADS) \
                or not (self._in_headline(a) or self._in_crosshead(a)):
            return None  # (a crosshead drops the article as a headline does: "Company says record is "...""
        hit = self.resolve("the " + low, a, b)
        if hit and hit[1] == "named":
            return hit
        return self._body_named_later(low, a) or self._headline_holder(low, words, a)

    def _possessed_body_later(self, words: list[str], a: int):
        """'...; teachers' union calls vote "a betrayal"' in a headline or deck: a body's noun after a plural or
        possessive modifier ("teachers' union", "nurses' association", "farmer's co-op") stands for the one body the
        story names later with that noun (:meth:`_body_named_later`) when its name holds the modifier ("the Kelby
        Federation of Teachers"); a word before the modifier ("cocoa growers' association") may be the one its name
        holds instead (:func:`_kind_before_members`); never after a word for another body ("Rival teachers'
        union"); else None."""
        owner, head = re.sub(r"['’]s?$", "", words[-2]), words[-1]
        headline = self._in_headline(a) or words[0] not in _ARTICLES and self._in_lead(a)  # (a deck's style: no
        # article, "...; drivers' association calls the fee "...". Follow our live coverage.")
        if owner == words[-2] or not owner.isalpha() or head in _COMPANY_NOUNS or head in _PERSON_HEADS \
                or head not in _BODY_NOUNS and head not in _ORG_WORDS or not headline \
                or len(words) == 3 and (not words[0].isalpha() or words[0] in _OTHER_BODY_WORDS):
            return None
        hit = self._body_named_later(head, a)
        name = [re.sub(r"['’]s?$", "", w) for w in re.findall(r"[\w’'\-]+", hit[0].lower())] if hit else []
        return hit if hit and (owner in name or len(words) == 3 and _kind_before_members(words[0], name, head)
                               and not self._place_word(words[0])) else None

    def _firm_named_later(self, words: list[str], a: int):
        """'cargo firm says operations "normal"', 'Malaysian glove maker says ...' in a headline: a firm's or body's
        noun (``company_nouns``, ``organisation_nouns``, ``headline_firm_heads``) after one or two modifiers stands
        for the one organisation the story names after ``a`` whose name holds the modifier next to the noun ("Panay
        Wharf & Cargo Handling Services, Inc.", "Kedah Glove & Latex Products Sdn Bhd"; not an adjective before it:
        "Local tenants' association" is no "Local Enterprise Association"); else None (none, or several)."""
        head, mods = words[-1], [_stem_plural(re.sub(r"['’]s?$", "", w)) for w in words[:-1]]
        if head not in _ORG_NOUNS and head not in _HEADLINE_FIRM_HEADS or not all(w.isalpha() for w in mods) \
                or not (self._in_headline(a) or words[0] in ("a", "an") and self._in_lead(a)):
            return None  # (or a deck's or a lede's indefinite one: "... while a gas distributor says the price is
            # '...'." for "Kelby Gas Distribution Ltd")
        firm = head in _COMPANY_NOUNS - {"group"} or head.endswith("maker") \
            or head in _ORG_NOUNS and _AGENT_NOUN.fullmatch(head) is not None  # (not a members' body: "fertiliser
        # maker", "rail operator"; a "group" may be either)
        later = [(e.kind, e.name, {_stem_plural(w) for w in re.findall(r"[a-z]+", e.name.lower())})
                 for e in entities(self.article) if e.kind in ("organisation", "person")
                 for sa, _sb in e.spans if sa > a and not self.quoted.inside(sa)]
        names = {(kind, name) for kind, name, own in later
                 if mods[-1] in own and not (firm and own & _MEMBERS_BODY_NAME_WORDS)}
        kind, name = names.pop() if len(names) == 1 else (None, None)  # (the mention layer may read one of two
        # firms as a person: "Kelby Rail and Tarno Rail both cancelled")
        return (name, "named", None, "group") if kind == "organisation" else None

    def _place_word(self, word: str) -> bool:
        """The lower-case ``word`` is a place the mention layer finds in the story ("Kenya") or opens a place's
        name (``place_first``)."""
        return word.capitalize() in _PLACE_FIRST or any(e.kind == "place" and e.name.lower() == word
                                                        for e in entities(self.article))

    def _role_first_name(self, mention: str, a: int):
        """'Chief Executive of Acme, Dr Jo Doe, said', 'Chairman of the committee, Senator (Chief) Jo Doe,
        described ...': a role opening the sentence, then the person's name in apposition, is that person (not the
        body the role names nor the role itself), with the role as hers; else None."""
        m = _ROLE_FIRST_NAME.fullmatch(_portfolio_commas_out(mention.strip()))
        if not m or not set(re.findall(r"[a-z]+", m.group("desc").lower())) & _PERSON_HEADS:
            return None
        at = a + len(mention) - len(mention.lstrip()) + m.start("name")
        name = m.group("name")
        if ")" in name:  # ("Senator (Chief) Jo Doe": the name after an honorific in brackets)
            at, name = at + name.rindex(")") + 1, name[name.rindex(")") + 1:]
        at, name = at + len(name) - len(name.lstrip()), name.strip()
        if len(name.split()) < 2 or not _is_person_name(name) \
                or self._layer_kind(at, at + len(name)) not in (None, "person"):
            return None  # (a place: "The mayor of Springfield, Illinois")
        hit = self.resolve(name, at, at + len(name))
        if not hit or hit[1] != "named" or hit[3] != "person":
            return None
        return hit[0], hit[1], hit[2] or m.group("desc"), hit[3]

    def _person_spokesperson(self, mention: str, a: int):
        """'A spokesman for Sir Jo Doe said', "Doe's spokeswoman said": the person the article names so speaks
        through them (as a body through its spokesperson), the mention kept as the role; else None."""
        m = _PERSON_SPOKESPERSON.fullmatch(mention.strip())
        name = m and (m.group("n1") or m.group("n2"))
        if not name or (" " not in name and name.lower() not in _GIVEN_GENDER):
            return None  # (a surname alone may be a firm's name too: "Executive chairman Jo Kelby ... a spokesman for Kelby")
        at = a + mention.index(name)
        hit = self.resolve(name, at, at + len(name))
        if not hit or hit[1] != "named" or hit[3] != "person" \
                or self._layer_kind(at, at + len(name)) not in (None, "person"):
            return None
        return hit[0], "named", mention.strip(), "person"

    def _holder_spokesperson(self, mention: str, words: list[str], a: int):
        """'A spokesman for the minister said': the person "the minister" stands for (:meth:`_definite_speaker`),
        as a body speaks through "a spokesman for the council", the mention kept as the role; only when the article
        names no more than one current holder of the role (:meth:`_current_holders`; not "Health Minister Jo Doe and
        Finance Minister Tom Reed met ... A spokesman for the minister said"); else None."""
        role = _holder_of_spokesperson(words)
        hit = role and len(frozenset.union(*self._current_holders(" ".join(role)))) <= 1 \
            and self._definite_speaker(["the"] + role, a)
        if not hit or hit[1] != "named" or hit[3] != "person":
            return None
        return hit[0], "named", mention.strip(), "person"

    def _address_age_or_kin(self, mention: str, words: list[str], a: int, b: int):
        """A speaker told by a form of address ("her Honour"), an age ("the 79-year-old chairman"), a generation
        ("The elder Lin") or a relation ("his grandfather", "the father of three"): the person it stands for,
        else None."""
        if len(words) == 2 and words[0] in ("his", "her", "your") and words[1] in _ADDRESS_OFFICE:
            # "her Honour said": a form of address for the office's holder, read as "the judge" would be
            hit = self.resolve("the " + _ADDRESS_OFFICE[words[1]], a, b)
            if hit and hit[1] == "named":
                return hit
        if len(words) > 2 and words[0] == "the" and all(is_age_word(w) for w in words[1:-1]) \
                and words[-1].isalpha() and (hit := self.resolve("the " + words[-1], a, b)) and hit[1] == "named" \
                and not self._other_age(hit[0], words[1:-1], a):
            return hit  # "the 79-year-old chairman says": as "the chairman" would be
        if (gen := _GENERATION_NAME.match(mention.strip())) and not _kin_noun_after(mention.strip(), gen.end()) \
                and (hit := self._generation(*gen.groups(), a)):
            return hit  # "The elder Lin, who remains chairman": the parent of the two Lins
        if _KIN_THEN_WHO.match(mention):
            words = words[:2]  # ("My husband, who will not thank me for this, said": the relation, then its clause)
        if len(words) == 2 and words[0] in ("his", "her", "my", "our") and words[1] in _KIN \
                and (kin := self._kin_named(words[1], a, first_person=words[0] in ("my", "our"))):
            return kin  # "his grandfather said": the person the story names with that relation ("My husband said"
            # after "my husband, Jo Doe," outside quotations)
        if (parent := _PARENT_OF.fullmatch(mention.strip().lower())) and _HEAD_SEX.get(parent.group(1)):
            # "said the father of three", "the mother-of-two added": the person just named, told again
            return self._pronoun("person", a, "he" if _HEAD_SEX[parent.group(1)] == "m" else "she")
        return None

    def _definite_speaker(self, words: list[str], a: int):
        """'the chairman said', 'the company said', 'some of the residents said': whom a definite description
        stands for, by the roles of the people named, the sources so far, the bodies named, else None."""
        return self._role_holder(words, a) or self._last_speaker_role(words, a) or self._definite(words, a) \
            or self._introduced_before(words, a) \
            or (self._named_body(words[1], a) or self._named_by_last_word(words[1], a)
                if len(words) == 2 else None) \
            or self._company_leader(words, a) or self._title_holder(words, a) or self._sole_role_holder(words, a) \
            or self._body_role_holder(words, a) or self._noun_described(words, a) or self._person_in_focus(words, a)

    def _person_in_focus(self, words: list[str], a: int):
        """'Okey Lee Doe, who has fished the creek since the 1950s, said ... / "...," the 79-year-old retired
        schoolteacher said': a definite description of one person that gives a past trade ("retired", "former"; an
        age, lower-case words, a person's noun last) stands for the one person named in this paragraph and the two
        before (outside quotations), when that person spoke (a verb of saying after the name, or a quotation), no other
        source spoke there, no role the story gives them differs, no one unnamed came in since with that noun (or at
        all, when the trade was never theirs), and neither the noun's sex nor an age sets them apart; else None (a
        description of a trade now may be someone new: "Tom Reed, the club chairman, ... The 61-year-old property
        developer told fans")."""
        head, desc = words[-1], words[1:]
        if words[0] != "the" or not 2 <= len(desc) <= 4 or not _PAST_ROLE_WORDS.intersection(desc) \
                or not all(_LOWER_WORD.fullmatch(w) or _YEAR_OLD.fullmatch(w) for w in desc) \
                or head in _GENERIC_HEADS or head in _UNNAMED_HEADS \
                or not _person_noun(head):
            return None
        lo = self._start_two_paragraphs_back(a)
        names = {c[1] for c in self.person_mentions_before(a, lo)}
        if len(names) != 1 or any(off >= lo and canon not in names for off, canon in self.history[-3:]):
            return None
        name = names.pop()
        spans = [(sa, sb) for e in entities(self.article) if e.name == name and e.kind == "person"
                 for sa, sb in e.spans if lo <= sa < a and not self.quoted.inside(sa)]
        if not any(_SAID_AFTER_NAME.match(self.text, sb) for _, sb in spans) \
                and name not in {c for _, c in self.history}:
            return None  # (one who spoke, in quotation marks or not: not "Jane Doe wrote the report last year")
        told = set().union(*(self._role_words(sa, sb) for sa, sb in spans),
                           *(m.group(1).split() for _, sb in spans if (m := _A_TRADE_AFTER.match(self.text, sb))))
        if told and head not in told:
            return None  # ("Marta Kos, the group's lawyer, said ... / the 61-year-old retired nurse added": another)
        last = _sentence_for(self.article, max((sb for _, sb in spans), default=lo))
        others = self._unnamed_people_since(last.end, a)
        if head in others or others and head not in told:
            return None  # ("Jo Doe said ... Her husband agreed. / "...," the former civil servant said": someone
            # unnamed came in since, and the trade is not hers; not "Mary Doe, a retired schoolteacher, said ... A
            # retired fisherman helped her ... / the retired schoolteacher said")
        sex, age = _HEAD_SEX.get(head), next((w.split("-")[0] for w in desc if _YEAR_OLD.fullmatch(w)), None)
        if sex and _genders(self.text).get(name, sex) != sex or age and (
                self._story_ages().get(name, {age}) != {age} or self._unnamed_of_age(age)):
            return None
        return self._holder_source(name)

    def _sole_role_holder(self, words: list[str], a: int):
        """'Jo Doe, a solicitor, ... [ten sentences] ... "...," the solicitor said', 'retiree Jo Doe, 74, ... said the
        74-year-old retiree': the one person named before ``a`` with the description's head noun as a role before
        the name or in an appositive (:meth:`_holder_of`), when every other word of the description is in a role
        written with that name too (not "the veteran solicitor" after "Jo Doe, a solicitor"), no body is described
        by the noun, and no unnamed other one is ("another solicitor", "a solicitor for the bank"); else None."""
        head, desc = words[-1], words[1:]
        if words[0] != "the" or not 1 <= len(desc) <= 3 or not all(_LOWER_WORD.fullmatch(w) for w in desc) \
                or head in _GENERIC_HEADS or head in _UNNAMED_HEADS or head in _DOCUMENT_HEADS \
                or head.endswith("s") and not head.endswith("ss") or head in _ORG_NOUNS or head in _ORG_WORDS \
                or head in _BODY_NOUNS or " ".join(desc) in _OFFICES or head in self._descriptions():
            return None
        held = self._holder_of(head)
        spans = [(sa, sb) for e in entities(self.article) if held and e.name == held[0] and e.kind == "person"
                 for sa, sb in e.spans if sa < a and not self.quoted.inside(sa)]
        if not spans or not set(desc[:-1]) <= set().union(*(self._role_words(sa, sb) for sa, sb in spans)):
            return None
        name, sex = _after_titles(held[0]), _HEAD_SEX.get(head)
        if sex and _genders(self.text).get(name, sex) != sex or self._another_of(head, spans, a):
            return None
        return self._source_of(name, " ".join(desc))

    def _body_role_holder(self, words: list[str], a: int):
        """'Rovers led ... when their captain, Jo Doe, was sent off. ... "...," the Rovers captain told reporters':
        "the <Body> <role>" (one or two capitalised words, then a person's noun) stands for the one person named
        before ``a`` with that noun as a role (:meth:`_role_words`), when the role holds the capitalised words or
        the sentence giving it opens with them as the owner of "their" (:meth:`_owner_subject`), and no one else is
        given the noun before ``a``; else None (not "the Harbourside captain" after "their captain, Jo Doe" in a
        sentence about Rovers)."""
        head, mods = words[-1], self.text[a:a + 80].split()[1:len(words) - 1]
        if not 3 <= len(words) <= 4 or words[0] != "the" or head not in _PERSON_HEADS or head in _GENERIC_HEADS \
                or head in _UNNAMED_HEADS or head in _ORG_NOUNS or len(mods) != len(words) - 2 \
                or not all(m[:1].isupper() and m.isalpha() for m in mods):
            return None
        held = {(e.name, sa, frozenset(role)) for e in entities(self.article) if e.kind == "person"
                for sa, sb in e.spans if sa < a and not self.quoted.inside(sa)
                and head in (role := self._role_words(sa, sb))}
        if len({_after_titles(n) for n, _, _ in held}) != 1:
            return None
        for name, at, role in sorted(held, key=lambda h: h[1]):
            # the body in the role ("Rovers captain Jo Doe"), or the subject of the sentence that gives the role
            # with a possessive ("Rovers led ... when their captain, Jo Doe,")
            if {m.lower() for m in mods} <= role or role & _BODY_POSSESSIVES and self._owner_subject(mods, at, role):
                return self._source_of(_after_titles(name), " ".join(words[1:]))
        return None

    def _owner_subject(self, mods: list[str], at: int, role: frozenset) -> bool:
        """'Rovers led at the break through Jo Roe's header, but ... when their captain, Jo Doe,': the body
        ``mods`` opens the sentence of the name at ``at`` as its subject, the one body capitalised before the name
        (only people's names, days or months besides), and the role holds no other owner ("their rivals'
        captain"); not "Rovers beat City 2-1, and their coach, Jo Doe," for City nor for Rovers."""
        sent = _sentence_for(self.article, at)
        subject = _SUBJECT_BODY.match(self.text, sent.start, at)
        if not subject or not set(mods) <= set(subject.group(1).split()) \
                or len(role - _BODY_POSSESSIVES - _ROLE_ARTICLES) != 1:
            return False
        people = [(sa, sb) for e in entities(self.article) if e.kind == "person" for sa, sb in e.spans]
        rest = subject.end(1)
        return not any(c.group() not in _WEEKDAYS and c.group() not in _MONTHS
                       and not any(sa <= rest + c.start() < sb for sa, sb in people)
                       for c in re.finditer(r"\b[A-Z][\w’'\-]*", self.text[rest:at]))

    def _other_age(self, name: str, ages: list[str], a: int) -> bool:
        """The person ``name`` is given an age before ``a`` ("Jo Doe, 81,") that is not the one of ``ages``
        ("the 74-year-old retiree")."""
        given = {w for e in entities(self.article) if e.kind == "person" and _after_titles(e.name) == name
                 for sa, sb in e.spans if sa < a for w in self._role_words(sa, sb) if _YEAR_OLD.fullmatch(w)}
        return bool(given) and not given & set(ages)

    def _another_of(self, head: str, spans: list, a: int) -> bool:
        """The text before ``a`` (outside quotations) speaks of one with the noun ``head`` who is not the person
        named at ``spans``: "another solicitor", "a solicitor for the bank" not in apposition to that name."""
        rx = _rx(rf"\b(?:a|an|another|other|one|second)\s+(?:[\w\-]+\s+){{0,2}}?{re.escape(head)}\b", re.I)
        ends = [sb for _sa, sb in spans]
        return any(not self.quoted.inside(m.start())
                   and not any(_APPOSED_AT.fullmatch(self.text, sb, m.start()) for sb in ends)
                   for m in rx.finditer(self.text, 0, a))

    def _office_of_holder(self, words: list[str], a: int, b: int):
        """'the minister's office said', "the premier's spokesman said": an office-holder's office or unnamed
        spokesperson (table ``holder_voices``) speaks for the holder the story names ("Health Minister Jo Doe"),
        as an unnamed spokesperson of a body is that body; else None."""
        if len(words) < 3 or words[0] != "the" or not words[1].endswith(("’s", "'s")) \
                or " ".join(words[2:]) not in _HOLDER_VOICES:
            return None
        name = self._one_current_holder(words[1][:-2])
        if name is None:
            return None  # (none or several named: "Governor Jo Doe ... Texas Governor Kel Roe"; the office speaks)
        return self._source_of(name, words[1][:-2])

    def _definite_first(self, desc: str) -> bool:
        """The description ``desc`` is first written after "The" or "the" ("The Republican governor"), in a
        sentence that does not ask for it not to be named."""
        at = self.text.find(desc)
        if at <= 0 or not re.search(r"\b[Tt]he\s+$", self.text[max(0, at - 5):at]):
            return False
        sent = _sentence_for(self.article, at)
        return not _NOT_NAMED.search(self.text, sent.start, sent.end)

    def _holder_source(self, name: str | None):
        """(canonical, source_type, role, kind) of the person ``name`` (a title's holder), else None."""
        return None if name is None else self._source_of(name)

    def _source_of(self, name: str, role: str | None = None):
        """(canonical, source_type, role, kind) of the source ``name`` when it has spoken, else of the person so
        named, with ``role``."""
        s = self.sources.get(name)
        return (s.name, s.source_type, s.role, s.kind) if s else (name, "named", role, "person")

    def _one_current_holder(self, head: str) -> str | None:
        """The one person the article names with the title ``head`` right before the name (or its abbreviation:
        "Senator Jo Doe", "Sen. Jo Doe") or in an appositive ("Jo Doe, the senator,"), not a past or shadow holder
        (table ``past_holder_words``: "Former mayor Jo Doe", "the shadow minister, Jo Doe"); None when the article
        names no such holder or several ("Governor Jo Doe ... Texas Governor Kel Roe")."""
        holders, local = self._current_holders(head)
        holders = holders or local  # ("State Sen. Jo Doe and U.S. Sen. Kel Roe": the senator is Roe)
        return next(iter(holders)) if len(holders) == 1 else None

    def _current_holders(self, head: str) -> tuple[frozenset, frozenset]:
        """The names of the current holders of the title ``head`` (see :meth:`_one_current_holder`): those of a
        national or unqualified office, those of a local one ("State Sen.", "city councillor").  Once per title
        (:meth:`_holder_spokesperson` asks, then :meth:`_definite_speaker` again)."""
        if head not in self._current:
            self._current[head] = self._find_current_holders(head)
        return self._current[head]

    def _find_current_holders(self, head: str) -> tuple[frozenset, frozenset]:
        """:meth:`_current_holders`, scanning the person spans."""
        if self._held is None:  # (name, start, end) of each person span outside quotations, once
            self._held = [(e.name, sa, sb) for e in entities(self.article) if e.kind == "person"
                          for sa, sb in e.spans if not self.quoted.inside(sa)]
        forms = [re.escape(head)] + [re.escape(k) + r"\." for k in _ABBREVIATIONS_OF.get(head, ())]
        t = r"(?i:" + "|".join(forms) + r")"
        before = _rx(rf"(?P<pre>[\w\-.]+[\s\-]+)?\b{t},?\s+$")  # ("Lt. Gov. Jo Doe", "U.S. Sen. Jo Doe")
        after = _rx(rf",\s+(?:the|a|an|its|their)\s+(?P<pre>(?:[\w’'\-.]+\s+){{0,3}}?){t}\b(?![’'])")
        holders, local = set(), set()
        for name, sa, sb in self._held:
            m = before.search(self.text, max(0, sa - 40), sa) or after.match(self.text, sb)
            pre = set(re.split(r"[\s\-.]+", (m.group("pre") or "").lower())) if m else set()
            if m and not pre & _PAST_HOLDER_WORDS and not pre & _OTHER_OFFICE_WORDS:
                (local if pre & _LOCAL_OFFICE_WORDS else holders).add(_after_titles(name))
        return frozenset(holders), frozenset(local)

    def _org_noun_speaker(self, words: list[str], a: int):
        """'the company said', 'the developer said': the organisation "the <noun>" stands for, else None."""
        if len(words) > 2 and words[0] == "the" and words[1].endswith(("’s", "'s")) \
                and " ".join(words[2:]) in _COMPANY_ORGANS:
            words = ["the", words[1][:-2]]  # "the bank's press office said": the bank speaks
        if 2 < len(words) <= 4 and words[0] == "the" and words[-1] in _COMPANY_NOUNS \
                and all(w.isalpha() and w.islower() and w not in _OTHER_FIRM for w in words[1:-1]) \
                and not any(w[:1].isupper() for w in self.text[a:].split(None, len(words))[1:len(words) - 1]):
            # "the cable car company said": "the company" (never with a capitalised modifier, "The American company")
            words = ["the", words[-1]]
        if len(words) == 3 and words[0] == "the" and words[1] in ("parent", "holding") and words[2] in _COMPANY_NOUNS:
            return self._parent_named(a)  # "The holding company said": the parent named before
        if len(words) != 2 or words[0] != "the":
            return None
        if words[1] in _COMPANY_ORGANS and not self._named_body(words[1], a) \
                and (owner := self._organ_owner_before(words[1], a)):
            return owner  # ("the board of Kelby Mart Co-operative Society Ltd ... the board said": that body's)
        if self.company and words[1] in _COMPANY_ORGANS and not self._named_body(words[1], a):
            return self._story_firm("company", a)  # "the board said", no "... Board" named: the company's
        if words[1] in _COMPANY_NOUNS and words[1] in _SHORT_BODY_NOUNS \
                and (hit := self._body_named_with(words[1], a, alone=True)):
            return hit  # ("Kelby Air's 1:45 pm flight ... the airline said": the one body its name calls so)
        if (self.company or self._firm_named_after(a)) and words[1] in _COMPANY_NOUNS:
            # "the company said": the company the story is about (or a headline's, the first named after it), unless
            # another organisation was named just before and the story's company was not ("Monsanto, which opposed
            # the bill. ... the company tweeted")
            own = words[1] == "group" and (self._own_body_near("group", a, reach=2)
                                           or next(iter(self._called_so("group", a)), None)
                                           or self._members_group_before(a))
            # ("The Kelby Flood Action Group, set up in 2005, says ... The group described": a members' group, just
            # before, not the story's company group; "The Friends of the Kelby Depot, a group formed last fall, ...
            # the group wrote"; "the company" after a firm named without its noun stays the firm's)
            return (own and (own, "named", None, "group")) or self._introduced_before(words, a) \
                or self._unit_before(a) or self._firm_nearby(a) or self._story_firm(words[1], a, True)
        if words[1] in _SHORT_BODY_NOUNS and (hit := self._body_named_with(words[1], a, alone=True)):
            return hit  # ("Kelby Co-operative Creamery Society Ltd ... the co-op said")
        if words[1] in _WORKS_NOUNS:
            return self._body_named_with(words[1], a) \
                or (self._story_firm("company", a) if self.company and _is_company_name(self.company_name)
                    else self._last_company_hit(a))
            # ("Kelby Platinum Mines (Pty) Ltd ... the mine said": the body so named last; else the story's company,
            # if a company's name: "the mill calls the suit ..." for "Lafourche Raw Sugar Co., L.L.C."; else the
            # company named before, if any: "Kelbo Sugar Co. Ltd runs the only mill ... the mill said")
        if words[1] in _BANK_NOUNS and not self._called_so(words[1], a) \
                and not any(_BANK_NAME_WORDS & set(n.split()) for n in self._firms_before(a)) \
                and not self._orgs_between(self.article.sentences[max(0, _sentence_for(self.article, a).sentence_id
                                                                      - 1)].start, a):
            return None  # ("She applied for relief. The bank wrote back" in a story naming no bank: a bank unnamed,
            # not another firm; but a body named just before may be the bank: "The trustee, Kelby Trust Co., ...")
        if words[1] in _ORG_NOUNS and (hit := self._person_described_as(words[1], a)):
            return hit  # ("Jo Doe, a self-employed contractor who ..., said ... the contractor said": the person)
        if words[1] in _ORG_NOUNS and words[1] not in _COMPANY_NOUNS \
                and (hit := self._body_named_with(words[1], a, alone=True)):
            return hit  # ("Kelby Golf & Country Resort, S.A. ... the resort said": the one body its name calls so)
        if words[1] in _ORG_NOUNS:
            # "Kelby Wind has raised ..., the developer said"; further back, the one organisation
            # named in the last few sentences ("Ashford Rovers signed ... [two sentences] ... the club says"); in a
            # story about a company, only one named in this sentence or the one before ("the utility said")
            if words[1] in _COMPANY_NOUNS:  # ("the company": no foundation, union or paper named just before it
                # while the story has named a company)
                called = self._called_so(words[1], a)
                return self._introduced_before(words, a) or self._company_just_named(words[1], a) \
                    or (called and (called[0], "named", None, "group")) \
                    or self._subject_org_before(a) or self._firm_nearby(a) or self._last_company_hit(a) \
                    or (None if self.company else self._nearer_org(a, _PRONOUN_REACH, alone=True))
            return self._introduced_before(words, a) or self._company_just_named(words[1], a) \
                or self._subject_org_before(a) or self._nearer_org(a) \
                or (None if self.company else self._nearer_org(a, _PRONOUN_REACH, alone=True))
        if words[1] in _ORG_WORDS and not self._body_named_with(words[1], a):
            called = self._called_so(words[1], a)  # ("Ynni Kelby Cyf, a co-operative society ... The co-operative
            return (called[0], "named", None, "group") if called else None  # said": the one body so described,
            # when no body is named with the noun: "the society" for the "Kelby Rodeo Watch Society")
        if words[1].isalpha() and words[1] not in _ORG_WORDS and words[1] not in _DOCUMENT_HEADS \
                and not _person_noun_like(words[1]) and (called := self._called_so(words[1], a)):
            return called[0], "named", None, "group"  # ("The Kelby Writers Halqa, a circle of poets he helped to
            # found, ... the circle said": the one body the story calls so, by a noun no list holds; no document:
            # "According to The Guardian, an email was sent ... The email said")
        return None

    def _members_group_before(self, a: int) -> str | None:
        """'Members of the Kelby Clog Dancers formed a guard of honour. / In a tribute, the group said': the latest
        organisation named in this sentence or the two before ``a`` (quotations' sentences passed over), outside
        quotations, when it is a members' group (no company's name; a members' body's word, "Friends", "Citizens" or a
        plural of members in its name), for "the group" in a story that also names a company; else None."""
        lo = self._sentences_back(a, 2)  # ("Members of the Kelby Dancers formed ... / In a tribute, the group said:
        # "...". / The group described him as")
        named = [n for sa, n in self._org_mentions() if lo <= sa < a and not self.quoted.inside(sa)]
        if not named or _is_company_name(named[-1]):
            return None
        words = named[-1].replace("’", "'").split()
        members = words[-1].rstrip("'").endswith(("ers", "ors", "ists")) \
            or any(w.lower().strip("',") in _MEMBERS_BODY_NAME_WORDS or w in ("Friends", "Citizens") for w in words)
        return named[-1] if members else None

    def _parent_named(self, a: int):
        """The organisation named last before ``a`` as another's owner ("a subsidiary of the Tawau-based Kelby
        Holdings Berhad", "owned by Roe Group") or with "Holdings" in its name: "the parent company", "the holding
        company"; else None."""
        before = [(sa, n) for sa, n in self._org_mentions() if sa < a]
        owner = [n for sa, n in before if _PARENT_BEFORE.search(self.text, max(0, sa - 60), sa)]
        holding = [n for sa, n in before if {"Holdings", "Holding"} & set(n.split())
                   and not _AT_A_BODY_BEFORE.search(self.text, max(0, sa - 20), sa)]
        name = (owner or holding or [None])[-1]  # (an owner told first; a Holdings firm only if none: not "Analysts
        # at Roe Holdings said" after "a subsidiary of Tarn Group")
        return (name, "named", None, "group") if name else None

    def _body_named_with(self, noun: str, a: int, alone: bool = False):
        """The organisation the mention layer names last before ``a`` with ``noun`` as a word of its name, in the
        singular or the plural, or written in full (``short_body_nouns``) ("the mine": "Kelby Platinum Mines (Pty)
        Ltd"; "the railroad": "Tarn Pacific Railroad Co."; "the co-op": "Kelby Co-operative Creamery Society Ltd"),
        else None; with ``alone``, only when it is the one body so named, no bank, wholesaler or insurer ("the
        co-op": not when "Kelby Dairy Co-operative" repaid "Tarn Co-operative Bank")."""
        forms = {noun.capitalize(), noun.capitalize() + "s", *_SHORT_BODY_NOUNS.get(noun, ())}
        named = [(sa, _unglued(e.name)) for e in entities(self.article) if e.kind == "organisation"
                 and forms & set(_heads_of(e.name, noun)) for sa, _sb in e.spans if sa < a]
        if alone and (len({n for _sa, n in named}) != 1 or named[0][1].split()[-1] in _NOT_A_COOP_HEADS):
            return None
        return (max(named)[1], "named", None, "group") if named else None

    def _person_described_as(self, noun: str, a: int):
        """The latest person the mention layer names in the last few sentences before ``a`` whom the story describes
        with ``noun`` as the head of an appositive ("Jo Doe, a roofing contractor in Kelby,", "Jo Doe, a
        self-employed developer who ...") or as the role word right before the name ("contractor Jo Doe"), as a
        source; else None (not "Jo Doe, a club official,": "club" there is no head)."""
        sid = _sentence_for(self.article, a).sentence_id
        lo = self.article.sentences[max(0, sid - _PRONOUN_REACH)].start
        noun_rx = rf"\b{re.escape(noun)}(?=\s*[,.;:)]|\s+(?:who|whose|in|at|for|from|with|of|on|near|based)\b)"
        appos = _rx(rf",\s+(?:a|an)\s+(?:[\w\-]+\s+){{0,3}}?{noun_rx}")
        before = _rx(rf"(?<![’'])\b{re.escape(noun)}\s+$")
        spans = self._people_between(lo, a)
        for sa, sb, name in reversed(spans):
            if appos.match(self.text, sb) or before.search(self.text, max(0, sa - 40), sa):
                return self._source_of(_after_titles(name), noun)
        return None

    def _subject_org_before(self, a: int):
        """The organisation that opens the sentence before ``a`` as its subject ("Kelby Power, which serves 600,000
        homes, had applied to the Public Utilities Board for a rise. In a statement, the utility said": Kelby Power,
        not the board named after it), when the sentence of ``a`` names no organisation before ``a`` and the one
        before names no other organisation but public bodies (``public_body_heads``: after "Network Rail has sued
        Kelby Trains Ltd", "the operator" may be either); never a public body itself (the caller's nouns,
        organisation_nouns, name firms, clubs and charities); else None.  The noun itself is not read."""
        sent = _sentence_for(self.article, a)
        orgs = self._org_mentions()
        k = bisect.bisect_left(orgs, (sent.start,))
        if sent.sentence_id == 0 or k < len(orgs) and orgs[k][0] < a:
            return None
        prev = self.article.sentences[sent.sentence_id - 1]
        hit = self._org_opening(prev)
        if not hit or _is_public_body(hit[0]):
            return None  # ("Ashby Borough Council approved the plan. ... the developer said": not the council)
        others = {name for sa, name in orgs[bisect.bisect_left(orgs, (prev.start,)):k] if name != hit[0]}
        return hit if all(_is_public_body(name) for name in others) else None

    def _company_just_named(self, noun: str, a: int):
        """The organisation introduced by ``noun`` ("ferry operator Kelby Ferjer AS") in
        this sentence or the one before ``a`` ("Norwegian ferry operator Kelby Ferjer AS cancelled two ferries at
        Ashby Yard ASA ... The operator, which runs 23 routes, said"), else None."""
        sid = _sentence_for(self.article, a).sentence_id
        lo = self.article.sentences[max(0, sid - 1)].start
        before = re.compile(rf"\b{re.escape(noun)}\s+$", re.I)
        firms = [n for sa, n in self._orgs_between(lo, a) if before.search(self.text, max(0, sa - 40), sa)
                 and not self.quoted.inside(sa)]
        return (firms[-1], "named", None, "group") if firms else None

    def _firm_nearby(self, a: int):
        """:meth:`_nearer_org` for "the company said", unless what it finds is no company's name while the story
        has named one before ``a`` (a newspaper, an exchange or a union named just before is not "the company")."""
        near = self._nearer_org(a)
        if near and not _is_company_name(near[0]) \
                and any(sa < a and _is_company_name(n) for sa, n in self._org_mentions()):
            return None
        if near and not any(n == near[0] and self._own_firm_at(sa) for sa, n in self._org_mentions() if sa < a) \
                and any(sa < a and _is_company_name(n) and self._own_firm_at(sa) for sa, n in self._org_mentions()):
            return None  # ("Jo Roe of Roe Consulting, Inc., testified ... the company said": the story's firm)
        return near

    def _own_firm_at(self, sa: int) -> bool:
        """The organisation named at ``sa`` is not named as a person's firm (:meth:`_someones_firm`) nor as another
        firm's owner ("a subsidiary of Roe Holdings Ltd.")."""
        return not self._someones_firm(sa) and not _PARENT_BEFORE.search(self.text, max(0, sa - 40), sa)

    def _firm_named_before(self, a: int):
        """The organisation with a company's name (:func:`_is_company_name`) named last in this or the previous
        sentence before ``a``, outside quotation marks; else None."""
        sid = _sentence_for(self.article, a).sentence_id
        lo = self.article.sentences[max(0, sid - 1)].start
        orgs = self._org_mentions()
        k = bisect.bisect_left(orgs, (a,))
        while k > 0 and orgs[k - 1][0] >= lo:
            k -= 1
            if _is_company_name(orgs[k][1]) and not self.quoted.inside(orgs[k][0]):
                return orgs[k][1], "named", None, "group"
        return None

    def _story_firm(self, noun: str, a: int, later: bool = False):
        """'"...," the company said' far from any name: the story's company when its name is a company's (a legal
        form or a company word: "Acme Trading Ltd", "Doe Bank"), else the one organisation given the noun in
        apposition before ``a`` (:meth:`_called_so`), else a company named before ``a`` (:meth:`_firms_in_turn`: the
        one named last if just before, else the one named most; for "the bank", a bank so named last, else none), else
        the story's company: a committee, a place or a newspaper the
        story names most is not "the company"; with ``later``, a headline's "company" is one named after it first."""
        bank = noun in _BANK_NOUNS
        if _is_company_name(self.company_name) and not (bank and not _BANK_NAME_WORDS & set(self.company_name.split())):
            return self.company_name, "named", None, "group"
        firms = self._firms_before(a)
        banks = [n for n in firms if _BANK_NAME_WORDS & set(n.split())] if bank else []
        called = self._called_so(noun, a)
        if bank and not banks and not called:
            return None  # ("The bank wrote back" in a story of a poultry firm: a bank the story does not name)
        name = (banks or called or self._firms_in_turn(firms, a) or later and self._firm_named_after(a, noun)
                or [self.company_name])[-1]
        return name, "named", None, "group"

    def _called_spans(self, noun: str, after: re.Pattern) -> list[tuple[int, str]]:
        """(end, name) of each mention of an organisation, outside quotations, that ``after`` (the apposition of
        ``noun``, :meth:`_called_so`) follows, once per noun (not every span at every call: quadratic in a long
        text)."""
        if noun not in self._called:
            self._called[noun] = [
                (sb, e.name) for e in entities(self.article) if e.kind == "organisation" for sa, sb in e.spans
                if not self.quoted.inside(sa) and (m := after.match(self.text, sb))
                and not (m.group(1) and m.group(2) == "the")
                and not (m.group(3) and m.group(2) == "the"
                         and (_verb_like(m.group(3)) or m.group(3) in _SUBJECT_IRREGULAR))]
        return self._called[noun]

    def _called_so(self, noun: str, a: int) -> list[str]:
        """The one organisation named before ``a`` with ``noun`` in apposition ("Hallett Poultry, Inc., the
        Millsboro chicken company,": "the company" later), as a list; else [] (none, or several)."""
        after = _rx(rf"(\s+\([^()\n]{{1,60}}\))?,\s+(the|a|an)\s+(?:[\w’'\-]+\s+){{0,4}}?{re.escape(noun)}\b"
                    rf"(?:\s+([a-z]+))?")  # (its name translated in brackets between, before "a": "Ynni Kelby Cyf
        # (Kelby Energy Ltd), a co-operative society"; not "a notice to the Kelby Stock Exchange (KSX), the company")
        names = {name for sb, name in self._called_spans(noun, after) if sb < a}
        return list(names) if len(names) == 1 else []  # (not a clause's subject after an opening phrase: "In a
        # statement to the Sentinel, the company said", "..., the company gave its assurance"; "a group formed last
        # fall" is an apposition all the same)

    def _firm_named_after(self, a: int, noun: str = "company") -> list[str]:
        """For a headline's or a crosshead's "company" at ``a`` ("Company says ruling 'changes nothing'"), the
        first organisation with a company's name the story names after it (for "bank", the first bank so named),
        outside quotations; in the story's opening before any company is named ("... The bank calls them ..." in a
        deck), the first bank named after it, for "company" or "firm" the first company when only members' bodies
        are named before ('Cooperative says ... The company calls the case "..."'), or for another noun the first
        company when no body at all is named before ("The gas company says ..."); else []."""
        heading = self._in_headline(a) or self._in_crosshead(a)
        before = [n for sa, n in self._org_mentions() if sa < a]
        if not (heading or self._in_lead(a) and not any(_is_company_name(n) for n in before)):
            return []
        firms = [n for sa, n in self._org_mentions() if sa > a and _is_company_name(n) and not self.quoted.inside(sa)
                 and not self._someones_firm(sa)]
        banks = [n for n in firms if _BANK_NAME_WORDS & set(n.split())] if noun == "bank" else []
        members = noun in ("company", "firm") and all(
            {w.lower().strip(".,") for w in n.split()} & (_MEMBERS_BODY_NAME_WORDS | _CO_OP_WORDS) for n in before)
        return (banks or (firms if heading or not before or members else []))[:1]

    def _someones_firm(self, sa: int) -> bool:
        """The organisation at ``sa`` is named as a person's firm ("Jo Doe of Doe & Partners LLP", "Jo Doe, a
        lawyer at Roe Legal Ltd,"): the firm of someone who may act for another party, not the story's company."""
        ends = self._person_ends()
        k = bisect.bisect_right(ends, sa - 60)
        return any(_FIRM_OF_PERSON.fullmatch(self.text, sb, sa) for sb in ends[k:bisect.bisect_right(ends, sa)])

    def _people_between(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """(start, end, name) of the mention layer's people's spans starting in ``[lo, hi)`` outside quotations,
        sorted."""
        spans = self._person_spans()
        return [t for t in spans[bisect.bisect_left(spans, (lo,)):bisect.bisect_left(spans, (hi,))]
                if not self.quoted.inside(t[0])]

    def holds_role(self, name: str, noun: str) -> bool:
        """The role words written with any of the mention layer's spans of the person ``name`` hold ``noun``
        ("Police prosecutor Sub-Inspector Jo Doe": a prosecutor)."""
        return any(n == name and noun in self._role_words(sa, sb) for sa, sb, n in self._person_spans())

    def _person_spans(self) -> list[tuple[int, int, str]]:
        """(start, end, name) of every span the mention layer gives a person, sorted (once)."""
        if self._people_spans is None:
            self._people_spans = sorted((sa, sb, e.name) for e in entities(self.article) if e.kind == "person"
                                        for sa, sb in e.spans)
        return self._people_spans

    def _person_named_in(self, lo: int, hi: int) -> str | None:
        """The name of the person the mention layer reads in a span inside ``[lo, hi)``, else None."""
        spans = self._person_spans()
        k = bisect.bisect_left(spans, (lo,))
        return spans[k][2] if k < len(spans) and spans[k][1] <= hi else None

    def _orgs_between(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """(start, name) of the mention layer's organisations' mentions starting in ``[lo, hi)``, in reading order."""
        orgs = self._org_mentions()
        return orgs[bisect.bisect_left(orgs, (lo,)):bisect.bisect_left(orgs, (hi,))]

    def _person_ends(self) -> list[int]:
        """The ends of the mention layer's people's spans, sorted (once)."""
        if self._ends is None:
            self._ends = sorted(sb for _sa, sb, _name in self._person_spans())
        return self._ends

    def _named_with_style(self, mention: str, a: int):
        """'Ven. Jo Doe Thera ... the Thera said': the one person named before ``a`` whose full name the style
        (``styles_after_names``) closes, else None."""
        style = mention.split()[-1]
        full = _full_names(self.text).get(style) if style in _STYLES_AFTER_NAMES else None
        return self._holder_source(full) if full and full.endswith(" " + style) and self._named_before(full, a) \
            else None

    def _title_speaker(self, mention: str, words: list[str], a: int):
        """'The Prime Minister told MPs', 'the Leeds Central MP said': a title or a description ending in an
        abbreviated title, its holder if named (else the title itself, anonymous); None for a lower-case title
        with no holder ("the minister") or any other mention."""
        if len(words) > 1 and words[0] == "the" and (" ".join(words[1:]) in _OFFICES
                                                     or all(_is_title(w) for w in words[1:])
                                                     or len(words) == 2 and words[1] in _OFFICER_INITIALS):
            # "The Prime Minister told MPs" (house style capitalises titles): the description, not a name
            hit = self._role_holder(words, a) or self._definite(words, a)
            if hit and hit[1] == "anonymous" and len(words) == 2 and self._definite_first(hit[0]):
                # (a definite description met before, no one named there, as a deck's "The Republican governor
                # called ...": the one holder the story names with the title; not "A governor, who asked ...")
                holder = self._one_current_holder(words[1])
                hit = self._holder_source(holder if holder and self._named_before(holder, a) else None) or hit
            if not hit and not set(words) & _QUALIFIED_OFFICE:  # ("the former governor": not the holder now)
                hit = self._title_holder(words, a) \
                    or self._variation_holder(words[-1], a) or self._only_holder(words[-1], a) \
                    or self._titled_last_speaker(words[-1], a) \
                    or self._acronym_holder(mention, a) \
                    or self._named_with_style(mention, a)  # ("Chief Financial Officer Jo Doe ... the CFO said")
            if not hit and len(words) == 2 and not self._in_headline(a) and self.text.startswith(mention.strip(), a):
                hit = self._lede_holder(mention, words, a)  # ("The judge said he had betrayed '...'" in a lede, as
                # written there: not a headline's "State calls ..." read as "the state")
            if hit:
                return hit
            if not mention.strip().islower():  # ("The Prime Minister", "the MP": a title with no holder named)
                return " ".join(mention.split()[1:]), "anonymous", None, "person"
        last = mention.split()[-1]
        if len(words) > 2 and words[0] == "the" and last.isupper() and _is_title(last) and "," not in mention:
            # "the Leeds Central MP", "the Labour MP": a description ending in an abbreviated title, not a name
            hit = self._role_holder(words, a) or self._role_holder([words[0], words[-1]], a) \
                or self._seat_of_newcomer(a, mention.strip()) or self._seat_of_last_speaker(a, mention.strip())
            return hit or (" ".join(mention.split()[1:]), "anonymous", None, "person")
        return None

    def _body_speakers(self, mention: str, words: list[str], a: int):
        """'Hospital officials said', 'the council bosses said': the body the article names by that noun speaks;
        'the members said' after a body's noun as owner in their sentence ("at the association's meeting"): that
        body; else None."""
        if len(words) in (2, 3) and words[-1] in _BODY_SPEAKERS and words[0] in ("the", words[-2]):
            body = self._one_body(words[-2], a)
            if body:
                return body, "named", mention.strip(), "group"
        if words == ["the", "members"]:  # ("In a tribute read at the association's meeting, the members said"):
            sent = _sentence_for(self.article, a)  # the body whose noun owns something in the sentence before them
            owners = [m.group(1) for m in _THE_BODY_S.finditer(self.text, sent.start, a)
                      if m.group(1) in _ORG_WORDS or m.group(1) in _BODY_NOUNS]
            body = owners and self._one_body(owners[-1], a)
            if body:
                return body, "named", mention.strip(), "group"
        return None

    def _document_issuer(self, mention: str, canon: str, a: int):
        """'The statement added', 'Their report said': whoever issued the document, if told (a "document" source),
        else None."""
        noun = canon.split()[-1].lower()
        if of := _DOCUMENT_OF_BODY.match(mention):  # ("The resolution of the Kelby Gram Sabha": that body's)
            hit = self.resolve(of.group(2), a + of.start(2), a + of.end(2))
            if hit and hit[1] == "named":
                return hit[0], "document", hit[2], hit[3]
            noun = of.group(1).lower()
        hit = self._body_possessor(mention, a) or self._issuer(mention, noun, a) or self._story_body(mention, noun)
        return (hit[0], "document", hit[2], hit[3]) if hit else None

    def _body_possessor(self, mention: str, a: int):
        """'the district's management plan', 'The committee's decision notice': the body the story names by the
        possessor's noun (:meth:`_one_body`); 'The sugar company's statement': the company "the sugar company"
        stands for (:meth:`_org_noun_speaker`); else None."""
        m = _BODY_POSSESSOR.match(mention)
        if m and m.group(1) and m.group(2) in _COMPANY_NOUNS:  # ("The sugar company's statement": the company)
            return self._org_noun_speaker(["the", *m.group(1).split(), m.group(2)], a)
        name = m and not m.group(1) and m.group(2) in _BODY_HEADS and self._one_body(m.group(2), a)
        return (name, "named", None, "group") if name else None

    def _story_body(self, mention: str, noun: str):
        """'"...," the statement said' with no issuer told: the body the story is about (its company, when the
        mention layer names it as an organisation), for a definite document of a kind a body issues itself
        (body_documents: not "the lawsuit" its opponents filed); else None."""
        if mention.split()[0].lower() != "the" or noun not in _BODY_DOCUMENTS or not self.company_name \
                or self.company_name not in self._org_name_set():
            return None
        return self.company_name, "named", None, "group"

    def _named_kind(self, canon: str, role, kind: str, a: int, b: int):
        """(canonical, role, kind) of a named speaker at [a, b) as the mention layer reads it: a shorter form of an
        organisation is its full name, and a name the layer reads as a body speaks for it."""
        if canon in self._org_names():
            return self._org_names()[canon], role, "group"  # "Kelby Wind said" after "Kelby Wind Energy"
        whole = self._org_around(a, b, canon) if kind == "group" else None
        if whole:  # ("The Windhoek dealer Kalahari Gallery and Craft Centre (Pty) Ltd": the body, though a place
            return whole, None, "group"  # opens the mention)
        if self._layer_kind(a, b) not in ("organisation", "product"):
            return canon, role, kind
        whole = self._org_around(a, b, canon)
        if whole:  # "The Irish Association of Hospital Radiographers": the body, not "Hospital Consultants"
            return whole, None, "group"
        if kind == "person" and len(canon.split()) > 1 and not self._addressed(canon) \
                and not (role and role.split()[-1].lower() in _PERSON_HEADS):
            # (a person's role in apposition keeps a person: "Its co-ordinator, Jo Pereira dos Santos, said")
            kind = "group"  # "..., Right Wing Watch first reported": the mention layer reads an organisation
            # (not a name the article also writes after a Mr or Ms: "Mrs NicRoe", a person)
        return canon, role, kind

    def _issuer(self, mention: str, noun: str, a: int):
        """Who issued the document ``noun`` that speaks at ``a``: for "its"/"their", the organisation named last in
        this or the previous sentence (else what "it"/"they" stands for); for "his"/"her", the person; for a
        definite one ("The statement added"), its author as told in the latest earlier sentence naming that
        document (:meth:`_author_in`), or, for a letter, the subject that wrote in the sentence before
        ("the federation had written to both sides"); else None."""
        first = mention.split()[0].lower()
        if first in ("its", "their"):
            return self._subject_org(a) or self._nearer_org(a) \
                or self._pronoun("thing" if first == "its" else "group", a, "they")
        if first in _POSSESSIVE_PRONOUNS:
            return self._pronoun("person", a, _POSSESSIVE_PRONOUNS[first])
        if first in ("a", "an", "the", "this", "that"):  # (the aside may stand inside the mention or after it)
            aside = _AUTHOR_ASIDE.match(self.text, a + len(_head_phrase(mention))) \
                or _AUTHOR_ASIDE.match(self.text, a + len(mention.rstrip()))
            if aside:  # "The review, prepared by Leeds firm Marlow & Finch, found": its author, told in an aside
                hit = self.resolve(aside.group(1), aside.start(1), aside.end(1))
                if hit and hit[1] == "named":
                    return hit
        if first in ("a", "an"):  # "A letter from the authority said": the body so called
            head = _DOCUMENT_HEAD.match(mention)
            f = head and _DOCUMENT_FROM.match(self.text, a + head.end())
            if f and f.group(1) not in _COMPANY_NOUNS:  # ("a letter from the union" is no firm's)
                return self._body_from(a + head.end())
            return self._firm_named_before(a)
            # ("the gates locked and a notice saying ...": the firm just named)
        if first not in ("the", "this", "that"):
            return None
        sid = _sentence_for(self.article, a).sentence_id
        named = re.compile(rf"\b{re.escape(noun)}s?\b", re.I)  # ("received letters from X ... the letter reads")
        for s in (self.article.sentences[j] for j in range(sid - 1, max(-1, sid - 1 - _ISSUER_REACH), -1)):
            m = next((m for m in named.finditer(self.text, s.start, s.end) if not self.quoted.inside(m.start())), None)
            if m and not (_DOCUMENT_QUOTES.match(self.text, m.end())
                          and not re.search(r"[’']s\s+$", self.text[max(0, m.start() - 4):m.start()])):
                hit = self._author_in(s, m)  # (not one where the document quotes another: "the release quoted
                # general manager Jo Doe as saying": its author is told further back, unless the sentence owns it:
                # "Kelby Water Ltd's release quoted ...")
                if hit or noun not in _WRITTEN_DOCUMENTS or not self.text.startswith("the ", m.start() - 4):
                    return hit
                break  # ("Its manager read the letter aloud": a letter named again, its writer told before)
        if noun in _WRITTEN_DOCUMENTS and sid > 0:
            told = [p for p in self.article.sentences[max(0, sid - _ISSUER_REACH):sid]
                    if not self.quoted.inside(p.start + 1)][-2:]  # (the reporter's last two sentences before)
            sent, w = next(((p, w) for p in told[::-1] if (w := _WROTE_APPOSED.search(self.text, p.start, p.end)
                                                            or _WROTE.search(self.text, p.start, p.end))), (None, None))
            if not w or self.quoted.inside(w.start()):
                return None
            if w.group(1).islower() and " " not in w.group(1):
                return self._org_opening(sent)  # ("The Kelby Co-operative Ltd., which runs ..., had written to
                # council": the body opening the sentence, a relative clause before its verb)
            body = w.group(1).split()
            if len(body) == 2 and body[0] == "the":  # "the federation had written": the body so called
                name = (self._described_body(body[1], w.start()) or [None])[0] or self._one_body(body[1], w.start())
                return (name, "named", None, "group") if name else None
            hit = self.resolve(w.group(1), w.start(1), w.end(1))
            return hit if hit and hit[1] == "named" else None
        return None

    def _subject_org(self, a: int):
        """The organisation that opens the sentence before ``a`` as its subject, or whose plural members do
        ("Officers of the Kelby Council had recommended ... Their report said": the council), else None."""
        sid = _sentence_for(self.article, a).sentence_id
        return self._org_opening(self.article.sentences[sid - 1]) if sid else None

    def _unit_before(self, a: int):
        """'Kelby Palm Ltd, a unit of Doe Agri Holdings Ltd, began clearing ... / The company says ...': the company
        that opens the sentence before as its subject, its parent named in an appositive ("a unit of", "a subsidiary
        of": table ``parent_of_unit``), is "the company", not the parent nor the story's company; else None."""
        sent = _sentence_for(self.article, a)
        if sent.sentence_id == 0 or not self.company:
            return None
        prev = self.article.sentences[sent.sentence_id - 1]
        hit = self._org_opening(prev)
        if not hit or not _is_company_name(hit[0]):
            return None
        at = self.text.find(hit[0], prev.start, prev.end)
        unit = _UNIT_OF.match(self.text, at + len(hit[0])) if at >= 0 else None
        return hit if unit else None

    def _possessed_spokesperson(self, words: list[str], a: int):
        """'Acme Grain Inc. opened a bid at Kelby, and their man told our members': an unnamed spokesperson ("its
        spokesman", "their man") of the organisation that opens this sentence, when no other organisation or person
        is named between it and ``a``, or of the one opening the sentence before when this one names neither before
        ``a``; else None (an unnamed spokesperson of a named body is that body)."""
        if len(words) != 2 or not (words[1] in _SPOKES_NOUNS or words[1] in _SPOKES_PLAIN_NOUNS):
            return None
        sent = _sentence_for(self.article, a)
        for s in (sent, self.article.sentences[sent.sentence_id - 1] if sent.sentence_id else None):
            hit = self._org_opening(s) if s is not None else None
            if hit is None:
                if s is sent and (self._orgs_between(s.start, a) or self._layer_kind(s.start, a) == "person"):
                    return None  # (this sentence names someone before a: not the sentence before's body)
                continue
            others = {name for _, name in self._orgs_between(s.start, a) if name != hit[0]}
            return None if others or self._layer_kind(s.start, a) == "person" else hit
        return None

    def _org_opening(self, sent):
        """The organisation that opens the sentence ``sent`` as its subject (see :meth:`_subject_org`), else None."""
        orgs = self._org_mentions()
        k = bisect.bisect_left(orgs, (sent.start,))
        if k < len(orgs) and orgs[k][0] < sent.end and _ORG_SUBJECT_LEAD.fullmatch(self.text, sent.start, orgs[k][0]) \
                and not self.quoted.inside(orgs[k][0]):
            return orgs[k][1], "named", None, "group"
        return None

    def _author_in(self, sent, m: re.Match):
        """The author the sentence ``sent`` gives the document named at ``m``: "a statement from/by <name>",
        "<name>'s statement", else whoever speaks in that sentence ("X said in a statement ... that he was
        "surprised""); None when none is told."""
        by = _DOCUMENT_BY.match(self.text, m.end())
        if by:
            person = self._people_between(by.start(1), by.end(1))
            if len(person) == 1 and person[0][1] == by.end(1):
                return self._source_of(person[0][2])  # (the person the mention layer names there, as it writes the
                # name: "signed by his first son, Engr. Sunday Nnamani")
            hit = self.resolve(by.group(1), by.start(1), by.end(1))
            if hit and hit[1] == "named" or not by.group().lstrip().startswith("signed"):
                return hit if hit and hit[1] == "named" else None  # (a signer named by office alone: the body
                # that speaks in the sentence, below: "a communiqué signed by the council's Secretary General")
        if hit := self._body_from(m.end()):
            return hit  # ("A victim statement from the trust was read ... the statement said": the trust)
        if (handed := _DOCUMENT_HANDED_BY.match(self.text, m.end(), sent.end)) \
                and (k := self._layer_span_at(handed.end())) is not None \
                and (span := self._layer_spans()[k])[0] == handed.end() and span[2] in ("organisation", "person") \
                and (hit := self.resolve(self.text[span[0]:span[1]], span[0], span[1])) and hit[1] == "named":
            return hit  # ("The petition ... was handed over on Thursday by the Kelby Fishermen's Society")
        owner = _DOCUMENT_OWNER.search(self.text, max(sent.start, m.start() - 60), m.start())
        if owner:
            hit = self.resolve(owner.group(1), owner.start(1), owner.end(1))
            return hit if hit and hit[1] == "named" else None
        owner = _BODY_OWNER.search(self.text, max(sent.start, m.start() - 60), m.start())
        if owner:  # ("The committee's decision notice says"; "the notice reads" later: the committee)
            return self._body_possessor(owner.group(), owner.start())
        spoke = [c for off, c in self.history[-_MAX_HISTORY:] if sent.start <= off < sent.end]
        if spoke and self.sources[spoke[0]].source_type == "named":
            s = self.sources[spoke[0]]
            return s.name, s.source_type, s.role, s.kind
        return self._author_subject(sent) or self._cue_subject_before(sent, m.start()) or self._subject_aside(sent, m) \
            or self._issuing_subject(sent, m) \
            or (None if _DOCUMENT_OF_ANOTHER.match(self.text, m.end()) else self._body_saying_in(sent)) \
            or (self._org_opening(sent) if _ACCORDING_TO_DOCUMENT.search(self.text, max(sent.start, m.start() - 20),
                                                                        m.start())
                or _IN_A_DOCUMENT_BEFORE.search(self.text, max(sent.start, m.start() - 12), m.start()) else None) \
            or self._body_of_document(sent, m) or self._subject_after_document(sent, m)

    def _subject_after_document(self, sent, m: re.Match):
        """'In a memorandum to the deputy commissioner on Thursday, the samity sought ...': the subject after the
        opening phrase that names the document, when it resolves to a named source; else None."""
        if not _DOCUMENT_OPENING.fullmatch(self.text, sent.start, m.start()):
            return None
        subject = _SUBJECT_AFTER_OPENING.match(self.text, m.end(), sent.end)
        if not subject:
            return None
        hit = self.resolve(subject.group(1), subject.start(1), subject.end(1))
        return hit if hit and hit[1] == "named" else None

    def _issuing_subject(self, sent, m: re.Match):
        """'The Kelby Workers' Union (KWU) has issued a statement from its branch': the organisation the mention layer
        names as the subject of a verb of issuing (``issuing_verbs``) whose object is the document named at ``m``
        (its initials in brackets, an auxiliary and a few words between), else None."""
        for e in entities(self.article):
            for sa, sb in e.spans:
                if e.kind == "organisation" and sent.start <= sa < m.start() and not self.quoted.inside(sa) \
                        and (v := _ISSUING_OBJECT.fullmatch(self.text, sb, m.start())) \
                        and v.group(1).lower() in _ISSUING_VERBS:
                    return _unglued(e.name), "named", None, "group"
        return None

    def _body_saying_in(self, sent):
        """The one organisation the mention layer names in ``sent`` outside quotations right before a verb of
        saying ("In a statement, the Kelby Trades Forum said it would ..."), else None."""
        found = {_unglued(e.name) for e in entities(self.article) if e.kind == "organisation"
                 for sa, sb in e.spans if sent.start <= sa < sent.end and not self.quoted.inside(sa)
                 and (v := _VERB_NEXT.match(self.text, sb)) and _is_cue(v.group(1), strict=True)}
        return (found.pop(), "named", None, "group") if len(found) == 1 else None

    def _body_from(self, at: int):
        """'a letter from the authority', 'A victim statement from the trust': the body the story names by the noun
        after "from the" at ``at`` (right after the document's noun; :meth:`_one_body`), else None."""
        f = _DOCUMENT_FROM.match(self.text, at)
        name = f and f.group(1) in _BODY_HEADS and self._one_body(f.group(1), at)
        return (name, "named", None, "group") if name else None

    def _body_of_document(self, sent, m: re.Match):
        """The body the sentence ``sent`` ties the document named at ``m`` to by a noun the story names it with:
        its people or its possessive after the document ("A report by council officers", "The decision, adopted by
        the commission's five members", "published on the authority's website"); None when the noun names no
        one body."""
        for b in _BODY_OF_DOCUMENT.finditer(self.text, m.end(), sent.end):
            noun = b.group(1).lower()
            name = noun in _BODY_HEADS and not self.quoted.inside(b.start()) and self._one_body(noun, b.start())
            if name:
                return name, "named", None, "group"
        return None

    def _subject_aside(self, sent, m: re.Match):
        """'Kelby Proteins, in a statement issued on Wednesday, said ...': the named subject that opens ``sent``
        before the aside naming the document at ``m``, else None."""
        lead = _SUBJECT_THEN_DOCUMENT.fullmatch(self.text, sent.start, m.start())
        if not lead:
            return None
        start = sent.start + lead.start(1) - lead.start()
        hit = self.resolve(lead.group(1), start, start + len(lead.group(1)))
        return hit if hit and hit[1] == "named" else None

    def _cue_subject_before(self, sent, at: int):
        """'The Kelby Teachers' Committee, a volunteer group, said in a statement that ...', 'Kelby Power issued a
        press release': the named subject of the speech verb (or verb of issuing: issuing_verbs) standing just
        before the document's noun at ``at`` (within _CUE_TO_DOCUMENT characters), else
        None."""
        toks = _tokens(sent.text, sent.start)
        means = _DOCUMENT_AS_MEANS.search(self.text, max(sent.start, at - 30), at)
        if means and _ISSUED_BY_OTHER.match(self.text, at):
            means = None  # ("appeared in an ad released by the committee": the committee's ad)
        k = next((k for k in range(len(toks) - 1, -1, -1) if toks[k][2] <= at and toks[k][0].islower()
                  and (_is_cue(toks[k][0]) or toks[k][0] in _ISSUING_VERBS
                       or means and toks[k][2] <= means.start() and _means_verb(toks, k))), None)
        if k is None or at - toks[k][2] > _CUE_TO_DOCUMENT:
            return None
        sub = _subject_before(toks, k)
        if not sub or re.search(r"\band\s+$", self.text[max(0, sub[0] - 5):sub[0]]):
            return None
        mention = self.text[sub[0]:sub[1]]
        hit = self.resolve(mention, sub[0], sub[1])
        if hit and hit[1] == "anonymous":  # ("The operator, which runs 23 ferries, said in a notice": the body
            hit = self._org_noun_speaker(_head_phrase(mention).lower().split(), sub[0]) or hit  # it stands for)
        if hit and hit[3] == "person" and " and " in _head_phrase(mention):
            return None  # (the last of two authors, "Jo Doe and Ann Roe have filed a lawsuit", is not the author)
        return hit if hit and hit[1] == "named" else None

    def _author_subject(self, sent):
        """The organisation that opens ``sent`` as its subject, after an opening phrase ("The bank said in a written
        response", "In a statement, Acme's management acknowledged"): "the <company noun>" or "<Name>'s <part>";
        None for any other opening."""
        m = _AUTHOR_LEAD.match(self.text, sent.start, sent.end)
        if not m:
            return None
        if m.group("pron"):  # ("In a letter to the board, it called for ...": whoever "it" stands for there)
            hit = self.resolve(m.group("pron"), m.start("pron"), m.end("pron"))
            return hit if hit and hit[1] == "named" else None
        if m.group("noun"):  # ("In her ruling, the judge held": "the judge", if the story names them)
            hit = self._org_noun_speaker(["the", m.group("noun")], m.start("noun")) \
                or self._named_body(m.group("noun"), m.start("noun")) \
                or self.resolve(self.text[m.start("noun") - 4:m.end("noun")], m.start("noun") - 4, m.end("noun"))
            return hit if hit and hit[1] == "named" else None
        hit = self.resolve(m.group("owner"), m.start("owner"), m.end("owner"))
        if not hit or hit[1] != "named" or (hit[3] != "group" and m.group("part") not in _COMPANY_ORGANS):
            return None
        return hit[0], hit[1], None, "group"  # ("Doe's management acknowledged": Doe is a body)

    def fuller_org(self, name: str) -> str:
        """The name the mention layer gives most often to an organisation whose name opens with ``name`` ("Acme
        Retail Holdings" for "Acme Retail"), ends with it when it has a legal form ("Corrib Mask Aquaculture Ltd" for
        "Mask Aquaculture Ltd") or that it also calls ``name``, else ``name``."""
        found = [(len(e.spans), len(e.name), e.name) for e in entities(self.article)
                 if e.kind == "organisation" and (e.name.startswith(name + " ") or name in e.forms or (
                     e.name.endswith(" " + name) and is_legal_form(name.split()[-1])))]
        return max(found)[2] if found else name

    def _addressed(self, canon: str) -> bool:
        """The article writes the last word of the name ``canon`` after a form of address ("Mrs NicRoe")."""
        return canon.split()[-1] in _addressed_names(self.text)

    def _org_around(self, a: int, b: int, canon: str) -> str | None:
        """The longest name the mention layer gives an organisation inside text[a:b] that holds ``canon`` (the
        words _describe read as the name: "Hospital Consultants", "Guild") as whole words, if any."""
        names = [n for _sa, n in self._orgs_between(a, b) if len(n) > len(canon)]
        if names:  # (most often none: no pattern is compiled for the words)
            words = re.compile(rf"(?<!\w){re.escape(canon)}(?!\w)")
            names = [n for n in names if words.search(n) or words.search(re.sub(r"(?<=s)[’']", "", n))]
        return max(names, key=len) if names else None  # ("Grape Growers Council" in "... Grape Growers' Council")

    def _one_of(self, a: int, word: str, role: str | None):
        """'Several Labour MPs wrote to her. One, who asked not to be named, said: "..."': one of the group the
        mention layer names last in this or the previous sentence, an anonymous person; else None."""
        sid = _sentence_for(self.article, a).sentence_id
        lo = self.article.sentences[max(0, sid - 1)].start
        groups = [(sa, e.name) for e in entities(self.article) if e.kind == "group" for sa, _ in e.spans if lo <= sa < a]
        if not groups:
            return None
        name = max(groups)[1]
        return f"{word} of the {name}", "anonymous", role, "person"

    def _org_names(self) -> dict[str, str]:
        """Each shorter form of an organisation in the mention layer ("Kelby Wind") to its full name, with the
        words of each of its spans as written (an abbreviation the layer reads as the body: "KWA")."""
        if self._org_forms is None:
            self._org_forms = {f: _unglued(e.name) for e in entities(self.article) if e.kind == "organisation"
                               for f in (*e.forms, *(self.text[a:b] for a, b in e.spans)) if f != _unglued(e.name)}
        return self._org_forms

    def _company_leader(self, words: list[str], a: int):
        """'the Big Tech chief announced', "the company's chief executive said" (a title of ``leader_heads``,
        no other possessor): the latest person named in the last few sentences whom the article presents
        as running the story's company (:func:`_leaders`), or None."""
        if not self.company or not words or words[0] != "the" or not _LEADER_HEAD.search(" ".join(words)):
            return None
        owners = [_strip_possessive(w) for w in words[1:-1] if w != _strip_possessive(w)]
        if any(w not in _COMPANY_NOUNS and w != self.company.lower() for w in owners):
            return None  # "the rival's chief": another company's leader
        cands, _ = self._candidates("person", a, None, {}, _PRONOUN_REACH)
        for _, canon, _ in reversed(cands):
            if _leaders(self.text, self.company, [canon]):
                return self._source_of(canon)
        return None

    def _title_holder(self, words: list[str], a: int, want: str | None = None):
        """'The taoiseach has rejected ..., saying "..."' (an office of ``offices`` alone): the one person the
        article names with that title, before or after ("Taoiseach Jo Doe", "the chancellor, Jo Doe,", "Jo Doe,
        the chancellor"), else None.  (A holder who spoke before is found first by the roles of the sources so
        far, as any description is.)  With ``want`` ('m' or 'f'), only holders not known to be of the other sex."""
        title = words[1:]
        if " ".join(title) not in _OFFICES:
            return None
        t = r"\s+".join(map(re.escape, title))
        before = re.compile(r"(?:\b" + t + r"|\bthe\s+" + t + r",)\s+$", re.I)
        after = re.compile(r",\s+(?:(?:the|its|their)\s+)?(?:[a-z]+\s+)?" + t + r"\b"
                           + (r"|\s+" + t + r"\b" if " ".join(title).capitalize() in _POST_NOMINALS else ""), re.I)
        # (a style written after the name: "Ven. Jo Doe Thera ... the Thera said")
        text = self.text
        genders = _genders(text) if want else {}
        holders = {e.name for e in entities(self.article) if e.kind == "person" and genders.get(e.name, want) == want
                   for sa, sb in e.spans if before.search(text, max(0, sa - 40), sa) or after.match(text, sb)}
        if len(holders) != 1:
            return None
        name = holders.pop()
        return self._source_of(name, " ".join(title))

    def _trade_org(self, noun: str):
        """'the miller said' in an article naming one "Kelby Grain Milling Company": the one organisation (in the whole
        article) with a word made from the stem of the agent noun ``noun`` (miller: Milling, Mills; refiner:
        Refinery; insurer: Insurance), else None.  Not a noun for a person ("the farmer").  Once per noun."""
        if noun not in self._trades:
            self._trades[noun] = self._find_trade_org(noun)
        return self._trades[noun]

    def _find_trade_org(self, noun: str):
        if not _AGENT_NOUN.fullmatch(noun) or noun[-2:] not in ("er", "or") or noun in _PERSON_HEADS:
            return None
        made = re.compile(rf"{re.escape(noun[:-2])}(?:{_TRADE_ENDINGS})", re.I)
        names = {n for _, n in self._org_mentions() if any(made.fullmatch(w) for w in n.split())}
        return (names.pop(), "named", None, "group") if len(names) == 1 else None

    def _acronym_holder(self, mention: str, a: int):
        """'the DCE said', 'the acting CP told residents': a title written as its initials stands for the one person
        named before ``a`` with that title spelt out, right before the name ("Commissioner of Police Jo Doe") or
        defined before an appositive name ("the District Chief Executive (DCE) for Kelby, Mr. Jo Doe,"); the
        spelt-out title's head is a title or person's noun (not "the Office of the Director of Public Prosecutions
        (ODPP), Jo Doe": a body), only "acting"/"interim" may stand before the initials ("the deputy DA", "the
        former CM" is another person) and the article defines no body by them ("Sarvajan Party (SP)"); else None."""
        m = _ACRONYM_MENTION.fullmatch(mention.strip())
        if not m or not set(m.group("mods").lower().split()) <= _STAND_IN_WORDS:
            return None
        acr, mods = m.group("acr"), set(m.group("mods").lower().split())
        ents = entities(self.article)
        if any(e.kind != "person" and e.name != acr and any(self.text[sa:sb] == acr for sa, sb in e.spans)
               for e in ents):
            return None  # ("The Sarvajan Party (SP) ... the SP said": the party, whatever else SP spells)
        holders = set()
        for e in ents:
            if e.kind != "person":
                continue
            for sa, sb in e.spans:
                if sa < a and not self.quoted.inside(sa) and self._spells_title(acr, mods, sa):
                    holders.add(_after_titles(e.name))
        return self._source_of(holders.pop(), mention.strip()[m.start("mods"):]) if len(holders) == 1 else None

    def _spells_title(self, acr: str, mods: set[str], sa: int) -> bool:
        """The title written before the person span at ``sa`` (right before it, or defined with ``acr`` in brackets
        before an appositive, not after "for the"/"of the": "a spokeswoman for the Health Service Executive (HSE),
        Jo Doe") has ``acr`` as the initials of its capitalised words, ``mods`` and "of" words left out, counting
        from any of its words ("Kelby County District Attorney Jo Doe": the DA) and without a form of address at
        its end ("Commissioner of Police Mr Jo Doe")."""
        lo = _sentence_for(self.article, sa).start
        pre = self.text[max(lo, sa - 90):sa]
        hit = _TITLE_BEFORE_NAME.search(pre)
        if not hit:
            hit = _DEFINED_BEFORE_NAME.search(pre)
            if not hit or hit.group("acr") != acr or _FOR_THE_BEFORE.search(pre, 0, hit.start("title")):
                return False
        words = hit.group("title").split()
        if words and words[-1].rstrip(".") in _HONORIFICS and "acr" not in hit.groupdict():
            words = words[:-1]
        return any(_title_initials(words[k:], mods) == acr for k in range(len(words))
                   if words[k][:1].isupper() and not any(_ranks_title(w) for w in words[:k]))

    def _only_holder(self, head: str, a: int):
        """'the Minister of Health, Dr Jo Doe ... [six sentences] ... the minister said': the one person in the whole
        article written right after the title ``head`` ("Health Minister Jo Doe", "the Minister of Health, Dr Jo
        Doe") or with it in an appositive ("Jo Doe, the health minister,"), when the mention layer also names that
        person in the last few sentences, or, for a court's presiding officer (``presiding_titles``: "the
        magistrate"), anywhere before; else None (none, several ministers, or none named nearby)."""
        held = self._holder_of(head)
        if held is None:
            return None
        name, starts = held
        sid = _sentence_for(self.article, a).sentence_id
        lo = self.article.sentences[max(0, sid - _PRONOUN_REACH)].start
        name_ = _after_titles(name)
        k = bisect.bisect_left(starts, lo)
        if not (k < len(starts) and starts[k] < a) and self._just_quoted(a) != name_ \
                and not (head.lower() in _PRESIDING_TITLES and starts[0] < a):
            return None  # (named again nearby, under any form: "Doe-Smith told the Senate ...", or the last
            # person quoted: '"...," he said. The minister accused ...'; a court's one presiding officer named before
            # however far back: "Magistrate Mrs Jo Doe ... [five paragraphs] ... The magistrate warned")
        name = name_
        return self._source_of(name, head.lower())

    def _generation(self, word: str, surname: str, a: int):
        """'The elder Lin' / 'the younger Lin': of the namesakes a kin statement of the story ties as parent and child
        ("Lin Jo ..., his daughter, Lin Ann"; "Ann Lin's son, Kel Lin"), the parent or the child (generation_words);
        None when no such statement names one with that surname."""
        if self._kin_stated is None:
            self._kin_stated = [m for m in _KIN_STATED.finditer(self.text) if not self.quoted.inside(m.start())]
        for m in self._kin_stated:
            name = m.group("name") or m.group("name2")
            kin = m.group("kin") or m.group("kin2")
            if surname not in name.split() or kin not in _CHILD_KIN or not m.group("owner"):
                continue  # (only "<owner>'s son, <name>": the name is the child's)
            if _GENERATION[word] == "child":
                hit = self.resolve(name, m.start("name"), m.end("name"))
            else:
                owner = m.group("owner")
                hit = self._pronoun("person", m.start(), _POSSESSIVE_PRONOUNS[owner.lower()]) \
                    if owner.lower() in ("his", "her") else self.resolve(owner, m.start(), m.start() + len(owner))
            if hit and hit[1] == "named" and hit[3] == "person":
                return hit
        return self._child_of_generation(word, surname, a)

    def _child_of_generation(self, word: str, surname: str, a: int):
        """'Jo Doe, the only son of Acme Chairman Tom Doe, ... the elder Doe / the younger Doe': the parent or the
        child of a statement "<child>, the ... son of <parent>" (``_CHILD_OF_STATED``) before ``a``, outside
        quotations, when both names carry ``surname``; else None."""
        for m in _CHILD_OF_STATED.finditer(self.text, 0, a):
            if m.group("kin") not in _CHILD_KIN or surname not in m.group("name").split() \
                    or surname not in m.group("owner").split() or self.quoted.inside(m.start()):
                continue
            child, parent = self._person_ending(m, "name"), self._person_ending(m, "owner")
            if not child or not parent or surname not in parent[0].split():
                continue  # (the parent's name as the layer reads it: not "Kelby Grady Foods" before "founder")
            hit, other = [self.resolve(name, at, at + len(name)) for name, at in (
                (child, parent) if _GENERATION[word] == "child" else (parent, child))]
            if hit and hit[1] == "named" and hit[3] == "person" and hit != other:
                return hit
        return None

    def _person_ending(self, m: re.Match, group: str):
        """The mention layer's person span that ends ``m``'s ``group`` ("Jo Doe" of "On Tuesday Jo Doe", "Tom Doe"
        of "Acme Group Honorary Chairman Tom Doe"): (name, start), else None."""
        at = min((sa for e in entities(self.article) if e.kind == "person" for sa, sb in e.spans
                  if sb == m.end(group) and sa >= m.start(group)), default=None)
        return None if at is None else (self.text[at:m.end(group)], at)

    def _office_holder(self, head: str, want: str | None):
        """The one person the article names with the office ``head`` (:meth:`_holder_of`), anywhere, when not known
        to be of the other sex than ``want``; else None.  For a pronoun whose antecedent is "the <office>"."""
        held = self._holder_of(head)
        if held is None:
            return None
        name = _after_titles(held[0])
        if want and _genders(self.text).get(name, want) != want:
            return None
        return self._source_of(name, head)

    def _kin_named(self, kin: str, a: int, first_person: bool = False):
        """'"...," his grandfather said': the person the latest kin statement before ``a`` (outside quotations) names
        as ``kin`` ("her father, Jo Doe"), or the owner of its converse ("Doe's grandson, Kel": Doe; "His daughter,
        Ann Doe": whom "His" stands for there), else the first such statement in a caption after ``a``; None when the
        story states none."""
        if self._kin_stated is None:  # (the kin statements outside quotations, once)
            self._kin_stated = [m for m in _KIN_STATED.finditer(self.text) if not self.quoted.inside(m.start())]
        before = [m for m in self._kin_stated if m.end() <= a]
        deck = not before and self._in_lead(a)  # ("His son says he "..."" in a standfirst: "His eldest son, Jo
        # Doe," in the body names him; not "Mr Reed's daughter, Ann Reed,": another's)
        captions = [m for m in self._kin_stated if m.start() > a and (
            deck and m.group("kin") and m.group("owner") in ("His", "Her")
            or _CAPTION_LINE.match(self.text, self.text.rfind("\n", 0, m.start()) + 1))]
        for m in [*reversed(before), *captions]:
            # (one stated only in a caption after it, none before: "Caption: Jo Doe and her father, Dinny Roe" for
            # '"...," his daughter said' about the father)
            if first_person and (m.group("owner") or "").lower() not in ("my", "our"):
                continue  # ("My husband said" after "my husband, Jo Doe," only: not Mrs Roe's husband)
            if (m.group("kin") or m.group("kin2")) == kin:
                name = m.group("name") or m.group("name2")
                at = m.start("name") if m.group("name") else m.start("name2")
                hit = self.resolve(name, at, at + len(name))
                return hit if hit and hit[1] == "named" and hit[3] == "person" else None
            if m.group("kin") in _KIN[kin] and m.group("owner"):
                owner, at = m.group("owner"), m.start()
                if at > a and owner.lower() in ("his", "her"):
                    if not (pair := _NAME_AND_BEFORE.search(self.text, max(0, at - 60), at)):
                        continue  # (after it, only "Jo Doe and her father, Dinny Roe": whom "her" stands for there)
                    owner, at = pair.group(1), pair.start(1)
                hit = self._pronoun("person", at, _POSSESSIVE_PRONOUNS[owner.lower()]) \
                    if owner.lower() in ("his", "her") else self.resolve(owner, at, at + len(owner))
                if hit and _HEAD_SEX.get(kin, "?") != _genders(self.text).get(hit[0], _HEAD_SEX.get(kin, "?")):
                    continue  # "Jo Doe's daughter, ... her mother said": not Jo Doe, told a man by "he"/"Mr"
                return hit if hit and hit[1] == "named" and hit[3] == "person" else None
        return None

    def _bench_speaker(self, body: str, a: int):
        """'the three-judge panel led by Presiding Judge Jo Doe ... The panel said': the one person the article names
        with a title of the body's office (bench_of_office, the first title that has one), else the body so named
        before ``a`` ("the Kelby Review Panel ... the panel said", :meth:`_named_body`), else the body itself,
        anonymous, as a group (not a person named nearby: "His son, Jo Doe, was acquitted. The panel said ...")."""
        title, held = next(((t, h) for t in _BENCH_OF[body] if (h := self._holder_of(t))), (None, None))
        if held is None:
            return self._named_body(body, a) or (body, "anonymous", None, "group")
        name = _after_titles(held[0])
        return self._source_of(name, title)

    def _holder_of(self, head: str) -> tuple | None:
        """(name, sorted starts of its spans outside quotations) of the one person the mention layer names right
        after the title ``head`` or with it in an appositive (:meth:`_only_holder`), else None.  Once per title."""
        if head in self._holders:
            return self._holders[head]
        if self._held is None:  # (name, start, end) of each person span outside quotations, once
            self._held = [(e.name, sa, sb) for e in entities(self.article) if e.kind == "person"
                          for sa, sb in e.spans if not self.quoted.inside(sa)]
        t = rf"(?i:{re.escape(head)})"
        short = [k for k in _ABBREVIATIONS_OF.get(head.lower(), ()) if len(k) < len(head)]
        if short:  # ("Gov. Jo Doe ... the governor": the title's abbreviation before the name)
            t = rf"(?:{t}|(?:{'|'.join(k.capitalize() for k in short)})\.)"
        before = _rx(rf"\b{t},?(?:\s+(?:of|for|in)\s+(?:the\s+)?[{_UC}][\w&’'\-]*"
                     rf"(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[{_UC}&][\w’'\-]*)*,?)?"
                     r"\s+(?:(?:(?<=,\s)the\s+)?[A-Z][a-z]{1,3}\.?\s+)?$")  # (a short title between: "Dr", "Sen.",
        # after a comma with "the": "The Speaker, the Hon. Jo Doe,")
        # ("Minister in the Ministry of Finance Jo Doe": a body after the title, then the name)
        after = _rx(rf",\s+(?:the|a|an|its|their)\s+(?:[\w’'\-]+\s+){{0,3}}?{t}\b")
        holders = {name for name, sa, sb in self._held
                   if (m := before.search(self.text, max(0, sa - _TITLE_REACH), sa)) and not _second_office(m.group())
                   or after.match(self.text, sb)}
        name = holders.pop() if len(holders) == 1 else None
        self._holders[head] = name and (name, sorted(sa for n, sa, _b in self._held if n == name))
        return self._holders[head]

    def _role_holder(self, words: list[str], a: int, want: str | None = None):
        """'Former executive Tom Reed ... "...," the former executive said', 'Jo Doe, a spokeswoman for Acme, ...
        the spokeswoman added': the latest person the mention layer names in the last few sentences whose role
        (the role words before the name, or the appositive after it) holds every word of the short definite
        description ``words``, else None.  With ``want`` ('m' or 'f'), a person known to be of the other sex is passed
        over ("Alberta Premier Danielle Smith ... The premier said ..., he said": the other premier)."""
        desc = [w for w in words[1:] if w not in _AGE_ADJECTIVES] if len(words) > 2 else words[1:]  # ("the young
        # all-rounder": the all-rounder; an age's adjective is the reporter's, seldom the role written by the name)
        if not 1 <= len(desc) <= 4 or not all(w.replace("-", "").isalpha() or _YEAR_OLD.fullmatch(w) for w in desc) \
                or desc[-1] in _UNNAMED_HEADS:
            return None
        sid = _sentence_for(self.article, a).sentence_id
        lo = self.article.sentences[max(0, sid - _PRONOUN_REACH)].start
        spans = self._people_between(lo, a)
        genders = _genders(self.text) if want else {}
        body = desc[-1] in _ORG_WORDS or desc[-1] in _BODY_NOUNS
        for sa, sb, name in reversed(spans):
            if name.lower() in _NAME_TITLE_ABBREVIATIONS and self.text[sb:sb + 1] == ".":
                continue  # ("Mag. Dr. Jo Doe": a title the mention layer takes for a name)
            if body and self._body_noun_only_in_name(desc[-1], sa, sb):
                continue  # ("Jo Doe, a member of the Kelby Tenants Association ... the association said": the body)
            if genders.get(name, want) == want and set(desc) <= (role := self._role_words(sa, sb)):
                name = self._titled_namesake(spans, sa, sb, desc) or _after_titles(name)
                if (role - set(desc)) & _QUALIFIED_OFFICE and (full := self._one_current_holder(desc[-1])) \
                        and full != name and self._named_before(full, a):
                    return self._holder_source(full)  # ("Gov. Jo Doe ... Former Gov. Kel Roe ... the governor")
                return self._source_of(name, " ".join(desc))
        bare = {_after_titles(name) for sa, sb, name in spans if genders.get(name, want) == want
                and set(desc) <= self._role_words(sa, sb, bare=True)}
        if len(bare) == 1 and not body:
            return self._source_of(bare.pop(), " ".join(desc))  # ("Fr Jo Doe, parish priest of Kelby, ... the
            # priest said": a role with no article, of one person only there)
        owned = _ITS_OR_THEIR.match(self.text, a) is not None
        far = set() if bare or body or not owned else {
            _after_titles(name) for sa, sb, name in self._people_between(0, lo)
            if genders.get(name, want) == want and self._apposed_role(desc[-1], sa, sb)
            and set(desc) <= self._role_words(sa, sb) and not self._described_anew(desc[-1], sb, a)}
        return self._source_of(far.pop(), " ".join(desc)) if len(far) == 1 else None  # ("The lake warden, Jo Doe,
        # told me ... [far on] ... as its warden puts it": a body's one holder of the role, whom the story set it
        # beside before; not after "a senior official, who asked not to be named," nor for "the senator": the
        # story's several senators)

    def _described_anew(self, noun: str, lo: int, hi: int) -> bool:
        """Someone new is brought in between ``lo`` and ``hi`` by an indefinite description with ``noun`` ("a senior
        government official")."""
        return _rx(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'\-]+\s+){{0,3}}{re.escape(noun)}\b").search(
            self.text, lo, hi) is not None

    def _apposed_role(self, noun: str, sa: int, sb: int) -> bool:
        """The person named at [sa, sb) has the role ``noun`` set beside the name by a definite phrase and a comma,
        of no body named there ("The lake warden, Jo Doe,", "Jo Doe, the lake warden,"; not "former Gov. Jo Doe",
        "Jo Doe, the chairman of the Kelby Bakers' Union,": another body's holder)."""
        role = rf"(?:the|The|its|Its)\s+(?:[a-z][\w’'\-]*\s+){{0,3}}{re.escape(noun)}"
        return _rx(role + r",\s+$").search(self.text, max(0, sa - 60), sa) is not None \
            or _rx(r",\s+" + role + r"\b(?!\s+(?:of|at|for|with)\b)").match(self.text, sb) is not None

    def _titled_namesake(self, spans: list, sa: int, sb: int, desc: list[str]) -> str | None:
        """For a lone surname at [sa, sb) whose title holds the description ``desc`` ("Fr Durkan ... the priest"),
        the person named in full in ``spans`` with that surname whose role holds it too ("Fr Liam Durkan, parish
        priest of Ballina"), when the mention layer may have read the surname as a namesake's ("Cllr Seamus
        Durkan"); else None."""
        word = self.text[sa:sb]
        if " " in word.strip():
            return None
        full = {name for a, b, name in spans if (a, b) != (sa, sb) and " " in self.text[a:b].strip()
                and self.text[a:b].rstrip().endswith(" " + word) and set(desc) <= self._role_words(a, b)}
        return _after_titles(full.pop()) if len(full) == 1 else None

    def _body_noun_only_in_name(self, noun: str, sa: int, sb: int) -> bool:
        """The body's ``noun`` stands by the name at [sa, sb), in its sentence, only capitalised, inside a body's
        name ("Jo Doe, a member of the Kelby Tenants Association"), or as the possessor of the person's role ("The
        corporation's managing director, Jo Doe,": the body's officer, not the body), never as a lower-case role
        word."""
        sent = _sentence_for(self.article, sa)
        window = self.text[max(sent.start, sa - 80):min(sent.end, sb + 150)]
        found = [m.group() for m in _rx(rf"\b{re.escape(noun)}\b(?:[’']s\b)?", re.I).finditer(window)]
        return bool(found) and all(w[:1].isupper() or w.endswith(("’s", "'s")) for w in found)

    def _last_speaker_role(self, words: list[str], a: int):
        """'Defending, Jo Doe KC said ... "...," the barrister said', 'Jo Doe, 45, lost her home. "...," the
        mother-of-two said': a role the article gives no one ("the" and one lower-case word, no generic, unnamed
        or document head), said of a quotation, stands for the named person who spoke in the previous sentence
        when no one else is named there, else for the one person named there, as its active subject, (for a
        title) named there first; not of the other sex than the role's noun; else None.  (Not the speaker's own
        sentence: 'Cruz said as the heckler yelled: "..."'.)"""
        head = words[-1]
        if len(words) != 2 or not all(_LOWER_WORD.fullmatch(w) for w in words[1:]) or head in _GENERIC_HEADS \
                or head in _UNNAMED_HEADS or head in _DOCUMENT_HEADS or head.endswith("s") and not head.endswith("ss") \
                or head in _ORG_NOUNS or head in _ORG_WORDS or head in _BODY_NOUNS or head in _COMPANY_NOUNS:
            return None  # (nor an organisation's noun: "the utility said", "the union said" is no role of its chief)
        sent = _sentence_for(self.article, a)
        while sent.sentence_id > 0 and self.quoted.inside(sent.start):  # (from the quotation's first sentence)
            sent = self.article.sentences[sent.sentence_id - 1]
        if self.quoted.next_start_after(sent.start - 1, sent.end) >= sent.end:
            return None  # no quotation in the sentence: "The woman who started it all identified herself"
        lo = self.article.sentences[max(0, sent.sentence_id - 1)].start
        off, canon = next(((o, c) for o, c in reversed(self.history[-5:]) if o < a), (-1, None))
        names = {c[1]: c[0] for c in reversed(self.person_mentions_before(a, lo)) if not c[2]}  # name -> first offset
        if off >= lo and (off >= sent.start or set(names) - {canon}):
            return None  # someone spoke there, and someone else is named since
        if off < lo:  # no one spoke there: the one person named, the subject of the previous sentence
            canon, at = next(iter(names.items())) if len(names) == 1 else (None, a)
            end = at + len(_CAP_RUN.match(self.text, at).group()) if canon else a
            if at >= sent.start or not self._is_subject(at) or _PASSIVE_AFTER.match(self.text, end) \
                    or self._layer_kind(at, end) != "person" or _is_title(head) and self._named_before(canon, lo):
                return None  # (a title for someone named before: "the senator" is PolNeAR's literal speaker)
        s, sex, known = self.sources.get(canon), _HEAD_SEX.get(head), _genders(self.text).get(canon)
        if s and (s.kind != "person" or s.source_type != "named") or sex and known and sex != known:
            return None
        return self._source_of(canon, " ".join(words[1:]))

    def _named_before(self, canon: str, lo: int) -> bool:
        """The mention layer names the person ``canon`` before offset ``lo``."""
        if self._first is None:  # (each name's first span, once)
            self._first = {}
            for e in entities(self.article):
                self._first[e.name] = min(e.spans[0][0], self._first.get(e.name, e.spans[0][0]))
        return self._first.get(canon, lo) < lo

    def _named_in_full_before(self, canon: str, lo: int) -> bool:
        """The mention layer names the person ``canon`` with the first word of that name before offset ``lo`` (a
        headline's "Senator Doe quits" does not introduce "Senator Jo Doe")."""
        if self._first_full is None:  # (each name's first span holding its first word, once)
            self._first_full = {}
            for e in entities(self.article):
                first = e.name.split()[0]
                starts = [sa for sa, sb in e.spans if first in self.text[sa:sb]]
                if starts:
                    self._first_full[e.name] = min(min(starts), self._first_full.get(e.name, starts[0]))
        return self._first_full.get(canon, lo) < lo

    def _leader_named_later(self, desc: list[str], a: int):
        """'Acme cut its outlook, citing what its chief executive called "..." ... chief executive Jo Doe told
        analysts': a leader's title (``leader_heads``) that a lede gives before the story names its holder stands
        for the first person named later with that title, of the body the description tells (:meth:`_own_words`);
        a body's possessive first ("their co-operative's chairman", "the company's managing director") names the
        body's kind; else None."""
        body = _strip_possessive(desc[0]) if len(desc) > 1 and desc[0] != _strip_possessive(desc[0]) else ""
        desc = desc[1:] if body else desc  # ("their co-operative's chairman": the chairman of the co-operative)
        bodied = " ".join(desc) in _BODY_LEADER_HEADS or bool(body)  # ("its president": only one named with its
        # body's word)
        if not _LEADER_HEAD.search(" ".join(desc)) and not bodied:
            return None
        spans = sorted((sa, sb, e.name) for e in entities(self.article) if e.kind == "person"
                       for sa, sb in e.spans if sa > a and not self.quoted.inside(sa))
        own = self._own_words(a, body)
        for sa, sb, name in spans:
            told = self._role_bodies(sa, sb)
            bodies = [w for w in told if w.lower() not in desc]  # ("Principal Jo Doe": the title itself,
            # capitalised, is no body's word; then no other body named just before: "Tarn High School, which came
            # second, ... Principal Jo Doe said")
            if len(bodies) < len(told) and not bodies and self._other_body_near(sa, own):
                continue
            firm = body in _COMPANY_NOUNS and any(is_legal_form(w) for w in bodies)  # ("the company's managing
            # director ... / Jo Doe\nManaging Director, Kelby Leisure Ltd": a company's, by its legal form)
            if any(w not in own for w in bodies) and not firm or bodied and not bodies:  # ("Ford" not in "Fordham")
                continue  # "Ford chief executive Jo Doe": the leader of another body than the one "its" stands for
                # ("President Jo Doe": no body's word, no holder of "its president")
            if set(desc) <= self._role_words(sa, sb):
                name = _after_titles(name)
                return self._source_of(name, " ".join(desc))
        return None

    def _other_body_near(self, at: int, own: set[str]) -> bool:
        """An organisation named in the sentence of ``at`` or the one before it in its paragraph whose distinctive
        words (not ``org_words``: "Tarn High" of "Tarn High School") are none of ``own``."""
        sent = _sentence_for(self.article, at)
        prev = self.article.sentences[sent.sentence_id - 1] if sent.sentence_id else sent
        lo = prev.start if prev.paragraph_id == sent.paragraph_id else sent.start
        for sa, name in self._org_mentions():
            words = {w for w in name.split() if w.lower() not in _ORG_WORDS}
            if lo <= sa < sent.end and words and not words & own:
                return True
        return False

    def _own_words(self, a: int, body: str) -> set[str]:
        """The words that may name the body a description at ``a`` belongs to: those of its sentence up to ``a`` and
        of the sentence before in its paragraph ("Kelby Parks Ltd describes its scheme as ... At the session its
        managing director told me"), the story's company's, and the spellings of ``body`` ("Co-op chairman Jo
        Doe" for "their co-operative's chairman")."""
        sent = _sentence_for(self.article, a)
        prev = self.article.sentences[sent.sentence_id - 1] if sent.sentence_id else sent
        lo = prev.start if prev.paragraph_id == sent.paragraph_id else sent.start
        own = {_strip_possessive(w) for w in re.findall(r"[\w&’'\-]+", self.text[lo:a] + " " + (self.company or ""))}
        return own | ({body.capitalize(), *_SHORT_BODY_NOUNS.get(body, ())} if body else set())

    def _headline_holder(self, mention: str, words: list[str], a: int, deck: bool = False):
        """'chief executive promises "..."', 'Agency chief admits "..."', 'iwi trust chair warns of "..."' in a
        headline or deck: the first person the story names after ``a`` whose role holds the description's last
        word and its other words (one of three or more may be missing: "Trust chair Jo Doe"); else None. With
        ``deck`` (a deck ending with a full stop), of several such people the one whose sentence holds the deck's
        quoted words, else None."""
        desc = [_strip_possessive(w) for w in words if w not in _ROLE_ARTICLES and w not in _BODY_POSSESSIVES]
        if not 1 <= len(desc) <= 4 or not all(w.isalpha() for w in desc) or desc[-1] in _UNNAMED_HEADS \
                or not (desc[-1] in _PERSON_HEADS or desc[-1] in _KIN_AND_COURT_NOUNS  # ("widow tells court ...")
                        or _is_title(desc[-1]) and (len(desc) > 1 or not mention.strip()[:1].isupper()
                                                    or _lone_office_title(desc[-1]))):
            return None  # (a person's noun: not 'ministry says ...', a body; nor a lone capitalised title word
            # that is no office, 'State calls emails "top secret"': the State Department)
        spans = sorted((sa, sb, e.name) for e in entities(self.article) if e.kind == "person"
                       for sa, sb in e.spans if sa > a and not self.quoted.inside(sa))
        forms = _SPOKES_FORMS if len(desc) > 1 else {}  # ("Police spokesman says" for "police spokesperson Jo Doe";
        # not a lone "Spokesman says" over a spokeswoman and a spokesman)
        desc = [forms.get(w, w) for w in desc]
        held, lone = [], len(desc) == 1  # (one word, capitalised or not, held by several: "President says ..."
        # over two union presidents tells none)
        for sa, sb, name in spans:
            role = {forms.get(w, w) for w in self._role_words(sa, sb, bare=True)}
            if role & _PAST_HOLDER_WORDS and not set(desc) & _PAST_HOLDER_WORDS \
                    or role & _OTHER_OFFICE_WORDS and not set(desc) & _OTHER_OFFICE_WORDS:
                continue  # ("Former prime minister Jo Doe": no longer the holder, unless the headline says so too,
                # "former umpire warns"; "Deputy Prime Minister": another)
            if desc[-1] in role and len(set(desc[:-1]) - role) <= (1 if len(desc) >= 3 else 0) \
                    and not self._modifier_in_role(desc[-1], sa, sb):
                held.append((sa, _after_titles(name), role))
                if not lone and not deck:
                    break
        if lone:
            held = self._lone_title_holders(desc[0], held, a)
        elif deck and len({name for _, name, _ in held}) > 1:
            held = self._saying_the_lines_words(held, a)
        return self._source_of(held[0][1], " ".join(desc)) if held else None

    def _lede_holder(self, mention: str, words: list[str], a: int):
        """The one person the story names after ``a`` with the role of a definite description in its opening ("the
        governor says ..." in a deck, "The judge said ..." in a lede: :meth:`_headline_holder`), else None."""
        hit = self._headline_holder(mention, words, a) if self._in_lead(a) else None
        return hit if hit and self._holders_after(words[-1], a) == {hit[0]} else None

    def _holders_after(self, title: str, a: int) -> set:
        """The names of the people the story names after ``a`` with ``title`` among their role's words."""
        return {_after_titles(e.name) for e in entities(self.article) if e.kind == "person" for sa, sb in e.spans
                if sa > a and not self.quoted.inside(sa) and title in self._role_words(sa, sb, bare=True)}

    def _lone_title_holders(self, title: str, held: list, a: int) -> list:
        """A lone capitalised title in a headline ('Bishop calls ...') stands for one holder: of the people named
        later with it (``held``: (offset, name, role words)), all of them when they are one person; else the one
        whose role is the title alone ("Bishop Jo Doe", not "Auxiliary bishop Tom Roe"), else the one whose role's
        other words the text before has told, else the one whose sentence repeats the headline's quotation; else
        none ("Police Superintendent Jo Doe ... Schools Superintendent Tom Roe" and no quotation to tell)."""
        if len({name for _, name, _ in held}) <= 1:
            return held
        bare = [h for h in held if not h[2] - _ROLE_ARTICLES - _BODY_POSSESSIVES - {title}]
        if len({name for _, name, _ in bare}) == 1:
            return bare
        told = set(re.findall(r"[a-z]+", self.text[:a].lower()))
        told = [h for h in held if h[2] - _ROLE_ARTICLES - _BODY_POSSESSIVES - {title} <= told]
        if len({name for _, name, _ in told}) == 1:
            return told  # ("- The department has spent ...\n- Its secretary admitted ...": "Department secretary")
        return self._saying_the_lines_words(held, a)

    def _saying_the_lines_words(self, held: list, a: int) -> list:
        """Of ``held`` ((offset, name, role words) of people named later), those whose sentence holds the quoted
        words of the line at ``a`` (a headline's or deck's), when they are one person; else []."""
        line = self.text[self.text.rfind("\n", 0, a) + 1:(self.text.find("\n", a) + 1 or len(self.text) + 1) - 1]
        quoted = [q.strip(" ,.") for q in re.findall(r"[“\"‘]([^”\"’]{4,})[”\"’]", line)]
        said = [h for h in held if quoted and all(
            q in self.text[(sent := _sentence_for(self.article, h[0])).start:sent.end] for q in quoted)]
        return said if len({name for _, name, _ in said}) == 1 else []

    def _modifier_in_role(self, word: str, sa: int, sb: int) -> bool:
        """``word`` of the role written with the name at [sa, sb) is only a modifier of its head there: each time
        before another lower-case word ("Jo Doe, the union's chief negotiator," for a headline's "chief"), not a
        leader's title (table leader_heads: "chief executive")."""
        pre = self.text[max(_sentence_for(self.article, sa).start, sa - 80):sa].split()
        appos = _APPOSITIVE_ROLE.match(self.text, sb)
        runs = [pre[len(pre) - _role_length(pre):] if pre else [], appos.group(1).split() if appos else []]
        nexts = [run[x + 1].strip(".,") if x + 1 < len(run) else "" for run in runs
                 for x, w in enumerate(run) if _strip_possessive(w.strip(".,")).lower() == word]
        return bool(nexts) and all(n.isalpha() and n.islower() and n not in _PREPOSITIONS and n not in ("and", "or")
                                   and not _LEADER_HEAD.search(f"{word} {n}")
                                   for n in nexts)  # (a leader's title stays: "chief" for "chief executive")

    def _signature_role(self, sa: int, sb: int) -> re.Match | None:
        """The role line under a name that stands alone on its line, as a letter's signature writes it ("Jo Doe\n
        Managing Director, Kelby Leisure Parks Ltd": group 1 the role, group 2 the body and any town), else None."""
        if self.text[sa - 1:sa] not in ("\n", ""):
            return None
        return role_line_under(self.text, sb)

    def _role_bodies(self, sa: int, sb: int) -> list[str]:
        """The capitalised words, no titles, of the role written with the name at [sa, sb): a body's name before
        the role ("Ford chief executive Jo Doe") or in an appositive ("Jo Doe, Acme's chief executive,", "Jo Doe,
        the chief executive of Acme,")."""
        pre = self.text[max(_sentence_for(self.article, sa).start, sa - 80):sa].split()
        words = pre[len(pre) - _role_length(pre):] if pre else []
        appos = _APPOSITIVE_ROLE.match(self.text, sb)
        words += appos.group(1).split() if appos else []
        words += signed.group(2).split() if (signed := self._signature_role(sa, sb)) else []
        return [w for w in map(_strip_possessive, (w.strip(".,()") for w in words))
                if w[:1].isupper() and not _is_title(w) and w not in _STYLES and w not in _NOT_NAME
                and w.lower() not in _ROLE_PARTICIPLES]  # ("Managing director Jo Doe": a role's word, no body's)

    def _role_words(self, sa: int, sb: int, bare: bool = False) -> set[str]:
        """The lower-case words of the role written with the name at [sa, sb): the titles inside the span, the
        role words before it ("Veteran Irish broadcaster Jo Doe") and an appositive after it ("Jo Doe, the
        party's deputy leader,"; not a relative clause); with ``bare``, one with no article too ("Jo Doe, chief
        executive of Kelby Ports Agency,": for a headline's role, not for "the president" of a story naming
        several presidents)."""
        pre = self.text[max(_sentence_for(self.article, sa).start, sa - 80):sa].split()
        cut = len(pre)
        styles = _PATRONYMIC_STYLES if any(t in _PATRONYMIC_PARTICLES for t in self.text[sa:sb].split()) else ()
        while cut and (pre[cut - 1].rstrip(".") in _STYLES or pre[cut - 1].rstrip(".").lower() in _TITLES
                       or pre[cut - 1].lower() in styles  # ("the Penghulu, Awang Haji Jo bin Doe,": Brunei's style)
                       or pre[cut - 1].endswith(".") and pre[cut - 1][:-1].lower() in _NAME_TITLE_ABBREVIATIONS
                       or cut == len(pre) and _LONE_INITIAL.fullmatch(pre[cut - 1])) \
                and not pre[cut - 1].endswith(","):
            cut -= 1  # (and an initial the mention layer leaves off the name: "Collector Smt. R. Jo Doe")
        offices = [w for w in pre[cut:] if _is_title(w.rstrip(".")) and w.rstrip(".") not in _STYLES
                   and w.rstrip(".") not in address_sexes()
                   and w.rstrip(".").lower() not in _NAME_TITLE_ABBREVIATIONS]  # ("Judge Smt. Jo Doe": the office
        # before a form of address)
        if any(w.rstrip(".") in _STYLES for w in pre[cut:]):
            pre = pre[:cut]  # "the governor, His Excellency Jo Doe": a style of address, then the name
        n = _role_length(pre) or _lower_role_length(pre)
        if not n and 0 < cut < len(pre):  # ("Collector Smt. R. Jo Doe": the role before the form of address)
            offices += pre[cut - _role_length(pre[:cut]):cut]
        # (a name's last word is no title: "Carole King", "Burger King" for no "the king")
        out = [w for w in self.text[sa:sb].split()[:-1] if _is_title(w)] + (pre[len(pre) - n:] if n else [])
        out += _title_before_portfolio(pre[:len(pre) - n]) if n else []
        role = pre[:cut]  # (a title may stand between the comma and the name: "The Housing Minister, Deputy Jo Doe")
        if role and role[-1].endswith(","):  # "Labour's shadow chancellor, Rachel Reeves,": the role, a comma
            # (up to eight words: "The Member of Parliament for Kelby Eastern, Jo Doe,")
            lead = next((x for x in range(len(role) - 1, max(-1, len(role) - 9), -1)
                         if role[x].lower() in _ROLE_ARTICLES or role[x].lower() in ("our", "my")
                         or _POSSESSOR.fullmatch(role[x])), None)  # ("our coach, Jo Doe,": a letter's own)
            out += role[lead:] if lead is not None and "," not in "".join(role[lead:-1]) else []
        out += _copular_role(role)
        gen = _GENERATION_AFTER.match(self.text, sb)
        sb = gen.end() if gen else sb  # ("Nana Kwame Asante II, the chief of Kelby,": the generation ends the name)
        age = _AGE_AFTER.match(self.text, sb) or _AGE_STATED_AFTER.match(self.text, sb)
        if age:  # "Sarah Jones, 45, ... The 45-year-old said", "Jo Doe, known as 'Jo the Boat', is 84"
            out.append(f"{age.group(1)}-year-old")
        appos = _APPOSITIVE_ROLE.match(self.text, sb)
        if appos and not any(w in _FINITE or _is_cue(w) or w.endswith("ed") for w in appos.group(1).split()[1:]):
            out += appos.group(1).split()  # (not a clause: "As Doe spoke, the attendees chanted")
        if signed := self._signature_role(sa, sb):
            out += signed.group(1).split()  # ("Jo Doe\nManaging Director, Kelby Leisure Ltd": a letter's signer)
        body = _BODY_AFTER_TITLED.match(self.text, sb) if bare and not appos and out else None
        out += body.group(1).split() if body else []  # "Chief Jo Doe of the Kelby Police Department": its body
        bare = None if appos or not bare else _BARE_ROLE_AFTER.match(self.text, sb)
        if bare and (bare.group("head") in _PERSON_HEADS or _is_title(bare.group("head"))):
            out += bare.group(1).split()  # "Jo Doe, chief executive of Kelby Ports Agency,": a role, no article
        if pre and pre[-1].rstrip(".").lower() in _TITLE_ABBREVIATIONS:
            out.append(pre[-1])  # "Sen. Jo Doe": the abbreviated title right before the name
        out += offices
        words = {_strip_possessive(w.strip(".,()")).lower() for w in out}
        words |= {_TITLE_ABBREVIATIONS[w] for w in words if w in _TITLE_ABBREVIATIONS}  # "Sen." a senator
        return words | _initials_words(words)

    def _named_body(self, noun: str, a: int):
        """'the authority said' after 'the Casco Harbor Authority': the latest organisation before ``a`` that
        the mention layer names with that institution noun (``org_words``), or one it may stand for
        (``body_nouns``: "the agency" for "the Transportation Department"), as its first or last word or the
        word before its "of" (:func:`_body_heads`)."""
        if noun not in _ORG_WORDS and noun not in _BODY_NOUNS:
            return None
        if noun not in self._bodies:  # (start, name, named by the noun itself) of the organisations so named, once
            own = {noun, *_FOREIGN_BODY_NOUNS.get(noun, ())}  # (or in another language: "Associazione ...")
            nouns = own | _BODY_NOUNS.get(noun, frozenset())
            called = {n for _sa, n in self._descriptions().get(noun, [])}  # ("the Kelby Medical Association, the
            # doctors' union,": called by the noun in apposition, as if named by it)
            self._bodies[noun] = [(sa, name, bool(own & heads) or name in called) for sa, name in self._org_mentions()
                                  if len(words := name.lower().split()) > 1
                                  and ((heads := _body_heads(words)) & nouns or name in called)]
        named = self._bodies[noun]
        k = bisect.bisect_left(named, (a,))
        if not k:
            return None
        lo = self.article.sentences[max(0, _sentence_for(self.article, a).sentence_id - 1)].start
        own = next((n for n in reversed(named[:k]) if n[2] and n[0] >= lo), None)  # ("The Food Standards Agency
        # warned Kelby Catering Services": the agency); a rating agency only when no body so called came before
        heads = _body_heads(named[k - 1][1].lower().split()) & {noun, *_BODY_NOUNS.get(noun, ())}
        if own is None and heads <= _WEAK_BODY_NOUNS:
            own = next((n for n in reversed(named[:k]) if n[2]), None)
        return (own or named[k - 1])[1], "named", None, "group"

    def _named_by_last_word(self, noun: str, a: int):
        """'Jo Doe had worked at the Kelby Children's Clinic for years. The clinic said ...': a common noun that no
        table lists as a body's stands for the one organisation the mention layer names in this sentence or the
        one before whose name has that word as its head (:func:`_name_head`: last, or before a legal form; not "the
        defense" for the "Department of Defense"); not a person's noun or title ("the king" is no "Burger King"), a
        document's or a plural; else None."""
        if not noun.isalpha() or not noun.islower() or noun in _PERSON_HEADS or _is_title(noun) \
                or noun in _DOCUMENT_HEADS or noun in _UNNAMED_HEADS or noun.endswith("s") and not noun.endswith("ss"):
            return None
        lo = self.article.sentences[max(0, _sentence_for(self.article, a).sentence_id - 1)].start
        names = {name for sa, name in self._orgs_between(lo, a) if not self.quoted.inside(sa)
                 and len(words := name.lower().split()) > 1 and noun == _name_head(words)}
        return (names.pop(), "named", None, "group") if len(names) == 1 else None

    def _noun_described(self, words: list[str], a: int):
        """"the <noun>" (``words``) as a trade's body (:meth:`_trade_org`), a body the reporter describes by the noun
        (:meth:`_described_body`), a body a story's opening names later (:meth:`_body_named_later`) or the agent of
        the noun's participle (:meth:`_agent_of_participle`); "the review board" as the body whose name holds its
        words (:meth:`_org_with_words`); else None."""
        if len(words) == 2:
            return self._trade_org(words[1]) or self._described_body(words[1], a) \
                or self._body_named_later(words[1], a) or self._agent_of_participle(words[1], a)
        return self._org_with_words(words[1:], a) if 3 <= len(words) <= 4 else None

    def _described_body(self, noun: str, a: int):
        """'below what the system called "..."' after "Kelby Health will leave the network, the 12-hospital system
        said" or "Kelby Health, a nonprofit system, runs ...": the latest organisation before ``a`` that the
        reporter describes by ``noun`` (:meth:`_descriptions`), else None."""
        found = self._descriptions().get(noun, [])
        k = bisect.bisect_left(found, (a,))
        return (found[k - 1][1], "named", None, "group") if k else None

    def _descriptions(self) -> dict:
        """Common noun -> (start, name) of the organisations the reporter describes by it, in reading order: in
        apposition right after the name ("Kelby Health, a 12-hospital system,") or as the speaker of a sentence
        of the reporter's own that the name opens ("Kelby Health will leave ..., the 12-hospital system said")."""
        if self._described is None:
            found: dict[str, list] = {}
            for e in entities(self.article):
                for sa, sb in e.spans if e.kind == "organisation" else ():
                    m = _APPOSITIVE_DESCRIPTION.match(self.text, sb)
                    if m and not self.quoted.inside(sa):
                        found.setdefault(m.group("noun"), []).append((sa, _unglued(e.name)))
            for sent in self.article.sentences:
                m = _DESCRIBED_SPEAKER.search(self.text, sent.start, sent.end)
                if m and (m.group("noun") in _ORG_WORDS or m.group("noun") in _BODY_NOUNS) \
                        and m.group("noun") not in _COMPANY_NOUNS:
                    continue  # "British Airways has refused ..., the union said": a body's own noun is another body
                    # (not a company's: "Kelby Hotels PLC has ended ..., the hotel group said")
                k = bisect.bisect_left(self._org_mentions(), (sent.start,)) if m else len(self._org_mentions())
                if k < len(self._org_mentions()) and not self.quoted.inside(m.start()) \
                        and _DESCRIBED_LEAD.fullmatch(self.text, sent.start, self._org_mentions()[k][0]):
                    found.setdefault(m.group("noun"), []).append((sent.start, self._org_mentions()[k][1]))
            self._described = {k: sorted(v) for k, v in found.items()}
        return self._described

    def _org_with_words(self, words: list[str], a: int):
        """'The review board said' after 'the Tarn Rates Review Board': the latest organisation named before
        ``a`` whose name holds every word of the description, its institution noun last (org_words, body_nouns);
        else None."""
        if words[-1] not in _ORG_WORDS and words[-1] not in _BODY_NOUNS:
            return None
        orgs = self._org_mentions()
        for k in range(bisect.bisect_left(orgs, (a,)) - 1, -1, -1):
            name = orgs[k][1]
            if name not in self._org_words:
                self._org_words[name] = frozenset(name.lower().split())
            if self._org_words[name].issuperset(words) and not self.quoted.inside(orgs[k][0]):
                return name, "named", None, "group"
        return None

    def _agent_of_participle(self, noun: str, a: int):
        """'"...," the sponsor said' after 'The measure, sponsored by Councilwoman Jo Doe,': the named agent of the
        participle the agent noun comes from (``agent_participles``: "sponsor" - "sponsored by", "founder" -
        "founded by"), the latest in this or the _AGENT_REACH sentences before ``a`` (or, from a story's opening
        summary, the first after it); else None."""
        if noun not in _AGENT_PARTICIPLES:
            return None
        hits = [m for m in _AGENT_PARTICIPLES[noun].finditer(self.text) if not self.quoted.inside(m.start())]
        lo = self.article.sentences[max(0, _sentence_for(self.article, a).sentence_id - _AGENT_REACH)].start
        hits = [m for m in hits if lo <= m.start() and m.end() < a][-1:] \
            or ([m for m in hits if m.start() > a][:1] if self._in_lead(a) else [])
        run = _CAP_RUN.match(self.text, hits[0].end()) if hits else None
        names = self.person_mentions_before(run.end(), run.start()) if run else []
        if not names:
            return None
        return self._source_of(names[0][1], noun)

    def _in_lead(self, a: int) -> bool:
        """Offset ``a`` is in a story's opening summary: the headline, deck and first paragraph of the story (no
        paragraph of _LEAD_WORDS words or more before that of ``a``; masthead, byline and date lines are short; a long
        standfirst over a byline and the paragraph under the byline both count).  In an article with no paragraph
        that long, the whole article counts as its opening."""
        if self._lead_para is None:  # (the first long paragraph, once)
            # (a paragraph that ends with no stop is a masthead or a menu, however long: "HOME | NEWS | SPORT | ...")
            self._lead_para = next((p.paragraph_id for p in self.article.paragraphs
                                    if len(self.text[p.start:p.end].split()) >= _LEAD_WORDS
                                    and _ENDS_SENTENCE.search(self.text, p.start, p.end)), len(self.article.paragraphs))
            if self._lead_para + 2 < len(self.article.paragraphs) and self._over_byline(self._lead_para):
                self._lead_para += 2  # (a long standfirst over the byline: the story's first paragraph is under it)
        return _sentence_for(self.article, a).paragraph_id <= self._lead_para

    def _in_headline(self, a: int) -> bool:
        """Offset ``a`` is in a headline or deck: a short paragraph (HEADLINE_QUOTE_MAX_WORDS words at most) among
        the story's opening (:meth:`_in_lead`), with no full stop at its end."""
        sent = _sentence_for(self.article, a)
        if not self._in_lead(a):
            return False
        para = self.article.paragraphs[sent.paragraph_id]
        line = self.text[para.start:para.end].rstrip()
        bullet = _BULLET_LINE.match(self.text, self.text.rfind("\n", 0, a) + 1, a + 1)  # (a's own line only)
        if bullet:  # ("Summary\n- Jo Doe says ...\n- ...": a deck's bulleted line is a headline of its own)
            end = self.text.find("\n", a)
            line = self.text[bullet.start():end if end >= 0 else len(self.text)].rstrip()
        return len(line.split()) <= HEADLINE_QUOTE_MAX_WORDS and (not line.endswith(".") or self._over_byline(
            sent.paragraph_id))

    def _over_byline(self, pid: int) -> bool:
        """The paragraph after paragraph ``pid`` is a byline ("By Jo Doe"): a deck above it, whose sentences may end
        in full stops ("Council told ... Mayor says "..."; residents want dates.")."""
        paras = self.article.paragraphs
        nxt = self.text[paras[pid + 1].start:paras[pid + 1].end].strip() if pid + 1 < len(paras) else ""
        return _BYLINE_PARAGRAPH.fullmatch(nxt) is not None

    def _in_crosshead(self, a: int) -> bool:
        """Offset ``a`` is in a crosshead: a paragraph of one line, CROSSHEAD_MAX_WORDS words at most and no closing
        stop, between two paragraphs of the story's body (after its opening, :meth:`_in_lead`), the next one longer."""
        sent = _sentence_for(self.article, a)
        paras = self.article.paragraphs
        pid = sent.paragraph_id
        if self._in_lead(a) or pid + 1 >= len(paras):
            return False
        line = self.text[paras[pid].start:paras[pid].end].strip()
        nxt = self.text[paras[pid + 1].start:paras[pid + 1].end].split()
        return "\n" not in line and len(line.split()) <= CROSSHEAD_MAX_WORDS < len(nxt) \
            and not line.endswith((".", ":", "?", "!"))

    def _bare_role_in_deck(self, mention: str, a: int) -> bool:
        """The mention, a role with no article, stands in the story's opening (:meth:`_in_lead`) before its first
        person is named ('Mines minister says "..."; ...' or '"...," says dockers' leader.' in a deck that ends
        with a full stop): a deck drops the article as a headline does."""
        return self._in_lead(a) and mention.split()[0].lower() not in _DETERMINERS \
            and not any(sb <= a for sa, sb, kind in self._layer_spans() if kind == "person")

    def _in_headline_or_bullet(self, a: int) -> bool:
        """Offset ``a`` is in the headline or in a bulleted line of the opening summary (:meth:`_in_lead_bullet`),
        which drops articles as a headline does."""
        return self._in_headline(a) or self._in_lead_bullet(a)

    def _in_lead_bullet(self, a: int) -> bool:
        """Offset ``a`` is in a bulleted line of a story's opening summary ("Key takeaways\n- CEO says a "..." will
        ...\n"), which drops articles as a headline does even when it ends with a full stop; after a long deck too,
        under a short heading of its own, while no person is named yet (a live blog's "What to know" under its byline;
        not a list a sentence of the body brings in: "Analysts listed the risks:")."""
        line = self.text.rfind("\n", 0, a) + 1
        if not _BULLET_LINE.match(self.text, line, a + 1):
            return False
        if self._in_lead(a):
            return True
        line = self._first_bullet_line(line)
        heading = self.text[self.text.rfind("\n", 0, max(0, line - 1)) + 1:line].strip()
        return 0 < len(heading.split()) <= _SUMMARY_HEADING_WORDS and not heading.endswith((":", ".")) \
            and not any(sb <= a for sa, sb, kind in self._layer_spans() if kind == "person")

    def _first_bullet_line(self, line: int) -> int:
        """The start of the first of the bulleted lines up from the one starting at ``line``."""
        while line > 0 and _BULLET_LINE.match(self.text, self.text.rfind("\n", 0, line - 1) + 1, line):
            line = self.text.rfind("\n", 0, line - 1) + 1
        return line

    def _bullets_in_body(self, a: int) -> bool:
        """The bulleted line of ``a`` stands in the story's body: under its byline ("By Jo Doe"), or in a list a
        sentence brings in ("Among the points raised by the growers' association:")."""
        pid = _sentence_for(self.article, a).paragraph_id
        paras = self.article.paragraphs
        if any(_BYLINE_PARAGRAPH.fullmatch(self.text[p.start:p.end].strip()) for p in paras[:pid]):
            return True
        line = self._first_bullet_line(self.text.rfind("\n", 0, a) + 1)
        above = self.text[:line].rstrip()
        above = above[above.rfind("\n") + 1:]
        return above.endswith(":") and len(above.split()) > _SUMMARY_HEADING_WORDS

    def _body_named_later(self, noun: str, a: int):
        """'The district admits updates "took too long"' in a headline, deck or lede (:meth:`_in_lead`), before
        the story names any body so: the one organisation named after ``a`` with that
        institution noun (:meth:`_named_body`), else None (none, or several different ones)."""
        if not self._in_lead(a) or not self._named_body(noun, len(self.text)):
            return None
        later = [(name, own) for sa, name, own in self._bodies[noun] if sa > a]
        names = {name for name, _own in later}
        if len(names) > 1:  # ("Union warns" over a union and a shareholders' association: the one the noun names)
            names = {name for name, own in later if own}
        return (names.pop(), "named", None, "group") if len(names) == 1 else None

    def _anonymous_before(self, words: list[str], a: int):
        """'A Kelby Bank executive, who spoke on condition of anonymity, said ... "...," the executive said': "the
        <noun>" is the "a/an ... <noun>" opening a sentence of the reporter's own in this sentence or the one before
        (:meth:`_opener_before`, a quotation's sentences counting as one) when that sentence asks not to be named
        (``_NOT_NAMED``); not for a spokesperson.  :meth:`resolve` tries it before the named holders of a like role
        ("Jo Doe, the chief executive"); else None."""
        m = self._opener_before(words, a, past_quotes=True)
        if not m or _SPOKES.fullmatch(words[1]):
            return None
        sent = _sentence_for(self.article, m.start())
        return _describe(m.group(), self.text) if _NOT_NAMED.search(self.text, m.end(), sent.end) else None

    def _opener_before(self, words: list[str], a: int, past_quotes: bool = False) -> re.Match | None:
        """The "a/an/another ... <noun>" opening a sentence of the reporter's own before ``a`` in this sentence or
        the one before (a spokesperson: within ``_SPOKES_REACH`` characters), for "the <noun>" in ``words``; with
        ``past_quotes``, the sentences of a quotation before ``a`` count as one; else None."""
        if len(words) != 2 or not words[1].isalpha():
            return None
        spokes = _SPOKES.fullmatch(words[1])
        sid = _sentence_for(self.article, a).sentence_id
        lo = max(0, a - _SPOKES_REACH) if spokes else self.article.sentences[max(0, sid - 1)].start
        opener = re.compile(rf"(?:[Aa]n?|[Aa]nother)\s+(?:[\w&.’'\-]+\s+){{0,3}}?{words[1]}\b"
                            + (rf"(?:\s+(?:for|of|at)\s+(?:the\s+[a-z]+\b|(?:the\s+)?[A-Z][\w&.’'\-]*(?:\s+[A-Z][\w&.’'\-]*)*))?"
                               if spokes else ""))
        for s in reversed(self.article.sentences[:sid + 1]):
            if s.end <= lo:
                return None
            m = opener.match(self.text, s.start)
            if m and m.end() < a and not self.quoted.inside(m.start()):
                return m
            if past_quotes and s.sentence_id < sid and s.start >= lo and self.quoted.inside(s.start + 1):
                lo = self.article.sentences[max(0, s.sentence_id - 1)].start  # (a quotation's sentences count as one)
        return None

    def _introduced_before(self, words: list[str], a: int):
        """'An ad hoc group of bondholders said ... "...," the group said', 'A KWA spokesperson said ... "...," the
        spokesperson said': "the <noun>" is the "a/an ... <noun>" that opens a sentence of the reporter's own in
        the sentence before (a spokesperson: within ``_SPOKES_REACH`` characters, and only when a body the
        article names is theirs); None when there is none."""
        m = self._opener_before(words, a)
        if not m:
            return None
        spokes = _SPOKES.fullmatch(words[1])
        if not spokes and _BODY_SPOKESPERSON.fullmatch(m.group()):
            # ('A spokesperson for the operator said ... "...," the operator added': the body they speak for)
            hit = self.resolve(m.group(), m.start(), m.end())
            return (hit[0], "named", None, "group") if hit and hit[1] == "named" else _describe(m.group(), self.text)
        if not spokes:
            return _describe(m.group(), self.text)
        body = _BODY_SPOKESPERSON.fullmatch(m.group())
        body = body and self._one_body(body.group("n1") or body.group("n2"), m.start())
        return (body, "named", m.group(), "person") if body else None

    def _one_body(self, noun: str, a: int) -> str | None:
        """The organisation an unnamed spokesperson of ``noun`` speaks for: a name the mention layer gives an
        organisation ("Acme Corp", "Acme" for "Acme Corp Ltd"); for a company noun ("firm"), the organisation
        named in this or the previous sentence, else the story's company; for an institution noun ("council"),
        the one organisation named before ``a`` with it (:meth:`_named_body`); None when there is none or several
        different ones."""
        if noun[:1].isupper():
            full = self._org_names().get(noun, noun)
            return full if any(n == full for _, n in self._org_mentions()) else None
        if noun in _COMPANY_NOUNS and (own := self._own_body_near(noun, a)):
            return own  # ("The Kelby Growers' Group, which ..., said ... A spokeswoman for the group said": the body
            # the noun names, just before, not the story's company)
        if noun in _COMPANY_NOUNS:  # (as "the company said": the firm named last, if the story's is not nearby)
            if self._another_firm_before(noun, a):
                return None  # ("Acme Corp was bought by a private equity firm. A spokeswoman for the firm said")
            near = self._nearer_org(a)
            if near and noun in _BANK_NOUNS and not any(w in _BANK_NAME_WORDS for w in near[0].split()):
                return None  # ("The bank wrote back" after "Kelby Poultry (Pty) Ltd": a bank unnamed, not that firm)
            if near:
                return near[0]
            if self.company and not _is_company_name(self.company_name) and noun in ("company", "firm"):
                # (the story's subject is a campaign or a council: "the company" is the company named last, "Doe
                # Resort Co., Ltd.", not the "Kelby Water Protection Network" the story is about)
                return self._last_company_before(a) or self.company_name
            return self.company_name if self.company else None
        if not self._named_body(noun, a):
            return None
        k = bisect.bisect_left(self._bodies[noun], (a,))
        names = {name for _, name, _own in self._bodies[noun][:k]}
        return names.pop() if len(names) == 1 else None

    def _last_company_hit(self, a: int):
        """The company "the company" at ``a`` stands for among those named before it (:meth:`_firms_in_turn`) as a
        resolved source, else None."""
        name = (self._firms_in_turn(self._firms_before(a), a) or [None])[-1]
        return (name, "named", None, "group") if name else None

    def _firms_in_turn(self, firms: list[str], a: int) -> list[str]:
        """The company names ``firms`` (one per mention before ``a``, in reading order) with the one "the company"
        stands for last: the one named last when a company is named in this sentence or the two before ("Tarn Haulage
        Ltd also lost work. The company said"), else the one named most (:func:`_named_most`)."""
        sid = _sentence_for(self.article, a).sentence_id
        lo = self.article.sentences[max(0, sid - 2)].start
        return firms if any(lo <= sa < a for sa, _n, _own in self._company_mentions()) else _named_most(firms)

    def _last_company_before(self, a: int) -> str | None:
        """The last organisation named before ``a``, outside quotations, whose name is a company's (a legal form or
        a company word in it: :func:`_is_company_name`); else None."""
        return (self._firms_before(a) or [None])[-1]

    def _firms_before(self, a: int) -> list[str]:
        """The organisations named before ``a`` outside quotations whose names are companies'
        (:func:`_is_company_name`), in reading order; only the story's own when it has any (not "Jo Doe of Roe Consulting, Inc." nor "a
        subsidiary of Roe Holdings Ltd.": a firm named as a person's employer or another firm's owner,
        :meth:`_own_firm_at`)."""
        firms = self._company_mentions()
        firms = firms[:bisect.bisect_left(firms, (a,))]
        return [n for _sa, n, own in firms if own] or [n for _sa, n, _own in firms]

    def _company_mentions(self) -> list[tuple[int, str, bool]]:
        """(start, name, own) of the mention layer's organisations named outside quotations whose names are
        companies' (:func:`_is_company_name`), in reading order; ``own`` when :meth:`_own_firm_at` (read once for
        the quotations read)."""
        if self._companies is None or self._companies[0] is not self.quoted:
            self._companies = (self.quoted, [(sa, n, self._own_firm_at(sa)) for sa, n in self._org_mentions()
                                             if _is_company_name(n) and not self.quoted.inside(sa)])
        return self._companies[1]

    def _own_body_near(self, noun: str, a: int, reach: int = 1) -> str | None:
        """The latest organisation the mention layer names, in this sentence or the ``reach`` before ``a``
        (quotations' sentences passed over), with ``noun`` itself as its head (:meth:`_named_body`: "Kelby Growers'
        Group" for "group"), outside quotations; else None."""
        if not self._named_body(noun, a):
            return None
        lo = self._sentences_back(a, reach)  # (the sentences before, not the quotations': "The Kelby Flood Group
        # says ... Its chair said: "...". / "...". / The group described")
        k = bisect.bisect_left(self._bodies[noun], (a,))
        return next((name for sa, name, own in reversed(self._bodies[noun][:k])
                     if own and sa >= lo and not self.quoted.inside(sa)), None)

    def _sentences_back(self, a: int, reach: int) -> int:
        """Where the sentence ``reach`` sentences before ``a``'s opens, sentences inside quotation marks passed over."""
        sents, j = self.article.sentences, _sentence_for(self.article, a).sentence_id
        for _ in range(reach):
            j -= 1
            while j > 0 and self.quoted.inside(sents[j].start + 1):
                j -= 1
        return sents[max(0, j)].start

    def _spokes_body_before(self, noun: str | None, mention: str, a: int) -> str | None:
        """'Kelby Rail Ltd cancelled all trains. A spokesperson for the operator said': the organisation opening
        the sentence before as its subject (:meth:`_org_opening`), for an indefinite spokesperson of no noun or
        of a firm's noun (``organisation_nouns``: "the operator", never a public body for it), when neither that
        sentence (but in a relative clause after the subject) nor this one before ``a`` names another organisation
        or any person; else None."""
        if not mention.strip().lower().startswith(("a ", "an ")) or noun and noun not in _ORG_NOUNS:
            return None  # (a body noun names its own kind of body: "a union spokesman" after a firm, not the firm)
        sid = _sentence_for(self.article, a).sentence_id
        if not sid:
            return None
        prev = self.article.sentences[sid - 1]
        hit = self._org_opening(prev)
        if not hit or noun and _is_public_body(hit[0]):
            return None  # ("Ashby Borough Council approved the plan. A spokesman for the developer said")
        orgs = self._org_mentions()
        k = bisect.bisect_left(orgs, (prev.start,))
        acts = self._org_acts(hit[0], orgs[k][0], prev.end)
        if not acts or noun and self._noun_for_another_body(noun, prev.start, prev.end, [(orgs[k][0], acts)]):
            return None  # ("Acme Corp workers walked out", "Acme Corp sold the site to a housing developer")
        aside = _RELATIVE_ASIDE.match(self.text, orgs[k][0], prev.end)
        lo = aside.end() if aside else prev.start  # ("Kelby Ratings, which downgraded Ashby in 2020, said")
        names = {name for sa, name in orgs[k:bisect.bisect_left(orgs, (a,))] if name != hit[0] and sa >= lo}
        return None if names or self._layer_kind(lo, a) == "person" else hit[0]  # ("... rejected Jo Doe's plan")

    def _another_firm_before(self, noun: str, a: int) -> bool:
        """The sentence before ``a`` and this one up to ``a`` use the firm's ``noun`` in lower case for a body other
        than the organisations named there (:meth:`_noun_for_another_body`, their names and the asides after them
        cut out: "Acme Corp, the retail group, said")."""
        lo = self.article.sentences[max(0, _sentence_for(self.article, a).sentence_id - 1)].start
        named = []
        for sa, b in (span for e in entities(self.article) if e.kind == "organisation" for span in e.spans):
            if lo <= sa < a:
                aside = _ORG_ASIDE.match(self.text, b, a)
                named.append((sa, aside.end() if aside else b))
        return self._noun_for_another_body(noun, lo, a, named)

    def _noun_for_another_body(self, noun: str, lo: int, hi: int, named: list) -> bool:
        """The lower-case ``noun`` (or its plural) in the reporter's words between ``lo`` and ``hi``, outside the
        (start, end) spans ``named`` of organisations and their asides, and not opening a sentence ("The firm
        said", the firm named before), nor a firm's noun right after "the" ("Acme Corp cut jobs, and the firm
        said": the firm itself): another body so called ("sold the unit to a rival airline", "a housing
        developer", "paid the charity"), whose spokesperson "a spokesman for the <noun>" is, not the one named."""
        bare = r"(?<!the )" if noun in _COMPANY_NOUNS else ""
        said = re.compile(rf"{_ORG_PREDICATE}\b{re.escape(noun)}s?\b")  # ("Acme Corp is a firm based in Leeds")
        named = [(s, m.end() if (m := said.match(self.text, e, hi)) else e) for s, e in named]
        for m in re.finditer(rf"(?<!The ){bare}\b{re.escape(noun)}s?\b", self.text[lo:hi]):
            at = lo + m.start()
            if not any(s <= at < e for s, e in named) and not self.quoted.inside(at):
                return True
        return False

    def _org_acts(self, name: str, at: int, end: int) -> int | None:
        """Where the organisation ``name`` named at ``at`` (in a sentence ending at ``end``) and its aside end, when
        it is the bare subject of an active verb: "Acme Corp cut 200 jobs", "Acme Corp, which ..., has said";
        not a modifier or possessor ("Acme Corp workers walked out", "Acme Corp's warehouse"), nor the patient of
        a passive with its agent ("Acme Corp was praised by campaigners"); else None."""
        ends = sorted((sa, b) for e in entities(self.article) if e.kind == "organisation" and _unglued(e.name) == name
                      for sa, b in e.spans if at <= sa < end and _ORG_LEAD.fullmatch(self.text, at, sa))
        for sa, b in ends[:3]:  # (its name after a descriptive lead: "Ratings agency Kelby Ratings, which ...")
            if (i := self._org_acts_from(b, end)) is not None:
                return i
        return None

    def _org_acts_from(self, i: int, end: int) -> int | None:
        """:meth:`_org_acts` after the organisation's name ending at ``i``."""
        aside = _ORG_ASIDE.match(self.text, i, end) or _ORG_BRACKET.match(self.text, i, end)
        i = aside.end() if aside else i
        verb = _VERB_AFTER_ORG.match(self.text, i, end)
        if not verb or _ORG_PASSIVE_BY.match(self.text, i, end):
            return None
        w, nxt = verb.group(1), verb.group(2) or ""
        if w in _ORG_VERB_AUX or w in _SUBJECT_IRREGULAR or w.endswith("ed") or _is_cue(w):
            return i
        # an -s word is a verb when an object or "to" follows it ("runs 40 stores", "plans to"), not a verb
        # ("workers walked", "shares fell"): then it is a plural noun the organisation modifies
        plain = w.endswith("s") and not w.endswith("ss")
        return i if plain and (nxt[:1].isdigit() or nxt in _VERB_OBJECT_START) else None

    def _nearer_org(self, a: int, back: int = 1, alone: bool = False):
        """The latest organisation the mention layer names in this or the ``back`` sentences before ``a``,
        when the story's company (if any) is not named in them or the sentence before; else None.  With
        ``alone``, only when it is the one organisation named there."""
        sid = _sentence_for(self.article, a).sentence_id
        if self._closes_quotation(a):  # (counted from the quotation's first sentence: '"... . ...," the firm said')
            sid = self._quotation_opening(a).sentence_id
        lo = self.article.sentences[max(0, sid - back)].start
        if self.company and self._company_said(self.article.sentences[max(0, sid - back - 1)].start, a):
            return None
        orgs = self._org_mentions()
        k = bisect.bisect_left(orgs, (a,))
        found = []
        while k > 0 and orgs[k - 1][0] >= lo:
            k -= 1
            if not self.quoted.inside(orgs[k][0]) and not (self.company and self.company in orgs[k][1]):
                if not alone:
                    return orgs[k][1], "named", None, "group"
                found.append(orgs[k][1])
        return (found[0], "named", None, "group") if found and len(set(found)) == 1 else None

    def _company_said(self, lo: int, hi: int) -> bool:
        """The story's company is named between ``lo`` and ``hi`` in the reporter's words: a name inside quotation
        marks ('"... discrimination in Kelby," the company tweeted') is the speaker's, not the reporter's."""
        at = self.text.find(self.company, lo, hi)
        while at >= 0 and self.quoted.inside(at):
            at = self.text.find(self.company, at + 1, hi)
        return at >= 0

    def org_named_at(self, at: int) -> str | None:
        """The organisation the mention layer names by a mention starting at offset ``at``, else None."""
        orgs = self._org_mentions()
        k = bisect.bisect_left(orgs, (at,))
        return orgs[k][1] if k < len(orgs) and orgs[k][0] == at else None

    def _org_name_set(self) -> frozenset:
        """The names of the mention layer's organisations (once)."""
        if self._org_set is None:
            self._org_set = frozenset(n for _sa, n in self._org_mentions())
        return self._org_set

    def _body_by_its_words(self, mention: str, a: int, deck: bool = False):
        """A lower-case description of a body, or of its spokesperson ("the mutual aid society", "a spokeswoman for
        the holding company", "the command", "community trust"), whose every word but a firm's noun is a word of
        the name of one organisation named before ``a`` outside quotations, its head noun the name's own head
        (:func:`_own_head`; a firm's noun, a company's name) ("Kelby Workers' Mutual Aid Society of Victoria",
        "Tarno Refinery Holding N.V.", "Kelby Fire Command"; not "the defense" for the Department of Defense, "the
        rovers" for the Ashby Rovers, "the police" for the Kelby Police Federation, "counsel" for a name the layer
        took for a body, "State Counsel Jo Doe"); one noun alone only for the one body so headed in the story, named
        in this sentence or the two before it: that body; else None.  With ``deck`` (the caller checks that the
        description opens a sentence of the story's opening, capitalised, with no article: "Swimming club welcomes
        ..."), the one body so named anywhere after it ("North Antrim Swimming, Diving and Lifesaving Club")."""
        if deck:
            mention = mention.strip()[:1].lower() + mention.strip()[1:]
        m = _BODY_SPOKESPERSON.fullmatch(mention.strip())
        if not m and re.match(r"(?i:a|an)\s", mention.strip()):
            return None  # ("A processor said": one of many, not the processors' body named before)
        phrase = (m.group("n1") or m.group("n2")) if m else re.sub(r"^(?i:the)\s+", "", mention.strip())
        words = re.findall(r"[\w’'\-]+", phrase.replace("’s", "").replace("'s", ""))
        if not words or len(words) > 4 or not all(w.islower() and w.replace("-", "").isalpha() for w in words) \
                or words[-1] in _PERSON_HEADS or words[-1] in _SPOKES_NOUNS or _is_title(words[-1]) \
                or words[-1].endswith("s") and not words[-1].endswith(("ss", "us")) and words[-1] not in _ORG_WORDS:
            return None  # (a person's role, "counsel told the court"; a plural, "the rovers said": its members)
        need = [w for w in words if w not in _COMPANY_NOUNS] or words
        sid = _sentence_for(self.article, a).sentence_id
        lo = self.article.sentences[max(0, sid - 2)].start \
            if len(words) == 1 and words[0] not in _FAR_REACHING_BODY_NOUNS else 0
        # (one noun alone: "the clinic" stands for a body named in this sentence or the two before it, no further
        # back; "police" for the one police force the story names, however far back)
        index = self._org_word_index()
        names = set.intersection(*(index["by_word"].get(w, set()) for w in need))
        if deck:  # (the one body named after it with those words, headed by the noun or a company for a firm's
            # noun: not "Cargo firm says ..." over Kelby Cargo Ltd and Tarn Cargo Services, nor "Fishermen say ..."
            # over the Kelby Fishermen's Committee)
            later = [n for n in names if any(sa > a for sa in index["starts"][n])]
            fits = len(later) == 1 and (index["company"][later[0]] if words[-1] in _COMPANY_NOUNS
                                        else words[-1] in index["heads"][later[0]])
            return (later[0], "named", None, "group") if fits else None
        found, headed = set(), set()
        for name in names:
            starts = index["starts"][name]
            if not starts or starts[0] >= a:
                continue
            near = _any_between(starts, lo, a)
            if words[-1] in _COMPANY_NOUNS:
                if index["company"][name] and near:
                    found.add(name)
            elif words[-1] in index["heads"][name]:
                headed.add(name)
                if near:
                    found.add(name)
        if len(words) == 1 and len(headed) > 1:  # (two trusts named: "the trust" is the one named in this sentence
            # or the one before, if only one is; else either)
            near = self.article.sentences[max(0, sid - 1)].start
            found = {n for n in headed if _any_between(index["starts"][n], near, a)}
        return (found.pop(), "named", None, "group") if len(found) == 1 else None

    def _org_word_index(self) -> dict:
        """The mention layer's organisations read once for :meth:`_body_by_its_words`: ``by_word``, lower-case word ->
        the names holding it; ``starts``, name -> the sorted starts of its mentions outside quotations; ``heads``,
        name -> its own heads (:func:`_own_heads`); ``company``, name -> whether it is a company's name. Rebuilt when
        the quotations are read anew."""
        if self._word_index is None or self._word_index[0] is not self.quoted:
            by_word, starts, head, company = {}, {}, {}, {}
            for sa, name in self._org_mentions():
                if name not in starts:
                    parts = re.findall(r"[\w’'&.\-]+", name.replace("’s", "").replace("'s", ""))
                    for w in parts:
                        by_word.setdefault(w.lower().rstrip("."), set()).add(name)
                    starts[name], head[name], company[name] = [], _own_heads(parts), _is_company_name(name)
                if not self.quoted.inside(sa):
                    starts[name].append(sa)
            self._word_index = (self.quoted, {"by_word": by_word, "starts": starts, "heads": head, "company": company})
        return self._word_index[1]

    def _org_just_before(self, a: int):
        """The latest organisation the mention layer names outside quotations in the _ORG_REACH sentences before
        ``a``'s, its name ending in a body's word or a legal form, as a named source; else None."""
        sid = _sentence_for(self.article, a).sentence_id
        lo = self.article.sentences[max(0, sid - _ORG_REACH)].start
        found = [(sa, name) for sa, name in self._orgs_between(lo, a)
                 if not self.quoted.inside(sa) and any(w.lower().rstrip(".,") in _ORG_WORDS or is_legal_form(w.rstrip(
                     ".,")) for w in name.split()[1:])]  # (a body by its own words: "Kelby Barge & Freight Pty Ltd",
        # not a town the layer took for one)
        return (found[-1][1], "named", None, "group") if found else None

    def _org_mentions(self) -> list:
        """(start, name) of the mention layer's organisations, in reading order."""
        if self._orgs is None:
            self._orgs = sorted((sa, _unglued(e.name)) for e in entities(self.article) if e.kind == "organisation"
                                for sa, _ in e.spans)
        return self._orgs

    def _pronoun(self, kind: str, a: int, pronoun: str = "he", depth: int = 0):
        """The antecedent of a pronoun speaker at ``a``: a candidate nearby, else an earlier speaker or person."""
        if kind == "thing":
            return self._it(a)
        if pronoun == "i" and (answering := self._interviewee(a) or self._letter_signer(a)):
            return answering
        want = {"he": "m", "she": "f"}.get(pronoun)
        if want and not depth and (told := self._told_person(a + len(pronoun))):
            return self.resolve(self.text[told[0]:told[1]], *told)  # ("He is Mr Jo Doe (71)." the sentence's he, as
            # the speaker's mention; not a he carried on to a later one: see _told_name)
        if pronoun == "they" and (one := self._singular_they(a) or self._plural_subject(a)):
            return one
        if want and not depth and (told := self._told_in_next_paragraph(a, pronoun)):
            return told  # ('"...," she said when the vote was announced. / She is Miss Jo Doe, 71, a retired cook')
        genders = _genders(self.text)
        if want and (bound := self._interrupted_subject(a)):
            genders = {**genders, bound: ""}  # (of no sex here: no candidate, no earlier speaker for the pronoun)
        if want and (answering := self._interviewee(a)):
            genders = {**genders, answering[0]: ""}  # ("A: A buyer came to taste our beans. He said to me, '...'":
            # the one answering says "I", never "he")
        cands, lo = self._candidates(kind, a, want, genders, 2)
        if not cands:
            cands, lo = self._introduced_before_quote(a, want, genders) or (cands, lo)
        desc = self._description_antecedent(a, self._description_floor(cands[-1][0]) if cands else lo, want) \
            or want and self._own_kin_before(a, want, cands)
        if desc:  # "Jo Doe ... One banker who has looked at the numbers was blunter. "...," he said" (with no name
            return desc  # in the window too: "An old fisherman offered a longer view. "...," he said")
        if cands:
            return self._pronoun_candidate(kind, a, pronoun, depth, (cands, lo), want, genders)
        hit = self._pronoun_before(kind, a, lo, want, genders)
        if hit is None and want and kind == "person" and not self.quoted.inside(a):
            return self._profiled_person(a, want, genders)  # ("She recalled that he always told customers ...": in an
        return hit  # obituary, "he" far from any name is its subject)

    def _letter_signer(self, a: int):
        """'Sir – ... I voted against ... / Cllr Jo Doe / Kelby': in a letter to the editor (its first paragraph
        opening "Sir –", "Madam –", "Dear Editor,", or any on a page headed as letters: "LETTERS TO THE EDITOR"),
        the person whose name opens the short unstopped paragraph that signs it, the first such after ``a`` and before
        the next letter; else None."""
        paras, pid = self.article.paragraphs, _sentence_for(self.article, a).paragraph_id
        opened = next((j for j in range(pid, max(-1, pid - _LETTER_PARAGRAPHS), -1)
                       if opens_a_letter(self.text, paras[j].start, paras[j].end)), None)
        if opened is None and _LETTERS_PAGE.search(self.text, 0, _LETTERS_PAGE_REACH):
            opened = pid  # (a letters page whose letters open with no salutation: the letter its signature closes)
        if opened is None or any(self._signer(paras[j]) for j in range(opened, pid)):
            return None  # (no letter, or one signed before ``a``)
        for p in paras[pid + 1:pid + _LETTER_PARAGRAPHS]:
            if opens_a_letter(self.text, p.start, p.end):
                return None
            if name := self._signer(p):
                return self._source_of(name)
        return None

    def _signer(self, p) -> str | None:
        """The person whose name opens paragraph ``p`` (after a title at most) when its first line is short and ends
        with no full stop: a letter's signature ("Mary Doe / Kelby", "Cllr Jo Doe (no relation)"); else None."""
        end = self.text.find("\n", p.start, p.end)
        line = self.text[p.start:end if end >= 0 else p.end].rstrip()
        if len(line.split()) > _SIGNATURE_WORDS or line.endswith((".", "?", "!", ":", "”", '"')):
            return None
        spans = self._person_spans()
        k = bisect.bisect_left(spans, (p.start,))
        if k == len(spans) or spans[k][1] > p.start + len(line) or spans[k][0] - p.start > _SIGNATURE_TITLE_CHARS \
                or self.text.startswith(("’s", "'s"), spans[k][1]) or _LOWER_WORD_NEXT.match(self.text, spans[k][1]):
            return None  # (nor a subhead on a possessive or a verb: "Jo Doe's reply", "Jo Doe responds")
        return spans[k][2]

    def _profiled_person(self, a: int, want: str, genders: dict):
        """The person of sex ``want`` named before ``a`` whom the whole story names four times or more and twice as
        often as any other of that sex (an obituary's or a profile's subject), else None."""
        top = self._named_counts(len(self.text), want, genders, strict=True).most_common(2)
        if not top or top[0][1] < 4 or len(top) > 1 and top[0][1] < 2 * top[1][1] \
                or not self._named_counts(a, want, genders, strict=True)[top[0][0]]:
            return None
        return self._source_of(top[0][0])

    def _named_counts(self, a: int, want: str, genders: dict, strict: bool = False) -> Counter:
        """How often each person of sex ``want`` (or of no known sex, unless ``strict``) is named before ``a``."""
        return Counter({e.name: sum(sa < a for sa, _ in e.spans) for e in entities(self.article)
                        if e.kind == "person" and genders.get(e.name, "" if strict else want) == want})

    def _own_kin_before(self, a: int, want: str, cands: list):
        """'When I told my father we would stop, he said, "..."': a first person's kin of the pronoun's sex ("my
        father", "our mother"), with no name after it, in the pronoun's own sentence after the latest candidate (or
        opening the sentence before one the pronoun opens: "My daughter is an engineer. She says"), an unnamed person
        the pronoun stands for (the one who says "I" is never "he"); else None."""
        sent = _sentence_for(self.article, a)
        start = sent.start
        prev = self.article.sentences[sent.sentence_id - 1] if sent.sentence_id else None
        label = prev and _ANSWER_OPENS.match(self.text, prev.start)  # (perhaps after an answer's "A: ")
        if prev and _OWN_KIN.match(self.text, label.end() if label else prev.start) \
                and _SENTENCE_PRONOUN.match(self.text, sent.start):
            start = prev.start  # ("My daughter is an engineer in Pune. She says, '...'": the kin the sentence
            # before opens with, the pronoun opening this one)
        lo = max(start, cands[-1][0] + 1 if cands else 0)
        kin = [m for m in _OWN_KIN.finditer(self.text, lo, a) if _HEAD_SEX.get(m.group(1).lower()) == want
               and not self.quoted.inside(m.start()) and not _NAME_AFTER_KIN.match(self.text, m.end())]
        if not kin:
            return None
        hit = self.resolve(kin[-1].group(), kin[-1].start(), kin[-1].end())
        return hit if hit and hit[1] == "anonymous" else None

    def _description_floor(self, off: int) -> int:
        """Where a description that the pronoun may stand for must open, when the latest candidate is at ``off``:
        after it, or at its sentence's start when a source who would not be named opens that sentence before it ("A
        former customs officer, who asked that his name not be used, remembered Mr. Doe as '...'": the candidate is
        the one remembered)."""
        sent = _sentence_for(self.article, off)
        return sent.start if self._unnamed_since(sent.start, off) else off + 1

    def inner_pronoun(self, a: int, pronoun: str, outer: str):
        """The person "he" or "she" at ``a``, inside ``outer``'s quotation, stands for: the latest person of that sex
        named in the last three sentences, never ``outer`` (who would say "I"), unless the story names another of
        that sex before ``a`` four times or more and twice as often (its subject: "Mrs Jessie Scott ... no relation of
        Mrs Scott ... 'She sat by the loom ...'" in an obituary of Isobel Ker); else the person of that sex the story
        names most before ``a``, when one is named more often than any other (an obituary's or a profile's subject:
        'His apprentice recalled: "He told me, '...'"'); else None."""
        want = {"he": "m", "she": "f"}[pronoun]
        genders = {**_genders(self.text), outer: ""}
        counts = self._named_counts(a, want, genders)
        top = counts.most_common(2)
        cands, lo = self._candidates("person", a, want, genders, 3)
        if cands:
            hit = self._pronoun_candidate("person", a, pronoun, 0, (cands, lo), want, genders)
            if not (hit and top and top[0][0] != hit[0] and top[0][1] >= 4 and top[0][1] >= 2 * counts[hit[0]]):
                return hit  # (else the story's subject, named far more often: an obituary's, a profile's)
        if not top or top[0][1] < 2 or len(top) > 1 and top[1][1] == top[0][1]:
            return None
        return self._source_of(top[0][0])

    def _interviewee(self, a: int):
        """'Q: How did it start? / A: With my mother. ... But I told him, "..."': the one who answers an interview,
        for an "I" in a paragraph opened by a label that names one person of the story ("Khamphone: ..."), or by "A:"
        after one opened by "Q:" (or in an answer after an intro's
        "Excerpts:", :meth:`_excerpts_answer`): the person named on the last line before the first question that
        opens with "Q&A" or "Interview", else the one the intro says the paper spoke to or met (:meth:`_spoken_to`),
        else the last person named before that question ("We spoke to Jo Doe on her veranda."); else None."""
        para = self.article.paragraph_at(a)
        if para and (label := _NAME_LABEL_OPENS.match(self.text, para.start)) and label.group(1)[1:].islower() \
                and not _dateline_end(self.text, para.start):
            named = {e.name for e in entities(self.article) if e.kind == "person"
                     and label.group(1).lower() in e.name.lower().split()}
            if len(named) == 1:
                return self._source_of(named.pop())  # ("Khamphone: ... I said, '...'": the answer's label names
                # one person of the story, who says "I" in it; no dateline in capitals, "PRESTON: I was told")
        first_q = para and (_ANSWER_OPENS.match(self.text, para.start) and _QUESTION_OPENS.search(self.text, 0, a)
                            or self._excerpts_answer(para))
        if not first_q:
            return None
        heads = list(_INTERVIEW_LINE.finditer(self.text, 0, first_q.start()))
        people = self.people_between(0, first_q.start())
        named = [p for p in people if heads and heads[-1].start() <= p[0] < heads[-1].end()] \
            + self._spoken_to(people, first_q.start()) + people[::-1]
        return next((r for sa, sb in named if (r := self.resolve(self.text[sa:sb], sa, sb))
                     and r[1] == "named" and r[3] == "person"), None)

    def _spoken_to(self, people: list, end: int) -> list:
        """The (start, end) of the person an interview's intro before ``end`` says the paper spoke to or met: "We met
        Jo Doe at ..." (not "We met Jo Doe's widow"), or for "She spoke to The Daily in her office." the first person
        named outside quotations whose given name is of her sex, else the first whose given name's sex is not known;
        else []."""
        if end in self._spoken:
            return self._spoken[end]
        met = [m for m in _SPOKE_TO_US.finditer(self.text, 0, end) if not self.quoted.inside(m.start())]
        if not met:
            told = []
        elif met[-1].group(1) is not None:
            told = [] if met[-1].group(1).endswith(("’s", "'s")) else [met[-1].span(1)]
        else:
            want = "f" if self.text.startswith("She", met[-1].start()) else "m"
            sexes = [(p, _GIVEN_GENDER.get(self.text[p[0]:p[1]].split()[0].lower())) for p in people
                     if not self.quoted.inside(p[0])]
            told = ([p for p, sex in sexes if sex == want] or [p for p, sex in sexes if sex is None])[:1]
        self._spoken[end] = told
        return told

    def _excerpts_answer(self, para) -> re.Match | None:
        """'We met Jo Doe in his workshop. Excerpts:' then questions and answers with no labels: the intro's last
        line when ``para`` comes after it and asks nothing (an answer), else None."""
        if self._excerpts is None:
            found = list(_EXCERPTS_LINE.finditer(self.text))
            self._excerpts = (found, [m.end() for m in found])
        found, ends = self._excerpts
        k = bisect.bisect_left(ends, para.start + 1) - 1
        return found[k] if k >= 0 and not self.text[para.start:para.end].rstrip().endswith("?") else None

    def _own_kin_named(self, kin: str, a: int):
        """In an interview's answer, "my <kin>" of the one answering: the person the story names as "her/his (late)
        <kin>, Jo Doe" (one such name only); else None."""
        if kin not in _HEAD_SEX or not self._interviewee(a):
            return None
        kin_named = re.compile(rf"\b(?:[Hh]er|[Hh]is)\s+(?:late\s+)?{kin},\s+"
                               rf"((?:[{_UC}][\w’'\-]*\.?\s+){{0,3}}[{_UC}][\w’'\-]+)")
        named = {m.group(1) for m in kin_named.finditer(self.text)}
        if len(named) != 1:
            return None
        name = named.pop()
        at = self.text.find(name)
        person = self._person_named_in(at, at + len(name))  # (the mention layer's name: "Rre Jo Doe" is Jo Doe)
        return self._source_of(_after_titles(person)) if person else None

    def _interview_subject(self, a: int):
        """'Q&A | Kelby Timber boss: "..."', 'Q&A: "..."' (a headline opening with an interview's label): the person
        named first after that line and before the first question ("Q: "), outside the byline; else None."""
        hit = self.interview_subject_span(a)
        return hit and hit[0]

    def interview_subject_span(self, a: int):
        """(resolved source, (start, end)) of :meth:`_interview_subject`'s person (the interview's line at or before
        ``a``), or None."""
        end = self.text.find("\n", a)
        heads = list(_INTERVIEW_LINE.finditer(self.text, 0, len(self.text) if end < 0 else end))
        head = heads[-1] if heads else None
        first_q = head and _QUESTION_OPENS.search(self.text, head.end())
        if not first_q:
            return None
        return next(((r, (sa, sb)) for sa, sb in self.people_between(head.end(), first_q.start())
                     if not self._in_byline(sa) and (r := self.resolve(self.text[sa:sb], sa, sb)) and r[1] == "named"
                     and r[3] == "person"), None)

    def _pronoun_candidate(self, kind: str, a: int, pronoun: str, depth: int, found, want, genders):
        """The latest subject among the candidates ``found`` (and the start of their reach), else the latest name."""
        cands, lo = found
        # the latest subject of a sentence, else the latest name, else the latest possessor ("Smith's part, he")
        plain = [c for c in cands if not c[2]]
        spoke = {(canon, off) for off, canon in self.history[-_MAX_HISTORY:] if lo <= off < a}
        subj = [c for c in plain if self._is_subject(c[0]) or any(
            n == c[1] and 0 <= o - c[0] < _NAMING_REACH for n, o in spoke) or self._spoke_at(c)
                or self._told_name(c[0], a) or self._named_by_fragment(c[0])]
        owner = self._topic_owner(cands, plain, a)
        if owner and (not subj or owner[0] > subj[-1][0]):
            subj.append(owner)
        if (new := self._newcomer(plain, a)) and (not subj or new[0] > subj[-1][0]):
            subj.append(new)  # (before the chain of pronouns: it does not run back past a newcomer)
        chained = self._pronoun_subject(pronoun, subj[-1][0] if subj else lo, a) if depth < 3 else None
        if chained is not None:
            # "Lance Beebe, 49, said ... He attended the rally, though ... or Sen. Bernie Sanders. '...,' he
            # said": a sentence opened by the same pronoun after the latest subject carries the topic on
            return self._pronoun(kind, chained, pronoun, depth + 1)
        if (opener := self._opener_before_colon(plain, a)) and (not subj or opener[0] > subj[-1][0]):
            subj.append(opener)  # ('His teammate Jo Doe was less modest: he called ...': the clause's subject)
        if not subj:
            agents = plain and all(_PASSIVE_AGENT_BEFORE.search(self.text, max(0, c[0] - 60), c[0]) for c in plain)
            last = self._last_speaker(kind, want, genders, a, _LOOKBACK * 2 if agents else _LOOKBACK)
            if last:  # (no nearer name but who will act: "The challenge will be argued by Dr Jo Doe": the speaker
                return want and self._addressed_since(last, plain, want, genders) or last  # before her, twice as
                # far back)
            if plain and all(self._journeys_place(c[0]) for c in plain):
                return self._pronoun_before(kind, a, lo, want, genders)  # ("a lorry bound for Calais is backing
                # out. She watches it go": no name there but a place's, the object of "for", "to", "from")
        off, canon, _ = (subj or plain or cands)[-1]
        if canon in self.sources:
            s = self.sources[canon]
            return s.name, s.source_type, s.role, s.kind
        return canon, "named", None, "person"

    def _named_by_fragment(self, off: int) -> bool:
        """The name at ``off`` ends a sentence with no verb that names someone ("My apprentice, a boy from Kelby
        called Jo Doe."): an answer's newcomer, the topic a later he or she takes up."""
        sent = _sentence_for(self.article, off)
        end = _NAME_THEN_STOP.match(self.text, off)
        return _NAMING_FRAGMENT.fullmatch(self.text, sent.start, off) is not None and end is not None \
            and end.end() >= sent.end - 1

    def _opener_before_colon(self, plain: list, a: int):
        """'His teammate Jo Doe was less modest: he called the finish "..."': a he/she right after a colon or
        semicolon opens a clause that goes on about the subject of the clause before it, the name (the only one
        there) that a short role opens the sentence with; the candidate, else None."""
        if self.text[a - 2:a] not in (": ", "; "):
            return None
        sent = _sentence_for(self.article, a)
        named = [c for c in plain if sent.start <= c[0] < a]
        opening = _SHORT_ROLE_OPENING.fullmatch(self.text, sent.start, named[0][0]) if len(named) == 1 else None
        role = opening and opening.group().split()
        possessive = bool(opening and _POSSESSIVE_ROLE.fullmatch(opening.group()))
        if not opening or role and role[-1].lower() not in _PERSON_HEADS and not _is_title(role[-1]) \
                and not possessive:
            return None  # (the name after its role, not an object: "The crowd cheered Jo Doe: he ...")
        stance = _STANCE_BEFORE_COLON.fullmatch(self.text, named[0][0], a - 2)
        if not stance or stance.group("adj").endswith(("ed", "en")) or stance.group("adj") in _STANCE_NOT_ADJ \
                or possessive and self.text[a - 2] != ":" \
                or re.search(rf"\b{re.escape(named[0][1].split()[-1])}\b", self.text[a:sent.end]):
            return None  # (no stance: "His client Jo Doe was acquitted; she said", "... sat still: he said"; a
            # possessive opener with a colon only; not when the clause names him: "he said Doe would bounce back")
        return named[0]

    def _journeys_place(self, off: int) -> bool:
        """The name at ``off`` follows a preposition of place or direction ("bound for Calais", "back from Kelby")
        and the mention layer reads a place or a body there: the object, no antecedent of he/she."""
        return _PLACE_OBJECT_BEFORE.search(self.text, max(0, off - 12), off) is not None \
            and self._layer_kind(off, off + 1) in ("place", "organisation")

    def _pronoun_before(self, kind: str, a: int, lo: int, want, genders):
        """No candidate near the pronoun at ``a``: a description, the latest speaker or person before it."""
        if kind == "person" and not any(  # (a speaker of the other sex there is no rival: "he had posted ...")
                lo <= off < a and not (want and self.sources[c].source_type == "named" and genders.get(c, want) != want)
                for off, c in self.history[-5:]):
            desc = self._description_antecedent(a, lo, want)
            if desc:
                return desc
        found = self._earlier_speaker(kind, a, want, genders, strict=True)
        if found is not None and want:
            found = self._addressed_since(found, self._candidates(kind, a, want, genders, _PRONOUN_REACH)[0], want,
                                          genders) or found
        if found is not None:
            return found
        # no earlier speaker either: the latest person of the right gender a few sentences back
        cands, lo = self._candidates(kind, a, want, genders, _PRONOUN_REACH)
        if not cands:  # (else an unnamed source of the other sex, as before: better than none)
            return self._earlier_speaker(kind, a, want, genders, strict=False)
        named = [c for c in cands if not self._journeys_place(c[0])] or cands
        return self._source_of(named[-1][1])  # (not a name after "for", "to", "from": a journey's place)

    def _addressed_since(self, found: tuple, cands: list, want: str, genders: dict):
        """For an earlier speaker ``found`` of no known sex, the one candidate (offset, name, ...) named after their
        last words whom a form of address makes of the pronoun's sex ``want`` ("... was represented by its president,
        Mrs Jo Doe. / "...," she told the board": not Dr Tom Roe, who spoke before); else None."""
        if genders.get(found[0]) == want or found[0] not in self.sources:
            return None
        sure = {c[1] for c in cands if c[0] > self.sources[found[0]].last and self._addressed_sex(c[1]) == want
                and _ROLE_THEN_ADDRESSED.search(self.text, max(0, c[0] - 60), c[0])}  # (in apposition to a role;
        # not "The firm was fined after Mr Jo Doe, 58, fell ...": the victim)
        return self._source_of(sure.pop()) if len(sure) == 1 else None

    def _addressed_sex(self, name: str) -> str | None:
        """'m' or 'f' when the story writes the person's surname after a form of address of one sex only ("Mrs Jo
        Doe", "Mr Doe"), else None."""
        if name not in self._address_sexes:
            last = re.escape(name.split()[-1])
            addressed = _rx(rf"\b{_HONORIFIC.pattern}\s+(?:[{_UC}][\w’'\-]*\s+){{0,3}}{last}\b")
            sexes = {_ADDRESS_SEX[m.group(1)] for m in addressed.finditer(self.text)}
            self._address_sexes[name] = sexes.pop() if len(sexes) == 1 else None
        return self._address_sexes[name]

    def _earlier_speaker(self, kind: str, a: int, want, genders, strict: bool):
        """The latest earlier speaker of the pronoun's kind and sex (or the person opening a clause after them),
        else None; with ``strict``, no unnamed source met as "he" only for a "she" (nor the other way: 'A clerk ...
        "...," he said'), unless a second source of the same noun has come in ("Another nurse said ...")."""
        for off, canon in reversed(self.history[-_MAX_HISTORY:]):
            s = self.sources[canon]
            if off >= a or want and s.source_type == "named" and genders.get(canon, want) != want \
                    or strict and want and s.source_type == "anonymous" \
                    and self._pronoun_sex(canon) not in (None, want) and not self._head_written_since(canon, off, a):
                continue
            if (kind == "person" and s.kind == "person") or (kind == "group" and s.kind == "group"):
                # a person who opens a clause a few sentences back, after that speaker, is the newer topic
                # (tuned on train: 0.57 against 0.49 for the speaker, by CoreNLP's coreference)
                cands, _ = self._candidates(kind, a, want, genders, _PRONOUN_REACH)
                subj = [c for c in cands if not c[2] and c[0] > off and self._is_subject(c[0])
                        and not (c[1] == canon and self._unnamed_since(c[0], a))]  # (the speaker named again
                # before one who would not be named)
                if subj:
                    return self._source_of(subj[-1][1])
                return self._description_since(off, a, want) or (s.name, s.source_type, s.role, s.kind)
        return None

    def _head_written_since(self, canon: str, off: int, a: int) -> bool:
        """The head noun of an unnamed source (``canon``'s last word) written again between ``off`` and ``a``
        ("One nurse ... he said. / Another nurse said ..."): a second source the same noun may bring in."""
        head = canon.split()[-1]
        return re.search(rf"\b{re.escape(head)}s?\b", self.text[off + 1:a], re.IGNORECASE) is not None

    def _pronoun_sex(self, canon: str) -> str | None:
        """"m" or "f" when the source has been met as "he" only or as "she" only (an unnamed source: 'A clerk, who
        asked not to be named, ... "...," he said'), else None."""
        seen = {self.text[a:b].lower() for a, b, c in self.mentions if c == canon} & {"he", "she"}
        return ("m" if "he" in seen else "f") if len(seen) == 1 else None

    def _description_since(self, off: int, a: int, want: str | None):
        """'"...," she said. / The judge rejected that description. She said ...': a person's description opening
        a sentence after the last speaker's mention at ``off`` and before the pronoun's sentence at ``a`` is the
        newer subject (:meth:`_description_antecedent`), when it stands for a person the story names, a speaker
        or one of the pronoun's sex (not "The actress said ..." that no one is named as: the speaker herself, told
        again), or one person an indefinite description brings in ("A driver ..."); else None."""
        start = _sentence_for(self.article, a).start
        hit = self._description_antecedent(start, off + 1, want) if start > off else None
        if hit and hit[1] == "anonymous" and (hit == self._description_antecedent(start, off + 1, want, singular=True)
                                              or self._unnamed_since(off, start)):
            return hit  # ("A driver, who did not give his name, was less sure. "...," he said": one newly brought in;
            # "A baker, who asked not to be identified, said ...": one who asks not to be named)
        if not hit or hit[1] != "named":
            return None
        known = hit[0] in self.sources and self.sources[hit[0]].kind == "person"
        return hit if known or want and _genders(self.text).get(hit[0]) == want else None  # (a person, not a
        # title's words cut short: "The Minister for Enterprise, Trade and Employment, Jo Doe")

    def _unnamed_since(self, off: int, a: int) -> bool:
        """A sentence between ``off`` and ``a``, outside quotations, says someone would not be named."""
        return any(not self.quoted.inside(m.start()) for m in _NOT_NAMED.finditer(self.text, off, a))

    def _interrupted_subject(self, a: int) -> str | None:
        """'Doe, she added, was "a friend, but wrong on this"': the person named right before a he/she at ``a``
        that, with its speech verb, is set off by commas inside a clause is that clause's subject, whom the
        pronoun cannot stand for (binding: she is someone else, most often the earlier speaker); the canonical
        name, else None (a possessor is no subject: "Doe's plan, she said, was ...")."""
        cue = _PARENTHETICAL_PRONOUN.match(self.text, a)
        if self.text[a - 2:a] != ", " or not cue or not _is_cue(cue.group(1)):
            return None
        names = self.person_mentions_before(a - 2, max(_sentence_for(self.article, a).start, a - 80))
        if not names or names[-1][2] or _CAP_RUN.match(self.text, names[-1][0]).end() != a - 2:
            return None
        return names[-1][1]

    def _plural_subject(self, a: int):
        """'Bondholders have asked for a review of the sales, which they described as "..."': a plural common noun
        opening the sentence of "they" (at ``a``), then its verb, is what "they" stands for, as an anonymous
        group; None when the sentence opens otherwise."""
        sent = _sentence_for(self.article, a)
        m = _PLURAL_SUBJECT.match(self.text, sent.start, a)
        if not m or m.group("head").lower() not in _lower_words(self.text) or self.quoted.inside(m.start("np")):
            return None
        np = m.group("np")
        return np[:1].lower() + np[1:], "anonymous", None, "group"

    def _singular_they(self, a: int):
        """'A former minister, who asked not to be named, was less sanguine. "...," they said': one person
        described in the sentence before (or this one), no one speaking since, is a singular "they"."""
        back = self.article.sentences[max(0, _sentence_for(self.article, a).sentence_id - 1)].start
        if any(back <= off < a for off, _c in self.history[-5:]):
            return None
        return self._description_antecedent(a, back, None, singular=True)

    def _with_appositive_name(self, end: int) -> int:
        """The end of a person's name written in apposition right after a description ending at ``end`` ("The
        president of the Kelby Growers' Union, Jo Doe-Roe, said"), else ``end``."""
        appos = _APPOSITIVE_NAME.match(self.text, end)
        return appos.end(1) if appos and _is_person_name(appos.group(1).strip()) else end

    def _given_voice(self, a: int, b: int) -> bool:
        """The rest of a sentence in text[a:b], after a description that opens it, gives the described person a
        voice: a speech verb not after a passive's auxiliary ("A rescuer who took part in the search said", not "A
        man was told to leave"), a stance ("was less sure", "was blunter.") or a source's anonymity ("who asked
        not to be named")."""
        if _VOICE.search(self.text, a, b) or _NOT_NAMED.search(self.text, _sentence_for(self.article, a).start, b):
            return True  # (the anonymity from the sentence's start: "A welder in his fifties would not give his name")
        toks = _tokens(self.text[a:b], a)
        return any(t[0].islower() and _is_cue(t[0]) and (i == 0 or toks[i - 1][0].lower() not in _PASSIVE_AUX)
                   for i, t in enumerate(toks))

    def _description_antecedent(self, a: int, lo: int, want: str | None, singular: bool = False):
        """'The former executive, who asked not to be named, spoke on Friday. "...," he said': the latest
        description of a person (a head noun of ``person_nouns``) that opens a sentence in text[lo:a] outside
        quotations, as an anonymous source; None when there is none or its head names the other sex."""
        sents = self.article.sentences
        sid = _sentence_for(self.article, a).sentence_id
        closing = self.text[a - 2:a] == ", " and not (_CUE_THEN_MARK.match(self.text, a)
                                                      and _OPEN_RELATIVE.search(self.text, sents[sid].start, a))
        # ('An investor, whom she did not name, had ..., she said.'; not inside a relative clause still open: 'One
        # captain, who asked not to be named because, he said, "...",')
        for s in (sents[j] for j in range(sid - closing, -1, -1)):  # (a closing "she said" reports its sentence)
            if s.start < lo:
                return None
            line = self.text.rfind("\n", s.start, min(s.end, a)) + 1  # (a sentence on the line after a time stamp
            # or a heading that runs into it: "12:55 PM\nA rescuer, who asked not to be named, said")
            m = _DESCRIPTION_OPENING.match(self.text, max(s.start, line), min(s.end, a))
            if m and not self._person_head(m.group("head"), s):
                m = _LISTED_DESCRIPTION_OPENING.match(self.text, max(s.start, line), min(s.end, a)) or m
            if (not m or not self._person_head(m.group("head"), s)) \
                    and (agent := self._unnamed_agent(s, min(s.end, a), want)):
                return agent
            if not m or self.quoted.inside(m.start("d")) or not self._person_head(m.group("head"), s) \
                    or singular and (m.group("d").split()[0] not in ("A", "An", "One", "Another")
                                     or m.group("head").endswith("s")):
                continue  # (with ``singular``, one person: "A former minister", for a singular "they")
            if want and _HEAD_SEX.get(m.group("head"), want) != want or m.group("d").split()[0] in ("Our", "My") \
                    and (want not in ("m", "f") or self._acts_on_someone(m.end(), min(s.end, a))):
                continue  # (a speaker's "Our treasurer" for a "he" or "she" only, never a "we"; not "Our reporter
                # asked the minister about it. He said": the one asked)
            if m.group("d").split()[0].lower() in ("a", "an", "one", "another") and not s.start <= a < s.end \
                    and not self._given_voice(m.end(), min(s.end, a)) \
                    and not self._unnamed_since(m.end(), min(s.end, a)):
                continue  # ("A cyclist was killed on it last year. "...," he said": a victim, no new speaker; but "A
                # former officer, who asked that his name not be used, remembered him as ...": a source; and "A buyer
                # walked through the plant, and at the end he said": the subject of the pronoun's own sentence)
            end = self._with_appositive_name(m.end("d"))  # ("The head of Acme, Jo Doe,": Jo Doe)
            if end == m.end("d") and (on := _ON_OR_NEAR.search(self.text, m.end("head"), end)):
                end = on.start()  # ("An old fisherman on the harbour wall at Pendeen": where he stood, no body)
            said = self.text[m.start("d"):end]
            if m.re is _LISTED_DESCRIPTION_OPENING:
                said = said.replace(",", "", 1)  # ("A thin grey-haired man")
            hit = self.resolve(said, m.start("d"), end)  # ("The premier": the one named so)
            if hit and end > m.end("d") and hit[1] == "named":
                hit = (*hit[:3], "person")  # (a person's name after a person's description, though no layer knows it)
            if hit and hit[1] == "anonymous" and m.group("d").startswith("The "):
                hit = self._just_introduced(s, want, m.group("head")) or hit
            if hit and hit[1] == "anonymous" and m.group("d").split()[0] in ("A", "An"):
                hit = self._named_after_who(self.text[m.start("d"):m.end("head")], m.start("d")) or hit  # ("A young
                # woman who had arrived in 1981 took it over for what she says was "..." / Jo Doe, 61, said")
            if hit and hit[1] == "anonymous" and m.group("d").split()[0].lower() not in ("a", "an", "one", "another") \
                    and (m.group("head").lower() in _OFFICES or len(m.group("d").split()) == 2
                         and m.group("head")[:1].isupper() and _is_title(m.group("head"))):
                hit = self._office_holder(m.group("head").lower(), want) or hit  # ("Later, the Mayor said ...";
                # "Asked about it, the Minister said": a capitalised title, its one holder; not "A former youth coach
                # who asked not to be named": someone else than the coach the story names)
            if hit and want and hit[1] == "named" and _genders(self.text).get(hit[0], want) != want:
                words = m.group("d").lower().split()  # a holder of that role of the pronoun's sex, if any
                hit = self._title_holder(words, m.start("d"), want) or self._role_holder(words, m.start("d"), want)
            if hit and hit[1] == "anonymous" and m.start("d") - s.start > _SHORT_OPENING:
                return None  # (after a long opening phrase, only a description whose holder is named: "Pressed
                # on the tolls at a rally, the candidate shrugged. Then he said ...": the named one, not a description)
            return hit if hit and hit[3] == "person" else None
        return None

    def _unnamed_agent(self, s, hi: int, want: str | None):
        """A passive's agent in sentence ``s`` (before ``hi``) who would not be named ("The vote was described by one
        shift foreman, who asked not to be named, as '...'"): that unnamed source, else None."""
        ag = _UNNAMED_BY_AGENT.search(self.text, s.start, hi)
        if not ag or self.quoted.inside(ag.start()) or not self._person_head(ag.group("head"), s) \
                or not self._unnamed_since(ag.end(), hi) or want and _HEAD_SEX.get(ag.group("head"), want) != want:
            return None
        hit = self.resolve(self.text[ag.start("d"):ag.end("d")], ag.start("d"), ag.end("d"))
        return hit if hit and hit[1] == "anonymous" else None

    def _acts_on_someone(self, lo: int, hi: int) -> bool:
        """text[lo:hi], the rest of a description's sentence, names a person or stands one as an object ("him",
        "her", "the minister")."""
        rest = self.text[lo:hi]
        return self._layer_kind(lo, hi) == "person" or bool(re.search(r"\b(?:him|her|them)\b", rest)) \
            or any(w in _PERSON_HEADS for w in re.findall(r"\bthe ([a-z]+)", rest))

    def _person_head(self, head: str, sent) -> bool:
        """``head`` is a person's noun (``person_nouns``), or a trade's agent noun ("welder", "operator") in a
        sentence that says the person would not be named."""
        return head.lower() in _PERSON_HEADS \
            or bool((_AGENT_NOUN.fullmatch(head) or _person_noun_like(head.lower()))
                    and _NOT_NAMED.search(self.text, sent.start, sent.end))  # (or "lineman", "boatman")

    def _variation_holder(self, head: str, a: int):
        """'Jo Doe heard it. The Transport Minister had come to defend the bill. ... The Minister said': the
        person that a sentence opened by a fuller description ("The", one to three words, the same title
        ``head``) told again in other words (see :meth:`_just_introduced`), the latest such sentence; else None."""
        opening = re.compile(r"The\s+(?:[\w’'\-]+\s+){1,3}?" + re.escape(head) + r"\b", re.I)  # (a fuller title)
        sid = _sentence_for(self.article, a).sentence_id
        for s in self.article.sentences[sid:max(0, sid - _VARIATION_REACH):-1]:
            if opening.match(self.text, s.start, s.end) and not self.quoted.inside(s.start):
                hit = self._just_introduced(s, None, head)
                if hit:
                    return hit
        return None

    def _just_quoted(self, a: int) -> str | None:
        """The person quoted last before ``a``, in the sentence before or this one (the one its quotation opens in,
        for a mention after a quotation of several sentences), when no one else is named since; else None."""
        off, last = next(((off, c) for off, c in reversed(self.history[-_MAX_HISTORY:]) if off < a), (a, None))
        if last is None or self.sources[last].kind != "person" \
                or _sentence_for(self.article, off).sentence_id < self._quotation_sentence(a) - 1 \
                or {c for _o, c, _p in self.person_mentions_before(a, self._speaker_mention_end(off, last))} - {last}:
            return None
        return last

    def _quotation_sentence(self, a: int) -> int:
        """The id of the sentence at ``a``, or of the first sentence of the quotation that sentence opens inside
        ('"It is late. It is too late," the Kelby MP said': the sentence of "It is late.")."""
        sent = _sentence_for(self.article, a)
        while sent.sentence_id > 0 and self.quoted.inside(sent.start):
            sent = self.article.sentences[sent.sentence_id - 1]
        return sent.sentence_id

    def _speaker_mention_end(self, off: int, canon: str) -> int:
        """The end of the speaker mention of ``canon`` that opens at ``off`` ("Kelby Party housing spokeswoman Jo
        Doe": the body named inside it is no one else named since), else ``off``."""
        k = bisect.bisect_left(self.mentions, (off,))
        return next((mb for ma, mb, name in self.mentions[k:k + 3] if ma == off and name == canon), off)

    def _last_named_speaker(self, a: int):
        """The named person quoted last before ``a`` (:meth:`_just_quoted`) and the offset of the first writing of
        that name, as (source, offset); else None."""
        s = self.sources.get(self._just_quoted(a))
        if not s or s.source_type != "named":
            return None
        first = self.text.find(s.name)
        return (s, first) if first >= 0 else None

    def _title_before(self, head: str, first: int) -> bool:
        """The title ``head`` stands in the words right before offset ``first`` (in its sentence), outside any
        quotation."""
        if self.quoted.inside(first):
            return False
        lo = max(_sentence_for(self.article, first).start, first - 60)
        return re.search(rf"\b{re.escape(head)}\b", self.text[lo:first], re.I) is not None

    def _titled_last_speaker(self, head: str, a: int):
        """'..., Minister in the Ministry of Finance Jo Doe told the House. ... "...," he said. The minister accused
        ...': the last person quoted, in the sentence before ``a`` or its own, named, no one else named since
        (:meth:`_last_named_speaker`), when the title ``head`` stands in the words right before the first writing
        of that name (in its sentence); else None."""
        last = self._last_named_speaker(a)
        if not last or not self._title_before(head, last[1]):
            return None
        s = last[0]
        return s.name, s.source_type, s.role, s.kind

    def _seat_of_last_speaker(self, a: int, mention: str):
        """'Jo Doe TD described the plan as "too little". / "...," the Kelby West TD said': a description ending in
        an abbreviated title (a seat, a party) is the named person quoted last, in the sentence before or its own,
        no one else named since (:meth:`_last_named_speaker`), when the story wrote that title by the person's
        name ("Jo Doe TD", "Jo Doe, MP", "TD for Kelby West Jo Doe") and any party the description names stands
        where the member is first named (:meth:`_party_of`); not a rebuttal by another member ("...," the minister
        said. "...," the Labour TD said). Else None."""
        last = self._last_named_speaker(a)
        if not last:
            return None
        (s, first), title = last, mention.split()[-1]
        if not self._title_before(title, first) \
                and not _rx(rf",?\s+{re.escape(title)}\b").match(self.text, first + len(s.name)):
            return None
        return (s.name, s.source_type, s.role, s.kind) if self._party_of(mention, first) else None

    def _party_of(self, mention: str, first: int) -> bool:
        """Whether the party words of a description ("the Sinn Féin TD", "the SNP MP"), if any, stand in the
        sentence at offset ``first``, where the member is first named ("Sinn Féin housing spokeswoman Jo Doe TD"):
        not another party's member."""
        parties = [w for w in (re.sub(r"[’']s$", "", w) for w in mention.split()[1:-1])
                   if w in _PARTY_WORDS or len(w) > 1 and w.isupper()]  # (or an acronym: "the DUP MLA")
        sent = _sentence_for(self.article, first)
        return all(re.search(rf"\b{re.escape(w)}\b", self.text[sent.start:sent.end]) for w in parties)

    def _seat_of_newcomer(self, a: int, mention: str):
        """'..., Minister of Finance Jo Doe told the House. Closing the debate, the Kelby South MP said': a
        description ending in an abbreviated title (a seat, a party) that opens its sentence's clause (after an
        introductory phrase at most) is the person the sentence before brings in (:meth:`_just_introduced`);
        the description is kept as that person's role.  Else None."""
        sent = _sentence_for(self.article, a)
        if not _OPENING_PHRASE.fullmatch(self.text, sent.start, a):
            return None
        hit = self._just_introduced(sent, None)
        return hit and (hit[0], hit[1], hit[2] or mention.split(None, 1)[1], hit[3])

    def _just_introduced(self, sent, want: str | None, head: str = ""):
        """'Then Sir Jo Doe rose. The member for Kelby Vale has sat here for years. "...," he began': a definite
        description opening the sentence after the one that brings in a person (named there for the first time,
        as its subject, no one else named there) is that person, told again in other words; not when the
        description asks not to be named ("The official, who asked not to be named, ...")."""
        if sent.sentence_id == 0 or _NOT_NAMED.search(self.text, sent.start, sent.end):
            return None
        prev = self.article.sentences[sent.sentence_id - 1]
        names = self.person_mentions_before(prev.end, prev.start)
        if len({c for _o, c, _p in names}) != 1 or names[0][2] or not self._is_subject(names[0][0]) \
                or self._named_in_full_before(names[0][1], prev.start):
            return None
        at, canon = names[0][0], names[0][1]
        roles = self._role_words(at, at + len(_CAP_RUN.match(self.text, at).group())) & _PERSON_HEADS
        if head and roles and head.lower() not in roles and not roles & _ROLE_KINDS.get(head.lower(), frozenset()):
            return None  # "Dr Jo Doe, director of ..., said ... The Minister said": another role, another person
        if want and _genders(self.text).get(canon, want) != want:
            return None
        return self._source_of(canon)

    def _pronoun_subject(self, pronoun: str, lo: int, a: int) -> int | None:
        """Offset of the latest 'He'/'She' (as ``pronoun``) opening a sentence in text[lo:a] outside quotations,
        or None."""
        found = None
        for m in _SENTENCE_PRONOUN.finditer(self.text, lo, a):
            if m.group(1).lower() == pronoun and not self.quoted.inside(m.start(1)) \
                    and not (self._told_person(m.end(1)) is not None and not _newcomer_between(self.text, m.end(1), a)):
                found = m.start(1)  # (not "She was Loretta Doe, 77, ...": the name she is told to be is the topic,
                # unless someone new is brought in after it: "A neighbour stood at her door. "...," she said")
        inner = self._interrupting_pronoun(pronoun, lo, a)
        return inner if inner is not None and (found is None or inner > found) else found

    def _told_name(self, off: int, a: int) -> bool:
        """The name at ``off`` is the one a he or she just before is told to be ("She is W/rt Jane Doe, 24"): the
        pronoun's subject, so the person a later "she" at ``a`` speaks of, unless someone new is brought in between
        ("She was Jane Doe, 34. A neighbour stood at her door. '...,' she said")."""
        m = _TOLD_BEFORE.search(self.text, max(0, off - 30), off)
        return m is not None and self._told_person(m.end(1)) is not None and not _newcomer_between(self.text, m.end(1), a)

    def _told_in_next_paragraph(self, a: int, pronoun: str):
        """The resolution of the person whom the paragraph after a quotation's closing "he said" or "she said" (at
        ``a``) tells the pronoun to be, opening "He is" or "She is" and a name not named before ('"...," she said. /
        She is Miss Jo Doe, 71, a retired cook'; not "She was Jo Doe until her marriage"), when it tells no death;
        else None."""
        if not self._closes_quotation(a):
            return None
        sents = self.article.sentences
        sid = _sentence_for(self.article, a).sentence_id
        nxt = sents[sid + 1] if sid + 1 < len(sents) else None
        if nxt is None or nxt.paragraph_id == sents[sid].paragraph_id or self._in_quotation(nxt.start):
            return None
        m = _PRONOUN_TOLD.match(self.text, nxt.start)
        if m is None or m.group(1).lower() != pronoun or not self.text.startswith(" is ", m.end(1)) \
                or (told := self._told_person(m.end(1))) is None or _DEATH_TOLD.search(self.text, told[1], nxt.end) \
                or (person := self._person_named_in(*told)) is not None and self._named_before(person, a) \
                or not self.text.startswith((",", "."), told[1]):
            return None  # (nor "She is Mary Walsh and Tom Reed's daughter")
        return self.resolve(self.text[told[0]:told[1]], *told)

    def _told_person(self, end: int):
        """(start, end) of the person the mention layer names whom the he or she ending at ``end`` is told to be ("She
        was Loretta Doe, 77,"; not "She was Anna Doe's granddaughter": another person, whom the possessive describes),
        else None."""
        named = _IS_NAMED.match(self.text, end)
        k = self._layer_span_at(named.end()) if named else None
        if named and k is None and (hon := _HONORIFIC.match(self.text, named.end())):
            k = self._layer_span_at(hon.end() + 1)  # ("She is W/rt Jane Doe, 24": after a form of address)
        spans = self._layer_spans()
        if k is None or spans[k][2] != "person" or self.text.startswith(("’s", "'s"), spans[k][1]):
            return None
        return spans[k][0], spans[k][1]

    def _interrupting_pronoun(self, pronoun: str, lo: int, a: int) -> int | None:
        """Offset of the latest he/she (as ``pronoun``) in text[lo:a], outside quotations, that with its speech verb
        interrupts a clause right after a person's name ("Doe, she noted, had given ...": see
        :meth:`_interrupted_subject`): she is someone else, whom a later "she" in the story carries on; else None."""
        found = None
        for m in _rx(rf", ({pronoun}) [a-z]+").finditer(self.text, lo, a):
            if not self.quoted.inside(m.start(1)) and self._interrupted_subject(m.start(1)):
                found = m.start(1)
        return found

    def _it(self, a: int):
        """'"...," it said': a document someone sent in the sentence before ("The family sent us a letter ... It
        said, '...'"), else the organisation or document that spoke last (within _LOOKBACK characters), else
        the latest organisation the mention layer names in this or the previous sentence, else the story's
        company; None when there is none."""
        sid = _sentence_for(self.article, a).sentence_id
        here = self.article.sentences[sid]
        prev = self.article.sentences[sid - 1] if sid > 0 else None
        if prev and here.start == a and _IT_OPENS_SAID.match(self.text, a, here.end) \
                and (sent := _SENT_A_DOCUMENT.search(prev.text)) and sent.group(1) in _DOCUMENT_HEADS:
            sender = self._orgs_between(prev.start, prev.start + 5)  # (a body opening the sentence sent it: "Acme Ltd
            # has sent a statement. It reads in part:" is Acme's)
            return (sender[0][1], "named", None, "group") if sender else _describe(sent.group(1), self.text)
            # ("The first family sent us a letter ... It said, '...'": the document sent, its senders unnamed)
        if (lead := _BODY_DESCRIBED_OPENING.match(self.text, here.start, a)) \
                and (hit := self._lead_body_description(lead.group(1), lead.start(1))):
            return hit  # ("Kelbyland's biggest growers' co-operative has opened a store that it says will ...": the
            # body the lede describes, named later)
        for off, canon in reversed(self.history[-5:]):
            s = self.sources[canon]
            if a - off > _LOOKBACK:
                break
            if s.kind != "person" and s.source_type != "anonymous":
                if self._body_opens_sentence_since(off, a, s.name):
                    break  # "Acme said ... / Kelby Freight Ltd was fined on Monday. "...," it said": the new body
                return s.name, s.source_type, s.role, s.kind
        for s in (self.article.sentences[j] for j in range(sid, max(-1, sid - 3), -1)):
            doc = _DOCUMENT_SUBJECT.match(self.text, s.start, a)
            if doc and s.start < a:
                # "The email, released by Judicial Watch, was sent ... '"...," it reads.'": the document that
                # opens one of the last sentences, not an organisation named inside them
                return _describe(doc.group(), self.text)
        # (and the sentence before's, after "Its" and a speech noun: "The association has written to the minister.
        # Its letter ended:")
        back = [sid - 1] if sid > 0 and _IT_OPENS.match(self.text, here.start, here.end) else []
        first = self._quotation_opening(a).sentence_id if self._closes_quotation(a) else sid
        if first > 0 and _BODY_NOUN_SAID.match(self.text, self.article.sentences[first - 1].start, a):
            back.append(first - 1)  # (a body's noun spoke in the sentence before the quotation: "The association
            # said in a statement that ... "...," it said")
        for s in (self.article.sentences[j] for j in [sid, *back]):
            opener = _BODY_SUBJECT.match(self.text, s.start, min(a, s.end)) \
                or _BODY_NOUN_SAID.match(self.text, s.start, min(a, s.end))
            if opener and not self.quoted.inside(opener.start(1)) and not _PASSIVE_BY.match(self.text, opener.end(1)) \
                    and (hit := self._named_body(opener.group(1), a) or self._body_named_later(opener.group(1), a)):
                return hit  # "The regulator has fined the insurer for what it called ...": the body its subject is
        # (two sentences back: "Acme Corp reported a loss. The company blamed weak demand. "...," it said")
        lo = self.article.sentences[max(0, sid - _IT_REACH)].start
        orgs = self._org_mentions()
        k = bisect.bisect_left(orgs, (a,))
        while k > 0 and orgs[k - 1][0] >= lo:
            k -= 1
            if not self.quoted.inside(orgs[k][0]) and not self._only_told(orgs[k][1]):
                return orgs[k][1], "named", None, "group"  # (not an outlet told: "Jo Doe told Kelby Business")
        return (self.company_name, "named", None, "group") if self.company else None

    def _body_opens_sentence_since(self, since: int, a: int, name: str) -> bool:
        """Another organisation than ``name`` opens a sentence of the paragraph of ``a`` after ``since`` and before
        ``a``, outside quotation marks, as the subject of a passive verb ("Kelby Freight Ltd was fined by the
        regulator") or, named by its noun, of a verb of saying ("The association said in a statement that ..."): a
        new body "it" stands for rather than the body that spoke before (not one acting on that body: "The Court of
        Appeal found that the firm had copied the formula. "We will appeal," it said")."""
        para = _sentence_for(self.article, a).paragraph_id
        orgs = self._org_mentions()
        for s in self.article.sentences_of(para):
            if s.start <= since or s.start >= a:
                continue
            at = s.start + 4 if self.text.startswith("The ", s.start) else s.start
            k = bisect.bisect_left(orgs, (at,))
            if k < len(orgs) and orgs[k][0] == at and orgs[k][1] != name \
                    and not self.quoted.inside(orgs[k][0]) and _PASSIVE_SUBJECT.match(self.text, orgs[k][0], s.end):
                return True
            said = _BODY_NOUN_SAID.match(self.text, s.start, a)
            if said and (hit := self._named_body(said.group(1), a)) and hit[0] != name:
                return True  # ("The association said in a statement that ... "...," it said": the body its noun names)
        return False

    def _indefinite_people(self, lo: int, a: int) -> set[str]:
        """The person's nouns after "a" or "an" between ``lo`` and ``a``, outside quotations ("a retired
        schoolteacher", "a man"): someone brought in unnamed."""
        return {w for m in _INDEFINITE_NOUN.finditer(self.text, lo, a) if not self.quoted.inside(m.start())
                for w in m.groups() if w and (_person_noun(w) or w in _HEAD_SEX)}

    def _unnamed_people_since(self, lo: int, a: int) -> set[str]:
        """The nouns of people brought in unnamed between ``lo`` and ``a``, outside quotations: "a" and a person's
        noun ("a retired schoolteacher was filling buckets") or the singular subject of a sentence, a definite person's
        noun ("Her husband agreed", "The accused sat ..."; not "The children were playing")."""
        found = self._indefinite_people(lo, a)
        for s in self.article.sentences:
            if lo <= s.start < a and not self.quoted.inside(s.start) \
                    and (noun := _definite_person_noun(self.text[s.start:min(s.end, a)])) \
                    and not (noun.endswith("s") and not noun.endswith("ss")) and noun not in ("children", "people"):
                found.add(noun)
        return found

    def _candidates(self, kind, a, want, genders, back: int):
        """(person mentions of the right gender, window start) in the last ``back`` sentences."""
        if kind != "person":
            return [], a
        sid = _sentence_for(self.article, a).sentence_id
        lo = max(self.article.sentences[max(0, sid - back)].start, a - 3 * _LOOKBACK)
        found = self.person_mentions_before(a, lo)
        names = {c[1] for c in found}
        return [c for c in found if (not want or genders.get(c[1], want) == want)
                and not self._inside_other_speaker(c) and not self._only_told(c[1])
                and not self._reported_cleft(c[0]) and not self._in_byline(c[0])
                and not (c[1].endswith("s") and " " in c[1] and c[1][:-1] in names
                         and namesakes_before(self.text, c[0]))], lo
        # (not "the three other Michael Harringtons" after "Michael Harrington": people who bear the name)

    def _in_byline(self, at: int) -> bool:
        """The name at ``at`` stands on a line of page furniture, a byline above all ("By Jo Doe, Staff Reporter",
        "By Jo Doe and Tom Reed"; :func:`_furniture_at`): the reporter, no antecedent (not "By then, Jo Doe had
        resigned.", "By the time Jo Doe arrived ...": a sentence of the story)."""
        return _furniture_at(self.text, at)

    def _only_told(self, name: str) -> bool:
        """Every time the story writes ``name`` it is whom a speaker told or whose reporter saw a paper ("he told
        Kelby Insight", "seen by the Ashby Observer": outlet_leads): an outlet, no antecedent of he or she."""
        if name not in self._outlets:
            at = [i for i in _finds(self.text, name) if _boundary(self.text, i) and _boundary(self.text, i + len(name))]
            self._outlets[name] = bool(at) and all(self._outlet_lead(i, i + len(name), name) for i in at)
        return self._outlets[name]

    def _outlet_lead(self, i: int, j: int, name: str) -> bool:
        """An outlet lead before the name at i..j; "told" only before no given name ("Police told Jane Doe her son
        had died") and no infinitive ("The regulator told Acme Holdings to repay"): whom one told to act."""
        lead = _OUTLET_LEAD.search(self.text, max(0, i - 30), i)
        if not lead or not lead.group().lower().startswith("told"):
            return bool(lead)
        return name.split()[0].lower() not in _GIVEN_GENDER and not _TOLD_TO_ACT.match(self.text, j)

    def _introduced_before_quote(self, a: int, want, genders):
        """'A bank official said .... / Jo Doe, 31, said she came early. / "I came at seven. ... Where is home?"
        she said': for a pronoun closing a quotation that opens its paragraph, the people named in the paragraph
        before as subjects, when no one spoke there (Jo Doe, newer than the official), as (candidates, window
        start); else None."""
        k = bisect.bisect_right(self.quoted.starts, a) - 1
        para = self.article.paragraph_at(a)
        if k < 0 or para is None or para.paragraph_id == 0 or self.quoted.spans[k][0] < para.start \
                or self.text[para.start:self.quoted.spans[k][0]].strip(_NICKNAME_MARKS + "”'") \
                or not _LOOKBACK > a - self.quoted.spans[k][1] >= 0:
            return None  # (the quotation in the pronoun's own paragraph: not a headline's above a lede's "he")
        pid = para.paragraph_id - 1
        while pid > 0 and _opens_unclosed(self.text[(q := self.article.paragraphs[pid]).start:q.end]):
            pid -= 1  # (the quotation's paragraphs before, when it runs over several: '"My father used copper. /
            # "This year I sprayed ...," he said': the paragraph before its first)
        prev = self.article.paragraphs[pid]
        if any(prev.start <= off < a for off, _c in self.history[-5:]):
            return None  # (someone spoke there: the usual reading)
        cands = [c for c in self.person_mentions_before(prev.end, prev.start) if self._is_subject(c[0])
                 and (not want or genders.get(c[1], want) == want) and not self._inside_other_speaker(c)
                 and not self._in_byline(c[0])]
        return (cands, prev.start) if cands else None

    def _spoke_at(self, cand) -> bool:
        """The (offset, canonical, possessive) name stands inside a speaker mention of that same person
        ('"...," former Acme speechwriter Noam Feld wrote': the mention opens before the name)."""
        off, canon, _ = cand
        k = bisect.bisect_right(self.mentions, (off, float("inf"), ""))
        return any(ma <= off < mb and name == canon for ma, mb, name in self.mentions[max(0, k - 3):k])

    def _inside_other_speaker(self, cand) -> bool:
        """The (offset, canonical, possessive) name stands, not as a possessor, inside the mention of another
        person who spoke: 'former Acme Corp speechwriter Noam Feld wrote' (Acme Corp is a modifier there)."""
        off, canon, possessive = cand
        k = bisect.bisect_right(self.mentions, (off, float("inf"), ""))
        return not possessive and any(ma <= off < mb and not set(name.split()) & set(canon.split())
                                      and name.split()[-1] in self.text[off:mb] for ma, mb, name in self.mentions[max(0, k - 3):k])

    def _newcomer(self, plain, a: int):
        """'We reached Dr. Jo Doe, a sports economist at Kelby University, during the break. He said ...': the latest
        person candidate (not a possessor) named there for the first time, with a description in apposition or a
        relative clause ("Among those backing it was Jo Doe, who worked at the mine."), the
        first person named in its sentence, no he or she before ("Reporters spoke to Jo Doe, a farmer", not "Jo Roe
        met Jo Doe, the Russian president", nor "He met ..."), who has not spoken and after whom no one has: a new
        source the reporter brings in, not the last speaker; else None."""
        if not plain:
            return None
        c = plain[-1]
        run = _CAP_RUN.match(self.text, c[0])
        lo = _sentence_for(self.article, c[0]).start
        age = _AGE_AFTER.match(self.text, run.end()) if run else None
        role = _APPOSITIVE_ROLE.match(self.text, age.end() - 1 if age else run.end()) if run else None
        who = _WHO_CLAUSE.match(self.text, role.end() if role else run.end()) if run else None
        if who and not (_PRESENTED_BEFORE.search(self.text, max(lo, c[0] - 40), c[0])
                        or _OPENING_BEFORE.fullmatch(self.text, lo, c[0]) or _WHO_SAID.match(self.text, who.start())):
            who = None  # (only a person the sentence opens with or presents: "Among them was Jo Doe, who ..."; not
            # an object, "The decision angered Jo Doe, who ...", "But under Jo Doe, who took over, ..."; but one
            # who spoke: "The afternoon belonged to Jo Doe, 47, the group's secretary, who said ...")
        if c[1] in self.sources or not run or not (role or who) \
                or self._named_in_full_before(c[1], c[0]) or any(c[0] <= off < a for off, _c in self.history[-5:]):
            return None
        if any(lo <= o < c[0] for o, _canon, _p in plain) or _HE_SHE_WORD.search(self.text, lo, c[0]):
            return None  # (someone named or a he/she before: "He met Jo Doe, the Russian president")
        if _PASSIVE_AGENT_BEFORE.search(self.text, max(lo, c[0] - 60), c[0]):
            return None  # ("The challenge will be argued by Dr Jo Doe, the lawyer who ...": who will act, not speak)
        return c

    def _last_speaker(self, kind, want, genders, a, reach: int = _LOOKBACK):
        """The latest named speaker of the right gender, when met within the last ``reach`` characters
        (tuned on train: further back, a person named nearby in object position is the likelier antecedent)."""
        for off, canon in reversed(self.history[-5:]):
            s = self.sources[canon]
            if off >= a:
                continue  # (a pronoun read back from a later one: see _pronoun_subject)
            if a - off > reach:
                return None
            if s.kind == kind and s.source_type == "named" and genders.get(canon, want) == want:
                return s.name, s.source_type, s.role, s.kind
        return None

    def _topic_owner(self, cands, plain, a: int):
        """The latest possessor opening a sentence ("Reed's report also attacked the mayor. He called it ...":
        the topic a later pronoun carries on, not the mayor), when no other person is named in a later
        sentence; or the possessor in the pronoun's own sentence at ``a`` when no person is named there but
        as a possessor ("Little is known of Doe's fate, but she said"); else None."""
        own = _sentence_for(self.article, a).start
        for c in reversed(cands):
            if not c[2]:
                continue
            if c[0] >= own and not (plain and plain[-1][0] >= own):
                return c
            sent = _sentence_for(self.article, c[0])
            if c[0] - sent.start > 48 or not _FRONTED_FOCUS.fullmatch(self.text, sent.start, c[0]):
                continue
            if plain and plain[-1][0] >= sent.end:
                return None  # ("Acme's chief, Tom Reed, left. Jane Doe, his deputy, said ...": Jane Doe is newer)
            return c
        return None

    def _is_subject(self, off: int) -> bool:
        if off not in self._subject_at:  # a name is met again by each later pronoun nearby: read once
            self._subject_at[off] = self._read_subject(off)
        return self._subject_at[off]

    def _reported_cleft(self, off: int) -> bool:
        """The name at ``off`` is the focus of a cleft reported after a speech verb ("Jo Roe said it was Jo Doe who
        wrote it", "The lawyer insists it was Mr Doe who"): reported content, no antecedent for a later pronoun."""
        run = _CAP_RUN.match(self.text, off)
        sent = _sentence_for(self.article, off)
        return bool(run and self._cleft_focus(run, self.text[max(sent.start, off - 20):off])
                    and not self._clause_cleft(sent, off))

    def _cleft_focus(self, run: re.Match, before: str) -> bool:
        """The name ``run`` is the focus of a cleft: "it was (Ms) <name> who", ``before`` the words before it."""
        return bool(_CLEFT_BEFORE.search(before) and _CLEFT_WHO.match(self.text, run.end()))

    def _clause_cleft(self, sent, off: int) -> bool:
        """The cleft before the name at ``off`` opens its sentence or a clause, and no speech verb comes before it
        in the sentence: "It was Jo Doe who spoke", "..., but it was Jo Doe who"; not "Jo Roe said (that) it
        was Jo Doe who", "Jo Roe insists it was ...", where the focus is reported content."""
        lo = max(sent.start, off - _LOOKBACK)
        head = self.text[lo:off]
        m = _CLEFT_CLAUSE.search(head)
        if not m or m.start() == 0 and lo != sent.start and not m.group().startswith((",", ";", ":", "—")):
            return False  # (a long sentence cut at the look-back: no opening there)
        return not any(_is_cue(w) for w in re.findall(r"[a-z]+", head[:m.start()]))

    def _dateline_before(self, lo: int, off: int) -> bool:
        """Whether text[lo:off] is a wire dateline and blanks ("LONDON - Jo Doe has lived ...", "KELBY, Ohio (AP) —
        Jo Doe said"): the mention layer's dateline spans (mentions.dateline_spans, the one registry)."""
        end = _dateline_end(self.text, lo)
        return end is not None and not self.text[end:off].strip()

    def _read_subject(self, off: int) -> bool:
        """Whether the name at ``off`` is a subject: a speech verb follows it, else :meth:`_subject_by_pre`."""
        run = _CAP_RUN.match(self.text, off)
        nxt = run and _NEXT_WORDS.match(self.text, run.end())
        verb = nxt and (nxt.group(2) if nxt.group(1).endswith("ly") or nxt.group(1) in _AUX else nxt.group(1))
        if verb and _is_cue(verb) and not self.quoted.inside(run.end()):
            return True  # "... the ablest candidate Viguerie argues.": the subject of a closing speech verb
        said = run and _VERB_NEXT.match(self.text, run.end())
        if said and _is_cue(said.group(1), strict=True) and not self.quoted.inside(run.end()):
            return True  # "In Kelby, village headman Chief Jo Doe said several families ...": a name, then its verb
        return self._subject_by_pre(run, off)

    def _entry_heading_before(self, start: int, off: int) -> int:
        """Where the line holding ``off`` opens, when a live blog's entry heading ("2:30pm — MP weighs in") runs from
        ``start`` into that line with no stop between (the sentence splitter keeps them together); else 0."""
        line = self.text.rfind("\n", start, off) + 1
        return line if line > start and _ENTRY_TIME.match(self.text, start) else 0

    def _subject_by_pre(self, run, off: int) -> bool:
        """Whether the words before the name at ``off`` (run ``run``) open its clause or make it a speaker."""
        sent = _sentence_for(self.article, off)
        if line := self._entry_heading_before(sent.start, off):
            sent = dc_replace(sent, start=line)  # (a live blog's entry heading run into the sentence: "2:30pm — MP
            # weighs in\nKelby MP Jo Doe has joined ...": the name opens its own line)
        lo = max(sent.start, off - _NAMING_REACH)
        # a short bracketed note inside the role before the name is no clause of its own: "Lake County (Ariz.)
        # Sheriff Jo Doe, ..., vouched for ..." (the state of the county; the name still opens the clause)
        pre = self.text[lo:off]
        pre = _ROLE_NOTE.sub(" ", pre)
        pre = _GENERATION_BEFORE.sub("", pre)  # ("..., the elder Lin stops": the name opens the clause)
        pre = _TITLES_AT_END.sub(" ", pre)  # ("The labour lawyer Dr. Jo Doe, ..., said": the role before the titles)
        pre = _SHORT_GIVEN_AT_END.sub("", pre)  # ("Md. Abdul Salam, a fisherman, said": the name opens the clause)
        if lo == sent.start and self._dateline_before(lo, off):
            pre = ""  # "LONDON - Jo Doe has lived ...", "KELBY, Ohio (AP) — Jo Doe said": the dateline opens no clause
        if lo == sent.start and (label := _ANSWER_OPENS.match(pre)):
            pre = pre[label.end():]  # "A: My father-in-law, Jo Doe, said it": an interview's answer label opens
            # no clause
        if lo == sent.start and (role := _ARTICLE_ROLE.fullmatch(pre)) and _person_role_words(role.group(1).split()) \
                and run and _APPOSITION_AFTER.match(self.text, run.end()):
            return True  # "The labour lawyer Jo Doe, who ..., said": a lower-case role after its article, then the name
            # (and a comma: "The employer Jo Doe worked for went bust" is a relative clause, its name no subject)
        if run and self._cleft_focus(run, pre) and self._clause_cleft(sent, off):
            return True  # "..., but it was Jo Doe who spoke to the workers": the focus of a cleft
        if lo == sent.start and run and (_IDENTIFIED_AS.fullmatch(pre) and self.text[run.end():run.end() + 1] in ",."
                                         or _WAS_NAMED.fullmatch(pre) and _WHO_AFTER.match(self.text, run.end())):
            return True  # ("She is Jo Doe, his wife of 52 years.": who the sentence's subject is, named; not "She was
            # Jo Doe, 34," of someone dead, nor "He was Inspector Jo Doe for nine series", a part played)
        if _GAVE_NAME_AS.search(pre):
            return True  # "A trader, who gave her name only as Mrs Mwale, said": the clause's subject, named
        if lo == sent.start and _ONE_OF_THEM_WAS.fullmatch(pre):
            return True  # "One of those board members was Jo Doe, ...", "Among them is Jo Doe": the one brought in
        rel = lo == sent.start and run and _POSSESSIVE_ROLE.fullmatch(pre)
        verb = rel and _VERB_AFTER_ASIDE.match(self.text, run.end())
        if verb and _is_cue(verb.group(2)) and (not rel.group("apposed") or verb.group("aside")):
            return True  # "Her colleague Jo Doe added that ...", "His deputy, the whip Jo Doe, said ...": a speaker
            # (not "Her daughter Jo Doe was at school": the possessor may still be the one speaking)
        pre, n = _cut_role(pre)
        return self._subject_after_role(run, sent, lo, off, pre, n)

    def _subject_after_role(self, run, sent, lo: int, off: int, pre: str, n) -> bool:
        """Whether ``pre``, the words before the name at ``off`` less its role (``n`` words), open its clause."""
        if lo == sent.start and _SEAT_AND.fullmatch(pre) and (n or run and any(map(_is_title, run.group().split()))):
            pre = ""  # "Kelby and Ashgrove MP Jo Doe has written": a seat of two places, the role's start
        title_of = _TITLE_OF.search(pre)
        if title_of and any(_is_title(w) for w in title_of.group(1).split()):
            pre = pre[:title_of.start()]  # "Secretary of State John Kerry said": the title's "of" is no preposition
        if lo == sent.start and _SENTENCE_FOCUS.fullmatch(pre):
            return True
        if lo == sent.start and _LOCATIVE_INVERSION.fullmatch(pre):
            return True  # "Among the workers in court was Jo Doe": the subject after its verb
        if lo == sent.start and n and _BODY_BEFORE_ROLE.fullmatch(pre) and pre.split()[0].lower() not in _INTRO:
            return True  # "Federation of Kelby Traders' Associations secretary Dr Jo Lim said": a body, a role, a name
        return self._subject_in_clause(run, sent, off, pre)

    def _subject_in_clause(self, run, sent, off: int, pre: str) -> bool:
        """Whether the name at ``off`` follows an inverted cue, or opens a clause not reported and no list item."""
        inverted = _INVERTED_CUE.search(pre)
        verb = inverted and inverted.group(1)
        if inverted and (verb is None or _is_cue(verb) and not verb.endswith("ing") and CUE_FORMS.get(verb)
                         not in _TO_LISTENER) and run and self.text[run.end():run.end() + 1] in (",", ".", ";", "("):
            # "..., said James Henson, director of ...": the speaker of an inverted attribution (not in
            # "..., said Nunberg was ...", where the name opens the reported clause)
            return True
        # bounded look-back (not from the sentence start), so that one long line stays linear
        if any(_is_cue(w) for w in _CUE_THAT.findall(self.text, max(sent.start, off - _LOOKBACK), off)):
            return False  # "Scott joked that, among voters, Trump ranks fourth": reported, not the speaker
        if _TOLD_CLAUSE.search(self.text, max(sent.start, off - _LOOKBACK), off):
            return False  # "She told the court the fraud came to light when the chairwoman, Jo Doe, asked": reported
        if not _AFTER_CLAUSE_START.search(pre):
            return False
        # "behind Rick Santorum, Senator Marco Rubio, and Senator Ted Cruz": an item of a list; "thanked his
        # aides and his spokeswoman, Hope Hicks.": a name ending its sentence after a comma is an appositive
        return not (pre.rstrip().endswith(",") and run
                    and re.match(r",? (?:and|or) |, [A-Z]|[.;]", self.text[run.end():]))

    def _definite(self, words: list[str], a: int):
        words = [w for w in words if w not in ("the", "several", "some", "many", "most", "all", "of")]
        if not words:
            return None
        head = words[-1]
        content = [w for w in words if w not in _GENERIC_HEADS]
        body = head in _BODY_HEADS and head not in _PERSON_HEADS  # ("the union": a body, never its organiser)
        for off, canon in reversed(self.history[-_MAX_HISTORY:]):
            s = self.sources[canon]
            if body and s.kind == "person":
                continue
            role = "" if body and _RELATIVE_OPENING.match(s.role or "") else (s.role or "")
            cw = set(re.findall(r"[\w’'\-]+", (s.name + " " + role).lower()))  # (a body's relative clause names
            # others: "the council" is not the "... Trust, which advised the council")
            if s.source_type != "anonymous" and not content:
                if head in cw and head not in ("people", "person", "sources", "source"):
                    return s.name, s.source_type, s.role, s.kind  # "X, a spokesman for Y ... the spokesman said"
                continue
            if content and set(content) <= cw:
                return s.name, s.source_type, s.role, s.kind
            if not content and head in _GENERIC_HEADS and s.source_type == "anonymous":
                if head in ("people", "sources", "officials") and s.kind != "group":
                    continue
                if head in _PERSON_HEADS and s.name.split()[-1].lower() in _BODY_HEADS:
                    continue  # ("the official added": not a headline's "Fishermen's federation", a body's noun)
                return s.name, s.source_type, s.role, s.kind
        return None

    def add(self, canon: str, stype: str, role: str | None, kind: str, offset: int, end: int | None = None) -> _Src:
        """Record a speaker mention of ``canon`` at text[offset:end] (its source created or updated)."""
        if end is not None and kind == "person":
            bisect.insort(self.mentions, (offset, end, canon))
        s = self.sources.get(canon)
        if s is None:
            s = self.sources[canon] = _Src(canon, stype, role, kind, offset, offset)
        else:
            if role and not s.role:
                s.role = role
            if s.source_type == "document" and stype == "named":
                s.source_type = stype  # (met first through a document that person or body issued)
            s.last = offset
        self.history.append((offset, canon))
        return s


# a written text whose words the quotation gives: "a sign that read", "a text which reads:", "a banner reading"
# a passive verb of telling and its agent ("had been told by a bank clerk that", "was assured by the mayor that"):
# the quotation after it holds the teller's words, not the subject's (table listener_cues)
_PASSIVE_TOLD = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?P<verb>"
                           + "|".join(f for f, lem in sorted(CUE_FORMS.items()) if lem in _W["listener_cues"]
                                      and f.endswith(("ed", "ld"))) +
                           r")\s+by\s+(?P<agent>[^,;:“”\"]{2,60}?)(?=\s+(?:that|to)\b)")
_TOLD_GAP = re.compile(r"[^.;:!?“”\"]*")  # what may stand between the verb of telling and the quotation


def _told_by_another(text: str, lo: int, a: int) -> re.Match | None:
    """The passive verb of telling nearest before the quotation opening at ``a`` (in text[lo:a]), when no other
    verb of saying, clause end or quotation mark stands between them; else None."""
    last, lo = None, max(lo, a - _NAMING_REACH * 2)
    if text.find(" by ", lo, a) < 0:
        return None  # (no agent: the common case, read at once)
    for last in _PASSIVE_TOLD.finditer(text, lo, a - 1):
        pass
    if last is None or not _TOLD_GAP.fullmatch(text, last.end(), a - 1):
        return None
    if any(w in _CUE_SET for w in re.findall(r"[a-z]+", text[last.end():a - 1])):
        return None
    return last


_READ_TEXT = re.compile(r"\b(?:(?:that|which)\s+(?:read|reads|had\s+read)|reading)\s*[,:]?\s*$")
_RECEIVED = re.compile(r"\b(?:got|gets|received|receives|(?:was|were|been)\s+(?:sent|handed|given))\b")
_WORDS_GO_ON = re.compile(r"\s*[\w(]")  # the reporter's words going on after a closing mark
# a copula right before a quoted word, perhaps with an adverb of degree or time between: in reported speech, the
# speaker's own word for the subject ('said the whips were "relaxed"', 'said colleagues felt "betrayed"', 'said the
# stock was still "fragile"'), not a label
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|become|becomes|became|remain|remains|remained|seem|"
                            r"seems|seemed|felt|looked|sounded)\s+(?:(?:still|very|so|too|now|already|quite|"
                            r"not|just|increasingly)\s+)?$")


# an auxiliary right before a quoted word: the speaker's own verb or adverb ('said the board had "deliberately"
# kept hiring', 'said the cabinet had "betrayed" the town')
_AUX_BEFORE = re.compile(r"\b(?:(?:would|will|could|should|might|must|can|may)(?:\s+(?:not|never|have))?|"
                         r"(?<!to )(?:had|has|have)(?:\s+(?:not|never|been))?)\s+$")
_PARTICIPLE_OR_ADVERB = re.compile(r"[a-z]{3,}(?:ed|en|ly)")
# an adverb of manner, or an adjective (by its ending, table ``adjective_endings``) before a lower-case noun
_ADVERB = re.compile(r"[a-z]{3,}ly")
_ADJECTIVE = re.compile(r"[a-z]{2,}(?:" + "|".join(_W["adjective_endings"]) + ")")
_LOWER_WORD_AFTER = re.compile(r"[”\"]\s+[a-z]")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|these|those|so-called)\s+$", re.I)
# an indefinite article right before a quoted word, and a lower-case word after it: in a claim, the speaker's
# own word for what is new to the reader ('said the tax would have a "modest" effect', 'would pay a "top-up" on')
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)


def _speakers_word(text: str, a: int, b: int, qtext: str, single_style: bool) -> bool:
    """A one-word quotation in someone's reported speech that is their word, not a label: a verb or adverb
    in the predicate ('said the firm had "deliberately" kept staff', 'would raise its offer "modestly"') or an
    evaluative adjective before its noun ('blamed "catastrophic" storm damage', 'a "possible" delay'), in
    double marks (single ones, in an article quoting in double marks, are a headline's).  A quoted noun ('one
    "supplier" had a home address', 'paid in "chits"') and an adjective after "the" (a label of a thing
    already known: 'the "affordable" homes') stay scare quotes."""
    if text[a - 1:a] not in "“\"" and not single_style:
        return False
    w = qtext.strip()
    aux = _AUX_BEFORE.search(text, max(0, a - 30), a - 1)
    if aux and aux.group().startswith("h") and not _PARTICIPLE_OR_ADVERB.fullmatch(w):
        aux = None  # 'allowed bots to have "sensual" chats': "have" a main verb, before no participle
    if _INDEFINITE_BEFORE.search(text, max(0, a - 5), a - 1) and _LOWER_WORD_AFTER.match(text, b):
        return True
    return bool(aux or _ADVERB.fullmatch(w) or _ADJECTIVE.fullmatch(w) and _LOWER_WORD_AFTER.match(text, b)
                and not _DEFINITE_BEFORE.search(text, max(0, a - 12), a - 1))


# a sentence that brings one of a group in as the complement of "was" ("One of those board members was ", "Among the
# critics is ", "Another was "): the name after it is the sentence's topic, as a subject is (_subject_by_pre)
_ONE_OF_THEM_WAS = re.compile(r"\s*(?:One\s+of|Another|Among|Chief\s+among)\b[^.;:\"“”]{0,60}?\s(?:was|is|were|are)\s+"
                              r"(?:the\s+)?")  # ("Among those at the church was the Rev. Jo Doe")


def _cut_role(pre: str):
    """``pre`` less the role that ends it, and the role's length in words: a descriptive phrase before a name is its
    role ("Veteran broadcaster Jane Doe said", "..., parent Jo Doe held up", "..., sewing operator Jo Doe, 31,
    said")."""
    words = pre.split()
    n = _role_length(words) or int(bool(words) and words[-1] in _PERSON_HEADS) or _trade_length(words)
    if n == 1 and len(words) >= 2 and words[-2] in title_modifiers():
        n = 2  # ("Appearing for them, senior advocate Jo Doe placed ...": the role's modifier too)
    if n and n < len(words) + 1:
        cut = pre.rstrip()
        for _ in range(n):
            cut = cut[:len(cut) - len(cut.split()[-1])].rstrip()
        pre = pre[:len(cut)] + " " if cut else ""
    return pre, n


def _received_text(text: str, sent, a: int) -> bool:
    """'she got a text from her son that read, "we're locked down"': the words of a text someone received, not of
    the sentence's subject (who speaks in 'Doe posted a message reading "Thank you"')."""
    return bool(_READ_TEXT.search(text, max(sent.start, a - 40), max(sent.start, a - 1))
                and _RECEIVED.search(text, max(sent.start, a - _NAMING_REACH), a))


def _kind_of(text: str, sent, a: int, b: int, qtext: str, has_cue_adjacent: bool, sentence_has_cue: bool,
             reported: bool = False, single_style: bool = False, claimed: bool = False) -> str:
    """full / partial / term for the quotation text[a:b] in sentence ``sent`` (``reported``: a speaker and
    verb of saying stand before it in the sentence, so that it sits in their reported speech; ``claimed``: that
    verb says or argues (table ``claim_lemmas``), not reveals or reports; ``single_style``:
    the article quotes in single marks, British style, so that a single-marked line is speech, not a heading)."""
    lo = max(sent.start, a - 1 - _NAMING_REACH)  # only the words just before the quotation decide
    pre = text[lo: a - 1]
    qtext = qtext.strip()  # (the words, not the spaces French style sets inside guillemets: "« temporary »")
    nwords = len(_words(qtext))
    kind = _cried_or_named_kind(text, a, b, qtext, pre, nwords, has_cue_adjacent, single_style)
    if kind:
        return kind
    if _opens_voice(text, sent, a, qtext):
        if nwords >= 3 or has_cue_adjacent or qtext.rstrip().endswith((".", "!", "?", ",")):
            return "full"
        return "term"
    return _embedded_kind(text, a, b, qtext, pre, nwords, sentence_has_cue, reported, single_style, claimed)


def _cried_or_named_kind(text: str, a: int, b: int, qtext: str, pre: str, nwords: int, has_cue_adjacent: bool,
                         single_style: bool) -> str | None:
    """full for words cried out, term for a nickname, a title or a heading, partial or term for words named by a
    naming verb ('called it "brave"'), before the quotation text[a:b]; else None."""
    if _CRIED.search(pre, max(0, len(pre) - 30)):
        return "full"  # 'chanting "Bernie or Jill, No Hill,"', 'to chants of "Marco! Marco!"': the words cried out
    if _nickname(text, a, b):
        return "term"  # 'Captain Jose "Big Joe" Cruz': a nickname inside a person's name
    if not has_cue_adjacent and _title_like(qtext) or _programme(pre, qtext) or _bylined(text, b, qtext) \
            or not single_style and _heading_line(text, a, b, nwords):
        return "term"  # 'on CNN's "State of the Union," while ...', 'named "Game of Thrones," "Veep" ...'
    called = _CALLED.search(pre[-_NAMING_REACH:])
    if called and nwords <= NAMING_MAX_WORDS and _calls_names(pre[-_NAMING_REACH:], called, qtext,
                                                               _open_line(text, b)):
        return "partial"
    if _passive_naming_by(text, pre[-_NAMING_REACH:], b, called, qtext):
        return "partial"  # 'has been called "brave" by some growers': the words of those who called it so
    if _NAMING.search(pre[-_NAMING_REACH:]) and nwords <= NAMING_MAX_WORDS \
            and not _PREDICATE_AFTER_NOUN.match(qtext):
        return "term"  # (not a clause's predicate after its subject: 'say the name "belongs to the town"')
    return None


# a quotation that opens with a verb in the present and a preposition or an article ("belongs to the town", "is
# ours", "means a lot"): the predicate of the subject before the marks, no name
_PREDICATE_AFTER_NOUN = re.compile(r"(?:is|was|belongs|means|has|stays|remains|sounds)\s+(?:to|the|a|an|ours|theirs|"
                                   r"yours|mine|no|not|our|their)\b")


def _judging_word(word: str) -> bool:
    """One lower-case word shaped as an adjective or a participle ("unacceptable", "reckless", "exaggerated",
    "insulting", "unrealistic"): a judgement the speaker gives, not a thing's name, a foreign word or jargon ("prasad",
    "blockchain", "iFold", "chits")."""
    return word.isalpha() and word.islower() and word.endswith(_JUDGING_ENDINGS)


# the endings of adjectives and participles (_judging_word), and the words before a quoted word that label a thing
# with it rather than report a judgement ("graded "outstanding"", "charged with "hooning"", "attacked as "woke"")
_JUDGING_ENDINGS = ("ed", "ing", "able", "ible", "ful", "less", "ous", "ive", "ic", "ant", "ent", "ary", "ory", "ish")
_LABELLING_BEFORE = frozenset(("as", "with", "graded", "rated", "ranked", "labelled", "labeled", "classed",
                               "classified", "deemed", "branded", "declared", "to"))


# what follows a quoted word that closes the phrase it ends in the speaker's reported clause (punctuation, or "and",
# "but", "or", a preposition: 'said the delay had been "unacceptable", and ...'), not a noun it modifies ('offered
# "enhanced" terms'); with _judging_word and no article, possessive or labelling word before it (not 'the "footprint"
# of', 'graded "outstanding" by': a term or a label the reporter quotes)
_OBJECT_CLOSES = re.compile(r"[”\"’'»]?(?:[,.;:!?)]|\s+(?:and|but|or|of|in|on|at|for|from|to|with|by|if|when|"
                            r"because|after|before|unless|until)\b)")


def _headline_small_clause(text: str, b: int, pre: str) -> bool:
    """The quotation closing at ``b`` ends its line with no stop (a headline's or deck's style) after a verb of
    saying and the subject of a clause without its verb: its predicate, quoted ("cargo firm says operations
    ‘normal’", "PM says talks 'productive'")."""
    if text[b + 1:b + 2] not in ("\n", ""):
        return False
    words = pre.split()[-4:]
    if not words or (words[-1] in _PREPOSITIONS and words[-1] not in ("in", "at") or words[-1] in _DETERMINERS) \
            and not (len(words) > 1 and _is_cue(words[-2], strict=True)):
        return False  # (a quoted noun after a preposition: "Council says estate overrun by 'ferals'"; not right
        # after the verb, "Fertiliser maker warns of 'shortage'", nor a state: "says talks in 'crisis'")
    return any(len(words) > n and _is_cue(words[-n - 1], strict=True) and words[-n - 1].islower()
               and all(re.fullmatch(r"[a-z][\w’'\-]*", w) for w in words[-n:]) for n in (1, 2, 3))


def _embedded_kind(text: str, a: int, b: int, qtext: str, pre: str, nwords: int, sentence_has_cue: bool,
                   reported: bool, single_style: bool, claimed: bool) -> str:
    """full / partial / term for the quotation text[a:b] embedded in the reporter's sentence after ``pre``."""
    pre_clean = pre.strip()
    last = _last_word(pre)
    speech = last and CUE_FORMS.get(last[0].lower()) not in (None, "call")  # "called" names, it does not quote
    starts_upper = qtext[:1].isupper() and not _words(qtext)[0:1] == ["I"] or qtext[:1] == "I"
    directly_after_cue = bool(speech and not last[1])
    if directly_after_cue and starts_upper and nwords >= 3:
        return "full"
    if starts_upper and nwords >= 2 and pre_clean.endswith(",") and _cue_in_clause(pre_clean):
        return "full"  # 'Lee told the crowd, "We lost."', 'Said Ann Roe, who grew up there, "We were proud."'
    spoken = qtext.rstrip().endswith((",", ".", "?", "!"))  # '"it got better," she says'
    if nwords <= 3 and not spoken and (not sentence_has_cue or re.match(r"\s*[\w(]", text[b + 1: b + 4])) \
            and not (reported and directly_after_cue and not re.match(r"\s+[a-z]", text[b + 1:b + 4])) \
            and not (reported and (nwords >= 2 or _COPULA_BEFORE.search(pre[-_NAMING_REACH:])
                                   or claimed and _headline_small_clause(text, b, pre)
                                   or claimed and _speakers_word(text, a, b, qtext, single_style)
                                   or claimed and _OBJECT_CLOSES.match(text, b + 1) and _judging_word(qtext)
                                   and last and last[0].lower() not in _ARTICLES | _LABELLING_BEFORE
                                   and not last[0].endswith(("'s", "’s", "s'", "s’")))):
        return "term"  # a word or three used inside the reporter's syntax: 'the "hardcore" ethic'
    # (but 'Doe said the plan had been "difficult but unavoidable" and ...': two words or more of her speech; and
    # 'mayor says "politics"': the words right after a speaker's verb of saying, ending its clause, are its object,
    # what was said; not a modifier before the object's noun: 'regulator admits "delayed" response')
    if nwords <= 3 and not sentence_has_cue:
        return "term"
    return "partial"


# the reporter's words going on after a closing mark: a lower-case word (not a verb of saying, not the subject
# of one: '"..." he said' with its comma left out)
_GOES_ON = re.compile(r"[”\"’']?[ \t]+(?!(?:he|she|they|we|i|it|the|a|an|his|her|their|its)\b)([a-z][\w’'\-]*)")


def _continues_unquoted(text: str, b: int, qtext: str) -> bool:
    """A quotation that opens a sentence (or follows a verb of saying) but stops mid-clause: no stop, comma or
    dash inside its marks, and the sentence goes on in the reporter's words after them ('"Boots on the ground"
    would be appropriate, Doe said', '"A big truck" plowed through the barriers').  Its quoted words are part
    of a clause, so it is partial, and direct only when they are most of that clause."""
    if qtext.rstrip()[-1:] in ".!?,;:—–-…":
        return False
    m = _GOES_ON.match(text, b, b + 40)
    return m is not None and m.group(1) not in _CUE_SET


def _opens_voice(text: str, sent, a: int, qtext: str) -> bool:
    """The quotation text[a:...] opens its sentence (or follows a colon) or comes right after a verb of saying
    and its comma ('Doe said, "..."'): a voice of its own, full unless it is a word or two."""
    lo = max(sent.start, a - 1 - _NAMING_REACH)
    pre = text[lo: a - 1]
    pre_clean = pre.strip()
    # (after another quotation only when that one ends a sentence: '"a," "b" and "c"' is a list of words)
    at_start = (lo == sent.start and not pre_clean.strip("“”\"‘’'—–-(")) or pre_clean.endswith(":") \
        or pre_clean.endswith(("”", '"')) and pre_clean[-2:-1] in ".!?" \
        or (_ENDED.search(pre_clean, max(0, len(pre_clean) - 5)) is not None and qtext[:1].isupper())  # a sentence end the splitter missed
    last = _last_word(pre)
    return at_start or bool(last and last[1] and CUE_FORMS.get(last[0].lower()) not in (None, "call"))


_CLAUSE_WORDS = re.compile(r"[^.;:!?“”\"]*$")  # the words since the last sentence end, colon or quotation mark
#: A verb of saying at most this many words before the comma that introduces a quotation governs it.
INTRODUCER_MAX_WORDS = 10


def _cue_in_clause(pre: str) -> bool:
    """A verb of saying (``cue_lemmas``, as a verb) among the last words of the clause before the comma that
    introduces a capitalised quotation: 'Lee told the crowd, "We lost."', 'Roe answered with a shrug, "Why
    not?"'.  The quotation is the clause's object: a full quotation."""
    words = _CLAUSE_WORDS.search(pre).group().split()[-INTRODUCER_MAX_WORDS:]
    return any(w.lower() in _CUE_SET and (w.islower() or k == 0) for k, w in enumerate(words))


# What a crowd or a voice cries out, just before the quotation: a noun of crying out and "of" ("chants of"), or a
# participle or past form of a verb of crying out ("chanting", "shouted") (``cried_out``).
_CRIED = re.compile(r"\b(?:(?:" + "|".join(_W["cried_out"]["nouns"]) + r")\s+of|"
                    + "|".join(sorted({f for lem in _W["cried_out"]["verbs"] for f in _forms(lem)
                                       if f.endswith(("ing", "ed"))} | set(_W["cried_out"].get("irregular", [])))) + r")\s*[,:]?\s*$", re.I)


# A sentence end (a word of three letters or more, its mark and a closing quotation mark) that ends the text: it
# lies in the last five characters, so the search starts there.
_ENDED = re.compile(r"\w{3,}[.!?][”\"’]?$")
_WORD_CHARS = frozenset("_’'-")  # with the letters and digits: the characters of _last_word's word


def _last_word(pre: str) -> tuple[str, str] | None:
    r"""The groups of ``re.search(r"([\w’'\-]+)\s*(,?)\s*$", pre)``: the last word of ``pre`` and the comma
    after it (or ""), when only white space and at most one comma follow it; else None.  Read back from
    the end: that search tries every position of ``pre`` and backtracks through each word."""
    end, comma = len(pre.rstrip()), ""
    if end and pre[end - 1] == ",":
        end, comma = len(pre[:end - 1].rstrip()), ","
    start = end
    while start and (pre[start - 1].isalnum() or pre[start - 1] in _WORD_CHARS):
        start -= 1
    return (pre[start:end], comma) if start < end else None


# a headline with its author after it: '—"Ministers to review the rail fare cap," by the Herald's Jo Doe' (a
# story's title in a list of links, no speech: PolNeAR train, 11 such quotations, none a gold quotation)
_BYLINED = re.compile(r"[”\"’']?(?:\s*,)?(?:\s*[”\"’'])?\s+by\s+(?:the\s+)?[A-Z]")  # no two adjacent \s runs: linear
#: At most this many words in single marks on a line of their own make a heading, not speech.
HEADING_MAX_WORDS = 8


def _furniture_at(text: str, a: int) -> bool:
    """The quotation at ``a`` stands on a line of page furniture (:func:`analysis.mentions.is_furniture_line`)."""
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", a)
    return is_furniture_line(text[start:end if end >= 0 else len(text)])


# a live blog's or a scoop's label before the story's own headline ("LIVE: Miners march as firm says 'no pay'")
_HEADLINE_LABEL = re.compile(r"(?:LIVE|LIVE UPDATES|Live|Live updates|BREAKING|BREAKING NEWS|Breaking|EXCLUSIVE"
                             r"|Exclusive)\s*:\s+[A-Z]")
# a line of a list of links: two to eight words with no closing stop ("Top stories", "Ferry fares to rise")
_LINK_LINE = re.compile(r"(?:\S+\s+){1,7}\S*[^\s.!?:”\"’']")
#: the label opens the story's headline only in the article's first lines
HEADLINE_LABEL_LINES = 8


def _labelled_headline(text: str, a: int) -> bool:
    """The quotation at ``a`` stands on a line that a label opens ("LIVE:", "BREAKING:", "EXCLUSIVE:") among the
    article's first :data:`HEADLINE_LABEL_LINES` lines: the story's own headline, no link to another story (nor a
    line of a list of them, a short line with no stop next to it: "Top stories / BREAKING: ... / Ferry fares to
    rise")."""
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", a)
    end = len(text) if end < 0 else end
    before = text[text.rfind("\n", 0, max(0, start - 1)) + 1:max(0, start - 1)]
    after = text[end + 1:text.find("\n", end + 1) if text.find("\n", end + 1) >= 0 else len(text)]
    listed = _LINK_LINE.fullmatch(before.strip()) or _LINK_LINE.fullmatch(after.strip())
    return not listed and text.count("\n", 0, start) < HEADLINE_LABEL_LINES \
        and _HEADLINE_LABEL.match(text, start) is not None


def _heading_line(text: str, a: int, b: int, nwords: int) -> bool:
    """A few words in single quotation marks that fill their line ("'A change warrior.'" between paragraphs):
    a section heading quoting the story (PolNeAR train: nine such lines, none a gold quotation); double
    marks alone on a line are speech (an answer shouted back, a quotation running on), and so are single
    ones in an article that quotes in single marks (``_Reader.single_style``: a British paragraph of speech)."""
    return nwords <= HEADING_MAX_WORDS and text[a - 1:a] in ("‘", "'") and (a < 2 or text[a - 2] == "\n") \
        and text[b + 1:b + 2] in ("\n", "")


def _title_like(qtext: str) -> bool:
    """Two to five words written as a title ("Game of Thrones,", "Make America Great Again"): every word
    capitalised, a number or a small function word (``title_small_words``), no sentence-final mark."""
    words = qtext.strip().rstrip(",").split()
    if not 2 <= len(words) <= 5 or qtext.rstrip()[-1:] in ".!?" or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL for w in words) and \
        sum(w[:1].isupper() for w in words) >= 2


# what stands before a programme's or publication's title: 'said on "Meet the Press."', 'told ABC's "Good
# Morning America."', 'told "Fox and Friends"'
_BEFORE_PROGRAMME = re.compile(r"(?:\b(?:on|told|to)|[A-Z][\w.]*(?:’s|'s|’|'))\s*$")


def _bylined(text: str, b: int, qtext: str) -> bool:
    """A work's title with its author after it ('"The Long Road," by Jo Doe'): a capitalised title, not a
    word with a passive agent ('was "encouraged" by the offer')."""
    return qtext[:1].isupper() and _BYLINED.match(text, b) is not None


def _programme(pre: str, qtext: str) -> bool:
    """A title after "on", "told" or a network's possessive: one to seven words, every one capitalised, a
    number or a small title word, a full stop or comma at most after them (PolNeAR train: nine such
    quotations, none of them a gold quotation)."""
    words = qtext.strip().rstrip(".,").split()
    return bool(_BEFORE_PROGRAMME.search(pre)) and 1 <= len(words) <= 7 and words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL for w in words)


# a possessive of a body or a person, or "the", opening a description ("its chief executive", "her lawyer")
_DESCRIPTION_OPENERS_OWNED = "|".join(sorted({*_W["body_possessives"], *_POSSESSIVE_PRONOUNS, "the"}))
# a relative pronoun, then the name or pronoun that is the subject of a naming verb, perhaps an appositive and
# an auxiliary: "in what Jo Doe, a party treasurer, called", "whom he has called"
_RELATIVE_SUBJECT = re.compile(r"\b(?:what|whom|which)\s+"
                               r"(?P<who>(?:[A-Z][\w’'\-.]*\s+){0,3}[A-Z][\w’'\-]*|he|she|they|we|"
                               r"(?:" + _DESCRIPTION_OPENERS_OWNED + r")(?:\s+[a-z][\w’'\-]*){1,3})"
                               r"(?:,[^,“”\"]{1,80},)?(?:\s+(?:has|have|had|once|later|also|repeatedly))*\s+$")


# an office-holder's office or unnamed spokesperson ("the minister's office"), table holder_voices
_HOLDER_VOICES = frozenset(_W["holder_voices"])
# words before a title that make its holder a past or shadow one ("Former mayor Jo Doe"), table past_holder_words
_PAST_HOLDER_WORDS = frozenset(_W["past_holder_words"])
# words before a title that make it another office ("Lt. Gov.", "deputy mayor") or a lower level's ("state Sen.")
_OTHER_OFFICE_WORDS = frozenset(_W["other_office_words"])
_QUALIFIED_OFFICE = _PAST_HOLDER_WORDS | _OTHER_OFFICE_WORDS  # "former governor", "deputy mayor": not "the governor"
_LOCAL_OFFICE_WORDS = frozenset(_W["local_office_words"])
_PLACE_ADVERB_AFTER = re.compile(r"(?<=[a-z])\s+(?:here|there)\s*$")  # (after a noun: _Resolver.resolve)
_THE_OFFICE_WORD = re.compile(r"[Tt]he ([A-Z][a-z]+)")  # ("The State", "the County": _Resolver.resolve)
# possessives of a body before a role ("its chief executive", "their chair"): the role's holder the story names
_BODY_POSSESSIVES = frozenset(_W["body_possessives"])
# "what" and the subject of a naming verb after it: "it", or a description opened by a possessive or "the"
_WHAT_SUBJECT = re.compile(r"\bwhat (?:it|(?:" + _DESCRIPTION_OPENERS_OWNED + r")(?: [a-z][\w’'\-]*){1,3})$", re.I)


# a body's leader as the subject of a naming verb: 'blamed a slump its chief executive described as "..."'
_BODY_LEADER = re.compile(r"\b(?:" + "|".join(_W["body_possessives"]) + r") (?:"
                          + "|".join(re.escape(w) for w in _W["leader_heads"]) + r")$", re.I)


# the judging verb in -ed of "The company accused of "greenwashing" ..." or "The minister criticised for "arrogant"
# remarks": a participle after its noun, not the subject's words (table participle_prepositions)
_PARTICIPLE_PREPOSITIONS = {str(k): [[str(w)] for w in v] for k, v in _W["participle_prepositions"].items()}
_PARTICIPLE_BEFORE = _PARTICIPLE_PREPOSITIONS.pop("any")
_DEFINITE_SUBJECT = frozenset(_W["definite_subject"])  # ('The company blamed a "sharp" slowdown')

# a passive auxiliary (perhaps an adverb after it) just before a naming verb: "was described", "has been widely called"
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:(?:[a-z]+ly|"
                             + "|".join(map(re.escape, _W["passive_adverbs"])) + r")\s+)?$", re.I)


# the agent of a passive naming verb, a capitalised mention: before "as" and the quotation ('was described by Jo
# Doe as "'), or right after the quotation's closing mark ('" by Jo Doe, ...', '" by the Kelby Trust.')
# a time or a measure after "by", no agent: a weekday, month, feast or season ("by Friday", "by Christmas"), capitalised
# words before a figure or a time noun ("by May 2024", "by Monday morning", "by London standards"), a named day ("by
# St Patrick's Day"), "the end", "the weekend", "the standards of ..." or "most accounts"
_BY_TIME = (r"(?:(?:the\s+)?(?:" + "|".join(_WEEKDAYS + _MONTHS) + r"|New\s+Year|"
            + "|".join(_W["calendar_feasts"]) + r")\b"
            rf"|(?:the\s+)?(?:[{_UC}][\w’'\-]*\s+){{1,3}}(?:\d|(?:standards|time|" + "|".join(_W["time_nouns"]) + r")\b)"
            r"|(?:[A-Z][a-z]*\.?\s+)?[A-Z][a-z]+[’']s\s+(?:Day|Eve)\b"
            r"|the\s+(?:(?:next|following|same|previous|coming)\s+)?(?:end|start|beginning|middle|close|turn|time|way|"
            r"standards|" + "|".join(_W["time_nouns"]) + r")\b"
            r"|(?:most|many|some|several|all)\s+(?:standards|measures|accounts|estimates|counts|metrics)\b)")
_AGENT = rf"(?!{_BY_TIME})(?P<the>[Tt]he\s+)?(?P<who>[{_UC}][^,.;:!?“”\"()]{{1,60}}?)"
_AGENT_BEFORE = re.compile(rf"\bby\s+{_AGENT}\s+as\s*$")
_AGENT_AFTER = re.compile(rf"[,.]?[”\"’']\s+by\s+{_AGENT}"
                          r"(?=\s*(?:[,.;:!?(]|$)|\s+(?:and|but|who|which|at|in|on|after|during)\s)")


# an agent named by no name: a determiner of people, "others" or a plural noun ('by some growers', 'by its rivals',
# 'by critics'); not an adverbial ('by comparison', 'by far', 'by then', 'by any measure')
_UNNAMED_AGENT = r"(?:the|some|many|most|several|its|his|her|their)\s+[a-z]|others\b|[a-z]+[^s\W]s\b"
# any agent, named or not (a name or :data:`_UNNAMED_AGENT`), right after a quotation's closing mark ('" by Jo Doe',
# '" by some growers')
_ANY_AGENT_AFTER = re.compile(rf"[,.]?[”\"’']\s+by\s+(?!{_BY_TIME})(?:(?:the\s+)?[{_UC}]|{_UNNAMED_AGENT})")


# 'called "brave" by some growers and ': a passive naming verb's first quotation and agent, then a conjunction
_COORDINATED_AGENT = re.compile(r"[”\"’']\s+by\s+[^,;:“”\"]{1,40}?\s+(?:and|or|but)\s*$")
_BY_ANY_AGENT_AS = re.compile(rf"\bby\s+(?!{_BY_TIME})(?:[{_UC}]|{_UNNAMED_AGENT})[^,;:“”\"]{{0,40}}?\s+as\s*$")


def _passive_naming_by(text: str, pre: str, b: int, called: re.Match | None, qtext: str) -> bool:
    """A quotation in lower case after a passive naming verb with its agent ("by ...") after it or between ('was
    called "brave" by some growers', 'was described by colleagues as "a maverick"'), or after such a quotation and
    agent and a conjunction ('... by some growers and "reckless" by others'): the agent's words."""
    if not qtext[:1].islower() or _capital_after_first_word(qtext):
        return False  # (a name: 'was called "the Big Arch" by Victorians')
    if called and _PASSIVE_BEFORE.search(pre, 0, called.start()):
        # (the agent after the naming verb, 'described by colleagues as', not one of an earlier verb: 'was designed
        # by Jo Doe and was described as "a masterpiece"')
        return bool(_ANY_AGENT_AFTER.match(text, b) or _BY_ANY_AGENT_AS.search(pre, called.start()))
    return bool(_COORDINATED_AGENT.search(pre) and _ANY_AGENT_AFTER.match(text, b))


def _capital_after_first_word(qtext: str) -> bool:
    """A word of ``qtext`` after its first is capitalised: a name it gives ("the Big Arch"), no one's words."""
    return any(w[:1].isupper() for w in _words(qtext)[1:])


def _across_bullets(text: str, a: int, at: int) -> bool:
    """The quotation at ``a`` stands on a bulleted line of a deck and ``at`` (its speaker's mention) on another."""
    return "\n" in text[min(a, at):max(a, at)] and _BULLET_LINE.match(text, text.rfind("\n", 0, a) + 1) is not None


def _capitalised_title(mention: str) -> bool:
    """``mention`` is two or three capitalised words ending in a title, no given name among them: a title with no
    holder's name ("First Minister", "Chief Constable"), not a name ("Senator Jo Doe", "Dean Smith")."""
    words = mention.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words) and _is_title(words[-1]) \
        and not any(w.lower() in _GIVEN_GENDER for w in words)


def _named_passively(text: str, lo: int, a: int) -> bool:
    """A passive naming verb stands right before the quotation at ``a`` ("was described by colleagues as")."""
    called = _CALLED.search(text, lo, a)
    return bool(called) and _PASSIVE_BEFORE.search(text, lo, called.start()) is not None


def _open_line(text: str, b: int) -> bool:
    """The line holding the quotation that closes at ``b`` ends with no stop: a headline's or a deck's."""
    end = text.find("\n", b)
    line = text[b + 1:end if end >= 0 else len(text)].rstrip()
    return not line.endswith((".", "!", "?", ".”", '."', ".’", ".'"))


def _calls_names(pre: str, called: re.Match, qtext: str, headline: bool = False) -> bool:
    """Someone calls someone or something names: 'Doe called the plan a "disaster"', 'he called it
    "absurd"', '..., calling him "a loser"' (a partial quotation of the caller, not a label).

    ``called`` is a match of ``_CALLED`` (a word of ``calling_verbs`` and up to four words before the
    quotation); ``headline``: the quotation's line ends with no stop, a headline's.  The quoted words start in lower
    case, and the verb has an object ("it", "the plan") or its subject is a name, a pronoun, "who" or a participle
    clause (a comma or "and" before it), or, in a headline, a noun before a present verb.  A
    capitalised name ('the "Eye of Sauron"'), a common noun before the verb with no object after it
    ('what executives call the "war room"', 'a tax called an "inversion"') and a passive ('is called')
    leave a label.
    """
    if not qtext[:1].islower() or called.group(1).lower().split() == ["as"]:
        return False  # a capitalised name, or 'the plan, described as "revolutionary"' (a participle: no object)
    if _PASSIVE_BEFORE.search(pre, 0, called.start()):
        return False  # 'Doe was described by colleagues as "a maverick"': a passive, its subject is no caller
    if any(w in ("it", "them", "him", "her", "me", "us") or w not in _DETERMINERS and w not in ("as", "what")
           for w in called.group(1).lower().split()):
        return True  # "the council called her "third-rate"": an object makes the naming verb finite
    words = re.findall(r"[\w’'\-]+|,", pre[:called.start()])
    while words and words[-1].lower() in _AUX - {"is", "are", "was", "were", "been", "being"}:
        words.pop()
    if not words:
        return False
    w = words[-1]
    if _WHAT_SUBJECT.search(" ".join(words[-5:])) or _BODY_LEADER.search(" ".join(words[-4:])):
        # 'rejected what it called "generalisations"', 'cited what its chief executive called "a squeeze"': a
        # speaker's words on one occasion (a past verb); 'what it calls "non-core" assets' is a standing label
        return pre[called.start():called.start(1)].strip().lower().endswith("ed")
    verb = pre[called.start():called.start(1)].strip().lower()
    if headline and verb not in _LABEL_VERBS and verb.endswith("s") and w.isalpha() and w.islower() \
            and w not in _DETERMINERS:
        return True  # ("Dyers' body warns of "chaos" in the hosiery town": a headline's present tense, no article)
    if verb not in _LABEL_VERBS and verb.endswith("ed") and len(words) > 1 and words[-2].lower() in _DEFINITE_SUBJECT \
            and called.group(1).lower().split()[:1] not in _PARTICIPLE_PREPOSITIONS.get(verb, _PARTICIPLE_BEFORE):
        return True  # 'The company blamed a "sharp" slowdown': a definite subject judging, in its own words
    return w in (",", "and", "who") or w.lower() in ("he", "she", "they", "we", "i") or (
        w[:1].isupper() and w not in _NOT_NAME)


def _scan(article: Article, company: str | None):
    """Read the article once: quotations with attribution, and reported claims."""
    return _Reader(article, company).read()


# A subject pronoun that opens a mention, with a contraction ("he's") or followed by lower-case words (its verb).
# "as she puts it," or "as Jo Doe put it" right before a quotation's opening mark
_AS_PUT_IT_BEFORE = re.compile(r"\b[Aa]s\s+(?:[\w’'.-]+\s+){0,3}(?P<head>[\w’'.-]+)\s+puts?\s+it,?\s*[“\"‘']$")


def _put_by_someone(m: re.Match | None) -> bool:
    """The "as ... puts it" before a quotation (:data:`_AS_PUT_IT_BEFORE`) has a person for its subject: a pronoun,
    a name or a person's noun ("as she puts it", "as Doe put it", "as one farmer puts it"; not "as the sign puts it",
    whose words are a term)."""
    head = m.group("head") if m else ""
    return bool(head) and (head.lower() in ("he", "she", "they", "i", "we") or head[:1].isupper()
                           or _person_noun_like(head.lower()))


_STYLES_AFTER_NAMES = frozenset(_W["styles_after_names"])
_TITLE_POSSESSIVE_BEFORE = re.compile(r"\b([A-Z][a-z]+)[’']s $")  # ("the Attorney General's ")
_OBJECT_PRONOUN_LEAD = re.compile(r"(him|her|them)(?=\s*,)")
_SUBJECT_FORM = {"him": "he", "her": "she", "them": "they"}  # (the pronoun resolved as a speaker's)
_LEAD_PRONOUN = re.compile(r"(he|she|they|we|I|it|He|She|They|We|It)([’'](?:s|d|ve|ll|re))?(?=\s+[a-z]|[’']|\s*$)")


_WORD_BEFORE, _CAPITALISED_WORDS = re.compile(r"[\w’']"), re.compile(r"(?:[^\S\n]+[A-Z][\w\-]*){0,2}")


_LEGAL_FORMS_FIRST = frozenset(_W["legal_forms_first"])


# Words that end a body's own head and open what it is of or for ("Society of Victoria", "Alliance for Land"; not
# "and": "Ashdown and Weald District Council" is headed by "Council").
_HEAD_JOINERS = frozenset(("of", "for", "on", "in"))


def _named_most(names: list[str]) -> list[str]:
    """The names of ``names`` (one per mention, in reading order) once each, the one named most last, of those named
    as often the one named first ("employed by Kelbo Cashew Processing Company Limited ... waiting for money from
    Tarn Exports Pvt Ltd ... [three paragraphs] the company said": the firm the story is about, not the buyer)."""
    return sorted(set(names), key=lambda n: (names.count(n), -names.index(n)))


def _any_between(starts: list[int], lo: int, hi: int) -> bool:
    """Whether a sorted list of offsets holds one in ``[lo, hi)``."""
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _own_heads(words: list[str]) -> frozenset[str]:
    """The head of a body's name (:func:`_own_head`) and, before a head that only says what kind of body it is in
    law (``compound_heads``: "society"), the word that names it ("Kelby Fishermen's Co-operative Society Ltd": "the
    society" and "the co-operative")."""
    head = _own_head(words)
    plain = [w.lower().rstrip(".") for w in words if not is_legal_form(w.replace(".", ""))]
    k = plain.index(head) if head in plain else 0
    return frozenset({head, plain[k - 1]}) if head in _COMPOUND_HEADS and k > 0 and plain[k - 1] in _ORG_WORDS \
        else frozenset({head})


_COMPOUND_HEADS = frozenset(_W["compound_heads"])


def _own_head(words: list[str]) -> str:
    """The head word of a body's name (``words`` as written), in lower case: the last before "of", "for", "on" or
    "in", its legal form left out ("Kelby Workers Mutual Aid Society of Victoria": "society"; "Tarno Fire Command":
    "command"; "Kelby Police Federation": "federation", not "police"; "Tarno Holding N.V.": "holding")."""
    cut = next((i for i, w in enumerate(words) if w.lower() in _HEAD_JOINERS and i > 0), len(words))
    head = [w for w in words[:cut] if not is_legal_form(w.replace(".", ""))]
    return head[-1].lower().rstrip(".") if head else ""


def _common_given(word: str) -> bool:
    """A given name that is a common word too ("Joy", "Hope", "Faith", "Sunday"): a person's name only where the
    mention layer reads one."""
    return word.lower() in _ANY_GIVEN_NAMES and word.lower() in _place_and_common_words()[1]


def _is_company_name(name: str | None) -> bool:
    """Whether an organisation's name is a company's: a legal form ends it ("Acme Trading Ltd", "Doe Co., Ltd.",
    "Doe S.A.") or opens it ("PT Kelby Sawit", "PJSC Kelbyneft") or a company word is in it ("Acme Trading Company",
    "Banque Doe"; not a town's "City Corporation")."""
    words = name.replace(",", " ").split() if name else []
    if len(words) > 2 and is_legal_form(words[-1].replace(".", "")) and words[-1].rstrip(".") not in ("Co", "Company") \
            and (words[-2].lower() in _NONPROFIT_HEADS or _own_head(words) in _NONPROFIT_HEADS):
        return False  # "Kelby Legal Assistance Foundation, Inc.", "Tarn Growers' Association, Inc.", "Federation of
        # Kelby Farmers, Inc.": a non-profit body incorporated, no company (not "Farmington River Trust Co.": a trust
        # company, a bank)
    return len(words) > 1 and (is_legal_form(words[-1].replace(".", "")) or is_legal_form(words[-1])
                               or words[0] in _LEGAL_FORMS_FIRST
                               or any(w in _COMPANY_NAME_WORDS and not (w == "Corporation" and k > 0
                                                                         and words[k - 1] in _COUNCIL_CORPORATION_WORDS)
                                      for k, w in enumerate(words)))


# The heads of bodies "the organisation" stands for (``body_nouns``): a foundation, an association, a society ...
_NONPROFIT_HEADS = frozenset(_W["body_nouns"]["organisation"])


def _company_words(text: str, company: str) -> str | None:
    """The first match of ``(?<![\\w’']){company}(?:[^\\S\\n]+[A-Z][\\w\\-]*){0,2}`` in ``text`` ("Acme
    Capital Group", never over a line break: a headline's last word is not named by the byline), found
    with ``str.find``, not a pattern compiled for each article."""
    at = text.find(company)
    while at >= 0:
        if at == 0 or not _WORD_BEFORE.match(text, at - 1):
            return text[at:_CAPITALISED_WORDS.match(text, at + len(company)).end()]
        at = text.find(company, at + 1)
    return None


#: A quotation that is a paragraph of its own continues the previous speaker across this many sentences of
#: background, when no other source is introduced there (see ``_Reader.continuation``).
CONTINUATION_GAP = 3


# a closing mark, then a colon or a dash crediting a headline's quotation ("'...': Jo Doe on ...", "'...' – Jo Doe"),
# and up to three words of a title, a role or a place between it and the name ("Datin ", "Kelby grower "):
# _Reader.headline_credit
_CREDIT_AFTER = re.compile(r"[”\"’'»]?[^\S\n]*(?::|[–—]|\s-)[^\S\n]+")
_TITLE_WORDS_GAP = re.compile(r"(?:[\w.’'-]+[^\S\n]+){0,3}")  # (a title's, a role's, a place's words: "Kelby grower ")
# after a body's name opening a paragraph: perhaps the document it spoke in, then a colon before a quotation (", in a
# note sent to Kelby Times:", ", in a statement:")
# an interview's label and a colon, then an opening quotation mark ("Q&A: “", "Interview: '"):
# _Reader.interview_headline
_INTERVIEW_LABEL_BEFORE = re.compile(r"(?:Q\s?&\s?A|Q and A|Interview|In conversation)[^\S\n]*:[^\S\n]*[“\"‘']")
_PULL_QUOTE_LABEL = re.compile(r"(?i:pull[ -]?quote)[^\S\n]*:[^\S\n]*[“\"‘']")  # ("Pull quote: “...”")
_THAT_WAS_NAME = re.compile(rf"(?:That|This) (?:man |woman )?was ([{_UC}][\w’'\-]*(?: [{_UC}][\w’'\-]*){{1,3}})\.")
_IT_OPENS_SAID = re.compile(r"It\s+(?:said|says|read|reads)\b")  # ('It said, "..."' opening a sentence)
_SENT_A_DOCUMENT = re.compile(r"\b(?:sent|wrote|posted|mailed|left)\s+(?:us|me|him|her|them)?\s*an?\s+([a-z\-]+)\b")
_PLACED_BODY_NOUN = re.compile(r"(?:[A-Z][\w’'\-]+\s+){1,2}([a-z]+)")  # ("Edinburgh company": the body's noun)
_THE_AT = re.compile(r"[Tt]he\s+")  # ("The" opening a paragraph before a body's name: _Reader.body_line_label)
# ("The association said ...", "The association, which has 240 members, said ...")
_RELATIVE_OPENING = re.compile(r"(?:which|who|that|whose|where)\b")
_BODY_NOUN_SAID = re.compile(r"[Tt]he\s+([a-z]+)(?:,\s+(?:which|that)\s+[^,\n“”\"]{1,60},)?\s+"
                             r"(?:said|says|stated|added)\b")
_THE_BODY_S = re.compile(r"\bthe ([a-z]+)[’']s\b")  # ("the association's meeting": a body's noun as owner)
_BODY_LABEL_GAP = re.compile(r"(?:,[^\S\n]+in[^\S\n]+(?:a|an|its|their)[^\S\n]+[a-z]+"
                             r"(?:[^\S\n]+[^\n:“”\"]{1,60})?)?[^\S\n]*:[^\S\n]*")
_LINE_END = re.compile(r"[^\S\n]*(?:\n|$)")  # (blanks to the line's end: a headline's credit ends it)
_CREDIT_BY_SPACE = re.compile(r"[”\"’'»][^\S\n]+(?=[A-Z])")  # ("'...' Kelby grower Jo Doe": the credit a space away)
# an interview's intro telling whom the paper spoke to ("She spoke to The Daily in her office.", "We met Jo Doe at ...")
_SPOKE_TO_US = re.compile(r"(?m)(?:^|(?<=[.!?]\s))(?:(?:He|She)\s+(?:spoke|talked)\s+to\s+(?:The|the|us)\b"
                          r"|(?:We|I)\s+(?:met|spoke\s+to|talked\s+to|sat\s+down\s+with|caught\s+up\s+with)\s+"
                          r"((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w.’'\-]+(?:\s+[A-Z][\w’'\-]+)*))")
# the line that ends an interview's intro before questions and answers with no labels ("We met Jo Doe. Excerpts:")
_EXCERPTS_LINE = re.compile(r"(?m)(?:^|(?<=\s))(?:Edited\s+)?[Ee]xcerpts(?:\s+from\s+the\s+interview)?:[^\S\n]*$")
# a paragraph of an interview opened by its question's or its answer's label ("Q: How did it start?", "A. With ...")
_QUESTION_OPENS = re.compile(r"(?m)^Q[:.][^\S\n]")
_ANSWER_OPENS = re.compile(r"A[:.][^\S\n]")
# a label opening an answer or a transcript's line ("Khamphone: In 2006 there were nine of us")
_NAME_LABEL_OPENS = re.compile(r"([A-Z][\w’'\-]+):[^\S\n]")
# a line that opens an interview's questions and answers and names the one asked ("Q&A: Jo Doe, managing director")
_INTERVIEW_LINE = re.compile(r"(?m)^(Q\s?&\s?A|Q and A|Interview|In conversation)"
                             r"(?:[^\S\n]*[:|–—-]|[^\S\n]+with\b(?<!Interview with))[^\n]*$")
# (a label and a colon, a bar or a dash, or "Q&A with": not the byline "Interview by Jo Doe", nor a headline
# "Interview with Jo Doe airs on Sunday")


#: A first paragraph of at most this many words, with more paragraphs after it, is the article's headline.
HEADLINE_QUOTE_MAX_WORDS = 30
#: Words of a crosshead at most: a short line that heads a section of the story's body ("Company says record is
#: "world class""), no stop at its end.
CROSSHEAD_MAX_WORDS = 12




# a label that opens a paragraph before a quotation: role words, a name, a party in brackets, a colon
# (a name's capital may be an accented one: "Ó Catháin:", "Élise Doe:")
_LINE_LABEL = re.compile(r"\s*(?:[-–•*][^\S\n]+)?(?P<role>(?:[A-Za-z][\w.’'\-]*\s+){0,6}?)"
                         rf"(?P<name>(?:[{_UC}][\w.’'\-]*\s?){{1,4}}?)"
                         # (a vox pop's ", farmer, Kongwa")
                         r"(?P<apposed>(?:,[^\S\n]+[\w’'\-]+(?:[^\S\n]+[\w.&’'\-]+){0,3}){0,2})"
                         r"\s*(?:\([^()\n]{1,20}\)\s*)?:\s*")
# words that open a salutation, not a speaker's label ("Dear voter:"), table ``salutations``
_SALUTATIONS = frozenset(_W["salutations"])
# a label that opens a sentence, a bullet's line or a clause after a semicolon in a headline or deck, ending in a colon
# right before a quotation: "Shop steward:", "Kelby mayor:", "- Agriculture minister:" (see _Reader.deck_label)
# (or after a kicker's bar: "Q&A | Co-op head: '...'")
_DECK_LABEL = re.compile(r"(?:(?<=[.;!?]\s)|(?<=\n)|(?<=\n[-–•*] )|(?<=\s\|\s)|\A)"
                         r"([A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,3}):\s*$")
_LABEL_REACH = 800  # characters after a label's bare noun to the body it stands for (_label_noun_speaker)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")  # a passive's agent before a name ("run by Kelby Coal Ltd")
_ROLE_WORDS_ONLY = re.compile(r"(?:[A-Z][a-z\-]*\s+)?(?:[a-z\-]+\s+){0,4}")  # "Private shipping company "
# a verb of saying soon after a company's name, in its sentence ("Tarno Gold Ltd said on Monday", "Tarno Gold Ltd,
# which owns the mine, says"): the company a firm's label ("Miner says ...") stands for, not one only named there
_SPEAKS_AFTER = re.compile(r"[^.!?\n]{0,60}?\b(?:said|says|told|tells|stated|states|announced|confirmed|confirms"
                           r"|insisted|insists|has\s+issued|issued)\b")
# a live blog's time stamp opening a line ("15:57 GMT", "18:20 —", "9.45am"): an entry starts there
_ENTRY_TIME = re.compile(r"(?m)^[^\S\n]*\d{1,2}[:.h]\d{2}(?:[^\S\n]*(?:am|pm|a\.m\.|p\.m\.))?(?:[^\S\n]+[A-Z]{2,4})?"
                         r"[^\S\n]*(?:[—–\-|:][^\S\n]*)?")  # (or a colon: "3.05pm: Barge operator: '...'")
# an entry's heading line that labels a quotation with a description: "Clan chief: “...”", "The mayor: “...”",
# "Lawyer for communities: “...”" (the label's head noun, then perhaps "for"/"of" and its words; a body's letters
# before it and a title's letters in it: "EVH chief: “...”", "Co-op CEO: “...”"; a body's name of one or two words
# before it: "Union Parishad chairman: '...'")
_ENTRY_LABEL = re.compile(r"(?P<label>(?:[Tt]he[^\S\n]+)?(?P<head>(?:[A-Z]{2,5}[^\S\n]+)?"
                          r"(?:[A-Z][a-z\-]+[^\S\n]+(?!(?:for|of)\b)){0,2}[A-Z]?[a-z\-]+(?:s[’']|[’']s)?"
                          r"(?:[^\S\n]+(?!(?:for|of)\b)(?:[a-z\-]+|[A-Z]{2,4}\b)){0,2})"
                          r"(?:[^\S\n]+(?:for|of)[^\S\n]+[a-z\-]+(?:[^\S\n]+[a-z\-]+)?)?):[^\S\n]*$")
# the next paragraph of a live blog's entry opening with a name and its role in apposition ("\n\nHéctor de la Garza,
# chief executive of the Kelby Electric Cooperative, said ...": see _Reader._entry_apposed)
_ENTRY_APPOSED = re.compile(r"\n\s*(?P<name>(?:[A-Z][\w’'.\-]*[^\S\n]+(?:(?:de|la|del|da|van|von|le)[^\S\n]+)*){1,4}?"
                            r"[A-Z][\w’'\-]+),[^\S\n]+(?P<role>[^,.\n]{3,80})")
# words that make a label's opening words no role ("In a letter to Jo Doe:", "Asked about Jo Doe:")
_LABEL_STOPS = frozenset({"to", "for", "with", "by", "from", "about", "at", "on", "in", "and", "or", "but"})

# a participle of crying out right before a quotation ("chanting", "yelling": ``cried_out`` verbs)
_CRYING = re.compile(r"\b(" + "|".join(sorted({f for lem in _W["cried_out"]["verbs"] for f in _forms(lem)
                                              if f.endswith("ing")})) + r")\s*[,:]?\s*$", re.I)

# a name (or two joined by "and") between a spaced dash (or a bar: "Q&A | Jo Doe:") and a colon right before a
# quotation's opening mark
_DASH_LABEL = re.compile(r"\s[-—–|]\s+((?:[A-Z][\w’'\-.]*\s){0,3}[A-Z][\w’'\-.]*)"
                         r"(?:\s+and\s+(?:[A-Z][\w’'\-.]*\s){0,3}[A-Z][\w’'\-.]*)?:\s*$")


# the verb of a crowd's clause before a participle of crying out ("where about 50 protesters had gathered, chanting")
_GATHERING = frozenset({"gathered", "assembled", "rallied", "massed", "marched", "congregated", "converged",
                        "protested", "demonstrated", "lined", "packed", "crowded", "filled", "paraded"})


# between an organisation and the colon before a quotation: a word of label ("Kelby Times editorial:"), or a form
# of "be" before an adjective ("was clear in its findings:"; not "was the target of a chant:"), or "has" with a
# word for a message ("has a warning for voters:"; not "had a new chant:", "has an app:"), or a verb of issuing one
# ("has issued a statement:", "released a short statement:"; not one "from the family" or "on behalf of" another),
# or a verb of giving its own word ("gave its assurance:", "set out its single demand:"),
# these possibly after
# the rest of the name ("The Kelby Board" "of Elections was clear"), perhaps after a relative clause of its own
# ("..., which represents the yard's welders, sent this statement:"); no other comma, no capital (not '..., whose
# view is simple:', 'passed a motion with a title:', 'is named in the complaint by Jo Doe:': another's words)
_ORG_COLON_GAP = re.compile(r"(?:,\s+which\b[^:;“”\"]{1,120}?,)?"
                            r"(?:(?:\s+[a-z]+)?\s*|(?:\s+of(?:\s+[A-Z][\w’'\-]*)+)?\s+"
                            r"(?:(?:is|was|are|were|has been|have been|had been)\s+(?![a-z]+ed\b|(?:the|a|an|one|its"
                            r"|their|at|in|on|of|to|for|by|with|under|among|behind|not|no)\b)[a-z]"
                            r"|(?:has|have|had)\s+(?:a|an|this|one|some|its)\s+(?:[a-z]+\s+)?(?:message|warning|plea"
                            r"|word|reply|response|statement|verdict|promise|answer|advice|request|demand|appeal"
                            r"|retort|reminder|rebuttal)\b"
                            r"|(?:(?:later|also|then|since|[a-z]+ly)\s+)?(?:(?:has|have|had)\s+)?"
                            r"(?:issued|released|put\s+out|published|posted|sent(?:\s+out)?)\s+(?:(?:us|me|reporters)\s+)?"
                            r"(?:a|an|this|the\s+following)\s+(?:[a-z]+\s+)?(?:statement|message|response|reply)\b"
                            r"(?!\s+(?:from|on\s+behalf|by|of)\b)"
                            r"|(?:gave|set\s+out|repeated|stated|restated)\s+(?:its|their)\s+(?:[a-z]+\s+)?"
                            r"(?:assurance|demand|position|promise|pledge|undertaking|view|answer|response|message)\b)"
                            r"[a-z\s’'\-]*)")


# "The" and one to three lower-case words: a body's description opening a clause ("The association", "The
# farmers' union"; after an opening phrase, "In a statement, the company")
_BODY_DESCRIPTION = re.compile(r"[Tt]he(?: [a-z][a-z’'\-]*){1,3}")


# a name of two to four words opening a headline's line or after its label's colon, then a spaced dash right before
# the quotation's opening mark ("THE BIG INTERVIEW: Jo Doe — '...'")
_HEADLINE_NAME_DASH = re.compile(r"(?:^|:\s+)((?:[A-Z][\w’'\-.]*\s){1,3}[A-Z][\w’'\-.]*)\s+[—–]\s*$", re.M)


# nouns for people that a name after a dash may rename, beyond the person heads ("the only person who could help")
_RENAMED_HEADS = frozenset({"person", "people", "name", "names", "nominee", "nominees", "target", "rival", "rivals"})
_DASH_DETERMINERS = frozenset({"the", "a", "an", "one", "two", "his", "her", "their", "its", "our", "my", "this"})


def _renamed_before_dash(before: str) -> bool:
    """The words before a dash end in a noun phrase for a person that the name after the dash renames ('Jo Roe praised
    the new chief executive - Jane Doe:', 'The crowd chanted one name - Jo Doe:'): no label of a speaker."""
    words = re.findall(r"[\w’'\-]+", before.lower())[-7:]
    k = max((x for x, w in enumerate(words) if w in _DASH_DETERMINERS), default=None)
    return k is not None and any(w in _PERSON_HEADS or w[:-1] in _PERSON_HEADS or w in _RENAMED_HEADS
                                 for w in words[k + 1:])


# someone's words reported in the third person ("King said", "she told"): a quoted paragraph that holds them is a
# passage of another outlet's report, not one speaker's words running on
_REPORTED_SPEECH = re.compile(r"\b(?!(?:We|You)\b)(?:[A-Z][a-z]+|he|she|they)\s+(?:said|says|told|tells|added|adds"
                              r"|stated)\b")


def _reports_speech(quoted: str) -> bool:
    """The quoted words report what someone said (:data:`_REPORTED_SPEECH`)."""
    return _REPORTED_SPEECH.search(quoted) is not None


# a byline standing as its own paragraph: "By Jo Doe", "By Jo Doe and Ann Roe" (no sentence after it)
_BYLINE_PARAGRAPH = re.compile(r"By\s+[A-Z][\w.’'\-]*(?:\s+(?:and\s+)?[A-Z][\w.’'\-]*){0,5}"
                               r"(?:,?\s+[A-Z][\w ]{0,40})?")


class _Reader:
    """One reading of an article, in stages: marks, attribution in the quotation's own sentence, kind,
    the speaker (from the cue, or from the context when there is none), then the unquoted claims."""

    def __init__(self, article: Article, company: str | None):
        self.article = article
        self.text = text = article.text
        self.spans, strays = _quote_spans(article)
        # British style: most quotations in single marks (then a single-marked line is speech, not a heading)
        # (a quotation between doubled apostrophes, ''...'', counts as a double-marked one)
        singles = sum(text[x - 1] in "‘'" for x, _, _ in self.spans if x > 0)
        self.single_style = singles > len(self.spans) - singles + text.count("''") // 2
        if strays:  # one warning per article, however many stray marks (all listed by stray_quote_marks)
            shown = "; ".join(msg for _, msg in strays[:3]) + ("; ..." if len(strays) > 3 else "")
            warnings.warn(f"{article.name}: {len(strays)} stray quotation mark(s): {shown}", QuoteWarning, stacklevel=4)
        res = self.res = _Resolver(article)
        res.company = company if company is not None else story_company(article)
        if res.company:
            full = _company_words(_body(text), res.company)
            res.company_name = res.fuller_org(_strip_possessive(full) if full is not None else res.company)
        self.quoted = res.quoted = _Spans([(x, y) for x, y, _ in self.spans if not _nickname(self.text, x, y)])
        self._toks: dict[int, list] = {}
        self._has_cue: dict[int, bool] = {}
        self._cues: dict[tuple[int, bool], list[int]] = {}
        self.used_cues: set[int] = set()
        self.prev = None  # the previous attributed quotation row (dict)

    # -- per-sentence caches (each sentence is tokenised once) --
    def toks_of(self, sent):
        if sent.sentence_id not in self._toks:
            self._toks[sent.sentence_id] = _tokens(sent.text, sent.start)
        return self._toks[sent.sentence_id]

    def cues_of(self, sent, strict: bool):
        key = (sent.sentence_id, strict)
        if key not in self._cues:
            self._cues[key] = _cue_tokens(self.toks_of(sent), strict=strict)
        return self._cues[key]

    def has_cue(self, sent) -> bool:
        if sent.sentence_id not in self._has_cue:
            self._has_cue[sent.sentence_id] = any(
                t[0].lower() in _CUE_SET and not t[0][:1].isupper() and not self.quoted.inside(t[1])
                for t in self.toks_of(sent)) or "according to" in sent.text \
                or _IN_THE_WORDS_OF.search(sent.text) is not None  # (_is_cue, without a call per token; "in the
            # company's words")
        return self._has_cue[sent.sentence_id]

    # -- stages --
    def read(self):
        rows = [self.quotation(a, b, reopened) for a, b, reopened in self.spans]
        self.runs_into_next(rows, [reopened for _, _, reopened in self.spans])
        self.echoed_in_body(rows)
        self.entry_labels(rows)
        self.described_then_named(rows)
        self.nested(rows)
        claims = _claims(self.article, self.res, [(a, b) for a, b, _ in self.spans], self.used_cues, self.toks_of)
        return rows, claims, self.res

    def nested(self, rows: list[dict]) -> None:
        """'"He told me, 'A mistake at a funeral is an insult.' I never forgot it," Mr Doe said': a quotation inside
        another speaker's full quotation, with a cue of its own inside the outer one, is a row of its own (kind
        ``full``), its speaker the subject of that cue: the outer speaker for "I" or "we", the one named ("Mr Liu
        himself told us, '...'"), or for "he" or "she" the latest person of that sex named before it but the outer
        speaker (None when there is none).  One with no cue of its own stays part of the outer quotation."""
        inner = []
        for row in rows:
            if row["kind"] == "full" and row["speaker"] and not row.get("_inner"):
                inner += [r for a, b in self._inner_spans(row["start"], row["end"])
                          if (r := self._inner_row(row, a, b))]
        if inner:
            rows.extend(inner)
            rows.sort(key=lambda r: r["start"])

    def _inner_spans(self, a: int, b: int) -> list[tuple[int, int]]:
        """The quotations inside the quotation text[a:b] in the other style of marks: single ones inside double
        marks, double ones inside single marks."""
        text = self.text
        if text[a - 1:a] in ("‘", "'"):
            marks = _double_marks(text, a, b)
            return [(i + 1, j) for (i, k1), (j, k2) in zip(marks, marks[1:]) if k1 == "open" and k2 == "close"]
        if text[a - 1:a] == '"' and text[a:a + 1] == "'":  # (a straight single mark opening the straight
            # double-marked quotation opens the inner one: "'Get out,' he shouted at me. ...," she said; read in a
            # copy of the quotation alone, a space before it, its offsets shifted back)
            local = " " + text[a:b + 1]
            return [(s + a - 1, e + a - 1) for s, e, _ in _single_spans(local, 1, 1 + b - a, [])]
        return [(s, e) for s, e, _ in _single_spans(text, a, b, [])]

    def _inner_row(self, outer: dict, a: int, b: int) -> dict | None:
        """The row of the quotation text[a:b] inside ``outer``, when a cue of its own stands inside ``outer``
        (before it in its sentence, or right after it); else None."""
        text = self.text
        sent = _sentence_for(self.article, a)
        lo, hi = max(outer["start"], sent.start), min(outer["end"], sent.end)
        found = _attribute_in(text, self.toks_of(sent), a, b, lo, hi, lo, hi, quoted=[(a, b)])
        if not found or found[0].lower() in _CALLING_FORMS or found[0].lower() in _NAMING_VERBS \
                or found[3] == "before" and not _INNER_CUE_GAP.fullmatch(text, _cue_end(text, found, a), a - 1):
            return None  # (a name or a label the outer speaker quotes: "People call it the 'hoop skirt' design"; a
            # cue with more than its listener before the marks: "they ask for a 'conversion'", "told them nothing
            # except 'we are working on it'")
        cue, ma, mb, _where = found
        if _INNER_NEGATION.search(text, mb, _cue_end(text, found, a)):
            return None  # ("I didn't say, 'You're useless.'", "He never said, 'Sorry.'": words not said)
        mention = text[ma:mb]
        low = _INNER_PRONOUN.sub(r"\1", mention.lower())  # ("he'd say", "then he'd say": he)
        if low in ("i", "me", "we", "us"):
            hit = outer.get("_res") or (outer["speaker"], outer["source_type"], outer["role"], "person")
        elif low in ("he", "she"):
            hit = self.res.inner_pronoun(ma, low, outer["speaker"])
        elif low in _PARENT_NOUNS:
            hit = (low, "anonymous", None, "person")  # ("Dad would say, '...'": a parent unnamed)
        elif (low in _ANYONE_WORDS or low == "they") and CUE_FORMS.get(cue.lower()) == "tell":
            hit = None  # ("People told her, '...'", "Every year they tell us, '...'": words told to someone, by no
            # one in particular; not "People are asking, '...'", what a crowd says)
        elif _ONE_OF_THEM.match(low):
            hit = (low, "anonymous", None, "person")  # ("One of the owners rang me and asked, '...'": one unnamed)
        else:
            head = _head_phrase(mention).split()[-1:]
            hit = self.res.resolve(mention, ma, mb)
            if not hit or hit[3] != "person" or not (self.res._layer_kind(ma, mb) == "person" or head and (
                    head[0].lower() in _PERSON_HEADS or head[0].lower() in _KIN_AND_COURT_NOUNS
                    or head[0].lower() in _HEAD_SEX or head[0].lower() in _PARENT_NOUNS)):
                return None  # (a person the mention layer names or a person's noun; not what a crowd, a body or a
                # thing says: "People are asking, '...'", "The police told us, '...'", "Amazon told me, '...'",
                # "The screens say 'cancelled'")
        row = dict(start=a, end=b, text=text[a:b], kind="full", speaker=None, speaker_mention=mention,
                   speaker_start=ma, speaker_end=mb, source_type="none", role=None, affiliation=None, cue=cue,
                   sentence_id=sent.sentence_id, paragraph_id=sent.paragraph_id,
                   note=f"inside {outer['speaker']}'s quotation", _inner=True)
        if hit:
            src = self.res.add(*hit, ma, mb)
            row.update(speaker=hit[0], source_type="document" if hit[1] == "document" else src.source_type,
                       _res=hit)
        return row

    def described_then_named(self, rows: list[dict]) -> None:
        """'A regional manager of Kelby Crop Care Ltd ... dismissed the study as "..." / "...," said the manager, Jo
        Doe': an unnamed source brought in with "a" or "an" is the person the next quotation, in the same paragraph or
        the next, names after "the" and the same head noun and a comma."""
        for row, nxt in zip(rows, rows[1:]):
            desc = _INDEFINITE_DESCRIPTION.match(row["speaker_mention"] or "")
            if row["source_type"] != "anonymous" or not desc or nxt["source_type"] != "named" \
                    or not 0 <= nxt["paragraph_id"] - row["paragraph_id"] <= 1 \
                    or not re.match(rf"the\s+{re.escape(desc.group('head'))},\s+[A-Z]", nxt["speaker_mention"] or "",
                                    re.IGNORECASE):
                continue
            row.update({f: nxt[f] for f in ("speaker", "source_type", "role", "_res")})
            row["note"] += "; speaker named in the next quotation's attribution"

    def runs_into_next(self, rows: list[dict], reopened: list[bool]) -> None:
        """'“The cheques stopped in 2016. [no closing mark] / “The only thing left is my loan,” the buyer said': a
        quotation that runs on into the next paragraph, with no speaker in its own paragraph, is the words of the
        speaker the next paragraph's quotation names there (a run over three paragraphs: the third's); not a run
        that a paragraph ending in a colon opens ('Jo Doe said: / “...'), whose speaker that paragraph gives."""
        run: list[int] = []
        for i, row in enumerate(rows):
            para = self.article.paragraphs[row["paragraph_id"]]
            if para.start <= row["speaker_start"] < para.end and not row["start"] <= row["speaker_start"] < row["end"]:
                # (its own speaker, here, outside the marks: the run, if any, ends; not a transcript's label inside
                # them, '"WALLACE: Governor, ...': a new speaker)
                first = run and self.article.paragraphs[rows[run[0]]["paragraph_id"]].start
                if run and self._runs_into(rows[run[-1]], row) and not self.text[:first].rstrip().endswith(":"):
                    for k in run:
                        rows[k].update({f: row[f] for f in ("speaker", "speaker_mention", "speaker_start",
                                                            "speaker_end", "source_type", "role", "cue", "_res")})
                        rows[k]["note"] += "; speaker named in the next paragraph"
                run = []
            elif reopened[i] and (not run or self._runs_into(rows[run[-1]], row)) and not _reports_speech(row["text"]):
                run.append(i)
            else:
                run = [i] if reopened[i] and not _reports_speech(row["text"]) else []

    def _runs_into(self, row: dict, nxt: dict) -> bool:
        """``nxt`` opens the paragraph after ``row``'s (nothing before its opening mark there)."""
        nxt_para = self.article.paragraphs[nxt["paragraph_id"]]
        return nxt["paragraph_id"] == row["paragraph_id"] + 1 \
            and not self.text[nxt_para.start:nxt["start"]].strip(" \t“\"‘'")

    def quotation(self, a: int, b: int, reopened: bool) -> dict:
        """The row of the quotation text[a:b]: kind, then speaker."""
        text, article = self.text, self.article
        s_open = _sentence_for(article, max(a - 1, 0))
        s_close = _sentence_for(article, min(b, len(text) - 1))
        found = self.cue_of(a, b, reopened, s_open, s_close)
        put_it = _put_by_someone(_AS_PUT_IT_BEFORE.search(text, max(s_open.start, a - 60), a))
        # ('as she puts it, "for the worrying"': the words the clause just before gives its subject, no scare quote)
        adjacent = put_it or bool(found and (found[3] == "after" and found[1] - b < 60
                                             or found[3] == "before" and a - found[2] < 40))
        # (a closing attribution after the reporter's clause is a speaker and verb of saying too: 'An investor had
        # expressed interest in putting "significant new equity" into it, she said.')
        reported = bool(found and (found[3] == "before" or text[found[1] - 2:found[1]] == ", "
                                   and _WORDS_GO_ON.match(text, b + 1, found[1])))
        claimed = reported and (CUE_FORMS.get(found[0].lower()) in _CLAIM_LEMMAS or found[0] in _DOCUMENT_VERBS)
        # (a document's or a finding body's "found" is a cue of its sentence: 'the regulator found the firm had ...')
        has_cue = self.has_cue(s_open) or bool(found and found[0] in _DOCUMENT_VERBS) or put_it
        kind = _kind_of(text, s_open, a, b, text[a:b], adjacent, has_cue, reported, self.single_style, claimed)
        row = dict(start=a, end=b, text=text[a:b], kind=kind, speaker=None, speaker_mention=None, speaker_start=-1,
                   speaker_end=-1, source_type="none", role=None, affiliation=None, cue=None,
                   sentence_id=s_open.sentence_id, paragraph_id=s_open.paragraph_id,
                   note="continues in the next paragraph" if reopened else "")
        if self.headline_quote(a):
            row["_headline"] = True
            row["note"] = "headline (single marks)"
        if _furniture_at(text, a) and not _labelled_headline(text, a):
            # 'Read more: "I waited three years for a scan"': another story's headline
            row.update(kind="term", note="page furniture (a link, credit or label line)")
            return row
        if reported and kind == "partial":  # a term but for the speech around it: no direct quotation
            row["_within_reported"] = _kind_of(text, s_open, a, b, text[a:b], adjacent, self.has_cue(s_open),
                                               single_style=self.single_style) == "term"
        # '"We are shocked" by the closure, Doe said': a voice opening its sentence, whose speaker is found as a
        # full quotation's is, but the reporter's clause goes on after the marks: partial once the speaker is found
        clause_goes_on = kind == "full" and _continues_unquoted(text, b, row["text"]) \
            and _opens_voice(text, s_open, a, row["text"])
        if kind == "term":
            m = _NAMING.search(text[max(s_open.start, a - 1 - _NAMING_REACH):a - 1])
            row["note"] = f"label (cue: {m.group().split()[0]})" if m else "scare quote or label, not speech"
            return row
        if _received_text(text, s_open, a):
            row["note"] = (row["note"] + "; " if row["note"] else "") + "the words of a text received, no speaker's"
            return row
        if label := self._entry_label(row):
            row["_entry_label"] = label  # (its speaker is the entry's: see entry_labels)
            return row
        self.attribute(row, found, s_open, reopened)
        if clause_goes_on:
            row["kind"] = "partial"
        return row

    def attribute(self, row: dict, found, s_open, reopened: bool) -> None:
        """Fill in ``row``'s speaker: the teller of words told to the subject, else the speaker of its cue ``found``."""
        text, a, b = self.text, row["start"], row["end"]
        told = _told_by_another(text, s_open.start, a)
        if told is not None and not (found and found[3] == "before" and found[1] > told.start()):
            # 'Doe said she had been told by a bank clerk that it was "as safe as cash"': the teller's words (with
            # no teller told, 'she was told that she was still "on the list"' is read as hers: news gives the
            # gist of what the subject heard in her own words)
            row["note"] = (row["note"] + "; " if row["note"] else "") + "words told to the subject by another"
            hit = self.from_cue((told.group("verb"), told.start("agent"), told.end("agent"), "before"))
        else:
            hit = self.speaker_of(row, found, s_open)
        if hit:
            (canon, stype, role, skind), mention, ma, mb, cue = hit
            src = self.res.add(canon, stype, role, skind, ma, mb)
            row.update(speaker=canon, speaker_mention=mention, speaker_start=ma, speaker_end=mb,
                       source_type="document" if stype == "document" else src.source_type, cue=cue,
                       _res=(canon, stype, role, skind),
                       _close_sid=_sentence_for(self.article, min(max(b, mb - 1), len(text) - 1)).sentence_id,
                       _reopened=reopened)  # the sentence where the quotation or its attribution ends
            self.prev = row

    def _entry_label(self, row: dict):
        """A live blog's entry heading, its line a description, a colon and the quotation ("15:57 GMT / Clan chief:
        “...”", "18:20 — The mayor: “...”"), after a time stamp on its line or alone on the line before it, or a
        crosshead of the story's body so written ("Company: 'We are losing money'"): (label
        start, label end, the speaker's kind: "person" for a person's noun or title, "group" for a body's noun),
        else None.  The label is no name: its words after the first are in lower case."""
        a, b, text = row["start"], row["end"], self.text
        ls = text.rfind("\n", 0, a) + 1
        le = text.find("\n", b)
        le = len(text) if le < 0 else le
        stamp = _ENTRY_TIME.match(text, ls)
        start = stamp.end() if stamp and stamp.end() > ls else ls
        if start == ls and not self.res._in_crosshead(a):  # (or the time stamp alone on the line before: "15:57
            # GMT\nClan chief: ..."; or none, the line a crosshead of the story's body: "Company: 'We are losing
            # money'")
            prev = text.rfind("\n", 0, max(ls - 1, 0)) + 1
            line = _ENTRY_TIME.match(text, prev, ls - 1)
            if not line or line.end() != ls - 1 or ls == 0:
                return None
        m = _ENTRY_LABEL.fullmatch(text, start, a - 1)
        if row["kind"] != "full" or not m or text[b:le].strip(" ”\"’'»›.!?") or le >= len(text):
            return None
        words = m.group("head").lower().split()
        if any(_is_cue(w) or _verb_like(w) for w in words):
            return None
        head = words[-1]
        trade = _AGENT_NOUN.fullmatch(head) and head.endswith("ist") and not m.group("label").startswith(("The", "the"))
        kind = "group" if head in _FIRM_TRADE_NOUNS else \
            "person" if _person_noun_like(head) or _is_title(head) or trade else \
            "group" if head in _ORG_NOUNS or head in _BODY_NOUNS or head in _BODY_HEADS else None
        return (m.start("label"), m.end("label"), kind) if kind else None  # ("Ecologist:": a trade's person; not
        # "Developer:", a firm as often, nor "Italian:", "The Guardian:", "The Economist:", a fan and papers)

    def entry_labels(self, rows: list[dict]) -> None:
        """'15:57 GMT / Clan chief: “We signed for roads” / Clan Chief Jo Doe of Kelby told senators ... “We signed
        for roads ...,” he said': a quotation an entry's heading labels with a description (:meth:`_entry_label`)
        is the words of the body named next whose name holds a body's label ("Flood group:", "Company:":
        :meth:`_Resolver._label_noun_speaker`), else of its speaker in the entry (:meth:`_entry_speaker`), else of the
        label itself, read as any description is, else of the unnamed speaker who says the heading's words."""
        text = self.text
        for i, row in enumerate(rows):
            if not (label := row.get("_entry_label")):
                continue
            ma, mb, kind = label
            words = _ECHO_TRIM.sub("", row["text"]).lower()
            said = [r for r in rows[i + 1:] if r.get("_res") and r["source_type"] in ("named", "anonymous")
                    and len(words.split()) > 1 and _repeats(r["text"], words)]  # (who says the heading's words)
            hit = (kind == "group" and self.res._label_noun_speaker(text[ma:mb], ma)) \
                or self._entry_speaker(rows[i + 1:], said, row["end"], kind) \
                or (kind == "person" and self._entry_apposed(row["end"], text[ma:mb])) \
                or self.res.resolve(re.sub(r"^(?:[Tt]he\s+)?", "the ", text[ma:mb].lower(), count=1), ma, mb)
            # (as a description: "Company" is "the company"; "Union" is the union named, not its unnamed official)
            hit = hit if hit and (hit[1] == "named" or not said) else said[0]["_res"] if said else None
            if hit:
                row.update(speaker=hit[0], speaker_mention=text[ma:mb], speaker_start=ma, speaker_end=mb,
                           source_type=hit[1], role=hit[2], cue=":", _res=hit)

    def _entry_apposed(self, end: int, label: str):
        """'4:52 p.m. Co-op CEO: “...” / Héctor de la Garza, chief executive of the co-op, said ...': the person
        whose name opens the entry's next paragraph with the label's role in apposition after it (the role's head
        word, or the long form of its initials: CEO, chief executive), when no quotation in the entry says the
        heading's words; else None."""
        m = _ENTRY_APPOSED.match(self.text, self.text.find("\n", end))
        if not m:
            return None
        head = label.lower().split()[-1]
        role = set(re.findall(r"[a-z]+", m.group("role").lower()))
        if head not in role and not (_initials_words({head}) & role == _initials_words({head}) - {head} != set()):
            return None
        hit = self._named_person((m.start("name"), m.end("name")), ":")
        return hit and hit[0]

    def _entry_speaker(self, after: list[dict], said: list[dict], end: int, kind: str):
        """The speaker (its resolution) of an entry heading's quotation ending at ``end``, from the rows ``after``
        it: the named speaker who says the heading's words in its entry, before the next time stamp (``said``:
        the rows that say them), else, when no one there says them, the first named speaker of the label's
        ``kind`` quoted in the entry, else the named speaker who says them later (a "Key events" list of headings
        over the entries); else None."""
        nxt = _ENTRY_TIME.search(self.text, self.text.find("\n", end) + 1)
        stop = nxt.start() if nxt else len(self.text)
        in_entry = [r for r in said if r["start"] < stop]
        later = next((r for r in in_entry if r["_res"][1] == "named"), None) \
            or (None if in_entry else next((r for r in after if r["start"] < stop and r.get("_res")
                                            and r["_res"][1] == "named" and r["_res"][3] == kind), None)) \
            or next((r for r in said if r["_res"][1] == "named"), None)
        return later and later["_res"]

    def echoed_in_body(self, rows: list[dict]) -> None:
        """'Chairman says worst is "behind us"' or a deck's 'Its chief executive calls it "..."' over a story that
        quotes the same words later ('"... the worst is behind us," Mr Doe said'): a headline's or deck's quotation
        whose speaker is unknown, a byline or a description (:meth:`_echo_kinds`), takes the speaker of the later
        quotation that holds its words, when a named person (or, for a body's noun, a named body) speaks there
        (the headline repeats the story's words)."""
        for row in rows:
            if holder := self._apposed_later(row):
                row.update(speaker=holder[0], source_type=holder[1], role=holder[2], _res=holder)
                continue
            title = self._headline_title(row)
            kinds, noun = self._echo_kinds(row, title)
            words = _ECHO_TRIM.sub("", row["text"]).lower()
            if not kinds or (len(words.split()) < 2 and not title):
                continue
            later = next((r for r in rows if r["start"] > row["end"] and r.get("_res")
                          and (r["_res"][1] == "named" or r["_res"][1] == "document" and r["_res"][3] == "group")
                          and r["_res"][3] in kinds and not self._denied(r)
                          and ((_repeats(r["text"], words) and len(words.split()) > 1
                                and self._fits(r, row, noun, title) and not self._negated_echo(r, words))
                               or (_repeats(r["text"], words, clause=True) and len(words.split()) > 1
                                   and self._fits_clause_echo(r, row, noun or title, title)
                                   and not self._negated_echo(r, words))
                               or (title and _holds_words(r["text"], words) and not self._negated_echo(r, words)
                                   and self._fits_title(r, row, title))
                               or ("group" in kinds and r["_res"][3] == "group" and self._fits(r, row, noun, title)
                                   and _holds_words(r["text"], words) and not self._negated_echo(r, words)))), None)
            # ('operator says pipeline "not commercial"': a firm's agent noun, the firm's longer words later; 'The
            # Kelby partner says it found "no breach"': a body's noun, the body's longer words later)
            if later and self._demonym_lead_fits(row, later):
                row.update(speaker=later["speaker"], source_type=later["source_type"], role=later["role"],
                           _res=later["_res"])
            elif later is None and (held := self._sole_holder(row, rows, noun)):
                row.update(speaker=held[0], source_type=held[1], role=held[2], _res=held)
            elif later is None and noun == "prosecutor" and (held := self.res._holder_of(noun)):
                hit = self.res._source_of(_after_titles(held[0]), noun)  # ('The State says the brands had been
                row.update(speaker=hit[0], source_type=hit[1], role=hit[2], _res=hit)  # "cut": the story's one
                # prosecutor, whatever words she uses later)

    def _sole_holder(self, row: dict, rows: list[dict], noun: str):
        """A person's description in the story's opening whose words the story does not quote again ('its director
        promises "..."'): the source of the one named person quoted later whose role holds its noun and a word of the
        deck's sentence ("... into a childcare centre; its director promises" / "Jo Doe, director of the centre,
        said"; not "director of planning at Kelby Council" after "A Kelby co-operative"), when there is one only; else
        None."""
        if not noun or not self._lead_description(row) or not self._noun_roles(noun)[1] \
                or row["speaker_mention"].split()[0].lower() in ("a", "an"):
            return None  # (a definite one: "A neighbour says" is anyone's)
        deck = set(_CONTENT_WORD.findall(_sentence_for(self.article, row["start"]).text)) - {noun} \
            - _FUNCTION_WORDS_OF_FOUR  # (its words in lower case: no town's name, "A Kelby co-operative")
        held = {r["speaker"]: r["_res"] for r in rows if r["start"] > row["end"] and r.get("_res")
                and r["_res"][1] == "named" and r["_res"][3] == "person" and self._fits_noun(r, noun)
                and deck & set(_CONTENT_WORD.findall((r["_res"][2] or "").lower()))}
        return next(iter(held.values())) if len(held) == 1 else None

    def _apposed_later(self, row: dict):
        """'the chairman of the works committee calls the deal "a gamble"' in a headline or deck (or a bullet of the
        opening summary: "- Rock lobster fisher: '...'"): an unnamed person's description of three words or more that
        the story writes again, word for word, in apposition to one named person after it ("Jo Doe, the chairman of
        the works committee, said"; "the chairman of the works committee, Jo Doe,"; "Rock lobster fisher Jo Doe"):
        that person's source; else None."""
        res, mention = row.get("_res"), (row["speaker_mention"] or "").strip()
        bullet = self.res._in_lead_bullet(row["start"])
        if res is None or res[1] != "anonymous" or res[3] != "person" or len(mention.split()) < 3 \
                or not (self.res._in_lead(row["start"]) or bullet) \
                or not (self.res._in_headline(row["start"]) or bullet
                        or self.res._bare_role_in_deck(mention, row["start"])):
            return None
        desc = re.escape(re.sub(r"^(?i:the|a|an)\s+", "", mention))
        after = _rx(rf",\s+(?:the\s+)?(?i:{desc}),")
        before = _rx(rf"(?:the\s+)?(?i:{desc}),?\s+$")  # (a comma or none: "Rock lobster fisher Jo Doe")
        names = {_after_titles(e.name) for e in entities(self.article) if e.kind == "person" for sa, sb in e.spans
                 if sa > row["end"] and not self.quoted.inside(sa)
                 and (after.match(self.text, sb) or before.search(self.text, max(0, sa - len(mention) - 8), sa))}
        return self.res._source_of(names.pop()) if len(names) == 1 else None

    def _headline_title(self, row: dict) -> str:
        """The person's noun that ends the unnamed speaker of a headline's quotation ('deputy mayor calls it
        "unavoidable"', 'a dockers' leader says "..."'), or "": a later speaker who holds that noun's role takes
        the quotation when its words stand anywhere in theirs (one word, or a few inside a longer sentence)."""
        res, words = row.get("_res"), (row["speaker_mention"] or "").lower().split()
        if res is None or res[1] != "anonymous" or res[3] != "person" or not 2 <= len(words) <= 4 \
                or not (self.res._in_headline(row["start"])
                        or self.res._bare_role_in_deck(row["speaker_mention"], row["start"])):
            return ""  # (or a deck ending with a full stop: '"...," says dockers' leader.')
        return words[-1] if words[-1] in _PERSON_HEADS and words[-1] not in _GENERIC_HEADS else ""

    def _echo_kinds(self, row: dict, title: str) -> tuple[tuple[str, ...], str]:
        """The kinds of named speaker whose later quotation a headline's quotation repeats (see
        :meth:`echoed_in_body`), and the noun that speaker must fit (:meth:`_fits_noun`, or ""): a person, for an
        unsure speaker in a headline (:meth:`_unsure_headline_speaker`), or for the headline's unnamed ``title``
        (:meth:`_headline_title`, "" if none) with that title; for a headline's or crosshead's bare noun
        (:meth:`_bare_noun`) or a description in the story's opening (:meth:`_lead_description`) not read as a named
        holder or body already, the kinds its noun fits (:meth:`_noun_kinds`); else none."""
        at, res = row["start"], row.get("_res")
        words = (row["speaker_mention"] or "").split()
        if self.res._in_headline(at) and self._unsure_headline_speaker(row):
            # (a firm's agent noun that is also a person's, 'contractor blames ...': the firm or its head)
            kinds = self._noun_kinds(words[-1].lower()) if self._bare_noun(words) else (("person",), "")
            return kinds if "group" in kinds[0] else (("person",), "")
        if title:
            return ("person",), title  # ('a dockers' leader says "..."': one who holds the role)
        head = words[-1].lower() if words else ""
        headline = self._bare_noun(words) and (self.res._in_headline(at) or self.res._in_crosshead(at))
        if head in _COURT_SIDE_ROLES and (headline or self._lead_description(row) or len(words) == 2
                                          and words[0].lower() == "the" and self.res._in_lead(at)
                                          or len(words) == 1 and self.res._in_headline(at)):
            return ("person",), _COURT_SIDE_ROLES[head]  # ('The prosecution says ...' in a deck: the prosecutor;
            # "The State says ..." too, though the mention layer names a State; 'Defence calls case "..."')
        if self._named_already(res, head):
            return (), ""  # ('Business chamber warns of "..."' read as the chamber the story names, 'minister
            # says' as the minister: kept)
        if not headline and res and res[1] == "anonymous" and res[3] == "person" \
                and self.res._in_headline_or_bullet(at) \
                and len(_ECHO_TRIM.sub("", row["text"]).split()) >= _ECHO_LONG_WORDS:
            return ("person", "group") if self._noun_roles(head)[0] else ("person",), ""  # ("Fishers' co-op head:
            # '...'" over a story that quotes a named person saying the same six words or more: that person, whatever
            # the role's words; for a body's noun a body too, "A neighborhood group called the project '...'")
        if not (headline or self._lead_description(row)):
            return (), ""
        return self._noun_kinds(head)

    @staticmethod
    def _noun_roles(head: str) -> tuple[bool, bool]:
        """Whether the noun ``head`` names a body ("company", "chamber", "the opposition"), and whether it is a
        person's title and no body's noun ("minister")."""
        body = head in _ORG_NOUNS or head in _BODY_NOUNS or head in _BODY_HEADS
        return body, head in _PERSON_HEADS and not body

    @classmethod
    def _bare_noun(cls, words: list[str]) -> bool:
        """A headline's bare noun: one or two words, in lower case after the first letter, no determiner, closing
        on a person's title or a body's noun ('Company says record is "..."', 'Minister says ...')."""
        if not 1 <= len(words) <= 2:
            return False
        body, title = cls._noun_roles(words[-1].lower())
        return all(w.rstrip("’'").isalpha() for w in words) and " ".join(words)[1:].islower() \
            and words[0].lower() not in _DETERMINERS and (title or body)  # (a plural possessive: "Growers' body")

    def _named_already(self, res, head: str) -> bool:
        """The speaker is already read as a named body whose name holds ``head``, or as a named person holding
        that title."""
        if res is None or res[1] != "named":
            return False
        if res[3] != "person":
            return head in res[0].lower().split()
        return self._noun_roles(head)[1] and head in (res[2] or "").lower().split()

    def _lead_description(self, row: dict) -> bool:
        """An unnamed person's definite description in lower case, in the story's opening ('...; the largest
        plant says it is "..."'; a sentence may open with it and a demonym stand in it: 'The Danish buyer
        says ...'; a body's possessive: 'Their manager says the winning score was "..."'; or an indefinite one, 'A
        neighborhood group called the project "..."')."""
        res, words = row.get("_res"), (row["speaker_mention"] or "").split()
        return res is not None and res[1] == "anonymous" and res[3] == "person" and len(words) > 1 \
            and words[0].lower() in ("the", "its", "their", "a", "an") and words[-1].isalpha() and words[-1].islower() \
            and all(w.isalpha() and (w.islower() or w.lower() in _DEMONYMS) for w in words[1:-1]) \
            and self.res._in_lead(row["start"])

    @classmethod
    def _noun_kinds(cls, head: str) -> tuple[tuple[str, ...], str]:
        """The kinds of speaker a noun fits, and the noun to fit: a person holding the title, for a person's title
        ("minister"); a person or a body, for a firm's agent noun ("developer", "producer": the firm or its head);
        else a body."""
        if cls._noun_roles(head)[1]:
            return ("person",), head  # ('Minister says ...': the minister, not the opposition leader who repeats it)
        if head in _ORG_NOUNS and _AGENT_NOUN.fullmatch(head) or head == "management":
            return ("person", "group"), ""  # ('developer says ...': the firm or its director; 'Management says the
            # strike is "..."': whichever manager or body says those words later)
        return ("group",), head  # ('bank calls move "..."': the bank, though its spokeswoman says the words in the
        # story; 'the oil company says': no port authority's spokesman)

    def _fits_noun(self, row: dict, noun: str) -> bool:
        """The speaker of ``row`` fits a headline's ``noun``: a person holds that title ("minister": the word stands
        in the role the story gives her or in the row's own mention, "the culture minister, Tom Reed", "Taxi driver
        Jo Doe"); a body's name holds no other public body's noun than the noun's own kind ("company": not the
        "Kenya Ports Authority"; "union": the "Kelby Dockers' Federation")."""
        if row["_res"][3] == "person":
            src = self.res.sources.get(row["speaker"])
            said = " ".join(x or "" for x in (row["_res"][2], row["speaker_mention"], src.role if src else None))
            return noun in re.findall(r"[a-z\-]+", said.lower()) \
                or noun in _COURT_SIDE_ROLES.values() and any(
                    self.res.holds_role(row["speaker"], n)
                    for n in (noun, *(_DEFENCE_HOLDERS if noun in ("defence", "defense") else ())))
        name = row["speaker"].lower().split()
        last = name[-1].strip(".,") if name else ""
        return noun in name or last not in _BODY_FAMILY or last in _BODY_NOUNS.get(noun, ()) \
            or noun in _BODY_NOUNS.get(last, ())

    def _demonym_lead_fits(self, row: dict, later: dict) -> bool:
        """The body speaking ``later`` may be the one a lede's description with a demonym stands for ("The
        Canadian partner says ...", :meth:`_lead_description`): a public body's noun ("regulator", public_body_heads)
        for a body whose name holds one; a bank's (bank_nouns) for a bank by name (bank_name_words); any other noun
        for a body whose name holds no public body's noun (not "The Nigerian regulator" for an oil company, nor "The
        Swiss lender" for the regulator that fined it).  True for any other row or speaker."""
        words = (row["speaker_mention"] or "").lower().split()
        if later["_res"][3] != "group" or not self._lead_description(row) \
                or not any(w in _DEMONYMS for w in words[1:-1]):
            return True
        name = set(re.findall(r"[a-z]+", later["speaker"].lower()))
        if words[-1] in _PUBLIC_BODY_HEADS:
            return bool(name & _PUBLIC_BODY_HEADS)
        if words[-1] in _BANK_NOUNS:
            return any(w in _BANK_NAME_WORDS for w in later["speaker"].split())
        return not name & _PUBLIC_BODY_HEADS

    def _fits_clause_echo(self, row: dict, headline: dict, noun: str, title: str) -> bool:
        """The speaker of ``row``, whose quotation repeats a headline's words at a clause's end only, fits the
        headline's ``noun`` (never for no noun): :meth:`_fits`, or a person the story describes with the noun
        (:meth:`_described_as`: "the Deputy Minister of Works, Jo Doe,") or with a word the table ``seeker_nouns``
        gives for it ("contender": the party's candidate)."""
        if not noun:
            return False
        if self._fits(row, headline, noun, title):
            return True
        if row["_res"][3] != "person":
            return False
        said = set(re.findall(r"[a-z\-]+", self._described_as(row["speaker"]).lower()))
        return noun in said or bool(said & _SEEKER_NOUNS.get(noun, frozenset()))

    def _described_as(self, name: str) -> str:
        """The words the story describes the person ``name`` with where the mention layer names her: in her
        sentence before the name, after any other person's name ("attended by the Deputy Minister of Works, Jo
        Doe,"), and in apposition after it (", the candidate of the ... Party")."""
        spans = sorted((sa, sb, e.name) for e in entities(self.article) if e.kind == "person" for sa, sb in e.spans)
        out, lo = [], 0
        for sa, sb, who in spans:
            if who == name:
                start = max(_sentence_for(self.article, sa).start, lo)
                m = _PERSON_APPOSITIVE.match(self.text, sb)
                out.append(self.text[start:sa] + " " + (m.group(1) if m else ""))
            lo = sb
        return " ".join(out)

    def _fits(self, row: dict, headline: dict, noun: str, title: str) -> bool:
        """The speaker of ``row`` fits the noun of a headline's quotation: any speaker for no noun, a holder of the
        headline's unnamed role (:meth:`_fits_title`), else :meth:`_fits_noun`."""
        return not noun or (self._fits_title(row, headline, title) if noun == title else self._fits_noun(row, noun))

    def _fits_title(self, row: dict, headline: dict, title: str) -> bool:
        """The person speaking ``row`` holds the role of a headline's unnamed ``title`` (:meth:`_headline_title`):
        the words of the role the story gives them hold every word of another or past office the headline puts
        before the title ("deputy minister": not a Finance Minister), and the title itself, or one of the nouns for
        whoever heads a body (``head_of_body_nouns``, "chairman" for "leader") with one of the headline's words for
        that body's kind ("a dockers' leader": the chairman of the dockers' union, not a parliament's President)."""
        if row["_res"][3] != "person":
            return False
        src = self.res.sources.get(row["speaker"])
        said = " ".join(x or "" for x in (row["_res"][2], row["speaker_mention"], src.role if src else None))
        for acronym in set(re.findall(r"\b[A-Z]{2,8}\b", said)):  # ("STKO president": the body its acronym spells)
            spelled = re.search(rf"((?:[A-Z][\w’'\-]*,?\s+(?:(?:of|for|and|in|the|&|{_PARTICLE_ALT}|et|y|e)\s+)*)+)"
                                rf"\({acronym}\)", self.text)  # (a foreign name's particles: "Syndicat des Dockers")
            said += " " + (spelled.group(1) if spelled else "")
        said_list = re.findall(r"[a-z\-]+", said.lower())
        said_words = set(said_list) | {f"{x}-{y}" for x, y in zip(said_list, said_list[1:])}  # ("secretary general")
        quals = [w for w in re.findall(r"[a-z\-]+", (headline["speaker_mention"] or "").lower())[:-1]
                 if w not in _DETERMINERS]
        if any(w in _QUALIFIED_OFFICE and w not in said_words for w in quals):
            return False
        return title in said_words or bool(said_words & _HEAD_OF_BODY.get(title, frozenset())) \
            and any(w in said_words for w in quals if w not in _QUALIFIED_OFFICE)

    def _negated_echo(self, row: dict, words: str) -> bool:
        """The headline's ``words`` stand in the quotation of ``row`` (or its sentence before it) right after a
        negation ('"not insulting to anyone"', '"Nothing was rigged"', 'said no plan was "inhumane"'): the
        speaker denies them."""
        said = self.text[row["start"]:row["end"]]
        m = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", said.lower())
        if m is None:
            return False
        before = self.text[_sentence_for(self.article, row["start"]).start:row["start"] + m.start()]
        return any(w in _NEGATIONS or w.endswith(("n't", "n’t"))
                   for w in re.findall(r"[\w’']+", before.lower())[-4:])

    def _denied(self, row: dict) -> bool:
        """A verb of denying stands before the quotation of ``row`` in its sentence, after any quotation before it
        ("Jo Doe said ... and denied the government was "in chaos"", "rejected claims that the cuts were "...""):
        the speaker does not say those words."""
        before = self.text[_sentence_for(self.article, row["start"]).start:row["start"]].rstrip("\"“‘' ")
        before = re.split(r"[\"”]", before)[-1]  # (after the quotation before it)
        return any(w in _DENIAL_VERBS for w in re.findall(r"[a-z]+", before.lower()))

    def _unsure_headline_speaker(self, row: dict) -> bool:
        """A byline ("By Jo Doe"), a person's definite or bare description (anonymous, a person's head noun: not
        'Business chamber warns of "..."', a body's words though its chief speaks them in the story; not "A senior
        official called it ..."), or no speaker when a person's noun and a speech verb stand before the quotation
        ('chairman says worst is "..."', '"...," says mother'; not 'Doe: "..."')."""
        res, mention = row.get("_res"), row["speaker_mention"] or ""
        if res is None:
            para = self.article.paragraph_at(row["start"])
            if para is None:
                return False
            words = re.findall(r"[\w\-]+", self.text[para.start:row["start"]] + " " + self.text[row["end"]:para.end])
            return any(_role_and_cue(w, nxt) or _role_and_cue(nxt, w) for w, nxt in zip(words, words[1:]))
        return mention.startswith("By ") or res[1] == "anonymous" and res[3] == "person" \
            and mention.split()[-1].lower() in _PERSON_HEADS \
            and mention.split()[0].lower() not in ("a", "an", "one", "another", "some")

    def headline_quote(self, a: int) -> bool:
        """The quotation text[a:...] is in single marks in the headline of an article that quotes in double marks:
        US headline style ("Doe: 'We Will Win.'" over a story quoting "We will win," Doe said).  The headline
        repeats the story's words: no direct quotation of its own (PolNeAR train: 32 such quotations in 840
        headlines, none annotated).  The headline is the first paragraph, when more follow and it is short."""
        paras = self.article.paragraphs
        return not self.single_style and len(paras) > 1 and a < paras[0].end and a > 0 \
            and self.text[a - 1] in _OPEN_S + "'" and len(self.text[:paras[0].end].split()) <= HEADLINE_QUOTE_MAX_WORDS

    def cue_of(self, a: int, b: int, reopened: bool, s_open, s_close):
        """(cue, mention start, mention end, where) from the quotation's own sentence, or None."""
        text, article, quoted = self.text, self.article, self.quoted
        # limits so that a cue is never looked for inside another quotation
        next_open = quoted.next_start_after(b, len(text) + 1) - 1
        prev_close = quoted.prev_end_before(a, s_open.start - 1) + 1
        label = self._name_label(prev_close - 1) if prev_close > s_open.start else None
        if label:
            # 'Jo Doe, known to fans as "Big Jo", said the deal sent "a clear message"': a nickname is read as
            # words of the subject's appositive, no other quotation that the subject may not run across
            quoted = _Spans([sp for sp in quoted if sp != label])
            prev_close = quoted.prev_end_before(a, s_open.start - 1) + 1
        later = self._name_label_at(next_open + 1)
        if later:  # ('"...," Jo Doe, known along the waterfront as "Sugar", said': the nickname after the quotation)
            quoted = _Spans([sp for sp in quoted if sp != later])
            next_open = quoted.next_start_after(b, len(text) + 1) - 1
        toks = self.toks_of(s_close)
        after_end, next_first = s_close.end, None
        nxt = article.sentences[s_close.sentence_id + 1] if s_close.sentence_id + 1 < len(article.sentences) else None
        if s_close.end <= b + 2 and nxt is not None and nxt.paragraph_id == s_close.paragraph_id and nxt.start <= b + 3 \
                and not _paragraph_line_break(text, b, nxt.start) and not _STOP_AFTER.match(text, b + 1):
            # '“... ?” Smith asked.': the splitter ended the sentence inside the marks; the cue is in the next one
            # (not after a stop outside them: 'had expressed concern that it was "too low". Others disagreed.')
            toks, after_end, next_first = toks + self.toks_of(nxt), nxt.end, nxt.start
        found = None
        if not reopened:
            found = _attribute_in(text, toks, a, b, s_close.start, after_end,
                                  max(prev_close, s_close.start), min(next_open, after_end), next_first, quoted)
            if found and found[3] == "before" and s_close is not s_open:
                found = None
        if found is None and (s_close is not s_open or not reopened
                              or text[s_open.start:a].rstrip(" “\"‘'").endswith(":")):  # ('The petition reads: "...'
            # [no closing mark]: a quotation run on into the next paragraph, its cue before the colon)
            f2 = _attribute_in(text, self.toks_of(s_open), a, b, s_open.start, s_open.end,
                               max(prev_close, s_open.start), a, quoted=quoted)
            if f2 and f2[3] == "before":
                found = f2
        elif found and next_first is not None and found[1] >= next_first and (
                text[a:b].rstrip().endswith(".")
                or text[a:b].rstrip().endswith(("?", "!")) and _TOLD_THAT.match(text, found[2])):
            # 'Doe said the plan was "reckless." Others agreed.': a full stop ends the quotation's sentence, whose
            # cue before it comes first (the next sentence's cue is for '"...?" Roe asked.'; but 'My son asked me,
            # "...?" I told him somebody younger.': the next sentence tells what was said back)
            f2 = _attribute_in(text, self.toks_of(s_open), a, b, s_open.start, s_open.end,
                               max(prev_close, s_open.start), a, quoted=quoted)
            found = f2 if f2 and f2[3] == "before" else found
        if found and found[3] == "after" and (_DESCRIBED_AFTER.match(text, b, b + 40)
                                              or _noun_then_relative(text, b, found[1], found[2])):
            # '"...," a phrase that analysts said left the door open': the words described by others, who are not
            # their speaker; the cue before the quotation, if any, gives it
            f2 = _attribute_in(text, self.toks_of(s_open), a, b, s_open.start, s_open.end,
                               max(prev_close, s_open.start), a, quoted=quoted)
            found = f2 if f2 and f2[3] == "before" else None
        if found and label and found[2] == label[1]:
            found = (found[0], found[1], label[1] + 1, found[3])  # (the mention ends with the label's closing mark)
        if found and found[3] == "before" and found[0] == "told" and self._told_as_headline(found[1], found[2]):
            return None
        return found

    def _told_as_headline(self, ma: int, mb: int) -> bool:
        """The mention at [ma, mb) before "told" is a bare noun of ``told_listeners`` opening its sentence ("Court
        told fishermen were paid in cash '...'", "Inquest told of '...'"): a headline's passive, the body the listener,
        no speaker."""
        return self.text[ma:mb].lower() in _TOLD_LISTENERS and _sentence_for(self.article, ma).start == ma

    def _name_label(self, end: int) -> tuple[int, int] | None:
        """The span of the quotation that ends at ``end`` when it is a name of a few words after a naming cue
        ('known as "Big Jo"'), else None."""
        i = bisect.bisect_left(self.quoted.starts, end) - 1
        sp = self.quoted.spans[i] if i >= 0 else None
        return sp if sp is not None and sp[1] == end and self._naming_span(sp) else None

    def _name_label_at(self, start: int) -> tuple[int, int] | None:
        """The span of the quotation that starts at ``start`` when it is such a name (:meth:`_name_label`), else
        None."""
        i = bisect.bisect_left(self.quoted.starts, start)
        sp = self.quoted.spans[i] if i < len(self.quoted.spans) else None
        return sp if sp is not None and sp[0] == start and self._naming_span(sp) else None

    def _naming_span(self, sp: tuple[int, int]) -> bool:
        """The quoted span ``sp`` is a name of a few words after a naming cue ('known as "Big Jo"')."""
        return len(_words(self.text[sp[0]:sp[1]])) <= NAMING_MAX_WORDS \
            and _NAMING.search(self.text, max(0, sp[0] - 1 - _NAMING_REACH), sp[0] - 1) is not None

    def speaker_of(self, row: dict, found, s_open):
        """(resolved, mention, start, end, cue) of the speaker, trying each way in turn, or None."""
        if found and _across_bullets(self.text, row["start"], found[1]):
            found = self._on_own_line(row, s_open)  # ('- Premier says hospital "on track"\n- Minister says ...')
        if self._termed(row, s_open):
            return self.caller(row, s_open)  # 'Analysts termed the move "prudent."': its subject here, or no one
        if rejected := self._rejected_claim(row, s_open):
            return rejected  # ('She dismissed suggestions the mucus could be "sprayed away"': the suggestions' words)
        if found and (found[3] == "before" and (";" in self.text[found[2]:row["start"]]
                                                or self._judged_as_around(row, s_open, found))
                      or found[3] == "after" and (self._judging_verb_before(row, s_open)
                                                  or self._called_by_pronoun(row, s_open))
                      and self._closing_report(row, found)
                      or found[3] == "after" and _CLAUSE_OF_ITS_OWN.fullmatch(self.text, row["end"], found[1])) \
                and (hit := self.caller(row, s_open)):
            return hit  # ('Union slams plan as "theft"; builder cites "supply snags"': the second clause's own;
            # 'Doe dismissed claims that the mill was charging for space as "a rumour"': the judge's, not the claim's;
            # 'Some farmers have described the price as "too low", the Authority acknowledged': the farmers';
            # 'Club welcomes "a small step" as opponents warn of "..."': the cue after opens a clause of its own)
        hit = self.quoted_as_saying(row, s_open) or self.dash_label(row, s_open) or self.crowd_crier(row, s_open) \
            or self.deck_label(row, found) or self.owner(row, s_open, clause=True) or self.from_cue(found) \
            or self.in_words_of(row, s_open) or self.owner(row, s_open)
        # (a passive naming verb's own agent before a shared sentence's speaker: 'called "risky" by Jo Doe and
        # "inspired" by Tom Reed')
        for stage in (self.passive_agent, self.shared_sentence, self.transcript_label, self.dash_line,
                      self.line_label, self.body_line_label, self.interview_headline, self.headline_credit,
                      self.interview_answer,
                      self.continuation,
                      self.colon_subject, self.previous_sentence, self.bullet_intro, self.caller,
                      self.sentence_subject):
            if hit is not None:
                break
            hit = stage(row, s_open)
        return hit

    def _naming_verb_before(self, row, s_open) -> re.Match | None:
        """The naming or judging verb (``_CALLED``) right before a partial quotation, within reach; else None."""
        lo = max(s_open.start, row["start"] - 1 - _NAMING_REACH)
        return _CALLED.search(self.text, lo, row["start"] - 1) if row["kind"] == "partial" else None

    def _judged_as_around(self, row, s_open, found) -> bool:
        """A verb of judging closed by "as" right before the partial quotation ("dismissed ... as"; not a naming verb
        that is also a noun, "On the call he described it as") opens before the mention of the ``found`` cue, itself
        no such verb: the cue's clause is the judged thing's ("dismissed claims that the mill was charging ... as")."""
        called = self._judging_verb_before(row, s_open)
        return called is not None and called.start() < found[1] and found[0].lower() not in _CALLING_FORMS

    def _judging_verb_before(self, row, s_open) -> re.Match | None:
        """A verb of judging closed by "as" right before the partial quotation in its sentence ("have described the
        price as"), no naming verb that is also a noun ("On the call he described it as"); else None."""
        called = self._naming_verb_before(row, s_open)
        return called if called and called.group().rstrip().endswith(" as") \
            and called.group().split()[0].lower() not in _LABEL_VERBS else None

    def _rejected_claim(self, row, s_open):
        """A partial quotation inside the claim a verb of rejecting takes as its object, no one said to make it
        ('She dismissed suggestions the mucus could be "sprayed away"', 'denied reports that the plant would be
        "mothballed"'; not 'rejected claims by Jo Doe that ...'): the claim's unnamed authors, else None."""
        if row["kind"] != "partial":
            return None
        found = list(_REJECTED_CLAIM.finditer(self.text, s_open.start, row["start"]))
        m = found[-1] if found else None  # (the latest, nearest the quotation)
        if m is None or _CLAIM_AUTHOR_AFTER.match(self.text, m.end()) \
                or _JUDGED_BETWEEN.search(self.text, m.end(), row["start"]):
            return None  # (not 'dismissed the claims as "baseless"', 'denied the reports, calling them "..."': the
            # rejecter's own words)
        noun = m.group("noun")
        return (noun, "anonymous", None, "group"), noun, m.start("noun"), m.end("noun"), m.group(1)

    def _called_by_pronoun(self, row, s_open) -> bool:
        """A naming verb right before the partial quotation whose subject is a he, she or they opening the sentence
        ('He called it "a walk with a view," she said': his words, which she reports)."""
        called = self._naming_verb_before(row, s_open)
        return called is not None and (_PRONOUN_OPENING.fullmatch(self.text, s_open.start, called.start())
                                       or _VAGUE_PLURAL_OPENING.fullmatch(self.text, s_open.start, called.start())) \
            is not None  # (or a vague plural: 'Some growers had described the formula as "...", the association
        # said': the growers', whom the association reports)

    def _closing_report(self, row, found) -> bool:
        """The cue ``found`` after the quotation ends its sentence, three words after its mention at most ('...,
        the Authority acknowledged.', '..., he said on Monday.') or a participle clause after ", adding": a report of
        the whole sentence, not a clause of its own ('..., a pledge the company says it will meet')."""
        end = _sentence_for(self.article, row["end"]).end
        return row["end"] <= found[1] and (len(self.text[found[2]:end].split()) <= 3
                                           or _CUE_THEN_ADDING.match(self.text, found[2], end) is not None)
        # ('..., the association said, adding that ...': the cue still reports the sentence before it)

    def _termed(self, row, s_open) -> bool:
        """A partial quotation right after an active "term" ('The senator termed the proposal "..."'): a verb
        that quotes nobody else, so only its subject in the sentence may be the speaker (:meth:`caller`)."""
        a, lo = row["start"], max(s_open.start, row["start"] - 1 - _NAMING_REACH)
        called = self._naming_verb_before(row, s_open)
        return bool(called) and called.group().split()[0].lower() in _TERM_FORMS \
            and self.text[called.start() - 1:called.start()] != "-" and not _named_passively(self.text, lo, a - 1)

    def _on_own_line(self, row, s_open):
        """The cue and speaker before a quotation on its own bulleted line of a deck ('- Residents said the service
        was "poor"'), not one on the next bullet's line; else None."""
        a, line = row["start"], self.text.rfind("\n", 0, row["start"]) + 1
        lo = max(line, self.quoted.prev_end_before(a, line - 1) + 1)
        f = _attribute_in(self.text, self.toks_of(s_open), a, row["end"], line, s_open.end, lo, a, quoted=self.quoted)
        return f if f and f[3] == "before" else None

    def quoted_as_saying(self, row, s_open):
        """'State media quoted Jo Doe as saying ...', '"...," the statement quoted its chairman, Jo Doe, as saying':
        the one quoted, not the outlet or document that quotes them, in the quotation's sentence or the one it
        closes in; else None."""
        sents = {s_open.sentence_id, _sentence_for(self.article, min(row["end"] + 1, len(self.text) - 1)).sentence_id}
        for s in (self.article.sentences[j] for j in sorted(sents)):
            m = _QUOTED_AS_SAYING.search(self.text, s.start, s.end)
            if m and not self.quoted.inside(m.start()) \
                    and (m.end() <= row["start"] and not self._verb_between(m.end(), row["start"])
                         or self._closes_with(row, m.start())):
                r = self.res.resolve(m.group("who"), m.start("who"), m.end("who"))
                return (r, m.group("who"), m.start("who"), m.end("who"), "quoted") if r else None
        return None

    def in_words_of(self, row, s_open):
        """'..., in the company's words, it is "not viable"', 'In the words of Jo Doe, "..."': the one whose words
        the phrase says they are, before the quotation in its sentence with no verb of saying between; else None."""
        for m in _IN_THE_WORDS_OF.finditer(self.text, s_open.start, row["start"]):
            who = "own" if m.group("own") else "of"
            if self.quoted.inside(m.start()) or self._verb_between(m.end(), row["start"]):
                continue
            r = self.res.resolve(m.group(who), m.start(who), m.end(who))
            return (r, m.group(who), m.start(who), m.end(who), "words") if r and _owner_fits(m.group(who), r) else None
        return None

    def _verb_between(self, lo: int, hi: int) -> bool:
        """A speech or calling verb stands between ``lo`` and ``hi``: the quotation after it is that verb's ('quoted
        Jo Doe as saying the talks were useful, but Ann Roe called them "a sham"')."""
        return any(w in _CUE_SET or w in _CALLING_FORMS for w in re.findall(r"[a-z]+", self.text[lo:hi]))

    def _closes_with(self, row, at: int) -> bool:
        """The words between the quotation's end and ``at`` are its closing attribution's opening ('," the
        statement '): a few words, no clause break ('", while state media ')."""
        gap = self.text[row["end"]:at]
        words = re.findall(r"[\w’'\-]+", gap)
        return row["end"] <= at and len(gap) < 40 and len(words) <= 3 and not any(w.lower() in _CLAUSE_BREAK for w in words)

    def from_cue(self, found):
        if not found:
            return None
        cue, ma, mb, _where = found
        mention = self.text[ma:mb]
        lead = _LEAD_PRONOUN.match(mention)
        if lead and (lead.end() < len(mention.rstrip()) or lead.group(2)):
            # "she released", "he's", "they will hold banners": the subject is the pronoun, the rest its verb
            mention, mb = lead.group(1), ma + len(lead.group(1))
        elif cue == "according to" and (obj := _OBJECT_PRONOUN_LEAD.match(mention)):
            mention, mb = obj.group(1), ma + len(obj.group(1))  # ("According to him, the lawyers would advise the
            # board "...": the one "him" stands for, not the clause after the comma)
        r = self.res.resolve(_SUBJECT_FORM.get(mention, mention), ma, mb)
        if not r:
            return None
        self.used_cues.add(ma)
        return r, mention, ma, mb, cue

    def _prev_hit(self):
        p = self.prev
        return p["_res"], p["speaker_mention"], p["speaker_start"], p["speaker_end"], p["cue"]

    def shared_sentence(self, row, s_open):
        """A second fragment in the same sentence shares the first one's speaker."""
        if self.prev is not None and self.prev["sentence_id"] == s_open.sentence_id:
            return self._prev_hit()
        return None

    def transcript_label(self, row, s_open):
        """Transcript style: '"SMITH: ..."'."""
        label = re.match(r"\s*([A-Z][A-Z.\-]+(?: [A-Z][A-Z.\-]+){0,2}):\s", row["text"])
        if not label or len(label.group(1)) <= 2:
            return None
        ma, mb = row["start"] + label.start(1), row["start"] + label.end(1)
        return (label.group(1).title(), "named", None, "person"), label.group(1), ma, mb, ":"

    def dash_line(self, row, s_open):
        """A quotation that ends its line, and a next line that is only a dash and a name, or a person's name and
        an affiliation after a comma: '"..." / - Jane Doe, in a tweet.', '"..." / Jo Doe, Centre for Policy
        Studies' (a pull quote, a list of quotations, a quotation under a picture)."""
        text, b = self.text, row["end"]
        end = text.find("\n", b)
        if row["kind"] != "full" or end < 0 or text[b + 1:end].strip(" .,\"”"):
            return None
        start = _OPT_SPACES.match(text, end).end()
        stop = text.find("\n", start)
        line = text[start:stop if stop >= 0 else len(text)]
        m = re.match(rf"\s*([-—–―]\s*)?((?:[{_UC}][\w.’'\-]*\s?){{1,5}})(?:[,.]|$)", line)
        if not m or len(line) > 120 or not m.group(1) and not (
                len(m.group(2).split()) > 1 and _is_person_name(m.group(2).strip()) and "’" not in m.group(2)
                and "'" not in m.group(2) and line[m.end(2):].startswith(",")
                and not line.rstrip().endswith((".", "!", "?")) and not any(_is_cue(w) for w in _words(line))):
            return None  # (no dash: 'Jo Doe, Centre for ...', not a sentence: 'Jo Doe, a lawyer, waved his hand.')
        ma = start + m.start(2)
        name = m.group(2).rstrip()
        mb = ma + len(name[:-1] if name.endswith(".") and not re.search(r"\b[A-Z]\.$", name) else name)
        r = self.res.resolve(self.text[ma:mb], ma, mb)
        return (r, self.text[ma:mb], ma, mb, "—") if r else None

    def continuation(self, row, s_open):
        """The previous quotation ends in this or the previous sentence, or reopens, or only its own
        attribution stands between the two."""
        prev, a, text = self.prev, row["start"], self.text
        if prev is None or row["kind"] not in ("full", "partial"):
            return None
        gap_sents = s_open.sentence_id - prev["_close_sid"]
        if row["kind"] == "partial" and not self._partial_goes_on(row, s_open, gap_sents):
            return None
        gap = text[prev["end"] + 1: a - 1]
        rest = text[prev["speaker_end"]: a - 1] if prev["end"] < prev["speaker_start"] < a else gap
        if self.new_source_between(prev, a):
            return None  # another source was introduced after the previous quotation
        if row["kind"] == "full" and (hit := self.colon_subject(row, s_open)) and hit[0][0] != prev["speaker"]:
            return None  # ('The association issued a statement: "..."': a body opens the colon's clause)
        if row["kind"] == "full" and _NOT_NAMED.search(self._colon_clause(row, s_open)):
            return None  # ('A director of a rival club, who did not want to be named, was more cautious: "..."')
        if prev["_reopened"] or gap_sents <= 1 or (len(rest.strip()) < 80 and "\n\n" not in gap) \
                or gap_sents <= CONTINUATION_GAP and self._paragraph_alone(row, s_open):
            row["note"] = (row["note"] + "; " if row["note"] else "") + "continuation of the previous quotation"
            return self._prev_hit()
        return None

    def _colon_clause(self, row, s_open) -> str:
        """The words of the quotation's sentence before it when they end in a colon, else ""."""
        pre = self.text[s_open.start:row["start"] - 1].rstrip()
        return pre if pre.endswith(":") else ""

    def _partial_goes_on(self, row, s_open, gap_sents: int) -> bool:
        """A partial quotation without a cue of its own, in the sentence right after a full quotation of the
        same paragraph ('"...," Reed said. Instead, "he just acts like a defeated man."'): the speaker goes on."""
        prev = self.prev
        return (gap_sents == 1 and prev["kind"] == "full" and prev["_res"][3] == "person"
                and self.article.sentences[prev["_close_sid"]].paragraph_id == s_open.paragraph_id
                and not self.has_cue(s_open))

    def _paragraph_alone(self, row, s_open) -> bool:
        """The quotation is its paragraph's own (no cue there) and the previous speaker a person: '"...," said Jo Doe.
        / [background] / "..."'."""
        para = self.article.paragraphs[s_open.paragraph_id]
        if self.prev["_res"][3] != "person" or self.text[:para.start].rstrip().endswith(":"):
            return False  # (a paragraph ending in a colon introduces its own speaker: see colon_subject)
        return self._own_paragraph(row, para) and not self.has_cue(s_open)

    def new_source_between(self, prev: dict, a: int) -> bool:
        """True when a person other than the previous speaker is the subject of a clause between the
        previous quotation (and its attribution) and the quotation at ``a``."""
        lo = max(prev["end"], prev["speaker_end"])
        if a - lo > 3 * _LOOKBACK:
            lo = a - 3 * _LOOKBACK
        return any(canon != prev["speaker"] and self.res._is_subject(off)
                   for off, canon, possessive in self.res.person_mentions_before(a, lo) if not possessive)

    def dash_label(self, row, s_open):
        """'Pollsters agree - Jane Doe: "..."', 'TURNOUT MATTERS - Jane Doe and Tom Reed: "..."': a person's name
        (or two joined by "and": the first) between a dash and the colon right before the quotation labels its
        speaker, ahead of a speech verb in the words before the dash; else None."""
        a, text = row["start"], self.text
        lo = max(s_open.start, a - 1 - _LOOKBACK)
        m = _DASH_LABEL.search(text, lo, a - 1)
        if m is None and self.res._in_headline(a):  # ("THE BIG INTERVIEW: Jo Doe — 'We stopped selling cherry'": a
            m = _HEADLINE_NAME_DASH.search(text, max(lo, text.rfind("\n", 0, a) + 1), a - 1)  # headline's name, a
            # dash, then the words)
        if not m or not _is_person_name(m.group(1)) or _renamed_before_dash(text[lo:m.start()]):
            return None
        after = re.split(r"[.!?\n]", text[row["end"]:row["end"] + 80].lstrip("”\"’' ,"), maxsplit=1)[0]
        if any(_is_cue(w) for w in re.findall(r"\b[a-z]+\b", after)):
            return None  # ('... - Jo Doe: "He was kind," his sister said.': the quotation's own cue)
        return self._named_person((m.start(1), m.end(1)), ":")

    def deck_label(self, row, found):
        """'Firm says demand "collapsed". Shop steward: "..."', '...; Kelby mayor: "..."' in a headline, a deck or a
        bullet of the opening summary ("- Rock lobster fisher: '...'"): a role of one to four words ending in a
        person's noun or title (or, after another word, an agent noun: "fisher"), no verb, possessive or indefinite article
        among them, that opens its sentence or a clause after a semicolon and ends in a colon right before the
        quotation, labels its speaker (resolved as a headline's words are: the holder the story names later, when
        the story writes that title with one person only), not the cue of the clause before; the quotation's own cue
        comes first ('Mayor: "...," says fire chief': a cue's mention ``found`` after the label), and a salutation
        is no label ('Dear voter:'); else None."""
        a, text = row["start"], self.text
        m = _DECK_LABEL.search(text, max(0, a - 1 - _LOOKBACK), a - 1)
        words = m.group(1).split() if m else []
        if not m or found and found[1] > m.start(1) or not self.res._in_headline_or_bullet(a) \
                or not (_person_noun_like(words[-1].lower()) or _is_title(words[-1])
                        or len(words) > 1 and _AGENT_NOUN.fullmatch(words[-1].lower())) \
                or any(_is_cue(w) or _verb_like(w) and not _person_noun_like(w) or w in _LABEL_STOPS
                       or w in _ROLE_ARTICLES - {"the"} for w in m.group(1).lower().split()):
            return None  # (a person's noun or title last: not 'Her tweet read simply: "..."'; "Mill boss:" a noun)
        if words[0].lower() in _SALUTATIONS:
            return None  # ('Dear voter: "..."': whom a letter is to)
        r = self.res.resolve(m.group(1), m.start(1), m.end(1))
        held = r and r[1] == "named" and r[0] != m.group(1) and self.res._holder_of(words[-1].lower())
        asked = r and r[1] == "named" and self.res._interview_subject(m.start(1))
        if r and r[1] == "named" and r[0] != m.group(1) and not (held and _after_titles(held[0]) == r[0]) \
                and not (asked and asked[0] == r[0]):
            r = (m.group(1), "anonymous", None, "person")  # (a name only for the one person the story
            # writes with that title: not one of two lawyers; the label itself stays: "Protester", "Chairman"; but
            # the one interviewed for an interview's label: "Q&A | Kelby Timber boss:")
        return (r, m.group(1), m.start(1), m.end(1), ":") if r and r[3] == "person" else None

    def line_label(self, row, s_open):
        """Transcript style outside the marks, a paragraph a speaker: 'Rep. Jo Doe (R-Ohio): "..."', 'Former
        secretary of state Jane Doe:"..."', 'DOE: "..."': the label that opens the quotation's paragraph and ends in
        a person's name (role words before it, no verb or preposition: not 'He wrote to Jo Doe:'; a party in
        brackets after it aside) gives the speaker, ahead of the previous speaker going on; else None.  A label in
        capitals is a surname the article gives a person ("UPDATE:" is none).  Not in the headline paragraph."""
        a, text = row["start"], self.text
        para = self.article.paragraph_at(a)
        line = max(text.rfind("\n", 0, a) + 1, para.start) if para else 0  # (a bulleted line of its paragraph)
        stamp = _ENTRY_TIME.match(text, line)  # (after a live blog's time stamp: "15:40 Jo Doe: ...")
        m = para and para.paragraph_id and row["kind"] == "full" \
            and _LINE_LABEL.fullmatch(text, stamp.end() if stamp else line, a - 1)
        if not m or any(_is_cue(w) or _verb_like(w) or w in _LABEL_STOPS
                        for w in (m.group("role") + " " + m.group("apposed").replace(",", " ")).lower().split()) \
                or any(_is_cue(w) for w in m.group("name").lower().split()):
            return None  # (nor a headline in title case: "Jo Roe Praises Editor Jo Doe: '...'")
        name = m.group("name").rstrip()
        ma, mb = m.start("name"), m.start("name") + len(name)
        if (k := self.res._layer_span_at(ma)) is not None and (span := self.res._layer_spans()[k])[2] == "person" \
                and m.start("role") <= span[0] < ma:
            ma, name = span[0], self.text[span[0]:mb]  # ("Joost de Wit, director, ...:": the whole name, its particle)
        if name.isupper():
            names = [e.name for e in entities(self.article) if (" " + e.name.upper()).endswith(" " + name) and (
                e.kind == "person" or len(e.name.split()) > 1 and _is_person_name(e.name))]
            full = next(iter(names), None)  # (or a full name the layer takes for a place: "Tom Reed replied.")
            return ((full, "named", None, "person"), name, ma, mb, ":") if full else None
        if " " not in name and _plural_common_noun(name, text):
            return (name.lower(), "anonymous", None, "group"), name, ma, mb, ":"  # ("7:31 p.m. - Preservationists:
            # '...'": people of one cause, unnamed)
        return self._named_person((ma, mb), ":") if _is_person_name(name) else None

    def interview_headline(self, row, s_open):
        """'Q&A: "We sold eggs through the lockdown"': a quotation right after an interview's label opening the
        headline, or after "Pull quote:" in an interview, is the words of the one interviewed
        (:meth:`_Resolver.interview_subject_span`); else None."""
        a, text = row["start"], self.text
        line = text.rfind("\n", 0, a) + 1
        label = _INTERVIEW_LABEL_BEFORE.fullmatch(text, line, a) or _PULL_QUOTE_LABEL.fullmatch(text, line, a)
        hit = label and self.res.interview_subject_span(a)
        return (hit[0], text[hit[1][0]:hit[1][1]], *hit[1], ":") if hit else None

    def body_line_label(self, row, s_open):
        """'The Kelby Growers' Sangh, in a note sent to this magazine: "..."': a paragraph that opens with an
        organisation's name (perhaps after "The"), perhaps a document it was said in, and a colon right before the
        quotation: that organisation speaks; else None."""
        a, text = row["start"], self.text
        para = self.article.paragraph_at(a)
        if row["kind"] != "full" or not para or not para.paragraph_id:
            return None
        lead = _THE_AT.match(text, para.start)
        at = lead.end() if lead else para.start
        spans = self.res._layer_spans()
        k = bisect.bisect_left(spans, (at,))
        end = next((sb for sa, sb, kind in spans[k:k + 3] if sa == at and kind == "organisation"), None)
        if end is None or not _BODY_LABEL_GAP.fullmatch(text, end, a - 1):
            return None
        hit = self.res.resolve(text[at:end], at, end)
        return (hit, text[at:end], at, end, ":") if hit and hit[1] == "named" and hit[3] == "group" else None

    def headline_credit(self, row, s_open):
        """A headline's quotation credited after it by a colon, a dash or a space and a person's name, a title, role
        or place of three words at most before it ("'Batik cannot be forced': Datin Jo Doe on 48 years of wax", "'We
        will fight on' – Jo Doe", "'...' Kelby grower Jo Doe"): that person; else None."""
        if row["kind"] not in ("full", "partial") or not self.res._in_headline(row["start"]):
            return None
        credit = _CREDIT_AFTER.match(self.text, row["end"]) or _CREDIT_BY_SPACE.match(self.text, row["end"])
        if credit is None:
            return None
        run = _CAP_RUN.match(self.text, credit.end())
        if run and _is_person_name(run.group()) and _LINE_END.match(self.text, run.end()):
            return self._named_person(run.span(), ":")  # ("'...': Jo Doe" ending the headline: a name the mention
            # layer leaves to the story below)
        nxt = next(iter(self.res.people_between(credit.end(), len(self.text))), None)
        gap = _TITLE_WORDS_GAP.fullmatch(self.text, credit.end(), nxt[0]) if nxt else None
        if gap is None or any(_is_cue(w) or _verb_like(w) for w in gap.group().lower().split()):
            return None
        return self._named_person(nxt, ":")

    def interview_answer(self, row, s_open):
        """A Q&A whose answers are quoted: 'Q&A: Jo Doe, managing director, Acme / Why sell now? / "Labour, mostly."':
        a quotation that is its paragraph's own, right after a paragraph that is a question and nothing else, is the
        interviewee's, the person named on the last line before it that opens with "Q&A" or "Interview"; else None."""
        para = self.article.paragraph_at(row["start"])
        if row["kind"] != "full" or not para or not para.paragraph_id or not self._own_paragraph(row, para) \
                or self.has_cue(s_open):
            return None
        asked = self.article.paragraphs[para.paragraph_id - 1]
        question = self.text[asked.start:asked.end].strip()
        if not question.endswith("?") or question[:1] in _OPENING_MARKS or len(question.split()) > CROSSHEAD_MAX_WORDS:
            return None
        heads = list(_INTERVIEW_LINE.finditer(self.text, 0, asked.start))
        if not heads:
            return None
        lo, hi = heads[-1].span()
        hit = next((hit for span in self.res.people_between(lo, hi) if (hit := self._named_person(span, "Q&A"))), None)
        run = _CAP_RUN.search(self.text, heads[-1].end(1), hi)  # (or a name the line alone gives: "Q&A: Jo Doe, ...")
        return hit or (run and _is_person_name(run.group()) and self._named_person(run.span(), "Q&A")) or None

    def _own_paragraph(self, row, para) -> bool:
        """Nothing but the quotation (its marks, a closing stop) stands in its paragraph."""
        return not self.text[para.start:row["start"]].strip(" \t“\"‘'") \
            and not self.text[row["end"]:para.end].strip(" \t”\"’'.,")

    def crowd_crier(self, row, s_open):
        """'Outside, about 200 protesters gathered in three clusters, holding signs and chanting "..."', '... the
        hotel, where about 50 protesters had gathered, chanting "..."': words cried out in a participle after a
        comma (or in a chain of participles a comma opens) belong to the subject of the clause the participle
        closes, when that clause is a "where"/"which" clause or its subject a description (a crowd, not a name:
        the usual reading finds a named subject); else None."""
        a, text = row["start"], self.text
        m = _CRYING.search(text, max(s_open.start, a - 31), a - 1)
        if row["kind"] != "full" or not m:
            return None
        toks = [t for t in self.toks_of(s_open) if t[1] < m.start()]
        c = next((x for x in range(len(toks) - 1, -1, -1) if toks[x][0] == ","), None)
        if c is None or c + 1 < len(toks) and not toks[c + 1][0].endswith("ing"):
            return None  # ("Jane Doe met protesters chanting ...": the protesters, the reading of the cue)
        rel = next((x for x in range(c - 1, -1, -1) if toks[x][0] in ("where", "which")), None)
        i = rel + 1 if rel is not None else _clause_start(toks)
        v = next((x for x in range(i + 1, c) if toks[x][0] in _FINITE
                  or toks[x][0].islower() and toks[x][0].endswith("ed")), None)  # (its verb: "had", "gathered")
        if v is None or rel is None and not (toks[i][0].islower() or toks[i][0][:1].isdigit()) \
                or any(t[0] == "," for t in toks[i:c]) or not _GATHERING & {t[0] for t in toks[v:v + 2]}:
            return None  # (a clause of scene: '..., where the minister was staying, chanting', '..., which was
            # guarded by police, about 300 people gathered, chanting': the usual reading)
        mention = text[toks[i][1]:toks[v - 1][2]]
        r = self.res.resolve(mention, toks[i][1], toks[v - 1][2])
        return (r, mention, toks[i][1], toks[v - 1][2], m.group(1)) if r and r[1] != "document" else None

    def colon_subject(self, row, s_open):
        """'Jane Doe has a new message: "..."': the person who opens the clause before the colon; the one named after
        "read a statement from" before it ("Its secretary, Jo Doe, read a tribute from the society:")."""
        a, text = row["start"], self.text
        if row["kind"] == "full" and s_open.sentence_id and not text[s_open.start:a - 1].strip() \
                and self.article.sentences[s_open.sentence_id - 1].text.rstrip().endswith(":"):
            s_open = self.article.sentences[s_open.sentence_id - 1]  # ("Jo Doe wrote to me last night:", then the
            # quotation in a paragraph of its own)
            if any(s_open.start <= x < s_open.end and not _naming_label(text, x, y) for x, y in self.quoted):
                return None  # (a quotation there of its own; a name given after a naming cue is none: "Its
                # secretary, Jo Doe, known in town as “Bhudi”, went further:")
        elif row["kind"] != "full" or not text[max(s_open.start, a - 1 - _LOOKBACK):a - 1].rstrip().endswith(":"):
            return None
        lo = max(s_open.start, a - 1 - _LOOKBACK)
        pre = text[lo:a - 1].rstrip()[:-1].rstrip()
        label = re.search(r"(?:^|[-—–:.]\s|\bHere[’']s\s)(?!Here[’']s)((?:[A-Z][\w’'\-.]*\s?){1,5})(?:\s+in\s+[A-Z][a-z]+\s+\d{4})?$", pre)
        if label and _is_person_name(label.group(1).strip()):
            # 'Analysis - Jane Doe: "..."', 'Here's Doe in May 2012: "..."': a name standing as the label
            name = label.group(1).strip()
            hit = self._named_person((lo + label.start(1), lo + label.start(1) + len(name)), ":")
            if hit:
                return hit
        toks = self.toks_of(s_open)
        if line := self.res._entry_heading_before(s_open.start, min(a, s_open.end)):
            toks = _tokens(text[line:s_open.end], line)  # (a live blog's entry heading run into the sentence: the
            # clause opens its own line, "8:45am — Depot manager: ...\nThe manager, Jo Doe, ... saying only: ")
        elif answer := _ANSWER_OPENS.match(text, s_open.start):
            toks = _tokens(text[answer.end():s_open.end], answer.end())  # ("A: My grandfather, Jo Doe, had one
            # rule:": an interview's answer, its label no subject)
        if (read := _READ_FROM.search(text, s_open.start, a - 1)) and (r := self._read_from(read, s_open)):
            return r, read.group("who"), read.start("who"), read.end("who"), "read"
        sub = _clause_subject(text, toks) or _clause_subject(text, toks, True)
        if not sub or sub[1] >= a:
            return None
        return self._named_person(sub, ":") or self._named_org(sub, a) or self._newcomer_subject(sub)  # (or "Its
        # founder, Jo Doe, wrote:")

    def _read_from(self, read: re.Match, sent):
        """The named source of a statement read or handed in (:data:`_READ_FROM`): "Its secretary read a tribute
        from the society to the mourners:" the society; "Jo Doe, president of the Kelby Teachers Association, read a
        statement from the teachers' union:" the one body named before it in the sentence, by that noun or its kin
        (table body_nouns); else None."""
        who, noun = read.group("who"), read.group("who").split()[-1]
        named = {name for _, name in self.res._orgs_between(sent.start, read.start())} if who[:1].islower() else ()
        one = next(iter(named)) if len(named) == 1 else None
        if one and not {noun, *_BODY_NOUNS.get(noun, ())} & set(one.lower().split()):
            one = None  # (a body of that noun or its kin only: not "from the family", nor the reader's firm, "Jo Doe,
            # a director of Kelby Holdings Ltd, read a statement from the council:")
        r = (one, "named", None, "group") if one else self.res.resolve(who, read.start("who"), read.end("who"))
        return r if r and r[1] == "named" else None

    def _named_org(self, sub, a: int):
        """'The Kelby Board of Elections was clear in its findings: "..."': an organisation the mention layer names,
        written as the clause's subject, before the colon, with no speech verb between (not 'The Kelby Times made
        the claim, and Acme Corp responded:') and outside quotation marks; else None."""
        end = next((sb for e in entities(self.article) if e.kind == "organisation" for sa, sb in e.spans
                    if sa == sub[0] and sb > sub[1]), None)
        sub = (sub[0], end) if end else sub  # (the layer's whole name: "Mersey & Weaver Chemicals Ltd" after "Mersey")
        described = _BODY_DESCRIPTION.fullmatch(self.text, sub[0], sub[1]) is not None  # ("The association issued
        # a statement:": the body the resolver takes "the association" for)
        if not (self.text[sub[0]:sub[0] + 1].isupper() or described) or self.quoted.inside(sub[0]) \
                or self.res._layer_kind(sub[0], sub[1]) != ("organisation" if not described else None) \
                or any(_is_cue(w) for w in re.findall(r"\b[a-z]+\b", self.text[sub[1]:a])) \
                or not _ORG_COLON_GAP.fullmatch(self.text, sub[1], self.text.rindex(":", sub[1], a)):
            return None
        r = self.res.resolve(self.text[sub[0]:sub[1]], sub[0], sub[1])
        return (r, self.text[sub[0]:sub[1]], sub[0], sub[1], ":") if r and r[1] == "named" and r[3] != "person" \
            else None

    def _newcomer_subject(self, sub):
        """'One old hand at the pens, who has not missed a show since 1932, summed it up:': someone unnamed brought in
        by "a", "an" or "one" as the clause's subject, anonymous; else None."""
        mention = self.text[sub[0]:sub[1]]
        r = self.res.resolve(mention, *sub) if _NEWCOMER_OPENER.match(mention) else None
        return (r, mention, sub[0], sub[1], ":") if r and r[1] == "anonymous" and r[3] == "person" else None

    def _named_person(self, sub, cue):
        mention = self.text[sub[0]:sub[1]]
        r = self.res.resolve(mention, sub[0], sub[1])
        if r and r[1] == "named" and r[3] == "person" and not (
                " " not in mention.strip() and r[0] not in self.res.sources
                and mention.strip().lower() not in _PRONOUNS and self.res._layer_kind(sub[0], sub[1]) != "person"):
            # ("Getty." / "...": a lone word the mention layer reads as no person (a firm, a credit, nothing), never
            # met as a speaker, is no person introducing the next quotation)
            return r, mention, sub[0], sub[1], cue
        return None

    def previous_sentence(self, row, s_open):
        """A speaker introduced in the previous sentence: by a reported claim ("X argued that ..."),
        or as the person the sentence opens with, when the quotation opens its own sentence."""
        a, text = row["start"], self.text
        if row["kind"] != "full" or s_open.sentence_id == 0:
            return None
        ps = self.article.sentences[s_open.sentence_id - 1]
        if self._speech_inside(ps):
            return None
        pt = self.toks_of(ps)
        opens = not text[max(s_open.start, a - 1 - _LOOKBACK):a - 1].strip()
        # any speech verb will do before a colon, or before a quotation that opens its own paragraph
        # ... or after a sentence that ends on its cue ('Doe agreed. "..."')
        ends_cue = len(pt) >= 2 and pt[-1][0] == "." and _is_cue(pt[-2][0]) and pt[-2][0].islower()
        loose = ps.text.rstrip().endswith(":") or (opens and ps.paragraph_id != s_open.paragraph_id) or ends_cue
        for k in self.cues_of(ps, not loose):
            sub = _inverted_mention(text, pt, k, ps.end) or _subject_before(pt, k)
            if sub:
                mention = text[sub[0]:sub[1]]
                r = self.res.resolve(mention, sub[0], sub[1])
                if r and r[1] != "document":
                    row["note"] = "speaker introduced in the previous sentence"
                    return r, mention, sub[0], sub[1], pt[k][0]
                break
        # a quotation that is a paragraph of its own, with no cue, after a paragraph that ends on a named person's
        # sentence: "Doe is upbeat about the race. / "We will win.""
        alone = opens and ps.paragraph_id == s_open.paragraph_id - 1 and not self.has_cue(s_open)
        if opens and (ps.paragraph_id == s_open.paragraph_id or ps.text.rstrip().endswith(":") or alone):
            # '"Jane Doe, the mayor, visited the site. "It was awful."'
            sub = _clause_subject(text, pt)
            hit = self._named_person(sub, None) if sub else None
            if hit:
                row["note"] = "speaker is the subject of the previous sentence"
            return hit
        return None

    def _speech_inside(self, sent) -> bool:
        """A quotation opens inside ``sent`` that is no label a naming cue brings in ('known on the pier as "Mickey
        the Bridge"': a nickname, no speech)."""
        at = self.quoted.next_start_after(sent.start - 1, sent.end)
        while at < sent.end:
            if not _NAMING.search(self.text[max(sent.start, at - 1 - _NAMING_REACH):max(sent.start, at - 1)]):
                return True
            at = self.quoted.next_start_after(at, sent.end)
        return False

    def bullet_intro(self, row, s_open):
        """'Here is what Acme Ltd told the market:' over bulleted lines ("• Profit will be "well below"
        forecasts"): a quotation in a bulleted line gives the words of the speaker of the colon line that opens the
        list; else None."""
        paras, pid = self.article.paragraphs, s_open.paragraph_id
        if not _BULLET.match(self.text, paras[pid].start):
            return None
        while pid > 0 and _BULLET.match(self.text, paras[pid - 1].start):
            pid -= 1
        intro = paras[pid - 1] if pid else None
        if intro is None or not self.text[intro.start:intro.end].rstrip().endswith(":"):
            return None
        sent = _sentence_for(self.article, intro.end - 1)
        toks = self.toks_of(sent)
        for k in self.cues_of(sent, False):
            sub = _subject_before(toks, k)
            what = sub and re.search(r"\bwhat\s+", self.text[sub[0]:sub[1]])
            sub = (sub[0] + what.end(), sub[1]) if what else sub  # ("Here is what Acme told the market:")
            r = self.res.resolve(self.text[sub[0]:sub[1]], sub[0], sub[1]) if sub else None
            if r and r[1] != "named" and (org := self.res.org_named_at(sub[0])):
                r = org, "named", r[2], "group"  # ("Acme & Co plc, the builders' merchant,": the firm)
            if r and r[1] == "named":
                row["note"] = "speaker introduces the bulleted list"
                return r, self.text[sub[0]:sub[1]], sub[0], sub[1], toks[k][0]
        return None

    def owner(self, row, s_open, clause: bool = False):
        """'Ann Lee's response was: "..."', 'In Forbes' words, "..."', 'In the words of Jo Doe, "..."': the
        possessor of a speech noun (``speech_nouns``) just before the quotation, in its sentence; so the name after
        'a reply from' before a colon ('That drew a pointed reply from Jo Doe, ..., on Threads: "..."').  With
        ``clause``, only a whole clause before a colon that a possessed speech noun opens ("The co-op's statement on
        his death put it simply:"; tried before a cue's own subject, "his death")."""
        a, text = row["start"], self.text
        lo = max(s_open.start, a - 1 - _NAMING_REACH)
        m = _OWNED_THEN_COPULA.match(text, text.rfind("\n", s_open.start, a - 1) + 1 or s_open.start, a - 1) \
            if clause else _OWNED_WORDS.search(text, lo, a - 1) or _WORDS_OF.search(text, lo, a - 1) \
            or _noun_from(text, s_open.start, a - 1)
        # (from the clause's own line: a live blog's label may open the sentence, "PINNED\nJo Doe's advice ...")
        if not m:
            return None
        ma, mb = m.span("who") if m.group("who") else m.span("who2")
        if text[ma:mb].lower() in _POSSESSIVE_PRONOUNS:  # "Her tweet read simply:": the pronoun's person
            r = self.res.resolve(_POSSESSIVE_PRONOUNS[text[ma:mb].lower()], ma, mb)
            return (r, text[ma:mb], ma, mb, m.group("noun")) if r else None
        first = text[ma:mb].split()[0]
        if first.lower() in _INTRO and ma + len(first) < mb:  # "In Forbes' words": the name after "In"
            ma = ma + len(first) + len(text[ma + len(first):mb]) - len(text[ma + len(first):mb].lstrip())
        r = self.res.resolve(text[ma:mb], ma, mb)
        return (r, text[ma:mb], ma, mb, m.group("noun")) if r else None

    def passive_agent(self, row, s_open):
        """'The offer was dismissed as "too little" by Jo Doe, ...', 'was described by Jo Doe as "a gamble"': a
        partial quotation after a passive naming verb is the words of its agent, when the agent is a named person
        or body (not 'by some growers', 'by others': no one named; not an office after "the", 'by the Director of
        Public Prosecutions': :func:`_office_after_the`); also a second quotation coordinated with such a first
        one and its agent ('by Jo Doe and "inspired" by Tom Reed'); else None."""
        if row["kind"] != "partial":
            return None
        a, text = row["start"], self.text
        lo = max(s_open.start, a - 1 - _NAMING_REACH)
        called = _CALLED.search(text, lo, a - 1)  # (passive, as in :func:`_named_passively`)
        called = called if called and _PASSIVE_BEFORE.search(text, lo, called.start()) else None
        # (or a second quotation: 'by Jo Doe and "inspired" by Tom Reed')
        if not (called or _COORDINATED_AGENT.search(text, lo, a - 1)) or _capital_after_first_word(row["text"]):
            return None  # (not a name the agent gives: 'was called "the Big Arch" by Victorians')
        # its agent after the naming verb (not one before it: 'built by Jo Doe and was called'), else after the
        # quotation
        m = called and _AGENT_BEFORE.search(text, called.start(), a - 1) or _AGENT_AFTER.match(text, row["end"])
        if not m or self.quoted.inside(m.start("who")):
            return None
        r = self.res.resolve(m.group("who"), m.start("who"), m.end("who"))
        if not r or r[1] != "named" or _office_after_the(m, r):
            return None
        row["note"] = (row["note"] + "; " if row["note"] else "") + "speaker is the agent of the passive naming verb"
        return r, m.group("who"), m.start("who"), m.end("who"), "called"

    def caller(self, row, s_open):
        """'Japan branded North Korea an "outlaw nation"': a partial quotation right after a naming verb of
        ``calling_verbs`` is the words of that verb's subject (a country or body as well as a person)."""
        a, text = row["start"], self.text
        lo = max(s_open.start, a - 1 - _NAMING_REACH)
        called = row["kind"] == "partial" and _CALLED.search(text, lo, a - 1)
        if not called or _named_passively(text, lo, a - 1) \
                or _PERCEIVED_OBJECT_BEFORE.search(text, max(lo, called.start() - 40), called.start()):
            return None  # (a passive: 'Doe was described by colleagues as "a maverick"', no caller named; so 'I once
            # heard the riverside described at a meeting as "..."': the object heard, someone unnamed calling it)
        toks = self.toks_of(s_open)
        k = bisect.bisect_left(toks, called.start(), key=_start)
        sub = _subject_before(toks, k) if k < len(toks) and toks[k][1] == called.start() else None
        shared = 0 < k < len(toks) and toks[k][0].lower().endswith("ing") and toks[k - 1][0] in (",", "and") \
            and _shared_subject(text, toks, k)  # 'Kelby Ratings cut the outlook, citing the firm's "..."'
        sub = shared[1:3] if shared else sub
        issuer = None if shared else _issuer_of_noun_before(toks, k)
        if issuer:
            sub = next(((sa, sb) for e in entities(self.article) if e.kind == "organisation" for sa, sb in e.spans
                        if sa <= issuer[0] < sb), issuer)  # ('The Kelby Forum for a Fair City has issued a statement
            # calling the budget "..."': the issuer's words, the mention layer's whole name)
        # 'in what Ann Royce, a party treasurer, called "hand-to-hand combat"': the relative pronoun is the
        # object, and a name or a pronoun the subject (not 'what executives call the "war room"': a label)
        relative = None if called.group(1).strip() else _RELATIVE_SUBJECT.search(text, lo, called.start())
        if relative:
            sub = relative.span("who")
        leader = _BODY_LEADER.search(text, lo, len(text[:called.start()].rstrip()))
        if leader and not shared:  # 'a slump its chief executive described as "..."': the leader, not the slump
            sub, relative = leader.span(), leader
        said_by = text[sub[0]:sub[1]] if sub else ""
        cut = said_by.find(", who ")  # ("A trader in Lethem, who did not wish to be named, described": the words
        # before the relative clause that keeps the name back)
        words = _appositive_name_words(said_by[:cut] if cut > 0 and _NOT_NAMED.search(said_by, cut) else said_by)
        verb = called.group().split()[0].lower()
        present = verb.endswith("s") and _open_line(text, row["end"])  # ('rail operator blames "wagon crisis"' in a
        # headline: a finite verb, its object quoted)
        judged = verb not in _NAMING_VERBS and verb not in _LABEL_VERBS  # ('Doe blamed "delayed certificates"':
        # a verb of judging takes the quoted words as its object; a naming verb right before them is a participle,
        # 'the candidate labeled "..."')
        if not (called.group(1).strip() or relative or shared or present or judged) or not shared and not issuer and (
                not (1 <= len(words) <= 5 or _body_name_words(words)) or any(
                w.islower() and _verb_like(w) and words[k - 1].lower() not in _VAGUE | _NUMBER_WORDS
                for k, w in enumerate(words[1:], 1))):
            return None  # no object ('the candidate labeled "..."': a participle), or a clause, not a subject
            # (a participle's clause subject, read whole by _shared_subject, may be longer; a plural noun after a
            # quantifier is none: "Some farmers at Kelby have described ... as")
        r = self.res.resolve(text[sub[0]:sub[1]], sub[0], sub[1])
        if not r:
            return None
        row["note"] = (row["note"] + "; " if row["note"] else "") + "speaker is the subject of the naming verb"
        return r, text[sub[0]:sub[1]], sub[0], sub[1], called.group().split()[0]

    def sentence_subject(self, row, s_open):
        """A partial quotation with no cue of its own inside the reporter's sentence: the person (or a
        source already met) that opens the sentence is the one quoted ('Doe supports "fair pay" and
        opposes "freezes"', 'On Monday, she vowed to "fight on"')."""
        lo = max(s_open.start, row["start"] - 1 - _NAMING_REACH)
        called = _CALLED.search(self.text, lo, row["start"] - 1)
        if row["kind"] != "partial" or _named_passively(self.text, lo, row["start"] - 1) \
                or called and _ANY_AGENT_AFTER.match(self.text, row["end"]) \
                or called and _PERCEIVED_OBJECT_BEFORE.search(self.text, max(lo, called.start() - 40), called.start()):
            return None  # ('Doe has been described in profiles as "ruthless"': the subject is described, no caller;
            # 'Acme scrapped the board, a move branded "a slap" by fans': the agent's words, not the subject's; 'I
            # heard the riverside described as "..."': someone unnamed calling it)
        sub = _clause_subject(self.text, self.toks_of(s_open))
        if not sub or sub[1] > row["start"]:
            return None
        mention = self.text[sub[0]:sub[1]]
        r = self.res.resolve(mention, sub[0], sub[1])
        known = r and (r[0] in self.res.sources or r[1] == "named" and len(r[0].split()) >= 2
                       and (r[3] == "person" or len(mention.split()) >= 2 and self.res.org_named_at(sub[0]) == r[0]
                            and not self.res._in_headline(sub[0]) and self._says_before(sub[1], row["start"])))
        if not r or not (mention.lower() in _PRONOUNS or known):
            return None  # "Instead, ...", "Despite ...": a capitalised word is no source unless met or a full name
            # (a person's or an organisation's full name: 'In a statement, Acme Plc attributed the rise to "..."')
        row["note"] = (row["note"] + "; " if row["note"] else "") + "speaker is the subject of the sentence"
        return r, mention, sub[0], sub[1], None

    def _says_before(self, a: int, b: int) -> bool:
        """A verb of saying, stance or attributing between an organisation subject ending at ``a`` and its partial
        quotation at ``b`` ('Acme Plc attributed the rise to "..."'; not 'Acme Ltd. won the prize for "..."')."""
        return any(w in _ORG_SAYING_FORMS for w in re.findall(r"[a-z]+", self.text[a:b]))


#: A closing attribution ("..., several of the people say.") may end with a short adverbial ("..., officials
#: said on Monday.") of at most this many tokens, opened by one of these words (``closing_adverbials``).
_CLOSING_TAIL = 5
_CLOSING_ADVERBIALS = set(_W["closing_adverbials"])


def _closing_comma(toks, claim) -> int | None:
    """Where the comma opening ``claim``'s attribution is, when that attribution closes its sentence.

    "..., several of the people say.", "..., said Jane Doe.", "..., according to two officials.": the
    source and its cue come after a comma and nothing but punctuation or a short adverbial ("on
    Monday") follows them.  None for any other claim.
    """
    ma, mb, cue, _kind = claim
    word = "according" if cue == "according to" else cue
    km = bisect.bisect_left(toks, ma, key=_start)
    kc = next((k for k in range(max(km - 4, 0), min(km + 12, len(toks))) if toks[k][0] == word), None)
    if kc is None:
        return None
    lo = min(km, kc)
    if lo == 0 or toks[lo - 1][0] != ",":
        return None
    after = kc + 1 if kc > km else bisect.bisect_left(toks, mb, key=_start)
    near = toks[after:after + _CLOSING_TAIL + 3]  # read no further: the sentence may be a whole text
    tail = [t[0] for t in near if t[0] not in (".", "!", "?")]
    short = after + len(near) == len(toks) and len(tail) <= _CLOSING_TAIL
    if tail and not (tail[0] == "," or tail[0].lower() in _CLOSING_ADVERBIALS and short):
        return None
    return toks[lo - 1][1]


def _relayed(toks, found: list) -> list:
    """Drop the claims that a closing attribution relays.

    In "Wang has told associates he is unhappy, several of the people say" the reporter's source is the
    people: Wang's words reach the reader only through them, so the sentence carries one claim, theirs,
    not two.  ``found`` holds the (mention start, end, cue, kind) of one sentence's attributions;
    refusals ("declined to comment") always stay.
    """
    claims = [f for f in found if f[3] == "claim"]
    if len(claims) < 2:
        return found
    closing = [(c, f) for f in claims if (c := _closing_comma(toks, f)) is not None]
    if len(closing) != 1:
        return found
    comma, keep = closing[0]
    return [f for f in found if f[3] != "claim" or f is keep or f[0] > comma]


def _claims(article: Article, res: _Resolver, span_set, used_cues, toks_of):
    """Unquoted attributions, in reading order: cue verbs with a subject that attribute no quotation
    (``kind`` claim), vague-quantifier subjects of a stance verb (claim), and sources that declined
    to comment (``kind`` declined)."""
    out = []
    declines = _decline_finder(article.text)
    for sent in article.sentences:
        claims = not _CLAIM_WORDS.isdisjoint(map(str.lower, _WORD_RUN.findall(sent.text)))
        may_decline = declines is not None and declines(sent)
        if not claims and not may_decline:
            continue  # no word that opens a claim, no phrase of declining: the sentence is not tokenised
        toks = toks_of(sent)
        found = []
        if claims:
            low = [t[0].lower() for t in toks]
            for k in _cue_tokens(toks, strict=True, low=low):
                hit = _cue_claim(article.text, toks, k, sent, res.quoted, used_cues)
                if hit:
                    found.append((*hit, "claim"))
            found += [(*h, "claim") for h in _vague_claims(toks, res.quoted, low)]
        if may_decline:
            found += [(*h, "declined") for h in _declined(article.text, toks, sent)]
        seen = set()
        # one subject, two cues ("Jo Doe, announcing the deal, said ..."): the finite verb's claim, not the participle's
        for ma, mb, cue, kind in sorted(_relayed(toks, found), key=lambda f: (f[0], f[2].endswith("ing"), f[1:])):
            if (ma, kind) in seen:
                continue
            seen.add((ma, kind))
            row = _claim_row(article.text, res, sent, ma, mb, cue, kind)
            if row:
                out.append(row)
    return out


# The words with which _cue_claim and _vague_claims find a claim (cue verbs of claiming, "according", vague
# quantifiers), also with a full stop after them (a word token that ends a sentence).
_CLAIM_WORDS = frozenset(w + stop for w in _STRICT_CUE_SET | _VAGUE | {"according"} for stop in ("", "."))


def _decline_finder(text: str):
    """Whether a phrase of _DECLINED may stand in a sentence of ``text``, as a function of the sentence, or None
    when none stands anywhere in the text.  When lower-casing keeps every case-insensitive match
    (:func:`_foldable`), the phrases are searched in the lower-cased text (faster than _DECLINED): one search
    of the whole text, then one of each sentence when it has one; otherwise every sentence may."""
    if not _foldable(text):
        return lambda sent: True  # (rare: every sentence is searched with _DECLINED)
    low = _lowered(text)
    if _DECLINED_PHRASES.search(low) is None:
        return None
    return lambda sent: _DECLINED_PHRASES.search(low, sent.start, sent.end) is not None


def _cue_claim(text: str, toks, k, sent, quoted, used_cues):
    """(mention start, end, cue) of the claim made with the cue token ``k``, or None."""
    t = toks[k]
    if quoted.inside(t[1]):
        return None
    if t[0].lower() == "according":
        m = _mention_after(toks, k + 1, sent.end)
        cue = "according to"
    elif k > 1 and toks[k - 1][0] == "," and t[0].endswith("ing"):
        # "The minister spoke on Monday, announcing that ...": the participle's subject is the clause's
        m = _clause_subject(text, toks[:k - 1], descriptions=True)
        cue = t[0]
    else:
        m = _subject_before(toks, k)
        cue = t[0]
        if m and cue.endswith("ing") and _after_preposition(toks, m[0]):
            # "yelling at people on their way into the polls saying ...": the clause's subject, as for quotations
            m = _clause_subject(text, toks[:k], descriptions=True)
    if not m or m[0] in used_cues or quoted.inside(m[0]):
        return None
    return m[0], m[1], cue


_CLAUSE_OPENERS = {",", ";", ":", "—", "–", "and", "but", "while", "although", "though", "whereas", "yet", "as"}


def _vague_claims(toks, quoted, low):
    """Unquoted claims of a vague-quantifier subject: "some insiders have welcomed", "others cited".

    The quantifier opens a clause; up to three words name the group; then
    auxiliaries; then a stance verb (``stance_lemmas`` in the word tables).
    """
    out = []
    for k in [k for k, w in enumerate(low) if w in _VAGUE]:  # (few tokens are quantifiers; ``low``: the words in lower case)
        t = toks[k]
        if quoted.inside(t[1]):
            continue
        if k > 0 and toks[k - 1][0].lower() not in _CLAUSE_OPENERS:
            continue
        end = k
        j = k + 1
        while j < len(toks) and j <= k + 3 and toks[j][0].isalpha() and toks[j][0].lower() not in _AUX \
                and toks[j][0].lower() not in _STANCE_FORMS and toks[j][0].lower() not in _CLAUSE_BREAK:
            end = j
            j += 1
        while j < len(toks) and (toks[j][0].lower() in _AUX or _NEGATED.fullmatch(toks[j][0].lower())):
            j += 1
        if j < len(toks) and toks[j][0].lower() in _STANCE_FORMS and toks[j][0].islower():
            out.append((t[1], toks[end][2], toks[j][0]))
    return out


def _declined(text: str, toks, sent):
    """(mention start, end, phrase) of each source that declines to comment in the sentence."""
    out = []
    for m in _DECLINED.finditer(text, sent.start, sent.end):
        k = bisect.bisect_left(toks, m.start(), key=_start)
        if k >= len(toks) or k == 0:
            continue
        if toks[k - 1][0].lower() in ("who", "which") and k >= 2 and toks[k - 2][0] == ",":
            k -= 2  # "The company, which declined to comment, ...": the noun before the relative clause
        sub = _subject_before(toks, k)
        if sub:
            out.append((sub[0], sub[1], m.group()))
    return out


def _claim_row(text: str, res: _Resolver, sent, ma: int, mb: int, cue: str, kind: str):
    mention = text[ma:mb]
    if not re.search(r"[A-Za-z]", mention) or mention.strip().lower() in ("it", "this", "that", "which", "there", "what"):
        return None
    r = res.resolve(mention, ma, mb)
    if not r:
        return None
    canon, stype, role, skind = r
    res.add(canon, stype, role, skind, ma)
    return dict(start=sent.start, end=sent.end, text=sent.text, speaker=canon, speaker_mention=mention,
                speaker_start=ma, speaker_end=mb, source_type=stype, role=role, cue=cue, kind=kind,
                sentence_id=sent.sentence_id, paragraph_id=sent.paragraph_id)


def _analysed(article, company):
    check_article(article)
    if company is not None and not isinstance(company, str):
        raise ArticleError(f"company must be a name (str), got {type(company).__name__}")
    return _analyse(article, company)


@lru_cache(maxsize=16)
def _analyse(article: Article, company: str | None):
    rows, claims, res = _scan(article, company)
    text = article.text
    comp = res.company
    persons = [s.name for s in res.sources.values() if s.kind == "person" and s.source_type == "named"]
    leaders = _leaders(text, comp, persons)
    affil = {name: _affiliation(s, text, comp, leaders) for name, s in res.sources.items()}
    quotes = []
    spans = _Spans([(r["start"], r["end"]) for r in rows if r["kind"] != "term" and not r.get("_within_reported")
                    and not r.get("_inner")])
    targets = sorted(_subject_spans(article, company))
    minor = _minor_coordinated(rows, text) | _minor_in_clause(rows, text)
    for i, r in enumerate(rows, 1):
        spk = r["speaker"]
        src = res.sources.get(spk) if spk else None
        tone = score_text(r["text"])
        near = targets[bisect.bisect_left(targets, (r["start"] - SENTENCE_REACH,)):
                       bisect.bisect_right(targets, (r["end"], len(text)))]  # (those the quotation or the one before
        # it may hold: not every span for every quotation, quadratic in a long text)
        stance = quote_stance(text, r["start"], r["end"], targets=near, evidence=False)  # (evidence: no column)
        quotes.append(Quote(
            quote_id=f"Q{i:02d}", start=r["start"], end=r["end"], text=r["text"], kind=r["kind"],
            direct=i - 1 not in minor and not r.get("_inner") and _is_direct(article, r, spans), speaker=spk,
            speaker_mention=r["speaker_mention"], speaker_start=r["speaker_start"], speaker_end=r["speaker_end"],
            source_type=r["source_type"], role=src.role if src else None, affiliation=affil.get(spk) if spk else None,
            side=side_of(affil.get(spk), src.source_type if src else r["source_type"]) if spk else None,
            cue=r["cue"], sentence_id=r["sentence_id"], paragraph_id=r["paragraph_id"], compound=tone["compound"],
            pos=tone["pos"], neu=tone["neu"], neg=tone["neg"], label=tone["label"],
            stance=stance["label"], stance_proba=float(stance["proba"][stance["label"]]),
            stance_score=float(stance["proba"]["positive"] - stance["proba"]["negative"]), note=r["note"]))
    claim_rows = []
    for i, c in enumerate(claims, 1):
        src = res.sources.get(c["speaker"])
        claim_rows.append({"claim_id": f"C{i:02d}", **c, "role": src.role if src else c["role"],
                           "source_type": src.source_type if src else c["source_type"],
                           "affiliation": affil.get(c["speaker"]),
                           "side": side_of(affil.get(c["speaker"]), src.source_type if src else c["source_type"])})
    return tuple(quotes), tuple(tuple(r[c] for c in CLAIM_COLUMNS) for r in claim_rows), res, affil


def _subject_spans(article: Article, company: str | None) -> list[tuple[int, int]]:
    """Where the story's subject is mentioned: ``company`` when given, else the mention layer's subject."""
    if company is not None:
        return name_spans(article.text, [company])
    subject = story_subject(article)
    if subject is None:
        return []
    # the subject's rows of find_mentions (reading order), read from the mention layer without building its table
    return sorted((a, b) for e in entities(article) if e.name == subject[0] for a, b in e.spans)


def _letters(s: str) -> int:
    return sum(ch.isalpha() for ch in s)


#: A quotation is direct when its quoted letters are more than this share of its attributed content, as
#: PolNeAR's rule has it ("most of" the clause).  The content read here (``_content_bounds``: from the verb or "that" to a stop word or
#: the sentence end) is an estimate; 0.55 would calibrate it a little on PolNeAR (train F1 0.917 -> 0.918, dev
#: 0.926 -> 0.928) but would call 'said the figures were "smoke and mirrors"' (52% quoted) indirect, so the
#: definition is kept.
DIRECT_SHARE = 0.5
#: A partial quotation of this many words or more is direct, tuned on PolNeAR train (66% of them are, against
#: 34% of the partial quotations of 9 to 11 words whose attributed clause outweighs them).
DIRECT_MIN_WORDS = 12
# Words after a partial quotation that end its attributed content ("he's "excited" as he faces ...").
_CONTENT_STOPS = set(_W["content_stops"])


def _is_direct(article: Article, row: dict, spans: _Spans) -> bool:
    """PolNeAR's direct quotation: the quoted words make up most (> half the letters) of the attributed content.

    A full quotation is direct; a term never is; a partial one of
    :data:`DIRECT_MIN_WORDS` words or more is (its attributed clause seldom
    outweighs it).  For a shorter partial one the content is read in its
    sentence (:func:`_content_bounds`), whoever the speaker; the letters
    inside any quotation marks in it are compared with all its letters.
    """
    if row.get("_headline"):
        return False
    if row["kind"] != "partial":
        return row["kind"] == "full"
    if len(_words(row["text"])) >= DIRECT_MIN_WORDS:
        return True
    if row.get("_within_reported"):
        return False  # a few words of reported speech inside the reporter's clause ('had "full confidence" in')
    text = article.text
    a, b = _content_bounds(text, article.sentences[row["sentence_id"]], row["start"], row["end"], spans)
    content = _letters(text[a:b])
    i = bisect.bisect_right(spans.starts, a) - 1
    inside = 0
    for x, y in spans.spans[max(i, 0):]:
        if x >= b:
            break
        if y > a:
            inside += _letters(text[max(a, x):min(b, y)])
    return content > 0 and inside / content > DIRECT_SHARE


_COORDINATED = re.compile(r"[\s,”\"’]*(?:and|or|but|because)?[\s,“\"‘]*")


def _minor_coordinated(rows: list[dict], text: str) -> set[int]:
    """Indices of the partial quotations coordinated with a longer one in the same clause ('he would "a"
    and "b"', '"a," "b" because "c"'): PolNeAR annotates such a clause as one direct quotation, so only the
    longest of them is direct (on PolNeAR train, F1 0.905 -> 0.907 and no quotation lost)."""
    out: set[int] = set()
    i = 0
    while i < len(rows):
        j = i
        while (j + 1 < len(rows) and rows[j]["kind"] == "partial" and rows[j + 1]["kind"] in ("partial", "term")
               and rows[j + 1]["sentence_id"] == rows[i]["sentence_id"] and rows[j + 1]["start"] - rows[j]["end"] <= 20
               and _COORDINATED.fullmatch(text, rows[j]["end"], rows[j + 1]["start"])):
            j += 1
        group = [k for k in range(i, j + 1) if rows[k]["kind"] == "partial"]
        if len(group) > 1:
            out |= set(group) - {max(group, key=lambda k: rows[k]["end"] - rows[k]["start"])}
        i = j + 1
    return out


_WORD_RUN_LOWER = re.compile(r"[a-z]+")


def _minor_in_clause(rows: list[dict], text: str) -> set[int]:
    """Indices of the shorter partial quotations of one speaker in the clause of a longer one: 'said that he
    was "concerned" and that a delay would have "left us exposed"', 'described him as "kind" with a "great
    heart"'.  No verb of saying or of stance (``cue_lemmas``, ``stance_lemmas``) stands between the two, so
    they are fragments of one attributed content, which PolNeAR annotates as one direct quotation: only the
    longest of them is direct.  A verb between starts a clause of its own ('called it "shameful" and
    promised to "act"'): both stay.  (PolNeAR train: 32 false quotations fewer, 2 true ones lost.)"""
    out: set[int] = set()
    by_sentence: dict[tuple, list[int]] = {}
    for k, r in enumerate(rows):
        if r["kind"] == "partial":
            by_sentence.setdefault((r["sentence_id"], r["speaker"]), []).append(k)
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        top = max(group, key=lambda k: rows[k]["end"] - rows[k]["start"])
        for k in group:
            lo, hi = (rows[k]["end"], rows[top]["start"]) if k < top else (rows[top]["end"], rows[k]["start"])
            if k != top and not any(w in CUE_FORMS or w in _STANCE_FORMS
                                    for w in _WORD_RUN_LOWER.findall(text, lo, hi)):
                out.add(k)
    return out


def _content_bounds(text: str, sent, qa: int, qb: int, spans: _Spans) -> tuple[int, int]:
    """Where the content attributed with the quotation text[qa:qb] starts and ends in its sentence.

    It starts after the last cue verb, "according to" or colon before the
    quotation (at a following "that", which PolNeAR's content spans include;
    after "told <listener>" at its "that"); with no such word, at the last "that" before the quotation
    ('worried that ...'), else at the sentence start; it ends before the speaker's clause that follows the
    quotation ('..., Doe said'), at the first word of ``content_stops`` after
    it ("because", "while", a dash), else at the sentence end.  Read within
    _LOOKBACK characters of the quotation, outside every quotation.
    """
    lo, hi = max(sent.start, qa - 1 - _LOOKBACK), min(sent.end, qb + 1 + _LOOKBACK)
    toks = [t for t in _tokens(text[lo:hi], lo) if not spans.inside(t[1], pad=1)]
    k0 = bisect.bisect_left(toks, qa, key=_start)
    return _content_start(toks, k0, lo, qa), _content_end(toks, k0, hi)


#: After a verb of telling, the "that" opening the content may come this many tokens later ("told supporters after
#: his win in the primary that ..."); PolNeAR train: 4 tokens -> 11, 5 quotations found more, 2 false ones (F1 0.918 either way).
_LISTENER_REACH = 12


def _content_start(toks, k0: int, lo: int, qa: int) -> int:
    for k in range(k0 - 1, -1, -1):
        w = toks[k][0]
        if not (w == ":" or w == "according" or _is_cue(w) and w.islower() and not _noun_use(toks, k)):
            continue
        start, j = toks[k][2], k + 1
        if CUE_FORMS.get(w.lower()) in _TO_LISTENER:  # "told reporters that"
            j = next((x for x in range(k + 1, min(k0, k + _LISTENER_REACH)) if toks[x][0] == "that"), j)
        if j < k0 and toks[j][0] == "that":
            start = toks[j][1]
        return min(start, qa)
    # no verb of saying: a clause that holds the quotation ('Doe worried that the levy was "a burden."', 'the
    # fact that the race "is a dead heat"') is the content, as after a verb (PolNeAR train: 10 quotations
    # found direct more, 5 wrongly), else the sentence from its start
    that = next((k for k in range(k0 - 1, -1, -1) if toks[k][0] == "that"), None)
    return toks[that][1] if that is not None else lo


def _content_end(toks, k0: int, hi: int) -> int:
    for k in range(k0, len(toks)):
        w = toks[k][0]
        if _is_cue(w) and w.islower() and not _noun_use(toks, k) or w == "according":
            # '"...," Doe said', '..., according to Doe': the attribution is no part of the content
            comma = next((toks[x][1] for x in range(k - 1, k0 - 1, -1) if toks[x][0] in (",", "—", "–")), None)
            return comma if comma is not None else toks[k0][1] if k - k0 <= 6 else hi
        if w.lower() in _CONTENT_STOPS:
            return toks[k][1]
    return hi


_DTYPES = {"direct": "bool", "start": "int64", "end": "int64", "speaker_start": "int64", "speaker_end": "int64",
           "sentence_id": "int64", "paragraph_id": "int64", "compound": "float64", "stance_proba": "float64", "stance_score": "float64", "pos": "float64",
           "neu": "float64", "neg": "float64", "quotes": "int64", "words_quoted": "int64", "first_start": "int64",
           "reported_claims": "int64", "declined": "int64", "compound_mean": "float64", "ci_low": "float64", "ci_high": "float64"}


def extract_quotes(article: Article, *, company: str | None = None) -> pd.DataFrame:
    """One row per quotation, with its kind, speaker and tone.

    Parameters
    ----------
    article : Article
    company : str, optional
        The company the story is about (decides *former* and *current
        insider*).  By default :func:`story_company` infers it.

    Returns
    -------
    pandas.DataFrame
        In reading order, with columns:

        ``quote_id``
            ``Q01``, ``Q02``, ... in order of the opening mark.
        ``start``, ``end``
            Offsets of the text inside the marks (marks excluded).
        ``text``
            ``article.text[start:end]``.
        ``kind``
            ``full`` (a clause or more of someone's speech), ``partial`` (a
            fragment inside the reporter's sentence) or ``term`` (a label or
            scare quote; never has a speaker).
        ``direct``
            True when the quoted words make up most of the attributed
            content (PolNeAR's direct quotation: every full quotation, and a
            partial one that fills its clause, 'said that "we will win"');
            False for a fragment inside the reporter's own sentence and for
            terms.  Partial quotations coordinated in one clause ('he would
            "a" and "b"') make one attributed clause: only the longest of
            them is direct.  A quotation in single marks in the headline of an
            article that quotes in double marks (US headline style) is not
            direct: it repeats the story's words (note "headline").  A quotation
            inside another speaker's quotation is part of that one's direct
            quotation, not one of its own (note "inside ...'s quotation").
        ``speaker``
            Canonical source ("Jane Smith", "former executive") or None.
        ``speaker_mention``
            The literal words naming the speaker for this quotation ("he",
            "the person", "Jane Smith, an analyst at X"), or None.
        ``speaker_start``, ``speaker_end``
            Offsets of that mention (-1 when there is none).  A continuation
            (a quotation with no cue of its own) repeats the mention and
            offsets of the quotation it continues, so count distinct
            ``speaker_start`` values to count mentions.
        ``source_type``
            ``named``, ``anonymous``, ``document`` or ``none``.
        ``role``
            The appositive or description of the source, if any.
        ``affiliation``
            One of :data:`AFFILIATIONS` (None without a speaker).
        ``side``
            ``company``, ``former`` or ``outside`` (see :data:`SIDES`), from
            the affiliation; None without a speaker.
        ``cue``
            The attribution word ("says", "told", "according to").
        ``sentence_id``, ``paragraph_id``
            Where the quotation opens.
        ``compound``, ``pos``, ``neu``, ``neg``, ``label``
            VADER tone of the quoted words (see :mod:`analysis.sentiment`).
        ``stance``, ``stance_proba``
            The quotation's tone toward the story's subject (``negative``,
            ``neutral`` or ``positive``) from the trained model of
            :func:`analysis.sentiment.quote_stance`, and the model's
            probability of that label.  ``stance_score`` is P(positive)
            minus P(negative), from -1 to 1, for figures.  The subject is ``company`` when given,
            else :func:`analysis.mentions.story_subject`; its mentions are
            the targets.
        ``note``
            How the row was decided when that is not obvious (continuation,
            label cue, quotation continuing in the next paragraph).

    Warns
    -----
    QuoteWarning
        For each stray quotation mark (see :func:`stray_quote_marks`).

    Examples
    --------
    >>> art = Article.from_text('“We will win,” says Jane Doe, an analyst at Acme. “No doubt.”')
    >>> extract_quotes(art)[["quote_id", "kind", "speaker", "speaker_mention"]].values.tolist()
    [['Q01', 'full', 'Jane Doe', 'Jane Doe, an analyst at Acme'], ['Q02', 'full', 'Jane Doe', 'Jane Doe, an analyst at Acme']]
    >>> extract_quotes(Article.from_text("No quotations here.")).shape
    (0, 26)
    """
    check_article(article, caller="extract_quotes")
    if company is not None and not isinstance(company, str):
        raise ArticleError(f"company must be a name (str), got {type(company).__name__}")
    # built once per article and company; a shallow copy is safe (pandas copies on write)
    return _quote_frame(article, company).copy(deep=False)


@lru_cache(maxsize=16)
def _quote_frame(article: Article, company: str | None) -> pd.DataFrame:
    quotes, _, _, _ = _analyse(article, company)
    return _frame([tuple(getattr(q, c) for c in QUOTE_COLUMNS) for q in quotes], QUOTE_COLUMNS)


def reported_claims(article: Article, *, company: str | None = None) -> pd.DataFrame:
    """Unquoted attributions ("according to people familiar with the matter", "insiders say that ..."), one row each.

    Returns
    -------
    pandas.DataFrame
        Columns: ``claim_id`` (``C01``...), ``start``, ``end`` and ``text``
        (the sentence that carries the claim), ``speaker`` (canonical source),
        ``speaker_mention``, ``speaker_start``, ``speaker_end`` (the words
        naming the source and their offsets), ``source_type``, ``role``,
        ``affiliation``, ``side`` (see :data:`SIDES`), ``cue`` ("say",
        "according to", "declined to comment"), ``kind`` (``claim``: the
        source is said to hold the claim, including vague-quantifier subjects
        such as "some insiders have welcomed ..."; ``declined``: the source
        declined to comment or did not respond, a finding about who speaks,
        not a claim), ``sentence_id``,
        ``paragraph_id``.

    Examples
    --------
    >>> art = Article.from_text("Sales fell, according to two people familiar with the plans. Analysts say the fall will last.")
    >>> reported_claims(art)[["speaker", "cue"]].values.tolist()
    [['people familiar with the plans', 'according to'], ['analysts', 'say']]
    """
    _, claims, _, _ = _analysed(article, company)
    return _frame(claims, CLAIM_COLUMNS)


def _frame(rows, columns: list[str]) -> pd.DataFrame:
    """A frame from row tuples with fixed dtypes: numbers as int64/float64, text as object with None (not NaN) for missing."""
    return frame_of(rows, columns, _dtypes_of(tuple(columns)), nan_as_none=True)


@lru_cache(maxsize=16)
def _dtypes_of(columns: tuple[str, ...]) -> dict[str, str]:
    return {c: _DTYPES[c] for c in columns if c in _DTYPES}


def _check_n_boot(n_boot) -> None:
    if isinstance(n_boot, bool) or not isinstance(n_boot, (int, np.integer)) or n_boot < 1:
        raise ValueError(f"n_boot={n_boot!r}: the number of bootstrap resamples must be a whole number of at least 1")


def _bootstrap(values: np.ndarray, *, n: int = 2000, seed: int = 0, level: float = 0.95):
    if len(values) == 0:
        return np.nan, np.nan, np.nan
    mean = float(values.mean())
    if len(values) == 1:
        return mean, mean, mean
    k = len(values)
    idx = _resamples(k, n, seed) if k <= 64 else np.random.default_rng(seed).integers(0, k, size=(n, k))
    lo, hi = _quantiles(_row_means(values, idx), [(1 - level) / 2, 1 - (1 - level) / 2])
    return mean, lo, hi


def _row_means(values: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """``values[idx].mean(axis=1)``, the same numbers.  A row of fewer than 8 values numpy sums in order,
    as here a column at a time (its reduction makes a call per row: slow for 2,000 short rows); a longer
    row it sums pairwise, and it is left to numpy."""
    k = idx.shape[1]
    if k >= 8:
        return values[idx].mean(axis=1)
    total = values[idx[:, 0]]
    for j in range(1, k):
        total = total + values[idx[:, j]]
    return total / k


def _quantiles(values: np.ndarray, qs: list[float]) -> list[float]:
    """``np.quantile(values, qs)`` for finite values (its linear method, the same numbers), as floats,
    without its overhead: the sorted values at the floor and the next index of each ``q * (n - 1)``,
    interpolated as numpy's ``_lerp`` does (from the upper value for a weight of one half or more)."""
    ordered, last = np.sort(values), len(values) - 1
    out = []
    for q in qs:
        at = last * q
        i = math.floor(at)
        a, b, t = float(ordered[i]), float(ordered[min(i + 1, last)]), at - i
        out.append(b - (b - a) * (1 - t) if t >= 0.5 else a + (b - a) * t)
    return out


@lru_cache(maxsize=32)
def _resamples(k: int, n: int, seed: int) -> np.ndarray:
    """The ``n`` bootstrap resamples (row by row, indices into ``k`` values) that a fresh generator
    seeded with ``seed`` draws: the same for every source with ``k`` quotations, so drawn once (kept for
    small ``k`` only: 2,000 rows of ``k`` indices)."""
    idx = np.random.default_rng(seed).integers(0, k, size=(n, k))
    idx.flags.writeable = False
    return idx


#: Fewest quotations for which a source's mean gets a bootstrap interval; below it only the single scores count.
MIN_FOR_INTERVAL = 5

SOURCE_STANCE_COLUMNS = ["speaker", "quotations", "negative", "neutral", "positive", "mean_stance", "ci_low", "ci_high"]


def source_stance(quotes: pd.DataFrame, *, n_boot: int = 2000, seed: int = 0) -> pd.DataFrame:
    """Each quoted source's quotations counted by their ``stance``, most quoted first.

    ``quotes`` is :func:`extract_quotes`; terms and quotations without a speaker are left out.
    ``mean_stance`` is the mean ``stance_score`` (P(positive) - P(negative)); ``ci_low`` and
    ``ci_high`` bound it with a bootstrap interval (95%, fixed ``seed``) only for a source with at least
    :data:`MIN_FOR_INTERVAL` quotations, and are empty (NaN) below that: an interval on two quotations
    would claim more than they say.

    >>> q = pd.DataFrame({"kind": ["full"] * 3, "speaker": ["Ann", "Ann", "Bo"],
    ...                   "stance": ["negative", "neutral", "positive"], "stance_score": [-0.6, 0.0, 0.5]})
    >>> source_stance(q)[["speaker", "quotations", "negative", "positive", "mean_stance"]].values.tolist()
    [['Ann', 2, 1, 0, -0.3], ['Bo', 1, 0, 1, 0.5]]
    """
    _check_n_boot(n_boot)
    speech = quotes[(quotes["kind"] != "term") & quotes["speaker"].notna()]
    rows = []
    for speaker, mine in speech.groupby("speaker", sort=False):
        scores = mine["stance_score"].to_numpy(dtype=float)
        mean, lo, hi = _bootstrap(scores, n=n_boot, seed=seed)
        wide = len(mine) >= MIN_FOR_INTERVAL
        rows.append([speaker, len(mine)] + [int((mine["stance"] == k).sum()) for k in ("negative", "neutral", "positive")]
                    + [round(mean, 2), round(lo, 2) if wide else np.nan, round(hi, 2) if wide else np.nan])
    out = pd.DataFrame(rows, columns=SOURCE_STANCE_COLUMNS)
    return out.sort_values(["quotations", "mean_stance"], ascending=[False, True], kind="stable").reset_index(drop=True)


def source_table(article: Article, *, company: str | None = None, n_boot: int = 2000, seed: int = 0) -> pd.DataFrame:
    """One row per source: who they are, how often they are quoted or cited, and their mean tone.

    Parameters
    ----------
    article : Article
    company : str, optional
        See :func:`extract_quotes`.
    n_boot, seed : int
        Bootstrap resamples and random seed of the tone interval (fixed, so
        the table is reproducible).

    Returns
    -------
    pandas.DataFrame
        Ordered by first appearance, with columns ``speaker``, ``source_type``
        (named, anonymous, document), ``role``, ``affiliation`` (see
        :data:`AFFILIATIONS`), ``side`` (``company``, ``former`` or
        ``outside``, see :data:`SIDES`), ``quotes`` (full and partial quotations
        attributed), ``words_quoted``, ``first_start`` (offset of the first
        mention as a source), ``reported_claims`` (unquoted attributions of
        kind ``claim``, see :func:`reported_claims`), ``declined`` (times the
        source declined to comment or did not respond), ``compound_mean`` (mean VADER compound of
        the source's quotations; NaN without quotations), ``ci_low``,
        ``ci_high`` (95% bootstrap interval of that mean; equal to the mean for
        a single quotation).

    Examples
    --------
    >>> art = Article.from_text('“Good times,” says Jane Doe. Prices rose, according to people familiar with the matter.')
    >>> source_table(art)[["speaker", "quotes", "reported_claims"]].values.tolist()
    [['Jane Doe', 1, 0], ['people familiar with the matter', 0, 1]]
    """
    _check_n_boot(n_boot)
    quotes, claims, res, affil = _analysed(article, company)
    speaker_col = CLAIM_COLUMNS.index("speaker")
    start_col = CLAIM_COLUMNS.index("speaker_start")
    kind_col = CLAIM_COLUMNS.index("kind")
    rows = []
    by_speaker: dict[str, list] = {}
    by_claimant: dict[str, list] = {}
    for q in quotes:
        by_speaker.setdefault(q.speaker, []).append(q)
    declined: dict[str, int] = {}
    for c in claims:
        if c[kind_col] == "declined":
            declined[c[speaker_col]] = declined.get(c[speaker_col], 0) + 1
        else:
            by_claimant.setdefault(c[speaker_col], []).append(c)
    for name, s in res.sources.items():
        mine = by_speaker.get(name, [])
        mine_c = by_claimant.get(name, [])
        firsts = [q.speaker_start for q in mine] + [c[start_col] for c in mine_c] + [s.first]  # declined: s.first
        mean, lo, hi = _bootstrap(np.array([q.compound for q in mine], dtype=float), n=n_boot, seed=seed)
        rows.append((name, s.source_type, s.role, affil.get(name), side_of(affil.get(name), s.source_type), len(mine),
                     sum(len(_words(q.text)) for q in mine), min(f for f in firsts if f >= 0),
                     len(mine_c), declined.get(name, 0), mean, lo, hi))
    rows = sorted((r for r in rows if r[5] > 0 or r[8] > 0 or r[9] > 0), key=lambda r: (r[7], r[0]))
    return _frame(rows, SOURCE_COLUMNS)


# ---------------------------------------------------------------------------
# Summaries the book shows
# ---------------------------------------------------------------------------
def voice_shares(article: Article, *, company: str | None = None) -> pd.DataFrame:
    """How much of the article's quoted speech and attribution each kind of source carries.

    Returns
    -------
    pandas.DataFrame
        One row per ``source_type`` (named, anonymous, document, none) that
        occurs, with ``sources`` (distinct sources), ``quotations`` (full and
        partial), ``words_quoted``, ``reported_claims``, and the shares
        ``quotation_share``, ``word_share`` and ``claim_share`` (fractions of
        the article's totals; 0 when the total is 0).

    Examples
    --------
    >>> art = Article.from_text('“Yes, we will,” said Jane Doe. Sales fell, according to people familiar with the plans.')
    >>> voice_shares(art)[["source_type", "quotations", "reported_claims"]].values.tolist()
    [['named', 1, 0], ['anonymous', 0, 1]]
    """
    q = extract_quotes(article, company=company)
    q = q[q["kind"] != "term"]
    c = reported_claims(article, company=company)
    c = c[c["kind"] == "claim"]
    order = ["named", "anonymous", "document", "none"]
    rows = []
    for st in order:
        qq, cc = q[q["source_type"] == st], c[c["source_type"] == st]
        if len(qq) == 0 and len(cc) == 0:
            continue
        words = int(sum(len(_words(t)) for t in qq["text"]))
        names = set(qq["speaker"].dropna()) | set(cc["speaker"].dropna())
        rows.append((st, len(names), len(qq), words, len(cc)))
    df = pd.DataFrame(rows, columns=["source_type", "sources", "quotations", "words_quoted", "reported_claims"])
    for col, share in (("quotations", "quotation_share"), ("words_quoted", "word_share"), ("reported_claims", "claim_share")):
        total = df[col].sum()
        df[share] = (df[col] / total).round(3) if total else 0.0
    return df


def quote_validation(predicted: pd.DataFrame, reference: pd.DataFrame) -> pd.DataFrame:
    """Precision, recall and F1 of quotation detection by kind, and speaker accuracy, against a reference.

    A predicted row matches a reference row with the same ``start`` and
    ``end`` (exact spans; the reference marks the text inside the quotation
    marks, as :func:`extract_quotes` does).  For each kind, precision is over
    the predicted rows of that kind and recall over the reference rows of
    that kind, so a quotation found with the wrong kind counts against both.
    Speaker accuracy is over the reference full and partial quotations found
    (any kind): the canonical ``speaker`` must equal the reference's.

    Parameters
    ----------
    predicted : pandas.DataFrame
        Output of :func:`extract_quotes`.
    reference : pandas.DataFrame
        Columns ``start``, ``end``, ``kind``, ``speaker`` (as in
        ``data/annotations/quotes.csv``).

    Returns
    -------
    pandas.DataFrame
        Rows ``full``, ``partial``, ``term``, ``all`` (spans whatever the
        kind) and ``speaker``; columns ``reference``, ``predicted``,
        ``matched``, ``precision``, ``recall``, ``f1`` (for ``speaker``:
        reference quotations found, those with a speaker in the reference,
        speakers right, and accuracy in ``recall``).

    Examples
    --------
    >>> ref = pd.DataFrame({"start": [1], "end": [5], "kind": ["full"], "speaker": ["Jane Doe"]})
    >>> pred = pd.DataFrame({"start": [1, 9], "end": [5, 12], "kind": ["full", "term"], "speaker": ["Jane Doe", None]})
    >>> quote_validation(pred, ref).loc["full", ["precision", "recall", "f1"]].tolist()
    [1.0, 1.0, 1.0]
    """
    def prf(m, p, r):
        prec = m / p if p else 0.0
        rec = m / r if r else 0.0
        return round(prec, 3), round(rec, 3), round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0

    pred = {(int(a), int(b)): (k, s) for a, b, k, s in predicted[["start", "end", "kind", "speaker"]].itertuples(index=False)}
    rows = []
    for kind in ("full", "partial", "term"):
        ref_k = reference[reference["kind"] == kind]
        n_pred = sum(1 for k, _ in pred.values() if k == kind)
        matched = sum(1 for a, b in zip(ref_k["start"], ref_k["end"]) if pred.get((int(a), int(b)), (None,))[0] == kind)
        rows.append((kind, len(ref_k), n_pred, matched, *prf(matched, n_pred, len(ref_k))))
    matched = sum(1 for a, b in zip(reference["start"], reference["end"]) if (int(a), int(b)) in pred)
    rows.append(("all", len(reference), len(pred), matched, *prf(matched, len(pred), len(reference))))
    spoken = reference[reference["kind"].isin(["full", "partial"])]
    found = [(s, pred[(int(a), int(b))][1]) for a, b, s in spoken[["start", "end", "speaker"]].itertuples(index=False)
             if (int(a), int(b)) in pred]
    right = sum(1 for s, p in found if isinstance(s, str) and s == p)
    rows.append(("speaker", len(spoken), len(found), right, None, round(right / len(found), 3) if found else 0.0, None))
    return pd.DataFrame(rows, columns=["measure", "reference", "predicted", "matched", "precision", "recall", "f1"]).set_index("measure")


def tone_extremes(article: Article, *, n: int = 1, company: str | None = None) -> pd.DataFrame:
    """The ``n`` most negative and ``n`` most positive attributed quotations (full or partial).

    Returns the rows of :func:`extract_quotes` (columns ``quote_id``,
    ``speaker``, ``text``, ``compound``, ``label``) plus ``end_of_scale``
    (``most negative`` or ``most positive``); empty when nothing is quoted.

    Examples
    --------
    >>> art = Article.from_text('“A wonderful day,” said Jane Doe. “A terrible loss,” said Tom Reyes.')
    >>> tone_extremes(art)[["end_of_scale", "speaker"]].values.tolist()
    [['most negative', 'Tom Reyes'], ['most positive', 'Jane Doe']]
    """
    q = extract_quotes(article, company=company)
    q = q[q["kind"].isin(["full", "partial"]) & q["speaker"].notna()]
    cols = ["quote_id", "speaker", "text", "compound", "label"]
    low = q.nsmallest(n, "compound")[cols].assign(end_of_scale="most negative")
    high = q.nlargest(n, "compound")[cols].assign(end_of_scale="most positive")
    return pd.concat([low, high], ignore_index=True)[["end_of_scale", *cols]]
