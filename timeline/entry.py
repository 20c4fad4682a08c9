"""From the events of one happening to one timeline entry.

The entry keeps the most precise date its sources give; when sources dated by a time
expression disagree (different days, or dates of different granularity that don't
overlap) it keeps the day most of them give (the earliest on a tie) and carries a
:class:`~timeline.models.Conflict` naming every date and its sources. A source dated
only by its article's publication day takes no part in a conflict: it never said when.

Its summary and first quote come from the source that tells the happening most directly
and completely: the one most alike to the other sources (what they have in common is the
happening), weighed with the cues of :data:`DIRECTNESS` (:func:`directness`: a sentence
that names the happening only in passing, a page's glued highlights or a headline lose);
its status is that of the latest source (a
report after the fact outranks a plan); its actors are the union, most frequent first;
its sources are that representative first, then the rest in order of publication. Its
id names the first report of the happening (the earliest published source's article and
event, see :func:`member_id`): it depends neither on the date or summary chosen nor on
the other members, so it stays the same across rebuilds and when later articles join the
entry, and a teacher's edits keyed by it survive.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date
from typing import Callable, Protocol, Sequence

from events.models import Event, Interval, Source
from events.text import words
from timeline.copies import PRECISE
from timeline.models import Conflict, Entry
from timeline.order import fineness

#: Event types that say nothing about the kind of happening (never chosen over a real one).
GENERIC_TYPES = frozenset({"", "other", "event", "unknown"})

#: Ties between statuses of one entry's sources go to the higher rank.
STATUS_RANK = {"happened": 3, "ongoing": 2, "planned": 1, "expected": 0}


class Member(Protocol):
    """One event of a happening, as merging prepared it."""

    event: Event
    article: str
    published: date | None
    when: Interval


def member_id(article: str, event_id: str) -> str:
    """The id of the entry whose first report is event ``event_id`` of ``article`` (an
    event id already names its sentence and time expression by offset)."""
    return "ev-" + hashlib.sha1(f"{article}/{event_id}".encode("utf-8")).hexdigest()[:12]


def first_report(m: Member) -> tuple:
    """The order of first reports: publication day, then article and place in it."""
    return (m.published or date.max, m.article, m.event.source.start, m.event.id)


#: What makes a sentence tell a happening directly and completely: (cue, points). A
#: member's :func:`directness` is the sum of the points of the cues it shows; its
#: similarity to the entry's other sources, weighted by :data:`ALIKE_WEIGHT`, comes on top.
#: - ``dated``: the sentence itself dates the happening (not only the publication day);
#: - ``happened``: it reports it as done or going on, not planned or expected;
#: - ``specific-type``: its type says what kind of happening it is;
#: - ``plain-length``: its summary has between :data:`PLAIN_WORDS` words (a fragment
#:   says too little, a sentence of many clauses buries the happening);
#: - ``plain-sentence``: the sentence has at most :data:`PLAIN_SENTENCE_WORDS` words (a
#:   page's highlights glued to its first sentence are no sentence to quote) and opens as
#:   a sentence does, not with a mark or the tail of a cut one (", who requested ...",
#:   "N) and its partners ...");
#: - ``own-words``: the quote is not someone's words in quotation marks;
#: - ``text``: the sentence is of the article's text, not its headline (a headline sums
#:   the happening up in few words, dropping names and the day: "Top American general
#:   says ..." beside "... Gen. Mark Milley said Wednesday");
#: - ``in-passing`` (points below zero): the sentence only names the happening on the way
#:   to something else, by its date as a noun's modifier ("since the 20 April explosion",
#:   "before Tuesday's blast"), in a clause opened by one of :data:`PASSING_OPENERS`
#:   ("... the first break Hayward has had since the rig exploded April 20"), or as the
#:   anchor a duration counts from ("Five months after the explosion, the well passed a
#:   test": the sentence tells the test).
#: How many actors of the entry a sentence names is no cue: in an entry of hundreds of
#: sources it rewards the sentence that lists the most parties, not the one that tells
#: the happening (on the representative gold, ``benchmarks/representatives.py``).
DIRECTNESS: tuple[tuple[str, float], ...] = (
    ("dated", 0.25),
    ("happened", 0.25),
    ("specific-type", 0.25),
    ("plain-length", 0.25),
    ("plain-sentence", 0.25),
    ("own-words", 0.25),
    ("text", 0.5),
    ("in-passing", -2.0),
)

#: The summary lengths (in words, inclusive) that ``plain-length`` rewards.
PLAIN_WORDS = (6, 30)

#: The most words of a sentence that ``plain-sentence`` rewards.
PLAIN_SENTENCE_WORDS = 45

#: Words that open a clause telling a happening as the time of another (``in-passing``).
PASSING_OPENERS = ("since", "after", "before", "following", "until", "prior to", "ahead of",
                   "in the wake of")

#: How much similarity to the other sources counts beside the cues: the source most alike
#: to the rest tells what they have in common, the happening, and the cues mostly break
#: near-ties between such sources (a sentence told in passing is the exception).
ALIKE_WEIGHT = 4.0

_QUOTE_MARKS = ("\u201c", "\"", "``")
_OPENER = re.compile(r"\b(?:" + "|".join(o.replace(" ", r"\s+") for o in PASSING_OPENERS)
                     + r")\b[^,;:()]*$", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|an|a)\s+$", re.I)
_DETERMINER_START = re.compile(r"(?:the|an|a)\s", re.I)
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_COUNTED_FROM = re.compile(r"\s+(?:after|before|prior\s+to|since)\b", re.I)
_COUNT = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?|decades?)$", re.I)
#: The opening of a sentence cut from another: a mark, or a bracket's tail ("N) and ...").
_CUT_OPENING = re.compile(r"^(?:[^\w\"\u201c'\u2018(*\u2022-]|\w{1,4}\)\s)")
#: Words after a date that go on with the date or the clause, not a noun it modifies.
_NOT_A_NOUN = frozenset("""
of to and or when that which in at on by for with as while where after before since
""".split())


def in_passing(quote: str, time_text: str) -> bool:
    """True when the sentence names its happening only on the way to something else: the
    time expression modifies a noun ("the 20 April explosion", "Tuesday's blast"), sits
    in a clause opened by one of :data:`PASSING_OPENERS`, or is a duration counted from
    the happening to another ("57 days after the explosion")."""
    at = quote.find(time_text) if time_text else -1
    if at < 0:
        return False
    before, after = quote[:at], quote[at + len(time_text):]
    if _POSSESSIVE_AFTER.match(after) or _OPENER.search(before):
        return True
    if _COUNT.search(time_text) and _COUNTED_FROM.match(after):
        return True
    following = _NEXT_WORD.match(after)
    if not following or following.group(1) in _NOT_A_NOUN:
        return False
    determiner = _DETERMINER_BEFORE.search(before)
    if not (determiner or _DETERMINER_START.match(time_text)):
        return False
    # "An April 20 explosion killed 11 workers" tells it: the noun it dates is the subject
    return bool(before[:determiner.start() if determiner else len(before)].strip())


def _cues(m: Member) -> dict[str, float]:
    event = m.event
    n = len(words(event.summary))
    quote = event.source.quote.lstrip()
    return {
        "dated": 1.0 if event.dated_by != "publication" else 0.0,
        "happened": 1.0 if event.status in ("happened", "ongoing") else 0.0,
        "specific-type": 0.0 if event.type in GENERIC_TYPES else 1.0,
        "plain-length": 1.0 if PLAIN_WORDS[0] <= n <= PLAIN_WORDS[1] else 0.0,
        "plain-sentence": 1.0 if len(words(quote)) <= PLAIN_SENTENCE_WORDS
        and not _CUT_OPENING.match(quote) else 0.0,
        "own-words": 0.0 if quote.startswith(_QUOTE_MARKS) else 1.0,
        "text": 0.0 if event.source.part == "title" else 1.0,
        "in-passing": 1.0 if in_passing(event.source.quote, event.source.time_text) else 0.0,
    }


def directness(m: Member) -> float:
    """How directly and completely a member tells its happening (:data:`DIRECTNESS`)."""
    cues = _cues(m)
    return sum(points * cues[cue] for cue, points in DIRECTNESS)


#: The most members a representative is weighed against: every one of them up to this
#: many, else this many spread evenly.
REPRESENTATIVE_PEERS = 100


def representative(members: Sequence[Member], alike) -> Member:
    """The member that speaks for the entry: the most direct and complete telling, the
    one most alike to the others breaking near-ties."""
    if len(members) == 1:
        return members[0]
    step = max(1, -(-len(members) // REPRESENTATIVE_PEERS))
    peers = members[::step]  # an entry of hundreds costs no square of them

    def key(m: Member):
        others = [o for o in peers if o is not m]
        centrality = sum(alike(m, o) for o in others) / max(1, len(others))
        score = directness(m) + ALIKE_WEIGHT * centrality
        # on a tie the article's text speaks before its headline, which only sums it up
        return (-round(score, 9), m.event.source.part == "title", m.published or date.max,
                m.article, m.event.source.start)
    return min(members, key=key)


def _label(m: Member) -> str:
    """The date a member gives, as the conflict names it: the day, or the TIMEX3 value."""
    if m.when.granularity in PRECISE:
        return m.when.start.isoformat()
    return m.event.timex or m.when.start.isoformat()


def _conflict(members: Sequence[Member]) -> tuple[Conflict | None, date | None]:
    """The conflict among the members dated by a time expression, and the day most
    precise sources give (earliest on a tie; None when no precise source disagrees)."""
    dated = [m for m in members if m.event.dated_by != "publication"]
    # days on a line all overlap pairwise exactly when the latest start is on or before
    # the earliest end: one pass instead of every pair (an entry may hold 500 members)
    disagree = bool(dated) and max(m.when.start for m in dated) > min(m.when.end for m in dated)
    if not disagree:
        return None, None
    by_label: dict[str, set[str]] = defaultdict(set)
    for m in dated:
        by_label[_label(m)].add(m.article)
    labels = sorted(by_label)
    conflict = Conflict(tuple(labels), tuple((d, tuple(sorted(by_label[d]))) for d in labels))
    by_day: dict[date, set[str]] = defaultdict(set)
    for m in dated:
        if m.when.granularity in PRECISE:
            by_day[m.when.start].add(m.article)
    if len(by_day) < 2:
        return conflict, None
    chosen = min(by_day, key=lambda d: (-len(by_day[d]), d))
    return conflict, chosen


def _when(members: Sequence[Member], chosen_day: date | None) -> Member:
    """The member whose date the entry keeps: the most precise one."""
    pool = [m for m in members if chosen_day is None
            or (m.when.start == chosen_day and m.when.granularity in PRECISE)]
    counts = Counter((m.when.start, m.when.end) for m in pool)
    return min(pool, key=lambda m: (m.when.days, fineness(m.when),
                                    -counts[(m.when.start, m.when.end)], m.when.start,
                                    m.article, m.event.source.start))



def make_entry(members: Sequence[Member], alike: Callable[[Member, Member], float]) -> Entry:
    """One entry from the events of one happening; ``alike`` says how alike two members'
    wording is (the member most alike to the others gives the summary)."""
    conflict, chosen_day = _conflict(members)
    dated = _when(members, chosen_day)
    rep = representative(members, alike)
    types = Counter(m.event.type for m in members if m.event.type not in GENERIC_TYPES)
    etype = min(types, key=lambda t: (-types[t], t)) if types else rep.event.type
    latest = max(members, key=lambda m: (m.published or date.min,
                                         STATUS_RANK.get(m.event.status, -1)))
    actor_counts = Counter(a for m in members for a in m.event.actors)
    actors = tuple(sorted(actor_counts, key=lambda a: (-actor_counts[a], a)))
    rest = sorted((m for m in members if m is not rep),
                  key=lambda m: (m.published or date.max, m.article, m.event.source.part != "title",
                                 m.event.source.start))
    sources = tuple(_source(m) for m in [rep, *rest])
    ids = [member_id(m.article, m.event.id) for m in sorted(members, key=first_report)]
    return Entry(id=ids[0], members=tuple(sorted(set(ids))), when=dated.when,
                 timex=dated.event.timex, summary=rep.event.summary, type=etype,
                 status=latest.event.status, actors=actors, sources=sources, conflict=conflict,
                 dated_by="publication" if all(m.event.dated_by == "publication"
                                               for m in members) else "time")


def _source(m: Member) -> Source:
    src = m.event.source
    if src.published is None and m.published is not None:
        return replace(src, published=m.published)
    return src
