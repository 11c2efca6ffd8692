"""Reference data (authorities, assemblies, elected members, clerks) saved from the admin.

Same rules as every write: a clerk only touches their own authority, in a transaction,
with an audit entry; deleting hides the row (soft delete), nothing is lost.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import models, transaction

from registre.web import models as m
from registre.web.services.audit import audit, bump
from registre.web.services.importer import soft_delete
from registre.web.services.sitting import can_edit


def authority_of(obj: models.Model) -> m.Authority | None:
    """The authority a reference row belongs to (None for a new authority)."""
    if isinstance(obj, m.Mandate):
        return obj.session.assembly.authority
    if isinstance(obj, m.Authority):
        return obj if obj.pk else None
    return getattr(obj, "authority", None)


def _require(user: Any, obj: models.Model) -> None:
    auth = authority_of(obj)
    if auth is None:
        if not getattr(user, "is_superuser", False):
            raise PermissionDenied("Seul un administrateur crée une collectivité.")
    elif not can_edit(user, auth):
        raise PermissionDenied("Vous n'êtes pas greffier de cette collectivité.")


def save_reference(user: Any, obj: models.Model) -> None:
    """Save ``obj`` after checking ``user`` may; raises ``PermissionDenied``."""
    _require(user, obj)
    with transaction.atomic():
        obj.full_clean()
        obj.save()
        audit(user, f"reference.save.{obj._meta.model_name}", None, pk=obj.pk)
        _stale(obj)


def delete_reference(user: Any, obj: models.Model) -> None:
    """Hide ``obj`` (soft delete); raises ``PermissionDenied``."""
    _require(user, obj)
    with transaction.atomic():
        soft_delete(type(obj).all_objects.filter(pk=obj.pk))  # type: ignore[attr-defined]  # row by row: kept in the history
        audit(user, f"reference.delete.{obj._meta.model_name}", None, pk=obj.pk)
        _stale(obj)


def _stale(obj: models.Model) -> None:
    """Names and assemblies show on every session page of the authority: new revisions."""
    auth = authority_of(obj)
    if auth is not None:
        bump(m.Session.all_objects.filter(assembly__authority=auth))
