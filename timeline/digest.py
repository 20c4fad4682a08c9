"""Salience and the digest: the N most important dates, and the best entry for each.

This is timeline summarization's date selection. A happening matters more when more
articles report it, when they were published on more different days (a story still
retold days later), and when more actors take part. Those three counts, each on a log
scale and weighted by :class:`SalienceWeights`, are an entry's ``salience``.

A *date* is scored the same way over all the entries dated to it (their articles, days and
actors pooled), times a weight for how precise the date is (:data:`GRANULARITY_WEIGHT`):
a digest is a list of days, and "2011" is rarely one of the dates that mattered. The
digest keeps the N best dates and, for each, its most salient entry.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from typing import Iterable, Sequence

from timeline.models import Entry
from timeline.order import order, sort_key


@dataclass(frozen=True, slots=True)
class SalienceWeights:
    """How much each count adds to salience (each count enters as log2(1 + count)).

    articles: distinct articles reporting it.
    days: distinct publication days among those articles.
    actors: distinct actors taking part.
    """

    articles: float = 1.0
    days: float = 1.0
    actors: float = 0.25


#: The default weights.
WEIGHTS = SalienceWeights()

#: How much a date of each granularity is worth as a digest date (missing ones: ``vague``).
GRANULARITY_WEIGHT = {"time": 1.0, "day": 1.0, "weekend": 0.5, "week": 0.5, "month": 0.3,
                      "season": 0.2, "quarter": 0.2, "half": 0.15, "year": 0.1, "decade": 0.05,
                      "century": 0.05, "millennium": 0.05, "vague": 0.05}


def _score(articles: set[str], days: set[date], actors: set[str],
           weights: SalienceWeights) -> float:
    return (weights.articles * math.log2(1 + len(articles))
            + weights.days * math.log2(1 + len(days))
            + weights.actors * math.log2(1 + len(actors)))


def _counts(entries: Iterable[Entry]) -> tuple[set[str], set[date], set[str]]:
    articles: set[str] = set()
    days: set[date] = set()
    actors: set[str] = set()
    for entry in entries:
        actors.update(entry.actors)
        for source in entry.sources:
            articles.add(source.article)
            if source.published is not None:
                days.add(source.published)
    return articles, days, actors


def salience(entry: Entry, weights: SalienceWeights = WEIGHTS) -> float:
    """How important an entry is: more articles, more publication days, more actors."""
    return _score(*_counts([entry]), weights)


def with_salience(entries: Iterable[Entry], weights: SalienceWeights = WEIGHTS) -> list[Entry]:
    """The entries with their ``salience`` field filled in."""
    return [replace(e, salience=round(salience(e, weights), 6)) for e in entries]


def date_scores(entries: Sequence[Entry], weights: SalienceWeights = WEIGHTS
                ) -> dict[tuple[date, date], float]:
    """The score of each date (an entry interval's start and end) over its entries."""
    by_date: dict[tuple[date, date], list[Entry]] = defaultdict(list)
    for entry in entries:
        by_date[(entry.when.start, entry.when.end)].append(entry)
    out = {}
    for key, group in by_date.items():
        weight = _granularity_weight(group)
        out[key] = weight * _score(*_counts(group), weights)
    return out


def _granularity_weight(group: Sequence[Entry]) -> float:
    return max(GRANULARITY_WEIGHT.get(e.when.granularity, GRANULARITY_WEIGHT["vague"])
               for e in group)


def _best(group: Iterable[Entry]) -> Entry:
    """The entry that speaks for a date: most salient, most sources, then earliest in order."""
    return min(group, key=lambda e: (-e.salience, -len(e.sources), sort_key(e)))


def digest(entries: Sequence[Entry], n: int, weights: SalienceWeights = WEIGHTS
           ) -> tuple[Entry, ...]:
    """The N most important dates, each with its most salient entry, in chronological order.

    Entries need their ``salience`` (see :func:`with_salience`). Ties between dates go to
    the earlier date.
    """
    if n < 1:
        return ()
    scores = date_scores(entries, weights)
    chosen = sorted(scores, key=lambda key: (-scores[key], key))[:n]
    by_date: dict[tuple[date, date], list[Entry]] = defaultdict(list)
    for entry in entries:
        by_date[(entry.when.start, entry.when.end)].append(entry)
    return order(_best(by_date[key]) for key in chosen)

