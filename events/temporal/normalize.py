"""Builders: from the words a rule matched to a :class:`Sem` (or a rejection).

Each rule of :mod:`events.temporal.rules` names one builder here. A core builder is called
as ``build(groups, text, start, end)`` and returns a Sem, or None when the match is not a
time expression after all ("May" the verb, "1500 troops"). Wrapper builders take
``(groups, sem)``; join builders ``(left, right)``.
"""
from __future__ import annotations

import re

from events.temporal import lexicon as lx
from events.temporal.sem import Sem, absolute, duration

# Words that, before a bare capitalized "May"/"March", show it is the month.
_MONTH_CUES = re.compile(
    r"(?:\b(?:in|of|since|until|till|by|from|to|through|during|early|late|mid|last|next|this|"
    r"before|after|between|and|or|until|that|each|every|since|throughout)|-)\s*$", re.I)
# Words after a bare 4-digit number that show it counts things rather than naming a year.
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent|per\b|people|persons|men|women|troops|soldiers|killed|dead|deaths|"
    r"casualties|prisoners|wounded|tons?|tonnes|miles|km|kilomet|meters|metres|feet|yards|"
    r"dollars|euros|pounds|yen|points?\b|shares|votes|units|barrels|acres|hectares|cars|"
    r"workers|employees|jobs|students|members|pages|words|[a-z]+s\s+(?:of|were|are|have)\b|"
    r":\d|\.\d)", re.I)
_NOT_YEAR_BEFORE = re.compile(
    r"(?:[$£€#]|\bNo\.|\bnumber|\bRoute|\bflight|\bpage|\bp\.|\bRoom|\bSuite|\bversion|\bv\.|"
    r"\babout|\bsome|\bnearly|\balmost|\bover|\bonly|\bmore\s+than|\bfewer\s+than|\bless\s+than"
    r"|\bat\s+least|\bup\s+to|\btop|\bwith|\bDow|\bindex)\s*$", re.I)


def _month(word: str) -> int:
    return lx.MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    w = word.lower()
    if w in lx.ORDINALS:
        return lx.ORDINALS[w]
    return int(re.match(r"\d+", w).group())


def _year(word: str) -> int:
    w = word.lstrip("'")
    return int(w)


def _unit(word: str) -> str:
    """Normalize a unit word ("Centuries", "weeks") to its singular lexicon key."""
    w = word.lower()
    if w in lx.UNIT_PLURALS:
        return lx.UNIT_PLURALS[w]
    if w.endswith("s") and w[:-1] in lx.UNITS:
        return w[:-1]
    return w


def _date_value(y: int | None, mo: int, d: int | None) -> str | None:
    if not 1 <= mo <= 12 or (d is not None and not 1 <= d <= 31):
        return None
    year = "XXXX" if y is None else f"{y:04d}"
    return f"{year}-{mo:02d}" + ("" if d is None else f"-{d:02d}")


def date(g, text, start, end):
    """A calendar date from groups y (year), mo (month word or number), d (day)."""
    mo = int(g["mo"]) if g["mo"].isdigit() else _month(g["mo"])
    d = _day(g["d"]) if g.get("d") else None
    y = _year(g["y"]) if g.get("y") else None
    if y is not None and g["y"].startswith("'"):
        y = 1900 + y if y >= 30 else 2000 + y
    value = _date_value(y, mo, d)
    if value is None:
        return None
    if g.get("hh"):
        return absolute(f"{value}T{g['hh']}:{g['mi']}", "TIME")
    if y is None:
        return Sem("DATE", "yearless", value)
    return absolute(value)


def date_bc(g, text, start, end):
    """A month of a year before Christ: "August 480 BC" -> BC0480-08."""
    return absolute(f"BC{int(g['y']):04d}-{_month(g['mo']):02d}")


_RANGE_END = re.compile(r"\s*(?:-|\u2013|and|to|or)\s*(?:\d{1,2})(?:st|nd|rd|th)?\s+(\w+)", re.I)
_RANGE_START = re.compile(r"\b([A-Za-z]+)\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:-|\u2013|and|to|or)\s*$")


def day_before_range(g, text, start, end):
    """The first day of "6-7 January" or "4 and 5 May": the month comes after."""
    m = _RANGE_END.match(text, end, min(len(text), end + 30))
    if not m or m.group(1).lower().rstrip(".") not in lx.MONTHS:
        return None
    return Sem("DATE", "yearless", f"XXXX-{_month(m.group(1)):02d}-{_day(g['d']):02d}")


def day_after_range(g, text, start, end):
    """The second day of "May 4 and 5" or "March 19-21": the month came before."""
    m = _RANGE_START.search(text, max(0, start - 30), start)
    if not m or m.group(1).lower() not in lx.MONTHS:
        return None
    if m.group(1).lower() in lx.CASE_SENSITIVE and not m.group(1)[0].isupper():
        return None
    return Sem("DATE", "yearless", f"XXXX-{_month(m.group(1)):02d}-{_day(g['d']):02d}")


def numeric_date(g, text, start, end):
    """US-style 10/12/2022 (month first; day first when the first number exceeds 12)."""
    a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
    if y < 100:
        y += 1900 if y >= 30 else 2000
    mo, d = (a, b) if a <= 12 else (b, a)
    value = _date_value(y, mo, d)
    return absolute(value) if value else None


def month(g, text, start, end):
    """A month name alone or with last/this/next: "April", "this April", "last May"."""
    word = g["mo"]
    rel = lx.RELATIONS.get(re.sub(r"\s+", " ", g["rel"].lower())) if g.get("rel") else None
    if word.lower() in ("may", "march") and rel is None:
        if not _MONTH_CUES.search(text, max(0, start - 12), start):
            return None
    return Sem("DATE", "yearless", f"XXXX-{_month(word):02d}", rel=rel)


def ordinal_day(g, text, start, end):
    """"the 12th" of a month that the narrative has reached."""
    return Sem("DATE", "yearless", f"XXXX-XX-{_day(g['d']):02d}", anaphoric=True)


def year(g, text, start, end):
    """A bare four-digit year, unless the number plainly counts something."""
    y = int(g["y"])
    if not text[start:end].lower().startswith("the"):
        if _NOT_YEAR_AFTER.match(text, end, min(len(text), end + 30)):
            return None
        if _NOT_YEAR_BEFORE.search(text, max(0, start - 12), start):
            return None
        if y > 2100:
            return None
    return absolute(f"{y:04d}")


def spelled_year(g, text, start, end):
    """A year in words, as transcripts write them: "nineteen ninety-six", "two thousand"."""
    words = re.split(r"[\s-]+", g["w"].lower().replace(" and ", " "))
    if words[:2] == ["two", "thousand"]:
        rest = lx.number_value(" ".join(words[2:])) if words[2:] else 0
        return absolute(f"{2000 + int(rest or 0):04d}") if rest is not None else None
    century = lx.NUMBER_WORDS[words[0]]
    rest = 0 if words[1] == "hundred" else lx.number_value(" ".join(words[1:]))
    if rest is None:
        return None
    return absolute(f"{century * 100 + int(rest):04d}")


def year_bc(g, text, start, end):
    """A year before Christ: "490 BC" -> BC0490."""
    return absolute(f"BC{int(g['y']):04d}")


def year_ad(g, text, start, end):
    """A year written with its era: "AD 79", "79 AD"."""
    return absolute(f"{int(g['y'] or g['y2']):04d}")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def decade(g, text, start, end):
    """A decade: "the 1990s" -> 199; "the '90s" and "the nineties" take the century later."""
    if g.get("y"):
        return absolute(g["y"][:3])
    digit = int(g["yy"][0]) if g.get("yy") else _DECADE_WORDS[g["w"].lower()]
    if g.get("yy") and not re.search(r"'|the\s", text[start:end], re.I):
        return None  # a bare "90s" is more often ages or temperatures
    return Sem("DATE", "yearless", f"XX{digit}", unit="decade")


def century(g, text, start, end):
    """A century: "the 19th century" -> 18; "the 5th century BC" -> BC04."""
    n = g["n"].lower()
    number = lx.ORDINALS.get(n) or int(re.match(r"\d+", n).group())
    if number <= 0:
        return None
    if g.get("era") and g["era"].upper().startswith("B"):
        return absolute(f"BC{number - 1:02d}")
    return absolute(f"{number - 1:02d}")


def fiscal_year(g, text, start, end):
    """"fiscal 1998", "fiscal year '98", "FY98" -> the year (as TimeBank annotates it)."""
    raw = (g.get("y") or g.get("y2")).lstrip("'")
    y = int(raw)
    if len(raw) == 2:
        y += 1900 if y >= 30 else 2000
    return absolute(f"{y:04d}")


def weekday(g, text, start, end):
    """A weekday, alone or with last/this/next; resolved later by the clause's tense."""
    rel = None
    if g.get("rel"):
        words = re.sub(r"\s+", " ", text[start:end].lower())
        rel = lx.RELATIONS.get(g["rel"].lower())
        if "past" in words.split()[1:2]:
            rel = -1
        elif "coming" in words.split()[1:2]:
            rel = 1
    return Sem("DATE", "weekday", weekday=lx.WEEKDAYS[g["wd"].lower()], rel=rel,
               anaphoric=bool(g.get("rel")) and g["rel"].lower() in ("previous", "following"))


def weekday_set(g, text, start, end):
    """A plural weekday is a recurrence: "on Tuesdays" -> XXXX-WXX-2."""
    return Sem("SET", "set", f"XXXX-WXX-{lx.WEEKDAYS[g['wd'].lower()]}")


def season(g, text, start, end):
    """A season alone ("the summer"), or with last/this/next."""
    word = g["s"].lower()
    rel = lx.RELATIONS.get(g["rel"].lower()) if g.get("rel") else None
    if word == "fall" and rel is None:
        if not text[start:end].lower().startswith("the"):
            return None
        if re.match(r"\s+of\s+(?!\d)", text[end:end + 8]):
            return None  # "the fall of Saigon"
    if word == "spring" and re.match(r"\s+of\s+(?!\d)", text[end:end + 8]):
        return None
    return Sem("DATE", "yearless", f"XXXX-{lx.SEASONS[word]}", rel=rel, unit="season")


def quarter(g, text, start, end):
    """"the third quarter", "third-quarter", "the second half" -> XXXX-Q3, XXXX-H2."""
    n = lx.ORDINALS[g["o"].lower()]
    unit = g["u"].lower()
    if unit == "quarter":
        n = 4 if n == -1 else n
        if not 1 <= n <= 4:
            return None
        return Sem("DATE", "yearless", f"XXXX-Q{n}", unit="quarter")
    n = 2 if n == -1 else n
    if not 1 <= n <= 2:
        return None
    return Sem("DATE", "yearless", f"XXXX-H{n}", unit="half")


def holiday(g, text, start, end):
    """A fixed-date holiday: "Christmas" -> XXXX-12-25."""
    mo, d = lx.lookup(lx.FIXED_HOLIDAYS, g["h"])
    return Sem("DATE", "yearless", f"XXXX-{mo:02d}-{d:02d}")


def thanksgiving(g, text, start, end):
    """US Thanksgiving: the fourth Thursday of November (resolved with the year)."""
    return Sem("DATE", "yearless", "XXXX-11-TG")


def clock(g, text, start, end):
    """A clock time: "10:35 a.m.", "5 p.m. EST", "22:00", "four o'clock"."""
    words = text[start:end].lower()
    hh = lx.number_value(g["hh"]) if not g["hh"].isdigit() else int(g["hh"])
    if hh is None or not 0 <= hh <= 24:
        return None
    hh = int(hh)
    mi = int(g["mi"]) if g.get("mi") else 0
    pm = re.search(r"p\.?\s?m|afternoon|evening", words)
    am = re.search(r"a\.?\s?m|morning", words)
    if pm and hh < 12:
        hh += 12
    elif am and hh == 12:
        hh = 0
    zone = ""
    return Sem("TIME", "clock", f"T{hh:02d}:{mi:02d}{zone}")


def noon(g, text, start, end):
    """noon, midday -> T12:00; midnight -> T24:00."""
    w = g["w"].lower()
    if re.search(r"\bhigh\s+$", text[max(0, start - 6):start], re.I):
        return None  # "high noon"
    return Sem("TIME", "clock", "T24:00" if w == "midnight" else "T12:00")


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
    elif not the and unit == "year" and n == -1 and _COMPARISON.search(text, max(0, start - 40),
                                                                         start):
        link = "same-period"  # "compared with $33 million last year": that quarter last year
    return Sem("DATE", "shift", unit=unit, n=n, anaphoric=anaphoric, link=link)


_COMPARISON = re.compile(r"\b(?:compared|from|versus|vs\.?|than|against)\b[^.;]*$", re.I)


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
    if unit and unit not in ("year",):
        return Sem("DATE", "shift", unit="year", n=-1, rel=-1, anaphoric=True, link="same-period")
    return Sem("DATE", "shift", unit="year", n=-1, rel=-1, anaphoric=True, link="same-period")


def year_end(g, text, start, end):
    """"year-end": the end of the current year."""
    return Sem("DATE", "shift", unit="year", n=0, mod="END")


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
    return duration(n, lx.UNITS[unit][0] if unit not in ("minute",) else "MIN")


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
    return duration(None, lx.UNITS[unit][0] if unit != "minute" else "MIN")


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
    letter = lx.UNITS[unit][0] if unit != "minute" else "MIN"
    return duration(n, letter)


_PLURAL_CUES = re.compile(r"\b(?:for|in|within|over|took|take|takes|lasting|last|lasted)\s+$",
                          re.I)
_RATE_CUES = re.compile(r"(?:\d|%|\b(?:once|twice|thrice|times|percent|cents?|dollars?|euros?|"
                        r"pounds?|yen|million|billion|trillion|barrels|tons|points))\s*$", re.I)


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
    letter = lx.UNITS[unit][0] if unit != "minute" else "MIN"
    quant = g["e"].upper()
    return Sem("SET", "set", duration(n, letter).value, quant=quant)


def every_weekday(g, text, start, end):
    """every Monday -> XXXX-WXX-1."""
    return Sem("SET", "set", f"XXXX-WXX-{lx.WEEKDAYS[g['wd'].lower()]}", quant="EVERY")


def every_month(g, text, start, end):
    """each July -> XXXX-07."""
    return Sem("SET", "set", f"XXXX-{_month(g['mo']):02d}", quant="EACH")


def set_word(g, text, start, end):
    """daily, weekly, annual -> SET P1D, P1W, P1Y."""
    value, quant = lx.lookup(lx.SETS, g["w"])
    return Sem("SET", "set", value, quant=quant)


def rate(g, text, start, end):
    """"$5 a year", "twice a day": a rate is a SET."""
    if not _RATE_CUES.search(text, max(0, start - 12), start):
        return None
    unit = g["u"].lower()
    return Sem("SET", "set", duration(1, lx.UNITS[unit][0]).value)


def ref(g, text, start, end):
    """now, recently, the future -> PRESENT_REF, PAST_REF, FUTURE_REF."""
    w = lx._key(g["w"])
    if w in ("current", "future", "former", "present") and re.match(r"\s*(?:-|account|events|"
                                                                     r"president|prime|minister)",
                                                                     text[end:end + 12], re.I):
        return None
    return Sem("DATE", "ref", lx.lookup(lx.REFS, w))


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


CORE_BUILDERS = {
    "date": date, "numeric_date": numeric_date, "date_bc": date_bc,
    "day_before_range": day_before_range, "day_after_range": day_after_range, "month": month, "ordinal_day": ordinal_day,
    "year": year, "year_bc": year_bc, "spelled_year": spelled_year, "year_ad": year_ad, "decade": decade,
    "century": century, "fiscal_year": fiscal_year, "weekday": weekday,
    "weekday_set": weekday_set, "season": season, "quarter": quarter, "holiday": holiday,
    "thanksgiving": thanksgiving, "clock": clock, "noon": noon, "deictic": deictic,
    "deictic_part": deictic_part, "anaphoric_part": anaphoric_part, "rel_unit": rel_unit,
    "the_unit": the_unit, "year_period": year_period, "latest_period": latest_period, "year_ago": year_ago,
    "year_end": year_end, "weekend": weekend, "duration": duration_,
    "half_duration": half_duration, "vague_duration": vague_duration, "span": span,
    "plural_duration": plural_duration, "every_unit": every_unit,
    "every_weekday": every_weekday, "every_month": every_month, "set_word": set_word,
    "rate": rate, "ref": ref, "recent": recent, "coming": coming,
}
