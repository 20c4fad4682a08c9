"""events.json (DESIGN.md's contract) and the other exports."""
from __future__ import annotations

import csv
import dataclasses
import io
import json

import networkx as nx
import pytest

from output.calendar import fold, ics_text, icalendar
from output.exports import (EXPORT_NAMES, events_csv, events_json, markdown_handout,
                            md_escape, render_exports, timelinejs_json)

#: The field names DESIGN.md fixes; any may be added to, none renamed or dropped.
CONTRACT = {
    "top": {"schema", "title", "articles", "actors", "events"},
    "article": {"id", "title", "source", "url", "path", "published", "published_from"},
    "actor": {"id", "name", "kind", "aliases", "titles", "mentions"},
    "event": {"id", "start", "end", "granularity", "timex", "approximate", "status", "summary",
              "type", "actors", "sources", "conflict"},
    "source": {"article", "quote", "start", "end", "time_text"},
}


@pytest.fixture(scope="module")
def data(example):
    return events_json(example)


def test_schema_and_title(data, example):
    assert data["schema"] == "timeline/1"
    assert data["title"] == example.title


@pytest.mark.parametrize("part, items", [
    ("top", lambda d: [d]),
    ("article", lambda d: d["articles"]),
    ("actor", lambda d: d["actors"]),
    ("event", lambda d: d["events"]),
    ("source", lambda d: [s for e in d["events"] for s in e["sources"]]),
])
def test_contract_fields_present(data, part, items):
    for item in items(data):
        assert CONTRACT[part] <= set(item), f"{part} lacks {CONTRACT[part] - set(item)}"


def test_events_in_chronological_order(data):
    starts = [e["start"] for e in data["events"]]
    assert starts == sorted(starts)
    assert data["events"][0]["id"] == "ramstein-summit"
    assert data["events"][-1]["id"] == "iris-t-three-more"


def test_events_sorted_even_when_timeline_is_not(example):
    shuffled = type(example)(example.title, example.articles, example.actors,
                             tuple(reversed(example.entries)))
    starts = [e["start"] for e in events_json(shuffled)["events"]]
    assert starts == sorted(starts)


def test_conflict_shape(data):
    by_id = {e["id"]: e for e in data["events"]}
    assert by_id["iris-t-first"]["conflict"] == {
        "dates": ["2022-10-11", "2022-10-10"],
        "sources": {"2022-10-10": ["general-shield"], "2022-10-11": ["brief-brussels"]},
    }
    assert by_id["monday-strikes"]["conflict"] is None


def test_actor_titles_are_strings_with_dates_beside(data):
    austin = next(a for a in data["actors"] if a["id"] == "lloyd-austin")
    assert austin["titles"] == ["US Secretary of Defense"]
    assert austin["titles_as_of"] == ["2022-10-12"]
    assert austin["aliases"] == ["Austin"]


def test_article_dates_and_how_found(data):
    by_id = {a["id"]: a for a in data["articles"]}
    assert by_id["general-shield"]["published"] == "2022-10-12"
    assert by_id["general-shield"]["published_from"] == "inferred"
    assert by_id["brief-brussels"]["published_how"] == "dateline"


def test_event_values(data):
    ev = next(e for e in data["events"] if e["id"] == "nasams-arrive")
    assert (ev["start"], ev["end"], ev["granularity"]) == ("2022-11-21", "2022-12-10", "month")
    assert ev["status"] == "expected"
    assert ev["label"] == "late Nov – early Dec 2022"
    assert ev["sources"][0]["time_text"] == "by the end of November or early December"


def test_builds_are_byte_identical(example):
    first, second = render_exports(example), render_exports(example)
    assert list(first) == list(EXPORT_NAMES)
    for name in first:
        assert first[name] == second[name], name


def test_json_is_sorted_and_ends_with_newline(example):
    raw = render_exports(example)["events.json"].decode()
    assert raw.endswith("}\n")
    assert list(json.loads(raw)) == sorted(json.loads(raw))


def test_csv_rows(example):
    rows = list(csv.DictReader(io.StringIO(events_csv(example))))
    assert len(rows) == len(example.entries)
    iris = next(r for r in rows if r["id"] == "iris-t-first")
    assert iris["date_conflict"] == "DW: 11 Oct · CNN: 10 Oct"
    assert iris["actors"] == "Germany; Ukraine; Christine Lambrecht"
    assert iris["sources"] == "DW; CNN"


def test_csv_cells_cannot_be_formulas(timelines):
    base = timelines.example_timeline()
    entry = base.entries[0]
    bad = dataclasses.replace(entry, summary='=HYPERLINK("http://x")')
    timeline = type(base)(base.title, base.articles, base.actors, (bad,))
    row = list(csv.DictReader(io.StringIO(events_csv(timeline))))[0]
    assert row["summary"].startswith("'=")


@pytest.mark.parametrize(("column", "payload"), [
    ("actors", "=cmd|' /C calc'!A0"),
    ("sources", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("date_conflict", "+1+cmd|' /C calc'!A0"),
    ("summary", "-1+cmd|' /C calc'!A0"),
])
def test_csv_cells_from_articles_cannot_be_formulas(timelines, column, payload):
    """Actor names, the articles' sources (also in the conflict) and summaries all come
    from article text."""
    base = timelines.example_timeline()
    entry = next(e for e in base.entries if e.id == "iris-t-first")
    cited = {s.article for s in entry.sources}
    actors = tuple(dataclasses.replace(a, name=payload) if column == "actors" else a
                   for a in base.actors)
    articles = tuple(dataclasses.replace(a, source=payload)
                     if column in ("sources", "date_conflict") and a.id in cited else a
                     for a in base.articles)
    if column == "summary":
        entry = dataclasses.replace(entry, summary=payload)
    timeline = type(base)(base.title, articles, actors, (entry,))
    row = list(csv.DictReader(io.StringIO(events_csv(timeline))))[0]
    assert row[column].startswith("'" + payload)


def test_timelinejs_escapes_html(xss, timelines):
    text = json.dumps(timelinejs_json(xss))
    assert timelines.SCRIPT not in text and timelines.IMG not in text
    assert "&lt;script&gt;" in text


def test_timelinejs_dates_follow_granularity(example):
    events = {e["unique_id"]: e for e in timelinejs_json(example)["events"]}
    assert events["ramstein-summit"]["start_date"] == {"year": 2022, "month": 4}
    assert events["iris-t-three-more"]["start_date"] == {"year": 2023}
    assert events["iris-t-first"]["end_date"] == {"year": 2022, "month": 10, "day": 11}
    assert events["nuclear-session"]["group"] == "Planned"


@pytest.mark.parametrize("raw, escaped", [
    ("<script>x</script>", r"\<script\>x\</script\>"),
    ("*bold* _it_ [link](javascript:x)", r"\*bold\* \_it\_ \[link\](javascript:x)"),
    ("a\n\n# heading", r"a \# heading"),
    ("Tom & Jerry", r"Tom \& Jerry"),
])
def test_md_escape(raw, escaped):
    assert md_escape(raw) == escaped


def test_markdown_handout(example):
    md = markdown_handout(example)
    assert md.startswith("# Air defence for Ukraine")
    assert "## October 2022\n" in md
    assert "- **late Nov – early Dec 2022**: The first two NASAMS systems are due to arrive " \
           "in Ukraine. *Expected.* Sources: CNN." in md
    assert "  - Sources disagree on the date: DW: 11 Oct · CNN: 10 Oct" in md
    assert "(date inferred)" in md
    assert "<https://example.org/brussels>" in md


def test_markdown_never_links_a_script_url(xss):
    md = markdown_handout(xss)
    assert "javascript:" not in md
    assert "<script>" not in md


def test_icalendar(example):
    ics = icalendar(example)
    assert ics.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert ics.count("BEGIN:VEVENT") == len(example.entries)
    assert "DTSTART;VALUE=DATE:20221121\r\nDTEND;VALUE=DATE:20221211\r\n" in ics
    assert "DTSTAMP:20221012T000000Z" in ics
    assert "STATUS:TENTATIVE" in ics
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))


@pytest.mark.parametrize("raw, escaped", [
    ("a, b; c", r"a\, b\; c"),
    ("line\nnext", r"line\nnext"),
    ("back\\slash", r"back\\slash"),
])
def test_ics_text(raw, escaped):
    assert ics_text(raw) == escaped


def test_fold_keeps_characters_whole():
    line = "SUMMARY:" + "é" * 60
    folded = fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_graph_exports_read_back(example, tmp_path):
    files = render_exports(example)
    assert b"lastmodifieddate" not in files["actors.gexf"]
    (tmp_path / "a.gexf").write_bytes(files["actors.gexf"])
    (tmp_path / "a.graphml").write_bytes(files["actors.graphml"])
    for graph in (nx.read_gexf(tmp_path / "a.gexf"), nx.read_graphml(tmp_path / "a.graphml")):
        assert graph.number_of_nodes() == 13
        weights = {frozenset((u, v)): int(d["weight"]) for u, v, d in graph.edges(data=True)}
        assert weights[frozenset(("ukraine", "united-states"))] == 4
