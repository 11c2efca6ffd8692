"""A full-response cache for anonymous visitors, in front of Django at the WSGI level.

A public page asked again by a visitor without a session costs a dictionary look-up and
a ``stat`` instead of a Django request (middlewares, URL resolution, queries, template).

Freshness: every write of the service layer (:func:`registre.web.services.audit.audit`
and ``bump``) calls :func:`bump_generation` once its transaction has committed. The
generation is a file of the var directory (``VAR_DIR/generation``) that grows by one
line at each write (and starts afresh beyond ``COMPACT_BYTES``, which drops every
page): ``*`` (every page is stale) or, for a clerk's action on a sitting, the
session's URL (its pages and every listing are stale, other sessions' pages stay). Every
server process, and the command line (``registre import``), see the same file; each
process reads the new lines at its next request and drops what they make stale. A
page is stored only if no write was seen between the moment Django started computing
it and the moment it is stored. One host only: servers on several machines would each
need the generation on a shared file system.

Safety: only ``GET`` and ``HEAD`` from a visitor carrying no cookie but the CSRF one and
no ``Authorization`` are served or stored; only ``200`` responses with no ``Set-Cookie``,
no ``private``/``no-store`` ``Cache-Control``, no ``Vary`` beyond ``Cookie`` and
``Accept-Encoding``, a textual type and no CSRF token in the body are stored. So a
signed-in clerk never gets a cached page and no cached page carries a token or a name.

Headers: ``ETag`` (a hash of the body; ``If-None-Match`` answers ``304``),
``Cache-Control: no-cache`` (a browser may keep the page but asks again each time),
``Vary: Cookie``, ``X-Registre-Cache: hit|miss``. Memory: least recently used pages
are dropped beyond ``REGISTRE_RESPONSE_CACHE_MB`` (docs/settings.md; 0 turns it off).
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from http.cookies import CookieError, SimpleCookie
from pathlib import Path
from typing import Any

Headers = list[tuple[str, str]]
StartResponse = Callable[..., Any]
_STORABLE_TYPES = ("text/", "application/json", "application/xml", "application/ld+json")
# A session's own pages (the session, its deliberations, their documents), by canonical date.
SESSION_PAGE = re.compile(r"^/collectivites/[^/]+/[^/]+/\d{4}-\d\d-\d\d/")
# The registre's listings and searches: home, authority, assembly, search (never attendance or votes).
LISTING_PAGE = re.compile(r"^/(recherche/|collectivites/[^/]+/([^/]+/)?)?$")
_WAIT_SECONDS = 30  # at most, for a page another thread is computing
_ENTRY_OVERHEAD = 512  # bytes counted per entry beyond its body (key, headers, bookkeeping)
COMPACT_BYTES = 1 << 20  # the generation file starts afresh beyond this size (about 20 000 writes)


def generation_path() -> Path:
    """The generation file of the configured var directory (``settings.VAR_DIR``)."""
    from django.conf import settings

    return Path(settings.VAR_DIR) / "generation"


def current_generation(path: Path | None = None) -> tuple[int, int]:
    """(inode, size) of the generation file: changes at each committed write; (0, 0) if absent."""
    try:
        st = os.stat(path or generation_path())
    except FileNotFoundError:
        return (0, 0)
    return (st.st_ino, st.st_size)


def bump_generation(path: Path | None = None, scope: str | None = None) -> None:
    """Mark the archive as changed: the cached pages of every process are stale.

    ``scope`` None: every page. ``scope`` a session's URL (``/collectivites/a/b/AAAA-MM-JJ/``):
    the pages under it and every page that is not a session's (listings, searches,
    subsidies) — the pages of the other sessions stay. ``"=" + URL``: a change that no
    listing or search shows (attendance, proxies, interests, votes): the registre's
    listings and searches stay too. One line is appended: an append
    is atomic (``O_APPEND``) between processes, so no bump is lost.
    """
    p = path or generation_path()
    p.parent.mkdir(parents=True, exist_ok=True)
    line = scope if scope and SESSION_PAGE.match(scope.removeprefix("=")) and "\n" not in scope else "*"
    with open(p, "ab") as f:
        f.write(line.encode() + b"\n")
        size = f.tell()
    if size > COMPACT_BYTES:
        _compact(p)


def _compact(path: Path) -> None:
    """Start the generation afresh once it is long: a new empty file renamed over the old one.

    Every process sees a new inode and drops every page (as for ``*``); that costs one
    refill of the cache every ``COMPACT_BYTES`` of writes (tens of thousands of them). A
    bump appended to the old file by another process during the rename is not lost
    in effect: the new inode already makes every page stale, and a page computed before
    the rename is not stored after it (its generation changed).
    """
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        tmp.write_bytes(b"")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)  # the long file still works; the next bump tries again


class _Entry:
    __slots__ = ("body", "etag", "headers", "size")

    def __init__(self, body: bytes, headers: Headers, etag: str):
        self.body, self.headers, self.etag = body, headers, etag
        self.size = len(body) + _ENTRY_OVERHEAD


class ResponseCache:
    """WSGI middleware: ``ResponseCache(django_application, max_bytes)``.

    ``generation`` is the path of the generation file (default: :func:`generation_path`,
    read at the first request so that settings are loaded).
    """

    def __init__(self, app: Callable[..., Iterable[bytes]], max_bytes: int,
                 generation: Path | None = None, csrf_cookie: str = "csrftoken"):
        self.app, self.max_bytes, self.csrf_cookie = app, max_bytes, csrf_cookie
        self.max_entry = max(max_bytes // 8, 1)
        self._path, self._ready = generation, False
        self._lock = threading.Lock()
        self._entries: OrderedDict[tuple[str, str, str], _Entry] = OrderedDict()
        self._size = 0
        self._generation: tuple[int, int] | None = None
        self._computing: dict[tuple[str, str, str], threading.Event] = {}
        self.hits = self.misses = 0

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if self.max_bytes <= 0 or not self._anonymous_read(environ):
            return self.app(environ, start_response)
        if not self._ready:
            self._path = self._path or generation_path()
            try:  # created empty once, so that the first write does not look like a new file
                self._path.parent.mkdir(parents=True, exist_ok=True)
                self._path.touch()
            except OSError:
                pass
            self._ready = True
        key = (environ.get("wsgi.url_scheme", "") + "://" + environ.get("HTTP_HOST", ""),
               environ.get("PATH_INFO", ""), environ.get("QUERY_STRING", ""))
        generation = current_generation(self._path)
        with self._lock:
            if generation != self._generation:
                self._advance(generation)
            entry = self._lookup(key)
            waiting = self._computing.get(key) if entry is None else None
            if entry is None and waiting is None:
                self._computing[key] = threading.Event()
        if entry is None and waiting is not None:
            # The same page is being computed by another thread: wait for it rather than
            # compute it again (50 visitors of a new page cost one Django request, not 50).
            waiting.wait(_WAIT_SECONDS)
            with self._lock:
                entry = self._lookup(key)
        if entry is not None:
            return self._answer(entry, environ, start_response, "hit")
        self.misses += 1
        try:
            return self._compute(key, generation, environ, start_response)
        finally:
            if waiting is None:
                with self._lock:
                    self._computing.pop(key).set()

    def _advance(self, generation: tuple[int, int]) -> None:
        """Drop the pages the writes since the last generation seen made stale (the lock held)."""
        old = self._generation
        if old is not None and generation[0] == old[0] and generation[1] < old[1]:
            return  # another thread already applied a newer generation
        scopes = self._scopes(old, generation)
        if scopes is None:
            self._entries.clear()
            self._size = 0
        else:
            inside = tuple(x.removeprefix("=") for x in scopes)
            keep_listings = all(x.startswith("=") for x in scopes)
            for key in [k for k in self._entries if k[1].startswith(inside) or not (
                    SESSION_PAGE.match(k[1]) or (keep_listings and LISTING_PAGE.match(k[1])))]:
                self._size -= self._entries.pop(key).size
        self._generation = generation

    def _scopes(self, old: tuple[int, int] | None, new: tuple[int, int]) -> list[str] | None:
        """The session URLs written since ``old``; None when every page must go."""
        if old is None or old[0] != new[0] or self._path is None:
            return None
        try:
            with open(self._path, "rb") as f:
                f.seek(old[1])
                data = f.read(new[1] - old[1])
        except OSError:
            return None
        lines = data.decode("utf-8", "replace").split("\n")
        if len(data) != new[1] - old[1] or lines[-1] != "":
            return None  # a line cut short: be safe
        scopes = lines[:-1]
        return None if any(not SESSION_PAGE.match(x.removeprefix("=")) for x in scopes) else scopes

    def _lookup(self, key: tuple[str, str, str]) -> _Entry | None:
        """The stored page for ``key`` (the lock held), marked as recently used."""
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
            self.hits += 1
        return entry

    def _anonymous_read(self, environ: dict[str, Any]) -> bool:
        """Whether the request is a GET/HEAD of a visitor with no session, no messages, no credentials."""
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD") or environ.get("HTTP_AUTHORIZATION"):
            return False
        raw = environ.get("HTTP_COOKIE")
        if not raw:
            return True
        try:
            names = set(SimpleCookie(raw))
        except CookieError:
            return False
        return names <= {self.csrf_cookie}

    def _compute(self, key: tuple[str, str, str], generation: tuple[int, int], environ: dict[str, Any],
                 start_response: StartResponse) -> Iterable[bytes]:
        """Ask Django; store the page when it may be shared, and answer it."""
        captured: list[Any] = []

        def capture(status: str, headers: Headers, exc_info: Any = None) -> Callable[[bytes], None]:
            captured[:] = [status, headers, exc_info]
            return _no_write

        result = self.app(environ, capture)
        status, headers, exc_info = captured
        if environ["REQUEST_METHOD"] != "GET" or not _storable(status, headers):
            start_response(status, headers, exc_info) if exc_info else start_response(status, headers)
            return result
        try:
            body = b"".join(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        etag = '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
        entry = _Entry(body, _shared_headers(headers), etag)
        if b"csrfmiddlewaretoken" not in body and entry.size <= self.max_entry:
            self._store(key, generation, entry)
        return self._answer(entry, environ, start_response, "miss")

    def _store(self, key: tuple[str, str, str], generation: tuple[int, int], entry: _Entry) -> None:
        with self._lock:
            if generation != self._generation:
                return  # a write committed meanwhile: this page may already be stale
            old = self._entries.pop(key, None)
            if old is not None:
                self._size -= old.size
            self._entries[key] = entry
            self._size += entry.size
            while self._size > self.max_bytes:
                _, dropped = self._entries.popitem(last=False)
                self._size -= dropped.size

    @staticmethod
    def _answer(entry: _Entry, environ: dict[str, Any], start_response: StartResponse,
                how: str) -> Iterable[bytes]:
        """The stored page, or ``304`` when the browser already has this version."""
        headers = [*entry.headers, ("ETag", entry.etag), ("X-Registre-Cache", how)]
        match = environ.get("HTTP_IF_NONE_MATCH", "")
        tags = [t.strip().removeprefix("W/") for t in match.split(",")] if match else []
        if "*" in tags or entry.etag in tags:
            start_response("304 Not Modified", [(k, v) for k, v in headers
                                                if k.lower() not in ("content-length", "content-type")])
            return [b""]
        start_response("200 OK", headers)
        return [b""] if environ["REQUEST_METHOD"] == "HEAD" else [entry.body]


def _no_write(data: bytes) -> None:
    raise RuntimeError("write() de WSGI non pris en charge par le cache des pages")


def _storable(status: str, headers: Headers) -> bool:
    """Whether a response may be kept and served to any anonymous visitor."""
    if not status.startswith("200"):
        return False
    for name, value in headers:
        n, v = name.lower(), value.lower()
        if n == "set-cookie":
            return False
        if n == "cache-control" and ("private" in v or "no-store" in v):
            return False
        if n == "vary" and {x.strip() for x in v.split(",")} - {"cookie", "accept-encoding"}:
            return False
        if n == "content-type" and not v.startswith(_STORABLE_TYPES):
            return False
    return True


def _shared_headers(headers: Headers) -> Headers:
    """Django's headers with ``Vary: Cookie``, ``Cache-Control: no-cache``, no ``ETag`` of its own
    and no ``X-Request-ID`` (that of the request which computed the page)."""
    out = [(k, v) for k, v in headers if k.lower() not in ("etag", "vary", "cache-control", "x-request-id")]
    return [*out, ("Vary", "Cookie"), ("Cache-Control", "no-cache")]


def wrap(app: Callable[..., Iterable[bytes]]) -> Callable[..., Iterable[bytes]]:
    """``app`` behind a :class:`ResponseCache` sized by ``settings.REGISTRE_RESPONSE_CACHE_MB``."""
    from django.conf import settings

    mb = int(getattr(settings, "REGISTRE_RESPONSE_CACHE_MB", 64))
    return ResponseCache(app, mb * 1024 * 1024, csrf_cookie=settings.CSRF_COOKIE_NAME) if mb > 0 else app
