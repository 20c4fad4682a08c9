"""find_events on a small article written for this test, with hand-made tags."""
from datetime import date

import pytest

from events.extract.assemble import FUTURE_REF_DAYS, RANGE_JOINERS, find_events, when_of
from events.models import ActorMention, Article, ArticleInfo, TimeExpression
from events.temporal.interval import interval_of

DCT = date(2021, 3, 10)  # a Wednesday

TEXT = (
    "Harbour news\n\n"
    "Norway on Tuesday delivered the first of three ferries to Iceland, though the deal dates "
    "from 2019. The council said it planned to open the new pier in the coming weeks. "
    "Prices have doubled since January. "
    "The first buses will arrive by the end of April or early May, according to officials. "
    "The strike lasted three days. "
    "March 10, 2021"
)

TAGS = [  # (surface, type, value, mod)
    ("on Tuesday", "DATE", "2021-03-09", None),
    ("2019", "DATE", "2019", None),
    ("in the coming weeks", "DATE", "FUTURE_REF", None),
    ("January", "DATE", "2021-01", None),
    ("the end of April", "DATE", "2021-04", "END"),
    ("early May", "DATE", "2021-05", "START"),
    ("three days", "DURATION", "P3D", None),
    ("March 10, 2021", "DATE", "2021-03-10", None),
]


def _times(text=TEXT, tags=TAGS):
    out = []
    for surface, kind, value, mod in tags:
        i = text.index(surface)
        out.append(TimeExpression(i, i + len(surface), surface, kind, value, mod,
                                  interval=interval_of(value, mod)))
    return out


def _article(text=TEXT, published=DCT):
    return Article(ArticleInfo("harbour", "Harbour news", "x", published=published), text)


def _mention(text, surface, actor):
    i = text.index(surface)
    return ActorMention(i, i + len(surface), surface, actor)


def _timed(events):
    """The events a time expression of their own sentence dates."""
    return [e for e in events if e.dated_by == "time"]


@pytest.fixture
def all_events():
    mentions = [_mention(TEXT, "Norway", "norway"), _mention(TEXT, "Iceland", "iceland"),
                _mention(TEXT, "The council", "council")]
    return find_events(_article(), _times(), mentions)


@pytest.fixture
def events(all_events):
    return _timed(all_events)


def test_sentences_with_no_date_of_their_own_are_dated_by_publication(all_events):
    rows = [(e.summary, e.when.start, e.status, e.source.time_text)
            for e in all_events if e.dated_by == "publication"]
    assert rows == [("Prices have doubled since January", DCT, "happened", ""),
                    ("The strike lasted three days", DCT, "happened", "")]


def test_one_event_per_dated_clause(events):
    assert [e.summary for e in events] == [
        "Norway delivered the first of three ferries to Iceland",
        "The council planned to open the new pier",
        "The first buses will arrive",
    ]


def test_dates_statuses_and_types(events):
    rows = [(e.when.start.isoformat(), e.when.end.isoformat(), e.status, e.type) for e in events]
    assert rows == [
        ("2021-03-09", "2021-03-09", "happened", "delivery"),
        ("2021-03-11", "2021-05-09", "planned", "other"),
        ("2021-04-21", "2021-05-10", "expected", "delivery"),
    ]


def test_sources_cite_the_whole_sentence_with_offsets(events):
    source = events[0].source
    assert TEXT[source.start:source.end] == source.quote
    assert source.quote.startswith("Norway on Tuesday") and source.quote.endswith("2019.")
    assert (source.time_text, source.time_value, source.published) == ("on Tuesday", "2021-03-09", DCT)


def test_event_actors_come_from_the_clause(events):
    assert events[0].actors == ("norway", "iceland")
    assert events[1].actors == ("council",)


def test_joined_expressions_make_one_approximate_interval(events):
    when = events[2].when
    assert (when.granularity, when.approximate) == ("month", True)
    assert events[2].source.time_text == "the end of April or early May"
    assert {"or", "to", "and", "dash"} == {name for name, _ in RANGE_JOINERS}


def test_ids_are_stable():
    assert [e.id for e in find_events(_article(), _times(), [])] == \
           [e.id for e in find_events(_article(), _times(), [])]


def test_undated_article_keeps_only_absolute_dates():
    tags = [(s, k, ("XXXX-XX-XX" if s == "on Tuesday" else v), m) for s, k, v, m in TAGS]
    times = [t if t.text != "on Tuesday" else t.__class__(t.start, t.end, t.text, t.type, "XXXX-WXX-2")
             for t in _times(tags=tags)]
    events = find_events(_article(published=None), times, [])
    assert "Norway delivered the first of three ferries to Iceland" not in [e.summary for e in events]
    assert [e.summary for e in events] == ["The first buses will arrive"]


@pytest.mark.parametrize("value, dct, expected", [
    ("FUTURE_REF", DCT, (date(2021, 3, 11), date(2021, 5, 9))),
    ("PAST_REF", DCT, None),
    ("FUTURE_REF", None, None),
])
def test_vague_references(value, dct, expected):
    t = TimeExpression(0, 4, "soon", "DATE", value)
    when = when_of([t], dct)
    assert (None if when is None else (when.start, when.end)) == expected
    if when is not None:
        assert (when.end - when.start).days == FUTURE_REF_DAYS - 1


@pytest.mark.parametrize("text, expected", [
    ("\u201cThe towns that were here today need help,\u201d the mayor said on Friday.", False),
    ("\u201cWe met. The towns that were here today need help,\u201d she said.", False),
    ('"Crews that came today worked hard," the chief said.', False),
    ("The towns sent crews today, the mayor said.", True),
])
def test_today_inside_a_quote_dates_nothing(text, expected):
    i = text.index("today")
    t = TimeExpression(i, i + 5, "today", "DATE", DCT.isoformat(), interval=interval_of(DCT.isoformat()))
    events = _timed(find_events(_article(text), [t], []))
    assert bool(events) is expected


def test_present_tense_relation_dates_both_sides():
    text = "The summit in Oslo was opened by the king and comes two days after rebels seized the port."
    i = text.index("two days after")
    t = TimeExpression(i, i + 14, "two days after", "DATE", "2021-03-08", anchor="reference",
                       interval=interval_of("2021-03-08"))
    events = find_events(_article(text), [t], [])
    assert [(e.summary, e.when.start.isoformat()) for e in events] == [
        ("Rebels seized the port", "2021-03-08"),
        ("The summit in Oslo was opened by the king", "2021-03-10"),
    ]


def test_a_duration_that_points_to_a_day_dates_the_clause_after_its_relation():
    text = "The summit in Oslo was opened by the king and comes two days after rebels seized the port."
    i = text.index("two days")
    t = TimeExpression(i, i + 8, "two days", "DURATION", "P2D", anchor="reference",
                       interval=interval_of("2021-03-08"), points_to="2021-03-08")
    events = find_events(_article(text), [t], [])
    assert [(e.summary, e.when.start.isoformat()) for e in events] == [
        ("Rebels seized the port", "2021-03-08"),
        ("The summit in Oslo was opened by the king", "2021-03-10"),
    ]


def _pointed_and_dated(text, duration, points_to, day, value):
    """A duration pointing to ``points_to`` and a date ``value``, tagged in ``text``."""
    i, j = text.index(duration), text.index(day)
    pointed = TimeExpression(i, i + len(duration), duration, "DURATION", "P1D",
                             anchor="reference", interval=interval_of(points_to),
                             points_to=points_to)
    return pointed, TimeExpression(j, j + len(day), day, "DATE", value,
                                   interval=interval_of(value))


def test_a_duration_does_not_date_a_clause_that_names_its_own_date():
    # "57 days after the April 20 explosion": the explosion is dated April 20, not 57 days
    # back from the article's day (the duration would put it a day or more off)
    text = "The speech came 57 days after the April 20 explosion at the rig that killed 11."
    dur, day = _pointed_and_dated(text, "57 days", "2010-04-19", "April 20", "2010-04-20")
    events = find_events(_article(text), [dur, day], [])
    assert "2010-04-19" not in {e.when.start.isoformat() for e in events}
    assert any(e.when.start.isoformat() == "2010-04-20" and "explosion" in e.summary
               for e in events)
    # a date after the clause's comma is the main clause's: "A day after X, Y on Sunday"
    later = "A day after the leader resigned, workers got ready for Sunday."
    events = find_events(_article(later), list(_pointed_and_dated(
        later, "A day", "2011-02-11", "Sunday", "2011-02-13")), [])
    assert any(e.when.start.isoformat() == "2011-02-11" and "resigned" in e.summary
               for e in events)
    # without a date of its own, the clause after the relation takes the one pointed to
    plain = text.replace("the April 20 explosion", "the explosion")
    events = find_events(_article(plain), [dur], [])
    assert "2010-04-19" in {e.when.start.isoformat() for e in events}


@pytest.mark.parametrize("text, tags, dated", [
    ("The fair was planned to run from August 6-15 in 2032.",
     [("August 6", "DATE", "2032-08-06", None), ("15", "DATE", "2032-08-15", None),
      ("2032", "DATE", "2032", None)], ("2032-08-06", "2032-08-15")),
    ("The port was closed from March 3 to March 9.",
     [("March 3", "DATE", "2021-03-03", None), ("March 9", "DATE", "2021-03-09", None)],
     ("2021-03-03", "2021-03-09")),
    ("Prices have risen from March 3.", [("March 3", "DATE", "2021-03-03", None)], None),
])
def test_a_range_opened_by_from_dates_its_clause_a_lone_from_is_a_bound(text, tags, dated):
    events = _timed(find_events(_article(text), _times(text, tags), []))
    got = {(e.when.start.isoformat(), e.when.end.isoformat()) for e in events}
    assert (dated in got) if dated else not got


def test_a_plain_duration_dates_nothing():
    text = "The strike in the port lasted two days and ended on a Sunday."
    i = text.index("two days")
    t = TimeExpression(i, i + 8, "two days", "DURATION", "P2D")
    assert _timed(find_events(_article(text), [t], [])) == []


def test_extraction_takes_the_date_it_is_given():
    from events.extract import extract
    from events.options import Options

    text = "The council met on March 4, 2031. The mayor spoke on Tuesday."
    undated = extract(Article(ArticleInfo("wire", "Wire", "x"), text), Options())
    assert undated.article.published is None
    assert [e.source.time_text for e in undated.events] == ["March 4, 2031"]
    dated = extract(Article(ArticleInfo("wire", "Wire", "x", published=date(2031, 3, 6)), text),
                    Options())
    assert [e.when.start for e in dated.events] == [date(2031, 3, 4), date(2031, 3, 4)]


def test_a_dateline_inside_the_text_dates_nothing():
    text = ("Talks went on. CAIRO, March 7 (Reuters) - Two newspapers said on Monday the leader "
            "wanted a deal.")
    tags = [("March 7", "DATE", "2021-03-07", None), ("on Monday", "DATE", "2021-03-08", None)]
    events = find_events(_article(text), _times(text, tags), [])
    assert [e.source.time_text for e in events] == ["on Monday"]


def test_an_anchored_duration_gives_the_event_the_date_it_points_to():
    text = "The summit in Oslo opened and comes two days after rebels seized the port."
    i = text.index("two days")
    t = TimeExpression(i, i + 8, "two days", "DURATION", "P2D", anchor="reference",
                       interval=interval_of("2021-03-08"), points_to="2021-03-08")
    first = find_events(_article(text), [t], [])[0]
    assert (first.timex, first.source.time_value, first.source.time_text) == \
           ("2021-03-08", "2021-03-08", "two days")


@pytest.mark.parametrize("phrase, dated", [
    ("the coming weeks", True), ("the long term", False), ("the long run", False),
    ("the future", False),
])
def test_only_future_references_that_place_something_date_it(phrase, dated):
    t = TimeExpression(0, len(phrase), phrase, "DATE", "FUTURE_REF")
    assert (when_of([t], DCT) is not None) is dated


def test_a_date_before_after_is_not_a_relation():
    text = "The envoy spoke to reporters on Wednesday after a long meeting of the ministers."
    i = text.index("Wednesday")
    t = TimeExpression(i, i + 9, "Wednesday", "DATE", "2021-03-10", interval=interval_of("2021-03-10"))
    assert [e.summary for e in find_events(_article(text), [t], [])] == [
        "The envoy spoke to reporters after a long meeting of the ministers"]


def test_a_summary_of_only_a_clock_time_falls_back_to_the_sentence():
    text = "At 08:56 am on 16 Jun 2031, Okafor wrote: the ferry is late again."
    i = text.index("08:56 am on 16 Jun 2031")
    times = [TimeExpression(i, i + 23, text[i:i + 23], "TIME", "2031-06-16T08:56",
                            interval=interval_of("2031-06-16"))]
    article = Article(ArticleInfo("a", "A", "0" * 64, published=date(2031, 6, 17)), text)
    (event,) = find_events(article, times, [])
    assert "the ferry is late again" in event.summary and event.summary.startswith("At 08:56 am")


def test_a_sentence_of_many_dates_is_summarized_whole_once(monkeypatch):
    # each date's short clause asks for the whole sentence's summary: it is made once
    from events.extract import assemble
    from events.temporal import tag
    text = "Harbour news\n\nOn 3 May 2001, 4 June 2002, 5 July 2003, 6 August 2004.\n"
    article = Article(ArticleInfo("many", "Many", "x", published=DCT), text)
    wholes = []
    original = assemble.summarize

    def counting(text_, clause, spans):
        if clause.rule == "sentence":
            wholes.append((clause.start, clause.end))
        return original(text_, clause, spans)

    monkeypatch.setattr(assemble, "summarize", counting)
    assemble._sentence_summary.cache_clear()
    times = tag(text, DCT)
    assert len(times) == 4
    before = find_events(article, times, [])
    assert len(wholes) == len(times) + 1  # each date's own clause, and the sentence once
    assemble._sentence_summary.cache_clear()
    monkeypatch.setattr(assemble, "summarize", original)
    assert find_events(article, times, []) == before
