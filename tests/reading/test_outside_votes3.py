"""First votes and deliberations in the forms of authorities outside the labelled sets
(session s20-votes3): a vote that is not the first item's is not given to it, a deliberation's
number printed after its title. Every text here is invented, in the form seen."""

from __future__ import annotations

import pytest

from registre.reading.votes import holds_vote, read_vote

from .builders import OPENING, first_vote, read

_OPENING = OPENING + "Etaient présents : MM. RIVIÈRE, MARTIN, Mmes DUVAL, LEROUX.\n"


@pytest.mark.parametrize("pronoun", ["Ce dernier est approuvé", "Celui-ci est adopté",
                                     "Il a été approuvé"])
def test_minutes_approved_in_the_next_sentence_keep_their_vote(pronoun: str) -> None:
    doc = read(_OPENING + "Le Maire demande s'il y a des observations sur le compte rendu de la séance du "
               f"3 février. {pronoun} à l'unanimité.\n\n"
               "Délibération 4/2029\nTARIFS DE LA CANTINE\n"
               "Le Conseil Municipal, après en avoir délibéré :\n- fixe le prix du repas à 3 €,\n")
    votes = [d.parsed.printed_vote for d in doc.deliberations]
    assert votes and all(v is None for v in votes)


@pytest.mark.parametrize("body", [
    pytest.param("Délibération 4/2029\nTARIFS DE LA CANTINE\n"
                 "Le Conseil Municipal, après en avoir délibéré, fixe le prix du repas à 3 €. "
                 "Celui-ci est adopté à l'unanimité.\n", id="a-sentence-of-its-own-after-the-item"),
    # The proposal prints « Après en avoir délibéré » first; the formula voted follows on its line.
    pytest.param("Objet : Décision modificative\n"
                 "Après en avoir délibéré, le Conseil décide d'ouvrir les crédits.\n"
                 "Le Maire invite l'assemblée à délibérer.\n"
                 "Après en avoir délibéré, le conseil municipal à l'unanimité des membres présents :\n"
                 "- ouvre les crédits.\n", id="a-draft-printing-the-formula-before-the-vote"),
])
def test_the_first_deliberation_keeps_its_unanimous_vote(body: str) -> None:
    v = first_vote(_OPENING + body)
    assert v is not None and v.unanimous


@pytest.mark.parametrize("second", [
    "Délibération portant sur la création d'un poste d'adjoint : Après en avoir délibéré, à l'unanimité, "
    "le conseil municipal décide :\n1) de créer le poste,\n",
    "Indemnités du trésorier : après en avoir délibéré, le conseil municipal, à l'unanimité, décide "
    "d'allouer l'indemnité.\n",
])
def test_the_vote_of_a_second_deliberation_run_into_the_first_is_not_the_first_ones(second: str) -> None:
    doc = read(_OPENING + "Le précédent compte rendu est lu et signé.\n"
               "Subvention : Après en avoir délibéré, le Conseil Municipal décide d'attribuer une "
               "subvention de 800 € à l'association des parents d'élèves.\n"
               "Les crédits sont prévus au budget.\n" + second)
    assert doc.deliberations
    # The second's unanimity is not the first's (each is now read as an item of its own, headed
    # « Title : Après en avoir délibéré »: the first keeps only its outcome, « décide »).
    v = doc.deliberations[0].parsed.printed_vote
    assert v is None or (not v.unanimous and v.for_ is None)
    assert doc.deliberations[0].parsed.title == "Subvention"
    last = doc.deliberations[-1].parsed.printed_vote
    assert last is not None and last.unanimous


@pytest.mark.parametrize(("heading", "number", "title"), [
    ("1. APPROBATION DU PROCÈS-VERBAL DU 14 JANVIER – D11-2029", "D11-2029",
     "APPROBATION DU PROCÈS-VERBAL DU 14 JANVIER"),
    ("1. Tarifs de la cantine - DEL 2029-05", "DEL 2029-05", "Tarifs de la cantine"),
    ("1. Tarifs de la cantine – 2029-011", "2029-011", "Tarifs de la cantine"),
    # a span of years is no number
    ("1. Tarifs de la cantine – 2029-2030", "1", "Tarifs de la cantine – 2029-2030"),
])
def test_a_deliberation_number_after_the_title_of_a_numbered_item(heading: str, number: str,
                                                                   title: str) -> None:
    doc = read(_OPENING + f"\n{heading}\nLe conseil, après en avoir délibéré, adopte à l'unanimité.\n"
               "\n2. Questions diverses\nAucune.\n")
    p = doc.deliberations[0].parsed
    assert (p.number, p.title.replace("–", "-")) == (number, title.replace("–", "-"))


@pytest.mark.parametrize(("items", "vote"), [
    ("1 – APPROBATION DU COMPTE-RENDU DE LA SÉANCE DU 2 FÉVRIER\n"
     "Le Conseil municipal à l'unanimité approuve le compte-rendu de la séance du 2 février.\n"
     "2 -  MODIFICATION DES HORAIRES DU SERVICE TECHNIQUE\nLe Maire rappelle que les horaires", "unanimity"),
    ("1. Validation du compte-rendu de la séance du 2 février\n"
     "Après un tour de table, le Conseil Municipal, par 9 voix POUR 0 voix CONTRE 2 ABSTENTIONS\n"
     "ADOPTE le compte-rendu.\n2. Chemins ruraux : entretien\nLe Maire expose que", (9, 0, 2)),
])
def test_two_items_the_last_cut_short_without_its_vote_are_items(items: str, vote: object) -> None:
    doc = read(_OPENING + items)
    assert [d.parsed.point_number for d in doc.deliberations] == ["1", "2"]
    v = doc.deliberations[0].parsed.printed_vote
    assert v is not None
    assert (v.unanimous if vote == "unanimity" else (v.for_, v.against, v.abstention) == vote)
    assert doc.deliberations[1].parsed.printed_vote is None


def test_sections_of_a_report_mostly_not_voted_are_not_items() -> None:
    doc = read(_OPENING + "1. Présentation\nLe conseil approuve le rapport à l'unanimité.\n"
               "2. Les missions\nLe syndicat entretient les rivières.\n"
               "3. Les moyens\nLe syndicat emploie deux agents.\n")
    assert all(d.parsed.point_number is None for d in doc.deliberations)


@pytest.mark.parametrize(("text", "outcome"), [
    ("Adopté à la majorité (2 contre).", "adopte"),
    ("À la majorité des suffrages exprimés (3 abstentions), le conseil adopte la motion.", "adopte"),
    ("Le conseil, à la majorité (3 voix contre), décide d'approuver le plan.", None),
    ("A la majorité (2 contre, 1 abstention)", None),
])
def test_a_majority_with_only_the_votes_against_gives_no_figures(text: str, outcome: str | None) -> None:
    v = read_vote(text)
    if outcome is None:
        assert v is None
    else:
        assert v is not None and v.outcome is not None and v.outcome.value == outcome
        assert (v.for_, v.against, v.abstention) == (None, None, None)
        assert holds_vote(text)


@pytest.mark.parametrize(("text", "counts"), [
    ("Adopté à la majorité : 15 pour, 2 contre", (15, 2, None)),
    ("2 voix contre, 1 abstention", (None, 2, 1)),
])
def test_counts_printed_whole_or_without_majority_are_kept(text: str, counts: tuple[int | None, ...]) -> None:
    v = read_vote(text)
    assert v is not None and (v.for_, v.against, v.abstention) == counts


@pytest.mark.parametrize(("first", "second", "numbers"), [
    ("0.", "1.", ["0", "1"]), ("1.", "2.", ["1", "2"]), ("I –", "II –", ["I", "II"]),
    ("1)", "2)", ["1", "2"])])
@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_numbers_alone_on_their_line_head_the_items(first: str, second: str, numbers: list[str],
                                                    blank: str) -> None:
    doc = read(_OPENING + f"\n{first}{blank}Approbation du procès-verbal de la séance du 2 février\n\n"
               "Le conseil municipal APPROUVE à l'unanimité le procès-verbal.\n\n"
               f"{second}{blank}Demande de subvention par une association\n\n"
               "Le conseil, après en avoir délibéré, accorde 300 € par 10 voix pour et 2 contre.\n")
    got = [(d.parsed.point_number, d.parsed.title) for d in doc.deliberations]
    assert got == [(numbers[0], "Approbation du procès-verbal de la séance du 2 février"),
                   (numbers[1], "Demande de subvention par une association")]
    v = doc.deliberations[0].parsed.printed_vote
    assert v is not None and v.unanimous


def test_items_numbered_from_zero_on_their_heading_line() -> None:
    doc = read(_OPENING + "\n0. Approbation du procès-verbal\nApprouvé à l'unanimité.\n"
               "1. Tarifs de la cantine\nAdopté par 10 voix pour et 2 contre.\n")
    assert [d.parsed.point_number for d in doc.deliberations] == ["0", "1"]


def test_a_lone_zero_is_not_an_item() -> None:
    doc = read(_OPENING + "\n0.\nRien\n\n1. Tarifs de la cantine\nAdopté à l'unanimité.\n")
    assert all(d.parsed.point_number in (None, "1") for d in doc.deliberations)


@pytest.mark.parametrize("verb", ["décide à l'unanimité d'adopter", "approuve à l'unanimité"])
def test_a_deliberation_whose_object_is_the_minutes_approval_keeps_its_vote(verb: str) -> None:
    doc = read(_OPENING + "\nDélibération N°2029-048 : DÉSIGNATION DU SECRÉTAIRE DE SÉANCE\n"
               "Le Conseil Municipal désigne à l'unanimité M. MARTIN secrétaire de séance.\n\n"
               "Délibération N°2029-049 : ADOPTION DU PROCÈS-VERBAL DE LA SÉANCE DU 3 FÉVRIER 2029\n"
               "Le Maire propose d'adopter le procès-verbal de la séance du 3 février 2029.\n"
               f"Le Conseil Municipal, considérant qu'aucune remarque n'a été émise, {verb} le "
               "procès-verbal de la séance du 3 février 2029.\n")
    got = [(d.parsed.number, d.parsed.printed_vote is not None and d.parsed.printed_vote.unanimous)
           for d in doc.deliberations]
    assert got == [("2029-048", True), ("2029-049", True)]


def test_the_minutes_approved_inside_another_deliberation_are_still_masked() -> None:
    doc = read(_OPENING + "\nDélibération N°2029-050 : TARIFS DE LA CANTINE\n"
               "Le procès-verbal de la séance précédente est approuvé à l'unanimité.\n"
               "Le Maire expose que les tarifs doivent être revus.\n")
    assert all(d.parsed.printed_vote is None for d in doc.deliberations)
