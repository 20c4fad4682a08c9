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


def _private_names(path: Path) -> set[str]:
    """Names starting with "_" that ``path`` imports from, or reads off, a module of events."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    events_aliases = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("events"):
            found.update(f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_"))
            events_aliases.update(a.asname or a.name for a in node.names)
        elif isinstance(node, ast.Import):
            events_aliases.update((a.asname or a.name).split(".")[0] for a in node.names
                                  if a.name.startswith("events"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and \
                not node.attr.startswith("__"):
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in events_aliases:
                found.add(ast.unparse(node))
    return found


OUTSIDE_EVENTS = sorted(m for m in MODULES if not m.startswith("events/"))


@pytest.mark.parametrize("module", OUTSIDE_EVENTS)
def test_nothing_outside_events_uses_a_private_name_of_events(module):
    assert not _private_names(ROOT / module), module


#: The stage packages of events, each with a small face.
FACED = ("events/ingest", "events/dating", "events/temporal", "events/actors",
         "events/extract", "events/text")


@pytest.mark.parametrize("package", FACED)
def test_every_stage_package_has_a_face(package):
    tree = ast.parse((ROOT / package / "__init__.py").read_text(encoding="utf-8"))
    names = [n for n in tree.body if isinstance(n, ast.Assign)
             and any(getattr(t, "id", "") == "__all__" for t in n.targets)]
    assert names, f"{package}/__init__.py has no __all__"


def _behind_a_face(path: Path) -> set[str]:
    """The modules behind a stage package's face that ``path`` imports by name."""
    stages = {p.replace("/", ".") for p in FACED}
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
            [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
        found.update(n for n in names if any(n.startswith(s + ".") for s in stages))
    return found


@pytest.mark.parametrize("module", OUTSIDE_EVENTS)
def test_timeline_and_output_use_only_the_faces_of_the_stages(module):
    """``timeline`` and ``output`` import a stage of events through its face
    (``from events.dating import ...``), never a module behind it."""
    assert not _behind_a_face(ROOT / module), module


def _module_imports(path: Path, modules: set[str]) -> set[str]:
    """The events modules ``path`` imports at module level (function-local ones aside);
    ``from events.x import y`` of a submodule y counts as importing ``events.x.y``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("events"):
            subs = {f"{node.module}.{a.name}" for a in node.names} & modules
            out.update(subs or {node.module})
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("events"))
    return out


def test_events_has_no_import_cycle():
    paths = {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): p
             for p in (ROOT / "events").rglob("*.py")}
    graph = {name: {m for m in _module_imports(path, set(paths)) if m != name}
             for name, path in paths.items()}
    seen, stack = set(), []

    def visit(node):
        if node in stack:
            raise AssertionError("import cycle: " + " -> ".join(stack[stack.index(node):] + [node]))
        if node in seen or node not in graph:
            return
        stack.append(node)
        for nxt in sorted(graph[node]):
            # importing a submodule runs its package's face first
            for part in _parents(nxt):
                if part != node and not node.startswith(part + ".") and part in graph:
                    visit(part)
            visit(nxt)
        stack.pop()
        seen.add(node)

    for node in sorted(graph):
        visit(node)


def _parents(module: str) -> list[str]:
    parts = module.split(".")
    return [".".join(parts[:i]) for i in range(2, len(parts))]


def _silent_local_imports(path: Path) -> list[int]:
    """Lines of function-local imports with no comment saying why (on the line or above)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    out = []
    for node in ast.walk(ast.parse("\n".join(lines))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found = sorted((s.lineno for s in ast.walk(node)
                            if isinstance(s, (ast.Import, ast.ImportFrom))))
            for n, line in enumerate(found):
                if n and found[n - 1] == line - 1:
                    continue  # one comment serves a run of imports
                if "#" not in lines[line - 1] and not lines[line - 2].strip().startswith("#"):
                    out.append(line)
    return out


@pytest.mark.parametrize("module", MODULES)
def test_a_function_local_import_says_why(module):
    assert not _silent_local_imports(ROOT / module), module


def test_the_cli_is_the_face_over_output():
    assert "output" in _imported(ROOT / "timeline/cli.py")
