"""Builders of the prefix, suffix and join rules: how modifiers change a meaning.

A prefix or suffix builder is called as ``build(groups, sem)`` with the Sem of the
expression it extends; a join builder as ``build(left, right)``. Each returns the new Sem,
or None when the combination makes no sense (the extension is then not made).
"""
from __future__ import annotations

import re

from events.temporal import lexicon as lx
from events.temporal.sem import LETTER_UNITS, Sem

# Units whose shift is kept at their own granularity ("two years ago" -> a year).
_AGO_GRANULARITY = {"day": "day", "week": "week", "month": "month", "quarter": "quarter",
                    "year": "year", "decade": "year", "century": "year", "weekend": "week"}


def _words(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


def part_of(g, sem: Sem):
    """"the end of November", "early 2023", "mid-1990s" -> the mod of that part."""
    if sem.mod or sem.type not in ("DATE", "TIME"):
        return None
    word = _words(g["p"])
    if sem.kind == "weekday" and word in ("end", "beginning", "start", "middle", "close"):
        return None  # "the end of Tuesday" is not said; "the start of Monday's session" is an event
    if sem.kind == "shift" and sem.unit == "day" and word == "mid":
        return None
    return sem.but(mod=lx.PART_MODS[word])


def daypart_of(g, sem: Sem):
    """"the morning of April 19" -> TIME with a part of the day."""
    if sem.part or sem.kind == "abs" and not re.fullmatch(r"[\dX]{4}-\d\d-\d\d", sem.value):
        return None
    if sem.kind == "yearless" and not sem.value.count("-") == 2:
        return None
    if sem.kind == "shift" and sem.unit != "day":
        return None
    return sem.but(type="TIME", part="T" + lx.DAY_PARTS[_words(g["p"])])


def approx(g, sem: Sem):
    """"nearly two years", "more than four hours", "around Nov. 9" -> the hedge as mod."""
    if sem.mod:
        return None
    if sem.kind != "dur":
        return sem.but(mod="APPROX")
    return sem.but(mod=lx.lookup(lx.PRE_MODS, g["q"]))


def ago(g, sem: Sem):
    """"two years ago" -> the year two years before the document's date."""
    unit = LETTER_UNITS.get(sem.unit, "")
    if sem.n is None:
        return Sem("DATE", "ref", "PAST_REF", mod=sem.mod)
    if unit not in _AGO_GRANULARITY:
        if unit in ("hour", "minute", "second"):
            return Sem("TIME", "shift", unit="day", n=0, mod=sem.mod)
        return None
    n = sem.n
    if unit == "decade":
        unit, n = "year", n * 10
    if unit == "century":
        unit, n = "year", n * 100
    if not float(n).is_integer():
        return None
    # "a year ago" in a report about a quarter means that quarter a year back
    link = "same-period" if unit == "year" and n == 1 else ""
    return Sem("DATE", "shift", unit=unit, n=-int(n), mod=sem.mod, link=link)


def later(g, sem: Sem):
    """"two days later", "a year earlier", "two days after" -> counted from the reference.

    The shift remembers the duration it was counted from, which TimeML tags instead in
    news (see :func:`anchored_duration`).
    """
    word = _words(g["w"])
    if sem.n is None:
        return None
    made = ago(g, sem)
    if made is None or made.kind != "shift":
        return None
    direction, clause_follows = lx.ANCHORING_WORDS[word]
    n = -made.n if direction > 0 else made.n
    link = made.link
    if clause_follows:
        link = "after" if direction > 0 else "before"
    return made.but(n=n, anaphoric=True, link=link, duration=sem.value)


def anchored_duration(sem: Sem, words: str) -> bool:
    """True when a relation counted from a duration is tagged as that duration in news.

    TimeML tags "twenty years after", "a day earlier", "a month later" as the duration
    alone; "a year earlier" (and "year ago"), the idiom of comparing with a year before,
    stays a date with its relation word inside.
    """
    if not sem.duration or sem.part:
        return False
    return not (sem.link == "same-period" and _words(words).endswith("earlier"))


def daypart(g, sem: Sem):
    """"Friday morning", "yesterday afternoon" -> TIME with a part of the day."""
    if sem.part or sem.type != "DATE":
        return None
    if sem.kind == "shift" and sem.unit != "day":
        return None
    if sem.kind == "weekday" and sem.unit == "weekend":
        return None
    if sem.kind in ("abs", "yearless") and sem.value.count("-") != 2:
        return None
    return sem.but(type="TIME", part="T" + lx.DAY_PARTS[_words(g["p"])])


def of_year(g, sem: Sem):
    """"the third quarter of 1998", "the spring, 1940" -> the year filled in."""
    if not sem.value.startswith("XXXX") or sem.value.startswith("XXXX-XX"):
        return None
    return Sem(sem.type, "abs", g["y"] + sem.value[4:], mod=sem.mod, part=sem.part)


def bc(g, sem: Sem):
    """A decade ("the 430s" -> 043) or year followed by BC -> BC043, BC0490."""
    if not re.fullmatch(r"\d{3,4}", sem.value):
        return None
    return sem.but(value="BC" + sem.value)


def post_pre(g, sem: Sem):
    """"post-1959", "pre-1914" -> the year, after or before it."""
    if sem.mod or not re.fullmatch(r"(?:BC)?\d{3,4}", sem.value):
        return None
    return sem.but(mod="AFTER" if g["p"].lower() == "post" else "BEFORE")


def or_later(g, sem: Sem):
    """"1994 or later" -> ON_OR_AFTER; "or earlier" -> ON_OR_BEFORE."""
    if sem.mod:
        return None
    word = _words(g["w"])
    return sem.but(mod="ON_OR_AFTER" if word in ("later", "after") else "ON_OR_BEFORE")


def of_year_join(left: Sem, right: Sem):
    """"the third quarter of 1998", "the spring of 1940", "May, 1940" -> the year filled in."""
    if not re.fullmatch(r"(?:BC)?\d{4}", right.value) or right.part or right.mod:
        return None
    return of_year({"y": right.value}, left)


def of_rel_year(left: Sem, right: Sem):
    """"June last year", "January next year" -> that month of the year the shift names."""
    if right.unit != "year" or right.part or right.mod or not re.fullmatch(
            r"XXXX-(?:\d\d(?:-\d\d)?|SP|SU|FA|WI|Q\d|H\d)", left.value):
        return None
    return right.but(part=left.value[4:], mod=left.mod)


def year_s_part(left: Sem, right: Sem):
    """"this year's third quarter", "1998's first half" -> that part of that year."""
    if right.kind != "yearless" or not re.fullmatch(r"XXXX-(?:Q\d|H\d|SP|SU|FA|WI)", right.value):
        return None
    if left.kind == "abs" and re.fullmatch(r"\d{4}", left.value) and not left.part:
        return Sem(right.type, "abs", left.value + right.value[4:], mod=right.mod)
    return of_rel_year(right, left)


def year_of(sem: Sem) -> str | None:
    """The year part of a complete value ("1918", "BC0480"), or None."""
    m = re.match(r"(?:BC)?\d{4}(?=$|-)", sem.value) if sem.kind == "abs" else None
    return m.group() if m else None


def share_year(left: Sem, right: Sem) -> Sem | None:
    """The first of a range or list, given the year of the second ("March and April 1918")."""
    year = year_of(right)
    if year is None or left.kind != "yearless" or not re.match(r"XXXX-(?:\d\d|SP|SU|FA|WI)",
                                                                    left.value):
        return None
    return Sem(left.type, "abs", year + left.value[4:], mod=left.mod, part=left.part)


def share_set(left: Sem, right: Sem) -> Sem | None:
    """The first weekday of a list, given the recurrence of the last ("Monday and Tuesday
    nights" -> XXXX-WXX-1TNI)."""
    m = re.fullmatch(r"XXXX-WXX-\d(T\w+)?", right.value)
    if m is None or left.rel is not None or left.unit == "weekend" or left.part or left.mod:
        return None
    return Sem("SET", "set", f"XXXX-WXX-{left.weekday}{m.group(1) or ''}")


def half_of_span(left: Sem, right: Sem):
    """"the last half of the '80s", "the first half of the 19th century" -> the decade or
    century, its start or its end."""
    if left.value not in ("XXXX-H1", "XXXX-H2") or left.mod or right.mod or right.part:
        return None
    if not re.fullmatch(r"(?:BC)?\d{2,3}|XX\d", right.value):
        return None
    return right.but(mod="START" if left.value.endswith("1") else "END")


def period_year_ago(left: Sem, right: Sem):
    """"the quarter a year ago": the reported period, one year back."""
    if left.link != "period" or right.link != "same-period" or right.n != -1:
        return None
    return right


def time_date(left: Sem, right: Sem):
    """"10 p.m. Wednesday", "noon Thursday" -> the date at that time."""
    return _at_time(right, left)


def date_time(left: Sem, right: Sem):
    """"Wednesday at 10 p.m." -> the date at that time."""
    return _at_time(left, right)


def _at_time(day: Sem, clock: Sem):
    if day.part or day.type != "DATE":
        return None
    if day.kind == "shift" and day.unit != "day":
        return None
    if day.kind in ("abs", "yearless") and day.value.count("-") != 2:
        return None
    if day.kind == "weekday" and day.unit == "weekend":
        return None
    return day.but(type="TIME", part=clock.value)


WRAP_BUILDERS = {
    "part_of": part_of, "daypart_of": daypart_of, "approx": approx, "ago": ago, "later": later,
    "daypart": daypart, "bc": bc, "or_later": or_later, "post_pre": post_pre,
}
JOIN_BUILDERS = {"of_year": of_year_join, "of_rel_year": of_rel_year, "year_s_part": year_s_part,
                 "half_of_span": half_of_span, "period_year_ago": period_year_ago,
                 "time_date": time_date, "date_time": date_time}
