"""Rows of the register's trust: the ledger (hash chain), errata, aliases and merges of persons.

Nothing here is ever updated or deleted by the application: a ledger entry, an erratum,
an alias or a merge is written once. The ledger's rows are chained by SHA-256
(:mod:`registre.web.services.ledger`), so an edit made behind the application's back is
found by ``registre verify``.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class LedgerEntry(models.Model):
    """One link of the hash chain: an act published (or corrected) with its SHA-256."""

    sequence = models.PositiveBigIntegerField("rang", unique=True)
    at = models.DateTimeField("inscrit le", default=timezone.now)
    kind = models.CharField("nature", max_length=40)
    subject = models.CharField("objet", max_length=500)
    digest = models.CharField("empreinte de l'acte (SHA-256)", max_length=64)
    previous = models.CharField("empreinte du maillon précédent", max_length=64, unique=True)
    entry_hash = models.CharField("empreinte du maillon", max_length=64, unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True, blank=True,
                             related_name="+", verbose_name="inscrit par")
    actor = models.CharField("inscrit par (nom)", max_length=150, blank=True)

    class Meta:
        verbose_name = "maillon du registre"
        verbose_name_plural = "registre chaîné des actes"
        ordering = ["sequence"]

    def __str__(self) -> str:
        return f"n°{self.sequence} {self.kind} {self.subject}"


class Erratum(models.Model):
    """A correction of an act of a closed session: recorded beside the act, never an edit of it."""

    session = models.ForeignKey("registre_web.Session", models.PROTECT, related_name="errata",
                                verbose_name="séance")
    item = models.ForeignKey("registre_web.Item", models.PROTECT, null=True, blank=True,
                             related_name="errata", verbose_name="question")
    at = models.DateTimeField("le", default=timezone.now)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True, blank=True,
                             related_name="+", verbose_name="par")
    field = models.CharField("mention corrigée", max_length=200)
    wrong = models.TextField("au lieu de", blank=True)
    right = models.TextField("lire")
    reason = models.TextField("motif")
    digest = models.CharField("empreinte (SHA-256)", max_length=64)

    class Meta:
        verbose_name = "erratum"
        verbose_name_plural = "errata"
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"Erratum {self.field} ({self.session})"


class PersonAlias(models.Model):
    """Another spelling of a person, as some source printed it (« BAHR » for « BAEHR »)."""

    person = models.ForeignKey("registre_web.Person", models.PROTECT, related_name="aliases",
                               verbose_name="élu")
    spelling = models.CharField("graphie", max_length=250)
    key = models.CharField("clé de comparaison", max_length=250, db_index=True)
    source = models.CharField("relevée dans", max_length=500, blank=True)
    at = models.DateTimeField("le", default=timezone.now)

    class Meta:
        verbose_name = "autre graphie"
        constraints = [models.UniqueConstraint(fields=["person", "key"], name="alias_unique_key")]

    def __str__(self) -> str:
        return f"{self.spelling} → {self.person}"


class PersonMerge(models.Model):
    """A clerk merged ``absorbed`` into ``kept``: every reference now points to ``kept``."""

    kept = models.ForeignKey("registre_web.Person", models.PROTECT, related_name="+",
                             verbose_name="élu conservé")
    absorbed = models.ForeignKey("registre_web.Person", models.PROTECT, related_name="+",
                                 verbose_name="élu fusionné")
    at = models.DateTimeField("le", default=timezone.now)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True, blank=True,
                             related_name="+", verbose_name="par")
    moved = models.JSONField("références déplacées", default=dict)
    reason = models.TextField("motif", blank=True)

    class Meta:
        verbose_name = "fusion d'élus"
        ordering = ["-at"]


# -- History of every write (django-simple-history) -----------------------------------
# Each model of the register and of the subsidies gets a historical table in this app
# (``registre_history_historical<model>``): one row per save, with who
# (``history_user``, from the request through HistoryRequestMiddleware), when
# (``history_date``), the kind of change (+ created, ~ changed, - deleted) and every
# field's value after it; the values before are the previous row of the same object.
# Registered from here so that registre.web's and the subsidies' models stay untouched.

def _register_history() -> None:
    from simple_history import register

    from registre.web import models as web
    from registre.web.subsidies import models as subsidies

    register_models: list[type[models.Model]] = [
        web.Authority, web.Assembly, web.Clerk, web.Person, web.Session, web.ImportRecord, web.Mandate,
        web.Attendance, web.Proxy, web.Item, web.Interest, web.Vote, web.RollCallEntry, web.Deliberation,
        web.Opinion, web.Annex]
    subsidy_models = [obj for obj in vars(subsidies).values()
                      if isinstance(obj, type) and issubclass(obj, web.Tracked) and obj is not web.Tracked
                      and obj.__module__ == subsidies.__name__ and not obj._meta.abstract]
    for model in [*register_models, *subsidy_models]:
        if hasattr(model._meta, "simple_history_manager_attribute"):
            continue  # registered already
        # ``Model.history`` unless the name is taken (Beneficiary.history: its past subsidies).
        name = "write_history" if hasattr(model, "history") else "history"
        register(model, app="registre.web.history", manager_name=name, excluded_fields=["updated_at"],
                 get_user=_history_user)


def _history_user(instance: object = None, request: object = None, **kwargs: object) -> object:
    from registre.web.services.history import current_user

    return current_user(instance, request, **kwargs)


_register_history()
