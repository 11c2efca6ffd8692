"""Section labels are found however the extract prints them, and lists are unwrapped."""

from __future__ import annotations

import pytest

import registre.reading.segment as segmenting
from registre.reading.items import Item, numbered_items
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


def test_the_items_the_annex_check_read_are_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # « Annexe 1 : Plan des parcelles » inside the second item, no list before the items: the annex
    # check read the items of the whole text, within the bounds the body is read in; read once.
    prose = "Le maire présente le projet au conseil municipal, qui en débat longuement. " * 12
    text = "Commune de SAINT-EXEMPLE\nSéance du 26 janvier 2026\n\n" + "".join(
        f"2026-09-0{k} TITRE DU POINT NUMERO {k}\n\n{prose}\nLe conseil approuve à l'unanimité.\n\n"
        + ("Annexe 1 : Plan des parcelles en rose\n\n" + prose * 2 + "\n\n" if k == 2 else "")
        for k in range(1, 6))
    read_items = numbered_items
    calls: list[tuple[int, int | None, int]] = []

    def counted(text: str, start: int = 0, end: int | None = None, after: int = 0) -> list[Item]:
        calls.append((start, end, after))
        return read_items(text, start, end, after)

    monkeypatch.setattr(segmenting, "numbered_items", counted)
    seg = segment(text)
    assert seg.annexes_start is None and seg.preamble_end == 0
    assert calls == [(0, None, 0)]
    assert seg.items == read_items(text, 0, len(text), seg.preamble_end)
    assert [it.number for it in seg.items] == [f"2026-09-0{k}" for k in range(1, 6)]
