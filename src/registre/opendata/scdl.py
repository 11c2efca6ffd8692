"""SCDL « Délibérations » 2.1.5: one CSV row per deliberation.

VOTE_EFFECTIF is the number of members in office (« effectif total des représentants
élus susceptibles de participer au vote »); VOTE_REEL the votes that could be cast at
the item (present and represented, less the interested members' votes, who take no
part). Both come from the core's computation, never from a typed figure.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from typing import IO

from registre.core.actes import matiere_level2, scdl_matiere_name
from registre.core.check import ItemResult, SessionReport
from registre.opendata.standards import standard_schema

SCHEMA = "scdl-deliberations-schema.json"

# The columns of SCDL Délibérations 2.1.5, in the schema's order (a test compares them with
# the published schema): writing a file needs no schema, only validating it does.
FIELDS = (
    "COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
    "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF",
    "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL",
)


def fields() -> list[str]:
    """Column names, in the schema's order."""
    return list(FIELDS)


def deliberation_rows(
    reports: Iterable[SessionReport],
    url_for: Callable[[SessionReport, ItemResult], str] | None = None,
) -> list[dict[str, str]]:
    """Rows for every item that is a deliberation (has a number or a vote)."""
    rows = []
    for report in reports:
        s = report.session
        for r in report.items:
            it = r.item
            if not it.deliberation and it.vote is None:
                continue
            text = it.text
            budget = text.budget if text else None
            year = re.search(r"\b(20\d\d|19\d\d)\b", budget.budget) if budget else None
            counts = r.tally.counts if r.tally else None
            rows.append({
                "COLL_NOM": s.assembly.authority.name,
                "COLL_SIRET": s.assembly.authority.siret or "",
                "DELIB_ID": it.deliberation or f"{s.date.isoformat()}-{it.number}",
                "DELIB_DATE": s.date.isoformat(),
                "DELIB_MATIERE_CODE": matiere_level2(text.matiere if text else None) or "",
                "DELIB_MATIERE_NOM": scdl_matiere_name(text.matiere if text else None) or "",
                "DELIB_OBJET": " ".join(it.title.split()),
                "BUDGET_ANNEE": year.group(1) if year else "",
                "BUDGET_NOM": budget.budget if budget else "",
                "PREF_ID": "",
                "PREF_DATE": "",
                "VOTE_EFFECTIF": str(s.assembly.members_in_office),
                "VOTE_REEL": str(r.tally.available) if r.tally else "",
                "VOTE_POUR": str(counts.for_) if counts else "",
                "VOTE_CONTRE": str(counts.against) if counts else "",
                "VOTE_ABSTENTION": str(counts.abstention) if counts else "",
                "DELIB_URL": url_for(report, r) if url_for else "",
            })
    return rows


def write_csv(rows: list[dict[str, str]], out: IO[str]) -> None:
    """Write rows as the SCDL CSV (UTF-8, comma-separated, header in the schema's order)."""
    writer = csv.DictWriter(out, fieldnames=fields(), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


_FRENCH = {
    "constraint-error": "contrainte non respectée",
    "type-error": "type incorrect",
    "missing-cell": "cellule manquante",
    "extra-cell": "cellule en trop",
    "blank-row": "ligne vide",
}

# frictionless's notes on a broken constraint (« constraint "required" is "True" »), in French.
_CONSTRAINT = re.compile(r'constraint "(\w+)" is "(.*)"')
_CONSTRAINT_FRENCH = {
    "required": "valeur obligatoire absente",
    "pattern": "la valeur ne suit pas le motif {}",
    "enum": "valeur hors de la liste permise ({})",
    "minimum": "valeur inférieure au minimum {}",
    "maximum": "valeur supérieure au maximum {}",
    "minLength": "valeur plus courte que {} caractères",
    "maxLength": "valeur plus longue que {} caractères",
}
_SIRET_WHERE = (" — SIRET de la collectivité à renseigner : « siret: » sous « authority: » du fichier "
                "de séance, ou dans l'espace greffe (greffe › collectivité › identifiants)")
# Where a missing value of the authority is entered, for the fields that come from it.
_WHERE_TO_ENTER = {
    "COLL_SIRET": _SIRET_WHERE,
    "idAttribuant": _SIRET_WHERE,
    "notificationUE": " — à renseigner sur la convention (notifiée ou non à la Commission européenne)",
    "idBeneficiaire": " — SIRET du bénéficiaire à renseigner sur sa fiche",
    "COLL_NOM": " — nom de la collectivité à renseigner (« name: » sous « authority: »)",
}


def _french_note(note: str) -> str:
    m = _CONSTRAINT.fullmatch(note.strip())
    if not m:
        return note
    pattern = _CONSTRAINT_FRENCH.get(m.group(1))
    return pattern.format(m.group(2)) if pattern else f"contrainte « {m.group(1)} » non respectée"


def validate_deliberations(rows: list[dict[str, str]]) -> list[str]:
    """Validate rows against the SCDL schema with frictionless; French messages, [] if valid.

    Raises :class:`~registre.opendata.standards.StandardUnavailable` when the schema cannot
    be found (no local copy, no cache, no network).
    """
    buf = io.StringIO()
    write_csv(rows, buf)
    return validate_csv(buf.getvalue(), SCHEMA)


def validate_csv(text: str, schema: str) -> list[str]:
    """Problems of an SCDL CSV against the standard ``schema``, in French; [] if valid."""
    from frictionless import Resource, Schema

    resource = Resource(data=text.encode("utf-8"), format="csv",
                        schema=Schema.from_descriptor(standard_schema(schema)))
    report = resource.validate()
    out = []
    for task in report.tasks:
        for err in task.errors:
            row = getattr(err, "row_number", None)
            field = getattr(err, "field_name", None)
            where = f"ligne {row}" if row else "fichier"
            where += f", champ {field}" if field else ""
            message = f"{where} : {_FRENCH.get(err.type, err.title)} — {_french_note(err.note)}"
            out.append(message + _WHERE_TO_ENTER.get(field or "", ""))
    return out
