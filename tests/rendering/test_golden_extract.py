"""Golden test: the rendered extract of each seed session says what the seed says.

Header, attendance, secretary, proxies, interested members and vote block, in HTML,
DOCX and PDF, compared with the published extract after normalising whitespace and
markup (tests/rendering/golden.py says exactly what is normalised and which errata of
the seeds are corrected).
"""

from __future__ import annotations

import pytest

from registre.rendering import render
from tests.rendering.conftest import ROOT, SEEDS
from tests.rendering.golden import docx_text, html_text, normalise, pdf_text, seed_segments, seed_text

TEXT_OF = {"html": html_text, "docx": docx_text, "pdf": pdf_text}
PARTS = ("header", "present", "absent", "secretary", "proxies", "interested", "vote")


@pytest.fixture(scope="module")
def rendered(reports, styles) -> dict[tuple[str, str], str]:  # type: ignore[no-untyped-def]
    out = {}
    for seed, (_, _, item, _) in SEEDS.items():
        for fmt, text_of in TEXT_OF.items():
            out[seed, fmt] = normalise(text_of(render(reports[seed], "extract", fmt, item, styles[seed])))
    return out


@pytest.mark.parametrize("fmt", list(TEXT_OF))
@pytest.mark.parametrize("seed", list(SEEDS))
@pytest.mark.parametrize("part", PARTS)
def test_extract_matches_seed(rendered, seed: str, fmt: str, part: str) -> None:  # type: ignore[no-untyped-def]
    expected = seed_segments(seed_text(str(ROOT / "fixtures" / "extracts" / SEEDS[seed][0])))[part]
    text = rendered[seed, fmt]
    if expected not in text:
        # Show where the two part ways, not two pages of text.
        common = next((i for i, (a, b) in enumerate(zip(expected, text[text.find(expected[:40]):],
                                                        strict=False)) if a != b), None)
        pytest.fail(f"{seed}/{fmt}/{part}: le texte rendu diffère de la graine"
                    + (f" à partir de « {expected[max(common - 40, 0):common + 40]} »" if common else
                       f" : « {expected[:120]} » introuvable"))


def test_seed_errata_are_the_only_corrections() -> None:
    """The BAHR/BAEHR decision: the seed's present list says BAHR, the renderer prints the
    member's name (BAEHR) once and for all; the erratum must be applied, not ignored."""
    raw = (ROOT / "fixtures" / "extracts" / SEEDS["conseil"][0]).read_text("utf-8")
    fixed = seed_text(str(ROOT / "fixtures" / "extracts" / SEEDS["conseil"][0]))
    assert "Frédérique BAHR" in raw and "Frédérique BAHR" not in fixed
    assert normalise(raw) != normalise(fixed)


def test_counts_printed_come_from_the_check(reports, styles) -> None:  # type: ignore[no-untyped-def]
    """V-01, C-03: the vote block prints the core's tally, not the typed figures."""
    r = reports["conseil"]
    result = r.item("13")
    assert result.tally is not None
    text = normalise(html_text(render(r, "extract", "html", "13")))
    assert f"Pour : {result.tally.counts.for_}" in text
    assert f"Conseillers intéressés : {result.tally.removed_by_interest}" in text
    assert result.tally.counts.for_ == 102 and result.tally.removed_by_interest == 4
