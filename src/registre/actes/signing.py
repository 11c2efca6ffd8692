"""PAdES signatures of the register's PDF/A documents, with pyHanko.

An extract, the minutes and the closing sheet are signed as PAdES B-T: a CMS signature
in an incremental update (the PDF/A-2b file is left as it was, so it stays PDF/A), an
RFC 3161 timestamp from a timestamp authority, and a visible stamp whose font is
embedded (PDF/A forbids unembedded fonts). The signer is a PKCS#12 file (the
authority's certificate, RGS or eIDAS in production); without one, nothing is signed and
the portal says so. Validation reports who signed, when, whether the document is intact
since and whether the certificate chains to a trusted root.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import io
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from registre.core.errors import RegistreError

T = TypeVar("T")
DEFAULT_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FIELD = "Signature{n}"


class SigningError(RegistreError):
    """A document cannot be signed or its signature read: the reason, in French."""


@dataclass(frozen=True, slots=True)
class SignatureInfo:
    """What a signature says and whether it holds, for the portal and the archive."""

    signer: str  # the certificate's common name
    signed_at: dt.datetime | None  # the timestamp's time when there is one, else the signer's claim
    timestamped: bool
    intact: bool  # the bytes signed are unchanged
    trusted: bool  # the certificate chains to a trusted root (and the timestamp's too)
    covers_whole_file: bool  # nothing was added after the signature but further signatures
    field: str
    summary: str  # a French sentence

    @property
    def valid(self) -> bool:
        return self.intact and self.trusted


def _outside_event_loop(fn: Callable[..., T]) -> Callable[..., T]:
    """pyHanko's synchronous API runs ``asyncio.run``, which fails inside a running event
    loop (an ASGI server, Playwright's sync API): there, the call goes to a worker thread."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kw: Any) -> T:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return fn(*args, **kw)
        with ThreadPoolExecutor(1) as pool:
            return pool.submit(fn, *args, **kw).result()

    return wrapper


# What a stamp writes: Latin-1, the French typographic marks, the euro sign.
STAMP_CHARACTERS = [*range(0x20, 0x7F), *range(0xA0, 0x100), 0x152, 0x153, 0x178, 0x2013, 0x2014,
                    0x2019, 0x201C, 0x201D, 0x2026, 0x202F, 0x20AC]


@functools.lru_cache(maxsize=4)
def stamp_font(path: Path) -> Path:
    """``path`` cut down once per process to the stamp's characters, without layout tables.

    pyHanko subsets the font it embeds at every signature; on DejaVu Sans (750 KB, large
    GSUB/GPOS tables) that was three quarters of a signature's time (docs/benchmarks.md).
    Subsetting here once leaves it a small font to cut."""
    import hashlib
    import tempfile

    from fontTools import subset

    data = path.read_bytes()
    target = Path(tempfile.gettempdir()) / f"registre-tampon-{hashlib.sha256(data).hexdigest()[:16]}.ttf"
    if not target.exists():
        options = subset.Options()
        options.layout_features = []
        options.drop_tables += ["GSUB", "GPOS", "GDEF", "kern", "FFTM"]
        options.name_IDs = ["*"]
        font = subset.load_font(str(path), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=STAMP_CHARACTERS)
        subsetter.subset(font)
        partial = target.with_suffix(f".{os.getpid()}.tmp")
        subset.save_font(font, str(partial), options)
        partial.replace(target)  # atomic: concurrent processes never read half a file
    return target


def load_signer(p12: str | Path | bytes, passphrase: str | None = None) -> Any:
    """A pyHanko signer from a PKCS#12 file (or its bytes); SigningError if unreadable."""
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.sign import signers
    from pyhanko.sign.signers.pdf_cms import SimpleSigner

    data = p12 if isinstance(p12, bytes) else Path(p12).read_bytes()
    secret = passphrase.encode() if passphrase else None
    try:
        pkcs12.load_key_and_certificates(data, secret)  # a clear error for a wrong passphrase
    except ValueError as e:
        raise SigningError(f"certificat PKCS#12 illisible (mot de passe ?) : {e}") from e
    signer = SimpleSigner.load_pkcs12_data(data, other_certs=(), passphrase=secret)
    if signer is None:
        raise SigningError("certificat PKCS#12 illisible")
    assert isinstance(signer, signers.Signer)
    return signer


def signer_name(signer: Any) -> str:
    """The common name of the signer's certificate (« Anne VIGNOT »)."""
    cert = signer.signing_cert
    name: str = cert.subject.native.get("common_name") or cert.subject.human_friendly
    return name


@_outside_event_loop
def sign_pdf(data: bytes, signer: Any, *, timestamp_url: str | None = None, timestamper: Any = None,
             reason: str = "", location: str = "", stamp_text: str | None = None,
             font: Path | None = None, page: int = -1,
             box: tuple[int, int, int, int] = (340, 40, 560, 110)) -> bytes:
    """``data`` signed (PAdES, SHA-256) with a visible stamp on ``page`` and, when a
    timestamp URL or timestamper is given, an RFC 3161 timestamp. Raises SigningError."""
    from pyhanko.pdf_utils import text
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields, signers, timestamps
    from pyhanko.stamp import TextStampStyle

    font_file = font or DEFAULT_FONT
    if not font_file.exists():
        raise SigningError(f"police du tampon de signature introuvable : {font_file} "
                           "(paquet Debian fonts-dejavu-core, ou REGISTRE_SIGN_FONT)")
    try:
        existing = len(PdfFileReader(io.BytesIO(data)).embedded_signatures)
        writer = IncrementalPdfFileWriter(io.BytesIO(data))
    except Exception as e:  # pyHanko raises several kinds on a broken file
        raise SigningError(f"PDF illisible : {e}") from e
    name = FIELD.format(n=existing + 1)
    if timestamper is None and timestamp_url:
        timestamper = timestamps.HTTPTimeStamper(timestamp_url)
    style = TextStampStyle(
        stamp_text=stamp_text or "Signé électroniquement par\n%(signer)s\nle %(ts)s",
        timestamp_format="%d/%m/%Y %H:%M:%S %Z",
        text_box_style=text.TextBoxStyle(font=GlyphAccumulatorFactory(str(stamp_font(font_file))),
                                         font_size=9),
        border_width=1,
        background=None,
    )
    meta = signers.PdfSignatureMetadata(
        field_name=name, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None, location=location or None, name=signer_name(signer),
        use_pades_lta=False,
    )
    pdf_signer = signers.PdfSigner(
        meta, signer=signer, timestamper=timestamper, stamp_style=style,
        new_field_spec=fields.SigFieldSpec(name, on_page=page, box=box),
    )
    try:
        out = pdf_signer.sign_pdf(writer)
    except Exception as e:
        raise SigningError(f"signature impossible : {e}") from e
    signed: bytes = out.getvalue()
    return signed


def load_trust_roots(paths: list[str | Path]) -> list[Any]:
    """asn1crypto certificates from PEM or DER files (the roots a deployment trusts)."""
    from asn1crypto import pem, x509

    roots = []
    for p in paths:
        raw = Path(p).read_bytes()
        if pem.detect(raw):
            for _, _, der in pem.unarmor(raw, multiple=True):
                roots.append(x509.Certificate.load(der))
        else:
            roots.append(x509.Certificate.load(raw))
    return roots


@_outside_event_loop
def validate(data: bytes, trust_roots: list[Any] | None = None) -> list[SignatureInfo]:
    """Every signature of ``data``, checked; an empty list for an unsigned PDF.

    Without trust roots the chain is not checked (``trusted`` false, said in the
    summary). Raises SigningError for a file that is not a readable PDF.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(data))
        sigs = list(reader.embedded_signatures)
    except Exception as e:
        raise SigningError(f"PDF illisible : {e}") from e
    out = []
    for sig in sigs:
        context = ValidationContext(trust_roots=trust_roots or [], allow_fetching=False)
        try:
            status = validate_pdf_signature(sig, context, ts_validation_context=context)
        except Exception as e:
            out.append(SignatureInfo(signer="?", signed_at=None, timestamped=False, intact=False,
                                     trusted=False, covers_whole_file=False, field=sig.field_name,
                                     summary=f"signature illisible : {e}"))
            continue
        cert = status.signing_cert
        signer = cert.subject.native.get("common_name") or cert.subject.human_friendly
        ts = status.timestamp_validity
        when = ts.timestamp if ts is not None else status.signer_reported_dt
        trusted = bool(status.trusted) and bool(trust_roots) and (ts is None or bool(ts.trusted))
        intact = bool(status.intact and status.valid)
        coverage = status.coverage.name if status.coverage is not None else ""
        whole = coverage in ("ENTIRE_FILE", "ENTIRE_REVISION")
        if not intact:
            summary = "signature invalide : le document a été modifié après la signature"
        elif trusted:
            summary = "signature valide : document intact, certificat reconnu"
        elif trust_roots:
            summary = "document intact, mais le certificat n'est pas reconnu (chaîne de confiance)"
        else:
            summary = "document intact ; certificat non vérifié (aucune autorité de confiance configurée)"
        out.append(SignatureInfo(signer=signer, signed_at=when, timestamped=ts is not None,
                                 intact=intact, trusted=trusted, covers_whole_file=whole,
                                 field=sig.field_name, summary=summary))
    return out
