"""A throw-away PKI for tests and local demonstrations: never for real acts.

One root authority, a signer certificate (the president, as a PKCS#12 file) and a
timestamp authority (RFC 3161), all made on the fly with ``cryptography`` in a fraction
of a second; nothing is downloaded. pyHanko's own test PKI lives in its test suite
(not installed) and certomancer wants a configuration file and keys on disk, so the
few lines below are the lighter way (docs/design.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PASSPHRASE = "registre-test"


@dataclass(frozen=True)
class TestPKI:
    """The root's certificate, the signer's PKCS#12 and the timestamp authority's pair."""

    __test__ = False  # not a pytest class

    root_pem: bytes
    signer_p12: bytes
    passphrase: str
    tsa_cert_der: bytes
    tsa_key_der: bytes
    root_der: bytes

    def timestamper(self) -> Any:
        """A pyHanko timestamper answering in-process with the test TSA."""
        from asn1crypto import keys
        from asn1crypto import x509 as ax509
        from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        return DummyTimeStamper(tsa_cert=ax509.Certificate.load(self.tsa_cert_der),
                                tsa_key=keys.PrivateKeyInfo.load(self.tsa_key_der),
                                certs_to_embed=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
                                    [ax509.Certificate.load(self.root_der)]))

    def trust_roots(self) -> list[Any]:
        from asn1crypto import x509 as ax509

        return [ax509.Certificate.load(self.root_der)]


def _key() -> rsa.RSAPrivateKey:
    # RSA, as the authorities' RGS certificates (and pyHanko's in-process timestamper) are.
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Registre — PKI de test"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _cert(subject: str, key: Any, issuer: str, issuer_key: Any, *, ca: bool,
          eku: list[x509.ObjectIdentifier] | None = None) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    b = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(_name(issuer))
         .public_key(key.public_key()).serial_number(x509.random_serial_number())
         .not_valid_before(now).not_valid_after(now + dt.timedelta(days=3650))
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
         .add_extension(x509.KeyUsage(digital_signature=not ca, content_commitment=not ca,
                                      key_encipherment=False, data_encipherment=False,
                                      key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                                      encipher_only=False, decipher_only=False), critical=True)
         .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False))
    if eku:
        b = b.add_extension(x509.ExtendedKeyUsage(eku), critical=True)
    return b.sign(issuer_key, hashes.SHA256())


def make_test_pki(signer: str = "Anne VIGNOT") -> TestPKI:
    """A fresh root, a signer named ``signer`` and a timestamp authority."""
    root_key = _key()
    root = _cert("Autorité racine de test", root_key, "Autorité racine de test", root_key, ca=True)
    signer_key = _key()
    signer_cert = _cert(signer, signer_key, "Autorité racine de test", root_key, ca=False)
    tsa_key = _key()
    tsa_cert = _cert("Horodatage de test", tsa_key, "Autorité racine de test", root_key, ca=False,
                     eku=[ExtendedKeyUsageOID.TIME_STAMPING])
    p12 = pkcs12.serialize_key_and_certificates(
        signer.encode(), signer_key, signer_cert, [root],
        serialization.BestAvailableEncryption(PASSPHRASE.encode()))
    der = serialization.Encoding.DER
    return TestPKI(
        root_pem=root.public_bytes(serialization.Encoding.PEM),
        root_der=root.public_bytes(der),
        signer_p12=p12, passphrase=PASSPHRASE,
        tsa_cert_der=tsa_cert.public_bytes(der),
        tsa_key_der=tsa_key.private_bytes(der, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()),
    )
