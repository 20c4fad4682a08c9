"""Builders for calendar names: from the words a rule matched to a :class:`Sem`.

Each rule of :mod:`events.temporal.rules` names one builder here. A core builder is called
as ``build(groups, text, start, end)`` and returns a Sem, or None when the match is not a
time expression after all ("May" the verb, "1500 troops"). Wrapper builders take
``(groups, sem)``; join builders ``(left, right)``.
"""
from __future__ import annotations

import re

from events.temporal import lexicon as lx
from events.temporal import relative as rel
from events.temporal.sem import Sem, absolute

# Words that, before a bare capitalized "May"/"March", show it is the month.
_MONTH_CUES = re.compile(
    r"(?:\b(?:in|of|since|until|till|by|from|to|through|during|early|late|mid|last|next|this|"
    r"before|after|between|and|or|until|that|each|every|since|throughout)|-)\s*$", re.I)
# Words after a bare 4-digit number that show it counts things rather than naming a year.
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent|per\b|people|persons|men|women|troops|soldiers|killed|dead|deaths|"
    r"casualties|prisoners|wounded|tons?|tonnes|miles|km|kilomet|meters|metres|feet|yards|"
    r"dollars|euros|pounds|yen|points?\b|shares|votes|units|barrels|acres|hectares|cars|"
    r"workers|employees|jobs|students|members|pages|words|:\d|\.\d"
    # a clock time read on a named clock: "1425 local time" (rule clock_local)
    r"|(?:hours\s+)?local\s+time\b|local\s*[),;.]|hrs\b)", re.I)
# A plural noun and a verb after a bare number ("1500 rifles were lost"): it counts them;
# but after a determiner or "post-" the number is a year that qualifies the noun ("the
# 1992 protests have", "the post-1959 politics have").
_COUNTED_AFTER = re.compile(r"\s*[a-z]+s\s+(?:of|were|are|have)\b", re.I)
_QUALIFIER_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|our|this|that)\s+|"
                               r"\b(?:post|pre|mid)-)$", re.I)
# A span of time counted: "tribal grudges going back 1000 years" (rule counted_units);
# but "the post-1945 years" are the years after 1945.
_UNITS_AFTER = re.compile(r"\s*(?:years|months|weeks|days|hours|minutes|seconds|decades|"
                          r"centuries)\b", re.I)
_PREFIX_BEFORE = re.compile(r"\b(?:post|pre|mid)-$", re.I)
_NOT_YEAR_BEFORE = re.compile(
    r"(?:[$£€#]|\bNo\.|\bnumber|\bRoute|\bflight|\bpage|\bp\.|\bRoom|\bSuite|\bversion|\bv\.|"
    # a numbered text or item: "UN resolution 1973", "article 2033" (rule numbered_item)
    r"\bresolutions?|\barticle|\bsection|\bchapter|\bparagraph|\bclause|"
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
        if _COUNTED_AFTER.match(text, end, min(len(text), end + 30)) and \
                not _QUALIFIER_BEFORE.search(text, max(0, start - 8), start):
            return None
        if _NOT_YEAR_BEFORE.search(text, max(0, start - 12), start):
            return None
        if _UNITS_AFTER.match(text, end, min(len(text), end + 30)) and \
                not _PREFIX_BEFORE.search(text, max(0, start - 5), start):
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


def year_range_end(g, text, start, end):
    """The end of a span of years: the "17" of "1915-17" (the century of the start)."""
    yy = g.get("yy") or g.get("yy2")
    first = int(text[start - 5:start - 1])
    year = int(yy) if len(yy) == 4 else first // 100 * 100 + int(yy)
    if not first < year <= first + 99:
        return None
    return absolute(f"{year:04d}")


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
        return absolute(f"{int(g['y']) // 10:03d}")
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
    """A plural weekday is a recurrence: "on Tuesdays" -> XXXX-WXX-2, "Tuesday nights" ->
    XXXX-WXX-2TNI."""
    part = "T" + lx.DAY_PARTS[g["p"].lower()[:-1]] if g.get("p") else ""
    return Sem("SET", "set", f"XXXX-WXX-{lx.WEEKDAYS[g['wd'].lower()]}{part}")


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
    bare = rel is None and not text[start:end].lower().startswith("the")
    attributive = bare and _NOUN_AFTER.match(text, end, min(len(text), end + 20))
    named = g["s"][0].isupper() and _NAME_BEFORE.search(text, max(0, start - 20), start)
    # "winter storms", "the Arab Spring": news means no particular season by these;
    # history annotation (TIMEX2) marks them ("the main summer offensive", "the Chinese
    # Spring Offensive")
    return Sem("DATE", "yearless", f"XXXX-{lx.SEASONS[word]}", rel=rel, unit="season",
               link="history-only" if attributive or named else "")


_NAME_BEFORE = re.compile(r"[A-Z][a-z]+\s+$")
_NOUN_AFTER = re.compile(r"\s+(?!of\b|and\b|or\b|in\b|to\b|as\b|at\b|on\b|for\b|when\b|"
                         r"that\b|the\b|with\b|after\b|before\b|is\b|was\b)[a-z]")


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
    return Sem("DATE", "yearless", f"XXXX-{mo:02d}-{d:02d}", rel=_rel(g))


def _rel(g) -> int | None:
    """The direction a "last"/"this"/"next" group gives, if the rule captured one."""
    return lx.RELATIONS.get(g["rel"].lower()) if g.get("rel") else None


def floating_holiday(g, text, start, end):
    """A holiday on a weekday: "Thanksgiving" the fourth Thursday of November, "Election
    Day" (resolved with the year). Only as a name, with its capital."""
    if not g["h"][0].isupper():
        return None  # "thanksgiving", "election day" in lower case are no holidays
    month, day, weekday = lx.lookup(lx.FLOATING_HOLIDAYS, g["h"])
    return Sem("DATE", "yearless", f"XXXX-{month:02d}-{day:02d}", weekday=weekday, rel=_rel(g))


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


#: Builder name (as the rule tables give it) -> function.
CORE_BUILDERS = {
    "date": date, "numeric_date": numeric_date, "date_bc": date_bc,
    "day_before_range": day_before_range, "day_after_range": day_after_range, "month": month,
    "ordinal_day": ordinal_day, "year": year, "year_bc": year_bc,
    "year_range_end": year_range_end, "spelled_year": spelled_year,
    "year_ad": year_ad, "decade": decade, "century": century, "fiscal_year": fiscal_year,
    "weekday": weekday, "weekday_set": weekday_set, "season": season, "quarter": quarter,
    "holiday": holiday, "floating_holiday": floating_holiday, "clock": clock, "noon": noon,
    "deictic": rel.deictic, "deictic_part": rel.deictic_part,
    "anaphoric_part": rel.anaphoric_part, "the_daypart": rel.the_daypart, "rel_unit": rel.rel_unit, "the_unit": rel.the_unit,
    "year_period": rel.year_period, "latest_period": rel.latest_period,
    "year_ago": rel.year_ago, "year_end": rel.year_end, "weekend": rel.weekend,
    "duration": rel.duration_,
    "half_duration": rel.half_duration, "vague_duration": rel.vague_duration, "span": rel.span,
    "plural_duration": rel.plural_duration, "every_unit": rel.every_unit,
    "every_weekday": rel.every_weekday, "every_month": rel.every_month, "set_word": rel.set_word,
    "rate": rel.rate, "ref": rel.ref, "history_ref": rel.history_ref, "bare_daypart": rel.bare_daypart, "recent": rel.recent,
    "coming": rel.coming,
}
