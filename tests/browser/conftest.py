"""One headless chromium for all browser tests, and the pages they open.

Playwright drives Debian's chromium (``/usr/bin/chromium``); ``playwright install`` is
never run. Every request that is not file:, data:, blob: or about: is aborted and
recorded, and console errors are collected; so are the page's Content-Security-Policy
violations (``Visit.violations``). Without chromium or playwright the tests skip locally
and fail in CI (``CI=true``).
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from output.page import write_page

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
LOCAL = ("file:", "data:", "blob:", "about:")

#: Run before the page's own scripts (through the DevTools protocol, so the page's policy
#: doesn't apply to it): record every policy violation.
WATCH_CSP = """window.__violations = [];
document.addEventListener('securitypolicyviolation', e => window.__violations.push(
    {directive: e.effectiveDirective, blocked: e.blockedURI}));"""


def _unavailable(reason: str):
    if os.environ.get("CI", "").lower() in ("true", "1"):
        pytest.fail(f"browser tests can't run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    """A headless chromium shared by the whole session."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    path = shutil.which("chromium") or CHROMIUM
    if not Path(path).exists():
        _unavailable("no chromium (apt-get install chromium)")
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=path, args=ARGS)
        yield instance
        instance.close()


@dataclass
class Visit:
    """An open page, with the requests it tried to make outside the file and its errors."""

    page: object
    external: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    def shown(self) -> list[str]:
        """The ids of the events the list currently shows (rendered or still to render)."""
        return self.page.evaluate("window.timelineApp.shownIds()")

    def text(self) -> str:
        """The page's visible text."""
        return self.page.evaluate("document.body.innerText")

    def violations(self) -> list[dict]:
        """The Content-Security-Policy violations so far: [{"directive", "blocked"}]."""
        return self.page.evaluate("window.__violations")


def open_site(browser, folder: Path, width: int = 1400, height: int = 1000, hash: str = ""):
    """Open ``folder/index.html`` (with ``#hash`` if given) in a new browser context;
    return (Visit, context)."""
    context = browser.new_context(viewport={"width": width, "height": height})
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    result = Visit(page)

    def route(r):
        if r.request.url.startswith(LOCAL):
            r.continue_()
        else:
            result.external.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("console", lambda m: result.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: result.errors.append(f"pageerror: {e}"))
    page.on("dialog", lambda d: (result.errors.append(f"dialog: {d.message}"), d.dismiss()))
    page.goto((folder / "index.html").as_uri() + (f"#{hash}" if hash else ""), wait_until="load")
    page.wait_for_function("() => window.timelineApp !== undefined")
    page.wait_for_selector("#graph[data-settled=true]", state="attached", timeout=20000)
    return result, context


def reset(site: Visit) -> Visit:
    """Put a shared page back as loaded: no search, no filter, nothing selected, screen media."""
    site.page.emulate_media(media="screen")
    site.page.mouse.move(1, 1)
    site.page.evaluate("window.timelineApp.clear(); window.timelineApp.select(null); "
                       "window.timelineApp.edits.clear()")
    return site


@pytest.fixture
def visit(browser):
    """Open a built folder's index.html for one test: ``visit(folder, width=, height=,
    hash=)``."""
    opened = []

    def open_(folder: Path, width: int = 1400, height: int = 1000, hash: str = "") -> Visit:
        site, context = open_site(browser, folder, width, height, hash)
        opened.append(context)
        return site

    yield open_
    for context in opened:
        context.close()


@pytest.fixture(scope="module")
def shared_site(browser, sites):
    """One page per site for a whole test module: ``shared_site(name)``, reset before use."""
    opened: dict[str, tuple] = {}

    def get(name: str) -> Visit:
        if name not in opened:
            opened[name] = open_site(browser, sites(name))
        return reset(opened[name][0])

    yield get
    for _, context in opened.values():
        context.close()


@pytest.fixture(scope="session")
def sites(tmp_path_factory, timelines):
    """Built pages: ``sites("example" | "xss" | "teaching" | "large")`` -> the folder,
    built once."""
    built: dict[str, Path] = {}

    def site(name: str) -> Path:
        if name not in built:
            folder = tmp_path_factory.mktemp("site") / name
            # the teaching fixture is small, but must show how crowded days collapse
            settings = {"collapse_from": 0} if name == "teaching" else {}
            write_page(getattr(timelines, f"{name}_timeline")(), folder, **settings)
            built[name] = folder
        return built[name]

    return site
