"""Publication dates from the text itself: datelines and date lines near the top.

Cheap rules, no dateparser: an article's own date sits in a few known places and forms.

- A **dateline** opens the story: ``TRIPOLI | Thu Sep 8, 2011 7:26 pm EDT``,
  ``Brussels, 12 October 2022``, ``CAIRO, March 3 (Reuters) -`` (the year then comes from
  the text), or a bare timestamp ``Sat Feb 26, 2011 4:36 pm EST``. See :data:`DATELINES`.
- A **date line** is a line near the top that holds only a date, perhaps with "Published",
  a weekday and a time (``October 12, 2022``, ``Updated 3:47 PM EDT, Wed October 12, 2022``).

:func:`find_text_date` returns the date, how it was found, and the span of the dateline's
date part, which the caller removes from the text (it is metadata, not story). Which of
an article's clues wins is not decided here but in :mod:`events.dating.precedence`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache

from events.temporal import lexicon as lx

#: Month names and abbreviations (lower case) to month numbers: the tagger's table.
MONTHS = lx.MONTHS
#: Weekday names and abbreviations (lower case) to ISO weekday numbers (Monday = 1).
WEEKDAYS = {**lx.WEEKDAYS, **lx.WEEKDAY_ABBREVIATIONS}

_MON = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
_WD = r"(?i:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b\.?"
_ORD = r"(?:st|nd|rd|th)?"
_TIME = (r"(?:(?:at\s+)?\d{1,2}(?:[:.]\d{2}(?:\s*[aApP]\.?\s?[mM]\.?|\s*h)?|\s*[aApP]\.?\s?[mM]\.?)"
         r"(?:\s*\(?(?:[A-Z]{2,5}|GMT|UTC)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?\)?)?)")

#: Ways to write one full date: (name, pattern with groups y, mon or m, d).
DATE_FORMS: tuple[tuple[str, str], ...] = (
    ("iso", r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2})?"
            r"(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"),
    ("month-day-year", rf"(?P<mon>{_MON})\s*(?P<d>\d{{1,2}}){_ORD}\s*,?\s*(?P<y>\d{{4}})"),
    ("day-month-year", rf"(?P<d>\d{{1,2}}){_ORD}\.?\s+(?:of\s+)?(?P<mon>{_MON}),?\s+(?P<y>\d{{4}})"),
    ("dotted-dmy", r"(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})"),
)
# The forms side by side, their group names dropped (a name may appear only once).
_FULL_DATE = "(?:" + "|".join(re.sub(r"\(\?P<\w+>", "(?:", p) for _, p in DATE_FORMS) + ")"

# A date with optional weekday before it and time after (or before) it.
_STAMP = (rf"(?:{_TIME},?\s+)?(?:{_WD},?\s+)?(?:the\s+)?{_FULL_DATE}"
          rf"(?:,?\s*(?:-|\|)?\s*{_TIME})?")

#: Words that may introduce a date line.
DATE_LINE_PREFIX = (r"(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|created|"
                    r"date|dated|issued|released)(?:\s+on)?:?\s*)")

# A place in a dateline: capitalised words (TRIPOLI, NEW YORK, BENGHAZI, Libya).
_PLACE = (r"\b[A-Z][A-Z.'/\u2019-]+(?: [A-Z][A-Z.'/\u2019-]+)*"
          r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?")
_CAP_PLACE = r"[A-Z][\w.'\u2019/-]*(?: [A-Z][\w.'\u2019/-]*){0,3}(?:, [A-Z][\w.]+){0,1}"

# An agency credit after a dateline: "(Reuters)", or "(Reuters -" with the bracket left open.
_CREDIT = r"\s*\([A-Z][A-Za-z]{1,20}(?:\)|\s+(?=[-\u2013\u2014]))"

#: Datelines: (name, pattern). The group ``stamp`` is what the caller removes from the
#: text. A form without a year (``CAIRO, March 3 (Reuters)``) gives month and day (groups
#: ``mon`` and ``d``, and ``wd`` when it names the weekday); the year comes from the text
#: when it can (:func:`year_for`), else the date stays partial (``XXXX-03-03``).
DATELINES: tuple[tuple[str, str], ...] = (
    # TRIPOLI | Thu Sep 8, 2011 7:26 pm EDT
    ("pipe", rf"(?P<stamp>(?:{_PLACE}\s*)?\|\s*{_STAMP})(?=\s|$)"),
    # Sat Feb 26, 2011 4:36 pm EST (a timestamp with weekday and time)
    ("timestamp", rf"(?P<stamp>\b{_WD},?\s+{_FULL_DATE},?\s*{_TIME})(?=\s|$)"),
    # a line of its own: Brussels, 12 October 2022
    ("place-date-line", rf"(?m:^)(?P<stamp>{_CAP_PLACE},\s+(?:{_WD},?\s+)?{_FULL_DATE})"
                        r"[ \t]*(?m:$)"),
    # WASHINGTON, Oct. 12, 2022 (AP) -   /   Brussels, 12 October 2022 -
    ("place-date", rf"(?:{_CAP_PLACE})(?P<stamp>,\s+(?:{_WD},?\s+)?{_FULL_DATE})"
                   r"(?=\s*[-\u2013\u2014:(])"),
    # CAIRO, March 3 (Reuters) -   /   ROME Feb 21 (Reuters) -
    ("place-month-day", rf"(?:{_PLACE})(?P<stamp>,?\s+(?P<mon>{_MON})\s+(?P<d>\d{{1,2}}))"
                        + _CREDIT),
    # Aug 21 (Reuters) - ...   (a line that opens with the date and the credit, no place)
    ("month-day-credit", rf"(?m:^)[ \t]*(?P<stamp>(?P<mon>{_MON})\s+(?P<d>\d{{1,2}}))" + _CREDIT
                         + r"\s*[-\u2013\u2014]"),
    # Mar 1 - Secretary of State ... (a month and day that open the whole text, then a dash)
    ("opening-month-day", rf"\A\s*(?P<stamp>(?P<mon>{_MON})\s+(?P<d>\d{{1,2}}))\s+[-\u2013\u2014]"
                          r"\s+(?=[A-Z])"),
    # 2009 04 25 08:50 JST (a numeric stamp with spaces between its parts, as tokenized
    # text writes "2009/04/25", and a clock time: only where the whole text opens with it)
    ("spaced-numeric-stamp", r"\A\s*(?P<stamp>(?P<y>(?:19|20)\d\d) (?P<m>[01]?\d) (?P<d>[0-3]?\d)"
                             r" [0-2]?\d:[0-5]\d(?: ?[A-Z]{2,4}\b)?)"),
    # Thu, Sep 15 10:57 AM BST (a timestamp with weekday and time but no year)
    # (only at the start of a line, with a clock time: "Monday, March 7 at 10 am" in a
    # sentence is a plan, not a stamp)
    ("timestamp-no-year", rf"(?m:^)[ \t]*(?P<stamp>(?P<wd>{_WD}),?\s+(?P<mon>{_MON})\s*"
                          rf"(?P<d>\d{{1,2}}),?\s+\d{{1,2}}:\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?)?"
                          r"(?:\s*[A-Z]{2,4}\b)?)"),
)

_DATE_RES = tuple((n, re.compile(p, re.IGNORECASE)) for n, p in DATE_FORMS)
_DATELINE_RES = tuple((n, re.compile(p)) for n, p in DATELINES)
_DATE_LINE_RE = re.compile(rf"{DATE_LINE_PREFIX}?{_STAMP}\.?", re.IGNORECASE)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
MONTH_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(k for k in WEEKDAYS if len(k) > 4) + r")\b",
                           re.IGNORECASE)

#: ``how`` of the date of the first reader comment (an inference, but a close one:
#: comments start when the story is published).
FIRST_COMMENT = "first reader comment"

#: How far into the text a dateline or date line is looked for (characters, lines).
DATELINE_CHARS = 1200
DATE_LINE_LINES = 8


@dataclass(frozen=True, slots=True)
class TextDate:
    """A publication date read from an article's text.

    ``how`` names the rule (``"dateline"``, ``"date line"``); ``start``/``end`` is the span
    of the date part of the text, which the caller may remove. ``partial`` is set when the
    dateline gave only month and day: it is their TIMEX3 value (``XXXX-03-03``), and
    ``date`` is then None when the text did not settle the year.
    """

    date: date | None
    how: str
    start: int
    end: int
    partial: str = ""


def make_date(year: str | int, month: str | int, day: str | int) -> date | None:
    """The date of a year, a month (number or name) and a day, or None when there is none."""
    try:
        y, d = int(year), int(day)
        m = MONTHS[month.lower().rstrip(".")] if isinstance(month, str) and not \
            month.isdigit() else int(month)
        return date(y, m, d)
    except (ValueError, KeyError):
        return None


def _from_match(m: re.Match) -> date | None:
    g = {k: v for k, v in m.groupdict().items() if v}
    month = g.get("mon") or g.get("m")
    if not (month and g.get("d") and g.get("y")):
        return None
    return make_date(g["y"], month, g["d"])


def parse_date(text: str) -> date | None:
    """Read ``text`` as one full date in a common news format, or return None.

    Accepts a weekday, a "Published"/"Updated" prefix and a time around the date
    (``Updated 3:47 PM EDT, Wed October 12, 2022``); anything else makes it None.
    """
    m = _DATE_LINE_RE.fullmatch(text.strip())
    if not m:
        return None
    return first_date(m.group(0))


#: Languages dateparser reads a ``Date:`` header in when our own forms can't, and the
#: longest header value tried (a longer one is no date). Only absolute dates with day,
#: month and year count: a relative one ("tomorrow") would need today's date, never used.
HEADER_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
HEADER_DATE_CHARS = 60
DATEPARSER_SETTINGS = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                       "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
                       "DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False}


@cache
def _dateparser():
    # dateparser takes seconds to import and to load a language: only a header date that
    # our own forms can't read pays for it
    from dateparser.date import DateDataParser

    return DateDataParser(languages=list(HEADER_LANGUAGES), settings=DATEPARSER_SETTINGS)


def header_date(value: str) -> date | None:
    """The date a ``Date:`` header or front-matter value gives: our own forms first
    (:func:`parse_date`, :func:`first_date`), then dateparser, configured strictly
    (:data:`DATEPARSER_SETTINGS`, :data:`HEADER_LANGUAGES`) for the rest ("12 octobre
    2022", "2022/10/12"); None for anything else."""
    value = value.strip()
    found = parse_date(value) or first_date(value)
    if found is not None or len(value) > HEADER_DATE_CHARS or not re.search(r"\d", value):
        return found
    parsed = _dateparser().get_date_data(value).date_obj
    return parsed.date() if parsed is not None else None


def first_date(text: str) -> date | None:
    """The first full date written anywhere in ``text``, or None."""
    best: tuple[int, date] | None = None
    for _name, regex in _DATE_RES:
        for m in regex.finditer(text):
            d = _from_match(m)
            if d is not None:
                if best is None or m.start() < best[0]:
                    best = (m.start(), d)
                break
    return best[1] if best else None


def _year_from_text(text: str, month: int, day: int, weekday: int | None = None) -> int | None:
    """The year a story whose dateline has none was most likely written in.

    Candidates are the years the text mentions. When the dateline names its weekday
    ("Thu, Sep 15 10:57 AM"), the day must fall on it; else, when the text names weekdays,
    on one of them (Reuters' "CAIRO, March 3" story says "on Thursday"). Among those, the
    most mentioned wins, ties going to the later year. None when no mentioned year fits.
    """
    years = Counter(int(y) for y in _YEAR.findall(text))
    named = {weekday} if weekday else weekdays_named(text)
    fitting = [(n, y) for y, n in years.items()
               if (d := make_date(y, month, day)) is not None
               and (not named or d.isoweekday() in named)]
    return max(fitting)[1] if fitting else None


def weekday_words(text: str) -> list[str]:
    """The weekday names ``text`` spells in full ("Monday", "tuesday"), in order."""
    return _WEEKDAY_WORD.findall(text)


def weekdays_named(text: str) -> frozenset[int]:
    """The ISO numbers of the weekdays ``text`` names in full ("Monday" is 1)."""
    return frozenset(WEEKDAYS[w.lower()] for w in _WEEKDAY_WORD.findall(text))


def partial_value(month: int, day: int) -> str:
    """The TIMEX3 value of a month and day without a year (``XXXX-03-03``), or "" when
    no year has that day."""
    return f"XXXX-{month:02d}-{day:02d}" if make_date(2000, month, day) else ""


def partial_in(partial: str, year: int) -> date | None:
    """The day of ``partial`` (``XXXX-MM-DD``) in ``year``, or None (no 29 Feb that year)."""
    m = MONTH_DAY.match(partial)
    return make_date(year, m[1], m[2]) if m else None


def year_near(partial: str, near: date) -> date | None:
    """The day of ``partial`` (``XXXX-MM-DD``) closest to ``near``: in its year, the year
    before or the year after (a "Dec 31" dateline near 2 January is last year's)."""
    days = [d for y in (near.year - 1, near.year, near.year + 1)
            if (d := partial_in(partial, y)) is not None]
    return min(days, key=lambda d: (abs((d - near).days), d)) if days else None


def _dateline_date(m: re.Match, text: str) -> TextDate | None:
    start, end = m.start("stamp"), m.end("stamp")
    if m.groupdict().get("m"):  # a numeric stamp: year, month and day as numbers
        d = make_date(m["y"], m["m"], m["d"])
        return TextDate(d, "dateline", start, end) if d else None
    if "mon" not in m.groupdict() or m["mon"] is None:
        d = first_date(m["stamp"])
        return TextDate(d, "dateline", start, end) if d else None
    month, day = MONTHS[m["mon"].lower().rstrip(".")], int(m["d"])
    partial = partial_value(month, day)
    if not partial:
        return None
    weekday = WEEKDAYS[m["wd"].lower().rstrip(".")] if m.groupdict().get("wd") else None
    year = _year_from_text(text, month, day, weekday)
    if year is None:
        return TextDate(None, "dateline without a year", start, end, partial)
    return TextDate(make_date(year, month, day), "dateline (year from the text)", start, end,
                    partial)


def find_dateline(text: str) -> TextDate | None:
    """The date of a dateline in the opening of ``text``, with the span of its stamp.

    The dateline that starts first wins. One without a year gives a partial date (see
    :class:`TextDate`).
    """
    head = text[:DATELINE_CHARS]
    found: list[tuple[int, TextDate]] = []
    for _name, regex in _DATELINE_RES:
        for m in regex.finditer(head):
            d = _dateline_date(m, text)
            if d is not None:
                found.append((d.start, d))
                break
    if not found:
        return None
    first = min(found, key=lambda item: item[0])[1]
    if first.date is None:  # a later dateline may give the same day with its year
        first = next((d for _, d in sorted(found, key=lambda item: item[0]) if d.date
                      and partial_value(d.date.month, d.date.day) == first.partial), first)
    return first


def find_date_line(text: str) -> TextDate | None:
    """A line near the top of ``text`` that holds only a date (and perhaps a time)."""
    pos = 0
    seen = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            seen += 1
            d = parse_date(stripped)
            if d is not None:
                start = pos + line.index(stripped)
                return TextDate(d, "date line", start, start + len(stripped))
            if seen >= DATE_LINE_LINES:
                break
        pos += len(line) + 1
    return None


# A note's stamp: a clock time before or after the date, a weekday before it
# ("07:41 GMT, Wednesday, 9 June 2010", "19.48 BST on Friday 18 June 2010",
# "Monday 3 May 2010 20.12 BST").
_NOTE_STAMP = (rf"(?:{_TIME}\s*,?\s*(?i:on\s+)?)?(?P<wd>{_WD}\s*,?\s*)?(?i:the\s+)?"
               rf"(?P<date>{_FULL_DATE})(?:\s*,?\s*(?i:at\s+)?{_TIME})?")
# Where a note may name the site or the printed page before its date: "on guardian.co.uk",
# "on p12 of the Main section of the <paper>", "in print", "on page A1 of the <edition>".
_NOTE_PLACE = r"(?:\s+(?i:on|in)\s+(?!(?i:the\s+)?(?:\d|{wd}|{mon}))[^\n]{{0,100}}?)?"
_NOTE_PLACE = _NOTE_PLACE.format(wd=_WD, mon=_MON)
# A plain "Published" or "Updated" counts only where a line or sentence starts.
_NOTE_START = r"(?:(?m:^)|(?<=[.!?:|] ))\s*"

#: Statements inside the text of when the article itself was published, printed or last
#: changed: (name, kind, pattern). Kinds: ``published`` (the day it was published),
#: ``print`` (the day it appeared in print: published then or the day before) and
#: ``updated`` (the day it was last changed: published then or before). Each needs the
#: article's own words ("this article", "first", "last", or a line that opens with
#: "Published:"), so that prose about another paper's date ("a report published on 3 May
#: 2010") is no note. The group ``date`` holds the date, ``wd`` the weekday named with it.
PUBLICATION_NOTES: tuple[tuple[str, str, str], ...] = (
    # First published on Monday 3 May 2010 20.12 BST / This article was published on
    # <site> at 19.48 BST on Friday 18 June 2010 / Originally published June 3, 2010
    ("first-published", "published",
     rf"\b(?i:(?:this (?:article|story|page|piece|post|report|column) (?:was )?"
     rf"(?:first |originally )?published|(?:first|originally) published))"
     rf"{_NOTE_PLACE}\s*:?\s*(?i:at|on)?\s*{_NOTE_STAMP}"),
    # Published: 12 May 2010 / Posted on May 12, 2010 (at the start of a line or sentence)
    ("published-label", "published",
     rf"{_NOTE_START}(?i:published|posted)(?:\s+(?i:on|at))?\s*:?\s*{_NOTE_STAMP}"),
    # This article appeared on p1 of the Main section of the <paper> on Saturday 19 June
    # 2010 / A version of this article appeared in print on May 3, 2010, on page A1
    ("appeared-in-print", "print",
     rf"\b(?i:(?:this|a version of this) (?:article|story|piece|report|column) appeared"
     rf"|a version appeared)(?:\s+(?i:in print))?{_NOTE_PLACE}\s+(?i:on)\s+{_NOTE_STAMP}"),
    # Page last updated at 10:08 GMT, Monday, 1 June 2009 / Last Modified: 2 May 2010 /
    # It was last modified at 09.00 BST on Saturday 19 June 2010
    ("last-updated", "updated",
     rf"\b(?i:(?:it was )?(?:(?:page|article|story) )?last (?:updated|modified|changed|revised))"
     rf"(?:\s+(?i:at|on))?\s*:?\s*{_NOTE_STAMP}"),
    # Updated: 12 May 2010 (at the start of a line or sentence)
    ("updated-label", "updated",
     rf"{_NOTE_START}(?i:updated|modified)(?:\s+(?i:on|at))?\s*:\s*{_NOTE_STAMP}"),
)
#: The evidence kind (a row of :data:`events.dating.precedence.PRECEDENCE`) of each kind
#: of note.
NOTE_KINDS = {"published": "published note", "print": "print note", "updated": "update note"}
_NOTE_RES = tuple((name, kind, re.compile(p)) for name, kind, p in PUBLICATION_NOTES)
_NOTE_HINT = re.compile(r"published|posted|appeared|updated|modified|changed|revised",
                        re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PublicationNote:
    """A statement of the article's own publication, print or change date found in its
    text (:data:`PUBLICATION_NOTES`): the day, the kind, the rule's name and the span of
    the whole statement, which is metadata and no story."""

    date: date
    kind: str
    name: str
    start: int
    end: int


def find_publication_notes(text: str) -> list[PublicationNote]:
    """The publication notes anywhere in ``text`` (:data:`PUBLICATION_NOTES`), in text
    order, none overlapping. A note whose weekday does not fall on its date is a misread
    and left out."""
    if not _NOTE_HINT.search(text):
        return []
    found: list[PublicationNote] = []
    for name, kind, regex in _NOTE_RES:
        for m in regex.finditer(text):
            day = first_date(m["date"])
            if day is None or (m["wd"] and WEEKDAYS[m["wd"].strip(" ,.").lower()]
                               != day.isoweekday()):
                continue
            start = m.start() + len(m[0]) - len(m[0].lstrip())
            if not any(n.start < m.end() and start < n.end for n in found):
                found.append(PublicationNote(day, kind, name, start, m.end()))
    return sorted(found, key=lambda n: n.start)


def find_text_date(text: str) -> TextDate | None:
    """The publication date an article's text gives, from a date line or a dateline.

    A date line (a line that is only a date) near the top wins over a dateline, because
    it cannot be part of a sentence.
    """
    return find_date_line(text) or find_dateline(text)
