"""Tokens of the API: a clerk writes through the API with a token, as through the forms."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models


def digest(token: str) -> str:
    """SHA-256 of a token: only the digest is stored, the token is shown once."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class ApiToken(models.Model):
    """A bearer token of a user (``Authorization: Bearer …``); revoked, never deleted."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, related_name="api_tokens",
                             verbose_name="utilisateur")
    name = models.CharField("usage", max_length=200, blank=True)
    key_digest = models.CharField("empreinte", max_length=64, unique=True, editable=False)
    prefix = models.CharField("début du jeton", max_length=8, editable=False)
    created_at = models.DateTimeField("créé le", auto_now_add=True)
    last_used_at = models.DateTimeField("dernier usage", null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField("révoqué le", null=True, blank=True)

    class Meta:
        verbose_name = "jeton d'API"
        verbose_name_plural = "jetons d'API"

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"

    @classmethod
    def issue(cls, user: object, name: str = "") -> tuple[ApiToken, str]:
        """A new token for ``user``: (row, the token itself, to show once)."""
        token = "rg_" + secrets.token_urlsafe(32)
        row = cls.objects.create(user=user, name=name, key_digest=digest(token), prefix=token[:8])
        return row, token
