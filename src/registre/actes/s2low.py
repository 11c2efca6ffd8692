"""A client of S²LOW's HTTP interface for @ctes (the open-source tiers de télétransmission).

Three calls (S²LOW's ``/modules/actes/`` API, answered in plain text « OK\\n… » or
« KO\\n<message> »):

- ``actes_transac_create.php`` (POST, multipart): nature, number, subject, decision
  date, classification levels ``classif1…5``, the act's PDF and its annexes → the
  transaction's id;
- ``actes_transac_get_status.php?transaction=ID`` → a status code and, once the
  prefecture has acknowledged, the ARActe XML;
- ``actes_transac_cancel.php`` (POST ``id``) → the cancellation's transaction.

The address, the client certificate (TLS, as S²LOW requires one) and an optional login
are settings (docs/settings.md). Every failure is a :class:`TransmissionError` with a
French message; nothing is retried behind the caller's back.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from enum import StrEnum

import httpx

from registre.actes.ack import Acknowledgement, parse_ack
from registre.actes.envelope import ActeMetadata, ActesError
from registre.core.errors import RegistreError


class Status(StrEnum):
    """Where a transmission stands (S²LOW's codes in ``CODES``)."""

    POSTED = "poste"
    WAITING = "en_attente"
    SENT = "transmis"
    ACKNOWLEDGED = "acquitte"
    ERROR = "erreur"
    CANCELLED = "annule"

    @property
    def label(self) -> str:
        return LABELS[self]


LABELS = {
    Status.POSTED: "posté",
    Status.WAITING: "en attente de transmission",
    Status.SENT: "transmis",
    Status.ACKNOWLEDGED: "acquittement reçu",
    Status.ERROR: "erreur",
    Status.CANCELLED: "annulé",
}

CODES = {-1: Status.ERROR, 0: Status.CANCELLED, 1: Status.POSTED, 2: Status.WAITING,
         3: Status.SENT, 4: Status.ACKNOWLEDGED}

CREATE = "/modules/actes/actes_transac_create.php"
STATUS = "/modules/actes/actes_transac_get_status.php"
CANCEL = "/modules/actes/actes_transac_cancel.php"


class TransmissionError(RegistreError):
    """The tiers de télétransmission refused or could not be reached: why, in French."""


@dataclass(frozen=True, slots=True)
class StatusReport:
    """One answer of the status call."""

    status: Status
    code: int
    message: str = ""
    ack: Acknowledgement | None = None


@dataclass(frozen=True)
class S2lowConfig:
    """Where S²LOW is and how to authenticate (TLS client certificate, optional login)."""

    url: str
    cert: str | None = None  # PEM file holding the certificate (and key unless ``key``)
    key: str | None = None
    key_password: str | None = None
    ca: str | None = None  # PEM of the server's authority; None: the system's
    login: str | None = None
    password: str | None = None
    timeout: float = 30.0
    extra: dict[str, str] = field(default_factory=dict)


class S2lowClient:
    """Calls S²LOW for one authority's account."""

    def __init__(self, config: S2lowConfig, transport: httpx.BaseTransport | None = None):
        self.config = config
        verify: ssl.SSLContext | bool = True
        if config.url.startswith("https://"):
            context = ssl.create_default_context(cafile=config.ca)
            if config.cert:
                context.load_cert_chain(config.cert, config.key, config.key_password)
            verify = context
        auth = (config.login, config.password or "") if config.login else None
        self._http = httpx.Client(base_url=config.url.rstrip("/"), verify=verify, auth=auth,
                                  timeout=config.timeout, transport=transport)

    def close(self) -> None:
        self._http.close()

    def _call(self, method: str, path: str, **kw: object) -> list[bytes]:
        """The lines after « OK » (bytes: the acknowledgement keeps its own encoding)."""
        try:
            r = self._http.request(method, path, **kw)  # type: ignore[arg-type]
        except httpx.HTTPError as e:
            raise TransmissionError(f"S²LOW injoignable ({self.config.url}) : {e}") from e
        if r.status_code != 200:
            raise TransmissionError(f"S²LOW a répondu HTTP {r.status_code} à {path}")
        lines = r.content.split(b"\n")
        if lines[0].strip() != b"OK":
            detail = b"\n".join(lines[1:]).strip() or r.content.strip()
            raise TransmissionError(f"S²LOW refuse : {detail.decode('utf-8', 'replace')}")
        return lines[1:]

    def create(self, meta: ActeMetadata, act_pdf: bytes, annexes: list[tuple[str, bytes]] | None = None,
               *, wait: bool = False) -> str:
        """Posts the act; returns S²LOW's transaction id."""
        data = {"api": "1", "nature_code": str(meta.nature), "number": meta.number,
                "subject": meta.subject, "decision_date": meta.decision_date.isoformat(),
                "en_attente": "1" if wait else "0", **self.config.extra}
        for level, code in enumerate(meta.matiere, start=1):
            data[f"classif{level}"] = str(code)
        files = [("acte_pdf_file", (meta.file_name(1, "pdf"), act_pdf, "application/pdf"))]
        for i, (_, content) in enumerate(annexes or [], start=2):
            files.append(("acte_attachments[]", (meta.file_name(i, "pdf"), content, "application/pdf")))
        lines = self._call("POST", CREATE, data=data, files=files)
        ident = lines[0].strip().decode("ascii", "replace") if lines else ""
        if not ident:
            raise TransmissionError("S²LOW n'a pas donné de numéro de transaction")
        return ident

    def status(self, transaction: str) -> StatusReport:
        """The transaction's status; with the acknowledgement once it has come."""
        lines = self._call("GET", STATUS, params={"transaction": transaction})
        try:
            code = int(lines[0].strip())
        except (IndexError, ValueError) as e:
            raise TransmissionError(f"statut S²LOW illisible : {lines[:1]}") from e
        status = CODES.get(code)
        if status is None:
            return StatusReport(Status.ERROR, code, f"statut S²LOW {code} inconnu de Registre")
        rest = b"\n".join(lines[1:]).strip()
        if status is Status.ACKNOWLEDGED:
            if not rest:
                raise TransmissionError("S²LOW annonce l'acquittement sans l'accusé de réception")
            try:
                return StatusReport(status, code, ack=parse_ack(rest))
            except ActesError as e:
                raise TransmissionError(str(e)) from e
        return StatusReport(status, code, message=rest.decode("utf-8", "replace"))

    def cancel(self, transaction: str) -> str:
        """Asks S²LOW to cancel the act (an « annulation » sent to the prefecture)."""
        lines = self._call("POST", CANCEL, data={"api": "1", "id": transaction})
        return lines[0].strip().decode("ascii", "replace") if lines else ""
