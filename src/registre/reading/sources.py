"""Stage 0: from a file (.txt, .md, .pdf with a text layer) to text, then to a result.

:func:`read_file` and :func:`read_text` never raise on bad content: a file that cannot
be read at all gives a :class:`ReadResult` with ``document=None`` and a French ``error``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from registre.reading.ocr import Progress, ocr_pdf
from registre.reading.parse import parse_text
from registre.reading.result import ReadResult

# Minimum of letters a PDF's text layer must hold to be read rather than sent to OCR.
MIN_TEXT_LETTERS = 40
NO_TEXT_LAYER = "n'a pas de couche texte"


def read_text(text: str, source: str = "<texte>") -> ReadResult:
    """Read the text of one extract; ``source`` names it in the result."""
    if not isinstance(text, str) or not text or text.isspace():  # (not text.strip(): no copy)
        return ReadResult(source, error=f"{source} : texte vide, rien à lire")
    try:
        doc = parse_text(text, source)
    except Exception as e:  # a bug of the reader must not stop a batch
        logging.getLogger(__name__).exception("lecture de %s", source)
        return ReadResult(source, error=f"{source} : erreur interne du lecteur ({type(e).__name__} : {e})")
    return ReadResult(source, doc, None, list(doc.warnings))


def read_file(path: str | Path, *, ocr: bool = True, progress: Progress | None = None) -> ReadResult:
    """Read one extract file (.txt, .md or .pdf); never raises on its content.

    A PDF without a text layer (a scan) goes through OCR (``ocr.py``) unless ``ocr`` is
    False; ``progress(done, total)`` is told each page it reads. Every answer read from an
    OCR text says so (``ParsedExtract.ocr``, ``evidence[…].ocr``).
    """
    p = Path(path)
    source = str(p)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        return ReadResult(source, error=f"{source} : fichier introuvable")
    except IsADirectoryError:
        return ReadResult(source, error=f"{source} : c'est un dossier, pas un fichier")
    except OSError as e:
        return ReadResult(source, error=f"{source} : lecture impossible ({e.strerror or e})")
    if not data.strip():
        return ReadResult(source, error=f"{source} : fichier vide")
    warnings: list[str] = []
    scanned = False
    if data[:5] == b"%PDF-" or p.suffix.lower() == ".pdf":
        text, error = pdf_text(data, source)
        if text is None and error is not None and NO_TEXT_LAYER in error and ocr:
            text, error = _ocr(data, source, warnings, progress)
            scanned = text is not None
    else:
        text, error = decode(data, source, warnings)
    if text is None:
        return ReadResult(source, error=error)
    result = read_text(text, source)
    result.warnings[:0] = warnings
    if result.document is not None:
        result.document.warnings[:0] = warnings
        if scanned:
            result.document.mark_ocr()
    return result


def _ocr(data: bytes, source: str, warnings: list[str],
         progress: Progress | None) -> tuple[str | None, str | None]:
    got = ocr_pdf(data, progress)
    if got.text is None:
        return None, f"{source} : ce PDF n'a pas de couche texte et l'OCR a échoué : {got.error}"
    if sum(c.isalpha() for c in got.text) < MIN_TEXT_LETTERS:
        return None, (f"{source} : ce PDF n'a pas de couche texte et la reconnaissance de caractères (OCR) "
                      f"n'y lit aucun texte ({got.pages} page(s))")
    warnings.append(got.note())
    return got.text, None


def decode(data: bytes, source: str, warnings: list[str]) -> tuple[str | None, str | None]:
    """Text of a .txt/.md file: UTF-8, else Windows-1252 (reported); binary is refused."""
    sample = data[:4096]
    if b"\x00" in sample or sum(b < 9 or 13 < b < 32 for b in sample) > len(sample) // 20:
        return None, f"{source} : fichier binaire, ce n'est ni un texte ni un PDF"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        warnings.append(f"le fichier n'est pas en UTF-8 (octet {e.start}) : lu en Windows-1252")
        return data.decode("cp1252", errors="replace"), None


# Poppler's ``pdftotext -layout`` (Debian's poppler-utils, installed by scripts/setup.sh) keeps a
# page's layout — columns side by side, a side box beside the text, a table's rows — as the
# reader expects it (the real corpus was extracted so); pypdf's plain text loses it (measured on
# the 130 labelled text-layer PDFs of the real corpus, docs/reading.md « Les PDF lus comme
# publiés »: 46 titles and 10 votes wrong through pypdf, 1 and 1 through pdftotext), and its
# layout mode is 14 times slower. pypdf stays the fallback where pdftotext is not installed or
# fails on a file, and says why a file cannot be read.
PDFTOTEXT_TIMEOUT = 120.0


def _pdftotext(data: bytes) -> str | None:
    """A PDF's text layer by ``pdftotext -layout``, as the real corpus was extracted (each page
    after the first opens with a form feed, which normalisation reads as a blank); None when it
    is not installed, fails or times out (the caller falls back to pypdf)."""
    import shutil
    import subprocess

    exe = shutil.which("pdftotext")
    if exe is None:
        return None
    try:
        done = subprocess.run([exe, "-layout", "-enc", "UTF-8", "-q", "-", "-"], input=data,
                              capture_output=True, timeout=PDFTOTEXT_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="replace").rstrip("\f\n")


def pdf_text(data: bytes, source: str) -> tuple[str | None, str | None]:
    """The text layer of a PDF, pages joined by a line break; or why it cannot be read.

    Not a blank line: a list often runs on from one page to the next, and a blank line
    would end it.
    """
    text = _pdftotext(data)
    if text is not None and sum(c.isalpha() for c in text) >= MIN_TEXT_LETTERS:
        return text, None
    # (pdftotext absent or failing, or no text layer: pypdf says why, in the same words as
    # before, and OCR follows when there is no text)
    return _pypdf_text(data, source)


def _pypdf_text(data: bytes, source: str) -> tuple[str | None, str | None]:
    """:func:`pdf_text` by pypdf (its layout mode: columns kept side by side)."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return None, f"{source} : PDF chiffré, protégé par un mot de passe"
        pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
    except (NotImplementedError, DependencyError) as e:
        # An image or stream filter pypdf cannot decode (/JBIG2Decode without jbig2dec, an
        # unknown name): this file's error, never the batch's (issue 11).
        return None, f"{source} : PDF illisible : compression non prise en charge ({one_line(e)})"
    except PyPdfError as e:
        return None, f"{source} : PDF illisible ou tronqué ({one_line(e)})"
    except Exception as e:  # pypdf raises what it meets (KeyError, RecursionError…): every
        # one is this file's fault, told in one line.
        return None, f"{source} : PDF illisible ou d'un type non pris en charge ({one_line(e)})"
    text = "\n".join(page.strip("\n") for page in pages)
    if sum(c.isalpha() for c in text) < MIN_TEXT_LETTERS:
        return None, (f"{source} : ce PDF {NO_TEXT_LAYER} ({len(pages)} page(s) d'images) : "
                      "il faut d'abord le passer à la reconnaissance de caractères (OCR), "
                      "par exemple avec ocrmypdf, puis relancer la lecture")
    return text, None


def one_line(e: BaseException, limit: int = 160) -> str:
    """``Type : message`` on one line, cut to ``limit`` characters."""
    text = " ".join(f"{type(e).__name__} : {e}".split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def page_count(data: bytes) -> int:
    """Pages of a PDF (0 if unreadable); used by the benchmark."""
    import io

    from pypdf import PdfReader

    try:
        return len(PdfReader(io.BytesIO(data)).pages)
    except Exception:
        return 0
