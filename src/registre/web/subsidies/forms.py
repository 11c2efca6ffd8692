"""Forms of the clerks' convention page: one per kind of event, an avenant, a workbook."""

from __future__ import annotations

from django import forms

from registre.web.fields import BoundedDateField

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class EventForm(forms.Form):
    on = BoundedDateField(label="Date", widget=DATE)


class AmountEventForm(EventForm):
    amount = forms.DecimalField(label="Montant (€)", min_value=0, max_digits=15, decimal_places=2)


class RequestForm(EventForm):
    amount = forms.DecimalField(label="Montant demandé (€)", min_value=0, max_digits=15, decimal_places=2,
                                required=False)


class ReportForm(EventForm):
    label = forms.CharField(label="Pièce reçue", max_length=300)
    deliverable = forms.BooleanField(label="C'est un livrable (tableau, document d'annexe)", required=False)


class AmendmentForm(forms.Form):
    number = forms.IntegerField(label="Numéro de l'avenant", min_value=1, max_value=999)
    signed_on = BoundedDateField(label="Signé le", widget=DATE, required=False)
    object = forms.CharField(label="Objet", max_length=500, required=False)
    amount = forms.DecimalField(label="Nouveau plafond (€)", min_value=0, max_digits=15, decimal_places=2,
                                required=False)
    end_date = BoundedDateField(label="Nouvelle date de fin", widget=DATE, required=False)


class UploadForm(EventForm):
    file = forms.FileField(label="Classeur des livrables rempli (.xlsx)")

    def clean_file(self):  # type: ignore[no-untyped-def]
        f = self.cleaned_data["file"]
        if not f.name.lower().endswith(".xlsx"):
            raise forms.ValidationError("Le fichier doit être un classeur .xlsx.")
        if f.size > 10 * 1024 * 1024:
            raise forms.ValidationError("Fichier trop volumineux (10 Mo au plus).")
        return f


# action of the URL → (form, title of the form)
FORMS: dict[str, tuple[type[forms.Form], str]] = {
    "signature": (EventForm, "Signature"),
    "transmission": (EventForm, "Transmission au préfet"),
    "notification": (EventForm, "Notification"),
    "publication": (EventForm, "Publication des données essentielles"),
    "demande": (RequestForm, "Demande de paiement"),
    "paiement": (AmountEventForm, "Paiement"),
    "reversement": (AmountEventForm, "Reversement"),
    "piece": (ReportForm, "Rapport ou livrable reçu"),
    "avenant": (AmendmentForm, "Avenant"),
    "livrables": (UploadForm, "Dépôt du classeur des livrables"),
}
