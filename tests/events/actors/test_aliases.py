"""Alias merging within one article: one case per rule of events/actors/aliases.py."""
from __future__ import annotations

from events.actors import find_actors
from events.models import Title
from events.options import Options

from .conftest import DCT, make_article


def actors_of(text: str):
    result = find_actors(make_article(text), Options())
    return {a.id: a for a in result.actors}, result.mentions


def test_same_id_groups_table_names():
    actors, _ = actors_of("The Pentagon said so. The US Department of Defense agreed.")
    assert actors["us-department-of-defense"].aliases == ("Pentagon",)
    assert actors["us-department-of-defense"].mentions == 2


def test_full_name_groups_a_middle_initial():
    actors, _ = actors_of("President George W. Bush spoke. Later George Bush said more.")
    assert list(actors) == ["george-w-bush"]
    assert actors["george-w-bush"].aliases == ("George Bush",)


def test_full_name_groups_a_shortened_name():
    actors, _ = actors_of("Saif al-Islam Gaddafi said it. Saif al-Islam said more.")
    assert actors["saif-al-islam-gaddafi"].mentions == 2


def test_surname_joins_its_one_person():
    actors, mentions = actors_of("NATO chief Jens Stoltenberg spoke. Stoltenberg said it was hard.")
    assert actors["jens-stoltenberg"].aliases == ("Stoltenberg",)
    assert [m.actor for m in mentions if m.text == "Stoltenberg"] == ["jens-stoltenberg"]


def test_shared_surname_joins_the_nearest_person_named_before():
    text = ("President Hosni Mubarak spoke. His son Gamal Mubarak said nothing. "
            "Mubarak said later that he was tired.")
    actors, mentions = actors_of(text)
    assert {"hosni-mubarak", "gamal-mubarak"} <= set(actors)
    assert [m.actor for m in mentions if m.text == "Mubarak"] == ["gamal-mubarak"]


def test_shared_surname_without_evidence_is_not_merged():
    filler = "Nothing else happened that day. " * 60
    text = f"Minister Anna Berg spoke. Director Lars Berg spoke. {filler}Berg said it was over."
    actors, mentions = actors_of(text)
    assert actors["anna-berg"].mentions == 1 and actors["lars-berg"].mentions == 1
    assert [m.actor for m in mentions if m.text == "Berg"] == ["berg"]


def test_evidence_a_capitalized_word_alone_is_no_actor():
    actors, _ = actors_of("Zorbalov went home. The night was calm.")
    assert actors == {}


def test_title_alone_is_its_holder():
    actors, mentions = actors_of("Chairman of the Joint Chiefs of Staff Gen. Mark Milley spoke. "
                                 "The Chairman of the Joint Chiefs of Staff said it was hard.")
    assert [m.actor for m in mentions if m.text.startswith("Chairman")] == ["mark-milley"]
    assert actors["mark-milley"].titles == (Title("Chairman of the Joint Chiefs of Staff", DCT), Title("General", DCT))


def test_title_alone_with_no_holder_is_dropped():
    actors, _ = actors_of("The Chairman of the Joint Chiefs of Staff said it was hard.")
    assert actors == {}


def test_locative_country_is_no_actor():
    actors, _ = actors_of("The summit was held at a base in Germany.")
    assert "germany" not in actors


def test_locative_country_acting_elsewhere_is_an_actor():
    actors, _ = actors_of("The summit was held in Germany. Germany delivered a system.")
    assert actors["germany"].mentions == 2


def test_org_name_groups_by_slug():
    actors, _ = actors_of("The Supreme Council of Antiquities said so. The Supreme Council of Antiquities agreed.")
    assert actors["supreme-council-of-antiquities"].mentions == 2


def test_org_suffix_joins_the_longer_body():
    actors, _ = actors_of("The Fooland Transitional Council met. The Transitional Council said yes.")
    assert list(actors) == ["fooland-transitional-council"]
    assert actors["fooland-transitional-council"].aliases == ("Transitional Council",)


def test_titles_carry_the_publication_date():
    result = find_actors(make_article("US Secretary of Defense Lloyd Austin spoke.", published=None), Options())
    assert result.actors[0].titles == (Title("US Secretary of Defense", None),)


def test_ids_are_slugs_of_the_canonical_name():
    actors, _ = actors_of("Foreign Minister Alain Juppé said it.")
    assert list(actors) == ["alain-juppe"]
    assert actors["alain-juppe"].name == "Alain Juppé"


def test_titles_differing_only_in_case_are_one():
    actors, _ = actors_of("German Defense Minister Christine Lambrecht spoke. "
                          "German defense minister Christine Lambrecht said more.")
    assert [t.text for t in actors["christine-lambrecht"].titles] == ["German Defense Minister"]


def test_repeated_name_with_its_surname_is_a_person():
    actors, _ = actors_of("Zorbalov Quint went home. Later Quint came back. Then Quint left again.")
    assert actors["zorbalov-quint"].mentions == 3


def test_a_place_repeated_is_not_a_person():
    actors, _ = actors_of("Fighting reached Ras Lanuf. Rebels held Ras Lanuf for a day.")
    assert actors == {}
