"""Forms of writing that fooled the reader on real minutes (issue 14, precision): counts of
votes for that end a line, two votes in one block, points added to the agenda.

Every text here is written for the test, in the form a real document prints (never copied).
"""

from __future__ import annotations

import pytest

from registre.reading import read_text
from registre.reading.votes import read_vote


@pytest.mark.parametrize(("wording", "expected"), [
    # A count of votes for alone on its line, under the item.
    ("Vote du compte de gestion :\n\n15 pour\n\nVote du budget :", (15, None, None)),
    ("Le devis est accepté.\n   12 pour.\n", (12, None, None)),
    # The votes for last of the counts.
    ("        0 contre, 0 abstention, 11 pour\n", (11, 0, 0)),
    ("approuvé par : 2 voix CONTRE\n(A.DUPONT/B.MARTIN) et 7 POUR.\n", (7, 2, None)),
])
def test_count_of_votes_for_ending_its_line(wording: str, expected: tuple[object, ...]) -> None:
    v = read_vote(wording)
    assert v is not None
    assert (v.for_, v.against, v.abstention) == expected


@pytest.mark.parametrize("wording", [
    "une hausse de 5 pour\ncent des tarifs de la cantine",
    "le partage se fera à 3 pour 2 communes",
    "la part de la commune passe à 45 pour",  # (not at a line's start, nor after a comma)
])
def test_a_figure_before_pour_is_not_a_vote(wording: str) -> None:
    assert read_vote(wording) is None


FILLER = "Le maire présente le dossier, les pièces sont consultables en mairie. " * 6


def test_unanimity_then_a_count_far_below_is_two_votes_none_given() -> None:
    # Two items whose numbers were lost: the block's first vote is the unanimity, the count
    # read (« pour ») is the next item's. Neither is given.
    text = (f"Le conseil approuve à l'unanimité.\n\n{FILLER}\n\n"
            "Accord du conseil par 2 ABSTENTIONS et 10 POUR\n")
    assert read_vote(text) is None


def test_unanimous_choice_of_a_show_of_hands_keeps_the_election_count() -> None:
    # L2121-21: the unanimous choice not to vote by secret ballot is a vote on the method.
    text = ("Le conseil municipal peut décider, à l'unanimité, de ne pas procéder au scrutin secret.\n"
            "Vote : pour à l'unanimité\n\n" + FILLER + "\n\nVote :\n  - Pour : 18\n  - Contre : 1\n")
    v = read_vote(text)
    assert v is not None and (v.for_, v.against) == (18, 1)


HEAD = ("COMPTE RENDU DU CONSEIL MUNICIPAL\nSéance du 4 juillet 2023\n"
        "Présents : Anne DURAND, Paul MARTIN, Luc PETIT\n\n"
        "1. APPROBATION DU COMPTE RENDU PRECEDENT\nApprouvé à l'unanimité.\n\n"
        "2. VENTE D'UNE PARCELLE COMMUNALE\nLe maire présente l'offre.\nAccord du conseil à l'unanimité.\n\n"
        "3. RAPPORT ANNUEL DU SPANC\nLe rapport est consultable en mairie.\n\nPas de délibération.\n\n")
ADDED_ONE = ("POINT RAJOUTÉ À L'ORDRE DU JOUR\n\n"
             "Monsieur le maire rappelle que le marché de voirie a été attribué\n"
             "à l'entreprise retenue ; un avenant est nécessaire.\n"
             "Accord du conseil par 3 ABSTENTIONS et 10 POUR.\n")
ADDED_TITLED = ("Points ajoutés à l'ordre du jour\n\n"
                "CONVENTION DE PARTAGE DE FISCALITE AVENANT N°1\n"
                "Le maire présente l'avenant.\nAccord du conseil à l'unanimité.\n")
ADDED_NUMBERED = ("POINTS RAJOUTES A L'ORDRE DU JOUR\n\n"
                  "1. DEMANDE DE SUBVENTION AMENDES DE POLICE\nLe devis s'élève à 3 500 €.\n"
                  "Accord du conseil par 2 ABSTENTIONS et 11 POUR.\n\n"
                  "2. NOMS DES ALLEES ET IMPASSES\nAccord du conseil à l'unanimité.\n")


def _items(text: str) -> list[tuple[str | None, str | None, object]]:
    doc = read_text(text, "<test>").document
    assert doc is not None
    # An added point's question number differs from the agenda's (K-01: « 1 » twice).
    assert len({d.item_number for d in doc.deliberations}) == len(doc.deliberations)
    assert not any("K-01" in w for w in doc.warnings)
    out = []
    for d in doc.deliberations:
        pv = d.parsed.printed_vote
        out.append((d.parsed.number, d.parsed.title,
                    None if pv is None else "unanimity" if pv.unanimous else pv.for_))
    return out


@pytest.mark.parametrize(("added", "expected"), [
    (ADDED_ONE, [(None, "POINT RAJOUTÉ À L'ORDRE DU JOUR", 10)]),
    (ADDED_TITLED, [(None, "CONVENTION DE PARTAGE DE FISCALITE AVENANT N°1", "unanimity")]),
    (ADDED_NUMBERED, [("1", "DEMANDE DE SUBVENTION AMENDES DE POLICE", 11),
                      ("2", "NOMS DES ALLEES ET IMPASSES", "unanimity")]),
])
def test_points_added_to_the_agenda_after_the_last_item(added: str, expected: list[object]) -> None:
    got = _items(HEAD + added)
    assert got[:3] == [("1", "APPROBATION DU COMPTE RENDU PRECEDENT", "unanimity"),
                       ("2", "VENTE D'UNE PARCELLE COMMUNALE", "unanimity"),
                       ("3", "RAPPORT ANNUEL DU SPANC", None)]  # its text ends at the heading
    assert got[3:] == expected


def test_a_numbered_list_inside_the_added_point_is_not_a_new_series() -> None:
    added = ("POINT RAJOUTÉ À L'ORDRE DU JOUR\n\nLe maire présente les orientations du projet :\n\n"
             "1. Préserver le patrimoine bâti\n2. Conforter le cadre de vie\n\n"
             "Accord du conseil à l'unanimité.\n")
    assert _items(HEAD + added)[3:] == [(None, "POINT RAJOUTÉ À L'ORDRE DU JOUR", "unanimity")]


@pytest.mark.parametrize(("body", "number"), [
    # Another text's number, named in the prose: not the deliberation's.
    ("Le Conseil municipal a modifié la délibération n°2014/131 fixant le nombre d'adjoints.", None),
    ("Par délibération n° 2011/333 du 20 juin 2011, le conseil a retenu le délégataire.", None),
    ("VU la loi N° 2005-95 du 9 février 2005 relative à la coopération internationale,", None),
    ("6. DECISION MODIFICATIVE N°6/2016 – COMMUNE\nLe maire présente les virements de crédits.", None),
    # The text's own number.
    ("Délibération n° 2024-17\nObjet : Tarifs de la cantine", "2024-17"),
    ("Extrait de la délibération n° 2024-18 du conseil municipal", "2024-18"),
])
def test_a_number_named_in_the_prose_is_another_texts(body: str, number: str | None) -> None:
    text = ("Extrait du registre des délibérations du conseil municipal\nCOMMUNE DE TESTVILLE\n"
            "Séance du 12 mars 2024\nPrésents : Anne DURAND, Paul MARTIN\n\n"
            f"{body}\n\nAprès en avoir délibéré, le conseil municipal approuve à l'unanimité.\n")
    doc = read_text(text, "<test>").document
    assert doc is not None and len(doc.deliberations) == 1
    assert doc.deliberations[0].parsed.number == number


def test_items_coded_by_year_month_and_rank_spaced() -> None:
    text = ("COMMUNE DE TESTVILLE\nSEANCE DU 8 FEVRIER 2021\n\n"
            "Etaient présents : Anne DURAND, Paul MARTIN\n\n"
            "2021 02 01 AMENAGEMENT DES BERGES – DEMANDE DE SUBVENTION\nLe maire présente le projet.\n"
            "Adopté à l'unanimité des membres présents.\n\n"
            "2021 02 02 ACQUISITION DE MOBILIER DE BUREAU\nLe devis est retenu.\n"
            "Adopté à l'unanimité des membres présents.\n")
    assert [(d.parsed.number, d.parsed.title) for d in _read(text).deliberations] == [
        ("2021 02 01", "AMENAGEMENT DES BERGES - DEMANDE DE SUBVENTION"),
        ("2021 02 02", "ACQUISITION DE MOBILIER DE BUREAU")]


@pytest.mark.parametrize(("wording", "outcome"), [
    # A word of the prose against the count: not the outcome.
    ("L'entreprise moins-disante a vu son offre rejetée. Adopté à l'unanimité.", None),
    ("Les volumes rejetés dans la rivière sont mesurés.\nPour : 12 Contre : 0", None),
    ("La proposition est adoptée par 3 voix pour et 12 voix contre.", None),
    # The outcome the count agrees with.
    ("La proposition est rejetée par 3 voix pour et 12 voix contre.", "rejete"),
    ("La proposition est adoptée par 12 voix pour et 3 contre.", "adopte"),
])
def test_an_outcome_word_against_the_count_is_not_the_outcome(wording: str, outcome: str | None) -> None:
    v = read_vote(wording)
    assert v is not None
    assert (v.outcome.value if v.outcome else None) == outcome


def _read(text: str):  # type: ignore[no-untyped-def]
    doc = read_text(text, "<test>").document
    assert doc is not None
    return doc


def test_a_list_numbered_inside_an_item_does_not_break_the_chain_of_headings() -> None:
    text = ("Commune de TESTVILLE\nSéance du 9 janvier 2018\n\n"
            "Etaient présents : Anne DURAND, Paul MARTIN\n\n"
            "1. ACHAT D'UNE PARCELLE AU LIEU-DIT LES PRES\n\nL'exploitant demande que :\n\n"
            "1. La commune consente une gratuité de loyer pendant six ans.\n"
            "2. La gestion des haies reste à sa charge.\n3. Les clôtures soient posées par la commune.\n\n"
            "Le conseil municipal, à l'unanimité, accepte ces conditions.\n\n"
            "2. REALISATION D'UN EMPRUNT\n\n"
            "Le conseil municipal, à l'unanimité, autorise le maire à emprunter.\n\n"
            "3. REMPLACEMENT D'UN AGENT\n\nLe conseil municipal, à l'unanimité, crée un emploi temporaire.\n")
    doc = _read(text)
    # (Untitled, it does not say whether it is minutes or a compte rendu.)
    assert doc.kind.value == "unknown"
    assert [(d.parsed.number, d.parsed.title) for d in doc.deliberations] == [
        ("1", "ACHAT D'UNE PARCELLE AU LIEU-DIT LES PRES"), ("2", "REALISATION D'UN EMPRUNT"),
        ("3", "REMPLACEMENT D'UN AGENT")]


def test_codes_with_a_letter_and_a_summary_repeating_one_with_a_wrong_year() -> None:
    from registre.reading.items import numbered_items

    text = ("2019-03-12 DEMANDE DE SUBVENTION POUR LES BERGES\nAdopté à l'unanimité.\n\n"
            "2019-03-12BIS DEMANDE DE SUBVENTION POUR LE PONTON\nAdopté à l'unanimité.\n\n"
            "2019-03-13 VENTE D'UNE MAISON\nAdopté à l'unanimité.\n\n"
            "2019-03-13A COMMUNICATION SUR LE PROJET D'ŒUVRE\nAdopté à l'unanimité.\n\n"
            "Liste des délibérations de la séance :\n2019-03-12 DEMANDE DE SUBVENTION POUR LES BERGES\n"
            "2015-03-13 VENTE D'UNE MAISON\n")
    assert [i.number for i in numbered_items(text)] == ["2019-03-12", "2019-03-12BIS", "2019-03-13",
                                                         "2019-03-13A"]
    # Another rank is another item, whatever figure differs.
    ranks = numbered_items("DL-055-07-13 - Signature du marché\nAdopté à l'unanimité.\n\n"
                           "DL-056-07-13 - Création de postes\nAdopté à l'unanimité.\n")
    assert [i.number for i in ranks] == ["DL-055-07-13", "DL-056-07-13"]


def test_a_centred_cell_whose_first_line_above_its_row_ends_with_a_dash() -> None:
    from registre.reading.items import list_rows

    text = ("27/05/2025   2025_025   Tarif périscolaire 2025/2026                    Approuvée\n"
            "27/05/2025   2025_026   Tarif accueil de loisirs 2025/2026              Approuvée\n"
            "                        Présentation du rapport de la chambre régionale –\n"
            "07/07/2025   2025_027   exercices 2018 à 2023                           Prend acte\n"
            "07/07/2025   2025_028   Création d'un emploi d'adjoint technique        Approuvée\n")
    assert [i.title for i in list_rows(text)] == [
        "Tarif périscolaire 2025/2026", "Tarif accueil de loisirs 2025/2026",
        "Présentation du rapport de la chambre régionale – exercices 2018 à 2023",
        "Création d'un emploi d'adjoint technique"]


def test_the_heads_of_a_flattened_table_are_no_title() -> None:
    text = ("LISTE DES DELIBERATIONS EXAMINEES PAR LE CONSEIL MUNICIPAL DU 3 MARS 2026 N° DCM TITRE DÉCISION "
            "DCM 20260303-01 Vente d'un terrain communal ADOPTÉE Liste affichée le 4 mars 2026\n")
    doc = _read(text)
    got = [(d.parsed.number, d.parsed.title or None) for d in doc.deliberations]
    assert got == [("DCM 20260303-01", None)]


def test_a_sentence_after_an_items_number_is_no_title() -> None:
    text = ("COMMUNE DE TESTVILLE\nSEANCE DU 13 NOVEMBRE 2023\n\n"
            "Etaient présents : Anne DURAND, Paul MARTIN\n\n"
            "20231113 1 1 /Par conséquent, il est nécessaire d'intégrer les frais d'études\n"
            "Adopté à l'unanimité.\n\n"
            "20231113 2 Vente d'herbe, délibération relative à la vente d'herbe\nAdopté à l'unanimité.\n")
    got = [(d.parsed.number, d.parsed.title or None) for d in _read(text).deliberations]
    assert got == [("20231113 1", None),
                   ("20231113 2", "Vente d'herbe, délibération relative à la vente d'herbe")]


@pytest.mark.parametrize(("subs", "numbers"), [
    ("4-1 DETERMINATION DU NOMBRE DE POSTES D'ADJOINT\nAdopté à l'unanimité.\n\n"
     "4-2 ELECTION D'UN PREMIER ADJOINT\nM. Paul MARTIN est élu.\n", ["4.1", "4.2"]),
    ("4.a) TRAVAUX DANS L'EGLISE\nAdopté à l'unanimité.\n\n4.b) REFECTION DE LA TOITURE\n"
     "Adopté à l'unanimité.\n", ["4.a", "4.b"]),
])
def test_numbered_sub_items_are_deliberations(subs: str, numbers: list[str]) -> None:
    text = ("COMMUNE DE TESTVILLE\nSEANCE DU 6 OCTOBRE 2017\n\n"
            "Etaient présents : Anne DURAND, Paul MARTIN\n\n"
            "1. INSTALLATION D'UN CONSEILLER\nAdopté à l'unanimité.\n\n"
            "2. CONVENTION D'OCCUPATION DE LA SALLE\nAdopté à l'unanimité.\n\n"
            "3. ACHAT DE TERRAIN\nLe prix est de 4 120,00 € frais notariés en sus.\nAdopté à l'unanimité.\n\n"
            "4. ELECTION DU 1ER ADJOINT\n\n" + subs)
    doc = _read(text)
    assert [d.parsed.number for d in doc.deliberations] == ["1", "2", "3", *numbers]
    assert len({d.item_number for d in doc.deliberations}) == len(doc.deliberations)


def _minutes(headings: list[str]) -> str:
    body = "".join(f"{h}\nLe maire présente le dossier.\nAccord du conseil à l'unanimité.\n\n"
                   for h in headings)
    return ("COMPTE RENDU DU CONSEIL MUNICIPAL\nSéance du 10 décembre 2019\n\n"
            "Présents : Anne DURAND, Paul MARTIN\n\n" + body)


@pytest.mark.parametrize(("headings", "numbers"), [
    # « 7: » for « 7. » (OCR): the same heading.
    (["1. APPROBATION", "2. CANTINE", "3: LOCATION LOGEMENT", "4. SERVITUDES"], ["1", "2", "3", "4"]),
    # One number lost: the chain goes on when the two after it follow.
    (["1. APPROBATION", "2. CANTINE", "3. LOCATION", "SERVITUDES", "5. DON", "6. AVOCATS"],
     ["1", "2", "3", "5", "6"]),
    # Not on one number alone after the gap.
    (["1. APPROBATION", "2. CANTINE", "3. LOCATION", "SERVITUDES", "5. DON"], ["1", "2", "3"]),
])
def test_a_colon_after_the_number_and_one_number_lost(headings: list[str], numbers: list[str]) -> None:
    assert [d.parsed.number for d in _read(_minutes(headings)).deliberations] == numbers


def test_a_dash_glued_to_the_title_and_a_table_of_counts_with_empty_cells() -> None:
    # « 2-Approbation … »: a heading; « Pour : 51⏎Contre :⏎Abstentions : » is 51 for, none
    # against (not « 51 contre » across the line break).
    vote = " Pour : 51\n Contre :\n Abstentions :\n Adopté à l'unanimité.\n\n"
    text = ("Conseil municipal de Testville\nSéance publique du 17 février 2014\nPROCES-VERBAL\n\n"
            "Présents : Anne DURAND, Paul MARTIN\n\n"
            f"   1- Nouveaux temps scolaires\nLe maire présente le projet.\n{vote}"
            f"   2-Approbation du plan de sauvegarde\nLe maire présente le plan.\n{vote}")
    doc = _read(text)
    got = [(d.parsed.number, d.parsed.printed_vote.for_ if d.parsed.printed_vote else None,
            d.parsed.printed_vote.against if d.parsed.printed_vote else None) for d in doc.deliberations]
    assert got == [("1", 51, 0), ("2", 51, 0)]


@pytest.mark.parametrize(("wording", "against", "abstention"), [
    ("Pour : 51\nContre :\nAbstentions :", 0, 0),
    ("Pour : 51\nContre : 2\nAbstentions :", 2, 0),
    ("par 20 voix pour et 2 voix\ncontre", 2, 0),
])
def test_a_figure_and_its_word_on_one_line(wording: str, against: int, abstention: int) -> None:
    v = read_vote(wording)  # (an empty cell: none printed, counted 0)
    assert v is not None and (v.for_, v.against or 0, v.abstention or 0) == (v.for_, against, abstention)
    assert v.for_ in (51, 20)


def test_a_present_time_adverb_is_no_count() -> None:
    from registre.reading.headcounts import read_headcounts

    assert read_headcounts("Le parc de stationnement compte donc à présent 590 places.")["present"] is None
    assert read_headcounts("Présents : 19")["present"] == 19


def test_decisions_in_the_infinitive_are_no_sub_headings() -> None:
    text = _minutes(["1. APPROBATION", "2. EMPLOI ET INSERTION"]).replace(
        "2. EMPLOI ET INSERTION\nLe maire présente le dossier.\nAccord du conseil à l'unanimité.\n",
        "2. EMPLOI ET INSERTION\nLe maire propose :\n\n - D'approuver l'adhésion au réseau.\n"
        "Pour : 51\n\n - De verser la cotisation de 500 euros.\nPour : 51\n")
    assert [d.parsed.title for d in _read(text).deliberations] == ["APPROBATION", "EMPLOI ET INSERTION"]


def test_under_questions_diverses_only_the_sub_items_voted_are_deliberations() -> None:
    text = _minutes(["1. APPROBATION", "2. CANTINE"]) + (
        "3. QUESTIONS DIVERSES\n\n3.1 Ecole\nLes dictionnaires seront offerts aux élèves.\n\n"
        "3.2 Verger de sauvegarde\nAdhésion à l'association du verger.\n"
        "Vote : 14 pour / 0 contre / 0 abstention\n\n"
        "3.3 Temple\nLes travaux du clocher sont à l'étude.\n")
    got = [(d.parsed.number, d.parsed.title) for d in _read(text).deliberations]
    assert got == [("1", "APPROBATION"), ("2", "CANTINE"), ("3.2", "Verger de sauvegarde")]


def test_a_heading_in_capitals_with_a_word_in_lower_case_keeps_the_chain_in_the_body() -> None:
    # « 3. TARIFS ASSAINISSEMENT 2018 de RABODANGES » is in capitals (three letters in four):
    # the chain does not leave the body for the closing index.
    heads = ["1. MODIFICATION DES STATUTS", "2. APPROBATION DU COMPTE DE GESTION",
             "3. TARIFS ASSAINISSEMENT 2018 de RABODANGES", "4. PROGRAMME Ad'ap 2018/2019 - TRAVAUX"]
    text = _minutes(heads) + "Liste des délibérations :\n" + "\n".join(h.upper() for h in heads) + "\n"
    doc = _read(text)
    assert [d.parsed.number for d in doc.deliberations] == ["1", "2", "3", "4"]
    assert all(d.parsed.printed_vote is not None for d in doc.deliberations)


def test_a_block_of_votes_read_vote_declines_still_holds_votes() -> None:
    from registre.reading.votes import holds_vote

    text = ("Vote : pour à l'unanimité\n\n" + FILLER + "\n\n - Pour : 15\n - Abstention : 4\n")
    assert read_vote(text) is None and holds_vote(text)
    # (A unanimity and abstentions far apart: two votes too, neither given.)
    assert read_vote(text.replace(" - Pour : 15\n", "")) is None


def test_a_count_for_after_a_comma_ends_a_sentence_or_a_paragraph() -> None:
    assert read_vote("les enfants de 3 à 5 ans, 2 pour\nla maternelle et 3 pour le primaire") is None
    v = read_vote("0 contre, 0 abstention, 11 pour\n\nPoint suivant")
    assert v is not None and v.for_ == 11
    v = read_vote("Accord du conseil par 3 ABSTENTIONS (A.DUPONT) et 10 POUR\nDélibération prise en ce sens.")
    assert v is not None and (v.for_, v.abstention) == (10, 3)


def test_numbered_parts_of_one_voted_item_are_not_deliberations() -> None:
    text = _minutes(["1. APPROBATION"]) + (
        "2. BUDGET PRIMITIF 2024\n\n2.1 Section de fonctionnement\nLes dépenses s'élèvent à 1 200 000 €.\n\n"
        "2.2 Section d'investissement\nLes dépenses s'élèvent à 800 000 €.\n"
        "Le budget est adopté à l'unanimité.\n")
    assert [d.parsed.number for d in _read(text).deliberations] == ["1", "2"]
