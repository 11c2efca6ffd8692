"""A fourth labelled set of the real corpus (bench/labels/real4/*.json, issue 14, session s24).

41 documents of three authorities of ``../shared/corpus/real`` that no earlier set labels
(Pierrefonds 16, Putanges-le-Lac 11, Montpellier 14), labelled by reading before the reader was
run on them, held out during the seventh round. Same format as ``bench/labels/real``.
"""

from __future__ import annotations

import pytest

from tests.reading import held_out


def test_the_set_has_the_format_of_the_real_labels_and_new_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    held_out.check_real_set(monkeypatch, "real4", ('real', 'real2', 'real3'), documents=41)
