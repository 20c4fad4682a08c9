"""Benchmark: events dated on the SemEval-2015 Task 4 "TimeLine" trial set.

    python benchmarks/timeline15.py [--keep DIR]

Builds ``../shared/data/timeline15-trial/articles`` (or ``$TIMELINE_SHARED/...``) with
``timeline build``, tags each article with ``timeline tag`` for the scorer's tagger
baseline, and scores the build with ``shared/tools/score_timeline15.py``. Printed: sentence
recall (gold event sentences we output an event for), date accuracy on those, rightly dated
gold mentions over all, entity attribution, and in the same run the publication-date
baseline (every mention dated to its article's publication day) and the tagger baseline
(the first absolute date in the sentence, else the publication day).

Targets (issue 9): sentence recall >= 75 %, date accuracy >= 80 %, rightly dated over all
>= 65 % (the publication-date baseline: 48.5 %).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _shared import require  # noqa: E402

CORPUS = "timeline15-trial"
TARGETS = {"recall": 75.0, "date_acc": 80.0, "date_all": 65.0}
_DATE = re.compile(r"^Date:\s*(\d{4}-\d{2}-\d{2})", re.M)


def _timeline(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timeline", *args], check=True,
                          capture_output=True, text=True)


def run(run_dir: Path) -> dict:
    data = require("data")
    articles = require("data", CORPUS, "articles")
    scorer = require("tools", "score_timeline15.py")
    out = run_dir / CORPUS
    (out / "tags").mkdir(parents=True, exist_ok=True)
    _timeline("build", str(articles), "-o", str(out / "build"))
    for path in sorted(articles.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        m = _DATE.search(text)
        args = ["tag", str(path)] + (["--dct", m[1]] if m else [])
        (out / "tags" / (path.name + ".tml")).write_text(_timeline(*args).stdout, encoding="utf-8")
    table = run_dir / "table.json"
    done = subprocess.run([sys.executable, str(scorer), "--data", str(data), "--run", str(run_dir),
                           "--corpora", CORPUS, "--json", str(table)],
                          check=True, capture_output=True, text=True)
    return {"table": json.loads(table.read_text(encoding="utf-8"))[CORPUS], "printed": done.stdout}


def _pct(share) -> str:
    v, a, b = share
    return f"{100 * v:5.1f} % ({a}/{b})" if b else "n/a"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--keep", type=Path, help="keep the build and the per-mention details here")
    ap.add_argument("--full", action="store_true", help="also print the scorer's own tables")
    args = ap.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        result = run(args.keep)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            result = run(Path(tmp))
    s = result["table"]
    print(f"SemEval-2015 TimeLine trial set: {s['mentions']} gold mentions with a year")
    rows = [("sentence recall", s["recall"], "recall"),
            ("date accuracy on found sentences", s["date_acc"], "date_acc"),
            ("  publication-date baseline, same sentences", s["dct_matched"], None),
            ("  tagger baseline, same sentences", s.get("tag_matched"), None),
            ("rightly dated over all", s["date_all"], "date_all"),
            ("  publication-date baseline over all", s["dct_all"], None),
            ("  tagger baseline over all", s.get("tag_all"), None),
            ("entity attribution (found sentences)", s["entity"], None),
            ("precision side (our dated events in a gold sentence, agreeing)", s["precision"], None)]
    for label, share, target in rows:
        if share is None:
            continue
        mark = ""
        if target:
            mark = f"   target >= {TARGETS[target]:.0f} % " + (
                "met" if 100 * share[0] >= TARGETS[target] else "NOT met")
        print(f"{label:<64s} {_pct(share)}{mark}")
    if args.full:
        print(result["printed"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
