"""The one write path of the web application.

Every change to the register goes through a function of this package: it validates
with the core inside ``transaction.atomic`` and refuses a broken rule with its reason.
Views, the admin's custom actions and the ``registre import`` command call these.
"""

from registre.web.services.guard import MovedVote, NeedsConfirmation, Stale
from registre.web.services.importer import ImportFailed, ImportOutcome, import_session
from registre.web.services.presence import change_presence, record_movement, set_present
from registre.web.services.sitting import (
    Refused,
    add_proxy,
    add_substitute,
    can_edit,
    confirm_vote,
    create_session,
    edit_deliberation,
    record_roll_call,
    record_vote,
    remove_proxy,
    require_clerk,
    set_interests,
)

__all__ = [
    "ImportFailed",
    "ImportOutcome",
    "MovedVote",
    "NeedsConfirmation",
    "Refused",
    "Stale",
    "add_proxy",
    "add_substitute",
    "can_edit",
    "change_presence",
    "confirm_vote",
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
