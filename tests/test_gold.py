"""Golden files: the example's events.json, handout.md and index.html, built afresh and
compared with tests/gold/example/, in the way coverage.py's tests/gold/ are.

What may vary between machines is scrubbed on both sides before comparing (:data:`SCRUBS`):
the folder the repository sits in, and the vendored libraries inlined in the page (long
script and style blocks, which change with their version, not with our code).

When a change of output is intended, rebuild the golden files with ``make regold`` (the
same test with ``TIMELINE_REGOLD=1``), read the diff (``git diff tests/gold``), and say in
the commit why the output changed.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from events.options import Options
from output.page import write_page
from timeline.build import build_timeline

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold" / "example"
EXAMPLES = REPO / "examples"

#: The files compared.
FILES = ("events.json", "handout.md", "index.html")

#: A script or style block longer than this is a vendored library.
VENDORED_CHARS = 60_000

def _vendored(m: re.Match) -> str:
    body = m.group(3)
    return m.group(0) if len(body) < VENDORED_CHARS else f"{m.group(1)}[vendored library]{m.group(4)}"


#: (name, pattern, replacement): what may vary, blanked on both sides.
SCRUBS = (
    ("repo-folder", re.escape(str(REPO)) + r"/?", "REPO/"),
    ("vendored-block", r"(<(script|style)\b[^>]*>)(.*?)(</\2>)", _vendored),
)

_SCRUBS = tuple((name, re.compile(p, re.S), r) for name, p, r in SCRUBS)


def scrub(text: str) -> str:
    """``text`` with every :data:`SCRUBS` pattern replaced."""
    for _name, pattern, replacement in _SCRUBS:
        text = pattern.sub(replacement, text)
    return text


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("gold") / "example"
    write_page(build_timeline([str(EXAMPLES)], Options()), out)
    return out


@pytest.mark.parametrize("name", FILES)
def test_the_example_matches_its_golden_file(built, name):
    actual = scrub((built / name).read_text(encoding="utf-8"))
    gold = GOLD / name
    if os.environ.get("TIMELINE_REGOLD"):
        gold.parent.mkdir(parents=True, exist_ok=True)
        gold.write_text(actual, encoding="utf-8")
    assert gold.is_file(), f"{gold} is missing: run 'make regold'"
    expected = gold.read_text(encoding="utf-8")
    assert actual == expected, f"{name} differs from {gold}: if intended, run 'make regold'"


@pytest.mark.parametrize("name, text, expected", [
    ("repo-folder", f"{REPO}/examples/a.txt", "REPO/examples/a.txt"),
    ("vendored-block", "<script>" + "x" * VENDORED_CHARS + "</script>",
     "<script>[vendored library]</script>"),
    ("vendored-block", "<script>short()</script>", "<script>short()</script>"),
])
def test_scrub(name, text, expected):
    assert name in {n for n, _, _ in SCRUBS}
    assert scrub(text) == expected
