from dataclasses import fields
from datetime import date

import pytest

from events.dating import provisional
from events.dating.shared import (InferRules, Said, complete_years, infer_dates, sentences_of,
                                  weighted_median)
from events.dating.weekdays import weekday_mentions
from events.models import ArticleInfo
from events.temporal import tag

MAR8, MAR15 = date(2023, 3, 8), date(2023, 3, 15)
VOTE = "The Riverton town council voted to rebuild the old harbour wall after the storm"
COST = "Mayor Alice Brennan said the work would start in May and cost two million euros"
TENDER = "The Harbour Trust published the tender for the new harbour wall with builders"


def _sentences(pairs):
    """Each article's matchable sentences, from (article id, sentence) pairs."""
    out = {}
    for aid, said in pairs:
        out[aid] = out.get(aid, ()) + sentences_of(said)
    return out


def _dated():
    return [("vote", VOTE), ("vote", COST), ("tender", TENDER)]


def _infer_text(text, sentences, published, rules=InferRules()):
    """infer_dates for one undated text, its weekdays read as a build reads them."""
    weekdays = {"u": weekday_mentions(text, tag(text, None))}
    return infer_dates({"u": sentences_of(text, rules)}, sentences, published, rules,
                       weekdays=weekdays)


def _infer(text, rules=InferRules(), dated=None):
    published = {"vote": MAR8, "tender": MAR15}
    return _infer_text(text, _sentences(dated or _dated()), published, rules).get("u")


def test_an_article_retelling_dated_sentences_gets_their_day():
    found = _infer(f"{VOTE} last night. {COST}, she added.")
    assert found.date == MAR8
    assert found.how == "inferred from 2 sentences shared with 1 dated article"


@pytest.mark.parametrize("rule, value, text, dated", [
    # similar: a loose paraphrase is no evidence at the default, but is when lowered
    ("similar", 0.3, "The council in Riverton agreed to rebuild the wall. "
                     "Mayor Brennan said the new works begin soon at great cost.", True),
    # min_words: short sentences are too generic to match
    ("min_words", 3, "Mayor Brennan said work would start in May. "
                     "Council voted to rebuild the wall.", True),
    # min_votes: one matching sentence is not enough by default
    ("min_votes", 1, f"{VOTE}. Nothing else here matches anything.", True),
])
def test_infer_rules(rule, value, text, dated):
    assert rule in {f.name for f in fields(InferRules)}
    assert _infer(text) is None
    assert (_infer(text, InferRules(**{rule: value})) is not None) == dated


def test_rule_common_share_keeps_frequent_words_from_finding_candidates():
    # every dated sentence holds every word: none is rare enough to find candidates by
    dated = _sentences([(f"d{i}", VOTE) for i in range(40)])
    published = {f"d{i}": MAR8 for i in range(40)}
    text = f"{VOTE}. {VOTE} again."
    everything = InferRules(common_share=1.0)
    assert _infer_text(text, dated, published, everything)["u"].date == MAR8
    assert _infer_text(text, dated, published) == {}


def test_rule_candidates_limits_the_full_comparisons():
    assert _infer(f"{VOTE}. {COST}.", InferRules(candidates=0)) is None


def test_a_sentence_printed_by_two_dated_articles_splits_its_vote():
    dated = _dated() + [("tender", VOTE)]
    found = _infer(f"{VOTE}. {COST}.", dated=dated)
    assert found.date == MAR8  # 1.0 (its best sentence) for the 8th, 0.5 for the 15th
    assert found.how.endswith("shared with 2 dated articles")


@pytest.mark.parametrize("votes, expected", [
    ([(MAR8, 1.0)], MAR8),
    ([(MAR8, 1.0), (MAR15, 3.0)], MAR15),
    ([(MAR8, 1.0), (MAR15, 1.0)], MAR8),  # an exact tie goes to the earlier day
])
def test_weighted_median(votes, expected):
    assert weighted_median(votes) == expected


FEB = [date(2011, 2, d) for d in range(14, 29)] + [date(2011, 3, d) for d in range(1, 10)]


@pytest.mark.parametrize("partial, weekdays, published, expected", [
    # the only year with dated articles nearby
    ("XXXX-02-21", (), FEB, date(2011, 2, 21)),
    # a day just outside the dated ones, still within the window
    ("XXXX-03-30", (), FEB, date(2011, 3, 30)),
    # a day that no dated article comes near: no year
    ("XXXX-07-04", (), FEB, None),
    # two years with articles nearby: the more articles win...
    ("XXXX-02-21", (), FEB + [date(2016, 2, 20)], date(2011, 2, 21)),
    # ... unless the article names a weekday that only the other year's day falls on
    # (21 Feb 2016 was a Sunday, 21 Feb 2011 a Monday)
    ("XXXX-02-21", (7,), FEB + [date(2016, 2, 20)], date(2016, 2, 21)),
    # a 29 February only a leap year has
    ("XXXX-02-29", (), [date(2012, 2, 27), date(2011, 3, 1)], date(2012, 2, 29)),
])
def test_complete_years(partial, weekdays, published, expected):
    found = complete_years({"a": (partial, frozenset(weekdays))}, published).get("a")
    assert (found.date if found else None) == expected


def test_rule_year_window():
    assert "year_window" in {f.name for f in fields(InferRules)}
    partials = {"a": ("XXXX-04-20", frozenset())}
    assert complete_years(partials, FEB) == {}
    wide = complete_years(partials, FEB, InferRules(year_window=60))
    assert wide["a"].date == date(2011, 4, 20)
    assert wide["a"].how == "dateline 20 April, year from 19 dated articles"


@pytest.mark.parametrize("fields_, expected", [
    (dict(), True),
    (dict(published=MAR8, published_from="text"), False),
    (dict(published=MAR8, published_from="user"), False),
    (dict(published=MAR8, published_from="inferred"), True),
    (dict(published=MAR8, published_from="inferred", published_how="first reader comment"), False),
    (dict(published=MAR8, published_from="text", published_partial="XXXX-03-08"), True),
    (dict(published=MAR8, published_from="user", published_partial="XXXX-03-08"), False),
])
def test_provisional(fields_, expected):
    assert provisional(ArticleInfo("a", "A", "h", **fields_)) is expected


def test_rule_weekday_reach_moves_the_day_to_the_day_its_weekdays_fit():
    text = f"The fishermen protested on Friday. {VOTE} last night. {COST}, she added."
    found = _infer(text)
    assert found.date == date(2023, 3, 10)  # 8 March 2023 was a Wednesday
    assert found.how.endswith(", moved to the Friday its weekdays fit")
    assert _infer(text, InferRules(weekday_reach=0)).date == MAR8


APR20, MAY30 = date(2023, 4, 20), date(2023, 5, 30)
MOORINGS = "The Harbour Trust said its divers repaired twelve moorings at the northern quay"
DREDGER = "A dredger from Antwerp cleared the silted channel of the Riverton ferry port"
FERRY = "The Riverton ferry company added a second boat to the island route for summer"


def _one_each(sentences):
    """Dated articles, one sentence each: (id, sentence, published)."""
    return _sentences((aid, said) for aid, said, _ in sentences), \
        {aid: day for aid, _, day in sentences}


@pytest.mark.parametrize("dated_weekday, undated_weekday, matched", [
    ("Monday", "Monday", True),
    ("Monday", "Thursday", False),   # the same words about another day: another happening
    ("", "Thursday", True),          # a sentence naming no weekday can't disagree
])
def test_a_sentence_naming_other_weekdays_is_no_match(dated_weekday, undated_weekday,
                                                      matched):
    on = f" on {dated_weekday}" if dated_weekday else ""
    sentences, published = _one_each([("m", MOORINGS + on, MAR8),
                                             ("d", f"{DREDGER} on {dated_weekday or 'Monday'}",
                                              MAR8)])
    text = f"{MOORINGS} on {undated_weekday}. {DREDGER} on {undated_weekday}."
    found = _infer_text(text, sentences, published, InferRules(min_votes=1))
    assert ("u" in found) == matched


def test_rule_spread_days_a_sentence_said_all_through_the_story_is_no_vote():
    sentences, published = _one_each([("early", MOORINGS, MAR8), ("late", MOORINGS, APR20),
                                             ("dredger", DREDGER, MAR15)])
    text = f"{MOORINGS}. {DREDGER}."
    assert _infer_text(text, sentences, published) == {}  # one real vote only
    wide = _infer_text(text, sentences, published, InferRules(spread_days=60))
    assert wide["u"].date == MAR15
    assert "spread_days" in {f.name for f in fields(InferRules)}


def test_rule_min_share_witnesses_spread_over_months_date_nothing():
    sentences, published = _one_each([("a", MOORINGS, MAR8), ("b", DREDGER, APR20),
                                             ("c", FERRY, MAY30)])
    text = f"{MOORINGS}. {DREDGER}. {FERRY}."
    assert _infer_text(text, sentences, published) == {}
    loose = _infer_text(text, sentences, published, InferRules(min_share=0.0))
    assert loose["u"].date == APR20  # the weighted median
    assert "min_share" in {f.name for f in fields(InferRules)}


def test_each_witness_votes_once_however_many_sentences_it_shares():
    # a briefing repeating its template in three sentences, two news stories on the 8th
    briefing = [("briefing", said) for said in (MOORINGS, DREDGER, FERRY)]
    news = [("news1", VOTE), ("news2", COST)]
    published = {"briefing": APR20, "news1": MAR8, "news2": MAR8}
    text = f"{MOORINGS}. {DREDGER}. {FERRY}. {VOTE}. {COST}."
    found = _infer_text(text, _sentences(briefing + news), published)["u"]
    assert found.date == MAR8
    assert found.how == "inferred from 5 sentences shared with 3 dated articles"


def test_sentences_of_keeps_the_sentences_long_enough_to_match():
    text = f"Short one on Monday. {MOORINGS} on Tuesday. {DREDGER}."
    assert sentences_of(text) == (
        Said(sentences_of(MOORINGS)[0].stems, frozenset({2})),
        Said(sentences_of(DREDGER)[0].stems, frozenset()))
    assert len(sentences_of(text, InferRules(min_words=2))) == 3
