"""An article's headline as an event sentence (issue 9, item 4).

A headline states the article's main event ("Apple unveils iPhone 4", "BP to pay $20bn
into a fund"). It is read like a sentence of the story, with its own span: the Article
keeps its title (:attr:`events.models.ArticleInfo.title`), and the event cites the title,
``Source.part == "title"``, with ``start``/``end`` offsets into the title (ingest takes
the heading line out of the text, so the text's offsets stay those of the story).

Only a headline the input gave counts (a header ``Title:``, a page's title, a heading
line: ``ArticleInfo.title_from``), never a title made of the text's first words. The rules
are data, each named and tested:

- :data:`TRIMS` cut what is not the headline: a section label before a colon ("Live
  updates: ...", "Opinion | ..."), a site name after a bar or dash ("... - BBC News");
- :data:`REJECTS` name what makes the rest no event: a label on its own ("Live updates",
  "Opinion", a section name), fewer than :data:`MIN_WORDS` words, a question, no verb
  (:data:`VERB_RULES`: "Libyan missile misses Italian warship" has one, "Series of
  explosions in Libyan capital" has none);
- its date (:func:`headline_event`): a time expression of its own that dates it, else the
  date of the article's own event of the same happening among its first sentences (the text's
  evidence: "Apple unveils iPhone 4" takes the day of "Jobs unveiled iPhone 4 yesterday"),
  else the publication date (``dated_by == "publication"``).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Sequence

from events.extract.classify import status_of, trigger_and_type
from events.extract.clauses import IRREGULAR_PAST, Clause
from events.extract.governs import NOT_S_VERBS, governs, has_verb
from events.extract.summarize import summarize
from events.models import ActorMention, Event, Interval, Source, TimeExpression
from events.text import content_stems, dice

#: The fewest words a headline needs to state a happening.
MIN_WORDS = 3

#: Labels and section names that head an article without stating a happening, compared
#: lower-cased, as the whole headline or as a prefix before a colon or a bar.
LABELS = frozenset("""
live|live updates|live blog|live coverage|as it happened|breaking|breaking news|update|updated|
updates|latest|the latest|developing|developing story|exclusive|opinion|analysis|editorial|
comment|commentary|column|letters|letter|obituary|obituaries|review|explainer|factbox|fact box|
fact check|timeline|q&a|interview|podcast|video|watch|photos|in pictures|gallery|quiz|news|
world|world news|politics|business|sport|sports|technology|tech|science|health|environment|
us|uk|europe|middle east|africa|asia|americas|local|national|international|newsletter|
press release|statement|transcript|highlights|live updates and analysis|what we know
""".replace("\n", "").split("|"))

#: What is cut from a title before it is read: (name, pattern). ``label-prefix`` needs
#: its ``label`` group to be one of :data:`LABELS`; ``site-suffix`` needs its ``site`` group
#: to name a site (see :func:`_is_site`).
TRIMS: tuple[tuple[str, str], ...] = (
    ("label-prefix", r"^\s*(?P<label>[^:|]{1,40}?)\s*[:|]\s+"),
    ("site-suffix", r"\s+(?:\||[-\u2013\u2014]|::)\s+(?P<site>[^|\u2013\u2014]{2,40})\s*$"),
)

#: What makes a headline state a happening: (name, pattern), any one suffices.
#: ``present-s``: a lower-case "-s" verb after a word that is not a function word
#: ("Libyan missile misses"); ``past``: a past form ("BP attacked over video");
#: ``to-infinitive``: the headline's future ("Apple to lower UK iTunes prices");
#: ``modal``: "will", "could" and the like before a verb; ``bare-present``: a plural
#: subject's verb after the headline's opening names ("Fishermen cheer the harbour plan").
_FUNCTION = r"(?:of|in|on|at|for|with|from|by|and|or|the|a|an|to|as|into|over|about)"
VERB_RULES: tuple[tuple[str, str], ...] = (
    ("present-s", r"(?<!\S)(?!" + _FUNCTION + r"\s)[\w'\u2019.-]+\s+(?P<verb>[a-z]{2,}[^s\W]s)\b"),
    ("past", r"(?<!\S)(?!" + _FUNCTION + r"\s)[\w'\u2019.-]+\s+(?P<verb>[a-z]{2,}ed|"
     + "|".join(sorted(IRREGULAR_PAST)) + r")\b"),
    ("to-infinitive", r"^[^,;:]*?[\w'\u2019.-]\s+(?P<to>to)\s+(?:be\s+)?(?P<verb>[a-z]{2,})\b"),
    ("modal", r"\b(?:will|would|could|may|might|must|should|can)\s+(?:not\s+)?(?P<verb>[a-z]{2,})\b"),
    ("bare-present", r"^(?:[A-Z][\w'\u2019.&-]*,?\s+){1,4}(?!(?:" + _FUNCTION[3:-1]
     + r"|after|before|amid|under|against|near|without|than|but|not)\s)(?P<verb>[a-z]{3,})"
     r"\s+(?:the|a|an|its|their|his|her|new|more|[A-Z\d])"),
)

#: A headline in the future of headlines ("Apple to lower prices"): planned.
HEADLINE_FUTURE = "to-infinitive"

#: The article's own events that may give the headline its date: those of its first
#: this many characters of text, dated by a time expression to one day at most
#: :data:`LEAD_DAYS` before the publication date (the news of the day, not its
#: background), worded alike (Dice of content stems at least :data:`SAME_WORDING`).
LEAD_CHARS = 1200
LEAD_DAYS = 7
SAME_WORDING = 0.25

_TRIMS = tuple((n, re.compile(p)) for n, p in TRIMS)
_VERBS = tuple((n, re.compile(p)) for n, p in VERB_RULES)
_FUTURE = dict(_VERBS)[HEADLINE_FUTURE]
_WORDS = re.compile(r"[A-Za-z0-9][\w'\u2019&-]*")
_SITE_WORD = re.compile(r"^(?:[A-Z0-9][\w.'&-]*|of|the|and|on)$")


@dataclass(frozen=True, slots=True)
class Headline:
    """The part of a title that states a happening: offsets into the title, and its text."""

    start: int
    end: int
    text: str


def trim(title: str, sites: Iterable[str] = ()) -> tuple[int, int]:
    """The span of ``title`` left once :data:`TRIMS` have cut labels and site names;
    ``sites`` are names of the article's source and outlets."""
    start, end = 0, len(title.rstrip())
    while start < end and title[start].isspace():
        start += 1
    names = {s.lower() for s in sites if s}
    for name, pattern in _TRIMS:
        m = pattern.search(title, start, end)
        if m is None:
            continue
        if name == "label-prefix" and m["label"].strip().lower() in LABELS:
            start = m.end()
        elif name == "site-suffix" and _is_site(m["site"], names):
            end = m.start()
    return start, end


def _is_site(words: str, names: set[str]) -> bool:
    """A site's name: one of the article's, a domain, or up to four capitalized words."""
    text = words.strip()
    if text.lower() in names or re.search(r"\.(?:com|org|net|co\.uk|de|fr)\b", text, re.I):
        return True
    parts = text.split()
    return len(parts) <= 4 and all(_SITE_WORD.match(p) for p in parts) and parts[0][:1].isupper()


def verb_rule(text: str) -> str | None:
    """The name of the first :data:`VERB_RULES` row that finds a verb in ``text``, or
    ``"sentence-verb"`` when the sentence reader finds one, or None."""
    for name, pattern in _VERBS:
        for m in pattern.finditer(text):
            if m["verb"].lower() not in NOT_S_VERBS:
                return name
    return "sentence-verb" if has_verb(text) else None


def reject_rule(text: str) -> str | None:
    """The name of the rule that makes a trimmed headline no event, or None:
    ``label``, ``too-short``, ``question``, ``no-verb``."""
    plain = text.strip().rstrip(".!").strip()
    if plain.lower() in LABELS:
        return "label"
    if len(_WORDS.findall(plain)) < MIN_WORDS:
        return "too-short"
    if plain.endswith("?"):
        return "question"
    if verb_rule(plain) is None:
        return "no-verb"
    return None


def is_future(text: str) -> bool:
    """True for a headline in the future of headlines: "to" and a verb after a subject
    that has no verb of its own ("Apple to lower UK iTunes prices")."""
    m = _FUTURE.search(text)
    return m is not None and verb_rule(text[:m.start("to")]) is None


#: The rule names of :func:`reject_rule`, in the order it tries them.
REJECTS = ("label", "too-short", "question", "no-verb")


def find_headline(title: str, title_from: str, sites: Iterable[str] = ()) -> Headline | None:
    """The headline of a title the input gave (``title_from`` is ``"meta"`` or
    ``"heading"``), or None when there is none or it states no happening."""
    if title_from not in ("meta", "heading") or not title:
        return None
    start, end = trim(title, sites)
    text = title[start:end]
    if reject_rule(text):
        return None
    return Headline(start, end, text)


#: A year right after a capitalized word is part of a name ("WWDC 2005", "Worldwide
#: Developers Conference 2010"), not the headline's date.
NAMED_YEAR = re.compile(r"[A-Z][\w.&'-]*\s+$")


def own_date(title: str, head: Headline, times: Sequence[TimeExpression]
             ) -> tuple[TimeExpression, Interval] | None:
    """The first time expression of the headline that dates it (one with a calendar
    interval that :func:`events.extract.governs.governs`, and no :data:`NAMED_YEAR`),
    or None."""
    for t in times:
        if t.type not in ("DATE", "TIME") or t.interval is None:
            continue
        if re.fullmatch(r"\d{4}", t.text) and NAMED_YEAR.search(title, head.start, t.start):
            continue
        if head.start <= t.start and t.end <= head.end and governs(
                title, head.start, head.end, t.start, t.end,
                fine=t.interval.granularity in ("time", "day", "month")):
            return t, t.interval
    return None


def is_lead(event: Event, dct: date | None) -> bool:
    """True for an event that may give the headline its date (see :data:`LEAD_DAYS`)."""
    when = event.when
    if event.dated_by != "time" or event.source.part != "text" or \
            event.source.start >= LEAD_CHARS or when.granularity not in ("day", "time") \
            or when.start != when.end:
        return False
    return dct is None or 0 <= (dct - when.start).days <= LEAD_DAYS


def lead_match(head: Headline, events: Sequence[Event], dct: date | None = None) -> Event | None:
    """The article's own event of the headline's happening (:func:`is_lead`) whose summary
    is worded most like the headline (at least :data:`SAME_WORDING`), or None."""
    mine = content_stems(head.text)
    best, score = None, SAME_WORDING
    for e in events:
        if not is_lead(e, dct):
            continue
        s = dice(mine, content_stems(e.summary))
        if s >= score and (best is None or s > score):
            best, score = e, s
    return best


def headline_actors(title: str, head: Headline, mentions: Sequence[ActorMention]) -> tuple[str, ...]:
    """Actors the headline names: every text the article's mentions resolved, found in
    the headline as a whole word, in the order the headline names them."""
    found = []
    first: dict[str, str] = {}
    for m in mentions:  # a text's first mention names its actor
        first.setdefault(m.text, m.actor)
    for text, actor in first.items():
        if len(text) < 2:
            continue
        m = re.search(r"(?<![\w-])" + re.escape(text) + r"(?![\w-])", head.text)
        if m:
            found.append((m.start(), actor))
    return tuple(dict.fromkeys(a for _, a in sorted(found)))


def headline_event(article_id: str, title: str, head: Headline, times: Sequence[TimeExpression],
                   mentions: Sequence[ActorMention], events: Sequence[Event],
                   dct: date | None) -> Event | None:
    """The headline's event, dated as the module docstring says, or None when nothing
    dates it (no date of its own, no lead event alike, no publication date). ``times``
    are the title's time expressions, ``mentions`` and ``events`` the article text's."""
    time_text, dated_by = "", "time"
    own = own_date(title, head, times)
    lead = lead_match(head, events, dct) if own is None else None
    if own is not None:
        expr, when = own
        value, time_text = expr.points_to or expr.value, expr.text
    elif lead is not None:
        when, value = lead.when, lead.timex
    elif dct is not None:
        when, value, dated_by = Interval(dct, dct, "day"), dct.isoformat(), "publication"
    else:
        return None
    # only the date that dates it leaves the summary: "WWDC 2005" keeps its year
    spans = [(own[0].start, own[0].end)] if own is not None else []
    summary = summarize(title, Clause(head.start, head.end, "headline"), spans)
    if len(summary.split()) < MIN_WORDS - 1:
        return None
    status = "planned" if is_future(head.text) else status_of(head.text, when, dct)
    trigger, kind = trigger_and_type(summary)
    if lead is not None:  # it tells its lead's happening: of the lead's type
        kind = lead.type
    actors = headline_actors(title, head, mentions)
    source = Source(article_id, head.text, head.start, head.end, time_text, value, dct,
                    part="title")
    digest = hashlib.sha1(f"{article_id}:title:{head.start}".encode()).hexdigest()
    return Event(f"ev-{digest[:12]}", when, value, summary, trigger, kind, status, actors,
                 source, dated_by=dated_by)
