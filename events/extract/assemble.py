"""From one article to its dated events: the last stage of ``events``.

``extract`` tags the time expressions, finds the actors, and makes one :class:`Event` per
dated clause: the clause a time expression dates (``events.extract.clauses``), a summary
(``events.extract.summarize``), a status and a type (``events.extract.classify``), the actors named in it,
and the sentence it came from as its source. ``find_events`` is the pure part, given the
tags and mentions, so it can be tested without either recognizer.
"""
from __future__ import annotations

import hashlib
import re
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from datetime import date, timedelta
from typing import Iterable, Sequence

from events.actors import NerUnavailable, find_actors
from events.errors import StageError
from events.extract.classify import status_of, trigger_and_type
from events.extract.clauses import Clause, anchor_clause, clause_for, is_bound
from events.extract.governs import (first_verb, governs, happening, happening_noun, has_verb,
                                    in_quotation,
                                    is_heading, publication_verb)
from events.extract.headline import find_headline, headline_event
from events.extract.language import language_name, language_of
from events.extract.summarize import CLOCK, summarize
from events.models import (ActorMention, Article, Event, Extraction, Interval, Source,
                           TimeExpression, GRANULARITIES)
from events.options import Options
from events.temporal import tag
from events.temporal.tense import clause_tense
from events.text.sentences import Sentence, split_sentences

#: Bump when extraction output changes, so that stored corpora re-extract their articles.
EXTRACTION_VERSION = 19

#: TIMEX3 types that can date an event.
DATING_TYPES = frozenset({"DATE", "TIME"})

#: How far ahead "in the coming weeks" (FUTURE_REF) is placed: the day after the
#: publication date up to this many days later, marked approximate.
FUTURE_REF_DAYS = 60

#: Future references that name a horizon, not a time something happens ("both in the
#: short and the long term"): they date no event.
HORIZONS = frozenset(("the long term", "the short term", "the medium term", "the near term",
                      "the long run", "the short run", "the future"))

#: Text between two time expressions that makes them one interval ("X or Y", "X to Y").
RANGE_JOINERS: tuple[tuple[str, str], ...] = (
    ("or", r"^\s*,?\s*or\s+$"),
    ("to", r"^\s*(?:to|through|until|till)\s+$"),
    ("and", r"^\s*and\s+$"),  # only after "between": "in March and June" is two dates
    ("dash", r"^\s*[-\u2013]\s*$"),
)

#: Granularities of a date that may modify the occasion of an event ("in a July 16 press
#: conference") and so date it.
FINE_GRANULARITIES = frozenset({"time", "day", "month"})

#: Granularities of a date that may date a happening it premodifies ("the April 20
#: explosion", "Saturday's strikes"): a day, not a month or a year ("the 2016 election",
#: "this year's budget" name something, not a happening of a day).
DAY_GRANULARITIES = frozenset({"time", "day"})

#: A summary this short may have lost its verb with its date ("In a speech"); a longer
#: one is not checked.
SHORT_SUMMARY = 6

#: The lead of a story: its first dated event, if it lies in this many first sentences.
#: A later undated sentence that names the lead's first actor goes on with its story.
LEAD_SENTENCES = 3

#: How many days before the publication date a dated sentence may lie and still set the
#: reference time of the undated past-tense sentences after it.
REFERENCE_DAYS = 3

#: A clause needs at least this many words once its dates are gone to be an event
#: (a date line or a headline fragment is not one).
MIN_WORDS = 2

#: Deictic expressions that, inside a direct quote, are the speaker's "now" rather than
#: the date of a happening ("the countries that were at the conference today").
QUOTED_DEICTICS = frozenset(("today", "tonight", "now", "this morning", "this afternoon",
                             "this evening", "this week", "these days", "right now"))

#: An agency credit right after a date: the date is a dateline's ("CAIRO, March 7 (Reuters)
#: -"), the story's own date, not the date of a happening.
DATELINE_CREDIT = re.compile(r"\s*\([A-Z][A-Za-z]{1,20}\)\s*[-\u2013\u2014]")

_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")

_JOINERS = tuple((n, re.compile(p, re.I)) for n, p in RANGE_JOINERS)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)


#: The stages of :func:`extract`, as a failure names them (:class:`StageError`).
STAGES = ("temporal", "actors", "events")


def extract(article: Article, options: Options) -> Extraction:
    """Read one article, dated already (:mod:`events.dating`): its time expressions,
    actors and dated events. An article whose date is unknown keeps its relative dates
    unresolved, and only its absolute ones date events.

    A bug in a stage raises :class:`~events.errors.StageError` naming the stage and the
    article; a missing actor recognizer (:class:`events.actors.NerUnavailable`) is raised
    as it is, since it fails every article alike.
    """
    info = article.info
    language = language_of(article.text)
    if language != "en":  # the rules read English only: say so rather than find nothing
        return Extraction(replace(info, language=language),
                          notes=(f"written in {language_name(language)} ({language}), not English",))
    with _stage("temporal", article):
        times = tag(article.text, info.published,
                    dct_from_text=info.published_from == "inferred")
    with _stage("actors", article, passing=NerUnavailable):
        found = find_actors(article, options)
    info = replace(info, outlets=_union(info.outlets, found.outlets),
                   byline=_union(info.byline, found.byline))
    with _stage("events", article):
        events = find_events(replace(article, info=info), times, found.mentions)
        events = _with_headline(replace(article, info=info), found.mentions, events)
    return Extraction(info, times, found.actors, found.mentions, events)


@contextmanager
def _stage(name: str, article: Article, passing: type[BaseException] | tuple = ()):
    """Turn a failure inside stage ``name`` into a :class:`StageError` naming it and the
    article (``passing`` errors go through as they are)."""
    try:
        yield
    except passing:
        raise
    except Exception as exc:  # a bug in one stage must name the stage, not hide in a blanket
        raise StageError(name, article.info.path or article.info.url or article.id, exc) \
            from exc


def _with_headline(article: Article, mentions: Sequence[ActorMention],
                   events: tuple[Event, ...]) -> tuple[Event, ...]:
    """The article's events with its headline's first, when it has one that states a
    happening (:mod:`events.extract.headline`)."""
    info = article.info
    head = find_headline(info.title, info.title_from, (info.source or "", *info.outlets))
    if head is None:
        return events
    made = headline_event(info.id, info.title, head, tag(info.title, info.published),
                          mentions, events, info.published)
    return events if made is None else (made, *events)


def _union(first: tuple[str, ...], second: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *second)))


def find_events(article: Article, times: Sequence[TimeExpression],
                mentions: Sequence[ActorMention]) -> tuple[Event, ...]:
    """One Event per dated clause of ``article``, given its tags and actor mentions."""
    text = article.text
    dct = article.info.published
    events: list[Event] = []
    references: list[Event] = []
    sentences = split_sentences(text)
    by_sentence = _group_by_sentence(sentences, times)
    lead: Event | None = None
    lead_actor: str | None = None
    for index, sentence in enumerate(sentences):
        in_sentence = by_sentence.get(sentence.start, [])
        if is_heading(text, sentence.start, sentence.end):
            continue  # a heading, a caption, a link: not a sentence of the story
        made, named = [], []
        for group in _ranges(text, in_sentence):
            dated, nominal = _event(article, sentence, group, in_sentence, mentions, dct)
            made.extend(dated)
            named.extend(nominal)
        if made:
            found = _references(made, dct)
            references.extend(found)
            if not any(e.dated_by == "time" and e.source.time_text for e in events) and found \
                    and index < LEAD_SENTENCES:
                lead = found[0]
                lead_actor = _lead_subject(text, sentence, mentions, lead)
        elif dct is not None:
            made = _publication_event(article, sentence, mentions, dct, references, lead,
                                      lead_actor, _happening_spans(text, sentence, in_sentence)
                                      if named else ())
        events.extend(made)
        events.extend(named)  # a happening a date premodifies dates no clause of the sentence
    return tuple(events)


def _references(made: Sequence[Event], dct: date | None) -> list[Event]:
    """The events of a dated sentence that may set the story's reference time: those that
    happened on one day at most :data:`REFERENCE_DAYS` before the publication date ("Jobs
    said yesterday ...")."""
    return [e for e in made if e.status == "happened" and e.when.granularity in ("day", "time")
            and dct is not None and 0 <= (dct - e.when.start).days <= REFERENCE_DAYS
            and e.when.start == e.when.end]


def _group_by_sentence(sentences: Sequence[Sentence], times: Sequence[TimeExpression]):
    out: dict[int, list[TimeExpression]] = {}
    i = 0
    ordered = sorted(times, key=lambda t: t.start)
    for sentence in sentences:
        while i < len(ordered) and ordered[i].start < sentence.start:
            i += 1
        j = i
        while j < len(ordered) and ordered[j].end <= sentence.end:
            out.setdefault(sentence.start, []).append(ordered[j])
            j += 1
        i = j
    return out


def _ranges(text: str, times: Sequence[TimeExpression]) -> list[list[TimeExpression]]:
    """Group time expressions joined into one interval ("the end of November or early
    December"); every other expression stands alone."""
    groups: list[list[TimeExpression]] = []
    for t in times:
        if groups and _joined(text, groups[-1][-1], t):
            groups[-1].append(t)
        else:
            groups.append([t])
    return groups


def _joined(text: str, left: TimeExpression, right: TimeExpression) -> bool:
    if left.interval is None and left.type not in DATING_TYPES or \
            right.interval is None and right.type not in DATING_TYPES:
        return False
    gap = text[left.end:right.start]
    for name, pattern in _JOINERS:
        if pattern.match(gap):
            return name != "and" or bool(_BETWEEN.search(text, max(0, left.start - 12), left.start))
    return False


def when_of(group: Sequence[TimeExpression], dct: date | None) -> Interval | None:
    """The interval a group of joined time expressions covers, or None when it has no
    place on the calendar (durations and sets that point nowhere, unresolved or vague
    past/present references)."""
    intervals = []
    for t in group:
        if t.interval is not None:  # a date, or a duration that points to one ("two days" after)
            intervals.append(t.interval)
        elif t.type not in DATING_TYPES:
            return None
        elif t.value == "FUTURE_REF" and dct is not None and t.text.lower() not in HORIZONS:
            intervals.append(Interval(dct + timedelta(days=1), dct + timedelta(days=FUTURE_REF_DAYS),
                                      "vague", "AFTER", approximate=True))
        else:
            return None
    if not intervals:
        return None
    if len(intervals) == 1:
        return intervals[0]
    coarsest = max((iv.granularity for iv in intervals), key=GRANULARITIES.index)
    return Interval(min(iv.start for iv in intervals), max(iv.end for iv in intervals),
                    coarsest, None, approximate=True)


_PHRASE_END = re.compile(r"[,;:]|\s--?\s")


def _own_date(text: str, clause, group: Sequence[TimeExpression],
              in_sentence: Sequence[TimeExpression]) -> bool:
    """True when the clause a duration points to across its relation word gives its own
    date ("57 days after the April 20 explosion", "three days after the summit on May 2"):
    that date, not a count back from the article's day, dates it."""
    # up to the clause's first comma: "A day after Mubarak stepped down, workers readied
    # themselves for Sunday" dates the readying by Sunday, not the stepping down
    cut = _PHRASE_END.search(text, clause.start, clause.end)
    end = cut.start() if cut else clause.end
    return any(t not in group and t.interval is not None and not t.points_to
               and t.type in ("DATE", "TIME") and clause.start <= t.start < end
               for t in in_sentence)


def _event(article: Article, sentence: Sentence, group: list[TimeExpression],
           in_sentence: Sequence[TimeExpression], mentions: Sequence[ActorMention],
           dct: date | None) -> tuple[list[Event], list[Event]]:
    """The events one group of joined time expressions dates: usually one; two for a
    relation anchored to the publication date ("A comes two days after B"). Then, apart,
    the happening it dates when it premodifies a happening noun instead of dating its
    clause ("since an April 20 explosion on a drilling rig triggered ...": the explosion,
    :func:`events.extract.governs.happening`)."""
    text = article.text
    first, last = group[0], group[-1]
    when = when_of(group, dct)
    begun = _begun_since(text, sentence, first)
    bound = is_bound(text, sentence.start, first.start) and not _closed_range(text, sentence, group)
    if when is None or _quoted_deictic(text, sentence, first) or DATELINE_CREDIT.match(text, last.end):
        return [], []
    day = when.granularity in DAY_GRANULARITIES and len(group) == 1
    if bound and not begun:  # "since April": a bound; but "since the April 20 explosion" dates it
        return [], _happening(article, sentence, group, in_sentence, mentions, when, dct, day)
    if begun:  # "has been fighting cancer since 2004": it began then, and goes on
        when = Interval(when.start, when.start if when.granularity in FINE_GRANULARITIES else when.end,
                        when.granularity, None, approximate=when.approximate)
    if not governs(text, sentence.start, sentence.end, first.start, last.end,
                   fine=when.granularity in FINE_GRANULARITIES, day=day):
        return [], _happening(article, sentence, group, in_sentence, mentions, when, dct, day)
    clause = clause_for(text, sentence.start, sentence.end, first.start, last.end,
                        points=bool(first.points_to))
    out = [_make(article, sentence, clause, group, in_sentence, mentions, when, dct, "")]
    if clause.rule == "relational" and first.points_to and _own_date(text, clause, group, in_sentence):
        out = []  # "57 days after the April 20 explosion": the explosion dates itself
    if clause.rule == "relational" and dct is not None:
        anchored = anchor_clause(text, sentence.start, sentence.end, first.start)
        if anchored is not None:
            out.append(_make(article, sentence, anchored, group, in_sentence, mentions,
                             Interval(dct, dct, "day"), dct, "anchor"))
    return [e for e in out if e is not None], []


def _happening(article: Article, sentence: Sentence, group: list[TimeExpression],
               in_sentence: Sequence[TimeExpression], mentions: Sequence[ActorMention],
               when: Interval, dct: date | None, day: bool) -> list[Event]:
    """The happening a day that dates no clause premodifies ("the April 20 explosion",
    "Saturday's strikes"; :func:`events.extract.governs.happening`), outside a quotation;
    none for a coarser date or another noun."""
    text = article.text
    first, last = group[0], group[-1]
    if not day or in_quotation(text, sentence.start, sentence.end, first.start):
        return []
    span = happening(text, sentence.start, sentence.end, first.start, last.end)
    if span is None:
        return []
    made = _make(article, sentence, Clause(*span, "happening"), group, in_sentence, mentions,
                 when, dct, "")
    return [made] if made is not None else []


def _make(article: Article, sentence: Sentence, clause: Clause, group: list[TimeExpression],
          in_sentence: Sequence[TimeExpression], mentions: Sequence[ActorMention],
          when: Interval, dct: date | None, salt: str) -> Event | None:
    text = article.text
    first, last = group[0], group[-1]
    spans = [(t.start, t.end) for t in in_sentence]
    summary = summarize(text, clause, spans)
    if len(summary.split()) <= SHORT_SUMMARY and \
            clause.rule not in ("appositive", "relational-anchor", "happening") \
            and not has_verb(CLOCK.sub("", summary)):  # "At 08:56 am" has no verb
        # what is left of the clause says nothing on its own ("In a speech"): the
        # sentence, less its dates, says what happened
        whole = _sentence_summary(text, sentence.start, sentence.end, tuple(spans))
        if has_verb(whole):
            summary = whole
    if len(summary.split()) < MIN_WORDS and clause.rule == "happening":
        summary = summarize(text, clause, [])  # "Wednesday's meeting": the day names it
    if len(summary.split()) < MIN_WORDS:
        return None
    tense = clause_tense(text, sentence.start, sentence.end, first.start)
    status = status_of(f"{clause.subject} {text[clause.start:clause.end]}", when, dct, tense)
    if _begun_since(text, sentence, first):
        status = "ongoing"
    trigger, kind = trigger_and_type(summary)
    if clause.rule == "happening":  # the noun names the happening: "the April 20 explosion"
        noun = happening_noun(text, last.end)
        known, noun_kind = trigger_and_type(noun)
        trigger, kind = noun, (noun_kind if known else kind)
    actors = _actors(sentence, clause, mentions)
    time_text = text[first.start:last.end]
    value = (first.points_to or first.value) if not salt else dct.isoformat()
    source = Source(article.id, text[sentence.start:sentence.end], sentence.start, sentence.end,
                    time_text, value, dct)
    return Event(_event_id(article.id, sentence.start, first.start, salt), when, value, summary,
                 trigger, kind, status, actors, source)


@lru_cache(maxsize=4)
def _sentence_summary(text: str, start: int, end: int, spans: tuple) -> str:
    """The whole sentence's summary, less its dates: the same for every expression of the
    sentence, so it is made once per sentence (a sentence listing twenty dates asked for
    it twenty times)."""
    return summarize(text, Clause(start, end, "sentence"), spans)


def _happening_spans(text: str, sentence: Sentence,
                     in_sentence: Sequence[TimeExpression]) -> list[tuple[int, int]]:
    """The spans of the happenings the sentence's days premodify (:func:`happening`)."""
    spans = []
    for group in _ranges(text, in_sentence):
        span = happening(text, sentence.start, sentence.end, group[0].start, group[-1].end)
        if span is not None:
            spans.append(span)
    return spans


def _publication_event(article: Article, sentence: Sentence, mentions: Sequence[ActorMention],
                       dct: date, references: Sequence[Event] = (),
                       lead: Event | None = None, lead_actor: str | None = None,
                       happenings: Sequence[tuple[int, int]] = ()) -> list[Event]:
    """A happening reported with no date of its own, when the sentence reports one (a verb
    that is not background, see :func:`events.extract.governs.publication_verb`).

    It is dated to the publication day and marked so (``dated_by="publication"``); but a
    past-tense one that follows a sentence dated a few days before publication ("Jobs
    said yesterday ...", then "He also said ...") continues that story and takes its day,
    the story's reference time (``dated_by="time"``, the value of the earlier sentence's
    expression, no time text of its own)."""
    text = article.text
    verb = publication_verb(text, sentence.start, sentence.end)
    if verb is None:
        return []
    v_start, v_end, tense = verb
    if any(start <= v_start < end for start, end in happenings):
        # "An April 20 explosion on a rig killed 11 workers": the dated happening is the
        # subject of the sentence's verb, and its event already tells it, on its day
        return []
    clause = clause_for(text, sentence.start, sentence.end, v_start, v_end)
    if clause.rule in ("relational", "subordinate") or not clause.start <= v_start < clause.end \
            and clause.rule != "attribution-tail":  # a quote, then "she said": what she said
        clause = Clause(sentence.start, sentence.end, "sentence")
    if clause.rule == "attribution-tail":  # the saying is the event: all that was said
        clause = replace(clause, start=sentence.start)
    summary = summarize(text, clause, [])
    if len(summary.split()) < MIN_WORDS + 1:
        return []
    when, value, dated_by = Interval(dct, dct, "day"), dct.isoformat(), "publication"
    wording = f"{clause.subject} {text[clause.start:clause.end]}"
    actors = _actors(sentence, clause, mentions)
    if tense == "past":
        status = "happened"  # tense decides: a past verb reports what happened
        reference = _continued(text, sentence, v_start, mentions, references, lead, lead_actor)
        if reference is not None:
            when, value, dated_by = reference.when, reference.timex, "time"
    else:
        status = status_of(wording, when, dct)
    trigger, kind = trigger_and_type(summary)
    source = Source(article.id, text[sentence.start:sentence.end], sentence.start, sentence.end,
                    "", value, dct)
    return [Event(_event_id(article.id, sentence.start, v_start, "publication"), when,
                  value, summary, trigger, kind, status, actors, source, dated_by=dated_by)]


#: A sentence that opens with a personal pronoun continues the story of the one before it.
CONTINUING_PRONOUN = re.compile(r"(?:He|She|They)\b")  # matched at the sentence start


def _continued(text: str, sentence: Sentence, verb_start: int, mentions: Sequence[ActorMention],
               references: Sequence[Event], lead: Event | None = None,
               lead_actor: str | None = None) -> Event | None:
    """The latest dated event whose story an undated sentence goes on with: one whose
    actors hold the sentence's subject (:func:`_subject`: "Apple CEO Steve Jobs unveiled",
    "... said Jobs"), or, for a sentence that opens with a personal pronoun, the latest;
    else the lead, when the sentence names the lead's subject (``lead_actor``); None when
    there is none."""
    if not references:
        return None
    if CONTINUING_PRONOUN.match(text, sentence.start):
        return references[-1]
    subject = _subject(text, sentence, first_verb(text, sentence.start, sentence.end) or verb_start,
                       mentions)
    if subject is not None:
        found = next((r for r in reversed(references) if subject in r.actors), None)
        if found is not None:
            return found
    if lead is not None and lead.actors:  # the story of the lead: a sentence that names its actor
        named = {m.actor for m in mentions if sentence.start <= m.start and m.end <= sentence.end}
        if (lead_actor or lead.actors[0]) in named:
            return lead
    return None


def _subject(text: str, sentence: Sentence, verb_start: int,
             mentions: Sequence[ActorMention]) -> str | None:
    """The actor a sentence names as the subject of the verb at ``verb_start``: the last one
    before it ("Apple CEO Steve Jobs unveiled"); when none comes before, the name right
    after the verb (an inverted attribution, "... said Apple CEO Steve Jobs": the last
    actor of the run of capitalized words that follows it); None when there is none."""
    inside = [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end]
    before = [m.actor for m in inside if m.end <= verb_start]
    if before:
        return before[-1]
    verb_end = INVERTED_VERB.match(text, verb_start)
    if verb_end is None:
        return None
    run = NAME_RUN.match(text, verb_end.end(), sentence.end)
    after = [m.actor for m in inside if verb_end.end() <= m.start and m.end <= run.end()]
    return after[-1] if after else None


#: The verb of an inverted attribution ("... ," said Jobs), and the run of capitalized
#: words after it that names the speaker.
INVERTED_VERB = re.compile(r"(?:said|says|added|asked|told|wrote|explained|stated)\b", re.I)
NAME_RUN = re.compile(r"(?:\s+[A-Z][\w.'\u2019&-]*)*")


def _lead_subject(text: str, sentence: Sentence, mentions: Sequence[ActorMention],
                  lead: Event) -> str | None:
    """The subject of the lead's sentence (the actor named last before its first verb
    outside a quotation: "The co-founder of Apple Inc. Steve Jobs has died"), which a later
    sentence names to go on with the lead's story; None when it names none."""
    verb = first_verb(text, sentence.start, sentence.end)
    if verb is None:
        return None
    subject = _subject(text, sentence, verb, mentions)
    return subject if subject in lead.actors else None


#: "since" right before a time expression, after a present perfect progressive ("has been
#: fighting cancer since 2004"): the state began at that time and still goes on.
SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
PERFECT_PROGRESSIVE = re.compile(r"\b(?:has|have)\s+been\s+[a-z]+ing\b")


#: A bound word that opens a closed range with the expression it joins ("from August 6-15",
#: "from March 3 to March 9"): the range is the event's time, not a bound of it.
RANGE_OPENER = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)


def _closed_range(text: str, sentence: Sentence, group: Sequence[TimeExpression]) -> bool:
    first = group[0]
    return len(group) > 1 and bool(RANGE_OPENER.search(text, max(sentence.start, first.start - 10),
                                                       first.start))


def _begun_since(text: str, sentence: Sentence, t: TimeExpression) -> bool:
    if not SINCE_BEFORE.search(text, max(sentence.start, t.start - 12), t.start):
        return False
    return bool(PERFECT_PROGRESSIVE.search(text, max(sentence.start, t.start - 80), t.start))


def _quoted_deictic(text: str, sentence: Sentence, t: TimeExpression) -> bool:
    """True for "today" and the like inside a direct quote. A quote may span sentences,
    so curly quotes are read by direction: an opening one before, or a closing one after."""
    if t.text.lower() not in QUOTED_DEICTICS:
        return False
    before = _QUOTE_MARKS.findall(text, sentence.start, t.start)
    after = _QUOTE_MARKS.findall(text, t.end, sentence.end)
    if before and before[-1] == "\u201c" or after and after[0] == "\u201d":
        return True
    return before.count('"') % 2 == 1


def _actors(sentence: Sentence, clause: Clause,
            mentions: Sequence[ActorMention]) -> tuple[str, ...]:
    """Actors named in the clause, its borrowed subject or its speaker, in order."""
    borrowed = f"{clause.subject} {clause.speaker}"
    found = []
    for m in mentions:
        if m.start < sentence.start or m.end > sentence.end:
            continue
        if clause.start <= m.start and m.end <= clause.end or (borrowed.strip() and m.text in borrowed):
            found.append(m.actor)
    return tuple(dict.fromkeys(found))


def _event_id(article_id: str, sentence_start: int, time_start: int, salt: str = "") -> str:
    key = f"{article_id}:{sentence_start}:{time_start}{':' + salt if salt else ''}"
    digest = hashlib.sha1(key.encode()).hexdigest()
    return f"ev-{digest[:12]}"
