"""Stage 0.7: the accents of a text that lost them all, put back on the words the reader reads.

A French text with no accented letter at all has lost them: a font whose accents the PDF's text
layer dropped, an old system's ASCII export, some OCR. Its labels then escape every pattern
written for « Présents : », « Séance du », « à l'unanimité », « Délégués suppléants »… Rather
than double each pattern, the words of the deliberations' vocabulary are given their accents
back (:data:`WORDS`, written for this reader), the case of each letter kept: « PRESENTS » →
« PRÉSENTS », « Seance » → « Séance ». Only words that are never written so with their accents
lost are listed: « donne » (he gives) and « donné », « adopte » and « adopté », « represente »
and « représenté » are both French and stay as they are (the patterns read their stem).

Linear; a text holding any accented letter (nearly every French text) is returned as is, found
within its first words.
"""

from __future__ import annotations

import re

# The unaccented form (lower case) → the accented one. Each is a French word only with its
# accents (or, for a few, far more often so in a record of deliberations).
_PAIRS = (
    # the sitting
    "seance:séance seances:séances reunion:réunion reunions:réunions reuni:réuni reunie:réunie "
    "reunis:réunis reunies:réunies presidence:présidence president:président presidente:présidente "
    "presidents:présidents vice-president:vice-président vice-presidente:vice-présidente "
    "legalement:légalement regulierement:régulièrement convoques:convoqués convoquee:convoquée "
    "convoquees:convoquées deliberation:délibération deliberations:délibérations delibere:délibéré "
    "deliberer:délibérer deliberant:délibérant proces-verbal:procès-verbal proces:procès "
    "secretaire:secrétaire secretaires:secrétaires secretariat:secrétariat ordre:ordre "
    # who sits
    "presents:présents presente:présente presentes:présentes etaient:étaient etait:était "
    "representes:représentés representee:représentée representees:représentées excuses:excusés "
    "excusee:excusée excusees:excusées delegue:délégué delegues:délégués deleguee:déléguée "
    "deleguees:déléguées delegation:délégation suppleant:suppléant suppleants:suppléants "
    "suppleante:suppléante suppleantes:suppléantes elu:élu elue:élue elus:élus elues:élues "
    "election:élection interesse:intéressé interesses:intéressés interessee:intéressée "
    "conseillere:conseillère conseilleres:conseillères membre:membre "
    # votes
    "unanimite:unanimité majorite:majorité exprimes:exprimés adoptee:adoptée adoptes:adoptés "
    "adoptees:adoptées approuvee:approuvée approuves:approuvés approuvees:approuvées "
    "rejetee:rejetée rejetes:rejetés decide:décide decident:décident decision:décision "
    "decisions:décisions debat:débat debats:débats apres:après deja:déjà arrete:arrêté "
    "arretes:arrêtés arretee:arrêtée "
    # the authority and the dates
    "communaute:communauté communautes:communautés departement:département "
    "departemental:départemental departementale:départementale general:général generale:générale "
    "republique:république prefecture:préfecture prefet:préfet municipalite:municipalité "
    "fevrier:février aout:août decembre:décembre etablissement:établissement "
    "numero:numéro reference:référence affiche:affiché affichee:affichée publie:publié "
    "publiee:publiée transmis:transmis teletransmis:télétransmis"
)
WORDS: dict[str, str] = dict(pair.split(":") for pair in _PAIRS.split() if pair.split(":")[0]
                             != pair.split(":")[1])

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]")
# The words of WORDS, found in the text lowered by one case-sensitive search (four times faster
# than calling Python for every word of the text; an alternation that ignores case, slower still).
_LISTED = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, WORDS), key=len, reverse=True)) + r")\b")
# An accented letter of French (or of a name: « Núñez »): a text that holds one kept its accents.
_ACCENTED = re.compile(r"[À-ÖØ-öø-ÿŒœ]")


def _accented(m: re.Match[str]) -> str:
    word = m.group()
    to = WORDS.get(word.lower())
    if to is None:
        if "-" in word:  # (« vice-president »: its parts)
            return "-".join(_accented_part(p) for p in word.split("-"))
        return word
    return _cased(word, to)


def _accented_part(part: str) -> str:
    to = WORDS.get(part.lower())
    return part if to is None else _cased(part, to)


def _cased(word: str, to: str) -> str:
    """``to`` in ``word``'s case: all capitals, a capital first, or lower case."""
    if word.isupper() and len(word) > 1:
        return to.upper()
    if word[0].isupper():
        return to[0].upper() + to[1:]
    return to


# « a » that can only be « à »: before a civility after a word (« X a Madame Y »: a proxy's link;
# « il a donné » has no civility after it), after « pouvoir » or « procuration », before « l'unanimité »,
# « la majorité », « compter », « partir », « main levée ».
_TO = re.compile(r"a(?<=[A-Za-z] a)(?= (?:Madame|Monsieur|Mademoiselle|MM?\.|Mme|Mlle|Mr)\s)"
                 r"|a(?<=[A-Za-z],a)(?= (?:Madame|Monsieur|Mademoiselle|MM?\.|Mme|Mlle|Mr)\s)"
                 r"|a(?<=\b(?:pouvoir|Pouvoir|POUVOIR) a)\b|a(?<=\bprocuration a)\b|a(?<=\bdonn[ée] a)\b"
                 r"|[aA]\b(?= l['’]unanimit| la majorit| compter\b| partir\b| main lev| bulletins?\b)"
                 r"(?<![\w'’][aA])")


# « donne » that can only be « donné » (« ayant donne procuration », « a donne pouvoir »): the
# participle after « ayant », « avait », « a », « ont », and in « (pouvoir donne a X) » (« donnee » →
# « donnée »).
_GIVEN = re.compile(r"donne(?<=\bayant donne)(?=e?s?\b)|donne(?<=\bavait donne)(?=e?s?\b)"
                    r"|donne(?<=\ba donne)(?=e?s?\b)|donne(?<=\bont donne)(?=e?s?\b)"
                    r"|donne(?<=\bpouvoir donne)(?=e?s?\b)|donne(?<=\bprocuration donne)(?=e?s?\b)")


def restored(text: str) -> str:
    """``text`` with the accents of :data:`WORDS` put back when it holds no accented letter at
    all (a text that has any is returned as is), and « a » read as « à » where only « à » can be
    (:data:`_TO`)."""
    if not text.isascii() and _ACCENTED.search(text) is not None:
        return text
    if "donne" in text:
        text = _GIVEN.sub("donné", text)
    text = _TO.sub(lambda m: "à" if m.group() == "a" else "À", text)
    low = text.lower()
    if len(low) != len(text):  # (a letter whose lower case is two: offsets would move)
        return _WORD.sub(_accented, text)
    out: list[str] = []
    pos = 0
    for m in _LISTED.finditer(low):
        out += (text[pos:m.start()], _cased(text[m.start():m.end()], WORDS[m.group()]))
        pos = m.end()
    return "".join(out) + text[pos:] if out else text
