"""The meaning of a recognised time expression, before it is anchored.

A rule turns the words it matched into a :class:`Sem`: either a finished TIMEX3 value
("1998-10-12", "P3Y", "PAST_REF") or a recipe that :mod:`events.temporal.anchor` finishes
against the document creation time or the narrative's reference time ("the Friday before",
"October 4 of some year", "one week back").
"""
from __future__ import annotations

from dataclasses import dataclass, replace

#: How a Sem is finished.
#:   abs      value is complete
#:   yearless value starts with "XXXX" and takes its year from the anchor ("XXXX-10-04")
#:   weekday  ``weekday`` (1..7) resolved by ``rel`` or the clause's tense
#:   shift    the anchor moved by ``n`` ``unit``s, at that unit's granularity
#:   ref      a vague reference (value PAST_REF, PRESENT_REF, FUTURE_REF)
#:   dur      a duration; ``unit``/``n`` kept so that "ago"/"later" can turn it into a date
#:   set      a recurring time
#:   clock    a time of day with no date yet ("T22:00"), placed on the anchor's day
KINDS = ("abs", "yearless", "weekday", "shift", "ref", "dur", "set", "clock")

#: Granularities a shift can move by (and the names the anchor code understands).
SHIFT_UNITS = ("day", "week", "weekend", "month", "quarter", "half", "season", "year",
               "decade", "century")

#: Duration letters -> shift units ("P3Y" three years -> "year").
LETTER_UNITS = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year",
                "DE": "decade", "CE": "century", "WE": "weekend", "H": "hour",
                "MIN": "minute", "S": "second"}


@dataclass(frozen=True, slots=True)
class Sem:
    """What a time expression means, possibly still to be anchored.

    ``part`` is a suffix added to the resolved value: a time of day ("TMO", "T14:30") or a
    part of a year ("-SP", "-Q3");
    ``rel`` the explicit direction of a weekday, month or season ("last" -1, "this" 0,
    "next" +1, None: decided by tense); ``anaphoric`` is true when the expression refers
    to the narrative's reference time ("the next day", "two days later") rather than to
    the moment of writing. ``duration`` is the duration value a shift was counted from
    ("P2D" for "two days after"): TimeML tags such an expression in news as that
    duration, without its relation word, and keeps the shift as the date it points to.
    """

    type: str
    kind: str
    value: str = ""
    unit: str = ""
    n: float | None = 0
    weekday: int = 0
    rel: int | None = None
    part: str = ""
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    anaphoric: bool = False
    link: str = ""
    duration: str = ""

    def but(self, **changes) -> "Sem":
        """A copy with ``changes`` applied."""
        return replace(self, **changes)


def absolute(value: str, type_: str = "DATE", **kw) -> Sem:
    """A Sem whose value is already complete."""
    return Sem(type_, "abs", value, **kw)


#: A half of a unit written in the next smaller one ("2 1/2 years" -> P2Y6M).
_HALVES = {"Y": ("6", "M", False), "D": ("12", "H", True), "H": ("30", "M", True),
           "MIN": ("30", "S", True)}


def duration_value(n: float | None, letter: str) -> str:
    """TIMEX3 duration value: ``P3Y``, ``PT24H``, ``PXD`` (n None), ``P2Y6M``, ``P1.5W``."""
    time_unit = letter in ("H", "MIN", "S")
    out_letter = {"MIN": "M"}.get(letter, letter)
    if n is not None and n >= 1 and n - int(n) == 0.5 and letter in _HALVES:
        half, small, small_is_time = _HALVES[letter]
        head = ("PT" if time_unit else "P") + f"{int(n)}{out_letter}"
        return head + ("T" if small_is_time and not time_unit else "") + half + small
    if n is None:
        amount = "X"
    elif float(n).is_integer():
        amount = str(int(n))
    else:
        amount = f"{n:g}"
    return ("PT" if time_unit else "P") + amount + out_letter


def duration(n: float | None, letter: str, **kw) -> Sem:
    """A duration Sem: ``n`` (None for vague) units of ``letter`` (Y, M, W, D, H, ...)."""
    if letter == "W2":  # fortnight
        n, letter = (None if n is None else n * 2), "W"
    if letter == "WE":
        n, letter = (None if n is None else n * 2), "D"
    return Sem("DURATION", "dur", duration_value(n, letter), unit=letter, n=n, **kw)
