"""URLs: the public portal under ``/``, the clerks' workspace under ``/greffe/``, admin."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("registre.web.subsidies.urls")),
    path("", include("registre.web.actes.urls")),  # issue 16: life of acts (before the portal's)
    path("", include("registre.web.views.urls")),
]

handler403 = "registre.web.views.workspace.forbidden"
