"""Dating an undated article by the dated articles it reads most alike.

When an undated article shares no sentence with a dated one (an analysis, a list of
quotes, a story whose dateline was lost), the articles that cover the same news still
give its week: news about one happening clusters in a few days. The most alike dated
articles (cosine of the tf-idf weights of content-word stems; a dated article is known
by its text's stem counts, or by the sentences its events were read from) vote for their
publication days, each vote weighed by the similarity and spread over the days next to
it. The day with the most votes is taken only when it clearly leads: alike articles
spread over the months (the same kind of briefing, the same columnist) say nothing about
the week, and no date is better than a wrong one. The day then moves to the nearby day
the article's named weekdays fit best (:func:`events.dating.weekdays.best_day`).

The thresholds are data (:class:`NeighbourRules`), each with a test that names it.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping, Sequence

from events.dating.weekdays import WeekdayMention, best_day
from events.text.wording import STOP_WORDS, stem, words


@dataclass(frozen=True, slots=True)
class NeighbourRules:
    """The thresholds of dating by the most alike articles.

    neighbours: how many of the most alike dated articles vote for their publication day.
    kernel: what a vote counts for a day 0, 1, 2, ... days from the voter's own day (a
        story is covered over a few days); no more than that many days away, nothing.
    min_support: the summed votes (similarity times kernel) a day needs.
    margin: how many times the votes of any day more than ``apart`` days away the chosen
        day needs: alike articles spread over the months (the same kind of briefing,
        the same columnist) say nothing about the week.
    apart: how far away a day must be to compete with the chosen one (see ``margin``).
    weekday_reach: how many days the date may move (either way) to the day its named
        weekdays fit best (:func:`events.dating.weekdays.best_day`).
    min_stems: an undated text with fewer content stems says too little to be matched.
    """

    neighbours: int = 10
    kernel: tuple[float, ...] = (1.0, 0.5, 0.3, 0.2)
    min_support: float = 0.3
    margin: float = 2.0
    apart: int = 6
    weekday_reach: int = 3
    min_stems: int = 10


#: The default rules.
NEIGHBOURS = NeighbourRules()


@dataclass(frozen=True, slots=True)
class Neighbour:
    """The day an undated article is given, the most alike dated article that voted for
    it and its similarity, the day's summed votes (``support``), and how, in words."""

    published: date
    article: str
    similarity: float
    how: str
    support: float = 0.0


def stem_counts(text: str) -> Counter[str]:
    """How often each content-word stem occurs in ``text``."""
    return Counter(stem(w) for w in words(text) if len(w) > 2 and w not in STOP_WORDS
                   and not w.isdigit())


def idf_of(documents: Sequence[Iterable[str]]) -> dict[str, float]:
    """The inverse document frequency, log(N / df), of each stem of N documents (their
    stems, or stem counts); stems found in every document are left out (idf 0)."""
    df = Counter(s for stems in documents for s in stems)
    total = len(documents)
    return {s: math.log(total / n) for s, n in df.items() if n < total}


def tfidf(counts: Mapping[str, int], idf: Mapping[str, float]) -> dict[str, float]:
    """The unit-length tf-idf vector of stem counts ((1 + log tf) * idf; stems without an
    idf left out)."""
    weights = {s: (1 + math.log(n)) * idf[s] for s, n in counts.items() if s in idf}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {s: w / norm for s, w in weights.items()}


def date_by_neighbours(undated: Mapping[str, Mapping[str, int]],
                       profiles: Mapping[str, Mapping[str, int]],
                       published: Mapping[str, date | None],
                       rules: NeighbourRules = NEIGHBOURS,
                       weekdays: Mapping[str, Sequence[WeekdayMention]] | None = None
                       ) -> dict[str, Neighbour]:
    """A day for each undated article (id -> text) from the most alike dated articles.

    ``profiles`` are the articles' stem counts (:func:`stem_counts` of their texts, or
    :func:`profiles_of` their events) and ``published`` their dates; only dated ones
    are compared. ``weekdays`` are the weekdays each undated article names
    (:func:`events.dating.weekdays.weekday_mentions`; read from the text when not given).
    Articles whose alike articles agree on no day (see :class:`NeighbourRules`) are
    left out.
    """
    docs = {aid: stems for aid, stems in profiles.items()
            if published.get(aid) is not None and aid not in undated}
    queries = dict(undated)
    idf = idf_of([*docs.values(), *queries.values()])
    vectors = {aid: tfidf(stems, idf) for aid, stems in docs.items()}
    postings: dict[str, list[str]] = defaultdict(list)
    for aid in sorted(vectors):
        for s in vectors[aid]:
            postings[s].append(aid)
    out = {}
    for aid in sorted(undated):
        if len(queries[aid]) < rules.min_stems:
            continue
        query = tfidf(queries[aid], idf)
        scores: Counter[str] = Counter()
        for s, w in query.items():
            for other in postings.get(s, ()):
                scores[other] += w * vectors[other][s]
        if not scores:
            continue
        found = _densest(scores, published, rules)
        if found is None:
            continue
        day, support, best = found
        named = (weekdays or {}).get(aid, ())
        moved = best_day(day, named, rules.weekday_reach)
        how = "dated like the most alike articles"
        if moved != day:
            how += f", moved to the {moved:%A} its weekdays fit"
        out[aid] = Neighbour(moved, best, round(scores[best], 6), how, round(support, 6))
    return out


def _densest(scores: Mapping[str, float], published: Mapping[str, date],
             rules: NeighbourRules) -> tuple[date, float, str] | None:
    """The publication day the most alike articles vote for, its votes and the most
    alike article among its voters; None when no day has the support and the margin
    :class:`NeighbourRules` asks for."""
    top = sorted(scores, key=lambda other: (-scores[other], published[other], other))
    top = top[:rules.neighbours]
    reach = len(rules.kernel)

    def votes(day: date) -> float:
        return sum(scores[o] * rules.kernel[abs((published[o] - day).days)]
                   for o in top if abs((published[o] - day).days) < reach)

    ranked = sorted({published[o] for o in top}, key=lambda d: (-round(votes(d), 9), d))
    if not ranked:
        return None
    day = ranked[0]
    support = votes(day)
    rival = max((votes(d) for d in ranked if abs((d - day).days) > rules.apart), default=0.0)
    if support < rules.min_support or support < rules.margin * rival:
        return None
    voter = next(o for o in top if abs((published[o] - day).days) < reach)
    return day, support, voter
