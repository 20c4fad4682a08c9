"""From inputs to one merged, ordered timeline: the library entry point.

``build_timeline(inputs, options)`` runs the stages of ``../shared/DESIGN.md`` over the
inputs (in worker processes with ``options.jobs > 1``):

1. read each input and date it by its own evidence, collecting the clues the collection
   needs (:func:`timeline.parallel.read_dated`);
2. settle the provisional dates from the dated articles
   (:func:`events.dating.date_collection`);
3. extract each article once, against its settled date
   (:func:`timeline.parallel.extract_one`);
4. :func:`assemble` the extractions: actors unified across articles
   (``events.actors.unify``), events merged into entries (:mod:`timeline.merge`) with
   salience (:mod:`timeline.digest`), put in order (:mod:`timeline.order`) or cut to a
   digest with ``options.dates``.

A notebook user calls ``build_timeline`` and then ``output.page.write_page``.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Iterable, Mapping, Sequence

from events.actors import unify
from events.dating import Clues, date_collection
from events.errors import NoInputError
from events.ingest import expand_inputs
from events.models import Actor, Article, ArticleInfo, Event, Extraction, InputProblem
from events.options import Options
from timeline.coverage import coverage
from timeline.digest import collection_digest, with_salience
from timeline.merge import merge_events
from timeline.models import Entry, Timeline
from timeline.order import order, within
from timeline.parallel import Extractor, Read, extract_work, read_dated, run_stream

#: The longest list of unreadable inputs named in the "nothing could be read" error.
PROBLEMS_NAMED = 5


@dataclass(slots=True)
class Collection:
    """The articles of a build after the first pass, before extraction: each one read
    and dated by its own evidence, with its clues (:class:`events.dating.Clues`), and
    the inputs that could not be read."""

    articles: list[Article] = field(default_factory=list)
    clues: dict[str, Clues] = field(default_factory=dict)
    problems: list[InputProblem] = field(default_factory=list)

    def add(self, item: Read | InputProblem) -> None:
        """Keep one result of the first pass (an article seen twice is kept once)."""
        if isinstance(item, InputProblem):
            self.problems.append(item)
        elif item.article.id not in self.clues:
            self.articles.append(item.article)
            self.clues[item.article.id] = item.clues

    def dated(self) -> list[Article]:
        """The articles with their dates settled by the whole collection."""
        infos = date_collection([(a.info, self.clues[a.id]) for a in self.articles])
        return [replace(a, info=infos[a.id]) if infos[a.id] != a.info else a
                for a in self.articles]


def build_timeline(inputs: Sequence[str], options: Options, *,
                   extractor: Extractor | None = None) -> Timeline:
    """Read ``inputs`` (files, folders, URLs, ``-``) and build their timeline.

    Inputs that can't be read are listed in ``Timeline.problems``; raises
    :class:`~events.errors.NoInputError` when none could be read. With ``options.jobs > 1``
    the inputs are read and extracted in worker processes.
    """
    names = expand_inputs(inputs)
    return build_from_articles(names, options, total=len(names), extractor=extractor)


def build_from_articles(items: Iterable[str | Article | InputProblem], options: Options, *,
                        total: int | None = None, extractor: Extractor | None = None
                        ) -> Timeline:
    """Build a timeline from input names, articles already read, or problems met reading
    (the stages in the module docstring)."""
    collection = read_collection(items, options, total=total)
    if not collection.articles:
        raise NoInputError(_nothing_read(collection.problems))
    extractions = extract_all(collection.dated(), options, extractor)
    problems = collection.problems + [x for x in extractions if isinstance(x, InputProblem)]
    return assemble([x for x in extractions if isinstance(x, Extraction)], problems, options,
                    profiles=collection.clues)


def read_collection(items: Iterable[str | Article | InputProblem], options: Options, *,
                    total: int | None = None) -> Collection:
    """The first pass over ``items`` (:func:`timeline.parallel.read_dated`)."""
    collection = Collection()
    for result in run_stream(items, read_dated, options, total=total):
        collection.add(result)
    return collection


def extract_all(articles: Sequence[Article], options: Options,
                extractor: Extractor | None = None) -> list[Extraction | InputProblem]:
    """The second pass: each article extracted once, in order."""
    return list(run_stream(articles, extract_work(extractor), options, total=len(articles),
                           label="extracting events"))


def assemble(extractions: Iterable[Extraction], problems: Iterable[InputProblem],
             options: Options, *, profiles: Mapping[str, Clues] | None = None) -> Timeline:
    """Make the timeline of a set of extractions, their articles' dates settled.

    ``profiles`` are the articles' clues (:class:`events.dating.Clues`), whose stem
    counts let a digest (``options.dates``) weigh dates by the articles central to the
    collection (:mod:`timeline.centrality`; without them, every article counts alike).
    """
    # in article-id order, so that the result does not depend on the order of the inputs
    extractions = sorted(extractions, key=lambda x: x.article.id)
    problems = tuple(problems)
    if not extractions:
        raise NoInputError(_nothing_read(problems))
    actors, events = unify_actors(extractions)
    published = {x.article.id: x.article.published for x in extractions}
    # the window cuts entries, after merging: a reprint's date is its first printing's
    people = [a.id for a in actors if a.kind == "person"]
    entries = with_salience(within(merge_events(events, published, people=people),
                                   options.since, options.until))
    if options.dates:
        stems = {aid: clues.profile for aid, clues in (profiles or {}).items()}
        entries = collection_digest(entries, options.dates, extractions, stems)
    else:
        entries = order(entries)
    used = _actors_in(entries, actors)
    articles = tuple(sorted((x.article for x in extractions), key=_article_key))
    return Timeline(title=options.title or derive_title(articles, used, entries),
                    articles=articles, actors=used, entries=entries, problems=problems)


def _nothing_read(problems: Sequence[InputProblem]) -> str:
    if not problems:
        return "no input could be read: no article was given"
    named = "; ".join(str(p) for p in problems[:PROBLEMS_NAMED])
    more = len(problems) - PROBLEMS_NAMED
    return f"no input could be read ({named}{f'; and {more} more' if more > 0 else ''})"


def unify_actors(extractions: Sequence[Extraction]) -> tuple[tuple[Actor, ...], list[Event]]:
    """The actors of all articles as one set, and every event with global actor ids."""

    actors, mapping = unify([(x.article.id, x.actors) for x in extractions])
    events = []
    for x in extractions:
        aid = x.article.id
        for event in x.events:
            ids = tuple(dict.fromkeys(mapping.get((aid, a), a) for a in event.actors))
            events.append(event if ids == event.actors else replace(event, actors=ids))
    return tuple(actors), events


def _actors_in(entries: Sequence[Entry], actors: Sequence[Actor]) -> tuple[Actor, ...]:
    """The actors that take part in at least one entry, most mentioned first."""
    used = {a for e in entries for a in e.actors}
    return tuple(sorted((a for a in actors if a.id in used), key=lambda a: (-a.mentions, a.id)))


def _article_key(info: ArticleInfo) -> tuple:
    return (info.published is None, info.published or date.min, info.id)


def derive_title(articles: Sequence[ArticleInfo], actors: Sequence[Actor],
                 entries: Sequence[Entry]) -> str:
    """A title for a timeline with none given: the article's own for one article, else
    the three actors in most entries and the months the articles were published in (their
    :func:`timeline.coverage.coverage`; with no publication dates, the months the entries
    span)."""
    if len(articles) == 1 and articles[0].title:
        return articles[0].title
    counts = Counter(a for e in entries for a in e.actors)
    names = {a.id: a.name for a in actors}
    top = [names[a] for a in sorted(counts, key=lambda a: (-counts[a], a)) if a in names][:3]
    head = (", ".join(top[:-1]) + " and " + top[-1]) if len(top) > 1 else \
        (top[0] if top else "Timeline")
    span = coverage(articles)  # trimmed, so one misdated article can't stretch it
    days = list(span) if span else [d for e in entries for d in (e.when.start, e.when.end)]
    return f"{head}, {month_span(min(days), max(days))}" if days else head


def month_span(first: date, last: date) -> str:
    """"March 2011", "March \u2013 April 2011" or "December 2010 \u2013 April 2011"."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%B} {first.year}"
    if first.year == last.year:
        return f"{first:%B} \u2013 {last:%B} {last.year}"
    return f"{first:%B} {first.year} \u2013 {last:%B} {last.year}"
