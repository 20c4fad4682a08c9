"""timeline.edits: reading an edits file and applying it, one rule per test."""
from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from events.models import Interval
from timeline.edits import Edit, Edits, EditsError, apply_edits, hand_interval, read_edits

D = date


@pytest.fixture
def example(timelines):
    return timelines.example_timeline()


def edits(**events) -> Edits:
    return Edits("edits.json", tuple((k.replace("_", "-"), (v,)) for k, v in events.items()))


@pytest.mark.parametrize("rule, start, end, granularity, timex", [
    ("one day", D(2022, 10, 12), D(2022, 10, 12), "day", "2022-10-12"),
    ("a whole month", D(2022, 4, 1), D(2022, 4, 30), "month", "2022-04"),
    ("whole months", D(2022, 11, 1), D(2022, 12, 31), "month", ""),
    ("a whole year", D(2023, 1, 1), D(2023, 12, 31), "year", "2023"),
    ("a span of days", D(2022, 10, 10), D(2022, 10, 11), "day", ""),
])
def test_hand_interval(rule, start, end, granularity, timex):
    when, value = hand_interval(start, end)
    assert (when.start, when.end, when.granularity, value) == (start, end, granularity, timex), rule


def test_hidden_entry_is_left_out_with_actors_only_it_had(example):
    applied = apply_edits(example, edits(biden_call=Edit(hidden=True)))
    assert "biden-call" not in [e.id for e in applied.timeline.entries]
    assert applied.hidden == 1
    actor_ids = {a.id for a in applied.timeline.actors}
    assert "joe-biden" not in actor_ids and "ukraine" in actor_ids


def test_a_start_alone_makes_the_date_that_day_and_drops_the_conflict(example):
    applied = apply_edits(example, edits(iris_t_first=Edit(start=D(2022, 10, 9))))
    entry = next(e for e in applied.timeline.entries if e.id == "iris-t-first")
    assert entry.when == Interval(D(2022, 10, 9), D(2022, 10, 9), "day")
    assert entry.conflict is None and entry.edited


def test_edited_entries_move_to_their_new_place(example):
    applied = apply_edits(example, edits(iris_t_three_more=Edit(start=D(2022, 1, 5))))
    assert applied.timeline.entries[0].id == "iris-t-three-more"


def test_values_equal_to_the_built_ones_are_no_edit(example):
    entry = example.entries[0]
    applied = apply_edits(example, edits(ramstein_summit=Edit(
        summary=entry.summary, start=entry.when.start, end=entry.when.end, key=False, note="")))
    assert applied.edited == 0
    assert applied.timeline.entries[0] == entry


def test_an_edit_finds_its_entry_by_a_merged_member(example):
    entry = dataclasses.replace(example.entries[0], members=("ev-old", "ramstein-summit"))
    timeline = dataclasses.replace(example, entries=(entry, *example.entries[1:]))
    applied = apply_edits(timeline, Edits("e.json", (("ev-old", (Edit(key=True),)),)))
    assert applied.timeline.entries[0].key and applied.missing == ()


def test_missing_edits_are_named_with_what_they_did(example):
    applied = apply_edits(example, Edits("e.json", (("gone", (Edit(hidden=True, note="x"),)),)))
    assert applied.messages("e.json") == [
        "e.json: no event gone (hidden; note 'x') in this build; that edit was not applied"]


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_json_unknown_fields_are_warned_about(tmp_path):
    path = write(tmp_path, "edits.json", json.dumps(
        {"schema": "timeline-edits/1", "events": {"ev-1": {"colour": "red", "key": True}}}))
    result = read_edits(path)
    assert result.events == (("ev-1", (Edit(key=True),)),)
    assert result.warnings == (f"{path}: event ev-1: unknown field 'colour' ignored "
                               "(known: hidden, start, end, summary, note, key)",)


def test_json_with_a_bom_is_read(tmp_path):
    path = write(tmp_path, "edits.json", b"\xef\xbb\xbf" + json.dumps(
        {"schema": "timeline-edits/1", "events": {"ev-1": {"hidden": True}}}).encode())
    assert read_edits(path).events == (("ev-1", (Edit(hidden=True),)),)


@pytest.mark.parametrize("rule, header, row", [
    ("comma", "id,summary,hidden", "ev-1,New words,yes"),
    ("semicolon (Excel where a comma is the decimal mark)", "id;summary;hidden", "ev-1;New words;yes"),
    ("tab", "id\tsummary\thidden", "ev-1\tNew words\tTRUE"),
])
def test_csv_separators(tmp_path, rule, header, row):
    result = read_edits(write(tmp_path, "events.csv", f"\ufeff{header}\r\n{row}\r\n"))
    assert result.events == (("ev-1", (Edit(hidden=True, summary="New words", row=2),)),), rule


def test_csv_formula_guard_is_undone(tmp_path):
    result = read_edits(write(tmp_path, "events.csv", "id,summary\nev-1,'=1+1 is two\n"))
    assert result.events[0][1][0].summary == "=1+1 is two"


def test_csv_flag_that_is_neither_yes_nor_no(tmp_path):
    path = write(tmp_path, "events.csv", "id,hidden\nev-1,perhaps\n")
    with pytest.raises(EditsError, match=r"row 2: hidden 'perhaps' is neither yes nor no"):
        read_edits(path)


def test_csv_without_an_id_column(tmp_path):
    path = write(tmp_path, "events.csv", "date,summary\n12 Oct,x\n")
    with pytest.raises(EditsError, match=r'not a CSV with an "id" column'):
        read_edits(path)


def test_a_binary_file_is_named(tmp_path):
    path = write(tmp_path, "edits.json", b"\x00\x01\x02")
    with pytest.raises(EditsError, match="binary file, not an edits file"):
        read_edits(path)


def test_csv_rows_of_one_event_give_the_value_that_changed(example):
    entry = next(e for e in example.entries if e.id == "iris-t-first")
    rows = (Edit(summary=entry.summary, row=2), Edit(summary="Fixed words", row=3))
    applied = apply_edits(example, Edits("events.csv", (("iris-t-first", rows),)))
    assert next(e for e in applied.timeline.entries if e.id == "iris-t-first").summary == "Fixed words"




def test_a_summary_the_csv_wrote_with_its_spaces_collapsed_is_no_edit(example):
    entry = dataclasses.replace(example.entries[0], summary="Two  spaces\nand a line")
    timeline = dataclasses.replace(example, entries=(entry,))
    applied = apply_edits(timeline, Edits("events.csv", ((entry.id, (Edit(
        summary="Two spaces and a line", row=2),)),)))
    assert applied.edited == 0
