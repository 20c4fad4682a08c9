"""The text rule: an undated article's day from the days it names with their tense."""
from __future__ import annotations

from datetime import date

from events.dating import clues_of, date_collection
from events.dating.collection import reconcile
from events.dating.mentions import (TEXT, DayMention, TextRules, background_days, day_mentions,
                                    guess_from_text, resolve)
from events.dating.weekdays import WeekdayMention
from events.models import Article, ArticleInfo, Published
from events.temporal import tag

MAR3, MAR4, MAR5 = date(2031, 3, 3), date(2031, 3, 4), date(2031, 3, 5)  # Mon, Tue, Wed
VOTE = "The Riverton town council voted to rebuild the old harbour wall after the storm"
COST = "Mayor Alice Brennan said the work would start in May and cost two million euros"


def _mentions(text):
    return [(m.year, m.month, m.day, m.tense) for m in day_mentions(text, tag(text, None))]


def _article(aid, text, **fields):
    return Article(ArticleInfo(aid, aid.title(), aid, **fields), text)


def test_day_mentions_read_each_named_day_with_its_tense():
    text = "The council voted on March 4, 2031. It will meet again on March 20."
    assert _mentions(text) == [(2031, 3, 4, "past"), (None, 3, 20, "future")]


def test_day_mentions_leave_out_relative_days_and_months():
    assert _mentions("It rained yesterday and in April, and it will rain on Tuesday.") == []


def test_resolve_gives_a_month_and_day_the_year_of_the_full_dates_else_the_nearest():
    named = (DayMention(2031, 3, 1, "past", 0), DayMention(None, 3, 4, "none", 10))
    assert resolve(named, date(1999, 1, 1)) == [(date(2031, 3, 1), "past"), (MAR4, "none")]
    alone = (DayMention(None, 12, 30, "past", 0),)
    assert resolve(alone, date(2031, 1, 2)) == [(date(2030, 12, 30), "past")]
    assert resolve(alone, None) == []


def test_the_latest_day_named_outside_the_future_is_the_lower_bound():
    days = [(date(2031, 2, 20), "past"), (MAR4, "past"), (date(2031, 3, 20), "future")]
    assert guess_from_text(days, ())[0] == MAR4


def test_a_future_day_right_after_is_the_upper_bound():
    friday = (WeekdayMention(5, "past", 0),)  # "on Friday" would move it to 7 March
    assert guess_from_text([(MAR4, "past")], friday)[0] == date(2031, 3, 7)
    assert guess_from_text([(MAR4, "past"), (MAR5, "future")], friday)[0] == MAR4


def test_only_future_days_give_no_guess():
    assert guess_from_text([(MAR4, "future")], ()) is None


def test_rule_gaps_the_named_day_itself_is_likeliest_and_weekdays_move_it():
    assert TEXT.gaps[0] == max(TEXT.gaps) and abs(sum(TEXT.gaps) - 1) < 0.01
    assert guess_from_text([(MAR4, "past")], ()) == (
        MAR4, "inferred from the days its text names, on or after 4 March")
    wednesday = (WeekdayMention(3, "past", 0),)
    found = guess_from_text([(MAR4, "past")], wednesday)
    assert found[0] == MAR5 and found[1].endswith("moved to the Wednesday its weekdays fit")
    # a rule with one gap only never moves
    assert guess_from_text([(MAR4, "past")], wednesday, rules=TextRules(gaps=(1.0,)))[0] == MAR4


def _named(*lists):
    return {f"a{i}": [(d, "past") for d in days] for i, days in enumerate(lists)}


def test_rule_background_after_a_day_named_long_after_it_passed_is_background():
    start = date(2031, 1, 1)
    later = [date(2031, 1, 1 + TEXT.background_after + k) for k in range(3)]
    named = _named(*([start, day] for day in later))
    assert background_days(named) == {start}
    assert background_days(named, TextRules(background_after=60)) == frozenset()


def test_rule_background_min_and_share():
    start = date(2031, 1, 1)
    named = _named([start, date(2031, 2, 1)], [start, date(2031, 2, 2)], [start])
    assert background_days(named) == frozenset()  # named later by two articles only
    assert background_days(named, TextRules(background_min=2)) == {start}
    assert background_days(named, TextRules(background_min=2, background_share=0.9)) \
        == frozenset()


def test_background_days_are_no_bound():
    days = [(date(2031, 1, 1), "past")]
    assert guess_from_text(days, (), frozenset({date(2031, 1, 1)})) is None


def test_rule_sure_tenses_a_caption_with_its_weekday_dates_the_article():
    caption = _article("caption", "Harbour works, Tuesday, March 4. The mayor says the wall "
                       f"is finished. {VOTE}.")
    said = _article("said", "On March 4 the council said the wall was finished. "
                    f"{VOTE} on Tuesday.")
    dated = _article("d", f"{COST}.", published=date(2031, 3, 10), published_from="text")
    infos = date_collection([(a.info, clues_of(a)) for a in (caption, said, dated)])
    assert (infos["caption"].published, infos["caption"].published_from) == (MAR4, "inferred")
    assert infos["caption"].published_how.startswith("inferred from the days its text names")
    assert infos["said"].published is None  # named in the past tense: not sure


def test_a_month_and_day_take_the_year_of_the_collection():
    caption = _article("caption", "Harbour works, Tuesday, March 4. The mayor says the wall "
                       "is finished.")
    dated = _article("d", f"{COST}.", published=date(2031, 2, 20), published_from="text")
    infos = date_collection([(a.info, clues_of(a)) for a in (caption, dated)])
    assert infos["caption"].published == MAR4


def test_rule_agree_days_the_collection_and_the_text_must_agree():
    shared = Published(MAR3, "inferred", "inferred from 2 sentences shared with 1 dated article")
    text = {"u": Published(MAR4, "inferred", "inferred from the days its text names")}
    kept = reconcile({"u": shared}, text)
    assert kept["u"].date == MAR4 and kept["u"].how.endswith("on the day its text points to")
    assert reconcile({"u": shared}, text, rules=TextRules(agree_days=0)) == {}
    far = {"u": Published(date(2031, 3, 9), "inferred", "")}
    assert reconcile({"u": shared}, far) == {}  # contradiction: unknown, not wrong
    assert reconcile({"u": shared}, {}) == {"u": shared}  # no text day: the collection's
    assert reconcile({"u": shared}, far, keep={"u"}) == {"u": shared}


def test_text_rule_fields_are_all_tested():
    import dataclasses
    names = {f.name for f in dataclasses.fields(TextRules)}
    assert names == {"gaps", "background_after", "background_share", "background_min",
                     "sure_tenses", "agree_days", "moved_agrees"}


def test_rule_moved_agrees_a_day_the_weekdays_moved_to_is_one_witness_not_two():
    from events.dating.collection import Clues, text_dates
    info = ArticleInfo("u", "U", "u")
    named = (DayMention(2031, 3, 4, "past", 0),)
    wednesday = (WeekdayMention(3, "past", 40),)
    own = Published(MAR5, "inferred", "inferred from 1 date mention and Wednesday")
    moved = {"u": Clues(weekdays=wednesday, named=frozenset({3}), own=own, days=named)}
    sure, unsure = text_dates([info], moved)
    assert sure == {} and unsure["u"].date == MAR5  # both read the Wednesday
    sure, _ = text_dates([info], moved, TextRules(moved_agrees=True))
    assert sure["u"].date == MAR5 and sure["u"].how.endswith("as all its dates")
    # a day the text names itself, agreeing with the guess from all its dates, is sure
    kept = {"u": Clues(own=Published(MAR4, "inferred", ""), days=named)}
    assert text_dates([info], kept)[0]["u"].date == MAR4


def test_a_day_the_tagger_put_in_the_story_year_is_a_month_and_day_to_resolve():
    # YEARLESS_DAY_RULES: "20 March" with no year written is read as a month and day,
    # while "the next day" (anchored on the story too) stays out as a relative day
    text = "The council voted on 4 March 2031. It met again on 20 March. It met the next day."
    assert _mentions(text) == [(2031, 3, 4, "past"), (None, 3, 20, "past")]
