"""Reading published extracts: from a text or a PDF back to a checked session.

Stages, each re-runnable on its own: ``normalise`` (raw text → plain text), ``segment``
(sections and deliberation blocks), the readers of each part (``header``, ``people``,
``proxies``, ``headcounts``, ``deliberation``, ``votes``), ``reconcile`` (one person
however spelled), ``parse`` (a :class:`ParsedExtract`), then the core computes the vote.

    >>> from registre.reading import read_file
    >>> result = read_file("fixtures/extracts/004_dd7582b01fd17ffd.txt")
    >>> result.document.as_json()["deliberations"][0]["computed_vote"]["for"]
    22
"""

import sys

from registre.reading import people
from registre.reading.result import ParsedExtract, ReadResult
from registre.reading.sources import read_file, read_text

__all__ = ["ParsedExtract", "ReadResult", "clear_caches", "read_file", "read_text"]


def clear_caches() -> None:
    """Empty the caches of the reader and of the core (bounded, pure: a name read once is
    read again for free, as in a batch of one authority's extracts). For benchmarks that
    want every document read cold.

    Every ``functools`` cache of a module of ``registre.reading`` or ``registre.core`` is
    emptied, whichever module it is in.
    """
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(("registre.reading", "registre.core")):
            continue
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
    people._WORD_KINDS.clear()
