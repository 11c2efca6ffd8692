"""A full-response cache for anonymous visitors, in front of Django at the WSGI level.

A public page asked again by a visitor without a session costs one look-up in Django's
cache framework instead of a Django request (middlewares, URL resolution, queries,
template). The store is the cache alias ``settings.REGISTRE_PAGE_CACHE`` (``pages``):
Redis when ``REGISTRE_REDIS_URL`` is set, so that every server process on every host
shares the pages and their freshness; by default a file cache in ``VAR_DIR/pagecache``,
shared by the processes of one host (the command line's imports included).

Freshness: every write of the service layer (:func:`registre.web.services.audit.audit`
and ``bump``) calls :func:`bump_generation` once its transaction has committed. A
generation is a random token in the same cache, replaced (never incremented, so no bump
can be lost between processes) by each write it concerns: ``all`` (every page), and for
a clerk's action on a sitting the session's own token (its pages), ``other`` (pages that
are neither a session's nor a listing: subsidies…) and, unless the action shows in no
listing (``"=" + URL``), ``list`` (home, authority, assembly, search). A page is stored
with the tokens of the generations it depends on, read before Django computed it; it is
served only while they are all current, and stored only if none changed meanwhile. So
the other sessions' pages stay when a clerk records an arrival.

Safety: only ``GET`` and ``HEAD`` from a visitor carrying no cookie but the CSRF one and
no ``Authorization`` are served or stored; only ``200`` responses with no ``Set-Cookie``,
no ``private``/``no-store`` ``Cache-Control``, no ``Vary`` beyond ``Cookie`` and
``Accept-Encoding``, a textual type and no CSRF token in the body are stored. So a
signed-in clerk never gets a cached page and no cached page carries a token or a name.

Headers: ``ETag`` (a hash of the body; ``If-None-Match`` answers ``304``),
``Cache-Control: no-cache`` (a browser may keep the page but asks again each time),
``Vary: Cookie``, ``X-Registre-Cache: hit|miss``. Size: ``REGISTRE_RESPONSE_CACHE_MB``
(docs/settings.md; 0 turns the cache off) bounds one page to an eighth of it; the
backend bounds the whole (Redis ``maxmemory``, the file cache's ``MAX_ENTRIES``).
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
from collections.abc import Callable, Iterable
from http.cookies import CookieError, SimpleCookie
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
GEN_ALL, GEN_LIST, GEN_OTHER = "registre:gen:all", "registre:gen:list", "registre:gen:other"
GEN_SESSION = "registre:gen:session:"


def store() -> Any:
    """The cache the pages and their generations live in (``settings.REGISTRE_PAGE_CACHE``)."""
    from django.conf import settings
    from django.core.cache import caches

    return caches[getattr(settings, "REGISTRE_PAGE_CACHE", "default")]


ITEM_PAGE = re.compile(r"^questions/([^/]+)/")


def generations_of(path: str) -> tuple[str, ...]:
    """The generations a page at ``path`` depends on.

    A session's page depends on the session's token and on its own part's: one item's
    (``questions/N/…``: its deliberation and its extract) or the summary's (the session's
    page and its documents, which show every item).
    """
    session = SESSION_PAGE.match(path)
    if session:
        url = session.group(0)
        item = ITEM_PAGE.match(path[len(url):])
        part = f"{GEN_SESSION}{url}#{item.group(1)}" if item else f"{GEN_SESSION}{url}#"
        return (GEN_ALL, GEN_SESSION + url, part)
    return (GEN_ALL, GEN_LIST if LISTING_PAGE.match(path) else GEN_OTHER)


# The file cache's ``add`` is a read then a write, not atomic: threads of one process that
# create a missing generation at once would each write their own token (and the page one of
# them stores would look stale to the others). One lock per process makes the creation single.
_CREATING = threading.Lock()


def current(keys: Iterable[str], cache: Any = None) -> tuple[str, ...]:
    """The current tokens of the generations ``keys`` (a missing one is created)."""
    cache = cache or store()
    keys = tuple(keys)
    got = cache.get_many(keys)
    if any(k not in got for k in keys):
        with _CREATING:
            got = cache.get_many(keys)
            for k in keys:
                if k not in got:
                    cache.add(k, secrets.token_hex(8), None)
                    got[k] = cache.get(k)
    return tuple(str(got[k]) for k in keys)


def current_generation(path: str = "/") -> str:
    """One string that changes whenever a page at ``path`` may have (for keys of other caches)."""
    return "-".join(current(generations_of(path)))


def bump_generation(scope: str | None = None, cache: Any = None, items: Iterable[str] | None = None) -> None:
    """Mark pages stale, in every process on every host sharing the cache.

    ``scope`` None: every page. ``scope`` a session's URL (``/collectivites/a/b/AAAA-MM-JJ/``):
    the pages under it and every page that is not a session's (listings, searches,
    subsidies) — the pages of the other sessions stay. ``"=" + URL``: a change that no
    listing or search shows (attendance, proxies, interests, votes): the registre's
    listings and searches stay too. ``items`` (with a session scope): only those items'
    pages and the session's summary pages change, the other items' pages stay. Tokens
    are set, not incremented: no bump is lost.
    """
    cache = cache or store()
    token = secrets.token_hex(8)
    url = (scope or "").removeprefix("=")
    session = SESSION_PAGE.match(url)
    if not scope or "\n" in scope or not session or session.group(0) != url:
        cache.set(GEN_ALL, token, None)
        return
    if items is None:
        tokens = {GEN_SESSION + url: token, GEN_OTHER: token}
    else:
        tokens = {f"{GEN_SESSION}{url}#{n}": token for n in items if "/" not in n}
        tokens.update({f"{GEN_SESSION}{url}#": token, GEN_OTHER: token})
    if not scope.startswith("="):
        tokens[GEN_LIST] = token
    cache.set_many(tokens, None)


class ResponseCache:
    """WSGI middleware: ``ResponseCache(django_application, max_bytes)``.

    ``cache`` is the Django cache the pages live in (default: :func:`store`, looked up at
    the first request so that settings are loaded).
    """

    def __init__(self, app: Callable[..., Iterable[bytes]], max_bytes: int, cache: Any = None,
                 csrf_cookie: str = "csrftoken", timeout: int | None = 86_400):
        self.app, self.max_bytes, self.csrf_cookie = app, max_bytes, csrf_cookie
        self.max_entry = max(max_bytes // 8, 1)
        self.timeout = timeout
        self._cache = cache
        self._lock = threading.Lock()
        self._computing: dict[str, threading.Event] = {}
        self.hits = self.misses = 0

    @property
    def cache(self) -> Any:
        if self._cache is None:
            self._cache = store()
        return self._cache

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if self.max_bytes <= 0 or not self._anonymous_read(environ):
            return self.app(environ, start_response)
        path = environ.get("PATH_INFO", "")
        raw = "\n".join((environ.get("wsgi.url_scheme", "") + "://" + environ.get("HTTP_HOST", ""), path,
                         environ.get("QUERY_STRING", "")))
        key = "registre:page:" + hashlib.blake2b(raw.encode("utf-8", "surrogateescape"),
                                                 digest_size=16).hexdigest()
        entry, generation = self._lookup(key, path)
        waiting = None
        if entry is None:
            with self._lock:
                waiting = self._computing.get(key)
                if waiting is None:
                    self._computing[key] = threading.Event()
            if waiting is not None:
                # The same page is being computed by another thread: wait for it rather than
                # compute it again (50 visitors of a new page cost one Django request, not 50).
                waiting.wait(_WAIT_SECONDS)
                entry, generation = self._lookup(key, path)
        if entry is not None:
            self.hits += 1
            return self._answer(entry, environ, start_response, "hit")
        self.misses += 1
        try:
            return self._compute(key, path, generation, environ, start_response)
        finally:
            if waiting is None:
                with self._lock:
                    self._computing.pop(key).set()

    def _lookup(self, key: str, path: str) -> tuple[tuple[bytes, Headers, str] | None, tuple[str, ...]]:
        """The stored page if all its generations are current, and the current generations."""
        gens = generations_of(path)
        got = self.cache.get_many([key, *gens])
        if any(g not in got for g in gens):
            return None, current(gens, self.cache)
        generation = tuple(str(got[g]) for g in gens)
        stored = got.get(key)
        if stored is None or tuple(stored[0]) != generation:
            return None, generation
        return (stored[1], stored[2], stored[3]), generation

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

    def _compute(self, key: str, path: str, generation: tuple[str, ...], environ: dict[str, Any],
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
        entry = (body, _shared_headers(headers), etag)
        # Stored only if no write made it stale while Django computed it.
        if b"csrfmiddlewaretoken" not in body and len(body) + _ENTRY_OVERHEAD <= self.max_entry \
                and current(generations_of(path), self.cache) == generation:
            self.cache.set(key, (generation, *entry), self.timeout)
        return self._answer(entry, environ, start_response, "miss")

    @staticmethod
    def _answer(entry: tuple[bytes, Headers, str], environ: dict[str, Any], start_response: StartResponse,
                how: str) -> Iterable[bytes]:
        """The stored page, or ``304`` when the browser already has this version."""
        body, stored_headers, etag = entry
        headers = [*stored_headers, ("ETag", etag), ("X-Registre-Cache", how)]
        match = environ.get("HTTP_IF_NONE_MATCH", "")
        tags = [t.strip().removeprefix("W/") for t in match.split(",")] if match else []
        if "*" in tags or etag in tags:
            start_response("304 Not Modified", [(k, v) for k, v in headers
                                                if k.lower() not in ("content-length", "content-type")])
            return [b""]
        start_response("200 OK", headers)
        return [b""] if environ["REQUEST_METHOD"] == "HEAD" else [body]


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
