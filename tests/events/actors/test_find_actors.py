"""find_actors end to end on a small fixture article written for these tests."""
from __future__ import annotations

import pytest

from events.actors import ActorResult, find_actors
from events.errors import TimelineError
from events.models import Title
from events.options import Options

from .conftest import DCT, make_article


@pytest.fixture(scope="module")
def summit(request) -> ActorResult:
    path = request.config.rootpath / "tests" / "fixtures" / "actors" / "summit.txt"
    return find_actors(make_article(path.read_text("utf-8")), Options())


def by_id(result: ActorResult):
    return {a.id: a for a in result.actors}


def test_the_canonical_actors(summit):
    assert sorted(by_id(summit)) == [
        "jens-stoltenberg", "kajsa-ollongren", "lloyd-austin", "mark-milley", "nato",
        "netherlands", "russia", "ukraine", "united-states", "us-department-of-defense"]


def test_one_person_many_names(summit):
    austin = by_id(summit)["lloyd-austin"]
    assert austin.kind == "person"
    assert austin.aliases == ("Austin",)
    assert austin.titles == (Title("US Secretary of Defense", DCT),)


def test_a_title_alone_is_a_mention_of_its_holder(summit):
    milley = by_id(summit)["mark-milley"]
    texts = [m.text for m in summit.mentions if m.actor == "mark-milley"]
    assert "Chairman of the Joint Chiefs of Staff" in texts
    assert {t.text for t in milley.titles} == {"Chairman of the Joint Chiefs of Staff", "General"}


def test_capital_acting_is_the_country_but_a_capital_as_place_is_not(summit):
    kyiv = [m for m in summit.mentions if m.text == "Kyiv"]
    assert len(kyiv) == 2  # "Kyiv has asked", "provide Kyiv with"; not "the capital, Kyiv"
    assert {m.actor for m in kyiv} == {"ukraine"}
    assert not [m for m in summit.mentions if m.text == "Moscow"]  # "near Moscow"


def test_demonym_of_a_thing_is_no_actor(summit):
    assert "iran" not in by_id(summit)


def test_outlets_and_bylines_are_metadata_not_actors(summit):
    assert summit.outlets == ("AFP", "CNN", "DW", "Reuters")
    assert summit.byline == ("Anna Writer", "Ben Scribe", "Carla Lens", "Teri Schultz")
    names = {a.name for a in summit.actors} | {x for a in summit.actors for x in a.aliases}
    assert not names & {"Schultz", "Teri Schultz", "Profile Photo", "Author", "CNN", "Anna Writer"}


def test_mentions_are_sorted_spans_of_the_text(summit, request):
    text = (request.config.rootpath / "tests" / "fixtures" / "actors" / "summit.txt").read_text("utf-8")
    starts = [m.start for m in summit.mentions]
    assert starts == sorted(starts)
    assert all(text[m.start:m.end] == m.text for m in summit.mentions)
    ids = {a.id for a in summit.actors}
    assert {m.actor for m in summit.mentions} == ids
    assert all(a.mentions == sum(m.actor == a.id for m in summit.mentions) for a in summit.actors)


def test_unknown_recognizer_is_an_error():
    with pytest.raises(TimelineError, match="unknown actor recognizer 'magic'"):
        find_actors(make_article("NATO met."), Options(ner="magic"))


def test_empty_text_has_no_actors():
    assert find_actors(make_article(""), Options()) == ActorResult((), ())
