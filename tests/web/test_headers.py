"""Headers of a public portal: a strict CSP with nothing inline, request ids, the logged 500."""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from pathlib import Path

import pytest
from django.http import HttpRequest, HttpResponse
from django.test import Client, override_settings
from django.urls import include, path

SRC = Path(__file__).parents[2] / "src" / "registre" / "web"
ITEM = "/collectivites/grand-besancon-metropole/conseil-de-communaute/2024-04-11/questions/13/"

# What a CSP without 'unsafe-inline' blocks: inline <script>, <style>, style="…", on…="…", javascript: URLs.
INLINE = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle\s*=|\son[a-z]+\s*=|javascript:", re.I)


def test_no_template_holds_inline_script_or_style() -> None:
    templates = [p for p in SRC.rglob("templates/**/*.html")]
    assert len(templates) > 10
    offenders = [f"{p.relative_to(SRC)}: {m.group(0)}" for p in templates
                 for m in INLINE.finditer(p.read_text("utf-8"))]
    assert not offenders, offenders


def test_the_inline_pattern_catches_what_it_must() -> None:
    for bad in ("<script>alert(1)</script>", "<style>p{}</style>", '<p style="x">', '<a onclick="x">'):
        assert INLINE.search(bad), bad
    assert not INLINE.search('<script src="/static/registre/registre.js" defer></script>')


def _csp(response: HttpResponse) -> dict[str, list[str]]:
    out = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        out[name] = values
    return out


@pytest.mark.parametrize("url", ["/", "/recherche/?q=subvention", ITEM, "/greffe/connexion/",
                                 "/collectivites/grand-besancon-metropole/subventions/"])
def test_pages_carry_a_strict_csp(seeded, url: str) -> None:  # type: ignore[no-untyped-def]
    r = Client().get(url)
    assert r.status_code == 200
    csp = _csp(r)
    assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"]
    assert "unsafe-inline" not in r["Content-Security-Policy"]
    assert not INLINE.search(r.content.decode()), "an inline script or style reached the page"


def test_the_html_extract_keeps_only_its_own_stylesheet(seeded) -> None:  # type: ignore[no-untyped-def]
    r = Client().get(ITEM + "extrait.html")
    assert r.status_code == 200
    (style,) = re.findall(rb"<style[^>]*>(.*?)</style>", r.content, re.S)
    digest = "'sha256-" + base64.b64encode(hashlib.sha256(style).digest()).decode() + "'"
    assert _csp(r)["style-src"] == ["'self'", digest]
    assert _csp(Client().get(ITEM))["style-src"] == ["'self'"]  # the hash is for that response alone


def test_every_answer_has_a_request_id(seeded) -> None:  # type: ignore[no-untyped-def]
    a, b = Client().get("/")["X-Request-ID"], Client().get("/")["X-Request-ID"]
    assert len(a) == 32 and a != b


def test_a_proxy_request_id_is_kept_only_behind_a_proxy(seeded) -> None:  # type: ignore[no-untyped-def]
    given = "0123456789abcdef0123456789abcdef"
    assert Client().get("/", HTTP_X_REQUEST_ID=given)["X-Request-ID"] != given
    with override_settings(BEHIND_PROXY=True):
        assert Client().get("/", HTTP_X_REQUEST_ID=given)["X-Request-ID"] == given
        assert Client().get("/", HTTP_X_REQUEST_ID="<bad id>")["X-Request-ID"] != "<bad id>"


# A URL configuration with one broken view, to see what a 500 does in production.
def _broken(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("panne simulée du test")


urlpatterns = [path("panne/", _broken), path("", include("registre.web.urls"))]
handler500 = "registre.web.security.server_error"


@override_settings(ROOT_URLCONF=__name__, DEBUG=False)
def test_a_500_is_logged_with_the_request_id_the_page_shows(db, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.ERROR, logger="django.request")
    logger = logging.getLogger("django.request")
    logger.addHandler(caplog.handler)  # the project's LOGGING does not propagate to the root
    try:
        r = Client(raise_request_exception=False).get("/panne/")
    finally:
        logger.removeHandler(caplog.handler)
    assert r.status_code == 500
    rid = r["X-Request-ID"]
    page = r.content.decode()
    assert rid in page and "Erreur du serveur" in page and "panne simulée" not in page
    (record,) = [rec for rec in caplog.records if rec.name == "django.request"]
    assert record.request_id == rid  # type: ignore[attr-defined]
    assert record.exc_info and "panne simulée du test" in str(record.exc_info[1])


def test_the_logging_configuration_writes_the_id(db) -> None:  # type: ignore[no-untyped-def]
    """The formatter of settings.LOGGING carries the id: a real handler, a real line."""
    import io

    from django.conf import settings

    from registre.web.security import REQUEST_ID, RequestIdFilter

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter(settings.LOGGING["formatters"]["plain"]["format"]))
    handler.addFilter(RequestIdFilter())
    log = logging.getLogger("registre.test")
    log.addHandler(handler)
    token = REQUEST_ID.set("abc123def456")
    try:
        log.error("quelque chose")
    finally:
        REQUEST_ID.reset(token)
        log.removeHandler(handler)
    assert "[abc123def456] registre.test: quelque chose" in stream.getvalue()
