"""Each answer says where it was read (the line of the normalised text) and how sure the
reader is: on short texts written for these tests, modelled on the usual forms."""

from __future__ import annotations

from registre.reading import read_text
from registre.reading.layout import columns
from registre.reading.normalise import normalise
from registre.reading.result import OCR_FACTOR, ParsedExtract

EXTRACT = """COMMUNE DE SAINT-EXEMPLE
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 12 mars 2026
Date de la convocation : 5 mars 2026
Nombre de conseillers en exercice : 15
Présents : 12
Pouvoirs : 2
Votants : 14
Présents : M. Jean DURAND, Mme Claire MARTIN, M. Paul LEROY, Mme Anne PETIT, M. Marc ROUX,
Mme Julie FAURE, M. Louis GIRARD, Mme Sophie BLANC, M. Hugo MOREL, Mme Léa FOURNIER,
M. Denis GARNIER, Mme Nina CHEVALIER
Pouvoirs : Mme Irène LAMBERT à M. Jean DURAND, M. Yves BONNET à Mme Claire MARTIN
Absent : M. Guy MERCIER
Secrétaire de séance : Mme Anne PETIT

Délibération n° 2026-014 : Tarifs de la restauration scolaire

Le Conseil municipal, après en avoir délibéré,
DÉCIDE : de fixer les tarifs de la restauration scolaire comme suit.

Pour : 14  Contre : 0  Abstention : 0
La délibération est adoptée.
"""


def _read(text: str) -> ParsedExtract:
    result = read_text(text, "test.txt")
    assert result.document is not None
    return result.document


def _line_of(text: str, needle: str) -> int:
    """The 1-based line of the normalised text that first holds ``needle``."""
    for i, line in enumerate(normalise(columns(text)).split("\n"), start=1):
        if needle in line:
            return i
    raise AssertionError(needle)


def test_each_head_count_is_read_on_its_labelled_line_and_sure() -> None:
    doc = _read(EXTRACT)
    assert doc.members_in_office == 15 and doc.printed["present"] == 12 and doc.printed["voters"] == 14
    ev = doc.evidence
    assert ev["members_in_office"].line == _line_of(EXTRACT, "en exercice : 15")
    assert ev["printed.present"].line == _line_of(EXTRACT, "Présents : 12")
    assert ev["printed.proxies"].line == _line_of(EXTRACT, "Pouvoirs : 2")
    assert ev["printed.voters"].line == _line_of(EXTRACT, "Votants : 14")
    assert ev["members_in_office"].confidence >= 0.95
    assert not any(e.ocr for e in ev.values())


def test_counts_that_agree_with_their_lists_are_surer_and_say_so() -> None:
    doc = _read(EXTRACT)
    assert len(doc.present) == 12 and len(doc.proxies) == 2
    present = doc.evidence["printed.present"]
    assert present.confidence > 0.95 and "concorde" in present.cue
    assert "concorde" in doc.evidence["present"].cue
    # (two off: a count far below the list withholds the list, test_lists_checks4)
    wrong = _read(EXTRACT.replace("Présents : 12", "Présents : 10"))
    belied = wrong.evidence["printed.present"]  # neither the list's nor the vote's
    assert belied.confidence < present.confidence and "ne concorde pas" in belied.cue
    assert wrong.evidence["present"].confidence < doc.evidence["present"].confidence


def test_a_sign_for_zero_is_less_sure_than_a_figure() -> None:
    figure = _read(EXTRACT.replace("Pouvoirs : 2\n", "Pouvoirs : 0\n")).evidence["printed.proxies"]
    dash = _read(EXTRACT.replace("Pouvoirs : 2\n", "Pouvoirs : -\n"))
    assert dash.printed["proxies"] == 0
    assert dash.evidence["printed.proxies"].line == _line_of(EXTRACT, "Pouvoirs : 2")
    assert dash.evidence["printed.proxies"].confidence < figure.confidence


def test_lists_proxies_and_officers_have_their_lines() -> None:
    doc = _read(EXTRACT)
    ev = doc.evidence
    assert ev["present"].line == _line_of(EXTRACT, "M. Jean DURAND, Mme Claire")
    assert ev["proxies"].line == _line_of(EXTRACT, "Irène LAMBERT")
    assert all(p.evidence is not None and p.evidence.line == _line_of(EXTRACT, "Irène LAMBERT")
               for p in doc.proxies)
    assert ev["secretary"].line == _line_of(EXTRACT, "Secrétaire de séance")
    assert ev["session_date"].line == _line_of(EXTRACT, "Séance du 12 mars")
    j = doc.as_json()
    assert j["evidence"]["proxies.1"]["line"] == j["evidence"]["proxies.2"]["line"] == ev["proxies"].line
    assert "evidence" not in j["proxies"][0]  # (the proxies' objects keep their keys)


def test_each_deliberation_answer_has_its_line_and_the_json_says_it() -> None:
    doc = _read(EXTRACT)
    d = doc.deliberations[0]
    assert d.parsed.number == "2026-014" and d.parsed.printed_vote is not None
    ev = d.evidence
    assert ev["number"].line == ev["title"].line == _line_of(EXTRACT, "2026-014 : Tarifs")
    assert ev["printed_vote"].line == _line_of(EXTRACT, "Pour : 14")
    assert ev["outcome"].line == _line_of(EXTRACT, "est adoptée")
    j = doc.as_json()["deliberations"][0]["evidence"]
    assert set(j) == {"number", "title", "printed_vote", "outcome"}
    assert set(j["number"]) == {"line", "confidence", "cue", "ocr"}


def test_no_evidence_for_an_answer_not_given() -> None:
    # (No outcome word, no decision verb — « DÉCIDE : » would give the outcome — and a tie: the
    # chair's casting vote, not printed, decides it, V-02.)
    doc = _read(EXTRACT.replace("Votants : 14\n", "").replace("La délibération est adoptée.\n", "")
                .replace("DÉCIDE : de fixer", "propose de fixer")
                .replace("Pour : 14  Contre : 0", "Pour : 7  Contre : 7"))
    assert doc.printed["voters"] is None and "printed.voters" not in doc.evidence
    assert doc.deliberations[0].parsed.printed_vote is not None
    assert doc.deliberations[0].parsed.printed_vote.outcome is None
    assert "outcome" not in doc.deliberations[0].evidence


def test_the_outcome_the_counts_imply_is_given_with_its_rule() -> None:
    # V-01, L2121-20: the absolute majority of the votes cast (for and against, abstentions aside).
    base = EXTRACT.replace("La délibération est adoptée.\n", "").replace("DÉCIDE : de fixer",
                                                                         "propose de fixer")
    for counts, outcome in (("Pour : 14  Contre : 0", "adopte"), ("Pour : 3  Contre : 11", "rejete"),
                            ("Pour : 2  Contre : 1  Abstention : 11", "adopte")):
        doc = _read(base.replace("Pour : 14  Contre : 0  Abstention : 0", counts))
        pv = doc.deliberations[0].parsed.printed_vote
        assert pv is not None and pv.outcome is not None and pv.outcome.value == outcome, counts
        assert doc.deliberations[0].evidence["outcome"].cue == "majorité des suffrages exprimés (L2121-20)"


def test_the_ocr_flag_follows_mark_ocr_and_lowers_every_confidence() -> None:
    doc = _read(EXTRACT)
    before = {k: e.confidence for k, e in doc.evidence.items()}
    vote = doc.deliberations[0].evidence["printed_vote"].confidence
    doc.mark_ocr()
    assert all(e.ocr for e in doc.evidence.values())
    assert all(e.ocr for d in doc.deliberations for e in d.evidence.values())
    assert all(p.evidence is not None and p.evidence.ocr for p in doc.proxies)
    assert doc.evidence["printed.present"].confidence == round(before["printed.present"] * OCR_FACTOR, 2)
    assert doc.deliberations[0].evidence["printed_vote"].confidence < vote
    doc.mark_ocr()  # (twice is once)
    assert doc.evidence["printed.present"].confidence == round(before["printed.present"] * OCR_FACTOR, 2)


BOX = """COMMUNE DE SAINT-EXEMPLE
Séance du conseil municipal du 12 mars 2026
15 12 2 14
En exercice Présents Pouvoirs Votants

Délibération n° 2026-015 : Subvention au comité des fêtes
Après en avoir délibéré, le conseil municipal adopte à l'unanimité.
"""


def test_a_side_box_is_less_sure_than_a_labelled_count() -> None:
    labelled, box = _read(EXTRACT), _read(BOX)
    assert box.printed["present"] == 12 and box.members_in_office == 15
    ev = box.evidence["printed.present"]
    assert ev.line == _line_of(BOX, "15 12 2 14")
    assert ev.confidence < labelled.evidence["printed.present"].confidence
    assert ev.confidence < 0.8


def test_a_number_read_in_a_sentence_is_less_sure_than_a_heading() -> None:
    heading = _read(EXTRACT).deliberations[0].evidence["number"]
    prose = EXTRACT.replace("Délibération n° 2026-014 : Tarifs de la restauration scolaire",
                            "Objet : Tarifs de la restauration scolaire\n\nVu la délibération n° 2019-033 du "
                            "4 avril 2019 fixant les tarifs,")
    doc = _read(prose)
    p = doc.deliberations[0].parsed
    if p.number is not None:  # an earlier deliberation's number, given at most with doubt
        assert doc.deliberations[0].evidence["number"].confidence < 0.6 < heading.confidence
    assert doc.deliberations[0].evidence["title"].line == _line_of(prose, "Objet : Tarifs")


def test_an_outcome_word_far_from_the_vote_is_less_sure() -> None:
    near = _read(EXTRACT).deliberations[0].evidence["outcome"]
    far_text = EXTRACT.replace("La délibération est adoptée.\n", "") \
        .replace("DÉCIDE : de fixer", "propose de fixer") + "\n" \
        + "Texte de l'annexe sans vote. " * 20 + "\nLes dossiers incomplets sont rejetés.\n"
    far = _read(far_text).deliberations[0].evidence.get("outcome")
    assert far is None or far.confidence < near.confidence


def test_the_summary_says_on_which_line_the_main_facts_were_read() -> None:
    from rich.console import Console

    from registre.cli.parse import print_summary

    console = Console(record=True, width=200, color_system=None)
    print_summary(read_text(EXTRACT, "test.txt"), console)
    out = console.export_text()
    assert f"séance du 12 mars 2026 (ligne {_line_of(EXTRACT, 'Séance du 12 mars')})" in out
    assert f"15 membres en exercice (ligne {_line_of(EXTRACT, 'en exercice : 15')})" in out
    assert f"14/0/0 (ligne {_line_of(EXTRACT, 'Pour : 14')})" in out


MINUTES = """COMMUNE DE SAINT-EXEMPLE
COMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL DU 12 MARS 2026
Le conseil municipal, convoqué le 5 mars 2026, s'est réuni sous la présidence de M. Jean DURAND, Maire.
Présents : M. Jean DURAND, Mme Claire MARTIN, M. Paul LEROY, Mme Anne PETIT
Secrétaire de séance : Mme Anne PETIT

1. Tarifs de la restauration scolaire
Le conseil municipal fixe les tarifs de la cantine pour l'année.
Adopté à l'unanimité.

2. Travaux de voirie rue des Écoles
Le conseil municipal prend connaissance du programme de travaux.

3. Subvention au comité des fêtes
Le conseil municipal attribue une subvention de 500 euros.
Adopté à l'unanimité.

4. Questions diverses
Le maire informe le conseil de la date de la fête communale.
"""


def test_headings_of_minutes_without_a_vote_are_less_sure() -> None:
    doc = _read(MINUTES)
    voted, unvoted, _ = (d.evidence for d in doc.deliberations)
    assert voted["number"].line == voted["title"].line == _line_of(MINUTES, "1. Tarifs")
    assert voted["printed_vote"].line == _line_of(MINUTES, "Adopté à l'unanimité")
    assert unvoted["number"].line == _line_of(MINUTES, "2. Travaux")
    # a heading with no vote read may be a point of information; « Questions diverses », never
    # voted, is no deliberation at all
    assert 0.6 < unvoted["number"].confidence < voted["number"].confidence
    assert "printed_vote" not in unvoted
    assert doc.deliberations[-1].parsed.title == "Subvention au comité des fêtes"


def test_the_convocation_date_has_its_line() -> None:
    doc = _read(MINUTES)
    if doc.convocation_date is not None:
        assert doc.evidence["convocation_date"].line == _line_of(MINUTES, "convoqué le 5 mars")

