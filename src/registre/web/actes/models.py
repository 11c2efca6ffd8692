"""What happens to an act after the vote, stored per act and per session.

An :class:`Act` is one deliberation entered in the register at the closing of its
session (R2121-9): its register number, its @ctes number, the PDF/A of its extract as
closed, the signed PDF, the transmission's state and acknowledgement, its publication.
Whether it is enforceable is computed (:meth:`Act.enforceable_since`), never stored.
Written by :mod:`registre.web.actes.services` only.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone

from registre.actes.s2low import LABELS, Status
from registre.web.models import Authority, Item, Session, Tracked, live


class Publicity(models.TextChoices):
    """How acts are made public (L2131-1): online by default; communes under 3 500
    inhabitants choose by deliberation between display, paper and electronic."""

    ELECTRONIC = "electronique", "publication sous forme électronique (site internet)"
    DISPLAY = "affichage", "affichage"
    PAPER = "papier", "publication sur papier"


class ActesSettings(Tracked):
    """An authority's choices for its acts."""

    authority = models.OneToOneField(Authority, models.PROTECT, related_name="actes_settings",
                                     verbose_name="collectivité")
    publicity = models.CharField("mode de publicité", max_length=20, choices=Publicity.choices,
                                 default=Publicity.ELECTRONIC)
    publicity_decision = models.CharField(
        "délibération fixant le mode de publicité", max_length=200, blank=True,
        help_text="communes de moins de 3 500 habitants (L2131-1) : « délibération n° … du … »")
    archival_agency = models.CharField("service d'archives (identifiant SEDA)", max_length=100, blank=True)

    class Meta:
        verbose_name = "réglages des actes"


class SessionDocument(Tracked):
    """A document of the closed session (closing sheet, minutes), as rendered and as signed."""

    CLOSING = "cloture"
    MINUTES = "proces-verbal"
    KINDS = [(CLOSING, "feuille de clôture"), (MINUTES, "procès-verbal")]

    session = models.ForeignKey(Session, models.PROTECT, related_name="acts_documents")
    kind = models.CharField(max_length=20, choices=KINDS)
    pdf = models.BinaryField("PDF/A")
    signed_pdf = models.BinaryField("PDF signé", null=True, blank=True)
    signer = models.CharField("signataire", max_length=200, blank=True)
    signed_at = models.DateTimeField("signé le", null=True, blank=True)

    class Meta:
        verbose_name = "document de séance"
        constraints = [models.UniqueConstraint(fields=["session", "kind"], condition=live(),
                                               name="actes_session_document_unique")]

    @property
    def current(self) -> bytes:
        return bytes(self.signed_pdf or self.pdf)


class Act(Tracked):
    """One deliberation of the register and its legal life."""

    item = models.OneToOneField(Item, models.PROTECT, related_name="act", verbose_name="question")
    authority = models.ForeignKey(Authority, models.PROTECT, related_name="acts")
    register_number = models.CharField("n° au registre", max_length=20)
    internal_number = models.CharField("numéro interne @ctes", max_length=15)
    nature = models.PositiveSmallIntegerField("nature ACTES", default=1)
    # L2131-2: the deliberations of the council are enforceable only once received in prefecture.
    needs_transmission = models.BooleanField("soumis à transmission (L2131-2)", default=True)
    pdf = models.BinaryField("extrait PDF/A")
    signed_pdf = models.BinaryField("extrait signé", null=True, blank=True)
    signer = models.CharField("signataire", max_length=200, blank=True)
    signed_at = models.DateTimeField("signé le", null=True, blank=True)
    transmission_id = models.CharField("transaction S²LOW", max_length=40, blank=True)
    status = models.CharField("transmission", max_length=20, blank=True,
                              choices=[(s.value, LABELS[s]) for s in Status])
    status_at = models.DateTimeField("état au", null=True, blank=True)
    acte_id = models.CharField("identifiant @ctes (IDActe)", max_length=60, blank=True)
    received_on = models.DateField("reçu en préfecture le", null=True, blank=True)
    ack_xml = models.BinaryField("accusé de réception", null=True, blank=True)
    published_at = models.DateTimeField("mis en ligne le", null=True, blank=True)
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True, blank=True,
                                     related_name="+")
    author_name = models.CharField("auteur (prénom et nom)", max_length=200, blank=True)
    author_title = models.CharField("qualité de l'auteur", max_length=200, blank=True)

    class Meta:
        verbose_name = "acte"
        ordering = ["register_number"]
        constraints = [
            models.UniqueConstraint(fields=["authority", "internal_number"], condition=live(),
                                    name="actes_internal_number_unique"),
            models.UniqueConstraint(fields=["authority", "register_number"], condition=live(),
                                    name="actes_register_number_unique"),
        ]

    def __str__(self) -> str:
        return f"Délibération n° {self.register_number}"

    @property
    def document(self) -> bytes:
        """What is published: the signed PDF when there is one, else the closed PDF/A."""
        return bytes(self.signed_pdf or self.pdf)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.document).hexdigest()

    @property
    def status_label(self) -> str:
        return LABELS[Status(self.status)] if self.status else "non transmis"

    def enforceable_since(self) -> dt.date | None:
        """L2131-1: enforceable once published and, for acts of L2131-2, received in prefecture."""
        if self.published_at is None:
            return None
        published = timezone.localdate(self.published_at)
        if not self.needs_transmission:
            return published
        if self.received_on is None:
            return None
        return max(published, self.received_on)


class TransmissionEvent(models.Model):
    """Every status the act's transmission went through, with its date."""

    act = models.ForeignKey(Act, models.PROTECT, related_name="events")
    status = models.CharField(max_length=20, choices=[(s.value, LABELS[s]) for s in Status])
    at = models.DateTimeField(default=timezone.now)
    message = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["at", "id"]

    @property
    def label(self) -> str:
        return LABELS[Status(self.status)]
