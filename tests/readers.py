"""What the voices tests read off an invented passage: each quotation's speaker or kind, each stakeholder's kind, each
mention's name and kind, the sentences."""

from __future__ import annotations

from analysis import Article, extract_quotes, find_mentions, find_stakeholders


def speakers(text: str) -> dict:
    """Quotation text -> its resolved speaker."""
    q = extract_quotes(Article.from_text(text))
    return dict(zip(q["text"], q["speaker"]))


def quote_kinds(text: str) -> dict:
    """Quotation text -> its kind ("full", "partial", "term")."""
    q = extract_quotes(Article.from_text(text))
    return dict(zip(q["text"], q["kind"]))


def names(text: str) -> dict:
    """Stakeholder name -> its kind ("person", "organisation", ...)."""
    s = find_stakeholders(Article.from_text(text))
    return dict(zip(s["name"], s["kind"]))


def mention_names(text: str) -> dict:
    """Mention text -> (canonical name, kind) in the mention layer."""
    m = find_mentions(Article.from_text(text))
    return {r.text: (r.name, r.kind) for r in m.itertuples()}


def sentences(text: str) -> list[str]:
    """The text of each sentence the article splits."""
    return [s.text for s in Article.from_text(text).sentences]


def town_story(body: str, head: str = "Town news") -> str:
    """``body`` as the first paragraph of a short local story (a headline, a byline, a dateline, four paragraphs
    after it), the shape the resolvers read as news."""
    return (head + "\n\nBy Ann Roe\n\nKELBY - " + body + "\n\nThe meeting was held in the town hall on Monday.\n\n"
            "About forty people attended.\n\n\"It was a good night,\" said Tom Reed, the caretaker.\n\n"
            "The next meeting is in May.\n")


def second_paragraph(paragraph: str) -> str:
    """``paragraph`` as the second paragraph of :func:`town_story` (the first after the dateline is a plain one)."""
    return town_story("The council met on Monday.\n\n" + paragraph)
