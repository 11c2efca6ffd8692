"""Forms of the present list met in the texts of new authorities (session s21, set outside3):
« Mrs » for « Messieurs », a count printed alone after the label (« (18) », « [13] »), the list
running into the next heading after a full stop, an office without a name (« M. le Maire »),
names separated by « * », lists printed in several paragraphs. Short texts written here."""

from __future__ import annotations

import pytest

from .builders import ITEM, OPENING, names, proxies, read, sitting


def test_mrs_is_the_group_civility_of_messieurs() -> None:
    doc = sitting("Présents : MRS RIVIÈRE, PETIT, MME DUMAS, ROCHE.\n\nAbsents : MR BLANC.\n")
    # (not « MRS RIVIÈRE »: the group's word is no part of the first name)
    assert [doc.name(p) for p, _ in doc.present][:3] == ["M. RIVIÈRE", "M. PETIT", "Mme DUMAS"]
    assert len(doc.present) == 4
    doc = sitting("Etaient présents : Mmes DUMAS, ROCHE et VALLON. Mrs PETIT, NOIR et RIVIÈRE.\n"
                  "Excusés : Mr BLANC.\n")
    assert names(doc) == ["Mme DUMAS", "Mme ROCHE", "Mme VALLON", "M. PETIT", "M. NOIR", "M. RIVIÈRE"]


def test_a_count_alone_after_the_label_opens_the_list() -> None:
    doc = sitting("Etaient présents : (4)\nMmes et Mrs. Anne DUMAS, Louis PETIT, Hélène ROCHE, "
                  "Paul RIVIÈRE.\nAbsents : (1)\nMme Julie BLANC.\n")
    assert names(doc) == ["Anne DUMAS", "Louis PETIT", "Hélène ROCHE", "Paul RIVIÈRE"]
    assert doc.printed.get("present") == 4


def test_a_count_in_brackets_between_the_label_and_its_colon() -> None:
    doc = sitting("Présents (3) : Anne DUMAS, Louis PETIT, Hélène ROCHE\nExcusé : Paul NOIR\n")
    assert names(doc) == ["Anne DUMAS", "Louis PETIT", "Hélène ROCHE"]
    assert doc.printed.get("present") == 3


def test_a_count_in_square_brackets_after_the_label() -> None:
    doc = sitting("PRESENTS [3] : Paul RIVIÈRE, Anne DUMAS, Louis PETIT.\n"
                  "ABSENTS EXCUSES AYANT DONNE MANDAT DE VOTE [1]: Julie BLANC a donné pouvoir à Anne DUMAS\n"
                  "SECRETAIRE DE SEANCE : Louis PETIT\n")
    assert [doc.name(p) for p, _ in doc.present] == ["Paul RIVIÈRE", "Anne DUMAS", "Louis PETIT"]
    assert doc.printed.get("present") == 3
    assert proxies(doc) == [("Julie BLANC", "Anne DUMAS")]


def test_a_list_ends_at_the_full_stop_before_the_next_heading_cut_short() -> None:
    # (an excerpt cut inside the next label: « Etaient exc »)
    doc = read(OPENING + "Etaient présents : RIVIÈRE Paul, DUMAS Anne, PETIT Jean-Louis. Etaient exc")
    assert names(doc) == ["Paul RIVIÈRE", "Anne DUMAS", "Jean-Louis PETIT"]


def test_names_ended_by_stars_and_an_office_without_a_name() -> None:
    doc = sitting("Présents : M. le Maire* M. PETIT* Mme DUMAS* M. NOIR*\n\n"
                  "Avaient donné procuration : Mme ROCHE à Mme Dumas* M. BLANC à M. Petit*\n\n"
                  "Absents ou excusés : Mme VALLON*\n")
    assert names(doc) == ["M. PETIT", "Mme DUMAS", "M. NOIR"]
    assert proxies(doc) == [
        ("Mme ROCHE", "Mme DUMAS"), ("M. BLANC", "M. PETIT")]


def test_the_group_addressed_before_the_names_and_others_attending_after_them() -> None:
    doc = sitting("Étaient présents Mesdames et Messieurs les délégué(e)s du Syndicat : "
                  "Monsieur Paul RIVIÈRE (Bourg), Madame Anne DUMAS (Serres),\n"
                  "Avait donné pouvoir : Madame Julie BLANC (Vira) à Monsieur Paul RIVIÈRE (Bourg),\n"
                  "Ainsi que : Monsieur Marc VALLON (chambre d'agriculture),\n")
    assert names(doc) == ["M. Paul RIVIÈRE", "Mme Anne DUMAS"]
    pairs = proxies(doc)
    assert pairs == [("Mme Julie BLANC", "M. Paul RIVIÈRE")]


def test_a_column_of_names_cut_into_paragraphs_is_one_list() -> None:
    doc = sitting("ETAIENT PRÉSENTS :\nMM Paul RIVIÈRE\n\nAnne DUMAS\nLouis PETIT\nHélène ROCHE\n\n"
                  "Marc VALLON\nJean Louis NOIR\n\nETAIENT REPRESENTES :\nJulie BLANC par Anne DUMAS\n")
    assert [doc.member(p).last for p, _ in doc.present] == [  # type: ignore[union-attr]
        "RIVIÈRE", "DUMAS", "PETIT", "ROCHE", "VALLON", "NOIR"]


@pytest.mark.parametrize(("lists", "expected"), [
    pytest.param("Membres présents :\n\nPaul Rivière, Maire,\n\n"
                 "Anne Dumas, Louis Petit, Adjoints\n\n"
                 "Hélène Roche, Marie- Vallon, Jean-Marc Noir, Conseillers Municipaux.\n\n"
                 "Membres absents : /\n",
                 ["Paul Rivière", "Anne Dumas", "Louis Petit", "Hélène Roche", "Marie Vallon",
                  "Jean-Marc Noir"], id="groups-by-office-in-paragraphs"),
    pytest.param("Présents :\n\nPour l'opposition : Mme DUMAS – Mr PETIT - Mr NOIR\n\n"
                 "Pour la Majorité : Mme ROCHE - Mr RIVIÈRE – Mme VALLON\n\nLes Pouvoirs :\n\n"
                 "Mme BLANC donne pouvoir à Mme DUMAS\n",
                 ["Mme DUMAS", "M. PETIT", "M. NOIR", "Mme ROCHE", "M. RIVIÈRE", "Mme VALLON"],
                 id="groups-under-headings-of-their-own"),
    pytest.param("Présents :\nAnne DUMAS\nLouis PETIT\n\n"
                 "Le conseil approuve le compte rendu.\n",
                 ["Anne DUMAS", "Louis PETIT"], id="prose-ends-a-column-of-names"),
    pytest.param("  • Nombre de conseillers en exercice : 5/5\n"
                 "  • Nombre de conseillers présents : 3 : DUMAS Anne, PETIT Louis, ROCHE Hélène ;\n"
                 "  • Excusés : BLANC Julie et NOIR Marc ;\n",
                 ["Anne DUMAS", "Louis PETIT", "Hélène ROCHE"],
                 id="the-count-of-present-members-then-their-names"),
    pytest.param("Présents : MM. PETIT, NOIR, Mmes ROCHE et DUMAS. Etait absent : M. BLANC.\n",
                 ["M. PETIT", "M. NOIR", "Mme ROCHE", "Mme DUMAS"],
                 id="a-singular-label-after-the-full-stop"),
])
def test_the_present_list_is_read(lists: str, expected: list[str]) -> None:
    assert names(sitting(lists)) == expected


@pytest.mark.parametrize(("lists", "warning"), [
    # « NOM I. » entries, one comma lost: the names cannot be told apart safely
    pytest.param("Etaient présents : DUMAS A., PETIT JL., ROCHE H., NOIR P., VALLON C. BLANC JM. "
                 "Délégués excusés : RIVIÈRE P.\n", "initiales seules",
                 id="initials-alone-after-a-lost-comma"),
    pytest.param("Présents Paul RIVIÈRE, Anne DUMAS, Louis PETIT, Hélène ROCHE, Marc VALLON, "
                 "Julie BLANC, Jean NOIR. Absents excusés Hélène ROCHE, Marc VALLON et Julie BLANC. "
                 "Secrétaire de séance Anne DUMAS.", "aussi absents", id="members-present-and-said-absent"),
])
def test_a_doubtful_list_is_withheld_with_a_warning(lists: str, warning: str) -> None:
    doc = sitting(lists)
    assert doc.present == []
    assert any(warning in w for w in doc.warnings)


def test_a_web_page_s_tags_and_initials_of_a_compound_first_name() -> None:
    doc = sitting("PRESENTS :<br />\n\nMaires Délégués : M. DUMAS J.P., M. PETIT J.CL.,<br />\n\n"
                  "Conseillers Municipaux : M. ROCHE J.CL., Mme <strong>DU</strong>VAL I., M.NOIR J., "
                  "M.BLANC M.<br />\n\nABSENTS EXCUSES :.<br />\n\n"
                  "MEMBRES CONSULTATIFS PRESENTS : Mme VALLON F, M. RIVIÈRE R.,<br />\n")
    assert [doc.member(p).last for p, _ in doc.present] == [  # type: ignore[union-attr]
        "DUMAS", "PETIT", "ROCHE", "DUVAL", "NOIR", "BLANC"]
    assert [doc.member(p).first for p, _ in doc.present][1:3] == ["J.CL", "J.CL"]  # type: ignore[union-attr]


def test_a_label_without_its_colon_before_a_name() -> None:
    doc = read("SEANCE DU CONSEIL MUNICIPAL DU 8 MARS 2029 Présents Paul RIVIÈRE, Maire ; Anne DUMAS, "
               "Louis PETIT Adjoints, Hélène ROCHE, Marc VALLON, Conseillers Municipaux. Absents représentés "
               "par procuration Julie BLANC à Anne DUMAS." + ITEM)
    assert names(doc) == ["Paul RIVIÈRE", "Anne DUMAS", "Louis PETIT", "Hélène ROCHE", "Marc VALLON"]
