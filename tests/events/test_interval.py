from datetime import date

import pytest

from events.temporal.interval import interval_of


@pytest.mark.parametrize("value, mod, start, end, granularity", [
    ("2022-10-12", None, date(2022, 10, 12), date(2022, 10, 12), "day"),
    ("2022-10-12T14:30", None, date(2022, 10, 12), date(2022, 10, 12), "time"),
    ("2022-04", None, date(2022, 4, 1), date(2022, 4, 30), "month"),
    ("2024-02", None, date(2024, 2, 1), date(2024, 2, 29), "month"),
    ("2022-W40", None, date(2022, 10, 3), date(2022, 10, 9), "week"),
    ("2022-W40-WE", None, date(2022, 10, 8), date(2022, 10, 9), "weekend"),
    ("2022-Q4", None, date(2022, 10, 1), date(2022, 12, 31), "quarter"),
    ("FY1998-Q1", None, date(1998, 1, 1), date(1998, 3, 31), "quarter"),
    ("2022-H2", None, date(2022, 7, 1), date(2022, 12, 31), "half"),
    ("2022-SU", None, date(2022, 6, 1), date(2022, 8, 31), "season"),
    ("2022-WI", None, date(2022, 12, 1), date(2023, 2, 28), "season"),
    ("2023", None, date(2023, 1, 1), date(2023, 12, 31), "year"),
    ("199", None, date(1990, 1, 1), date(1999, 12, 31), "decade"),
    ("19", None, date(1900, 1, 1), date(1999, 12, 31), "century"),
    ("2022-11", "END", date(2022, 11, 21), date(2022, 11, 30), "month"),
    ("2022-12", "START", date(2022, 12, 1), date(2022, 12, 10), "month"),
    ("2022", "MID", date(2022, 5, 2), date(2022, 8, 31), "year"),
])
def test_value_to_interval(value, mod, start, end, granularity):
    iv = interval_of(value, mod)
    assert (iv.start, iv.end, iv.granularity) == (start, end, granularity)


@pytest.mark.parametrize("value", ["P2D", "PAST_REF", "FUTURE_REF", "XXXX-10", "2022-02-30",
                                   "2022-W54", "0000", "BC0490", "", "9999-W52-WE-X"])
def test_values_without_a_place_on_the_calendar(value):
    assert interval_of(value) is None


@pytest.mark.parametrize("mod, approximate", [("APPROX", True), ("BEFORE", True), (None, False),
                                              ("END", False)])
def test_hedging_mods_mark_the_interval_approximate(mod, approximate):
    assert interval_of("2022-10", mod).approximate is approximate
