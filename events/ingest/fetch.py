"""Reading an http(s) URL, with a time limit, a size limit and plain error messages.

Only http and https are fetched, with the standard library (no extra dependency). The
whole download must finish within ``options.timeout`` seconds and stay within
``options.max_bytes``; an HTML page goes to trafilatura, a plain-text one is read like a
text file, anything else is refused (:func:`kind_of`). Every failure is an :class:`InputError` whose reason
is one of :data:`URL_REASONS`.
"""
from __future__ import annotations

import errno
import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request

from events.errors import InputError
from events.options import Options

#: What the user reads when a URL can't be used (tested word for word).
URL_REASONS = {
    "invalid": "not a valid URL",
    "unreachable": "could not reach URL: {why}",
    "timeout": "could not reach URL: no answer within {timeout:g} s",
    "http": "could not fetch URL: the server answered {code} {reason}",
    "too-large": "page too large (over {limit:,} bytes)",
    "not-html": "not an HTML page (content type {ctype})",
    "empty": "the server sent an empty page",
    "redirects": "could not fetch URL: it redirects in a loop or too many times",
}

#: Why a connection failed, by errno, in words.
ERRNO_WORDS = {
    errno.ECONNREFUSED: "connection refused",
    errno.ENETUNREACH: "network unreachable",
    errno.EHOSTUNREACH: "host unreachable",
    errno.ECONNRESET: "connection reset",
    errno.ETIMEDOUT: "connection timed out",
}

#: Content types read as a page, and as plain text.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown"})

USER_AGENT = "news-timeline/0.1 (article reader)"
CHUNK = 65536


def _why(reason: object) -> str:
    """A connection failure in a few plain words."""
    if isinstance(reason, socket.gaierror):
        return "host not found"
    if isinstance(reason, ssl.SSLError):
        return "secure connection failed"
    if isinstance(reason, OSError) and reason.errno in ERRNO_WORDS:
        return ERRNO_WORDS[reason.errno]
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    text = getattr(reason, "strerror", None) or str(reason)
    return text.lower() if text else "connection failed"


def _is_timeout(reason: object) -> bool:
    return isinstance(reason, (TimeoutError, socket.timeout)) or \
        "timed out" in str(reason).lower()


def download(url: str, options: Options) -> tuple[bytes, str, str]:
    """Download ``url``: (body, content type, final URL after redirects).

    Raises :class:`InputError` for a network failure, an HTTP error status, a timeout
    (the whole download, not each read) or a body over ``options.max_bytes``.
    """
    timeout, limit = options.timeout, options.max_bytes
    try:
        request = urllib.request.Request(url, headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.1"})
    except ValueError:  # "http://[bad": urllib can't even split it
        raise InputError(url, URL_REASONS["invalid"]) from None
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            ctype = response.headers.get_content_type()
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise InputError(url, URL_REASONS["too-large"].format(limit=limit))
            chunks: list[bytes] = []
            size = 0
            # read1 returns what one read of the socket gives: read(CHUNK) would wait for
            # a whole chunk, and a server that drips a byte a second never sends one
            while chunk := _read_before(response, deadline):
                size += len(chunk)
                if size > limit:
                    raise InputError(url, URL_REASONS["too-large"].format(limit=limit))
                chunks.append(chunk)
            return b"".join(chunks), ctype, response.geturl()
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:  # urllib gives up on a loop of redirects
            raise InputError(url, URL_REASONS["redirects"]) from None
        raise InputError(url, URL_REASONS["http"].format(code=exc.code, reason=exc.reason)) \
            from None
    except urllib.error.URLError as exc:
        if _is_timeout(exc.reason):
            raise InputError(url, URL_REASONS["timeout"].format(timeout=timeout)) from None
        raise InputError(url, URL_REASONS["unreachable"].format(why=_why(exc.reason))) from None
    except (TimeoutError, socket.timeout):
        raise InputError(url, URL_REASONS["timeout"].format(timeout=timeout)) from None
    except http.client.InvalidURL:  # a space in the host, a port that is not a number
        raise InputError(url, URL_REASONS["invalid"]) from None
    except http.client.HTTPException:
        raise InputError(url, URL_REASONS["unreachable"].format(why="connection closed")) \
            from None
    except OSError as exc:
        raise InputError(url, URL_REASONS["unreachable"].format(why=_why(exc))) from None


def _read_before(response, deadline: float) -> bytes:
    """One read of the body, given only the time left before ``deadline``."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("timed out")
    sock = getattr(getattr(response, "fp", None), "raw", None)
    sock = getattr(sock, "_sock", None)
    if sock is not None:
        sock.settimeout(left)
    return response.read1(CHUNK)


def kind_of(url: str, data: bytes, ctype: str) -> str:
    """How a downloaded body is read: "html", "text" or "markdown"; raises
    :class:`InputError` for an empty body or a content type that is neither."""
    if not data.strip():
        raise InputError(url, URL_REASONS["empty"])
    if ctype in HTML_TYPES:
        return "html"
    if ctype in TEXT_TYPES:
        return "markdown" if ctype == "text/markdown" else "text"
    raise InputError(url, URL_REASONS["not-html"].format(ctype=ctype))
