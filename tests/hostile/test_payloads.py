"""Payloads in every field that reaches an output, built through the real command line.

Each payload goes into a text article (title, source and URL headers, the text, an
actor's name and title), a Markdown article's front matter and a web page's metadata
(title, author, site name, canonical URL), all built in one ``timeline build``. Every
output file is then checked for what would let a payload act: markup that the page
did not have without payloads, formulas in the CSV, HTML in the handout, injected
lines in the calendar, broken XML in the graph files.
"""
from __future__ import annotations

import csv
import html
import io
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

P = "window.__pwned=1"
PAYLOADS = [
    f"<script>{P}</script>", f"<ScRiPt>{P}</sCrIpT>", f"</script><script>{P}</script>",
    f"</SCRIPT ><script>{P}</script>", f"<img src=x onerror={P}>",
    f'<img src="x" onerror="{P}">', f"<svg onload={P}>", f"<svg><script>{P}</script></svg>",
    f"<body onload={P}>", f"<iframe src=javascript:{P}>", f'<a href="javascript:{P}">click</a>',
    f"javascript:{P}", f"JaVaScRiPt:{P}", f"data:text/html,<script>{P}</script>",
    f"<details open ontoggle={P}>", f"<input autofocus onfocus={P}>",
    f"<video><source onerror={P}>", f"<math><mtext><table><mglyph><style><img src=x onerror={P}>",
    f"<object data=javascript:{P}>", f"<embed src=javascript:{P}>",
    "<link rel=stylesheet href=http://127.0.0.1:9/x.css>",
    f"<meta http-equiv=refresh content='0;url=javascript:{P}'>", "<base href=http://127.0.0.1:9/>",
    "<style>@import 'http://127.0.0.1:9/x.css';</style>",
    f'<div style="background:url(javascript:{P})">', f'"><script>{P}</script>',
    f"'><script>{P}</script>", f'" onmouseover="{P}', f"' onmouseover='{P}", f"`-{P}-`",
    "${" + P + "}", "{{constructor.constructor('" + P + "')()}}", "{{ 7*7 }}",
    "{% raw %}{{ 7*7 }}", f"<!--<script>{P}</script>-->", f"<![CDATA[<script>{P}</script>]]>",
    f"]]><script>{P}</script>", f"&lt;script&gt;{P}&lt;/script&gt;",
    f"&#60;script&#62;{P}&#60;/script&#62;", "\\u003cscript\\u003e" + P + "\\u003c/script\\u003e",
    "line\u2028separator\u2029paragraph", "\u202eevil\u202c", "zero\u200bwidth",
    '=HYPERLINK("http://127.0.0.1:9","x")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0", "BEGIN:VEVENT SUMMARY:injected END:VEVENT", "a;b,c\\d",
    '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    '</node><node id="injected"/>', "</graphml>", f"[link](javascript:{P})",
    "![img](http://127.0.0.1:9/x.png)", f"<marquee onstart={P}>",
    f"<form action=javascript:{P}><button>x</button></form>",
    f"<textarea></textarea><script>{P}</script>", f"<title></title><script>{P}</script>",
    f'<noscript><p title="</noscript><img src=x onerror={P}>">',
]


def test_there_are_at_least_fifty_payloads():
    assert len(set(PAYLOADS)) >= 50


def _text_article(i: int, p: str) -> str:
    return (f"Title: Council vote {i} {p}\nSource: Gazette {p}\nURL: {p}\n"
            f"Date: 2023-03-{1 + i % 27:02d}\n\n"
            f"Mayor Anna Berg {p} of Northvale said on Monday that the council had voted "
            f"{i} times to close the bridge {p}. Finance Minister Karl {p} Holm will meet the "
            f"engineers next week, and the {p} Party protested on Tuesday.\n")


def _front_matter(i: int, p: str) -> str:
    quoted = p.replace('"', '\\"')
    return (f'---\ntitle: "Front {i} {quoted}"\nsource: "Herald {quoted}"\n'
            f'url: "{quoted}"\nauthor: "{quoted}"\ndate: 2023-04-{1 + i % 27:02d}\n---\n'
            f"The harbour board of Eastmere met on Wednesday {p} and approved the new pier. "
            f"Director Lena Voss said the work {p} would begin in May.\n")


def _page(i: int, p: str) -> str:
    e = html.escape(p, quote=True)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Page {i} {e}</title>'
            f'<meta name="author" content="{e}"><meta property="og:site_name" content="{e}">'
            f'<meta property="og:title" content="Page {i} {e}">'
            f'<link rel="canonical" href="{e}">'
            f'<meta property="article:published_time" content="2023-05-{1 + i % 27:02d}">'
            f"</head><body><article><h1>Page {i} {e}</h1><p>The school board of Southby "
            f"voted on Thursday {e} to open a new library. Chair Mira Olsen {e} said the "
            f"building would open in September 2023.</p><p>Parents welcomed {e} the plan "
            f"on Friday.</p></article></body></html>")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The payload build and a clean build of the same shape, through the CLI."""
    root = tmp_path_factory.mktemp("payloads")
    outs = {}
    for kind, payloads in (("clean", [f"plain words {i}" for i in range(6)]),
                           ("payloads", PAYLOADS)):
        folder = root / kind
        folder.mkdir()
        for i, p in enumerate(payloads):
            (folder / f"text-{i:02d}.txt").write_text(_text_article(i, p), encoding="utf-8")
            if i % 3 == 0:
                (folder / f"front-{i:02d}.md").write_text(_front_matter(i, p), encoding="utf-8")
            if i % 3 == 1:
                (folder / f"page-{i:02d}.html").write_text(_page(i, p), encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "timeline", "build", str(folder), "-o",
                               str(root / f"out-{kind}")], capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr
        outs[kind] = root / f"out-{kind}"
    return outs


class Markup(HTMLParser):
    """The tags of a page, with their attribute names, and what URL attributes hold."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: set[tuple[str, tuple[str, ...]]] = set()
        self.scripts = 0
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add((tag, tuple(sorted(name for name, _ in attrs))))
        self.scripts += tag == "script"
        self.urls += [v or "" for name, v in attrs if name in ("href", "src", "action", "data")]


def _markup(path: Path) -> Markup:
    parser = Markup()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


#: The page's own controls that show only for some timelines (the checkbox that hides
#: events dated by their article's publication day), whatever the clean build holds.
DATA_CONTROLS = {("input", ("checked", "id", "type"))}


def test_the_page_has_no_markup_the_clean_page_lacks(built):
    clean, hostile = _markup(built["clean"] / "index.html"), _markup(built["payloads"] / "index.html")
    assert hostile.tags <= clean.tags | DATA_CONTROLS, hostile.tags - clean.tags
    assert hostile.scripts == clean.scripts
    assert not [u for u in hostile.urls if u.strip().lower().startswith(("javascript:", "data:text"))]
    assert not any(name.startswith("on") for _, names in hostile.tags for name in names)


def test_the_payloads_reach_the_page_as_text(built):
    page = html.unescape((built["payloads"] / "index.html").read_text(encoding="utf-8"))
    shown = [p for p in PAYLOADS if p in page or json.dumps(p)[1:-1] in page]
    assert len(shown) >= 40, len(shown)


def test_events_json_keeps_every_title_exactly(built):
    data = json.loads((built["payloads"] / "events.json").read_text(encoding="utf-8"))
    titles = " ".join(a["title"] for a in data["articles"])
    sources = " ".join(a["source"] or "" for a in data["articles"])
    missing = [p for p in PAYLOADS if " ".join(p.split()) not in " ".join(titles.split())]
    assert not missing, missing
    assert sum(p in sources for p in PAYLOADS) >= 40


def test_the_csv_holds_no_formula(built):
    text = (built["payloads"] / "events.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) > 1
    assert not [cell for row in rows for cell in row if cell[:1] in ("=", "+", "-", "@")]


def test_the_handout_holds_no_html_and_no_live_link(built):
    text = (built["payloads"] / "handout.md").read_text(encoding="utf-8")
    assert not re.search(r"(?<!\\)<[A-Za-z/!?]", text)
    assert not re.search(r"(?<!\\)\]\((?:javascript|http)", text)
    assert "&lt;script" in text or "\\<script" in text  # the payloads are there, escaped


def test_the_calendar_holds_no_injected_line(built):
    text = (built["payloads"] / "calendar.ics").read_bytes().decode("utf-8")
    lines = text.split("\r\n")
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT")
    assert not [line for line in lines if line.startswith("SUMMARY:injected")]
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert all(not line or line[0] == " " or re.match(r"[A-Z-]+[;:]", line) for line in lines)


@pytest.mark.parametrize("name", ["actors.gexf", "actors.graphml"])
def test_the_graph_files_are_well_formed_xml_without_injected_nodes(built, name):
    text = (built["payloads"] / name).read_text(encoding="utf-8")
    assert "<!DOCTYPE" not in text and "<!ENTITY" not in text
    tree = ET.fromstring(text.encode("utf-8"))
    ids = [el.get("id") for el in tree.iter() if el.tag.endswith("node")]
    assert "injected" not in ids
    assert len(ids) == len(set(ids))


def test_timelinejs_json_holds_escaped_html_only(built):
    data = json.loads((built["payloads"] / "timelinejs.json").read_text(encoding="utf-8"))
    texts = [e["text"]["headline"] for e in data["events"]] + [data["title"]["text"]["headline"]]
    assert texts and not [t for t in texts if re.search(r"<[A-Za-z/!]", t)]
