"""Vote wordings, and printed votes compared with the vote the core recomputes."""

from __future__ import annotations

import pytest

from registre.reading.votes import read_vote

from .builders import computed_vote, extract, read

LISTS = """Étaient présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul PETIT, Mme Lucie ROUX
Étaient absents : M. Marc BLANC, Mme Julie NOIR, M. Luc VERT
Procurations : M. Marc BLANC à M. Jean DUPONT"""


@pytest.mark.parametrize(("wording", "expected"), [
    ("Pour : 102 Contre : 0 Abstention : 0", (102, 0, 0, None, False)),
    ("ONT VOTE POUR : 14 ONT VOTE CONTRE : / SE SONT ABSTENUS : /", (14, 0, 0, None, False)),
    ("Adopté par 20 voix pour, 3 contre et 2 abstentions", (20, 3, 2, None, False)),
    ("Adopté à l'unanimité", (None, 0, 0, None, True)),
    ("à l'unanimité des présents", (None, 0, 0, None, True)),
    ("Adopté à l'unanimité moins neuf abstentions", (None, 0, 9, None, True)),
    ("Pour : 40 Contre : 3 Abstentions : 2 Non votants : 27", (40, 3, 2, 27, False)),
    ("Votes pour : 12 ; votes contre : deux ; abstention : néant", (12, 2, 0, None, False)),
])
def test_vote_wordings(wording: str, expected: tuple[object, ...]) -> None:
    v = read_vote(wording)
    assert v is not None
    assert (v.for_, v.against, v.abstention, v.not_voting, v.unanimous) == expected


def test_unanimity_is_recomputed_from_attendance() -> None:
    doc = read(extract(LISTS))
    assert computed_vote(doc) == {"for": 5, "against": 0, "abstention": 0, "not_voting": 0}


def test_unanimity_minus_abstentions_is_recomputed() -> None:
    doc = read(extract(LISTS, vote="Adopté à l'unanimité moins deux abstentions"))
    assert computed_vote(doc) == {"for": 3, "against": 0, "abstention": 2, "not_voting": 0}


def test_printed_counts_equal_to_attendance_give_no_warning() -> None:
    doc = read(extract(LISTS, vote="Pour : 4 Contre : 1 Abstention : 0"))
    assert computed_vote(doc)["for"] == 4
    assert not any("pour imprimé" in w or "REC-SUM" in w for w in doc.warnings)


def test_printed_unanimity_count_wrong_is_reported() -> None:
    doc = read(extract(LISTS, vote="Adopté à l'unanimité : Pour : 7 Contre : 0 Abstention : 0"))
    assert computed_vote(doc)["for"] == 5
    assert any("pour imprimé 7, calculé 5" in w for w in doc.warnings)


def test_non_voters_printed_and_computed() -> None:
    doc = read(extract(LISTS, vote="Pour : 3 Contre : 0 Abstention : 0 Non votants : 2"))
    assert computed_vote(doc) == {"for": 3, "against": 0, "abstention": 0, "not_voting": 2}


def test_interested_member_votes_leave_the_count() -> None:
    doc = read(extract(LISTS, vote="M. Jean DUPONT (2), conseiller intéressé, ne prend part ni au débat, "
                                   "ni au vote.\nAdopté à l'unanimité. Pour : 3 Contre : 0 Abstention : 0"))
    assert computed_vote(doc)["for"] == 3
    d = doc.as_json()["deliberations"][0]
    assert d["interested"] == [{"name": "M. Jean DUPONT", "votes": 2}]
    assert d["computed"]["interested_votes"] == 2


def test_no_printed_vote_is_reported() -> None:
    doc = read(extract(LISTS, vote="La séance est levée."))
    assert doc.as_json()["deliberations"][0]["printed_vote"]["for"] is None
    assert any("aucun vote imprimé" in w for w in doc.warnings)


def test_counts_without_colons_and_title_after_the_deliberation_number() -> None:
    text = ("COMMUNE DE SAINT-MARTIN-SUR-OUCHE\nExtrait du registre des délibérations du conseil municipal\n"
            "Séance du 3 février 2025\nNombre de membres en exercice : 11 - Présents : 8 - Votants : 9\n"
            "Présents : Mmes DUPONT, MARTIN, MM. LEROY, PETIT, GARNIER, FAURE, ROUX et Mme BLANCHE.\n"
            "Absents excusés : M. BLANC (pouvoir à M. LEROY), Mme NOIR, M. VERT.\nSecrétaire : Mme MARTIN\n"
            "Délibération n° 2025-004 : Tarifs de la cantine\nVote : Pour 8, Contre 1, Abstention 0\n")
    doc = read(text)
    d = doc.as_json()["deliberations"][0]
    assert (d["number"], d["title"]) == ("2025-004", "Tarifs de la cantine")
    assert computed_vote(doc) == {"for": 8, "against": 1, "abstention": 0, "not_voting": 0}
    assert doc.printed["voters"] == 9 and len(doc.present) == 8
    assert doc.warnings == []


def test_a_table_of_votes_one_line_each_with_names_in_brackets() -> None:
    from registre.reading.votes import read_vote

    v = read_vote("Ayant entendu l'exposé du Maire,\n\nPOUR               19\n"
                  "CONTRE             1 (Jean SALANON)\nABSTENTION         1 (Sébastien MAYOR)\n\n"
                  "AUTORISE le Maire")
    assert v is not None and (v.for_, v.against, v.abstention) == (19, 1, 1)


def test_several_votes_in_one_block_none_is_given() -> None:
    # Which of the two is the deliberation's is not said: a wrong vote is worse than none.
    from registre.reading.votes import holds_vote, read_vote

    text = ("Compte administratif :\n- Pour : 15\n- Abstentions : 3 (Mme A, M. B, M. C)\n\n"
            "Budget primitif :\n- Pour : 14\n- Contre : 3 (Mme A, M. B, M. C)\n")
    assert read_vote(text) is None
    assert holds_vote(text)  # (but the text does print votes)


def test_misspelt_abstentions_are_read() -> None:
    from registre.reading.votes import read_vote

    v = read_vote("Vote :\n - Pour : 15\n - Absentions : 3 (Mme A, M. B, M. C)\n")
    assert v is not None and (v.for_, v.against, v.abstention) == (15, None, 3)


def test_a_year_after_pour_is_not_a_count() -> None:
    from registre.reading.votes import read_vote

    v = read_vote("Pour 2016, le total s'élève à 97 596 €. Adopté à l'unanimité.")
    assert v is not None and v.for_ is None and v.unanimous


def test_a_bullet_after_pour_is_not_a_dash_for_none() -> None:
    from registre.reading.votes import read_vote

    v = read_vote("Le conseil municipal après vote par 2 ABSTENTIONS (A.DUPONT/B.MARTIN) et 12 voix\n"
                  "POUR :\n\n-ACCEPTE de confier les études au bureau retenu.\n")
    assert v is not None and (v.for_, v.abstention) == (12, 2)
    v = read_vote("POUR : 14\nCONTRE : -\nABSTENTION : /\n")
    assert v is not None and (v.for_, v.against, v.abstention) == (14, 0, 0)


def test_small_counts_in_words_and_names_in_brackets_over_lines() -> None:
    from registre.reading.votes import read_vote

    v = read_vote("les membres du Conseil ont, à 27 voix pour et une voix\ncontre :\n"
                  "- Approuvé la convention")
    assert v is not None and (v.for_, v.against) == (27, 1)
    v = read_vote("Après en avoir délibéré,\n\nPOUR  16\nCONTRE  0\n"
                  "ABSTENTION  3 (Anne DURAND ; Paul MARTIN ;\nLuc PETIT)\n")
    assert v is not None and (v.for_, v.against, v.abstention) == (16, 0, 3)


def test_a_count_far_from_the_votes_for_is_another_votes() -> None:
    from registre.reading.votes import read_vote

    filler = "Le conseil désigne les membres de la commission des finances et de celle des travaux. " * 5
    v = read_vote("Vote :\n - Pour : 18\n - Contre : 1, M. PETIT\n\n" + filler
                  + "\nLe conseil désigne, par 17 voix pour et 2 abstentions, Mme DURAND.\n")
    assert v is not None and (v.for_, v.against, v.abstention) == (18, 1, None)


def test_unanimity_against_or_left_from_a_template_is_no_vote() -> None:
    from registre.reading.votes import read_vote

    # « Contre à l'unanimité » answers « Êtes-vous favorable ? »: read as a unanimity, every
    # vote would be counted for.
    assert read_vote("Vote : Contre à l'unanimité compte tenu de la proximité du captage.") is None
    assert read_vote("Après en avoir délibéré, les Membres du Conseil, à l'unanimité non, décide ;") is None
    assert read_vote("le Conseil municipal, à l'unanimité/ou non des Membres présents, décide") is None
    v = read_vote("Le conseil, à l'unanimité, non sans regret, approuve.")
    assert v is not None and v.unanimous


def test_a_count_of_more_voices_than_members_in_office_is_not_given() -> None:
    from registre.reading import read_text

    text = ("Séance du 17 janvier 2017\nNombre de conseillers en exercice : 15\n"
            "Présents : Anne DURAND, Paul MARTIN, Luc PETIT\n\n"
            "1. Garantie d'emprunt\nLe conseil municipal après vote par 2 ABSTENTIONS et 19 voix POUR : "
            "accorde sa garantie.\n\n"
            "2. Voirie\nLe conseil municipal après vote par 1 ABSTENTION et 11 voix POUR : approuve.\n")
    doc = read_text(text).document
    assert doc is not None and doc.members_in_office == 15
    votes = [d.parsed.printed_vote for d in doc.deliberations]
    assert votes[0] is None and votes[1] is not None and votes[1].for_ == 11
    assert any("21 voix pour 15 membres" in w for w in doc.warnings)


def test_votes_counted_as_votes_pour_and_contre() -> None:
    from registre.reading.votes import read_vote

    v = read_vote("Vote de la motion : 12 votes pour / 2 abstentions")
    assert v is not None and (v.for_, v.against, v.abstention) == (12, None, 2)
    v = read_vote("Nous allons voter la reprise du lavoir.\n\n2 contre 3 absentions 6 votes pour\n")
    assert v is not None and (v.for_, v.against, v.abstention) == (6, 2, 3)
    v = read_vote("9 votes pour, 2 votes contre, 1 abstention")
    assert v is not None and (v.for_, v.against, v.abstention) == (9, 2, 1)
    v = read_vote("Vote : 14 pour / 0 contre / 0 abstention  adopté")
    assert v is not None and (v.for_, v.against, v.abstention) == (14, 0, 0)


def test_unanimity_in_capitals_without_accent_and_its_count_in_brackets() -> None:
    from registre.reading.votes import read_vote

    v = read_vote("Le Maire encourage les élus à assister aux commissions.\n\n  ADOPTE A L'UNANIMITE\n")
    assert v is not None and v.unanimous
    v = read_vote("A L'UNANIMITE des votants (29 voix), 6 abstentions (groupe d'opposition)")
    assert v is not None and (v.for_, v.against, v.abstention, v.unanimity_scope) == (29, 0, 6, "des votants")


def test_unanimity_and_votes_against_far_apart_give_no_vote() -> None:
    far = ("Le conseil approuve la modification des statuts à l'unanimité.\n"
           + "Le maire expose le projet. " * 15 + "\nLa pétition est rejetée par 26 voix contre.\n")
    assert read_vote(far) is None
    # Side by side they are one vote (« unanimité » and « contre » of one sentence stay read).
    near = read_vote("Adopté à l'unanimité moins 2 voix contre.")
    assert near is not None and (near.unanimous, near.against) == (True, 2)
