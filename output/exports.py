"""The timeline as files other tools read: events.json and friends.

Every export is byte-stable (sorted keys, no timestamps: the same timeline gives the same
bytes), and none holds an absolute path of the user's machine (:func:`relative_paths`).
:data:`EXPORT_NAMES` names the files :func:`output.page.write_page` writes beside
``index.html``; :func:`render_exports` renders them all.

- ``events.json`` — DESIGN.md's contract (``schema: "timeline/1"``), plus added fields;
- ``events.csv`` — one row per entry and source, for spreadsheets (with a BOM for Excel);
- ``timelinejs.json`` — the TimelineJS3 JSON format (its text fields are HTML, so escaped);
- ``handout.md`` / ``handout.docx`` — the dated handout (:mod:`output.handout`);
- ``calendar.ics`` — iCalendar, one all-day event per entry;
- ``actors.gexf`` / ``actors.graphml`` — the actor graph for Gephi and friends.
"""
from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import replace
from datetime import date, timedelta
from typing import Callable

import networkx as nx
from markupsafe import Markup

from events.serialize import to_data
from output.calendar import icalendar
from output.dates import date_label, day_range
from output.describe import (STATUS_WORDS, actor_event_counts, chronological, conflict_text,
                             core_window, is_background, source_name, web_url)
from output.graph import actor_graph, graph_gexf, graph_graphml
from output.handout import docx_handout, markdown_handout, md_escape  # noqa: F401 (re-exported)
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
                     "published": s.published.isoformat() if s.published else None,
                     "part": s.part}
                    for s in entry.sources],
        "conflict": conflict,
        "salience": entry.salience,
        "dated_by": entry.dated_by,
        "edited": entry.edited,
        "note": entry.note,
        "key": entry.key,
    }


def events_json(timeline: Timeline) -> dict:
    """events.json as a dict, following DESIGN.md's contract exactly.

    Added fields (allowed by the contract): articles' ``published_how``, ``byline``,
    ``outlets``, ``words``, ``language``; actors' ``titles_as_of`` (ISO date or null, one per title) and
    ``events`` (entries they appear in); events' ``mod``, ``label`` (the date in words),
    ``salience``, ``dated_by`` (``time`` or ``publication``), ``edited``, ``note`` and
    ``key`` (from the teacher's edits, :mod:`timeline.edits`) and sources' ``time_value``,
    ``published`` and ``part`` (``text``, or ``title`` for a headline, whose ``start`` and
    ``end`` are then offsets into the article's title); top-level ``problems``. Paths are relative (:func:`relative_paths`).
    """
    timeline = relative_paths(timeline)
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


def _relative(path: str | None, base: str | None) -> str | None:
    if not path or not os.path.isabs(path):
        return path
    if base is None:
        return os.path.basename(path)
    return os.path.relpath(path, base).replace(os.sep, "/")


def relative_paths(timeline: Timeline) -> Timeline:
    """The timeline with every input path relative, as the user gave it: a relative path
    stays as typed; absolute ones are made relative to the folder they all share (the
    folder she named), so no output tells where her files sit on her machine."""
    paths = [a.path for a in timeline.articles] + [p.path for p in timeline.problems]
    absolute = sorted({p for p in paths if p and os.path.isabs(p)})
    if not absolute:
        return timeline
    try:
        base = os.path.commonpath([os.path.dirname(p) for p in absolute])
    except ValueError:  # Windows paths on different drives share no folder
        base = None
    articles = tuple(replace(a, path=_relative(a.path, base)) if a.path in absolute else a
                     for a in timeline.articles)
    problems = tuple(replace(p, path=_relative(p.path, base)) if p.path in absolute else p
                     for p in timeline.problems)
    return replace(timeline, articles=articles, problems=problems)


#: First characters that make a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str | None) -> str:
    """Article text as a CSV cell: whitespace collapsed, and never a formula (a leading
    ``'`` is what spreadsheets take as "this is text")."""
    text = " ".join((text or "").split())
    return "'" + text if text[:1] in FORMULA_STARTS else text


#: The columns of events.csv: the event's, then its source's (one row per event and source).
CSV_COLUMNS = ("id", "date", "start", "end", "granularity", "timex", "status", "summary",
               "type", "actors", "date_conflict", "key", "note", "source", "article_title",
               "url", "published", "quote", "time_text", "article")


def events_csv(timeline: Timeline) -> str:
    """One row per entry and source, chronological: the event's columns repeated on each
    of its sources' rows, then the source (outlet), article title, URL, publication date,
    the quoted sentence and the time expression. Actors are named, ``"; "``-joined.
    ``timeline build --edits`` reads the file back (:mod:`timeline.edits`)."""
    names = {a.id: a.name for a in timeline.actors}
    articles = {a.id: a for a in timeline.articles}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for e in chronological(timeline):
        event = [e.id, date_label(e.when), e.when.start.isoformat(), e.when.end.isoformat(),
                 e.when.granularity, e.timex, e.status, _cell(e.summary), e.type,
                 _cell("; ".join(names.get(a, a) for a in e.actors)),
                 _cell(conflict_text(e, articles)), "yes" if e.key else "", _cell(e.note)]
        for s in e.sources or (None,):
            if s is None:
                writer.writerow(event + [""] * 7)
                continue
            article = articles.get(s.article)
            published = s.published or (article.published if article else None)
            writer.writerow(event + [
                _cell(source_name(article, s.article)), _cell(article.title if article else ""),
                _cell(article.url if article else ""),
                published.isoformat() if published else "", _cell(s.quote),
                _cell(s.time_text), _cell(s.article)])
    return out.getvalue()


#: TimelineJS groups (one row of its time navigation each): every entry has one, by status.
TL_GROUPS = {"happened": "Happened", "ongoing": "Ongoing", "planned": "Planned",
             "expected": "Expected"}

#: Era headlines: dates far before the articles' coverage, and the coverage itself.
TL_ERAS = {"background": "Background", "core": "The story"}

def _tl_date(d: date, display: str | None = None) -> dict:
    """A TimelineJS date: always to the day, so that a season, decade or vague window
    sits where it starts (a year alone would put it on 1 January)."""
    item = {"year": d.year, "month": d.month, "day": d.day}
    if display is not None:
        item["display_date"] = display
    return item


def _text(text: str) -> str:
    """A plain string for a TimelineJS field it renders as HTML: escaped, whitespace
    collapsed."""
    return str(Markup.escape(" ".join(text.split())))


#: The HTML pieces of a slide; ``%s`` takes a value that Markup's ``%`` escapes.
SLIDE_HTML = {
    "status": Markup("<p><strong>%s.</strong></p>"),
    "key": Markup("<p><strong>Key event.</strong></p>"),
    "conflict": Markup("<p>Sources disagree on the date: %s.</p>"),
    "note": Markup("<p><em>Note:</em> %s</p>"),
    "link": Markup('<a href="%s">%s</a>'),
    "title": Markup("<em>%s</em>"),
    "quote": Markup("<blockquote>&ldquo;%s&rdquo;</blockquote><p>&mdash; %s%s%s</p>"),
}


def _slide_text(entry: Entry, articles: dict) -> str:
    """The HTML of an entry's slide: status, key, the date conflict, the teacher's note,
    then each source's quote with its outlet, article (linked when it is a web address)
    and publication date. Every value is escaped by Markup's ``%`` (:data:`SLIDE_HTML`)."""
    html = SLIDE_HTML
    parts = []
    status = STATUS_WORDS.get(entry.status, entry.status)
    if status:
        parts.append(html["status"] % status)
    if entry.key:
        parts.append(html["key"])
    if entry.conflict is not None:
        parts.append(html["conflict"] % conflict_text(entry, articles))
    if entry.note:
        parts.append(html["note"] % " ".join(entry.note.split()))
    for s in entry.sources:
        article = articles.get(s.article)
        title = " ".join((article.title if article else "").split())
        url = web_url(article.url) if article else None
        cited = html["link"] % (url, title or url) if url else \
            html["title"] % title if title else ""
        published = s.published or (article.published if article else None)
        when = day_range(published, published) if published else ""
        parts.append(html["quote"] % (" ".join(s.quote.split()),
                                      source_name(article, s.article),
                                      Markup(", ") + cited if cited else "",
                                      ", " + when if when else ""))
    return str(Markup("").join(parts))


def _era(entries: list[Entry], headline: str) -> dict:
    """A TimelineJS era over ``entries`` (TimelineJS drops an end equal to the start,
    then rejects the era, so a one-day era reaches to the next day)."""
    start = min(e.when.start for e in entries)
    end = max(e.when.end for e in entries)
    if end == start and end < date.max:
        end += timedelta(days=1)
    return {"start_date": _tl_date(start), "end_date": _tl_date(end),
            "text": {"headline": headline}}


def timelinejs_json(timeline: Timeline) -> dict:
    """The TimelineJS3 JSON format. Each entry sits at its real interval (start and end to
    the day, its date in words as ``display_date``), in a group named by its status;
    entries ending long before the articles' span fall in a "Background" era. TimelineJS
    shows text fields as HTML, so every string from an article is HTML-escaped here, and
    its own link-making is off."""
    articles = {a.id: a for a in timeline.articles}
    entries = chronological(timeline)
    events = []
    for e in entries:
        label = date_label(e.when)
        item = {"unique_id": e.id, "start_date": _tl_date(e.when.start, _text(label)),
                "display_date": _text(label), "autolink": False,
                "group": TL_GROUPS.get(e.status, "Happened"),
                "text": {"headline": _text(e.summary), "text": _slide_text(e, articles)}}
        if e.when.end != e.when.start:
            item["end_date"] = _tl_date(e.when.end)
        events.append(item)
    eras = []
    window = core_window(timeline)  # the page's own rule, so page and export agree
    background = [e for e in entries if is_background(e, window)]
    core = [e for e in entries if not is_background(e, window)]
    if background:
        eras.append(_era(background, TL_ERAS["background"]))
    if background and core:
        eras.append(_era(core, TL_ERAS["core"]))
    intro = (f"{len(timeline.entries)} events from {len(timeline.articles)} articles. "
             "Dates are as the articles give them.")
    data = {"title": {"text": {"headline": _text(timeline.title), "text": _text(intro)}},
            "events": events, "scale": "human"}
    if eras:
        data["eras"] = eras
    return data


#: The files written beside index.html that need only the timeline: name -> renderer.
TIMELINE_EXPORTS: dict[str, Callable[[Timeline], bytes]] = {
    "events.json": lambda t: json_bytes(events_json(t)),
    "events.csv": lambda t: ("\ufeff" + events_csv(t)).encode("utf-8"),  # BOM: Excel reads UTF-8
    "timelinejs.json": lambda t: json_bytes(timelinejs_json(t)),
    "handout.md": lambda t: markdown_handout(t).encode("utf-8"),
    "handout.docx": lambda t: docx_handout(t),
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
    timeline = relative_paths(timeline)
    graph = actor_graph(timeline) if graph is None else graph
    files = {name: render(timeline) for name, render in TIMELINE_EXPORTS.items()}
    files.update((name, render(graph)) for name, render in GRAPH_EXPORTS.items())
    return files
