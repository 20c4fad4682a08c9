"""The first screen of a real folder: the background era collapsed, a crowded day under a
count, events dated only by their article's day lighter and hideable."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def teaching(shared_site):
    return shared_site("teaching")


def rendered(page) -> list[str]:
    return page.evaluate("Array.from(document.querySelectorAll('li.event')).map(li => li.dataset.id)")


def test_stats_line_and_count_leave_the_background_apart(teaching):
    page = teaching.page
    assert page.inner_text(".stats").startswith(
        "22 events from 2 articles, Apr 2022 to Jan 2023, and 1 earlier in the background.")
    assert page.inner_text("#count") == "22 events, 1 more in the background"


def test_the_background_is_collapsed_until_asked_for(teaching):
    page = teaching.page
    assert "old-treaty" not in rendered(page)
    toggle = page.locator("button.era-toggle")
    assert toggle.inner_text() == "Show the background: 1 event from before Oct 2021"
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    assert rendered(page)[0] == "old-treaty"
    assert page.locator("button.era-toggle").get_attribute("aria-expanded") == "true"
    assert page.evaluate("document.activeElement.dataset.era") == "background"
    page.click("button.era-toggle")
    assert "old-treaty" not in rendered(page)


def test_the_background_stays_off_the_axis(teaching):
    page = teaching.page
    page.evaluate("window.timelineAxis.fit()")
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    assert page.locator("#axis g[data-id='old-treaty']").count() == 0


def test_a_crowded_day_shows_its_most_salient_and_a_count(teaching):
    page = teaching.page
    crowded = [i for i in rendered(page) if i.startswith("crowded-")]
    assert crowded == ["crowded-6", "crowded-7", "crowded-8"]      # highest salience, in order
    more = page.locator("button.more-toggle")
    assert more.inner_text() == "Show 5 more events of 11 Oct 2022 (8 in all)"
    more.click()
    assert [i for i in rendered(page) if i.startswith("crowded-")] == [
        f"crowded-{i}" for i in range(1, 9)]
    assert page.evaluate("document.activeElement.closest('li.event').dataset.id") == "crowded-1"


def test_events_dated_by_their_article_are_lighter_and_can_be_hidden(teaching):
    page = teaching.page
    row = page.locator("li.event[data-id='pub-dated-1']")
    assert "light" in row.get_attribute("class").split()
    assert row.locator(".dated-by").inner_text() == "article's date"
    assert "light" not in page.get_attribute("li.event[data-id='brussels-meeting']", "class").split()
    page.uncheck("#show-light")
    assert not [i for i in teaching.shown() if i.startswith("pub-dated")]
    assert page.locator("#clear").is_visible()
    page.click("#clear")
    assert page.is_checked("#show-light")
    assert [i for i in teaching.shown() if i.startswith("pub-dated")] == ["pub-dated-1", "pub-dated-2"]
