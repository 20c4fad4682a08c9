"""Benchmark: WikiWars read as narrative, the way a plain-text build reads it.

    python benchmarks/wikiwars.py

Each WikiWars history (``../shared/data/timeml/wikiwars``) is turned into plain text
(``shared/tools/strip_timex.py``: no DCT) and built as ``timeline build`` does: read, dated
by the collection (an encyclopedia text has no publication date: the tool infers one or
leaves it unknown), then extracted. Printed:

- value F1 (TempEval-3, ``shared/tools/score_timex.py``) of the time expressions tagged
  against the date the build settled for each text, beside the same tagger given the gold
  DCT (the setting of ``benchmarks/temporal.py``), in the same run;
- the events whose status is "planned" or "expected" though their clause is in the past
  tense (the target is none), and the share of events so marked.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _shared import require  # noqa: E402


def _score(gold: Path, ours: Path) -> dict:
    scorer = require("tools", "score_timex.py")
    out = ours.with_suffix(".json")
    done = subprocess.run([sys.executable, str(scorer), str(gold), str(ours), "--json", str(out)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"score_timex.py failed: {done.stderr.strip()}")
    return json.loads(out.read_text(encoding="utf-8"))


def main() -> int:
    from events.options import Options
    from events.temporal import tag
    from events.temporal.tense import clause_tense
    from events.temporal.timeml import retag_timeml
    from timeline.build import extract_all, read_collection

    gold = require("data", "timeml", "wikiwars")
    strip = require("tools", "strip_timex.py")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        subprocess.run([sys.executable, str(strip), str(gold), str(tmp / "txt")], check=True,
                       capture_output=True)
        texts = sorted((tmp / "txt").glob("*.txt"))
        # the plain-text build: the .txt files carry no date of their own
        bare = tmp / "bare"
        bare.mkdir()
        for t in texts:
            (bare / t.name).write_text(t.read_text(encoding="utf-8"), encoding="utf-8")
        options = Options()
        collection = read_collection([str(p) for p in sorted(bare.glob("*.txt"))], options)
        articles = collection.dated()
        settled = {Path(a.info.path).stem: a.info.published for a in articles}
        # as extraction tags them: a date inferred from the text's own dates says so
        inferred = {Path(a.info.path).stem for a in articles
                    if a.info.published_from == "inferred"}
        extractions = [x for x in extract_all(articles, options) if hasattr(x, "events")]
        for name, dct_of in (("build", lambda stem, gold_dct: settled.get(stem)),
                             ("gold-dct", lambda stem, gold_dct: gold_dct)):
            out = tmp / name
            out.mkdir()
            for path in sorted(gold.glob("*.tml")):
                raw = path.read_text(encoding="utf-8")
                stem = path.name[:-len(".tml")]

                def tagger(text, dct, stem=stem, dct_of=dct_of, name=name):
                    return tag(text, dct_of(stem, dct),
                               dct_from_text=name == "build" and stem in inferred)
                (out / path.name).write_text(retag_timeml(raw, tagger=tagger), encoding="utf-8")
        scores = {name: _score(gold, tmp / name) for name in ("build", "gold-dct")}
    events = [(x, e) for x in extractions for e in x.events]
    wrong = []
    by_id = {a.id: a for a in articles}
    for x, e in events:
        if e.status not in ("planned", "expected"):
            continue
        text = by_id[x.article.id].text
        s = e.source
        at = text.find(s.time_text, s.start, s.end) if s.time_text else s.start
        if clause_tense(text, s.start, s.end, at if at >= 0 else s.start) == "past":
            wrong.append((x.article.id, e.status, s.quote[:120]))
    undated = sum(1 for d in settled.values() if d is None)
    print(f"WikiWars as a plain-text build: {len(texts)} texts, {undated} left undated, "
          f"{len(texts) - undated} dated by inference")
    for name, label in (("build", "dates the build settled (narrative)"),
                        ("gold-dct", "same tagger, gold DCT given (baseline)")):
        s = scores[name]
        s = s.get("total", s)
        print(f"  value F1, {label:<42s} {100 * s['value_F1']:.2f}  (strict F1 {100 * s['strict']['F1']:.2f}, "
              f"relaxed F1 {100 * s['relaxed']['F1']:.2f})")
    planned = sum(1 for _, e in events if e.status in ("planned", "expected"))
    print(f"  events: {len(events)}; planned or expected: {planned}; "
          f"of those with a past-tense clause: {len(wrong)} (target 0)")
    for w in wrong[:10]:
        print("   ", w)
    return 0


if __name__ == "__main__":
    sys.exit(main())
