"""One person, whatever the source: names of an import matched to the stored members.

A session file says « Frédérique BAEHR », the published extract of the same sitting
« Frédérique BAHR »: one member. :func:`resolve` matches each person of an incoming core
session to the stored persons, in this order:

1. by id (the core's person id is the stored ``Person.key``);
2. by a spelling already seen: the stored full name, « NOM Prénom » order, or an alias
   (:class:`~registre.web.history.models.PersonAlias`, kept on the person);
3. by the reader's reconciliation (:class:`registre.reading.reconcile.Registry`): same
   surname with a compatible first name, then a close spelling (rapidfuzz ratio ≥ 80)
   with a compatible first name and civility, or an l/I reading slip.

A name matched by 2 or 3 is reported (« … rapproché de … ») and its spelling stored as
an alias. When the member list is known (the import completes a stored session), a
name that matches nobody, or that two names match, stops the file with the names and
the candidates: an import never adds a member silently. Merging two persons already
stored is a clerk's action (:func:`merge_persons`), audited.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone
from rapidfuzz import fuzz, process

from registre.core import model as core
from registre.core.errors import RegistreError
from registre.core.names import fold
from registre.core.vocabulary import Civility
from registre.web import models as m
from registre.web.history.models import PersonAlias, PersonMerge


class UnknownNames(RegistreError):
    """Names of an import that match no stored member (or several): nothing is written."""


@dataclass(frozen=True)
class NameMatch:
    """A name of the source taken for a stored member although spelled otherwise."""

    printed: str
    person: m.Person
    how: str

    def sentence(self) -> str:
        return f"« {self.printed} » rapproché de « {_full(self.person)} » ({self.how})"


def _full(p: m.Person) -> str:
    return f"{p.first_name} {p.last_name}".strip()


def name_key(first: str, last: str) -> str:
    """The comparison key of a name: folded « prénom nom » (no accents, case, hyphens)."""
    return fold(f"{first} {last}")


def resolve(incoming: Sequence[core.Person], roster: Iterable[m.Person], *, closed: bool,
            where: str) -> tuple[dict[str, m.Person | None], list[NameMatch]]:
    """Match ``incoming`` to ``roster``: id → stored person (None: new, allowed only if not ``closed``).

    ``closed``: the roster is the member list of the session being completed; any name
    left unmatched or matched twice raises :class:`UnknownNames`, listing candidates.
    """
    people = list(roster)
    by_key = {p.key: p for p in people}
    spellings: dict[str, list[m.Person]] = {}
    for p in people:
        spellings.setdefault(name_key(p.first_name, p.last_name), []).append(p)
    for a in PersonAlias.objects.filter(person__in=people).select_related("person"):
        spellings.setdefault(a.key, []).append(a.person)
    registry = _registry(people)
    out: dict[str, m.Person | None] = {}
    matches: list[NameMatch] = []
    problems: list[str] = []
    for inc in incoming:
        found, how = _match(inc, by_key, spellings, registry, where)
        if found is not None and how:
            matches.append(NameMatch(inc.full_name, found, how))
        if found is None and closed:
            problems.append(f"« {inc.full_name} » ne correspond à aucun membre"
                            f"{_candidates(inc, people)}")
        out[inc.id] = found
    taken: dict[int, list[str]] = {}
    for inc in incoming:
        p = out[inc.id]
        if p is not None:
            taken.setdefault(p.pk, []).append(inc.full_name)
    for pk, names in taken.items():
        if len(names) > 1:
            p = next(x for x in people if x.pk == pk)
            problems.append(f"{' et '.join(f'« {n} »' for n in names)} désignent tous le même membre "
                            f"« {_full(p)} » : lequel est-ce ?")
    if problems:
        raise UnknownNames(f"{where} : noms non reconnus parmi les {len(people)} membres connus "
                           f": {' ; '.join(problems)}. Rien n'a été importé : corrigez le "
                           "nom dans la source, ou, s'il s'agit d'un élu enregistré deux fois, fusionnez-les "
                           "dans l'espace du greffe (Greffe › Fusionner deux élus).")
    return out, matches


def _match(inc: core.Person, by_key: dict[str, m.Person], spellings: dict[str, list[m.Person]],
           registry: Any, where: str) -> tuple[m.Person | None, str]:
    if inc.id in by_key:
        return by_key[inc.id], ""
    same = {p.pk: p for p in spellings.get(name_key(inc.first_name, inc.last_name), [])}
    if len(same) == 1:
        p = next(iter(same.values()))
        exact = name_key(p.first_name, p.last_name) == name_key(inc.first_name, inc.last_name)
        return p, "" if exact else "graphie déjà rencontrée"
    if len(same) > 1:
        return None, ""
    swapped = {p.pk: p for p in spellings.get(name_key(inc.last_name, inc.first_name), [])}
    if len(swapped) == 1:
        return next(iter(swapped.values())), "ordre NOM Prénom"
    if registry is None:
        return None, ""
    from registre.reading.people import NameEntry

    entry = NameEntry(inc.display_name, inc.civility, inc.first_name, inc.last_name)
    before = len(registry.reconciliations)
    member = registry.find(entry, where, loose=False)
    if member is None:
        return None, ""
    how = registry.reconciliations[-1].how if len(registry.reconciliations) > before else "même nom"
    return by_key[member.id], how


def _registry(people: list[m.Person]) -> Any:
    """The reader's name registry filled with the stored members (None: reader not installed)."""
    try:
        from registre.reading.reconcile import Member, Registry, name_keys
    except ImportError:
        return None
    reg = Registry()
    for p in people:
        member = Member(p.key, Civility(p.civility) if p.civility else None, p.first_name, p.last_name)
        reg.members.append(member)
        reg.by_id[p.key] = member
        reg._index(member, name_keys(p.first_name, p.last_name))
    return reg


def _candidates(inc: core.Person, people: list[m.Person]) -> str:
    names = {name_key(p.first_name, p.last_name): p for p in people}
    hits = process.extract(name_key(inc.first_name, inc.last_name), list(names), scorer=fuzz.WRatio,
                           score_cutoff=60, limit=3)
    if not hits:
        return " (aucun nom proche)"
    return " (candidats : " + ", ".join(f"« {_full(names[k])} »" for k, _, _ in hits) + ")"


def remember(matches: Iterable[NameMatch], source: str) -> None:
    """Keep each matched spelling as an alias of its person."""
    for nm in matches:
        _, first, last = _split(nm.printed)
        PersonAlias.objects.get_or_create(person=nm.person, key=name_key(first, last),
                                          defaults={"spelling": nm.printed[:250], "source": source[:500]})


def _split(full: str) -> tuple[Civility | None, str, str]:
    from registre.core.names import split_name

    return split_name(full)


def add_alias(person: m.Person, spelling: str, source: str = "") -> PersonAlias:
    """Record ``spelling`` as another way of writing ``person``'s name."""
    _, first, last = _split(spelling)
    alias, _ = PersonAlias.objects.get_or_create(person=person, key=name_key(first, last),
                                                 defaults={"spelling": spelling[:250], "source": source})
    return alias


def adopt_spelling(person: m.Person, declared: core.Person, source: str) -> None:
    """A session file (which declares the member list) names ``person`` otherwise: its spelling
    and id win, the old spelling stays as an alias, so the import order changes nothing stored."""
    if (person.key, person.first_name, person.last_name) == (declared.id, declared.first_name,
                                                             declared.last_name):
        return
    if person.key != declared.id and m.Person.objects.filter(
            authority_id=person.authority_id, key=declared.id).exclude(pk=person.pk).exists():
        return
    add_alias(person, _full(person), source)
    person.key, person.first_name, person.last_name = declared.id, declared.first_name, declared.last_name
    if declared.civility is not None:
        person.civility = declared.civility.value
    person.save()


class MergeRefused(RegistreError):
    """Two persons that cannot be merged (other authority, same person)."""


def merge_persons(kept: m.Person, absorbed: m.Person, user: Any, reason: str = "") -> PersonMerge:
    """A clerk's action: every reference to ``absorbed`` now points to ``kept``; audited.

    Where both sat in one session, ``absorbed``'s seat and the attendance it duplicates
    are withdrawn (soft delete, kept in the history); ``absorbed``'s name becomes an alias
    of ``kept``; ``absorbed`` is hidden. Refused across authorities.
    """
    from django.core.exceptions import PermissionDenied

    from registre.web.services.audit import audit, bump
    from registre.web.services.sitting import can_edit

    if not can_edit(user, kept.authority):
        raise PermissionDenied("Vous n'êtes pas greffier de cette collectivité.")
    if kept.pk == absorbed.pk:
        raise MergeRefused("un élu ne peut pas être fusionné avec lui-même")
    if kept.authority_id != absorbed.authority_id:
        raise MergeRefused(f"« {absorbed} » et « {kept} » n'appartiennent pas à la même collectivité")
    now = timezone.now()
    with transaction.atomic():
        moved: dict[str, int] = {}
        both = set(m.Mandate.objects.filter(person=kept).values_list("session_id", flat=True)) & set(
            m.Mandate.objects.filter(person=absorbed).values_list("session_id", flat=True))
        if both:
            moved["mandats en double retirés"] = m.Mandate.objects.filter(
                person=absorbed, session_id__in=both).update(deleted_at=now)
            kept_spans = {(a.session_id, repr(a.span)) for a in m.Attendance.objects.filter(
                person=kept, session_id__in=both)}
            dup = [a.pk for a in m.Attendance.objects.filter(person=absorbed, session_id__in=both)
                   if (a.session_id, repr(a.span)) in kept_spans]
            moved["présences en double retirées"] = m.Attendance.objects.filter(pk__in=dup).update(
                deleted_at=now)
        # Every foreign key to Person, those without a reverse accessor (related_name="+") too.
        for rel in m.Person._meta.get_fields(include_hidden=True):
            if not (rel.auto_created and not rel.concrete) or not (rel.one_to_many or rel.one_to_one) \
                    or rel.related_model is PersonMerge:
                continue
            field = rel.field.name
            model: Any = rel.related_model
            manager = model._base_manager
            if model is PersonAlias:
                known = set(PersonAlias.objects.filter(person=kept).values_list("key", flat=True))
                manager.filter(person=absorbed, key__in=known).delete()
            n = manager.filter(**{field: absorbed}).update(**{field: kept})
            if n:
                moved[f"{model._meta.label}.{field}"] = n
        add_alias(kept, _full(absorbed), f"fusion de « {absorbed.key} »")
        absorbed.deleted_at = now
        absorbed.save(update_fields=["deleted_at", "updated_at"])
        who = user if getattr(user, "is_authenticated", False) else None
        merge = PersonMerge.objects.create(kept=kept, absorbed=absorbed, user=who, moved=moved,
                                           reason=reason)
        bump(m.Session.all_objects.filter(pk__in=m.Mandate.all_objects.filter(person=kept)
                                          .values("session_id")))
        audit(user, "person.merge", None, kept=kept.key, absorbed=absorbed.key, reason=reason)
    return merge
