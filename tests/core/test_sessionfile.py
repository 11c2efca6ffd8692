"""Bad session files give located French messages, never a traceback."""

from __future__ import annotations

import pytest

from registre.core.errors import SessionFileError
from registre.sessionfile import load_session, load_session_text

HEAD = """format: registre-session/1
authority: {name: Commune test, kind: commune}
assembly: {name: Conseil municipal, kind: conseil, members_in_office: 3}
members:
  - {name: Mme Anne MARTIN}
  - {name: M. Paul DURAND}
  - {name: M. Jean-Pierre PETIT}
session:
  date: "2024-01-05"
  president: martin-anne
"""


def problems(text: str) -> list[str]:
    with pytest.raises(SessionFileError) as e:
        load_session_text(text, "s.yaml")
    return e.value.problems


def test_minimal_file_loads_and_resolves_names():
    s = load_session_text(HEAD + "present: [Anne MARTIN, durand-paul, M. Jean-Pierre PETIT]\n")
    assert [a.person for a in s.attendance] == ["martin-anne", "durand-paul", "petit-jean-pierre"]


def test_yaml_syntax_error_names_file_and_line():
    (msg,) = problems(HEAD + "present: [martin-anne\n")
    assert msg.startswith("s.yaml:") and "YAML invalide" in msg


def test_unknown_person_names_field_line_and_suggests():
    (msg,) = problems(HEAD + "present:\n  - martin-anne\n  - durand-pual\n")
    assert msg.startswith("s.yaml:13:") and "present[1]" in msg
    assert "personne inconnue" in msg and "durand-paul" in msg


def test_schema_error_missing_field_and_unknown_field():
    text = HEAD.replace("assembly: {name: Conseil municipal, kind: conseil, members_in_office: 3}",
                        "assembly: {name: Conseil municipal, kind: conseil, membres: 3}")
    msgs = problems(text)
    assert any("members_in_office" in m and "manquant" in m for m in msgs)
    assert any("membres" in m and "inconnu" in m for m in msgs)
    assert all(m.startswith("s.yaml:3:") for m in msgs)


def test_wrong_type_and_enum_are_explained():
    msgs = problems(HEAD.replace("kind: commune", "kind: village")
                    + "items: [{number: 1, vote: {for: deux}}]\n")
    assert any("village" in m and "non permise" in m for m in msgs)
    assert any("items[0].vote.for" in m for m in msgs)


def test_impossible_date_is_reported():
    (msg,) = problems(HEAD.replace('"2024-01-05"', '"2024-02-30"'))
    assert "session.date" in msg and "date impossible" in msg


def test_impossible_span_is_reported():
    msgs = problems(HEAD + "present:\n  - {person: martin-anne, until: 3, before: 4}\n"
                    "  - {person: durand-paul, from: 25h99}\n")
    assert any("s'excluent" in m for m in msgs)
    assert any("heure impossible" in m for m in msgs)


def test_ambiguous_reference_is_explained():
    (msg,) = problems(HEAD + "present:\n  - {person: martin-anne, from: après la pause}\n")
    assert "ambiguë" in msg


def test_duplicate_member_ids_ask_for_explicit_id():
    (msg,) = problems(HEAD.replace("M. Paul DURAND", "Mme Anne MARTIN"))
    assert "identifiant" in msg and "martin-anne" in msg


def test_every_problem_is_reported_at_once():
    msgs = problems(HEAD + "present: [nobody, ghost]\nproxies: [{giver: x, holder: y}]\n")
    assert len(msgs) == 4


def test_vote_without_result_is_refused():
    (msg,) = problems(HEAD + "items: [{number: 1, vote: {ballot: secret}}]\n")
    assert "vote sans résultat" in msg


def test_not_a_mapping_and_empty_file():
    assert problems("- a\n- b\n")[0].endswith("table (clé: valeur)")
    assert problems("")[0].endswith("table (clé: valeur)")


def test_unreadable_and_non_utf8_files(tmp_path):
    with pytest.raises(SessionFileError, match="lecture impossible"):
        load_session(tmp_path / "absent.yaml")
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("nom: é".encode("latin-1"))
    with pytest.raises(SessionFileError, match="UTF-8"):
        load_session(bad)


def test_substitute_names_titular():
    text = HEAD.replace("  - {name: M. Jean-Pierre PETIT}",
                        "  - {name: M. Jean-Pierre PETIT, role: suppleant, substitute_for: Paul DURAND}")
    s = load_session_text(text)
    m = s.member("petit-jean-pierre")
    assert m.is_substitute and m.substitute_for == "durand-paul"


def test_amounts_and_text_are_read():
    s = load_session_text(HEAD + "items:\n  - number: 1\n    text:\n"
                          "      budget: {planned_amount: '214 400 €', operation_amount: 45000}\n"
                          "      opinions: [{body: Commission, date: '2024-03-13'}]\n")
    b = s.items[0].text.budget
    assert str(b.planned_amount) == "214400" and str(b.operation_amount) == "45000"
