"""The example-like page in chromium: loading, listing, filtering, the graph and its links."""
from __future__ import annotations

import dataclasses

import pytest

from output.page import write_page

pytestmark = pytest.mark.browser

IRIS_ACTORS = ["christine-lambrecht", "germany", "ukraine"]


@pytest.fixture
def example_page(shared_site):
    """The example page, shared by the module's tests and reset before each."""
    return shared_site("example")


def node_point(page, node_id: str) -> dict:
    """Where a graph node is on the screen, for a real mouse click."""
    return page.evaluate("""(id) => {
        const net = window.timelineGraph;
        const p = net.canvasToDOM(net.getPositions([id])[id]);
        const box = document.getElementById('graph').getBoundingClientRect();
        return {x: box.left + p.x, y: box.top + p.y};
    }""", node_id)


def test_loads_without_errors_or_outside_requests(example_page):
    assert example_page.errors == []
    assert example_page.external == []
    assert example_page.page.evaluate("document.querySelectorAll('#graph canvas').length") == 1


def test_lists_every_event_in_order(example_page, timelines):
    ids = example_page.page.evaluate(
        "Array.from(document.querySelectorAll('li.event')).map(li => li.dataset.id)")
    assert ids == [e.id for e in timelines.example_entries()]
    text = example_page.text()
    for entry in timelines.example_entries():
        assert entry.summary in text


@pytest.mark.parametrize("event_id, date", [
    ("ramstein-summit", "April 2022"),
    ("weekend-strikes", "weekend of 8–9 Oct 2022"),
    ("brussels-meeting", "12 Oct 2022\nWednesday"),
    ("nasams-arrive", "late Nov – early Dec 2022"),
    ("iris-t-three-more", "2023"),
])
def test_dates_show_their_granularity(example_page, event_id, date):
    shown = example_page.page.inner_text(f"li.event[data-id='{event_id}'] .when")
    assert shown == date


@pytest.mark.parametrize("event_id, badge", [
    ("nuclear-session", "PLANNED"),
    ("nasams-arrive", "EXPECTED"),
    ("monday-strikes", None),
])
def test_planned_and_expected_are_marked(example_page, event_id, badge):
    row = example_page.page.locator(f"li.event[data-id='{event_id}']")
    badges = row.locator(".badge:not(.badge-conflict)")
    if badge is None:
        assert badges.count() == 0
        assert "status-happened" in row.get_attribute("class")
    else:
        assert badges.inner_text() == badge


def test_a_line_marks_where_the_news_ends(example_page):
    rows = example_page.page.evaluate("""Array.from(document.querySelectorAll('#events > li'))
        .map(li => li.dataset.id || li.className)""")
    line = rows.index("news-line")
    assert rows[line - 1] == "milley-shield" and rows[line + 1] == "nuclear-session"
    assert "The newest article is from 12 Oct 2022." in example_page.page.inner_text("li.news-line")


def test_conflict_is_visible(example_page):
    row = example_page.page.locator("li.event[data-id='iris-t-first']")
    assert row.locator(".conflict").inner_text() == \
        "Sources disagree on the date: DW: 11 Oct · CNN: 10 Oct"


def test_graph_has_its_nodes_and_settles(example_page, timelines):
    page = example_page.page
    nodes = page.evaluate("window.timelineGraph.body.data.nodes.getIds().sort()")
    expected = sorted({a for e in timelines.example_entries() for a in e.actors})
    assert nodes == expected
    assert page.evaluate("window.timelineGraph.physics.options.enabled") is False
    assert page.evaluate("window.timelineGraph.body.data.edges.length") == 17


def test_actor_filter_narrows_the_list(example_page):
    page = example_page.page
    page.select_option("#actor-filter", "christine-lambrecht")
    assert example_page.shown() == ["iris-t-first", "iris-t-three-more"]
    assert page.evaluate("document.querySelectorAll('li.event').length") == 2
    assert page.inner_text("#count") == "Showing 2 of 12 events"
    page.click("#clear")
    assert len(example_page.shown()) == 12


@pytest.mark.parametrize("query, expected", [
    ("IRIS-T", ["iris-t-first", "iris-t-three-more"]),
    ("ramstein", ["ramstein-summit"]),          # from the summary, any case
    ("barrage dozen", ["monday-strikes"]),       # every word must match
    ("Stoltenberg", ["brussels-meeting"]),       # an actor's alias
    ("Thursday", ["nuclear-session"]),           # a weekday label
    ("zzz-nothing", []),
])
def test_search_narrows_the_list(example_page, query, expected):
    page = example_page.page
    page.fill("#search", query)
    assert example_page.shown() == expected
    rendered = page.evaluate("Array.from(document.querySelectorAll('li.event')).map(li => li.dataset.id)")
    assert rendered == expected
    if not expected:
        assert "No events match" in page.inner_text("#events")


def test_clicking_a_graph_node_filters_the_timeline(example_page):
    page = example_page.page
    point = node_point(page, "lloyd-austin")
    page.mouse.click(point["x"], point["y"])
    assert example_page.shown() == ["brussels-meeting"]
    assert page.input_value("#actor-filter") == "lloyd-austin"
    assert "Only events involving Lloyd Austin." in page.inner_text("#filter-note")


def test_clicking_an_actor_chip_filters(example_page):
    page = example_page.page
    page.click("li.event[data-id='biden-call'] button.chip[data-actor='joe-biden']")
    assert example_page.shown() == ["biden-call"]


def test_selecting_an_event_shows_details_and_highlights_its_actors(example_page):
    page = example_page.page
    page.click("li.event[data-id='iris-t-first'] button.summary")
    details = page.locator("li.event[data-id='iris-t-first'] .details")
    assert details.is_visible()
    text = details.inner_text()
    assert "Berlin handed Kyiv the first of four IRIS-T systems on Tuesday." in text
    assert "Allies weigh more air defence for Ukraine in Brussels" in text
    assert "Top US general wants a joined-up missile shield for Ukraine" in text
    assert details.locator("mark").all_inner_texts() == ["on Tuesday", "Monday"]
    assert sorted(page.evaluate("window.timelineGraph.getSelectedNodes()")) == IRIS_ACTORS
    lines = page.evaluate("""window.timelineGraph.getSelectedEdges().map(id => {
        const e = window.timelineGraph.body.data.edges.get(id); return [e.from, e.to].sort().join('+'); })""")
    assert sorted(lines) == ["christine-lambrecht+germany", "christine-lambrecht+ukraine",
                             "germany+ukraine"]
    page.click("li.event[data-id='iris-t-first'] button.summary")
    assert not details.is_visible()
    assert page.evaluate("window.timelineGraph.getSelectedNodes()") == []


def test_articles_show_how_their_date_was_found(example_page):
    text = example_page.page.inner_text("section.articles")
    assert "Published 12 Oct 2022 (date from the article)" in text
    assert "Published 12 Oct 2022 (date inferred)" in text


def test_graph_tooltip_lists_events_as_text(example_page):
    page = example_page.page
    point = node_point(page, "germany")
    page.mouse.move(point["x"], point["y"])
    page.wait_for_selector("div.vis-tooltip", state="visible")
    tip = [line for line in page.inner_text("div.vis-tooltip").splitlines() if line]
    assert tip[:3] == ["Germany", "Country", "In 2 events:"]
    assert "10 or 11 Oct 2022: Germany hands over the first of four IRIS-T air defence systems " \
           "to Ukraine" in tip


def test_print_view_is_a_clean_handout(example_page):
    page = example_page.page
    page.emulate_media(media="print")
    hidden = page.evaluate("""['.controls', '.side', '.downloads'].map(
        s => getComputedStyle(document.querySelector(s)).display)""")
    assert hidden == ["none", "none", "none"]
    text = example_page.text()
    assert "Sources disagree on the date: DW: 11 Oct · CNN: 10 Oct" in text
    assert "Sources: DW, CNN" in text
    assert "Search" not in text


def test_narrow_screen_puts_the_graph_below(visit, sites):
    narrow = visit(sites("example"), width=420, height=900)
    tops = narrow.page.evaluate("""[document.querySelector('main').getBoundingClientRect().top,
        document.querySelector('.side').getBoundingClientRect().top]""")
    assert tops[1] > tops[0]
    assert narrow.errors == []


def test_a_timeline_without_events_says_so(visit, tmp_path, timelines):
    empty = dataclasses.replace(timelines.example_timeline(), entries=())
    write_page(empty, tmp_path / "empty")
    site = visit(tmp_path / "empty")
    assert site.page.inner_text("#events") == "No dated events were found in these articles."
    assert "No people or groups were found in these events." in site.page.inner_text("#graph")
    assert site.errors == []
