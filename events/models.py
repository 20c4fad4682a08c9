"""The data model of the extraction stage: frozen, slotted dataclasses.

Spans are character offsets into one article's ``text`` (``start`` inclusive, ``end``
exclusive), in the manner of spaCy's ``start_char``/``end_char``: a span never carries a
copy of the text it points at unless it says so (``text`` fields are for display).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: Event statuses, as events.json spells them.
STATUSES = ("happened", "planned", "expected", "ongoing")

#: Interval granularities, from finest to coarsest.
GRANULARITIES = ("time", "day", "weekend", "week", "month", "season", "quarter", "half",
                 "year", "decade", "century", "millennium", "vague")


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """Everything known about an article except its text.

    ``id`` is a stable slug (file name or title plus a short content hash), ``content_hash``
    the SHA-256 of the text. ``published`` is None when no date could be found; then
    ``published_from`` is ``"unknown"`` and the article's relative dates stay unresolved.
    ``published_how`` says in words how the date was found (e.g. ``"dateline"``,
    ``"htmldate"``, ``"header Date:"``); ``outlets`` are news agencies or outlets the
    article credits (Reuters, AFP), kept as metadata rather than as actors.
    ``language`` is the ISO 639-1 code of the article's language when it was found not
    to be English ("" for English or not looked at).
    ``published_partial`` is the TIMEX3 value of a dateline that gave only month and day
    (``XXXX-02-21``), kept so that the year can be completed from other articles; "" else.
    ``title_from`` says where the title came from: ``"meta"`` (a header ``Title:``, a
    page's metadata), ``"heading"`` (the text's heading line, taken out of the text), or
    ``""`` (made of the text's first words or the input's name: no headline).
    """

    id: str
    title: str
    content_hash: str
    source: str | None = None
    url: str | None = None
    path: str | None = None
    published: date | None = None
    published_from: str = "unknown"
    published_how: str = ""
    byline: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    words: int = 0
    published_partial: str = ""
    language: str = ""
    title_from: str = ""


@dataclass(frozen=True, slots=True)
class Evidence:
    """One clue to when an article was published, as read from the input, not yet weighed.

    ``kind`` names a row of :data:`events.dating.precedence.PRECEDENCE` ("header", "meta",
    "date line", "dateline", "published note", "print note", "update note", "extensive",
    "comment"); ``date`` is the day it gives, None
    for a dateline that gave month and day only, whose TIMEX3 value (``XXXX-03-03``) is
    then ``partial``; ``how`` says in words where it was found.
    """

    kind: str
    date: date | None
    how: str
    partial: str = ""


@dataclass(frozen=True, slots=True)
class Published:
    """An article's one publication date: the day (None when unknown), where it came from
    (``text``, ``meta``, ``user``, ``inferred`` or ``unknown``, the ``published_from`` of
    events.json), how, in words, and a dateline's month and day when its year is open."""

    date: date | None
    source: str = "unknown"
    how: str = ""
    partial: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """An article's cleaned text with its metadata and the date evidence it holds.

    ``evidence`` is what reading found; ``info.published`` is set once the dating stage
    (:mod:`events.dating`) has weighed it.
    """

    info: ArticleInfo
    text: str
    evidence: tuple[Evidence, ...] = ()

    @property
    def id(self) -> str:
        """The article's id (a shortcut for ``info.id``)."""
        return self.info.id

    @property
    def published(self) -> date | None:
        """The article's publication date (a shortcut for ``info.published``)."""
        return self.info.published


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An input that could not be read: the name the user gave and the reason, in words."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Interval:
    """Where a time expression sits on the calendar.

    ``start`` and ``end`` are inclusive dates. ``granularity`` is the unit the text named
    ("April 2022" is a month, "12 Oct 2022" a day). ``mod`` is the TIMEX3 modifier
    (START, MID, END, APPROX, BEFORE, AFTER, ...) already applied to ``start``/``end``;
    ``approximate`` is true when the text hedged ("around", "about", "or").
    """

    start: date
    end: date
    granularity: str
    mod: str | None = None
    approximate: bool = False

    def overlaps(self, other: Interval) -> bool:
        """True when the two intervals share at least one day."""
        return self.start <= other.end and other.start <= self.end

    @property
    def days(self) -> int:
        """The number of days the interval covers."""
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression found in a text, normalized to TIMEX3.

    ``type`` is DATE, TIME, DURATION or SET; ``value`` the TIMEX3 value (``2022-10-12``,
    ``2022-W40-WE``, ``P2D``, ``FUTURE_REF``); ``mod``, ``quant`` and ``freq`` the TIMEX3
    attributes of those names. ``anchor`` says what a relative expression was resolved
    against ("dct", "reference", "" for absolute ones); ``rule`` names the rule that
    recognised it, so every tag can be traced back to a table row. ``interval`` is the
    calendar interval for DATE and TIME values that have one, else None.

    ``points_to`` is set for a duration anchored by a relation word right after it, as
    TimeML annotates "two days after", "a week later": the span is "two days" (type
    DURATION, value ``P2D``) and ``points_to`` the TIMEX3 value of the date the relation
    points to ("2022-10-10"); ``interval`` is then that date's calendar interval. With
    "after"/"before" it is the date of the clause that follows the relation word (the
    clause holding the expression sits at the reference time); with "later"/"earlier"
    it is the date of the clause that holds the expression. "" for every other expression.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    anchor: str = ""
    rule: str = ""
    interval: Interval | None = None
    points_to: str = ""


@dataclass(frozen=True, slots=True)
class Title:
    """A title or role an actor held, with the date it is known to be held as of."""

    text: str
    as_of: date | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organization, country or group, with one canonical name.

    ``id`` is a slug of the canonical name (``lloyd-austin``). ``aliases`` are the other
    names it went by; ``titles`` the roles it held. ``mentions`` counts the mentions that
    resolved to it.
    """

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    titles: tuple[Title, ...] = ()
    mentions: int = 0


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A span of text that names an actor (by name, alias, title, capital or demonym)."""

    start: int
    end: int
    text: str
    actor: str


@dataclass(frozen=True, slots=True)
class Source:
    """Where an event was read: the article, the whole sentence quoted, and its offsets.

    ``start``/``end`` are the sentence's offsets in the article text; ``time_text`` is the
    time expression as written ("two days after"), and ``published`` the article's date,
    kept here so that a merged entry can show each source's dating without a lookup.
    ``part`` is ``"text"``, or ``"title"`` for the headline (:mod:`events.extract.headline`):
    then ``start``/``end`` are offsets into the article's title.
    """

    article: str
    quote: str
    start: int
    end: int
    time_text: str
    time_value: str = ""
    published: date | None = None
    part: str = "text"


@dataclass(frozen=True, slots=True)
class Event:
    """One dated clause of one article.

    ``when`` is the calendar interval of its time expression and ``timex`` that
    expression's TIMEX3 value. ``summary`` is a short, readable form of the clause,
    ``trigger`` the verb or noun that names what happened, ``type`` a coarse class
    ("attack", "meeting", "delivery", ...), ``status`` one of :data:`STATUSES`. ``actors``
    are actor ids; ``source`` cites the sentence. ``dated_by`` says what dates it:
    ``"time"``, a time expression of its sentence; ``"publication"``, the article's
    publication date (a happening reported with no date of its own).
    """

    id: str
    when: Interval
    timex: str
    summary: str
    trigger: str
    type: str
    status: str
    actors: tuple[str, ...]
    source: Source
    dated_by: str = "time"


@dataclass(frozen=True, slots=True)
class Extraction:
    """All that was read from one article: its time expressions, actors and events."""

    article: ArticleInfo
    times: tuple[TimeExpression, ...] = ()
    actors: tuple[Actor, ...] = ()
    mentions: tuple[ActorMention, ...] = ()
    events: tuple[Event, ...] = ()
    notes: tuple[str, ...] = field(default=())
