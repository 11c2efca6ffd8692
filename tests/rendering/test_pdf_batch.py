"""Rendering many extracts fast must not change them (docs/rendering.md, « Vitesse »).

``build_extracts`` shares the session's header between extracts, ``Document.to_json``
replaces ``as_dict``, and the PDF renderer hands the data to Typst as an in-memory file so
that Typst's layout cache lives from one document to the next: each test here would fail
if one of them let a document see another one's data or changed a document.
"""

from __future__ import annotations

import io
import json
import threading

import pypdf
import pytest

from registre.core import check_session
from registre.rendering import build
from registre.rendering.extract import RenderError, build_extract, build_extracts
from registre.rendering.pdf import render_pdf, render_pdfs
from registre.rendering.samples import generate_session


def _text(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture(scope="module")
def generated():  # type: ignore[no-untyped-def]
    return check_session(generate_session(11, items=6, members=40))


def test_build_extracts_equals_build_extract_one_by_one(reports, styles, generated) -> None:  # type: ignore[no-untyped-def]
    for key, report in reports.items():
        numbers = [r.item.number for r in report.items]
        assert build_extracts(report, numbers, styles[key]) == [
            build_extract(report, n, styles[key]) for n in numbers]
    assert build_extracts(generated) == [build_extract(generated, r.item.number) for r in generated.items]


def test_build_extracts_refuses_an_unknown_item(generated) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RenderError, match="question n°99 absente"):
        build_extracts(generated, ["1", "99"])


def test_to_json_is_as_dict(reports, generated) -> None:  # type: ignore[no-untyped-def]
    docs = [build(r, what) for r in (*reports.values(), generated)
            for what in ("extract", "list", "minutes", "convocation")]
    for doc in docs:
        assert json.loads(doc.to_json()) == json.loads(json.dumps(doc.as_dict(), ensure_ascii=False))


def test_each_pdf_carries_its_own_data_whatever_was_rendered_before(generated) -> None:  # type: ignore[no-untyped-def]
    """The layout cache kept between documents never leaks one into another."""
    docs = build_extracts(generated)
    first = render_pdf(docs[0])
    pdfs = [render_pdf(d) for d in docs]
    assert pdfs[0] == first
    assert render_pdf(docs[0]) == first  # after all the others: still the same bytes
    numbers = [r.item.deliberation for r in generated.items]
    assert len(set(numbers)) == len(docs) > 1
    for number, pdf in zip(numbers, pdfs, strict=True):
        text = _text(pdf)
        assert f"Délibération n°{number}" in text
        assert [n for n in numbers if f"n°{n}" in text] == [number]


def test_fresh_compiler_gives_the_same_bytes(generated) -> None:  # type: ignore[no-untyped-def]
    """A thread has its own compiler: rendered there first, a document is the same."""
    docs = build_extracts(generated)
    here = [render_pdf(d) for d in docs]
    out: list[bytes] = []
    thread = threading.Thread(target=lambda: out.extend(render_pdf(d) for d in reversed(docs)))
    thread.start()
    thread.join()
    assert out[::-1] == here
    assert render_pdfs(docs, 2) == here
