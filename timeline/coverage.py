"""The dates a collection of articles covers, so that one stray date can't stretch a span.

The title of a timeline and the page's core (output/describe.py) both start from here:
the publication dates of the articles, leaving out :data:`TRIM` of them at either end, so
one article with a wrong date (a page saved with "1922" in its metadata) does not decide
the span. The rest of the page's rule (how far around it the core reaches) lives with the
page.
"""
from __future__ import annotations

from datetime import date
from typing import Sequence

from events.models import ArticleInfo

#: The share of articles left out at each end when taking their span.
TRIM = 0.05


def coverage(articles: Sequence[ArticleInfo]) -> tuple[date, date] | None:
    """The first and last publication dates among ``articles``, leaving out :data:`TRIM` of
    them at either end (none when fewer than 20 are dated); None when none is dated."""
    days = sorted(a.published for a in articles if a.published is not None)
    if not days:
        return None
    cut = int(len(days) * TRIM)
    return days[cut], days[len(days) - 1 - cut]
