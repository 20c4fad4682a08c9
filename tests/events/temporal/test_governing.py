"""The year a year-less date takes from its own sentence: one case per rule of
:data:`events.temporal.governing.RULES`, and the cases where no year governs."""
from datetime import date

import pytest

from events.temporal import governing, tag

D = date(2031, 4, 8)

#: (rule, sentence, surface of the year-less date, value it must get)
CASES = [
    ("trailing-year", "The regatta was first planned to run from August 6-15 in 2032.",
     "August 6", "2032-08-06"),
    ("trailing-year", "The regatta will take place July 15-24 in 2033, the board said.",
     "24", "2033-07-24"),
    ("trailing-relative-year", "The fair will now open on July 23-August 8 next year.",
     "July 23", "2032-07-23"),
    ("sentence-year", "The 2033 Harbour Games are scheduled to be held on July 27.",
     "July 27", "2033-07-27"),
]


def test_every_rule_has_a_case():
    assert {name for name, _ in governing.RULES} == {case[0] for case in CASES}


@pytest.mark.parametrize(("rule", "sentence", "surface", "value"), CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])
def test_the_sentence_year_governs(rule, sentence, surface, value):
    got = {t.text: t.value for t in tag(sentence, D)}
    assert got[surface] == value
    start = sentence.index(surface)
    years = [(t.start, t.end, int(t.value[:4]), len(t.value) == 4) for t in tag(sentence, D)
             if t.rule in ("year", "month_day_year")]
    assert governing.governing_year(sentence, start, start + len(surface), years,
                                    D.year)[1] == rule


def test_without_a_year_the_publication_year_is_kept():
    got = {t.text: t.value for t in tag("The regatta will take place on July 15.", D)}
    assert got["July 15"] == "2031-07-15"


def test_a_year_in_an_aside_does_not_govern():
    sentence = "The club, which hosts the 2033 Games, said on March 5 that the regatta was off."
    assert {t.text: t.value for t in tag(sentence, D)}["March 5"] == "2031-03-05"


def test_a_year_trailing_a_date_in_an_aside_governs_that_date_only():
    sentence = ("The regatta, which was first planned to run from August 6-15 in 2032, "
                "was moved by the board on March 5.")
    got = {t.text: t.value for t in tag(sentence, D)}
    assert (got["August 6"], got["15"]) == ("2032-08-06", "2032-08-15")
    assert got["March 5"] == "2031-03-05"


def test_two_years_in_the_sentence_govern_nothing():
    sentence = "The fair of 2033 and the fair of 2034 are planned, and tickets go on sale March 5."
    assert {t.text: t.value for t in tag(sentence, D)}["March 5"] == "2031-03-05"


def test_a_year_of_another_sentence_does_not_govern():
    text = "The 2033 Harbour Games were awarded to the city. The board met on March 5."
    assert {t.text: t.value for t in tag(text, D)}["March 5"] == "2031-03-05"


def test_a_number_after_in_that_is_no_year_does_not_govern():
    text = "The ferry carried on March 5 in 2033 people, a record."
    assert {t.text: t.value for t in tag(text, D)}["March 5"] == "2031-03-05"


def test_an_earlier_year_of_the_sentence_does_not_govern():
    # the year of another thing: the tense and the publication date decide
    sentence = "Under a plan approved in 2027, the club had sold 400 boats through March 5."
    assert {t.text: t.value for t in tag(sentence, D)}["March 5"] == "2031-03-05"


def test_a_full_date_of_the_sentence_does_not_govern():
    sentence = "The port plans to redeem on Nov. 16 its bonds due March 1, 2041."
    assert {t.text: t.value for t in tag(sentence, D)}["Nov. 16"] == "2031-11-16"


def test_in_history_only_a_trailing_year_governs():
    sentence = "The 2033 Games opened on July 27, and the fleet came back on May 2 in 2034."
    years = [(sentence.index("2033"), sentence.index("2033") + 4, 2033, True),
             (sentence.index("2034"), sentence.index("2034") + 4, 2034, True)]
    at = sentence.index("July 27")
    assert governing.governing_year(sentence, at, at + 7, years[:1], 2031, history=True) is None
    assert governing.governing_year(sentence, at, at + 7, years[:1], 2031) == (2033, "sentence-year")
    at = sentence.index("May 2")
    assert governing.governing_year(sentence, at, at + 5, years, 2031, history=True) == (
        2034, "trailing-year")


def test_a_dateline_day_is_not_governed():
    text = "PORTVILLE, April 8 \u2014 The regatta will take place July 15-24 in 2033, the board said."
    got = {t.text: t.value for t in tag(text, D)}
    assert got["April 8"] == "2031-04-08" and got["July 15"] == "2033-07-15"
