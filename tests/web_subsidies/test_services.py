"""Every service rule through the web's write path: refused changes leave nothing written,
with the rule's reason and the clause cited; accepted ones change the convention's state."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from registre.subsidies.deadlines import convention_state, deadlines
from registre.subsidies.vocabulary import ConventionState, DeadlineKind, DeadlineState
from registre.web.subsidies import models as sm
from registre.web.subsidies import services
from registre.web.subsidies.convert import conventions_queryset, to_domain

D = dt.date


def fresh(conv: sm.Convention) -> sm.Convention:
    return conventions_queryset().get(pk=conv.pk)


def test_s12_payment_request_after_the_deadline_refused_as_lapsed(cmq, clerk) -> None:  # type: ignore[no-untyped-def]
    services.notify(clerk.user, cmq, D(2023, 11, 15))
    with pytest.raises(services.Refused) as e:
        services.request_payment(clerk.user, cmq, D(2024, 2, 1))
    assert e.value.rule == "S-12" and e.value.field == "on"
    assert "15/01/2024" in str(e.value) and "caduque" in str(e.value) and "art." in str(e.value)
    assert not cmq.events.filter(kind="demande_paiement").exists()
    services.request_payment(clerk.user, cmq, D(2024, 1, 15))  # the last day is still in time
    assert cmq.events.filter(kind="demande_paiement").count() == 1


def test_pay_ceil_payment_above_the_ceiling_refused(cmq, clerk) -> None:  # type: ignore[no-untyped-def]
    services.pay(clerk.user, cmq, D(2024, 1, 20), Decimal(19800))
    with pytest.raises(services.Refused) as e:
        services.pay(clerk.user, cmq, D(2024, 1, 21), Decimal("0.01"))
    assert e.value.rule == "PAY-CEIL" and e.value.field == "amount" and "19\u202f800 €" in str(e.value)
    assert cmq.events.filter(kind="paiement").count() == 1
    assert to_domain(fresh(cmq)).paid == Decimal(19800)


def test_amendment_below_what_was_paid_refused_and_one_above_raises_the_ceiling(pmt, clerk) -> None:  # type: ignore[no-untyped-def]
    services.pay(clerk.user, pmt, D(2024, 6, 1), Decimal(45000))
    with pytest.raises(services.Refused) as e:
        services.add_amendment(clerk.user, pmt, 1, D(2024, 7, 1), "réduction", Decimal(40000))
    assert e.value.rule == "PAY-CEIL" and not pmt.amendments.exists()
    services.add_amendment(clerk.user, pmt, 1, D(2024, 7, 1), "prolongation", Decimal(50000), D(2025, 6, 30))
    c = to_domain(fresh(pmt))
    assert c.ceiling == Decimal(50000) and c.current_end_date == D(2025, 6, 30)
    services.pay(clerk.user, pmt, D(2024, 8, 1), Decimal(5000))
    with pytest.raises(services.Refused):
        services.add_amendment(clerk.user, pmt, 1, D(2024, 9, 1))


def test_negative_amount_refused(cmq, clerk) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(services.Refused) as e:
        services.repay(clerk.user, cmq, D(2024, 3, 1), Decimal(-5))
    assert e.value.rule == "EVT-AMT" and not cmq.events.exists()


def test_s06_publication_due_three_months_after_signature(pmt, clerk) -> None:  # type: ignore[no-untyped-def]
    services.sign(clerk.user, pmt, D(2024, 5, 2))
    publication = next(d for d in deadlines(to_domain(fresh(pmt))) if d.kind is DeadlineKind.PUBLICATION)
    assert publication.due == D(2024, 8, 2) and publication.rule == "S-06"
    late = [f for f in services.check(fresh(pmt), D(2024, 9, 1)) if f.rule == "S-06"]
    assert late and "02/08/2024" in late[0].message
    services.publish_essential_data(clerk.user, pmt, D(2024, 9, 5))
    assert not [f for f in services.check(fresh(pmt), D(2024, 9, 10)) if f.rule == "S-06"]


def test_s07_association_without_contrat_d_engagement_republicain(cmq, clerk) -> None:  # type: ignore[no-untyped-def]
    s07 = [f for f in services.check(fresh(cmq), D(2024, 1, 1)) if f.rule == "S-07"]
    assert s07 and s07[0].severity.value == "erreur"
    b = cmq.beneficiary
    b.cer_signed_on = D(2023, 9, 1)
    services.save_row(clerk.user, b)
    assert not [f for f in services.check(fresh(cmq), D(2024, 1, 1)) if f.rule == "S-07"]
    # Beneficiary.history is its past subsidies: its history of writes is ``write_history``.
    assert sm.Beneficiary.write_history.filter(id=b.pk, history_user=clerk.user).exists()


def test_state_moves_with_the_events(cmq, clerk) -> None:  # type: ignore[no-untyped-def]
    on = D(2024, 1, 5)
    assert convention_state(to_domain(fresh(cmq)), on) is ConventionState.PENDING
    services.transmit_to_prefect(clerk.user, cmq, D(2023, 11, 10))
    services.notify(clerk.user, cmq, D(2023, 11, 15))
    assert convention_state(to_domain(fresh(cmq)), on) is ConventionState.LAPSING
    services.request_payment(clerk.user, cmq, D(2024, 1, 4))
    request = next(d for d in deadlines(to_domain(fresh(cmq))) if d.kind is DeadlineKind.PAYMENT_REQUEST)
    assert request.state(on) is DeadlineState.DONE


def test_report_received_and_history_kept(cmq, clerk) -> None:  # type: ignore[no-untyped-def]
    services.receive_report(clerk.user, cmq, D(2024, 10, 1), "Bilan des actions")
    event = cmq.events.get()
    assert event.kind == "rapport_recu" and event.recorded_by == clerk.user
    assert sm.ConventionEvent.history.filter(kind="rapport_recu", history_user=clerk.user).exists()
    services.delete_row(clerk.user, event)
    assert not cmq.events.exists() and sm.ConventionEvent.all_objects.filter(pk=event.pk).exists()
