"""Forms of the set outside19 (session s29: 24 authorities never seen, measured with the start code,
then opened; docs/reading.md « Douzième tour »), each written here in words of our own."""

from __future__ import annotations

from registre.reading.proxies import bracket_proxies, parse_proxies
from registre.reading.refs import parse_span
from tests.reading.forms import doc_of, pairs_of, present_of

_doc, _present, _pairs = doc_of, present_of, pairs_of


_HEAD = ("VILLE DE TRUCVILLE\nCONSEIL MUNICIPAL PROCÈS VERBAL DE LA SÉANCE DU LUNDI 8 MARS 2021 à 18h00\n")


def test_givings_in_capitals_after_a_comma_with_their_spans_to_the_second() -> None:
    # The whole roll call on one line; « ONT DONNÉ PROCURATION : » in capitals after a comma ends
    # the présents; each giving's holder after its span, in brackets, to the second.
    doc = _doc(_HEAD + "PRÉSENTS : ARNOUX Claire, BERTIN Paul (depuis 18:40:12), CLAVEL Anne, DORAT Luc, "
               "ESTIVAL Marie (jusqu'à 21:10:05), FAURE Jean, ONT DONNÉ PROCURATION : ESTIVAL Marie "
               "(depuis 21:10:05 à CLAVEL Anne), GIRARD Yves (à DORAT Luc), HUET Rose (jusqu'à 18:20:00 à "
               "FAURE Jean et depuis 20:00:00 à FAURE Jean)\nSecrétaire de séance : DORAT Luc\n")
    assert _present(doc) == ["Claire ARNOUX", "Paul BERTIN", "Anne CLAVEL", "Luc DORAT", "Marie ESTIVAL",
                             "Jean FAURE"]
    assert _pairs(doc) == [("Marie ESTIVAL", "Anne CLAVEL"), ("Yves GIRARD", "Luc DORAT"),
                           ("Rose HUET", "Jean FAURE")]
    present = dict(doc.present)
    bertin = next(p for p, _ in doc.present if doc.name(p) == "Paul BERTIN")
    assert present[bertin] is not None and present[bertin].start is not None  # « depuis 18:40 »
    estival = next(p for p in doc.proxies if doc.name(p.giver) == "Marie ESTIVAL")
    assert estival.span is not None and estival.span.start is not None


def test_a_bracket_whose_opening_was_lost_and_one_cut_at_the_end() -> None:
    # A page's markup took « (à » away from one giving; the text ends inside the last bracket.
    w: list[str] = []
    got = parse_proxies("ROUX Anne (à BLANC Eve), NOIR Paul VERT Jacques), PETIT Marc (à LEBRUN Julie", w)
    assert [(p.giver.raw, p.holder.raw if p.holder else None) for p in got] == [
        ("ROUX Anne", "BLANC Eve"), ("NOIR Paul", "VERT Jacques"), ("PETIT Marc", "LEBRUN Julie")]


def test_one_giver_with_two_spans_to_the_same_holder_is_one_giving() -> None:
    w: list[str] = []
    got = parse_proxies("MARTIN Léa (jusqu'à 18:30 à DUMAS Paul et depuis 22:00 à DUMAS Paul), "
                        "SIMON Eric (à BLANC Eve)", w)
    assert [(p.giver.raw, p.holder.raw if p.holder else None) for p in got] == [
        ("MARTIN Léa", "DUMAS Paul"), ("SIMON Eric", "BLANC Eve")]
    assert not w


def test_staff_attending_without_a_colon_is_no_giving() -> None:
    doc = _doc(_HEAD + "Présents : Paul DURAND, Anne MARTIN, Luc PETIT, Eve ROUX.\n"
               "Pouvoirs : Jean NOIR à Paul DURAND\nMarie BLANC à Anne MARTIN\n"
               "Assistait également à la séance Madame Lise VERT, Directrice Générale des Services.\n\n"
               "1. Budget\nAdopté à l'unanimité.\n")
    assert _pairs(doc) == [("Jean NOIR", "Paul DURAND"), ("Marie BLANC", "Anne MARTIN")]


def test_surnames_with_initials_chained_givings_and_offices_heading_groups() -> None:
    # Surnames then initials with no stop, entries between dashes grouped by office (« Adjoints : »,
    # « Conseillers : »), a separator lost, and « ABSENTS/EXCUSES : » heading givings run together.
    doc = _doc("PROCES VERBAL DE LA SEANCE DU 10 MAI 2011\nLe 10 mai 2011 à 19 h, le Conseil Municipal s'est "
               "réuni.\nPRESENTS : DURAND JP Adjoints : MARTIN A - PETIT L - ROUX MC Conseillers : NOIR S – "
               "BLANC E - VERT JL LEBRUN G - ROSE P\nABSENTS/EXCUSES : GRIS M procuration à PETIT L "
               "BRUN F procuration à ROUX MC MAUVE T procuration à ROSE P\nLe quorum étant atteint, "
               "l'assemblée peut valablement délibérer.\n")
    assert _present(doc) == ["JP DURAND", "A MARTIN", "L PETIT", "MC ROUX", "S NOIR", "E BLANC",
                             "JL VERT", "G LEBRUN", "P ROSE"]
    assert _pairs(doc) == [("M GRIS", "L PETIT"), ("F BRUN", "MC ROUX"), ("T MAUVE", "P ROSE")]


def test_absent_slash_excused_heading_in_lower_case() -> None:
    doc = _doc(_HEAD + "Présents : Paul DURAND, Anne MARTIN, Luc PETIT\nAbsents/Excusés : Jean NOIR\n"
               "Secrétaire de séance : Anne MARTIN\n")
    assert _present(doc) == ["Paul DURAND", "Anne MARTIN", "Luc PETIT"]


def test_delegates_commune_by_commune_each_commune_run_into_the_surname_before_it() -> None:
    doc = _doc("COMPTE RENDU DU CONSEIL COMMUNAUTAIRE Séance du 09 mars 2017\nL'an deux mille dix-sept, le "
               "9 mars, le conseil communautaire s'est réuni. Délégués en exercice : 30 Membres titulaires "
               "présents :\n\nBOURG SUR MER : Messieurs Jean-Pierre DUPONT et Paul MARTIN STE ANNE LES "
               "PRES : Madame Lise ROUX LE MOULIN : Monsieur Marc LE GALL LA ROCHE BLANCHE : Madame Eve "
               "BLANC et Monsieur Luc NOIR VILLENEUVE : Monsieur Jean VERT\n\nAbsents excusés : "
               "Monsieur Guy GRIS\n")
    assert _present(doc) == ["M. Jean-Pierre DUPONT", "M. Paul MARTIN", "Mme Lise ROUX", "M. Marc LE GALL",
                             "Mme Eve BLANC", "M. Luc NOIR", "M. Jean VERT"]


def test_communes_headed_commune_de_keep_their_reading() -> None:
    doc = _doc("COMPTE-RENDU DU CONSEIL COMMUNAUTAIRE\nSEANCE DU LUNDI 12 MAI 2014\nEtaient Présents :\n\n"
               "Commune de BOURG : Madame Anne ROUX, Messieurs Paul DUPONT, Marc VERT Commune de LA ROCHE : "
               "Monsieur Jean NOIR Commune de VILLENEUVE : Madame Eve BLANC\n\nAbsents et excusés : "
               "Monsieur Guy GRIS\n")
    assert _present(doc) == ["Mme Anne ROUX", "M. Paul DUPONT", "M. Marc VERT", "M. Jean NOIR",
                             "Mme Eve BLANC"]


def test_a_member_named_maire_and_a_present_member_s_giving_in_brackets() -> None:
    # « M. MAIRE »: a civility, then a surname that is an office's word; a présent who arrived late
    # and gave a proxy for the first items is a giving (the labels' convention: not in the list).
    doc = _doc("CONSEIL MUNICIPAL DU 10 DECEMBRE 2018 PROCES-VERBAL\nPRESENTS : M. DURAND, Maire, "
               "Mme MARTIN, M. MAIRE, Mme PETIT, Mme ROUX (arrivée 18 H 40 – pouvoir à Mme MARTIN pour "
               "les délibérations n°1-2), M. NOIR\nEXCUSES : Mme BLANC (pouvoir à M. NOIR), Mme VERT.\n")
    assert _present(doc) == ["M. DURAND", "Mme MARTIN", "M. MAIRE", "Mme PETIT", "M. NOIR"]
    assert _pairs(doc) == [("Mme ROUX", "Mme MARTIN"), ("Mme BLANC", "M. NOIR")]


def test_a_giver_after_an_ampersand_or_after_the_words_of_a_sentence() -> None:
    w: list[str] = []
    _rest, got = bracket_proxies("Paul, Jean, Luc & Anne (procuration à Paul)")
    assert [(p.giver.raw, p.holder.raw if p.holder else None) for p in got] == [("Anne", "Paul")]
    _rest, got = bracket_proxies("Tous, à l'exception de Mme Roux (procuration à M. Noir)")
    assert [(p.giver.raw, p.holder.raw if p.holder else None) for p in got] == [("Mme Roux", "M. Noir")]
    assert not w


def test_a_year_typed_with_letters_o_and_a_syndicate_s_kind_words_and_its_delegates_count() -> None:
    doc = _doc("COMPTE RENDU SEANCE CONSEIL MUNICIPAL DU 10 JUILLET 2O2O\n\nÉtaient présents : D. Roux, "
               "P. Noir, C. Blanc.\n")
    assert doc.session_date is not None and doc.session_date.isoformat() == "2020-07-10"
    doc = _doc("SIVERT Syndicat mixte ouvert\n\nCompte rendu de la réunion du 12 décembre 2013\n\nL'an deux "
               "mil treize, le 12 décembre, le comité syndical s'est réuni.\n\nDate de convocation : 26 "
               "novembre 2013 Nombre de délégués : 16 Nombre de présents : 10 Nombre de votants : 10\n\n"
               "Présents : Jean ROUX, Paul NOIR\n")
    assert doc.authority is None  # « Syndicat mixte ouvert »: what it is, not its name
    assert doc.members_in_office == 16 and doc.printed["present"] == 10
    doc = _doc("COMITE SYNDICAL DU 3 MARS 2015\nNombre de délégués titulaires présents : 12\nPrésents : "
               "Jean ROUX, Paul NOIR\n")
    assert doc.members_in_office is None


def test_presence_over_a_range_of_deliberations_is_a_span_not_a_roster() -> None:
    # Members present for part of the sitting, printed présents with their range and absent or
    # givers for the rest: the présents as printed (no roll of the members in office).
    assert parse_span("de la délibération n° 2 à la délibération n° 14") is not None
    assert parse_span("pour la délibération n° 1") is not None
    left = parse_span("M. ROUX quitte la séance au cours de l'examen du point N°1")
    assert left is not None and left.end is not None
    doc = _doc("PROCES-VERBAL DU CONSEIL MUNICIPAL DU 15 AVRIL 2015\nPrésents : M. DURAND, Mme MARTIN, "
               "M. PETIT, Mme ROUX (de la délibération n° 2 à la délibération n° 9), M. NOIR (de la "
               "délibération n° 1 à la délibération n° 4), Mme BLANC, M. VERT (M. VERT quitte la séance au "
               "cours de l'examen du point N°1).\nPROCURATIONS : Mme ROUX à M. DURAND (pour la délibération "
               "n° 1), M. NOIR à Mme MARTIN (de la délibération n° 5 à la délibération n° 9), M. GRIS à "
               "M. PETIT\nABSENTS EXCUSÉS : Mme ROUX (pour la délibération n° 1), M. NOIR (de la "
               "délibération n° 5 à la délibération n° 9), M. GRIS, M. VERT\nSecrétaire de séance : "
               "M. PETIT\n")
    assert _present(doc) == ["M. DURAND", "Mme MARTIN", "M. PETIT", "Mme ROUX", "M. NOIR", "Mme BLANC",
                             "M. VERT"]


def test_a_running_head_after_the_last_name_and_before_the_first_item() -> None:
    doc = _doc("COMMUNAUTÉ D'AGGLOMÉRATION DU VAL Conseil Communautaire du lundi 09 janvier 2017 "
               "Délibération n° 1 Election du Président Nombre de conseillers en exercice : 40 Présents : "
               "M. Paul DURAND M. Luc PETIT Mme Anne MARTIN M. Jean ROUX Conseil communautaire du lundi "
               "09 janvier 2017 Délibération n° 1\n")
    assert _present(doc) == ["M. Paul DURAND", "M. Luc PETIT", "Mme Anne MARTIN", "M. Jean ROUX"]
    assert not doc.deliberations or not (doc.deliberations[0].parsed.title or "").startswith("Conseil")


def test_delegates_followed_by_their_commune_group_by_group() -> None:
    doc = _doc("COMPTE RENDU DU CONSEIL COMMUNAUTAIRE DU 13 JUIN 2018\nPrésents : Mme DUPRAZ, M. DEBEGUE, "
               "délégués d'Andilly, Mme ROUX, déléguée de , M. BOIS, Mme BLANC, délégués de Charron, "
               "M. BESSON, délégué de Ferrières M. GALLIAN, délégué de La Grève sur Mignon, M. PETIT.\n"
               "Absents excusés : M. NOIR\n")
    assert _present(doc) == ["Mme DUPRAZ", "M. DEBEGUE", "Mme ROUX", "M. BOIS", "Mme BLANC", "M. BESSON",
                             "M. GALLIAN", "M. PETIT"]
    doc = _doc("COMPTE RENDU DU CONSEIL COMMUNAUTAIRE DU 5 MAI 2014\nEtaient présents les conseillers "
               "titulaires suivants :\nMM. ROUX, BOIS, Mme HUET, conseillers de\nBourg-le Chapus\nM. PETIT, "
               "Mme NOIR, conseillers de Hiers\nMM. VALLET, DESHAYES, Mme CHEVET, conseillers de Le Gua\n\n"
               "Absents excusés : M. GRIS\n")
    assert [n.split()[-1] for n in _present(doc)] == ["ROUX", "BOIS", "HUET", "PETIT", "NOIR", "VALLET",
                                                      "DESHAYES", "CHEVET"]


def test_a_sitting_s_heading_without_its_year_takes_the_convocation_s() -> None:
    doc = _doc("VILLE DE TRUCVILLE EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL Séance du 15 "
               "décembre Salle du Conseil Municipal Date de convocation : 8 décembre 2014 PRESENTS : M. ROUX "
               "Jean, Mme NOIR Anne. Objet : BUDGET\n")
    assert doc.session_date is not None and doc.session_date.isoformat() == "2014-12-15"


def test_a_holder_s_bracket_without_de_and_excused_with_proxies() -> None:
    doc = _doc("COMPTE RENDU DU CONSEIL COMMUNAUTAIRE DU 27 OCTOBRE 2020\nPrésents : ROUX Jean, PEZOUS "
               "Bernard (pouvoir DARRIGAN Catherine), NOIR Anne (pouvoir de VERT Paul), BLANC Eve\n"
               "Absents : GRIS Luc\n")
    assert _pairs(doc) == [("Catherine DARRIGAN", "Bernard PEZOUS"), ("Paul VERT", "Anne NOIR")]
    doc = _doc("PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE DU 17 DECEMBRE 2019\nPrésents : Jean ROUX, Anne NOIR, "
               "Eve BLANC\nExcusés avec pouvoirs : M Luc GRIS a donné pouvoir à Jean ROUX, Mme Lise VERT a "
               "donné procuration à Eve BLANC,\nSecrétaire de séance : Anne NOIR\n")
    assert _pairs(doc) == [("M. Luc GRIS", "Jean ROUX"), ("Mme Lise VERT", "Eve BLANC")]


def test_the_bare_approval_of_the_minutes_is_no_item_s_vote_unless_an_item_heads_it() -> None:
    doc = _doc("PV du conseil municipal du 08/02/2021\nPrésents : Jean ROUX, Anne NOIR, Paul VERT\n\n"
               "Modification de la phrase : « rien » par « une réponse ».\n\nLe compte rendu est approuvé à "
               "l'unanimité.\n\nAVIS SUR LE PLAN DE DEPLACEMENT URBAIN\n\nVu les statuts du syndicat,\n")
    assert not any(d.parsed.printed_vote is not None for d in doc.deliberations)
    doc = _doc("PROCES-VERBAL DU CONSEIL MUNICIPAL DU 30 JANVIER 2017\nPrésents : Jean ROUX, Anne NOIR, "
               "Paul VERT\n\nI ADOPTION DU PROCES-VERBAL DU 1er DECEMBRE 2016\n\nLe procès-verbal est adopté "
               "à l'unanimité.\n\nII ATTRIBUTION DE COMPENSATION\n\nLe Maire expose.\n")
    assert doc.deliberations and doc.deliberations[0].parsed.printed_vote is not None
    assert doc.deliberations[0].parsed.printed_vote.unanimous


def test_labels_of_givings_without_a_colon_or_with_a_plural_in_brackets() -> None:
    head = ("COMPTE RENDU DU CONSEIL MUNICIPAL DU 15 FEVRIER 2019\nPrésents : Sabine ROUX, Paul NOIR, "
            "Eve BLANC.\n")
    doc = _doc(head + "Sont excusés Marie VERT (pouvoir donné à Sabine ROUX) et Luc GRIS. Anne ROSE est "
               "absente.\n")
    assert _pairs(doc) == [("Marie VERT", "Sabine ROUX")]
    doc = _doc(head + "PROCURATIONS Marie VERT à Sabine ROUX, Jean-Luc GRIS à Paul NOIR Secrétaire de "
               "séance : Madame BLANC\n")
    assert _pairs(doc) == [("Marie VERT", "Sabine ROUX"), ("Jean-Luc GRIS", "Paul NOIR")]
    doc = _doc(head + "Pouvoir(s) : Jean Pierre VERT à Eve BLANC\nAbsents : Luc GRIS\n")
    assert _pairs(doc) == [("Jean Pierre VERT", "Eve BLANC")]
    doc = _doc(head + "Régulièrement représentés : M. VERT par Mme ROUX, M. GRIS par M. NOIR\n")
    assert _pairs(doc) == [("M. VERT", "Sabine ROUX"), ("M. GRIS", "Paul NOIR")]
    doc = _doc(head + "Procurations : M. Marc VERT en faveur de Mme Sabine ROUX.\n")
    assert _pairs(doc) == [("M. Marc VERT", "Sabine ROUX")]


def test_plural_marks_in_brackets_a_proxy_of_vote_and_proxies_read_out() -> None:
    head = ("PROCES-VERBAL DU CONSEIL MUNICIPAL DU 23 MAI 2016\nPrésents : Mme Anne ROUX, M. Paul NOIR, "
            "Mme Eve BLANC, M. Luc VERT.\n")
    doc = _doc(head + "Absent(es) excusé(es) ayant donné pouvoir : Marie GRIS à Anne ROUX, Marc ROSE à Paul "
               "NOIR\n")
    assert _pairs(doc) == [("Marie GRIS", "Mme Anne ROUX"), ("Marc ROSE", "M. Paul NOIR")]
    doc = _doc(head + "Excusées :\n- Mme Marie GRIS ayant donné procuration de vote à Mme Eve BLANC\n"
               "- M. Marc ROSE ayant donné procuration de vote à M. Luc VERT.\nLe Maire ouvre la séance.\n")
    assert _pairs(doc) == [("Mme Marie GRIS", "Mme Eve BLANC"), ("M. Marc ROSE", "M. Luc VERT")]
    doc = _doc(head + "M. le Maire donne lecture à l'Assemblée des procurations reçues : M. Marc ROSE à "
               "M. Luc VERT Mme Marie GRIS à Mme Eve BLANC\n")
    assert _pairs(doc) == [("M. Marc ROSE", "M. Luc VERT"), ("Mme Marie GRIS", "Mme Eve BLANC")]


def test_present_labels_without_a_colon_or_with_plural_marks_and_portuguese_particles() -> None:
    doc = _doc("PROCES-VERBAL DU CONSEIL MUNICIPAL DU 24 AVRIL 2014\nsous la présidence de Monsieur Paul "
               "ROUX, Maire. PRESENTS Paul ROUX, Olivia MONEL, David MARTINS DO CARMO, Eve BLANC "
               "PROCURATIONS Anne NOIR à Paul ROUX Secrétaire de séance : Madame BLANC\n")
    assert _present(doc) == ["Paul ROUX", "Olivia MONEL", "David MARTINS DO CARMO", "Eve BLANC"]
    doc = _doc("COMPTE RENDU DU CONSEIL MUNICIPAL DU 22 OCTOBRE 2015\n\nConseillers présents\nROUX Paul "
               "(maire), NOIR Anne (1er adjoint), BLANC Eve\n\nAbsents excusés : VERT Luc\n")
    assert [n.split()[-1] for n in _present(doc)] == ["ROUX", "NOIR", "BLANC"]


def test_members_named_maire_or_le_maire_and_givings_run_after_the_last_name() -> None:
    doc = _doc("PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE DU 15 AVRIL 2021\nPrésents : Mme Anne ROUX, "
               "M. Patrice MAIRE, M. Paul NOIR, Mme Eve BLANC\nAbsents : M. Luc VERT\n")
    assert _present(doc) == ["Mme Anne ROUX", "M. Patrice MAIRE", "M. Paul NOIR", "Mme Eve BLANC"]
    doc = _doc("COMPTE RENDU DU CONSEIL MUNICIPAL DU 2 OCTOBRE 2014\nPrésents : M. LE MAIRE, Mme ROUX, "
               "M. NOIR, Mme BLANC\nAbsents : M. VERT\n")
    assert _present(doc) == ["M. LE MAIRE", "Mme ROUX", "M. NOIR", "Mme BLANC"]
    doc = _doc("COMPTE RENDU DU CONSEIL COMMUNAUTAIRE DU 17 OCTOBRE 2016\nPrésents : Paul ROUX, Président,\n"
               "Anne NOIR – Luc BLANC, Viceprésidents et Vice-présidente\nMarc VERT – Eve ROSE – Jean GRIS\n"
               "Christophe BRUN a donné pouvoir à Eve ROSE\nAndré MAUVE a donné pouvoir à Jean GRIS\n"
               "Étaient excusés : Luc OCRE\n")
    assert [n.split()[-1] for n in _present(doc)] == ["ROUX", "NOIR", "BLANC", "VERT", "ROSE", "GRIS"]
    assert _pairs(doc) == [("Christophe BRUN", "Eve ROSE"), ("André MAUVE", "Jean GRIS")]


def test_counts_with_dot_leaders_after_the_colon_and_titular_givers_and_substitutes_voting() -> None:
    doc = _doc("Conseil Communautaire\n\n26 septembre 2017\n\nCompte-Rendu\n\nL'an deux mil dix-sept, "
               "le 26 septembre, le Conseil Communautaire s'est réuni.\n\nConseillers en exercice : "
               "...... 12 Conseillers présents : ...... 6 Pouvoir(s) : ...... 2 Votants : ...... 8\n\n"
               "Conseillers titulaires présents :\n\nPaul ROUX, Anne NOIR, Eve BLANC, Luc VERT\n\n"
               "Conseillers suppléants présents ayant pris part au vote :\n\nMarc GRIS, Lise ROSE\n\n"
               "Conseillers titulaires absents ayant donnés pouvoir :\n\nJean OCRE à Paul ROUX, Marie BRUN à "
               "Anne NOIR\n\nConseillers excusés :\n\nYves MAUVE\n")
    assert (doc.members_in_office, doc.printed["present"], doc.printed["proxies"], doc.printed["voters"]) \
        == (12, 6, 2, 8)
    assert sorted(n.split()[-1] for n in _present(doc)) == ["BLANC", "GRIS", "NOIR", "ROSE", "ROUX", "VERT"]
    assert _pairs(doc) == [("Jean OCRE", "Paul ROUX"), ("Marie BRUN", "Anne NOIR")]


def test_givings_under_present_and_absent_headings_in_capitals_and_with_ditto_marks() -> None:
    doc = _doc("SÉANCE DU CONSEIL MUNICIPAL DU 26 JUIN 2017 PROCÈS VERBAL ETAIENT PRÉSENTS MM. Marc ROUX, "
               "Alain NOIR, Mme Anne BLANC. ETAIENT ABSENTS OU EXCUSÉS Mmes Annie VERT, Lise GRIS. Mme Annie "
               "VERT donne procuration à M. Marc ROUX Mme Lise GRIS donne procuration à Mme Anne BLANC ____ "
               "L'ordre du jour suivant a été examiné\n")
    assert [n.split()[-1] for n in _present(doc)] == ["ROUX", "NOIR", "BLANC"]
    assert [(g.split()[-1], h.split()[-1]) for g, h in _pairs(doc)] == [("VERT", "ROUX"), ("GRIS", "BLANC")]
    doc = _doc("COMPTE RENDU DU CONSEIL MUNICIPAL DU 1ER FEVRIER 2012\nEtaient présents : Tous les "
               "Conseillers "
               "Municipaux, à l'exception de :\n\nDaniel VERT        procuration    à        Anne BLANC\n"
               "Yves GRIS                «             Paul ROUX\nLise ROSE            «             Marc "
               "NOIR\n\n\n"
               "M. Paul ROUX est nommé Secrétaire de séance.\n")
    assert _pairs(doc) == [("Daniel VERT", "Anne BLANC"), ("Yves GRIS", "Paul ROUX"),
                           ("Lise ROSE", "Marc NOIR")]
    doc = _doc("COMPTE RENDU DU CONSEIL MUNICIPAL DU 15 NOVEMBRE 2019\nPrésents : M. ROUX, Mme NOIR, M. "
               "BLANC\n"
               "Pouvoirs de Vote : Monsieur le Maire dépose sur le bureau les pouvoirs de vote de : Mme VERT "
               "à "
               "M. ROUX Mme GRIS à M. BLANC\n\nConseillers municipaux absents ayant donné procuration : Jean "
               "ROSE procuration à Mme NOIR\n")
    assert [(g.split()[-1], h.split()[-1]) for g, h in _pairs(doc)] == [("VERT", "ROUX"), ("GRIS", "BLANC"),
                                                                          ("ROSE", "NOIR")]


def test_a_first_name_joined_to_its_surname_by_a_hyphen() -> None:
    from registre.reading.people import parse_name
    name = parse_name("Jean-METRAL")
    assert name is not None and (name.first, name.last) == ("Jean", "METRAL")
    assert parse_name("Jean-Pierre") is None or parse_name("Jean-Pierre").last != "PIERRE"  # type: ignore[union-attr]


def test_present_labels_with_a_dash_elected_members_and_titular_delegates() -> None:
    doc = _doc("CONSEIL MUNICIPAL DU 2 DECEMBRE 2019\n\nPrésents – ROUX Michel, NOIR Anne, BLANC Eve\n"
               "Absents/procurations : VERT Luc (pouvoir à ROUX Michel).\n")
    assert [n.split()[-1] for n in _present(doc)] == ["ROUX", "NOIR", "BLANC"]
    doc = _doc("COMPTE RENDU DU CONSEIL MUNICIPAL DU 13 FEVRIER 2019\n\nElu(e)s présent(e)s : Monsieur ROUX, "
               "Maire, Mesdames NOIR et BLANC, et Messieurs VERT et GRIS. Absent(e)(s) ayant donné "
               "procuration "
               ": Madame ROSE à Monsieur VERT. Secrétaire de séance : Monsieur GRIS.\n")
    assert [n.split()[-1] for n in _present(doc)] == ["ROUX", "NOIR", "BLANC", "VERT", "GRIS"]
    assert [(g.split()[-1], h.split()[-1]) for g, h in _pairs(doc)] == [("ROSE", "VERT")]
    doc = _doc("COMPTE RENDU DU CONSEIL COMMUNAUTAIRE DU 27 AVRIL 2015\n\nConseillers communautaires "
               "titulaires "
               "présents : Jean Roux (Bourg), Anne Noir (), Eve Blanc (Ville)\n\nConseillers communautaires "
               "suppléants présents : Luc Vert (Hameau)\n\nConseillers communautaires absents: Paul Gris\n")
    assert sorted(_present(doc)) == ["Anne Noir", "Eve Blanc", "Jean Roux", "Luc Vert"]


def test_an_abstention_far_from_the_votes_for_only_by_the_voters_named_in_brackets() -> None:
    from registre.reading.votes import read_vote
    names = ", ".join(f"Prénom{i} NOM{i}" for i in range(27))
    v = read_vote(f"LE CONSEIL MUNICIPAL, après en avoir délibéré,\n\nPar 27 voix POUR, ({names})\n\n"
                  "Et 1 abstention (Roger HERVE).\n\nAPPROUVE le projet.\n")
    assert v is not None and (v.for_, v.abstention) == (27, 1)
    v = read_vote(f"Par 27 voix POUR ({names}).\n\nLe conseil, pour le point suivant, dit que la commission "
                  "de la voirie, réunie la semaine dernière, a voté avec 2 abstentions une motion.\n")
    assert v is not None and v.for_ == 27 and v.abstention != 2


def test_mends_found_by_the_set_held_out_to_the_end() -> None:
    # A giving's « de » before its giver's civility under « Procuration(s) : »; an office printed
    # after a maire's surname is no member named Maire (« M. ROUX Maire, …, Mme NOIR Adjoints, … »).
    doc = _doc("COMPTE RENDU DU CONSEIL MUNICIPAL DU 10 NOVEMBRE 2016\nPrésent(s) : ROUX Anne, NOIR Max, "
               "BLANC Eve.\nProcuration(s) : de Monsieur VERT Luc à Monsieur NOIR Max.\n")
    assert [(g.split()[-1], h.split()[-1]) for g, h in _pairs(doc)] == [("VERT", "NOIR")]
    doc = _doc("PROCES VERBAL DU CONSEIL MUNICIPAL DU 29 AVRIL 2014\nEtaient présents : M. ROUX Maire, "
               "M. NOIR, Mme BLANC Adjoints, M. VERT, Mme GRIS\nAbsents : M. ROSE\n")
    assert "Maire ROUX" not in " ".join(_present(doc)) and "M. Maire ROUX" not in _present(doc)


def test_one_office_heading_alone_in_a_present_list() -> None:
    # (only « Adjoints : », no « Conseillers : » after it: the first name before it is still one)
    doc = _doc("PROCES VERBAL DE LA SEANCE DU 10 MAI 2011\nLe 10 mai 2011 à 19 h, le Conseil Municipal s'est "
               "réuni.\nPRESENTS : DURAND JP Adjoints : MARTIN A - PETIT L - ROUX MC - NOIR "
               "S\nABSENTS/EXCUSES : "
               "GRIS M procuration à PETIT L\n")
    assert _present(doc) == ["JP DURAND", "A MARTIN", "L PETIT", "MC ROUX", "S NOIR"]
