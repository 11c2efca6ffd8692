"""The text layer of a PDF is read with its layout (poppler's ``pdftotext -layout``), as the real
corpus's texts were made: a compte rendu whose rapporteurs stand in a column before each item
reads the same from its PDF as from its text. pypdf (layout mode) is the fallback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from registre.reading import read_file, read_text, sources

from ..shared import TRONGET, shared_file
from .pdfs import text_pdf

REAL = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real"

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext absent (paquet Debian poppler-utils)")


def _deliberations(doc):  # type: ignore[no-untyped-def]
    return [(d.parsed.number or d.parsed.point_number, d.parsed.title,
             (d.parsed.printed_vote.for_ if d.parsed.printed_vote else None)) for d in doc.deliberations]


@needs_pdftotext
@pytest.mark.parametrize("stem", ["027_montpellier_2011-05-09", "035_montpellier_2014-04-24",
                                  "239_putanges-le-lac_2016-06-07"])
def test_a_real_pdf_reads_as_its_layout_text(stem: str) -> None:
    pdf = shared_file(REAL / f"{stem}.pdf")
    txt = shared_file(REAL / f"{stem}.txt")
    from_pdf = read_file(pdf).document
    from_text = read_text(txt.read_text("utf-8"), stem).document
    assert from_pdf is not None and from_text is not None
    assert _deliberations(from_pdf) == _deliberations(from_text)
    assert from_pdf.session_date == from_text.session_date
    assert from_pdf.authority == from_text.authority


@needs_pdftotext
def test_side_column_stays_beside_its_item(tmp_path: Path) -> None:
    # Montpellier's compte rendu: the rapporteur's name in a column, the item's number and
    # title beside it; the title read is the item's, not the rapporteur's name run into it.
    pdf = shared_file(REAL / "027_montpellier_2011-05-09.pdf")
    doc = read_file(pdf).document
    assert doc is not None
    titles = [d.parsed.title or "" for d in doc.deliberations]
    assert any(t.startswith("Plan Déplacements Urbains") for t in titles)
    assert not any(t.startswith(("Mme le Maire", "Serge ", "Michaël ")) for t in titles)


def test_without_pdftotext_pypdf_reads_the_text_layer(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    f = tmp_path / "tronget.pdf"
    f.write_bytes(text_pdf(TRONGET.read_text("utf-8")))
    result = read_file(f)
    assert result.document is not None, result.error
    assert result.document.members_in_office == 14
    assert str(result.document.session_date) == "2023-11-30"


def test_a_failing_pdftotext_falls_back_to_pypdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # pdftotext present but failing (exit status 1: a PDF it refuses): pypdf reads it.
    fake = tmp_path / "pdftotext"
    fake.write_text("#!/bin/sh\necho 'Syntax Error' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: str(fake))
    f = tmp_path / "tronget.pdf"
    f.write_bytes(text_pdf(TRONGET.read_text("utf-8")))
    result = read_file(f)
    assert result.document is not None, result.error
    assert result.document.members_in_office == 14


def test_pdftotext_that_hangs_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "pdftotext"
    fake.write_text("#!/bin/sh\nsleep 30\n")
    fake.chmod(0o755)
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: str(fake))
    monkeypatch.setattr(sources, "PDFTOTEXT_TIMEOUT", 0.5)
    f = tmp_path / "tronget.pdf"
    f.write_bytes(text_pdf(TRONGET.read_text("utf-8")))
    result = read_file(f)
    assert result.document is not None, result.error
