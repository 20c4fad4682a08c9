"""A generated page of 2,500 events and 300 actors: it renders lazily and stays usable.

Timing is measured in benchmarks/page.py, not here; these tests check behaviour only.
"""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def large(timelines):
    return timelines.large_timeline()


@pytest.fixture
def large_page(shared_site):
    return shared_site("large")


def test_renders_every_row_lazily(large_page, large):
    page = large_page.page
    page.wait_for_selector("#events[data-complete=true]", state="attached", timeout=30000)
    planned = page.evaluate("window.timelineApp.plannedIds()")
    assert page.evaluate("document.querySelectorAll('li.event').length") == len(planned)
    stats = page.evaluate("window.timelineApp.stats")
    assert stats["firstRender"] < stats["allRendered"]
    assert large_page.errors == [] and large_page.external == []


def test_search_and_filter_work_before_all_rows_are_drawn(large_page, large):
    page = large_page.page
    page.fill("#search", "Event 2499")
    assert large_page.shown() == ["event-2499"]
    page.fill("#search", "")
    actor = large.entries[0].actors[0]
    page.select_option("#actor-filter", actor)
    ordered = sorted(large.entries, key=lambda e: e.when.start)
    expected = [e.id for e in ordered if actor in e.actors]
    assert large_page.shown() == expected
    page.click("#clear")
    assert len(large_page.shown()) == len(large.entries)


def test_graph_has_300_nodes_and_stops_moving(large_page):
    page = large_page.page
    assert page.evaluate("window.timelineGraph.body.data.nodes.length") == 300
    assert page.evaluate("window.timelineGraph.physics.options.enabled") is False


def test_printing_renders_every_row_at_once(large_page, large):
    counts = large_page.page.evaluate("""() => {
        window.timelineApp.setQuery('');            // start over: only the first rows drawn
        const before = document.querySelectorAll('li.event').length;
        window.dispatchEvent(new Event('beforeprint'));
        return [before, document.querySelectorAll('li.event').length];
    }""")
    assert counts[0] < len(large.entries)
    assert counts[1] == len(large_page.page.evaluate("window.timelineApp.plannedIds()"))


def test_crowded_days_collapse_to_a_count(large_page, large):
    """The generated timeline has about six events a day: days of six or more show their
    three most salient and a count of the rest, which together are every event."""
    page = large_page.page
    page.evaluate("window.timelineApp.renderAll()")
    hidden = page.evaluate("""Array.from(document.querySelectorAll('button.more-toggle'))
        .map(b => Number(b.textContent.match(/Show (\\d+) more/)[1]))""")
    planned = page.evaluate("window.timelineApp.plannedIds()")
    assert hidden and len(planned) + sum(hidden) == len(large.entries)
    button = page.locator("button.more-toggle").first
    day = button.get_attribute("data-day")
    button.click()
    on_day = [e.id for e in large.entries if e.when.start.isoformat() == day
              and e.when.granularity == "day"]
    assert set(on_day) <= set(page.evaluate("window.timelineApp.plannedIds()"))
