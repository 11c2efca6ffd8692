"""Where the tests find the files that are not ours: ``shared/`` beside the clone.

The real documents (``corpus/``) and the standards' schemas (``standards/``) come from
public repositories; the project never commits copies of them. CI lays ``shared/`` beside
the clone; without it, the tests that need them are skipped with the reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
STANDARDS = SHARED / "standards"
TRONGET = CORPUS / "01_tronget_2023-11-30.txt"
CHARS = CORPUS / "02_chars_2024-01-05.txt"


def shared_file(path: Path) -> Path:
    """``path`` if it exists, else skip the test saying which file of shared/ is missing."""
    if not path.is_file():
        pytest.skip(f"fichier de shared/ absent : {path}")
    return path
