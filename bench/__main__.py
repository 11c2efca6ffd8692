"""Run benchmarks: ``python -m bench [NAME [ARGS...]]``."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(m.name[len("bench_"):] for m in pkgutil.iter_modules([str(here)])
                   if m.name.startswith("bench_"))
    if argv and argv[0] in ("-h", "--help"):
        print("usage: python -m bench [NAME [ARGS...]]\nbenchmarks: " + ", ".join(names))
        return 0
    if argv:
        if argv[0] not in names:
            print(f"benchmark inconnu : {argv[0]} (disponibles : {', '.join(names)})", file=sys.stderr)
            return 2
        return int(importlib.import_module(f"bench.bench_{argv[0]}").main(argv[1:]))
    code = 0
    for name in names:
        print(f"== {name}", flush=True)
        code |= int(importlib.import_module(f"bench.bench_{name}").main([]))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
