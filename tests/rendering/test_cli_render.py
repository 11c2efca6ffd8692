"""``registre render``: writes each document, says in French what is wrong, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from registre.cli.main import main
from tests.rendering.conftest import ROOT

CONSEIL = str(ROOT / "fixtures" / "sessions" / "gbm-conseil-2024-04-11.yaml")


@pytest.mark.parametrize("what", ["extract", "list", "minutes", "convocation"])
@pytest.mark.parametrize("fmt", ["pdf", "html", "docx"])
def test_render_writes_every_document(tmp_path: Path, what: str, fmt: str) -> None:
    out = tmp_path / f"doc.{fmt}"
    assert main(["render", CONSEIL, "--what", what, "--item", "13", "-o", str(out)]) == 0
    magic = {"pdf": b"%PDF-", "html": b"<!DOCTYPE html>", "docx": b"PK\x03\x04"}[fmt]
    assert out.read_bytes().startswith(magic)


def test_render_html_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", CONSEIL, "--what", "list", "--format", "html"]) == 0
    assert "Liste des délibérations du Conseil de Communauté" in capsys.readouterr().out


def test_unknown_item_exits_2_with_french_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", CONSEIL, "--item", "99", "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "question n°99 absente de la séance" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_unreadable_session_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: registre-session/1\nassembly: [\n", "utf-8")
    assert main(["render", str(bad), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "document non produit" in capsys.readouterr().err


def test_unknown_extension_asks_for_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", CONSEIL, "-o", str(tmp_path / "x.odt")]) == 2
    assert "précisez --format" in capsys.readouterr().err


def test_every_extract_into_a_folder(tmp_path: Path) -> None:
    bureau = str(ROOT / "fixtures" / "sessions" / "gbm-bureau-2023-10-26.yaml")
    assert main(["render", bureau, "--item", "all", "--style", "bureau", "-o", str(tmp_path / "x")]) == 0
    assert [p.name for p in (tmp_path / "x").iterdir()] == ["extrait-1.pdf"]
    assert main(["render", bureau, "--item", "all"]) == 2
