"""Publication-date accuracy: our ingest against plain htmldate, and on Timeline17 text.

Reads the evaluation data from ``../shared/data`` (or ``$TIMELINE_SHARED/data``):

1. ``pubdate/``: the English web pages of gold.jsonl. Exact-day accuracy and coverage of
   our pipeline (``events.ingest.read_input`` dated by ``events.dating.date_article``: trafilatura + htmldate with our settings,
   then the text rules) beside ``htmldate.find_date`` with its defaults, in the same run.
   Target: ours >= htmldate's.
2. ``t17/*/InputDocs/YYYY-MM-DD/*.txt``: the folder name is the gold date (never an
   input). Per topic, two settings side by side:

   - **per article** (an input read and dated alone, as for a single file): coverage
     (share dated from the text), accuracy of those dated, and overall exact-day accuracy;
     for articles left undated, the article's own guess from the dates it mentions
     (``events.dating.clues_of``);
   - **corpus** (the topic folder built as one corpus with ``timeline.build.build_timeline``,
     as a user gets it): the dates the pipeline ends with, the text's own plus what the
     corpus infers (a dateline's missing year, dates of undated articles); its exact-day
     accuracy overall, and the share and accuracy of inferred dates.

   Target: Reuters >= 95 % exact day, corpus setting.

3. With ``--held-out``: the articles whose date is firm (a dateline, a header, a first
   reader comment) with that date hidden, a fold at a time (:data:`FOLDS` folds), dated
   by the corpus inference from the rest of their topic as an undated article would
   be. This is how the inference's rules were chosen: the gold is the hidden date, and
   a wrong date counts as much as none, so it prints accuracy (right of all), coverage
   and precision (right of those dated) by how the date was inferred.

4. With ``--collection``: instead of the corpus builds of 2 (slow: every event extracted),
   each topic's articles dated by the collection alone (``events.dating.date_collection``,
   as a build's first pass dates them): per topic the share of articles given their
   exact day, a wrong day and none, for all of them and for those the collection had to
   date (no firm date of their own), and right / dated by how the date was found.
   Unknown is better than wrong: read both.

Usage: ``python benchmarks/pubdate.py [--limit N] [--jobs N] [--skip-pages] [--held-out]
[--collection] [--stories]``. Prints tables; writes nothing.

5. With ``--stories``: as ``--collection``, but a story's outlet folders (``bpoil_*``,
   ``H1N1_*``, ...) dated as one collection, each outlet's shares printed apart: how far
   the outlets with no dateline (BBC, Fox, Washington Post) get from the others' days.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _shared import shared_dir  # noqa: E402
from events.dating import clues_of, date_article, date_collection, provisional  # noqa: E402
from events.errors import InputError  # noqa: E402
from events.ingest import read_input as read_undated  # noqa: E402
from events.options import Options  # noqa: E402
from events.temporal import tag  # noqa: E402


def read_input(name: str, options: Options):
    """Read one input and date it by its own evidence (the first pass of a build)."""
    return date_article(read_undated(name, options), options.published)


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


def corpus_dates(files: list[Path], jobs: int) -> dict[str, tuple[date | None, str]]:
    """Build the files as one corpus; each file's final (date, published_from)."""
    from timeline.build import build_timeline

    timeline = build_timeline([str(p) for p in files], Options(jobs=jobs))
    return {a.path: (a.published, a.published_from) for a in timeline.articles if a.path}


def bench_t17(folder: Path, limit: int | None, jobs: int) -> None:
    """Coverage and exact-day accuracy on Timeline17 text, per topic: per article and as
    one corpus."""
    options = Options()
    tag("On Monday, March 1, 2021, it rained.", None)  # the first call compiles the rules
    print("\n## Timeline17 text (../shared/data/t17), gold = folder date (never an input)\n")
    print("| topic | articles | per article: dated from text | accuracy of dated | "
          "exact-day overall | own inference: coverage / accuracy | corpus: exact-day overall | "
          "corpus: inferred (share / accuracy) | s/article per article / corpus |")
    print("|---|---|---|---|---|---|---|---|---|")
    for topic in sorted(p for p in folder.iterdir() if (p / "InputDocs").is_dir()):
        files = sorted((topic / "InputDocs").glob("*/*.txt"))[:limit]
        gold = {str(p): date.fromisoformat(p.parent.name) for p in files}
        n = dated = correct = unread = 0
        undated = inferred = inferred_ok = 0
        start = time.perf_counter()
        for path in files:
            try:
                article = read_input(str(path), options)
            except InputError:
                unread += 1
                continue
            n += 1
            info = article.info
            if info.published is not None and info.published_from != "inferred":
                dated += 1
                correct += info.published == gold[str(path)]
                continue
            undated += 1
            own = clues_of(article).own
            guess = info.published or (own.date if own else None)
            if guess is not None:
                inferred += 1
                inferred_ok += guess == gold[str(path)]
        seconds = time.perf_counter() - start
        start = time.perf_counter()
        final = corpus_dates(files, jobs)
        corpus_seconds = time.perf_counter() - start
        c_ok = sum(final[p][0] == gold[p] for p in final)
        c_inf = [p for p in final if final[p][1] == "inferred"]
        c_inf_ok = sum(final[p][0] == gold[p] for p in c_inf)
        own = f"{pct(inferred, undated)} / {pct(inferred_ok, inferred)}"
        print(f"| {topic.name} | {n} (+{unread} unreadable) | {pct(dated, n)} | "
              f"{pct(correct, dated)} | {pct(correct, n)} | {own} | {pct(c_ok, len(final))} | "
              f"{pct(len(c_inf), len(final))} / {pct(c_inf_ok, len(c_inf))} | "
              f"{seconds / max(len(files), 1):.4f} / {corpus_seconds / max(len(files), 1):.4f} |")


#: Folds of the held-out setting: each hides an eighth of the firmly dated articles.
FOLDS = 8


def _how(info) -> str:
    """A short name for how an inferred date was found (for the held-out table)."""
    how = info.published_how
    if info.published is None:
        return "none"
    for key, name in (("shared", "shared sentences"), ("alike", "alike articles"),
                      ("its text names", "text rule"), ("date mention", "own mentions"),
                      ("dateline", "dateline year")):
        if key in how:
            return name
    return how.split(",")[0] or info.published_from


def bench_held_out(folder: Path, limit: int | None) -> None:
    """Firmly dated Timeline17 articles with their date hidden, dated by the corpus."""
    from dataclasses import replace

    options = Options()
    print(f"\n## Held out: firmly dated Timeline17 articles, date hidden ({FOLDS} folds)\n")
    print("| topic | held out | accuracy | wrong | coverage | precision | by how: right / dated |")
    print("|---|---|---|---|---|---|---|")
    for topic in sorted(p for p in folder.iterdir() if (p / "InputDocs").is_dir()):
        rows = {}  # id -> (folder date, (info, clues), hidden (info, clues) or None)
        for path in sorted((topic / "InputDocs").glob("*/*.txt"))[:limit]:
            try:
                article = read_input(str(path), options)
            except InputError:
                continue
            seen = (article.info, clues_of(article))
            hidden = None
            if not provisional(article.info) and article.published is not None:
                info = replace(article.info, published=None, published_from="unknown",
                               published_how="", published_partial="")
                blind = replace(article, info=info)
                hidden = (info, clues_of(blind))
            rows.setdefault(article.id, (date.fromisoformat(path.parent.name), seen, hidden))
        held = sorted(aid for aid, row in rows.items() if row[2] is not None)
        right = dated = 0
        by_how: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for k in range(FOLDS):
            hide = set(held[k::FOLDS])
            infos = date_collection([row[2] if aid in hide else row[1]
                                     for aid, row in sorted(rows.items())])
            for aid in hide:
                info = infos[aid]
                if info.published is not None:
                    ok = info.published == rows[aid][0]
                    dated += 1
                    right += ok
                    by_how[_how(info)][0] += ok
                    by_how[_how(info)][1] += 1
        hows = ", ".join(f"{name} {r}/{n}" for name, (r, n) in sorted(by_how.items()))
        print(f"| {topic.name} | {len(held)} | {pct(right, len(held))} | "
              f"{pct(dated - right, len(held))} | "
              f"{pct(dated, len(held))} | {pct(right, dated)} | {hows or '-'} |")


def bench_collection(folder: Path, limit: int | None, stories: bool = False) -> None:
    """Each Timeline17 topic dated by the collection alone: exact, wrong and unknown shares.

    With ``stories``, a story's outlet folders (``bpoil_bbc``, ``bpoil_reuters``, ...) are
    dated as one collection, as a user building the story from all its outlets gets them,
    and each outlet's share is printed from that collection."""
    options = Options()
    setting = "a story's outlets as one collection" if stories else "each folder alone"
    print(f"\n## Timeline17 dated by the collection (date_collection, {setting}), "
          "gold = folder date\n")
    print("| topic | articles | exact | wrong | unknown | to date | their exact / wrong / "
          "unknown | by how: right / dated | s |")
    print("|---|---|---|---|---|---|---|---|---|")
    total = defaultdict(int)
    read: dict[str, tuple[dict, list, float]] = {}
    topics = sorted(p for p in folder.iterdir() if (p / "InputDocs").is_dir())
    for topic in topics:
        gold, pairs = {}, []
        start = time.perf_counter()
        for path in sorted((topic / "InputDocs").glob("*/*.txt"))[:limit]:
            try:
                article = read_input(str(path), options)
            except InputError:
                continue
            if article.id in gold:
                continue
            gold[article.id] = date.fromisoformat(path.parent.name)
            pairs.append((article.info, clues_of(article)))
        read[topic.name] = (gold, pairs, time.perf_counter() - start)
    settled: dict[str, dict] = {}
    dating: dict[str, float] = {}  # seconds of date_collection (a story's shared by its outlets)
    for topic in topics:
        story = [t.name for t in topics if t.name.split("_")[0] == topic.name.split("_")[0]]
        group = story if stories else [topic.name]
        if topic.name not in settled:
            start = time.perf_counter()
            infos = date_collection([pair for t in group for pair in read[t][1]])
            seconds = time.perf_counter() - start
            for t in group:
                settled[t] = {aid: infos[aid] for aid in read[t][0] if aid in infos}
                dating[t] = seconds
    for topic in topics:
        gold, pairs, seconds = read[topic.name]
        seconds += dating[topic.name]
        infos = settled[topic.name]
        to_date = [info.id for info, _ in pairs if provisional(info)]
        counts = defaultdict(int)
        by_how: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for aid, info in infos.items():
            state = "unknown" if info.published is None else (
                "exact" if info.published == gold[aid] else "wrong")
            counts[state] += 1
            total[state] += 1
            if aid in to_date:
                counts["open " + state] += 1
                total["open " + state] += 1
                if info.published is not None:
                    by_how[_how(info)][0] += state == "exact"
                    by_how[_how(info)][1] += 1
        n = len(infos)
        total["n"] += n
        total["open"] += len(to_date)
        hows = ", ".join(f"{name} {r}/{k}" for name, (r, k) in sorted(by_how.items()))
        print(f"| {topic.name} | {n} | {pct(counts['exact'], n)} | {pct(counts['wrong'], n)} | "
              f"{pct(counts['unknown'], n)} | {len(to_date)} | {counts['open exact']} / "
              f"{counts['open wrong']} / {counts['open unknown']} | {hows or '-'} | "
              f"{seconds:.1f} |")
    n = total["n"]
    print(f"| all | {n} | {pct(total['exact'], n)} | {pct(total['wrong'], n)} | "
          f"{pct(total['unknown'], n)} | {total['open']} | {total['open exact']} / "
          f"{total['open wrong']} / {total['open unknown']} | | |")


def main() -> int:
    """Run both benchmarks and print their tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="at most N items per set")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for the corpus")
    parser.add_argument("--skip-pages", action="store_true", help="only the Timeline17 table")
    parser.add_argument("--held-out", action="store_true",
                        help="also date the firmly dated articles with their date hidden")
    parser.add_argument("--collection", action="store_true",
                        help="date each topic by the collection alone instead of building it")
    parser.add_argument("--stories", action="store_true",
                        help="as --collection, a story's outlet folders dated as one collection")
    args = parser.parse_args()
    data = shared_dir() / "data"
    if not data.is_dir():
        print(f"benchmark data not found at {data} (set TIMELINE_SHARED)", file=sys.stderr)
        return 1
    if args.skip_pages:
        pass
    elif (data / "pubdate" / "gold.jsonl").is_file():
        bench_pages(data / "pubdate", args.limit)
    else:
        print(f"missing: {data / 'pubdate'}", file=sys.stderr)
    if (data / "t17").is_dir():
        if args.collection or args.stories:
            bench_collection(data / "t17", args.limit, args.stories)
        else:
            bench_t17(data / "t17", args.limit, args.jobs)
        if args.held_out:
            bench_held_out(data / "t17", args.limit)
    else:
        print(f"missing: {data / 't17'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
