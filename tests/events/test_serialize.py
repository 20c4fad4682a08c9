import json
from datetime import date

from events.serialize import from_data, to_data
from events.models import (Actor, ActorMention, ArticleInfo, Event, Extraction, Interval, Source,
                           TimeExpression, Title)


def _extraction():
    info = ArticleInfo("a1", "Title", "abc", published=date(2022, 10, 12), outlets=("Reuters",))
    when = Interval(date(2022, 10, 11), date(2022, 10, 11), "day")
    source = Source("a1", "Germany on Tuesday delivered it.", 0, 33, "Tuesday", "2022-10-11",
                    date(2022, 10, 12))
    event = Event("e1", when, "2022-10-11", "Germany delivered it", "delivered", "delivery",
                  "happened", ("germany",), source)
    actor = Actor("germany", "Germany", "country", ("Berlin",),
                  (Title("member of NATO", date(2022, 10, 12)),), 2)
    time = TimeExpression(11, 18, "Tuesday", "DATE", "2022-10-11", anchor="dct", interval=when)
    return Extraction(info, (time,), (actor,), (ActorMention(0, 7, "Germany", "germany"),), (event,))


def test_round_trip_through_json_gives_equal_objects():
    ex = _extraction()
    assert from_data(Extraction, json.loads(json.dumps(to_data(ex)))) == ex


def test_dates_become_iso_strings():
    assert to_data(_extraction())["article"]["published"] == "2022-10-12"


def test_missing_optional_fields_take_their_defaults():
    data = to_data(_extraction())
    del data["article"]["outlets"]
    assert from_data(Extraction, data).article.outlets == ()
