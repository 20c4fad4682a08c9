"""handout.md read alike by two Markdown renderers, and handout.docx read back by two readers."""
from __future__ import annotations

import dataclasses
import io
import zipfile
from html.parser import HTMLParser

import pytest

from output.exports import render_exports
from output.handout import docx_handout, markdown_handout

markdown = pytest.importorskip("markdown")
markdown_it = pytest.importorskip("markdown_it")
docx = pytest.importorskip("docx")
mammoth = pytest.importorskip("mammoth")

#: The only elements a handout may render to, whatever the articles hold.
HANDOUT_TAGS = {"h1", "h2", "p", "ul", "li", "strong", "em", "a"}


class _Tree(HTMLParser):
    """Rendered HTML as a list of (event, tag or text): whitespace and entities
    normalised, so two renderers' outputs compare by structure and text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items: list[tuple[str, str]] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.items.append(("start", tag))
        self.hrefs += [v for k, v in attrs if k == "href"]

    def handle_endtag(self, tag):
        self.items.append(("end", tag))

    def handle_data(self, data):
        text = " ".join(data.split())
        if text:
            if self.items and self.items[-1][0] == "text":
                self.items[-1] = ("text", self.items[-1][1] + " " + text)
            else:
                self.items.append(("text", text))


def tree(html: str) -> _Tree:
    parsed = _Tree()
    parsed.feed(html)
    parsed.close()
    return parsed


def renders(md: str) -> dict[str, _Tree]:
    return {"markdown": tree(markdown.markdown(md)),
            "markdown-it commonmark": tree(markdown_it.MarkdownIt("commonmark").render(md)),
            "markdown-it default": tree(markdown_it.MarkdownIt().render(md))}


@pytest.fixture(params=["example", "xss", "payloads"])
def timeline(request, timelines, payloads):
    if request.param == "payloads":
        return payloads.payload_timeline()
    return getattr(timelines, f"{request.param}_timeline")()


def test_renderers_read_the_handout_alike(timeline):
    results = renders(markdown_handout(timeline))
    first = results["markdown"].items
    for name, result in results.items():
        assert result.items == first, name


def test_handout_renders_only_its_own_elements(timeline):
    for name, result in renders(markdown_handout(timeline)).items():
        tags = {tag for kind, tag in result.items if kind == "start"}
        assert tags <= HANDOUT_TAGS, (name, tags - HANDOUT_TAGS)
        assert all(h.startswith("https://") for h in result.hrefs), (name, result.hrefs)


def test_each_event_is_a_paragraph_followed_by_its_quotes(example):
    items = renders(markdown_handout(example))["markdown"].items
    texts = [t for kind, t in items if kind == "text"]
    at = texts.index("late Nov – early Dec 2022")
    assert texts[at + 1].startswith(": The first two NASAMS systems")
    # the quote is the next list item, not nested anywhere
    quote = next(i for i, (kind, t) in enumerate(items)
                 if kind == "text" and t.startswith("\u201cThe first two systems"))
    assert items[quote - 1] == ("start", "li") and items[quote - 2] == ("start", "ul")
    depth = max_depth = 0
    for kind, tag in items:
        if tag in ("ul", "ol"):
            depth += 1 if kind == "start" else -1
            max_depth = max(max_depth, depth)
    assert max_depth == 1


def test_payloads_show_as_text_in_every_renderer(payloads):
    results = renders(markdown_handout(payloads.payload_timeline()))
    text = " ".join(t for kind, t in results["markdown"].items if kind == "text")
    for payload in payloads.PAYLOADS[:10]:
        assert " ".join(payload.split()) in text


def test_docx_reads_back(example):
    doc = docx.Document(io.BytesIO(docx_handout(example)))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == example.title
    assert "October 2022" in texts
    styles = {p.text[:30]: p.style.name for p in doc.paragraphs}
    assert styles["October 2022"] == "Heading 1"
    quote = next(p for p in doc.paragraphs if p.text.startswith("\u201cBerlin handed Kyiv"))
    assert quote.style.name == "List Bullet"
    assert "\u2014 DW, Allies weigh more air defence for Ukraine in Brussels, 12 Oct 2022" in quote.text
    assert any(t.startswith("Sources disagree on the date: DW: 11 Oct · CNN: 10 Oct") for t in texts)


def test_docx_in_a_second_reader(example, payloads):
    html = mammoth.convert_to_html(io.BytesIO(docx_handout(example))).value
    assert "<h1>October 2022</h1>" in html
    assert "<li>\u201cBerlin handed Kyiv the first of four IRIS-T systems on Tuesday.\u201d" in html
    bad = mammoth.convert_to_html(io.BytesIO(docx_handout(payloads.payload_timeline()))).value
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in bad
    assert "<script" not in bad and "<img" not in bad


def test_docx_is_byte_stable(example):
    assert docx_handout(example) == docx_handout(example)
    with zipfile.ZipFile(io.BytesIO(docx_handout(example))) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = z.read("docProps/core.xml").decode()
    assert "2022-10-12T00:00:00Z" in core


def test_docx_drops_characters_xml_cannot_hold(example):
    entry = dataclasses.replace(example.entries[0], summary="Nul\x00 and bell\x07 here")
    doc = docx.Document(io.BytesIO(docx_handout(dataclasses.replace(example, entries=(entry,)))))
    assert any("Nul and bell here." in p.text for p in doc.paragraphs)


def test_handout_docx_is_an_export(example):
    assert render_exports(example)["handout.docx"][:2] == b"PK"
