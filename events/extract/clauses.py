"""Which clause of a sentence a time expression dates.

An event is one dated clause. A sentence often holds several: "The US announced it would
send two on July 1 and announced six more on Aug. 24" holds two, and in "The meeting comes
two days after Russian forces fired missiles" the date belongs to the clause after "after".
The rules below find, for one time expression, the span of text it dates, the subject that
clause borrows when it has none of its own, and the speaker when the clause is reported
speech. They are data: each rule has a name, and each name has a test.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: Irregular past forms that start a coordinated clause ("... and sent six more").
IRREGULAR_PAST = frozenset("""
began bought brought built came chose cut drew drove fell fought found fled flew forgot
froze gave got grew had hit held hurt kept knew laid led left lent let lost made meant met
paid put quit ran rang rose said sank sat saw sent set shot shut sold spent split spoke
spread stood stole struck swore swept took taught tore told thought threw understood
upheld was were withdrew won wrote
""".split())

#: Lower-case words that open a noun phrase (so the clause has a subject of its own).
NOUN_PHRASE_OPENERS = frozenset("""
the a an this that these those his her its their our my your it they he she we i you there
some many most all both each every no none one two three four several few such another
other others any who which what
""".split())

#: Verbs of saying: they mark reported speech and attribution tails.
SAYING_VERBS = ("said", "says", "told", "tells", "added", "adds", "wrote", "writes", "tweeted",
                "stated", "states", "noted", "explained", "insisted", "claimed", "warned",
                "warns")
#: Verbs that report and are events of their own ("announced it would send ... on July 1"):
#: they end an attribution tail, but a clause they open keeps them.
ANNOUNCING_VERBS = ("announced", "announces", "confirmed", "confirms", "declared", "reported",
                    "reports")

_PAST = r"(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")"
_SAY = "|".join(SAYING_VERBS)
_SAY_OR_ANNOUNCE = "|".join(SAYING_VERBS + ANNOUNCING_VERBS)

#: Clause boundaries inside a sentence: (rule name, pattern). The boundary is the match;
#: text on either side belongs to different clauses.
BOUNDARIES: tuple[tuple[str, str], ...] = (
    ("semicolon", r";\s+"),
    ("then", r",?\s+(?:and\s+)?then\s+(?=[a-z])"),
    ("contrast", r",\s+(?:but|while|whereas|though|although|yet)\s+"),
    ("and-past-verb", r",?\s+and\s+(?=(?:also\s+|later\s+|then\s+)?" + _PAST + r"\b)"),
    ("and-pronoun-past", r",\s+and\s+(?=(?:he|she|they|it|we)\s+(?:also\s+|later\s+|then\s+)?"
     + _PAST + r"\b)"),
    ("dash", r"(?<!\d)\s+[\u2013\u2014-]{1,2}\s+(?!\d)"),  # "4 - 6 years" is a range
    ("relative", r",\s+(?=(?:which|who)\s)"),
)

#: A trailing attribution: ', Chairman Gen. Mark Milley said Wednesday after ...'.
ATTRIBUTION_TAIL = re.compile(
    r"""(?:,|[,.]?["\u201d])\s*(?P<speaker>[^,;"\u201c\u201d]{2,100}?)\s+(?:""" + _SAY_OR_ANNOUNCE
    + r""")\b(?P<rest>[^"\u201c\u201d,]*)[.!?]?\s*$"""
)
#: An inverted attribution tail: '..., said the minister of farming Ana Ruiz on Friday.'
INVERTED_TAIL = re.compile(
    r"""(?:,|[,.]?["\u201d])\s*["\u201d]?\s*(?:""" + _SAY_OR_ANNOUNCE
    + r""")\s+(?P<speaker>(?:the\s+|a\s+|an\s+)?[^,;"\u201c\u201d]{2,100}?)[.!?]?\s*$"""
)
_TIME_PREP_END = re.compile(r"\s+(?:on|in|at|last|this|late|early)?\s*$")
#: A tail that credits a source: ', according to Pentagon officials.'
ACCORDING_TAIL = re.compile(r",?\s+according\s+to\s+(?P<speaker>[^,.;]+)[.!?]?\s*$")
#: A leading attribution: 'German Defense Minister Christine Lambrecht said that ...'.
ATTRIBUTION_HEAD = re.compile(
    r"^(?P<speaker>[A-Z][^,;\"\u201c\u201d]{1,90}?)\s+(?:also\s+)?(?:" + _SAY
    + r")\s+(?:(?:on|last|this)\s+\w+\s+)?(?:that\s+)?(?=[a-z\u201c\"]|[A-Z])"
)
#: A participle opening an appositive: ', instigated by the US ... this April,'.
PARTICIPLE = re.compile(r"^(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST)) + r"|[a-z]+en)\s")
#: Words after which a time expression dates the clause that follows it.
RELATIONAL_END = re.compile(r"\b(?:after|before|following|since)\s*$", re.I)
#: The same relation word just after the span, where TimeML leaves it out ("two days" after).
RELATIONAL_NEXT = re.compile(r"\s*(?:after|before|following)\b\s*", re.I)
#: What joins the anchored clause to the relation: "... and comes two days after".
RELATION_VERB = re.compile(r"(?:,?\s+and)?\s+(?:comes|come|is|are|takes\s+place)\s*$")
#: Words that open a subordinate clause ("since Russia invaded in February").
SUBORDINATOR = re.compile(r"\b(?:since|after|before|when|until|once|as\s+soon\s+as)\s+"
                          r"(?=[A-Z]|(?:the|its|his|her|their|a|an)\s)")
_FINITE = re.compile(r"\s(?:has|have|had|is|are|was|were|" + _PAST + r")\b")
#: Introductions that make a time expression a bound, not the date of its clause.
BOUND_BEFORE = re.compile(r"\b(?:since|until|till|through|throughout|from)\s+(?:the\s+)?$", re.I)
#: A subject at the start of a sentence ends before its first finite verb: an auxiliary or
#: a past form first, a present "-s" form only when there is neither.
_FIRST_VERB = re.compile(
    r"\s(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|"
    + _PAST + r")\b"
)
_PRESENT_VERB = re.compile(r"\s[a-z]+s\b(?!\s+of\b)")
#: Adverbs that sit between a subject and its verb ("The US first announced").
_SUBJECT_ADVERBS = re.compile(r"(?:\s+(?:first|also|already|later|then|recently|previously|"
                              r"reportedly|now|still|again|once))+$")
#: The modal chain a bare verb inherits: " were set to", " will", " plan to".
_INFINITIVE_CHAIN = re.compile(r"\s+(?:\w+\s+){0,3}?(?:to|will|would|could|should|must|can|may)(?=\s)")
_PRONOUN = re.compile(r"^(?:it|they|he|she)\b\s*", re.I)
#: A "which" or "who" clause closed by a comma that its sentence's verb follows: an aside
#: inside a clause, not a clause boundary.
ENCLOSED_RELATIVE = re.compile(
    r",\s+(?:which|who)\s+[^,;]{3,120}?,\s+(?:will|would|is|are|was|were|has|have|had|can|"
    r"could|may|might|must|should|" + _PAST + r")\b")
_COMPILED = tuple((name, re.compile(pattern)) for name, pattern in BOUNDARIES)


@dataclass(frozen=True, slots=True)
class Clause:
    """The part of a sentence one time expression dates.

    ``start``/``end`` are offsets into the text. ``rule`` names the rule that chose the
    span. ``subject`` is borrowed text (the sentence's subject) for clauses that start
    with their verb; ``speaker`` the one who said it, for reported speech.
    """

    start: int
    end: int
    rule: str
    subject: str = ""
    speaker: str = ""


def boundaries(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Clause boundaries inside ``text[start:end]`` as (start, end, rule), in order."""
    found: list[tuple[int, int, str]] = []
    sentence = text[start:end]
    for name, pattern in _COMPILED:
        for m in pattern.finditer(sentence):
            found.append((start + m.start(), start + m.end(), name))
    found.sort()
    kept: list[tuple[int, int, str]] = []
    for b in found:
        if kept and b[0] < kept[-1][1]:
            continue
        kept.append(b)
    return kept


def sentence_subject(text: str, start: int, end: int) -> str:
    """The words before the sentence's first finite verb, when they look like a subject."""
    sentence = text[start:end]
    m = _FIRST_VERB.search(sentence) or _PRESENT_VERB.search(sentence)
    if not m or m.start() == 0 or m.start() > 120:
        return ""
    subject = _SUBJECT_ADVERBS.sub("", sentence[:m.start()]).strip(" ,\"'\u201c\u201d")
    if "," in subject or subject[:1].islower():
        return ""
    return subject


def is_bound(text: str, sentence_start: int, time_start: int) -> bool:
    """True when the time expression is a bound ("since April"), not the clause's date."""
    return bool(BOUND_BEFORE.search(text, max(sentence_start, time_start - 20), time_start))


def clause_for(text: str, start: int, end: int, time_start: int, time_end: int,
               points: bool = False) -> Clause:
    """The clause of sentence ``text[start:end]`` that the time expression at
    ``time_start:time_end`` dates. ``points`` says the expression is a duration that points
    across a relation word after it ("two days" after X): then X is what it dates."""
    cuts = boundaries(text, start, end)
    left, right, rule = start, end, "sentence"
    for b_start, b_end, name in cuts:
        if b_end <= time_start:
            left, rule = b_end, name
        elif b_start >= time_end:
            if name == "relative" and ENCLOSED_RELATIVE.match(text, b_start, end):
                continue  # "the release, which is due next summer, will include": an aside
            right = b_start
            break
    if rule == "relative":  # "X, who ... on May 2, did Y": the who-clause ends at its comma
        close = text.find(",", time_end, right)
        if close >= 0:
            right = close
    if RELATIONAL_END.search(text, time_start, time_end):
        return Clause(time_end, right, "relational")
    relation = RELATIONAL_NEXT.match(text, time_end, right) if points else None
    if relation:
        return Clause(relation.end(), right, "relational")
    segment = text[left:right]
    # reported speech: the date may belong to the saying or to what was said
    tail = ATTRIBUTION_TAIL.search(segment) or INVERTED_TAIL.search(segment)
    if tail and left + tail.start() < time_start:
        speaker = _speaker(text, left + tail.start("speaker"), left + tail.end("speaker"),
                           time_start)
        return Clause(left, left + tail.start(), "attribution-tail", speaker=speaker)
    according = ACCORDING_TAIL.search(segment)
    if according and left + according.start() >= time_end:
        right = left + according.start()
    subject = ""
    speaker = ""
    head = ATTRIBUTION_HEAD.match(segment)
    if head and left + head.end() <= time_start:
        speaker = head.group("speaker").strip()
        left = left + head.end()
        rule = "attribution-head"
    elif tail and left + tail.start() >= time_end:
        speaker = tail.group("speaker").strip()
        right = left + tail.start()
    appositive = _appositive(text, left, right, time_start, time_end)
    if appositive:
        return appositive
    subordinate = _subordinate(text, left, right, time_start)
    if subordinate:
        return subordinate
    if left > start and rule != "attribution-head" and not _has_own_subject(text[left:right]):
        subject = _borrowed_subject(text, start, left, text[left:right])
    return Clause(left, right, rule, subject=subject, speaker=speaker)


def anchor_clause(text: str, start: int, end: int, time_start: int) -> Clause | None:
    """For "A comes two days after B": the clause A, which sits at the anchor of the
    relation (the time expression dates B). The relation must be in the present tense
    ("comes", "is"), which puts A at the publication date; otherwise None."""
    left = start
    for b_start, b_end, _ in boundaries(text, start, end):
        if b_end <= time_start:
            left = b_end
    m = RELATION_VERB.search(text, left, time_start)
    if m is None:  # only a present-tense relation puts A at the publication date
        return None
    right = m.start()
    if len(text[left:right].split()) < 3:
        return None
    return Clause(left, right, "relational-anchor")


def _subordinate(text: str, left: int, right: int, time_start: int) -> Clause | None:
    """A subordinate clause holding the time expression ("since Russia invaded in
    February"): it, not the main clause, is what the date dates."""
    found = None
    for m in SUBORDINATOR.finditer(text, left, time_start):
        found = m
    if found is None or "," in text[found.end():time_start]:
        return None
    if not _FINITE.search(text, found.end(), time_start):
        return None
    close = text.find(",", time_start, right)
    return Clause(found.end(), close if close >= 0 else right, "subordinate")


def _speaker(text: str, start: int, end: int, time_start: int) -> str:
    """The speaker's words, without a time expression that sits inside them."""
    if start <= time_start < end:
        end = time_start
        m = _TIME_PREP_END.search(text, start, end)
        if m:
            end = m.start()
    return text[start:end].strip()


def _appositive(text: str, left: int, right: int, time_start: int, time_end: int) -> Clause | None:
    """A comma-delimited participle phrase around the time expression, if there is one."""
    open_comma = text.rfind(",", left, time_start)
    if open_comma < 0:
        return None
    close_comma = text.find(",", time_end, right)
    close = close_comma if close_comma >= 0 else right
    inner = text[open_comma + 1:close].lstrip()
    if not PARTICIPLE.match(inner):
        return None
    subject = text[left:open_comma].strip(" \"'\u201c\u201d")
    if not subject or subject[:1].islower():
        return None
    return Clause(close - len(inner), close, "appositive", subject=subject)


def _borrowed_subject(text: str, start: int, left: int, segment: str) -> str:
    """The subject a verb-first clause borrows from the sentence start. A bare verb ("then
    hold a session") also borrows the first clause's "... set to" / "... will" chain."""
    subject = sentence_subject(text, start, left)
    first = segment.lstrip().split(" ", 1)[0].lower()
    if subject and first.isalpha() and not re.fullmatch(_PAST, first):
        chain = _INFINITIVE_CHAIN.match(text, start + len(subject), left)
        if chain:
            return text[start:chain.end()].strip()
    return subject


def _has_own_subject(segment: str) -> bool:
    """False when the segment starts with a verb and so borrows the sentence's subject.

    A clause cut from a sentence starts with its verb when its first word is lower-case
    and not one of the words that open a noun phrase or stand for one.
    """
    first = segment.lstrip().split(" ", 1)[0]
    return not first[:1].islower() or first.lower() in NOUN_PHRASE_OPENERS


def resolve_pronoun(content: str, speaker: str) -> str:
    """Replace a leading pronoun of reported speech by the speaker ("it planned" ->
    "The US Department of Defense planned")."""
    if speaker and _PRONOUN.match(content):
        return _PRONOUN.sub(speaker + " ", content, count=1)
    return content
