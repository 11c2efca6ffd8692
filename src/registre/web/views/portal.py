"""The public portal: authorities, assemblies, sessions, deliberations, search. Read-only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from registre.core.actes import LEVEL1, MATIERES, matiere_label
from registre.web import models as m
from registre.web.convert import stored_report
from registre.web.pagecache import current_generation
from registre.web.search import Filters, search

PAGE_CACHE_SECONDS = 600
# Rules about the vote itself, whose findings the deliberation's page shows beside the tally.
VOTE_RULES = frozenset({"REC-SUM", "V-01", "V-02", "V-03", "V-09", "C-01", "C-03", "P-01"})


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    return _cached(request, None, lambda: _home(request))


def _home(request: HttpRequest) -> HttpResponse:
    authorities = m.Authority.objects.prefetch_related("assemblies")
    recent = m.Session.objects.select_related("assembly__authority")[:10]
    return render(request, "registre/home.html", {"authorities": authorities, "recent": recent})


@require_safe
def authority(request: HttpRequest, authority: str) -> HttpResponse:
    return _cached(request, None, lambda: _authority(request, authority))


def _authority(request: HttpRequest, authority: str) -> HttpResponse:
    auth = get_object_or_404(m.Authority, slug=authority)
    return render(request, "registre/authority.html", {"authority": auth,
                                                       "assemblies": auth.assemblies.all()})


@require_safe
def assembly(request: HttpRequest, authority: str, assembly: str) -> HttpResponse:
    return _cached(request, None, lambda: _assembly(request, authority, assembly))


def _assembly(request: HttpRequest, authority: str, assembly: str) -> HttpResponse:
    asm = get_object_or_404(m.Assembly.objects.select_related("authority"),
                            authority__slug=authority, slug=assembly)
    sessions = Paginator(asm.sessions.all(), 50).get_page(request.GET.get("page"))
    return render(request, "registre/assembly.html", {"assembly": asm, "sessions": sessions})


def _session(authority: str, assembly: str, date: str) -> m.Session:
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        raise Http404("date invalide") from None
    return get_object_or_404(m.Session.objects.select_related("assembly__authority", "president",
                                                              "secretary"),
                             assembly__authority__slug=authority, assembly__slug=assembly, date=day)


def _cached(request: HttpRequest, s: m.Session | None, build: Callable[[], HttpResponse]) -> HttpResponse:
    """The page for anonymous visitors, from the cache when it is there.

    A page computed from a session ``s`` is kept until the session's next revision (any
    write through the services); a listing (``s`` None) for ``REGISTRE_LIST_CACHE_SECONDS``.
    Signed-in users always get a fresh page (theirs carries their name and a CSRF token).
    """
    if request.user.is_authenticated:
        return build()
    if s is None:
        # Listings show every session: kept until the next write anywhere (pagecache.py).
        key, timeout = (f"registre:list:{current_generation(request.path)}:" + request.get_full_path(),
                        settings.REGISTRE_LIST_CACHE_SECONDS)
    else:
        key, timeout = f"registre:page:{s.pk}:{s.revision}:{request.path}", PAGE_CACHE_SECONDS
    if timeout <= 0:
        return build()
    html = cache.get(key)
    if html is None:
        response = build()
        if response.status_code == 200:
            cache.set(key, response.content, timeout)
        return response
    return HttpResponse(html)


@require_safe
def session(request: HttpRequest, authority: str, assembly: str, date: str) -> HttpResponse:
    s = _session(authority, assembly, date)
    return _cached(request, s, lambda: _session_page(request, s))


def _session_page(request: HttpRequest, s: m.Session) -> HttpResponse:
    report = stored_report(s)
    core = report.session
    items = list(s.items.select_related("text"))
    rows = [(it, r) for it, r in zip(items, report.items, strict=False)]
    return render(request, "registre/session.html", {
        "session": s, "core": core, "report": report, "rows": rows,
        "present_count": len({a.person for a in core.attendance}),
        "documents": _documents_available(),
    })


@require_safe
def item(request: HttpRequest, authority: str, assembly: str, date: str, number: str) -> HttpResponse:
    s = _session(authority, assembly, date)
    return _cached(request, s, lambda: _item_page(request, s, number))


def _item_page(request: HttpRequest, s: m.Session, number: str) -> HttpResponse:
    it = get_object_or_404(s.items.select_related("rapporteur", "text", "vote"), number=number)
    report = stored_report(s)
    core = report.session
    result = report.item(number)
    name = core.name_of
    return render(request, "registre/item.html", {
        "session": s, "item": it, "text": getattr(it, "text", None), "result": result, "core": core,
        "matiere": matiere_label(getattr(getattr(it, "text", None), "matiere", None)),
        "present": [name(p) for p in result.present],
        "represented": [(name(g), name(h)) for g, h in result.represented.items()],
        "absent": [name(p) for p in result.absent],
        "interested": [(name(i.person), i) for i in result.interested],
        "findings": [f for f in report.all_findings() if f.item in (None, number)],
        # The disagreements of the vote, each with its rule, shown beside it (issue 11, part 2).
        "vote_findings": [f for f in result.findings if f.rule in VOTE_RULES],
        # Those who take no part: voters present who did not vote and interested members (C-03).
        "not_taking_part": (result.tally.counts.not_voting or 0 if result.tally else 0)
        + result.interested_votes,
        "documents": _documents_available(),
    })


def _documents_available() -> bool:
    """Whether the renderer (``registre.rendering``) is installed: the download links show."""
    try:
        import registre.rendering  # noqa: F401
    except ImportError:
        return False
    return True


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


# Amounts as stored (15 digits, 2 after the point): anything larger, NaN or Infinity is not one.
MAX_AMOUNT = Decimal("9999999999999.99")


def _amount(value: str | None) -> Decimal | None:
    try:
        amount = Decimal(value.replace(" ", "").replace("\u202f", "").replace(",", ".")) if value else None
    except InvalidOperation:
        return None
    if amount is None or not amount.is_finite() or abs(amount) > MAX_AMOUNT:
        return None
    return amount


# Ids of the database are positive 64-bit integers; a page past the last shows the last.
MAX_ID = 2**63 - 1
MAX_PAGE = 100_000


def _int(value: str | None, default: int | None = None, maximum: int = MAX_ID) -> int | None:
    try:
        number = int(value, 10) if value and len(value) <= 20 else default
    except ValueError:
        return default
    return number if number is None or 1 <= number <= maximum else default


def _text(value: str | None, limit: int) -> str:
    """A free-text parameter without control characters (NUL breaks PostgreSQL), cut to ``limit``."""
    return "".join(c for c in (value or "")[:limit] if c.isprintable() or c == " ")


def search_filters(params: Any) -> tuple[Filters, dict[str, str]]:
    """Filters from the query string, and the French message of each field that was not understood."""
    errors: dict[str, str] = {}
    for key, parse, msg in (("du", _date, "date attendue (AAAA-MM-JJ)"),
                            ("au", _date, "date attendue (AAAA-MM-JJ)"),
                            ("montant_min", _amount, "montant attendu, en euros"),
                            ("montant_max", _amount, "montant attendu, en euros"),
                            ("assemblee", _int, "assemblée inconnue"),
                            ("page", _int, "numéro de page attendu")):
        if params.get(key) and parse(params.get(key)) is None:
            errors[key] = msg
    f = Filters(
        query=_text(params.get("q"), 200), assembly=_int(params.get("assemblee")),
        date_from=_date(params.get("du")), date_to=_date(params.get("au")),
        matiere=_text(params.get("matiere"), 10).strip(), amount_min=_amount(params.get("montant_min")),
        amount_max=_amount(params.get("montant_max")), beneficiary=_text(params.get("beneficiaire"), 200),
        page=_int(params.get("page"), 1, MAX_PAGE) or MAX_PAGE,
    )
    return f, errors


@require_safe
def search_view(request: HttpRequest) -> HttpResponse:
    return _cached(request, None, lambda: _search(request))


def _search(request: HttpRequest) -> HttpResponse:
    f, errors = search_filters(request.GET)
    asked = any(request.GET.get(k) for k in ("q", "assemblee", "du", "au", "matiere", "montant_min",
                                             "montant_max", "beneficiaire"))
    page = search(f, settings.REGISTRE_PAGE_SIZE) if asked else None
    params = request.GET.copy()
    params.pop("page", None)
    return render(request, "registre/search.html", {
        "filters": f, "errors": errors, "page": page, "asked": asked, "query_string": params.urlencode(),
        "assemblies": m.Assembly.objects.select_related("authority"),
        "matieres": _matieres(),
    }, status=400 if errors else 200)


def _matieres() -> list[tuple[str, str]]:
    """ACTES matières for the filter: each level 1, then its level 2 codes."""
    out: list[tuple[str, str]] = []
    for top, label in LEVEL1.items():
        out.append((top, f"{top} — {label}"))
        out += [(code, f"\u00a0\u00a0{code} — {name}") for code, name in MATIERES.items()
                if code.split(".")[0] == top]
    return out
