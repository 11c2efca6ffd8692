"""A second labelled set of the real corpus (bench/labels/real2/*.json, issue 14, session s23).

34 documents of three authorities of ``../shared/corpus/real`` that the first set had not labelled
(Pierrefonds 12, Saint-Restitut 10, Putanges-le-Lac 12), labelled by reading before the reader was
run on them: the reader's accuracy on documents of authorities it was tuned on, but not on these
documents. Same format as ``bench/labels/real``.
"""

from __future__ import annotations

import json

import pytest

from tests.reading import test_labels as real

REAL2 = real.ROOT / "bench" / "labels" / "real2"


def test_the_second_set_has_the_format_of_the_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(real, "LABELS", REAL2)
    real.test_every_label_has_the_documented_keys_and_types()
    real.test_one_authority_name_per_label_file()
    real.test_every_labelled_file_exists_in_the_shared_corpus()


def test_the_second_set_labels_documents_the_first_does_not() -> None:
    first = {name for p in real.LABELS.glob("*.json") for name in json.loads(p.read_text("utf-8"))}
    second = {name for p in REAL2.glob("*.json") for name in json.loads(p.read_text("utf-8"))}
    assert len(second) == 34 and not first & second
    assert all(json.loads(p.read_text("utf-8")) for p in REAL2.glob("*.json"))
