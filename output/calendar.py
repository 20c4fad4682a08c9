"""The timeline as an iCalendar file (RFC 5545): one all-day event per entry.

Byte-stable: no wall clock. ``DTSTAMP`` is required by the RFC, so it is the latest
publication date among the articles (or 1970-01-01 when none is known), and each ``UID``
is the entry id plus a short hash of the timeline's title, so two timelines imported into
one calendar don't overwrite each other's events.
"""
from __future__ import annotations

import hashlib
from datetime import date, timedelta

from output.dates import date_label
from output.describe import STATUS_WORDS, chronological, conflict_text, source_name
from timeline.models import Timeline

#: Entry statuses as iCalendar STATUS values.
ICS_STATUS = {"happened": "CONFIRMED", "ongoing": "CONFIRMED", "planned": "TENTATIVE",
              "expected": "TENTATIVE"}

_ESCAPES = (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\r\n", "\\n"), ("\n", "\\n"),
            ("\r", "\\n"))


def ics_text(text: str) -> str:
    """A TEXT value escaped as RFC 5545 §3.3.11 asks (backslash, semicolon, comma, newline)."""
    for raw, escaped in _ESCAPES:
        text = text.replace(raw, escaped)
    return text


def fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets, never splitting a character."""
    if line.isascii():  # one octet a character: cut by length, no per-character count
        return "\r\n ".join([line[:75], *(line[i:i + 74] for i in range(75, len(line), 74))])
    out, piece, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (75 if not out else 74):
            out.append(piece)
            piece, size = "", 0
        piece += ch
        size += n
    out.append(piece)
    return "\r\n ".join(out)


def _dtend(end: date) -> list[str]:
    """DTEND is the day after the last (exclusive); an event that ends on the calendar's
    last day has none, which RFC 5545 reads as ending with its start day."""
    if end >= date.max:
        return []
    return [f"DTEND;VALUE=DATE:{(end + timedelta(days=1)).strftime('%Y%m%d')}"]


def icalendar(timeline: Timeline) -> str:
    """The timeline as an iCalendar document (CRLF line ends, folded lines)."""
    articles = {a.id: a for a in timeline.articles}
    dates = [a.published for a in timeline.articles if a.published]
    stamp = max(dates).strftime("%Y%m%dT000000Z") if dates else "19700101T000000Z"
    tag = hashlib.sha256(timeline.title.encode("utf-8")).hexdigest()[:8]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//news-timeline//timeline 1//EN",
             "CALSCALE:GREGORIAN", f"X-WR-CALNAME:{ics_text(timeline.title)}"]
    for e in chronological(timeline):
        sources = ", ".join(dict.fromkeys(
            source_name(articles.get(s.article), s.article) for s in e.sources))
        notes = [f"Date as the articles give it: {date_label(e.when)}"]
        if STATUS_WORDS.get(e.status):
            notes.append(STATUS_WORDS[e.status])
        if e.conflict is not None:
            notes.append(f"Sources disagree on the date: {conflict_text(e, articles)}")
        notes.append(f"Sources: {sources}")
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ics_text(e.id)}-{tag}@news-timeline",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{e.when.start.strftime('%Y%m%d')}",
            *_dtend(e.when.end),
            f"SUMMARY:{ics_text(e.summary)}",
            f"DESCRIPTION:{ics_text(chr(10).join(notes))}",
            f"STATUS:{ICS_STATUS.get(e.status, 'CONFIRMED')}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
