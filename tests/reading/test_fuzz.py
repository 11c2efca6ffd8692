"""Nothing the reader is given makes it raise: empty, binary, truncated, mutated extracts."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from registre.reading import read_file, read_text
from registre.reading.parse import parse_text

EXTRACTS = Path(__file__).resolve().parents[2] / "fixtures" / "extracts"
SEEDS = [p.read_text("utf-8") for p in sorted(EXTRACTS.glob("*.txt"))]
# The part of the seeds before the annexes: what the reader works on; keeps the fuzzing fast.
HEADS = [s[:12000] for s in SEEDS]
FUZZ = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = st.sampled_from([
    "Étaient présents :", "Étaient absents :", "Procurations :", "Pouvoirs :", "Mandants :",
    "Mandataires :", "Secrétaire de séance :", "M.", "Mme", "MM.", "(", ")", "à", "pouvoir à",
    "jusqu'à la question n°", "à compter de", "D98/13", "20h45", "Pour :", "Contre :", "/", "0",
    "12", "à l'unanimité", "moins", "Rapport n°", "Délibération n°", "Annexe 1 :", "\n", ",",
    "DUPONT", "Jean", "Besançon :", "suppléante", "remplace", "Votants :", "En exercice", ":",
])


def _check(text: str) -> None:
    doc = parse_text(text, "<fuzz>")  # the stages themselves, not the safety net of read_text
    j = doc.as_json()
    assert isinstance(j["warnings"], list)
    doc.to_session()


@FUZZ
@given(st.text(max_size=3000))
def test_random_text_never_raises(text: str) -> None:
    _check(text)


@FUZZ
@given(st.lists(WORDS, max_size=200).map(" ".join))
def test_random_extract_vocabulary_never_raises(text: str) -> None:
    _check(text)


@FUZZ
@given(st.sampled_from(range(len(HEADS))), st.floats(0, 1))
def test_truncated_seeds_give_partial_results(k: int, where: float) -> None:
    text = HEADS[k][: int(len(HEADS[k]) * where)]
    if text.strip():
        _check(text)


@FUZZ
@given(st.sampled_from(range(len(HEADS))),
       st.lists(st.tuples(st.floats(0, 1), st.integers(0, 40), st.text(max_size=20) | WORDS), max_size=12))
def test_mutated_seeds_never_raise(k: int, edits: list[tuple[float, int, str]]) -> None:
    text = HEADS[k]
    for where, length, insert in edits:
        i = int(len(text) * where)
        text = text[:i] + insert + text[i + length:]
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_as_a_file_never_raise(tmp_path_factory, data: bytes) -> None:  # type: ignore[no-untyped-def]
    for suffix in (".txt", ".pdf"):
        f = tmp_path_factory.mktemp("fuzz") / f"f{suffix}"
        f.write_bytes(data)
        result = read_file(f)
        assert (result.document is None) == (result.error is not None)


def test_empty_and_blank_text() -> None:
    for text in ("", "   \n\t "):
        result = read_text(text)
        assert result.document is None and result.error


def test_whole_seeds_truncated_in_their_annexes_still_read() -> None:
    for s in SEEDS:
        result = read_text(s[: len(s) * 3 // 4])
        assert result.document is not None


def test_pathological_runs_are_read_in_linear_time() -> None:
    """Runs of blanks, capitals or brackets once made a search quadratic (minutes for 100 kB).

    No timing is asserted: the test finishing at all within the suite is the check.
    """
    for text in ("Étaient présents : M. Jean DUPONT\nRésumé :" + "\n" * 100_000 + "le Conseil :",
                 "Étaient présents : M. Jean" + " " * 100_000 + "DUPONT",
                 "A " * 100_000, "E X T R A I T " * 20_000, "Étaient présents : M. X Y (" * 5_000):
        _check(text)
