"""The teacher's corrections in the page: hide, correct, mark as key, add a note, and
"Save my edits", which downloads edits.json in the timeline-edits/1 form."""
from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def site(visit, sites):
    """A fresh example page per test (edits live in the browser's storage)."""
    return visit(sites("example"))


def open_event(page, event_id: str):
    page.click(f"li.event[data-id='{event_id}'] button.summary")
    return page.locator(f"li.event[data-id='{event_id}']")


def save(page) -> dict:
    with page.expect_download() as info:
        page.click("#save-edits")
    download = info.value
    assert download.suggested_filename == "edits.json"
    return json.loads(open(download.path(), encoding="utf-8").read())


def test_edits_bar_is_hidden_until_something_changes(site):
    assert site.page.locator("#edits-bar").is_hidden()


def test_each_kind_of_edit_and_the_saved_file(site):
    page = site.page
    row = open_event(page, "brussels-meeting")
    row.locator("[data-edit=key]").click()
    assert row.locator(".badge-key").inner_text() == "KEY EVENT"

    row = open_event(page, "monday-strikes")
    row.locator("[data-edit=open]").click()
    row.locator("textarea[name=summary]").fill("Russian missiles kill at least 14 people")
    row.locator("input[name=start]").fill("2022-10-09")
    row.locator("input[name=end]").fill("2022-10-10")
    row.locator("textarea[name=note]").fill("Check the toll in later reports.")
    row.locator("button[type=submit]").click()
    row = page.locator("li.event[data-id='monday-strikes']")
    assert row.locator(".summary").inner_text() == "Russian missiles kill at least 14 people"
    assert row.locator(".when .date").inner_text() == "9–10 Oct 2022"
    assert row.locator("p.note").inner_text() == "Note: Check the toll in later reports."

    row = open_event(page, "biden-call")
    row.locator("[data-edit=hide]").click()
    assert "biden-call" not in site.shown()
    assert page.inner_text("#edits-count") == "You have changed 3 events."

    assert save(page) == {
        "schema": "timeline-edits/1",
        "events": {
            "biden-call": {"hidden": True},
            "brussels-meeting": {"key": True},
            "monday-strikes": {"summary": "Russian missiles kill at least 14 people",
                               "start": "2022-10-09", "end": "2022-10-10",
                               "note": "Check the toll in later reports."},
        },
    }
    assert site.errors == [] and site.external == []


def test_a_field_set_back_is_no_edit(site):
    page = site.page
    row = open_event(page, "ramstein-summit")
    row.locator("[data-edit=key]").click()
    page.locator("li.event[data-id='ramstein-summit'] [data-edit=key]").click()
    assert page.locator("#edits-bar").is_hidden()
    row = page.locator("li.event[data-id='ramstein-summit']")
    row.locator("[data-edit=open]").click()
    row.locator("button[type=submit]").click()      # nothing changed in the form
    assert page.locator("#edits-bar").is_hidden()


def test_an_end_before_the_start_is_refused(site):
    page = site.page
    row = open_event(page, "nasams-six-more")
    row.locator("[data-edit=open]").click()
    row.locator("input[name=start]").fill("2022-08-24")
    row.locator("input[name=end]").fill("2022-08-20")
    row.locator("button[type=submit]").click()
    assert row.locator(".edit-problem").inner_text() == "The end comes before the start."
    assert page.locator("#edits-bar").is_hidden()


def test_hidden_events_can_be_shown_and_restored(site):
    page = site.page
    open_event(page, "nuclear-session").locator("[data-edit=hide]").click()
    assert "nuclear-session" not in site.shown()
    page.click("#show-hidden")
    assert "nuclear-session" in site.shown()
    row = page.locator("li.event[data-id='nuclear-session']")
    assert row.locator(".badge-hidden").inner_text() == "HIDDEN"
    open_event(page, "nuclear-session").locator("[data-edit=hide]").click()
    assert page.locator("#edits-bar").is_hidden()


def test_edits_survive_a_reload_and_undo_asks_twice(site):
    page = site.page
    open_event(page, "weekend-strikes").locator("[data-edit=key]").click()
    page.reload()
    page.wait_for_function("() => window.timelineApp !== undefined")
    assert page.locator("li.event[data-id='weekend-strikes'] .badge-key").count() == 1
    page.click("#undo-edits")
    assert page.inner_text("#undo-edits") == "Click again to undo all your changes"
    assert page.locator("#edits-bar").is_visible()
    page.click("#undo-edits")
    assert page.locator("#edits-bar").is_hidden()
    assert page.locator("li.event[data-id='weekend-strikes'] .badge-key").count() == 0


def test_key_events_only(site):
    page = site.page
    open_event(page, "iris-t-first").locator("[data-edit=key]").click()
    page.check("#key-only")
    assert site.shown() == ["iris-t-first"]
    assert page.evaluate("location.hash") == "#key=1&event=iris-t-first"


def test_text_typed_into_an_edit_stays_text(site, timelines):
    page = site.page
    row = open_event(page, "nasams-first-two")
    row.locator("[data-edit=open]").click()
    row.locator("textarea[name=summary]").fill(f"Note {timelines.IMG}")
    row.locator("textarea[name=note]").fill(timelines.SCRIPT)
    row.locator("button[type=submit]").click()
    assert page.inner_text("li.event[data-id='nasams-first-two'] .summary") == f"Note {timelines.IMG}"
    assert page.evaluate("document.querySelectorAll('#events img, #events script').length") == 0
    assert page.evaluate("window.__pwned === undefined")
    assert save(page)["events"]["nasams-first-two"]["note"] == timelines.SCRIPT
