"""Character recognition of scanned PDFs: pages drawn by PDFium, read by Tesseract in French.

A PDF without a text layer (a scan) is drawn page by page at 300 dpi by ``pypdfium2`` and
read by Tesseract (Debian's ``tesseract-ocr`` and ``tesseract-ocr-fra``, through
``pytesseract``), in the settings the corpus was made with (``fra``, ``--psm 3``). Each page
is reported to ``progress(done, total)``; :class:`OcrText` says how long it took.
Pages are read several at once, one Tesseract process per core (``Settings.pages_at_once``;
``REGISTRE_OCR_PAGES`` sets it): a scan's pages are independent, and Tesseract on one thread
leaves the other cores idle. The text is the same, page for page, in the same order.
Nothing here raises: a missing Tesseract or French model is an ``error`` in French.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

DPI = 300
LANGUAGE = "fra"
CONFIG = "--psm 3"
Progress = Callable[[int, int], None]
_ENV_THREADS = os.environ.get("OMP_THREAD_LIMIT")
_ENV_PAGES = os.environ.get("REGISTRE_OCR_PAGES", "")


@dataclass(frozen=True)
class OcrText:
    """The text OCR gave (pages joined by a line break), or why there is none."""

    text: str | None
    pages: int
    seconds: float
    error: str | None = None

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    def note(self) -> str:
        return (f"texte obtenu par reconnaissance de caractères (OCR Tesseract, {LANGUAGE}) : "
                f"{self.pages} page(s) en {self.seconds:.1f} s ({self.pages_per_second:.2f} page/s) ; "
                "les chiffres et les noms lus peuvent porter des erreurs d'OCR")


def available() -> str | None:
    """None when Tesseract and its French model are installed; else what is missing, in French."""
    try:
        import pytesseract  # type: ignore[import-untyped]

        langs = pytesseract.get_languages(config="")
    except Exception:  # pytesseract raises its own error or OSError when the binary is absent
        return ("Tesseract n'est pas installé (paquets Debian tesseract-ocr et tesseract-ocr-fra, "
                "voir scripts/apt-packages.txt)")
    if LANGUAGE not in langs:
        return "le modèle français de Tesseract n'est pas installé (paquet Debian tesseract-ocr-fra)"
    return None


@dataclass(frozen=True)
class Settings:
    """How pages are drawn and read: resolution, Tesseract's options, the image's preparation.

    ``grey``: the page drawn in shades of grey, not in colour (scans of registers are black
    on white; a third of the bytes to hand to Tesseract). ``threshold``: each pixel made
    black or white at this grey level (0: left to Tesseract's own binarisation).
    ``threads``: Tesseract's OpenMP threads (``OMP_THREAD_LIMIT``). ``pages_at_once``: how
    many pages are read at the same time, each by its own Tesseract process (0: one a core,
    or ``REGISTRE_OCR_PAGES`` when set).
    """

    dpi: int = DPI
    config: str = CONFIG
    grey: bool = True
    threshold: int = 0
    threads: int = 1
    pages_at_once: int = 0

    def workers(self) -> int:
        """How many pages are read at once (at least one)."""
        if self.pages_at_once > 0:
            return self.pages_at_once
        if _ENV_PAGES.strip().isdigit() and int(_ENV_PAGES) > 0:
            return int(_ENV_PAGES)
        return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                   else os.cpu_count() or 1)


DEFAULT = Settings()


def ocr_pdf(data: bytes, progress: Progress | None = None, settings: Settings = DEFAULT) -> OcrText:
    """Every page of a PDF drawn and read by Tesseract in French."""
    missing = available()
    if missing is not None:
        return OcrText(None, 0, 0.0, missing)
    import pypdfium2 as pdfium  # type: ignore[import-untyped]
    import pytesseract

    # One thread per Tesseract: its OpenMP threads fight over the cores of a shared machine
    # (2 pages in 52 s with them, 16 s without, on the project's loaded 2-core machine).
    # An OMP_THREAD_LIMIT set by whoever started us is kept for the default settings.
    chosen = _ENV_THREADS if _ENV_THREADS and settings is DEFAULT else str(settings.threads)
    os.environ["OMP_THREAD_LIMIT"] = chosen
    t0 = time.perf_counter()
    try:
        pdf = pdfium.PdfDocument(data)
    except Exception as e:
        return OcrText(None, 0, 0.0, f"PDF illisible pour l'OCR ({_one_line(e)})")
    pages: list[str] = []
    workers = settings.workers()
    # Pages are drawn here, one after the other (PDFium is not to be shared between
    # threads), and read by Tesseract in worker threads: each waits on its own process, so
    # ``workers`` pages are read at once while the next is drawn.
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr")
    reading: deque[Future[str]] = deque()

    def collect(keep: int) -> None:
        while len(reading) > keep:
            pages.append(reading.popleft().result())
            if progress is not None:
                progress(len(pages), total)

    try:
        total = len(pdf)
        for i in range(total):
            page = pdf[i]
            image = page.render(scale=settings.dpi / 72, grayscale=settings.grey).to_pil()
            page.close()
            if settings.threshold:
                image = image.convert("L").point(_binarise(settings.threshold), mode="1")
            reading.append(pool.submit(pytesseract.image_to_string, image, lang=LANGUAGE,
                                       config=settings.config))
            collect(workers)
        collect(0)
    except Exception as e:
        return OcrText(None, len(pages), time.perf_counter() - t0,
                       f"échec de l'OCR à la page {len(pages) + 1} ({_one_line(e)})")
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        pdf.close()
    return OcrText("\n".join(p.strip("\n") for p in pages), total, time.perf_counter() - t0)


def _binarise(level: int) -> list[int]:
    """A lookup table: grey levels above ``level`` white, the others black."""
    return [255 if v > level else 0 for v in range(256)]


def _one_line(e: BaseException) -> str:
    return " ".join(f"{type(e).__name__} : {e}".split())[:160]
