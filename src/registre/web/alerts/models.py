"""A search of the portal a visitor follows by e-mail: confirmed once, stopped by a link."""

from __future__ import annotations

import secrets

from django.db import models


def new_token() -> str:
    return secrets.token_urlsafe(24)


class SavedSearch(models.Model):
    """A saved search: the portal's query string, an address, what was already sent."""

    email = models.EmailField("adresse")
    query = models.CharField("recherche", max_length=2000)
    token = models.CharField("jeton", max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    confirmed_at = models.DateTimeField("confirmée le", null=True, blank=True)
    unsubscribed_at = models.DateTimeField("désabonnée le", null=True, blank=True)
    last_sent_at = models.DateTimeField("dernier envoi", null=True, blank=True)
    # The highest item id already reported: the next alert lists only what came after.
    last_item_id = models.BigIntegerField("dernière question signalée", default=0)

    class Meta:
        verbose_name = "alerte"
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"{self.email} — {self.query}"

    @property
    def active(self) -> bool:
        return self.confirmed_at is not None and self.unsubscribed_at is None
