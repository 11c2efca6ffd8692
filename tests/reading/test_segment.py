"""Section labels are found however the extract prints them, and lists are unwrapped."""

from __future__ import annotations

import pytest

from registre.reading.segment import _LABEL, segment, unwrap

LABELS = {
    "present": ["Étaient présents :", "Etaient présents", "ETAIENT présents :", "Membres présents :",
                "Présents :", "Présent(e)s :", "PRÉSENTS :", "Ont assisté à la séance :"],
    "absent": ["Étaient absents :", "Etaient excusés :", "Absents excusés :", "Absents et procurations :",
               "Excusés :", "ABSENTS :", "EXCUSÉS :"],
    "proxies": ["Procurations de vote :", "Procuration :", "Pouvoirs :", "Délégations de vote :",
                "Mandants :", "Ont donné pouvoir :", "POUVOIRS :", "PROCURATIONS :"],
    "secretary": ["Secrétaire de séance :", "Secrétaire de la séance :", "Secrétaire :"],
    "counts": ["Nombre de conseillers en exercice :", "En exercice :", "Votants :",
               "Le quorum étant atteint"],
    "substitutes": ["Suppléants présents :", "Suppléant sans voix délibérative :"],
    "presidency": ["sous la présidence de", "Sous la présidence du", "Présidence :",
                   "Président de séance :"],
}


@pytest.mark.parametrize(("section", "label"), [(s, la) for s, ls in LABELS.items() for la in ls])
def test_every_label_is_found_behind_the_first_letter_guard(section: str, label: str) -> None:
    m = _LABEL.search(f"texte avant. {label} suite")
    assert m is not None and m.lastgroup == section


def test_a_list_wrapped_by_the_page_is_joined() -> None:
    assert unwrap("M. Jean\nDUPONT, Mme Anne-\nSophie MARTIN,\nM. Paul PETIT\n") == \
        "M. Jean DUPONT, Mme Anne-Sophie MARTIN, M. Paul PETIT "
    assert unwrap("M. Jean DUPONT\nMme Anne MARTIN\n") == "M. Jean DUPONT\nMme Anne MARTIN\n"


def test_annexes_start_after_the_signature() -> None:
    text = ("Étaient présents : M. Jean DUPONT\n\nAnnexe 1 : cité dans le corps\n\nPour extrait conforme,\n"
            "Le Maire\n\nAnnexe 1 : Programme\n\ntexte\n\nAnnexe 2 : Budget\n\nchiffres\n")
    seg = segment(text)
    assert seg.annexes_start is not None
    assert text[seg.annexes_start:].lstrip().startswith("Annexe 1 : Programme")
