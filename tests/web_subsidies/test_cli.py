"""``registre conventions --db``: the stored conventions, with the events recorded since."""

from __future__ import annotations

import datetime as dt
import json

from registre.cli.main import main
from registre.web.subsidies import services


def test_conventions_from_the_database(cmq, clerk, capsys) -> None:  # type: ignore[no-untyped-def]
    services.notify(clerk.user, cmq, dt.date(2023, 11, 15))
    assert main(["conventions", "--db", "--json", "--on", "2024-02-01"]) == 0
    data = {c["key"]: c for c in json.loads(capsys.readouterr().out)}
    assert len(data) == 2
    cmq_row = data[cmq.key]
    assert cmq_row["amount"] == "19800.00" and cmq_row["state"] == "caduque"
    request = next(d for d in cmq_row["deadlines"] if d["kind"] == "demande_paiement")
    assert request["due"] == "2024-01-15" and request["state"] == "caduque"
    assert data["2024/2024.00097"]["end_date"] == "2025-04-30"


def test_db_with_files_is_refused(seeded, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["conventions", "--db", "x.txt"]) == 2
    assert "--db" in capsys.readouterr().err


def test_empty_database_says_so(db, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["conventions", "--db"]) == 1
    assert "aucune convention dans la base" in capsys.readouterr().err
