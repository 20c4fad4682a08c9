"""Actor recognition benchmark: precision, recall, F1, alias merging and speed.

Usage:  .venv/bin/python benchmarks/actors.py [--errors] [--set=gold|held-out|blind|example ...]

Reads the gold actors in benchmarks/gold/actors/gold.tsv (guidelines in the README there)
and the articles they name from ../shared (override with TIMELINE_SHARED). For the default
rule recognizer, for spaCy (or "not installed") and for a naive baseline (every capitalized
run that does not open a sentence is an actor), all in the same run, it prints:

- precision, recall and F1 of the canonical actors per article, micro (pooled over all
  articles) and macro (mean of the per-article scores). A system actor matches a gold actor
  when a name or alias of one equals a name or alias of the other, after normalization;
  matching is one to one, so an actor split in two counts one match and one false positive.
- alias-merge accuracy: the share of gold alias groups that the system merged right. A
  within-article group is a gold actor with two or more names of which the system found at
  least two as mentions; it is right when all the mentions with those names map to one
  system actor, and that actor has no mention bearing a name of another gold actor. A
  cross-article group is a gold actor id that the system found in two or more articles; it
  is right when ``unify`` maps all of them to one global actor that no other gold id shares.
- words per second of ``find_actors`` over the gold articles plus every 10th Timeline17
  article (text read beforehand, pipeline loaded and warmed up before timing).

The same scores follow for the held-out set (heldout.tsv: articles annotated after the
rules were tuned on gold.tsv), to show how far they carry to unseen text, and for the blind
set (blind.tsv: 32 articles of sources no rule was tuned on, read as the tool reads them).
"spacy raw" is spaCy's own entities (PERSON, ORG, GPE, NORP), one actor per distinct text;
"spacy" is our pipeline with spaCy in place of the rule recognizer.

Last, the worked example (examples/): the share of its gold actors found (per article and
on the built page's actor list), and the bylines, credits and outlets of
example-not-actors.tsv read as actors (there must be none).
"""
from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from _shared import shared_dir  # noqa: E402
from events.actors import NerUnavailable, find_actors, unify  # noqa: E402
from events.ingest import read_input  # noqa: E402
from events.models import Actor, ActorMention, Article, ArticleInfo  # noqa: E402
from events.options import Options  # noqa: E402

GOLD = REPO / "benchmarks" / "gold" / "actors" / "gold.tsv"
HELDOUT = REPO / "benchmarks" / "gold" / "actors" / "heldout.tsv"
BLIND = REPO / "benchmarks" / "gold" / "actors" / "blind.tsv"
NOT_ACTORS = REPO / "benchmarks" / "gold" / "actors" / "example-not-actors.tsv"
EXAMPLES = REPO / "examples"


def norm(name: str) -> str:
    """A name compared loosely: no possessive, dots, hyphens or case."""
    name = re.sub(r"\s*['\u2019]s$", "", name.strip())
    return re.sub(r"[\s\-]+", " ", re.sub(r"[.'\u2019`]", "", name)).lower().strip()


def read_gold(path: Path) -> dict[str, list[tuple[str, str, set[str]]]]:
    """article path -> [(gold id, kind, normalized names)]."""
    gold: dict[str, list[tuple[str, str, set[str]]]] = defaultdict(list)
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        path, gid, kind, name, others = (line.split("\t") + [""])[:5]
        names = {norm(name)} | {norm(o) for o in others.split("|") if o.strip()}
        gold[path].append((gid, kind, names))
    return gold


def naive(article: Article):
    """Baseline: every capitalized run that does not open a sentence is an actor."""
    actors: dict[str, Actor] = {}
    mentions = []
    for m in re.finditer(r"(?<=[a-z,;] )[A-Z][\w\-]*(?: [A-Z][\w\-]*)*", article.text):
        key = norm(m.group())
        actors.setdefault(key, Actor(key, m.group(), "other"))
        mentions.append(ActorMention(m.start(), m.end(), m.group(), key))

    class Result:
        pass

    result = Result()
    result.actors, result.mentions = tuple(actors.values()), tuple(mentions)
    return result


def spacy_raw(article: Article):
    """Baseline: spaCy's own entities (PERSON, ORG, GPE, NORP), one actor per distinct text."""
    from events.actors import spacy_backend

    nlp = spacy_backend.pipeline()
    actors: dict[str, Actor] = {}
    mentions = []
    for ent in nlp(article.text).ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        key = norm(ent.text)
        actors.setdefault(key, Actor(key, ent.text, "other"))
        mentions.append(ActorMention(ent.start_char, ent.end_char, ent.text, key))

    class Result:
        pass

    result = Result()
    result.actors, result.mentions = tuple(actors.values()), tuple(mentions)
    return result


def names_of(actor: Actor) -> set[str]:
    return {norm(actor.name)} | {norm(a) for a in actor.aliases}


def score_article(gold, result):
    """(true positives, system count, gold count, {gold id: system actor id}, false pos, false neg)."""
    matched: dict[str, str] = {}
    used: set[str] = set()
    for gid, _, names in gold:
        for actor in result.actors:
            if actor.id not in used and names & names_of(actor):
                matched[gid] = actor.id
                used.add(actor.id)
                break
    fps = [a.name for a in result.actors if a.id not in used]
    fns = [sorted(names)[0] for gid, _, names in gold if gid not in matched]
    return len(matched), len(result.actors), len(gold), matched, fps, fns


def merge_groups(gold, result) -> tuple[int, int]:
    """Within-article alias groups: (tested, right)."""
    by_text: dict[str, set[str]] = defaultdict(set)
    for m in result.mentions:
        by_text[norm(m.text)].add(m.actor)
    tested = right = 0
    for gid, _, names in gold:
        found = [n for n in names if n in by_text]
        if len(found) < 2:
            continue
        tested += 1
        targets = set().union(*(by_text[n] for n in found))
        if len(targets) != 1:
            continue
        (target,) = targets
        others = set().union(*(names2 for g2, _, names2 in gold if g2 != gid))
        if not any(target in by_text[n] for n in others if n in by_text):
            right += 1
    return tested, right


def run(name: str, recognize, gold, texts, speed_texts):
    """Score one recognizer; returns a dict of printed values, or None when unavailable."""
    try:
        recognize(Article(ArticleInfo("warm", "warm", "h"), "NATO chief Jens Stoltenberg said."))
    except NerUnavailable:
        return None
    tp = sys_n = gold_n = 0
    per_article = []
    local: list[tuple[str, tuple[Actor, ...]]] = []
    matches: dict[str, dict[str, str]] = {}
    tested = right = 0
    errors = []
    for path, actors in gold.items():
        result = recognize(texts[path])
        t, s, g, matched, fps, fns = score_article(actors, result)
        tp, sys_n, gold_n = tp + t, sys_n + s, gold_n + g
        p, r = (t / s if s else 1.0), (t / g if g else 1.0)
        per_article.append((p, r, 2 * p * r / (p + r) if p + r else 0.0))
        w_tested, w_right = merge_groups(actors, result)
        tested, right = tested + w_tested, right + w_right
        local.append((path, result.actors))
        matches[path] = matched
        errors.append((path, fps, fns))
    x_tested = x_right = 0
    if name not in ("naive", "spacy raw"):
        _, mapping = unify(local)
        global_of: dict[str, set[str]] = defaultdict(set)
        for path, matched in matches.items():
            for gid, local_id in matched.items():
                global_of[gid].add(mapping[(path, local_id)])
        seen_in = defaultdict(int)
        for matched in matches.values():
            for gid in matched:
                seen_in[gid] += 1
        for gid, targets in global_of.items():
            if seen_in[gid] < 2:
                continue
            x_tested += 1
            shared = any(targets & t2 for g2, t2 in global_of.items() if g2 != gid)
            x_right += len(targets) == 1 and not shared
    speed = "-"
    if speed_texts:
        words = sum(len(a.text.split()) for a in speed_texts)
        start = time.perf_counter()
        for article in speed_texts:
            recognize(article)
        speed = f"{words / (time.perf_counter() - start):,.0f}"
    precision, recall = tp / sys_n if sys_n else 0.0, tp / gold_n if gold_n else 0.0
    macro = [sum(x[k] for x in per_article) / len(per_article) for k in range(3)]
    return {
        "precision (micro)": precision,
        "recall (micro)": recall,
        "F1 (micro)": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "precision (macro)": macro[0],
        "recall (macro)": macro[1],
        "F1 (macro)": macro[2],
        "alias merge (within)": f"{right}/{tested}",
        "alias merge (across)": f"{x_right}/{x_tested}" if name not in ("naive", "spacy raw") else "-",
        "alias merge accuracy": (right + x_right) / (tested + x_tested) if tested + x_tested else 1.0,
        "words per second": speed,
        "_errors": errors,
    }


def worked_example(gold) -> None:
    """The worked example (examples/, what `make demo` builds): the share of its gold people,
    organizations and countries (the seeds' rows of gold.tsv) found, in the article actors
    and on the built page's actor list, and any byline, credit or outlet read as an actor."""
    from timeline.build import build_timeline

    files = sorted(EXAMPLES.glob("*.txt"))
    wanted = {f.name: next((acts for p, acts in gold.items() if Path(p).name == f.name), []) for f in files}
    banned = defaultdict(set)
    for line in NOT_ACTORS.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, who = line.split("\t")[:2]
            banned[name].add(norm(who))
    found = total = 0
    leaks: list[str] = []
    for f in files:
        result = find_actors(read_input(str(f), Options()), Options())
        t, _, g, _, _, _ = score_article(wanted[f.name], result)
        found, total = found + t, total + g
        leaks += [a.name for a in result.actors if names_of(a) & banned[f.name]]
    timeline = build_timeline([str(f) for f in files], Options())
    page = set().union(*(names_of(a) for a in timeline.actors)) if timeline.actors else set()
    gold_ids = {gid: names for acts in wanted.values() for gid, _, names in acts}
    on_page = sum(bool(names & page) for names in gold_ids.values())
    page_leaks = [a.name for a in timeline.actors if names_of(a) & set().union(*banned.values())]
    print(f"worked example ({len(files)} articles): gold actors found {found}/{total} = {found / total:.3f}; "
          f"on the page's actor list {on_page}/{len(gold_ids)} = {on_page / len(gold_ids):.3f}; "
          f"bylines, credits or outlets read as actors: {len(leaks)} {leaks}, on the page: {len(page_leaks)} {page_leaks}")
    print()


def main() -> int:
    """Print the table (and with --errors, each article's misses)."""
    shared = shared_dir()
    if not (shared / "seeds").is_dir() or not (shared / "data" / "t17").is_dir():
        print(f"shared data not found at {shared} (set TIMELINE_SHARED); nothing measured")
        return 1
    gold, heldout, blind = read_gold(GOLD), read_gold(HELDOUT), read_gold(BLIND)
    texts = {p: Article(ArticleInfo(p, p, "h"), (shared / p).read_text("utf-8", errors="replace"))
             for p in [*gold, *heldout]}
    # the blind set is read the way the tool reads it (HTML through trafilatura, tokens undone)
    texts.update({p: read_input(str(shared / p), Options()) for p in blind})
    t17 = sorted((shared / "data" / "t17").glob("*/InputDocs/*/*.txt"))[::10]
    speed = [texts[p] for p in gold] + [Article(ArticleInfo(str(p), "", "h"), p.read_text("utf-8", errors="replace"))
                                        for p in t17]
    columns = {
        "rules": lambda a: find_actors(a, Options(ner="rules")),
        "spacy": lambda a: find_actors(a, Options(ner="spacy")),
        "spacy raw": spacy_raw,
        "naive": naive,
    }
    words = sum(len(a.text.split()) for a in speed)
    results = {}
    only = [a.split("=", 1)[1] for a in sys.argv if a.startswith("--set=")]
    sets = [s for s in (("gold set", gold, speed), ("held-out set", heldout, []), ("blind set", blind, []))
            if not only or s[0].split()[0] in only]
    for label, gold_set, timed in sets:
        results = {name: run(name, fn, gold_set, texts, timed) for name, fn in columns.items()}
        print(f"actors, {label}: {len(gold_set)} articles, {sum(map(len, gold_set.values()))} gold actors"
              + (f"; speed over {len(speed)} articles, {words:,} words" if timed else ""))
        header = f"{'':24}" + "".join(f"{n:>16}" for n in results)
        print(header)
        print("-" * len(header))
        for key in [k for k in results["rules"] if not k.startswith("_") and (timed or k != "words per second")]:
            cells = []
            for name, res in results.items():
                value = "not installed" if res is None else res[key]
                cells.append(f"{value:>16.3f}" if isinstance(value, float) else f"{value:>16}")
            print(f"{key:24}" + "".join(cells))
        print()
        if "--errors" in sys.argv:
            for name in ("rules", "spacy"):
                if results[name] is None:
                    continue
                print(f"== errors, {label}, {name}")
                for path, fps, fns in results[name]["_errors"]:
                    if fps or fns:
                        print(f"{path}\n  false positives: {fps}\n  missed: {fns}")
                print()
    if not only or "example" in only:
        worked_example(gold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
