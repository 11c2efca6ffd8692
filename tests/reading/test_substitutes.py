"""Substitutes (suppléants) in their wordings (P-08)."""

from __future__ import annotations

from registre.core.vocabulary import SeatRole

from .builders import computed, extract, read

# Substitutes sit only in an EPCI's council (L5211-6, P-09): the extracts are a communauté's.
EPCI = ("Extrait du registre des délibérations du Conseil communautaire\n"
        "COMMUNAUTÉ DE COMMUNES DU TESTVAL\nSéance du 12 mars 2024\n"
        "Nombre de conseillers en exercice : 7\n\n")


def roles(doc):  # type: ignore[no-untyped-def]
    session = doc.to_session()
    return {m.person.last_name: (m.role, session.name_of(m.substitute_for) if m.substitute_for else None)
            for m in session.members}


def test_substitute_after_the_name() -> None:
    doc = read(extract("Étaient présents : Grandfontaine : Mme Patricia BORNAND, suppléante, "
                       "M. Jean DUPONT\nÉtaient absents : M. Paul PETIT", header=EPCI))
    assert roles(doc)["BORNAND"] == (SeatRole.SUBSTITUTE, None)
    assert computed(doc)["present"] == 2


def test_titular_replaced_by_his_substitute() -> None:
    for wording in ("suppléé par Mme Anne MARTIN", "remplacé par sa suppléante Mme Anne MARTIN"):
        doc = read(extract(f"Étaient présents : M. Jean DUPONT, M. Paul PETIT {wording}\n"
                           "Étaient absents : M. Marc BLANC", header=EPCI))
        r = roles(doc)
        assert r["MARTIN"] == (SeatRole.SUBSTITUTE, "M. Paul PETIT"), wording
        assert "petit-paul" not in {p for p, _ in doc.present}
        assert computed(doc)["present"] == 2


def test_substitute_naming_the_titular_they_replace() -> None:
    for wording in ("Mme Anne MARTIN (remplace M. Paul PETIT)",
                    "Mme Anne MARTIN suppléante de M. Paul PETIT"):
        doc = read(extract(f"Étaient présents : M. Jean DUPONT, {wording}\nÉtaient absents : M. Marc BLANC"))
        assert roles(doc)["MARTIN"] == (SeatRole.SUBSTITUTE, "M. Paul PETIT"), wording
        assert "M. Paul PETIT" in doc.as_json()["absent"][-1]["name"] or any(
            a["name"] == "M. Paul PETIT" for a in doc.as_json()["absent"])


def test_substitutes_present_without_a_vote_are_not_counted() -> None:
    doc = read(extract("Étaient présents : M. Jean DUPONT, M. Paul PETIT\n"
                       "Suppléants présents sans voix délibérative : Mme Anne MARTIN\n"
                       "Étaient absents : M. Marc BLANC", in_office=3))
    assert computed(doc)["present"] == 2
    assert "Mme Anne MARTIN" in doc.as_json()["substitutes_not_voting"]
