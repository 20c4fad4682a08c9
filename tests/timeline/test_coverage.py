"""timeline.coverage: the span of the articles' dates, without the few most outlying."""
from __future__ import annotations

from datetime import date, timedelta

from events.models import ArticleInfo
from timeline.build import derive_title
from timeline.coverage import TRIM, coverage


def _article(i: int, published: date | None) -> ArticleInfo:
    return ArticleInfo(id=f"a{i}", title=f"Article {i}", content_hash=f"{i:064x}",
                       published=published, published_from="text" if published else "unknown")


def test_few_articles_span_from_first_to_last():
    days = [date(2011, 3, 1), date(2011, 2, 1), None, date(2011, 4, 5)]
    assert coverage([_article(i, d) for i, d in enumerate(days)]) == (
        date(2011, 2, 1), date(2011, 4, 5))


def test_none_dated():
    assert coverage([_article(0, None)]) is None


def test_the_outlying_five_percent_are_left_out():
    assert TRIM == 0.05
    days = [date(2011, 2, 1) + timedelta(days=i) for i in range(38)]
    days += [date(1922, 11, 1), date(2012, 10, 1)]       # a stray at each end, of 40
    articles = [_article(i, d) for i, d in enumerate(days)]
    # int(40 * 0.05) = 2 left out at each end: the stray and the next one
    assert coverage(articles) == (date(2011, 2, 2), date(2011, 3, 9))


def test_the_title_takes_its_months_from_the_coverage():
    days = [date(2011, 2, 1) + timedelta(days=3 * i) for i in range(39)] + [date(1922, 11, 1)]
    articles = [_article(i, d) for i, d in enumerate(days)]
    assert derive_title(articles, [], []) == "Timeline, February \u2013 May 2011"
