"""``/api/v1/``: the register read by anyone, written by clerks with a token.

Every figure comes from the core's computation on the stored session
(:func:`registre.core.check_session`), as on the portal. Writes go through the same
services as the workspace's forms (:mod:`registre.web.services.sitting`), so they are
refused with the same rule IDs. Every error is an RFC 9457 problem in French.
"""


import datetime as dt
from typing import Annotated, Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import NinjaAPI, Path, Query, Router
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.pagination import LimitOffsetPagination, paginate
from ninja.security import HttpBearer

from registre.core import check_session
from registre.core.check import ItemResult, SessionReport
from registre.core.errors import Finding
from registre.web import models as m
from registre.web.api import schemas as s
from registre.web.api.models import ApiToken, digest
from registre.web.convert import session_to_core
from registre.web.services import sitting
from registre.web.subsidies import models as sm

Id = Annotated[int, Path(ge=1, le=2_147_483_647, description="identifiant numérique")]
Slug = Annotated[str, Path(max_length=200, pattern=r"^[-a-zA-Z0-9_]+$")]
ERRORS = {400: s.Problem, 404: s.Problem, 422: s.Problem}
WRITE_ERRORS = {**ERRORS, 401: s.Problem, 403: s.Problem}


class TokenAuth(HttpBearer):
    """``Authorization: Bearer rg_…``: a clerk's token (``registre token``)."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        row = (ApiToken.objects.select_related("user").filter(key_digest=digest(token), revoked_at=None)
               .first())
        if row is None or not row.user.is_active:
            return None
        ApiToken.objects.filter(pk=row.pk).update(last_used_at=timezone.now())
        request.user = row.user
        return row.user


class RegistreAPI(NinjaAPI):
    """django-ninja's API, whose error answers are documented as ``application/problem+json``."""

    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> Any:
        schema = super().get_openapi_schema(*args, **kwargs)
        for methods in schema.get("paths", {}).values():
            for operation in methods.values():
                for status, response in operation.get("responses", {}).items():
                    content = response.get("content", {})
                    if str(status).startswith(("4", "5")) and "application/json" in content:
                        content["application/problem+json"] = content.pop("application/json")
        return schema


api = RegistreAPI(
    title="Registre — API", version="1", urls_namespace="api",
    description="Le registre des délibérations : collectivités, assemblées, membres, séances, "
                "questions avec présences, pouvoirs, intérêts et votes calculés, délibérations, "
                "conventions de subvention. Lecture publique ; écriture par les greffiers avec un jeton.",
)


def _problem(request: HttpRequest, status: int, title: str, detail: str, **extra: Any) -> HttpResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    response = api.create_response(request, body, status=status)
    response["Content-Type"] = "application/problem+json"
    return response


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    # Django's own message (« No Authority matches the given query. ») is not for the public.
    detail = str(exc) if str(exc) and not str(exc).startswith("No ") else "aucun objet à cette adresse"
    return _problem(request, 404, "Introuvable", detail)


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    details = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ()))} : {e.get('msg', '')}"
                        for e in exc.errors[:5])
    return _problem(request, 422, "Requête invalide", details or "requête invalide")


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: Exception) -> HttpResponse:
    response = _problem(request, 401, "Authentification requise",
                        "un jeton de greffier est requis : en-tête « Authorization: Bearer … »")
    response["WWW-Authenticate"] = "Bearer"
    return response


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: Exception) -> HttpResponse:
    return _problem(request, 403, "Interdit", str(exc) or "action réservée aux greffiers de la collectivité")


@api.exception_handler(sitting.Refused)
def _refused(request: HttpRequest, exc: sitting.Refused) -> HttpResponse:
    return _problem(request, 422, "Refusé par une règle", str(exc), rule=exc.rule, field=exc.field)


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return _problem(request, exc.status_code, "Erreur", str(exc))


class Pages(LimitOffsetPagination):
    """``limit`` (1–100, 50 by default) and ``offset`` (0–10⁹): bounded, so no query overflows."""

    class Input(s.Schema):
        limit: int = s.Field(50, ge=1, le=100, description="nombre d'éléments (au plus 100)")
        offset: int = s.Field(0, ge=0, le=1_000_000_000, description="à partir du n-ième élément")


read = Router(tags=["lecture"])
write = Router(tags=["écriture (greffiers)"], auth=TokenAuth())


def _session_out(request: HttpRequest, x: m.Session) -> dict[str, Any]:
    return {"id": x.pk, "authority": x.assembly.authority.slug, "assembly": x.assembly.name,
            "assembly_id": x.assembly_id, "date": x.date, "convocation_date": x.convocation_date,
            "place": x.place, "opened_at": x.opened_at, "closed_at": x.closed_at,
            "items": x.items.count(), "url": request.build_absolute_uri(x.get_absolute_url())}


def _finding(f: Finding) -> dict[str, Any]:
    return {"severity": f.severity.value, "rule": f.rule, "message": f.message, "item": f.item,
            "person": f.person}


def _counts(c: Any) -> dict[str, Any] | None:
    if c is None:
        return None
    return {"for": c.for_, "against": c.against, "abstention": c.abstention, "not_voting": c.not_voting}


def _item_out(request: HttpRequest, it: m.Item, r: ItemResult, report: SessionReport) -> dict[str, Any]:
    t = r.tally
    vote = getattr(it, "vote", None)
    roll = [] if vote is None else [
        {"voter": e.voter.key, "choice": e.choice,
         "on_behalf_of": e.on_behalf_of.key if e.on_behalf_of else None}
        for e in vote.roll_call.select_related("voter", "on_behalf_of")]
    return {
        "number": it.number, "position": r.position + 1, "title": it.title, "deliberation": it.deliberation,
        "present": list(r.present), "represented": dict(r.represented), "absent": list(r.absent),
        "interested": [{"person": i.person, "present": i.present, "votes": i.votes} for i in r.interested],
        "quorum": r.quorum.as_dict(),
        "tally": None if t is None else {
            "available": t.available, "removed_by_interest": t.removed_by_interest,
            "computed": _counts(t.counts), "outcome": t.outcome.value, "basis": t.basis,
            "recorded": _counts(t.recorded), "agrees": t.agrees},
        "roll_call": roll,
        "findings": [_finding(f) for f in report.all_findings() if f.item == it.number],
        "url": request.build_absolute_uri(it.get_absolute_url()),
    }


def _member(md: m.Mandate) -> dict[str, Any]:
    return {"key": md.person.key, "name": f"{md.person.first_name} {md.person.last_name}".strip(),
            "civility": md.person.civility, "commune": md.commune, "role": md.role,
            "functions": list(md.functions)}


def _session(pk: int) -> m.Session:
    return get_object_or_404(m.Session.objects.select_related("assembly__authority"), pk=pk)


@read.get("/authorities", by_alias=True, response=list[s.AuthorityOut], summary="Les collectivités")
@paginate(Pages)
def authorities(request: HttpRequest) -> QuerySet[m.Authority]:
    return m.Authority.objects.order_by("name")


@read.get("/authorities/{slug}", by_alias=True, response={200: s.AuthorityOut, **ERRORS},
          summary="Une collectivité")
def authority(request: HttpRequest, slug: Slug) -> m.Authority:
    return get_object_or_404(m.Authority, slug=slug)


@read.get("/authorities/{slug}/assemblies", by_alias=True, response={200: list[s.AssemblyOut], **ERRORS},
          summary="Les assemblées d'une collectivité")
def assemblies(request: HttpRequest, slug: Slug) -> list[dict[str, Any]]:
    a = get_object_or_404(m.Authority, slug=slug)
    return [{"id": x.pk, "authority": a.slug, "slug": x.slug, "name": x.name, "kind": x.kind,
             "members_in_office": x.members_in_office} for x in a.assemblies.all()]


@read.get("/assemblies/{id}/members", by_alias=True, response={200: list[s.MemberOut], **ERRORS},
          summary="Les membres d'une assemblée (à sa dernière séance)")
def members(request: HttpRequest, id: Id) -> list[dict[str, Any]]:
    asm = get_object_or_404(m.Assembly, pk=id)
    last = asm.sessions.order_by("-date").first()
    if last is None:
        return []
    return [_member(md) for md in last.mandates.select_related("person")]


class SessionFilter(s.Schema):
    authority: str | None = None
    assembly: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None


@read.get("/sessions", by_alias=True, response=list[s.SessionOut],
          summary="Les séances, les plus récentes d'abord")
@paginate(Pages)
def sessions(request: HttpRequest, filters: Query[SessionFilter]) -> list[dict[str, Any]]:
    qs = m.Session.objects.select_related("assembly__authority").order_by("-date", "pk")
    if filters.authority:
        qs = qs.filter(assembly__authority__slug=filters.authority[:200])
    if filters.assembly is not None:
        qs = qs.filter(assembly_id=filters.assembly) if 0 < filters.assembly < 2**31 else qs.none()
    if filters.since:
        qs = qs.filter(date__gte=filters.since)
    if filters.until:
        qs = qs.filter(date__lte=filters.until)
    return [_session_out(request, x) for x in qs]


@read.get("/sessions/{id}", by_alias=True, response={200: s.SessionDetailOut, **ERRORS},
          summary="Une séance : membres, pouvoirs, constats")
def session(request: HttpRequest, id: Id) -> dict[str, Any]:
    x = _session(id)
    report = check_session(session_to_core(x))
    return {**_session_out(request, x),
            "members": [_member(md) for md in x.mandates.select_related("person")],
            "proxies": [{"id": p.pk, "giver": p.giver.key, "holder": p.holder.key, "span": p.span}
                        for p in x.proxies.select_related("giver", "holder")],
            "findings": [_finding(f) for f in report.all_findings()]}


@read.get("/sessions/{id}/items", by_alias=True, response={200: list[s.ItemOut], **ERRORS},
          summary="Les questions d'une séance, avec présences et votes calculés")
def items(request: HttpRequest, id: Id) -> list[dict[str, Any]]:
    x = _session(id)
    report = check_session(session_to_core(x))
    rows = {it.number: it for it in x.items.select_related("vote")}
    return [_item_out(request, rows[r.item.number], r, report) for r in report.items if r.item.number in rows]


@read.get("/sessions/{id}/items/{number}", by_alias=True, response={200: s.ItemOut, **ERRORS},
          summary="Une question : présents, représentés, intéressés, quorum, vote calculé et enregistré")
def item(request: HttpRequest, id: Id, number: Annotated[str, Path(max_length=20)]) -> dict[str, Any]:
    x = _session(id)
    it = get_object_or_404(x.items.select_related("vote"), number=number)
    report = check_session(session_to_core(x))
    return _item_out(request, it, report.item(it.number), report)


@read.get("/deliberations", by_alias=True, response=list[s.DeliberationOut], summary="Les délibérations")
@paginate(Pages)
def deliberations(request: HttpRequest, authority: str | None = None) -> list[dict[str, Any]]:
    qs = m.Item.objects.exclude(deliberation="").select_related("session__assembly__authority").order_by(
        "-session__date", "passage")
    if authority:
        qs = qs.filter(session__assembly__authority__slug=authority[:200])
    outcomes: dict[int, dict[str, str | None]] = {}
    out = []
    for it in qs:
        x = it.session
        if x.pk not in outcomes:
            rep = check_session(session_to_core(x))
            outcomes[x.pk] = {r.item.number: r.tally.outcome.value if r.tally else None for r in rep.items}
        out.append({"session_id": x.pk, "authority": x.assembly.authority.slug, "assembly": x.assembly.name,
                    "date": x.date, "number": it.deliberation, "item": it.number, "title": it.title,
                    "outcome": outcomes[x.pk].get(it.number),
                    "url": request.build_absolute_uri(it.get_absolute_url())})
    return out


CSV_RESPONSE = {"responses": {200: {"description": "le fichier SCDL (CSV, UTF-8)",
                                    "content": {"text/csv": {"schema": {"type": "string"}}}}}}


@read.get("/authorities/{slug}/scdl/{name}.csv", by_alias=True, response={404: s.Problem, 422: s.Problem},
          openapi_extra=CSV_RESPONSE,
          summary="Un fichier SCDL de la collectivité (deliberations, subventions)")
def scdl_file(request: HttpRequest, slug: Slug,
              name: Annotated[str, Path(pattern="^(deliberations|subventions)$")]) -> HttpResponse:
    from registre.web.views.opendata import csv_download

    return csv_download(request, slug, name)


def _convention_out(request: HttpRequest, c: sm.Convention) -> dict[str, Any]:
    return {"id": c.pk, "authority": c.authority.slug, "key": c.key, "title": c.title,
            "beneficiary": c.beneficiary.name, "amount": c.amount,
            "deliberation_number": c.deliberation_number, "deliberation_date": c.deliberation_date,
            "end_date": c.end_date,
            "events": [{"kind": e.kind, "on": e.on, "amount": e.amount} for e in c.events.all()],
            "url": request.build_absolute_uri(c.get_absolute_url())}


@read.get("/conventions", by_alias=True, response=list[s.ConventionOut],
          summary="Les conventions de subvention")
@paginate(Pages)
def conventions(request: HttpRequest, authority: str | None = None) -> list[dict[str, Any]]:
    qs = sm.Convention.objects.select_related("authority", "beneficiary").order_by("pk")
    if authority:
        qs = qs.filter(authority__slug=authority[:200])
    return [_convention_out(request, c) for c in qs]


@read.get("/conventions/{id}", by_alias=True, response={200: s.ConventionOut, **ERRORS},
          summary="Une convention, ses versements et événements")
def convention(request: HttpRequest, id: Id) -> dict[str, Any]:
    return _convention_out(request, get_object_or_404(sm.Convention.objects.select_related(
        "authority", "beneficiary"), pk=id))


@write.post("/sessions/{id}/proxies", by_alias=True, response={201: s.ProxyOut, **WRITE_ERRORS},
            summary="Enregistrer un pouvoir (L2121-20)")
def add_proxy(request: HttpRequest, id: Id, data: s.ProxyIn) -> tuple[int, dict[str, Any]]:
    x = _session(id)
    p = sitting.add_proxy(request.user, x, data.giver, data.holder, data.from_item, data.until_item)
    return 201, {"id": p.pk, "giver": p.giver.key, "holder": p.holder.key, "span": p.span}


@write.delete("/sessions/{id}/proxies/{proxy}", by_alias=True, response={204: None, **WRITE_ERRORS},
              summary="Retirer un pouvoir (gardé dans l'historique)")
def remove_proxy(request: HttpRequest, id: Id, proxy: Id) -> tuple[int, None]:
    x = _session(id)
    sitting.require_clerk(request.user, x)
    sitting.remove_proxy(request.user, get_object_or_404(x.proxies, pk=proxy))
    return 204, None


@write.put("/sessions/{id}/items/{number}/vote", by_alias=True, response={200: s.ItemOut, **WRITE_ERRORS},
           summary="Enregistrer le vote proclamé d'une question")
def record_vote(request: HttpRequest, id: Id, number: Annotated[str, Path(max_length=20)],
                data: s.VoteIn) -> dict[str, Any]:
    x = _session(id)
    sitting.require_clerk(request.user, x)
    it = get_object_or_404(x.items, number=number)
    given = (data.for_, data.against, data.abstention)
    if any(v is not None for v in given) and not all(v is not None for v in given):
        raise HttpError(400, "pour, contre et abstention sont donnés ensemble, ou aucun")
    counts = (data.for_, data.against, data.abstention) if all(v is not None for v in given) else None
    sitting.record_vote(request.user, it, unanimous=data.unanimous, counts=counts)  # type: ignore[arg-type]
    return item(request, id, number)


api.add_router("/", read)
api.add_router("/", write)
