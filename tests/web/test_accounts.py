"""Accounts fit for a public body: throttled sign-in, strong passwords, sessions that end,
a TOTP second factor, and an admin scoped to the clerk's own authorities in every form."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session as DjangoSession
from django.core.exceptions import ValidationError
from django.test import Client, override_settings
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from registre.web import models as m

LOGIN = "/greffe/connexion/"
SECOND = "/greffe/double-authentification/"
PASSWORD = "un-mot-de-passe-solide-2026"


@pytest.fixture
def account(conseil):  # type: ignore[no-untyped-def]
    user = get_user_model().objects.create_user("greffier-gbm", password=PASSWORD, is_staff=True)
    m.Clerk.objects.create(user=user, authority=conseil.assembly.authority)
    return user


def _sign_in(client: Client, password: str = PASSWORD, username: str = "greffier-gbm"):  # type: ignore[no-untyped-def]
    return client.post(LOGIN, {"username": username, "password": password})


# --- throttling ---------------------------------------------------------------------------

def test_the_right_password_after_many_wrong_ones_is_refused(account) -> None:  # type: ignore[no-untyped-def]
    c = Client()
    for _ in range(4):
        assert _sign_in(c, "mauvais").status_code == 200  # the form again, with its message
    assert _sign_in(c, "mauvais").status_code == 429  # the fifth failure suspends
    r = _sign_in(c)
    assert r.status_code == 429
    assert "Connexion suspendue" in r.content.decode()
    assert "_auth_user_id" not in c.session
    assert Client().get("/greffe/").status_code == 302


def test_a_few_mistakes_then_the_right_password_signs_in(account) -> None:  # type: ignore[no-untyped-def]
    c = Client()
    for _ in range(3):
        _sign_in(c, "mauvais")
    assert _sign_in(c).status_code == 302
    assert c.get("/greffe/").status_code == 200


def test_the_admin_sign_in_is_throttled_too(account) -> None:  # type: ignore[no-untyped-def]
    c = Client()
    for _ in range(5):
        c.post("/admin/login/", {"username": "greffier-gbm", "password": "mauvais"})
    r = c.post("/admin/login/", {"username": "greffier-gbm", "password": PASSWORD})
    assert r.status_code == 429


def test_one_address_cannot_spray_a_password_over_many_names(account) -> None:  # type: ignore[no-untyped-def]
    c = Client()
    for i in range(5):
        _sign_in(c, "mauvais", username=f"inconnu{i}")
    assert _sign_in(c).status_code == 429  # same address, the right account: still suspended


# --- passwords and sessions -------------------------------------------------------------------

@pytest.mark.parametrize("weak", ["greffe", "motdepasse", "123456789012", "greffier-gbm1"])
def test_weak_passwords_are_refused(account, weak: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        validate_password(weak, account)


def test_a_long_passphrase_is_accepted(account) -> None:  # type: ignore[no-untyped-def]
    validate_password("cheval agrafe batterie correcte", account)


def test_sessions_end_after_idle_time_and_with_the_browser(account) -> None:  # type: ignore[no-untyped-def]
    c = Client()
    r = _sign_in(c)
    cookie = r.cookies["sessionid"]
    assert cookie["max-age"] == "" and cookie["expires"] == ""  # gone when the browser closes
    assert c.session.get_expiry_age() == 240 * 60
    assert c.get("/greffe/").status_code == 200
    DjangoSession.objects.update(expire_date=timezone.now() - dt.timedelta(seconds=1))
    r = c.get("/greffe/")
    assert r.status_code == 302 and r["Location"].startswith(LOGIN)


# --- second factor --------------------------------------------------------------------------

def _code(device: TOTPDevice, shift: int = 0) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=shift):06d}"


@override_settings(REGISTRE_REQUIRE_2FA=True)
def test_required_second_factor_enrols_then_lets_in(account) -> None:  # type: ignore[no-untyped-def]
    c = Client()
    _sign_in(c)
    r = c.get("/greffe/")
    assert r.status_code == 302 and r["Location"] == SECOND + "?next=%2Fgreffe%2F"
    assert c.get("/admin/").status_code == 302  # the admin too
    page = c.get(SECOND).content.decode()
    assert "<svg" in page and "Clé" in page
    device = TOTPDevice.objects.get(user=account, confirmed=False)
    key = re.search(r"Clé : <code>([A-Z2-7 ]+)</code>", page)
    assert key and key.group(1).replace(" ", "")  # the key to type by hand
    r = c.post(SECOND, {"code": "000000" if _code(device) != "000000" else "111111", "next": "/greffe/"})
    assert r.status_code == 400 and "Code refusé" in r.content.decode()
    assert c.get("/greffe/").status_code == 302
    device.refresh_from_db()
    # django-otp makes the next try wait after a failure: let it in at once.
    device.throttling_failure_timestamp = None
    device.throttling_failure_count = 0
    device.save()
    r = c.post(SECOND, {"code": _code(device), "next": "/greffe/"})
    assert r.status_code == 302 and r["Location"] == "/greffe/"
    assert c.get("/greffe/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_an_enrolled_clerk_is_asked_for_a_code_even_when_not_required(account) -> None:  # type: ignore[no-untyped-def]
    device = TOTPDevice.objects.create(user=account, name="téléphone", confirmed=True)
    c = Client()
    _sign_in(c)
    assert c.get("/greffe/")["Location"].startswith(SECOND)
    page = c.get(SECOND).content.decode()
    assert "<svg" not in page  # no new QR code: the existing device is asked
    assert c.post(SECOND, {"code": _code(device)}).status_code == 302
    assert c.get("/greffe/").status_code == 200


def test_a_clerk_without_device_is_not_asked_unless_required(account) -> None:  # type: ignore[no-untyped-def]
    c = Client()
    _sign_in(c)
    assert c.get("/greffe/").status_code == 200


def test_the_code_page_does_not_redirect_elsewhere(account) -> None:  # type: ignore[no-untyped-def]
    device = TOTPDevice.objects.create(user=account, name="téléphone", confirmed=True)
    c = Client()
    _sign_in(c)
    r = c.post(SECOND, {"code": _code(device), "next": "https://ailleurs.example/"})
    assert r.status_code == 302 and r["Location"] == "/greffe/"


# --- the admin, scoped in every list and form -----------------------------------------------

@pytest.fixture
def tronget(db):  # type: ignore[no-untyped-def]
    auth = m.Authority.objects.create(name="Commune de Tronget", slug="tronget", kind="commune")
    m.Assembly.objects.create(authority=auth, name="Conseil municipal de Tronget", slug="conseil",
                              kind="conseil_municipal", members_in_office=15)
    person = m.Person.objects.create(authority=auth, key="secret-elu", last_name="SECRETELU",
                                     first_name="Jean")
    other = get_user_model().objects.create_user("greffier-tronget", password=PASSWORD, is_staff=True)
    m.Clerk.objects.create(user=other, authority=auth)
    return person


def _admin(account) -> Client:  # type: ignore[no-untyped-def]
    c = Client()
    c.force_login(account)
    return c


@pytest.mark.parametrize(("url", "offers_authority"), [("/admin/registre_web/assembly/add/", True),
                                                       ("/admin/registre_web/person/add/", True),
                                                       ("/admin/registre_web/mandate/add/", False)])
def test_add_forms_offer_only_the_clerks_authorities(account, tronget, url: str,  # type: ignore[no-untyped-def]
                                                     offers_authority: bool) -> None:
    r = _admin(account).get(url)
    assert r.status_code == 200
    page = r.content.decode()
    assert "Tronget" not in page and "SECRETELU" not in page
    if offers_authority:
        (select,) = re.findall(r'<select name="authority".*?</select>', page, re.S)
        assert "Grand Besançon" in select and select.count("<option") == 2  # « --- » and GBM


def test_a_foreign_person_cannot_be_posted_through_a_raw_id(account, tronget, conseil) -> None:  # type: ignore[no-untyped-def]
    r = _admin(account).post("/admin/registre_web/mandate/add/", {
        "person": tronget.pk, "session": conseil.pk, "role": "titular"})
    assert r.status_code == 200  # the form again, with its error; nothing saved
    assert not m.Mandate.objects.filter(person=tronget).exists()


@pytest.mark.parametrize("url", ["/admin/registre_web/assembly/", "/admin/registre_web/person/",
                                 "/admin/registre_web/authority/"])
def test_lists_and_their_filters_show_only_the_clerks_authorities(account, tronget, url: str) -> None:  # type: ignore[no-untyped-def]
    page = _admin(account).get(url).content.decode()
    assert "Grand Besançon" in page and "Tronget" not in page and "SECRETELU" not in page


def test_clerks_see_their_colleagues_only_and_cannot_grant_access(account, tronget) -> None:  # type: ignore[no-untyped-def]
    c = _admin(account)
    page = c.get("/admin/registre_web/clerk/").content.decode()
    assert "greffier-gbm" in page and "greffier-tronget" not in page
    assert c.get("/admin/registre_web/clerk/add/").status_code == 403
    assert c.get("/admin/registre_web/authority/add/").status_code == 403


def test_a_superuser_still_sees_everything(account, tronget) -> None:  # type: ignore[no-untyped-def]
    boss = get_user_model().objects.create_superuser("admin", password=PASSWORD)
    c = Client()
    c.force_login(boss)
    page = c.get("/admin/registre_web/person/add/").content.decode()
    assert "Tronget" in page
    assert "greffier-tronget" in c.get("/admin/registre_web/clerk/add/").content.decode()
