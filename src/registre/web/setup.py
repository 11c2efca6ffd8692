"""Start Django from the command line: settings, migrations, import of files, the server."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def django_ready() -> None:
    """Configure Django with :mod:`registre.web.settings` (idempotent)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "registre.web.settings")
    import django
    from django.conf import settings

    if not settings.configured or not hasattr(django, "_registre_ready"):
        django.setup()
        django._registre_ready = True  # type: ignore[attr-defined]


def migrated(quiet: bool = False) -> None:
    """Bring the database up to date (creates var/ for the default SQLite file)."""
    django_ready()
    from django.conf import settings
    from django.core.management import call_command

    Path(settings.VAR_DIR).mkdir(parents=True, exist_ok=True)
    call_command("migrate", verbosity=0 if quiet else 1, interactive=False)


def serve(addr: str, threads: int, workers: int = 1, greffe_addr: str = "", greffe_threads: int = 4,
          public_nice: int = 0) -> None:
    """Serve the WSGI application on ``addr`` (``host:port``).

    One process: waitress (pure Python, every platform). Several (``workers`` > 1, Linux
    and macOS): gunicorn's pre-forked workers, each with ``threads`` threads, so that the
    portal uses every core (Python runs one thread at a time per process).

    ``greffe_addr``: also a process of its own (waitress, ``greffe_threads`` threads) on
    that address, for the clerks' workspace that nginx routes there (deploy/nginx.conf):
    under a crowd of readers, a clerk's write no longer shares its process's one running
    thread (the GIL) with them (issue 11, part 7; docs/benchmarks.md). It is the same
    application: the routing is nginx's, and it stops with this one. ``public_nice``: this
    process (and gunicorn's workers, forked from it) then lowers its own scheduling
    priority by that much, so that when the cores are busy the clerks' writes come first
    (readers are served from the page cache, and a few milliseconds later is nothing to them).
    """
    if greffe_addr:
        _greffe_process(greffe_addr, greffe_threads)
        if public_nice > 0 and hasattr(os, "nice"):
            os.nice(public_nice)
    django_ready()
    from registre.web.wsgi import application

    host, _, port = addr.rpartition(":")
    host = host or "127.0.0.1"
    print(f"Portail du registre : http://{host}:{port}/  (Ctrl-C pour arrêter)", flush=True)
    if workers > 1:
        _gunicorn(application, f"{host}:{port}", workers, threads)
        return
    import logging

    from waitress import serve as waitress_serve

    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # a busy queue is not news
    from django.conf import settings

    # Behind the proxy of docs/deploy.md, Django reads X-Forwarded-Proto/-For itself
    # (SECURE_PROXY_SSL_HEADER, django-axes): waitress must pass them on, not drop them.
    proxy = {"clear_untrusted_proxy_headers": False} if settings.BEHIND_PROXY else {}
    waitress_serve(application, host=host, port=int(port), threads=threads, ident="registre", _quiet=True,
                   **proxy)


def _greffe_process(addr: str, threads: int) -> None:
    """Start the clerks' server, a child process ended (SIGTERM) when this one exits."""
    import atexit
    import os
    import signal
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-m", "registre.cli.main", "serve", "--addr", addr,
                              "--threads", str(threads), "--sans-migrations"], preexec_fn=_die_with_parent)
    owner = os.getpid()  # gunicorn's forked workers inherit atexit: only this process stops the child

    def stop() -> None:
        if os.getpid() == owner and child.poll() is None:
            child.terminate()
            try:
                child.wait(10)
            except subprocess.TimeoutExpired:
                child.kill()

    atexit.register(stop)
    # SIGTERM (systemd, the tests' terminate()) must end the child too: exit through atexit.
    previous = signal.getsignal(signal.SIGTERM)
    if previous in (signal.SIG_DFL, None):
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))


def _die_with_parent() -> None:
    """In the child, before exec: SIGTERM when the parent dies, even killed (Linux; else nothing)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _gunicorn(application: Any, bind: str, workers: int, threads: int) -> None:
    from gunicorn.app.base import BaseApplication

    class Portal(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for key, value in {"bind": bind, "workers": workers, "threads": threads,
                               "worker_class": "gthread", "accesslog": None, "loglevel": "warning",
                               "backlog": 2048}.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return application

    Portal().run()


__all__ = ["DemoRefused", "demo_clerk", "demo_refusal", "django_ready", "migrated", "serve"]


class DemoRefused(Exception):
    """The demo account is not allowed here (the message says why, in French)."""


def demo_refusal() -> str | None:
    """Why the demo account may not be created here, or None when it may.

    Only on an explicit flag (``REGISTRE_DEMO=on``, which ``make run`` sets), never in
    production mode, and only on the embedded SQLite database under ``var/``: a known
    password on a shared database (PostgreSQL) would open it to anyone.
    """
    django_ready()
    from django.conf import settings

    if not settings.REGISTRE_DEMO:
        return "le compte de démonstration n'est créé qu'avec REGISTRE_DEMO=on (make run)."
    if settings.PRODUCTION:
        return "pas de compte de démonstration en production (REGISTRE_PRODUCTION=on)."
    db = settings.DATABASES["default"]
    if not db["ENGINE"].endswith("sqlite3"):
        return ("pas de compte de démonstration sur cette base de données (DATABASE_URL) : "
                "seulement sur la base SQLite embarquée de var/.")
    name = Path(str(db["NAME"])).resolve()
    if not name.is_relative_to(Path(settings.VAR_DIR)):
        return (f"pas de compte de démonstration sur {name} : "
                f"seulement sur la base SQLite de {settings.VAR_DIR}.")
    return None


def demo_clerk(username: str = "greffe", password: str = "greffe") -> None:
    """A local demo account, clerk of every authority stored (``make run`` only; never in production).

    Raises :class:`DemoRefused` unless :func:`demo_refusal` allows it.
    """
    reason = demo_refusal()
    if reason:
        raise DemoRefused(reason)
    from django.contrib.auth import get_user_model

    from registre.web import models as m

    user, created = get_user_model().objects.get_or_create(username=username, defaults={"is_staff": True})
    if created:
        user.set_password(password)
        user.save()
    for authority in m.Authority.objects.all():
        m.Clerk.objects.get_or_create(user=user, authority=authority)


def demo_clerk_cli() -> int:
    """``make run``: the demo account, or a French line saying why not (exit status 0 or 1)."""
    try:
        demo_clerk()
    except DemoRefused as e:
        print(f"Compte de démonstration non créé : {e}")
        return 1
    return 0
