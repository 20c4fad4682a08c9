"""Publication dates from the text itself: datelines and date lines near the top.

Cheap rules, no dateparser: an article's own date sits in a few known places and forms.

- A **dateline** opens the story: ``TRIPOLI | Thu Sep 8, 2011 7:26 pm EDT``,
  ``Brussels, 12 October 2022``, ``CAIRO, March 3 (Reuters) -`` (the year then comes from
  the text), or a bare timestamp ``Sat Feb 26, 2011 4:36 pm EST``. See :data:`DATELINES`.
- A **date line** is a line near the top that holds only a date, perhaps with "Published",
  a weekday and a time (``October 12, 2022``, ``Updated 3:47 PM EDT, Wed October 12, 2022``).

:func:`find_text_date` returns the date, how it was found, and the span of the dateline's
date part, which the caller removes from the text (it is metadata, not story).
:func:`infer_published` guesses a date for an undated article from the dates it mentions.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

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
_MONTH_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(k for k in WEEKDAYS if len(k) > 4) + r")\b",
                           re.IGNORECASE)

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


def _make_date(year: str | int, month: str | int, day: str | int) -> date | None:
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
    return _make_date(g["y"], month, g["d"])


def parse_date(text: str) -> date | None:
    """Read ``text`` as one full date in a common news format, or return None.

    Accepts a weekday, a "Published"/"Updated" prefix and a time around the date
    (``Updated 3:47 PM EDT, Wed October 12, 2022``); anything else makes it None.
    """
    m = _DATE_LINE_RE.fullmatch(text.strip())
    if not m:
        return None
    return first_date(m.group(0))


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
               if (d := _make_date(y, month, day)) is not None
               and (not named or d.isoweekday() in named)]
    return max(fitting)[1] if fitting else None


def weekdays_named(text: str) -> frozenset[int]:
    """The ISO numbers of the weekdays ``text`` names in full ("Monday" is 1)."""
    return frozenset(WEEKDAYS[w.lower()] for w in _WEEKDAY_WORD.findall(text))


def partial_value(month: int, day: int) -> str:
    """The TIMEX3 value of a month and day without a year (``XXXX-03-03``), or "" when
    no year has that day."""
    return f"XXXX-{month:02d}-{day:02d}" if _make_date(2000, month, day) else ""


def partial_in(partial: str, year: int) -> date | None:
    """The day of ``partial`` (``XXXX-MM-DD``) in ``year``, or None (no 29 Feb that year)."""
    m = _MONTH_DAY.match(partial)
    return _make_date(year, m[1], m[2]) if m else None


def year_near(partial: str, near: date) -> date | None:
    """The day of ``partial`` (``XXXX-MM-DD``) closest to ``near``: in its year, the year
    before or the year after (a "Dec 31" dateline near 2 January is last year's)."""
    days = [d for y in (near.year - 1, near.year, near.year + 1)
            if (d := partial_in(partial, y)) is not None]
    return min(days, key=lambda d: (abs((d - near).days), d)) if days else None


def _dateline_date(m: re.Match, text: str) -> TextDate | None:
    start, end = m.start("stamp"), m.end("stamp")
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
    return TextDate(_make_date(year, month, day), "dateline (year from the text)", start, end,
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


def find_text_date(text: str) -> TextDate | None:
    """The publication date an article's text gives, from a date line or a dateline.

    A date line (a line that is only a date) near the top wins over a dateline, because
    it cannot be part of a sentence.
    """
    return find_date_line(text) or find_dateline(text)


# ---------------------------------------------------------------- inference for undated text

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
        if t.type not in ("DATE", "TIME") or (t.anchor and t.anchor not in ("", "none")):
            continue
        if m := _DAY_VALUE.match(t.value):
            if (d := _make_date(m[1], m[2], m[3])) is not None:
                days.append(d)
                years[d.year] += 1
        elif m := _MONTH_DAY.match(t.value):
            month_days.append((int(m[1]), int(m[2])))
        elif m := _WEEKDAY_VALUE.match(t.value):
            weekdays.append(int(m[1]))
        elif w := _WEEKDAY_WORD.search(t.text):
            weekdays.append(WEEKDAYS[w[1].lower()])
    if years:
        year = max(years.items(), key=lambda item: (item[1], item[0]))[0]
        days += [d for md in month_days if (d := _make_date(year, *md)) is not None]
    if not weekdays:
        weekdays = [WEEKDAYS[w.lower()] for w in _WEEKDAY_WORD.findall(text)]
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
