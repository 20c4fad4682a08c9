"""Words for entries and articles, shared by the page and the exports.

A teacher reads these, so they say "expected" rather than ``FUTURE_REF`` and
"DW: 11 Oct · CNN: 10 Oct" rather than a data structure.
"""
from __future__ import annotations

import re
from collections import Counter

from events.models import ArticleInfo
from output.dates import MONTHS, MONTHS_SHORT, day_range, timex_label
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


def date_span(timeline: Timeline) -> str:
    """The first and last dates of the timeline: "Apr 2022 to Dec 2022"; "" when empty."""
    if not timeline.entries:
        return ""
    first = min(e.when.start for e in timeline.entries)
    last = max(e.when.end for e in timeline.entries)
    if (first.year, first.month) == (last.year, last.month):
        return f"{MONTHS[first.month - 1]} {first.year}"
    return (f"{MONTHS_SHORT[first.month - 1]} {first.year} to "
            f"{MONTHS_SHORT[last.month - 1]} {last.year}")
