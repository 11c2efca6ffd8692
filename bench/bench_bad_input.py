"""Bad input: how long a refusal takes (issue 11: « refused with a clear message within a second »).

Each case the issue quotes goes through ``registre.web.sources.read_source`` (the session
file loader that ``registre check`` and ``registre import`` share, or the reader and the
refusal of extracts): once to warm up, five times timed, once more under tracemalloc for
the peak memory; the median and worst time and the message's first words are printed. Files are generated in
a temporary folder (the seed Conseil with one value changed, a 415-byte alias bomb,
5 000 levels of nesting, a 64 MB sparse file…).

    python -m bench bad_input [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

SEED = Path(__file__).parents[1] / "fixtures" / "sessions" / "gbm-conseil-2024-04-11.yaml"

BOMB = "".join(f"{a}: &{a} [{', '.join([f'*{p}'] * 9) if p else ', '.join(['lol'] * 9)}]\n"
               for a, p in zip("abcdefghi", ["", *"abcdefgh"], strict=True))


def cases(folder: Path) -> list[Path]:
    seed = SEED.read_text(encoding="utf-8")
    texts = {
        "count_10e30.yaml": seed.replace("for: 102,", "for: 1000000000000000000000000000000,", 1),
        "nan_amount.yaml": seed.replace("planned_amount: 214400", "planned_amount: .nan", 1),
        "year_9999.yaml": seed.replace('date: "2024-04-11"', 'date: "9999-04-11"', 1),
        "nesting_5000.yaml": "a: " + "[" * 5000 + "]" * 5000 + "\n",
        "nesting_block_200.yaml": "".join(" " * i + f"k{i}:\n" for i in range(200)) + " " * 200 + "x: 1\n",
        "alias_bomb_415_bytes.yaml": BOMB,
        "alias_bomb_in_seed.yaml": seed.replace("members:\n", f"{BOMB}members:\n", 1),
        "e_accent.txt": "é",
        "word_salad.txt": " ".join(["conseil", "chat", "vote", "maison", "bleu"] * 2000),
        "seed_ok.yaml": seed,
    }
    out = []
    for name, text in texts.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        out.append(path)
    huge = folder / "huge_64MB.yaml"
    with huge.open("wb") as f:
        f.truncate(64 * 1024 * 1024)
    out.append(huge)
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench bad_input")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    from registre.core.errors import RegistreError
    from registre.web.setup import django_ready

    django_ready()
    from registre.web.sources import read_source

    worst_all = 0.0
    print(f"{'file':28} {'bytes':>10} {'median':>9} {'worst':>9} {'peak MiB':>9}  message")
    with tempfile.TemporaryDirectory() as tmp:
        for path in cases(Path(tmp)):
            times, message = [], "accepté"
            for run in range(args.repeat + 2):  # the first run warms up (imports, caches); the last
                if run == args.repeat + 1:      # measures memory (tracemalloc slows Python down)
                    tracemalloc.start()
                t0 = time.perf_counter()
                try:
                    read_source(path)
                except RegistreError as e:
                    message = str(e).replace(str(path), "").lstrip(": ")[:70]
                if 0 < run <= args.repeat:
                    times.append(time.perf_counter() - t0)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            worst = max(times)
            if path.name != "seed_ok.yaml":
                worst_all = max(worst_all, worst)
            print(f"{path.name:28} {path.stat().st_size:>10} {statistics.median(times) * 1000:>7.1f}ms "
                  f"{worst * 1000:>7.1f}ms {peak / 1048576:>9.1f}  {message}")
    verdict = "met" if worst_all < 1 else "NOT met"
    print(f"worst refusal: {worst_all * 1000:.0f} ms (target < 1 s: {verdict})")
    return 0 if worst_all < 1 else 1
