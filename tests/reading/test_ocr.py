"""Scans: a PDF with no text layer is read through Tesseract (French), and says so.

Real OCR, no stub: Debian's tesseract-ocr and tesseract-ocr-fra (scripts/apt-packages.txt).
One scan is made here (a text PDF drawn to an image, then saved as an image-only PDF); one
is a real scan of the corpus (../shared/corpus/real/289_…pdf, Putanges-le-Lac, 2 pages).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from registre.cli.main import main
from registre.reading import read_file
from registre.reading.ocr import available
from tests.reading.pdfs import text_pdf

pytestmark = pytest.mark.skipif(available() is not None, reason=f"OCR indisponible : {available()}")

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"
SCAN = CORPUS / "289_putanges-le-lac_2023-06-09.pdf"

EXTRACT = """COMMUNE DE SAINT-ANDRE
Séance du mardi 14 mars 2023
L'an deux mille vingt-trois, le quatorze mars à 19h00, le Conseil municipal, dûment convoqué le
7 mars 2023, s'est réuni sous la présidence de M. Paul MARTIN, Maire.
Présents : Paul MARTIN, Anne DURAND, Louis PETIT, Marie LEROY, Jean MOREAU
Pouvoirs : Luc GARNIER à Anne DURAND
Délibération n° 2023-12 : Tarifs de la cantine scolaire
Après en avoir délibéré, le Conseil municipal, à l'unanimité, ADOPTE les tarifs.
"""


def _scan_of(text: str) -> bytes:
    """An image-only PDF of ``text``: its pages drawn at 200 dpi, saved as pictures."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(text_pdf(text, width=90))
    images = [pdf[i].render(scale=200 / 72).to_pil().convert("L") for i in range(len(pdf))]
    out = io.BytesIO()
    images[0].save(out, format="PDF", resolution=200, save_all=True, append_images=images[1:])
    return out.getvalue()


def test_a_scan_is_read_through_ocr_and_says_so(tmp_path: Path) -> None:
    f = tmp_path / "scan.pdf"
    f.write_bytes(_scan_of(EXTRACT))
    pages: list[tuple[int, int]] = []
    result = read_file(f, progress=lambda done, total: pages.append((done, total)))
    assert result.document is not None, result.error
    doc = result.document
    assert doc.ocr and pages == [(1, 1)]
    assert any("OCR Tesseract" in w and "page/s" in w for w in doc.warnings)
    assert doc.session_date is not None and doc.session_date.isoformat() == "2023-03-14"
    assert doc.evidence["session_date"].ocr
    assert doc.convocation_date is not None and doc.convocation_date.isoformat() == "2023-03-07"
    assert [d.parsed.number for d in doc.deliberations] == ["2023-12"]
    pv = doc.deliberations[0].parsed.printed_vote
    assert pv is not None and pv.unanimous


def test_without_ocr_a_scan_is_refused_with_the_reason(tmp_path: Path) -> None:
    f = tmp_path / "scan.pdf"
    f.write_bytes(_scan_of(EXTRACT))
    result = read_file(f, ocr=False)
    assert result.document is None and result.error is not None and "couche texte" in result.error


@pytest.mark.skipif(not SCAN.exists(), reason="../shared/corpus absent")
def test_registre_parse_reads_a_scanned_pdf_of_the_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["parse", str(SCAN), "--json"])
    out = capsys.readouterr().out
    assert code == 0
    j = json.loads(out.splitlines()[-1])
    assert j["ocr"] is True and j["evidence"]["session_date"]["ocr"] is True
    # What the scan prints: « Séance du 9 Juin 2023 », « convoqués le 6 juin deux mil vingt-trois ».
    assert j["session_date"] == "2023-06-09"
    assert j["convocation_date"] == "2023-06-06"
    assert j["kind"] == "extract" and j["recognised"]
    assert len(j["present"]) >= 15


def test_ocr_settings_colour_grey_and_threshold_read_the_same_scan() -> None:
    """The page drawn in grey (the default), in colour, or made black and white first: the same
    words come back from a clean scan; the thread limit given is the one Tesseract runs with."""
    import os
    from dataclasses import replace

    from registre.reading.ocr import _ENV_THREADS, DEFAULT, ocr_pdf

    data = _scan_of(EXTRACT)
    texts = [ocr_pdf(data, settings=s) for s in (DEFAULT, replace(DEFAULT, grey=False),
                                                 replace(DEFAULT, threshold=160))]
    assert all(t.text and "Tarifs de la cantine scolaire" in t.text and t.pages == 1 for t in texts)
    assert DEFAULT.grey and DEFAULT.threads == 1 and DEFAULT.dpi == 300
    ocr_pdf(data, settings=replace(DEFAULT, threads=2))
    assert os.environ["OMP_THREAD_LIMIT"] == "2"
    ocr_pdf(data)
    assert os.environ["OMP_THREAD_LIMIT"] == (_ENV_THREADS or "1")  # the default is back


@pytest.mark.skipif(not SCAN.exists(), reason="../shared/corpus absent")
def test_pages_read_at_once_give_the_same_text_in_the_same_order() -> None:
    """Two pages read at the same time by two Tesseract processes: the text is the one read a
    page at a time, page for page, and progress still counts the pages in order."""
    from dataclasses import replace

    from registre.reading.ocr import DEFAULT, ocr_pdf

    data = SCAN.read_bytes()
    steps: dict[int, list[tuple[int, int]]] = {1: [], 2: []}
    one, two = (ocr_pdf(data, lambda d, t, n=n: steps[n].append((d, t)),  # type: ignore[misc]
                        settings=replace(DEFAULT, pages_at_once=n)) for n in (1, 2))
    assert one.error is None and one.pages == two.pages == 2
    assert one.text == two.text and one.text and "Putanges" in one.text.replace("PUTANGES", "Putanges")
    assert steps[1] == steps[2] == [(1, 2), (2, 2)]


def test_a_page_that_fails_says_which_and_stops_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tesseract failing on the second page: no text, the page named, no exception."""
    from dataclasses import replace

    import pytesseract  # type: ignore[import-untyped]

    from registre.reading.ocr import DEFAULT, ocr_pdf

    real = pytesseract.image_to_string
    calls: list[int] = []

    def flaky(image: object, **kw: object) -> str:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("Tesseract a planté")
        return str(real(image, **kw))

    monkeypatch.setattr(pytesseract, "image_to_string", flaky)
    import pypdfium2 as pdfium

    pages = [pdfium.PdfDocument(_scan_of(t))[0].render(scale=1).to_pil().convert("L")
             for t in (EXTRACT, EXTRACT.replace("2023-12", "2023-13"))]
    out = io.BytesIO()
    pages[0].save(out, format="PDF", resolution=200, save_all=True, append_images=pages[1:])
    data = out.getvalue()
    got = ocr_pdf(data, settings=replace(DEFAULT, pages_at_once=2))
    assert got.text is None and got.error is not None
    assert "page 2" in got.error and "Tesseract a planté" in got.error


@pytest.mark.parametrize("value", ["", "zéro", "-2", "0", " 3 "])
def test_a_bad_pages_at_once_setting_falls_back_to_a_page_a_core(monkeypatch: pytest.MonkeyPatch,
                                                                  value: str) -> None:
    """REGISTRE_OCR_PAGES empty, not a number, zero or negative: one page a core, never an error;
    a number with blanks is that number."""
    import os

    from registre.reading import ocr

    monkeypatch.setattr(ocr, "_ENV_PAGES", value)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    assert ocr.DEFAULT.workers() == (3 if value.strip() == "3" else max(1, cores))
    assert ocr.Settings(pages_at_once=2).workers() == 2
