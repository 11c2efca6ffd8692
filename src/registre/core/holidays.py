"""French public holidays (jours fériés), for deadlines that move to the next working day.

Plain code rather than a library: the list is short and fixed by law — article L3133-1 of
the Code du travail (eleven days; Easter by the Gregorian computus), plus Good Friday and
26 December in Moselle, Bas-Rhin and Haut-Rhin (L3134-13) and the commemoration of the
abolition of slavery in the overseas départements (loi 83-550, décret 83-1003).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

# Local law of Alsace-Moselle (Code du travail L3134-13).
ALSACE_MOSELLE = frozenset({"57", "67", "68"})
# Abolition of slavery (décret 83-1003 as amended): day and month per département.
ABOLITION = {"971": (5, 27), "972": (5, 22), "973": (6, 10), "974": (12, 20), "976": (4, 27)}


def easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@lru_cache(maxsize=256)
def public_holidays(year: int, department: str | None = None) -> dict[dt.date, str]:
    """The public holidays of ``year`` in ``department`` (national ones when it is None)."""
    e = easter(year)
    days = {
        dt.date(year, 1, 1): "Jour de l'an",
        e + dt.timedelta(days=1): "Lundi de Pâques",
        dt.date(year, 5, 1): "Fête du travail",
        dt.date(year, 5, 8): "Victoire 1945",
        e + dt.timedelta(days=39): "Ascension",
        e + dt.timedelta(days=50): "Lundi de Pentecôte",
        dt.date(year, 7, 14): "Fête nationale",
        dt.date(year, 8, 15): "Assomption",
        dt.date(year, 11, 1): "Toussaint",
        dt.date(year, 11, 11): "Armistice 1918",
        dt.date(year, 12, 25): "Noël",
    }
    if department in ALSACE_MOSELLE:
        days[e - dt.timedelta(days=2)] = "Vendredi saint"
        days[dt.date(year, 12, 26)] = "Saint-Étienne"
    if department in ABOLITION:
        month, day = ABOLITION[department]
        days[dt.date(year, month, day)] = "Abolition de l'esclavage"
    return days


def is_working_day(day: dt.date, department: str | None = None) -> bool:
    """Not a Saturday, a Sunday or a public holiday."""
    return day.weekday() < 5 and day not in public_holidays(day.year, department)


def next_working_day(day: dt.date, department: str | None = None) -> dt.date:
    """``day`` itself if it is a working day, else the first working day after it."""
    while not is_working_day(day, department):
        day += dt.timedelta(days=1)
    return day
