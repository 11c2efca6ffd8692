"""Noise of converted PDFs: spaced headings, lost characters, stamps, different spellings."""

from __future__ import annotations

from registre.reading.normalise import normalise

from .builders import extract, names, read


def test_letter_spaced_heading_is_joined() -> None:
    assert normalise("E X T R A I T  D U  R E G I S T R E") == "EXTRAIT DU REGISTRE"


def test_lost_apostrophe_and_degree_are_restored() -> None:
    assert normalise("jusqu à la question n 5 incluse, à l exception de") == \
        "jusqu'à la question n°5 incluse, à l'exception de"


def test_markup_is_removed() -> None:
    assert normalise("**Besançon :** le 20^{ème} rang") == "Besançon : le 20ème rang"


def test_prefecture_stamps_are_removed() -> None:
    text = ("Envoyé en préfecture le 06/01/2024 Reçu en préfecture le 06/01/2024 "
            "ID : 095-219501426-20240105-032024-DE fin")
    assert normalise(text).split() == ["fin"]


def test_letter_spaced_heading_in_a_whole_extract() -> None:
    doc = read(extract("Étaient présents : M. Jean DUPONT, Mme Anne MARTIN\nÉtaient absents : M. Paul PETIT",
                       header="E X T R A I T  D U  R E G I S T R E  D E S  D É L I B É R A T I O N S  "
                              "D U  C O N S E I L  M U N I C I P A L\nCommune de Testville\n"
                              "Séance du 12 mars 2024\nMembres en exercice : 3\n\n"))
    assert doc.assembly == "Conseil municipal" and doc.authority == "Testville"


def test_bahr_baehr_spellings_reconciled_across_lists() -> None:
    doc = read(extract("Étaient présents : Mme Frédérique BAHR, M. Jean DUPONT\n"
                       "Étaient absents : M. Paul PETIT",
                       vote="Mme Frédérique BAEHR (1), conseillère intéressée, ne prend pas part au vote.\n"
                            "Adopté à l'unanimité."))
    assert len(doc.members) == 3
    assert [r.printed for r in doc.reconciliations] == ["Mme Frédérique BAEHR"]


def test_iotti_lotti_ocr_confusion_reconciled() -> None:
    doc = read(extract("Étaient présents : M. Marc IOTTI, M. Jean DUPONT\nÉtaient absents : M. Paul PETIT\n"
                       "Procurations : M. Paul PETIT à M. Marc lotti"))
    assert len(doc.members) == 3
    assert doc.proxies[0].holder == "iotti-marc"
    assert any("LOTTI" in w and "IOTTI" in w for w in doc.warnings)


def test_stamp_in_the_middle_of_a_list_is_ignored() -> None:
    doc = read(extract("Étaient présents : M. Jean DUPONT, Envoyé en préfecture le 06/01/2024 "
                       "Mme Anne MARTIN\n"
                       "Étaient absents : M. Paul PETIT"))
    assert names(doc) == ["M. Jean DUPONT", "Mme Anne MARTIN"]


def test_two_deliberations_in_one_extract() -> None:
    text = extract(
        "Étaient présents : M. Jean DUPONT, Mme Anne MARTIN (à compter de la question n°2), M. Paul PETIT\n"
        "Étaient absents : M. Marc BLANC",
        deliberation="Point n°1 : Compte rendu\nAdopté à l'unanimité.\n\n"
                     "Point n°2 : Budget\nLe Conseil municipal décide :\n- d'adopter le budget.\n\n",
        in_office=4)
    doc = read(text)
    assert [d.item_number for d in doc.deliberations] == ["1", "2"]
    got = [d["computed"]["present"] for d in doc.as_json()["deliberations"]]
    assert got == [2, 3]
