"""HTML pages (trafilatura + htmldate) and standard input."""
from __future__ import annotations

import io
import sys
from datetime import date

import pytest

from events.errors import InputError
from events.options import Options

from events.dating import date_article
from events.ingest import read_input as _read


def read_input(name, options):
    """Read an input and date it by its own evidence, as a build's first pass does."""
    return date_article(_read(name, options), options.published)


PARAGRAPH = ("The harbour board met on Tuesday and agreed to rebuild the north quay, "
             "which storms damaged last winter, at a cost the board put at four million. ")


def page(head: str = "", body_top: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><title>Quay to be rebuilt</title>{head}"
            f"</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
            f"<h1>Quay to be rebuilt</h1>{body_top}<p>{PARAGRAPH * 2}</p><p>{PARAGRAPH}</p>"
            f"<p>Image: Jane Roe/REUTERS</p></article><footer>\u00a9 2021 Harbour Gazette. "
            f"All rights reserved.</footer></body></html>")


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_html_metadata_date(tmp_path):
    head = ('<meta property="article:published_time" content="2021-03-04T09:00:00Z">'
            '<meta property="og:site_name" content="Harbour Gazette">')
    article = read_input(write(tmp_path, "quay.html", page(head)), Options())
    info = article.info
    assert (info.title, info.source) == ("Quay to be rebuilt", "Harbour Gazette")
    assert (info.published, info.published_from, info.published_how) == \
        (date(2021, 3, 4), "meta", "htmldate")
    assert "north quay" in article.text
    assert "Image:" not in article.text and "Home" not in article.text


def test_html_dateline_when_no_metadata(tmp_path):
    body_top = "<p>Harbourtown, 4 March 2021 - The board voted.</p>"
    info = read_input(write(tmp_path, "quay.htm", page(body_top=body_top)), Options()).info
    assert (info.published, info.published_from, info.published_how) in {
        (date(2021, 3, 4), "text", "dateline"), (date(2021, 3, 4), "meta", "htmldate")}


def test_html_undated_takes_published_option(tmp_path):
    info = read_input(write(tmp_path, "quay.html", page()),
                      Options(published=date(2021, 5, 6))).info
    assert (info.published, info.published_from) == (date(2021, 5, 6), "user")


def test_html_without_article(tmp_path):
    path = write(tmp_path, "menu.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(InputError) as info:
        read_input(path, Options())
    assert info.value.reason == "no article text found in the page"


class FakeStdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize(("data", "title"), [
    (b"Title: Quay plan\n\n" + PARAGRAPH.encode(), "Quay plan"),
    (page().encode(), "Quay to be rebuilt"),
])
def test_stdin(monkeypatch, data, title):
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    article = read_input("-", Options())
    assert (article.info.title, article.info.path) == (title, None)
    assert article.info.id.startswith("quay-")


def test_empty_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(b""))
    with pytest.raises(InputError) as info:
        read_input("-", Options())
    assert (info.value.path, info.value.reason) == ("-", "nothing on standard input")
