"""The command line in French at 80 columns: argparse's own strings, choices, errors,
and the output of check, parse and conventions, wrapped rather than cut."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from registre.cli.main import build_parser

ROOT = Path(__file__).resolve().parents[2]
CONSEIL = ROOT / "fixtures" / "sessions" / "gbm-conseil-2024-04-11.yaml"
ENGLISH = re.compile(r"usage:|positional arguments|optional arguments|show this help|"
                     r"show program|error:|invalid choice|required:|unrecognized|expected one")


def run(*args: str, columns: int = 80) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": str(columns)}
    return subprocess.run([sys.executable, "-m", "registre", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT)


def subcommands() -> list[str]:
    return list(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


def too_long(text: str, width: int = 80) -> list[str]:
    return [line for line in text.splitlines() if len(line) > width]


@pytest.mark.parametrize("command", [[], *([c] for c in subcommands())])
def test_every_help_is_french_and_fits_80_columns(command: list[str]) -> None:
    p = run(*command, "--help")
    assert p.returncode == 0
    assert p.stdout.startswith("utilisation : registre")
    assert "affiche cette aide et quitte" in p.stdout
    assert not ENGLISH.search(p.stdout), p.stdout
    assert not too_long(p.stdout), too_long(p.stdout)
    # no option shows its English name as its value (OUTPUT, ADDR, BASE_URL…)
    assert not re.search(r"--[a-z-]+ (OUTPUT|ADDR|THREADS|WORKERS|BASE_URL|FILES?)\b", p.stdout)


def test_argparse_errors_are_french() -> None:
    missing = run("check")
    assert missing.returncode == 2
    assert "registre check : erreur : arguments obligatoires manquants : FICHIER" in missing.stderr
    unknown = run("chek")
    assert "choix invalide : « chek »" in unknown.stderr and not ENGLISH.search(unknown.stderr)
    bad_int = run("serve", "--threads", "beaucoup")
    assert "argument --threads : nombre entier attendu : « beaucoup »" in bad_int.stderr
    extra = run("check", str(CONSEIL), "--nope")
    assert "arguments non reconnus : --nope" in extra.stderr


def test_render_takes_french_documents_and_keeps_the_english_words(tmp_path: Path) -> None:
    french = run("render", str(CONSEIL), "--what", "liste", "--format", "html")
    english = run("render", str(CONSEIL), "--what", "list", "--format", "html")
    assert french.returncode == english.returncode == 0
    assert french.stdout == english.stdout and "<html" in french.stdout
    pv = tmp_path / "sous-dossier" / "pv.html"  # the folder of -o is made
    assert run("render", str(CONSEIL), "--what", "pv", "-o", str(pv)).returncode == 0
    assert "procès-verbal" in pv.read_text("utf-8").lower()
    wrong = run("render", str(CONSEIL), "--what", "compte-rendu")
    assert wrong.returncode == 2
    assert "choix possibles : extrait, liste, proces-verbal, convocation" in wrong.stderr


def test_check_at_80_columns_keeps_every_figure_whole() -> None:
    p = run("check", str(CONSEIL))
    assert p.returncode == 0
    assert not too_long(p.stdout), too_long(p.stdout)
    assert "…" not in p.stdout
    row13 = next(line for line in p.stdout.splitlines() if re.match(r"\s*13\s+13\s", line))
    # present+represented, quorum, voters (interested), for/against/abstention/not voting
    assert re.search(r"79\+27\s+79/62 ✓\s+102 \(4\)\s+102/0/0/0\s+adopté\s+102/0/0 ✓", row13)
    assert "séance du 11 avril 2024" in p.stdout


def test_check_findings_come_with_the_rule_explained(tmp_path: Path) -> None:
    text = CONSEIL.read_text(encoding="utf-8").replace(
        "  - {giver: bourgeois-agnes, holder: legain-olivier}",
        "  - {giver: bourgeois-agnes, holder: legain-olivier}\n"
        "  - {giver: javaux-thomas, holder: legain-olivier}")
    f = tmp_path / "s.yaml"
    f.write_text(text, encoding="utf-8")
    p = run("check", str(f), columns=60)
    assert p.returncode == 1
    assert "P-02 — un membre ne peut détenir qu'un seul pouvoir (L2121-20)" in " ".join(
        p.stdout.split())
    assert not too_long(p.stdout, 60)


def test_parse_prints_french_dates_and_whole_titles() -> None:
    p = run("parse", "fixtures/extracts/004_dd7582b01fd17ffd.txt")
    assert p.returncode == 0, p.stderr
    assert "séance du 26 octobre 2023" in p.stdout
    flat = " ".join(p.stdout.split())
    assert "Systèmes Intelligents (CMQMSI) Soutien financier de Grand Besançon Métropole pour " \
           "son programme d'actions" in flat
    assert not too_long(p.stdout)


def test_conventions_read_whole_at_80_columns() -> None:
    p = run("conventions", "--on", "2024-06-30")
    assert p.returncode == 0, p.stderr
    assert not too_long(p.stdout), too_long(p.stdout)
    flat = " ".join(p.stdout.split())
    assert "Conventions au 30 juin 2024" in flat
    assert "Montant 45 000 €" in flat and "Montant 19 800 €" in flat
    # a finding: its rule explained, then the message with its figures
    assert "BUD-BAL — le budget prévisionnel n'est pas équilibré" in flat
    assert "dépenses 594 000 € ≠ recettes 490 000 €" in flat
