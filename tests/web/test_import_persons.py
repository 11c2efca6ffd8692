"""One person, whatever the source (issue 11, part 1): names matched to stored members."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client

from registre.cli.main import main
from registre.core import check_session
from registre.sessionfile import load_session
from registre.web import models as m
from registre.web.convert import session_to_core
from registre.web.history.models import PersonAlias, PersonMerge
from registre.web.services import persons
from registre.web.sources import import_file

from .conftest import CONSEIL, SEEDS

pytestmark = pytest.mark.django_db

EXTRACTS = Path(__file__).parents[2] / "fixtures" / "extracts"
EXTRACT = EXTRACTS / "000_982f1ba8b7e34159.txt"


def _conseil() -> m.Session:
    return m.Session.objects.get(assembly__slug="conseil-de-communaute")


def _figures(session: m.Session) -> list[tuple[object, ...]]:
    items = check_session(session_to_core(session)).as_dict()["items"]
    return [(i["number"], i["present_count"], i["proxies_count"], i["interested_votes"], repr(i["tally"]))
            for i in items]


def _source_figures() -> list[tuple[object, ...]]:
    items = check_session(load_session(CONSEIL)).as_dict()["items"]
    return [(i["number"], i["present_count"], i["proxies_count"], i["interested_votes"], repr(i["tally"]))
            for i in items]


def test_readme_example_keeps_one_baehr_everywhere(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["import", *map(str, SEEDS), str(EXTRACT)])
    out = capsys.readouterr().out
    assert code == 0
    assert "« Frédérique BAHR » rapproché de « Frédérique BAEHR »" in out
    conseil = _conseil()
    assert conseil.mandates.count() == 123
    assert not m.Person.objects.filter(last_name="BAHR").exists()
    r13 = check_session(session_to_core(conseil)).item("13")
    assert (r13.present_count, r13.tally.available) == (79, 102)  # type: ignore[union-attr]
    assert _figures(conseil) == _source_figures()
    # The spelling of the extract is kept on the person.
    baehr = m.Person.objects.get(last_name="BAEHR")
    assert PersonAlias.objects.filter(person=baehr, spelling="Frédérique BAHR").exists()
    # The public page and the workspace show the same figures.
    item = Client().get(conseil.items.get(number="13").get_absolute_url()).content.decode()
    assert "79 présents pour" in item and ">102<" in item and "Conforme au décompte enregistré" in item
    from django.contrib.auth import get_user_model

    clerk = Client()
    clerk.force_login(get_user_model().objects.create_superuser("chef", password="motdepasse-long-1"))
    board = clerk.get(f"/greffe/seance/{conseil.pk}/").content.decode()
    row = re.search(r'<tr data-item="13".*?</tr>', board, re.S)
    assert row is not None and 'data-present="79"' in row.group(0) and 'data-available="102"' in row.group(0)
    assert re.search(r'<td class="num present"[^>]*>79</td>', row.group(0))
    assert re.search(r'<td class="num"[^>]*>102</td>', row.group(0))


def test_extract_first_then_session_files_stores_the_same(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(EXTRACT), *map(str, SEEDS), str(EXTRACT), *map(str, SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "« Frédérique BAEHR » rapproché de « Frédérique BAHR »" in out
    conseil = _conseil()
    assert conseil.mandates.count() == 123
    assert _figures(conseil) == _source_figures()
    # The session file's spelling and id win, whatever the order; one person in the authority.
    (baehr,) = m.Person.objects.filter(first_name="Frédérique")
    assert (baehr.key, baehr.last_name) == ("baehr-frederique", "BAEHR")
    assert PersonAlias.objects.filter(person=baehr, spelling="Frédérique BAHR").exists()
    assert m.Person.objects.count() == 123


def _extract_with(tmp_path: Path, old: str, new: str) -> Path:
    text = EXTRACT.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "extrait-modifie.txt"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_an_unknown_name_stops_that_file_and_lists_candidates(seeded, tmp_path: Path) -> None:
    before = _figures(_conseil())
    path = _extract_with(tmp_path, "M. Gilles SPICHER", "M. Gilles SPECHTER-WOLF")
    ok, message = import_file(path)
    assert not ok
    assert "« Gilles SPECHTER-WOLF » ne correspond à aucun membre" in message
    assert "candidats" in message and "Gilles SPICHER" in message
    assert "Rien n'a été importé" in message
    conseil = _conseil()
    assert conseil.mandates.count() == 123 and not conseil.imports.filter(source_name=str(path)).exists()
    assert _figures(conseil) == before


def test_two_names_for_one_member_are_refused(seeded, tmp_path: Path) -> None:
    # « Mme Fabienne BRAUCHLI » printed a second time as « Mme Fabienne BRAUCHLY »: which one is she?
    path = _extract_with(tmp_path, "Mme Claudine CAULET", "Mme Fabienne BRAUCHLY")
    ok, message = import_file(path)
    assert not ok and "désignent tous le même membre" in message and "BRAUCHLI" in message
    assert _conseil().mandates.count() == 123


def test_surname_first_and_stored_alias_are_matched(seeded) -> None:
    from registre.core import model as core

    roster = list(m.Person.objects.filter(mandates__session=_conseil()))
    vignot = next(p for p in roster if p.last_name == "VIGNOT")
    swapped = core.Person("x-1", "VIGNOT", "Anne")  # « VIGNOT Anne » read the wrong way round
    persons.add_alias(vignot, "Anne VIGNOT-MAIRE")
    alias = core.Person("x-2", "Anne", "VIGNOT-MAIRE")
    found, matches = persons.resolve([swapped], roster, closed=True, where="test")
    assert found["x-1"] == vignot and matches[0].how == "ordre NOM Prénom"
    found, matches = persons.resolve([alias], roster, closed=True, where="test")
    assert found["x-2"] == vignot and matches[0].how == "graphie déjà rencontrée"


def test_merging_two_stored_persons_is_audited(seeded, clerk) -> None:
    conseil = _conseil()
    baehr = m.Person.objects.get(last_name="BAEHR")
    # The state the old importer left: a second person « BAHR » seated beside « BAEHR ».
    bahr = m.Person.objects.create(authority=baehr.authority, key="bahr-frederique", first_name="Frédérique",
                                   last_name="BAHR", civility="Mme")
    m.Mandate.objects.create(session=conseil, person=bahr, position=999)
    for at in m.Attendance.objects.filter(session=conseil, person=baehr):
        m.Attendance.objects.create(session=conseil, person=bahr, span=at.span)
    item13 = conseil.items.get(number="13")
    interest = item13.interests.get(person=baehr)
    interest.person = bahr
    interest.save()
    assert check_session(session_to_core(conseil)).item("13").present_count == 80
    merge = persons.merge_persons(baehr, bahr, clerk.user, "même élue, nom mal orthographié dans l'extrait")
    assert conseil.mandates.count() == 123
    assert _figures(conseil) == _source_figures()
    assert item13.interests.filter(person=baehr).exists()
    assert not item13.interests.filter(person=bahr).exists()
    assert merge.user == clerk.user and merge.moved["mandats en double retirés"] == 1
    assert PersonMerge.objects.count() == 1
    assert PersonAlias.objects.filter(person=baehr, spelling="Frédérique BAHR").exists()
    assert m.Person.objects.filter(pk=bahr.pk).count() == 0  # hidden, still in all_objects
    assert m.Person.all_objects.filter(pk=bahr.pk).exists()
    with pytest.raises(persons.MergeRefused):
        persons.merge_persons(baehr, baehr, clerk.user)


def test_the_merge_form(seeded, clerk, foreign_clerk) -> None:
    baehr = m.Person.objects.get(last_name="BAEHR")
    bahr = m.Person.objects.create(authority=baehr.authority, key="bahr-frederique", first_name="Frédérique",
                                   last_name="BAHR", civility="Mme")
    data = {"kept": baehr.pk, "absorbed": bahr.pk, "reason": "saisie en double"}
    assert foreign_clerk.post("/greffe/elus/fusion/", data).status_code == 400  # not their members
    assert not PersonMerge.objects.exists()
    resp = clerk.post("/greffe/elus/fusion/", {**data, "absorbed": baehr.pk})
    assert resp.status_code == 400 and "lui-même" in resp.content.decode()
    resp = clerk.post("/greffe/elus/fusion/", data)
    assert resp.status_code == 302
    page = clerk.get(resp["Location"]).content.decode()
    assert "fusionné(e) dans" in page and "saisie en double" in page
    assert PersonMerge.objects.get().user == clerk.user
