import pytest

from events.extract.clauses import Clause, clause_for
from events.extract.summarize import CUT_POINTS, MAX_WORDS, short_speaker, summarize


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
     "Vote, the council backed the new pier"),
    ("Today\u2019s price is higher than before.", ["Today"], "Price is higher than before"),
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
