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
    code = main(["import", str(SCAN)])
    out = capsys.readouterr()
    assert code == 0, out.err
    session = m.Session.objects.get()
    # « Séance du 9 Juin 2023 », as the scan prints it.
    assert session.date == dt.date(2023, 6, 9)
    assert m.Item.objects.filter(session=session).count() >= 1
