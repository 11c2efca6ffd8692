"""Core benchmark: check every item of a synthetic session of 150 members and 100 items.

Target (issue 2): all items in under 10 ms on one core. The session is generated with a
fixed seed: a fifth of the members arrive late or leave early, 35 proxies (some with
spans), interests on one item in ten, and a vote on every item.

    python -m bench core [--members 150] [--items 100] [--repeat 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
import tracemalloc

from registre.core import check_session
from registre.core.model import (
    AgendaItem,
    Assembly,
    Attendance,
    Authority,
    Counts,
    Interest,
    Mandate,
    Person,
    Proxy,
    Session,
    Vote,
)
from registre.core.spans import Ref, Span
from registre.core.vocabulary import AssemblyKind, AuthorityKind


def synthetic_session(n_members: int, n_items: int, seed: int = 7) -> Session:
    """A session shaped like a real council's, reproducible from ``seed``."""
    rng = random.Random(seed)
    members = tuple(Mandate(Person(f"p{i}", f"Prénom{i}", f"NOM{i}"), commune=f"C{i % 60}")
                    for i in range(n_members))
    ids = [m.person.id for m in members]
    order = [str(i) for i in range(1, n_items + 1)]
    rng.shuffle(order[n_items // 3: n_items // 2])  # part of the order is not numeric

    def ref() -> Ref:
        return Ref.item(rng.choice(order))

    absent = set(rng.sample(ids, n_members // 4))
    attendance = []
    for p in ids:
        if p in absent:
            continue
        roll = rng.random()
        span = Span(ref()) if roll < 0.1 else Span(None, ref()) if roll < 0.2 else Span()
        attendance.append(Attendance(p, span))
    holders = [a.person for a in attendance if a.span.whole_session]
    rng.shuffle(holders)
    proxies = [Proxy(g, h, Span(ref()) if rng.random() < 0.2 else Span())
               for g, h in zip(sorted(absent), holders, strict=False)][:35]
    items = []
    for k, num in enumerate(order):
        interests = tuple(Interest(p) for p in rng.sample(ids, 2)) if k % 10 == 0 else ()
        items.append(AgendaItem(num, f"Question {num}", deliberation=f"D{num}/24",
                                interests=interests,
                                vote=Vote(unanimous=rng.random() < 0.7,
                                          recorded=Counts(rng.randint(50, 110), rng.randint(0, 5),
                                                          rng.randint(0, 5)))))
    assembly = Assembly(Authority("Bench", AuthorityKind.COMMUNAUTE_URBAINE), "Conseil",
                        AssemblyKind.COUNCIL, n_members)
    return Session(assembly, dt.date(2024, 4, 11), members, tuple(items), tuple(order),
                   tuple(attendance), tuple(proxies), president=ids[0])


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench core")
    ap.add_argument("--members", type=int, default=150)
    ap.add_argument("--items", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args(argv)
    session = synthetic_session(args.members, args.items)
    report = check_session(session)  # warm-up, and a sanity check of the input
    assert len(report.items) == args.items
    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        check_session(session)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    tracemalloc.start()
    check_session(session)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"check_session: {args.members} members, {args.items} items, {args.repeat} runs")
    print(f"  median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms, min {times[0]:.2f} ms "
          f"({statistics.median(times) / args.items * 1000:.0f} µs per item)")
    print(f"  peak memory of one check: {peak / 1024:.0f} KiB")
    print(f"  findings: {len(report.all_findings())}; target: all items < 10 ms -> "
          f"{'met' if p95 < 10 else 'NOT met'} (p95)")
    return 0
