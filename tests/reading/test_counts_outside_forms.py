"""Forms of head-counts, present lists and proxies seen at authorities outside the labelled
set (second round of issue 14). Every text here is invented, in the form seen."""

from __future__ import annotations

from registre.reading.headcounts import read_headcounts


def _given(text: str) -> dict[str, int]:
    return {k: v for k, v in read_headcounts(text).items() if v is not None}


def test_label_figure_pairs_on_one_line_without_colons() -> None:
    assert _given("En exercice 27 Présents 22 Pouvoirs 4 Votants 26") == {
        "in_office": 27, "present": 22, "proxies": 4, "voters": 26}
    assert _given("Nombre de conseillers En exercice 19 Présents 15 Votants 15 Excusés M. Roux") == {
        "in_office": 19, "present": 15, "voters": 15}


def test_figures_before_their_labels_still_read() -> None:
    assert _given("Soit 18 présents 3 procurations 21 votants") == {
        "present": 18, "proxies": 3, "voters": 21}
    assert _given("Soit 18 présents\n3 procurations 21 votants") == {
        "present": 18, "proxies": 3, "voters": 21}


def test_a_deliberation_number_in_a_proxy_sentence_is_no_count() -> None:
    text = ("Présents : Anne PETIT présente jusqu'à la délibération N°5 puis procuration à Paul RUE, "
            "Eve ROUX (sort à la délibération N°6 jusqu'à la N°12 procuration à Paul RUE)")
    assert "proxies" not in _given(text)
    assert "proxies" not in _given("Présents : Anne PETIT, jusqu'au point 4 procuration à Paul RUE")


def _present(text: str) -> list[str]:
    from .builders import read
    doc = read(text)
    return [doc.name(p) or "" for p, _ in doc.present]


_HEAD = ("COMMUNE DE TESTVILLE\nSéance du conseil municipal du 3 mars 2021\n"
         "Le conseil municipal s'est réuni sous la présidence de Mme Anne PETIT, Maire.\n\n")
_TAIL = "\n\nSecrétaire de séance : M. Paul RUE\n\nDélibération n° 2021-01 : Budget\nAdopté à l'unanimité.\n"


def test_present_list_goes_on_after_a_blank_line_inside_an_entry() -> None:
    got = _present(_HEAD + "Étaient présents : Mme Anne PETIT, M. Paul RUE, M.\n\nMARTIN Louis, Mme Eve ROUX."
                   + _TAIL)
    assert got == ["Mme Anne PETIT", "M. Paul RUE", "M. Louis MARTIN", "Mme Eve ROUX"]


def test_present_list_of_civility_lines_separated_by_blank_lines() -> None:
    got = _present(_HEAD + "Etaient présents :\n\nMme Anne PETIT M. Paul RUE\n\nMme Eve ROUX\n\n"
                   "M. Luc BLANC, Adjoint," + "\n\nformant la majorité des membres en exercice." + _TAIL)
    assert got == ["Mme Anne PETIT", "M. Paul RUE", "Mme Eve ROUX", "M. Luc BLANC"]


def test_present_list_under_a_heading_of_its_own() -> None:
    got = _present(_HEAD + "Etaient présents Mesdames et Messieurs les Conseillers Municipaux :\n\n"
                   "  • PETIT Anne, - RUE Paul,\n  • ROUX Eve" + _TAIL)
    assert got == ["Anne PETIT", "Paul RUE", "Eve ROUX"]


def test_present_list_by_group_civility_after_a_blank_line() -> None:
    got = _present(_HEAD + "Etaient présents :\n\n"
                   "Mesdames : Anne PETIT (titulaire), Eve ROUX (suppléante),\n\n"
                   "Messieurs : Paul RUE (Président), Luc BLANC (titulaire)," + _TAIL)
    assert got == ["Anne PETIT", "Eve ROUX", "Paul RUE", "Luc BLANC"]


def test_a_sentence_after_a_blank_line_ends_the_list() -> None:
    got = _present(_HEAD + "Étaient présents : Mme Anne PETIT, M. Paul RUE,\n\n"
                   "M. Luc BLANC est arrivé à 20 h 30 et a pris part aux votes." + _TAIL)
    assert got == ["Mme Anne PETIT", "M. Paul RUE"]


def test_glued_civility_and_titles_are_not_part_of_names() -> None:
    from registre.reading.people import parse_list
    got = [(e.civility.value if e.civility else None, e.first, e.last)
           for e in parse_list("M.Paul RUE, Mme.Anne PETIT, Maître Luc BLANC, Docteur ROUX, M.DENISE")]
    assert got == [("M.", "Paul", "RUE"), ("Mme", "Anne", "PETIT"), (None, "Luc", "BLANC"),
                   (None, "", "ROUX"), (None, "", "M.DENISE")]


def test_a_comma_inside_a_bracket_does_not_split_the_entry() -> None:
    from registre.reading.people import parse_list
    got = [e.full for e in parse_list(
        "- Paul RUE,- Eve ROUX.\n- Anne PETIT (Absente à l'ouverture de la séance, arrivée à 21 heures, "
        "prend "
        "part aux votes à partir de la délibération « 2021-02-003, DM Budget Annexe 2021 ».)")]
    assert got == ["Paul RUE", "Eve ROUX", "Anne PETIT"]


def test_members_in_office_printed_as_en_fonction() -> None:
    assert _given("Nombre de conseillers élus : 15 Nombre de conseillers en fonction : 14 "
                  "Nombre de conseillers présents : 11") == {"in_office": 14, "present": 11}


def _proxies(text: str) -> list[tuple[str, str]]:
    from .builders import read
    doc = read(text)
    return [(doc.name(p.giver) or "", doc.name(p.holder) or "") for p in doc.proxies]


def test_proxies_go_on_after_a_blank_line() -> None:
    text = (_HEAD + "Étaient présents : Mme Anne PETIT, M. Paul RUE, Mme Eve ROUX, M. Luc BLANC\n\n"
            "ABSENTS :\n\nMARTIN Louise donne pouvoir à PETIT Anne, DUVAL Marc donne pouvoir à RUE Paul.\n\n"
            "NOIR Jean donne pouvoir à ROUX Eve,\n\n"
            "Monsieur le Maire, après avoir procédé à l'appel, ouvre la séance." + _TAIL)
    got = _proxies(text)
    assert [g.split()[-1] for g, _ in got] == ["MARTIN", "DUVAL", "NOIR"]
    assert [h.split()[-1] for _, h in got] == ["PETIT", "RUE", "ROUX"]


def test_a_first_name_ending_in_a_is_not_cut_before_donne_pouvoir() -> None:
    got = _proxies(_HEAD + "Étaient présents : Mme Anne PETIT, M. Paul RUE\n\nABSENTS :\n\n"
                   "ROUX Eve donne pouvoir à PETIT Anne, BLANC Anna donne pouvoir à RUE Paul." + _TAIL)
    assert [g for g, _ in got] == ["Eve ROUX", "Anna BLANC"]


def test_delegates_grouped_by_commune_after_full_stops() -> None:
    from registre.reading.people import parse_list
    got = [(e.full, e.commune) for e in parse_list(
        "Aubier : Anne PETIT. Vallon-Haut : Paul RUE ; Eve ROUX ; Luc BLANC. Rives : Marc NOIR.")]
    assert got == [("Anne PETIT", "Aubier"), ("Paul RUE", "Vallon-Haut"), ("Eve ROUX", "Vallon-Haut"),
                   ("Luc BLANC", "Vallon-Haut"), ("Marc NOIR", "Rives")]


def test_commune_names_in_capitals_between_members_are_not_members() -> None:
    got = _present(_HEAD + "Etaient présents :\nAUBIER\nM. RUE Paul\nVALLON SUR LOIRE\nMme PETIT Anne\n"
                   "M. BLANC Luc\nRIVES\nMme ROUX Eve" + _TAIL)
    assert got == ["M. Paul RUE", "Mme Anne PETIT", "M. Luc BLANC", "Mme Eve ROUX"]


def test_a_flattened_column_of_communes_gives_no_list() -> None:
    from .builders import read
    doc = read(_HEAD + "Étaient présents :\nAUBIER\nAUBIER\nRIVES\nVALLON\nVALLON\nVALLON\nBOURG" + _TAIL)
    assert not doc.present
    assert any("tableau aplati" in w for w in doc.warnings)


def test_a_first_name_hyphen_cut_by_a_line_break() -> None:
    got = _present(_HEAD + "Étaient présents : PETIT Anne, RUE Jean- Paul, Mme Marie- ROUX, BLANC Luc"
                   + _TAIL)
    assert got == ["Anne PETIT", "Jean-Paul RUE", "Mme Marie ROUX", "Luc BLANC"]
    from registre.reading.people import parse_list
    assert [e.full for e in parse_list("PETIT Anne, RUE Jean- Paul, Mme Marie- ROUX")] == [
        "Anne PETIT", "Jean-Paul RUE", "Marie ROUX"]


def test_a_surname_with_its_particles_before_the_first_name() -> None:
    from registre.reading.people import parse_list
    assert [(e.first, e.last) for e in parse_list("Mme PETIT Anne, M. de la RUE Jean-Paul, M. ROUX Luc")] == [
        ("Anne", "PETIT"), ("Jean-Paul", "de la RUE"), ("Luc", "ROUX")]


def test_excused_and_represented_heading_ends_the_present_list() -> None:
    text = (_HEAD + "PRESENTS : PETIT Anne (AUBIER), RUE Paul (), ROUX Eve (RIVES) "
            "EXCUSÉS ET REPRESENTÉS : BLANC Luc (), procuration à PETIT Anne NOIR Marc (VALLON), "
            "procuration à ROUX Eve" + _TAIL)
    assert _present(text) == ["Anne PETIT", "Paul RUE", "Eve ROUX"]
    pairs = [(g.split()[-1], h.split()[-1]) for g, h in _proxies(text)]
    assert pairs == [("BLANC", "PETIT"), ("NOIR", "ROUX")]


def test_a_line_of_counts_is_no_present_list() -> None:
    text = (_HEAD + "Présents : Mme PETIT Anne, M. RUE Paul, Mme ROUX Eve\n\n"
            "Nombre de membres En exercice : 5  Présents : 3  "
            "Excusés avec Délégation de vote : 1  Votants : 4"
            + _TAIL)
    assert _present(text) == ["Mme Anne PETIT", "M. Paul RUE", "Mme Eve ROUX"]


def test_present_in_capitals_without_its_accent() -> None:
    assert _given("MEMBRES EN EXERCICE : 11\n\nMEMBRES PRESENTS : 8\n\nMEMBRES VOTANTS : 10") == {
        "in_office": 11, "present": 8, "voters": 10}
    assert "present" not in _given("Conseillers REPRESENTES : 2")


def test_in_office_in_the_opening_formula() -> None:
    assert _given("formant la majorité des membres en exercice, le conseil étant composé de 11 membres.") == {
        "in_office": 11}
    assert _given("La commission est composée de 9 membres : M. Paul RUE, Mme Anne PETIT") == {}


def test_a_comma_ends_the_last_name_before_a_sentence() -> None:
    got = _present(_HEAD + "Étaient présents : PETIT Anne, RUE Paul, ROUX Eve, formant la majorité des "
                   "membres en exercice." + _TAIL)
    assert got == ["Anne PETIT", "Paul RUE", "Eve ROUX"]


def test_proxies_counted_as_delegations_of_vote() -> None:
    assert _given("En exercice : 19  Présents : 14  Excusés avec Délégation de vote : 3  Votants : 17") == {
        "in_office": 19, "present": 14, "proxies": 3, "voters": 17}


def test_a_civility_glued_to_a_surname_before_a_first_name() -> None:
    from registre.reading.people import parse_list
    got = [(e.civility.value if e.civility else None, e.first, e.last)
           for e in parse_list("M.RUE Jean-Paul Maire, Mme.PETIT Anne, M.BLANC")]
    assert got == [("M.", "Jean-Paul", "RUE"), ("Mme", "Anne", "PETIT"), (None, "", "M.BLANC")]


def test_a_label_in_quotes_keeps_the_figure_after_it() -> None:
    # « pouvoirs » in quotes: 6 is its figure, not the voters' printed before their label.
    text = ("NOMBRE DE DÉLÉGUÉS : En exercice 45\n\nPrésents 38\n\nNombre de « pouvoirs » 6 Votants 44\n\n"
            "DÉLIBÉRATION APPROUVÉE : Pour 44\n")
    counts = read_headcounts(text)
    assert counts["proxies"] == 6
    assert counts["voters"] == 44
