from dataclasses import fields
from datetime import date

import pytest

from events.dating.neighbours import NeighbourRules, date_by_neighbours, stem_counts
from events.dating.weekdays import weekday_mentions
from events.temporal import tag

TUE, SAT = date(2031, 3, 4), date(2031, 5, 10)  # 4 March 2031 is a Tuesday
THU, JUL1 = date(2031, 3, 6), date(2031, 7, 1)

HARBOUR = ("The Portville harbour board approved the new ferry timetable after fishermen "
           "protested against the closure of the northern quay, and the mayor promised "
           "repairs to the breakwater, the lighthouse and the old fish market before summer. "
           "Ferry captains welcomed the timetable but warned about the silted channel.")
QUAY = ("Fishermen blocked the northern quay of Portville harbour with their boats, and the "
        "ferry captains said the timetable left them no berth; the mayor met both sides "
        "about the breakwater and the silted channel.")
ELECTION = ("Voters in the mountain villages elected a new regional council, and turnout rose "
            "in every district as candidates campaigned on schools, roads and hospital beds. "
            "The governor conceded defeat and congratulated the winning coalition of farmers.")
UNDATED = ("Fishermen in Portville said on Wednesday the new ferry timetable ignores the "
           "northern quay. The harbour board, the mayor and the ferry captains disagree "
           "about the silted channel, the breakwater and the lighthouse repairs.")


def _date(text, rules=NeighbourRules(), quay=None):
    profiles = {"harbour": stem_counts(HARBOUR), "election": stem_counts(ELECTION)}
    published = {"harbour": TUE, "election": SAT}
    if quay:
        profiles["quay"], published["quay"] = stem_counts(QUAY), quay
    weekdays = {"u": weekday_mentions(text, tag(text, None))}
    return date_by_neighbours({"u": stem_counts(text)}, profiles, published, rules,
                              weekdays=weekdays).get("u")


def test_an_undated_article_takes_the_day_of_the_most_alike_moved_to_its_weekday():
    found = _date(UNDATED)
    assert (found.published, found.article) == (date(2031, 3, 5), "harbour")
    assert found.how == ("dated like the most alike articles, moved to the Wednesday its "
                         "weekdays fit")
    assert found.support == found.similarity  # the election, months away, adds nothing


@pytest.mark.parametrize("rule, value, expected", [
    ("min_support", 0.99, None),             # nothing is that alike
    ("min_stems", 500, None),                # the text is too short to be matched
    ("weekday_reach", 0, TUE),               # the day may not move
    ("neighbours", 0, None),                 # nobody votes
])
def test_neighbour_rules(rule, value, expected):
    assert rule in {f.name for f in fields(NeighbourRules)}
    found = _date(UNDATED, NeighbourRules(**{rule: value}))
    assert (found.published if found else None) == expected


LOW = NeighbourRules(min_support=0.1)


def test_rule_kernel_votes_of_nearby_days_add_up():
    near = _date(UNDATED, LOW, quay=THU)  # another story on the quay, two days later
    alone = _date(UNDATED, NeighbourRules(min_support=0.1, kernel=(1.0,)), quay=THU)
    assert near.support > max(near.similarity, alone.support)
    assert "kernel" in {f.name for f in fields(NeighbourRules)}


@pytest.mark.parametrize("rules, dated", [
    (LOW, False),                                     # as alike in July as in March
    (NeighbourRules(min_support=0.1, margin=1.0), True),
])
def test_rule_margin_alike_articles_months_apart_date_nothing(rules, dated):
    assert (_date(UNDATED, rules, quay=JUL1) is not None) == dated
    assert "margin" in {f.name for f in fields(NeighbourRules)}


def test_rule_apart_only_days_further_away_compete():
    assert _date(UNDATED, LOW, quay=THU) is not None
    assert _date(UNDATED, NeighbourRules(min_support=0.1, apart=1), quay=THU) is None


def test_undated_articles_are_never_their_own_neighbours():
    profiles = {"u": stem_counts(UNDATED), "election": stem_counts(ELECTION)}
    found = date_by_neighbours({"u": stem_counts(UNDATED)}, profiles,
                               {"u": TUE, "election": SAT})
    assert "u" not in found or found["u"].article == "election"
