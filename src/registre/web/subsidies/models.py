"""Database models of subsidies, one per dataclass of :mod:`registre.subsidies.model`.

Every model is :class:`~registre.web.models.Tracked` (timestamps, soft delete: history
kept, nothing hard-deleted). No rule lives here: :mod:`.convert` builds the dataclass
(``to_domain``) and the pure domain checks it. Write through :mod:`.services` only.
Periods (« 2 mois », « 10 ans ») are JSON ``{"years": 0, "months": 2, "days": 0}``.
"""

from __future__ import annotations

from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.urls import reverse

from registre.subsidies.vocabulary import (
    BudgetSide,
    EffectiveFrom,
    EventKind,
    FundingGroup,
    LegalForm,
    Trigger,
)
from registre.web.models import Authority, Deliberation, Tracked, live

MONEY = {"max_digits": 15, "decimal_places": 2}


class Beneficiary(Tracked):
    """The body a subsidy is granted to, once per authority (matched by name)."""

    authority = models.ForeignKey(Authority, models.PROTECT, related_name="beneficiaries",
                                  verbose_name="collectivité")
    name = models.CharField("nom", max_length=300)
    slug = models.SlugField("identifiant", max_length=200)
    short_name = models.CharField("sigle", max_length=100, blank=True)
    legal_form = models.CharField("forme juridique", max_length=30, choices=LegalForm.choices(), blank=True)
    siret = models.CharField("SIRET", max_length=14, blank=True)
    rna = models.CharField("RNA", max_length=10, blank=True)
    address = models.CharField("adresse", max_length=400, blank=True)
    representative_name = models.CharField("représentant", max_length=200, blank=True)
    representative_role = models.CharField("qualité du représentant", max_length=200, blank=True)
    cer_signed_on = models.DateField("contrat d'engagement républicain signé le", null=True, blank=True)
    cer_exempt = models.BooleanField("dispensé du contrat d'engagement républicain", default=False)

    class Meta:
        verbose_name = "bénéficiaire"
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["authority", "slug"], condition=live(),
                                               name="beneficiary_unique_slug")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("subsidies:beneficiary", args=[self.authority.slug, self.slug])


class PastSubsidy(Tracked):
    """What the beneficiary received a past year, as the deliberation recalls it."""

    beneficiary = models.ForeignKey(Beneficiary, models.PROTECT, related_name="history")
    year = models.PositiveIntegerField("année")
    amount = models.DecimalField("montant", **MONEY)
    object = models.CharField("objet", max_length=400, blank=True)
    had_convention = models.BooleanField("avec convention", null=True, blank=True)

    class Meta:
        verbose_name = "subvention antérieure"
        verbose_name_plural = "subventions antérieures"
        ordering = ["year"]


class BudgetLine(Tracked):
    """« Inscription budgétaire »: budget, programme, amount planned; its conventions consume it."""

    authority = models.ForeignKey(Authority, models.PROTECT, related_name="budget_lines",
                                  verbose_name="collectivité")
    budget = models.CharField("budget", max_length=200)
    year = models.PositiveIntegerField("exercice", null=True, blank=True)
    programme = models.CharField("programme", max_length=300)
    planned = models.DecimalField("montant prévu", null=True, blank=True, **MONEY)

    class Meta:
        verbose_name = "ligne budgétaire"
        ordering = ["-year", "programme"]
        constraints = [models.UniqueConstraint(fields=["authority", "budget", "programme"], condition=live(),
                                               name="budget_line_unique")]

    def __str__(self) -> str:
        return f"{self.programme} ({self.budget})"


class Convention(Tracked):
    """A subsidy convention, linked to the deliberation that approved it."""

    authority = models.ForeignKey(Authority, models.PROTECT, related_name="conventions",
                                  verbose_name="collectivité")
    beneficiary = models.ForeignKey(Beneficiary, models.PROTECT, related_name="conventions",
                                    verbose_name="bénéficiaire")
    budget_line = models.ForeignKey(BudgetLine, models.PROTECT, null=True, blank=True,
                                    related_name="conventions", verbose_name="ligne budgétaire")
    deliberation = models.ForeignKey(Deliberation, models.PROTECT, null=True, blank=True,
                                     related_name="conventions", verbose_name="délibération")
    key = models.CharField("référence", max_length=120)
    slug = models.SlugField("identifiant", max_length=200)
    title = models.CharField("titre", max_length=500)
    object = models.TextField("objet", blank=True)
    amount = models.DecimalField("montant (plafond)", **MONEY)
    ceiling_not_revisable = models.BooleanField("plafond non révisable", default=False)
    year = models.PositiveIntegerField("année", null=True, blank=True)
    authority_party = models.CharField("collectivité signataire", max_length=300, blank=True)
    authority_representative = models.CharField("représentant de la collectivité", max_length=300,
                                                blank=True)
    authority_representative_role = models.CharField("qualité", max_length=200, blank=True)
    # The deliberation as the text cites it (kept even when the session is not stored).
    deliberation_number = models.CharField("n° de délibération", max_length=60, blank=True)
    deliberation_assembly = models.CharField("assemblée", max_length=200, blank=True)
    deliberation_date = models.DateField("date de la délibération", null=True, blank=True)
    deliberation_report = models.CharField("n° de rapport", max_length=20, blank=True)
    deliberation_title = models.TextField("objet de la délibération", blank=True)
    deliberation_published_on = models.DateField("publiée le", null=True, blank=True)
    decided_amount = models.DecimalField("montant décidé", null=True, blank=True, **MONEY)
    effective_from = models.CharField("prise d'effet", max_length=30, choices=EffectiveFrom.choices(),
                                      blank=True)
    effective_on = models.DateField("date de prise d'effet", null=True, blank=True)
    end_date = models.DateField("fin", null=True, blank=True)
    end_is_latest = models.BooleanField("au plus tard", default=False)
    payment_request_delay = models.JSONField("délai de demande de paiement", null=True, blank=True)
    payment_request_from = models.CharField("à compter de", max_length=30, choices=EventKind.choices(),
                                            blank=True)
    caducity = models.BooleanField("caducité", default=False)
    retention = models.JSONField("conservation des pièces", null=True, blank=True)
    termination_notice = models.JSONField("préavis de résiliation", null=True, blank=True)
    court = models.CharField("juridiction", max_length=300, blank=True)
    legal_basis = models.JSONField("visas", default=list, blank=True)
    obligations = models.JSONField("obligations", default=list, blank=True)
    repayment_cases = models.JSONField("cas de reversement", default=list, blank=True)
    programme_title = models.CharField("programme", max_length=500, blank=True)
    programme_period = models.CharField("période", max_length=200, blank=True)
    declared_total = models.DecimalField("total déclaré", null=True, blank=True, **MONEY)
    declared_expenses = models.DecimalField("dépenses déclarées", null=True, blank=True, **MONEY)
    declared_revenues = models.DecimalField("recettes déclarées", null=True, blank=True, **MONEY)
    declared_subtotals = models.JSONField("sous-totaux déclarés", default=dict, blank=True)
    source = models.CharField("source", max_length=500, blank=True)
    source_hash = models.CharField("empreinte du texte", max_length=64, blank=True)
    warnings = models.JSONField("avertissements de lecture", default=list, blank=True)

    class Meta:
        verbose_name = "convention"
        ordering = ["-deliberation_date", "key"]
        constraints = [models.UniqueConstraint(fields=["authority", "key"], condition=live(),
                                               name="convention_unique_key"),
                       models.UniqueConstraint(fields=["authority", "slug"], condition=live(),
                                               name="convention_unique_slug")]

    def __str__(self) -> str:
        return f"{self.title} — {self.beneficiary.name}"

    def get_absolute_url(self) -> str:
        return reverse("subsidies:convention", args=[self.authority.slug, self.slug])

    @property
    def source_name(self) -> str:
        """The file the convention was read from, without its folder."""
        return PurePath(self.source).name


class Child(Tracked):
    """A row belonging to a convention, in the document's order."""

    position = models.PositiveIntegerField("rang", default=0)

    class Meta:
        abstract = True
        ordering = ["position", "id"]


class Tranche(Child):
    convention = models.ForeignKey(Convention, models.PROTECT, related_name="tranches")
    trigger = models.CharField("déclencheur", max_length=30, choices=Trigger.choices())
    share = models.DecimalField("part (%)", max_digits=7, decimal_places=3, null=True, blank=True)
    amount = models.DecimalField("montant", null=True, blank=True, **MONEY)
    on = models.DateField("date", null=True, blank=True)
    text = models.TextField("texte", blank=True)

    class Meta(Child.Meta):
        verbose_name = "tranche"


class ReportDue(Child):
    convention = models.ForeignKey(Convention, models.PROTECT, related_name="reports_due")
    label = models.TextField("pièce due")
    due = models.DateField("échéance", null=True, blank=True)
    article = models.CharField("article", max_length=60, blank=True)

    class Meta(Child.Meta):
        verbose_name = "pièce due"
        verbose_name_plural = "pièces dues"


class Article(Child):
    convention = models.ForeignKey(Convention, models.PROTECT, related_name="articles")
    number = models.CharField("numéro", max_length=20)
    title = models.CharField("titre", max_length=300, blank=True)
    text = models.TextField("texte", blank=True)

    class Meta(Child.Meta):
        verbose_name = "article"


class Amendment(Tracked):
    """An avenant: the ceiling or end date it changes."""

    convention = models.ForeignKey(Convention, models.PROTECT, related_name="amendments")
    number = models.PositiveIntegerField("numéro")
    signed_on = models.DateField("signé le", null=True, blank=True)
    object = models.TextField("objet", blank=True)
    amount = models.DecimalField("nouveau plafond", null=True, blank=True, **MONEY)
    end_date = models.DateField("nouvelle fin", null=True, blank=True)

    class Meta:
        verbose_name = "avenant"
        ordering = ["number"]


class ProgrammeNode(Child):
    """An axis, objective or action of the funded programme."""

    KINDS = [("axe", "axe"), ("objectif", "objectif"), ("action", "action")]
    convention = models.ForeignKey(Convention, models.PROTECT, related_name="programme_nodes")
    parent = models.ForeignKey("self", models.PROTECT, null=True, blank=True, related_name="children")
    kind = models.CharField("nature", max_length=10, choices=KINDS)
    number = models.CharField("numéro", max_length=20, blank=True)
    title = models.TextField("intitulé", blank=True)
    lines = models.JSONField("texte", default=list, blank=True)
    budget = models.DecimalField("budget", null=True, blank=True, **MONEY)

    class Meta(Child.Meta):
        verbose_name = "élément du programme"
        verbose_name_plural = "éléments du programme"


class Target(Child):
    """A quantified target; ``parent`` set for its parts (« dont 40 … »)."""

    convention = models.ForeignKey(Convention, models.PROTECT, related_name="targets")
    node = models.ForeignKey(ProgrammeNode, models.PROTECT, related_name="targets")
    parent = models.ForeignKey("self", models.PROTECT, null=True, blank=True, related_name="parts")
    key = models.CharField("clé", max_length=60)
    quantity = models.PositiveIntegerField("objectif")
    unit = models.CharField("unité", max_length=200, blank=True)
    label = models.TextField("intitulé", blank=True)
    where = models.CharField("où", max_length=300, blank=True)

    class Meta(Child.Meta):
        verbose_name = "cible"


class Deliverable(Child):
    """A table or document the beneficiary hands in; no node: the indicators annex."""

    convention = models.ForeignKey(Convention, models.PROTECT, related_name="deliverables")
    node = models.ForeignKey(ProgrammeNode, models.PROTECT, null=True, blank=True,
                             related_name="deliverables")
    key = models.CharField("clé", max_length=60)
    label = models.TextField("intitulé")
    where = models.CharField("où", max_length=300, blank=True)
    due = models.DateField("échéance", null=True, blank=True)
    is_table = models.BooleanField("tableau", default=True)

    class Meta(Child.Meta):
        verbose_name = "livrable"


class BudgetRow(Child):
    """A line of the forecast budget."""

    convention = models.ForeignKey(Convention, models.PROTECT, related_name="budget_rows")
    label = models.CharField("libellé", max_length=400)
    amount = models.DecimalField("montant", **MONEY)
    side = models.CharField("sens", max_length=10, choices=BudgetSide.choices())
    group = models.CharField("groupe", max_length=10, choices=FundingGroup.choices(), blank=True)
    in_kind = models.BooleanField("en nature", default=False)
    informative = models.BooleanField("pour information", default=False)

    class Meta(Child.Meta):
        verbose_name = "ligne du budget prévisionnel"
        verbose_name_plural = "lignes du budget prévisionnel"


class CoFinancer(Child):
    convention = models.ForeignKey(Convention, models.PROTECT, related_name="co_financers")
    name = models.CharField("financeur", max_length=300)
    amount = models.DecimalField("montant", null=True, blank=True, **MONEY)
    public = models.BooleanField("public", null=True, blank=True)

    class Meta(Child.Meta):
        verbose_name = "cofinanceur"


class ConventionEvent(Tracked):
    """What happened: notification, payment request, payment, report received, indicator…"""

    convention = models.ForeignKey(Convention, models.PROTECT, related_name="events")
    kind = models.CharField("nature", max_length=30, choices=EventKind.choices())
    on = models.DateField("date")
    amount = models.DecimalField("montant", null=True, blank=True, **MONEY)
    label = models.TextField("libellé", blank=True)
    indicator = models.CharField("indicateur", max_length=60, blank=True)
    value = models.DecimalField("valeur", max_digits=15, decimal_places=2, null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True, blank=True,
                                    related_name="+", verbose_name="enregistré par")

    class Meta:
        verbose_name = "événement"
        ordering = ["on", "id"]


class DeliverableUpload(Tracked):
    """A filled deliverables workbook taken back, with the errors of its cells."""

    convention = models.ForeignKey(Convention, models.PROTECT, related_name="uploads")
    file_name = models.CharField("fichier", max_length=300)
    content = models.BinaryField("contenu")
    ok = models.BooleanField("accepté", default=False)
    errors = models.JSONField("erreurs", default=list, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True, blank=True,
                                    related_name="+", verbose_name="déposé par")

    class Meta:
        verbose_name = "dépôt de livrables"
        verbose_name_plural = "dépôts de livrables"
        ordering = ["-created_at"]


class Attribution(Tracked):
    """A subsidy as the authority published it in its SCDL « Subventions » open data
    (décret n° 2017-779): beneficiary, amount, object, decision; imported, never typed."""

    authority = models.ForeignKey(Authority, models.PROTECT, related_name="attributions",
                                  verbose_name="collectivité")
    beneficiary = models.ForeignKey(Beneficiary, models.PROTECT, related_name="attributions",
                                    verbose_name="bénéficiaire")
    deliberation = models.ForeignKey(Deliberation, models.PROTECT, null=True, blank=True,
                                     related_name="attributions", verbose_name="délibération")
    amount = models.DecimalField("montant", **MONEY)
    object = models.TextField("objet", blank=True)
    decision_date = models.DateField("date de la décision", null=True, blank=True)
    decision_reference = models.CharField("référence de la décision", max_length=200, blank=True)
    nature = models.CharField("nature", max_length=100, blank=True)
    payment_terms = models.TextField("conditions de versement", blank=True)
    period_start = models.DateField("versement à partir du", null=True, blank=True)
    period_end = models.DateField("versement jusqu'au", null=True, blank=True)
    percentage = models.DecimalField("part du budget de l'action (%)", max_digits=6, decimal_places=2,
                                     null=True, blank=True)
    eu_notified = models.BooleanField("notifiée à la Commission européenne", null=True, blank=True)
    source = models.CharField("fichier source", max_length=500, blank=True)
    source_line = models.PositiveIntegerField("ligne du fichier", null=True, blank=True)
    # SHA-256 of the row's values: the same row imported twice is recognised.
    row_key = models.CharField("empreinte de la ligne", max_length=64, editable=False)

    class Meta:
        verbose_name = "attribution publiée (SCDL)"
        verbose_name_plural = "attributions publiées (SCDL)"
        ordering = ["-decision_date", "beneficiary__name"]
        constraints = [models.UniqueConstraint(fields=["authority", "row_key"], condition=live(),
                                               name="attribution_unique_row")]

    def __str__(self) -> str:
        return f"{self.beneficiary.name} — {self.amount} €"
