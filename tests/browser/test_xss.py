"""Markup from articles shows as text and never runs: in the list, details, lists and graph."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def xss_page(shared_site):
    """The payload page, shared by the module's tests (so payloads accumulate) and reset."""
    return shared_site("xss")


def pwned(page) -> bool:
    return page.evaluate("window.__pwned !== undefined")


def test_payloads_show_as_text(xss_page, timelines):
    page = xss_page.page
    text = xss_page.text()
    assert f"Mallory posts {timelines.IMG} on the ministry site" in text
    assert f"Ukraine answers {timelines.SCRIPT} with {{{{ 7*7 }}}}" in text
    assert f"{timelines.IMG} Mallory" in text                # actor chip and who's who
    assert f"Title {timelines.IMG} and {timelines.SCRIPT}" in text   # article list
    assert page.evaluate("document.querySelectorAll('img, b').length") == 0
    assert not pwned(page)
    assert xss_page.errors == []


def test_no_link_to_a_script_url(xss_page):
    links = xss_page.page.evaluate(
        "Array.from(document.links).map(a => [a.href, a.hasAttribute('download')])")
    assert not [h for h, download in links if not h.startswith(("file:", "https:"))
                and not (download and h.startswith("data:application/"))
                and not (download and h.startswith("data:text/"))]
    assert not [h for h, _ in links if h.lower().startswith("javascript:")]


def test_opening_details_runs_nothing(xss_page, timelines):
    page = xss_page.page
    page.click("li.event[data-id='xss-one'] button.summary")
    details = page.locator("li.event[data-id='xss-one'] .details").inner_text()
    assert f"On Tuesday Mallory wrote {timelines.SCRIPT} and {timelines.IMG}." in details
    assert page.inner_text("li.event[data-id='xss-one'] figcaption q") == f"on Tuesday {timelines.IMG}"
    page.click("li.event[data-id='xss-two'] button.summary")
    marks = page.locator("li.event[data-id='xss-two'] mark").all_inner_texts()
    assert marks == ["on Wednesday", "Wednesday"]
    assert page.evaluate("document.querySelectorAll('img, b, #events script').length") == 0
    assert not pwned(page)


def test_filters_and_lists_run_nothing(xss_page):
    page = xss_page.page
    page.select_option("#actor-filter", "evil-person")
    assert xss_page.shown() == ["xss-one", "xss-two"]
    page.click(".whos-who button[data-actor='evil-org']")
    assert xss_page.shown() == ["xss-one"]
    assert "Only events involving Org <script>window.__pwned=1</script>." in \
        page.inner_text("#filter-note")
    page.fill("#search", "answers <script>")
    assert xss_page.shown() == []
    page.select_option("#actor-filter", "")
    assert xss_page.shown() == ["xss-two"]
    assert not pwned(page)


def test_graph_labels_and_tooltips_are_text(xss_page, timelines):
    page = xss_page.page
    labels = page.evaluate("window.timelineGraph.body.data.nodes.map(n => n.label)")
    assert f"{timelines.IMG} Mallory" in labels
    page.locator("#graph").scroll_into_view_if_needed()  # an earlier test may have scrolled away
    for node in ("evil-person", "evil-org"):
        point = page.evaluate("""(id) => {
            const net = window.timelineGraph;
            const p = net.canvasToDOM(net.getPositions([id])[id]);
            const box = document.getElementById('graph').getBoundingClientRect();
            return {x: box.left + p.x, y: box.top + p.y};
        }""", node)
        page.mouse.move(point["x"], point["y"])
        page.wait_for_selector("div.vis-tooltip", state="visible")
        tip = page.inner_text("div.vis-tooltip")
        assert "<script>window.__pwned=1</script>" in tip
        assert page.evaluate("document.querySelectorAll('div.vis-tooltip img, div.vis-tooltip script').length") == 0
        page.mouse.move(1, 1)
    assert not pwned(page)
    assert xss_page.errors == []
