"""`registre serve`: a bad address is a French one-line error, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("args", [["--greffe-addr", "nimportequoi"], ["--addr", "127.0.0.1:99999"],
                                  ["--addr", ":8000"]])
def test_a_bad_address_is_refused_with_a_clear_message(args: list[str]) -> None:
    run = subprocess.run([sys.executable, "-m", "registre", "serve", *args], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 2
    assert "adresse attendue sous la forme hôte:port" in run.stderr
    assert "Traceback" not in run.stderr and "erreur interne" not in run.stderr
