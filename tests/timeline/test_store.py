import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

import events.extract
from events.errors import NoInputError
from events.models import Extraction, InputProblem
from events.options import Options
from timeline.store import AddReport, Corpus, CorpusError


def _articles(article, n, prefix="a"):
    return [article(f"{prefix}{i:03d}", f"2011-03-{1 + i % 28:02d} NATO jets struck tanks {i}\n")
            for i in range(n)]


def test_adding_stores_articles_and_their_extractions(tmp_path, article, extractor):
    with Corpus(tmp_path / "c.sqlite") as corpus:
        report = corpus.add_articles(_articles(article, 3), Options(), extractor=extractor)
        assert (report.added, report.unchanged, report.updated) == (3, 0, 0)
        stored = list(corpus.extractions())
    assert [x.article.id for x in stored] == ["a000", "a001", "a002"]
    assert stored[0] == extractor(_articles(article, 1)[0], Options())


def test_adding_the_same_article_twice_is_a_no_op(tmp_path, article, extractor):
    calls = []

    def counting(a, options):
        calls.append(a.id)
        return extractor(a, options)

    path = tmp_path / "c.sqlite"
    with Corpus(path) as corpus:
        corpus.add_articles(_articles(article, 3), Options(), extractor=counting)
    with Corpus(path) as corpus:
        again = [article("renamed", _articles(article, 1)[0].text), *_articles(article, 4)]
        report = corpus.add_articles(again, Options(), extractor=counting)
        assert (report.added, report.unchanged, report.updated) == (1, 4, 0)
        assert len(corpus) == 4
    assert calls == ["a000", "a001", "a002", "a003"]


def test_a_newer_extraction_version_reads_stored_articles_again(tmp_path, article, extractor,
                                                                monkeypatch):
    path = tmp_path / "c.sqlite"
    with Corpus(path) as corpus:
        corpus.add_articles(_articles(article, 2), Options(), extractor=extractor)
    current = events.extract.EXTRACTION_VERSION
    monkeypatch.setattr(events.extract, "EXTRACTION_VERSION", f"{current}-newer")

    def marked(a, options):
        return Extraction(a.info, notes=("newer",))

    with Corpus(path) as corpus:
        report = corpus.add_articles(_articles(article, 2), Options(), extractor=marked)
        assert (report.added, report.unchanged, report.updated) == (0, 0, 2)
        assert [x.notes for x in corpus.extractions()] == [("newer",), ("newer",)]


def test_building_re_reads_articles_of_an_older_version(tmp_path, article, extractor, monkeypatch):
    path = tmp_path / "c.sqlite"
    with Corpus(path) as corpus:
        corpus.add_articles(_articles(article, 2), Options(), extractor=lambda a, o: Extraction(a.info))
    monkeypatch.setattr(events.extract, "EXTRACTION_VERSION", "newer")
    with Corpus(path) as corpus:
        assert corpus.refresh(Options(), extractor=extractor) == 2
        assert all(x.events for x in corpus.extractions())


def test_an_edited_file_replaces_its_old_version(tmp_path, article, extractor):
    with Corpus(tmp_path / "c.sqlite") as corpus:
        corpus.add_articles([article("a", "2011-03-01 old text here\n", path="a.txt")], Options(),
                            extractor=extractor)
        report = corpus.add_articles([article("a2", "2011-03-01 new text here\n", path="a.txt")],
                                     Options(), extractor=extractor)
        assert (report.added, report.updated) == (0, 1)
        assert [x.article.id for x in corpus.extractions()] == ["a2"]


def test_problems_are_reported_and_nothing_is_stored_for_them(tmp_path, article, extractor):
    items = [InputProblem("gone.txt", "no such file"), *_articles(article, 1)]
    with Corpus(tmp_path / "c.sqlite") as corpus:
        report = corpus.add_articles(items, Options(), extractor=extractor)
        assert report.problems == (InputProblem("gone.txt", "no such file"),)
        assert len(corpus) == 1


@pytest.mark.parametrize("report, text", [
    (AddReport(3, 1, 0), "added 3 articles, 1 already in the corpus, 0 re-read"),
    (AddReport(1, 0, 2), "added 1 article, 0 already in the corpus, 2 re-read"),
    (AddReport(0, 0, 0, (InputProblem("x", "y"),)),
     "added 0 articles, 0 already in the corpus, 0 re-read, 1 could not be read"),
])
def test_summary(report, text):
    assert report.summary() == text


def test_a_file_that_is_not_a_corpus_is_refused_by_name(tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_bytes(b"this is not a database at all, just some words" * 100)
    with pytest.raises(CorpusError, match=r"notes\.sqlite: not a timeline corpus"):
        Corpus(bad)


def test_building_an_empty_corpus_says_so(tmp_path):
    with Corpus(tmp_path / "empty.sqlite") as corpus:
        with pytest.raises(NoInputError, match="holds no articles yet"):
            corpus.timeline(Options())


KILLED_ADD = textwrap.dedent("""
    import sys, time
    from events.models import Extraction
    from events.options import Options
    from timeline.store import Corpus
    sys.path.insert(0, sys.argv[3])
    from conftest import make_article, words_extractor

    def slow(article, options):
        time.sleep(0.01)
        return words_extractor(article, options)

    n = int(sys.argv[2])
    articles = (make_article(f"a{i:04d}", f"2011-03-01 NATO jets struck tanks {i}\\n" * 30)
                for i in range(n))
    with Corpus(sys.argv[1]) as corpus:
        corpus.add_articles(articles, Options(), extractor=slow)
""")


def _count(path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            return db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_killing_an_add_midway_keeps_every_committed_article_whole(tmp_path, article, extractor):
    db, n = tmp_path / "c.sqlite", 300
    script = tmp_path / "add.py"
    script.write_text(KILLED_ADD)
    here = os.path.dirname(__file__)
    proc = subprocess.Popen([sys.executable, str(script), str(db), str(n), here])
    try:
        deadline = time.monotonic() + 30
        while _count(db) < 20:
            assert proc.poll() is None, "the add ended before it could be killed"
            assert time.monotonic() < deadline, "the add never got going"
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = conn.execute("SELECT hash, text, extraction FROM articles").fetchall()
    assert 20 <= len(rows) < n
    for key, text, data in rows:  # each stored article is whole: text and extraction
        assert hashlib.sha256(text.encode()).hexdigest() == key
        assert len(json.loads(data)["events"]) == 30

    everything = [article(f"a{i:04d}", f"2011-03-01 NATO jets struck tanks {i}\n" * 30)
                  for i in range(n)]
    with Corpus(db) as corpus:
        report = corpus.add_articles(everything, Options(), extractor=extractor)
        assert (report.added, report.unchanged) == (n - len(rows), len(rows))
        assert len(corpus) == n


def test_opening_waits_while_another_process_holds_the_corpus_lock(tmp_path, monkeypatch):
    import timeline.store as store

    real, calls = store.Corpus._set_up, []

    def locked_twice(self):
        calls.append(1)
        if len(calls) <= 2:  # what SQLite says while another process switches the journal
            raise sqlite3.OperationalError("database is locked")
        real(self)

    monkeypatch.setattr(store.Corpus, "_set_up", locked_twice)
    with Corpus(tmp_path / "story.sqlite") as corpus:
        assert corpus.path.exists()
    assert len(calls) == 3


def test_a_corpus_that_stays_locked_is_named_with_the_reason(tmp_path, monkeypatch):
    import timeline.store as store

    def locked(self):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store.Corpus, "_set_up", locked)
    monkeypatch.setattr(store, "OPEN_WAIT_SECONDS", 0.2)
    with pytest.raises(CorpusError, match=r"story\.sqlite: not a timeline corpus \(database is locked\)"):
        Corpus(tmp_path / "story.sqlite")
