"""Real ``registre serve`` processes on a database of their own, and clerks talking to them over HTTP.

Used where the test must see what separate processes do: two clerks' concurrent writes
(each request served by its own thread, each with its own database connection), and two
servers sharing one PostgreSQL and one Redis. The database is a SQLite file under the
test's temporary directory, or a PostgreSQL database named after the test run's own
(``REGISTRE_TEST_DB_NAME`` + ``_srv``), dropped at the end.
Ports: chosen free by the system, or from ``REGISTRE_TEST_PORTS`` (« 8120-8129 »).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "fixtures" / "sessions").glob("*.yaml"))
PG_ADMIN = os.environ.get("REGISTRE_PG_URL", "postgres://postgres@127.0.0.1:5432/test")
PASSWORD = "un-mot-de-passe-solide-1"


def engine() -> str:
    """The engine of this run: ``postgres`` when ``DATABASE_URL`` names one, else ``sqlite``."""
    return "postgres" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"


def free_port() -> int:
    wanted = os.environ.get("REGISTRE_TEST_PORTS", "")
    candidates = range(int(wanted.split("-")[0]), int(wanted.split("-")[1]) + 1) if wanted else [0]
    for port in candidates:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return int(s.getsockname()[1])
    raise RuntimeError("aucun port libre")


def _psql(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as c:
        c.execute(sql)


@contextmanager
def site(tmp: Path, clerks: tuple[str, ...] = ("greffe-a", "greffe-b"),
         extra_env: dict[str, str] | None = None, vendor: str | None = None,
         db_name: str | None = None) -> Iterator[dict[str, str]]:
    """The environment of a new site: database migrated, seeds imported, ``clerks`` of every authority.

    ``vendor``: ``sqlite`` or ``postgres`` (default: the engine of the run); ``db_name``: the
    PostgreSQL database (default: the run's own, suffixed ``_srv``)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE",)}
    env.update({"REGISTRE_VAR_DIR": str(tmp / "var"), "REGISTRE_ALLOWED_HOSTS": "127.0.0.1,localhost",
                **(extra_env or {})})
    db = None
    if (vendor or engine()) == "postgres":
        db = db_name or os.environ.get("REGISTRE_TEST_DB_NAME", "test_registre_web") + "_srv"
        _psql(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")
        _psql(f"CREATE DATABASE {db}")
        env["DATABASE_URL"] = PG_ADMIN.rsplit("/", 1)[0] + "/" + db
    else:
        env["DATABASE_URL"] = f"sqlite:///{tmp / 'registre.sqlite3'}"
    try:
        registre = [sys.executable, "-m", "registre.cli.main"]
        subprocess.run([*registre, "import", *map(str, SEEDS)], env=env, check=True, capture_output=True)
        # Clerks of every authority, made directly (the demo account is for make run only).
        script = ("from registre.web.setup import django_ready\ndjango_ready()\n"
                  "from django.contrib.auth import get_user_model\nfrom registre.web import models as m\n"
                  + "".join(f"u = get_user_model().objects.create_user({c!r}, password={PASSWORD!r})\n"
                            "for a in m.Authority.objects.all():\n"
                            "    m.Clerk.objects.create(user=u, authority=a)\n" for c in clerks))
        subprocess.run([sys.executable, "-c", script], env=env, check=True, capture_output=True)
        yield env
    finally:
        if db is not None:
            _psql(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")


@contextmanager
def server(env: dict[str, str], threads: int = 8, var_dir: Path | None = None,
           args: tuple[str, ...] = (), port: int | None = None) -> Iterator[str]:
    """A ``registre serve`` process on ``env``'s site; yields its base URL. ``var_dir``: a var
    directory of its own, as a server on another host has; ``args``: more options of
    ``registre serve`` (``--greffe-addr``…)."""
    port = port or free_port()
    if var_dir is not None:
        env = {**env, "REGISTRE_VAR_DIR": str(var_dir)}
    command = [sys.executable, "-m", "registre.cli.main", "serve", "--addr", f"127.0.0.1:{port}",
               "--threads", str(threads), *args]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(url + "/", timeout=2)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("le serveur n'a pas démarré : "
                                       + (proc.stderr.read().decode() if proc.stderr else "")) from None
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def clerk(url: str, username: str) -> httpx.Client:
    """An HTTP client signed in as ``username``."""
    c = httpx.Client(base_url=url, timeout=60, follow_redirects=False)
    page = c.get("/greffe/connexion/").text
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token, "pas de jeton CSRF sur la page de connexion"
    resp = c.post("/greffe/connexion/", data={"username": username, "password": PASSWORD,
                                               "csrfmiddlewaretoken": token.group(1)})
    assert resp.status_code == 302, f"connexion refusée pour {username}"
    return c


def post(c: httpx.Client, path: str, data: dict[str, str | list[str]]) -> httpx.Response:
    """A form posted with the CSRF token of the client's cookie."""
    token = c.cookies.get("csrftoken") or ""
    return c.post(path, data={**data, "csrfmiddlewaretoken": token}, headers={"Referer": str(c.base_url)})
