"""The vocabulary of subsidies, defined once: enumerations with French labels.

Values are stable identifiers (files, JSON, future Django ``choices=``); ``label`` is
what people read. Built on :class:`registre.core.vocabulary.LabelledEnum`.
"""

from __future__ import annotations

from registre.core.vocabulary import LabelledEnum, register_labels


class SubsidyEnum(LabelledEnum):
    """A labelled enumeration of subsidies; its French labels are registered below."""


class LegalForm(SubsidyEnum):
    """Legal form of a beneficiary; S-01 and S-07 depend on it."""

    ASSOCIATION = "association"
    FOUNDATION = "fondation"
    COMPANY = "entreprise"
    PUBLIC_BODY = "personne_publique"
    OTHER = "autre"


class Trigger(SubsidyEnum):
    """What makes a tranche of the payment schedule payable."""

    SIGNATURE = "signature"
    NOTIFICATION = "notification"
    EFFECTIVE = "prise_effet"
    REPORT = "rapport"
    DATE = "date"


class EffectiveFrom(SubsidyEnum):
    """When the convention takes effect (its « prise d'effet »)."""

    SIGNATURE = "signature"
    PREFECT_TRANSMISSION = "transmission_prefet"
    DATE = "date"


class EventKind(SubsidyEnum):
    """What happens to a convention after the deliberation."""

    SIGNATURE = "signature"
    PREFECT_TRANSMISSION = "transmission_prefet"
    NOTIFICATION = "notification"
    PUBLICATION = "publication_donnees"
    PAYMENT_REQUEST = "demande_paiement"
    PAYMENT = "paiement"
    REPORT_RECEIVED = "rapport_recu"
    DELIVERABLE_RECEIVED = "livrable_recu"
    INDICATOR_REPORTED = "indicateur"
    REPAYMENT = "reversement"
    AMENDMENT = "avenant"


class BudgetSide(SubsidyEnum):
    EXPENSE = "depense"
    REVENUE = "recette"


class FundingGroup(SubsidyEnum):
    """Sub-totals of the revenues of a forecast budget."""

    PRIVATE = "prive"
    PUBLIC = "public"


class DeadlineKind(SubsidyEnum):
    PAYMENT_REQUEST = "demande_paiement"
    PAYMENT = "paiement"
    PUBLICATION = "publication"
    REPORTS = "pieces"
    FINANCIAL_REPORT = "compte_rendu_financier"
    END = "fin"
    RETENTION = "conservation"


class DeadlineState(SubsidyEnum):
    """State of one deadline at a date."""

    DONE = "fait"
    PENDING = "en_attente"
    UPCOMING = "a_venir"
    DUE = "a_echeance"
    OVERDUE = "en_retard"
    LAPSING = "caducite_proche"
    LAPSED = "caduque"


class ConventionState(SubsidyEnum):
    """State of a whole convention at a date, the most pressing of its deadlines."""

    PENDING = "en_attente"
    RUNNING = "en_cours"
    DUE = "a_echeance"
    LAPSING = "caducite_proche"
    OVERDUE = "en_retard"
    LAPSED = "caduque"
    CLOSED = "terminee"


# Keyed by (class, value): members of different classes with the same value (« signature »)
# are equal strings, so they cannot share a plain dict.
_LABEL_LIST: list[tuple[SubsidyEnum, str]] = [
    (LegalForm.ASSOCIATION, "association"),
    (LegalForm.FOUNDATION, "fondation"),
    (LegalForm.COMPANY, "entreprise"),
    (LegalForm.PUBLIC_BODY, "personne publique"),
    (LegalForm.OTHER, "autre"),
    (Trigger.SIGNATURE, "à la signature"),
    (Trigger.NOTIFICATION, "à la notification"),
    (Trigger.EFFECTIVE, "à la prise d'effet"),
    (Trigger.REPORT, "sur remise d'un rapport"),
    (Trigger.DATE, "à date fixe"),
    (EffectiveFrom.SIGNATURE, "à la signature"),
    (EffectiveFrom.PREFECT_TRANSMISSION, "à la transmission au représentant de l'État"),
    (EffectiveFrom.DATE, "à une date fixée"),
    (EventKind.SIGNATURE, "signature"),
    (EventKind.PREFECT_TRANSMISSION, "transmission au préfet"),
    (EventKind.NOTIFICATION, "notification"),
    (EventKind.PUBLICATION, "publication des données essentielles"),
    (EventKind.PAYMENT_REQUEST, "demande de paiement"),
    (EventKind.PAYMENT, "paiement"),
    (EventKind.REPORT_RECEIVED, "rapport reçu"),
    (EventKind.DELIVERABLE_RECEIVED, "livrable reçu"),
    (EventKind.INDICATOR_REPORTED, "indicateur déclaré"),
    (EventKind.REPAYMENT, "reversement"),
    (EventKind.AMENDMENT, "avenant"),
    (BudgetSide.EXPENSE, "dépense"),
    (BudgetSide.REVENUE, "recette"),
    (FundingGroup.PRIVATE, "privé"),
    (FundingGroup.PUBLIC, "public"),
    (DeadlineKind.PAYMENT_REQUEST, "demande de paiement"),
    (DeadlineKind.PAYMENT, "paiement par la collectivité"),
    (DeadlineKind.PUBLICATION, "publication des données essentielles"),
    (DeadlineKind.REPORTS, "remise des pièces et livrables"),
    (DeadlineKind.FINANCIAL_REPORT, "compte rendu financier"),
    (DeadlineKind.END, "fin de la convention"),
    (DeadlineKind.RETENTION, "fin de conservation des pièces"),
    (DeadlineState.DONE, "fait"),
    (DeadlineState.PENDING, "en attente"),
    (DeadlineState.UPCOMING, "à venir"),
    (DeadlineState.DUE, "à échéance"),
    (DeadlineState.OVERDUE, "en retard"),
    (DeadlineState.LAPSING, "caducité proche"),
    (DeadlineState.LAPSED, "caduque"),
    (ConventionState.PENDING, "en attente"),
    (ConventionState.RUNNING, "en cours"),
    (ConventionState.DUE, "à échéance"),
    (ConventionState.LAPSING, "caducité proche"),
    (ConventionState.OVERDUE, "en retard"),
    (ConventionState.LAPSED, "caduque"),
    (ConventionState.CLOSED, "terminée"),
]
register_labels(_LABEL_LIST)
