"""Bad input never raises and never loses what could be read: warnings instead."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from registre.subsidies.extract import convention_from_file, convention_from_text

from .conftest import CMQ_FILE, PMT_FILE


@given(st.text(max_size=3000))
@settings(max_examples=150, deadline=None)
def test_any_text_never_raises(text: str) -> None:
    extract = convention_from_text(text, "x.txt")
    assert extract.convention is not None or extract.warnings


def test_text_without_convention_says_so() -> None:
    extract = convention_from_text("Extrait du registre\n\nRien à signaler.", "vide.txt")
    assert extract.convention is None
    assert "aucune convention dans ce texte" in extract.warnings


def test_not_a_string_is_a_warning() -> None:
    extract = convention_from_text(b"bytes", "x")  # type: ignore[arg-type]
    assert extract.convention is None and extract.warnings


def test_missing_file_is_a_warning() -> None:
    extract = convention_from_file("/nonexistent/extract.txt")
    assert extract.convention is None and "fichier illisible" in extract.warnings[0]


def test_windows_1252_file_is_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cp1252.txt"
    path.write_bytes(PMT_FILE.read_text(encoding="utf-8").encode("cp1252", errors="replace"))
    extract = convention_from_file(path)
    assert extract.convention is not None


def test_convention_cut_before_its_annexes_keeps_what_was_read() -> None:
    text = PMT_FILE.read_text(encoding="utf-8")
    cut = text[: text.index("Annexe 1 : Programme d'actions")]
    extract = convention_from_text(cut, "cut.txt")
    assert extract.convention is not None
    assert extract.convention.amount == 45000 and extract.convention.end_date is not None
    assert any("budget prévisionnel" in w for w in extract.warnings)


def test_schedule_and_dates_missing_are_warned() -> None:
    text = CMQ_FILE.read_text(encoding="utf-8")
    text = text.replace("La subvention sera versée de la façon suivante", "Paiement")
    text = text.replace("cessera au plus tard le 30 septembre 2024", "cessera un jour")
    extract = convention_from_text(text, "cmq-damaged.txt")
    assert extract.convention is not None
    assert extract.convention.schedule == () and extract.convention.end_date is None
    assert any("échéancier" in w for w in extract.warnings)
    assert any("date de fin" in w for w in extract.warnings)


def test_random_truncations_of_the_seeds_never_raise() -> None:
    rng = random.Random(6)
    texts = [PMT_FILE.read_text(encoding="utf-8"), CMQ_FILE.read_text(encoding="utf-8")]
    for _ in range(60):
        text = rng.choice(texts)
        a, b = sorted(rng.randrange(len(text)) for _ in range(2))
        convention_from_text(text[:a] + text[b:], "mutilated.txt")
