"""Item heads of comptes rendus met outside our corpus (session s21, second round): each form
written anew, on the first page of a document (the text cut short, as a first page is)."""

from __future__ import annotations

from registre.reading.items import numbered_items

# Items numbered from « 00 » (two digits): the agenda, then the body cut within item 01.
DOUBLE_ZERO = """ORDRE DU JOUR
00 - APPROBATION DU PROCES-VERBAL DE LA SEANCE PRECEDENTE.
01 – VOIRIE : Réfection du chemin des Saules.
02 – ECOLE : Tarifs de la cantine.
page 1
00 - APPROBATION DU PROCES-VERBAL DE LA SEANCE PRECEDENTE.
Lecture faite du procès-verbal,
LE CONSEIL MUNICIPAL,
APPROUVE à l'unanimité le procès-verbal de la séance précédente.
01 – VOIRIE
REFECTION DU CHEMIN DES SAULES
Le maire présente le devis de l'entreprise retenue pour
"""

# A compte rendu's list under « DÉLIBÉRATIONS : », one line per decision and no vote printed.
UNDER_DELIBERATIONS = """Compte rendu du conseil municipal du 4 mars 2018
Présents : Anne VIDAL, Paul ROCHE, Marc TESTU

DELIBERATIONS :

1. BUDGET DE L'EAU :

Décision modificative pour ouvrir 2 000 € au compte 2031

2. SOURCE DES PRADES : reprise de la procédure de protection du captage

3. SALLE DES FETES : choix de l'architecte
"""

# The same list without the heading is not taken for items: nothing says they were decided.
NO_HEADING = UNDER_DELIBERATIONS.replace("DELIBERATIONS :\n", "")


def test_items_numbered_from_double_zero() -> None:
    items = numbered_items(DOUBLE_ZERO)
    assert [it.number for it in items] == ["00", "01"]
    assert items[0].title.startswith("APPROBATION DU PROCES-VERBAL")
    assert items[1].title == "VOIRIE"
    assert items[0].start > DOUBLE_ZERO.index("page 1")  # the body's, not the agenda's


def test_list_under_deliberations_heading() -> None:
    items = numbered_items(UNDER_DELIBERATIONS)
    assert [it.number for it in items] == ["1", "2", "3"]
    assert items[1].title.startswith("SOURCE DES PRADES")


def test_list_without_heading_is_not_items() -> None:
    assert numbered_items(NO_HEADING) == []


# The issuing body's letters after the number, its name, then the title on the next line.
BODY_SUFFIX = """DELIBERATION N° 23/045 CP DE LA COMMISSION PERMANENTE

PORTANT ATTRIBUTION D'UNE AIDE AU CLUB DE VOILE DE PORTO

SEANCE DU 14 MARS 2023
"""

# The same, on one line: the title starts at the present participle after the body's name.
BODY_SUFFIX_ONE_LINE = ("DELIBERATION N° 23/045 CP DE LA COMMISSION PERMANENTE PORTANT ATTRIBUTION D'UNE "
                        "AIDE AU CLUB DE VOILE\n\nSEANCE DU 14 MARS 2023\n")

# A code that names itself a deliberation (« DEL ») under a section heading, cut before its vote.
SELF_NAMED_CODE = """Secrétaire de séance : Luc MOREL

I/Approbation du procès-verbal du 2 février Adopté à l'unanimité

II/ Délibérations :

2023_DEL007 Achat d'une tondeuse pour le stade municipal

Rapporteur : Inès BAZIN, adjointe aux sports
"""


def test_number_keeps_body_letters_and_title_follows_body() -> None:
    for text in (BODY_SUFFIX, BODY_SUFFIX_ONE_LINE):
        items = numbered_items(text)
        assert [it.number for it in items] == ["23/045 CP"]
        assert items[0].title.startswith("PORTANT ATTRIBUTION D'UNE AIDE")


def test_self_named_code_alone_is_an_item() -> None:
    items = numbered_items(SELF_NAMED_CODE)
    assert [it.number for it in items] == ["2023_DEL007"]
    assert items[0].title.startswith("Achat d'une tondeuse")


# « 1°) » before the first item's title, the page cut within it.
DEGREE_PARENTHESIS = """Présents : M. Jean TROUVÉ, Mme Lise CARON, M. Omar SAIDI
M. Omar SAIDI a été désigné secrétaire.
1°) CADASTRE - CONVENTION DE NUMERISATION
Le cadastre numérisé permet de consulter en ligne les parcelles de la commune et
"""

# A page run together: « 1)Approbation … : » after the end of a sentence, glued.
GLUED_PARENTHESIS = ("Présents : Paul GIRARD, Anne LEROUX, Marc VIDAL. Secrétaire de séance : Paul GIRARD "
                     "Observation sur le procès-verbal du 3 mars : Adopté à l'unanimité. 1)Vote des taux "
                     "d'imposition 2016 : Le conseil doit fixer les taux des taxes locales pour l'exercice "
                     "à venir, après avoir pris connaissance de l'état de notification des bases "
                     "prévisionnelles et du produit attendu, et après avoir entendu l'exposé de l'adjoint "
                     "aux finances sur l'équilibre du budget primitif de la commune et de ses annexes ")


def test_degree_then_parenthesis() -> None:
    items = numbered_items(DEGREE_PARENTHESIS)
    assert [(it.number, it.title) for it in items] == [("1", "CADASTRE - CONVENTION DE NUMERISATION")]


def test_inline_head_glued_to_parenthesis() -> None:
    items = numbered_items(GLUED_PARENTHESIS, after=GLUED_PARENTHESIS.index("Observation"))
    assert items and items[0].number == "1"
    assert items[0].title.startswith("Vote des taux d'imposition 2016")


# A page run together: « 2- » after a sentence's end, « 1- » after the sitting's date and « 3- »
# after a vote's count.
_PROSE = ("Le rapporteur présente le dossier aux membres et répond à leurs questions sur le calendrier "
          "des travaux et sur leur financement par les communes adhérentes du syndicat. ")
AFTER_FIGURES = ("Compte rendu du comité syndical du jeudi 12 mars 2020 1- Approbation du compte rendu du "
                 "comité du 4 février 2020. Le compte rendu est adopté à l'unanimité. 2- Rapport d'activité "
                 "du délégataire. " + _PROSE + "Nombre de votants : 31 Pour : 31 3- Adhésion de la commune "
                 "de Valbourg au syndicat. " + _PROSE + "Adopté à l'unanimité.")

# Without a head after a sentence's end, a figure then « 1- » is not taken.
FIGURES_ALONE = ("Compte rendu du comité syndical du jeudi 12 mars 2020 1- Approbation du compte rendu. "
                 + _PROSE * 3 + "Pour : 31 2- Adhésion de la commune de Valbourg au syndicat.")


def test_heads_after_figures_next_to_inline_heads() -> None:
    items = numbered_items(AFTER_FIGURES)
    assert [it.number for it in items] == ["1", "2", "3"]
    assert items[0].title.startswith("Approbation du compte rendu")
    assert items[2].title.startswith("Adhésion de la commune de Valbourg")


def test_heads_after_figures_alone_are_not_taken() -> None:
    assert [it.number for it in numbered_items(FIGURES_ALONE)] == []


# A summary of the sitting's deliberations run together: « Réf : » and a code whose ranks follow.
REF_SUMMARY = ("Le procès-verbal de la séance du 2 juin a été approuvé à l'unanimité SOMMAIRE "
               "Réf : 2022_031 - ADHESION AU SERVICE COMMUN D'INSTRUCTION "
               "Réf : 2022_032 - TARIFS DE LA SALLE DES FETES "
               "Réf : 2022_033 - CREATION D'UN POSTE D'ADJOINT TECHNIQUE\n")

# Codes whose ranks do not follow: references to other texts, not a summary.
REF_NOT_SUMMARY = REF_SUMMARY.replace("2022_032", "2022_017")


def test_ref_summary_items() -> None:
    items = numbered_items(REF_SUMMARY)
    assert [it.number for it in items] == ["2022_031", "2022_032", "2022_033"]
    assert items[1].title == "TARIFS DE LA SALLE DES FETES"
    assert items[2].title == "CREATION D'UN POSTE D'ADJOINT TECHNIQUE"


def test_ref_codes_out_of_sequence_are_not_items() -> None:
    assert [it.number for it in numbered_items(REF_NOT_SUMMARY)] == []


# « DÉLIBÉRATION : » then a code and its title, at the head of its line.
COLON_CODE = """EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE

DÉLIBÉRATION : DEL 21-14 ADHESION AU SYNDICAT DES EAUX DE LA VALLEE

SECRÉTAIRE DE SÉANCE : MARTIN LÉA
"""

# A count after the colon is no code.
COLON_COUNT = "Délibération : 12 Pour, 3 Contre\n"


def test_colon_before_code() -> None:
    items = numbered_items(COLON_CODE)
    assert [it.number for it in items] == ["DEL 21-14"]
    assert items[0].title == "ADHESION AU SYNDICAT DES EAUX DE LA VALLEE"


def test_colon_before_count_is_no_code() -> None:
    assert numbered_items(COLON_COUNT) == []


# « 2. DELIBERATION Compte … »: the word naming the item a deliberation is not its title's; a
# title that starts « Délibération portant … » keeps it.
DELIBERATION_WORD = """1. Procès-verbal de la réunion du 4 mai 2016
Le procès-verbal est adopté à l'unanimité.
2. DELIBERATION Budget primitif de l'exercice 2016
Le budget est adopté à l'unanimité.
3. Délibération portant création d'un poste d'agent d'entretien
Adopté à l'unanimité.
"""


def test_deliberation_word_before_title() -> None:
    titles = [it.title for it in numbered_items(DELIBERATION_WORD)]
    assert titles[1] == "Budget primitif de l'exercice 2016"
    assert titles[2].startswith("Délibération portant création")
