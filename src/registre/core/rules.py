"""The settings of the rules of law: what is certain is code, what is uncertain is here.

Each field says its rule ID and its default; ``docs/settings.md`` lists them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from fractions import Fraction


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Parameters of quorum, proxies and interests.

    - ``quorum_fraction``: Q-01, members present must be *more than* this share of the
      members in office (1/2 by L2121-17; 1/3 under the COVID regimes of Q-10).
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
    """

    quorum_fraction: Fraction = Fraction(1, 2)
    quorum_strictly_more: bool = True
    max_proxies_per_holder: int = 1
    interested_giver_proxy_void: bool = True
    interested_holder_proxy_void: bool = True
    interested_withdraw: bool = False
    substitutes_vote: bool = True
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


COMMON_LAW = RuleSet()

# COVID regimes, quorum one third of members in office, two proxies per holder.
# The exact bounds are uncertain (regles-juridiques.md § 9, point 7): they are settings.
COVID_PERIODS: tuple[tuple[dt.date, dt.date], ...] = (
    (dt.date(2020, 3, 24), dt.date(2020, 8, 30)),  # loi 2020-290 art. 10, loi 2020-760
    (dt.date(2020, 11, 15), dt.date(2021, 9, 30)),  # loi 2020-1379 art. 6 IV, loi 2021-689
    (dt.date(2021, 11, 10), dt.date(2022, 7, 31)),  # loi 2021-1465 art. 10
)

COVID_RULES = replace(
    COMMON_LAW,
    quorum_fraction=Fraction(1, 3),
    quorum_strictly_more=False,
    max_proxies_per_holder=2,
    name="régime dérogatoire COVID (Q-10)",
)


def rules_for(date: dt.date) -> RuleSet:
    """The rule set in force on ``date``: the COVID regime of Q-10 or common law."""
    for start, end in COVID_PERIODS:
        if start <= date <= end:
            return COVID_RULES
    return COMMON_LAW
