"""Clutter rules: each rule drops the page furniture it names and keeps real sentences."""
from __future__ import annotations

import pytest

from events.ingest.clean import INLINE_RULES, RULES, clean_text, match_rule

# (rule, line): the line is clutter and the named rule is the one that catches it.
CLUTTER = [
    ("skip-link-site", "3. Skip to more Example News sites"),
    ("skip-link", "Skip to content"),
    ("skip-link", "  2. Skip to main menu"),
    ("skip-link", "Skip navigation"),
    ("jump-link", "Jump to comments \u2193"),
    ("jump-link", "Back to top"),
    ("image-credit", "Firefighters at the scene on Monday Image: Jane Roe/REUTERS"),
    ("image-credit", "Photo: John Doe"),
    ("agency-credit", "Jane Roe/AFP via Getty Images"),
    ("agency-credit", "Getty Images"),
    ("photo-by", "A man walks past the ruins (Photo by Ann Smith/Getty Images)"),
    ("copyright", "\u00a9 2031 Example Broadcasting Corp."),
    ("copyright", "\u2122 & \u00a9 2031 Some Network, Inc. All rights reserved."),
    ("copyright", "Copyright 2031 The Daily Example"),
    ("all-rights-reserved", "Example Media Group. All rights reserved."),
    ("article-topic", "Article Topic Follows: Politics - World"),
    ("author-photo", "Author Profile Photo"),
    ("comment-policy", "Station 9 is committed to providing a forum for civil and "
                       "constructive conversation."),
    ("comment-policy", "Please keep your comments respectful and relevant."),
    ("comment-policy", "Comments are closed."),
    ("comment-count", "12 comments"),
    ("comment-count", "Show comments"),
    ("share-buttons", "Share this article"),
    ("share-buttons", "Facebook | Twitter | Email"),
    ("newsletter", "Sign up for our free daily newsletter"),
    ("newsletter", "Subscribe to our newsletter to get updates in your inbox"),
    ("story-idea", "If you would like to share a story idea, please submit it here."),
    ("story-idea", "Got a news tip? Email us."),
    ("advertisement", "Advertisement"),
    ("advertisement", "Story continues below advertisement"),
    ("read-more", "READ MORE: Town council approves budget"),
    ("read-more", "Related"),
    ("nav-word", "Menu"),
    ("nav-word", "Log in"),
    ("cookie", "We use cookies to improve your experience on our site."),
    ("agency-initials", "ab,cd/efg (Reuters, AFP)"),
    ("byline", "By Anna Example and Ben Sample, CNN"),
    ("comment-stamp", "Great point, Anna!!! March 5, 2031 at 6:15 am | Report abuse | I do not "
                      "agree with the mayor at all."),
    ("comment-stamp", "| Report abuse |"),
    ("comment-stamp", "March 5, 2031 at 9:47 pm | Reply Not this again."),
    ("comment-stamp", "seriously March 5, 2031 at 1:58 pm | You are funny."),
    ("comment-stamp", "March 5, 2031 03:34 pm at 3:34 pm | The ferry is not up to the mayor."),
    ("comment-section", "Comments are not pre-screened before they post."),
    ("comment-section", "Views expressed in the comments do not represent those of Example News."),
    ("comment-section", "This discussion is now closed."),
    ("comment-section", "This debate is now closed."),
    ("comment-section", "This topic has now closed."),
    ("comment-section", "A selection of your comments appear below."),
    ("comment-section", "Send us your comments using the form below: A selection of your "
                        "comments may be published, displaying your name and location."),
    ("comment-wrote-stamp", "At 10:14 am on 5 March 2031, harbourfan wrote: The ferry is late."),
    ("comment-section", "Example TV welcomes a lively and courteous discussion as long as you "
                        "follow the rules."),
    ("retweet-widget", "ab.cd/x1Y2 7:01 pm ET March 4, 2031 RETWEET Could the harbour reopen soon?"),
]

# Lines of real prose that look a little like clutter and must be kept.
PROSE = [
    "By the end of November, the first systems will have arrived.",
    "The minister said the photo showed the damaged bridge.",
    "Officials said all rights reserved for the vote had been used, according to the rules.",
    "Skipping the meeting was not an option, she said.",
    "The US has spearheaded efforts to provide defense to Ukraine.",
    "Share prices fell sharply on Monday after the announcement.",
    "Readers sent more than 300 comments to the council about the new park, which opens in "
    "spring, and the mayor said every one of them would be read before the final vote.",
    "The mayor said she would report abuse of the harbour fund to the police.",
    "Vote yes | Reply by March 5, 2031 at 9 am to the council.",
    "We welcome comments on the plan from every resident until Friday, the mayor said.",
    "The ferry retweeted a warning at 7:01 pm ET on March 4, 2031, the company said.",
]


def test_every_rule_has_a_case():
    named = {name for name, _ in CLUTTER} | {"reporting-credit"}
    assert {name for name, _, _ in RULES} <= named


@pytest.mark.parametrize(("rule", "line"), CLUTTER, ids=[f"{r}:{l[:30]}" for r, l in CLUTTER])
def test_rule_catches_clutter(rule, line):
    hit = match_rule(line)
    assert hit is not None and hit[0] == rule


@pytest.mark.parametrize("line", PROSE)
def test_prose_is_kept(line):
    assert match_rule(line) is None


def test_clean_text_drops_lines_and_collapses_blanks():
    text = "Skip to content\n\nA fire broke out on Monday.\n\n\n\nAdvertisement\n\nIt spread."
    assert clean_text(text).text == "A fire broke out on Monday.\n\nIt spread."


def test_image_alt_line_above_credit_goes_too():
    text = ("Police cordon off a street in the old town\n"
            "The area was closed for hours Image: Jane Roe/AFP\n\n"
            "Police closed the old town on Monday.")
    cleaned = clean_text(text)
    assert cleaned.text == "Police closed the old town on Monday."
    assert [name for name, _ in cleaned.dropped] == ["image-credit", "image-alt"]


def test_sentence_above_credit_is_kept():
    text = "Police closed the old town on Monday.\nPhoto: Jane Roe"
    assert clean_text(text).text == "Police closed the old town on Monday."


def test_reporting_credit_cuts_the_rest_of_the_line():
    text = ("The talks resume on Friday.\n"
            "(Reporting by Ann Smith; Editing by Bob Jones) Our trading platform is fast")
    cleaned = clean_text(text)
    assert cleaned.text == "The talks resume on Friday."
    assert cleaned.dropped[0][0] == "reporting-credit"


def test_after_copyright_short_tail_is_dropped():
    text = "The vote is on Sunday.\n\n\u00a9 2031 Example Inc.\n\nExample Newsource"
    cleaned = clean_text(text)
    assert cleaned.text == "The vote is on Sunday."
    assert ("after-copyright", "Example Newsource") in cleaned.dropped


def test_after_copyright_long_tail_is_kept():
    long_line = "The story goes on after the notice with a long sentence of many words " * 2
    text = f"Intro.\n\n\u00a9 2031 Example Inc.\n\n{long_line.strip()}"
    assert clean_text(text).text.endswith(long_line.strip())


@pytest.mark.parametrize(("line", "field", "expected"), [
    ("3. Skip to more Example News sites", "site", "Example News"),
    ("ab,cd/efg (Reuters, AFP)", "outlets", ["Reuters", "AFP"]),
    ("By Anna Example and Ben Sample, CNN", "byline", ["Anna Example", "Ben Sample"]),
    ("By Anna Example and Ben Sample, CNN", "outlets", ["CNN"]),
])
def test_meta_lines_tell_what_they_reveal(line, field, expected):
    cleaned = clean_text(f"{line}\n\nThe story starts here.")
    assert getattr(cleaned, field) == expected
    assert cleaned.text == "The story starts here."


STORY = ("The harbour of Portville reopened on Monday after three weeks of repairs, and the "
         "first ferry left for the islands at noon with more than two hundred passengers on board.")


def test_comment_stamp_ends_the_story():
    text = (f"{STORY}\nA reader wrote that it was about time.\n"
            "Well said!!! March 5, 2031 at 6:15 am | Report abuse | The ferry was late on March 3.\n"
            "Another comment about March 2.\nComments are not pre-screened before they post.")
    cleaned = clean_text(text)
    assert cleaned.text == f"{STORY}\nA reader wrote that it was about time.\nWell said!!!"
    assert [name for name, _ in cleaned.dropped] == ["comment-stamp", "after-comments",
                                                     "after-comments"]
    assert cleaned.comment_stamp == "March 5, 2031 at 6:15 am |"


def test_comment_section_after_a_credit_keeps_the_story_only():
    text = (f"{STORY}\n(Reporting by Ann Smith) We welcome comments that advance the story.\n"
            "Views expressed in the comments do not represent those of Example News.\n"
            "I think the ferry of March 3 was late.")
    cleaned = clean_text(text)
    assert cleaned.text == STORY
    assert [name for name, _ in cleaned.dropped][:2] == ["comment-section", "reporting-credit"]


def test_comment_widget_at_the_top_does_not_take_the_story():
    text = f"This discussion is now closed.\n{STORY}"
    assert clean_text(text).text == STORY


def test_retweet_widget_line_goes_whole():
    text = (f"{STORY}\nzz/p4HK -191 E 6:28 pm ET March 4, 2031 RETWEET Ferry fares rise - wp. "
            "9:40 pm ET March 4, 2031 RETWEET Another tweet")
    cleaned = clean_text(text)
    assert cleaned.text == STORY and cleaned.dropped[0][0] == "retweet-widget"


# (rule, line, what is left of it)
INLINE = [
    ("update-stamp", "(Updated: 1:38 a.m. Monday, Portville; 6:38 p.m. Sunday ET): The harbour "
                     "reopened early Monday.", "The harbour reopened early Monday."),
    ("update-stamp", "(Update 3:45 p.m. in Portville, 8:45 a.m. ET) Ferries sailed again.",
     "Ferries sailed again."),
    ("update-stamp", "Crowds gathered (updated at 9:15 p.m.) near the pier.",
     "Crowds gathered near the pier."),
    ("clock-stamp", "(8:59 p.m. Monday ET, 2:59 a.m. Tuesday in Portville) The mayor spoke.",
     "The mayor spoke."),
    ("clock-stamp", "Here is the latest: (11:39 p.m. Monday ET) The ferry sailed.",
     "Here is the latest: The ferry sailed."),
    ("blog-time-prefix", "PORTVILLE, noon ET, 7 p.m. local: The mayor spoke to the crowd.",
     "The mayor spoke to the crowd."),
    ("blog-time-prefix", "4:31 p.m. ET: Ferries sailed again.", "Ferries sailed again."),
    ("updated-timestamp", "Ferry fares rise updated: Fri Mar 04 2031 07:15:00 The board "
                          "raised fares.", "Ferry fares rise The board raised fares."),
    ("transcript-notice", "Harbour Hour - 3/4/31 Download PDF maps related to today 's show : "
                          "THIS IS A RUSH TRANSCRIPT . The ferry sailed.",
     "Harbour Hour - 3/4/31 The ferry sailed."),
    ("transcript-notice", "Harbour Hour, Aired March 4, 2031. THIS IS A RUSH TRANSCRIPT. THIS "
                          "COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED. HOST: Welcome.",
     "Harbour Hour, Aired March 4, 2031. HOST: Welcome."),
]


def test_every_inline_rule_has_a_case():
    assert {name for name, _ in INLINE_RULES} == {name for name, _, _ in INLINE}


@pytest.mark.parametrize(("rule", "line", "left"), INLINE)
def test_inline_stamps_go_and_the_sentence_stays(rule, line, left):
    cleaned = clean_text(line)
    assert cleaned.text == left
    assert cleaned.dropped[0][0] == rule


@pytest.mark.parametrize("line", [
    "The council (updated its plan in May) met on Monday.",
    "This is a rush transcript from Harbour Hour, March 4, 2031.",
    "Readers can download PDF maps of the harbour from the council.",
    "The ferry leaves at noon (9 a.m. in London) every day.",  # mid-sentence: a fact
    "The page was updated on March 4, 2031, the board said.",
    "At 4:31 p.m. the ferry left: nobody waved.",
    "PORTVILLE, the harbour town, reopened at noon: the mayor was there.",
])
def test_brackets_and_times_that_are_no_stamps_are_kept(line):
    assert clean_text(line).text == line


def test_closed_debate_ends_the_story_and_takes_the_readers_posts():
    text = (f"{STORY}\nWhat do you think of the new ferry?\nThis debate is now closed.\n"
            "When I arrived at the quay on March 3, I saw a big grey seal!\n"
            "Ann Example, Portville, Examplia\n"
            "At 10:14 am on 5 March 2031, harbourfan wrote: The ferry was late on March 2.")
    cleaned = clean_text(text)
    assert cleaned.text == f"{STORY}\nWhat do you think of the new ferry?"
    assert [name for name, _ in cleaned.dropped][:2] == ["comment-section", "after-comments"]


def test_reader_post_stamp_ends_the_story():
    text = (f"{STORY}\nWhat do you think?\n"
            "At 10:14 am on 5 March 2031, harbourfan wrote: The ferry was late on March 2.\n"
            "More readers' views.")
    cleaned = clean_text(text)
    assert cleaned.text == f"{STORY}\nWhat do you think?"
    assert [name for name, _ in cleaned.dropped] == ["comment-wrote-stamp", "after-comments"]


def test_a_debate_in_the_news_is_not_a_comment_section():
    text = f"{STORY}\nThe speaker said the debate on the harbour would close on Friday.\nMore."
    assert clean_text(text).text == text
