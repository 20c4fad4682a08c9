from dataclasses import fields
from datetime import date

import pytest

from events.models import ArticleInfo
from timeline.infer import (InferRules, Said, complete_years, event_sentences, infer_dates,
                            provisional, sentences_of, weighted_median)

MAR8, MAR15 = date(2023, 3, 8), date(2023, 3, 15)
VOTE = "The Riverton town council voted to rebuild the old harbour wall after the storm"
COST = "Mayor Alice Brennan said the work would start in May and cost two million euros"
TENDER = "The Harbour Trust published the tender for the new harbour wall with builders"


def _dated(event):
    return [event("vote", VOTE, "2023-03-07", published=MAR8, start=0),
            event("vote", COST, "2023-05", published=MAR8, start=100),
            event("tender", TENDER, "2023-03-15", published=MAR15, start=0)]


def _infer(event, text, rules=InferRules(), dated=None):
    published = {"vote": MAR8, "tender": MAR15}
    sentences = event_sentences(dated or _dated(event))
    return infer_dates({"u": text}, sentences, published, rules).get("u")


def test_an_article_retelling_dated_sentences_gets_their_day(event):
    found = _infer(event, f"{VOTE} last night. {COST}, she added.")
    assert found.published == MAR8
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
def test_infer_rules(event, rule, value, text, dated):
    assert rule in {f.name for f in fields(InferRules)}
    assert _infer(event, text) is None
    assert (_infer(event, text, InferRules(**{rule: value})) is not None) == dated


def test_rule_common_share_keeps_frequent_words_from_finding_candidates(event):
    # every dated sentence holds every word: none is rare enough to find candidates by
    dated = event_sentences([event(f"d{i}", VOTE, "2023-03-07", published=MAR8)
                             for i in range(40)])
    published = {f"d{i}": MAR8 for i in range(40)}
    text = f"{VOTE}. {VOTE} again."
    everything = InferRules(common_share=1.0)
    assert infer_dates({"u": text}, dated, published, everything)["u"].published == MAR8
    assert infer_dates({"u": text}, dated, published) == {}


def test_rule_candidates_limits_the_full_comparisons(event):
    assert _infer(event, f"{VOTE}. {COST}.", InferRules(candidates=0)) is None


def test_a_sentence_printed_by_two_dated_articles_splits_its_vote(event):
    dated = _dated(event) + [event("tender", VOTE, "2023-03-07", published=MAR15, start=50)]
    found = _infer(event, f"{VOTE}. {COST}.", dated=dated)
    assert found.published == MAR8  # 1.0 (its best sentence) for the 8th, 0.5 for the 15th
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
    assert (found.published if found else None) == expected


def test_rule_year_window():
    assert "year_window" in {f.name for f in fields(InferRules)}
    partials = {"a": ("XXXX-04-20", frozenset())}
    assert complete_years(partials, FEB) == {}
    wide = complete_years(partials, FEB, InferRules(year_window=60))
    assert wide["a"].published == date(2011, 4, 20)
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


def test_rule_weekday_reach_moves_the_day_to_the_day_its_weekdays_fit(event):
    text = f"The fishermen protested on Friday. {VOTE} last night. {COST}, she added."
    found = _infer(event, text)
    assert found.published == date(2023, 3, 10)  # 8 March 2023 was a Wednesday
    assert found.how.endswith(", moved to the Friday its weekdays fit")
    assert _infer(event, text, InferRules(weekday_reach=0)).published == MAR8


APR20, MAY30 = date(2023, 4, 20), date(2023, 5, 30)
MOORINGS = "The Harbour Trust said its divers repaired twelve moorings at the northern quay"
DREDGER = "A dredger from Antwerp cleared the silted channel of the Riverton ferry port"
FERRY = "The Riverton ferry company added a second boat to the island route for summer"


def _one_each(event, sentences):
    """Dated articles, one sentence each: (id, sentence, published)."""
    dated = [event(aid, said, day.isoformat(), published=day) for aid, said, day in sentences]
    return event_sentences(dated), {aid: day for aid, _, day in sentences}


@pytest.mark.parametrize("dated_weekday, undated_weekday, matched", [
    ("Monday", "Monday", True),
    ("Monday", "Thursday", False),   # the same words about another day: another happening
    ("", "Thursday", True),          # a sentence naming no weekday can't disagree
])
def test_a_sentence_naming_other_weekdays_is_no_match(event, dated_weekday, undated_weekday,
                                                      matched):
    on = f" on {dated_weekday}" if dated_weekday else ""
    sentences, published = _one_each(event, [("m", MOORINGS + on, MAR8),
                                             ("d", f"{DREDGER} on {dated_weekday or 'Monday'}",
                                              MAR8)])
    text = f"{MOORINGS} on {undated_weekday}. {DREDGER} on {undated_weekday}."
    found = infer_dates({"u": text}, sentences, published, InferRules(min_votes=1))
    assert ("u" in found) == matched


def test_rule_spread_days_a_sentence_said_all_through_the_story_is_no_vote(event):
    sentences, published = _one_each(event, [("early", MOORINGS, MAR8), ("late", MOORINGS, APR20),
                                             ("dredger", DREDGER, MAR15)])
    text = f"{MOORINGS}. {DREDGER}."
    assert infer_dates({"u": text}, sentences, published) == {}  # one real vote only
    wide = infer_dates({"u": text}, sentences, published, InferRules(spread_days=60))
    assert wide["u"].published == MAR15
    assert "spread_days" in {f.name for f in fields(InferRules)}


def test_rule_min_share_witnesses_spread_over_months_date_nothing(event):
    sentences, published = _one_each(event, [("a", MOORINGS, MAR8), ("b", DREDGER, APR20),
                                             ("c", FERRY, MAY30)])
    text = f"{MOORINGS}. {DREDGER}. {FERRY}."
    assert infer_dates({"u": text}, sentences, published) == {}
    loose = infer_dates({"u": text}, sentences, published, InferRules(min_share=0.0))
    assert loose["u"].published == APR20  # the weighted median
    assert "min_share" in {f.name for f in fields(InferRules)}


def test_each_witness_votes_once_however_many_sentences_it_shares(event):
    # a briefing repeating its template in three sentences, two news stories on the 8th
    briefing = [event("briefing", said, "2023-04-20", published=APR20, start=i * 100)
                for i, said in enumerate((MOORINGS, DREDGER, FERRY))]
    news = [event("news1", VOTE, "2023-03-07", published=MAR8),
            event("news2", COST, "2023-03-07", published=MAR8)]
    published = {"briefing": APR20, "news1": MAR8, "news2": MAR8}
    text = f"{MOORINGS}. {DREDGER}. {FERRY}. {VOTE}. {COST}."
    found = infer_dates({"u": text}, event_sentences(briefing + news), published)["u"]
    assert found.published == MAR8
    assert found.how == "inferred from 5 sentences shared with 3 dated articles"


def test_sentences_of_keeps_the_sentences_long_enough_to_match():
    text = f"Short one on Monday. {MOORINGS} on Tuesday. {DREDGER}."
    assert sentences_of(text) == (
        Said(sentences_of(MOORINGS)[0].stems, frozenset({2})),
        Said(sentences_of(DREDGER)[0].stems, frozenset()))
    assert len(sentences_of(text, InferRules(min_words=2))) == 3


def test_event_sentences_take_each_source_sentence_once(event):
    events = [event("a", MOORINGS, "2023-03-07", start=0),
              event("a", MOORINGS, "2023-03-08", start=0, id="ev-other"),
              event("a", "Too short", "2023-03-07", start=200)]
    assert event_sentences(events) == {"a": sentences_of(MOORINGS)}
