"""The register as a web application (Django): clerks record sessions, citizens find decisions.

Models mirror the core (:mod:`registre.core`); :mod:`registre.web.convert` turns them into
a core ``Session`` and back, so that quorum and tally always come from
:func:`registre.core.check_session`. Every write goes through :mod:`registre.web.services`.
"""
