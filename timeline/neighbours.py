"""Dating an undated article by the dated article it reads most alike.

When an undated article shares no sentence with a dated one (an analysis, a list of
quotes, a story whose dateline was lost), the articles that cover the same news still
give its week: news about one happening clusters in a few days. The undated article takes
the publication day of the dated article whose wording is most alike (cosine of the
tf-idf weights of content-word stems; a dated article is known by the sentences its
events were read from), and then moves to the nearby day the weekdays it names fit best
(:func:`timeline.weekdays.best_day`).

The thresholds are data (:class:`NeighbourRules`), each with a test that names it.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping, Sequence

from events.models import Event
from timeline.weekdays import WeekdayMention, best_day, text_weekdays
from timeline.wording import STOP_WORDS, stem, words


@dataclass(frozen=True, slots=True)
class NeighbourRules:
    """The thresholds of dating by the most alike article.

    min_similarity: the cosine a dated article needs to date an undated one.
    weekday_reach: how many days the date may move (either way) to the day its named
        weekdays fit best.
    min_stems: an undated text with fewer content stems says too little to be matched.
    """

    min_similarity: float = 0.2
    weekday_reach: int = 3
    min_stems: int = 10


#: The default rules.
NEIGHBOURS = NeighbourRules()


@dataclass(frozen=True, slots=True)
class Neighbour:
    """The day an undated article is given, the dated article it came from, and how."""

    published: date
    article: str
    similarity: float
    how: str


def stem_counts(text: str) -> Counter[str]:
    """How often each content-word stem occurs in ``text``."""
    return Counter(stem(w) for w in words(text) if len(w) > 2 and w not in STOP_WORDS
                   and not w.isdigit())


def tfidf(counts: Mapping[str, int], idf: Mapping[str, float]) -> dict[str, float]:
    """The unit-length tf-idf vector of stem counts ((1 + log tf) * idf; stems without an
    idf left out)."""
    weights = {s: (1 + math.log(n)) * idf[s] for s, n in counts.items() if s in idf}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {s: w / norm for s, w in weights.items()}


def profiles_of(events: Iterable[Event]) -> dict[str, Counter[str]]:
    """Each article's stem counts from the sentences its events were read from (for
    articles whose text is no longer at hand)."""
    docs: dict[str, Counter[str]] = defaultdict(Counter)
    seen: set[tuple[str, int]] = set()
    for event in events:
        src = event.source
        if (src.article, src.start) not in seen:
            seen.add((src.article, src.start))
            docs[src.article].update(stem_counts(src.quote))
    return dict(docs)


def date_by_neighbours(undated: Mapping[str, str], profiles: Mapping[str, Mapping[str, int]],
                       published: Mapping[str, date | None],
                       rules: NeighbourRules = NEIGHBOURS,
                       weekdays: Mapping[str, Sequence[WeekdayMention]] | None = None
                       ) -> dict[str, Neighbour]:
    """A day for each undated article (id -> text) from the most alike dated article.

    ``profiles`` are the articles' stem counts (:func:`stem_counts` of their texts, or
    :func:`profiles_of` their events) and ``published`` their dates;
    only dated ones are compared. ``weekdays`` are the weekdays each undated article
    names (:func:`timeline.weekdays.weekday_mentions`; read from the text when not
    given). Articles with no dated article alike enough are left out.
    """
    docs = {aid: stems for aid, stems in profiles.items()
            if published.get(aid) is not None and aid not in undated}
    queries = {aid: stem_counts(text) for aid, text in undated.items()}
    df = Counter(s for stems in (*docs.values(), *queries.values()) for s in stems)
    total = len(docs) + len(queries)
    idf = {s: math.log(total / n) for s, n in df.items() if n < total}
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
        best = min(scores, key=lambda other: (-scores[other], published[other], other))
        if scores[best] < rules.min_similarity:
            continue
        day = published[best]
        named = weekdays[aid] if weekdays and aid in weekdays else text_weekdays(undated[aid])
        moved = best_day(day, named, rules.weekday_reach)
        how = "dated like the most alike article"
        if moved != day:
            how += f", moved to the {moved:%A} its weekdays fit"
        out[aid] = Neighbour(moved, best, round(scores[best], 6), how)
    return out
