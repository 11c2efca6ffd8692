"""URLs: the public portal under ``/``, the clerks' workspace under ``/greffe/``, admin."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("registre.web.subsidies.urls")),
    path("", include("registre.web.actes.urls")),  # issue 16: life of acts (before the portal's)
    path("", include("registre.web.views.urls")),
]

handler400 = "registre.web.security.bad_request"  # a French page with what was wrong
handler403 = "registre.web.views.workspace.forbidden"
handler500 = "registre.web.security.server_error"  # logged with the request id
