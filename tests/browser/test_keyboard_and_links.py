"""Sharing a view by link (the URL hash), and getting around by keyboard: skip links,
Escape, the who's-who as the graph's keyboard path."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def example_page(shared_site):
    return shared_site("example")


def in_view(page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    return box is not None and 0 <= box["y"] < page.viewport_size["height"]


@pytest.mark.parametrize("hash, expected", [
    ("q=IRIS-T", ["iris-t-first", "iris-t-three-more"]),
    ("actor=lloyd-austin", ["brussels-meeting"]),
    ("q=missiles&actor=russia", ["weekend-strikes", "monday-strikes"]),
    ("q=zzz-nothing", []),
])
def test_a_link_opens_a_filtered_view(visit, sites, hash, expected):
    site = visit(sites("example"), hash=hash)
    assert site.shown() == expected
    assert site.page.evaluate("location.hash") == "#" + hash
    assert site.errors == []


def test_a_link_opens_one_event_with_its_details(visit, sites):
    site = visit(sites("example"), width=1000, height=600, hash="event=nasams-arrive")
    page = site.page
    assert page.locator("li.event[data-id='nasams-arrive'] .details").is_visible()
    assert in_view(page, "li.event[data-id='nasams-arrive']")
    assert len(site.shown()) == 12


@pytest.mark.parametrize("hash, event_id", [
    ("event=old-treaty", "old-treaty"),        # in the collapsed background
    ("event=crowded-1", "crowded-1"),          # the least salient of a crowded day
])
def test_a_link_opens_an_event_that_was_collapsed(visit, sites, hash, event_id):
    site = visit(sites("teaching"), width=1000, height=600, hash=hash)
    assert site.page.locator(f"li.event[data-id='{event_id}'] .details").is_visible()
    assert in_view(site.page, f"li.event[data-id='{event_id}']")


def test_filtering_and_opening_write_the_hash(example_page):
    page = example_page.page
    page.fill("#search", "IRIS-T")
    assert page.evaluate("location.hash") == "#q=IRIS-T"
    page.click("li.event[data-id='iris-t-first'] button.summary")
    assert page.evaluate("location.hash") == "#q=IRIS-T&event=iris-t-first"
    assert page.get_attribute("#view-link", "href") == "#q=IRIS-T&event=iris-t-first"
    assert page.get_attribute("li.event[data-id='iris-t-first'] a.event-link", "href") == \
        "#event=iris-t-first"


def test_following_an_event_link_inside_the_page(example_page):
    page = example_page.page
    page.evaluate("location.hash = 'event=biden-call'")
    page.wait_for_function("() => window.timelineApp.state().selected === 'biden-call'")
    assert page.locator("li.event[data-id='biden-call'] .details").is_visible()


def test_skip_links_come_first_and_move_focus(visit, sites):
    page = visit(sites("example")).page
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the list of events"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "timeline-list"
    page.focus(".skip-links a[href='#who']")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "who"
    page.focus(".skip-links a[href='#articles-title']")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "articles-title"


def test_escape_closes_details_and_returns_focus(example_page):
    page = example_page.page
    page.focus("li.event[data-id='ramstein-summit'] button.summary")
    page.keyboard.press("Enter")
    details = page.locator("li.event[data-id='ramstein-summit'] .details")
    assert details.is_visible()
    page.keyboard.press("Tab")              # into the details' own buttons
    page.keyboard.press("Escape")
    assert not details.is_visible()
    assert page.evaluate("document.activeElement.closest('li.event').dataset.id") == "ramstein-summit"
    assert page.evaluate("location.hash") == ""


def test_the_whos_who_is_the_graphs_keyboard_path(example_page):
    page = example_page.page
    page.focus(".whos-who button[data-actor='christine-lambrecht']")
    page.keyboard.press("Enter")
    assert example_page.shown() == ["iris-t-first", "iris-t-three-more"]
    item = page.locator(".whos-who li", has=page.locator("button[data-actor='christine-lambrecht']"))
    assert item.locator(".with").inner_text() == "With Germany (2), Ukraine (2)."


def test_the_graph_is_skipped_by_tab(example_page):
    page = example_page.page
    focusable = page.evaluate("document.querySelector('#graph').tabIndex")
    assert focusable < 0
    assert page.evaluate("document.querySelectorAll('#graph [tabindex]:not([tabindex=\"-1\"])').length") == 0


@pytest.mark.parametrize("name", ["events.csv", "handout.md", "calendar.ics", "events.json"])
def test_downloads_work_from_index_html_alone(visit, sites, tmp_path, name):
    """Sent on without its folder, the page still gives the small exports: they are in it."""
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "index.html").write_bytes((sites("example") / "index.html").read_bytes())
    page = visit(alone).page
    with page.expect_download() as info:
        page.click(f".downloads a[download='{name}']")
    download = info.value
    assert download.suggested_filename == name
    assert open(download.path(), "rb").read() == (sites("example") / name).read_bytes()
