"""The PDFs are PDF/A-2b (archiving of published acts, A-03, A-07), and every page is
drawn to PNG with pdftoppm into artefacts/rendering/ to be looked at.

No PDF/A validator is packaged on PyPI or Debian (veraPDF is neither), so the test
inspects what the standard requires with pypdf: XMP metadata declaring pdfaid:part 2 and
conformance B, an output intent with an embedded ICC profile, every font embedded, no
encryption, no JavaScript, document title in the XMP.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pypdf
import pytest

from registre.rendering import WHATS, render
from registre.rendering.samples import generate_session
from tests.rendering.conftest import SEEDS


def _pdfa_problems(data: bytes) -> list[str]:
    problems = []
    reader = pypdf.PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    if reader.is_encrypted:
        problems.append("chiffré")
    xmp = root.get("/Metadata")
    xml = xmp.get_object().get_data().decode("utf-8") if xmp else ""
    part = re.search(r"pdfaid:part(?:>|=\")(\d)", xml)
    conformance = re.search(r"pdfaid:conformance(?:>|=\")([ABU])", xml)
    if not part or part.group(1) != "2":
        problems.append("XMP : pdfaid:part 2 absent")
    if not conformance or conformance.group(1) != "B":
        problems.append("XMP : pdfaid:conformance B absent")
    if "<dc:title>" not in xml:
        problems.append("XMP : dc:title absent")
    intents = root.get("/OutputIntents")
    if not intents:
        problems.append("aucun OutputIntent")
    else:
        intent = intents[0].get_object()
        if intent.get("/S") != "/GTS_PDFA1" or "/DestOutputProfile" not in intent:
            problems.append("OutputIntent sans profil ICC GTS_PDFA1")
    if "/JavaScript" in str(root.get("/Names", {})):
        problems.append("JavaScript")
    for n, page in enumerate(reader.pages, start=1):
        fonts = page.get("/Resources", {}).get("/Font", {})
        for name, ref in fonts.items():
            font = ref.get_object()
            desc = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            fd = desc.get("/FontDescriptor")
            fd = fd.get_object() if fd is not None else {}
            if not any(k in fd for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                problems.append(f"page {n} : police {name} non incorporée")
    return problems


@pytest.mark.parametrize("what", WHATS)
@pytest.mark.parametrize("seed", list(SEEDS))
def test_pdf_is_pdfa_2b(reports, styles, artefacts, seed: str, what: str) -> None:  # type: ignore[no-untyped-def]
    data = render(reports[seed], what, "pdf", SEEDS[seed][2], styles[seed])
    assert data.startswith(b"%PDF-")
    assert _pdfa_problems(data) == []
    _pages_to_png(data, artefacts, f"{seed}-{what}")


def test_generated_extract_is_pdfa(artefacts) -> None:  # type: ignore[no-untyped-def]
    data = render(generate_session(3, items=8, members=40), "extract", "pdf", "5")
    assert _pdfa_problems(data) == []
    _pages_to_png(data, artefacts, "generated-extract")


def test_inspection_catches_a_plain_pdf() -> None:
    """The check can fail: a PDF written without the PDF/A standard is refused."""
    import typst

    plain = typst.compile(b"= Hello", format="pdf")
    assert isinstance(plain, bytes)
    assert "XMP : pdfaid:part 2 absent" in _pdfa_problems(plain)


def _pages_to_png(data: bytes, folder, stem: str) -> None:  # type: ignore[no-untyped-def]
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "pdftoppm absent : installez poppler-utils (scripts/apt-packages.txt, scripts/setup.sh)"
    pdf = folder / f"{stem}.pdf"
    pdf.write_bytes(data)
    for old in folder.glob(f"{stem}-*.png"):
        old.unlink()
    subprocess.run([pdftoppm, "-r", "60", "-png", str(pdf), str(folder / stem)], check=True)
    pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
    assert len(list(folder.glob(f"{stem}-*.png"))) == pages


def test_same_session_gives_the_same_pdf(reports) -> None:  # type: ignore[no-untyped-def]
    """The PDF is dated with the session, not the clock: rendering is reproducible."""
    first = render(reports["bureau"], "extract", "pdf", "1")
    assert first == render(reports["bureau"], "extract", "pdf", "1")
