"""timelinejs.json in TimelineJS itself (vendored from npm, tests/browser/vendor/timelinejs),
offline: the dates in order and at their interval, and no script run from article text.

TimelineJS fetches the JSON by URL, as it does on a web site; every request is answered
from local files by Playwright's router (``http://timeline.test/...``), and any other is
aborted and recorded, so nothing reaches the network.
"""
from __future__ import annotations

import dataclasses
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from events.temporal.interval import interval_of
from output.exports import render_exports

pytestmark = pytest.mark.browser

VENDOR = Path(__file__).parent / "vendor" / "timelinejs"
HOST = "http://timeline.test/"

HARNESS = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS check</title>
<link rel="stylesheet" href="css/timeline.css">
<script src="js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width: 1200px; height: 650px"></div>
<script>
  window.tlLoaded = false;
  window.timeline = new TL.Timeline("timeline-embed", "timelinejs.json",
      {language: "en", font: null, script_path: "http://timeline.test/js/",
       hash_bookmark: false, ga_property_id: null, track_events: []});
  window.timeline.on("loaded", function () { window.tlLoaded = true; });
</script></body></html>
"""

TYPES = {".js": "application/javascript", ".css": "text/css", ".json": "application/json",
         ".html": "text/html", ".ttf": "font/ttf"}


def _payloads():
    name = "output_fixture_payloads"
    if name not in sys.modules:
        path = Path(__file__).parent.parent / "fixtures" / "output" / "payloads.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


class Opened:
    def __init__(self, page):
        self.page = page
        self.external: list[str] = []
        self.errors: list[str] = []

    def pwned(self) -> bool:
        return self.page.evaluate("window.__pwned !== undefined || window.parent.__pwned !== undefined")


@pytest.fixture
def timelinejs(browser):
    """Open a timeline's timelinejs.json in TimelineJS: ``timelinejs(timeline) -> Opened``."""
    contexts = []

    def open_(timeline) -> Opened:
        data = render_exports(timeline)["timelinejs.json"]
        files = {"index.html": HARNESS.encode(), "timelinejs.json": data,
                 "js/timeline.js": (VENDOR / "js" / "timeline.js").read_bytes(),
                 "css/timeline.css": (VENDOR / "css" / "timeline.css").read_bytes(),
                 "css/icons/tl-icons.ttf": (VENDOR / "css" / "icons" / "tl-icons.ttf").read_bytes()}
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page)

        def route(r):
            url = r.request.url
            name = url[len(HOST):].split("?")[0].split("#")[0] if url.startswith(HOST) else None
            if name in files:
                r.fulfill(status=200, body=files[name],
                          content_type=TYPES.get(Path(name).suffix, "application/octet-stream"))
            elif url.startswith(("data:", "about:", "blob:")):
                r.continue_()
            else:
                opened.external.append(url)
                r.abort()

        page.route("**/*", route)
        page.on("pageerror", lambda e: opened.errors.append(f"pageerror: {e}"))
        page.on("dialog", lambda d: (opened.errors.append(f"dialog: {d.message}"), d.dismiss()))
        page.goto(HOST + "index.html", wait_until="load")
        page.wait_for_function("window.tlLoaded === true", timeout=20000)
        return opened

    yield open_
    for context in contexts:
        context.close()


def _slide_order(page) -> list[str]:
    """The event ids in the order TimelineJS shows its slides (after its own sort)."""
    return page.evaluate("window.timeline.config.events.map(e => e.unique_id)")


def _marker_left(page) -> dict[str, float]:
    """Where each slide's marker sits on the time navigation, once TimelineJS has laid
    them out and its zoom animation has ended (two readings 200 ms apart agree; on a
    loaded machine the first reading can come before the markers are placed)."""
    last = _marker_left_now(page)
    for _ in range(50):
        page.wait_for_timeout(200)
        now = _marker_left_now(page)
        if now == last and len(set(now.values())) > 1:
            return now
        last = now
    return last


def _marker_left_now(page) -> dict[str, float]:
    return page.evaluate("""() => Object.fromEntries(
        window.timeline.config.events.map(e => {
            const m = document.getElementById(e.unique_id + '-marker');
            return [e.unique_id, m ? m.getBoundingClientRect().left : null];
        }))""")


def test_example_loads_with_the_dates_in_order(timelinejs, timelines):
    example = timelines.example_timeline()
    opened = timelinejs(example)
    page = opened.page
    shown = _slide_order(page)
    expected = [e["unique_id"] for e in json.loads(render_exports(example)["timelinejs.json"])["events"]]
    assert sorted(shown) == sorted(expected)
    starts = {e.id: e.when.start for e in example.entries}
    assert [starts[i] for i in shown] == sorted(starts[i] for i in shown)
    left = _marker_left(page)
    assert all(v is not None for v in left.values())
    in_order = sorted(left, key=lambda i: (starts[i], left[i]))
    assert [left[i] for i in in_order] == sorted(left.values())
    assert page.inner_text(".tl-slide-titleslide .tl-headline").strip() == example.title
    assert opened.external == [] and opened.errors == []


def test_coarse_dates_sit_at_their_interval_not_on_1_january(timelinejs, timelines):
    """A summer, a mid-decade and a year-end are placed where they fall: a day in March
    sorts before the summer, as it would not if the summer stood on 1 January."""
    example = timelines.example_timeline()
    base = example.entries[0]
    cases = {"march-day": ("2022-03-01", None), "summer": ("2022-SU", None),
             "late-year": ("2022", "END"), "may-day": ("2022-05-15", None),
             "mid-decade": ("202", "MID"), "early-2020": ("2020-02-01", None)}
    entries = tuple(dataclasses.replace(base, id=i, timex=v, when=interval_of(v, m),
                                        summary=f"Event {i}")
                    for i, (v, m) in cases.items())
    opened = timelinejs(dataclasses.replace(example, entries=entries))
    assert _slide_order(opened.page) == ["early-2020", "march-day", "may-day", "summer",
                                         "late-year", "mid-decade"]
    left = _marker_left(opened.page)
    assert left["march-day"] < left["may-day"] < left["summer"] < left["late-year"] < \
        left["mid-decade"]
    eras = opened.page.evaluate("window.timeline.config.eras.map(e => e.headline)")
    assert eras == ["Background", "The story"]     # 2020 is far before the articles
    assert opened.external == [] and opened.errors == []


def test_groups_are_labelled(timelinejs, timelines):
    opened = timelinejs(timelines.example_timeline())
    labels = opened.page.evaluate(
        "Array.from(document.querySelectorAll('.tl-timegroup-message')).map(e => e.innerText.trim())")
    assert set(labels) == {"Happened", "Planned", "Expected"}


def _visit_every_slide(page) -> None:
    count = page.evaluate("window.timeline.config.events.length")
    for n in range(count + 1):       # slide 0 is the title slide
        page.evaluate(f"window.timeline.goTo({n})")
    page.wait_for_timeout(300)


@pytest.mark.parametrize("corpus", ["xss", "payloads"])
def test_no_script_runs_from_article_text(timelinejs, timelines, corpus):
    timeline = (_payloads().payload_timeline() if corpus == "payloads"
                else timelines.xss_timeline())
    opened = timelinejs(timeline)
    page = opened.page
    _visit_every_slide(page)
    assert not opened.pwned()
    assert opened.errors == [] and opened.external == []
    planted = page.evaluate("""() => document.querySelectorAll(
        '#timeline-embed img, #timeline-embed svg:not(.tl-icon), #timeline-embed iframe, '
        + '#timeline-embed script, #timeline-embed object, #timeline-embed embed, '
        + '#timeline-embed video, #timeline-embed audio, #timeline-embed input, '
        + '#timeline-embed details, #timeline-embed marquee, #timeline-embed form, '
        + '#timeline-embed style').length""")
    assert planted == 0
    hrefs = page.evaluate("Array.from(document.querySelectorAll('#timeline-embed a[href]'))"
                          ".map(a => a.getAttribute('href'))")
    assert all(h.startswith(("https://", "#")) or h == "" for h in hrefs), hrefs
    # the payloads are shown as text, not removed: the escaping is what kept them inert
    text = page.inner_text("#timeline-embed")
    first = timeline.entries[0]
    assert " ".join(first.summary.split()) in " ".join(text.split())


def test_payload_corpus_covers_every_field(timelines):
    payloads = _payloads()
    assert len(payloads.PAYLOADS) >= 20
    timeline = payloads.payload_timeline()
    fields = {
        "title": [a.title for a in timeline.articles],
        "source": [a.source for a in timeline.articles],
        "summary": [e.summary for e in timeline.entries],
        "quote": [s.quote for e in timeline.entries for s in e.sources],
        "note": [e.note for e in timeline.entries],
    }
    for name, texts in fields.items():
        for payload in payloads.PAYLOADS:
            assert any(payload in t for t in texts), (name, payload)


def test_the_worked_example_built_from_its_articles_loads(timelinejs):
    """The real pipeline on examples/: every event shown, in date order, nothing fetched."""
    from events.options import Options
    from timeline.build import build_timeline

    root = Path(__file__).parent.parent.parent
    timeline = build_timeline([str(root / "examples")], Options())
    opened = timelinejs(timeline)
    shown = _slide_order(opened.page)
    starts = {e.id: e.when.start for e in timeline.entries}
    assert sorted(shown) == sorted(starts)
    assert [starts[i] for i in shown] == sorted(starts.values())
    assert opened.external == [] and opened.errors == []
