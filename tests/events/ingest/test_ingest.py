"""Reading files and folders into articles: headers, ids, dates, and the exact error texts."""
from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import pytest

from events.errors import InputError
from events.ingest import expand_inputs, iter_articles
from events.models import Article, InputProblem
from events.options import Options

from events.dating import date_article
from events.ingest import read_input as _read


def read_input(name, options):
    """Read an input and date it by its own evidence, as a build's first pass does."""
    return date_article(_read(name, options), options.published)


FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"
STORY = ("The council met on Tuesday to vote on the new harbour plan.\n\n"
         "Its members approved the plan by nine votes to four, the mayor said.\n")
OPTIONS = Options()


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


# ---------------------------------------------------------------- header forms

@pytest.mark.parametrize(("header", "field", "expected"), [
    ("Title: Harbour plan approved", "title", "Harbour plan approved"),
    ("Source: Example Gazette", "source", "Example Gazette"),
    ("URL: https://example.org/harbour", "url", "https://example.org/harbour"),
    ("Date: 2031-03-04", "published", date(2031, 3, 4)),
    ("Date: March 4, 2031", "published", date(2031, 3, 4)),
    ("Date: 4 March 2031", "published", date(2031, 3, 4)),
    ("Published: Tue, 4 March 2031 10:15 CET", "published", date(2031, 3, 4)),
    ("Author: Ann Smith and Bob Jones", "byline", ("Ann Smith", "Bob Jones")),
], ids=lambda v: str(v)[:24])
def test_header_lines(tmp_path, header, field, expected):
    article = read_input(write(tmp_path, "story.txt", f"{header}\n\n{STORY}"), OPTIONS)
    assert getattr(article.info, field) == expected
    assert article.text.startswith("The council met")


@pytest.mark.parametrize(("front", "field", "expected"), [
    ('title: "Harbour plan: approved"', "title", "Harbour plan: approved"),
    ("title: 'It''s approved'", "title", "It's approved"),
    ("source: Example Gazette  # the local paper", "source", "Example Gazette"),
    ("date: 2031-03-04", "published", date(2031, 3, 4)),
    ("date: 2031-03-04T08:00:00Z", "published", date(2031, 3, 4)),
    ("url: https://example.org/h", "url", "https://example.org/h"),
], ids=lambda v: str(v)[:24])
def test_yaml_front_matter(tmp_path, front, field, expected):
    text = f"---\n{front}\ntags:\n  - harbour\n---\n{STORY}"
    article = read_input(write(tmp_path, "story.md", text), OPTIONS)
    assert getattr(article.info, field) == expected
    assert article.text.startswith("The council met")


def test_header_date_is_text_with_header_how(tmp_path):
    info = read_input(write(tmp_path, "s.txt", f"Date: 2031-03-04\n\n{STORY}"), OPTIONS).info
    assert (info.published_from, info.published_how) == ("text", "header Date:")


def test_front_matter_date_how(tmp_path):
    info = read_input(write(tmp_path, "s.md", f"---\ndate: 2031-03-04\n---\n{STORY}"),
                      OPTIONS).info
    assert (info.published_from, info.published_how) == ("text", "front matter date:")


def test_tokenized_source_line_is_not_a_header(tmp_path):
    text = "Source : Officials say the bridge , shut since May , will reopen soon .\n" + STORY
    article = read_input(write(tmp_path, "s.txt", text), OPTIONS)
    assert article.info.source is None
    assert article.text.startswith("Source: Officials say the bridge, shut since May, will reopen soon.")


# ---------------------------------------------------------------- dates

def test_published_option_only_when_nothing_found(tmp_path):
    options = Options(published=date(2031, 1, 1))
    undated = read_input(write(tmp_path, "a.txt", STORY), options).info
    dated = read_input(write(tmp_path, "b.txt", f"Date: 2031-03-04\n\n{STORY}"), options).info
    assert (undated.published, undated.published_from, undated.published_how) == \
        (date(2031, 1, 1), "user", "--published")
    assert (dated.published, dated.published_from) == (date(2031, 3, 4), "text")


def test_undated_article_says_so(tmp_path):
    info = read_input(write(tmp_path, "a.txt", STORY), OPTIONS).info
    assert (info.published, info.published_from) == (None, "unknown")


def test_date_line_near_top_is_used_and_removed(tmp_path):
    article = read_input(write(tmp_path, "a.txt", f"Harbour plan approved\n\nMarch 4, 2031\n\n"
                                                  f"{STORY}"), OPTIONS)
    assert (article.info.published, article.info.published_how) == (date(2031, 3, 4), "date line")
    assert article.info.title == "Harbour plan approved"
    assert article.text.startswith("The council met")


# ---------------------------------------------------------------- ids and metadata

def test_id_hash_and_words(tmp_path):
    article = read_input(write(tmp_path, "harbour-plan.txt", STORY), OPTIONS)
    digest = hashlib.sha256(article.text.encode()).hexdigest()
    assert article.info.content_hash == digest
    assert article.info.id == f"harbour-plan-{digest[:6]}"
    assert article.info.words == len(article.text.split())
    assert article.info.path == str(tmp_path / "harbour-plan.txt")


def test_numeric_file_names_take_the_title_for_the_id(tmp_path):
    one = read_input(write(tmp_path, "a/1.htm.txt", "Harbour plan approved\n\n" + STORY), OPTIONS)
    assert one.info.id.startswith("harbour-plan-approved-")


def test_same_name_different_text_gives_different_ids(tmp_path):
    a = read_input(write(tmp_path, "x/story.txt", STORY), OPTIONS)
    b = read_input(write(tmp_path, "y/story.txt", STORY + "More.\n"), OPTIONS)
    c = read_input(write(tmp_path, "z/story.txt", STORY), OPTIONS)
    assert a.info.id != b.info.id
    assert a.info.id == c.info.id


def test_seed_like_saved_page(fixtures):
    article = read_input(str(fixtures / "ingest" / "saved-page.txt"), OPTIONS)
    info = article.info
    assert (info.title, info.source, info.published) == \
        ("Council approves harbour plan", "Example News", date(2031, 3, 4))
    assert info.outlets == ("Reuters", "AFP")
    assert "Skip to" not in article.text and "Image:" not in article.text
    assert article.text.startswith("The city council on Tuesday approved")
    assert article.text.endswith("before the summer.")


# ---------------------------------------------------------------- errors

@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n \t\n", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not text"),
    ("saved.html", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xb3\xc9\x28\xc9\xcd\xb1\x03\x00",
     "binary file, not text"),
    ("soup.txt", bytes([0xC3, 0x28, 0x81, 0x8D, 0x90, 0x9D]) * 20,
     "could not decode the text (not UTF-8, UTF-16 or Latin-1)"),
    ("report.pdf", b"%PDF-1.4", "unsupported file type .pdf (use .txt, .md, .html or .htm)"),
    ("clutter.txt", b"Skip to content\nAdvertisement\n", "no article text found"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_error_reasons(tmp_path, name, content, reason):
    path = write(tmp_path, name, content)
    with pytest.raises(InputError) as info:
        read_input(path, OPTIONS)
    assert (info.value.path, info.value.reason) == (path, reason)
    assert str(info.value) == f"{path}: {reason}"


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match=r"nope\.txt: file not found$"):
        read_input(str(tmp_path / "nope.txt"), OPTIONS)


def test_too_large_file(tmp_path):
    path = write(tmp_path, "big.txt", STORY * 10)
    with pytest.raises(InputError) as info:
        read_input(path, Options(max_bytes=100))
    assert info.value.reason == "file too large (over 100 bytes)"


def test_empty_folder_is_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.csv").write_text("a,b")
    items = list(iter_articles([str(tmp_path / "empty")], OPTIONS))
    assert items == [InputProblem(str(tmp_path / "empty"),
                                  "folder has no .txt, .md, .html or .htm files")]


@pytest.fixture
def locked(monkeypatch):
    """Folders (by path) that can't be listed, as for a user without permission (the
    tests may run as root, whom chmod does not stop)."""
    paths: set[str] = set()
    scandir = os.scandir

    def guarded(path="."):
        if os.fspath(path) in paths:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", guarded)
    return paths


def test_unreadable_folder_is_named_with_the_reason(tmp_path, locked):
    write(tmp_path, "locked/story.txt", STORY)
    folder = str(tmp_path / "locked")
    locked.add(folder)
    assert list(iter_articles([folder], OPTIONS)) == [
        InputProblem(folder, "could not read the folder: permission denied")]


def test_unreadable_folder_inside_a_folder_is_named_and_the_rest_read(tmp_path, locked):
    write(tmp_path, "news/story.txt", STORY)
    write(tmp_path, "news/sub/other.txt", STORY)
    locked.add(str(tmp_path / "news" / "sub"))
    items = list(iter_articles([str(tmp_path / "news")], OPTIONS))
    assert [type(i).__name__ for i in items] == ["Article", "InputProblem"]
    assert items[1] == InputProblem(str(tmp_path / "news" / "sub"),
                                    "could not read the folder: permission denied")


@pytest.mark.parametrize(("encoding", "word"), [("cp1252", "caf\u00e9 \u2013 \u201cs\u00fcr\u201d"),
                                                 ("latin-1", "caf\u00e9 na\u00efve"),
                                                 ("utf-16", "caf\u00e9 \u2013 s\u00fcr")])
def test_other_encodings_are_decoded(tmp_path, encoding, word):
    path = write(tmp_path, "old.txt", f"{STORY}The {word} opened.\n".encode(encoding))
    assert read_input(path, OPTIONS).text.endswith(f"The {word} opened.")


# ---------------------------------------------------------------- folders

def test_expand_inputs_recurses_sorted_and_filters(tmp_path):
    for name in ["b/2.txt", "b/1.md", "a.html", "c.htm", "notes.csv", ".hidden.txt",
                 ".git/x.txt", "d/e/f.txt"]:
        write(tmp_path, name, STORY)
    listed = expand_inputs([str(tmp_path), "-", "https://example.org/x",
                            str(tmp_path / "missing.txt")])
    rel = [Path(p).relative_to(tmp_path).as_posix() if p.startswith(str(tmp_path)) else p
           for p in listed]
    assert rel == ["a.html", "b/1.md", "b/2.txt", "c.htm", "d/e/f.txt", "-",
                   "https://example.org/x", "missing.txt"]


def test_bad_inputs_folder(tmp_path):
    """A good article, an empty file, a binary, a latin-1 text and an empty page."""
    folder = tmp_path / "mixed"
    write(folder, "1-good.txt", "Harbour plan approved\n\n" + STORY)
    write(folder, "2-empty.txt", b"")
    write(folder, "3-binary.txt", bytes(range(256)) * 4)
    write(folder, "4-latin1.txt", ("Caf\u00e9 reopens\n\nThe caf\u00e9 on the quay "
                                   "reopened on Monday after the floods.\n").encode("latin-1"))
    write(folder, "5-nothing.html", "<html><head><title>Menu</title></head><body><nav>"
                                    "<a href='/'>Home</a></nav></body></html>")
    items = list(iter_articles([str(folder)], OPTIONS))
    articles = [i for i in items if isinstance(i, Article)]
    problems = [(Path(p.path).name, p.reason) for p in items if isinstance(p, InputProblem)]
    assert [a.info.title for a in articles] == ["Harbour plan approved", "Caf\u00e9 reopens"]
    assert problems == [("2-empty.txt", "empty file"), ("3-binary.txt", "binary file, not text"),
                        ("5-nothing.html", "no article text found in the page")]
