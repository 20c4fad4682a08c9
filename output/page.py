"""index.html: the timeline and the actor graph on one self-contained page, and writing it.

:func:`write_page` is the one entry point the CLI calls. It renders everything in memory
first (the page and every export), then writes into a new hidden folder beside the target
and renames into place, so an existing output is never left half-written:

- a new ``out_dir`` appears whole, by one folder rename;
- an earlier build is swapped for the new one in one atomic step (Linux's
  ``renameat2(RENAME_EXCHANGE)``), other files the user put in the folder carried over;
  where that is not available, it is updated file by file with ``os.replace`` (atomic per
  file), ``index.html`` last. A failure before the swap (a full disk) leaves it exactly as
  it was.

It refuses to write into a folder that is not empty and holds no earlier build, so a
mistyped ``-o`` never mixes our files into someone's documents. Earlier builds are
recognised by their ``events.json``, whose ``"schema"`` starts with ``"timeline/"``.

The page carries a Content-Security-Policy (:func:`content_security_policy`): no network
at all, and only the scripts and styles this module inlines, each allowed by its SHA-256
hash, so a missed escape or a future bug can neither run injected code nor call out.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import shutil
from functools import cache
from importlib import resources
from pathlib import Path

import networkx as nx
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from events.errors import TimelineError
from output.exports import render_exports
from output.graph import actor_graph, vis_network_js
from output.view import page_context
from timeline.models import Timeline


class OutputError(TimelineError):
    """The output folder can't be written, or isn't ours to write into."""


@cache
def _environment() -> Environment:
    return Environment(loader=PackageLoader("output", "templates"), autoescape=True,
                       undefined=StrictUndefined, keep_trailing_newline=True,
                       trim_blocks=True, lstrip_blocks=True)


@cache
def _asset(name: str) -> Markup:
    """A package asset as trusted markup, checked so that it cannot end its own tag early."""
    text = (resources.files("output") / "assets" / name).read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower():
        raise OutputError(f"output/assets/{name}: can't be inlined (contains a closing tag)")
    return Markup(text)


#: The scripts inlined into the page, in the order they run (package assets but vis).
SCRIPTS = ("axis.js", "edits.js", "page.js")

#: The policy's fixed part; ``script-src`` and ``style-src`` are added with the hashes of
#: what the page inlines. ``base-uri`` and ``form-action`` don't fall back to default-src.
POLICY = (("default-src", "'none'"), ("connect-src", "'none'"), ("img-src", "data:"),
          ("base-uri", "'none'"), ("form-action", "'none'"))

_INLINE = re.compile(r"<(script|style)(\s[^>]*)?>(.*?)</\1>", re.S | re.I)


def source_hash(text: str) -> str:
    """A CSP hash source for an inline script or style: ``'sha256-…'`` of its UTF-8 bytes."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(scripts, styles) -> str:
    """The page's policy: nothing from the network, and only these inline scripts and
    styles (by hash)."""
    parts = [f"{name} {value}" for name, value in POLICY]
    parts.append("script-src " + " ".join(sorted({source_hash(s) for s in scripts})))
    parts.append("style-src " + " ".join(sorted({source_hash(s) for s in styles})))
    return "; ".join(parts)


def inline_blocks(html: str) -> tuple[list[str], list[str]]:
    """The contents of the executable inline scripts (JSON data blocks are not run) and of
    the inline styles in ``html``: ``(scripts, styles)``."""
    scripts, styles = [], []
    for tag, attributes, body in _INLINE.findall(html):
        if tag.lower() == "style":
            styles.append(body)
        elif "application/json" not in (attributes or ""):
            scripts.append(body)
    return scripts, styles


def render_page(timeline: Timeline, graph: nx.Graph | None = None,
                exports: dict[str, bytes] | None = None, **settings) -> str:
    """The HTML of index.html. ``graph`` is the actor graph if already built; ``exports``
    (file name -> bytes) are embedded for download when small; ``settings`` go to
    :func:`output.view.page_data` (lazy-rendering chunk sizes, graph settling)."""
    graph = actor_graph(timeline) if graph is None else graph
    context = page_context(timeline, graph, exports, **settings)
    environment = _environment()
    kind_css = Markup(environment.get_template("kinds.css").render(
        kinds=context["kind_colors"]))
    scripts = [Markup(vis_network_js())] + [_asset(name) for name in SCRIPTS]
    styles = [_asset("page.css"), kind_css]
    html = environment.get_template("index.html").render(
        **context, scripts=scripts, styles=styles,
        csp=content_security_policy(scripts, styles))
    found = inline_blocks(html)
    if (sorted(found[0]), sorted(found[1])) != (sorted(scripts), sorted(styles)):
        raise OutputError("index.html: an inline script or style is not covered by the "
                          "page's Content-Security-Policy")
    return html


def render_files(timeline: Timeline, **settings) -> dict[str, bytes]:
    """Every file of a build, in memory: index.html and the exports (file name -> bytes)."""
    graph = actor_graph(timeline)
    files = render_exports(timeline, graph)
    files["index.html"] = render_page(timeline, graph, files, **settings).encode("utf-8")
    return files


def is_timeline_folder(folder: Path) -> bool:
    """True when ``folder`` holds an earlier build: an events.json with a timeline schema."""
    try:
        data = json.loads((folder / "events.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and str(data.get("schema", "")).startswith("timeline/")


def check_target(out_dir: Path) -> None:
    """Raise :class:`OutputError` unless ``out_dir`` is new, empty, or an earlier build."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: exists and is not a folder")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not is_timeline_folder(out_dir):
        raise OutputError(f"{out_dir}: folder is not empty and holds no earlier timeline "
                          "(no events.json with a timeline schema); "
                          "choose a new or empty folder")


def _write_file(path: Path, content: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())


#: renameat2(2)'s flag that swaps two paths in one step (Linux 3.15 and later).
RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one atomic step; False where the system can't (then nothing
    has moved)."""
    try:
        # ctypes is needed only where the system can swap folders in one step
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):  # not Linux, or a libc without renameat2
        return False
    at_cwd = -100
    done = renameat2(at_cwd, os.fsencode(a), at_cwd, os.fsencode(b), RENAME_EXCHANGE)
    return done == 0


def _keep_others(out_dir: Path, staging: Path, names: list[str]) -> None:
    """Link (or copy) into the staging folder what the earlier build's folder holds
    besides our own files, so that swapping the folders loses nothing of the user's."""
    for entry in out_dir.iterdir():
        if entry.name in names or (staging / entry.name).exists():
            continue
        try:
            os.link(entry, staging / entry.name, follow_symlinks=False)
        except OSError:
            if entry.is_dir() and not entry.is_symlink():
                shutil.copytree(entry, staging / entry.name, symlinks=True)
            else:
                shutil.copy2(entry, staging / entry.name, follow_symlinks=False)


def _install(staging: Path, out_dir: Path, names: list[str]) -> None:
    """Move the staged files into ``out_dir``: one folder rename when it is new; else the
    two folders swapped in one atomic step (the earlier build is then removed), so that
    a process killed at any moment leaves the earlier build whole or the new one whole.
    Where the system can't swap folders, one atomic replace per file, index.html last."""
    if not out_dir.exists():
        try:
            os.rename(staging, out_dir)
            return
        except OSError:
            out_dir.mkdir(exist_ok=True)  # created meanwhile: fall back to per-file
    target = out_dir.resolve()  # a link to a folder: swap the folder, keep the link
    _keep_others(target, staging, names)
    if _exchange(staging, target):
        return  # staging now holds the earlier build; write_page removes it
    for name in sorted(names, key=lambda n: n == "index.html"):
        os.replace(staging / name, out_dir / name)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


def _remove_stale(parent: Path, name: str) -> None:
    """Remove the staging folders that builds killed before they finished left beside
    ``name`` (their process is gone; ``.NAME.tmp-PID-XXXXXXXX``)."""
    prefix = f".{name}.tmp-"
    try:
        entries = list(parent.iterdir())
    except OSError:
        return
    for entry in entries:
        pid = entry.name[len(prefix):].split("-", 1)[0] if entry.name.startswith(prefix) else ""
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            shutil.rmtree(entry, ignore_errors=True)


def write_page(timeline: Timeline, out_dir: Path, **settings) -> Path:
    """Write index.html, events.json and the exports into ``out_dir``; return index.html's path.

    Nothing is written unless everything rendered. Raises :class:`OutputError` when
    ``out_dir`` is a non-empty folder that holds no earlier build, is a file, or can't be
    written. ``settings`` are for benchmarks (see :func:`output.view.page_data`).
    """
    out_dir = Path(out_dir)
    check_target(out_dir)
    files = render_files(timeline, **settings)
    parent = (out_dir.resolve() if out_dir.is_symlink() else out_dir.absolute()).parent
    staging = parent / f".{out_dir.name}.tmp-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(parent, out_dir.name)
        staging.mkdir()
        for name, content in files.items():
            _write_file(staging / name, content)
        _install(staging, out_dir, list(files))
    except OSError as exc:
        raise OutputError(f"{out_dir}: could not write the timeline "
                          f"({exc.strerror or exc})") from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return out_dir / "index.html"
