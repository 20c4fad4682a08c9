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
