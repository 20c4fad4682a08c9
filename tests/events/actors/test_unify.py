"""Merging actors across articles: one case per rule of events/actors/unify.py."""
from __future__ import annotations

from datetime import date

import pytest

from events.actors import unify
from events.actors.unify import lost_letters
from events.models import Actor, Title

D1, D2 = date(2011, 3, 1), date(2011, 4, 1)


def person(pid, name, aliases=(), titles=(), mentions=1):
    return Actor(pid, name, "person", tuple(aliases), tuple(titles), mentions)


def test_same_id_is_one_actor():
    actors, mapping = unify([("a", [Actor("nato", "NATO", "organization", (), (), 3)]),
                             ("b", [Actor("nato", "NATO", "organization", (), (), 2)])])
    assert actors == (Actor("nato", "NATO", "organization", (), (), 5),)
    assert mapping == {("a", "nato"): "nato", ("b", "nato"): "nato"}


def test_same_name_after_normalization_is_one_actor():
    actors, mapping = unify([("a", [Actor("us-navy", "U.S. Navy", "organization")]),
                             ("b", [Actor("us-navy-2", "US Navy", "organization")])])
    assert len(actors) == 1
    assert mapping[("a", "us-navy")] == mapping[("b", "us-navy-2")]


def test_same_name_of_other_kinds_stays_apart():
    actors, _ = unify([("a", [Actor("jordan", "Jordan", "country")]),
                       ("b", [person("jordan-person", "Jordan")])])
    assert sorted(a.kind for a in actors) == ["country", "person"]


def test_surname_joins_the_one_person_with_it():
    actors, mapping = unify([("a", [person("vladimir-putin", "Vladimir Putin", ["Putin"])]),
                             ("b", [person("putin", "Putin")])])
    assert mapping[("b", "putin")] == "vladimir-putin"
    assert actors[0].mentions == 2


def test_shared_surname_stays_apart():
    actors, mapping = unify([("a", [person("hosni-mubarak", "Hosni Mubarak")]),
                             ("b", [person("gamal-mubarak", "Gamal Mubarak")]),
                             ("c", [person("mubarak", "Mubarak")])])
    assert mapping[("c", "mubarak")] == "mubarak"
    assert len(actors) == 3


def test_merged_actor_keeps_every_alias_and_dated_title():
    actors, _ = unify([
        ("a", [person("muammar-gaddafi", "Muammar Gaddafi", ["Gaddafi"], [Title("Libyan leader", D1)])]),
        ("b", [person("muammar-gaddafi", "Moammar Gadhafi", ["Gadhafi"], [Title("Libyan leader", D2)])]),
        ("c", [person("muammar-gaddafi", "Muammar Gaddafi", [], [Title("Colonel", D2)])]),
    ])
    (gaddafi,) = actors
    assert gaddafi.name == "Muammar Gaddafi"  # the name most articles used
    assert gaddafi.aliases == ("Gaddafi", "Gadhafi", "Moammar Gadhafi")
    assert gaddafi.titles == (Title("Colonel", D2), Title("Libyan leader", D1), Title("Libyan leader", D2))
    assert gaddafi.mentions == 3


def test_id_clash_between_kinds_gets_the_kind():
    actors, mapping = unify([("a", [Actor("georgia", "Georgia", "country")]),
                             ("b", [person("georgia", "Georgia")])])
    assert sorted(a.id for a in actors) == ["georgia", "georgia-person"]
    assert mapping[("b", "georgia")] == "georgia-person"


def test_output_does_not_depend_on_article_order():
    parts = [("a", [person("lloyd-austin", "Lloyd Austin", ["Austin"])]),
             ("b", [person("austin", "Austin"), Actor("nato", "NATO", "organization")]),
             ("c", [Actor("ukraine", "Ukraine", "country", ("Kyiv",))])]
    assert unify(parts) == unify(list(reversed(parts)))


def test_nothing_in_nothing_out():
    assert unify([]) == ((), {})


def test_titles_differing_only_in_case_are_one():
    actors, _ = unify([("a", [person("c-l", "Christine Lambrecht", titles=[Title("German defense minister", D1)])]),
                       ("b", [person("c-l", "Christine Lambrecht", titles=[Title("German Defense Minister", D1)])])])
    assert actors[0].titles == (Title("German Defense Minister", D1),)


# lost-letters: a source that cannot write "ó" or "ñ" drops the letter, or cuts the word there

def test_lost_letters_joins_surnames_a_lossy_text_shortened():
    parts = [("a", [person("marta-ordonez", "Marta Ordonez", ["Ordonez"])]),
             ("b", [person("marta-ordnez", "Marta Ordnez")]),   # "ó" dropped
             ("c", [person("marta-ordon", "Marta Ordon")])]     # cut at the "ñ"
    actors, mapping = unify(parts)
    assert [a.name for a in actors] == ["Marta Ordonez"]  # longest name wins the tie
    assert set(actors[0].aliases) == {"Marta Ordnez", "Marta Ordon", "Ordonez"}
    assert len(set(mapping.values())) == 1
    assert unify(parts) == unify(list(reversed(parts)))


def test_lost_letters_lets_a_surname_alone_find_the_joined_person():
    actors, mapping = unify([("a", [person("marta-ordonez", "Marta Ordonez")]),
                             ("b", [person("marta-ordnez", "Marta Ordnez")]),
                             ("c", [person("ordnez", "Ordnez")])])
    assert len(actors) == 1
    assert mapping[("c", "ordnez")] == mapping[("a", "marta-ordonez")]


def test_lost_letters_keeps_apart_two_people_one_article_names():
    actors, _ = unify([("a", [person("marta-ordonez", "Marta Ordonez"), person("marta-ordnez", "Marta Ordnez")]),
                       ("b", [person("marta-ordnez", "Marta Ordnez")])])
    assert sorted(a.name for a in actors) == ["Marta Ordnez", "Marta Ordonez"]


def test_lost_letters_needs_one_longer_name_to_fit():
    actors, _ = unify([("a", [person("marta-ordonez", "Marta Ordonez")]),
                       ("b", [person("marta-ordonia", "Marta Ordonia")]),
                       ("c", [person("marta-ordon", "Marta Ordon")])])
    assert len(actors) == 3


@pytest.mark.parametrize("a, b", [
    ("Ella Brown", "Ella Browne"),        # the last letter alone: a name of its own
    ("Ella Robert", "Ella Roberts"),
    ("Ella White", "Ella Whitney"),       # drops the last letter, yet cuts nothing
    ("Ella Thomson", "Ella Thompson"),    # "p" has no accented form a text loses
    ("Ella Russel", "Ella Russell"),      # undoubling
    ("Ella Ordnez", "Ola Ordonez"),       # another given name
    ("Ella Rubo", "Ella Rubio"),          # shorter than LOSSY_MIN
    ("Ella Ordz", "Ella Ordonez"),        # more than two letters lost
])
def test_lost_letters_leaves_names_of_their_own_apart(a, b):
    actors, _ = unify([("a", [person("x", a)]), ("b", [person("y", b)])])
    assert len(actors) == 2


@pytest.mark.parametrize("short, long, same", [
    ("ordnez", "ordonez", True), ("ordon", "ordonez", True), ("ordez", "ordonez", True),
    ("brown", "browne", False), ("thomson", "thompson", False), ("white", "whitney", False),
    ("russel", "russell", False), ("ordonez", "ordonez", False), ("rubo", "rubio", False),
])
def test_lost_letters_rule_on_surnames(short, long, same):
    assert lost_letters(short, long) is same
