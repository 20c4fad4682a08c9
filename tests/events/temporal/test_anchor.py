"""Anchoring: weekdays and bare months by tense, shifts, weekends, history references."""
from datetime import date

import pytest

from events.temporal import tag
from events.temporal.anchor import Point, shift, weekday_date, weekend_value, yearless

WED = date(2022, 10, 12)


@pytest.mark.parametrize("wd, rel, tense, expected", [
    (2, None, "past", date(2022, 10, 11)),
    (4, None, "past", date(2022, 10, 6)),
    (4, None, "future", date(2022, 10, 13)),
    (2, None, "future", date(2022, 10, 18)),
    (3, None, "past", WED),
    (3, None, "future", WED),
    (4, None, "none", date(2022, 10, 13)),   # the next Thursday is only one day ahead
    (5, None, "none", date(2022, 10, 7)),    # otherwise news looks back
    (5, -1, "future", date(2022, 10, 7)),
    (5, 1, "past", date(2022, 10, 14)),
    (1, 0, "none", date(2022, 10, 10)),
])
def test_weekday_date(wd, rel, tense, expected):
    assert weekday_date(WED, wd, rel, tense) == expected


@pytest.mark.parametrize("value, tense, rel, expected", [
    ("XXXX-04", "past", None, "2022-04"),
    ("XXXX-12-20", "past", None, "2021-12-20"),  # a past 20 December lies in the year before
    ("XXXX-11-06", "past", None, "2022-11-06"),  # "was extended to Nov. 6": just ahead
    ("XXXX-02-01", "future", None, "2023-02-01"),
    # FUTURE_REACH_DAYS: "will study the effects of the August 1 spill", 293 days ahead
    ("XXXX-08-01", "future", None, "2022-08-01"),
    ("XXXX-06-01", "future", None, "2023-06-01"),  # 232 days ahead: within reach
    ("XXXX-08-24", "none", None, "2022-08-24"),  # the nearer one
    ("XXXX-01", "none", None, "2023-01"),        # a month: the nearer one, ahead or not
    # AHEAD_WEIGHT: a day with no tense counts double ahead ("the March 1 explosion")
    ("XXXX-03-01", "none", None, "2022-03-01"),  # 225 days back beats 140 ahead
    ("XXXX-12-20", "none", None, "2022-12-20"),  # 69 ahead (138) beats 296 back
    ("XXXX-04", "future", 0, "2022-04"),         # "this April"
    ("XXXX-02", "none", -1, "2022-02"),          # "last February"
    ("XXXX-11", "none", 1, "2022-11"),           # "next November"
    ("XXXX-Q1", "future", None, "2022-Q1"),      # quarters are the current year's
    ("XX9", "none", None, "199"),                # "the nineties"
])
def test_yearless(value, tense, rel, expected):
    assert yearless(value, Point.of_date(WED), rel, tense, forward=False) == expected


@pytest.mark.parametrize("unit, n, expected", [
    ("day", -1, "2022-10-11"), ("week", -1, "2022-W40"), ("weekend", 0, "2022-W41-WE"),
    ("month", 3, "2023-01"), ("quarter", -4, "2021-Q4"), ("half", 1, "2023-H1"),
    ("season", -1, "2022-SU"), ("year", 1, "2023"), ("decade", -1, "201"), ("century", 0, "20"),
])
def test_shift(unit, n, expected):
    assert shift(Point.of_date(WED), unit, n) == expected


def test_a_coarse_anchor_leaves_the_finer_fields_unknown():
    assert shift(Point(1940, None, None, "year"), "day", 1) == "1940-XX-XX"


@pytest.mark.parametrize("day, rel, tense, expected", [
    (WED, None, "past", "2022-W40-WE"), (WED, None, "future", "2022-W41-WE"),
    (date(2022, 10, 15), None, "past", "2022-W41-WE"), (WED, -1, "none", "2022-W40-WE"),
    (WED, 1, "none", "2022-W41-WE"),
])
def test_weekend_value(day, rel, tense, expected):
    assert weekend_value(day, rel, tense) == expected


def test_bc_values_are_points_with_negative_years():
    assert Point.of_value("BC0480-08") == Point(-480, 8, None, "month")
    assert shift(Point(-480, None, None, "year"), "year", 1) == "BC0479"


def test_history_text_anchors_to_the_last_date_mentioned():
    text = ("The siege began on 12 March 1915. The next day the garrison sallied out. "
            "In April the relief column arrived, and on 9 May the city fell.")
    found = {t.text: t.value for t in tag(text, date(2009, 12, 19), genre="history")}
    assert found["The next day"] == "1915-03-13"
    assert found["April"] == "1915-04"
    assert found["9 May"] == "1915-05-09"


def test_the_quarter_refers_to_the_quarter_being_reported():
    text = ("Third-quarter profit rose 5%. Sales in the quarter were flat, compared with "
            "a year earlier.")
    found = {t.text: t.value for t in tag(text, date(1989, 11, 2), genre="news")}
    assert found["Third-quarter"] == "1989-Q3"
    assert found["the quarter"] == "1989-Q3"
    assert found["a year earlier"] == "1988-Q3"


@pytest.mark.parametrize("text, surface, value", [
    ("For the nine months, profit rose to $9 million from $7 million a year earlier.",
     "a year earlier", "1988"),
    ("In the first six months, sales were flat with the 1988 period.", "the 1988 period",
     "1988"),
    ("Third-quarter profit rose. For the first nine months it fell. In the quarter, sales "
     "were flat.", "the quarter", "1989-Q3"),
    ("Third-quarter profit rose. For the first nine months it fell. In the fourth quarter "
     "it should rise from a year ago, the firm said.", "a year ago", "1988-Q4"),
])
def test_year_to_date_spans_are_compared_with_the_year_before(text, surface, value):
    found = {t.text: t.value for t in tag(text, date(1989, 11, 2), genre="news")}
    assert found[surface] == value
