"""Store the attributions of an SCDL « Subventions » file (the one write path for them).

Each file is stored in one transaction: its readable rows are kept, its unreadable rows
are refused with their reasons (the report says which), and importing the same file — or
the same row from another file — again changes nothing. The attributing authority is
found by its SIREN (the first nine digits of the SIRET the file gives), else by name; an
unknown one is created only when its nature can be told from its name or the file's
``COLL_TYPE``, never guessed.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils.text import slugify

from registre.core.vocabulary import AuthorityKind
from registre.opendata.scdl_in import Attribution, NotSubventions, SubventionsFile, read_subventions
from registre.web import models as m
from registre.web.services.audit import audit
from registre.web.subsidies import models as sm

# The nature of an authority from the words of its name (folded, unaccented).
_KINDS = (
    (r"\bcommunaute urbaine\b", AuthorityKind.COMMUNAUTE_URBAINE),
    (r"\bcommunaute d ?agglomeration\b|\bagglo\b", AuthorityKind.COMMUNAUTE_AGGLOMERATION),
    (r"\bcommunaute de communes\b", AuthorityKind.COMMUNAUTE_COMMUNES),
    (r"\bmetropole\b", AuthorityKind.METROPOLE),
    (r"\bdepartement\b|\bconseil departemental\b|\bconseil general\b", AuthorityKind.DEPARTEMENT),
    (r"\bregion\b|\bconseil regional\b", AuthorityKind.REGION),
    (r"\bsyndicat\b|\bsivom\b|\bsivu\b", AuthorityKind.SYNDICAT),
    (r"\bcommune\b|\bville\b|\bmairie\b", AuthorityKind.COMMUNE),
)


@dataclass
class AttributionsReport:
    """What an import did: rows stored, already there, refused (line, reason), warnings."""

    path: Path
    stored: int = 0
    unchanged: int = 0
    refused: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    authorities: list[str] = field(default_factory=list)
    linked: int = 0

    def lines(self, limit: int = 5) -> list[str]:
        """The report in French: totals, then refused rows and grouped warnings (``limit`` each)."""
        out = [f"{self.path} : fichier SCDL Subventions — {self.stored} attribution(s) enregistrée(s), "
               f"{self.unchanged} déjà présente(s), {len(self.refused)} ligne(s) refusée(s)"
               + (f" ; {self.linked} reliée(s) à une délibération" if self.linked else "")
               + (f" ; collectivité(s) : {', '.join(self.authorities)}" if self.authorities else "")]
        out += [f"  ligne {line} refusée : {reason}" for line, reason in self.refused[:limit]]
        if len(self.refused) > limit:
            out.append(f"  … et {len(self.refused) - limit} autre(s) ligne(s) refusée(s)")
        groups = Counter(re.sub(r"« [^»]*»", "«…»", w) for _, w in self.warnings)
        for text, count in groups.most_common(limit):
            first = next(line for line, w in self.warnings if re.sub(r"« [^»]*»", "«…»", w) == text)
            out.append(f"  avertissement ({count} ligne(s), dont la ligne {first}) : {text}")
        return out


def _fold(text: str) -> str:
    return slugify(text).replace("-", " ")


def kind_of(name: str) -> AuthorityKind | None:
    """The authority's nature told by its name, or None."""
    folded = _fold(name)
    for pattern, kind in _KINDS:
        if re.search(pattern, folded):
            return kind
    return None


def _authority(a: Attribution, created: list[str]) -> m.Authority:
    siren = a.authority_id[:9] if a.authority_id else None
    if siren:
        found = m.Authority.objects.filter(Q(siren=siren) | Q(siret__startswith=siren)).first()
        if found:
            return found
    if not a.authority_name:
        raise ValueError("collectivité attributaire absente (ni nom ni SIREN connu)")
    found = m.Authority.objects.filter(slug=slugify(a.authority_name)[:200]).first()
    if found:
        if siren and not found.siren:
            found.siren = siren
            found.save(update_fields=["siren", "updated_at"])
        return found
    kind = kind_of(a.authority_name)
    if kind is None:
        raise ValueError(f"nature de la collectivité « {a.authority_name} » inconnue : la créer d'abord "
                         "(administration) avec son SIREN")
    obj = m.Authority.objects.create(
        name=a.authority_name[:200], slug=slugify(a.authority_name)[:200], kind=kind.value,
        siren=siren or "", siret=a.authority_id if a.authority_id and len(a.authority_id) == 14 else "")
    created.append(obj.name)
    return obj


def _beneficiary(authority: m.Authority, a: Attribution) -> sm.Beneficiary:
    if a.beneficiary_siret:
        found = sm.Beneficiary.objects.filter(authority=authority, siret=a.beneficiary_siret).first()
        if found:
            return found
    slug = slugify(a.beneficiary_name)[:200] or "beneficiaire"
    obj, _ = sm.Beneficiary.objects.get_or_create(
        authority=authority, slug=slug,
        defaults={"name": a.beneficiary_name, "siret": a.beneficiary_siret or ""})
    if a.beneficiary_siret and not obj.siret:
        obj.siret = a.beneficiary_siret
        obj.save(update_fields=["siret", "updated_at"])
    return obj


def _deliberation(authority: m.Authority, reference: str) -> m.Deliberation | None:
    """The stored deliberation whose number the reference cites, if exactly one does."""
    if not reference:
        return None
    candidates = m.Deliberation.objects.filter(
        item__session__assembly__authority=authority).exclude(item__deliberation="")
    matches = [d for d in candidates.select_related("item")
               if re.search(rf"(?<![\w/.]){re.escape(d.item.deliberation)}(?![\w/])", reference)]
    return matches[0] if len(matches) == 1 else None


def _row_key(a: Attribution) -> str:
    values = (a.authority_id or a.authority_name, a.beneficiary_siret or a.beneficiary_name,
              str(a.amount), a.object, str(a.decision_date), a.decision_reference, str(a.period_start),
              str(a.period_end))
    return hashlib.sha256("\x1f".join(values).encode("utf-8")).hexdigest()


def import_subventions(path: Path, user: Any = None) -> AttributionsReport:
    """Read and store an SCDL Subventions file; raises NotSubventions or OSError on the file."""
    data: SubventionsFile = read_subventions(path)
    report = AttributionsReport(path, refused=list(data.refused), warnings=list(data.warnings))
    with transaction.atomic():
        for a in data.attributions:
            try:
                with transaction.atomic():
                    _store(a, path, report)
            except ValueError as e:
                report.refused.append((a.line, str(e)))
        if report.stored:
            audit(user, "subsidies.import_scdl", None, source=str(path), stored=report.stored,
                  refused=len(report.refused))
    report.refused.sort()
    return report


def _store(a: Attribution, path: Path, report: AttributionsReport) -> None:
    authority = _authority(a, report.authorities)
    key = _row_key(a)
    if sm.Attribution.objects.filter(authority=authority, row_key=key).exists():
        report.unchanged += 1
        return
    deliberation = _deliberation(authority, a.decision_reference)
    report.linked += deliberation is not None
    sm.Attribution.objects.create(
        authority=authority, beneficiary=_beneficiary(authority, a), deliberation=deliberation,
        amount=a.amount, object=a.object, decision_date=a.decision_date,
        decision_reference=a.decision_reference, nature=a.nature, payment_terms=a.payment_terms,
        period_start=a.period_start, period_end=a.period_end, percentage=a.percentage,
        eu_notified=a.eu_notified, source=path.name[:500], source_line=a.line, row_key=key)
    report.stored += 1


__all__ = ["AttributionsReport", "NotSubventions", "import_subventions", "kind_of"]
