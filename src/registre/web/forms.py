"""The clerks' forms; choices come from the session (its members and items)."""

from __future__ import annotations

from typing import Any

from django import forms

from registre.core.actes import MATIERES
from registre.core.vocabulary import Civility
from registre.web import models as m
from registre.web.fields import BoundedDateField
from registre.web.widgets import RENDERER

# Checkboxes of members (a search box before them, workspace.js), not a 124-name multi-select.
PICKER = forms.CheckboxSelectMultiple(attrs={"class": "picker"})


def members_of(session: m.Session) -> list[tuple[str, str]]:
    """(key, name) of the session's members, by last then first name."""
    return _members(session)


def _choices(session: m.Session, kind: str) -> list[tuple[str, str]]:
    """The session's members or items, read once per revision of this session object: the
    board builds nine forms that all list them (a write bumps the revision: read again)."""
    kept: dict[tuple[str, int], list[tuple[str, str]]] = session.__dict__.setdefault("_registre_choices", {})
    key = (kind, session.revision)
    if key not in kept:
        if kind == "members":
            kept[key] = [(md.person.key, str(md.person)) for md in session.mandates.select_related("person")
                         .order_by("person__last_name", "person__first_name")]
        else:
            kept[key] = [(it.number, f"n°{it.number} {it.title[:60]}") for it in session.items.all()]
    return list(kept[key])


def _members(session: m.Session) -> list[tuple[str, str]]:
    return _choices(session, "members")


def _items(session: m.Session, blank: str | None = None) -> list[tuple[str, str]]:
    out = [("", blank)] if blank is not None else []
    return out + _choices(session, "items")


class NewSessionForm(forms.Form):
    """A new session, for an assembly of one of the clerk's authorities."""

    assembly = forms.ModelChoiceField(label="Assemblée", queryset=m.Assembly.objects.none(),
                                      empty_label="— choisir —")
    date = BoundedDateField(label="Date de la séance", widget=forms.DateInput(attrs={"type": "date"}))
    items = forms.IntegerField(label="Nombre de questions à l'ordre du jour", min_value=1, max_value=500)
    place = forms.CharField(label="Lieu", max_length=300, required=False)

    def __init__(self, assemblies: Any, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["assembly"].queryset = assemblies  # type: ignore[attr-defined]


class SessionForm(forms.Form):
    """A form whose member and item fields list the session's own."""

    default_renderer = RENDERER  # its long lists written in Python, same HTML (widgets.py)

    member_fields: tuple[str, ...] = ()
    item_fields: dict[str, str | None] = {}
    # The session's revision the form was read at: a change since to what it edits refuses it.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
    # The digest of the recorded votes a change moves, once the clerk has seen them (guard.py).
    confirm = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)

    def __init__(self, session: m.Session, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["version"].initial = session.revision
        members = _members(session)
        for name in self.member_fields:
            field = self.fields[name]
            field.choices = members if isinstance(field, forms.MultipleChoiceField) else (
                [("", "— choisir —"), *members])
            # workspace.js puts a search box before these lists of 124 names (issue 15)
            field.widget.attrs["data-searchable"] = ""
        for name, blank in self.item_fields.items():
            self.fields[name].choices = _items(session, blank)


class PresenceForm(SessionForm):
    member_fields = ("person",)
    person = forms.ChoiceField(label="Membre")
    present = forms.ChoiceField(label="État", choices=[("1", "présent(e) toute la séance"),
                                                       ("0", "absent(e)")])


class MovementForm(SessionForm):
    member_fields = ("person",)
    person = forms.ChoiceField(label="Membre")
    item_fields = {"item": "— choisir —", "until": "(cette question seulement)"}
    kind = forms.ChoiceField(label="Mouvement", choices=[
        ("arrivee", "arrivée à la question"), ("depart", "départ avant la question"),
        ("absent", "absent(e) de la question"), ("present", "présent(e) de la question")])
    item = forms.ChoiceField(label="Question")
    until = forms.ChoiceField(label="Jusqu'à la question (incluse)", required=False,
                              help_text="pour « absent(e) » ou « présent(e) » sur plusieurs questions")


class ProxyForm(SessionForm):
    member_fields = ("giver", "holder")
    item_fields = {"from_item": "début de séance", "until_item": "fin de séance"}
    giver = forms.ChoiceField(label="Mandant (donne pouvoir)")
    holder = forms.ChoiceField(label="Mandataire (reçoit le pouvoir)")
    from_item = forms.ChoiceField(label="À compter de", required=False)
    until_item = forms.ChoiceField(label="Jusqu'à (incluse)", required=False)


class SubstituteForm(SessionForm):
    member_fields = ("titular",)
    titular = forms.ChoiceField(label="Titulaire remplacé(e)")
    civility = forms.ChoiceField(label="Civilité", required=False,
                                 choices=[("", "—"), *Civility.choices()])
    first_name = forms.CharField(label="Prénom du suppléant", max_length=120, required=False)
    last_name = forms.CharField(label="Nom du suppléant", max_length=120)


class InterestsForm(SessionForm):
    member_fields = ("interested",)
    item_fields = {"item": None}
    item = forms.ChoiceField(label="Question")
    interested = forms.MultipleChoiceField(label="Conseillers intéressés", required=False,
                                           widget=PICKER)


class VoteForm(SessionForm):
    item_fields = {"item": None}
    item = forms.ChoiceField(label="Question")
    unanimous = forms.BooleanField(label="À l'unanimité", required=False)
    # More than any assembly has members; beyond, a typing slip (and past the database's integers).
    for_count = forms.IntegerField(label="Pour", min_value=0, max_value=10_000, required=False)
    against_count = forms.IntegerField(label="Contre", min_value=0, max_value=10_000, required=False)
    abstention_count = forms.IntegerField(label="Abstentions", min_value=0, max_value=10_000, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        counts = [data.get(k) for k in ("for_count", "against_count", "abstention_count")]
        if any(c is not None for c in counts) and any(c is None for c in counts):
            self.add_error("for_count", "Indiquez les trois nombres (pour, contre, abstentions), "
                                        "ou aucun.")
        if not data.get("unanimous") and all(c is None for c in counts):
            self.add_error("for_count", "Indiquez le décompte ou cochez « à l'unanimité ».")
        return data

    def counts(self) -> tuple[int, int, int] | None:
        d = self.cleaned_data
        if d.get("for_count") is None:
            return None
        return (d["for_count"], d["against_count"], d["abstention_count"])


class RollCallForm(SessionForm):
    member_fields = ("against_members", "abstention_members")
    item_fields = {"item": None}
    item = forms.ChoiceField(label="Question")
    against_members = forms.MultipleChoiceField(label="Votent contre", required=False, widget=PICKER)
    abstention_members = forms.MultipleChoiceField(label="S'abstiennent", required=False, widget=PICKER)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        both = set(data.get("against_members", [])) & set(data.get("abstention_members", []))
        if both:
            self.add_error("abstention_members", "Un membre ne peut à la fois voter contre et s'abstenir.")
        return data


class DeliberationForm(SessionForm):
    item_fields = {"item": None}
    item = forms.ChoiceField(label="Question")
    # Bounds a register never reaches, well inside what PostgreSQL's full-text index takes.
    title = forms.CharField(label="Objet", max_length=1000, widget=forms.Textarea(attrs={"rows": 2}))
    deliberation = forms.CharField(label="N° de délibération", max_length=60, required=False)
    matiere = forms.ChoiceField(label="Matière ACTES", required=False)
    amount = forms.DecimalField(label="Montant de l'opération (€)", min_value=0, max_digits=15,
                                decimal_places=2, required=False)
    beneficiary = forms.CharField(label="Bénéficiaire", max_length=300, required=False)
    summary = forms.CharField(label="Résumé", max_length=20_000, required=False,
                              widget=forms.Textarea(attrs={"rows": 3}))
    decisions = forms.CharField(label="Décisions (une par ligne)", max_length=20_000, required=False,
                                widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, session: m.Session, *args: Any, **kwargs: Any):
        super().__init__(session, *args, **kwargs)
        self.fields["matiere"].choices = [("", "—"), *((c, f"{c} — {n}") for c, n in MATIERES.items())]

    def decision_lines(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["decisions"].splitlines() if line.strip()]


class ConfirmVoteForm(SessionForm):
    """A flagged vote (attendance changed after it) confirmed as recorded."""

    item_fields = {"item": None}
    item = forms.ChoiceField(label="Question")


FORMS: dict[str, type[SessionForm]] = {
    "presence": PresenceForm,
    "mouvement": MovementForm,
    "pouvoir": ProxyForm,
    "suppleant": SubstituteForm,
    "interets": InterestsForm,
    "vote": VoteForm,
    "nominatif": RollCallForm,
    "deliberation": DeliberationForm,
    "confirmer": ConfirmVoteForm,
}
