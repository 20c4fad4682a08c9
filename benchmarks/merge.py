"""Merging: pairwise precision and recall on our gold of Timeline17 event pairs.

The gold (``gold/merge/pairs.tsv``, see ``gold/merge/README.md``) holds pairs of event
sentences of different articles of one topic, each by its article's path under the
topic's ``InputDocs/`` and the sentence's character offsets, labelled 1 when the two tell
the same happening and 0 when not. No article text is stored.

Each topic is read with its articles dated by their Timeline17 folder (as in
``digest.py``'s ``given`` setting), its events merged, and a gold pair counts as merged
when an event of each sentence lands in one entry. Printed beside ours, in the same run:

- **day+actor**: merged when the two events have the same day and share an actor (what
  a timeline that groups by date and actor would do);
- **wording only**: our merging with the ``actors-agree`` case switched off
  (``agree_similar`` raised to ``similar``), i.e. shared wording alone decides.

The blind gold (``gold/merge/pairs-blind.tsv``, drawn by ``--draw 15 PATH`` and labelled
before any tuning, see the README) is scored the same way, its misses never listed: it
is not tuned on.

Target: precision >= 0.9 and recall >= 0.7. Usage: ``python benchmarks/merge.py
[--jobs N] [--cache DIR] [--errors] [--draw K PATH]`` (``--cache`` as in ``digest.py``;
``--draw`` writes K unlabelled pairs per similarity bin to PATH and prints their
sentences for labelling, writing no article text to PATH).

It also times merging the topic with the most events: as extracted; again with large
blocks searched by their word index (:data:`timeline.merge.INDEXED_BLOCK`) beside every
block scanned whole, in the same run (CPU time, better of two runs; the entries must be
the same); and with every
event doubled by a copy dated only by its article's publication day (``dated_by ==
"publication"``, as an extractor that dates every clause would add), and counts the
entries that join such copies of different articles.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _shared import shared_dir  # noqa: E402
from digest import Topic, load  # noqa: E402,F401  (Topic: for the cache's pickles)
from timeline.build import unify_actors  # noqa: E402
from timeline import merge as merging  # noqa: E402
from timeline.merge import RULES, merge_events  # noqa: E402
from timeline.pairs import item_of, pair_similarity  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold" / "merge" / "pairs.tsv"


def read_gold(path: Path = GOLD) -> list[dict]:
    """The gold pairs, as dicts of the TSV's columns."""
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def prf(predicted: list[bool], gold: list[bool]) -> tuple[float, float]:
    """Pairwise (precision, recall) of merged-or-not decisions."""
    tp = sum(p and g for p, g in zip(predicted, gold))
    pp, gp = sum(predicted), sum(gold)
    return (tp / pp if pp else 0.0), (tp / gp if gp else 0.0)


def print_scores(decided: dict[str, list[bool]], labels: list[bool]) -> None:
    """A table of each method's pairwise precision and recall against ``labels``."""
    width = max(len("method"), *map(len, decided)) + 2
    print(f"{'method':{width}s} {'precision':>9s} {'recall':>7s}")
    for method, got in decided.items():
        p, r = prf(got, labels)
        print(f"{method:{width}s} {p:9.3f} {r:7.3f}")


#: The story halves a rule is fitted on and checked on (then swapped): a rule that helps
#: only the half it was fitted on does not generalize.
HALVES = (("bpoil", "H1N1"), ("LibyaWar", "EgyptianProtest"))


def print_stories(stories: list[str], got: list[bool], labels: list[bool]) -> None:
    """Our precision and recall per story (a topic's name before ``_``) and per half of
    :data:`HALVES`, with true/false positives and misses."""
    def line(name: str, keep) -> None:
        rows = [i for i, s in enumerate(stories) if keep(s)]
        g, lab = [got[i] for i in rows], [labels[i] for i in rows]
        tp = sum(x and y for x, y in zip(g, lab))
        p, r = prf(g, lab)
        print(f"  {name:26s} ours {p:.3f} / {r:.3f} on {len(rows)} pairs "
              f"(tp {tp}, fp {sum(g) - tp}, missed {sum(lab) - tp})")
    for story in sorted(set(stories)):
        line(story, lambda s, story=story: s == story)
    for half in HALVES:
        line("+".join(half), lambda s, half=half: s in half)


def entry_of_spans(entries) -> dict[tuple[str, int, int], set[int]]:
    """(article id, start, end) of each source -> the entries citing it."""
    out: dict[tuple[str, int, int], set[int]] = defaultdict(set)
    for n, entry in enumerate(entries):
        for s in entry.sources:
            out[(s.article, s.start, s.end)].add(n)
    return out


def publication_load(topic) -> None:
    """Merge a topic's events with a publication-dated copy of each added (see above)."""
    extractions = sorted(topic.extractions, key=lambda x: x.article.id)
    actors, events = unify_actors(extractions)
    people = [a.id for a in actors if a.kind == "person"]
    published = {x.article.id: x.article.published for x in extractions}
    copies = []
    for e in events:
        day = published.get(e.source.article)
        if day is not None and e.dated_by != "publication":
            when = replace(e.when, start=day, end=day, granularity="day", mod=None,
                           approximate=False)
            copies.append(replace(e, id=e.id + "-p", when=when, timex=day.isoformat(),
                                  dated_by="publication"))
    start = time.perf_counter()
    entries = merge_events(events + copies, published, people=people)
    seconds = time.perf_counter() - start
    mixed = sum(1 for e in entries if len({s.article for s in e.sources
                                           if s.article and e.dated_by == "publication"}) > 1)
    print(f"with a publication-dated copy of each event ({len(events) + len(copies)} events): "
          f"{seconds:.1f} s; entries of publication-dated events only, citing several "
          f"articles: {mixed} of {sum(1 for e in entries if e.dated_by == 'publication')}")


def scan_baseline(topic) -> None:
    """Time merging a topic with every block scanned whole (no word index:
    ``merging.INDEXED_BLOCK`` out of reach) beside the index, and check both give the
    same entries."""
    extractions = sorted(topic.extractions, key=lambda x: x.article.id)
    actors, events = unify_actors(extractions)
    people = [a.id for a in actors if a.kind == "person"]
    published = {x.article.id: x.article.published for x in extractions}
    seconds: dict[str, float] = {}
    results = {}
    for _ in range(2):  # the machine is shared: CPU time, the better of two runs each
        for label, size in (("word index", merging.INDEXED_BLOCK), ("whole blocks", 10 ** 9)):
            kept, merging.INDEXED_BLOCK = merging.INDEXED_BLOCK, size
            try:
                start = time.process_time()
                results[label] = sorted(repr(e) for e in merge_events(events, published,
                                                                      people=people))
                took = time.process_time() - start
                seconds[label] = min(seconds.get(label, took), took)
            finally:
                merging.INDEXED_BLOCK = kept
    same = "the same entries" if len(set(map(tuple, results.values()))) == 1 else "DIFFERENT"
    print("  CPU time, " + ", ".join(f"{k}: {v:.1f} s" for k, v in seconds.items())
          + f"; {same}")


BLIND = ROOT / "benchmarks" / "gold" / "merge" / "pairs-blind.tsv"
COLUMNS = ("topic", "article_a", "start_a", "end_a", "article_b", "start_b", "end_b", "same")
#: Wording-similarity bins the blind sample is drawn from (lower bounds), as the other golds.
BINS = (0.0, 0.15, 0.3, 0.45)
#: The blind sample's seed (``--draw``).
SEED = 2026


def _day(e):
    return e.when.start if e.when.granularity == "day" else None


def draw(topics: dict[str, "Topic"], t17: Path, k: int, rng: random.Random,
         exclude: set[tuple[str, str, int, int]]) -> list[dict]:
    """``k`` pairs per wording-similarity bin, pooled over the topics: the day-dated events
    (by a time expression or by their article's day) of every topic in one random order;
    for each, the events of other articles of its topic dated to the same day that share an
    actor or a content word, and one of them taken at random from a bin still short of
    pairs. No sentence is used twice, nor one of ``exclude`` (the sentences of the other
    golds: (topic, path, start, end))."""
    pool, by_day, paths = [], defaultdict(list), {}
    for name in sorted(topics):
        topic = topics[name]
        extractions = sorted(topic.extractions, key=lambda x: x.article.id)
        actors, events = unify_actors(extractions)
        people = frozenset(a.id for a in actors if a.kind == "person")
        published = {x.article.id: x.article.published for x in extractions}
        for x in extractions:
            paths[(name, x.article.id)] = str(
                Path(x.article.path).relative_to(t17 / name / "InputDocs"))
        for i, e in enumerate(events):
            if _day(e) is None:
                continue
            it = item_of(i, e, published.get(e.source.article), people)
            pool.append((name, it))
            by_day[(name, _day(e))].append(it)
    rng.shuffle(pool)
    bins: dict[int, list[dict]] = {b: [] for b in range(len(BINS))}

    def where(name, it):
        s = it.event.source
        return (name, paths[(name, s.article)], s.start, s.end)

    used = set(exclude)
    for name, a in pool:
        if all(len(v) >= k for v in bins.values()):
            break
        if where(name, a) in used:
            continue
        picked = pick_partner(a, [b for b in by_day[(name, _day(a.event))]
                                  if b.article != a.article and where(name, b) not in used],
                              bins, k, rng)
        if picked is None:
            continue
        n, b = picked
        used.update((where(name, a), where(name, b)))
        bins[n].append({"topic": name, "article_a": paths[(name, a.article)],
                        "start_a": a.event.source.start, "end_a": a.event.source.end,
                        "article_b": paths[(name, b.article)],
                        "start_b": b.event.source.start, "end_b": b.event.source.end,
                        "same": "", "_a": a.event, "_b": b.event, "_bin": BINS[n]})
    return [row for n in sorted(bins) for row in bins[n]]


def score(gold: list[dict], topics: dict[str, "Topic"], t17: Path, errors: bool,
          timings: list | None = None, title: str = "gold pairs",
          stories: bool = True) -> None:
    """Print each method's precision and recall on ``gold`` (rows of a TSV)."""
    by_topic: dict[str, list[dict]] = defaultdict(list)
    for row in gold:
        by_topic[row["topic"]].append(row)
    methods = {"ours": RULES, "wording only": replace(RULES, agree_similar=RULES.similar)}
    decided: dict[str, list[bool]] = {name: [] for name in [*methods, "day+actor"]}
    labels: list[bool] = []
    rows_seen: list[int] = []
    story_of: list[str] = []
    missing = 0
    for name in sorted(by_topic):
        topic = topics[name]
        extractions = sorted(topic.extractions, key=lambda x: x.article.id)
        ids = {str(Path(x.article.path).relative_to(t17 / name / "InputDocs")): x.article.id
               for x in extractions}
        actors, events = unify_actors(extractions)
        people = [a.id for a in actors if a.kind == "person"]
        published = {x.article.id: x.article.published for x in extractions}
        spans: dict[tuple[str, int, int], list] = defaultdict(list)
        for e in events:
            spans[(e.source.article, e.source.start, e.source.end)].append(e)
        where = {}
        for method, rules in methods.items():
            start = time.process_time()
            where[method] = entry_of_spans(merge_events(events, published, rules,
                                                        people=people))
            if method == "ours" and timings is not None:
                timings.append((len(events), time.process_time() - start, name))
        for row in by_topic[name]:
            a = (ids.get(row["article_a"]), int(row["start_a"]), int(row["end_a"]))
            b = (ids.get(row["article_b"]), int(row["start_b"]), int(row["end_b"]))
            if a not in spans or b not in spans:
                missing += 1
                continue
            labels.append(row["same"] == "1")
            rows_seen.append(gold.index(row))
            story_of.append(name.split("_")[0])
            for method in methods:
                decided[method].append(bool(where[method].get(a, set())
                                            & where[method].get(b, set())))
            decided["day+actor"].append(any(
                x.when.granularity == y.when.granularity == "day" and x.when.start == y.when.start
                and set(x.actors) & set(y.actors) for x in spans[a] for y in spans[b]))
    print(f"{title}: {len(labels)} ({sum(labels)} same, {len(labels) - sum(labels)} apart); "
          f"{missing} not found among the events\n")
    print_scores(decided, labels)
    if stories:
        print_stories(story_of, decided["ours"], labels)
    if errors:
        print("wrong (gold row, label):", [(r, int(g)) for r, g, p in
                                           zip(rows_seen, labels, decided["ours"]) if g != p])


def arguments(description: str, draw_help: str) -> argparse.Namespace:
    """The options both merge benchmarks take (``--jobs``, ``--cache``, ``--errors``,
    ``--draw K PATH``)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--errors", action="store_true", help="list the gold rows ours gets wrong")
    ap.add_argument("--draw", nargs=2, metavar=("K", "PATH"), help=draw_help)
    return ap.parse_args()


def timeline17() -> Path | None:
    """The Timeline17 folder, or None (said on stderr) when the data is missing."""
    t17 = shared_dir() / "data" / "t17"
    if not t17.is_dir():
        print(f"Timeline17 data not found at {t17}: set TIMELINE_SHARED", file=sys.stderr)
        return None
    return t17


def pick_partner(a, others: list, bins: dict[int, list], k: int, rng: random.Random):
    """The stratified samplers' step: among ``others`` that share an actor or a content word
    with ``a``, a random partner from a random similarity bin (:data:`BINS`) still holding
    fewer than ``k`` pairs, as (bin, partner); None when no open bin has one."""
    partners: dict[int, list] = defaultdict(list)
    for b in others:
        if not (a.actors & b.actors or a.stems & b.stems):
            continue
        s = pair_similarity(a, b, RULES)
        partners[max(n for n, low in enumerate(BINS) if s >= low)].append(b)
    open_bins = [n for n in partners if len(bins[n]) < k]
    if not open_bins:
        return None
    n = rng.choice(sorted(open_bins))
    return n, rng.choice(partners[n])


def write_draw(rows: list[dict], out: Path, columns: tuple[str, ...]) -> None:
    """Write drawn, unlabelled pairs to ``out`` (tab-separated ``columns``, no text) and
    print each pair's two sentences for labelling; the first column names its topic or story."""
    group = columns[0]
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, columns, delimiter="\t", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    for n, row in enumerate(rows, start=2):
        a, b = row["_a"], row["_b"]
        print(f"[{n}] {row[group]} bin {row['_bin']} day {a.when.start}\n"
              f"  A {row['article_a']} ({a.dated_by}): {a.source.quote}\n"
              f"  B {row['article_b']} ({b.dated_by}): {b.source.quote}\n")


def main() -> int:
    args = arguments(__doc__.split("\n")[0],
                     "draw K unlabelled pairs per bin (the blind gold's sampler) into PATH")
    t17 = timeline17()
    if t17 is None:
        return 2
    gold = read_gold()
    names = sorted(p.name for p in t17.iterdir() if (p / "InputDocs").is_dir())
    topics = {name: load(t17 / name, "given", args.jobs, args.cache) for name in names}
    if args.draw:
        k, out = int(args.draw[0]), Path(args.draw[1])
        if out.exists():
            print(f"{out} exists: not overwritten", file=sys.stderr)
            return 2
        exclude = {(r["topic"], r[f"article_{s}"], int(r[f"start_{s}"]), int(r[f"end_{s}"]))
                   for r in gold for s in "ab"}
        write_draw(draw(topics, t17, k, random.Random(SEED), exclude), out, COLUMNS)
        return 0
    timings: list = []
    score(gold, topics, t17, args.errors, timings)
    if BLIND.exists():
        print()
        score(read_gold(BLIND), topics, t17, False,  # its misses are not listed: never tuned on
              title="blind gold pairs (pairs-blind.tsv, never tuned on)", stories=False)
    n, seconds, name = max(timings)
    print(f"\nmerging {name} ({n} events): {seconds:.1f} s CPU")
    scan_baseline(topics[name])
    publication_load(topics[name])
    print("target: precision >= 0.9, recall >= 0.7")
    return 0


if __name__ == "__main__":
    sys.exit(main())
