"""Import: idempotent, atomic per file, computing exactly as the source (Q-01, V-01, C-03)."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from registre.cli.main import main
from registre.core import check_session
from registre.sessionfile import load_session
from registre.web import models as m
from registre.web.convert import session_to_core
from registre.web.services import importer
from registre.web.sources import import_file

from ..shared import TRONGET, shared_file
from .conftest import CONSEIL, SEEDS

pytestmark = pytest.mark.django_db


def _counts() -> tuple[int, ...]:
    return tuple(model.all_objects.count() for model in (  # type: ignore[attr-defined]
        m.Session, m.Mandate, m.Attendance, m.Proxy, m.Item, m.Interest, m.Vote, m.Deliberation))


def test_stored_session_computes_as_its_source(seeded):
    stored = m.Session.objects.get(assembly__slug="conseil-de-communaute")
    report = check_session(session_to_core(stored))
    source = check_session(load_session(CONSEIL))
    assert report.as_dict()["items"] == source.as_dict()["items"]
    r13 = report.item("13")
    assert r13.tally is not None and r13.tally.counts.for_ == 102
    assert sum(i.votes for i in r13.interested) == 4  # C-03: BAEHR 1, COUDRY 2, VUILLEMIN 1


def test_import_twice_changes_nothing(seeded):
    before = _counts()
    for path in SEEDS:
        ok, message = import_file(path)
        assert ok and "rien de nouveau" in message
    assert _counts() == before


def test_failing_file_leaves_nothing_and_batch_goes_on(db, monkeypatch, tmp_path, capsys):
    def boom(*args, **kwargs):
        raise importer.ImportFailed("panne simulée au milieu de l'import")

    monkeypatch.setattr(importer, "index_items", boom)
    ok, message = import_file(CONSEIL)
    assert not ok and "panne simulée" in message
    assert _counts() == (0,) * 8
    monkeypatch.undo()
    bad = tmp_path / "mauvais.yaml"
    bad.write_text("format: registre-session/1\nauthority: [", encoding="utf-8")
    code = main(["import", str(bad), str(CONSEIL)])
    err = capsys.readouterr()
    assert code == 1 and "mauvais.yaml" in err.err
    assert m.Session.objects.count() == 1  # the good file of the batch is in


def test_extract_without_reader_says_so(db, tmp_path):
    extract = shared_file(TRONGET)
    ok, message = import_file(extract)
    try:
        import registre.reading  # noqa: F401
    except ImportError:
        assert not ok and "registre.reading" in message
    else:  # the reader is there: the extract is stored, or refused with a French reason
        assert ok or message.startswith("échec")


def test_unsupported_suffix_is_refused_in_french(db, tmp_path):
    f = tmp_path / "notes.docx"
    f.write_bytes(b"x")
    ok, message = import_file(f)
    assert not ok and "non pris en charge" in message


class _FakeReading:
    """Stands for ``registre.reading`` (branch ``reading``), by its contract:
    ``read_file(path) -> ReadResult`` with ``.document`` (None if unreadable), ``.error``,
    and ``.document.to_session()``."""

    def __init__(self, session):  # type: ignore[no-untyped-def]
        self.session = session

    def read_file(self, path):  # type: ignore[no-untyped-def]
        from types import SimpleNamespace

        if "illisible" in str(path):
            return SimpleNamespace(document=None, error="page 1 : aucun texte")
        return SimpleNamespace(document=SimpleNamespace(to_session=lambda: self.session), error=None)


def test_extract_through_the_reader_contract_merges_into_the_stored_session(  # type: ignore[no-untyped-def]
        seeded, monkeypatch, tmp_path):
    import dataclasses
    import sys

    from registre.core import model as core

    source = load_session(CONSEIL)
    extra = core.AgendaItem(
        number="14", title="Subventions aux clubs sportifs", deliberation="2024/2024.00098",
        text=core.DeliberationText(decisions=("attribue 10 000 € au club",), matiere="7.5"))
    items = tuple(extra if it.number == "14" else it for it in source.items)
    reader = _FakeReading(dataclasses.replace(source, items=items))
    monkeypatch.setitem(sys.modules, "registre.reading", reader)
    extract = tmp_path / "extrait-14.txt"
    extract.write_text("Délibération 2024/2024.00098", encoding="utf-8")
    ok, message = import_file(extract)
    assert ok and "complétée" in message, message
    stored = m.Session.objects.get(assembly__slug="conseil-de-communaute")
    assert stored.items.get(number="14").title == "Subventions aux clubs sportifs"
    assert check_session(session_to_core(stored)).item("13").tally.counts.for_ == 102  # untouched
    ok, message = import_file(extract)
    assert ok and "rien de nouveau" in message
    bad = tmp_path / "illisible.pdf"
    bad.write_bytes(b"%PDF-1.4")
    ok, message = import_file(bad)
    assert not ok and "extrait illisible" in message and "aucun texte" in message


SITTING = """Commune de Vaux-le-Pénil — Conseil municipal

Séance du lundi {day} mars 2029

Nombre de conseillers en exercice : {office}
Présents : Anne MARTIN, Paul DURAND, Léa PETIT, Marc ROUX

Délibération n° 2029-{n} — Tarifs de la cantine
Le conseil municipal, à l'unanimité, adopte les tarifs.
"""


def test_each_sitting_keeps_the_members_in_office_it_prints(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Q-01 (L2121-17): a resignation between two sittings lowers the figure; the second sitting,
    imported after the first, is stored with its own, and its quorum computed on it."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(SITTING.format(day=2, office=7, n=1), "utf-8")
    second.write_text(SITTING.format(day=30, office=6, n=2), "utf-8")
    assert main(["import", str(first), str(second)]) == 0, capsys.readouterr().err
    a, b = m.Session.objects.order_by("date")
    assert session_to_core(a).assembly.members_in_office == 7
    assert session_to_core(b).assembly.members_in_office == 6
    html = Client().get(b.get_absolute_url()).content.decode()
    assert "<dt>Membres en exercice</dt><dd>6</dd>" in html
