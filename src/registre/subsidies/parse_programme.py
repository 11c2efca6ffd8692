"""Reading the programme annexes: axes, objectives or actions, their quantified targets
(« prospection de 200 structures … dont 40 prospections physiques ») and the tables the
beneficiary must hand in (« Livrables à fournir … », the indicators annex).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from registre.subsidies.model import Action, Axis, Deliverable, Objective, Target
from registre.subsidies.textutil import MONTHS, NUMBER_WORDS

HEAD_RE = re.compile(r"^\s*(Axe|Objectif|Action)\s+(\d+)\s*:?\s*(.*)$", re.IGNORECASE)
DELIVERABLES_RE = re.compile(r"^\s*Livrables?\b.*:\s*$", re.IGNORECASE)
_WORD = r"[^\W\d][\w'/-]*"
QTY_RE = re.compile(
    rf"(?<![\w/.,+-])(\d+|{'|'.join(NUMBER_WORDS)})\s+((?:(?!dont\b){_WORD}\s*){{1,4}})", re.IGNORECASE
)
STOP = {
    "de",
    "du",
    "des",
    "dans",
    "à",
    "au",
    "aux",
    "sur",
    "pour",
    "en",
    "avec",
    "dont",
    "issues",
    "issus",
    "afin",
    "auprès",
    "par",
    "le",
    "la",
    "les",
    "l",
    "sont",
    "est",
    "qui",
    "que",
    "entre",
    "chez",
    "et",
}
NOT_UNITS = STOP | set(MONTHS) | {"ou", "fois", "ans", "an", "mois", "jours", "heures", "h", "k", "ème", "e"}
PAST = re.compile(
    r"\b(?:ont|a|avaient|sont)\s+(?:pu|été|mis|eu|permis|adhérent|adhérentes|adhérents)\b", re.IGNORECASE
)
SEPARATOR = re.compile(r"[,;:.]| / ")
BASELINE = re.compile(r"(?:près de|environ|plus de|depuis)\s*$", re.IGNORECASE)
# « les 6 projets », « des deux pays »: a set already named, not a new target.
DEFINITE = re.compile(r"\b(?:les|des|ces|aux)\s*$", re.IGNORECASE)


def _unit(words: str) -> str:
    """The noun phrase after a number: up to four words, cut at a stop word or a capital."""
    out: list[str] = []
    for w in words.split():
        if out and (w.lower() in STOP or w[0].isupper()):
            break
        out.append(w)
        if len(out) == 4:
            break
    while out and out[-1].lower() in {"ou", "et"}:
        out.pop()
    if not out or out[0].lower() in NOT_UNITS or out[0][0].isupper():
        return ""
    return " ".join(out).strip(" '")


def _label(line: str) -> str:
    text = re.sub(r"^\s*[-•]\s*|^\s*Cible\s*:\s*", "", line).strip()
    return text if len(text) <= 160 else text[:157].rstrip() + "…"


def _clause(line: str, start: int, end: int) -> str:
    """The clause of ``line`` around ``line[start:end]``: from the separator before it to
    the separator after it (« prospection de 200 structures (privées et publiques) issues
    du territoire … »). Separators: « , ; : . » and « / » between spaces."""
    before = [m.end() for m in SEPARATOR.finditer(line, 0, start)]
    after = SEPARATOR.search(line, end)
    return _label(line[before[-1] if before else 0 : after.start() if after else len(line)])


def _part_label(line: str, start: int, end: int) -> str:
    """« dont 40 prospections physiques sur les filières … »: from « dont » to the next
    separator."""
    after = SEPARATOR.search(line, end)
    return _label(line[start : after.start() if after else len(line)])


def _quantity(token: str) -> int:
    return int(token) if token.isdigit() else NUMBER_WORDS[token.lower()]


def targets_in(line: str, prefix: str, where: str, start: int, previous: list[Target]) -> list[Target]:
    """Targets of one line, keyed ``{prefix}-T{n}`` from ``start``. « dont N » parts go
    under the target before them; « (pour N entreprises) » parts under the last earlier
    target of the same unit (in ``previous``, modified in place)."""
    found: list[Target] = []
    n = start
    for m in QTY_RE.finditer(line):
        before, token = line[: m.start()], m.group(1)
        if token.isdigit() and 1900 <= int(token) <= 2100:
            continue
        clause = re.split(r"[,;.:]", line[m.start() :], maxsplit=1)[0]
        if BASELINE.search(before) or DEFINITE.search(before) or PAST.search(clause):
            continue
        unit = _unit(m.group(2))
        is_part = bool(re.search(r"\bdont\s*$", before))
        in_parens = bool(re.search(r"\(\s*pour\s*$", before))
        if (not unit and not is_part) or (token.lower() in ("un", "une") and not is_part):
            continue
        qty = _quantity(token)
        if is_part and found:
            parent = found[-1]
            part = Target(
                f"{parent.key}.{len(parent.of_which) + 1}",
                qty,
                unit or parent.unit,
                _part_label(line, before.rfind("dont"), m.end()),
                where,
            )
            found[-1] = Target(
                parent.key, parent.quantity, parent.unit, parent.label, where, (*parent.of_which, part)
            )
            continue
        if in_parens and _attach(previous, found, unit, qty, before, where):
            continue
        found.append(Target(f"{prefix}-T{n}", qty, unit, _clause(line, m.start(), m.end()), where))
        n += 1
    return found


def _attach(
    previous: list[Target], found: list[Target], unit: str, qty: int, before: str, where: str
) -> bool:
    """Put « (pour N unit) » under the last target of the same unit; False if none."""
    head = unit.split()[0].lower().rstrip("s")
    pool = previous + found
    parents = [i for i, t in enumerate(pool) if t.unit.split()[0].lower().rstrip("s") == head]
    if not parents:
        return False
    i = parents[-1]
    parent = pool[i]
    label = re.sub(r"\(\s*pour\s*$", "", before).rsplit("/", 1)[-1].strip(" -«»")
    part = Target(f"{parent.key}.{len(parent.of_which) + 1}", qty, unit, label, where)
    new = Target(
        parent.key, parent.quantity, parent.unit, parent.label, parent.where, (*parent.of_which, part)
    )
    if i < len(previous):
        previous[i] = new
    else:
        found[i - len(previous)] = new
    return True


@dataclass
class _Node:
    kind: str
    number: str | None
    title: str
    lines: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    deliverables: list[Deliverable] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)

    @property
    def prefix(self) -> str:
        return {"axe": "A", "objectif": "O", "action": "ACT"}[self.kind] + (self.number or "0")


def _deliverable(label: str, key: str, where: str) -> Deliverable:
    text = _label(label)
    return Deliverable(
        key,
        text,
        where,
        is_table=bool(re.search(r"tableau|listing|liste|excel|par action|chaque action", text, re.I)),
    )


def programme(text: str) -> tuple[tuple[Axis, ...], tuple[Action, ...]]:
    """Axes (with objectives) and top-level actions of a programme annex."""
    axes: list[_Node] = []
    actions: list[_Node] = []
    current: _Node | None = None
    in_deliverables = False
    count = 0
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        head = HEAD_RE.match(line)
        if head:
            kind, number, title = head.group(1).lower(), head.group(2), head.group(3).strip()
            node = _Node(kind, number, title)
            if kind == "axe":
                axes.append(node)
            elif kind == "objectif":
                if not axes:
                    axes.append(_Node("axe", None, ""))
                axes[-1].children.append(node)
            else:
                actions.append(node)
            current, in_deliverables = node, False
            continue
        if current is None:
            continue
        if DELIVERABLES_RE.match(line):
            in_deliverables = True
            continue
        where = _where(axes, current)
        prefix = _key_prefix(axes, current)
        if in_deliverables:
            count += 1
            current.deliverables.append(_deliverable(line, f"L{count}", where))
            continue
        current.lines.append(line)
        current.targets.extend(targets_in(line, prefix, where, len(current.targets) + 1, current.targets))
    return tuple(_axis(a) for a in axes), tuple(_action(a) for a in actions)


def _where(axes: list[_Node], node: _Node) -> str:
    if node.kind == "objectif" and axes and axes[-1].number:
        return f"Axe {axes[-1].number} / Objectif {node.number}"
    return f"{node.kind.capitalize()} {node.number or ''}".strip()


def _key_prefix(axes: list[_Node], node: _Node) -> str:
    if node.kind == "objectif" and axes:
        return f"{axes[-1].prefix}-{node.prefix}"
    return node.prefix


def _axis(n: _Node) -> Axis:
    objectives = tuple(
        Objective(o.number, o.title, tuple(o.lines), tuple(o.targets), tuple(o.deliverables))
        for o in n.children
    )
    return Axis(n.number, n.title, objectives)


def _action(n: _Node) -> Action:
    return Action(n.number, n.title, None, tuple(n.lines), tuple(n.targets), tuple(n.deliverables))


def indicators(text: str) -> tuple[Deliverable, ...]:
    """Tables of the indicators annex: every line that is not a heading (« …: »)."""
    out: list[Deliverable] = []
    for raw in text.splitlines():
        line = raw.strip()
        if len(line) < 12 or line.endswith(":") or re.match(r"(?:Pour|Par|En complément)\b", line):
            continue
        out.append(_deliverable(line, f"I{len(out) + 1}", "Indicateurs"))
    return tuple(out)
