import math
from datetime import date, timedelta

import pytest

from events.temporal import tag
from events.dating import weekdays as wd
from events.dating.weekdays import (GAPS, UNLISTED, WeekdayMention, best_day, fit, gap, share,
                                   weekday_mentions)

TUE = date(2031, 3, 4)  # 4 March 2031 is a Tuesday
MON, WED, THU, FRI = (TUE + timedelta(days=k) for k in (-1, 1, 2, 3))


def _mentions(text):
    return weekday_mentions(text, tag(text, None))


@pytest.mark.parametrize("text, expected", [
    ("The council voted on Tuesday to rebuild the wall.", [(2, "past")]),
    ("The board will meet on Thursday.", [(4, "future")]),
    ("The mayor is expected to visit the quay on Wednesday.", [(3, "future")]),
    ("On Friday, the mayor opened the bridge.", [(5, "past")]),  # borrows its clause's tense
    ("Sunday night storms flooded the market.", [(7, "past")]),  # a part of the day still names it
    # BARE_WEEKDAY_RULES: "last Monday" and "Mondays" are not a weekday named on its own
    ("Last Monday it rained in the port.", []),
    ("Mondays are quiet at the harbour.", []),
])
def test_weekday_mentions_with_the_tense_of_their_clause(text, expected):
    assert [(m.weekday, m.tense) for m in _mentions(text)] == expected


def test_weekday_mentions_also_read_tags_resolved_against_a_date():
    text = "The council voted on Tuesday to rebuild the wall."
    assert weekday_mentions(text, tag(text, TUE)) == _mentions(text)


def test_rule_bare_weekday_rules():
    assert wd.BARE_WEEKDAY_RULES == {"weekday"}


@pytest.mark.parametrize("day, weekday, tense, expected", [
    (TUE, 2, "past", 0),      # "voted on Tuesday", published on a Tuesday: that day
    (TUE, 1, "past", 1),
    (TUE, 3, "past", 6),      # a past Wednesday seen from a Tuesday: six days before
    (TUE, 4, "future", -2),   # "will meet on Thursday": two days after
    (TUE, 2, "future", 0),
    (TUE, 3, "none", -1),     # no tense: the nearer one (the day after is near enough)
    (TUE, 6, "none", 3),
])
def test_gap_reads_weekdays_as_the_tagger_does(day, weekday, tense, expected):
    assert gap(day, WeekdayMention(weekday, tense, 0)) == expected


def test_rule_gaps_table_has_every_tense_and_shares_that_sum_to_one_at_most():
    assert {tense for tense, _ in GAPS} == {"past", "future", "present", "none"}
    for tense, rows in GAPS:
        assert 0.9 <= sum(share for _, share in rows) <= 1.0, tense
        assert all(-6 <= g <= 6 for g, _ in rows), tense


def test_rule_gaps_a_past_weekday_is_most_often_the_publication_day():
    past = dict(dict(GAPS)["past"])
    assert max(past, key=past.get) == 0
    assert past[1] > past[2] > past[5]


def test_rule_unlisted_is_the_share_of_a_gap_the_table_lacks():
    assert share("past", 9) == UNLISTED
    assert share("past", 0) == dict(dict(GAPS)["past"])[0]
    assert share("conditional", 0) == share("none", 0)  # an unknown tense reads as none


def test_fit_sums_the_log_shares_of_the_gaps():
    mentions = [WeekdayMention(1, "past", 0), WeekdayMention(4, "future", 9)]
    assert fit(TUE, mentions) == pytest.approx(math.log(share("past", 1) * share("future", -2)))


def test_fit_counts_each_weekday_and_tense_once():
    once = [WeekdayMention(1, "past", 0)]
    assert fit(TUE, once * 5) == fit(TUE, once)


@pytest.mark.parametrize("center, named, expected", [
    (THU, [], THU),                                   # nothing named: the day stays
    (THU, [(1, "past")], MON),                        # a past Monday: that Monday
    (FRI, [(2, "past")], TUE),
    # a past Monday and a Tuesday to come fit the Tuesday best (news is written the day
    # after what it reports as often as it announces the day's plans)
    (THU, [(1, "past"), (2, "future")], TUE),
    (MON, [(1, "past"), (3, "past")], WED),           # the last past weekday named
    (date(2031, 3, 10), [(2, "past")], date(2031, 3, 11)),  # 3 days either way: the nearer
])
def test_best_day(center, named, expected):
    mentions = [WeekdayMention(w, tense, i) for i, (w, tense) in enumerate(named)]
    assert best_day(center, mentions) == expected


def test_best_day_stays_within_reach():
    assert best_day(FRI, [WeekdayMention(1, "past", 0)], reach=1) == THU  # the nearest gap
    assert best_day(FRI, [WeekdayMention(1, "past", 0)], reach=0) == FRI
