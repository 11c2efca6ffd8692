"""Life of acts: signing (PAdES, timestamped), validating and packing extracts.

Every extract of a generated 60-item session (``generate_session``, as the rendering
benchmark) is rendered once (not timed), then, per extract, timed in one thread:
signed with the test PKI (``registre.actes.testpki``, RSA 2048) and an in-process
RFC 3161 timestamp (pyHanko's DummyTimeStamper: no network in the figure), validated
against the test root, and packed as an @ctes ``.tar.gz``. CPU time is given beside
wall time: the machine is shared.

    python -m bench actes [--items 60]
"""

from __future__ import annotations

import argparse
import time

from registre.actes.envelope import ActeMetadata, build_package
from registre.actes.signing import load_signer, sign_pdf, validate
from registre.actes.testpki import make_test_pki
from registre.core import check_session
from registre.rendering.extract import build_extracts
from registre.rendering.pdf import render_pdfs
from registre.rendering.samples import generate_session


def _timed(fn, items):  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    out = [fn(x) for x in items]
    return out, time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m bench actes")
    p.add_argument("--items", type=int, default=60)
    args = p.parse_args(argv)
    session = generate_session(2024, items=args.items)
    report = check_session(session)
    numbers = [r.item.number for r in report.items]
    pdfs = render_pdfs(build_extracts(report, numbers))
    pki = make_test_pki()
    signer = load_signer(pki.signer_p12, pki.passphrase)
    stamper = pki.timestamper()
    roots = pki.trust_roots()
    n = len(pdfs)
    signed, w_sign, c_sign = _timed(lambda d: sign_pdf(d, signer, timestamper=stamper), pdfs)
    checks, w_val, c_val = _timed(lambda d: validate(d, roots), signed)
    assert all(c[0].valid for c in checks), "a signature does not validate"
    by_number = {i.number: i for i in session.items}

    def pack(pair):  # type: ignore[no-untyped-def]
        number, data = pair
        # Generated sessions carry no SIREN nor matière: fixed ones, the packing is what is timed.
        meta = ActeMetadata(department="025", siren="000000000", decision_date=session.date,
                            number=f"B{number}", nature=1, matiere=(7, 5),
                            subject=by_number[number].title or "objet")
        return build_package(meta, data)

    _, w_pack, c_pack = _timed(pack, list(zip(numbers, signed, strict=True)))
    print(f"{n} extraits, {sum(map(len, pdfs)) / n / 1024:.0f} Kio en moyenne")
    for label, w, c in (("signature PAdES horodatée", w_sign, c_sign), ("validation", w_val, c_val),
                        ("paquet @ctes", w_pack, c_pack)):
        print(f"{label:28} {w / n * 1000:7.1f} ms/extrait (CPU {c / n * 1000:7.1f} ms) — {n / w:6.1f} /s")
    return 0
