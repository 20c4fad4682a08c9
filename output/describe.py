"""Words for entries and articles, shared by the page and the exports.

A teacher reads these, so they say "expected" rather than ``FUTURE_REF`` and
"DW: 11 Oct · CNN: 10 Oct" rather than a data structure.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from events.models import ArticleInfo
from output.dates import MONTHS, MONTHS_SHORT, day_range, timex_label
from timeline.coverage import coverage
from timeline.models import Entry, Timeline

#: Event statuses as a reader says them; "happened" needs no badge.
STATUS_WORDS = {"happened": "", "planned": "Planned", "expected": "Expected",
                "ongoing": "Ongoing"}

#: How an article's publication date was found (``published_from``), in words.
PUBLISHED_FROM_WORDS = {
    "text": "date from the article",
    "meta": "date from the web page",
    "user": "date given by hand",
    "inferred": "date inferred",
    "unknown": "date unknown",
}

_WEB_URL = re.compile(r"^https?://[^\s<>\"'`]+$", re.IGNORECASE)


def chronological(timeline: Timeline) -> list[Entry]:
    """The entries by start date. The sort is stable, so entries that start on the same
    day keep the order the timeline stage gave them."""
    return sorted(timeline.entries, key=lambda e: e.when.start)


def actor_event_counts(timeline: Timeline) -> Counter[str]:
    """How many entries each actor id appears in (once per entry, however often named)."""
    return Counter(a for e in timeline.entries for a in set(e.actors))


def source_name(article: ArticleInfo | None, article_id: str) -> str:
    """What a reader calls an article's source: its outlet, else its title, else its id."""
    if article is None:
        return article_id
    return article.source or article.title or article.id


def conflict_text(entry: Entry, articles: dict[str, ArticleInfo]) -> str:
    """The sources' differing dates in words: "DW: 11 Oct · CNN: 10 Oct"; "" without conflict.

    The year is left out of day-level dates in the entry's own year, as a reader would.
    """
    if entry.conflict is None:
        return ""
    by_date = dict(entry.conflict.sources)
    parts = []
    for value in entry.conflict.dates:
        names = dict.fromkeys(source_name(articles.get(a), a) for a in by_date.get(value, ()))
        label = timex_label(value, drop_year=entry.when.start.year)
        parts.append(f"{', '.join(names)}: {label}" if names else label)
    return " · ".join(parts)


def published_label(article: ArticleInfo) -> str:
    """An article's publication date and how it was found: "12 Oct 2022 (date inferred)"."""
    if article.published is None:
        return "publication date unknown"
    how = PUBLISHED_FROM_WORDS.get(article.published_from, article.published_from)
    return f"{day_range(article.published, article.published)} ({how})"


def web_url(url: str | None) -> str | None:
    """The URL when it is a plain http(s) address, safe to link to; else None.

    Anything else (``javascript:``, ``data:``, relative paths, odd characters) is never
    made a link.
    """
    if url and _WEB_URL.match(url.strip()):
        return url.strip()
    return None


#: How far outside the articles' own dates the core of a timeline reaches: at least this
#: many days, or as long as the articles' span if that is longer. Entries that start
#: earlier are background (history the articles recall, or a stray date from a reader's
#: comment).
CORE_MARGIN_DAYS = 365

#: Granularities whose end counts for the core's span; coarser entries (a year, a decade)
#: count by their start only, so one "next year" or "over the next decade" doesn't
#: stretch it.
SPAN_FINE = frozenset({"time", "day", "weekend", "week", "month", "vague"})


def core_window(timeline: Timeline) -> tuple[date, date] | None:
    """The dates the articles cover (:func:`timeline.coverage.coverage`, which leaves out
    the few most outlying), widened by :data:`CORE_MARGIN_DAYS` or by their own span if
    longer: ``(first, last)``; None when no article has a publication date."""
    span = coverage(timeline.articles)
    if span is None:
        return None
    first, last = span
    margin = max(timedelta(days=CORE_MARGIN_DAYS), last - first)
    try:
        low = first - margin
    except OverflowError:
        low = date.min
    try:
        high = last + margin
    except OverflowError:
        high = date.max
    return low, high


def is_background(entry: Entry, window: tuple[date, date] | None) -> bool:
    """True when the entry starts before the core window (see :func:`core_window`)."""
    return window is not None and entry.when.start < window[0]


def core_entries(timeline: Timeline) -> list[Entry]:
    """The entries that start inside the core window, in timeline order; every entry when
    the articles have no dates, or when none starts inside it."""
    window = core_window(timeline)
    if window is None:
        return list(timeline.entries)
    inside = [e for e in timeline.entries if window[0] <= e.when.start <= window[1]]
    return inside or list(timeline.entries)


def core_span(timeline: Timeline) -> tuple[date, date] | None:
    """The first and last dates of the core (:func:`core_entries`): the first start, and
    the last end of an entry of :data:`SPAN_FINE` granularity or start of a coarser one;
    None without entries."""
    core = core_entries(timeline)
    if not core:
        return None
    first = min(e.when.start for e in core)
    last = max(e.when.end if e.when.granularity in SPAN_FINE else e.when.start for e in core)
    return first, max(first, last)


def date_span(timeline: Timeline) -> str:
    """The core's first and last dates (:func:`core_span`): "Apr 2022 to Dec 2022"; ""
    when there are no entries."""
    span = core_span(timeline)
    if span is None:
        return ""
    first, last = span
    if (first.year, first.month) == (last.year, last.month):
        return f"{MONTHS[first.month - 1]} {first.year}"
    return (f"{MONTHS_SHORT[first.month - 1]} {first.year} to "
            f"{MONTHS_SHORT[last.month - 1]} {last.year}")
