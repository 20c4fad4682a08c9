"""Caps where a human text never goes, so that tagging stays linear in a text's length.

A news sentence names a handful of times; a run of 10,000 "Monday"s, a table flattened
into one line or a soup of date-like tokens names hundreds, and every expression kept
costs the stages after it (anchoring reads its clause; extraction reads its sentence).
Past :data:`MAX_PER_SENTENCE` expressions in one sentence, the rest of that sentence's
are dropped (the first ones are kept: they are the ones a reader meets). A sentence here
is the whole run up to its end, however long (not the pieces an overlong one is cut into
for reading), so a text with no sentence end keeps no more than the cap.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Sequence, TypeVar

from events.text.sentences import split_sentences

#: The most time expressions kept in one sentence (news sentences stay under ~8).
MAX_PER_SENTENCE = 20

T = TypeVar("T")


def cap_per_sentence(text: str, found: Sequence[T]) -> list[T]:
    """``found`` (expressions with ``start`` offsets, in text order) less those past the
    first :data:`MAX_PER_SENTENCE` of each sentence of ``text``."""
    found = list(found)
    if len(found) <= MAX_PER_SENTENCE:
        return found
    starts = [s.start for s in split_sentences(text, limit=len(text) + 1)]
    kept, counts = [], {}
    for f in found:
        sentence = bisect_right(starts, f.start) - 1
        counts[sentence] = counts.get(sentence, 0) + 1
        if counts[sentence] <= MAX_PER_SENTENCE:
            kept.append(f)
    return kept
