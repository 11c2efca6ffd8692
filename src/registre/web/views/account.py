"""The clerk's second factor (TOTP, django-otp): enrol an application, then give its code.

One page, ``/greffe/double-authentification/``. A user with no confirmed device sees a QR
code (and the key, to type by hand) of a new TOTP device and confirms it with a first code;
a user with one types the code of the moment. Either way the session is then verified
(``django_otp.login``) and the user goes on to where they were going. The middleware
``security.SecondFactorMiddleware`` sends users here when they owe a code. django-otp
throttles wrong codes (each failure doubles the wait).
"""

from __future__ import annotations

import segno
from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from registre.web.security import owes_second_factor


class CodeForm(forms.Form):
    code = forms.RegexField(label="Code à 6 chiffres", regex=r"^\s*\d{6}\s*$", max_length=12,
                            error_messages={"invalid": "Le code est fait de 6 chiffres."},
                            widget=forms.TextInput(attrs={"autocomplete": "one-time-code",
                                                          "inputmode": "numeric"}))


def _next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return "/greffe/"


@login_required
def second_factor(request: HttpRequest) -> HttpResponse:
    user = request.user
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    enrolling = device is None
    if enrolling:
        device = TOTPDevice.objects.filter(user=user, confirmed=False).first() or TOTPDevice.objects.create(
            user=user, name="Application d'authentification", confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        allowed, _ = device.verify_is_allowed()
        if allowed and device.verify_token(form.cleaned_data["code"].strip()):
            if enrolling:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            return redirect(_next(request))
        form.add_error("code", "Code refusé : vérifiez l'heure de votre téléphone et saisissez le code "
                               "affiché maintenant (après plusieurs erreurs, l'attente s'allonge).")
    context = {"form": form, "enrolling": enrolling, "next": _next(request),
               "verified": user.is_verified(),  # type: ignore[union-attr]
               "required": owes_second_factor(user)}
    if enrolling:
        qr = segno.make(device.config_url, error="m")
        context["qr"] = qr.svg_inline(scale=5, light="#fff", title="QR code")
        context["key"] = " ".join(_b32(device)[i:i + 4] for i in range(0, len(_b32(device)), 4))
    status = 400 if request.method == "POST" else 200
    return render(request, "registre/second_factor.html", context, status=status)


def _b32(device: TOTPDevice) -> str:
    from base64 import b32encode

    return b32encode(device.bin_key).decode("ascii").rstrip("=")
