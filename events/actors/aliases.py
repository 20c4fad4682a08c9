"""One actor, many names: candidates of one article become its actors and mentions.

Rules, in order (each has a test that names it):

- ``same-id``: candidates a table named (countries, bodies, known people) group by id.
- ``full-name``: person names of two or more words group when they share the last word
  and the first ("George W. Bush" = "George Bush"), or the first is a short form of the
  other's ("Tim Cook" = "Timothy D. Cook"), or one is the start of the other
  ("Saif al-Islam" = "Saif al-Islam Gaddafi"); ``suffix``: a generational suffix names
  another person ("Donald Trump Jr." is not "Donald Trump"; "Trump Jr." and "Don Jr." are
  "Donald Trump Jr.").
- ``surname``: a one-word name joins the one person whose last (or else first) word it is.
  When several people share it, it joins the one named most recently before it, within
  :data:`NEAREST_CHARS` characters; with no such evidence it is not merged. A name whose
  words the article also writes in lower case ("Old Lahaina", "Upcountry Maui") is no
  person's, so it takes in no one-word name (see ``names.name_run``).
- ``org-kind``: a name read as a person's with no person evidence that the article also
  uses for an organization is that organization ("Cisco said" after "Cisco shares").
- ``evidence``: a group with no evidence of being a person (no title, no verb of saying,
  no given name, no table entry) is dropped: a capitalized word alone is not an actor;
  ``repeated-name``: unless a full name recurs with its surname (its last word) alone, three
  times or more. An organization with no evidence (an all-capital word that never acts, a
  body named only as someone's employer) is dropped too.
- ``title-alone``: a title with no name ("the Chairman of the Joint Chiefs of Staff") is a
  mention of the one person in the article who holds that title; else it is dropped.
- ``locative``: a country named only as a place ("in Germany") is not an actor here.
- ``org-name``: organizations read from their name group by their slug; ``company``: a
  company's name without its generic last word is the company ("Novartis AG" = "Novartis",
  "Apple Computer" = "Apple"), and so is a person-like mention of it ("org-kind").
- ``org-suffix``: an organization read from its name that ends another body's name in the
  article joins that body ("National Council" = "Libyan National Council").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from datetime import date

from events.actors.gazetteer import load, same_given_name, slug
from events.actors.tokens import Candidate
from events.models import Actor, ActorMention, Title

#: How far back (in characters) a shared surname looks for the person it means.
NEAREST_CHARS = 1500

_POSSESSIVE = re.compile(r"\s*['\u2019]s$")
_SPACES = re.compile(r"\s+")


def _clean(text: str) -> str:
    return _POSSESSIVE.sub("", _SPACES.sub(" ", text.strip()))


def _title_key(title: str) -> str:
    key = _clean(title).lower()
    return key[4:] if key.startswith("the ") else key


class _Group:
    """The candidates that name one actor."""

    __slots__ = ("id", "name", "kind", "tokens", "members", "strong")

    def __init__(self, kind: str, name: str, actor_id: str = ""):
        self.id = actor_id
        self.name = name
        self.kind = kind
        self.tokens = tuple(name.split())
        self.members: list[Candidate] = []
        self.strong = bool(actor_id)

    def add(self, cand: Candidate) -> None:
        self.members.append(cand)
        self.strong = self.strong or cand.strong

    def titles(self) -> list[str]:
        return [t for c in self.members for t in c.titles]


#: Generational suffixes: a name with one is another person than the name without it.
SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


def _core(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    """A name's tokens without a generational suffix, and the suffix ('' when none)."""
    if len(tokens) > 1 and tokens[-1] in SUFFIXES:
        return tokens[:-1], tokens[-1].rstrip(".")
    return tokens, ""


def _short_form(a: str, b: str) -> bool:
    """True when given names ``a`` and ``b`` are one, or one is a short form of the other ("Tim", "Timothy")."""
    return same_given_name(a, b)


def _compatible(full: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """True when the multi-word name ``short`` can be the person named ``full``."""
    (full, f_suffix), (short, s_suffix) = _core(full), _core(short)
    if f_suffix != s_suffix:
        return False  # "Donald Trump" is not "Donald Trump Jr."
    if len(short) == 1:
        # "Trump Jr." / "Don Jr.": the core is the surname or the given name
        return bool(s_suffix) and (short[0] == full[-1] or _short_form(short[0], full[0]))
    if full[:len(short)] == short:
        return True
    return full[-1] == short[-1] and _short_form(full[0], short[0])


def resolve(cands: list[Candidate], published: date | None) -> tuple[tuple[Actor, ...], tuple[ActorMention, ...]]:
    """Group one article's candidates into actors and mentions (see the module rules)."""
    groups: dict[str, _Group] = {}
    persons: list[_Group] = []
    loose: list[Candidate] = []
    titles_alone: list[Candidate] = []
    for cand in cands:
        if cand.kind == "title":
            titles_alone.append(cand)
        elif cand.id:
            group = groups.get(cand.id)
            if group is None:
                group = groups[cand.id] = _Group(cand.kind, cand.name, cand.id)
                if cand.kind == "person":
                    persons.append(group)
            group.add(cand)
        elif cand.kind == "person":
            loose.append(cand)
        else:
            key = "org:" + slug(cand.name)
            group = groups.get(key)
            if group is None:
                group = groups[key] = _Group(cand.kind, cand.name)
            group.add(cand)

    _merge_org_suffixes(groups)

    _merge_company_short_names(groups)

    # org-kind: "Cisco said" is the body the article names "Cisco" elsewhere
    bodies = {_clean(g.name): g for g in groups.values() if g.kind in ("organization", "group")}
    bodies.update({_clean(c.text): g for g in groups.values() if g.kind in ("organization", "group")
                   for c in g.members})
    bodies.update({short_name(k): g for k, g in list(bodies.items()) if short_name(k)})
    kept = []
    for cand in loose:
        body = bodies.get(_clean(cand.name))
        if body is not None and not cand.titles and cand.rule not in ("honorific", "kin", "given-name"):
            body.add(Candidate(cand.start, cand.end, cand.text, body.kind, "org-kind", strong=False))
        else:
            kept.append(cand)
    loose = kept

    # full names first, longest first, so shorter forms find the person they shorten
    multi = sorted((c for c in loose if len(_clean(c.name).split()) > 1),
                   key=lambda c: (-len(_clean(c.name).split()), c.start))
    for cand in multi:
        tokens = tuple(_clean(cand.name).split())
        for group in persons:
            if _compatible(group.tokens, tokens) or _compatible(tokens, group.tokens):
                group.add(cand)
                break
        else:
            group = _Group("person", " ".join(tokens))
            group.add(cand)
            persons.append(group)
            groups["person:" + group.name] = group
    hosts = persons
    for cand in sorted((c for c in loose if len(_clean(c.name).split()) == 1), key=lambda c: c.start):
        word = _clean(cand.name)
        found = [g for g in hosts if g.tokens and _core(g.tokens)[0][-1] == word] \
            or [g for g in hosts if g.tokens and g.tokens[0] == word and len(g.tokens) > 1]
        if len(found) > 1:
            found = _nearest(found, cand.start)
        if len(found) == 1:
            found[0].add(cand)
        elif not found and cand.strong:
            group = groups.get("person:" + word)
            if group is None:
                group = groups["person:" + word] = _Group("person", word)
                persons.append(group)
            group.add(cand)

    holders: dict[str, set[int]] = defaultdict(set)
    for group in persons:
        if group.strong:
            for title in group.titles():
                holders[_title_key(title)].add(id(group))
    by_obj = {id(g): g for g in persons}
    for cand in titles_alone:
        owners = holders.get(_title_key(cand.text), set())
        if len(owners) == 1:
            cand.kind = "person"
            by_obj[next(iter(owners))].add(cand)

    return _assemble([g for g in groups.values() if _keep(g)], published)


def short_name(name: str) -> str:
    """A company's name without its generic last word ("Apple Computer" -> "Apple"), or ''."""
    words = name.split()
    corp = load().words["corpword"]
    while len(words) > 1 and words[-1].lower().rstrip(".") in corp:
        words.pop()
    return " ".join(words) if len(words) < len(name.split()) else ""


def _merge_company_short_names(groups: dict[str, _Group]) -> None:
    """``company``: "Novartis" and "Novartis AG", "Apple Inc." and "Apple Computer" are one body."""
    hosts: dict[str, str] = {}
    for key, group in list(groups.items()):
        if group.kind != "organization" or group.id:
            continue
        name = _clean(group.name)
        short = short_name(name) or name
        host_key = hosts.setdefault(short.lower(), key)
        if host_key != key:
            host = groups[host_key]
            for cand in group.members:
                host.add(cand)
            if len(name) > len(host.name):
                host.name = group.name  # the fullest name ("Novartis AG")
            del groups[key]


def _merge_org_suffixes(groups: dict[str, _Group]) -> None:
    """Fold each name-read body into the body whose longer name ends with its name."""
    bodies = [(k, g) for k, g in groups.items() if g.kind in ("organization", "group")]
    countries = sorted(min(c.start for c in g.members) for g in groups.values() if g.kind == "country")
    texts = {k: {_clean(c.text) for c in g.members} for k, g in bodies}
    for key, group in bodies:
        if group.id:
            continue
        tail = " " + _clean(group.name)
        hosts = {id(g): g for k, g in bodies if k != key and key in groups
                 and any(t.endswith(tail) for t in texts[k])
                 and not _country_between(countries, g, group)}
        if len(hosts) == 1:
            host = next(iter(hosts.values()))
            for cand in group.members:
                host.add(cand)
            del groups[key]


def _country_between(countries: list[int], host: _Group, short: _Group) -> bool:
    """True when a country first named between the longer body and its short name (the
    sorted first mentions of each country are ``countries``) moves the story elsewhere:
    "the Palestinian Health Ministry ... Indonesia ... the Health Ministry" are two bodies."""
    first_host = min(c.end for c in host.members)
    first_short = min(c.start for c in short.members)
    k = bisect_right(countries, first_host)
    return k < len(countries) and countries[k] < first_short


def _nearest(found: list[_Group], at: int) -> list[_Group]:
    """The group among ``found`` named most recently before ``at``, within reach; else []."""
    best, best_start = None, -1
    for group in found:
        for member in group.members:
            if best_start < member.start < at and len(member.name.split()) > 1:
                best, best_start = group, member.start
    return [best] if best is not None and at - best_start <= NEAREST_CHARS else []


def _distinct_titles(titles) -> list[str]:
    """Titles sorted, one per spelling that differs only in case (capitalized form kept)."""
    best: dict[str, str] = {}
    for title in titles:
        key = title.lower()
        best[key] = min(best.get(key, title), title)
    return sorted(best.values())


def _keep(group: _Group) -> bool:
    if not group.members:
        return False
    if not group.strong:
        # repeated-name: a full name and its surname alone, three times or more, with no
        # other evidence, still make a person ("Zorbalov Quint ... Quint ... Quint")
        full = sum(len(_clean(c.name).split()) > 1 for c in group.members)
        surname = sum(_clean(c.name) == group.tokens[-1] for c in group.members) if group.tokens else 0
        return group.kind == "person" and full > 0 and surname > 0 and full + surname >= 3
    if group.kind == "country" and all(c.locative for c in group.members):
        return False
    return True


def _assemble(groups: list[_Group], published: date | None) -> tuple[tuple[Actor, ...], tuple[ActorMention, ...]]:
    """Name, id and count each group; return the sorted actors and mentions."""
    gaz = load()
    taken: set[str] = set()
    actors: list[Actor] = []
    mentions: list[ActorMention] = []
    for group in sorted(groups, key=lambda g: min(c.start for c in g.members)):
        if group.kind == "person" and not group.id:
            named = [c for c in group.members if c.kind == "person"]
            best = max(named, key=lambda c: (len(_clean(c.name).split()), -c.start))
            group.name = _clean(best.name)
        actor_id = group.id or slug(group.name)
        if actor_id in taken or (not group.id and tuple(group.name.split()) in gaz.phrases
                                 and gaz.phrases[tuple(group.name.split())].id != actor_id):
            actor_id = f"{actor_id}-{group.kind}"
        n = 2
        base = actor_id
        while actor_id in taken:
            actor_id, n = f"{base}-{n}", n + 1
        taken.add(actor_id)
        aliases = sorted({_clean(c.text) for c in group.members if c.rule != "title-alone"} - {group.name})
        titles = _distinct_titles(_clean(t) for t in group.titles())
        actors.append(Actor(actor_id, group.name, group.kind, tuple(aliases),
                            tuple(Title(t, published) for t in titles), len(group.members)))
        mentions.extend(ActorMention(c.start, c.end, c.text, actor_id) for c in group.members)
    actors.sort(key=lambda a: a.id)
    mentions.sort(key=lambda m: (m.start, m.end, m.actor))
    return tuple(actors), tuple(mentions)
