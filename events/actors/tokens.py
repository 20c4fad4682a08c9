"""What the recognizers share: the token view of a text and the candidate spans they yield."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from events.actors import gazetteer

_SENTENCE_END = re.compile(r"[.!?\n]|``|''|\"|\u201c|\u201d")


@dataclass(slots=True)
class Candidate:
    """A span that may name an actor.

    ``kind`` is an actor kind, or ``title`` for a role named without a person. ``id`` and
    ``name`` are set when a table named the actor. ``strong`` is false for a capitalized
    run with no evidence of being a name. ``locative`` marks a country named as a place
    ("in Germany"). ``rule`` names the rule that made the candidate.
    """

    start: int
    end: int
    text: str
    kind: str
    rule: str
    id: str = ""
    name: str = ""
    strong: bool = True
    titles: tuple[str, ...] = ()
    locative: bool = False


class Prefix(NamedTuple):
    """The last country or body read, which may open a title or a body's name.

    ``after`` is the token index just past it; ``role`` its table role (name, adjective).
    """

    after: int
    start: int
    end: int
    country: str
    name: str
    role: str


NO_PREFIX = Prefix(-1, 0, 0, "", "", "")


class Doc:
    """The token arrays of one text, built once for the scan.

    ``glue[j]`` is true when tokens ``j`` and ``j + 1`` are separated by plain spaces only
    (a name or phrase never spans punctuation or a line break); ``skip[j]`` marks tokens in
    bylines, credits and furniture; ``lower_words`` are the words seen in lower case.
    """

    def __init__(self, text: str, excluded: tuple[tuple[int, int], ...] = ()):
        self.text = text
        toks = gazetteer.tokenize(text)
        self.starts = [t[0] for t in toks]
        self.ends = [t[1] for t in toks]
        self.toks = [t[2] for t in toks]
        self.lowered = [t.lower() for t in self.toks]
        self.n = n = len(toks)
        self.gaps = [text[self.ends[j]:self.starts[j + 1]] for j in range(n - 1)] + ["\n"]
        self.glue = [not g.strip(" \t\u00a0\u202f") for g in self.gaps]
        self.skip = [False] * n
        k = 0
        for start, end in sorted(excluded):
            while k < n and self.ends[k] <= start:
                k += 1
            j = k
            while j < n and self.starts[j] < end:
                self.skip[j] = True
                j += 1
        self.lower_words = {t for t in self.toks if t.islower()}
        self._particles = gazetteer.load().words["particle"]

    def cap(self, j: int) -> bool:
        """True for a capitalized word that may be part of a name.

        All-capital words (datelines, "TRIPOLI") are not; a particle joined to a capitalized
        name ("al-Libi", "el-Sisi") is.
        """
        tok = self.toks[j]
        if tok[0].isupper():
            return len(tok) == 1 or not tok.isupper() or "." in tok
        head, _, rest = tok.partition("-")
        return bool(rest) and rest[0].isupper() and head in self._particles

    def same_sentence(self, a: int, b: int) -> bool:
        """True when no sentence end, quote or line break lies between tokens ``a`` < ``b``."""
        return not _SENTENCE_END.search(self.text, self.ends[a], self.starts[b])

    def comma_gap(self, j: int) -> bool:
        """True when the gap after token ``j`` is one comma with spaces ("Reznikov, Ukraine's")."""
        return self.plain_gap(j, ",") and self.gaps[j].count(",") == 1

    def plain_gap(self, j: int, allow: str = "") -> bool:
        """True when the gap after token ``j`` holds only spaces and the characters ``allow``."""
        return j < self.n - 1 and not self.gaps[j].strip(" \t\u00a0\u202f" + allow) \
            and "\n" not in self.gaps[j]
