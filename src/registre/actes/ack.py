"""The prefecture's acknowledgement (``actes:ARActe``) and the act identifier it carries.

The acknowledgement is what makes an act of L2131-2 enforceable: its ``DateReception``
is the date of « reçu en préfecture ». Its ``IDActe`` (``095-219501426-20240105-032024-DE``)
is département, SIREN, decision date, internal number and nature.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from lxml import etree

from registre.actes.envelope import NS, ActesError

ID_PATTERN = re.compile(
    r"^(?P<department>\d{3}|0?2[AB])-(?P<siren>\d{9})-(?P<date>\d{8})-"
    r"(?P<number>[A-Z0-9_]{1,15})-(?P<nature>[A-Z]{2})$")


@dataclass(frozen=True, slots=True)
class ActeId:
    """An IDActe taken apart."""

    text: str
    department: str
    siren: str
    decision_date: dt.date
    number: str
    nature: str


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    """An ARActe: which act, received when."""

    acte_id: ActeId
    received_on: dt.date
    subject: str
    xml: bytes


def parse_acte_id(text: str) -> ActeId:
    """``095-219501426-20240105-032024-DE`` → its parts; ActesError when it is not one."""
    m = ID_PATTERN.match(text.strip())
    if m is None:
        raise ActesError([f"identifiant d'acte « {text} » illisible "
                          "(attendu DDD-SIREN-AAAAMMJJ-NUMERO-NATURE)"])
    try:
        day = dt.datetime.strptime(m["date"], "%Y%m%d").date()
    except ValueError as e:
        raise ActesError([f"identifiant d'acte « {text} » : date {m['date']} impossible"]) from e
    return ActeId(text=text.strip(), department=m["department"], siren=m["siren"],
                  decision_date=day, number=m["number"], nature=m["nature"])


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_ack(data: bytes) -> Acknowledgement:
    """The ARActe in ``data``; ActesError naming what is missing or unreadable."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as e:
        raise ActesError([f"accusé de réception illisible : {e}"]) from e
    ar = root if root.tag == f"{{{NS}}}ARActe" else root.find(f".//{{{NS}}}ARActe")
    if ar is None:
        raise ActesError(["accusé de réception : pas d'élément actes:ARActe"])
    raw_id = ar.get(f"{{{NS}}}IDActe")
    raw_date = ar.get(f"{{{NS}}}DateReception")
    problems = []
    if not raw_id:
        problems.append("accusé de réception sans IDActe")
    if not raw_date:
        problems.append("accusé de réception sans DateReception")
    if problems:
        raise ActesError(problems)
    assert raw_id is not None and raw_date is not None
    try:
        received = dt.date.fromisoformat(raw_date[:10])
    except ValueError as e:
        raise ActesError([f"accusé de réception : DateReception « {raw_date} » illisible"]) from e
    subject = ar.findtext(f".//{{{NS}}}Objet") or ""
    return Acknowledgement(acte_id=parse_acte_id(raw_id), received_on=received,
                           subject=subject.strip(), xml=data)


def ack_xml(acte_id: str, received_on: dt.date, subject: str = "") -> bytes:
    """An ARActe as the ministry sends it (for the fake S²LOW of the tests and demos)."""
    q = f"{{{NS}}}"
    root = etree.Element(f"{q}ARActe", {f"{q}IDActe": acte_id, f"{q}DateReception": received_on.isoformat()},
                         nsmap={"actes": NS})
    recu = etree.SubElement(root, f"{q}ActeRecu")
    etree.SubElement(recu, f"{q}Objet").text = subject
    out: bytes = etree.tostring(root, xml_declaration=True, encoding="ISO-8859-1", pretty_print=True)
    return out
