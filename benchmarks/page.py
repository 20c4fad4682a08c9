"""Page benchmark: a 2,500-event page and a 300-actor graph in headless chromium.

Usage:  .venv/bin/python benchmarks/page.py [--events 2500] [--actors 300] [--runs 3]

Builds a generated timeline (tests/fixtures/output/timelines.py: actors in clusters, 1–4
per event) with ``write_page`` and opens it in Debian's chromium with the network blocked,
``--runs`` times per variant, printing medians. Needs no shared data. Each figure stands
beside a baseline measured in the same run:

Page (ms after navigation start):
- **lazy** (the default): the first 150 rows at once, the rest in idle moments;
- **eager** (baseline): every row rendered before the page is shown.
  Columns: first rows in the DOM, load event, all rows in the DOM, and search: typing
  "council meets" a key at a time, the median and worst keystroke (filter the array,
  render the first rows, lay out, and redraw the time axis in the next frame; measured
  in the page); axis draw: drawing the whole timeline on the time axis, fitted.

Graph (ms from creating the vis network):
- **settle** (the default): forceAtlas2 from our community layout, stabilized before the
  first draw, then physics switched off;
- **physics on** (baseline): no stabilization, physics left running; time until
  vis reports the nodes at rest ("stabilized"), capped at ``--cap`` seconds (30);
- **pyvis defaults** (baseline): pyvis's own options (barnesHut, 1,000 stabilization
  iterations, vis's improved initial layout, dynamic smooth edges).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import output.graph as graph_module  # noqa: E402
from output.page import write_page  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
CAP_MS = 30000
QUERY = "council meets"


def _fixtures():
    path = REPO / "tests" / "fixtures" / "output" / "timelines.py"
    spec = importlib.util.spec_from_file_location("output_fixture_timelines", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pyvis_defaults(settle: bool = True, crowded: bool = False) -> dict:
    from pyvis.network import Network
    options = json.loads(Network().options.to_json())
    options.pop("configure", None)
    options["nodes"] = {"scaling": {"label": {}}}  # graph_view sets label scaling here
    return options


def _open(browser, index: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(
        ("file:", "data:", "about:", "blob:")) else r.abort())
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(index.as_uri(), wait_until="load")
    return page, errors


def measure_page(browser, index: Path) -> dict:
    """First rows, load event and all rows (ms after navigation start), and search: the
    median and worst keystroke of typing QUERY (filter, render, layout; ms)."""
    page, errors = _open(browser, index)
    page.wait_for_selector("#events[data-complete=true]", timeout=60000)
    stats = page.evaluate("window.timelineApp.stats")
    load = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
    search = page.evaluate("""async (query) => {
        // Type the query a key at a time; each step filters, renders and lays out, and
        // the time axis (where the page has one) redraws in the next frame: its drawing
        // time is added.
        const times = [];
        const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
        for (let i = 1; i <= query.length; i++) {
            const t = performance.now();
            window.timelineApp.setQuery(query.slice(0, i));
            document.body.offsetHeight;
            let ms = performance.now() - t;
            if (window.timelineAxis) {
                await frame();
                ms += window.timelineAxis.lastDraw;
            }
            times.push(ms);
        }
        const shown = window.timelineApp.shownIds().length;
        let axis = null;
        if (window.timelineAxis) {   // the whole timeline on the axis, fitted
            window.timelineApp.setQuery('');
            window.timelineAxis.fit();
            await frame();
            axis = window.timelineAxis.lastDraw;
        }
        return {times: times, shown: shown, axis: axis};
    }""", QUERY)
    page.close()
    if errors:
        raise SystemExit(f"page error: {errors[0]}")
    times = sorted(search["times"])
    return {"first": stats["start"] + stats["firstRender"], "load": load,
            "all": stats["start"] + stats["allRendered"], "search": statistics.median(times),
            "search_max": times[-1], "matches": search["shown"], "axis": search["axis"]}


def measure_graph(browser, index: Path, settle: bool) -> float:
    """Milliseconds from creating the network until it settled (or was at rest)."""
    page, errors = _open(browser, index)
    key = "graphSettled" if settle else "graphStabilized"
    try:
        page.wait_for_function(f"() => window.timelineApp && window.timelineApp.stats.{key} !== undefined",
                               timeout=CAP_MS)
        ms = page.evaluate(f"window.timelineApp.stats.{key}")
    except Exception:  # noqa: BLE001 - the cap is the answer
        ms = float("inf")
    page.close()
    if errors:
        raise SystemExit(f"page error: {errors[0]}")
    return ms


def _median(values):
    return statistics.median(values)


def _fmt(ms: float) -> str:
    return f">{CAP_MS / 1000:.0f} s" if ms == float("inf") else f"{ms:8.0f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=2500)
    ap.add_argument("--actors", type=int, default=300)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cap", type=float, default=30, help="seconds to wait for a graph")
    args = ap.parse_args()
    global CAP_MS
    CAP_MS = args.cap * 1000
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sys.exit("playwright is not installed (pip install -e '.[test]')")
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        sys.exit("no chromium: apt-get install chromium")

    timeline = _fixtures().large_timeline(args.events, args.actors)
    work = Path(tempfile.mkdtemp(prefix="page-bench-"))
    t0 = time.perf_counter()
    lazy = write_page(timeline, work / "lazy")
    build_s = time.perf_counter() - t0
    eager = write_page(timeline, work / "eager", first_chunk=args.events + 1)
    physics_on = write_page(timeline, work / "physics-on", settle=False)
    real_options = graph_module.vis_options
    graph_module.vis_options = _pyvis_defaults
    try:
        pyvis_default = write_page(timeline, work / "pyvis-default")
    finally:
        graph_module.vis_options = real_options
    size_kib = lazy.stat().st_size // 1024
    n_nodes = len({a for e in timeline.entries for a in e.actors})

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        pages = {name: [measure_page(browser, index) for _ in range(args.runs)]
                 for name, index in (("lazy", lazy), ("eager (baseline)", eager))}
        graphs = {
            "settle, physics off": [measure_graph(browser, lazy, True) for _ in range(args.runs)],
            "physics on (baseline)": [measure_graph(browser, physics_on, False)
                                      for _ in range(args.runs)],
            "pyvis defaults (baseline)": [measure_graph(browser, pyvis_default, True)
                                          for _ in range(args.runs)],
        }
        browser.close()
    shutil.rmtree(work, ignore_errors=True)

    print(f"page: {args.events} events, {n_nodes} actors, index.html {size_kib} KiB, "
          f"write_page {build_s:.2f} s; medians of {args.runs} runs, ms after navigation start")
    print(f"{'variant':<27}{'first rows':>11}{'load':>8}{'all rows':>10}"
          f"{'key median':>12}{'key worst':>11}{'axis draw':>11}")
    for name, runs in pages.items():
        row = {k: _median([r[k] for r in runs])
               for k in ("first", "load", "all", "search", "search_max")}
        axis = [r["axis"] for r in runs if r["axis"] is not None]
        axis_text = f"{_median(axis):11.1f}" if axis else f"{'-':>11}"
        print(f"{name:<27}{row['first']:11.0f}{row['load']:8.0f}"
              f"{row['all']:10.0f}{row['search']:12.1f}{row['search_max']:11.1f}{axis_text}")
    print(f"(search: typing {QUERY!r} a key at a time; it ends with "
          f"{pages['lazy'][0]['matches']} matching events)")
    print(f"graph: {n_nodes} actors, ms from creating the network until settled (target < 3000)")
    for name, runs in graphs.items():
        print(f"{name:<27}{_fmt(_median(runs))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
