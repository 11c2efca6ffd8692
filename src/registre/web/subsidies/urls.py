"""URLs of subsidies, under each authority of the portal (French, stable)."""

from django.urls import path

from registre.web.subsidies import views

app_name = "subsidies"

S = "collectivites/<slug:authority>/subventions"

urlpatterns = [
    path("subventions/", views.home, name="home"),
    path(f"{S}/", views.index, name="index"),
    path(f"{S}/echeances/", views.agenda, name="agenda"),
    path(f"{S}/attributions/", views.attributions, name="attributions"),
    path(f"{S}/echeances.ics", views.agenda_ics, name="agenda-ics"),
    path(f"{S}/beneficiaires/<slug:slug>/", views.beneficiary, name="beneficiary"),
    path(f"{S}/conventions/<slug:slug>/", views.convention, name="convention"),
    path(f"{S}/conventions/<slug:slug>/livrables.xlsx", views.workbook, name="workbook"),
    path(f"{S}/conventions/<slug:slug>/convention.<str:fmt>", views.document, name="document"),
    path(f"{S}/conventions/<slug:slug>/evenements/<int:pk>/retirer/", views.withdraw, name="withdraw"),
    path(f"{S}/conventions/<slug:slug>/<str:action>/", views.act, name="act"),
]
