"""Years of dates written without one ("April 20", "on 4 June"), on Timeline17 news text.

Each Timeline17 article (``../shared/data/t17/*/InputDocs/YYYY-MM-DD/*.txt``) is tagged
with its folder's day as publication date (DCT), as the tagger reads any news text.

1. **Our golds** (``gold/years/days.tsv``, 60 day mentions, tuned on, and
   ``gold/years/blind.tsv``, 39 drawn after the rules and never tuned on; see
   ``gold/years/README.md``), each mention with the value a reader gives it. Exact-value accuracy of ours beside
   two baselines in the same run, on the same expressions: the DCT's year, and the
   nearest year to the DCT (the tagger's old rule when no tense is read).
2. **Suspect years over all of Timeline17**: of every year-less day mention, how many are
   placed more than 60 days after their article's publication (news rarely names a day
   that far ahead without its year) or more than 300 days before it; beside the same
   counts for the two baselines.

Usage: ``python benchmarks/years.py``. Prints tables; writes nothing.
"""
from __future__ import annotations

import csv
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _shared import require  # noqa: E402
from events.temporal import tag  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold" / "years" / "days.tsv"
#: Drawn the same way from the tagger after this round's rules, labelled before scoring.
BLIND = ROOT / "benchmarks" / "gold" / "years" / "blind.tsv"
#: A day named by month and number only ("April 20", "20 April", "Sept. 11th").
YEARLESS_DAY = re.compile(
    r"(?:on |the )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? "
    r"\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*", re.I)
DAY_VALUE = re.compile(r"\d{4}-(\d\d)-(\d\d)$")
AHEAD_DAYS, BEHIND_DAYS = 60, 300


def _with_year(month: int, day: int, year: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 29 February
        return None


def baselines(value: str, dct: date) -> dict[str, str]:
    """The DCT's year, and the year nearest the DCT, for the month and day of ``value``."""
    m = DAY_VALUE.match(value)
    month, day = int(m[1]), int(m[2])
    options = [d for y in (dct.year - 1, dct.year, dct.year + 1)
               if (d := _with_year(month, day, y)) is not None]
    nearest = min(options, key=lambda d: (abs((d - dct).days), d.year != dct.year))
    same = _with_year(month, day, dct.year) or nearest
    return {"DCT's year": same.isoformat(), "nearest year": nearest.isoformat()}


def days_of(path: Path) -> tuple[date, dict[tuple[int, int], str]]:
    """The article's DCT, and each year-less day mention's value by its offsets."""
    dct = date.fromisoformat(path.parent.name)
    text = path.read_text(encoding="utf-8", errors="replace")
    return dct, {(t.start, t.end): t.value for t in tag(text, dct)
                 if YEARLESS_DAY.fullmatch(t.text.strip()) and DAY_VALUE.match(t.value or "")}


METHODS = ("ours", "DCT's year", "nearest year")


def score(t17: Path, path: Path, title: str, cache: dict[str, tuple]) -> None:
    """Exact-value accuracy on one gold file, ours beside the baselines."""
    methods = METHODS
    with path.open(encoding="utf-8") as f:
        gold = list(csv.DictReader(f, delimiter="\t"))
    right = {m: {"far": 0, "near": 0} for m in methods}
    drawn = {"far": 0, "near": 0}
    missing = 0
    for row in gold:
        if row["path"] not in cache:
            cache[row["path"]] = days_of(t17 / row["path"])
        dct, values = cache[row["path"]]
        value = values.get((int(row["start"]), int(row["end"])))
        if value is None:
            missing += 1
            continue
        drawn[row["drawn"]] += 1
        got = {"ours": value, **baselines(value, dct)}
        for m in methods:
            right[m][row["drawn"]] += got[m] == row["gold"]
    n = sum(drawn.values())
    print(f"{title}: {len(gold)} year-less days ({missing} not found as tagged):")
    print(f"{'method':<14} {'all':>7} {'suspect':>9} {'ordinary':>9}")
    for m in methods:
        total = right[m]["far"] + right[m]["near"]
        print(f"{m:<14} {100 * total / n:6.1f}% {right[m]['far']:>5}/{drawn['far']:<3} "
              f"{right[m]['near']:>5}/{drawn['near']:<3}")


def main() -> int:
    t17 = require("data", "t17")
    methods = METHODS
    cache: dict[str, tuple] = {}
    score(t17, GOLD, "our gold (days.tsv, tuned on)", cache)
    print()
    score(t17, BLIND, "blind gold (blind.tsv, drawn after the rules, never tuned on)", cache)
    counts = {m: [0, 0] for m in methods}
    total = 0
    for path in sorted(t17.glob("*/InputDocs/*/*.txt")):
        dct, values = days_of(path)
        for value in values.values():
            total += 1
            got = {"ours": value, **baselines(value, dct)}
            for m in methods:
                gap = (date.fromisoformat(got[m]) - dct).days
                counts[m][0] += gap > AHEAD_DAYS
                counts[m][1] += gap < -BEHIND_DAYS
    print(f"\nall {total} year-less days of Timeline17: placed > {AHEAD_DAYS} days after "
          f"publication / > {BEHIND_DAYS} days before")
    for m in methods:
        print(f"{m:<14} {counts[m][0]:>5} / {counts[m][1]:<5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
