"""Subscribe, confirm, unsubscribe, and send the alerts of saved searches (Django's mail)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Max
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone

from registre.web import models as m
from registre.web.alerts.models import SavedSearch
from registre.web.search import search
from registre.web.views.portal import search_filters

KEYS = ("q", "assemblee", "du", "au", "matiere", "montant_min", "montant_max", "beneficiaire")
MAX_PER_ADDRESS = 20


class AlertRefused(ValueError):
    """A subscription that cannot be taken (bad search, too many for one address)."""


def _site(path: str) -> str:
    return settings.REGISTRE_SITE_URL.rstrip("/") + path


def normalised_query(params: QueryDict) -> str:
    """The search's own parameters (page and the rest dropped), validated."""
    kept = {k: params.get(k, "").strip() for k in KEYS if params.get(k, "").strip()}
    if not kept:
        raise AlertRefused("Indiquez d'abord une recherche (des mots, une assemblée, des dates…).")
    _, errors = search_filters(QueryDict(urlencode(kept)))
    if errors:
        raise AlertRefused("Recherche invalide : " + "; ".join(f"{k} : {v}" for k, v in errors.items()))
    return urlencode(kept)


def subscribe(email: str, params: QueryDict) -> SavedSearch:
    """A new, unconfirmed alert; sends the confirmation message (nothing else until confirmed)."""
    query = normalised_query(params)
    with transaction.atomic():
        if SavedSearch.objects.filter(email__iexact=email, unsubscribed_at=None).count() >= MAX_PER_ADDRESS:
            raise AlertRefused(f"Au plus {MAX_PER_ADDRESS} alertes par adresse.")
        # The items already there are not news: the first alert lists what comes after.
        last = m.Item.objects.aggregate(last=Max("pk"))["last"] or 0
        saved = SavedSearch.objects.create(email=email, query=query, last_item_id=last)
    confirm = _site(reverse("alerts:confirm", args=[saved.token]))
    _send(saved, "Confirmez votre alerte — Registre des délibérations",
          f"Bonjour,\n\nvous avez demandé à être prévenu(e) des nouvelles délibérations qui répondent à "
          f"la recherche « {describe(saved)} ».\n\nPour confirmer : {confirm}\n\nSans confirmation, "
          "aucun message ne vous sera envoyé.\n")
    return saved


def describe(saved: SavedSearch) -> str:
    params = QueryDict(saved.query)
    return ", ".join(f"{k} = {v}" for k, v in params.items())


def confirm(saved: SavedSearch) -> None:
    if saved.confirmed_at is None:
        SavedSearch.objects.filter(pk=saved.pk).update(confirmed_at=timezone.now())


def unsubscribe(saved: SavedSearch) -> None:
    if saved.unsubscribed_at is None:
        SavedSearch.objects.filter(pk=saved.pk).update(unsubscribed_at=timezone.now())


def _send(saved: SavedSearch, subject: str, body: str) -> None:
    stop = _site(reverse("alerts:unsubscribe", args=[saved.token]))
    message = EmailMessage(subject, body + f"\n--\nNe plus recevoir cette alerte : {stop}\n",
                           to=[saved.email], headers={"List-Unsubscribe": f"<{stop}>"})
    message.send()


@dataclass
class SendReport:
    searches: int = 0
    sent: int = 0
    items: int = 0


def send_alerts(limit: int = 50) -> SendReport:
    """For each confirmed alert, the deliberations that match and came since the last message."""
    report = SendReport()
    for saved in SavedSearch.objects.filter(confirmed_at__isnull=False, unsubscribed_at=None):
        report.searches += 1
        filters, errors = search_filters(QueryDict(saved.query))
        if errors:
            continue
        new = [it for it in search(filters, limit).items if it.pk > saved.last_item_id]
        if not new:
            continue
        lines = [f"- {it.session.assembly.authority.name}, {it.session.assembly.name} du "
                 f"{it.session.date:%d/%m/%Y} : {it.title or f'question n°{it.number}'}\n  "
                 f"{_site(it.get_absolute_url())}" for it in new]
        everything = _site("/recherche/?" + saved.query)
        _send(saved, f"{len(new)} nouvelle(s) délibération(s) — {describe(saved)}",
              f"Bonjour,\n\nde nouvelles délibérations répondent à votre recherche « {describe(saved)} » :"
              "\n\n" + "\n".join(lines) + f"\n\nToute la recherche : {everything}\n")
        SavedSearch.objects.filter(pk=saved.pk).update(last_item_id=max(it.pk for it in new),
                                                       last_sent_at=timezone.now())
        report.sent += 1
        report.items += len(new)
    return report
