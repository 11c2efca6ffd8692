"""The authority's identifiers (SIREN, SIRET, département, population), set by its clerks."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction

from registre.web import models as m
from registre.web.services.audit import audit
from registre.web.services.sitting import Refused, can_edit

FIELDS = ("siren", "siret", "department", "population")


def update_identifiers(user: Any, authority: m.Authority, **values: Any) -> m.Authority:
    """Store the identifiers given; refuses a SIRET that does not start with the SIREN."""
    if not can_edit(user, authority):
        raise PermissionDenied("Vous n'êtes pas greffier de cette collectivité.")
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValueError(f"champs inconnus : {sorted(unknown)}")
    siren = values.get("siren", authority.siren) or ""
    siret = values.get("siret", authority.siret) or ""
    if siren and siret and not siret.startswith(siren):
        raise Refused("Le SIRET commence par le SIREN de la collectivité (ses 9 premiers chiffres).", "siret")
    with transaction.atomic():
        before = {f: getattr(authority, f) for f in FIELDS}
        for field, value in values.items():
            setattr(authority, field, value if value is not None else (None if field == "population" else ""))
        authority.save(update_fields=[*values, "updated_at"])
        audit(user, "authority.identifiers", None, authority=authority.slug,
              before=before, after={f: getattr(authority, f) for f in FIELDS})
    return authority
