"""Robustness of the reader: the labelled real texts, each rewritten as another PDF-to-text
tool or another web page would give it, measured against the same labels.

    python -m bench reading_robustness [--forms F1,F2] [--docs] [--labels DIR TEXTS]...

The held-out sets keep showing that a form of text the reader has not seen costs answers, and
wrong answers cost more than missing ones. A document of an unseen authority differs from the
labelled ones first by how its text was extracted: blanks squeezed to one (``pdftotext`` without
``-layout``, pypdf), a left margin, a paragraph on one line (a web page), a narrower column,
a blank line after each line, another apostrophe, a page's running heading between two lines,
accents lost, a light OCR noise (where a wrong answer is worse than a missing one).
Each form below rewrites the whole text that way, without changing a word of it; the bench
reads every labelled text as it is and under each form, and prints per field how many answers
are right, wrong and missing (``bench_reading_accuracy``'s verdicts). A field whose wrong
answers grow under a form is a fragility that unseen documents will find: the aim is that no
form adds a wrong answer (missing ones may grow where a form destroys what the text showed, a
table's columns squeezed).

Default: the four labelled sets of ``../shared/corpus/real``; ``--labels DIR TEXTS`` (repeatable)
adds another labelled set whose texts are in TEXTS (the outside sets, kept outside the
repository).
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from bench.bench_reading_accuracy import CORPUS, ROOT, _verdicts
from registre.reading import read_text

_BLANKS = re.compile(r"[ \t]{2,}")


def _squeeze(text: str) -> str:
    """Every run of blanks as one space, lines' leading blanks dropped: a text layer read
    without its layout (pypdf, ``pdftotext`` without ``-layout``)."""
    return "\n".join(_BLANKS.sub(" ", line).strip() for line in text.split("\n"))


def _margin(text: str) -> str:
    """A left margin of twenty blanks before every line that holds text (``pdftotext
    -layout`` on a page with a wide margin, a centred block)."""
    return "\n".join(" " * 20 + line if line.strip() else line for line in text.split("\n"))


def _unwrap(text: str) -> str:
    """Each paragraph (lines between blank lines) on one line: the text of a web page."""
    paras = re.split(r"\n[ \t]*\n", text)
    return "\n\n".join(" ".join(ln.strip() for ln in p.split("\n") if ln.strip()) for p in paras)


def _narrow(text: str) -> str:
    """Lines of prose longer than 60 characters wrapped at 60: a narrower column (a line laid
    out in columns, blanks in a run inside it, is left as it is)."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= 60 or _BLANKS.search(line.strip()):
            out.append(line)
            continue
        lead = line[: len(line) - len(line.lstrip())]
        out.extend(textwrap.wrap(line, 60, initial_indent="", subsequent_indent=lead,
                                 break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def _spaced(text: str) -> str:
    """A blank line after every line: a converter that separates lines as paragraphs."""
    return "\n\n".join(text.split("\n"))


def _apostrophe(text: str) -> str:
    """Typographic and typewriter apostrophes and quotes swapped."""
    return text.translate({ord("’"): "'", ord("'"): "’"})


def _unaccented(text: str) -> str:
    """Every accent and cedilla dropped (« Séance » → « Seance »): a font whose accents the text
    layer lost, an old system's ASCII."""
    text = text.translate(_ASCII_PUNCTUATION)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


# (what such a text prints for the typographic signs: « l’ » → « l' », « œ » → « oe »)
_ASCII_PUNCTUATION = str.maketrans({"’": "'", "‘": "'", "«": '"', "»": '"', "–": "-", "—": "-", "œ": "oe",
                                    "Œ": "OE", "\u00a0": " ", "\u202f": " ", "…": "...", "€": "EUR",
                                    "°": "o"})


_CONFUSED = {"l": "1", "1": "l", "O": "0", "0": "O", "e": "c", "é": "e", "i": "l", "5": "S", "8": "B",
             "m": "rn", ",": ".", "t": "f"}


def _ocr_noise(text: str) -> str:
    """A scan's OCR, lightly: one character in two hundred confused with its look-alike
    (« l » and « 1 », « O » and « 0 », « é » read « e », « m » read « rn »…), the same ones on
    every run (a generator seeded by the text's length)."""
    import random

    rng = random.Random(len(text))
    out = []
    for ch in text:
        if ch in _CONFUSED and rng.random() < 0.005 * 4:
            out.append(_CONFUSED[ch] if rng.random() < 0.25 else ch)
        else:
            out.append(ch)
    return "".join(out)


def _running_head(text: str) -> str:
    """A page's running heading and its number between two lines every 45 lines (a PDF's
    pages read one after the other)."""
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and i % 45 == 0:
            out += ["", f"Registre des délibérations — page {i // 45 + 1}", ""]
        out.append(line)
    return "\n".join(out)


FORMS: dict[str, Callable[[str], str]] = {
    "squeeze": _squeeze, "margin": _margin, "unwrap": _unwrap, "narrow": _narrow,
    "spaced": _spaced, "apostrophe": _apostrophe, "running_head": _running_head, "unaccented": _unaccented,
    "ocr_noise": _ocr_noise,
}

FIELDS = ("kind", "authority", "session_date", "convocation_date", "in_office", "present", "proxies",
          "voters", "present_list", "proxy_pairs", "deliberation_count", "number", "title", "vote",
          "outcome", "first_vote")
SHORT = {"kind": "kind", "authority": "auth", "session_date": "date", "convocation_date": "conv",
         "in_office": "inoff", "present": "pres", "proxies": "prox", "voters": "vot",
         "present_list": "plist", "proxy_pairs": "pairs", "deliberation_count": "count", "number": "num",
         "title": "title", "vote": "vote", "outcome": "outc", "first_vote": "fvote"}


def _sets(argv: list[str]) -> list[tuple[Path, Path]]:
    sets = [(ROOT / "bench" / "labels" / name, CORPUS) for name in ("real", "real2", "real3", "real4")]
    it = iter(argv)
    for a in it:
        if a == "--labels":
            labels, texts = next(it, None), next(it, None)
            if labels is None or texts is None:
                raise ValueError("--labels attend un dossier d'étiquettes et un dossier de textes")
            sets.append((Path(labels), Path(texts)))
    return sets


def main(argv: list[str]) -> int:
    try:
        sets = _sets(argv)
    except ValueError as err:
        print(f"usage : {err}", file=sys.stderr)
        return 2
    forms = list(FORMS)
    if "--forms" in argv:
        i = argv.index("--forms")
        forms = argv[i + 1].split(",") if i + 1 < len(argv) else []
        unknown = [f for f in forms if f not in FORMS]
        if unknown or not forms:
            print(f"formes inconnues : {', '.join(unknown) or '(aucune)'} (disponibles : {', '.join(FORMS)})",
                  file=sys.stderr)
            return 2
    docs = []
    for labels, texts in sets:
        for path in sorted(labels.glob("*.json")):
            for name, label in sorted(json.loads(path.read_text("utf-8")).items()):
                if (texts / name).exists():
                    docs.append((f"{labels.name}/{name}", (texts / name).read_text("utf-8"), label))
    if not docs:
        print("textes absents : aucun document étiqueté n'a son texte à côté — rien à mesurer.")
        return 0
    tallies: dict[str, dict[str, list[int]]] = {}
    changes: dict[str, list[str]] = defaultdict(list)
    base: dict[tuple[str, str, int], str | None] = {}
    for form in ["tel quel", *forms]:
        tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        rewrite = FORMS.get(form)
        for key, text, label in docs:
            doc = read_text(rewrite(text) if rewrite else text, key).document
            for i, (fld, v, example) in enumerate(_verdicts(label, doc)):
                if v is not None:
                    tally[fld][("right", "wrong", "missing").index(v)] += 1
                if rewrite is None:
                    base[(key, fld, i)] = v
                elif v == "wrong" and base.get((key, fld, i)) != "wrong":
                    changes[form].append(f"{key} [{fld}] {base.get((key, fld, i))} → faux : {example}")
        tallies[form] = tally
        print(f"{form:>13} : " + " ".join(f"{SHORT[f]} {'/'.join(map(str, tally[f]))}"
                                           for f in FIELDS if f in tally), flush=True)
    print(f"\n{len(docs)} textes étiquetés ; justes/faux/manquants par champ, tels quels puis sous "
          "chaque forme.")
    print("Réponses devenues fausses sous une forme :")
    for form in forms:
        print(f"  {form} : {len(changes[form])}")
    if "--docs" in argv:
        for form in forms:
            for line in changes[form]:
                print(f"[{form}] {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
