"""The time axis above the list: proportional time, granularity, zoom and pan by mouse,
touch and keyboard, and a click that scrolls the list to the event."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def example_page(shared_site):
    return shared_site("example")


def view(page) -> list[float]:
    return page.evaluate("window.timelineAxis.view.slice()")


def span(page) -> float:
    a, b = view(page)
    return b - a


def settle(page):
    """Wait for the axis to draw what its last change asked for (one animation frame)."""
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def fit(page):
    page.evaluate("window.timelineAxis.fit()")
    settle(page)


def mark(page, event_id: str):
    return page.locator(f"#axis g.ax-item[data-id='{event_id}'] .ax-mark")


def centre(page, locator) -> tuple[float, float]:
    box = locator.bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def test_every_event_has_its_mark_once_fitted(example_page, timelines):
    page = example_page.page
    fit(page)
    drawn = page.evaluate("Array.from(document.querySelectorAll('#axis g.ax-item')).map(g => g.dataset.id)")
    assert sorted(drawn) == sorted(e.id for e in timelines.example_entries())
    assert page.locator("#axis .ax-count").count() == 0


def test_time_is_proportional_and_granularity_shows(example_page):
    page = example_page.page
    fit(page)
    assert page.evaluate("document.querySelector(\"#axis g[data-id='brussels-meeting'] .ax-mark\").tagName") == "circle"
    assert page.evaluate("document.querySelector(\"#axis g[data-id='ramstein-summit'] .ax-mark\").tagName") == "rect"
    april = mark(page, "ramstein-summit").bounding_box()["width"]
    july = mark(page, "nasams-first-two").bounding_box()
    august = mark(page, "nasams-six-more").bounding_box()
    per_day = (august["x"] - july["x"]) / 54           # 1 July to 24 August
    assert april == pytest.approx(30 * per_day, rel=0.1)   # April is a band of 30 days


@pytest.mark.parametrize("event_id, classes", [
    ("nasams-arrive", {"ax-fuzzy", "ax-expected"}),     # late Nov - early Dec, approximate
    ("iris-t-first", {"ax-conflict"}),
    ("nuclear-session", {"ax-planned"}),
    ("monday-strikes", {"ax-happened"}),
])
def test_fuzzy_conflicting_and_planned_events_are_marked(example_page, event_id, classes):
    page = example_page.page
    fit(page)
    found = set(page.get_attribute(f"#axis g[data-id='{event_id}']", "class").split())
    assert classes <= found
    if "ax-conflict" in classes:
        assert page.text_content(f"#axis g[data-id='{event_id}'] .ax-warn") == "!"


def test_the_wheel_zooms_in_where_the_mouse_is(example_page):
    page = example_page.page
    fit(page)
    before = view(page)
    x, y = centre(page, mark(page, "brussels-meeting"))
    page.mouse.move(x, y)
    page.mouse.wheel(0, -400)
    settle(page)
    after = view(page)
    assert after[1] - after[0] < (before[1] - before[0]) * 0.7
    # the day under the mouse stays under it
    x2, _ = centre(page, mark(page, "brussels-meeting"))
    assert x2 == pytest.approx(x, abs=4)


def test_dragging_pans(example_page):
    page = example_page.page
    fit(page)
    page.evaluate("window.timelineAxis.zoom(0.3)")
    settle(page)
    before = view(page)
    box = page.locator("#axis").bounding_box()
    y = box["y"] + box["height"] - 20
    page.mouse.move(box["x"] + 600, y)
    page.mouse.down()
    page.mouse.move(box["x"] + 300, y, steps=5)
    page.mouse.up()
    settle(page)
    after = view(page)
    assert after[0] > before[0] + 10                      # dragged left: later dates come in
    assert after[1] - after[0] == pytest.approx(before[1] - before[0])


def test_pinching_zooms_on_touch(example_page):
    page = example_page.page
    fit(page)
    before = span(page)
    page.evaluate("""() => {
        const svg = document.querySelector('#axis svg');
        const box = svg.getBoundingClientRect();
        const y = box.top + 40;
        const fire = (type, id, x) => svg.dispatchEvent(new PointerEvent(type, {
            pointerId: id, pointerType: 'touch', clientX: box.left + x, clientY: y,
            bubbles: true, isPrimary: id === 1}));
        fire('pointerdown', 1, 500); fire('pointerdown', 2, 600);
        fire('pointermove', 1, 400); fire('pointermove', 2, 700);
        fire('pointerup', 1, 400); fire('pointerup', 2, 700);
    }""")
    settle(page)
    assert span(page) == pytest.approx(before / 3, rel=0.05)


def test_buttons_and_keys_zoom(example_page):
    page = example_page.page
    fit(page)
    full = span(page)
    page.click("#axis-in")
    settle(page)
    assert span(page) == pytest.approx(full * 0.6, rel=0.01)
    page.focus("#axis")
    page.keyboard.press("+")
    settle(page)
    assert span(page) == pytest.approx(full * 0.36, rel=0.01)
    page.keyboard.press("-")
    page.keyboard.press("PageDown")
    settle(page)
    assert span(page) == pytest.approx(full * 0.6, rel=0.01)
    page.keyboard.press("0")
    settle(page)
    assert span(page) == pytest.approx(full, rel=0.01)


def test_clicking_an_event_scrolls_the_list_to_it(example_page):
    page = example_page.page
    fit(page)
    page.evaluate("window.scrollTo(0, 0)")
    page.locator("#axis g.ax-item[data-id='iris-t-three-more']").click(position={"x": 30, "y": 6})
    row = page.locator("li.event[data-id='iris-t-three-more']")
    assert row.locator(".details").is_visible()
    box = row.bounding_box()
    height = page.viewport_size["height"]
    assert 0 <= box["y"] < height                         # scrolled into view
    assert page.evaluate("window.scrollY") > 0
    assert page.evaluate("location.hash") == "#event=iris-t-three-more"
    assert "ax-selected" in page.get_attribute("#axis g[data-id='iris-t-three-more']", "class")


def test_arrow_keys_walk_the_events_and_enter_opens_one(example_page, timelines):
    page = example_page.page
    fit(page)
    page.focus("#axis")
    page.keyboard.press("Home")
    page.keyboard.press("ArrowRight")
    second = timelines.example_entries()[1]
    assert page.inner_text("#axis-status").startswith("1 Jul 2022: " + second.summary)
    assert page.inner_text("#axis-status").endswith("(2 of 12)")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.closest('li.event').dataset.id") == second.id
    assert page.locator(f"li.event[data-id='{second.id}'] .details").is_visible()


def test_the_axis_shows_only_the_filtered_events(example_page):
    page = example_page.page
    page.fill("#search", "IRIS-T")
    settle(page)
    drawn = page.evaluate("Array.from(document.querySelectorAll('#axis g.ax-item')).map(g => g.dataset.id)")
    assert sorted(drawn) == ["iris-t-first", "iris-t-three-more"]


def test_a_crowded_stretch_is_counted_and_a_count_zooms_in(visit, sites):
    page = visit(sites("large")).page
    fit(page)
    counts = page.locator("#axis .ax-count")
    assert counts.count() > 0
    before = span(page)
    counts.first.click()
    settle(page)
    assert span(page) == pytest.approx(before * 0.35, rel=0.05)
