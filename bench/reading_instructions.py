"""Instructions the reader spends on a document: a figure that does not drift with the load.

    python -m bench.reading_instructions [COUNT]

CPU time on a shared machine drifts by ±30 % within an hour; the number of instructions
executed does not. This runs the reading of COUNT generated extracts (default 200)
under valgrind's callgrind twice, once reading them and once not (the import and the
corpus cost the same both times), with a fixed hash seed, and prints the difference per
document in millions of instructions: identical on every run of the same code, so two
versions of the reader can be compared on a machine others are using. Instructions are
not time (a scan by ``re`` can execute more instructions than ``str.find`` and still be
faster): confirm a gain in CPU time before believing it. Needs valgrind (Debian package).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _inner(count: int, rounds: int) -> None:
    from bench.extracts import corpus
    from registre.reading import read_text

    docs = [d.text for d in corpus(count, seed=3)]
    for text in docs[:30]:  # warm-up: the same in both runs
        read_text(text, "<échauffement>")
    for _ in range(rounds):
        for text in docs:
            read_text(text, "<instructions>")


def _collected(count: int, rounds: int) -> int:
    env = {**os.environ, "PYTHONHASHSEED": "0",
           "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         "-m", "bench.reading_instructions", "--inner", str(count), str(rounds)],
        capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    m = re.search(r"Collected : (\d+)", out.stderr)
    if m is None:
        raise SystemExit(f"valgrind n'a pas donné de compte :\n{out.stderr[-2000:]}")
    return int(m.group(1))


def main(argv: list[str]) -> int:
    if argv[:1] == ["--inner"]:
        _inner(int(argv[1]), int(argv[2]))
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind est introuvable (paquet Debian « valgrind ») : rien à mesurer", file=sys.stderr)
        return 2
    if argv and not (argv[0].isdigit() and int(argv[0]) > 0):
        print(f"nombre d'extraits invalide : « {argv[0]} » (un entier positif, 200 par défaut)",
              file=sys.stderr)
        return 2
    count = int(argv[0]) if argv else 200
    per_doc = (_collected(count, 1) - _collected(count, 0)) / count
    print(f"{per_doc / 1e6:.3f} millions d'instructions par document ({count} extraits générés)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
