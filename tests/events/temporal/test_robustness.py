"""Robustness: any string and any DCT give valid TIMEX3 or nothing, in linear time."""
import re
import time
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.temporal import tag
from events.temporal.timeml import tag_text

TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
        "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
_PART = r"(?:T(?:[\dX]{2}(?::[\dX]{2})?|MO|AF|EV|NI|DT|MI))?"
_CALENDAR = (r"(?:BC)?[\dX]{2,4}(?:-(?:[\dX]{2}|W[\dX]{2}|Q[\dX]|H[\dX]|SP|SU|FA|WI)"
             r"(?:-(?:[\dX]{2}|WE|[1-7]))?)?" + _PART)
_DURATION = r"P(?:[\dX.]+(?:Y|M|W|D|DE|CE|ML|Q))*(?:T(?:[\dX.]+[HMS])+)?"
VALUE = re.compile(rf"^(?:PRESENT_REF|PAST_REF|FUTURE_REF|{_CALENDAR}|{_DURATION})$")

#: Words that exercise the rules, mixed into random text.
VOCAB = ("Friday May march we the end of November early late mid 1999 2023 12 3 24 Aug. , . - "
         "last next this year years week weekend ago later after two days said will "
         "quarter third fiscal 1990s BC AD 10:30 p.m. noon tonight every daily recently "
         "now since as of or and 1/2 ' '90s century nineteen ninety-six").split()

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(VOCAB) | st.text(max_size=4), max_size=60).map(" ".join),
)
dcts = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


def _check(text, found):
    last = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text) and t.start >= last
        assert text[t.start:t.end] == t.text
        assert t.type in TYPES and t.mod in MODS
        assert VALUE.match(t.value), t.value
        # a duration has an interval only when it points to a date ("two days" after)
        assert t.interval is None or t.type in ("DATE", "TIME") or t.points_to
        assert not t.points_to or (t.type == "DURATION" and VALUE.match(t.points_to))
        last = t.end


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, dcts, st.sampled_from(["auto", "news", "history"]))
def test_any_text_and_dct_give_valid_timex3_or_nothing(text, dct, genre):
    _check(text, tag(text, dct, genre=genre))


@settings(max_examples=50, deadline=None)
@given(texts, dcts)
def test_tag_text_keeps_the_text(text, dct):
    plain = re.sub(r"<[^>]+>", "", tag_text(text, dct))
    assert plain == text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _seconds(text, repeats=3):
    """CPU seconds (the best of a few runs) to tag ``text``; CPU time ignores other load."""
    best = None
    for _ in range(repeats):
        t0 = time.process_time()
        tag(text, date(2000, 1, 1))
        spent = time.process_time() - t0
        best = spent if best is None else min(best, spent)
    return max(best, 1e-3)


def test_hundred_thousand_digits_take_linear_time():
    small, big = _seconds("7" * 100_000), _seconds("7" * 400_000)
    assert big / small < 4 * 3  # four times the input, allowing generous noise


def test_a_one_megabyte_line_takes_linear_time():
    unit = ("the council met in the old hall and argued about the harbour budget, the ferry "
            "timetable, the price of coal and the state of the roads until nobody could "
            "remember who had proposed what, or why the lamps on the quay were still dark; "
            "the clerk wrote it all down on Friday 3 May 1999, and two days later nobody "
            "had read a word of it, so the whole argument began again from the start; ")
    small = _seconds((unit * 4000)[:250_000], repeats=1)
    big = _seconds((unit * 16000)[:1_000_000], repeats=1)
    assert big / small < 4 * 3


def test_dense_numbers_take_linear_time():
    small, big = _seconds("1 " * 25_000), _seconds("1 " * 100_000)
    assert big / small < 4 * 3


def test_edge_of_the_calendar():
    for dct in (date(1, 1, 1), date(9999, 12, 31)):
        found = tag("Last year, yesterday, next week and on Friday; in 2 days. The next day.", dct)
        _check("Last year, yesterday, next week and on Friday; in 2 days. The next day.", found)
