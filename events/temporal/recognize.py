"""Recognition: find the time expressions of a text with the rule tables.

1. Every core rule of :data:`events.temporal.rules.CORE` is run over the text; each match
   its builder accepts is a candidate.
2. Candidates are chosen longest first; a candidate that overlaps one already chosen is
   dropped (on equal length the earlier rule in the table wins).
3. Prefix and suffix rules extend the chosen expressions ("the end of" + "November",
   "two days" + "later") as long as the extension runs into no other expression.
4. Join rules merge neighbours ("10 p.m." + "Wednesday").

All patterns are compiled once. Each is linear to match, and the work after matching is
O(n log n) in the number of candidates, so the whole is linear in the text in practice.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from events.temporal import compose, normalize, rules
from events.temporal.sem import Sem

_MACRO = re.compile(r"\{(?:(\w+):)?([A-Z_]+)\}")
_PREFIX_WINDOW = 60
_SUFFIX_WINDOW = 40


@dataclass(frozen=True, slots=True)
class Found:
    """A recognised expression: span, the rule that made it and its meaning."""

    start: int
    end: int
    rule: str
    sem: Sem


def expand(pattern: str) -> str:
    """Replace ``{MACRO}`` and ``{name:MACRO}`` in a rule pattern by their regex."""
    def sub(m):
        body = rules.MACROS[m.group(2)]
        return f"(?P<{m.group(1)}>{body})" if m.group(1) else f"(?:{body})"
    return _MACRO.sub(sub, pattern)


@lru_cache(maxsize=1)
def compiled():
    """The compiled rule tables: (core, prefixes, suffixes, joins)."""
    core = [(r, re.compile(r"(?<![\w])(?:" + expand(r.pattern) + r")(?![\w])", re.I),
             normalize.CORE_BUILDERS[r.build]) for r in rules.CORE]
    prefixes = [(w, re.compile(r"(?<![\w])(?:" + expand(w.pattern) + ")", re.I),
                 compose.WRAP_BUILDERS[w.build]) for w in rules.PREFIXES]
    suffixes = [(w, re.compile(expand(w.pattern), re.I), compose.WRAP_BUILDERS[w.build])
                for w in rules.SUFFIXES]
    joins = [(j, re.compile(expand(j.pattern), re.I), compose.JOIN_BUILDERS[j.build])
             for j in rules.JOINS]
    return core, prefixes, suffixes, joins


def candidates(text: str) -> list[Found]:
    """Every match of every core rule that its builder accepts, in rule order."""
    out = []
    core = compiled()[0]
    for rule, regex, build in core:
        for m in regex.finditer(text):
            if m.end() == m.start():
                continue
            sem = build(m.groupdict(), text, m.start(), m.end())
            if sem is not None:
                out.append(Found(m.start(), m.end(), rule.name, sem))
    return out


def choose(found: list[Found]) -> list[Found]:
    """Non-overlapping candidates, longest first (earlier rules first on a tie)."""
    order = {r.name: i for i, r in enumerate(rules.CORE)}
    ranked = sorted(found, key=lambda f: (-(f.end - f.start), order.get(f.rule, 99), f.start))
    starts: list[int] = []
    kept: list[Found] = []
    for f in ranked:
        i = bisect.bisect_right(starts, f.start)
        if i and kept[i - 1].end > f.start:
            continue
        if i < len(kept) and kept[i].start < f.end:
            continue
        starts.insert(i, f.start)
        kept.insert(i, f)
    return kept


def _extend(text: str, kept: list[Found]) -> list[Found]:
    """Apply prefix and suffix rules until nothing changes (at most three rounds)."""
    _, prefixes, suffixes, _ = compiled()
    for _round in range(3):
        changed = False
        for i, f in enumerate(kept):
            low = kept[i - 1].end if i else 0
            high = kept[i + 1].start if i + 1 < len(kept) else len(text)
            best = None
            for wrap, regex, build in prefixes:
                if f.sem.kind not in wrap.kinds:
                    continue
                m = regex.search(text, max(low, f.start - _PREFIX_WINDOW), f.start)
                if not m or m.start() == f.start:
                    continue
                sem = build(m.groupdict(), f.sem)
                if sem is not None and (best is None or m.start() < best.start):
                    best = Found(m.start(), f.end, f.rule, sem)
            for wrap, regex, build in suffixes:
                cur = best or f
                if cur.sem.kind not in wrap.kinds:
                    continue
                m = regex.match(text, cur.end, min(high, cur.end + _SUFFIX_WINDOW))
                if not m or m.end() == cur.end:
                    continue
                sem = build(m.groupdict(), cur.sem)
                if sem is not None:
                    best = Found(cur.start, m.end(), cur.rule, sem)
                    break
            if best is not None:
                kept[i] = best
                changed = True
        if not changed:
            break
    return kept


def _join(text: str, kept: list[Found]) -> list[Found]:
    """Merge neighbours that a join rule connects."""
    joins = compiled()[3]
    out: list[Found] = []
    for f in kept:
        if out:
            left = out[-1]
            for join, regex, build in joins:
                if left.sem.kind in join.left and f.sem.kind in join.right and \
                        regex.fullmatch(text, left.end, f.start):
                    sem = build(left.sem, f.sem)
                    if sem is not None:
                        out[-1] = Found(left.start, f.end, left.rule, sem)
                        break
            else:
                out.append(f)
            continue
        out.append(f)
    return out


def recognize(text: str) -> list[Found]:
    """The time expressions of ``text``, sorted by position and non-overlapping."""
    kept = choose(candidates(text))
    kept = _extend(text, kept)
    return _join(text, kept)
