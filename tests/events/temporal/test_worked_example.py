"""The time expressions of the project's worked example (DESIGN.md), in our own sentences.

The DCT is Wednesday 12 October 2022, as for the two seed articles.
"""
from datetime import date

import pytest

from events.temporal import tag

DCT = date(2022, 10, 12)


def _find(text, surface):
    found = [t for t in tag(text, DCT, genre="news") if t.text == surface]
    assert found, f"{surface!r} not tagged in {text!r}: {tag(text, DCT)}"
    return found[0]


@pytest.mark.parametrize("text, surface, type_, value, mod", [
    ("The general said Wednesday that the allies must help.", "Wednesday", "DATE",
     "2022-10-12", None),
    ("The first system was delivered on Tuesday.", "Tuesday", "DATE", "2022-10-11", None),
    ("Norway on Tuesday delivered the first of six radars.", "Tuesday", "DATE",
     "2022-10-11", None),
    ("Spain delivered its first battery to the front Monday, its minister said.", "Monday",
     "DATE", "2022-10-10", None),
    ("The council will hold a session on Thursday.", "Thursday", "DATE", "2022-10-13", None),
    ("The envoys were set to open their talks with a lunch on Wednesday, then hold a first "
     "formal session on logistics on Thursday.", "Thursday", "DATE", "2022-10-13", None),
    ("The forum was founded at a summit in Poland this April.", "this April", "DATE",
     "2022-04", None),
    ("Two more radars will be delivered next year.", "next year", "DATE", "2023", None),
    ("Storms cut power to thousands over the weekend.", "the weekend", "DATE",
     "2022-W40-WE", None),
    ("The ministry plans to ship the parts in the coming weeks.", "the coming weeks", "DATE",
     "FUTURE_REF", None),
    ("The agency announced it would send six more on Aug. 24.", "Aug. 24", "DATE",
     "2022-08-24", None),
    ("The ministry first said it would buy two ferries on July 1 in a package.", "July 1",
     "DATE", "2022-07-01", None),
    ("It was the fifth meeting of the panel since April.", "April", "DATE", "2022-04", None),
    ("One official estimated the army had bought hundreds of trucks as of October 4.",
     "October 4", "DATE", "2022-10-04", None),
    ("Donors have given millions since the floods began in February.", "February", "DATE",
     "2022-02", None),
    ("They meet before the annual budget talks.", "annual", "SET", "P1Y", None),
    ("Published October 12, 2022.", "October 12, 2022", "DATE", "2022-10-12", None),
    ("The first two ferries should arrive by the end of November or early December, "
     "according to port officials.", "the end of November", "DATE", "2022-11", "END"),
    ("The first two ferries should arrive by the end of November or early December, "
     "according to port officials.", "early December", "DATE", "2022-12", "START"),
])
def test_worked_example(text, surface, type_, value, mod):
    t = _find(text, surface)
    assert (t.type, t.value, t.mod) == (type_, value, mod)


@pytest.mark.parametrize("text, surface, value, points_to, day", [
    # TimeML tags the duration without its relation word; the date it points to is kept
    ("The summit comes two days after rebels shelled the port.", "two days", "P2D",
     "2022-10-10", date(2022, 10, 10)),
    ("The vote comes two days before the holiday begins.", "two days", "P2D", "2022-10-14",
     date(2022, 10, 14)),
    # a later time that is not in the future of the writing is the writing's own present
    ("Nobody can say how much grain they have left seven months later.", "seven months",
     "P7M", "2022-10", date(2022, 10, 1)),
])
def test_anchored_durations_point_to_a_date(text, surface, value, points_to, day):
    t = _find(text, surface)
    assert (t.type, t.value, t.points_to, t.interval.start) == ("DURATION", value, points_to, day)
    assert t.anchor == "reference"


@pytest.mark.parametrize("text", [
    "We said we would go, and we did.",
    "Prices may march higher if we wait.",
    "The Sun newspaper printed the story.",
    "You may wed whom you like; the Sat nav broke.",
])
def test_words_that_are_not_dates(text):
    assert tag(text, DCT) == ()


def test_relative_expressions_stay_unresolved_without_a_dct():
    found = {t.text: t for t in tag("The plant closed on Tuesday and will reopen next year.",
                                    None)}
    assert found["Tuesday"].value.startswith("XXXX") and found["Tuesday"].interval is None
    assert found["next year"].value == "XXXX" and found["next year"].interval is None


def test_intervals_are_attached_to_calendar_values():
    t = _find("Storms cut power over the weekend.", "the weekend")
    assert (t.interval.start, t.interval.end) == (date(2022, 10, 8), date(2022, 10, 9))
    assert t.anchor == "dct" and t.rule == "weekend"
