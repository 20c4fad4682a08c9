"""Hostile inputs: how long ``timeline build`` takes on each, and how it ends.

Every input of ``tests/fixtures/hostile/inputs.py`` (the issue's hangs at the sizes the
issue reported, and the file-system and encoding oddities) and every path of the hostile
server in ``tests/fixtures/hostile/server.py`` is built through the real command line,
in a child process with a time limit, and the table gives the seconds and the outcome
(built, a named error, a traceback, or killed at the limit).

``--code DIR`` runs another checkout of the code (e.g. the unchanged one, extracted with
``git archive``) against the same inputs: that is how the before/after table was made.
Usage: ``python benchmarks/hostile.py [--code DIR] [--limit 60] [--only WORD]``.
Writes only temporary files.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "hostile"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"hostile_{name}", FIXTURES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def cases(base_url: str):
    """(name, maker) for every hostile input; a maker takes a folder, gives the arguments."""
    inputs = _load("inputs")
    for name, (make, _) in inputs.GROWN.items():
        size = inputs.ISSUE_SIZES[name]
        yield f"{name} (n={size:,})", (lambda folder, make=make, size=size: make(folder, size))
    for name, (make, _) in inputs.OTHER.items():
        yield name, make
    server = _load("server")
    for path, what in server.ROUTES.items():
        yield f"URL: {what}", (lambda folder, path=path: [base_url + path])


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(args: list[str], code: Path, limit: float, cwd: Path) -> tuple[float, str]:
    """Build ``args`` with the code in ``code``: (seconds, outcome); the outcome ends with
    the build's CPU seconds (a shared machine's load swamps the wall seconds)."""
    cpu = _children_cpu()
    seconds, outcome = _run(args, code, limit, cwd)
    return seconds, f"{outcome} (CPU {_children_cpu() - cpu:.1f} s)"


def _run(args: list[str], code: Path, limit: float, cwd: Path) -> tuple[float, str]:
    env = dict(os.environ, PYTHONPATH=str(code))
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-m", "timeline", "build", *args, "-o",
                               str(cwd / "out")], env=env, cwd=cwd, capture_output=True,
                              text=True, timeout=limit, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, f"killed at {limit:g} s"
    seconds = time.perf_counter() - start
    err = done.stderr.strip().splitlines()
    if "Traceback" in done.stderr:
        return seconds, "traceback: " + (err[-1] if err else "")[:70]
    if done.returncode == 0:
        skipped = [line for line in err if line.startswith("skipped")]
        return seconds, "built" + (f" ({skipped[0][:60]})" if skipped else "")
    return seconds, (err[-1] if err else f"exit {done.returncode}")[:90]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--code", type=Path, default=ROOT)
    parser.add_argument("--limit", type=float, default=60.0)
    parser.add_argument("--only", default="")
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N inputs")
    options = parser.parse_args()
    base_url, stop = _load("server").serve()
    try:
        print(f"| input | seconds | outcome |\n|---|---|---|", flush=True)
        for number, (name, make) in enumerate(cases(base_url)):
            if options.only.lower() not in name.lower() or number < options.skip:
                continue
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(tmp)
                args = make(folder)
                seconds, outcome = run(args, options.code.resolve(), options.limit, folder)
                outcome = outcome.replace(str(folder), "…").replace("|", "/")
            print(f"| {name} | {seconds:.1f} | {outcome} |", flush=True)
    finally:
        stop()


if __name__ == "__main__":
    main()
