"""Deliverable workbooks (XLSX, openpyxl): the template a beneficiary fills, and the
filled workbook read back with every cell checked.

The template has an « Instructions » sheet (in French, with the convention's key in
B3), an « Indicateurs » sheet (one row per target: key, indicator, value reached to
fill in column C, target, unit) and one sheet per table the annexes ask for, whose
columns are derived from the table's description (« … leurs effectifs et leurs
chiffres d'affaires » gives an « Effectif » and a « Chiffre d'affaires (€) » column).
Reading refuses a workbook with the address and reason of every wrong cell.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from registre.subsidies.model import Convention, Deliverable, Event, IndicatorValue, Target
from registre.subsidies.vocabulary import EventKind

INSTRUCTIONS, INDICATORS = "Instructions", "Indicateurs"
KEY_CELL = "B3"
HEADER_ROW, FIRST_ROW, TABLE_ROWS = 4, 5, 200
INDICATOR_HEADERS = ("Clé", "Indicateur", "Réalisé", "Cible", "Unité", "Axe / objectif", "Commentaire")
VALUE_COL, TARGET_COL = 3, 4
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
YES_NO = ("oui", "non")


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"  # text, int, money, choice
    choices: tuple[str, ...] = ()


# Keywords of a table's description → its columns, in this order.
COLUMN_RULES: tuple[tuple[str, Column], ...] = (
    (r"par action|chaque action", Column("Action")),
    (r"comité", Column("Comité")),
    (r"séances?", Column("Séance (date et objet)")),
    (r"physiquement et numériquement", Column("Mode", "choice", ("physique", "numérique"))),
    (r"effectif", Column("Effectif", "int")),
    (r"chiffres? d'affaires?", Column("Chiffre d'affaires (€)", "money")),
    (r"montant des programmes", Column("Montant du programme (€)", "money")),
    (r"aides publiques", Column("Aides publiques obtenues (€)", "money")),
    (r"brevets", Column("Brevets déposés", "int")),
    (r"emplois", Column("Emplois créés ou maintenus", "int")),
    (r"chercheurs", Column("Chercheurs concernés", "int")),
    (r"bourses", Column("Bourses financées", "int")),
    (r"postes", Column("Postes créés", "int")),
    (r"fonction", Column("Fonction de l'interlocuteur")),
    (r"profil", Column("Profil")),
    (r"participants", Column("Participants")),
    (r"experts", Column("Experts mobilisés")),
    (r"territoire|issue?s? de", Column("Issue du territoire (oui/non)", "choice", YES_NO)),
)
SUBJECTS = (
    (r"entités de recherche", "Entité de recherche"),
    (r"entreprises", "Entreprise"),
    (r"membres", "Membre"),
    (r"projets", "Projet"),
    (r"AMI|AAP|APP", "Appel à projets"),
)


def table_columns(description: str) -> tuple[Column, ...]:
    """Columns of the table a deliverable describes: its subject, then one per keyword."""
    subject = next((name for pattern, name in SUBJECTS if re.search(pattern, description)), "Structure")
    cols = [Column(subject)]
    cols += [col for pattern, col in COLUMN_RULES if re.search(pattern, description, re.IGNORECASE)]
    if len(cols) == 1:
        cols.append(Column("Observations"))
    return tuple(cols)


def _sheet_name(d: Deliverable, used: set[str]) -> str:
    words = re.sub(r"[\[\]:*?/\\']", " ", d.label).split()
    skip = {"un", "une", "le", "la", "les", "des", "de", "du", "tableau", "fournir", "remise", "d", "excel"}
    base = f"{d.key} " + " ".join(w for w in words if w.lower() not in skip)
    name = base[:31].strip()
    while name in used:
        name = name[:28] + f"~{len(used)}"
    used.add(name)
    return name


def table_deliverables(c: Convention) -> tuple[Deliverable, ...]:
    return tuple(d for d in c.programme.all_deliverables() if d.is_table)


def _header(ws: Worksheet, row: int, headers: tuple[str, ...]) -> None:
    for i, h in enumerate(headers, 1):
        cell = ws.cell(row=row, column=i, value=h)
        cell.font = Font(bold=True)
        ws.column_dimensions[get_column_letter(i)].width = max(14, min(48, len(h) + 4))


def _instructions(wb: Workbook, c: Convention, tables: dict[str, Deliverable]) -> None:
    ws = wb.active
    assert ws is not None
    ws.title = INSTRUCTIONS
    ws["A1"] = f"Livrables de la convention « {c.title} »"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"], ws[KEY_CELL] = "Convention", c.key
    ws["A4"], ws["B4"] = "Bénéficiaire", c.beneficiary.name
    due = c.current_end_date
    ws["A5"], ws["B5"] = "À remettre au plus tard le", due.strftime("%d/%m/%Y") if due else "fin du programme"
    text = [
        "Comment remplir ce classeur :",
        f"1. Feuille « {INDICATORS} » : saisissez en colonne C (« Réalisé ») la valeur atteinte pour chaque "
        "indicateur, un nombre entier positif ou nul. Ne modifiez ni les clés (colonne A) ni les cibles (D).",
        "2. Une feuille par tableau demandé par les annexes : une ligne par structure à partir de la "
        "ligne 5 ; les montants en euros sans symbole, les effectifs en nombres entiers, « oui » ou "
        "« non » là où c'est demandé.",
        "3. Ne renommez pas les feuilles. Les cellules à saisir sont sur fond jaune.",
        "4. Le classeur est contrôlé à réception : chaque cellule erronée est signalée par son adresse "
        "(par exemple « Indicateurs!C7 ») et la raison du refus.",
        "",
        "Tableaux demandés :",
        *(f"- {name} : {d.label}" for name, d in tables.items()),
        "",
        "Documents à joindre séparément :",
        *(f"- {d.label}" for d in c.programme.all_deliverables() if not d.is_table),
        *(f"- {r.label}" for r in c.reports),
    ]
    for i, line in enumerate(text, 7):
        ws.cell(row=i, column=1, value=line).alignment = Alignment(wrap_text=False)
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 60


def _target_rows(targets: tuple[Target, ...]) -> list[tuple[Target, bool]]:
    rows: list[tuple[Target, bool]] = []
    for t in targets:
        rows.append((t, False))
        rows.extend((p, True) for p in t.of_which)
    return rows


def _indicators_sheet(wb: Workbook, c: Convention) -> None:
    ws = wb.create_sheet(INDICATORS)
    ws["A1"] = f"Indicateurs — convention {c.key}"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Saisir en colonne C la valeur atteinte (nombre entier ≥ 0)."
    _header(ws, HEADER_ROW, INDICATOR_HEADERS)
    ws.column_dimensions["B"].width = 70
    dv = DataValidation(
        type="whole",
        operator="greaterThanOrEqual",
        formula1="0",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Valeur refusée",
        error="Saisissez un nombre entier positif ou nul.",
    )
    ws.add_data_validation(dv)
    for row, (t, is_part) in enumerate(_target_rows(c.programme.all_targets()), FIRST_ROW):
        label = f"dont {t.label}" if is_part and not t.label.startswith("dont") else t.label
        for col, value in enumerate((t.key, label, None, t.quantity, t.unit, t.where, None), 1):
            ws.cell(row=row, column=col, value=value)
        for col in (VALUE_COL, 7):
            ws.cell(row=row, column=col).fill = INPUT_FILL
            ws.cell(row=row, column=col).protection = Protection(locked=False)
        dv.add(f"C{row}")
    ws.protection.sheet = True  # keys and targets locked, no password: a guard, not a secret


def _table_sheet(wb: Workbook, name: str, d: Deliverable) -> None:
    ws = wb.create_sheet(name)
    ws["A1"] = d.label
    ws["A1"].font = Font(bold=True)
    ws["A2"] = f"{d.where} — une ligne par élément, à partir de la ligne {FIRST_ROW}."
    cols = table_columns(d.label)
    _header(ws, HEADER_ROW, tuple(c.header for c in cols))
    last = FIRST_ROW + TABLE_ROWS - 1
    for i, col in enumerate(cols, 1):
        letter = get_column_letter(i)
        dv = None
        if col.kind in ("int", "money"):
            dv = DataValidation(
                type="whole" if col.kind == "int" else "decimal",
                operator="greaterThanOrEqual",
                formula1="0",
                allow_blank=True,
                showErrorMessage=True,
                error="Saisissez un nombre positif ou nul.",
            )
        elif col.kind == "choice":
            dv = DataValidation(
                type="list",
                formula1='"' + ",".join(col.choices) + '"',
                allow_blank=True,
                showErrorMessage=True,
                error="Choisissez : " + " ou ".join(col.choices),
            )
        if dv is not None:
            ws.add_data_validation(dv)
            dv.add(f"{letter}{FIRST_ROW}:{letter}{last}")


def deliverables_workbook(c: Convention) -> bytes:
    """The XLSX template of convention ``c``'s deliverables, as bytes."""
    wb = Workbook()
    used: set[str] = {INSTRUCTIONS, INDICATORS}
    tables = {_sheet_name(d, used): d for d in table_deliverables(c)}
    _instructions(wb, c, tables)
    _indicators_sheet(wb, c)
    for name, d in tables.items():
        _table_sheet(wb, name, d)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- reading back ----------------------------------------------------------------------


@dataclass(frozen=True)
class CellError:
    """A refused cell: ``cell`` is « Indicateurs!C7 »."""

    cell: str
    message: str

    def __str__(self) -> str:
        return f"{self.cell} : {self.message}"


@dataclass
class WorkbookReading:
    """A filled workbook, read: refused when ``errors`` is not empty."""

    convention: str
    errors: list[CellError] = field(default_factory=list)
    indicators: list[IndicatorValue] = field(default_factory=list)
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    def events(self, on: dt.date) -> list[Event]:
        """Events recording what the workbook reports, dated ``on`` (empty if refused)."""
        if not self.ok:
            return []
        out = [
            Event(EventKind.INDICATOR_REPORTED, on, indicator=v.key, value=Decimal(v.value), label=v.label)
            for v in self.indicators
        ]
        out += [
            Event(EventKind.DELIVERABLE_RECEIVED, on, label=name.split()[0])
            for name, rows in self.tables.items()
            if rows
        ]
        return out


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*\d+\s*", value):
        return int(value)
    return None


def _money(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return Decimal(str(value))
    if isinstance(value, str):
        try:
            return Decimal(re.sub(r"[\s\u202f€]", "", value).replace(",", "."))
        except InvalidOperation:
            return None
    return None


def _read_indicators(ws: Worksheet, c: Convention, reading: WorkbookReading) -> None:
    expected = {t.key: (t, part) for t, part in _target_rows(c.programme.all_targets())}
    seen: set[str] = set()
    for row in range(FIRST_ROW, ws.max_row + 1):
        key, _label, value, target = (ws.cell(row=row, column=i).value for i in (1, 2, VALUE_COL, TARGET_COL))
        if key is None and value is None:
            continue
        where = f"{INDICATORS}!"
        if str(key) not in expected:
            reading.errors.append(CellError(f"{where}A{row}", f"clé « {key} » inconnue de la convention"))
            continue
        t, _ = expected[str(key)]
        seen.add(t.key)
        if _int(target) != t.quantity:
            reading.errors.append(
                CellError(f"{where}D{row}", f"cible modifiée : {target!r} au lieu de {t.quantity}")
            )
        n = _int(value)
        if value is None or (isinstance(value, str) and not value.strip()):
            reading.errors.append(CellError(f"{where}C{row}", f"valeur manquante pour « {t.label[:60]} »"))
        elif n is None or n < 0:
            reading.errors.append(
                CellError(f"{where}C{row}", f"« {value} » n'est pas un nombre entier positif ou nul")
            )
        else:
            reading.indicators.append(IndicatorValue(t.key, t.label, t.quantity, n))
    for key in sorted(expected.keys() - seen):
        reading.errors.append(CellError(INDICATORS, f"ligne de l'indicateur {key} supprimée"))


def _check_cell(ws: Worksheet, col: Column, row: int, i: int, reading: WorkbookReading) -> Any:
    value = ws.cell(row=row, column=i).value
    address = f"{ws.title}!{get_column_letter(i)}{row}"
    if value is None or (isinstance(value, str) and not value.strip()):
        if i == 1:
            reading.errors.append(CellError(address, f"« {col.header} » obligatoire sur une ligne remplie"))
        return None
    if col.kind == "int" and (_int(value) is None or (_int(value) or 0) < 0):
        reading.errors.append(CellError(address, f"« {value} » n'est pas un nombre entier positif ou nul"))
    elif col.kind == "money" and ((m := _money(value)) is None or m < 0):
        reading.errors.append(CellError(address, f"« {value} » n'est pas un montant en euros positif ou nul"))
    elif col.kind == "choice" and str(value).strip().lower() not in col.choices:
        reading.errors.append(CellError(address, f"« {value} » : attendu {' ou '.join(col.choices)}"))
    return value


def _read_table(ws: Worksheet, d: Deliverable, reading: WorkbookReading) -> None:
    cols = table_columns(d.label)
    headers = tuple(ws.cell(row=HEADER_ROW, column=i).value for i in range(1, len(cols) + 1))
    if headers != tuple(c.header for c in cols):
        reading.errors.append(CellError(f"{ws.title}!A{HEADER_ROW}", "en-têtes de colonnes modifiés"))
        return
    rows = []
    for row in range(FIRST_ROW, ws.max_row + 1):
        if all(ws.cell(row=row, column=i).value in (None, "") for i in range(1, len(cols) + 1)):
            continue
        rows.append({col.header: _check_cell(ws, col, row, i, reading) for i, col in enumerate(cols, 1)})
    reading.tables[ws.title] = rows


def read_workbook(c: Convention, source: str | Path | bytes | BinaryIO) -> WorkbookReading:
    """Read a filled workbook of convention ``c``; never raises on a bad file: the
    problems are in ``errors``, each with its cell address."""
    reading = WorkbookReading(c.key)
    try:
        data = io.BytesIO(source) if isinstance(source, bytes) else source
        wb = load_workbook(data, data_only=True)
    except Exception as e:  # openpyxl raises many kinds on a damaged or foreign file
        reading.errors.append(
            CellError("(classeur)", f"fichier illisible comme classeur XLSX ({type(e).__name__})")
        )
        return reading
    if INSTRUCTIONS not in wb.sheetnames or wb[INSTRUCTIONS][KEY_CELL].value != c.key:
        found = wb[INSTRUCTIONS][KEY_CELL].value if INSTRUCTIONS in wb.sheetnames else None
        reading.errors.append(
            CellError(
                f"{INSTRUCTIONS}!{KEY_CELL}",
                f"classeur d'une autre convention ({found!r} au lieu de {c.key!r})",
            )
        )
        return reading
    if INDICATORS not in wb.sheetnames:
        reading.errors.append(CellError(INDICATORS, "feuille manquante"))
    else:
        _read_indicators(wb[INDICATORS], c, reading)
    used: set[str] = {INSTRUCTIONS, INDICATORS}
    for d in table_deliverables(c):
        name = _sheet_name(d, used)
        if name not in wb.sheetnames:
            reading.errors.append(CellError(name, "feuille manquante ou renommée"))
            continue
        _read_table(wb[name], d, reading)
    return reading
