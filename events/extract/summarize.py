"""A short, readable summary of one dated clause.

The clause loses its own time expression (the date is shown beside it), any trailing
attribution, leading connectors and unbalanced quotes. Reported speech reads as
"Speaker said ...". Long clauses are cut at a natural break near :data:`MAX_WORDS`.
"""
from __future__ import annotations

import re
from typing import Sequence

from events.extract.clauses import Clause, resolve_pronoun

#: Summaries longer than this many words are cut at a natural break.
MAX_WORDS = 26

#: Prepositions that go with a removed time expression ("on Tuesday", "by the end of").
TIME_PREPOSITIONS = ("on", "in", "at", "during", "by", "over", "from", "until", "through",
                     "throughout", "for", "since", "as of", "as early as", "as late as",
                     "before", "after", "around", "about", "of")

#: Words that open a clause without belonging to its content.
LEADING_CONNECTORS = ("and", "but", "then", "while", "though", "although", "whereas", "yet",
                      "also", "so")

#: First-person words: a clause that starts with one is a quote and needs its speaker.
FIRST_PERSON = frozenset(("i", "we", "our", "my", "us", "i'm", "we're", "we've", "we'll"))

#: Places where a long summary may be cut, tried from the end: (name, pattern).
CUT_POINTS: tuple[tuple[str, str], ...] = (
    ("comma-including", r",\s+including\b"),
    ("comma", r","),
    ("relative", r"\s(?:that|which|who|where|because|as|after|before|while|to)\s"),
)

_PREP = re.compile(r"(?:\b(?:" + "|".join(sorted((re.escape(p) for p in TIME_PREPOSITIONS),
                                              key=len, reverse=True)) + r")\s+)$", re.I)
_JOINER = re.compile(r"^\s*(?:,?\s*(?:or|and|to|through|until)\s+|\s*[-\u2013]\s*)$", re.I)
_LEADING = re.compile(r"^(?:(?:" + "|".join(LEADING_CONNECTORS) + r")\b[\s,]*)+", re.I)
_FUNCTION_WORDS = frozenset(("The", "A", "An", "This", "These", "That", "Those", "It", "They",
                            "We", "There", "Its", "Their", "Our", "He", "She", "Some", "Many"))
#: Relation words TimeML leaves outside a duration's span ("seven months" later).
_RELATION_AFTER = re.compile(r"\s+(?:later|earlier|afterwards?|thereafter|beforehand|ago)\b")
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_CUTS = tuple((n, re.compile(p)) for n, p in CUT_POINTS)
_NAME_TAIL = re.compile(r"((?:(?:[A-Z][\w.'\u2019-]*|[A-Z]\.)\s*){1,3})$")


def removal_spans(text: str, clause: Clause, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans to drop from the clause: each time expression with its preposition and
    its possessive ("Friday's"), joined where two are linked by "or", "and", "to" or a
    dash."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if not (clause.start <= start and end <= clause.end):
            continue
        if m := _POSSESSIVE.match(text, end, clause.end):  # "Friday's resolution"
            end = m.end()
        elif m := _RELATION_AFTER.match(text, end, clause.end):  # "seven months later"
            end = m.end()
        m = _PREP.search(text, max(clause.start, start - 14), start)
        if m:
            start = m.start()
        if out and _JOINER.match(text[out[-1][1]:start]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def short_speaker(speaker: str) -> str:
    """The name at the end of a long speaker description ("Chairman of the Joint Chiefs of
    Staff Gen. Mark Milley" -> "Gen. Mark Milley")."""
    words = speaker.split()
    if len(words) <= 4:
        return speaker
    m = _NAME_TAIL.search(speaker)
    return m.group(1).strip() if m and len(m.group(1).split()) >= 2 else speaker


def summarize(text: str, clause: Clause, time_spans: Sequence[tuple[int, int]]) -> str:
    """The summary of ``clause`` (offsets into ``text``) without its time expressions."""
    pieces = []
    pos = clause.start
    for start, end in removal_spans(text, clause, time_spans):
        pieces.append(text[pos:start])
        pos = end
    pieces.append(text[pos:clause.end])
    body = _tidy("".join(pieces))
    if clause.rule == "attribution-tail" and clause.speaker:
        body = f"{short_speaker(clause.speaker)} said {_lower_first(body, text)}"
    elif clause.speaker and _needs_a_voice(body):
        body = f"{short_speaker(clause.speaker)} said {_lower_first(body, text)}"
    elif clause.speaker and clause.rule == "attribution-head":
        body = resolve_pronoun(body, short_speaker(clause.speaker))
    elif clause.subject:
        joiner = ", " if clause.rule == "appositive" else " "
        body = f"{clause.subject}{joiner}{body}"
    return _capitalize(_cut(_balance_quotes(_tidy(body))))


def _needs_a_voice(body: str) -> bool:
    """Quoted or first-person words read wrongly without the one who said them."""
    first = body.lstrip("\"\u201c\u2018' ").split(" ", 1)[0].lower()
    return body[:1] in "\"\u201c\u2018" or first in FIRST_PERSON


def _tidy(s: str) -> str:
    s = _SPACES.sub(" ", s.replace("\xa0", " ")).strip()
    s = re.sub(r"\s+([,.;:!?])", r"\1", s)
    s = re.sub(r",\s*,", ",", s)
    s = _LEADING.sub("", s)
    return s.strip(" ,;:-\u2013\u2014").rstrip(".")


def _balance_quotes(s: str) -> str:
    """Drop quote marks that lost their partner when the clause was cut out."""
    opens, closes = s.count("\u201c"), s.count("\u201d")
    if opens != closes:
        s = s.replace("\u201c", "").replace("\u201d", "")
    if s.count('"') % 2:
        s = s.replace('"', "")
    return s.strip()


def _cut(s: str) -> str:
    words = s.split(" ")
    if len(words) <= MAX_WORDS:
        return s
    head = " ".join(words[:MAX_WORDS])
    for _, pattern in _CUTS:
        points = [m.start() for m in pattern.finditer(head) if m.start() > len(head) // 2]
        if points:
            return _balance_quotes(head[:points[-1]].rstrip(" ,;")) + "\u2026"
    return head.rstrip(" ,;") + "\u2026"


def _lower_first(s: str, text: str) -> str:
    """Lower-case the first word of reported speech unless it looks like a name: it is
    kept when it never appears in lower case in the text."""
    first = s.split(" ", 1)[0]
    if first[:1].isupper() and (first in _FUNCTION_WORDS or re.search(
            r"\b" + re.escape(first.lower()) + r"\b", text)):
        return s[0].lower() + s[1:]
    return s


def _capitalize(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s
