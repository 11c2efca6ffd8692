"""The generator's extracts (bench/extracts.py, all its styles) are read whole: each vote
recomputed equals the truth the generator knows, each deliberation keeps its point and title.
A change tuned on real documents that breaks the generator's forms fails here, not only in
`python -m bench reading`."""

from __future__ import annotations

from bench.extracts import corpus

from registre.reading import read_text


def test_generated_extracts_are_read_whole() -> None:
    wrong = []
    for i, d in enumerate(corpus(400, seed=7)):
        doc = read_text(d.text, f"<généré {i}>").document
        assert doc is not None and doc.deliberations, i
        p = doc.deliberations[0].parsed
        computed = doc.deliberations[0].computed or {}
        if (computed.get("vote") or {}).get("for") != d.expected_for or not p.title \
                or p.title.lower().startswith(("point n", "rapport n")):
            wrong.append((i, d.style, p.title[:40]))
    assert not wrong, wrong[:5]
