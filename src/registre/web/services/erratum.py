"""Errata: the correction of an act of a closed session, recorded as such, never an edit.

Once the session is closed (R2121-9) its acts stand as signed and published (L2131-1);
a material error (a name misspelled, a figure mistyped) is corrected by an erratum kept
beside the act: what was printed, what to read, why, who and when. Each erratum is
hashed (SHA-256 of its canonical JSON) and entered in the ledger
(:mod:`registre.web.services.ledger`), which ``registre verify`` checks. A substantive
change is a new deliberation, not an erratum: that is the clerk's call, said in the form.
"""

from __future__ import annotations

import json
from typing import Any

from django.db import transaction
from django.utils import timezone

from registre.web import models as m
from registre.web.history.models import Erratum
from registre.web.services import ledger
from registre.web.services.audit import audit
from registre.web.services.sitting import Refused, require_clerk

KIND = "erratum"


def content(e: Erratum) -> str:
    """The canonical text an erratum's digest covers."""
    return json.dumps({"session": e.session_id, "item": e.item.number if e.item_id else None,
                       "field": e.field, "wrong": e.wrong, "right": e.right, "reason": e.reason,
                       "at": e.at.isoformat(timespec="microseconds"), "user": e.user_id},
                      sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def subject(e: Erratum) -> str:
    return f"erratum/{e.pk}"


def record_erratum(user: Any, session: m.Session, *, field: str, wrong: str, right: str, reason: str,
                   item: m.Item | None = None) -> Erratum:
    """Record a correction of ``session`` (of ``item`` if given); refused unless the session is closed."""
    require_clerk(user, session)
    if session.sealed_at is None:
        raise Refused("La séance n'est pas close : corrigez l'acte directement, un erratum ne sert "
                      "qu'après la clôture.", "field")
    if item is not None and item.session_id != session.pk:
        raise Refused("Cette question n'est pas de la séance.", "item")
    for name, value, limit in (("field", field, 200), ("right", right, 10_000), ("reason", reason, 10_000)):
        if not value.strip():
            raise Refused("Ce champ est obligatoire.", name)
        if len(value) > limit:
            raise Refused(f"Au plus {limit} caractères.", name)
    if wrong.strip() == right.strip():
        raise Refused("La correction est identique au texte à corriger.", "right")
    with transaction.atomic():
        e = Erratum(session=session, item=item, field=field.strip(), wrong=wrong.strip(), right=right.strip(),
                    reason=reason.strip(), user=user if getattr(user, "is_authenticated", False) else None,
                    at=timezone.now())
        e.digest = ledger.sha256(content(e))
        e.save()
        ledger.record(KIND, subject(e), e.digest, user)
        audit(user, "erratum", session, erratum=e.pk)
    return e


def _digest_of(subject_: str) -> str | None:
    """The digest of the erratum ``erratum/<pk>`` as stored now (for ``registre verify``)."""
    try:
        pk = int(subject_.removeprefix("erratum/"))
    except ValueError:
        return None
    e = Erratum.objects.filter(pk=pk).select_related("item").first()
    return ledger.sha256(content(e)) if e is not None else "0" * 64


ledger.register_digest(KIND, _digest_of)
