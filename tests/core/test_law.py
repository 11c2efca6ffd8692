"""The law's hard cases, one test per rule ID (regles-juridiques.md, revised 2026-12).

Each case is a session file (tests/core/hard.py) run through the loader and the check,
as `registre check` does; every test names the rule it exercises.
"""

from __future__ import annotations

from registre.core.vocabulary import Outcome

from .hard import check, document, errors, rules_of


def roll(for_: list[int], against: list[int], abstention: list[int] = ()) -> list[dict[str, str]]:
    return ([{"voter": f"m{i}", "choice": "pour"} for i in for_]
            + [{"voter": f"m{i}", "choice": "contre"} for i in against]
            + [{"voter": f"m{i}", "choice": "abstention"} for i in abstention])


def one_item(vote: dict, **item) -> list[dict]:
    return [{"number": 1, "title": "Question 1", "vote": vote, **item}]


# -- V-02: casting vote (L2121-20 al. 3) ---------------------------------------------------

def test_V_02_tie_where_the_president_abstained_is_a_rejection():
    r = check(document(items=one_item({"roll_call": roll([2, 3, 4], [5, 6, 7], [1, 8, 9, 10])})))
    t = r.items[0].tally
    assert t.outcome is Outcome.REJECTED and not t.casting_vote


def test_V_02_clerk_adopte_on_a_tie_the_president_abstained_is_an_error():
    r = check(document(items=one_item({"roll_call": roll([2, 3, 4], [5, 6, 7], [1, 8, 9, 10]),
                                       "outcome": "adopte"})))
    assert "V-02" in errors(r) and not r.ok


def test_V_02_president_absent_has_no_casting_vote():
    present = [f"m{i}" for i in range(2, 11)]
    r = check(document(present=present, items=one_item(
        {"for": 4, "against": 4, "abstention": 1, "president_vote": "pour", "outcome": "adopte"})))
    t = r.items[0].tally
    assert t.outcome is Outcome.REJECTED and not t.casting_vote
    assert "V-02" in errors(r)


def test_V_02_president_interested_has_no_casting_vote():
    r = check(document(items=one_item(
        {"for": 4, "against": 4, "abstention": 1, "president_vote": "pour"},
        interested=["m1"])))
    assert r.items[0].tally.outcome is Outcome.REJECTED


def test_V_02_president_present_voting_for_decides_a_tie():
    r = check(document(items=one_item({"roll_call": roll([1, 2, 3, 4, 5], [6, 7, 8, 9, 10])})))
    t = r.items[0].tally
    assert t.outcome is Outcome.ADOPTED and t.casting_vote


def test_V_02_item_presided_by_another_member_uses_their_vote():
    r = check(document(items=one_item({"roll_call": roll([2, 3, 4, 5, 6], [1, 7, 8, 9, 10])},
                                      presided_by="m2")))
    assert r.items[0].tally.outcome is Outcome.ADOPTED


def test_V_02_secret_ballot_tie_is_a_rejection_whatever_the_president():
    r = check(document(items=one_item({"ballot": "secret", "for": 5, "against": 5,
                                       "president_vote": "pour", "outcome": "adopte"})))
    assert r.items[0].tally.outcome is Outcome.REJECTED and "V-02" in errors(r)


def test_V_02_unknown_president_vote_on_a_tie_stays_undetermined():
    r = check(document(items=one_item({"for": 5, "against": 5})))
    assert r.items[0].tally.outcome is Outcome.UNDETERMINED and "V-02" in rules_of(r)


# -- V-08: compte administratif (L1612-12, L2121-14) ---------------------------------------

def ca(vote: dict, **kw) -> list[dict]:
    return one_item(vote, kind="compte_administratif", presided_by="m2", **kw)


def test_V_08_tie_adopts_the_compte_administratif():
    r = check(document(items=ca({"roll_call": roll([2, 3, 4, 5], [6, 7, 8, 9], [10]), "outcome": "adopte"})))
    assert r.items[0].tally.outcome is Outcome.ADOPTED and r.ok


def test_V_08_tie_adopts_it_even_by_secret_ballot():
    r = check(document(items=ca({"ballot": "secret", "for": 4, "against": 4, "abstention": 1,
                                 "outcome": "adopte"})))
    assert r.items[0].tally.outcome is Outcome.ADOPTED
    assert "V-01" not in errors(r) and "V-02" not in errors(r)


def test_V_08_majority_against_rejects_it():
    r = check(document(items=ca({"for": 3, "against": 5, "abstention": 1, "outcome": "rejete"})))
    assert r.items[0].tally.outcome is Outcome.REJECTED and r.ok


def test_V_08_recorded_rejection_on_a_tie_is_an_error():
    r = check(document(items=ca({"for": 4, "against": 4, "abstention": 1, "outcome": "rejete"})))
    assert "V-08" in errors(r)


def test_V_08_the_executive_does_not_preside_the_vote():
    r = check(document(items=one_item({"for": 9}, kind="compte_administratif")))
    assert "V-08" in errors(r)
    assert any("L2121-14" in f.message for f in r.all_findings())


def test_V_08_executive_absent_presiding_member_not_said_is_a_warning():
    present = [f"m{i}" for i in range(2, 11)]
    r = check(document(present=present, items=one_item({"for": 9}, kind="compte_administratif")))
    assert "V-08" not in errors(r) and "V-08" in rules_of(r, "avertissement")


def test_V_08_the_executive_withdraws_for_the_vote():
    r = check(document(items=ca({"for": 9})))
    assert r.items[0].tally.available == 9  # m1, the president (executive), does not vote
    r2 = check(document(items=ca({"roll_call": roll([1, 2, 3], [4])})))
    assert "V-08" in errors(r2) and r2.items[0].tally.counts.for_ == 2


def test_V_08_item_recognised_by_its_title():
    items = [{"number": 1, "title": "Approbation du compte administratif 2023", "presided_by": "m2",
              "vote": {"for": 4, "against": 4, "abstention": 1}}]
    assert check(document(items=items)).items[0].tally.outcome is Outcome.ADOPTED
    items[0]["title"] = "Affectation du résultat du compte administratif 2023"
    assert check(document(items=items)).items[0].tally.outcome is not Outcome.ADOPTED


# -- P-08 to P-10: substitutes (L5211-6, L5211-6-1) ------------------------------------------

SUB = {"id": "s1", "name": "Sup PLEANT", "commune": "Commune9", "role": "suppleant", "substitute_for": "m9"}


def test_P_09_a_substitute_never_gives_a_proxy():
    # m9 (titular) gives a proxy to m2; s1, its substitute, « gives » one to m3: void.
    present = [f"m{i}" for i in range(1, 9)]
    r = check(document(extra=[SUB], present=present,
                       proxies=[{"giver": "m9", "holder": "m2"}, {"giver": "s1", "holder": "m3"}],
                       items=one_item({"unanimous": True})))
    item = r.items[0]
    assert item.represented == {"m9": "m2"}
    assert item.tally.available == 9
    assert "P-09" in errors(r)


def test_P_09_substitute_proxy_while_the_titular_is_present_is_void():
    present = [f"m{i}" for i in range(1, 10)]
    r = check(document(extra=[SUB], present=present, proxies=[{"giver": "s1", "holder": "m3"}],
                       items=one_item({"unanimous": True})))
    assert r.items[0].tally.available == 9 and "P-09" in errors(r)


def test_P_09_no_substitute_in_a_conseil_municipal():
    present = [*[f"m{i}" for i in range(1, 9)], "s1"]
    r = check(document(kind="commune", population=2000, extra=[SUB], present=present,
                       items=one_item({"unanimous": True})))
    assert "P-09" in errors(r)
    assert "s1" not in r.items[0].present and r.items[0].tally.available == 8


def test_P_10_no_substitute_in_a_bureau():
    present = [*[f"m{i}" for i in range(1, 9)], "s1"]
    r = check(document(assembly="bureau", extra=[SUB], present=present,
                       items=one_item({"unanimous": True})))
    assert "P-10" in errors(r) and "s1" not in r.items[0].present


def test_P_09_no_substitute_for_a_commune_with_several_seats():
    ms = [{"id": "m10", "name": "Prénom10 NOM10", "commune": "Commune9"}]
    doc = document(n=9, extra=[*ms, SUB], in_office=10,
                   present=[*[f"m{i}" for i in range(1, 9)], "m10", "s1"],
                   items=one_item({"unanimous": True}))
    r = check(doc)
    assert "P-09" in errors(r) and "s1" not in r.items[0].present


def test_P_08_substitute_of_a_single_seat_sits_and_votes():
    present = [*[f"m{i}" for i in range(1, 9)], "s1"]
    r = check(document(extra=[SUB], present=present, items=one_item({"unanimous": True})))
    assert r.ok and "s1" in r.items[0].present and r.items[0].tally.available == 9


def test_P_09_substitute_sitting_while_the_titular_sits_is_not_counted():
    r = check(document(extra=[SUB], present=[*[f"m{i}" for i in range(1, 11)], "s1"],
                       items=one_item({"unanimous": True})))
    assert r.items[0].tally.available == 10 and "P-09" in errors(r)


def test_P_08_substitute_without_a_named_titular_stands_for_a_seat():
    # The titular is not named (the Conseil seed has such a substitute): she is counted as
    # the seat, never guessed from her commune (the reader's communes can be approximate).
    unnamed = {"id": "s1", "name": "Sup PLEANT", "commune": "Commune11", "role": "suppleant"}
    r = check(document(extra=[unnamed], in_office=11, present=[*[f"m{i}" for i in range(1, 11)], "s1"],
                       items=one_item({"unanimous": True})))
    assert r.ok and r.items[0].tally.available == 11 and "Q-02" not in rules_of(r)


# -- second convocation (L2121-17 al. 2) ----------------------------------------------

FEW = ["m1", "m2", "m3"]


def second(**session) -> dict:
    return document(present=FEW, session={"date": "2024-04-11", "president": "m1", **session},
                    items=[{"number": 1}, {"number": 2}])


def test_Q_07_waiver_needs_three_clear_days():
    r = check(second(convocation_date="2024-04-10",
                     second_convocation={"first_sitting": "2024-04-09"}))
    assert not r.items[0].quorum.reached and "Q-07" in errors(r) and "Q-01" in errors(r)


def test_Q_07_three_clear_days_are_enough_even_for_an_epci():
    r = check(second(convocation_date="2024-04-07",
                     second_convocation={"first_sitting": "2024-04-04"}))
    assert r.items[0].quorum.waived and r.ok
    assert "K-02" not in rules_of(r)


def test_Q_07_waiver_is_tied_to_the_failed_sitting():
    r = check(second(convocation_date="2024-04-07", second_convocation=True))
    assert not r.items[0].quorum.reached and "Q-07" in errors(r)


def test_Q_07_waiver_only_for_the_items_of_the_failed_sitting():
    r = check(second(convocation_date="2024-04-07",
                     second_convocation={"first_sitting": "2024-04-04", "items": [1]}))
    assert r.items[0].quorum.waived and not r.items[1].quorum.reached
    assert any("séance initiale" in f.message for f in r.items[1].findings)


def test_Q_07_refused_waiver_is_an_error_only_where_the_quorum_lacks():
    doc = second(convocation_date="2024-04-10", second_convocation=True)
    doc["present"] = [f"m{i}" for i in range(1, 8)]
    r = check(doc)
    assert r.ok and "Q-07" in rules_of(r, "avertissement")


def test_Q_07_convocation_sent_before_the_failed_sitting_does_not_waive():
    r = check(second(convocation_date="2024-04-03",
                     second_convocation={"first_sitting": "2024-04-04"}))
    assert not r.items[0].quorum.reached and "Q-07" in errors(r)


# -- K-01, K-02: convocation delay (L2121-11, L2121-12, L5211-1) ---------------------------

def convened(sent: str, **kw) -> list[str]:
    session = {"date": "2024-04-11", "president": "m1", "convocation_date": sent}
    session.update(kw.pop("session", {}))
    return [f"{f.severity.value}:{f.rule}" for f in check(document(session=session, **kw)).findings
            if f.rule.startswith("K-")]


def test_K_02_small_commune_three_clear_days():
    assert convened("2024-04-07", kind="commune", population=800) == []
    assert convened("2024-04-08", kind="commune", population=800) == ["erreur:K-02"]


def test_K_02_commune_of_3500_and_more_five_clear_days():
    assert convened("2024-04-05", kind="commune", population=3500) == []
    assert convened("2024-04-07", kind="commune", population=3500) == ["erreur:K-02"]


def test_K_02_epci_five_clear_days_below_is_an_error():
    assert convened("2024-04-05") == []
    assert convened("2024-04-07") == ["erreur:K-02"]
    assert convened("2024-04-10") == ["erreur:K-02"]  # the day before: no clear day at all


def test_K_02_unknown_population_is_said_not_assumed():
    r = check(document(kind="commune", session={"date": "2024-04-11", "president": "m1",
                                                "convocation_date": "2024-04-07"}))
    k = [f for f in r.findings if f.rule == "K-02"]
    assert k and k[0].severity.value == "avertissement" and "population" in k[0].message
    assert convened("2024-04-09", kind="commune") == ["erreur:K-02"]


def test_K_02_urgency_allows_one_clear_day_never_less():
    assert convened("2024-04-09", session={"urgency": True}) == ["information:K-02"]
    assert convened("2024-04-10", session={"urgency": True}) == ["erreur:K-02"]


def test_K_02_same_day_convocation_says_so():
    r = check(document(session={"date": "2024-04-11", "president": "m1", "convocation_date": "2024-04-11"}))
    k = [f for f in r.findings if f.rule == "K-02"]
    assert k and "jour même" in k[0].message and k[0].severity.value == "erreur"


def test_K_01_convocation_after_the_session():
    assert convened("2024-04-12") == ["erreur:K-01"]


# -- presence by clock time --------------------------------------------------------

def test_Q_04_arrival_by_clock_time_without_item_times_is_not_presence_throughout():
    present = [*[f"m{i}" for i in range(1, 6)], {"person": "m6", "from": "19h15"}]
    r = check(document(present=present, items=[{"number": 1}, {"number": 2}]))
    assert all(not i.quorum.reached for i in r.items)
    assert all("m6" not in i.present for i in r.items)


def test_Q_04_arrival_by_clock_time_with_item_times():
    present = [*[f"m{i}" for i in range(1, 6)], {"person": "m6", "from": "19h15"}]
    items = [{"number": 1, "taken_up_at": "18h30"}, {"number": 2, "taken_up_at": "19h30"}]
    r = check(document(present=present, items=items))
    assert ["m6" in i.present for i in r.items] == [False, True]


def test_Q_04_arrival_before_the_opening_is_presence_throughout():
    present = [*[f"m{i}" for i in range(1, 6)], {"person": "m6", "from": "17h55"}]
    r = check(document(present=present, session={"date": "2024-04-11", "opened_at": "18h00"},
                       items=[{"number": 1}, {"number": 2}]))
    assert all("m6" in i.present for i in r.items)


# -- Recorded counts against voters (L2121-20, L2131-11) -----------------------------------

def test_V_01_nine_recorded_for_seven_voters_is_an_error():
    present = [f"m{i}" for i in range(1, 8)]
    r = check(document(present=present, items=one_item({"for": 5, "against": 4})))
    assert "VOTE-OVER" in errors(r) and not r.ok
    assert any("changer le résultat" in f.message for f in r.all_findings())
    assert r.items[0].tally.outcome is Outcome.UNDETERMINED


def test_V_01_not_voting_recorded_beyond_the_members_present_is_an_error():
    present = [f"m{i}" for i in range(1, 9)]
    r = check(document(present=present, items=one_item({"for": 5, "against": 2, "not_voting": 3})))
    assert "VOTE-OVER" in errors(r)
    r = check(document(present=present, items=one_item({"for": 5, "against": 2, "not_voting": 1})))
    assert r.ok


def test_C_01_counting_an_interested_member_is_an_error():
    r = check(document(items=one_item({"for": 10}, interested=["m5"])))
    assert "C-01" in errors(r)
    assert any("L2131-11" in f.message for f in r.all_findings())


def test_C_01_interested_member_voting_in_a_roll_call_is_refused():
    r = check(document(items=one_item({"roll_call": roll([1, 2, 5], [])}, interested=["m5"])))
    assert "C-01" in errors(r) and r.items[0].tally.counts.for_ == 2


# -- P-02, P-03: order of proxies (L2121-20) -------------------------------------------------

def proxies_case(proxies: list[dict]) -> list[dict[str, str]]:
    present = [f"m{i}" for i in range(1, 7)]
    r = check(document(present=present, proxies=proxies, items=[{"number": 1}, {"number": 2}, {"number": 3}]))
    return [i.represented for i in r.items]


def test_P_03_later_proxy_of_a_giver_revokes_the_earlier_whatever_the_file_order():
    a = {"giver": "m7", "holder": "m1"}
    b = {"giver": "m7", "holder": "m2", "from": 2}
    expected = [{"m7": "m1"}, {"m7": "m2"}, {"m7": "m2"}]
    assert proxies_case([a, b]) == expected
    assert proxies_case([b, a]) == expected


def test_P_02_a_holder_keeps_the_first_proxy_received_whatever_the_file_order():
    a = {"giver": "m7", "holder": "m1"}
    b = {"giver": "m8", "holder": "m1", "from": 2}
    expected = [{"m7": "m1"}, {"m7": "m1"}, {"m7": "m1"}]
    assert proxies_case([a, b]) == expected
    assert proxies_case([b, a]) == expected


def test_P_02_simultaneous_proxies_are_settled_by_the_list_of_members_not_the_file():
    a = {"giver": "m7", "holder": "m1"}
    b = {"giver": "m8", "holder": "m1"}
    assert proxies_case([a, b]) == proxies_case([b, a]) == [{"m7": "m1"}] * 3


def test_VOTE_TWICE_a_member_voting_twice_in_a_roll_call_counts_once():
    twice = [*roll([1, 2, 3], []), {"voter": "m2", "choice": "contre"}]
    r = check(document(items=one_item({"roll_call": twice})))
    assert "VOTE-TWICE" in errors(r) and r.items[0].tally.counts.for_ == 3
    assert r.items[0].tally.counts.against == 0
