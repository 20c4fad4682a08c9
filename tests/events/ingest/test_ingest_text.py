"""Text specifics: Markdown rules, wire-style datelines, tokenized text, read failures."""
from __future__ import annotations

import errno
import os
import socket
from datetime import date
from pathlib import Path

import pytest

from events.errors import InputError
from events.ingest.fetch import _why
from events.ingest.headers import MARKDOWN_RULES, simplify_markdown
from events.options import Options

from events.dating import date_article
from events.ingest import read_input as _read


def read_input(name, options):
    """Read an input and date it by its own evidence, as a build's first pass does."""
    return date_article(_read(name, options), options.published)


# (rule, markdown, text)
MARKDOWN_CASES = [
    ("image", "Before ![a crane](crane.jpg) after", "Before  after"),
    ("link", "See [the plan](https://example.org/plan) now", "See the plan now"),
    ("heading", "## The vote ##", "The vote"),
    ("bold", "It was **approved** today", "It was approved today"),
    ("italic", "It was *narrowly* approved", "It was narrowly approved"),
    ("rule", "One\n---\nTwo", "One\n\nTwo"),
    ("html-comment", "One <!-- note --> two", "One  two"),
]


def test_every_markdown_rule_has_a_case():
    assert {n for n, _, _ in MARKDOWN_RULES} == {n for n, _, _ in MARKDOWN_CASES}


@pytest.mark.parametrize(("rule", "markdown", "text"), MARKDOWN_CASES)
def test_markdown_rule(rule, markdown, text):
    assert simplify_markdown(markdown) == text


def test_markdown_heading_becomes_title(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text("# Harbour plan approved\n\nThe council met on **Tuesday**.\n")
    article = read_input(str(path), Options())
    assert (article.info.title, article.text) == ("Harbour plan approved",
                                                 "The council met on Tuesday.")
    assert article.info.title_from == "heading"  # the input gave it: a headline


@pytest.mark.parametrize(("text", "title_from"), [
    ("Title: Harbour plan approved\n\nThe council met on Tuesday.\n", "meta"),
    ("The council met on Tuesday to approve the harbour plan.\n", ""),  # first words
])
def test_title_from_says_where_the_title_came_from(tmp_path, text, title_from):
    path = tmp_path / "plan.txt"
    path.write_text(text)
    assert read_input(str(path), Options()).info.title_from == title_from


def test_wire_story_with_headline_and_pipe_dateline(tmp_path):
    text = ("Analysis : Harbour talks stall PORTVILLE | Tue Mar 4 , 2031 6:47 pm EST PORTVILLE "
            "-LRB- Reuters -RRB- - Talks on the harbour stalled on Tuesday , officials said .\n"
            "The board will meet again next week .\n"
            "-LRB- Reporting by Ann Smith ; Editing by Bob Jones -RRB- Our platform is fast\n")
    path = tmp_path / "1.htm.txt"
    path.write_text(text)
    info, body = (a := read_input(str(path), Options())).info, a.text
    assert (info.title, info.source, info.published, info.published_how) == \
        ("Analysis: Harbour talks stall", "Reuters", date(2031, 3, 4), "dateline")
    assert body == ("PORTVILLE (Reuters) - Talks on the harbour stalled on Tuesday, officials "
                    "said.\nThe board will meet again next week.")
    assert info.id.startswith("analysis-harbour-talks-stall-")


def test_month_day_dateline_keeps_place(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("PORTVILLE, March 4 (Reuters) - The board met on Tuesday to plan for 2031.\n")
    article = read_input(str(path), Options())
    assert article.info.published == date(2031, 3, 4)
    assert article.text.startswith("PORTVILLE (Reuters) - The board met")


def test_month_day_dateline_without_a_year_is_kept_as_partial(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("PORTVILLE, March 4 (Reuters) - The board met on Tuesday.\n")
    info = read_input(str(path), Options()).info
    assert (info.published, info.published_from, info.published_partial, info.published_how) \
        == (None, "unknown", "XXXX-03-04", "dateline without a year")


def test_month_day_dateline_takes_its_year_from_published(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("PORTVILLE, Dec 31 (Reuters) - The board met on Tuesday.\n")
    info = read_input(str(path), Options(published=date(2031, 1, 2))).info
    assert (info.published, info.published_from, info.published_how) == \
        (date(2030, 12, 31), "user", "dateline, year from --published")


def test_first_reader_comment_dates_an_undated_story(tmp_path):
    path = tmp_path / "blog.txt"
    path.write_text("The Portville harbour reopened on Monday after three weeks of repairs and "
                    "the first ferry left at noon with two hundred passengers on board.\n"
                    "Great news!!! March 5, 2031 at 6:15 am | Report abuse | About time.\n"
                    "March 4, 2031 at 9:00 pm | Report abuse | A later comment.\n")
    article = read_input(str(path), Options())
    assert (article.info.published, article.info.published_from, article.info.published_how) \
        == (date(2031, 3, 5), "inferred", "first reader comment")
    assert "About time" not in article.text


def test_a_print_note_dates_the_story_and_leaves_its_text(tmp_path):
    path = tmp_path / "column.txt"
    path.write_text("The Portville harbour will reopen by the end of August, the mayor said.\n"
                    "Ferries are waiting. This article appeared on p7 of the Home section of "
                    "the Daily Example on Saturday 17 May 2031 More from our harbour desk\n")
    article = read_input(str(path), Options())
    assert (article.info.published, article.info.published_from, article.info.published_how) \
        == (date(2031, 5, 17), "text", "print note (appeared-in-print)")
    assert "appeared on" not in article.text and "17 May" not in article.text
    assert "Ferries are waiting." in article.text and "harbour desk" in article.text


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("Some text.")

    real_open = os.open

    def refuse(name, *args, **kwargs):  # as root, chmod 0 would not stop the read
        if str(name).endswith("locked.txt"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(InputError) as info:
        read_input(str(path), Options())
    assert info.value.reason == "could not read the file: permission denied"


@pytest.mark.parametrize(("error", "words"), [
    (OSError(errno.ENETUNREACH, "Network is unreachable"), "network unreachable"),
    (OSError(errno.EHOSTUNREACH, "No route to host"), "host unreachable"),
    (ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"), "connection refused"),
    (socket.gaierror(-2, "Name or service not known"), "host not found"),
])
def test_connection_failures_in_words(error, words):
    assert _why(error) == words


@pytest.mark.parametrize("text", [
    "The chief met the harbour board on Monday\nMany say that the board is weak.\n",
    "The chief met the harbour board on Monday \nMany say that , from a distance , it is weak . \n",
])
def test_a_line_break_between_two_sentences_is_kept(tmp_path, text):
    # a caption without a full stop and the next sentence: the reader (plain and
    # tokenized text) keeps their line break, so the sentence splitter parts them
    from events.text.sentences import split_sentences
    path = tmp_path / "story.txt"
    path.write_text("Harbour board\n\n" + text)
    article = read_input(str(path), Options())
    sentences = [article.text[s.start:s.end] for s in split_sentences(article.text)]
    assert sentences[0] == "The chief met the harbour board on Monday"
    assert sentences[1].startswith("Many say that")
