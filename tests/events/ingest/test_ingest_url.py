"""URLs: a local http.server on 127.0.0.1 stands in for the web (no network in tests)."""
from __future__ import annotations

import socket
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from events.errors import InputError
from events.options import Options

from events.dating import date_article
from events.ingest import read_input as _read


def read_input(name, options):
    """Read an input and date it by its own evidence, as a build's first pass does."""
    return date_article(_read(name, options), options.published)


PARAGRAPH = ("The harbour board met on Tuesday and agreed to rebuild the north quay, "
             "which storms damaged last winter, at a cost the board put at four million. ")
PAGE = f"""<!DOCTYPE html><html lang="en"><head><title>Quay to be rebuilt</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2021-03-04T09:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Quay to be rebuilt</h1>
<p>{PARAGRAPH * 2}</p><p>{PARAGRAPH}</p></article></body></html>""".encode()

ROUTES = {
    "/page": (200, "text/html; charset=utf-8", PAGE),
    "/plain": (200, "text/plain; charset=utf-8",
               f"Title: Quay plan\nDate: 2031-03-04\n\n{PARAGRAPH}".encode()),
    "/pdf": (200, "application/pdf", b"%PDF-1.4 ..."),
    "/big": (200, "text/html", b"<p>" + b"x" * 5000 + b"</p>"),
    "/missing": (404, "text/html", b"<h1>Not Found</h1>"),
    "/empty": (200, "text/html", b""),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path == "/chunked":  # no Content-Length: the size limit applies while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(10):
                self.wfile.write(b"<p>" + b"y" * 1000 + b"</p>")
            return
        status, ctype, body = ROUTES.get(self.path, ROUTES["/page"])
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep test output quiet
        pass


class QuietServer(ThreadingHTTPServer):
    """Closes only when its handlers are done, and keeps their broken pipes to itself: a
    client that gave up (timeout, size limit) must not print into another test's output."""

    daemon_threads = False
    block_on_close = True

    def handle_error(self, request, client_address):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_html_page(server):
    article = read_input(f"{server}/page", Options(timeout=5))
    info = article.info
    assert (info.title, info.source, info.url, info.path) == \
        ("Quay to be rebuilt", "Harbour Gazette", f"{server}/page", None)
    assert (info.published, info.published_from, info.published_how) == \
        (date(2021, 3, 4), "meta", "htmldate")
    assert "north quay" in article.text and "Home" not in article.text


def test_plain_text_url_is_read_as_text(server):
    info = read_input(f"{server}/plain", Options(timeout=5)).info
    assert (info.title, info.published, info.published_how) == \
        ("Quay plan", date(2031, 3, 4), "header Date:")


@pytest.mark.parametrize(("path", "options", "reason"), [
    ("/pdf", Options(timeout=5), "not an HTML page (content type application/pdf)"),
    ("/big", Options(timeout=5, max_bytes=1000), "page too large (over 1,000 bytes)"),
    ("/chunked", Options(timeout=5, max_bytes=4000), "page too large (over 4,000 bytes)"),
    ("/missing", Options(timeout=5), "could not fetch URL: the server answered 404 Not Found"),
    ("/empty", Options(timeout=5), "the server sent an empty page"),
    ("/slow", Options(timeout=0.3), "could not reach URL: no answer within 0.3 s"),
])
def test_url_errors(server, path, options, reason):
    with pytest.raises(InputError) as info:
        read_input(f"{server}{path}", options)
    assert (info.value.path, info.value.reason) == (f"{server}{path}", reason)


@pytest.mark.parametrize("url", ["http://[bad/story", "http://exa mple.org/story",
                                 "http://127.0.0.1:port/story"])
def test_malformed_url_is_named_as_such(url):
    with pytest.raises(InputError) as info:
        read_input(url, Options(timeout=2))
    assert (info.value.path, info.value.reason) == (url, "not a valid URL")


def test_unreachable_port():
    url = f"http://127.0.0.1:{free_port()}/story"
    with pytest.raises(InputError) as info:
        read_input(url, Options(timeout=2))
    assert info.value.reason == "could not reach URL: connection refused"
