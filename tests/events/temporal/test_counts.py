"""A bare four-digit number is a year unless its neighbours show it counts or numbers something."""
from datetime import date

import pytest

from events.temporal import tag

D = date(2011, 6, 17)


def _values(text):
    return [(t.text, t.value) for t in tag(text, D)]


@pytest.mark.parametrize("rule, text, number", [
    # counted_units: a number of years (or other units of time) is a span, not a year
    ("counted_units", "The feud goes back 1000 years, elders say.", "1000"),
    ("counted_units", "Critics of a 1500 years old text were jailed.", "1500"),
    ("counted_units", "The rock formed over 1200 centuries of slow change.", "1200"),
    # numbered_item: a numbered resolution, article or section is no year
    ("numbered_item", "NATO enforces resolution 1973 over the coast.", "1973"),
    ("numbered_item", "The council passed Resolutions 1970 and 1971 this spring.", "1970"),
    ("numbered_item", "Under article 2003 of the code, fines rise.", "2003"),
    ("numbered_item", "Section 1543 of the bill sets the rules.", "1543"),
])
def test_a_number_that_counts_or_numbers_is_no_year(rule, text, number):
    found = _values(text)
    assert not any(value == number for _, value in found), (rule, found)


@pytest.mark.parametrize("text, year", [
    ("The spill was the worst since 1989 and the worst in years.", "1989"),
    ("The resolution passed in 2011 was vague.", "2011"),
    ("Within two years of 2008 the market fell.", "2008"),
    ("Protests after the disputed 2009 elections spread.", "2009"),
])
def test_a_year_beside_such_words_stays_a_year(text, year):
    assert any(value == year for _, value in _values(text))


def test_a_counted_span_of_years_is_a_duration():
    assert ("1000 years", "P1000Y") in _values("It takes 1000 years to decay.")
