"""Merging: events that tell the same happening become one entry citing every source.

Two events are *candidates* when their dates are compatible (their intervals overlap; an
interval longer than :attr:`MergeRules.join_days` only joins the very same interval), they
share an actor, their types agree, neither names a place or thing the other lacks, and
their wording is alike (:func:`similarity`) at least as much as the first row of
:data:`FLOORS` that fits the pair asks. A shared date alone never merges anything.

Outlets tell one happening in different words: two precise events of one day, of the same
specific type, that share at least :attr:`MergeRules.agree_actors` actors need far less
shared wording (row ``actors-agree``). An event dated only by its article's publication
day (``dated_by == "publication"``) says nothing of when it happened, so it joins another
only on strong wording and actor agreement (row ``publication-dated``), and such events
are compared only within blocks of shared actor pairs (or actor and trigger), which keeps
merging fast when every article adds many of them.

Two precise (day-level) events a few days apart with strongly alike wording and shared
actors are the same happening dated differently by their sources: they become one entry
carrying a :class:`~timeline.models.Conflict`, never two entries and never a silent pick.

Clustering is greedy: candidate pairs are taken from the most alike down, and two clusters
join only when every cross pair has compatible dates, no article sits on both sides
(except for a clear duplicate within one article) and their average wording similarity
stays high, so that chains A~B~C don't glue unrelated events together.
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Mapping

from events.models import Event, Interval
from timeline.copies import PRECISE, redate_copies
from timeline.entry import GENERIC_TYPES, make_entry
from timeline.models import Entry
from events.text.wording import content_stems, dice, names, stem, words


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
        the average floor their cross pairs' cases ask (:data:`FLOORS`), and their
        date-disagreeing pairs average :attr:`conflict_similar`.
    copy_similar: a later article's sentence this alike to an earlier one's, with the same
        relative time expression, is a copy and keeps the earlier date
        (:mod:`timeline.copies`).
    names_agree: when each of two events names something the other's whole sentence
        does not ("NATO struck Tripoli" and "NATO struck Misrata"), they are two
        happenings (a summary is shortened: the name may sit in the rest of the sentence).
    agree_similar: the (lower) similarity two precise events of different articles need
        on the same day when their types agree on a specific type and they share at
        least ``agree_actors`` actors: the same happening told by another outlet.
    agree_actors: the shared actors that make two tellings agree.
    retell_similar: two gathered tellings that each hold a sentence of one article join
        only when those sentences give the very same date and are this alike (an article
        tells its main happening more than once; :attr:`duplicate_similar` is what a
        pair of one article needs on its own).
    retold_similar: the similarity (beyond one shared content word) two events need when
        both name their day by its calendar date ("on 20 April") at least ``retold_days``
        before both articles were published: a day recalled by its date weeks later is
        the story's landmark, told in each outlet's words.
    publication_similar: the similarity needed when either event is dated only by its
        article's publication day; they must also share ``agree_actors`` actors (or
        their one actor and their trigger).
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
    agree_similar: float = 0.1
    agree_actors: int = 2
    publication_similar: float = 0.5
    retold_similar: float = 0.0
    retell_similar: float = 0.3
    retold_days: int = 7


#: The default rules.
RULES = MergeRules()

#: How merged members were joined: the kinds of pair :func:`compare` returns.
SAME, CONFLICT, DUPLICATE = "same", "conflict", "duplicate"


#: The similarity a pair needs: the first row whose case fits the pair gives the name of
#: the :class:`MergeRules` field that holds it (each row has a test that names it).
#: Cases: ``same-article`` (two events of one article on the very same date),
#: ``publication-dated`` (either is dated only by its publication day), ``conflict``
#: (precise dates a few days apart), ``no-actors`` (neither names an actor),
#: ``retold-date`` (both name the same day by its calendar date, long before both
#: articles were published), ``actors-agree`` (same day, ``agree_actors`` shared actors),
#: ``same-occasion`` (same day, a shared actor, and one of them is an :data:`OCCASIONS`
#: type), ``shared-actor`` (the rest: at least one shared actor).
FLOORS: tuple[tuple[str, str], ...] = (
    ("same-article", "duplicate_similar"),
    ("publication-dated", "publication_similar"),
    ("conflict", "conflict_similar"),
    ("no-actors", "actorless_similar"),
    ("retold-date", "retold_similar"),
    ("actors-agree", "agree_similar"),
    ("same-occasion", "agree_similar"),
    ("shared-actor", "similar"),
)

#: Event types an actor takes part in once on a day (a meeting, a summit, a hearing): on
#: one day, one such event of a shared actor is one occasion, however it is told.
OCCASIONS = frozenset({"meeting"})


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
    weak: bool = False  # dated only by its article's publication day
    said: frozenset[str] = frozenset()  # every word of the sentence (names are checked here)
    named_day: bool = False  # its time expression gives a calendar date


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
                 frozenset(_plain(n) for n in names(event.summary, exclude)) - not_places(),
                 event.when,
                 event.dated_by == "publication",
                 frozenset(_plain(w) for w in words(event.source.quote)),
                 _names_a_date(event.source.time_text))


#: A time expression that gives a calendar date: a month's name (or its abbreviation)
#: and a number ("20 April", "Oct. 21", "April 20, 2010"), or a numeric date.
CALENDAR_DATE = re.compile(
    r"(?=.*\d)(?=.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b", re.I)


def _names_a_date(time_text: str) -> bool:
    return bool(CALENDAR_DATE.search(time_text))


#: The gazetteer roles and kinds whose words never tell two happenings apart: a title
#: ("President"), a nationality word ("British"), an outlet, a person or an organization
#: names who took part or who told it, not where or what it was.
NOT_PLACES_ROLES = frozenset({"adjective", "people", "outlet"})
NOT_PLACES_KINDS = frozenset({"person", "organization", "group", "outlet"})


@lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    """The lower-cased words that the ``names_agree`` rule ignores (see
    :data:`NOT_PLACES_ROLES`): every word of the gazetteer's titles, ranks and
    honorifics, and of its phrases of those roles and kinds (of a body, only a one-word
    name)."""
    from events.actors.gazetteer import load

    gaz = load()
    out = {w for key in gaz.cues for w in key}
    for key, entry in gaz.phrases.items():
        # a body's longer name may hold a place ("Gulf Cooperation Council"): only its
        # one-word names count
        if entry.role in NOT_PLACES_ROLES or entry.kind in ("person", "outlet") or (
                entry.kind in NOT_PLACES_KINDS and len(key) == 1):
            out.update(_plain(w) for w in key)
    return frozenset(w.lower().strip(".") for w in out)


def _plain(word: str) -> str:
    """A word without its possessive ("Obama's" -> "obama")."""
    word = word.lower()
    return word[:-2] if word.endswith("'s") else word


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


def _case(a: _Item, b: _Item, kind: str, rules: MergeRules) -> str | None:
    """The :data:`FLOORS` case of a pair whose dates are compatible (``kind``), or None
    when the pair can't be one happening whatever its wording."""
    if kind == DUPLICATE:
        return "same-article"
    shared = len(a.actors & b.actors)
    if a.weak or b.weak:
        if kind == CONFLICT:
            return None  # a publication day is no date to disagree about
        if shared >= rules.agree_actors or (
                shared == 1 and len(a.actors) == len(b.actors) == 1
                and a.trigger and a.trigger == b.trigger):
            return "publication-dated"
        return None
    if kind == CONFLICT:
        return "conflict"
    if not a.actors and not b.actors:
        return "no-actors"
    same_day = a.when.granularity in PRECISE and b.when.granularity in PRECISE \
        and a.when.start == b.when.start
    if same_day and a.named_day and b.named_day and a.published and b.published and min(
            (a.published - a.when.start).days,
            (b.published - b.when.start).days) >= rules.retold_days:
        return "retold-date"
    if same_day and shared >= rules.agree_actors:
        return "actors-agree"
    if same_day and shared and (a.event.type in OCCASIONS or b.event.type in OCCASIONS):
        return "same-occasion"
    return "shared-actor"


def floor_of(case: str, rules: MergeRules) -> float:
    """The similarity a pair of the :data:`FLOORS` ``case`` needs."""
    return getattr(rules, dict(FLOORS)[case])


def _compare(a: _Item, b: _Item, rules: MergeRules) -> tuple[str, float] | None:
    if not _types_agree(a.event, b.event):
        return None
    if (a.actors or b.actors) and a.actors.isdisjoint(b.actors):
        return None
    if a.article == b.article:
        if (a.when.start, a.when.end) != (b.when.start, b.when.end):
            return None
        kind = DUPLICATE
    else:
        kind = _dates(a, b, rules)
        if kind is None:
            return None
    case = _case(a, b, kind, rules)
    if case is None:
        return None
    if rules.names_agree and (a.names - b.said) and (b.names - a.said):
        return None
    score = _similarity(a, b, rules)
    floor = max(floor_of(case, rules), rules.duplicate_similar if kind == DUPLICATE else 0.0)
    return (kind, score) if score >= floor and score > 0 else None


def _keys(item: _Item, rules: MergeRules) -> list[tuple]:
    """Blocking keys: two events can only merge if they share one (actor and day)."""
    actors = sorted(item.actors) or [""]
    when = item.when
    if when.days > rules.join_days:
        return [(actor, when.start, when.end) for actor in actors]
    days = [when.start + timedelta(days=i) for i in range(when.days)]
    return [(actor, day) for actor in actors for day in days]


def _strong_keys(item: _Item, rules: MergeRules) -> list[tuple]:
    """The keys a publication-dated event is compared by: each day it covers with each
    pair of its actors (or its one actor and its trigger), so that it meets only the
    events that could pass the ``publication-dated`` case."""
    actors = sorted(item.actors)
    if len(actors) == 1:
        groups = [("1", actors[0], item.trigger)] if item.trigger else []
    else:
        groups = [("2", x, y) for n, x in enumerate(actors) for y in actors[n + 1:]]
    if item.when.days > rules.join_days:
        return [(g, item.when.start, item.when.end) for g in groups]
    return [(g, item.when.start + timedelta(days=i)) for g in groups
            for i in range(item.when.days)]


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
    index: dict[tuple, list[int]] = defaultdict(list)  # events dated by a time expression
    strong: dict[tuple, list[int]] = defaultdict(list)  # every event, by its strong keys
    by_day: dict[tuple[str, date], list[int]] = defaultdict(list)
    for item in items:
        if not item.weak:
            for key in _keys(item, rules):
                index[key].append(item.index)
            if item.when.granularity in PRECISE:
                by_day[(item.article, item.when.start)].append(item.index)
        for key in _strong_keys(item, rules):
            strong[key].append(item.index)
    pairs = []
    for item in items:
        seen: set[int] = set()
        if item.weak:
            probes = (strong.get(key, ()) for key in _strong_keys(item, rules))
        else:
            probes = itertools.chain((index.get(key, ()) for key in _probe_keys(item, rules)),
                                     (strong.get(key, ()) for key in _strong_keys(item, rules)))
        for bucket in probes:
            for other in bucket:
                if other <= item.index or other in seen:
                    continue
                seen.add(other)
                if items[other].stems.isdisjoint(item.stems):  # cheapest first: most pairs
                    continue
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


@dataclass(slots=True)
class _Cluster:
    members: list[int]
    articles: Counter = field(default_factory=Counter)
    version: int = 0


def _can_join(a: _Cluster, b: _Cluster, kind: str, items: list[_Item],
              rules: MergeRules) -> bool:
    shared = set(a.articles) & set(b.articles)
    if kind == DUPLICATE and len(shared) != 1:
        return False
    total = n = needed = 0.0
    apart = apart_n = 0.0
    for i in a.members:
        x = items[i]
        for j in b.members:
            y = items[j]
            if x.article == y.article:
                # one article telling it twice: on the very same date, in alike words
                if (x.when.start, x.when.end) != (y.when.start, y.when.end) \
                        or _similarity(x, y, rules) < rules.retell_similar:
                    return False
                continue
            dates = _dates(x, y, rules)
            if dates is None:
                return False
            score = _similarity(x, y, rules)
            total += score
            n += 1
            case = _case(x, y, dates, rules)
            needed += floor_of(case, rules) if case else rules.similar
            # a publication day is no claim about the date: it neither joins nor splits
            if dates == CONFLICT and not (x.weak or y.weak):
                apart += score
                apart_n += 1
    # the cross pairs must, on average, be nearly as alike as their cases ask
    if n and total < needed * rules.linkage:
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
