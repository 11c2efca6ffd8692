"""History that can be read back, acts that cannot be changed (issue 11, part 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import connection, transaction
from django.utils import timezone

from registre.web import models as m
from registre.web import services
from registre.web.history.models import Erratum, LedgerEntry
from registre.web.services import ledger
from registre.web.services.erratum import record_erratum
from registre.web.services.history import compare, session_changes
from registre.web.services.seal import SessionSealed
from registre.web.sources import import_file

pytestmark = pytest.mark.django_db

EXTRACT = Path(__file__).parents[2] / "fixtures" / "extracts" / "000_982f1ba8b7e34159.txt"


def _post_text(clerk, session: m.Session, title: str):  # type: ignore[no-untyped-def]
    return clerk.post(f"/greffe/seance/{session.pk}/deliberation/", {
        "deliberation-item": "20", "deliberation-title": title,
        "deliberation-deliberation": "2024/2024.00120", "deliberation-summary": "",
        "deliberation-decisions": "attribue 12 500 €"})


def test_every_write_keeps_who_when_before_and_after(conseil, clerk) -> None:
    assert _post_text(clerk, conseil, "Subventions aux crèches").status_code == 302
    before = timezone.now()
    assert _post_text(clerk, conseil, "Subventions aux crèches associatives").status_code == 302
    item = conseil.items.get(number="20")
    rows = list(item.history.order_by("history_date"))  # type: ignore[attr-defined]
    assert [r.title for r in rows][-2:] == ["Subventions aux crèches", "Subventions aux crèches associatives"]
    assert rows[-1].history_user == clerk.user and rows[-1].history_type == "~"
    # The overwritten text is recoverable, and the session's history shows both values.
    change = next(c for c in session_changes(conseil) if c.label.startswith("question 20")
                  and any(f[0] == "objet" for f in c.fields))
    assert ("objet", "Subventions aux crèches", "Subventions aux crèches associatives") in change.fields
    assert change.user == clerk.user.get_username()
    diff = compare(conseil, before, timezone.now())
    (question,) = [d for d in diff if d.model == "question"]
    assert ("objet", "Subventions aux crèches", "Subventions aux crèches associatives") in question.fields


def test_services_called_outside_a_request_name_their_user(conseil, clerk) -> None:
    present = conseil.attendances.order_by("id").first()
    # confirm=True: the absence moves recorded votes (issue 11, part 3: confirmed, then flagged)
    services.set_present(clerk.user, conseil, present.person.key, False, confirm=True)  # type: ignore[union-attr]
    latest = m.Attendance.history.order_by("-history_id").first()  # type: ignore[attr-defined]
    assert (latest.id, latest.history_user) == (present.pk, clerk.user)  # type: ignore[union-attr]
    assert latest.deleted_at is not None  # withdrawn, kept
    assert import_file(EXTRACT)[0]  # the command line: no user
    assert m.ImportRecord.history.order_by("-history_id").first().history_user is None  # type: ignore[attr-defined]


def test_the_history_page_lists_and_compares(conseil, clerk, foreign_clerk) -> None:
    _post_text(clerk, conseil, "Première rédaction")
    first = timezone.now()
    _post_text(clerk, conseil, "Seconde rédaction")
    url = f"/greffe/seance/{conseil.pk}/historique/"
    page = clerk.get(url).content.decode()
    assert "Première rédaction" in page and "Seconde rédaction" in page and "greffier-gbm" in page
    page = clerk.get(url, {"de": first.isoformat(), "a": timezone.now().isoformat()}).content.decode()
    compared = page.split('id="comparaison"')[1].split("</section>")[0]
    assert "Première rédaction" in compared and "Seconde rédaction" in compared
    assert foreign_clerk.get(url).status_code == 403


def _seal(session: m.Session) -> None:
    m.Session.objects.filter(pk=session.pk).update(sealed_at=timezone.now())  # i16 writes the close service
    session.refresh_from_db()


def test_a_closed_session_refuses_every_write(conseil, clerk) -> None:
    _seal(conseil)
    key = conseil.mandates.order_by("position").first().person.key  # type: ignore[union-attr]
    with pytest.raises(SessionSealed, match=r"close depuis le .* \(R2121-9\).*erratum"):
        services.set_present(clerk.user, conseil, key, False)
    resp = _post_text(clerk, conseil, "Réécriture après clôture")
    assert resp.status_code == 400 and "close depuis le" in resp.content.decode()
    item = conseil.items.get(number="13")
    with pytest.raises(SessionSealed):  # any path: the model itself refuses
        item.title = "modifié à la main"
        item.save()
    with pytest.raises(SessionSealed):
        m.Attendance(session=conseil, person=item.rapporteur or conseil.mandates.first().person,  # type: ignore[union-attr]
                     span={}).save()
    with pytest.raises(SessionSealed), transaction.atomic():
        item.vote.delete()
    with pytest.raises(SessionSealed):
        conseil.place = "ailleurs"
        conseil.save()
    ok, message = import_file(EXTRACT)
    assert not ok and "est close" in message and "erratum" in message
    conseil.refresh_from_db()
    assert conseil.items.get(number="13").title == item.history.first().title  # type: ignore[attr-defined]


def test_an_erratum_is_recorded_beside_the_act_and_in_the_ledger(conseil, clerk, client) -> None:
    item = conseil.items.get(number="13")
    with pytest.raises(services.Refused, match="pas close"):
        record_erratum(clerk.user, conseil, item=item, field="nom", wrong="BAHR", right="BAEHR",
                       reason="coquille")
    _seal(conseil)
    e = record_erratum(clerk.user, conseil, item=item, field="nom d'une conseillère présente",
                       wrong="Frédérique BAHR", right="Frédérique BAEHR", reason="erreur matérielle")
    entry = LedgerEntry.objects.get()
    assert (entry.kind, entry.subject, entry.digest, entry.actor) == ("erratum", f"erratum/{e.pk}", e.digest,
                                                                     "greffier-gbm")
    assert ledger.verify().ok
    # Shown with the act on the public page.
    page = client.get(item.get_absolute_url()).content.decode()
    assert "Errata" in page and "lire « Frédérique BAEHR »" in page
    # Written once: the application refuses to change it; a change made in SQL is caught.
    e.right = "autre chose"
    with pytest.raises(services.Refused):
        e.save()
    with connection.cursor() as cur:
        cur.execute(f'UPDATE {Erratum._meta.db_table} SET "right" = %s WHERE id = %s',
                    ["Frédérique BAER", e.pk])
    verdict = ledger.verify()
    assert verdict.broken == 1 and f"erratum/{e.pk} ne correspond plus" in verdict.reason


def test_the_erratum_form(conseil, clerk) -> None:
    url = f"/greffe/seance/{conseil.pk}/erratum/"
    data = {"item": conseil.items.get(number="13").pk, "field": "montant", "wrong": "214 400 €",
            "right": "241 400 €", "reason": "chiffres inversés à la frappe"}
    resp = clerk.post(url, data)
    assert resp.status_code == 400 and "pas close" in resp.content.decode()
    _seal(conseil)
    resp = clerk.post(url, {**data, "reason": ""})
    assert resp.status_code == 400 and not Erratum.objects.exists()
    resp = clerk.post(url, data)
    assert resp.status_code == 302
    page = clerk.get(resp["Location"]).content.decode()
    assert "Erratum enregistré" in page and "241 400 €" in page


def test_what_is_not_the_acts_content_stays_writable(conseil) -> None:
    _seal(conseil)
    conseil.publication_date = timezone.localdate()  # published after the closing (L2131-1)
    conseil.save()
    item = conseil.items.get(number="13")
    item.save()  # nothing of the act changed: allowed
    conseil.refresh_from_db()
    assert conseil.publication_date == timezone.localdate()
