"""Proxy forms of the held-out sets (session s21): headings that say the members were represented,
givings run together without a separator, the holder in brackets or named first, « X par Y »,
a giving cut before its holder, the same giving printed twice. Short texts written here."""

from __future__ import annotations

from .builders import read

_OPENING = ("PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
            "L'an deux mille trente, le mardi 4 juin à dix-huit heures, le Conseil municipal s'est réuni "
            "sous la présidence de M. Paul RIVIÈRE, Maire.\n")
_ITEM = "\n1) Budget primitif\nLe conseil adopte le budget à l'unanimité.\n"
_SMALL = "Présents : Paul Rivière, Anne Dumas, Louis Petit\n"
_PRESENT = "Présents : Paul RIVIÈRE, Anne DUMAS, Louis PETIT, Hélène ROCHE, Marc VALLON\n"


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    doc = read(_OPENING + text + _ITEM)
    return [(doc.name(p.giver), doc.name(p.holder)) for p in doc.proxies]


def test_headings_that_say_the_members_were_represented() -> None:
    want = [("Yves BLANC", "Anne DUMAS"), ("Julie NOIR", "Louis PETIT")]
    for heading in ("Étaient représentés :", "ETAIENT REPRESENTES :", "Membres représentés :",
                    "Représentés :", "Absent(es) représenté(es) :", "Avaient donné procuration :",
                    "ABSENTS EXCUSES AYANT DONNE MANDAT DE VOTE [2]:", "ABSENT AVEC PROCURATION :"):
        got = _pairs(_PRESENT + f"{heading} Yves BLANC à Anne DUMAS, Julie NOIR à Louis PETIT\n")
        assert got == want, heading
    doc = read(_OPENING + _PRESENT + "ABSENTS EXCUSES AYANT DONNE MANDAT DE VOTE [2]: Yves BLANC à Anne "
               "DUMAS, Julie NOIR à Louis PETIT\n" + _ITEM)
    assert doc.printed["proxies"] == 2


def test_a_heading_without_colon_and_the_list_of_those_not_represented_after_it() -> None:
    got = _pairs(_PRESENT + "Absents représentés par procuration Yves BLANC à Anne DUMAS "
                 "Absents et non représentés : Claire MOREL\n")
    assert len(got) == 1 and got[0][1] == "Anne DUMAS"


def test_givings_run_together_without_a_separator() -> None:
    # « Prénom NOM à Prénom NOM Prénom NOM à … »: the change from capitals to a first name.
    got = _pairs(_PRESENT + "Absents représentés par procuration Yves BLANC à Anne DUMAS Julie NOIR à "
                 "Louis PETIT Jean-Marc LE GALL à Hélène ROCHE\n")
    assert got == [("Yves BLANC", "Anne DUMAS"), ("Julie NOIR", "Louis PETIT"),
                   ("Jean-Marc LE GALL", "Hélène ROCHE")]
    # Names in small letters: four words between two givings are two names.
    mixed = read(_OPENING + _SMALL + "Membres représentés : Yves Blanc "
                 "pouvoir à Anne Dumas Julie Noir pouvoir à Louis Petit\n" + _ITEM)
    assert [(mixed.name(p.giver), mixed.name(p.holder)) for p in mixed.proxies] == [
        ("Yves Blanc", "Anne Dumas"), ("Julie Noir", "Louis Petit")]
    # Five words cannot be told apart: no proxy rather than a wrong holder.
    vague = read(_OPENING + _SMALL + "Membres représentés : Yves Blanc "
                 "pouvoir à Anne Marie Dumas Julie Noir pouvoir à Louis Petit\n" + _ITEM)
    assert vague.proxies == []


def test_a_star_separates_givings() -> None:
    got = _pairs(_PRESENT + "Avaient donné procuration : Mme BLANC à Mme Dumas* M. NOIR à M. Petit*\n")
    assert got == [("Mme BLANC", "Anne DUMAS"), ("M. NOIR", "Louis PETIT")]


def test_the_holder_after_par_or_mandataire_or_a_colon() -> None:
    got = _pairs(_PRESENT + "ETAIENT REPRESENTES :\nYves BLANC par Anne DUMAS\nJulie NOIR par Louis PETIT\n")
    assert got == [("Yves BLANC", "Anne DUMAS"), ("Julie NOIR", "Louis PETIT")]
    got = _pairs(_PRESENT + "Etait absente représentée :\nMme Julie NOIR mandataire M. Louis PETIT\n")
    assert got == [("Mme Julie NOIR", "Louis PETIT")]
    got = _pairs(_PRESENT + "Représentés :\nMme Julie NOIR : pouvoir à M. PETIT ; M. Yves BLANC : pouvoir à "
                 "Mme DUMAS\n")
    assert got == [("Mme Julie NOIR", "Louis PETIT"), ("M. Yves BLANC", "Anne DUMAS")]


def test_the_holder_in_brackets_under_a_proxy_heading() -> None:
    got = _pairs("Présents : RIVIÈRE Paul – DUMAS Anne – PETIT Louis\n"
                 "ABSENT AVEC PROCURATION :\nBLANC Yves (DUMAS Anne) – NOIR Julie (PETIT Louis)\n")
    assert got == [("Yves BLANC", "Anne DUMAS"), ("Julie NOIR", "Louis PETIT")]


def test_the_holder_named_first() -> None:
    got = _pairs("Étaient présents : Paul RIVIÈRE, Anne DUMAS (ayant la procuration de Yves BLANC), "
                 "Louis PETIT (porteur du pouvoir de Julie NOIR)\n")
    assert got == [("Yves BLANC", "Anne DUMAS"), ("Julie NOIR", "Louis PETIT")]
    got = _pairs(_PRESENT + "Pouvoirs : Mme DUMAS a reçu pouvoir de M. BLANC, M. PETIT, porteur du pouvoir "
                 "de Mme NOIR\n")
    assert got == [("M. BLANC", "Anne DUMAS"), ("Mme NOIR", "Louis PETIT")]


def test_verbs_of_a_giving() -> None:
    got = _pairs(_PRESENT + "Procurations : (2)\nM. Yves BLANC avait donné pouvoir à Mme Anne DUMAS, "
                 "Mme Julie NOIR qui a donné respectivement pouvoir à M. Louis PETIT\n")
    assert got == [("M. Yves BLANC", "Anne DUMAS"), ("Mme Julie NOIR", "Louis PETIT")]
    got = _pairs(_PRESENT + "Absents excusés : M. Yves BLANC, absent excusé, proc. à A. DUMAS - Mme Julie "
                 "NOIR absente excusée, procuration donnée à L. PETIT\n")
    assert got == [("M. Yves BLANC", "Anne DUMAS"), ("Mme Julie NOIR", "Louis PETIT")]


def test_a_giving_cut_before_its_holder_gives_the_giver_alone_not_the_chair() -> None:
    got = _pairs(_PRESENT + "Pouvoirs : M. BLANC Yves a donné pouvoir à M. PETIT Louis, M. NOIR Jules a "
                 "donné pouvoir à M. C")
    assert got == [("M. Yves BLANC", "Louis PETIT"), ("M. Jules NOIR", None)]


def test_the_same_giving_printed_twice_is_one_proxy() -> None:
    got = _pairs(_PRESENT + "REPRESENTE : Yves BLANC par Anne DUMAS\nAbsents excusés : Y.BLANC : procuration "
                 "à A.DUMAS\n")
    assert len(got) == 1 and got[0][1] == "Anne DUMAS"


def test_names_alone_under_a_heading_that_says_they_were_represented() -> None:
    # The holder is not printed: the giver, holder unknown (never guessed, never the chair).
    assert _pairs(_PRESENT + "Représentés : Yves BLANC\nAbsent : Claire MOREL\n") == [("Yves BLANC", None)]
    # A count, or words that are no person's name, are no giver.
    assert _pairs(_PRESENT + "Représentés : 02 Total des votes : 7 Le Maire,\n") == []
    assert _pairs(_PRESENT + "REPRESENTES : ETAIENT\nAbsent : Claire MOREL\n") == []
    # Under « Pouvoirs : » a name alone says nothing of who gave: nothing is read.
    assert _pairs(_PRESENT + "Pouvoirs : Yves BLANC\nAbsent : Claire MOREL\n") == []


def test_an_empty_proxy_heading_is_no_proxy_and_no_printed_count() -> None:
    # Among the lists, an empty heading prints no count (the labels' convention: null, pairs []).
    for empty in ("néant", "–", "Néant."):
        doc = read(_OPENING + _PRESENT + f"Pouvoirs : {empty}\nSecrétaire de séance : Anne DUMAS\n" + _ITEM)
        assert doc.proxies == [] and doc.printed["proxies"] is None, empty


def test_the_holder_has_the_proxy_of_the_giver() -> None:
    got = _pairs(_PRESENT + "Procurations : Mme Anne DUMAS a le pouvoir de M. Yves BLANC ; M. Louis PETIT a "
                 "la procuration de Mme Julie NOIR\n")
    assert got == [("M. Yves BLANC", "Anne DUMAS"), ("Mme Julie NOIR", "Louis PETIT")]


def test_givings_written_as_sentences_after_the_present_list() -> None:
    got = _pairs("Étaient présents : Mmes et MM RIVIÈRE, DUMAS, PETIT, ROCHE. formant la majorité des "
                 "membres en exercice. Madame BLANC a donné pouvoir à Madame DUMAS Monsieur NOIR a donné "
                 "pouvoir à Monsieur PETIT Absents : Mmes et MM MOREL et VALLON\n")
    assert got == [("Mme BLANC", "DUMAS"), ("M. NOIR", "PETIT")]
    # The same sentence in an item (a previous sitting's list corrected) is no proxy of this one.
    assert _pairs(_PRESENT + "\n1) Procès-verbal\nLe Maire signale que Madame BLANC, absente, avait donné "
                  "pouvoir à Madame DUMAS lors de la séance précédente.\n") == []


def test_a_delegation_of_vote_in_brackets_with_its_span() -> None:
    doc = read(_OPENING + _PRESENT + "S'ÉTAIENT FAIT EXCUSER : Yves BLANC (délégation de vote à Anne DUMAS), "
               "Julie NOIR (jusqu'à 11 h 50 - délégation de vote à Louis PETIT)\n" + _ITEM)
    assert [(doc.name(p.giver), doc.name(p.holder)) for p in doc.proxies] == [
        ("Yves BLANC", "Anne DUMAS"), ("Julie NOIR", "Louis PETIT")]
    assert doc.proxies[0].span is None and doc.proxies[1].span is not None


def test_a_giver_read_with_a_column_heading_withholds_the_list() -> None:
    # « Ont donné procuration – Suppléant(e)s Yves BLANC à … »: a table flattened, its second
    # column's heading run into the first giver; its names run into the givings: no list rather
    # than a wrong name. (Its column empty, every giving two plain names: read, s22.)
    assert _pairs(_PRESENT + "Ont donné procuration – Suppléant(e)s Yves BLANC à Anne DUMAS Marc VERT, "
                  "Julie NOIR à Louis PETIT.\n") == []
    assert _pairs(_PRESENT + "Ont donné procuration – Suppléant(e)s Yves BLANC à Anne DUMAS, Julie NOIR à "
                  "Louis PETIT.\n") == [("Yves BLANC", "Anne DUMAS"), ("Julie NOIR", "Louis PETIT")]
    got = _pairs(_PRESENT + "Ont donné procuration – Yves BLANC à Anne DUMAS, Julie NOIR à Louis PETIT.\n")
    assert got == [("Yves BLANC", "Anne DUMAS"), ("Julie NOIR", "Louis PETIT")]


def test_more_headings_and_the_holder_in_brackets_after_a() -> None:
    want = [("Yves BLANC", "Anne DUMAS"), ("Julie NOIR", "Louis PETIT")]
    assert _pairs(_PRESENT + "Etait absent, excusé et a donné pouvoir : Yves BLANC à Anne DUMAS, Julie NOIR "
                  "à Louis PETIT\n") == want
    assert _pairs(_PRESENT + "Personne ayant donné procuration ; Yves BLANC à Anne DUMAS, Julie NOIR à Louis "
                  "PETIT\n") == want
    got = _pairs(_PRESENT + "Pouvoirs : Mme BLANC (à Mme DUMAS), M NOIR (à M PETIT) ; Secrétaire de séance : "
                 "Mme ROCHE\n")
    assert got == [("Mme BLANC", "Anne DUMAS"), ("M. NOIR", "Louis PETIT")]


def test_x_par_y_in_a_list_of_members_absent_and_represented() -> None:
    got = _pairs(_PRESENT + "Absents représentés : Yves BLANC par Anne DUMAS, Claire MOREL, Julie NOIR par "
                 "Louis PETIT\n")
    assert got == [("Yves BLANC", "Anne DUMAS"), ("Julie NOIR", "Louis PETIT")]
    # Under a plain « Absents excusés : » a « par » says nothing of a proxy.
    assert _pairs(_PRESENT + "Absents excusés : Yves BLANC excusé par Anne DUMAS, Claire MOREL\n") == []
    assert _pairs(_PRESENT + "Absents non représentés : Yves BLANC remplacé par Anne DUMAS\n") == []


def test_the_holder_named_first_in_a_present_list_without_brackets() -> None:
    got = _pairs("Étaient présents : RIVIÈRE Paul, DUMAS Anne, ayant la procuration de BLANC Yves, PETIT "
                 "Louis, ROCHE Hélène porteuse du pouvoir de NOIR Julie, VALLON Marc\n")
    assert got == [("Yves BLANC", "Anne DUMAS"), ("Julie NOIR", "Hélène ROCHE")]
    doc = read(_OPENING + "Étaient présents : RIVIÈRE Paul, DUMAS Anne, ayant la procuration de BLANC Yves, "
               "PETIT Louis\n" + _ITEM)
    assert [doc.name(p) for p, _ in doc.present] == ["Paul RIVIÈRE", "Anne DUMAS", "Louis PETIT"]


def test_the_giving_named_first_an_arrow_a_dash_before_the_giving() -> None:
    want = [("Mme Anne DUMAS", "Louis PETIT"), ("M. Yves BLANC", "Hélène ROCHE")]
    for form in ("Pouvoir de Mme Anne DUMAS à M. Louis PETIT ; procuration donnée par M. Yves BLANC à "
                 "Mme Hélène ROCHE", "Mme Anne DUMAS → M. Louis PETIT, M. Yves BLANC → Mme Hélène ROCHE",
                 "Mme Anne DUMAS – pouvoir à M. Louis PETIT – M. Yves BLANC – procuration à Mme Hélène "
                 "ROCHE", "Mme Anne DUMAS, pouvoir donné à M. Louis PETIT, M. Yves BLANC, pouvoir donné à "
                 "Mme Hélène ROCHE"):
        doc = read(_OPENING + "Présents : Paul RIVIÈRE, Louis PETIT, Hélène ROCHE\nPouvoirs : " + form + "\n"
                   + _ITEM)
        assert [(doc.name(p.giver), doc.name(p.holder)) for p in doc.proxies] == want, form


def test_a_count_with_the_proxies_heading_or_before_its_list() -> None:
    want = [("Yves BLANC", "Louis PETIT"), ("Julie NOIR", "Anne DUMAS")]
    for form in ("Pouvoirs (2) : Yves BLANC à Louis PETIT, Julie NOIR à Anne DUMAS",
                 "Procurations : 2 (Yves BLANC à Louis PETIT, Julie NOIR à Anne DUMAS)"):
        doc = read(_OPENING + _PRESENT + form + "\n1) Budget primitif\nLe conseil adopte le budget à "
                   "l'unanimité.\n")
        assert [(doc.name(p.giver), doc.name(p.holder)) for p in doc.proxies] == want, form
        assert doc.printed["proxies"] == 2


def test_absent_and_represented_headings_read_x_par_y() -> None:
    for heading in ("Étaient absents représentés :", "Absents excusés représentés :"):
        assert _pairs(_PRESENT + f"{heading} Yves BLANC par Louis PETIT\n") == [("Yves BLANC", "Louis PETIT")]


def test_a_flattened_table_of_givers_and_holders() -> None:
    head = "Absents/Excusés ayant donné procuration : Absents/excusés Pouvoir à "
    got = _pairs(_PRESENT + head + "Yves BLANC Anne DUMAS Julie NOIR Louis PETIT\n\n")
    assert got == [("Yves BLANC", "Anne DUMAS"), ("Julie NOIR", "Louis PETIT")]
    # An odd number of names, or anything else among them: not read.
    assert _pairs(_PRESENT + head + "Yves BLANC Anne DUMAS Julie NOIR\n\n") == []


def test_a_bracket_with_its_own_a_is_no_second_giving() -> None:
    got = _pairs(_PRESENT + "Pouvoirs :\n- Monsieur Yves BLANC à Madame Anne DUMAS (réunion à la CC)\n"
                 "- Madame Julie NOIR à Monsieur Louis PETIT\n\n")
    assert got == [("M. Yves BLANC", "Anne DUMAS"), ("Mme Julie NOIR", "Louis PETIT")]
