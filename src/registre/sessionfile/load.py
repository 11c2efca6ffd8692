"""Load a session file into a core :class:`~registre.core.model.Session`.

Every problem is collected with its file and line, then raised together as one
:class:`SessionFileError`: a writer fixes a file in one pass, not one error at a time.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from registre.core.elections import Candidate, Election, Method, Office, Round
from registre.core.errors import SessionFileError
from registre.core.model import (
    AgendaItem,
    Annex,
    Assembly,
    Attendance,
    Authority,
    BudgetInscription,
    Counts,
    DeliberationText,
    Interest,
    Mandate,
    Opinion,
    Person,
    Proxy,
    RollCallEntry,
    Session,
    Vote,
)
from registre.core.names import fold, parse_civility, slug, split_name
from registre.core.rules import parse_settings
from registre.core.spans import Ref, Span, normalise_time
from registre.core.vocabulary import (
    AssemblyKind,
    AuthorityKind,
    Ballot,
    Choice,
    ItemKind,
    Outcome,
    SeatRole,
)
from registre.sessionfile.yamlsrc import YamlSource, dotted

Path_ = Sequence[str | int]

# Bounds of what a register can hold (issue 11: bad input refused within a second, with a
# clear message, before anything is computed or stored).
MAX_BYTES = 10 * 1024 * 1024  # the seed Conseil is 44 kB; a year of sittings in one file stays far below
MAX_INT = 10**9  # counts, votes, members, population: none reaches a billion
MIN_YEAR, MAX_YEAR = 1790, 2100  # communes date from 1789 (loi du 14 décembre 1789)
MAX_AMOUNT = Decimal(10) ** 13  # the database keeps 15 digits, 2 after the point


def schema() -> dict[str, Any]:
    """The JSON Schema of the session file format."""
    text = resources.files("registre").joinpath("schemas/session.schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def load_session(path: str | Path) -> Session:
    """Read a session file; raises SessionFileError naming the file, line and problem."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise SessionFileError([f"{p}: fichier trop volumineux ({size / 1048576:.1f} Mo ; "
                                    f"au plus {MAX_BYTES // 1048576} Mo pour un fichier de séance)"])
        raw = p.read_bytes()
    except OSError as e:
        raise SessionFileError([f"{p}: lecture impossible ({e.strerror or e})"]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise SessionFileError([f"{p}: le fichier n'est pas en UTF-8 (octet {e.start})"]) from None
    return load_session_text(text, str(p))


def load_session_text(text: str, name: str = "<séance>") -> Session:
    """Parse the text of a session file; ``name`` is used in messages."""
    try:
        src = YamlSource(text, name)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = f":{mark.line + 1}" if mark else ""
        raise SessionFileError([f"{name}{line}: YAML invalide — {e.problem or e}"]) from None
    except yaml.YAMLError as e:
        raise SessionFileError([f"{name}: YAML invalide — {e}"]) from None
    if not isinstance(src.data, dict):
        raise SessionFileError([f"{name}: le document doit être une table (clé: valeur)"])
    problems = _range_problems(src)
    if problems:
        raise SessionFileError(problems)
    problems = _schema_problems(src)
    if problems:
        raise SessionFileError(problems)
    return _Builder(src).build()


def _range_problems(src: YamlSource) -> list[str]:
    """Numbers no register holds: integers beyond :data:`MAX_INT`, NaN and infinities."""
    out: list[str] = []
    stack: list[tuple[Any, list[str | int]]] = [(src.data, [])]
    while stack and len(out) < 20:
        value, path = stack.pop()
        if isinstance(value, dict):
            stack.extend((v, [*path, str(k)]) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, [*path, i]) for i, v in enumerate(value))
        elif isinstance(value, bool):
            continue
        elif isinstance(value, int) and abs(value) > MAX_INT:
            bound = f"{MAX_INT:,}".replace(",", " ")
            out.append(f"{src.where(path)}: {dotted(path)} — nombre hors des bornes "
                       f"({len(str(abs(value)))} chiffres ; au plus {bound})")
        elif isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
            out.append(f"{src.where(path)}: {dotted(path)} — nombre invalide ({value})")
    return sorted(out)


def _schema_problems(src: YamlSource) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema())
    out = []
    for err in sorted(validator.iter_errors(src.data), key=lambda e: list(map(str, e.path))):
        path = list(err.absolute_path)
        out.append(f"{src.where(path)}: {dotted(path)} — {_french(err)}")
    return out


def _french(err: jsonschema.ValidationError) -> str:
    v, val = err.validator, err.validator_value
    if v == "required":
        missing = [k for k in val if isinstance(err.instance, dict) and k not in err.instance]
        return f"champ obligatoire manquant : {', '.join(missing)}"
    if v == "additionalProperties":
        extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
        return f"champ inconnu : {', '.join(extra)}"
    if v == "type":
        return f"type attendu : {val}, trouvé : {err.instance!r}"
    if v == "enum":
        return f"valeur « {err.instance} » non permise (valeurs : {', '.join(map(str, val))})"
    if v == "const":
        return f"valeur attendue : {val}"
    if v == "pattern":
        return f"forme incorrecte : « {err.instance} »"
    if v in ("minimum", "minLength", "minItems"):
        return f"valeur trop petite : {err.instance!r}"
    if v == "oneOf":
        return f"forme non reconnue : {err.instance!r}"
    return err.message


class _Builder:
    """Turns validated data into core objects, resolving names and collecting problems."""

    def __init__(self, src: YamlSource):
        self.src = src
        self.d: dict[str, Any] = src.data
        self.problems: list[str] = []
        self.members: list[Mandate] = []
        self._ids: dict[str, str] = {}  # folded key -> id

    def fail(self, path: Path_, message: str) -> None:
        self.problems.append(f"{self.src.where(path)}: {dotted(path)} — {message}")

    def build(self) -> Session:
        a, asm, ses = self.d["authority"], self.d["assembly"], self.d["session"]
        authority = Authority(a["name"], AuthorityKind(a["kind"]), a.get("siren"),
                              a.get("siret"), a.get("seat"), a.get("department"), a.get("population"))
        assembly = Assembly(authority, asm["name"], AssemblyKind(asm["kind"]),
                            asm["members_in_office"])
        self._members()
        order = tuple(str(n) for n in ses.get("order_of_passage", []))
        items = self._items(order)
        attendance = self._attendance()
        proxies = self._proxies()
        first_sitting, first_items = None, None
        second = ses.get("second_convocation")
        if isinstance(second, dict):
            first_sitting = self._date(("session", "second_convocation", "first_sitting"))
            if "items" in second:
                first_items = tuple(str(n) for n in second["items"])
        session = Session(
            assembly=assembly,
            date=self._date(("session", "date")) or dt.date.min,
            members=tuple(self.members),
            items=items,
            order_of_passage=order,
            attendance=attendance,
            proxies=proxies,
            president=self._person(ses.get("president"), ("session", "president")),
            secretary=self._person(ses.get("secretary"), ("session", "secretary")),
            convocation_date=self._date(("session", "convocation_date")),
            publication_date=self._date(("session", "publication_date")),
            place=ses.get("place"),
            opened_at=self._time(ses.get("opened_at"), ("session", "opened_at")),
            closed_at=self._time(ses.get("closed_at"), ("session", "closed_at")),
            second_convocation=bool(ses.get("second_convocation", False)),
            first_sitting=first_sitting,
            first_sitting_items=first_items,
            urgency=bool(ses.get("urgency", False)),
            rule_settings=self._rules(),
        )
        if self.problems:
            raise SessionFileError(self.problems)
        return session

    def _rules(self) -> tuple[tuple[str, Any], ...]:
        """The ``rules:`` block, each value checked now so that a bad one is located."""
        block = self.d.get("rules") or {}
        for key, value in block.items():
            _, problems = parse_settings({key: value})
            for problem in problems:
                self.fail(("rules", key), problem)
        return tuple(block.items())

    # -- members and names -------------------------------------------------------------
    def _members(self) -> None:
        seen: dict[str, int] = {}
        pending_subs: list[tuple[int, int, str]] = []
        for i, m in enumerate(self.d["members"]):
            civ, first, last = split_name(m["name"])
            civ = parse_civility(m["civility"]) if "civility" in m else civ
            first, last = m.get("first_name", first), m.get("last_name", last)
            pid = m.get("id") or slug(last, first)
            if not last:
                self.fail(("members", i, "name"), f"nom de famille introuvable dans « {m['name']} »")
            if pid in seen:
                self.fail(("members", i), f"identifiant « {pid} » déjà pris par members[{seen[pid]}]"
                          " : donnez un « id » explicite")
                continue
            seen[pid] = i
            if "substitute_for" in m:
                pending_subs.append((len(self.members), i, m["substitute_for"]))
            self.members.append(Mandate(
                person=Person(pid, first, last, civ),
                commune=m.get("commune"),
                role=SeatRole(m.get("role", "titulaire")),
                substitute_for=None,
                functions=tuple(m.get("functions", ())),
            ))
            for key in [pid, f"{first} {last}", f"{last} {first}", *m.get("aliases", ())]:
                self._ids.setdefault(fold(key), pid)
            for alias in m.get("aliases", ()):
                _, af, al = split_name(alias)
                self._ids.setdefault(fold(f"{af} {al}"), pid)
        # Substitutes name their titular, who may be listed after them.
        for k, i, ref in pending_subs:
            pid = self._person(ref, ("members", i, "substitute_for"))
            if pid:
                self.members[k] = replace(self.members[k], role=SeatRole.SUBSTITUTE,
                                          substitute_for=pid)

    def _person(self, ref: str | None, path: Path_) -> str | None:
        """Resolve a reference (id, « Prénom NOM », alias) to a member id; None if absent."""
        if ref is None:
            return None
        key = fold(ref)
        if key in self._ids:
            return self._ids[key]
        _, first, last = split_name(ref)
        key2 = fold(f"{first} {last}")
        if key2 in self._ids:
            return self._ids[key2]
        hits = {pid for k, pid in self._ids.items() if fold(last) and k.split(" ")[-1:] == [fold(last)]}
        if len(hits) == 1:
            return hits.pop()
        close = difflib.get_close_matches(key, list(self._ids), n=1, cutoff=0.75)
        hint = f" (vouliez-vous dire « {self._ids[close[0]]} » ?)" if close else ""
        self.fail(path, f"personne inconnue : « {ref} »{hint}")
        return None

    # -- spans ---------------------------------------------------------------------------
    def _ref(self, value: Any, path: Path_) -> Ref | None:
        if isinstance(value, dict):
            (kind, v), = value.items()
            if kind == "deliberation":
                return Ref.deliberation(str(v))
            if kind == "time":
                return self._time_ref(str(v), path)
            return Ref.item(v)
        if isinstance(value, int):
            return Ref.item(value)
        text = str(value).strip()
        if any(c.isdigit() for c in text) and ("h" in text.lower() or ":" in text):
            return self._time_ref(text, path)
        if text[:1].isdigit():
            return Ref.item(text)
        self.fail(path, f"référence « {text} » ambiguë : écrivez un numéro de question, une heure "
                  "(20h45) ou {deliberation: \"D98/13\"}")
        return None

    def _time_ref(self, text: str, path: Path_) -> Ref | None:
        try:
            return Ref.time(text)
        except ValueError as e:
            self.fail(path, str(e))
            return None

    def _span(self, d: dict[str, Any], path: Path_) -> Span:
        start = self._ref(d["from"], (*path, "from")) if "from" in d else None
        end, inclusive = None, True
        if "until" in d and "before" in d:
            self.fail(path, "« until » et « before » s'excluent")
        if "until" in d:
            end = self._ref(d["until"], (*path, "until"))
        elif "before" in d:
            end, inclusive = self._ref(d["before"], (*path, "before")), False
        excepted = []
        for j, ex in enumerate(d.get("except", [])):
            p = (*path, "except", j)
            if isinstance(ex, dict) and "from" in ex:
                excepted.append(Span(self._ref(ex["from"], (*p, "from")),
                                     self._ref(ex["until"], (*p, "until"))))
            else:
                r = self._ref(ex, p)
                excepted.append(Span(r, r))
        span = Span(start, end, inclusive, tuple(excepted))
        if start and end and start.kind is end.kind and start.kind.value == "item" \
                and start.value == end.value and not inclusive:
            self.fail(path, "intervalle vide")
        return span

    def _attendance(self) -> tuple[Attendance, ...]:
        out = []
        for i, entry in enumerate(self.d.get("present", [])):
            path = ("present", i)
            if isinstance(entry, str):
                pid = self._person(entry, path)
                if pid:
                    out.append(Attendance(pid, Span(), self.src.where(path)))
                continue
            pid = self._person(entry["person"], (*path, "person"))
            span = self._span(entry, path)
            if pid:
                out.append(Attendance(pid, span, self.src.where(path)))
        return tuple(out)

    def _proxies(self) -> tuple[Proxy, ...]:
        out = []
        for i, entry in enumerate(self.d.get("proxies", [])):
            path = ("proxies", i)
            giver = self._person(entry["giver"], (*path, "giver"))
            holder = self._person(entry["holder"], (*path, "holder"))
            span = self._span(entry, path)
            if giver and holder:
                out.append(Proxy(giver, holder, span, self.src.where(path)))
        return tuple(out)

    # -- items and votes -----------------------------------------------------------------
    def _items(self, order: tuple[str, ...]) -> tuple[AgendaItem, ...]:
        items: list[AgendaItem] = []
        listed = set()
        for i, it in enumerate(self.d.get("items", [])):
            path = ("items", i)
            num = str(it["number"])
            listed.add(num)
            interests = []
            for j, e in enumerate(it.get("interested", [])):
                p = (*path, "interested", j)
                e = {"person": e} if isinstance(e, str) else e
                pid = self._person(e["person"], (*p, "person"))
                if pid:
                    interests.append(Interest(pid, e.get("reason", ""), e.get("votes"),
                                              e.get("left_room"), self.src.where(p)))
            items.append(AgendaItem(
                number=num,
                title=it.get("title", ""),
                rapporteur=self._person(it.get("rapporteur"), (*path, "rapporteur")),
                deliberation=it.get("deliberation"),
                taken_up_at=self._time(it.get("taken_up_at"), (*path, "taken_up_at")),
                presided_by=self._person(it.get("presided_by"), (*path, "presided_by")),
                interests=tuple(interests),
                vote=self._vote(it["vote"], (*path, "vote")) if "vote" in it else None,
                text=self._text(it["text"], (*path, "text")) if "text" in it else None,
                kind=ItemKind(it.get("kind", "ordinaire")),
                election=self._election(it["election"], (*path, "election")) if "election" in it else None,
            ))
        # The order of passage is also the agenda's numbering: numbers it lists without
        # detail are bare items.
        items.extend(AgendaItem(number=n) for n in dict.fromkeys(order) if n not in listed)
        return tuple(items)

    def _candidate(self, c: dict[str, Any], path: Path_) -> Candidate:
        person = self._person(c["person"], (*path, "person")) if "person" in c else None
        members = tuple(self._candidate(m, (*path, "members", j)) for j, m in enumerate(c.get("members", ())))
        return Candidate(c["name"], person, self._date_value(c.get("born"), (*path, "born")),
                         parse_civility(c["civility"]) if "civility" in c else None, members)

    def _election(self, e: dict[str, Any], path: Path_) -> Election:
        candidates = tuple(self._candidate(c, (*path, "candidates", j))
                           for j, c in enumerate(e.get("candidates", ())))
        rounds = tuple(Round(k, r["ballots"], r.get("blank", 0), r.get("spoilt", 0),
                             tuple((str(n), int(v)) for n, v in r["votes"].items()),
                             self.src.where((*path, "rounds", k - 1)))
                       for k, r in enumerate(e.get("rounds", ()), start=1))
        office = Office(e["office"])
        method = Method(e.get("method", "uninominal"))
        return Election(office, method, e.get("seats", 1), e.get("body", ""), e.get("secret", True),
                        e.get("open_vote_unanimous", False), candidates, rounds, e.get("elected"),
                        self.src.where(path))

    def _date_value(self, value: Any, path: Path_) -> dt.date | None:
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.fail(path, f"date impossible : « {value} »")
            return None

    def _text(self, t: dict[str, Any], path: Path_) -> DeliberationText:
        opinions = tuple(
            Opinion(o["body"], self._date((*path, "opinions", j, "date")), o.get("verdict", ""))
            for j, o in enumerate(t.get("opinions", []))
        )
        b = t.get("budget")
        budget = None
        if b is not None:
            budget = BudgetInscription(
                b.get("budget", ""), b.get("programme", ""),
                self._amount(b.get("planned_amount"), (*path, "budget", "planned_amount")),
                self._amount(b.get("operation_amount"), (*path, "budget", "operation_amount")),
            )
        return DeliberationText(
            report_number=str(t["report_number"]) if "report_number" in t else None,
            rapporteur_function=t.get("rapporteur_function", ""),
            opinions=opinions,
            budget=budget,
            summary=t.get("summary", ""),
            body=t.get("body", ""),
            decision_intro=t.get("decision_intro", ""),
            decisions=tuple(t.get("decisions", ())),
            annexes=tuple(Annex(a["title"], a.get("body", "")) for a in t.get("annexes", ())),
            matiere=t.get("matiere"),
        )

    def _amount(self, value: Any, path: Path_) -> Decimal | None:
        if value is None:
            return None
        text = str(value).replace("\u202f", "").replace("\xa0", "").replace(" ", "")
        text = text.replace("€", "").replace(",", ".")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            self.fail(path, f"montant illisible : « {value} »")
            return None
        if not amount.is_finite() or abs(amount) >= MAX_AMOUNT:
            self.fail(path, f"montant hors des bornes : « {value} » (nombre fini, moins de 10 000 "
                      "milliards d'euros)")
            return None
        return amount

    def _vote(self, v: dict[str, Any], path: Path_) -> Vote:
        counted = any(k in v for k in ("for", "against", "abstention"))
        recorded = Counts(v.get("for", 0), v.get("against", 0), v.get("abstention", 0),
                          v.get("not_voting")) if counted else None
        roll = []
        for j, e in enumerate(v.get("roll_call", [])):
            p = (*path, "roll_call", j)
            voter = self._person(e["voter"], (*p, "voter"))
            behalf = self._person(e["for"], (*p, "for")) if "for" in e else None
            if voter:
                roll.append(RollCallEntry(voter, Choice(e["choice"]), behalf))
        if not (counted or roll or v.get("unanimous")):
            self.fail(path, "vote sans résultat : donnez for/against/abstention, unanimous ou "
                      "roll_call")
        return Vote(
            ballot=Ballot(v.get("ballot", "public")),
            unanimous=bool(v.get("unanimous", False)),
            recorded=recorded,
            recorded_interested=v.get("interested"),
            roll_call=tuple(roll),
            president_choice=Choice(v["president_vote"]) if "president_vote" in v else None,
            recorded_outcome=Outcome(v["outcome"]) if "outcome" in v else None,
            source=self.src.where(path),
        )

    # -- scalars ---------------------------------------------------------------------------
    def _date(self, path: Path_) -> dt.date | None:
        node: Any = self.d
        for k in path:
            if isinstance(node, dict):
                node = node.get(k)
            elif isinstance(node, list) and isinstance(k, int) and 0 <= k < len(node):
                node = node[k]  # items[i].text.opinions[j].date: lists on the path
            else:
                node = None
        if node is None:
            return None
        try:
            date = dt.date.fromisoformat(str(node))
        except ValueError:
            self.fail(path, f"date impossible : « {node} »")
            return None
        if not MIN_YEAR <= date.year <= MAX_YEAR:
            self.fail(path, f"date hors des bornes : « {node} » (années {MIN_YEAR} à {MAX_YEAR})")
            return None
        return date

    def _time(self, value: str | None, path: Path_) -> str | None:
        if value is None:
            return None
        try:
            return normalise_time(value)
        except ValueError as e:
            self.fail(path, str(e))
            return None
