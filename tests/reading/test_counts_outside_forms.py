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
