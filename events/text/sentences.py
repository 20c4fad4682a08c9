"""Sentence boundaries as character spans.

A rule-based splitter, good enough for news prose: a sentence ends at ``.``, ``!`` or ``?``
(optionally followed by closing quotes or brackets) when whitespace and an upper-case letter,
digit, opening quote or a lower-case brand word ("iPhone", "eBay") follow, unless the word before the period is a known abbreviation
("Gen.", "Aug.", "U.S.") or a single initial. A blank line always ends a sentence, and so
does a line break after a line that looks like a heading (no final punctuation).

A "sentence" longer than :data:`MAX_SENTENCE_CHARS` is no human sentence (a list run
together, a table, a text with no punctuation): it is cut into pieces of at most that
length, at a space where there is one, so that what reads a sentence at a time costs a
bounded amount per piece and a whole text stays linear in its length.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: Words that end in a period without ending the sentence (lower-cased, without the period).
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sen rep gov gen lt col maj capt cpt sgt adm cmdr cdr brig st sr jr
rev hon pres supt insp det amb
jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat sun
inc corp co ltd llc bros vs etc al approx est dept univ ave blvd mt ft
u.s u.k u.n e.u u.s.a a.m p.m d.c i.e e.g
""".split())

#: The longest sentence kept whole, in characters (news sentences stay under ~800).
MAX_SENTENCE_CHARS = 1500

#: Abbreviations that end no sentence when a number follows ("No. 5", "Art. 3").
NUMBER_ABBREVIATIONS = frozenset("no nos art vol pp p fig ch sec".split())

# The capture closes the sentence: terminal punctuation, then any closing quotes/brackets.
_END = re.compile(r"""[.!?]+["'\u201d\u2019)\]]*(?=\s)""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NEXT_START = re.compile(r"""\s+(?=["'\u201c\u2018(\[]?(?:[A-Z0-9\u00C0-\u024F`-]|[a-z]{1,2}[A-Z]))""")
_BLANK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:[-*\u2022]|\d+\.)\s)")
_LINE = re.compile(r"\n")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its character span in the text it came from."""

    start: int
    end: int


def is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` ends an abbreviation rather than a sentence."""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # single initials ("George W. Bush", "Daniel P. Davison") and dotted acronyms ("U.N.")
    if m.group(1)[:1].isupper() and len(word) == 1 or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        return True
    if word in NUMBER_ABBREVIATIONS:
        return bool(re.match(r"\s+\d", text[dot + 1:dot + 4]))
    return len(word) == 1


def _paragraphs(text: str):
    """Yield (start, end) of blocks separated by blank lines or heading-like lines."""
    pos = 0
    for m in _BLANK.finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def _lines_as_units(text: str, start: int, end: int):
    """Split a block at line breaks, except where the line plainly runs on.

    A line that ends in ``, ; : - (``, or ends in a lower-case letter with the next line
    starting in one, continues on the next line (hard-wrapped prose); any other line break
    ends a unit (headings, captions, list items).
    """
    pos = start
    for m in _LINE.finditer(text, start, end):
        line = text[pos:m.start()].rstrip()
        following = text[m.end():m.end() + 1]
        if line and (line[-1] in ",;:-(" or (line[-1].islower() and following.islower())):
            continue
        yield pos, m.start()
        pos = m.end()
    yield pos, end


def split_sentences(text: str, limit: int = MAX_SENTENCE_CHARS) -> list[Sentence]:
    """Return the sentences of ``text`` as spans, trimmed of surrounding whitespace;
    one longer than ``limit`` characters comes in pieces (see the module docstring)."""
    out: list[Sentence] = []
    for p_start, p_end in _paragraphs(text):
        for u_start, u_end in _lines_as_units(text, p_start, p_end):
            pos = u_start
            for m in _END.finditer(text, u_start, u_end):
                if text[m.start()] == "." and is_abbreviation(text, m.start()):
                    continue
                nxt = _NEXT_START.match(text, m.end(), u_end)
                if not nxt:
                    continue
                _append(out, text, pos, m.end(), limit)
                pos = m.end()
            _append(out, text, pos, u_end, limit)
    return out


def _append(out: list[Sentence], text: str, start: int, end: int,
            limit: int = MAX_SENTENCE_CHARS) -> None:
    while True:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start <= limit:
            break
        cut = _cut(text, start, start + limit)
        out.append(Sentence(start, cut))
        start = cut
    if end > start:
        out.append(Sentence(start, end))


def _cut(text: str, start: int, limit: int) -> int:
    """Where a piece of an overlong sentence from ``start`` ends: after the last space
    before ``limit`` (trailing spaces left out), else at ``limit`` itself."""
    space = max(text.rfind(" ", start + 1, limit), text.rfind("\n", start + 1, limit))
    if space <= start:
        return limit
    while space > start and text[space - 1].isspace():
        space -= 1
    return space if space > start else limit
