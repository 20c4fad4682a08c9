"""Temporal expressions: recognition, TIMEX3 normalization, and calendar intervals.

``tag(text, dct, genre="auto")`` finds and normalizes the time expressions of a text;
``interval_of(value, mod)`` places a TIMEX3 value on the calendar. The tense of a clause
is read by :func:`events.temporal.tense.clause_tense`.
"""
from events.temporal.interval import FIRST_DAY, LAST_DAY, interval_of, on_calendar
from events.temporal.tagger import tag
from events.temporal.timeml import retag_timeml, tag_text

__all__ = ["FIRST_DAY", "LAST_DAY", "interval_of", "on_calendar", "retag_timeml", "tag", "tag_text"]
