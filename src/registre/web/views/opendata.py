"""Open data pages of an authority: its SCDL files, validated; its identifiers (clerks)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from registre.opendata.scdl_in import luhn
from registre.web import models as m
from registre.web import opendata
from registre.web.services.authority import update_identifiers
from registre.web.services.sitting import Refused, can_edit

NAMES = ("deliberations", "subventions")


@require_safe
def index(request: HttpRequest, authority: str) -> HttpResponse:
    """The authority's open data files, each with its validation against its standard."""
    a = get_object_or_404(m.Authority, slug=authority)
    files = [opendata.data_file(a, name, request.build_absolute_uri) for name in NAMES]
    return render(request, "registre/opendata/index.html", {
        "authority": a, "files": [(f, opendata.validate(f)) for f in files if f is not None],
        "missing": opendata.missing_identifiers(a), "editable": can_edit(request.user, a),
    })


def csv_download(request: HttpRequest, authority: str, name: str) -> HttpResponse:
    """The authority's SCDL file ``name`` as a CSV attachment (portal and API); 404 if unknown."""
    a = get_object_or_404(m.Authority, slug=authority)
    f = opendata.data_file(a, name, request.build_absolute_uri)
    if f is None:
        raise Http404("fichier SCDL inconnu : deliberations ou subventions")
    response = HttpResponse(f.text, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{a.slug}-{f.filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def download(request: HttpRequest, authority: str, name: str) -> HttpResponse:
    return csv_download(request, authority, name)


def _digits(n: int, label: str):  # type: ignore[no-untyped-def]
    def check(value: str) -> None:
        if value and (len(value) != n or not value.isdigit()):
            raise forms.ValidationError(f"{label} : {n} chiffres attendus.")
        if value and not luhn(value):
            raise forms.ValidationError(
                f"{label} : la clé de contrôle ne correspond pas (chiffre mal saisi ?).")
    return check


class IdentifiersForm(forms.Form):
    siren = forms.CharField(label="SIREN", required=False, max_length=9, validators=[_digits(9, "SIREN")],
                            help_text="9 chiffres (annuaire des entreprises, INSEE)")
    siret = forms.CharField(label="SIRET", required=False, max_length=14,
                            validators=[_digits(14, "SIRET")],
                            help_text="14 chiffres : le SIREN suivi du numéro de l'établissement siège")
    department = forms.RegexField(label="Département (code)", required=False, max_length=3,
                                  regex=r"^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-8]|98[4-9])$",
                                  error_messages={"invalid": "Code de département : « 25 », « 2A », "
                                                             "« 971 »…"})
    population = forms.IntegerField(label="Population municipale", required=False, min_value=0,
                                    max_value=100_000_000)

    def clean(self):  # type: ignore[no-untyped-def]
        data = super().clean()
        siren, siret = data.get("siren"), data.get("siret")
        if siren and siret and not siret.startswith(siren):
            self.add_error("siret", "Le SIRET commence par le SIREN (ses 9 premiers chiffres).")
        return data


@login_required
@require_http_methods(["GET", "POST"])
def identifiers(request: HttpRequest, authority: str) -> HttpResponse:
    """Clerks enter the authority's SIREN, SIRET, département and population."""
    a = get_object_or_404(m.Authority, slug=authority)
    if not can_edit(request.user, a):
        raise PermissionDenied("Vous n'êtes pas greffier de cette collectivité.")
    initial = {"siren": a.siren, "siret": a.siret, "department": a.department, "population": a.population}
    form = IdentifiersForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                update_identifiers(request.user, a, **form.cleaned_data)
            except Refused as e:
                form.add_error(e.field, str(e))
            else:
                messages.success(request, "Identifiants de la collectivité enregistrés.")
                return redirect("opendata:identifiers", a.slug)
        status = 400
    return render(request, "registre/opendata/identifiers.html", {"authority": a, "form": form},
                  status=status)
