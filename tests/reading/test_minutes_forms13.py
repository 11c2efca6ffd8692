"""Forms of the thirteenth round (session s30: the recovered outside sets and a fresh set,
docs/reading.md « Treizième tour »), each written here in words of our own."""

from __future__ import annotations

from registre.reading.normalise import normalise
from tests.reading.forms import doc_of, pairs_of, present_of

_doc, _present, _pairs = doc_of, present_of, pairs_of

_HEAD = "COMMUNE DE BIDULE\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL\nSéance du 3 février 2022\n"


def test_the_mayor_by_office_with_a_capital_article_then_his_name() -> None:
    # « Monsieur Le Maire, Jean DUVAL »: the office, then the name it is of; no member named « Le ».
    doc = _doc(_HEAD + "Présents : Monsieur Le Maire, Jean DUVAL, Mesdames Anne Morel – Rose Petit - "
               "Messieurs Paul Girard – Luc Simon\nAbsent : Marc Noir\n")
    assert _present(doc) == ["Jean DUVAL", "Mme Anne Morel", "Mme Rose Petit", "M. Paul Girard",
                             "M. Luc Simon"]


def test_maitre_before_a_name_is_a_title_not_a_first_name() -> None:
    doc = _doc(_HEAD + "Etaient présents : Mr ALBERT Jonas, Me BRUNET-CAZE Valérie, Mme DUPRÉ Lucie, "
               "Mr FAUCON René.\nAbsents : néant\n")
    assert _present(doc) == ["M. Jonas ALBERT", "Valérie BRUNET-CAZE", "Mme Lucie DUPRÉ", "M. René FAUCON"]


def test_a_surname_of_three_capitalised_words_then_the_first_name() -> None:
    doc = _doc(_HEAD + "Présents : M. ROCHE Paul, Maire, Mme MARTIN DIT LEBLANC Sophie, M. VIAL Henri, "
               "adjoints, MM. BOYER Louis, TESSIER Marc\nAbsents : néant\n")
    assert _present(doc) == ["M. Paul ROCHE", "Mme Sophie MARTIN DIT LEBLANC", "M. Henri VIAL",
                             "M. Louis BOYER", "M. Marc TESSIER"]


def test_d_whose_apostrophe_was_lost_inside_a_surname_in_capitals() -> None:
    doc = _doc(_HEAD + "Étaient présents : Monsieur ARNAUD, Madame BERTIN, Monsieur FOUCAULT D ORMESSAN, "
               "Monsieur GIRAUD, Monsieur LE GALL P, Madame ROUX.\n")
    assert _present(doc) == ["M. ARNAUD", "Mme BERTIN", "M. FOUCAULT D ORMESSAN", "M. GIRAUD",
                             "M. P LE GALL", "Mme ROUX"]


def test_a_commune_heading_run_into_the_last_name_of_the_commune_before() -> None:
    # Delegates commune by commune; one commune's full stop lost: its heading follows a surname.
    doc = _doc("COMMUNAUTÉ DE COMMUNES DU TRUC\nCONSEIL COMMUNAUTAIRE\nSéance du 4 mai 2019\n"
               "Etaient présents : ARVERT : M. Jean PAGE, Mme Rose ROY. BIRON : M. Marc DAUX. "
               "CRAON : M. René ROUX, Mme Anne BLANC SAINT-AMAND-SUR-LOIR : Mme Eve LOUP. "
               "TOURY : M. Luc LOGE.\n\nEtaient excusés : M. Alain BRUN.\n")
    assert _present(doc) == ["M. Jean PAGE", "Mme Rose ROY", "M. Marc DAUX", "M. René ROUX", "Mme Anne BLANC",
                             "Mme Eve LOUP", "M. Luc LOGE"]


def test_civilities_glued_to_surnames_in_capitals_among_civilities_printed_apart() -> None:
    # « M.AYMARD »: the conversion glued the civility; the holder is the present « M. AYMARD ».
    doc = _doc("COMPTE-RENDU DU CONSEIL COMMUNAUTAIRE DU 13 DECEMBRE 2019\n"
               "Etaient présents (5) : M. BERNARD, M.CAZALS, Mme DELMAS, M. FABRE, M.GARRIGUES.\n"
               "Absent représenté (2) : Mme HUGUET a donné pouvoir à M.BERNARD, M.JULIEN a donné pouvoir à "
               "Mme DELMAS.\n")
    assert _present(doc) == ["M. BERNARD", "M. CAZALS", "Mme DELMAS", "M. FABRE", "M. GARRIGUES"]
    assert _pairs(doc) == [("Mme HUGUET", "M. BERNARD"), ("M. JULIEN", "Mme DELMAS")]


def test_a_glued_initial_elsewhere_keeps_m_dot_an_initial() -> None:
    # « J.DUPONT » glues initials to surnames: « M.DURAND » may be Marc DURAND's.
    text = _HEAD + "Présents : J.DUPONT, M.DURAND, P.MARTIN, Mme ROUX, M. SIMON, M. TESSIER.\n"
    assert "M.DURAND" in normalise(text)
    assert "M. DURAND" in normalise(text.replace("J.DUPONT", "Mme DUPONT").replace("P.MARTIN", "M. MARTIN"))


def test_a_commune_heading_without_a_blank_before_its_colon_nor_a_civility_after() -> None:
    doc = _doc("CONSEIL COMMUNAUTAIRE DU 17 DÉCEMBRE 2019\nPrésents : ARNAC: Mme Hélène VIGUIÉ BOZOULS: "
               "Eliane LABRO, CAYRAC: M. Mathieu ALBAN, Gérard TAURIAC, ESPALION : M. Michel MAS, "
               "LAGUIOLE : M. Jean SANNE.\nExcusés : M. Paul RIEU.\n")
    assert _present(doc) == ["Mme Hélène VIGUIÉ", "Eliane LABRO", "M. Mathieu ALBAN", "Gérard TAURIAC",
                             "M. Michel MAS", "M. Jean SANNE"]


def test_first_name_then_name_lists_whose_dashes_were_glued_or_lost() -> None:
    # Dashes between « Prénom Nom » entries glued to a name on one side, or lost; a cut hyphen
    # inside a first name (« Anne- Lise ») is no separator.
    doc = _doc(_HEAD + "Présents : Marie-Jo Carré – Anne Thomas – Paul Lebrun- Yves Morin - "
               "Henri Pape Anne Riou – Roger Mérel -Jean-Marc Bodin – Anne- Lise Guéno – Léa Salaün\n"
               "Absents : néant\n")
    assert _present(doc) == ["Marie-Jo Carré", "Anne Thomas", "Paul Lebrun", "Yves Morin", "Henri Pape",
                             "Anne Riou", "Roger Mérel", "Jean-Marc Bodin", "Anne-Lise Guéno", "Léa Salaün"]


def test_a_name_of_four_words_in_lower_case_is_one_name_unless_its_third_is_a_first_name() -> None:
    doc = _doc(_HEAD + "Présents : Paul Thien Ah Kim, Anne Vidal, Marc Hoarau, Rose Payet, Yves Robert\n")
    assert _present(doc) == ["Paul Thien Ah Kim", "Anne Vidal", "Marc Hoarau", "Rose Payet", "Yves Robert"]


def test_labels_in_capitals_with_their_accented_capital_e() -> None:
    doc = _doc(_HEAD + "ÉTAIENT PRÉSENTS : M. Jean AUBRY, Mme Rose BLANC, M. Paul CARRE, Mme Lise DUBOIS.\n"
               "ÉTAIENT REPRESENTES : M. Luc ESTEVE a donné pouvoir à M. Jean AUBRY Mme Eve FORT a donné "
               "pouvoir à Mme Lise DUBOIS ÉTAIT ABSENT OU EXCUSE : aucun\nSecrétaire : Mme Rose BLANC\n")
    assert _present(doc) == ["M. Jean AUBRY", "Mme Rose BLANC", "M. Paul CARRE", "Mme Lise DUBOIS"]
    assert _pairs(doc) == [("M. Luc ESTEVE", "M. Jean AUBRY"), ("Mme Eve FORT", "Mme Lise DUBOIS")]


def test_one_member_absent_excused_and_represented_in_capitals() -> None:
    doc = _doc(_HEAD + "ETAIENT PRESENTS :\nM. Jean AUBRY\nMme Rose BLANC\nM. Paul CARRE\n"
               "ETAIT ABSENTE EXCUSEE ET REPRESENTEE :\nMme Lise DUBOIS donne pouvoir à M. Paul CARRE\n"
               "SECRETAIRE DE SEANCE : M. Jean AUBRY\n")
    assert _present(doc) == ["M. Jean AUBRY", "Mme Rose BLANC", "M. Paul CARRE"]
    assert _pairs(doc) == [("Mme Lise DUBOIS", "M. Paul CARRE")]


def test_the_members_elected_then_the_absent_who_had_given_a_proxy() -> None:
    doc = _doc(_HEAD + "Membres en exercice : 6. Membres présents : 4. Etaient présents les élus suivants : "
               "M. AUBRY Jean, Mme BLANC Rose, M. CARRE Paul, Mme DUBOIS Lise, conseillers municipaux. "
               "Etaient absents et avaient donné pouvoir : M. ESTEVE Luc à M. AUBRY Jean Mme FORT Eve à "
               "Mme BLANC Rose. N°1 : BUDGET\n")
    assert _present(doc) == ["M. Jean AUBRY", "Mme Rose BLANC", "M. Paul CARRE", "Mme Lise DUBOIS"]
    assert _pairs(doc) == [("M. Luc ESTEVE", "M. Jean AUBRY"), ("Mme Eve FORT", "Mme Rose BLANC")]


def test_mandates_given_and_proxies_counted_at_two_moments() -> None:
    doc = _doc(_HEAD + "Etaient présents : Mme AUBRY, M. BLANC, Mme CARRE et M. DUBOIS Avaient donné "
               "mandat : Mme ESTEVE à M. BLANC et M. FORT à Mme CARRE Mme CARRE est désignée secrétaire.\n")
    assert _pairs(doc) == [("Mme ESTEVE", "M. BLANC"), ("M. FORT", "Mme CARRE")]
    doc = _doc(_HEAD + "Présents : Jean AUBRY, Rose BLANC, Paul CARRE. Procurations (2/1) : Luc ESTEVE à "
               "Jean AUBRY (jusqu'au point 3), Eve FORT à Rose BLANC. Conseillers en fonction : 5\n")
    assert [g for g, _ in _pairs(doc)] == ["Luc ESTEVE", "Eve FORT"]


def test_holders_of_a_proxy_in_brackets_one_bracket_left_open() -> None:
    doc = _doc(_HEAD + "Etaient présents : Mme AUBRY, M. BLANC Paul (porteur d'un pouvoir de M.\nGIRAUD), "
               "Mme CARRE (porteur d'un pouvoir de Mme HUET, M. DUBOIS (porteur d'un pouvoir de M. IMBERT), "
               "M. ESTEVE\nFormant la majorité des membres en exercice.\n")
    assert _present(doc) == ["Mme AUBRY", "M. Paul BLANC", "Mme CARRE", "M. DUBOIS", "M. ESTEVE"]
    assert _pairs(doc) == [("M. GIRAUD", "M. Paul BLANC"), ("Mme HUET", "Mme CARRE"),
                           ("M. IMBERT", "M. DUBOIS")]


def test_excused_under_a_singular_verb_and_givings_headed_pouvoir_de() -> None:
    doc = _doc(_HEAD + "Etaient présents :\nARVAL : Jean PAGE\nBRION : Rose ROY, Marc DAUX\n"
               "CORAN : Paul VIDAL\nEtait excusés :\nLuc LOGE, Eve LOUP\nEtaient absents :\nAnne BRUN\n"
               "POUVOIR DE :\nLuc LOGE à Rose ROY\nEve LOUP à Jean PAGE\nMembres en exercice : 6\n")
    assert _present(doc) == ["Jean PAGE", "Rose ROY", "Marc DAUX", "Paul VIDAL"]
    assert _pairs(doc) == [("Luc LOGE", "Rose ROY"), ("Eve LOUP", "Jean PAGE")]


def test_each_giving_led_by_de() -> None:
    doc = _doc(_HEAD + "Présents : Jean PAGE, Rose ROY, Marc DAUX.\n\nProcurations :\n\n"
               "De Monsieur Luc LOGE à Monsieur Jean PAGE, De Madame Eve LOUP à Madame Rose ROY.\n")
    assert _pairs(doc) == [("M. Luc LOGE", "Jean PAGE"), ("Mme Eve LOUP", "Rose ROY")]


def test_communes_alone_on_their_lines_and_givers_with_their_communes() -> None:
    doc = _doc("CONSEIL COMMUNAUTAIRE DU 26 JANVIER 2016\nAPPEL NOMINAL\nPrésents :\nCommune d'Arvillard\n"
               "M. Jean PAGE, Mme Rose ROY\nCommune de Bellecombe\nM. Marc DAUX, Mme Anne\nBRUN\n"
               "Commune du Cheylas\nM. Paul VIDAL\nProcurations :\nM. Luc Henri LOGE, Commune d'Arvillard\n"
               "Mme Eve LOUP, Commune du Cheylas\nPrésents : 5\n")
    assert _present(doc) == ["M. Jean PAGE", "Mme Rose ROY", "M. Marc DAUX", "Mme Anne BRUN", "M. Paul VIDAL"]
    assert _pairs(doc) == [("M. Luc Henri LOGE", None), ("Mme Eve LOUP", None)]


def test_all_the_members_in_office_but_one_represented() -> None:
    doc = _doc(_HEAD + "Etaient présents : Mesdames et Messieurs les membres en exercice, "
               "à l'exception de :\n\n- Monsieur Luc LOGE, représenté par Monsieur Jean PAGE "
               "Était absent : M. Marc DAUX\n\nSecrétaire de séance : Mme Rose ROY\n")
    assert _pairs(doc) == [("M. Luc LOGE", "M. Jean PAGE")]


def test_items_under_affaires_a_deliberer_before_any_vote() -> None:
    # The page ends before the first vote: the numbered headings under « AFFAIRES A DELIBERER » are
    # the items (the unnumbered approval of the last minutes above them is none).
    doc = _doc(_HEAD + "Présents : Jean PAGE, Rose ROY, Marc DAUX.\n____\n- Approbation du compte rendu du "
               "Conseil municipal du 14 décembre 2021\nAPPROUVE à l'unanimité\nAFFAIRES A DELIBERER\n"
               "1- Débat d'Orientations Budgétaires 2022\n(Cf annexe 1)\nI -PÔLE CADRE DE VIE\n"
               "2 - Cession d'une maison rue des Lilas\nLa maison est en vente depuis 2020 et")
    assert [(d.parsed.number, d.parsed.title) for d in doc.deliberations] == [
        ("1", "Débat d'Orientations Budgétaires 2022"), ("2", "Cession d'une maison rue des Lilas")]
    assert doc.deliberations[0].parsed.printed_vote is None


def test_another_bodys_unanimous_decision_told_in_the_account_is_not_the_vote() -> None:
    doc = _doc(_HEAD + "Présents : Jean PAGE, Rose ROY, Marc DAUX.\n\n"
               "1. MODIFICATION DES STATUTS DU SYNDICAT DES EAUX\n\n"
               "Madame l'Adjointe explique qu'en séance du 13 février 2022, le Comité du Syndicat des Eaux "
               "a approuvé, à l'unanimité, la modification de ses statuts, comme suit :\n\n"
               "Article 1 : le syndicat a pour objet\n\n2. VOIRIE\n\nAdopté à l'unanimité.\n")
    assert doc.deliberations[0].parsed.printed_vote is None
    vote = doc.deliberations[1].parsed.printed_vote
    assert vote is not None and vote.unanimous
    # The item's own vote after the account is read, where it is printed (its scope with it).
    doc = _doc(_HEAD + "Présents : Jean PAGE, Rose ROY, Marc DAUX.\n\n1. MUR DE L'EGLISE\n\n"
               "Madame X rappelle que le Conseil, en séance du 11 septembre 2021 avait approuvé à "
               "l'unanimité le projet de conservation.\nUn devis a été reçu.\n\n"
               "Après en avoir délibéré, le Conseil Municipal, à l'unanimité des membres présents, "
               "approuve le devis.\n\n2. VOIRIE\n\nAdopté par 10 voix pour et 2 contre.\n")
    vote = doc.deliberations[0].parsed.printed_vote
    assert vote is not None and vote.unanimous and vote.unanimity_scope == "des membres présents"


def test_a_document_page_with_its_inline_tags_and_its_upload_date() -> None:
    # A PDF turned into a web page: its upload date first, the words cut by inline tags, the lines
    # run together; the sitting's date is the title's, not the page's.
    doc = _doc("13.07.2015 Views\n\nEXTRAITS du PROCES-VERBAL ...\n\nSHOW "
               "MORE\n\n1Compte-Ren<strong>du</strong> "
               "AFFICHE le :09.03.12DIRECTION<strong>EXTRAITS</strong> <strong>du</strong> <strong>PROCES"
               "</strong>-<strong>VERBAL</strong><strong>de</strong> <strong>la</strong> <strong>SEANCE"
               "</strong> <strong>du</strong> <strong>CONSEIL</strong> MUNICIPAL<strong>du</strong> 7 "
               "MARS 2012La séance du Conseil Municipal est ouverte à 18 heures 30.\n")
    assert str(doc.session_date) == "2012-03-07"
    doc = _doc("12.07.2015 Views\n\n<strong>COMPTE</strong>-<strong>REN<strong>DU</strong></strong> "
               "<strong>DE</strong> L'ASSEMBLÉE <strong>GÉNÉRALE</strong> <strong>DU</strong> <strong>12"
               "</strong> <strong>DE</strong>CEMBRE 2007Le douze décembre deux mil sept, le Comité Syndical "
               "s'est assemblé.\n")
    assert str(doc.session_date) == "2007-12-12"
    doc = _doc("<strong>SEANCE</strong> <strong>DU</strong> <strong>15</strong> <strong>AVRIL</strong> "
               "<strong>2011</strong>L'An <strong>de</strong>ux mil onze, le quinze avril, les membres du "
               "Conseil "
               "Municipal se sont réunis sur la convocation adressée le sept avril <strong>de</strong>uxmil "
               "onze.\n")
    assert (str(doc.session_date), str(doc.convocation_date)) == ("2011-04-15", "2011-04-07")


def test_a_roll_call_all_in_capitals_with_its_givings() -> None:
    doc = _doc(_HEAD + "PRESENTS : JEAN PAGE, ROSE ROY, MARC DAUX, ANNE VIDAL. EXCUSES REPRESENTES PAR "
                       "POUVOIR : "
               "LUC LOGE, POUVOIR A JEAN PAGE ; EVE LOUP, POUVOIR A ANNE VIDAL. ABSENTS : PAUL BRUN. Rose "
               "ROY est "
               "élue secrétaire de séance.\n")
    assert _present(doc) == ["JEAN PAGE", "ROSE ROY", "MARC DAUX", "ANNE VIDAL"]
    assert [g for g, _ in _pairs(doc)] == ["LUC LOGE", "EVE LOUP"]
    assert [h for _, h in _pairs(doc)] == ["JEAN PAGE", "ANNE VIDAL"]


def test_groups_by_office_their_offices_in_capitals_and_a_dash_glued_before_a_civility() -> None:
    doc = _doc(_HEAD + "PRESENTS : Monsieur CRUCET Paul – Madame LANGE Rose – Monsieur PULLY Marc– Madame "
               "MENARD GAUTIER Anne ADJOINTS\n\nMesdames et Messieurs – GILLES Régine – MAGNE Michel – "
               "DUTRIEUX "
               "Bruno – ELOI Jason CONSEILLERS MUNICIPAUX.\n\nSECRETAIRE DE SEANCE : Madame LANGE Rose\n")
    assert _present(doc) == ["M. Paul CRUCET", "Mme Rose LANGE", "M. Marc PULLY", "Mme Anne MENARD GAUTIER",
                             "Régine GILLES", "Michel MAGNE", "Bruno DUTRIEUX", "Jason ELOI"]


def test_an_initial_glued_to_a_first_name_at_the_end_of_a_surname_first_entry() -> None:
    doc = _doc(_HEAD + "Présents : Quinet Michel – Loin Bruno – Druot M.Claire – Fruchet Geneviève.\n\n"
               "Absents excusés : Lenoir Philippe.\n")
    assert len(doc.present) == 4
    assert any("Druot" in n and "Claire" in n for n in _present(doc))


def test_delegates_under_pour_la_commune_de_and_givings_dated() -> None:
    doc = _doc("CONSEIL COMMUNAUTAIRE SEANCE DU 27 FEVRIER 2018\n\nETAIENT PRESENTS : Mesdames et Messieurs "
               "Pour la commune de BEGUEY : Martine SALLES Pour la commune de CISSE : Jean MINOT, Paul "
               "LATOUR "
               "Pour la commune d’: Thierry PIC Pour la commune de : Florent FATOU\n\nETAIENT EXCUSES ET "
               "REPRESENTES PAR POUVOIR : Anne SCOTTI ayant donné pouvoir à Paul LATOUR en date du 26 "
               "février "
               "2018, Rose ABADIE ayant donné pouvoir à Florent FATOU en date du 27/02/2018,\n\n"
               "ETAIENT EXCUSES : Luc BENOIT\n")
    assert _present(doc) == ["Martine SALLES", "Jean MINOT", "Paul LATOUR", "Thierry PIC", "Florent FATOU"]
    assert _pairs(doc) == [("Anne SCOTTI", "Paul LATOUR"), ("Rose ABADIE", "Florent FATOU")]


def test_members_present_in_capitals_alone_on_a_line_and_the_page_number_after_the_list() -> None:
    doc = _doc("Séance du jeudi 03 mai 2012\nSecrétaire de séance : Monsieur ROSSI\nMEMBRES PRÉSENTS\n"
               "MM. Etienne MOURET, Léon ROSSI, Anne\nCHALLE, Jacques ROSIER, Anne-Marie "
               "ROQUE,\nClaude\nBERNARD, "
               "Claudette BRUN.\n1\nMonsieur le Député-Maire ouvre la séance à 18.30 heures.\n")
    assert _present(doc) == ["M. Etienne MOURET", "M. Léon ROSSI", "M. Anne CHALLE", "M. Jacques ROSIER",
                             "M. Anne-Marie ROQUE", "M. Claude BERNARD", "M. Claudette BRUN"]


def test_counts_whose_figure_is_on_the_line_after_a_label_saying_when() -> None:
    doc = _doc("COMMUNE DE TRUC\nCOMPTE RENDU, PAR EXTRAIT\nde la Séance ordinaire du lundi 23 Mai 2016\n"
               "Nombre effectif et légal des membres du Conseil Municipal.\n27\nNombre des membres en "
               "exercice "
               "actuellement\n27\nNombre des membres présents à la séance\n22\nNombre des membres ayant "
               "signé "
               "la délibération\n22 + 5 procurations\n-=-=-=-=\nL'an deux mil seize, le 23 mai, le Conseil "
               "Municipal s'est réuni.\n")
    assert (doc.members_in_office, doc.printed["present"]) == (27, 22)


def test_a_count_glued_to_the_next_label_on_a_document_page() -> None:
    doc = _doc("13.07.2015 Views\n\n<strong>EXTRAITS</strong> <strong>du</strong> "
               "<strong>PROCES</strong>-VERBAL de la SEANCE du CONSEIL MUNICIPAL du 7 MARS 2012 La séance "
               "est ouverte.Nombre de Conseillers en exercice ...... 43Présents ............ 35Excusés "
               "............ 8Absents ........ 0\n")
    assert (doc.members_in_office, doc.printed["present"]) == (43, 35)


def test_a_numbered_present_list_beside_a_box_of_counts() -> None:
    # « présents : 1 - M X » and « Nombre de conseillers 2 - M Y »: the list's numbers, not counts;
    # the box's own figures, run into the list, are read.
    doc = _doc("PROCES-VERBAL DU CONSEIL MUNICIPAL DE LA COMMUNE DE TRUC\nL'an deux mille seize le neuf "
               "novembre, le Conseil Municipal s'est réuni. Étaient présents : 1 - M Jacques SEVRE, Maire "
               "Nombre de conseillers 2 - M Jean FICHE, Maire adjoint En exercice : 6 3 - Mme Éliane LOIRE, "
               "Maire adjoint Quorum : 4 4 - M Pierre SORLAIN Présents : 4 Représentées : 2 Votants : 6 "
               "Étaient absents représentés : Mme Anne DEQUIN pouvoir à M Jacques SEVRE\n")
    assert (doc.members_in_office, doc.printed["present"], doc.printed["voters"]) == (6, 4, 6)


def test_givers_with_their_offices_before_their_brackets_and_a_comma_inside_the_label() -> None:
    doc = _doc(_HEAD + "Étaient présents : M. Jean PAGE, Mme Rose ROY, M. Marc DAUX, Mme Anne VIDAL.\n"
               "Absents excusés : M. Luc LOGE, Adjoint au Maire (pouvoir à M.\nJean PAGE), Mme Eve LOUP, "
               "Conseillère Municipale\n(pouvoir à Mme Anne VIDAL)\nMme Rose ROY a été désignée "
               "secrétaire.\n")
    assert _pairs(doc) == [("M. Luc LOGE", "M. Jean PAGE"), ("Mme Eve LOUP", "Mme Anne VIDAL")]
    doc = _doc(_HEAD + "Présents : Jean PAGE, Rose ROY, Marc DAUX\n\nAbsents, excusés ayant donné "
                       "procuration : "
               "Luc LOGE (pouvoir à Jean PAGE), Eve LOUP (pouvoir à Rose ROY)\n\nSecrétaire de séance : M. "
               "DAUX\n")
    assert _pairs(doc) == [("Luc LOGE", "Jean PAGE"), ("Eve LOUP", "Rose ROY")]


def test_givings_after_the_first_written_without_their_verb() -> None:
    doc = _doc(_HEAD + "Présents : MM. AUBRY, BLANC, CARRE, DUBOIS, FAURE.\n\nMme ESTEVE avait donné "
                       "pouvoir à "
               "M. AUBRY, Mme GIRAUD à M BLANC, M. HUET à M. CARRE.\n\nMadame FAURE remplit les fonctions de "
               "secrétaire de séance.\n")
    assert [g for g, _ in _pairs(doc)] == ["Mme ESTEVE", "Mme GIRAUD", "M. HUET"]
    assert [h for _, h in _pairs(doc)] == ["M. AUBRY", "M. BLANC", "M. CARRE"]
