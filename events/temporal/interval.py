"""From a TIMEX3 value to a calendar interval (the time model of DESIGN.md).

TIMEX3 is the interchange format; the timeline works on inclusive date intervals with a
granularity. Values with no place on the calendar (``P2D``, ``PAST_REF``, ``XXXX-10``,
years before 1 AD) give None, and so do values within two years of either end of the
calendar (:data:`FIRST_DAY`, :data:`LAST_DAY`).
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from events.models import Interval

#: The days the timeline places anything on: the calendar less two years at either end,
#: so that the arithmetic of later stages (a few days either side when merging, the day
#: after an event in the calendar export, a year around a publication date when dating a
#: collection) never runs past datetime's years 1 and 9999. A value outside gives no
#: interval, as a value with no place on the calendar does.
FIRST_DAY = date(3, 1, 1)
LAST_DAY = date(9997, 12, 31)


def on_calendar(day: date) -> bool:
    """True when ``day`` lies within :data:`FIRST_DAY` .. :data:`LAST_DAY`."""
    return FIRST_DAY <= day <= LAST_DAY


#: Seasons as (first month, last month); winter runs into the next year.
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

#: TIMEX3 mods that narrow an interval to a part of it: (share skipped, share kept).
PART_MODS = {"START": (0.0, 1 / 3), "MID": (1 / 3, 1 / 3), "END": (2 / 3, 1 / 3)}

#: TIMEX3 mods that leave the interval as it is but make it approximate or open.
HEDGE_MODS = frozenset({"APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"})
OPEN_MODS = frozenset({"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"})

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_QUARTER = re.compile(r"^(?:FY)?(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(?:FY)?(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _span(value: str) -> tuple[date, date, str] | None:
    """The unmodified (start, end, granularity) of a TIMEX3 value, or None."""
    if m := _DAY.match(value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d, "time" if m[4] else "day"
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), _month_end(y, mo), "month"
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + timedelta(days=5), monday + timedelta(days=6), "weekend"
        return monday, monday + timedelta(days=6), "week"
    if m := _QUARTER.match(value):
        y, q = int(m[1]), int(m[2])
        return date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter"
    if m := _HALF.match(value):
        y, h = int(m[1]), int(m[2])
        return date(y, 6 * h - 5, 1), _month_end(y, 6 * h), "half"
    if m := _SEASON.match(value):
        y = int(m[1])
        first, last = SEASONS[m[2]]
        end_year = y + 1 if last < first else y
        return date(y, first, 1), _month_end(end_year, last), "season"
    if m := _YEAR.match(value):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31), "year"
    if m := _DECADE.match(value):
        y = int(m[1]) * 10
        return date(max(y, 1), 1, 1), date(y + 9, 12, 31), "decade"
    if m := _CENTURY.match(value):
        y = int(m[1]) * 100
        return date(max(y, 1), 1, 1), date(y + 99, 12, 31), "century"
    return None


def interval_of(value: str, mod: str | None = None) -> Interval | None:
    """The calendar interval of a TIMEX3 DATE or TIME ``value``, narrowed by ``mod``.

    >>> interval_of("2022-W40-WE")
    Interval(start=datetime.date(2022, 10, 8), end=datetime.date(2022, 10, 9), granularity='weekend', mod=None, approximate=False)
    """
    try:
        span = _span(value)
    except (ValueError, OverflowError):  # 2022-02-30, week 54, year 0, past 9999
        return None
    if span is None or not (on_calendar(span[0]) and on_calendar(span[1])):
        return None
    start, end, granularity = span
    if mod in PART_MODS and end > start:
        skip, keep = PART_MODS[mod]
        days = (end - start).days + 1
        first = start + timedelta(days=int(days * skip))
        last = first + timedelta(days=max(int(round(days * keep)), 1) - 1)
        start, end = first, min(last, end)
    return Interval(start, end, granularity, mod,
                    approximate=mod in HEDGE_MODS or mod in OPEN_MODS)
