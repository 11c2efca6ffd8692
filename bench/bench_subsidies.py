"""Subsidies benchmark: read the seed conventions from their extracts, check them, and
produce and read back their deliverable workbooks and the deadlines feed.

No speed target is set by the issue; the figures say what a portal page or an import
of a year's conventions costs. Inputs are the two seed extracts (fixtures/extracts/).

    python -m bench subsidies [--repeat 50] [--conventions 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from registre.subsidies.extract import convention_from_text
from registre.subsidies.ical import deadlines_calendar
from registre.subsidies.rules import check_convention
from registre.subsidies.workbook import deliverables_workbook, read_workbook

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "extracts"
FILES = ("000_982f1ba8b7e34159.txt", "004_dd7582b01fd17ffd.txt")


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(median, p95) in milliseconds of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench subsidies")
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--conventions", type=int, default=200, help="conventions in the iCalendar feed")
    args = ap.parse_args(argv)
    texts = [(SEEDS / f).read_text("utf-8") for f in FILES]
    conventions = []
    for name, text in zip(FILES, texts, strict=True):
        extract = convention_from_text(text, name)
        assert extract.convention is not None, extract.warnings
        conventions.append(extract.convention)
        med, p95 = timed(lambda text=text, name=name: convention_from_text(text, name), args.repeat)
        print(f"convention_from_text {name} ({len(text) // 1024} KiB): median {med:.2f} ms, p95 {p95:.2f} ms")
    on = dt.date(2025, 5, 1)
    med, p95 = timed(lambda: [check_convention(c, on) for c in conventions], args.repeat)
    print(f"check_convention, both seeds: median {med:.2f} ms, p95 {p95:.2f} ms")
    pmt = conventions[0]
    med, p95 = timed(lambda: deliverables_workbook(pmt), max(5, args.repeat // 5))
    data = deliverables_workbook(pmt)
    print(f"deliverables_workbook PMT ({len(data) // 1024} KiB): median {med:.1f} ms, p95 {p95:.1f} ms")
    med, p95 = timed(lambda: read_workbook(pmt, data), max(5, args.repeat // 5))
    print(f"read_workbook PMT: median {med:.1f} ms, p95 {p95:.1f} ms")
    many = [c for _ in range(args.conventions // 2) for c in conventions]
    med, p95 = timed(lambda: deadlines_calendar(many, on), max(3, args.repeat // 10))
    print(f"deadlines_calendar, {len(many)} conventions: median {med:.1f} ms, p95 {p95:.1f} ms")
    return 0
