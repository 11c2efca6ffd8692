"""Forms of writing met in real documents (issue 14): head-counts, present lists, proxies.

Every text here is written for the test, in the form a real document prints (never copied).
"""

from __future__ import annotations

from .builders import extract, names, read

PRESENT = "Étaient présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul PETIT\n\n"


def pairs(doc):  # type: ignore[no-untyped-def]
    return [(doc.member(p.giver).last, doc.member(p.holder).last if p.holder else None) for p in doc.proxies]


def test_absents_having_given_a_proxy_heading() -> None:
    doc = read(extract(PRESENT + "Absents ayant donné procuration : M. Marc BLANC à M. Jean DUPONT, "
                       "Mme Julie NOIR à Mme Anne MARTIN\n\nSecrétaire de séance : M. Paul PETIT"))
    assert pairs(doc) == [("BLANC", "DUPONT"), ("NOIR", "MARTIN")]


def test_proxy_heading_in_capitals_then_absent_heading_in_capitals() -> None:
    doc = read(extract(PRESENT + "ABSENTS AYANT DONNE PROCURATION : Monsieur Marc Blanc donne pouvoir à "
                       "monsieur Jean Dupont.\nABSENTS EXCUSES : Madame Julie NOIR"))
    assert [(g.upper(), h and h.upper()) for g, h in pairs(doc)] == [("BLANC", "DUPONT")]
    assert "Julie NOIR" in " ".join(names(doc, "absent"))


def test_proxies_heading_ending_with_a_and_count_in_brackets() -> None:
    doc = read(extract("Étaient présents :\n\nTitulaires :\n\nM. Jean DUPONT, Mme Anne MARTIN, "
                       "M. Paul PETIT (3)\n\nAbsent(s) ayant donné procuration à :\n\n"
                       "M. Marc BLANC donne procuration à M. Jean DUPONT,\n"
                       "Mme Julie NOIR donne procuration à Mme Anne MARTIN, (2)\n\n"
                       "Absents et absent(s) excusé(s) :\n\nM. Luc GRIS (1)"))
    assert [n.split()[-1] for n in names(doc)] == ["DUPONT", "MARTIN", "PETIT"]
    assert pairs(doc) == [("BLANC", "DUPONT"), ("NOIR", "MARTIN")]
    assert doc.printed["present"] == 3 and doc.printed["proxies"] == 2


def test_written_proxy_heading() -> None:
    doc = read(extract(PRESENT + "Ont donné pouvoir écrit de voter en leur nom : BLANC Marc à DUPONT Jean — "
                       "NOIR Julie à MARTIN Anne."))
    assert pairs(doc) == [("BLANC", "DUPONT"), ("NOIR", "MARTIN")]


def test_proxies_joined_by_et_and_names_cut_by_line_breaks() -> None:
    doc = read(extract(PRESENT + "Absents ayant donné procuration : Madame Julie NOIR donne pouvoir à "
                       "monsieur Jean\n"
                       "DUPONT, monsieur Marc BLANC donne pouvoir à madame Anne MARTIN et madame\n"
                       "Sophie ROUX donne pouvoir à monsieur Paul PETIT"))
    assert pairs(doc) == [("NOIR", "DUPONT"), ("BLANC", "MARTIN"), ("ROUX", "PETIT")]


def test_one_proxy_on_two_lines() -> None:
    doc = read(extract(PRESENT + "Absente ayant donné procuration : Madame Julie NOIR donne pouvoir à "
                       "madame Anne\n"
                       "MARTIN\n\nAbsents excusés : M. Marc BLANC"))
    assert pairs(doc) == [("NOIR", "MARTIN")]


def test_two_figures_for_one_count_give_none() -> None:
    doc = read(extract(PRESENT + "Votants : 3", header=(
        "Extrait du registre des délibérations du conseil municipal\nCOMMUNE DE TESTVILLE\n"
        "Séance du 12 mars 2024\nNombre de conseillers en exercice : 7\n"
        "Nombre de conseillers présents : 3 ou 2\n\n")))
    assert doc.printed["present"] is None
    assert doc.printed["voters"] == 3


def test_a_count_above_the_members_in_office_is_dropped() -> None:
    doc = read(extract(PRESENT, header=(
        "Compte rendu du conseil municipal\nCOMMUNE DE TESTVILLE\nSéance du 12 mars 2024\n"
        "Nombre de conseillers :\nEn exercice : 7\nPrésents : 19\n\nVotants : 3\n\n")))
    assert doc.members_in_office == 7
    assert doc.printed["present"] is None
    assert doc.printed["voters"] == 3


def test_total_of_votes_in_a_run_of_counts() -> None:
    doc = read(extract(PRESENT, header=(
        "Extrait du registre des délibérations du conseil municipal\nCOMMUNE DE TESTVILLE\n"
        "Séance du 12 mars 2024\nLe nombre des membres en exercice : 7 Présents : 3 Absents : 04 "
        "Représentés : 02 Total des votes : 5\n\n")))
    assert (doc.members_in_office, doc.printed["present"], doc.printed["proxies"], doc.printed["voters"]) \
        == (7, 3, 2, 5)


def test_counts_of_an_arrival_cut_by_a_line_break() -> None:
    from registre.reading.headcounts import read_headcounts
    counts = read_headcounts("Arrivée de M. Paul PETIT qui prend part aux délibérations ci-après "
                             "(5 présents, 1 procuration soit 6\nvotants)")
    assert (counts["present"], counts["proxies"], counts["voters"]) == (5, 1, 6)


def test_voters_of_a_ballot_form_when_the_opening_prints_no_count() -> None:
    body = ("1. Élection du maire\n\nRésultat du premier tour de scrutin\n"
            "  Nombre de conseillers présents à l'appel n'ayant pas pris part au vote ……0……\n"
            "  Nombre de votants (enveloppes déposées)  …………5……\n"
            "  Nombre de suffrages exprimés ……4……\n\n")
    doc = read("Procès-verbal de la séance du conseil municipal\nCOMMUNE DE TESTVILLE\n"
               "Séance du 12 mars 2024\n\n" + PRESENT + body)
    assert doc.printed["voters"] == 5
    assert doc.printed["present"] is None


def test_substitutes_designated_to_a_commission_are_not_present() -> None:
    body = ("Délibération n°2024-01\nObjet : Commission de contrôle\n\n"
            "Ont été élus membres de la commission :\nTitulaires :\n  - Jean DUPONT\n  - Anne MARTIN\n\n"
            "Suppléants :\n  - Paul PETIT\n  - Luc GRIS\n\nLe Conseil adopte.\n")
    doc = read(extract(PRESENT, deliberation=body))
    assert [n.split()[-1] for n in names(doc)] == ["DUPONT", "MARTIN", "PETIT"]


def test_substitutes_of_the_sitting_after_titulars_are_read() -> None:
    doc = read(extract("Étaient présents :\nTitulaires : M. Jean DUPONT, Mme Anne MARTIN\n"
                       "Suppléants : M. Luc GRIS (remplace M. Paul PETIT)\n\n"))
    assert "GRIS" in " ".join(names(doc))


def test_unanimity_of_the_members_present_is_not_a_list_nor_a_count() -> None:
    body = ("Délibération n°2024-01\nObjet : Convention\n\nAprès en avoir délibéré, le Conseil municipal, "
            "à l'unanimité des Membres présents :\n\n  9\n\n  ✓ Autorise le Maire à signer la convention.\n")
    doc = read(extract(PRESENT, deliberation=body, vote=""))
    assert [n.split()[-1] for n in names(doc)] == ["DUPONT", "MARTIN", "PETIT"]
    assert doc.printed["present"] is None


def test_initials_glued_to_surnames_in_two_paragraphs_with_ocr_noise() -> None:
    doc = read(extract("Etaient présents : A.DUPONT - B.MARTIN W.PETIT {arrivé en retard à 19h50) "
                       ": adjoints\n\n"
                       "C,ROUX — D.BLANC = E.NOIR -— G,.GRIS\nH.VERT\n\n"
                       "Etaient absents excusés :\nJ.BRUN : procuration à A.DUPONT\n"))
    assert [n.replace(" ", "") for n in names(doc)] == [
        "A.DUPONT", "B.MARTIN", "W.PETIT", "C.ROUX", "D.BLANC", "E.NOIR", "G.GRIS", "H.VERT"]


def test_a_new_paragraph_of_other_words_still_ends_a_list() -> None:
    doc = read(extract("Etaient présents : A.DUPONT - B.MARTIN - W.PETIT\n\n"
                       "Le quorum étant atteint, le conseil peut délibérer.\n"))
    assert [n.replace(" ", "") for n in names(doc)] == ["A.DUPONT", "B.MARTIN", "W.PETIT"]


def test_a_list_of_first_names_alone() -> None:
    doc = read(extract("Présents : Jean-Pierre, Yves, Jacques, Anne-Marie &\n   Claire\n\n"))
    assert names(doc) == ["Jean-Pierre", "Yves", "Jacques", "Anne-Marie", "Claire"]


def test_two_first_names_joined_by_an_ampersand_are_not_one_name() -> None:
    from registre.reading.people import parse_list
    assert [e.full for e in parse_list("M. Jean DUPONT, David & Adeline")] == ["Jean DUPONT"]


def test_surname_then_initials_under_a_glued_group_civility() -> None:
    doc = read(extract("Etaient présents : MM.DUPONT JP, MARTIN C, PETIT M, DEL PINO V.\n\n"))
    assert [(doc.member(p).last, doc.member(p).first) for p, _ in doc.present] == [
        ("DUPONT", "JP"), ("MARTIN", "C"), ("PETIT", "M"), ("DEL PINO", "V")]


def test_offices_after_the_names_and_an_absent_woman_heading() -> None:
    doc = read(extract("Présents :\n\nM. DUPONT Jean Maire, Mme MARTIN Anne, M. PETIT Paul\nAdjoints, "
                       "M. BLANC Marc Délégué et M. NOIR Luc.\nAbsente excusée: Mme ROUX Julie\n"))
    assert [doc.member(p).first for p, _ in doc.present] == ["Jean", "Anne", "Paul", "Marc", "Luc"]
    assert [doc.member(p).last for p in doc.absent] == ["ROUX"]


def test_a_particle_in_capitals_before_the_rest_of_the_surname() -> None:
    from registre.reading.people import parse_list
    assert [e.last for e in parse_list("M. Guillain DE France, M. Jean DE LA FONTAINE, Marc DURAND")] == [
        "DE France", "DE LA FONTAINE", "DURAND"]


def test_an_absent_list_of_initial_names_over_two_paragraphs() -> None:
    doc = read(extract("Etaient présents : A.DUPONT - B.MARTIN - C.PETIT\n\n"
                       "Etaient absents excusés :\nD.BLANC : procuration à A.DUPONT\n"
                       "E.NOIR : procuration à B.MARTIN\n\nF.ROUX : procuration à C.PETIT\n\n"
                       "G.GRIS - H.VERT\n"))
    assert [(g.replace(" ", ""), h and h.replace(" ", "")) for g, h in pairs(doc)] == [
        ("D.BLANC", "A.DUPONT"), ("E.NOIR", "B.MARTIN"), ("F.ROUX", "C.PETIT")]


def test_a_count_in_brackets_before_its_label() -> None:
    from registre.reading.headcounts import read_headcounts
    counts = read_headcounts("le doyen a dénombré quarante-six (46) présents plus une procuration")
    assert counts["present"] == 46


def test_proxies_in_brackets_after_their_givers_in_the_absent_list() -> None:
    doc = read(extract("Présents : Jean, Anne, Paul, Luc.\n\nExcusés : Marc (pouvoir donné à Jean) / "
                       "Julie (pas de pouvoir donné) / Sophie (pouvoir donné Anne)\n\n"))
    assert pairs(doc) == [("Marc", "Jean"), ("Sophie", "Anne")]
    assert sorted(doc.member(p).last for p in doc.absent) == ["Julie", "Marc", "Sophie"]


def test_offices_alone_are_not_first_names() -> None:
    from registre.reading.people import parse_list
    assert parse_list("Maire, Adjoint, Conseillère, Absent") == []
