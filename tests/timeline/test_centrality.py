import pytest

from timeline.centrality import centrality
from events.dating.neighbours import stem_counts

HARBOUR = [
    "The Portville harbour board approved the ferry timetable after fishermen protested.",
    "Fishermen protested at the harbour as the board delayed the ferry timetable again.",
    "The ferry timetable for the Portville harbour angered fishermen and the harbour board.",
]
MARKET = "Crude oil prices rose on the commodity exchange as traders bought futures contracts."


def test_the_article_off_the_collections_subject_is_least_central():
    profiles = {f"h{i}": stem_counts(t) for i, t in enumerate(HARBOUR)}
    profiles["market"] = stem_counts(MARKET)
    scores = centrality(profiles)
    assert min(scores, key=scores.get) == "market"
    assert sum(scores.values()) / len(scores) == pytest.approx(1.0)


@pytest.mark.parametrize("profiles, expected", [
    ({}, {}),
    ({"a": {}, "b": {}}, {"a": 1.0, "b": 1.0}),  # nothing to compare: all alike
])
def test_centrality_of_nothing(profiles, expected):
    assert centrality(profiles) == expected
