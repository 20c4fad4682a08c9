"""Which of an article's date clues wins: one table, read top to bottom.

Reading an input (:mod:`events.ingest`) collects the :class:`~events.models.Evidence` it
holds and decides nothing. :func:`decide` turns that evidence, and the ``--published``
date the user gave, into the article's one :class:`~events.models.Published`: the first
row of :data:`PRECEDENCE` that has a day wins. A ``.txt`` file and an ``.html`` page of
the same story therefore get the same date by the same rule.

Why the rows are in this order:

- a ``Date:`` header or front matter is what the user wrote down for this article;
- a page's metadata (htmldate on the markup) is the publisher's own record;
- a line near the top that is only a date, then a dateline, are the story's own stamp;
- a note in the text that says when the article was first published ("First published
  on Monday 3 May 2010", :data:`events.dating.evidence.PUBLICATION_NOTES`) is the
  story's own word, if not at its top;
- a dateline that gave month and day only takes its year from ``--published``: the day
  of the stamp is the story's, the year the user's;
- a note of the day the article appeared in print (published then or the day before),
  then one of the day it was last changed (published then or before) are the closest
  the text comes;
- htmldate's extensive search of the page text guesses from any date on the page;
- ``--published`` is the fallback for inputs whose own date can't be found;
- the day of the first reader comment comes last: comments follow the story, usually on
  its day, but not always.

With no row, the date is unknown; a month-day dateline is kept as ``partial`` so that the
collection (:mod:`events.dating.collection`) can give it its year.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Sequence

from events.dating.evidence import year_near
from events.models import Article, Evidence, Published

#: The rows, strongest first: (evidence kind, ``published_from`` it gives). The kind
#: ``--published`` stands for the user's date, and ``dateline+published`` for a month-day
#: dateline completed with the user's year.
PRECEDENCE: tuple[tuple[str, str], ...] = (
    ("header", "text"),
    ("meta", "meta"),
    ("date line", "text"),
    ("dateline", "text"),
    ("published note", "text"),
    ("dateline+published", "user"),
    ("print note", "text"),
    ("update note", "text"),
    ("extensive", "meta"),
    ("--published", "user"),
    ("comment", "inferred"),
)

#: Evidence kinds as read from inputs (every row but those the user's date makes).
KINDS = frozenset(kind for kind, _ in PRECEDENCE) - {"dateline+published", "--published"}

#: The ``how`` of a dateline whose year came from ``--published``.
YEAR_FROM_USER = "dateline, year from --published"


def _candidates(evidence: Sequence[Evidence], user: date | None) -> dict[str, Evidence]:
    """The first clue of each kind, with the user's date as clues of its own."""
    found: dict[str, Evidence] = {}
    for clue in evidence:
        if clue.kind not in KINDS:
            raise ValueError(f"unknown date evidence kind {clue.kind!r}")
        found.setdefault(clue.kind, clue)
    if user is not None:
        found["--published"] = Evidence("--published", user, "--published")
        partial = found.get("dateline")
        if partial is not None and partial.date is None and partial.partial:
            day = year_near(partial.partial, user)
            if day is not None:
                found["dateline+published"] = Evidence("dateline+published", day,
                                                       YEAR_FROM_USER, partial.partial)
    return found


def decide(evidence: Sequence[Evidence], user: date | None = None) -> Published:
    """The publication date that ``evidence`` and the user's date (``--published``) give,
    by :data:`PRECEDENCE`; an unknown date (keeping a month-day dateline as ``partial``)
    when no row has a day."""
    found = _candidates(evidence, user)
    dateline = found.get("dateline")
    partial = dateline.partial if dateline is not None else ""
    for kind, source in PRECEDENCE:
        clue = found.get(kind)
        if clue is not None and clue.date is not None:
            return Published(clue.date, source, clue.how,
                             clue.partial if kind.startswith("dateline") else "")
    return Published(None, "unknown", dateline.how if partial else "", partial)


def with_published(article: Article, published: Published) -> Article:
    """The article with ``published`` as its date (its evidence kept)."""
    info = replace(article.info, published=published.date, published_from=published.source,
                   published_how=published.how, published_partial=published.partial)
    return replace(article, info=info)


def date_article(article: Article, user: date | None = None) -> Article:
    """The article dated by its own evidence and the user's date (:func:`decide`)."""
    return with_published(article, decide(article.evidence, user))
