"""One case per clause rule, on sentences written for these tests."""
import pytest

from events.extract.clauses import BOUNDARIES, clause_for, is_bound, sentence_subject


def _clause(sentence, time_text, occurrence=0):
    i = -1
    for _ in range(occurrence + 1):
        i = sentence.index(time_text, i + 1)
    return clause_for(sentence, 0, len(sentence), i, i + len(time_text))


@pytest.mark.parametrize("rule, sentence, time_text, expected", [
    ("semicolon", "Talks stalled on Monday; the army advanced on Friday.", "on Friday",
     "the army advanced on Friday."),
    ("then", "The envoys were due to dine on Friday, then sign the accord on Saturday.",
     "on Saturday", "sign the accord on Saturday."),
    ("contrast", "Spain shipped the pumps on Monday, though the order dated from May.", "on Monday",
     "Spain shipped the pumps on Monday"),
    ("and-past-verb", "The mayor opened the bridge on May 3 and closed it on June 9.", "June 9",
     "closed it on June 9."),
    ("dash", "The vote came on Friday - a week early - after long talks.", "on Friday",
     "The vote came on Friday"),
    ("and-pronoun-past", "By 2001 she had joined the ferry board, and she rose to chair in 2004.",
     "2004", "she rose to chair in 2004."),
    ("relative", "The ship left port on Monday, which angered the union leaders.", "on Monday",
     "The ship left port on Monday"),
])
def test_boundary_rules(rule, sentence, time_text, expected):
    assert rule in dict(BOUNDARIES)
    c = _clause(sentence, time_text)
    assert sentence[c.start:c.end] == expected


def test_relational_time_dates_the_clause_after_it():
    s = "The summit opens three days after rebels seized the airport."
    c = _clause(s, "three days after")
    assert (c.rule, s[c.start:c.end].strip()) == ("relational", "rebels seized the airport.")


def test_attribution_tail_with_the_date_on_the_saying():
    s = "Farmers need more rain this season, Agriculture Minister Ana Ruiz said Friday in Lima."
    c = _clause(s, "Friday")
    assert c.rule == "attribution-tail"
    assert s[c.start:c.end] == "Farmers need more rain this season"
    assert c.speaker == "Agriculture Minister Ana Ruiz"


def test_attribution_tail_is_cut_when_the_date_is_in_the_content():
    s = "The port reopened Tuesday, harbour chief Omar Said told reporters."
    c = _clause(s, "Tuesday")
    assert s[c.start:c.end] == "The port reopened Tuesday"
    assert c.speaker == "harbour chief Omar Said"


def test_attribution_head_keeps_what_was_said():
    s = "Finance Minister Lee Park said that two more loans will follow next year."
    c = _clause(s, "next year")
    assert c.rule == "attribution-head"
    assert s[c.start:c.end] == "two more loans will follow next year."
    assert c.speaker == "Finance Minister Lee Park"


def test_according_to_tail_is_dropped():
    s = "The first trains will run by the end of March, according to rail officials."
    c = _clause(s, "the end of March")
    assert s[c.start:c.end] == "The first trains will run by the end of March"


def test_appositive_participle_borrows_its_subject():
    s = "The Harbour Council, founded by the city during a strike in Leeds last May, has 9 members."
    c = _clause(s, "last May")
    assert c.rule == "appositive"
    assert c.subject == "The Harbour Council"
    assert s[c.start:c.end] == "founded by the city during a strike in Leeds last May"


def test_coordinated_bare_verb_borrows_the_modal_chain():
    s = "The envoys were due to dine on Friday, then sign the accord on Saturday."
    assert _clause(s, "on Saturday").subject == "The envoys were due to"


@pytest.mark.parametrize("sentence, expected", [
    ("The US first announced a plan.", "The US"),
    ("Dutch farmers have protested for weeks.", "Dutch farmers"),
    ("The ministers were set to meet.", "The ministers"),
    ("Slowly, prices rose.", ""),
])
def test_sentence_subject(sentence, expected):
    assert sentence_subject(sentence, 0, len(sentence)) == expected


@pytest.mark.parametrize("sentence, time_text, bound", [
    ("Prices have doubled since April.", "April", True),
    ("The strike lasted until March.", "March", True),
    ("Prices doubled in April.", "April", False),
])
def test_bounds_do_not_date_their_clause(sentence, time_text, bound):
    assert is_bound(sentence, 0, sentence.index(time_text)) is bound


def test_subordinate_clause_holds_its_own_date():
    s = "Aid has grown since the army invaded in June, officials say."
    c = _clause(s, "June")
    assert (c.rule, s[c.start:c.end]) == ("subordinate", "the army invaded in June")


def test_prepositional_phrase_is_not_a_subordinate_clause():
    s = "The envoy spoke after the talks in June."
    assert _clause(s, "June").rule == "sentence"


def test_anchor_clause_of_a_relation():
    from events.extract.clauses import anchor_clause
    s = "The vote in Oslo was delayed by a storm and comes two weeks after the army seized power."
    c = anchor_clause(s, 0, len(s), s.index("two weeks after"))
    assert (c.rule, s[c.start:c.end]) == ("relational-anchor", "The vote in Oslo was delayed by a storm")


def test_a_dash_between_numbers_is_a_range_not_a_clause_break():
    sentence = "Engineers expect it will take 4 - 6 years to rebuild the pier from May."
    c = _clause(sentence, "May")
    assert sentence[c.start:c.end] == sentence


def test_an_enclosed_which_clause_is_an_aside_not_a_boundary():
    sentence = ("The mayor said on Friday that the plan, which is due for a vote in May, "
                "will include a second pier.")
    c = _clause(sentence, "on Friday")
    assert sentence[c.start:c.end].endswith("will include a second pier.")
