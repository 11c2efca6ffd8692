"""Start Django from the command line: settings, migrations, import of files, the server."""

from __future__ import annotations

import os
from pathlib import Path


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


def serve(addr: str, threads: int) -> None:
    """Serve the WSGI application with waitress on ``addr`` (``host:port``)."""
    django_ready()
    from waitress import serve as waitress_serve

    from registre.web.wsgi import application

    host, _, port = addr.rpartition(":")
    print(f"Portail du registre : http://{host or '127.0.0.1'}:{port}/  (Ctrl-C pour arrêter)")
    waitress_serve(application, host=host or "127.0.0.1", port=int(port), threads=threads,
                   ident="registre", _quiet=True)


__all__ = ["demo_clerk", "django_ready", "migrated", "serve"]


def demo_clerk(username: str = "greffe", password: str = "greffe") -> None:
    """A local demo account, clerk of every authority stored (``make run`` only; never in production)."""
    django_ready()
    from django.contrib.auth import get_user_model

    from registre.web import models as m

    user, created = get_user_model().objects.get_or_create(username=username)
    if created:
        user.set_password(password)
        user.save()
    for authority in m.Authority.objects.all():
        m.Clerk.objects.get_or_create(user=user, authority=authority)
