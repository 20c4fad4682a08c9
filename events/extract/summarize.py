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

#: What opens a clause without being part of its statement, cut before it is read:
#: (name, pattern). A run of three or more capitalized words glued to the sentence (a
#: section heading, "SPONSORED BY MEMBERS OF BOTH PARTIES On a vote ...", with its commas,
#: "GADDAFI POINTS TO EGYPT, TUNISIA UNREST Worries ..."; read before the time expression
#: is cut, so that "NEW CAP FOR OIL WELL In June, BP placed ..." loses it), a transcript's
#: speaker label ("LOTHIAN: Secretary of State ..."), a parenthesis ahead of it
#: ("(Updated 2:52 p.m.) CNN's ...").
LEADING_JUNK: tuple[tuple[str, str], ...] = (
    ("caps-heading", r"^(?:[A-Z][A-Z'&-]+,?\s+){3,}(?=[A-Z][a-z])"),
    ("speaker-label", r"^[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+)?:\s+(?=[A-Z\u201c\"])"),
    ("leading-parenthesis", r"^\((?:[^()]|\([^()]*\))*\)\s+(?=[A-Z\u201c\"])"),
)

#: A clock time: it stays in the summary when its day is cut out ("at 3 p.m.", "08:55",
#: "noon"), since the date shown beside the summary gives the day only.
CLOCK = re.compile(r"\b(?:at\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)(?!\w)|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?"
                   r"(?:\s+(?:UK|GMT|EST|EDT|ET|PT|local)\s+time)?|noon|midnight)", re.I)

#: A comma-enclosed "which" or "who" clause: dropped from a summary that is too long
#: before it is cut, so that the cut does not part a subject from its verb.
ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;]{3,120}?,\s+")

_PREP = re.compile(r"(?:\b(?:" + "|".join(sorted((re.escape(p) for p in TIME_PREPOSITIONS),
                                              key=len, reverse=True)) + r")\s+)$", re.I)
_OPENS_WITH_PREP = re.compile(r"(?:" + "|".join(sorted((re.escape(p) for p in TIME_PREPOSITIONS),
                                                       key=len, reverse=True)) + r")\s", re.I)
#: A date right after "born (in)" says who is meant ("people born in 2005 and later"):
#: cut out, it would leave "people born".
_BORN = re.compile(r"\bborn\s+(?:(?:in|on|after|before|between|from)\s+)?$", re.I)
_JOINER = re.compile(r"^\s*(?:,?\s*(?:or|and|to|through|until)\s+|\s*[-\u2013]\s*)$", re.I)
_LEADING = re.compile(r"^(?:(?:" + "|".join(LEADING_CONNECTORS) + r")\b[\s,]*)+", re.I)
_FUNCTION_WORDS = frozenset(("The", "A", "An", "This", "These", "That", "Those", "It", "They",
                            "We", "There", "Its", "Their", "Our", "He", "She", "Some", "Many",
                            "What", "How", "Why", "When", "Where", "If", "As", "In", "So", "All",
                            "Every", "Each", "No", "Not", "You", "Your", "My", "Here", "Now"))
#: Relation words TimeML leaves outside a duration's span ("seven months" later).
_RELATION_AFTER = re.compile(r"\s+(?:later|earlier|afterwards?|thereafter|beforehand|ago|"
                             r"(?:and|or)\s+(?:later|earlier|after|before|since|onwards?)|onwards?)\b")
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
#: The noun a removed possessive day leaves behind ("Monday's incident"): it reads "the
#: incident".
_POSSESSED = re.compile(r"\s+[A-Za-z]")
_CUTS = tuple((n, re.compile(p)) for n, p in CUT_POINTS)
_JUNK = tuple((n, re.compile(p)) for n, p in LEADING_JUNK)
_NAME_TAIL = re.compile(r"((?:(?:[A-Z][\w.'\u2019-]*|[A-Z]\.)\s*){1,3})$")


def removal_spans(text: str, clause: Clause, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans to drop from the clause: each time expression with its preposition and
    its possessive ("Friday's"), joined where two are linked by "or", "and", "to" or a
    dash."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if not (clause.start <= start and end <= clause.end):
            continue
        clock = CLOCK.search(text, start, end)
        if clock is not None:  # the time of day stays; the day beside it goes
            if clock.start() > start:
                end = clock.start()
            elif text[clock.end():end].strip(" ,"):
                start = clock.end()
            else:
                continue
        if m := _POSSESSIVE.match(text, end, clause.end):  # "Friday's resolution"
            end = m.end()
            if _POSSESSED.match(text, end, clause.end):  # "killed in Monday's incident"
                out.append((start, end))  # keeps its preposition; read "the incident"
                continue
        elif m := _RELATION_AFTER.match(text, end, clause.end):  # "seven months later"
            end = m.end()
        if _BORN.search(text, max(clause.start, start - 16), start):
            continue  # "people born in 2005": the date is what they are, not a removable date
        m = _PREP.search(text, max(clause.start, start - 14), start)
        if m and not _OPENS_WITH_PREP.match(text, start, end):  # "weighed in on Friday"
            start = m.start()
        if out and _JOINER.match(text[out[-1][1]:start]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


#: An indefinite article left before the word a removed date stood in front of, and what
#: that word begins with: "a May 9 explosion" reads "an explosion", "an April 20 rig blast"
#: "a rig blast".
_ARTICLE_END = re.compile(r"\b(?P<article>[Aa]n?)\s+$")
_VOWEL_START = re.compile(r"\s*[aeiouAEIOU]")
_LETTER_START = re.compile(r"\s*[A-Za-z]")


def _article_for(piece: str, rest: str) -> str:
    """``piece`` with its last word "a" or "an" agreeing with the word that now follows
    it in ``rest``."""
    m = _ARTICLE_END.search(piece)
    if m is None or not _LETTER_START.match(rest):
        return piece
    article = m["article"]
    vowel = bool(_VOWEL_START.match(rest))
    fitted = (article[0] + "n") if vowel else article[0]
    return piece[:m.start("article")] + fitted + piece[m.end("article"):]


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
    pos = clause.start + _junk_length(text[clause.start:clause.end])
    for start, end in removal_spans(text, clause, time_spans):
        if start < pos:
            continue  # inside the junk cut off ahead of the clause
        piece = text[pos:start]
        if _POSSESSIVE.search(text, end - 2, end) and _POSSESSED.match(text, end, clause.end):
            piece += "the"  # "Saturday's strikes" -> "the strikes"
        pieces.append(_article_for(piece, text[end:clause.end]))
        pos = end
    pieces.append(text[pos:clause.end])
    body = _without_junk(_tidy("".join(pieces)))
    if clause.rule == "relative":
        body = _antecedent(text, clause, body)
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


def leading_junk(body: str) -> str | None:
    """The name of the :data:`LEADING_JUNK` rule that matches at the start of ``body``."""
    for name, pattern in _JUNK:
        if pattern.match(body):
            return name
    return None


def _junk_length(body: str) -> int:
    """How many characters of :data:`LEADING_JUNK` open ``body`` (each rule in turn cuts
    what it matches at the start of what the rules before it left)."""
    at = 0
    for name, pattern in _JUNK:
        m = pattern.match(body[at:])
        if m and not (name == "caps-heading" and _first_person(body[at + m.end():])):
            at += m.end()
    return at


def _first_person(words: str) -> bool:
    """Words in the first person: capitals ahead of them name who speaks ("PROFESSOR ANNA
    OKAFOR, HARBOUR BOARD We will open ..."), not a heading."""
    return any(w in FIRST_PERSON for w in re.findall(r"[a-z']+", words.lower()))


def _without_junk(body: str) -> str:
    return body[_junk_length(body):]


def _antecedent(text: str, clause: Clause, body: str) -> str:
    """A "who" clause cut from its sentence takes the name before it as its subject
    ("Lavrov, who had opposed ..." -> "Lavrov had opposed ...")."""
    if not body.lower().startswith("who "):
        return body
    m = _NAME_TAIL.search(text, max(0, clause.start - 60), text.rfind(",", 0, clause.start))
    if m is None:
        return body
    return f"{m.group(1).strip()} {body[4:]}"


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
    shorter = ASIDE.sub(" ", s)
    if shorter != s:
        return _cut(shorter)
    head = " ".join(words[:MAX_WORDS])
    for _, pattern in _CUTS:
        points = [m.start() for m in pattern.finditer(head) if m.start() > len(head) // 2]
        if points:
            return _balance_quotes(head[:points[-1]].rstrip(" ,;")) + "\u2026"
    return head.rstrip(" ,;") + "\u2026"


def _lower_first(s: str, text: str) -> str:
    """Lower-case the first word of reported speech unless it looks like a name: it is
    kept when it never appears in lower case in the text."""
    mark = len(s) - len(s.lstrip("\"\u201c\u2018'"))  # the quote it may open with
    first = s[mark:].split(" ", 1)[0]
    if first[:1].isupper() and (first in _FUNCTION_WORDS or first in ("I", "It's", "I'm") or re.search(
            r"\b" + re.escape(first.lower()) + r"\b", text)):
        return s[:mark] + s[mark].lower() + s[mark + 1:] if first != "I" and not first.startswith("I'") else s
    return s


def _capitalize(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s
