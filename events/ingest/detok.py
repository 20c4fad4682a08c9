"""Undo Penn Treebank tokenization (``-LRB-``, ````` ``, `` 's``, `` ,``) in a text.

Some corpora, Timeline17 among them, ship their articles tokenized: brackets spelled as
``-LRB-``/``-RRB-``, quotes as ````` ``/``''``, and a space before every comma, period and
clitic. Later stages (sentences, the temporal tagger) expect ordinary prose, so a text
that *looks* tokenized is turned back into it by the ordered rules in :data:`RULES`. A
text that does not look tokenized is left exactly as it is.
"""
from __future__ import annotations

import re

#: Bracket and escape tokens, replaced as they are.
TOKENS = {
    "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
    "\\/": "/", "\\*": "*",
}

#: Ordered (name, pattern, replacement) rules; each has a test case that names it.
RULES: tuple[tuple[str, str, str], ...] = (
    # Each pattern opens with a literal where it can, so that the regex engine skips
    # ahead to candidates instead of trying every position (a lookbehind comes after it).
    # `` word  ->  “word   (an opening quote glues to what follows)
    ("open-quote", r"``[ \t]*", "\u201c"),
    # word ''  ->  word”   (a closing quote glues to what precedes)
    ("close-quote", r"(?: '')|''", "\u201d"),
    ("open-bracket", r"([(\[{]) +", r"\1"),
    ("close-bracket", r" +([)\]}])", r"\1"),
    # clitics: John 's, do n't, they 're, I 've, we 'll, I 'd, I 'm
    ("clitic", r" (?<=\w )('s|'S|n't|N'T|'re|'ve|'ll|'d|'m|'RE|'VE|'LL|'D|'M)\b", r"\1"),
    ("possessive-plural", r" (?<=s )' (?=\w)", "' "),
    # punctuation that glues to the word before it
    ("punct-left", r" (?<=\S )([,.;:!?%])(?=\s|$|[\u201d)])", r"\1"),
    ("ellipsis", r" (?<=\S )\.\.\.", "..."),
    ("currency", r"([$\u00a3\u20ac]) (?=\d)", r"\1"),
    ("number-comma", r", (?<=\d, )(?=\d{3}\b)", ","),  # never fires on "Feb 20, 2011"
)

_COMPILED = tuple((name, re.compile(pattern), repl) for name, pattern, repl in RULES)
_TOKEN_RE = re.compile("|".join(re.escape(t) for t in TOKENS))
_SIGNALS = re.compile(r"-[LR][RSC]B-|``| '' | n't | 's ")
_SPACED_PUNCT = re.compile(r"\w [,.;:](?=\s)")
_GLUED_PUNCT = re.compile(r"\w[,.;:](?=\s)")


def looks_tokenized(text: str) -> bool:
    """True when ``text`` reads like Penn Treebank tokens rather than prose.

    Any bracket token or TeX-style quote settles it; otherwise a comma or period
    preceded by a space in most sentences does.
    """
    sample = text[:4000]
    if _SIGNALS.search(sample):
        return True
    spaced = len(_SPACED_PUNCT.findall(sample))
    glued = len(_GLUED_PUNCT.findall(sample))
    return spaced >= 3 and spaced > glued


def detokenize(text: str) -> str:
    """Turn Penn Treebank tokens back into prose, line by line (line breaks are kept)."""
    text = _TOKEN_RE.sub(lambda m: TOKENS[m.group(0)], text)
    for _name, regex, repl in _COMPILED:
        text = regex.sub(repl, text)
    return text


def apply_rule(name: str, text: str) -> str:
    """Apply the one rule called ``name`` (for tests that name each rule)."""
    for rule_name, regex, repl in _COMPILED:
        if rule_name == name:
            return regex.sub(repl, text)
    raise KeyError(name)
