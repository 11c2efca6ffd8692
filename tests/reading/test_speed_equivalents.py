"""The reader's fast paths give what the patterns they stand for give.

Several searches are not run as written, for speed: they are started only where their
matches can start (a literal, a keyword's place), or run case-sensitively on the lowered
text. Each one here is compared with its pattern on random strings of its vocabulary, so
that a change to a pattern that its fast path does not follow fails here, not silently in
the reader's output.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from registre.reading import dates, headcounts, kind, segment, votes
from registre.reading.textutil import first_anchored, lower_latin1, occurrences

CASES = 4000
Reading = Callable[[str], object]


def _strings(vocabulary: list[str], seed: int, longest: int = 16) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(vocabulary) for _ in range(rnd.randint(0, longest))) for _ in range(CASES)]


def _first_difference(texts: list[str], old: Reading, new: Reading) -> str | None:
    return next((t for t in texts if old(t) != new(t)), None)


def _span(m: object) -> object:
    return m.span() if m is not None else None  # type: ignore[attr-defined]


def test_numeric_dates_as_finditer() -> None:
    texts = _strings([*"0123456789/.-  \n\tab", "19", "20", "2021", "12", "1/", "/2"], 1)
    assert _first_difference(
        texts,
        lambda t: [(m.span(), m.groups()) for m in dates._NUMERIC.finditer(t, 0, len(t))],
        lambda t: [(m.span(), m.groups()) for m in dates._numeric(t, len(t))]) is None


def test_date_cues_lowered_as_case_insensitive() -> None:
    words = ["séance", "SÉANCE", "du", "DU", "conseil", "Conseil", "municipal", "réuni", "RÉUNIS",
             "l'an", "L'AN", "Vu", "VU", "loi", "décret", "ARRÊTÉ", "n°", "No", "12", "en date du",
             "EN DATE DU", "élu", "Elus le", "délibération", "convoqué", "CONVOCATION", "publié", "Reçu",
             "affiché", "prochaine", "PROCHAIN", "procès-verbal", "Compte rendu", "PV", "précédente",
             "aura lieu", "Montpellier", " ", "\n", ".", ",", "le", "a", "avu", "ß", "µ"]
    texts = _strings(words, 2, 12)
    for (rx, _, name), (low_rx, _, _) in zip(dates._CUES, dates._CUES_LOW, strict=True):
        on_text = low_rx in dates._ON_TEXT
        hay: Callable[[str], str] = (lambda t: t) if on_text else (lambda t: lower_latin1(t) or "")
        diff = _first_difference(texts, lambda t, rx=rx: _span(rx.search(t)),
                                 lambda t, r=low_rx, h=hay: _span(r.search(h(t))))
        assert diff is None, (name, diff)
    for rx, low_rx in dates._LOW_TWINS.items():
        diff = _first_difference(texts, lambda t, rx=rx: _span(rx.search(t)),
                                 lambda t, r=low_rx: _span(r.search(lower_latin1(t) or "")))
        assert diff is None, (rx.pattern, diff)


def test_figures_before_labels_as_finditer() -> None:
    words = [*"0123 \t\n()/.,:°", "présents", "PRÉSENTS", "procuration", "pouvoirs", "VOTANTS", "représentés",
             "à", " à ", "12", "(3)", "en exercice", "conseillers en exercice", "membres\ten exercice",
             "Conseillers", "en", "exercice", "x"]

    def fast(t: str) -> list[tuple[int, int]]:
        low = lower_latin1(t) or ""
        occ = {w: occurrences(low, w) for w in (*headcounts._FIGURE_WORDS, "exercice")}
        starts = [k for w in headcounts._FIGURE_WORDS for k in occ[w]]
        starts += headcounts._office_labels(low, occ["exercice"])
        ends = sorted({j for k in starts if (j := headcounts._figure_end(low, k)) is not None})
        return [m.span() for m in headcounts._figures_before(t, ends)]

    texts = _strings(words, 3)
    slow: Reading = lambda t: [m.span() for m in headcounts._FIGURE_BEFORE.finditer(t)]  # noqa: E731
    assert _first_difference(texts, slow, fast) is None


def test_institution_words_tested_on_all_names_at_once() -> None:
    import pytest

    from registre.reading import parse

    words = ["Jean", "DUPONT", "Communauté", "de", "Communes", "Métropole", "METROPOLE", "Agglo",
             "Syndicat", "Département", "Départements", "communes", "Commune", "x", " ", "-"]
    rnd = random.Random(11)
    lists = [["".join(rnd.choice(words) for _ in range(rnd.randint(0, 4))) for _ in range(rnd.randint(0, 5))]
             for _ in range(CASES)]

    def slow(names: list[str]) -> bool:
        return any(parse._INSTITUTION.search(n) is not None for n in names)

    assert sum(slow(n) for n in lists) > 100  # matches do occur
    assert next((n for n in lists if parse._institution_named(iter(n)) != slow(n)), None) is None
    with pytest.MonkeyPatch.context() as mp:  # a gate narrowed: the test sees it
        mp.setattr(parse, "_INSTITUTION_WORDS", parse._INSTITUTION_WORDS[1:])
        assert next((n for n in lists if parse._institution_named(iter(n)) != slow(n)), None) is not None


def test_names_words_tested_on_all_names_at_once() -> None:
    import pytest

    from registre.reading import parse

    words = ["Jean", "Marie-Anne", "DUPONT", "LE GALL", "la", "de", "en", "sur", "lez", "Beauce",
             "Conseiller", "maire", "Séance", "d'", "et", "X", "É", "Représentant", " ", " "]
    rnd = random.Random(12)
    shapes = [[(rnd.random() < 0.8, " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 2))),
                " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 2))))
               for _ in range(rnd.randint(1, 10))] for _ in range(CASES)]
    found = [parse._not_persons_one_by_one(s) for s in shapes]
    assert sum(f is not None and "n'est pas un nom" in f for f in found) > 100  # names refused
    assert sum(f is None for f in found) > 100
    assert next((s for s, f in zip(shapes, found, strict=True) if parse._not_persons(s) != f), None) is None
    # the census, each word of « first last » tested apart, as in the whole name
    census = [[(rnd.random() < 0.85, rnd.choice(["Jean", "Jean-Paul", "LE", "Le Gall", "", "X Y"]),
                rnd.choice(["DUPONT", "Dupont", "LE GALL", "de la Roche", "Baigneaux", "X."]))
               for _ in range(rnd.randint(8, 20))] for _ in range(CASES)]

    def census_whole(s: list[tuple[bool, str, str]]) -> str | None:
        bare = sum(1 for civ, f, last in s if not civ and not parse._has_caps_word(f"{f} {last}"))
        in_caps = sum(1 for civ, f, last in s if civ and parse._has_caps_word(f"{f} {last}"))
        if 2 <= bare <= len(s) // 5 and in_caps >= len(s) - 2 * bare:
            return f"douteuse ({bare} noms sans civilité parmi {len(s)} : des communes lues en noms ?)"
        return None

    assert sum(census_whole(s) is not None for s in census) > 20
    assert next((s for s in census if parse._not_persons_census(s) != census_whole(s)), None) is None
    with pytest.MonkeyPatch.context() as mp:  # a gate narrowed: the test sees it
        mp.setattr(parse, "_PLACE_JOINS", frozenset(("sur",)))
        assert next((s for s, f in zip(shapes, found, strict=True) if parse._not_persons(s) != f), None) \
            is not None


def test_caps_word_and_communes_dropped_as_written() -> None:
    from registre.core.vocabulary import Civility
    from registre.reading import parse

    def caps_slow(name: str) -> bool:
        return any(len(w) > 1 and w.isupper() for w in name.split())

    names = _strings([*"AbÉé' -\t.", "DU", "Jean", "X", "LE", "ß", "Σ", "1"], 13, 6)
    assert sum(caps_slow(n) for n in names) > 200 and sum(n.isalpha() and caps_slow(n) for n in names) > 50
    assert _first_difference(names, caps_slow, parse._has_caps_word) is None

    def dropped_slow(named: list[tuple[Civility | None, str, str]]) -> set[int]:
        bare = {i for i, (civ, first, last) in enumerate(named)
                if civ is None and f"{first}{last}".upper() == f"{first}{last}"}
        civil = [bool(first) for civ, first, _ in named if civ is not None]
        if len(bare) < 2 or len(civil) < 3 or len(civil) + len(bare) < len(named) \
                or sum(civil) < 0.9 * len(civil):
            return set()
        return bare

    rnd = random.Random(14)
    def entry() -> tuple[Civility | None, str, str]:
        if rnd.random() < 0.3:  # mostly a commune in capitals, with neither civility nor first name
            first = rnd.choice(["", "", "", "", "", "Paul"])
            return None, first, rnd.choice(["RUE", "LA FERTE", "LA FERTE", "Dupont"])
        return rnd.choice([Civility.MR, Civility.MRS]), rnd.choice(["", *["Paul", "Anne"] * 8]), "RUE"

    lists = [[entry() for _ in range(rnd.randint(0, 12))] for _ in range(CASES)]
    assert sum(bool(dropped_slow(n)) for n in lists) > 20  # communes dropped
    assert next((n for n in lists if parse._communes_dropped(n) != dropped_slow(n)), None) is None


def test_tou_and_caps_then_civility_gates_hold_for_their_patterns() -> None:
    from registre.reading import parse

    texts = _strings([*"tToOuU ,\t", "M.", "Mme", "Mr", "DUPONT", "É'", "-", "M", " \t"], 15, 20)
    assert sum(parse._TOU.search(t) is not None for t in texts) > 50
    assert _first_difference(texts, lambda t: parse._TOU.search(t) is not None,
                             lambda t: any(w in t for w in parse._TOU_FORMS)) is None
    texts = _strings(["DUPONT", "LE", "É'", "-", " ", "\t", " M. ", "\tMme ", " Mr\t", "M", "Mme", ", ", "x"],
                     16, 24)
    counts = [len(parse._CAPS_THEN_CIVILITY.findall(t)) for t in texts]
    assert sum(c >= 3 for c in counts) > 50  # three matches or more do occur
    assert next((t for t, c in zip(texts, counts, strict=True)
                 if c > parse._civility_places(t)), None) is None  # never more than the places


def test_list_separators_as_their_patterns() -> None:
    words = [*"ABÉ|.,, \t\n:-—–=abM", "A.", "DU", "B.DUBOIS", " - ", ": adjoints", " : maire", "Jean-Pierre"]
    texts = _strings(words, 4)
    dash = segment._DASH_SEPARATOR
    assert _first_difference(texts, lambda t: segment._ROLE_AFTER.sub("", t), segment._drop_roles) is None
    assert _first_difference(texts, lambda t: dash.sub(", ", t),
                             lambda t: dash.sub(", ", t) if segment._may_separate(t) else t) is None
    assert _first_difference(texts, lambda t: _span(segment._INITIAL_NAME.search(t)),
                             lambda t: _span(segment._initial_name(t, 0))) is None


def test_roll_call_start_as_search() -> None:
    words = ["s'est reuni", "se sont  reunis", "s'etant assemble", "etaient presents", "presents :",
             "present:", "xpresents :", "l'an deux", "l'an 20", "al'an mil", " ", "\n", "a", "_presents:"]
    texts = _strings(words, 5, 10)
    assert _first_difference(texts, lambda t: (m := kind._SITTING.search(t)) and m.start(),
                             kind._sitting_at) is None


def test_month_words_found_whole() -> None:
    words = ["janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
             "septembre", "octobre", "novembre", "décembre", "decembre", "membre", "vrier", "jui", "ao", "ma",
             "e", "é", " "]

    def slow(low: str) -> list[tuple[int, int]]:
        return sorted((i, len(w)) for w in dates._MONTH_SPELLINGS for i in range(len(low))
                      if low.startswith(w, i))

    assert _first_difference(_strings(words, 6, 10), slow, dates._month_words) is None


def test_a_record_title_always_holds_the_cheap_record_word() -> None:
    # kind._record_title looks for a « minutes » or « cr » title only where _RECORD_WORD is found.
    words = ["proces", "-verbal", " verbal", "compte", "-rendu", " rendu", "p", "v", ".", " ", "c", "r",
             "-", "de la seance", "du conseil", "de la reunion", "du 12", "c.r. du 1", "pv ", "le ", "l'",
             "1. ", "extrait du registre", "\n", "a", "seance"]
    for t in _strings(words, 7, 10):
        for m in kind._TITLE.finditer(t):
            if m.lastgroup in ("minutes", "cr"):
                assert kind._RECORD_WORD.search(t, m.start(), m.end()) is not None, t


def test_a_spaced_sitting_date_always_holds_the_cheap_spaced_date() -> None:
    # dates._index_of_sittings looks for « Procès-verbal CM du 09 10 2023 » lines only where
    # _SPACED_DATE is found.
    rnd = random.Random(8)
    heads = ["Procès-verbal CM", "PV", "Séance", "Conseil municipal", "Liste des délibérations", "Réunion"]
    seen = 0
    for _ in range(CASES):
        date = " ".join(rnd.choice(c) for c in (["1", "09", "31", "3", "0"], ["1", "10", "01", "9"],
                                                ["1999", "2023", "2099", "1899", "202"]))
        t = f"{rnd.choice(heads)}{rnd.choice(['', ' ordinaire', ' x'])} {rnd.choice(['du', 'le'])} {date}\n"
        for m in dates._SITTING_LINE_SPACED.finditer(t):
            seen += 1
            assert dates._SPACED_DATE.search(t, m.start(), m.end()) is not None, t
    assert seen > CASES // 4


def test_spaced_date_found_from_its_year() -> None:
    # dates._has_spaced_date tries _SPACED_DATE only 3 or 4 places before a « 19 » / « 20 ».
    words = [*"0123456789 \n/", "19", "20", " 19", " 20", "2023", "1999", "09 10 ", "1 1 ", "a"]
    texts = _strings(words, 9, 12)
    found = 0
    for t in texts:
        for end in (len(t), len(t) // 2):
            expected = dates._SPACED_DATE.search(t, 0, end) is not None
            found += expected
            assert dates._has_spaced_date(t, end) == expected, (t, end)
    assert found > CASES // 20


def test_label_first_run_anchored_as_search() -> None:
    # votes.read_vote searches « Pour 12 Contre 2 Abstention 1 » only when its gate lets it,
    # and then only at its « Pour »/« POUR ».
    rnd = random.Random(10)
    found = 0
    for _ in range(CASES):
        t = "".join(rnd.choice(c) for c in (
            ["", "x", "1", "Vote : ", "pour ", "Pour\t3 ", "POUR 2 voix "], ["Pour", "POUR", "pour", "Pour:"],
            [" ", "\t", "  ", ""], ["12", "3", "1234", "x"], ["", " ", ", ", " - ", "; "],
            ["Contre", "CONTRE", "contre", "Abstention"], [" ", "\t", ""], ["2", "0", "x"],
            ["", " ", ", Abstention 1", " ABSTENTIONS 4", " voix", "5"], ["", ".", " Contre 1", "\n"]))
        old = votes._LABEL_FIRST_RUN.search(t) if "Pour " in t or "POUR " in t else None
        new = first_anchored(votes._LABEL_FIRST_RUN, t, t, votes._LABEL_FIRST_ANCHORS) \
            if votes._label_first_run_possible(t) else None
        found += old is not None
        assert _span(old) == _span(new), t
    assert found > CASES // 100


def test_minutes_object_and_approved_record_hold_their_cheap_words() -> None:
    # kind._extract_or_sitting searches _OBJECT_MINUTES only after a « verbal » and
    # _APPROVED_RECORD only where _approved_record_possible finds its words.
    rnd = random.Random(11)
    objects = records = 0
    for _ in range(CASES):
        t = "".join(rnd.choice(c) for c in (
            ["", "x\n", "extrait\n", "1. "], ["objet", "approbation", "adoption", "adoptions", "objet : "],
            [" : ", ":", " ", " a l'unanimite "], ["", "du ", "le ", "des "],
            ["proces-verbal", "procesverbal", "proces verbal", "compte rendu", "compte-rendu", "pv", "p.v."],
            [" de la ", " de ", " de la derniere ", " de la precedente "], ["reunion", "seance", "conseil"],
            ["", "s", " du 3", "\n"]))
        for start in (0, len(t) // 3):
            if kind._OBJECT_MINUTES.search(t, start) is not None:
                objects += 1
                assert t.find("verbal", start) >= 0, t
            if kind._APPROVED_RECORD.search(t, start) is not None:
                records += 1
                assert kind._approved_record_possible(t, start), t
    assert objects > 10 and records > 10, (objects, records)


def test_convocation_without_year_read_on_the_lowered_text_as_on_its_own() -> None:
    # dates.read_dates gives _convoked_without_year the text it lowered once (Latin-1).
    import datetime as dt

    session = dt.date(2021, 3, 12)
    rnd = random.Random(12)
    found = 0
    for _ in range(CASES // 4):
        t = "".join(rnd.choice(c) for c in (
            ["", "Le conseil ", "x\n", "DATE DE "],
            ["convoqué le ", "CONVOCATION : ", "Convocation du ", "convo "],
            ["", "lundi "], ["5", "8", "11", "12", "cinq", "huit", "31"], [" ", "  ", "er "],
            ["mars", "MARS", "février", "FÉVRIER", "courant", "du mois courant", "avril"],
            ["", ".", " 2021", "\n"]))
        low = lower_latin1(t)
        assert low is not None
        expected = dates._convoked_without_year(t, session)
        found += expected is not None
        assert dates._convoked_without_year(t, session, low) == expected, t
    assert found > CASES // 40
