"""Reading a convention written differently from the seeds: the patterns are not the
seeds' sentences."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from registre.subsidies.extract import convention_from_text
from registre.subsidies.rules import check_forecast_budget, check_schedule
from registre.subsidies.vocabulary import BudgetSide, EffectiveFrom, EventKind, LegalForm, Trigger

TEXT = """Extrait du registre des délibérations du Conseil municipal

Séance du 5 février 2025

Délibération n°2025-014

Inscription budgétaire
BP 2025 « Vie associative »\tMontant prévu au BP 2025 : 80 000 € Montant de l'opération : 12 500 €

A l'unanimité, le Conseil municipal :
- attribue une subvention d'un montant de 12 500 € à l'association Les Amis du Livre,

CONVENTION D'OBJECTIFS ET DE MOYENS
Saison culturelle 2025

ENTRE : la commune de Villeneuve, représentée par son Maire, Monsieur Paul MARTIN, d'une part,
ET : l'association Les Amis du Livre, dont le siège est situé 3 rue des Lilas, 21000 Villeneuve, SIRET 123 456 789 00012, RNA W212345678, représentée par sa Présidente, Madame Jeanne DURAND, d'autre part,

Vu la loi n° 2000-321 du 12 avril 2000, notamment son article 10,

Article 1er – Objet
La commune soutient la saison culturelle 2025 et verse une subvention de 12 500 €.

Article 2 – Versement
La subvention est versée en deux fois :
- 50 % à la signature de la convention ;
- le solde, soit 6 250 €, sur présentation du compte rendu financier.

Article 3 – Durée
La convention prend effet à compter du 1er mars 2025 et cessera le 31 décembre 2025.
Le versement doit faire l'objet d'une demande de versement dans un délai de 45 jours à compter de la signature, faute de quoi l'aide sera caduque.
L'association s'engage à conserver les justificatifs pendant cinq ans.

Fait à Villeneuve, le

Annexe 1 : budget prévisionnel 2025

Dépenses\tMontant
Achats\t4 000
Spectacles\t16 000
Total\t20 000
Recettes
Billetterie\t7 500
Sous-total PRIVE\t7 500
Commune de Villeneuve\t12 500
Sous-total PUBLIC\t12 500
TOTAL\t20 000
"""  # noqa: E501 (one paragraph a line, as the reader gives them)


def test_a_differently_written_convention_is_read() -> None:
    extract = convention_from_text(TEXT, "villeneuve.txt")
    c = extract.convention
    assert c is not None, extract.warnings
    assert c.key == "2025-014" and c.amount == Decimal(12500)
    assert c.title.startswith("D'OBJECTIFS ET DE MOYENS")
    assert c.authority.name == "Villeneuve"
    assert c.beneficiary.name == "Les Amis du Livre" and c.beneficiary.legal_form is LegalForm.ASSOCIATION
    assert c.beneficiary.representative is not None and c.beneficiary.representative.name == "Jeanne DURAND"
    assert (c.beneficiary.siret, c.beneficiary.rna) == ("12345678900012", "W212345678")
    assert c.beneficiary.address == "3 rue des Lilas, 21000 Villeneuve"
    assert [(t.share, t.amount, t.trigger) for t in c.schedule] == [
        (Decimal(50), None, Trigger.SIGNATURE),
        (None, Decimal(6250), Trigger.REPORT),
    ]
    assert check_schedule(c) == []
    assert c.effective is not None
    assert (c.effective.kind, c.effective.on) == (EffectiveFrom.DATE, dt.date(2025, 3, 1))
    assert c.end_date == dt.date(2025, 12, 31) and not c.end_is_latest
    assert c.payment_request_delay is not None and c.payment_request_delay.days == 45
    assert c.payment_request_from is EventKind.SIGNATURE and c.caducity
    assert c.retention is not None and c.retention.years == 5
    assert c.budget_line is not None and c.budget_line.planned == Decimal(80000)
    b = c.programme.budget
    assert [r.amount for r in b.lines(BudgetSide.EXPENSE)] == [Decimal(4000), Decimal(16000)]
    assert b.expenses == b.revenues == Decimal(20000)
    assert [f for f in check_forecast_budget(c) if f.severity.value == "erreur"] == []
    assert "loi 2000-321 du 12 avril 2000" in c.legal_basis
