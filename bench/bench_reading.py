"""Benchmark of the reader: text extracts per second, PDF pages per second, on one core.

    python -m bench reading [COUNT] [PDF_DOCS]

COUNT synthetic extracts (default 10 000, ``bench/extracts.py``) are generated first
(not timed), then read one after the other by ``registre.reading.read_text`` — the whole
pipeline, the core's check included. Their computed votes are compared with the truth
the generator knows. Then PDF_DOCS of them (default 60) are written as PDFs with a text
layer (reportlab, not timed) and read by ``read_file``: pages per second for the text
layer alone (pdftotext, pypdf where it is absent; the pdftotext process's processor time
counted) and for the whole reading.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.extracts import corpus
from registre.reading import clear_caches, read_file, read_text
from registre.reading.sources import page_count, pdf_text


def _n(x: float) -> str:
    """``12 345`` with a thin space, as French writes it."""
    return f"{x:,.0f}".replace(",", " ")


def _text_bench(count: int) -> None:
    t0 = time.perf_counter()
    docs = list(corpus(count))
    gen = time.perf_counter() - t0
    sizes = [len(d.text) for d in docs]
    print(f"corpus : {_n(count)} extraits générés en {gen:.1f} s ; taille moyenne "
          f"{_n(statistics.mean(sizes))} caractères (min {_n(min(sizes))}, max {_n(max(sizes))})")
    styles: dict[str, int] = {}
    for d in docs:
        styles[d.style] = styles.get(d.style, 0) + 1
    print("styles : " + ", ".join(f"{k} {v}" for k, v in sorted(styles.items())))
    right = failed = 0
    per_doc: list[float] = []
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    for d in docs:
        t = time.perf_counter()
        result = read_text(d.text, "<bench>")
        per_doc.append(time.perf_counter() - t)
        if result.document is None or not result.document.deliberations:
            failed += 1
            continue
        computed = result.document.deliberations[0].computed or {}
        right += (computed.get("vote") or {}).get("for") == d.expected_for
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    per_doc.sort()
    print(f"texte : {_n(count / cpu)} documents par seconde de processeur ({cpu:.1f} s de processeur) ; "
          f"{_n(count / elapsed)} documents/s en temps écoulé, machine partagée ({elapsed:.1f} s ; "
          f"{sum(sizes) / elapsed / 1e6:.1f} Mo/s ; médiane {per_doc[len(per_doc) // 2] * 1000:.2f} ms, "
          f"99e centile {per_doc[int(len(per_doc) * 0.99)] * 1000:.2f} ms)")
    print(f"justesse : {right}/{count} votes recalculés égaux à la vérité du générateur "
          f"({100 * right / count:.2f} %), {failed} documents sans délibération lue")
    # The reader caches what it read of a name (names recur from one extract to the next, in
    # the generator as in a batch of one authority's extracts): the same documents read cold.
    cold = docs[: min(count, 1000)]
    cpu0 = time.process_time()
    for d in cold:
        clear_caches()
        read_text(d.text, "<bench>")
    cpu = time.process_time() - cpu0
    print(f"texte, caches vidés avant chaque document ({len(cold)} premiers) : "
          f"{_n(len(cold) / cpu)} documents par seconde de processeur")


def _pdf_bench(count: int) -> None:
    from tests.reading.pdfs import text_pdf

    docs = list(corpus(count, seed=99))
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, d in enumerate(docs):
            p = Path(tmp) / f"extrait-{i}.pdf"
            p.write_bytes(text_pdf(d.text))
            paths.append(p)
        pages = sum(page_count(p.read_bytes()) for p in paths)
        read_file(paths[0])  # warm-up: imports and caches out of the timings
        # (pdftotext runs in a process of its own: the children's processor time is counted too)
        t0, c0 = time.process_time(), _children()
        for p in paths:
            pdf_text(p.read_bytes(), str(p))
        layer = time.process_time() - t0 + _children() - c0
        t0, c0 = time.process_time(), _children()
        right = 0
        for p, d in zip(paths, docs, strict=True):
            r = read_file(p)
            if r.document is not None and r.document.deliberations:
                right += ((r.document.deliberations[0].computed or {}).get("vote") or {}).get("for") \
                    == d.expected_for
        whole = time.process_time() - t0 + _children() - c0
    print(f"PDF : {count} documents, {pages} pages, en temps de processeur (extraction comprise) : couche "
          f"texte seule (pdftotext, pypdf à défaut) {pages / layer:.0f} pages/s ; lecture complète "
          f"{pages / whole:.0f} pages/s ({count / whole:.1f} documents/s) ; justesse {right}/{count}")


def _children() -> float:
    """Processor time of the finished child processes (pdftotext), user and system."""
    t = os.times()
    return t.children_user + t.children_system


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 10_000
    pdfs = int(argv[1]) if len(argv) > 1 else 60
    print(f"== lecture des extraits (python {sys.version.split()[0]})")
    _text_bench(count)
    if pdfs > 0:
        _pdf_bench(pdfs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
