"""OCR of the corpus's scans: pages per second, and how many printed facts come back.

    python -m bench ocr [VARIANT ...] [--corpus DIR] [--keep DIR]

Every scanned PDF of ``../shared/corpus/real/`` (a PDF with no text layer) is drawn and read
by Tesseract under each VARIANT of the settings (``registre.reading.ocr.Settings``; default:
all of them, the project's own first), then read by the reader. For each variant it prints:

- pages, elapsed seconds and pages per second (elapsed: Tesseract runs in its own process),
  and the processor seconds Tesseract's processes used (a figure the load of the shared
  machine does not inflate as much);
- the printed facts of the labelled scans read right / wrong / missing (the fields of
  ``python -m bench reading_accuracy``, against ``bench/labels/real/``);
- how many scans ``registre import`` would accept (``registre.web.sources.unrecognised``).

``--keep DIR`` writes each OCR text there (``<name>.<variant>.txt``), to compare them.
Slow: a page takes a few seconds of Tesseract; the load (``uptime``) is printed.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from registre.reading import read_file, read_text
from registre.reading.ocr import DEFAULT, Settings, available, ocr_pdf

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"
LABELS = ROOT / "bench" / "labels" / "real"

VARIANTS: dict[str, Settings] = {
    "projet": DEFAULT,                                   # grey, 300 dpi, --psm 3, one thread, a page a core
    "1page": replace(DEFAULT, pages_at_once=1),          # one page at a time (before)
    "couleur": replace(DEFAULT, grey=False),             # the page drawn in colour (before)
    "psm4": replace(DEFAULT, config="--psm 4"),          # one column of text of varied sizes
    "psm6": replace(DEFAULT, config="--psm 6"),          # one uniform block of text
    "oem1": replace(DEFAULT, config="--oem 1 --psm 3"),  # LSTM engine only
    "seuil": replace(DEFAULT, threshold=160),            # each pixel black or white first
    "200dpi": replace(DEFAULT, dpi=200),                 # drawn at 200 dpi
    "2threads": replace(DEFAULT, threads=2),             # two OpenMP threads
}


def scans(corpus: Path) -> list[Path]:
    """The PDFs of the corpus with no text layer."""
    return [p for p in sorted(corpus.glob("*.pdf")) if read_file(p, ocr=False).document is None]


def labels() -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for path in sorted(LABELS.glob("*.json")):
        out.update(json.loads(path.read_text("utf-8")))
    return out


def main(argv: list[str]) -> int:
    corpus, keep, names = CORPUS, None, []
    args = iter(argv)
    for a in args:
        if a == "--corpus":
            corpus = Path(next(args))
        elif a == "--keep":
            keep = Path(next(args))
            keep.mkdir(parents=True, exist_ok=True)
        else:
            names.append(a)
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        print(f"variante inconnue : {', '.join(unknown)} (connues : {', '.join(VARIANTS)})", file=sys.stderr)
        return 2
    missing = available()
    if missing is not None:
        print(f"OCR non mesuré : {missing}")
        return 0
    from bench.bench_reading_accuracy import _verdicts
    from registre.web.sources import unrecognised

    files = scans(corpus)
    labelled = labels()
    print(f"{len(files)} PDF scannés dans {corpus} ; charge : {os.getloadavg()[0]:.1f} (1 min)")
    print("| variante | pages | s écoulées | pages/s | s processeur Tesseract / page | faits justes / faux "
          "/ manquants | imports acceptés |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in names or list(VARIANTS):
        settings = VARIANTS[name]
        pages, elapsed, cpu, accepted = 0, 0.0, 0.0, 0
        tally: Counter[str] = Counter()
        for pdf in files:
            before = os.times()
            t0 = time.perf_counter()
            got = ocr_pdf(pdf.read_bytes(), settings=settings)
            elapsed += time.perf_counter() - t0
            after = os.times()
            cpu += (after.children_user + after.children_system
                    - before.children_user - before.children_system)
            pages += got.pages
            if not got.text:
                continue
            if keep is not None:
                (keep / f"{pdf.stem}.{name}.txt").write_text(got.text, "utf-8")
            result = read_text(got.text, pdf.name)
            doc = result.document
            if doc is None:
                continue
            accepted += not unrecognised(doc, doc.to_session())
            label = labelled.get(pdf.with_suffix(".txt").name)
            if label is not None:
                for _field, verdict, _example in _verdicts(label, doc):  # type: ignore[arg-type]
                    if verdict is not None:
                        tally[verdict] += 1
        rate = pages / elapsed if elapsed else 0.0
        print(f"| {name} | {pages} | {elapsed:.1f} | {rate:.2f} | {cpu / max(pages, 1):.2f} | "
              f"{tally['right']} / {tally['wrong']} / {tally['missing']} | {accepted} / {len(files)} |",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
