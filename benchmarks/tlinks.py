"""Benchmark: which time expression dates an event, against TimeBank/AQUAINT TLINKs.

    python benchmarks/tlinks.py [--sets timebank,aquaint] [--errors N]

For every gold EVENT of ``../shared/data/timeml/{timebank,aquaint}`` that a TLINK ties to a
TIMEX3 of type DATE or TIME of its own sentence or to the document creation time (DCT)
(durations and sets place nothing on the calendar, so links to them are left out), the text without its
tags goes through our extraction (``events.extract.extract``, our own tagger, the DCT as
publication date). Our pick for the event is what a reader of the timeline sees it dated
by: among our events from the event's sentence, the one whose summary holds the event's
word (else the sentence's first), and that event's time expression, or the DCT when it is
dated by publication. The pick is right when it is one the gold links name (a time
expression overlapping the gold TIMEX3, or the DCT for a link to it); an event we give no
date is wrong.

Baseline, same run, same tags: the nearest time expression of our tagger in the event's
sentence (by characters), or the DCT when the sentence has none.
Printed for all linked events and for those whose gold links name a time expression of
their sentence (not only the DCT). An event dated by the reference day an earlier sentence
set is counted wrong (the gold links name only its own sentence's times and the DCT), and
its share is printed.
"""
from __future__ import annotations

import argparse
import html
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _shared import require  # noqa: E402

SETS = ("timebank", "aquaint")
#: Gold time expressions that can date an event (a duration or a set places nothing).
DATING_TYPES = ("DATE", "TIME")

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse(raw: str):
    """(plain text, DCT, events {eid: (start, end, word)}, timexes {tid: (start, end)},
    instances {eiid: eid}, links [(eiid, tid)])."""
    dct_m = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"', raw) or \
        re.search(r'<TIMEX3[^>]*value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"', raw)
    dct = date.fromisoformat(dct_m[1][:10]) if dct_m else None
    a, b = raw.find("<TEXT>"), raw.find("</TEXT>")
    body = raw[a + len("<TEXT>"):b]
    out, pos, length = [], 0, 0
    open_tags: list[tuple[str, dict, int]] = []
    events, timexes = {}, {}
    for m in _TAG.finditer(body):
        seg = html.unescape(body[pos:m.start()])
        out.append(seg)
        length += len(seg)
        pos = m.end()
        closing, name, attrs = m[1], m[2], dict(_ATTR.findall(m[3]))
        if name not in ("EVENT", "TIMEX3"):
            continue
        if not closing:
            open_tags.append((name, attrs, length))
        elif open_tags:
            oname, oattrs, start = open_tags.pop()
            if oname == "EVENT":
                events[oattrs["eid"]] = (start, length)
            elif oattrs.get("type") in DATING_TYPES:
                timexes[oattrs["tid"]] = (start, length)
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    events = {k: (s, e, text[s:e]) for k, (s, e) in events.items()}
    instances = {m["eiid"]: m["eventID"] for m in
                 (dict(_ATTR.findall(x)) for x in re.findall(r"<MAKEINSTANCE[^>]*>", raw))}
    links = []
    for x in re.findall(r"<TLINK[^>]*>", raw):
        at = dict(_ATTR.findall(x))
        if "eventInstanceID" in at and "relatedToTime" in at:
            links.append((at["eventInstanceID"], at["relatedToTime"]))
        elif "timeID" in at and "relatedToEventInstance" in at:
            links.append((at["relatedToEventInstance"], at["timeID"]))
    return text, dct, events, timexes, instances, links


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def run(sets, show_errors: int = 0) -> dict:
    from events.extract import extract
    from events.models import Article, ArticleInfo
    from events.options import Options
    from events.text.sentences import split_sentences

    options = Options()
    tally: Counter = Counter()
    errors = []
    for name in sets:
        for path in sorted(require("data", "timeml", name).glob("*.tml")):
            raw = path.read_text(encoding="utf-8")
            text, dct, gold_events, timexes, instances, links = parse(raw)
            if dct is None:
                continue
            done = extract(Article(ArticleInfo(path.stem, path.stem, "x", published=dct,
                                               published_from="meta"), text), options)
            sentences = split_sentences(text)
            ours_times = sorted((t.start, t.end) for t in done.times)
            gold_for: dict[str, set] = {}
            for eiid, tid in links:
                eid = instances.get(eiid)
                if eid not in gold_events:
                    continue
                gold_for.setdefault(eid, set()).add(tid)
            for eid, tids in sorted(gold_for.items()):
                start, end, word = gold_events[eid]
                sent = next((s for s in sentences if s.start <= start < s.end), None)
                if sent is None:
                    continue
                gold = set()
                for tid in tids:
                    if tid == "t0":
                        gold.add("DCT")
                    elif tid in timexes and sent.start <= timexes[tid][0] < sent.end:
                        gold.add(timexes[tid])
                if not gold:
                    continue
                in_sentence = gold != {"DCT"}
                # ours
                cands = [e for e in done.events if e.source.start == sent.start]
                w = re.compile(r"\b" + re.escape(word) + r"\b")
                chosen = next((e for e in cands if w.search(e.summary)), cands[0] if cands else None)
                pick = None
                earlier = False
                if chosen is not None:
                    if chosen.dated_by == "publication" or (
                            not chosen.source.time_text and chosen.when.start == dct == chosen.when.end):
                        pick = "DCT"
                    elif not chosen.source.time_text:
                        earlier = True  # the reference day an earlier sentence set
                    elif chosen.source.time_text:
                        quote = chosen.source.quote
                        hits = [m.start() for m in re.finditer(re.escape(chosen.source.time_text), quote)]
                        if hits:
                            h = min(hits, key=lambda h: abs(sent.start + h - start))
                            pick = (sent.start + h, sent.start + h + len(chosen.source.time_text))
                # baseline: nearest time expression of the sentence
                near = [t for t in ours_times if sent.start <= t[0] < sent.end]
                base = min(near, key=lambda t: max(t[0] - end, start - t[1], 0)) if near else "DCT"

                def right(p):
                    if p is None:
                        return False
                    if p == "DCT":
                        return "DCT" in gold
                    return any(g != "DCT" and _overlaps(p, g) for g in gold)

                for subset in ("all", "in-sentence") if in_sentence else ("all",):
                    tally[subset, "n"] += 1
                    tally[subset, "ours"] += right(pick)
                    tally[subset, "base"] += right(base)
                    tally[subset, "undated"] += pick is None and not earlier
                    tally[subset, "earlier"] += earlier
                if not right(pick) and len(errors) < show_errors:
                    errors.append((path.stem, word, pick if pick in (None, "DCT") else text[pick[0]:pick[1]],
                                   sorted("DCT" if g == "DCT" else text[g[0]:g[1]] for g in gold),
                                   text[sent.start:sent.end][:160]))
    return {"tally": tally, "errors": errors}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--errors", type=int, default=0, help="print this many of our misses")
    args = ap.parse_args()
    result = run(args.sets.split(","), args.errors)
    t = result["tally"]
    print("Event-time links of " + "+".join(args.sets.split(",")) +
          ": is the event dated by the time expression (or the DCT) the gold TLINK names?")
    print(f"{'events':<52s} {'n':>5s} {'ours':>8s} {'nearest in sentence':>20s} {'we give no date':>16s} "
          f"{'dated by an earlier sentence':>29s}")
    for subset, label in (("all", "linked to a time of their sentence or the DCT"),
                          ("in-sentence", "linked to a time of their sentence")):
        n = t[subset, "n"]
        if not n:
            continue
        print(f"{label:<52s} {n:5d} {100 * t[subset, 'ours'] / n:7.1f}% {100 * t[subset, 'base'] / n:19.1f}% "
              f"{100 * t[subset, 'undated'] / n:15.1f}% {100 * t[subset, 'earlier'] / n:28.1f}%")
    for e in result["errors"]:
        print("  miss:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
