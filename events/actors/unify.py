"""Merging actors across articles into one global list.

Rules (each has a test that names it):

- ``same-id``: actors with the same id and kind are one actor (table ids are canonical, and a
  person's id is the slug of their full name).
- ``same-name``: actors whose names, or a multi-word alias, match after normalization
  (case, dots, possessives) are one actor, if they are of the same kind; a body's alias that
  is only the end of its name ("Health Ministry" of "Palestinian Health Ministry") is not
  matched, as it names the body of every country.
- ``surname``: a person known in some article by one word only ("Putin") joins the one
  global person whose last word it is; when several share it, it stays apart.
- ``given-name``: two full names with the same surname and given names that are one
  ("Tony Hayward", "Anthony B Hayward"; nicknames.tsv) are one person, when no other
  person of that surname is in the corpus.
- ``lost-letters``: two full names with the same given names whose surnames differ only by
  letters a lossy text drops ("Felipe Calderon", "Felipe Caldern", "Felipe Calder": a source
  that could not write "ó" lost it, or cut the word there) are one person: the shorter
  surname is the longer with one or two letters of :data:`LOSSY_LETTERS` deleted (a
  subsequence of it), both have :data:`LOSSY_MIN` letters or more, the deleted letters are
  inside the word or cut its end (two letters or more), never the last letter alone
  ("Brown"/"Browne", "Robert"/"Roberts" are names of their own; "White"/"Whitney" cuts
  nothing), and undouble no letter ("Russel"/"Russell"); the shorter fits one longer name
  only, and no article names both as two people.
- ``company``: an organization's name without its generic last word is the same
  organization ("BP Plc" = "BP", "Apple Computer" = "Apple Inc.").

The merged actor takes the name most articles used (ties: the longest, then the first in
alphabetical order), the union of aliases and titles (each title with its as-of date), and
the sum of mentions. Ids stay slugs of the merged name; a clash gets the kind appended.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Sequence

from events.actors.aliases import SUFFIXES, short_name
from events.actors.gazetteer import same_given_name, slug
from events.models import Actor, Title


#: Letters whose accented forms (á é í ó ú ý ç ñ š ž) a lossy text drops: only they may be
#: missing from the shorter surname of the ``lost-letters`` rule.
LOSSY_LETTERS = frozenset("aeiouycnsz")
#: Both surnames of the ``lost-letters`` rule have at least this many letters.
LOSSY_MIN = 5
#: At most this many letters are missing from the shorter surname.
LOSSY_MAX_LOST = 2


def lost_letters(short: str, long: str) -> bool:
    """True when surname ``short`` is ``long`` with letters a lossy text drops deleted
    (``lost-letters``: "caldern" and "calder" of "calderon"; not "brown" of "browne")."""
    if len(short) < LOSSY_MIN or not 1 <= len(long) - len(short) <= LOSSY_MAX_LOST:
        return False
    return any(_deleted_ok(long, gone) for gone in _deletions(short, long))


def _deletions(short: str, long: str, i: int = 0, j: int = 0, gone: tuple[int, ...] = ()):
    """Every set of positions of ``long`` whose deletion leaves ``short``."""
    if i == len(short):
        yield gone + tuple(range(j, len(long)))
        return
    if len(long) - j < len(short) - i or len(gone) > len(long) - len(short):
        return
    if long[j] == short[i]:
        yield from _deletions(short, long, i + 1, j + 1, gone)
    yield from _deletions(short, long, i, j + 1, gone + (j,))


def _deleted_ok(long: str, gone: tuple[int, ...]) -> bool:
    """The letters of ``long`` at ``gone`` are ones a lossy text drops: inside the word, or
    the word cut at one (two letters or more: "calder" of "calderon"); never the last
    letter alone ("brown" of "browne") nor one of a pair ("russel" of "russell")."""
    last = len(long) - 1
    if last in gone and (len(gone) < 2 or gone != tuple(range(gone[0], len(long)))):
        return False  # "white" of "whitney" drops the last letter, yet cuts nothing
    for k in gone:
        if long[k] not in LOSSY_LETTERS:
            return False
        if (k > 0 and long[k - 1] == long[k]) or (k + 1 < len(long) and long[k + 1] == long[k]):
            return False  # undoubling: "Russel"/"Russell"
    return True


def _norm(name: str) -> str:
    return re.sub(r"[^\w ]", "", re.sub(r"['\u2019]s\b", "", name)).lower().strip()


class _Sets:
    """Union-find over indexes."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def unify(per_article: Sequence[tuple[str, Sequence[Actor]]]) -> tuple[tuple[Actor, ...], dict[tuple[str, str], str]]:
    """Merge each article's actors into global actors.

    ``per_article`` holds (article id, that article's actors). Returns the global actors
    sorted by id, and a map from (article id, local actor id) to the global actor id.
    """
    items = [(aid, actor) for aid, actors in per_article for actor in actors]
    sets = _Sets(len(items))
    first: dict[tuple[str, str], int] = {}
    for idx, (_, actor) in enumerate(items):
        keys = [("id", actor.kind, actor.id), (actor.kind, _norm(actor.name))]
        # a body's alias that is its name without the country ("Health Ministry" of the
        # "Palestinian Health Ministry") names many bodies: it is no key
        keys += [(actor.kind, _norm(a)) for a in actor.aliases if len(a.split()) > 1
                 and not (actor.kind != "person" and _norm(actor.name).endswith(" " + _norm(a)))]
        if actor.kind == "organization" and short_name(actor.name):
            keys.append((actor.kind, _norm(short_name(actor.name))))
        for key in keys:
            if key in first:
                sets.union(first[key], idx)
            else:
                first[key] = idx

    # one-word persons join the single multi-word person whose last word they are
    surnames: dict[str, set[int]] = defaultdict(set)
    for idx, (_, actor) in enumerate(items):
        words = actor.name.split()
        if actor.kind == "person" and len(words) > 1:
            surnames[_norm(words[-1])].add(sets.find(idx))
    # full names with one surname and given names that are one ("Tony" and "Anthony B")
    full_names: dict[str, dict[int, list[str]]] = defaultdict(dict)
    for idx, (_, actor) in enumerate(items):
        words = actor.name.split()
        if actor.kind == "person" and len(words) > 1:
            full_names[_norm(words[-1])][sets.find(idx)] = words
    for named in full_names.values():
        if len(named) == 2 and not any(w[-1] in SUFFIXES for w in named.values()):
            (ra, a), (rb, b) = named.items()
            if same_given_name(a[0], b[0]):
                sets.union(ra, rb)
    _merge_lost_letters(items, sets)
    for idx, (_, actor) in enumerate(items):
        if actor.kind == "person" and len(actor.name.split()) == 1:
            roots = {sets.find(i) for i in surnames.get(_norm(actor.name), ())}
            if len(roots) == 1:
                sets.union(next(iter(roots)), idx)

    members: dict[int, list[int]] = defaultdict(list)
    for idx in range(len(items)):
        members[sets.find(idx)].append(idx)

    merged: list[tuple[Actor, list[int]]] = []
    for root in sorted(members):
        group = [items[i][1] for i in members[root]]
        merged.append((_merge(group), members[root]))

    taken: set[str] = set()
    result: list[Actor] = []
    mapping: dict[tuple[str, str], str] = {}
    for actor, idxs in sorted(merged, key=lambda m: (m[0].id, m[0].kind, m[0].name)):
        actor_id = actor.id
        if actor_id in taken:
            actor_id = f"{actor.id}-{actor.kind}"
        n = 2
        while actor_id in taken:
            actor_id, n = f"{actor.id}-{n}", n + 1
        taken.add(actor_id)
        result.append(Actor(actor_id, actor.name, actor.kind, actor.aliases, actor.titles, actor.mentions))
        for i in idxs:
            mapping[(items[i][0], items[i][1].id)] = actor_id
    result.sort(key=lambda a: a.id)
    return tuple(result), mapping


def _merge_lost_letters(items: list[tuple[str, Actor]], sets: _Sets) -> None:
    """``lost-letters``: "Felipe Caldern" and "Felipe Calderon" are one person, unless one
    article names both as two people, or the shorter surname fits several longer ones."""
    by_given: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for idx, (_, actor) in enumerate(items):
        words = [_norm(w) for w in actor.name.split()]
        if actor.kind == "person" and len(words) > 1 and actor.name.split()[-1] not in SUFFIXES:
            by_given[" ".join(words[:-1])][words[-1]].add(idx)
    articles: dict[str, list[int]] = defaultdict(list)
    for idx, (aid, actor) in enumerate(items):
        if actor.kind == "person":
            articles[aid].append(idx)
    for surnames in by_given.values():
        for short in sorted(surnames, key=lambda w: (len(w), w)):
            fits = [long for long in surnames if lost_letters(short, long)]
            roots = {sets.find(i) for long in fits for i in surnames[long]}
            if len(roots) != 1:
                continue
            ra, rb = sets.find(next(iter(surnames[short]))), next(iter(roots))
            apart = any({sets.find(i) for i in idxs} >= {ra, rb} for idxs in articles.values())
            if ra != rb and not apart:
                sets.union(ra, rb)


def _merge(group: list[Actor]) -> Actor:
    """One actor from several articles' versions of it."""
    names = Counter(a.name for a in group)
    name = min(names, key=lambda n: (-names[n], -len(n), n))
    kinds = Counter(a.kind for a in group)
    kind = min(kinds, key=lambda k: (-kinds[k], k))
    # keep the id the articles gave the chosen name (a table id, or the slug of the name)
    ids = Counter(a.id for a in group if a.name == name)
    actor_id = min(ids, key=lambda i: (-ids[i], i)) if ids else slug(name)
    aliases = sorted({x for a in group for x in (a.name, *a.aliases)} - {name})
    # one title per text (case aside) and date, the capitalized spelling kept
    best: dict[tuple[str, str], Title] = {}
    for title in (t for a in group for t in a.titles):
        key = (title.text.lower(), title.as_of.isoformat() if title.as_of else "")
        if key not in best or title.text < best[key].text:
            best[key] = title
    titles = sorted(best.values(), key=lambda t: (t.text, t.as_of.isoformat() if t.as_of else ""))
    return Actor(actor_id, name, kind, tuple(aliases), tuple(titles), sum(a.mentions for a in group))
