"""The word tables: numbers, durations, and how the genre of a text is decided."""
from datetime import date

import pytest

from events.temporal import lexicon as lx
from events.temporal.sem import duration_value
from events.temporal.tagger import decide_genre


@pytest.mark.parametrize("words, value", [
    ("three", 3), ("twenty-four", 24), ("twenty four", 24), ("two hundred fifty", 250),
    ("1,000", 1000), ("2 1/2", 2.5), ("a", 1), ("a couple of", 2), ("a dozen", 12),
    ("several", None), ("purple", None), ("", None),
])
def test_number_value(words, value):
    assert lx.number_value(words) == value


@pytest.mark.parametrize("n, letter, value", [
    (3, "Y", "P3Y"), (24, "H", "PT24H"), (None, "D", "PXD"), (2.5, "Y", "P2Y6M"),
    (5.5, "H", "PT5H30M"), (1.5, "D", "P1DT12H"), (1.5, "W", "P1.5W"), (30, "MIN", "PT30M"),
])
def test_duration_value(n, letter, value):
    assert duration_value(n, letter) == value


def test_lookup_ignores_case_spaces_and_hyphens():
    assert lx.lookup(lx.REFS, "Present-Day") == "PRESENT_REF"
    assert lx.lookup(lx.SETS, "semi annual")[0] == "P6M"


def test_alternation_prefers_longer_forms_and_keeps_verbs_out():
    import re
    months = re.compile(lx.alternation(lx.MONTHS, lx.CASE_SENSITIVE), re.I)
    assert months.match("September").group() == "September"
    assert months.match("may") is None and months.match("May").group() == "May"


@pytest.mark.parametrize("text, genre", [
    ("The war began in 1914. In 1915 and 1916 the armies dug in; by 1917 and 1918 ...",
     "history"),
    ("The minister said on Friday that talks will resume next week, as they did in 1998, "
     "1999, 2001 and 2004. Yesterday he met envoys; today he flies home.", "news"),
    ("Nothing dated here.", "news"),
])
def test_decide_genre(text, genre):
    assert decide_genre(text, date(2009, 12, 19)) == genre


def test_an_explicit_genre_is_kept():
    assert decide_genre("In 1914, 1915, 1916, 1917 and 1918.", None, "news") == "news"
