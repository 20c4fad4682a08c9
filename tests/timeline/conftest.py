"""Builders of hand-made events, articles and extractions for the timeline tests."""
from __future__ import annotations

import hashlib
from datetime import date

import pytest

from events.models import Article, ArticleInfo, Event, Extraction, Source
from events.temporal.interval import interval_of


def make_event(article: str, summary: str, timex: str, *, actors=("germany",),
               type: str = "delivery", trigger: str | None = None, status: str = "happened",
               start: int = 0, published: date | None = date(2022, 10, 12),
               id: str | None = None) -> Event:
    """An event of ``article`` dated by the TIMEX3 value ``timex``."""
    when = interval_of(timex)
    trigger = trigger if trigger is not None else summary.split()[1]
    source = Source(article, summary + ".", start, start + len(summary) + 1, timex, timex,
                    published)
    event_id = id or "ev-" + hashlib.sha1(f"{article}:{start}:{summary}".encode()).hexdigest()[:8]
    return Event(event_id, when, timex, summary, trigger, type, status, tuple(actors), source)


def make_article(name: str, text: str, published: date | None = date(2022, 10, 12),
                 path: str | None = None) -> Article:
    """An article whose id is ``name`` and whose hash is that of its text."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    info = ArticleInfo(name, name.title(), digest, path=path, published=published,
                       published_from="text" if published else "unknown")
    return Article(info, text)


def words_extractor(article: Article, options) -> Extraction:
    """A stand-in extractor: one event per line ``YYYY-MM-DD summary words``."""
    events = []
    offset = 0
    for line in article.text.splitlines(keepends=True):
        timex, _, summary = line.strip().partition(" ")
        if summary:
            event = make_event(article.id, summary, timex, start=offset,
                               published=article.published)
            events.append(event)
        offset += len(line)
    return Extraction(article.info, events=tuple(events))


@pytest.fixture
def event():
    """The :func:`make_event` builder."""
    return make_event


@pytest.fixture
def article():
    """The :func:`make_article` builder."""
    return make_article


@pytest.fixture
def extractor():
    """The :func:`words_extractor` stand-in."""
    return words_extractor
