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
