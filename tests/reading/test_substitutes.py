"""Substitutes (suppléants) in their wordings (P-08)."""

from __future__ import annotations

from registre.core.vocabulary import SeatRole

from .builders import computed, extract, read


def roles(doc):  # type: ignore[no-untyped-def]
    session = doc.to_session()
    return {m.person.last_name: (m.role, session.name_of(m.substitute_for) if m.substitute_for else None)
            for m in session.members}


def test_substitute_after_the_name() -> None:
    doc = read(extract("Étaient présents : Grandfontaine : Mme Patricia BORNAND, suppléante, "
                       "M. Jean DUPONT\nÉtaient absents : M. Paul PETIT"))
    assert roles(doc)["BORNAND"] == (SeatRole.SUBSTITUTE, None)
    assert computed(doc)["present"] == 2


def test_titular_replaced_by_his_substitute() -> None:
    for wording in ("suppléé par Mme Anne MARTIN", "remplacé par sa suppléante Mme Anne MARTIN"):
        doc = read(extract(f"Étaient présents : M. Jean DUPONT, M. Paul PETIT {wording}\n"
                           "Étaient absents : M. Marc BLANC"))
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
