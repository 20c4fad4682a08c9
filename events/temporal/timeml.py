"""TIMEX3 markup: tagging plain text, and re-tagging TimeML documents for the scorer.

Contract (owned by the temporal work):
- ``tag_text(text, dct)`` returns ``text`` with ``<TIMEX3 ...>`` tags around each time
  expression (the text itself escaped as XML).
- ``retag_timeml(raw)`` reads a TimeML document, takes its DCT, removes the TIMEX3 tags
  inside <TEXT>, tags the text again and returns the document, leaving all other markup
  as it was.
"""
from __future__ import annotations

import bisect
import html
import re
from datetime import date
from typing import Callable, Sequence

from events.models import TimeExpression
from events.temporal.tagger import tag

_MARKUP = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!DOCTYPE[^>]*>|<[^<>]*>", re.S)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]\w{0,30});")
_TEXT_OPEN = re.compile(r"<TEXT\b[^>]*>", re.I)
_TEXT_CLOSE = re.compile(r"</TEXT\s*>", re.I)
_TIMEX = re.compile(r"</?TIMEX3\b", re.I)
_DCT = re.compile(r"<DCT\b[^>]*>.*?</DCT\s*>", re.S | re.I)
_DCT_VALUE = re.compile(r"\bvalue\s*=\s*[\"'](\d{4}-\d{2}-\d{2})")
_CREATION = re.compile(r"<TIMEX3\b[^>]*functionInDocument\s*=\s*[\"']CREATION_TIME[^>]*>", re.I)
_DATETIME = re.compile(r"<DATETIME\b[^>]*>(.*?)</DATETIME\s*>", re.S | re.I)
_ISO = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")

#: A tagger: (text, dct) -> time expressions sorted by start, non-overlapping.
Tagger = Callable[[str, "date | None"], Sequence[TimeExpression]]


def _attributes(t: TimeExpression, tid: str) -> str:
    attrs = [("tid", tid), ("type", t.type), ("value", t.value)]
    attrs += [(k, v) for k, v in (("mod", t.mod), ("quant", t.quant), ("freq", t.freq)) if v]
    return " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs)


def tag_text(text: str, dct: date | None) -> str:
    """Return ``text`` with TIMEX3 tags around its time expressions.

    The text is escaped as XML (``&``, ``<``, ``>``); ``dct`` anchors relative expressions
    as in :func:`events.temporal.tag`.
    """
    out, pos = [], 0
    for i, t in enumerate(tag(text, dct), start=1):
        out.append(html.escape(text[pos:t.start], quote=False))
        out.append(f"<TIMEX3 {_attributes(t, f't{i}')}>")
        out.append(html.escape(text[t.start:t.end], quote=False))
        out.append("</TIMEX3>")
        pos = t.end
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def find_dct(raw: str) -> date | None:
    """The document creation time of a TimeML (or TIMEX2 inline) document, if it has one."""
    candidates = []
    m = _DCT.search(raw)
    if m:
        candidates.append(m.group(0))
    m = _CREATION.search(raw)
    if m:
        candidates.append(m.group(0))
    for c in candidates:
        v = _DCT_VALUE.search(c)
        if v:
            try:
                return date.fromisoformat(v.group(1))
            except ValueError:
                continue
    m = _DATETIME.search(raw)
    if m:
        d = _ISO.search(m.group(1))
        if d:
            try:
                return date(int(d[1]), int(d[2]), int(d[3]))
            except ValueError:
                return None
    return None


class _Plain:
    """The text of a marked-up region, with a map from its offsets back to the region's.

    The text is cut into segments, each either a stretch copied verbatim or one decoded
    entity; ``starts`` holds the text offset where each segment begins.
    """

    def __init__(self, region: str):
        self.starts: list[int] = []
        self.raw: list[tuple[int, int, bool]] = []  # (raw start, raw end, verbatim)
        parts: list[str] = []
        size = 0

        def add(piece: str, lo: int, hi: int, verbatim: bool) -> None:
            nonlocal size
            if piece:
                self.starts.append(size)
                self.raw.append((lo, hi, verbatim))
                parts.append(piece)
                size += len(piece)

        def add_text(lo: int, hi: int) -> None:
            pos = lo
            for m in _ENTITY.finditer(region, lo, hi):
                add(region[pos:m.start()], pos, m.start(), True)
                add(html.unescape(m.group()), m.start(), m.end(), False)
                pos = m.end()
            add(region[pos:hi], pos, hi, True)

        pos = 0
        for m in _MARKUP.finditer(region):
            add_text(pos, m.start())
            pos = m.end()
        add_text(pos, len(region))
        self.text = "".join(parts)

    def open_at(self, offset: int) -> int:
        """The region position where the text character at ``offset`` begins."""
        i = bisect.bisect_right(self.starts, offset) - 1
        lo, hi, verbatim = self.raw[i]
        return lo + (offset - self.starts[i]) if verbatim else lo

    def close_at(self, offset: int) -> int:
        """The region position just after the text character at ``offset``."""
        i = bisect.bisect_right(self.starts, offset) - 1
        lo, hi, verbatim = self.raw[i]
        return lo + (offset - self.starts[i]) + 1 if verbatim else hi


def retag_region(region: str, dct: date | None, tagger: Tagger | None = None) -> str:
    """A marked-up region with its TIMEX3 tags removed and those of ``tagger`` inserted."""
    kept = _MARKUP.sub(lambda m: "" if _TIMEX.match(m.group()) else m.group(), region)
    plain = _Plain(kept)
    inserts: dict[int, list[str]] = {}
    for i, t in enumerate((tagger or tag)(plain.text, dct), start=1):
        open_at, close_at = plain.open_at(t.start), plain.close_at(t.end - 1)
        inserts.setdefault(open_at, []).append(f"<TIMEX3 {_attributes(t, f't{i}')}>")
        inserts.setdefault(close_at, []).insert(0, "</TIMEX3>")
    out, pos = [], 0
    for at in sorted(inserts):
        out.append(kept[pos:at])
        # a closing tag before an opening one at the same place
        out.extend(sorted(inserts[at], key=lambda s: not s.startswith("</")))
        pos = at
    out.append(kept[pos:])
    return "".join(out)


def retag_timeml(raw: str, *, tagger: Tagger | None = None) -> str:
    """Return the TimeML document ``raw`` with its TIMEX3 tags replaced by ours.

    The DCT is read from the document; the TIMEX3 tags inside <TEXT> are removed and the
    text is tagged again. Everything else (EVENT, SIGNAL, TLINK markup, the DCT) is kept.
    A document without <TEXT> is retagged as a whole, except for its DCT. ``tagger``
    replaces :func:`events.temporal.tag` (the benchmark uses it to score a baseline).
    """
    dct = find_dct(raw)
    mo = _TEXT_OPEN.search(raw)
    mc = _TEXT_CLOSE.search(raw, mo.end()) if mo else None
    if mo and mc:
        return raw[:mo.end()] + retag_region(raw[mo.end():mc.start()], dct, tagger) + raw[mc.start():]
    m = _DCT.search(raw)
    head_end = m.end() if m else 0
    return raw[:head_end] + retag_region(raw[head_end:], dct, tagger)
