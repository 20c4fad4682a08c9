"""Every date the calendar allows, at the build level: a Timeline or a TimelineError.

Years 1 and 9999, February 30, week 53 and relative dates that run past either end of
the calendar, in a header, in the text and as ``--published``; the build (and the
rendering of every output file) never ends in another exception.
"""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.errors import TimelineError
from events.options import Options
from events.temporal.interval import FIRST_DAY, LAST_DAY, interval_of, on_calendar
from output.page import render_files
from timeline.build import build_timeline

PHRASES = ("met on Monday", "will meet next week", "met a year earlier", "met last week",
           "will vote in two days", "met on 30 February", "meets in week 53",
           "met on 31 December 9999", "met on 1 January 0001", "met in the year 1",
           "will meet next year", "met 3,000 years ago", "will meet in 10,000 years",
           "met on 29 February", "met yesterday", "will meet tomorrow")

ENDS = st.one_of(st.dates(), st.sampled_from([date.min, date.max, date(1, 1, 3),
                                              date(9999, 12, 29), FIRST_DAY, LAST_DAY]))


def _build(tmp_path, text: str, **options):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    try:
        timeline = build_timeline([str(path)], Options(**options))
    except TimelineError:
        return None
    render_files(timeline)
    return timeline


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=ENDS, phrases=st.lists(st.sampled_from(PHRASES), min_size=1, max_size=4))
def test_a_header_date_anywhere_on_the_calendar_builds_or_is_named(tmp_path, day, phrases):
    text = f"Date: {day.isoformat()}\n\n" + " ".join(f"The council {p}." for p in phrases)
    timeline = _build(tmp_path, text)
    if timeline is not None:
        for entry in timeline.entries:
            assert on_calendar(entry.when.start) and on_calendar(entry.when.end)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=ENDS, phrases=st.lists(st.sampled_from(PHRASES), min_size=1, max_size=3))
def test_a_given_publication_date_anywhere_builds_or_is_named(tmp_path, day, phrases):
    text = " ".join(f"The council {p}." for p in phrases)
    try:
        Options(published=day)
    except TimelineError as exc:
        assert not on_calendar(day) and day.isoformat() in str(exc)
        return
    _build(tmp_path, text, published=day)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(year=st.integers(1, 9999), month=st.integers(1, 12), day=st.integers(1, 31),
       week=st.integers(1, 54))
def test_dates_written_in_the_text_build_or_are_named(tmp_path, year, month, day, week):
    text = (f"Date: 2023-11-14\n\nThe council met on {year:04d}-{month:02d}-{day:02d} and in "
            f"{year:04d}-W{week:02d}. It will meet a day after {day} {month}/{year:04d}.")
    _build(tmp_path, text)


def test_year_9999_in_a_header_builds_without_its_date(tmp_path):
    timeline = _build(tmp_path, "Date: 9999-12-31\n\nThe council met on Monday.")
    assert timeline is not None
    assert timeline.articles[0].published is None


@pytest.mark.parametrize("value", ["0001-01-01", "0002-12-31", "9998-01-01", "9999-12-31",
                                   "9999-W52", "0001", "9999-Q4", "0001-W01-WE"])
def test_values_at_the_ends_of_the_calendar_have_no_interval(value):
    assert interval_of(value) is None


@pytest.mark.parametrize("value", ["0003-01-01", "9997-12-31", "2020-W53", "2024-02-29"])
def test_values_just_inside_keep_their_interval(value):
    assert interval_of(value) is not None


@pytest.mark.parametrize("value", ["2023-02-30", "2021-W53", "2023-13", "0000"])
def test_impossible_values_have_no_interval(value):
    assert interval_of(value) is None


def test_options_name_a_publication_date_out_of_range():
    with pytest.raises(TimelineError, match="0001-01-01 is outside the dates read"):
        Options(published=date(1, 1, 1))
