"""Printed votes and outcomes that belong to another item or to no deliberation (session s21-votes4):
the opening's votes (secretary, previous minutes), the votes printed above an item's title, the
unanimity of an election or of the choice of the ballot, an item only « pris acte ». Every text
here is invented, in the form seen."""

from __future__ import annotations

import pytest

from registre.core.vocabulary import Outcome
from registre.reading.votes import read_vote

from .builders import first_vote, read

_OPENING = ("COMPTE RENDU DE LA RÉUNION DU CONSEIL MUNICIPAL\n"
            "L'an deux mille vingt-huit, le mardi 14 mars à vingt heures, le Conseil municipal s'est réuni "
            "sous la présidence de Mme GARNIER Lucie, Maire.\n"
            "Etaient présents : Mmes GARNIER, POULAIN, MM. BERTIN, FAURE, ROCHE.\n")


def _votes(text: str) -> list[object]:
    return [d.parsed.printed_vote for d in read(text).deliberations]


# A record whose lines were joined into one (a page's transcription).
_ONE_LINE = ("1 SEANCE DU CONSEIL MUNICIPAL DU 14 MARS 2028 Présents Lucie GARNIER, Maire ; Paul FAURE, "
             "Anne POULAIN Adjoints, Marc ROCHE, Conseillers Municipaux. Madame la Maire fait l appel des "
             "présents et ouvre la séance à 20 heures. Elle invite les élus à traiter les points de l ordre "
             "du jour. ")


@pytest.mark.parametrize("secretary", [
    "1 SECRETAIRE DE SEANCE : Monsieur Paul FAURE se porte volontaire. Accepté à l unanimité. ",
    "1 SECRETAIRE DE SEANCE : Madame la Maire propose la candidature de M. Roche. Vote à l'unanimité. ",
])
def test_the_secretarys_designation_is_not_the_next_items_vote(secretary: str) -> None:
    doc = read(_ONE_LINE + secretary + "2 APPROBATION DU COMPTE RENDU DE LA SEANCE DU 2 FEVRIER 2028 : "
               "Madame la Maire demande aux é")
    # The designation may be read as an item of its own (its heading « 1 SECRETAIRE DE SEANCE »),
    # with its own vote; never does its vote go to another item.
    others = [d.parsed for d in doc.deliberations if "SECRETAIRE" not in d.parsed.title.upper()]
    assert others and all(p.printed_vote is None for p in others)


@pytest.mark.parametrize("body", [
    pytest.param("Délibération N°2028-03-01 Désignation du secrétaire de séance\n\n"
                 "Madame la Maire propose M. Roche. Après délibération, à l'unanimité des membres présents, "
                 "le Conseil accepte la désignation de M. Roche.\n\n"
                 "Délibération N°2028-03-02 TARIFS DU CAMPING\n\nLe Conseil fixe les tarifs. Adopté à "
                 "l'unanimité.\n", id="a-numbered-deliberation-naming-the-secretary"),
    pytest.param("1. Tarifs du camping\nLe Conseil municipal, après en avoir délibéré, à main levée "
                 "et à l'unanimité, fixe les tarifs de la saison.\n2. Règlement du cimetière\n"
                 "Le Conseil adopte le règlement à l'unanimité.\n", id="a-vote-by-show-of-hands-on-the-item"),
])
def test_the_first_deliberation_keeps_its_unanimous_vote(body: str) -> None:
    v = first_vote(_OPENING + body)
    assert v is not None and v.unanimous


def test_minutes_approved_in_a_sentence_wrapped_over_two_lines_are_a_preliminary() -> None:
    votes = _votes(_OPENING + "Madame la Maire donne lecture du compte-rendu de la dernière réunion du "
                   "Conseil en\ndate du 2 février 2028 qui est approuvé à l'unanimité des membres présents.\n"
                   "1- TARIFS\nDU\nCAMPING\nMadame la Maire rappelle que les tarifs de la saison doivent "
                   "être revus avant le printemps, suite à la demande")
    assert all(v is None for v in votes)


def test_a_vote_printed_above_the_items_title_is_not_its_vote() -> None:
    votes = _votes(_OPENING + "Secrétaire de séance : Mme Poulain\n\n"
                   ": désignée par l'assemblée. Vote à l'unanimité.\n\n"
                   "Procès-verbal de la réunion du 2 février 2028 : vote à l'unanimité.\n\n"
                   "1 – RÈGLEMENT DU CIMETIÈRE Rapporteur : Lucie Garnier\n\n"
                   "Le règlement du cimetière doit être revu pour tenir compte des")
    assert all(v is None for v in votes)


@pytest.mark.parametrize("ballot", [
    "Sur proposition de la Maire, le Conseil Municipal a élu, au scrutin secret et à l'unanimité :\n"
    "Délégués titulaires : Paul FAURE, Marc ROCHE\nDélégués suppléants : Anne POULAIN\n",
    "Accord de l'ensemble du conseil pour vote à main levée (unanimité des membres présents).\n"
    "Sont proclamés élus membres de la commission : FAURE Paul - ROCHE Marc\n",
    "M. Paul FAURE est élu à l'unanimité délégué au syndicat des eaux.\n",
])
def test_the_unanimity_of_an_election_or_of_its_ballot_is_no_vote(ballot: str) -> None:
    doc = read(_OPENING + "1. Désignation des délégués du Conseil\n"
               "La Maire rappelle les règles de désignation des délégués.\n" + ballot
               + "2. Tarifs du camping\nLe Conseil fixe les tarifs de la saison.\n")
    assert doc.deliberations[0].parsed.printed_vote is None


@pytest.mark.parametrize("noted", [
    "Le présent rapport d'activités est porté à connaissance des membres du Conseil.\nVote à l'unanimité.\n",
    "Le Conseil Municipal, après en avoir délibéré, à l'unanimité :\nPREND ACTE du rapport annuel 2027 "
    "sur le service de l'eau ;\nCHARGE la Maire de l'exécution de la présente.\n",
])
def test_a_report_taken_note_of_has_no_outcome(noted: str) -> None:
    doc = read(_OPENING + "N°2028/03/01 : RAPPORT ANNUEL DU SYNDICAT DES EAUX\n"
               "VU le code général des collectivités territoriales,\n" + noted)
    v = doc.deliberations[0].parsed.printed_vote
    assert v is not None and v.unanimous and v.outcome is Outcome.UNDETERMINED
    assert doc.deliberations[0].evidence.get("outcome") is None
    assert not any("contraire au calcul" in w for w in doc.warnings)


def test_a_report_approved_as_well_as_taken_note_of_is_adopted() -> None:
    doc = read(_OPENING + "N°2028/03/01 : RAPPORT ANNUEL DU SYNDICAT DES EAUX\n"
               "Le Conseil Municipal, après en avoir délibéré, à l'unanimité :\nPREND ACTE du rapport annuel "
               "et APPROUVE ses conclusions.\n")
    v = doc.deliberations[0].parsed.printed_vote
    assert v is not None and v.outcome is not Outcome.UNDETERMINED


def test_an_item_decided_without_a_printed_vote_is_adopted() -> None:
    doc = read(_OPENING + "N°2028/03/02 : TRANSFERT DE LA COMPÉTENCE VOIRIE\n"
               "La Maire expose le projet de transfert.\n"
               "Le Conseil Municipal, après en avoir délibéré, DÉCIDE :\n- d'approuver le transfert.\n")
    v = doc.deliberations[0].parsed.printed_vote
    assert v is not None and v.outcome is Outcome.ADOPTED
    assert v.for_ is None and not v.unanimous  # (no vote is made up)


_TRANSFER = "N°2028/03/02 : TRANSFERT DE LA COMPÉTENCE VOIRIE\nLa Maire expose le projet.\n"


@pytest.mark.parametrize("body", [
    _TRANSFER + "Le Conseil Municipal, après en avoir délibéré, décide de ne pas donner suite au projet.\n",
    _TRANSFER + "Le Conseil Municipal décide d'ajourner ce point à une séance ultérieure.\n",
    _TRANSFER + "Le Conseil Municipal approuve le plan de financement. Le Conseil Municipal décide de "
    "solliciter l'État.\n",
    _TRANSFER + "La Maire propose que le Conseil Municipal approuve le projet lors de la prochaine séance, "
    "suite à la",
    pytest.param("N°2028/03/03 : ÉLECTION DU MAIRE\nLe conseil municipal a désigné deux assesseurs. "
                 "Chaque conseiller a déposé son bulletin dans l'urne.\nLe conseil municipal décide que "
                 "l'installation aura lieu ce jour.\n", id="an-elections-record"),
])
def test_no_outcome_is_drawn_from_a_refusal_an_adjournment_two_decisions_or_an_election(body: str) -> None:
    v = first_vote(_OPENING + body)
    assert v is None or v.outcome is not Outcome.ADOPTED


def test_the_last_count_whose_word_goes_to_the_next_line_is_read() -> None:
    v = read_vote("VOTE du conseil : 3 CONTRE (A.MARTIN - B.PETIT - C.ROUX) 1 ABSTENTION (D.LEROY) "
                  "et 9\nPOUR.\n")
    assert v is not None and (v.for_, v.against, v.abstention) == (9, 3, 1)
    # (Figures in empty cells of a table are no count: « Pour : 51⏎Contre :⏎Abstentions : ».)
    blank = read_vote("Pour : 51\nContre :\nAbstentions :\n")
    assert blank is not None and blank.against is None


def test_a_decision_printed_over_several_lines_gives_the_outcome_with_the_counts() -> None:
    doc = read(_OPENING + "1. TARIFS DU CAMPING – D07-2028\n\nLa Maire soumet les tarifs à l'assemblée.\n\n"
               "LE CONSEIL\n\nAprès en avoir délibéré,\n\nAPPROUVE les tarifs de la saison.\n\n"
               "Pour : 5 Contre : 0 Abstentions : 0\n\n2. RÈGLEMENT DU CIMETIÈRE – D08-2028\n\n"
               "La Maire expose.\n")
    v = doc.deliberations[0].parsed.printed_vote
    assert v is not None and v.for_ == 5 and v.outcome is Outcome.ADOPTED


def test_an_item_after_the_secretary_on_the_same_line_keeps_its_head() -> None:
    # One line: the secretary's name, then the deliberation's number, point and title, whose
    # text « propose d'approuver »: no designation's vote there, the block keeps its start.
    doc = read("Extrait du registre des délibérations du Conseil municipal COMMUNE DE TESTVILLE "
               "Séance du 12 mars 2024 Étaient présents : Jean DUPONT, Anne MARTIN, Paul PETIT "
               "Secrétaire de séance : Anne MARTIN  Délibération n°2024/00042  Point n°7 : Tarifs "
               "de la cantine\nIl est proposé au conseil d'approuver les tarifs. Adopté à l'unanimité.")
    p = doc.deliberations[0].parsed
    assert (p.number, p.point_number, p.title) == ("2024/00042", "7", "Tarifs de la cantine")
