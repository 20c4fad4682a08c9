"""Reading inputs into articles: text, Markdown, HTML, folders, stdin and URLs.

Contract (owned by the ingest work):
- ``expand_inputs(inputs)`` lists the inputs one by one, folders read recursively in sorted
  order, so that a caller can count them before reading.
- ``read_input(name, options)`` reads one input into an :class:`Article` or raises
  :class:`events.errors.InputError` naming it with the reason.
- ``iter_articles(inputs, options)`` yields an Article or an InputProblem per input, in order,
  one at a time (memory stays bounded by one article).

The reasons a user sees are the constants in :data:`REASONS` (some take numbers or names).
"""
from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path
from typing import Iterator, Sequence

from events.ingest.article import Meta, compose
from events.errors import InputError
from events.ingest.fetch import download, kind_of
from events.ingest.headers import simplify_markdown, split_metadata
from events.models import Article, Evidence, InputProblem
from events.options import Options
from events.dating.evidence import header_date
from events.ingest.decode import decode_text, is_binary

#: File extensions read, and how: text (with optional headers) or an HTML page.
TEXT_EXTENSIONS = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
#: What a folder contributes (the contract's four, plus spellings of the same kinds).
FOLDER_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS

#: The reasons given for inputs that can't be read (user-facing; tested word for word).
REASONS = {
    "missing": "file not found",
    "empty": "empty file",
    "empty-stdin": "nothing on standard input",
    "binary": "binary file, not text",
    "undecodable": "could not decode the text (not UTF-8, UTF-16 or Latin-1)",
    "unsupported": "unsupported file type {ext} (use .txt, .md, .html or .htm)",
    "too-large": "file too large (over {limit:,} bytes)",
    "no-text": "no article text found",
    "no-html-text": "no article text found in the page",
    "empty-folder": "folder has no .txt, .md, .html or .htm files",
    "unreadable": "could not read the file: {why}",
    "unreadable-folder": "could not read the folder: {why}",
    "not-regular": "not a regular file (a pipe, device or socket is never read)",
    "not-fetched": "not a file, and only http:// and https:// addresses are fetched",
}

#: A name that opens with a URL scheme other than http(s) ("file:", "ftp:", "javascript:").
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]{1,20}:(?!\\)")


def _is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def _wanted(path: Path) -> bool:
    return path.suffix.lower() in FOLDER_EXTENSIONS and not path.name.startswith(".")


def _walk(folder: Path) -> list[str]:
    """Files under ``folder`` that a folder contributes, in sorted order, hidden ones skipped.

    A folder inside it that can't be listed is listed in place of its files, so that
    :func:`read_input` names it with the reason (``folder`` itself, when it gives nothing,
    is listed by :func:`expand_inputs`).
    """
    found: list[str] = []

    def unlisted(exc: OSError) -> None:
        if exc.filename != os.fspath(folder):
            found.append(exc.filename)

    for root, dirs, files in os.walk(folder, onerror=unlisted):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(str(Path(root) / f) for f in sorted(files) if _wanted(Path(root) / f))
    return sorted(found)


def expand_inputs(inputs: Sequence[str]) -> list[str]:
    """List the inputs one by one: folders are read recursively, in sorted order.

    Inside a folder only .txt, .md, .html and .htm files count (others, and hidden files
    and folders, are skipped silently); a folder with none is listed itself, so that
    :func:`read_input` reports it. ``-`` (stdin), http(s) URLs, files named explicitly and
    paths that don't exist are listed as given.
    """
    out: list[str] = []
    for name in inputs:
        if name != "-" and not _is_url(name) and Path(name).is_dir():
            out.extend(_walk(Path(name)) or [name])
        else:
            out.append(name)
    return out


def _why(exc: OSError) -> str:
    """An OS error in a few plain words."""
    return "permission denied" if isinstance(exc, PermissionError) else str(exc.strerror or exc)


def _folder_problem(name: str) -> InputError:
    """Why a folder named as an input gave no files: it can't be listed, or holds none."""
    try:
        os.scandir(name).close()
    except OSError as exc:
        return InputError(name, REASONS["unreadable-folder"].format(why=_why(exc)))
    return InputError(name, REASONS["empty-folder"])


def _read_bytes(name: str, limit: int) -> bytes:
    """The bytes of a regular file, at most ``limit``.

    The file is opened without blocking and checked before anything is read: a FIFO
    would wait forever for a writer, and a device (``/dev/zero``) never ends.
    """
    path = Path(name)
    if path.is_dir():
        raise _folder_problem(name)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputError(name, REASONS["not-fetched" if _SCHEME.match(name) else "missing"]) \
            from None
    except OSError as exc:
        raise InputError(name, REASONS["unreadable"].format(why=_why(exc))) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(name, REASONS["not-regular"])
        if info.st_size > limit:
            raise InputError(name, REASONS["too-large"].format(limit=limit))
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb") as stream:
            fd = -1
            return stream.read(limit + 1)
    except OSError as exc:
        raise InputError(name, REASONS["unreadable"].format(why=_why(exc))) from None
    finally:
        if fd >= 0:
            os.close(fd)


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head


def text_article(name: str, text: str, *, path: str | None, url: str | None = None,
                 markdown: bool = False) -> Article:
    """Build an Article from decoded text that may open with header lines or front matter
    (whose date is evidence, as a header's)."""
    # line breaks are unified first: a header line ends at "\n", and in a file of old
    # Mac line endings (CR only) the whole file would be one header line
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    fields, body, form = split_metadata(text)
    meta = Meta(name=name, path=path, url=fields.get("url") or url,
                title=fields.get("title"), source=fields.get("source"))
    if fields.get("author"):
        meta.byline = [a.strip() for a in fields["author"].replace(" and ", ",").split(",")
                       if a.strip()]
    if fields.get("date"):
        day = header_date(fields["date"])
        if day is not None:
            how = "front matter date:" if form == "front matter" else "header Date:"
            meta.evidence.append(Evidence("header", day, how))
    if markdown:
        body = simplify_markdown(body)
    article = compose(body, meta)
    if not article.text:
        raise InputError(name, REASONS["no-text"])
    return article


def bytes_article(name: str, data: bytes, *, kind: str, path: str | None,
                  url: str | None = None) -> Article:
    """Build an Article from raw bytes of a known ``kind``: "text", "markdown" or "html"."""
    if not data.strip():
        raise InputError(name, REASONS["empty-stdin" if name == "-" else "empty"])
    if is_binary(data):  # a page saved compressed is no page either
        raise InputError(name, REASONS["binary"])
    if kind == "html":
        from events.ingest.webpage import html_article  # trafilatura is slow to import
        return html_article(name, data, path=path, url=url)
    text = decode_text(data)
    if text is None:
        raise InputError(name, REASONS["undecodable"])
    return text_article(name, text, path=path, url=url, markdown=kind == "markdown")


def _stdin_bytes(name: str, limit: int) -> bytes:
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise InputError(name, REASONS["too-large"].format(limit=limit))
    return data


def read_text(name: str, options: Options) -> str:
    """The text of a file (or ``-``) exactly as written, decoded as ingest decodes it but
    not cleaned: what ``timeline tag`` marks up, offsets and all. Raises
    :class:`InputError` for a missing, empty, binary or undecodable input."""
    data = _stdin_bytes(name, options.max_bytes) if name == "-" else \
        _read_bytes(name, options.max_bytes)
    if not data.strip():
        raise InputError(name, REASONS["empty-stdin" if name == "-" else "empty"])
    if is_binary(data):
        raise InputError(name, REASONS["binary"])
    text = decode_text(data)
    if text is None:
        raise InputError(name, REASONS["undecodable"])
    return text


def read_input(name: str, options: Options) -> Article:
    """Read one input (file path, http(s) URL or ``-``) into an Article.

    Raises :class:`InputError` with one of :data:`REASONS` (or the URL reasons of
    :mod:`events.ingest.fetch`) when it can't.
    """
    if _is_url(name):
        return fetch_article(name, options)
    if name == "-":
        data = _stdin_bytes(name, options.max_bytes)
        kind = "html" if _looks_like_html(data) else "text"
        return bytes_article(name, data, kind=kind, path=None)
    suffix = Path(name).suffix.lower()
    if _SCHEME.match(name) and not os.path.lexists(name):
        raise InputError(name, REASONS["not-fetched"])
    if suffix not in FOLDER_EXTENSIONS and Path(name).is_file():
        raise InputError(name, REASONS["unsupported"].format(ext=suffix or "(none)"))
    data = _read_bytes(name, options.max_bytes)
    kind = "html" if suffix in HTML_EXTENSIONS else \
        "markdown" if suffix in {".md", ".markdown"} else "text"
    return bytes_article(name, data, kind=kind, path=name)


def fetch_article(url: str, options: Options) -> Article:
    """Download an http(s) URL and read it as an HTML page or a plain-text article."""
    data, ctype, final_url = download(url, options)
    kind = kind_of(url, data, ctype)
    return bytes_article(url, data, kind=kind, path=None, url=final_url)


def iter_articles(inputs: Sequence[str], options: Options) -> Iterator[Article | InputProblem]:
    """Yield an Article, or an InputProblem with its reason, for each input in order.

    Each input is named once; only :class:`InputError` becomes a problem (a bug elsewhere
    still raises, so it is not hidden as a bad input).
    """
    for name in expand_inputs(inputs):
        try:
            yield read_input(name, options)
        except InputError as exc:
            yield InputProblem(exc.path, exc.reason)
