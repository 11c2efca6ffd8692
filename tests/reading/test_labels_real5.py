"""A fifth labelled set of the real corpus (bench/labels/real5/*.json, issue 14, session s27).

The 55 documents of ``../shared/corpus/real`` that no earlier set labelled (Montpellier 28,
Pierrefonds 16, Putanges-le-Lac 11), labelled by reading before the reader was run on them, held
out during the rest of the session (its README). Same format as ``bench/labels/real``.
"""

from __future__ import annotations

import pytest

from tests.reading import held_out


def test_the_set_has_the_format_of_the_real_labels_and_new_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    held_out.check_real_set(monkeypatch, "real5", ('real', 'real2', 'real3', 'real4'), documents=55)
