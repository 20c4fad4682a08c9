from dataclasses import fields, replace
from datetime import date

import pytest

from events.models import ArticleInfo, Extraction, TimeExpression
from events.temporal.interval import interval_of
from timeline.digest import (GRANULARITY_WEIGHT, DigestWeights, SalienceWeights, date_scores,
                             digest, mentions_in, mentions_of, onset, publication_span,
                             salience, story_span, with_salience)
from timeline.merge import merge_events


def _entry(event, reports, timex="2011-03-19", actors=("nato",), summary="NATO struck tanks"):
    """One entry reported by ``reports``: (article, publication day) pairs."""
    events = [event(article, summary, timex, actors=actors, published=day, start=i)
              for i, (article, day) in enumerate(reports)]
    (entry,) = merge_events(events, dict(reports))
    return entry


D1, D2, D3 = date(2011, 3, 19), date(2011, 3, 20), date(2011, 3, 21)


@pytest.mark.parametrize("weight, more, fewer", [
    ("articles", dict(reports=[("a", D1), ("b", D1)]), dict(reports=[("a", D1)])),
    ("days", dict(reports=[("a", D1), ("b", D2)]), dict(reports=[("a", D1), ("b", D1)])),
    ("actors", dict(reports=[("a", D1)], actors=("nato", "libya")), dict(reports=[("a", D1)])),
])
def test_each_salience_weight_ranks_the_larger_count_higher(event, weight, more, fewer):
    assert weight in {f.name for f in fields(SalienceWeights)}
    high, low = _entry(event, **more), _entry(event, **fewer)
    assert salience(high) > salience(low)
    off = SalienceWeights(**{weight: 0.0})
    assert salience(high, off) == salience(low, off)


def _mentions(day, published_days):
    """Mentions of ``day`` by one article per publication day given."""
    return {(day, day): {f"m{i}": p for i, p in enumerate(published_days)}}


MARCH = [date(2011, 3, d) for d in range(1, 32)]


@pytest.mark.parametrize("weight, more, fewer", [
    # retold: mentioned by articles published later scores higher
    ("retold", [D1, D3, date(2011, 3, 25)], [D1, D1, D1]),
    # retold_after: a mention the next day is the day's own news cycle, not a retelling
    ("retold_after", [date(2011, 3, 22), date(2011, 3, 23)], [D2, D2]),
    # days: mentions spread over more publication days score higher
    ("days", [D1, D2], [D1, D1]),
    # undated: an undated article that mentions the date counts
    ("undated", [None, None], []),
])
def test_each_date_weight_ranks_the_larger_count_higher(event, weight, more, fewer):
    assert weight in {f.name for f in fields(DigestWeights)}
    entry = _entry(event, [("a", D1)])
    key = (D1, D1)
    high = date_scores([entry], _mentions(D1, more), MARCH)[key]
    low = date_scores([entry], _mentions(D1, fewer), MARCH)[key]
    assert high > low


def test_date_weight_volume_counts_the_articles_of_the_day_and_the_next(event):
    assert "volume" in {f.name for f in fields(DigestWeights)}
    entry = _entry(event, [("a", D1)])
    key = (D1, D1)
    busy = [D1, D2, D2, D3, D3, D3]  # two on the day, one the day after count
    quiet = [D3, D3, D3, D3, D3, D3]
    assert date_scores([entry], {}, busy)[key] > date_scores([entry], {}, quiet)[key]
    off = DigestWeights(volume=0.0)
    assert date_scores([entry], {}, busy, off)[key] == date_scores([entry], {}, quiet, off)[key]


def test_date_weight_actors_counts_the_actors_of_the_date(event):
    few = _entry(event, [("a", D1)], actors=("nato",))
    many = _entry(event, [("a", D1)], actors=("nato", "libya", "france"))
    key = (D1, D1)
    assert date_scores([many], {}, MARCH)[key] > date_scores([few], {}, MARCH)[key]
    off = DigestWeights(actors=0.0)
    assert date_scores([many], {}, MARCH, off)[key] == date_scores([few], {}, MARCH, off)[key]


def test_date_weight_coverage_favours_a_date_retold_by_a_larger_share_of_later_articles(event):
    # Both dates are retold by 3 articles; the early one had 60 later articles that could
    # have retold it, the late one 4: the late one is the more remarkable.
    early, late = date(2011, 3, 1), date(2011, 3, 26)
    pubs = [date(2011, 3, 1 + i % 28) for i in range(60)]
    entries = [_entry(event, [("a", early)], early.isoformat()),
               _entry(event, [("b", late)], late.isoformat(), summary="Rebels fled Brega")]
    mentions = {**_mentions(early, [date(2011, 3, 10)] * 3), **_mentions(late, [date(2011, 3, 28)] * 3)}
    scores = date_scores(entries, mentions, pubs, DigestWeights(volume=0.0, onset=0.0))
    assert scores[(late, late)] > scores[(early, early)]
    flat = date_scores(entries, mentions, pubs, DigestWeights(coverage=0.0, volume=0.0,
                                                              onset=0.0))
    assert flat[(late, late)] == flat[(early, early)]


@pytest.mark.parametrize("weight, value, span", [
    ("margin_days", 7, (date(2011, 2, 22), date(2011, 4, 7))),
    ("margin_days", 0, (date(2011, 3, 1), date(2011, 3, 31))),
    ("outliers", 0.0, (date(2005, 7, 25), date(2047, 9, 8))),
])
def test_publication_span(weight, value, span):
    pubs = [date(2005, 8, 1)] + MARCH * 3 + [date(2047, 9, 1)]
    weights = DigestWeights(**{weight: value})
    assert publication_span(pubs, weights) == span


def test_dates_outside_the_publication_span_come_last(event):
    background = _entry(event, [("a", D1), ("b", D2), ("c", D3)], "1969-09-01",
                        summary="Gaddafi seized power")
    news = _entry(event, [("d", D1)], "2011-03-19")
    entries = with_salience([background, news])
    (kept,) = digest(entries, 1, published=MARCH)
    assert kept.when.start == D1
    assert len(digest(entries, 2, published=MARCH)) == 2  # filled from outside when short


def test_granularity_weight_prefers_a_day_to_a_year_with_the_same_reports(event):
    assert GRANULARITY_WEIGHT["day"] > GRANULARITY_WEIGHT["year"]
    day = _entry(event, [("a", D1)], "2011-03-19")
    year = _entry(event, [("b", D1)], "2011", summary="NATO struck tanks all year")
    entries = [day, year]
    scores = date_scores(entries, mentions_of(entries), [D1])
    assert scores[(D1, D1)] > scores[(date(2011, 1, 1), date(2011, 12, 31))]


def test_digest_keeps_the_n_best_dates_in_order_with_the_best_entry_each(event):
    big = _entry(event, [("a", D1), ("b", D2), ("c", D3)], "2011-03-19")
    small_same_day = _entry(event, [("d", D1)], "2011-03-19", actors=("libya",),
                            summary="Libya closed its airspace")
    middle = _entry(event, [("e", D2), ("f", D3)], "2011-03-17", summary="UN voted no-fly zone")
    lone = _entry(event, [("g", D3)], "2011-03-21", summary="Rebels retook Ajdabiyah")
    entries = with_salience([lone, middle, small_same_day, big])
    kept = digest(entries, 2)
    assert [e.when.start for e in kept] == [date(2011, 3, 17), date(2011, 3, 19)]
    assert kept[1].summary == "NATO struck tanks"


def test_digest_gives_one_entry_per_day(event):
    day = _entry(event, [("a", D1), ("b", D2)], "2011-03-19")
    hour = _entry(event, [("c", D1)], "2011-03-19T14:00", summary="Jets flew over Benghazi")
    assert len(digest(with_salience([day, hour]), 2)) == 1


def test_digest_of_more_dates_than_there_are_keeps_them_all(event):
    entries = with_salience([_entry(event, [("a", D1)]),
                             _entry(event, [("b", D2)], "2011-03-20", summary="Rebels fled")])
    assert len(digest(entries, 10)) == 2


def test_digest_ties_go_to_the_earlier_date(event):
    a = _entry(event, [("a", D3)], "2011-03-21", summary="Rebels fled Brega")
    b = _entry(event, [("b", D2)], "2011-03-20", summary="Rebels fled Ajdabiyah")
    (kept,) = digest(with_salience([a, b]), 1, mentions={}, published=[])
    assert kept.when.start == date(2011, 3, 20)


def test_a_day_comes_before_a_longer_date_however_often_that_is_told(event):
    month = _entry(event, [("a", D1), ("b", D2), ("c", D3), ("d", D3)], "2011-03",
                   summary="NATO struck tanks all month")
    day = _entry(event, [("e", D1)], "2011-03-19", summary="Rebels fled Brega")
    mentions = {**_mentions(D1, [D1]),
                (date(2011, 3, 1), date(2011, 3, 31)): {f"m{i}": D3 for i in range(40)}}
    entries = with_salience([month, day])
    (kept,) = digest(entries, 1, mentions=mentions, published=MARCH)
    assert kept.when.start == D1
    assert len(digest(entries, 2, mentions=mentions, published=MARCH)) == 2


def test_centrality_weighs_a_date_by_the_articles_that_mention_it(event):
    entry = _entry(event, [("a", D1)])
    key = (D1, D1)
    mentions = {key: {"central": D3, "peripheral": D3}}
    even = date_scores([entry], mentions, MARCH)[key]
    assert date_scores([entry], mentions, MARCH, centrality={"central": 1.0,
                                                             "peripheral": 1.0})[key] == even
    assert date_scores([entry], mentions, MARCH, centrality={"central": 1.4,
                                                             "peripheral": 0.2})[key] < even


def _times(*values):
    return tuple(TimeExpression(0, 1, "x", "DATE", v, interval=interval_of(v)) for v in values)


def test_mentions_of_an_undated_article_take_the_year_of_the_collection():
    dated = Extraction(ArticleInfo("d", "D", "h", published=D3), _times("2011-03-19"))
    undated = Extraction(ArticleInfo("u", "U", "h"), _times("XXXX-03-19", "XXXX-12-30"))
    mentions = mentions_in([dated, undated], near=D3)
    assert mentions[(D1, D1)] == {"d": D3, "u": None}
    last_dec = date(2010, 12, 30)  # nearer to 21 March 2011 than 30 Dec 2011
    assert mentions[(last_dec, last_dec)] == {"u": None}
    assert set(mentions_in([dated, undated])) == {(D1, D1)}  # no collection day: no guess


def test_an_entry_dated_only_by_publication_is_no_mention_of_its_day(event):
    from dataclasses import replace as swap
    timed = _entry(event, [("a", D2)], timex="2011-03-19")
    pub = swap(_entry(event, [("b", D2)], timex="2011-03-20"), dated_by="publication")
    mentions = mentions_of([timed, pub])
    assert (D1, D1) in mentions and (D2, D2) not in mentions


def test_a_publication_dated_entry_lends_its_date_no_actors(event):
    from dataclasses import replace as swap
    pub = swap(_entry(event, [("b", D1)], actors=("nato", "libya", "france")),
               dated_by="publication")
    timed = _entry(event, [("b", D1)], actors=("nato", "libya", "france"))
    key = (D1, D1)
    assert date_scores([pub], {}, MARCH)[key] < date_scores([timed], {}, MARCH)[key]


APRIL = [date(2011, 4, d) for d in range(1, 31)]


def test_onset_is_the_most_retold_day_even_a_little_before_the_first_articles():
    # The articles start on 1 April (span from 25 March, with the margin); the day they
    # retell most is 15 March.
    spark, later_news = date(2011, 3, 15), date(2011, 4, 20)
    mentions = {**_mentions(spark, APRIL[:6]), **_mentions(later_news, APRIL[22:26])}
    span = publication_span(APRIL)
    assert span[0] > spark
    assert onset(mentions, span) == spark
    assert story_span(APRIL, mentions) == ((spark, span[1]), spark)  # the span reaches back
    # too long before the articles: not the onset, and the span stays as it was
    old = mentions | _mentions(date(2011, 1, 2), APRIL[:20])
    assert onset(old, span) == spark
    assert onset(_mentions(date(2011, 1, 2), APRIL[:6]), span) is None
    assert story_span(APRIL, _mentions(date(2011, 1, 2), APRIL[:6])) == (span, None)
    assert onset(old, span, DigestWeights(onset_before=120)) == date(2011, 1, 2)
    # ties go to the earlier day; no span, no onset
    tied = {**_mentions(date(2011, 4, 3), APRIL[5:8]), **_mentions(date(2011, 4, 9), APRIL[12:15])}
    assert onset(tied, span) == date(2011, 4, 3)
    assert onset(tied, None) is None


def test_date_weight_onset_counts_the_first_days_of_the_story_more(event):
    assert {"onset", "onset_days"} <= {f.name for f in fields(DigestWeights)}
    spark, first_week, third_week = date(2011, 4, 2), date(2011, 4, 6), date(2011, 4, 20)
    entries = [_entry(event, [("a", spark)], spark.isoformat()),
               _entry(event, [("b", first_week)], first_week.isoformat(), summary="Rebels fled"),
               _entry(event, [("c", third_week)], third_week.isoformat(), summary="UN voted")]
    # the two later days are told alike: two articles each, three days on
    mentions = {**_mentions(spark, APRIL[5:25]),
                **_mentions(first_week, [date(2011, 4, 9)] * 2),
                **_mentions(third_week, [date(2011, 4, 23)] * 2)}
    flat = DigestWeights(onset=0.0, coverage=0.0, volume=0.0)
    even = date_scores(entries, mentions, APRIL, flat)
    assert even[(first_week, first_week)] == even[(third_week, third_week)]
    boosted = date_scores(entries, mentions, APRIL, replace(flat, onset=1.0, onset_days=7))
    assert boosted[(first_week, first_week)] == 2 * boosted[(third_week, third_week)]
    assert boosted[(spark, spark)] == 2 * even[(spark, spark)]
    short = date_scores(entries, mentions, APRIL, replace(flat, onset=1.0, onset_days=4))
    assert short[(first_week, first_week)] == short[(third_week, third_week)]


def test_digest_keeps_the_onset_before_the_first_articles_inside_its_span(event):
    # Coverage starts on 1 April, seventeen days after the day it keeps retelling.
    spark, capped = date(2011, 3, 15), date(2011, 4, 11)
    story = _entry(event, [("a", APRIL[0])], spark.isoformat(), summary="The rig exploded")
    news = _entry(event, [("b", APRIL[10])], capped.isoformat(), summary="The well was capped")
    entries = with_salience([story, news])
    mentions = {**_mentions(spark, APRIL[2:20]), **_mentions(capped, APRIL[10:14])}
    (kept,) = digest(entries, 1, mentions=mentions, published=APRIL)
    assert kept.when.start == spark
    far = {**_mentions(date(2010, 3, 15), APRIL[2:20]), **_mentions(capped, APRIL[10:14])}
    moved = with_salience([_entry(event, [("a", APRIL[0])], "2010-03-15",
                                  summary="The rig exploded"), news])
    (kept,) = digest(moved, 1, mentions=far, published=APRIL)
    assert kept.when.start == capped  # a year before the articles: outside, so last
