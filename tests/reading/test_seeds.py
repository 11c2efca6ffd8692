"""Both seeds read back to the session their hand-written fixtures describe; both corpus
texts give their printed head-counts and votes."""

from __future__ import annotations

from pathlib import Path

import pytest

from registre.core import check_session
from registre.core.model import Session
from registre.core.vocabulary import SeatRole
from registre.reading import read_file
from registre.sessionfile import load_session

from ..shared import CHARS, TRONGET, shared_file

ROOT = Path(__file__).resolve().parents[2]
EXTRACTS = ROOT / "fixtures" / "extracts"
SESSIONS = ROOT / "fixtures" / "sessions"
CONSEIL = EXTRACTS / "000_982f1ba8b7e34159.txt"
BUREAU = EXTRACTS / "004_dd7582b01fd17ffd.txt"


def _doc(path: Path):  # type: ignore[no-untyped-def]
    result = read_file(path)
    assert result.error is None, result.error
    assert result.document is not None
    return result.document


def _item_summary(session: Session, number: str) -> tuple[int, int, int, tuple[int, int, int, int | None]]:
    r = check_session(session).item(number)
    assert r.tally is not None
    c = r.tally.counts
    return r.present_count, r.proxies_count, r.interested_votes, (c.for_, c.against, c.abstention,
                                                                   c.not_voting)


def test_conseil_seed_gives_the_fixture_session_at_report_13() -> None:
    read = _doc(CONSEIL).to_session()
    fixture = load_session(SESSIONS / "gbm-conseil-2024-04-11.yaml")
    assert _item_summary(read, "13") == _item_summary(fixture, "13") == (79, 27, 4, (102, 0, 0, 0))
    assert len(read.members) == len(fixture.members) == 123
    assert read.assembly.members_in_office == 123
    assert read.date == fixture.date and read.publication_date == fixture.publication_date
    assert read.convocation_date == fixture.convocation_date
    assert read.order_of_passage == fixture.order_of_passage
    assert (read.opened_at, read.closed_at) == (fixture.opened_at, fixture.closed_at)
    assert read.president == "vignot-anne" and read.secretary == "presse-francoise"


def test_conseil_seed_every_item_matches_the_fixture() -> None:
    read, fixture = _doc(CONSEIL).to_session(), load_session(SESSIONS / "gbm-conseil-2024-04-11.yaml")
    a, b = check_session(read), check_session(fixture)
    assert [(r.item.number, r.present_count, r.proxies_count) for r in a.items] == \
           [(r.item.number, r.present_count, r.proxies_count) for r in b.items]


def test_bureau_seed_numbered_1_gives_the_fixture_tally() -> None:
    doc = _doc(BUREAU)
    assert doc.deliberations[0].item_number == "1"
    assert doc.deliberations[0].parsed.report_number is None
    assert any("numérotée « 1 »" in w for w in doc.warnings)
    read = doc.to_session()
    fixture = load_session(SESSIONS / "gbm-bureau-2023-10-26.yaml")
    assert _item_summary(read, "1") == _item_summary(fixture, "1") == (18, 6, 2, (22, 0, 0, 0))
    assert read.order_of_passage == fixture.order_of_passage


def test_bureau_seed_reports_arrivals_outside_the_order_of_passage() -> None:
    warnings = " ".join(_doc(BUREAU).warnings)
    for n in ("13", "19", "23", "53"):
        assert f"question n°{n}" in warnings


def test_printed_votes_equal_computed_votes_on_both_seeds() -> None:
    for path, expected in ((CONSEIL, 102), (BUREAU, 22)):
        d = _doc(path).as_json()["deliberations"][0]
        assert d["printed_vote"]["for"] == d["computed_vote"]["for"] == expected
        assert d["printed_vote"]["against"] == d["computed_vote"]["against"] == 0
        assert d["printed_vote"]["abstention"] == d["computed_vote"]["abstention"] == 0


def test_bahr_baehr_reconciled_and_reported() -> None:
    doc = _doc(CONSEIL)
    assert len(doc.reconciliations) == 1
    r = doc.reconciliations[0]
    assert "BAEHR" in r.printed and "BAHR" in r.member
    assert any("BAEHR" in w and "BAHR" in w for w in doc.warnings)
    interested = {pid for pid, _ in doc.deliberations[0].interested}
    assert r.member_id in interested and r.member_id in {p for p, _ in doc.present}


def test_bornand_is_a_substitute() -> None:
    session = _doc(CONSEIL).to_session()
    m = session.member("bornand-patricia")
    assert m is not None and m.role is SeatRole.SUBSTITUTE and m.commune == "Grandfontaine"


def test_conseil_seed_spans_are_read() -> None:
    doc = _doc(CONSEIL)
    spans = {pid: span.label() for pid, span in doc.present if span is not None}
    assert spans == {
        "haller-valerie": "jusqu'à la question n°5 incluse",
        "henry-pierre-charles": "à compter de la question n°6",
        "poujet-yannick": "à compter de la question n°5",
        "poulin-anthony": "jusqu'à la question n°28 incluse",
        "felt-marcel": "à compter de la question n°11",
        "jouffroy-jean-marc": "à compter de la question n°12",
    }
    proxy_spans = {p.giver: p.span.label() for p in doc.proxies if p.span}
    assert proxy_spans["jouffroy-jean-marc"] == "jusqu'à la question n°11 incluse"
    assert len(doc.proxies) == 31


def test_conseil_seed_deliberation_text() -> None:
    item = next(i for i in _doc(CONSEIL).to_session().items if i.number == "13")
    t = item.text
    assert t is not None and t.report_number == "13" and t.rapporteur_function == "Vice-Président"
    assert [(o.body, o.date.isoformat() if o.date else None, o.verdict) for o in t.opinions] == [
        ("Commission n°2", "2024-03-13", "Favorable"), ("Bureau", "2024-03-28", "Favorable")]
    assert t.budget is not None and t.budget.budget == "BP 2024 et PPIF 2024-2028"
    assert t.budget.programme == "Actions recherche et innovation"
    assert (t.budget.planned_amount, t.budget.operation_amount) == (214400, 45000)
    assert t.summary.startswith("Le soutien à l'innovation")
    assert t.body.startswith("I. Contexte")
    assert t.decision_intro == "A l'unanimité, le Conseil de Communauté :"
    assert len(t.decisions) == 2 and t.decisions[1].startswith("autorise Madame la Présidente")
    assert [a.title for a in t.annexes][:2] == ["Annexe 1 : Bilan du programme PMT Health 2023",
                                                "Annexe 2 : Convention et ses annexes"]
    assert item.deliberation == "2024/2024.00097" and item.rapporteur == "bodin-nicolas"


def test_tronget_printed_headcounts_and_vote() -> None:
    j = _doc(shared_file(TRONGET)).as_json()
    assert j["members_in_office"] == 14
    assert j["printed"]["present"] == 10 and j["printed"]["voters"] == 14
    assert len(j["present"]) == 10 and len(j["proxies"]) == 4
    d = j["deliberations"][0]
    assert d["number"] == "36/2023"
    pv = d["printed_vote"]
    assert (pv["for"], pv["against"], pv["abstention"]) == (14, 0, 0)
    assert d["computed_vote"]["for"] == 14
    assert j["session_date"] == "2023-11-30" and j["convocation_date"] == "2023-11-23"
    assert j["authority"] == "Tronget"


def test_chars_printed_headcounts_and_unanimity_of_present() -> None:
    j = _doc(shared_file(CHARS)).as_json()
    assert j["printed"]["present"] == 15 and j["printed"]["absent"] == 4
    assert len(j["present"]) == 15 and len(j["absent"]) == 4
    assert j["proxies"] == [{"giver": "Caroline BOURG", "holder": "Sylviane LEPAPE", "span": None}]
    d = j["deliberations"][0]
    assert d["printed_vote"]["unanimous"] and d["printed_vote"]["unanimity_scope"] == "des présents"
    assert d["computed_vote"]["for"] == 16
    assert any("unanimité des présents" in w for w in j["warnings"])
    assert j["secretary"] == "Philippe CHAUVET" and j["authority"] == "Chars"


CORPUS_TEXTS = [p for p in (TRONGET, CHARS) if p.is_file()]


@pytest.mark.parametrize("path", [*sorted(EXTRACTS.glob("*.txt")), *CORPUS_TEXTS], ids=lambda p: p.name)
def test_every_fixture_extract_reads_without_error(path: Path) -> None:
    j = _doc(path).as_json()
    assert j["session_date"] and j["deliberations"]
