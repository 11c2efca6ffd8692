"""SCDL « Subventions » files in: real files of five authorities, and what a file must not do."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from django.test import Client

from registre.cli.main import main
from registre.opendata.scdl_in import NotSubventions, looks_like_subventions, read_subventions
from registre.web import models as m
from registre.web.sources import import_file
from registre.web.subsidies import models as sm
from registre.web.subsidies.attributions import import_subventions, kind_of

from ..shared import CORPUS

REAL = sorted((CORPUS / "real").glob("scdl-subv_*.csv"))


@pytest.fixture
def real_files() -> list[Path]:
    if len(REAL) != 5:
        pytest.skip(f"les cinq fichiers SCDL Subventions réels sont absents de {CORPUS / 'real'}")
    return REAL


def test_the_five_real_files_import_with_their_report(db, real_files, capsys):
    assert main(["import", *map(str, real_files)]) == 0
    out = capsys.readouterr().out
    assert out.count("fichier SCDL Subventions") == 5
    stored = sm.Attribution.objects.count()
    assert stored > 700  # 13 + 90 + 41 + 562 + 68 readable rows
    # every refused row is named with its reason (Nièvre prints « NC » or « SEM » as amounts)
    assert "ligne 8 refusée : montant illisible « NC »" in out
    assert "bénéficiaire absent" in out
    # the same files again store nothing new
    assert main(["import", *map(str, real_files)]) == 0
    assert sm.Attribution.objects.count() == stored
    assert "0 attribution(s) enregistrée(s)" in capsys.readouterr().out


def test_encodings_separators_and_column_sets_of_the_real_files(real_files):
    by_name = {p.name: read_subventions(p) for p in real_files}
    lot = by_name["scdl-subv_departement-lot.csv"]
    assert (lot.encoding, lot.delimiter, lot.columns) == ("cp1252", ";", "2.x")
    assert lot.attributions[0].amount == Decimal("40000.00")  # « 40 000,00 »
    assert lot.attributions[0].period_end == dt.date(2018, 3, 31)  # « 2018-01-01_2018-03-31 »
    nievre = by_name["scdl-subv_departement-nievre.csv"]
    assert (nievre.delimiter, nievre.columns) == (",", "1.x")
    somme = by_name["scdl-subv_departement-somme.csv"]
    # a UTF-8 byte order mark before Windows-1252 text: the first column is still recognised
    assert somme.attributions[0].authority_name == "Département de la Somme"
    assert somme.attributions[0].decision_date == dt.date(2017, 9, 8)  # « 2017/09/08 »


def test_a_siret_written_as_a_float_keeps_only_what_is_right(db, real_files):
    poitiers = next(p for p in real_files if "poitiers" in p.name)
    report = import_subventions(poitiers)
    assert report.stored > 500
    authority = m.Authority.objects.get(siren="218601946")  # « 21860194600000.0 »: key wrong, SIREN right
    assert authority.siret == ""
    assert not sm.Beneficiary.objects.filter(authority=authority, siret__endswith="00000").exists()
    assert any("derniers chiffres perdus" in w for _, w in report.warnings)


def test_imported_attributions_show_on_the_subsidy_pages(db, real_files):
    lot = next(p for p in real_files if "lot" in p.name)
    import_subventions(lot)
    authority = m.Authority.objects.get(siren="224600015")
    assert authority.kind == "departement"  # told by its name
    client = Client()
    page = client.get(f"/collectivites/{authority.slug}/subventions/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Attributions publiées en données ouvertes" in html and "Association des maires" in html
    listing = client.get(f"/collectivites/{authority.slug}/subventions/attributions/")
    assert listing.status_code == 200 and "13 attribution(s)" in listing.content.decode()
    listing_url = f"/collectivites/{authority.slug}/subventions/attributions/"
    assert client.get(listing_url + "?page=x").status_code == 400
    assert client.get(listing_url + "?page=999999").status_code == 200
    b = sm.Beneficiary.objects.get(authority=authority, siret="44259700100035")
    assert "Soutien financier" in client.get(b.get_absolute_url()).content.decode()


def _csv(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "subv.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


HEADER = ("nomAttribuant;idAttribuant;dateConvention;referenceDecision;nomBeneficiaire;idBeneficiaire;"
          "objet;montant\n")


def test_bad_rows_are_refused_with_their_reason_and_the_rest_is_kept(db, tmp_path):
    path = _csv(tmp_path, HEADER
                + "Commune de Test;21000000000000;2024-01-05;D1;Club A;;Fête;1 500,00\n"
                + "Commune de Test;21000000000000;2024-01-05;D1;Club B;;Fête;NaN\n"
                + "Commune de Test;21000000000000;2024-01-05;D1;Club C;;Fête;Infinity\n"
                + "Commune de Test;21000000000000;9999-01-05;D1;Club D;;Fête;10\n"
                + "Commune de Test;21000000000000;2024-01-05;D1;Club E;;Fête;1e30\n"
                + "Commune de Test;21000000000000;2024-01-05;D1;;;Fête;10\n"
                + "Commune de Test;21000000000000;2024-01-05;D1;Club F;;Fête;-5\n", "cp1252")
    report = import_subventions(path)
    assert report.stored == 1
    reasons = dict(report.refused)
    assert set(reasons) == {3, 4, 5, 6, 7, 8}
    assert "montant illisible" in reasons[3] and "montant illisible" in reasons[4]
    assert "date hors des années plausibles" in reasons[5]
    assert "invraisemblable" in reasons[6] and "bénéficiaire absent" in reasons[7]
    assert "négatif" in reasons[8]
    a = sm.Attribution.objects.get()
    assert a.amount == Decimal("1500.00") and a.authority.kind == "commune"


def test_an_authority_whose_nature_cannot_be_told_is_not_invented(db, tmp_path):
    path = _csv(tmp_path, HEADER + "SICTOM X;;2024-01-05;D1;Club A;;Fête;10\n")
    report = import_subventions(path)
    assert report.stored == 0 and "nature de la collectivité" in report.refused[0][1]
    assert not m.Authority.objects.exists()


def test_a_csv_that_is_not_scdl_subventions_is_refused_in_french(db, tmp_path):
    path = _csv(tmp_path, "nom;prenom\nDupont;Jean\n")
    assert not looks_like_subventions(path)
    with pytest.raises(NotSubventions):
        read_subventions(path)
    ok, message = import_file(path)
    assert not ok and "SCDL Subventions" in message and "Traceback" not in message


def test_the_nature_of_an_authority_from_its_name():
    assert kind_of("COMMUNAUTE D AGGLOMERATION DU SICOVAL") == "communaute_agglomeration"
    assert kind_of("Departement du Lot") == "departement"
    assert kind_of("Ville de Poitiers") == "commune"
    assert kind_of("SICTOM du Nord") is None
