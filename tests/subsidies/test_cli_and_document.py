"""``registre conventions`` and the convention document's data."""

from __future__ import annotations

import json

import pytest

from registre.cli.main import main
from registre.subsidies.document import convention_document
from registre.subsidies.model import Convention

from .conftest import CMQ_FILE, EXTRACTS, PMT_FILE


def test_conventions_json_lists_both_seeds(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(EXTRACTS.parents[1])
    assert main(["conventions", "--json", "--on", "2024-06-30"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["amount"] for d in data] == ["45000", "19800"]
    pmt, cmq = data
    assert pmt["deliberation"] == {
        "number": "2024/2024.00097",
        "assembly": "Conseil de Communauté",
        "date": "2024-04-11",
    }
    assert pmt["schedule"] == [{"share": "100", "amount": "45000", "trigger": "signature"}]
    assert pmt["end_date"] == "2025-04-30" and cmq["end_date"] == "2024-09-30"
    assert pmt["state"] == "en_attente"
    assert cmq["state"] == "a_echeance"  # S-04 compte rendu financier due 30/06/2024
    assert {f["rule"] for f in cmq["findings"] if f["severity"] == "erreur"} == {"S-07"}


def test_conventions_table_for_people(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["conventions", str(PMT_FILE), str(CMQ_FILE), "--on", "30/04/2025"]) == 0
    out = capsys.readouterr().out
    assert "Pôle des Microtechniques" in out and "45" in out and "Bureau" in out
    assert "à échéance" in out and "en retard" in out


def test_bad_files_get_a_message_and_the_batch_goes_on(capsys: pytest.CaptureFixture[str], tmp_path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "vide.txt"
    empty.write_text("rien", encoding="utf-8")
    code = main(["conventions", "--json", str(empty), "/nonexistent.txt", str(CMQ_FILE)])
    captured = capsys.readouterr()
    assert code == 1
    assert "vide.txt : aucune convention dans ce texte" in captured.err
    assert "fichier illisible" in captured.err
    assert [d["amount"] for d in json.loads(captured.out)] == ["19800"]


def test_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["conventions", "--on", "demain"])
    assert e.value.code == 2
    assert "date invalide" in capsys.readouterr().err


def test_document_data_is_plain_and_complete(pmt: Convention) -> None:
    doc = convention_document(pmt)
    json.dumps(doc)  # plain types only
    assert doc["amount"] == "45\u202f000 €"
    assert doc["schedule"][0]["text"] == "100 %, soit 45\u202f000 € à la signature"
    assert doc["end_date"] == "30/04/2025" and doc["end_is_latest"]
    assert [a["number"] for a in doc["articles"]] == [str(n) for n in range(1, 11)]
    assert doc["parties"]["beneficiary"]["representative"] == "Laurent DESCHAMPS"
    assert doc["annexes"]["budget"]["authority_share"] == "9.18 %"
    assert len(doc["annexes"]["programme"]) == 7


def test_document_of_cmq_has_actions_with_budgets(cmq: Convention) -> None:
    doc = convention_document(cmq)
    assert [s["budget"] for s in doc["annexes"]["programme"]] == [
        "6\u202f500 €",
        "13\u202f000 €",
        "14\u202f300 €",
    ]
    assert doc["payment_request"] == {"delay": "2 mois", "from": "notification", "caducity": True}


def test_conventions_writes_the_calendar_and_the_workbooks(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    from icalendar import Calendar
    from openpyxl import load_workbook

    ics, folder = tmp_path / "echeances.ics", tmp_path / "livrables"
    code = main(
        ["conventions", str(PMT_FILE), str(CMQ_FILE), "--json", "--ics", str(ics), "--livrables", str(folder)]
    )
    assert code == 0
    assert len(list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))) > 10
    books = sorted(p.name for p in folder.glob("*.xlsx"))
    assert books == ["livrables-004_dd7582b01fd17ffd.xlsx", "livrables-2024-2024.00097.xlsx"]
    assert load_workbook(folder / books[1])["Instructions"]["B3"].value == "2024/2024.00097"
    assert "classeur écrit" in capsys.readouterr().err


def test_unwritable_output_is_a_clear_error(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    assert main(["conventions", str(CMQ_FILE), "--json", "--livrables", str(blocker / "sous-dossier")]) == 2
    assert "écriture impossible" in capsys.readouterr().err
