from datetime import date
from pathlib import Path

import pytest

from events.errors import NoInputError
from events.models import Actor, Extraction, InputProblem
from events.options import Options
from timeline.build import assemble, build_timeline

CORPUS = Path(__file__).parents[1] / "fixtures" / "timeline" / "corpus"


def _extraction(article, event, name, actor_id, actor_name, summary, timex, published):
    art = article(name, summary, published=published)
    ev = event(name, summary, timex, actors=(actor_id,), published=published)
    return Extraction(art.info, actors=(Actor(actor_id, actor_name, "country", mentions=2),),
                      events=(ev,))


def test_assemble_unifies_actors_and_merges_across_articles(article, event):
    dw = _extraction(article, event, "dw", "germany", "Germany",
                     "Germany delivered the first IRIS-T system to Ukraine", "2022-10-11",
                     date(2022, 10, 12))
    cnn = _extraction(article, event, "cnn", "germany", "Germany",
                      "Germany delivered its first IRIS-T missile system to Ukraine", "2022-10-10",
                      date(2022, 10, 12))
    timeline = assemble([dw, cnn], [], Options())
    (entry,) = timeline.entries
    assert entry.conflict.dates == ("2022-10-10", "2022-10-11")
    assert [a.id for a in timeline.actors] == ["germany"]
    assert timeline.actors[0].mentions == 4
    assert entry.salience > 0


def test_assemble_with_dates_keeps_a_digest(article, event):
    places = ["Tripoli", "Misrata", "Brega", "Sirte", "Zawiya"]
    xs = [_extraction(article, event, f"a{i}", "nato", "NATO", f"NATO struck {place} harbour",
                      f"2011-03-{10 + 2 * i:02d}", date(2011, 3, 25))
          for i, place in enumerate(places)]
    assert len(assemble(xs, [], Options(dates=2)).entries) == 2
    assert len(assemble(xs, [], Options()).entries) == 5


def test_nothing_read_names_the_inputs_and_reasons():
    problems = [InputProblem("empty.txt", "empty file"), InputProblem("x.bin", "binary file, not text")]
    with pytest.raises(NoInputError) as err:
        assemble([], problems, Options())
    assert str(err.value) == ("no input could be read (empty.txt: empty file; "
                              "x.bin: binary file, not text)")


def test_nothing_read_shortens_a_long_list():
    problems = [InputProblem(f"f{i}.txt", "empty file") for i in range(8)]
    with pytest.raises(NoInputError, match=r"f4\.txt: empty file; and 3 more\)$"):
        assemble([], problems, Options())


def test_title_is_the_option_the_article_or_actors_and_months(article, event):
    one = _extraction(article, event, "a", "nato", "NATO", "NATO struck tanks", "2011-03-19",
                      date(2011, 3, 20))
    assert assemble([one], [], Options(title="My story")).title == "My story"
    assert assemble([one], [], Options()).title == "A"
    two = _extraction(article, event, "b", "libya", "Libya", "Libya closed airspace",
                      "2011-04-02", date(2011, 4, 3))
    assert assemble([one, two], [], Options()).title == "Libya and NATO, March \u2013 April 2011"


def test_build_reads_a_folder_and_infers_the_undated_article():
    timeline = build_timeline([str(CORPUS)], Options())
    by_id = {a.id.rsplit("-", 1)[0]: a for a in timeline.articles}
    undated = by_id["harbour-undated"]
    assert (undated.published, undated.published_from) == (date(2023, 3, 8), "inferred")
    assert "shared with 2 dated articles" in undated.published_how
    assert by_id["harbour-vote"].published_from == "text"


def test_build_merges_the_vote_told_by_two_articles():
    timeline = build_timeline([str(CORPUS)], Options())
    votes = [e for e in timeline.entries if e.timex == "2023-03-07"]
    assert len(votes) == 1
    assert {s.article.rsplit("-", 1)[0] for s in votes[0].sources} >= {"harbour-vote",
                                                                       "harbour-tender"}


def test_two_jobs_build_the_same_timeline_as_one():
    assert build_timeline([str(CORPUS)], Options(jobs=2)) == build_timeline([str(CORPUS)], Options())


def test_unreadable_inputs_are_listed_and_the_rest_still_builds(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    timeline = build_timeline([str(CORPUS), str(tmp_path / "empty.txt")], Options())
    assert timeline.problems == (InputProblem(str(tmp_path / "empty.txt"), "empty file"),)
    assert len(timeline.articles) == 3


def test_progress_counts_every_input():
    seen = []
    options = Options(progress=lambda done, total, label: seen.append((done, total, label)))
    build_timeline([str(CORPUS)], options)
    assert seen == [(1, 3, "reading articles"), (2, 3, "reading articles"),
                    (3, 3, "reading articles"), (1, 3, "extracting events"),
                    (2, 3, "extracting events"), (3, 3, "extracting events")]


def test_a_dateline_without_a_year_takes_the_year_of_the_other_articles(tmp_path):
    for day in (6, 8):
        (tmp_path / f"dated-{day}.txt").write_text(
            f"Date: 2031-03-0{day}\n\nThe Portville ferry board met on Tuesday about fares.\n")
    (tmp_path / "wire.txt").write_text(
        "PORTVILLE, March 7 (Reuters) - The Portville ferry board raised fares on Friday.\n")
    timeline = build_timeline([str(tmp_path)], Options())
    wire = next(a for a in timeline.articles if a.id.startswith("wire"))
    assert (wire.published, wire.published_from, wire.published_partial) == \
        (date(2031, 3, 7), "inferred", "XXXX-03-07")
    assert wire.published_how == "dateline 7 March, year from 2 dated articles and its weekday"
    friday = [e for e in timeline.entries if any(s.article == wire.id for s in e.sources)]
    assert [e.timex for e in friday] == ["2031-03-07"]


SAME_STORY = Path(__file__).resolve().parents[1] / "fixtures" / "dating"


@pytest.mark.parametrize("published", [None, date(2011, 3, 5)])
def test_the_txt_and_html_forms_of_a_story_get_the_same_date_and_events(published):
    def read(name):
        timeline = build_timeline([str(SAME_STORY / name)], Options(published=published))
        (info,) = timeline.articles
        return ((info.published, info.published_from, info.published_how),
                [(e.when, e.summary, [s.quote for s in e.sources]) for e in timeline.entries])

    as_text, as_page = read("cairo.txt"), read("cairo.html")
    assert as_text == as_page
    expected = (date(2011, 3, 3), "user", "dateline, year from --published") if published \
        else (None, "unknown", "dateline without a year")
    assert as_text[0] == expected
    assert bool(as_text[1]) is bool(published)  # undated, only its weekdays: no events


@pytest.mark.parametrize("stage, target", [("temporal", "events.extract.assemble.tag"),
                                           ("actors", "events.extract.assemble.find_actors"),
                                           ("events", "events.extract.assemble.find_events")])
def test_a_bug_in_a_stage_is_reported_with_the_stage_and_the_article(tmp_path, monkeypatch,
                                                                     stage, target):
    import events.extract.assemble as assemble

    (tmp_path / "a.txt").write_text("Date: 2031-03-04\n\nThe council voted on Monday.\n")
    (tmp_path / "b.txt").write_text("Date: 2031-03-04\n\nThe mayor resigned on Monday.\n")
    real = getattr(assemble, target.rsplit(".", 1)[1])

    def broken(first, *rest, **keywords):
        text = getattr(first, "text", first)
        if "council" in text:
            raise ZeroDivisionError("boom")
        return real(first, *rest, **keywords)

    monkeypatch.setattr(target, broken)
    timeline = build_timeline([str(tmp_path)], Options())
    assert timeline.problems == (InputProblem(
        str(tmp_path / "a.txt"), f"the {stage} stage failed (ZeroDivisionError: boom)"),)
    assert len(timeline.articles) == 1
