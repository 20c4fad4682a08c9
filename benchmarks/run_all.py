"""Run every benchmark in turn, each in its own process, and print what each prints.

Usage:  .venv/bin/python benchmarks/run_all.py [NAME ...]

NAME is one of the scripts below without ``.py`` (default: all). The data comes from
``../shared/data`` (or ``$TIMELINE_SHARED``); a benchmark whose data is missing says so and
the others still run. Exit status 1 when any benchmark failed.
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: The benchmarks, in the order the README's table lists them.
BENCHMARKS = ("temporal", "actors", "pubdate", "digest", "merge", "timeline15", "tlinks",
              "wikiwars", "years", "scale", "page")


def main(argv: list[str]) -> int:
    names = argv or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark: {', '.join(unknown)} (choose from {', '.join(BENCHMARKS)})",
              file=sys.stderr)
        return 2
    failed = []
    for name in names:
        print(f"\n=== benchmarks/{name}.py", flush=True)
        started = time.perf_counter()
        status = subprocess.call([sys.executable, str(HERE / f"{name}.py")])
        print(f"=== {name}: exit {status}, {time.perf_counter() - started:.0f} s", flush=True)
        if status:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
