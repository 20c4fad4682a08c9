"""Text helpers shared by several stages: sentence spans and content-word stems.

``split_sentences(text)`` gives sentence spans; ``content_stems``, ``dice``, ``stem`` and
``words`` are how dating and merging compare wording.
"""
from events.text.sentences import Sentence, split_sentences
from events.text.wording import STOP_WORDS, content_stems, dice, names, stem, words

__all__ = ["STOP_WORDS", "Sentence", "content_stems", "dice", "names", "split_sentences",
           "stem", "words"]
