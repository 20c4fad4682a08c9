"""An event's status (happened, planned, expected, ongoing) and its type.

Both are decided by tables of cues, each row named and tested. Status looks at where the
date falls against the publication date and at the clause's wording; type looks for the
first trigger word the table knows.
"""
from __future__ import annotations

import re
from datetime import date

from events.models import Interval

#: Wording that makes a future clause an expectation rather than a plan: (name, pattern).
EXPECTATION_CUES: tuple[tuple[str, str], ...] = (
    ("expected", r"\b(?:expected|expects|expect|anticipated)\b"),
    ("likely", r"\b(?:likely|unlikely|probably|possibly)\b"),
    ("modal-maybe", r"(?-i:\b(?:could|might|may)\b)"),
    ("forecast", r"\b(?:forecast|forecasts|projected|predicted|estimated)\b"),
    ("arrival-by", r"\b(?:arriving|arrive|due)\b.*\bby\b|\bby\s+(?:the\s+)?(?:end|middle|start|beginning)\b"),
    ("according-to", r"\baccording\s+to\b"),
)

#: Wording that makes a clause a plan (someone intends it): (name, pattern).
PLAN_CUES: tuple[tuple[str, str], ...] = (
    ("will", r"(?-i:\b(?:will|shall|won't)\b)|\w'll\b"),  # "Iron Will", "Will Smith": names
    ("set-to", r"\b(?:set|scheduled|due|slated|poised)\s+to\b"),
    ("plan-to", r"\b(?:plans?|planned|planning|intends?|intended|aims?|aimed|promised|pledged|vowed)\s+to\b"),
    ("going-to", r"\b(?:is|are|was|were)\s+going\s+to\b"),
    ("to-be-held", r"\bto\s+be\s+(?:held|hosted|delivered|signed|sent)\b"),
)

#: In a clause in the past tense, only a plan or an expectation stated in the past makes
#: it planned or expected ("was to", "were set to", "planned to", "was expected to"); a
#: hedge ("may have contributed", "possibly"), a noun's modifier ("an estimated 200,000",
#: "the projected launch", "a referendum to be held") or a cue inside a quoted aside
#: reports what was so, and the clause happened: (name, pattern, status).
PAST_CUES: tuple[tuple[str, str, str], ...] = (
    ("was-expected-to", r"\b(?:was|were|had\s+been)\s+(?:widely\s+)?(?:expected|anticipated)\s+to\b",
     "expected"),
    ("was-to", r"\b(?:was|were)\s+(?:(?:set|scheduled|slated|poised|going)\s+)?to\s+"
     r"(?!(?:be\s+)?(?:blame|thank)\b)[a-z]+", "planned"),
    ("planned-to", r"\b(?:planned|intended|aimed|promised|pledged|vowed|had\s+hoped)\s+to\b",
     "planned"),
)

#: Wording that makes a clause dated today something still going on: (name, pattern).
ONGOING_CUES: tuple[tuple[str, str], ...] = (
    ("progressive", r"\b(?:is|are|am)\s+(?!going\s+to\b)(?:still\s+)?[a-z]+ing\b"),
    ("continues", r"\b(?:continues?|remains?|ongoing|underway|under\s+way)\b"),
)

#: Trigger words and the event type they signal: (type, words). First match wins, so the
#: more specific types come first.
EVENT_TYPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("attack", ("attack", "attacked", "attacks", "strike", "strikes", "struck", "fired", "shelled",
                "shelling", "bombed", "bombing", "bombardment", "raid", "invaded", "invasion",
                "assault", "killed", "shot", "missiles", "airstrike", "airstrikes", "offensive")),
    ("meeting", ("meeting", "meet", "met", "meets", "summit", "talks", "gathering", "session",
                 "conference", "dinner", "hosted", "convened", "visit", "visited",
                 "hearing", "hearings", "testify", "testified", "testifies", "testifying",
                 "testimony")),
    ("delivery", ("delivered", "deliver", "delivery", "deliveries", "sent", "send", "supplied",
                  "supply", "shipped", "arriving", "arrive", "arrived", "provide", "provided",
                  "donated")),
    ("agreement", ("agreed", "agreement", "signed", "approved", "ratified", "treaty", "deal",
                   "ceasefire", "cease-fire", "truce", "voted", "resolution")),
    ("announcement", ("announced", "announce", "announces", "pledged", "pledge", "committed",
                      "promised", "unveiled", "launched")),
    ("legal", ("arrested", "charged", "convicted", "sentenced", "indicted", "warrant", "court",
               "trial", "sanctions", "sanctioned")),
    ("protest", ("protest", "protests", "protesters", "rally", "rallies", "demonstration",
                 "demonstrators", "marched", "uprising")),
    ("election", ("elected", "election", "elections", "vote", "referendum", "appointed",
                  "resigned", "sworn")),
    ("death", ("died", "dies", "death", "dead", "funeral")),
    ("statement", ("said", "says", "told", "tells", "warned", "stated", "praised", "accused",
                   "called", "urged", "tweeted", "declared", "denied", "condemned")),
)

_EXPECT = tuple((n, re.compile(p, re.I)) for n, p in EXPECTATION_CUES)
_PLAN = tuple((n, re.compile(p, re.I)) for n, p in PLAN_CUES)
_ONGOING = tuple((n, re.compile(p, re.I)) for n, p in ONGOING_CUES)
_PAST = tuple((n, re.compile(p, re.I), status) for n, p, status in PAST_CUES)
_TYPE_OF = {word: kind for kind, words in EVENT_TYPES for word in words}
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def first_cue(table, text: str) -> str | None:
    """The name of the first rule of ``table`` whose pattern occurs in ``text``."""
    for name, pattern in table:
        if pattern.search(text):
            return name
    return None


def status_of(clause: str, when: Interval, dct: date | None, tense: str = "none") -> str:
    """happened, planned, expected or ongoing, from the date against the DCT and the wording.

    A date wholly before the publication date happened. One after it is planned, or
    expected when hedged. A date around the publication day is read from the wording.
    ``tense`` is the clause's ("past", "present", "future", "none"): a clause in the past
    tense is never planned for its date alone (the publication date may be inferred, or
    lie before the story, or be missing), only for a plan stated in the past
    (:data:`PAST_CUES`: "was to", "planned to", "was expected to").
    """
    if dct is not None and when.end < dct:
        return "happened"
    if tense == "past":
        stated = next((status for _, pattern, status in _PAST if pattern.search(clause)), None)
        return stated or ("ongoing" if first_cue(_ONGOING, clause) else "happened")
    future = dct is not None and when.start > dct
    expect = _EXPECT
    if first_cue(_PLAN, clause) or first_cue(expect, clause) or future:
        if first_cue(expect, clause):
            return "expected"
        if first_cue(_PLAN, clause) or future:
            return "planned"
    if first_cue(_ONGOING, clause):
        return "ongoing"
    return "happened"


def trigger_and_type(clause: str) -> tuple[str, str]:
    """The first trigger word in the clause that the type table knows, and its type.

    Falls back to the first word that looks like a verb, with type "other".
    """
    words = _WORD.findall(clause)
    for word in words:
        kind = _TYPE_OF.get(word.lower())
        if kind:
            return word, kind
    for word in words:
        if word.islower() and (word.endswith("ed") or word.endswith("s")) and len(word) > 3:
            return word, "other"
    return "", "other"
