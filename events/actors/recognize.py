"""The rule recognizer: actor candidates from gazetteers, cues and name patterns.

It reads the text once, token by token (see :func:`gazetteer.tokenize`). At each token it
tries, in order: a table phrase (country, capital, demonym, body, known person, outlet),
a title/rank/honorific cue, then a run of capitalized words. What it yields are
:class:`Candidate` spans; :mod:`events.actors.aliases` turns them into actors. Every
decision names the rule that made it (``Candidate.rule``), so a test can name it too:

- ``table``: a phrase from countries.tsv, bodies.tsv or persons.tsv;
- ``demonym-agent``: a demonym before an agent noun or a title ("Russian forces");
- ``nationality-plural``: a plural nationality noun ("Ukrainians can link them");
- ``capital-government``: a capital acting ("Kyiv has", "Moscow escalated", "provide Kyiv");
- ``org-head``: capitalized words ending in an organization word ("Interior Ministry");
- ``title-before``, ``honorific``, ``say-after``, ``say-before``, ``appositive``, ``age``,
  ``given-name``: the evidence that a capitalized run is a person;
- ``weak-name``: a capitalized run with no evidence, kept only to link to a person;
- ``title-alone``: a title with no name ("the Chairman of the Joint Chiefs of Staff").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from events.actors import gazetteer
from events.actors.gazetteer import Gazetteer

_SENTENCE_END = re.compile(r"[.!?\n]")


@dataclass(slots=True)
class Candidate:
    """A span that may name an actor.

    ``kind`` is an actor kind, or ``title`` for a role named without a person. ``id`` and
    ``name`` are set when a table named the actor. ``strong`` is false for a capitalized
    run with no evidence of being a name. ``locative`` marks a country named as a place
    ("in Germany").
    """

    start: int
    end: int
    text: str
    kind: str
    rule: str
    id: str = ""
    name: str = ""
    strong: bool = True
    titles: tuple[str, ...] = ()
    locative: bool = False


class _Doc:
    """The token arrays of one text, built once for the scan."""

    def __init__(self, text: str, excluded: tuple[tuple[int, int], ...]):
        self.text = text
        toks = gazetteer.tokenize(text)
        self.starts = [t[0] for t in toks]
        self.ends = [t[1] for t in toks]
        self.toks = [t[2] for t in toks]
        self.lowered = [t.lower() for t in self.toks]
        self.n = n = len(toks)
        self.gaps = [text[self.ends[j]:self.starts[j + 1]] for j in range(n - 1)] + ["\n"]
        self.glue = [not g.strip(" \t\u00a0\u202f") for g in self.gaps]
        self.skip = [False] * n
        for start, end in excluded:
            for j in range(n):
                if self.starts[j] >= end:
                    break
                if self.ends[j] > start:
                    self.skip[j] = True
        # words seen in lower case: a capitalized form of one is a sentence-initial common word
        self.lower_words = {t for t in self.toks if t.islower()}

    def cap(self, j: int) -> bool:
        """True for a capitalized word that may be part of a name (not an all-caps word)."""
        tok = self.toks[j]
        return tok[0].isupper() and (len(tok) == 1 or not tok.isupper() or "." in tok)

    def same_sentence(self, a: int, b: int) -> bool:
        """True when no sentence end or line break lies between tokens ``a`` < ``b``."""
        return not _SENTENCE_END.search(self.text, self.ends[a], self.starts[b])


def scan(text: str, excluded: tuple[tuple[int, int], ...] = ()) -> tuple[list[Candidate], set[str]]:
    """Find actor candidates in ``text``, skipping the ``excluded`` spans.

    Returns the candidates in text order and the outlets named in the text.
    """
    gaz = gazetteer.load()
    doc = _Doc(text, excluded)
    out: list[Candidate] = []
    outlets: set[str] = set()
    words = gaz.words
    pending: list[str] = []      # titles waiting for the name that follows them
    pending_at = -1              # the token index where that name must start
    honorific_at = -1
    # the last country or body read: (token after it, start char, end char, country id, name)
    prefix: tuple[int, int, int, str, str] = (-1, 0, 0, "", "")
    i = 0
    while i < doc.n:
        if doc.skip[i]:
            i += 1
            continue
        hit = gazetteer.lookup(doc.toks, i, gaz, doc.glue)
        if hit is not None:
            length, entry = hit
            j = i + length
            if entry.kind == "outlet":
                outlets.add(entry.name)
            else:
                cand = _table_hit(doc, gaz, i, j, entry)
                if cand is not None:
                    if cand.kind == "person" and pending_at == i:
                        cand.titles = tuple(pending)
                    out.append(cand)
                if entry.kind in ("country", "organization", "group") and entry.role != "capital":
                    cid = entry.id if entry.kind == "country" else ""
                    prefix = (j, doc.starts[i], doc.ends[j - 1], cid, entry.name)
            pending, pending_at = [], -1
            i = j
            continue
        cue = gazetteer.cue_at(doc.lowered, i, gaz, doc.glue)
        if cue is not None:
            length, table, display = cue
            j = i + length
            if table == "honorific":
                honorific_at = _next_name_at(doc, j)
            else:
                title_start = _title_start(doc, i, prefix)
                title = display or doc.text[title_start:doc.ends[j - 1]]
                pending = (pending if pending_at == i else []) + [title]
                pending_at = _next_name_at(doc, j)
                named = pending_at != -1 and (
                    (doc.cap(pending_at) and doc.lowered[pending_at] not in words["stop"])
                    or gazetteer.cue_at(doc.lowered, pending_at, gaz, doc.glue) is not None)
                if not named and not display and (title_start < doc.starts[i] or length > 2):
                    out.append(Candidate(title_start, doc.ends[j - 1], title, "title", "title-alone"))
            i = j
            continue
        if doc.cap(i) and doc.lowered[i] not in words["stop"]:
            j = _run_end(doc, gaz, i)
            cand = _name_run(doc, gaz, i, j, prefix, pending if pending_at == i else [],
                             honorific_at == i)
            if cand is not None:
                if cand.kind == "organization" and prefix[0] == i and prefix[3]:
                    out.append(_country_from_prefix(doc, gaz, prefix))
                out.append(cand)
            pending, pending_at = [], -1
            i = j
            continue
        i += 1
    return out, outlets


def _title_start(doc: _Doc, i: int, prefix: tuple[int, int, int, str, str]) -> int:
    """Where a title starting with the cue at token ``i`` really starts.

    A country or body just before it belongs to the title ("US Secretary of Defense",
    "Ukraine's defense minister", "NATO chief"), across a possessive and up to two
    lower-case words ("Ukraine's joint forces commander").
    """
    end, start_char = prefix[0], prefix[1]
    if end == -1 or end > i or i - end > 3:
        return doc.starts[i]
    for j in range(end - 1, i):
        if j >= 0 and not doc.glue[j]:
            return doc.starts[i]
    between = doc.toks[end:i]
    if all(t in ("'s", "\u2019s") or t.islower() for t in between):
        return start_char
    return doc.starts[i]


def _country_from_prefix(doc: _Doc, gaz: Gazetteer, prefix: tuple[int, int, int, str, str]) -> Candidate:
    """A country mention for a demonym that opens an organization's name ("Libyan Interior Ministry")."""
    _, start, end, cid, name = prefix
    return Candidate(start, end, doc.text[start:end], "country", "demonym-agent", id=cid, name=name)


def _next_name_at(doc: _Doc, j: int) -> int:
    """The token index where a name after a title would start (across one comma), or -1."""
    if j >= doc.n:
        return -1
    if doc.glue[j - 1]:
        return j
    if doc.gaps[j - 1].strip() == "," and "\n" not in doc.gaps[j - 1]:
        return j
    return -1


def _table_hit(doc: _Doc, gaz: Gazetteer, i: int, j: int, entry) -> Candidate | None:
    """Turn a table phrase into a candidate, or None when it names no actor here."""
    words = gaz.words
    start, end = doc.starts[i], doc.ends[j - 1]
    text = doc.text[start:end]
    nxt = doc.lowered[j] if j < doc.n and doc.glue[j - 1] else ""
    nxt2 = doc.lowered[j + 1] if j + 1 < doc.n and nxt and doc.glue[j] else ""
    prev = doc.lowered[i - 1] if i > 0 and doc.same_sentence(i - 1, i) else ""
    if entry.role == "adjective":
        if nxt in words["agent"] or nxt2 in words["agent"] \
                or (j < doc.n and doc.glue[j - 1] and gazetteer.cue_at(doc.lowered, j, gaz, doc.glue)):
            return Candidate(start, end, text, "country", "demonym-agent", id=entry.id, name=entry.name)
        return None
    if entry.role == "people":
        return Candidate(start, end, text, "country", "nationality-plural", id=entry.id, name=entry.name)
    if entry.role == "capital":
        if prev in words["locative"]:
            return None
        raw_next = doc.toks[j] if j < doc.n else ""
        acting = (raw_next in ("'s", "\u2019s")
                  or nxt in words["govverb"]
                  or (nxt.endswith(("ed", "s")) and nxt.isalpha() and nxt not in words["placenoun"]
                      and nxt not in words["stop"] and doc.toks[j].islower())
                  or (prev in words["govobject"] and doc.glue[i - 1]))
        if not acting:
            return None
        return Candidate(start, end, text, "country", "capital-government", id=entry.id, name=entry.name)
    return Candidate(start, end, text, entry.kind, "table", id=entry.id, name=entry.name,
                     locative=entry.kind == "country" and prev in words["locative"])


def _run_end(doc: _Doc, gaz: Gazetteer, i: int) -> int:
    """The token index just past the capitalized run that starts at ``i``."""
    words = gaz.words
    j = i + 1
    while j < doc.n and doc.glue[j - 1] and not doc.skip[j]:
        low = doc.lowered[j]
        if doc.cap(j) and low not in words["stop"] and (low not in words["common"] or j + 1 == doc.n
                                                          or doc.cap(j + 1) or low in words["orghead"]):
            if gazetteer.cue_at(doc.lowered, j, gaz, doc.glue):
                break
            hit = gazetteer.lookup(doc.toks, j, gaz, doc.glue)
            if hit is not None and hit[1].kind != "person":
                break
            j += 1
            continue
        # "Saif al-Islam", "Ministry of Foreign Affairs"
        if j + 1 < doc.n and doc.glue[j] and doc.cap(j + 1) and (
                low in words["particle"]
                or (low == "of" and doc.lowered[j - 1] in words["orghead"])):
            j += 2
            continue
        break
    return j


def _person_evidence(doc: _Doc, gaz: Gazetteer, i: int, j: int, titled: bool,
                     honorific: bool) -> tuple[str, str]:
    """The rule that makes the run ``i:j`` a person ('' when none), and a title it gives."""
    words = gaz.words
    if j < doc.n and doc.gaps[j - 1].strip() == ",":
        if doc.toks[j].isdigit() and int(doc.toks[j]) < 110 and not titled:
            return "age", ""
        for k in range(j, min(j + 6, doc.n)):
            if k > j and not doc.glue[k - 1]:
                break
            cue = gazetteer.cue_at(doc.lowered, k, gaz, doc.glue)
            if cue is not None and cue[1] == "title":
                end = doc.ends[k + cue[0] - 1]
                return "title-before" if titled else "appositive", doc.text[doc.starts[j]:end]
    if titled:
        return "title-before", ""
    if honorific:
        return "honorific", ""
    if j < doc.n and doc.lowered[j] in words["say"] and doc.same_sentence(j - 1, j):
        return "say-after", ""
    if i > 0 and doc.lowered[i - 1] in words["say"] and doc.same_sentence(i - 1, i):
        return "say-before", ""
    if i > 1 and doc.lowered[i - 2:i] == ["according", "to"]:
        return "say-before", ""
    if j - i >= 2 and doc.lowered[i] in words["given"]:
        return "given-name", ""
    return "", ""


def _name_run(doc: _Doc, gaz: Gazetteer, i: int, j: int, prefix: tuple[int, int, int, str, str],
              titles: list[str], honorific: bool) -> Candidate | None:
    """Classify the capitalized run ``i:j``: an organization, a person, a weak name or nothing."""
    words = gaz.words
    start, end = doc.starts[i], doc.ends[j - 1]
    text = doc.text[start:end]
    lowered = doc.lowered[i:j]
    of_at = lowered.index("of") if "of" in lowered else 0
    if lowered[-1] in words["orghead"] or (of_at and lowered[of_at - 1] in words["orghead"]):
        if prefix[0] == i and prefix[3]:
            adjective = gaz.adjective.get(prefix[3], "")
            return Candidate(start, end, text, "organization", "org-head",
                             name=f"{adjective} {text}".strip())
        if j - i >= 2:
            return Candidate(start, end, text, "organization", "org-head", name=text)
        return None
    if lowered[-1] in words["placehead"]:
        return None
    names = [low for low in lowered if low not in words["particle"]]
    if len(names) > 4 or any(low in words["common"] or low == "of" for low in names):
        return None  # a headline in title case or a generic phrase, not a person's name
    rule, title = _person_evidence(doc, gaz, i, j, bool(titles), honorific)
    if title:
        titles = [*titles, title]
    if j - i == 1 and doc.lowered[i] in doc.lower_words and rule not in ("title-before", "honorific"):
        return None  # a common word at the start of a sentence ("Analysts said")
    return Candidate(start, end, text, "person", rule or "weak-name", name=text,
                     strong=bool(rule), titles=tuple(titles))
