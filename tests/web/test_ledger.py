"""The ledger of published acts: a hash chain that names its first broken link (issue 11, part 5)."""

from __future__ import annotations

import itertools

import pytest
from django.contrib.auth import get_user_model
from django.db import connection

from registre.cli.main import main
from registre.web.history.models import LedgerEntry
from registre.web.services import ledger

pytestmark = pytest.mark.django_db(transaction=True)


def _delete_in_sql(entry: LedgerEntry) -> None:
    """Tampering behind the application's back (the ORM refuses to delete an entry)."""
    with connection.cursor() as cur:
        cur.execute(f"DELETE FROM {LedgerEntry._meta.db_table} WHERE id = %s", [entry.pk])


def _chain(n: int = 5, user=None) -> list[LedgerEntry]:  # type: ignore[no-untyped-def]
    return [ledger.record("extrait", f"gbm/conseil/2024-04-11/{i}", ledger.sha256(f"acte {i}"), user)
            for i in range(1, n + 1)]


def test_each_entry_covers_the_previous_one() -> None:
    user = get_user_model().objects.create_user("greffier", password="motdepasse-long-1")
    entries = _chain(4, user)
    assert [e.sequence for e in entries] == [1, 2, 3, 4]
    assert entries[0].previous == ledger.GENESIS
    for before, after in itertools.pairwise(entries):
        assert after.previous == before.entry_hash
    assert entries[2].actor == "greffier"
    verdict = ledger.verify()
    assert verdict.ok and verdict.entries == 4 and verdict.head == entries[-1].entry_hash
    assert "intact : 4 maillon(s)" in verdict.message()


@pytest.mark.parametrize("field,value", [("digest", "f" * 64), ("subject", "gbm/conseil/2024-04-11/99"),
                                         ("kind", "erratum"), ("actor", "quelqu'un")])
def test_a_row_changed_behind_the_application_is_caught(field: str, value: str) -> None:
    entries = _chain(5)
    LedgerEntry.objects.filter(pk=entries[2].pk).update(**{field: value})  # tampering, in SQL
    verdict = ledger.verify()
    assert not verdict.ok and verdict.broken == 3
    assert "maillon n°3" in verdict.message() and "modifié" in verdict.message()


def test_a_row_rehashed_by_the_forger_breaks_the_next_link() -> None:
    entries = _chain(5)
    forged = entries[1]
    forged.digest = "e" * 64
    forged.entry_hash = ledger.entry_hash(sequence=forged.sequence, at=forged.at, kind=forged.kind,
                                          subject=forged.subject, digest=forged.digest,
                                          previous=forged.previous, user_id=None, actor="")
    LedgerEntry.objects.filter(pk=forged.pk).update(digest=forged.digest, entry_hash=forged.entry_hash)
    verdict = ledger.verify()
    assert verdict.broken == 3 and "précédent" in verdict.reason


def test_a_removed_row_is_named() -> None:
    entries = _chain(5)
    _delete_in_sql(entries[3])
    verdict = ledger.verify()
    assert verdict.broken == 4 and "absent" in verdict.reason


def test_a_rewritten_tail_is_caught_by_the_head_kept_outside() -> None:
    entries = _chain(3)
    head = ledger.verify().head
    _delete_in_sql(entries[-1])  # the last page torn out: the chain still holds
    assert ledger.verify().ok
    verdict = ledger.verify(expected_head=head)
    assert not verdict.ok and "tête" in verdict.reason


def test_an_act_changed_after_its_entry_is_caught_by_its_digester() -> None:
    stored = {"gbm/conseil/2024-04-11/13": "texte publié"}
    ledger.register_digest("test-acte", lambda subject: ledger.sha256(stored[subject]))
    try:
        ledger.record("test-acte", "gbm/conseil/2024-04-11/13", ledger.sha256("texte publié"))
        assert ledger.verify().ok
        stored["gbm/conseil/2024-04-11/13"] = "texte modifié en douce"
        verdict = ledger.verify()
        assert verdict.broken == 1 and "ne correspond plus" in verdict.reason
    finally:
        ledger.DIGESTERS.pop("test-acte")


def test_the_application_never_changes_an_entry() -> None:
    from registre.web.services.sitting import Refused

    entry = _chain(1)[0]
    entry.subject = "autre"
    with pytest.raises(Refused, match="ne se modifie ni ne se supprime"):
        entry.save()
    with pytest.raises(Refused):
        LedgerEntry.objects.filter(pk=entry.pk).delete()
    assert ledger.verify().ok


def test_a_bad_digest_is_refused() -> None:
    with pytest.raises(ValueError, match="SHA-256"):
        ledger.record("extrait", "x", "pas une empreinte")
    assert not LedgerEntry.objects.exists()


def test_registre_verify_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify"]) == 0
    assert "vide" in capsys.readouterr().out
    entries = _chain(3)
    assert main(["verify"]) == 0
    assert entries[-1].entry_hash in capsys.readouterr().out
    LedgerEntry.objects.filter(pk=entries[0].pk).update(subject="falsifié")
    assert main(["verify"]) == 1
    assert "rompu au maillon n°1" in capsys.readouterr().err
