"""An incremental corpus in SQLite: add articles over weeks, build from them any time.

Each article is one row, keyed by the SHA-256 of its text, holding the text, the metadata
as read, and its extraction as JSON (``events.serialize``) with the extraction version that
made it. Adding an article already stored is a no-op; one stored by an older extractor
(:data:`events.extract.EXTRACTION_VERSION`) is read again, and so is a file
whose text changed since it was added (the old version is replaced).

Every article is written in a transaction of its own, so a process killed mid-add loses
nothing already committed and leaves no half-written article. The database runs in WAL
mode with ``synchronous=NORMAL``: a commit survives the process being killed (not a power
cut), without an fsync per article.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections import deque
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator

from events.dating import clues_of
from events.errors import NoInputError, TimelineError
import events.extract
from events.ingest import expand_inputs, iter_articles
from events.models import Article, ArticleInfo, Extraction, InputProblem
from events.options import Options
from events.serialize import from_data, to_data
from timeline.build import Collection, assemble, extract_all
from timeline.models import Timeline
from timeline.parallel import Extractor, Read, extract_work, own_dated, run_stream

#: The layout of the database; a corpus with another one is refused with a clear error.
SCHEMA_VERSION = "1"

#: How long opening a corpus waits for another process that is creating or switching it.
OPEN_WAIT_SECONDS = 30


def _busy(exc: sqlite3.OperationalError) -> bool:
    """True for SQLite's "another connection holds the lock" errors."""
    text = str(exc).lower()
    return "locked" in text or "busy" in text


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    hash TEXT PRIMARY KEY,          -- SHA-256 of the text
    id TEXT NOT NULL,               -- the article id
    name TEXT,                      -- the path or URL it was read from, if any
    info TEXT NOT NULL,             -- ArticleInfo as read, JSON (before extraction)
    text TEXT NOT NULL,
    version TEXT NOT NULL,          -- the extraction version that made `extraction`
    extraction TEXT NOT NULL,       -- Extraction, JSON
    seq INTEGER NOT NULL            -- order of adding
);
CREATE INDEX IF NOT EXISTS articles_name ON articles (name);
"""


class CorpusError(TimelineError):
    """The corpus file can't be used: the message names the file and the reason."""


def extraction_version() -> str:
    """The current extraction version, as stored (read when called, so that a test can
    stand in a newer one)."""
    return str(events.extract.EXTRACTION_VERSION)


@dataclass(frozen=True, slots=True)
class AddReport:
    """What an add did: articles added, already there, read again; inputs that failed."""

    added: int = 0
    unchanged: int = 0
    updated: int = 0
    problems: tuple[InputProblem, ...] = ()

    def summary(self) -> str:
        """One line for the user, e.g. "added 3 articles, 1 already in the corpus, 0 re-read"."""
        noun = "article" if self.added == 1 else "articles"
        text = f"added {self.added} {noun}, {self.unchanged} already in the corpus, " \
               f"{self.updated} re-read"
        if self.problems:
            text += f", {len(self.problems)} could not be read"
        return text


def _hash(article: Article) -> str:
    return article.info.content_hash or hashlib.sha256(article.text.encode("utf-8")).hexdigest()


def _name(info: ArticleInfo) -> str | None:
    name = info.url or info.path
    return None if name in (None, "", "-") else name


class Corpus:
    """A corpus file, used as a context manager: ``with Corpus(path) as corpus: ...``.

    The file is created when missing, unless ``create`` is false (building from a corpus
    that isn't there is an error, not an empty file left behind). ``add`` stores articles,
    ``timeline`` builds from everything stored, ``extractions`` reads the stored
    extractions back.
    """

    def __init__(self, path: str | Path, *, create: bool = True):
        self.path = Path(path)
        if self.path.is_dir():
            raise CorpusError(f"{self.path}: is a folder, not a corpus file")
        if not create and not self.path.exists():
            raise CorpusError(f"{self.path}: no such corpus; make one with "
                              f"'timeline add ARTICLES --db {self.path}'")
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        except sqlite3.Error as exc:
            raise CorpusError(f"{self.path}: can't open the corpus ({exc})") from exc
        deadline = time.monotonic() + OPEN_WAIT_SECONDS
        while True:
            try:
                self._set_up()
                break
            except sqlite3.OperationalError as exc:
                # another process is creating or switching the same corpus: SQLite reports
                # "locked" at once for a journal-mode change, without waiting; wait here
                if _busy(exc) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                self._db.close()
                raise CorpusError(f"{self.path}: not a timeline corpus ({exc})") from exc
            except sqlite3.DatabaseError as exc:
                self._db.close()
                raise CorpusError(f"{self.path}: not a timeline corpus ({exc})") from exc

    def _set_up(self) -> None:
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if row is None:
            self._db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        elif row[0] != SCHEMA_VERSION:
            raise CorpusError(f"{self.path}: corpus layout {row[0]} is not the supported "
                              f"layout {SCHEMA_VERSION}")

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Close the database (committed articles are already safe)."""
        self._db.close()

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def add(self, inputs: Iterable[str], options: Options, *,
            extractor: Extractor | None = None) -> AddReport:
        """Read ``inputs`` (as ``timeline build`` does) and store the articles not yet stored."""
        names = expand_inputs(list(inputs))
        return self.add_articles(iter_articles(names, options), options, total=len(names),
                                 extractor=extractor)

    def add_articles(self, items: Iterable[Article | InputProblem], options: Options, *,
                     total: int | None = None, extractor: Extractor | None = None) -> AddReport:
        """Store articles already read, each dated by its own evidence and extracted
        against that date (problems are passed through to the report)."""
        version = extraction_version()
        counts = {"added": 0, "unchanged": 0, "updated": 0}
        problems: list[InputProblem] = []
        pending: deque[Article | InputProblem] = deque()  # in the order results come back
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            if options.progress is not None:
                options.progress(done, total, "adding articles")

        def to_extract() -> Iterator[Article | InputProblem]:
            for item in items:
                if isinstance(item, Article):
                    if self._version(item) == version:
                        counts["unchanged"] += 1
                        tick()
                        continue
                    item = own_dated(item, options)
                pending.append(item)
                yield item

        quiet = replace(options, progress=None)
        for result in run_stream(to_extract(), extract_work(extractor), quiet):
            article = pending.popleft()
            tick()
            if isinstance(result, InputProblem):
                problems.append(result)
                continue
            fresh = self._version(article) is None and not self._replaces(article)
            self._write(article, result, version)
            counts["added" if fresh else "updated"] += 1
        return AddReport(problems=tuple(problems), **counts)

    def _version(self, article: Article) -> str | None:
        """The extraction version the article is stored with, or None when it is not stored."""
        row = self._db.execute("SELECT version FROM articles WHERE hash=?",
                               (_hash(article),)).fetchone()
        return None if row is None else row[0]

    def _replaces(self, article: Article) -> bool:
        """True when the file or URL was added before with another text."""
        name = _name(article.info)
        return name is not None and self._db.execute(
            "SELECT 1 FROM articles WHERE name=? AND hash<>?", (name, _hash(article))).fetchone() \
            is not None

    def _write(self, article: Article, extraction: Extraction, version: str) -> None:
        """Store one article and its extraction in one transaction."""
        key, name = _hash(article), _name(article.info)
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            if name is not None:
                db.execute("DELETE FROM articles WHERE name=? AND hash<>?", (name, key))
            seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
            old = db.execute("SELECT seq FROM articles WHERE hash=?", (key,)).fetchone()
            db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (key, article.id, name, json.dumps(to_data(article.info), sort_keys=True),
                        article.text, version, json.dumps(to_data(extraction), sort_keys=True),
                        old[0] if old else seq))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def refresh(self, options: Options, *, extractor: Extractor | None = None) -> int:
        """Read again every article stored by another extraction version; their number."""
        version = extraction_version()
        stale = [row[0] for row in self._db.execute(
            "SELECT hash FROM articles WHERE version<>? ORDER BY seq", (version,))]
        if not stale:
            return 0
        articles = (self._article(key) for key in stale)
        report = self.add_articles(articles, options, total=len(stale), extractor=extractor)
        return report.updated

    def _article(self, key: str) -> Article:
        info, text = self._db.execute("SELECT info, text FROM articles WHERE hash=?",
                                      (key,)).fetchone()
        return Article(from_data(ArticleInfo, json.loads(info)), text)

    def extractions(self) -> Iterator[Extraction]:
        """The stored extractions, in the order their articles were added."""
        for (data,) in self._db.execute("SELECT extraction FROM articles ORDER BY seq"):
            yield from_data(Extraction, json.loads(data))

    def timeline(self, options: Options, *, extractor: Extractor | None = None) -> Timeline:
        """Build the timeline of everything stored (after re-reading stale articles).

        The stored articles are dated as a collection, as a folder build dates them; an
        article whose settled date differs from the one its stored extraction was made
        against is extracted again.
        """
        self.refresh(options, extractor=extractor)
        collection = Collection()
        stored: dict[str, Extraction] = {}
        # each row's text comes with its extraction (one pass, not a lookup by id per row)
        for info, text, data in self._db.execute(
                "SELECT info, text, extraction FROM articles ORDER BY seq"):
            article = Article(from_data(ArticleInfo, json.loads(info)), text)
            collection.add(Read(article, clues_of(article)))
            stored.setdefault(article.id, from_data(Extraction, json.loads(data)))
        if not collection.articles:
            raise NoInputError(f"{self.path}: the corpus holds no articles yet; "
                               f"add some with 'timeline add'")
        extractions: list[Extraction] = []
        again: list[Article] = []
        for article in collection.dated():
            old = stored[article.id].article
            if (old.published, old.published_from, old.published_how) == (
                    article.published, article.info.published_from, article.info.published_how):
                extractions.append(stored[article.id])
            else:
                again.append(article)
        problems = []
        for result in extract_all(again, options, extractor):
            (problems if isinstance(result, InputProblem) else extractions).append(result)
        return assemble(extractions, problems, options, profiles=collection.clues)
