"""Metadata a user writes at the top of a text file, and light Markdown clean-up.

Two forms are read, only at the very start of the file:

- header lines, ``Key: value`` one per line, ending at the first blank line or the first
  line that is not a header (``Title:``, ``Source:``, ``URL:``, ``Date:`` and the synonyms
  in :data:`HEADER_KEYS`);
- YAML front matter between ``---`` lines. Only flat ``key: value`` pairs are read, with
  plain, single- or double-quoted values; lists and nested maps are skipped. This small,
  safe subset needs no YAML library and never runs code.
"""
from __future__ import annotations

import re

#: Header keys (lower case) and the field each one fills.
HEADER_KEYS = {
    "title": "title", "headline": "title",
    "source": "source", "outlet": "source", "publisher": "source", "site": "source",
    "url": "url", "link": "url", "canonical": "url",
    "date": "date", "published": "date", "pubdate": "date", "published_at": "date",
    "publication date": "date", "publication_date": "date",
    "author": "author", "authors": "author", "by": "author", "byline": "author",
}

# No space before the colon: "Source : ..." opens tokenized prose, not a header.
# The value is taken whole and stripped in code: a lazy value followed by ``[ \t]*$``
# would try every split of a long run of spaces (quadratic in the line's length).
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z _-]{0,20}?)(?<! ):[ \t]*(?P<value>.*)$")
_YAML_PAIR = re.compile(r"^(?P<key>[A-Za-z_][\w -]{0,30}?)[ \t]*:(?:[ \t](?P<value>.*))?$")
_YAML_COMMENT = re.compile(r"(?<=\s)#")

#: Markdown clean-up rules: (name, pattern, replacement), applied in order.
#: Every span a rule can take is bounded (:data:`MARKDOWN_SPAN`, in characters): a
#: marker that is never closed then costs a bounded scan, not one to the end of the text,
#: so the clean-up stays linear in the text's length however the markers nest.
MARKDOWN_SPAN = 2000
MARKDOWN_RULES: tuple[tuple[str, str, str], ...] = (
    ("image", r"!\[[^\]\n]{0,%d}\]\([^)\n]{0,%d}\)" % (MARKDOWN_SPAN, MARKDOWN_SPAN), ""),
    ("link", r"\[([^\]\n]{1,%d})\]\([^)\n]{0,%d}\)" % (MARKDOWN_SPAN, MARKDOWN_SPAN), r"\1"),
    # the closing hashes and spaces are stripped by _heading (a lazy body before
    # "[ \t]*#*[ \t]*$" is quadratic in a line of spaces)
    ("heading", r"(?m)^#{1,6}[ \t]+([^\n]*)$", "heading"),
    ("bold", r"(\*\*|__)(?=\S)((?:[^\n]|\n(?!\n)){1,%d}?)(?<=\S)\1" % MARKDOWN_SPAN, r"\2"),
    ("italic", r"(?<![\w*])\*(?=\S)([^*\n]{1,%d}?)(?<=\S)\*(?![\w*])" % MARKDOWN_SPAN, r"\1"),
    ("rule", r"(?m)^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", ""),
    # found with str.find (_drop_comments): a comment may be long, and a regex would
    # rescan to the end of the text from every "<!--" never closed
    ("html-comment", r"<!--", "comment"),
)


def _heading(m: re.Match) -> str:
    return m[1].rstrip(" \t").rstrip("#").rstrip(" \t")


def _drop_comments(text: str) -> str:
    """``text`` without its ``<!-- ... -->`` comments (one never closed is left as it is)."""
    out, pos = [], 0
    while (start := text.find("<!--", pos)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        out.append(text[pos:start])
        pos = end + 3
    return "".join(out) + text[pos:]


_MD = tuple((name, re.compile(p, re.DOTALL), _heading if r == "heading" else r)
            for name, p, r in MARKDOWN_RULES if r != "comment")


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        return inner.replace("''", "'") if value[0] == "'" else inner.replace('\\"', '"')
    if m := _YAML_COMMENT.search(value):  # a YAML comment after a plain value
        value = value[:m.start()].rstrip()
    return value


def _field(key: str) -> str | None:
    return HEADER_KEYS.get(key.strip().lower().replace("-", "_")) or \
        HEADER_KEYS.get(key.strip().lower())


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split YAML front matter off ``text``: (fields by :data:`HEADER_KEYS` name, body).

    Text that does not open with a ``---`` line, or whose block is never closed, comes
    back whole with no fields.
    """
    if not re.match(r"---[ \t]*\n", text):
        return {}, text
    end = re.search(r"\n(?:---|\.\.\.)[ \t]*(?:\n|$)", text)
    if end is None:
        return {}, text
    fields: dict[str, str] = {}
    for line in text[text.index("\n") + 1:end.start()].split("\n"):
        if not line.strip() or line[0] in " \t-#":
            continue  # nested values, list items and comments are not read
        m = _YAML_PAIR.match(line)
        if m and m["value"] and m["value"].strip() and (name := _field(m["key"])) \
                and name not in fields:
            value = _unquote(m["value"])
            if value and value[0] not in "[{|>&*!":
                fields[name] = value
    return fields, text[end.end():]


def split_header_lines(text: str) -> tuple[dict[str, str], str]:
    """Split ``Key: value`` header lines off the top of ``text``: (fields, body).

    The header is read only when the very first line is one; it ends at a blank line or
    at the first line that is not a known header.
    """
    fields: dict[str, str] = {}
    lines = text.split("\n")
    used = 0
    for line in lines:
        m = _HEADER_LINE.match(line)
        name = _field(m["key"]) if m else None
        value = m["value"].strip(" \t") if m else ""
        if not (name and value):
            break
        fields.setdefault(name, value)
        used += 1
    if not used:
        return {}, text
    return fields, "\n".join(lines[used:])


def split_metadata(text: str) -> tuple[dict[str, str], str, str]:
    """Front matter or header lines, whichever the text opens with: (fields, body, form).

    ``form`` is ``"front matter"``, ``"header"`` or ``""`` when there was neither.
    """
    fields, body = split_front_matter(text)
    if fields or body is not text:
        return fields, body, "front matter"
    fields, body = split_header_lines(text)
    return fields, body, "header" if fields else ""


def simplify_markdown(text: str) -> str:
    """Drop Markdown syntax that is not prose: images, link targets, heading marks, emphasis."""
    for _name, regex, repl in _MD:
        text = regex.sub(repl, text)
    return _drop_comments(text)
