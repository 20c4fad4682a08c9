"""``timeline add`` and ``timeline build --db``: the incremental corpus from the command line."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main

CORPUS = Path(__file__).parents[1] / "fixtures" / "timeline" / "corpus"


@pytest.fixture
def runner():
    return CliRunner()


def test_add_then_add_again_is_a_no_op(runner, tmp_path):
    db = tmp_path / "c.sqlite"
    first = runner.invoke(main, ["add", str(CORPUS), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert first.stdout == "added 3 articles, 0 already in the corpus, 0 re-read\n"
    again = runner.invoke(main, ["add", str(CORPUS), "--db", str(db)])
    assert again.stdout == "added 0 articles, 3 already in the corpus, 0 re-read\n"


def test_build_from_the_corpus_matches_a_direct_build(runner, tmp_path):
    db = tmp_path / "c.sqlite"
    runner.invoke(main, ["add", str(CORPUS / "harbour-vote.txt"), "--db", str(db)])
    runner.invoke(main, ["add", str(CORPUS / "harbour-tender.txt"),
                         str(CORPUS / "harbour-undated.txt"), "--db", str(db)])
    stored = runner.invoke(main, ["build", "--db", str(db), "-o", str(tmp_path / "a")])
    direct = runner.invoke(main, ["build", str(CORPUS), "-o", str(tmp_path / "b")])
    assert stored.exit_code == 0 and direct.exit_code == 0, stored.output + direct.output
    a = json.loads((tmp_path / "a" / "events.json").read_text())
    b = json.loads((tmp_path / "b" / "events.json").read_text())
    assert a["events"] == b["events"]
    assert sorted(x["id"] for x in a["articles"]) == sorted(x["id"] for x in b["articles"])


def test_build_with_db_and_inputs_adds_them_first(runner, tmp_path):
    db = tmp_path / "c.sqlite"
    runner.invoke(main, ["add", str(CORPUS / "harbour-vote.txt"), "--db", str(db)])
    result = runner.invoke(main, ["build", str(CORPUS / "harbour-tender.txt"), "--db", str(db),
                                  "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "out" / "events.json").read_text())
    assert len(data["articles"]) == 2


def test_add_names_bad_inputs_and_fails_when_nothing_was_added(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(main, ["add", str(empty), "--db", str(tmp_path / "c.sqlite")])
    assert result.exit_code == 1
    assert result.stderr == f"skipped {empty}: empty file\n"
    assert result.stdout == ("added 0 articles, 0 already in the corpus, 0 re-read, "
                             "1 could not be read\n")


def test_building_from_a_missing_corpus_is_an_error_and_creates_nothing(runner, tmp_path):
    db = tmp_path / "c.sqlite"
    result = runner.invoke(main, ["build", "--db", str(db), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {db}: no such corpus; make one with "
                             f"'timeline add ARTICLES --db {db}'\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_building_an_empty_corpus_is_an_error(runner, tmp_path):
    db = tmp_path / "c.sqlite"
    from timeline.store import Corpus
    with Corpus(db):
        pass
    result = runner.invoke(main, ["build", "--db", str(db), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {db}: the corpus holds no articles yet; "
                             "add some with 'timeline add'\n")


def test_a_file_that_is_not_a_corpus_is_an_error(runner, tmp_path):
    bad = tmp_path / "notes.sqlite"
    shutil.copy(CORPUS / "harbour-vote.txt", bad)
    result = runner.invoke(main, ["add", str(CORPUS), "--db", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bad}: not a timeline corpus (")


def test_build_dates_keeps_that_many_dates(runner, tmp_path):
    result = runner.invoke(main, ["build", str(CORPUS), "--dates", "2", "-o", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    events = json.loads((tmp_path / "o" / "events.json").read_text())["events"]
    assert len({e["start"] for e in events}) == 2


def test_build_from_the_corpus_with_dates(runner, tmp_path):
    db = tmp_path / "c.sqlite"
    runner.invoke(main, ["add", str(CORPUS), "--db", str(db)])
    result = runner.invoke(main, ["build", "--db", str(db), "--dates", "3", "-o", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    events = json.loads((tmp_path / "o" / "events.json").read_text())["events"]
    assert len(events) == 3


def test_corpus_build_dates_undated_articles_as_a_folder_build_does(runner, tmp_path):
    """An undated article that shares sentences (ones that date no event) with a dated one
    is dated by them, from the corpus as from the folder."""
    folder = tmp_path / "in"
    folder.mkdir()
    shared = ("The harbour police watched from the breakwater and made no arrests while the "
              "crowd sang old sea songs until dark.\n\nShopkeepers along the esplanade closed "
              "their shutters early and carried chairs out to watch the fishing boats.")
    (folder / "dated.txt").write_text(
        "Title: Quay blocked\nDate: 2031-03-04\n\n"
        "Fishermen blocked the northern quay of Portville harbour on Tuesday.\n\n" + shared + "\n")
    (folder / "undated.txt").write_text(
        "Title: A night on the quay\n\n" + shared + "\n\nThe ferries kept running to the islands.\n")
    db = tmp_path / "c.sqlite"
    assert runner.invoke(main, ["add", str(folder), "--db", str(db)]).exit_code == 0
    stored = runner.invoke(main, ["build", "--db", str(db), "-o", str(tmp_path / "a")])
    direct = runner.invoke(main, ["build", str(folder), "-o", str(tmp_path / "b")])
    assert stored.exit_code == 0 and direct.exit_code == 0, stored.output + direct.output
    a = json.loads((tmp_path / "a" / "events.json").read_text())
    b = json.loads((tmp_path / "b" / "events.json").read_text())
    dates = lambda d: sorted((x["title"], x["published"], x["published_from"]) for x in d["articles"])  # noqa: E731
    assert dates(b) == [("A night on the quay", "2031-03-04", "inferred"),
                        ("Quay blocked", "2031-03-04", "text")]
    assert dates(a) == dates(b)
