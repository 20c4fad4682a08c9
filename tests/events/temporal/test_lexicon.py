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


# NEWS_DAYS_BEFORE: years named in passing, and year-less days just before the DCT
PASSING_YEARS = ("Unlike the 1969, 1979, 1989, 1999 and 2004 spills, the leak that began on "
                 "November 20 grew; the firm said on December 2 it had spent more, and on "
                 "December 14 it asked for help.")


def test_days_just_before_the_publication_date_make_news_whatever_years_it_names():
    assert decide_genre(PASSING_YEARS, date(2009, 12, 19)) == "news"
    assert decide_genre(PASSING_YEARS, date(2009, 7, 1)) == "history"  # days far from it
    assert decide_genre(PASSING_YEARS, None) == "history"


def test_one_day_just_before_the_publication_date_is_enough():
    # NEWS_DAYS_MIN: a report naming old years and a single recent day is news
    text = ("The 1979, 1989, 1999, 2004 and 2006 accords failed; the minister said on "
            "June 21 that talks would resume.")
    assert decide_genre(text, date(2010, 7, 2)) == "news"
    assert decide_genre(text, date(2010, 1, 15)) == "history"  # the day is far from it


def test_a_date_inferred_from_the_text_is_no_witness_of_news():
    # the text's own latest day gave the DCT: its days lie before it by construction
    from events.temporal import tag
    told = {x.text: x.value for x in tag(PASSING_YEARS, date(2009, 12, 19))}
    inferred = {x.text: x.value for x in tag(PASSING_YEARS, date(2009, 12, 19),
                                             dct_from_text=True)}
    assert told["December 2"] == "2009-12-02"
    assert inferred["December 2"] == "2004-12-02"  # history: the narrative's last year


def test_an_explicit_genre_is_kept():
    assert decide_genre("In 1914, 1915, 1916, 1917 and 1918.", None, "news") == "news"
