import random
from datetime import date

import pytest

from timeline.merge import merge_events
from timeline.order import order


def _entry(event, article, timex, start=0, published=date(2022, 10, 12)):
    return merge_events([event(article, f"Event in {article} on {timex} {start}", timex,
                               start=start, published=published)],
                        {article: published})[0]


@pytest.mark.parametrize("earlier, later, why", [
    ("2022-04", "2022-10-12", "earlier start first"),
    ("2022-10-01", "2022-10", "same start: the day before the month"),
    ("2022-10", "2022-Q4", "same start: the month before the quarter"),
    ("2022-W40", "2022-W40-WE", "the week starts on Monday, its weekend on Saturday"),
    ("2022", "2022-04", "the year starts on 1 Jan, before April"),
])
def test_chronological_over_mixed_granularity(event, earlier, later, why):
    a, b = _entry(event, "a", earlier), _entry(event, "b", later)
    assert order([b, a]) == (a, b), why


def test_ties_go_to_reading_order_then_id(event):
    first = _entry(event, "x", "2022-10-12", start=10)
    second = _entry(event, "x", "2022-10-12", start=900)
    other = _entry(event, "y", "2022-10-12", start=0, published=date(2022, 10, 13))
    assert order([other, second, first]) == (first, second, other)


def test_order_does_not_depend_on_input_order(event):
    entries = [_entry(event, f"a{i}", t) for i, t in
               enumerate(["2022-10", "2022-10-12", "2022-10-12", "2022", "2022-W41"])]
    shuffled = entries[:]
    random.Random(4).shuffle(shuffled)
    assert order(shuffled) == order(entries)
