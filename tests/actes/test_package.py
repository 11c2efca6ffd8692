"""The @ctes package of one act: ``registre actes package`` and its metadata."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import tarfile
from pathlib import Path

import pytest
from lxml import etree

from registre.actes.ack import ack_xml, parse_ack, parse_acte_id
from registre.actes.envelope import (
    NS,
    NUMBER_PATTERN,
    ActesError,
    build_package,
    department_code,
    internal_number,
    metadata_from_session,
    short_subject,
)
from registre.cli.main import main
from registre.sessionfile import load_session

ROOT = Path(__file__).resolve().parents[2]
CONSEIL = ROOT / "fixtures" / "sessions" / "gbm-conseil-2024-04-11.yaml"
A = f"{{{NS}}}"


def _members(path: Path) -> dict[str, bytes]:
    with tarfile.open(path, "r:gz") as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]


def test_cli_writes_the_seed_deliberation_package(tmp_path, capsys):
    session = load_session(CONSEIL)
    item = next(i for i in session.items if i.number == "13")
    assert main(["actes", "package", str(CONSEIL), "--item", "13", "-o", str(tmp_path)]) == 0
    [archive] = list(tmp_path.glob("*.tar.gz"))
    authority = session.assembly.authority
    assert archive.name.startswith(f"EACT--{authority.siren}--")
    files = _members(archive)
    [meta_name] = [n for n in files if n.endswith("_0.xml")]
    prefix = f"0{authority.department}-{authority.siren}-{session.date:%Y%m%d}-"
    assert meta_name.startswith(prefix) and meta_name.endswith("-DE-1-1_0.xml")
    acte = etree.fromstring(files[meta_name])
    assert acte.tag == f"{A}Acte"
    assert acte.get(f"{A}CodeNatureActe") == "1"
    assert acte.get(f"{A}Date") == session.date.isoformat() == "2024-04-11"
    assert NUMBER_PATTERN.match(acte.get(f"{A}NumeroInterne"))
    level1, level2 = item.text.matiere.split(".")  # type: ignore[union-attr]
    assert acte.find(f"{A}CodeMatiere1").get(f"{A}CodeMatiere") == level1
    assert acte.find(f"{A}CodeMatiere2").get(f"{A}CodeMatiere") == level2
    assert acte.findtext(f"{A}Objet") == " ".join(item.title.split())
    document = acte.findtext(f"{A}Document/{A}NomFichier")
    assert document in files and files[document].startswith(b"%PDF")
    assert b"ISO-8859-1" in files[meta_name][:60]
    [envelope] = [n for n in files if n.startswith("EACT--")]
    env = etree.fromstring(files[envelope])
    idcl = env.find(f"{A}Emetteur/{A}IDCL")
    assert idcl.get("{http://xml.insee.fr/schema}SIREN") == authority.siren
    assert env.findtext(f"{A}FormulairesEnvoyes/{A}Formulaire/{A}NomFichier") == meta_name


def test_missing_siren_is_said_not_invented(tmp_path, capsys):
    text = CONSEIL.read_text(encoding="utf-8").replace('  siren: "242500361"\n', "")
    bare = tmp_path / "sans-siren.yaml"
    bare.write_text(text, encoding="utf-8")
    code = main(["actes", "package", str(bare), "--item", "13", "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    assert "SIREN de « Grand Besançon Métropole » inconnu" in err and "authority.siren" in err
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_every_missing_piece_is_listed_at_once():
    session = load_session(CONSEIL)
    authority = dataclasses.replace(session.assembly.authority, siren=None, department="999x")
    bare = dataclasses.replace(session, assembly=dataclasses.replace(session.assembly, authority=authority))
    item = dataclasses.replace(session.items[0], text=None)
    with pytest.raises(ActesError) as e:
        metadata_from_session(bare, item)
    assert len(e.value.problems) == 3
    assert any("département" in p for p in e.value.problems)
    assert any("matière ACTES absente" in p for p in e.value.problems)


@pytest.mark.parametrize(("raw", "expected"), [
    ("2024/2024.00097", "2024_2024_00097"), ("D-2024-12", "D_2024_12"), ("  7 ", "7"), ("mr02", "MR02")])
def test_internal_numbers_follow_the_actes_pattern(raw, expected):
    assert internal_number(raw) == expected
    assert NUMBER_PATTERN.match(expected)


@pytest.mark.parametrize("raw", ["2024/2024.000097", "___", "é"])
def test_numbers_that_cannot_fit_are_refused(raw):
    with pytest.raises(ActesError):
        internal_number(raw)


def test_department_codes_on_three_characters():
    assert [department_code(x) for x in ("25", "2A", "971", "2b", "", None, "1")] == [
        "025", "02A", "971", "02B", None, None, None]


def test_long_object_is_cut_at_a_word_and_said():
    subject, warning = short_subject("mot " * 200)
    assert len(subject) <= 499 and subject.endswith("mot…")
    assert warning and "raccourci" in warning
    assert short_subject("court")[1] is None


def test_same_act_same_bytes_and_annexes_numbered():
    session = load_session(CONSEIL)
    item = next(i for i in session.items if i.number == "13")
    meta = metadata_from_session(session, item)
    a = build_package(meta, b"%PDF-acte", [b"%PDF-a1", b"%PDF-a2"], sent_on=session.date)
    b = build_package(meta, b"%PDF-acte", [b"%PDF-a1", b"%PDF-a2"], sent_on=session.date)
    assert a.data == b.data
    names = [n for n in a.members if n.endswith(".pdf")]
    assert [n.rsplit("_", 1)[1] for n in names] == ["1.pdf", "2.pdf", "3.pdf"]
    with tarfile.open(fileobj=io.BytesIO(a.data), mode="r:gz") as tar:
        acte = etree.fromstring(tar.extractfile(meta.file_name(0, "xml")).read())  # type: ignore[union-attr]
    assert acte.find(f"{A}Annexes").get(f"{A}Nombre") == "2"


def test_acknowledgement_is_parsed_into_its_parts():
    ack = parse_ack(ack_xml("095-219501426-20240105-032024-DE", dt.date(2024, 1, 9)))
    assert ack.acte_id.department == "095" and ack.acte_id.siren == "219501426"
    assert ack.acte_id.decision_date.isoformat() == "2024-01-05"
    assert ack.acte_id.number == "032024" and ack.acte_id.nature == "DE"
    assert ack.received_on.isoformat() == "2024-01-09"


@pytest.mark.parametrize("bad", [b"<x/>", b"not xml", ack_xml("95-1-2-3-DE", dt.date(2024, 1, 1))])
def test_unreadable_acknowledgements_are_refused_with_a_reason(bad):
    with pytest.raises(ActesError) as e:
        parse_ack(bad)
    assert "accusé" in str(e.value) or "identifiant" in str(e.value)


def test_acte_id_with_impossible_date_is_refused():
    with pytest.raises(ActesError, match="impossible"):
        parse_acte_id("025-242500361-20241345-7-DE")
