from dataclasses import fields, replace
from datetime import date

import pytest

from timeline.digest import (GRANULARITY_WEIGHT, SalienceWeights, date_scores, digest, salience,
                             with_salience)
from timeline.merge import merge_events


def _entry(event, reports, timex="2011-03-19", actors=("nato",), summary="NATO struck tanks"):
    """One entry reported by ``reports``: (article, publication day) pairs."""
    events = [event(article, summary, timex, actors=actors, published=day, start=i)
              for i, (article, day) in enumerate(reports)]
    (entry,) = merge_events(events, dict(reports))
    return entry


D1, D2, D3 = date(2011, 3, 19), date(2011, 3, 20), date(2011, 3, 21)


@pytest.mark.parametrize("weight, more, fewer", [
    ("articles", dict(reports=[("a", D1), ("b", D1)]), dict(reports=[("a", D1)])),
    ("days", dict(reports=[("a", D1), ("b", D2)]), dict(reports=[("a", D1), ("b", D1)])),
    ("actors", dict(reports=[("a", D1)], actors=("nato", "libya")), dict(reports=[("a", D1)])),
])
def test_each_salience_weight_ranks_the_larger_count_higher(event, weight, more, fewer):
    assert weight in {f.name for f in fields(SalienceWeights)}
    high, low = _entry(event, **more), _entry(event, **fewer)
    assert salience(high) > salience(low)
    off = SalienceWeights(**{weight: 0.0})
    assert salience(high, off) == salience(low, off)


def test_granularity_weight_prefers_a_day_to_a_year_with_the_same_reports(event):
    assert GRANULARITY_WEIGHT["day"] > GRANULARITY_WEIGHT["year"]
    day = _entry(event, [("a", D1)], "2011-03-19")
    year = _entry(event, [("b", D1)], "2011", summary="NATO struck tanks all year")
    scores = date_scores([day, year])
    assert scores[(D1, D1)] > scores[(date(2011, 1, 1), date(2011, 12, 31))]


def test_digest_keeps_the_n_best_dates_in_order_with_the_best_entry_each(event):
    big = _entry(event, [("a", D1), ("b", D2), ("c", D3)], "2011-03-19")
    small_same_day = _entry(event, [("d", D1)], "2011-03-19", actors=("libya",),
                            summary="Libya closed its airspace")
    middle = _entry(event, [("e", D2), ("f", D3)], "2011-03-17", summary="UN voted no-fly zone")
    lone = _entry(event, [("g", D3)], "2011-03-21", summary="Rebels retook Ajdabiyah")
    entries = with_salience([lone, middle, small_same_day, big])
    kept = digest(entries, 2)
    assert [e.when.start for e in kept] == [date(2011, 3, 17), date(2011, 3, 19)]
    assert kept[1].summary == "NATO struck tanks"


def test_digest_of_more_dates_than_there_are_keeps_them_all(event):
    entries = with_salience([_entry(event, [("a", D1)]),
                             _entry(event, [("b", D2)], "2011-03-20", summary="Rebels fled")])
    assert len(digest(entries, 10)) == 2


def test_digest_ties_go_to_the_earlier_date(event):
    a = _entry(event, [("a", D1)], "2011-03-21", summary="Rebels fled Brega")
    b = _entry(event, [("b", D1)], "2011-03-20", summary="Rebels fled Ajdabiyah")
    (kept,) = digest(with_salience([a, b]), 1)
    assert kept.when.start == date(2011, 3, 20)
