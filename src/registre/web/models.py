"""Database models mirroring :mod:`registre.core.model`.

Nothing is hard-deleted: every row has ``created_at``/``updated_at`` and a
``deleted_at`` that hides it from the default manager (``objects``), while
``all_objects`` still sees it; every change made through the services also leaves an
:class:`AuditEntry`. Spans (``à compter de la question 6``…) are stored as the JSON of
:func:`registre.web.convert.span_to_json`, the core being their only interpreter.
Write through :mod:`registre.web.services`, never directly.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from registre.core.vocabulary import (
    AssemblyKind,
    AuthorityKind,
    Ballot,
    Choice,
    Civility,
    ItemKind,
    Outcome,
    SeatRole,
)


class LiveManager(models.Manager):  # type: ignore[type-arg]
    """Rows not soft-deleted."""

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return super().get_queryset().filter(deleted_at__isnull=True)


class Tracked(models.Model):
    """Timestamps and soft delete, shared by every model."""

    created_at = models.DateTimeField("créé le", default=timezone.now, editable=False)
    updated_at = models.DateTimeField("modifié le", auto_now=True)
    deleted_at = models.DateTimeField("supprimé le", null=True, blank=True, editable=False)

    objects = LiveManager()
    all_objects = models.Manager()

    class Meta:
        abstract = True
        base_manager_name = "all_objects"


def live() -> Q:
    """Condition for a unique constraint that ignores soft-deleted rows."""
    return Q(deleted_at__isnull=True)


class Authority(Tracked):
    name = models.CharField("nom", max_length=200)
    slug = models.SlugField("identifiant", max_length=200, unique=True)
    kind = models.CharField("nature", max_length=40, choices=AuthorityKind.choices())
    siren = models.CharField("SIREN", max_length=9, blank=True)
    siret = models.CharField("SIRET", max_length=14, blank=True)
    seat = models.CharField("siège", max_length=200, blank=True)
    department = models.CharField("département (code)", max_length=3, blank=True,
                                  help_text="« 25 », « 2A », « 971 » : début des identifiants ACTES")
    population = models.PositiveIntegerField("population municipale", null=True, blank=True,
                                             help_text="délais et règles qui dépendent de la taille")

    class Meta:
        verbose_name = "collectivité"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("registre:authority", args=[self.slug])


class Assembly(Tracked):
    authority = models.ForeignKey(Authority, models.PROTECT, related_name="assemblies",
                                  verbose_name="collectivité")
    name = models.CharField("nom", max_length=200)
    slug = models.SlugField("identifiant", max_length=200)
    kind = models.CharField("nature", max_length=20, choices=AssemblyKind.choices())
    members_in_office = models.PositiveIntegerField("membres en exercice")

    class Meta:
        verbose_name = "assemblée"
        ordering = ["authority__name", "name"]
        constraints = [models.UniqueConstraint(fields=["authority", "slug"], condition=live(),
                                               name="assembly_unique_slug")]

    def __str__(self) -> str:
        return f"{self.name} — {self.authority.name}"

    def get_absolute_url(self) -> str:
        return reverse("registre:assembly", args=[self.authority.slug, self.slug])


class Clerk(Tracked):
    """A user who may record the sessions of one authority (secrétariat des assemblées)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, related_name="clerkships",
                             verbose_name="utilisateur")
    authority = models.ForeignKey(Authority, models.PROTECT, related_name="clerks",
                                  verbose_name="collectivité")

    class Meta:
        verbose_name = "greffier"
        constraints = [models.UniqueConstraint(fields=["user", "authority"], condition=live(),
                                               name="clerk_unique")]

    def __str__(self) -> str:
        return f"{self.user} ({self.authority})"


class Person(Tracked):
    """An elected member; ``key`` is the core's person id (``vignot-anne``)."""

    authority = models.ForeignKey(Authority, models.PROTECT, related_name="persons",
                                  verbose_name="collectivité")
    key = models.SlugField("identifiant", max_length=120)
    first_name = models.CharField("prénom", max_length=120, blank=True)
    last_name = models.CharField("nom", max_length=120)
    civility = models.CharField("civilité", max_length=4, choices=Civility.choices(), blank=True)

    class Meta:
        verbose_name = "élu"
        ordering = ["last_name", "first_name"]
        constraints = [models.UniqueConstraint(fields=["authority", "key"], condition=live(),
                                               name="person_unique_key")]

    def __str__(self) -> str:
        prefix = f"{self.civility} " if self.civility else ""
        return f"{prefix}{self.first_name} {self.last_name}".strip()


class Session(Tracked):
    """A sitting of an assembly (séance)."""

    assembly = models.ForeignKey(Assembly, models.PROTECT, related_name="sessions",
                                 verbose_name="assemblée")
    date = models.DateField("date", db_index=True)
    convocation_date = models.DateField("date de convocation", null=True, blank=True)
    publication_date = models.DateField("date de publication", null=True, blank=True)
    place = models.CharField("lieu", max_length=300, blank=True)
    opened_at = models.CharField("ouverture", max_length=5, blank=True)
    closed_at = models.CharField("clôture", max_length=5, blank=True)
    second_convocation = models.BooleanField("seconde convocation", default=False)
    # i12: séance initiale d'une seconde convocation, urgence (K-02), réglages « rules: ».
    law = models.JSONField("convocation et réglages", default=dict, blank=True)
    president = models.ForeignKey(Person, models.PROTECT, null=True, blank=True, related_name="+",
                                  verbose_name="président(e) de séance")
    secretary = models.ForeignKey(Person, models.PROTECT, null=True, blank=True, related_name="+",
                                  verbose_name="secrétaire de séance")
    # R2121-9: the session is closed (register signed); after it, acts change only by erratum.
    sealed_at = models.DateTimeField("séance close le", null=True, blank=True, editable=False)
    sealed_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True, blank=True,
                                  related_name="+", editable=False, verbose_name="close par")
    # Bumped by every write of the services: keys the cache of the pages computed from the session.
    revision = models.PositiveIntegerField("révision", default=0, editable=False)

    class Meta:
        verbose_name = "séance"
        ordering = ["-date"]
        constraints = [models.UniqueConstraint(fields=["assembly", "date"], condition=live(),
                                               name="session_unique_date")]

    def __str__(self) -> str:
        return f"{self.assembly.name} du {self.date:%d/%m/%Y}"

    def get_absolute_url(self) -> str:
        a = self.assembly
        return reverse("registre:session", args=[a.authority.slug, a.slug, self.date.isoformat()])


class ImportRecord(Tracked):
    """A source imported into a session: same content hash twice means nothing to do."""

    session = models.ForeignKey(Session, models.PROTECT, related_name="imports")
    source_name = models.CharField("fichier", max_length=500)
    content_hash = models.CharField("empreinte", max_length=64, db_index=True)

    class Meta:
        verbose_name = "import"


class Mandate(Tracked):
    """A seat at a session: the member list of the core ``Session`` (titulars and substitutes)."""

    session = models.ForeignKey(Session, models.PROTECT, related_name="mandates", verbose_name="séance")
    person = models.ForeignKey(Person, models.PROTECT, related_name="mandates", verbose_name="élu")
    commune = models.CharField("commune", max_length=200, blank=True)
    role = models.CharField("qualité", max_length=20, choices=SeatRole.choices(), default=SeatRole.TITULAR)
    substitute_for = models.ForeignKey(Person, models.PROTECT, null=True, blank=True, related_name="+",
                                       verbose_name="suppléant(e) de")
    functions = models.JSONField("fonctions", default=list, blank=True)
    position = models.PositiveIntegerField("rang", default=0)

    class Meta:
        verbose_name = "mandat"
        ordering = ["position", "id"]
        constraints = [models.UniqueConstraint(fields=["session", "person"], condition=live(),
                                               name="mandate_unique_person")]

    def __str__(self) -> str:
        return str(self.person)


class Attendance(Tracked):
    session = models.ForeignKey(Session, models.PROTECT, related_name="attendances")
    person = models.ForeignKey(Person, models.PROTECT, related_name="+")
    span = models.JSONField("période", default=dict)
    source = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = "présence"
        ordering = ["id"]


class Proxy(Tracked):
    session = models.ForeignKey(Session, models.PROTECT, related_name="proxies")
    giver = models.ForeignKey(Person, models.PROTECT, related_name="+", verbose_name="mandant")
    holder = models.ForeignKey(Person, models.PROTECT, related_name="+", verbose_name="mandataire")
    span = models.JSONField("période", default=dict)
    source = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = "pouvoir"
        ordering = ["id"]


class Item(Tracked):
    """An agenda item (question, rapport), with its place in the order of passage."""

    session = models.ForeignKey(Session, models.PROTECT, related_name="items")
    number = models.CharField("numéro", max_length=20)
    passage = models.PositiveIntegerField("ordre de passage")
    title = models.TextField("objet", blank=True)
    rapporteur = models.ForeignKey(Person, models.PROTECT, null=True, blank=True, related_name="+")
    deliberation = models.CharField("n° de délibération", max_length=60, blank=True)
    taken_up_at = models.CharField("heure de passage", max_length=5, blank=True)
    presided_by = models.ForeignKey(Person, models.PROTECT, null=True, blank=True, related_name="+")
    # i12: compte administratif (V-08), élection ou désignation (V-05) et ses tours.
    kind = models.CharField("nature", max_length=30, choices=ItemKind.choices(), default="ordinaire")
    election = models.JSONField("élection", null=True, blank=True)

    class Meta:
        verbose_name = "question"
        ordering = ["passage"]
        constraints = [models.UniqueConstraint(fields=["session", "number"], condition=live(),
                                               name="item_unique_number")]

    def __str__(self) -> str:
        return f"Question n°{self.number}"

    def get_absolute_url(self) -> str:
        s = self.session
        a = s.assembly
        return reverse("registre:item", args=[a.authority.slug, a.slug, s.date.isoformat(), self.number])


class Interest(Tracked):
    item = models.ForeignKey(Item, models.PROTECT, related_name="interests")
    person = models.ForeignKey(Person, models.PROTECT, related_name="+")
    reason = models.CharField("motif", max_length=300, blank=True)
    declared_votes = models.PositiveIntegerField("voix déclarées", null=True, blank=True)
    left_room = models.BooleanField("a quitté la salle", null=True, blank=True)

    class Meta:
        verbose_name = "conseiller intéressé"
        ordering = ["id"]


class Vote(Tracked):
    item = models.OneToOneField(Item, models.PROTECT, related_name="vote")
    ballot = models.CharField("scrutin", max_length=10, choices=Ballot.choices(), default=Ballot.PUBLIC)
    unanimous = models.BooleanField("à l'unanimité", default=False)
    has_counts = models.BooleanField("décompte enregistré", default=False)
    for_count = models.PositiveIntegerField("pour", default=0)
    against_count = models.PositiveIntegerField("contre", default=0)
    abstention_count = models.PositiveIntegerField("abstentions", default=0)
    not_voting_count = models.PositiveIntegerField("ne prennent pas part", null=True, blank=True)
    recorded_interested = models.PositiveIntegerField(null=True, blank=True)
    president_choice = models.CharField(max_length=12, choices=Choice.choices(), blank=True)
    recorded_outcome = models.CharField(max_length=12, choices=Outcome.choices(), blank=True)
    # Set when attendance, proxies or interests changed the votes available at the item after
    # its vote was recorded: the vote is flagged until a clerk confirms or corrects it.
    review_note = models.CharField("à vérifier", max_length=500, blank=True)

    class Meta:
        verbose_name = "vote"


class RollCallEntry(Tracked):
    vote = models.ForeignKey(Vote, models.PROTECT, related_name="roll_call")
    voter = models.ForeignKey(Person, models.PROTECT, related_name="+")
    choice = models.CharField(max_length=12, choices=Choice.choices())
    on_behalf_of = models.ForeignKey(Person, models.PROTECT, null=True, blank=True, related_name="+")

    class Meta:
        verbose_name = "vote nominatif"
        ordering = ["id"]


class Deliberation(Tracked):
    """What the deliberation of an item says (core ``DeliberationText``)."""

    item = models.OneToOneField(Item, models.PROTECT, related_name="text")
    report_number = models.CharField("n° de rapport", max_length=20, blank=True)
    rapporteur_function = models.CharField("qualité du rapporteur", max_length=200, blank=True)
    budget = models.CharField("budget", max_length=200, blank=True)
    programme = models.CharField("programme", max_length=200, blank=True)
    planned_amount = models.DecimalField("montant prévu", max_digits=15, decimal_places=2,
                                         null=True, blank=True)
    operation_amount = models.DecimalField("montant de l'opération", max_digits=15, decimal_places=2,
                                           null=True, blank=True)
    has_budget = models.BooleanField(default=False)
    summary = models.TextField("résumé", blank=True)
    body = models.TextField("exposé", blank=True)
    decision_intro = models.TextField("formule", blank=True)
    decisions = models.JSONField("décisions", default=list, blank=True)
    matiere = models.CharField("matière ACTES", max_length=10, blank=True)
    beneficiary = models.CharField("bénéficiaire", max_length=300, blank=True)

    class Meta:
        verbose_name = "délibération"


class Opinion(Tracked):
    deliberation = models.ForeignKey(Deliberation, models.PROTECT, related_name="opinions")
    body = models.CharField("instance", max_length=200)
    date = models.DateField(null=True, blank=True)
    verdict = models.CharField("avis", max_length=200, blank=True)

    class Meta:
        verbose_name = "avis"
        ordering = ["id"]


class Annex(Tracked):
    deliberation = models.ForeignKey(Deliberation, models.PROTECT, related_name="annexes")
    title = models.CharField("titre", max_length=300)
    body = models.TextField(blank=True)

    class Meta:
        verbose_name = "annexe"
        ordering = ["id"]


class SearchEntry(models.Model):
    """One row per item with a text, flat for filtering; the full-text index sits beside it.

    On SQLite a FTS5 table ``registre_web_searchfts`` (rowid = this id) indexes
    ``document`` stemmed in Python; on PostgreSQL a generated ``tsvector`` column does
    (migration 0002). Maintained by :mod:`registre.web.services.search_index`.
    """

    item = models.OneToOneField(Item, models.CASCADE, related_name="search_entry")
    authority_id_copy = models.BigIntegerField(db_index=True)
    assembly_id_copy = models.BigIntegerField()
    date = models.DateField()
    matiere = models.CharField(max_length=10, blank=True)
    amount = models.DecimalField(max_digits=15, decimal_places=2, null=True)
    beneficiary = models.CharField(max_length=300, blank=True)
    document = models.TextField()

    class Meta:
        indexes = [models.Index(fields=["assembly_id_copy", "date"], name="search_assembly_date"),
                   models.Index(fields=["date"], name="search_date")]


class AuditEntry(models.Model):
    """Who changed what, when: the history of every write made by the services."""

    at = models.DateTimeField(default=timezone.now, db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True, blank=True)
    action = models.CharField(max_length=60)
    session = models.ForeignKey(Session, models.PROTECT, null=True, blank=True, related_name="audit")
    detail = models.JSONField(default=dict)

    class Meta:
        verbose_name = "historique"
        ordering = ["-at"]


class SessionChange(models.Model):
    """What one revision of a session touched (``item:13``, ``person:vignot-anne``), by whom, when.

    An edit form carries the revision it was read at: a later change touching what the form
    edits makes it stale (« modifié entre-temps par … à … », services/sitting.py).
    """

    session = models.ForeignKey(Session, models.CASCADE, related_name="changes")
    revision = models.PositiveIntegerField("révision")
    at = models.DateTimeField(default=timezone.now)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True, blank=True,
                             related_name="+")
    action = models.CharField(max_length=60)
    touched = models.JSONField(default=list)

    class Meta:
        verbose_name = "modification de séance"
        indexes = [models.Index(fields=["session", "revision"], name="session_change_revision")]
