"""The whole-response cache in front of Django (registre.web.pagecache): fresh, never personal."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from registre.core import check_session
from registre.web import models as m
from registre.web.convert import session_to_core
from registre.web.pagecache import (
    GEN_ALL,
    GEN_LIST,
    GEN_SESSION,
    ResponseCache,
    bump_generation,
    current,
    current_generation,
    store,
)
from tests.web.test_workspace import _confirming


@pytest.fixture
def portal() -> ResponseCache:
    """Django's WSGI application behind the configured page cache (emptied by conftest)."""
    return ResponseCache(WSGIHandler(), 8 * 1024 * 1024)


def call(app: Any, path: str, method: str = "GET", **headers: str) -> tuple[str, dict[str, str], bytes]:
    """(status, headers, body) of ``app`` for one request made by hand (WSGI, as the server does)."""
    p, _, query = path.partition("?")
    environ = {"REQUEST_METHOD": method, "PATH_INFO": p, "QUERY_STRING": query, "SERVER_NAME": "testserver",
               "SERVER_PORT": "80", "HTTP_HOST": "testserver", "wsgi.input": io.BytesIO(b""),
               "wsgi.url_scheme": "http", "wsgi.errors": io.StringIO(), "SERVER_PROTOCOL": "HTTP/1.1",
               **{"HTTP_" + k.upper(): v for k, v in headers.items()}}
    got: dict[str, Any] = {}

    def start_response(status: str, hdrs: list[tuple[str, str]], exc_info: Any = None) -> None:
        got["status"], got["headers"] = status, dict(hdrs)

    # As Django's test client does: the test's transaction keeps its connection open.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        result = app(environ, start_response)
        body = b"".join(result)
        if hasattr(result, "close"):
            result.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return got["status"], got["headers"], body


def _present_at(session: m.Session, number: str) -> int:
    return check_session(session_to_core(session)).item(number).quorum.counted


def test_second_visit_is_served_from_the_cache_with_etag_and_vary(portal, conseil):
    url = conseil.items.get(number="13").get_absolute_url()
    status, h1, body1 = call(portal, url)
    assert status.startswith("200") and h1["X-Registre-Cache"] == "miss"
    status, h2, body2 = call(portal, url)
    assert h2["X-Registre-Cache"] == "hit" and body2 == body1
    assert h2["ETag"] == h1["ETag"] and h2["Vary"] == "Cookie" and h2["Cache-Control"] == "no-cache"
    status, _h3, body3 = call(portal, url, if_none_match=h1["ETag"])
    assert status.startswith("304") and body3 == b""
    assert call(portal, url, method="HEAD")[2] == b""


def test_a_clerks_arrival_shows_at_once_on_the_public_page(portal, conseil, clerk,
                                                              django_capture_on_commit_callbacks):
    url = conseil.items.get(number="13").get_absolute_url()
    before = _present_at(conseil, "13")
    assert f"{before} présents" in call(portal, url)[2].decode()
    assert call(portal, url)[1]["X-Registre-Cache"] == "hit"
    person = next(iter(check_session(session_to_core(conseil)).item("13").absent))
    with django_capture_on_commit_callbacks(execute=True):
        resp = _confirming(clerk, f"/greffe/seance/{conseil.pk}/mouvement/", {
            "mouvement-person": person, "mouvement-kind": "arrivee", "mouvement-item": "13"}, "mouvement")
    assert resp.status_code == 302
    _status, headers, body = call(portal, url)
    assert headers["X-Registre-Cache"] == "miss"  # the write made the session's pages stale
    assert f"{before + 1} présents" in body.decode()  # one more present from item 13 on
    home = call(portal, "/")[2].decode()  # listings too: not the 30 s copy of Django's cache
    assert call(portal, "/")[1]["X-Registre-Cache"] == "hit" and home


def test_a_write_committed_while_a_page_is_computed_is_not_stored(portal, conseil):
    url = conseil.get_absolute_url()
    inner = portal.app

    def slow(environ, start_response):  # type: ignore[no-untyped-def]
        result = inner(environ, start_response)
        bump_generation()  # a clerk's write commits while Django renders the old page
        return result

    portal.app = slow
    call(portal, url)
    portal.app = inner
    assert call(portal, url)[1]["X-Registre-Cache"] == "miss"


def test_signed_in_users_never_get_a_cached_page(portal, conseil, clerk):
    url = conseil.get_absolute_url()
    call(portal, url)
    assert call(portal, url)[1]["X-Registre-Cache"] == "hit"
    cookie = "; ".join(f"{k}={v.value}" for k, v in clerk.cookies.items())
    _status, headers, body = call(portal, url, cookie=cookie)
    assert "X-Registre-Cache" not in headers
    assert "greffier-gbm" in body.decode() or "Se déconnecter" in body.decode()
    assert call(portal, url, cookie=cookie)[1].get("X-Registre-Cache") is None
    assert portal.hits == 1


def test_no_cached_page_carries_a_csrf_token_or_a_cookie(portal, conseil, clerk):
    _status, headers, body = call(portal, "/greffe/connexion/")
    assert b"csrfmiddlewaretoken" in body
    assert call(portal, "/greffe/connexion/")[1].get("X-Registre-Cache") is None  # never stored
    for url in ("/", conseil.get_absolute_url(), "/recherche/?q=subvention"):
        call(portal, url)
        _status, headers, body = call(portal, url, cookie="csrftoken=abc")
        assert headers["X-Registre-Cache"] == "hit"
        assert b"csrfmiddlewaretoken" not in body and b"greffier-gbm" not in body
        assert b"Se d\xc3\xa9connecter" not in body and "Set-Cookie" not in headers


def test_posts_and_errors_are_not_cached(portal, seeded):
    assert call(portal, "/collectivites/nulle-part/")[0].startswith("404")
    assert call(portal, "/collectivites/nulle-part/")[1].get("X-Registre-Cache") is None
    assert call(portal, "/", method="POST")[1].get("X-Registre-Cache") is None


def test_a_page_too_big_is_served_but_not_stored(seeded):  # type: ignore[no-untyped-def]
    small = ResponseCache(WSGIHandler(), 8 * 1024)  # pages of at most 1 KiB are kept
    url = m.Session.objects.first().get_absolute_url()
    assert call(small, url)[0].startswith("200")
    assert call(small, url)[1]["X-Registre-Cache"] == "miss"


def test_generation_changes_at_each_bump():
    first = current_generation("/")
    bump_generation()
    second = current_generation("/")
    assert second != first
    bump_generation(scope="=/collectivites/a/b/2024-04-11/")  # no listing shows it: listings' stays
    assert current_generation("/") == second
    bump_generation(scope="/collectivites/a/b/2024-04-11/")  # a title: listings change
    assert current_generation("/") != second


def test_pages_live_in_the_configured_cache(settings):  # type: ignore[no-untyped-def]
    from django.core.cache import caches

    assert store() is caches[settings.REGISTRE_PAGE_CACHE]


def test_visitors_of_a_page_being_computed_wait_for_it():
    import threading
    import time

    calls = []

    def slow_app(environ, start_response):  # type: ignore[no-untyped-def]
        calls.append(environ["PATH_INFO"])
        time.sleep(0.2)
        start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
        return [b"<p>page</p>"]

    cache = ResponseCache(slow_app, 1024 * 1024)
    bodies: list[bytes] = []
    threads = [threading.Thread(target=lambda: bodies.append(call(cache, "/page/")[2])) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert calls == ["/page/"] and bodies == [b"<p>page</p>"] * 8


def test_a_clerks_action_keeps_the_other_sessions_pages_and_drops_the_listings(
        portal, seeded, conseil, clerk, django_capture_on_commit_callbacks):  # type: ignore[no-untyped-def]
    other = next(s for s in seeded if s.pk != conseil.pk)
    mine, theirs = conseil.items.get(number="13").get_absolute_url(), other.get_absolute_url()
    for url in (mine, theirs, "/", "/recherche/?q=subvention"):
        call(portal, url)
    person = next(iter(check_session(session_to_core(conseil)).item("13").absent))
    part = f"{GEN_SESSION}{conseil.get_absolute_url()}#13"  # item 13's pages
    tokens = current([GEN_LIST, part])
    with django_capture_on_commit_callbacks(execute=True):
        _confirming(clerk, f"/greffe/seance/{conseil.pk}/mouvement/", {
            "mouvement-person": person, "mouvement-kind": "arrivee", "mouvement-item": "13"}, "mouvement")
    after = current([GEN_LIST, part])
    assert after[0] == tokens[0] and after[1] != tokens[1]  # the session's pages go, listings stay
    assert call(portal, mine)[1]["X-Registre-Cache"] == "miss"
    for url in (theirs, "/", "/recherche/?q=subvention"):  # no listing shows who was present
        assert call(portal, url)[1]["X-Registre-Cache"] == "hit", url
    bump_generation(scope=conseil.get_absolute_url())  # a title changed: listings and searches go
    assert call(portal, theirs)[1]["X-Registre-Cache"] == "hit"
    for url in (mine, "/", "/recherche/?q=subvention", "/subventions/"):
        assert call(portal, url)[1].get("X-Registre-Cache") != "hit", url
    bump_generation()  # an import, an admin change: every page goes
    assert call(portal, theirs)[1]["X-Registre-Cache"] == "miss"


def test_editing_a_deliberation_drops_the_searches(portal, conseil, clerk,  # type: ignore[no-untyped-def]
                                                   django_capture_on_commit_callbacks):
    from registre.web.services.sitting import edit_deliberation

    it = conseil.items.select_related("text").get(number="13")
    call(portal, "/recherche/?q=Zygomorphe")
    listings = current([GEN_LIST, GEN_ALL])
    with django_capture_on_commit_callbacks(execute=True):
        edit_deliberation(clerk.user, it, title="Subvention Zygomorphe", deliberation=it.deliberation,
                          matiere=it.text.matiere, amount=it.text.operation_amount,
                          beneficiary=it.text.beneficiary, summary=it.text.summary,
                          decisions=list(it.text.decisions))
    now = current([GEN_LIST, GEN_ALL])
    assert now[0] != listings[0] and now[1] == listings[1]  # the searches go, not every page
    assert b"Zygomorphe" in call(portal, "/recherche/?q=Zygomorphe")[2]


def test_a_dated_url_not_in_canonical_form_goes_at_every_write(portal, conseil):  # type: ignore[no-untyped-def]
    odd = conseil.get_absolute_url().replace(conseil.date.isoformat(), conseil.date.strftime("%Y%m%d"))
    assert call(portal, odd)[0].startswith("200")  # Python ≥ 3.11 reads the compact date form
    assert call(portal, odd)[1]["X-Registre-Cache"] == "hit"
    bump_generation(scope=conseil.get_absolute_url())
    assert call(portal, odd)[1]["X-Registre-Cache"] == "miss"


def test_a_vote_drops_only_its_items_pages_and_the_sessions(portal, conseil, clerk,  # type: ignore[no-untyped-def]
                                                            django_capture_on_commit_callbacks):
    from registre.web.services import record_vote

    five, thirteen = (conseil.items.get(number=n) for n in ("5", "13"))
    pages = [five.get_absolute_url(), thirteen.get_absolute_url(), conseil.get_absolute_url()]
    for url in pages:
        call(portal, url)
    with django_capture_on_commit_callbacks(execute=True):
        record_vote(clerk.user, five, unanimous=True, counts=None)
    assert call(portal, pages[0])[1]["X-Registre-Cache"] == "miss"  # its figures changed
    assert call(portal, pages[2])[1]["X-Registre-Cache"] == "miss"  # the session's page shows them
    assert call(portal, pages[1])[1]["X-Registre-Cache"] == "hit"  # item 13: nothing changed
    assert "Aucun vote enregistré" not in call(portal, pages[0])[2].decode()
