"""Temporal expressions: recognition, TIMEX3 normalization, and calendar intervals.

``tag(text, dct, genre="auto")`` finds and normalizes the time expressions of a text;
``interval_of(value, mod)`` places a TIMEX3 value on the calendar. The tense of a clause
is read by :func:`events.temporal.tense.clause_tense`.
"""
from events.temporal.interval import interval_of
from events.temporal.tagger import tag

__all__ = ["interval_of", "tag"]
