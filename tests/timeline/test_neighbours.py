from dataclasses import fields
from datetime import date

import pytest

from timeline.neighbours import NeighbourRules, date_by_neighbours, profiles_of, stem_counts

TUE, SAT = date(2031, 3, 4), date(2031, 5, 10)  # 4 March 2031 is a Tuesday

HARBOUR = ("The Portville harbour board approved the new ferry timetable after fishermen "
           "protested against the closure of the northern quay, and the mayor promised "
           "repairs to the breakwater, the lighthouse and the old fish market before summer. "
           "Ferry captains welcomed the timetable but warned about the silted channel.")
ELECTION = ("Voters in the mountain villages elected a new regional council, and turnout rose "
            "in every district as candidates campaigned on schools, roads and hospital beds. "
            "The governor conceded defeat and congratulated the winning coalition of farmers.")
UNDATED = ("Fishermen in Portville said on Wednesday the new ferry timetable ignores the "
           "northern quay. The harbour board, the mayor and the ferry captains disagree "
           "about the silted channel, the breakwater and the lighthouse repairs.")


def _date(text, rules=NeighbourRules()):
    profiles = {"harbour": stem_counts(HARBOUR), "election": stem_counts(ELECTION)}
    published = {"harbour": TUE, "election": SAT}
    return date_by_neighbours({"u": text}, profiles, published, rules).get("u")


def test_an_undated_article_takes_the_day_of_the_most_alike_moved_to_its_weekday():
    found = _date(UNDATED)
    assert (found.published, found.article) == (date(2031, 3, 5), "harbour")
    assert found.how == "dated like the most alike article, moved to the Wednesday its weekdays fit"


@pytest.mark.parametrize("rule, value, expected", [
    ("min_similarity", 0.99, None),          # nothing is that alike
    ("min_stems", 500, None),                # the text is too short to be matched
    ("weekday_reach", 0, TUE),               # the day may not move
])
def test_neighbour_rules(rule, value, expected):
    assert rule in {f.name for f in fields(NeighbourRules)}
    found = _date(UNDATED, NeighbourRules(**{rule: value}))
    assert (found.published if found else None) == expected


def test_undated_articles_are_never_their_own_neighbours():
    profiles = {"u": stem_counts(UNDATED), "election": stem_counts(ELECTION)}
    found = date_by_neighbours({"u": UNDATED}, profiles, {"u": TUE, "election": SAT})
    assert "u" not in found or found["u"].article == "election"


def test_profiles_from_events_stand_in_for_texts(event):
    events = [event("harbour", HARBOUR, "2031-03-04", published=TUE),
              event("harbour", HARBOUR, "2031-03-03", published=TUE),  # same sentence: once
              event("election", ELECTION, "2031-05-10", published=SAT)]
    profiles = profiles_of(events)
    assert profiles["harbour"] == stem_counts(HARBOUR + ".")
    found = date_by_neighbours({"u": UNDATED}, profiles, {"harbour": TUE, "election": SAT})
    assert found["u"].article == "harbour"
