"""The one write path of the web application.

Every change to the register goes through a function of this package: it validates
with the core inside ``transaction.atomic`` and refuses a broken rule with its reason.
Views, the admin's custom actions and the ``registre import`` command call these.
"""

from registre.web.services.importer import ImportFailed, ImportOutcome, import_session
from registre.web.services.sitting import (
    Refused,
    add_proxy,
    add_substitute,
    can_edit,
    create_session,
    edit_deliberation,
    record_movement,
    record_roll_call,
    record_vote,
    remove_proxy,
    require_clerk,
    set_interests,
    set_present,
)

__all__ = [
    "ImportFailed",
    "ImportOutcome",
    "Refused",
    "add_proxy",
    "add_substitute",
    "can_edit",
    "create_session",
    "edit_deliberation",
    "import_session",
    "record_movement",
    "record_roll_call",
    "record_vote",
    "remove_proxy",
    "require_clerk",
    "set_interests",
    "set_present",
]
