"""Deliverable workbooks: the template per convention, and the filled workbook read back
(a wrong cell refused with its address and the reason, a correct one giving indicators)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from registre.subsidies.deadlines import deadlines
from registre.subsidies.events import record_event
from registre.subsidies.model import Convention
from registre.subsidies.vocabulary import DeadlineState, EventKind
from registre.subsidies.workbook import (
    FIRST_ROW,
    INDICATORS,
    deliverables_workbook,
    read_workbook,
    table_columns,
)


@pytest.fixture(scope="module")
def template(pmt: Convention) -> bytes:
    return deliverables_workbook(pmt)


def fill(template: bytes, pmt: Convention, values: dict[str, object] | None = None) -> bytes:
    """The template with every indicator set to its target (or ``values[key]``) and one
    correct row in each table."""
    wb = load_workbook(io.BytesIO(template))
    ws = wb[INDICATORS]
    for row in range(FIRST_ROW, ws.max_row + 1):
        key = ws.cell(row=row, column=1).value
        ws.cell(row=row, column=3).value = (values or {}).get(key, ws.cell(row=row, column=4).value)
    for name in wb.sheetnames[2:]:
        sheet = wb[name]
        for col in range(1, sheet.max_column + 1):
            header = str(sheet.cell(row=4, column=col).value)
            value: object = "Silmach"
            if "(oui/non)" in header:
                value = "oui"
            elif "€" in header or header in (
                "Effectif",
                "Brevets déposés",
                "Emplois créés ou maintenus",
                "Chercheurs concernés",
                "Bourses financées",
                "Postes créés",
            ):
                value = 12
            elif header == "Mode":
                value = "physique"
            sheet.cell(row=FIRST_ROW, column=col).value = value
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_template_has_instructions_indicators_and_one_sheet_per_table(
    template: bytes, pmt: Convention
) -> None:
    wb = load_workbook(io.BytesIO(template))
    assert wb.sheetnames[:2] == ["Instructions", INDICATORS]
    tables = [d for d in pmt.programme.all_deliverables() if d.is_table]
    assert len(wb.sheetnames) == 2 + len(tables)
    assert wb["Instructions"]["B3"].value == pmt.key
    assert "Comment remplir" in str(wb["Instructions"]["A7"].value)
    ws = wb[INDICATORS]
    rows = {
        ws.cell(row=r, column=1).value: ws.cell(row=r, column=4).value
        for r in range(FIRST_ROW, ws.max_row + 1)
    }
    assert 200 in rows.values() and 40 in rows.values() and 26 in rows.values()
    assert ws.data_validations.dataValidation and ws.protection.sheet


def test_table_columns_follow_the_description() -> None:
    cols = table_columns(
        "Fournir un tableau listant les entreprises, leurs effectifs et leurs chiffres d'affaires"
    )
    assert [c.header for c in cols] == ["Entreprise", "Effectif", "Chiffre d'affaires (€)"]
    assert [c.kind for c in cols] == ["text", "int", "money"]


def test_correct_workbook_gives_indicators_compared_with_targets(template: bytes, pmt: Convention) -> None:
    data = fill(template, pmt, {"A1-O1-T1": 150, "A1-O2-T1": 5})
    reading = read_workbook(pmt, data)
    assert reading.ok, reading.errors
    values = {v.key: v for v in reading.indicators}
    assert values["A1-O1-T1"].value == 150 and not values["A1-O1-T1"].reached
    assert str(values["A1-O1-T1"].rate) == "75.0"
    assert values["A1-O2-T1"].reached and str(values["A1-O2-T1"].rate) == "125.0"
    assert all(len(rows) == 1 for rows in reading.tables.values())


def test_correct_workbook_updates_the_indicators_and_deliverables(template: bytes, pmt: Convention) -> None:
    reading = read_workbook(pmt, fill(template, pmt))
    c = pmt
    for event in reading.events(dt.date(2025, 4, 20)):
        c = record_event(c, event)
    reported = [e for e in c.events if e.kind is EventKind.INDICATOR_REPORTED]
    assert len(reported) == len(reading.indicators) > 10
    states = {d.label: d.state(dt.date(2025, 5, 1)) for d in deadlines(c) if "Livrables" in d.label}
    tables = sum(d.is_table for d in pmt.programme.all_deliverables())
    assert states[f"Livrables des annexes, tableaux ({tables})"] is DeadlineState.DONE
    # « Qualifier les demandes de mise en relation … » is not a table: still expected
    assert states["Livrables des annexes, autres documents (1)"] is DeadlineState.OVERDUE


def test_wrong_cell_refused_with_its_address_and_reason(template: bytes, pmt: Convention) -> None:
    reading = read_workbook(pmt, fill(template, pmt, {"A1-O1-T2": "beaucoup"}))
    assert not reading.ok
    [error] = reading.errors
    assert error.cell == f"{INDICATORS}!C7"  # A1-O1-T1, its part « dont 40 », then A1-O1-T2
    assert "« beaucoup » n'est pas un nombre entier positif ou nul" in error.message
    assert reading.events(dt.date(2025, 4, 20)) == []


def test_negative_value_missing_value_and_changed_target_refused(template: bytes, pmt: Convention) -> None:
    wb = load_workbook(io.BytesIO(fill(template, pmt, {"A1-O1-T1": -3, "A1-O2-T1": None})))
    wb[INDICATORS]["D9"] = 1
    buf = io.BytesIO()
    wb.save(buf)
    reading = read_workbook(pmt, buf.getvalue())
    messages = {e.cell: e.message for e in reading.errors}
    assert "n'est pas un nombre entier" in messages[f"{INDICATORS}!C5"]
    assert any("valeur manquante" in m for m in messages.values())
    assert "cible modifiée" in messages[f"{INDICATORS}!D9"]


def test_wrong_table_cells_refused(template: bytes, pmt: Convention) -> None:
    wb = load_workbook(io.BytesIO(fill(template, pmt)))
    sheet = next(wb[n] for n in wb.sheetnames[2:] if wb[n].cell(row=4, column=2).value == "Effectif")
    sheet["B5"] = "douze"
    sheet["A6"] = None
    sheet["B6"] = 4
    buf = io.BytesIO()
    wb.save(buf)
    errors = {e.cell: e.message for e in read_workbook(pmt, buf.getvalue()).errors}
    assert "« douze » n'est pas un nombre entier" in errors[f"{sheet.title}!B5"]
    assert "obligatoire" in errors[f"{sheet.title}!A6"]


def test_workbook_of_another_convention_refused(pmt: Convention, cmq: Convention) -> None:
    reading = read_workbook(cmq, deliverables_workbook(pmt))
    assert [e.cell for e in reading.errors] == ["Instructions!B3"]


def test_not_a_workbook_is_refused_without_raising(pmt: Convention) -> None:
    reading = read_workbook(pmt, b"not a zip at all")
    assert not reading.ok and "illisible" in reading.errors[0].message


def test_cmq_template(cmq: Convention) -> None:
    wb = load_workbook(io.BytesIO(deliverables_workbook(cmq)))
    ws = wb[INDICATORS]
    assert ws.max_row - FIRST_ROW + 1 == len(cmq.programme.all_targets())
    assert len(wb.sheetnames) == 2 + sum(d.is_table for d in cmq.programme.all_deliverables())
