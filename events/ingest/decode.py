"""Telling text from binary, and decoding text whose encoding nobody stated.

Saved articles come as UTF-8 mostly, but older files are Windows-1252 or Latin-1, and a
few UTF-16 with a byte-order mark. :func:`decode_text` tries them in that order and only
gives up on bytes that decode to control-character soup in every one.
"""
from __future__ import annotations

import codecs

#: How much of the data the binary test looks at.
SNIFF_BYTES = 8192
#: Share of control bytes (other than tab, newline, carriage return, form feed) above
#: which data is binary rather than text.
MAX_CONTROL_SHARE = 0.10
#: Share of C1 control characters (U+0080-U+009F) above which a Latin-1 reading is wrong.
MAX_C1_SHARE = 0.02

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = bytes(sorted(set(range(32)) - {9, 10, 12, 13}))


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def is_binary(data: bytes) -> bool:
    """True when ``data`` is not text: a NUL byte or many control bytes near its start.

    Data with a UTF-16/32 byte-order mark is text even though it holds NUL bytes.
    """
    if _bom_encoding(data):
        return False
    sample = data[:SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return bool(sample) and controls / len(sample) > MAX_CONTROL_SHARE


def decode_text(data: bytes) -> str | None:
    """Decode text bytes: BOM, else UTF-8, else Windows-1252, else Latin-1; None if none fits.

    Latin-1 maps every byte to a character, so its reading is accepted only when few
    characters land in the C1 control range, where real text has none.
    """
    if encoding := _bom_encoding(data):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            return None
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    text = data.decode("latin-1")
    c1 = sum(1 for ch in text if "\x80" <= ch <= "\x9f")
    return None if c1 / max(len(text), 1) > MAX_C1_SHARE else text
