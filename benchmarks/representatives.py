"""The representative sentence: how often the source an entry speaks through tells its
happening directly and completely, on our gold of Timeline17 entries.

    python benchmarks/representatives.py [--jobs N] [--cache DIR] [--show]   # score the gold
    python benchmarks/representatives.py --draw PATH [--cache DIR]           # a new sample

Each Timeline17 topic folder is read with its articles dated by their folder (as in
``digest.py``'s ``given`` setting) and its events merged. The entries told by at least
:data:`MIN_ARTICLES` articles are the ones where the choice matters; from each topic the
:data:`LARGEST` told by most articles (the dates a reader sees first) and :data:`RANDOM`
more at random (seed :data:`SEED`) are sampled. For each, the sentence each method picks
is a candidate, with :data:`RANDOM_MEMBERS` members drawn at random:

- **ours**: :func:`timeline.entry.representative` (similarity to the other sources,
  with the cues of :data:`timeline.entry.DIRECTNESS`: a sentence that names the
  happening only in passing, a page's glued highlights, a headline lose);
- **first report**: the earliest published source (what an entry shows when it keeps the
  first one found);
- **most alike**: the source most alike in wording to the others (the centroid sentence
  that summarizers of clusters pick);
- **random**: a source drawn at random (the share of readable random picks is what
  choosing blindly gives).

``--draw`` writes the candidates' coordinates (the topic, the entry's anchor sentence,
the candidate's article path under ``InputDocs/`` and offsets, its event id, an empty
``direct`` column; no article text) and prints each entry's candidates, in a shuffled
order that does not say which method picked which, for labelling by hand (see
``gold/representatives/README.md``). Scoring finds each gold entry again by its anchor
sentence, takes each method's pick, and prints the share labelled direct, per method; a
pick that is not labelled is counted apart (label it by running ``--draw`` again with
``--missing``, which prints only those).
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from digest import Topic, load  # noqa: E402,F401  (Topic: for the cache's pickles)
from merge import timeline17  # noqa: E402
from timeline.build import unify_actors  # noqa: E402
from timeline.entry import REPRESENTATIVE_PEERS, first_report, representative  # noqa: E402
from timeline.merge import RULES, merge_groups  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold" / "representatives" / "labels.tsv"
COLUMNS = ("topic", "anchor", "article", "start", "end", "event", "drawn", "direct", "note")
#: Entries told by fewer articles than this are not sampled (one or two tellings leave
#: little to choose).
MIN_ARTICLES = 3
#: Per topic: the entries told by most articles, and more drawn at random.
LARGEST, RANDOM = 2, 3
#: Members drawn at random per sampled entry, beside the methods' picks.
RANDOM_MEMBERS = 2
SEED = 2026
METHODS = ("ours", "first report", "most alike")


class Grouped:
    """A topic's events merged, with the members of each entry kept."""

    def __init__(self, topic: Topic, t17: Path):
        extractions = sorted(topic.extractions, key=lambda x: x.article.id)
        actors, events = unify_actors(extractions)
        people = [a.id for a in actors if a.kind == "person"]
        published = {x.article.id: x.article.published for x in extractions}
        docs = (t17 / topic.name / "InputDocs").resolve()
        self.rel = {x.article.id: str(Path(x.article.path).resolve().relative_to(docs))
                    for x in extractions}
        items, groups, self.alike = merge_groups(events, published, RULES, people=people)
        self.entries = [[items[i] for i in g] for g in groups]
        self.of = {self.anchor(m): n for n, members in enumerate(self.entries)
                   for m in members}

    def anchor(self, m) -> str:
        """A member's sentence and event (a sentence of two clauses may be in two entries)."""
        return f"{self.where(m)}#{m.event.id}"

    def where(self, m) -> str:
        """A member's sentence as ``path-in-InputDocs:start-end`` (the gold's coordinates)."""
        return f"{self.rel[m.article]}:{m.event.source.start}-{m.event.source.end}"


def most_alike(members, alike):
    """The member most alike in wording to the others (over at most
    :data:`timeline.entry.REPRESENTATIVE_PEERS` of them, as ours weighs them)."""
    step = max(1, -(-len(members) // REPRESENTATIVE_PEERS))
    peers = members[::step]

    def centrality(m):
        others = [o for o in peers if o is not m]
        return sum(alike(m, o) for o in others) / max(1, len(others))
    return max(members, key=lambda m: (centrality(m), -members.index(m)))


def picks(members, alike) -> dict[str, object]:
    return {"ours": representative(members, alike),
            "first report": min(members, key=first_report),
            "most alike": most_alike(members, alike)}


def _articles(members) -> int:
    return len({m.article for m in members})


def sample(grouped: Grouped, rng: random.Random) -> list[list]:
    told = [ms for ms in grouped.entries if _articles(ms) >= MIN_ARTICLES
            and any(m.event.dated_by != "publication" for m in ms)]
    told.sort(key=lambda ms: (-_articles(ms), min(grouped.where(m) for m in ms)))
    rest = told[LARGEST:]
    return told[:LARGEST] + rng.sample(rest, min(RANDOM, len(rest)))


def _print_entry(n: int, members, candidates, rows: list[int], where,
                 rng: random.Random) -> None:
    day = min(m.when.start for m in members)
    print(f"== entry {n}: {day}, {len(members)} sources from {_articles(members)} articles")
    context = rng.sample(members, min(6, len(members)))
    print("   some of its sources' summaries:")
    for m in context:
        print(f"     - {m.event.summary[:160]}")
    for row, m in zip(rows, candidates):
        print(f"  [row {row}] {where(m)} ({m.event.dated_by}, {m.event.type})\n"
              f"      sentence: {m.event.source.quote}\n"
              f"      summary:  {m.event.summary}")
    print()


def read_gold(path: Path = GOLD) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def draw(topics: dict[str, Grouped], out: Path, missing: bool) -> None:
    rows = []
    labelled = {(r["topic"], r["anchor"], r["article"] + ":" + r["start"] + "-" + r["end"])
                for r in read_gold()} if missing and GOLD.exists() else set()
    n = 0
    where = None
    for name, grouped in topics.items():
        rng = random.Random(f"{SEED}/{name}")
        where = grouped.where
        if missing:
            anchors = [r["anchor"] for r in read_gold() if r["topic"] == name]
            entries = [grouped.entries[grouped.of[a]] for a in dict.fromkeys(anchors)
                       if a in grouped.of]
        else:
            entries = sample(grouped, rng)
        for members in entries:
            chosen = picks(members, grouped.alike)
            anchor = grouped.anchor(chosen["ours"]) if not missing else next(
                a for a in anchors if a in grouped.of
                and grouped.entries[grouped.of[a]] is members)
            drawn: dict[int, list[str]] = defaultdict(list)  # by id(): Items don't hash
            by_id = {}
            for method, m in chosen.items():
                drawn[id(m)].append(method)
                by_id[id(m)] = m
            if not missing:
                others = [m for m in members if id(m) not in by_id]
                for m in rng.sample(others, min(RANDOM_MEMBERS, len(others))):
                    drawn[id(m)].append("random")
                    by_id[id(m)] = m
            candidates = [m for m in by_id.values()
                          if (name, anchor, where(m)) not in labelled]
            if not candidates:
                continue
            rng.shuffle(candidates)
            n += 1
            numbers = list(range(len(rows) + 2, len(rows) + 2 + len(candidates)))
            _print_entry(n, members, candidates, numbers, where, rng)
            for m in candidates:
                rows.append({"topic": name, "anchor": anchor,
                             "article": grouped.rel[m.article],
                             "start": m.event.source.start, "end": m.event.source.end,
                             "event": m.event.id, "drawn": ",".join(drawn[id(m)]),
                             "direct": "", "note": ""})
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLUMNS, delimiter="\t")
        w.writeheader()
        w.writerows(rows)


def score(topics: dict[str, Grouped], gold: list[dict], show: bool) -> None:
    # a sentence is labelled for its entry (the anchor): it may tell one entry's
    # happening directly and another's in passing
    label = {(r["topic"], r["anchor"], f"{r['article']}:{r['start']}-{r['end']}"): r["direct"]
             for r in gold if r["direct"] in ("0", "1")}
    random_labels = [int(r["direct"]) for r in gold if r["direct"] in ("0", "1")
                     and r["drawn"] == "random"]
    got: dict[str, list[int]] = defaultdict(list)
    unlabelled: dict[str, int] = defaultdict(int)
    lost = 0
    anchors = list(dict.fromkeys((r["topic"], r["anchor"]) for r in gold))
    for name, anchor in anchors:
        grouped = topics.get(name)
        if grouped is None or anchor not in grouped.of:
            lost += 1
            continue
        members = grouped.entries[grouped.of[anchor]]
        for method, m in picks(members, grouped.alike).items():
            value = label.get((name, anchor, grouped.where(m)))
            if value is None:
                unlabelled[method] += 1
            else:
                got[method].append(int(value))
            if show and method == "ours":
                print(f"{name} {anchor} -> {grouped.where(m)} [{value}] {m.event.summary[:120]}")
    print(f"representative gold: {len(anchors)} entries ({lost} not found), "
          f"{len(label)} labelled sentences\n")
    print(f"{'method':14s} {'direct':>7s} {'of':>4s} {'unlabelled':>10s}")
    for method in METHODS:
        values = got[method]
        share = sum(values) / len(values) if values else 0.0
        print(f"{method:14s} {share:7.3f} {len(values):4d} {unlabelled[method]:10d}")
    if random_labels:
        print(f"{'random':14s} {sum(random_labels) / len(random_labels):7.3f} "
              f"{len(random_labels):4d} {'':>10s}  (members drawn at random, as labelled)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--show", action="store_true", help="print each entry's pick")
    ap.add_argument("--draw", type=Path, metavar="PATH", help="write a new sample to PATH")
    ap.add_argument("--missing", action="store_true",
                    help="with --draw: only the gold entries' unlabelled picks")
    args = ap.parse_args()
    t17 = timeline17()
    if t17 is None:
        return 2
    folders = sorted(p for p in t17.iterdir() if (p / "InputDocs").is_dir())
    topics = {f.name: Grouped(load(f, "given", args.jobs, args.cache), t17) for f in folders}
    if args.draw:
        if args.draw.exists():
            print(f"{args.draw} exists: not overwritten", file=sys.stderr)
            return 2
        draw(topics, args.draw, args.missing)
        return 0
    score(topics, read_gold(), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
