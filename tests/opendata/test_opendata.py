"""Open data exports validate against the standards' own schemas."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT3, DRAFT4

from registre.cli.main import main
from registre.core import check_session
from registre.opendata import (
    deliberation_rows,
    oparl_objects,
    popolo_export,
    validate_deliberations,
    write_csv,
)
from registre.opendata.scdl import FIELDS
from registre.opendata.standards import StandardUnavailable, official_address, standard_schema
from registre.sessionfile import load_session

ROOT = Path(__file__).resolve().parents[2]
SESSIONS = sorted((ROOT / "fixtures" / "sessions").glob("*.yaml"))
# The standards' schemas are not ours: read from shared/ beside the clone, never copied here.
STANDARDS = ROOT.parent / "shared" / "standards"


@pytest.fixture(autouse=True)
def standards_from_shared(monkeypatch, tmp_path):
    if not STANDARDS.is_dir():
        pytest.skip(f"schémas des standards absents ({STANDARDS})")
    monkeypatch.setenv("REGISTRE_STANDARDS_DIR", str(STANDARDS))
    monkeypatch.setenv("REGISTRE_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("REGISTRE_STANDARDS_DOWNLOAD", "non")
    standard_schema.cache_clear()
    yield
    standard_schema.cache_clear()


@pytest.fixture(scope="module")
def reports():
    return [check_session(load_session(p)) for p in SESSIONS]


def with_siret(report, siret="24250036100000"):
    s = report.session
    authority = replace(s.assembly.authority, siret=siret)
    session = replace(s, assembly=replace(s.assembly, authority=authority))
    return check_session(session)


def test_scdl_rows_carry_the_computed_votes(reports):
    rows = {r["DELIB_ID"]: r for r in deliberation_rows(reports)}
    pmt = rows["2024/2024.00097"]
    assert (pmt["VOTE_EFFECTIF"], pmt["VOTE_REEL"], pmt["VOTE_POUR"]) == ("123", "102", "102")
    assert pmt["DELIB_MATIERE_CODE"] == "7.5"
    assert pmt["DELIB_MATIERE_NOM"] == "finances locales/subventions"
    assert pmt["BUDGET_ANNEE"] == "2024"
    bureau = next(r for r in rows.values() if r["DELIB_DATE"] == "2023-10-26")
    assert (bureau["VOTE_EFFECTIF"], bureau["VOTE_POUR"]) == ("32", "22")


def test_scdl_csv_is_valid_when_the_authority_has_a_siret(reports):
    rows = deliberation_rows([with_siret(r) for r in reports])
    assert validate_deliberations(rows) == []
    buf = io.StringIO()
    write_csv(rows, buf)
    header = next(csv.reader(io.StringIO(buf.getvalue())))
    assert header == [f["name"] for f in standard_schema("scdl-deliberations-schema.json")["fields"]]


def test_scdl_validation_names_row_and_field_of_a_missing_siret(reports):
    problems = validate_deliberations(deliberation_rows(reports))
    assert problems and all("COLL_SIRET" in p and p.startswith("ligne ") for p in problems)
    # in French, and saying where the SIRET is entered
    assert all("valeur obligatoire absente" in p and "authority:" in p for p in problems)
    assert not any("constraint" in p for p in problems)


def test_scdl_columns_are_the_published_schemas():
    assert list(FIELDS) == [f["name"] for f in standard_schema("scdl-deliberations-schema.json")["fields"]]


def test_a_schema_comes_from_the_cache_when_there_is_no_local_copy(monkeypatch, tmp_path):
    monkeypatch.delenv("REGISTRE_STANDARDS_DIR")
    cached = tmp_path / "var" / "standards" / "scdl-deliberations-schema.json"
    cached.parent.mkdir(parents=True)
    cached.write_text((STANDARDS / "scdl-deliberations-schema.json").read_text("utf-8"), "utf-8")
    assert standard_schema("scdl-deliberations-schema.json")["fields"][0]["name"] == "COLL_NOM"


def test_a_missing_schema_is_said_plainly_offline(monkeypatch, tmp_path, reports, capsys):
    monkeypatch.delenv("REGISTRE_STANDARDS_DIR")
    with pytest.raises(StandardUnavailable, match="REGISTRE_STANDARDS_DIR"):
        standard_schema("scdl-deliberations-schema.json")
    out = tmp_path / "d.csv"
    assert main(["export", str(SESSIONS[0]), "--validate", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "validation impossible" in err and "Traceback" not in err
    assert out.read_text("utf-8").startswith("COLL_NOM,")  # the file itself is still written


def test_a_schema_is_fetched_from_its_address_and_cached(monkeypatch, tmp_path):
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    body = (STANDARDS / "scdl-deliberations-schema.json").read_bytes()
    hits = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.delenv("REGISTRE_STANDARDS_DIR")
        monkeypatch.setenv("REGISTRE_STANDARDS_DOWNLOAD", "oui")
        url = f"http://127.0.0.1:{server.server_port}/scdl/deliberations/2.1.5/schema.json"
        monkeypatch.setitem(__import__("registre.opendata.standards", fromlist=["OFFICIAL"]).OFFICIAL,
                            "scdl-deliberations-schema.json", url)
        assert standard_schema("scdl-deliberations-schema.json")["fields"][1]["name"] == "COLL_SIRET"
        standard_schema.cache_clear()
        assert standard_schema("scdl-deliberations-schema.json")["fields"][1]["name"] == "COLL_SIRET"
        assert hits == ["/scdl/deliberations/2.1.5/schema.json"]  # the second read came from var/
        assert (tmp_path / "var" / "standards" / "scdl-deliberations-schema.json").is_file()
    finally:
        server.shutdown()


def test_every_standard_has_an_official_address():
    names = [p.relative_to(STANDARDS).as_posix() for p in STANDARDS.rglob("*.json")]
    assert names and all(official_address(n) for n in names)
    assert official_address("inconnu.json") is None


def _registry(folder: str, spec) -> Registry:
    resources = []
    for p in (STANDARDS / folder).glob("*.json"):
        schema = json.loads(p.read_text("utf-8"))
        res = Resource(contents=schema, specification=spec)
        resources.append((schema.get("id") or p.name, res))
        resources.append((p.name, res))
    return Registry().with_resources(resources)


def test_popolo_export_validates_against_popolo_schemas(reports):
    data = popolo_export(reports)
    registry = _registry("popolo-1.0.1", DRAFT3)
    kinds = {"persons": "person", "organizations": "organization", "memberships": "membership",
             "motions": "motion", "vote_events": "vote_event"}
    for key, name in kinds.items():
        schema = standard_schema(f"popolo-1.0.1/{name}.json")
        validator = jsonschema.Draft3Validator(schema, registry=registry)
        assert data[key], key
        for obj in data[key]:
            errors = list(validator.iter_errors(obj))
            assert not errors, (key, obj["id"], errors[0].message)
    pmt = next(v for v in data["vote_events"] if v["identifier"] == "2024/2024.00097")
    assert {c["option"]: c["value"] for c in pmt["counts"]}["yes"] == 102
    assert len({p["id"] for p in data["persons"]}) == len(data["persons"])


def test_oparl_objects_validate_against_oparl_schemas(reports):
    data = oparl_objects(reports, "https://registre.example/oparl")
    registry = _registry("oparl-1.1.1", DRAFT4)
    for kind, objects in data.items():
        schema = standard_schema(f"oparl-1.1.1/{kind}.json")
        validator = jsonschema.Draft4Validator(schema, registry=registry)
        assert objects, kind
        for obj in objects:
            errors = list(validator.iter_errors(obj))
            assert not errors, (kind, obj["id"], errors[0].message)
    meetings = {m["name"]: m for m in data["Meeting"]}
    conseil = meetings["Conseil de Communauté du 11/04/2024"]
    assert len(conseil["agendaItem"]) == 33 and conseil["start"].startswith("2024-04-11T18:00")
    item13 = next(a for a in data["AgendaItem"] if a["number"] == "13" and "2024-04-11" in a["id"])
    assert "pour 102" in item13["result"]


def test_export_command_writes_each_format(tmp_path, capsys):
    out = tmp_path / "d.csv"
    assert main(["export", *map(str, SESSIONS), "--format", "scdl", "-o", str(out)]) == 0
    assert "2024/2024.00097" in out.read_text("utf-8")
    assert main(["export", str(SESSIONS[0]), "--format", "popolo"]) == 0
    assert json.loads(capsys.readouterr().out)["persons"]
    # --validate reports the missing SIRET and exits 1
    assert main(["export", str(SESSIONS[0]), "--validate", "-o", str(out)]) == 1
    assert "COLL_SIRET" in capsys.readouterr().err


def test_export_command_goes_on_after_a_bad_file(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: x\n", encoding="utf-8")
    assert main(["export", str(bad), str(SESSIONS[0]), "--format", "popolo"]) == 1
    captured = capsys.readouterr()
    assert "bad.yaml" in captured.err and json.loads(captured.out)["persons"]
