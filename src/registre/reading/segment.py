"""Stage 2: cut a normalised extract into its parts.

The preamble (header, head-counts, present / absent lists, proxies, secretary), the
deliberation blocks and, after the signatures, the annexes. Sections are found by their
labels anywhere in the text, not by lines: some extracts come as one single line.
:func:`segment` returns a :class:`Segments` and never raises.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from registre.reading.items import Item, list_rows, numbered_items, split_votes
from registre.reading.people import drop_prose, join_spaced_hyphens
from registre.reading.textutil import blanks_before, lower_latin1
from registre.reading.votes import holds_vote

# (« représenté(s/es) »: both genders and numbers printed at once)
_REPRESENTED = r"(?:représenté(?:e|\(e\))?s?(?:\(e\)s|\(es\)|\(s/es\))?|REPR[ÉE]SENT[ÉE]E?S?)"
_REPRESENTED_CAP = r"(?:Représenté(?:e|\(e\))?s?(?:\(e\)s|\(es\))?|REPR[ÉE]SENT[ÉE]E?S?)"
_REPRESENTED_LABEL = (
    # (« ETAIT ABSENTE EXCUSEE ET REPRESENTEE : »)
    r"|(?:(?:[ÉE]tai(?:en)?t|[ÉE]TAIENT|[ÉE]TAIT)\s+(?:absente?s?\s+(?:excusée?s?\s+(?:et\s+)?)?"
    r"|ABSENTE?S?\s+(?:EXCUS[ÉE]E?S?\s+(?:ET\s+)?)?)?|(?:Membres|MEMBRES"
    r"|Conseillers|Délégués|DÉLÉGUÉS|DELEGUES)\s+)" + _REPRESENTED + r"\s*:"
    # (a bare « Représentés : » with its capital: « des membres présents et représentés : » is a vote)
    # (« Représentés avec pouvoirs : BESANCON Marie Hélène, DROUILLARD Hugo »: givers alone)
    # (not « ABSENTS EXCUSES NON REPRESENTES : », the absent with no proxy)
    r"|\b(?<!NON\s)(?<!non\s)(?<!Non\s)" + _REPRESENTED_CAP + r"(?:\s+avec\s+(?:pouvoir|procuration)s?)?\s*:"
    # « Étaient représentés Mme BUSSIERE Laurence M. CINIERI Dino »: no colon, a civility after it
    r"|\b(?:[ÉE]tai(?:en)?t)\s+représentée?s?(?=\s+(?:M\.|Mme|Monsieur|Madame)\s)"
    # (« Absent(s/es) représenté(s/es) :⏎Patricia LEMAIRE donne pouvoir à Sabine RABUSSIER »)
    r"|(?:Absent|Délégué|Conseiller|Membre)(?:e|\(e\)|\(es\))?s?(?:\(e\)s|\(es\)|\(s/es\))?\s+"
    r"(?:excusée?s?\s+(?:et\s+)?)?"
    + _REPRESENTED
    + r"(?:\s*:|\s+par\s+(?:procuration|pouvoir)s?\s*:?)"
    # « Etait absent, excusé et a donné pouvoir : », « Étaient absents et ont donné procuration : »
    # (« Etaient absents et avaient donné pouvoir : »)
    r"|[ÉE]tai(?:en)?t\s+absente?s?,?\s+(?:excusée?s?\s+)?et\s+(?:a|ont|avai(?:en)?t)\s+donné\s+"
    r"(?:pouvoir|procuration)\s*:"
    r"|Ont\s+donné\s+(?:pouvoir|procuration)\s+[-–]"
    # (« EXCUSES REPRESENTES PAR POUVOIR : CLAUDINE AUVRAY, POUVOIR A PIERRE BARROS ; … »)
    r"|\bEXCUS[ÉE]E?S?\s+REPR[ÉE]SENT[ÉE]E?S?\s+PAR\s+(?:POUVOIR|PROCURATION)S?\s*:"
    r"|\bExcusée?s?\s+représentée?s?\s+par\s+(?:pouvoir|procuration)s?\s*:"
    # (« Régulièrement représentés : M. CHOLLET par Mme THIRANOS »)
    r"|\bRégulièrement\s+représentée?s?\s*:"
    # « Absents (ayant donné pouvoir) :  M. Jean Luc GROSS à Mme VEYSSIERE, … »
    r"|\bAbsente?s?[ \t]*\((?:ayant|ont)[ \t]+donné[ \t]+(?:un[ \t]+)?(?:pouvoir|procuration)\)[ \t]*:"
    # « ABSENTS EXCUSES REPRESENTES : X – Y », « Absents excusés et représentés : »
    r"|(?:ABSENTE?S?[ \t]+EXCUS[ÉE]E?S?|Absente?s?[ \t]+excusée?s?)[ \t]+(?:ET[ \t]+|et[ \t]+)?"
    r"(?:REPR[ÉE]SENT[ÉE]E?S?|représentée?s?)[ \t]*:"
    # « Membres absents/excusés/représentés :⏎M FORTE Serge procuration à M BUSTIN David … »: the
    # absent, the givings among them (a name alone there gave no proxy: an absent member)
    r"|(?:(?:Membres|MEMBRES|Conseillers|CONSEILLERS)\s+)?(?:[Aa]bsent|ABSENT)(?:e|\(e\))?s?\s*/\s*"
    r"(?:[Ee]xcus[ée]|EXCUS[ÉE])(?:e|\(e\))?s?\s*/\s*" + _REPRESENTED + r"\s*:"
)
SECTION_LABELS: dict[str, str] = {
    # (a count in brackets may follow the label: « Présents (18) : », « PRESENTS [13] : »)
    # (« Etaient présents membres titulaires Collège 1 : »: the members of one college of a board)
    "present": r"(?:[ÉE]taients?|Étaient|ETAIENT)\s+(?:également\s+)?présents?(?:\s+ou\s+représentés"
               r"|\s+membres\s+titulaires(?:\s+[Cc]oll[èe]ge\s+\d{1,2})?"
               # (« Etaient présents les conseillers titulaires suivants : »)
               r"|\s+les\s+(?:conseillers|délégués|membres|élus)(?:\s+titulaires)?(?:\s+suivants)?(?=\s*:))?\s*:?"
               # « ÉTAIENT PRÉSENTS M. Clément GILET, … », « ÉTAIENT PRÉSENTS TITULAIRES - M. X »: in
               # capitals, a colon, a dash or a civility after it
               r"|(?:ÉTAIENT|ETAIENT)\s+PR[ÉE]SENTS(?:\s+TITULAIRES)?(?:\s*:|\s+-(?=\s)"
               r"|(?=\s+(?:M\.|Mme|Monsieur|Madame|MM\.|Mmes)\s))"
               # « Présents – GUERNEVÉ Michel, LE ROCH Michel, … »: a dash for the colon
               r"|\bPrésents[ \t]+[–-](?=[ \t]+[A-ZÀ-Ý])"
               # « Conseillers communautaires titulaires présents : », « Elu(e)s présent(e)s : »
               r"|(?:Conseillers|Délégués)[ \t]+(?:communautaires[ \t]+)?titulaires[ \t]+présents[ \t]*:"
               r"|[EÉ]lu(?:e|\(e\))?s?[ \t]+présent(?:e|\(e\))?s?[ \t]*:"
               # « Présents / Membres titulaires : MM. Jean GORIOUX … »
               r"|\bPrésents\s*/\s*(?:Membres|Délégués|Conseillers)\s+titulaires\s*:"
               # « Conseillers Communautaires présents⏎⏎FOND Pierre MORANGE Pierre … »: alone on its line
               r"|(?m:^)(?:Conseillers|Délégués)(?:\s+(?:[Cc]ommunautaires|[Mm]unicipaux|[Ss]yndicaux))?"
               r"\s+présents"
               r"(?=[ \t]*\n)"
               # « PRESENTS Philippe LEONELLI, Olivier CORNA, … »: in capitals, no colon, a name after it
               r"|PR[ÉE]SENTS(?=[ \t]+(?:(?:M\.|Mme|Monsieur|Madame)[ \t]+)?[A-ZÀ-Ý][a-zà-ÿ]+"
               r"(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?[ \t]+[A-ZÀ-Ý]{2})"
               # (« mairePRESENT(E)S : A. CORZANI, L. GERARD, … »: the plural's marks in brackets)
               r"|PR[ÉE]SENT\(E\)S\s*:|Présent\(e\)s\s*:"
               # « Assistaient à la réunion : MM. BARRÉ, BAUDRY, … »
               r"|\bAssistaient\s+à\s+la\s+(?:réunion|séance)\s*:"
               # « ETAIENT REPRESENTEES LES COMMUNES DE : ⏎ AMFREVILLE LES CHAMPS : ⏎ Monsieur Alain
               # LEBOUC … »: a syndicate's delegates present, commune by commune
               r"|\b(?:[ÉE]taient|[ÉE]TAIENT)\s+(?:représentées|REPR[ÉE]SENT[ÉE]ES)\s+(?:les\s+communes|LES\s+COMMUNES)"
               r"\s+(?:de|DE)\s*:"
               # « PRESENTS⏎⏎P. BANIEL, M. BAQUÉ, … »: the label alone on its line, the names below
               # (« MEMBRES PRÉSENTS⏎MM. Etienne MOURRUT, … » too)
               r"|(?m:^)(?:(?:MEMBRES|CONSEILLERS|D[ÉE]L[ÉE]GU[ÉE]S)(?:[ \t]+(?:MUNICIPAUX|COMMUNAUTAIRES"
               r"|TITULAIRES))?[ \t]+)?(?:PR[ÉE]SENTS|Présents)(?=[ \t]*\n)"
               # « Était présente⏎Mme JURY Christiane »: one member present (a civility after it)
               r"|\b(?:Était|Etait|[ÉE]TAIT)\s+(?:présente?|PR[ÉE]SENTE?)\s*:?(?=\s*(?:M\.|Mme|Monsieur|Madame)\s)"
               # (« … à l'unanimité des Membres présents : ✓ Autorise … » is a vote, not a list)
               # (« Délégués titulaires présents et votants : », « Délégués suppléants présents et
               # votants : »: the substitutes sitting for their titulars are present members)
               r"|(?<!des\s)(?:Membres|Conseillers?|Délégués)\s+(?:titulaires\s+|suppléants\s+)?présents"
               r"(?:\s+et\s+votants)?\s*:"
               # « Sont présents :Maxime AVININ, … » (« Présents : 16 » above it: the count)
               r"|\b(?:Sont|SONT)\s+présent(?:e|\(e\))?s(?:\(e\)s)?\s*:"
               r"|(?<!des\s)\bPrésent(?:e|\(e\))?s?(?:\(e\)s|\(s\))?(?:\s*[(\[]\d{1,3}[)\]])?\s*:"
               # « Présents (dans l'ordre du tableau) : », « Présents à l'appel nominal : 26 élus. »
               r"|(?<!des\s)\bPrésents\s*\([a-zà-ÿ' ’]{4,40}\)\s*:"
               r"|\bPrésents\s+à\s+l['’]appel(?:\s+nominal)?\s*:"
               # « Présents Jean-Paul FRANC, Maire ; … »: the label without its colon, a name after it
               # (« Présent(e)s C. Montin, Président, E. Février, … »: an initial, then the surname)
               r"|\bPrésent(?:s|\(e\)s)(?=[ \t]+(?:M\.|Mme|Monsieur|Madame"
               r"|[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?[ \t]+[A-ZÀ-Ý]{2}"
               r"|[A-ZÀ-Ý]\.(?:-[A-ZÀ-Ý]\.)?[ \t]*[A-ZÀ-Ý][a-zà-ÿ]+,))"
               # « Nombre de conseillers présents : 10 : ARNAL René, … »: the count, then the names
               r"|Nombre\s+de\s+(?:conseillers|membres|délégués)\s+présents\s*:\s*\d{1,3}\s*:"
               r"|Ont\s+assisté\s+à\s+la\s+séance\s*:"
               # (« MEMBRES CONSULTATIFS PRESENTS : »: people attending with no vote, not members)
               r"|(?<!CONSULTATIFS\s)PR[ÉE]SENTS(?:\s*[(\[]\d{1,3}[)\]])?\s*:"
               # « Présents en visioconférence : X, Y »: a second list of members present.
               r"|\bPrésent(?:e|\(e\))?s?\s+(?:en|par)\s+[Vv]isio[\s-]?[Cc]onférence\s*:"
               # « TITULAIRES PRESENTS AVEC VOTE: X, … SUPPLEANTS PRESENTS AVEC VOTE : Y »: both vote
               r"|(?:TITULAIRES|SUPPL[ÉE]ANTS)\s+PR[ÉE]SENTS\s+AVEC\s+VOTE\s*:"
               r"|(?:Titulaires|Suppléants)\s+présents\s+avec\s+vote\s*:",
    # « Absents ayant voté par procuration en application de l'article L 2121-20 … : X, Y »:
    # givers whose holders are not named (Montpellier).
    # (the words up to the colon wrapped over as many as seven lines in a narrow column)
    "voted_by_proxy": r"Absents?\s+ayant\s+vot[ée]s?\s+par\s+procuration[^:\n]{0,160}"
                      r"(?:\n[^:\n]{0,100}){0,6}:",
    "absent": r"(?:[ÉE]taient|ETAIENT)\s+(?:absents?+|excusés?+)(?:\s+excusés?)?(?:\s+(?:et\s+)?représentés)?"
              # (not « Etaient absents et avaient donné pouvoir : », the givings' label)
              r"(?!,?\s+(?:excusée?s?\s+)?et\s+(?:a|ont|avai(?:en)?t)\s+donné)\s*:?"
              # « Sont excusés :⏎Monsieur Jean-Marie BEFFARA (pouvoir à M. FOURNIE), … »
              r"|\bSont\s+(?:absente?s|excusée?s)(?:\s+et\s+excusée?s)?\s*:"
              # (« Sont excusés Catherine ROUGEOT (pouvoir donné à …) et Olivier ROBIN. »: no colon)
              r"|\bSont\s+(?:absente?s|excusée?s)(?=[ \t]+(?:M\.|Mme|Monsieur|Madame|[A-ZÀ-Ý][a-zà-ÿ]+"
              r"(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?[ \t]+[A-ZÀ-Ý]{2}))"
              # « ETAIENT EXCUSES : 1 M. SIMON »: in capitals (its first word no name's)
              # (« Etait excusés : », its verb singular, its list after the colon)
              r"|\b(?:Était|Etait)\s+(?:absente?s?|excusée?s?)\s*:"
              # (« ÉTAIT ABSENT OU EXCUSE : aucun », one member's)
              r"|[ÉE]TAI(?:EN)?T\s+(?:ABSENTE?S?|EXCUS[ÉE]E?S?)(?:\s+(?:(?:OU|ET)\s+)?EXCUS[ÉE]E?S?)?\s*:"
              # (« ETAIENT ABSENTS OU EXCUSÉS Mmes Annie X, … »: no colon, a civility after it)
              r"|(?:ÉTAIENT|ETAIENT)\s+ABSENTS?(?:\s+(?:OU|ET)\s+EXCUS[ÉE]S?)?"
              r"(?=\s+(?:M\.|Mme|Monsieur|Madame|MM\.|Mmes)\s)"
              # (« Absents/procurations : X (pouvoir à Y), … »)
              r"|\bAbsente?s?\s*/\s*procurations?\s*:"
              # « Était excusée⏎Mme X », « Était absent M. Y »: one member (a civility after it)
              r"|\b(?:Était|Etait)\s+(?:absente?|excusée?)\s*:?(?=\s*(?:M\.|Mme|Monsieur|Madame)\s)"
              # « Etait absent excusés : M. X, pouvoir donné à M. Y, Etait absent non excusés : M. Z »
              r"|\b(?:Était|Etait)\s+absente?s?\s+(?:non\s+)?excusée?s?\s*:"
              # « Est absente et excusée : Mme X. », « Est excusé : M. Y »
              r"|\bEst\s+(?:absente?|excusée?)(?:\s+et\s+excusée?)?\s*:"
              # « Absent (s) excusé (s): Mme X qui donne pouvoir à Y »: the marks of the plural spaced
              r"|\bAbsent[ \t]*\(s\)[ \t]+excusé[ \t]*\(s\)[ \t]*:"
              # « Excusés (2) ... : madame X (dont pouvoir est donné à …) »: its count, an ellipsis
              r"|\b(?:Excusé|Absent)(?:e|\(e\))?s?\s*\(\d{1,3}\)\s*(?:\.{2,}|…)?\s*:"
              # « Absents excusés, Mesdames et Messieurs : », « Absents Excusés : »
              r"|\bAbsents?\s+[Ee]xcusée?s?,\s*(?:Mesdames\s+et\s+Messieurs|Messieurs|Mesdames)\s*:"
              r"|(?m:^)Absents?\s+excusée?s?(?=[ \t]+(?:M\.|Mme|MM\.|Monsieur|Madame)[ \t])"
              # « …DEULOFEU. Absents excusés Françoise SATET, … »: no colon, a name after the label
              r"|(?<=\.\s)Absents?\s+(?:non\s+)?excusée?s?(?=[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
              r"[ \t]+[A-ZÀ-Ý]{2})"
              # « …ROYNEL.⏎Excusés⏎Cendrine CHERGUI, … », « ⏎Excusé(s) M. Fabrice RAVOIRE (…) »: no colon
              r"|(?:(?m:^)|(?<=\.\s))Excusé(?:e|\(e\))?s?(?:\(e\)s|\(s\))?(?=[ \t\n]+(?:M\.|Mme|MM\.|Monsieur"
              r"|Madame|[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?[ \t]+[A-ZÀ-Ý]{2}))"
              r"|\bAbsente?s?(?:\(s\))?(?:\s+[Ee]xcusée?s?(?:\(s\))?|[ \t]*[/-][ \t]*[Ee]xcusée?s?"
              r"|\s+non\s+excusée?s?|\s+et\s+procurations?"
              r"|\s+(?:et\s+)?(?:non\s+)?représentée?s?"
              r"|\s+et\s+excusée?s?)?\s*:"
              r"|S['’](?:étai(?:en)?t|ÉTAI(?:EN)?T)\s+(?:fait|FAIT)\s+(?:excuser|EXCUSER)\s*:"
              r"|(?:Délégués|Membres|Conseillers)\s+(?:absents\s+)?excusés\s*:"
              # « Membres absents : », « Conseillers Municipaux absents : » (a colon after it)
              r"|(?<!des\s)(?:Membres|Conseillers|Délégués)\s+(?:[Mm]unicipaux\s+|[Cc]ommunautaires\s+)?"
              r"absente?s\s*:"
              # « Délégués titulaires absents remplacés par leur suppléant⏎ », « Délégués Titulaires
              # absent excusés non remplacés par leur suppléant: »
              r"|Délégués\s+[Tt]itulaires\s+absents?\s+(?:excusés\s+)?(?:non\s+)?remplacés\s+par\s+leurs?"
              r"\s+suppléants?\s*:?"
              # (« EXCUSES : MM. Dreyfus Delphine (donne pouvoir à M. Métais Antoine), … », « ABSENTE : »)
              r"|\bExcusé(?:e|\(e\))?s?(?:\(e\)s)?\s*:"
              r"|ABSENTE?S?(?:\s+(?:-\s+)?EXCUS[ÉE]S?|[ \t]*[/-][ \t]*EXCUS[ÉE]S?)?\s*:|EXCUS[ÉE]E?S?\s*:"
              # « Absent(s/es) excusé(s/es) : Patricia LEMAIRE »
              r"|\bAbsent\(s/es\)(?:\s+excusé\(s/es\))?\s*:"
              # « ABSENTS EXCUSES NON REPRESENTES : MAZET Bernard – … »: absent, no proxy
              r"|(?:ABSENTE?S?[ \t]+EXCUS[ÉE]E?S?|Absente?s?[ \t]+excusée?s?)[ \t]+(?:ET[ \t]+|et[ \t]+)?"
              r"(?:NON|non)[ \t]+(?:REPR[ÉE]SENT[ÉE]E?S?|représentée?s?)[ \t]*:"
              r"|EXCUS[ÉE]S?\s+ET\s+REPR[ÉE]SENT[ÉE]S?\s*:|Excusé(?:e|\(e\))?s?\s+et\s+représenté(?:e|\(e\))?s?\s*:",
    # (« Procurations (5/6) : »: its counts at two moments of the sitting)
    "proxies": r"Procurations?(?:\s+de\s+vote)?(?:\s*\(\d{1,3}(?:/\d{1,3})?\))?\s*:"
               r"|\bPouvoirs?(?:\s*\(\d{1,3}\))?\s*:|\bPOUVOIRS?\s+DE\s*:"
               # (« Pouvoirs de Vote : Monsieur le Maire dépose sur le bureau les pouvoirs de vote de :
               # Mme X à M. Y … »: the sentence up to its colon is the label's)
               r"|Pouvoirs?\s+de\s+[Vv]ote\s*:(?:[^:\n]{0,120}?\bde\s*:)?"
               # (« Pouvoir(s) : X à Y »; « PROCURATIONS Annick NAPOLEON à Sébastien VILAIN »: in
               # capitals, no colon, a first name after it)
               r"|\b(?:Pouvoir|Procuration)\(s\)\s*:"
               r"|(?<!DE )(?<!DES )(?:PROCURATIONS?|POUVOIRS?)(?=[ \t]+(?:M\.|Mme|Monsieur|Madame"
               r"|[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ \t]+[A-ZÀ-Ý])"
               r"|\bPouvoirs?\s+accordés?\s*:"  # « Pouvoir accordé : par Monsieur X à Y »
               # « Pouvoir a été donné par : Mme X à M. Y. »
               r"|\bPouvoirs?\s+(?:a|ont)\s+été\s+donnés?\s+par\s*:"
               # « Ont délégué leur droit de vote conformément à l'article L.2121-20 du CGCT : X ayant … »
               r"|Ont\s+délégué\s+leur\s+droit\s+de\s+vote[^:\n]{0,120}:"
               r"|Délégations?\s+de\s+vote\s*:"
               # « Etaient porteurs d'un pouvoir : Mme ANCELLIN pour M. PERARDEL Mme BUY pour M. HOGDAL »
               r"|(?:[ÉE]taient|[ÉE]tait)\s+porteu(?:rs?|ses?)\s+d['’]une?\s+(?:pouvoir|procuration)\s*:"
               # « Avait remis procuration : M. TRUTEAU à M. BARRÉ »
               r"|(?:Ont|Avai(?:en)?t)\s+remis\s+(?:pouvoir|procuration)s?\s*:"
               r"|Mandants?\s*:|(?:Ont|Avai(?:en)?t)\s+donné\s+(?:pouvoir|procuration|mandat)\s*:|POUVOIRS?(?:\s*\(\d{1,3}\))?\s*:"
               # (« M. le Maire donne lecture … des procurations reçues : M. X à M. Y … »)
               r"|procurations?\s+reçues?\s*:"
               # « AVAIENT DONNE POUVOIR : M. SOYEUR, … »: in capitals, the accent lost
               r"|(?:ONT|AVAI(?:EN)?T)\s+DONN[ÉE]\s+(?:POUVOIR|PROCURATION)\s*:"
               r"|PROCURATIONS?(?:\s*\(\d{1,3}\))?\s*:"
               # « Absents ayant donné procuration : X à Y », « Excusés ayant donné pouvoir à : »,
               # « Ont donné pouvoir écrit de voter en leur nom : » (the proxies, not the absent),
               # « Absents/Excusés ayant donné procuration : », « Personne ayant donné procuration ; ».
               # (« Membres ayant donné pouvoir: MM. X (pouvoir à Y), … »)
               # (« Absent(es) excusé(es) ayant donné pouvoir : »)
               r"|(?:Absent|Excusé|Personne|Membre|Conseill(?:er|ère)|Délégué)(?:e|\(e\))?s?(?:\(e\)s|\(s\)|\(es\))?"
               r"(?:\(s\))?"
               # (« Absents, excusés ayant donné procuration : », a comma between the two)
               r"(?:(?:\s+|\s*/\s*|,\s*)[Ee]xcusé(?:e|\(e\))?s?(?:\(es\)|\(s\))?)?"
               # (« Conseillers titulaires absents ayant donnés pouvoir : »)
               r"(?:\s+(?:titulaires|municipaux|communautaires)(?:\s+absente?s)?)?"
               r"\s+ayant\s+donnée?s?\s+(?:mandat\s+de\s+|un\s+|une\s+|leur\s+)?(?:pouvoir|procuration)s?(?:\s+à)?\s*[:;]"
               # (« ABSENTS EXCUSES AYANT DONNE MANDAT DE VOTE [2]: », its count in brackets)
               # (« ABSENTS (3) AYANT DONNÉ PROCURATION : », the count after the first word)
               r"|(?:ABSENT|EXCUSÉ|EXCUSE)E?S?(?:\s*[(\[]\d{1,3}[)\]])?(?:\s+EXCUS[ÉE]S?)?\s+AYANT\s+DONN[EÉ]"
               r"\s+(?:POUVOIR|PROCURATION"
               r"|MANDAT\s+DE\s+VOTE)(?:\s+À)?(?:\s*[(\[]\d{1,3}[)\]])?\s*:"
               r"|(?:Ont|Avai(?:en)?t)\s+donné\s+(?:pouvoir|procuration)\s+(?:écrit\s+)?"
               r"(?:de\s+voter(?:\s+respectivement)?\s+en\s+leur\s+nom|à)\s*:"
               # « Absents avec pouvoir : X, pouvoir à Y »
               # (« Absents avec délégation : - M. Lafon donne procuration à Mme Inselin - … »)
               r"|(?:Absente?s?|Excusée?s?)\s+avec\s+(?:pouvoir|procuration|délégation)s?\s*:"
               r"|(?:ABSENTS?|EXCUS[ÉE]E?S?)\s+AVEC\s+(?:POUVOIR|PROCURATION)S?\s*:"
               # « Absents qui ont donné pouvoir : X qui a donné pouvoir à Y », « Était absente avec
               # procuration⏎• Mme X pouvoir à M. Y » (alone on its line, or a colon after it)
               r"|Absente?s?\s+qui\s+(?:a|ont)\s+donné\s+(?:pouvoir|procuration)s?\s*:"
               r"|\b(?:[ÉE]tai(?:en)?t)\s+absente?s?\s+avec\s+(?:pouvoir|procuration)s?(?:\s*:|(?=[ \t]*\n))"
               # Members printed as represented: « Étaient représentés : X par Y », « Membres
               # représentés : », « Absents représentés par procuration X à Y », « Etait absent,
               # excusé et a donné pouvoir : », « Ont donné procuration – ».
               + _REPRESENTED_LABEL,
    # « Invité : X »: someone attending who is no member (the present list ends there).
    # (« Ainsi que : X (chambre d'agriculture) »: others attending, after the members)
    # (« Auditeurs présents : 63 »: the public attending, after the members)
    "guests": r"Invité(?:e|\(e\))?s?(?:\(e\)s)?\s*:|INVITÉ(?:E)?S?\s*:|Ainsi\s+que\s*:"
              r"|Auditeurs?\s+présents?\s*:"
              # (« Assistait également à la séance Madame X, Responsable Finances », no colon)
              r"|Assistai(?:en)?t\s+(?:également|aussi)\s+à\s+la\s+(?:séance|réunion)\s*:?",
    # (« La secrétaire de séance : Mme X »: in lower case after its article)
    "secretary": r"(?:L[ae]\s+[Ss]|S)ecrétaire(?:s)?\s+de\s+(?:la\s+)?séance\s*:|Secrétaire\s*:"
                 r"|SECR[ÉE]TAIRE\s+DE\s+S[ÉE]ANCE\s*:",
    "counts": r"Nombre\s+de\s+(?:conseillers|membres)[^:\n]{0,40}:|En\s+exercice\s*:|\bVotants\s*:"
              r"|\bLe\s+quorum\s+étant\s+atteint",
    # (« Délégués suppléants présents et non votants du fait de la présence du titulaire : »)
    "substitutes": r"Suppléants?\s*(?:présents?)?[^:\n]{0,40}:"
                   # (« Conseillers suppléants présents ayant pris part au vote : »)
                   r"|(?:Conseillers|Délégués)\s+(?:communautaires\s+)?suppléants\s+présents[^:\n]{0,40}:"
                   r"|Délégués\s+suppléants\s+présents\s+et\s+non\s+votants[^:\n]{0,60}:"
                   r"|SUPPL[ÉE]ANTS\s+PR[ÉE]SENTS\s+SANS\s+VOTE\s*:",
    "presidency": r"[Ss]ous\s+la\s+présidence\s+d|Présidence\s*:|Président(?:e)?\s+de\s+séance\s*:",
    # « ETAIENT NON REPRESENTEES LES COMMUNES DE : ANVEVILLE, … »: communes, no one's list (read as
    # no list: the present list above ends there).
    "unrepresented": r"(?:[ÉE]taient|[ÉE]TAIENT)\s+(?:non|NON)\s+(?:représentées|REPR[ÉE]SENT[ÉE]ES)\s+"
                     r"(?:les\s+communes|LES\s+COMMUNES)\s+(?:de|DE)\s*:",
}
# A present list's label after another's: the staff or guests attending (« Assistaient à la
# séance : », « Étaient également présents : », « ETAIENT EGALEMENT PRESENTS : »).
_ALSO_PRESENT = re.compile(r"Assist|\S+\s+(?:également|EGALEMENT|ÉGALEMENT)\s")
_ALSO_BEFORE = re.compile(r"(?:également|EGALEMENT|ÉGALEMENT)\s+$")


def _also_present(text: str, m: re.Match[str]) -> bool:
    """Whether a present list's label ``m`` says its people attend besides the members."""
    return _ALSO_PRESENT.match(m.group(0)) is not None \
        or _ALSO_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
# The lookahead lists the first two letters of every label: re then tries the long
# alternation at those places only (twelve times faster on a long preamble than without,
# twice as fast as with the first letters only: names are full of capitals).
_LABEL = re.compile(r"(?=É|E[tTnsxXl]|M[eaE]|Co|P[rRoOe]|O[nN]|A[bBvViu]|D[ée]|DE|S[eE'’]|No|Vo|L[ea]|Su"
                    r"|[sS]o|I[nN]|R[eEé]|As|T[Ii]|SU|procurations?\s+re)(?:"
                    + "|".join(f"(?P<{k}>{v})" for k, v in SECTION_LABELS.items()) + ")")
# Case variants are spelled out rather than searched with IGNORECASE: much faster in re.
# Every alternative starts with a literal letter: re then skips ahead to those letters
# (three times faster than with « (?:Fait|FAIT|Ainsi\s+fait)\s+et » as one alternative).
_SIGNATURE = re.compile(
    r"P(?:our|OUR)\s+(?:e|E)(?:xtrait|XTRAIT)\s+(?:c|C)(?:onforme|ONFORME)|C(?:ertifié|ERTIFIÉ)\s+(?:e|E)"
    r"(?:xécutoire|XÉCUTOIRE)|Fait\s+et\s+délibéré|FAIT\s+et\s+délibéré|Ainsi\s+fait\s+et\s+délibéré"
    r"|ACTE\s+EX[EÉ]CUTOIRE|La\s+présente\s+délibération\s+peut\s+faire\s+l'objet",
)
# A word each signature formula holds (in lower case), less than _BACK characters from its start.
_SIGNATURE_WORDS = ("conforme", "certifi", "délibéré", "cutoire", "l'objet")
_BACK = 100
# Past an annex's heading, more than this much text may hold more items of the minutes.
_ANNEX_TAIL = 3000
# The list of the sitting's deliberations printed after its minutes, alone on its line.
_RECAP = re.compile(r"^[ \t]*(?:LISTE|Liste|RELEV[ÉE]|Relev[ée]|R[ÉE]CAPITULATIF|R[ée]capitulatif)[ \t]+"
                    r"(?:DES|des)[ \t]+(?:D[ÉE]LIB[ÉE]RATIONS|d[ée]lib[ée]rations)\b[^\n]{0,80}$",
                    re.MULTILINE)
_ANNEX = re.compile(r"^[ \t]*Annexe[ \t]+(?P<n>\d+|[IVX]+)[ \t]*[:.-][ \t]*(?P<title>[^\n]*)$",
                    re.MULTILINE | re.IGNORECASE)
DELIB_START = re.compile(
    r"(?P<delib>(?:D[ée]lib[ée]ration|DÉLIBÉRATION|DELIBERATION)\s+[nN]°\s*[\w/.-]+)"
    r"|^[ \t]*(?P<report>(?:Rapport|RAPPORT)\s+[nN]°\s*\d+\w*)"
    r"|^[ \t]*(?P<point>(?:Point|POINT|Question|QUESTION|Affaire|AFFAIRE)\s+[nN]°\s*\d+\w*)\s*[:.-]",
    re.MULTILINE,
)
# The words a heading starts with (each spelling has one length of its own set).
_HEAD_WORD = re.compile(r"D[ée]lib[ée]ration|DÉLIBÉRATION|DELIBERATION|Rapport|RAPPORT|Point|POINT"
                        r"|Question|QUESTION|Affaire|AFFAIRE")
_HEAD_WORD_LENGTHS = (12, 8, 7, 5)


def _near(rx: re.Pattern[str], text: str, low: str, words: tuple[str, ...]) -> re.Match[str] | None:
    """``rx.search(text)`` started just before the first of ``words`` (found in ``low``, the
    text in lower case), which every match holds less than _BACK characters from its start."""
    first = len(low)
    for w in words:  # each word is looked for only before the first one found
        i = low.find(w, 0, first + len(w))
        if 0 <= i < first:
            first = i
    if first == len(low):
        return None
    return rx.search(text, max(0, first - _BACK) if len(low) == len(text) else 0)


def lowered(text: str) -> str:
    """``text`` in lower case, with the same offsets when the text is Latin-1 (else casefold;
    the words looked for hold no « ß », the only Latin-1 letter the two differ on)."""
    low = lower_latin1(text)
    return text.casefold() if low is None else low


def delib_heads(text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
    """``list(DELIB_START.finditer(text, pos, endpos))``, several times faster.

    Every heading is a word (« Délibération », « Rapport », « Point »…), blanks and « n° »:
    it is found from its « ° » (one scan of the text for a rare character), the word read
    behind it. DELIB_START is then tried where that heading starts, at the « D » of
    « Délibération » or at the start of the line of the others, left to right.
    """
    end = len(text) if endpos is None else min(endpos, len(text))
    out: list[re.Match[str]] = []
    last = pos
    p = text.find("°", pos, end)
    while p >= 0:
        start = _head_word(text, pos, p)
        if start >= last:
            if text[start] != "D":
                line = text.rfind("\n", 0, start) + 1  # (only blanks before the word on its line)
                start = -1 if line < last or text[line:start].strip(" \t") else line
            m = DELIB_START.match(text, start, end) if start >= 0 else None
            if m is not None:
                out.append(m)
                last = m.end()
        p = text.find("°", p + 1, end)
    return out


def _head_word(text: str, pos: int, p: int) -> int:
    """Where the heading word (_HEAD_WORD) before the « n° » whose « ° » is at ``p`` starts,
    at ``pos`` or after; -1 if there is none (or no blank between it and the « n »)."""
    if p == 0 or text[p - 1] not in "nN":
        return -1
    k = blanks_before(text, p - 1)
    if k == p - 1:
        return -1
    for n in _HEAD_WORD_LENGTHS:
        if k - n >= pos and _HEAD_WORD.fullmatch(text, k - n, k):
            return k - n
    return -1


@dataclass
class Segments:
    """The parts of an extract; section texts are raw slices of the normalised text."""

    text: str
    sections: dict[str, list[str]] = field(default_factory=dict)
    heads: dict[str, list[str]] = field(default_factory=dict)
    preamble_end: int = 0
    annexes_start: int | None = None
    blocks: list[tuple[int, int]] = field(default_factory=list)
    # ``text`` in lower case with the same offsets when it is Latin-1 (else None), made
    # once here for every reader that looks for words in lower case.
    low: str | None = field(default=None, repr=False, compare=False)
    warnings: list[str] = field(default_factory=list)
    # Counts printed in brackets at the end of a list (« (27) »), by section name.
    bracket_counts: dict[str, int] = field(default_factory=dict)
    # Where each section's body starts (its label's end), and each bracket count's figure
    # (the lines of the evidence).
    bodies: dict[str, list[int]] = field(default_factory=dict)
    bracket_at: dict[str, int] = field(default_factory=dict)
    # The numbered items of minutes, one per block, when the blocks are theirs.
    items: list[Item] = field(default_factory=list)

    def first(self, name: str) -> str | None:
        got = self.sections.get(name)
        return got[0] if got else None


_CLOSING = re.compile(r"s[ée]ance[ \t]+(?:est[ \t]+|a[ \t]+été[ \t]+)?lev[ée]e", re.IGNORECASE)


def _closing(text: str, low: str) -> int | None:
    """Where « la séance est levée » is printed in the second half of ``text`` (a sitting's close;
    in the first half it may be an earlier sitting's, or a summary's), or None."""
    k = low.find("lev", len(low) // 2)
    if k < 0:
        return None
    m = _CLOSING.search(text, max(0, k - 40))
    return m.start() if m is not None else None


def segment(text: str) -> Segments:
    """Find the labelled sections, the deliberation blocks and the annexes of ``text``."""
    seg = Segments(text)
    seg.low = lower_latin1(text)
    low = text.casefold() if seg.low is None else seg.low  # (the words hold no « ß »)
    signature = _near(_SIGNATURE, text, low, _SIGNATURE_WORDS)
    # The first annex heading after the signature: one that starts after it has its word after it.
    annex = next(_annex_heads(text, low, 0 if signature is None else signature.start() + 1), None)
    whole: list[Item] | None = None  # the items of the whole text, when the annex check read them
    if annex is not None and len(text) - annex.start() > _ANNEX_TAIL \
            and low.count("unanimit", annex.start()) + low.count("en avoir délibéré", annex.start()) >= 2:
        # « Annexe 1 : Plan des parcelles EDF en rose » inside an item of minutes whose items go on
        # after it (« 2020-09-03 ASSAINISSEMENT … »): an annex of that item, not the annexes of
        # the text; those start, if anywhere, after the last item. (Only where votes or the
        # deliberations' formula follow it: an annex's own text holds none.)
        found = whole = numbered_items(text)
        if any(it.start < annex.start() for it in found) and found and found[-1].start > annex.start():
            annex = next(_annex_heads(text, low, found[-1].start), None)
    seg.annexes_start = annex.start() if annex else None
    limit = seg.annexes_start if seg.annexes_start is not None else len(text)
    heads = delib_heads(text, 0, limit)
    labels = _labels(text, low, limit, heads[0].start() if heads else None)
    stops = sorted({m.start() for m in labels} | {m.start() for m in heads})
    end_of_lists = 0
    # « La séance est levée à 21h00. ⏎ Le Secrétaire de séance : Le Maire : »: the labels after
    # the sitting's close are the signatures', not lists of the opening (the items before them
    # are not a list's body).
    closed = _closing(text, low)
    capped: set[str] = set()
    # « Assistaient à la séance : Monsieur X Directeur Général Adjoint » after the members' lists:
    # the staff attending; « Assistaient à la réunion : MM. … » is the present list only when the
    # text has no other.
    also = {m.start() for m in labels if m.lastgroup == "present" and _also_present(text, m)}
    others = sum(1 for m in labels if m.lastgroup == "present" and m.start() not in also)
    for m in labels:
        name = m.lastgroup or ""
        if name == "present" and others and m.start() in also:
            # (« ETAIENT EGALEMENT PRESENTS : Madame X, Maire de ROBERTOT (à titre consultatif),
            # Monsieur Y, Receveur syndical » after the delegates: others attending, no members.)
            name = "guests"
        if name == "substitutes" and _designation(text, m.start()):
            continue  # « Titulaires : … Suppléants : … »: members designated to a body, not a list
        if len(seg.sections.get(name, ())) >= MAX_SECTIONS:
            if name not in capped:
                capped.add(name)
                label = " ".join(m.group(0).split())
                seg.warnings.append(f"plus de {MAX_SECTIONS} listes « {label} » : seules les {MAX_SECTIONS} "
                                    "premières sont lues")
            continue
        i = bisect_right(stops, m.start())
        nxt = stops[i] if i < len(stops) else limit
        body = text[m.end():nxt]
        if name == "present" and nxt < limit and text.startswith("Nombre", nxt) \
                and body.rstrip().endswith(","):
            side = _SIDE_COUNT.match(text, nxt)
            if side is not None:
                # « …, GEORGES E., Nombre de conseillers élus : 15 GRUNER P., … »: a side box's line
                # read into the list, which goes on after its figure up to the next label
                j = bisect_right(stops, side.end() - 1)
                rest = text[side.end():stops[j] if j < len(stops) else limit]
                # (« Conseillers en fonction : 15 »: another line of the box ends it)
                box = _COUNT_LABEL.search(rest)
                body = body + " " + (rest[:box.start()] if box is not None else rest)
        if name in ("present", "absent", "proxies", "substitutes", "voted_by_proxy"):
            if "<" in body and ("/>" in body or "</" in body):
                body = _HTML_TAG.sub("", body)  # a page's tags in its text (« <strong>DU</strong>MON<br /> »)
            if "(" in body and 0 < body.count("(") - body.count(")") <= 3:
                body = _closed_brackets(body)
            folio = _FOLIO_AFTER_LIST.search(body) if ".\n" in body else None
            if folio is not None and body.count(",", 0, folio.start()) >= 3:
                body = body[:folio.start() + 1]  # « …, Claudette BRUNEL.⏎1⏎Monsieur le Maire ouvre … »
            if name == "present" and "itulaires d" in body and len(_TITULARS_OF.findall(body)) >= 2:
                # « Titulaires des Allues M. Thierry MONIN … ⏎⏎Titulaires de Brides-les-Bains M. Guillaume
                # BRILAND ⏎⏎Titulaires de Feissons-sur-Salins ⏎⏎ … »: a communauté's delegates present,
                # commune by commune, a paragraph each (the communes' names are no names)
                body = _BLANK_LINES.sub("\n", _TITULARS_OF.sub("; ", body))
            body = _cut_paragraph(body, present=name == "present")
            if "du " in body and _RUNNING_HEAD_HINT.search(body) is not None:
                head = _RUNNING_HEAD.search(body)
                if head is not None:
                    # « … M. André BARRET Conseil communautaire du lundi 09 janvier 2017 Délibération
                    # n° 1 »: the page's running head after the list's last name (a page's lines run
                    # together): the list ends there
                    body = body[:head.start()]
            if name in ("proxies", "absent") and "la commune de" in body:
                # « Mme X de la commune de Lacombe à Mme Y Mr Z de la commune de … à … »
                body = _CHAINED_TO.sub("; ", _GIVER_COMMUNE.sub("", body))
            linked = "donn" in body or ") à " in body
            if name in ("proxies", "absent") and linked and _CHAINED_GIVING.search(body):
                # « M. X ayant donné pouvoir à M. Y M. Z ayant donné pouvoir à Mme W »: one a giving
                body = _CHAINED_GIVING.sub("; ", body)
            if name == "proxies" and "1- " in body:
                body = _NUMBERED_MARK.sub("; ", body)  # « 1- Mme X, a donné procuration à Mme Y 2- M. Z … »
            if name == "present" and ("par son suppl" in body or "par sa suppl" in body):
                body = _SUBSTITUTE_THEN_NAME.sub(r"\1, ", body)
            if "Conformément" in body:
                # « … Monsieur MENACQ Bernard à Monsieur MESTHE Claude Conformément à l'article
                # L. 2121-15 du CGCT, … »: the next sentence (the secretary's designation) run in
                body = body[:body.index("Conformément")]
            if name == "proxies" and ("toute la séance" in body or "partir de l" in body):
                body = _span_groups(body)
            if name == "proxies" and "porteu" in m.group(0) and " pour " in body:
                # the holder first, the giver after « pour »: each pair as « giver à holder »
                body = "; ".join(f"{h.group(2)} à {h.group(1)}" for h in _HOLDER_FOR.finditer(body))
            if name == "present" and body.count(";") >= 3:
                leads = len(_COMMUNE_LEAD.findall(body))
                if leads >= 3 and leads >= 0.8 * (body.count(";") + 1):
                    body = _COMMUNE_LEAD.sub(r"\1 ", body)
            if name in ("present", "absent") and " pour " in body:
                groups = _FOR_COMMUNE.findall(body)
                if len(groups) >= 3 or (name == "absent" and groups and body.count(" pour ") == len(groups)):
                    # « MM DURAND et P. ALLARD pour BREHEMONT  Mme REIG pour VALLÈRES »: the delegates
                    # of each member commune, its name in capitals after them (no name)
                    body = _FOR_COMMUNE.sub(", ", body)
            if name == "present" and "Communauté " in body and " : " in body:
                # « Communauté de Communes du Pays X : Bourdonné : Patrick Porchez / : Claude Richard, … »:
                # the member bodies heading their communes' delegates (no name), a commune's name lost
                # before « : » (« / : Claude Richard »): the delegates of the commune before
                member_bodies = len(_BODY_HEADING.findall(body))
                if member_bodies and body.count(" : ") >= 3 * member_bodies + 3:
                    body = _LOST_COMMUNE.sub(", ", _BODY_HEADING.sub("; ", body))
            if name == "present" and body.count(";") >= 3 and ", " in body:
                roles = len(_ENTRY_ROLE.findall(body))
                if roles >= 3 and roles >= 0.8 * (body.count(";") + 1):
                    # « Mme BIR, représentant la métropole ; M. LABOUX, personnalité qualifiée ; … »:
                    # each entry's name, then what its member stands for (no name)
                    body = _ENTRY_ROLE.sub("", body)
            if name == "present" and "élégué" in body and "commun" in body:
                body = _ROLE_COMMUNE.sub(",", body)
            if name in ("present", "absent") and ("élégué" in body or "onseill" in body) \
                    and _DELEGATE_OF_HINT.search(body) is not None and len(_DELEGATE_OF.findall(body)) >= 3:
                # « Mme DUPRAZ, M. DEBEGUE, délégués d'Andilly les Marais, Mme ROCHETEAU, déléguée de ,
                # M. BESSON, délégué de Ferrières M. GALLIAN, … »: each group's commune after its
                # delegates (the commune's name maybe blanked, its comma maybe lost): no name
                body = _DELEGATE_OF.sub(", ", body)
            if name in ("present", "absent") and body.count(" : ") >= 3 \
                    and _CAPS_COLON_CIVILITY.search(body) is not None \
                    and len(_COMMUNE_HEADING.findall(body)) >= 3:
                # « MAREUIL SUR DISSAIS : Messieurs Jean-Pierre HOCQ et Jean-Louis ROULEAU NALLIERS :
                # Madame … »: the delegates commune by commune, each commune in capitals and a colon
                # before its delegates, run into the surname before it (the surname is its first
                # word in capitals, a particle with it): the communes are no names
                body = _COMMUNE_HEADING_FIRST.sub("", _COMMUNE_HEADING.sub(r"\g<name>, ", body))
            if name == "present" and " : " in body and _OFFICE_WORD_HINT.search(body) is not None:
                # « PRESENTS : LEGER JC Adjoints : TAVERNIER JC - DEVANT P … Conseillers : THABUIS M – … »:
                # the present grouped by office, each group headed by its office and a colon (no name)
                body = _OFFICE_HEADING.sub(_office_separator(body), body)
            if name in ("present", "absent") and ("résidents" in body or "permanente" in body):
                body = _GROUP_ROLE.sub(", ", body)
            if name == "present" and "sans voix" in body:
                cut = _NO_VOTE_LINE.search(body)
                body = _without_no_vote_group(body) if cut is None else body[:cut.start()]
            if name == "present" and "partir" in body:
                late = _LATE_LINE.search(body)
                if late is not None:
                    body = body[:late.start()]  # « ⏎A partir de 18h43, Mme X »: a later arrival
            if "\n:" in body or "\n :" in body:
                body = _COLON_AT_LINE_START.sub("\n", body)  # « Anne⏎: MARTIN » (a scan's noise)
            cm = _COUNT_LINE_END.search(body) if ")" in body and _COUNT_HINT.search(body) else None
            if cm is not None:
                # « … Mme Nicole TUAL⏎(27) »: the list's count; the list ends there (what follows
                # is the next list, under a heading that may not be known).
                if name not in seg.bracket_counts:
                    seg.bracket_counts[name] = int(cm.group(1))
                    k = text.find(f"({cm.group(1)})", m.end())  # (the body is cut and mended)
                    seg.bracket_at[name] = k + 1 if k >= 0 else m.end()
                # « Etaient présents : (18)⏎Mme … »: a count alone on the label's line opens the list
                body = body[cm.end():] if not body[:cm.start()].strip() else body[:cm.start()]
            if "*" in body and len(_STAR_AFTER_NAME.findall(body)) >= 2:
                body = _STAR_AFTER_NAME.sub(";", body)  # « M. DURAND* Mme PETIT* »: a star ends each entry
            if "/ " in body or " /" in body:
                body = _slashes_separate(body, name == "proxies")
            if " - " in body or "- " in body or " -" in body:
                if "- M" in body or "– M" in body:
                    body = _DASH_BEFORE_CIVILITY.sub(" – ", body)  # « PULLEUX Sébastien– Madame X »
                body = join_spaced_hyphens(body)  # « BROCA - LANNAUD Marie - Thérèse, PEROTTO Aline »
            if "-" in body or "—" in body or "–" in body or "." in body:
                # « C.FOROT - N.VERDON — H.CHARANCON », « S.MEARY- I.MEJEAN »: a dash with a blank
                # on one side at least separates two names (« Jean-Pierre » has none); so does a
                # line break before an initial (« B.DUBOIS⏎C.BOURRETTE »). « : adjoints » is a role.
                if ";" not in body and "- " in body and len(_SPACED_DASH.findall(body)) > body.count(","):
                    body = _GLUED_DASH.sub(" - ", body)
                if ":" in body:
                    body = _drop_roles(body)
                if _may_separate(body):
                    body = _DASH_SEPARATOR.sub(", ", body)
                if _initial_names(body):
                    # A list of « A.DUPUIS » names (often scanned): « D,FAURE » and « E,.GARNIER »
                    # are « D.FAURE » and « E.GARNIER »; « F.ROUSSEL = G.BLANC », « B.LEROY
                    # C.MOREL » and a line break between two of them separate them too.
                    body = _INITIAL_SEPARATOR.sub(", ", _INITIAL_COMMA.sub(".", body))
            body = drop_prose(unwrap(body))
            if len(body) > MAX_LIST:
                body = _capped(body, m.group(0), seg.warnings)
        elif name == "secretary":
            body = body[: name_extent(body)]
        if name == "proxies" and m.group(0).lower().startswith("mandant"):
            body = m.group(0) + body  # parallel Mandants / Mandataires lists: keep the label
        listed = body
        if name in ("present", "absent", "proxies", "substitutes", "voted_by_proxy") and (
                "ecrétaire" in body or "ECRÉTAIRE" in body or "ecretaire" in body or "ECRETAIRE" in body):
            # (the list read up to a secretary's designation run into it; the section keeps its
            # extent, where the preamble ends)
            listed = _before_secretary_named(body)
        seg.sections.setdefault(name, []).append(listed)
        seg.heads.setdefault(name, []).append(m.group(0))
        seg.bodies.setdefault(name, []).append(m.end())
        if name not in ("counts", "presidency") and (closed is None or m.start() < closed):
            end_of_lists = max(end_of_lists, m.end() + len(body))  # (lists, secretary: the preamble)
    seg.preamble_end = end_of_lists
    starts = [(m.start(), m.lastgroup) for m in heads if m.start() >= seg.preamble_end]
    # « Délibération n°X » then « Rapport n°Y » just below it: one block, not two.
    merged: list[int] = []
    last_kind = None
    for s, kind in starts:
        if merged and kind != last_kind and last_kind == "delib" and s - merged[-1] < 300:
            last_kind = kind
            continue
        merged.append(s)
        last_kind = kind
    if len(merged) == 1 and _REFERENCE_BEFORE.search(text, text.rfind("\n", 0, merged[0]) + 1, merged[0]):
        # « Par Délibération N°DEL 011-02-12 en date du … »: an earlier deliberation named in
        # the prose of minutes, not a heading of this text.
        merged = []
    # The items past the lists: those the annex check read when its bounds are the same (nothing
    # cut at an annex, no list before them), read once.
    known = whole if limit == len(text) and seg.preamble_end == 0 else None

    def body_items() -> list[Item]:
        return known if known is not None else numbered_items(text, 0, limit, seg.preamble_end)

    items = body_items() if not merged else []
    if merged and len(merged) <= 2 and merged[0] - seg.preamble_end > _HEADS_FAR:
        # « 2019-04-25 MODIFICATIONS DE LA DELIBERATION N°2019-03-22 - BAIL DU RESTAURANT » far
        # into minutes whose items are coded (« 2019-04-01 APPROBATION DU COMPTE … »): a head
        # or two deep in the body, after many items, names an earlier deliberation in an item's
        # text; the items are the blocks.
        found = body_items()
        if len(found) >= 3 and found[0].start < merged[0]:
            merged, items = [], found
    if not merged and not items:
        items = list_rows(text, 0, limit)  # a répertoire: one row per deliberation
    if items:
        recap = _RECAP.search(text, items[-1].start, limit)
        # (« LISTE DES DELIBERATIONS » closing minutes repeats the items' headings and their
        # sub-items: none of them is a sub-item of the last item.)
        items = split_votes(text, items, recap.start() if recap else limit, holds_vote)
        # Minutes: one block per numbered item of the body (items.py), not one for the whole.
        seg.items = items
        seg.blocks = [(it.start, items[i + 1].start if i + 1 < len(items) else limit)
                      for i, it in enumerate(items)]
    elif len(merged) <= 1:
        seg.blocks = [(seg.preamble_end, limit)]
    else:
        bounds = [*merged, limit]
        first = (seg.preamble_end, bounds[0])
        seg.blocks = [(bounds[i], bounds[i + 1]) for i in range(len(merged))]
        if _NON_BLANK.search(text, first[0], first[1]):
            seg.blocks[0] = (first[0], seg.blocks[0][1])
    return seg


_NON_BLANK = re.compile(r"\S")
# « Artenay M. GUDIN Pascal, Mme SOUBIEUX Annie ; Baigneaux Mme PEILLON Chantal ; Bougy lez Neuville
# Mme … »: each group of the list, between semicolons, led by its commune's name (no civility in it).
_COMMUNE_LEAD = re.compile(r"(^|;)[ \t\n]*(?!(?:M\.|Mmes?|Mlle|Monsieur|Madame)[ \t\n.])"
                           r"[A-ZÀ-Ý][^;,:()\d]{1,40}?,?[ \t\n]+"
                           r"(?=(?:M\.|Mmes?\.?|Mlle|Monsieur|Madame)[ \t\n])")
# A member body heading its communes in a list of delegates: « Communauté de Communes du Pays X : ».
_BODY_HEADING = re.compile(r"(?:^|(?<=\s))Communauté\s+(?:de\s+[Cc]ommunes|d['’][Aa]gglomération)\b"
                           r"[^:,;\n]{0,60}?[ \t]*:(?:[ \t]*:)?[ \t]*")
_LOST_COMMUNE = re.compile(r"[ \t]*/[ \t]*:[ \t]*")
# A label of a count, a capitalised word and words in lower case before its figure.
_COUNT_LABEL = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?:[ \t]+[a-zà-ÿ]+){1,4}[ \t]*:[ \t]*\d{1,3}\b")
# A side box's count (« Nombre de conseillers élus : 15 ») inside a list, a surname in capitals after it.
_SIDE_COUNT = re.compile(r"Nombre\s+de\s+(?:conseillers|membres|délégués)[^:\n]{0,40}:[ \t]*\d{1,3}[ \t]+"
                         r"(?=[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’-]*[ ,])")
# « MM DURAND et P. ALLARD pour BREHEMONT  Mme REIG pour VALLÈRES, … »: « pour » and a commune's
# name in capitals (two letters at least a word), up to a comma, a doubled blank, a line's end.
_FOR_COMMUNE = re.compile(r"[ \t]+pour[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’]*)*"
                          r"(?=[ \t]*(?:[,;.]|\n|$)|[ \t]{2})")
# After a name and its comma, words in lower case up to the entry's semicolon: what the member
# stands for (« Mme BIR, représentant la métropole ; M. LABOUX, personnalité qualifiée ; »).
_ENTRY_ROLE = re.compile(r",[ \t]*[a-zà-ÿ][^;,:()\n]*?(?:\([^()]*\)[^;,:()\n]*?)?(?=[ \t]*(?:;|$))")
# « Étaient représentés : durant toute la séance : X par Y, … à partir de l'affaire n° 04-20160625 :
# Z par W »: the givings grouped by the part of the sitting they cover, each group headed.
_WHOLE_SITTING = re.compile(r"^\s*(?:durant|pendant)\s+toute\s+la\s+séance\s*:\s*")
_FROM_ITEM_GROUP = re.compile(r"\s*\b(à\s+partir\s+de\s+l['’](?:affaire|question|délibération|point)\s+n°\s*"
                              r"[\w-]+)\s*:\s*")


def _span_groups(body: str) -> str:
    """``body`` with its groups' headings (_WHOLE_SITTING, _FROM_ITEM_GROUP) dropped, each giving
    of a group from an item on given its span in brackets (« Z par W (à partir de l'affaire n° 04) »)."""
    body = _WHOLE_SITTING.sub("", body, count=1)
    parts = _FROM_ITEM_GROUP.split(body)
    out = [parts[0].strip().rstrip(",")]
    for span, group in zip(parts[1::2], parts[2::2], strict=True):
        out.extend(f"{g.strip()} ({span})" for g in group.split(",") if g.strip())
    return "; ".join(p for p in out if p)
# « Mme ANCELLIN pour M. PERARDEL », « M. HANNETEL pour M. ARNOULD Hubert » under « Etaient porteurs
# d'un pouvoir : »: the holder, then the giver; each a civility, a surname and maybe a first name
# (not a word of the text after them: « M. BRIGNOLI Syndicat mixte du … »).
_CIVIL_NAME = (r"(?:M\.|Mme|Monsieur|Madame)\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+"
               r"(?:\s+(?!Mme\b|Madame\b|Monsieur\b)[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?(?![a-zà-ÿ]|\s+[a-zà-ÿ]))?")
_HOLDER_FOR = re.compile(rf"({_CIVIL_NAME})\s+pour\s+({_CIVIL_NAME})")
# « M. René SAPIERRE, délégué titulaire, commune d’Argentières M. Jean-Paul MOSNY, … », « …,
# déléguée suppléante, communauté de communes les Sources de l’Yerres (Courpalay), M. … »: each
# name's mandate and its member commune, up to the next civility or comma (no name in it).
_ROLE_COMMUNE = re.compile(r",[ \t]*délégué(?:e)?[ \t]+(?:titulaire|suppléante?)[ \t]*,[ \t]*"
                           r"(?:commune|communauté)\b[^,\n]*?(?=[ \t]+(?:M\.|Mme|Monsieur|Madame)[ \t]|,|$)")
_HEADS_FAR = 3000  # a « Délibération n° » head this far past the lists may be a reference
# The words that name an earlier deliberation in prose (« Par Délibération N° … », « Vu la »).
_REFERENCE_BEFORE = re.compile(r"(?:\b[Pp]ar|\b[Vv]u|\bla|\bsa|\bcette|\bselon|\bune)[ \t]+\Z")

_TITULARS = re.compile(r"(?:Titulaires?|TITULAIRES?)[ \t]*:")
_PRESENT_LABEL = re.compile(rf"(?:{SECTION_LABELS['present']})\s*$")


def _designation(text: str, start: int) -> bool:
    """Whether the « Suppléants : » heading at ``start`` closes a designation (« Ont été élus
    membres de la commission : Titulaires : … Suppléants : … »): a « Titulaires : » heading
    less than 1 500 characters before it, which is not the first heading of a present list
    (« Étaient présents : Titulaires : … Suppléants : … » is the sitting's)."""
    window = text[max(0, start - 1500):start]
    if "itulaire" not in window and "ITULAIRE" not in window:
        return False
    heads = list(_TITULARS.finditer(window))
    return bool(heads) and _PRESENT_LABEL.search(window, 0, heads[-1].start()) is None

# The inline tags of a web page's text (line breaks and emphasis): no part of the names.
_HTML_TAG = re.compile(r"<(?:br|/?(?:strong|b|i|em|u|span|font|sup|sub))\b[^<>\n]{0,80}?/?>", re.IGNORECASE)
_STAR_AFTER_NAME = re.compile(r"(?<=[\w.)])\*(?=\s|$)")
# « … à Jérôme BURGUIERE Jean-Marc DESJARDIN a été nommé Secrétaire de Séance. »: the secretary's
# designation run into a list (no full stop before it), its subject the two words before the verb
# (three after a civility).
_SECRETARY_NAMED = re.compile(r"[ \t]+(?:a[ \t]+été|est)[ \t]+(?:nommée?|désignée?|élue?)[ \t]+"
                              r"(?:comme[ \t]+|en[ \t]+qualité[ \t]+de[ \t]+)?(?i:secr[ée]taire)")
_CIVILITY_WORDS = frozenset(("M.", "Mr", "Mr.", "Mme", "Mlle", "Monsieur", "Madame", "MM."))


def _before_secretary_named(body: str) -> str:
    """``body`` up to a secretary's designation run into it, if one is (see _SECRETARY_NAMED)."""
    m = _SECRETARY_NAMED.search(body)
    if m is None:
        return body
    words = list(re.finditer(r"\S+", body[:m.start()]))
    take = 3 if len(words) >= 3 and words[-3].group() in _CIVILITY_WORDS else 2
    if len(words) <= take:
        return body
    return body[:words[-take].start()].rstrip()


_TITULARS_OF = re.compile(
    r"(?m:^)[ \t]*(?:Titulaires|TITULAIRES)[ \t]+"
    r"(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|des[ \t]+|du[ \t]+|de[ \t]+|d['’])"
    r"(?:(?!(?:Mme|Monsieur|Madame)\b)[A-ZÀ-Ý][\w'’-]*"
    r"(?:[ \t]+(?:(?!(?:M\.|Mme|Monsieur|Madame)(?:\W|$))[A-ZÀ-Ý][\w'’-]*"
    r"|la|le|les|sur|sous|en|de|du|des))*)?[ \t]*"
    r"(?=M\.|Mme\b|Monsieur\b|Madame\b|(?m:$))")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")


_COUNT_LINE_END = re.compile(r"[ \t]*\n?[ \t]*\((\d{1,3})\)[ \t]*[.,;]?[ \t]*$", re.MULTILINE)
# (OCR: « N.GALIANA = M.DENISE », a dash read as « = ». Not a hyphen after a first name, cut by a
# line break: « Marie- REYMOND », « François- Xavier ».)
_DASH_SEPARATOR = re.compile(r"(?<=[\w.)])(?:[ \t]+[-—–=]{1,2}[ \t]*|(?<![a-zà-ÿ])[-—–]{1,2}[ \t]+)"
                             r"(?=[A-ZÀ-Ý(])"
                             r"|(?<=[A-ZÀ-Ý]{2})[ \t]*\n[ \t]*(?=[A-ZÀ-Ý]\.[ \t]?[A-ZÀ-Ý]{2})")
# What every match of _COUNT_LINE_END holds, led by a literal re skips to (the pattern itself
# starts with optional blanks: re would try it at every place of a long list).
_COUNT_HINT = re.compile(r"\(\d{1,3}\)")
# Every match of _DASH_SEPARATOR's second branch holds this, led by the line break.
_NL_INITIAL = re.compile(r"\n[ \t]*[A-ZÀ-Ý]\.[ \t]?[A-ZÀ-Ý]{2}")


def _may_separate(body: str) -> bool:
    """Whether _DASH_SEPARATOR can match in ``body`` (it starts with a look-behind: re tries
    it at every place, a cost on every list; what each branch needs is found at C speed): a
    dash with a blank before or after it, or a line break before an initial « B.DUBOIS »."""
    for d in "-—–=":
        if d in body:
            if " " + d in body or "\t" + d in body:
                return True
            if d != "=" and (d + " " in body or d + "\t" in body):
                return True
    return "\n" in body and _NL_INITIAL.search(body) is not None


# In a list that dashes separate (« PICHOUX Patrick – BUAN Jean-Marc - NOURRISSON Isabelle-
# GLOAGUEN Frédérik »), a dash glued to a first name before a surname in capitals separates too
# (« Jean- Pierre », a cut hyphen, stays; so does « Marie- REYMOND » in a list of « ; »).
_GLUED_DASH = re.compile(r"(?<=[a-zà-ÿ])[-—–][ \t]+(?=[A-ZÀ-Ý]{2,}[\s,])")
_SPACED_DASH = re.compile(r"\s[-—–]\s")
_CIVILITY_AFTER = r"(?=(?:Madame|Monsieur|Messieurs|Mesdames|M\.|Mme|MM\.|Mmes)[ \t])"
_COMMUNE_HEADING = re.compile(
    r"(?<=[a-zà-ÿ][ \t])(?<!\bde[ \t])(?<!\bdu[ \t])(?<!\bdes[ \t])(?<!\bla[ \t])(?<!\ble[ \t])"
    r"(?P<name>(?:(?:LE|LA|DE|DU|DES|D'|D’)[ \t]+)?[A-ZÀ-Ý][A-ZÀ-Ý'’-]+)"
    r"(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’ -]*?)?[ \t]*:[ \t]*" + _CIVILITY_AFTER)
_COMMUNE_HEADING_FIRST = re.compile(r"^[ \t\n]*[A-ZÀ-Ý][A-ZÀ-Ý'’ -]*?[ \t]*:[ \t]*" + _CIVILITY_AFTER)
_DELEGATE_OF = re.compile(
    r"[ \t]*,?[ \t]*(?:délégué|déléguée|délégués|déléguées|conseillers|conseillères)"
    r"(?:[ \t]+(?:titulaire|suppléant)e?s?)?[ \t]+(?:de|du|des|d['’])[ \t]*\n?[ \t]*[^,;\n()]*?"
    r"(?=[ \t]*(?:[,;\n]|$)|[ \t]+(?:M\.|Mme|MM\.|Mmes|Mlle|Monsieur|Madame)[ \t])")
_CAPS_COLON_CIVILITY = re.compile(r"[A-ZÀ-Ý]{2}[ \t]*:[ \t]+"
                                  r"(?:Madame|Monsieur|Messieurs|Mesdames|M\.|Mme|MM\.|Mmes)[ \t]")
_RUNNING_HEAD_HINT = re.compile(r"(?:onseil|ONSEIL|éance|ÉANCE|EANCE|éunion|ÉUNION|EUNION)[ \t]+"
                                r"(?:[A-Za-zÀ-ÿ]+[ \t]+)?(?:du|DU)[ \t]")
_DELEGATE_OF_HINT = re.compile(r"(?:élégué|onseill)[a-zèé]*[ \t]+(?:de|du|des|d['’])")
# (the office right before a colon, as _OFFICE_HEADING needs it: « Adjoints : », « CONSEILLERS : »)
_OFFICE_WORD_HINT = re.compile(r"(?i:aire|ointe?s?|oint\(e\)s?|ill(?:er|ère)(?:\(e\))?s?|icipa(?:l|ux)"
                               r"|égué(?:e|\(e\))?s?)[ \t]*:")
_RUNNING_HEAD = re.compile(
    r"[ \t\n]+(?:Conseil|CONSEIL|Séance|SÉANCE|SEANCE|Réunion|RÉUNION|REUNION)[ \t]+(?:[A-Za-zÀ-ÿ]+[ \t]+)?"
    r"(?:du|DU)[ \t]+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|LUNDI|MARDI|MERCREDI|JEUDI"
    r"|VENDREDI|SAMEDI|DIMANCHE)[ \t]+)?\d{1,2}(?:er)?[ \t]+[A-Za-zÀ-ÿ]+[ \t]+\d{4}\b")
_OFFICE_HEADING = re.compile(
    r"[ \t]+(?:Maire|Adjoint(?:e|\(e\))?s?(?:[ \t]+au[ \t]+[Mm]aire)?|Conseill(?:er|ère)(?:\(e\))?s?"
    r"(?:[ \t]+[Mm]unicipa(?:l|ux)(?:\(ales\))?|[ \t]+[Dd]élégué(?:e|\(e\))?s?)?)[ \t]*:[ \t]*(?=[A-ZÀ-Ý])")


def _office_separator(body: str) -> str:
    """The separator of a list's entries, to replace its offices' headings: « - » when dashes
    separate more entries than commas, else « , »."""
    return " - " if body.count(" - ") + body.count(" – ") > body.count(",") else ", "


# « X représenté par son suppléant DURAND Paul GARNIER Alain (…) »: the line break after the
# substitute's « NOM Prénom » lost, the next entry begins at the next surname in capitals.
_SUBSTITUTE_THEN_NAME = re.compile(r"(\bpar\s+(?:son|sa)\s+suppl[ée]+ante?\s+[A-ZÀ-Ý][A-ZÀ-Ý'-]+"
                                   r"(?:\s[A-ZÀ-Ý]{2,})?\s+[A-ZÀ-Ý][a-zà-ÿ'-]+)\s+(?=[A-ZÀ-Ý][A-ZÀ-Ý'-]+\s)")
# A giving run into the one before it, without a separator: the next giver's civility follows
# the last holder's name (« … à Mme Menhaouara Mme Gars ayant donné pouvoir à … »).
# (« … à M. JOUSSEAUME M. YVE (COMBRIT) à M. LE DOARE »: a giver with his commune in brackets)
# The space before the next giver: a civility and one or two words (shared by both forms).
_NEXT_GIVER = r"(?<=[\w.])[ \t]+(?=(?:M\.|Mme|Mr|Monsieur|Madame)[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+)?[ \t]+"
_CHAINED_GIVING = re.compile(_NEXT_GIVER + r"(?:(?:ayant|a)[ \t]+donné[ \t]+(?:pouvoir|procuration)"
                             r"|\([^()\n]{2,40}\)[ \t]+à[ \t]))")
_CHAINED_TO = re.compile(_NEXT_GIVER + r"à[ \t])")
# A giver's commune written out before the giving (« X de la commune de Lacombe à Y »).
_GIVER_COMMUNE = re.compile(r"[ \t]+de[ \t]+la[ \t]+commune[ \t]+de[ \t]+[^\n;,]{2,40}?(?=[ \t]+à[ \t])")
# The numbers of a numbered list of proxies written on one line (« 1- Mme X … 2- M. Y »).
_NUMBERED_MARK = re.compile(r"(?:^|(?<=\s))\d{1,2}-[ \t]+(?=M\.|Mme\b|Monsieur|Madame|Mademoiselle)")
# The label after a group of the present list that says it does not vote, and the end of the
# label of the group before it (« A, B, Conseiller(e)s Titulaires ; C, Conseiller(e)s
# suppléant(e)s⏎D, E, Conseiller(e)s suppléant(e)s sans voix délibérative »).
_NO_VOTE_LABEL = re.compile(r"(?:Conseill\w*(?:\(e\))?s?\s+)?suppl\S*\s+sans\s+voix\s+délibérative")
_GROUP_LABEL_END = re.compile(r"suppléant\(e\)s|suppléante?s?\b|[Tt]itulaires?\b|;")


# « …, membres de la Commission permanente⏎Assistent sans voix délibératives⏎Madame X, … »: a line
# that opens the people attending without a vote (not members present): the list ends there.
_NO_VOTE_LINE = re.compile(r"\n[ \t]*Assist(?:ent|aient)[ \t]+sans[ \t]+voix[ \t]+délibératives?"
                           r"[ \t]*:?[ \t]*\n")


# « …, François DUMON, Vices présidents⏎Madame Mélanie FORTIER, …, membres de la Commission
# permanente »: the office of the group of names before it, ending its line (no name).
_GROUP_ROLE = re.compile(r",[ \t]*(?:Vices?[- ][Pp]résident(?:e|\(e\))?s|[Mm]embres[ \t]+de[ \t]+la[ \t]+"
                         r"[Cc]ommission[ \t]+permanente)[ \t]*(?=\n|$)")


def _without_no_vote_group(body: str) -> str:
    """The present list without the group printed « sans voix délibérative » (substitutes
    sitting beside their titulars: present, not members voting)."""
    m = _NO_VOTE_LABEL.search(body)
    if m is None:
        return body
    start = 0
    for g in _GROUP_LABEL_END.finditer(body, 0, m.start()):
        start = g.end()
    return body[:start] + body[m.end():] if start else body


# A line of the present list that names who came later: the list of the opening ends before it.
_LATE_LINE = re.compile(r"\n[ \t]*[AÀ][ \t]+partir[ \t]+de[ \t]+\d{1,2}[ \t]?[hH:]")
_COLON_AT_LINE_START = re.compile(r"\n[ \t]*:[ \t]*(?=[A-ZÀ-Ý]{2})")
# « A.DUPUIS », « D,FAURE »: led by its point or comma (fewer in a list than capitals),
# which re skips to, the initial looked at behind it.
# (« J.CL. », two initials of « Jean-Claude » after a surname, is no « A.DUPUIS »)
_INITIAL_NAME = re.compile(r"[.,](?<=[A-ZÀ-Ý|][.,])(?<![\w.][A-ZÀ-Ý|][.,])[.,]?[ \t]?[A-ZÀ-Ý]{2}(?!\.)")
# The same led by its point, or by its comma: each a literal re skips to at C speed (a class
# of first characters is tried character by character).
_INITIAL_NAME_LED = tuple(re.compile(c + _INITIAL_NAME.pattern[4:]) for c in (r"\.", ","))
_INITIAL_COMMA = re.compile(r"(?<=(?<![\w.])[A-ZÀ-Ý]),\.?(?=[A-ZÀ-Ý]{2})")
_INITIAL_SEPARATOR = re.compile(
    r"(?<=[A-ZÀ-Ý)]{2})(?:[ \t]*=[ \t]*|[ \t]+|[ \t]*\n\s*)(?=[A-ZÀ-Ý|]\.[ \t]?[A-ZÀ-Ý]{2}(?!\.))"
    # (« R. LE⏎BARON »: a particle ending the line goes on with its surname on the next one)
    r"|(?<=[A-ZÀ-Ý]{2})(?<![\s.](?:LE|LA|DE|DU))(?<![\s.](?:DES|VAN|DEL))[ \t]*\n[ \t]*(?=[A-ZÀ-Ý]{3})"
    r"|(?<=\))(?:[ \t]*\n\s*|[ \t]+)(?=[A-ZÀ-Ý|]\.[ \t]?[A-ZÀ-Ý]{2})")
_ROLE_AFTER = re.compile(r"[ \t]*:[ \t]*(?:adjoints?|conseill[eè]re?s?(?:[ \t]+municipaux)?|maire)\b")
# The same from its colon, which re skips to (the blanks before it are taken back by hand).
_ROLE_AFTER_COLON = re.compile(r":[ \t]*(?:adjoints?|conseill[eè]re?s?(?:[ \t]+municipaux)?|maire)\b")


def _drop_roles(body: str) -> str:
    """``_ROLE_AFTER.sub("", body)``: each role found from its colon, then the blanks before
    the colon dropped with it (a pattern led by blanks is tried at every place)."""
    out, last = [], 0
    for m in _ROLE_AFTER_COLON.finditer(body):
        start = m.start()
        while start > last and body[start - 1] in " \t":
            start -= 1
        out.append(body[last:start])
        last = m.end()
    if not out:
        return body
    out.append(body[last:])
    return "".join(out)
# The longest list read: the largest French assemblies seat about 240 members (métropole
# d'Aix-Marseille-Provence), some sixty characters each with civility and brackets. A longer
# « list » is not one (a text pasted twice, a runaway section); reading it whole would cost
# time in proportion to its names for nothing: its beginning is read, and the cut is said.
MAX_LIST = 12_000
# The most lists of one kind read (minutes repeat « Présents : » at items where members come
# and go; hundreds of them is not a document, and each costs a list's reading).
MAX_SECTIONS = 40


def _capped(body: str, label: str, warnings: list[str]) -> str:
    """The first MAX_LIST characters of a list, cut after a separator, with a warning."""
    cut = max(body.rfind(c, 0, MAX_LIST) for c in ",;\n")
    cut = cut if cut > 0 else MAX_LIST
    warnings.append(f"liste « {' '.join(label.split())} » anormalement longue ({len(body):,} caractères) : "
                    f"seuls ses {cut:,} premiers caractères sont lus".replace(",", " "))
    return body[:cut]


_NAME_FL = re.compile(
    r"\s*(?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?:[A-ZÀ-Ý][\w'-]*\s+){0,3}?"
    r"(?:(?:de|du|le|la)\s+)?[A-ZÀ-Ý]{2}[A-ZÀ-Ý'-]*(?:\s+[A-ZÀ-Ý]{2}[A-ZÀ-Ý'-]*)*"
)
_NAME_ANY = re.compile(r"\s*(?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?:[A-ZÀ-Ý][\w'-]*\s*){1,3}")


def name_extent(body: str) -> int:
    """Length of the name at the start of ``body`` (``M. Denis JACQUIN``), or of its first line."""
    m = _NAME_FL.match(body) or _NAME_ANY.match(body)
    if m:
        return m.end()
    nl = body.find("\n", 1)
    return nl if 0 < nl < 120 else min(len(body), 120)


def _labels(text: str, low: str, limit: int, first: int | None) -> list[re.Match[str]]:
    """Section labels; only before the first deliberation heading when the lists are there.

    Scanning long bodies for labels is the costliest step of the reader, and lists come
    before the deliberation in every layout seen; when they do not, the whole text is read.
    ``low`` is ``text`` in lower case (see :func:`_label_matches`).
    """
    if first is not None:
        early = _label_matches(text, low, first)
        lists = [m for m in early if m.lastgroup in ("present", "absent")]
        if lists:
            copies = {m.start() for m in lists if _copied_after(text, m, first)}
            if len(copies) < len(lists):
                return early
            # « Est absente et excusée : Mme X. Le quorum étant atteint, … » at the top of a page,
            # then again after « Sont présents : … » below the first deliberation's heading: the
            # page's title copying a sentence of the record; the lists are below it.
            return [m for m in _label_matches(text, low, limit) if m.start() not in copies]
    return _label_matches(text, low, limit)


def _copied_after(text: str, label: re.Match[str], start: int) -> bool:
    """Whether the label and the 20 characters after it are printed again after ``start``."""
    piece = text[label.start():label.end() + 20]
    return len(piece) >= len(label.group(0)) + 20 and text.find(piece, start) >= 0


# A part of a word every label holds, in lower case, and how far the label starts before it:
# « taient » for « étaient » and « etaient », « pr » for « présent(s) », « presents »,
# « présiden(ce|t) » and « procuration(s) » (fewer scans of the text, hardly more places),
# « assisté » after « Ont » and blanks, and so on.
_LABEL_WORDS = (("taient", 1), ("membres", 0), ("conseiller", 0), ("sont présent", 0), ("sont excus", 0),
                ("sont absent", 0), ("est absent", 0), ("est excus", 0), ("pr", 0),
                ("absent", 0), ("excus", 0), ("pouvoir", 0), ("délégation", 0), ("mandant", 0),
                ("secrétaire", 0), ("secretaire", 0), ("nombre", 0), ("titulaires", 0), ("suppleant", 0),
                ("votants", 0), ("suppléant", 0), ("sous", 0), ("personne", 0), ("invité", 0),
                ("auditeur", 0), ("délégués", 0), ("ainsi que :", 0), ("ainsi que:", 0), ("représenté", 0),
                ("represente", 0), ("délégué leur", 4), ("assistai", 0), ("tait", 1), ("s'étai", 0),
                ("s’étai", 0), ("avaient donne", 0), ("avait donne", 0), ("ont donne", 0),
                ("régulièrement", 0), ("élu", 0), ("elu(e)s", 0))
# (« donné » after « Ont », « Avait », « Avaient »)
_LABEL_SECOND_WORDS = (("assisté", 3), ("donné", 3), ("donné", 5), ("donné", 7), ("remis", 3), ("remis", 5),
                       ("remis", 7), ("exercice", 2),
                       ("quorum", 2), ("secrétaire", 2))


def _label_matches(text: str, low: str, end: int) -> list[re.Match[str]]:
    """``list(_LABEL.finditer(text, 0, end))``, tried only where a label can start.

    _LABEL, led by a lookahead, is tried by re at every position of the text; here the
    words of the labels are found in ``low`` (``text`` in lower case, same offsets) by
    ``str.find``, and _LABEL is matched at the places they give only, left to right.
    """
    if len(low) != len(text):
        return list(_LABEL.finditer(text, 0, end))
    starts = []
    for w, back in _LABEL_WORDS:
        i = low.find(w, 0, end)
        while i >= 0:
            starts.append(i - back)
            i = low.find(w, i + 1, end)
    for w, back in _LABEL_SECOND_WORDS:
        i = low.find(w, 0, end)
        while i >= 0:
            starts.append(blanks_before(text, i) - back)
            i = low.find(w, i + 1, end)
    out: list[re.Match[str]] = []
    last = 0
    for s in sorted(starts):
        if s >= last:
            m = _LABEL.match(text, s, end)
            if m is not None:
                out.append(m)
                last = m.end()
    return out


_HYPHEN_EOL = re.compile(r"(?<=\w)-[ \t]*\n\s*(?=\w)")  # « Anne-⏎Sophie »
# « Monsieur Ro-⏎main RIBEIRO », « Ma-⏎dame Hélène »: a word cut by the page's hyphenation (the
# next line goes on in lower case), joined without its hyphen.
_HYPHENATED_EOL = re.compile(r"(?<=[A-Za-zÀ-ÿ])-[ \t]*\n[ \t]*(?=[a-zà-ÿ])")
_CONTINUED = re.compile(
    r"[ \t]*\n[ \t]*(?=[a-zà-ÿ(])|(?:(?<=\sà)|(?<=\spar)|(?<=\sde)|(?<=\sdu))[ \t]*\n[ \t]*")

# A name of a list that commas separate, cut by the line's end: its first name, or its first
# name and a surname ending in a particle, after the line's last comma (« …, Sarah⏎DUPUIS, … »,
# « …, Anne VAN DER⏎BERG, … »), and on the next line the surname alone before a comma, a
# bracket or the line's end — not a line « NOM Prénom » of a list of one name a line.
_WRAPPED_NAME = re.compile(
    r"(,[ \t]*(?!(?:Maire|Adjointe?|Conseill|Présidente?|Délégué)\b)"
    r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
    r"(?:(?: [A-ZÀ-Ý]{2,})* (?:DE|DU|DES|LE|LA|VAN|VON|DER|DEN|DI|DA))?)"
    r"[ \t]*\n[ \t]*(?=[A-ZÀ-Ý][A-ZÀ-Ý'-]+(?:[ \t]*[,(]|[ \t]*\n|[ \t]*$))")
_HYPHEN_HINT = re.compile(r"-[ \t]*\n")
_CONTINUED_HINT = re.compile(r"\n[ \t]*[a-zà-ÿ(]")
_CONTINUED_AFTER = re.compile(r"(?:à|par|de|du)[ \t]*\n")
_CONTINUED_WORDS = ("à", "par", "de", "du")


def _continued_after(body: str) -> bool:
    """``_CONTINUED_AFTER.search(body) is not None``, looked for from each line break (a list
    has few of them, where re would try each « à », « p », « d » of the text)."""
    i = body.find("\n")
    while i >= 0:
        j = i
        while j > 0 and body[j - 1] in " \t":
            j -= 1
        if body.endswith(_CONTINUED_WORDS, 0, j):
            return True
        i = body.find("\n", i + 1)
    return False


# « M Paul ROUX / Mme Anne BLANC / … »: a slash with a blank beside it (not « Absent(s/es) », a
# date) between two names separates the entries of a list printed without commas.
# (« Commune de X : / »: a slash alone for no one is no separator)
_SLASH = re.compile(r"(?<=[\w.)])(?:[ \t]*/[ \t]+|[ \t]+/[ \t]*)(?=[A-ZÀ-Ý])")


def _slashes_separate(body: str, proxies: bool) -> str:
    """``body`` with its slashes turned into separators if they separate its entries (more than
    its commas; two at least in a list of names, one between two givings « X à Y / Z à W »)."""
    found = len(_SLASH.findall(body))
    if found > body.count(",") and (found >= 2 or proxies):
        return _SLASH.sub("; " if proxies else ", ", body)
    return body


def unwrap(body: str) -> str:
    """Join the lines of a list wrapped by the page (a PDF's text layer breaks names).

    A list whose entries are separated by commas has its line breaks inside names, not
    between entries: they become spaces. A list of one name a line is left alone.
    """
    if "\n" not in body:
        return body  # one line: nothing to join
    # A line that goes on in lower case or with a bracket continues the one before it.
    # (The hints find by their first character what each substitution needs.)
    if _HYPHEN_HINT.search(body):
        body = _HYPHEN_EOL.sub("-", _HYPHENATED_EOL.sub("", body))
    if _CONTINUED_HINT.search(body) or _continued_after(body):
        body = _CONTINUED.sub(" ", body)
    if "," in body:
        body = _WRAPPED_NAME.sub(r"\1 ", body)
    lines = body.strip().count("\n")
    # Entries separated by commas, semicolons or dashes (« Paul LE BIHAN – Françoise LE MEN »).
    if lines and body.count(",") + body.count(";") + body.count(" – ") + body.count(" - ") >= lines:
        if "." in body:  # « … LEVEQUE Anne.⏎⏎GUERINOT Denis … »: a full stop ends an entry
            body = _ENTRY_END.sub(", ", body)
        return body.replace("\n", " ")
    return body


_BLANK_LINE = re.compile(r"\n\s*\n")
# A full stop after a word (not « M. », an initial) at a line's end, and the line break.
_ENTRY_END = re.compile(r"(?<=[a-zà-ÿA-ZÀ-Ý]{2})\.[ \t]*\n\s*(?=\S)")


# « Étaient présents :⏎⏎Titulaires :⏎⏎Mme Anne … »: a sub-heading alone in its paragraph;
# « Étaient présents (17)⏎⏎BERRIEN : Hubert LE LANN, … »: the list's count alone on the label's line.
# « ETAIENT PRESENTS : Mmes et MM.⏎⏎Jean-Félix ACQUAVIVA, … »: the group addressed alone on the label's line.
_SUBHEADING = re.compile(r"[ \t]*(?:(?:Titulaires?|TITULAIRES?|Délégués(?:\s+titulaires)?"
                         r"|Membres\s+titulaires)[ \t]*:|[(\[]\d{1,3}[)\]][ \t]*:?"
                         r"|(?:Mmes|Mesdames)\s+et\s+(?:MM\.?|Messieurs)[ \t]*:?)[ \t]*\n\s*\n")


_EXCEPTION_OPENS = re.compile(r"\bà\s+l['’]exception\s+d(?:e|u|es)\s*:\s*$")


_DASH_BEFORE_CIVILITY = re.compile(r"(?<=\w)[–-][ \t]+(?=(?:M\.|Mme|Monsieur|Madame|MM\.|Mmes)[ \t])")


# A list's full stop at its line's end, then the page's number alone on its line: the list ended there.
_FOLIO_AFTER_LIST = re.compile(r"\.[ \t]*\n[ \t]*\d{1,3}[ \t]*\n")


def _closed_brackets(body: str) -> str:
    """A bracket left open before the next one closed at the comma before it: « Mme BEGON (porteur
    d'un pouvoir de Mme RICHARD, M. CORBON (porteur … ) » (a list's brackets hold no bracket; a
    few left open only, and only at a comma)."""
    out: list[str] = []
    pos = 0
    opened = -1
    for i, c in enumerate(body):
        if c == ")":
            opened = -1
        elif c == "(":
            if opened >= 0:
                comma = body.rfind(",", opened, i)
                if comma > opened:
                    out += (body[pos:comma], ")")
                    pos = comma
            opened = i
    return "".join(out) + body[pos:]  # (the last one left open: the text's end may have cut it)


def _cut_paragraph(body: str, present: bool = False) -> str:
    """A list ends at a blank line followed by something else (a new paragraph).

    A sub-heading (« Titulaires : ») alone in its paragraph does not end it. ``present``: the
    list is of the present (a paragraph of givings after it is not theirs).
    """
    stripped = body.strip("\n")
    if "\n" not in stripped:
        return body
    sub = _SUBHEADING.match(stripped)
    count = ""
    if sub is not None:
        if sub.group(0).lstrip()[:1] in "([":
            count = sub.group(0).strip().rstrip(":") + "\n"  # (kept: the list's count, read below)
        stripped = stripped[sub.end():]
    m = _BLANK_LINE.search(stripped)
    if m is not None and "\n" not in stripped[:m.start()].strip() \
            and _EXCEPTION_OPENS.search(stripped, 0, m.start()):
        # « Tous les Conseillers Municipaux, à l'exception de :⏎⏎X procuration à Y⏎… »: the line
        # announces what follows the blank line
        m = _BLANK_LINE.search(stripped, m.end())
    went_on = False
    groups: list[tuple[int, int]] = []  # blank lines (and group headings) that separate two entries
    headed = False
    while m is not None:
        how = _same_list(stripped[: m.start()], stripped[m.end():], present)
        if how is None:
            break
        # « A.DUPUIS - B.LEROY : adjoints⏎⏎H.CLEMENT — J.MERCIER »: one list in two paragraphs
        went_on = True
        if how.separates:
            groups.append((m.start(), m.end() + how.heading))
            headed = headed or how.heading > 0
        m = _BLANK_LINE.search(stripped, m.end())
    if went_on and ("ECR" in stripped or "écr" in stripped):
        end = m.start() if m else len(stripped)
        head = _SECRETARY_HEAD.search(stripped, 0, end)
        if head is not None:  # the list went on up to « SECRETAIRE DE SEANCE : » on its last line
            return count + stripped[: head.start()]
    if groups:  # (their places are in ``stripped``)
        return count + _separated(stripped[: m.start()] if m else stripped, groups, headed)
    return count + (stripped[: m.start()] if m else (stripped if sub is not None else body))


def _separated(body: str, groups: list[tuple[int, int]], headed: bool) -> str:
    """``body`` with each of ``groups`` (a blank line, the heading of a group after it) made a
    « ; », and, when the groups are headed, the heading of the first one dropped."""
    first = _GROUP_HEAD.match(body) if headed else None
    pos = first.end() if first is not None else 0
    out = []
    for a, b in groups:
        out.append(body[pos:a])
        pos = b
    out.append(body[pos:])
    return " ;\n".join(out)


def _initial_names(text: str) -> bool:
    """Whether ``text`` holds two « A.DUPUIS » names or more."""
    m = _initial_name(text, 0)
    return m is not None and _initial_name(text, m.end()) is not None


def _initial_name(text: str, pos: int) -> re.Match[str] | None:
    """``_INITIAL_NAME.search(text, pos)``: the earlier of its point-led and comma-led searches."""
    dot, comma = (rx.search(text, pos) for rx in _INITIAL_NAME_LED)
    if dot is None or (comma is not None and comma.start() < dot.start()):
        return comma
    return dot


_GIVING_IN_LINE = re.compile(r"(?:donné|donne)\s+(?:un\s+)?(?:pouvoir|procuration)|procuration\s+à\b")


def _same_list(before: str, after: str, present: bool = False) -> Continued | None:
    """Whether the paragraph after a blank line goes on with the list before it: a list of
    « A.DUPUIS » names (both paragraphs hold two of them or more, the next one has no heading
    of its own), or a name cut by a page (« …, Anne MARTIN, Paul⏎⏎DURAND et … »); groups of
    names by office, by column or under headings of their own (the blank line then separates
    two entries). None when it does not."""
    line = after.split("\n", 1)[0]
    if present and ("donn" in line or "rocuration" in line) and _GIVING_IN_LINE.search(line) is not None \
            and not before.rstrip().endswith((",", " et")) \
            and _GIVING_IN_LINE.search(before.rstrip().rsplit("\n", 1)[-1]) is None:
        # « …, Mme DELMAR-MILLECAMPS Ghislaine.⏎⏎M. MEAUZOONE Serge, absent ayant donné pouvoir à
        # Mme … »: the givings, after the present list, are none of its names
        return None
    if _names_go_on(before, line):
        return _JOINED
    if before.endswith("-") and before[-2:-1].isupper() and _SURNAME_FIRST.match(after) is not None:
        return _JOINED  # « …, Mme Elisabeth ROBERT-⏎⏎DEHAULT, Mme Yvette … »: a surname cut at its hyphen
    last = before.rstrip().rsplit("\n", 1)[-1]
    if _OFFICE_END.search(last) is not None and _names_only(line):
        return _SEPARATED  # « A, B, Adjoints⏎⏎C, D, Conseillers Municipaux. »: a list grouped by office
    if _OFFICE_END.search(last) is not None and (group := _GROUP_THEN_NAME.match(line)) is not None:
        # « … Madame X Valérie ADJOINTS⏎⏎Mesdames et Messieurs – GILLAIN Régine – … »: the next
        # office's group, headed by its civilities
        return Continued(True, group.end() - 1)
    if _one_name_lines(last, after):
        return _SEPARATED  # « Anne PETIT⏎Paul RUE⏎⏎Eve ROUX⏎Marc NOIR »: a column of names, then another
    sub_before, sub_after = _GROUP_HEAD.match(last), _GROUP_HEAD.match(line)
    if sub_before is not None and sub_after is not None and _names_only(last[sub_before.end():]) \
            and _names_only(line[sub_after.end():]):
        return Continued(True, sub_after.end())  # « Pour la majorité : A - B⏎⏎Pour l'opposition : C »
    if _SURNAME_FIRST_RUN.fullmatch(last) is not None and _SURNAME_FIRST_RUN.fullmatch(line) is not None:
        return _SEPARATED  # « … TOMAS José⏎⏎RUSTERHOLTZ Fleur HAUDRECHY … »: rows of a table
    if ":" in line.replace(": adjoint", "").replace(": procuration", "").replace(": pouvoir", ""):
        return None
    if _initial_names(line) and _initial_names(before):
        return _JOINED
    if before.rstrip().endswith(";") and _GROUP_THEN_NAME.match(line):
        # « Étaient présents : M. RIVIÈRE Paul, Maire ;⏎⏎Mesdames DUMAS Anne, … »: the list goes on
        return _JOINED
    if before.count(",") >= 2 and _CUT_NAME.search(before) is not None \
            and _SURNAME_FIRST.match(after) is not None:
        return _JOINED
    if "," in last and _last_names_alike(last, after):
        return _SEPARATED
    return None


# A name of « Prénom Nom » written in lower case but the initials (« Gaël Marandin »).
_TITLE_NAME = re.compile(r"[ \t]*[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?[ \t]+"
                         r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:[- ][A-ZÀ-Ý][a-zà-ÿ'’]+)?[ \t]*")


def _last_names_alike(last: str, after: str) -> bool:
    """Whether ``after``, the last paragraph before the next heading, is a line of names of the
    shape of every name of the list's last line (« Anne Petit, Paul Rue, Eve Roux⏎⏎Marc Noir⏎⏎
    Excusés : »): the list's end, a line break doubled, not a paragraph of its own."""
    rest = after.strip()
    if not rest or "\n" in rest:
        return False
    for rx in (_TITLE_NAME, _NAME_LINE):
        if all(rx.fullmatch(e) for e in last.rstrip(" \t,.").split(",")) \
                and all(rx.fullmatch(e) for e in rest.rstrip(" \t,.").split(",")):
            return True
    return False


# A row of names « NOM Prénom » and nothing else, two at least (« FOND Pierre MORANGE Pierre »).
_SURNAME_FIRST_RUN = re.compile(r"[ \t]*(?:(?:DE |DU |LE |LA )?[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’-]*[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+"
                                r"(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?[ \t]*){2,}")


@dataclass(frozen=True, slots=True)
class Continued:
    """How a list goes on after a blank line: whether the blank line separates two entries,
    and the length of the group heading after it (dropped)."""

    separates: bool
    heading: int = 0


_JOINED = Continued(False)
_SEPARATED = Continued(True)


# A line of a list ending with the office of the names before it (« …, Jean RUE, Adjoints »).
_OFFICE_END = re.compile(r"\w[ \t]*,?[ \t]+(?:Maire|Adjointe?s?|ADJOINTE?S|Conseill(?:er|ère)s?(?:\(e\)s?)?"
                         r"(?:[ \t]+[Mm]unicipa(?:l|ux|les?)|[ \t]+[Cc]ommunautaires?)?)[ \t]*[.,;]?[ \t]*$")
# One name alone on its line: « Anne PETIT », « PETIT Anne », « MM Jean Paul RUE ».
_NAME_LINE = re.compile(r"[ \t]*(?:(?:M\.|Mme|MM\.?|Mmes|Monsieur|Madame)[ \t]+)?"
                        r"(?:[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?[ \t]+){1,2}"
                        r"[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’-]*(?:[ \t]+[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’-]*)?[ \t]*"
                        r"|[ \t]*[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’-]*(?:[ \t]+[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’-]*)?"
                        r"(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?){1,2}[ \t]*")
# A group's heading before its names, on the same line (« Pour la majorité : »).
# (« Délégués de la Communauté de Communes du Sud Sarthe : Mmes GEORGET, … »: a longer heading)
_GROUP_HEAD = re.compile(r"[ \t]*(?:[A-ZÀ-Ý][^:\n]{0,40}?|Délégués[ \t]+d[eu][^:\n]{0,70}?)"
                         r"[ \t]*:[ \t]*(?=\S)")


def _one_name_lines(last: str, after: str) -> bool:
    """Whether the list before a blank line ends with a name alone on its line and the paragraph
    after it starts with two lines of one name each (a column of names cut into paragraphs)."""
    if _NAME_LINE.fullmatch(last) is None:
        return False
    lines = after.split("\n", 2)
    return len(lines) >= 2 and all(_NAME_LINE.fullmatch(ln) is not None for ln in lines[:2])


# A paragraph that opens with a group civility and a name (« Mesdames DUMAS Anne, … »).
# (« Mesdames et Messieurs – GILLAIN Régine – … »: a dash after the group)
_GROUP_THEN_NAME = re.compile(r"[ \t]*(?:Mesdames|Messieurs|Mmes|MM\.)[ \t]+(?:et[ \t]+\w+[ \t]+)?"
                              r"(?:[–-][ \t]+)?[A-ZÀ-Ý]")
# A PDF's text layer often puts a blank line after every line: a list goes on after one when
# the next line is names alone and the list before it was cut inside an entry (« …, M.⏎⏎
# MARTIN Louis »), after a comma, or under a heading of its own (« Mesdames et Messieurs les
# Conseillers Municipaux :⏎⏎- Anne PETIT, … »), or when both lines start with a civility
# (« Mme Anne PETIT M. Paul RUE⏎⏎Mme Eve ROUX »).
_CIVILITY_START = re.compile(r"[ \t•*·-]*(?:M\.|Mme|Mlle|Monsieur|Madame)[ \t]+[A-ZÀ-Ý]")
_GROUP_HEADING = re.compile(r"[ \t•*·-]*(?:Mesdames|Messieurs|Mmes|MM\.?)[ \t]*:[ \t]*")
_CIVILITY_END = re.compile(r"\b(?:M\.|Mme|Mlle|Monsieur|Madame)[ \t]*$")
_CUT_ENTRY = re.compile(r"(?:[,;]|\b(?:M\.|Mme|Mlle|Monsieur|Madame))[ \t]*$")
_NAMES_START = re.compile(r"[ \t•*·-]*(?:[A-ZÀ-Ý][\w'.-]*)")
_LOWER_WORDS = re.compile(r"(?<![\w'-])[a-zà-ÿ]{3,}")
# « X donne pouvoir à Y » on both lines: one list of proxies.
_GIVING = re.compile(r"\b(?:donne|donné|donnée)\s+(?:pouvoir|procuration)\s+(?:à|au)\s")
_LIST_LOWER = {"ayant", "donne", "donné", "donnée", "pouvoir", "procuration", "des", "excusé",
               "excusée", "excusés", "excusées", "absent", "absente", "adjoint", "adjointe", "maire",
               "conseiller", "conseillère", "municipal", "municipale", "délégué", "déléguée",
               "titulaire", "suppléant", "suppléante", "adjoints", "adjointes", "conseillers",
               "conseillères", "municipaux", "municipales", "délégués", "déléguées", "titulaires",
               "suppléants", "suppléantes", "communautaires", "communautaire"}


_SECRETARY_HEAD = re.compile(r"\s(?:SECR[EÉ]TAIRE|Secr[ée]taire)\s+(?:DE|de)\s+(?:S[EÉ]ANCE|s[ée]ance)\s*:")


def _names_only(line: str) -> bool:
    """Whether ``line`` holds names and roles alone (no prose, no heading of its own)."""
    line = _GROUP_HEADING.sub("", line, count=1)
    if ":" in line or not _NAMES_START.match(line):
        return False
    bare = re.sub(r"\([^()]*\)", " ", line)
    return all(w in _LIST_LOWER for w in _LOWER_WORDS.findall(bare))


def _names_go_on(before: str, line: str) -> bool:
    last = before.rstrip().rsplit("\n", 1)[-1]
    if "ECR" in line or "écr" in line:  # (« …, Anne PETIT SECRETAIRE DE SEANCE : … »: a heading of its own)
        m = _SECRETARY_HEAD.search(line)
        line = line[: m.start()] if m is not None and m.start() > 0 else line
    if not _names_only(line):
        if _GIVING.search(last) and _GIVING.search(line) and _CIVILITY_START.match(line) is not None:
            # « Monsieur X a donné pouvoir à Madame Y. ⏎⏎ Madame Z a donné pouvoir à Monsieur W
            # jusqu'au rapport n 14. »: a giving a paragraph, its span in words
            return True
        # « …, M. Dubuc, M.⏎⏎Morin Conseillers Municipaux, formant la majorité … »: a name cut after its
        # civility by a page goes on, whatever sentence follows it (drop_prose cuts that)
        return ("M" in last and _CIVILITY_END.search(last) is not None and ":" not in line
                and _NAMES_START.match(line) is not None)
    if _GIVING.search(last) and _GIVING.search(line):
        return True
    if _CUT_ENTRY.search(last) or (last.rstrip().endswith(":") and "\n" not in before.strip()
                                   and "," not in last):
        return True
    if _CIVILITY_START.match(last) is not None and _CIVILITY_START.match(line) is not None:
        return True
    # « Mesdames Anne DUMAS, Eve ROUX⏎⏎Messieurs Paul RUE, … »: a list by group civility
    return _GROUP_START.match(last) is not None and _GROUP_START.match(line) is not None


_GROUP_START = re.compile(r"[ \t•*·-]*(?:Mesdames|Messieurs|Mmes|MM\.?)[ \t]*:?[ \t]+[A-ZÀ-Ý]")


# A list's last entry cut after its first name, and the surname that ends it.
# (« …, Viviane JAMES et Françoise⏎⏎DUARTE »: the last name, after « et »)
_CUT_NAME = re.compile(
    r"(?:,|[ \t]et)[ \t]*(?:(?:M\.|Mme|Monsieur|Madame)[ \t]+)?[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
    r"[ \t]*$")
_SURNAME_FIRST = re.compile(
    r"[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý'-]+(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'-]+)*[ \t]*(?:[,.;]|$|[ \t]+et[ \t])",
                            re.MULTILINE)


def _annex_heads(text: str, low: str, start: int) -> Iterator[re.Match[str]]:
    """``_ANNEX.finditer(text, start)``; ``low`` is ``text`` in lower case.

    An annex heading is a line that starts with « annexe » (in any case, after blanks):
    only the lines where ``low`` has the word are tried, not every position of the text.
    """
    if len(low) != len(text):
        yield from _ANNEX.finditer(text, start)
        return
    last = -1
    i = low.find("annexe", start)
    while i >= 0:
        line = text.rfind("\n", 0, i) + 1
        if line > last and line >= start and not text[line:i].strip(" \t"):
            m = _ANNEX.match(text, line)
            if m:
                yield m
            last = line
        i = low.find("annexe", i + 6)


def annexes(text: str, start: int | None, low: str | None = None) -> list[tuple[str, str]]:
    """(title, body) of each « Annexe N : title » from ``start`` on.

    ``low``: ``text`` in lower case with the same offsets, if known (``Segments.low``).
    """
    if start is None:
        return []
    if low is None or len(low) != len(text):
        part = lowered(text[start:])  # offsets from ``start`` on: what comes before is not read
        low = " " * start + part if len(part) == len(text) - start else ""
    heads = list(_annex_heads(text, low, start))
    out = []
    for i, h in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        out.append((f"Annexe {h.group('n')} : {h.group('title').strip()}", text[h.end():end].strip()))
    return out
