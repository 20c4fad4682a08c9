"""What the page shows, prepared as plain data before any HTML is made.

As in coverage.py's HTML report, preparing is kept apart from rendering: this module turns
a :class:`timeline.models.Timeline` and its actor graph into dicts of strings and numbers;
``templates/index.html`` only displays them (Jinja autoescape) and ``assets/page.js`` only
reads them (through ``|tojson``, building DOM text nodes). No HTML is made here.
"""
from __future__ import annotations

from collections import Counter

import networkx as nx

from output.dates import date_label, day_range, either_label, heading, weekday
from output.describe import (STATUS_WORDS, actor_event_counts, chronological, conflict_text,
                             date_span, published_label, source_name, web_url)
from output.exports import EXPORT_NAMES
from output.graph import KIND_STYLE, graph_view, legend
from timeline.models import Timeline

#: Rows the page renders at once, then per idle moment, until all are in the DOM.
FIRST_CHUNK = 150
CHUNK = 300

#: What each export is, for the download links at the foot of the page.
DOWNLOAD_WORDS = {
    "events.json": "all data (JSON)",
    "events.csv": "spreadsheet (CSV)",
    "handout.md": "handout (Markdown)",
    "calendar.ics": "calendar (iCalendar)",
    "timelinejs.json": "TimelineJS",
    "actors.gexf": "actor graph (GEXF, for Gephi)",
    "actors.graphml": "actor graph (GraphML)",
}


def _event(entry, articles, news_until) -> dict:
    if entry.conflict is not None:  # no single day is shown where the sources disagree
        date_words, weekday_words = either_label(entry.conflict.dates)
    else:
        date_words, weekday_words = date_label(entry.when), weekday(entry.when)
    return {
        "id": entry.id,
        "after_news": news_until is not None and entry.when.start > news_until,
        "date": date_words,
        "weekday": weekday_words,
        "heading": heading(entry.when),
        "status": entry.status,
        "status_word": STATUS_WORDS.get(entry.status, entry.status),
        "summary": entry.summary,
        "actors": list(dict.fromkeys(entry.actors)),
        "sources": [{"article": s.article, "quote": s.quote, "time_text": s.time_text}
                    for s in entry.sources],
        "source_names": list(dict.fromkeys(
            source_name(articles.get(s.article), s.article) for s in entry.sources)),
        "conflict": conflict_text(entry, articles),
    }


def _article(article, cited: int) -> dict:
    return {
        "id": article.id,
        "title": article.title or article.id,
        "source": article.source or "",
        "published": published_label(article),
        "published_from": article.published_from,
        "uncertain": article.published_from in ("inferred", "unknown"),
        "how": article.published_how,
        "url": web_url(article.url),
        "cited": cited,
    }


def page_data(timeline: Timeline, graph: nx.Graph, *, first_chunk: int = FIRST_CHUNK,
              chunk: int = CHUNK, settle: bool = True) -> dict:
    """The data page.js reads (embedded with ``|tojson``): events in order, actors and
    articles by id, the graph's vis-network data, and the rendering settings.

    ``news_until`` is the newest article's date; events starting after it are marked
    ``after_news``, and the page draws a line before the first of them.

    ``first_chunk``/``chunk`` set lazy rendering (rows drawn at once, then per idle
    moment); ``settle`` switches graph physics off once stabilized. Benchmarks change them
    to measure the eager and physics-on baselines.
    """
    articles = {a.id: a for a in timeline.articles}
    dates = [a.published for a in timeline.articles if a.published]
    news_until = max(dates) if dates else None
    counts = actor_event_counts(timeline)
    actors = {
        a.id: {"name": a.name, "kind": a.kind,
               "kind_word": KIND_STYLE.get(a.kind, KIND_STYLE["other"])[2],
               "titles": [t.text for t in a.titles], "aliases": list(a.aliases),
               "events": counts.get(a.id, 0)}
        for a in timeline.actors
    }
    return {
        "events": [_event(e, articles, news_until) for e in chronological(timeline)],
        "news_until": day_range(news_until, news_until) if news_until else "",
        "actors": actors,
        "articles": {a.id: {"title": a.title or a.id, "source": a.source or "",
                            "published": published_label(a)} for a in timeline.articles},
        "graph": graph_view(graph, settle=settle),
        "config": {"first_chunk": first_chunk, "chunk": chunk, "settle": settle},
    }


def page_context(timeline: Timeline, graph: nx.Graph, **settings) -> dict:
    """Everything the template shows: the title and figures, the actor filter's choices,
    the legend, the who's-who and articles lists, the inputs that failed, the downloads,
    and ``data`` (see :func:`page_data`). ``settings`` go to :func:`page_data`."""
    cited = Counter(s.article for e in timeline.entries for s in e.sources)
    counts = actor_event_counts(timeline)
    people = sorted((a for a in timeline.actors if counts.get(a.id)),
                    key=lambda a: (-counts[a.id], a.name.lower(), a.id))
    statuses = Counter(e.status for e in timeline.entries)
    return {
        "title": timeline.title,
        "n_events": len(timeline.entries),
        "n_articles": len(timeline.articles),
        "span": date_span(timeline),
        "statuses": {word: statuses.get(status, 0) for status, word in STATUS_WORDS.items()
                     if word},
        "has_conflicts": any(e.conflict is not None for e in timeline.entries),
        "actors": [{"id": a.id, "name": a.name,
                    "kind_word": KIND_STYLE.get(a.kind, KIND_STYLE["other"])[2],
                    "kind": a.kind if a.kind in KIND_STYLE else "other",
                    "titles": [t.text for t in a.titles], "events": counts[a.id]}
                   for a in people],
        "legend": legend(graph),
        "articles": [_article(a, cited.get(a.id, 0)) for a in timeline.articles],
        "problems": [{"path": p.path, "reason": p.reason} for p in timeline.problems],
        "downloads": [{"file": name, "words": DOWNLOAD_WORDS.get(name, name)}
                      for name in EXPORT_NAMES],
        "data": page_data(timeline, graph, **settings),
    }
