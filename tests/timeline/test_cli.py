"""The command line as a user meets it: exact messages, exit statuses, files left behind."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main

GOOD = ("Title: Ferry news\nSource: Harbour Gazette\nDate: 2021-03-10\n\n"
        "Norway on Tuesday delivered the first of three ferries to Iceland, the ministry said.\n"
        "The second ferry will follow next year, officials said.\n")
LATIN1 = "Caf\u00e9 owners in Lyon protested on Monday against the new tax.\n".encode("latin-1")


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def mixed(tmp_path):
    """A folder with one good article, a latin-1 one, and three bad inputs."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "latin.txt").write_bytes(b"Date: 2021-03-10\n\n" + LATIN1)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "nothing.html").write_text("<html><head><title>x</title></head>"
                                         "<body><nav>Home</nav></body></html>")
    return folder


def test_build_reports_each_bad_input_once_and_builds_the_rest(runner, mixed, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(mixed), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{out / 'index.html'}\n"
    assert sorted(result.stderr.splitlines()) == [
        f"skipped {mixed / 'blob.txt'}: binary file, not text",
        f"skipped {mixed / 'empty.txt'}: empty file",
        f"skipped {mixed / 'nothing.html'}: no article text found in the page",
    ]
    data = json.loads((out / "events.json").read_text())
    assert len(data["articles"]) == 2
    assert any("Norway delivered" in e["summary"] for e in data["events"])
    assert any("Caf\u00e9 owners" in s["quote"] for e in data["events"] for s in e["sources"])


def test_build_fails_when_nothing_could_be_read(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(empty), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: no input could be read ({empty}: empty file)\n"
    assert not out.exists()


def test_missing_file_is_named(runner, tmp_path):
    result = runner.invoke(main, ["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: no input could be read ({tmp_path / 'nope.txt'}: file not found)\n"


def test_build_needs_an_input(runner, tmp_path):
    result = runner.invoke(main, ["build", "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert result.stderr.endswith("Error: give at least one INPUT, or --db CORPUS\n")


def test_bad_published_date_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(main, ["build", "x.txt", "-o", str(tmp_path), "--published", "12/10/2022"])
    assert result.exit_code == 2
    assert "Invalid value for '--published': '12/10/2022' is not a date in the form YYYY-MM-DD" \
        in result.stderr


def test_build_refuses_a_folder_of_other_files(runner, mixed, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("my own notes")
    result = runner.invoke(main, ["build", str(mixed / "good.txt"), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {out}: folder is not empty and holds no earlier timeline "
                             "(no events.json with a timeline schema); choose a new or empty folder\n")
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]
    assert (out / "notes.txt").read_text() == "my own notes"


def test_build_again_replaces_an_earlier_build(runner, mixed, tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(mixed / "good.txt"), "-o", str(out)]).exit_code == 0
    first = (out / "events.json").read_bytes()
    assert runner.invoke(main, ["build", str(mixed / "good.txt"), "-o", str(out)]).exit_code == 0
    assert (out / "events.json").read_bytes() == first


def test_published_option_dates_an_undated_article(runner, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Norway on Tuesday delivered the first of three ferries to Iceland.\n")
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(article), "-o", str(out), "--published", "2021-03-10"])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "events.json").read_text())
    assert (data["articles"][0]["published"], data["articles"][0]["published_from"]) == ("2021-03-10", "user")
    assert [e["start"] for e in data["events"]] == ["2021-03-09"]


def test_stdin_is_read_with_a_dash(runner, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", "-", "-o", str(out)], input=GOOD)
    assert result.exit_code == 0, result.output
    assert json.loads((out / "events.json").read_text())["articles"][0]["title"] == "Ferry news"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_missing_recognizer_is_one_error_not_a_problem_per_article(runner, mixed, tmp_path,
                                                                      monkeypatch, jobs):
    from events.actors import NerUnavailable, spacy_backend

    def missing():
        raise NerUnavailable("--ner spacy needs spaCy, which is not installed")

    monkeypatch.setattr(spacy_backend, "pipeline", missing)
    result = runner.invoke(main, ["build", str(mixed / "good.txt"), str(mixed / "latin.txt"),
                                  "--ner", "spacy", "--jobs", jobs, "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == "Error: --ner spacy needs spaCy, which is not installed\n"
    assert not (tmp_path / "out").exists()


def test_tag_prints_timex3(runner, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The ferry left on Tuesday & came back next year.")
    result = runner.invoke(main, ["tag", "--dct", "2021-03-10", str(article)])
    assert result.exit_code == 0, result.output
    assert 'value="2021-03-09">Tuesday</TIMEX3>' in result.stdout
    assert 'value="2022">next year</TIMEX3>' in result.stdout
    assert "&amp;" in result.stdout


def test_tag_names_a_missing_file(runner, tmp_path):
    missing = tmp_path / "nope.txt"
    result = runner.invoke(main, ["tag", "--dct", "2021-03-10", str(missing)])
    assert result.exit_code == 2
    assert result.stderr.endswith(f"Error: Invalid value for '[FILE]': File '{missing}' does not exist.\n")


def test_tag_needs_file_or_timeml(runner):
    result = runner.invoke(main, ["tag"])
    assert result.exit_code == 2
    assert result.stderr.endswith("Error: give either FILE (with --dct) or --timeml IN.tml\n")


@pytest.mark.parametrize("command", ["build", "add", "tag"])
def test_every_command_has_help(runner, command):
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) > 5


def test_every_command_is_in_the_readme():
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    for command in main.commands:
        assert f"timeline {command}" in readme, command


def test_tag_refuses_a_binary_file(runner, tmp_path):
    blob = tmp_path / "scan.txt"
    blob.write_bytes(bytes(range(256)) * 4)
    result = runner.invoke(main, ["tag", "--dct", "2021-03-10", str(blob)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {blob}: binary file, not text\n"


def test_tag_reads_latin1_text_as_ingest_does(runner, tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes("Caf\u00e9 owners protested on Monday.".encode("latin-1"))
    result = runner.invoke(main, ["tag", "--dct", "2021-03-10", str(article)])
    assert result.exit_code == 0
    assert result.stdout.startswith("Caf\u00e9 owners protested on ")


def test_an_article_not_in_english_is_named_on_stderr(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "hafen.txt").write_text(
        "Date: 2021-03-10\n\nDie Stadt hat am Dienstag eine neue F\u00e4hre f\u00fcr den Hafen gekauft. "
        "Der B\u00fcrgermeister sagte, dass die F\u00e4hre im Sommer in Betrieb gehen wird. Die Kosten "
        "sind nach Angaben der Verwaltung h\u00f6her als geplant, aber der Rat hat den Kauf mit "
        "gro\u00dfer Mehrheit beschlossen, und auch die B\u00fcrger sind mit der Entscheidung zufrieden.\n",
        encoding="utf-8")
    result = runner.invoke(main, ["build", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert (f"note {folder / 'hafen.txt'}: written in German (de), not English: no events read "
            "from it") in result.stderr
