"""Timelines inside an article: entries headed by a day, kept in their order.

A report that ends with a timeline ("April 22 - The rig sinks.", "April 30 - BP says ...")
writes its entries in order, oldest first (or, in a live blog, newest first), and names
the year only where it changes, if at all. Read one by one, a year-less entry takes the
year its own clause suggests, and "April 22 - The rig ... sinks" in a January report
becomes the April to come. Read as a list, each entry lies on or after the one before it
(before it, in a list that runs backwards), in the first year that keeps that order.
"""
from __future__ import annotations

import re
from datetime import date

from events.temporal.recognize import Found
from events.temporal.tense import LIST_MARK, SENTENCE_BEFORE

#: At least this many day-headed entries make a list.
LIST_MIN_ENTRIES = 3
#: Entries farther apart than this many characters belong to different lists.
LIST_GAP_CHARS = 1500
_DAY = re.compile(r"(?:XXXX|\d{4})-(\d\d)-(\d\d)$")


def _month_day(f: Found) -> tuple[int, int] | None:
    if f.sem.kind not in ("yearless", "abs"):
        return None
    m = _DAY.match(f.sem.value or "")
    return (int(m[1]), int(m[2])) if m else None


def _heads(text: str, found: list[Found]) -> list[int]:
    """Indexes of the expressions that name a day and head a list entry: they open a
    line or a sentence and a dash or a colon follows."""
    out = []
    for i, f in enumerate(found):
        if _month_day(f) is None or not LIST_MARK.match(text, f.end):
            continue
        if SENTENCE_BEFORE.search(text, max(0, f.start - 40), f.start):
            out.append(i)
    return out


def list_entries(text: str, found: list[Found]) -> dict[int, bool | None]:
    """For each expression (by index in ``found``) that heads an entry of a list of at
    least :data:`LIST_MIN_ENTRIES`, whether its list runs forward in time (True) or
    backward; None for the first entry of each list, which keeps its own reading."""
    runs: list[list[int]] = []
    for i in _heads(text, found):
        if runs and found[i].start - found[runs[-1][-1]].end <= LIST_GAP_CHARS:
            runs[-1].append(i)
        else:
            runs.append([i])
    out: dict[int, bool | None] = {}
    for run in runs:
        if len(run) < LIST_MIN_ENTRIES:
            continue
        days = [_month_day(found[i]) for i in run]
        ahead = behind = 0
        for (m1, d1), (m2, d2) in zip(days, days[1:]):
            step = ((m2 * 31 + d2) - (m1 * 31 + d1)) % (12 * 31)
            if step:
                ahead += step < 6 * 31
                behind += step >= 6 * 31
        out[run[0]] = None
        for i in run[1:]:
            out[i] = ahead >= behind
    return out


def next_in_order(before: date, month: int, day: int, forward: bool) -> int | None:
    """The year that puts ``month``/``day`` first on or after ``before`` (``forward``), or
    last on or before it."""
    for year in ((before.year, before.year + 1) if forward else (before.year, before.year - 1)):
        try:
            d = date(year, month, day)
        except ValueError:  # 29 February
            continue
        if (d >= before) if forward else (d <= before):
            return year
    return None
