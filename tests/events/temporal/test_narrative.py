"""Narrative reference time: a bare day or month takes its year from the story's main line."""
import pytest

from events.temporal import tag
from events.temporal.tagger import ASIDES, aside_rule


def _value(text, surface, genre="auto"):
    return next(t.value for t in tag(text, None, genre=genre) if t.text == surface)


@pytest.mark.parametrize("genre", ["auto", "history"])
def test_without_a_dct_a_bare_day_takes_the_year_of_the_story(genre):
    text = "Floods reached the valley on 3 May 2031. On 11 June, the mayor visited the town."
    assert _value(text, "11 June", genre) == "2031-06-11"


def test_a_year_modifying_a_noun_does_not_move_the_story():
    text = ("Floods reached the valley on 3 May 2031, the worst since the 2019 floods. "
            "On 11 June, the mayor visited the town.")
    assert _value(text, "11 June") == "2031-06-11"


@pytest.mark.parametrize("name, text, surface", [
    ("relative", "The storm came on 3 May 2031, which was worse than the one in 2019.", "2019"),
    ("born", "The mayor, born in Oslo in 1980, spoke on 3 May 2031.", "1980"),
    ("bracket", "The mayor (in office since 2019) spoke on 3 May 2031.", "2019"),
])
def test_a_date_in_an_aside_names_its_rule(name, text, surface):
    assert name in dict(ASIDES)
    assert aside_rule(text, text.index(surface)) == name


def test_a_main_line_date_is_no_aside():
    text = "The storm came on 3 May 2031, and the river rose in June 2031."
    assert aside_rule(text, text.index("June")) is None


@pytest.mark.parametrize("genre", ["auto", "history"])
def test_a_date_in_an_aside_does_not_move_the_story(genre):
    text = ("Floods reached the valley on 3 May 2031. The last great flood, which ruined the "
            "harvest in 2019, was smaller. On 11 June, the mayor visited the town.")
    assert _value(text, "11 June", genre) == "2031-06-11"
