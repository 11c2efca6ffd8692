"""Run the benchmarks: ``python -m bench`` (all) or ``python -m bench NAME [ARGS...]``."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    here = [str(Path(__file__).parent)]
    names = sorted(m.name for m in pkgutil.iter_modules(here)
                   if not m.name.startswith("_") and m.name not in ("extracts",))
    wanted = argv[:1] or names
    for name in wanted:
        if name not in names:
            print(f"bench : benchmark inconnu « {name} » (connus : {', '.join(names)})", file=sys.stderr)
            return 2
        module = importlib.import_module(f"bench.{name}")
        module.main(argv[1:] if argv else [])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
