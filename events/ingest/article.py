"""From an input's body text and what is known about it to an :class:`Article`.

Every kind of input (text file, Markdown, HTML page, URL, stdin) ends here, so that the
same steps run in the same order for all of them:

1. undo Penn Treebank tokenization when the text looks tokenized (:mod:`events.ingest.detok`);
2. drop page clutter, keeping what it revealed: byline, site, outlets (:mod:`events.ingest.clean`);
3. collect the date evidence the text holds: notes of when the article was published,
   printed or last changed, wherever they are ("This article appeared on p1 of ... on
   19 June 2010"), a date line or dateline near the top (all removed from the text, as
   they are metadata) and the day of the first reader comment
   (comments follow the story); which clue wins is decided by
   :mod:`events.dating.precedence`, not here;
4. take the title from the metadata, else from a heading-like first line (removed from the
   text), else from the first words of the text; ``ArticleInfo.title_from`` says which,
   since only a title the input gave is a headline (:mod:`events.extract.headline`);
5. hash the cleaned text and make a readable, stable id.

The cleaned text is the Article's text: every span later is an offset into it.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import PurePath

from events.dating.evidence import (FIRST_COMMENT, NOTE_KINDS, find_publication_notes,
                                    find_text_date, first_date)
from events.ingest.clean import clean_text, collapse_blank_lines
from events.ingest.detok import detokenize, looks_tokenized
from events.models import Article, ArticleInfo, Evidence
from events.temporal.interval import on_calendar

#: News agencies and outlets recognised when a story credits them: "(Reuters) -".
OUTLETS = (
    "Reuters", "AFP", "AP", "Associated Press", "dpa", "DPA", "EFE", "ANSA", "Xinhua",
    "TASS", "Interfax", "Bloomberg", "CNN", "BBC", "DW", "KNA", "epd", "UPI", "PA",
    "Anadolu", "Kyodo", "Yonhap", "AAP", "IANS", "PTI", "Al Jazeera", "NPR", "ABC", "NBC",
    "CBS", "Fox News", "Sky News", "Euronews", "France 24", "RFE/RL", "Ukrinform",
)
_OUTLET = "|".join(re.escape(o) for o in sorted(OUTLETS, key=len, reverse=True))
_OPENING_CREDIT = re.compile(
    rf"\((?P<outlets>(?:{_OUTLET})(?:\s*[,/]\s*(?:{_OUTLET}))*)\)\s*[-\u2013\u2014]")

#: Stems that say nothing about the article; its title gives the id instead.
GENERIC_STEMS = frozenset({"index", "article", "story", "page", "default", "stdin", "news",
                           "text", "input", "untitled", "document", "doc"})
#: Known input extensions, stripped (repeatedly) from a file name to make its id.
EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm", ".text")

_HEADING_END = re.compile(r"""[.,;:]["'\u201d\u2019)]*$""")
_INLINE_SPACE = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_TRAILING_SPACE = re.compile(r" \n")


@dataclass(slots=True)
class Meta:
    """What is known about an input before its text is read: names, and the date
    evidence of its header or page metadata."""

    name: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    byline: list[str] = field(default_factory=list)


def slugify(text: str, max_len: int = 50) -> str:
    """A lower-case ASCII slug of ``text``, cut at a word boundary near ``max_len``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_len:
        slug = slug[:max_len].rsplit("-", 1)[0]
    return slug


def stem_of(name: str) -> str:
    """The name of an input without its folders and known extensions (``248.htm.txt`` -> 248)."""
    base = PurePath(name.rstrip("/")).name if "://" not in name else \
        name.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    lowered = base.lower()
    while True:
        for ext in EXTENSIONS:
            if lowered.endswith(ext) and len(lowered) > len(ext):
                base, lowered = base[:-len(ext)], lowered[:-len(ext)]
                break
        else:
            return base


def article_id(name: str, title: str, content_hash: str) -> str:
    """A readable id: the input's stem (or, when that says nothing, the title), plus a hash.

    Six hex digits of the content hash make ids unique across folders that reuse names
    (``1.txt``) while keeping them stable: same name and text, same id.
    """
    base = slugify(stem_of(name))
    if not base or base.isdigit() or base in GENERIC_STEMS or len(base) < 3:
        base = slugify(" ".join(title.split()[:8])) or base or "article"
    return f"{base}-{content_hash[:6]}"


def _first_words(text: str, words: int = 12) -> str:
    first = text.strip().split("\n", 1)[0].split()
    if len(first) <= words:
        return " ".join(first)
    return " ".join(first[:words]) + "\u2026"


def _is_heading(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 25 and not _HEADING_END.search(line) and \
        not line.startswith(("*", "-", "\u2022"))


def _take_title(text: str) -> tuple[str | None, str]:
    """A heading-like first line, and the text without it."""
    first, _, rest = text.partition("\n")
    if _is_heading(first.strip()) and rest.strip():
        return first.strip(), rest
    return None, text


def _remove_stamp(text: str, start: int, end: int) -> str:
    """Cut a dateline's stamp out; a headline before it on the line goes to its own line."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip()
    after = text[end:].lstrip(" \t")
    if not before:
        return text[:start] + after
    if _is_heading(before) and not after.startswith("("):
        return text[:start].rstrip() + "\n" + after
    sep = "" if after[:1] in ("", "\n", ",") else " "
    return text[:start].rstrip(" \t") + sep + after


def normalize_text(text: str) -> str:
    """Unify line breaks and spaces, and drop control characters (a BOM among them)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    text = _INLINE_SPACE.sub(" ", text)
    return _TRAILING_SPACE.sub("\n", text).rstrip(" ")


def compose(body: str, meta: Meta, *, detok: bool = True) -> Article:
    """Build the Article for ``body`` (already decoded, metadata already split off).

    ``detok`` allows undoing Penn Treebank tokens (off for HTML, never tokenized).
    Returns an article whose text may be empty; the caller decides whether that is an error.
    Its date is not decided: its ``evidence`` is ``meta``'s and the text's.
    """
    text = normalize_text(body)
    if detok and looks_tokenized(text):
        text = detokenize(text)
    cleaned = clean_text(text)
    text = cleaned.text
    outlets = list(cleaned.outlets)
    if m := _OPENING_CREDIT.search(text[:1500]):
        outlets = [o.strip() for o in re.split(r"[,/]", m["outlets"])] + outlets

    evidence = list(meta.evidence)
    notes = find_publication_notes(text)
    for note in reversed(notes):  # from the end, so that the earlier spans stay put
        text = _remove_stamp(text, note.start, note.end)
    if notes:
        text = collapse_blank_lines(text)
        # of two notes of a kind the earlier day is the nearer one (a blog's first post)
        evidence += [Evidence(NOTE_KINDS[n.kind], n.date, f"{NOTE_KINDS[n.kind]} ({n.name})")
                     for n in sorted(notes, key=lambda n: n.date)]
    found = find_text_date(text)
    if found is not None:
        text = collapse_blank_lines(_remove_stamp(text, found.start, found.end))
        kind = "date line" if found.how == "date line" else "dateline"
        evidence.append(Evidence(kind, found.date, found.how, found.partial))
    if (day := first_date(cleaned.comment_stamp)) is not None:
        evidence.append(Evidence("comment", day, FIRST_COMMENT))
    # a date at the very ends of the calendar ("Date: 9999-12-31") is no publication
    # date: every later step counts days from it (see events.temporal.interval)
    evidence = [e for e in evidence if e.date is None or on_calendar(e.date)]

    title, title_from = meta.title, "meta" if meta.title else ""
    heading, rest = _take_title(text)
    if heading is not None:
        text = collapse_blank_lines(rest)
        title, title_from = (title, title_from) if title else (heading, "heading")
    title = title or _first_words(text) or stem_of(meta.name)

    source = meta.source or cleaned.site or (outlets[0] if outlets else None)
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    info = ArticleInfo(
        id=article_id(meta.name, title, content_hash), title=title,
        content_hash=content_hash, source=source, url=meta.url, path=meta.path,
        byline=tuple(meta.byline or cleaned.byline),
        outlets=tuple(dict.fromkeys(o for o in outlets if o)), words=len(text.split()),
        title_from=title_from)
    return Article(info=info, text=text, evidence=tuple(evidence))
