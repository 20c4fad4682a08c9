"""The recognizer's lazy choice (events.temporal.recognize.Choice): the same expressions
as building every candidate and choosing among them, with fewer built."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.temporal import recognize as rec
from events.temporal.recognize import HISTORY_ONLY, Choice, candidates, choose, matches

#: Words that make overlapping matches (a day inside a date, a year inside a month-year),
#: titles ("This Week") and forms a builder refuses ("Feb 30").
WORDS = ("12", "March", "1990", "Feb", "30", "This", "Week", "this", "week", "the", "end",
         "of", "November", "or", "early", "December", "2021-04", "Q3", "'99", "3rd", "10:30",
         "a.m.", "Monday", "night", "and", "Tuesday", "nights", "1990s", "spring", "next",
         "year", "ago", "two", "days", "after", ",", ".", "60", "Minutes", "W53", "2020-W53")

texts = st.lists(st.sampled_from(WORDS), max_size=50).map(" ".join)


def _eager(text: str, history: bool) -> list:
    found = candidates(text)
    return choose(found if history else [f for f in found if f.sem.link != HISTORY_ONLY])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.booleans())
def test_the_lazy_choice_is_the_eager_one(text, history):
    assert Choice(text).chosen(history) == _eager(text, history)


def test_both_choices_from_one_choice_match_the_eager_ones():
    text = "On This Week, 12 March 1990, the end of November or early December 2021."
    choice = Choice(text)
    assert choice.chosen() == _eager(text, True)
    assert choice.chosen(history=False) == _eager(text, False)


def test_a_match_inside_a_chosen_one_is_never_built(monkeypatch):
    text = "On 12 March 1990, 3 April 2001 and 28 May 2020 the council met."
    calls = []
    original = rec.built

    def counting(text_, match):
        calls.append(match[:2])
        return original(text_, match)

    monkeypatch.setattr(rec, "built", counting)
    chosen = Choice(text).chosen()
    assert [text[f.start:f.end] for f in chosen] == ["12 March 1990", "3 April 2001",
                                                     "28 May 2020"]
    assert len(matches(text)) > len(calls) == len(chosen)  # "March 1990", "12", ... unbuilt


def test_a_refused_longer_match_leaves_the_shorter_ones_to_choose(monkeypatch):
    original = rec.built

    def refusing(text_, match):  # a builder that refuses every day-month-year
        return None if match[3].name == "day_month_year" else original(text_, match)

    monkeypatch.setattr(rec, "built", refusing)
    text = "On 12 March 1990 the council met."
    chosen = Choice(text).chosen()
    assert chosen == _eager(text, True)
    assert "12 March 1990" not in [text[f.start:f.end] for f in chosen]
    assert chosen  # what lies inside it is chosen instead
