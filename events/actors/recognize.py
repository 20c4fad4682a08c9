"""The rule recognizer: actor candidates from gazetteers, cues and name patterns.

It reads the text once, token by token (see :func:`gazetteer.tokenize`). At each token it
tries, in order: a table phrase (country, capital, demonym, body, known person, outlet), an
acronym the article defined, a title/rank/honorific cue, then a run of capitalized words
(:mod:`events.actors.names`). What it yields are :class:`Candidate` spans;
:mod:`events.actors.aliases` turns them into actors. Every decision names the rule that
made it (``Candidate.rule``), so a test can name it too. The rules read here:

- ``table``: a phrase from countries.tsv, bodies.tsv or persons.tsv; a country right after
  a place word ("in Germany", "in Davos, Switzerland", "to the United States", "the border
  with Tunisia") is marked
  ``locative``;
- ``demonym-agent``: a demonym before an agent noun, a title or a body's name ("Russian
  forces", "Dutch Defense Minister", "Libyan Interior Ministry");
- ``nationality-plural``: a plural nationality noun ("Ukrainians can link them");
- ``capital-government``: a capital acting ("Kyiv has", "Moscow escalated", "provide Kyiv",
  "Kyiv's calls"), never after a place word ("the capital, Kyiv") or before a place noun
  ("Tripoli residents");
- ``acronym``: "National Oil Corporation (NOC)" makes later "NOC" the same body;
  ``acronym-table``: when the acronym is in a table, the body is that table's
  ("National Transition Council (TNC)" is the National Transitional Council);
- ``title-alone``: a title with no name ("the Chairman of the Joint Chiefs of Staff");
  a title after "former" is kept as a former one ("former Microsoft CEO");
- ``acronym-acting``: an all-capital word the tables do not know is an organization when it
  acts ("BP said", "UBS estimated"), owns ("BP's"), has shares or staff ("BP shares") or
  follows a company noun ("oil major BP"); elsewhere it is only kept if it so acts once;
- ``place``: a state, province or region (places.tsv) is never an actor, and a table name
  inside a longer capitalized name ("North America", "Mexico City", "Panama Canal") is not
  that name (``contained``);
- ``country-attribute``: a country's name qualifying a thing ("US legislation", "U.S.
  court", "US markets") is not an actor by that mention, like a demonym; nor is a country
  joined by "and" to a country named as a place ("trials in the U.K. and Brazil");
- ``kin``: a family noun before a name makes it a person ("their son Barron").
"""
from __future__ import annotations

import re
from bisect import bisect_left

from events.actors import gazetteer, names
from events.actors.gazetteer import Entry, Gazetteer
from events.actors.names import name_run, run_end
from events.actors.tokens import NO_PREFIX, Candidate, Doc, Prefix

__all__ = ["Candidate", "RULES", "scan", "table_hit"]

#: Every rule a candidate can carry (``Candidate.rule``); each has a named test case.
RULES = ("table", "demonym-agent", "nationality-plural", "capital-government", "acronym",
         "acronym-table", "acronym-acting", "title-alone", "org-head", "org-descriptor",
         "org-appositive", "org-signal", "org-object", "employer", "title-before", "honorific",
         "kin", "appositive", "age", "say-after", "say-before", "leader-of", "given-name",
         "weak-name")

#: Words before a title that make it a former one ("former Microsoft CEO Bill Gates").
FORMER = frozenset({"former", "ex", "then", "onetime", "one-time", "erstwhile"})
#: Function words after a country's name: it is not qualifying a noun ("the United States to extend").
_FUNCTION = frozenset({"to", "are", "were", "be", "been", "being", "do", "does", "did", "not",
                       "alone", "itself", "too"})
#: Words after a country's name that make the next word a verb, not a noun it qualifies.
_VERB_NEXT = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that", "these",
                        "those", "it", "them"})

# "(NOC)", "-LRB- NOC -RRB-", ", or SEPTA,"; a name may end in ", Regulation and Enforcement" first
_ACRONYM = re.compile(r"(?P<more>,[ \t]+[A-Z][a-z]+(?:[ \t]+(?:and|&)[ \t]+[A-Z][a-z]+)+(?=[ \t]*(?:\(|-LRB-)))?"
                      r"(?:[ \t]*(?:\(|-LRB-)[ \t]*(?P<paren>[A-Z]{2,6})[ \t]*(?:\)|-RRB-)"
                      r"|[ \t]*,[ \t]*or[ \t]+(?P<or>[A-Z]{2,6})(?=[ \t]*[,.;)]))")


def scan(text: str, excluded: tuple[tuple[int, int], ...] = ()) -> tuple[list[Candidate], set[str]]:
    """Find actor candidates in ``text``, skipping the ``excluded`` spans.

    Returns the candidates in text order and the outlets named in the text.
    """
    gaz = gazetteer.load()
    words = gaz.words
    doc = Doc(text, excluded)
    out: list[Candidate] = []
    outlets: set[str] = set()
    acronyms: dict[str, Candidate] = {}
    pending: list[str] = []      # titles waiting for the name that follows them
    pending_at = -1              # the token index where that name must start
    honorific_at = -1
    kin_at = -1                  # the token where a name after "son", "wife", ... must start
    kin_words = words["kin"]
    prefix = NO_PREFIX
    i = 0
    while i < doc.n:
        if doc.skip[i]:
            i += 1
            continue
        hit = gazetteer.lookup(doc.toks, i, gaz, doc.glue)
        if hit is None and doc.toks[i] in acronyms:
            hit = (1, None)
        if hit is not None:
            length, entry = hit
            j = i + length
            if entry is None:
                model = acronyms[doc.toks[i]]
                out.append(Candidate(doc.starts[i], doc.ends[i], doc.toks[i], model.kind, "acronym",
                                     id=model.id, name=model.name))
            elif entry.kind == "outlet":
                outlets.add(entry.name)
            elif entry.kind == "place":
                # never an actor; it may open a title or a body's name ("Florida Governor")
                prefix = Prefix(j, doc.starts[i], doc.ends[j - 1], "", entry.name, "place")
            elif _contained(doc, gaz, i, j):
                pass  # "North America", "Mexico City": a longer name, not the country
            else:
                cand = table_hit(doc, gaz, i, j, entry)
                if cand is not None and cand.kind == "country" and not cand.locative \
                        and _joined_to_place(doc, i, out):
                    cand.locative = True
                if cand is not None:
                    if cand.kind == "person" and pending_at == i:
                        cand.titles = tuple(pending)
                    out.append(cand)
                    j = _acronym(doc, j, cand, out, acronyms)
                if entry.kind in ("country", "organization", "group"):
                    prefix = Prefix(j, doc.starts[i], doc.ends[i + length - 1],
                                    entry.id if entry.kind == "country" and entry.role != "capital" else "",
                                    entry.name, entry.role)
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
                if _former(doc, title_start):
                    title = "former " + title
                pending = (pending if pending_at == i else []) + [title]
                pending_at = _next_name_at(doc, j)
                named = pending_at != -1 and (
                    (doc.cap(pending_at) and doc.lowered[pending_at] not in words["stop"])
                    or gazetteer.cue_at(doc.lowered, pending_at, gaz, doc.glue) is not None)
                if not named and not display and (title_start < doc.starts[i] or length > 2):
                    # the mention is the span as written ("former" stays in the title only)
                    out.append(Candidate(title_start, doc.ends[j - 1], doc.text[title_start:doc.ends[j - 1]],
                                         "title", "title-alone"))
            i = j
            continue
        bare = doc.toks[i][0].isupper() and _bare_acronym(doc, i, words)
        if bare and not (i + 1 < doc.n and doc.glue[i] and doc.cap(i + 1)
                         and doc.lowered[i + 1] not in words["stop"]):
            out.append(Candidate(doc.starts[i], doc.ends[i], doc.toks[i], "organization", "acronym-acting",
                                 name=doc.toks[i], strong=_acronym_acts(doc, gaz, i)))
            prefix = Prefix(i + 1, doc.starts[i], doc.ends[i], "", doc.toks[i], "acronym")
            pending, pending_at = [], -1
            i += 1
            continue
        # a stop word written with an inner capital is a name ("NeXT")
        if (bare or doc.cap(i)) and (doc.lowered[i] not in words["stop"] or _inner_capital(doc.toks[i])):
            j = run_end(doc, gaz, i)
            cand = name_run(doc, gaz, i, j, prefix, pending if pending_at == i else [],
                            honorific_at == i, kin_at == i)
            if isinstance(cand, str):
                outlets.add(cand)
            elif cand is not None:
                if cand.kind == "organization" and prefix.after == i and cand.start == prefix.start:
                    if out and out[-1].start == prefix.start:
                        # "Afghanistan World Foundation", "Washington State Hospital Association",
                        # "White House Council on Environmental Quality": the name opens the body's
                        out.pop()
                elif cand.kind == "organization" and prefix.after == i and prefix.country \
                        and prefix.role == "adjective" and not (out and out[-1].start == prefix.start):
                    out.append(Candidate(prefix.start, prefix.end, doc.text[prefix.start:prefix.end],
                                         "country", "demonym-agent", id=prefix.country, name=prefix.name))
                out.append(cand)
                if cand.kind == "organization":
                    j = _acronym(doc, j, cand, out, acronyms)
                    # "Apple chief executive Steve Jobs": the body opens the title that follows
                    prefix = Prefix(j, cand.start, cand.end, "", cand.name, "body")
            pending, pending_at = [], -1
            i = j
            continue
        if doc.lowered[i] in kin_words:
            kin_at = _next_name_at(doc, i + 1)
        i += 1
    return out, outlets


def _inner_capital(tok: str) -> bool:
    """True for a word with a capital letter after a lower-case one ("NeXT", "iPhone" aside)."""
    return tok[:1].isupper() and not tok.isupper() and any(ch.isupper() for ch in tok[1:])


def _contained(doc: Doc, gaz: Gazetteer, i: int, j: int) -> bool:
    """True when the table phrase at ``i:j`` is only part of a longer capitalized name.

    Before it, a capitalized word that is no stop word, title or table phrase ("North
    America", "Old Lahaina"); after it, a place word ("Mexico City", "Panama Canal").
    """
    words = gaz.words
    if i > 0 and doc.glue[i - 1] and doc.cap(i - 1) and doc.lowered[i - 1] not in words["stop"] \
            and doc.lowered[i - 1] not in gaz.cue_words and doc.toks[i - 1] not in gaz.last_tokens \
            and not doc.skip[i - 1]:
        return True
    return j < doc.n and doc.glue[j - 1] and doc.cap(j) and doc.lowered[j] in words["placehead"] \
        and not (j + 1 < doc.n and doc.glue[j] and doc.cap(j + 1))


def _joined_to_place(doc: Doc, i: int, out: list[Candidate]) -> bool:
    """True for a country joined by "and"/"or" to a country named as a place ("in the U.K. and Brazil")."""
    if i < 2 or doc.lowered[i - 1] not in ("and", "or") or not (doc.glue[i - 1] and doc.glue[i - 2]):
        return False
    return bool(out) and out[-1].kind == "country" and out[-1].locative and out[-1].end == doc.ends[i - 2]


def _former(doc: Doc, start: int) -> bool:
    """True when the word before the title starting at character ``start`` is "former" or the like."""
    k = bisect_left(doc.starts, start) - 1
    return k >= 0 and doc.plain_gap(k, "-") and doc.lowered[k] in FORMER


def _bare_acronym(doc: Doc, i: int, words) -> bool:
    """True for an all-capital word of 2-6 letters standing alone (not a dateline or a headline)."""
    tok = doc.toks[i]
    if not tok[0].isupper() or not (2 <= len(tok) <= 6 and tok.isupper() and tok.replace("&", "").isalpha()) \
            or doc.lowered[i] in words["stop"]:
        return False
    for k in (i - 1, i + 1):
        if 0 <= k < doc.n and doc.glue[min(i, k)] and doc.toks[k].isupper() and len(doc.toks[k]) > 1:
            return False  # "NEW DELHI", "HERE'S WHAT YOU NEED": a line in capitals
    return True


def _acronym_acts(doc: Doc, gaz: Gazetteer, i: int) -> bool:
    """True when the acronym at ``i`` acts, owns, has staff or shares, or follows a company noun."""
    words = gaz.words
    if i > 0 and doc.glue[i - 1] and doc.lowered[i - 1] in words["orgnoun"]:
        return True
    if names.org_object(doc, words, i):
        return True
    if i + 1 >= doc.n:
        return False
    nxt, raw = doc.lowered[i + 1], doc.toks[i + 1]
    if raw in ("'s", "\u2019s"):
        return True
    if not doc.glue[i] or not raw.islower():
        return False
    return (nxt in words["say"] or nxt in words["govverb"] or nxt in words["orgsignal"]
            or nxt in ("spokesman", "spokeswoman", "spokesperson")
            or (nxt.endswith("ed") and len(nxt) > 4 and nxt not in words["stop"]))


def _acronym(doc: Doc, j: int, cand: Candidate, out: list[Candidate], acronyms: dict[str, Candidate]) -> int:
    """Read "Body (ACR)" after a body's name: the acronym becomes the body's alias here."""
    if cand.kind not in ("organization", "group"):
        return j
    m = _ACRONYM.match(doc.text, cand.end)
    if not m:
        return j
    group = "paren" if m.group("paren") else "or"
    acronym = m.group(group)
    if m.group("more"):
        # "Bureau of Ocean Energy Management, Regulation and Enforcement (BOEMRE)"
        cand.end = m.end("more")
        cand.text = doc.text[cand.start:cand.end]
        cand.name = cand.text if not cand.id else cand.name
    known = gazetteer.load().phrases.get((acronym,))
    if known is not None and known.kind == cand.kind and not cand.id:
        # "National Transition Council (TNC)": a table acronym names the body
        cand.id, cand.name, cand.rule = known.id, known.name, "acronym-table"
    acronyms[acronym] = cand
    out.append(Candidate(m.start(group), m.end(group), acronym, cand.kind, "acronym", id=cand.id, name=cand.name))
    while j < doc.n and doc.starts[j] < m.end():
        j += 1
    return j


def _title_start(doc: Doc, i: int, prefix: Prefix) -> int:
    """Where a title starting with the cue at token ``i`` really starts.

    A country or body just before it belongs to the title ("US Secretary of Defense",
    "Ukraine's defense minister", "NATO chief"), across a possessive and up to two
    lower-case words ("Ukraine's joint forces commander").
    """
    if prefix.after == -1 or prefix.after > i or i - prefix.after > 3:
        return doc.starts[i]
    for j in range(prefix.after - 1, i):
        if j >= 0 and not doc.glue[j]:
            return doc.starts[i]
    between = doc.toks[prefix.after:i]
    if all(t in ("'s", "\u2019s") or t.islower() for t in between):
        return prefix.start
    return doc.starts[i]


def _next_name_at(doc: Doc, j: int) -> int:
    """The token index where a name after a title would start (across one comma), or -1."""
    if j >= doc.n:
        return -1
    return j if doc.glue[j - 1] or doc.comma_gap(j - 1) else -1


def _previous_word(doc: Doc, i: int) -> str:
    """The lower-cased word before token ``i`` in its sentence, skipping "the"."""
    k = i - 1
    if k >= 0 and doc.lowered[k] == "the" and doc.glue[k]:
        k -= 1
    if k < 0 or not doc.same_sentence(k, i):
        return ""
    # "in Davos, Switzerland": a place and its country
    if doc.comma_gap(k) and doc.cap(k) and k > 0 and doc.glue[k - 1]:
        return doc.lowered[k - 1]
    # "the border with Tunisia": a neighbour named as a place
    if doc.lowered[k] == "with" and k > 0 and doc.lowered[k - 1] in ("border", "borders", "frontier"):
        return "near"
    return doc.lowered[k]


def table_hit(doc: Doc, gaz: Gazetteer, i: int, j: int, entry: Entry) -> Candidate | None:
    """Turn the table phrase at tokens ``i:j`` into a candidate, or None when it names no actor here."""
    words = gaz.words
    start, end = doc.starts[i], doc.ends[j - 1]
    text = doc.text[start:end]
    nxt = doc.lowered[j] if j < doc.n and doc.glue[j - 1] else ""
    nxt2 = doc.lowered[j + 1] if j + 1 < doc.n and nxt and doc.glue[j] else ""
    prev = _previous_word(doc, i)
    if entry.role == "adjective":
        if nxt in words["agent"] or nxt2 in words["agent"] \
                or (nxt and gazetteer.cue_at(doc.lowered, j, gaz, doc.glue)):
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
                  or (prev in words["govobject"] and i > 0 and doc.glue[i - 1]))
        if not acting:
            return None
        return Candidate(start, end, text, "country", "capital-government", id=entry.id, name=entry.name)
    possessive = j < doc.n and doc.toks[j] in ("'s", "\u2019s")  # "at Britain's Foreign Office"
    attribute = entry.kind == "country" and _qualifies_a_thing(doc, gaz, j, nxt, nxt2)
    return Candidate(start, end, text, entry.kind, "table", id=entry.id, name=entry.name,
                     locative=entry.kind == "country" and (prev in words["locative"] or attribute)
                     and not possessive)


def _qualifies_a_thing(doc: Doc, gaz: Gazetteer, j: int, nxt: str, nxt2: str) -> bool:
    """True when a country's name at ``..j`` qualifies the lower-case noun after it
    ("US legislation bars", "a U.S. court", "US markets were closed"): not an agent noun,
    a title, a verb of saying or acting, nor a verb before its object ("Russia wants the")."""
    words = gaz.words
    if not nxt or not doc.toks[j].islower() or nxt in words["stop"] or nxt in _FUNCTION or nxt in words["say"] \
            or nxt in words["govverb"] or nxt in words["agent"] or nxt2 in words["agent"] or nxt.endswith("ed"):
        return False
    if gazetteer.cue_at(doc.lowered, j, gaz, doc.glue) is not None:
        return False
    return nxt2 not in _VERB_NEXT
