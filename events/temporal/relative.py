"""Builders for relative expressions, durations, sets and vague references.

The counterpart of :mod:`events.temporal.normalize` (which reads calendar names): these
builders turn "yesterday", "last week", "the quarter", "three years", "every Monday" and
"recently" into :class:`Sem` recipes. Same calling convention:
``build(groups, text, start, end) -> Sem | None``.
"""
from __future__ import annotations

import re

from events.temporal import lexicon as lx
from events.temporal.sem import Sem, absolute, duration


def _unit(word: str) -> str:
    """Normalize a unit word ("Centuries", "weeks") to its singular lexicon key."""
    w = word.lower()
    if w in lx.UNIT_PLURALS:
        return lx.UNIT_PLURALS[w]
    if w.endswith("s") and w[:-1] in lx.UNITS:
        return w[:-1]
    return w


def deictic(g, text, start, end):
    """today, yesterday, tomorrow (and the days around them)."""
    w = re.sub(r"\s+", " ", g["w"].lower())
    n = {"the day before yesterday": -2, "the day after tomorrow": 2}.get(w)
    if n is None:
        n = lx.DEICTIC_DAYS[w]
    return Sem("DATE", "shift", unit="day", n=n)


def deictic_part(g, text, start, end):
    """tonight, this morning, last night, yesterday afternoon."""
    w = re.sub(r"\s+", " ", g["w"].lower())
    if w == "tonight":
        return Sem("TIME", "shift", unit="day", n=0, part="TNI")
    first, part = w.split(" ", 1)
    n = {"this": 0, "last": -1, "tomorrow": 1, "yesterday": -1}[first]
    if first == "last" and part != "night":
        return None
    return Sem("TIME", "shift", unit="day", n=n, part="T" + lx.DAY_PARTS[part])


def anaphoric_part(g, text, start, end):
    """that morning, the next morning: a part of the narrative's current (or next) day."""
    w = re.sub(r"\s+", " ", g["w"].lower())
    n = 1 if w in ("the next", "the following") else 0
    return Sem("TIME", "shift", unit="day", n=n, part="T" + lx.DAY_PARTS[g["p"].lower()],
               anaphoric=True)


#: Prepositions before "the morning" that make it a time ("in the morning").
_DAYPART_CUE = re.compile(r"\b(?:in|by|at|during|until|till|through|throughout|since)\s+$", re.I)


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def the_daypart(g, text, start, end):
    """"in the morning", "by mid-afternoon", "at mid-afternoon yesterday": a part of the
    day the narrative is on (or of the day named after it)."""
    if not (g.get("the") or g.get("m") or g.get("d")):
        return None  # a bare "in morning" is not said; "from morning to night" is no day
    if not _DAYPART_CUE.search(text, max(0, start - 12), start):
        return None  # "the morning papers", "the evening was warm"
    after = _NEXT_WORD.match(text, end, min(len(text), end + 20))
    if after and after.group(1).lower() in lx.DAYPART_NOUNS:
        return None  # "in the evening light"
    modifier = re.sub(r"[\s-]+", "", (g.get("m") or "").lower())
    part = lx.DAY_PARTS.get(f"mid-{g['p'].lower()}" if modifier == "mid" else g["p"].lower())
    if part is None:
        return None
    if g.get("d"):
        return Sem("TIME", "shift", unit="day", n=lx.DEICTIC_DAYS[g["d"].lower()], part="T" + part)
    return Sem("TIME", "shift", unit="day", n=0, part="T" + part, anaphoric=True)


def rel_unit(g, text, start, end):
    """last week, next year, this month; with "the", an anaphoric "the next day"."""
    rel = g["rel"].lower()
    unit = g["u"].lower()
    n = lx.RELATIONS[rel]
    the = bool(g.get("the"))
    if the and rel in ("past", "last") and unit != "day":
        return duration(1, lx.UNITS[unit][0])
    anaphoric = rel in ("following", "previous", "preceding", "prior", "ensuing",
                        "subsequent", "same") or (the and rel == "next")
    if unit == "weekend":
        return Sem("DATE", "shift", unit="weekend", n=n, rel=n, anaphoric=anaphoric)
    link = ""
    if not the and unit == "quarter" and n == 0:
        link = "period"  # "this quarter's loss", written about the quarter being reported
    return Sem("DATE", "shift", unit=unit, n=n, anaphoric=anaphoric, link=link)


def the_unit(g, text, start, end):
    """"the quarter", "that year", "the same day": the period the narrative is in."""
    unit = g["u"].lower()
    det = g["the"].lower()
    if det == "this":
        return Sem("DATE", "shift", unit=unit, n=0)
    words = text[start:end].lower()
    if det == "the" and unit in ("day", "week", "month") and "same" not in words:
        return None
    if unit == "year" and re.search(r"full|fiscal|calendar|entire", words) and \
            not _FISCAL_SPAN.match(text, end, min(len(text), end + 12)):
        return Sem("DATE", "shift", unit="year", n=0)  # "the full year": the current one
    if unit == "year" and _FISCAL_SPAN.match(text, end, min(len(text), end + 12)):
        return duration(1, "Y")  # "for the year ended March 31": a twelve-month span
    link = "period" if unit == "quarter" else ""
    return Sem("DATE", "shift", unit=unit, n=0, anaphoric=True, link=link)


_FISCAL_SPAN = re.compile(r"\s+(?:ended|ending|that\s+ended|to)\b", re.I)


def year_period(g, text, start, end):
    """"the 1988 period", "the 1988 third quarter": a quarter of a named year."""
    if g.get("o"):
        return absolute(f"{g['y']}-Q{lx.ORDINALS[g['o'].lower()]}")
    return Sem("DATE", "shift", value=g["y"], unit="quarter", anaphoric=True, link="period-of-year")


def latest_period(g, text, start, end):
    """"the latest quarter", "the current year": the period the writing is in (or just ended)."""
    unit = g["u"].lower()
    if unit == "period":
        unit = "quarter"
    words = text[start:end].lower()
    n = -1 if unit == "quarter" and "current" not in words else 0
    return Sem("DATE", "shift", unit=unit, n=n, rel=n)


def year_ago(g, text, start, end):
    """"the year-earlier quarter", "year-ago": the same period one year back."""
    unit = (g.get("u") or "").lower()
    if "nine" in unit:
        return duration(9, "M")
    return Sem("DATE", "shift", unit="year", n=-1, rel=-1, anaphoric=True, link="same-period")


def year_end(g, text, start, end):
    """"year-end": the closing day of the year, as the compound is used in accounts ("at
    year-end", "year-end holdings"); "year's end", "year end": the end of the year, as
    "the end of the year" (this one, or the last one in the past tense)."""
    if g["s"] == "-":
        return Sem("DATE", "yearless", "XXXX-12-31")
    return Sem("DATE", "yearless", "XXXX", mod="END")


def weekend(g, text, start, end):
    """the weekend, this weekend, last weekend."""
    det = g["the"].lower()
    rel = {"this": 0, "last": -1, "next": 1}.get(det)
    words = text[start:end].lower()
    if "past" in words:
        rel = -1
    elif "coming" in words:
        rel = 1
    return Sem("DATE", "weekday", unit="weekend", weekday=6, rel=rel,
               anaphoric=det == "that")


def duration_(g, text, start, end):
    """A counted duration: "three years", "24 hours", "a two-year", "1.5 days"."""
    unit = _unit(g["u"])
    n = lx.number_value(g["n"])
    if n is None:
        return None
    words = text[start:end].lower()
    if "half" in words:
        n += 0.5
    if unit == "second" and re.match(r"\s*(?:quarter|half)", text[end:end + 9]):
        return None
    if unit == "second" and re.match(r"an?\s", words) and re.match(r"\s+[a-z]", text[end:end + 3]):
        return None  # "a second group": the ordinal
    if unit == "quarter" and re.match(r"\s+of\b", text[end:end + 4]):
        return None  # "a quarter of its food": the fraction
    if n > 10000 or (n == 0 and unit != "day"):
        return None
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return None  # "the post-1945 years": a year after a prefix
    letter = lx.UNITS[unit][0]
    if words == "one day" and _MODAL_BEFORE.search(text, max(0, start - 10), start):
        return Sem("DATE", "ref", "FUTURE_REF")  # "Islam will one day be": some future day
    if g["n"].lower() in ("a", "an") and _RATE_BEFORE.search(text, max(0, start - 40), start) \
            and not _RELATION_AFTER.match(text, end, min(len(text), end + 16)):
        # "$500 million a year", "four flights a week": a rate, so a set (as "twice a year")
        return Sem("SET", "set", duration(1, letter).value)
    link = YEAR_TO_DATE if words.startswith("the") and _year_to_date(n, unit) else ""
    return duration(n, letter, link=link)


#: A modal right before "one day" makes it "at some future time" ("will one day be").
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall|should|must)\s+$", re.I)
_NUMBER_WORD = lx.alternation([w for w in lx.NUMBER_WORDS if " " not in w and w not in ("a", "an")])
_AMOUNT_WORD = lx.alternation(lx.AMOUNT_WORDS)
#: What comes before "a year" when it is part of a rate: an amount of money, a big
#: number, a percentage, or a number and what it counts ("700 seats", "four flights").
_RATE_BEFORE = re.compile(
    r"(?:[$\u00a3\u20ac#]\s?\d[\d,.]*(?:\s+" + _AMOUNT_WORD + r")?"
    r"|\b\d{1,3}(?:,\d{3})+|\d[\d,.]*\s*%"
    r"|\b(?:\d[\d,.]*|" + _NUMBER_WORD + r"|hundreds|thousands|dozens|millions)"
    r"(?:\s+(?:of|" + _AMOUNT_WORD + r"))?(?:\s+[a-z]+){1,2})\s+$", re.I)
_RELATION_AFTER = re.compile(r"(?:\s+or\s+so)?\s+(?:ago|" + "|".join(lx.ANCHORING_WORDS) + r")\b",
                             re.I)


#: Spans of months a business report covers from the start of its (fiscal) year: "the
#: nine months", "the first six months". What is compared after them ("a year earlier",
#: "the 1988 period") is the year before, as a year.
YEAR_TO_DATE_MONTHS = frozenset({6, 9})
#: The link of a Sem that names such a span.
YEAR_TO_DATE = "year-to-date"


def _year_to_date(n, unit: str) -> bool:
    return unit == "month" and n in YEAR_TO_DATE_MONTHS


def half_duration(g, text, start, end):
    """"half an hour", "a half year"."""
    unit = _unit(g["u"])
    if unit == "hour":
        return duration(30, "MIN")
    if unit == "year":
        return duration(6, "M")
    return duration(0.5, lx.UNITS[unit][0])


def vague_duration(g, text, start, end):
    """"several years", "a few days" -> PXY, PXD."""
    unit = _unit(g["u"])
    return duration(None, lx.UNITS[unit][0])


def span(g, text, start, end):
    """"the past 24 hours", "the next two years", "the first nine months" (durations)."""
    unit = _unit(g["u"])
    n_word = g.get("n")
    rel = g["rel"].lower()
    if n_word:
        n = lx.number_value(n_word)
    elif g.get("pl"):
        n = None
    else:
        if rel in ("next", "following", "previous", "coming", "same", "ensuing",
                   "subsequent", "preceding"):
            return None  # "the next day" is a date (rel_unit)
        n = 1
    if unit == "weekend":
        return None
    letter = lx.UNITS[unit][0]
    link = YEAR_TO_DATE if rel in ("first", "latest") and _year_to_date(n, unit) else ""
    return duration(n, letter, link=link)


_PLURAL_CUES = re.compile(r"\b(?:for|in|within|over|took|take|takes|lasting|last|lasted)\s+$",
                          re.I)


def plural_duration(g, text, start, end):
    """A bare plural unit after "for", "in", "over": "for years" -> PXY."""
    if not _PLURAL_CUES.search(text, max(0, start - 10), start):
        return None
    return duration(None, lx.UNITS[_unit(g["u"])][0])


def every_unit(g, text, start, end):
    """every day, each year, every two weeks, per month -> SET."""
    unit = _unit(g["u"])
    n = lx.number_value(g["n"]) if g.get("n") else 1
    if "other" in text[start:end].lower():
        n = 2
    if n is None or unit in ("weekend",):
        return None
    letter = lx.UNITS[unit][0]
    quant = g["e"].upper()
    return Sem("SET", "set", duration(n, letter).value, quant=quant)


def every_weekday(g, text, start, end):
    """every Monday -> XXXX-WXX-1."""
    return Sem("SET", "set", f"XXXX-WXX-{lx.WEEKDAYS[g['wd'].lower()]}", quant="EVERY")


def every_month(g, text, start, end):
    """each July -> XXXX-07."""
    return Sem("SET", "set", f"XXXX-{lx.MONTHS[g['mo'].lower().rstrip('.')]:02d}", quant="EACH")


def set_word(g, text, start, end):
    """daily, weekly, annual -> SET P1D, P1W, P1Y."""
    value, quant = lx.lookup(lx.SETS, g["w"])
    return Sem("SET", "set", value, quant=quant)


def rate(g, text, start, end):
    """"$5 a year", "twice a day": a rate is a SET."""
    unit = g["u"].lower()
    return Sem("SET", "set", duration(1, lx.UNITS[unit][0]).value)


def ref(g, text, start, end):
    """now, recently, the future -> PRESENT_REF, PAST_REF, FUTURE_REF."""
    w = lx._key(g["w"])
    if w in ("current", "future", "former", "present") and re.match(r"\s*(?:-|account|events|"
                                                                     r"president|prime|minister)",
                                                                     text[end:end + 12], re.I):
        return None
    link = ""
    if w in ("the future", "the past", "the present") and re.match(r"\s+of\b", text[end:end + 4]):
        # "the future of our peoples": a state of things, which only history annotation
        # (TIMEX2) marks as a time
        link = "history-only"
    return Sem("DATE", "ref", lx.lookup(lx.REFS, w), link=link)


def bare_daypart(g, text, start, end):
    """"night", "daytime" on their own: a part of no particular day (history text only)."""
    part = "NI" if g["p"].lower().startswith("night") else "DT"
    return Sem("TIME", "abs", f"XXXX-XX-XXT{part}", link="history-only")


def history_ref(g, text, start, end):
    """"former", "future", "recent" -> PAST_REF, FUTURE_REF: kept in history text only."""
    return Sem("DATE", "ref", lx.HISTORY_REFS[g["w"].lower()], link="history-only")


def recent(g, text, start, end):
    """"recent years", "recent days" -> PAST_REF; "recent weeks", "recent months" -> PXW, PXM.

    (TimeBank reads the middle-sized units as a stretch of time, the others as the past.)
    """
    unit = _unit(g["u"])
    if unit in ("week", "month", "quarter"):
        return duration(None, lx.UNITS[unit][0])
    return Sem("DATE", "ref", "PAST_REF")


def coming(g, text, start, end):
    """"the coming weeks", "the years ahead" -> FUTURE_REF."""
    return Sem("DATE", "ref", "FUTURE_REF")
