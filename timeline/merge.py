"""Merging: events that tell the same happening become one entry citing every source.

Two events are *candidates* when their dates are compatible (their intervals overlap; an
interval longer than :attr:`MergeRules.join_days` only joins the very same interval), they
share an actor, their types agree, and their wording is alike (:func:`similarity`). A
shared date alone never merges anything: wording must overlap too.

Two precise (day-level) events a few days apart with strongly alike wording and shared
actors are the same happening dated differently by their sources: they become one entry
carrying a :class:`~timeline.models.Conflict`, never two entries and never a silent pick.

Clustering is greedy: candidate pairs are taken from the most alike down, and two clusters
join only when every cross pair has compatible dates, no article sits on both sides
(except for a clear duplicate within one article) and their average wording similarity
stays high, so that chains A~B~C don't glue unrelated events together.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Mapping

from events.models import Event, Interval
from timeline.copies import PRECISE, redate_copies
from timeline.entry import GENERIC_TYPES, make_entry
from timeline.models import Entry
from events.text.wording import content_stems, dice, names, stem


@dataclass(frozen=True, slots=True)
class MergeRules:
    """The thresholds of merging, as data (each has a test that names it).

    similar: wording similarity two events of different articles need to merge.
    conflict_similar: the (higher) similarity two events need when their precise dates
        differ, to be taken as one happening dated differently.
    conflict_days: the largest gap, in days, between two differing precise dates (and
        both sources must have been published once both days had come, or on one day).
    duplicate_similar: the similarity two events of the same article need, on the same
        date, to be one happening told twice.
    join_days: intervals up to this long (a month) join finer ones they overlap; longer
        ones (quarter, year) join only the very same interval.
    actorless_similar: the similarity two events with no actors at all need.
    trigger_weight: the share of the similarity given to equal trigger stems.
    linkage: two clusters join when their average similarity is at least this share of
        :attr:`similar` (and their date-disagreeing pairs average :attr:`conflict_similar`).
    copy_similar: a later article's sentence this alike to an earlier one's, with the same
        relative time expression, is a copy and keeps the earlier date
        (:mod:`timeline.copies`).
    names_agree: when each of two events names something the other does not ("NATO
        struck Tripoli" and "NATO struck Misrata"), they are two happenings.
    same_article_reach: an event is compared with at most this many later events of its
        own article that share a blocking key (actor and day) with it, the nearest ones:
        no article tells fifty happenings of one actor on one day, and a hostile text
        that does ("Monday" 10,000 times) must not cost the square of its length.
    block_reach: an event is compared with at most this many events of later articles
        that share a blocking key with it (the nearest in article order): a collection
        of 5,000 one-line files all dated the same day must not cost 12 million
        comparisons, and no real day-and-actor holds this many events (the Timeline17 topics build the same).
    max_members: no entry gathers more than this many events (a happening told by more
        sources than any collection holds); joining stops there, so that the pairwise
        checks of clustering stay bounded.
    """

    similar: float = 0.3
    conflict_similar: float = 0.5
    conflict_days: int = 3
    duplicate_similar: float = 0.7
    join_days: int = 31
    actorless_similar: float = 0.6
    trigger_weight: float = 0.2
    linkage: float = 0.75
    copy_similar: float = 0.8
    names_agree: bool = True
    same_article_reach: int = 50
    block_reach: int = 200
    max_members: int = 500


#: The default rules.
RULES = MergeRules()

#: How merged members were joined: the kinds of pair :func:`compare` returns.
SAME, CONFLICT, DUPLICATE = "same", "conflict", "duplicate"


@dataclass(slots=True)
class _Item:
    """An event with what merging compares precomputed."""

    index: int
    event: Event
    article: str
    published: date | None
    stems: frozenset[str]
    trigger: str
    actors: frozenset[str]
    names: frozenset[str]
    when: Interval


def _actor_words(actors: Iterable[str]) -> frozenset[str]:
    """The words of actor ids (``lloyd-austin`` -> lloyd, austin), kept out of the wording."""
    out = set()
    for actor in actors:
        for w in re.split(r"[^a-z0-9]+", actor.lower()):
            if w:
                out.add(w)
                out.add(stem(w))
    return frozenset(out)


def _item(index: int, event: Event, published: date | None) -> _Item:
    exclude = _actor_words(event.actors)
    trigger = content_stems(event.trigger, exclude)
    return _Item(index, event, event.source.article, published,
                 content_stems(f"{event.summary} {event.trigger}", exclude),
                 min(trigger) if len(trigger) == 1 else "", frozenset(event.actors),
                 names(event.summary, exclude), event.when)


def similarity(a: Event, b: Event, rules: MergeRules = RULES) -> float:
    """How alike the wording of two events is, from 0 to 1.

    The Dice coefficient of the content-word stems of summary and trigger (actor names
    and time words left out), with :attr:`MergeRules.trigger_weight` of it given to equal
    trigger stems.
    """
    return _similarity(_item(0, a, None), _item(1, b, None), rules)


def _similarity(a: _Item, b: _Item, rules: MergeRules) -> float:
    same_trigger = 1.0 if a.trigger and a.trigger == b.trigger else 0.0
    return (1 - rules.trigger_weight) * dice(a.stems, b.stems) + rules.trigger_weight * same_trigger


def _types_agree(a: Event, b: Event) -> bool:
    return a.type == b.type or a.type in GENERIC_TYPES or b.type in GENERIC_TYPES


def _dates(a: _Item, b: _Item, rules: MergeRules) -> str | None:
    """SAME when the two dates may name the same time, CONFLICT when they are precise, a
    few days apart and both sources could have known both days, None otherwise.

    A source published before the other source's date can't have reported that day: two
    articles published on different days, each dating a "strike on Tripoli" on or before
    its own day, more likely tell two strikes than one misdated.
    """
    x, y = a.when, b.when
    if x.overlaps(y):
        if max(x.days, y.days) > rules.join_days and (x.start, x.end) != (y.start, y.end):
            return None
        return SAME
    if x.granularity not in PRECISE or y.granularity not in PRECISE \
            or abs((x.start - y.start).days) > rules.conflict_days:
        return None
    if a.published and b.published and a.published != b.published \
            and max(x.start, y.start) > min(a.published, b.published):
        return None
    return CONFLICT


def compare(a: Event, b: Event, rules: MergeRules = RULES) -> tuple[str, float] | None:
    """Whether two events tell the same happening: (kind, similarity) or None.

    kind is ``"same"`` (compatible dates), ``"conflict"`` (precise dates a few days apart)
    or ``"duplicate"`` (one article telling it twice on the same date).
    """
    return _compare(_item(0, a, None), _item(1, b, None), rules)


def _compare(a: _Item, b: _Item, rules: MergeRules) -> tuple[str, float] | None:
    if a.stems.isdisjoint(b.stems):  # the cheapest test first: most pairs share no word
        return None
    if not _types_agree(a.event, b.event):
        return None
    if a.actors or b.actors:
        if a.actors.isdisjoint(b.actors):
            return None
        floor = rules.similar
    else:
        floor = rules.actorless_similar
    if a.article == b.article:
        if (a.when.start, a.when.end) != (b.when.start, b.when.end):
            return None
        kind, floor = DUPLICATE, max(floor, rules.duplicate_similar)
    else:
        kind = _dates(a, b, rules)
        if kind is None:
            return None
        if kind == CONFLICT:
            floor = max(floor, rules.conflict_similar)
    if rules.names_agree and (a.names - b.names) and (b.names - a.names):
        return None
    score = _similarity(a, b, rules)
    return (kind, score) if score >= floor else None


def _keys(item: _Item, rules: MergeRules) -> list[tuple]:
    """Blocking keys: two events can only merge if they share one (actor and day)."""
    actors = sorted(item.actors) or [""]
    when = item.when
    if when.days > rules.join_days:
        return [(actor, when.start, when.end) for actor in actors]
    days = [when.start + timedelta(days=i) for i in range(when.days)]
    return [(actor, day) for actor in actors for day in days]


def _probe_keys(item: _Item, rules: MergeRules) -> list[tuple]:
    """The keys to look up for ``item``: its own, widened by the conflict window if precise."""
    if item.when.granularity not in PRECISE:
        return _keys(item, rules)
    actors = sorted(item.actors) or [""]
    reach = rules.conflict_days
    return [(actor, item.when.start + timedelta(days=offset))
            for actor in actors for offset in range(-reach, reach + 1)]


def _dated_elsewhere(a: _Item, b: _Item, by_day: Mapping[tuple[str, date], list[int]],
                     items: list[_Item], rules: MergeRules) -> bool:
    """True when ``a``'s article also tells of ``b`` on ``b``'s own date.

    An article that names both dates ("air strikes began on March 19, two days after the
    Security Council voted") tells two happenings, so ``a`` and ``b`` are no conflict.
    """
    return any(_similarity(items[i], b, rules) >= rules.similar
               for i in by_day.get((a.article, b.when.start), ()) if i != a.index)


def candidate_pairs(items: list[_Item], rules: MergeRules) -> list[tuple[float, int, int, str]]:
    """All pairs that :func:`compare` accepts, as (score, i, j, kind).

    Pairs that agree on the date come first, best first; conflict pairs after them, so a
    conflict only ever joins happenings already gathered on each date.
    """
    index: dict[tuple, list[int]] = defaultdict(list)
    articles: dict[tuple, list[str]] = defaultdict(list)
    by_day: dict[tuple[str, date], list[int]] = defaultdict(list)
    for item in items:  # items come sorted by article: each key's list is too
        for key in _keys(item, rules):
            index[key].append(item.index)
            articles[key].append(item.article)
        if item.when.granularity in PRECISE:
            by_day[(item.article, item.when.start)].append(item.index)
    pairs = []
    for item in items:
        seen: set[int] = set()
        for key in _probe_keys(item, rules):
            for other in _later(item, index.get(key), articles.get(key), rules):
                if other in seen:
                    continue
                seen.add(other)
                found = _compare(item, items[other], rules)
                if not found:
                    continue
                if found[0] == CONFLICT and (
                        _dated_elsewhere(item, items[other], by_day, items, rules)
                        or _dated_elsewhere(items[other], item, by_day, items, rules)):
                    continue
                pairs.append((found[1], item.index, other, found[0]))
    pairs.sort(key=lambda p: (p[3] == CONFLICT, -p[0], p[1], p[2]))
    return pairs


def _later(item: _Item, members: list[int] | None, of: list[str] | None,
           rules: MergeRules) -> Iterable[int]:
    """The items of a key's list after ``item``: the nearest
    :attr:`MergeRules.same_article_reach` of its own article, then the nearest
    :attr:`MergeRules.block_reach` of later articles."""
    if not members:
        return ()
    first = bisect_right(members, item.index)
    own_end = bisect_right(of, item.article, lo=first)
    own = members[first:min(own_end, first + rules.same_article_reach)]
    if own_end >= len(members):
        return own
    return own + members[own_end:own_end + rules.block_reach]


@dataclass(slots=True)
class _Cluster:
    members: list[int]
    articles: Counter = field(default_factory=Counter)
    version: int = 0


def _can_join(a: _Cluster, b: _Cluster, kind: str, items: list[_Item],
              rules: MergeRules) -> bool:
    if len(a.members) + len(b.members) > rules.max_members:
        return False
    shared = set(a.articles) & set(b.articles)
    if kind == DUPLICATE:
        if len(shared) != 1:
            return False
    elif shared:
        return False
    total = n = 0.0
    apart = apart_n = 0.0
    for i in a.members:
        x = items[i]
        for j in b.members:
            y = items[j]
            if x.article == y.article:
                if (x.when.start, x.when.end) != (y.when.start, y.when.end):
                    return False
                continue
            dates = _dates(x, y, rules)
            if dates is None:
                return False
            score = _similarity(x, y, rules)
            total += score
            n += 1
            if dates == CONFLICT:
                apart += score
                apart_n += 1
    if n and total / n < rules.similar * rules.linkage:
        return False
    if apart_n and apart / apart_n < rules.conflict_similar:
        return False
    return True


def cluster(items: list[_Item], rules: MergeRules = RULES) -> list[list[int]]:
    """Group items into happenings (lists of item indexes, each sorted)."""
    parent = list(range(len(items)))
    clusters = {i: _Cluster([i], Counter([items[i].article])) for i in range(len(items))}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    refused: set[tuple[int, int, int, int]] = set()
    for _score, i, j, kind in candidate_pairs(items, rules):
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        a, b = clusters[ri], clusters[rj]
        key = (ri, a.version, rj, b.version)
        if key in refused:
            continue
        if not _can_join(a, b, kind, items, rules):
            refused.add(key)
            continue
        if len(a.members) < len(b.members):
            ri, rj, a, b = rj, ri, b, a
        parent[rj] = ri
        a.members.extend(b.members)
        a.articles.update(b.articles)
        a.version += 1
        del clusters[rj]
    return sorted(sorted(c.members) for c in clusters.values())


def merge_events(events: Iterable[Event], published: Mapping[str, date | None] | None = None,
                 rules: MergeRules = RULES) -> list[Entry]:
    """Merge events (actor ids already global) into entries, one per happening.

    ``published`` maps article ids to publication dates (used to choose an entry's status
    and to order its sources); a source's own ``published`` is used where it is missing.
    The entries come in no particular order: see :mod:`timeline.order`.
    """
    published = published or {}
    ordered = sorted(events, key=lambda e: (e.source.article, e.source.start, e.id))
    ordered = redate_copies(ordered, published, rules.copy_similar)
    items = [_item(i, e, published.get(e.source.article, e.source.published))
             for i, e in enumerate(ordered)]
    def alike(a: _Item, b: _Item) -> float:
        return _similarity(a, b, rules)

    return [make_entry([items[i] for i in group], alike) for group in cluster(items, rules)]
