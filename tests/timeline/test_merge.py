from dataclasses import fields, replace
from datetime import date

import pytest

from timeline.merge import RULES, MergeRules, compare, merge_events, similarity
from timeline.pairs import TYPES_AGREE

DW_IRIS = "Germany delivered the first of four IRIS-T air defense systems to Ukraine"
CNN_IRIS = "Germany delivered its first of four IRIS-T SLM air-to-air missile systems to Ukraine"
IRIS_ACTORS = ("germany", "ukraine")


def _entries(events, published=None):
    return merge_events(events, published or {})


def test_the_iris_t_delivery_dated_tuesday_and_monday_is_one_entry_with_a_conflict(event):
    dw = event("dw", DW_IRIS, "2022-10-11", actors=IRIS_ACTORS)
    cnn = event("cnn", CNN_IRIS, "2022-10-10", actors=IRIS_ACTORS)
    (entry,) = _entries([dw, cnn])
    assert {s.article for s in entry.sources} == {"dw", "cnn"}
    assert entry.conflict.dates == ("2022-10-10", "2022-10-11")
    assert dict(entry.conflict.sources) == {"2022-10-10": ("cnn",), "2022-10-11": ("dw",)}


def test_a_conflict_keeps_the_date_most_sources_give(event):
    events = [event("a", DW_IRIS, "2022-10-11", actors=IRIS_ACTORS),
              event("b", DW_IRIS, "2022-10-11", actors=IRIS_ACTORS),
              event("c", CNN_IRIS, "2022-10-10", actors=IRIS_ACTORS)]
    (entry,) = _entries(events)
    assert entry.when.start == date(2022, 10, 11)
    assert dict(entry.conflict.sources)["2022-10-11"] == ("a", "b")


# Each rule of MergeRules, by name: a pair that merges under it, and its neighbour that
# does not. (article, summary, timex, actors, type) for each side.
SAME = ("Russian forces fired a hail of missiles at Kyiv", "attack")
RULE_CASES = [
    # similar: same happening, different wording, same day -> merged
    ("similar", ("a", "Russian forces fired a hail of missiles at Kyiv", "2022-10-10"),
                ("b", "Russia fired dozens of missiles at Kyiv and Lviv", "2022-10-10"), True),
    # similar: only the date and actors are shared -> never merged
    ("similar", ("a", "Russian forces fired a hail of missiles at Kyiv", "2022-10-10"),
                ("b", "Russian diplomats walked out of the UN assembly", "2022-10-10"), False),
    # join_days: a month-level mention joins a day-level one
    ("join_days", ("a", "Russian forces fired a hail of missiles at Kyiv", "2022-10"),
                  ("b", "Russian forces fired missiles at Kyiv", "2022-10-10"), True),
    # join_days: a year-level mention does not join a day-level one
    ("join_days", ("a", "Russian forces fired a hail of missiles at Kyiv", "2022"),
                  ("b", "Russian forces fired missiles at Kyiv", "2022-10-10"), False),
    # join_days: ... but two mentions of the same year do join
    ("join_days", ("a", "Russian forces fired a hail of missiles at Kyiv", "2022"),
                  ("b", "Russian forces fired missiles at Kyiv", "2022"), True),
    # conflict_days: precise dates two days apart, strongly alike -> one entry
    ("conflict_days", ("a", "Russian forces fired a hail of missiles at Kyiv", "2022-10-10"),
                      ("b", "Russian forces fired a hail of missiles at Kyiv", "2022-10-12"), True),
    # conflict_days: a week apart -> two happenings
    ("conflict_days", ("a", "Russian forces fired a hail of missiles at Kyiv", "2022-10-10"),
                      ("b", "Russian forces fired a hail of missiles at Kyiv", "2022-10-17"), False),
    # conflict_similar: a day apart but only loosely alike -> two happenings
    ("conflict_similar", ("a", "Russian forces fired a hail of missiles at Kyiv", "2022-10-10"),
                         ("b", "Russia fired drones at power plants near Kyiv", "2022-10-11"), False),
]


@pytest.mark.parametrize("rule, left, right, merged", RULE_CASES,
                         ids=[f"{c[0]}-{'merged' if c[3] else 'apart'}-{i}"
                              for i, c in enumerate(RULE_CASES)])
def test_merge_rules(event, rule, left, right, merged):
    assert rule in {f.name for f in fields(MergeRules)}
    a = event(left[0], left[1], left[2], actors=("russia",), type="attack")
    b = event(right[0], right[1], right[2], actors=("russia",), type="attack")
    assert len(_entries([a, b])) == (1 if merged else 2)


def test_rule_similar_is_the_threshold(event):
    a = event("a", "Russian forces fired a hail of missiles at Kyiv", "2022-10-10",
              actors=("russia",), type="attack")
    b = event("b", "Russia fired dozens of missiles at Kyiv and Lviv", "2022-10-10",
              actors=("russia",), type="attack")
    score = similarity(a, b)
    assert compare(a, b, MergeRules(similar=score - 0.01)) is not None
    assert compare(a, b, MergeRules(similar=score + 0.01)) is None


def test_rule_duplicate_similar_merges_a_story_told_twice_in_one_article(event):
    a = event("a", "Germany delivered the first IRIS-T system to Ukraine", "2022-10-11",
              start=0)
    b = event("a", "Germany delivered the first IRIS-T system to Ukraine on time", "2022-10-11",
              start=500)
    (entry,) = _entries([a, b])
    assert [s.start for s in entry.sources] == [0, 500]


def test_rule_duplicate_similar_keeps_loosely_alike_events_of_one_article_apart(event):
    a = event("a", "Germany delivered the first IRIS-T system to Ukraine", "2022-10-11", start=0)
    b = event("a", "Germany delivered howitzers and ammunition to Ukraine", "2022-10-11",
              start=500)
    assert similarity(a, b) >= RULES.similar  # would merge across articles, not within one
    assert len(_entries([a, b])) == 2


def test_rule_actorless_similar_needs_strong_wording_when_no_actor_is_known(event):
    a = event("a", "Explosions shook the capital before dawn", "2022-10-10", actors=())
    b = event("b", "Explosions shook the capital before dawn again", "2022-10-10", actors=())
    c = event("c", "Loud explosions shook buildings in the south", "2022-10-10", actors=())
    assert RULES.similar <= similarity(a, c) < RULES.actorless_similar
    assert sorted(len(e.sources) for e in _entries([a, b, c])) == [1, 2]


def test_rule_trigger_weight_rewards_the_same_trigger(event):
    a = event("a", "Germany delivered and shipped systems", "2022-10-11", trigger="delivered")
    b = event("b", "Germany delivered and shipped systems", "2022-10-11", trigger="delivered")
    c = event("c", "Germany delivered and shipped systems", "2022-10-11", trigger="shipped")
    assert similarity(a, b) > similarity(a, c)
    assert similarity(a, b, MergeRules(trigger_weight=0.0)) == similarity(a, c, MergeRules(
        trigger_weight=0.0))


def test_rule_linkage_stops_a_chain_of_loosely_alike_events(event):
    # a~b and b~c, but a and c have little in common: not one happening
    a = event("a", "NATO jets struck tanks near the old port", "2011-04-10", actors=("nato",),
              type="attack", published=date(2011, 4, 10))
    b = event("b", "NATO jets struck tanks and rocket launchers near Tripoli", "2011-04-10",
              actors=("nato",), type="attack", published=date(2011, 4, 10))
    c = event("c", "NATO bombed rocket launchers and ammunition depots in Tripoli", "2011-04-10",
              actors=("nato",), type="attack", published=date(2011, 4, 10))
    assert compare(a, b) and compare(b, c) and not compare(a, c)
    assert sorted(len(e.sources) for e in merge_events([a, b, c], {})) == [1, 2]
    loose = MergeRules(linkage=0.0)
    assert [len(e.sources) for e in merge_events([a, b, c], {}, loose)] == [3]


def test_events_without_a_shared_actor_stay_apart(event):
    a = event("a", "Germany delivered the first IRIS-T system", "2022-10-11", actors=("germany",))
    b = event("b", "Germany delivered the first IRIS-T system", "2022-10-11", actors=("ukraine",))
    assert len(_entries([a, b])) == 2


@pytest.mark.parametrize("left, right, merged", [
    ("delivery", "delivery", True),
    ("delivery", "other", True),      # a generic type agrees with any
    ("delivery", "meeting", False),
])
def test_types_must_agree(event, left, right, merged):
    a = event("a", "Germany delivered the first IRIS-T system", "2022-10-11", type=left)
    b = event("b", "Germany delivered the first IRIS-T system", "2022-10-11", type=right)
    assert len(_entries([a, b])) == (1 if merged else 2)


def test_entry_keeps_the_most_precise_date_and_cites_every_source(event):
    month = event("a", "Germany delivered the first IRIS-T system", "2022-10")
    day = event("b", "Germany delivered the first IRIS-T system", "2022-10-11")
    (entry,) = _entries([month, day])
    assert (entry.when.granularity, entry.timex, entry.conflict) == ("day", "2022-10-11", None)
    assert {s.article for s in entry.sources} == {"a", "b"}


def test_status_comes_from_the_latest_source(event):
    plan = event("a", "Germany delivers the first IRIS-T system", "2022-10-11",
                 status="planned", published=date(2022, 10, 1))
    done = event("b", "Germany delivered the first IRIS-T system", "2022-10-11",
                 status="happened", published=date(2022, 10, 12))
    (entry,) = merge_events([plan, done], {"a": date(2022, 10, 1), "b": date(2022, 10, 12)})
    assert entry.status == "happened"
    assert [s.article for s in entry.sources] == ["b", "a"]  # the report that it happened first


def test_entry_ids_are_stable_whatever_the_input_order(event):
    events = [event("a", DW_IRIS, "2022-10-11", actors=IRIS_ACTORS),
              event("b", CNN_IRIS, "2022-10-10", actors=IRIS_ACTORS),
              event("c", "NATO ministers met in Brussels", "2022-10-12", actors=("nato",),
                    type="meeting")]
    first = sorted(e.id for e in _entries(events))
    again = sorted(e.id for e in _entries(list(reversed(events))))
    assert first == again
    assert all(i.startswith("ev-") and len(i) == 15 for i in first)


def test_entry_id_is_its_first_report_so_later_coverage_keeps_it(event):
    """The id names the earliest published source: an article published later that joins
    the entry, or changes its date and summary, leaves the id as it was."""
    first = event("a", DW_IRIS, "2022-10-11", actors=IRIS_ACTORS, published=date(2022, 10, 11))
    later = event("b", CNN_IRIS, "2022-10-10", actors=IRIS_ACTORS, published=date(2022, 10, 14))
    published = {"a": date(2022, 10, 11), "b": date(2022, 10, 14)}
    (alone,) = merge_events([first], published)
    (joined,) = merge_events([first, later], published)
    assert len(joined.sources) == 2
    assert joined.id == alone.id
    assert set(joined.members) == {alone.id, merge_events([later], published)[0].id}


def test_entry_id_does_not_depend_on_the_date_or_summary_chosen(event):
    a = event("a", DW_IRIS, "2022-10-11", id="ev-same")
    b = event("a", "Germany handed over something else", "2022-10", id="ev-same")
    assert merge_events([a], {})[0].id == merge_events([b], {})[0].id


def test_entry_ids_differ_for_different_members(event):
    a = _entries([event("a", DW_IRIS, "2022-10-11")])[0]
    b = _entries([event("b", DW_IRIS, "2022-10-11")])[0]
    assert a.id != b.id


@pytest.mark.parametrize("left, right, merged", [
    ("NATO struck Tripoli harbour", "NATO struck Misrata harbour", False),
    ("NATO struck Tripoli harbour", "NATO jets struck the harbour in Tripoli", True),
    ("Germany delivered the first IRIS-T system", "Germany delivered the first IRIS-T SLM system",
     True),  # one side naming more is fine
])
def test_rule_names_agree(event, left, right, merged):
    a = event("a", left, "2011-03-19", actors=("nato", "germany"), type="other")
    b = event("b", right, "2011-03-19", actors=("nato", "germany"), type="other")
    assert len(_entries([a, b])) == (1 if merged else 2)
    assert len(merge_events([a, b], {}, MergeRules(names_agree=False))) == 1


def test_an_article_naming_both_dates_tells_two_happenings_not_a_conflict(event):
    # A dates the strikes the 19th and (in the same sentence) something alike the 17th,
    # so B's strikes on the 17th are not A's strikes misdated.
    day = date(2011, 3, 20)
    a19 = event("a", "Western jets began air strikes on Libya", "2011-03-19", actors=("nato",),
                type="attack", published=day, start=0)
    a17 = event("a", "Western jets began air strikes on Libya after the vote", "2011-03-17",
                actors=("nato",), type="agreement", published=day, start=1)
    b17 = event("b", "Western jets began air strikes on Libya", "2011-03-17", actors=("nato",),
                type="attack", published=day)
    entries = merge_events([a19, a17, b17], {"a": day, "b": day})
    assert len(entries) == 3 and not any(e.conflict for e in entries)
    assert len(merge_events([a19, b17], {"a": day, "b": day})) == 1  # alone, they conflict


def test_rule_conflict_days_needs_both_sources_to_have_known_both_days(event):
    # a strike reported on the 10th for the 9th and one reported on the 12th for the 11th:
    # the first article could not know of the 11th, so these are two strikes
    early = event("a", "NATO jets struck the port", "2011-03-09", actors=("nato",),
                  published=date(2011, 3, 10))
    late = event("b", "NATO jets struck the port", "2011-03-11", actors=("nato",),
                 published=date(2011, 3, 12))
    published = {"a": date(2011, 3, 10), "b": date(2011, 3, 12)}
    assert len(merge_events([early, late], published)) == 2
    same_day = {"a": date(2011, 3, 12), "b": date(2011, 3, 12)}
    (entry,) = merge_events([early, late], same_day)
    assert entry.conflict.dates == ("2011-03-09", "2011-03-11")


def test_rule_copy_similar_dates_a_reprinted_sentence_by_its_first_printing(event):
    # "bigger than yesterday", printed on the 6th and again on the 7th
    quote = "There was a new attack, bigger than yesterday"
    first = event("a", quote, "2011-03-05", actors=("rebels",), published=date(2011, 3, 6))
    again = event("b", quote, "2011-03-06", actors=("rebels",), published=date(2011, 3, 7))
    first = replace(first, source=replace(first.source, time_text="yesterday"))
    again = replace(again, source=replace(again.source, time_text="yesterday"))
    published = {"a": date(2011, 3, 6), "b": date(2011, 3, 7)}
    (entry,) = merge_events([first, again], published)
    assert (entry.timex, entry.conflict) == ("2011-03-05", None)
    assert entry.sources[1].time_value == "2011-03-06"  # the copy still shows what it said
    (conflicted,) = merge_events([first, again], published, MergeRules(copy_similar=1.01))
    assert conflicted.conflict.dates == ("2011-03-05", "2011-03-06")


# Each row of FLOORS, by name: a pair of its case that merges, and its neighbour that does
# not (the row's floor, or the case's own gate, keeps it apart).
def _pub(ev):
    return replace(ev, dated_by="publication")


DEBATE_A = "Five candidates took the stage for the third debate"
DEBATE_B = "The third Republican debate in Miami drew a record audience"
DEBATE_ACTORS = ("trump", "cruz", "rubio")
NIGHT = date(2016, 3, 11)  # the debate was told the morning after


def test_floor_rows_are_rules_fields():
    from timeline.merge import FLOORS
    assert [case for case, _ in FLOORS] == ["headline", "same-article", "same-words",
                                            "publication-dated", "publication-shared",
                                            "conflict", "retold-date",
                                            "retold-unshared", "no-actors", "actors-agree",
                                            "same-person", "same-occasion", "shared-actor"]
    assert {name for _, name in FLOORS} <= {f.name for f in fields(MergeRules)}


def test_floor_actors_agree_merges_one_happening_told_in_other_words(event):
    a = event("a", DEBATE_A, "2016-03-10", actors=DEBATE_ACTORS, type="meeting", published=NIGHT)
    b = event("b", DEBATE_B, "2016-03-10", actors=DEBATE_ACTORS, type="meeting", published=NIGHT)
    assert similarity(a, b) < RULES.similar  # too unalike for the shared-actor case
    (entry,) = _entries([a, b])
    assert {s.article for s in entry.sources} == {"a", "b"}


@pytest.mark.parametrize("change", [
    dict(actors=("trump",)),             # one shared actor: not agreement
    dict(timex="2016-03"),               # not the same precise day
])
def test_floor_actors_agree_needs_actors_and_day(event, change):
    a = event("a", DEBATE_A, "2016-03-10", actors=DEBATE_ACTORS, type="other", published=NIGHT)
    kw = dict(actors=DEBATE_ACTORS, type="other", published=NIGHT) | {
        k: v for k, v in change.items() if k != "timex"}
    b = event("b", DEBATE_B, change.get("timex", "2016-03-10"), **kw)
    assert len(_entries([a, b])) == 2


def test_floor_actors_agree_keeps_two_places_apart(event):
    a = event("a", "Rebels shelled the port of Misrata", "2011-04-10",
              actors=("rebels", "libya"), type="attack")
    b = event("b", "Rebels shelled the airport near Brega", "2011-04-10",
              actors=("rebels", "libya"), type="attack")
    assert len(_entries([a, b])) == 2


def test_floor_publication_dated_needs_strong_wording_and_actor_agreement(event):
    said = "Germany sent the first IRIS-T air defence system to Ukraine"
    a = _pub(event("a", said, "2022-10-12", actors=IRIS_ACTORS))
    b = _pub(event("b", said + " this week", "2022-10-12", actors=IRIS_ACTORS))
    loose = _pub(event("c", "Germany sent howitzers and shells to Ukraine", "2022-10-12",
                       actors=IRIS_ACTORS))
    # alike, but no run of five words in common: the one-actor side stays apart
    one = _pub(event("d", "Germany sent Ukraine its first air defence system of the IRIS-T type",
                     "2022-10-12", actors=("germany",)))
    assert similarity(a, one) >= RULES.publication_similar
    assert similarity(a, loose) >= RULES.similar  # would merge if dated by the text
    entries = _entries([a, b, loose, one])
    assert sorted(len(e.sources) for e in entries) == [1, 1, 2]


def test_floor_publication_dated_never_opens_a_conflict(event):
    a = _pub(event("a", DW_IRIS, "2022-10-12", actors=IRIS_ACTORS))
    b = event("b", DW_IRIS, "2022-10-11", actors=IRIS_ACTORS)
    assert len(_entries([a, b])) == 2
    assert all(e.conflict is None for e in _entries([a, b]))


def test_floor_publication_dated_joins_a_dated_telling_of_its_day(event):
    a = _pub(event("a", DW_IRIS, "2022-10-11", actors=IRIS_ACTORS))
    b = event("b", DW_IRIS, "2022-10-11", actors=IRIS_ACTORS)
    c = event("c", CNN_IRIS, "2022-10-10", actors=IRIS_ACTORS)
    (entry,) = _entries([a, b, c])
    assert dict(entry.conflict.sources) == {"2022-10-10": ("c",), "2022-10-11": ("b",)}
    assert entry.dated_by == "time"


def test_a_month_and_a_day_that_do_not_overlap_are_a_conflict():
    from timeline.entry import _conflict
    from types import SimpleNamespace
    from events.temporal.interval import interval_of
    from tests.timeline.conftest import make_event

    def member(article, timex):
        ev = make_event(article, "x y", timex)
        return SimpleNamespace(event=ev, article=article, published=None, when=ev.when)
    conflict, chosen = _conflict([member("a", "2011-03"), member("b", "2011-04-02")])
    assert conflict.dates == ("2011-03", "2011-04-02")
    assert chosen is None
    overlap, _ = _conflict([member("a", "2011-04"), member("b", "2011-04-02")])
    assert overlap is None
    assert interval_of("2011-03").granularity == "month"


# DIRECTNESS, row by row: the member showing the cue speaks for the entry.
DIRECT = "Germany delivered the first IRIS-T air defence system to Ukraine"


@pytest.mark.parametrize("cue, strong, weak", [
    ("dated", {}, {"dated_by": "publication"}),
    ("happened", {}, {"status": "expected"}),
    ("specific-type", {}, {"type": "other"}),
    ("plain-length", {}, {"summary": "Germany delivered"}),
    ("plain-sentence", {}, {"quote": "NEW: Kyiv asks for more | Watch the video " * 6 + DIRECT}),
    ("plain-sentence", {}, {"quote": ", who spoke on Tuesday, said " + DIRECT}),
    ("own-words", {}, {"quote": "\u201cWe delivered the first IRIS-T system,\u201d he said."}),
    ("text", {}, {"part": "title"}),
    ("in-passing", {}, {"quote": "Kyiv has asked for more since Germany delivered the first "
                                 "IRIS-T on Tuesday.", "time_text": "Tuesday"}),
])
def test_directness_cues(event, cue, strong, weak):
    from timeline.entry import DIRECTNESS, directness
    assert cue in dict(DIRECTNESS)
    base = event("a", DIRECT, "2022-10-11", actors=IRIS_ACTORS)

    def with_(ev, change):
        change = dict(change)
        source = {k: change.pop(k) for k in ("quote", "part", "time_text") if k in change}
        ev = replace(ev, **change)
        return replace(ev, source=replace(ev.source, **source)) if source else ev
    from types import SimpleNamespace

    def member(ev):
        return SimpleNamespace(event=ev, article=ev.source.article, published=None,
                               when=ev.when)
    assert directness(member(with_(base, strong))) > directness(member(with_(base, weak)))


@pytest.mark.parametrize("quote, time_text, passing", [
    # the date modifies a noun the sentence is not about
    ("Oynes is the first to resign since an April 20 explosion sank the rig.", "April 20", True),
    ("Problems were seen in the hours prior to the 20 April explosion.", "the 20 April", True),
    ("Officials had drafted rules before Tuesday's blast.", "Tuesday", True),
    # a clause opened by a passing opener
    ("It was his first break since the rig exploded April 20, killing 11.", "April 20", True),
    ("After talks on Monday, the ministers agreed a deal.", "Monday", True),
    # a duration counted from it to another happening
    ("Five months after the explosion, the well passed a test.", "Five months", True),
    ("The rig caught fire April 20 after an explosion and sank.", "April 20", False),
    # told: the date's noun is the subject, or the date dates the main clause
    ("An April 20 explosion on the rig killed 11 workers.", "April 20", False),
    ("The rig exploded on 20 April and sank two days later.", "20 April", False),
    ("The spill began on 20 April, when the rig exploded.", "20 April", False),
    ("From the very beginning, on the 25th of January, it was clear.", "the 25th of January",
     False),
    ("Mubarak stepped down Friday and handed over power.", "Friday", False),
    ("The rig exploded.", "", False),
])
def test_in_passing(quote, time_text, passing):
    from timeline.entry import in_passing
    assert in_passing(quote, time_text) is passing


def test_the_most_direct_source_gives_summary_and_first_quote(event):
    weak = event("a", "Germany delivered IRIS-T", "2022-10-11", actors=IRIS_ACTORS,
                 published=date(2022, 10, 11))
    strong = event("b", DIRECT, "2022-10-11", actors=IRIS_ACTORS,
                   published=date(2022, 10, 12))
    (entry,) = merge_events([weak, strong], {"a": date(2022, 10, 11), "b": date(2022, 10, 12)},
                            MergeRules(similar=0.1))
    assert entry.summary == DIRECT
    assert [s.article for s in entry.sources] == ["b", "a"]


def _said(ev, time_text):
    return replace(ev, source=replace(ev.source, time_text=time_text))


def test_floor_retold_date_merges_a_landmark_day_recalled_by_its_date(event):
    late = date(2010, 9, 1)
    a = _said(event("a", "The Deepwater Horizon rig exploded and sank with eleven workers",
                    "2010-04-20", actors=("us",), type="other", published=late), "20 April")
    b = _said(event("b", "An inquiry into the spill that followed the blast found failures",
                    "2010-04-20", actors=("us",), type="other", published=late), "April 20")
    b = replace(b, summary=b.summary + " on the rig")
    assert 0 < similarity(a, b) < RULES.similar
    assert len(merge_events([a, b], {"a": late, "b": late})) == 1


@pytest.mark.parametrize("said, published", [
    ("Tuesday", date(2010, 9, 1)),           # a weekday names no calendar date
    ("20 April", date(2010, 4, 22)),         # two days on: the day's own news, not recalled
])
def test_floor_retold_date_needs_a_calendar_date_long_before(event, said, published):
    a = _said(event("a", "The Deepwater Horizon rig exploded and sank with eleven workers",
                    "2010-04-20", actors=("us",), type="other", published=published), said)
    b = _said(event("b", "An inquiry into the spill that followed the blast found failures "
                    "on the rig", "2010-04-20", actors=("us",), type="other",
                    published=published), said)
    assert len(merge_events([a, b], {"a": published, "b": published})) == 2


@pytest.mark.parametrize("time_text, named", [
    ("20 April", True), ("April 20, 2010", True), ("Oct. 21", True), ("2010-04-20", True),
    ("Tuesday", False), ("two days ago", False), ("April", False), ("18 days ago", False),
])
def test_calendar_date(time_text, named):
    from timeline.merge import CALENDAR_DATE
    assert bool(CALENDAR_DATE.search(time_text)) is named


def test_floor_same_occasion_one_meeting_of_a_shared_actor_on_a_day(event):
    day = date(2010, 6, 16)
    a = event("a", "Executives met the president at the White House", "2010-06-16",
              actors=("white-house",), type="meeting", published=day)
    b = event("b", "The company agreed to set aside a fund after the executives' talks",
              "2010-06-16", actors=("white-house",), type="other", published=day)
    c = event("c", "The company agreed to set aside a fund after the executives' talks",
              "2010-06-16",
              actors=("white-house",), type="statement", published=day)
    assert 0 < similarity(a, b) < RULES.similar
    assert len(merge_events([a, b], {"a": day, "b": day})) == 1
    assert len(merge_events([a, replace(c, source=replace(c.source, article="c"))],
                            {"a": day, "c": day})) == 2  # a statement made at it is not it


def test_rule_names_agree_looks_at_the_whole_sentence(event):
    a = event("a", "NATO struck the harbour", "2011-03-19", actors=("nato",),
              published=date(2011, 3, 20))
    a = replace(a, source=replace(a.source, quote="NATO struck the harbour in Tripoli."))
    b = event("b", "NATO jets struck the harbour of Tripoli", "2011-03-19", actors=("nato",),
              published=date(2011, 3, 20))
    assert len(merge_events([a, b], {})) == 1


def test_rule_names_agree_ignores_titles_and_nationality_words(event):
    from timeline.merge import not_places
    assert {"president", "british"} <= not_places()
    assert "misrata" not in not_places()
    day = date(2011, 3, 20)
    a = event("a", "British jets struck the harbour", "2011-03-19", actors=("nato",),
              published=day)
    b = event("b", "The President said jets struck the harbour", "2011-03-19",
              actors=("nato",), published=day)
    assert len(merge_events([a, b], {})) == 1


def test_rule_retell_similar_lets_an_article_tell_its_happening_twice(event):
    day = date(2011, 3, 20)
    a1 = event("a", "NATO jets struck the tank column near Benghazi", "2011-03-19",
               actors=("nato",), published=day, start=0)
    a2 = event("a", "The strike by jets on the tank column near Benghazi stopped the advance",
               "2011-03-19", actors=("nato",), published=day, start=500)
    b = event("b", "NATO jets struck the tank column near Benghazi at dawn", "2011-03-19",
              actors=("nato",), published=day)
    c = event("c", "The strike by jets on the tank column near Benghazi stopped the advance",
              "2011-03-19", actors=("nato",), published=day)
    together = merge_events([a1, a2, b, c], {})
    assert [len(e.sources) for e in together] == [4]
    # (without the second pass, which waives the wording of an article told twice)
    apart = merge_events([a1, a2, b, c], {}, MergeRules(retell_similar=1.0, share_fraction=2.0))
    assert sorted(len(e.sources) for e in apart) == [2, 2]


def test_floor_actors_agree_not_for_two_people_each_acting_alone(event):
    day = date(2022, 10, 12)
    a = event("a", "Milley said allies must help build an air shield", "2022-10-12",
              actors=("mark-milley", "ukraine", "russia"), type="statement", published=day)
    b = event("b", "Stoltenberg told donors that more air defence was needed", "2022-10-12",
              actors=("jens-stoltenberg", "ukraine", "russia"), type="statement", published=day)
    people = ["mark-milley", "jens-stoltenberg"]
    assert 0 < similarity(a, b) < RULES.similar
    assert len(merge_events([a, b], {}, people=people)) == 2
    assert len(merge_events([a, b], {})) == 1  # not known to be people: they agree


def test_rule_same_article_reach_bounds_the_pairs_within_one_article(event):
    from timeline.merge import candidate_pairs, item_of

    same = [event("a", "The council met again in the town hall", "2022-10-10",
                  actors=("council",), type="meeting") for _ in range(30)]
    items = [item_of(i, e, None) for i, e in enumerate(same)]
    wide = candidate_pairs(items, MergeRules())
    narrow = candidate_pairs(items, MergeRules(same_article_reach=3))
    assert len(wide) == 30 * 29 // 2
    assert len(narrow) == sum(min(3, 29 - i) for i in range(30))


def test_rule_max_members_stops_an_entry_from_growing(event):
    told = [event(f"a{i:02d}", "Russian forces fired a hail of missiles at Kyiv", "2022-10-10",
                  actors=("russia",), type="attack") for i in range(12)]
    assert len(merge_events(told, {})) == 1
    assert sorted(len(e.sources) for e in merge_events(told, {}, MergeRules(max_members=5))) \
        == [2, 5, 5]


def test_rule_block_reach_bounds_the_pairs_across_articles(event):
    from timeline.merge import candidate_pairs, item_of

    told = [event(f"a{i:02d}", "The council met again in the town hall", "2022-10-10",
                  actors=("council",), type="meeting") for i in range(20)]
    items = [item_of(i, e, None) for i, e in enumerate(told)]
    assert len(candidate_pairs(items, MergeRules())) == 20 * 19 // 2
    assert len(candidate_pairs(items, MergeRules(block_reach=4))) == \
        sum(min(4, 19 - i) for i in range(20))


def test_a_large_block_is_searched_by_its_word_index_with_the_same_pairs(event, monkeypatch):
    from timeline import merge as merging
    from timeline.merge import INDEXED_BLOCK, candidate_pairs, item_of

    wordings = ["The council met again in the town hall", "Council members voted on the budget",
                "Flooding closed the bridge over the river", "The mayor opened a new library"]
    told = [event(f"a{i:03d}", wordings[i % 4], "2022-10-10", actors=("council",),
                  type="meeting" if i % 4 == 0 else "statement")
            for i in range(INDEXED_BLOCK + 40)]
    told += [event("a000", wordings[(i + 1) % 4], "2022-10-10", actors=("council",))
             for i in range(8)]  # events of one article, within its reach
    told.sort(key=lambda e: e.source.article)
    items = [item_of(i, e, None) for i, e in enumerate(told)]
    indexed = candidate_pairs(items, MergeRules(block_reach=60))
    monkeypatch.setattr(merging, "INDEXED_BLOCK", 10 ** 9)  # every block scanned whole
    assert indexed == candidate_pairs(items, MergeRules(block_reach=60))
    assert len(indexed) > INDEXED_BLOCK


def _headline(ev):
    return replace(ev, source=replace(ev.source, part="title"))


def test_floor_headline_merges_a_headline_with_its_own_lead(event):
    head = _headline(event("a", "Apple unveils new MacBook Air laptops", "2010-10-20",
                           actors=("apple",), type="announcement", start=0))
    lead = event("a", "Apple released a new lineup of MacBook Air laptops at a media event",
                 "2010-10-20", actors=("apple",), type="announcement", start=40)
    assert RULES.headline_similar <= similarity(head, lead) < RULES.duplicate_similar
    (entry,) = _entries([head, lead])
    assert [s.part for s in entry.sources] == ["text", "title"]  # the lead speaks for it
    plain = replace(head, source=replace(head.source, part="text"))
    assert len(_entries([plain, lead])) == 2  # two sentences of the text need more alike words


@pytest.mark.parametrize("change", [
    dict(timex="2010-10-19"),  # not the very same date
    dict(summary="Shares of Apple rose in regular trading on the news"),  # another happening
])
def test_floor_headline_needs_the_same_date_and_wording(event, change):
    head = _headline(event("a", "Apple unveils new MacBook Air laptops", "2010-10-20",
                           actors=("apple",), type="announcement", start=0))
    other = event("a", change.get("summary", "Apple released a new lineup of MacBook Air laptops"),
                  change.get("timex", "2010-10-20"), actors=("apple",), type="announcement",
                  start=40)
    assert len(_entries([head, other])) == 2


def test_an_entry_conflicts_exactly_when_two_of_its_dates_do_not_overlap():
    # the one-pass check (latest start after earliest end) against every pair
    import random
    from types import SimpleNamespace

    from events.models import Interval
    from timeline.entry import _conflict

    rng = random.Random(7)
    for _ in range(300):
        members = []
        for n in range(rng.randint(1, 6)):
            start = date(2022, 10, 1 + rng.randint(0, 20))
            end = date(2022, 10, min(31, start.day + rng.choice([0, 0, 1, 6, 10])))
            when = Interval(start, end, "day" if start == end else "week")
            event = SimpleNamespace(dated_by="time", when=when, timex=start.isoformat())
            members.append(SimpleNamespace(event=event, article=f"a{n}", published=None,
                                           when=when))
        pairwise = any(not a.when.overlaps(b.when) for i, a in enumerate(members)
                       for b in members[i + 1:])
        assert (_conflict(members)[0] is not None) == pairwise


QUOTE = "the committee's decision to remove the bank followed a review of its record"


def test_floor_same_words_merges_one_quotation_whoever_the_sentence_names(event):
    # one outlet resolves "He", the other does not; one dates it by the text, one by its day
    a = event("a", f"Smith said {QUOTE}", "2031-09-10", actors=("smith",), type="statement")
    b = _pub(event("b", f"He said {QUOTE}", "2031-09-10", actors=(), type="statement"))
    (entry,) = _entries([a, b])
    assert {s.article for s in entry.sources} == {"a", "b"}


@pytest.mark.parametrize("change", [
    dict(timex="2031-09-11"),                          # another day
    dict(summary=f"Jones said {QUOTE}", actors=("jones",)),  # two people each the other lacks
    dict(summary=f"He disputed the claim that {QUOTE.split(' a review')[0]} months of "
                 "losses, staff cuts, a failed merger, two fines and a strike"),  # too unalike
])
def test_floor_same_words_needs_the_day_the_people_and_wording(event, change):
    people = {"smith", "jones"}
    a = event("a", f"Smith said {QUOTE}", "2031-09-10", actors=("smith",), type="statement")

    def other(**kw):
        kw = dict(summary=f"He said {QUOTE}", timex="2031-09-10", actors=()) | kw
        return event("b", kw["summary"], kw["timex"], actors=kw["actors"], type="statement")

    assert len(merge_events([a, other()], {}, people=people)) == 1  # only same-words joins it
    assert len(merge_events([a, other(**change)], {}, people=people)) == 2


def test_runs_need_two_content_words():
    from timeline.pairs import runs
    assert not runs("it is one of the", 5)          # function words only
    assert runs("the rig exploded and sank", 5)     # rig, exploded, sank
    assert runs("He said the rig exploded", 5) == runs("he said the rig exploded!", 5)


# same-person: one person's doings of one day, told in other words, are one occasion
def _obama(ev, id_, said, day="2010-05-02", actors=("barack-obama",)):
    return ev(id_, said, day, actors=actors, type="other", published=date(2010, 5, 2))


def test_floor_same_person_merges_one_persons_day_told_in_other_words(event):
    a = _obama(event, "a", "Obama warned that the vast slick was a potentially unprecedented "
                           "disaster on the coast")
    b = _obama(event, "b", "Obama toured the coast and deflected criticism of the response")
    assert RULES.agree_similar <= similarity(a, b) < RULES.similar
    assert len(merge_events([a, b], {}, people=["barack-obama"])) == 1
    # not known to be a person: one shared actor asks the ordinary floor
    assert len(merge_events([a, b], {})) == 2


@pytest.mark.parametrize("change", [
    {"day": "2010-05-03"},                              # another day
    {"actors": ("barack-obama", "tony-hayward")},       # each names a person the other lacks
])
def test_floor_same_person_needs_the_day_and_no_other_person(event, change):
    a = _obama(event, "a", "Obama warned that the vast slick was a potentially unprecedented "
                           "disaster on the coast",
               actors=("barack-obama", "joe-biden") if "actors" in change else ("barack-obama",))
    b = _obama(event, "b", "Obama toured the coast and deflected criticism of the response",
               **change)
    assert len(merge_events([a, b], {}, people=["barack-obama", "joe-biden",
                                                "tony-hayward"])) == 2


# retold-unshared: a landmark day recalled by its date, its parties named differently
LATE = date(2010, 9, 1)


def _recalled(ev, id_, said, actors, published=LATE):
    return _said(ev(id_, said, "2010-04-20", actors=actors, type="other", published=published),
                 "20 April")


def test_floor_retold_unshared_merges_a_recalled_day_whoever_each_names(event):
    a = _recalled(event, "a", "The worst offshore oil spill began after the rig blew up, "
                              "killing eleven workers", ("united-states",))
    b = _recalled(event, "b", "The blowout led to the worst oil spill in history, "
                              "an inquiry found", ())
    assert RULES.retold_unshared_similar <= similarity(a, b) < RULES.similar
    assert len(merge_events([a, b], {"a": LATE, "b": LATE})) == 1


def test_floor_retold_unshared_comes_before_no_actors(event):
    # neither names an actor: a recalled day still asks the landmark's floor, not
    # actorless_similar; a day told as news (not recalled) still asks actorless_similar
    a_said = "The well ruptured, causing an explosion aboard the drilling rig"
    b_said = "An explosion blew up an offshore platform above the well, killing eleven men"
    a = _recalled(event, "a", a_said, ())
    b = _recalled(event, "b", b_said, ())
    assert RULES.retold_unshared_similar <= similarity(a, b) < RULES.actorless_similar
    assert len(merge_events([a, b], {"a": LATE, "b": LATE})) == 1
    soon = date(2010, 4, 21)
    a, b = _recalled(event, "a", a_said, (), soon), _recalled(event, "b", b_said, (), soon)
    assert len(merge_events([a, b], {"a": soon, "b": soon})) == 2


@pytest.mark.parametrize("b_said, published", [
    ("An inquiry blamed cement and valves", LATE),                  # too little shared wording
    ("The blowout led to the worst oil spill in history", date(2010, 4, 22)),  # not recalled
])
def test_floor_retold_unshared_needs_wording_and_a_day_long_before(event, b_said, published):
    a = _recalled(event, "a", "The worst offshore oil spill began after the rig blew up, "
                              "killing eleven workers", ("united-states",), published)
    b = _recalled(event, "b", b_said, (), published)
    assert len(merge_events([a, b], {"a": published, "b": published})) == 2


# publication-shared: a publication-dated event and a dated telling of its day, one actor
def test_floor_publication_shared_joins_a_dated_telling_sharing_one_actor(event):
    day = date(2011, 3, 29)
    a = event("a", "Clinton met leaders of the Libyan opposition in London", "2011-03-29",
              actors=("hillary-clinton", "united-states"), type="meeting", published=day)
    b = _pub(event("b", "Clinton met the Libyan opposition envoy in London before the talks",
                   "2011-03-29", actors=("hillary-clinton",), type="meeting", published=day))
    assert similarity(a, b) >= RULES.publication_similar
    assert len(merge_events([a, b], {})) == 1
    # both dated by their publication only: one shared actor is not enough
    assert len(merge_events([_pub(a), b], {})) == 2


def test_floor_publication_shared_needs_strong_wording(event):
    day = date(2011, 3, 29)
    a = event("a", "Clinton met leaders of the Libyan opposition in London", "2011-03-29",
              actors=("hillary-clinton", "united-states"), type="meeting", published=day)
    b = _pub(event("b", "Clinton met Gulf envoys about the aid budget", "2011-03-29",
                   actors=("hillary-clinton",), type="meeting", published=day))
    assert 0 < similarity(a, b) < RULES.publication_similar
    assert len(merge_events([a, b], {})) == 2


# anchored_articles / anchored_linkage: a much-told entry takes a newcomer that passes its
# case with one of its members, though its average wording is diluted
def _strike(ev, id_, said):
    return ev(id_, said, "2011-04-10", actors=("nato",), type="attack",
              published=date(2011, 4, 10))


def test_rule_anchored_linkage_lets_a_much_told_entry_take_an_anchored_newcomer(event):
    told = [_strike(event, "a1", "NATO jets struck rocket launchers near the Tripoli harbour "
                                 "and an oil depot"),
            _strike(event, "a2", "NATO jets struck rocket launchers in Tripoli"),
            _strike(event, "a3", "NATO jets struck rocket launchers around Tripoli overnight")]
    new = _strike(event, "n", "NATO warplanes hit the Tripoli harbour oil depot, a fuel ship "
                              "and two cranes")
    alike = [similarity(new, x) for x in told]
    assert alike[0] >= RULES.similar and sum(alike) / 3 < RULES.similar * RULES.linkage
    assert [len(e.sources) for e in merge_events(told + [new], {})] == [4]
    few = replace(RULES, anchored_articles=len(told) + 1)  # not a much-told entry
    assert sorted(len(e.sources) for e in merge_events(told + [new], {}, few)) == [1, 3]
    # a newcomer no member takes (its best pair under the floor) stays out
    stray = _strike(event, "s", "NATO warplanes hit a fuel ship and two cranes")
    assert sorted(len(e.sources) for e in merge_events(told + [stray], {})) == [1, 3]


@pytest.mark.parametrize("left, right", TYPES_AGREE, ids=["-".join(r) for r in TYPES_AGREE])
def test_types_agree_rows(event, left, right):
    # each row of TYPES_AGREE: the two types may tell one happening, both ways round
    for x, y in ((left, right), (right, left)):
        a = event("a", "Germany delivered the first IRIS-T system", "2022-10-11", type=x)
        b = event("b", "Germany delivered the first IRIS-T system", "2022-10-11", type=y)
        assert len(_entries([a, b])) == 1


def test_types_agree_is_no_licence_for_any_pair(event):
    assert ("attack", "meeting") not in TYPES_AGREE and ("meeting", "attack") not in TYPES_AGREE
    a = event("a", "Germany delivered the first IRIS-T system", "2022-10-11", type="attack")
    b = event("b", "Germany delivered the first IRIS-T system", "2022-10-11", type="meeting")
    assert len(_entries([a, b])) == 2


# share_fraction / share_pairs / share_best: the second pass joins two entries the greedy
# pass kept apart (here: one article on both sides, its two sentences of the day worded
# apart) when a share of their cross pairs pass their cases and the best of them is strong
def _column(ev, id_, said, start=0):
    return ev(id_, said, "2011-03-19", actors=("nato",), type="attack",
              published=date(2011, 3, 20), start=start)


def _told_twice(ev):
    return [_column(ev, "a", "NATO jets struck the tank column near the town"),
            _column(ev, "a", "Cheering crowds watched the smoking wrecks by the road", 500),
            _column(ev, "b", "NATO jets struck the tank column near the town at dawn"),
            _column(ev, "c", "Cheering crowds watched the smoking wrecks by the road of "
                             "the tank column near the town"),
            _column(ev, "d", "Cheering crowds watched the smoking wrecks by the road where "
                             "the tank column near the town was struck")]


def test_rule_share_fraction_joins_entries_whose_cross_pairs_pass_in_good_share(event):
    told = _told_twice(event)
    a1, a2 = told[:2]
    assert similarity(a1, a2) < RULES.retell_similar  # the greedy pass refuses the join
    assert [len(e.sources) for e in merge_events(told, {})] == [5]
    off = replace(RULES, share_fraction=2.0)  # no second pass
    assert len(merge_events(told, {}, off)) == 2


def test_rule_share_pairs_and_share_best_need_strong_passing_pairs(event):
    told = _told_twice(event)
    many = replace(RULES, share_pairs=10)  # more passing pairs than there are
    assert len(merge_events(told, {}, many)) == 2
    strong = replace(RULES, share_best=0.99)  # no cross pair is that alike
    assert len(merge_events(told, {}, strong)) == 2


def test_rule_share_fraction_keeps_the_retold_date_check(event):
    # an article on both sides that dates them differently still keeps them apart
    told = _told_twice(event)
    a2 = told[1]
    told[1] = replace(a2, when=replace(a2.when, start=date(2011, 3, 18),
                                       end=date(2011, 3, 18)))
    assert len(merge_events(told, {})) >= 2


# landmark_articles: a calendar day recalled by many articles is one landmark, its
# recalled mentions of agreeing types joined whatever their wording and names
def _landmark(ev, n, said, actors=("united-states",), type="other", published=LATE):
    return _said(ev(f"a{n}", said, "2010-04-20", actors=actors, type=type,
                    published=published), "20 April")


def _landmark_story(ev, published=LATE):
    told = [_landmark(ev, n, f"The rig exploded killing eleven workers, report {n} said",
                      type="attack", published=published)
            for n in range(RULES.landmark_articles)]
    odd = _landmark(ev, "x", "Investigators in Louisiana blamed faulty cement", actors=(),
                    published=published)
    return told, odd


def test_rule_landmark_articles_joins_a_days_recalled_mentions(event):
    told, odd = _landmark_story(event)
    assert similarity(told[0], odd) < RULES.retold_unshared_similar
    pub = {e.source.article: LATE for e in told + [odd]}
    assert [len(e.sources) for e in merge_events(told + [odd], pub)] == [len(told) + 1]
    fewer = replace(RULES, landmark_articles=len(told) + 2)  # too few articles recall it
    assert sorted(len(e.sources) for e in merge_events(told + [odd], pub, fewer)) \
        == [1, len(told)]


def test_rule_landmark_articles_needs_agreeing_types_and_a_recalled_day(event):
    told, odd = _landmark_story(event)
    meeting = replace(odd, type="meeting")  # a meeting recalled on that day is not the blast
    pub = {e.source.article: LATE for e in told + [odd]}
    assert sorted(len(e.sources) for e in merge_events(told + [meeting], pub)) \
        == [1, len(told)]
    dead = replace(odd, type="death")  # its dead are the blast told (TYPES_AGREE)
    assert [len(e.sources) for e in merge_events(told + [dead], pub)] == [len(told) + 1]
    soon = date(2010, 4, 22)  # told two days on: the day's news, not a landmark recalled
    told, odd = _landmark_story(event, soon)
    pub = {e.source.article: soon for e in told + [odd]}
    assert sorted(len(e.sources) for e in merge_events(told + [odd], pub)) == [1, len(told)]


def test_a_landmarks_type_is_the_one_most_of_its_mentions_give_not_the_first_joined(event):
    # the landmark's entry took a recalled statement first (its wording is the blast's and
    # "other" agrees with both); two attack mentions told otherwise still join it, since
    # most recalled mentions that give a type say attack
    told, odd = _landmark_story(event)
    told = [replace(e, type="other") for e in told]
    statement = _landmark(event, "s", told[0].summary, type="statement")
    attacks = [replace(odd, id=f"x{n}", type="attack",
                       source=replace(odd.source, article=f"x{n}")) for n in range(2)]
    pub = {e.source.article: LATE for e in told + [statement] + attacks}
    assert [len(e.sources) for e in merge_events(told + [statement] + attacks, pub)] \
        == [len(told) + 3]
    # with the statements in the majority, the attacks stay apart
    statements = [replace(statement, id=f"s{n}", source=replace(statement.source,
                                                              article=f"s{n}"))
                  for n in range(3)]
    pub.update({e.source.article: LATE for e in statements})
    sizes = sorted(len(e.sources) for e in merge_events(told + statements + attacks, pub))
    assert len(sizes) > 1 and sizes[-1] == len(told) + 3


def test_a_landmarks_recalled_mention_joins_it_alone_when_its_entry_cannot(event):
    # _gather_recalled: the odd mention's entry (it and two next-day tellings in its words)
    # is too large to join the landmark whole under max_members; the mention moves alone
    told, odd = _landmark_story(event)
    soon = date(2010, 4, 21)
    retold_soon = [_said(event(f"c{n}", odd.summary, "2010-04-20", actors=(), type="other",
                               published=soon), "20 April") for n in range(2)]
    pub = {e.source.article: LATE for e in told + [odd]}
    pub.update({e.source.article: soon for e in retold_soon})
    rules = replace(RULES, max_members=len(told) + 2)
    sizes = sorted(len(e.sources) for e in merge_events(told + [odd] + retold_soon, pub, rules))
    assert sizes == [2, len(told) + 1]
    # landmark_members: the landmark takes recalled mentions alone only up to its size
    full = replace(rules, landmark_members=len(told))
    sizes = sorted(len(e.sources) for e in merge_events(told + [odd] + retold_soon, pub, full))
    assert sizes == [3, len(told)]
    # room for the whole entry: it joins whole, as before
    sizes = sorted(len(e.sources) for e in merge_events(told + [odd] + retold_soon, pub))
    assert sizes == [len(told) + 3]


@pytest.mark.parametrize("opener", __import__("timeline.entry").entry.PASSING_OPENERS)
def test_each_passing_opener_makes_its_clause_a_mention_in_passing(opener):
    from timeline.entry import in_passing
    assert in_passing(f"The ministers met {opener} the rig exploded on Monday.", "Monday")
    assert not in_passing("The ministers met, and the rig exploded on Monday.", "Monday")
