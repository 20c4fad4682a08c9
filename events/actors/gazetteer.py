"""The actor tables, read once from TSV package data next to this module.

Tables (``events/actors/data/``):

- ``countries.tsv``: countries with aliases, demonym adjectives, plural nationality nouns and
  capitals that may stand for the government;
- ``bodies.tsv``: international and national bodies and named groups;
- ``persons.tsv``: well-known people whose names are spelled many ways;
- ``outlets.tsv``: news outlets and agencies (metadata, never actors);
- ``places.tsv``: states, provinces, continents and regions (never actors, and never
  taken into a person's name: "Florida", "Despite Hawaii");
- ``cues.tsv``: title, rank and honorific phrases;
- ``words.tsv``: single-word tables (verbs of saying, agent nouns, stop words, ...);
- ``nicknames.tsv``: short forms of given names ("Tony" for "Anthony").

Every phrase is split with :func:`tokenize`, the same tokenizer the recognizer runs over
articles, so a table row and the text it should match always agree on token boundaries.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

#: Lower-case words that may join a title or name phrase ("Secretary of Defense").
_ABBREVIATIONS = ("Lt", "Maj", "Gen", "Brig", "Col", "Adm", "Capt", "Sgt", "Sen", "Rep",
                  "Gov", "Pres", "Amb", "Mr", "Mrs", "Ms", "Dr", "St")

# One token: a title abbreviation with its period ("Gen."), a dotted acronym ("U.S.",
# "U.S.-led"), an acronym with an ampersand ("AT&T"), a possessive ending ("'s", also the tokenized " 's" of Timeline17), a word
# (letters, digits, hyphens, inner apostrophes: "N'Djamena", "al-Gaddafi"), or a number.
TOKEN = re.compile(
    r"(?i:%s)\.(?!\w)" % "|".join(_ABBREVIATIONS)
    + r"|(?:[A-Z]\.){2,}(?:-[A-Za-z]+)?"
    + r"|['\u2019]s\b"
    + r"|[^\W\d_][\w\-\ufffd]*(?:&[A-Z]+\b)?(?:['\u2019][^\W\ds_][\w\-\ufffd]*)*"
    + r"|\d+(?:[.,]\d+)*"
)


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """Split ``text`` into (start, end, token) triples, in order."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def slug(name: str) -> str:
    """The id form of a name: lower case ASCII letters and digits joined by hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"['\u2019.]", "", ascii_name.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-") or "actor"


@dataclass(frozen=True, slots=True)
class Entry:
    """What a gazetteer phrase names.

    ``id``/``name``/``kind`` are the actor's (kind ``outlet`` for news outlets, ``place`` for
    the places of places.tsv, which are never actors); ``role`` is
    how the phrase names it: ``name`` (a name or alias), ``adjective`` (a demonym adjective),
    ``people`` (a plural nationality noun), ``capital`` (a capital city) or ``outlet``.
    """

    id: str
    name: str
    kind: str
    role: str


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """All the tables, indexed for the recognizer.

    ``phrases`` maps a case-sensitive token tuple to its :class:`Entry`; ``cues`` maps a
    lower-cased token tuple to ``(table, display)`` for titles, ranks and honorifics;
    ``words`` maps a table name of ``words.tsv`` to its lower-cased words; ``adjective``
    gives each country id its first demonym adjective.
    """

    phrases: dict[tuple[str, ...], Entry]
    phrase_max: int
    cues: dict[tuple[str, ...], tuple[str, str]]
    cue_max: int
    words: dict[str, frozenset[str]]
    adjective: dict[str, str]
    first_tokens: frozenset[str]
    cue_first: frozenset[str]
    cue_words: frozenset[str] = frozenset()
    last_tokens: frozenset[str] = frozenset()
    nicknames: frozenset[tuple[str, str]] = frozenset()


def _rows(filename: str) -> list[list[str]]:
    """The non-comment rows of a TSV table, each padded to at least six cells."""
    text = resources.files("events.actors").joinpath("data", filename).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        rows.append(cells + [""] * (6 - len(cells)))
    return rows


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(tok for _, _, tok in tokenize(phrase))


@cache
def outlet_names() -> tuple[str, ...]:
    """Every outlet name and alias of outlets.tsv, longest first (for building patterns)."""
    names = {n for name, aliases, *_ in _rows("outlets.tsv") for n in [name, *_split(aliases)]}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@cache
def load() -> Gazetteer:
    """Read and index every table (once per process)."""
    phrases: dict[tuple[str, ...], Entry] = {}
    adjective: dict[str, str] = {}

    def add(phrase: str, entry: Entry) -> None:
        key = _key(phrase)
        if key and key not in phrases:  # the first table row that claims a phrase wins
            phrases[key] = entry

    for cid, name, aliases, adjectives, people, capitals in (r[:6] for r in _rows("countries.tsv")):
        for phrase in [name, *_split(aliases)]:
            add(phrase, Entry(cid, name, "country", "name"))
        for phrase in _split(adjectives):
            add(phrase, Entry(cid, name, "country", "adjective"))
            adjective.setdefault(cid, phrase)
        for phrase in _split(people):
            add(phrase, Entry(cid, name, "country", "people"))
        for phrase in _split(capitals):
            add(phrase, Entry(cid, name, "country", "capital"))
    for bid, name, kind, aliases, *_ in _rows("bodies.tsv"):
        for phrase in [name, *_split(aliases)]:
            add(phrase, Entry(bid, name, kind, "name"))
    for pid, name, aliases, *_ in _rows("persons.tsv"):
        for phrase in [name, *_split(aliases)]:
            add(phrase, Entry(pid, name, "person", "name"))
    for name, aliases, *_ in _rows("outlets.tsv"):
        for phrase in [name, *_split(aliases)]:
            add(phrase, Entry(slug(name), name, "outlet", "outlet"))
    for name, *_ in _rows("places.tsv"):
        add(name, Entry(slug(name), name, "place", "place"))

    cues: dict[tuple[str, ...], tuple[str, str]] = {}
    for table, phrase, display, *_ in _rows("cues.tsv"):
        key = tuple(t.lower() for t in _key(phrase))
        cues.setdefault(key, (table, display))

    words: dict[str, set[str]] = {}
    for table, word, *_ in _rows("words.tsv"):
        words.setdefault(table, set()).add(word.lower())
    # a sentence-opening adverb, conjunction, preposition or imperative never opens a name
    words["stop"] |= words.get("opener", set())

    return Gazetteer(
        phrases=phrases,
        phrase_max=max(len(k) for k in phrases),
        cues=cues,
        cue_max=max(len(k) for k in cues),
        words={k: frozenset(v) for k, v in words.items()},
        adjective=adjective,
        first_tokens=frozenset(k[0] for k in phrases),
        cue_first=frozenset(k[0] for k in cues),
        cue_words=frozenset(t for k in cues for t in k),
        last_tokens=frozenset(k[-1] for k in phrases),
        nicknames=frozenset((short.lower(), full.lower()) for short, full, *_ in _rows("nicknames.tsv")),
    )


def same_given_name(a: str, b: str) -> bool:
    """True when given names ``a`` and ``b`` can name one person: equal, one the start of the
    other ("Tim", "Timothy"), or a short form of nicknames.tsv ("Tony", "Anthony")."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return (len(short) >= 3 and long_.startswith(short)) or (short, long_) in load().nicknames


def _longest(tokens: list[str], i: int, table: dict, longest: int, glue: list[bool]):
    """The longest phrase of ``table`` that starts at token ``i``, as (tokens used, value),
    or None. A phrase never spans punctuation or a line break (``glue[j]`` tells whether
    tokens ``j`` and ``j + 1`` are joined by plain spaces)."""
    best = None
    for length in range(1, min(longest, len(tokens) - i) + 1):
        if length > 1 and not glue[i + length - 2]:
            break
        value = table.get(tuple(tokens[i:i + length]))
        if value is not None:
            best = (length, value)
    return best


def lookup(tokens: list[str], i: int, gaz: Gazetteer, glue: list[bool]) -> tuple[int, Entry] | None:
    """The longest table phrase starting at token ``i``, as (tokens used, entry), or None."""
    if tokens[i] not in gaz.first_tokens:
        return None
    return _longest(tokens, i, gaz.phrases, gaz.phrase_max, glue)


def cue_at(lowered: list[str], i: int, gaz: Gazetteer, glue: list[bool]) -> tuple[int, str, str] | None:
    """The longest title/rank/honorific cue at token ``i``: (tokens used, table, display)."""
    if lowered[i] not in gaz.cue_first:
        return None
    found = _longest(lowered, i, gaz.cues, gaz.cue_max, glue)
    return None if found is None else (found[0], found[1][0], found[1][1])
