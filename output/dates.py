"""Dates in words a reader understands: "12 Oct 2022", "April 2022", "late Nov – early Dec 2022",
"the mid-1950s", "in the weeks after 12 Oct 2022".

The timeline stores calendar intervals (:class:`events.models.Interval`); this module turns
them into the labels the page, the handout and the exports show. The words are data (the
tables below), so a wording change is a one-line edit with a test that names it.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from events.models import Interval
from events.temporal import interval_of

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

#: The parts of a decade or century people name, as (first, last) shares of it: a span
#: inside one of them is "the early 1950s", "the mid-20th century". They overlap, so that
#: 1953-1956 reads "the mid-1950s" rather than falling between two parts.
SPAN_PARTS = ((0.0, 0.4, "early"), (0.3, 0.7, "mid"), (0.6, 1.0, "late"))

#: How a vague window next to the article's date is said, by its length in days:
#: (longest window, words); "in the weeks after 12 Oct 2022".
VAGUE_WINDOWS = ((14, "in the days"), (92, "in the weeks"), (730, "in the months"),
                 (None, "some time"))

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


def _coarse_months(start: date, end: date) -> str:
    """:func:`_months` for a coarse date (a season, a quarter, a half): within one month
    it is that month, never a span of days ("January 2000", not "1–11 Jan 2000")."""
    if (start.year, start.month) == (end.year, end.month):
        return f"{MONTHS[start.month - 1]} {start.year}"
    return _months(start, end)


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


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _offset(d: date, size: int) -> float:
    """Where a day falls in its decade (size 10) or century (100), as a share of it."""
    year_share = (d.timetuple().tm_yday - 1) / (366 if calendar.isleap(d.year) else 365)
    return ((d.year % size) + year_share) / size


def _span_part(start: date, end: date, size: int) -> str | None:
    """"" for a span that fills its decade or century, "early"/"mid"/"late" for one inside
    that part of it (:data:`SPAN_PARTS`), None for one that fits no part."""
    first = _offset(start, size)
    last = _offset(end + timedelta(days=1), size) if end < date.max else 1.0
    last = last or 1.0  # the day after the span is the next one's start
    if first <= 0.02 and last >= 0.98:
        return ""
    return next((word for low, high, word in SPAN_PARTS if low <= first and last <= high), None)


def _decades(start: date, end: date) -> str:
    """"the 1950s", "the mid-1950s", "the 1990s–2000s"; a span of years where no part fits."""
    if start.year // 10 != end.year // 10:
        first, last = start.year // 10 * 10, end.year // 10 * 10
        return f"the {first}s–{last}s"
    part = _span_part(start, end, 10)
    decade = f"{start.year // 10 * 10}s"
    if part is None:
        return _year_span(start, end)
    return f"the {_parted(part, decade)}" if part else f"the {decade}"


def _centuries(start: date, end: date) -> str:
    """"the 20th century", "the early 20th century", "the 19th–20th centuries"."""
    first, last = start.year // 100 + 1, end.year // 100 + 1
    if first != last:
        return f"the {_ordinal(first)}–{_ordinal(last)} centuries"
    part = _span_part(start, end, 100)
    if part is None:
        return _decades(start, end) if end.year - start.year < 10 else _year_span(start, end)
    century = f"{_ordinal(first)} century"
    return f"the {_parted(part, century)}" if part else f"the {century}"


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
    if g == "season" and part == "early" and iv.start.month in SEASON_WORDS:
        return f"early {SEASON_WORDS[iv.start.month]} {iv.start.year}"
    if g in ("half", "quarter", "season") and part:
        return _coarse_months(iv.start, iv.end)
    if g == "year" and part:
        return _parted(part, str(iv.start.year))
    if g == "year":
        return _year_span(iv.start, iv.end)
    if g == "decade":
        return _decades(iv.start, iv.end)
    if g in ("century", "millennium"):
        return _centuries(iv.start, iv.end)
    if g in ("quarter", "season", "half"):
        return _coarse_months(iv.start, iv.end)
    if iv.start.month == 1 and iv.start.day == 1 and iv.end.month == 12 and iv.end.day == 31:
        return _year_span(iv.start, iv.end)
    return day_range(iv.start, iv.end)


def _window(days: int) -> str:
    return next(words for longest, words in VAGUE_WINDOWS if longest is None or days <= longest)


def _vague(iv: Interval) -> str:
    """A vague date ("in the coming weeks", "recently") has only a window next to the
    article's date: say it as people do, "in the weeks after 12 Oct 2022"; a window with
    no side is "around mid-October 2022"."""
    if iv.mod in ("AFTER", "ON_OR_AFTER") and iv.start > date.min:
        return f"{_window(iv.days)} after {_day(iv.start - timedelta(days=1))}"
    if iv.mod in ("BEFORE", "ON_OR_BEFORE") and iv.end < date.max:
        return f"{_window(iv.days)} before {_day(iv.end + timedelta(days=1))}"
    if iv.days > 366:
        return f"around {_year_span(iv.start, iv.end)}"
    return f"around {_months(iv.start, iv.end)}"


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
    if iv.mod == "APPROX" or (iv.approximate and iv.granularity in ("time", "day")
                              and iv.start == iv.end):
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
