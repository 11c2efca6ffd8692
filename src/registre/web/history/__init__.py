"""Trust in the register (issue 11): the ledger of published acts (hash chain), errata,
persons' aliases and merges. Services in :mod:`registre.web.services.ledger`,
:mod:`registre.web.services.persons` and :mod:`registre.web.services.erratum`."""
