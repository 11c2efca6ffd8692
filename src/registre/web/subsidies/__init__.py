"""Subsidies in the web application (issue 6): the conventions granted by deliberations.

Models mirror :mod:`registre.subsidies.model`; :mod:`.convert` builds the dataclasses
back (``to_domain``); :mod:`.services` is the one write path, every rule being the pure
domain's; :mod:`.hook` fills conventions when a session is imported; :mod:`.views`
serves the clerks' pages, the portal pages, the calendar feed and the workbooks.
"""
