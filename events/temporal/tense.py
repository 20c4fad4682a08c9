"""The tense of a clause, from its verb groups: past, present, future or none.

A light, rule-based reading made for two questions: which way does a weekday or a bare
month point ("delivered on Tuesday" looks back, "will meet on Thursday" ahead), and did an
event happen or is it planned ("has delivered" vs "plans to deliver", "is set to hold",
"are expected to discuss").

The clause of an offset is the stretch of its sentence between punctuation marks
(, ; : parentheses, dashes). A clause that is only a short phrase ("On Friday,") takes the
tense of the clause next to it. Within the clause the verb group nearest the offset wins.
"""
from __future__ import annotations

import re
from functools import lru_cache

from events.text.sentences import is_abbreviation

#: Verbs that, followed by "to", announce something still to come ("plans to deliver").
INTENT_VERBS = (
    "plan", "intend", "aim", "expect", "schedule", "prepare", "hope", "want", "seek",
    "promise", "vow", "pledge", "threaten", "propose", "wish", "decide", "agree", "mean",
)
#: Verbs whose object is a time still to come ("has scheduled a news conference Thursday").
SCHEDULING_VERBS = frozenset("schedule schedules scheduled reschedule rescheduled postpone "
                             "postpones postponed adjourn adjourned".split())
#: Participles of planning that, right after a noun and before "for", name a plan, not a
#: past happening ("the big push planned for 1976", "the funds earmarked for May").
PLANNED_FOR = frozenset("planned slated earmarked intended proposed".split())
#: Adjectives/participles after a form of "be" that announce the future ("is set to").
FUTURE_AFTER_BE = ("set", "due", "scheduled", "slated", "expected", "poised", "likely",
                   "about", "going", "planning", "preparing", "bound", "unlikely", "to")
#: Irregular past forms that are not also present or participle-only forms.
IRREGULAR_PAST = frozenset("""
said told met held began went came took gave made sent fought won lost left led struck
shot fell rose saw knew thought found got became brought bought built paid ran spoke
wrote broke chose drove flew froze grew hid kept laid meant rode sank sold stood swore
taught threw understood woke wore withdrew sought spent felt heard did was were had
overthrew undertook forbade arose fled struck stole swept slid spun sprang stuck
blew caught drew tore shook bore forgot forgave slept wept crept dealt sang rang swam
drank dug clung swung stung bled sped strove underwent overcame oversaw overtook
withheld upheld withstood mistook foresaw rebuilt awoke knelt shrank
""".split())
#: Past forms ending in -ed too short for the -ed rule ("died", "sued").
SHORT_PAST = frozenset("died sued tied lied vied eyed axed owed".split())
#: Present-tense reporting and state verbs common in news.
PRESENT_VERBS = frozenset("says tells adds notes warns insists argues believes thinks "
                          "remains seems appears wants needs knows expects".split())
#: Words ending in -ed that are seldom past-tense verbs.
NOT_PAST_ED = frozenset("united limited advanced based related armed detailed red need "
                        "indeed hundred speed proceed succeed exceed bed feed seed shed "
                        "embed naked wicked sacred beloved".split())
#: Words after which an -ed word is an adjective or a participle, not a finite verb
#: ("that" is not one: after a noun it opens a relative clause, "the spill that lasted").
NOT_FINITE_BEFORE = frozenset("the a an this these those its their his her our your "
                              "my of for with by more most very so well newly highly fully "
                              "be been being is are am was were has have had 's 're 've "
                              "will would to get got gets become became and or".split())

#: Words that open a clause continuing the one before ("..., then hold a session").
COORDINATORS = frozenset({"then", "and", "or", "but", "before", "after"})

# Clause breaks: punctuation inside a sentence (brackets also as tokenized text writes
# them, "-LRB- Update 9:46 p.m. -RRB-"), and the end of a sentence (a stop before
# a capital; "Aug. 24" goes on), so that a caller may pass a whole paragraph as well.
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\u2014\u2013]|-[LR][RCS]B-|\s-\s|--|\n\s*\n"
                           r"|[.!?][\"')\]\u201d\u2019]*\s+(?=[\"'(\[\u201c\u2018]?[A-Z])")
_WORD = re.compile(r"[A-Za-z']+")
_OPEN = re.compile(r"[(\[]|-LRB-|-LSB-")
_CLOSE = re.compile(r"[)\]]|-RRB-|-RSB-")
_BRACKET_REACH = 100  # characters either side searched for a bracket pair
_WINDOW = 200  # characters either side of the offset that a clause may span


def _in_brackets(text: str, at: int) -> bool:
    """True when ``at`` lies between an opening bracket and its closing one."""
    lo = max(0, at - _BRACKET_REACH)
    opened = [m.start() for m in _OPEN.finditer(text, lo, at)]
    closed = [m.start() for m in _CLOSE.finditer(text, lo, at)]
    if not opened or (closed and closed[-1] > opened[-1]):
        return False
    hi = min(len(text), at + _BRACKET_REACH)
    close = _CLOSE.search(text, at, hi)
    again = _OPEN.search(text, at, hi)
    return close is not None and (again is None or close.start() < again.start())


def _breaks(text: str, lo: int, hi: int):
    """The clause breaks of ``text[lo:hi]``, less the periods of abbreviations ("U.S.
    Attorney General", "Sen. Smith"), which end no sentence, and the marks inside numbers."""
    for m in _CLAUSE_BREAK.finditer(text, lo, hi):
        if text[m.start()] == "." and is_abbreviation(text, m.start()):
            continue
        if text[m.start()] in ",:" and text[m.start() - 1:m.start()].isdigit() \
                and text[m.end():m.end() + 1].isdigit():
            continue  # "5:57 a.m.", "1,500 troops"
        yield m


def _clause(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """Bounds of the clause of ``text[start:end]`` around ``at`` (within a window)."""
    lo, hi = max(start, at - _WINDOW), min(end, at + _WINDOW)
    left = lo
    # a sentence end is seen by the capital after it: search a little past ``at``
    for m in _breaks(text, lo, min(len(text), at + 2)):
        if m.end() <= at:
            left = m.end()
    m = next(_breaks(text, at, hi), None)
    right = m.start() if m else hi
    return left, right


def verb_groups(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, tense) of each verb group in ``text[start:end]``.

    Tense is "past", "present", "future" or "conditional" (would, could, might, should).
    """
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text, start, end)]
    groups = []
    i = 0
    while i < len(words):
        s, e, w = words[i]
        nxt = words[i + 1][2] if i + 1 < len(words) else ""
        prev = words[i - 1][2] if i else ""
        tense = None
        span = 1
        if w in ("will", "shall", "'ll", "won't") or w.endswith("'ll"):
            tense = "future"
        elif w in ("would", "could", "might", "should", "wouldn't", "couldn't") or w.endswith("'d"):
            tense = "conditional"
        elif _future_after(words, i):
            # "had been set to expire": a plan seen from the past
            tense, span = ("conditional" if w in ("had", "hadn't") else "future"), 3
        elif w in ("is", "are", "am", "was", "were", "isn't", "aren't", "wasn't", "weren't",
                   "'re", "'s"):
            if w in ("was", "were", "wasn't", "weren't"):
                tense = "past"
            elif w != "'s":
                tense = "present"
        elif w in ("has", "have", "had", "'ve", "hasn't", "haven't", "hadn't"):
            tense = "present" if nxt == "to" else "past"
            if nxt in SCHEDULING_VERBS and w not in ("had", "hadn't"):
                tense = "future"  # "has scheduled a hearing for Monday"
        elif w in ("did", "didn't"):
            tense = "past"
        elif w in ("does", "do", "doesn't", "don't"):
            tense = "present"
        elif _stem(w) in INTENT_VERBS and "to" in [x[2] for x in words[i + 1:i + 5]] \
                and prev not in ("the", "a", "an", "its", "their", "his", "her", "our"):
            # "plans to" looks ahead; "planned to" looked ahead from the past
            tense, span = ("conditional" if w.endswith("ed") else "future"), 2
        elif w in SCHEDULING_VERBS and prev not in ("the", "a", "an", "its", "their", "had", "been"):
            tense = "future"
        elif w in PLANNED_FOR and nxt == "for" and prev not in NOT_FINITE_BEFORE:
            tense = "future"  # "the push planned for 1976": a plan
        elif (w in IRREGULAR_PAST or w in SHORT_PAST) and prev not in NOT_FINITE_BEFORE:
            tense = "past"
        elif w.endswith("ed") and len(w) > 4 and w not in NOT_PAST_ED \
                and prev not in NOT_FINITE_BEFORE and not _adjective(words, i):
            tense = "past"
        elif w in PRESENT_VERBS and prev not in NOT_FINITE_BEFORE:
            tense = "present"
        if tense:
            j = min(i + span, len(words)) - 1
            # a group runs on over auxiliaries, adverbs and participles ("will be delivered")
            while j + 1 < len(words) and (words[j + 1][2] in ("be", "been", "being", "have",
                                                              "not", "also", "still", "then",
                                                              "soon", "now", "already")
                                          or words[j + 1][2].endswith("ly")):
                j += 1
            if j + 1 < len(words) and (words[j + 1][2].endswith(("ed", "en")) or
                                       words[j + 1][2] in IRREGULAR_PAST):
                j += 1
            groups.append((s, words[j][1], tense))
            i = j + 1
            continue
        i += 1
    return groups


#: Determiners that, two words before an -ed word with an adverb between, make it an
#: adjective ("a still unspecified date", "the newly elected mayor").
DETERMINERS = frozenset("a an the this that these those its their his her our your my".split())


def _adjective(words, i: int) -> bool:
    """True for an -ed word between a determiner + adverb and its noun."""
    if i < 2:
        return False
    adverb = words[i - 1][2]
    return words[i - 2][2] in DETERMINERS and (adverb.endswith("ly") or adverb in (
        "still", "yet", "now", "so", "very", "much", "well", "long", "once", "as"))


_BE = frozenset(("is", "are", "am", "was", "were", "isn't", "aren't", "wasn't", "weren't",
                 "'re", "'s", "has", "have", "had", "be", "been", "being"))


def _future_after(words, i: int) -> bool:
    """True when words[i] starts "is set to", "had been due to", "are going to", ..."""
    if words[i][2] not in _BE:
        return False
    j = i + 1
    while j < len(words) and words[j][2] in ("been", "be", "being", "not", "also", "still"):
        j += 1
    if j + 1 >= len(words):
        return False
    if words[j][2] == "to":
        return words[i][2] not in ("has", "have", "had", "be", "been", "being")  # "is to resume"
    return words[j][2] in FUTURE_AFTER_BE and words[j + 1][2] == "to"


#: A word right before a time expression that fixes the direction of time on its own
#: ("since April" lies in the past whatever the tense of the clause).
PREPOSITION_TENSE = (
    (r"since", "past"),
    (r"ahead\s+of|in\s+time\s+for|in\s+the\s+run[\s-]+up\s+to", "future"),
)
_CUE = re.compile(r"\b(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(PREPOSITION_TENSE))
                  + r")\W{0,3}$", re.I)


def cue_before(text: str, start: int) -> str | None:
    """The tense a preposition right before ``start`` imposes, if any ("since" -> past)."""
    m = _CUE.search(text, max(0, start - 24), start)
    if not m:
        return None
    return next(PREPOSITION_TENSE[int(k[1:])][1] for k, v in m.groupdict().items() if v)


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    for suffix in ("ning", "ing", "ned", "ed", "es", "s", "d"):
        if word.endswith(suffix) and word[:-len(suffix)] in INTENT_VERBS:
            return word[:-len(suffix)]
    if word.endswith("ing") and word[:-3] + "e" in INTENT_VERBS:
        return word[:-3] + "e"
    return word


#: The head of a timeline's entry: a date that opens its sentence, then a dash or a
#: colon ("March 30 - Koussa defects and flies to Britain.", "5 May: BP stops the flow").
LIST_MARK = re.compile(r"\s*(?:-|--|\u2013|\u2014|:)\s")
SENTENCE_BEFORE = re.compile(r"(?:^|[.!?][\"')\]\u201d\u2019]*\s+|\n\s*)[*\u2022]?\s*$")


def _list_head(text: str, start: int, left: int, right: int) -> bool:
    """True for a date that heads an entry of a list (see :data:`LIST_MARK`): its
    clause opens a sentence and a dash or a colon ends it."""
    if not LIST_MARK.match(text, right):
        return False
    return left <= start or bool(SENTENCE_BEFORE.search(text, max(start, left - 40), left))


def _nearest(groups, at_start: int, at_end: int) -> str:
    best, best_d = "none", None
    for s, e, tense in groups:
        if s >= at_start and e <= at_end:
            continue
        d = at_start - e if e <= at_start else s - at_end
        d = max(d, 0) + (1 if s >= at_end else 0)  # on a tie, the group before wins
        if best_d is None or d < best_d:
            best, best_d = tense, d
    return best


def aspect(text: str, start: int, end: int, at: int, at_end: int | None = None,
           cache: dict | None = None) -> str:
    """The tense of the clause around ``text[at:at_end]``, with "conditional" kept apart.

    ``cache`` (a dict the caller keeps for one text) saves reading a clause's verbs twice.
    """
    start, end = max(0, start), min(len(text), end)
    if not start <= at <= end:
        return "none"
    at_end = at if at_end is None else at_end

    def groups_of(bounds):
        if cache is None:
            return verb_groups(text, *bounds)
        if bounds not in cache:
            cache[bounds] = verb_groups(text, *bounds)
        return cache[bounds]

    left, right = _clause(text, start, end, at)
    groups = groups_of((left, right))
    if groups:
        return _nearest(groups, at, at_end)
    words = _WORD.findall(text, left, right)
    if words and words[0].lower() in COORDINATORS and left > start:
        # "were set to meet on Wednesday, then hold a session on Thursday": the verb of
        # the first clause governs the second
        groups = groups_of(_clause(text, start, end, max(start, left - 2)))
        if groups:
            return groups[-1][2]
    if len(words) - len(_WORD.findall(text, at, at_end)) > 3:
        return "none"
    if _in_brackets(text, at):
        return "none"  # "(Update 5:57 a.m. Monday ET)": an aside, no tense from outside
    # a bare phrase ("On Friday,", "Last week,") borrows the tense of its neighbour
    if right < end:
        groups = groups_of(_clause(text, start, end, min(end, right + 1)))
        if groups:
            return groups[0][2]
    if _list_head(text, start, left, right):
        return "none"  # "March 30 - Koussa defects ...": not the tense of the line before
    if left > start:
        groups = groups_of(_clause(text, start, end, max(start, left - 2)))
        if groups:
            return groups[-1][2]
    return "none"


def clause_tense(text: str, start: int, end: int, at: int) -> str:
    """The tense of the clause of the sentence ``text[start:end]`` that contains ``at``.

    Returns "past" (also the present perfect: "has delivered"), "present", "future"
    ("will hold", "is set to", "plans to", "are expected to", and "would send") or
    "none" when the clause has no verb to read.
    """
    found = aspect(text, start, end, at)
    return "future" if found == "conditional" else found
