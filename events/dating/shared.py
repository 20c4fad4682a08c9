"""Dating undated articles from the sentences they share with dated ones.

An article with no publication date of its own, and none that ``events.dating.mentions`` could
infer from the dates it mentions, loses its relative dates ("on Saturday"), and with them
most of its events. But news is retold: the same happening, often in nearly the same
sentence, appears in articles whose date is known. Each dated article with a sentence
that closely matches one of the undated article's (Dice of content words) is a witness,
and votes once for its publication day, weighted by how alike its closest sentence is:
a daily briefing that repeats its template in six sentences must not outvote the news
one sentence shares. The article gets the weighted median of the votes when at least
half of them lie within a week of it, moved (by up to three days) to the day its named
weekdays fit best (:mod:`events.dating.weekdays`).

Two kinds of match are no evidence and are left out: a dated sentence that names other
weekdays than the undated one (the same words about another day: "NATO said it flew 127
sorties on Monday"), and a sentence said all through the story (its matches were
published more than a week apart: background, page furniture). The date is marked
``published_from="inferred"`` and its ``published_how`` says how many sentences and
articles it rests on.
"""
from __future__ import annotations

import heapq
import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Collection, Iterable, Mapping, Sequence

from events.dating.evidence import partial_in, weekdays_named
from events.dating.weekdays import WeekdayMention, best_day
from events.models import Published
from events.text.sentences import split_sentences
from events.text.wording import content_stems, dice


@dataclass(frozen=True, slots=True)
class InferRules:
    """The thresholds of date inference, as data (each has a test that names it).

    similar: the Dice similarity of content words a sentence needs to match a sentence
        of a dated article.
    min_words: sentences with fewer content words are too generic to match.
    min_votes: matched sentences needed before a date is inferred.
    common_share: content words found in more than this share of the dated sentences are
        too common to find candidates by (they still count in the similarity).
    candidates: how many dated sentences sharing the most words are compared in full.
    weekday_reach: how many days (either way) the inferred day may move to the day its
        named weekdays fit best (:func:`events.dating.weekdays.best_day`).
    spread_days: a sentence matching dated sentences published further apart than this
        is said all through the story (background, page furniture) and is no vote; and
        the votes within this many days of the inferred day must hold ``min_share`` of
        all the votes.
    min_share: see ``spread_days``: witnesses spread over the months don't date a day.
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
    spread_days: int = 7
    min_share: float = 0.5


#: The default rules.
RULES = InferRules()


@dataclass(frozen=True, slots=True)
class Said:
    """One sentence of an article as matching sees it: its content stems and the
    weekdays it names."""

    stems: frozenset[str]
    weekdays: frozenset[int]


def _said(sentence: str, rules: InferRules) -> Said | None:
    """A sentence as matching sees it, or None when it has too few content words."""
    stems = content_stems(sentence)
    return Said(stems, weekdays_named(sentence)) if len(stems) >= rules.min_words else None


def sentences_of(text: str, rules: InferRules = RULES) -> tuple[Said, ...]:
    """The sentences of ``text`` that have enough content words to be matched."""
    said = (_said(text[s.start:s.end], rules) for s in split_sentences(text))
    return tuple(s for s in said if s is not None)


class _Index:
    """Dated articles' sentences by content word, for finding near-matching sentences."""

    def __init__(self, sentences: Mapping[str, Sequence[Said]],
                 published: Mapping[str, date | None], rules: InferRules):
        self.sentences: list[tuple[frozenset[str], str, date]] = []
        self.weekdays: list[frozenset[int]] = []
        for aid in sorted(sentences):
            day = published.get(aid)
            if day is None:
                continue
            for said in sentences[aid]:
                self.sentences.append((said.stems, aid, day))
                self.weekdays.append(said.weekdays)
        self.df = df = Counter(s for stems, *_ in self.sentences for s in stems)
        cap = max(2, int(rules.common_share * len(self.sentences)))
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i, (stems, *_rest) in enumerate(self.sentences):
            for s in stems:
                if df[s] <= cap:
                    self.postings[s].append(i)

    def best(self, stems: frozenset[str], rules: InferRules,
             weekdays: frozenset[int] = frozenset()) -> tuple[list[tuple], float]:
        """The dated sentences that match ``stems`` best (all of them on a tie), and the
        similarity; an empty list when none is alike enough. With ``weekdays`` (those
        the sentence names), a dated sentence that names only other weekdays is no
        match: the same words on another day tell another happening (a daily
        briefing's "NATO said it flew 127 sorties on Monday")."""
        # A sentence this alike shares at least `need` words with the query, so it shares
        # one of the query's len - need + 1 rarest words: look up those only.
        need = math.ceil(rules.similar * (len(stems) + rules.min_words) / 2)
        rarest = sorted(stems, key=lambda s: (self.df.get(s, 0), s))[:max(1, len(stems) - need + 1)]
        hits = Counter(i for s in rarest for i in self.postings.get(s, ()))
        best: list[int] = []
        best_score = rules.similar
        first = last = None
        for i in heapq.nsmallest(rules.candidates, hits, key=lambda i: (-hits[i], i)):
            if weekdays and self.weekdays[i] and weekdays.isdisjoint(self.weekdays[i]):
                continue
            score = dice(stems, self.sentences[i][0])
            if score >= rules.similar:
                day = self.sentences[i][2]
                first, last = min(first or day, day), max(last or day, day)
            if score > best_score or not best and score == best_score:
                best, best_score = [i], score
            elif best and score == best_score:
                best.append(i)
        if first is not None and (last - first).days > rules.spread_days:
            return [], best_score  # said all through the story: no evidence of a day
        return [self.sentences[i] for i in best], best_score


def infer_dates(undated: Mapping[str, Sequence[Said]], dated: Mapping[str, Sequence[Said]],
                published: Mapping[str, date | None], rules: InferRules = RULES,
                weekdays: Mapping[str, Sequence[WeekdayMention]] | None = None
                ) -> dict[str, Published]:
    """Publication dates for undated articles, from sentences they share with dated ones.

    ``undated`` maps the undated articles' ids to their sentences (:func:`sentences_of`
    their texts), ``dated`` every article's sentences (the undated ones among them are
    left out), and ``published`` gives the dated ones' dates. ``weekdays`` are the
    weekdays each undated article names (:func:`events.dating.weekdays.weekday_mentions`;
    none when not given). Articles with too little evidence are left out of the result.
    """
    index = _Index({aid: said for aid, said in dated.items() if aid not in undated},
                   published, rules)
    out = {}
    for article_id in sorted(undated):
        named = (weekdays or {}).get(article_id, ())
        found = _infer_one(undated[article_id], named, index, rules)
        if found is not None:
            out[article_id] = found
    return out


def _infer_one(sentences: Sequence[Said], named: Sequence[WeekdayMention], index: _Index,
               rules: InferRules) -> Published | None:
    shared: dict[str, tuple[date, float]] = {}  # witness -> its day, its best match
    matched = 0
    for said in sentences:
        matches, score = index.best(said.stems, rules, said.weekdays)
        for _, article, day in matches:  # a sentence printed by several splits its weight
            shared[article] = (day, max(shared.get(article, (day, 0.0))[1],
                                        score / len(matches)))
        matched += bool(matches)
    if matched < rules.min_votes:
        return None
    votes = sorted(shared.values())
    day = weighted_median(votes)
    total = sum(w for _, w in votes)
    near = sum(w for d, w in votes if abs((d - day).days) <= rules.spread_days)
    if near < rules.min_share * total:
        return None
    moved = best_day(day, named, rules.weekday_reach)
    how = (f"inferred from {matched} sentences shared with {len(shared)} dated "
           f"article{'s' if len(shared) != 1 else ''}")
    if moved != day:
        how += f", moved to the {moved:%A} its weekdays fit"
    return Published(moved, "inferred", how)


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
                   published: Sequence[date], rules: InferRules = RULES) -> dict[str, Published]:
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
            out[article_id] = Published(best[1], "inferred",
                                        f"dateline {best[1]:%-d %B}, year from "
                                        f"{best[0][1]} dated articles{fits}")
    return out

