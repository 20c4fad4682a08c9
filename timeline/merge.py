"""Merging: events that tell the same happening become one entry citing every source.

Which pairs of events may be one happening is :mod:`timeline.pairs` (its rules,
:class:`MergeRules`, and their table of cases, :data:`FLOORS`). Here, the pairs are found
by blocking (an actor and a day; an event dated only by its article's publication day is
compared only within blocks of shared actor pairs, or actor and trigger, which keeps
merging fast when every article adds many of them) and gathered into happenings.

Clustering is greedy: candidate pairs are taken from the most alike down, and two clusters
join only when every cross pair has compatible dates, the sentences of one article on
both sides give the very same date in alike words (:attr:`MergeRules.retell_similar`),
and their average wording similarity stays near what their cases ask, so that chains
A~B~C don't glue unrelated events together. A second pass then joins entries it kept
apart whose cross pairs pass their cases in good share (:attr:`MergeRules.share_fraction`),
and a day recalled by its calendar date by many articles gathers its recalled mentions
into one landmark entry (:attr:`MergeRules.landmark_articles`); a recalled mention whose
entry can't join it whole joins it alone. Precise dates a few days
apart in one entry become a :class:`~timeline.models.Conflict`, never two entries and never
a silent pick.
"""
from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, Iterable, Mapping

from events.models import Event
from timeline.copies import PRECISE, redate_copies
from timeline.entry import GENERIC_TYPES, make_entry
from timeline.models import Entry
from timeline.pairs import (CONFLICT, DUPLICATE, RULES, Item, MergeRules, case_of,
                            compare_items, dates_kind, floor_of, item_of, pair_similarity,
                            retold, type_names_agree)
# the rules' faces, for those who import them from here
from timeline.pairs import (CALENDAR_DATE, FLOORS, OCCASIONS, SAME, compare,  # noqa: F401
                            not_places, similarity)


def _keys(item: Item, rules: MergeRules) -> list[tuple]:
    """Blocking keys: two events can only merge if they share one (actor and day)."""
    actors = sorted(item.actors) or [""]
    when = item.when
    if when.days > rules.join_days:
        return [(actor, when.start, when.end) for actor in actors]
    days = [when.start + timedelta(days=i) for i in range(when.days)]
    return [(actor, day) for actor in actors for day in days]


def _strong_keys(item: Item, rules: MergeRules) -> list[tuple]:
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


def _probe_keys(item: Item, rules: MergeRules) -> list[tuple]:
    """The keys to look up for ``item``: its own, widened by the conflict window if precise."""
    if item.when.granularity not in PRECISE:
        return _keys(item, rules)
    actors = sorted(item.actors) or [""]
    reach = rules.conflict_days
    return [(actor, item.when.start + timedelta(days=offset))
            for actor in actors for offset in range(-reach, reach + 1)]


def _run_keys(item: Item) -> list[int]:
    """The keys two events sharing a run of words on one day meet by (``same-words``)."""
    if item.when.granularity not in PRECISE:
        return []
    day = item.when.start.toordinal()
    return [hash((day, run)) for run in item.runs]


def _dated_elsewhere(a: Item, b: Item, by_day: Mapping[tuple[str, date], list[int]],
                     items: list[Item], rules: MergeRules) -> bool:
    """True when ``a``'s article also tells of ``b`` on ``b``'s own date.

    An article that names both dates ("air strikes began on March 19, two days after the
    Security Council voted") tells two happenings, so ``a`` and ``b`` are no conflict.
    """
    return any(pair_similarity(items[i], b, rules) >= rules.similar
               for i in by_day.get((a.article, b.when.start), ()) if i != a.index)


def candidate_pairs(items: list[Item], rules: MergeRules) -> list[tuple[float, int, int, str]]:
    """All pairs that :func:`compare` accepts, as (score, i, j, kind).

    Pairs that agree on the date come first, best first; conflict pairs after them, so a
    conflict only ever joins happenings already gathered on each date.
    """
    index: dict[tuple, list[int]] = defaultdict(list)  # events dated by a time expression
    strong: dict[tuple, list[int]] = defaultdict(list)  # every event, by its strong keys
    by_day: dict[tuple[str, date], list[int]] = defaultdict(list)
    quoted: dict[int, list[int]] = defaultdict(list)  # every day-dated event, by its runs
    recalled: dict[date, list[int]] = defaultdict(list)  # days recalled by their date
    loose: dict[tuple, list[int]] = defaultdict(list)  # publication-dated events, by _keys
    for item in items:
        if retold(item, rules):
            recalled[item.when.start].append(item.index)
        for key in _run_keys(item):
            quoted[key].append(item.index)
        for key in _keys(item, rules):
            (loose if item.weak else index)[key].append(item.index)
        if not item.weak:
            if item.when.granularity in PRECISE:
                by_day[(item.article, item.when.start)].append(item.index)
        for key in _strong_keys(item, rules):
            strong[key].append(item.index)
    pairs = []
    of: dict[int, list[str]] = {}  # a bucket's articles, by the bucket's id
    words_of: dict[int, dict[str, list[int]]] = {}  # a large bucket's content-word index

    def later(bucket: list[int]) -> Iterable[int]:
        if id(bucket) not in of:
            of[id(bucket)] = [items[i].article for i in bucket]
        if len(bucket) < INDEXED_BLOCK:
            return _later(item, bucket, of[id(bucket)], rules)
        if id(bucket) not in words_of:
            words_of[id(bucket)] = _word_index(bucket, items)
        return _later_sharing(item, bucket, of[id(bucket)], words_of[id(bucket)], rules)

    for item in items:  # items come sorted by article: so does each bucket
        seen: set[int] = set()
        runs = itertools.chain((quoted.get(key, []) for key in _run_keys(item)),
                               [recalled[item.when.start]] if retold(item, rules) else [])
        if item.weak:  # by its strong keys, and the dated events of its actors' day
            probes = itertools.chain((strong.get(key, []) for key in _strong_keys(item, rules)),
                                     (index.get(key, []) for key in _keys(item, rules)),
                                     runs)
        else:
            probes = itertools.chain((index.get(key, []) for key in _probe_keys(item, rules)),
                                     (strong.get(key, []) for key in _strong_keys(item, rules)),
                                     (loose.get(key, []) for key in _keys(item, rules)),
                                     runs)
        for bucket in probes:
            for other in later(bucket):
                if other in seen:
                    continue
                seen.add(other)
                if items[other].stems.isdisjoint(item.stems):  # cheapest first: most pairs
                    continue
                found = compare_items(item, items[other], rules)
                if not found:
                    continue
                if found[0] == CONFLICT and (
                        _dated_elsewhere(item, items[other], by_day, items, rules)
                        or _dated_elsewhere(items[other], item, by_day, items, rules)):
                    continue
                pairs.append((found[1], item.index, other, found[0]))
    pairs.sort(key=lambda p: (p[3] == CONFLICT, -p[0], p[1], p[2]))
    return pairs


def _later(item: Item, members: list[int], articles: list[str],
           rules: MergeRules) -> list[int]:
    """The items of a bucket after ``item``: the nearest
    :attr:`MergeRules.same_article_reach` of its own article, then the nearest
    :attr:`MergeRules.block_reach` of later articles."""
    if not members:
        return []
    first = bisect_right(members, item.index)
    own_end = bisect_right(articles, item.article, lo=first)
    own = members[first:min(own_end, first + rules.same_article_reach)]
    return own + members[own_end:own_end + rules.block_reach]


#: A block (the events of one blocking key) at least this large is searched through an
#: index of its events' content words: only events sharing a content word with an event
#: can pass :func:`compare` (every case's floor needs a similarity above 0, and equal
#: triggers are shared content words), so the others are never looked at.
INDEXED_BLOCK = 64


def _word_index(members: list[int], items: list[Item]) -> dict[str, list[int]]:
    """Each content stem of a block's events -> the block positions holding it, in order."""
    index: dict[str, list[int]] = defaultdict(list)
    for position, i in enumerate(members):
        for s in items[i].stems:
            index[s].append(position)
    return index


def _later_sharing(item: Item, members: list[int], articles: list[str],
                   index: Mapping[str, list[int]], rules: MergeRules) -> list[int]:
    """:func:`_later`'s items that share a content stem with ``item``, found by the
    block's word index (the same items, less the ones :func:`compare` would refuse
    for sharing no word)."""
    first = bisect_right(members, item.index)
    own_end = bisect_right(articles, item.article, lo=first)
    ranges = ((first, min(own_end, first + rules.same_article_reach)),
              (own_end, own_end + rules.block_reach))
    found: set[int] = set()
    for s in item.stems:
        positions = index.get(s)
        if not positions:
            continue
        for lo, hi in ranges:
            start = bisect_left(positions, lo)
            end = bisect_left(positions, hi, lo=start)
            found.update(positions[start:end])
    return [members[p] for p in sorted(found)]


@dataclass(slots=True)
class _Cluster:
    members: list[int]
    articles: Counter = field(default_factory=Counter)
    version: int = 0


def _can_join(a: _Cluster, b: _Cluster, kind: str, items: list[Item],
              rules: MergeRules) -> bool:
    if len(a.members) + len(b.members) > rules.max_members:
        return False
    shared = set(a.articles) & set(b.articles)
    if kind == DUPLICATE and len(shared) != 1:
        return False
    total = n = needed = 0.0
    apart = apart_n = 0.0
    # the smaller side's articles with a member passing its case with one of the other side
    small_first = len(a.members) <= len(b.members)
    anchored: set[str] = set()
    for i in a.members:
        x = items[i]
        for j in b.members:
            y = items[j]
            if x.article == y.article:
                # one article telling it twice: on the very same date, in alike words
                if (x.when.start, x.when.end) != (y.when.start, y.when.end) \
                        or pair_similarity(x, y, rules) < rules.retell_similar:
                    return False
                continue
            dates = dates_kind(x, y, rules)
            if dates is None:
                return False
            score = pair_similarity(x, y, rules)
            total += score
            n += 1
            case = case_of(x, y, dates, rules)
            floor = floor_of(case, rules) if case else rules.similar
            needed += floor
            if case and score >= floor and score > 0:
                anchored.add((x if small_first else y).article)
            # a publication day is no claim about the date: it neither joins nor splits
            if dates == CONFLICT and not (x.weak or y.weak):
                apart += score
                apart_n += 1
    # the cross pairs must, on average, be nearly as alike as their cases ask; a large
    # entry (told by many articles, in many words) dilutes that average, so a group each
    # of whose articles has a member passing its case with one of the entry's asks less
    linkage = rules.linkage
    large = b if small_first else a
    if len(large.articles) >= rules.anchored_articles and len(anchored) == len(
            (a if small_first else b).articles):
        linkage = rules.anchored_linkage
    if n and total < needed * linkage:
        return False
    if apart_n and apart / apart_n < rules.conflict_similar:
        return False
    return True


def _share_join(a: _Cluster, b: _Cluster, items: list[Item], rules: MergeRules) -> bool:
    """The second pass's test of two entries the greedy pass kept apart: they join when
    at least :attr:`MergeRules.share_pairs` and :attr:`MergeRules.share_fraction` of
    their cross pairs of different articles pass their case on their own
    (:func:`compare_items`), every cross pair has compatible dates, and an article on
    both sides tells it on the very same date (its wording may differ: it tells the
    happening in more than one sentence)."""
    if len(a.members) + len(b.members) > rules.max_members:
        return False
    pairs = _cross_dates(a, b, items, rules)
    if pairs is None:
        return False
    n = len(pairs)
    passed = 0
    best = apart = apart_n = 0.0
    for x, y, dates in pairs:
        found = compare_items(x, y, rules)
        if found:
            passed += 1
            best = max(best, found[1])
        if dates == CONFLICT and not (x.weak or y.weak):
            apart += pair_similarity(x, y, rules)
            apart_n += 1
    if apart_n and apart / apart_n < rules.conflict_similar:
        return False
    return passed >= rules.share_pairs and passed >= rules.share_fraction * n \
        and best >= rules.share_best


def cluster(items: list[Item], rules: MergeRules = RULES) -> list[list[int]]:
    """Group items into happenings (lists of item indexes, each sorted)."""
    parent = list(range(len(items)))
    clusters = {i: _Cluster([i], Counter([items[i].article])) for i in range(len(items))}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(ri: int, rj: int) -> None:
        a, b = clusters[ri], clusters[rj]
        if len(a.members) < len(b.members):
            ri, rj, a, b = rj, ri, b, a
        parent[rj] = ri
        a.members.extend(b.members)
        a.articles.update(b.articles)
        a.version += 1
        del clusters[rj]

    refused: set[tuple[int, int, int, int]] = set()
    again: list[tuple[int, int]] = []  # the pairs of entries refused, for the second pass
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
            if kind == SAME:
                again.append((i, j))
            continue
        join(ri, rj)
    # the second pass: entries kept apart whose cross pairs pass their cases in good share
    tried: set[tuple[int, int, int, int]] = set()
    for i, j in again if rules.share_fraction <= 1 else ():
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        a, b = clusters[ri], clusters[rj]
        key = (ri, a.version, rj, b.version)
        if key in tried:
            continue
        tried.add(key)
        if _share_join(a, b, items, rules):
            join(ri, rj)
    if rules.landmark_articles:
        _join_landmarks(items, rules, clusters, root, join)
        return sorted(sorted(g) for g in _gather_recalled(
            [list(c.members) for c in clusters.values()], items, rules) if g)
    return sorted(sorted(c.members) for c in clusters.values())


def _landmarks(items: list[Item], rules: MergeRules) -> list[tuple[date, list[int], str]]:
    """The landmark days, in order, each with its recalled mentions (item indexes) and its
    type: the calendar days recalled (:func:`~timeline.pairs.retold`) by at least
    :attr:`MergeRules.landmark_articles` articles."""
    recalled: dict[date, list[int]] = defaultdict(list)
    for item in items:
        if retold(item, rules):
            recalled[item.when.start].append(item.index)
    return [(day, recalled[day], _landmark_type(recalled[day], items))
            for day in sorted(recalled)
            if len({items[i].article for i in recalled[day]}) >= rules.landmark_articles]


def _landmark_type(mentions: list[int], items: list[Item]) -> str:
    """The kind of happening a landmark is: the specific type most of its recalled
    mentions give (the first by name on a tie), or "" when none gives one. A mention
    joins the landmark when its type agrees with this one, whatever the order in which
    the mentions come (a statement recalled on that day is not the blast)."""
    types = Counter(t for t in (items[i].event.type for i in mentions)
                    if t not in GENERIC_TYPES)
    return min(types, key=lambda t: (-types[t], t)) if types else ""


def _join_landmarks(items: list[Item], rules: MergeRules, clusters: dict[int, _Cluster],
                    root, join) -> None:
    """A calendar day recalled (:func:`~timeline.pairs.retold`) by at least
    :attr:`MergeRules.landmark_articles` articles is the story's landmark: the entry
    holding most of its recalled mentions takes every other entry holding one whose type
    agrees with the landmark's (:func:`_landmark_type`), whatever their wording and
    names, when their dates are compatible."""
    for _day, mentions, kind in _landmarks(items, rules):
        held = Counter(root(i) for i in mentions)
        anchor = held.most_common(1)[0][0]
        for i in mentions:
            ra, ri = root(anchor), root(i)
            if ra == ri:
                continue
            if _landmark_fits(clusters[ra], clusters[ri], items[i], kind, items, rules):
                join(ra, ri)


def _gather_recalled(groups: list[list[int]], items: list[Item], rules: MergeRules
                     ) -> list[list[int]]:
    """After :func:`_join_landmarks`: a landmark's recalled mention whose entry could not
    join the landmark's whole (a member of it dated otherwise, or the entries too large
    together) moves there on its own, up to :attr:`MergeRules.landmark_members` events,
    when its type agrees with the landmark's (:func:`_landmark_type`) and its date with every
    member of another article, and no sentence of its own article there gives another
    date. Its calendar date says which happening it tells; the rest of its entry stays
    where it is."""
    where = {i: n for n, members in enumerate(groups) for i in members}
    for _day, mentions, kind in _landmarks(items, rules):
        anchor = Counter(where[i] for i in mentions).most_common(1)[0][0]
        for i in mentions:
            if where[i] == anchor or len(groups[anchor]) >= rules.landmark_members:
                continue
            x = items[i]
            if _mention_fits(x, groups[anchor], kind, items, rules):
                groups[where[i]].remove(i)
                groups[anchor].append(i)
                where[i] = anchor
    return groups


def _mention_fits(x: Item, members: list[int], kind: str, items: list[Item],
                  rules: MergeRules) -> bool:
    if not type_names_agree(x.event.type, kind):
        return False
    for j in members:
        y = items[j]
        if y.article == x.article:
            if (x.when.start, x.when.end) != (y.when.start, y.when.end):
                return False
        elif dates_kind(x, y, rules) is None:
            return False
    return True


def _landmark_fits(a: _Cluster, b: _Cluster, mention: Item, kind: str, items: list[Item],
                   rules: MergeRules) -> bool:
    if len(a.members) + len(b.members) > rules.max_members:
        return False
    if not type_names_agree(mention.event.type, kind):
        return False
    return _cross_dates(a, b, items, rules) is not None


def _cross_dates(a: _Cluster, b: _Cluster, items: list[Item], rules: MergeRules
                 ) -> list[tuple[Item, Item, str]] | None:
    """The cross pairs of two entries from different articles, each with the kind of its
    dates (:func:`~timeline.pairs.dates_kind`); None when some pair's dates can't tell
    one happening: incompatible, or one article's two sentences on different dates."""
    out = []
    for i in a.members:
        x = items[i]
        for j in b.members:
            y = items[j]
            if x.article == y.article:
                if (x.when.start, x.when.end) != (y.when.start, y.when.end):
                    return None
                continue
            dates = dates_kind(x, y, rules)
            if dates is None:
                return None
            out.append((x, y, dates))
    return out


def merge_events(events: Iterable[Event], published: Mapping[str, date | None] | None = None,
                 rules: MergeRules = RULES, *, people: Iterable[str] = ()) -> list[Entry]:
    """Merge events (actor ids already global) into entries, one per happening.

    ``published`` maps article ids to publication dates (used to choose an entry's status
    and to order its sources); a source's own ``published`` is used where it is missing.
    ``people`` are the ids of the actors who are persons (two events of different
    persons don't agree on who acted: see :data:`timeline.pairs.FLOORS`).
    The entries come in no particular order: see :mod:`timeline.order`.
    """
    items, groups, alike = merge_groups(events, published, rules, people=people)
    return [make_entry([items[i] for i in group], alike) for group in groups]


def merge_groups(events: Iterable[Event], published: Mapping[str, date | None] | None = None,
                 rules: MergeRules = RULES, *, people: Iterable[str] = ()
                 ) -> tuple[list[Item], list[list[int]], Callable[[Item, Item], float]]:
    """What :func:`merge_events` makes its entries of: the events as merging compares them,
    the groups (item indexes) that tell one happening each, and how alike two items'
    wording is (for benchmarks that weigh an entry's members themselves)."""
    published = published or {}
    ordered = sorted(events, key=lambda e: (e.source.article, e.source.start, e.id))
    ordered = redate_copies(ordered, published, rules.copy_similar)
    persons = frozenset(people)
    items = [item_of(i, e, published.get(e.source.article, e.source.published), persons, rules)
             for i, e in enumerate(ordered)]

    def alike(a: Item, b: Item) -> float:
        return pair_similarity(a, b, rules)

    return items, cluster(items, rules), alike
