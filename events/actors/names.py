"""Runs of capitalized words: where they end, and whether they name a person or a body.

Rules (each named in ``Candidate.rule`` and tested):

- ``org-head``: a run ending in an organization word ("Interior Ministry", "Shenandoah
  Police Department", "Ministry of Foreign Affairs"); a demonym before it joins the name
  ("Libyan Interior Ministry"), and so does a country name ("Afghanistan World Foundation");
- ``place-head``: a run ending in a place word ("Ramstein Air Base") is no actor;
- ``place-prep``: a run right after "in", "near", ... is a place, not a person;
- ``outlet-noun``: a run beside "newspaper", "news agency", ... is a news outlet;
- person evidence: ``title-before`` (a title or rank just before, maybe across a comma),
  ``honorific`` (Mr., Dr.), ``appositive`` (", Ukraine's joint forces commander" after it),
  ``age`` (", 37"), ``say-after`` ("Stoltenberg said"), ``say-before`` ("said Tarhouni",
  "according to former jihadist Noman Benotman"), ``given-name`` (a common given name
  opens it; descriptors before the given name are cut off: "Islamist Saif al Adel");
- ``weak-name``: no evidence; kept only to be linked to a person named elsewhere.

Organizations read from their use (the name has no organization word):

- ``org-descriptor``: after a company noun ("driller Transocean", "the record company,
  Apple Corps");
- ``org-appositive``: followed by one (", a German company", ", a market research firm");
- ``org-signal``: before "shares", "employees", "subsidiary", ... ("Cisco shares fell");
- ``employer``: opening a title before a name ("Apple chief executive Steve Jobs"): kept only
  when the body acts elsewhere in the article.

And what is not a name: ``place-lead`` ("Wadi Gaza", "Lake Chad"), ``venue`` (a court, school
or university after "in", "at", "to": "in the High Court"), ``headline`` (a run of two or
more words the article also uses in lower case: "Will Cost Trump"), ``opener`` (a
sentence-opening word seen in lower case elsewhere is cut off the name), ``leader-of``
("the Obama administration": the leader is a person).
"""
from __future__ import annotations

from bisect import bisect_left

from events.actors import gazetteer
from events.actors.gazetteer import Gazetteer
from events.actors.tokens import Candidate, Doc, Prefix


def run_end(doc: Doc, gaz: Gazetteer, i: int) -> int:
    """The token index just past the capitalized run that starts at ``i``."""
    words = gaz.words
    j = i + 1
    org_seen = doc.lowered[i] in words["orghead"]
    while j < doc.n and (doc.glue[j - 1] or _initial(doc, j - 1)) and not doc.skip[j]:
        low = doc.lowered[j]
        if doc.toks[j].isupper() and low in words["corpsuffix"]:
            return j + 1  # "Novartis AG"
        if doc.cap(j) and low not in words["stop"] and (
                low not in words["common"] or low in words["orghead"]
                or (j + 1 < doc.n and doc.glue[j] and doc.cap(j + 1))):
            cue = gazetteer.cue_at(doc.lowered, j, gaz, doc.glue)
            # a title ends the name before the next one ("... President Obama"), but a
            # title word ending a name is the name's ("Martin Luther King")
            if cue and (cue[0] > 1 or (j + 1 < doc.n and doc.glue[j] and (
                    doc.cap(j + 1) or gazetteer.cue_at(doc.lowered, j + 1, gaz, doc.glue)))):
                break
            hit = gazetteer.lookup(doc.toks, j, gaz, doc.glue)
            if hit is not None and hit[1].kind not in ("person", "place"):
                break
            org_seen = org_seen or low in words["orghead"]
            j += 1
            continue
        # "Saif al Adel", "Ministry of Foreign Affairs", "Council on Environmental Quality",
        # "Society for the Prevention of Accidents"
        if j + 1 < doc.n and doc.glue[j] and doc.cap(j + 1) and (
                low in words["particle"] or (low in ("of", "on", "for") and org_seen)):
            j += 2
            continue
        if low in ("of", "on", "for") and org_seen and j + 2 < doc.n \
                and doc.glue[j] and doc.glue[j + 1] and doc.lowered[j + 1] == "the" and doc.cap(j + 2):
            j += 3
            continue
        break
    return j


def _initial(doc: Doc, j: int) -> bool:
    """True for a middle initial: one capital letter, then a period ("George W. Bush")."""
    return len(doc.toks[j]) == 1 and doc.toks[j].isupper() and doc.gaps[j].rstrip(" ") == "." \
        and j + 1 < doc.n and doc.cap(j + 1)


def _after_according_to(doc: Doc, i: int, stop: frozenset[str]) -> bool:
    """True for "according to X", with up to two lower-case words between ("former jihadist")."""
    k = i - 1
    while k >= 0 and i - k <= 3 and doc.toks[k].islower() and doc.glue[k] \
            and (doc.lowered[k] not in stop or doc.lowered[k] in ("to", "former")):
        if k >= 1 and doc.lowered[k - 1:k + 1] == ["according", "to"]:
            return True
        k -= 1
    return False


def _say_after_apposition(doc: Doc, words, j: int) -> bool:
    """True for "X, <a few words>, said": a verb of saying after an apposition."""
    if j >= doc.n or not doc.comma_gap(j - 1):
        return False
    for k in range(j, min(j + 8, doc.n - 1)):
        if not doc.plain_gap(k, ",-"):
            return False
        if doc.comma_gap(k):
            return doc.lowered[k + 1] in words["say"]
    return False


def person_evidence(doc: Doc, gaz: Gazetteer, i: int, j: int, titled: bool,
                    honorific: bool, kin: bool = False) -> tuple[str, str]:
    """The rule that makes the run ``i:j`` a person ('' when none), and a title it gives."""
    words = gaz.words
    if j < doc.n and doc.comma_gap(j - 1):
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
    if kin:
        return "kin", ""
    if j < doc.n and doc.lowered[j] in words["leaderof"] and doc.glue[j - 1] and j - i <= 2:
        return "leader-of", ""  # "the Obama administration"
    if j < doc.n and doc.lowered[j] in words["say"] and (
            doc.glue[j - 1] or (doc.comma_gap(j - 1) and i > 0 and doc.comma_gap(i - 1))):
        return "say-after", ""  # "Stoltenberg said", "..., Sameh Shoukry, said"
    if i > 0 and doc.lowered[i - 1] in words["say"] and doc.plain_gap(i - 1, ","):
        return "say-before", ""
    if _after_according_to(doc, i, words["stop"]):
        return "say-before", ""
    if _say_after_apposition(doc, words, j):
        return "say-after", ""  # "Fadhil Hussein, a 50-year-old protester, told CNN"
    if j - i >= 2 and doc.lowered[i] in words["given"]:
        return "given-name", ""
    return "", ""


def _outlet_beside(doc: Doc, words, i: int, j: int) -> bool:
    """True when an outlet noun stands just before or after the run ``i:j``."""
    before = i > 0 and doc.glue[i - 1] and doc.lowered[i - 1] in words["outletnoun"]
    after = any(j + k < doc.n and all(doc.glue[j - 1:j + k]) and doc.lowered[j + k] in words["outletnoun"]
                for k in (0, 1))
    return before or after


def _prev_word(doc: Doc, i: int) -> str:
    """The lower-cased word before token ``i`` in its clause, skipping "the", or ''."""
    k = i - 1
    if k >= 0 and doc.lowered[k] in ("the", "a", "an") and doc.glue[k]:
        k -= 1
    return doc.lowered[k] if k >= 0 and doc.glue[k] else ""


def _org_evidence(doc: Doc, words, i: int, j: int) -> str:
    """The rule that makes the run ``i:j`` an organization by its use, or ''."""
    if i > 0 and (doc.glue[i - 1] or doc.comma_gap(i - 1)) and doc.lowered[i - 1] in words["orgnoun"]:
        return "org-descriptor"  # "driller Transocean", "the record company, Apple Corps"
    if org_object(doc, words, i):
        return "org-object"  # "he founded NeXT", "the purchase of NeXT", "Analysts at UBS"
    if in_company_list(doc, words, i):
        return "org-descriptor"  # "pharmaceutical companies Roche, which makes X, and GlaxoSmithKline"
    if j < doc.n and doc.glue[j - 1] and doc.toks[j].islower() and doc.lowered[j] in words["orgsignal"]:
        return "org-signal"  # "Cisco shares fell"
    if j + 1 < doc.n and doc.comma_gap(j - 1) and doc.lowered[j] in ("a", "an", "the"):
        for k in range(j + 1, min(j + 6, doc.n)):
            if not doc.glue[k - 1]:
                break
            if doc.lowered[k] in words["orgnoun"]:
                return "org-appositive"  # "IDT Biologika, a German company"
    return ""


def _token_at(doc: Doc, start: int) -> int:
    """The index of the token that starts at character ``start``."""
    return bisect_left(doc.starts, start)


def _acts(doc: Doc, words, i: int, j: int) -> bool:
    """True when the run ``i:j`` acts: a verb of saying or acting after it, a possessive, or
    "by" before it ("developed by Oxford University")."""
    if i > 0 and doc.glue[i - 1] and doc.lowered[i - 1] == "by":
        return True
    if j >= doc.n or not doc.glue[j - 1]:
        return False
    nxt = doc.lowered[j]
    return doc.toks[j] in ("'s", "\u2019s") or nxt in words["say"] or nxt in words["govverb"] \
        or (doc.toks[j].islower() and nxt.endswith("ed") and len(nxt) > 4)


def _opens_a_title(doc: Doc, gaz: Gazetteer, j: int) -> bool:
    """True when a title and then a name follow token ``j - 1`` ("... CEO Cassie Sauer")."""
    cue = gazetteer.cue_at(doc.lowered, j, gaz, doc.glue) if j < doc.n and doc.glue[j - 1] else None
    if cue is None or cue[1] != "title":
        return False
    k = j + cue[0]
    return k < doc.n and doc.glue[k - 1] and doc.cap(k) and doc.lowered[k] not in gaz.words["stop"]


#: Staff nouns before "at" or "of" and a company ("Analysts at UBS", "economists at Halvex").
_STAFF = frozenset({"analysts", "analyst", "economists", "economist", "strategists", "traders",
                    "executives", "employees"})


def org_object(doc: Doc, words, i: int) -> bool:
    """True when the name at ``i`` is bought, founded, taken over or worked at: "founded
    NeXT", "bought Pixar", "the purchase of NeXT", "Analysts at UBS"."""
    if i < 1 or not doc.glue[i - 1]:
        return False
    prev = doc.lowered[i - 1]
    if prev in words["orgverb"]:
        return True
    if i >= 2 and doc.glue[i - 2] and prev in ("of", "with", "at", "in"):
        before = doc.lowered[i - 2]
        return (prev in ("of", "with") and before in words["orgverb"]) or \
            (prev in ("at", "of") and before in _STAFF) or (prev in ("of", "in") and before == "shares")
    return False


def in_company_list(doc: Doc, words, i: int) -> bool:
    """True when the name at ``i`` joins, by "and" or "or", a list that a plural company noun
    opened in the same sentence ("companies Roche, which makes X, and GlaxoSmithKline")."""
    if i < 2 or doc.lowered[i - 1] not in ("and", "or") or not doc.glue[i - 1]:
        return False
    k = i - 2
    while k >= 0 and i - k < 25 and doc.same_sentence(k, i):
        if doc.lowered[k] in words["orgnoun"] and doc.lowered[k].endswith("s") and k + 1 < doc.n \
                and doc.glue[k] and doc.cap(k + 1):
            return True
        k -= 1
    return False


def _starts_sentence(doc: Doc, i: int) -> bool:
    return i == 0 or not doc.same_sentence(i - 1, i)


def name_run(doc: Doc, gaz: Gazetteer, i: int, j: int, prefix: Prefix,
             titles: list[str], honorific: bool, kin: bool = False) -> Candidate | str | None:
    """Classify the capitalized run ``i:j``.

    Returns an organization or person :class:`Candidate`, an outlet's name (a string), or
    None when the run names no actor.
    """
    words = gaz.words
    start, end = doc.starts[i], doc.ends[j - 1]
    text = doc.text[start:end]
    lowered = doc.lowered[i:j]
    if not titles and _outlet_beside(doc, words, i, j):
        return text
    of_at = next((k for k, low in enumerate(lowered) if low in ("of", "on", "for")), 0)
    if lowered[0] in words["placelead"] and j - i >= 2:
        return None  # "Wadi Gaza", "Lake Chad"
    for k in range(i, j):
        hit = gazetteer.lookup(doc.toks, k, gaz, doc.glue)
        if hit is not None and hit[1].kind == "place" and k + hit[0] == j:
            return None  # "Israeli-occupied West Bank": a name ending in a place is the place
    if lowered[-1] in words["orghead"] or lowered[-1] in words["corpsuffix"] \
            or (of_at and lowered[of_at - 1] in words["orghead"]):
        head = lowered[of_at - 1] if of_at else lowered[-1]
        opened = prefix.after == i and prefix.role in ("name", "place", "capital", "adjective")
        k = _token_at(doc, prefix.start) if opened else i  # where the whole name starts
        if head in words["venuehead"] and _prev_word(doc, k) in ("in", "at", "to", "into", "before"):
            return None  # "in the High Court", "at New York University": a venue
        # a body named only as a person's employer ("Washington State Hospital Association
        # CEO Cassie Sauer") is kept only if it acts elsewhere; so is a university, a school
        # or a court ("at the gates of Sanaa University")
        strong = not _opens_a_title(doc, gaz, j) and (head not in words["venuehead"] or _acts(doc, words, k, j))
        if prefix.after == i and prefix.country and prefix.role == "adjective":
            adjective = gaz.adjective.get(prefix.country, "")
            return Candidate(start, end, text, "organization", "org-head", name=f"{adjective} {text}",
                             strong=strong)
        if opened:
            full = doc.text[prefix.start:end]
            return Candidate(prefix.start, end, full, "organization", "org-head", name=full, strong=strong)
        if j - i >= 2:
            return Candidate(start, end, text, "organization", "org-head", name=text, strong=strong)
        return None
    if lowered[-1] in words["venuehead"] and j - i >= 2 and _prev_word(doc, i) in ("in", "at", "to", "into"):
        return None  # "at Harvard University"
    if lowered[-1] in words["placehead"] or (len(lowered[-1]) == 1 and j - i > 1):
        return None  # "Ramstein Air Base"; "Philip J" cut short by a title ("Philip J. King professor")
    if not titles and i > 0 and doc.glue[i - 1] and doc.lowered[i - 1] in words["placeprep"]:
        return None
    first_given = next((k for k in range(i, j - 1) if doc.lowered[k] in words["given"]), None)
    if first_given is not None and first_given > i and not titles and all(
            low in doc.lower_words or low in words["common"] or low.endswith("ist")
            for low in doc.lowered[i:first_given]):
        i, start = first_given, doc.starts[first_given]
        text, lowered = doc.text[start:end], doc.lowered[i:j]
    if lowered[0] in words["orgnoun"] and j - i >= 2 and not titles:
        # "Insurer Lloyd's of London" opening a sentence: the company noun is not the name
        start = doc.starts[i + 1]
        return Candidate(start, end, doc.text[start:end], "organization", "org-descriptor",
                         name=doc.text[start:end])
    if not titles and not honorific:
        org = _org_evidence(doc, words, i, j)
        if org:
            return Candidate(start, end, text, "organization", org, name=text)
        # "Apple chief executive Steve Jobs": the run is the employer of the person named next
        if j - i <= 3 and doc.lowered[i] not in doc.lower_words and _opens_a_title(doc, gaz, j):
            return Candidate(start, end, text, "organization", "employer", name=text, strong=False)
    # "Yesterday Smith said": a sentence-opening word the article uses in lower case is no name
    if j - i >= 2 and _starts_sentence(doc, i) and doc.lowered[i] in doc.lower_words \
            and doc.lowered[i] not in words["given"] and not titles:
        i, start = i + 1, doc.starts[i + 1]
        text, lowered = doc.text[start:end], doc.lowered[i:j]
    names = [low for low in lowered if low not in words["particle"]]
    if len(names) > 4 or any(low in words["common"] or low == "of" for low in names):
        return None  # a headline in title case or a generic phrase, not a person's name
    if len(names) >= 2 and not titles and not honorific and sum(
            low in doc.lower_words for low in names if low not in words["given"]) >= 2:
        return None  # "Will Cost Trump": words the article also writes in lower case
    if any((hit := gazetteer.lookup(doc.toks, k, gaz, doc.glue)) is not None and hit[1].kind == "place"
           for k in range(i + 1, j)):
        return None  # "Southern California", "Upstate New York": a place
    rule, title = person_evidence(doc, gaz, i, j, bool(titles), honorific, kin)
    if not rule and len(names) >= 2 and any(
            low in doc.lower_words or low in words["placelead"] for low in names if low not in words["given"]):
        return None  # "Old Lahaina", "Upcountry Maui": no person, and no one's surname either
    if title:
        titles = [*titles, title]
    if j - i == 1 and doc.lowered[i] in doc.lower_words and rule not in ("title-before", "honorific"):
        return None  # a common word at the start of a sentence ("Analysts said")
    return Candidate(start, end, text, "person", rule or "weak-name", name=text,
                     strong=bool(rule), titles=tuple(titles))
