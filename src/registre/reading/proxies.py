"""Proxies (pouvoirs, procurations) in every form extracts print them.

``X à Y``, ``X pouvoir à Y``, ``X donne / a donné pouvoir (procuration) à Y``, ``X
(pouvoir à Y)``, ``Y (a reçu pouvoir de X)``, ``X représenté(e) par Y``, ``X délégation
de vote à Y``, to a role (``à M. le Maire``), two parallel lists ``Mandants`` /
``Mandataires``, each with an optional span (``jusqu'à son arrivée à 19h15``).
Functions here return :class:`ProxyEntry` objects and never raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from registre.core.spans import Span
from registre.reading.people import _COMMUNE_HEADING, _PAREN, NameEntry, parse_list, parse_name, plain_name
from registre.reading.refs import parse_span, span_hint


@dataclass(slots=True)
class ProxyEntry:
    """A proxy as printed: giver, holder (or the role it was given to), span."""

    giver: NameEntry
    holder: NameEntry | None
    span: Span | None = None
    holder_role: str | None = None
    raw: str = ""


_GIVE = (r"(?:(?:\b(?:a|ayant)\s+)?donn[ée]+\s+|\s*,?\s*)?"
         r"(?:(?i:pouvoir|procuration|d[ée]l[ée]gation\s+de\s+vote|mandat)"
         r"\s*(?:\(?(?i:procuration|pouvoir)\)?\s*)?)?(?:à|au)\s+")
_FORWARD = re.compile(r"\s" + _GIVE)
_REPRESENTED = re.compile(r"\s*,?\s*(?:représent[ée]+|remplac[ée]+)\s+par\s+", re.IGNORECASE)
_RECEIVED = re.compile(r"\s*\(?\s*a\s+reçu\s+(?:pouvoir|procuration|délégation\s+de\s+vote)\s+d[eu]\s+",
                       re.IGNORECASE)
_ROLE = re.compile(
    r"^\s*(?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?:l[ea]\s+|l')(?P<role>maire|premi(?:er|ère)\s+adjointe?|"
    r"président(?:e)?(?:\s+de\s+séance)?|vice-président(?:e)?|adjointe?\s+[\w-]+|secrétaire\s+de\s+séance)\b",
    re.IGNORECASE,
)
_MANDANTS = re.compile(r"\bMandants?\s*:?", re.IGNORECASE)
_MANDATAIRES = re.compile(r"\bMandataires?\s*:?", re.IGNORECASE)
# (« Mme X, a donné procuration à Mme Y »: the comma before the giving separates nothing)
_SEP = re.compile(r"\s*(?:[;\n•]|,(?![^()]*\))(?!\s*(?:a\s+)?donn|\s*(?:pouvoir|procuration)\s+à\b)"
                  r"|\s[-–]\s)\s*")
INLINE = re.compile(
    r"(?:\s*,?\s*(?:(?:\b(?:a|ayant)\s+)?donn[ée]+\s+)?(?:pouvoir|procuration|d[ée]l[ée]gation\s+de\s+vote)"
    r"\s+(?:à|au)"
    r"|\s*,?\s*représent[ée]+\s+par)\s+",
    re.IGNORECASE,
)


# A dash between blanks (a separator of _SEP), found by the dash: re skips ahead to it.
_DASH_SEP = re.compile(r"[-–](?<=\s[-–])(?=\s)")


def parse_proxies(text: str, warnings: list[str]) -> list[ProxyEntry]:
    """Every proxy of a « Procurations » section (or of a Mandants/Mandataires pair)."""
    if "manda" in text.lower():  # needed by both (no letter re's case folding could confuse)
        m1, m2 = _MANDANTS.search(text), _MANDATAIRES.search(text)
        if m1 and m2 and m1.start() < m2.start():
            return _parallel(text[m1.end():m2.start()], text[m2.end():], warnings)
    out: list[ProxyEntry] = []
    if "\n" in text:
        text = _join_broken(text)
    for commune, segment in _by_commune(text):
        for chunk in _split_and(_split(segment)):
            p = parse_proxy(chunk)
            if p is not None:
                if commune and p.giver.commune is None:
                    p.giver.commune = commune
                out.append(p)
    return out


# A line that ends inside a name: on a civility (« … et madame⏎Anne MARTIN »), or on a
# first name whose surname, in capitals, opens the next line (« à monsieur Paul⏎DURAND, »).
_ENDS_ON_CIVILITY = re.compile(r"(?:^|\s)(?i:madame|monsieur|mme|m\.|mr|mademoiselle|mlle)[ \t]*$")
_ENDS_ON_FIRST = re.compile(r"(?:^|\s)[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?[ \t]*$")
_STARTS_ON_SURNAME = re.compile(
    r"[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý'-]+(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'-]+)*[ \t]*(?:[,;.]|$|[ \t]+(?:et|donne|a|à)\b)")


def _join_broken(text: str) -> str:
    """Line breaks inside a name (a PDF's lines cut anywhere) become blanks; the others stay."""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        prev = out[-1]
        cut = _ENDS_ON_CIVILITY.search(prev) or (
            _ENDS_ON_FIRST.search(prev) and _STARTS_ON_SURNAME.match(line))
        if prev.strip() and line.strip() and cut:
            out[-1] = f"{prev.rstrip()} {line.lstrip()}"
        else:
            out.append(line)
    return "\n".join(out)


_AND = re.compile(r"\s+et\s+")


def _has_link(chunk: str) -> bool:
    low = chunk.lower()
    return bool(_FORWARD.search(chunk) or "représent" in low or "reçu" in low or "remplac" in low)


def _split_and(chunks: list[str]) -> list[str]:
    """« X donne pouvoir à Y et Z donne pouvoir à W »: two proxies joined by « et ». A chunk is
    cut at an « et » only where both sides hold a proxy's link (« à », « représenté par »)."""
    out: list[str] = []
    for chunk in chunks:
        while " et " in chunk or "\tet " in chunk or "\net " in chunk:
            for m in _AND.finditer(chunk):
                before, after = chunk[:m.start()], chunk[m.end():]
                if _has_link(before) and _has_link(after):
                    out.append(before)
                    chunk = after
                    break
            else:
                break
        out.append(chunk)
    return out


def _split(text: str) -> list[str]:
    """``_SEP.split(text)``, by str methods when only commas and line breaks separate.

    Then it may give more empty chunks than the regex (one per comma or line break of a
    run of them), which read as nothing; every other chunk is the same.
    """
    if "(" in text or ")" in text or ";" in text or "•" in text or _DASH_SEP.search(text) \
            or ", a donn" in text or ", pouvoir à" in text or ", procuration à" in text:
        return _SEP.split(text)
    parts = text.replace("\n", ",").split(",")
    last = len(parts) - 1
    # The regex takes the blanks around a separator with it, not those at the ends.
    return [p.strip() if 0 < i < last else (p.rstrip() if i == 0 and last else p.lstrip() if i else p)
            for i, p in enumerate(parts)]


def _by_commune(text: str) -> list[tuple[str | None, str]]:
    heads = list(_COMMUNE_HEADING.finditer(text)) if ":" in text else []  # a heading ends with « : »
    if not heads:
        return [(None, text)]
    out: list[tuple[str | None, str]] = [(None, text[: heads[0].start()])]
    for i, h in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        out.append((h.group("c").strip(), text[h.end():end]))
    return out


def _parallel(givers: str, holders: str, warnings: list[str]) -> list[ProxyEntry]:
    g, h = parse_list(givers), parse_list(holders)
    if len(g) != len(h):
        warnings.append(f"listes Mandants / Mandataires de longueurs différentes ({len(g)} et "
                        f"{len(h)}) : seules les {min(len(g), len(h))} premières paires sont lues")
    return [ProxyEntry(a, b, a.span or b.span, raw=f"{a.display()} / {b.display()}")
            for a, b in zip(g, h, strict=False)]


# The common forms between two plain names: « X à Y », « X pouvoir à Y », « X donne
# pouvoir à Y », « X représenté(e) par Y ».
_PLAIN_LINK = re.compile(r" (?:(?:donne )?pouvoir )?à | représentée? par ")


def parse_proxy(chunk: str) -> ProxyEntry | None:
    """One proxy from a chunk of text; None if it does not hold one."""
    raw = chunk.strip(" .")
    if not raw:
        return None
    if "(" not in raw:
        # Two names of the common layout with no wary word (plain_name) around a common
        # link: no span, and the searches below would find that link, those names.
        text = " ".join(raw.split())
        link = _PLAIN_LINK.search(text)
        giver = plain_name(text[: link.start()]) if link else None
        if giver is not None:
            rest = text[link.end():]  # type: ignore[union-attr]
            holder = plain_name(rest)
            if holder is not None and _ROLE.match(rest) is None:
                return ProxyEntry(giver, holder, None, raw=raw)
    span = None
    if "(" in raw:
        for m in _PAREN.finditer(raw):
            if span_hint(m.group(1)) and not re.search(r"pouvoir|procuration", m.group(1), re.I):
                span = parse_span(m.group(1))
        text = " ".join(_PAREN.sub(lambda m: _keep_proxy_paren(m.group(1)), raw).split())
    else:
        text = " ".join(raw.split())
    if span is None:
        hint = span_hint(text)
        if hint is not None:
            span = parse_span(text[hint.start():])
            text = text[: hint.start()]
    # Each costly search only where a word it needs occurs (letters re's case folding
    # cannot confuse: « reçu », « repr » of représenté, « rempla » of remplacé).
    low = text.lower()
    received = _RECEIVED.search(text) if "reçu" in low else None
    if received:
        holder, giver = parse_name(text[: received.start()]), parse_name(text[received.end():])
        return ProxyEntry(giver, holder, span, raw=raw) if giver and holder else None
    link = (_REPRESENTED.search(text) if "repr" in low or "rempla" in low else None) or _FORWARD.search(text)
    if not link:
        return None
    giver = parse_name(text[: link.start()])
    if giver is None:
        return None
    rest = text[link.end():].strip(" .,)")
    role = _ROLE.match(rest)
    if role:
        return ProxyEntry(giver, None, span, holder_role=role.group("role").lower(), raw=raw)
    holder = parse_name(rest)
    if holder is None:
        return None
    if not holder.first and len(holder.last.strip(".")) < 2:
        return None  # « … a donné pouvoir à M. C » (a text cut there): a letter is no holder
    return ProxyEntry(giver, holder, span, raw=raw)


def _keep_proxy_paren(inner: str) -> str:
    """Keep « (pouvoir à Y) », « (a reçu pouvoir de X) »; drop spans and communes."""
    if re.search(r"pouvoir|procuration|représent|délégation", inner, re.IGNORECASE):
        return f" {inner} "
    return " "


# « Claire MOREAU (pouvoir donné à Anne Petit) », « Marc (pouvoir donné à Paul) »,
# « Julie (pas de pouvoir donné) »: a bracket after the giver's name in an absent list.
_BRACKET_PROXY = re.compile(
    r"\(\s*(?:a\s+donné\s+)?(?:pouvoir|procuration)(?:\s+donnée?)?\s+(?:(?:à|au)\s+)?(?P<h>[^()]+?)\s*\)"
    r"|\(\s*pas\s+de\s+(?:pouvoir|procuration)[^()]*\)", re.IGNORECASE)
_BEFORE_BRACKET = re.compile(r"(?:^|[,;/\n)])\s*(?:et\s+)?(?P<g>[^,;/\n()]+?)\s*$")
_FIRST_NAME_ONLY = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?")


def _person(text: str) -> NameEntry | None:
    """A name, or a first name alone (« Anne »: the minutes of a small council)."""
    text = text.strip(" .")
    if _FIRST_NAME_ONLY.fullmatch(text):
        return NameEntry(raw=text, last=text)
    return parse_name(text)


def _bracket_proxies(text: str) -> tuple[str, list[ProxyEntry]]:
    """The proxies written in brackets after their givers, and the list without the brackets."""
    proxies: list[ProxyEntry] = []
    kept: list[str] = []
    pos = 0
    for m in _BRACKET_PROXY.finditer(text):
        if m.group("h") is not None:
            if _ROLE.match(m.group("h")):
                continue  # « (pouvoir à M. le Maire) »: read with the other mentions (split_inline)
            before = _BEFORE_BRACKET.search(text, 0, m.start())
            giver = _person(before.group("g")) if before else None
            holder = _person(m.group("h"))
            if before is not None and giver is not None and holder is not None:
                proxies.append(ProxyEntry(giver, holder, None, raw=text[before.start("g"):m.end()]))
        kept.append(text[pos:m.start()])
        pos = m.end()
    rest = " ".join([*kept, text[pos:]])
    if proxies and " / " in rest:
        rest = rest.replace(" / ", ", ")  # « Julie (…) / Claire (…) / Marc »: one name each
    return rest, proxies


def split_inline(text: str) -> tuple[str, list[ProxyEntry]]:
    """Proxies written inside an absent list (``X excusé, pouvoir à Y``), and the list without them.

    The giver is the name just before the mention; the holder is the first name after it.
    """
    low = text.lower()
    if "pouvo" not in low and "procur" not in low and "gat" not in low and "repr" not in low:
        # None of the words INLINE needs (with letters re's case folding cannot confuse).
        return text, []
    proxies: list[ProxyEntry] = []
    if "(" in text:
        text, proxies = _bracket_proxies(text)
    out: list[str] = []
    pos = 0
    for m in INLINE.finditer(text):
        before = text[pos:m.start()]
        names_before = parse_list(before)
        after = text[m.end():]
        holder, used = _first_name(after)
        role = _ROLE.match(after)
        if names_before and (holder or role):
            giver = names_before[-1]
            if role:
                proxies.append(ProxyEntry(giver, None, giver.span, holder_role=role.group("role").lower(),
                                          raw=text[m.start():m.end() + role.end()]))
                used = role.end()
            else:
                proxies.append(ProxyEntry(giver, holder, giver.span, raw=text[m.start():m.end() + used]))
        out.append(before)
        out.append(", ")
        pos = m.end() + used
    out.append(text[pos:])
    return "".join(out), proxies


def _first_name(text: str) -> tuple[NameEntry | None, int]:
    """The first name at the start of ``text`` and how many characters it used."""
    civ = r"\s*(?:(?:M\.|Mme|Monsieur|Madame)\s+)?"
    # « FERRÉ Jean-Paul ACHARY Mina (…), procuration à … »: a surname first is followed by
    # its first name (the next surname is the next giver's).
    m = (re.match(civ + r"(?:[A-ZÀ-Ý][A-ZÀ-Ý'-]+\s+)+(?:[A-ZÀ-Ý][a-zà-ÿ'-]+\b\s*){1,2}", text)
         # (« Isabelle de MONTGOLFIER »: a particle in lower case before the surname)
         or re.match(civ + r"(?:[A-ZÀ-Ý][a-zà-ÿ'-]+\s+){0,3}(?:(?:de|du|des|d'|le|la)\s+)?"
                     r"(?:[A-ZÀ-Ý][A-ZÀ-Ý'-]+\b\s*)+", text)
         or re.match(civ + r"(?:[A-ZÀ-Ý][\w'.-]*\s*){1,3}", text))
    if not m:
        return None, 0
    entries = parse_list(m.group(0))
    if not entries:
        return None, 0
    first = entries[0]
    # Stop after the first name's own words.
    words = first.full.split()
    end = 0
    for w in words:
        k = text.find(w.split("-")[0], end)
        if k < 0:
            break
        end = k + len(w)
    return first, end
