"""The clerks' history of a session (who changed what, when, before and after; two versions
compared) and the erratum form of a closed session (issue 11)."""

from __future__ import annotations

from datetime import datetime

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from registre.web import models as m
from registre.web import services
from registre.web.history.models import Erratum
from registre.web.services import history as hist
from registre.web.services.erratum import record_erratum


def _clerks_session(request: HttpRequest, pk: int) -> m.Session:
    s = get_object_or_404(m.Session.objects.select_related("assembly__authority"), pk=pk)
    services.require_clerk(request.user, s)
    return s


def _instant(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


@login_required
def session_history(request: HttpRequest, pk: int) -> HttpResponse:
    s = _clerks_session(request, pk)
    changes = hist.session_changes(s)
    first, second = _instant(request.GET.get("de")), _instant(request.GET.get("a"))
    differences = hist.compare(s, first, second) if first and second else None
    return render(request, "registre/workspace/history.html", {
        "session": s, "changes": changes, "first": first, "second": second, "differences": differences,
        "errata": Erratum.objects.filter(session=s).select_related("item", "user"),
        "bad_dates": bool(request.GET.get("de") or request.GET.get("a")) and not (first and second)})


class ErratumForm(forms.Form):
    item = forms.ModelChoiceField(queryset=m.Item.objects.none(), required=False, label="Question",
                                  empty_label="(la séance)")
    field = forms.CharField(label="Mention corrigée", max_length=200,
                            help_text="par exemple « nom d'un conseiller présent », « montant »")
    wrong = forms.CharField(label="Au lieu de", widget=forms.Textarea(attrs={"rows": 2}), required=False)
    right = forms.CharField(label="Lire", widget=forms.Textarea(attrs={"rows": 2}))
    reason = forms.CharField(label="Motif", widget=forms.Textarea(attrs={"rows": 2}),
                             help_text="une erreur matérielle ; un changement de fond demande une "
                                       "nouvelle délibération")

    def __init__(self, session: m.Session, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["item"].queryset = session.items.all()  # type: ignore[attr-defined]


@login_required
def erratum(request: HttpRequest, pk: int) -> HttpResponse:
    s = _clerks_session(request, pk)
    form = ErratumForm(s, request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            e = record_erratum(request.user, s, item=d["item"], field=d["field"], wrong=d["wrong"],
                               right=d["right"], reason=d["reason"])
        except services.Refused as err:
            form.add_error(err.field if err.field in form.fields else None, str(err))
        else:
            messages.success(request, f"Erratum enregistré et inscrit au registre chaîné "
                                      f"(empreinte {e.digest[:12]}…).")
            return redirect("registre:workspace-history", pk=s.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "registre/workspace/erratum.html", {"session": s, "form": form}, status=status)


class MergeForm(forms.Form):
    kept = forms.ModelChoiceField(queryset=m.Person.objects.none(), label="Élu conservé")
    absorbed = forms.ModelChoiceField(
        queryset=m.Person.objects.none(), label="Élu fusionné dans le premier",
        help_text="ses mandats, présences, pouvoirs, votes… passent au premier ; son nom devient une autre "
                  "graphie")
    reason = forms.CharField(label="Motif", widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, persons: object, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        for name in ("kept", "absorbed"):
            self.fields[name].queryset = persons  # type: ignore[attr-defined]
            self.fields[name].label_from_instance = (  # type: ignore[attr-defined]
                lambda p: f"{p.last_name} {p.first_name} ({p.key}, {p.authority.name})")


@login_required
def merge_persons(request: HttpRequest) -> HttpResponse:
    """A clerk makes two stored persons one (audited: PersonMerge and the history)."""
    from django.core.exceptions import PermissionDenied

    from registre.web.history.models import PersonMerge
    from registre.web.services.persons import MergeRefused
    from registre.web.services.persons import merge_persons as merge

    user = request.user
    if user.is_superuser:  # type: ignore[union-attr]
        authorities = m.Authority.objects.all()
    else:
        authorities = m.Authority.objects.filter(clerks__user=user, clerks__deleted_at__isnull=True)
    persons = m.Person.objects.filter(authority__in=authorities).select_related("authority")
    form = MergeForm(persons, request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            merge(d["kept"], d["absorbed"], user, d["reason"])
        except (MergeRefused, PermissionDenied) as err:
            form.add_error(None, str(err))
        else:
            messages.success(request, f"« {d['absorbed']} » fusionné(e) dans « {d['kept']} ».")
            return redirect("registre:workspace-merge")
    merges = PersonMerge.objects.filter(kept__authority__in=authorities).select_related(
        "kept", "absorbed", "user")[:50]
    status = 400 if request.method == "POST" else 200
    return render(request, "registre/workspace/merge.html", {"form": form, "merges": merges}, status=status)
