"""A text that lost all its accents (a font whose accents the text layer dropped, an ASCII
export, some OCR) reads as the same text with them (accents.restored; bench reading_robustness,
form « unaccented »)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from registre.reading import read_text
from registre.reading.accents import restored

from ..shared import shared_file

REAL = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real"


def _unaccented(text: str) -> str:
    text = text.translate(str.maketrans({"’": "'", "«": '"', "»": '"', "–": "-", "œ": "oe", "\u00a0": " "}))
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def test_the_vocabulary_gets_its_accents_back_in_its_case() -> None:
    got = restored("SEANCE DU 3 DECEMBRE 2019\nPresents : M. X. Etaient representes : Mme Y.\n"
                   "Absent ayant donne procuration : Mme CASTEL Catherine a Mme DUARTE Francoise\n"
                   "Il a donne pouvoir a Jean DUPONT. Approuve a l'unanimite.")
    assert got.startswith("SÉANCE DU 3 DÉCEMBRE 2019\nPrésents : M. X. Étaient représentés : Mme Y.")
    assert "ayant donné procuration : Mme CASTEL Catherine à Mme DUARTE" in got
    assert "Il a donné pouvoir à Jean DUPONT. Approuve à l'unanimité." in got


def test_a_text_with_its_accents_and_ambiguous_words_are_left_alone() -> None:
    text = "Séance du 3 mai. Il donne pouvoir. Le conseil adopte, il a voté."
    assert restored(text) is text
    assert restored("Le Maire donne lecture. Il a Paris en tete. Le conseil adopte.") == \
        "Le Maire donne lecture. Il a Paris en tete. Le conseil adopte."


def _people(text: str):  # type: ignore[no-untyped-def]
    doc = read_text(text, "x").document
    assert doc is not None
    return (doc.session_date, sorted(_fold(doc.name(p) or "") for p, _ in doc.present),
            sorted((_fold(doc.name(x.giver) or ""), _fold(doc.name(x.holder) or "")) for x in doc.proxies))


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


@pytest.mark.parametrize("stem", ["154_pierrefonds_2015-10-15", "236_putanges-le-lac_2016-01-05",
                                  "002_cc-lisieres-de-l-oise_2025-03-13", "012_couthenans_2021-09-17"])
def test_a_real_text_without_accents_names_the_same_people(stem: str) -> None:
    text = shared_file(REAL / f"{stem}.txt").read_text("utf-8")
    assert _people(_unaccented(text)) == _people(text)
