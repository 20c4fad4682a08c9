"""Merging across outlets: one story's folders built as one collection, scored on our gold
of event-sentence pairs from different outlets (``gold/merge/outlets.tsv``).

Timeline17 tells three stories through several outlets' folders (BP oil x5, H1N1 x3,
Libya x2); each folder holds one outlet's articles. Here the folders of a story are read,
dated by their Timeline17 folder (``digest.py``'s ``given`` setting), and built together,
as a reader who saves several outlets' coverage of one story would. A gold pair counts as
merged when an event of each of its two sentences lands in one entry. Printed beside ours,
in the same run:

- **day+actor**: merged when the two events have the same day and share an actor;
- **day+word**: merged when they have the same day and share a content word (a stem of
  their summaries and triggers, actors' names left out, as :mod:`timeline.pairs` reads
  them).

``--draw K PATH`` draws a new unlabelled sample the way the gold was drawn (see
``gold/merge/README.md``) and prints each pair's two sentences for labelling; ``PATH``
gets the pairs' coordinates with an empty ``same`` column. No article text is written.

Target (issue 10): precision >= 0.9 and recall >= 0.7. Usage: ``python
benchmarks/merge_outlets.py [--jobs N] [--cache DIR] [--errors] [--draw K PATH]``
(``--cache`` as in ``digest.py``).
"""
from __future__ import annotations

import csv
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from digest import Topic, load  # noqa: E402,F401  (Topic: for the cache's pickles)
from merge import (BINS, arguments, entry_of_spans, print_scores, print_stories,  # noqa: E402
                   pick_partner, timeline17, write_draw)
from timeline.build import unify_actors  # noqa: E402
from timeline.merge import RULES, merge_events  # noqa: E402
from timeline.pairs import item_of  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold" / "merge" / "outlets.tsv"
COLUMNS = ("story", "article_a", "start_a", "end_a", "article_b", "start_b", "end_b", "same")
SEED = 2026


def stories(t17: Path) -> dict[str, list[Path]]:
    """Story name -> its outlets' folders, for the stories told by more than one."""
    out: dict[str, list[Path]] = defaultdict(list)
    for folder in sorted(p for p in t17.iterdir() if (p / "InputDocs").is_dir()):
        out[folder.name.split("_")[0]].append(folder)
    return {name: folders for name, folders in out.items() if len(folders) > 1}


class Story:
    """A story's folders read as one collection: events, entries and where each came from."""

    def __init__(self, t17: Path, folders: list[Path], jobs: int, cache: Path | None):
        extractions, self.path, self.outlet = {}, {}, {}
        for folder in folders:
            for x in load(folder, "given", jobs, cache).extractions:
                if x.article.id in extractions:  # the same text in two folders: read once
                    continue
                extractions[x.article.id] = x
                self.path[x.article.id] = str(Path(x.article.path).relative_to(t17)).replace(
                    "/InputDocs/", "/", 1)
                self.outlet[x.article.id] = folder.name
        ordered = sorted(extractions.values(), key=lambda x: x.article.id)
        actors, self.events = unify_actors(ordered)
        self.people = frozenset(a.id for a in actors if a.kind == "person")
        self.published = {x.article.id: x.article.published for x in ordered}
        self.ids = {path: aid for aid, path in self.path.items()}
        self.spans: dict[tuple[str, int, int], list] = defaultdict(list)
        for e in self.events:
            self.spans[(e.source.article, e.source.start, e.source.end)].append(e)

    def entries(self, rules=RULES):
        return merge_events(self.events, self.published, rules, people=self.people)

    def key(self, path: str, start: str, end: str) -> tuple[str | None, int, int]:
        return self.ids.get(path), int(start), int(end)


def _day(e):
    return e.when.start if e.when.granularity == "day" else None


def draw(story: Story, name: str, k: int, rng: random.Random) -> list[dict]:
    """``k`` pairs per similarity bin: a random first event (day-dated), then a random
    partner of another outlet dated to the same day that shares an actor or a content
    word, in a bin still short of pairs; each sentence used once."""
    items = [item_of(i, e, story.published.get(e.source.article), story.people)
             for i, e in enumerate(story.events)]
    by_day = defaultdict(list)
    for it in items:
        if _day(it.event) is not None:
            by_day[_day(it.event)].append(it)
    order = [it for it in items if _day(it.event) is not None]
    rng.shuffle(order)
    bins: dict[int, list[dict]] = {b: [] for b in range(len(BINS))}
    used: set[tuple] = set()

    def where(it):
        return (it.event.source.article, it.event.source.start, it.event.source.end)

    for a in order:
        if all(len(v) >= k for v in bins.values()):
            break
        if where(a) in used:
            continue
        outlet = story.outlet[a.article]
        picked = pick_partner(a, [b for b in by_day[_day(a.event)]
                                  if story.outlet[b.article] != outlet and where(b) not in used],
                              bins, k, rng)
        if picked is None:
            continue
        n, b = picked
        used.update((where(a), where(b)))
        bins[n].append({"story": name,
                        "article_a": story.path[a.article], "start_a": a.event.source.start,
                        "end_a": a.event.source.end,
                        "article_b": story.path[b.article], "start_b": b.event.source.start,
                        "end_b": b.event.source.end, "same": "",
                        "_a": a.event, "_b": b.event, "_bin": BINS[n]})
    return [row for n in sorted(bins) for row in bins[n]]


def read_gold(path: Path = GOLD) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def score(stories_read: dict[str, Story], gold: list[dict], errors: bool) -> None:
    labels: list[bool] = []
    decided: dict[str, list[bool]] = {"ours": [], "day+actor": [], "day+word": []}
    seen, missing = [], 0
    for name, story in stories_read.items():
        where = entry_of_spans(story.entries())
        for n, row in enumerate(gold):
            if row["story"] != name:
                continue
            a = story.key(row["article_a"], row["start_a"], row["end_a"])
            b = story.key(row["article_b"], row["start_b"], row["end_b"])
            if a not in story.spans or b not in story.spans:
                missing += 1
                continue
            labels.append(row["same"] == "1")
            seen.append(n)
            decided["ours"].append(bool(where.get(a, set()) & where.get(b, set())))
            pairs = [(x, y) for x in story.spans[a] for y in story.spans[b]
                     if _day(x) is not None and _day(x) == _day(y)]
            decided["day+actor"].append(any(set(x.actors) & set(y.actors) for x, y in pairs))
            decided["day+word"].append(any(
                item_of(0, x, None).stems & item_of(0, y, None).stems for x, y in pairs))
    print(f"cross-outlet gold pairs: {len(labels)} ({sum(labels)} same, "
          f"{len(labels) - sum(labels)} apart); {missing} not found among the events\n")
    print_scores(decided, labels)
    print_stories([gold[n]["story"] for n in seen], decided["ours"], labels)
    if errors:
        print("wrong (gold row, label):",
              [(n + 2, int(g)) for n, g, p in zip(seen, labels, decided["ours"]) if g != p])
    print("target: precision >= 0.9, recall >= 0.7")


def main() -> int:
    args = arguments(__doc__.split("\n")[0], "draw K unlabelled pairs per bin and story into PATH")
    t17 = timeline17()
    if t17 is None:
        return 2
    read = {name: Story(t17, folders, args.jobs, args.cache)
            for name, folders in stories(t17).items()}
    if args.draw:
        k, out = int(args.draw[0]), Path(args.draw[1])
        if out.exists():
            print(f"{out} exists: not overwritten", file=sys.stderr)
            return 2
        rng = random.Random(SEED)
        write_draw([row for name, story in read.items() for row in draw(story, name, k, rng)],
                   out, COLUMNS)
        return 0
    score(read, read_gold(), args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
