"""axe-core (vendored in tests/browser/vendor, never in the page) finds no accessibility
violation in the page as loaded, with details and an edit form open, and collapsed parts
opened."""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"


def violations(page) -> list[str]:
    """axe's violations on the page: "rule-id: target, target" each."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Through the DevTools protocol, which the page's policy does not govern.
        page.evaluate(AXE.read_text(encoding="utf-8"))
    found = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
    }""")
    return found


def test_example_page_as_loaded(visit, sites):
    site = visit(sites("example"))
    assert violations(site.page) == []


def test_details_and_the_edit_form_open(visit, sites):
    site = visit(sites("example"))
    page = site.page
    page.click("li.event[data-id='iris-t-first'] button.summary")
    page.click("li.event[data-id='iris-t-first'] [data-edit=open]")
    page.click("li.event[data-id='brussels-meeting'] button.summary")
    page.click("li.event[data-id='brussels-meeting'] [data-edit=key]")
    assert violations(page) == []


def test_background_crowded_day_and_hidden_events(visit, sites):
    site = visit(sites("teaching"))
    page = site.page
    page.click("button.era-toggle")
    page.click("button.more-toggle")
    page.click("li.event[data-id='crowded-2'] button.summary")
    page.click("li.event[data-id='crowded-2'] [data-edit=hide]")
    page.click("#show-hidden")
    page.focus("#axis")
    page.keyboard.press("ArrowRight")
    assert violations(page) == []


def test_payload_page(visit, sites):
    assert violations(visit(sites("xss")).page) == []
