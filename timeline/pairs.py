"""Whether two events tell the same happening: the rules of merging, pair by pair.

Two events are *candidates* when their dates are compatible (their intervals overlap; an
interval longer than :attr:`MergeRules.join_days` only joins the very same interval), they
share an actor, their types agree (the same, a generic one, or a pair of
:data:`TYPES_AGREE`), neither names a place or thing the other's sentence
lacks, and their wording is alike (:func:`similarity`) at least as much as the first row
of :data:`FLOORS` that fits the pair asks. A shared date alone never merges anything.

Outlets tell one happening in different words: two precise events of one day that share
at least :attr:`MergeRules.agree_actors` actors, or a shared actor's meeting, need far
less shared wording (``actors-agree``, ``same-occasion``), and so do two events that name
the same day by its calendar date weeks later (``retold-date``). An event dated only by
its article's publication day (``dated_by == "publication"``) says nothing of when it
happened, so it joins another only on strong wording and actor agreement
(``publication-dated``) and never opens a conflict.

Two sentences of different articles that share a run of words (a quotation, a wire
story's sentence) on the same day quote one source (``same-words``): they need only a
shared actor or one side naming none, since outlets read the speaker differently ("He
said ..." against "Obama said ...").

Two precise (day-level) events a few days apart with strongly alike wording and shared
actors are the same happening dated differently by their sources (kind ``conflict``).
:mod:`timeline.merge` finds the candidate pairs and gathers them into entries.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Iterable

from events.models import Event, Interval
from events.text import STOP_WORDS, content_stems, dice, names, stem, words
from timeline.copies import PRECISE
from timeline.entry import GENERIC_TYPES


@dataclass(frozen=True, slots=True)
class MergeRules:
    """The thresholds of merging, as data (each has a test that names it).

    similar: wording similarity two events of different articles need to merge.
    conflict_similar: the (higher) similarity two events need when their precise dates
        differ, to be taken as one happening dated differently.
    conflict_days: the largest gap, in days, between two differing precise dates (and
        both sources must have been published once both days had come, or on one day).
    duplicate_similar: the similarity two events of the same article need, on the same
        date, to be one happening told twice.
    join_days: intervals up to this long (a month) join finer ones they overlap; longer
        ones (quarter, year) join only the very same interval.
    actorless_similar: the similarity two events with no actors at all need.
    trigger_weight: the share of the similarity given to equal trigger stems.
    linkage: two clusters join when their average similarity is at least this share of
        the average floor their cross pairs' cases ask (:data:`FLOORS`), and their
        date-disagreeing pairs average :attr:`conflict_similar`.
    copy_similar: a later article's sentence this alike to an earlier one's, with the same
        relative time expression, is a copy and keeps the earlier date
        (:mod:`timeline.copies`).
    names_agree: when each of two events names something the other's whole sentence
        does not ("NATO struck Tripoli" and "NATO struck Misrata"), they are two
        happenings (a summary is shortened: the name may sit in the rest of the sentence).
    agree_similar: the (lower) similarity two precise events of different articles need
        on the same day when their types agree on a specific type and they share at
        least ``agree_actors`` actors: the same happening told by another outlet.
    agree_actors: the shared actors that make two tellings agree.
    retell_similar: two gathered tellings that each hold a sentence of one article join
        only when those sentences give the very same date and are this alike (an article
        tells its main happening more than once; :attr:`duplicate_similar` is what a
        pair of one article needs on its own).
    retold_similar: the similarity (beyond one shared content word) two events need when
        both name their day by its calendar date ("on 20 April") at least ``retold_days``
        before both articles were published: a day recalled by its date weeks later is
        the story's landmark, told in each outlet's words.
    publication_similar: the similarity needed when either event is dated only by its
        article's publication day; they must also share ``agree_actors`` actors (or
        their one actor and their trigger).
    headline_similar: the similarity an article's headline (``Source.part == "title"``,
        :mod:`events.extract.headline`) needs with one of the article's own events on the
        very same date to be that event told again (a headline is shorter than the lead
        it sums up, so it asks less than :attr:`duplicate_similar`).
    same_article_reach: an event is compared with at most this many later events of its
        own article that share a blocking key with it, the nearest ones: no article tells
        fifty happenings of one actor on one day, and a hostile text that does ("Monday"
        10,000 times) must not cost the square of its length.
    block_reach: an event is compared with at most this many events of later articles
        that share a blocking key with it (the nearest in article order): 5,000 one-line
        files all dated the same day must not cost 12 million comparisons, and no real
        day-and-actor holds this many events (the Timeline17 topics build the same).
    max_members: no entry gathers more than this many events; joining stops there, so
        that the pairwise checks of clustering stay bounded.
    run_words: two sentences of different articles that share a run of this many words
        (with at least two content words in it) quote one source: a statement, a wire
        story's sentence. On the same day they are one happening whatever their actors
        read (``He said ...`` against ``Obama said ...``; ``FTSE`` against ``FTSE4Good``).
    words_similar: the similarity such a pair needs (case ``same-words``), so that one
        stock phrase ("the worst environmental disaster in U.S. history") in two
        different sentences does not make them one.
    retold_unshared_similar: the similarity two such recalled tellings of one calendar
        day need when they share no actor (each outlet names the landmark's parties
        differently, or not at all: "the 20 April blowout").
    anchored_articles: an entry gathering events of at least this many articles is a
        much-told happening whose wording varies, so its average similarity to a newcomer
        is diluted: a group each of whose members passes its case with one of the entry's
        members joins it at ``anchored_linkage`` instead of :attr:`linkage`.
    anchored_linkage: the share of the average floor such an anchored group needs.
    share_fraction: after the greedy pass, two entries it kept apart join when at least
        this share of their cross pairs of different articles pass their case on their
        own (:func:`compare_items`), and at least ``share_pairs`` of them do, the best at
        ``share_best``; all cross pairs must still have compatible dates, and an article
        on both sides must give the very same date (its sentences' wording is not asked:
        an article tells its happening in several sentences). Above 1: no second pass.
    share_pairs: the passing cross pairs that second pass needs (two: a chain A~B~C whose
        only link is one pair stays apart, as :attr:`linkage` keeps it).
    share_best: the similarity the best passing cross pair needs in that second pass
        (the low floors of ``actors-agree`` alone don't join two entries of a busy day).
    landmark_articles: a calendar day recalled (:func:`retold`) by at least this many
        articles is the story's landmark: the entry holding most of its recalled mentions
        takes each entry holding another whose type agrees with the type most of its
        recalled mentions give, whatever their wording and names (``names_agree`` is not
        asked), when all their cross pairs' dates are compatible. 0: no landmark.
    landmark_members: a landmark gathers its recalled mentions one by one (those whose
        entry can't join it whole) up to this many events, beyond :attr:`max_members`:
        each costs one pass over the landmark, not its square, and a story's landmark is
        told by hundreds of articles.
    """

    similar: float = 0.3
    conflict_similar: float = 0.5
    conflict_days: int = 3
    duplicate_similar: float = 0.7
    join_days: int = 31
    actorless_similar: float = 0.6
    trigger_weight: float = 0.2
    linkage: float = 0.75
    copy_similar: float = 0.8
    names_agree: bool = True
    agree_similar: float = 0.1
    agree_actors: int = 2
    publication_similar: float = 0.5
    retold_similar: float = 0.0
    retell_similar: float = 0.3
    retold_days: int = 7
    headline_similar: float = 0.25
    same_article_reach: int = 50
    block_reach: int = 200
    max_members: int = 500
    run_words: int = 5
    words_similar: float = 0.4
    retold_unshared_similar: float = 0.2
    anchored_articles: int = 3
    anchored_linkage: float = 0.4
    share_fraction: float = 0.3
    share_pairs: int = 2
    share_best: float = 0.3
    landmark_articles: int = 10
    landmark_members: int = 2000


#: The default rules.
RULES = MergeRules()

#: How merged members were joined: the kinds of pair :func:`compare` returns.
SAME, CONFLICT, DUPLICATE = "same", "conflict", "duplicate"


#: The similarity a pair needs: the first row whose case fits the pair gives the name of
#: the :class:`MergeRules` field that holds it (each row has a test that names it).
#: Cases: ``headline`` (an article's headline and one of its own events on the very same
#: date), ``same-article`` (two events of one article on the very same date),
#: ``publication-dated`` (either is dated only by its publication day), ``conflict``
#: (precise dates a few days apart), ``publication-shared`` (one is publication-dated,
#: the other dated by its text, one shared actor), ``retold-date`` (both name the same
#: day by its calendar date, long before both articles were published;
#: ``retold-unshared`` when they share no actor, or neither names one), ``no-actors``
#: (neither names an actor),
#: ``actors-agree`` (same day, ``agree_actors`` shared actors,
#: and not each naming a person the other lacks: Milley and Stoltenberg speaking of
#: Ukraine on one day are two statements),
#: ``same-person`` (same day, a shared person, and neither naming a person the other
#: lacks: one person's doings of a day, told in other words),
#: ``same-occasion`` (same day, a shared actor, and each is of an :data:`OCCASIONS` type
#: or of none: a statement made at a meeting is not the meeting), ``shared-actor`` (the
#: rest: at least one shared actor). ``same-words`` (two articles' sentences of one day
#: that share a run of :attr:`MergeRules.run_words` words) fits before every row after
#: ``same-article`` whose floor is higher, and where no row fits for want of actors.
FLOORS: tuple[tuple[str, str], ...] = (
    ("headline", "headline_similar"),
    ("same-article", "duplicate_similar"),
    ("same-words", "words_similar"),
    ("publication-dated", "publication_similar"),
    ("publication-shared", "publication_similar"),
    ("conflict", "conflict_similar"),
    ("retold-date", "retold_similar"),
    ("retold-unshared", "retold_unshared_similar"),
    ("no-actors", "actorless_similar"),
    ("actors-agree", "agree_similar"),
    ("same-person", "agree_similar"),
    ("same-occasion", "agree_similar"),
    ("shared-actor", "similar"),
)

#: Event types an actor takes part in once on a day (a meeting, a summit, a hearing): on
#: one day, one such event of a shared actor is one occasion, however it is told.
OCCASIONS = frozenset({"meeting"})


@dataclass(slots=True)
class Item:
    """An event with what merging compares precomputed."""

    index: int
    event: Event
    article: str
    published: date | None
    stems: frozenset[str]
    trigger: str
    actors: frozenset[str]
    names: frozenset[str]
    when: Interval
    weak: bool = False  # dated only by its article's publication day
    said: frozenset[str] = frozenset()  # every word of the sentence (names are checked here)
    named_day: bool = False  # its time expression gives a calendar date
    persons: frozenset[str] = frozenset()  # its actors that are persons
    headline: bool = False  # it cites its article's headline
    runs: frozenset[int] = frozenset()  # hashes of its sentence's runs of words (run_words)


def _actor_words(actors: Iterable[str]) -> frozenset[str]:
    """The words of actor ids (``lloyd-austin`` -> lloyd, austin), kept out of the wording."""
    out = set()
    for actor in actors:
        for w in re.split(r"[^a-z0-9]+", actor.lower()):
            if w:
                out.add(w)
                out.add(stem(w))
    return frozenset(out)


def item_of(index: int, event: Event, published: date | None,
            people: frozenset[str] = frozenset(), rules: MergeRules = RULES) -> Item:
    """An event prepared for comparing; ``people`` are the actor ids that are persons."""
    exclude = _actor_words(event.actors)
    trigger = content_stems(event.trigger, exclude)
    return Item(index, event, event.source.article, published,
                 content_stems(f"{event.summary} {event.trigger}", exclude),
                 min(trigger) if len(trigger) == 1 else "", frozenset(event.actors),
                 frozenset(_plain(n) for n in names(event.summary, exclude)) - not_places(),
                 event.when,
                 event.dated_by == "publication",
                 _said(event.source.quote),
                 _names_a_date(event.source.time_text), frozenset(event.actors) & people,
                 event.source.part == "title", runs(event.source.quote, rules.run_words))


@lru_cache(maxsize=4096)
def runs(quote: str, size: int) -> frozenset[int]:
    """Hashes of every run of ``size`` consecutive words of a sentence that holds at least
    two content words (a run of function words, "one of the", quotes nobody)."""
    said = [_plain(w) for w in words(quote)]
    out = set()
    for i in range(len(said) - size + 1):
        run = tuple(said[i:i + size])
        if sum(w not in STOP_WORDS and len(w) > 1 for w in run) >= 2:
            out.add(hash(run))
    return frozenset(out)


def same_words(a: Item, b: Item) -> bool:
    """Two events of different articles dated to the same day (by a time expression or
    their publication) whose sentences share a run of words, with a shared actor or one
    side naming none ("He said ..." against "Obama said ..."), and not each naming a
    person the other lacks (two people quoting one slogan are two statements)."""
    return (a.article != b.article and a.when.granularity in PRECISE
            and b.when.granularity in PRECISE and a.when.start == b.when.start
            and (not a.actors or not b.actors or not a.actors.isdisjoint(b.actors))
            and not a.runs.isdisjoint(b.runs)
            and not ((a.persons - b.actors) and (b.persons - a.actors)))


@lru_cache(maxsize=4096)
def _said(quote: str) -> frozenset[str]:
    """Every word of a sentence, without possessives (a sentence's events share it)."""
    return frozenset(_plain(w) for w in words(quote))


#: A time expression that gives a calendar date: a month's name (or its abbreviation)
#: and a number ("20 April", "Oct. 21", "April 20, 2010"), or a numeric date.
CALENDAR_DATE = re.compile(
    r"(?=.*\d)(?=.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b", re.I)


def _names_a_date(time_text: str) -> bool:
    return bool(CALENDAR_DATE.search(time_text))


#: The gazetteer roles and kinds whose words never tell two happenings apart: a title
#: ("President"), a nationality word ("British"), an outlet, a person or an organization
#: names who took part or who told it, not where or what it was.
NOT_PLACES_ROLES = frozenset({"adjective", "people", "outlet"})
NOT_PLACES_KINDS = frozenset({"person", "organization", "group", "outlet"})


@lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    """The lower-cased words that the ``names_agree`` rule ignores (see
    :data:`NOT_PLACES_ROLES`): every word of the gazetteer's titles, ranks and
    honorifics, and of its phrases of those roles and kinds (of a body, only a one-word
    name)."""
    # the gazetteer is loaded once, when merging first needs it
    from events.actors import load_gazetteer

    gaz = load_gazetteer()
    out = {w for key in gaz.cues for w in key}
    for key, entry in gaz.phrases.items():
        # a body's longer name may hold a place ("Gulf Cooperation Council"): only its
        # one-word names count
        if entry.role in NOT_PLACES_ROLES or entry.kind in ("person", "outlet") or (
                entry.kind in NOT_PLACES_KINDS and len(key) == 1):
            out.update(_plain(w) for w in key)
    return frozenset(w.lower().strip(".") for w in out)


def _plain(word: str) -> str:
    """A word without its possessive ("Obama's" -> "obama")."""
    word = word.lower()
    return word[:-2] if word.endswith("'s") else word


def similarity(a: Event, b: Event, rules: MergeRules = RULES) -> float:
    """How alike the wording of two events is, from 0 to 1.

    The Dice coefficient of the content-word stems of summary and trigger (actor names
    and time words left out), with :attr:`MergeRules.trigger_weight` of it given to equal
    trigger stems.
    """
    return pair_similarity(item_of(0, a, None), item_of(1, b, None), rules)


def pair_similarity(a: Item, b: Item, rules: MergeRules) -> float:
    same_trigger = 1.0 if a.trigger and a.trigger == b.trigger else 0.0
    return (1 - rules.trigger_weight) * dice(a.stems, b.stems) + rules.trigger_weight * same_trigger


#: Pairs of event types that may tell one happening, each from its side (each row has a
#: test that names it): what was announced at a meeting, a deal announced, an attack told
#: by its dead.
TYPES_AGREE: tuple[tuple[str, str], ...] = (
    ("meeting", "announcement"),
    ("agreement", "announcement"),
    ("attack", "death"),
)
_AGREEING = frozenset(frozenset(row) for row in TYPES_AGREE)


def types_agree(a: Event, b: Event) -> bool:
    """The two events' types may tell one happening (the same, a generic one, or a row of
    :data:`TYPES_AGREE`)."""
    return type_names_agree(a.type, b.type)


def type_names_agree(a: str, b: str) -> bool:
    """:func:`types_agree` for two type names."""
    return a == b or a in GENERIC_TYPES or b in GENERIC_TYPES or frozenset((a, b)) in _AGREEING


def dates_kind(a: Item, b: Item, rules: MergeRules) -> str | None:
    """SAME when the two dates may name the same time, CONFLICT when they are precise, a
    few days apart and both sources could have known both days, None otherwise.

    A source published before the other source's date can't have reported that day: two
    articles published on different days, each dating a "strike on Tripoli" on or before
    its own day, more likely tell two strikes than one misdated.
    """
    x, y = a.when, b.when
    if x.overlaps(y):
        if max(x.days, y.days) > rules.join_days and (x.start, x.end) != (y.start, y.end):
            return None
        return SAME
    if x.granularity not in PRECISE or y.granularity not in PRECISE \
            or abs((x.start - y.start).days) > rules.conflict_days:
        return None
    if a.published and b.published and a.published != b.published \
            and max(x.start, y.start) > min(a.published, b.published):
        return None
    return CONFLICT


def compare(a: Event, b: Event, rules: MergeRules = RULES) -> tuple[str, float] | None:
    """Whether two events tell the same happening: (kind, similarity) or None.

    kind is ``"same"`` (compatible dates), ``"conflict"`` (precise dates a few days apart)
    or ``"duplicate"`` (one article telling it twice on the same date).
    """
    return compare_items(item_of(0, a, None), item_of(1, b, None), rules)


def case_of(a: Item, b: Item, kind: str, rules: MergeRules) -> str | None:
    """The :data:`FLOORS` case of a pair whose dates are compatible (``kind``), or None
    when the pair can't be one happening whatever its wording."""
    if kind == DUPLICATE:
        return "headline" if a.headline or b.headline else "same-article"
    shared = len(a.actors & b.actors)
    if a.weak or b.weak:
        if kind == CONFLICT:
            return None  # a publication day is no date to disagree about
        if shared >= rules.agree_actors or (
                shared == 1 and len(a.actors) == len(b.actors) == 1
                and a.trigger and a.trigger == b.trigger):
            return "publication-dated"
        if shared and not (a.weak and b.weak):
            return "publication-shared"
        return None
    if kind == CONFLICT:
        return "conflict"
    same_day = a.when.granularity in PRECISE and b.when.granularity in PRECISE \
        and a.when.start == b.when.start
    # a day recalled by its date weeks later is the story's landmark, whoever each names
    # (or none: "The well ruptured on 20 April ..."), so it comes before ``no-actors``
    if same_day and retold(a, rules) and retold(b, rules):
        return "retold-date" if shared else "retold-unshared"
    if not a.actors and not b.actors:
        return "no-actors"
    # two people each doing what the other does not are two happenings told alike
    agree = same_day and not ((a.persons - b.actors) and (b.persons - a.actors))
    if agree and shared >= rules.agree_actors:
        return "actors-agree"
    if agree and a.persons & b.persons:
        return "same-person"
    types = {a.event.type, b.event.type} - GENERIC_TYPES
    if agree and shared and types and types <= OCCASIONS:
        return "same-occasion"
    return "shared-actor"


def retold(item: Item, rules: MergeRules) -> bool:
    """True for a precise event that names its day by its calendar date at least
    :attr:`MergeRules.retold_days` before its article was published ("on 20 April")."""
    return (item.named_day and item.published is not None and not item.weak
            and item.when.granularity in PRECISE
            and (item.published - item.when.start).days >= rules.retold_days)


def floor_of(case: str, rules: MergeRules) -> float:
    """The similarity a pair of the :data:`FLOORS` ``case`` needs."""
    return getattr(rules, dict(FLOORS)[case])


def follows_lead(item: Item) -> bool:
    """True for a headline dated by its article's lead event (no time expression of its
    own, :mod:`events.extract.headline`): it merges with its own article's events only."""
    return item.headline and item.event.dated_by == "time" and not item.event.source.time_text


def compare_items(a: Item, b: Item, rules: MergeRules) -> tuple[str, float] | None:
    if not types_agree(a.event, b.event):
        return None
    quoted = same_words(a, b)
    recalled = a.when.start == b.when.start and retold(a, rules) and retold(b, rules)
    if (a.actors or b.actors) and a.actors.isdisjoint(b.actors) and not (quoted or recalled):
        return None
    if a.article == b.article:
        if (a.when.start, a.when.end) != (b.when.start, b.when.end):
            return None
        kind = DUPLICATE
    elif follows_lead(a) or follows_lead(b):
        return None  # a headline dated by its lead goes with its lead, not on its own
    else:
        kind = dates_kind(a, b, rules)
        if kind is None:
            return None
    case = case_of(a, b, kind, rules) if a.actors & b.actors or not (a.actors or b.actors) \
        or (recalled and kind == SAME) else None
    if quoted and kind == SAME and (case is None or floor_of(case, rules) > rules.words_similar):
        case = "same-words"
    if case is None:
        return None
    if rules.names_agree and (a.names - b.said) and (b.names - a.said):
        return None
    score = pair_similarity(a, b, rules)
    floor = max(floor_of(case, rules),
                rules.duplicate_similar if kind == DUPLICATE and case != "headline" else 0.0)
    return (kind, score) if score >= floor and score > 0 else None
