"""The one write path of the life of acts: close, sign, transmit, follow, cancel, publish.

Every function takes the user, checks they are a clerk of the authority
(``require_clerk``), writes in a transaction, leaves an audit entry, and refuses with
:class:`~registre.web.services.sitting.Refused` (a French reason) rather than half-doing.
The documents are built by ``registre.actes`` and ``registre.rendering`` from the core's
computation on what is stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from registre.actes.envelope import ActesError, internal_number, metadata_from_session
from registre.actes.s2low import S2lowClient, S2lowConfig, Status, TransmissionError
from registre.actes.signing import SigningError, load_signer, load_trust_roots, sign_pdf, validate
from registre.core import check_session
from registre.rendering import RENDERERS, render
from registre.rendering.extract import build_extracts
from registre.rendering.pdf import render_pdfs
from registre.web import models as m
from registre.web.actes.models import Act, ActesSettings, SessionDocument, TransmissionEvent
from registre.web.convert import session_to_core
from registre.web.services import ledger
from registre.web.services.audit import audit
from registre.web.services.sitting import Refused, can_edit, require_clerk


def actes_settings(authority: m.Authority) -> ActesSettings:
    """The authority's settings for its acts (created with the defaults on first use)."""
    obj, _ = ActesSettings.objects.get_or_create(authority=authority)
    return obj


def set_publicity(user: Any, authority: m.Authority, publicity: str, decision: str = "") -> ActesSettings:
    """Record the authority's mode of publicity. L2131-1: only communes under 3 500
    inhabitants choose (by deliberation) display or paper; the others publish online."""
    from registre.web.actes.models import Publicity

    if not can_edit(user, authority):
        raise PermissionDenied("Vous n'êtes pas greffier de cette collectivité.")
    if publicity not in Publicity.values:
        raise Refused(f"Mode de publicité inconnu « {publicity} ».", "publicity")
    if publicity != Publicity.ELECTRONIC:
        if authority.kind != "commune":
            raise Refused("Seules les communes de moins de 3 500 habitants choisissent l'affichage ou le "
                          "papier ; les autres collectivités publient sous forme électronique (L2131-1).",
                          "publicity")
        if authority.population is None:
            raise Refused("Population de la commune inconnue : renseignez-la avant de choisir "
                          "l'affichage ou le papier (seuil de 3 500 habitants, L2131-1).", "publicity")
        if authority.population >= 3500:
            raise Refused(f"Commune de {authority.population} habitants : publication électronique "
                          "obligatoire à partir de 3 500 habitants (L2131-1).", "publicity")
        if not decision.strip():
            raise Refused("Indiquez la délibération qui a choisi ce mode (L2131-1).", "publicity_decision")
    with transaction.atomic():
        row = actes_settings(authority)
        row.publicity, row.publicity_decision = publicity, decision.strip()
        row.save(update_fields=["publicity", "publicity_decision", "updated_at"])
        audit(user, "actes.publicity", None, authority=authority.slug, publicity=publicity)
    return row


# --- closing (R2121-9) ------------------------------------------------------------------------

def _next_register_number(authority: m.Authority, year: int, taken: set[str]) -> str:
    used = set(Act.all_objects.filter(authority=authority, register_number__startswith=f"{year}-")
               .values_list("register_number", flat=True)) | taken
    n = 1
    while f"{year}-{n:04d}" in used:
        n += 1
    return f"{year}-{n:04d}"


def close_session(user: Any, session: m.Session) -> list[Act]:
    """Close ``session`` (R2121-9): number its deliberations in the order of passage, keep
    the PDF/A of each extract, of the minutes and of the closing sheet, seal the session.

    Refused when the session is already closed, has no deliberation, or when a number
    cannot be an @ctes NumeroInterne or is already used by the authority.
    """
    require_clerk(user, session)
    if session.sealed_at is not None:
        when = timezone.localtime(session.sealed_at)
        raise Refused(f"La séance est déjà close (le {when:%d/%m/%Y à %H:%M}).")
    authority = session.assembly.authority
    with transaction.atomic():
        items = [i for i in session.items.order_by("passage") if hasattr(i, "vote")]
        if not items:
            raise Refused("Aucune délibération votée dans cette séance : rien à clore.")
        numbers: dict[str, str] = {}
        taken: set[str] = set()
        acts = []
        for item in items:
            register = _next_register_number(authority, session.date.year, taken)
            taken.add(register)
            numbers[item.number] = item.deliberation or register
            if not item.deliberation:  # R2121-9: every deliberation gets its number at the closing
                item.deliberation = register
                item.save(update_fields=["deliberation", "updated_at"])
            try:
                internal = internal_number(item.deliberation)
            except ActesError as e:
                raise Refused(f"Question {item.number} : {e}") from e
            if Act.objects.filter(authority=authority, internal_number=internal).exists():
                raise Refused(f"Question {item.number} : le numéro @ctes {internal} est déjà utilisé "
                              "par un autre acte de la collectivité.")
            acts.append(Act(item=item, authority=authority, register_number=register,
                            internal_number=internal, pdf=b""))
        core = session_to_core(session)
        report = check_session(core)
        docs = build_extracts(report, [a.item.number for a in acts])
        for act, pdf in zip(acts, render_pdfs(docs), strict=True):
            act.pdf = pdf
            act.save()
        from registre.actes.closing import build_closing_sheet

        closed = timezone.now()
        sheet = build_closing_sheet(report, numbers, timezone.localdate(closed))
        SessionDocument.objects.create(session=session, kind=SessionDocument.CLOSING,
                                       pdf=RENDERERS["pdf"](sheet))
        SessionDocument.objects.create(session=session, kind=SessionDocument.MINUTES,
                                       pdf=render(report, "minutes", "pdf"))
        session.sealed_at = closed
        session.sealed_by = user if getattr(user, "is_authenticated", False) else None
        session.save(update_fields=["sealed_at", "sealed_by", "updated_at"])
        audit(user, "session.close", session, deliberations=len(acts))
    return acts


# --- signature -------------------------------------------------------------------------------

def signing_configured() -> bool:
    return bool(settings.REGISTRE_SIGN_P12)


def _signer() -> Any:
    if not signing_configured():
        raise Refused("Signature électronique non configurée sur ce portail (REGISTRE_SIGN_P12).")
    try:
        return load_signer(settings.REGISTRE_SIGN_P12, settings.REGISTRE_SIGN_P12_PASSWORD or None)
    except (SigningError, OSError) as e:
        raise Refused(f"Certificat de signature : {e}") from e


def _sign(data: bytes, signer: Any, reason: str, place: str) -> bytes:
    try:
        return sign_pdf(data, signer, timestamp_url=settings.REGISTRE_TSA_URL or None, reason=reason,
                        location=place, font=Path(settings.REGISTRE_SIGN_FONT))
    except SigningError as e:
        raise Refused(f"Signature impossible : {e}") from e


def sign_session(user: Any, session: m.Session) -> int:
    """Sign (PAdES, timestamped) every unsigned extract, the minutes and the closing sheet
    of a closed session; returns how many documents were signed."""
    require_clerk(user, session)
    if session.sealed_at is None:
        raise Refused("Clore la séance avant de signer ses actes (R2121-9).")
    signer = _signer()
    place = session.assembly.authority.seat or ""
    done = 0
    with transaction.atomic():
        for act in Act.objects.filter(item__session=session, signed_pdf__isnull=True):
            act.signed_pdf = _sign(bytes(act.pdf), signer, "Pour extrait conforme", place)
            act.signer, act.signed_at = _signer_name(signer), timezone.now()
            act.save(update_fields=["signed_pdf", "signer", "signed_at", "updated_at"])
            done += 1
        for doc in SessionDocument.objects.filter(session=session, signed_pdf__isnull=True):
            doc.signed_pdf = _sign(bytes(doc.pdf), signer, doc.get_kind_display().capitalize(), place)
            doc.signer, doc.signed_at = _signer_name(signer), timezone.now()
            doc.save(update_fields=["signed_pdf", "signer", "signed_at", "updated_at"])
            done += 1
        audit(user, "acts.sign", session, documents=done)
    return done


def _signer_name(signer: Any) -> str:
    from registre.actes.signing import signer_name

    return signer_name(signer)


def signatures(data: bytes) -> list[Any]:
    """The signatures of a PDF, validated against the deployment's trusted roots."""
    roots = load_trust_roots(settings.REGISTRE_SIGN_TRUST) if settings.REGISTRE_SIGN_TRUST else None
    try:
        return validate(data, roots)
    except SigningError:
        return []


# --- transmission (L2131-1, L2131-2) ------------------------------------------------------------

def s2low_client() -> S2lowClient:
    if not settings.REGISTRE_S2LOW_URL:
        raise Refused("Télétransmission non configurée sur ce portail (REGISTRE_S2LOW_URL).")
    return S2lowClient(S2lowConfig(
        url=settings.REGISTRE_S2LOW_URL, cert=settings.REGISTRE_S2LOW_CERT or None,
        key=settings.REGISTRE_S2LOW_KEY or None, key_password=settings.REGISTRE_S2LOW_KEY_PASSWORD or None,
        ca=settings.REGISTRE_S2LOW_CA or None, login=settings.REGISTRE_S2LOW_LOGIN or None,
        password=settings.REGISTRE_S2LOW_PASSWORD or None))


def _set_status(act: Act, status: Status, message: str = "") -> None:
    if act.status == status.value and not message:
        return
    act.status, act.status_at = status.value, timezone.now()
    act.save(update_fields=["status", "status_at", "updated_at"])
    TransmissionEvent.objects.create(act=act, status=status.value, message=message[:500])


def transmit(user: Any, act: Act, client: S2lowClient | None = None) -> str:
    """Post the act (its signed PDF when there is one) to S²LOW; returns the transaction id."""
    session = act.item.session
    require_clerk(user, session)
    if act.status and act.status not in (Status.ERROR.value, Status.CANCELLED.value):
        raise Refused(f"Acte déjà transmis (état : {act.status_label}).")
    core = session_to_core(session)
    item = next(i for i in core.items if i.number == act.item.number)
    try:
        meta = metadata_from_session(core, item, number=act.internal_number, nature=act.nature)
    except ActesError as e:
        raise Refused(f"Transmission impossible : {e}") from e
    client = client or s2low_client()
    try:
        ident = client.create(meta, act.document)
    except TransmissionError as e:
        with transaction.atomic():
            _set_status(act, Status.ERROR, str(e))
            audit(user, "act.transmit", session, act=act.register_number, error=str(e))
        raise Refused(str(e)) from e
    with transaction.atomic():
        act.transmission_id = ident
        act.save(update_fields=["transmission_id", "updated_at"])
        _set_status(act, Status.POSTED, f"transaction {ident}")
        audit(user, "act.transmit", session, act=act.register_number, transaction=ident)
    return ident


def poll(user: Any, act: Act, client: S2lowClient | None = None) -> Status:
    """Ask S²LOW where the act stands; keep the status and, once there, the acknowledgement."""
    session = act.item.session
    require_clerk(user, session)
    if not act.transmission_id:
        raise Refused("Acte non transmis : rien à interroger.")
    client = client or s2low_client()
    try:
        report = client.status(act.transmission_id)
    except TransmissionError as e:
        raise Refused(str(e)) from e
    with transaction.atomic():
        if report.ack is not None:
            if report.ack.acte_id.number != act.internal_number:
                raise Refused(f"L'accusé de réception porte sur l'acte {report.ack.acte_id.text}, "
                              f"pas sur {act.internal_number} : non enregistré.")
            act.acte_id = report.ack.acte_id.text
            act.received_on = report.ack.received_on
            act.ack_xml = report.ack.xml
            act.save(update_fields=["acte_id", "received_on", "ack_xml", "updated_at"])
        _set_status(act, report.status, report.message)
        audit(user, "act.poll", session, act=act.register_number, status=report.status.value)
    return report.status


def cancel(user: Any, act: Act, client: S2lowClient | None = None) -> None:
    """Cancel the act's transmission (an « annulation » through S²LOW)."""
    session = act.item.session
    require_clerk(user, session)
    if not act.transmission_id or act.status == Status.CANCELLED.value:
        raise Refused("Aucune transmission en cours à annuler.")
    client = client or s2low_client()
    try:
        client.cancel(act.transmission_id)
    except TransmissionError as e:
        raise Refused(str(e)) from e
    with transaction.atomic():
        _set_status(act, Status.CANCELLED, f"annulation de la transaction {act.transmission_id}")
        audit(user, "act.cancel", session, act=act.register_number)


# --- publication (L2131-1, R2131-1) -----------------------------------------------------------

def publish(user: Any, act: Act) -> None:
    """Put the act online in full (L2131-1): date online, author's name and title, SHA-256
    recorded in the register's ledger. It then stays online."""
    session = act.item.session
    require_clerk(user, session)
    if session.sealed_at is None:
        raise Refused("Clore la séance avant de publier ses actes (R2121-9).")
    if act.published_at is not None:
        raise Refused(f"Acte déjà publié le {timezone.localtime(act.published_at):%d/%m/%Y}.")
    president = session.president
    with transaction.atomic():
        act.published_at = timezone.now()
        act.published_by = user if getattr(user, "is_authenticated", False) else None
        if president is not None:
            act.author_name = f"{president.first_name} {president.last_name}".strip()
            fem = president.civility == "Mme"
            act.author_title = "Présidente de séance" if fem else "Président de séance"
        act.save(update_fields=["published_at", "published_by", "author_name", "author_title", "updated_at"])
        ledger.record("acte.publication", _subject(act), act.sha256, user)
        audit(user, "act.publish", session, act=act.register_number, sha256=act.sha256)


def _subject(act: Act) -> str:
    s = act.item.session
    return f"{s.assembly.authority.slug}/{s.assembly.slug}/{s.date.isoformat()}/{act.item.number}"


# --- archiving (SEDA 2.2) -------------------------------------------------------------------

def seda_package(session: m.Session) -> bytes:
    """The SEDA 2.2 transfer ZIP of a closed session: acts, signatures, acknowledgements,
    closing sheet, minutes and the session's history (audit trail) as proof."""
    from registre.actes.seda import ArchivedAct, ArchiveFile, Transfer, transfer_zip

    if session.sealed_at is None:
        raise Refused("Seule une séance close s'archive.")
    authority = session.assembly.authority
    acts = []
    for act in Act.objects.filter(item__session=session).select_related("item"):
        files = [ArchiveFile(f"acte-{act.internal_number}.pdf", act.document,
                             "Extrait signé" if act.signed_pdf else "Extrait")]
        if act.ack_xml:
            files.append(ArchiveFile(f"acte-{act.internal_number}-ar.xml", bytes(act.ack_xml),
                                     "Accusé de réception de la préfecture", "application/xml"))
        life = [{"etat": e.label, "le": e.at.isoformat(), "message": e.message} for e in act.events.all()]
        files.append(ArchiveFile(f"acte-{act.internal_number}-vie.json",
                                 json.dumps({"acte": act.acte_id or act.internal_number, "transmission": life,
                                             "publie_le": act.published_at.isoformat() if act.published_at
                                             else None, "sha256": act.sha256},
                                            ensure_ascii=False, indent=1).encode(),
                                 "Vie de l'acte", "application/json"))
        acts.append(ArchivedAct(act.register_number, act.item.title, session.date, tuple(files),
                                acte_id=act.acte_id or None,
                                matiere=getattr(getattr(act.item, "text", None), "matiere", None) or None))
    session_files = [ArchiveFile(f"{d.kind}.pdf", d.current, d.get_kind_display().capitalize())
                     for d in SessionDocument.objects.filter(session=session)]
    history = [{"le": a.at.isoformat(), "action": a.action, "par": str(a.user or ""), "detail": a.detail}
               for a in m.AuditEntry.objects.filter(session=session).order_by("at", "id")]
    session_files.append(ArchiveFile("historique.json",
                                     json.dumps(history, ensure_ascii=False, indent=1).encode(),
                                     "Historique de la séance (preuve)", "application/json"))
    digest = hashlib.sha256(f"{session.pk}:{session.sealed_at}".encode()).hexdigest()[:12]
    return transfer_zip(Transfer(
        message_id=f"REGISTRE-{authority.slug}-{session.date:%Y%m%d}-{digest}",
        authority=authority.name, authority_id=authority.siren or authority.slug,
        archival_agency=actes_settings(authority).archival_agency or "non renseigné",
        title=f"{session.assembly.name} — séance du {session.date:%d/%m/%Y}", session_date=session.date,
        acts=acts, session_files=session_files))


def today() -> dt.date:
    return timezone.localdate()
