"""TIMEX3 markup: tagging plain text, and re-tagging TimeML documents for the scorer.

Contract (owned by the temporal work):
- ``tag_text(text, dct)`` returns ``text`` with ``<TIMEX3 ...>`` tags around each time
  expression (the text itself escaped as XML).
- ``retag_timeml(raw)`` reads a TimeML document, takes its DCT, removes the TIMEX3 tags
  inside <TEXT>, tags the text again and returns the document, leaving all other markup
  as it was.
"""
from __future__ import annotations

import html
import re
from datetime import date

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


def _plain(region: str):
    """The text of a marked-up region, and for each of its characters the raw span."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def add_text(lo: int, hi: int) -> None:
        pos = lo
        for m in _ENTITY.finditer(region, lo, hi):
            for k in range(pos, m.start()):
                chars.append(region[k])
                starts.append(k)
                ends.append(k + 1)
            decoded = html.unescape(m.group())
            for ch in decoded:
                chars.append(ch)
                starts.append(m.start())
                ends.append(m.end())
            pos = m.end()
        for k in range(pos, hi):
            chars.append(region[k])
            starts.append(k)
            ends.append(k + 1)

    pos = 0
    for m in _MARKUP.finditer(region):
        add_text(pos, m.start())
        pos = m.end()
    add_text(pos, len(region))
    return "".join(chars), starts, ends


def retag_region(region: str, dct: date | None) -> str:
    """A marked-up region with its TIMEX3 tags removed and ours inserted."""
    kept = _MARKUP.sub(lambda m: "" if _TIMEX.match(m.group()) else m.group(), region)
    text, starts, ends = _plain(kept)
    inserts: dict[int, list[str]] = {}
    for i, t in enumerate(tag(text, dct), start=1):
        open_at, close_at = starts[t.start], ends[t.end - 1]
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


def retag_timeml(raw: str) -> str:
    """Return the TimeML document ``raw`` with its TIMEX3 tags replaced by ours.

    The DCT is read from the document; the TIMEX3 tags inside <TEXT> are removed and the
    text is tagged again. Everything else (EVENT, SIGNAL, TLINK markup, the DCT) is kept.
    A document without <TEXT> is retagged as a whole, except for its DCT.
    """
    dct = find_dct(raw)
    mo = _TEXT_OPEN.search(raw)
    mc = _TEXT_CLOSE.search(raw, mo.end()) if mo else None
    if mo and mc:
        return raw[:mo.end()] + retag_region(raw[mo.end():mc.start()], dct) + raw[mc.start():]
    m = _DCT.search(raw)
    head_end = m.end() if m else 0
    return raw[:head_end] + retag_region(raw[head_end:], dct)
