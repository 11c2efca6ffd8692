"""The convention document in PDF or DOCX through ``registre.rendering`` (branch ``rendering``).

That package lays out a ``Document`` of blocks (headings, paragraphs, lists, tables,
signatures) in every format; this module builds that Document from the data of
:func:`registre.subsidies.document.convention_document`. The package is optional here:
:func:`available` says whether it is installed, and nothing is imported at module load.
When the package offers its own ``build_convention``, that one is used.
"""

from __future__ import annotations

import importlib
from typing import Any

from registre.subsidies.document import convention_document
from registre.subsidies.model import Convention

MEDIA_TYPES = {"pdf": "application/pdf",
               "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def available() -> Any:
    """``registre.rendering`` when it can lay out a document in PDF and DOCX, else None."""
    try:
        mod = importlib.import_module("registre.rendering")
        importlib.import_module("registre.rendering.blocks")
    except ImportError:
        return None
    renderers = getattr(mod, "RENDERERS", {})
    return mod if "pdf" in renderers and "docx" in renderers else None


def render(c: Convention, fmt: str) -> bytes:
    """The convention in ``fmt`` (``pdf`` or ``docx``); raises ``LookupError`` when the
    rendering package is absent (check :func:`available` first)."""
    mod = available()
    if mod is None:
        raise LookupError("registre.rendering absent")
    data = convention_document(c)
    build = getattr(mod, "build_convention", None)
    doc = build(data) if build is not None else build_document(c, data)
    result: bytes = mod.RENDERERS[fmt](doc)
    return result


def build_document(c: Convention, data: dict[str, Any]) -> Any:
    """A ``registre.rendering.blocks.Document`` of the convention and its annexes."""
    b = importlib.import_module("registre.rendering.blocks")
    blocks: list[Any] = [b.para(data["title"], role="title")]
    parties = data["parties"]
    blocks += [b.Heading("Entre", 2), b.para(_party(parties["authority"])),
               b.Heading("Et", 2), b.para(_party(parties["beneficiary"]))]
    if data["legal_basis"]:
        blocks.append(b.BulletList(tuple((b.Run(v),) for v in data["legal_basis"])))
    d = data["deliberation"]
    if d:
        number = f" n°{d['number']}" if d["number"] else ""
        blocks.append(b.para(f"Vu la délibération{number} du {d['assembly']} du {d['date']}."))
    for art in data["articles"]:
        title = f"Article {art['number']}" + (f" — {art['title']}" if art["title"] else "")
        blocks.append(b.Heading(title, 2))
        blocks += [b.para(p) for p in art["paragraphs"]]
    if data["schedule"]:
        blocks += [b.Heading("Échéancier de versement", 2),
                   b.BulletList(tuple((b.Run(t["text"]),) for t in data["schedule"]))]
    blocks += _annexes(b, data["annexes"])
    authority = parties["authority"]
    blocks.append(b.Signatures((b.Signature(("Pour la collectivité,",), authority.get("representative", "")),
                                b.Signature(("Pour le bénéficiaire,",),
                                            parties["beneficiary"].get("representative", "")))))
    return b.Document(title=data["title"], author=c.authority.name,
                      date=c.deliberation.date if c.deliberation else None, blocks=tuple(blocks),
                      subject=f"Convention {data['key']}")


def _party(p: dict[str, Any]) -> str:
    rep = p.get("representative") or ""
    role = p.get("role") or ""
    who = f", représenté(e) par {rep}" + (f", {role}" if role else "") if rep else ""
    return f"{p.get('name', '')}{who}"


def _annexes(b: Any, annexes: dict[str, Any]) -> list[Any]:
    out: list[Any] = []
    if annexes["programme"]:
        out += [b.PageBreak(), b.Heading("Annexe — programme d'actions", 1)]
        for section in annexes["programme"]:
            out.append(b.Heading(section["heading"], 3))
            out += [b.para(line) for line in section["lines"]]
            if section["targets"]:
                out.append(b.Table(("Objectif", "Quantité"), tuple(
                    (t["label"], f"{t['quantity']} {t['unit']}") for t in section["targets"]), (4, 1)))
    budget = annexes["budget"]
    if budget["expenses"] or budget["revenues"]:
        out.append(b.Heading("Annexe — budget prévisionnel", 1))
        for title, rows, total in (("Dépenses", budget["expenses"], budget["total_expenses"]),
                                   ("Recettes", budget["revenues"], budget["total_revenues"])):
            out.append(b.Table((title, "Montant"), (*((r["label"], r["amount"]) for r in rows),
                                                    ("Total", total)), (4, 1)))
    if annexes["co_financers"]:
        out.append(b.para("Cofinanceurs : " + ", ".join(f"{f['name']} ({f['amount']})"
                                                        for f in annexes["co_financers"])))
    return out
