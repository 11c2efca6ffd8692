"""A second labelled set of the real corpus (bench/labels/real2/*.json, issue 14, session s23).

34 documents of three authorities of ``../shared/corpus/real`` that the first set had not labelled
(Pierrefonds 12, Saint-Restitut 10, Putanges-le-Lac 12), labelled by reading before the reader was
run on them: the reader's accuracy on documents of authorities it was tuned on, but not on these
documents. Same format as ``bench/labels/real``.
"""

from __future__ import annotations

import pytest

from tests.reading import held_out


def test_the_set_has_the_format_of_the_real_labels_and_new_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    held_out.check_real_set(monkeypatch, "real2", ('real',), documents=34)
