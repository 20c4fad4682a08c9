"""The year a year-less date takes from its own sentence.

A date written without its year ("July 15-24", "on August 6") normally takes the year the
tense and the publication date suggest (:func:`events.temporal.anchor.yearless`). But
when its sentence names the year of the same thing, that year governs: "will take place
July 15-24 in 2022" is in 2022 whenever it was written, and so is "The 2022 Games are
scheduled for July 27-August 7". Each way a sentence names that year is one row of
:data:`RULES`, tried in order:

- ``trailing-year``: "in YYYY" (or "of YYYY") right after the date or after the range it
  opens ("from August 6-15 in 2021");
- ``trailing-relative-year``: "next year", "last year", "this year" there ("on July
  23-August 8 next year"), counted from the publication year;
- ``sentence-year``: in news, the sentence names exactly one bare year, outside an aside
  (", which ... in 2018"), and that year is later than the publication year: the
  sentence is about a later year than the tense rules can reach ("The 2033 Games are
  scheduled for July 27", written in 2031). A past year does not govern (tense and
  publication date already choose among the near years, and a sentence often names an
  earlier year for another thing: "a program approved in 1987 ... through Sept. 29"),
  nor does a full date (it names its own day: "redeem on Nov. 16 ... due March 1, 2011").

Only day and month values ("XXXX-07-15", "XXXX-08") are governed; a year-less quarter or
season keeps the business-report and tense rules.
"""
from __future__ import annotations

import re

from events.temporal import lexicon as lx

_MONTH = "(?:" + lx.alternation(lx.MONTHS) + r")\.?"
#: The rest of a range the date opens: "-24", " to 15", "-August 8", " and 5".
_RANGE_REST = (r"(?:\s*(?:-|\u2013|to|and|through|until|till)\s*(?:" + _MONTH + r"\s*)?"
               r"\d{1,2}(?:st|nd|rd|th)?(?!\d))?")

#: (name, pattern matched right after the date). A pattern with a group ``y`` names the
#: year; one with a group ``rel`` a year counted from the publication year (by
#: :data:`RELATIVE_YEARS`); the empty pattern stands for the whole sentence.
RULES: tuple[tuple[str, str], ...] = (
    ("trailing-year", _RANGE_REST + r",?\s+(?:in|of)\s+(?P<y>1\d{3}|20\d{2})(?![\d,]\d)"),
    ("trailing-relative-year", _RANGE_REST + r",?\s+(?P<rel>next|last|this)\s+year\b"),
    ("sentence-year", ""),
)
RELATIVE_YEARS = {"next": 1, "last": -1, "this": 0}

_COMPILED = tuple((name, re.compile(pattern, re.IGNORECASE) if pattern else None)
                  for name, pattern in RULES)
#: How far after the date a trailing year may be looked for, in characters.
_TRAILING_REACH = 40
_GOVERNED = re.compile(r"XXXX-\d\d(?:-\d\d)?$")
_YEAR_OF = re.compile(r"(\d{4})(?:$|-)")
#: A dateline: a place at the start of a line before the date, a dash or bracket after it.
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[A-Z][\w .'()/-]{0,50},\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([A-Za-z]+\)\s*)?(?:[\u2014\u2013:]|--?\s)")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s|\n")


def governed(value: str) -> bool:
    """True for the year-less values a year of the sentence may govern (days, months)."""
    return bool(_GOVERNED.match(value))


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, by its final punctuation and line breaks."""
    lo = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 600), start):
        lo = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + 600))
    return lo, (m.start() + 1 if m else min(len(text), end + 600))


def governing_year(text: str, start: int, end: int, years: list[tuple[int, int, int, bool]],
                   dct_year: int | None, history: bool = False) -> tuple[int, str] | None:
    """The year that governs the year-less date at ``text[start:end]``, and the rule.

    ``years`` are the text's expressions that name a year outright: (start, end, year,
    bare[, aside]), bare when the expression is the year alone ("2022", not "May 2022"),
    aside when it lies in an aside of its sentence (", which ... in 2018,"): an aside's
    year governs only the date it trails ("…, which were to run from August 6-15 in
    2021,"), never the rest of the sentence. ``history``: the text is a narrative, whose year-less dates
    follow the years it has reached (only a trailing year governs there).
    """
    if _DATELINE_BEFORE.search(text, max(0, start - 60), start) and \
            _DATELINE_AFTER.match(text, end):
        return None  # "PARIS, April 8 — ...": the dateline's day is the day of writing
    lo, hi = sentence_span(text, start, end)
    for name, regex in _COMPILED:
        if regex is not None:
            m = regex.match(text, end, min(len(text), end + _TRAILING_REACH))
            if m is None:
                continue
            if "y" in regex.groupindex:
                # the number must be a year the tagger read as one ("in 2021", not "in 2021 cases")
                if any(s == m.start("y") for s, *_ in years):
                    return int(m.group("y")), name
            elif dct_year is not None:
                return dct_year + RELATIVE_YEARS[m.group("rel").lower()], name
            continue
        if dct_year is None or history:
            continue
        named = {y for s, e, y, bare, *aside in years
                 if lo <= s and e <= hi and bare and not any(aside)}
        if len(named) == 1 and (year := named.pop()) > dct_year:
            return year, name
    return None


def year_of(value: str) -> int | None:
    """The year a value names outright ("2022", "2022-07", "2022-07-15"), else None."""
    m = _YEAR_OF.match(value)
    return int(m.group(1)) if m else None
