"""Wording of events: content words reduced to rough stems, and how alike two wordings are.

Merging, date inference and the digest all ask "do these two events say the same thing?".
The answer here is deliberately plain: lower-cased words, stop words and time words
dropped, a light suffix-stripping stemmer (``delivered`` -> ``deliver``, ``strikes`` ->
``strike``), and the Dice coefficient of the two stem sets. The word lists and suffix
rules are tables so that each one is visible and tested.
"""
from __future__ import annotations

import re
from functools import lru_cache

#: Words that carry no content of their own (function words, reporting verbs, time words:
#: the date of an event is compared separately, so "Tuesday" must not make two events alike).
STOP_WORDS = frozenset("""
a about above after again against all also am an and any are as at be been before being
below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself
just me more most my myself no nor not now of off on once only or other our ours ourselves out
over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves
said says say saying told tells tell according added adding reported reports reportedly
also would could may might must shall upon via amid among per while whose within without
mr mrs ms dr
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
today yesterday tomorrow tonight morning afternoon evening night day days week weeks weekend
month months year years earlier later ago last next recent recently
lrb rrb lsb rsb
""".split())

#: Suffix rules of the stemmer, tried in order: (suffix, replacement, shortest stem kept).
#: The first rule whose suffix matches and leaves a stem at least that long applies.
SUFFIX_RULES: tuple[tuple[str, str, int], ...] = (
    ("ies", "y", 3),      # casualties -> casualty
    ("ied", "y", 3),      # denied -> deny
    ("ying", "y", 2),     # denying -> deny
    ("ing", "", 3),       # striking -> strik
    ("ed", "", 3),        # delivered -> deliver
    ("es", "", 3),        # strikes -> strik, pushes -> push
    ("s", "", 3),         # systems -> system
)

#: Endings that the plain ``-s`` rule leaves alone (``crisis``, ``bus``, ``glass``).
KEEP_S = ("ss", "us", "is")

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A rough stem of a lower-case ``word``.

    The first matching :data:`SUFFIX_RULES` row is applied; then a final ``e`` is dropped
    and a doubled final consonant undoubled, on every word alike, so that ``strike``,
    ``strikes`` and ``striking`` all give ``strik`` and ``stop``/``stopped`` give ``stop``.
    The stem need not be a word: it only has to agree across forms.
    """
    if word.endswith("'s"):
        word = word[:-2]
    for suffix, replacement, keep in SUFFIX_RULES:
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            if suffix == "s" and word.endswith(KEEP_S):
                break
            word = word[:len(word) - len(suffix)] + replacement
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word


def words(text: str) -> list[str]:
    """The lower-cased words of ``text`` (letters and digits; hyphens split words)."""
    return [w.lower() for w in _WORD.findall(text)]


def content_stems(text: str, exclude: frozenset[str] = frozenset()) -> frozenset[str]:
    """The stems of the content words of ``text``.

    Stop words, one-letter words and the words in ``exclude`` (e.g. the words of the
    event's actor ids, which are compared on their own) are left out.
    """
    out = set()
    for w in words(text):
        if len(w) < 2 or w in STOP_WORDS or w in exclude:
            continue
        s = stem(w)
        if s not in exclude:
            out.add(s)
    return frozenset(out)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """The Dice coefficient of two sets: 2|a & b| / (|a| + |b|), 0 when both are empty."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def names(text: str, exclude: frozenset[str] = frozenset()) -> frozenset[str]:
    """The lower-cased capitalized words of ``text`` after its first word (places, things,
    people: "Misrata", "IRIS-T"), stop words and the words in ``exclude`` left out."""
    out = set()
    for w in _WORD.findall(text)[1:]:
        low = w.lower()
        if w[0].isupper() and len(w) > 1 and low not in STOP_WORDS and low not in exclude:
            out.add(low)
    return frozenset(out)
