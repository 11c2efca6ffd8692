"""What a public deployment needs around the views: request ids, the 500 page, second factor.

- :class:`RequestIdMiddleware` gives every request an id (the proxy's ``X-Request-ID`` when
  it sends a sane one, else a new one), answers it in ``X-Request-ID`` and lets
  :class:`RequestIdFilter` put it in every log line, so that the id a visitor reads on the
  error page finds the traceback in the journal.
- :func:`server_error` is the 500 page: French, the request id, nothing of the error.
- :class:`SecondFactorMiddleware` sends a signed-in user who has not given their second
  factor to the page that asks for it (``views/account.py``): always when the user has
  one, and for everyone when the deployment sets ``REGISTRE_REQUIRE_2FA``.
"""

from __future__ import annotations

import base64
import contextvars
import hashlib
import logging
import re
import uuid
from collections.abc import Callable
from html import escape

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, HttpResponseServerError
from django.urls import reverse
from django.utils.http import urlencode

REQUEST_ID: contextvars.ContextVar[str] = contextvars.ContextVar("registre_request_id", default="-")
_SANE_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")


class RequestIdMiddleware:
    """Sets ``request.request_id`` and the ``X-Request-ID`` response header."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        given = request.headers.get("X-Request-ID", "")
        trusted = getattr(settings, "BEHIND_PROXY", False) and _SANE_ID.fullmatch(given)
        rid = given if trusted else uuid.uuid4().hex
        request.request_id = rid  # type: ignore[attr-defined]
        token = REQUEST_ID.set(rid)
        try:
            response = self.get_response(request)
        finally:
            REQUEST_ID.reset(token)
        response["X-Request-ID"] = rid
        return response


class RequestIdFilter(logging.Filter):
    """Adds ``request_id`` to every record: the request's, or « - » outside a request."""

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        record.request_id = getattr(request, "request_id", None) or REQUEST_ID.get()
        return True


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 page: an apology in French and the request id to quote; no template, no query
    (whatever broke must not break this page too)."""
    rid = escape(getattr(request, "request_id", "") or REQUEST_ID.get())
    body = (
        '<!doctype html><html lang="fr"><head><meta charset="utf-8">'
        "<title>Erreur du serveur · Registre</title>"
        '<link rel="stylesheet" href="/static/registre/style.css"></head><body><main id="contenu">'
        "<h1>Erreur du serveur</h1><p>La page n'a pas pu être produite. L'erreur est enregistrée ; "
        "si elle se répète, signalez-la à l'administrateur du portail en citant la référence "
        f"<code>{rid}</code>.</p><p><a href=\"/\">Retour à l'accueil</a></p></main></body></html>"
    )
    return HttpResponseServerError(body)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """The 400 page: what in the address was not understood, in French."""
    from django.shortcuts import render

    message = str(exception or "") if isinstance(exception, BadRequest) else ""
    return render(request, "registre/400.html", {"message": message}, status=400)


# Paths a user who still owes the second factor may reach: the page that asks for it,
# signing out, and the static files those pages need.
def _open_paths() -> tuple[str, ...]:
    return (reverse("registre:second-factor"), reverse("registre:logout"), "/static/")


class SecondFactorMiddleware:
    """Signed-in but not verified: to the second-factor page, when one is owed (see module)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (user.is_authenticated and not user.is_verified()  # type: ignore[union-attr]
                and not request.path.startswith(_open_paths()) and owes_second_factor(user)):
            target = reverse("registre:second-factor")
            return HttpResponseRedirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


def owes_second_factor(user: object) -> bool:
    """Whether ``user`` must give a second factor: the deployment requires it, or they have one."""
    from django_otp import user_has_device

    return bool(settings.REGISTRE_REQUIRE_2FA or user_has_device(user, confirmed=True))


_STYLE = re.compile(rb"<style[^>]*>(.*?)</style>", re.S | re.I)


def allow_own_styles(response: HttpResponse) -> HttpResponse:
    """Let a standalone HTML document (an extract to download) keep its own ``<style>``: the
    CSP of that response alone allows those exact stylesheets by their SHA-256, so nothing
    else inline (nothing injected) is allowed, and the document stays one self-contained file."""
    hashes = ["'sha256-" + base64.b64encode(hashlib.sha256(m.group(1)).digest()).decode() + "'"
              for m in _STYLE.finditer(response.content)]
    if hashes:
        response._csp_update = {"style-src": hashes}  # type: ignore[attr-defined]
    return response
