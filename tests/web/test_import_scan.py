"""`registre import` of scanned PDFs of the corpus: read through OCR, stored as sittings (issue 14).

Two scans of two authorities, with no text layer: the minutes of Putanges-le-Lac, whose
deliberation is numbered by the sitting's date and its rank (« 20230609 1 ELECTION … »), and
the compte rendu of Saint-Restitut, whose commune is named in the opening sentence across a
line break (« … de la commune de SAINT⏎RESTITUT (Drôme), s'est réuni »)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from registre.cli.main import main
from registre.reading.ocr import available
from registre.web import models as m
from registre.web.convert import session_to_core

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"
PUTANGES = CORPUS / "289_putanges-le-lac_2023-06-09.pdf"
RESTITUT = CORPUS / "300_saint-restitut_2016-01-26.pdf"

pytestmark = [pytest.mark.django_db,
              pytest.mark.skipif(available() is not None, reason=f"OCR indisponible : {available()}"),
              pytest.mark.skipif(not (PUTANGES.exists() and RESTITUT.exists()),
                                 reason="../shared/corpus absent")]


def test_registre_import_stores_two_scans_of_two_authorities(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["import", "--no-progress", str(PUTANGES), str(RESTITUT)])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "couche texte" not in out.err and "refusé" not in out.err
    # The OCR is said for each scan, with its pages per second.
    assert out.out.count("reconnaissance de caractères (OCR Tesseract, fra)") == 2
    assert "page/s" in out.out

    putanges = m.Session.objects.get(assembly__authority__slug="putanges-le-lac")
    assert putanges.date == dt.date(2023, 6, 9)  # « Séance du 9 Juin 2023 »
    items = list(m.Item.objects.filter(session=putanges))
    assert [i.number for i in items] == ["20230609 1"]
    assert "ELECTION DES DELEGUES" in items[0].title.upper()

    restitut = m.Session.objects.get(assembly__authority__slug="saint-restitut")
    assert restitut.date == dt.date(2016, 1, 26)  # « MARDI 26 JANVIER 2016 »
    numbers = [i.number for i in m.Item.objects.filter(session=restitut)]
    assert numbers[:3] == ["1", "2", "3"]
    assert m.Mandate.objects.filter(session=restitut).count() >= 10  # « Etaient présents : C.FOROT - … »


UNNAMED = """Procès-verbal du Conseil municipal

Séance du lundi 2 octobre 2028

Présents : Anne MARTIN, Paul DURAND, Léa PETIT, Marc ROUX

20281002 1 Tarifs de la cantine scolaire
Le conseil municipal, à l'unanimité, adopte les tarifs.

20281002 2 Vente d'herbe sur le terrain communal
Le conseil municipal, à l'unanimité, approuve la vente.
"""


def test_an_authority_the_text_does_not_print_is_given_at_import(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Minutes whose header is a logo name no commune: refused with the way out; imported with
    --collectivite, which says so; a text that prints another commune is refused."""
    path = tmp_path / "pv.txt"
    path.write_text(UNNAMED, "utf-8")
    assert main(["import", str(path)]) == 1
    assert "la collectivité non lue(s)" in capsys.readouterr().err and not m.Session.objects.exists()
    assert main(["import", "--collectivite", "Bourg-la-Reine", str(path)]) == 0
    assert "collectivité « Bourg-la-Reine » donnée à l'import" in capsys.readouterr().out
    session = m.Session.objects.get()
    assert session.assembly.authority.name == "Bourg-la-Reine"
    assert [i.number for i in m.Item.objects.filter(session=session)] == ["20281002 1", "20281002 2"]
    named = tmp_path / "named.txt"
    named.write_text(UNNAMED.replace("Séance du", "Commune de SCEAUX\n\nSéance du"), "utf-8")
    assert main(["import", "--collectivite", "Bourg-la-Reine", str(named)]) == 1
    assert "imprime la collectivité « Sceaux »" in capsys.readouterr().err


def test_the_third_putanges_scan_is_imported_after_the_first(capsys: pytest.CaptureFixture[str]) -> None:
    """The minutes of 13 November 2023 (10 scanned pages, a logo for a header, so the commune is
    given) after the sitting of 9 June of the same council: both stored, each with the members in
    office it prints or lists (Q-01), the second one's « 33 » read through OCR."""
    later = CORPUS / "291_putanges-le-lac_2023-11-13.pdf"
    if not later.exists():
        pytest.skip("../shared/corpus absent")
    assert main(["import", "--no-progress", str(PUTANGES)]) == 0
    capsys.readouterr()
    code = main(["import", "--no-progress", "--collectivite", "Putanges-le-Lac", str(later)])
    out = capsys.readouterr()
    assert code == 0, out.err
    june, november = m.Session.objects.filter(assembly__authority__slug="putanges-le-lac").order_by("date")
    assert (june.date, november.date) == (dt.date(2023, 6, 9), dt.date(2023, 11, 13))
    assert session_to_core(november).assembly.members_in_office == 33  # « conseillers en exercice : 33 »
    assert m.Item.objects.filter(session=november).count() == 9  # its nine deliberations, all read
