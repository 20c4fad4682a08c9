import pytest

from events.text.sentences import split_sentences


def _texts(text):
    return [text[s.start:s.end] for s in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("One. Two.", ["One.", "Two."]),
    ("Gen. Mark Milley spoke. He left.", ["Gen. Mark Milley spoke.", "He left."]),
    ("It came on Aug. 24 as planned. Then more.", ["It came on Aug. 24 as planned.", "Then more."]),
    ("The U.S. said no. Others agreed.", ["The U.S. said no.", "Others agreed."]),
    ("George W. Bush spoke.", ["George W. Bush spoke."]),
    ('"We will win," he said. "Soon."', ['"We will win," he said.', '"Soon."']),
    ("Headline here\nBody starts. Ends.", ["Headline here", "Body starts.", "Ends."]),
    ("a wrapped\nline continues.", ["a wrapped\nline continues."]),
    ("First para.\n\nSecond para.", ["First para.", "Second para."]),
    ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
    ("Prices rose 3.5 percent. Next.", ["Prices rose 3.5 percent.", "Next."]),
    ("Sales of phones rose. iPhone users paid more.", ["Sales of phones rose.", "iPhone users paid more."]),
    ("The old model was discontinued. eBay sellers cut prices.",
     ["The old model was discontinued.", "eBay sellers cut prices."]),
    ("It costs approx. five dollars.", ["It costs approx. five dollars."]),
    ("The ship was late. and then it sank.", ["The ship was late. and then it sank."]),
])
def test_split(text, expected):
    assert _texts(text) == expected


def test_spans_are_offsets_into_the_text():
    text = "  Lead in.   Then this.  "
    spans = split_sentences(text)
    assert [(s.start, s.end) for s in spans] == [(2, 10), (13, 23)]


@pytest.mark.parametrize("text, expected", [
    ("He is No. 5 in line. Next.", ["He is No. 5 in line.", "Next."]),
    ("He said no. Then left.", ["He said no.", "Then left."]),
])
def test_number_abbreviations_hold_only_before_a_number(text, expected):
    assert _texts(text) == expected


def test_a_capital_initial_is_no_sentence_end_even_if_it_abbreviates_page():
    assert _texts("Daniel P. Davison spoke. Then left.") == ["Daniel P. Davison spoke.", "Then left."]


def test_an_overlong_sentence_is_cut_into_pieces_at_spaces():
    from events.text.sentences import MAX_SENTENCE_CHARS

    text = "Monday " * 1000 + "ended."
    pieces = split_sentences(text)
    assert len(pieces) >= len(text) // MAX_SENTENCE_CHARS
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in pieces)
    assert all(text[s.start] != " " and text[s.end - 1] != " " for s in pieces)
    assert text[pieces[-1].start:pieces[-1].end].endswith("ended.")
    # nothing is lost: the pieces cover every word, in order
    assert " ".join(text[s.start:s.end] for s in pieces) == text


def test_an_overlong_word_is_cut_at_the_limit():
    from events.text.sentences import MAX_SENTENCE_CHARS

    pieces = split_sentences("a" * (2 * MAX_SENTENCE_CHARS + 5))
    assert [s.end - s.start for s in pieces] == [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 5]


def test_a_sentence_under_the_limit_stays_whole():
    text = "The council met on Monday, " + "and then again, " * 40 + "and voted."
    assert [(s.start, s.end) for s in split_sentences(text)] == [(0, len(text))]
