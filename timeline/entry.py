"""From the events of one happening to one timeline entry.

The entry keeps the most precise date its sources give; when precise sources disagree it
keeps the day most of them give (the earliest on a tie) and carries a
:class:`~timeline.models.Conflict` naming every day and its sources. Its summary is the
one most alike to the others; its status is that of the latest source (a report after the
fact outranks a plan); its actors are the union, most frequent first; its sources are in
order of publication. Its id is the date, a slug of the summary and a hash of its
members, so it is stable across runs and input orders.
"""
from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date
from typing import Callable, Protocol, Sequence

from events.models import Event, Interval, Source
from timeline.copies import PRECISE
from timeline.models import Conflict, Entry
from timeline.order import fineness
from events.text.wording import words

#: Event types that say nothing about the kind of happening (never chosen over a real one).
GENERIC_TYPES = frozenset({"", "other", "event", "unknown"})

#: Ties between statuses of one entry's sources go to the higher rank.
STATUS_RANK = {"happened": 3, "ongoing": 2, "planned": 1, "expected": 0}


class Member(Protocol):
    """One event of a happening, as merging prepared it."""

    event: Event
    article: str
    published: date | None
    when: Interval


def _slug(text: str, limit: int = 6) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(w for w in words(ascii_text)[:limit]) or "event"


def _entry_id(when: Interval, summary: str, members: Sequence[Member]) -> str:
    keys = sorted(f"{m.article}/{m.event.id}" for m in members)
    digest = hashlib.sha1("\n".join(keys).encode("utf-8")).hexdigest()[:8]
    return f"{when.start.isoformat()}-{_slug(summary)}-{digest}"


#: The most members a representative is weighed against: every one of them up to this
#: many, else this many spread evenly (an entry of hundreds costs no square of them).
REPRESENTATIVE_PEERS = 100


def _representative(members: Sequence[Member], alike) -> Member:
    """The member most alike to the others (its summary speaks for the entry)."""
    step = max(1, -(-len(members) // REPRESENTATIVE_PEERS))
    peers = members[::step]

    def key(m: Member):
        centrality = sum(alike(m, o) for o in peers if o is not m)
        return (-round(centrality, 9), m.published or date.max, m.article, m.event.source.start)
    return min(members, key=key)


def _conflict(members: Sequence[Member]) -> tuple[Conflict | None, date | None]:
    """The conflict among precise members, and the day most sources give (earliest on a tie)."""
    precise = [m for m in members if m.when.granularity in PRECISE]
    by_day: dict[date, set[str]] = defaultdict(set)
    for m in precise:
        by_day[m.when.start].add(m.article)
    if len(by_day) < 2:
        return None, None
    days = sorted(by_day)
    chosen = min(days, key=lambda d: (-len(by_day[d]), d))
    conflict = Conflict(tuple(d.isoformat() for d in days),
                        tuple((d.isoformat(), tuple(sorted(by_day[d]))) for d in days))
    return conflict, chosen


def _when(members: Sequence[Member], chosen_day: date | None) -> Member:
    """The member whose date the entry keeps: the most precise one."""
    pool = [m for m in members if chosen_day is None
            or (m.when.start == chosen_day and m.when.granularity in PRECISE)]
    counts = Counter((m.when.start, m.when.end) for m in pool)
    return min(pool, key=lambda m: (m.when.days, fineness(m.when),
                                    -counts[(m.when.start, m.when.end)], m.when.start,
                                    m.article, m.event.source.start))



def make_entry(members: Sequence[Member], alike: Callable[[Member, Member], float]) -> Entry:
    """One entry from the events of one happening; ``alike`` says how alike two members'
    wording is (the member most alike to the others gives the summary)."""
    conflict, chosen_day = _conflict(members)
    dated = _when(members, chosen_day)
    rep = _representative(members, alike)
    types = Counter(m.event.type for m in members if m.event.type not in GENERIC_TYPES)
    etype = min(types, key=lambda t: (-types[t], t)) if types else rep.event.type
    latest = max(members, key=lambda m: (m.published or date.min,
                                         STATUS_RANK.get(m.event.status, -1)))
    actor_counts = Counter(a for m in members for a in m.event.actors)
    actors = tuple(sorted(actor_counts, key=lambda a: (-actor_counts[a], a)))
    sources = tuple(_source(m) for m in sorted(
        members, key=lambda m: (m.published or date.max, m.article, m.event.source.start)))
    return Entry(id=_entry_id(dated.when, rep.event.summary, members), when=dated.when,
                 timex=dated.event.timex, summary=rep.event.summary, type=etype,
                 status=latest.event.status, actors=actors, sources=sources, conflict=conflict,
                 dated_by="publication" if all(m.event.dated_by == "publication"
                                               for m in members) else "time")


def _source(m: Member) -> Source:
    src = m.event.source
    if src.published is None and m.published is not None:
        return replace(src, published=m.published)
    return src
