"""Lists and votes of real minutes (issue 14, session s23): a name cut by the page's hyphenation,
two givers to one holder, a vote's counts in one long paragraph."""

from __future__ import annotations

from registre.reading.proxies import parse_proxies
from registre.reading.votes import read_vote
from tests.reading.builders import names, proxies, read

OPENING = "PROCES-VERBAL DU CONSEIL MUNICIPAL\nSéance du 23 février 2026\n\n"
ITEM = "\n1. Budget primitif\nLe conseil municipal, à l'unanimité, approuve le budget.\n"


def test_a_name_cut_by_hyphenation_is_joined_without_its_hyphen() -> None:
    doc = read(OPENING + (
        "Présents : Madame Florence DEMOUY, Monsieur Gilles PAPIN, Monsieur Joachim LUDER, Ma-\n"
        "dame Hélène DEFOSSEZ, Monsieur Stéphane DUTILLOY, Monsieur Ro-\n"
        "main RIBEIRO, Monsieur Jean-\nClaude THUILLIER.\n") + ITEM)
    got = names(doc)
    assert "Mme Hélène DEFOSSEZ" in got and "M. Romain RIBEIRO" in got, got
    assert "M. Jean-Claude THUILLIER" in got, got  # (a compound name's own hyphen stays)


def test_two_givers_to_one_holder_are_two_proxies() -> None:
    warnings: list[str] = []
    got = parse_proxies("Madame Véronique DELAUNAY et monsieur Ludovic BAECHLER donnent\npouvoir à "
                        "monsieur Sébastien Leroux, madame Chantal LEFOYER donne pouvoir à monsieur "
                        "Philippe MALLARD,", warnings)
    pairs = [(p.giver.last, p.holder.last if p.holder else None) for p in got]
    assert pairs == [("DELAUNAY", "Leroux"), ("BAECHLER", "Leroux"), ("LEFOYER", "MALLARD")], pairs
    doc = read(OPENING + "Présents : Monsieur Sébastien LEROUX, Monsieur Philippe MALLARD, "
               "Madame Anne MACE\n\n"
               "Absents ayant donné procuration : Madame Véronique DELAUNAY et monsieur Ludovic BAECHLER "
               "donnent pouvoir à monsieur Sébastien LEROUX, madame Chantal LEFOYER donne pouvoir à "
               "monsieur Philippe MALLARD.\n" + ITEM)
    assert len(proxies(doc)) == 3


def test_the_counts_of_one_paragraph_are_one_vote() -> None:
    text = ("Vote :\n    -    Abstentions : 3 (M. THUILLER, M. LEBLANC, Mme DEBUISSER) Ils indiquent "
            "qu'ils ne sont\n         pas contre le projet mais qu'ils n'ont pas de garantie sur le "
            "plan de financement qui n'est pas assez\n         détaillé pour eux. Ils auraient aimé "
            "connaitre d'avantage d'éléments sur les questions techniques\n         (eaux pluviales "
            "notamment)\n    -    Pour : 16\n")
    v = read_vote(text)
    assert v is not None and v.for_ == 16 and v.abstention == 3
    # A blank line between them: another paragraph, another vote's count.
    apart = read_vote(text.replace("notamment)\n", "notamment)\n\n"))
    assert apart is not None and apart.for_ == 16 and apart.abstention is None


def test_the_verb_presente_before_a_figure_is_no_count() -> None:
    from registre.reading.headcounts import read_headcounts

    assert read_headcounts("Monsieur BRIERE présente 2 devis pour la réalisation de ces travaux.").get(
        "present") is None
    assert read_headcounts("Présents 12\nVotants 14\n").get("present") == 12


def test_a_minus_sign_leads_a_vote_s_lines_like_a_dash() -> None:
    # « Vote : ⏎ − Pour : 16 ⏎ − Abstentions : 3 », one such vote per association of a subsidies'
    # item: several votes in one block, none of which is the item's.
    one = ("Vote :\n   \u2212 Pour : 16\n   \u2212 Abstentions : 3, Monsieur GOSSOT, Madame DANAN, "
           "Madame HUDO\n")
    doc = read(OPENING + "Présents : Anne PETIT, Paul RUE\n\n1. Subventions aux associations\n\n"
               + "".join(f"Association {k}    320 €\n{one}\n" for k in "ABC")
               + "2. Repas des aînés\nVote : Pour à l'unanimité\n")
    first = doc.deliberations[0].parsed.printed_vote
    assert first is None or (first.for_ is None and not first.unanimous)
    single = read(OPENING + "Présents : Anne PETIT, Paul RUE\n\n1. Repas des aînés\n\n" + one
                  + "\n2. Tarifs\nVote : Pour à l'unanimité\n")
    pv = single.deliberations[0].parsed.printed_vote
    assert pv is not None and pv.for_ == 16 and pv.abstention == 3
