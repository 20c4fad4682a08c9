"""Summaries a reader can use: the share of sampled event summaries labelled readable.

    python benchmarks/summaries.py --draw N --seed S [--exclude FILE]   # print a new sample
    python benchmarks/summaries.py [--show]                             # score the gold

The inputs are the 30 articles of the SemEval-2015 TimeLine trial set and every 25th
article (by path) of each Timeline17 topic, read as the tool reads them, dated by their own
evidence and the collection (``timeline.build.read_collection``), and extracted; events
are taken before merging (one per clause). ``--draw`` prints N events drawn at random with
seed S: path under the data folder, the sentence's offsets, the event id (a hash of the
article id and offsets, no text), what dates it, and (on the screen only) its summary and
sentence, to be labelled by hand.

The gold (``gold/summaries/labels.tsv``, see ``gold/summaries/README.md``) holds such rows
with a label: 1 when the summary reads on its own as a statement with its subject and verb
that says what the sentence reports for this event, 0 when not. ``blind`` is the label of
the summary the code made before any change for it, ``final`` the label of the summary it
makes now. No article text is stored. Printed: the share readable per sample and label
column, and with ``--show`` each row's current summary.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _shared import require  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold" / "summaries" / "labels.tsv"
#: One Timeline17 article in this many (by path) of each topic goes into the pool.
EVERY = 25


def inputs(data: Path) -> list[Path]:
    """The articles of the pool, in a fixed order."""
    paths = sorted((data / "timeline15-trial" / "articles").glob("*.txt"))
    for topic in sorted((data / "t17").iterdir()):
        docs = sorted(p for p in (topic / "InputDocs").rglob("*") if p.is_file())
        paths.extend(docs[::EVERY])
    return paths


def extract_pool(data: Path):
    """(path under data, event, article text) for every event of the pool."""
    from events.models import Extraction
    from events.options import Options
    from timeline.build import extract_all, read_collection

    options = Options()
    paths = inputs(data)
    collection = read_collection([str(p) for p in paths], options)
    articles = collection.dated()
    texts = {a.id: a.text for a in articles}
    rel = {a.id: str(Path(a.info.path).resolve().relative_to(data.resolve())) for a in articles}
    out = []
    for x in extract_all(articles, options):
        if isinstance(x, Extraction):
            for e in x.events:
                out.append((rel[x.article.id], e, texts[x.article.id]))
    out.sort(key=lambda r: (r[0], r[1].source.start, r[1].id))
    return out


def _key(path: str, event_id: str) -> tuple[str, str]:
    return path, event_id


def draw(pool, n: int, seed: int, exclude: set) -> None:
    """Print ``n`` events of the pool drawn with ``seed`` (none of ``exclude``)."""
    candidates = [r for r in pool if _key(r[0], r[1].id) not in exclude]
    for path, e, text in random.Random(seed).sample(candidates, n):
        print(f"{path}\t{e.source.start}\t{e.source.end}\t{e.id}\t{e.dated_by}")
        print(f"    SUMMARY: {e.summary}")
        print(f"    SENTENCE: {' '.join(e.source.quote.split())}  [time: {e.source.time_text}]")


def read_gold(path: Path = GOLD) -> list[dict]:
    """The labelled rows of the gold file."""
    with path.open(encoding="utf-8") as f:
        return [r for r in csv.DictReader((line for line in f if not line.startswith("#")),
                                          delimiter="\t")]


def score(pool, show: bool) -> None:
    """Print the share readable per sample and label column, with the summaries now."""
    now = {_key(p, e.id): (e, text) for p, e, text in pool}
    rows = read_gold()
    for sample in sorted({r["sample"] for r in rows}):
        mine = [r for r in rows if r["sample"] == sample]
        found = sum(_key(r["path"], r["event"]) in now for r in mine)
        print(f"sample {sample}: {len(mine)} rows, {found} still made by the code now")
        for column in ("blind", "final"):
            labels = [r[column] for r in mine if r[column] in ("0", "1")]
            if labels:
                ok = labels.count("1")
                print(f"  {column:6s} readable {100 * ok / len(labels):5.1f} % ({ok}/{len(labels)})")
    if show:
        for r in rows:
            hit = now.get(_key(r["path"], r["event"]))
            summary = hit[0].summary if hit else "(no such event now)"
            print(f"{r['sample']}\t{r['path']}\t{r['start']}\t{r['event']}\t"
                  f"{r['blind']}/{r['final']}\t{summary}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--draw", type=int, help="print this many events drawn at random")
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--exclude", type=Path, help="a gold file whose rows are not drawn again")
    ap.add_argument("--show", action="store_true", help="print each gold row's summary now")
    args = ap.parse_args()
    pool = extract_pool(require("data"))
    print(f"pool: {len(pool)} events", file=sys.stderr)
    if args.draw:
        exclude = {_key(r["path"], r["event"]) for r in read_gold(args.exclude)} \
            if args.exclude else set()
        draw(pool, args.draw, args.seed, exclude)
    else:
        score(pool, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
