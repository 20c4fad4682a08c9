"""Salience and the digest: the N most important dates, and the best entry for each.

This is timeline summarization's date selection. An entry's ``salience`` grows with the
articles that report it, the different days they were published on, and the actors taking
part (each count on a log scale, weighted by :class:`SalienceWeights`); it picks the entry
that speaks for a date and orders entries of equal date.

A *date* is scored from every mention of it in the articles (the time expressions the
tagger found, not only those that became events), by :class:`DigestWeights`:

- ``retold``: articles published after the date that still mention it (a day that
  mattered is retold in later coverage);
- ``undated``: undated articles that mention it (an undated article's "March 19" is read
  as the March 19 nearest the collection's median publication day);
- ``days``: distinct publication days on which it is mentioned;
- ``actors``: distinct actors of its entries;
- ``volume``: for a day, the articles published on it or the day after;

and the sum is multiplied by the mean centrality of the articles that mention the date
(:mod:`timeline.centrality`: a digest is about what the collection is about, not the
market report or the other stories on a page) and divided by ``(1 + articles published
on or after the date) ** coverage``,
because a date early in a story has far more later articles that could mention it than
one near the end. The days of the story's first week, from its *onset* (the day retold by
the most articles, up to a month before the first articles), count ``1 + onset`` times:
every timeline of a story starts where the story starts, while where it ends depends on
when it was written, so a collection that runs on for months after its main phase must
not pull the digest into its tail. Dates outside the span the articles were published in
(plus a margin; outlying publication dates trimmed; reaching back to the onset) come
after every date inside it: a digest of a news collection is about the period the
collection covers. A digest is a list of days: dates
longer than a day (a week, a month) come after every day, and among themselves are
weighted down by :data:`GRANULARITY_WEIGHT`.
"""
from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Iterable, Mapping, Sequence

from events.models import Extraction, Interval
from events.dating import publication_span as dating_span, year_near
from timeline.centrality import centrality
from timeline.models import Entry
from timeline.order import order, sort_key


@dataclass(frozen=True, slots=True)
class SalienceWeights:
    """How much each count adds to an entry's salience (each as log2(1 + count)).

    articles: distinct articles reporting it.
    days: distinct publication days among those articles.
    actors: distinct actors taking part.
    """

    articles: float = 1.0
    days: float = 1.0
    actors: float = 0.25


@dataclass(frozen=True, slots=True)
class DigestWeights:
    """How a date is scored for the digest (see the module docstring).

    retold: weight of the articles published at least ``retold_after`` days after the date
        that mention it (a day's own news cycle reports it; later articles retell it).
    retold_after: the days after the date from which a mention counts as retelling.
    undated: weight of the undated articles that mention it (when they were published is
        not known; most news is about what already happened, so most retell it).
    days: weight of the distinct publication days it is mentioned on.
    actors: weight of the distinct actors of its entries.
    volume: weight of the articles published on the date or the day after (a day that
        matters fills that day's and the next day's news).
    coverage: exponent of the normalization by the articles published from the date on.
    onset: how much more a day in the story's first ``onset_days`` counts (the score is
        multiplied by ``1 + onset``): the story's onset is the day retold by the most
        articles, from ``onset_before`` days before the publication span to its end.
    margin_days: how far outside the publication span a date still counts as inside.
    outliers: the share of publication dates trimmed at each end of the span.
    """

    retold: float = 1.0
    retold_after: int = 2
    undated: float = 1.0
    days: float = 1.0
    actors: float = 0.02
    volume: float = 0.5
    coverage: float = 0.4
    onset: float = 1.0
    onset_days: int = 7
    onset_before: int = 30
    margin_days: int = 7
    outliers: float = 0.02


#: The default weights.
WEIGHTS = SalienceWeights()
DIGEST = DigestWeights()

#: How much a date of each granularity is worth as a digest date (missing ones: ``vague``).
GRANULARITY_WEIGHT = {"time": 1.0, "day": 1.0, "weekend": 0.5, "week": 0.5, "month": 0.3,
                      "season": 0.2, "quarter": 0.2, "half": 0.15, "year": 0.1, "decade": 0.05,
                      "century": 0.05, "millennium": 0.05, "vague": 0.05}

#: A date as the digest knows it: its interval's first and last day.
DateKey = tuple[date, date]

#: Mentions of each date: article id -> that article's publication date (or None).
Mentions = Mapping[DateKey, Mapping[str, "date | None"]]


def _key(when: Interval) -> DateKey:
    return when.start, when.end


def salience(entry: Entry, weights: SalienceWeights = WEIGHTS) -> float:
    """How important an entry is: more articles, more publication days, more actors."""
    articles = {s.article for s in entry.sources}
    days = {s.published for s in entry.sources if s.published is not None}
    return (weights.articles * math.log2(1 + len(articles))
            + weights.days * math.log2(1 + len(days))
            + weights.actors * math.log2(1 + len(entry.actors)))


def with_salience(entries: Iterable[Entry], weights: SalienceWeights = WEIGHTS) -> list[Entry]:
    """The entries with their ``salience`` field filled in."""
    return [replace(e, salience=round(salience(e, weights), 6)) for e in entries]


def mentions_in(extractions: Iterable[Extraction], near: date | None = None
                ) -> dict[DateKey, dict[str, date | None]]:
    """Every calendar date the articles mention, with the articles that mention it.

    An undated article's month and day without a year ("March 19", ``XXXX-03-19``) has no
    place on the calendar of its own; given ``near`` (a day inside the collection's
    publication span) it is taken as the nearest such day to it, since an undated
    article of a collection is about the collection's period.
    """
    out: dict[DateKey, dict[str, date | None]] = defaultdict(dict)
    for x in extractions:
        undated = x.article.published is None and near is not None
        for t in x.times:
            if t.type not in ("DATE", "TIME"):
                continue
            if t.interval is not None:
                out[_key(t.interval)][x.article.id] = x.article.published
            elif undated and (day := year_near(t.value, near)) is not None:
                out[(day, day)][x.article.id] = None
    return out


def mentions_of(entries: Iterable[Entry]) -> dict[DateKey, dict[str, date | None]]:
    """The entries' own sources as mentions (for a digest with no extractions at hand);
    an entry dated only by its sources' publication day mentions no date."""
    out: dict[DateKey, dict[str, date | None]] = defaultdict(dict)
    for entry in entries:
        if entry.dated_by == "publication":  # the day it was published is no mention
            continue
        for s in entry.sources:
            out[_key(entry.when)][s.article] = s.published
    return out


def publication_span(published: Sequence[date], weights: DigestWeights = DIGEST
                     ) -> tuple[date, date] | None:
    """The span the articles were published in, by the digest's trimming and margin
    (:func:`events.dating.publication_span`)."""
    return dating_span(published, weights.outliers, weights.margin_days)


def _retold(key: DateKey, seen: Mapping[str, "date | None"], weights: DigestWeights) -> int:
    """How many of the articles ``seen`` mentioning ``key`` retell it (published at least
    ``retold_after`` days after its first day)."""
    first = key[0] + timedelta(days=weights.retold_after)
    return sum(1 for day in seen.values() if day is not None and day >= first)


def onset(mentions: Mentions, span: tuple[date, date] | None, weights: DigestWeights = DIGEST
          ) -> date | None:
    """The day the story set off: the day retold by the most articles (ties: the
    earlier), from ``weights.onset_before`` days before the publication ``span`` to its
    end (the first articles of a collection often come a few days after the event that
    started it). None without a span or a day mentioned in it."""
    if span is None:
        return None
    earliest = span[0] - timedelta(days=weights.onset_before)
    days = [(-_retold(key, seen, weights), key[0]) for key, seen in mentions.items()
            if key[0] == key[1] and earliest <= key[0] <= span[1]]
    return min(days)[1] if days else None


def story_span(published: Sequence[date], mentions: Mentions, weights: DigestWeights = DIGEST
               ) -> tuple[tuple[date, date] | None, date | None]:
    """The span a digest keeps its dates in, and the story's :func:`onset`: the
    :func:`publication_span`, reaching back to the onset when it lies before it."""
    span = publication_span(published, weights)
    start = onset(mentions, span, weights)
    if span is not None and start is not None and start < span[0]:
        span = (start, span[1])
    return span, start


def date_scores(entries: Sequence[Entry], mentions: Mentions, published: Sequence[date],
                weights: DigestWeights = DIGEST,
                centrality: Mapping[str, float] | None = None) -> dict[DateKey, float]:
    """The digest score of each date that has an entry (see the module docstring).

    ``centrality`` (article id -> :func:`timeline.centrality.centrality`, mean 1) weighs
    each date by the mean centrality of the articles that mention it; without it, or for
    articles it does not know, every article counts 1.
    """
    days_sorted = sorted(published)
    actors: dict[DateKey, set[str]] = defaultdict(set)
    granularity: dict[DateKey, float] = defaultdict(float)
    for entry in entries:
        key = _key(entry.when)
        if entry.dated_by != "publication":  # a publication day says who wrote, not who acted
            actors[key].update(entry.actors)
        else:
            actors.setdefault(key, set())
        granularity[key] = max(granularity[key], GRANULARITY_WEIGHT.get(
            entry.when.granularity, GRANULARITY_WEIGHT["vague"]))
    total = len(days_sorted)
    start = story_span(days_sorted, mentions, weights)[1]
    scores = {}
    for key in actors:
        seen = mentions.get(key, {})
        retold = _retold(key, seen, weights)
        undated = sum(1 for day in seen.values() if day is None)
        pub_days = len({day for day in seen.values() if day is not None})
        before = bisect_left(days_sorted, key[0])
        later = total - before
        volume = bisect_left(days_sorted, key[0] + timedelta(days=2)) - before \
            if key[0] == key[1] else 0
        raw = (weights.retold * retold + weights.undated * undated + weights.days * pub_days
               + weights.actors * len(actors[key]) + weights.volume * volume)
        central = (sum(centrality.get(a, 1.0) for a in seen) / len(seen)
                   if centrality and seen else 1.0)
        early = (start is not None
                 and start <= key[0] < start + timedelta(days=weights.onset_days))
        scores[key] = (granularity[key] * central * raw / (1 + later) ** weights.coverage
                       * (1 + weights.onset if early else 1))
    return scores


def collection_digest(entries: Sequence[Entry], n: int, extractions: Sequence[Extraction],
                      profiles: Mapping[str, Mapping[str, int]] | None = None,
                      weights: DigestWeights = DIGEST) -> tuple[Entry, ...]:
    """The digest of a build: :func:`digest` with the mentions of every article
    (:func:`mentions_in`, undated ones read near the median publication day), their
    publication dates, and each article's centrality from its stem counts ``profiles``
    (:mod:`timeline.centrality`; without them every article counts alike)."""
    dates = sorted(x.article.published for x in extractions if x.article.published is not None)
    near = dates[len(dates) // 2] if dates else None  # the median publication day
    return digest(entries, n, mentions=mentions_in(extractions, near), published=dates,
                  weights=weights, centrality=centrality(profiles or {}))


def _best(group: Iterable[Entry]) -> Entry:
    """The entry that speaks for a date: most salient, most sources, then earliest in order."""
    return min(group, key=lambda e: (-e.salience, -len(e.sources), sort_key(e)))


def digest(entries: Sequence[Entry], n: int, *, mentions: Mentions | None = None,
           published: Sequence[date] | None = None, weights: DigestWeights = DIGEST,
           centrality: Mapping[str, float] | None = None) -> tuple[Entry, ...]:
    """The N most important dates, each with its most salient entry, in chronological order.

    ``mentions`` are the dates the articles mention (:func:`mentions_in`; default: the
    entries' own sources) and ``published`` the articles' publication dates (default:
    those of the sources); ``centrality`` weighs dates by the articles that mention them
    (see :func:`date_scores`). Entries need their ``salience`` (:func:`with_salience`).
    Ties go to the earlier date.
    """
    if n < 1 or not entries:
        return ()
    if mentions is None:
        mentions = mentions_of(entries)
    if published is None:
        published = sorted({s.published for e in entries for s in e.sources
                            if s.published is not None})
    scores = date_scores(entries, mentions, published, weights, centrality)
    span = story_span(sorted(published), mentions, weights)[0]

    def rank(key: DateKey):
        outside = span is not None and not (span[0] <= key[0] <= span[1])
        return (outside, key[0] != key[1], -scores[key], key)

    by_date: dict[DateKey, list[Entry]] = defaultdict(list)
    for entry in entries:
        by_date[_key(entry.when)].append(entry)
    chosen: dict[date, Entry] = {}
    for key in sorted(scores, key=rank):
        if len(chosen) == n:
            break
        if key[0] not in chosen:  # one entry per day, even if intervals differ in length
            chosen[key[0]] = _best(by_date[key])
    return order(chosen.values())
