"""A closed session's acts cannot be changed: every write is refused, a correction is an erratum.

CGCT R2121-9: once the session is closed, the deliberations are signed into the
register; L2131-1: published and transmitted, they are enforceable as they stand. So once
``Session.sealed_at`` is set, :func:`guard` (connected to ``pre_save`` and ``pre_delete``
of every model of a session) refuses any write to the session's rows, whatever the path
(services, admin, shell), with a clear French message; the services check first
(:func:`refuse_if_sealed`) to say it before doing anything. A correction goes through
:mod:`registre.web.services.erratum`, recorded beside the act and in the ledger.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import pre_delete, pre_save
from django.utils import timezone

from registre.web import models as m
from registre.web.services.sitting import Refused

RULE = "R2121-9"


class SessionSealed(Refused):
    """A write to a closed session."""


def _message(s: m.Session) -> str:
    when = timezone.localtime(s.sealed_at).strftime("%d/%m/%Y à %H:%M") if s.sealed_at else ""
    return (f"La séance du {s.date:%d/%m/%Y} est close depuis le {when} : ses actes ne se modifient "
            f"plus (R2121-9). Une correction se fait par erratum.")


def refuse_if_sealed(session: m.Session, field: str | None = None) -> None:
    """Raise :class:`SessionSealed` if ``session`` is closed (read from the database)."""
    sealed = m.Session.all_objects.filter(pk=session.pk, sealed_at__isnull=False).only("date", "sealed_at") \
        .first()
    if sealed is not None:
        raise SessionSealed(_message(sealed), field, RULE)


# How a row reaches its session: the lookup from Session to the row's model.
PATHS: dict[type[Any], str] = {
    m.Mandate: "mandates", m.Attendance: "attendances", m.Proxy: "proxies", m.Item: "items",
    m.ImportRecord: "imports", m.Interest: "items__interests", m.Vote: "items__vote",
    m.Deliberation: "items__text", m.RollCallEntry: "items__vote__roll_call",
    m.Opinion: "items__text__opinions", m.Annex: "items__text__annexes",
}
# The parent a new row hangs from (no primary key yet): (foreign key attribute, lookup to it).
PARENTS: dict[type[Any], tuple[str, str]] = {
    m.Mandate: ("session_id", "pk"), m.Attendance: ("session_id", "pk"), m.Proxy: ("session_id", "pk"),
    m.Item: ("session_id", "pk"), m.ImportRecord: ("session_id", "pk"), m.Interest: ("item_id", "items"),
    m.Vote: ("item_id", "items"), m.Deliberation: ("item_id", "items"),
    m.RollCallEntry: ("vote_id", "items__vote"), m.Opinion: ("deliberation_id", "items__text"),
    m.Annex: ("deliberation_id", "items__text"),
}
# What the acts say: the fields a closed session keeps as they are. Listed by name, not
# taken from the models, so that a field added later for the life of the act after the
# vote (transmission, publication, signature…) stays writable unless it is added here.
# Session.publication_date too is set after the closing (L2131-1).
PROTECTED: dict[type[Any], frozenset[str]] = {model: frozenset(names.split()) for model, names in {
    m.Session: "deleted_at assembly date convocation_date place opened_at closed_at second_convocation "
               "president secretary",
    m.Mandate: "deleted_at session person commune role substitute_for functions position",
    m.Attendance: "deleted_at session person span source",
    m.Proxy: "deleted_at session giver holder span source",
    m.Item: "deleted_at session number passage title rapporteur deliberation taken_up_at presided_by",
    m.ImportRecord: "deleted_at session source_name content_hash",
    m.Interest: "deleted_at item person reason declared_votes left_room",
    m.Vote: "deleted_at item ballot unanimous has_counts for_count against_count abstention_count "
            "not_voting_count recorded_interested president_choice recorded_outcome",
    m.Deliberation: "deleted_at item report_number rapporteur_function budget programme planned_amount "
                    "operation_amount has_budget summary body decision_intro decisions matiere beneficiary",
    m.RollCallEntry: "deleted_at vote voter choice on_behalf_of",
    m.Opinion: "deleted_at deliberation body date verdict",
    m.Annex: "deleted_at deliberation title body",
}.items()}


def _changed(model: Any, stored: Any, instance: Any) -> list[str]:
    """The protected fields of ``instance`` that differ from ``stored``."""
    return [f.name for f in model._meta.concrete_fields if f.name in PROTECTED[model]
            and getattr(stored, f.attname) != getattr(instance, f.attname)]


def _sealed_session(instance: Any) -> m.Session | None:
    attr, lookup = PARENTS[type(instance)]
    parent = getattr(instance, attr)
    sealed = m.Session.all_objects.filter(sealed_at__isnull=False)
    if parent is not None:
        found = sealed.filter(**{lookup: parent}).first()
        if found is not None:
            return found
    if instance.pk is not None:  # a row moved from a sealed session is a change of it too
        return sealed.filter(**{f"{PATHS[type(instance)]}__pk": instance.pk}).first()
    return None


def guard(sender: Any, instance: Any, **kwargs: Any) -> None:
    """``pre_save``/``pre_delete``: refuse writing a row of a closed session."""
    if kwargs.get("raw"):
        return  # fixtures loaded by loaddata
    deleting = kwargs.get("signal") is pre_delete
    model = type(instance)
    if isinstance(instance, m.Session):
        if instance.pk is None:
            return
        stored = m.Session.all_objects.filter(pk=instance.pk).first()
        if stored is None or stored.sealed_at is None:
            return  # not closed yet (closing it is this save)
        changed = _changed(model, stored, instance)
        if changed or deleting:
            raise SessionSealed(_message(stored), changed[0] if changed else None, RULE)
        return
    session = _sealed_session(instance)
    if session is None:
        return
    if instance.pk is not None and not deleting:  # an existing row: only the act's content is frozen
        stored = model._base_manager.filter(pk=instance.pk).first()
        if stored is not None and not _changed(model, stored, instance):
            return
    raise SessionSealed(_message(session), None, RULE)


def written_once(sender: Any, instance: Any, **kwargs: Any) -> None:
    """``pre_save``/``pre_delete`` of errata and ledger entries: written once, never changed."""
    if kwargs.get("raw") or (kwargs.get("signal") is pre_save and instance.pk is None):
        return
    raise Refused(f"{instance._meta.verbose_name.capitalize()} : écrit une fois, ne se modifie ni ne se "
                  "supprime ; une nouvelle correction se fait par un nouvel erratum.", None, RULE)


def connect() -> None:
    """Connect :func:`guard` to every model of a session (called by the history app's ready())."""
    from registre.web.history.models import Erratum, LedgerEntry

    for model in [m.Session, *PATHS]:
        pre_save.connect(guard, sender=model, dispatch_uid=f"seal-save-{model.__name__}")
        pre_delete.connect(guard, sender=model, dispatch_uid=f"seal-delete-{model.__name__}")
    for model in (Erratum, LedgerEntry):
        pre_save.connect(written_once, sender=model, dispatch_uid=f"once-save-{model.__name__}")
        pre_delete.connect(written_once, sender=model, dispatch_uid=f"once-delete-{model.__name__}")
