"""Dating undated articles within a build: the folder ``fixtures/timeline/briefing``.

Three dated articles (a fare rise on Monday 3 March 2031, a blockade on Tuesday 4 March,
a harbour briefing from January) and an undated list of the latest developments that
retells the two news stories and repeats the briefing's template with new numbers.
"""
from datetime import date
from pathlib import Path

import pytest

from events.options import Options
from timeline.build import build_timeline

BRIEFING = Path(__file__).parents[1] / "fixtures" / "timeline" / "briefing"


@pytest.fixture(scope="module")
def articles():
    timeline = build_timeline([str(BRIEFING)], Options())
    return {a.id.rsplit("-", 1)[0]: a for a in timeline.articles}


def test_a_list_of_developments_is_dated_by_the_news_it_retells(articles):
    # three template sentences shared with January's briefing are one vote, the two news
    # stories two: the median is 3 March, and the weekdays named (Monday and Tuesday
    # past, Wednesday to come) fit the Tuesday best
    found = articles["developments"]
    assert (found.published, found.published_from) == (date(2031, 3, 4), "inferred")
    assert found.published_how == ("inferred from 6 sentences shared with 3 dated articles, "
                                   "moved to the Tuesday its weekdays fit")


def test_dated_articles_keep_their_own_dates(articles):
    assert {k: a.published for k, a in articles.items() if k != "developments"} == {
        "fares": date(2031, 3, 3), "quay": date(2031, 3, 4), "trust-briefing": date(2031, 1, 20)}
