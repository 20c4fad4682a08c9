"""Dropping saved-page clutter from article text by general, line-level rules.

A page saved as text carries navigation ("Skip to content"), image credits, share and
newsletter prompts, comment policies and copyright lines around the story. Each kind is
one row of :data:`RULES`: a name, a pattern that must match the *whole* line (after any
list marker such as ``1.`` or ``-`` is set aside) and what to do with it:

- ``drop``: the line is clutter;
- ``credit``: the line is an image credit; the caption line just above it, when it has no
  final punctuation (a photo's alt text), goes too;
- ``meta``: the line is dropped but what its named groups captured is kept (byline, site,
  outlets);
- ``cut``: the match ends the line's story text: the line is cut where the match starts
  (a "(Reporting by ...)" credit followed by page furniture);
- ``truncate``: the match opens a reader-comment section, which runs to the end of the
  page: the line is cut there and every line after it goes too (rule "after-comments"),
  provided at least :data:`TRUNCATE_MIN_WORDS` words of story come before it.

Rules match only short lines (``MAX_WORDS``), except ``cut`` and ``truncate`` rules, so an
article's real sentences are never touched. Inside lines, :data:`INLINE_RULES` remove
stamps that interrupt a sentence (a live blog's "(Updated: 1:38 a.m. Monday ...):") and
keep the sentence. The patterns are generic page furniture, never strings from particular
articles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

#: A line longer than this (in words) is always article text.
MAX_WORDS = 40

#: Photo agencies and wire services, as they appear after a slash in image credits.
PHOTO_AGENCIES = (
    "REUTERS", "Reuters", "AFP", "AP", "EPA", "EPA-EFE", "Getty Images", "dpa", "DPA",
    "picture-alliance", "picture alliance", "ANP", "Sputnik", "TASS", "Xinhua", "ANSA",
    "Anadolu Agency", "Anadolu", "Bloomberg", "NurPhoto", "SOPA Images", "Shutterstock",
    "Imago", "IMAGO", "AA", "Belga", "Alamy", "UPI", "PA", "PA Images",
)
_AGENCY = "|".join(re.escape(a) for a in sorted(PHOTO_AGENCIES, key=len, reverse=True))

#: Words that make up a row of share/print buttons.
SHARE_WORDS = frozenset("""
share shares sharing this article story page post on via tweet email e-mail mail print
facebook twitter x whatsapp linkedin reddit pinterest telegram messenger flipboard copy link
url save bookmark comment comments
""".split())

_SHARE_WORD = "(?:" + "|".join(sorted(SHARE_WORDS, key=len, reverse=True)) + ")"
_SHARE_CORE = r"\b(?:share|tweet|e-?mail|print|facebook|twitter|whatsapp|linkedin|reddit|copy link)\b"

_NAME_WORD = r"(?:[A-Z][\w'\u2019.-]*|and|&|de|da|van|von|der|den|la|le|al|bin|el|du|di)"

_MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October"
               r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_CLOCK = r"\d{1,2}(?::\d{2})?\s?[ap]\.?\s?m\b\.?"

#: (name, pattern, action). Patterns are matched with ``re.fullmatch`` on the stripped
#: line, case-insensitively unless the pattern turns that off with ``(?-i:...)``.
RULES: tuple[tuple[str, str, str], ...] = (
    # a reader comment's stamp: "... February 21, 2011 at 12:12 am | Report abuse | ..."
    ("comment-stamp", rf".{{0,3000}}?(?P<cut>\b{_MONTH_NAME} \d{{1,2}},? \d{{4}},?(?: \d{{1,2}}:\d{{2}}"
                      rf" ?[ap]m)? at {_CLOCK}\s*\||\|\s*Report abuse\b).{{0,5000}}", "truncate"),
    # the lines that open (or close) a comment section
    ("comment-section", r".{0,3000}?(?P<cut>\b(?:comments are not (?:pre-?screened|reviewed)"
                        r"|views expressed in the comments|we welcome comments (?:that advance"
                        r"|on our (?:articles|stories))"
                        r"|this (?:discussion|debate|topic) (?:is|has) (?:now )?(?:been )?closed"
                        r"|welcomes a (?:lively|civil)(?: and courteous)? discussion"
                        # a broadcaster's reader-comment page: "A selection of your comments
                        # appear below.", "... may be published, displaying your name"
                        r"|(?:a selection of )?your (?:comments|views)(?: to this debate)?"
                        r" (?:appears?|are published) below"
                        r"|a selection of your (?:comments|views) (?:may|will) be published)).{0,300}",
     "truncate"),
    # a reader comment's byline stamp: "At 10:14 am on 28 May 2031, pzero wrote: I think ..."
    ("comment-wrote-stamp", rf".{{0,3000}}?(?P<cut>\bAt {_CLOCK},? on (?:\d{{1,2}} {_MONTH_NAME}"
                            rf"|{_MONTH_NAME} \d{{1,2}}),? \d{{4}}\s?,? [^:\n]{{1,60}}? wrote\s?:).{{0,5000}}",
     "truncate"),
    # a tweet widget: "ie/11BX93W 7:01 pm ET February 11, 2013 RETWEET Could the next ..."
    ("retweet-widget", rf"(?P<cut>.{{0,3000}}?\b\d{{1,2}}:\d{{2}}\s?[ap]\.?m\.? [A-Z]{{2,4}} "
                       rf"{_MONTH_NAME} \d{{1,2}},? \d{{4}} (?-i:RETWEET)\b.{{0,5000}})", "cut"),
    ("skip-link-site", r"skip to more (?P<site>[\w .&'-]{1,30}?) sites?", "meta"),
    ("skip-link", r"skip (?:to|over|navigation)(?: [\w'&-]+){0,5}", "drop"),
    ("jump-link", r"(?:jump|go|scroll|back|return) to (?:the )?(?:top|comments?|content|"
                  r"navigation|main content|article|homepage|home page)(?: of (?:the )?page)?"
                  r"[\s\u2191\u2193\u2192\u00bb>^.]*", "drop"),
    ("image-credit", r".{0,200}?\b(?-i:Image|Images|Photo|Photos|Picture|Photograph|Foto|Bild"
                     r"|Credit|Photo credit)s?: ?[^.!?:]{1,80}?", "credit"),
    ("agency-credit", rf"(?:\(?(?:photo|image|picture)s? (?:by|credit|courtesy)?:? )?"
                      rf"(?-i:[A-Z][\w.'\u2019 -]{{0,50}}/ ?(?:{_AGENCY})(?: via Getty Images)?"
                      rf"|(?:{_AGENCY}))\)?", "credit"),
    ("photo-by", r".{0,200}?\((?:photo|image|picture|video)s? (?:by|credit|courtesy)[^)]{1,80}\)",
     "credit"),
    ("copyright", r"(?:\u2122\s*&?\s*)?(?:\u00a9|\(c\)|copyright\b).{0,200}", "drop"),
    ("all-rights-reserved", r".{0,200}\b(?-i:All [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)\W{0,3}",
     "drop"),
    ("article-topic", r"article topics?(?: follows)?:.{0,120}", "drop"),
    ("author-photo", r"(?:author )?(?:profile|avatar|headshot|author) (?:photo|picture|image)",
     "drop"),
    ("comment-policy", r".{0,200}?(?:\b(?:civil|constructive|respectful) (?:and \w+ )?"
                       r"(?:conversation|discussion|comments?)|community (?:guidelines|standards)"
                       r"|\bcomments? (?:policy|are closed|section)|keep (?:your )?comments"
                       r"|(?:leave|post|add|write) a comment|comments are moderated).{0,200}", "drop"),
    ("comment-count", r"(?:\d+ comments?|comments?(?: \(\d+\))?|(?:show|view|load|hide|read) "
                      r"(?:all )?(?:\d+ )?comments?)", "drop"),
    ("share-buttons", rf"(?=.{{0,200}}?{_SHARE_CORE}){_SHARE_WORD}(?:[\s,|/\u00b7\u2022:]+{_SHARE_WORD})*"
                      r"[\s:]*", "drop"),
    ("newsletter", r"(?=.{0,200}\b(?:newsletters?|sign up|subscribe|subscription)\b)"
                   r"(?=.{0,200}\b(?:newsletters?|inbox|e-?mail|free|today|now|here|updates|"
                   r"briefing)\b).{0,200}", "drop"),
    ("story-idea", r"(?:if you (?:would like|want|wish|have) to (?:share|submit|send) "
                   r"(?:a |your |us )?(?:story idea|news tip|tip|story)|(?:got|have) a "
                   r"(?:news )?(?:tip|story idea)|send us (?:a |your )?(?:news )?(?:tip|story))"
                   r".{0,120}", "drop"),
    ("advertisement", r"(?:advertisement|advert|ad|sponsored(?: content)?|paid content"
                      r"|story continues below(?: advertisement)?|scroll to continue"
                      r"(?: with content)?|continue reading(?: below| the main story)?)", "drop"),
    ("read-more", r"(?:read more|read also|also read|see also|more on this (?:story|topic)"
                  r"|related(?: articles?| stories| content| coverage| topics)?|most read"
                  r"|most popular)(?:\s*[:>\u00bb|-].{0,150})?", "drop"),
    ("nav-word", r"(?:menu|main menu|open menu|close menu|search|close|home|log ?in|sign ?in"
                 r"|sign ?up|log ?out|register|subscribe|toggle navigation|navigation|back"
                 r"|next|previous|watch live|listen|listen to this article|full article)", "drop"),
    ("cookie", r".{0,200}\b(?:we use cookies|(?:site|website) uses cookies|accept (?:all )?"
               r"cookies|cookie (?:policy|settings|preferences))\b.{0,200}", "drop"),
    ("agency-initials", r"(?-i:[a-z]{1,4}(?:[,/][a-z]{1,4})+) ?\((?P<outlets>[A-Za-z]+"
                        r"(?: ?, ?[A-Za-z]+)*)\)", "meta"),
    ("byline", rf"(?-i:By (?P<byline>{_NAME_WORD}(?:,? {_NAME_WORD}){{0,14}}))", "meta"),
    ("reporting-credit", r".{0,5000}?(?P<cut>\((?:additional )?(?:reporting|writing|editing|"
                         r"compiled|edited|written) by [^)]{1,300}\)).{0,2000}", "cut"),
)

#: Rules whose pattern can match anywhere in a line are tried only on lines holding one
#: of these (lower-case) hints: a cheap test that spares most prose lines their regex.
HINTS = {
    "image-credit": (":",),
    "photo-by": ("(",),
    "all-rights-reserved": ("rights reserved",),
    "comment-policy": ("civil", "constructive", "respectful", "community", "comment"),
    "newsletter": ("newsletter", "sign up", "subscri"),
    "cookie": ("cookie",),
    "reporting-credit": (" by ",),
    "comment-stamp": ("report abuse", "m |", "m. |"),
    "comment-section": ("comments", "discussion", "debate", "topic", "views"),
    "comment-wrote-stamp": ("wrote",),
    "retweet-widget": ("retweet",),
}

#: Stamps removed from inside a line, the sentence kept: (name, pattern).
INLINE_RULES: tuple[tuple[str, str], ...] = (
    # "(Updated: 1:38 a.m. Monday, Libya; 6:38 p.m. Sunday ET):", "(Update 9:15 p.m. ET)"
    ("update-stamp", rf"\((?:last )?(?:updated?|posted)(?: at)?\s?:?\s?[^()]{{0,100}}?{_CLOCK}"
                     r"[^()]{0,100}\)\s?:?\s*"),
    # "(8:59 p.m. Monday ET, 2:59 a.m. Tuesday in Libya) In a rare ...": a bracketed clock
    # time that opens a line or follows a sentence or colon
    ("clock-stamp", rf"(?:^|(?<=[.!?:] ))\({_CLOCK}[^()]{{0,100}}\)\s?:?\s*"),
    # a live blog's item: "LIBYA, noon ET, 7 p.m. local: U.N. Secretary General ..."
    ("blog-time-prefix", rf"^(?:[A-Z][A-Z .'-]{{1,30}},\s)?(?:{_CLOCK}|noon|midnight)\s?(?:[A-Z]{{2,4}})?"
                         rf"(?:,\s(?:{_CLOCK}|noon|midnight)\s?(?:local|[A-Z]{{2,4}})?)?\s?:\s+"),
    # "... links updated: Fri Mar 04 2011 07:15:00 An academic ..."
    ("updated-timestamp", rf"\b(?:last )?updated\s?:?\s(?:[A-Z][a-z]{{2,8}},? )?{_MONTH_NAME} "
                          r"\d{1,2},? \d{4},? \d{1,2}:\d{2}(?::\d{2})?\s*"),
    # a broadcast transcript's notices, the same in every transcript of a show: "Download
    # PDF maps related to today's show:", "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE
    # IN ITS FINAL FORM AND MAY BE UPDATED." (only as sentences of their own: "This is a
    # rush transcript from <show>, <date>" keeps its show and date)
    ("transcript-notice", r"\bdownload (?:the )?pdf maps? related to today\s?['\u2019]?\s?s "
                          r"(?:show|program(?:me)?)\s?:\s*"
                          r"|(?:^|(?<=[.!?:] ))this is a rush transcript\s?\."
                          r"(?:\s?this copy may not be in its final form and may be updated\s?\.)?\s*"),
)

#: A ``truncate`` rule ends the text only after this many words of story (a comment
#: widget at the top of a page must not take the article with it); a comment's own stamp
#: ends it wherever it is, as comments never come before the story.
TRUNCATE_MIN_WORDS = 25

_LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*\u2022\u00b7])\s+")
# All rules in one alternation, tried in table order by the regex engine in one call
# (a line is clutter far less often than not, and one call is much cheaper than thirty).
_COMBINED = re.compile("|".join(f"(?P<r{i}>{pattern})" for i, (name, pattern, _) in
                                enumerate(RULES) if name not in HINTS), re.IGNORECASE)
_COMBINED_IDS = tuple(i for i, (name, _, _) in enumerate(RULES) if name not in HINTS)
_HINTED = tuple((i, re.compile(pattern, re.IGNORECASE), HINTS[name])
                for i, (name, pattern, _) in enumerate(RULES) if name in HINTS)
_CUT_RULES = tuple((i, re.compile(pattern, re.IGNORECASE)) for i, (_, pattern, action)
                   in enumerate(RULES) if action in ("cut", "truncate"))
_INLINE = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in INLINE_RULES)
_INLINE_HINT = re.compile(r"\((?:last )?(?:update|posted)|\(\d|\bupdated\b|^[A-Z ,]{0,32}(?:\d|noon|midn)"
                          r"|rush transcript|pdf maps",
                          re.IGNORECASE)
_SENTENCE_END = re.compile(r"""[.!?:;]["'\u201d\u2019)]*$""")


@dataclass(slots=True)
class Cleaned:
    """The result of :func:`clean_text`: the text and what the dropped lines told.

    ``comment_stamp`` is the first reader comment's stamp ("March 5, 2031 at 6:15 am |"):
    a comment comes after the story, so its date bounds the publication date.
    """

    text: str
    byline: list[str] = field(default_factory=list)
    site: str | None = None
    outlets: list[str] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)
    comment_stamp: str = ""


def match_rule(line: str) -> tuple[str, str, re.Match] | None:
    """The first rule that matches the whole ``line``: (name, action, match), or None."""
    body = _LIST_MARKER.sub("", line.strip(), count=1).strip()
    if not body:
        return None
    lowered = body.lower()
    if len(body.split()) > MAX_WORDS:  # only a "cut" or "truncate" rule applies to a long line
        for i, regex in _CUT_RULES:
            hints = HINTS.get(RULES[i][0], ())
            if (not hints or any(h in lowered for h in hints)) and (m := regex.fullmatch(body)):
                return RULES[i][0], RULES[i][2], m
        return None
    hits: list[tuple[int, re.Match]] = []
    if m := _COMBINED.fullmatch(body):
        hits.append((next(i for i in _COMBINED_IDS if m.group(f"r{i}") is not None), m))
    for i, regex, hints in _HINTED:
        if hits and hits[0][0] < i:
            break
        if any(h in lowered for h in hints) and (m := regex.fullmatch(body)):
            hits.append((i, m))
            break
    if not hits:
        return None
    i, m = min(hits, key=lambda hit: hit[0])
    return RULES[i][0], RULES[i][2], m


def _split_byline(byline: str) -> tuple[list[str], str | None]:
    """Names in a byline, and the outlet named after its last comma ("..., CNN")."""
    parts = [p.strip() for p in re.split(r",| and | & ", byline) if p.strip()]
    outlet = None
    if len(parts) > 1 and (parts[-1].isupper() or len(parts[-1].split()) == 1):
        outlet = parts.pop()
    return parts, outlet


def clean_text(text: str) -> Cleaned:
    """Drop clutter lines from ``text`` and collapse the blank lines they leave.

    Returns the cleaned text with the byline names, site name and outlets that clutter
    lines revealed, and the dropped lines with the rule that dropped each.
    """
    out: list[str] = []
    result = Cleaned("")
    copyright_at: int | None = None
    lines = text.split("\n")
    words = 0
    for n, line in enumerate(lines):
        if _INLINE_HINT.search(line):
            line = _remove_inline(line, result)
        hit = match_rule(line)
        if hit is None:
            out.append(line)
            words += len(line.split())
            continue
        name, action, m = hit
        if action in ("cut", "truncate"):
            kept = line[:line.index(m.group("cut"))].rstrip()
            result.dropped.append((name, line[len(kept):].strip()))
            if name == "comment-stamp" and not result.comment_stamp:
                result.comment_stamp = m.group("cut")
            if action == "truncate" and (before := match_rule(kept)) and before[1] == "cut":
                # what the comment section cut off may end in a credit: "(Reporting by ...)"
                result.dropped.append((before[0], before[2].group("cut")))
                kept = kept[:kept.index(before[2].group("cut"))].rstrip()
            out.append(kept)
            words += len(kept.split())
            if action == "truncate" and (words >= TRUNCATE_MIN_WORDS or name == "comment-stamp"):
                result.dropped += [("after-comments", rest.strip()) for rest in lines[n + 1:]
                                   if rest.strip()]
                break
            continue
        result.dropped.append((name, line.strip()))
        if name in ("copyright", "all-rights-reserved"):
            copyright_at = len(out)
        if action == "credit" and out and out[-1].strip() \
                and not _SENTENCE_END.search(out[-1].strip()) and len(out[-1].split()) <= 30:
            result.dropped.append(("image-alt", out.pop().strip()))
        groups = m.groupdict()
        if groups.get("site") and result.site is None:
            result.site = groups["site"].strip()
        if groups.get("outlets"):
            result.outlets += [o.strip() for o in groups["outlets"].split(",")]
        if groups.get("byline") and not result.byline:
            names, outlet = _split_byline(groups["byline"])
            result.byline = names
            if outlet:
                result.outlets.append(outlet)
        out.append("")
    if copyright_at is not None:
        _drop_tail(out, copyright_at, result)
    result.text = collapse_blank_lines("\n".join(out))
    return result


def _remove_inline(line: str, result: Cleaned) -> str:
    """``line`` without the stamps of :data:`INLINE_RULES` (each recorded as dropped)."""
    for name, regex in _INLINE:
        for m in regex.finditer(line):
            result.dropped.append((name, m.group(0).strip()))
        line = regex.sub("", line)
    return line


#: At most this many short lines after a copyright line are taken as page furniture.
TAIL_LINES = 8
TAIL_WORDS = 12


def _drop_tail(out: list[str], copyright_at: int, result: Cleaned) -> None:
    """Drop the few short lines left after the last copyright line (rule "after-copyright").

    A copyright line closes the story; what little follows it (a syndication credit, a
    section name) is page furniture. A long line after it means the story goes on, so
    then nothing is dropped.
    """
    tail = [line for line in out[copyright_at + 1:] if line.strip()]
    if tail and len(tail) <= TAIL_LINES and all(len(x.split()) <= TAIL_WORDS for x in tail):
        result.dropped += [("after-copyright", line.strip()) for line in tail]
        del out[copyright_at + 1:]


def collapse_blank_lines(text: str) -> str:
    """Strip trailing spaces, squeeze runs of blank lines to one, trim the ends."""
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
