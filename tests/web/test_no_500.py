"""No 500 from any input: the quoted URLs, then property tests over every URL pattern.

Hypothesis draws a path for every pattern of the URL configuration (public portal,
subsidies, the clerks' workspace, the admin, static files) from the pattern's own regular
expression, or takes a real page of the seeds, adds query parameters (the portal's own
names and random ones, with values from the whole of Unicode, NaN, Infinity, huge
numbers, impossible dates), and asks it as a visitor and as a clerk. Then it posts random
values to every clerk form. Every answer must be below 500: a 400 with a message, a 404,
a redirect, or the page. The test client re-raises a view's exception, so a failure shows
the traceback.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from registre.web import models as m
from registre.web.forms import FORMS
from registre.web.subsidies import forms as subsidy_forms

QUOTED = [
    "/recherche/?montant_min=NaN",
    "/recherche/?montant_min=Infinity",
    "/recherche/?montant_max=-Infinity",
    "/recherche/?montant_min=sNaN",
    "/recherche/?montant_min=1e999999",
    "/recherche/?q=subvention&page=99999999999999999999999",
    "/recherche/?q=subvention&assemblee=99999999999999999999999",
    "/recherche/?q=subvention&assemblee=-1",
    "/recherche/?q=%00subvention&beneficiaire=%00",
    "/recherche/?du=9999-12-31&au=0001-01-01",
    "/collectivites/grand-besancon-metropole/subventions/echeances/?au=9999-12-31",
    "/collectivites/grand-besancon-metropole/subventions/echeances.ics?au=0001-01-01",
]


@pytest.mark.parametrize("url", QUOTED)
def test_the_quoted_urls_answer_below_500(seeded, url: str) -> None:  # type: ignore[no-untyped-def]
    r = Client().get(url)
    assert r.status_code in (200, 400), (url, r.status_code)
    if r.status_code == 400:
        assert "<h1>" in r.content.decode()  # a French page, not Django's bare « Bad Request »


def test_nan_amount_is_refused_with_a_message(seeded) -> None:  # type: ignore[no-untyped-def]
    r = Client().get("/recherche/", {"q": "subvention", "montant_min": "NaN"})
    assert r.status_code == 400
    assert "montant attendu, en euros" in r.content.decode()


def test_a_page_past_the_end_shows_the_last(seeded) -> None:  # type: ignore[no-untyped-def]
    r = Client().get("/recherche/", {"q": "subvention", "page": "99999999999999999999999"})
    assert r.status_code == 400 and "la dernière page est montrée" in r.content.decode()
    r = Client().get("/recherche/", {"q": "subvention", "page": "9999"})
    assert r.status_code == 200


def test_a_bad_date_of_the_subsidies_pages_says_what_is_wrong(seeded) -> None:  # type: ignore[no-untyped-def]
    r = Client().get("/collectivites/grand-besancon-metropole/subventions/?au=demain")
    assert r.status_code == 400
    assert "date attendue au format AAAA-MM-JJ" in r.content.decode()


# --- every URL pattern --------------------------------------------------------------------

def _patterns(resolver: URLResolver | None = None, prefix: str = "") -> list[str]:
    """The full regular expression of every URL pattern (includes followed)."""
    resolver = resolver or get_resolver()
    out = []
    for p in resolver.url_patterns:
        regex = p.pattern.regex.pattern.lstrip("^")
        if isinstance(p, URLResolver):
            out += _patterns(p, prefix + regex)
        elif isinstance(p, URLPattern):
            out.append(prefix + regex)
    return out


def _as_path(raw: str) -> str:
    return "/" + quote(raw, safe="/")


PATTERNS = _patterns()
SPECIAL = ["", "0", "-1", "NaN", "nan", "Infinity", "-inf", "1e999", "99999999999999999999999",
           "9" * 400, "2024-02-30", "0000-00-00", "9999-12-31", "0001-01-01", "2024-04-11", "x\x00y",
           "\x0b", "\ufffe", "' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "%", "%00",
           "1,5", "12 000,50", " ", "€", "7.5", "13"]
KEYS = ["q", "assemblee", "du", "au", "matiere", "montant_min", "montant_max", "beneficiaire", "page",
        "next", "fmt", "format"]
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
VALUES = st.one_of(st.sampled_from(SPECIAL), TEXT, st.integers(-(10**30), 10**30).map(str))
QUERY = st.dictionaries(st.one_of(st.sampled_from(KEYS), TEXT.filter(bool)), VALUES, max_size=5)


def _real_pages() -> list[str]:
    """Real pages of the seeds (deep paths that random ones rarely reach)."""
    pages = ["/", "/recherche/", "/subventions/", "/greffe/", "/admin/"]
    for s in m.Session.objects.select_related("assembly__authority"):
        a = f"/collectivites/{s.assembly.authority.slug}/"
        base = f"{a}{s.assembly.slug}/{s.date.isoformat()}/"
        pages += [base, base + "questions/13/", f"/greffe/seance/{s.pk}/", a, f"{a}{s.assembly.slug}/",
                  f"{a}subventions/", f"{a}subventions/echeances/"]
    from registre.web.subsidies import models as sm

    for c in sm.Convention.objects.select_related("authority"):
        pages.append(c.get_absolute_url())
    return sorted(set(pages))


def _check(client: Client, path: str, query: dict[str, str]) -> None:
    r = client.get(path, query)
    assert r.status_code < 500, (path, query, r.status_code)


NO_RESET = settings(max_examples=50, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.filter_too_much])


def test_every_pattern_is_covered() -> None:
    """The generator sees the portal, the subsidies, the workspace, the admin and static files."""
    joined = "\n".join(PATTERNS)
    for needle in ("recherche/", "collectivites/", "subventions", "greffe/", "admin/", "static/"):
        assert needle in joined, needle


@NO_RESET
@given(data=st.data())
def test_random_paths_and_parameters_as_a_visitor(seeded, data) -> None:  # type: ignore[no-untyped-def]
    c = Client()
    pattern = data.draw(st.sampled_from(PATTERNS))
    raw = data.draw(st.from_regex(re.compile(pattern), fullmatch=True).filter(lambda s: "\x00" not in s))
    _check(c, _as_path(raw), data.draw(QUERY))
    _check(c, data.draw(st.sampled_from(_pages_cache(seeded))), data.draw(QUERY))


@NO_RESET
@given(data=st.data())
def test_random_paths_and_parameters_as_a_clerk(clerk, data) -> None:  # type: ignore[no-untyped-def]
    pattern = data.draw(st.sampled_from(PATTERNS))
    raw = data.draw(st.from_regex(re.compile(pattern), fullmatch=True).filter(lambda s: "\x00" not in s))
    _check(clerk, _as_path(raw), data.draw(QUERY))
    _check(clerk, data.draw(st.sampled_from(_pages_cache(None))), data.draw(QUERY))


_PAGES: list[str] = []


def _pages_cache(_seeded: object) -> list[str]:
    if not _PAGES or not m.Session.objects.exists():
        _PAGES[:] = _real_pages()
    return _PAGES


# --- every clerk form ---------------------------------------------------------------------

# Half the values from the list of traps (huge numbers, far dates, NaN…), half anything.
FORM_VALUES = st.one_of(st.sampled_from([*SPECIAL, "1", "0", "on", "arrivee", "depart", "2024-04-11", "13",
                                         "vignot-anne", "7.5"]), VALUES)


def _fields(form_class: type) -> list[str]:
    return list(form_class.base_fields)


@settings(max_examples=50, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_random_posts_to_every_workspace_form(clerk, conseil, data) -> None:  # type: ignore[no-untyped-def]
    action = data.draw(st.sampled_from([*FORMS, "inconnue"]))
    fields = _fields(FORMS.get(action, FORMS["vote"]))
    post = {f"{action}-{name}": data.draw(FORM_VALUES) for name in fields
            if data.draw(st.booleans())}
    r = clerk.post(f"/greffe/seance/{conseil.pk}/{action}/", post)
    assert r.status_code < 500, (action, post, r.status_code)
    new = {f"seance-{k}": data.draw(FORM_VALUES) for k in ("assembly", "date", "items", "place")}
    r = clerk.post("/greffe/", new)
    assert r.status_code < 500, (new, r.status_code)


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_random_posts_to_every_convention_form(clerk, data) -> None:  # type: ignore[no-untyped-def]
    from registre.web.subsidies import models as sm

    conv = sm.Convention.objects.order_by("pk").first()
    assert conv is not None
    action = data.draw(st.sampled_from([*subsidy_forms.FORMS, "inconnue"]))
    cls = subsidy_forms.FORMS.get(action, subsidy_forms.FORMS["paiement"])[0]
    post = {f"{action}-{name}": data.draw(FORM_VALUES) for name in _fields(cls) if name != "file"}
    r = clerk.post(f"{conv.get_absolute_url()}{action}/?au={data.draw(st.sampled_from(SPECIAL))}", post)
    assert r.status_code < 500, (action, post, r.status_code)


# --- what the clerk forms accept renders in every format ---------------------------------------

@pytest.mark.parametrize("title", ["Attribution d'une subvention " + "x" * 177,  # 206 characters
                                   "Subvention\x0bau club", "Subvention\x01au club",
                                   "Subvention\ufffeau club",
                                   "Fête 🎉 du club\u202e inversé"])
def test_a_title_typed_by_a_clerk_renders_in_every_format(clerk, conseil, title: str) -> None:  # type: ignore[no-untyped-def]
    r = clerk.post(f"/greffe/seance/{conseil.pk}/deliberation/", {
        "deliberation-item": "13", "deliberation-title": title,
        "deliberation-deliberation": "2024/2024.00120"})
    assert r.status_code == 302, r.content.decode()[:2000]
    base = (f"/collectivites/{conseil.assembly.authority.slug}/{conseil.assembly.slug}/"
            f"{conseil.date.isoformat()}/questions/13/extrait.")
    for fmt, magic in (("pdf", b"%PDF-"), ("docx", b"PK"), ("html", b"<!DOCTYPE html>")):
        r = Client().get(base + fmt)
        assert r.status_code == 200, fmt
        assert r.content.lstrip().startswith(magic), fmt
    html = Client().get(base + "html").content.decode()
    if "\x0b" in title or "\x01" in title or "\ufffe" in title:
        assert "Subvention\ufffdau club" in html  # replaced where it stood, visibly


def test_huge_counts_are_refused_by_the_forms(clerk, conseil) -> None:  # type: ignore[no-untyped-def]
    """10^23 votes for once reached the database (an integer overflow, a 500)."""
    from registre.web.subsidies import models as sm

    r = clerk.post(f"/greffe/seance/{conseil.pk}/vote/", {
        "vote-item": "13", "vote-for_count": "99999999999999999999999", "vote-against_count": "0",
        "vote-abstention_count": "0"})
    assert r.status_code == 400
    conv = sm.Convention.objects.filter(authority=conseil.assembly.authority).order_by("pk").first()
    assert conv is not None
    r = clerk.post(f"{conv.get_absolute_url()}avenant/", {"avenant-number": "99999999999999999999999"})
    assert r.status_code == 400


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_far_dates_are_refused_by_the_forms_and_pages_stay_up(clerk, conseil, day: str) -> None:  # type: ignore[no-untyped-def]
    """A payment dated 9999-12-31 once made every page of the convention a 500 (60 days later
    is past the calendar): the forms refuse dates outside 1900–2199, in French."""
    from registre.web.subsidies import models as sm

    conv = sm.Convention.objects.filter(authority=conseil.assembly.authority).order_by("pk").first()
    assert conv is not None
    for action, extra in (("signature", {}), ("paiement", {"paiement-amount": "10"}),
                          ("avenant", {"avenant-number": "1", "avenant-signed_on": day})):
        r = clerk.post(f"{conv.get_absolute_url()}{action}/", {f"{action}-on": day, **extra})
        assert r.status_code == 400 and "Date entre 1900 et 2199 attendue." in r.content.decode(), action
    r = clerk.post("/greffe/", {"seance-assembly": conseil.assembly.pk, "seance-date": day,
                                "seance-items": "3"})
    assert r.status_code == 400 and "Date entre 1900 et 2199 attendue." in r.content.decode()
    assert Client().get(conv.get_absolute_url()).status_code == 200
