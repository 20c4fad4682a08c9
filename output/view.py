"""What the page shows, prepared as plain data before any HTML is made.

As in coverage.py's HTML report, preparing is kept apart from rendering: this module turns
a :class:`timeline.models.Timeline` and its actor graph into dicts of strings and numbers;
``templates/index.html`` only displays them (Jinja autoescape) and ``assets/page.js`` only
reads them (through ``|tojson``, building DOM text nodes). No HTML is made here.
"""
from __future__ import annotations

import base64
from collections import Counter
from datetime import date

import networkx as nx

from output.dates import MONTHS_SHORT, date_label, day_range, either_label, heading, weekday
from output.describe import (STATUS_WORDS, actor_event_counts, chronological, conflict_text,
                             core_span, core_window, date_span, is_background,
                             published_label, source_name, web_url)
from events.extract import language_name
from output.exports import EXPORT_NAMES
from output.graph import KIND_STYLE, graph_view, legend
from timeline.models import Entry, Timeline

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

#: Exports up to this size are also embedded in the page as data: URLs, so their download
#: links work when only index.html is sent on; bigger ones would make the page too heavy
#: to open, so their links point to the file beside it.
EMBED_LIMIT = 300_000

#: The media type each export is embedded with (others: application/octet-stream).
MEDIA_TYPES = {
    ".json": "application/json", ".csv": "text/csv", ".md": "text/markdown",
    ".ics": "text/calendar", ".gexf": "application/xml", ".graphml": "application/xml",
}

#: TIMEX3 modifiers that make a date fuzzy on the axis (early/mid/late, before/after).
FUZZY_MODS = frozenset({"START", "MID", "END", "BEFORE", "AFTER", "ON_OR_BEFORE",
                        "ON_OR_AFTER", "APPROX"})

#: How many of an actor's connections the who's-who names (the rest are counted).
CONNECTIONS_SHOWN = 5

_EPOCH = date(1970, 1, 1).toordinal()


def day_number(d: date) -> int:
    """Days since 1 January 1970 (negative before), the unit of the page's time axis and
    of an event's ``t0`` (its first day) and ``t1`` (the day after its last)."""
    return d.toordinal() - _EPOCH


def is_fuzzy(entry: Entry) -> bool:
    """True when the entry's date has no sharp edges: approximate, vague, or "late
    November" and the like; the axis draws it as a band that fades out."""
    when = entry.when
    return bool(when.approximate or when.granularity == "vague" or when.mod in FUZZY_MODS)


def _event(entry, articles, news_until, window) -> dict:
    if entry.conflict is not None:  # no single day is shown where the sources disagree
        date_words, weekday_words = either_label(entry.conflict.dates)
    else:
        date_words, weekday_words = date_label(entry.when), weekday(entry.when)
    when = entry.when
    single_day = (when.start == when.end and when.granularity in ("day", "time")
                  and entry.conflict is None)
    flags = {
        "fuzzy": is_fuzzy(entry),
        "day": when.start.isoformat() if single_day else "",
        "background": is_background(entry, window),
        "light": entry.dated_by == "publication",
        # Fields a rebuild with the teacher's edits may add (timeline/edits.py).
        "key": bool(getattr(entry, "key", False)),
        "note": getattr(entry, "note", None) or "",
        "edited": bool(getattr(entry, "edited", False)),
    }
    return {
        "id": entry.id,
        "t0": day_number(when.start),
        "t1": day_number(when.end) + 1,
        # Only the flags that are set: a page of thousands of events stays lighter.
        **{name: value for name, value in flags.items() if value},
        "salience": entry.salience,
        "after_news": news_until is not None and entry.when.start > news_until,
        "date": date_words,
        "weekday": weekday_words,
        "heading": heading(entry.when),
        "status": entry.status,
        "status_word": STATUS_WORDS.get(entry.status, entry.status),
        "summary": entry.summary,
        "actors": list(dict.fromkeys(entry.actors)),
        "sources": [{"article": s.article, "quote": s.quote, "time_text": s.time_text,
                     "part": s.part}
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
        "language": _language(article.language),
    }


def _language(code: str) -> str:
    """The name of an article's language when it is not English ("" when it is): the
    page says so, since the rules read English only and found no events in it."""
    return language_name(code) if code and code != "en" else ""


def _month(d: date) -> str:
    return f"{MONTHS_SHORT[d.month - 1]} {d.year}"


def axis_view(timeline: Timeline) -> dict:
    """Where the time axis opens and how far it reaches, in day numbers
    (:func:`day_number`, end exclusive): ``{"initial": [a, b], "extent": [a, b]}``.

    The extent covers every entry but the background ones. The first view is the core's
    span (:func:`output.describe.core_span`), so a stray far date doesn't squash it, with
    a little room after it to see a coarser entry ("next year") begin. Both are null when
    there is nothing to draw.
    """
    window = core_window(timeline)
    drawn = [e for e in timeline.entries if not is_background(e, window)]
    span = core_span(timeline)
    if not drawn or span is None:
        return {"initial": None, "extent": None}
    extent = [day_number(min(e.when.start for e in drawn)),
              day_number(max(e.when.end for e in drawn)) + 1]
    first, last = day_number(span[0]), day_number(span[1]) + 1
    last += max(7, (last - first) // 20)
    return {"initial": [first, last], "extent": extent}


def connections(graph: nx.Graph, actor_id: str) -> dict:
    """Who an actor appears with, most shared events first: ``{"top": [{"id", "name",
    "events"}], "more": n}`` (the first :data:`CONNECTIONS_SHOWN`, and how many others)."""
    if actor_id not in graph:
        return {"top": [], "more": 0}
    ranked = sorted(graph[actor_id].items(),
                    key=lambda item: (-item[1]["weight"], graph.nodes[item[0]]["label"].lower(),
                                      item[0]))
    top = [{"id": other, "name": graph.nodes[other]["label"], "events": data["weight"]}
           for other, data in ranked[:CONNECTIONS_SHOWN]]
    return {"top": top, "more": max(0, len(ranked) - CONNECTIONS_SHOWN)}


def download(name: str, content: bytes | None) -> dict:
    """A download link: ``{"file", "words", "embedded", "data"}``, where ``data`` is the
    file as a data: URL when it is small enough to embed (:data:`EMBED_LIMIT`), else None
    (the link then needs the file beside index.html)."""
    data = None
    if content is not None and len(content) <= EMBED_LIMIT:
        suffix = name[name.rfind("."):]
        media = MEDIA_TYPES.get(suffix, "application/octet-stream")
        data = f"data:{media};charset=utf-8;base64,{base64.b64encode(content).decode('ascii')}"
    return {"file": name, "words": DOWNLOAD_WORDS.get(name, name), "embedded": data is not None,
            "data": data}


#: A timeline with fewer events than this shows every day in full (a teacher's handful of
#: articles is read whole); in a longer one, a day with many events collapses to its most
#: salient few and a count (a folder of hundreds of articles).
COLLAPSE_FROM = 200


def page_data(timeline: Timeline, graph: nx.Graph, *, first_chunk: int = FIRST_CHUNK,
              chunk: int = CHUNK, settle: bool = True, collapse_from: int = COLLAPSE_FROM
              ) -> dict:
    """The data page.js reads (embedded with ``|tojson``): events in order, actors and
    articles by id, the graph's vis-network data, and the rendering settings.

    ``news_until`` is the newest article's date; events starting after it are marked
    ``after_news``, and the page draws a line before the first of them.

    ``first_chunk``/``chunk`` set lazy rendering (rows drawn at once, then per idle
    moment); ``settle`` switches graph physics off once stabilized. Benchmarks change them
    to measure the eager and physics-on baselines. Crowded days collapse only in a
    timeline of at least ``collapse_from`` events (:data:`COLLAPSE_FROM`).
    """
    articles = {a.id: a for a in timeline.articles}
    dates = [a.published for a in timeline.articles if a.published]
    news_until = max(dates) if dates else None
    window = core_window(timeline)
    counts = actor_event_counts(timeline)
    actors = {
        a.id: {"name": a.name, "kind": a.kind,
               "kind_word": KIND_STYLE.get(a.kind, KIND_STYLE["other"])[2],
               "titles": [t.text for t in a.titles], "aliases": list(a.aliases),
               "events": counts.get(a.id, 0)}
        for a in timeline.actors
    }
    return {
        "events": [_event(e, articles, news_until, window) for e in chronological(timeline)],
        "news_until": day_range(news_until, news_until) if news_until else "",
        "axis": axis_view(timeline),
        "axis_news": day_number(news_until) + 1 if news_until else None,
        "background_before": _month(window[0]) if window else "",
        "actors": actors,
        "articles": {a.id: {"title": a.title or a.id, "source": a.source or "",
                            "published": published_label(a)} for a in timeline.articles},
        "graph": graph_view(graph, settle=settle),
        "config": {"first_chunk": first_chunk, "chunk": chunk, "settle": settle,
                   "collapse_from": collapse_from},
    }


def page_context(timeline: Timeline, graph: nx.Graph, exports: dict[str, bytes] | None = None,
                 **settings) -> dict:
    """Everything the template shows: the title and figures, the actor filter's choices,
    the legend, the who's-who and articles lists, the inputs that failed, the downloads
    (``exports``, file name -> bytes, are embedded when small; see :func:`download`),
    and ``data`` (see :func:`page_data`). ``settings`` go to :func:`page_data`.

    The span in the stats line is the core's (:func:`output.describe.core_span`), and
    ``n_background`` counts the entries before it."""
    cited = Counter(s.article for e in timeline.entries for s in e.sources)
    counts = actor_event_counts(timeline)
    people = sorted((a for a in timeline.actors if counts.get(a.id)),
                    key=lambda a: (-counts[a.id], a.name.lower(), a.id))
    statuses = Counter(e.status for e in timeline.entries)
    window = core_window(timeline)
    exports = exports or {}
    downloads = [download(name, exports.get(name)) for name in EXPORT_NAMES]
    return {
        "title": timeline.title,
        "n_events": len(timeline.entries),
        "n_articles": len(timeline.articles),
        "span": date_span(timeline),
        "n_background": sum(is_background(e, window) for e in timeline.entries),
        "n_light": sum(e.dated_by == "publication" for e in timeline.entries),
        "statuses": {word: statuses.get(status, 0) for status, word in STATUS_WORDS.items()
                     if word},
        "has_conflicts": any(e.conflict is not None for e in timeline.entries),
        "actors": [{"id": a.id, "name": a.name,
                    "kind_word": KIND_STYLE.get(a.kind, KIND_STYLE["other"])[2],
                    "kind": a.kind if a.kind in KIND_STYLE else "other",
                    "titles": [t.text for t in a.titles], "events": counts[a.id],
                    "with": connections(graph, a.id)}
                   for a in people],
        "legend": legend(graph),
        "articles": [_article(a, cited.get(a.id, 0)) for a in timeline.articles],
        "not_english": [{"title": a.title or a.id, "language": _language(a.language)}
                        for a in timeline.articles if _language(a.language)],
        "problems": [{"path": p.path, "reason": p.reason} for p in timeline.problems],
        "downloads": downloads,
        # The embedded files, by name: after the page's scripts, so they don't hold up the
        # first rows; page.js puts one on its link when the link is clicked.
        "embedded": {d["file"]: d["data"] for d in downloads if d["data"]},
        "kind_colors": [{"kind": k, "color": color} for k, (color, _, _) in KIND_STYLE.items()],
        "data": page_data(timeline, graph, **settings),
    }
