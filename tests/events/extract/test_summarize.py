import pytest

from events.extract.clauses import Clause, clause_for
from events.extract.summarize import (CUT_POINTS, LEADING_JUNK, MAX_WORDS, leading_junk,
                                      short_speaker, summarize)


def _summary(sentence, *time_texts):
    spans = []
    for t in time_texts:
        i = sentence.index(t)
        spans.append((i, i + len(t)))
    clause = clause_for(sentence, 0, len(sentence), spans[0][0], spans[-1][1])
    return summarize(sentence, clause, spans)


@pytest.mark.parametrize("sentence, times, expected", [
    ("Spain on Monday shipped the pumps to Peru.", ["on Monday"], "Spain shipped the pumps to Peru"),
    ("The first trains will run by the end of March or early April, according to officials.",
     ["the end of March", "early April"], "The first trains will run"),
    ("The farms need more rain, Agriculture Minister Ana Ruiz said Friday.", ["Friday"],
     "Agriculture Minister Ana Ruiz said the farms need more rain"),
    ("The crops need rain, said the minister of farming Ana Ruiz on Friday.", ["on Friday"],
     "Ana Ruiz said the crops need rain"),
    ("The city first announced it would close the baths on July 3.", ["July 3"],
     "The city first announced it would close the baths"),
    ("The board said it planned to sell the mill in the coming weeks.", ["in the coming weeks"],
     "The board planned to sell the mill"),
    ("The Harbour Council, founded by the city in Leeds last May, has 9 members.", ["last May"],
     "The Harbour Council, founded by the city in Leeds"),
    ('The clubs "agreed on Tuesday to talk again," a spokesman said.', ["on Tuesday"],
     "The clubs agreed to talk again"),
    ("In Friday's vote, the council backed the new pier.", ["Friday"],
     "In the vote, the council backed the new pier"),  # a possessive day reads "the"
    ("Today\u2019s price is higher than before.", ["Today"], "The price is higher than before"),
])
def test_summaries(sentence, times, expected):
    assert _summary(sentence, *times) == expected


def test_long_summaries_are_cut_at_a_natural_break():
    sentence = ("On Friday the council approved a plan to rebuild the old harbour wall, the fish "
                "market and the ferry pier, including a new station for the lifeboat crews and a "
                "museum of the town's history.")
    summary = _summary(sentence, "On Friday")
    assert summary.endswith("\u2026")
    assert len(summary.split()) <= MAX_WORDS
    assert "comma-including" in dict(CUT_POINTS)
    assert summary == "The council approved a plan to rebuild the old harbour wall, the fish market and the ferry pier\u2026"


@pytest.mark.parametrize("speaker, short", [
    ("Chief of the General Staff Gen. Ada Obi", "Gen. Ada Obi"),
    ("harbour chief Omar Said", "harbour chief Omar Said"),
    ("a spokesman for the ministry of health", "a spokesman for the ministry of health"),
])
def test_short_speaker(speaker, short):
    assert short_speaker(speaker) == short


def test_unbalanced_quotes_are_dropped():
    s = "\u201cWe will rebuild,\u201d the mayor said on Sunday, \u201cand soon."
    clause = Clause(0, len(s), "sentence")
    i = s.index("on Sunday")
    assert "\u201c" not in summarize(s, clause, [(i, i + 9)]).split("said")[1]


def test_a_relation_word_after_a_duration_goes_with_it():
    assert _summary("The ferry sank three weeks later near the coast.", "three weeks") == \
        "The ferry sank near the coast"


@pytest.mark.parametrize("rule, sentence, times, expected", [
    ("caps-heading", "HARBOUR WORKS AHEAD The council backed the new pier on Friday.",
     ["on Friday"], "The council backed the new pier"),
    ("caps-heading", "NEW PIER FOR THE PORT In June, the council backed the new pier.",
     ["In June"], "The council backed the new pier"),
    ("caps-heading", "MAYOR POINTS TO DOCKS, HARBOUR WORK The council backed the pier on Friday.",
     ["on Friday"], "The council backed the pier"),
    ("speaker-label", "OKAFOR: The mayor opened the new pier on Friday.", ["on Friday"],
     "The mayor opened the new pier"),
    ("leading-parenthesis", "(Updated 9:10 a.m.) The mayor opened the new pier on Friday.",
     ["on Friday"], "The mayor opened the new pier"),
])
def test_leading_junk_rule(rule, sentence, times, expected):
    assert rule in dict(LEADING_JUNK)
    assert leading_junk(sentence) == rule
    assert _summary(sentence, *times) == expected


def test_capitals_of_names_are_no_heading():
    assert leading_junk("BP CEO Tony Hayward said the well was capped.") is None
    # a transcript's speaker and title end with a colon: the speaker stays
    assert leading_junk("ANNA OKAFOR, MAYOR OF THE TOWN: So we opened the pier.") is None
    # capitals ahead of words in the first person name who speaks them: they stay
    assert _summary("PROFESSOR ANNA OKAFOR, HARBOUR BOARD Clearly we opened the pier on "
                    "Friday.", "on Friday").startswith("PROFESSOR ANNA OKAFOR")


@pytest.mark.parametrize("sentence, times, expected", [
    ("The ferry left on Tuesday at 3 p.m. for the island.", ["on Tuesday at 3 p.m."],
     "The ferry left at 3 p.m. for the island"),
    ("At 08:55 on 2 July the ferry left for the island.", ["08:55 on 2 July"],
     "At 08:55 the ferry left for the island"),
    ("The ferry left at noon for the island.", ["noon"], "The ferry left at noon for the island"),
])
def test_times_of_day_stay_in_the_summary(sentence, times, expected):
    assert _summary(sentence, *times) == expected


def test_and_later_goes_with_its_date():
    assert _summary("Fares rose in 2019 and later, the board said.", "2019") == "Fares rose"


def test_born_keeps_its_date():
    assert _summary("Passes go to people born in 2005 and later from March.", "2005") == \
        "Passes go to people born in 2005 and later from March"


def test_a_preposition_of_the_verb_stays_when_the_date_has_its_own():
    assert _summary("The mayor weighed in on Friday, praising the crews.", "on Friday") == \
        "The mayor weighed in, praising the crews"


def test_a_who_clause_takes_the_name_before_it():
    sentence = ("Mayor Okafor, who had opposed the pier when they met on May 2, "
                "backed it in the end.")
    assert _summary(sentence, "May 2") == "Mayor Okafor had opposed the pier when they met"


def test_an_aside_goes_before_a_long_summary_is_cut():
    sentence = ("Okafor announced on Friday that the new harbour plan, which is due for a vote "
                "next month, will include a second pier and a larger station for the lifeboat "
                "crews of the town.")
    summary = _summary(sentence, "on Friday", "next month")
    assert summary == ("Okafor announced that the new harbour plan will include a second pier "
                       "and a larger station for the lifeboat crews of the town")


@pytest.mark.parametrize("sentence, times, expected", [
    ("The pier was shut after a May 9 explosion at the harbour.", ["May 9"],
     "The pier was shut after an explosion at the harbour"),
    ("The pier was shut after an April 20 rig blast at the harbour.", ["April 20"],
     "The pier was shut after a rig blast at the harbour"),
])
def test_an_article_agrees_with_the_word_a_removed_date_leaves_after_it(sentence, times, expected):
    assert _summary(sentence, *times) == expected
