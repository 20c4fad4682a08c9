"""Digest date selection on Timeline17's Libya topics, beside a date-wise baseline.

Reads ``../shared/data/t17`` (or ``$TIMELINE_SHARED/data/t17``). For each topic, the
articles of ``InputDocs/`` are read and extracted once; then

- **ours**: ``timeline build --dates N`` (merge, salience, :func:`timeline.digest.digest`)
  with N the length of the gold timeline;
- **date-wise baseline**: every day-level date our tagger finds in the articles, counted
  over all articles, and the N most mentioned taken.

Both are scored with ``../shared/tools/score_dates.py`` (date F1, mean over the topic's gold
timelines). The publication dates the articles carry are set three ways, each labelled:

- ``text+corpus``: end to end, what a user gets. The dates the pipeline finds in the text,
  then what the corpus infers (a dateline's missing year, undated articles dated from the
  others); articles still undated stay undated. No folder date is used.
- ``+folder rest``: the same, and then articles still undated after the corpus inference
  take the date of their Timeline17 folder (what ``--published`` would give them).
- ``text|folder``: the usual TLS setting, where publication dates are input: every
  article without a date in its text takes its folder date, before any inference.

The published TLS systems get article dates as input, so the last two settings are the
ones comparable with them; the first is the honest end-to-end figure.

Target: mean date-F1 >= 0.56 on the Libya topics (published best over all nine Timeline17
topics: 0.544). Usage: ``python benchmarks/digest.py [--jobs N] [--topics A B]
[--only SETTING]``. Prints a table; writes only temporary files.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _shared import shared_dir  # noqa: E402
from events.ingest import expand_inputs, iter_articles  # noqa: E402
from events.dating import date_article  # noqa: E402
from events.models import Article, InputProblem  # noqa: E402
from events.options import Options  # noqa: E402
from timeline.build import assemble, extract_all, read_collection  # noqa: E402

TOPICS = ("LibyaWar_reuters", "LibyaWar_cnn")
#: The publication-date settings (see the module docstring).
SETTINGS = ("text+corpus", "+folder rest", "text|folder")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FOLDER = re.compile(r"(\d{4}-\d{2}-\d{2})$")


def gold_length(timelines: Path) -> int:
    """N: the number of dates of the topic's gold timeline (the mean over several)."""
    sizes = [sum(1 for line in p.read_text(encoding="utf-8", errors="replace").splitlines()
                 if _DAY.match(line.strip()))
             for p in sorted(timelines.iterdir()) if p.is_file()]
    return round(sum(sizes) / len(sizes))


def folder_date(path: str) -> date | None:
    """The Timeline17 folder date (InputDocs/YYYY-MM-DD/...) of an article's path."""
    m = _FOLDER.search(str(Path(path).parent))
    return date.fromisoformat(m.group(1)) if m else None


def read_topic(topic: Path, jobs: int, setting: str):
    """Read, date and extract every article of a topic with the publication dates of
    ``setting`` (see the module docstring), as a build does; returns (extractions,
    problems, clues) for ``assemble``."""
    names = expand_inputs([str(topic / "InputDocs")])
    options = Options(jobs=jobs)

    def articles():
        for item in iter_articles(names, Options()):
            if setting == "text|folder" and isinstance(item, Article):
                own = own_date(item)
                if own.published is None:
                    item = _with_folder_date(own.info, own.text)
            yield item

    collection = read_collection(articles(), options)
    dated = collection.dated()
    if setting == "+folder rest":
        dated = [_with_folder_date(a.info, a.text) if a.published is None else a for a in dated]
    results = extract_all(dated, options)
    extractions = [x for x in results if not isinstance(x, InputProblem)]
    problems = collection.problems + [x for x in results if isinstance(x, InputProblem)]
    return extractions, problems, collection.clues


def own_date(article: Article) -> Article:
    """The article dated by its own evidence only."""
    return date_article(article)


def _with_folder_date(info, text: str) -> Article:
    day = folder_date(info.path or "")
    if day is None:
        return Article(info, text)
    return Article(replace(info, published=day, published_from="user",
                           published_how="Timeline17 folder"), text)


def ours(extractions, problems, clues, n: int) -> list[str]:
    """The digest's N dates."""
    timeline = assemble(extractions, problems, Options(dates=n), profiles=clues)
    return sorted({e.when.start.isoformat() for e in timeline.entries})


def datewise_baseline(extractions, n: int) -> list[str]:
    """The N day-level dates mentioned most often across the articles (ties: earlier)."""
    counts: Counter[str] = Counter()
    for x in extractions:
        for t in x.times:
            iv = t.interval
            if t.type in ("DATE", "TIME") and iv is not None and iv.granularity in ("day", "time"):
                counts[iv.start.isoformat()] += 1
    return sorted(sorted(counts, key=lambda d: (-counts[d], d))[:n])


def score(timelines: Path, dates: list[str], tools: Path) -> tuple[float, float, float]:
    """(P, R, F1) from score_dates.py, the mean over the topic's gold timelines."""
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.json"
        out = Path(tmp) / "score.json"
        pred.write_text(json.dumps(dates))
        subprocess.run([sys.executable, str(tools / "score_dates.py"), str(timelines), str(pred),
                        "--json", str(out)], check=True, capture_output=True)
        mean = json.loads(out.read_text())["mean"]
    return mean["P"], mean["R"], mean["F1"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--topics", nargs="+", default=list(TOPICS))
    ap.add_argument("--only", choices=SETTINGS, help="run one publication-date setting only")
    args = ap.parse_args()
    shared = shared_dir()
    t17 = shared / "data" / "t17"
    if not t17.is_dir():
        print(f"Timeline17 data not found at {t17}: set TIMELINE_SHARED", file=sys.stderr)
        return 2
    settings = [args.only] if args.only else list(SETTINGS)
    print(f"{'dates':13s} {'topic':18s} {'N':>3s}  {'ours P / R / F1':>21s}   "
          f"{'date-wise P / R / F1':>21s}   {'s':>5s}")
    for label in settings:
        rows = []
        for name in args.topics:
            topic = t17 / name
            n = gold_length(topic / "timelines")
            start = time.perf_counter()
            extractions, problems, kept = read_topic(topic, args.jobs, label)
            mine = score(topic / "timelines", ours(extractions, problems, kept, n),
                         shared / "tools")
            seconds = time.perf_counter() - start
            base = score(topic / "timelines", datewise_baseline(extractions, n), shared / "tools")
            rows.append((mine, base))
            print(f"{label:13s} {name:18s} {n:3d}  {mine[0]:.3f} / {mine[1]:.3f} / {mine[2]:.3f}"
                  f"   {base[0]:.3f} / {base[1]:.3f} / {base[2]:.3f}   {seconds:5.1f}")
        mean_ours = sum(r[0][2] for r in rows) / len(rows)
        mean_base = sum(r[1][2] for r in rows) / len(rows)
        print(f"{label:13s} {'mean date-F1':18s} {'':3s}  {mean_ours:21.3f}   {mean_base:21.3f}")
    print("target: mean date-F1 >= 0.56 (published best over nine T17 topics: 0.544)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
