"""Reading the convention itself: its parties, its articles, and the clauses that matter
(amount, schedule, effective date, end, payment-request delay, retention, reports…)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

from registre.subsidies.model import (
    Article,
    Beneficiary,
    EffectiveRule,
    Party,
    Period,
    ReportDue,
    Representative,
    Tranche,
)
from registre.subsidies.textutil import amount, date_fr, period, sentences
from registre.subsidies.vocabulary import EffectiveFrom, EventKind, LegalForm, Trigger

ARTICLE_RE = re.compile(r"^\s*Article\s*(\d+)\s*(?:er)?\s*[-–—:]\s*(.+?)\s*$", re.MULTILINE | re.IGNORECASE)
# A line starting « CONVENTION » (« CONVENTION », « Convention de partenariat … ») followed
# within a few lines by « Entre », so that a sentence about a convention is not taken.
HEADING_RE = re.compile(r"^[ \t]*(?:Convention|CONVENTION|convention)\b([^\n]{0,120})$", re.MULTILINE)
ENTRE_RE = re.compile(r"^[ \t]*(?:Entre|ENTRE)\b[ \t]*:?[ \t]*", re.MULTILINE)
ET_RE = re.compile(r"^[ \t]*(?:Et|ET)\b[ \t]*:?[ \t]*", re.MULTILINE)
CIVILITY_RE = re.compile(r"\b(?:Madame|Monsieur|Mme|M\.)\s+([^,]+)")
DOC_NOUNS = ("compte", "rapport", "bilan", "justificati", "état récapitulatif")


@dataclass
class Section:
    """The convention's text cut out of the extract: title, parties, body, signatures,
    and the annexes that follow it (title → text)."""

    title: str
    preamble: str
    body: str
    signatures: str
    annexes: list[tuple[str, str]] = field(default_factory=list)


def find_section(text: str) -> Section | None:
    """The convention in ``text``: from a line « CONVENTION » to its annexes; None if absent."""
    m = next((c for c in HEADING_RE.finditer(text) if ENTRE_RE.search(text, c.end(), c.end() + 1500)), None)
    if m is None:
        return None
    rest = text[m.end() :]
    heads = list(re.finditer(r"^\s*Annexe\s+\d+\s*:[^\n]*", rest, re.MULTILINE | re.IGNORECASE))
    conv = rest[: heads[0].start()] if heads else rest
    annexes = []
    for i, h in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(rest)
        head = h.group(0).strip()
        # « Annexe 2 : budget prévisionnel 2024Dépenses : » — a title glued to the table.
        title, _, glued = head.partition("Dépenses")
        body = (("Dépenses" + glued + "\n") if glued else "") + rest[h.end() : end]
        annexes.append((title.strip(), body))
    t = ENTRE_RE.search(conv)
    title = " ".join((m.group(1) + " " + conv[: t.start() if t else 0]).split())
    first_article = ARTICLE_RE.search(conv)
    start_body = first_article.start() if first_article else (t.end() if t else 0)
    fait = re.search(r"^\s*Fait (?:en|à)[^\n]*", conv, re.MULTILINE)
    body_end = fait.start() if fait and fait.start() > start_body else len(conv)
    preamble = conv[t.end() if t else 0 : start_body]
    return Section(
        title=title,
        preamble=preamble,
        body=conv[start_body:body_end],
        signatures=conv[body_end:],
        annexes=annexes,
    )


def articles(body: str) -> tuple[Article, ...]:
    """The numbered articles of the convention's body."""
    heads = list(ARTICLE_RE.finditer(body))
    out = []
    for i, h in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(body)
        out.append(Article(h.group(1), h.group(2).strip(), body[h.end() : end].strip()))
    return tuple(out)


def _party(paragraph: str, signatures: str) -> tuple[str, Representative | None]:
    para = " ".join(paragraph.split())
    name = re.split(
        r",\s*(?:représenté|dont le siège|sise?\b|située?|domicilié|immatriculé|SIRE[TN]|n° SIRE|RNA)",
        para,
        maxsplit=1,
        flags=re.IGNORECASE,
    )[0]
    name = re.sub(r"^(?:La|Le|Les|L')\s*", "", name, flags=re.IGNORECASE).strip(" ,:")
    rep = None
    role_m = re.search(r"représenté(?:e)? par (?:sa|son|ses|le|la)\s+([^,]+)", para)
    civ = CIVILITY_RE.search(para)
    if civ:
        person = civ.group(1).strip()
        surname = person.split()[-1].lower()
        for line in signatures.splitlines():
            words = line.split()
            if len(words) >= 2 and words[-1].lower() == surname and len(words) > len(person.split()):
                person = line.strip()
                break
        rep = Representative(person, role_m.group(1).strip() if role_m else "")
    return name, rep


SIRET_RE = re.compile(r"SIRE[TN]\s*(?:n°\s*)?:?\s*(\d{3}\s?\d{3}\s?\d{3}(?:\s?\d{5})?)", re.IGNORECASE)
RNA_RE = re.compile(r"\b(W\d{9})\b")
ADDRESS_RE = re.compile(
    r"\b(?:dont le siège (?:social )?est (?:situé|fixé)|sise?|située?|domiciliée?)\s+(?:au |à )?"
    r"([^,]+(?:,\s*\d{5}[^,]*)?)",
    re.IGNORECASE,
)


def _beneficiary(paragraph: str, signatures: str) -> Beneficiary:
    flat = " ".join(paragraph.split())
    name, rep = _party(flat, signatures)
    form = None
    if re.match(r"association\b", name, re.IGNORECASE):
        form, name = LegalForm.ASSOCIATION, name[len("association") :].strip()
    elif re.match(r"fondation\b", name, re.IGNORECASE):
        form = LegalForm.FOUNDATION
    short = re.search(r"\(([^)]+)\)\s*$", name)
    siret = SIRET_RE.search(flat)
    rna = RNA_RE.search(flat)
    address = ADDRESS_RE.search(flat)
    return Beneficiary(
        name=name,
        short_name=short.group(1) if short else "",
        legal_form=form,
        siret=re.sub(r"\s", "", siret.group(1)) if siret else None,
        rna=rna.group(1) if rna else None,
        address=address.group(1).strip() if address else "",
        representative=rep,
    )


def parties(section: Section, warnings: list[str]) -> tuple[Party, Beneficiary]:
    """The authority and the beneficiary (name, legal form, short name, SIRET, RNA,
    address, representative) from « Entre … Et … »."""
    parts = ET_RE.split(section.preamble, maxsplit=1)
    if len(parts) < 2:
        warnings.append("parties introuvables (« Entre … Et … »)")
        return Party(""), Beneficiary("")
    first, second = parts[0], re.split(r"^\s*Vu\b", parts[1], maxsplit=1, flags=re.MULTILINE)[0]
    a_name, a_rep = _party(first, section.signatures)
    a_name = re.sub(
        r"^(?:communauté urbaine|communauté d'agglomération|communauté de communes|commune de)\s+",
        "",
        a_name,
        flags=re.IGNORECASE,
    )
    return Party(a_name, a_rep), _beneficiary(second, section.signatures)


def legal_basis(section: Section) -> tuple[str, ...]:
    """The « Vu … » lines and the texts the articles cite (CGCT articles, laws)."""
    out = [
        " ".join(m.group(0).split()).rstrip(",")
        for m in re.finditer(r"^\s*Vu\b[^\n]*", section.preamble, re.MULTILINE)
        if not re.search(r"délibération n°\s*(?:\.|du|$)", m.group(0))
    ]
    text = section.preamble + section.body
    for m in re.finditer(r"article\s+(L\s?\d{4}\s?-\s?\d+)", text, re.IGNORECASE):
        out.append("CGCT " + re.sub(r"\s", "", m.group(1)))
    for m in re.finditer(r"loi\s+(?:n°\s*)?(\d{4}-\d+)(?:\s+du\s+(\d{1,2}\s+\w+\s+\d{4}))?", text):
        out.append(f"loi {m.group(1)}" + (f" du {m.group(2)}" if m.group(2) else ""))
    return tuple(dict.fromkeys(out))


def _trigger(rest: str) -> tuple[Trigger, dt.date | None]:
    low = rest.lower()
    if "signature" in low:
        return Trigger.SIGNATURE, None
    if "notification" in low:
        return Trigger.NOTIFICATION, None
    if any(w in low for w in ("rapport", "compte rendu", "bilan", "justificati", "production")):
        return Trigger.REPORT, None
    d = date_fr(rest)
    if d is not None:
        return Trigger.DATE, d
    return Trigger.EFFECTIVE, None


def schedule(body: str, warnings: list[str]) -> tuple[Tranche, ...]:
    """Tranches: « - 100 %, soit 45 000 € à la signature de la présente convention, »."""
    m = re.search(r"(?:sera|est|seront|sont) versée?s?[^\n]*\n((?:\s*-[^\n]*\n?)+)", body)
    if not m:
        warnings.append("échéancier de versement introuvable (« La subvention sera versée … »)")
        return ()
    out = []
    for line in m.group(1).splitlines():
        line = line.strip().lstrip("-").strip().rstrip(",;.")
        if not line:
            continue
        share_m = re.search(r"(\d+(?:,\d+)?)\s*%", line)
        amount_m = re.search(r"(\d{1,3}(?:[ \u202f]\d{3})+|\d+)(?:,\d+)?\s*€", line)
        found = amount_m or share_m
        after = line[found.end() :] if found else line
        trigger, on = _trigger(after)
        share = Decimal(share_m.group(1).replace(",", ".")) if share_m else None
        value = amount(amount_m.group(0)) if amount_m else None
        if share is None and value is None:
            warnings.append(f"tranche illisible : « {line} »")
            continue
        out.append(Tranche(trigger, share=share, amount=value, on=on, text=line))
    return tuple(out)


@dataclass
class Clauses:
    """What the articles say, as data."""

    amount: Decimal | None = None
    ceiling_not_revisable: bool = False
    programme_total: Decimal | None = None
    year: int | None = None
    effective: EffectiveRule | None = None
    end_date: dt.date | None = None
    end_is_latest: bool = False
    payment_request_delay: Period | None = None
    payment_request_from: EventKind | None = None
    caducity: bool = False
    retention: Period | None = None
    reports: list[str] = field(default_factory=list)
    report_article: str = ""
    obligations: list[str] = field(default_factory=list)
    repayment_cases: list[str] = field(default_factory=list)
    termination_notice: Period | None = None
    court: str = ""
    object: str = ""


def _find_sentence(arts: tuple[Article, ...], *patterns: str) -> tuple[str, str]:
    """(sentence, article number) of the first sentence matching every pattern."""
    for a in arts:
        for s in sentences(a.text):
            if all(re.search(p, s, re.IGNORECASE) for p in patterns):
                return s, a.number
    return "", ""


def clauses(arts: tuple[Article, ...], warnings: list[str]) -> Clauses:
    """Read the clauses of the articles; a missing essential clause is a warning."""
    c = Clauses()
    whole = "\n".join(a.text for a in arts)
    m = re.search(r"subvention (?:d'un montant )?de\s*(\d[\d \u202f]*(?:,\d+)?)\s*€", whole)
    c.amount = amount(m.group(1)) if m else None
    if c.amount is None:
        warnings.append("montant de la subvention introuvable dans la convention")
    c.ceiling_not_revisable = bool(re.search(r"plafond non révisable", whole, re.IGNORECASE))
    m = re.search(r"budget (?:prévisionnel )?global de\s*(\d[\d \u202f]*)\s*€", whole)
    c.programme_total = amount(m.group(1)) if m else None
    m = re.search(r"(?:au titre de|pour) l'année\s+(\d{4})", whole)
    c.year = int(m.group(1)) if m else None
    s, _ = _find_sentence(arts, r"prend(?:ra)? effet")
    if s:
        after = s.split("effet", 1)[1]
        if re.search(r"transmission au (?:représentant de l'[ée]tat|préfet)", after, re.IGNORECASE):
            c.effective = EffectiveRule(EffectiveFrom.PREFECT_TRANSMISSION)
        elif "signature" in after:
            c.effective = EffectiveRule(EffectiveFrom.SIGNATURE)
        elif date_fr(after):
            c.effective = EffectiveRule(EffectiveFrom.DATE, date_fr(after))
    else:
        warnings.append("date de prise d'effet introuvable")
    s, _ = _find_sentence(arts, r"cessera|prendra fin|expire|prend fin")
    end = re.split(r"cessera|prendra fin|expire|prend fin", s, maxsplit=1)[-1]
    c.end_date = date_fr(end) if s else None
    c.end_is_latest = "au plus tard" in end
    if c.end_date is None:
        warnings.append("date de fin introuvable")
    s, _ = _find_sentence(arts, r"demande de (?:paiement|versement)", r"délai")
    if s:
        c.payment_request_delay = period(s.split("délai", 1)[1])
        tail = s.split("compter", 1)[-1].lower()
        c.payment_request_from = (
            EventKind.SIGNATURE
            if "signature" in tail and "notification" not in tail
            else EventKind.NOTIFICATION
        )
        c.caducity = bool(re.search(r"caduc|caduq", s, re.IGNORECASE))
    s, _ = _find_sentence(arts, r"conserver")
    c.retention = period(s) if s else None
    s, number = _find_sentence(arts, r"s'engage à fournir")
    if s:
        c.report_article = f"convention art. {number}"
        part = re.split(r"\bqui\b|conformément", s.split("fournir", 1)[1])[0]
        for piece in re.split(r",| ainsi que | et ", part):
            piece = re.sub(r"^\s*(?:les|le|la|l'|un|une|des)\s+", "", piece.strip())
            if any(n in piece.lower() for n in DOC_NOUNS) and "exemplaire" not in piece:
                c.reports.append(piece)
    c.obligations = [
        s
        for a in arts
        for s in sentences(a.text)
        if re.search(r"s'engage|ne peut|doit obligatoirement|accepte que", s)
    ]
    c.repayment_cases = [
        line.strip().lstrip("-").strip().rstrip(";,.")
        for line in whole.splitlines()
        if re.match(r"\s*-\s*en cas d", line)
    ]
    s, _ = _find_sentence(arts, r"préavis")
    c.termination_notice = period(s.split("préavis", 1)[1]) if s else None
    m = re.search(r"compétence du (Tribunal [^.\n]+)", whole)
    c.court = m.group(1).strip() if m else ""
    c.object = sentences(arts[0].text)[0] if arts and arts[0].text else ""
    return c


def report_dues(c: Clauses) -> tuple[ReportDue, ...]:
    """The documents of the reporting clause, due by the convention's end date (the seeds
    say « cessera avec la transmission des pièces … au plus tard le … »)."""
    return tuple(ReportDue(label=r, due=c.end_date, article=c.report_article) for r in c.reports)
