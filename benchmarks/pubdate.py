"""Publication-date accuracy: our ingest against plain htmldate, and on Timeline17 text.

Reads the evaluation data from ``../shared/data`` (or ``$TIMELINE_SHARED/data``):

1. ``pubdate/``: the English web pages of gold.jsonl. Exact-day accuracy and coverage of
   our pipeline (``events.ingest.read_input``: trafilatura + htmldate with our settings,
   then the text rules) beside ``htmldate.find_date`` with its defaults, in the same run.
   Target: ours >= htmldate's.
2. ``t17/*/InputDocs/YYYY-MM-DD/*.txt``: the folder name is the gold date. Per topic:
   coverage (share dated from the text), accuracy of those dated, and overall exact-day
   accuracy. Target: Reuters >= 95 %. For articles left undated, the inference
   (``events.pubdate.infer_published`` over ``events.temporal.tag``) is measured when the
   temporal tagger is available.

Usage: ``python benchmarks/pubdate.py [--limit N]``. Prints a table; writes nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from events.errors import InputError  # noqa: E402
from events.ingest import read_input  # noqa: E402
from events.options import Options  # noqa: E402
from events.pubdate import infer_published  # noqa: E402


def shared_dir() -> Path:
    """The shared folder: $TIMELINE_SHARED, else ../shared beside the repository."""
    return Path(os.environ.get("TIMELINE_SHARED") or ROOT.parent / "shared")


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f} %" if d else "    - "


def bench_pages(folder: Path, limit: int | None) -> None:
    """Exact-day accuracy on the English pubdate pages: ours vs htmldate's defaults."""
    from htmldate import find_date

    gold_rows = [json.loads(line) for line in (folder / "gold.jsonl").open(encoding="utf-8")]
    rows = [r for r in gold_rows if r.get("is_english")][:limit]
    options = Options()
    stats = {"ours": [0, 0, 0.0], "htmldate": [0, 0, 0.0]}  # dated, correct, seconds
    how_counts: dict[str, int] = defaultdict(int)
    for row in rows:
        path = folder / row["file"]
        # a page with no gold date is right only when no date is given
        gold = date.fromisoformat(row["gold_date"]) if row.get("gold_date") else None
        start = time.perf_counter()
        try:
            ours = read_input(str(path), options).info
            found, how = ours.published, ours.published_how or "none"
        except InputError as exc:
            found, how = None, f"error: {exc.reason}"
        stats["ours"][2] += time.perf_counter() - start
        how_counts[how] += 1
        stats["ours"][0] += found is not None
        stats["ours"][1] += found == gold
        start = time.perf_counter()
        base = find_date(path.read_bytes())
        stats["htmldate"][2] += time.perf_counter() - start
        base_date = date.fromisoformat(base) if base else None
        stats["htmldate"][0] += base_date is not None
        stats["htmldate"][1] += base_date == gold
    n = len(rows)
    no_gold = sum(1 for r in rows if not r.get("gold_date"))
    print(f"\n## pubdate pages: {n} English pages (../shared/data/pubdate), {no_gold} of them "
          "with no date (right when none is given)\n")
    print("| method | coverage | exact-day accuracy | time (s) |")
    print("|---|---|---|---|")
    for name, label in (("ours", "ours (ingest: htmldate markup-first, text rules, extensive fallback)"),
                        ("htmldate", "htmldate.find_date, defaults")):
        dated, correct, seconds = stats[name]
        print(f"| {label} | {pct(dated, n)} | {pct(correct, n)} | {seconds:.1f} |")
    print("\nhow ours found the date: " + ", ".join(
        f"{k}: {v}" for k, v in sorted(how_counts.items(), key=lambda kv: -kv[1])))


def _tagger():
    """events.temporal.tag, or None with the reason when it is not available yet."""
    try:
        from events.temporal import tag
        tag("On Monday, March 1, 2021, it rained.", None)
        return tag, ""
    except (ImportError, NotImplementedError, AttributeError) as exc:
        return None, f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def bench_t17(folder: Path, limit: int | None) -> None:
    """Coverage and exact-day accuracy on Timeline17 text, per topic, and inference."""
    options = Options()
    tag, why_not = _tagger()
    print(f"\n## Timeline17 text (../shared/data/t17), gold = folder date\n")
    print("| topic | articles | coverage (dated from text) | accuracy of dated | "
          "exact-day overall | inferred: coverage | inferred: accuracy | s/article (ingest, +tagger if undated) |")
    print("|---|---|---|---|---|---|---|---|")
    for topic in sorted(p for p in folder.iterdir() if (p / "InputDocs").is_dir()):
        files = sorted((topic / "InputDocs").glob("*/*.txt"))[:limit]
        n = dated = correct = unread = 0
        undated = inferred = inferred_ok = 0
        start = time.perf_counter()
        for path in files:
            gold = date.fromisoformat(path.parent.name)
            try:
                article = read_input(str(path), options)
            except InputError:
                unread += 1
                continue
            n += 1
            if article.info.published is not None:
                dated += 1
                correct += article.info.published == gold
            elif tag is not None:
                undated += 1
                guess = infer_published(tag(article.text, None), article.text)
                if guess is not None:
                    inferred += 1
                    inferred_ok += guess[0] == gold
        seconds = time.perf_counter() - start
        inf_cov = pct(inferred, undated) if tag else "n/a"
        inf_acc = pct(inferred_ok, inferred) if tag else "n/a"
        print(f"| {topic.name} | {n} (+{unread} unreadable) | {pct(dated, n)} | "
              f"{pct(correct, dated)} | {pct(correct, n)} | {inf_cov} | {inf_acc} | "
              f"{seconds / max(len(files), 1):.4f} |")
    if tag is None:
        print(f"\nInference skipped: events.temporal.tag is not available yet ({why_not}).")


def main() -> int:
    """Run both benchmarks and print their tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="at most N items per set")
    args = parser.parse_args()
    data = shared_dir() / "data"
    if not data.is_dir():
        print(f"benchmark data not found at {data} (set TIMELINE_SHARED)", file=sys.stderr)
        return 1
    if (data / "pubdate" / "gold.jsonl").is_file():
        bench_pages(data / "pubdate", args.limit)
    else:
        print(f"missing: {data / 'pubdate'}", file=sys.stderr)
    if (data / "t17").is_dir():
        bench_t17(data / "t17", args.limit)
    else:
        print(f"missing: {data / 't17'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
