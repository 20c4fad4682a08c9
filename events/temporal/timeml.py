"""TIMEX3 markup: tagging plain text, and re-tagging TimeML documents for the scorer.

Contract (owned by the temporal work):
- ``tag_text(text, dct)`` returns ``text`` with ``<TIMEX3 ...>`` tags around each time
  expression (the text itself escaped as XML).
- ``retag_timeml(raw)`` reads a TimeML document, takes its DCT, removes the TIMEX3 tags
  inside <TEXT>, tags the text again and returns the document, leaving all other markup
  as it was.
"""
from __future__ import annotations

from datetime import date


def tag_text(text: str, dct: date | None) -> str:
    """Return ``text`` with TIMEX3 tags around its time expressions."""
    raise NotImplementedError


def retag_timeml(raw: str) -> str:
    """Return the TimeML document ``raw`` with its TIMEX3 tags replaced by ours."""
    raise NotImplementedError
