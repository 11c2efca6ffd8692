"""Open data of an authority from the database: SCDL Délibérations and Subventions files.

The deliberations' figures are the core's computation on each stored session (the same
``check_session`` as the portal); the subsidies are the stored conventions and the
attributions imported from the authority's own SCDL files. Validation uses the standards'
schemas (:mod:`registre.opendata.standards`) and says in French what is missing and where
it is entered.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from registre.core import check_session
from registre.core.check import ItemResult, SessionReport
from registre.opendata.scdl import SCHEMA as DELIBERATIONS_SCHEMA
from registre.opendata.scdl import deliberation_rows, validate_csv, write_csv
from registre.opendata.scdl_subventions import SCHEMA as SUBVENTIONS_SCHEMA
from registre.opendata.scdl_subventions import Grant, subvention_rows, write_subventions_csv
from registre.opendata.standards import StandardUnavailable
from registre.subsidies.vocabulary import EventKind
from registre.web import models as m
from registre.web.convert import session_to_core
from registre.web.subsidies import models as sm
from registre.web.subsidies.convert import conventions_queryset, to_domain


@dataclass(frozen=True)
class DataFile:
    """A downloadable file of an authority's open data."""

    name: str  # « deliberations », « subventions »
    title: str
    schema: str
    text: str
    rows: int

    @property
    def filename(self) -> str:
        return f"{self.name}.csv"


def _reports(authority: m.Authority) -> list[SessionReport]:
    sessions = m.Session.objects.filter(assembly__authority=authority).select_related(
        "assembly__authority").order_by("date", "pk")
    return [check_session(session_to_core(s)) for s in sessions]


def deliberations_file(authority: m.Authority, absolute: Callable[[str], str]) -> DataFile:
    """SCDL Délibérations of every stored session of ``authority``."""
    stored = {(it.session_id, it.number): it for it in m.Item.objects.filter(
        session__assembly__authority=authority).select_related("session__assembly__authority")}
    session_ids = {(s.assembly.name, s.date): s.pk for s in m.Session.objects.filter(
        assembly__authority=authority).select_related("assembly")}

    def url_for(report: SessionReport, r: ItemResult) -> str:
        pk = session_ids.get((report.session.assembly.name, report.session.date))
        it = stored.get((pk, r.item.number)) if pk else None
        return absolute(it.get_absolute_url()) if it else ""

    rows = deliberation_rows(_reports(authority), url_for)
    buf = io.StringIO()
    write_csv(rows, buf)
    return DataFile("deliberations", "Délibérations (SCDL 2.1.5)", DELIBERATIONS_SCHEMA, buf.getvalue(),
                    len(rows))


def _convention_grants(authority: m.Authority) -> list[Grant]:
    grants = []
    for conv in conventions_queryset().filter(authority=authority):
        c = to_domain(conv)
        share = c.authority_share()
        start = c.effective_date
        grants.append(Grant(
            authority_name=authority.name, authority_siret=authority.siret,
            convention_date=c.first(EventKind.SIGNATURE) or conv.deliberation_date,
            decision_reference=conv.deliberation_number, beneficiary_name=conv.beneficiary.name,
            beneficiary_siret=conv.beneficiary.siret, beneficiary_rna=conv.beneficiary.rna,
            object=conv.object or conv.title, amount=c.ceiling,
            payment_terms="; ".join(t.text for t in c.schedule if t.text),
            period_start=start, period_end=c.current_end_date if start else None,
            share=(share / 100) if share is not None and share > 0 else None))
    return grants


def _attribution_grants(authority: m.Authority) -> list[Grant]:
    return [Grant(
        authority_name=authority.name, authority_siret=authority.siret, convention_date=a.decision_date,
        decision_reference=a.decision_reference, beneficiary_name=a.beneficiary.name,
        beneficiary_siret=a.beneficiary.siret, beneficiary_rna=a.beneficiary.rna, object=a.object,
        amount=a.amount, nature=a.nature.lower() if a.nature else "aide en numéraire",
        payment_terms=a.payment_terms, period_start=a.period_start, period_end=a.period_end,
        eu_notified=a.eu_notified,
        share=a.percentage / 100 if a.percentage is not None and a.percentage > 1 else a.percentage)
        for a in sm.Attribution.objects.filter(authority=authority).select_related("beneficiary")]


def subventions_file(authority: m.Authority) -> DataFile:
    """SCDL Subventions of ``authority``: its conventions, then the attributions it published."""
    rows = subvention_rows([*_convention_grants(authority), *_attribution_grants(authority)])
    buf = io.StringIO()
    write_subventions_csv(rows, buf)
    return DataFile("subventions", "Subventions (SCDL 2.1.1)", SUBVENTIONS_SCHEMA, buf.getvalue(), len(rows))


def data_file(authority: m.Authority, name: str, absolute: Callable[[str], str]) -> DataFile | None:
    if name == "deliberations":
        return deliberations_file(authority, absolute)
    if name == "subventions":
        return subventions_file(authority)
    return None


@dataclass(frozen=True)
class Validation:
    """What validation said: problems (French), or why it could not run."""

    problems: list[str]
    unavailable: str | None = None

    @property
    def valid(self) -> bool:
        return self.unavailable is None and not self.problems


def validate(f: DataFile) -> Validation:
    try:
        return Validation(validate_csv(f.text, f.schema))
    except StandardUnavailable as e:
        return Validation([], str(e))


def missing_identifiers(authority: m.Authority) -> list[str]:
    """What the authority lacks for its open data, said in French with where to enter it."""
    out = []
    if not authority.siret:
        out.append("SIRET de la collectivité (obligatoire dans les fichiers SCDL) : à saisir dans "
                   "l'espace greffe, page « Identifiants de la collectivité », ou « siret: » sous "
                   "« authority: » du fichier de séance")
    return out
