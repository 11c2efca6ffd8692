"""The ``registre check`` command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from registre.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
CONSEIL = ROOT / "fixtures" / "sessions" / "gbm-conseil-2024-04-11.yaml"


def test_check_prints_a_table_with_the_computed_tally(capsys):
    code = main(["check", str(CONSEIL)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Conseil de Communauté" in out and "102/0/0" in out and "79/62" in out


def test_check_json_is_machine_readable(capsys):
    assert main(["check", str(CONSEIL), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    item = data["items"][12]
    assert item["number"] == "13" and item["tally"]["computed"]["for"] == 102
    assert item["quorum"] == {"required": 62, "counted": 79, "reached": True, "waived": False}


def test_bad_file_gives_located_message_and_exit_2_without_traceback(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: registre-session/1\nauthority: [\n", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "registre", "check", str(bad)],
                       capture_output=True, text=True)
    assert p.returncode == 2
    assert "bad.yaml:" in p.stderr and "Traceback" not in p.stderr


def test_missing_file_and_bad_arguments(tmp_path):
    p = subprocess.run([sys.executable, "-m", "registre", "check", str(tmp_path / "none.yaml")],
                       capture_output=True, text=True)
    assert p.returncode == 2 and "lecture impossible" in p.stderr
    p = subprocess.run([sys.executable, "-m", "registre", "check"], capture_output=True, text=True)
    assert p.returncode == 2 and "Traceback" not in p.stderr


def test_session_breaking_a_rule_exits_1(tmp_path, capsys):
    text = CONSEIL.read_text(encoding="utf-8").replace(
        "  - {giver: bourgeois-agnes, holder: legain-olivier}",
        "  - {giver: bourgeois-agnes, holder: legain-olivier}\n"
        "  - {giver: javaux-thomas, holder: legain-olivier}")
    f = tmp_path / "s.yaml"
    f.write_text(text, encoding="utf-8")
    assert main(["check", str(f)]) == 1
    assert "P-02" in capsys.readouterr().out


def test_check_item_details_names(capsys):
    assert main(["check", str(CONSEIL), "--item", "13"]) == 0
    out = capsys.readouterr().out
    assert "Présents (79)" in out and "Représentés (27)" in out
    assert "M. Sébastien COUDRY (2)" in out
    assert main(["check", str(CONSEIL), "--item", "99"]) == 2
    assert "absente" in capsys.readouterr().err
