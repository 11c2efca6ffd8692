"""Votes that belong to the sitting's opening, not to its first item, and numbers that are
another text's (session s22-votes5). A vote belongs to the block that holds it: the text before
the first item's heading (the secretary's designation, the minutes, the agenda) gives no item a
vote, and an item cut before its decision has none. Every text here is invented, in the form seen."""

from __future__ import annotations

import pytest

from .builders import read

_HEAD = ("Communauté de communes des Trois Vallées\n"
         "Compte rendu de la réunion du Conseil communautaire du 14 mars 2028\n\n"
         "L'an deux mille vingt-huit, le quatorze mars, à dix-huit heures, les membres du Conseil "
         "communautaire, dûment convoqués le 7 mars, se sont réunis sous la présidence de M. Paul FAURE.\n\n"
         "Étaient présents : MM FAURE, ROCHE, BERTIN et Mmes POULAIN, GARNIER\n\n")


def _deliberations(text: str) -> list[tuple[str | None, str, object]]:
    return [(d.parsed.number, d.parsed.title, d.parsed.printed_vote) for d in read(text).deliberations]


@pytest.mark.parametrize("opening", [
    pytest.param("DÉSIGNATION DU SECRÉTAIRE DE SÉANCE\n\nM. le Président propose de procéder à la "
                 "désignation d'un secrétaire parmi les membres du Conseil, qui remplira ces fonctions au "
                 "cours de la "
                 "présente séance.\n\nLe Conseil communautaire désigne Mme Anne POULAIN, déléguée de "
                 "Vireux, qui remplira les fonctions de secrétaire au cours de la présente séance.\n\n"
                 "Pour : 5 - Contre : 0 - Abstention : 0\n\n",
                 id="the-secretarys-designation-far-from-its-vote"),
    pytest.param("M. le Président demande l'autorisation de modifier l'ordre du jour de la manière "
                 "suivante : Suppression d'un point : 4.2 – Convention de déneigement avec le département ; "
                 "Ajout d'un "
                 "point : 5.1 – Vente d'un terrain communal. À l'unanimité, le Conseil accepte la "
                 "proposition du Président.\n\n", id="an-agenda-change-accepted-in-a-later-sentence"),
])
def test_an_opening_vote_is_not_the_first_items_cut_before_its_decision(opening: str) -> None:
    text = (_HEAD + opening + "2028.17 : REDEVANCE D'OCCUPATION DU DOMAINE PUBLIC - TARIFS 2028\n\n"
            "LE CONSEIL COMMUNAUTAIRE\n\nVU le Code Général des Collectivités Territoriales ;\n\nVU la "
            "délibération du Conseil fixant les tarifs de l'année précédente ;\n\nCONSIDÉRANT que les ")
    assert all(v is None for _, _, v in _deliberations(text))


def test_an_opening_vote_gives_way_to_the_first_items_own_vote() -> None:
    text = (_HEAD + "DÉSIGNATION DU SECRÉTAIRE DE SÉANCE\n\nLe Conseil désigne Mme Anne POULAIN, qui "
            "remplira les fonctions de secrétaire au cours de la présente séance, conformément au règlement "
            "intérieur adopté en début de mandat.\n\nPour : 5 - Contre : 0 - Abstention : 0\n\n"
            "2028.17 : REDEVANCE D'OCCUPATION DU DOMAINE PUBLIC - TARIFS 2028\n\n"
            "Le Conseil, après en avoir délibéré, fixe les tarifs.\n\n"
            "Pour : 4 - Contre : 1 - Abstention : 0\n")
    votes = [v for _, _, v in _deliberations(text)]
    assert votes and votes[0] is not None and (votes[0].for_, votes[0].against) == (4, 1)


def test_items_of_a_text_on_one_line_the_designation_numbered_first() -> None:
    text = ("Compte-rendu de la réunion du Conseil municipal du 14 mars 2028 à 20h30 Le 14 mars 2028, à 20 "
            "heures 30, les membres du Conseil municipal de Vireux, convoqués le 8 mars 2028, se sont réunis "
            "sous la présidence de Monsieur Paul FAURE, Maire. Présents : 5 : FAURE Paul – ROCHE Marc – "
            "BERTIN Luc – POULAIN Anne – GARNIER Lucie Le Maire ouvre la séance à 20 H 35. "
            "1 – DÉSIGNATION DU SECRÉTAIRE DE SÉANCE Le Conseil municipal désigne à l'unanimité Madame Anne "
            "POULAIN, secrétaire de séance. 2 – APPROBATION DU COMPTE RENDU DE LA RÉUNION DU 2 FÉVRIER 2028 "
            "M. le Maire demande aux membres du Conseil municipal s'ils ont des remarques à émettre sur le "
            "compte rendu. Mme GARNIER fait remarquer que, pour la réunion du 2 fév")
    # (Since session s25 both numbered headings are items, the text cut in the second: the
    # designation's vote is its own item's, never the next item's.)
    dels = _deliberations(text)
    assert [n for n, _, _ in dels] == ["1", "2"]
    assert dels[0][1].startswith("DÉSIGNATION DU SECRÉTAIRE") and dels[1][2] is None


@pytest.mark.parametrize("decision", [
    "Le Conseil municipal, après en avoir délibéré, à l'unanimité, DÉCIDE :\n"
    "1 - APPROUVE LE PROJET de convention avec le département ;\n2 - AUTORISE LE MAIRE à la signer.\n",
])
def test_an_extracts_numbered_decisions_are_not_items_that_take_its_vote(decision: str) -> None:
    text = ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du 14 mars 2028\n"
            "Présents : MM FAURE, ROCHE, BERTIN, Mmes POULAIN, GARNIER\n\n"
            "OBJET : Convention de déneigement avec le département\n\n"
            "M. le Maire expose au Conseil le projet de convention.\n\n" + decision)
    votes = [v for _, _, v in _deliberations(text)]
    assert votes and votes[0] is not None and votes[0].unanimous


@pytest.mark.parametrize("preliminary", [
    "M. le Maire demande s'il y a des observations sur le compte rendu du Conseil municipal précédent. "
    "Aucune remarque n'étant formulée, il est adopté à l'unanimité. ",
    "L'ordre du jour portant sur 12 délibérations a été rappelé aux conseillers municipaux qui l'ont "
    "accepté à l'unanimité. ",
])
def test_the_minutes_and_the_agenda_voted_at_the_opening_give_no_item_a_vote(preliminary: str) -> None:
    text = ("PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 14 MARS 2028 COMMUNE DE VIREUX Nombre de membres en "
            "exercice : 5 PRÉSENTS (5) : Paul FAURE, Marc ROCHE, Luc BERTIN, Anne POULAIN, Lucie GARNIER. "
            "SÉANCE OUVERTE À : 18 H 30 *** " + preliminary + "DÉCISIONS : N 12 - Travaux de voirie rue des "
            "Écoles N 13 - Tarifs de la cantine scol")
    assert all(v is None for _, _, v in _deliberations(text))


def test_a_number_dated_before_the_sitting_is_an_earlier_deliberations() -> None:
    text = ("Compte rendu de la réunion du 14 mars 2028\nPrésent(e)s : Mmes et MM. FAURE Paul, ROCHE Marc, "
            "BERTIN Luc, POULAIN Anne,\nSecrétaire de séance : Mme POULAIN Anne\nORDRE DU JOUR\n"
            "1° Approbation du compte rendu du 2 février 2028\n2° Acquisition de terrain – rue des Ecoles – "
            "complément de la délibération n°012/2028 du 2 février 2028\n3° Divers\n"
            "1° Approbation du compte rendu du 2 février 2028\nM")
    assert all(n != "012/2028" for n, _, _ in _deliberations(text))


def test_a_note_of_synthesis_gives_no_deliberation_its_number() -> None:
    text = ("VILLE DE VIREUX SECRETARIAT GENERAL COMPTE RENDU SOMMAIRE DU CONSEIL MUNICIPAL DU MARDI 14 MARS "
            "2028 à 18 H Le conseil municipal a adopté le règlement intérieur du conseil municipal joint en "
            "annexe. II - NOTE EXPLICATIVE DE SYNTHESE N° 2028/17 RELATIVE A LA DESIGNATION DES MEMBRES DES "
            "COMMISSIONS MUNICIPALES (dél. 2028/541)\n")
    numbers = [n for n, _, _ in _deliberations(text)]
    titles = [t for _, t, _ in _deliberations(text)]
    assert "2028/17" not in numbers and not any("NOTE EXPLICATIVE" in t for t in titles)
