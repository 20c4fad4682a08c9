"""Is an article written in English? A light check from its commonest words and its script.

The extractor's rules read English only; an article in another language would silently
give no events. :func:`language_of` names the language of a text (ISO 639-1) from the
share of each language's function words among its words, or from its script when most of
its letters are not Latin. It answers "en" when unsure: a short or mixed text is read as
English, as before.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

#: Function words of each language the check knows: (ISO 639-1 code, name, words). Only
#: words that are rare in English text (so no "a", "on", "die" is German but an English
#: word too, so "der", "und" carry German).
FUNCTION_WORDS: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("en", "English", frozenset(
        "the and of to in is that for with was said by from have has were are this which "
        "their after but not will its they been would".split())),
    ("de", "German", frozenset(
        "der und das ist nicht mit sich auf für dem den des ein eine einen wird wurde auch "
        "sind nach bei über noch werden hat aus zum zur".split())),
    ("fr", "French", frozenset(
        "le les des est une pour dans qui que pas sur avec sont par du au aux été cette "
        "mais ont ses leur selon".split())),
    ("es", "Spanish", frozenset(
        "el los las del por una con para que es se al como más pero sus fue han está "
        "según también este esta".split())),
    ("it", "Italian", frozenset(
        "il della di che è per una sono gli nel alla dei delle anche più come dal questo "
        "stato sul hanno".split())),
    ("pt", "Portuguese", frozenset(
        "o os da do das dos em uma para com não que é por foi mais pelo pela são também "
        "seu sua ao".split())),
    ("nl", "Dutch", frozenset(
        "het een van dat niet zijn voor met aan er maar ook als bij werd wordt naar deze "
        "heeft zich".split())),
    ("sv", "Swedish", frozenset(
        "och att det som är på för med inte av har till den ett om var vid från också "
        "eller sig".split())),
    ("pl", "Polish", frozenset(
        "i w nie się na że z do to jest jak po od za przez już także oraz który była".split())),
)

#: Scripts that name a language (or a family) on their own: (Unicode name prefix, code, name).
SCRIPTS: tuple[tuple[str, str, str], ...] = (
    ("CYRILLIC", "ru", "Russian"),
    ("ARABIC", "ar", "Arabic"),
    ("HEBREW", "he", "Hebrew"),
    ("GREEK", "el", "Greek"),
    ("CJK", "zh", "Chinese"),
    ("HIRAGANA", "ja", "Japanese"),
    ("KATAKANA", "ja", "Japanese"),
    ("HANGUL", "ko", "Korean"),
    ("DEVANAGARI", "hi", "Hindi"),
    ("THAI", "th", "Thai"),
)

#: The fewest words a text needs before its language is judged (shorter ones are English).
MIN_WORDS = 30
#: Another language must hold this many times English's share of function words.
MARGIN = 2.0
#: The share of letters in a script of :data:`SCRIPTS` that names the text's language.
SCRIPT_SHARE = 0.5
#: How much of the text is read (the check needs only a sample).
SAMPLE_CHARS = 6000

NAMES = {code: name for code, name, _ in FUNCTION_WORDS} | {code: name for _, code, name in SCRIPTS}

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


_NOT_LATIN = re.compile(r"[^\x00-\u024f]")


def _script_language(sample: str) -> str | None:
    if not _NOT_LATIN.search(sample):
        return None  # all Latin: the function words decide
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return None
    counts: Counter = Counter()
    for c in letters:
        if ord(c) < 0x250:  # Latin
            continue
        name = unicodedata.name(c, "")
        for prefix, code, _ in SCRIPTS:
            if name.startswith(prefix):
                counts[code] += 1
                break
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    if sum(counts.values()) / len(letters) < SCRIPT_SHARE:
        return None
    if code == "zh" and (counts["ja"] > n / 10):
        return "ja"
    return code


def language_of(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in; "en" when unsure."""
    sample = text[:SAMPLE_CHARS]
    by_script = _script_language(sample)
    if by_script:
        return by_script
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return "en"
    counts = Counter(words)
    shares = {code: sum(counts[w] for w in vocab) / len(words) for code, _, vocab in FUNCTION_WORDS}
    best = max(shares, key=lambda c: (shares[c], c == "en"))
    if best != "en" and shares[best] >= MARGIN * shares["en"] and shares[best] > 0.08:
        return best
    return "en"


def language_name(code: str) -> str:
    """The English name of a language code ("de" -> "German"); the code when unknown."""
    return NAMES.get(code, code)
