"""Settings of uncertain law (RuleSet), deadlines of acts (A-08, A-09), `check --item`."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from fractions import Fraction

import pytest

from registre.cli.main import main
from registre.core import check_session
from registre.core.deadlines import appeal_deadline, session_deadlines
from registre.core.holidays import easter, is_working_day, public_holidays
from registre.core.model import Assembly, Authority
from registre.core.rules import COMMON_LAW, RuleSet, parse_settings
from registre.core.vocabulary import AuthorityKind

from .builders import ids, session
from .hard import check, document, text

# -- appeal deadline, délai franc moved to the next working day (R421-1 CJA) -----------


@pytest.mark.parametrize(("year", "day"), [(2019, dt.date(2019, 4, 21)), (2024, dt.date(2024, 3, 31)),
                                           (2025, dt.date(2025, 4, 20)), (2026, dt.date(2026, 4, 5)),
                                           (2038, dt.date(2038, 4, 25)), (2285, dt.date(2285, 3, 22))])
def test_A_09_easter_by_the_gregorian_computus(year, day):
    assert easter(year) == day


def test_A_09_public_holidays_of_france():
    days = public_holidays(2024)
    assert len(days) == 11
    assert dt.date(2024, 5, 9) in days and dt.date(2024, 5, 20) in days  # Ascension, Pentecôte
    assert dt.date(2024, 3, 29) not in days  # Good Friday: only in Alsace-Moselle
    assert dt.date(2024, 3, 29) in public_holidays(2024, "67")
    assert dt.date(2024, 5, 27) in public_holidays(2024, "971")
    assert not is_working_day(dt.date(2024, 6, 22)) and is_working_day(dt.date(2024, 6, 24))


def test_A_09_appeal_deadline_is_a_delai_franc():
    # Published Wednesday 24 April 2024: two months end on 24 June, which does not count.
    assert appeal_deadline(dt.date(2024, 4, 24)) == dt.date(2024, 6, 25)


def test_A_09_appeal_deadline_ending_on_a_saturday_moves_to_monday():
    # 21 April + 2 months = 21 June; the délai franc ends Saturday 22 June → Monday 24.
    assert appeal_deadline(dt.date(2024, 4, 21)) == dt.date(2024, 6, 24)


def test_A_09_appeal_deadline_ending_on_a_public_holiday_moves_on():
    # 14 June + 2 months + 1 day = Thursday 15 August 2024 (Assomption) → Friday 16.
    assert appeal_deadline(dt.date(2024, 6, 14)) == dt.date(2024, 8, 16)
    # Friday 18 April 2025 is Good Friday in Bas-Rhin: then Easter Monday, so Tuesday 22.
    assert appeal_deadline(dt.date(2025, 2, 17)) == dt.date(2025, 4, 18)
    assert appeal_deadline(dt.date(2025, 2, 17), "67") == dt.date(2025, 4, 22)


def test_A_09_session_deadline_uses_the_authority_department():
    s = replace(session(), publication_date=dt.date(2025, 2, 17))
    authority = replace(s.assembly.authority, department="67")
    alsace = replace(s, assembly=replace(s.assembly, authority=authority))
    assert {d.rule: d.due for d in session_deadlines(s)}["A-09"] == dt.date(2025, 4, 18)
    assert {d.rule: d.due for d in session_deadlines(alsace)}["A-09"] == dt.date(2025, 4, 22)


# -- EPCI only (L5211-40-2) ------------------------------------------------------------

def test_A_08_is_an_epci_rule_not_given_to_communes():
    s = session()
    commune = replace(s, assembly=Assembly(Authority("Testville", AuthorityKind.COMMUNE, population=900),
                                           "Conseil municipal", s.assembly.kind, 10))
    assert "A-08" in {d.rule for d in session_deadlines(s)}
    assert "A-08" not in {d.rule for d in session_deadlines(commune)}


# -- RuleSet: settings by name, COVID periods kept (Q-10) ------------------------------------

def test_Q_10_a_ruleset_passed_keeps_the_covid_regime_inside_its_periods():
    s = session(10, 1, present=ids(1, 2, 3, 4), date=dt.date(2021, 3, 1))
    r = check_session(s, replace(COMMON_LAW, interested_withdraw=True))
    assert r.items[0].quorum.required == 4 and r.items[0].quorum.reached
    assert r.rules.interested_withdraw and r.rules.max_proxies_per_holder == 2
    assert "COVID" in r.rules.name


def test_Q_10_covid_periods_can_be_set_off():
    s = session(10, 1, present=ids(1, 2, 3, 4), date=dt.date(2021, 3, 1))
    rules, problems = parse_settings({"covid_periods": "aucune"})
    assert not problems
    assert check_session(s, rules).items[0].quorum.required == 6


def test_Q_05_setting_from_the_rules_block_of_the_session_file():
    items = [{"number": 1, "interested": ["m2", "m3"], "vote": {"unanimous": True}}]
    present = [f"m{i}" for i in range(1, 8)]
    plain = check(document(present=present, items=items))
    withdraw = check(document(present=present, items=items, rules={"interested_withdraw": True}))
    assert plain.items[0].quorum.counted == 7 and withdraw.items[0].quorum.counted == 5
    assert "interested_withdraw=true" in withdraw.rules.name


def test_parse_settings_reads_each_kind_and_refuses_bad_values():
    rules, problems = parse_settings({"quorum_fraction": "1/3", "max_proxies_per_holder": "2",
                                      "substitutes_vote": "non", "covid_periods": "2020-03-24..2020-08-30"})
    assert not problems
    assert rules.quorum_fraction == Fraction(1, 3) and rules.max_proxies_per_holder == 2
    assert rules.substitutes_vote is False
    assert rules.covid_periods == ((dt.date(2020, 3, 24), dt.date(2020, 8, 30)),)
    same, problems = parse_settings({"quorum_fraction": "deux", "nope": 1, "interested_withdraw": "peut-être",
                                     "covid_periods": "2020-08-30..2020-03-24"})
    assert same == COMMON_LAW and len(problems) == 4
    assert all(isinstance(p, str) and p for p in problems)


def test_bad_rules_block_is_located_in_the_file(tmp_path):
    f = tmp_path / "s.yaml"
    f.write_text(text(document(rules={"quorum_fraction": "deux"})), encoding="utf-8")
    assert main(["check", str(f)]) == 2


def test_every_setting_is_listed_in_check_help(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    for name in RuleSet.__dataclass_fields__:
        if name != "name":
            assert name in out


# -- CLI: --set, --item exit status ----------------------------------------------------------

def test_check_set_overrides_the_rules_block(tmp_path, capsys):
    items = [{"number": 1, "interested": ["m2", "m3"], "vote": {"unanimous": True}}]
    present = [f"m{i}" for i in range(1, 7)]
    f = tmp_path / "s.yaml"
    f.write_text(text(document(present=present, items=items, rules={"interested_withdraw": False})),
                 encoding="utf-8")
    assert main(["check", str(f)]) == 0
    assert main(["check", str(f), "--set", "interested_withdraw=true"]) == 1  # 4 present for 6
    capsys.readouterr()
    assert main(["check", str(f), "--set", "interested_withdraw"]) == 2
    assert "NOM=VALEUR" in capsys.readouterr().err


def test_check_item_returns_the_status_of_that_item(tmp_path):
    present = [f"m{i}" for i in range(1, 7)] + [{"person": "m7", "until": 1}, {"person": "m8", "until": 1}]
    items = [{"number": 1, "vote": {"for": 8}}, {"number": 2, "vote": {"for": 9}}]
    f = tmp_path / "s.yaml"
    f.write_text(text(document(present=present, items=items)), encoding="utf-8")
    assert main(["check", str(f)]) == 1
    assert main(["check", str(f), "--item", "1"]) == 0
    assert main(["check", str(f), "--item", "2"]) == 1
