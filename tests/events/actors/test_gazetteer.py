"""The actor tables: every row is read back as written, and the tokenizer's cases."""
from __future__ import annotations

import pytest

from events.actors import gazetteer
from events.actors.gazetteer import _rows, _split, cue_at, load, lookup, slug, tokenize


def resolve(phrase: str):
    """What the recognizer's lookup finds for ``phrase`` standing alone."""
    toks = [t for _, _, t in tokenize(phrase)]
    hit = lookup(toks, 0, load(), [True] * len(toks))
    assert hit is not None and hit[0] == len(toks), phrase
    return hit[1]


COUNTRIES = _rows("countries.tsv")


@pytest.mark.parametrize("row", COUNTRIES, ids=[r[0] for r in COUNTRIES])
def test_country_row(row):
    cid, name, aliases, adjectives, people, capitals = row[:6]
    for phrase in [name, *_split(aliases)]:
        assert (resolve(phrase).id, resolve(phrase).role) == (cid, "name")
    for phrase, role in [(p, "adjective") for p in _split(adjectives)] + \
                        [(p, "people") for p in _split(people)] + [(p, "capital") for p in _split(capitals)]:
        entry = resolve(phrase)
        # a phrase two rows claim ("New Zealand" is a name and an adjective) goes to the first claim
        assert entry.id == cid and entry.role in (role, "name"), phrase


BODIES = _rows("bodies.tsv")


@pytest.mark.parametrize("row", BODIES, ids=[r[0] for r in BODIES])
def test_body_row(row):
    bid, name, kind, aliases = row[:4]
    assert kind in ("organization", "group")
    for phrase in [name, *_split(aliases)]:
        assert (resolve(phrase).id, resolve(phrase).kind) == (bid, kind), phrase


PERSONS = _rows("persons.tsv")


@pytest.mark.parametrize("row", PERSONS, ids=[r[0] for r in PERSONS])
def test_person_row(row):
    pid, name, aliases = row[:3]
    assert pid == slug(name)
    for phrase in [name, *_split(aliases)]:
        assert (resolve(phrase).id, resolve(phrase).kind) == (pid, "person"), phrase


OUTLETS = _rows("outlets.tsv")


@pytest.mark.parametrize("row", OUTLETS, ids=[r[0] for r in OUTLETS])
def test_outlet_row(row):
    for phrase in [row[0], *_split(row[1])]:
        assert resolve(phrase).kind == "outlet", phrase


CUES = _rows("cues.tsv")


@pytest.mark.parametrize("row", CUES, ids=[f"{r[0]}:{r[1]}" for r in CUES])
def test_cue_row(row):
    table, phrase, display = row[:3]
    lowered = [t.lower() for _, _, t in tokenize(phrase)]
    assert cue_at(lowered, 0, load(), [True] * len(lowered)) == (len(lowered), table, display)


def test_word_tables_are_all_there():
    assert set(load().words) == {"say", "agent", "locative", "govverb", "govobject", "placenoun",
                                 "orghead", "placehead", "particle", "stop", "common", "given",
                                 "placeprep", "outletnoun", "opener", "orgnoun", "orgsignal",
                                 "corpsuffix", "corpword", "placelead", "leaderof", "venuehead", "kin",
                                 "orgverb"}


def test_openers_are_stop_words():
    words = load().words
    assert {"despite", "though", "neither", "welcome"} <= words["stop"]


@pytest.mark.parametrize("place", ["Florida", "Gaza Strip", "Middle East", "North America"])
def test_place_row_is_a_place(place):
    assert resolve(place).kind == "place"


def test_a_country_claims_its_name_before_a_state_does():
    assert resolve("Georgia").kind == "country"


@pytest.mark.parametrize("a,b,same", [("Tim", "Timothy", True), ("Tony", "Anthony", True),
                                      ("Joe", "Hunter", False), ("Al", "Alan", False)])
def test_same_given_name(a, b, same):
    from events.actors.gazetteer import same_given_name

    assert same_given_name(a, b) is same


def test_an_ampersand_acronym_is_one_token():
    assert [t for _, _, t in tokenize("contractor ES&H said")] == ["contractor", "ES&H", "said"]


def test_a_replacement_character_stays_inside_its_word():
    assert [t for _, _, t in tokenize("Pedro S\ufffdnchez said")] == ["Pedro", "S\ufffdnchez", "said"]


def test_ids_are_unique_across_tables():
    ids = [r[0] for r in COUNTRIES + BODIES + PERSONS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("text,tokens", [
    ("Ukraine's allies", ["Ukraine", "'s", "allies"]),
    ("Gaddafi 's troops", ["Gaddafi", "'s", "troops"]),
    ("Ukraine\u2019s joint", ["Ukraine", "\u2019s", "joint"]),
    ("U.S. and U.N.", ["U.S.", "and", "U.N."]),
    ("U.S.-led invasion", ["U.S.-led", "invasion"]),
    ("Gen. Mark Milley", ["Gen.", "Mark", "Milley"]),
    ("al-Ghurfaly and N'Djamena", ["al-Ghurfaly", "and", "N'Djamena"]),
    ("Secretary-General", ["Secretary-General"]),
    ("April 6 Youth", ["April", "6", "Youth"]),
], ids=["possessive", "tokenized-possessive", "curly-possessive", "dotted-acronym", "acronym-hyphen",
        "title-abbreviation", "inner-hyphen-apostrophe", "hyphenated-title", "number"])
def test_tokenize(text, tokens):
    assert [t for _, _, t in tokenize(text)] == tokens


@pytest.mark.parametrize("name,expected", [
    ("Lloyd Austin", "lloyd-austin"), ("U.S. Navy", "us-navy"), ("Alain Juppé", "alain-juppe"),
    ("al Qaeda", "al-qaeda"), ("Contact Group's", "contact-groups"), ("???", "actor"),
])
def test_slug(name, expected):
    assert slug(name) == expected


def test_tables_load_once():
    assert gazetteer.load() is gazetteer.load()
