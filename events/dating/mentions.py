"""An undated article's own guess at its day, from the dates and weekdays it mentions.

Used when nothing better is known (:mod:`events.dating.collection`): a story reports
what just happened, so the day it was published is most often a day it names, or a few
days after one.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from events.dating.evidence import MONTH_DAY, WEEKDAYS, make_date, weekday_words


#: Weights of the inference score (tuned on undated Timeline17 CNN text, see
#: benchmarks/pubdate.py): a mentioned day counts fully on itself and ``RECENT_WEIGHT``
#: for each of the ``RECENT_DAYS`` days after it (news reports what just happened); a day
#: mentioned after the candidate counts ``FUTURE_PENALTY`` against it; the share of weekday
#: mentions naming the candidate's weekday counts ``WEEKDAY_WEIGHT``.
RECENT_DAYS = 3
RECENT_WEIGHT = 0.3
FUTURE_PENALTY = 0.2
WEEKDAY_WEIGHT = 2.0

_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEKDAY_VALUE = re.compile(r"^XXXX-WXX-([1-7])$")


def _mentions(times, text: str) -> tuple[list[date], list[int]]:
    """Fully specified days and weekday numbers an article mentions.

    Month-day values without a year (``XXXX-03-08``) take the year that the full dates
    mention most; a bare year is no evidence for them, as news names years mostly for
    background ("the 1969 coup", "the 1973 War Powers Resolution").
    Weekdays come from the expressions when the tagger tagged them (by value or by their
    words), else from the text.
    """
    days: list[date] = []
    month_days: list[tuple[int, int]] = []
    years: Counter[int] = Counter()
    weekdays: list[int] = []
    for t in times:
        if t.type not in ("DATE", "TIME") or (t.anchor and t.anchor not in ("", "none")):
            continue
        if m := _DAY_VALUE.match(t.value):
            if (d := make_date(m[1], m[2], m[3])) is not None:
                days.append(d)
                years[d.year] += 1
        elif m := MONTH_DAY.match(t.value):
            month_days.append((int(m[1]), int(m[2])))
        elif m := _WEEKDAY_VALUE.match(t.value):
            weekdays.append(int(m[1]))
        elif named := weekday_words(t.text):
            weekdays.append(WEEKDAYS[named[0].lower()])
    if years:
        year = max(years.items(), key=lambda item: (item[1], item[0]))[0]
        days += [d for md in month_days if (d := make_date(year, *md)) is not None]
    if not weekdays:
        weekdays = [WEEKDAYS[w.lower()] for w in weekday_words(text)]
    return days, weekdays


def infer_published(times, text: str) -> tuple[date, str] | None:
    """Guess when an undated article was published from the dates and weekdays it uses.

    ``times`` are the article's :class:`~events.models.TimeExpression` objects, tagged
    without a publication date, so only absolute ones have calendar values. Each day
    from a mentioned date to :data:`RECENT_DAYS` after it is a candidate, scored by how
    many mentioned dates fall on or shortly before it, less those after it, plus how
    many weekday mentions name its weekday ("said Wednesday" is most often the day of
    publication). The best candidate wins; ties go to the earlier day. Returns
    ``(date, how)`` or None when the article mentions no full date.
    """
    days, weekdays = _mentions(times, text)
    if not days:
        return None
    counts = Counter(days)
    weekday_counts = Counter(weekdays)
    total_weekdays = sum(weekday_counts.values()) or 1
    candidates = sorted({d + timedelta(days=k) for d in counts for k in range(RECENT_DAYS + 1)})
    best: tuple[float, date] | None = None
    for day in candidates:
        score = WEEKDAY_WEIGHT * weekday_counts[day.isoweekday()] / total_weekdays
        for mentioned, n in counts.items():
            gap = (day - mentioned).days
            if gap == 0:
                score += n
            elif 0 < gap <= RECENT_DAYS:
                score += RECENT_WEIGHT * n
            elif gap < 0:
                score -= FUTURE_PENALTY * n
        if best is None or score > best[0]:
            best = (score, day)
    day = best[1]
    how = f"inferred from {len(days)} date mention{'s' * (len(days) != 1)}"
    if weekday_counts[day.isoweekday()]:
        how += f" and {day.strftime('%A')}"
    return day, how
