"""index.html's source, and writing a build atomically without touching foreign folders."""
from __future__ import annotations

import html as html_module
import json
import os
import re

import pytest

import output.page as page_module
from events.errors import TimelineError
from output.exports import EXPORT_NAMES
from output.graph import vis_network_js
from output.page import OutputError, render_page, write_page


def _ours(html: str) -> str:
    """The page without the inlined vis-network library (third-party code, tested upstream)."""
    assert vis_network_js() in html
    return html.replace(vis_network_js(), "")


@pytest.fixture(scope="module")
def html(example):
    return _ours(render_page(example))


@pytest.fixture(scope="module")
def xss_html(xss):
    return _ours(render_page(xss))


def _data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def test_no_external_script_or_link(html):
    assert not re.search(r"<script[^>]*\bsrc=", html)
    assert not re.search(r"<link\b", html)
    assert "cdn." not in html and "cdnjs" not in html and "jsdelivr" not in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html.replace(
        'href="https://example.org/brussels"', ""))


def test_vis_network_is_inline(example):
    page = render_page(example)
    assert "<script>" + vis_network_js() + "</script>" in page
    assert "sourceMappingURL" not in page


def test_page_bytes_are_stable(example):
    assert render_page(example) == render_page(example)


def test_page_data_reaches_js_as_json(html, example):
    data = _data(html)
    assert [e["id"] for e in data["events"]][0] == "ramstein-summit"
    assert len(data["events"]) == len(example.entries)
    assert {n["id"] for n in data["graph"]["nodes"]} >= {"lloyd-austin", "nato"}
    iris = next(e for e in data["events"] if e["id"] == "iris-t-first")
    assert iris["conflict"] == "DW: 11 Oct · CNN: 10 Oct"
    assert (iris["date"], iris["weekday"]) == ("10 or 11 Oct 2022", "Monday or Tuesday")


def test_events_after_the_newest_article_are_marked(html):
    data = _data(html)
    assert data["news_until"] == "12 Oct 2022"
    after = [e["id"] for e in data["events"] if e["after_news"]]
    assert after == ["nuclear-session", "nasams-arrive", "iris-t-three-more"]


@pytest.mark.parametrize("text", [
    "<title>Air defence for Ukraine, April 2022 to 2023</title>",
    "Published 12 Oct 2022 (date inferred)",
    "No date in the article; worked out from the dates it mentions",
    '<option value="ukraine">Ukraine (8)</option>',
    "sources disagree on the date",
    '<a href="events.csv" download="events.csv" data-export="events.csv">spreadsheet (CSV)</a>',
])
def test_server_rendered_text(html, text):
    assert text in html


def test_payloads_never_appear_raw(xss_html, timelines):
    assert timelines.SCRIPT not in xss_html
    assert timelines.IMG not in xss_html
    assert "<img" not in xss_html
    assert "<b>" not in xss_html


def test_payloads_are_escaped_in_html_and_json(xss_html):
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in xss_html  # title, lists
    assert "\\u003cscript\\u003ewindow.__pwned=1\\u003c/script\\u003e" in xss_html  # JSON
    assert "javascript:" not in xss_html
    assert "{{ 7*7 }}" in _data(xss_html)["events"][1]["summary"]


def test_no_script_tag_but_ours(xss_html):
    assert re.findall(r"<script[^>]*>", xss_html, re.I) == [
        '<script type="application/json" id="timeline-data">'] + ["<script>"] * 4 + [
        '<script type="application/json" id="embedded-exports">']


def test_write_page_writes_page_and_exports(example, tmp_path):
    out = tmp_path / "site"
    index = write_page(example, out)
    assert index == out / "index.html"
    assert sorted(p.name for p in out.iterdir()) == sorted([*EXPORT_NAMES, "index.html"])
    assert json.loads((out / "events.json").read_text())["schema"] == "timeline/1"
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_write_page_replaces_an_earlier_build(example, xss, tmp_path):
    out = tmp_path / "site"
    write_page(xss, out)
    (out / "notes.txt").write_text("mine")
    write_page(example, out)
    assert "Air defence" in (out / "index.html").read_text()
    assert (out / "notes.txt").read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_write_page_into_empty_folder(example, tmp_path):
    out = tmp_path / "empty"
    out.mkdir()
    write_page(example, out)
    assert (out / "index.html").is_file()


def test_refuses_foreign_folder(example, tmp_path):
    out = tmp_path / "documents"
    out.mkdir()
    (out / "essay.txt").write_text("my essay")
    with pytest.raises(OutputError) as info:
        write_page(example, out)
    assert str(info.value) == (
        f"{out}: folder is not empty and holds no earlier timeline "
        "(no events.json with a timeline schema); choose a new or empty folder")
    assert isinstance(info.value, TimelineError)
    assert [p.name for p in out.iterdir()] == ["essay.txt"]


def test_refuses_folder_with_someone_elses_events_json(example, tmp_path):
    out = tmp_path / "other"
    out.mkdir()
    (out / "events.json").write_text('{"schema": "calendar/2"}')
    with pytest.raises(OutputError):
        write_page(example, out)
    assert (out / "events.json").read_text() == '{"schema": "calendar/2"}'


def test_refuses_a_file(example, tmp_path):
    out = tmp_path / "file.html"
    out.write_text("x")
    with pytest.raises(OutputError, match=r"file\.html: exists and is not a folder$"):
        write_page(example, out)


def test_failure_midway_leaves_earlier_build_intact(example, xss, tmp_path, monkeypatch):
    out = tmp_path / "site"
    write_page(xss, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    calls = []

    def failing_write(path, content):
        calls.append(path.name)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        path.write_bytes(content)

    monkeypatch.setattr(page_module, "_write_file", failing_write)
    with pytest.raises(OutputError, match=r"site: could not write the timeline \(No space left on device\)"):
        write_page(example, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_failure_while_renaming_leaves_whole_files(example, xss, tmp_path, monkeypatch):
    out = tmp_path / "site"
    write_page(xss, out)
    old = {p.name: p.read_bytes() for p in out.iterdir()}
    new = page_module.render_files(example)
    real_replace = page_module.os.replace
    count = []

    def failing_replace(src, dst):
        count.append(dst)
        if len(count) == 4:
            raise OSError(5, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(page_module.os, "replace", failing_replace)
    monkeypatch.setattr(page_module, "_exchange", lambda a, b: False)  # the per-file way
    with pytest.raises(OutputError):
        write_page(example, out)
    for path in out.iterdir():
        assert path.read_bytes() in (old[path.name], new[path.name]), path.name
    assert (out / "index.html").read_bytes() == old["index.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_an_earlier_build_is_swapped_whole_and_the_users_files_kept(example, xss, tmp_path):
    out = tmp_path / "site"
    write_page(xss, out)
    (out / "notes.txt").write_text("mine")
    inode = (out / "events.json").stat().st_ino
    write_page(example, out)
    new = page_module.render_files(example)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.name != "notes.txt"} == new
    assert (out / "notes.txt").read_text() == "mine"
    assert (out / "events.json").stat().st_ino != inode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_link_to_an_earlier_build_stays_a_link(example, xss, tmp_path):
    real = tmp_path / "real"
    write_page(xss, real)
    (tmp_path / "link").symlink_to(real)
    write_page(example, tmp_path / "link")
    assert (tmp_path / "link").is_symlink()
    assert (real / "index.html").read_bytes() == page_module.render_files(example)["index.html"]


def test_failure_in_rendering_writes_nothing(example, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise TimelineError("render failed")

    monkeypatch.setattr(page_module, "render_page", broken)
    with pytest.raises(TimelineError, match="render failed"):
        write_page(example, tmp_path / "site")
    assert list(tmp_path.iterdir()) == []


def test_policy_allows_only_the_inlined_scripts_and_styles(example):
    from output.page import content_security_policy, inline_blocks, source_hash

    page = render_page(example)
    scripts, styles = inline_blocks(page)
    assert len(scripts) == 4 and len(styles) == 2
    policy = html_module.unescape(re.search(
        r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1))
    assert policy == content_security_policy(scripts, styles)
    directives = dict(part.split(" ", 1) for part in policy.split("; "))
    assert directives["default-src"] == "'none'" and directives["connect-src"] == "'none'"
    assert directives["img-src"] == "data:"
    assert sorted(directives["script-src"].split()) == sorted({source_hash(s) for s in scripts})
    assert sorted(directives["style-src"].split()) == sorted({source_hash(s) for s in styles})


def test_source_hash_is_the_sha256_csp_form():
    from output.page import source_hash

    # echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    assert source_hash("alert(1)") == "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"


def test_no_style_attribute_in_the_page(html, xss_html):
    assert not re.search(r"\sstyle=", html) and not re.search(r"\sstyle=", xss_html)


def test_small_exports_are_embedded_for_download(example, tmp_path):
    import base64

    index = write_page(example, tmp_path / "site")
    page = index.read_text()
    block = re.search(r'<script type="application/json" id="embedded-exports">(.*?)</script>',
                      page, re.S).group(1)
    embedded = json.loads(block)
    assert sorted(embedded) == sorted(EXPORT_NAMES)
    csv = (tmp_path / "site" / "events.csv").read_bytes()
    assert embedded["events.csv"] == "data:text/csv;charset=utf-8;base64," + \
        base64.b64encode(csv).decode()
    assert '<a href="events.csv" download="events.csv" data-export="events.csv">' in page

def test_staging_folders_of_dead_builds_are_removed(example, tmp_path):
    dead = tmp_path / ".site.tmp-999999999-abcd1234"
    dead.mkdir()
    (dead / "index.html").write_text("half")
    mine = tmp_path / f".site.tmp-{os.getpid()}-00000000"
    other = tmp_path / ".elsewhere.tmp-999999999-abcd1234"
    mine.mkdir()
    other.mkdir()
    write_page(example, tmp_path / "site")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["site", mine.name, other.name])


def _not_english(timeline, title: str, language: str = "de"):
    from dataclasses import replace
    first, *rest = timeline.articles
    return replace(timeline, articles=(replace(first, title=title, language=language), *rest))


def test_page_names_an_article_not_in_english(example):
    page = _ours(render_page(_not_english(example, "Lagebericht <b>heute</b>")))
    top = page.split('<nav class="controls"', 1)[0]
    assert 'class="not-english"' in top and "(German)" in top
    assert "Lagebericht &lt;b&gt;heute&lt;/b&gt;" in top and "<b>heute</b>" not in page
    assert "Written in German, not English: no events were read from it." in page


def test_page_has_no_language_notice_for_english_articles(html):
    assert 'class="not-english"' not in html and "not English" not in html
