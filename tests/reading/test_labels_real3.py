"""A third labelled set of the real corpus (bench/labels/real3/*.json, issue 14, session s23).

35 documents of four authorities of ``../shared/corpus/real`` that neither earlier set labels
(Pierrefonds 10, Putanges-le-Lac 10, Saint-Restitut 7, Montpellier 8), labelled by reading before
the reader was run on them, held out during the sixth round. Same format as ``bench/labels/real``.
"""

from __future__ import annotations

import pytest

from tests.reading import held_out


def test_the_set_has_the_format_of_the_real_labels_and_new_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    held_out.check_real_set(monkeypatch, "real3", ('real', 'real2'), documents=35)
