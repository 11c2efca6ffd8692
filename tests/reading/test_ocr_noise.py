"""A scan's OCR, lightly noisy (bench reading_robustness, form « ocr_noise »): a figure read as its
look-alike or a letter of a label confused is read, or the answer is unknown — never a wrong one."""

from __future__ import annotations

from registre.reading import read_text
from registre.reading.normalise import normalise
from registre.reading.votes import read_vote


def test_a_count_of_one_read_as_a_letter_after_a_vote_label() -> None:
    assert normalise("Vote :\n- Pour : 15\n- Contre : l, Monsieur TANGUY car il ne voit pas") \
        == "Vote :\n- Pour : 15\n- Contre : 1, Monsieur TANGUY car il ne voit pas"
    untouched = "Absents : I. MARTIN, J. DURAND\nObjet : l'eau"
    assert normalise(untouched) == untouched


def test_a_label_with_a_letter_confused_still_counts() -> None:
    v = read_vote("Vote :\n   - Pour : 15\n   - Abstenfions : 3, Madame HUDO, Madame DANAN\n")
    assert v is not None and (v.for_, v.abstention) == (15, 3)


def test_a_convocation_years_before_the_sitting_is_a_year_misread() -> None:
    doc = read_text("Commune de Truc\nConseil municipal du 15 octobre 2024\n"
                    "Date de convocation : 7 octobre 2020\nPrésents : M. Jean DUPONT, Mme Anne MARTIN.\n",
                    "x").document
    assert doc is not None and str(doc.session_date) == "2024-10-15"
    assert doc.convocation_date is None
