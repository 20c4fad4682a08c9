"""The timeline as files other tools read: events.json and friends.

Every export is byte-stable (sorted keys, no timestamps: the same timeline gives the same
bytes). :data:`EXPORTS` names the files :func:`output.page.write_page` writes beside
``index.html``; :func:`render_exports` renders them all.

- ``events.json`` — DESIGN.md's contract (``schema: "timeline/1"``), plus added fields;
- ``events.csv`` — one row per entry, for spreadsheets;
- ``timelinejs.json`` — the TimelineJS3 JSON format (its text fields are HTML, so escaped);
- ``handout.md`` — a dated Markdown handout;
- ``calendar.ics`` — iCalendar, one all-day event per entry;
- ``actors.gexf`` / ``actors.graphml`` — the actor graph for Gephi and friends.
"""
from __future__ import annotations

import csv
import io
import json
import re
from typing import Callable

import networkx as nx
from markupsafe import escape

from events.serialize import to_data
from output.calendar import icalendar
from output.dates import date_label, heading, weekday
from output.describe import (STATUS_WORDS, actor_event_counts, chronological, conflict_text,
                             published_label, source_name, web_url)
from output.graph import actor_graph, graph_gexf, graph_graphml
from timeline.models import Entry, Timeline

SCHEMA = "timeline/1"


def json_bytes(data) -> bytes:
    """JSON as the exports write it: sorted keys, two-space indent, UTF-8, final newline."""
    return (json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _entry_json(entry: Entry) -> dict:
    when = entry.when
    conflict = None
    if entry.conflict is not None:
        conflict = {"dates": list(entry.conflict.dates),
                    "sources": {value: list(ids) for value, ids in entry.conflict.sources}}
    return {
        "id": entry.id,
        "start": when.start.isoformat(),
        "end": when.end.isoformat(),
        "granularity": when.granularity,
        "timex": entry.timex,
        "approximate": when.approximate,
        "mod": when.mod,
        "label": date_label(when),
        "status": entry.status,
        "summary": entry.summary,
        "type": entry.type,
        "actors": list(entry.actors),
        "sources": [{"article": s.article, "quote": s.quote, "start": s.start, "end": s.end,
                     "time_text": s.time_text, "time_value": s.time_value,
                     "published": s.published.isoformat() if s.published else None}
                    for s in entry.sources],
        "conflict": conflict,
        "salience": entry.salience,
        "dated_by": entry.dated_by,
    }


def events_json(timeline: Timeline) -> dict:
    """events.json as a dict, following DESIGN.md's contract exactly.

    Added fields (allowed by the contract): articles' ``published_how``, ``byline``,
    ``outlets``, ``words``, ``language``; actors' ``titles_as_of`` (ISO date or null, one per title) and
    ``events`` (entries they appear in); events' ``mod``, ``label`` (the date in words),
    ``salience``, ``dated_by`` (``time`` or ``publication``) and sources' ``time_value``
    and ``published``; top-level ``problems``.
    """
    counts = actor_event_counts(timeline)
    return {
        "schema": SCHEMA,
        "title": timeline.title,
        "articles": [{"id": a.id, "title": a.title, "source": a.source, "url": a.url,
                      "path": a.path,
                      "published": a.published.isoformat() if a.published else None,
                      "published_from": a.published_from, "published_how": a.published_how,
                      "byline": list(a.byline), "outlets": list(a.outlets), "words": a.words,
                      "language": a.language or "en"}
                     for a in timeline.articles],
        "actors": [{"id": a.id, "name": a.name, "kind": a.kind, "aliases": list(a.aliases),
                    "titles": [t.text for t in a.titles],
                    "titles_as_of": [t.as_of.isoformat() if t.as_of else None for t in a.titles],
                    "mentions": a.mentions, "events": counts.get(a.id, 0)}
                   for a in timeline.actors],
        "events": [_entry_json(e) for e in chronological(timeline)],
        "problems": to_data(list(timeline.problems)),
    }


def _cell(text: str) -> str:
    # A cell starting with = + - @ is a formula to a spreadsheet; article text must not be.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


CSV_COLUMNS = ("id", "date", "start", "end", "granularity", "timex", "status", "summary",
               "type", "actors", "sources", "date_conflict")


def events_csv(timeline: Timeline) -> str:
    """One row per entry, chronological; actors and sources by name, ``"; "``-joined."""
    names = {a.id: a.name for a in timeline.actors}
    articles = {a.id: a for a in timeline.articles}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in chronological(timeline):
        sources = dict.fromkeys(source_name(articles.get(s.article), s.article) for s in e.sources)
        writer.writerow([e.id, date_label(e.when), e.when.start.isoformat(),
                         e.when.end.isoformat(), e.when.granularity, e.timex, e.status,
                         _cell(e.summary), e.type,
                         _cell("; ".join(names.get(a, a) for a in e.actors)),
                         _cell("; ".join(sources)), _cell(conflict_text(e, articles))])
    return out.getvalue()


def _tl_date(d, granularity: str) -> dict:
    if granularity in ("time", "day", "weekend", "week"):
        return {"year": d.year, "month": d.month, "day": d.day}
    if granularity == "month":
        return {"year": d.year, "month": d.month}
    return {"year": d.year}


def timelinejs_json(timeline: Timeline) -> dict:
    """The TimelineJS3 JSON format. TimelineJS shows ``text`` fields as HTML, so every
    string from an article is HTML-escaped here."""
    articles = {a.id: a for a in timeline.articles}
    events = []
    for e in chronological(timeline):
        quotes = "".join(
            f"<p>&ldquo;{escape(s.quote)}&rdquo; &mdash; "
            f"{escape(source_name(articles.get(s.article), s.article))}</p>"
            for s in e.sources)
        status = STATUS_WORDS.get(e.status, e.status)
        item = {"unique_id": e.id, "start_date": _tl_date(e.when.start, e.when.granularity),
                "display_date": str(escape(date_label(e.when))),
                "text": {"headline": str(escape(e.summary)), "text": quotes}}
        if e.when.end != e.when.start:
            item["end_date"] = _tl_date(e.when.end, e.when.granularity)
        if status:
            item["group"] = status
        events.append(item)
    intro = f"{len(timeline.entries)} events from {len(timeline.articles)} articles"
    return {"title": {"text": {"headline": str(escape(timeline.title)), "text": intro}},
            "events": events}


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&!#])")


def md_escape(text: str) -> str:
    """Text safe in Markdown: markup characters backslash-escaped, whitespace collapsed,
    so article text can neither format the handout nor inject HTML into a renderer."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _sentence(text: str) -> str:
    return text if text.rstrip("\"'\u201d\u2019)")[-1:] in (".", "!", "?", "\u2026") else text + "."


def markdown_handout(timeline: Timeline) -> str:
    """A dated handout: month headings, one line per entry with its sources, then the
    articles. Printable, and readable as plain text."""
    articles = {a.id: a for a in timeline.articles}
    lines = [f"# {md_escape(timeline.title)}", "",
             f"{len(timeline.entries)} events from {len(timeline.articles)} articles. "
             "Dates are as the articles give them.", ""]
    current = None
    for e in chronological(timeline):
        if heading(e.when) != current:
            current = heading(e.when)
            lines += ["", f"## {current}", ""] if lines[-1] else [f"## {current}", ""]
        day = weekday(e.when)
        when = f"**{date_label(e.when)}**" + (f" ({day})" if day else "")
        status = STATUS_WORDS.get(e.status, e.status)
        sources = ", ".join(dict.fromkeys(
            md_escape(source_name(articles.get(s.article), s.article)) for s in e.sources))
        line = f"- {when}: {_sentence(md_escape(e.summary))}"
        line += f" *{status}.*" if status else ""
        lines.append(f"{line} Sources: {sources}.")
        if e.conflict is not None:
            lines.append(f"  - Sources disagree on the date: {md_escape(conflict_text(e, articles))}")
    lines += ["", "## Articles", ""]
    for a in timeline.articles:
        line = f"- *{md_escape(a.title)}*"
        line += f", {md_escape(a.source)}" if a.source else ""
        line += f", published {published_label(a)}"
        url = web_url(a.url)
        lines.append(line + (f" <{url}>" if url and ">" not in url else ""))
    return "\n".join(lines) + "\n"


#: The files written beside index.html that need only the timeline: name -> renderer.
TIMELINE_EXPORTS: dict[str, Callable[[Timeline], bytes]] = {
    "events.json": lambda t: json_bytes(events_json(t)),
    "events.csv": lambda t: events_csv(t).encode("utf-8"),
    "timelinejs.json": lambda t: json_bytes(timelinejs_json(t)),
    "handout.md": lambda t: markdown_handout(t).encode("utf-8"),
    "calendar.ics": lambda t: icalendar(t).encode("utf-8"),
}

#: The files drawn from the actor graph: name -> renderer.
GRAPH_EXPORTS: dict[str, Callable[[nx.Graph], bytes]] = {
    "actors.gexf": graph_gexf,
    "actors.graphml": graph_graphml,
}

#: Every export's file name, in the order they are written.
EXPORT_NAMES = (*TIMELINE_EXPORTS, *GRAPH_EXPORTS)


def render_exports(timeline: Timeline, graph: nx.Graph | None = None) -> dict[str, bytes]:
    """Every export, rendered: file name -> bytes. ``graph`` is the timeline's actor graph
    when the caller has already built it (see :func:`output.graph.actor_graph`)."""
    graph = actor_graph(timeline) if graph is None else graph
    files = {name: render(timeline) for name, render in TIMELINE_EXPORTS.items()}
    files.update((name, render(graph)) for name, render in GRAPH_EXPORTS.items())
    return files
