"""``tag``: the temporal tagger's one entry point, from text to TIMEX3 expressions."""
from __future__ import annotations

import re
from datetime import date

from events.models import TimeExpression
from events.temporal import modifiers
from events.temporal import lexicon as lx
from events.temporal.caps import cap_per_sentence
from events.temporal.anchor import Context, Point, fill_year, granular, resolve
from events.temporal.governing import governed, governing_year, year_of
from events.temporal.interval import interval_of
from events.temporal.lists import list_entries, next_in_order
from events.temporal.recognize import Choice, Found, finish, recognize
from events.temporal.relative import YEAR_TO_DATE
from events.temporal.tense import aspect, cue_before

GENRES = ("auto", "news", "history")

#: Sem kinds whose value depends on the tense of their clause.
_TENSED = frozenset({"weekday", "yearless"})
#: Expressions that name a year outright ("1939", "May 1940", "490 BC") and expressions
#: counted from the moment of writing ("Friday", "yesterday", "last week"): history names
#: many of the first and few of the second, news the other way round.
_YEAR_VALUE = re.compile(r"(?:BC)?\d{4}(?:$|-\d\d)")
_DEICTIC_RULES = frozenset({"weekday", "weekday_rel", "deictic_day", "deictic_daypart",
                            "rel_unit"})
#: "auto" reads a text as history when it names at least this many years ...
HISTORY_MIN_YEARS = 5
#: ... and at least this many times as many years as deictic expressions.
HISTORY_YEARS_PER_DEICTIC = 4


def decide_genre(text: str, dct: date | None, genre: str = "auto",
                 found: list[Found] | None = None) -> str:
    """"news" or "history": how relative expressions of ``text`` are anchored.

    "auto" chooses history when the text names at least five explicit years and four
    times as many years as deictic expressions ("Friday", "yesterday", "last week"), as
    encyclopedic narratives do; news reports the other way round. But a text whose
    year-less days mostly fall just before ``dct`` is news (:data:`NEWS_DAYS_BEFORE`). ``found`` are the
    text's recognised expressions, when already known.
    """
    if genre in ("news", "history"):
        return genre
    if found is None:
        found = recognize(text)
    years = sum(1 for f in found if f.sem.kind == "abs" and _YEAR_VALUE.match(f.sem.value))
    deictics = sum(1 for f in found if f.rule.split("+", 1)[0] in _DEICTIC_RULES)
    if years >= HISTORY_MIN_YEARS and years >= HISTORY_YEARS_PER_DEICTIC * deictics \
            and not _days_around(found, dct):
        return "history"
    return "news"


#: A text whose year-less days ("June 21", "on 4 June") mostly fall, in their nearest
#: year, within this many days before its publication date (or a week after) reports
#: news, whatever years it names in passing: at least NEWS_DAYS_MIN of them, and at
#: least NEWS_DAYS_SHARE of all. A history's days spread over the whole year.
NEWS_DAYS_BEFORE = 60
NEWS_DAYS_AFTER = 7
NEWS_DAYS_MIN = 1
NEWS_DAYS_SHARE = 0.5
_DAY_VALUE = re.compile(r"XXXX-(\d\d)-(\d\d)$")


def _days_around(found: list[Found], dct: date | None) -> bool:
    """True when most of the year-less days lie just before the publication date (see
    :data:`NEWS_DAYS_BEFORE`)."""
    if dct is None:
        return False
    near = total = 0
    for f in found:
        m = _DAY_VALUE.match(f.sem.value) if f.sem.kind == "yearless" else None
        if m is None:
            continue
        total += 1
        month, day = int(m[1]), int(m[2])
        gaps = []
        for year in (dct.year - 1, dct.year, dct.year + 1):
            try:
                gaps.append((date(year, month, day) - dct).days)
            except ValueError:  # 29 February
                continue
        if any(-NEWS_DAYS_BEFORE <= g <= NEWS_DAYS_AFTER for g in gaps):
            near += 1
    return near >= NEWS_DAYS_MIN and near >= NEWS_DAYS_SHARE * total


def tag(text: str, dct: date | None, *, genre: str = "auto",
        dct_from_text: bool = False) -> tuple[TimeExpression, ...]:
    """The time expressions of ``text``, normalized to TIMEX3 and anchored.

    ``dct`` is the document creation time (publication date); when None, relative
    expressions keep X's in their value and get no interval (today's date is never used).
    ``genre`` is "news" (relative expressions count from the DCT), "history" (from the last
    date mentioned) or "auto" (decided from the years the text names and, unless
    ``dct_from_text`` says the DCT was inferred from this text's own dates, where its
    year-less days fall: :func:`decide_genre`). The result is sorted by start and
    non-overlapping; offsets index ``text``.
    """
    if not isinstance(text, str) or not text:
        return ()
    choice = Choice(text)
    chosen = choice.chosen()
    if not chosen:
        return ()
    history = decide_genre(text, None if dct_from_text else dct,
                           genre if genre in GENRES else "auto", chosen) == "history"
    if not history:  # news: choose again without what only history annotation marks
        chosen = choice.chosen(history=False)
    found = cap_per_sentence(text, finish(text, chosen))
    dct_point = Point.of_date(dct) if isinstance(dct, date) else None
    ref, period, day = dct_point, None, dct_point
    year_to_date = False
    out = []
    clauses: dict = {}
    # the expressions that name a year outright, and whether they lie in an aside
    years = [(f.start, f.end, y, len(f.sem.value) == 4, _aside(text, f.start)) for f in found
             if f.sem.kind == "abs" and (y := year_of(f.sem.value)) is not None]
    entries = list_entries(text, found)
    previous_entry: date | None = None  # the day of the last list entry read
    for i, f in enumerate(found):
        tense = "none"
        if f.sem.kind in _TENSED or f.sem.anaphoric:
            # the clause reader finds sentence ends itself, so the whole text is passed
            tense = cue_before(text, f.start) or aspect(text, 0, len(text), f.start, f.end,
                                                        clauses)
            if tense == "conditional":
                tense = "none"
        ctx = Context(dct_point, ref, history, period, day, year_to_date)
        value, anchor = resolve(f.sem, ctx, tense)
        if f.sem.kind == "yearless" and governed(f.sem.value) and (given := governing_year(
                text, f.start, f.end, years, dct_point.year if dct_point else None, history)):
            # "July 15-24 in 2022", "the 2022 Games ... on July 27": the sentence's year
            value, anchor = fill_year(f.sem.value, given[0], f.sem.weekday) + f.sem.part, ""
        elif i in entries and entries[i] is not None and f.sem.kind == "yearless" \
                and previous_entry is not None and (year := next_in_order(
                    previous_entry, int(f.sem.value[5:7]), int(f.sem.value[8:10]), entries[i])):
            # "April 22 - The rig sinks" after "April 20, 2010 - ...": a list keeps its order
            value, anchor = fill_year(f.sem.value, year, f.sem.weekday) + f.sem.part, ""
        if i in entries:
            try:
                previous_entry = date.fromisoformat(value[:10])
            except ValueError:
                previous_entry = None
        expr = _expression(text, f, value, anchor, history)
        out.append(expr)
        if f.sem.link == YEAR_TO_DATE:
            year_to_date = True  # "the first nine months": compared with the year before
        if (expr.type in ("DATE", "TIME") or expr.points_to) and granular(value) and \
                _moves_narrative(text, f, history):
            point = Point.of_value(value)
            if point is not None:
                ref = point
                if point.day is not None and point.gran == "day":
                    day = point
                if point.gran in ("quarter", "half"):
                    period, year_to_date = point, False
    return tuple(out)


_DETERMINER = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that)\s+$", re.I)
_WORD_NEXT = re.compile(r"\s+[A-Za-z]")


def _moves_narrative(text: str, f: Found, history: bool = False) -> bool:
    """False for expressions that name a time without moving the narrative's reference:
    a year used as an adjective ("the 1812 campaign") and a look back from the reference
    ("a year earlier", "the year-ago quarter", in news "two days after")."""
    if f.sem.link in ("same-period", "period", "period-of-year", "before"):
        return False
    if f.sem.link == "after" and not history:
        return False  # news: "comes two days after X" looks back from the reference to X
    if f.sem.kind == "shift" and f.sem.anaphoric and (f.sem.n or 0) < 0:
        return False
    if _aside(text, f.start):
        return False
    return not (f.rule == "year" and _DETERMINER.search(text, max(0, f.start - 8), f.start)
                and _WORD_NEXT.match(text, f.end))


#: Asides whose dates are not the main line of a narrative: what comes since the last
#: comma or bracket of the sentence opens a non-restrictive relative clause (", which
#: killed 85 people in 2018"), a birth or founding aside (", born in 1955,"), or sits
#: inside brackets ("Steve Jobs (1955-2011)"). (name, pattern matched from that point.)
ASIDES: tuple[tuple[str, str], ...] = (
    ("relative", r",\s+(?:which|who|whom|whose)\b"),
    ("born", r",\s+(?:born|founded|established)\b"),
    ("bracket", r"\("),
)
_ASIDES = tuple((n, re.compile(p)) for n, p in ASIDES)
_ASIDE_START = re.compile(r"[,(][^,()]*$")
_ASIDE_LOOKBACK = 120


def aside_rule(text: str, at: int) -> str | None:
    """The name of the :data:`ASIDES` rule that puts the expression at ``at`` in an aside
    of its sentence, or None when it is on the sentence's main line."""
    lo = max(0, at - _ASIDE_LOOKBACK)
    window = text[lo:at]
    cut = max(window.rfind(". "), window.rfind("\n"))
    if cut >= 0:
        lo, window = lo + cut + 1, window[cut + 1:]
    m = _ASIDE_START.search(window)
    if m is None:
        return None
    start = lo + m.start()
    for name, pattern in _ASIDES:
        if pattern.match(text, start, at):
            return name
    return None


def _aside(text: str, at: int) -> bool:
    return aside_rule(text, at) is not None


def _expression(text: str, f: Found, value: str, anchor: str,
                history: bool = False) -> TimeExpression:
    sem = f.sem
    type_ = sem.type
    if type_ == "DATE" and "T" in value and re.search(r"T(\d|MO|AF|EV|NI|DT|MI)", value):
        type_ = "TIME"
    interval = interval_of(value, sem.mod) if type_ in ("DATE", "TIME") else None
    tail = _ANCHORING_TAIL.search(text, f.start, f.end)
    if not history and tail and modifiers.anchored_duration(sem, text[f.start:f.end]):
        # TimeML (news): "two days after" is the duration "two days" and points to a date;
        # TIMEX2 history annotation (WikiWars) keeps "two days later" a date
        return TimeExpression(start=f.start, end=tail.start(), text=text[f.start:tail.start()],
                              type="DURATION", value=sem.duration, mod=sem.mod,
                              anchor=anchor, rule=f.rule, interval=interval,
                              points_to=value if interval is not None else "")
    return TimeExpression(start=f.start, end=f.end, text=text[f.start:f.end], type=type_,
                          value=value, mod=sem.mod, quant=sem.quant, freq=sem.freq,
                          anchor=anchor, rule=f.rule, interval=interval)


#: The relation word that ends an anchored duration ("two days| after").
_ANCHORING_TAIL = re.compile(r"\s+(?:" + "|".join(sorted(lx.ANCHORING_WORDS, key=len, reverse=True))
                             + r")$", re.I)
