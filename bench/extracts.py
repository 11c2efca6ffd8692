"""A generator of synthetic extracts of the seeds' size and variety, with their truth.

Each extract comes with the number of votes *for* its deliberation must get when the
attendance is computed (present at the item, proxies in force, minus interested votes):
the benchmark checks the reader against it. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass


def _words(text: str) -> list[str]:
    return text.split()


FIRST = _words("Jean Marie Anne Pierre Nicolas Sophie Claire Paul Lucie Marc Julie Yves Hélène Louis Emma "
         "Gilles Nathalie Thomas Camille Olivier Isabelle François Élise Bruno Chantal Denis "
                "Agnès "
         "Jean-Pierre Marie-Thérèse Anne-Sophie Pierre-Charles Luc Cyril Karine Fabrice Valérie Hugo")
LAST = _words("DUPONT MARTIN BERNARD PETIT DURAND LEROY MOREAU SIMON LAURENT LEFEBVRE MICHEL GARCIA DAVID "
        "BERTRAND ROUX VINCENT FOURNIER MOREL GIRARD ANDRE MERCIER BLANC GUERIN BOYER GARNIER CHEVALIER "
        "FRANCOIS LEGRAND GAUTHIER PERRIN ROBIN CLEMENT MORIN NICOLAS HENRY ROUSSEL MATHIEU GAUTIER MASSON "
        "MARCHAND DUVAL DENIS DUMONT MARIE LEMAIRE NOEL MEYER DUFOUR MEUNIER BRUN BLANCHARD GIRAUD JOLY "
        "RIVIERE LUCAS BRUNET GAILLARD BARBIER ARNAUD MARTINEZ GERARD ROCHE RENARD SCHMITT ROY "
        "LEROUX "
        "COLIN VIDAL CARON PICARD ROGER FABRE AUBERT LEMOINE RENAUD DUMAS LACROIX OLIVIER PHILIPPE "
        "BOURGEOIS "
        "PIERRE BENOIT REY LECLERC PAYET ROLLAND LECLERCQ GUILLAUME LECOMTE LOPEZ JEAN DUPUY GUILLOT HUBERT "
        "BERGER CARPENTIER SANCHEZ DUPUIS MOULIN LOUIS DESCHAMPS HUET VASSEUR PEREZ BOUCHER FLEURY ROYER "
        "KLEIN JACQUET ADAM PARIS POIRIER MARTY AUBRY GUYOT CARRE CHARLES RENAULT CHARPENTIER MENARD "
        "MAILLARD "
        "BARON BERTIN BAILLY HERVE SCHNEIDER FERNANDEZ LE-GALL COLLET LEGER BOUVIER JULIEN PREVOST MILLET "
        "PERROT DANIEL LE-ROUX COUSIN GERMAIN BRETON BESSON LANGLOIS REMY LE-GOFF PELLETIER LEVEQUE PERRIER")
COMMUNES = _words("Amagney Audeux Avanne-Aveney Besançon Beure Bonnay Boussières Braillans Busy Chalèze "
                  "Champagny "
            "Chaucenne Chevroz Dannemarie Deluz Devecey Fontain Geneuille Gennes Larnod Mamirolle Marchaux "
            "Montfaucon Morre Nancray Noironte Novillars Palise Pelousey Pirey Pugey Rancenay Saône Tallenay "
            "Thise Thoraise Torpes Vaire Venise Vieilley Vorges")
SENTENCES = [
    "Le soutien à l'innovation est un axe fort de la politique de développement économique du territoire.",
    "Il est proposé au conseil d'approuver le programme d'actions présenté en annexe.",
    "La présente convention définit les conditions de versement de la subvention attribuée.",
    "Les crédits nécessaires sont inscrits au budget primitif de l'exercice en cours.",
    "Le bénéficiaire s'engage à fournir un compte rendu financier dans les six mois.",
    "Cette opération s'inscrit dans la stratégie de transition énergétique de la collectivité.",
    "Les membres de la commission ont émis un avis favorable lors de leur dernière réunion.",
    "Le montant de l'aide ne pourra être révisé à la hausse, quelles que soient les dépenses réelles.",
]


@dataclass(frozen=True)
class Synthetic:
    """One generated extract and what the reader must find in it."""

    text: str
    style: str
    expected_for: int
    members: int
    present_at_item: int
    proxies_at_item: int


def _people(rng: random.Random, n: int) -> list[tuple[str, str, str]]:
    seen: set[tuple[str, str]] = set()
    out = []
    while len(out) < n:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if (first, last) in seen or (any(last == o[2] for o in out) and rng.random() < 0.7):
            continue
        seen.add((first, last))
        out.append((rng.choice(("M.", "Mme")), first, last))
    return out


def _filler(rng: random.Random, chars: int) -> str:
    paras, size = [], 0
    while size < chars:
        p = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 6)))
        paras.append(p)
        size += len(p) + 2
    return "\n\n".join(paras)


def generate(rng: random.Random) -> Synthetic:
    """One extract: an EPCI council (GBM-like), a bureau or a commune council, in varied layouts."""
    style = rng.choice(("epci", "epci", "bureau", "commune", "commune-line"))
    n = {"epci": rng.randint(40, 123), "bureau": rng.randint(20, 35)}.get(style, rng.randint(11, 33))
    people = _people(rng, n)
    items = rng.randint(5, 35) if style != "commune-line" else rng.randint(1, 12)
    item = rng.randint(1, items)
    absent_n = rng.randint(n // 10, n // 3)
    absent, present = people[:absent_n], people[absent_n:]
    rng.shuffle(present)
    # Arrivals and departures: some after the item (not there), some before (there).
    spans: dict[int, str] = {}
    present_at_item = len(present)
    for k in rng.sample(range(len(present)), min(len(present) // 8, 6)):
        q = rng.randint(1, items)
        if rng.random() < 0.5:
            spans[k] = f"à compter de la question n°{q}"
            present_at_item -= q > item
        else:
            spans[k] = f"jusqu'à la question n°{q} incluse"
            present_at_item -= q < item
    holders = [i for i in range(len(present)) if i not in spans]
    rng.shuffle(holders)
    givers = rng.sample(range(len(absent)), min(len(absent), len(holders), rng.randint(0, len(absent))))
    proxies = list(zip(givers, holders, strict=False))
    interested_idx = [h for h in holders[len(proxies):len(proxies) + rng.randint(0, 2)]]
    holder_interested = proxies[0][1] if proxies and rng.random() < 0.3 else None
    interested = interested_idx + ([holder_interested] if holder_interested is not None else [])
    expected = present_at_item + len(proxies) - sum(2 if i == holder_interested else 1 for i in interested)
    text = _render(rng, style, n, people, present, absent, spans, proxies, interested, holder_interested,
                   items, item, expected)
    return Synthetic(text, style, expected, n, present_at_item, len(proxies))


def _name(p: tuple[str, str, str], style: str) -> str:
    civ, first, last = p
    return f"{last} {first}" if style == "commune" else (f"{first} {last}" if style == "commune-line"
                                                          else f"{civ} {first} {last}")


def _render(rng, style, n, people, present, absent, spans, proxies, interested, holder_interested,  # type: ignore[no-untyped-def]
            items, item, expected) -> str:
    epci = style in ("epci", "bureau")
    assembly = {"epci": "Conseil de Communauté", "bureau": "Bureau"}.get(style, "Conseil municipal")
    month = rng.choice(["janvier", "mars", "juin", "octobre", "décembre"])
    date = f"{rng.randint(1, 28)} {month} {rng.randint(2015, 2025)}"
    head = "E X T R A I T  D U  R E G I S T R E" if rng.random() < 0.2 else "Extrait du Registre"
    lines = [f"{head} des délibérations du {assembly}"]
    if epci:
        lines += [f"Séance du {date}", f"Publié le : {rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/2024",
                  f"Membres du {assembly} en exercice : {n}",
                  f"Le {assembly}, convoqué le {date}, s'est réuni salle des conférences, sous la présidence "
                  f"de {_name(present[0], style)}, Président de Grand Exemple Métropole.",
                  "Ordre de passage des rapports : " + ", ".join(str(i) for i in range(1, items + 1)),
                  "La séance est ouverte à 18h00 et levée à 20h58."]
    else:
        lines += [f"COMMUNE DE {rng.choice(COMMUNES).upper()}", f"Séance du {date}",
                  f"sous la présidence de {_name(present[0], style)}, Maire."]
        if rng.random() < 0.5:
            lines.append(f"{n} {len(present)} {len(proxies)} {len(present) + len(proxies)}")
            lines.append("En exercice / Présents / Procurations / Votants")
        else:
            lines.append(f"Nombre de conseillers en exercice : {n} Présents : {len(present)} "
                         f"Votants : {len(present) + len(proxies)}")
    sep = "\n\n" if epci else ("\n" if style == "commune" else " ")

    def listed(group, with_spans: bool) -> str:  # type: ignore[no-untyped-def]
        parts = []
        for i, p in enumerate(group):
            s = _name(p, style)
            if with_spans and i in spans:
                span = spans[i]
                if rng.random() < 0.2:
                    span = span.replace("jusqu'à", "jusqu à").replace("n°", "n ")
                s += f" ({span})"
            parts.append(s)
        if epci and rng.random() < 0.5:
            return ", ".join(f"**{rng.choice(COMMUNES)} :** {x}" for x in parts)
        return ", ".join(parts)

    text = [*lines, "", f"Étaient présents : {listed(present, True)}",
            f"Étaient absents : {listed(absent, False)}"]
    if rng.random() < 0.15 and proxies:
        text.append("Mandants : " + ", ".join(_name(absent[g], style) for g, _ in proxies))
        text.append("Mandataires : " + ", ".join(_name(present[h], style) for _, h in proxies))
    elif proxies:
        form = rng.choice(("{g} à {h}", "{g} pouvoir à {h}", "{g} donne pouvoir à {h}",
                           "{g} représenté par {h}"))
        text.append("Procurations de vote : " + ", ".join(
            form.format(g=_name(absent[g], style), h=_name(present[h], style)) for g, h in proxies))
    text.append(f"Secrétaire de séance : {_name(present[-1], style)}")
    if rng.random() < 0.2:
        text.append("Envoyé en préfecture le 06/01/2024 Reçu en préfecture le 06/01/2024")
    title = "Soutien au programme d'actions de l'association"
    text += ["", f"Délibération n°2024/{rng.randint(1, 999):05d}", "",
             f"Rapport n°{item} - {title}" if epci else f"Point n°{item} : {title}",
             "", f"Rapporteur : {_name(present[1], style)}, Vice-Président", "", "Résumé :", "",
             _filler(rng, rng.randint(1000, 6000 if epci else 2000))]
    if interested:
        names = " et ".join(f"{_name(present[i], style)} ({2 if i == holder_interested else 1})"
                            for i in interested)
        text += ["", f"{names}, conseillers intéressés, ne prennent part ni au débat, ni au vote."]
    text += ["", f"A l'unanimité, le {assembly} :", "", "- approuve le programme,",
             "- autorise la signature.", ""]
    wording = rng.random()
    if wording < 0.4:
        text.append(f"Rapport adopté à l'unanimité :\nPour : {expected}\nContre : 0\nAbstention : 0")
    elif wording < 0.7:
        text.append(f"ONT VOTE POUR : {expected} ONT VOTE CONTRE : / SE SONT ABSTENUS : /")
    else:
        text.append("Adopté à l'unanimité des membres présents et représentés.")
    text += ["", "Pour extrait conforme,", "Le Président"]
    if epci:
        for k in range(1, rng.randint(2, 4)):
            text += ["", f"Annexe {k} : Programme d'actions", "", _filler(rng, rng.randint(2000, 12000))]
    return sep.join(text) if style == "commune-line" else "\n".join(text)


def corpus(count: int, seed: int = 2024) -> Iterator[Synthetic]:
    """``count`` extracts, the same ones for the same seed."""
    rng = random.Random(seed)
    for _ in range(count):
        yield generate(rng)
