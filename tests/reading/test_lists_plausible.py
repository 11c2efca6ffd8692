"""Plausibility checks on the present list and the proxies (session s22): what is not a person's
name (a member body's name, a heading's word, a fragment at a cut) is refused, so that a wrong
list becomes right or unknown. Short texts written here; names and authorities invented."""

from __future__ import annotations

from .builders import names, read

_OPENING = ("COMPTE RENDU DU COMITÉ SYNDICAL\n"
            "L'an deux mille vingt-huit, le jeudi 8 juin à dix-huit heures, le Comité syndical s'est réuni "
            "sous la présidence de M. Paul GARNIER, Président.\n")
_ITEM = "\n1) Budget primitif\nLe comité adopte le budget à l'unanimité.\n"


def _pairs(doc) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.name(p.giver), doc.name(p.holder) if p.holder else None) for p in doc.proxies]


def test_a_communaute_heading_is_not_cut_before_its_communes() -> None:
    # « Communauté de Communes de la Plaine : » is one heading, not « Communauté de » and a commune's
    doc = read(_OPENING + "Etaient présents : Mesdames, Messieurs, Communauté de Communes de la Plaine : "
               "GARNIER Paul; MOREAU Léa; Communauté de Communes du Val : PERRIN Hugo; ROUX Louis;\n"
               "Excusés : BLANC Anne\n" + _ITEM)
    assert names(doc) == ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Louis ROUX"]


def test_member_bodies_run_into_the_names_withhold_the_list() -> None:
    # A table of delegates by member body flattened: which words go with whom is lost
    doc = read(_OPENING + "PRESENTS : Communauté de Communes Vallée et Coteaux Mr GARNIER, Mr PERRIN, "
               "Mme MOREAU, Mr ROUX Louis Vernon Métropole Mr BLANC, Mme FAURE Lorcy Agglo Mme SIMON, "
               "Mr DUVAL\nEXCUSES : Mr LEROY\n" + _ITEM)
    assert not doc.present
    assert any("collectivités membres" in w for w in doc.warnings)


def test_a_sub_heading_word_before_the_first_name_is_dropped() -> None:
    doc = read(_OPENING + "Étaient présents : Membres (5/10) : Paul GARNIER (titulaire ARVILLE), Léa MOREAU "
               "(titulaire BREVILLE), Hugo PERRIN et Louis ROUX (titulaires CORVILLE)\n"
               "Excusés : Anne BLANC\n" + _ITEM)
    assert names(doc) == ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Louis ROUX"]


def test_a_holder_cut_to_two_letters_is_no_holder() -> None:
    # The text ends inside the holder's name (« à M. Cl »): the giving stays, its holder unknown
    doc = read(_OPENING + "PRESENTS : M. Paul GARNIER, Mme Léa MOREAU, M. Hugo PERRIN, M. Louis ROUX.\n"
               "ABSENTS EXCUSES AYANT DONNE POUVOIR :\n\nMme Anne BLANC à M. Hugo PERRIN\n\n"
               "M. Rémi SIMON à M. Cl")
    assert _pairs(doc) == [("Mme Anne BLANC", "M. Hugo PERRIN"), ("M. Rémi SIMON", None)]


def test_represented_by_with_no_proxy_printed_is_a_substitution() -> None:
    # « procurations : 0 » printed: « X représenté par Y » are delegates sitting for others
    doc = read(_OPENING + "Nombre de délégués en exercice : 12, présents : 6, votants : 6, "
               "procurations : 0\n"
               "Présents : Paul GARNIER, Léa MOREAU, Hugo PERRIN, Louis ROUX, Anne BLANC, Marc FAURE.\n"
               "Représentés : Rémi SIMON représenté par Jean DUVAL, "
               "Rose LEROY représentée par Eve NOIR.\n"
               + _ITEM)
    assert doc.proxies == []


def test_represented_by_with_proxies_printed_stays_a_giving() -> None:
    doc = read(_OPENING + "Nombre de délégués en exercice : 12, présents : 6, votants : 8, "
               "procurations : 2\n"
               "Présents : Paul GARNIER, Léa MOREAU, Hugo PERRIN, Louis ROUX, Anne BLANC, Marc FAURE.\n"
               "Représentés : Rémi SIMON représenté par Paul GARNIER, "
               "Rose LEROY représentée par Léa MOREAU.\n"
               + _ITEM)
    assert _pairs(doc) == [("Rémi SIMON", "Paul GARNIER"), ("Rose LEROY", "Léa MOREAU")]


def test_givings_after_an_exception_list_and_their_holders_present() -> None:
    # « tous … à l'exception de X et Y, absents excusés. X a donné procuration à Z et Y à W »: the
    # second giving elides its verb; Z and W, not excepted, were present
    doc = read("COMPTE-RENDU DU CONSEIL MUNICIPAL\nConseillers municipaux en exercice : 9\n"
               "Le conseil municipal s'est réuni le vendredi 8 juin 2028 sous la présidence de "
               "M. Paul GARNIER, maire. Etaient présents tous les conseillers en exercice, à l'exception "
               "de Messieurs Rémi SIMON et Jean DUVAL, absents excusés. Mr Rémi SIMON a donné procuration "
               "à Mr Hugo PERRIN et Mr Jean DUVAL à Mr Louis ROUX. Le quorum étant atteint, le conseil "
               "passe à l'ordre du jour.\n" + _ITEM)
    assert _pairs(doc) == [("M. Rémi SIMON", "M. Hugo PERRIN"), ("M. Jean DUVAL", "M. Louis ROUX")]
    present = names(doc)
    assert present[:2] == ["M. Hugo PERRIN", "M. Louis ROUX"] and len(present) == 7
