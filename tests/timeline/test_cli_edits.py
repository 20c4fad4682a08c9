"""The edit round trip at the command line: build, edit as the page saves, rebuild.

The articles are our own three-line stories about a ferry; the second and third report the
delivery the first does, so their events merge into one entry."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main

FIRST = ("Title: Ferry news\nSource: Harbour Gazette\nDate: 2021-03-10\n\n"
         "Norway on Tuesday delivered the first of three ferries to Iceland, the ministry said.\n"
         "The second ferry will follow next year, officials said.\n"
         "Iceland's parliament approved the purchase in 2019 after a long debate.\n")
SECOND = ("Title: Second ferry plans\nSource: Island Post\nDate: 2021-03-12\n\n"
          "Norway delivered the first of three ferries to Iceland on Tuesday, the ministry said.\n"
          "Iceland will hold a ceremony for the ferry on Saturday, the mayor said.\n")
LATER = ("Title: Ferry ceremony\nSource: North Daily\nDate: 2021-03-15\n\n"
         "Iceland held a ceremony for its new ferry on Saturday, the mayor said.\n"
         "Norway delivered the first ferry to Iceland last Tuesday, officials said.\n")
EARLIER = ("Title: Ceremony planned\nSource: Early Bird\nDate: 2021-03-08\n\n"
           "Iceland will hold a ceremony for the new ferry on Saturday, the mayor said.\n")


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "first.txt").write_text(FIRST, encoding="utf-8")
    (folder / "second.txt").write_text(SECOND, encoding="utf-8")
    return folder


def build(runner, inputs, out, *extra):
    result = runner.invoke(main, ["build", *map(str, inputs), "-o", str(out), *map(str, extra)])
    return result


def events_of(out: Path) -> dict[str, dict]:
    return {e["id"]: e for e in json.loads((out / "events.json").read_text())["events"]}


def find(events: dict, words: str) -> dict:
    return next(e for e in events.values() if words in e["summary"])


def test_ids_are_the_same_on_a_rebuild(runner, articles, tmp_path):
    assert build(runner, [articles], tmp_path / "a").exit_code == 0
    assert build(runner, [articles], tmp_path / "b").exit_code == 0
    assert list(events_of(tmp_path / "a")) == list(events_of(tmp_path / "b"))


def test_ids_survive_an_added_article(runner, articles, tmp_path):
    later = tmp_path / "later.txt"
    later.write_text(LATER, encoding="utf-8")
    assert build(runner, [articles], tmp_path / "before").exit_code == 0
    assert build(runner, [articles, later], tmp_path / "after").exit_code == 0
    before, after = events_of(tmp_path / "before"), events_of(tmp_path / "after")
    assert set(before) <= set(after)
    delivery = find(before, "first of three ferries")
    assert len(after[delivery["id"]]["sources"]) == len(delivery["sources"]) + 1


def test_edit_save_rebuild_round_trip(runner, articles, tmp_path):
    out = tmp_path / "site"
    assert build(runner, [articles], out).exit_code == 0
    events = events_of(out)
    delivery = find(events, "first of three ferries")
    parliament = find(events, "parliament approved")
    follow = find(events, "second ferry")
    edits = tmp_path / "edits.json"  # as the page's "Save my edits" writes it
    edits.write_text(json.dumps({"schema": "timeline-edits/1", "events": {
        parliament["id"]: {"hidden": True},
        delivery["id"]: {"start": "2021-03-08", "end": "2021-03-08",
                         "summary": "Norway hands Iceland its first new ferry",
                         "note": "Compare the two reports", "key": True},
        follow["id"]: {"note": "Check next year's news"},
    }}), encoding="utf-8")
    result = build(runner, [articles], out, "--edits", edits)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    rebuilt = events_of(out)
    assert parliament["id"] not in rebuilt
    changed = rebuilt[delivery["id"]]
    assert (changed["start"], changed["end"], changed["label"]) == ("2021-03-08", "2021-03-08",
                                                                   "8 Mar 2021")
    assert changed["summary"] == "Norway hands Iceland its first new ferry"
    assert (changed["edited"], changed["key"], changed["note"]) == (True, True,
                                                                   "Compare the two reports")
    assert rebuilt[follow["id"]]["edited"] is True
    assert rebuilt[follow["id"]]["summary"] == follow["summary"]
    untouched = [e for i, e in rebuilt.items() if i not in (delivery["id"], follow["id"])]
    assert untouched and not any(e["edited"] for e in untouched)
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "Norway hands Iceland its first new ferry" in page
    assert parliament["summary"] not in page
    starts = [e["start"] for e in json.loads((out / "events.json").read_text())["events"]]
    assert starts == sorted(starts)


def test_edits_survive_an_earlier_article_joining_the_event(runner, articles, tmp_path):
    """An article published before the first one reports the ceremony too: the entry's id
    is now the earlier report's, and the edit keyed by the old id still finds it."""
    out = tmp_path / "site"
    assert build(runner, [articles], out).exit_code == 0
    ceremony = find(events_of(out), "ceremony")
    edits = tmp_path / "edits.json"
    edits.write_text(json.dumps({"schema": "timeline-edits/1",
                                 "events": {ceremony["id"]: {"note": "Who came?"}}}))
    earlier = tmp_path / "earlier.txt"
    earlier.write_text(EARLIER, encoding="utf-8")
    result = build(runner, [articles, earlier], out, "--edits", edits)
    assert result.exit_code == 0 and result.stderr == "", result.output
    joined = find(events_of(out), "ceremony")
    assert len(joined["sources"]) == 2
    assert joined["id"] != ceremony["id"]   # the earlier report names it now
    assert joined["note"] == "Who came?"


def test_an_edit_whose_event_is_gone_is_named(runner, articles, tmp_path):
    edits = tmp_path / "edits.json"
    edits.write_text(json.dumps({"schema": "timeline-edits/1", "events": {
        "ev-000000000000": {"hidden": True}, "ev-111111111111": {"summary": "Mine"}}}))
    result = build(runner, [articles], tmp_path / "site", "--edits", edits)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"{edits}: no event ev-000000000000 (hidden) in this build; that edit was not applied",
        f"{edits}: no event ev-111111111111 (summary 'Mine') in this build; that edit was not applied",
    ]


@pytest.mark.parametrize("content, message", [
    ("{not json", "not JSON (line 1, column 2: Expecting property name enclosed in double quotes)"),
    ('{"schema": "timeline/1", "events": {}}',
     "not an edits file (schema 'timeline/1', expected 'timeline-edits/1')"),
    ('["a"]', 'not an edits file (expected an object with "schema": "timeline-edits/1")'),
    ('{"schema": "timeline-edits/1", "events": {"ev-1": {"start": "12/10/2022"}}}',
     "event ev-1: start '12/10/2022' is not a date in the form YYYY-MM-DD"),
    ('{"schema": "timeline-edits/1", "events": {"ev-1": {"end": "2022-02-30"}}}',
     "event ev-1: end '2022-02-30' is not a date in the form YYYY-MM-DD"),
    ('{"schema": "timeline-edits/1", "events": {"ev-1": {"hidden": "yes"}}}',
     "event ev-1: hidden must be true or false, not 'yes'"),
    ('{"schema": "timeline-edits/1", "events": {"ev-1": {"start": "2022-10-12", "end": "2022-10-01"}}}',
     "event ev-1: end 2022-10-01 is before start 2022-10-12"),
    ('{"schema": "timeline-edits/1", "events": []}',
     '"events" must be an object of event id to edit'),
])
def test_a_bad_edits_file_is_a_named_error_and_nothing_is_written(runner, articles, tmp_path,
                                                                  content, message):
    edits = tmp_path / "edits.json"
    edits.write_text(content, encoding="utf-8")
    out = tmp_path / "site"
    result = build(runner, [articles], out, "--edits", edits)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {edits}: {message}\n"
    assert not out.exists()


def test_a_missing_edits_file_is_named(runner, articles, tmp_path):
    result = build(runner, [articles], tmp_path / "site", "--edits", tmp_path / "nope.json")
    assert result.stderr == f"Error: {tmp_path / 'nope.json'}: no such file\n"
    assert not (tmp_path / "site").exists()


def test_an_edited_events_csv_is_accepted(runner, articles, tmp_path):
    """As a spreadsheet saves it: semicolons, the Windows code page, a hidden column added,
    one summary changed in one of the event's rows."""
    out = tmp_path / "site"
    assert build(runner, [articles], out).exit_code == 0
    text = (out / "events.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    parliament = next(r for r in rows if "parliament approved" in r["summary"])
    delivery = [r for r in rows if "first of three ferries" in r["summary"]]
    assert len(delivery) == 2    # one row per source
    delivery[1]["summary"] = "Norway hands over the first ferry (caf\u00e9 talk)"
    delivery[1]["note"] = "Two outlets"
    for row in rows:
        row["hidden"] = "yes" if row is parliament else ""
    edited = io.StringIO()
    writer = csv.DictWriter(edited, fieldnames=[*rows[0].keys()], delimiter=";",
                            lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    sheet = tmp_path / "events.csv"
    sheet.write_bytes(edited.getvalue().encode("cp1252"))
    result = build(runner, [articles], out, "--edits", sheet)
    assert result.exit_code == 0 and result.stderr == "", result.output
    rebuilt = events_of(out)
    assert parliament["id"] not in rebuilt
    changed = rebuilt[delivery[0]["id"]]
    assert changed["summary"] == "Norway hands over the first ferry (caf\u00e9 talk)"
    assert changed["note"] == "Two outlets" and changed["edited"] is True
    assert sum(e["edited"] for e in rebuilt.values()) == 1


def test_a_csv_with_a_spreadsheet_date_is_a_named_error(runner, articles, tmp_path):
    sheet = tmp_path / "events.csv"
    sheet.write_text("id,start,end\nev-1,10/03/2021,2021-03-10\n", encoding="utf-8")
    result = build(runner, [articles], tmp_path / "site", "--edits", sheet)
    assert result.stderr == (f"Error: {sheet}: row 2: start '10/03/2021' is not a date in "
                             "the form YYYY-MM-DD (a spreadsheet may have rewritten the dates: "
                             "format the start and end columns as text before saving, or use "
                             "the page's edits.json)\n")
    assert not (tmp_path / "site").exists()


def test_events_json_paths_are_relative_to_what_was_given(runner, articles, tmp_path):
    out = tmp_path / "site"
    assert build(runner, [articles.absolute()], out).exit_code == 0
    paths = [a["path"] for a in json.loads((out / "events.json").read_text())["articles"]]
    assert sorted(paths) == ["first.txt", "second.txt"]
    assert str(tmp_path) not in (out / "index.html").read_text(encoding="utf-8")


def test_build_help_shows_examples_and_every_file_written(runner, timelines):
    from output.page import render_files

    result = runner.invoke(main, ["build", "--help"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    examples = [line.strip() for line in lines if line.strip().startswith("timeline build ")]
    assert len(examples) >= 5
    assert any("--edits edits.json" in line for line in examples)
    written = sorted(render_files(timelines.example_timeline()))
    listed = sorted(line.split()[0] for line in lines[lines.index("  Files it writes into the -o folder:") + 1:]
                    if line.startswith("    ") and "." in line.split()[0])
    assert listed == written
