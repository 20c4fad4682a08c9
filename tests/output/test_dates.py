"""Date labels: one case per wording rule of output/dates.py."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events.models import GRANULARITIES, Interval
from events.temporal.interval import interval_of
from output.dates import date_label, day_range, heading, timex_label, weekday

D = date


@pytest.mark.parametrize("rule, interval, label", [
    ("day", Interval(D(2022, 10, 12), D(2022, 10, 12), "day"), "12 Oct 2022"),
    ("time is shown as its day", Interval(D(2022, 10, 12), D(2022, 10, 12), "time"), "12 Oct 2022"),
    ("day span in one month", Interval(D(2022, 10, 10), D(2022, 10, 11), "day"), "10–11 Oct 2022"),
    ("day span across months", Interval(D(2022, 9, 30), D(2022, 10, 1), "day"), "30 Sep – 1 Oct 2022"),
    ("day span across years", Interval(D(2022, 12, 31), D(2023, 1, 2), "day"), "31 Dec 2022 – 2 Jan 2023"),
    ("approximate day", Interval(D(2022, 10, 12), D(2022, 10, 12), "day", "APPROX", True), "around 12 Oct 2022"),
    ("weekend", interval_of("2022-W40-WE"), "weekend of 8–9 Oct 2022"),
    ("week", interval_of("2022-W41"), "week of 10–16 Oct 2022"),
    ("whole month", interval_of("2022-04"), "April 2022"),
    ("late month by mod", interval_of("2022-11", "END"), "late November 2022"),
    ("early month by mod", interval_of("2022-12", "START"), "early December 2022"),
    ("mid month by mod", interval_of("2022-12", "MID"), "mid-December 2022"),
    ("month parts across months", Interval(D(2022, 11, 21), D(2022, 12, 10), "month", None, True),
     "late Nov – early Dec 2022"),
    ("whole month to part", Interval(D(2022, 11, 1), D(2022, 12, 10), "month"), "Nov – early Dec 2022"),
    ("month parts across years", Interval(D(2022, 12, 21), D(2023, 1, 5), "month"),
     "late Dec 2022 – early Jan 2023"),
    ("mid parts take a hyphen", Interval(D(2022, 11, 15), D(2022, 12, 25), "month"),
     "mid-Nov – late Dec 2022"),
    ("two parts of one month", Interval(D(2022, 11, 5), D(2022, 11, 25), "month"), "5–25 Nov 2022"),
    ("two whole months", Interval(D(2022, 11, 1), D(2022, 12, 31), "month"), "Nov–Dec 2022"),
    ("quarter", interval_of("2022-Q4"), "Oct–Dec 2022"),
    ("half", interval_of("2022-H2"), "second half of 2022"),
    ("season", interval_of("2022-SP"), "spring 2022"),
    ("winter spans the new year", interval_of("2022-WI"), "winter 2022–23"),
    ("year", interval_of("2023"), "2023"),
    ("late year", interval_of("2022", "END"), "late 2022"),
    ("mid year", interval_of("2022", "MID"), "mid-2022"),
    ("decade", interval_of("201"), "the 2010s"),
    ("before", interval_of("2022-10-12", "BEFORE"), "before 12 Oct 2022"),
    ("on or before", interval_of("2022-11", "ON_OR_BEFORE"), "by November 2022"),
    ("after", interval_of("2022", "AFTER"), "after 2022"),
    ("vague future", Interval(D(2022, 10, 13), D(2022, 12, 11), "vague", "AFTER", True),
     "in the weeks after 12 Oct 2022"),
    ("vague past", Interval(D(2022, 8, 1), D(2022, 10, 11), "vague", "BEFORE", True),
     "in the weeks before 12 Oct 2022"),
    ("vague window of days", Interval(D(2022, 10, 13), D(2022, 10, 20), "vague", "AFTER", True),
     "in the days after 12 Oct 2022"),
    ("vague window of months", Interval(D(2022, 10, 13), D(2023, 6, 1), "vague", "AFTER", True),
     "in the months after 12 Oct 2022"),
    ("vague at the calendar's start", Interval(D(1, 1, 1), D(1, 1, 5), "vague", "AFTER"),
     "around early January 1"),
    ("vague present", Interval(D(2022, 10, 5), D(2022, 10, 19), "vague", None, True),
     "around 5–19 Oct 2022"),
    ("vague present in one part of a month", Interval(D(2022, 10, 11), D(2022, 10, 19), "vague"),
     "around mid-October 2022"),
    ("mid decade, not its days", interval_of("195", "MID"), "the mid-1950s"),
    ("early decade", interval_of("195", "START"), "the early 1950s"),
    ("late decade", interval_of("195", "END"), "the late 1950s"),
    ("decade span inside one part", Interval(D(1953, 5, 2), D(1956, 8, 30), "decade"), "the mid-1950s"),
    ("decade span across decades", Interval(D(1990, 1, 1), D(2009, 12, 31), "decade"),
     "the 1990s–2000s"),
    ("century", interval_of("19"), "the 20th century"),
    ("mid century", interval_of("19", "MID"), "the mid-20th century"),
    ("early century", interval_of("20", "START"), "the early 21st century"),
    ("approximate year", interval_of("2022", "APPROX"), "around 2022"),
    ("early season", interval_of("2022-SU", "START"), "early summer 2022"),
    ("late winter is its months", interval_of("2022-WI", "END"), "late Jan – Feb 2023"),
])
def test_date_label(rule, interval, label):
    assert date_label(interval) == label, rule


@pytest.mark.parametrize("value, drop_year, label", [
    ("2022-10-11", 2022, "11 Oct"),
    ("2022-10-11", 2021, "11 Oct 2022"),
    ("2022-10-11", None, "11 Oct 2022"),
    ("2022-10", 2022, "October 2022"),
    ("FUTURE_REF", 2022, "FUTURE_REF"),
])
def test_timex_label(value, drop_year, label):
    assert timex_label(value, drop_year) == label


@pytest.mark.parametrize("value, expected", [
    ("2022-10-12", "Wednesday"),
    ("2022-10-13", "Thursday"),
    ("2022-10", ""),
    ("2022-W40-WE", ""),
])
def test_weekday(value, expected):
    assert weekday(interval_of(value)) == expected


@pytest.mark.parametrize("value, expected", [
    ("2022-10-12", "October 2022"),
    ("2022-W40-WE", "October 2022"),
    ("2022-04", "April 2022"),
    ("2022-Q4", "2022"),
    ("2023", "2023"),
    ("201", "2010s"),
])
def test_heading(value, expected):
    assert heading(interval_of(value)) == expected


def test_vague_dates_sit_under_their_month():
    assert heading(Interval(D(2022, 10, 13), D(2022, 12, 11), "vague", "AFTER")) == "October 2022"


def test_a_coarse_date_within_one_month_names_the_month():
    # found by the property below: a season of 1-11 January read "1–11 Jan 2000"
    assert date_label(Interval(D(2000, 1, 1), D(2000, 1, 11), "season")) == "January 2000"


@given(start=st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 31)),
       days=st.integers(min_value=0, max_value=40000),
       granularity=st.sampled_from(["decade", "century", "vague", "season", "year"]),
       mod=st.sampled_from([None, "START", "MID", "END", "APPROX"]))
def test_coarse_and_vague_dates_never_read_as_a_span_of_days(start, days, granularity, mod):
    """"the mid-1950s", never "2 May 1953 – 30 Aug 1956": a coarse or vague date is said
    in the words of its unit, with no day of the month in it."""
    end = start + timedelta(days=min(days, (D(9999, 12, 31) - start).days))
    label = date_label(Interval(start, end, granularity, mod))
    if granularity != "vague" and not (granularity == "season" and mod):
        assert not any(f"{d} {m}" in label for d in range(1, 32)
                       for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                 "Sep", "Oct", "Nov", "Dec")), label


def test_day_range_single_day():
    assert day_range(D(2022, 1, 5), D(2022, 1, 5)) == "5 Jan 2022"


@given(start=st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 31)),
       days=st.integers(min_value=0, max_value=800),
       granularity=st.sampled_from(GRANULARITIES),
       mod=st.sampled_from([None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER",
                            "ON_OR_BEFORE", "ON_OR_AFTER"]),
       approximate=st.booleans())
def test_every_interval_has_a_label_and_heading(start, days, granularity, mod, approximate):
    end = start + timedelta(days=min(days, (D(9999, 12, 31) - start).days))
    interval = Interval(start, end, granularity, mod, approximate)
    assert date_label(interval).strip()
    assert heading(interval).strip()


@pytest.mark.parametrize("values, label, weekdays", [
    (("2022-10-10", "2022-10-11"), "10 or 11 Oct 2022", "Monday or Tuesday"),
    (("2022-09-30", "2022-10-01", "2022-10-02"), "30 Sep, 1 Oct or 2 Oct 2022",
     "Friday or Saturday or Sunday"),
    (("2021-12-31", "2022-01-01"), "31 Dec 2021 or 1 Jan 2022", "Friday or Saturday"),
    (("2022-10", "2022-10-11"), "October 2022 or 11 Oct 2022", ""),
])
def test_either_label_names_every_date_a_conflict_gives(values, label, weekdays):
    from output.dates import either_label
    assert either_label(values) == (label, weekdays)
