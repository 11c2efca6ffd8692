"""Proxies in all the forms extracts print them."""

from __future__ import annotations

import pytest

from .builders import computed, extract, read

PRESENT = "Étaient présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul PETIT\n"
ABSENT = "Étaient absents : M. Marc BLANC, Mme Julie NOIR\n"


def pairs(doc):  # type: ignore[no-untyped-def]
    return [(doc.member(p.giver).last, doc.member(p.holder).last if p.holder else None) for p in doc.proxies]


@pytest.mark.parametrize("wording", [
    "M. Marc BLANC à M. Jean DUPONT",
    "M. Marc BLANC pouvoir à M. Jean DUPONT",
    "M. Marc BLANC donne pouvoir à M. Jean DUPONT",
    "M. Marc BLANC a donné pouvoir (procuration) à M. Jean DUPONT",
    "M. Marc BLANC (pouvoir à M. Jean DUPONT)",
    "M. Jean DUPONT (a reçu pouvoir de M. Marc BLANC)",
    "M. Marc BLANC représenté par M. Jean DUPONT",
    "M. Marc BLANC délégation de vote à M. Jean DUPONT",
])
def test_proxy_wordings(wording: str) -> None:
    doc = read(extract(PRESENT + ABSENT + f"Procurations : {wording}"))
    assert pairs(doc) == [("BLANC", "DUPONT")]
    assert computed(doc)["proxies"] == 1


def test_proxy_written_in_the_absent_list() -> None:
    doc = read(extract(PRESENT + "Étaient absents : M. Marc BLANC excusé, pouvoir à M. Jean DUPONT, "
                       "Mme Julie NOIR excusée"))
    assert pairs(doc) == [("BLANC", "DUPONT")]
    assert [doc.member(p).last for p in doc.absent] == ["BLANC", "NOIR"]


def test_received_proxy_in_the_present_list() -> None:
    doc = read(extract("Étaient présents : M. Jean DUPONT (a reçu pouvoir de M. Marc BLANC), "
                       "Mme Anne MARTIN\n" + ABSENT))
    assert pairs(doc) == [("BLANC", "DUPONT")]


def test_parallel_mandants_and_mandataires_lists() -> None:
    doc = read(extract(PRESENT + ABSENT + "Mandants : M. Marc BLANC, Mme Julie NOIR\n"
                       "Mandataires : M. Jean DUPONT, Mme Anne MARTIN"))
    assert pairs(doc) == [("BLANC", "DUPONT"), ("NOIR", "MARTIN")]


def test_proxy_to_a_role_goes_to_the_presiding_member() -> None:
    doc = read(extract("Sous la présidence de M. Jean DUPONT, Maire.\n" + PRESENT + ABSENT
                       + "Pouvoirs : M. Marc BLANC à M. le Maire"))
    assert pairs(doc) == [("BLANC", "DUPONT")]
    assert any("maire" in w for w in doc.warnings)


def test_proxy_until_the_giver_arrives_at_a_time() -> None:
    doc = read(extract(PRESENT + ABSENT + "Procurations : M. Marc BLANC à M. Jean DUPONT "
                       "(jusqu'à son arrivée à 19h15)"))
    assert doc.proxies[0].span is not None
    assert doc.proxies[0].span.label() == "jusqu'à la 19h15"
    assert not doc.proxies[0].span.end_inclusive


def test_proxy_giver_on_no_list_is_added_and_reported() -> None:
    doc = read(extract(PRESENT + ABSENT + "Procurations : Mme Léa GRIS à Mme Anne MARTIN"))
    assert any("GRIS" in w and "aucune liste" in w for w in doc.warnings)
    assert computed(doc)["proxies"] == 1


def test_absents_who_voted_by_proxy_without_a_named_holder() -> None:
    """Montpellier: « Absents ayant voté par procuration en application de l'article L 2121-20 … :
    X, Y » — givers, holders not printed; not present."""
    from registre.reading import read_text

    doc = read_text("Présents :\nFabien ABERT,Lorraine ACQUIER,Luc ALBERNHE\n"
                    "Absents ayant voté par procuration en application de l'article L 2121-20 du Code\n"
                    "Général des Collectivités Territoriales :\nStéphanie JANNIN,Bernard TRAVIER.\n"
                    "Absents :\n\nDélibération n° 12 : Objet\nAdopté à l'unanimité.").document
    assert doc is not None
    assert [doc.name(p) for p, _ in doc.present] == ["Fabien ABERT", "Lorraine ACQUIER", "Luc ALBERNHE"]
    assert [(doc.name(p.giver), p.holder) for p in doc.proxies] == [("Stéphanie JANNIN", None),
                                                                     ("Bernard TRAVIER", None)]
