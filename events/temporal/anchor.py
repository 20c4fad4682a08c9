"""Anchoring: finishing a :class:`Sem` against the document date or the narrative's time.

Deictic expressions ("yesterday", "last week", "Friday") are counted from the document
creation time (DCT) in news, and from the reference time in history text, where the
"present" of the narrative is the last date mentioned. Anaphoric ones ("the next day",
"two days later") always count from the reference time. Weekdays and bare months take
their direction from the tense of their clause: "delivered on Tuesday" looks back,
"will meet on Thursday" forward.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from events.temporal.interval import interval_of
from events.temporal.sem import Sem


@dataclass(frozen=True, slots=True)
class Point:
    """A place on the calendar known to some granularity (month/day None when unknown).

    ``gran`` is the granularity of the expression it came from ("day", "month",
    "quarter", "year", ...). Years before 1 AD are not represented.
    """

    year: int
    month: int | None = None
    day: int | None = None
    gran: str = "day"

    @classmethod
    def of_date(cls, d: date) -> "Point":
        """The point of a calendar day."""
        return cls(d.year, d.month, d.day, "day")

    @classmethod
    def of_value(cls, value: str) -> "Point | None":
        """The point a TIMEX3 value names (its first day), or None when it has none.

        Years before Christ are kept as negative years ("BC0480-08" -> -480, August).
        """
        m = _BC.match(value)
        if m:
            return cls(-int(m[1]), int(m[2]) if m[2] else None, None, "month" if m[2] else "year")
        iv = interval_of(value)
        if iv is None:
            return None
        s = iv.start
        gran = iv.granularity
        if gran in ("day", "time"):
            return cls(s.year, s.month, s.day, "day")
        if gran in ("week", "weekend"):
            return cls(s.year, s.month, s.day, gran)
        if gran in ("month", "quarter", "half", "season"):
            return cls(s.year, s.month, None, gran)
        return cls(s.year, None, None, gran)

    def as_date(self) -> date | None:
        """The calendar day, when the point has one."""
        if self.month is None or self.day is None or self.year < 1:
            return None
        return date(self.year, self.month, self.day)


_SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU",
                    8: "SU", 9: "FA", 10: "FA", 11: "FA"}
_SEASON_ORDER = ("WI", "SP", "SU", "FA")
#: How far past the DCT a date named in a past-tense clause may lie and still be read in
#: the DCT's year ("the offer was extended to Nov. 16", written on Oct. 30).
PAST_LOOKAHEAD_DAYS = 61
#: "last <month>" skips a month that ended less than this many days before the anchor
#: (one would have said "last month").
LAST_GAP_DAYS = 20
#: With no tense to go by, a year-less day ("April 20"; not a month or a season, which
#: news names ahead as often as behind: "the November elections") ahead of the anchor counts as this many times
#: farther than one behind it: a report on 15 December naming "the April 20 explosion"
#: means the April past (239 days back), not the one to come (126 days ahead).
AHEAD_WEIGHT = 2
#: A year-less day read in the future tense is placed ahead only up to this many days
#: (some eight months); farther, it is the last such day: a report names a day that far
#: off with its year ("the prize will be announced on Oct. 10", written in March, is 208
#: days ahead).
FUTURE_REACH_DAYS = 240
#: A weekday in a clause whose tense is unknown is read as the last one, unless the next
#: one is at most this many days ahead (news reports mostly what has happened).
NEAR_AHEAD_DAYS = 1


_BC = re.compile(r"BC(\d{4})(?:-(\d\d))?")


def _y(year: int) -> str:
    """A TIMEX3 year: 1998, or BC0480 for the negative years of :class:`Point`."""
    if year >= 1:
        return f"{year:04d}"
    return f"BC{-year:04d}" if year < 0 else "XXXX"


def week_value(d: date, weekend: bool = False) -> str:
    """ISO week value of a day: 2022-W40 (or 2022-W40-WE)."""
    iy, iw, _ = d.isocalendar()
    return f"{iy:04d}-W{iw:02d}" + ("-WE" if weekend else "")


def shift(p: Point, unit: str, n: int) -> str:
    """The value of ``p`` moved by ``n`` ``unit``s, at the granularity of ``unit``.

    When ``p`` is too coarse for the unit (a day counted from a year), the finer fields
    are left as X ("1998-XX-XX").
    """
    if unit in ("day", "week", "weekend"):
        d = p.as_date()
        if d is None:
            return _y(p.year + 0) + ("-XX-XX" if unit == "day" else "-WXX")
        d = d + timedelta(days=n * (1 if unit == "day" else 7))
        if unit == "day":
            return d.isoformat()
        return week_value(d, unit == "weekend")
    if unit == "month":
        if p.month is None:
            return _y(p.year) + "-XX"
        k = p.year * 12 + (p.month - 1) + n
        return f"{_y(k // 12)}-{k % 12 + 1:02d}"
    if unit == "quarter":
        if p.month is None:
            return _y(p.year) + "-QX"
        k = p.year * 4 + (p.month - 1) // 3 + n
        return f"{_y(k // 4)}-Q{k % 4 + 1}"
    if unit == "half":
        if p.month is None:
            return _y(p.year) + "-HX"
        k = p.year * 2 + (p.month - 1) // 6 + n
        return f"{_y(k // 2)}-H{k % 2 + 1}"
    if unit == "season":
        if p.month is None:
            return _y(p.year) + "-XX"
        year = p.year - (1 if p.month <= 2 else 0)
        k = year * 4 + _SEASON_ORDER.index(_SEASON_OF_MONTH[p.month]) + n
        return f"{_y(k // 4)}-{_SEASON_ORDER[k % 4]}"
    if unit == "year":
        return _y(p.year + n)
    if unit == "decade":
        return f"{(p.year // 10 + n):03d}" if p.year // 10 + n >= 0 else "XXX"
    if unit == "century":
        return f"{(p.year // 100 + n):02d}" if p.year // 100 + n >= 0 else "XX"
    return "XXXX"


def weekday_date(anchor: date, wd: int, rel: int | None, tense: str, forward: bool = False) -> date:
    """The date of weekday ``wd`` seen from ``anchor``.

    ``rel`` -1/0/+1 for "last"/"this"/"next"; otherwise ``tense`` decides: past looks back
    (the anchor's own weekday is the anchor), future looks ahead, anything else takes the
    nearer one. ``forward`` (history text) reads a bare weekday as the next one on or after
    the narrative's day.
    """
    today = anchor.isoweekday()
    back = (today - wd) % 7
    ahead = (wd - today) % 7
    if rel == -1:
        return anchor - timedelta(days=back or 7)
    if rel == 1:
        return anchor + timedelta(days=ahead or 7)
    if rel == 0:
        return anchor + timedelta(days=wd - today)
    if forward:
        return anchor + timedelta(days=ahead)
    if tense == "past":
        return anchor - timedelta(days=back)
    if tense == "future":
        return anchor + timedelta(days=ahead)
    if tense == "present" or ahead <= NEAR_AHEAD_DAYS:
        return anchor - timedelta(days=back) if back <= ahead else anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


def weekend_value(anchor: date, rel: int | None, tense: str) -> str:
    """The ISO weekend meant by "the weekend", "last weekend", ... seen from ``anchor``."""
    today = anchor.isoweekday()
    this_saturday = anchor + timedelta(days=6 - today)
    if rel == -1 or (rel is None and tense == "past"):
        target = this_saturday if today >= 6 and rel is None else this_saturday - timedelta(days=7)
    elif rel == 1:
        target = this_saturday + timedelta(days=7 if today >= 6 else 0)
    elif rel == 0 or tense == "future" or today >= 4:
        target = this_saturday
    else:
        target = this_saturday - timedelta(days=7)
    return week_value(target, weekend=True)


def fill_year(value: str, year: int, weekday: int = 0) -> str:
    """``value`` ("XXXX-10-04") in ``year``; with ``weekday``, the first such weekday on or
    after that day (a holiday such as Thanksgiving, "XXXX-11-22" and Thursday)."""
    if weekday:
        if not 1 <= year <= 9999:
            return _y(year) + value[4:7] + "-XX"
        first = date(year, int(value[5:7]), int(value[8:10]))
        return (first + timedelta(days=(weekday - first.isoweekday()) % 7)).isoformat()
    return _y(year) + value[4:]


def yearless(value: str, p: Point, rel: int | None, tense: str, forward: bool,
             weekday: int = 0) -> str:
    """Give a year-less value ("XXXX-10-04", "XXXX-Q3", "XX9") the year it most likely has.

    ``weekday`` (1-7) makes the value a holiday that falls on the first such weekday on or
    after its day.
    """
    if value.startswith("XX") and not value.startswith("XXXX"):  # a decade without century
        century = p.year // 100
        digit = int(value[2])
        if century * 10 + digit > p.year // 10:
            century -= 1
        return f"{century:02d}{digit}" if century >= 0 else value
    if value.startswith("XXXX-XX-"):  # "the 12th": a day of the current month
        if p.month is None:
            return _y(p.year) + value[4:]
        return f"{_y(p.year)}-{p.month:02d}{value[7:]}"
    anchor = p.as_date() or (date(p.year, p.month, 15) if p.month else None)
    year = p.year
    if anchor is None or year < 2 or year > 9998:
        return fill_year(value, year, weekday)
    if rel == 0 or (rel is None and forward):
        return fill_year(value, year, weekday)
    options = []
    for y in (year - 1, year, year + 1):
        iv = interval_of(fill_year(value, y, weekday))
        if iv is not None:
            options.append((y, iv))
    if not options:
        return fill_year(value, year, weekday)
    if rel is None and re.match(r"XXXX-[QH]\d", value):
        # a business report names the latest quarter of that number that has begun
        chosen = [y for y, iv in options if iv.start <= anchor] or [year - 1]
        return fill_year(value, chosen[-1], weekday)
    if rel == -1:
        # "last February" written on 1 March is the February of the year before
        limit = anchor - timedelta(days=LAST_GAP_DAYS)
        chosen = [y for y, iv in options if iv.end < limit] or [year - 1]
        return fill_year(value, chosen[-1], weekday)
    if rel == 1:
        chosen = [y for y, iv in options if iv.start > anchor] or [year + 1]
        return fill_year(value, chosen[0], weekday)
    if tense == "past":
        # a report in the past tense may still name a date just ahead ("extended to Nov. 6")
        limit = anchor + timedelta(days=PAST_LOOKAHEAD_DAYS if value != "XXXX" else 0)
        chosen = [y for y, iv in options if iv.start <= limit] or [year - 1]
        return fill_year(value, chosen[-1], weekday)
    if tense == "future":
        chosen = [y for y, iv in options if iv.end >= anchor] or [year + 1]
        ahead = next(iv for y, iv in options if y == chosen[0]) if chosen[0] in dict(options) \
            else None
        if ahead is not None and re.fullmatch(r"XXXX-\d\d-\d\d", value) \
                and (ahead.start - anchor).days > FUTURE_REACH_DAYS:
            # "will study the effects of the April 20 explosion" written in May: no day
            # that far ahead goes without its year; the tense was the clause's, not the day's
            behind = [y for y, iv in options if iv.end < anchor]
            if behind:
                return fill_year(value, behind[-1], weekday)
        return fill_year(value, chosen[0], weekday)

    def distance(item):
        y, iv = item
        gap = 0 if iv.start <= anchor <= iv.end else min(abs((iv.start - anchor).days),
                                                          abs((iv.end - anchor).days))
        if iv.start > anchor and re.fullmatch(r"XXXX-\d\d-\d\d", value):
            gap *= AHEAD_WEIGHT  # news tells what happened more than what will
        return gap, y != year
    return fill_year(value, min(options, key=distance)[0], weekday)


@dataclass(frozen=True, slots=True)
class Context:
    """What a Sem is anchored against.

    ``dct`` the document creation time (None: unknown); ``ref`` the reference time the
    narrative has reached (the last date mentioned); ``history`` true for narrative text
    whose deictic expressions count from ``ref`` rather than from the DCT; ``period`` the
    last quarter or half-year mentioned, which business reports compare against ("the
    quarter", "a year earlier", "the year-ago period"); ``day`` the last day mentioned,
    which "the next day" counts from when the narrative has since named only that year or
    month; ``year_to_date`` true after a span of months from the start of the year ("the
    first nine months"), when comparisons are made with the year before, as a year.
    """

    dct: Point | None
    ref: Point | None
    history: bool = False
    period: Point | None = None
    day: Point | None = None
    year_to_date: bool = False


def resolve(sem: Sem, ctx: Context, tense: str) -> tuple[str, str]:
    """The TIMEX3 value of ``sem`` in ``ctx``, and what it was anchored to.

    Returns (value, anchor) with anchor "dct", "reference" or "" (nothing). A Sem that
    needs an anchor where none is known keeps X's in its value ("XXXX-10-04").
    """
    if sem.kind in ("abs", "dur", "set"):
        return sem.value + sem.part, ""
    if sem.kind == "ref":
        return sem.value, "dct" if ctx.dct else ""
    # with no DCT, a bare "August 21" takes its year from the story's reference time
    use_ref = sem.anaphoric or ctx.history or (ctx.dct is None and sem.kind == "yearless")
    p, how = (ctx.ref, "reference") if use_ref and ctx.ref else (ctx.dct, "dct")
    if sem.kind == "clock" and ctx.day is not None and ctx.day != ctx.dct:
        how = "reference"
    if p is None:
        return _unresolved(sem), ""
    try:
        value = _resolve(sem, p, tense, ctx)
    except (ValueError, OverflowError):
        return _unresolved(sem), ""
    return value + sem.part, how


def _resolve(sem: Sem, p: Point, tense: str, ctx: Context) -> str:
    if p.day is None and ctx.day is not None and ctx.day.year == p.year and (
            sem.kind in ("clock", "weekday") or (
                sem.kind == "shift" and sem.unit in ("day", "week", "weekend"))):
        p = ctx.day
    if sem.kind == "yearless":
        return yearless(sem.value, p, sem.rel, tense, forward=ctx.history, weekday=sem.weekday)
    if sem.kind == "clock":
        # a time of day with no date belongs to the day the narrative is on
        d = (ctx.day or p).as_date()
        return (d.isoformat() if d else _y(p.year) + "-XX-XX") + sem.value
    if sem.kind == "weekday":
        d = p.as_date()
        if d is None:
            return "XXXX-WXX-WE" if sem.unit == "weekend" else f"XXXX-WXX-{sem.weekday}"
        if sem.unit == "weekend":
            return weekend_value(d, sem.rel, tense)
        forward = ctx.history and sem.rel is None
        return weekday_date(d, sem.weekday, sem.rel, tense, forward).isoformat()
    if sem.kind == "shift":
        n = int(sem.n or 0)
        if not ctx.history and (sem.link == "after" or sem.link == "before" and not sem.part):
            # "comes two days after X": X is two days before the narrative's now (and
            # "two days before X" two days after it); the value dates X
            n = -n
        period = ctx.period
        if sem.link == "same-period" and ctx.year_to_date:
            return shift(period or ctx.dct or p, "year", n)
        if sem.link == "same-period" and period is not None:
            return shift(period, "year", n)[:4] + shift(period, period.gran, 0)[4:]
        if sem.link == "period" and period is not None:
            return shift(period, period.gran, 0)
        if sem.link == "period-of-year":
            part = shift(period, period.gran, 0)[4:] if period and not ctx.year_to_date else ""
            return sem.value + part
        value = shift(p, sem.unit, n)
        if sem.anaphoric and n > 0 and not ctx.history and ctx.dct and tense != "future" \
                and sem.link != "before":
            # "how many they have left seven months later": a later time that is not in the
            # future of the writing is the writing's own present
            here, now = interval_of(value), ctx.dct.as_date()
            if here is not None and now is not None and here.start > now:
                return shift(ctx.dct, sem.unit, 0)
        return value
    return _unresolved(sem)


def _unresolved(sem: Sem) -> str:
    """The value of a relative expression when nothing is known to anchor it."""
    if sem.kind == "yearless":
        return sem.value[:7] + "-XX" if sem.weekday else sem.value
    if sem.kind == "weekday":
        return "XXXX-WXX-WE" if sem.unit == "weekend" else f"XXXX-WXX-{sem.weekday}"
    if sem.kind == "clock":
        return "XXXX-XX-XX" + sem.value
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
            "month": "XXXX-XX", "quarter": "XXXX-QX", "half": "XXXX-HX",
            "season": "XXXX-XX", "year": "XXXX", "decade": "XXX",
            "century": "XX"}.get(sem.unit, "XXXX")


def granular(value: str) -> bool:
    """True when ``value`` names a calendar place precise enough to serve as a reference."""
    return bool(re.match(r"(?:BC)?\d{4}", value))
