"""The page's Content-Security-Policy: nothing from the network, and only the scripts and
styles the build inlined. The page works under it, and what a bug might try is blocked."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def example_page(shared_site):
    return shared_site("example")


def test_the_page_runs_under_its_policy_without_a_violation(visit, sites):
    site = visit(sites("teaching"))
    page = site.page
    policy = page.get_attribute("meta[http-equiv='Content-Security-Policy']", "content")
    assert "default-src 'none'" in policy and "connect-src 'none'" in policy
    assert "img-src data:" in policy and "unsafe" not in policy
    # What the scripts do: the list, the axis, the graph, details, an edit.
    assert page.locator("li.event").count() > 10
    assert page.locator("#axis g.ax-item").count() > 10
    assert page.evaluate("document.querySelectorAll('#graph canvas').length") == 1
    page.click("li.event[data-id='iris-t-first'] button.summary")
    page.click("li.event[data-id='iris-t-first'] [data-edit=key]")
    assert page.locator("li.event[data-id='iris-t-first'] .badge-key").count() == 1
    assert site.violations() == []
    assert site.errors == [] and site.external == []


@pytest.mark.parametrize("attempt, directive", [
    ("fetch('https://example.org/track').catch(() => {})", "connect-src"),
    ("navigator.sendBeacon('https://example.org/beacon', 'x')", "connect-src"),
    ("const i = new Image(); i.src = 'https://example.org/pixel.png'; document.body.append(i)",
     "img-src"),
    ("const s = document.createElement('script'); s.src = 'https://example.org/x.js';"
     "document.body.append(s)", "script-src-elem"),
    ("const l = document.createElement('link'); l.rel = 'stylesheet';"
     "l.href = 'https://example.org/x.css'; document.head.append(l)", "style-src-elem"),
    ("const f = document.createElement('iframe'); f.src = 'https://example.org/';"
     "document.body.append(f)", "frame-src"),
])
def test_a_request_the_page_tries_is_blocked(example_page, attempt, directive):
    page = example_page.page
    before = len(example_page.violations())
    page.evaluate(f"() => {{ try {{ {attempt} }} catch (e) {{}} }}")
    page.wait_for_function(f"() => window.__violations.length > {before}")
    found = example_page.violations()[before:]
    assert [v["directive"] for v in found] == [directive]
    assert found[0]["blocked"].startswith("https://example.org")
    assert example_page.external == []          # blocked before it reached the network
    example_page.errors.clear()                 # the browser logs each refusal


def test_an_injected_inline_script_does_not_run(example_page):
    page = example_page.page
    page.evaluate("""() => {
        const s = document.createElement('script');
        s.textContent = 'window.__pwned = 1';
        document.body.append(s);
        const d = document.createElement('div');
        d.innerHTML = '<img src=x onerror="window.__pwned = 2">';
        document.body.append(d);
    }""")
    page.wait_for_function("() => window.__violations.length >= 2")
    assert page.evaluate("window.__pwned") is None
    example_page.errors.clear()
