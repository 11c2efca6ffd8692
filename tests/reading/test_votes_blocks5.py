"""A vote belongs to the item whose block holds it (session s22-votes4): the opening's
minutes approval printed with a word cut at its hyphen (« procès- verbal »), the secretary's
designation voted inside an item approving the minutes. Every text here is invented, in the
form seen."""

from __future__ import annotations

from .builders import read

_OPENING = ("COMPTE RENDU DE LA RÉUNION DU CONSEIL COMMUNAUTAIRE\n"
            "LUNDI 6 MARS 2028 à 20H00\n\n"
            "Présents : Paul FAURE, Anne POULAIN, Marc ROCHE, Lucie GARNIER\n"
            "Votants : 4\n")


def test_the_opening_minutes_approval_with_a_cut_word_is_no_items_vote() -> None:
    # « procès- verbal »: the word was cut at its hyphen at a line's end and the lines joined.
    doc = read(_OPENING + "Le président ouvre la séance et procède à la lecture du procès- verbal du "
               "2 février 2028 qui est adopté à l'unanimité.\n\n"
               "Le président présente un tableau des emprunts et informe le conseil qu'il le tient à sa "
               "disposition.\nVersement de la participation au syndicat 2028\n\n"
               "La circulaire du 3 mai rappelle les principes de ce versement. Cette année, compte tenu de")
    assert all(d.parsed.printed_vote is None or not d.parsed.printed_vote.unanimous
               for d in doc.deliberations)


def test_the_secretarys_designation_inside_the_minutes_item_is_not_its_vote() -> None:
    doc = read("PROCÈS-VERBAL DU CONSEIL MUNICIPAL\nSéance ordinaire du 6 mars 2028\n"
               "Membres présents : FAURE Paul - POULAIN Anne - ROCHE Marc\n\n"
               "1. Approbation du procès-verbal du 2 février 2028 et nomination d'un secrétaire de séance\n\n"
               "Le procès-verbal de la séance du 2 février 2028 a été transmis aux conseillers. Aucune "
               "observation n'a été formulée.\n\n"
               "Vu le code général des collectivités territoriales, le Conseil Municipal, après en avoir "
               "délibéré, à l'unanimité,\n\n- DESIGNE M. ROCHE Marc, secrétaire de séance.\n\n"
               "2. Travaux de voirie rue des Lilas\n\nLe Maire présente les devis. Le conseil, après en "
               "avoir délibéré, à l'unanimité, retient le devis de l'entreprise.\n")
    first, second = (d.parsed for d in doc.deliberations[:2])
    assert first.printed_vote is None or not first.printed_vote.unanimous
    assert second.printed_vote is not None and second.printed_vote.unanimous


def test_a_secretarys_own_item_keeps_its_vote() -> None:
    doc = read("PROCÈS-VERBAL DU CONSEIL MUNICIPAL\nSéance ordinaire du 6 mars 2028\n"
               "Membres présents : FAURE Paul - POULAIN Anne - ROCHE Marc\n\n"
               "1. Désignation du secrétaire de séance\n\n"
               "Le Conseil Municipal, après en avoir délibéré, à l'unanimité,\n\n"
               "- DESIGNE M. ROCHE Marc, secrétaire de séance.\n\n"
               "2. Travaux de voirie rue des Lilas\n\nLe Maire présente les devis. Le conseil, après en "
               "avoir délibéré, à l'unanimité, retient le devis de l'entreprise.\n")
    first = doc.deliberations[0].parsed
    assert first.printed_vote is not None and first.printed_vote.unanimous


_SITTING = ("Mars 2028\n\nSéance du jeudi 9 mars 2028\n\n"
            "L'an deux mille vingt-huit, le neuf mars à vingt heures, le conseil municipal de la commune "
            "de Valbrune, régulièrement convoqué, s'est réuni sous la présidence de Monsieur FAURE, "
            "Maire.\n\n"
            "Présents : Mmes POULAIN – GARNIER – Mrs ROCHE – FAURE\n"
            "Secrétaire : Mr ROCHE\n\n")


def test_a_lone_code_of_the_sittings_year_then_a_colon_heads_an_item() -> None:
    # « 2028-07 : Compte administratif … » (the title in lower case): the code's year is the
    # sitting's, printed above; its decisions « 1°) Lui donne acte … 2°) Constate … » are no items.
    doc = read(_SITTING + "2028-07 : Compte administratif du budget général 2027\n"
               "Le conseil municipal, délibérant sur le compte administratif de l'exercice 2027, après "
               "s'être fait présenter le budget primitif.\n\n"
               "1°) Lui donne acte de la présentation faite du compte administratif.\n\n"
               "2°) Constate les identités de valeurs avec les indications du compte de gestion.\n")
    ds = [d.parsed for d in doc.deliberations]
    assert [(d.number, d.title) for d in ds] == [("2028-07", "Compte administratif du budget général 2027")]


def test_a_code_of_another_year_in_lower_case_is_not_taken_alone() -> None:
    doc = read(_SITTING + "1999-07 : une référence à une ancienne délibération du conseil\n"
               "Le conseil municipal, après en avoir délibéré, décide de vendre le terrain.\n")
    assert all(d.parsed.number != "1999-07" for d in doc.deliberations)


def test_numbered_decisions_with_verbs_are_not_items() -> None:
    doc = read(_SITTING + "Le conseil municipal, après en avoir délibéré, à l'unanimité :\n\n"
               "1°) Approuve le plan de financement des travaux.\n\n"
               "2°) Autorise le Maire à signer la convention.\n")
    assert all(d.parsed.title not in ("Approuve le plan de financement des travaux.",
                                      "Autorise le Maire à signer la convention.")
               for d in doc.deliberations)


def test_votes_for_printed_last_then_the_decisions_prose() -> None:
    from registre.reading.votes import read_vote
    v = read_vote("Ainsi, le conseil municipal approuve à 2 votes Contre, 1 Abstention, et 9 Pour, "
                  "la vente du terrain communal.")
    assert v is not None and (v.for_, v.against, v.abstention) == (9, 2, 1)
    # « pour » a preposition after the counts: not the votes for.
    v = read_vote("Le conseil approuve par 2 voix contre et 4 pour la cantine, 1 abstention.")
    assert v is None or v.for_ is None


def test_titles_over_their_vote_tables_are_items() -> None:
    doc = read("SÉANCE DU 3 MAI 2028\nProcès-verbal du conseil municipal du 03 mai 2028\n"
               "Présents : FAURE Paul, POULAIN Anne, ROCHE Marc, GARNIER Lucie\n"
               "En exercice : 05\nPrésents : 04\nVotants : 04\n"
               "Adoption du procès-verbal du 2 avril 2028.\nPour : 04 | |\nPrésents : 04 | Contre : 0 |\n"
               "Votants : 04 | Abstention : 0 |\nLe procès-verbal est voté à l'unanimité.\n"
               "Vote des taux d'imposition 2028.\nEn exercice : 05 | Pour : 03 |\n"
               "Présents : 04 | Contre : 1 |\nVotants : 04 | Abstention : 0 |\n"
               "Après délibération, le conseil municipal décide de maintenir les taux.\n"
               "Renouvellement de la chaudière de l'école.\nEn exercice : 05 | Pour : 04 |\n"
               "Présents : 04 | Contre : 0 |\nVotants : 04 | Abstention : 0 |\n"
               "Après délibération, le conseil municipal décide de solliciter une subvention.\n")
    got = [(p.title, p.printed_vote and (p.printed_vote.for_, p.printed_vote.against))
           for p in (d.parsed for d in doc.deliberations)]
    assert got == [("Vote des taux d'imposition 2028", (3, 1)),
                   ("Renouvellement de la chaudière de l'école", (4, 0))]


_SOMMAIRE = ("RECUEIL DES ACTES ADMINISTRATIFS\nSOMMAIRE\nDELIBERATIONS DU CONSEIL MUNICIPAL DU 4 MAI 2028\n"
             "N°\nObjet\nI – FINANCES\n{a}\nConvention avec l'association des jardins familiaux\n"
             "{b}\nGarantie d'emprunt pour la résidence des Tilleuls\nII - URBANISME\n{c}\n"
             "Acquisition d'une parcelle au lieu-dit Les Prés\n{d}\nDénomination de la place du marché\n")


def test_a_table_numbered_by_section_and_rank_gives_its_rows() -> None:
    doc = read(_SOMMAIRE.format(a="1-01", b="1-02", c="2-01", d="2-02"))
    assert [(d.parsed.number, d.parsed.title) for d in doc.deliberations] == [
        ("1-01", "Convention avec l'association des jardins familiaux"),
        ("1-02", "Garantie d'emprunt pour la résidence des Tilleuls"),
        ("2-01", "Acquisition d'une parcelle au lieu-dit Les Prés"),
        ("2-02", "Dénomination de la place du marché")]


def test_numbers_out_of_section_order_are_not_rows() -> None:
    # « 12-03 », « 04-05 »: dates or figures, not a section's ranks.
    doc = read(_SOMMAIRE.format(a="12-03", b="04-05", c="2-01", d="2-02"))
    assert all(d.parsed.number not in ("12-03", "04-05", "2-01") for d in doc.deliberations)


def test_a_title_then_its_code_of_the_sittings_year_heads_an_item() -> None:
    doc = read(_SITTING + "Réfection du mur du cimetière - demande de subvention : 2028-41\n\n"
               "Vu le code général des collectivités territoriales, le conseil municipal, après en avoir "
               "délibéré, sollicite une subvention.\n")
    assert [(d.parsed.number, d.parsed.title) for d in doc.deliberations] == [
        ("2028-41", "Réfection du mur du cimetière - demande de subvention")]
    # A code of another year than the sitting's: a reference, not a heading.
    doc = read(_SITTING + "Réfection du mur du cimetière - demande de subvention : 1997-41\n\n"
               "Vu le code général des collectivités territoriales, le conseil municipal, après en avoir "
               "délibéré, sollicite une subvention.\n")
    assert all(d.parsed.number != "1997-41" for d in doc.deliberations)
