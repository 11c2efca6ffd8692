"""Open data: SCDL Délibérations (CSV), Popolo and OParl (JSON) from checked sessions.

Every serialiser takes a core :class:`~registre.core.check.SessionReport`, so the vote
counts published are the computed ones, and returns plain data (rows, dicts).
"""

from registre.opendata.oparl import oparl_objects
from registre.opendata.popolo import popolo_export
from registre.opendata.scdl import deliberation_rows, validate_deliberations, write_csv

__all__ = ["deliberation_rows", "oparl_objects", "popolo_export", "validate_deliberations",
           "write_csv"]
