"""Deployment: strict environment, production mode, the demo account, the sample configuration.

Settings are read in a fresh interpreter (``python -c``/``python -m django``) with the
environment under test, as a server would start; nothing here is mocked.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from registre.web import env

ROOT = Path(__file__).parents[2]
DEPLOY = ROOT / "deploy"
PORTS = range(8141, 8150)  # this branch's range (8140–8149)


def _free_port() -> int:
    """A free port of the range (two runs of the suite may overlap on a shared machine)."""
    for port in PORTS:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise AssertionError("no free port in 8141–8149")


PORT = 8140  # only named in a refused start: nothing listens


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("REGISTRE_", "DATABASE_URL", "DJANGO_"))}
    base.update({"REGISTRE_VAR_DIR": str(tmp_path / "var"),
                 "DJANGO_SETTINGS_MODULE": "registre.web.settings"})
    base.update(extra)
    return base


def _python(tmp_path: Path, code: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], env=_env(tmp_path, **extra), capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)


PRINT_DEBUG = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"


def _production(**extra: str) -> dict[str, str]:
    return {"REGISTRE_PRODUCTION": "on", "REGISTRE_SECRET_KEY": secrets.token_urlsafe(64),
            "REGISTRE_ALLOWED_HOSTS": "deliberations.exemple.fr", **extra}


# --- strict parsing -----------------------------------------------------------------------

@pytest.mark.parametrize("raw", ["off", "no", "FALSE", "0", "Non", " false ", ""])
def test_debug_off_in_every_spelling(raw: str) -> None:
    assert env.flag("REGISTRE_DEBUG", False, {"REGISTRE_DEBUG": raw}) is False


@pytest.mark.parametrize("raw", ["on", "yes", "TRUE", "1", "oui"])
def test_debug_on_in_every_spelling(raw: str) -> None:
    assert env.flag("REGISTRE_DEBUG", False, {"REGISTRE_DEBUG": raw}) is True


@pytest.mark.parametrize("raw", ["of", "2", "peut-être", "offf"])
def test_unknown_flag_names_the_variable(raw: str) -> None:
    with pytest.raises(env.SettingError, match=r"^REGISTRE_DEBUG="):
        env.flag("REGISTRE_DEBUG", False, {"REGISTRE_DEBUG": raw})


def test_numbers_are_whole_and_bounded() -> None:
    assert env.number("N", 20, {"N": " 30 "}) == 30
    assert env.number("N", 20, {}) == 20
    for raw in ("vingt", "1.5", "NaN", "1e3"):
        with pytest.raises(env.SettingError, match=r"N=.*nombre entier attendu"):
            env.number("N", 20, {"N": raw})
    with pytest.raises(env.SettingError, match="compris entre 1 et 200"):
        env.number("N", 20, {"N": "0"}, minimum=1, maximum=200)


def test_secret_from_a_file(tmp_path: Path) -> None:
    (tmp_path / "key").write_text("s3cr3t\n")
    assert env.secret("K", {"K_FILE": str(tmp_path / "key")}) == "s3cr3t"
    with pytest.raises(env.SettingError, match="K_FILE="):
        env.secret("K", {"K_FILE": str(tmp_path / "missing")})
    with pytest.raises(env.SettingError, match="n'en gardez qu'un"):
        env.secret("K", {"K": "a", "K_FILE": str(tmp_path / "key")})


def test_registre_debug_off_gives_debug_false_in_django(tmp_path: Path) -> None:
    for raw in ("off", "no", "FALSE"):
        out = _python(tmp_path, PRINT_DEBUG, REGISTRE_DEBUG=raw)
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == "False"
    assert _python(tmp_path, PRINT_DEBUG, REGISTRE_DEBUG="on").stdout.strip() == "True"


def test_an_unknown_value_stops_the_command_with_one_french_line(tmp_path: Path) -> None:
    registre = Path(sys.executable).with_name("registre")
    for name, raw in (("REGISTRE_DEBUG", "peut-être"), ("REGISTRE_PAGE_SIZE", "vingt"),
                      ("REGISTRE_HTTPS", "sometimes")):
        out = subprocess.run([str(registre), "serve", "--addr", f"127.0.0.1:{PORT}"], env=_env(tmp_path, **{
            name: raw}), capture_output=True, text=True, timeout=120, cwd=tmp_path)
        assert out.returncode == 2
        assert out.stderr.startswith(f"registre : configuration : {name}=")
        assert "Traceback" not in out.stderr


# --- production mode ----------------------------------------------------------------------

def test_check_deploy_is_clean_in_production_mode(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
                         env=_env(tmp_path, **_production()), capture_output=True, text=True, timeout=120,
                         cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "no issues (0 silenced)" in out.stdout


def test_check_deploy_warns_outside_production_mode(tmp_path: Path) -> None:
    """The same check on the local defaults is not clean: the test above proves something."""
    out = subprocess.run([sys.executable, "-m", "django", "check", "--deploy"], env=_env(tmp_path),
                         capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert "security.W012" in out.stderr + out.stdout


@pytest.mark.parametrize(("extra", "variable"), [
    ({"REGISTRE_SECRET_KEY": ""}, "REGISTRE_SECRET_KEY"),
    ({"REGISTRE_SECRET_KEY": "court"}, "REGISTRE_SECRET_KEY"),
    ({"REGISTRE_ALLOWED_HOSTS": ""}, "REGISTRE_ALLOWED_HOSTS"),
    ({"REGISTRE_DEBUG": "on"}, "REGISTRE_DEBUG"),
])
def test_production_refuses_to_start_open(tmp_path: Path, extra: dict[str, str], variable: str) -> None:
    out = _python(tmp_path, PRINT_DEBUG, **_production(**extra))
    assert out.returncode != 0
    assert variable in out.stderr.strip().splitlines()[-1]


def test_production_server_sends_hsts_secure_cookies_and_csp(tmp_path: Path) -> None:
    """The real server in production mode, behind a (simulated) HTTPS proxy on the loopback."""
    registre = Path(sys.executable).with_name("registre")
    e = _env(tmp_path, **_production(REGISTRE_ALLOWED_HOSTS="127.0.0.1"))
    port = _free_port()
    server = subprocess.Popen([str(registre), "serve", "--addr", f"127.0.0.1:{port}", "--threads", "2"],
                              env=e, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        def get(path: str, proto: str) -> tuple[int, dict[str, str]]:
            req = urllib.request.Request(f"http://127.0.0.1:{port}{path}",
                                         headers={"X-Forwarded-Proto": proto})
            opener = urllib.request.build_opener(_NoRedirect)
            try:
                with opener.open(req, timeout=10) as r:
                    return r.status, {k.lower(): v for k, v in r.headers.items()}
            except urllib.error.HTTPError as err:
                return err.code, {k.lower(): v for k, v in err.headers.items()}

        for _ in range(300):
            try:
                status, headers = get("/greffe/connexion/", "https")
                break
            except OSError:
                assert server.poll() is None, server.stdout.read().decode() if server.stdout else ""
                time.sleep(0.2)
        else:
            raise AssertionError("the server did not answer")
        assert status == 200
        assert headers["strict-transport-security"] == "max-age=31536000; includeSubDomains; preload"
        assert "secure" in headers["set-cookie"].lower()  # the CSRF cookie of the sign-in form
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "unsafe-inline" not in headers["content-security-policy"]
        assert len(headers["x-request-id"]) >= 16
        status, headers = get("/", "http")  # plain HTTP is sent to HTTPS
        assert status == 301 and headers["location"].startswith("https://")
        _sign_in_through_the_proxy(port)
    finally:
        server.terminate()
        server.wait(timeout=20)


def _sign_in_through_the_proxy(port: int) -> None:
    """A wrong password posted as the browser would behind HTTPS: the CSRF check passes
    (a 403 here is the classic failure of a Django behind a proxy), the form answers."""
    import http.cookiejar
    import re
    from urllib.parse import urlencode

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), _NoRedirect)
    https = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.7"}
    url = f"http://127.0.0.1:{port}/greffe/connexion/"
    with opener.open(urllib.request.Request(url, headers=https), timeout=10) as r:
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', r.read().decode())
    assert token
    for cookie in jar:  # the Secure cookie is sent back by a browser on HTTPS; urllib sees HTTP
        cookie.secure = False
    body = urlencode({"csrfmiddlewaretoken": token.group(1), "username": "personne", "password": "x"})
    req = urllib.request.Request(url, data=body.encode(), headers={
        **https, "Origin": f"https://127.0.0.1:{port}", "Referer": f"https://127.0.0.1:{port}/greffe/connexion/",
        "Content-Type": "application/x-www-form-urlencoded"})
    with opener.open(req, timeout=10) as r:
        assert r.status == 200  # the form again, with « identifiant ou mot de passe incorrect »
        assert "csrfmiddlewaretoken" in r.read().decode()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


# --- the demo account -----------------------------------------------------------------------

DEMO = "from registre.web.setup import demo_clerk_cli; raise SystemExit(demo_clerk_cli())"
DEMO_EXISTS = ("from registre.web.setup import django_ready; django_ready(); "
               "from django.contrib.auth import get_user_model; "
               "print(get_user_model().objects.filter(username='greffe').exists())")


def _answers(url: str) -> int | None:
    """The status of ``url``, or None when nothing listens there."""
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return int(r.status)
    except urllib.error.HTTPError as err:
        return err.code
    except OSError:
        return None


def test_clerks_process_starts_and_stops_with_the_server(tmp_path: Path) -> None:
    """`serve --greffe-addr`: a second process answers there (the address nginx sends
    /greffe/ to, deploy/nginx.conf) and ends when the server is stopped."""
    registre = Path(sys.executable).with_name("registre")
    public = _free_port()
    with socket.socket() as taken:  # keep the first port busy while the second is chosen
        taken.bind(("127.0.0.1", public))
        greffe = _free_port()
    server = subprocess.Popen([str(registre), "serve", "--addr", f"127.0.0.1:{public}", "--threads", "2",
                               "--greffe-addr", f"127.0.0.1:{greffe}", "--greffe-threads", "2"],
                              env=_env(tmp_path), cwd=tmp_path, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT)
    try:
        for _ in range(300):
            if _answers(f"http://127.0.0.1:{greffe}/greffe/connexion/") and _answers(
                    f"http://127.0.0.1:{public}/"):
                break
            assert server.poll() is None, server.stdout.read().decode() if server.stdout else ""
            time.sleep(0.2)
        assert _answers(f"http://127.0.0.1:{greffe}/greffe/connexion/") == 200
        assert _answers(f"http://127.0.0.1:{public}/") == 200
        # --public-nice 10 by default: the public process yields the cores, the clerks' one does not
        base = os.getpriority(os.PRIO_PROCESS, 0)
        children = Path(f"/proc/{server.pid}/task/{server.pid}/children")
        if children.exists():
            (child,) = map(int, children.read_text().split())
            assert os.getpriority(os.PRIO_PROCESS, child) == base
        assert os.getpriority(os.PRIO_PROCESS, server.pid) == min(base + 10, 19)
    finally:
        server.terminate()
        server.wait(30)
    for _ in range(100):
        if _answers(f"http://127.0.0.1:{greffe}/greffe/connexion/") is None:
            break
        time.sleep(0.2)
    assert _answers(f"http://127.0.0.1:{greffe}/greffe/connexion/") is None, "the clerks' process outlived it"


def _migrate(tmp_path: Path, **extra: str) -> None:
    code = "from registre.web.setup import migrated; migrated(quiet=True)"
    out = _python(tmp_path, code, **extra)
    assert out.returncode == 0, out.stderr


def test_demo_account_on_var_sqlite_with_the_flag(tmp_path: Path) -> None:
    _migrate(tmp_path)
    out = _python(tmp_path, DEMO, REGISTRE_DEMO="on")
    assert out.returncode == 0, out.stdout + out.stderr
    assert _python(tmp_path, DEMO_EXISTS).stdout.strip() == "True"


def test_demo_account_needs_the_flag(tmp_path: Path) -> None:
    _migrate(tmp_path)
    out = _python(tmp_path, DEMO)
    assert out.returncode == 1 and "REGISTRE_DEMO=on" in out.stdout
    assert _python(tmp_path, DEMO_EXISTS).stdout.strip() == "False"


def test_demo_account_refused_on_a_sqlite_file_outside_var(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}"
    _migrate(tmp_path, DATABASE_URL=url)
    out = _python(tmp_path, DEMO, REGISTRE_DEMO="on", DATABASE_URL=url)
    assert out.returncode == 1 and "seulement sur la base SQLite" in out.stdout
    assert _python(tmp_path, DEMO_EXISTS, DATABASE_URL=url).stdout.strip() == "False"


def test_demo_account_refused_on_postgresql(tmp_path: Path) -> None:
    """Refused before anything is written: PostgreSQL is never asked (a server need not run)."""
    url = os.environ.get("REGISTRE_PG_URL", "postgres://postgres@127.0.0.1:5432/test")
    out = _python(tmp_path, DEMO, REGISTRE_DEMO="on", DATABASE_URL=url)
    assert out.returncode == 1
    assert "pas de compte de démonstration sur cette base de données (DATABASE_URL)" in out.stdout


def test_run_script_asks_for_the_demo_explicitly() -> None:
    script = (ROOT / "scripts" / "run.sh").read_text()
    assert "REGISTRE_DEMO=on" in script and "demo_clerk_cli" in script


# --- the sample deployment ------------------------------------------------------------------

def test_deploy_doc_lists_every_variable_the_settings_read() -> None:
    import re

    settings_src = (ROOT / "src/registre/web/settings.py").read_text()
    used = set(re.findall(r'"((?:REGISTRE|DATABASE)_[A-Z0-9_]+)"', settings_src))
    used |= {f"{n}_FILE" for n in re.findall(r'env\.secret\("([A-Z_]+)"\)', settings_src)}
    doc = (ROOT / "docs" / "deploy.md").read_text()
    missing = sorted(n for n in used if f"`{n}`" not in doc)
    assert not missing, f"docs/deploy.md does not describe {missing}"


@pytest.mark.skipif(shutil.which("nginx") is None and not Path("/usr/sbin/nginx").exists(),
                    reason="nginx absent (scripts/apt-packages.txt installs it as root)")
def test_nginx_sample_configuration_parses(tmp_path: Path) -> None:
    """deploy/nginx.conf inside a minimal main configuration, with a throw-away certificate."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=deliberations.exemple.fr", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)
    site = (DEPLOY / "nginx.conf").read_text()
    site = site.replace("/etc/letsencrypt/live/deliberations.exemple.fr/fullchain.pem", str(cert))
    site = site.replace("/etc/letsencrypt/live/deliberations.exemple.fr/privkey.pem", str(key))
    (tmp_path / "site.conf").write_text(site)
    mime = "/etc/nginx/mime.types"
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  include {mime};\n  access_log off;\n  client_body_temp_path {tmp_path};\n"
        f"  include {tmp_path}/site.conf;\n}}\n")
    out = subprocess.run([nginx, "-t", "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path), "-e",
                          str(tmp_path / "error.log")], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "syntax is ok" in out.stderr


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze absent")
def test_systemd_units_verify(tmp_path: Path) -> None:
    """systemd-analyze verify on the sample units, with their paths pointed at files that exist."""
    venv = Path(sys.executable).parent
    for unit in sorted(DEPLOY.glob("*.service")) + sorted(DEPLOY.glob("*.timer")):
        text = unit.read_text().replace("/srv/registre/.venv/bin", str(venv))
        text = text.replace("/srv/registre/deploy", str(DEPLOY))
        (tmp_path / unit.name).write_text(text)
    units = sorted(str(p) for p in tmp_path.iterdir())
    assert any(u.endswith("registre.service") for u in units)
    out = subprocess.run(["systemd-analyze", "verify", "--man=no", *units], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "SYSTEMD_LOG_LEVEL": "warning"})
    problems = [line for line in out.stderr.splitlines() if any(p.name in line for p in tmp_path.iterdir())]
    assert out.returncode == 0 and not problems, out.stderr


def test_backup_script_is_valid_bash() -> None:
    out = subprocess.run(["bash", "-n", str(DEPLOY / "registre-backup.sh")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_backup_script_saves_a_sqlite_database_that_opens(tmp_path: Path) -> None:
    """The nightly backup, run for real on a migrated SQLite register with a document in var/."""
    import sqlite3

    _migrate(tmp_path)
    (tmp_path / "var" / "signes").mkdir()
    (tmp_path / "var" / "signes" / "extrait-13.pdf").write_bytes(b"%PDF-1.7 signed")
    e = _env(tmp_path, REGISTRE_BACKUP_DIR=str(tmp_path / "backups"), REGISTRE_PYTHON=sys.executable)
    out = subprocess.run(["bash", str(DEPLOY / "registre-backup.sh")], env=e, capture_output=True, text=True,
                         timeout=120, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    (dest,) = (tmp_path / "backups").iterdir()
    tables = {r[0] for r in sqlite3.connect(dest / "registre.sqlite3").execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"registre_web_session", "axes_accessattempt", "otp_totp_totpdevice"} <= tables
    assert subprocess.run(["sha256sum", "--check", "--quiet", "SHA256SUMS"], cwd=dest).returncode == 0
    listing = subprocess.run(["tar", "-tzf", str(dest / "var.tar.gz")], capture_output=True, text=True).stdout
    assert "./signes/extrait-13.pdf" in listing and "registre.sqlite3" not in listing
