"""Bylines, photo credits, agency credits and page furniture: found first, kept out of actors.

Each rule is a row of :data:`RULES` with a name; :func:`scan` runs them all and returns
the character spans where no actor may be read, the people credited (bylines, photo
credits, correspondents of an outlet), and the outlets credited or quoted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from events.actors import gazetteer

# A person's name as bylines write it: 2-4 capitalized words, none of them all capitals.
_NAME = r"[A-Z][a-z][\w'\u2019\-]*(?:[ \t]+(?!(?:The|A|An|In|On|At|This|That|It|He|She|They)\b)(?:[A-Z]\.|[A-Z][a-z][\w'\u2019\-]*)){1,3}"
# one part of a credit: up to four capitalized words or initials, never a sentence's "The", "A", ...
_CHUNK = (r"[A-Z][\w.'\u2019\-]*(?:[ \t]+(?!(?:The|A|An|In|On|At|This|That|It|He|She|They|But|And)\b)"
          r"[A-Z][\w.'\u2019\-]*){0,3}")
_NAMES = rf"{_NAME}(?:[ \t]*(?:,|\band\b|&)[ \t]*{_NAME})*"
# a known outlet's name (outlets.tsv), as a byline ends with it
_OUTLET = "(?:%s)(?![\\w])" % "|".join(re.escape(n) for n in gazetteer.outlet_names())
_ROLE = r"(?:[ \t]+[A-Z][a-z]+){0,3}?[ \t]+(?:Analyst|Producer|Correspondent|Editor|Writer|Reporter|Radio|Contributor|Columnist|Staff|Wire|Newsource)"

#: (name, pattern, what the groups hold). ``names`` groups hold people, ``outlet`` groups
#: outlets; ``parts`` groups hold a "/"-separated credit whose parts are outlets or people.
#: The whole match is excluded from actor recognition.
RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "By Ellie Kaufman and Oren Liebermann, CNN" / "By John Sepulvado , CNN Radio" /
    # "2011 | By Ashley Hayes , CNN" / "By Bryony Jones for CNN"
    ("byline", re.compile(
        rf"(?m)(?:^|\|)[ \t]*(?:By|by:|BY)[ \t]+(?P<names>{_NAMES})(?:[ \t]*(?:,|\bfor\b)[ \t]*(?P<outlet>{_OUTLET})(?:{_ROLE})?)?")),
    # "From Mohammed Tawfeeq , CNN": only with the outlet, as "From" opens many sentences
    ("byline-from", re.compile(
        rf"(?m)(?:^|\|)[ \t]*From[ \t]+(?P<names>{_NAMES})[ \t]*(?:,|\bfor\b)[ \t]*(?P<outlet>{_OUTLET})(?:{_ROLE})?")),
    # "Jim Angle contributed to this report", "Fox News' Jim Angle contributed reporting"
    ("contributor", re.compile(
        rf"(?:[A-Z][\w]*(?:[ \t]+[A-Z][\w]*)?['\u2019]s?[ \t]+)?(?P<names>{_NAMES})[ \t]+(?:also[ \t]+)?contributed[ \t]+(?:to[ \t]+this[ \t]+(?:report|story|article)|reporting)")),
    # "Image: Stephanie Lecoq/REUTERS", "Credit : Reuters\/Nathanael Miller"
    ("photo-credit", re.compile(
        rf"(?:\b(?:Image|Photo|Photograph|Picture|Illustration|Credit|Credits|Foto)s?[ \t]*:[ \t]*)"
        rf"(?P<parts>{_CHUNK}(?:[ \t]*\\?/[ \t]*{_CHUNK})*)(?=[ \t]|[.,;]|$)", re.M)),
    # "(Reporting by A and B in Tripoli; Writing by C; Editing by D)" in both bracket forms
    ("agency-footer", re.compile(
        r"(?:\(|-LRB-)[ \t]*(?P<footer>(?:Additional[ \t]+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten)[ \t]+by[^)]*?)(?:\)|-RRB-|$)")),
    ("agency-footer-open", re.compile(
        r"(?m)^[ \t]*(?P<footer>(?:Additional[ \t]+)?(?:Reporting|Writing|Editing)[ \t]+by[^\n]*)$")),
    # "js,tj/wmr (Reuters, AFP)": editors' initials then the agencies
    ("initials-credit", re.compile(
        r"(?m)^[ \t]*[a-z]{1,4}(?:[ \t]*[,/][ \t]*[a-z]{1,4})+[ \t]*\((?P<outlets>[^)\n]*)\)[ \t]*$")),
    # "TRIPOLI (Reuters) -" / "-LRB- Reuters -RRB-" / "(CNN) --"
    ("agency-dateline", re.compile(
        r"(?:\(|-LRB-)[ \t]*(?P<outlets>(?:Reuters|AFP|AP|CNN|dpa|DW)(?:[ \t]*[,/][ \t]*(?:Reuters|AFP|AP|CNN|dpa|DW))*)[ \t]*(?:\)|-RRB-)")),
    # a news site's reader comments, from the invitation to comment to the page's end
    ("reader-comments", re.compile(
        r"We welcome comments that advance the story.*?(?:This discussion is now closed[^\n]*|\Z)", re.S)),
    # page furniture lines: navigation, profile photos, copyright and comment policy
    ("furniture", re.compile(
        r"(?im)^[ \t]*(?:\d+\.[ \t]*)?(?:skip[ \t]+to[ \t]+\w+(?:[ \t]+\w+)*"
        r"|author[ \t]+profile[ \t]+photo|jump[ \t]+to[ \t]+comments\W*"
        r"|article[ \t]+topic[ \t]+follows:[^\n]*|[^\n]*(?:\u00a9|\(c\)|copyright)[^\n]*all[ \t]+rights[ \t]+reserved[^\n]*"
        r"|[^\n]*community[ \t]+guidelines[^\n]*|[^\n]*committed[ \t]+to[ \t]+providing[ \t]+a[ \t]+forum[^\n]*"
        r"|[A-Z][\w ]{0,30}newsource)[ \t]*$")),
)

#: Words a rule's match must hold: the rule is skipped for a text without them.
_NEEDS = {"contributor": "contributed", "reader-comments": "We welcome comments"}

_SPLIT_NAMES = re.compile(r"[ \t]*(?:,|;|\band\b|&)[ \t]*")
_IN_PLACE = re.compile(r"[ \t]+in[ \t]+[A-Z][\w .'\-]*$")
_FOOTER_PART = re.compile(r"(?:Additional[ \t]+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten)[ \t]+by[ \t]+")
_POSSESSIVE = re.compile(
    rf"\b(?P<outlet>[A-Z][\w]*(?:[ \t]+[A-Z][\w]*)?)[ \t]*(?:['\u2019]s|(?<=s)['\u2019])[ \t]+(?P<name>{_NAME})")


@dataclass(frozen=True, slots=True)
class Furniture:
    """What the filters found: spans to skip, credited people, credited outlets."""

    excluded: tuple[tuple[int, int], ...] = ()
    byline: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()


def _outlet(name: str) -> str | None:
    """The canonical outlet named by ``name``, or None when it names no outlet."""
    gaz = gazetteer.load()
    key = tuple(tok for _, _, tok in gazetteer.tokenize(name.strip()))
    entry = gaz.phrases.get(key)
    if entry is not None and entry.kind == "outlet":
        return entry.name
    upper = key and gaz.phrases.get(tuple(t.capitalize() for t in key))
    if upper and upper.kind == "outlet":  # "REUTERS" in photo credits
        return upper.name
    return None


def _looks_like_name(part: str) -> bool:
    return re.fullmatch(_NAME, part.strip()) is not None


def scan(text: str) -> Furniture:
    """Find bylines, credits, agency footers and page furniture in ``text``."""
    spans: list[tuple[int, int]] = []
    people: list[str] = []
    outlets: set[str] = set()
    for name, pattern in RULES:
        if name in _NEEDS and _NEEDS[name] not in text:
            continue  # a rule that needs a word the text lacks is not run (speed)
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            spans.append((m.start(), m.end()))
            groups = m.groupdict()
            if groups.get("names"):
                people.extend(p for p in _SPLIT_NAMES.split(groups["names"]) if p)
            if groups.get("outlet"):
                found = _outlet(groups["outlet"])
                if found:
                    outlets.add(found)
            if groups.get("outlets"):
                for part in re.split(r"[,/]", groups["outlets"]):
                    found = _outlet(part)
                    if found:
                        outlets.add(found)
            if groups.get("parts"):
                for part in re.split(r"\\?/", groups["parts"]):
                    found = _outlet(part)
                    if found:
                        outlets.add(found)
                    elif _looks_like_name(part):
                        people.append(part.strip())
            if groups.get("footer"):
                for piece in re.split(r"[ \t]*;[ \t]*", groups["footer"]):
                    piece = _FOOTER_PART.sub("", piece.strip())
                    for who in _SPLIT_NAMES.split(piece):
                        who = _IN_PLACE.sub("", who.strip())
                        if _looks_like_name(who):
                            people.append(who)
    # "DW's Teri Schultz": an outlet's correspondent is a byline, not an actor
    for m in _POSSESSIVE.finditer(text):
        found = _outlet(m.group("outlet"))
        if found:
            outlets.add(found)
            people.append(m.group("name"))
            spans.append((m.start(), m.end()))
    return Furniture(
        excluded=tuple(sorted(set(spans))),
        byline=tuple(dict.fromkeys(p.strip() for p in people)),
        outlets=tuple(sorted(outlets)),
    )
