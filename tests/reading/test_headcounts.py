"""Printed head-counts in their layouts, and disagreements with the lists reported."""

from __future__ import annotations

from .builders import extract, read

LISTS = """Étaient présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul PETIT, Mme Lucie ROUX
Étaient absents : M. Marc BLANC, Mme Julie NOIR, M. Luc VERT
Procurations : M. Marc BLANC à M. Jean DUPONT
Secrétaire de séance : Mme Anne MARTIN"""


def test_labelled_headcounts() -> None:
    doc = read(extract(LISTS + "\nPrésents : 4\nProcurations : 1\nVotants : 5", in_office=7))
    assert doc.members_in_office == 7
    assert doc.printed == {"present": 4, "proxies": 1, "voters": 5, "absent": None}
    assert not any("imprimés" in w for w in doc.warnings)


def test_side_box_numbers_before_their_labels() -> None:
    header = ("Extrait du registre des délibérations du conseil municipal\nCOMMUNE DE TESTVILLE\n"
              "Séance du 12 mars 2024\n7 4 1 5\nEn exercice / Présents / Procurations / Votants\n\n")
    doc = read(extract(LISTS, header=header))
    assert doc.members_in_office == 7
    assert doc.printed["present"] == 4 and doc.printed["proxies"] == 1 and doc.printed["voters"] == 5


def test_side_box_numbers_far_after_their_labels() -> None:
    header = ("Extrait du registre des délibérations du conseil municipal\nCOMMUNE DE TESTVILLE\n"
              "Séance du 12 mars 2024\nEn exercice Présents Pouvoirs Votants\nLe conseil s'est réuni.\n"
              "7 | 4 | 1 | 5\n\n")
    doc = read(extract(LISTS, header=header))
    assert (doc.members_in_office, doc.printed["present"], doc.printed["voters"]) == (7, 4, 5)


def test_took_part_sentence_gives_voters_present_and_proxies() -> None:
    doc = read(extract(LISTS + "\nOnt pris part à la délibération : 5 (4 présents et 1 pouvoir)"))
    assert doc.printed["voters"] == 5 and doc.printed["present"] == 4 and doc.printed["proxies"] == 1


def test_slash_means_zero() -> None:
    doc = read(extract(LISTS + "\nPrésents : 4\nProcurations : /\nVotants : 4"))
    assert doc.printed["proxies"] == 0


def test_wrong_printed_present_count_is_reported() -> None:
    doc = read(extract(LISTS + "\nPrésents : 6\nVotants : 5"))
    assert any("6 présents imprimés, 4 d'après les listes" in w for w in doc.warnings)


def test_printed_vote_that_does_not_add_up_to_voters_is_reported() -> None:
    doc = read(extract(LISTS + "\nVotants : 5", vote="Pour : 6 Contre : 0 Abstention : 0"))
    assert any("totalise 6 voix pour 5 votants" in w for w in doc.warnings)
    assert any("pour imprimé 6, calculé" in w or "REC-SUM" in w or "VOTE-OVER" in w for w in doc.warnings)


def test_counts_printed_in_brackets_with_their_lists() -> None:
    """« PRÉSENTS (8) : … » (Égletons); a list closed by « (27) » on its own line (Lisières)."""
    from registre.reading import read_text

    doc = read_text("PRÉSENTS (3) : Charles FERRÉ, Patricia DUBOUCHAUD, Murielle RIVET\n\n"
                    "Délibération n° 1 : Tarifs\nAdopté à l'unanimité.").document
    assert doc is not None and doc.printed["present"] == 3 and len(doc.present) == 3
    doc = read_text("Etaient présents :\nMme Agnès BACHELART, M. Eric BEGUIN, Mme Corinne BETRIX\n(3)\n"
                    "Absent(s) ayant donné procuration à :\n"
                    "M. Laurent BARGADA donne procuration à M. Eric BEGUIN\n\n"
                    "Délibération n° 1 : Tarifs\nAdopté à l'unanimité.").document
    assert doc is not None and doc.printed["present"] == 3
    assert [doc.name(p) for p, _ in doc.present] == ["Mme Agnès BACHELART", "M. Eric BEGUIN",
                                                     "Mme Corinne BETRIX"]


def _counts(lines: str) -> dict[str, int | None]:
    from registre.reading.headcounts import read_headcounts
    return read_headcounts("COMPTE RENDU DE LA SÉANCE DU 3 MAI 2023\n\n" + lines + "\n\n1. Budget\nAdopté.")


def test_in_office_as_members_in_function() -> None:
    # « en fonction » is « en exercice »; « élus » is not labelled as in office (bench labels).
    c = _counts("Conseillers élus : 19\n\nConseillers en fonction 18\n\nConseillers présents : 13")
    assert (c["in_office"], c["present"]) == (18, 13)
    assert _counts("Membres en fonction : 23 - Présents : 17 - Votants : 20")["in_office"] == 23
    # « en fonction de » in prose is no label.
    assert _counts("Les tarifs sont fixés en fonction de 3 tranches.\nPrésents : 9")["in_office"] is None


def test_count_of_seats_and_verb_before_figure() -> None:
    c = _counts("Nombre de conseillers en exercice : 19/19\nNombre de conseillers présents : 14/19")
    assert (c["in_office"], c["present"]) == (19, 14)
    c = _counts("Le nombre de membres en exercice est de : 41 ; le nombre de présents est de 30.")
    assert (c["in_office"], c["present"]) == (41, 30)
    assert _counts("Le nombre des conseillers en exercice s'élève à 33")["in_office"] == 33
    # A date after the label is no count of seats.
    assert _counts("Conseillers présents : 15/06/2023")["present"] is None


def test_titulars_and_substitutes_present_add_up() -> None:
    c = _counts("Le nombre de délégués en exercice est de : 40 Le nombre de délégués titulaires présents "
                "est de : 21 Le nombre de délégués suppléants présents est de : 03")
    assert (c["in_office"], c["present"]) == (40, 24)
    # Titulars alone, no substitutes' count: that is the count present.
    c = _counts("Nombre de conseillers titulaires en exercice : 30\n"
                "Nombre de conseillers titulaires présents : 22")
    assert c["present"] == 22


def test_present_or_represented_is_no_count_of_proxies() -> None:
    c = _counts("Conseillers municipaux en exercice : 27\nConseillers présents ou représentés : 24")
    assert (c["in_office"], c["proxies"], c["present"]) == (27, None, None)


def test_count_in_brackets_after_a_list_heading() -> None:
    c = _counts("Présents (3) : M. Jean DUPONT, Mme Anne MARTIN, M. Paul PETIT\n"
                "Pouvoirs (1) : M. Luc BLANC à M. Jean DUPONT\nAbsents (2) : M. Luc BLANC, Mme Ève NOIR")
    assert (c["present"], c["proxies"], c["absent"]) == (3, 1, 2)
    assert _counts("ETAIENT PRESENTS (12) : MM. DUPONT, MARTIN")["present"] == 12
    # A footnote call after a name, or a bracket with no colon after it, is no count.
    assert _counts("Présents : M. DUPONT (1), Mme MARTIN\n(1) arrivé au point 3")["present"] is None


def test_labels_with_colons_then_their_values() -> None:
    # A table's label column then its value column, as a PDF's text layer gives them.
    c = _counts("Nombre de membres : Afférents au Conseil municipal : En exercice : Qui ont pris part "
                "à la délibération : Date de la convocation : 23 22 19 07/03/2022")
    assert (c["in_office"], c["voters"], c["present"]) == (22, 19, None)
    c = _counts("Afférents : En exercice : Présents : Votants : 15 15 11 13")
    assert (c["in_office"], c["present"], c["voters"]) == (15, 11, 13)
    # As many values as labels, or nothing: a run cut short is not read by guess.
    c = _counts("Afférents : En exercice : Présents : Votants : 15 15 11")
    assert (c["present"], c["voters"]) == (None, None)


def test_no_present_list_no_quorum_computed() -> None:
    # Without a present list the core would count nobody present: a quorum missed and a vote
    # rejected that the text never says. Nothing is recomputed, and that is said.
    doc = read("COMPTE RENDU DU CONSEIL MUNICIPAL DU 12 MARS 2024\nConseillers en exercice : 15\n"
               "Absents : M. Luc BLANC, Mme Ève NOIR\nPouvoirs : M. Luc BLANC à Mme Ève NOIR\n\n"
               "1. Budget primitif\nLe conseil municipal, après en avoir délibéré, à l'unanimité, "
               "approuve le budget.\n")
    assert not doc.present and doc.deliberations
    assert all(d.computed is None for d in doc.deliberations)
    assert "liste des présents non lue : quorum et votes non recalculés" in doc.warnings
    assert not any("Q-01" in w or "V-01" in w for w in doc.warnings)
