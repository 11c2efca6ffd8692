"""A small fake S²LOW and a fake timestamp authority, served over real HTTP on 127.0.0.1.

The fake S²LOW answers the three calls of ``registre.actes.s2low`` the way S²LOW does
(plain text « OK\\n… » / « KO\\n… »), checks what a real one refuses (missing fields,
a file that is not a PDF, a bad NumeroInterne), and moves a transaction one step
(posté → en attente → transmis → acquittement reçu) at each status call, the last with
an ARActe built from the authority's SIREN and département. The timestamp authority
answers RFC 3161 requests with the test PKI. Ports: 8180–8189 (the branch's range).
"""

from __future__ import annotations

import datetime as dt
import email.parser
import email.policy
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

from registre.actes.ack import ack_xml
from registre.actes.envelope import NUMBER_PATTERN
from registre.core.actes import NATURES

PORTS = range(8180, 8190)


@dataclass
class Transaction:
    ident: str
    fields: dict[str, str]
    files: dict[str, list[tuple[str, bytes]]]
    status: int = 1
    history: list[int] = field(default_factory=lambda: [1])


def _multipart(content_type: str, body: bytes) -> tuple[dict[str, str], dict[str, list[tuple[str, bytes]]]]:
    msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    fields: dict[str, str] = {}
    files: dict[str, list[tuple[str, bytes]]] = {}
    for part in msg.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        if filename is not None:
            files.setdefault(str(name), []).append((filename, payload))
        else:
            fields[str(name)] = payload.decode("utf-8")
    return fields, files


class FakeS2low:
    """The state of the fake: transactions by id, the authority it acknowledges for."""

    def __init__(self, siren: str, department: str, timestamper: Any = None):
        self.siren = siren
        self.department = department.rjust(3, "0")
        self.timestamper = timestamper
        self.transactions: dict[str, Transaction] = {}
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    # --- the three calls ---------------------------------------------------------------
    def create(self, fields: dict[str, str], files: dict[str, list[tuple[str, bytes]]]) -> str:
        missing = [k for k in ("api", "nature_code", "number", "subject", "decision_date", "classif1")
                   if not fields.get(k)]
        if missing:
            return f"KO\nChamps manquants : {', '.join(missing)}"
        if not NUMBER_PATTERN.match(fields["number"]):
            return "KO\nLe numéro interne de l'acte est invalide"
        if int(fields["nature_code"]) not in NATURES:
            return "KO\nNature d'acte inconnue"
        pdf = files.get("acte_pdf_file", [])
        if len(pdf) != 1 or not pdf[0][1].startswith(b"%PDF"):
            return "KO\nLe fichier de l'acte doit être un PDF"
        with self.lock:
            if any(t.fields["number"] == fields["number"] and t.status != 0
                   for t in self.transactions.values()):
                return "KO\nLe numéro interne de l'acte est déjà utilisé"
            ident = str(1000 + len(self.transactions))
            self.transactions[ident] = Transaction(ident, fields, files)
        return f"OK\n{ident}"

    def status(self, ident: str) -> bytes:
        with self.lock:
            t = self.transactions.get(ident)
            if t is None:
                return b"KO\nTransaction inconnue"
            if 1 <= t.status < 4:
                t.status += 1
                t.history.append(t.status)
            if t.status != 4:
                return f"OK\n{t.status}\n".encode()
        f = t.fields
        nature = NATURES[int(f["nature_code"])][0]
        acte_id = (f"{self.department}-{self.siren}-{f['decision_date'].replace('-', '')}-"
                   f"{f['number']}-{nature}")
        return b"OK\n4\n" + ack_xml(acte_id, dt.date.today(), f["subject"])

    def cancel(self, ident: str) -> str:
        with self.lock:
            t = self.transactions.get(ident)
            if t is None:
                return "KO\nTransaction inconnue"
            t.status = 0
            t.history.append(0)
        return f"OK\n{ident}"

    # --- serving -------------------------------------------------------------------------
    def start(self) -> FakeS2low:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def _answer(self, body: bytes, ctype: str = "text/plain; charset=utf-8") -> None:
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                u = urlparse(self.path)
                if u.path.endswith("/actes_transac_get_status.php"):
                    self._answer(fake.status(parse_qs(u.query).get("transaction", [""])[0]))
                else:
                    self.send_error(404)

            def do_POST(self) -> None:
                u = urlparse(self.path)
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                ctype = self.headers.get("Content-Type", "")
                if u.path == "/tsa" and fake.timestamper is not None:
                    from asn1crypto import tsp

                    resp = fake.timestamper.request_tsa_response(tsp.TimeStampReq.load(body))
                    self._answer(resp.dump(), "application/timestamp-reply")
                    return
                if ctype.startswith("multipart/form-data"):
                    fields, files = _multipart(ctype, body)
                else:
                    fields = {k: v[0] for k, v in parse_qs(body.decode()).items()}
                    files = {}
                if u.path.endswith("/actes_transac_create.php"):
                    self._answer(fake.create(fields, files).encode())
                elif u.path.endswith("/actes_transac_cancel.php"):
                    self._answer(fake.cancel(fields.get("id", "")).encode())
                else:
                    self.send_error(404)

        for port in PORTS:
            try:
                self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
                break
            except OSError:
                continue
        else:
            raise RuntimeError("aucun port libre entre 8180 et 8189")
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

