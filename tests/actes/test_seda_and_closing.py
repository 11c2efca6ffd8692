"""The SEDA 2.2 bordereau validates against the official schema; closing sheet and tables."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from registre.actes.closing import RegisterEntry, build_closing_sheet, build_register_tables
from registre.actes.seda import NS, ArchivedAct, ArchiveFile, Transfer, bordereau, transfer_zip
from registre.core import check_session
from registre.rendering import RENDERERS, render
from registre.sessionfile import load_session
from tests.actes.seda_schema import SEDA, seda_schema

ROOT = Path(__file__).resolve().parents[2]
CONSEIL = ROOT / "fixtures" / "sessions" / "gbm-conseil-2024-04-11.yaml"
needs_seda = pytest.mark.skipif(not SEDA.exists(), reason="../shared/standards/seda-2.2 absent")


@pytest.fixture(scope="module")
def transfer() -> Transfer:
    session = load_session(CONSEIL)
    item = next(i for i in session.items if i.number == "13")
    pdf = render(session, "extract", "pdf", "13")
    return Transfer(
        message_id="REGISTRE-GBM-2024-04-11", authority=session.assembly.authority.name,
        authority_id=session.assembly.authority.siren or "", archival_agency="AD25",
        title="Conseil de Communauté — séance du 11 avril 2024", session_date=session.date,
        acts=[ArchivedAct(item.number, item.title, session.date,
                          (ArchiveFile("acte-13.pdf", pdf, "Extrait signé"),
                           ArchiveFile("acte-13-ar.xml", b"<ARActe/>", "Accusé de réception",
                                       "application/xml")),
                          acte_id="025-242500361-20240411-2024_2024_00097-DE", matiere="7.5")],
        session_files=[ArchiveFile("historique.json", b'{"actions": []}', "Historique", "application/json")],
        created_at=dt.datetime(2024, 5, 1, tzinfo=dt.UTC))


@needs_seda
def test_bordereau_validates_against_seda_2_2(transfer):
    schema = seda_schema()
    doc = etree.fromstring(bordereau(transfer))
    assert schema.validate(doc), schema.error_log


@needs_seda
def test_schema_catches_a_broken_bordereau(transfer):
    schema = seda_schema()
    doc = etree.fromstring(bordereau(transfer))
    doc.remove(doc.find(f"{{{NS}}}MessageIdentifier"))
    assert not schema.validate(doc)


def test_zip_holds_manifest_and_files_with_their_digests(transfer):
    with zipfile.ZipFile(io.BytesIO(transfer_zip(transfer))) as z:
        names = z.namelist()
        manifest = etree.fromstring(z.read("manifest.xml"))
        for obj in manifest.iter(f"{{{NS}}}BinaryDataObject"):
            uri = obj.findtext(f"{{{NS}}}Uri")
            assert uri in names
            assert hashlib.sha512(z.read(uri)).hexdigest() == obj.findtext(f"{{{NS}}}MessageDigest")
    assert len(names) == 4


def test_closing_sheet_lists_deliberations_members_present_and_signatures():
    report = check_session(load_session(CONSEIL))
    sheet = build_closing_sheet(report, {"13": "2024-0001"}, report.session.date)
    text = sheet.text()
    present = {p for r in report.items for p in r.present}
    assert f"Membres présents ({len(present)})" in text
    assert "2024-0001" in text and "R2121-9" in text
    assert "Le président de séance" in text and "secrétaires de séance" in text
    assert RENDERERS["pdf"](sheet).startswith(b"%PDF")


def test_register_tables_by_date_and_by_subject():
    entries = [RegisterEntry("2", dt.date(2024, 4, 11), "Conseil", "Subvention", "7.5"),
               RegisterEntry("1", dt.date(2024, 3, 1), "Bureau", "Voirie", "8.3")]
    text = build_register_tables("GBM", 2024, entries).text()
    assert text.index("01/03/2024") < text.index("11/04/2024")
    assert "Finances locales / Subventions" in text and "Domaines de compétences par thèmes / Voirie" in text
