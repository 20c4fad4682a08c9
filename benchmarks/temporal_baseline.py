"""BASELINE, not our tagger: ``dateparser.search_dates`` with light clean-up.

This is the comparison system of ``benchmarks/temporal.py`` (issue 3 and the README quote
it as "dateparser search_dates, with light clean-up"). It has the same signature as
:func:`events.temporal.tag` so the same TimeML re-tagging and scorer serve both.

The clean-up: matches are located in the text in order; leading prepositions and articles
("on", "in", "since", "a", "the", ...) and trailing function words and punctuation
("and", "of", "the", ",") are cut off; matches left as one of a few common words that
dateparser misreads ("we", "may", "march", "sun", "second", ...), as number words only
("a three", "one five"), as pure numbers that are not four-digit years, or shorter than
three characters are dropped. The value takes the granularity dateparser reports for the
string (day, month, year, week, time).
"""
from __future__ import annotations

import re
from datetime import date, datetime

from events.models import TimeExpression
from events.temporal.interval import interval_of

_LEADING = re.compile(r"^(?:(?:on|in|at|since|by|from|until|till|during|before|after|of|the|"
                      r"for|a|an)\s+)+", re.I)
_TRAILING = re.compile(r"(?:[\s,.;:]+(?:and|or|in|the|of|a|an|by|to|after|before|on|at|for|"
                       r"with|about|from)\b)*[\s,.;:]*$", re.I)
_NUMBER_WORDS = frozenset("a an one two three four five six seven eight nine ten".split())
_STOP = frozenset("""we may march sun sat mon second now today a an the at on in to by of
one two three four five six seven eight nine ten am pm i""".split())
_TIME = re.compile(r"\d:\d\d|\d\s*[ap]\.?m\b", re.I)


def _settings(dct: date | None) -> dict:
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if dct is not None:
        settings["RELATIVE_BASE"] = datetime(dct.year, dct.month, dct.day)
    return settings


def _value(dt: datetime, period: str, surface: str) -> tuple[str, str]:
    if _TIME.search(surface):
        return "TIME", f"{dt:%Y-%m-%dT%H:%M}"
    if period == "year":
        return "DATE", f"{dt.year:04d}"
    if period == "month":
        return "DATE", f"{dt.year:04d}-{dt.month:02d}"
    if period == "week":
        iy, iw, _ = dt.isocalendar()
        return "DATE", f"{iy:04d}-W{iw:02d}"
    return "DATE", f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}"


def baseline_tag(text: str, dct: date | None) -> tuple[TimeExpression, ...]:
    """Time expressions of ``text`` as dateparser's ``search_dates`` finds them."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    settings = _settings(dct)
    try:
        found = search_dates(text, languages=["en"], settings=settings) or []
    except Exception:  # the baseline must not stop the benchmark on one odd document
        return ()
    reader = DateDataParser(languages=["en"], settings=settings)
    out: list[TimeExpression] = []
    pos = 0
    for surface, dt in found:
        start = text.find(surface, pos)
        if start < 0:
            continue
        end = start + len(surface)
        pos = end
        m = _LEADING.match(surface)
        if m:
            start += m.end()
        end = start + len(_TRAILING.sub("", text[start:end]))
        surface = text[start:end]
        words = surface.strip().lower()
        if len(words) < 3 or words in _STOP or (words.isdigit() and len(words) != 4):
            continue
        if all(w in _NUMBER_WORDS or w.isdigit() for w in words.split()) and not \
                (words.isdigit() and len(words) == 4):
            continue
        data = reader.get_date_data(surface)
        period = getattr(data, "period", None) or "day"
        type_, value = _value(dt, period, surface)
        if out and start < out[-1].end:
            continue
        out.append(TimeExpression(start, end, surface, type_, value, rule="dateparser",
                                  interval=interval_of(value)))
    return tuple(out)
