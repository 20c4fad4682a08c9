"""An undated article's own guess at its day, from the dates and weekdays it mentions.

Used when nothing better is known (:mod:`events.dating.collection`): a story reports
what just happened, so the day it was published is most often a day it names, or a few
days after one. Two readings:

- :func:`infer_published` scores every day near the full dates it mentions;
- the text rule (:func:`guess_from_text`) reads each named day with the tense of its
  clause (:func:`day_mentions`): the latest one outside the future tense is a lower
  bound, a future one after it an upper bound, and the weekdays it names pick the day in
  between; the days the whole collection keeps naming long after (the story's start,
  :func:`background_days`) are no bound.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Collection, Mapping, Sequence

from events.dating.evidence import MONTH_DAY, WEEKDAYS, make_date, weekday_words, year_near
from events.dating.weekdays import WeekdayMention, fit
from events.temporal.tense import clause_tense
from events.text.sentences import split_sentences


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
#: The tagger's rules for a month and day written without a year ("March 20", "20 March"):
#: with no publication date it gives them the story's year (anchor "reference"), but
#: the year is the article's to choose here, as for "XXXX-03-20".
YEARLESS_DAY_RULES = frozenset({"month_day", "day_month"})
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
        story_year = t.anchor == "reference" and t.rule in YEARLESS_DAY_RULES
        if t.type not in ("DATE", "TIME") or (
                t.anchor and t.anchor not in ("", "none") and not story_year):
            continue
        if story_year and (m := _DAY_VALUE.match(t.value)):
            month_days.append((int(m[2]), int(m[3])))
        elif m := _DAY_VALUE.match(t.value):
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


# --- The article's own dates read with their tense (the text rule) --------------------

@dataclass(frozen=True, slots=True)
class DayMention:
    """A day an article names on its own calendar ("20 April", "May 5, 2010"): its year
    (None when the text gave month and day only), month, day, the tense of its clause
    (past, present, future or none) and its offset in the text."""

    year: int | None
    month: int
    day: int
    tense: str
    start: int


@dataclass(frozen=True, slots=True)
class TextRules:
    """The text rule's data (each has a test that names it).

    gaps: how often the publication day lies ``gap`` days after the latest day a dated
        article names outside the future tense, among those within ``len(gaps) - 1``
        days: shares measured on the firmly dated Reuters articles of Timeline17 (LibyaWar,
        bpoil, H1N1: 117 of 333), so that the other outlets check it.
    background_after: a day named by an article that also names a day this many days
        later is *background* in that article (the story's starting point, retold).
    background_share: a day that is background in at least this share of the articles
        naming it (and ``background_min`` of them) is background for the collection: it
        is no clue to any article's day, as the collection keeps naming it long after.
    background_min: see ``background_share``.
    sure_tenses: a guess is sure enough to date an article when the day it rests on is
        named in a clause of one of these tenses (a verbless caption or heading, "Tuesday,
        May 4"; a present-tense report) and its weekday is named too: measured on the
        Timeline17 undated and firmly dated articles, 70 % right against 30 % for the rest.
    agree_days: a day the collection gives an undated article (shared sentences, alike
        articles) and the day its text points to, unsure, agree when no further apart
        than this; further apart, neither is kept
        (:func:`events.dating.collection.reconcile`).
    moved_agrees: whether a guess the weekdays moved off the days the article names
        is sure when the article's guess from all its dates (``Clues.own``) gives the
        same day. Both guesses read the same weekdays, so they are one witness, not two:
        on Timeline17 those guesses were right 9 times and wrong 20 (BP oil 6/11, Libya
        2/4, Egypt 1/5); now they are unsure (:func:`guess_is_sure` decides).
    """

    gaps: tuple[float, ...] = (0.68, 0.16, 0.08, 0.08)
    background_after: int = 10
    background_share: float = 0.3
    background_min: int = 3
    sure_tenses: tuple[str, ...] = ("none", "present")
    agree_days: int = 1
    moved_agrees: bool = False


#: The default text rules.
TEXT = TextRules()


def day_mentions(text: str, times) -> tuple[DayMention, ...]:
    """The absolute day-level dates among ``times`` (the article's tags, made without a
    publication date), each with the tense of its clause; relative ones are left out."""
    sentences = split_sentences(text)
    out = []
    i = 0
    for t in sorted(times, key=lambda t: t.start):
        story_year = t.anchor == "reference" and t.rule in YEARLESS_DAY_RULES
        if t.type not in ("DATE", "TIME") or (
                t.anchor and t.anchor not in ("", "none") and not story_year):
            continue
        if story_year and (m := _DAY_VALUE.match(t.value)):
            year: int | None = None
            month, day = int(m[2]), int(m[3])
        elif m := _DAY_VALUE.match(t.value):
            year = int(m[1])
            month, day = int(m[2]), int(m[3])
        elif m := MONTH_DAY.match(t.value):
            year, month, day = None, int(m[1]), int(m[2])
        else:
            continue
        if make_date(year or 2000, month, day) is None:
            continue
        while i < len(sentences) - 1 and sentences[i].end <= t.start:
            i += 1
        start, end = (sentences[i].start, sentences[i].end) if sentences else (0, len(text))
        out.append(DayMention(year, month, day, clause_tense(text, start, end, t.start),
                              t.start))
    return tuple(out)


def resolve(mentions: Sequence[DayMention], near: date | None) -> list[tuple[date, str]]:
    """The mentioned days on the calendar, each with its tense. A month and day take the
    year the article's full dates name most (the later on a tie), else the year that puts
    them nearest ``near`` (the collection's middle day); without either they are dropped."""
    years = Counter(m.year for m in mentions if m.year is not None)
    year = max(years.items(), key=lambda item: (item[1], item[0]))[0] if years else None
    out = []
    for m in mentions:
        if m.year is not None:
            day = make_date(m.year, m.month, m.day)
        elif year is not None:
            day = make_date(year, m.month, m.day)
        elif near is not None:
            day = year_near(f"XXXX-{m.month:02d}-{m.day:02d}", near)
        else:
            day = None
        if day is not None:
            out.append((day, m.tense))
    return out


def background_days(named: Mapping[str, Sequence[tuple[date, str]]],
                    rules: TextRules = TEXT) -> frozenset[date]:
    """The days the collection keeps naming long after they passed (see
    :class:`TextRules`): ``named`` maps each article to its resolved mentions."""
    naming: Counter[date] = Counter()
    later: Counter[date] = Counter()
    for days in named.values():
        distinct = {d for d, _ in days}
        if not distinct:
            continue
        last = max(distinct)
        for d in distinct:
            naming[d] += 1
            later[d] += (last - d).days >= rules.background_after
    return frozenset(d for d, n in naming.items() if later[d] >= rules.background_min
                     and later[d] >= rules.background_share * n)


def guess_from_text(days: Sequence[tuple[date, str]], weekdays: Sequence[WeekdayMention],
                    background: Collection[date] = frozenset(),
                    rules: TextRules = TEXT) -> tuple[date, str] | None:
    """An undated article's day from the days it names with their tense and its weekdays.

    The latest day it names outside the future tense, leaving out the collection's
    background days, is a lower bound (what it reports has happened); the earliest
    future-tense day after it an upper bound. Of the days from the bound to
    ``len(rules.gaps) - 1`` after it, the one that the gap shares (:attr:`TextRules.gaps`)
    and the named weekdays (:func:`events.dating.weekdays.fit`) make likeliest wins.
    None when it names no such day. Returns ``(date, how)``.
    """
    past = [d for d, tense in days if tense != "future" and d not in background]
    if not past:
        return None
    low = max(past)
    ahead = [d for d, tense in days if tense == "future" and d > low]
    high = min(ahead) if ahead else None
    candidates = [low + timedelta(days=k) for k in range(len(rules.gaps))]
    candidates = [c for c in candidates if high is None or c <= high]
    best = max(candidates, key=lambda c: (round(math.log(rules.gaps[(c - low).days])
                                                + fit(c, weekdays), 9), -(c - low).days))
    how = f"inferred from the days its text names, on or after {low:%-d %B}"
    if best != low:
        how += f", moved to the {best:%A} its weekdays fit"
    return best, how
