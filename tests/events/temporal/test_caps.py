"""The cap on time expressions per sentence (events.temporal.caps)."""
from __future__ import annotations

from datetime import date

from events.temporal import tag
from events.temporal.caps import MAX_PER_SENTENCE, cap_per_sentence


def test_rule_max_per_sentence_keeps_the_first_ones_of_each_sentence():
    text = "Monday " * (MAX_PER_SENTENCE + 30) + "ended. On Tuesday it rained."
    found = tag(text, date(2023, 11, 14))
    first = [t for t in found if t.start < text.index("ended")]
    assert len(first) == MAX_PER_SENTENCE
    assert first[0].start == 0
    assert found[-1].text == "Tuesday"  # the next sentence keeps its own


def test_a_sentence_under_the_cap_keeps_every_expression():
    text = "The council met on Monday, on Tuesday, on 3 May 2021 and will meet next week."
    assert [t.text for t in tag(text, date(2023, 11, 14))] == \
        ["Monday", "Tuesday", "3 May 2021", "next week"]


def test_cap_per_sentence_leaves_a_short_list_alone():
    class F:
        def __init__(self, start):
            self.start = start
    found = [F(i) for i in range(MAX_PER_SENTENCE)]
    assert cap_per_sentence("x " * 100, found) == found


def test_a_text_with_no_sentence_end_keeps_no_more_than_the_cap():
    text = "word and Monday " * 2_000
    assert len(tag(text, date(2023, 11, 14))) == MAX_PER_SENTENCE
