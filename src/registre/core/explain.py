"""One line of plain French per rule a finding can cite, with its article.

Every finding names a rule: an ID of ``docs/rules.md`` (``P-01``) or a project code
(``REF-ORDER``, ``BUD-BAL``). People read the finding's own message first; this is the
line that tells them what the rule says and where the law says it, shown by the command
line under each group of findings and by the workspace next to each finding, with a link
to the rule in ``docs/rules.md``. A rule without a line here is still shown, with its ID.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RuleText:
    """What rule ``rule`` says, in one line, and the article it comes from."""

    rule: str
    text: str
    article: str = ""

    @property
    def anchor(self) -> str:
        """Fragment of the rule in docs/rules.md (its ID in lower case)."""
        return self.rule.lower()

    def __str__(self) -> str:
        return f"{self.rule} : {self.text}" + (f" ({self.article})" if self.article else "")


_TEXTS: dict[str, tuple[str, str]] = {
    # Quorum
    "Q-01": ("plus de la moitié des membres en exercice doivent être présents", "L2121-17"),
    "Q-02": ("les membres en exercice sont les sièges pourvus, sièges vacants exclus", "L2121-17"),
    "Q-03": ("les membres représentés par un pouvoir ne comptent pas pour le quorum", "L2121-17"),
    "Q-05": ("un élu qui se déporte n'est pas compté présent pour la question", "L1111-6"),
    "Q-04": ("le quorum s'apprécie à chaque question, d'après les arrivées et départs", "L2121-17"),
    "Q-06": ("un présent qui ne prend pas part au vote compte pour le quorum", "L2121-17"),
    "Q-07": ("seconde convocation à trois jours francs au moins après une séance sans quorum : "
             "sans quorum, pour les questions de cette séance", "L2121-17 al. 2"),
    "Q-10": ("régimes COVID (quorum au tiers, deux pouvoirs) : historiques", "loi 2020-290 art. 10"),
    # Pouvoirs et suppléants
    "P-01": ("un membre empêché peut donner pouvoir écrit à un collègue présent", "L2121-20"),
    "P-02": ("un membre ne peut détenir qu'un seul pouvoir", "L2121-20"),
    "P-03": ("un pouvoir est toujours révocable : le dernier donné remplace le précédent", "L2121-20"),
    "P-08": ("le suppléant d'une commune à un seul siège siège à la place du titulaire", "L5211-6"),
    "P-09": ("pour un siège et une question : titulaire, suppléant, pouvoir ou absent, un seul ; "
             "un suppléant ne donne jamais de pouvoir", "L5211-6"),
    "P-10": ("le suppléant ne siège qu'à l'organe délibérant, jamais au bureau", "L5211-6"),
    # Votes
    "V-01": ("une délibération est adoptée à la majorité absolue des suffrages exprimés",
             "L2121-20 al. 2"),
    "V-02": ("partage égal : voix prépondérante du président de séance présent, non intéressé, "
             "ayant voté pour ou contre ; sinon, et au scrutin secret, rejet", "L2121-20 al. 3"),
    "V-03": ("scrutin public à la demande du quart des présents ; noms et votes au registre",
             "L2121-21"),
    "V-04": ("scrutin secret pour les nominations, sauf décision unanime ; toujours pour le maire "
             "et le président", "L2121-21, L2122-7"),
    "V-05": ("élections : majorité absolue aux deux premiers tours, relative au troisième, le plus "
             "âgé à égalité", "L2122-7, L2121-21"),
    "V-08": ("compte administratif : arrêté sauf majorité contre ; le maire ou président ne "
             "préside pas et se retire au vote", "L1612-12, L2121-14"),
    "V-09": ("« unanimité » : tous les suffrages exprimés dans le même sens", ""),
    # Conflits d'intérêts
    "C-01": ("un membre intéressé à l'affaire ne prend pas part à la délibération", "L2131-11"),
    "C-02": ("un mandataire intéressé ne vote pas non plus pour son mandant", "L2131-11"),
    "C-03": ("un élu qui se déporte ne prend part ni au débat ni au vote", "L1111-6"),
    # Actes et publicité
    "A-01": ("un acte est exécutoire une fois publié ou notifié, et transmis au préfet s'il y a lieu",
             "L2131-1"),
    "A-03": ("publication électronique : texte intégral, au moins deux mois en ligne", "R2131-1"),
    "A-04": ("la liste des délibérations est affichée et mise en ligne dans la semaine",
             "L2121-25"),
    "A-05": ("le procès-verbal est arrêté à la séance suivante et publié dans la semaine",
             "L2121-15"),
    "A-06": ("les délibérations sont signées par le président et le secrétaire de séance",
             "L2121-23"),
    "A-08": ("la liste des délibérations est transmise aux conseillers des communes membres",
             "L5211-40-2"),
    "A-09": ("recours dans les deux mois de la publication, délai franc reporté au premier jour "
             "ouvrable", "R421-1 CJA"),
    "E-02": ("l'EPCI suit les règles des communes de 1 000 ou 3 500 habitants et plus", "L5211-1"),
    # Convocation
    "K-01": ("convocation par le président, avec l'ordre du jour, mentionnée au registre",
             "L2121-10"),
    "K-02": ("convocation trois jours francs avant sous 3 500 habitants, cinq à partir de 3 500 "
             "et dans un EPCI ; urgence : un jour franc au moins", "L2121-11, L2121-12"),
    # Subventions
    "S-01": ("au-delà de 23 000 € par an, une convention est obligatoire", "loi 2000-321 art. 10"),
    "S-02": ("la convention précise objet, montant, modalités de versement et conditions",
             "loi 2000-321 art. 10"),
    "S-03": ("la subvention est versée dans les 60 jours de la décision", "loi 2000-321 art. 10"),
    "S-04": ("compte rendu financier dans les six mois de la fin de l'exercice",
             "loi 2000-321 art. 10"),
    "S-06": ("données essentielles de la convention publiées en ligne", "décret 2017-779"),
    "S-07": ("le bénéficiaire associatif souscrit le contrat d'engagement républicain",
             "loi 2000-321 art. 10-1"),
    "S-08": ("l'organisme subventionné fournit ses comptes et peut être contrôlé", "L1611-4"),
    "S-12": ("pas de caducité légale générale : celle de la convention s'applique", ""),
    # Codes du projet
    "REF-ORDER": ("l'ordre de passage ou une arrivée, un départ, un pouvoir cite une question "
                  "absente ou ambiguë", ""),
    "REC-SUM": ("les voix enregistrées ne s'additionnent pas au nombre de votants", ""),
    "VOTE-OVER": ("plus de voix enregistrées que de votants présents ou représentés", "L2121-20"),
    "VOTE-TWICE": ("un membre a voté deux fois à l'appel nominal", "L2121-20"),
    "VOTE-ABSENT": ("un membre absent à cette question a voté à l'appel nominal", "L2121-20"),
    "MEMBER": ("une personne citée n'est pas membre de l'assemblée", ""),
    "RULES": ("un réglage des règles incertaines est illisible", ""),
    "BUD-BAL": ("le budget prévisionnel n'est pas équilibré (charges ≠ produits)", ""),
    "BUD-TOT": ("un total imprimé du budget n'est pas la somme de ses lignes", ""),
    "BUD-SUB": ("les sous-totaux privé et public ne font pas le total", ""),
    "BUD-AUTH": ("la ligne de la collectivité au budget diffère du montant de la convention", ""),
    "BUD-LINE": ("des opérations dépassent la ligne de budget", ""),
    "DEL-AMT": ("la délibération et la convention ne donnent pas le même montant", ""),
    "SCH-SUM": ("les tranches de l'échéancier ne font pas le montant total", ""),
    "PAY-CEIL": ("les versements dépassent le plafond de la convention", ""),
    "EVT-AMT": ("le montant d'un événement est invalide", ""),
    "TGT-SUM": ("les parts d'un objectif dépassent l'objectif", ""),
    "TGT-KEY": ("un objectif inconnu de la convention", ""),
}

RULE_TEXTS: dict[str, RuleText] = {k: RuleText(k, t, a) for k, (t, a) in _TEXTS.items()}


def explain(rule: str) -> RuleText | None:
    """The line for ``rule``, or None when the project has none for it yet."""
    return RULE_TEXTS.get(rule)
