"""Where the reader's time goes, stage by stage, in CPU time per document.

    python -m bench.reading_stages [COUNT]

Each stage function of :mod:`registre.reading.parse` is wrapped in a timer (the timers
add about 0.1 ms a document in all); COUNT generated extracts (default 1 000, the
benchmark's seed) are read after a warm-up.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

from bench.extracts import corpus
from registre.reading import parse, read_text

STAGES = ("normalise", "segment", "_header", "_lists", "_resolve_proxies", "_officers",
          "_deliberations", "annexes", "_compute")


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 1000
    docs = [d.text for d in corpus(count)]
    spent = dict.fromkeys(STAGES, 0.0)

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            t = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - t
        return wrapper

    for t in docs[:50]:
        read_text(t, "<échauffement>")
    for name in STAGES:
        setattr(parse, name, timed(name, getattr(parse, name)))
    t0 = time.process_time()
    for t in docs:
        read_text(t, "<étapes>")
    total = time.process_time() - t0
    for name in STAGES:
        print(f"{name.lstrip('_'):>16} {spent[name] / count * 1000:6.3f} ms")
    rest = total - sum(spent.values())
    print(f"{'autres':>16} {rest / count * 1000:6.3f} ms")
    print(f"{'total':>16} {total / count * 1000:6.3f} ms  ({count / total:.0f} documents/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
