"""Byte-for-byte guard for speed work on the reader: the JSON it gives, before and after.

    python -m bench.reading_snapshot write FILE [COUNT]
    python -m bench.reading_snapshot compare FILE

``write`` reads COUNT generated extracts (default 1 500, another seed than the
benchmark's), the fixture extracts and truncated copies of them (partial documents take
the reader's rarer paths), and writes one line of JSON per document. ``compare`` reads
them again with the current code and lists the documents whose JSON differs; exit 1 if any.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from bench.extracts import corpus
from registre.reading import read_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "extracts"


def _texts(count: int) -> Iterator[tuple[str, str]]:
    for i, d in enumerate(corpus(count, seed=7)):
        yield f"généré {i} ({d.style})", d.text
    for path in sorted(FIXTURES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        yield path.name, text
        for frac in (0.15, 0.3, 0.5, 0.7, 0.9):
            cut = int(len(text) * frac)
            yield f"{path.name} tronqué à {cut}", text[:cut]


def _line(name: str, text: str) -> str:
    r = read_text(text, name)
    doc = r.document.as_json() if r.document is not None else None
    return json.dumps({"name": name, "error": r.error, "warnings": r.warnings, "document": doc},
                      ensure_ascii=False, sort_keys=True, default=str)


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("write", "compare"):
        print(__doc__, file=sys.stderr)
        return 2
    path = Path(argv[1])
    if argv[0] == "write":
        count = int(argv[2]) if len(argv) > 2 else 1500
        with path.open("w", encoding="utf-8") as out:
            for name, text in _texts(count):
                out.write(_line(name, text) + "\n")
        print(f"instantané écrit : {path}")
        return 0
    old = path.read_text(encoding="utf-8").splitlines()
    count = sum(1 for line in old if json.loads(line)["name"].startswith("généré"))
    differ = []
    for before, (name, text) in zip(old, _texts(count), strict=True):
        if _line(name, text) != before:
            differ.append(name)
    for name in differ[:20]:
        print(f"différent : {name}")
    print(f"{len(old) - len(differ)}/{len(old)} documents identiques")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
