"""`registre import` of a scanned PDF of the corpus: read through OCR, stored as a sitting (issue 14)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from registre.cli.main import main
from registre.reading.ocr import available
from registre.web import models as m

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"
SCAN = CORPUS / "289_putanges-le-lac_2023-06-09.pdf"

pytestmark = [pytest.mark.django_db,
              pytest.mark.skipif(available() is not None, reason=f"OCR indisponible : {available()}"),
              pytest.mark.skipif(not SCAN.exists(), reason="../shared/corpus absent")]


def test_registre_import_reads_a_scanned_pdf_through_ocr(capsys: pytest.CaptureFixture[str]) -> None:
    """The scan is read through OCR (no « couche texte » refusal): here the reader finds the
    sitting's date and lists but no deliberation title in « 20230609 1 ELECTION … », so the
    importer refuses it with that reason (issue 11) — nothing half-written, the batch says why.
    Storing it needs the reader to recognise that numbering (issue 14, still open)."""
    code = main(["import", str(SCAN)])
    out = capsys.readouterr()
    assert "couche texte" not in out.err and "illisible" not in out.err
    if code == 0:  # the reader recognises the deliberation: the sitting is stored, dated as printed
        session = m.Session.objects.get()
        assert session.date == dt.date(2023, 6, 9)  # « Séance du 9 Juin 2023 »
        assert m.Item.objects.filter(session=session).count() >= 1
    else:
        assert code == 1 and "extrait refusé" in out.err and "aucune délibération reconnue" in out.err
        assert not m.Session.objects.exists()
