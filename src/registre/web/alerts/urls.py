"""URLs of saved searches' alerts."""

from django.urls import path

from registre.web.alerts import views

app_name = "alerts"

urlpatterns = [
    path("recherche/alerte/", views.subscribe, name="subscribe"),
    path("alertes/<str:token>/confirmer/", views.confirm, name="confirm"),
    path("alertes/<str:token>/desabonner/", views.unsubscribe, name="unsubscribe"),
]
