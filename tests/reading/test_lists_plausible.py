"""Plausibility checks on the present list and the proxies (session s22): what is not a person's
name (a member body's name, a heading's word, a fragment at a cut) is refused, so that a wrong
list becomes right or unknown. Short texts written here; names and authorities invented."""

from __future__ import annotations

from .builders import SYNDICATE_ITEM, SYNDICATE_OPENING, names, proxies, read

_OPENING, _ITEM = SYNDICATE_OPENING, SYNDICATE_ITEM


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
    assert proxies(doc) == [("Mme Anne BLANC", "M. Hugo PERRIN"), ("M. Rémi SIMON", None)]


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
    assert proxies(doc) == [("Rémi SIMON", "Paul GARNIER"), ("Rose LEROY", "Léa MOREAU")]


def test_givings_after_an_exception_list_and_their_holders_present() -> None:
    # « tous … à l'exception de X et Y, absents excusés. X a donné procuration à Z et Y à W »: the
    # second giving elides its verb; Z and W, not excepted, were present
    doc = read("COMPTE-RENDU DU CONSEIL MUNICIPAL\nConseillers municipaux en exercice : 9\n"
               "Le conseil municipal s'est réuni le vendredi 8 juin 2028 sous la présidence de "
               "M. Paul GARNIER, maire. Etaient présents tous les conseillers en exercice, à l'exception "
               "de Messieurs Rémi SIMON et Jean DUVAL, absents excusés. Mr Rémi SIMON a donné procuration "
               "à Mr Hugo PERRIN et Mr Jean DUVAL à Mr Louis ROUX. Le quorum étant atteint, le conseil "
               "passe à l'ordre du jour.\n" + _ITEM)
    assert proxies(doc) == [("M. Rémi SIMON", "M. Hugo PERRIN"), ("M. Jean DUVAL", "M. Louis ROUX")]
    present = names(doc)
    assert present[:2] == ["M. Hugo PERRIN", "M. Louis ROUX"] and len(present) == 7


def test_sont_presents_after_a_count_line() -> None:
    # « Présents : 16 » is the count; « Sont présents :Paul … » (no blank after the colon) the list
    doc = read(_OPENING + "Nombre de membres en exercice : 9\n\nPrésents : 4\n\nVotants : 5\n\n"
               "Sont présents :Paul GARNIER, Léa MOREAU, Hugo PERRIN, Louis ROUX,\n\n"
               "Représentés :Anne BLANC par Léa MOREAU,\n\nAbsents : Rémi SIMON,\n" + _ITEM)
    assert names(doc) == ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Louis ROUX"]
    assert proxies(doc) == [("Anne BLANC", "Léa MOREAU")]


def test_a_numbered_list_under_conseiller_presents_ends_at_the_public() -> None:
    doc = read(_OPENING + "Conseiller présents : 1. GARNIER Paul 2. MOREAU Léa 3. 4. PERRIN Hugo ROUX Louis "
               "Auditeurs présents : 12 Ordre du jour 1. 2. Installation du conseil\n" + _ITEM)
    assert names(doc) == ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Louis ROUX"]


def test_far_fewer_names_than_the_list_count_withholds_it() -> None:
    # « Étaient présents (9) » over five names (communes run into them): no list rather than a wrong one
    doc = read(_OPENING + "Étaient présents (9) : ARVILLE : Paul GARNIER, Léa MOREAU : Hugo PERRIN "
               "BREVILLE : "
               "Louis ROUX CORVILLE : Anne BLANC\n\nSecrétaire de séance : Léa MOREAU\n" + _ITEM)
    assert not doc.present
    assert doc.printed["present"] == 9


def test_a_list_count_alone_on_the_label_line_opens_the_list() -> None:
    doc = read(_OPENING + "Étaient présents (4)\n\nPaul GARNIER, Léa MOREAU, Hugo PERRIN, Louis ROUX\n\n"
               "Secrétaire de séance : Léa MOREAU\n" + _ITEM)
    assert names(doc) == ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Louis ROUX"]
    assert doc.printed["present"] == 4


def test_communes_run_into_a_comma_list_withhold_it() -> None:
    # (each commune's name heads its delegates in a column lost: « … Mme PERRIN ARVILLE Mme ROUX, … »)
    doc = read(_OPENING + "Etaient présents : Mme GARNIER, Mme PERRIN ARVILLE Mme ROUX, Mme MOREAU, "
               "M. LE BRAS "
               "BREVILLE Mme BLANC, Mme FAURE, Mme DUVAL CORVILLE Mme SIMON, Mme NOIR, M. LEROY\n\n"
               "Absents : Mme VIDAL\n" + _ITEM)
    assert not doc.present


def test_a_present_list_printed_again_and_cut_is_read_once() -> None:
    doc = read(_OPENING + "Etaient présents : Mmes et MM. Paul GARNIER, Léa MOREAU, Hugo PERRIN, Louis ROUX, "
               "Anne BLANC, conseillers communautaires ;\nEtaient présents : Mmes et MM. Paul GARNIER, Léa "
               "MOREAU, Hugo PERRIN, Louis\nEtaient absents : Mmes et MM. Rémi SIMON.\n" + _ITEM)
    assert names(doc) == ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Louis ROUX", "Anne BLANC"]


def test_a_column_heading_before_the_first_giver_is_dropped() -> None:
    doc = read(_OPENING + "Présents : Paul GARNIER, Léa MOREAU, Hugo PERRIN, Louis ROUX.\n"
               "Ont donné procuration – Suppléant(e)s Anne BLANC à Paul GARNIER, Rémi SIMON à Léa MOREAU.\n"
               + _ITEM)
    assert proxies(doc) == [("Anne BLANC", "Paul GARNIER"), ("Rémi SIMON", "Léa MOREAU")]


def test_members_in_office_under_presents_less_the_absent_when_the_count_agrees() -> None:
    # « Présents » prints every member; the absent and givers named below are taken off, as
    # « Votants : 5 » (four left, one proxy) confirms
    text = (_OPENING + "Nombre de délégués en exercice : 8. Votants : {v}\n"
            "Présents Paul GARNIER, Léa MOREAU, Hugo PERRIN, Louis ROUX, Anne BLANC, Rémi SIMON, Jean DUVAL, "
            "Eve NOIR. Absents excusés Rémi SIMON, Jean DUVAL. Absents non excusés Eve NOIR. "
            "Ont donné procuration – Anne BLANC à Paul GARNIER.\n" + _ITEM)
    assert names(read(text.format(v=5))) == ["Paul GARNIER", "Léa MOREAU", "Hugo PERRIN", "Louis ROUX"]
    assert not read(text.format(v=7)).present  # the count disagrees: no list


def test_a_giving_whose_link_is_lost_among_givings_with_it() -> None:
    doc = read(_OPENING + "Présents : Monsieur Paul GARNIER, Madame Léa MOREAU, Monsieur Hugo PERRIN.\n"
               "Pouvoirs :\n-  Madame Anne BLANC à Madame Léa MOREAU\n"
               "-  Monsieur Rémi SIMON Monsieur Hugo PERRIN\n\n"
               + _ITEM)
    assert proxies(doc) == [("Mme Anne BLANC", "Mme Léa MOREAU"), ("M. Rémi SIMON", "M. Hugo PERRIN")]


def test_excuses_without_colon_and_a_pouvoir_without_a() -> None:
    doc = read(_OPENING + "Etaient présents : Paul GARNIER, Léa MOREAU, François BELHOMME, Louis ROUX.\n"
               "Excusés\nAnne BLANC, pouvoir F. BELHOMME\nAbsents :\nRémi SIMON\n" + _ITEM)
    assert [(g, h and h.split()[-1]) for g, h in proxies(doc)] == [("Anne BLANC", "BELHOMME")]


def test_a_giver_after_a_heading_in_the_same_paragraph() -> None:
    doc = read(_OPENING + "Présents : M. Paul GARNIER, Mme Léa MOREAU, M. Hugo PERRIN\n\n"
               "Excusé(s) M. Louis ROUX (pouvoir à Mme Léa MOREAU) – Mme Rose DUVAL ou ayant donné "
               "procuration : "
               "– Mme Anne BLANC (pouvoir à M. Hugo PERRIN)\n\nAbsent(s) : M. Rémi SIMON\n" + _ITEM)
    assert proxies(doc) == [("M. Louis ROUX", "Mme Léa MOREAU"), ("Mme Anne BLANC", "M. Hugo PERRIN")]


def test_pouvoir_accorde_heading() -> None:
    doc = read(_OPENING + "Etaient présents : GARNIER Paul; MOREAU Léa; PERRIN Hugo;\n\n"
               "Pouvoir accordé : par Monsieur ROUX Louis à Léa MOREAU\n\nExcusés : BLANC Anne\n" + _ITEM)
    assert proxies(doc) == [("M. Louis ROUX", "Léa MOREAU")]


def test_represented_with_the_holder_in_brackets_when_a_present_member() -> None:
    text = (_OPENING + "Etaient présents : Mmes et MM. Paul Garnier, Léa Moreau, Hugo Perrin, Louis Roux.\n\n"
            "Absents représentés : Mmes Anne Blanc ({h1}), Rose Duval ({h2}).\n" + _ITEM)
    doc = read(text.format(h1="Léa Moreau", h2="Hugo Perrin"))
    assert [(g.split()[-1], h) for g, h in proxies(doc)] == [("Blanc", "Léa Moreau"),
                                                              ("Duval", "Hugo Perrin")]
    # a bracket that names no present member (a commune) is no holder
    doc = read(text.format(h1="Arville", h2="Hugo Perrin"))
    assert not any(h == "Arville" for _, h in proxies(doc))


def test_ont_delegue_leur_droit_de_vote_and_the_next_sentence_cut() -> None:
    doc = read(_OPENING + "Présents : GARNIER Paul, MOREAU Léa, PERRIN Hugo, ROUX Louis.\n"
               "Ont délégué leur droit de vote conformément à l’article L.2121-20 du Code Général des "
               "Collectivités Territoriales : Madame BLANC Anne ayant donné procuration à Monsieur "
               "PERRIN Hugo, Monsieur SIMON Rémi ayant donné procuration à Monsieur ROUX Louis. Le "
               "président ayant ouvert la séance, fait l'appel nominal et constaté le quorum, il a été "
               "procédé à l'élection.\n" + _ITEM)
    got = [(g.split()[-1], h.split()[-1]) for g, h in proxies(doc)]  # type: ignore[union-attr]
    assert got == [("BLANC", "PERRIN"), ("SIMON", "ROUX")]


def test_an_abbreviated_office_before_a_civility_is_no_sentence_end() -> None:
    doc = read(_OPENING + "Présents : M. GARNIER Paul, 1 er adj., M. PERRIN, 2 ème adj. Mme MOREAU, "
               "3 ème adj., M. ROUX\nAbsents : M. SIMON\n" + _ITEM)
    assert [n.split()[-1] for n in names(doc)] == ["GARNIER", "PERRIN", "MOREAU", "ROUX"]


def test_the_list_of_another_meeting_read_out_is_not_the_sittings() -> None:
    doc = read(_OPENING + "\n1) ACCUEIL\n\nLe Président accueille l'assemblée.\n\n"
               "2) Le Président donne lecture DU COMPTE RENDU DU BUREAU DU 1er JUIN 2028\n\n"
               "Membres présents :\n\nPrésident : Paul GARNIER\n\nVice-Présidents : Léa MOREAU – "
               "Hugo PERRIN\n\nAbsent excusé : Louis ROUX\n\n3) Budget primitif\n"
               "Le comité adopte le budget à l'unanimité.\n")
    assert not doc.present
