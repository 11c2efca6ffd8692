"""URLs: the public portal under ``/``, the clerks' workspace under ``/greffe/``, admin."""

from pathlib import Path

import ninja
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

from registre.web.api.api import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("oparl/", include("registre.web.oparl.urls")),
    path("api/v1/", api.urls),
    path("", include("registre.web.opendata_urls")),
    path("", include("registre.web.alerts.urls")),
    # The API's interactive page uses django-ninja's own copy of Swagger UI (no CDN, no inline script).
    re_path(r"^static/ninja/(?P<path>.*)$", serve,
            {"document_root": Path(ninja.__file__).parent / "static" / "ninja"}),
    path("", include("registre.web.subsidies.urls")),
    path("", include("registre.web.actes.urls")),  # issue 16: life of acts (before the portal's)
    path("", include("registre.web.views.urls")),
]

handler400 = "registre.web.security.bad_request"  # a French page with what was wrong
handler403 = "registre.web.views.workspace.forbidden"
handler500 = "registre.web.security.server_error"  # logged with the request id
