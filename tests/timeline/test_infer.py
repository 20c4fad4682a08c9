from dataclasses import fields
from datetime import date

import pytest

from timeline.infer import InferRules, infer_dates, weighted_median

MAR8, MAR15 = date(2023, 3, 8), date(2023, 3, 15)
VOTE = "The Riverton town council voted to rebuild the old harbour wall after the storm"
COST = "Mayor Alice Brennan said the work would start in May and cost two million euros"
TENDER = "The Harbour Trust published the tender for the new harbour wall with builders"


def _dated(event):
    return [event("vote", VOTE, "2023-03-07", published=MAR8, start=0),
            event("vote", COST, "2023-05", published=MAR8, start=100),
            event("tender", TENDER, "2023-03-15", published=MAR15, start=0)]


def _infer(event, text, rules=InferRules()):
    published = {"vote": MAR8, "tender": MAR15}
    return infer_dates({"u": text}, _dated(event), published, rules).get("u")


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
    dated = [event(f"d{i}", VOTE, "2023-03-07", published=MAR8) for i in range(40)]
    published = {f"d{i}": MAR8 for i in range(40)}
    text = f"{VOTE}. {VOTE} again."
    everything = InferRules(common_share=1.0)
    assert infer_dates({"u": text}, dated, published, everything)["u"].published == MAR8
    assert infer_dates({"u": text}, dated, published) == {}


def test_rule_candidates_limits_the_full_comparisons(event):
    assert _infer(event, f"{VOTE}. {COST}.", InferRules(candidates=0)) is None


def test_a_sentence_printed_by_two_dated_articles_splits_its_vote(event):
    dated = _dated(event) + [event("tender", VOTE, "2023-03-07", published=MAR15, start=50)]
    published = {"vote": MAR8, "tender": MAR15}
    found = infer_dates({"u": f"{VOTE}. {COST}."}, dated, published)["u"]
    assert found.published == MAR8  # 1.5 votes for the 8th against 0.5 for the 15th
    assert found.how.endswith("shared with 2 dated articles")


@pytest.mark.parametrize("votes, expected", [
    ([(MAR8, 1.0)], MAR8),
    ([(MAR8, 1.0), (MAR15, 3.0)], MAR15),
    ([(MAR8, 1.0), (MAR15, 1.0)], MAR8),  # an exact tie goes to the earlier day
])
def test_weighted_median(votes, expected):
    assert weighted_median(votes) == expected
