"""Bad input loses nothing and stops nothing else (issue 11, part 6), on both engines.

Each case quoted in the issue is refused as that file's error, with a French message
saying what is wrong and where; the good file of the same batch is stored.
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest

from registre.cli.main import main
from registre.core import model as core
from registre.sessionfile import load_session
from registre.web import models as m
from registre.web.services import ImportFailed, import_session
from registre.web.sources import import_file

from .conftest import CONSEIL, SEEDS

pytestmark = pytest.mark.django_db

BUREAU = next(p for p in SEEDS if "bureau" in p.name)
SEED = CONSEIL.read_text(encoding="utf-8")

BOMB = "".join(f"{a}: &{a} [{', '.join([f'*{p}'] * 9) if p else ', '.join(['lol'] * 9)}]\n"
               for a, p in zip("abcdefghi", ["", *"abcdefgh"], strict=True))


def _seed_with(old: str, new: str) -> str:
    assert old in SEED
    return SEED.replace(old, new, 1)


def _unsupported_filter_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pageCompression=0)
    c.drawString(40, 800, "Extrait du registre des délibérations du Conseil de Communauté " * 2)
    c.showPage()
    c.save()
    pdf = buf.getvalue()
    start = pdf.index(b"<<\n/Length ")
    return pdf[:start] + b"<<\n/Filter /FooDecode" + pdf[start + 2:]


CASES: dict[str, tuple[str | bytes, str]] = {
    "count_10e30.yaml": (_seed_with("for: 102,", "for: 1000000000000000000000000000000,"),
                         "items[0].vote.for — nombre hors des bornes (31 chiffres"),
    "nan_amount.yaml": (_seed_with("planned_amount: 214400", "planned_amount: .nan"),
                        "planned_amount — nombre invalide (nan)"),
    "nan_amount_text.yaml": (_seed_with("planned_amount: 214400", 'planned_amount: "NaN"'),
                             "montant hors des bornes : « NaN »"),
    "year_9999.yaml": (_seed_with('date: "2024-04-11"', 'date: "9999-04-11"'),
                       "session.date — date hors des bornes : « 9999-04-11 »"),
    "nesting_5000.yaml": ("a: " + "[" * 5000 + "]" * 5000 + "\n", "imbrication de plus de 50 niveaux"),
    "nesting_block.yaml": ("".join(" " * i + f"k{i}:\n" for i in range(200)) + " " * 200 + "x: 1\n",
                           "imbrication de plus de 50 niveaux"),
    "alias_bomb.yaml": (BOMB, "alias développés, dépasse"),
    "alias_bomb_in_members.yaml": (_seed_with("members:\n", f"{BOMB}members:\n"), "alias développés"),
    "e_accent.txt": ("é", "aucune délibération reconnue"),
    "word_salad.txt": (" ".join(["conseil", "chat", "vote", "maison", "bleu"] * 60),
                       "aucune délibération reconnue"),
    "arrete_du_maire.txt": ("Le maire de Tronget arrête : Article 1 : la circulation est interdite rue "
                            "de la Paix le 3 mars 2024. Fait à Tronget le 1er mars 2024.",
                            "aucune délibération reconnue"),
    "filtre.pdf": (_unsupported_filter_pdf(), "compression non prise en charge"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_bad_file_is_refused_with_its_reason(name: str, tmp_path: Path) -> None:
    content, reason = CASES[name]
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    ok, message = import_file(path)
    assert not ok and reason in message, message
    assert message.startswith(f"échec : {path}")
    assert not m.Session.all_objects.exists() and not m.Authority.objects.exists()


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "enorme.yaml"
    with path.open("wb") as f:
        f.truncate(64 * 1024 * 1024)  # sparse: 64 MB that cost nothing to write
    ok, message = import_file(path)
    assert not ok and "fichier trop volumineux (64.0 Mo" in message


def test_the_batch_goes_on_and_its_summary_names_each_failure(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    bad = []
    for name in ("count_10e30.yaml", "alias_bomb.yaml", "e_accent.txt", "filtre.pdf"):
        content = CASES[name][0]
        path = tmp_path / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        bad.append(path)
    code = main(["import", str(bad[0]), str(bad[1]), str(BUREAU), str(bad[2]), str(bad[3])])
    err = capsys.readouterr().err
    assert code == 1
    assert m.Session.objects.get().assembly.slug == "bureau"  # the good file is in
    summary = err.split("Bilan :")[1]
    assert "1 fichier(s) importé(s) ou déjà là, 4 en échec" in summary
    for path in bad:
        assert str(path) in summary
    assert "erreur interne" not in err


def test_an_unexpected_error_is_that_files_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from registre.web.services import importer

    real = importer._merge

    def broken(stored, s, persons):  # type: ignore[no-untyped-def]
        if s.assembly.name.startswith("Conseil"):
            raise RuntimeError("défaut simulé")
        return real(stored, s, persons)

    monkeypatch.setattr(importer, "_merge", broken)
    assert main(["import", str(CONSEIL), str(BUREAU)]) == 1
    err = capsys.readouterr().err
    assert "erreur inattendue (RuntimeError : défaut simulé)" in err and "rien n'a été écrit" in err
    assert [s.assembly.slug for s in m.Session.objects.all()] == ["bureau"]


def test_out_of_range_figures_from_any_source_are_refused() -> None:
    session = load_session(CONSEIL)
    item = session.items[0]
    assert item.vote is not None and item.vote.recorded is not None
    huge = dataclasses.replace(item.vote, recorded=dataclasses.replace(item.vote.recorded, for_=10**30))
    bad = dataclasses.replace(session, items=(dataclasses.replace(item, vote=huge), *session.items[1:]))
    with pytest.raises(ImportFailed, match=r"question 13 : pour hors des bornes \(1000000000000000000000"):
        import_session(bad, source_name="api", content_hash="x" * 64)
    late = dataclasses.replace(session, date=session.date.replace(year=9999))
    with pytest.raises(ImportFailed, match="date de la séance hors des bornes"):
        import_session(late, source_name="api", content_hash="y" * 64)
    assert not m.Session.all_objects.exists()


def test_registre_check_refuses_the_bomb_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bombe.yaml"
    path.write_text(_seed_with("members:\n", f"{BOMB}members:\n"), encoding="utf-8")
    assert main(["check", str(path)]) == 2
    assert "alias développés" in capsys.readouterr().err


def test_the_limits_leave_real_files_alone() -> None:
    for path in SEEDS:
        assert isinstance(load_session(path), core.Session)
