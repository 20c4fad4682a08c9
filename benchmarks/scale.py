"""Scale: build three Timeline17 topics at once with --jobs 1 and --jobs 2.

Reads ``../shared/data/t17`` (or ``$TIMELINE_SHARED/data/t17``): by default the three
topics the speed target was set on (Egypt, Libya CNN, Libya Reuters: about 1,050
articles); ``--all`` builds every topic there (about 2,900).
Each configuration runs in a fresh child process that calls ``build_timeline`` and
``output.page.write_page`` (into a temporary folder) as ``timeline build`` does, and
reports its wall time and its peak memory: the maximum resident set of the building
process and, separately, of its largest worker. ``--jobs 1`` is the baseline for
``--jobs 2`` in the same run.

Targets: under 60 s with ``--jobs 2``; peak memory under 1 GB.
Usage: ``python benchmarks/scale.py [--jobs 1 2] [--no-page] [--all | --topics T ...]``. Writes only temporary files.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _shared import shared_dir

ROOT = Path(__file__).resolve().parents[1]

#: The topics of the speed target ("the 1,044 Timeline17 articles").
TARGET_TOPICS = ("EgyptianProtest_cnn", "LibyaWar_cnn", "LibyaWar_reuters")

CHILD = """
import json, resource, sys, tempfile, time
sys.path.insert(0, {root!r})
from events.options import Options
from timeline.build import build_timeline
jobs, page, inputs = int(sys.argv[1]), sys.argv[2] == "page", sys.argv[3:]
start = time.perf_counter()
timeline = build_timeline(inputs, Options(jobs=jobs))
built = time.perf_counter() - start
if page:
    from output.page import write_page
    with tempfile.TemporaryDirectory() as tmp:
        write_page(timeline, tmp + "/out")
total = time.perf_counter() - start
print(json.dumps({{
    "articles": len(timeline.articles), "problems": len(timeline.problems),
    "entries": len(timeline.entries), "actors": len(timeline.actors),
    "build_s": built, "total_s": total,
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    "cpu_s": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]),
    "worker_cpu_s": sum(resource.getrusage(resource.RUSAGE_CHILDREN)[:2]),
}}))
"""


def run(jobs: int, inputs: list[str], page: bool) -> dict:
    """Build in a fresh child process; its report as a dict."""
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "child.py"
        script.write_text(CHILD.format(root=str(ROOT)))
        done = subprocess.run([sys.executable, str(script), str(jobs),
                               "page" if page else "nopage", *inputs],
                              check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--no-page", action="store_true", help="time the build only")
    ap.add_argument("--topics", nargs="+", default=list(TARGET_TOPICS))
    ap.add_argument("--all", action="store_true", help="every topic of the data")
    args = ap.parse_args()
    t17 = shared_dir() / "data" / "t17"
    if not t17.is_dir():
        print(f"Timeline17 data not found at {t17}: set TIMELINE_SHARED", file=sys.stderr)
        return 2
    inputs = [str(p / "InputDocs") for p in sorted(t17.iterdir()) if (p / "InputDocs").is_dir()
              and (args.all or p.name in args.topics)]
    if not inputs:
        print(f"none of {args.topics} found in {t17}", file=sys.stderr)
        return 2
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(other work on the machine slows the wall times)")
    print(f"{'jobs':>4s} {'articles':>8s} {'entries':>7s} {'build s':>8s} {'total s':>8s} "
          f"{'art/s':>6s} {'cpu s':>6s} {'worker cpu s':>12s} {'peak MB':>8s} {'worker MB':>9s}")
    for jobs in args.jobs:
        r = run(jobs, inputs, not args.no_page)
        print(f"{jobs:4d} {r['articles']:8d} {r['entries']:7d} {r['build_s']:8.1f} "
              f"{r['total_s']:8.1f} {r['articles'] / r['total_s']:6.1f} {r['cpu_s']:6.1f} "
              f"{r['worker_cpu_s']:12.1f} {r['rss_mb']:8.0f} {r['worker_rss_mb']:9.0f}")
    print("targets: total under 60 s with --jobs 2; peak memory under 1 GB "
          "(total = build + writing the page)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
