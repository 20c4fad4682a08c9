#!/usr/bin/env python3
"""Screenshot a built timeline page in headless Debian chromium, the network blocked.

Usage:
    python tools/screenshot.py OUT_DIR PNG [--width 1400] [--height 1000] [--print]
                               [--full-page] [--select EVENT_ID] [--actor ACTOR_ID]
                               [--query WORDS] [--graph] [--axis] [--hash HASH]
                               [--axis-view FROM TO]

OUT_DIR is a folder made by ``timeline build`` (it holds index.html). ``--print`` shows
the print stylesheet; ``--select`` opens an event's details; ``--actor``/``--query``
filter first; ``--graph`` shoots only the graph panel, ``--axis`` only the time axis;
``--hash`` opens the page at ``index.html#HASH`` (a shared link: ``event=ID``, ``q=WORDS``);
``--axis-view 2022-09-20 2022-12-20`` zooms the time axis to those days. Needs the ``playwright`` package and
``/usr/bin/chromium`` (never ``playwright install``).
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("png", type=Path)
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=1000)
    ap.add_argument("--print", dest="print_", action="store_true")
    ap.add_argument("--full-page", action="store_true")
    ap.add_argument("--select")
    ap.add_argument("--actor")
    ap.add_argument("--query")
    ap.add_argument("--graph", action="store_true")
    ap.add_argument("--axis", action="store_true")
    ap.add_argument("--hash", default="")
    ap.add_argument("--axis-view", nargs=2, metavar=("FROM", "TO"))
    args = ap.parse_args()
    index = args.out.resolve() / "index.html"
    if not index.is_file():
        print(f"{index}: no such file (build the timeline first)", file=sys.stderr)
        return 1
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": args.height})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(
            ("file:", "data:", "about:", "blob:")) else r.abort())
        page.goto(index.as_uri() + (f"#{args.hash}" if args.hash else ""), wait_until="load")
        page.wait_for_function("() => window.timelineApp !== undefined")
        page.wait_for_selector("#graph[data-settled=true]", timeout=15000)
        if args.actor:
            page.evaluate("id => window.timelineApp.setActor(id)", args.actor)
        if args.query:
            page.fill("#search", args.query)
        if args.select:
            page.evaluate("id => window.timelineApp.select(id)", args.select)
            page.locator(f"li.event[data-id='{args.select}']").scroll_into_view_if_needed()
        if args.axis_view:
            page.evaluate("""([a, b]) => {
                const day = iso => Date.parse(iso + 'T00:00:00Z') / 86400000;
                window.timelineAxis.setView(day(a), day(b) + 1);
            }""", args.axis_view)
        if args.print_:
            page.emulate_media(media="print")
            page.evaluate("window.timelineApp.renderAll()")
        page.wait_for_timeout(300)
        if args.graph or args.axis:
            page.locator(".graph-panel" if args.graph else ".axis-panel").screenshot(
                path=str(args.png))
        else:
            page.screenshot(path=str(args.png), full_page=args.full_page)
        browser.close()
    print(args.png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
