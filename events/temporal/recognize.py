"""Recognition: find the time expressions of a text with the rule tables.

1. Every core rule of :data:`events.temporal.rules.CORE` is run over the stretches of
   text around its trigger words (:data:`rules.TRIGGERS`: a month rule only near month
   names, a duration rule only near unit words); each match its builder accepts is a
   candidate.
2. Candidates are chosen longest first; a candidate that overlaps one already chosen is
   dropped (on equal length the earlier rule in the table wins).
3. Prefix and suffix rules extend the chosen expressions ("the end of" + "November",
   "two days" + "later") as long as the extension runs into no other expression.
4. Join rules merge neighbours ("10 p.m." + "Wednesday"), and the first of a range takes
   the year of the second ("March and April 1918"), the first weekday of a list the
   recurrence of the last ("Monday and Tuesday nights").

All patterns are compiled once. Each is linear to match, and the work after matching is
O(n log n) in the number of candidates, so the whole is linear in the text in practice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from events.temporal import modifiers, normalize, rules
from events.temporal import lexicon as lx
from events.temporal.sem import Sem

_MACRO = re.compile(r"\{(?:(\w+):)?([A-Z_]+)\}")
_PREFIX_WINDOW = 60
_SUFFIX_WINDOW = 40


@dataclass(frozen=True, slots=True)
class Found:
    """A recognised expression: span, the rules that made it and its meaning.

    ``rule`` is the core rule's name, followed by the prefix, suffix and join rules that
    extended it, joined with "+" ("month_name+part_of").
    """

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


#: The link of candidates kept in history text only.
HISTORY_ONLY = "history-only"

_UPPER_LITERAL = re.compile(r"(?<!\\)(?<!\(\?)[A-Z]")  # not "\S", not "(?P<"
#: ASCII letters to lower case, leaving every other character (and so every offset) alone.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _core_regex(pattern: str) -> tuple[re.Pattern, bool]:
    """A core rule's regex, and whether it runs on the lower-cased text.

    Case-blind matching is twice as slow in Python's engine, so rules with no
    case-sensitive part are compiled in lower case and run on an ASCII-lower-cased copy
    of the text (same offsets); the others run case-blind on the text itself.
    """
    body = r"(?<![\w])(?:" + expand(pattern) + r")(?![\w])"
    if "(?-i:" in body:
        return re.compile(body, re.I), False
    return re.compile(_UPPER_LITERAL.sub(lambda m: m.group().lower(), body)), True


@lru_cache(maxsize=1)
def compiled():
    """The compiled rule tables: (core, prefixes, suffixes, joins)."""
    core = [(r, *_core_regex(r.pattern), normalize.CORE_BUILDERS[r.build]) for r in rules.CORE]
    prefixes = [(w, re.compile(r"(?<![\w])(?:" + expand(w.pattern) + ")", re.I),
                 modifiers.WRAP_BUILDERS[w.build]) for w in rules.PREFIXES]
    suffixes = [(w, re.compile(expand(w.pattern), re.I), modifiers.WRAP_BUILDERS[w.build])
                for w in rules.SUFFIXES]
    joins = [(j, re.compile(expand(j.pattern), re.I), modifiers.JOIN_BUILDERS[j.build])
             for j in rules.JOINS]
    return core, prefixes, suffixes, joins


_TOKEN = re.compile(r"\d+(?::\d\d)+|\d+s(?![A-Za-z])|[A-Za-z]+|\d+")
_SPACE = re.compile(r"\s")
_DIGIT, _DIGIT4, _CLOCK, _DECADE = ("digit",), ("digit", "digit4"), ("clock", "digit"), ("decade",)


def _number_classes(token: str) -> tuple[str, ...]:
    """Trigger classes of a token that starts with a digit ("10:35", "1990s", "1998", "12")."""
    if ":" in token:
        return _CLOCK
    if token[-1] == "s":
        return _DECADE
    return _DIGIT4 if len(token) == 4 else _DIGIT


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for cls, words in rules.TRIGGERS.items():
        for w in words:
            out.setdefault(w, []).append(cls)
    return {w: tuple(c) for w, c in out.items()}


def windows(text: str, lower: str | None = None) -> dict[str, list[tuple[int, int]]]:
    """For each trigger class, the merged stretches of text around its trigger words.

    ``lower`` is the text with ASCII letters in lower case, when the caller has it. Each
    stretch reaches as far either side of a trigger as :data:`rules.TRIGGER_REACH` says
    a match of that class can, and ends on whitespace where there is some nearby, so
    that no rule match is cut short.
    """
    get = _word_classes().get
    reach = rules.TRIGGER_REACH
    found: dict[str, list[tuple[int, int]]] = {}
    n = len(text)
    for m in _TOKEN.finditer(text.translate(_ASCII_LOWER) if lower is None else lower):
        w = m.group()
        hits = get(w) or (_number_classes(w) if w[0].isdigit() else None)
        if not hits:
            continue
        for cls in hits:
            before, after = reach.get(cls, rules.DEFAULT_REACH)
            lo, hi = max(0, m.start() - before), min(n, m.end() + after)
            spans = found.setdefault(cls, [])
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], hi)
            else:
                spans.append((lo, hi))
    for cls, spans in found.items():
        snapped: list[tuple[int, int]] = []
        for lo, hi in spans:
            s = _SPACE.search(text, hi, min(n, hi + 40))
            hi = s.start() if s else min(n, hi + 40)
            if snapped and lo <= snapped[-1][1]:
                snapped[-1] = (snapped[-1][0], max(hi, snapped[-1][1]))
            else:
                snapped.append((lo, hi))
        found[cls] = snapped
    return found


#: Common time words that, capitalized inside an expression in the middle of a sentence,
#: show a title rather than a time: ABC's "This Week", CBS's "60 Minutes".
TITLE_WORDS = frozenset(list(lx.UNITS) + [u + "s" for u in lx.UNITS] + list(lx.UNIT_PLURALS)
                        + list(lx.RELATIONS) + ["ago", "later", "earlier"])
#: Rules whose matches are names, capitals and all ("Thanksgiving Day").
_NAMES = frozenset({"holiday", "floating_holiday"})
_WORD_IN = re.compile(r"[A-Za-z]+")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;\n]|[.!?:;]\s*[\"'\u201c\u2018`]+)\s*$")


def is_title(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is written as a title in mid-sentence ("This Week",
    "60 Minutes"): a common time word after its first word has a capital, and the
    expression does not open a sentence."""
    words = _WORD_IN.findall(text, start, end)[1:] if not text[start].isdigit() else \
        _WORD_IN.findall(text, start, end)
    if not any(w[0].isupper() and w.lower() in TITLE_WORDS for w in words):
        return False
    return not _SENTENCE_OPEN.search(text, max(0, start - 6), start)


def matches(text: str) -> list[tuple]:
    """Every match of every core rule near its trigger words, in rule order, not yet
    built: (start, end, rule's place in the table, rule, match, lowered, builder)."""
    out = []
    core = compiled()[0]
    lower = text.translate(_ASCII_LOWER)
    spans = windows(text, lower)
    for place, (rule, regex, lowered, build) in enumerate(core):
        seen = set()
        source = lower if lowered else text
        for cls in rules.RULE_TRIGGERS[rule.name]:
            for lo, hi in spans.get(cls, ()):
                for m in regex.finditer(source, lo, hi):
                    start, end = m.span()
                    if end == start or start in seen:
                        continue
                    seen.add(start)
                    out.append((start, end, place, rule, m, lowered, build))
    return out


def built(text: str, match: tuple) -> Found | None:
    """The candidate one raw match of :func:`matches` makes, or None when its builder
    refuses it; titles such as "This Week" are marked as history-only."""
    start, end, _place, rule, m, lowered, build = match
    groups = m.groupdict()
    if lowered:  # the builders see the words as written
        groups = {k: None if v is None else text[m.start(k):m.end(k)]
                  for k, v in groups.items()}
    try:
        sem = build(groups, text, start, end)
    except (KeyError, ValueError, OverflowError):
        # a form the pattern admits but the tables do not know: no match
        return None
    if sem is None:
        return None
    if rule.name not in _NAMES and is_title(text, start, end):
        # TIMEX2 history annotation marks "the Seven Days", "Six-Day War"
        sem = sem.but(link=HISTORY_ONLY)
    return Found(start, end, rule.name, sem)


def candidates(text: str) -> list[Found]:
    """Every match of every core rule that its builder accepts, in rule order; titles
    such as "This Week" are marked as history-only."""
    return [f for f in (built(text, m) for m in matches(text)) if f is not None]


def choose(found: list[Found]) -> list[Found]:
    """Non-overlapping candidates, longest first (earlier rules first on a tie).

    A byte per character marks what is taken, so each candidate costs its own length:
    linear in the text, as candidates are short.
    """
    if not found:
        return []
    order = {r.name: i for i, r in enumerate(rules.CORE)}
    ranked = sorted(found, key=lambda f: (-(f.end - f.start), order.get(f.rule, 99), f.start))
    taken = bytearray(max(f.end for f in found))
    kept: list[Found] = []
    for f in ranked:
        if taken.find(1, f.start, f.end) != -1:
            continue
        taken[f.start:f.end] = b"\x01" * (f.end - f.start)
        kept.append(f)
    kept.sort(key=lambda f: f.start)
    return kept


class Choice:
    """:func:`choose` over :func:`candidates`, building only the matches it reaches.

    In a text dense with dates most matches lie inside a longer one ("12 March" and
    "March 1990" inside "12 March 1990"), and building them (the builder, the title
    check) was most of the recognizer's time. The matches are ranked as :func:`choose`
    ranks candidates, and a match that overlaps what is already taken is passed over
    unbuilt: the choice is the same, since :func:`choose` would drop it there whatever
    it built to. Each match is built at most once, however many choices are made.
    """

    __slots__ = ("text", "ranked", "_built")

    def __init__(self, text: str) -> None:
        self.text = text
        self.ranked = sorted(matches(text), key=lambda m: (m[0] - m[1], m[2], m[0]))
        self._built: dict[int, Found | None] = {}

    def chosen(self, history: bool = True) -> list[Found]:
        """The chosen candidates (with ``history`` false, none marked history-only)."""
        if not self.ranked:
            return []
        taken = bytearray(max(m[1] for m in self.ranked))
        kept: list[Found] = []
        for i, match in enumerate(self.ranked):
            start, end = match[0], match[1]
            if taken.find(1, start, end) != -1:
                continue
            f = self._built[i] if i in self._built else \
                self._built.setdefault(i, built(self.text, match))
            if f is None or (not history and f.sem.link == HISTORY_ONLY):
                continue
            taken[start:end] = b"\x01" * (end - start)
            kept.append(f)
        kept.sort(key=lambda f: f.start)
        return kept


def _safely(build, *args):
    """A wrapper or join builder's result, or None when the tables do not cover the case."""
    try:
        return build(*args)
    except (KeyError, ValueError, OverflowError):
        return None


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
                sem = _safely(build, m.groupdict(), f.sem)
                if sem is not None and (best is None or m.start() < best.start):
                    best = Found(m.start(), f.end, f"{f.rule}+{wrap.name}", sem)
            for wrap, regex, build in suffixes:
                cur = best or f
                if cur.sem.kind not in wrap.kinds:
                    continue
                m = regex.match(text, cur.end, min(high, cur.end + _SUFFIX_WINDOW))
                if not m or m.end() == cur.end:
                    continue
                sem = _safely(build, m.groupdict(), cur.sem)
                if sem is not None:
                    best = Found(cur.start, m.end(), f"{cur.rule}+{wrap.name}", sem)
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
                    sem = _safely(build, left.sem, f.sem)
                    if sem is not None:
                        out[-1] = Found(left.start, f.end, f"{left.rule}+{join.name}+{f.rule}", sem)
                        break
            else:
                out.append(f)
            continue
        out.append(f)
    return out


_RANGE = re.compile(rules.RANGE_CONNECTOR, re.I)


def _share_years(text: str, kept: list[Found]) -> list[Found]:
    """Give the first expression of a range or list the year named by the second."""
    for i in range(len(kept) - 2, -1, -1):
        left, right = kept[i], kept[i + 1]
        if left.sem.kind == "yearless" and right.start - left.end <= 20 and \
                _RANGE.fullmatch(text, left.end, right.start):
            sem = modifiers.share_year(left.sem, right.sem)
            if sem is not None:
                kept[i] = Found(left.start, left.end, f"{left.rule}+share_year", sem)
    return kept


def _share_sets(text: str, kept: list[Found]) -> list[Found]:
    """Make the first weekday of a list a set when the last is one ("Monday and Tuesday
    nights")."""
    for i in range(len(kept) - 2, -1, -1):
        left, right = kept[i], kept[i + 1]
        if left.sem.kind == "weekday" and right.sem.kind == "set" and \
                right.start - left.end <= 20 and _RANGE.fullmatch(text, left.end, right.start):
            sem = modifiers.share_set(left.sem, right.sem)
            if sem is not None:
                kept[i] = Found(left.start, left.end, f"{left.rule}+share_set", sem)
    return kept


def finish(text: str, kept: list[Found]) -> list[Found]:
    """Extend, join and share years and recurrences among chosen expressions (steps 3, 4)."""
    return _share_sets(text, _share_years(text, _join(text, _extend(text, kept))))


def recognize(text: str, history: bool = True) -> list[Found]:
    """The time expressions of ``text``, sorted by position and non-overlapping.

    With ``history`` false, expressions that only history annotation marks ("the former
    king", "winter storms") are left out before any choice is made.
    """
    return finish(text, Choice(text).chosen(history))
