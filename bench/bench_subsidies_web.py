"""Subsidies in the web application: import a convention into the database, then serve
its pages and the authority's deadlines, calendar and charts with N conventions stored.

No speed target is set by the issue; the figures say what a clerk or a visitor waits.
A fresh SQLite database in a temporary folder (or ``--database-url``, which must be a
scratch database: the bench writes an authority into it); the PMT seed's text
is imported N times under N deliberation numbers, so every convention is a full one
(targets, budget, articles).

    python -m bench subsidies_web [--conventions 60] [--repeat 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PMT = ROOT / "fixtures" / "extracts" / "000_982f1ba8b7e34159.txt"


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
    ap = argparse.ArgumentParser(prog="python -m bench subsidies_web")
    ap.add_argument("--conventions", type=int, default=60, help="conventions stored for the list pages")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--database-url", help="a scratch database (default: SQLite in a temporary folder)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return _run(args)
    # A process of its own: Django is configured once per process, and the other
    # benchmarks of `python -m bench` configure it their way.
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "REGISTRE_VAR_DIR": tmp,
               "DATABASE_URL": args.database_url or f"sqlite:///{tmp}/bench.sqlite3"}
        cmd = [sys.executable, "-m", "bench", "subsidies_web", "--child",
               "--conventions", str(args.conventions), "--repeat", str(args.repeat)]
        return subprocess.run(cmd, env=env, cwd=ROOT, check=False).returncode


def _run(args: argparse.Namespace) -> int:
    from registre.web.setup import migrated

    migrated(quiet=True)
    from django.test import Client

    from registre.web import models as m
    from registre.web.subsidies import models as sm
    from registre.web.subsidies.services import import_convention

    authority, _ = m.Authority.objects.get_or_create(slug="bench-subventions",
                                                     defaults={"name": "Bench", "kind": "commune"})
    text = PMT.read_text("utf-8")
    times = []
    for i in range(args.conventions):
        t0 = time.perf_counter()
        import_convention(authority, text.replace("2024/2024.00097", f"2024/2024.{i:05d}"), f"bench-{i}.txt")
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    print(f"import_convention (PMT, {len(text) // 1024} KiB): median {statistics.median(times):.0f} ms, "
          f"p95 {times[max(0, int(len(times) * 0.95) - 1)]:.0f} ms")
    client = Client()
    conv = sm.Convention.objects.filter(authority=authority).first()
    assert conv is not None
    base = f"/collectivites/{authority.slug}/subventions/"
    pages = {
        "convention page": conv.get_absolute_url() + "?au=2024-06-01",
        f"conventions and charts ({args.conventions})": base + "?au=2024-06-01",
        f"deadlines page ({args.conventions})": base + "echeances/?au=2024-06-01",
        f"iCalendar feed ({args.conventions})": base + "echeances.ics?au=2024-06-01",
        "deliverables workbook": conv.get_absolute_url() + "livrables.xlsx",
    }
    for label, url in pages.items():
        assert client.get(url).status_code == 200, url
        med, p95 = timed(lambda url=url: client.get(url), args.repeat)
        print(f"GET {label}: median {med:.0f} ms, p95 {p95:.0f} ms")
    return 0
