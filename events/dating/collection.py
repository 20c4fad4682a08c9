"""Dating a whole collection: the undated articles from the dated ones.

Each article first gets the date of its own evidence (:mod:`events.dating.precedence`).
Some are left *provisional* (:func:`provisional`): no date, a dateline whose year was
guessed from the text, or a guess from the dates the article mentions. A light first pass
over every article's text (:func:`clues_of`) collects exactly what dating them from the
others needs, so that no article is read twice:

- every article's content-word stem counts and matchable sentences (what an undated
  article is compared with);
- for a provisional article, the weekdays it names with the tense of their clause, and,
  when it has no date at all, the days it names with theirs and its guess from all the
  dates it mentions (:mod:`events.dating.mentions`).

:func:`date_collection` then settles the provisional dates, in this order:

0. an article with no date at all takes the day its own text points to when that is sure
   (:func:`text_dates`: the latest day it names outside the future tense, leaving out the
   collection's background days, moved by its weekdays; a month and day take the
   collection's year);
1. a dateline that gave month and day only takes its year from the dated articles
   (:func:`events.dating.shared.complete_years`);
2. an undated article, or one whose own guess lies outside the span the articles were
   published in (a column that names 1973; the span of the firmly dated ones when there
   are :data:`SPAN_MIN_FIRM` of them, else of all), takes the date of the sentences it shares
   with firmly dated ones (:func:`events.dating.shared.infer_dates`), else the day the
   firmly dated articles it reads most alike agree on (:mod:`events.dating.neighbours`),
   only when the day its own text points to agrees (:class:`CollectionRules`);
   a day of step 0 witnesses neither (measured on Timeline17: the dates it lent were
   right 29 times and wrong 75, as both articles often retell the same old date); either is
   moved to the day its named weekdays fit best (:mod:`events.dating.weekdays`); a guess
   outside the span that neither replaces is dropped (a file photo's caption from 2001);
3. the day of step 2 is checked against the day the article's text points to, unsure
   (:func:`reconcile`): agreeing, the text's day is kept; disagreeing, neither, and the
   article stays undated, as an honest unknown is better than a wrong day.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Collection, Mapping, Sequence

from events.dating.evidence import FIRST_COMMENT, make_date, weekdays_named
from events.dating.mentions import (TEXT, DayMention, TextRules, background_days, day_mentions,
                                    guess_from_text, infer_published, resolve)
from events.dating.neighbours import date_by_neighbours, stem_counts
from events.dating.shared import Said, complete_years, infer_dates, sentences_of
from events.dating.weekdays import WeekdayMention, weekday_mentions
from events.models import Article, ArticleInfo, Published
from events.temporal import tag

#: The span the articles were published in leaves out this share of the publication
#: dates at each end (outliers), and reaches this many days further on each side.
SPAN_OUTLIERS = 0.02
SPAN_MARGIN_DAYS = 7
#: The span is taken from the firmly dated articles alone when at least this many are.
SPAN_MIN_FIRM = 20
#: ... and reaches no further than this many interquartile ranges beyond its quartiles
#: (Tukey's "far out" fence): a few days years away are no part of it.
SPAN_FENCE = 3.0


@dataclass(frozen=True, slots=True)
class CollectionRules:
    """Which witnesses lend an undated article a day (each has a test that names it).

    alike_lend: when the day the most alike firmly dated articles agree on
        (:mod:`events.dating.neighbours`) is kept: ``"always"``; ``"agreeing"``, only
        when the day the article's own text points to, unsure, agrees with it
        (:func:`reconcile`); ``"never"``. Measured on Timeline17 (each outlet's folder
        one collection): those loans were right 13 times and wrong 47, more often wrong
        than right in each of the four stories (BP oil 3/10, H1N1 2/7, Libya 1/4,
        Egypt 7/25), and also with a story's outlets built as one collection (74/153):
        alike articles tell the same story, not the same day. Kept only when the
        text agrees, they were right 1 and wrong 3 times (14 and 9 across outlets).
    """

    alike_lend: str = "agreeing"


#: The default rules.
COLLECTION = CollectionRules()


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
    days: tuple[DayMention, ...] = ()


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
    days = day_mentions(text, times) if info.published is None else ()
    return Clues(profile, sentences, weekday_mentions(text, times), weekdays_named(text), own,
                 days)


def publication_span(published: Sequence[date], outliers: float = SPAN_OUTLIERS,
                     margin_days: int = SPAN_MARGIN_DAYS, fence: float | None = None
                     ) -> tuple[date, date] | None:
    """The span the articles were published in: ``outliers`` of the dates trimmed at each
    end, widened by ``margin_days``; None when there are no dates. With ``fence``, also
    no wider than ``fence`` interquartile ranges beyond the quartiles (and the margin):
    Tukey's fences, which leave out a few far dates however many the trim keeps."""
    if not published:
        return None
    days = sorted(published)
    cut = int(outliers * len(days))
    margin = timedelta(days=margin_days)
    lo, hi = days[cut] - margin, days[len(days) - 1 - cut] + margin
    if fence is not None:
        q1, q3 = days[len(days) // 4], days[(3 * len(days)) // 4]
        reach = timedelta(days=fence * (q3 - q1).days) + margin
        lo, hi = max(lo, q1 - reach), min(hi, q3 + reach)
    return lo, hi


def own_date(info: ArticleInfo, clues: Clues) -> ArticleInfo:
    """The article's info with its own guess (:attr:`Clues.own`) as its date, when it has
    no other."""
    if clues.own is None or info.published is not None:
        return info
    return with_date(info, clues.own)


def middle_day(infos: Sequence[ArticleInfo], clues: Mapping[str, Clues]) -> date | None:
    """The collection's middle day, which a mentioned month and day without a year is
    placed nearest: the median day of the articles dated by their own evidence, else of
    the full dates the undated ones name; None when there is neither."""
    days = sorted(i.published for i in infos if i.published is not None and not provisional(i))
    if not days:
        days = sorted(d for c in clues.values() for m in c.days if m.year is not None
                      and (d := make_date(m.year, m.month, m.day)) is not None)
    return days[len(days) // 2] if days else None


def text_dates(infos: Sequence[ArticleInfo], clues: Mapping[str, Clues], rules: TextRules = TEXT
               ) -> tuple[dict[str, Published], dict[str, Published]]:
    """The day each article with no date at all takes from its own text
    (:func:`events.dating.mentions.guess_from_text`): the sure guesses (:func:`guess_is_sure`,
    or the guess agrees with the article's guess from all its dates, :attr:`Clues.own`)
    and, apart, the unsure ones, which only :func:`reconcile` uses."""
    near = middle_day(infos, clues)
    undated = [i.id for i in infos if i.published is None and not i.published_partial]
    named = {aid: resolve(clues[aid].days, near) for aid in undated}
    background = background_days(named, rules)
    out, unsure = {}, {}
    for aid in sorted(undated):
        c = clues[aid]
        guess = guess_from_text(named[aid], c.weekdays, background, rules)
        if guess is None:
            continue
        day, how = guess
        if c.own is not None and c.own.date == day and (
                rules.moved_agrees or any(d == day for d, _ in named[aid])):
            out[aid] = Published(day, "inferred", how + ", as all its dates")
        elif guess_is_sure(day, named[aid], c, rules):
            out[aid] = Published(day, "inferred", how)
        else:
            unsure[aid] = Published(day, "inferred", how)
    return out, unsure


def guess_is_sure(day: date, named: Sequence[tuple[date, str]], clues: Clues,
                  rules: TextRules = TEXT) -> bool:
    """True when the text's guess ``day`` is a day the article names itself (not moved
    by its weekdays), never in the past tense but in one of :attr:`TextRules.sure_tenses`
    (a caption, a heading, a present-tense report), and whose weekday it names too."""
    tenses = {tense for d, tense in named if d == day}
    return (bool(tenses & set(rules.sure_tenses)) and "past" not in tenses
            and day.isoweekday() in {m.weekday for m in clues.weekdays} | clues.named)


def reconcile(found: Mapping[str, Published], text: Mapping[str, Published],
              keep: Collection[str] = (), rules: TextRules = TEXT) -> dict[str, Published]:
    """The collection's dates (``found``: shared sentences, alike articles) checked against
    the days the articles' own texts point to but are not sure of (``text``): within
    :attr:`TextRules.agree_days` of each other, two witnesses agree and the text's day,
    the more precise, is kept; further apart, they contradict each other and the
    article stays undated (an honest unknown rather than a wrong day). Without a text
    day, and for the ids in ``keep`` (a dateline's year), the collection's date stands.
    Returns the dates to keep, replacing ``found``'s entries (those missing are dropped
    by the caller)."""
    out = {}
    for aid, day in found.items():
        own = text.get(aid)
        if aid in keep or own is None:
            out[aid] = day
        elif abs((own.date - day.date).days) <= rules.agree_days:
            out[aid] = Published(own.date, day.source, f"{day.how}, on the day its text "
                                 "points to", day.partial)
    return out


def with_date(info: ArticleInfo, published: Published) -> ArticleInfo:
    """``info`` with ``published`` as its date (a dateline's month and day kept)."""
    return replace(info, published=published.date, published_from=published.source,
                   published_how=published.how,
                   published_partial=published.partial or info.published_partial)


def date_collection(articles: Sequence[tuple[ArticleInfo, Clues]],
                    rules: CollectionRules = COLLECTION) -> dict[str, ArticleInfo]:
    """The final info of every article of a collection, its provisional dates settled
    (see the module docstring). ``articles`` are each article's info, dated by its own
    evidence, with its :func:`clues_of`; the result maps article ids to their infos."""
    clues = {info.id: c for info, c in articles}
    texts, unsure = text_dates([info for info, _ in articles], clues)
    infos = {info.id: with_date(info, texts[info.id]) if info.id in texts else info
             for info, _ in articles}
    open_ = {aid: info for aid, info in infos.items() if provisional(info)}
    if not open_:
        return infos
    partials = {aid: (info.published_partial, clues[aid].named)
                for aid, info in open_.items() if info.published_partial}
    published = {aid: info.published for aid, info in infos.items() if aid not in partials}
    found = complete_years(partials, [d for d in published.values() if d is not None])
    # only articles dated by their own firm evidence witness (a day the text rule gave may
    # rest on a sentence the undated article shares: an old date both retell), and the
    # span comes from them when there are enough: the days the text rule gave may be many
    # and wrong alike (a page's sidebar naming 1986)
    firm = {aid: day for aid, day in published.items() if aid not in open_}
    firm_days = [d for d in firm.values() if d]
    span = publication_span(firm_days if len(firm_days) >= SPAN_MIN_FIRM
                            else [d for d in published.values() if d],  # outliers trimmed
                            fence=SPAN_FENCE)
    undated = sorted(aid for aid, info in open_.items() if aid not in partials and (
        info.published is None or span and not span[0] <= info.published <= span[1]))
    sentences = {aid: c.sentences for aid, c in clues.items()}
    weekdays = {aid: clues[aid].weekdays for aid in undated}
    found.update(infer_dates({aid: sentences[aid] for aid in undated}, sentences, firm,
                             weekdays=weekdays))
    rest = [aid for aid in undated if aid not in found]
    if rules.alike_lend == "agreeing":
        rest = [aid for aid in rest if aid in unsure]
    if rest and rules.alike_lend != "never":
        profiles = {aid: c.profile for aid, c in clues.items()}
        alike = date_by_neighbours({aid: profiles[aid] for aid in rest}, profiles, firm,
                                   weekdays=weekdays)
        found.update({aid: Published(n.published, "inferred", n.how)
                      for aid, n in alike.items()})
    found = reconcile(found, unsure, set(partials))
    for aid, day in found.items():
        if day.date != open_[aid].published:
            infos[aid] = with_date(open_[aid], day)
    for aid in undated:  # a guess outside the span that nothing replaced is no date
        if aid not in found and infos[aid].published is not None:
            infos[aid] = replace(infos[aid], published=None, published_from="unknown",
                                 published_how="")
    return infos
