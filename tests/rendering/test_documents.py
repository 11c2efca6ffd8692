"""Extract, list of deliberations, minutes and convocation: what each must say."""

from __future__ import annotations

import dataclasses

import pytest

from registre.core import check_session
from registre.core.vocabulary import Civility
from registre.rendering import MEDIA_TYPES, RenderError, build, extract_html_fragment, render
from registre.rendering.samples import generate_session
from tests.rendering.golden import docx_text, html_text, is_zip, normalise


def test_extract_signatures_agree_with_persons(reports) -> None:  # type: ignore[no-untyped-def]
    """« La Secrétaire de séance » / « Le secrétaire de séance »; « Pour extrait conforme,
    La Présidente » even when a Vice-President presided (the Bureau seed, A-06)."""
    conseil = build(reports["conseil"], "extract", "13").text()
    bureau = build(reports["bureau"], "extract", "1").text()
    assert "La Secrétaire de séance," in conseil and "Conseillère Communautaire Déléguée" in conseil
    assert "Le secrétaire de séance," in bureau and "Conseiller Communautaire" in bureau
    for text in (conseil, bureau):
        assert "Pour extrait conforme,\n\nLa Présidente," in text
        assert "Anne VIGNOT\n\nMaire de Besançon" in text


def test_president_title_follows_civility() -> None:
    s = generate_session(5, items=3, members=20)
    pres = s.members[0]
    for civ, title in ((Civility.MRS, "Présidente"), (Civility.MR, "Président")):
        person = dataclasses.replace(pres.person, civility=civ)
        members = (dataclasses.replace(pres, person=person), *s.members[1:])
        text = build(dataclasses.replace(s, members=members), "extract", "1").text()
        assert f"{person.display_name}, {title} de Grand Besançon Métropole" in text
        assert f"Pour extrait conforme,\n\n{'La' if civ is Civility.MRS else 'Le'} {title}," in text


def test_extract_prints_report_budget_and_opinions(reports) -> None:  # type: ignore[no-untyped-def]
    text = normalise(build(reports["conseil"], "extract", "13").text())
    assert "Délibération n°2024/2024.00097" in text
    assert "Rapporteur : M. Nicolas BODIN, Vice-Président" in text
    assert "Commission n°2 13/03/2024 Favorable" in text
    assert "Montant de l'opération : 45 000 €" in text
    assert "Annexe 1 : Bilan du programme PMT Health 2023" in text
    assert "recours devant le Tribunal administratif de Besançon dans les deux mois" in text


def test_unknown_item_is_a_french_error(reports) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RenderError, match="question n°99 absente"):
        build(reports["conseil"], "extract", "99")
    with pytest.raises(RenderError, match="format inconnu"):
        render(reports["conseil"], "extract", "odt", "13")
    with pytest.raises(RenderError, match="document inconnu"):
        build(reports["conseil"], "pv")


def test_list_of_deliberations_says_adopted_or_rejected() -> None:
    """L2121-25, A-04: date and object of every deliberation, approved or rejected."""
    s = generate_session(7, items=12, members=30)
    text = build(s, "list").text()
    for it in s.items:
        assert it.title in text and (it.deliberation or "") in text
    assert text.count("adoptée à l'unanimité") == len(s.items)
    assert "L2121-25" in text


def test_minutes_give_every_item_with_attendance_quorum_and_vote(reports) -> None:  # type: ignore[no-untyped-def]
    """L2121-15, A-05: present, represented, quorum and the result of every vote."""
    report = reports["conseil"]
    text = normalise(build(report, "minutes").text())
    r13 = report.item("13")
    assert (f"Présents : {len(r13.present)} — représentés : {len(r13.represented)} — absents : "
            f"{len(r13.absent)} — quorum atteint : {r13.quorum.counted} présents pour "
            f"{r13.quorum.required} requis") in text
    assert "Présents : 79 — représentés : 27" in text  # the worked example of domain.md
    assert text.count("quorum atteint") == len(report.items)
    assert "Pour : 102" in text and "La Présidente de séance," in text


def test_minutes_name_voters_of_a_public_roll_call() -> None:
    from registre.core.model import RollCallEntry, Vote
    from registre.core.vocabulary import Choice

    s = generate_session(11, items=2, members=12)
    r = check_session(s)
    voters = list(r.items[0].present)
    roll = tuple(RollCallEntry(v, Choice.FOR if i % 3 else Choice.AGAINST) for i, v in enumerate(voters)
                 if v not in {i.person for i in r.items[0].interested})
    first = dataclasses.replace(s.items[0], vote=Vote(roll_call=roll))
    s2 = dataclasses.replace(s, items=(first, *s.items[1:]))
    text = build(s2, "minutes").text()
    assert "nom des votants et sens du vote" in text
    assert f"{s2.name_of(roll[0].voter)}\tContre" in text


def test_convocation_has_agenda_and_date_sent(reports) -> None:  # type: ignore[no-untyped-def]
    """K-01, K-02: agenda, date sent, explanatory note."""
    text = build(reports["conseil"], "convocation").text()
    assert "Convocation adressée le jeudi 4 avril 2024" in text
    assert "est convoqué le jeudi 11 avril 2024 à 18h00, Salle des conférences" in text
    assert "13\tActions recherche et innovation" in text
    assert "note explicative de synthèse" in text


def test_html_escapes_every_text_and_fragment_embeds(reports) -> None:  # type: ignore[no-untyped-def]
    s = generate_session(2, items=2, members=12)
    evil = dataclasses.replace(s.items[0], title="<script>alert('x')</script> & co")
    s = dataclasses.replace(s, items=(evil, *s.items[1:]))
    page = render(s, "extract", "html", "1").decode()
    assert "<script>" not in page and "&lt;script&gt;" in page and "&amp; co" in page
    fragment = extract_html_fragment(s, "1")
    assert fragment.startswith('<article class="registre-document" lang="fr">')
    assert "<html" not in fragment and "<script>" not in fragment


def test_docx_is_a_word_document_with_the_same_text(reports) -> None:  # type: ignore[no-untyped-def]
    data = render(reports["bureau"], "extract", "docx", "1")
    assert is_zip(data) and MEDIA_TYPES["docx"].endswith("document")
    docx = normalise(docx_text(data))
    html = normalise(html_text(render(reports["bureau"], "extract", "html", "1")))
    for needle in ("Pour : 22", "Le secrétaire de séance,", "Rapport adopté à l'unanimité :"):
        assert needle in docx and needle in html


def test_default_extract_is_the_first_drafted_item(reports) -> None:  # type: ignore[no-untyped-def]
    """The Conseil session lists 33 items of which only n°13 is written out."""
    assert build(reports["conseil"], "extract").subject == "Délibération n°2024/2024.00097"
