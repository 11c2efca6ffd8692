"""Pages of alerts: subscribe from a search, confirm, unsubscribe (each change by POST)."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from registre.web.alerts import services
from registre.web.alerts.models import SavedSearch


class SubscribeForm(forms.Form):
    email = forms.EmailField(label="Votre adresse électronique", max_length=254)


@csrf_exempt  # double opt-in: a forged subscription sends one confirmation and nothing else
@require_POST
def subscribe(request: HttpRequest) -> HttpResponse:
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return render(request, "alerts/message.html", {
            "title": "Alerte non enregistrée", "text": "Adresse électronique invalide."}, status=400)
    try:
        saved = services.subscribe(form.cleaned_data["email"], request.POST)
    except services.AlertRefused as e:
        return render(request, "alerts/message.html", {"title": "Alerte non enregistrée", "text": str(e)},
                      status=400)
    return render(request, "alerts/message.html", {
        "title": "Vérifiez votre messagerie",
        "text": f"Un message a été envoyé à {saved.email} : suivez son lien pour confirmer l'alerte "
                f"« {services.describe(saved)} »."})


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    saved = get_object_or_404(SavedSearch, token=token[:64])
    if request.method == "POST":
        services.confirm(saved)
        return render(request, "alerts/message.html", {
            "title": "Alerte confirmée",
            "text": "Vous recevrez les nouvelles délibérations de la recherche "
                    f"« {services.describe(saved)} »."})
    return render(request, "alerts/confirm.html", {"saved": saved, "what": services.describe(saved),
                                                   "action": "confirmer"})


@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    saved = get_object_or_404(SavedSearch, token=token[:64])
    if request.method == "POST":
        services.unsubscribe(saved)
        return render(request, "alerts/message.html", {
            "title": "Alerte supprimée", "text": "Vous ne recevrez plus de message pour cette recherche."})
    return render(request, "alerts/confirm.html", {"saved": saved, "what": services.describe(saved),
                                                   "action": "desabonner"})
