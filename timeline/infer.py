"""Dating undated articles from the events they share with dated ones.

An article with no publication date of its own, and none that ``events.pubdate`` could
infer from the dates it mentions, loses its relative dates ("on Saturday"), and with them
most of its events. But news is retold: the same happening, often in nearly the same
sentence, appears in articles whose date is known. Each sentence of the undated article
that closely matches a dated event's source sentence is a vote for that dated article's
publication day, weighted by how alike the sentences are, and the article gets the weighted
median of the votes, moved (by up to three days) to a weekday its opening names: a lead's
"said on Monday" is most often the day of publication. The date is marked
``published_from="inferred"``
and its ``published_how`` says how many sentences and articles it rests on.
"""
from __future__ import annotations

import heapq
import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Collection, Iterable, Mapping, Sequence

from events.compose import FIRST_COMMENT
from events.models import ArticleInfo, Event
from events.pubdate import partial_in, weekdays_named
from events.sentences import split_sentences
from timeline.wording import content_stems, dice


@dataclass(frozen=True, slots=True)
class InferRules:
    """The thresholds of date inference, as data (each has a test that names it).

    similar: the Dice similarity of content words a sentence needs to match a dated
        event's sentence.
    min_words: sentences with fewer content words are too generic to match.
    min_votes: matched sentences needed before a date is inferred.
    common_share: content words found in more than this share of the dated sentences are
        too common to find candidates by (they still count in the similarity).
    candidates: how many dated sentences sharing the most words are compared in full.
    weekday_reach: how many days (either way) the inferred day may move to fall on a
        weekday the article's opening names.
    year_window: a dateline's month and day take the year in which the most dated
        articles were published within this many days of that day (see
        :func:`complete_years`).
    """

    similar: float = 0.6
    min_words: int = 5
    min_votes: int = 2
    common_share: float = 0.05
    candidates: int = 20
    year_window: int = 31
    weekday_reach: int = 3


#: The default rules.
RULES = InferRules()


@dataclass(frozen=True, slots=True)
class Inferred:
    """A publication date inferred for an article, and how (in words, for the page)."""

    published: date
    how: str


class _Index:
    """Dated events' sentences by content word, for finding near-matching sentences."""

    def __init__(self, events: Iterable[Event], published: Mapping[str, date | None],
                 rules: InferRules):
        self.sentences: list[tuple[frozenset[str], str, date]] = []
        seen = set()
        for event in sorted(events, key=lambda e: (e.source.article, e.source.start, e.id)):
            src = event.source
            day = published.get(src.article) or src.published
            key = (src.article, src.start)
            if day is None or key in seen:
                continue
            seen.add(key)
            stems = content_stems(src.quote)
            if len(stems) >= rules.min_words:
                self.sentences.append((stems, src.article, day))
        self.df = df = Counter(s for stems, *_ in self.sentences for s in stems)
        cap = max(2, int(rules.common_share * len(self.sentences)))
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i, (stems, *_rest) in enumerate(self.sentences):
            for s in stems:
                if df[s] <= cap:
                    self.postings[s].append(i)

    def best(self, stems: frozenset[str], rules: InferRules) -> tuple[list[tuple], float]:
        """The dated sentences that match ``stems`` best (all of them on a tie), and the
        similarity; an empty list when none is alike enough."""
        # A sentence this alike shares at least `need` words with the query, so it shares
        # one of the query's len - need + 1 rarest words: look up those only.
        need = math.ceil(rules.similar * (len(stems) + rules.min_words) / 2)
        rarest = sorted(stems, key=lambda s: (self.df.get(s, 0), s))[:max(1, len(stems) - need + 1)]
        hits = Counter(i for s in rarest for i in self.postings.get(s, ()))
        best: list[int] = []
        best_score = rules.similar
        for i in heapq.nsmallest(rules.candidates, hits, key=lambda i: (-hits[i], i)):
            score = dice(stems, self.sentences[i][0])
            if score > best_score or not best and score == best_score:
                best, best_score = [i], score
            elif best and score == best_score:
                best.append(i)
        return [self.sentences[i] for i in best], best_score


#: How many opening sentences are read for the weekday of publication (a news lead's
#: "said on Monday" is most often the day it was published).
LEAD_SENTENCES = 2


def lead_weekdays(text: str, sentences: int = LEAD_SENTENCES) -> frozenset[int]:
    """The weekdays (ISO numbers) the first ``sentences`` sentences of ``text`` name."""
    opening = split_sentences(text)[:sentences]
    return weekdays_named(text[:opening[-1].end]) if opening else frozenset()


def snap_to_weekday(day: date, weekdays: frozenset[int], reach: int) -> date:
    """The day nearest to ``day``, at most ``reach`` days away, that falls on one of
    ``weekdays`` (the later one on a tie: news reports what happened before it); ``day``
    itself when none does or no weekday is given."""
    for gap in range(reach + 1):
        for candidate in (day + timedelta(days=gap), day - timedelta(days=gap)):
            if candidate.isoweekday() in weekdays:
                return candidate
    return day


def provisional(info: ArticleInfo) -> bool:
    """True when an article's date may still be settled by the other articles of a build:
    it has none, it was inferred from the article's own mentions (not from its first
    reader comment, which is close enough to be kept), or its dateline gave month and day
    and the year was guessed from the text."""
    if info.published_from == "inferred":
        return info.published_how != FIRST_COMMENT
    return info.published is None or (
        bool(info.published_partial) and info.published_from == "text")


def infer_dates(undated: Mapping[str, str], dated_events: Iterable[Event],
                published: Mapping[str, date | None], rules: InferRules = RULES
                ) -> dict[str, Inferred]:
    """Publication dates for undated articles, from sentences they share with dated ones.

    ``undated`` maps article ids to their texts; ``dated_events`` are the events of dated
    articles, and ``published`` their articles' dates. Articles with too little evidence
    are left out of the result.
    """
    index = _Index(dated_events, published, rules)
    out = {}
    for article_id in sorted(undated):
        found = _infer_one(undated[article_id], index, rules)
        if found is not None:
            out[article_id] = found
    return out


def _infer_one(text: str, index: _Index, rules: InferRules) -> Inferred | None:
    votes: list[tuple[date, float]] = []
    sources: set[str] = set()
    matched = 0
    for sentence in split_sentences(text):
        stems = content_stems(text[sentence.start:sentence.end])
        if len(stems) < rules.min_words:
            continue
        matches, score = index.best(stems, rules)
        for _, article, day in matches:  # a sentence printed by several splits its vote
            votes.append((day, score / len(matches)))
            sources.add(article)
        matched += bool(matches)
    if matched < rules.min_votes:
        return None
    day = weighted_median(votes)
    moved = snap_to_weekday(day, lead_weekdays(text), rules.weekday_reach)
    how = (f"inferred from {matched} sentences shared with {len(sources)} dated "
           f"article{'s' if len(sources) != 1 else ''}")
    if moved != day:
        how += f", moved to the {moved:%A} its opening names"
    return Inferred(moved, how)


def weighted_median(votes: Iterable[tuple[date, float]]) -> date:
    """The date at which half the total weight is reached (the earlier one on an exact tie)."""
    ordered = sorted(votes)
    half = sum(w for _, w in ordered) / 2
    running = 0.0
    for day, weight in ordered:
        running += weight
        if running >= half:
            return day
    return ordered[-1][0]


def complete_years(partials: Mapping[str, tuple[str, Collection[int]]],
                   published: Sequence[date], rules: InferRules = RULES) -> dict[str, Inferred]:
    """Years for datelines that gave only month and day ("ROME, Feb 21 (Reuters)").

    ``partials`` maps article ids to the dateline's TIMEX3 value (``XXXX-02-21``) and the
    weekdays the article names; ``published`` are the dated articles' publication days.
    Each year around those days is a candidate; one with no dated article within
    :attr:`InferRules.year_window` days of the day is not. A candidate on which the
    article's day falls on a weekday it names ("said on Monday") beats one that does not;
    then the one with more dated articles nearby wins; the earlier on a tie.
    """
    days = sorted(published)
    years = sorted({d.year + k for d in days for k in (-1, 0, 1)})
    window = timedelta(days=rules.year_window)
    out = {}
    for article_id in sorted(partials):
        partial, weekdays = partials[article_id]
        best = None
        for year in years:
            day = partial_in(partial, year)
            if day is None:
                continue
            near = bisect_right(days, day + window) - bisect_left(days, day - window)
            if near == 0:
                continue
            key = (not weekdays or day.isoweekday() in weekdays, near, -year)
            if best is None or key > best[0]:
                best = (key, day)
        if best is not None:
            fits = " and its weekday" if weekdays and best[0][0] else ""
            out[article_id] = Inferred(best[1], f"dateline {best[1]:%-d %B}, year from "
                                                f"{best[0][1]} dated articles{fits}")
    return out
