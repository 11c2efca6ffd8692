"""Forms of the held-out set outside14 (session s27, opened after its measure; docs/reading.md
« Dixième tour »), each written here in words of our own."""

from __future__ import annotations

from registre.reading import read_text


def _doc(text: str):  # type: ignore[no-untyped-def]
    doc = read_text(text, "x").document
    assert doc is not None
    return doc


def test_the_record_number_and_date_under_its_title_are_the_sitting_s() -> None:
    doc = _doc("Commune\nde Truc\nCompte-rendu\net procès-verbal du Conseil Municipal\nN°\n"
               "05 du 18 mai 2016\n-=-=-=-\nPrésents : M. DUPONT Jean, Maire, M. MARTIN Paul.\n"
               "1 - Approbation du compte-rendu des\nConseils Municipaux du 23 Mars et du 12 avril 2016\n"
               "Le compte-rendu du 23 mars 2016 est approuvé à l'unanimité.\n")
    assert str(doc.session_date) == "2016-05-18"


def test_a_preliminary_sentence_run_into_the_item_s_title_is_neither_its_title_nor_its_vote() -> None:
    doc = _doc("L'an deux mille treize, le 24 mai à 18 heures, le Conseil Municipal de TRUC s'est réuni.\n"
               "Présents : Mmes et MM. DUPONT, MARTIN, DURAND.\nSecrétaire de séance : M. DURAND\n"
               "Le procès-verbal de la séance du 19 avril 2013 est adopté à l'UNANIMITE des présents et "
               "représentés. SCHEMA REGIONAL DES MOBILITES –\nCONTRAT DE SITE\nRapporteur : Jean MARTIN\n"
               "La Région a approuvé un schéma régional pour la période 2013-2015.\n")
    assert [d.parsed.title for d in doc.deliberations] == ["SCHEMA REGIONAL DES MOBILITES - CONTRAT DE SITE"]
    assert doc.deliberations[0].parsed.printed_vote is None


def test_a_name_in_capitals_glued_to_the_title_that_follows() -> None:
    doc = _doc("VILLE DE TRUCHETCONSEIL MUNICIPAL DU 15 FEVRIER 2011\nCOMPTE RENDU SOMMAIRE\n"
               "Présents : M. Jean DUPONT, Mme Anne MARTIN.\n")
    assert doc.authority == "Truchet"


def test_a_name_in_capitals_run_into_a_table_s_next_cell() -> None:
    doc = _doc("DEPARTEMENT DU GERS N° séance 11 ARRONDISSEMENT DE TRUC N° délibération 133 COMMUNE DE TRUC "
               "Nomenclature « ACTES » 5.2 Fonctionnement des assemblées\n"
               "SEANCE ORDINAIRE DU 23 NOVEMBRE 2017\n"
               "Présents : M. Jean DUPONT, Mme Anne MARTIN.\n")
    assert doc.authority == "Truc"
