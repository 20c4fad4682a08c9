"""events.temporal.lists: a timeline's day-headed entries keep their order."""
from datetime import date

from events.temporal import tag
from events.temporal.lists import next_in_order

TIMELINE = ("BP timeline.\nApril 20, 2010 - The rig explodes.\nApril 22 - The rig sinks.\n"
            "April 30 - BP says it will pay.\nDec. 28 - A report is out.\nJan. 5 - The panel meets.\n")


def _values(text, dct):
    return {t.text: t.value for t in tag(text, dct)}


def test_a_lists_entries_follow_each_other_in_order():
    got = _values(TIMELINE, date(2011, 1, 11))
    assert got["April 22"] == "2010-04-22"  # read alone in January 2011: the April to come
    assert got["April 30"] == "2010-04-30"
    assert got["Jan. 5"] == "2011-01-05"  # the year turns where the order needs it


def test_a_list_that_runs_backwards_counts_back():
    text = ("Live.\nAug 23 - Rebels take the compound.\nAug 22 - Rebels reach Tripoli.\n"
            "Aug 21 - Fighting goes on.\nDec 30 - The first protest.\n")
    assert _values(text, date(2012, 1, 2))["Dec 30"] == "2010-12-30"


def test_fewer_than_three_entries_make_no_list():
    # LIST_MIN_ENTRIES: two dated lines are read one by one
    text = "BP timeline.\nApril 20, 2010 - The rig explodes.\nApril 22 - The rig sinks.\n"
    assert _values(text, date(2011, 1, 11))["April 22"] == "2011-04-22"


def test_entries_far_apart_belong_to_different_lists():
    # LIST_GAP_CHARS: a long stretch of prose between two lists cuts the chain
    filler = "The inquiry went on and on. " * 80
    text = ("A.\nApril 20, 2010 - One.\nApril 21, 2010 - Two.\nApril 22, 2010 - Three.\n"
            + filler + "\nMarch 3 - A meeting.\nMarch 4 - Another.\nMarch 5 - A third.\n")
    assert _values(text, date(2011, 3, 6))["March 4"] == "2011-03-04"


def test_the_first_entry_keeps_its_own_reading():
    text = "Key dates.\nMarch 3 - A meeting.\nMarch 4 - Another.\nMarch 5 - A third.\n"
    assert _values(text, date(2011, 3, 6))["March 3"] == "2011-03-03"


def test_next_in_order():
    assert next_in_order(date(2010, 12, 28), 1, 5, True) == 2011
    assert next_in_order(date(2010, 4, 20), 4, 22, True) == 2010
    assert next_in_order(date(2011, 1, 3), 12, 30, False) == 2010
    assert next_in_order(date(2011, 3, 1), 2, 29, True) == 2012
