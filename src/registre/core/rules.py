"""The settings of the rules of law: what is certain is code, what is uncertain is here.

Each field says its rule ID and its default; ``docs/settings.md`` lists them. A session
file's ``rules:`` block and ``registre check --set name=value`` change them by name
(:func:`parse_settings`); whatever they set, the COVID regimes of Q-10 still apply to a
session held inside one of ``covid_periods`` (:meth:`RuleSet.in_force`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

Period = tuple[dt.date, dt.date]

# COVID regimes, quorum one third of members in office, two proxies per holder.
# The exact bounds are uncertain (regles-juridiques.md § 9, point 7): they are a setting.
COVID_PERIODS: tuple[Period, ...] = (
    (dt.date(2020, 3, 24), dt.date(2020, 8, 30)),  # loi 2020-290 art. 10, loi 2020-760
    (dt.date(2020, 11, 15), dt.date(2021, 9, 30)),  # loi 2020-1379 art. 6 IV, loi 2021-689
    (dt.date(2021, 11, 10), dt.date(2022, 7, 31)),  # loi 2021-1465 art. 10
)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Parameters of quorum, proxies, substitutes and interests.

    - ``quorum_fraction``: Q-01, members present must be *more than* this share of the
      members in office (1/2 by L2121-17; 1/3 under the COVID regimes of Q-10).
    - ``quorum_strictly_more``: Q-01, « plus de la moitié »; false means « au moins ».
    - ``max_proxies_per_holder``: P-02, one (L2121-20); two under Q-10.
    - ``interested_giver_proxy_void``: C-02 (uncertain inference): the proxy given by an
      interested member is not used on that item either. Default True, as the seeds do.
    - ``interested_holder_proxy_void``: C-02: an interested member holding a proxy casts
      neither vote. Default True.
    - ``interested_withdraw``: Q-05 (secondary source): whether an interested member whose
      withdrawal is not recorded (``left_room`` unknown) is taken out of the quorum count.
      Default False: the seeds say only that they take part « ni au débat, ni au vote »;
      when the quorum holds only thanks to them, the check warns.
    - ``substitutes_vote``: P-08, a substitute sitting for an absent titular votes
      (L5211-6; scope for communautés urbaines uncertain). Default True.
    - ``covid_periods``: Q-10, the periods of the COVID regimes (bounds uncertain); a
      session held inside one gets a quorum of one third and two proxies per holder.
    """

    quorum_fraction: Fraction = Fraction(1, 2)
    quorum_strictly_more: bool = True
    max_proxies_per_holder: int = 1
    interested_giver_proxy_void: bool = True
    interested_holder_proxy_void: bool = True
    interested_withdraw: bool = False
    substitutes_vote: bool = True
    covid_periods: tuple[Period, ...] = COVID_PERIODS
    name: str = "droit commun"

    def quorum_required(self, members_in_office: int) -> int:
        """Members who must be present: ``floor(n × fraction) + 1`` (Q-01: « plus de la moitié »)."""
        # In integers (n / d is the fraction of the members in office): Fraction
        # arithmetic would give the same figures, several times slower.
        n = members_in_office * self.quorum_fraction.numerator
        d = self.quorum_fraction.denominator
        if self.quorum_strictly_more:
            return (n // d if n >= 0 else -(-n // d)) + 1  # int() truncates toward zero
        return -(-n // d)  # rounded up

    def covid(self, date: dt.date) -> bool:
        """Whether ``date`` falls in one of the COVID periods of Q-10."""
        return any(start <= date <= end for start, end in self.covid_periods)

    def in_force(self, date: dt.date) -> RuleSet:
        """These settings as they apply on ``date``: Q-10's regime overlaid inside its periods.

        Q-10 (loi 2020-290 art. 10, loi 2020-1379 art. 6 IV, loi 2021-1465 art. 10): quorum
        one third of the members in office, two proxies per holder. Other settings stay.
        """
        if not self.covid(date) or self.name.startswith(COVID_NAME):
            return self
        name = COVID_NAME if self.name == COMMON_NAME else f"{COVID_NAME} ; {self.name}"
        return replace(self, quorum_fraction=Fraction(1, 3), quorum_strictly_more=False,
                       max_proxies_per_holder=2, name=name)


COMMON_NAME = "droit commun"
COVID_NAME = "régime dérogatoire COVID (Q-10)"
COMMON_LAW = RuleSet()
COVID_RULES = COMMON_LAW.in_force(COVID_PERIODS[0][0])


def rules_for(date: dt.date, base: RuleSet | None = None) -> RuleSet:
    """The rule set in force on ``date``: ``base`` (common law by default), with Q-10 inside its periods."""
    return (base or COMMON_LAW).in_force(date)


# -- settings by name (session file ``rules:``, ``registre check --set``) -------------------

SETTINGS_HELP: dict[str, str] = {
    "quorum_fraction": "Q-01 : part des membres en exercice à dépasser (1/2)",
    "quorum_strictly_more": "Q-01 : « plus de » la part (true) ou « au moins » (false)",
    "max_proxies_per_holder": "P-02 : pouvoirs qu'un même membre peut porter (1)",
    "interested_giver_proxy_void": "C-02 : le pouvoir donné par un intéressé n'est pas utilisé (true)",
    "interested_holder_proxy_void": "C-02 : un intéressé ne vote ni pour lui ni pour son mandant (true)",
    "interested_withdraw": "Q-05 : un intéressé sans sortie notée est retiré du quorum (false)",
    "substitutes_vote": "P-08 : un suppléant siégeant pour un titulaire absent vote (true)",
    "covid_periods": "Q-10 : périodes COVID, « 2020-03-24..2020-08-30,… » ou « aucune »",
}

_TRUE = {"true", "oui", "vrai", "yes", "1", "on"}
_FALSE = {"false", "non", "faux", "no", "0", "off"}


def _parse_value(name: str, kind: Any, value: Any) -> Any:
    text = str(value).strip().lower() if not isinstance(value, bool) else value
    if kind is bool or kind == "bool":
        if isinstance(value, bool):
            return value
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise ValueError(f"{name} : « {value} » n'est pas un booléen (true ou false)")
    if kind is int or kind == "int":
        if isinstance(value, bool):
            raise ValueError(f"{name} : « {value} » n'est pas un entier")
        try:
            n = int(str(value).strip())
        except ValueError:
            raise ValueError(f"{name} : « {value} » n'est pas un entier") from None
        if n < 1:
            raise ValueError(f"{name} : {n} doit être au moins 1")
        return n
    if kind == "Fraction":
        try:
            f = Fraction(str(value).strip().replace(" ", ""))
        except (ValueError, ZeroDivisionError):
            raise ValueError(f"{name} : « {value} » n'est pas une fraction (1/2, 1/3)") from None
        if not 0 < f < 1:
            raise ValueError(f"{name} : {f} doit être strictement entre 0 et 1")
        return f
    # covid_periods
    return _parse_periods(name, value)


def _parse_periods(name: str, value: Any) -> tuple[Period, ...]:
    if isinstance(value, list | tuple):
        parts = [str(v) for v in value]
    else:
        parts = [p for p in str(value).replace(";", ",").split(",")]
    parts = [p.strip() for p in parts if p.strip()]
    if len(parts) == 1 and parts[0].lower() in ("aucune", "none", "[]", ""):
        return ()
    out: list[Period] = []
    for p in parts:
        a, sep, b = p.partition("..")
        try:
            start, end = dt.date.fromisoformat(a.strip()), dt.date.fromisoformat(b.strip())
        except ValueError:
            raise ValueError(f"{name} : « {p} » n'est pas une période AAAA-MM-JJ..AAAA-MM-JJ") from None
        if not sep or end < start:
            raise ValueError(f"{name} : « {p} » n'est pas une période AAAA-MM-JJ..AAAA-MM-JJ")
        out.append((start, end))
    return tuple(out)


def setting_names() -> list[str]:
    return [f.name for f in dataclasses.fields(RuleSet) if f.name != "name"]


def parse_settings(values: Mapping[str, Any], base: RuleSet | None = None) -> tuple[RuleSet, list[str]]:
    """``base`` with ``values`` applied by name; the problems (French) of those refused.

    A value that cannot be read leaves the setting at ``base``'s and is reported: bad input
    never stops the rest.
    """
    base = base or COMMON_LAW
    kinds = {f.name: f.type for f in dataclasses.fields(RuleSet)}
    changes: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in values.items():
        if key not in kinds or key == "name":
            problems.append(f"réglage inconnu « {key} » (réglages : {', '.join(setting_names())})")
            continue
        kind = kinds[key]
        try:
            changes[key] = _parse_value(key, kind, value)
        except ValueError as e:
            problems.append(str(e))
    if not changes:
        return base, problems
    described = ", ".join(f"{k}={_show(v)}" for k, v in changes.items())
    return replace(base, name=f"{base.name} ; {described}", **changes), problems


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ",".join(f"{a}..{b}" for a, b in value) or "aucune"
    return str(value)
