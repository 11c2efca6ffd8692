"""Speed of the reader on the real corpus: documents/s, text-PDF pages/s, OCR pages/s.

    python -m bench reading_real [SCANS] [CORPUS_DIR]

1. every text of ``../shared/corpus/real/*.txt`` read by ``read_text`` (documents per
   second, processor time: the machine is shared);
2. every PDF there with a text layer read by ``read_file`` (pages per second, text layer
   and reading together), OCR disabled so that a scan is not counted here;
3. the first SCANS scanned PDFs (default 3; 0 to skip) read through OCR (Tesseract,
   French, 300 dpi): pages per second in elapsed time (Tesseract runs in its own process).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bench.bench_reading import _children
from registre.reading import read_file, read_text
from registre.reading.ocr import available
from registre.reading.sources import page_count

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "real"


def main(argv: list[str]) -> int:
    scans_wanted = int(argv[0]) if argv else 3
    corpus = Path(argv[1]) if len(argv) > 1 else CORPUS
    if not corpus.is_dir():
        print(f"corpus introuvable : {corpus}", file=sys.stderr)
        return 2
    texts = [p.read_text("utf-8") for p in sorted(corpus.glob("*.txt")) if p.name[:3].isdigit()]
    cpu = time.process_time()
    for t in texts:
        read_text(t, "<réel>")
    cpu = time.process_time() - cpu
    size = sum(map(len, texts)) / 1e6
    print(f"textes réels : {len(texts)} documents ({size:.1f} millions de caractères) en {cpu:.2f} s de "
          f"processeur : {len(texts) / cpu:.0f} documents/s, {size / cpu:.2f} Mcar/s")
    layered, scans = [], []
    for p in sorted(corpus.glob("*.pdf")):
        r = read_file(p, ocr=False)
        (layered if r.document is not None else scans).append(p)
    pages = sum(page_count(p.read_bytes()) for p in layered)
    # (The text layer is extracted by pdftotext in a process of its own: its processor time is
    # counted with the reader's, from the children's times.)
    t0, c0 = time.process_time(), _children()
    w0 = time.perf_counter()
    for p in layered:
        read_file(p, ocr=False)
    cpu = time.process_time() - t0 + _children() - c0
    elapsed = time.perf_counter() - w0
    print(f"PDF avec couche texte : {len(layered)} fichiers, {pages} pages en {cpu:.1f} s de processeur "
          f"(extraction comprise) : {pages / cpu:.1f} pages/s (couche texte et lecture) ; "
          f"{pages / elapsed:.1f} pages/s en temps écoulé")
    missing = available()
    if scans_wanted and missing is None:
        chosen = scans[:scans_wanted]
        done = 0
        t0 = time.perf_counter()
        for p in chosen:
            r = read_file(p)
            done += page_count(p.read_bytes()) if r.document is not None else 0
        elapsed = time.perf_counter() - t0
        print(f"PDF scannés (OCR Tesseract fra, 300 dpi) : {len(chosen)} sur {len(scans)}, {done} pages en "
              f"{elapsed:.1f} s écoulées : {done / elapsed:.2f} pages/s")
    elif scans_wanted:
        print(f"OCR non mesuré : {missing}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
