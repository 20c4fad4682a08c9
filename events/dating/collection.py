"""Dating a whole collection: the undated articles from the dated ones.

Each article first gets the date of its own evidence (:mod:`events.dating.precedence`).
Some are left *provisional* (:func:`provisional`): no date, a dateline whose year was
guessed from the text, or a guess from the dates the article mentions. A light first pass
over every article's text (:func:`clues_of`) collects exactly what dating them from the
others needs, so that no article is read twice:

- every article's content-word stem counts and matchable sentences (what an undated
  article is compared with);
- for a provisional article, the weekdays it names with the tense of their clause, and,
  when it has no date at all, its own guess from the dates it mentions
  (:mod:`events.dating.mentions`).

:func:`date_collection` then settles the provisional dates, in this order:

1. a dateline that gave month and day only takes its year from the dated articles
   (:func:`events.dating.shared.complete_years`);
2. an undated article, or one whose own guess lies outside the span the articles were
   published in (a column that names 1973), takes the date of the sentences it shares
   with dated ones (:func:`events.dating.shared.infer_dates`), else the day the dated
   articles it reads most alike agree on (:mod:`events.dating.neighbours`); either is
   moved to the day its named weekdays fit best (:mod:`events.dating.weekdays`).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Mapping, Sequence

from events.dating.evidence import FIRST_COMMENT, weekdays_named
from events.dating.mentions import infer_published
from events.dating.neighbours import date_by_neighbours, stem_counts
from events.dating.shared import Said, complete_years, infer_dates, sentences_of
from events.dating.weekdays import WeekdayMention, weekday_mentions
from events.models import Article, ArticleInfo, Published
from events.temporal import tag

#: The span the articles were published in leaves out this share of the publication
#: dates at each end (outliers), and reaches this many days further on each side.
SPAN_OUTLIERS = 0.02
SPAN_MARGIN_DAYS = 7


@dataclass(frozen=True, slots=True)
class Clues:
    """What dating a collection needs of one article's text (see the module docstring).

    ``profile`` counts its content-word stems, ``sentences`` are its matchable sentences;
    for a provisional article, ``weekdays`` are the weekdays it names on their own (with
    their clause's tense), ``named`` the ISO numbers of every weekday it spells out, and
    ``own`` its guess from the dates it mentions, when it has no date of its own.
    """

    profile: Mapping[str, int] = field(default_factory=dict)
    sentences: tuple[Said, ...] = ()
    weekdays: tuple[WeekdayMention, ...] = ()
    named: frozenset[int] = frozenset()
    own: Published | None = None


def provisional(info: ArticleInfo) -> bool:
    """True when an article's date may still be settled by the other articles of a build:
    it has none, it was inferred from the article's own mentions (not from its first
    reader comment, which is close enough to be kept), or its dateline gave month and day
    and the year was guessed from the text."""
    if info.published_from == "inferred":
        return info.published_how != FIRST_COMMENT
    return info.published is None or (
        bool(info.published_partial) and info.published_from == "text")


def clues_of(article: Article) -> Clues:
    """The light first pass over one article (dated by its own evidence): see :class:`Clues`.

    Only a provisional article is tagged here (without a publication date, so that only
    its absolute dates have a place on the calendar and its weekdays keep their names).
    """
    text, info = article.text, article.info
    profile, sentences = stem_counts(text), sentences_of(text)
    if not provisional(info):
        return Clues(profile, sentences)
    times = tag(text, None)
    own = None
    if info.published is None and not info.published_partial:
        found = infer_published(times, text)
        if found is not None:
            own = Published(found[0], "inferred", found[1])
    return Clues(profile, sentences, weekday_mentions(text, times), weekdays_named(text), own)


def publication_span(published: Sequence[date], outliers: float = SPAN_OUTLIERS,
                     margin_days: int = SPAN_MARGIN_DAYS) -> tuple[date, date] | None:
    """The span the articles were published in: ``outliers`` of the dates trimmed at each
    end, widened by ``margin_days``; None when there are no dates."""
    if not published:
        return None
    days = sorted(published)
    cut = int(outliers * len(days))
    margin = timedelta(days=margin_days)
    return days[cut] - margin, days[len(days) - 1 - cut] + margin


def own_date(info: ArticleInfo, clues: Clues) -> ArticleInfo:
    """The article's info with its own guess (:attr:`Clues.own`) as its date, when it has
    no other."""
    if clues.own is None or info.published is not None:
        return info
    return with_date(info, clues.own)


def with_date(info: ArticleInfo, published: Published) -> ArticleInfo:
    """``info`` with ``published`` as its date (a dateline's month and day kept)."""
    return replace(info, published=published.date, published_from=published.source,
                   published_how=published.how,
                   published_partial=published.partial or info.published_partial)


def date_collection(articles: Sequence[tuple[ArticleInfo, Clues]]) -> dict[str, ArticleInfo]:
    """The final info of every article of a collection, its provisional dates settled
    (see the module docstring). ``articles`` are each article's info, dated by its own
    evidence, with its :func:`clues_of`; the result maps article ids to their infos."""
    infos = {info.id: own_date(info, clues) for info, clues in articles}
    clues = {info.id: c for info, c in articles}
    open_ = {aid: info for aid, info in infos.items() if provisional(info)}
    if not open_:
        return infos
    partials = {aid: (info.published_partial, clues[aid].named)
                for aid, info in open_.items() if info.published_partial}
    published = {aid: info.published for aid, info in infos.items() if aid not in partials}
    found = complete_years(partials, [d for d in published.values() if d is not None])
    span = publication_span([d for d in published.values() if d])  # outliers trimmed
    undated = sorted(aid for aid, info in open_.items() if aid not in partials and (
        info.published is None or span and not span[0] <= info.published <= span[1]))
    sentences = {aid: c.sentences for aid, c in clues.items()}
    weekdays = {aid: clues[aid].weekdays for aid in undated}
    found.update(infer_dates({aid: sentences[aid] for aid in undated}, sentences, published,
                             weekdays=weekdays))
    rest = [aid for aid in undated if aid not in found]
    if rest:
        firm = {aid: day for aid, day in published.items() if aid not in open_}
        profiles = {aid: c.profile for aid, c in clues.items()}
        alike = date_by_neighbours({aid: profiles[aid] for aid in rest}, profiles, firm,
                                   weekdays=weekdays)
        found.update({aid: Published(n.published, "inferred", n.how)
                      for aid, n in alike.items()})
    for aid, day in found.items():
        if day.date != open_[aid].published:
            infos[aid] = with_date(open_[aid], day)
    return infos
