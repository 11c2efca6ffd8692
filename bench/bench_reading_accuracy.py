"""Accuracy of the reader on real documents, against labels made by reading them.

    python -m bench reading_accuracy [--markdown] [--docs] [--missing] [--evidence]
                                     [--labels DIR] [CORPUS_DIR]

Every labelled document of ``bench/labels/real/*.json`` (see ``bench/labels/README.md``)
is read from ``../shared/corpus/real/`` (or CORPUS_DIR) by ``registre.reading.read_text``,
and each answer is compared with the label, field by field:

- **right**: the reader gives the labelled value;
- **wrong**: it gives another value, or a value where the label says the document prints
  none (a wrong value is worse than « unknown »);
- **missing**: the label has a value, the reader gives none (« unknown »).

« precision » is right / (right + wrong): how far a given answer can be trusted (aim 99 %);
« found » is right / labelled: how many printed facts come back. The labels are never read
by the reader; this is the only place they are used.

``--evidence`` adds the calibration of the answers' confidence (right and wrong answers per
band of confidence), the share of given answers that say where they were read, and how many
of those lines show the value read (the figure of a count, the number of a deliberation).

``--labels DIR`` measures another labelled set, e.g. the documents of other authorities
(``bench/labels/outside``, whose texts are kept outside the repository, their URLs in the
labels' ``"source"``): ``python -m bench reading_accuracy --labels bench/labels/outside /work/outside``.
When none of the labelled texts is in CORPUS_DIR, it says so and exits without error.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from registre.reading import read_text
from registre.reading.kind import DocumentKind
from registre.reading.layout import columns
from registre.reading.normalise import normalise
from registre.reading.result import Evidence, ParsedExtract

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "bench" / "labels" / "real"
CORPUS = ROOT.parent / "shared" / "corpus" / "real"

FIELDS = ("kind", "authority", "session_date", "convocation_date", "in_office", "present", "proxies",
          "voters", "present_list", "proxy_pairs", "deliberation_count", "number", "title", "vote", "outcome",
          "first_vote")
HEADCOUNTS = ("in_office", "present", "proxies", "voters")
FIELD_NAMES = {
    "kind": "nature du document", "authority": "collectivité",
    "session_date": "date de séance", "convocation_date": "date de convocation",
    "in_office": "en exercice (imprimé)", "present": "présents (imprimé)", "proxies": "pouvoirs (imprimé)",
    "voters": "votants (imprimé)", "present_list": "liste des présents", "proxy_pairs": "paires de pouvoirs",
    "deliberation_count": "nombre de délibérations", "number": "numéro (par délibération)",
    "title": "titre (par délibération)", "vote": "vote imprimé (par délibération)",
    "outcome": "issue (par délibération)", "first_vote": "vote de la 1re délibération",
}


@dataclass
class Tally:
    right: int = 0
    wrong: int = 0
    missing: int = 0
    examples: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def add(self, verdict: str | None, example: str = "") -> None:
        if verdict is None:
            return
        setattr(self, verdict, getattr(self, verdict) + 1)
        if verdict == "wrong" and example and len(self.examples) < 400:
            self.examples.append(example)
        elif verdict == "missing" and example and len(self.misses) < 400:
            self.misses.append(example)

    @property
    def given(self) -> int:
        return self.right + self.wrong

    @property
    def labelled(self) -> int:
        return self.right + self.missing + self.wrong

    def precision(self) -> float | None:
        return self.right / self.given if self.given else None

    def found(self) -> float | None:
        return self.right / self.labelled if self.labelled else None


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


_CIVILITY = re.compile(r"^(?:m\.|mme|mr|mlle|monsieur|madame|mademoiselle|mm\.?)\s+")


def name_key(name: str) -> str:
    """A printed name, folded, civility dropped, its words sorted (« NOM Prénom » = « Prénom NOM »)."""
    n = _CIVILITY.sub("", _fold(name).strip())
    words = re.findall(r"[a-z0-9]+", n)
    return " ".join(sorted(words))


def verdict(label: Any, got: Any) -> str | None:
    """right / wrong / missing; None when neither has a value (nothing to measure)."""
    if label is None and got is None:
        return None
    if got is None:
        return "missing"
    return "right" if label == got else "wrong"


def _kind(doc: ParsedExtract | None) -> str | None:
    if doc is None or doc.kind is DocumentKind.UNKNOWN:
        return None
    return doc.kind.value


# The words an authority's name may open with, not its name: « Commune de », « Ville d' ».
_AUTHORITY_PREFIX = re.compile(r"^(?:commune|ville|mairie|cite)\s+")
_SMALL_WORDS = frozenset(("de", "du", "des", "d", "la", "le", "les", "l", "et"))


def authority_key(name: str) -> str:
    """An authority's name, folded: accents, case and small words dropped, « Commune de » dropped,
    hyphens and apostrophes as blanks (« COMMUNE DE LANDAS » = « Landas », « Crac’h » = « Crac'h »,
    « SIVU DU HONCOURT » = « SIVU Honcourt », « Cœur » = « Coeur »)."""
    words = re.findall(r"[a-z0-9]+", _fold(name.replace("œ", "oe").replace("Œ", "OE")))
    return _AUTHORITY_PREFIX.sub("", " ".join(w for w in words if w not in _SMALL_WORDS) + " ").strip()


def _authority_verdict(label: str | None, got: str | None) -> str | None:
    """The authority read is right when it names the labelled one: the same name folded, or the
    label's name cut after three of its words at least (« Syndicat Mixte du Bassin Versant » for
    « … du Bassin Versant des Jalles du Cartillon »)."""
    v = verdict(label, got)
    if v != "wrong" or label is None or got is None:
        return v
    a, b = authority_key(label), authority_key(got)
    if a == b or (len(b.split()) >= 3 and a.startswith(b + " ")):
        return "right"
    return "wrong"


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by at most one letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def same_person(label: str, read: str) -> bool:
    """A name labelled as printed and the name the reader gives for it. The labels keep a proxy's
    names as printed (« pouvoir à M. JEANROY », an OCR'd « CUILLOUET »); the reader gives the
    member of the sitting it matched them to (« Jean-Pierre JEANROY », « GUILLOUET »). Same person
    when every printed word is a word of the member's name, exactly or, for words of five letters or
    more, but for one letter, or a word of initials (« pouvoir à MC MUSSO », « G LUVERA ») whose
    letters begin words of the member's name (« Marie-Claude MUSSO »). Empty matches only empty."""
    want, got = label.split(), read.split()
    if not want or not got:
        return not want and not got
    rest = [g for g in got if g not in want]  # the words an initial may begin
    return all(w in got or (len(w) >= 5 and any(len(g) >= 5 and _one_edit(w, g) for g in got))
               or (len(w) <= 3 and all(any(g[0] == c for g in rest) for c in w)) for w in want)


_ROLES = ({"le", "maire"}, {"la", "maire"}, {"le", "president"}, {"la", "presidente"})


def _pairs_match(want: Counter[tuple[str, str]], got: Counter[tuple[str, str]], chair: str = "") -> bool:
    """The proxy pairs read are the labelled ones, pair for pair (:func:`same_person` on both sides).
    A holder printed by office (« pouvoir à M. le Maire ») is the chair of the sitting the reader read,
    ``chair`` (name_key of its name), when it read one."""
    left = list(got.elements())
    for g, h in want.elements():
        if chair and set(h.split()) in _ROLES:
            h = chair
        hit = next((i for i, (rg, rh) in enumerate(left) if same_person(g, rg) and same_person(h, rh)), None)
        if hit is None:
            return False
        left.pop(hit)
    return not left


def _names(names: Iterable[str]) -> Counter[str]:
    return Counter(name_key(n) for n in names if n)


def _same_names(want: Counter[str], got: Counter[str]) -> bool:
    """The same names, or the same but for the blanks inside them: a first name printed glued
    (« JeanFrançois GARNIER », a PDF's lost hyphen) and read « Jean-François GARNIER » is the same
    person (each name's letters, blanks left out, compared as a multiset)."""
    if want == got:
        return True
    return Counter("".join(sorted(k.replace(" ", ""))) for k in want.elements()) \
        == Counter("".join(sorted(k.replace(" ", ""))) for k in got.elements())


def _vote_of(pv: Any) -> Any:
    """The reader's printed vote in the labels' form: figures, « unanimity », or None."""
    if pv is None:
        return None
    if pv.for_ is not None:
        return {"for": pv.for_, "against": pv.against or 0, "abstention": pv.abstention or 0}
    if pv.unanimous:
        return "unanimity"
    return None


def _vote_verdict(label: Any, got: Any) -> str | None:
    if label is None and got is None:
        return None
    if got is None:
        return "missing"
    if label is None:
        return "wrong"
    if isinstance(label, dict):
        want = {k: label.get(k) or 0 for k in ("for", "against", "abstention")}
        if got == "unanimity":
            return "right" if not want["against"] and not want["abstention"] else "wrong"
        return "right" if got == want else "wrong"
    return "right" if got == label else "wrong"


def _number_key(n: str | None) -> str | None:
    if n is None:
        return None
    k = _fold(n).replace("n°", "").replace(" ", "").strip(".:-")
    # (« 13 a », « 13.a », « 13a »: one sub-item's number, however its letter is joined.)
    k = re.sub(r"(?<=\d)[.\-_)](?=[a-z]$)", "", k)
    return k.lstrip("0") or k


def _title_verdict(label: str | None, got: str | None) -> str | None:
    if not label and not got:
        return None
    if not got:
        return "missing"
    if not label:
        return "wrong"
    if " : " in got and _title_verdict(label, got.split(" : ", 1)[1]) == "right":
        # One vote of an item that holds several: the reader prints « item's title : the vote's
        # own heading » (« Présentation du budget : Vote des comptes de gestion 2020 »); a label
        # that gives the vote's heading alone is the same title.
        return "right"
    a, b = name_key(label)[:0] or _fold(label), _fold(got)
    a, b = " ".join(re.findall(r"\w+", a))[:80], " ".join(re.findall(r"\w+", b))[:80]
    if a.startswith(b[: max(20, len(b))]) or b.startswith(a) or (a.startswith(b) and len(b) >= 20):
        return "right"
    return "right" if difflib.SequenceMatcher(None, a[:60], b[:60]).ratio() >= 0.8 else "wrong"


def _align(labels: list[dict[str, Any]], got: list[Any]) -> list[tuple[dict[str, Any], Any]]:
    """Each labelled deliberation with the reader's: by number where both print one, else by rank."""
    # Several deliberations can share a number (the votes of one budget item): they pair in order.
    by_number: dict[str, list[Any]] = {}
    for d in got:
        k = _key_of(d)
        if k is not None:
            by_number.setdefault(k, []).append(d)
    label_keys = {_number_key(lab.get("number")) for lab in labels} - {None}
    # When the reader numbers its deliberations, one it gives without a number (a point added
    # to the agenda) is the labels' unnumbered one, not the labelled deliberation of its rank.
    numbered = bool(by_number)
    loose = [d for d in got if _key_of(d) is None] if numbered else []
    out, used = [], set()
    for i, lab in enumerate(labels):
        k = _number_key(lab.get("number"))
        same = [d for d in by_number.get(k, ()) if id(d) not in used] if k is not None else []
        d = same[0] if same else None
        if d is None and k is None and loose:
            d = next((x for x in loose if id(x) not in used), None)
        elif d is None and i < len(got) and id(got[i]) not in used and _key_of(got[i]) not in label_keys \
                and not (numbered and k is not None and _key_of(got[i]) is None):
            d = got[i]  # by rank, unless its number is another labelled deliberation's
        if d is not None:
            used.add(id(d))
        out.append((lab, d))
    return out


def _key_of(d: Any) -> str | None:
    return _number_key(d.parsed.number or d.parsed.report_number or d.parsed.point_number)


Measured = tuple[dict[str, Tally], dict[str, dict[str, Tally]], int, float]

# Confidence bands of the evidence: (lowest, label).
BANDS = ((0.0, "< 0,6"), (0.6, "0,6 – 0,8"), (0.8, "0,8 – 0,95"), (0.95, "≥ 0,95"))
# The fields whose given answers carry evidence (the count of deliberations is a structure).
EVIDENCED = tuple(f for f in FIELDS if f not in ("deliberation_count", "first_vote"))


@dataclass
class Calibration:
    """Given answers by confidence band (right, wrong); per field, how many carry evidence,
    and how many evidence lines hold the value (of those that can be checked)."""

    bands: dict[str, list[int]] = field(default_factory=lambda: {b: [0, 0] for _, b in BANDS})
    given: Counter[str] = field(default_factory=Counter)
    evidenced: Counter[str] = field(default_factory=Counter)
    checked: Counter[str] = field(default_factory=Counter)
    holds: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def add(self, fld: str, verdict: str | None, found: Any, line_text: str | None, value: Any,
            name: str) -> None:
        if verdict not in ("right", "wrong") or fld not in EVIDENCED:
            return
        self.given[fld] += 1
        evidences = found if isinstance(found, list) else [found]
        if not evidences or any(e is None for e in evidences):
            return
        self.evidenced[fld] += 1
        # (the proxies of a document are one answer, as sure as its least sure pair)
        sure = min(e.confidence for e in evidences)
        band = next(b for low, b in reversed(BANDS) if sure >= low)
        self.bands[band][0 if verdict == "right" else 1] += 1
        if line_text is not None:
            self.checked[fld] += 1
            if holds(fld, value, line_text):
                self.holds[fld] += 1
            elif len(self.misses) < 200:
                self.misses.append(f"[{fld}] {name}: {value!r} absent de la ligne {line_text[:100]!r}")


def holds(fld: str, value: Any, line: str) -> bool:
    """Whether an evidence line shows the value read there."""
    low = _fold(line)
    if isinstance(value, int):
        return re.search(rf"(?<!\d)0*{value}(?!\d)", line) is not None
    if fld == "vote":
        if value == "unanimity":
            return "unanim" in low
        return re.search(rf"(?<!\d)0*{value['for']}(?!\d)", line) is not None or "pour" in low
    if fld == "outcome":
        # (an outcome drawn from the counts is read on their line)
        return any(w in low for w in ("adopt", "rejet", "unanim", "approuv", "pour"))
    if fld == "number":
        return _fold(str(value)).replace(" ", "") in low.replace(" ", "")
    if fld == "title":
        words = re.findall(r"\w+", _fold(str(value)))[:2]
        return " ".join(words) in " ".join(re.findall(r"\w+", low))
    if fld in ("session_date", "convocation_date"):
        d = str(value)
        return d[:4] in line or any(w in low for w in ("l'an", "mil", "janv", "fevr", "mars", "avril", "mai",
                                                      "juin", "juil", "aout", "sept", "octo", "nove", "dece"))
    if fld in ("present_list", "proxy_pairs"):
        return any(w in low for w in value)
    return True


def _line(lines: list[str], e: Evidence | None) -> str | None:
    if e is None or not 1 <= e.line <= len(lines):
        return None
    return lines[e.line - 1]


def calibrate(corpus: Path = CORPUS, labels_dir: Path = LABELS) -> Calibration:
    """Each given answer's evidence against its label: the confidence band it falls in (right
    or wrong), and whether its line holds the value."""
    cal = Calibration()
    for path in sorted(labels_dir.glob("*.json")):
        for name, label in sorted(json.loads(path.read_text("utf-8")).items()):
            source = corpus / name
            if not source.exists():
                continue
            raw = source.read_text("utf-8")
            doc = read_text(raw, name).document
            if doc is None:
                continue
            lines = normalise(columns(raw)).split("\n")
            for fld, v, found, value in _evidence_of(label, doc):
                first = found[0] if isinstance(found, list) and found else found
                check = fld not in ("kind",) and not isinstance(found, list)
                cal.add(fld, v, found, _line(lines, first) if check else None, value, name)
                pairs = isinstance(found, list) and found and all(e is not None for e in found)
                if pairs and v in ("right", "wrong"):
                    # each pair's line names its giver
                    cal.checked[fld] += 1
                    ok = all(holds(fld, value[i:i + 1], _line(lines, e) or "") for i, e in enumerate(found))
                    cal.holds[fld] += ok
    return cal


def _evidence_of(label: dict[str, Any], doc: ParsedExtract) -> Iterable[tuple[str, str | None, Any, Any]]:
    """(field, verdict, evidence — a list for the proxy pairs, the value to find on its line)."""
    verdicts = list(_verdicts(label, doc))
    ev = doc.evidence
    present = {p for p, _ in doc.present}
    givers = [doc.member(p.giver) for p in doc.proxies]
    doc_level = {"kind": (ev.get("kind"), None), "session_date": (ev.get("session_date"), doc.session_date),
                 "convocation_date": (ev.get("convocation_date"), doc.convocation_date),
                 "in_office": (ev.get("members_in_office"), doc.members_in_office),
                 "present": (ev.get("printed.present"), doc.printed.get("present")),
                 "proxies": (ev.get("printed.proxies"), doc.printed.get("proxies")),
                 "voters": (ev.get("printed.voters"), doc.printed.get("voters")),
                 "present_list": (ev.get("present"),
                                  [_fold(m.last) for m in doc.members if m.id in present]),
                 "proxy_pairs": ([p.evidence for p in doc.proxies],
                                 [_fold(m.last) if m else "" for m in givers])}
    aligned = [d for _, d in _align(label.get("deliberations") or [], doc.deliberations)]
    rank = -1
    for fld, v, _example in verdicts:
        if fld in doc_level:
            found, value = doc_level[fld]
            yield fld, v, found, value
            continue
        if fld == "number":
            rank += 1
        if fld not in ("number", "title", "vote", "outcome") or rank >= len(aligned) or aligned[rank] is None:
            continue
        d = aligned[rank]
        p = d.parsed
        key = {"vote": "printed_vote"}.get(fld, fld)
        value = {"number": p.number or p.report_number or p.point_number, "title": p.title,
                 "vote": _vote_of(p.printed_vote), "outcome": "outcome"}[fld]
        yield fld, v, d.evidence.get(key), value


def measure(corpus: Path = CORPUS, labels_dir: Path = LABELS) -> Measured:
    total: dict[str, Tally] = defaultdict(Tally)
    per_authority: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    docs = 0
    elapsed = 0.0
    for path in sorted(labels_dir.glob("*.json")):
        authority = path.stem
        for name, label in sorted(json.loads(path.read_text("utf-8")).items()):
            source = corpus / name
            if not source.exists():
                continue
            text = source.read_text("utf-8")
            t = time.perf_counter()
            result = read_text(text, name)
            elapsed += time.perf_counter() - t
            docs += 1
            for fld, v, example in _verdicts(label, result.document):
                total[fld].add(v, f"{name}: {example}")
                per_authority[authority][fld].add(v)
    return total, per_authority, docs, elapsed


Verdicts = Iterable[tuple[str, str | None, str]]


def _verdicts(label: dict[str, Any], doc: ParsedExtract | None) -> Verdicts:
    def ex(lab: Any, got: Any) -> str:
        return f"étiquette {lab!r}, lu {got!r}"

    kind = _kind(doc)
    yield "kind", verdict(label.get("kind"), kind), ex(label.get("kind"), kind)
    got_authority = doc.authority if doc else None
    yield "authority", _authority_verdict(label.get("authority"), got_authority), \
        ex(label.get("authority"), got_authority)
    for key in ("session_date", "convocation_date"):
        got = getattr(doc, key, None) if doc else None
        got = got.isoformat() if got else None
        yield key, verdict(label.get(key), got), ex(label.get(key), got)
    printed = doc.printed if doc else {}
    for key in HEADCOUNTS:
        got = (doc.members_in_office if doc else None) if key == "in_office" else printed.get(key)
        yield key, verdict(label.get(key), got), ex(label.get(key), got)
    if label.get("present_list") is not None or (doc and doc.present):
        want = _names(label.get("present_list") or []) if label.get("present_list") is not None else None
        # (« tous les conseillers … à l'exception de X »: the present counted under placeholder
        # names, « n°1 PRÉSENT NON NOMMÉ », is no list of names read: none is printed)
        unnamed = bool(doc) and any((m := doc.member(p)) is not None and m.last == "PRÉSENT NON NOMMÉ"
                                    for p, _ in doc.present)  # type: ignore[union-attr]
        got_names = _names(doc.name(p) or "" for p, _ in doc.present) if doc and doc.present and not unnamed \
            else None
        v = None if want is None and got_names is None else (
            "missing" if got_names is None else "wrong" if want is None else
            "right" if _same_names(want, got_names) else "wrong")
        yield "present_list", v, _diff(want, got_names)
    if label.get("proxy_pairs") is not None or (doc and doc.proxies):
        want_p = Counter((name_key(g or ""), name_key(h or "")) for g, h in label.get("proxy_pairs") or [])
        got_p = Counter((name_key(doc.name(p.giver) or ""), name_key(doc.name(p.holder) or ""))
                        for p in doc.proxies) if doc and doc.proxies else None
        if label.get("proxy_pairs") is None:
            v = "wrong"
        elif got_p is None:
            v = "missing" if want_p else None
        else:
            chair = name_key(doc.name(doc.president) or "") if doc and doc.president else ""
            v = "right" if _pairs_match(want_p, got_p, chair) else "wrong"
        yield "proxy_pairs", v, ex(sorted(want_p), sorted(got_p or []))
    yield from _deliberation_verdicts(label, doc)


def _diff(want: Counter[str] | None, got: Counter[str] | None) -> str:
    if want is None or got is None:
        return f"étiquette {want and sorted(want)}, lu {got and sorted(got)}"
    return f"manquent {sorted((want - got).elements())[:5]}, en trop {sorted((got - want).elements())[:5]}"


def _deliberation_verdicts(label: dict[str, Any], doc: ParsedExtract | None) -> Verdicts:
    labs: list[dict[str, Any]] = label.get("deliberations") or []
    got = doc.deliberations if doc else []
    complete = label.get("deliberations_complete", True)
    if complete:
        v = verdict(len(labs), len(got) if got else None) if labs or got else None
        if not labs and got:
            v = "wrong"
        yield "deliberation_count", v, f"étiquette {len(labs)}, lu {len(got)}"
    for i, (lab, d) in enumerate(_align(labs, got)):
        p = d.parsed if d is not None else None
        number = (p.number or p.report_number or p.point_number) if p else None
        yield "number", verdict(_number_key(lab.get("number")), _number_key(number)), \
            f"étiquette {lab.get('number')!r}, lu {number!r}"
        yield "title", _title_verdict(lab.get("title"), p.title if p else None), \
            f"étiquette {lab.get('title')!r}, lu {p.title if p else None!r}"
        vote = _vote_of(p.printed_vote) if p else None
        v = _vote_verdict(lab.get("vote"), vote)
        yield "vote", v, f"étiquette {lab.get('vote')!r}, lu {vote!r}"
        if i == 0:
            yield "first_vote", v, f"étiquette {lab.get('vote')!r}, lu {vote!r}"
        outcome = None
        if p and p.printed_vote is not None:
            pv = p.printed_vote
            outcome = pv.outcome.value if pv.outcome else ("adopted" if pv.unanimous else None)
            outcome = _OUTCOMES.get(outcome or "", outcome)
        yield "outcome", verdict(lab.get("outcome"), outcome), \
            f"étiquette {lab.get('outcome')!r}, lu {outcome!r}"


_OUTCOMES = {"adopte": "adopted", "rejete": "rejected", "indetermine": None}


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f} %"


def table(total: dict[str, Tally], per_authority: dict[str, dict[str, Tally]], docs: int) -> str:
    lines = [f"Documents étiquetés lus : {docs}", "",
             "| Champ | justes | faux | manquants | précision (justes / donnés) "
             "| trouvés (justes / étiquetés) |",
             "|---|---:|---:|---:|---:|---:|"]
    for f in FIELDS:
        t = total.get(f, Tally())
        lines.append(f"| {FIELD_NAMES[f]} | {t.right} | {t.wrong} | {t.missing} | {_pct(t.precision())} | "
                     f"{_pct(t.found())} |")
    heads = ("session_date", "convocation_date", "in_office", "present", "proxies", "voters", "present_list",
             "proxy_pairs", "vote")
    lines += ["", "Par autorité — justes / faux / manquants :", "",
              "| Autorité | " + " | ".join(FIELD_NAMES[h] for h in heads) + " |",
              "|---|" + "---:|" * len(heads)]
    for a in sorted(per_authority):
        cells = []
        for h in heads:
            t = per_authority[a].get(h, Tally())
            cells.append(f"{t.right} / {t.wrong} / {t.missing}" if t.labelled else "—")
        lines.append(f"| {a} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _options(argv: list[str]) -> tuple[Path | None, list[str]]:
    """``--labels DIR`` (or ``--labels=DIR``) and the remaining arguments."""
    labels: Path | None = None
    rest: list[str] = []
    it = iter(argv)
    for a in it:
        if a == "--labels":
            value = next(it, None)
            if value is None:
                raise ValueError("--labels attend un dossier")
            labels = Path(value)
        elif a.startswith("--labels="):
            labels = Path(a.split("=", 1)[1])
        else:
            rest.append(a)
    return labels, rest


def main(argv: list[str]) -> int:
    try:
        labels_opt, argv = _options(argv)
    except ValueError as err:
        print(f"usage : {err}", file=sys.stderr)
        return 2
    labels_dir = labels_opt if labels_opt is not None else LABELS
    if not labels_dir.is_absolute() and not labels_dir.is_dir():
        labels_dir = ROOT / labels_dir
    if not labels_dir.is_dir() or not any(labels_dir.glob("*.json")):
        print(f"étiquettes introuvables : {labels_dir}", file=sys.stderr)
        return 2
    args = [a for a in argv if not a.startswith("--")]
    corpus = Path(args[0]) if args else CORPUS
    if not corpus.is_dir():
        if labels_opt is not None:
            print(f"textes absents : {corpus} n'existe pas ; les adresses des documents sont dans le champ "
                  f"« source » des étiquettes de {labels_dir} — rien à mesurer.")
            return 0
        print(f"corpus introuvable : {corpus} (../shared/corpus/real à côté du dépôt)", file=sys.stderr)
        return 2
    total, per_authority, docs, elapsed = measure(corpus, labels_dir)
    if docs == 0:
        print(f"textes absents : aucun des documents étiquetés dans {labels_dir} n'est dans {corpus} "
              "(les adresses sont dans le champ « source » des étiquettes) — rien à mesurer.")
        return 0
    print(table(total, per_authority, docs))
    print(f"\nlecture : {docs} documents réels en {elapsed:.2f} s ({docs / elapsed:.0f} documents/s)"
          if elapsed else "")
    if "--evidence" in argv:
        print()
        print(evidence_table(calibrate(corpus, labels_dir), "--docs" in argv))
    if "--docs" in argv:
        for f in FIELDS:
            for e in total.get(f, Tally()).examples:
                print(f"[{f}] {e}")
    if "--missing" in argv:
        for f in FIELDS:
            for e in total.get(f, Tally()).misses:
                print(f"[{f} manquant] {e}")
    return 0


def evidence_table(cal: Calibration, misses: bool = False) -> str:
    """Calibration by confidence band, and evidence per field, in Markdown."""
    lines = ["Assurance des réponses données (calibration) :", "",
             "| assurance | justes | fausses | précision |", "|---|---:|---:|---:|"]
    for _, band in BANDS:
        r, w = cal.bands[band]
        lines.append(f"| {band} | {r} | {w} | {_pct(r / (r + w) if r + w else None)} |")
    lines += ["", "Preuve par champ (réponses données) :", "",
              "| Champ | données | avec preuve | lignes vérifiées | la ligne montre la valeur |",
              "|---|---:|---:|---:|---:|"]
    for f in EVIDENCED:
        g = cal.given[f]
        if not g:
            continue
        checked = cal.checked[f]
        lines.append(f"| {FIELD_NAMES[f]} | {g} | {cal.evidenced[f]} ({_pct(cal.evidenced[f] / g)}) "
                     f"| {checked} "
                     f"| {cal.holds[f]} ({_pct(cal.holds[f] / checked if checked else None)}) |")
    given, evidenced = sum(cal.given.values()), sum(cal.evidenced.values())
    lines.append(f"| **total** | {given} | {evidenced} ({_pct(evidenced / given if given else None)}) "
                 f"| {sum(cal.checked.values())} | {sum(cal.holds.values())} |")
    if misses:
        lines += ["", *cal.misses]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
