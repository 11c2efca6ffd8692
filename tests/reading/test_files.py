"""Files that cannot be read, PDFs with and without a text layer, and the batch command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from registre.cli.main import main
from registre.reading import read_file

from ..shared import CHARS, TRONGET, shared_file
from .pdfs import image_only_pdf, text_pdf


@pytest.fixture(autouse=True)
def _corpus_is_there() -> None:
    shared_file(TRONGET)
    shared_file(CHARS)


def test_missing_empty_and_binary_files_give_a_french_error(tmp_path: Path) -> None:
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    assert "introuvable" in (read_file(tmp_path / "absent.txt").error or "")
    assert "vide" in (read_file(empty).error or "")
    assert "binaire" in (read_file(binary).error or "")
    assert read_file(tmp_path).error is not None


def test_windows_1252_text_is_read_and_reported(tmp_path: Path) -> None:
    f = tmp_path / "cp1252.txt"
    f.write_bytes(TRONGET.read_text("utf-8").encode("cp1252", errors="replace"))
    result = read_file(f)
    assert result.document is not None
    assert any("UTF-8" in w for w in result.warnings)
    assert result.document.members_in_office == 14


def test_pdf_with_a_text_layer_is_read(tmp_path: Path) -> None:
    f = tmp_path / "tronget.pdf"
    f.write_bytes(text_pdf(TRONGET.read_text("utf-8")))
    result = read_file(f)
    assert result.document is not None, result.error
    j = result.document.as_json()
    assert j["members_in_office"] == 14 and j["session_date"] == "2023-11-30"
    assert j["deliberations"][0]["printed_vote"]["for"] == 14


def test_pdf_without_a_text_layer_needs_ocr(tmp_path: Path) -> None:
    f = tmp_path / "scan.pdf"
    f.write_bytes(image_only_pdf(2))
    result = read_file(f)
    assert result.document is None
    assert result.error is not None and "OCR" in result.error and "couche texte" in result.error


def test_truncated_pdf_gives_an_error_not_an_exception(tmp_path: Path) -> None:
    data = text_pdf(TRONGET.read_text("utf-8"))
    for cut in (10, len(data) // 3, len(data) // 2, len(data) - 20):
        f = tmp_path / f"cut{cut}.pdf"
        f.write_bytes(data[:cut])
        result = read_file(f)
        assert result.document is not None or result.error


def test_batch_goes_on_after_a_bad_file_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 50)
    code = main(["parse", "--json", str(bad), str(TRONGET), str(CHARS)])
    out, err = capsys.readouterr()
    assert code == 1
    lines = [json.loads(line) for line in out.splitlines()]
    assert [bool(line.get("error")) for line in lines] == [True, False, False]
    assert "binaire" in err
    for key in ("source", "authority", "assembly", "session_date", "members_in_office", "printed",
                "present", "absent", "proxies", "deliberations", "warnings"):
        assert key in lines[1]
    assert set(lines[1]["printed"]) >= {"present", "proxies", "voters"}
    d = lines[1]["deliberations"][0]
    assert set(d) >= {"number", "title", "printed_vote", "computed_vote"}
    assert set(d["computed_vote"]) == {"for", "against", "abstention", "not_voting"}


def test_batch_of_readable_files_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(TRONGET)]) == 0
    out = capsys.readouterr().out
    assert "Tronget" in out and "recalculé 14/0/0" in out


def test_json_lines_stay_on_stdout_when_the_progress_bar_is_on_a_terminal(tmp_path: Path) -> None:
    """rich's progress bar once took the JSON lines over to the terminal (stderr)."""
    out = tmp_path / "out.jsonl"
    exe = Path(sys.executable).with_name("registre")
    cmd = f"{exe} parse {TRONGET} {CHARS} --json > {out}"
    subprocess.run(["script", "-qc", cmd, "/dev/null"], check=True, capture_output=True, timeout=120)
    assert len(out.read_text("utf-8").splitlines()) == 2


def test_clear_caches_empties_every_cache_of_the_reader_and_the_core() -> None:
    """The benchmark's « read cold » figure relies on it: no cache may be forgotten."""
    import sys

    from registre.reading import clear_caches

    first = read_file(TRONGET).document
    caches = [v for name, mod in list(sys.modules.items())
              if mod is not None and name.startswith(("registre.reading", "registre.core"))
              for v in vars(mod).values() if callable(getattr(v, "cache_info", None))]
    assert len(caches) >= 5 and any(c.cache_info().currsize for c in caches)
    clear_caches()
    assert [c for c in caches if c.cache_info().currsize] == []
    again = read_file(TRONGET).document  # read cold: the same result
    assert first is not None and again is not None and again.as_json() == first.as_json()
