"""PAdES signatures: signed with the test PKI, timestamped, PDF/A kept, validated by pyHanko."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf
import pytest

from registre.actes.signing import SigningError, load_signer, sign_pdf, validate
from registre.actes.testpki import make_test_pki
from registre.cli.main import main
from registre.rendering import render
from registre.sessionfile import load_session
from tests.rendering.test_pdfa import _pdfa_problems

ROOT = Path(__file__).resolve().parents[2]
CONSEIL = ROOT / "fixtures" / "sessions" / "gbm-conseil-2024-04-11.yaml"


@pytest.fixture(scope="module")
def extract() -> bytes:
    return render(load_session(CONSEIL), "extract", "pdf", "13")


@pytest.fixture(scope="module")
def signed(extract, pki) -> bytes:  # type: ignore[no-untyped-def]
    return sign_pdf(extract, load_signer(pki.signer_p12, pki.passphrase), timestamper=pki.timestamper(),
                    reason="Pour extrait conforme", location="Besançon")


def test_signature_validates_with_the_test_root(signed, pki):
    [info] = validate(signed, pki.trust_roots())
    assert info.signer == "Anne VIGNOT"
    assert info.intact and info.trusted and info.valid and info.timestamped
    assert info.covers_whole_file and info.signed_at is not None


def test_signature_without_trust_roots_is_intact_but_not_trusted(signed):
    [info] = validate(signed)
    assert info.intact and not info.trusted
    assert "non vérifié" in info.summary


def test_another_pki_is_not_trusted(signed):
    [info] = validate(signed, make_test_pki("Autre").trust_roots())
    assert info.intact and not info.trusted


def test_a_changed_byte_breaks_the_signature(signed, pki):
    tampered = bytearray(signed)
    at = tampered.find(b"/Producer")
    tampered[at + 1] = ord("Q")
    [info] = validate(bytes(tampered), pki.trust_roots())
    assert not info.intact and not info.valid


def test_signed_file_stays_pdfa_and_its_stamp_font_is_embedded(signed, extract):
    assert signed.startswith(extract)  # an incremental update: the PDF/A bytes are untouched
    reader = pypdf.PdfReader(io.BytesIO(signed))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    # pyHanko rewrites the XMP (producer, date) keeping PDF/A's identification; it writes
    # <dc:title xmlns:dc=…>, which the rendering test's literal « <dc:title> » does not see.
    assert re.search(r"<dc:title[ >]", xmp) and 'pdfaid:part="2"' in xmp
    assert [p for p in _pdfa_problems(signed) if p != "XMP : dc:title absent"] == []
    [widget] = [a.get_object() for p in reader.pages for a in p.get("/Annots", [])
                if a.get_object().get("/FT") == "/Sig"]
    appearance = widget["/AP"]["/N"].get_object()
    fonts = []

    def walk(xobj, depth=0):  # type: ignore[no-untyped-def]
        res = xobj.get("/Resources", {})
        for f in res.get("/Font", {}).values():
            fonts.append(f.get_object())
        for x in res.get("/XObject", {}).values():
            if depth < 4:
                walk(x.get_object(), depth + 1)

    walk(appearance)
    assert fonts, "le tampon visible n'a pas de police"
    for font in fonts:
        desc = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        assert any(k in desc["/FontDescriptor"] for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_unsigned_pdf_has_no_signature(extract):
    assert validate(extract) == []


def test_not_a_pdf_is_a_clear_error():
    with pytest.raises(SigningError, match="PDF illisible"):
        validate(b"bonjour")


def test_wrong_passphrase_is_a_clear_error(pki):
    with pytest.raises(SigningError, match="mot de passe"):
        load_signer(pki.signer_p12, "faux")


def test_cli_signs_with_a_p12_and_a_timestamp_server_then_verifies(tmp_path, extract, pki, fake,
                                                                   monkeypatch, capsys):
    (tmp_path / "extrait.pdf").write_bytes(extract)
    (tmp_path / "presidente.p12").write_bytes(pki.signer_p12)
    (tmp_path / "racine.pem").write_bytes(pki.root_pem)
    monkeypatch.setenv("REGISTRE_SIGN_P12_PASSWORD", pki.passphrase)
    code = main(["sign", str(tmp_path / "extrait.pdf"), "--p12", str(tmp_path / "presidente.p12"),
                 "--tsa", f"{fake.url}/tsa", "-o", str(tmp_path / "signe.pdf")])
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    root = str(tmp_path / "racine.pem")
    assert main(["sign", str(tmp_path / "signe.pdf"), "--verify", "--trust", root]) == 0
    out = capsys.readouterr().out
    assert "Anne VIGNOT" in out and "horodatée" in out and "signature valide" in out
    assert main(["sign", str(tmp_path / "extrait.pdf"), "--verify"]) == 1
    assert "aucune signature" in capsys.readouterr().out


def test_validation_works_inside_a_running_event_loop(signed, pki):
    import asyncio

    async def inside() -> list:  # type: ignore[type-arg]
        return validate(signed, pki.trust_roots())

    [info] = asyncio.run(inside())
    assert info.valid


def test_package_command_signs_the_extract_it_packs(tmp_path, pki, fake, monkeypatch, capsys):
    import tarfile

    (tmp_path / "presidente.p12").write_bytes(pki.signer_p12)
    monkeypatch.setenv("REGISTRE_SIGN_P12_PASSWORD", pki.passphrase)
    code = main(["actes", "package", str(CONSEIL), "--item", "13", "-o", str(tmp_path / "out"),
                 "--p12", str(tmp_path / "presidente.p12"), "--tsa", f"{fake.url}/tsa"])
    assert code == 0, capsys.readouterr().err
    [archive] = (tmp_path / "out").glob("*.tar.gz")
    with tarfile.open(archive) as tar:
        [pdf] = [tar.extractfile(m).read() for m in tar.getmembers() if m.name.endswith("_1.pdf")]  # type: ignore[union-attr]
    [info] = validate(pdf, pki.trust_roots())
    assert info.valid and info.timestamped
