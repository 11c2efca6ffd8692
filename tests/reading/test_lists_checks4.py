"""Cross-checks that withhold a present list which is probably wrong (session s22, round 4): its
length against the present count printed (or votants − pouvoirs), and names that are not
persons' (a place's or a role's words). Short texts written here; names and authorities invented."""

from __future__ import annotations

from .builders import SYNDICATE_ITEM, SYNDICATE_OPENING, names, read, withheld

_OPENING, _ITEM = SYNDICATE_OPENING, SYNDICATE_ITEM
_TWELVE = ("Paul GARNIER, Léa MOREAU, Hugo PERRIN, Louis ROUX, Anne BLANC, Marc FAURE, Rémi SIMON, "
           "Jean DUVAL, Rose LEROY, Eve NOIR, Luc MARTEL, Inès VIDAL")


def test_a_list_far_longer_than_the_printed_count_is_withheld() -> None:
    # « Présents : 8 » over twelve names: words that are not members read as names
    doc = read(_OPENING + "Nombre de délégués en exercice : 20, présents : 8, votants : 8\n"
               f"Étaient présents : {_TWELVE}.\n" + _ITEM)
    assert withheld(doc, "trop longue (12 noms pour 8 présents imprimés)")


def test_a_list_one_over_the_printed_count_is_kept() -> None:
    doc = read(_OPENING + "Nombre de délégués en exercice : 20, présents : 11, votants : 11\n"
               f"Étaient présents : {_TWELVE}.\n" + _ITEM)
    assert len(names(doc)) == 12


def test_voters_less_proxies_bound_the_list_when_no_present_count_is_printed() -> None:
    # « Votants : 10 », « Pouvoirs : 3 »: 7 present, not twelve
    doc = read(_OPENING + "Nombre de délégués en exercice : 20, votants : 10, pouvoirs : 3\n"
               f"Étaient présents : {_TWELVE}.\n" + _ITEM)
    assert withheld(doc, "d'après 10 votants et 3 pouvoirs")


def test_a_list_far_shorter_than_voters_less_proxies_is_withheld() -> None:
    # « Votants : 20 », « Pouvoirs : 2 »: 18 present, not twelve names (a list cut short)
    doc = read(_OPENING + "Nombre de délégués en exercice : 24, votants : 20, pouvoirs : 2\n"
               f"Étaient présents : {_TWELVE}.\n" + _ITEM)
    assert withheld(doc, "incomplète (12 noms pour 18 présents d'après 20 votants et 2 pouvoirs")


def test_a_column_of_communes_leading_each_group_is_dropped() -> None:
    # « Bourg sur Lisse M. DUVAL Jean » : each group between semicolons led by its commune's name
    # (s24: the communes are dropped, the list read; it was withheld before)
    doc = read(_OPENING + "Étaient présents :\nArville M. GARNIER Paul, Mme MOREAU Léa ; Bourg sur Lisse "
               "M. DUVAL Jean ; Corville M. PERRIN Hugo, M. ROUX Louis ; Dampierre en Forêt Mme BLANC Anne ; "
               "Erville Mme FAURE Rose, M. SIMON Rémi ; Fauville M. NOIR Luc\n"
               "Absents excusés : M. VIDAL Marc\n" + _ITEM)
    assert len(doc.present) == 9
    assert not any("n'est pas un nom de personne" in w or "sans civilité" in w or "ne sont pas un nom" in w
                   for w in doc.warnings)


def test_names_with_a_civility_but_two_bare_words_are_withheld() -> None:
    # Nearly every name has « M. » or « Mme »; two bare ones are communes' names, not members'
    doc = read(_OPENING + "Étaient présents : M. Paul GARNIER, Mme Léa MOREAU, Val Arville, M. Hugo PERRIN, "
               "M. Louis ROUX, Mme Anne BLANC, Mont Breville, M. Marc FAURE, M. Rémi SIMON, M. Jean DUVAL, "
               "Mme Rose LEROY.\n" + _ITEM)
    assert withheld(doc, "sans civilité")


def test_a_surname_like_a_place_word_is_a_name() -> None:
    # « Pierre VILLE » is a person: only role words withhold
    doc = read(_OPENING + "Étaient présents : Paul GARNIER, Pierre VILLE, Léa MOREAU, Hugo PERRIN.\n" + _ITEM)
    assert "Pierre VILLE" in names(doc)


def test_a_bracket_then_a_bracketed_name_ends_the_first_name() -> None:
    # « Leroy (St Launeuc) Jaigu (Trémorel) »: each name followed by its commune, a comma lost
    doc = read(_OPENING + "Étaient présents : MM. Garnier (Arville), Perrin, Roux (Le Val), Blanc (Breville) "
               "Faure (Corville).\n" + _ITEM)
    assert names(doc) == ["M. Garnier", "M. Perrin", "M. Roux", "M. Blanc", "M. Faure"]


def test_a_heading_word_before_a_commune_heading_is_no_name() -> None:
    # « Représentant la Commune de Breville : » is the heading of the delegates that follow
    doc = read(_OPENING + "Délégués présents : Représentant la Commune d'Arville : Léa MOREAU, Hugo PERRIN. "
               "Représentant la Commune de Breville : Louis ROUX, Anne BLANC\n" + _ITEM)
    assert names(doc) == ["Léa MOREAU", "Hugo PERRIN", "Louis ROUX", "Anne BLANC"]


def test_a_note_on_the_order_in_the_present_heading() -> None:
    doc = read(_OPENING + "Présents (dans l'ordre du tableau) : Mesdames et Messieurs Paul GARNIER, "
               "Léa MOREAU, Hugo PERRIN et Louis ROUX.\n" + _ITEM)
    assert names(doc) == ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Louis ROUX"]


def test_present_at_the_roll_call_with_its_count() -> None:
    doc = read(_OPENING + "Présents à l'appel nominal : 4 élus.\n"
               "Paul GARNIER – Léa MOREAU – Hugo PERRIN – Louis ROUX.\n"
               "Absente : 1 élue\nAnne BLANC.\n" + _ITEM)
    assert names(doc) == ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Louis ROUX"]


def test_titulars_and_substitutes_present_and_voting() -> None:
    # Substitutes sitting for absent titulars are present; the titulars they replace are not
    doc = read(_OPENING + "Délégués titulaires présents et votants :\n"
               "M GARNIER Paul – Mme MOREAU Léa – M PERRIN Hugo\n"
               "Délégués suppléants présents et votants :\nEn ordre de communes\n"
               "M ROUX Louis - Mme BLANC Anne\n"
               "Délégués titulaires absents remplacés par leur suppléant\nEn ordre de commune\n"
               "M FAURE Marc - M SIMON Rémi\n" + _ITEM)
    assert names(doc) == ["M. Paul GARNIER", "Mme Léa MOREAU", "M. Hugo PERRIN", "M. Louis ROUX",
                          "Mme Anne BLANC"]


def test_names_also_absent_leave_the_list_when_the_count_says_so() -> None:
    # Two names struck through in the print, named again under « Absents » with their proxies:
    # « présents : 4 » for the four left
    doc = read(_OPENING + "Nombre de membres présents : 4  Nombre de procuration(s) : 2\n"
               "Présents : Paul GARNIER, Léa MOREAU, Hugo PERRIN, Louis ROUX, Anne BLANC et Marc FAURE.\n"
               "Absent(s): M. A. Blanc excusée avec procuration à L. Moreau, M. M. Faure excusé avec "
               "procuration à H. Perrin.\n" + _ITEM)
    assert names(doc) == ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Louis ROUX"]


def test_givings_in_a_row_with_initials_are_cut_between_holder_and_giver() -> None:
    # « E. RICHARD donne pouvoir à N. MAUREL J.F ALBRAND donne pouvoir à S.PEYRON »: no separator;
    # an initial opens the next giver's name as a first name would
    doc = read(_OPENING + "Présents : Paul GARNIER, Léa MOREAU, Hugo PERRIN, Louis ROUX.\n\n"
               "Pouvoirs : A. BLANC donne pouvoir à L. MOREAU J.F FAURE donne pouvoir à H. PERRIN\n\n"
               "R. SIMON donne pouvoir à P. GARNIER\n" + _ITEM)
    assert [(doc.name(p.giver), doc.name(p.holder)) for p in doc.proxies] == [
        ("A. BLANC", "Léa MOREAU"), ("J.F FAURE", "Hugo PERRIN"), ("R. SIMON", "Paul GARNIER")]


def test_a_singular_present_heading_beside_plural_ones() -> None:
    # Lists by college: « Était présent » over one member, « Étaient présents » over several; the
    # headings printed without a colon, a civility after each
    doc = read(_OPENING + "Collège des régions\nÉtait présent\n\nM. GARNIER Paul Étaient représentés "
               "Mme MOREAU Léa M. PERRIN Hugo\n\nÉtait excusée\n\nMme BLANC Anne\n\n"
               "Collège des communes\nÉtaient présents\n\nM. ROUX Louis Mme FAURE Rose M. SIMON Rémi\n"
               + _ITEM)
    assert names(doc) == ["M. Paul GARNIER", "M. Louis ROUX", "Mme Rose FAURE", "M. Rémi SIMON"]


def test_names_whose_civility_a_line_cut_lost_are_still_persons() -> None:
    # « Ma-⏎dame Marie-Alice DEBUISSER »: no civility read, but a surname in capitals
    doc = read(_OPENING + "Présents : Madame Léa MOREAU, Monsieur Paul GARNIER, Madame Anne BLANC,\n"
               "Monsieur Hugo PERRIN, Madame Rose FAURE, Monsieur Louis ROUX, Madame Eve NOIR, Ma-\n"
               "dame Inès VIDAL, Monsieur Luc MARTEL, Mon-\nsieur Rémi SIMON.\n" + _ITEM)
    assert len(names(doc)) == 10
