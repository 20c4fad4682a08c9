"""Ingest on hostile inputs: line endings and encodings, non-regular files, other URL
schemes, and Markdown/header patterns that must stay linear in the text's length."""
from __future__ import annotations

import codecs
import os

import pytest

from events.errors import InputError
from events.ingest import read_input
from events.ingest.headers import MARKDOWN_SPAN, simplify_markdown, split_metadata
from events.ingest.read import REASONS
from events.options import Options

ARTICLE = ("Title: Bridge closed\nDate: 2023-11-14\n\nThe council of Northvale met on Monday "
           "and voted to close the old bridge.\nWork starts in March 2024, the mayor said.\n")


@pytest.mark.parametrize(("name", "encode"), [
    ("LF", lambda t: t.encode("utf-8")),
    ("CRLF", lambda t: t.replace("\n", "\r\n").encode("utf-8")),
    ("CR", lambda t: t.replace("\n", "\r").encode("utf-8")),
    ("UTF-8 with BOM", lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
    ("UTF-16 LE with BOM", lambda t: t.encode("utf-16")),
    ("UTF-16 BE with BOM", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
    ("UTF-16 with BOM and CRLF", lambda t: t.replace("\n", "\r\n").encode("utf-16")),
    ("latin-1", lambda t: t.replace("Northvale", "N\u00f6rthvale").encode("latin-1")),
    ("cp1252", lambda t: t.replace("said.", "said \u2013 \u201cat last\u201d.").encode("cp1252")),
    ("cp1252 with CR", lambda t: t.replace("said.", "said \u2013 ok.").replace("\n", "\r")
     .encode("cp1252")),
])
def test_every_line_ending_and_encoding_reads_the_same_article(tmp_path, name, encode):
    path = tmp_path / "a.txt"
    path.write_bytes(encode(ARTICLE))
    article = read_input(str(path), Options())
    assert article.info.title == "Bridge closed"
    assert article.evidence[0].date.isoformat() == "2023-11-14"
    assert article.text.startswith("The council of N")
    assert "\r" not in article.text and "\ufeff" not in article.text
    assert article.text.count("\n") == 1


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(InputError) as info:
        read_input(str(tmp_path / "pipe.txt"), Options())
    assert info.value.reason == REASONS["not-regular"]


def test_a_device_is_refused():
    with pytest.raises(InputError) as info:
        read_input("/dev/zero", Options())
    assert info.value.reason == REASONS["not-regular"]


def test_a_symlink_loop_is_named(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    with pytest.raises(InputError) as info:
        read_input(str(tmp_path / "a.txt"), Options())
    assert info.value.reason.startswith("could not read the file: ")


@pytest.mark.parametrize("name", ["file:///etc/passwd", "ftp://127.0.0.1/a.txt",
                                  "javascript:alert(1)", "data:text/html,<b>x</b>"])
def test_other_url_schemes_are_not_fetched(name):
    with pytest.raises(InputError) as info:
        read_input(name, Options())
    assert info.value.reason == REASONS["not-fetched"]


def test_a_file_named_like_a_scheme_is_still_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "note:one.txt").write_text("The council met on Monday and voted.\n")
    assert read_input("note:one.txt", Options()).text.startswith("The council")


# Sizes at which a pattern that rescans the rest of the text from every marker would not
# finish for minutes; the time ratios themselves are in benchmarks/growth.py.
@pytest.mark.parametrize(("name", "make", "kept"), [
    ("nested bold", lambda n: "**" * n + "x" + "**" * n + "\n\n" + "**a " * n, "x"),
    ("nested links", lambda n: "[" * n + "x" + "](u)" * n + "\n\n" + "[a](" * n, "x"),
    ("open images", lambda n: "![" * n + "x", "x"),
    ("open comments", lambda n: "<!--" * n + "x", "x"),
    ("heading of spaces", lambda n: "# " + " " * (4 * n) + "x" + " " * (4 * n), "x"),
])
def test_markdown_clean_up_finishes_on_markers_never_closed(name, make, kept):
    assert kept in simplify_markdown(make(30_000))


@pytest.mark.parametrize("make", [
    lambda n: "---\ntitle:" + " " * n + "x" + " " * n + "\n---\nBody.\n",
    lambda n: "---\ntitle: x" + " " * n + "#" + "\n---\nBody.\n",
    lambda n: "Title:" + " " * n + "x" + " " * n + "\n\nBody.\n",
])
def test_metadata_of_long_runs_of_spaces_is_read(make):
    assert split_metadata(make(400_000))[0]["title"] == "x"


def test_comments_are_dropped_and_one_never_closed_is_kept():
    assert simplify_markdown("a<!-- x -->b<!-- y\n-- z -->c<!-- open") == "abc<!-- open"


def test_markdown_spans_are_bounded_but_ordinary_ones_still_go():
    assert simplify_markdown("**bold** and [a link](http://x) and ![img](y)") == \
        "bold and a link and "
    long_link = "[" + "a" * (MARKDOWN_SPAN + 1) + "](u)"
    assert simplify_markdown(long_link) == long_link  # no human link text is that long


def test_a_heading_keeps_its_words_and_drops_closing_hashes():
    assert simplify_markdown("## The vote   ##  \nText") == "The vote\nText"
