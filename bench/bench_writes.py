"""Clerks' writes under load (issue 11, part 7): readers and clerks on one session at once.

``python -m bench writes [--db sqlite|postgres] [--readers 50] [--clerks 4] [--rate 6] [--seconds 20]
[--threads 8] [--deployment split|single] [--greffe-threads 4] [--public-nice 10] [--no-nginx]
[--redis URL]``

Serves the seeds on a database of its own (the SQLite file ``var/bench/writes/registre.sqlite3``,
or the PostgreSQL database ``$REGISTRE_BENCH_DB``, default ``registre_bench_writes``) as
production does (docs/deploy.md): ``registre serve --greffe-addr`` — a public process and a
clerks' process of its own, the public one at a lower priority (``--public-nice``) — behind
nginx run from ``deploy/nginx.conf`` (its routing and proxy headers, on plain HTTP), which
sends ``/greffe/`` to the clerks' process; ``--deployment single``: one process for all, as
before. Then for ``--seconds``: ``--readers`` anonymous visitors ask the Bureau session's
public pages (the session and its deliberations) in a closed loop, while ``--clerks``
signed-in clerks post ``--rate`` writes a second between them on that same session — votes
(counts, fewer than the members present), deliberation texts, and a member's presence (when
it moves recorded votes the post answers 409 with them, and the clerk confirms, as a clerk
does); readers are Debian's ``wrk`` when installed (else asyncio/httpx, heavier on the
client). Prints the write latencies (p50/p95/max, per kind, with the statuses), the pages
read, the load average, and the CPU each server process spent (per write for the clerks'
one, per page for the public one). Each write makes some of the session's pages stale:
readers recompute them, which is the load the writes meet. Without ``--db`` both engines
run. The servers and databases are made with the helpers of ``tests/web/servers.py``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SESSION = "/collectivites/grand-besancon-metropole/bureau/2023-10-26/"


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))] if xs else float("nan")


async def _login(client, username: str) -> None:  # type: ignore[no-untyped-def]
    from tests.web.servers import PASSWORD

    page = (await client.get("/greffe/connexion/")).text
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    resp = await client.post("/greffe/connexion/", data={"username": username, "password": PASSWORD,
                                                          "csrfmiddlewaretoken": token})
    assert resp.status_code == 302, f"connexion refusée : {username}"


async def _run(url: str, greffe: str, args: argparse.Namespace,
               ports: dict[str, int] | None = None) -> dict[str, object]:
    """Readers on ``url``, clerks on ``greffe`` (the same address behind nginx or with one process)."""
    import httpx

    limits = httpx.Limits(max_connections=args.readers + args.clerks + 4)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as anon:
        session_page = (await anon.get(SESSION)).text
        items = sorted(set(re.findall(r'questions/([^/"]+)/', session_page)))
        pages = [SESSION] + [f"{SESSION}questions/{n}/" for n in items]
        clerks = []
        for i in range(args.clerks):
            c = httpx.AsyncClient(base_url=greffe, timeout=60, follow_redirects=False)
            await _login(c, f"greffe-{i + 1}")
            clerks.append(c)
        listing = (await clerks[0].get("/greffe/")).text
        workspace = re.search(r'href="(/greffe/seance/\d+/)"[^>]*>Bureau', listing).group(1)  # type: ignore[union-attr]
        board = (await clerks[0].get(workspace)).text
        select = board[board.index('id="id_presence-person"'):]
        members = [k for k in re.findall(r'<option value="([^"]+)"', select[:select.index("</select>")]) if k]
        stop = time.monotonic() + args.seconds
        reads: list[float] = []
        writes: dict[str, list[float]] = {"vote": [], "deliberation": [], "presence": [],
                                          "presence (confirmée)": []}
        statuses: dict[int, int] = {}
        by_kind: dict[str, dict[int, int]] = {k: {} for k in writes}

        async def reader(seed: int) -> None:
            rng = random.Random(seed)
            while time.monotonic() < stop:
                t = time.perf_counter()
                resp = await anon.get(rng.choice(pages))
                reads.append(time.perf_counter() - t)
                statuses[resp.status_code] = statuses.get(resp.status_code, 0) + 1

        async def post(c, kind: str, path: str, data: dict[str, str]):  # type: ignore[no-untyped-def]
            data = {**data, "csrfmiddlewaretoken": c.cookies.get("csrftoken") or ""}
            t = time.perf_counter()
            resp = await c.post(workspace + path, data=data, headers={"Referer": greffe})
            writes[kind].append(time.perf_counter() - t)
            statuses[resp.status_code] = statuses.get(resp.status_code, 0) + 1
            by_kind[kind][resp.status_code] = by_kind[kind].get(resp.status_code, 0) + 1
            return resp

        async def clerk(i: int) -> None:
            rng = random.Random(1000 + i)
            c = clerks[i]
            period = args.clerks / args.rate
            next_at = time.monotonic() + rng.random() * period
            n = 0
            while next_at < stop:
                await asyncio.sleep(max(0.0, next_at - time.monotonic()))
                next_at += period
                n += 1
                item = rng.choice(items)
                kind = ("vote", "deliberation", "presence")[n % 3]
                if kind == "vote":
                    # Fewer votes than the members present (random arrivals and departures leave
                    # about half the Bureau): more would be refused (VOTE-OVER, L2121-20), a 400.
                    counts = {"vote-for_count": str(rng.randint(1, 8)), "vote-against_count": "0",
                              "vote-abstention_count": "0"}
                    await post(c, "vote", "vote/", {"vote-item": item, **counts})
                elif kind == "deliberation":
                    await post(c, "deliberation", "deliberation/", {
                        "deliberation-item": item, "deliberation-title": f"Objet {n} du greffier {i + 1}",
                        "deliberation-summary": "Résumé " * rng.randint(1, 20)})
                else:
                    data = {"presence-person": rng.choice(members), "presence-present": rng.choice("01")}
                    first = await post(c, "presence", "presence/", data)
                    token = re.search(r'name="presence-confirm" value="([0-9a-f]+)"', first.text)
                    if first.status_code == 409 and token:
                        confirmed = {**data, "presence-confirm": token.group(1)}
                        await post(c, "presence (confirmée)", "presence/", confirmed)

        cpu_before = {k: _cpu_seconds(p) for k, p in (ports or {}).items()}
        started = time.monotonic()
        wrk: dict[str, float] = {}
        if args.readers and shutil.which("wrk"):
            # Debian's wrk (C) reads, so that the client's own CPU stays off the server's.
            from bench.bench_web import _wrk

            async def wrk_readers() -> None:
                wrk.update(await asyncio.to_thread(_wrk, url, pages, args.readers, args.seconds))

            await asyncio.gather(wrk_readers(), *(clerk(i) for i in range(args.clerks)))
        else:
            await asyncio.gather(*(reader(i) for i in range(args.readers)),
                                 *(clerk(i) for i in range(args.clerks)))
        elapsed = time.monotonic() - started
        cpu = _cpu_between(cpu_before, ports or {})
        for c in clerks:
            await c.aclose()
    every = [x for xs in writes.values() for x in xs]
    return {"reads": reads, "writes": writes, "all": every, "elapsed": elapsed, "statuses": statuses,
            "wrk": wrk, "by_kind": by_kind, "cpu": cpu}


def _report(engine: str, args: argparse.Namespace, r: dict[str, object]) -> None:
    ms = 1000
    every: list[float] = r["all"]  # type: ignore[assignment]
    reads: list[float] = r["reads"]  # type: ignore[assignment]
    elapsed: float = r["elapsed"]  # type: ignore[assignment]
    print(f"{engine}: {args.readers} lecteurs, {args.clerks} greffiers, {args.rate} écritures/s visées, "
          f"{elapsed:.0f} s, {_deployment(args)}{', Redis' if args.redis else ''}, "
          f"charge {os.getloadavg()[0]:.1f} (1 min, à la fin)")
    print(f"  écritures : {len(every)} ({len(every) / elapsed:.1f}/s) "
          f"p50 {statistics.median(every) * ms:.0f} ms, p95 {_pct(every, 95) * ms:.0f} ms, "
          f"max {max(every) * ms:.0f} ms")
    for kind, xs in r["writes"].items():  # type: ignore[attr-defined]
        if xs:
            print(f"    {kind:22} {len(xs):4d}  p50 {statistics.median(xs) * ms:5.0f} ms  "
                  f"p95 {_pct(xs, 95) * ms:5.0f} ms  statuts {r['by_kind'][kind]}")  # type: ignore[index]
    wrk: dict[str, float] = r["wrk"]  # type: ignore[assignment]
    if wrk:
        print(f"  lectures (wrk) : {wrk['requests']:.0f} ({wrk['per_second']:.0f} pages/s) "
              f"p50 {wrk['p50']:.0f} ms, p95 {wrk['p95']:.0f} ms, erreurs {wrk['errors']:.0f}")
    if reads:
        print(f"  lectures : {len(reads)} ({len(reads) / elapsed:.0f} pages/s) "
              f"p50 {statistics.median(reads) * ms:.0f} ms, p95 {_pct(reads, 95) * ms:.0f} ms")
    print(f"  statuts : {r['statuses']}")
    cpu: dict[str, float] = r.get("cpu") or {}  # type: ignore[assignment,attr-defined]
    pages = wrk["requests"] if wrk else len(reads)
    if "greffe" in cpu:
        print(f"  CPU du processus des greffiers : {cpu['greffe'] * ms / max(len(every), 1):.0f} ms "
              f"par écriture ; du processus public : {cpu['public'] * ms / max(pages, 1):.1f} ms par page")
    elif "single" in cpu:
        print(f"  CPU du processus : {cpu['single']:.1f} s pour {len(every)} écritures "
              f"et {pages:.0f} pages lues")


def _cpu_seconds(port: int) -> float | None:
    """CPU time (user + system) so far of the ``registre serve`` listening on ``port`` (Linux
    /proc; None elsewhere): a figure the other programs of a shared machine do not change."""
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            argv = (proc / "cmdline").read_bytes().split(b"\0")
            if b"serve" in argv and f"127.0.0.1:{port}".encode() in argv and b"--addr" in argv \
                    and argv[argv.index(b"--addr") + 1] == f"127.0.0.1:{port}".encode():
                fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
                return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            continue
    return None


def _measured(url: str, greffe: str, args: argparse.Namespace, ports: dict[str, int]) -> dict[str, object]:
    """:func:`_run`, with the CPU each server process spent while readers and clerks ran
    (sign-ins and the first pages, before, are left out)."""
    return asyncio.run(_run(url, greffe, args, ports))


def _cpu_between(before: dict[str, float | None], ports: dict[str, int]) -> dict[str, float]:
    after = {k: _cpu_seconds(p) for k, p in ports.items()}
    return {k: a - b for k, a in after.items() if a is not None and (b := before.get(k)) is not None}


def _port() -> int:
    """A free port of the system's choosing (each call a different one)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def nginx_site(public: int, greffe: int, listen: int) -> str:
    """deploy/nginx.conf as the bench runs it: the HTTPS server's routing and proxy headers,
    on plain HTTP at ``listen``, its two upstreams pointed at the bench's ports."""
    text = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    text = text.replace("127.0.0.1:8000", f"127.0.0.1:{public}")
    text = text.replace("127.0.0.1:8001", f"127.0.0.1:{greffe}")
    upstreams = re.findall(r"^upstream .*?^}", text, re.S | re.M)
    https = text[text.index("listen 443"):]
    body = "\n".join(line for line in https.splitlines()[1:]
                     if not line.strip().startswith(("listen", "ssl_", "server_name", "http2")))
    return "\n".join(upstreams) + f"\nserver {{\n    listen 127.0.0.1:{listen};\n{body}\n"


def _wait_for(port: int, seconds: float = 60) -> None:
    """Until something listens on ``port`` (the clerks' process starts beside the public one)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"rien n'écoute sur le port {port}") from None
            time.sleep(0.1)


@contextmanager
def nginx(work: Path, public: int, greffe: int) -> Iterator[str]:
    """nginx in front of the two processes, as in production (deploy/nginx.conf); yields its URL."""
    listen = _port()
    (work / "site.conf").write_text(nginx_site(public, greffe, listen), encoding="utf-8")
    (work / "nginx.conf").write_text(
        f"worker_processes 1;\npid {work}/nginx.pid;\nerror_log {work}/nginx-error.log;\n"
        f"events {{ worker_connections 1024; }}\n"
        f"http {{\n  include /etc/nginx/mime.types;\n  access_log off;\n  client_body_temp_path {work};\n"
        f"  proxy_temp_path {work};\n  include {work}/site.conf;\n}}\n", encoding="utf-8")
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    proc = subprocess.Popen([binary, "-c", str(work / "nginx.conf"), "-p", str(work), "-e",
                             str(work / "nginx-error.log"), "-g", "daemon off;"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        try:
            _wait_for(listen, 20)
        except RuntimeError:
            proc.kill()
            raise RuntimeError("nginx n'a pas démarré : " + (proc.stderr.read().decode()
                                                              if proc.stderr else "")) from None
        yield f"http://127.0.0.1:{listen}"
    finally:
        proc.terminate()
        proc.wait(10)


def _deployment(args: argparse.Namespace) -> str:
    if args.deployment == "single":
        return f"un processus de {args.threads} fils"
    front = "derrière nginx" if getattr(args, "front", "") == "nginx" else "sans nginx"
    return (f"public {args.threads} fils (nice {args.public_nice}) + greffe {args.greffe_threads} fils, "
            f"{front}")


def run(engine: str, args: argparse.Namespace) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.web import servers

    work = ROOT / "var" / "bench" / "writes"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    extra = {"REGISTRE_REDIS_URL": args.redis} if args.redis else {}
    clerks = tuple(f"greffe-{i + 1}" for i in range(args.clerks))
    db = os.environ.get("REGISTRE_BENCH_DB", "registre_bench_writes")
    with servers.site(work, clerks=clerks, extra_env=extra, vendor=engine, db_name=db) as env:
        if args.deployment == "single":
            port = _port()
            with servers.server(env, threads=args.threads, port=port) as url:
                result = _measured(url, url, args, {"single": port})
        else:
            public, greffe = _port(), _port()
            serve = ("--greffe-addr", f"127.0.0.1:{greffe}", "--greffe-threads", str(args.greffe_threads),
                     "--public-nice", str(args.public_nice))
            with servers.server(env, threads=args.threads, args=serve, port=public) as url:
                _wait_for(greffe)
                if args.nginx and (shutil.which("nginx") or Path("/usr/sbin/nginx").exists()):
                    with nginx(work, public, greffe) as front:
                        result = _measured(front, front, args, {"public": public, "greffe": greffe})
                    args.front = "nginx"
                else:
                    result = _measured(url, f"http://127.0.0.1:{greffe}", args,
                                       {"public": public, "greffe": greffe})
                    args.front = "ports"
    _report(engine, args, result)


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m bench writes", description=__doc__.split("\n\n")[0])
    p.add_argument("--db", choices=["sqlite", "postgres"])
    p.add_argument("--readers", type=int, default=50)
    p.add_argument("--clerks", type=int, default=4)
    p.add_argument("--rate", type=float, default=6.0, help="écritures par seconde, tous greffiers confondus")
    p.add_argument("--seconds", type=float, default=20.0)
    p.add_argument("--threads", type=int, default=8, help="fils du processus public (défaut 8)")
    p.add_argument("--deployment", choices=["split", "single"], default="split",
                   help="split (défaut) : un processus à part pour l'espace des greffiers, derrière nginx "
                        "(deploy/nginx.conf) ; single : un seul processus pour tous")
    p.add_argument("--greffe-threads", type=int, default=4, help="fils du processus des greffiers (défaut 4)")
    p.add_argument("--public-nice", type=int, default=10,
                   help="split : priorité abaissée du processus public (serve --public-nice, défaut 10)")
    p.add_argument("--no-nginx", dest="nginx", action="store_false",
                   help="split sans nginx : lecteurs et greffiers vont chacun au port de leur processus")
    p.add_argument("--redis", default="", help="REGISTRE_REDIS_URL du serveur (défaut : cache de fichiers)")
    args = p.parse_args(argv)
    for engine in [args.db] if args.db else ["sqlite", "postgres"]:
        run(engine, args)
    return 0
