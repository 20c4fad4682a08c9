"""Chronological order over intervals of mixed granularity.

An entry sits at the start of its interval: "October 2022" sorts at 1 Oct 2022, "2022" at
1 Jan 2022. Among entries that start on the same day the shorter, finer interval comes
first ("1 Oct" before "October", "October" before "Q4"), because it is known to lie on that
day while the longer one may fall anywhere in its span. Remaining ties go to reading order
(the first source's publication date, article and offset), then to the entry id, so the
order never depends on input order.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable

from events.models import GRANULARITIES, Interval
from timeline.models import Entry


def fineness(when: Interval) -> int:
    """The rank of an interval's granularity, finest first (unknown granularities last)."""
    g = when.granularity
    return GRANULARITIES.index(g) if g in GRANULARITIES else len(GRANULARITIES)


def sort_key(entry: Entry) -> tuple:
    """The key that :func:`order` sorts by (see the module docstring)."""
    first = entry.sources[0] if entry.sources else None
    reading = ((first.published or date.max, first.article, first.start) if first
               else (date.max, "", 0))
    return (entry.when.start, entry.when.end, fineness(entry.when), reading, entry.id)


def order(entries: Iterable[Entry]) -> tuple[Entry, ...]:
    """The entries in chronological order, with the stable tie-breaks of :func:`sort_key`."""
    return tuple(sorted(entries, key=sort_key))
