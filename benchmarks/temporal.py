"""Benchmark: the temporal tagger on TimeBank, AQUAINT and WikiWars, beside a baseline.

    python benchmarks/temporal.py [--sets timebank,aquaint,wikiwars] [--no-baseline]
                                  [--keep DIR] [--errors]

Each system re-tags every gold TimeML document (its DCT kept, its TIMEX3 tags removed)
into a temporary folder, in a worker process of its own; ``shared/tools/score_timex.py``
then scores the folders against the gold (TempEval-3 Task A measures). Printed for both
systems: strict and relaxed P/R/F1, type F1 and value F1 per set and for TimeBank+AQUAINT
combined; words per second (words of the documents' text over the time spent re-tagging,
file reading excluded), in CPU seconds of the worker process (``time.process_time``) so
that other load on the machine does not skew the ratio; peak memory as the worker
process's maximum resident set size
(``ru_maxrss``: the interpreter, the imports and the tagging together).

The baseline is ``dateparser.search_dates`` with light clean-up
(``benchmarks/temporal_baseline.py``). It is slow; it runs on the full text anyway and
its elapsed time is printed. Data is read from ``../shared`` (or ``$TIMELINE_SHARED``).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _shared import require  # noqa: E402

SETS = ("timebank", "aquaint", "wikiwars")
COMBINED = ("timebank", "aquaint")
SYSTEMS = ("ours", "dateparser")
TARGETS = {"strict": 85.0, "relaxed": 92.0, "value": 82.0}


def _worker(system: str, sets: list[str], out: Path) -> None:
    """Re-tag every document of ``sets`` into ``out/<set>/``; print words and seconds."""
    import re

    from events.temporal.timeml import retag_timeml
    if system == "ours":
        tagger = None
    else:
        from temporal_baseline import baseline_tag as tagger
    strip = re.compile(r"<[^>]+>")
    report = {}
    for name in sets:
        gold = require("data", "timeml", name)
        (out / name).mkdir(parents=True, exist_ok=True)
        words, seconds = 0, 0.0
        for path in sorted(gold.glob("*.tml")):
            raw = path.read_text(encoding="utf-8")
            body = raw[raw.find("<TEXT>"):] if "<TEXT>" in raw else raw
            words += len(strip.sub(" ", body).split())
            t0 = time.process_time()
            tagged = retag_timeml(raw, tagger=tagger)
            seconds += time.process_time() - t0
            (out / name / path.name).write_text(tagged, encoding="utf-8")
        report[name] = {"words": words, "seconds": seconds}
    print(json.dumps(report))


def _run_worker(system: str, sets: list[str], out: Path) -> tuple[dict, float, float]:
    """Run a worker process; return its report, its peak RSS in MB and wall seconds."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--worker", system, "--out", str(out),
                             "--sets", ",".join(sets)], stdout=subprocess.PIPE)
    stdout = proc.stdout.read()
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        sys.exit(f"the {system} worker failed (exit status {proc.returncode})")
    return json.loads(stdout), usage.ru_maxrss / 1024, time.perf_counter() - t0


def _score(gold_dirs: list[Path], sys_dirs: list[Path], errors: bool) -> dict:
    """score_timex.py's numbers for the union of ``gold_dirs`` against ``sys_dirs``."""
    scorer = require("tools", "score_timex.py")
    with tempfile.TemporaryDirectory() as tmp:
        gold, system = Path(tmp, "gold"), Path(tmp, "system")
        for target, dirs in ((gold, gold_dirs), (system, sys_dirs)):
            target.mkdir()
            for d in dirs:
                for f in d.glob("*.tml"):
                    (target / f.name).symlink_to(f)
        out = Path(tmp, "score.json")
        args = [sys.executable, str(scorer), str(gold), str(system), "--json", str(out)]
        result = subprocess.run(args + (["--errors"] if errors else []), capture_output=True,
                                text=True)
        if result.returncode:
            sys.exit(f"score_timex.py failed: {result.stderr.strip()}")
        if errors:
            print(result.stdout)
        return json.loads(out.read_text())


def _row(system: str, name: str, s: dict) -> str:
    pct = lambda x: f"{100 * x:6.2f}"  # noqa: E731
    return (f"{system:11s} {name:17s} {pct(s['strict']['P'])} {pct(s['strict']['R'])} "
            f"{pct(s['strict']['F1'])} | {pct(s['relaxed']['P'])} {pct(s['relaxed']['R'])} "
            f"{pct(s['relaxed']['F1'])} | {pct(s['type_F1'])} | {pct(s['value_F1'])}")


def main(argv=None) -> int:
    """Run the benchmark and print its tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--no-baseline", action="store_true", help="score our tagger only")
    ap.add_argument("--keep", type=Path, help="keep the tagged files in this folder")
    ap.add_argument("--errors", action="store_true", help="print our tagger's errors")
    ap.add_argument("--worker", choices=SYSTEMS, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    sets = [s for s in args.sets.split(",") if s]
    if args.worker:
        _worker(args.worker, sets, args.out)
        return 0
    for name in sets:
        require("data", "timeml", name)
    systems = ["ours"] if args.no_baseline else list(SYSTEMS)
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        rows, speed = [], []
        results = {}
        for system in systems:
            report, rss, wall = _run_worker(system, sets, root / system)
            words = sum(r["words"] for r in report.values())
            seconds = sum(r["seconds"] for r in report.values())
            speed.append((system, words, seconds, words / seconds if seconds else 0.0, rss, wall))
            groups = [(n, [n]) for n in sets]
            if all(n in sets for n in COMBINED):
                groups.insert(0, ("timebank+aquaint", list(COMBINED)))
            for label, members in groups:
                gold = [require("data", "timeml", n) for n in members]
                score = _score(gold, [root / system / n for n in members],
                               args.errors and system == "ours" and len(members) == 1)
                results[(system, label)] = score
                rows.append(_row(system, label, score))
    print("Temporal expressions, TempEval-3 Task A measures (score_timex.py), in %")
    print(f"{'system':11s} {'set':17s} {'strict P':>8s} {'R':>6s} {'F1':>6s} | "
          f"{'relaxed P':>9s} {'R':>5s} {'F1':>6s} | type F1 | value F1")
    for row in rows:
        print(row)
    print()
    print(f"{'system':11s} {'words':>8s} {'tagging CPU s':>13s} {'words/s':>10s} "
          f"{'peak RSS MB':>12s} {'worker wall s':>14s}")
    for system, words, seconds, wps, rss, wall in speed:
        print(f"{system:11s} {words:8d} {seconds:13.2f} {wps:10.0f} {rss:12.1f} {wall:14.1f}")
    if len(speed) == 2 and speed[1][3]:
        print(f"speed ratio ours / dateparser: {speed[0][3] / speed[1][3]:.1f}x (target >= 10x)")
    print("words/s: words of the documents' text per CPU second spent re-tagging them; "
          "peak RSS: maximum resident set size of each worker process (ru_maxrss)")
    print()
    for label in ("timebank+aquaint", "wikiwars"):
        s = results.get(("ours", label))
        if s is None:
            continue
        got = {"strict": 100 * s["strict"]["F1"], "relaxed": 100 * s["relaxed"]["F1"],
               "value": 100 * s["value_F1"]}
        verdict = ", ".join(f"{k} F1 {got[k]:.2f} {'>=' if got[k] >= t else '<'} {t:.0f}"
                            for k, t in TARGETS.items())
        print(f"targets {label}: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
