"""Whether a time expression governs its clause, and what a sentence without one reports.

A date dates the event of its clause only when it modifies that clause's verb. One that
modifies a noun ("the 2016 election", "this year's conference", "five 2024 hopefuls took
the stage") or sits inside a direct quotation dates something else, not the sentence's
event: :func:`governs` says no, and the sentence is read as if it had no date of its own.
A day that premodifies a happening noun ("the April 20 explosion", "Saturday's strikes")
dates that happening (:func:`happening`), and the clause too when the happening is its
occasion ("killed in Monday's incident": :func:`occasion_of_clause`).

A sentence with no governing date reports a happening of about the publication day when
its main verb is an event's: :func:`publication_verb` finds that verb, or None for what is
not a happening (a heading, a caption, a question, a background statement in the present
tense: "it remains difficult to estimate ...", a hypothetical "would"). Both are tables of
named rules, each with a test.
"""
from __future__ import annotations

import re

from events.temporal.tense import verb_groups

#: Words that, right before a time expression, make it part of a noun phrase when a noun
#: follows it: (rule name, pattern matched against the text before the expression).
MODIFIER_BEFORE: tuple[tuple[str, str], ...] = (
    ("determiner", r"\b(?:the|a|an|its|his|her|their|our|your|my|this|that|these|those|every|"
                   r"each|whose)\s+$"),
    ("possessor", r"\b\w+(?:['\u2019]s|s['\u2019])\s+$"),
    # a determiner and one or two describing words ("her ground-breaking 1980 book"); a
    # preposition or a verb between them ends the noun phrase ("the army on 5 March")
    ("described", r"\b(?:the|a|an|its|his|her|their|our|your|my|this|that|these|those)\s+"
                  r"(?:(?!(?:on|in|at|of|for|by|to|from|since|until|during|after|before|"
                  r"and|or|was|were|is|are|has|had|have|will|said)\b)[A-Za-z][\w-]*\s+){1,2}$"),
    ("number", r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|"
               r"few|dozens|hundreds|thousands)\s+$"),
)

#: What follows a time expression that modifies a noun: the possessive ("this year's
#: conference"), or a word of a noun phrase. Function words, verbs and punctuation after
#: the expression mean it is not a modifier ("in 2003 and", "in 2006, as").
POSSESSIVE_AFTER = re.compile(r"['\u2019]s\s+[A-Za-z]")
NOUN_AFTER = re.compile(r"\s+(?:[A-Z][\w'\u2019.-]*|[a-z][\w-]*)")
#: A phrase of place or time that opens on a modified date ("in a July 16 press
#: conference", "at its June 7 meeting"), and the occasion nouns that may follow the date.
OCCASION_BEFORE = re.compile(r"\b(?:in|at|during|on|after|before)\s+(?:a|an|the|its|his|her|their|"
                             r"our|\w+['\u2019]s)\s+$", re.I)
OCCASION_NOUNS = ("press conference", "news conference", "conference", "meeting", "speech",
                  "keynote", "summit", "session", "event", "ceremony", "interview", "statement",
                  "address", "briefing", "hearing", "vote", "election", "debate", "rally",
                  "visit", "call", "announcement", "report", "letter", "email", "e-mail",
                  "broadcast", "show", "match", "game", "race")
OCCASION_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(OCCASION_NOUNS) + r")\b", re.I)

#: Nouns that name a happening of one day besides the occasions above: a day (or a time of
#: day) that premodifies one of these or an occasion ("Monday's incident", "the April 20
#: explosion", "Saturday's strikes", "Tuesday's vaccines meeting") dates that happening.
#: Plurals take an "s" or "es".
HAPPENING_NOUNS = OCCASION_NOUNS + (
    "explosion", "blast", "blowout", "fire", "spill", "leak", "crash", "accident", "incident",
    "attack", "strike", "airstrike", "air strike", "raid", "bombing", "shelling", "assault",
    "offensive", "shooting", "killing", "massacre", "clash", "battle", "fighting",
    "protest", "demonstration", "march", "uprising", "revolt", "riot", "crackdown",
    "talks", "testimony", "appearance", "decision", "ruling", "verdict", "resignation",
    "arrest", "launch", "landing", "earthquake", "quake", "storm", "disaster")
#: What may stand between the day and its happening noun: a possessive, then at most two
#: describing words ("Tuesday's vaccines meeting", "Wednesday's White House meeting").
HAPPENING_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:(?:[\w-]+\s+){0,2}?)(?:"
                             + "|".join(HAPPENING_NOUNS) + r")(?:e?s)?\b", re.I)
#: A phrase of place or time that makes a premodified happening the occasion of the
#: clause's own event ("killed in Monday's incident", "said at Tuesday's meeting",
#: "demanded in Wednesday's White House meeting"). "after", "before", "since" and
#: "following" relate the clause to the happening instead: they date the happening only.
OCCASION_IN = re.compile(r"\b(?:in|at|during)\s+(?:(?:a|an|the|its|his|her|their|our)\s+)?$", re.I)

#: Words that may follow a time expression without being the noun it modifies.
NOT_A_NOUN = frozenset("""
and or but nor to in on at of for with by from as when after before until since than then
while where which who that is was were are has had have will would could should may might
can did do does be been being it he she they we i there also again ago later earlier
afterwards onward onwards so if because though although whereas yet not no
""".split())

#: Words that, once the sentence's verbs are read, make it a background statement rather
#: than a happening: present-tense states and opinions.
BACKGROUND_PRESENT = frozenset("""
is are am isn't aren't 's 're does do doesn't don't remains remain seems seem appears appear
wants want needs need knows know believes believe thinks think expects expect
""".split())

#: Final marks of a sentence of the story; a line without one is a heading, a caption or
#: a link, not a sentence that reports a happening.
STORY_SENTENCE_END = re.compile(r"""[.!\u2026]["'\u201d\u2019)\]]*$|["'\u201d\u2019]$""")

#: The fewest words a sentence needs to report a happening of its own.
MIN_SENTENCE_WORDS = 4

#: A present "-s" verb right after a short subject at the start of a sentence ("It comes in
#: two colors", "The phone weighs 137 grams"), when the tense reader found no verb group.
PRESENT_S_VERB = re.compile(
    r"(?:It|He|She|This|That|(?:The|A|An|Its|Their|His|Her|Our)\s+(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+"
    r"|[A-Z][\w'\u2019.-]*(?:\s+[A-Z0-9][\w'\u2019.-]*){0,3})"
    r"\s+(?:(?:also|now|still|currently|already|often|usually|only)\s+)?"
    r"(?P<verb>[a-z]{2,}[^s\W]s)\b"
    # a verb's object or complement follows; a plural noun is followed by its own verb
    r"(?=\s+(?:the|a|an|in|on|at|to|with|for|from|by|its|his|her|their|our|more|less|than|up|"
    r"out|down|about|over|into|off|no|not|some|all|that|two|three|four|five|six|\d))")
#: Words ending in "s" that are not verbs (after a subject they open no clause).
NOT_S_VERBS = frozenset("""
this its his hers ours yours theirs was has is as us thus plus less unless news series
always perhaps across towards afterwards sometimes whereas besides means
""".split())

#: "has" or "have" alone, with an object rather than a participle: possession, in the
#: present ("The phone has two cameras").
POSSESSION = frozenset(("has", "have"))

_MODIFIER = tuple((n, re.compile(p, re.I)) for n, p in MODIFIER_BEFORE)
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")
_WORDS = re.compile(r"[A-Za-z0-9][\w'\u2019-]*")


def modifier_rule(text: str, sentence_start: int, start: int, end: int) -> str | None:
    """The name of the rule that makes ``text[start:end]`` modify a noun, or None."""
    if POSSESSIVE_AFTER.match(text, end):
        return "possessive"
    after = NOUN_AFTER.match(text, end)
    if after is None or after.group().strip().lower() in NOT_A_NOUN:
        return None
    before = text[max(sentence_start, start - 30):start]
    for name, pattern in _MODIFIER:
        if pattern.search(before):
            return name
    return None


def occasion(text: str, sentence_start: int, start: int, end: int) -> bool:
    """True for a day or month that modifies the occasion of the clause's event, in a
    phrase of place or time ("In a July 16 press conference, Jobs said ..."): it dates the
    event after all."""
    if not OCCASION_BEFORE.search(text, max(sentence_start, start - 30), start):
        return False
    return bool(OCCASION_AFTER.match(text, end))


def happening(text: str, sentence_start: int, sentence_end: int, start: int,
              end: int) -> tuple[int, int] | None:
    """For a day that premodifies a happening noun (:data:`HAPPENING_NOUNS`: "since an
    April 20 explosion on a drilling rig triggered ...", "said Saturday's strikes had
    halted ..."), the span that names the happening: the noun phrase, from its determiner
    (or the day) to the noun and a prepositional phrase of at most
    :data:`HAPPENING_TAIL_WORDS` words after it; when a verb follows, the happening is its
    subject and the span runs on to the end of that clause ("... strikes had halted an
    advance"). None when the day modifies no such noun."""
    noun = HAPPENING_AFTER.match(text, end)
    rule = modifier_rule(text, sentence_start, start, end) if noun else None
    if rule is None:
        return None
    left = start  # "Saturday's strikes": the day is the determiner
    if rule != "possessive":  # "an April 20 explosion": from the determiner the rule found
        before = max(sentence_start, start - 30)
        left = before + dict(_MODIFIER)[rule].search(text[before:start]).start()
    right = _HAPPENING_TAIL.match(text, noun.end()).end()
    verb = next((g for g, _, _ in verb_groups(text, noun.end(), sentence_end)), None)
    if verb is not None and verb < right:  # a verb ends the phrase
        right = verb
    if verb is not None and not text[right:verb].strip():  # "... strikes had halted an advance"
        stop = _CLAUSE_STOP.search(text, verb, sentence_end)
        return left, stop.start() if stop else sentence_end
    return left, len(text[:right].rstrip(" .,;:!?"))


#: How many words after its noun a happening's phrase may run ("explosion on a drilling
#: rig"): a prepositional phrase, cut at a comma, a semicolon, a quote or a verb.
HAPPENING_TAIL_WORDS = 6
_HAPPENING_TAIL = re.compile(r"(?:\s+(?:on|at|in|of|off|near|against|with|by|between|into)"
                             r"(?:\s+(?!(?:was|were|is|are|has|had|have|will|would|and|or|that|which|who)\b)"
                             r"[\w'\u2019.-]+){1,%d})?" % (HAPPENING_TAIL_WORDS - 1))
#: What ends the clause a happening's phrase opens as its subject.
_CLAUSE_STOP = re.compile(r"[,;:]\s|\s[\u2013\u2014-]{1,2}\s|[.!?][\"'\u201d\u2019)]*\s*$")


def happening_noun(text: str, end: int) -> str:
    """The happening noun a day ending at ``end`` premodifies ("explosion"), or ""."""
    m = HAPPENING_AFTER.match(text, end)
    return m.group().split()[-1].lower() if m else ""


def occasion_of_clause(text: str, sentence_start: int, start: int, end: int) -> bool:
    """True for a day that premodifies a happening noun right after "in", "at" or
    "during" (:data:`OCCASION_IN`: "were killed in Monday's incident", "said at Tuesday's
    meeting"): the happening is the occasion of the clause's event, which it dates."""
    return bool(OCCASION_IN.search(text, max(sentence_start, start - 20), start)) and \
        bool(HAPPENING_AFTER.match(text, end))


def in_quotation(text: str, sentence_start: int, sentence_end: int, at: int) -> bool:
    """True when offset ``at`` lies inside a direct quotation of its sentence (straight,
    curly or TeX-style ``...'' quotes)."""
    opened = text.count("``", sentence_start, at)
    if opened:
        return opened > text.count("''", sentence_start, at)
    marks = _QUOTE_MARKS.findall(text, sentence_start, at)
    if not marks:
        return False
    if "\u201c" in marks or "\u201d" in marks:
        curly = [m for m in marks if m != '"']
        return bool(curly) and curly[-1] == "\u201c"
    return len(marks) % 2 == 1


#: Words that, capitalized right after a capitalized time word, still belong to a date
#: ("Monday March 3"): months and weekdays.
DATE_WORDS = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday
""".split())
#: Units of a duration: capitalized after a number mid-sentence, they make a name ("60 Minutes").
UNIT_WORDS = frozenset("second minute hour day week month year decade century".split())
#: A noun, then a participle, then a few words and a preposition, right before a time
#: expression ("people born in", "an agreement reached between the two companies in").
REDUCED_RELATIVE = re.compile(
    r"\b(?!(?:was|were|is|are|been|be|being|has|have|had|and|or|who|which|that|the|its|their|"
    r"his|her|two|three|four|five|six|seven|eight|nine|ten|first|more|most|newly|already)\b)"
    r"[a-z]{3,}\s+(?P<participle>born|[a-z]{3,}ed)\s+"
    r"(?:(?:in|on|at|during|between|by|from|with|for|after|before|to|into|under)\s+"
    r"(?:[\w'-]+\s+){0,5}?)?(?:in|on|at|during)\s+$")

#: Words that open a subordinate clause: a noun and an "-ed" word right after one are the
#: clause's subject and its verb ("killed when the rig exploded on 20 April"), not a noun
#: and a participle that modifies it ("people born in 2005").
CLAUSE_OPENER = re.compile(r"\b(?:when|after|before|because|since|while|until|once|where|"
                           r"although|though|if)\s", re.I)

#: Words that point at a day from the speaker's now; never part of a name unquoted.
DEICTIC_WORDS = frozenset(("yesterday", "today", "tomorrow", "tonight", "now"))
_DATE_PREPOSITION = re.compile(r"\b(?:on|in|at|by|since|until|till|last|next|this|from|during|"
                               r"before|after|of|early|late)\s+$", re.I)
_CAPITAL_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")
_CAPITAL_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_QUOTED = re.compile(r"[\"\u201c\u2018']$")
_UNQUOTE = re.compile(r"[\"\u201d\u2019']")


def name_rule(text: str, sentence_start: int, start: int, end: int) -> str | None:
    """The name of the rule that makes ``text[start:end]`` part of a name, not a date
    ("Thursday Night Football", NBC's "Today", "British Summer Time", "60 Minutes"), or
    None."""
    expr = text[start:end]
    if not expr[:1].isupper() and not expr[:1].isdigit():
        return None
    if _QUOTED.search(text, max(0, start - 1), start) and _UNQUOTE.match(text, end):
        return "quoted-title"
    after = _CAPITAL_AFTER.match(text, end)
    if after and expr[:1].isupper() and after.group(1).lower() not in DATE_WORDS and \
            start > sentence_start and expr.lower() not in DEICTIC_WORDS and \
            not _DATE_PREPOSITION.search(text, max(sentence_start, start - 12), start):
        return "name-run"  # "watched Thursday Night Football", not "said on Tuesday Apple ..."
    before = _CAPITAL_BEFORE.search(text, max(sentence_start, start - 30), start)
    if before and start - len(before.group()) > sentence_start and expr[:1].isupper() \
            and before.group(1).lower() not in DATE_WORDS and not expr.split()[0].lower() in DATE_WORDS:
        return "name-run"
    words = expr.split()
    if len(words) >= 2 and words[0][:1].isdigit() and words[-1][:1].isupper() and \
            words[-1].lower().rstrip("s") in UNIT_WORDS:
        return "capitalized-unit"
    return None


def reduced_relative(text: str, sentence_start: int, start: int) -> bool:
    """True when the time expression sits in a participle phrase after a noun that follows
    the sentence's own verb ("The law applies to people born in 2005", "claims that it
    broke an agreement reached in 1991"): it dates the noun's event, not the sentence's."""
    m = REDUCED_RELATIVE.search(text, max(sentence_start, start - 60), start)
    if m is None:
        return False
    opener = None
    for opener in CLAUSE_OPENER.finditer(text, sentence_start, m.start("participle")):
        pass
    if opener is not None and not verb_groups(text, opener.end(), m.start("participle")):
        return False  # "were killed when the rig exploded on 20 April": its own verb
    verbs = verb_groups(text, sentence_start, m.start("participle"))
    if verbs:
        return True
    head = PRESENT_S_VERB.match(text, sentence_start, m.start("participle"))
    return head is not None and head["verb"].lower() not in NOT_S_VERBS


def _in_brackets(text: str, start: int, at: int) -> bool:
    """True when ``at`` lies inside an unclosed parenthesis opened after ``start``."""
    return text.count("(", start, at) > text.count(")", start, at)


def governs(text: str, sentence_start: int, sentence_end: int, start: int, end: int,
            fine: bool = False, day: bool = False) -> bool:
    """True when the time expression at ``start:end`` dates its clause's event. ``fine``
    says it names a day or a month, which may date the occasion of the event; ``day`` that
    it names a day (or a time of one), which may also date a happening it premodifies when
    that is the clause's occasion (:func:`occasion_of_clause`)."""
    if name_rule(text, sentence_start, start, end):
        return False
    if reduced_relative(text, sentence_start, start):
        return False
    if modifier_rule(text, sentence_start, start, end) and not (
            fine and occasion(text, sentence_start, start, end)) and not (
            day and occasion_of_clause(text, sentence_start, start, end)):
        return False
    return not in_quotation(text, sentence_start, sentence_end, start)


#: A line without a final mark is a heading, a caption or a link up to this many words
#: (a longer one is prose that lost its punctuation).
HEADING_WORDS = 20


def is_heading(text: str, start: int, end: int) -> bool:
    """True for a unit of text that is not a sentence of the story: a line of at most
    :data:`HEADING_WORDS` words without a final mark ("2031 ELECTION FALLOUT", "Photo:
    the new ferry on Tuesday", "Related: ...")."""
    unit = text[start:end].rstrip()
    return not STORY_SENTENCE_END.search(unit) and not unit.endswith(("?", "!")) and \
        len(_WORDS.findall(unit)) <= HEADING_WORDS


def background_rule(text: str, start: int, end: int) -> str | None:
    """The name of the rule that makes the sentence ``text[start:end]`` report no happening
    of its own, or None when it may report one."""
    sentence = text[start:end].rstrip()
    if sentence.endswith("?"):
        return "question"
    if not STORY_SENTENCE_END.search(sentence):
        return "no-final-mark"
    if len(_WORDS.findall(sentence)) < MIN_SENTENCE_WORDS:
        return "too-short"
    return None


def has_verb(summary: str) -> bool:
    """True when a summary holds a verb of its own (it can be read as a statement)."""
    if verb_groups(summary, 0, len(summary)):
        return True
    m = PRESENT_S_VERB.match(summary)
    return m is not None and m["verb"].lower() not in NOT_S_VERBS


#: Words that open a phrase before the subject ("When asked what he hoped for, the
#: minister said", "For buyers still unhappy with it, Jobs said"): a verb before the
#: phrase's comma is the phrase's, not the sentence's.
OPENING_PHRASE = re.compile(r"(?:When|While|After|Before|As|If|Although|Though|Since|Once|"
                            r"Until|For|With|Without|Despite|Asked|Speaking)\b[^,;:\"\u201c]{0,120},")


def first_verb(text: str, start: int, end: int) -> int | None:
    """Where the sentence's own verb group begins: the first one outside a quotation or
    brackets, and after an opening phrase (:data:`OPENING_PHRASE`) when one comes after it;
    None when it has none."""
    found = [g for g, _, _ in verb_groups(text, start, end)
             if not in_quotation(text, start, end, g) and not _in_brackets(text, start, g)]
    opening = OPENING_PHRASE.match(text, start, end)
    if opening:
        later = [g for g in found if g >= opening.end()]
        if later:
            return later[0]
    return found[0] if found else None


def publication_verb(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, tense) of the verb group of a sentence that reports a happening with no
    date of its own, or None when the sentence reports none (see :func:`background_rule`
    and :data:`BACKGROUND_PRESENT`). Verbs inside a quotation are the quoted speaker's: the
    sentence's own verb is the first outside one."""
    if background_rule(text, start, end):
        return None
    for g_start, g_end, tense in verb_groups(text, start, end):
        if in_quotation(text, start, end, g_start) or _in_brackets(text, start, g_start):
            continue
        if text[g_start:g_end].lower() in POSSESSION:
            tense = "present"  # "iPhone 4 has a new frame": a state of now, not a perfect
        if tense == "conditional":
            return None
        if tense == "present" and text[g_start:g_end].split()[0].lower() in BACKGROUND_PRESENT:
            return None
        return g_start, g_end, tense
    m = PRESENT_S_VERB.match(text, start, end)
    if m and m["verb"].lower() not in NOT_S_VERBS and not in_quotation(text, start, end, m.start("verb")):
        return m.start("verb"), m.end("verb"), "present"
    return None
