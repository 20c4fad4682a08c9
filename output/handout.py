"""The handout: the dated list with each event's quotes and sources, as Markdown and Word.

``handout.md`` keeps to the Markdown that every renderer reads alike: headings, paragraphs
and flat lists only, each block set off by a blank line, no list nested in another, and
article text escaped with only what CommonMark and Python-Markdown both undo (a
backslash before ``\\ ` * _ [ ] # >``, an entity for ``<`` and ``&`` where they would start
a tag or an entity). ``handout.docx`` is the same document for Word and LibreOffice,
written with python-docx; it is byte-stable (fixed document dates and zip timestamps).
"""
from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime, timezone

from lxml import etree

from output.dates import date_label, day_range, heading, weekday
from output.describe import (STATUS_WORDS, chronological, conflict_text, published_label,
                             source_name, web_url)
from timeline.models import Entry, Timeline

#: Characters both CommonMark and Python-Markdown read back from a backslash escape.
_MD_BACKSLASHED = re.compile(r"([\\`*_\[\]#>])")

#: ``<`` and ``&`` only where they would open a tag, a comment or an entity.
_MD_TAG = re.compile(r"<(?=[A-Za-z/!?])")
_MD_ENTITY = re.compile(r"&(?=[A-Za-z#])")

_SPACES = re.compile(r"\s+")

#: Characters XML 1.0 (and so a .docx) can't hold.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

#: WordprocessingML's namespace, and the attribute that keeps a run's spaces.
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

#: The fixed timestamp of every member of the .docx zip (zip's own epoch).
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def md_escape(text: str) -> str:
    """Text safe in Markdown: whitespace collapsed, markup characters escaped so that
    article text can neither format the handout nor put HTML into any renderer."""
    text = _MD_TAG.sub("&lt;", _MD_ENTITY.sub("&amp;", " ".join(text.split())))
    return _MD_BACKSLASHED.sub(r"\\\1", text)


def _sentence(text: str) -> str:
    return text if text.rstrip("\"'\u201d\u2019)")[-1:] in (".", "!", "?", "\u2026") else text + "."


def _when(entry: Entry) -> tuple[str, str]:
    day = weekday(entry.when)
    return date_label(entry.when), f" ({day})" if day else ""


def _published(source, article) -> str:
    published = source.published or (article.published if article else None)
    return day_range(published, published) if published else ""


def markdown_handout(timeline: Timeline) -> str:
    """The handout as Markdown: month headings; under each, every event as a paragraph
    (its date, summary, status), the date conflict and the teacher's note as paragraphs,
    then a flat list of its quotes with their sources; last, the articles."""
    articles = {a.id: a for a in timeline.articles}
    lines = [f"# {md_escape(timeline.title)}", "",
             f"{len(timeline.entries)} events from {len(timeline.articles)} articles. "
             "Dates are as the articles give them.", ""]
    current = None
    for e in chronological(timeline):
        if heading(e.when) != current:
            current = heading(e.when)
            lines += [f"## {current}", ""]
        label, day = _when(e)
        status = STATUS_WORDS.get(e.status, e.status)
        line = f"**{label}**{day}: {_sentence(md_escape(e.summary))}"
        line += f" *{status}.*" if status else ""
        line += " **Key event.**" if e.key else ""
        lines += [line, ""]
        if e.conflict is not None:
            lines += [f"Sources disagree on the date: {md_escape(conflict_text(e, articles))}.", ""]
        if e.note:
            lines += [f"*Note:* {md_escape(e.note)}", ""]
        for s in e.sources:
            article = articles.get(s.article)
            item = f"- \u201c{md_escape(s.quote)}\u201d \u2014 " \
                   f"{md_escape(source_name(article, s.article))}"
            if article and article.title:
                item += f", *{md_escape(article.title)}*"
            when = _published(s, article)
            item += f", {when}" if when else ""
            url = web_url(article.url) if article else None
            lines.append(item + (f" <{url}>" if url else ""))
        if e.sources:
            lines.append("")
    lines += ["## Articles", ""]
    for a in timeline.articles:
        line = f"- *{md_escape(a.title)}*"
        line += f", {md_escape(a.source)}" if a.source else ""
        line += f", published {published_label(a)}"
        url = web_url(a.url)
        lines.append(line + (f" <{url}>" if url else ""))
    return "\n".join(lines) + "\n"


def _xml(text: str) -> str:
    return _NOT_XML.sub("", " ".join(text.split()))


def _stamp(timeline: Timeline) -> datetime:
    """The document's date: the latest publication date (no wall clock), else 1970."""
    days = [a.published for a in timeline.articles if a.published]
    day = max(days) if days else datetime(1970, 1, 1).date()
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)


def _stable_zip(data: bytes) -> bytes:
    """The zip again with every member's timestamp fixed, so equal documents are equal
    bytes (python-docx stamps each member with the time of writing)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o600 << 16
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _paragraph(style: str | None, runs) -> etree._Element:
    """A WordprocessingML paragraph: ``runs`` are (text, bold, italic)."""
    para = etree.Element(_w("p"))
    if style:
        etree.SubElement(etree.SubElement(para, _w("pPr")), _w("pStyle")).set(_w("val"), style)
    for text, bold, italic in runs:
        run = etree.SubElement(para, _w("r"))
        if bold or italic:
            props = etree.SubElement(run, _w("rPr"))
            if bold:
                etree.SubElement(props, _w("b"))
            if italic:
                etree.SubElement(props, _w("i"))
        node = etree.SubElement(run, _w("t"))
        node.set(XML_SPACE, "preserve")
        node.text = _NOT_XML.sub("", _SPACES.sub(" ", text))  # ends kept: runs abut
    return para


def docx_handout(timeline: Timeline) -> bytes:
    """The handout as a Word document: the same parts as :func:`markdown_handout`, with
    Word's own Title, Heading 1 and List Bullet styles.

    python-docx makes the package (its default template's styles, the document
    properties) and saves it; the paragraphs are added as WordprocessingML elements, since
    its per-run API costs milliseconds a paragraph (minutes for a large timeline)."""
    from docx import Document  # imported here: only this export needs it

    articles = {a.id: a for a in timeline.articles}
    doc = Document()
    props = doc.core_properties
    props.title = _xml(timeline.title)[:250]
    props.author = props.last_modified_by = "news-timeline"
    props.created = props.modified = _stamp(timeline)
    props.revision = 1
    styles = {name: doc.styles[name].style_id for name in ("Title", "Heading 1", "List Bullet")}
    body = doc.element.body
    end = body.find(_w("sectPr"))

    def add(style: str | None, *runs) -> None:
        para = _paragraph(styles.get(style), [(r, False, False) if isinstance(r, str) else r
                                              for r in runs if r])
        if end is not None:
            end.addprevious(para)
        else:
            body.append(para)

    add("Title", timeline.title)
    add(None, f"{len(timeline.entries)} events from {len(timeline.articles)} articles. "
              "Dates are as the articles give them.")
    current = None
    for e in chronological(timeline):
        if heading(e.when) != current:
            current = heading(e.when)
            add("Heading 1", current)
        label, day = _when(e)
        status = STATUS_WORDS.get(e.status, e.status)
        add(None, (label, True, False), f"{day}: {_sentence(_xml(e.summary))}",
            (f" {status}.", False, True) if status else None,
            (" Key event.", True, False) if e.key else None)
        if e.conflict is not None:
            add(None, f"Sources disagree on the date: {conflict_text(e, articles)}.")
        if e.note:
            add(None, ("Note: ", False, True), e.note)
        for s in e.sources:
            article = articles.get(s.article)
            title = article.title if article else ""
            when = _published(s, article)
            url = web_url(article.url) if article else None
            add("List Bullet", f"\u201c{_xml(s.quote)}\u201d \u2014 {source_name(article, s.article)}",
                ", " if title else None, (title, False, True) if title else None,
                (f", {when}" if when else "") + (f" {url}" if url else ""))
    add("Heading 1", "Articles")
    for a in timeline.articles:
        url = web_url(a.url)
        add("List Bullet", (a.title, False, True),
            (f", {a.source}" if a.source else "") + f", published {published_label(a)}"
            + (f" {url}" if url else ""))
    buffer = io.BytesIO()
    doc.save(buffer)
    return _stable_zip(buffer.getvalue())
