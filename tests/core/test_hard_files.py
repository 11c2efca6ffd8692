"""fixtures/hard/: hard session files with what `registre check` must say in their header.

Each file's second line reads « # attendu : sortie N ; constat RULE »: the exit status of
`registre check` and a rule ID that must be among its findings.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from registre.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
HARD = sorted((ROOT / "fixtures" / "hard").glob("*.yaml"))


def test_there_are_hard_files():
    assert len(HARD) >= 15


@pytest.mark.parametrize("path", HARD, ids=lambda p: p.stem)
def test_check_says_what_the_law_says(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    head = path.read_text("utf-8").splitlines()[1]
    m = re.match(r"# attendu : sortie (\d)(?: ; constat (\S+))?$", head)
    assert m, head
    assert main(["check", str(path), "--json"]) == int(m.group(1))
    data = json.loads(capsys.readouterr().out)
    rules = {f["rule"] for f in data["findings"]}
    rules |= {f["rule"] for it in data["items"] for f in it["findings"]}
    if m.group(2):
        assert m.group(2) in rules
