"""TimeML: tagging plain text, re-tagging TimeML documents, and the 'timeline tag' command."""
import re
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from events.temporal.timeml import find_dct, retag_timeml, tag_text
from timeline.cli import main

FIXTURES = Path(__file__).parents[2] / "fixtures" / "temporal"


def _strip(markup):
    return re.sub(r"<[^>]+>", "", markup)


def test_tag_text_wraps_expressions_and_escapes_the_rest():
    out = tag_text("Fish & chips <cheap> on Friday.", date(2022, 10, 12))
    assert out == ('Fish &amp; chips &lt;cheap&gt; on <TIMEX3 tid="t1" type="DATE" '
                   'value="2022-10-07">Friday</TIMEX3>.')


def test_find_dct_reads_the_creation_time():
    assert find_dct((FIXTURES / "harbour.tml").read_text()) == date(2022, 10, 12)
    assert find_dct("<TimeML><TEXT>no date</TEXT></TimeML>") is None


def test_retag_replaces_timex3_inside_text_and_keeps_other_markup():
    raw = (FIXTURES / "harbour.tml").read_text()
    out = retag_timeml(raw)
    head, body = out.split("<TEXT>")
    assert head == raw.split("<TEXT>")[0]  # the DCT and its TIMEX3 stay as they were
    assert '<EVENT eid="e1" class="REPORTING">said</EVENT>' in body
    assert "<TLINK" in body
    assert body.count("<TIMEX3 ") == 4
    assert '<TIMEX3 tid="t1" type="DATE" value="2022-10-12">Wednesday</TIMEX3>' in body
    assert '<TIMEX3 tid="t2" type="DATE" value="2022-04">April</TIMEX3>' in body
    assert 'value="2023">next year</TIMEX3>' in body
    assert 'mod="END">the end of November</TIMEX3>' in body
    assert "Fish &amp; chips stalls will stay open &lt;until&gt;" in body
    assert _strip(body) == _strip(raw.split("<TEXT>")[1])


def test_cli_tags_a_text_file():
    result = CliRunner().invoke(main, ["tag", "--dct", "2022-10-12",
                                       str(FIXTURES / "harbour.txt")])
    assert result.exit_code == 0, result.output
    assert '<TIMEX3 tid="t1" type="DATE" value="2022-10-12">Wednesday</TIMEX3>' in result.output
    assert '<TIMEX3 tid="t3" type="DATE" value="2023">next year</TIMEX3>' in result.output


def test_cli_retags_a_timeml_file():
    result = CliRunner().invoke(main, ["tag", "--timeml", str(FIXTURES / "harbour.tml")])
    assert result.exit_code == 0, result.output
    assert result.output.startswith('<?xml version="1.0" ?>')
    assert 'value="2022-04">April</TIMEX3>' in result.output


def test_cli_wants_exactly_one_input():
    result = CliRunner().invoke(main, ["tag"])
    assert result.exit_code == 2
    assert "give either FILE (with --dct) or --timeml IN.tml" in result.output
