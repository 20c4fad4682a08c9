"""The rule recognizer, one named rule per case (events/actors/recognize.py and names.py)."""
from __future__ import annotations

import pytest

from events.actors.recognize import RULES, scan

# (rule, text, surface form, expected kind) — the candidate read from ``surface`` must be
# of that kind and made by that rule.
POSITIVE = [
    ("table", "NATO met in Brussels.", "NATO", "organization"),
    ("table", "Gaddafi called it aggression.", "Gaddafi", "person"),
    ("demonym-agent", "Russian forces fired a hail of missiles.", "Russian", "country"),
    ("demonym-agent", "Dutch Defense Minister Kajsa Ollongren spoke.", "Dutch", "country"),
    ("demonym-agent", "the Libyan Interior Ministry said.", "Libyan", "country"),
    ("demonym-agent", "Russian armed forces retreated.", "Russian", "country"),
    ("nationality-plural", "Ukrainians can link them together.", "Ukrainians", "country"),
    ("capital-government", "Kyiv has stepped up its calls.", "Kyiv", "country"),
    ("capital-government", "since Moscow escalated its war.", "Moscow", "country"),
    ("capital-government", "the Netherlands would provide Kyiv with missiles.", "Kyiv", "country"),
    ("capital-government", "He backed Kyiv's calls for help.", "Kyiv", "country"),
    ("capital-government", "Berlin condemns Russian attacks", "Berlin", "country"),
    ("acronym", "the National Oil Corporation (NOC) said. The NOC will pay.", "NOC", "organization"),
    ("acronym", "the National Oil Corporation -LRB- NOC -RRB- said .", "NOC", "organization"),
    ("acronym-table", "the rebel National Transition Council (TNC) met.", "National Transition Council", "organization"),
    ("title-alone", "The Chairman of the Joint Chiefs of Staff added that it works.",
     "Chairman of the Joint Chiefs of Staff", "title"),
    ("org-head", "the Shenandoah Police Department said.", "Shenandoah Police Department", "organization"),
    ("org-head", "a spokesman at the Ministry of Foreign Affairs said.", "Ministry of Foreign Affairs", "organization"),
    ("org-head", "adviser at the Afghanistan World Foundation said.", "Afghanistan World Foundation", "organization"),
    ("org-head", "A Libyan Arab Airlines plane was denied.", "Arab Airlines", "organization"),
    ("title-before", "NATO chief Jens Stoltenberg spoke.", "Jens Stoltenberg", "person"),
    ("title-before", "Ukraine's defense minister, Oleksii Reznikov, said: no.", "Oleksii Reznikov", "person"),
    ("title-before", "Gen. Mark Milley spoke.", "Mark Milley", "person"),
    ("honorific", "Mr. Smithers arrived.", "Smithers", "person"),
    ("appositive", "Eduard Moskaliov, Ukraine's joint forces commander, attended.", "Eduard Moskaliov", "person"),
    ("age", "said Zorbalov Quint, 37.", "Zorbalov Quint", "person"),
    ("say-after", "Stoltenberg said the alliance was ready.", "Stoltenberg", "person"),
    ("say-after", "Her old friend, Sameh Shoukry, said that was so.", "Sameh Shoukry", "person"),
    ("say-after", "Fadhil Hussein, a 50-year-old protester, told CNN.", "Fadhil Hussein", "person"),
    ("say-before", "'' said Tarhouni .", "Tarhouni", "person"),
    ("say-before", "according to former jihadist Noman Benotman.", "Noman Benotman", "person"),
    ("given-name", "the meeting where Kajsa Ollongren arrived late.", "Kajsa Ollongren", "person"),
    ("given-name", "long-time Islamist Saif al Adel has been appointed.", "Saif al Adel", "person"),
    ("given-name", "the number 2, Abu Yahya al-Libi, was killed.", "Abu Yahya al-Libi", "person"),
    ("given-name", "and George W. Bush left.", "George W. Bush", "person"),
    ("weak-name", "Zorbalov went home.", "Zorbalov", "person"),
    ("acronym-acting", "The leak grew. QXR said on Monday that it would pay.", "QXR", "organization"),
    ("acronym-acting", "oil major QXR has capped the well.", "QXR", "organization"),
    ("org-descriptor", "a claim against driller Vantorix, which drilled it.", "Vantorix", "organization"),
    ("org-descriptor", "the band's record company, Pellow Tunes, agreed.", "Pellow Tunes", "organization"),
    ("org-descriptor", "Insurer Quorra Mutual has asked a court.", "Quorra Mutual", "organization"),
    ("org-appositive", "a visit to Brindle Biotek, a German company developing a vaccine.", "Brindle Biotek",
     "organization"),
    ("org-signal", "Halvex shares fell 3 percent.", "Halvex", "organization"),
    ("employer", "Halvex chief executive Mara Quist said.", "Halvex", "organization"),
    ("org-head", "Marlow Computer today introduced a laptop.", "Marlow Computer", "organization"),
    ("org-head", "the Council on Tidal Quality said.", "Council on Tidal Quality", "organization"),
    ("org-head", "the Royal Society for the Prevention of Falls said.",
     "Royal Society for the Prevention of Falls", "organization"),
    ("org-head", "shares of Quellor AG rose.", "Quellor AG", "organization"),
    ("org-object", "In 1985 he founded Quintek, and later he bought Marrowfilm.", "Quintek", "organization"),
    ("org-object", "following Halvex's purchase of Quintek, he returned.", "Quintek", "organization"),
    ("org-object", "One year later he founded NeXT.", "NeXT", "organization"),
    ("acronym-acting", "Analysts at QXR put the cost at $2 billion.", "QXR", "organization"),
    ("org-descriptor", "drug companies Halvex, which makes pills, and Quorramed, which makes drops.",
     "Quorramed", "organization"),
    ("kin", "The president and their son Barrow have recovered.", "Barrow", "person"),
    ("kin", "His girlfriend, Kimmer Gullane also tested positive.", "Kimmer Gullane", "person"),
    ("leader-of", "The Ostrava administration is calling for reviews.", "Ostrava", "person"),
    ("title-before", "Mr Justice Anton Marrow agreed with the defence.", "Anton Marrow", "person"),
    ("given-name", "in honor of Martin Luther King, markets closed.", "Martin Luther King", "person"),
]


def candidates(text: str):
    cands, _ = scan(text)
    return {c.text: c for c in cands}


@pytest.mark.parametrize("rule,text,surface,kind", POSITIVE, ids=[f"{p[0]}:{p[2]}" for p in POSITIVE])
def test_rule_reads(rule, text, surface, kind):
    cand = candidates(text)[surface]
    assert (cand.kind, cand.rule) == (kind, rule)


# (rule, text, surface form) — the rule keeps ``surface`` from being read as an actor.
NEGATIVE = [
    ("demonym-of-a-thing", "Russia used Iranian drones.", "Iranian"),
    ("demonym-of-a-thing", "a whole series of Israeli systems", "Israeli"),
    ("capital-as-place", "cities across Ukraine, including the capital, Kyiv.", "Kyiv"),
    ("capital-as-place", "a power station near Moscow was hit.", "Moscow"),
    ("capital-as-place", "Several Tripoli residents said they heard it.", "Tripoli"),
    ("capital-as-place", "They met in Paris on Friday.", "Paris"),
    ("place-head", "a summit at Ramstein Air Base in Germany.", "Ramstein Air Base"),
    ("place-prep", "the head of the hospital in Benghazi told CNN.", "Benghazi"),
    ("outlet-noun", "the Libyan newspaper Quryna reported it.", "Quryna"),
    ("outlet-noun", "according to Saba news agency.", "Saba"),
    ("common-word", "Analysts said it would fail. The analysts left.", "Analysts"),
    ("stop-word", "On Monday the talks began.", "Monday"),
    ("common-word", "Defense said nothing. Defense will wait.", "Defense"),
    ("common-word", "Author Profile Photo", "Author Profile Photo"),
    ("headline", "Air Defense Systems Also In Short Supply In West", "Air Defense Systems Also"),
    ("all-caps", "TRIPOLI -LRB- Reuters -RRB- - Fighting went on.", "TRIPOLI"),
    ("cut-initial", "the Philip J. King professor of Egyptology", "Philip J"),
    ("opener", "Despite Hawaii's warning, crews waited.", "Despite Hawaii"),
    ("opener", "Though Kennedy said so, nobody came.", "Though Kennedy"),
    ("opener", "Neither Trump nor his rival spoke.", "Neither Trump"),
    ("opener", "Welcome To Maui", "Welcome To Maui"),
    ("headline", "the race cost them. Will Cost Trump will see", "Will Cost Trump"),
    ("headline", "an abortion agenda cost votes. Abortion Agenda Cost Republicans", "Abortion Agenda Cost Republicans"),
    ("place", "Florida said it would sue.", "Florida"),
    ("place", "rockets fired from the Gaza Strip said nothing.", "Gaza Strip"),
    ("place-lead", "near Wadi Gaza, Osman said.", "Wadi Gaza"),
    ("place", "The Authority in the Israeli-occupied West Bank has announced a lockdown.",
     "Israeli-occupied West Bank"),
    ("place-head", "supplies came down the Ho Chi Minh Trail every night.", "Ho Chi Minh Trail"),
    ("contained", "the virus spread outside North America as well.", "America"),
    ("contained", "MEXICO CITY - Officials in Mexico City said.", "Mexico"),
    ("venue", "lost its case in the High Court today.", "High Court"),
    ("venue", "will appear in Waitakere District Court.", "Waitakere District Court"),
    ("venue", "a doctor at New Harbor University said.", "New Harbor University"),
    ("old-place", "Fire reached Old Lahaina, and old homes burned.", "Old Lahaina"),
    ("employer-only", "Former Quellix CEO Bram Tovey spoke.", "Quellix"),
]


@pytest.mark.parametrize("rule,text,surface", NEGATIVE, ids=[f"{n[0]}:{n[2]}" for n in NEGATIVE])
def test_rule_keeps_out(rule, text, surface):
    cand = candidates(text).get(surface)
    assert cand is None or not cand.strong


@pytest.mark.parametrize("text,surface,locative", [
    ("Germany delivered the first system.", "Germany", False),
    ("a base in Germany", "Germany", True),
    ("Speaking in Davos, Switzerland, he said", "Switzerland", True),
    ("Egypt's ambassador to the United States said", "United States", True),
    ("the mountains near the border with Tunisia", "Tunisia", True),
    ("a spokesman at Britain's Foreign Office said", "Britain", False),
], ids=["actor", "in", "city-comma-country", "to-the", "border-with", "possessive"])
def test_locative_countries(text, surface, locative):
    assert candidates(text)[surface].locative is locative


@pytest.mark.parametrize("text,surface,locative", [
    ("if US legislation bars it from drilling", "US", True),
    ("asked a U.S. court to block a claim", "U.S.", True),
    ("while US markets were closed", "US", True),
    ("US officials said", "US", False),
    ("the US wants the talks to go on", "US", False),
    ("the US sent the systems", "US", False),
    ("trials in the U.K. and Brazil showed", "Brazil", True),
], ids=["legislation", "court", "markets", "agent", "verb-object", "verb-ed", "and-a-place"])
def test_country_attribute(text, surface, locative):
    """``country-attribute``: a country's name qualifying a thing is a place-like mention."""
    assert candidates(text)[surface].locative is locative


def test_a_former_title_is_marked_former():
    cand = candidates("Former Quellix CEO Bram Tovey said no.")["Bram Tovey"]
    assert cand.titles == ("former Quellix CEO",)


def test_a_title_is_kept_out_of_the_name():
    cands = candidates("Taoiseach Liam Vardry met the press.")
    assert "Liam Vardry" in cands and cands["Liam Vardry"].titles == ("Taoiseach",)


def test_an_acronym_that_never_acts_is_weak():
    assert candidates("A PCR test is needed at the GMT hour.")["PCR"].strong is False


def test_a_line_in_capitals_gives_no_acronym():
    assert "NEED" not in candidates("HERE'S WHAT YOU NEED TO KNOW")


def test_an_acronym_after_or_is_the_body():
    cands = candidates("the Norland Transit Authority, or NTA, which runs buses. NTA said so.")
    assert cands["NTA"].name == "Norland Transit Authority"


def test_a_body_name_with_a_comma_list_before_its_acronym():
    cands = candidates("the Bureau of Ocean Energy Management, Regulation and Enforcement (BOEMRE) said")
    assert cands["BOEMRE"].name == "Bureau of Ocean Energy Management, Regulation and Enforcement"


def test_a_place_opens_a_body_name():
    cands = candidates("The Norland Highway Patrol provides security.")
    assert "Norland Highway Patrol" in cands
    cands = candidates("The California Highway Patrol provides security.")
    assert cands["California Highway Patrol"].kind == "organization"


def test_titles_go_to_the_person_they_name():
    found = candidates("Chairman of the Joint Chiefs of Staff Gen. Mark Milley said it. "
                       "US Secretary of Defense Lloyd Austin agreed. "
                       "Eduard Moskaliov, Ukraine's joint forces commander, came.")
    assert found["Mark Milley"].titles == ("Chairman of the Joint Chiefs of Staff", "General")
    assert found["Lloyd Austin"].titles == ("US Secretary of Defense",)
    assert found["Eduard Moskaliov"].titles == ("Ukraine's joint forces commander",)


def test_a_demonym_opening_a_body_is_one_mention():
    cands, _ = scan("the Egyptian Armed Forces said.")
    assert [(c.text, c.kind) for c in cands] == [("Egyptian", "country"), ("Armed Forces", "organization")]


def test_outlets_named_in_the_text_are_returned_not_read_as_actors():
    cands, outlets = scan("one US official told CNN. The newspaper Quryna said so.")
    assert outlets == {"CNN", "Quryna"}
    assert all(c.text not in ("CNN", "Quryna") for c in cands)


def test_excluded_spans_are_skipped():
    text = "By Anna Writer. Stoltenberg said yes."
    cands, _ = scan(text, excluded=((0, 15),))
    assert [c.text for c in cands] == ["Stoltenberg"]


def test_every_rule_has_a_case():
    named = {p[0] for p in POSITIVE} | {"table"}
    assert set(RULES) <= named
