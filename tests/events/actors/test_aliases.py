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


def test_suffix_a_junior_is_another_person():
    actors, _ = actors_of("President Ronald Quade's eldest son, Ronald Quade Jr., is ill. "
                          "Quade Jr. learned it this week. Ron Jr. is resting.")
    assert "ronald-quade" in actors and "ronald-quade-jr" in actors
    assert set(actors["ronald-quade-jr"].aliases) >= {"Quade Jr", "Ron Jr"}


def test_full_name_groups_a_short_given_name():
    actors, _ = actors_of("He left chief operating officer Timothy D. Vorne in charge. "
                          "I have asked Tim Vorne to run the firm, he said.")
    assert "Tim Vorne" in actors["timothy-d-vorne"].aliases


def test_surname_two_people_of_one_name_the_nearer_one():
    actors, mentions = actors_of("Senator Hollis Varga spoke. Her son Pell Varga said he was fine. "
                                 "Varga said he would run.")
    last = [m for m in mentions if m.text == "Varga"][-1]
    assert last.actor == "pell-varga"


def test_org_kind_a_company_named_like_a_person_is_the_company():
    actors, _ = actors_of("Halvex shares fell. Halvex said the spill was over.")
    assert actors["halvex"].kind == "organization" and actors["halvex"].mentions == 2


def test_company_a_short_name_is_the_company():
    actors, _ = actors_of("Quellor AG said on Monday it had a vaccine. Quellor said the study worked.")
    assert [a.name for a in actors.values()] == ["Quellor AG"]


def test_org_suffix_not_across_another_country():
    actors, _ = actors_of("The Palestinian Health Ministry has recorded 30 cases. "
                          "In Indonesia, cases rose. The Health Ministry reported 44 new cases.")
    assert "health-ministry" in actors and "palestinian-health-ministry" in actors


def test_evidence_an_acronym_that_never_acts_is_no_actor():
    actors, _ = actors_of("They took a PCR test before noon.")
    assert actors == {}


def test_evidence_an_employer_that_never_acts_is_no_actor():
    actors, _ = actors_of("Former Quellix CEO Bram Tovey spoke on Monday.")
    assert list(actors) == ["bram-tovey"]


def test_a_contained_name_takes_in_no_surname():
    actors, _ = actors_of("Fire reached Old Lahaina and the old town. Lahaina said it was safe.")
    assert "old-lahaina" not in actors
