"""Dates in words a reader understands: "12 Oct 2022", "April 2022", "late Nov – early Dec 2022".

The timeline stores calendar intervals (:class:`events.models.Interval`); this module turns
them into the labels the page, the handout and the exports show. The words are data (the
tables below), so a wording change is a one-line edit with a test that names it.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from events.models import Interval
from events.temporal.interval import interval_of

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: The part of a month a day falls in: (last day of the part, word).
MONTH_PARTS = ((10, "early"), (20, "mid"), (31, "late"))

#: TIMEX3 part modifiers in words ("END" of November is "late November").
PART_WORDS = {"START": "early", "MID": "mid", "END": "late"}

#: TIMEX3 open modifiers in words, put before the date.
OPEN_WORDS = {"BEFORE": "before", "ON_OR_BEFORE": "by", "AFTER": "after",
              "ON_OR_AFTER": "from"}

#: Seasons by their first month (northern hemisphere, as the TIMEX3 values are).
SEASON_WORDS = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}

#: Granularities finer than a month: their entries sit under a month heading.
_FINE = frozenset({"time", "day", "weekend", "week", "month", "vague"})


def _day(d: date, year: bool = True) -> str:
    text = f"{d.day} {MONTHS_SHORT[d.month - 1]}"
    return f"{text} {d.year}" if year else text


def day_range(start: date, end: date) -> str:
    """A span of days, as short as stays clear: "8–9 Oct 2022", "30 Sep – 1 Oct 2022"."""
    if start == end:
        return _day(start)
    if start.year != end.year:
        return f"{_day(start)} – {_day(end)}"
    if start.month != end.month:
        return f"{_day(start, year=False)} – {_day(end)}"
    return f"{start.day}–{_day(end)}"


def _month_end(d: date) -> int:
    return calendar.monthrange(d.year, d.month)[1]


def _part(d: date) -> str:
    return next(word for last, word in MONTH_PARTS if d.day <= last)


def _parted(part: str, text: str) -> str:
    """"late November", but "mid-November", as English writes it."""
    return f"mid-{text}" if part == "mid" else f"{part} {text}"


def _months(start: date, end: date) -> str:
    """Whole or partial months: "April 2022", "Oct–Dec 2022", "late Nov – early Dec 2022"."""
    whole_start = start.day == 1
    whole_end = end.day == _month_end(end)
    if whole_start and whole_end:
        if (start.year, start.month) == (end.year, end.month):
            return f"{MONTHS[start.month - 1]} {start.year}"
        if start.year == end.year:
            return f"{MONTHS_SHORT[start.month - 1]}–{MONTHS_SHORT[end.month - 1]} {end.year}"
        return (f"{MONTHS_SHORT[start.month - 1]} {start.year} – "
                f"{MONTHS_SHORT[end.month - 1]} {end.year}")
    if (start.year, start.month) == (end.year, end.month):
        if _part(start) == _part(end):
            return _parted(_part(start), f"{MONTHS[start.month - 1]} {start.year}")
        return day_range(start, end)
    first = MONTHS_SHORT[start.month - 1]
    first = first if whole_start else _parted(_part(start), first)
    last = MONTHS_SHORT[end.month - 1]
    last = last if whole_end else _parted(_part(end), last)
    if start.year != end.year:
        first = f"{first} {start.year}"
    return f"{first} – {last} {end.year}"


def _year_span(start: date, end: date) -> str:
    return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"


def _core(iv: Interval) -> str:
    """The label of an interval before open modifiers and hedges are applied."""
    g = iv.granularity
    part = PART_WORDS.get(iv.mod or "")
    if g in ("time", "day"):
        return day_range(iv.start, iv.end)
    if g == "weekend":
        return f"weekend of {day_range(iv.start, iv.end)}"
    if g == "week":
        return f"week of {day_range(iv.start, iv.end)}"
    if g == "month":
        if part and iv.start.month == iv.end.month:
            return _parted(part, f"{MONTHS[iv.start.month - 1]} {iv.start.year}")
        return _months(iv.start, iv.end)
    if g == "season" and iv.start.month in SEASON_WORDS and not part:
        name = SEASON_WORDS[iv.start.month]
        return f"{name} {iv.start.year}" if iv.start.year == iv.end.year else (
            f"{name} {iv.start.year}–{str(iv.end.year)[-2:]}")
    if g == "half" and not part and iv.start.month in (1, 7):
        return f"{'first' if iv.start.month == 1 else 'second'} half of {iv.start.year}"
    if g in ("year", "half", "quarter", "season") and part:
        return _parted(part, str(iv.start.year))
    if g == "year":
        return _year_span(iv.start, iv.end)
    if g == "decade" and not part:
        return f"the {iv.start.year // 10 * 10}s"
    if g in ("quarter", "season", "half"):
        return _months(iv.start, iv.end)
    if iv.start.month == 1 and iv.start.day == 1 and iv.end.month == 12 and iv.end.day == 31:
        return _year_span(iv.start, iv.end)
    return day_range(iv.start, iv.end)


def _vague(iv: Interval) -> str:
    """A vague date ("in the coming weeks", "recently") has only a window: say which side of
    the article's date it falls on, and that no date was given."""
    if iv.mod in ("AFTER", "ON_OR_AFTER") and iv.start > date.min:
        return f"after {_day(iv.start - timedelta(days=1))}, no exact date"
    if iv.mod in ("BEFORE", "ON_OR_BEFORE") and iv.end < date.max:
        return f"before {_day(iv.end + timedelta(days=1))}, no exact date"
    return f"around {day_range(iv.start, iv.end)}, no exact date"


def date_label(iv: Interval) -> str:
    """How the page writes an interval: "12 Oct 2022", "April 2022", "weekend of 8–9 Oct 2022".

    The granularity decides the words (a month-level date never shows a day). Open
    modifiers come first ("before 12 Oct 2022"); an approximate single day reads
    "around 12 Oct 2022".
    """
    if iv.granularity == "vague":
        return _vague(iv)
    core = _core(iv)
    if iv.mod in OPEN_WORDS:
        return f"{OPEN_WORDS[iv.mod]} {core}"
    if iv.approximate and iv.granularity in ("time", "day") and iv.start == iv.end:
        return f"around {core}"
    return core


def timex_label(value: str, drop_year: int | None = None) -> str:
    """The label of a TIMEX3 value ("2022-10-11" → "11 Oct 2022"); the value itself if it has
    no place on the calendar. ``drop_year`` leaves that year out of day-level labels, so a
    conflict line reads "DW: 11 Oct · CNN: 10 Oct"."""
    iv = interval_of(value)
    if iv is None:
        return value
    if drop_year is not None and iv.granularity in ("day", "time") and iv.start.year == drop_year:
        return _day(iv.start, year=False)
    return date_label(iv)


def weekday(iv: Interval) -> str:
    """The weekday of a single-day interval ("Wednesday"), else an empty string."""
    if iv.granularity in ("time", "day") and iv.start == iv.end:
        return WEEKDAYS[iv.start.weekday()]
    return ""


def heading(iv: Interval) -> str:
    """The heading an entry is listed under: its month for day- to month-level and vague
    dates ("October 2022"), its year (or decade) for coarser ones ("2023")."""
    if iv.granularity in _FINE:
        return f"{MONTHS[iv.start.month - 1]} {iv.start.year}"
    if iv.granularity in ("decade", "century", "millennium"):
        return f"{iv.start.year // 10 * 10}s"
    return str(iv.start.year)


def either_label(values) -> tuple[str, str]:
    """The date and weekday words of an entry whose sources disagree: ("10 or 11 Oct 2022",
    "Monday or Tuesday"). Day-level values in one month share the month and year."""
    intervals = sorted((iv for iv in (interval_of(v) for v in values) if iv is not None),
                       key=lambda iv: (iv.start, iv.end))
    if not intervals:
        return " or ".join(values), ""
    days = all(iv.granularity in ("day", "time") and iv.start == iv.end for iv in intervals)
    first = intervals[0].start
    if days and all((iv.start.year, iv.start.month) == (first.year, first.month) for iv in intervals):
        numbers = [str(iv.start.day) for iv in intervals]
        label = f"{', '.join(numbers[:-1])} or {numbers[-1]} {MONTHS_SHORT[first.month - 1]} {first.year}"
    elif days and all(iv.start.year == first.year for iv in intervals):
        parts = [_day(iv.start, year=False) for iv in intervals]
        label = f"{', '.join(parts[:-1])} or {parts[-1]} {first.year}"
    else:
        parts = [date_label(iv) for iv in intervals]
        label = f"{', '.join(parts[:-1])} or {parts[-1]}"
    names = " or ".join(weekday(iv) for iv in intervals) if days else ""
    return label, names
