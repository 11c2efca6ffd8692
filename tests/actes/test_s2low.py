"""The S²LOW client against the fake S²LOW over HTTP: create, poll to the acknowledgement, cancel."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from registre.actes.envelope import metadata_from_session
from registre.actes.s2low import S2lowClient, S2lowConfig, Status, TransmissionError
from registre.sessionfile import load_session

ROOT = Path(__file__).resolve().parents[2]
CONSEIL = ROOT / "fixtures" / "sessions" / "gbm-conseil-2024-04-11.yaml"


@pytest.fixture
def meta():  # type: ignore[no-untyped-def]
    session = load_session(CONSEIL)
    return metadata_from_session(session, next(i for i in session.items if i.number == "13"))


def test_transaction_goes_from_posted_to_acknowledged(fake, meta):
    client = S2lowClient(S2lowConfig(url=fake.url))
    ident = client.create(meta, b"%PDF-1.7 acte", [("convention.pdf", b"%PDF-1.7 annexe")])
    sent = fake.transactions[ident]
    assert sent.fields["number"] == meta.number and sent.fields["classif1"] == str(meta.matiere[0])
    assert sent.fields["decision_date"] == meta.decision_date.isoformat()
    assert sent.files["acte_pdf_file"][0][0] == meta.file_name(1, "pdf")
    assert len(sent.files["acte_attachments[]"]) == 1
    seen = [client.status(ident).status for _ in range(3)]
    assert seen == [Status.WAITING, Status.SENT, Status.ACKNOWLEDGED]
    report = client.status(ident)
    assert report.ack is not None
    assert report.ack.acte_id.text == meta.acte_id
    assert report.ack.acte_id.siren == meta.siren and report.ack.acte_id.decision_date == meta.decision_date
    client.close()


def test_refusal_carries_s2low_message(fake, meta):
    client = S2lowClient(S2lowConfig(url=fake.url))
    with pytest.raises(TransmissionError, match="doit être un PDF"):
        client.create(meta, b"pas un pdf")
    client.create(meta, b"%PDF-1.7")
    with pytest.raises(TransmissionError, match="déjà utilisé"):
        client.create(meta, b"%PDF-1.7")


def test_cancel_marks_the_transaction_cancelled(fake, meta):
    client = S2lowClient(S2lowConfig(url=fake.url))
    ident = client.create(dataclasses.replace(meta, number="ANNUL1"), b"%PDF-1.7")
    assert client.cancel(ident) == ident
    assert client.status(ident).status is Status.CANCELLED
    assert fake.transactions[ident].history[-1] == 0


def test_unreachable_server_is_a_clear_error(meta):
    client = S2lowClient(S2lowConfig(url="http://127.0.0.1:8189", timeout=2))
    with pytest.raises(TransmissionError, match="injoignable"):
        client.create(meta, b"%PDF-1.7")


def test_unknown_transaction(fake):
    with pytest.raises(TransmissionError, match="Transaction inconnue"):
        S2lowClient(S2lowConfig(url=fake.url)).status("999")
