"""The register's ledger: a hash chain over the acts published, checked by ``registre verify``.

Each entry holds the SHA-256 of an act's content (computed by the caller on what is
published: the extract's text, the PDF's bytes…), the previous entry's hash and its own
hash, which covers all of it. Changing, removing or inserting any row behind the
application's back breaks the chain at that row, and :func:`verify` names it. What the
chain cannot see is a rewrite of every entry from some row to the end: that is why
``registre verify`` prints the head's hash, to be kept outside the database (sent with the
acts to the prefecture, printed in the register) and given back with ``--tete``.

CGCT R2121-9 (the register's pages are numbered and initialled so that none can be added
or removed) and L2131-1 (an act is enforceable once published and transmitted): the
chain is the electronic form of numbered, initialled pages.

Call :func:`record` when an act is published (i16's publication service) or corrected
(:mod:`registre.web.services.erratum`).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.db import IntegrityError, OperationalError, connection, transaction
from django.utils import timezone

from registre.web.history.models import LedgerEntry

GENESIS = "0" * 64

# kind → function(subject) giving the SHA-256 of what is stored for that act now (None when it
# cannot say): verify() then also checks that each act still has the digest that was recorded.
DIGESTERS: dict[str, Callable[[str], str | None]] = {}


def sha256(content: bytes | str) -> str:
    """The SHA-256 (hex) of an act's content; text is taken as UTF-8."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    return hashlib.sha256(data).hexdigest()


def register_digest(kind: str, digester: Callable[[str], str | None]) -> None:
    """Let :func:`verify` recompute the digest of acts of ``kind`` from what is stored."""
    DIGESTERS[kind] = digester


def entry_hash(*, sequence: int, at: datetime, kind: str, subject: str, digest: str,
               previous: str, user_id: int | None, actor: str) -> str:
    """The hash of one link: SHA-256 of its fields as canonical JSON (sorted keys, UTC instant)."""
    payload = {"sequence": sequence, "at": _instant(at), "kind": kind, "subject": subject,
               "digest": digest, "previous": previous, "user": user_id, "actor": actor}
    return sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")))


def _instant(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def record(kind: str, subject: str, digest: str, user: Any = None) -> LedgerEntry:
    """Append an entry for the act ``subject`` (e.g. « gbm/conseil/2024-04-11/13 ») of ``kind``.

    ``digest`` is the SHA-256 of the act's content (see :func:`sha256`). Appends are
    serialised (an advisory lock on PostgreSQL, the database's write lock on SQLite, and
    unique sequence and previous hash on both): two concurrent calls never fork the chain.
    """
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError(f"empreinte SHA-256 invalide : {digest!r} (64 chiffres hexadécimaux attendus)")
    if not kind or len(kind) > 40 or not subject or len(subject) > 500:
        raise ValueError("nature (1 à 40 caractères) et objet (1 à 500 caractères) sont requis")
    who = user if user is not None and getattr(user, "is_authenticated", False) else None
    for attempt in range(20):
        try:
            with transaction.atomic():
                return _append(kind, subject, digest, who)
        except (IntegrityError, OperationalError):
            # Another process appended the same sequence first (or held SQLite's lock): retry.
            if attempt == 19:
                raise
            time.sleep(0.01 * (attempt + 1))
    raise AssertionError("unreachable")


def _append(kind: str, subject: str, digest: str, who: Any) -> LedgerEntry:
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_KEY])
    last = LedgerEntry.objects.order_by("-sequence").only("sequence", "entry_hash").first()
    sequence = last.sequence + 1 if last else 1
    previous = last.entry_hash if last else GENESIS
    at = timezone.now()
    actor = who.get_username() if who is not None else ""
    user_id = who.pk if who is not None else None
    h = entry_hash(sequence=sequence, at=at, kind=kind, subject=subject, digest=digest,
                   previous=previous, user_id=user_id, actor=actor)
    return LedgerEntry.objects.create(sequence=sequence, at=at, kind=kind, subject=subject, digest=digest,
                                      previous=previous, entry_hash=h, user_id=user_id, actor=actor)


# pg_advisory_xact_lock key of the ledger (any constant bigint, unique to this purpose).
LOCK_KEY = 0x52454749535452  # "REGISTR"


@dataclass(frozen=True)
class Verdict:
    """What :func:`verify` found: ``broken`` is None when the whole chain holds."""

    entries: int
    head: str
    broken: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken is None

    def message(self) -> str:
        if self.ok:
            if not self.entries:
                return "registre chaîné vide : aucun acte inscrit"
            return (f"registre chaîné intact : {self.entries} maillon(s), "
                    f"empreinte de tête {self.head}")
        return f"registre chaîné rompu au maillon n°{self.broken} : {self.reason}"


def verify(expected_head: str | None = None, entries: Iterable[LedgerEntry] | None = None) -> Verdict:
    """Check the whole chain in order; the first broken link is named, with why."""
    rows = entries if entries is not None else LedgerEntry.objects.order_by("sequence").iterator()
    previous, count = GENESIS, 0
    for e in rows:
        expected = count + 1
        if e.sequence != expected:
            return Verdict(count, previous, expected,
                           f"maillon absent (le suivant trouvé est le n°{e.sequence})")
        if e.previous != previous:
            return Verdict(count, previous, e.sequence,
                           "ne renvoie pas au maillon précédent (ligne supprimée, insérée ou modifiée)")
        h = entry_hash(sequence=e.sequence, at=e.at, kind=e.kind, subject=e.subject, digest=e.digest,
                       previous=e.previous, user_id=e.user_id, actor=e.actor)
        if h != e.entry_hash:
            return Verdict(count, previous, e.sequence,
                           f"contenu modifié après inscription ({e.kind} {e.subject})")
        digester = DIGESTERS.get(e.kind)
        now = digester(e.subject) if digester else None
        if now is not None and now != e.digest:
            return Verdict(count, previous, e.sequence,
                           f"l'acte {e.subject} ne correspond plus à l'empreinte inscrite")
        previous, count = e.entry_hash, count + 1
    if expected_head is not None and expected_head.strip().lower() != previous:
        return Verdict(count, previous, count or 1,
                       f"la tête de la chaîne ({previous}) n'est pas celle attendue ({expected_head}) : "
                       "des maillons ont été réécrits ou retirés en fin de chaîne")
    return Verdict(count, previous)
