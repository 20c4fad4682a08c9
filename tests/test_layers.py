"""The design's one-way flow: events -> timeline -> output, with timeline/cli.py the one face
over all three. A module that imports against the flow fails here, named."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: For each package, the packages it must not import.
FORBIDDEN = {"events": {"timeline", "output"}, "timeline": {"output"}, "output": set()}

#: Modules allowed to import against the flow.
FACES = {"timeline/cli.py", "timeline/__main__.py"}


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


MODULES = sorted(p.relative_to(ROOT).as_posix() for pkg in FORBIDDEN for p in (ROOT / pkg).rglob("*.py"))


@pytest.mark.parametrize("module", MODULES)
def test_imports_follow_the_flow(module):
    if module in FACES:
        return
    package = module.split("/")[0]
    assert not (_imported(ROOT / module) & FORBIDDEN[package]), module


def test_the_cli_is_the_face_over_output():
    assert "output" in _imported(ROOT / "timeline/cli.py")
