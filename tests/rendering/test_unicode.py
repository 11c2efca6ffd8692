"""Every document format renders whatever Unicode a title, a name or a text holds.

Control characters, non-characters, private use, emoji, unassigned code points, very long
strings: the HTML, the PDF/A (Typst) and the DOCX all render, and what cannot be printed
is replaced by « � » where it stood — never dropped silently, never an exception.
Unpaired surrogates are left out of the generated text: the web forms cannot receive them
(invalid UTF-8 is decoded with replacement) and a session file is UTF-8.
"""

from __future__ import annotations

import dataclasses
import io

import pytest
from docx import Document as open_docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from registre.core.model import Person, Session
from registre.rendering import render
from registre.rendering.printable import REPLACEMENT, clean
from registre.rendering.samples import generate_session
from tests.rendering.golden import docx_text, html_text, pdf_text

BASE = generate_session(seed=3, items=3, members=8)
ITEM = BASE.items[0].number


def _with(title: str = "", name: str = "", text: str = "") -> Session:
    """The sample session with the first item's title, its body, and the president's last name."""
    item = BASE.items[0]
    body = dataclasses.replace(item.text, body=text or item.text.body) if item.text else None
    items = (dataclasses.replace(item, title=title or item.title, text=body), *BASE.items[1:])
    members = tuple(dataclasses.replace(md, person=Person(md.person.id, md.person.first_name, name,
                                                          md.person.civility))
                    if md.person.id == BASE.president and name else md for md in BASE.members)
    return dataclasses.replace(BASE, items=items, members=members)


def _all_formats(session: Session) -> dict[str, bytes]:
    out = {fmt: render(session, "extract", fmt, item=ITEM) for fmt in ("html", "pdf", "docx")}
    assert out["pdf"].startswith(b"%PDF-")
    assert out["html"].lstrip().startswith(b"<!DOCTYPE html>")
    open_docx(io.BytesIO(out["docx"]))  # Word's XML parses
    return out


# --- the cases ------------------------------------------------------------------------

def test_a_206_character_title_renders_in_docx() -> None:
    title = "Attribution d'une subvention " + "x" * 177
    assert len(title) == 206
    out = _all_formats(_with(title=title))
    props = open_docx(io.BytesIO(out["docx"])).core_properties
    assert len(props.title) == 255 and props.title.endswith("…")  # Word's limit, visibly cut
    assert title in docx_text(out["docx"])  # the text itself is whole


@pytest.mark.parametrize("bad", ["\x0b", "\x01", "\ufffe", "\x7f", "\x85", "\ue000", "\U0010fffd",
                                 "\ud800"])  # a lone surrogate: not from a form, but from a file
def test_never_printable_characters_become_a_visible_replacement(bad: str) -> None:
    title = f"Subvention{bad}au club"
    out = _all_formats(_with(title=title))
    expected = f"Subvention{REPLACEMENT}au club"
    assert expected in docx_text(out["docx"])
    assert expected in html_text(out["html"])
    assert expected in pdf_text(out["pdf"]).replace("\n", " ")


def test_what_the_pdf_fonts_lack_is_replaced_in_the_pdf_only() -> None:
    title = "Fête du club 🎉 et \u0378 réservé"
    out = _all_formats(_with(title=title))
    assert title in html_text(out["html"]) or title.replace("\u0378", "\u0378") in html_text(out["html"])
    assert "🎉" in docx_text(out["docx"])  # Word and browsers have fonts of their own
    pdf = pdf_text(out["pdf"]).replace("\n", " ")
    assert "🎉" not in pdf and f"club {REPLACEMENT} et {REPLACEMENT} réservé" in pdf


def test_common_french_text_is_left_as_it_is() -> None:
    text = "L'élu·e « Œuvre » — 12 000 € ; n° 3 ; Ærø, Ł, ß, Ω"
    assert clean(text) is text
    out = _all_formats(_with(title=text))
    assert text in pdf_text(out["pdf"]).replace("\n", " ")


# --- property: the whole of Unicode -----------------------------------------------------------

UNICODE = st.characters(exclude_categories=("Cs",))
TEXTS = st.one_of(
    st.text(UNICODE, min_size=1, max_size=80),
    st.text(st.sampled_from("\t\r\n\x00\x01\x0b\x0c\x1f\x7f\x85\ufffe\uffff\ue000\u200b\u202e\U0001f600é€ "),
            min_size=1, max_size=40),
    st.text(UNICODE, min_size=300, max_size=1200),
)


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(title=TEXTS, name=TEXTS, text=TEXTS)
def test_every_format_renders_any_text(title: str, name: str, text: str) -> None:
    out = _all_formats(_with(title=title, name=name, text=text))
    words = " ".join(docx_text(out["docx"]).split())
    assert " ".join(clean(title).split()) in words  # nothing dropped: replaced where it stood
