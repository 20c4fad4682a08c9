"""The light first pass (clues) and the dating of a whole collection."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from events.dating import clues_of, date_collection, provisional, publication_span
from events.models import Article, ArticleInfo

MAR8 = date(2023, 3, 8)
VOTE = "The Riverton town council voted to rebuild the old harbour wall after the storm"
COST = "Mayor Alice Brennan said the work would start in May and cost two million euros"


def _article(aid, text, **fields):
    return Article(ArticleInfo(aid, aid.title(), aid, **fields), text)


@pytest.mark.parametrize(("partial", "own"), [("", True), ("XXXX-02-20", False)])
def test_only_an_article_with_no_date_at_all_guesses_from_its_mentions(partial, own):
    text = "The council met on March 4, 2031. It met again on Tuesday, March 4, 2031."
    clues = clues_of(_article("wire", text, published_partial=partial))
    assert (clues.own is not None) is own
    if own:
        assert (clues.own.date, clues.own.source) == (date(2031, 3, 4), "inferred")


def test_a_dated_article_is_not_tagged_in_the_first_pass():
    clues = clues_of(_article("d", f"{VOTE} on Monday. {COST}.", published=MAR8,
                              published_from="text"))
    assert clues.sentences and clues.profile
    assert (clues.weekdays, clues.named, clues.own) == ((), frozenset(), None)


def test_a_provisional_article_keeps_its_named_weekdays():
    clues = clues_of(_article("u", f"{VOTE} on Monday. {COST}."))
    assert [(m.weekday, m.tense) for m in clues.weekdays] == [(1, "past")]
    assert clues.named == frozenset({1})


def test_an_undated_article_takes_the_day_of_the_sentences_it_shares():
    dated = _article("vote", f"{VOTE}. {COST}.", published=MAR8, published_from="text")
    undated = _article("u", f"{VOTE} last night. {COST}, she added.")
    infos = date_collection([(a.info, clues_of(a)) for a in (dated, undated)])
    assert infos["vote"] == dated.info
    assert (infos["u"].published, infos["u"].published_from) == (MAR8, "inferred")
    assert infos["u"].published_how == "inferred from 2 sentences shared with 1 dated article"


def test_only_a_firmly_dated_article_lends_its_day_to_the_sentences_it_shares():
    # the day of the text rule may come from the very sentence both retell
    guessed = _article("guess", f"{VOTE}. {COST}.", published=MAR8, published_from="inferred",
                       published_how="inferred from the days its text names")
    undated = _article("u", f"{VOTE} last night. {COST}, she added.")
    infos = date_collection([(a.info, clues_of(a)) for a in (guessed, undated)])
    assert infos["guess"].published == MAR8
    assert infos["u"].published is None


def test_a_guess_outside_the_span_that_nothing_replaces_is_no_date():
    # (enough dated articles that the span trims the one outlier, 2 %, at each end)
    dated = [_article(f"d{k}", f"{VOTE} on day {k}.", published=date(2023, 3, 1 + k % 28),
                      published_from="text") for k in range(60)]
    # its own guess rests on the one date it names, years before the collection
    old = _article("old", "Nothing shared here at all, only other words about a memorial.",
                   published=date(2001, 9, 11), published_from="inferred",
                   published_how="inferred from 1 date mention")
    infos = date_collection([(a.info, clues_of(a)) for a in (*dated, old)])
    assert (infos["old"].published, infos["old"].published_from) == (None, "unknown")


@pytest.mark.parametrize(("firm", "dropped"), [(20, True), (19, False)])
def test_the_span_comes_from_the_firmly_dated_articles_when_there_are_enough(firm, dropped):
    # SPAN_MIN_FIRM: four pages whose text rule gave days five weeks before the rest (a
    # sidebar's story) are more than the 2 % the span trims of all dates, and within its
    # fences; the firmly dated articles' span leaves them out, so their guesses are dropped
    from events.dating.collection import SPAN_MIN_FIRM
    assert SPAN_MIN_FIRM == 20
    dated = [_article(f"d{k}", f"{VOTE} on day {k}.", published=date(2023, 3, 1 + k % 28),
                      published_from="text") for k in range(firm)]
    old = [_article(f"old{k}", f"Nothing shared here at all, only words {k} about a memorial.",
                    published=date(2023, 1, 25), published_from="inferred",
                    published_how="inferred from the days its text names") for k in range(4)]
    infos = date_collection([(a.info, clues_of(a)) for a in (*dated, *old)])
    assert (infos["old0"].published is None) is dropped


def test_publication_span_fence_leaves_out_a_few_far_days():
    # SPAN_FENCE: 3 of 33 days years away are more than the trim's 2 %; Tukey's fences
    # (three interquartile ranges beyond the quartiles) leave them out
    days = [date(2010, 5, 1) + timedelta(days=2 * k) for k in range(30)]
    far = [date(1988, 12, 21), date(2001, 9, 11), date(2002, 11, 3)]
    lo, hi = publication_span(days + far)
    assert lo < date(1990, 1, 1)  # the trim alone keeps two of them
    lo, hi = publication_span(days + far, fence=3.0)
    assert date(2009, 12, 1) < lo < date(2010, 5, 1) and hi == date(2010, 7, 5)


def test_a_few_guesses_years_away_are_no_dates_when_nothing_is_firm():
    from events.dating.collection import SPAN_FENCE
    assert SPAN_FENCE == 3.0
    guessed = [_article(f"g{k}", f"Nothing shared, only words {k} about the beach.",
                        published=date(2010, 5, 1) + timedelta(days=2 * k),
                        published_from="inferred",
                        published_how="inferred from the days its text names")
               for k in range(30)]
    old = [_article(f"old{k}", f"Nothing shared, a caption {k} of another story.",
                    published=day, published_from="inferred",
                    published_how="inferred from the days its text names")
           for k, day in enumerate([date(1988, 12, 21), date(2001, 9, 11), date(2002, 11, 3)])]
    infos = date_collection([(a.info, clues_of(a)) for a in (*guessed, *old)])
    assert [infos[f"old{k}"].published for k in range(3)] == [None, None, None]
    assert infos["g0"].published == date(2010, 5, 1)


def test_a_dateline_without_a_year_takes_it_from_the_collection():
    dated = _article("d", f"{VOTE}.", published=date(2023, 2, 25), published_from="text")
    wire = _article("w", "Nothing shared here at all, only words.",
                    published_partial="XXXX-02-21")
    infos = date_collection([(a.info, clues_of(a)) for a in (dated, wire)])
    assert infos["w"].published == date(2023, 2, 21)
    assert infos["w"].published_partial == "XXXX-02-21"


def test_a_collection_of_dated_articles_is_left_as_it_is():
    dated = _article("d", f"{VOTE}.", published=MAR8, published_from="text")
    assert date_collection([(dated.info, clues_of(dated))]) == {"d": dated.info}


def test_provisional_is_what_the_collection_may_still_date():
    assert provisional(ArticleInfo("a", "A", "h"))
    assert not provisional(ArticleInfo("a", "A", "h", published=MAR8, published_from="text"))


def test_publication_span_trims_outliers_and_widens_by_the_margin():
    days = [date(2023, 3, d) for d in range(1, 31)] + [date(1973, 1, 1)]
    assert publication_span(days, outliers=0.05, margin_days=2) == (date(2023, 2, 27),
                                                                    date(2023, 3, 31))
    assert publication_span([]) is None


# The alike-articles rule (CollectionRules.alike_lend): articles that read alike but share
# no sentence tell the same story, not always the same day.
HARBOUR = ("The Portville harbour board approved the new ferry timetable after fishermen "
           "protested against the closure of the northern quay, and the mayor promised "
           "repairs to the breakwater, the lighthouse and the old fish market before summer. "
           "Ferry captains welcomed the timetable but warned about the silted channel.")
ELECTION = ("Voters in the mountain villages elected a new regional council, and turnout rose "
            "in every district as candidates campaigned on schools, roads and hospital beds. "
            "The governor conceded defeat and congratulated the winning coalition of farmers.")
ALIKE = ("Fishermen in Portville said on Wednesday the new ferry timetable ignores the "
         "northern quay. The harbour board, the mayor and the ferry captains disagree "
         "about the silted channel, the breakwater and the lighthouse repairs.")
#: a day its text names, unsure (named in the past tense; its guess from all its dates,
#: the twice-named 1 March, differs)
TEXT_DAY = (" The board met on March 1, 2031, and again on March 1, 2031; repairs were "
            "promised on March 3, 2031.")
TUE = date(2031, 3, 4)


@pytest.mark.parametrize(("lend", "text_day", "expected"), [
    ("always", "", date(2031, 3, 5)),        # the alike articles' Tuesday, moved to Wednesday
    ("agreeing", "", None),                  # no day of its own text agrees: unknown
    ("agreeing", TEXT_DAY, "text"),          # its text's day agrees: the text's day kept
    ("never", TEXT_DAY, None),
])
def test_rule_alike_lend_alike_articles_lend_a_day_only_when_the_text_agrees(
        lend, text_day, expected):
    from events.dating.collection import CollectionRules
    harbour = _article("harbour", HARBOUR, published=TUE, published_from="text")
    election = _article("election", ELECTION, published=date(2031, 5, 10),
                        published_from="text")
    undated = _article("u", ALIKE + text_day)
    infos = date_collection([(a.info, clues_of(a)) for a in (harbour, election, undated)],
                            CollectionRules(alike_lend=lend))
    if expected == "text":
        assert infos["u"].published == date(2031, 3, 5)  # the text rule moves 3 March too
        assert infos["u"].published_how.startswith("dated like the most alike articles")
        assert infos["u"].published_how.endswith("on the day its text points to")
    else:
        assert infos["u"].published == expected


def test_collection_rule_fields_are_all_tested():
    import dataclasses

    from events.dating.collection import COLLECTION, CollectionRules
    assert {f.name for f in dataclasses.fields(CollectionRules)} == {"alike_lend"}
    assert COLLECTION.alike_lend == "agreeing"
