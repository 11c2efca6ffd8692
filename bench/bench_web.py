"""Web benchmark: a generated archive of deliberations, search latency and portal load.

``python -m bench web [--size N] [--db sqlite|postgres] [--queries Q] [--clients C] [--seconds S]``

Generates N deliberations (default 100 000; ``--size 1000000`` for the full archive) in
bulk with raw SQL (``executemany`` on SQLite, ``COPY`` on PostgreSQL; full-text index
filled in the same pass, GIN index rebuilt after), then measures the search function's
latency over Q queries (p50/p95), then serves the portal (``registre serve``, waitress)
on 127.0.0.1 and drives it with C concurrent clients (wrk, else asyncio/httpx): first
``--warmup`` seconds on an empty page cache, then S seconds (pages per second, p50/p95).
``--pin`` puts the server on core 0 and wrk on core 1.
Without ``--db`` both engines run, each in its own process.
Databases: ``var/bench/web.sqlite3`` and the PostgreSQL database ``registre_bench``.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
PG_ADMIN = os.environ.get("REGISTRE_PG_URL", "postgres://postgres@127.0.0.1:5432/test")
PG_BENCH = PG_ADMIN.rsplit("/", 1)[0] + "/registre_bench"

_VOCABULARY = """
subvention subventions association associations programme actions soutien financier convention
annexée culture sport jeunesse école écoles travaux voirie réhabilitation aménagement urbain
logement social transport mobilité eau assainissement déchets tourisme patrimoine bibliothèque musée
théâtre festival innovation recherche université microtechniques santé solidarité insertion emploi
formation entreprises commerce agriculture forêt environnement énergie rénovation thermique bâtiment
gymnase piscine crèche enfance personnes âgées handicap numérique fibre réseau chaleur budget
investissement fonctionnement tarif tarifs redevance marché public attribution avenant acquisition
cession terrain parcelle zone activité économique développement durable participation cotisation
adhésion syndicat mixte étude diagnostic plan local urbanisme modification révision périmètre
délégation service public concession garantie emprunt office habitat prêt caisse dépôts médiathèque
conservatoire musique danse stade tribune éclairage piste cyclable parking gare tramway bus navette
collège lycée restauration scolaire cantine périscolaire centre loisirs été hiver vacances séjour
"""
WORDS = _VOCABULARY.split()
BENEFICIARIES = [f"Association {w.capitalize()} {i}" for i, w in enumerate(WORDS[:120])]


def _zipf_words(rng: random.Random, n: int) -> list[str]:
    weights = [1 / (i + 1) for i in range(len(WORDS))]
    return rng.choices(WORDS, weights=weights, k=n)


def generate(size: int, vendor: str, seed: int = 7, chunk: int = 50_000) -> float:
    """Fill the database with ``size`` deliberations, ``chunk`` at a time; returns the seconds taken.

    50 authorities with a council and a bureau each; 20 deliberations a session; titles and
    decisions drawn from a French vocabulary with a Zipf law (a few words very common, most
    rare), an amount, a beneficiary and an ACTES matière each.
    """
    from django.db import connection

    rng = random.Random(seed)
    started = time.perf_counter()
    now = dt.datetime.now(dt.UTC)
    n_auth = 50
    auth = [(i + 1, f"Collectivité {i}", f"collectivite-{i}", "commune", "", "", "", now, now)
            for i in range(n_auth)]
    asm = [(a * 2 + k + 1, a + 1, name, slug, kind, 33, now, now)
           for a in range(n_auth) for k, (name, slug, kind) in
           enumerate((("Conseil municipal", "conseil", "conseil"), ("Bureau", "bureau", "bureau")))]
    with connection.cursor() as cur:
        _bulk(cur, vendor, "registre_web_authority",
              "id,name,slug,kind,siren,siret,seat,created_at,updated_at", auth)
        _bulk(cur, vendor, "registre_web_assembly",
              "id,authority_id,name,slug,kind,members_in_office,created_at,updated_at", asm)
        if vendor == "postgresql":
            cur.execute("DROP INDEX IF EXISTS registre_search_vector_gin")
        for first in range(0, size, chunk):
            _chunk(cur, vendor, rng, first, min(size, first + chunk), len(asm), now)
        if vendor == "postgresql":
            cur.execute("CREATE INDEX registre_search_vector_gin ON registre_web_searchentry "
                        "USING gin (search_vector)")
            cur.execute("ANALYZE")
        else:
            cur.execute("ANALYZE")
    return time.perf_counter() - started


PER_SESSION = 20


def _chunk(cur, vendor: str, rng: random.Random, first: int, last: int, n_asm: int,  # type: ignore[no-untyped-def]
           now: dt.datetime) -> None:
    """Deliberations ``first + 1`` … ``last`` (a whole number of sessions but the last)."""
    from registre.web.services.search_index import stem, stem_text

    stems = {w: stem(w) for w in WORDS}
    sessions, items, texts, entries, fts = [], [], [], [], []
    day0 = dt.date(1990, 1, 1)
    for pk in range(first + 1, last + 1):
        spk, n = (pk - 1) // PER_SESSION + 1, (pk - 1) % PER_SESSION
        asm_id = (spk - 1) % n_asm + 1
        date = day0 + dt.timedelta(days=(spk - 1) // n_asm)  # (assembly, date) unique
        if n == 0:
            sessions.append((spk, asm_id, date, now, now))
        title_words, body_words = _zipf_words(rng, 10), _zipf_words(rng, 30)
        benef = rng.choice(BENEFICIARIES)
        amount = rng.randrange(500, 2_000_000)
        matiere = rng.choice(("7.5", "7.1", "3.2", "1.1", "8.2", "5.7"))
        title = " ".join(title_words).capitalize()
        decision = f"attribue une subvention de {amount} € à {benef} pour " + " ".join(body_words)
        items.append((pk, spk, str(n + 1), n, title, f"D{pk}", now, now))
        texts.append((pk, pk, matiere, amount, benef, json.dumps([decision]), now, now))
        entries.append((pk, pk, (asm_id - 1) // 2 + 1, asm_id, date, matiere, amount, benef,
                        f"{title}\n{decision}"))
        if vendor == "sqlite":  # same words as search_index.stem_text gives, from a precomputed table
            fts.append((pk, " ".join(stems[w] for w in title_words) + " "
                        + stem_text(decision.split(" pour ")[0]) + " pour "
                        + " ".join(stems[w] for w in body_words)))
    _bulk(cur, vendor, "registre_web_session", "id,assembly_id,date,created_at,updated_at", sessions,
          extra_defaults=True)
    _bulk(cur, vendor, "registre_web_item",
          "id,session_id,number,passage,title,deliberation,created_at,updated_at", items, extra_defaults=True)
    _bulk(cur, vendor, "registre_web_deliberation",
          "id,item_id,matiere,operation_amount,beneficiary,decisions,created_at,updated_at", texts,
          extra_defaults=True)
    _bulk(cur, vendor, "registre_web_searchentry",
          "id,item_id,authority_id_copy,assembly_id_copy,date,matiere,amount,beneficiary,document", entries)
    if vendor == "sqlite":
        cur.executemany("INSERT INTO registre_web_searchfts(rowid, document) VALUES (%s, %s)", fts)


def _bulk(cur, vendor: str, table: str, cols: str, rows: list[tuple],  # type: ignore[no-untyped-def,type-arg]
          extra_defaults: bool = False) -> None:
    """Insert ``rows``: COPY on PostgreSQL, executemany on SQLite; blank defaults for the rest."""
    names = cols.split(",")
    if extra_defaults:
        defaults = _defaults(table)
        names += list(defaults)
        rows = [(*r, *defaults.values()) for r in rows]
    if vendor == "postgresql":
        with cur.cursor.copy(f"COPY {table} ({','.join(names)}) FROM STDIN") as copy:
            for r in rows:
                copy.write_row(r)
    else:
        marks = ",".join(["%s"] * len(names))
        cur.executemany(f"INSERT INTO {table} ({','.join(names)}) VALUES ({marks})", rows)


def _defaults(table: str) -> dict[str, object]:
    """Values of the NOT NULL columns the generator leaves blank."""
    return {
        "registre_web_session": {"place": "", "opened_at": "", "closed_at": "", "second_convocation": False,
                                 "revision": 0},
        "registre_web_item": {"taken_up_at": ""},
        "registre_web_deliberation": {"report_number": "", "rapporteur_function": "", "budget": "",
                                      "programme": "", "has_budget": True, "summary": "", "body": "",
                                      "decision_intro": ""},
    }[table]


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def measure_search(n: int, seed: int = 11) -> dict[str, float]:
    """Latency of :func:`registre.web.search.search` (first page and count) over ``n`` queries."""
    from registre.web.search import Filters, search

    rng = random.Random(seed)
    times = []
    for i in range(n):
        words = rng.sample(WORDS, 2 if i % 3 == 0 else 1)
        f = Filters(query=" ".join(words))
        if i % 4 == 1:
            f = Filters(query=words[0], matiere="7.5", amount_min=10_000)
        t = time.perf_counter()
        search(f)
        times.append((time.perf_counter() - t) * 1000)
    return {"p50": statistics.median(times), "p95": percentile(times, 95), "max": max(times)}


async def _load(base: str, paths: list[str], clients: int, seconds: float) -> dict[str, float]:
    import httpx

    lat: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        async def worker(k: int) -> None:
            nonlocal errors
            rng = random.Random(k)
            while time.perf_counter() < deadline:
                t = time.perf_counter()
                r = await client.get(rng.choice(paths))
                lat.append((time.perf_counter() - t) * 1000)
                errors += r.status_code != 200
        await asyncio.gather(*(worker(k) for k in range(clients)))
    return {"requests": len(lat), "per_second": len(lat) / seconds, "p50": statistics.median(lat),
            "p95": percentile(lat, 95), "errors": errors}


WRK_SCRIPT = """
local paths = {%s}
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %%d %%f %%f %%f %%d\\n", summary.requests, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, summary.duration / 1e6,
    e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def _wrk(base: str, paths: list[str], clients: int, seconds: float, cpu: str = "") -> dict[str, float]:
    """Debian's wrk (C, one thread: the CPU stays with the server), random paths by a Lua script.

    ``cpu``: the core(s) wrk runs on (``taskset -c``), so that it does not take the server's.
    """
    script = ROOT / "var" / "bench" / "paths.lua"
    script.write_text(WRK_SCRIPT % ", ".join(f'"{p}"' for p in paths), encoding="utf-8")
    pin = ["taskset", "-c", cpu] if cpu else []
    out = subprocess.run([*pin, "wrk", "-t1", f"-c{clients}", f"-d{int(seconds)}s", "--timeout", "10s",
                          "-s", str(script), base], capture_output=True, text=True, check=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("RESULT"))
    n, p50, p95, duration, errors = line.split()[1:]
    return {"requests": int(n), "per_second": int(n) / float(duration), "p50": float(p50),
            "p95": float(p95), "errors": int(errors)}


def measure_load(db_url: str, clients: int, seconds: float, size: int, workers: int = 2,
                 threads: int = 8, warmup: float = 0, pin: bool = False,
                 bump_every: float = 0, bump_scope: str = "attendance") -> dict[str, dict[str, float]]:
    """Serve the portal on loopback and drive it with ``clients`` concurrent clients.

    Pages: home, searches (one word), authorities, assemblies, sessions and deliberations
    of the archive. wrk when installed, else the asyncio/httpx generator (heavier).
    Returns ``{"cold": …, "warm": …}``: a first run of ``warmup`` seconds on an empty page
    cache (absent when 0), then the measure proper. ``pin``: the server on core 0, wrk on
    core 1 (``taskset``), so that the load generator does not eat the server's core.
    ``bump_every``: during the measure, a write every so many seconds as far as the page
    cache knows (the generation bumped, as a write does after its commit): a clerk's
    action on one session of the mix: attendance or vote (``bump_scope`` "attendance": the
    session's pages go), a deliberation's text ("deliberation": listings and searches go
    too), or an import ("all": every page goes).
    """
    import httpx

    port = 8900 + os.getpid() % 90
    env = {**os.environ, "DATABASE_URL": db_url}
    pin_server = ["taskset", "-c", "0"] if pin else []
    server = subprocess.Popen([*pin_server, sys.executable, "-m", "registre", "serve",
                               "--addr", f"127.0.0.1:{port}",
                               "--threads", str(threads), "--workers", str(workers)],
                              env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                httpx.get(f"http://127.0.0.1:{port}/", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        paths = _paths(size)
        base = f"http://127.0.0.1:{port}"
        runs: dict[str, dict[str, float]] = {}
        for name, duration in (("cold", warmup), ("warm", seconds)):
            if duration <= 0:
                continue
            sessions = [p for p in paths if p.count("/") == 5 and "?" not in p]
            scope = None
            if bump_scope != "all" and sessions:
                scope = ("=" if bump_scope == "attendance" else "") + sessions[0]
            writer = _Writes(bump_every if name == "warm" else 0, scope)
            if shutil.which("wrk"):
                runs[name] = _wrk(base, paths, clients, duration, "1" if pin else "")
            else:
                runs[name] = asyncio.run(_load(base, paths, clients, duration))
            writer.stop()
        return runs
    finally:
        server.terminate()
        server.wait(10)


class _Writes:
    """Bumps the page cache's generation every ``every`` seconds (0: never) until stopped.

    ``scope``: as for :func:`registre.web.pagecache.bump_generation` (None: every page).
    """

    def __init__(self, every: float, scope: str | None = None):
        import threading

        from registre.web.pagecache import bump_generation

        self.count, self._stop = 0, threading.Event()

        def run() -> None:
            while not self._stop.wait(every):
                bump_generation(scope=scope)
                self.count += 1

        self._thread = threading.Thread(target=run, daemon=True) if every > 0 else None
        if self._thread is not None:
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()


def _paths(size: int, seed: int = 3) -> list[str]:
    """A mix of portal pages over the generated archive."""
    from registre.web import models as m

    rng = random.Random(seed)
    paths = ["/"] + [f"/recherche/?q={quote(w)}" for w in rng.sample(WORDS, 20)]
    paths += [f"/collectivites/collectivite-{rng.randrange(50)}/" for _ in range(10)]
    paths += [f"/collectivites/collectivite-{rng.randrange(50)}/bureau/" for _ in range(5)]
    pks = [rng.randrange(1, size + 1) for _ in range(100)]
    for it in m.Item.objects.filter(pk__in=pks).select_related("session__assembly__authority")[:60]:
        paths.append(it.get_absolute_url())
        paths.append(it.session.get_absolute_url())
    return paths


def m_count() -> int:
    from registre.web import models as m

    return int(m.Item.objects.count())


def run_one(args: argparse.Namespace) -> int:
    os.environ["REGISTRE_VAR_DIR"] = str(ROOT / "var" / "bench")
    if args.db == "postgres":
        import psycopg

        if not args.skip_generate:
            with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                conn.execute("DROP DATABASE IF EXISTS registre_bench")
                conn.execute("CREATE DATABASE registre_bench")
        os.environ["DATABASE_URL"] = PG_BENCH
    else:
        db = ROOT / "var" / "bench" / "web.sqlite3"
        db.parent.mkdir(parents=True, exist_ok=True)
        for f in db.parent.glob("web.sqlite3*"):
            if not args.skip_generate:
                f.unlink()
        os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    from registre.web.setup import migrated

    migrated(quiet=True)
    from django.db import connection

    if not args.skip_generate:
        gen = generate(args.size, connection.vendor)
        print(f"{args.db}: {args.size} délibérations générées en {gen:.1f} s", flush=True)
    else:
        args.size = m_count()
    s = measure_search(args.queries)
    print(f"{args.db}: recherche sur {args.queries} requêtes : p50 {s['p50']:.1f} ms, p95 {s['p95']:.1f} ms, "
          f"max {s['max']:.1f} ms", flush=True)
    if args.clients:
        runs = measure_load(os.environ["DATABASE_URL"], args.clients, args.seconds, args.size, args.workers,
                            args.threads, args.warmup, args.pin, args.bump_every, args.bump_scope)
        how = "serveur sur le cœur 0, wrk sur le cœur 1" if args.pin else "cœurs partagés"
        if args.bump_every:
            what = {"attendance": "de présence", "deliberation": "de texte",
                    "all": "de tout"}[args.bump_scope]
            how += f", une écriture {what} toutes les {args.bump_every:g} s"
        for name, load in runs.items():
            label = "à froid" if name == "cold" else "ensuite"
            print(f"{args.db}: charge {args.clients} clients {load['requests']} requêtes {label} "
                  f"({args.workers} processus × {args.threads} fils, {how}) : "
                  f"{load['per_second']:.0f} pages/s, p50 {load['p50']:.1f} ms, p95 {load['p95']:.1f} ms, "
                  f"erreurs {load['errors']}", flush=True)
    return 0


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m bench web")
    p.add_argument("--size", type=int, default=100_000)
    p.add_argument("--db", choices=("sqlite", "postgres"))
    p.add_argument("--queries", type=int, default=200)
    p.add_argument("--clients", type=int, default=50)
    p.add_argument("--seconds", type=float, default=10)
    p.add_argument("--workers", type=int, default=2, help="server processes (one per core)")
    p.add_argument("--threads", type=int, default=8, help="threads per server process")
    p.add_argument("--warmup", type=float, default=5,
                   help="seconds of load first, on an empty page cache, reported apart (0: none)")
    p.add_argument("--bump-every", type=float, default=0,
                   help="during the measure, empty the page cache every so many seconds, as a write does")
    p.add_argument("--bump-scope", choices=("attendance", "deliberation", "all"), default="attendance",
                   help="what a write makes stale: one session's pages, and the listings, or every page")
    p.add_argument("--pin", action="store_true", help="server on core 0, wrk on core 1 (taskset)")
    p.add_argument("--skip-generate", action="store_true", help="measure the archive already generated")
    args = p.parse_args(argv)
    if args.db:
        return run_one(args)
    code = 0
    for db in ("sqlite", "postgres"):
        code |= subprocess.call([sys.executable, "-m", "bench", "web", "--db", db, *argv], cwd=ROOT)
    return code
