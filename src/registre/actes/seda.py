"""A SEDA 2.2 transfer package of a closed session, for an electronic archiving system.

The package is a ZIP holding ``manifest.xml`` (the bordereau ``ArchiveTransfer`` of
SEDA 2.2, namespace ``fr:gouv:culture:archivesdefrance:seda:v2.2``) and the files under
``content/``: for each act its signed PDF, its @ctes acknowledgement and the record of
its life; for the session the closing sheet, the minutes and the session's history as
proof. One archive unit for the session (``RecordGrp``), one per act (``Item``) under
it, each file a ``BinaryDataObject`` with its SHA-512 digest and size. The tests validate
the bordereau against the official XSD (../shared/standards/seda-2.2/).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field

from lxml import etree

NS = "fr:gouv:culture:archivesdefrance:seda:v2.2"
DIGEST = "SHA-512"
MIME_FORMATS = {  # PRONOM identifiers of the formats Registre writes
    "application/pdf": "fmt/477",  # PDF/A-2b
    "application/xml": "fmt/101",
    "application/json": "fmt/817",
}


@dataclass(frozen=True, slots=True)
class ArchiveFile:
    """One file to archive: its name in the package, bytes, title and media type."""

    name: str
    data: bytes
    title: str
    media_type: str = "application/pdf"


@dataclass(frozen=True, slots=True)
class ArchivedAct:
    """An act and its files (signed PDF, acknowledgement, life record)."""

    number: str
    title: str
    decision_date: dt.date
    files: tuple[ArchiveFile, ...]
    acte_id: str | None = None
    matiere: str | None = None


@dataclass(frozen=True)
class Transfer:
    """What is sent: the session, its acts and files, who sends and who archives."""

    message_id: str
    authority: str
    authority_id: str  # SIREN when known, else the slug
    archival_agency: str
    title: str  # « Conseil de Communauté — séance du 11 avril 2024 »
    session_date: dt.date
    acts: Sequence[ArchivedAct]
    session_files: Sequence[ArchiveFile] = ()
    archival_agreement: str | None = None
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


def _e(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, f"{{{NS}}}{tag}", attrs)
    if text is not None:
        el.text = text
    return el


def _binary(pkg: etree._Element, ident: str, f: ArchiveFile) -> None:
    obj = _e(pkg, "BinaryDataObject", id=ident)
    _e(obj, "DataObjectVersion", "BinaryMaster_1")
    _e(obj, "Uri", f"content/{f.name}")
    _e(obj, "MessageDigest", hashlib.sha512(f.data).hexdigest(), algorithm=DIGEST)
    _e(obj, "Size", str(len(f.data)))
    fmt = _e(obj, "FormatIdentification")
    _e(fmt, "MimeType", f.media_type)
    if f.media_type in MIME_FORMATS:
        _e(fmt, "FormatId", MIME_FORMATS[f.media_type])
    _e(_e(obj, "FileInfo"), "Filename", f.name)


def _unit(parent: etree._Element, ident: str, level: str, title: str, *, date: dt.date | None = None,
          identifier: str | None = None, description: str | None = None,
          objects: Sequence[str] = ()) -> etree._Element:
    unit = _e(parent, "ArchiveUnit", id=ident)
    content = _e(unit, "Content")
    _e(content, "DescriptionLevel", level)
    _e(content, "Title", title)
    if identifier:
        _e(content, "OriginatingAgencyArchiveUnitIdentifier", identifier)
    if description:
        _e(content, "Description", description)
    if date is not None:
        _e(content, "StartDate", f"{date.isoformat()}T00:00:00")
        _e(content, "EndDate", f"{date.isoformat()}T23:59:59")
    for obj in objects:
        ref = _e(unit, "DataObjectReference")
        _e(ref, "DataObjectReferenceId", obj)
    return unit


def bordereau(t: Transfer) -> bytes:
    """The ``ArchiveTransfer`` XML (UTF-8) of the transfer."""
    root = etree.Element(f"{{{NS}}}ArchiveTransfer", nsmap={None: NS})
    _e(root, "Comment", f"Versement du registre des délibérations : {t.title}")
    _e(root, "Date", t.created_at.replace(microsecond=0).isoformat())
    _e(root, "MessageIdentifier", t.message_id)
    if t.archival_agreement:
        _e(root, "ArchivalAgreement", t.archival_agreement)
    codes = _e(root, "CodeListVersions")
    for tag in ("ReplyCodeListVersion", "MessageDigestAlgorithmCodeListVersion",
                "MimeTypeCodeListVersion", "EncodingCodeListVersion", "FileFormatCodeListVersion",
                "CompressionAlgorithmCodeListVersion", "DataObjectVersionCodeListVersion",
                "StorageRuleCodeListVersion", "AppraisalRuleCodeListVersion",
                "AccessRuleCodeListVersion", "DisseminationRuleCodeListVersion",
                "ReuseRuleCodeListVersion", "ClassificationRuleCodeListVersion",
                "AuthorizationReasonCodeListVersion", "RelationshipCodeListVersion"):
        _e(codes, tag, f"{tag}0")
    pkg = _e(root, "DataObjectPackage")
    ids: dict[int, list[str]] = {}
    n = 0
    session_objects = []
    for f in t.session_files:
        n += 1
        _binary(pkg, f"BDO{n}", f)
        session_objects.append(f"BDO{n}")
    for i, act in enumerate(t.acts):
        for f in act.files:
            n += 1
            _binary(pkg, f"BDO{n}", f)
            ids.setdefault(i, []).append(f"BDO{n}")
    desc = _e(pkg, "DescriptiveMetadata")
    top = _unit(desc, "AU0", "RecordGrp", t.title, date=t.session_date,
                description=f"Séance close : {len(t.acts)} acte(s)")
    for k, obj in enumerate(session_objects):
        _unit(top, f"AU0_{k + 1}", "Item", t.session_files[k].title, objects=[obj])
    for i, act in enumerate(t.acts):
        unit = _unit(top, f"AU{i + 1}", "Item", act.title, date=act.decision_date,
                     identifier=act.acte_id or act.number,
                     description=f"Délibération n° {act.number}"
                     + (f", matière ACTES {act.matiere}" if act.matiere else ""))
        for k, f in enumerate(act.files):
            _unit(unit, f"AU{i + 1}_{k + 1}", "Item", f.title, objects=[ids[i][k]])
    mm = _e(pkg, "ManagementMetadata")
    _e(mm, "OriginatingAgencyIdentifier", t.authority_id)
    _e(mm, "SubmissionAgencyIdentifier", t.authority_id)
    agency = _e(root, "ArchivalAgency")
    _e(agency, "Identifier", t.archival_agency)
    sender = _e(root, "TransferringAgency")
    _e(sender, "Identifier", t.authority_id)
    out: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return out


def transfer_zip(t: Transfer) -> bytes:
    """The ZIP: ``manifest.xml`` and ``content/…``, member times the session's date."""
    stamp = (t.session_date.year, t.session_date.month, t.session_date.day, 12, 0, 0)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("manifest.xml", stamp), bordereau(t))
        for f in [*t.session_files, *(f for a in t.acts for f in a.files)]:
            z.writestr(zipfile.ZipInfo(f"content/{f.name}", stamp), f.data)
    return buf.getvalue()
