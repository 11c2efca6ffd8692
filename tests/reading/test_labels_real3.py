"""A third labelled set of the real corpus (bench/labels/real3/*.json, issue 14, session s23).

35 documents of four authorities of ``../shared/corpus/real`` that neither earlier set labels
(Pierrefonds 10, Putanges-le-Lac 10, Saint-Restitut 7, Montpellier 8), labelled by reading before
the reader was run on them, held out during the sixth round. Same format as ``bench/labels/real``.
"""

from __future__ import annotations

import json

import pytest

from tests.reading import test_labels as real

REAL3 = real.ROOT / "bench" / "labels" / "real3"


def test_the_third_set_has_the_format_of_the_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(real, "LABELS", REAL3)
    real.test_every_label_has_the_documented_keys_and_types()
    real.test_one_authority_name_per_label_file()
    real.test_every_labelled_file_exists_in_the_shared_corpus()


def test_the_third_set_labels_documents_the_others_do_not() -> None:
    first = {name for d in (real.LABELS, REAL3.parent / "real2") for p in d.glob("*.json")
             for name in json.loads(p.read_text("utf-8"))}
    second = {name for p in REAL3.glob("*.json") for name in json.loads(p.read_text("utf-8"))}
    assert len(second) == 35 and not first & second
    assert all(json.loads(p.read_text("utf-8")) for p in REAL3.glob("*.json"))
