"""events.json (DESIGN.md's contract) and the other exports."""
from __future__ import annotations

import csv
import dataclasses
import io
import zipfile
import json

from datetime import date

import networkx as nx
import pytest

from events.models import Interval
from events.temporal.interval import interval_of
from output.calendar import fold, ics_text, icalendar
from output.exports import (CSV_COLUMNS, EXPORT_NAMES, events_csv, events_json,
                            markdown_handout, md_escape, render_exports, timelinejs_json)

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


def test_csv_has_one_row_per_event_and_source(example):
    rows = list(csv.DictReader(io.StringIO(events_csv(example))))
    assert len(rows) == sum(len(e.sources) for e in example.entries)
    iris = [r for r in rows if r["id"] == "iris-t-first"]
    assert [r["source"] for r in iris] == ["DW", "CNN"]
    assert iris[0]["date_conflict"] == "DW: 11 Oct · CNN: 10 Oct"
    assert iris[0]["actors"] == "Germany; Ukraine; Christine Lambrecht"
    assert iris[0]["article_title"] == "Allies weigh more air defence for Ukraine in Brussels"
    assert iris[0]["url"] == "https://example.org/brussels"
    assert iris[0]["published"] == "2022-10-12"
    assert iris[0]["quote"] == "Berlin handed Kyiv the first of four IRIS-T systems on Tuesday."
    assert iris[1]["quote"].startswith("Lambrecht wrote")


def test_csv_file_starts_with_a_bom_for_excel(example):
    raw = render_exports(example)["events.csv"]
    assert raw.startswith("\ufeff".encode("utf-8") + b"id,date,")
    assert raw.decode("utf-8-sig").splitlines()[0].split(",") == list(CSV_COLUMNS)


def test_csv_cells_cannot_be_formulas(timelines):
    base = timelines.example_timeline()
    entry = base.entries[0]
    bad = dataclasses.replace(entry, summary='=HYPERLINK("http://x")')
    timeline = type(base)(base.title, base.articles, base.actors, (bad,))
    row = list(csv.DictReader(io.StringIO(events_csv(timeline))))[0]
    assert row["summary"].startswith("'=")


@pytest.mark.parametrize(("column", "payload"), [
    ("actors", "=cmd|' /C calc'!A0"),
    ("source", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("date_conflict", "+1+cmd|' /C calc'!A0"),
    ("summary", "-1+cmd|' /C calc'!A0"),
    ("quote", "=HYPERLINK(\"http://x\")"),
    ("article_title", "@SUM(1)"),
    ("url", "=IMPORTXML(\"http://x\")"),
    ("time_text", "\t=1+1"),
])
def test_csv_cells_from_articles_cannot_be_formulas(timelines, column, payload):
    """Actor names, the articles' sources (also in the conflict) and summaries all come
    from article text."""
    base = timelines.example_timeline()
    entry = next(e for e in base.entries if e.id == "iris-t-first")
    cited = {s.article for s in entry.sources}
    if column in ("quote", "time_text"):
        entry = dataclasses.replace(entry, sources=tuple(
            dataclasses.replace(s, **{column: payload}) for s in entry.sources))
    if column in ("article_title", "url"):
        field = "title" if column == "article_title" else "url"
        base = type(base)(base.title, tuple(dataclasses.replace(a, **{field: payload})
                                            for a in base.articles), base.actors, base.entries)
    actors = tuple(dataclasses.replace(a, name=payload) if column == "actors" else a
                   for a in base.actors)
    articles = tuple(dataclasses.replace(a, source=payload)
                     if column in ("source", "date_conflict") and a.id in cited else a
                     for a in base.articles)
    if column == "summary":
        entry = dataclasses.replace(entry, summary=payload)
    timeline = type(base)(base.title, articles, actors, (entry,))
    row = list(csv.DictReader(io.StringIO(events_csv(timeline))))[0]
    assert row[column].startswith("'" + " ".join(payload.split()))


def test_timelinejs_escapes_html(xss, timelines):
    text = json.dumps(timelinejs_json(xss))
    assert timelines.SCRIPT not in text and timelines.IMG not in text
    assert "&lt;script&gt;" in text


def test_timelinejs_events_sit_at_their_interval(example):
    events = {e["unique_id"]: e for e in timelinejs_json(example)["events"]}
    ramstein = events["ramstein-summit"]
    assert ramstein["start_date"] == {"year": 2022, "month": 4, "day": 1,
                                      "display_date": "April 2022"}
    assert ramstein["end_date"] == {"year": 2022, "month": 4, "day": 30}
    arrive = events["nasams-arrive"]
    assert (arrive["start_date"]["month"], arrive["start_date"]["day"]) == (11, 21)
    assert arrive["display_date"] == "late Nov – early Dec 2022"
    assert events["iris-t-first"]["end_date"] == {"year": 2022, "month": 10, "day": 11}


@pytest.mark.parametrize("rule, value, mod, start, end", [
    ("season at its first month", "2022-SU", None, (2022, 6, 1), (2022, 8, 31)),
    ("mid decade inside the decade", "195", "MID", (1953, 5, 2), (1956, 8, 30)),
    ("century", "19", None, (1900, 1, 1), (1999, 12, 31)),
    ("late year", "2022", "END", (2022, 9, 1), (2022, 12, 31)),
])
def test_timelinejs_coarse_dates_are_not_put_on_1_january(example, rule, value, mod, start, end):
    entry = dataclasses.replace(example.entries[0], when=interval_of(value, mod), timex=value)
    timeline = dataclasses.replace(example, entries=(entry,))
    (item,) = timelinejs_json(timeline)["events"]
    got_start = tuple(item["start_date"][k] for k in ("year", "month", "day"))
    got_end = tuple(item["end_date"][k] for k in ("year", "month", "day"))
    assert (got_start, got_end) == (start, end), rule


def test_timelinejs_vague_window_sits_after_the_article(example):
    when = Interval(date(2022, 10, 13), date(2022, 12, 11), "vague", "AFTER", True)
    entry = dataclasses.replace(example.entries[0], when=when, timex="FUTURE_REF")
    (item,) = timelinejs_json(dataclasses.replace(example, entries=(entry,)))["events"]
    assert item["start_date"]["day"] == 13 and item["end_date"]["month"] == 12
    assert item["display_date"] == "in the weeks after 12 Oct 2022"


def test_timelinejs_every_event_has_a_named_group(example):
    groups = [e["group"] for e in timelinejs_json(example)["events"]]
    assert all(groups)
    assert set(groups) == {"Happened", "Planned", "Expected"}


def test_timelinejs_slide_carries_the_conflict_quotes_and_sources(example):
    events = {e["unique_id"]: e for e in timelinejs_json(example)["events"]}
    text = events["iris-t-first"]["text"]["text"]
    assert "Sources disagree on the date: DW: 11 Oct · CNN: 10 Oct." in text
    assert "&ldquo;Berlin handed Kyiv the first of four IRIS-T systems on Tuesday.&rdquo;" in text
    assert '<a href="https://example.org/brussels">Allies weigh more air defence' in text
    assert events["nuclear-session"]["text"]["text"].startswith("<p><strong>Planned.</strong>")
    assert all(e["autolink"] is False for e in events.values())


def test_timelinejs_background_era(example):
    old = dataclasses.replace(example.entries[0], id="old", when=interval_of("1969"),
                              timex="1969")
    timeline = dataclasses.replace(example, entries=(old, *example.entries))
    eras = timelinejs_json(timeline)["eras"]
    assert [e["text"]["headline"] for e in eras] == ["Background", "The story"]
    assert eras[0]["start_date"]["year"] == 1969 and eras[0]["end_date"]["year"] == 1969
    assert eras[1]["start_date"] == {"year": 2022, "month": 4, "day": 1}
    assert "eras" not in timelinejs_json(example)   # nothing far before the articles


def _strings(data):
    if isinstance(data, dict):
        for v in data.values():
            yield from _strings(v)
    elif isinstance(data, list):
        for v in data:
            yield from _strings(v)
    elif isinstance(data, str):
        yield data


def test_timelinejs_escapes_every_text_field(xss, timelines):
    for text in _strings(timelinejs_json(xss)):
        assert timelines.SCRIPT not in text and timelines.IMG not in text, text
        assert "<script" not in text.lower() and "<img" not in text.lower(), text
        assert "javascript:" not in text, text
    assert "&lt;script&gt;" in json.dumps(timelinejs_json(xss))


@pytest.mark.parametrize("raw, escaped", [
    ("<script>x</script>", r"&lt;script\>x&lt;/script\>"),
    ("*bold* _it_ [link](javascript:x)", r"\*bold\* \_it\_ \[link\](javascript:x)"),
    ("a\n\n# heading", r"a \# heading"),
    ("Tom & Jerry", "Tom & Jerry"),
    ("&amp; &#60;", r"&amp;amp; &amp;\#60;"),
    ("a < b", "a < b"),
    ("`code` \\", r"\`code\` \\"),
])
def test_md_escape(raw, escaped):
    assert md_escape(raw) == escaped


def test_markdown_handout(example):
    md = markdown_handout(example)
    assert md.startswith("# Air defence for Ukraine")
    assert "## October 2022\n" in md
    assert "\n**late Nov – early Dec 2022**: The first two NASAMS systems are due to arrive " \
           "in Ukraine. *Expected.*\n" in md
    assert "\nSources disagree on the date: DW: 11 Oct · CNN: 10 Oct.\n" in md
    assert "\n- “The first two systems should arrive by the end of November or early " \
           "December, the Pentagon said.” — CNN, *Top US general wants a joined-up " \
           "missile shield for Ukraine*, 12 Oct 2022\n" in md
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


@pytest.mark.parametrize("length", [0, 74, 75, 76, 149, 150, 400])
def test_fold_cuts_an_ascii_line_at_75_then_74_octets(length):
    line = ("SUMMARY:" + "x" * length)[:max(length, 1)]
    parts = fold(line).split("\r\n ")
    assert "".join(parts) == line
    assert len(parts[0]) == min(len(line), 75) and all(len(p) <= 74 for p in parts[1:])
    assert all(parts) or line == ""


def test_graph_exports_read_back(example, tmp_path):
    files = render_exports(example)
    assert b"lastmodifieddate" not in files["actors.gexf"]
    (tmp_path / "a.gexf").write_bytes(files["actors.gexf"])
    (tmp_path / "a.graphml").write_bytes(files["actors.graphml"])
    for graph in (nx.read_gexf(tmp_path / "a.gexf"), nx.read_graphml(tmp_path / "a.graphml")):
        assert graph.number_of_nodes() == 13
        weights = {frozenset((u, v)): int(d["weight"]) for u, v, d in graph.edges(data=True)}
        assert weights[frozenset(("ukraine", "united-states"))] == 4


def test_events_json_carries_the_teachers_edits(example):
    entry = dataclasses.replace(example.entries[0], edited=True, note="Ask the class why",
                                key=True)
    (ev,) = events_json(dataclasses.replace(example, entries=(entry,)))["events"]
    assert (ev["edited"], ev["note"], ev["key"]) == (True, "Ask the class why", True)
    plain = events_json(example)["events"][0]
    assert (plain["edited"], plain["note"], plain["key"]) == (False, "", False)


@pytest.mark.parametrize("rule, paths, shown", [
    ("relative paths stay as typed", ["notes/a.txt", "b.txt"], ["notes/a.txt", "b.txt"]),
    ("absolute paths relative to the folder they share",
     ["/home/teacher/articles/a.txt", "/home/teacher/articles/week 2/b.txt"],
     ["a.txt", "week 2/b.txt"]),
    ("one absolute file is its name", ["/home/teacher/a.txt"], ["a.txt"]),
    ("no path (stdin, a URL)", [None], [None]),
])
def test_events_json_paths_are_relative(example, rule, paths, shown):
    articles = tuple(dataclasses.replace(example.articles[0], id=f"a{i}", path=p)
                     for i, p in enumerate(paths))
    data = events_json(dataclasses.replace(example, articles=articles))
    assert [a["path"] for a in data["articles"]] == shown, rule


def test_no_export_holds_an_absolute_path(example):
    from events.models import InputProblem
    articles = (dataclasses.replace(example.articles[0], path="/home/teacher/news/a.txt"),
                dataclasses.replace(example.articles[1], path="/home/teacher/news/b/c.txt"))
    timeline = dataclasses.replace(example, articles=articles,
                                   problems=(InputProblem("/home/teacher/news/bad.txt", "binary file, not text"),))
    for name, content in render_exports(timeline).items():
        if name.endswith(".docx"):
            with zipfile.ZipFile(io.BytesIO(content)) as z:
                content = b"".join(z.read(n) for n in z.namelist())
        assert b"/home/teacher" not in content, name
    data = events_json(timeline)
    assert data["problems"][0]["path"] == "bad.txt"


@pytest.mark.parametrize("start, end", [(date(1, 1, 1), date(1, 1, 1)),
                                        (date(9999, 12, 31), date(9999, 12, 31)),
                                        (date(1, 1, 1), date(9999, 12, 31))])
def test_every_export_renders_the_calendars_ends(example, start, end):
    """A date a teacher typed at either end of the calendar renders in every export
    (no OverflowError from a day after the last or before the first)."""
    entry = dataclasses.replace(example.entries[0], when=Interval(start, end, "day"), timex="")
    files = render_exports(dataclasses.replace(example, entries=(entry, *example.entries[1:])))
    assert "DTSTART;VALUE=DATE:" in files["calendar.ics"].decode()
    assert json.loads(files["timelinejs.json"])["events"]


def test_a_headline_source_is_marked_and_escaped(tmp_path):
    from events.options import Options
    from output.exports import events_json
    from output.handout import markdown_handout
    from output.page import render_page
    from timeline.build import build_timeline

    (tmp_path / "a.txt").write_text(
        "Title: Harbour board approves <b>new</b> ferry pier\nDate: 2031-03-05\n\n"
        "The harbour board on Tuesday approved a new ferry pier for the town.\n")
    timeline = build_timeline([str(tmp_path / "a.txt")], Options())
    sources = [s for e in events_json(timeline)["events"] for s in e["sources"]]
    (head,) = [s for s in sources if s["part"] == "title"]
    assert head["quote"] == "Harbour board approves <b>new</b> ferry pier"
    assert {s["part"] for s in sources} == {"title", "text"}
    page = render_page(timeline)
    assert "<b>new</b>" not in page and "\\u003cb\\u003enew" in page
    assert "<b>new</b>" not in markdown_handout(timeline)
