"""Temporal expressions: recognition, TIMEX3 normalization, and calendar intervals."""
from events.temporal.interval import interval_of

__all__ = ["interval_of"]
