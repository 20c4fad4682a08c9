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
from typing import Iterable, TypeVar

from events.errors import TimelineError
from events.models import GRANULARITIES, Interval
from timeline.models import Entry

_Dated = TypeVar("_Dated")


class WindowError(TimelineError):
    """A time window that holds no day (``--since`` after ``--until``)."""


def inside(when: Interval, since: date | None, until: date | None) -> bool:
    """True when the whole interval lies in the window (None: no bound on that side).

    A month that straddles ``--since`` is not inside: the window is a cut to a span of
    days, and a date that may fall before it is not known to be in it.
    """
    return (since is None or when.start >= since) and (until is None or when.end <= until)


def within(items: Iterable[_Dated], since: date | None, until: date | None) -> list[_Dated]:
    """The events (or entries: anything with ``when``) inside the window, in their order;
    raises :class:`WindowError` when ``since`` is after ``until``."""
    if since is not None and until is not None and since > until:
        raise WindowError(f"the window is empty: --since {since} is after --until {until}")
    if since is None and until is None:
        return list(items)
    return [item for item in items if inside(item.when, since, until)]


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
