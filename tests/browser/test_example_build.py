"""The real example: ``timeline build examples -o DIR`` with the CLI, then the page."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    pytest.importorskip("timeline.build")
    from click.testing import CliRunner

    from timeline.cli import main

    out = tmp_path_factory.mktemp("example") / "site"
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(out / "index.html")
    return out


def test_example_page_works_offline(visit, built):
    site = visit(built)
    assert site.errors == []
    assert site.external == []
    data = json.loads((built / "events.json").read_text())
    assert data["schema"] == "timeline/1"
    text = site.text()
    missing = [e["summary"] for e in data["events"] if e["summary"] not in text]
    assert missing == []
    actors = sorted({a for e in data["events"] for a in e["actors"]})
    assert site.page.evaluate("window.timelineGraph.body.data.nodes.getIds().sort()") == actors
    conflicts = [e for e in data["events"] if e["conflict"]]
    assert site.page.locator(".conflict").count() == len(conflicts)
