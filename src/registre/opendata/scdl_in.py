"""SCDL « Subventions » files read back into attributions (données essentielles des
conventions de subvention, décret n° 2017-779 and arrêté du 17 novembre 2017).

Real files differ from the schema in every way a spreadsheet allows: Windows-1252 or
UTF-8 (with or without BOM), ``;`` or ``,``, the 2.x column names (``nomAttribuant``…) or
the older 1.x set (``COLL_NOM``, ``ATTRIB_NOM``, ``SUB_MONTANT``…), amounts as
« 40 000,00 » or « 10000.0 », dates as « 2017/09/08 », a SIRET saved as a float
(« 21860194600000.0 »). :func:`read_subventions` accepts all of these, and refuses a row
only for what makes it unusable (no beneficiary, no amount, an amount or a date out of
range), saying why, line by line; the rest of the file goes on.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

# The largest amount believed: the whole budget of the largest French authority is far below.
MAX_AMOUNT = Decimal("100000000000")
MAX_BYTES = 50_000_000
YEARS = range(1950, 2101)


class NotSubventions(Exception):
    """The file is not an SCDL Subventions table (its header names none of its columns)."""


@dataclass(frozen=True, slots=True)
class Attribution:
    """One row of an SCDL Subventions file: a subsidy granted by an authority."""

    line: int
    authority_name: str
    authority_id: str | None  # SIRET (14 digits) or SIREN (9)
    beneficiary_name: str
    beneficiary_siret: str | None
    amount: Decimal
    object: str = ""
    decision_date: dt.date | None = None
    decision_reference: str = ""
    nature: str = ""
    payment_terms: str = ""
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    percentage: Decimal | None = None
    eu_notified: bool | None = None


@dataclass(slots=True)
class SubventionsFile:
    """What a file gave: its attributions, the rows refused (line, reason) and warnings."""

    path: Path
    encoding: str
    delimiter: str
    columns: str  # « 2.x » or « 1.x »
    attributions: list[Attribution] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.strip().lstrip("\ufeff"))
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in text if not unicodedata.combining(c)).lower())


# Folded column name -> field, for both column sets.
_COLUMNS_2 = {
    "nomattribuant": "authority_name", "idattribuant": "authority_id",
    "dateconvention": "decision_date", "referencedecision": "decision_reference",
    "nombeneficiaire": "beneficiary_name", "idbeneficiaire": "beneficiary_siret",
    "objet": "object", "montant": "amount", "nature": "nature",
    "conditionsversement": "payment_terms", "datesperiodeversement": "period",
    "notificationue": "eu_notified", "pourcentagesubvention": "percentage",
}
_COLUMNS_1 = {
    "collnom": "authority_name", "collsiret": "authority_id", "actedate": "decision_date",
    "acteref": "decision_reference", "attribnom": "beneficiary_name",
    "attribsiret": "beneficiary_siret", "subobjet": "object", "subobj": "object",
    "submontant": "amount", "subnature": "nature", "subversement": "payment_terms",
    "subdatedebut": "period_start", "subdatefin": "period_end",
    "notifeu": "eu_notified", "notificationalacommissioneuropeenne": "eu_notified",
}


def _decode(data: bytes) -> tuple[str, str]:
    # A UTF-8 byte order mark before Windows-1252 text is seen in real files (Somme).
    data = data.removeprefix(b"\xef\xbb\xbf")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def _amount(text: str) -> Decimal:
    raw = text.strip().replace("\u00a0", " ").replace("\u202f", " ").replace("€", "").strip()
    if not raw:
        raise ValueError("montant absent")
    compact = raw.replace(" ", "")
    if "," in compact and "." in compact:  # 1.234,56 (thousands with points)
        compact = compact.replace(".", "").replace(",", ".")
    else:
        compact = compact.replace(",", ".")
    try:
        value = Decimal(compact)
    except InvalidOperation:
        raise ValueError(f"montant illisible « {raw} »") from None
    if not value.is_finite():
        raise ValueError(f"montant illisible « {raw} »")
    if value < 0:
        raise ValueError(f"montant négatif « {raw} »")
    if value > MAX_AMOUNT:
        raise ValueError(f"montant invraisemblable « {raw} »")
    return value.quantize(Decimal("0.01"))


_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d/%m/%Y", "%d-%m-%Y", "%d/%m/%y")


def _date(text: str) -> dt.date | None:
    raw = text.strip()
    if not raw:
        return None
    raw = raw.split("T")[0].split(" ")[0]
    for fmt in _DATE_FORMATS:
        try:
            value = dt.datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
        if value.year not in YEARS:
            raise ValueError(f"date hors des années plausibles « {text.strip()} »")
        return value
    raise ValueError(f"date illisible « {text.strip()} »")


def _identifier(text: str, keep_siren: bool = True) -> tuple[str | None, str | None]:
    """A SIRET or SIREN from what a spreadsheet left of it; (value, warning).

    With ``keep_siren``, a SIRET whose key is wrong but whose SIREN is right gives the SIREN.
    """
    raw = text.strip().replace(" ", "").replace("\u00a0", "")
    if not raw:
        return None, None
    as_float = bool(re.fullmatch(r"\d+\.0+", raw))
    if as_float:  # saved as a number: « 21860194600000.0 »
        raw = raw.split(".")[0]
    if re.fullmatch(r"\d+(\.\d+)?[eE]\+?\d+", raw):  # « 2.18601946E+13 »: digits are lost
        return None, f"identifiant « {text.strip()} » en notation scientifique : chiffres perdus, ignoré"
    if not raw.isdigit() or len(raw) not in (9, 14):
        return None, f"identifiant « {text.strip()} » ni SIRET (14 chiffres) ni SIREN (9), ignoré"
    # Written as a number with its establishment part (NIC) all zeros: the spreadsheet kept
    # about ten significant digits, the last ones are lost even when the key happens to fit.
    rounded = as_float and len(raw) == 14 and raw.endswith("00000")
    if luhn(raw) and not rounded:
        return raw, None
    # A wrong identifier is worse than none: keep the SIREN when it alone is right (the
    # digits lost by a spreadsheet are the last ones), else nothing.
    why = ("écrit comme un nombre, derniers chiffres perdus" if rounded
           else "clé de contrôle incorrecte (écrit comme un nombre : derniers chiffres perdus)" if as_float
           else "clé de contrôle incorrecte")
    if keep_siren and len(raw) == 14 and luhn(raw[:9]):
        return raw[:9], f"SIRET « {raw} » : {why}, seul le SIREN est gardé"
    return None, f"SIRET/SIREN « {raw} » : {why}, ignoré"


def luhn(digits: str) -> bool:
    """INSEE's control key of SIREN and SIRET (Luhn); La Poste's SIRETs (356000000…) differ."""
    if digits.startswith("356000000"):
        return sum(int(c) for c in digits) % 5 == 0
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _percentage(text: str) -> Decimal | None:
    raw = text.strip().replace(",", ".").replace("%", "").strip()
    if not raw:
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None
    return value if value.is_finite() and 0 <= value <= 100 else None


def _yes_no(text: str) -> bool | None:
    folded = _fold(text)
    return True if folded in ("oui", "yes", "true", "1") else False if folded in ("non", "no", "false",
                                                                                   "0") else None


def _mapping(header: list[str]) -> tuple[dict[int, str], str]:
    folded = [_fold(h) for h in header]
    for table, label in ((_COLUMNS_2, "2.x"), (_COLUMNS_1, "1.x")):
        mapping = {i: table[f] for i, f in enumerate(folded) if f in table}
        fields = set(mapping.values())
        if {"beneficiary_name", "amount"} <= fields:
            return mapping, label
    raise NotSubventions("en-tête sans les colonnes d'un fichier SCDL Subventions "
                         "(nomBeneficiaire/ATTRIB_NOM et montant/SUB_MONTANT)")


def looks_like_subventions(path: Path) -> bool:
    """Whether the file's first line is the header of an SCDL Subventions table."""
    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    text, _ = _decode(head.split(b"\n")[0])
    for delimiter in (";", ",", "\t"):
        try:
            _mapping(next(csv.reader([text], delimiter=delimiter)))
        except (NotSubventions, StopIteration):
            continue
        return True
    return False


def read_subventions(path: Path) -> SubventionsFile:
    """Read an SCDL Subventions CSV; raises :class:`NotSubventions` or ``OSError`` on the file."""
    if path.stat().st_size > MAX_BYTES:
        raise NotSubventions(f"fichier trop volumineux (plus de {MAX_BYTES // 1_000_000} Mo)")
    text, encoding = _decode(path.read_bytes())
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(rows)
    except StopIteration:
        raise NotSubventions("fichier vide") from None
    mapping, columns = _mapping(header)
    out = SubventionsFile(path, encoding, delimiter, columns)
    for line, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        values = {name: row[i].strip() for i, name in mapping.items() if i < len(row)}
        try:
            out.attributions.append(_attribution(line, values, out))
        except ValueError as e:
            out.refused.append((line, str(e)))
    return out


def _attribution(line: int, v: dict[str, str], out: SubventionsFile) -> Attribution:
    beneficiary = " ".join(v.get("beneficiary_name", "").split())
    if not beneficiary:
        raise ValueError("bénéficiaire absent")
    amount = _amount(v.get("amount", ""))
    authority_id, warning = _identifier(v.get("authority_id", ""))
    if warning:
        out.warnings.append((line, f"attribuant : {warning}"))
    siret, warning = _identifier(v.get("beneficiary_siret", ""), keep_siren=False)
    if warning:
        out.warnings.append((line, f"bénéficiaire : {warning}"))
    start, end = v.get("period_start", ""), v.get("period_end", "")
    if "period" in v and "_" in v["period"]:  # « 2018-01-01_2018-03-31 »
        start, end = v["period"].split("_", 1)
    elif "period" in v:
        start = v["period"]
    period_start, period_end = _date(start), _date(end)
    if period_start and period_end and period_end < period_start:
        out.warnings.append((line, "période de versement : fin avant le début"))
    authority_name = " ".join(v.get("authority_name", "").split())
    return Attribution(
        line=line,
        authority_name=authority_name,
        authority_id=authority_id,
        beneficiary_name=beneficiary[:300],
        beneficiary_siret=siret if siret and len(siret) == 14 else None,
        amount=amount,
        object=" ".join(v.get("object", "").split())[:2000],
        decision_date=_date(v.get("decision_date", "")),
        decision_reference=v.get("decision_reference", "")[:200],
        nature=v.get("nature", "")[:100],
        payment_terms=v.get("payment_terms", "")[:2000],
        period_start=period_start,
        period_end=period_end,
        percentage=_percentage(v.get("percentage", "")),
        eu_notified=_yes_no(v.get("eu_notified", "")),
    )

