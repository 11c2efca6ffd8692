"""Rendering benchmark: every extract of a 60-item session as PDF, Typst against LibreOffice.

Issue 5's targets: at least 50 extracts per second through Registre's path, and at least
20 times faster than the path most products use, a DOCX template filled then converted
by LibreOffice headless. Both run side by side on the same extracts in one run:

- **Typst**: ``check_session`` once, ``build_extracts`` (the session's header built
  once) and ``render_pdf`` (PDF/A-2b) for each extract — exactly what ``registre render --item all``
  calls; the portal calls ``build_extract`` and ``render_pdf`` for one;
- **LibreOffice**: the same extracts filled into DOCX (python-docx, the ``docx``
  renderer), then ``soffice --headless --convert-to pdf`` on all of them in *one*
  LibreOffice process (its best case: start-up paid once); and, to show what a product
  pays when it converts each document as it is asked for, one ``soffice`` call per
  document on the first ``--single`` extracts.

LibreOffice is not a dependency of the project (neither its tests nor its runtime need
it); install it for this benchmark only, as root on Debian::

    apt-get install --no-install-recommends libreoffice-writer-nogui

    python -m bench rendering [--items 60] [--members 123] [--single 3] [--no-libreoffice]
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pypdf

from registre.core import check_session
from registre.rendering.docx import render_docx
from registre.rendering.extract import build_extract, build_extracts
from registre.rendering.pdf import render_pdf, render_pdfs
from registre.rendering.samples import generate_session


def _cpu_children() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _typst(items: int, members: int, repeat: int, workers: int) -> dict[str, float]:
    """Median wall and CPU seconds of: check, build and render every extract."""
    session = generate_session(2024, items=items, members=members)
    first = build_extract(check_session(session), session.items[0].number)
    render_pdfs([first] * workers, workers)  # warm: each thread's compiler loads its fonts
    walls, cpus, pdfs = [], [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        report = check_session(session)
        docs = build_extracts(report)
        pdfs = render_pdfs(docs, workers) if workers > 1 else [render_pdf(d) for d in docs]
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return {"wall": statistics.median(walls), "cpu": statistics.median(cpus),
            "size": sum(len(p) for p in pdfs),
            "pages": sum(len(pypdf.PdfReader(io.BytesIO(p)).pages) for p in pdfs)}


def _soffice(files: list[Path], outdir: Path, profile: Path) -> tuple[float, float]:
    """Wall and CPU seconds (LibreOffice's processes) of one ``soffice --convert-to pdf``."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice
    t0, c0 = time.perf_counter(), _cpu_children()
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir), *map(str, files)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    return time.perf_counter() - t0, _cpu_children() - c0


def _libreoffice(items: int, members: int, single: int) -> dict[str, float]:
    session = generate_session(2024, items=items, members=members)
    with tempfile.TemporaryDirectory(prefix="registre-bench-lo-") as tmp:
        root = Path(tmp)
        profile = root / "profile"
        report = check_session(session)
        warm = root / "warm.docx"
        warm.write_bytes(render_docx(build_extract(report, report.items[0].item.number)))
        _soffice([warm], root / "warm", profile)  # first start creates the profile: not counted
        t0, c0 = time.perf_counter(), time.process_time()
        report = check_session(session)
        files = []
        for r, doc in zip(report.items, build_extracts(report), strict=True):
            f = root / f"extrait-{r.item.number}.docx"
            f.write_bytes(render_docx(doc))
            files.append(f)
        fill, fill_cpu = time.perf_counter() - t0, time.process_time() - c0
        batch, batch_cpu = _soffice(files, root / "batch", profile)
        done = len(list((root / "batch").glob("*.pdf")))
        if done != len(files):
            raise RuntimeError(f"LibreOffice n'a converti que {done} documents sur {len(files)}")
        per_doc = [_soffice([f], root / "single", profile) for f in files[:single]]
    return {"fill": fill, "fill_cpu": fill_cpu, "batch": batch, "batch_cpu": batch_cpu,
            "single": statistics.median(w for w, _ in per_doc) if per_doc else 0.0,
            "single_cpu": statistics.median(c for _, c in per_doc) if per_doc else 0.0}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench rendering", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=60)
    ap.add_argument("--members", type=int, default=123)
    ap.add_argument("--repeat", type=int, default=5, help="runs of the Typst path (median kept)")
    ap.add_argument("--single", type=int, default=3, help="documents converted one soffice call each")
    ap.add_argument("--threads", type=int, default=2, help="also measure render_pdfs on N threads")
    ap.add_argument("--no-libreoffice", action="store_true")
    args = ap.parse_args(argv)
    n = args.items
    print("charge de la machine (1, 5, 15 min) : " + ", ".join(f"{x:.2f}" for x in os.getloadavg())
          + f" sur {os.cpu_count()} cœurs ; temps « mur » et temps CPU")

    ty = _typst(n, args.members, args.repeat, 1)
    print(f"Typst (PDF/A-2b), 1 fil : {n} extraits, {ty['pages']} pages, {ty['size'] / 1e6:.1f} Mo : "
          f"{ty['wall']:.3f} s = {n / ty['wall']:.1f} extraits/s ; CPU {ty['cpu']:.3f} s = "
          f"{n / ty['cpu']:.1f} extraits/s-CPU (médianes de {args.repeat})")
    if args.threads > 1:
        t2 = _typst(n, args.members, args.repeat, args.threads)
        print(f"Typst, {args.threads} fils : {t2['wall']:.3f} s = {n / t2['wall']:.1f} extraits/s")
    ok = n / ty["wall"] >= 50
    print(f"  objectif ≥ 50 extraits/s : {'atteint' if ok else 'NON ATTEINT'}")
    if args.no_libreoffice:
        return 0 if ok else 1
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        print("LibreOffice absent : comparaison non mesurée (apt-get install --no-install-recommends "
              "libreoffice-writer-nogui)", file=sys.stderr)
        return 0 if ok else 1
    lo = _libreoffice(n, args.members, args.single)
    wall, cpu = lo["fill"] + lo["batch"], lo["fill_cpu"] + lo["batch_cpu"]
    print(f"LibreOffice, un lot : remplissage DOCX {lo['fill']:.2f} s + conversion {lo['batch']:.2f} s "
          f"= {wall:.2f} s = {n / wall:.2f} extraits/s ; CPU {cpu:.2f} s")
    print(f"  dont CPU : remplissage {lo['fill_cpu']:.2f} s, conversion {lo['batch_cpu']:.2f} s")
    ratios = {"lot, mur": wall / ty["wall"], "lot, CPU": cpu / ty["cpu"],
              "lot, conversion seule (sans remplissage), CPU": lo["batch_cpu"] / ty["cpu"]}
    if args.single:
        print(f"LibreOffice, un appel par document : {lo['single']:.2f} s par extrait (CPU "
              f"{lo['single_cpu']:.2f} s), médiane de {args.single}")
        # A conversion server started once (unoserver, JODConverter…) pays neither the
        # start-up nor the fill: its cost is what each further document adds to the batch.
        marginal = (lo["batch_cpu"] - lo["single_cpu"]) / (n - 1) if n > 1 else lo["batch_cpu"]
        print(f"LibreOffice déjà démarré (coût marginal d'un document dans le lot, CPU) : "
              f"{marginal * 1000:.0f} ms par extrait")
        ratios["LibreOffice déjà démarré, conversion seule, CPU"] = marginal * n / ty["cpu"]
        ratios["un appel par document, mur"] = (lo["fill"] + lo["single"] * n) / ty["wall"]
        ratios["un appel par document, CPU"] = (lo["fill_cpu"] + lo["single_cpu"] * n) / ty["cpu"]
    for what, r in ratios.items():
        print(f"  Typst / LibreOffice ({what}) : {r:.0f} fois plus rapide — objectif ≥ 20 : "
              f"{'atteint' if r >= 20 else 'NON ATTEINT'}")
    return 0 if ok and ratios["lot, mur"] >= 20 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
