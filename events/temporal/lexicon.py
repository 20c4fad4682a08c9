"""Word tables of the temporal tagger: the vocabulary its rules are written in.

Each table maps a written form (lower case) to what it means. The rules in
:mod:`events.temporal.rules` refer to these tables by name (``{MONTH}``, ``{UNIT}``, ...);
:func:`alternation` turns a table into a regular-expression alternation, longest form
first so that "September" wins over "Sept" and "Sep".
"""
from __future__ import annotations

import re

#: Month names and their abbreviations. "may" and "march" are also verbs: the rules only
#: accept them capitalized (see CASE_SENSITIVE) and, when they stand alone, after a cue.
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

#: Month forms that are also common English words: matched with their capital only.
CASE_SENSITIVE = frozenset({"may", "march", "mar", "jan", "jun", "jul", "sep", "dec"})

#: Weekdays (ISO numbers, Monday = 1). Abbreviations are read only before a date.
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
}
WEEKDAY_ABBREVIATIONS = {
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5,
    "sat": 6, "sun": 7,
}

#: Seasons, as TIMEX3 spells them.
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

#: Parts of the day, as TIMEX3 spells them (used after a date: "Friday morning").
DAY_PARTS = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "daytime": "DT", "midday": "MI", "mid-afternoon": "AF", "mid-morning": "MO",
}

#: Nouns a part of the day qualifies as an adjective ("the evening light", "the morning
#: session"): then it names no time of its own.
DAYPART_NOUNS = frozenset({
    "light", "sun", "sky", "air", "mist", "fog", "dew", "news", "paper", "papers",
    "edition", "editions", "show", "programme", "program", "broadcast", "bulletin",
    "session", "sessions", "shift", "rush", "commute", "traffic", "prayer", "prayers",
    "service", "meal", "star", "class", "classes", "meeting", "walk", "run",
})

#: Calendar units: (duration letter, whether it is a time-of-day unit). The letters are
#: those :func:`events.temporal.sem.duration` reads: TIMEX3's, except "MIN" for minutes,
#: which TIMEX3 writes "M" like months (``PT5M``, ``P5M``).
UNITS = {
    "second": ("S", True), "minute": ("MIN", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "weekend": ("WE", False),
    "fortnight": ("W2", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
    "millennium": ("ML", False), "season": ("S", False),
}
#: Plural spellings of the units that are not simply unit + "s".
UNIT_PLURALS = {"centuries": "century", "millennia": "millennium", "millenniums": "millennium"}

#: Cardinal number words.
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "a": 1, "an": 1, "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12,
    "dozen": 12, "half a": 0.5, "a half": 0.5, "couple": 2,
}
#: Words that make the number before them an amount ("$5 million", "4 pence", "5
#: percent"): an amount followed by "a year" is a rate, not a time.
AMOUNT_WORDS = frozenset({"million", "billion", "trillion", "thousand", "hundred",
                          "percent", "cent", "cents", "pence"})

#: Quantity words with no exact number: the value gets "X" ("several years" -> PXY).
VAGUE_NUMBERS = frozenset({
    "several", "a few", "few", "some", "many", "a number of", "numerous", "dozens of",
    "hundreds of", "thousands of", "the few", "various", "multiple", "countless",
})

#: Ordinal words ("the third quarter", "the second day").
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "thirtieth": 30,
    "last": -1, "final": -1,
}

#: Words before a time expression that set its TIMEX3 mod and belong to its extent.
PRE_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "more than": "MORE_THAN", "over": "MORE_THAN", "well over": "MORE_THAN",
    "just over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "just": None, "only": None, "another": None, "an additional": None, "the past": None,
    "the last": None, "the next": None, "the first": None, "the previous": None,
    "the coming": None, "the following": None, "the entire": None, "the whole": None,
}

#: Words for a part of a period, and their TIMEX3 mod ("early 2022", "the end of May").
PART_MODS = {
    "early": "START", "earlier": "START", "beginning": "START", "start": "START",
    "dawn": "START", "opening": "START", "mid": "MID", "middle": "MID", "midst": "MID",
    "late": "END", "later": "END", "end": "END", "close": "END", "latter part": "END",
    "turn": "END",
}

#: Holidays with a fixed date: (month, day).
FIXED_HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year": (1, 1),
    "valentine's day": (2, 14), "independence day": (7, 4), "fourth of july": (7, 4),
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "halloween": (10, 31), "veterans day": (11, 11), "armistice day": (11, 11),
    "bastille day": (7, 14), "boxing day": (12, 26), "may day": (5, 1),
}

#: Holidays that fall on a weekday (US): name -> (month, first day it can fall on, ISO
#: weekday). Thanksgiving is the fourth Thursday of November, the first on or after the
#: 22nd; Election Day the Tuesday after the first Monday, the first on or after the 2nd.
FLOATING_HOLIDAYS = {
    "thanksgiving": (11, 22, 4), "thanksgiving day": (11, 22, 4),
    "election day": (11, 2, 2), "labor day": (9, 1, 1), "memorial day": (5, 25, 1),
    "columbus day": (10, 8, 1), "mother's day": (5, 8, 7), "father's day": (6, 15, 7),
    "martin luther king day": (1, 15, 1), "presidents day": (2, 15, 1),
    "presidents' day": (2, 15, 1),
}

#: Vague references: phrase -> TIMEX3 value (DATE expressions). Words that are more often
#: plain adjectives or adverbs than time expressions in news ("former", "once", "soon",
#: "recent", bare "future") are left out: TimeML annotates them only now and then.
REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF",
    "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at present": "PRESENT_REF", "the present": "PRESENT_REF",
    "present-day": "PRESENT_REF", "present day": "PRESENT_REF", "the present day": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF",
"the past": "PAST_REF", "lately": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the medium term": "FUTURE_REF", "the long run": "FUTURE_REF",
    "the short run": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
}

#: Adjectives that the TIMEX2 tradition of history annotation (WikiWars) marks as vague
#: references and TimeML news annotation does not ("the former king", "future wars"):
#: tagged in history text only.
HISTORY_REFS = {"former": "PAST_REF", "recent": "PAST_REF", "future": "FUTURE_REF"}

#: Set words: word -> (value, quant).
SETS = {
    "daily": ("P1D", None), "weekly": ("P1W", None), "monthly": ("P1M", None),
    "yearly": ("P1Y", None), "annually": ("P1Y", None), "annual": ("P1Y", None),
    "hourly": ("PT1H", None), "nightly": ("P1D", None),
    "biweekly": ("P2W", None), "semiannual": ("P6M", None), "semi-annual": ("P6M", None),
    "biannual": ("P6M", None), "bimonthly": ("P2M", None),
}

#: Deictic days: word -> day offset from the anchor.
DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this morning": 0,
                "this afternoon": 0, "this evening": 0, "last night": -1,
                "tomorrow night": 1, "tomorrow morning": 1}

#: Relation words after a counted duration ("two days after", "a week later"): word ->
#: direction (+1 the later time, -1 the earlier one) and whether a clause follows the
#: word ("after the strikes") rather than the expression standing alone ("later").
ANCHORING_WORDS = {
    "later": (1, False), "afterward": (1, False), "afterwards": (1, False),
    "thereafter": (1, False), "after": (1, True), "earlier": (-1, False),
    "previously": (-1, False), "beforehand": (-1, False), "before": (-1, True),
    "prior": (-1, True),
}

#: Relational words before a unit: word -> offset ("last week" = -1, "next month" = +1).
RELATIONS = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1,
    "this": 0, "current": 0, "present": 0, "same": 0, "coming": 1, "next": 1,
    "following": 1, "ensuing": 1, "subsequent": 1, "upcoming": 1,
}


def _key(words: str) -> str:
    return re.sub(r"[\s-]+", " ", words.strip().lower())


_NORMALIZED: dict[int, dict] = {}


def lookup(table: dict, words: str):
    """``table[words]``, ignoring case and the difference between spaces and hyphens."""
    normalized = _NORMALIZED.get(id(table))
    if normalized is None:
        normalized = _NORMALIZED[id(table)] = {_key(k): v for k, v in table.items()}
    return normalized[_key(words)]


def _word_pattern(form: str) -> str:
    """A regex for one written form: spaces match any whitespace, hyphens are optional."""
    parts = [re.escape(p) for p in re.split(r"([ -])", form)]
    out = []
    for p in parts:
        if p == r"\ ":
            out.append(r"\s+")
        elif p == r"\-":
            out.append(r"[-\s]?")
        else:
            out.append(p)
    return "".join(out)


def alternation(forms, case_sensitive=frozenset()) -> str:
    """A non-capturing alternation of ``forms``, longest first.

    Forms in ``case_sensitive`` are matched with an initial capital only.
    """
    pieces = []
    for form in sorted(set(forms), key=lambda f: (-len(f), f)):
        pattern = _word_pattern(form)
        if form in case_sensitive:
            pattern = f"(?-i:{pattern[0].upper()}{pattern[1:]})"
        pieces.append(pattern)
    return "(?:" + "|".join(pieces) + ")"


def number_value(words: str) -> float | None:
    """The number a written quantity means ("twenty-four" 24, "1,000" 1000, "a" 1).

    Returns None for vague quantities ("several") and for forms it cannot read.
    """
    w = re.sub(r"\s+", " ", words.strip().lower())
    if not w:
        return None
    if w in VAGUE_NUMBERS:
        return None
    half = re.fullmatch(r"(.*?)\s*(?:1/2|\u00bd)", w)
    if half and half.group(1):
        whole = number_value(half.group(1))
        return None if whole is None else whole + 0.5
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", w):
        return float(w.replace(",", ""))
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    total, current = 0.0, 0.0
    for token in re.split(r"[\s-]+", w.replace(" and ", " ")):
        if token in ("", "and"):
            continue
        if re.fullmatch(r"\d+", token):
            current += float(token)
            continue
        n = NUMBER_WORDS.get(token)
        if n is None:
            return None
        if n == 100:
            current = (current or 1) * 100
        elif n == 1000:
            total += (current or 1) * 1000
            current = 0
        else:
            current += n
    return total + current
