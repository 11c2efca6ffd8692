"""The @ctes transmission package of one act, as the tiers de télétransmission expect it.

An act goes to the contrôle de légalité (L2131-1, L2131-2; R2131-1 and following) as a
``.tar.gz`` holding the envelope ``EACT--SIREN--AAAAMMJJ-N.xml``
(``actes:EnveloppeCLMISILL``: who sends, which forms), the act's metadata
``DDD-SIREN-AAAAMMJJ-NUMERO-NN-1-1_0.xml`` (``actes:Acte``: decision date, internal
number, nature, matière, object, file names), the act's PDF (``…_1.pdf``) and its
annexes (``…_2.pdf``…). Shapes and codes: ``../shared/standards/actes-nomenclature.md``
(reconstructed from public code, not the official XSD) and ``registre.core.actes``.

Nothing here invents what an authority must give: a missing SIREN or département is an
:class:`ActesError` that names what is missing and where to enter it.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import re
import tarfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field

from registre.core.actes import NATURES, matiere_level2
from registre.core.errors import RegistreError
from registre.core.model import AgendaItem, Session

NS = "http://www.interieur.gouv.fr/ACTES#v1.1-20040216"
NS_INSEE = "http://xml.insee.fr/schema"
ET.register_namespace("actes", NS)
ET.register_namespace("insee", NS_INSEE)

# The pattern @ctes puts on NumeroInterne: 1 to 15 characters, capitals, digits and «_»,
# neither starting nor ending with «_».
NUMBER_PATTERN = re.compile(r"^([A-Z0-9][A-Z0-9_]{0,13})?[A-Z0-9]$")
OBJECT_MAX = 499
SIREN_PATTERN = re.compile(r"^\d{9}$")
DEPARTMENT_PATTERN = re.compile(r"^(\d{2,3}|2[AB])$")


class ActesError(RegistreError):
    """An act cannot be packaged for @ctes: what is missing or wrong, in French."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(" ; ".join(problems))


@dataclass(frozen=True, slots=True)
class ActeMetadata:
    """What @ctes asks about one act (``actes:Acte``), already checked."""

    department: str  # on three characters: « 025 », « 02A », « 971 »
    siren: str
    decision_date: dt.date
    number: str  # NumeroInterne, unique per authority
    nature: int  # CodeNatureActe, 1–6
    matiere: tuple[int, ...]  # CodeMatiere1…5: (7, 5) for « 7.5 »
    subject: str  # Objet, at most 499 characters
    classification_date: dt.date | None = None
    warnings: tuple[str, ...] = field(default=())

    @property
    def nature_short(self) -> str:
        return NATURES[self.nature][0]

    @property
    def acte_id(self) -> str:
        """The act's identifier, as the acknowledgement's IDActe: ``025-242500361-20240411-…-DE``."""
        return f"{self.department}-{self.siren}-{self.decision_date:%Y%m%d}-{self.number}-{self.nature_short}"

    def file_name(self, n: int, ext: str) -> str:
        """``DDD-SIREN-AAAAMMJJ-NUMERO-NN-1-1_n.ext``: 0 the metadata, 1 the act, 2… its annexes."""
        return f"{self.acte_id}-1-1_{n}.{ext}"


def department_code(raw: str | None) -> str | None:
    """« 25 » → « 025 », « 2A » → « 02A », « 971 » → « 971 »; None when not a département code."""
    code = (raw or "").strip().upper()
    if not DEPARTMENT_PATTERN.match(code):
        return None
    return code.rjust(3, "0")


def internal_number(raw: str) -> str:
    """The register's number as a NumeroInterne: « 2024/2024.00097 » → « 2024_2024_00097 ».

    Capitals, digits and «_» only (any other run of characters becomes one «_»). Raises
    ActesError when the result does not fit @ctes's 15 characters.
    """
    text = re.sub(r"[^A-Z0-9]+", "_", raw.strip().upper()).strip("_")
    if not NUMBER_PATTERN.match(text):
        raise ActesError([f"numéro « {raw} » : « {text} » ne convient pas comme NumeroInterne "
                          "(1 à 15 capitales, chiffres ou « _ », ni début ni fin par « _ ») ; "
                          "précisez le numéro de l'acte"])
    return text


def short_subject(title: str) -> tuple[str, str | None]:
    """The Objet (≤ 499 characters, cut at a word with « … ») and a warning when it was cut."""
    text = " ".join(title.split())
    if len(text) <= OBJECT_MAX:
        return text, None
    cut = text[: OBJECT_MAX - 1].rsplit(" ", 1)[0] + "…"
    return cut, f"objet de {len(text)} caractères raccourci à {len(cut)} (limite @ctes : {OBJECT_MAX})"


def metadata_from_session(session: Session, item: AgendaItem, *, number: str | None = None,
                          nature: int = 1, classification_date: dt.date | None = None) -> ActeMetadata:
    """The @ctes metadata of ``item``'s deliberation in ``session``.

    SIREN and département come from the session's authority; the number from ``number``,
    else the item's deliberation number, else « AAAAMMJJ_<item> »; the matière from the
    deliberation's text. Raises ActesError listing every missing or invalid piece.
    """
    authority = session.assembly.authority
    problems: list[str] = []
    siren = (authority.siren or "").replace(" ", "")
    if not siren:
        problems.append(f"SIREN de « {authority.name} » inconnu : renseignez authority.siren "
                        "(fichier de séance) ou le SIREN de la collectivité")
    elif not SIREN_PATTERN.match(siren):
        problems.append(f"SIREN « {authority.siren} » de « {authority.name} » : 9 chiffres attendus")
    department = department_code(authority.department)
    if department is None:
        what = f"« {authority.department} » invalide" if authority.department else "inconnu"
        problems.append(f"département de « {authority.name} » {what} : renseignez authority.department "
                        "(« 25 », « 2A », « 971 »)")
    if nature not in NATURES:
        problems.append(f"nature {nature} inconnue (1 à 6 : {', '.join(str(k) for k in NATURES)})")
    raw_matiere = item.text.matiere if item.text else None
    key = matiere_level2(raw_matiere)
    matiere: tuple[int, ...] = ()
    if key is None:
        what = f"« {raw_matiere} » inconnue" if raw_matiere else "absente"
        problems.append(f"question {item.number} : matière ACTES {what} (text.matiere, ex. « 7.5 »)")
    else:
        parts = (raw_matiere or "").strip().split(".")[:5]
        matiere = tuple(int(p) for p in parts if p.isdigit())
    try:
        num = internal_number(number or item.deliberation or f"{session.date:%Y%m%d}_{item.number}")
    except ActesError as e:
        problems.extend(e.problems)
        num = ""
    if not item.title.strip():
        problems.append(f"question {item.number} : objet (titre) absent")
    if problems:
        raise ActesError(problems)
    subject, warning = short_subject(item.title)
    return ActeMetadata(department=department or "", siren=siren, decision_date=session.date,
                        number=num, nature=nature, matiere=matiere, subject=subject,
                        classification_date=classification_date,
                        warnings=(warning,) if warning else ())


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _xml(root: ET.Element) -> bytes:
    # @ctes files are ISO-8859-1; characters outside it (œ, €, ’) become character references.
    ET.indent(root)
    out: bytes = ET.tostring(root, encoding="ISO-8859-1", xml_declaration=True)
    return out


def acte_xml(meta: ActeMetadata, document: str, annexes: Sequence[str] = ()) -> bytes:
    """The ``actes:Acte`` metadata file (the « enveloppe métier »)."""
    root = ET.Element(_q("Acte"), {
        _q("Date"): meta.decision_date.isoformat(),
        _q("NumeroInterne"): meta.number,
        _q("CodeNatureActe"): str(meta.nature),
    })
    for level, code in enumerate(meta.matiere, start=1):
        ET.SubElement(root, _q(f"CodeMatiere{level}"), {_q("CodeMatiere"): str(code)})
    ET.SubElement(root, _q("Objet")).text = meta.subject
    if meta.classification_date is not None:
        ET.SubElement(root, _q("ClassificationDateVersion")).text = meta.classification_date.isoformat()
    doc = ET.SubElement(root, _q("Document"))
    ET.SubElement(doc, _q("NomFichier")).text = document
    box = ET.SubElement(root, _q("Annexes"), {_q("Nombre"): str(len(annexes))})
    for name in annexes:
        ET.SubElement(ET.SubElement(box, _q("Annexe")), _q("NomFichier")).text = name
    ET.SubElement(root, _q("DocumentPapier")).text = "N"
    return _xml(root)


def envelope_xml(meta: ActeMetadata, metadata_file: str, *, authority_nature: int = 0,
                 return_addresses: Sequence[str] = ()) -> bytes:
    """The ``actes:EnveloppeCLMISILL``: the sending authority and the forms sent."""
    root = ET.Element(_q("EnveloppeCLMISILL"))
    sender = ET.SubElement(root, _q("Emetteur"))
    ET.SubElement(sender, _q("IDCL"), {
        f"{{{NS_INSEE}}}SIREN": meta.siren,
        _q("Departement"): meta.department,
        _q("Arrondissement"): "0",
        _q("Nature"): str(authority_nature),
    })
    if return_addresses:
        box = ET.SubElement(root, _q("AdressesRetour"))
        for address in return_addresses:
            ET.SubElement(box, _q("Email")).text = address
    forms = ET.SubElement(root, _q("FormulairesEnvoyes"))
    ET.SubElement(ET.SubElement(forms, _q("Formulaire")), _q("NomFichier")).text = metadata_file
    return _xml(root)


@dataclass(frozen=True, slots=True)
class Package:
    """A transmission package: its file name, its bytes, and what it holds."""

    name: str
    data: bytes
    members: tuple[str, ...]
    metadata: ActeMetadata


def build_package(meta: ActeMetadata, act_pdf: bytes, annexes: Sequence[bytes] = (), *,
                  serial: int = 1, sent_on: dt.date | None = None,
                  return_addresses: Sequence[str] = ()) -> Package:
    """The ``.tar.gz`` of one act: envelope, metadata, act PDF and annex PDFs.

    ``serial`` numbers the envelopes of one authority on one day (1 to 9999);
    ``sent_on`` dates the envelope (today by default). Member times are the decision
    date, so the same act gives the same bytes.
    """
    if not 1 <= serial <= 9999:
        raise ActesError([f"numéro d'envoi {serial} : 1 à 9999 attendu"])
    day = sent_on or dt.date.today()
    document = meta.file_name(1, "pdf")
    annex_names = [meta.file_name(i, "pdf") for i in range(2, 2 + len(annexes))]
    metadata_file = meta.file_name(0, "xml")
    envelope = f"EACT--{meta.siren}--{day:%Y%m%d}-{serial}.xml"
    files = [(envelope, envelope_xml(meta, metadata_file, return_addresses=return_addresses)),
             (metadata_file, acte_xml(meta, document, annex_names)),
             (document, act_pdf),
             *zip(annex_names, annexes, strict=True)]
    mtime = dt.datetime.combine(meta.decision_date, dt.time(12), dt.UTC).timestamp()
    buffer = io.BytesIO()
    # gzip's own header carries a time too: fixed, for reproducible bytes.
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=int(mtime)) as gz, \
            tarfile.open(fileobj=gz, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in files:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = int(mtime)
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))
    name = f"{envelope.removesuffix('.xml')}.tar.gz"
    return Package(name=name, data=buffer.getvalue(), members=tuple(n for n, _ in files), metadata=meta)
