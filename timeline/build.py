"""From inputs to one merged, ordered timeline: the library entry point.

``build_timeline(inputs, options)`` streams the inputs through extraction (in worker
processes with ``options.jobs > 1``) and :func:`assemble`\\ s the extractions:

1. articles with a provisional date get one from the other articles: a dateline's
   missing year, the date of the sentences an undated article shares with dated ones
   (:mod:`timeline.infer`), or the day of the articles it reads most alike
   (:mod:`timeline.neighbours`), and are read again against it;
2. actors are unified across articles (``events.actors.unify``);
3. events become entries (:mod:`timeline.merge`), with salience (:mod:`timeline.digest`);
4. entries are put in order (:mod:`timeline.order`), or cut to a digest with
   ``options.dates``.

A notebook user calls ``build_timeline`` and then ``output.page.write_page``.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Iterable, Mapping, Sequence

from events.errors import NoInputError
from events.models import Actor, Article, ArticleInfo, Event, Extraction, InputProblem
from events.options import Options
from events.pubdate import weekdays_named
from timeline.centrality import centrality
from timeline.digest import digest, mentions_in, publication_span, with_salience
from timeline.infer import (Inferred, Said, complete_years, event_sentences, infer_dates,
                            provisional, sentences_of)
from timeline.merge import merge_events
from timeline.models import Entry, Timeline
from timeline.neighbours import date_by_neighbours, profiles_of, stem_counts
from timeline.order import order
from timeline.weekdays import mentions_by_article
from timeline.parallel import Extractor, default_extractor, extract_stream

#: The longest list of unreadable inputs named in the "nothing could be read" error.
PROBLEMS_NAMED = 5


@dataclass(slots=True)
class Kept:
    """What a build keeps of the article texts, for :func:`assemble` to date undated
    articles by: the texts of the articles whose date is provisional
    (:func:`timeline.infer.provisional`), and every article's stem counts
    (:func:`timeline.neighbours.stem_counts`) and sentences
    (:func:`timeline.infer.sentences_of`), which are much smaller than its text."""

    texts: dict[str, str] = field(default_factory=dict)
    profiles: dict[str, Counter[str]] = field(default_factory=dict)
    sentences: dict[str, tuple[Said, ...]] = field(default_factory=dict)

    def add(self, info: ArticleInfo, text: str) -> None:
        """Keep what is needed of one article (``info`` as extracted) and its text."""
        if provisional(info):
            self.texts[info.id] = text
        self.profiles[info.id] = stem_counts(text)
        self.sentences[info.id] = sentences_of(text)


def build_timeline(inputs: Sequence[str], options: Options, *,
                   extractor: Extractor | None = None) -> Timeline:
    """Read ``inputs`` (files, folders, URLs, ``-``) and build their timeline.

    Inputs that can't be read are listed in ``Timeline.problems``; raises
    :class:`~events.errors.NoInputError` when none could be read. With ``options.jobs > 1``
    the inputs are read and extracted in worker processes.
    """
    from events.ingest import expand_inputs

    names = expand_inputs(inputs)
    return build_from_articles(names, options, total=len(names), extractor=extractor)


def build_from_articles(items: Iterable[str | Article | InputProblem], options: Options, *,
                        total: int | None = None, extractor: Extractor | None = None
                        ) -> Timeline:
    """Build a timeline from input names, articles already read, or problems met reading.

    Article texts are let go as soon as each article is extracted, except those of
    articles whose date is provisional (:func:`timeline.infer.provisional`), which may be
    read again once the other articles date them.
    """
    extractor = extractor or default_extractor()
    kept = Kept()
    extractions: list[Extraction] = []
    problems: list[InputProblem] = []
    for done in extract_stream(items, options, extractor=extractor, total=total, keep="all"):
        if isinstance(done.result, InputProblem):
            problems.append(done.result)
            continue
        extractions.append(done.result)
        if done.article is not None:
            kept.add(done.result.article, done.article.text)
    return assemble(extractions, problems, options, texts=kept.texts, extractor=extractor,
                    profiles=kept.profiles, sentences=kept.sentences)


def assemble(extractions: Iterable[Extraction], problems: Iterable[InputProblem],
             options: Options, *, texts: Mapping[str, str] | None = None,
             extractor: Extractor | None = None,
             profiles: Mapping[str, Mapping[str, int]] | None = None,
             sentences: Mapping[str, Sequence[Said]] | None = None) -> Timeline:
    """Make the timeline of a set of extractions.

    ``texts`` holds the texts of articles with a provisional date (by article id), to date
    them from the others and read them again; ``extractor`` is used for that (default:
    the pipeline's). ``profiles`` are the articles' stem counts
    (:func:`timeline.neighbours.stem_counts`), used to find the dated articles an undated
    one reads most alike (without them, the sentences of their events stand in), and for
    a digest (``options.dates``) to weigh dates by the articles central to the collection
    (:mod:`timeline.centrality`; without them, every article counts alike).
    ``sentences`` are the articles' sentences (:func:`timeline.infer.sentences_of`), in
    which undated articles look for sentences they share with dated ones (without them,
    the sentences of the dated articles' events stand in).
    """
    # in article-id order, so that the result does not depend on the order of the inputs
    extractions = sorted(extractions, key=lambda x: x.article.id)
    problems = tuple(problems)
    if not extractions:
        raise NoInputError(_nothing_read(problems))
    if texts:
        extractions = date_undated(extractions, texts, options, extractor or default_extractor(),
                                   profiles, sentences)
    actors, events = unify_actors(extractions)
    published = {x.article.id: x.article.published for x in extractions}
    entries = with_salience(merge_events(events, published))
    if options.dates:
        dates = sorted(day for day in published.values() if day is not None)
        near = dates[len(dates) // 2] if dates else None  # the median publication day
        entries = digest(entries, options.dates, mentions=mentions_in(extractions, near),
                         published=dates, centrality=centrality(profiles or {}))
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


def date_undated(extractions: list[Extraction], texts: Mapping[str, str], options: Options,
                 extractor: Extractor, profiles: Mapping[str, Mapping[str, int]] | None = None,
                 sentences: Mapping[str, Sequence[Said]] | None = None) -> list[Extraction]:
    """Date the articles whose date is provisional from the other articles, and read those
    whose date changed again.

    A dateline that gave month and day only takes its year from the other articles'
    dates (:func:`timeline.infer.complete_years`). An undated article, or one whose own
    mentions put it outside the span the articles were published in (a column that
    names 1973), gets the date of the sentences it shares with dated ones
    (:func:`timeline.infer.infer_dates`, by ``sentences`` or those of the dated
    articles' events), else the day the dated articles it reads most alike agree on
    (:mod:`timeline.neighbours`, by ``profiles`` or the sentences of the dated
    articles' events), either moved to the day the weekdays it names fit best
    (:mod:`timeline.weekdays`). Only articles whose text is in ``texts`` can be
    re-dated.
    """
    open_ = {x.article.id: x.article for x in extractions
             if provisional(x.article) and x.article.id in texts}
    if not open_:
        return extractions
    partials = {aid: (info.published_partial, weekdays_named(texts[aid]))
                for aid, info in open_.items() if info.published_partial}
    published = {x.article.id: x.article.published for x in extractions
                 if x.article.id not in partials}
    inferred = complete_years(partials, [d for d in published.values() if d is not None])
    span = publication_span([d for d in published.values() if d])  # outliers trimmed
    undated = {aid: texts[aid] for aid, info in open_.items() if aid not in partials and (
        info.published is None or span and not span[0] <= info.published <= span[1])}
    dated_events = [e for x in extractions if published.get(x.article.id)
                    and x.article.id not in undated for e in x.events]
    named = mentions_by_article(undated, {x.article.id: x.times for x in extractions})
    inferred.update(infer_dates(undated, sentences or event_sentences(dated_events),
                                published, weekdays=named))
    rest = {aid: text for aid, text in undated.items() if aid not in inferred}
    if rest:
        firm = {aid: day for aid, day in published.items() if aid not in open_}
        alike = date_by_neighbours(rest, profiles or profiles_of(dated_events), firm,
                                   weekdays=named)
        inferred.update({aid: Inferred(found.published, found.how)
                         for aid, found in alike.items()})
    changed = {aid: replace(open_[aid], published=found.published, published_from="inferred",
                            published_how=found.how)
               for aid, found in inferred.items() if found.published != open_[aid].published}
    return reread(extractions, changed, texts, options, extractor)


def reread(extractions: list[Extraction], changed: Mapping[str, ArticleInfo],
           texts: Mapping[str, str], options: Options, extractor: Extractor
           ) -> list[Extraction]:
    """The extractions, with the articles in ``changed`` (id -> their new info, e.g. a
    new date) extracted again from ``texts``; the others as they were."""
    if not changed:
        return extractions
    again = {}
    articles = (Article(changed[x.article.id], texts[x.article.id])
                for x in extractions if x.article.id in changed)
    for done in extract_stream(articles, options, extractor=extractor, total=len(changed),
                               label="re-reading undated articles"):
        if isinstance(done.result, Extraction):
            again[done.result.article.id] = done.result
    return [again.get(x.article.id, x) for x in extractions]


def unify_actors(extractions: Sequence[Extraction]) -> tuple[tuple[Actor, ...], list[Event]]:
    """The actors of all articles as one set, and every event with global actor ids."""
    from events.actors import unify

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
    the three actors in most entries and the months the articles were published in (or,
    with no publication dates, the months the entries span)."""
    if len(articles) == 1 and articles[0].title:
        return articles[0].title
    counts = Counter(a for e in entries for a in e.actors)
    names = {a.id: a.name for a in actors}
    top = [names[a] for a in sorted(counts, key=lambda a: (-counts[a], a)) if a in names][:3]
    head = (", ".join(top[:-1]) + " and " + top[-1]) if len(top) > 1 else \
        (top[0] if top else "Timeline")
    days = [a.published for a in articles if a.published is not None] or \
        [d for e in entries for d in (e.when.start, e.when.end)]
    return f"{head}, {month_span(min(days), max(days))}" if days else head


def month_span(first: date, last: date) -> str:
    """"March 2011", "March \u2013 April 2011" or "December 2010 \u2013 April 2011"."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%B} {first.year}"
    if first.year == last.year:
        return f"{first:%B} \u2013 {last:%B} {last.year}"
    return f"{first:%B} {first.year} \u2013 {last:%B} {last.year}"
