"""Which day of a week an article was published, from the weekdays it names.

News dates what happened by weekday: "rebels took the compound on Tuesday", "the envoy
will go to Tripoli on Tuesday". Seen from the publication day, a past weekday lies on it
or in the six days before, a future one on it or in the six days after, and the tagger
(``events.temporal``) reads them that way once the article has a date. Which of the
seven days it is follows a pattern that can be measured on dated articles: a past "on
Monday" is most often the publication day itself, less often the day before, seldom
earlier. :data:`GAPS` holds those measured shares.

So once other evidence has placed an undated article in a week (the day of its shared
sentences, of the article it reads most alike), :func:`best_day` picks the day of that
week the named weekdays fit best: the publication day that makes every mention's gap
most likely, all mentions taken together. "Monday" (past) and "Tuesday" (future) in
one article fit a Tuesday better than a Monday, which a rule that snaps to the first
weekday named can't see.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Sequence

from events.models import TimeExpression
from events.dating.evidence import weekdays_named
from events.text.sentences import split_sentences
from events.temporal.anchor import weekday_date
from events.temporal.tense import clause_tense

#: How often a weekday named in a clause of each tense lies ``gap`` days before the
#: publication day (negative: after it), as the tagger reads it. Measured on Timeline17
#: Libya articles (Reuters and CNN, 3,200 bare weekdays) against their publication day:
#: ``(tense, ((gap, share), ...))``; a gap not listed has the share :data:`UNLISTED`.
#: A clause with no readable tense ("none") is read as the nearer weekday.
GAPS: tuple[tuple[str, tuple[tuple[int, float], ...]], ...] = (
    ("past", ((0, 0.45), (1, 0.35), (2, 0.08), (3, 0.05), (4, 0.02), (5, 0.01), (6, 0.04))),
    ("future", ((0, 0.35), (-1, 0.2), (-2, 0.08), (-3, 0.04), (-4, 0.08), (-5, 0.05),
                (-6, 0.15))),
    ("present", ((0, 0.35), (1, 0.25), (-1, 0.1), (2, 0.1), (-2, 0.1), (-3, 0.05), (3, 0.05))),
    ("none", ((0, 0.4), (1, 0.35), (2, 0.1), (3, 0.05), (-1, 0.04), (4, 0.02), (5, 0.04))),
)

#: The share given to a gap the table does not list (so that one odd mention does not
#: rule a day out).
UNLISTED = 0.005

_GAPS = {tense: dict(rows) for tense, rows in GAPS}

#: Rule names (parts of ``TimeExpression.rule``) of a weekday named on its own ("on
#: Monday", "late Saturday", "Sunday night"); "last Monday" (``weekday_rel``) and
#: "Mondays" are not.
BARE_WEEKDAY_RULES = frozenset({"weekday"})


@dataclass(frozen=True, slots=True)
class WeekdayMention:
    """A weekday an article names on its own: its ISO number, the tense of its clause
    (past, present, future or none) and its offset in the text."""

    weekday: int
    tense: str
    start: int


def weekday_mentions(text: str, times: Iterable[TimeExpression]) -> tuple[WeekdayMention, ...]:
    """The bare weekdays among ``times`` (the article's tags, with or without a
    publication date), each with the tense of its clause."""
    sentences = split_sentences(text)
    out = []
    i = 0
    for t in sorted(times, key=lambda t: t.start):
        if t.type not in ("DATE", "TIME") or not BARE_WEEKDAY_RULES & set(t.rule.split("+")):
            continue
        named = weekdays_named(t.text)
        if len(named) != 1:
            continue
        while i < len(sentences) - 1 and sentences[i].end <= t.start:
            i += 1
        start, end = (sentences[i].start, sentences[i].end) if sentences else (0, len(text))
        tense = clause_tense(text, start, end, t.start)
        out.append(WeekdayMention(next(iter(named)), tense if tense in _GAPS else "none",
                                  t.start))
    return tuple(out)


def gap(day: date, mention: WeekdayMention) -> int:
    """How many days before ``day`` the mentioned weekday falls when ``day`` is the
    publication date (negative: after it), as the tagger reads it."""
    return (day - weekday_date(day, mention.weekday, None, mention.tense)).days


def share(tense: str, days: int) -> float:
    """The share (:data:`GAPS`) of weekdays named in a clause of ``tense`` that lie
    ``days`` before the publication day; :data:`UNLISTED` for a gap the table lacks."""
    return _GAPS.get(tense, _GAPS["none"]).get(days, UNLISTED)


def fit(day: date, mentions: Iterable[WeekdayMention]) -> float:
    """How well ``day`` as the publication date fits the weekdays named: the sum of the
    log shares (:func:`share`) of their gaps, each weekday and tense counted once."""
    seen = set()
    total = 0.0
    for m in mentions:
        if (m.weekday, m.tense) in seen:
            continue
        seen.add((m.weekday, m.tense))
        total += math.log(share(m.tense, gap(day, m)))
    return total


def best_day(center: date, mentions: Sequence[WeekdayMention], reach: int = 3) -> date:
    """The day at most ``reach`` days from ``center`` that the named weekdays fit best;
    ``center`` itself when the article names none. A tie goes to the day nearer
    ``center``, then to the later one."""
    if not mentions:
        return center
    days = [center + timedelta(days=k) for k in range(-reach, reach + 1)]
    return max(days, key=lambda d: (round(fit(d, mentions), 9), -abs((d - center).days), d))
