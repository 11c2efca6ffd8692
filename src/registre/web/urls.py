"""URLs: the public portal under ``/``, the clerks' workspace under ``/greffe/``, admin."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("oparl/", include("registre.web.oparl.urls")),
    path("", include("registre.web.subsidies.urls")),
    path("", include("registre.web.views.urls")),
]

handler403 = "registre.web.views.workspace.forbidden"
